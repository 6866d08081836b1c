"""Ingest stage core: raw article -> normalised ArticleReceived with a deterministic id; near-duplicates.

Pure functions. The article id is a uuid5 of the normalised text, so the same text always gets the
same id (redelivery and replay are harmless) and identical copies from two outlets share it.
Near-identical copies (syndicated agency text with a changed headline or a trailing line) are found
with a bottom-k MinHash sketch of word shingles, kept for a bounded window of recent articles.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
import uuid
import zlib
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from basewatch.schemas import ArticleReceived
from basewatch.schemas.messages import MONTH_PATTERN

ARTICLE_NS = uuid.UUID("0b6f3a52-2d0e-4bb8-9a55-5a0f2e9c7d11")
MAX_TEXT_CHARS = 1_000_000
SKETCH_K = 32
NEAR_DUPLICATE_JACCARD = 0.8
BOILERPLATE_SHARE = 50

_WORD = re.compile(r"\w+")
_PIECES = re.compile(r"[.!?;؟\n]+")
_TAG = re.compile(r"<(?:script|style)\b.*?</(?:script|style)>|<[^>]{1,400}>", re.S | re.I)
_MARKS = re.compile("[\u064b-\u0652\u0640\u200b\u200c\u200d\ufeff]")  # Arabic diacritics, tatweel, zero-width
# A word broken by a tatweel on both sides of a space ("المـ ـقاومة", "الـ ـحـ ـشـ ـد"): Syrian and Iraqi pages write
# the names of armed groups so to pass platform filters; one word
_BROKEN_WORD = re.compile("\u0640[ \u00a0]+\u0640")
# Persian's zero-width non-joiner between two letters of the Arabic script ("سه‌شنبه", Tuesday; "زخمی‌ها", the wounded)
# parts the pieces of a word as a space would: matching folds it to a space (`enrich.domain.text.fold`), so the packs'
# and the aliases' words written with it ("سه‌شنبه" in CLDR) are found only if the text keeps the boundary
_NON_JOINER = re.compile("(?<=[\u0600-\u06ff])\u200c(?=[\u0600-\u06ff])")
_BLANK_LINES = re.compile(r"\n{3,}")
# "date 2023-10-29 https://..." or, with the month only, "date 2024-02" and the title on the same line.
_HEADER_DATE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])\s*(.*)$", re.I)
_MONTH_ONLY = re.compile(MONTH_PATTERN)
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
)}  # fmt: skip
_HEADER_DAY = re.compile(
    r"^\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:(\d{1,2})\s+([a-z]+)|([a-z]+)\s+(\d{1,2}),?)\s+(\d{4})\s*$", re.I
)


class RawArticle(BaseModel):
    """An article as a user or a feed hands it over (a `.jsonl` line, an HTTP body, a `.txt` file)."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    id: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published_at: date | None = None
    published_month: str | None = Field(None, pattern=MONTH_PATTERN)
    language: str | None = None
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)

    @model_validator(mode="before")
    @classmethod
    def _month_only(cls, data: Any) -> Any:
        # A feed's "published_at": "2024-02" knows the month only: kept as such, not rejected, not a day.
        if isinstance(data, dict) and isinstance(p := data.get("published_at"), str) and _MONTH_ONLY.match(p.strip()):
            return {**data, "published_at": None, "published_month": data.get("published_month") or p.strip()}
        return data

    @field_validator("text")
    @classmethod
    def _has_words(cls, v: str) -> str:
        # HTML, marks and a header alone normalise to nothing; reject here, where a reader can name the record.
        if not prepared(v)[0]:
            raise ValueError("text is empty once HTML, marks and the header line are removed")
        return v

    @field_validator("published_at", mode="before")
    @classmethod
    def _date_part(cls, v: Any) -> Any:
        if isinstance(v, str) and len(v) > 10 and v[4:5] == "-":
            return v[:10]  # "2024-02-05T10:00:00Z" -> the calendar day
        return v or None


