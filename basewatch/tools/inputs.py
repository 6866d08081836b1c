"""Reading articles from PATHs: article files, directories, or `-` (JSON on stdin).

Formats, chosen by the file's extension (case-insensitive):
- `.jsonl`, `.ndjson`: JSON Lines, one article object per line;
- `.json`: one article object, or a list of them;
- `.txt` (and any other file named explicitly): one article in plain text; an optional header line
  (`date YYYY-MM-DD URL`, `date YYYY-MM Title`, `Monday, 5 February 2024`) and a title line are read.

In a directory, `.txt`, `.json`, `.jsonl` and `.ndjson` files are read in sorted order; gold files
(`gold*`) are skipped, and files of other kinds are reported once per directory through `notice`.
Bad input never stops a run: each problem is yielded as a `Rejected` naming the file and line (or list
index), and reading goes on with the rest. An empty file is an error whatever its format.
"""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import orjson

from basewatch.services.ingest.domain.intake import MAX_TEXT_CHARS, RawArticle, normalise, prepared
from basewatch.services.ingest.domain.records import MAX_LINE_BYTES, Rejected, parse_json_record

__all__ = ["ARTICLE_SUFFIXES", "Rejected", "parse_json_record", "read", "title_of"]

JSON_LINES = (".jsonl", ".ndjson")
ARTICLE_SUFFIXES = (".txt", ".json", *JSON_LINES)
# A title line is short and does not end like a sentence; longer or punctuated first lines are body text.
# It has a few words: one to three are a section label, a byline, a menu item or an outlet's name.
TITLE_MIN_WORDS = 4
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 250
TITLE_MIN_WIDE_CHARS = 8  # scripts written without spaces (Chinese, Japanese) count characters instead of words
_SENTENCE_END = (".", "!", "?", "؟", "。", "…", ":", ";", ",")
STDIN_HINT = (
    "standard input must be JSON Lines (one {\"text\": ...} object per line) or one JSON object or list; "
    "to read a plain-text article, save it as a .txt file and pass its path"
)

Notice = Callable[[str], None]


def _ignore(_: str) -> None:
    return None


def read(paths: list[str], notice: Notice = _ignore) -> Iterator[RawArticle | Rejected]:
    """Articles (and rejections) from every PATH, in order; directories in sorted order."""
    for p in paths:
        if p == "-":
            yield from _stdin(sys.stdin.buffer)
            continue
        path = Path(p)
        if path.is_dir():
            yield from _directory(path, notice)
        else:
            yield from _file(path)


def _directory(path: Path, notice: Notice) -> Iterator[RawArticle | Rejected]:
    other: Counter[str] = Counter()
    gold = 0
    found = 0
    for child in sorted(path.rglob("*")):
        if not child.is_file() or any(part.startswith(".") for part in child.relative_to(path).parts):
            continue  # hidden files and folders (.git, editor swap files) are not articles
        if child.name.startswith("gold"):
            gold += 1
        elif child.suffix.lower() in ARTICLE_SUFFIXES:
            found += 1
            yield from _file(child)
        else:
            other[child.suffix.lower() or "(no extension)"] += 1
    if gold:
        notice(f"{path}: skipped {gold} gold file{'s' if gold != 1 else ''} (gold*), which hold labels, not articles")
    if other:
        kinds = ", ".join(f"{n} {suffix}" for suffix, n in sorted(other.items()))
        notice(f"{path}: skipped files that are not articles ({kinds}); articles are {', '.join(ARTICLE_SUFFIXES)}")
    if not found:
        yield Rejected(str(path), f"no article files in this directory (looked for {', '.join(ARTICLE_SUFFIXES)})")


def _file(path: Path) -> Iterator[RawArticle | Rejected]:
    suffix = path.suffix.lower()
    try:
        if suffix in JSON_LINES:
            with path.open("rb") as f:
                yield from _json_lines(f, str(path))
        elif suffix == ".json":
            yield from _json_document(path.read_bytes(), str(path))
        else:
            yield _txt(path.read_bytes(), str(path), path.name)
    except IsADirectoryError:
        yield Rejected(str(path), "is a directory")
    except OSError as exc:
        yield Rejected(str(path), f"cannot read: {exc.strerror or exc}")


