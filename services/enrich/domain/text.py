"""Folding text for matching, sentence splitting. Pure functions.

`fold` maps every character to exactly one character (lower case, Latin accents removed, Arabic
letter variants unified, hyphen and quote variants unified), so a match in folded text has the same
offsets in the original: place_text and evidence are cut from the original text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x00C0, 0x0250):
        base = unicodedata.normalize("NFKD", chr(cp))[0]
        if base.isascii() and base.isalpha():
            table[cp] = base.lower()
    table |= {ord(k): v for k, v in {
        "ß": "s", "ı": "i", "İ": "i", "ø": "o", "Ø": "o", "đ": "d", "ł": "l", "Ł": "l",
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-",
        "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"',
        "\u00a0": " ", "\u200f": " ", "\u200e": " ", "\u202f": " ",
    }.items()}  # fmt: skip
    for i, d in enumerate("٠١٢٣٤٥٦٧٨٩"):
        table[ord(d)] = str(i)
    for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
        table[ord(d)] = str(i)
    return table


_TABLE = _fold_table()


def fold(text: str) -> str:
    """Lower-case, accent-free, variant-unified text of exactly the same length."""
    out = text.translate(_TABLE).lower()
    if len(out) == len(text):
        return out
    # str.lower() lengthens a few characters; fold them one by one so offsets still line up.
    return "".join(c if len(c := ch.translate(_TABLE).lower()) == 1 else ch for ch in text)


@cache
def fold_pattern(pattern: str) -> str:
    """Fold a lexicon pattern the same way as text (letters only change; regex syntax survives)."""
    return fold(pattern)


# A sentence ends at . ! ? ؟ or a newline; "Syria.The attack" (no space) is split too; "U.S." is not.
# The pattern starts with a character class, so the engine skips straight to candidate ends.
_SENT_END = re.compile(r"[.!?؟](?:[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9\u0600-\u06FF])|(?=[A-Z]))|\n+")
_ABBREV = re.compile(r"(?:\b[A-Z]\.){1,3}$|\b(?:Gen|Lt|Col|Maj|Brig|Sgt|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No)\.$")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, abbreviations kept inside their sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if text[m.start()] == "\n":
            cut = m.start()
        else:
            cut = m.start() + 1
            if m.end() == cut:  # no space after the stop: a boundary only after a lower-case word
                word = text[cut - 4 : cut - 1]
                if not (len(word) == 3 and word.isascii() and word.isalpha() and word.islower()):
                    continue
            if _ABBREV.search(text, max(start, cut - 12), cut):
                continue
        if text[start:cut].strip():
            spans.append((start, cut))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return [_strip(text, s, e) for s, e in spans]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_ARABIC = re.compile(r"[\u0600-\u06FF]")
ARABIC_PREFIXES = ("", "و", "ب", "ل", "ف", "ال", "وال", "بال", "لل", "فال", "وب")


def alternation(terms: list[str] | tuple[str, ...]) -> str:
    """One regex alternation of folded fragments, longest first, inside word boundaries.

    Arabic terms may carry attached proclitics (و ب ل ف) and the article ال, as Arabic writes them.
    """
    parts = []
    for t in {fold_pattern(t) for t in terms}:
        # Each alternative starts with a literal, so the regex engine can skip ahead (an optional prefix would stop that).
        parts += [p + t for p in ARABIC_PREFIXES] if _ARABIC.search(t) else [t]
    return r"(?<![\w])(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?![\w])"


# "al-Tanf", "el Tanf": the article before a name belongs to the name (found after the name matched).
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:(?:al|el|ash|as|at|ad|ar|an|az)-|(?:al|el) )$")
_ARABIC_PROCLITICS = ("", "و", "ب", "ل", "ف")
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class PhraseIndex:
    """Finds the phrases of a {key: [phrases]} table in folded text, fast.

    Phrases are indexed by their first word, so a text is scanned once for words and only the
    phrases starting with a word that occurs are tried, anchored there (a regex alternation of
    hundreds of aliases is slower by an order of magnitude). Hyphens and spaces are
    interchangeable, the Arabic article "al-" is optional, Arabic proclitics (و ب ل ف) may be attached.
    """

    table: dict[str, tuple[str, ...]]
    _by_word: dict[str, list[tuple[re.Pattern[str], str]]] = field(init=False)
    _words: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        by_word: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        for key, phrases in self.table.items():
            for phrase in phrases:
                for first, rx in _anchored(phrase):
                    by_word.setdefault(first, []).append((rx, key))
        object.__setattr__(self, "_by_word", by_word)
        object.__setattr__(self, "_words", frozenset(by_word))

    def find(self, folded: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
        """(key, start, end) of phrases in folded[start:end], leftmost-longest, not overlapping."""
        end = len(folded) if end is None else end
        hits: list[tuple[int, int, str]] = []
        words, starts = _tokens(folded)
        present = self._words.intersection(words)  # set work in C; the loop below only checks membership
        if not present:
            return []
        for i in range(bisect_left(starts, start), bisect_left(starts, end)):
            if (word := words[i]) in present:
                at = starts[i]
                for rx, key in self._by_word[word]:
                    if (m := rx.match(folded, at, end)) is not None:
                        art = _ARTICLE_BEFORE.search(folded, max(start, at - 4), at)
                        hits.append((art.start() if art else at, -m.end(), key))
        hits.sort()
        out, last_end = [], -1
        for s, neg_e, key in hits:
            if s >= last_end:
                last_end = -neg_e
                out.append((key, s, -neg_e))
        return out


@lru_cache(maxsize=8)
def _tokens(folded: str) -> tuple[list[str], list[int]]:
    """The words of a folded text and where they start; shared by every index scanning that text."""
    return _TOKEN.findall(folded), [m.start() for m in _TOKEN.finditer(folded)]


def _anchored(phrase: str) -> list[tuple[str, re.Pattern[str]]]:
    """(first word, regex matching the phrase from that word) for each written form of a phrase."""
    f = fold(phrase).strip()
    if _ARABIC.search(f):
        return [(p + f.split()[0], re.compile(re.escape(p + f) + r"(?![\w])")) for p in _ARABIC_PROCLITICS]
    f = re.sub(r"^(?:al|el|ash|as|at|ad|ar|an|az)[\s-]", "", f)
    parts = [x for x in re.split(r"[\s-]+", f) if x]
    body = r"[\s-]*".join(re.escape(x) for x in parts) + r"(?![\w])"
    first = _TOKEN.match(f)
    return [(first.group(0) if first else parts[0], re.compile(body))]
