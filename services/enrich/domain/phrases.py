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
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product

import ahocorasick

from basewatch.services.enrich.domain.text import fold

Hit = tuple[int, int, str]  # start, end, key
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
_HEBREW_SCRIPT = re.compile(r"[\u0590-\u05FF]")
ARABIC_PROCLITICS = ("", "و", "ب", "ل", "ف", "ال", "وال", "بال", "لل", "فال", "وب")
# Hebrew attaches and, in, to, the, from, that: "ובבסיס" is "and in the base".
HEBREW_PROCLITICS = ("", "ו", "ב", "ל", "ה", "מ", "ש", "וה", "וב", "בה", "לה", "מה", "שה", "ול", "ומ")
_BRACES = re.compile(r"\{([^{}]*)\}")


def _unspaced(ch: str) -> bool:
    """Scripts written without spaces between words: CJK ideographs, kana."""
    return "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or (ch > "\u02ff" and unicodedata.category(ch)[0] == "M")  # vowel signs (Devanagari)


def expand(phrase: str) -> list[str]:
    """The literal phrases a written phrase stands for: braces expanded, folded, hyphens as spaces."""
    parts = _BRACES.split(phrase)  # literal, options, literal, options, ...
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)]
    out = []
    for combo in product(*choices):
        text = " ".join(matchable(fold("".join(combo))).split())
        if text and text not in out:
            out.append(text)
    return out


def matchable(folded: str) -> str:
    """Folded text as phrases are matched against it: hyphens as spaces (same length)."""
    return folded.replace("-", " ")


@dataclass(frozen=True, eq=False)  # hashed by identity: a matcher is long-lived
class PhraseMatcher:
    """Every phrase of a {key: phrases} table found in folded text, in one pass."""

    table: dict[str, tuple[str, ...]]
    proclitics: tuple[str, ...] = ARABIC_PROCLITICS  # attached to Arabic-script phrases
    _automaton: ahocorasick.Automaton = field(init=False)
    empty: bool = field(init=False)

    def __post_init__(self) -> None:
        auto = ahocorasick.Automaton()
        entries: dict[str, list[tuple[str, bool, int]]] = {}
        for key, phrases in self.table.items():
            for written in phrases:
                for form in expand(written):
                    open_end = form.endswith("*")
                    literal = form.rstrip("*").rstrip()
                    if not literal:
                        continue
                    prefixes = self.proclitics if _ARABIC_SCRIPT.match(literal) else HEBREW_PROCLITICS if _HEBREW_SCRIPT.match(literal) else ("",)
                    for p in prefixes:
                        entries.setdefault(p + literal, []).append((key, open_end, len(p)))
        for literal, keys in entries.items():
            auto.add_word(literal, (len(literal), tuple(dict.fromkeys(keys))))
        if entries:
            auto.make_automaton()
        object.__setattr__(self, "_automaton", auto)
        object.__setattr__(self, "empty", not entries)

    def find(self, folded: str) -> tuple[Hit, ...]:
        """(start, end, key) of every phrase in the text, overlaps kept, sorted by start then longest first."""
        return () if self.empty else _scan(self, folded)

    def leftmost_longest(self, folded: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
        """(key, start, end) of phrases inside folded[start:end], not overlapping, the longest at each place."""
        stop = len(folded) if end is None else end
        hits = [h for h in self.find(folded) if h[0] >= start and h[1] <= stop]
        return [(key, s, e) for s, e, key in leftmost_longest(hits)]


@lru_cache(maxsize=256)
def _scan(matcher: PhraseMatcher, folded: str) -> tuple[Hit, ...]:
    text = matchable(folded)
    size = len(text)
    hits: list[Hit] = []
    for last, (length, keys) in matcher._automaton.iter(text):
        start, end = last - length + 1, last + 1
        first, final = text[start], text[last]
        if start > 0 and _word_char(text[start - 1]) and not (_unspaced(first) or _unspaced(text[start - 1])):
            continue
        for key, open_end, _ in keys:
            stop = end
            if open_end:
                while stop < size and _word_char(text[stop]) and not _unspaced(text[stop]):
                    stop += 1
            elif stop < size and _word_char(text[stop]) and not (_unspaced(final) or _unspaced(text[stop])):
                continue
            hits.append((start, stop, key))
    hits.sort(key=lambda h: (h[0], -h[1], h[2]))
    return tuple(dict.fromkeys(hits))


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


@dataclass(frozen=True, eq=False)
class NameIndex:
    """Names (bases, armed groups, places) in any language: the Arabic article "al-" before a Latin
    name is optional ("Tanf" finds "at-Tanf" whole), Arabic proclitics may be attached."""

    table: dict[str, tuple[str, ...]]
    _matcher: PhraseMatcher = field(init=False)

    def __post_init__(self) -> None:
        forms = {key: tuple(_ARTICLE_START.sub("", fold(n).strip()) or n for n in names) for key, names in self.table.items()}
        object.__setattr__(self, "_matcher", PhraseMatcher(forms, proclitics=NAME_PROCLITICS))

    def find(self, folded: str, start: int = 0, end: int | None = None, kind: str | None = None) -> list[tuple[str, int, int]]:
        """(key, start, end) of names in folded[start:end], leftmost-longest, not overlapping. With `kind`, only
        the keys written "<kind>:<key>" (one index holds several tables), returned without the prefix."""
        stop = len(folded) if end is None else end
        prefix = f"{kind}:" if kind else ""
        hits = []
        for s, e, key in self._matcher.find(folded):
            if s < start or e > stop or not key.startswith(prefix):
                continue
            key = key[len(prefix) :]
            art = _ARTICLE_BEFORE.search(folded, max(start, s - 4), s) if s > start and folded[s - 1] in " -" else None
            hits.append((art.start() if art else s, e, key))
        hits.sort(key=lambda h: (h[0], -h[1], h[2]))
        return [(key, s, e) for s, e, key in leftmost_longest(hits)]