def normalise(text: str) -> str:
    """Unicode NFC, HTML remnants removed, diacritics/zero-width dropped, spaces folded, paragraphs kept."""
    if "<" in text and ">" in text:
        text = _TAG.sub(" ", text)
    text = unicodedata.normalize("NFC", html.unescape(text))
    if "\u0640" in text:
        text = _BROKEN_WORD.sub("", text)
    text = _MARKS.sub("", _NON_JOINER.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n")))
    text = _unwrapped("\n".join(" ".join(line.split()) for line in text.split("\n")))  # str.split knows Unicode's spaces
    return _BLANK_LINES.sub("\n\n", text).strip() if "\n\n\n" in text else text.strip()


# A page wrapped at a fixed width (a forum repost, a plain-text release) breaks its sentences at line ends: "fired
# rockets at\nthe Ain al-Asad air base" left the base in a sentence of its own, with no attack in it. A page is taken
# as wrapped when WRAPPED_MIN of its breaks show it: a line that ends no sentence and goes on in the next (a lowercase
# letter, a comma at its end, ideographs on both sides: Chinese and Japanese write no space between words), or a full
# line (as wide as the page's widest, within WRAP_SLACK columns, a wide character two) that ends no sentence. A news
# page's headline gives one such break, its paragraphs end at stops and vary in width. On a wrapped page every long
# line that ends no sentence is joined to the next (a wrap before a name: "on\nSaturday").
WRAPPED_MIN = 3
_SENTENCE_END = frozenset('.!?:;…。！？：；"”»)]）」』')
_LINE_STOPS = frozenset("。！？!?.…;；")  # what ends a full line's sentence (a bracket there is a wrapped name's gloss)
_CLAUSE_END = frozenset(",，、")
_WRAP_WIDTH_MIN = 30  # characters of a wrapped line of a spaced script
_WRAP_WIDTH_MIN_CJK = 12  # of ideographs
FULL_WIDTH_MIN = 60  # display columns of the widest line of a page wrapped at a fixed width (forums wrap at 76-80)
WRAP_SLACK = 3  # columns a full line may fall short of the width (a wide character that did not fit went on)


def _unwrapped(text: str) -> str:
    if text.count("\n") < WRAPPED_MIN:
        return text
    lines = text.split("\n")
    widths = [_columns(line) for line in lines]
    widest = max(widths)
    breaks = range(1, len(lines))  # break i ends line i - 1
    full = set()
    if widest >= FULL_WIDTH_MIN:
        full = {i for i in breaks if widths[i - 1] >= widest - WRAP_SLACK and _runs_into(lines[i - 1], lines[i], _LINE_STOPS)}
    wraps = full | {i for i in breaks if _wrapped(lines[i - 1], lines[i])}
    if len(wraps) < WRAPPED_MIN:
        return text
    out = [lines[0]]
    for i in breaks:
        # a line of punctuation alone ('"' before a quoted name) is an inline piece of the page cut out by its markup:
        # it joins the lines on both sides ("استهدفت قاعدة\n"\nعين الأسد" الجوية": the base's name stays in its sentence)
        fragment = _punctuation_only(lines[i]) or _punctuation_only(lines[i - 1])
        if fragment or i in wraps or (_runs_into(lines[i - 1], lines[i], _SENTENCE_END) and len(lines[i - 1]) >= _WRAP_WIDTH_MIN):
            out[-1] += ("" if _ideograph(out[-1][-1]) and _ideograph(lines[i][0]) else " ") + lines[i]
        else:
            out.append(lines[i])
    return "\n".join(out)


def _punctuation_only(line: str) -> bool:
    return bool(line) and len(line) <= PUNCTUATION_LINE_MAX and not any(c.isalnum() for c in line)


PUNCTUATION_LINE_MAX = 3  # characters of a line of punctuation alone that joins its neighbours on a wrapped page


def _wrapped(before: str, after: str) -> bool:
    if not _runs_into(before, after, _SENTENCE_END):
        return False
    if before[-1] in _CLAUSE_END or after[0].islower():
        return len(before) >= _WRAP_WIDTH_MIN or (before[-1] in _CLAUSE_END and len(before) >= _WRAP_WIDTH_MIN_CJK)
    return _ideograph(before[-1]) and _ideograph(after[0]) and len(before) >= _WRAP_WIDTH_MIN_CJK


def _runs_into(before: str, after: str, stops: frozenset[str]) -> bool:
    return bool(before) and bool(after) and before[-1] not in stops


def _columns(line: str) -> int:
    """Display columns of a line: an East Asian wide or full-width character takes two."""
    return len(line) if line.isascii() else len(line) + len(_WIDE.findall(line))


# Unicode's East Asian wide and full-width blocks (Hangul jamo, CJK radicals to Yi, Hangul syllables, compatibility
# ideographs, vertical and full-width forms): one regex scan instead of a table lookup per character
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)