def _json_lines(stream: IO[bytes], name: str, first: int = 1) -> Iterator[RawArticle | Rejected]:
    records = 0
    for n, line in enumerate(stream, first):
        if not line.strip():
            continue
        records += 1
        yield parse_json_record(line, f"{name}:{n}")
    if not records and first == 1:
        yield Rejected(name, "file is empty (no article)")


def _json_document(data: bytes, name: str) -> Iterator[RawArticle | Rejected]:
    if not data.strip():
        yield Rejected(name, "file is empty (no article)")
        return
    if len(data) > MAX_LINE_BYTES * 8:
        yield Rejected(name, f"JSON document is {len(data):,} bytes; split it into JSON Lines (.jsonl)")
        return
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        yield Rejected(name, f"invalid JSON: {exc}")
        return
    if isinstance(doc, dict):
        yield parse_json_record(orjson.dumps(doc), name)
    elif isinstance(doc, list):
        if not doc:
            yield Rejected(name, "the JSON list is empty (no article)")
        for i, obj in enumerate(doc):
            where = f"{name}[{i}]"
            yield parse_json_record(orjson.dumps(obj), where) if isinstance(obj, dict) else Rejected(where, f"expected a JSON object, got {type(obj).__name__}")
    else:
        yield Rejected(name, f"expected a JSON object or a list of them, got {type(doc).__name__}")


def _stdin(stream: IO[bytes]) -> Iterator[RawArticle | Rejected]:
    """JSON Lines, or one JSON document; plain text is one error with a hint, not an error per line."""
    n = 0
    for n, line in enumerate(stream, 1):  # noqa: B007 - n is the first non-blank line's number
        if line.strip():
            break
    else:
        yield Rejected("<stdin>", "nothing on standard input (no article)")
        return
    head = line.lstrip()
    if head[:1] == b"[" or (head[:1] == b"{" and _is_partial(line)):
        yield from _json_document(line + stream.read(), "<stdin>")
    elif head[:1] == b"{":
        yield parse_json_record(line, f"<stdin>:{n}")
        yield from _json_lines(stream, "<stdin>", first=n + 1)
    else:
        yield Rejected("<stdin>", STDIN_HINT)


def _is_partial(line: bytes) -> bool:
    """A first line that opens a JSON object without closing it: a pretty-printed document."""
    try:
        orjson.loads(line)
    except orjson.JSONDecodeError:
        return True
    return False


def _txt(data: bytes, where: str, origin: str) -> RawArticle | Rejected:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejected(where, f"not UTF-8 (byte {exc.start})")
    if not text.strip():
        return Rejected(where, "file is empty (no article)")
    if len(text) > MAX_TEXT_CHARS:
        return Rejected(where, f"article is {len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}")
    return parse_json_record(orjson.dumps({"id": origin, "text": text, "title": title_of(text)}), where)


def title_of(text: str) -> str | None:
    """The title of a plain-text article, when a line at its head looks like one.

    Candidates: the title on a `date YYYY-MM[-DD] Title` header line (the header rules keep it in the
    text), then the first line of the text after the header, which needs more text after it. A
    candidate is a title when it has a few words (or, in scripts written without spaces, a few wide
    characters), is short, and does not end like a sentence; the first that is one wins. The title
    stays in the text.
    """
    header = prepared(text)
    lines = [line.strip() for line in header.text.split("\n")]
    candidates: list[tuple[str, bool]] = []  # (line, whether text follows it)
    if (header.day or header.month) and header.url is None and lines[0]:
        header_line = next(line for line in normalise(text).split("\n") if line.strip())
        if header_line != lines[0] and header_line.endswith(lines[0]):
            candidates.append((lines[0], True))  # a header's title needs no body after it
            lines = lines[1:]
    body = [line for line in lines if line]
    if body:
        candidates.append((body[0], len(body) > 1))
    return next((line for line, followed in candidates if followed and _looks_like_title(line)), None)


def _looks_like_title(line: str) -> bool:
    words = len(line.split())
    if len(line) > TITLE_MAX_CHARS or words > TITLE_MAX_WORDS or line.endswith(_SENTENCE_END):
        return False
    wide = sum(1 for ch in line if unicodedata.east_asian_width(ch) == "W")
    return words >= TITLE_MIN_WORDS or wide >= TITLE_MIN_WIDE_CHARS
