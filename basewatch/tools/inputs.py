"""Reading articles from PATHs: `.txt` files, `.jsonl` files, directories, or `-` (JSON Lines on stdin).

Bad input never stops a run: each problem is yielded as a `Rejected` naming the file and line, and
reading goes on with the rest.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from basewatch.services.ingest.domain.intake import MAX_TEXT_CHARS, RawArticle
from basewatch.services.ingest.domain.records import Rejected, parse_json_record

__all__ = ["Rejected", "parse_json_record", "read"]

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