def _ideograph(c: str) -> bool:
    """Han, kana: scripts written without spaces between words (Hangul is spaced, and joined with one)."""
    return "\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


class Header(NamedTuple):
    """An article's text without its header line, and what the header said."""

    text: str
    day: date | None = None
    url: str | None = None
    month: str | None = None  # "2024-02" when the header gives the month only


def read_header(text: str) -> Header:
    """Strip a leading header line ("date 2023-10-29 URL", "date 2024-02 Title ...", "Monday, 5 February 2024")."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return Header(text)
    line, after = lines[first], "\n".join(lines[first + 1 :]).strip()
    if m := _HEADER_DATE.match(line):
        year, month, day, rest = m.groups()
        url = rest if re.fullmatch(r"\S+://\S+", rest) else None
        body = after if url or not rest else f"{rest}\n{after}".strip()  # a title on the header line stays text
        if day is None:
            return Header(body, None, url, f"{year}-{month}")
        try:
            return Header(body, date(int(year), int(month), int(day)), url)
        except ValueError:
            return Header(body, None, url, f"{year}-{month}")
    if (m := _HEADER_DAY.match(line)) is not None:
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if (mo := _MONTHS.get(month.lower())) is not None:
            try:
                return Header(after, date(int(m.group(5)), mo, int(day)))
            except ValueError:
                return Header(text)
    return Header(text)


@lru_cache(maxsize=4)  # validation and intake prepare the same text one after the other
def prepared(text: str) -> Header:
    """The normalised text without its header line, and what the header said."""
    return read_header(normalise(text))


def article_id(text: str) -> str:
    return _id_of_folded(text.casefold())


def _id_of_folded(folded: str) -> str:
    key = " ".join(folded.split())
    return str(uuid.uuid5(ARTICLE_NS, hashlib.sha256(key.encode()).hexdigest()))


def sketch(text: str, k: int = SKETCH_K) -> tuple[int, ...]:
    """Bottom-k MinHash of the text's shingles (crc32): a small, stable signature for near-duplicate search."""
    return _sketch_of_folded(text.casefold(), k)


def _sketch_of_folded(folded: str, k: int = SKETCH_K) -> tuple[int, ...]:
    # Sentences are the shingles: a reprint shares nearly all of them, and hashing a few dozen
    # sentences is far cheaper than hashing every run of words. Short texts fall back to word 4-grams.
    pieces = [" ".join(p.split()) for p in _PIECES.split(folded)]
    shingles = {p for p in pieces if p.count(" ") >= 3}
    if len(shingles) < 4:
        words = _WORD.findall(folded)
        shingles = {" ".join(words[i : i + 4]) for i in range(max(1, len(words) - 3))}
    return tuple(sorted({zlib.crc32(s.encode()) for s in shingles})[:k])


def sketch_hex(s: tuple[int, ...]) -> str:
    return "".join(f"{h:08x}" for h in s)


def sketch_from_hex(h: str) -> tuple[int, ...]:
    return tuple(int(h[i : i + 8], 16) for i in range(0, len(h), 8))


def similarity(a: tuple[int, ...], b: tuple[int, ...], k: int = SKETCH_K) -> float:
    """Estimated Jaccard similarity of two bottom-k sketches."""
    union = sorted(set(a) | set(b))[:k]
    if not union:
        return 0.0
    sa, sb = set(a), set(b)
    return sum(1 for h in union if h in sa and h in sb) / len(union)


# A page's address often carries the day it was published: "/2024/01/30/slug", "/2024-01-30/", "/20240130/123.htm",
# "/20240206_09/"; or only its month: "/2024/02/slug". Written out it must end its path segment ("/2020/01/11-us-soldiers"
# is a month and a count); eight digits in a row may run into a slug ("/20211022-HP7Q").
_URL_DAY = re.compile(r"/(20\d\d)(?:([/-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/._?#]|$)|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/._?#-]|$))")
_URL_MONTH = re.compile(r"/(20\d\d)/(0[1-9]|1[0-2])/")


