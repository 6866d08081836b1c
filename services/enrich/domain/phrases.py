"""Phrase lookup over folded text with one Aho-Corasick automaton (pyahocorasick) per table.

A table maps keys to phrases written in a small syntax (no regular expressions):
- a literal phrase, folded like the text ("came under", "عين الأسد");
- a trailing `*`: any word ending ("attaque*" matches attaque, attaques, attaqué);
- braces for alternatives, expanded when the table is built ("{us|american} {drone |}strike*").

Hyphens and spaces are interchangeable. Arabic-script phrases may carry the proclitics Arabic attaches
(و ب ل ف and the article ال). Matches start and end at word boundaries, except in scripts written
without spaces (Chinese, Japanese), where a phrase may start and end anywhere.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import product
from operator import itemgetter
from typing import NamedTuple

import ahocorasick

from basewatch.services.enrich.domain.text import fold

Hit = tuple[int, int, str]  # start, end, key
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
_HEBREW_SCRIPT = re.compile(r"[\u0590-\u05FF]")
ARABIC_PROCLITICS = ("", "و", "ب", "ل", "ف", "ال", "وال", "بال", "لل", "فال", "وب")
# Hebrew attaches and, in, to, the, from, that: "ובבסיס" is "and in the base".
HEBREW_PROCLITICS = ("", "ו", "ב", "ל", "ה", "מ", "ש", "וה", "וב", "בה", "לה", "מה", "שה", "ול", "ומ")
BRACES = re.compile(r"\{([^{}]*)\}")  # a phrase's alternatives: "{us |american }drone"


# kana, CJK ideographs and Thai as regex ranges: the characters `_unspaced` tells (scripts written without spaces)
UNSPACED_RANGES = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0e7f"


def _unspaced(ch: str) -> bool:
    """Scripts written without spaces between words: CJK ideographs, kana, Thai (spaces end its phrases, not words)."""
    return "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\u0e00" <= ch <= "\u0e7f"


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or (ch > "\u02ff" and unicodedata.category(ch)[0] == "M")  # vowel signs (Devanagari)


def expand(phrase: str) -> list[str]:
    """The literal phrases a written phrase stands for: braces expanded, folded, hyphens as spaces."""
    return list(_expanded(phrase))


@cache  # every set of languages that holds a pack builds its matcher from the same phrases
def _expanded(phrase: str) -> tuple[str, ...]:
    parts = BRACES.split(phrase)  # literal, options, literal, options, ...
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)]
    out: dict[str, None] = {}  # in order, each once (a phrase may stand for thousands of forms)
    for combo in product(*choices):
        text = " ".join(unhyphenated(fold("".join(combo))).split())
        if text:
            out[text] = None
    return tuple(out)


def unhyphenated(folded: str) -> str:
    """Folded text as phrases are matched against it: hyphens as spaces (same length)."""
    return folded.replace("-", " ")


@lru_cache(maxsize=16)
def matchable(folded: str) -> str:
    """`unhyphenated`, remembered for the last texts: a whole article, asked about many times (a slice is a new text
    each call, never found here: call `unhyphenated` for it)."""
    return unhyphenated(folded)


@dataclass(frozen=True, eq=False)  # hashed by identity: a matcher is long-lived
class PhraseMatcher:
    """Every phrase of a {key: phrases} table found in folded text, in one pass."""

    table: dict[str, tuple[str, ...]]
    proclitics: tuple[str, ...] = ARABIC_PROCLITICS  # attached to Arabic-script phrases
    quoted: bool = False  # names: a word of the phrase may stand in quotation marks ("حقل “العمر” النفطي")
    _automaton: ahocorasick.Automaton | None = field(init=False)
    _cjk: ahocorasick.Automaton | None = field(init=False)
    empty: bool = field(init=False)
    _long_spaces: re.Pattern[str] = field(init=False)  # a run of spaces longer than any inside a word phrase

    def __post_init__(self) -> None:
        entries: dict[str, list[tuple[str, bool, int]]] = {}  # word phrases, matched with spaces around them
        cjk: dict[str, list[tuple[str, bool, int]]] = {}  # phrases of scripts without spaces, matched anywhere
        for key, phrases in self.table.items():
            for written in phrases:
                for form in expand(written):
                    open_end = form.endswith("*")
                    literal = spaced(form.rstrip("*")).strip()  # "u.s. base" is "u s  base", as the text becomes
                    if not literal:
                        continue
                    prefixes = self.proclitics if _ARABIC_SCRIPT.match(literal) else HEBREW_PROCLITICS if _HEBREW_SCRIPT.match(literal) else ("",)
                    for word in (p + w for p in prefixes for w in (_quote_gaps(literal) if self.quoted else (literal,))):
                        # Spaces around a phrase make the automaton match whole words only (the text is spaced the
                        # same way); scripts written without spaces, and open endings, go without.
                        if _unspaced(word[0]) or _unspaced(word[-1]):
                            cjk.setdefault(word, []).append((key, open_end, 0))
                        else:
                            entries.setdefault(" " + word + ("" if open_end else " "), []).append((key, open_end, 1))
        object.__setattr__(self, "_automaton", _automaton(entries))
        object.__setattr__(self, "_cjk", _automaton(cjk))
        object.__setattr__(self, "empty", not entries and not cjk)
        gap = max((len(run) for literal in entries for run in _SPACES.findall(literal.strip(" "))), default=0)
        object.__setattr__(self, "_long_spaces", re.compile(f" {{{gap + 1},}}"))

    def find(self, folded: str) -> tuple[Hit, ...]:
        """(start, end, key) of every phrase in the text, overlaps kept, sorted by start then longest first."""
        return () if self.empty else _scan(self, folded)

    def leftmost_longest(self, folded: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
        """(key, start, end) of phrases inside folded[start:end], not overlapping, the longest at each place."""
        stop = len(folded) if end is None else end
        hits = [h for h in self.find(folded) if h[0] >= start and h[1] <= stop]
        return [(key, s, e) for s, e, key in leftmost_longest(hits)]


MAX_QUOTED_GAPS = 3  # gaps of a name whose words may be quoted (a name of four words at most: eight forms)


def _quote_gaps(literal: str) -> tuple[str, ...]:
    """ "حقل العمر النفطي" and the forms a quoted word leaves in spaced text ("حقل  العمر  النفطي": a quotation mark
    is a space there), each gap one space or two."""
    words = literal.split(" ")
    if len(words) < 2 or len(words) > MAX_QUOTED_GAPS + 1 or "" in words:
        return (literal,)
    forms = [words[0]]
    for w in words[1:]:
        forms = [f + gap + w for f in forms for gap in (" ", "  ")]
    return tuple(forms)


def _automaton(entries: dict[str, list[tuple[str, bool, int]]]) -> ahocorasick.Automaton | None:
    if not entries:
        return None
    auto = ahocorasick.Automaton()
    for literal, keys in entries.items():
        auto.add_word(literal, (len(literal), tuple(dict.fromkeys(keys))))
    auto.make_automaton()
    return auto


_CJK = re.compile(rf"[{UNSPACED_RANGES}]+")  # with Thai: see _unspaced
# A Hangul syllable right after a Latin letter or digit: Korean writes its case particles on a Latin acronym or name
# with no space ("IRI는 ... 공격을 가했다", the IRI attacked), so the particle is no part of the Latin word.
_GLUED_HANGUL = re.compile(r"(?<=[a-z0-9])[\uac00-\ud7a3]")
_CJK_CHAR = re.compile(rf"[{UNSPACED_RANGES}]")


@lru_cache(maxsize=256)
def _scan(matcher: PhraseMatcher, folded: str) -> tuple[Hit, ...]:
    cjk, words, unspaced = _prepared(folded)
    hits: list[Hit] = []
    if matcher._automaton is not None and cjk:
        _collect_between(matcher._automaton, words, matcher._long_spaces, hits)
    elif matcher._automaton is not None:
        _collect(matcher._automaton, words, 1, hits)
    if matcher._cjk is not None and cjk:
        _collect(matcher._cjk, unspaced, 0, hits)
    # By start, then longest first, then key: three stable sorts on C keys (no Python call per hit).
    hits.sort(key=_KEY)
    hits.sort(key=_END, reverse=True)
    hits.sort(key=_START)
    return tuple(dict.fromkeys(hits))


_START, _END, _KEY = itemgetter(0), itemgetter(1), itemgetter(2)


@lru_cache(maxsize=16)
def _prepared(folded: str) -> tuple[bool, str, str]:
    """Whether the text has ideographs, and the text as word phrases are matched against it (one per text,
    whichever matcher reads it): a space at every non-word character (ideographs too) and one at each end,
    so a match starts and ends at word edges. text[i] is folded[i - 1]. With ideographs, also the text as the
    phrases of scripts without spaces are matched against it: spaced as they were (a hyphen is a space in both:
    "ฐานทัพอัล-อัสซาด" finds the alias written so), ideographs kept, one space after; text[i] is folded[i]."""
    cjk = not folded.isascii() and _CJK.search(folded) is not None  # ASCII has none (a C check, no scan by the regex)
    text = spaced(folded)
    if not folded.isascii():
        text = _GLUED_HANGUL.sub(" ", text)  # "IRI는", "SDF가": a Korean particle written on a Latin name ends the name
    if not cjk:
        return cjk, " " + text + " ", ""
    # a space per ideograph: a constant replacement, no call per run (spacing and this touch disjoint characters)
    return cjk, " " + _CJK_CHAR.sub(" ", text) + " ", text + " "


def _collect_between(auto: ahocorasick.Automaton, text: str, long_spaces: re.Pattern[str], hits: list[Hit]) -> None:
    """The word phrases of a text with ideographs (each a space in `text`), read between its long runs of spaces:
    the automaton looks a space up among every first letter of its phrases, and such a text is mostly spaces. No
    phrase holds a run as long, so each lies between two of them, from the last space of one (where it starts)
    to the first of the next (where it ends): the same hits as one pass over the whole text."""
    start = 0
    for run in long_spaces.finditer(text):
        _collect(auto, text, 1, hits, start, run.start() + 1)
        start = run.end() - 1
    _collect(auto, text, 1, hits, start, len(text))


_SPACES = re.compile(" +")


def _collect(auto: ahocorasick.Automaton, text: str, pad: int, hits: list[Hit], start: int = 0, end: int | None = None) -> None:
    word_tail = _word_tail()
    for last, (length, keys) in auto.iter(text, start, len(text) if end is None else end):
        first = last - length + 1
        stop = last - pad if text[last] == " " else last + 1 - pad  # a trailing space is outside the word
        for key, open_end, lead in keys:
            if open_end and text[stop + pad] != " ":  # an open ending runs on over the word's characters
                hits.append((first + lead - pad, _tail_end(word_tail, text, stop + pad) - pad, key))
            else:
                hits.append((first + lead - pad, stop, key))


def _tail_end(word_tail: re.Pattern[str], text: str, at: int) -> int:
    """Where the word going on at `at` ends: a run of word characters (one regex), and on over the combining
    marks among them (Devanagari vowel signs), which are no word characters to a regex."""
    end = at
    while True:
        run = word_tail.match(text, end)  # the pattern matches the empty string: never None
        end = run.end() if run else end
        if text[end].isascii() or not _word_char(text[end]) or _unspaced(text[end]):
            return end
        end += 1


@cache
def _word_tail() -> re.Pattern[str]:
    """Word characters (`_word_char`'s but combining marks), none of a script written without spaces."""
    return re.compile(rf"[^\W{UNSPACED_RANGES}]*")


# ASCII non-word characters but the space (a space stays a space: replacing every one would cost a call each).
_ASCII_PUNCT = re.compile(r"[\x00-\x1f\x21-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]")


@lru_cache(maxsize=16)
def spaced(folded: str) -> str:
    """Folded text with every ASCII non-word character as a space (same length): word edges are spaces.
    (A regex, not str.translate: translate takes a slow path on text that is not ASCII.)"""
    return _ASCII_PUNCT.sub(" ", folded)


def _order(h: Hit) -> tuple[int, int, str]:
    return h[0], -h[1], h[2]


def leftmost_longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, the longest at each place (hits sorted by start, longest first)."""
    out: list[Hit] = []
    for hit in hits:
        if not out or hit[0] >= out[-1][1]:
            out.append(hit)
    return out


# "al-Tanf", "el Tanf": the article before a name belongs to the name (found after the name matched).
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:(?:al|el|ash|as|at|ad|ar|an|az)[-\s])$")
_ARTICLE_START = re.compile(r"^(?:al|el|ash|as|at|ad|ar|an|az)[\s-]+")
NAME_PROCLITICS = ("", "و", "ب", "ل", "ف")  # a name in Arabic script carries its own article


class _Names(NamedTuple):
    """The names of one kind in an article, sorted by start: (start, end, key, start with the article
    before the name, else start), and their starts for bisection."""

    starts: tuple[int, ...]
    hits: tuple[tuple[int, int, str, int], ...]


_NO_NAMES = _Names((), ())


@dataclass(frozen=True, eq=False)
class NameIndex:
    """Names (bases, armed groups, places) in any language: the Arabic article "al-" before a Latin
    name is optional ("Tanf" finds "at-Tanf" whole), Arabic proclitics may be attached."""

    table: dict[str, tuple[str, ...]]
    _matcher: PhraseMatcher = field(init=False)
    # The last text indexed: extraction asks about one article's names sentence by sentence.
    _last: tuple[str | None, dict[str, _Names]] = field(init=False, default=(None, {}))

    def __post_init__(self) -> None:
        forms = {key: tuple(_ARTICLE_START.sub("", fold(n).strip()) or n for n in names) for key, names in self.table.items()}
        object.__setattr__(self, "_matcher", PhraseMatcher(forms, proclitics=NAME_PROCLITICS, quoted=True))

    def find(self, folded: str, start: int = 0, end: int | None = None, kind: str | None = None) -> list[tuple[str, int, int]]:
        """(key, start, end) of names in folded[start:end], leftmost-longest, not overlapping. With `kind`, only
        the keys written "<kind>:<key>" (one index holds several tables), returned without the prefix."""
        stop = len(folded) if end is None else end
        last = self._last
        if last[0] is not folded:
            last = (folded, _names_by_kind(self, folded))
            object.__setattr__(self, "_last", last)
        names = last[1].get(kind or "", _NO_NAMES)
        lo, hi = bisect_left(names.starts, start), bisect_left(names.starts, stop)
        if lo == hi:
            return []  # most asks (a sentence's actor, context, outlet) find none: no list to sort and cut
        # An article before the name belongs to it when it lies inside the range.
        hits = [(art if art >= start else s, e, key) for s, e, key, art in names.hits[lo:hi] if e <= stop]
        if len(hits) == 1:
            return [(hits[0][2], hits[0][0], hits[0][1])]
        hits.sort(key=_order)
        return [(key, s, e) for s, e, key in leftmost_longest(hits)]

    def hits(self, folded: str, kind: str) -> tuple[tuple[int, int, str, int], ...]:
        """Every name of one kind in the text, overlaps kept: (start, end, key, start with an article before it)."""
        return _names_by_kind(self, folded).get(kind, _NO_NAMES).hits


@lru_cache(maxsize=64)
def _names_by_kind(index: NameIndex, folded: str) -> dict[str, _Names]:
    """Every name of the text, by kind ("" for all, keys whole), each with the start of an article before it."""
    by: dict[str, list[tuple[int, int, str, int]]] = {}
    for s, e, key in index._matcher.find(folded):
        art = _ARTICLE_BEFORE.search(folded, max(0, s - 4), s) if s > 0 and folded[s - 1] in " -" else None
        a = art.start() if art else s
        by.setdefault("", []).append((s, e, key, a))
        if ":" in key:
            kind, _, name = key.partition(":")
            by.setdefault(kind, []).append((s, e, name, a))
    return {kind: _Names(tuple(h[0] for h in hits), tuple(hits)) for kind, hits in by.items()}
