"""One JSON record as a raw article, or the reason it is not one (ingest's first check, and every file reader's)."""

from __future__ import annotations

from dataclasses import dataclass

import orjson
from pydantic import ValidationError

from basewatch.services.ingest.domain.intake import MAX_TEXT_CHARS, RawArticle

MAX_LINE_BYTES = 12 * 1024 * 1024


@dataclass(frozen=True)
class Rejected:
    where: str
    reason: str


def _explain(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(x) for x in err["loc"]) or "record"
        if err["type"] == "string_too_short":
            parts.append(f"{loc} is empty")
        elif err["type"] == "string_too_long":
            parts.append(f"{loc} is too long (limit {MAX_TEXT_CHARS:,} characters)")
        elif err["type"] == "missing":
            parts.append(f"{loc} is missing")
        else:
            parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)


def parse_json_record(data: bytes | str, where: str) -> RawArticle | Rejected:
    """One JSON object as an article, or the reason it is not one."""
    if len(data) > MAX_LINE_BYTES:
        return Rejected(where, f"record is {len(data):,} bytes; the limit is {MAX_LINE_BYTES:,}")
    # A byte-order mark some editors and Windows tools put first is not part of the JSON (RFC 8259 §8.1 lets readers ignore it)
    data = data.removeprefix(b"\xef\xbb\xbf") if isinstance(data, bytes) else data.removeprefix("\ufeff")
    if isinstance(data, bytes):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            return Rejected(where, f"not UTF-8 (byte {exc.start})")
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        return Rejected(where, f"invalid JSON: {exc}")
    if not isinstance(obj, dict):
        return Rejected(where, f"expected a JSON object, got {type(obj).__name__}")
    if not isinstance(obj.get("text"), str):
        return Rejected(where, "text is missing" if "text" not in obj else "text must be a string")
    try:
        return RawArticle.model_validate(obj)
    except ValidationError as exc:
        return Rejected(where, _explain(exc))