def url_dating(url: str | None) -> tuple[date | None, str | None]:
    """The publication day (or only the month, "2024-02") a page's address gives, when it gives one."""
    if not url:
        return None, None
    if m := _URL_DAY.search(url):
        year, month, day = m.group(1), m.group(3) or m.group(5), m.group(4) or m.group(6)
        try:
            return date(int(year), int(month), int(day)), None
        except ValueError:
            return None, f"{year}-{month}"
    if m := _URL_MONTH.search(url):
        return None, f"{m.group(1)}-{m.group(2)}"
    return None, None


def intake(raw: RawArticle) -> ArticleReceived:
    """Normalise one raw article into the `article.received` message (duplicate_of not yet known). A page that
    gives no publication day takes the one its address gives (`url_dating`), when it agrees with the month it gives."""
    text, header_date, header_url, header_month = prepared(raw.text)
    if not text:
        raise ValueError("article text is empty after normalisation")
    folded = text.casefold()  # once, for the id and the sketch
    published, month = raw.published_at or header_date, raw.published_month or header_month
    if published is None:
        url_day, url_month = url_dating(raw.url or header_url)
        if url_day is not None and month in (None, url_day.isoformat()[:7]):
            published = url_day
        elif url_month is not None and month is None:
            month = url_month
    return ArticleReceived(
        article_id=_id_of_folded(folded),
        origin_id=raw.id,
        url=raw.url or header_url,
        source=raw.source or _host(raw.url or header_url),
        title=raw.title,
        published_at=published,
        published_month=None if published else month,
        language=raw.language,
        text=text,
        fingerprint=sketch_hex(_sketch_of_folded(folded)),
    )


def _host(url: str | None) -> str | None:
    if not url:
        return None
    m = re.match(r"^[a-z]+://(?:www\.)?([^/:]+)", url, re.I)
    return m.group(1).lower() if m else None


@dataclass
class DuplicateIndex:
    """Recent articles' ids and sketches, bounded to `capacity` (memory stays flat on long runs)."""

    capacity: int = 20_000
    _sketches: OrderedDict[str, tuple[int, ...]] = field(default_factory=OrderedDict)
    # Tuples, not sets: a set keeps the table it grew to after its ids are evicted, so under churn the
    # index crept upward (+8.6 MiB from 30k to 60k articles); a tuple is rebuilt at its exact size.
    _by_hash: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def check(self, article: ArticleReceived) -> ArticleReceived:
        """The article with `duplicate_of` set when an earlier one is the same or nearly the same; records it."""
        if article.article_id in self._sketches:
            return article.model_copy(update={"duplicate_of": article.article_id})
        sk = sketch_from_hex(article.fingerprint)
        votes: dict[str, int] = {}
        for h in sk:
            ids = self._by_hash.get(h, ())
            if len(ids) <= BOILERPLATE_SHARE:  # a shingle in many articles is boilerplate, not evidence
                for other in ids:  # (a dict, not Counter.update: most shingles are new, and that call is slow)
                    votes[other] = votes.get(other, 0) + 1
        # Every well-voted candidate is scored, and ties go to the smaller id: the answer must not depend
        # on set iteration order, which changes from process to process (replay reproduces it).
        scored = [(similarity(sk, self._sketches[other]), other) for other, n in votes.items() if n >= len(sk) // 2]
        best = min(scored, key=lambda x: (-x[0], x[1]), default=None)
        if best is not None and best[0] >= NEAR_DUPLICATE_JACCARD:
            # A copy is kept by its id alone (no sketch: it is never the original of another): sent again, it is
            # known as itself, a resubmission, while the copy gives its own claims once.
            self._add(article.article_id, ())
            return article.model_copy(update={"duplicate_of": best[1]})
        self._add(article.article_id, sk)
        return article

    def _add(self, aid: str, sk: tuple[int, ...]) -> None:
        self._sketches[aid] = sk
        for h in sk:
            ids = self._by_hash.get(h, ())
            if len(ids) <= BOILERPLATE_SHARE:  # past that, a shingle is boilerplate and never evidence
                self._by_hash[h] = (*ids, aid)
        while len(self._sketches) > self.capacity:
            old, old_sk = self._sketches.popitem(last=False)
            for h in old_sk:
                held = self._by_hash.get(h, ())
                if old in held:
                    rest = tuple(i for i in held if i != old)
                    if rest:
                        self._by_hash[h] = rest
                    else:
                        del self._by_hash[h]
