"""Reading articles from PATHs: `.txt` files, `.jsonl` files, directories, or `-` (JSON Lines on stdin).

Bad input never stops a run: each problem is yielded as a `Rejected` naming the file and line, and
reading goes on with the rest.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import orjson
from pydantic import ValidationError

from services.ingest.domain.intake import MAX_TEXT_CHARS, RawArticle

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


def _jsonl(stream: IO[bytes], name: str) -> Iterator[RawArticle | Rejected]:
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        yield parse_json_record(line, f"{name}:{n}")


def _txt(path: Path) -> RawArticle | Rejected:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejected(str(path), f"not UTF-8 (byte {exc.start})")
    if not text.strip():
        return Rejected(str(path), "file is empty")
    if len(text) > MAX_TEXT_CHARS:
        return Rejected(str(path), f"article is {len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}")
    return RawArticle(id=path.name, text=text)


def read(paths: list[str]) -> Iterator[RawArticle | Rejected]:
    """Articles (and rejections) from every PATH, in order; directories in sorted order."""
    for p in paths:
        if p == "-":
            yield from _jsonl(sys.stdin.buffer, "<stdin>")
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.suffix in (".txt", ".jsonl") and child.is_file() and not child.name.startswith("gold"):
                    yield from _file(child)
        else:
            yield from _file(path)


def _file(path: Path) -> Iterator[RawArticle | Rejected]:
    try:
        if path.suffix == ".jsonl":
            with path.open("rb") as f:
                yield from _jsonl(f, str(path))
        else:
            yield _txt(path)
    except OSError as exc:
        yield Rejected(str(path), f"cannot read: {exc.strerror or exc}")
