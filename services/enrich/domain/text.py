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
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك", "ۀ": "ه", "ё": "е",
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-",
        "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"',
        "\u00a0": " ", "\u200f": " ", "\u200e": " ", "\u202f": " ",
    }.items()}  # fmt: skip
    table |= {ord(k): v for k, v in {"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ",", "٬": ",", "…": "."}.items()}
    # Other punctuation, symbols and spaces (¿ ¡ ° · and the General Punctuation block): word boundaries, as in ASCII.
    for cp in [*range(0x00A1, 0x00C0), *range(0x2000, 0x2070)]:
        if cp not in table and unicodedata.category(chr(cp))[0] in "PZCS":
            table[cp] = " "
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
            # Abbreviations are capitalised ("U.S.", "Gen.", "Jan."): only a capitalised word before the stop is tested.
            lo = max(start, cut - 9)
            first = text.rfind(" ", lo, cut) + 1 or lo
            if text[first].isupper() and _ABBREV.search(text, max(start, cut - 12), cut):
                continue
        if text[start:cut].strip():
            spans.append((start, cut))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return [_strip(text, s, e) if text[s].isspace() or text[e - 1].isspace() else (s, e) for s, e in spans]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_ARABIC = re.compile(r"[\u0600-\u06FF]")
ARABIC_PREFIXES = ("", "و", "ب", "ل", "ف", "ال", "وال", "بال", "لل", "فال", "وب")


def expand_arabic(fragment: str, prefixes: tuple[str, ...] = ARABIC_PREFIXES) -> list[str]:
    """An Arabic term with each proclitic Arabic may attach to it; other terms as they are."""
    return [p + fragment for p in prefixes] if _ARABIC.search(fragment) else [fragment]


def alternation(terms: list[str] | tuple[str, ...]) -> str:
    """One regex alternation of folded fragments, longest first, inside word boundaries.

    Arabic terms may carry attached proclitics (و ب ل ف) and the article ال, as Arabic writes them.
    """
    parts = []
    for t in {fold_pattern(t) for t in terms}:
        # Each alternative starts with a literal, so the regex engine can skip ahead (an optional prefix would stop that).
        parts += expand_arabic(t)
    return r"(?<![\w])(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?![\w])"


# "al-Tanf", "el Tanf": the article before a name belongs to the name (found after the name matched).
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?:(?:al|el|ash|as|at|ad|ar|an|az)-|(?:al|el) )$")
_ARABIC_PROCLITICS = ("", "و", "ب", "ل", "ف")
_TOKEN = re.compile(r"\w+")
_META = frozenset("\\[]().*+?{}|^$")
_SEPARATOR = re.compile(r"(?:\[\\s-\]|\\s|\\W)(?:\+|(?![?*{]))")  # at least one non-word character: "[\s-]+", "\s"
MIN_STEM = 3  # a term is indexed by its first word, or by a stem of at least this many characters


def literal_prefix(fragment: str) -> tuple[str, bool]:
    """The characters every match of a regex fragment starts with, and whether its first word ends there.

    "attack(?:s|ed)?" -> ("attack", False); "u\\.?s" -> ("u", False); "came under" -> ("came under", True);
    "tower[\\s-]+22" -> ("tower", True).
    """
    depth = 0
    for ch in fragment:  # a top-level "|" means the fragment has no single prefix
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            return "", False
    i = 0
    out: list[str] = []
    while i < len(fragment):
        ch = fragment[i]
        if ch == "\\" and i + 1 < len(fragment) and not fragment[i + 1].isalnum():
            lit, step = fragment[i + 1], 2
        elif ch in _META:
            break
        else:
            lit, step = ch, 1
        if fragment[i + step : i + step + 1] in ("?", "*", "{", "+"):
            break  # the character may be absent or repeated
        out.append(lit)
        i += step
    return "".join(out), i == len(fragment) or _SEPARATOR.match(fragment, i) is not None


# Bytes of a folded text's UTF-8 that are not parts of words, mapped to spaces: splitting that is the
# fastest way to a text's distinct words in CPython (a third of `re.findall(r"\w+")`). Non-ASCII bytes
# stay (letters of other scripts); `fold` turns the punctuation of other scripts into ASCII first.
_NOT_WORD = bytes(c if c >= 0x80 or chr(c).isalnum() or c == 0x5F else 0x20 for c in range(256))


_PLAIN = r"[\w' -]+"
_OPTIONAL_END = re.compile(rf"({_PLAIN})\(\?:({_PLAIN}(?:\|{_PLAIN})*)\)(\??)|({_PLAIN}?)(\w)\?")


def finite_forms(fragment: str) -> list[str]:
    """The words a fragment with only an optional ending stands for ("attack(?:s|ed)?" -> attack, attacks,
    attacked; "drones?" -> drone, drones), so they are indexed as whole words; other fragments as they are."""
    m = _OPTIONAL_END.fullmatch(fragment)
    if m is None:
        return [fragment]
    if m.group(1) is not None:
        endings = m.group(2).split("|") + ([""] if m.group(3) else [])
        return [m.group(1) + x for x in endings]
    return [m.group(4), m.group(4) + m.group(5)]


@dataclass(frozen=True)
class Words:
    """The distinct words of one folded text (UTF-8): a set for whole-word lookups, in order for stems."""

    present: frozenset[bytes]
    ordered: list[bytes]


@lru_cache(maxsize=8)
def words(folded: str) -> Words:
    present = frozenset(folded.encode().translate(_NOT_WORD).split())
    return Words(present, sorted(present))


Terms = tuple[tuple[re.Pattern[str], str], ...]  # anchored fragment regexes and their keys


@dataclass(frozen=True, eq=False)  # hashed by identity: an index is a long-lived matcher
class TermIndex:
    """Finds regex fragments ({key: [fragments]}) in folded text without scanning it with a big alternation.

    Python's regex engine tries every branch of an alternation at every position, so a few hundred
    terms cost a millisecond per 2 KB article that way. Here each fragment is indexed by the first word
    it must start with ("islamic resistance" by "islamic") or, when that word has a variable ending,
    by its stem ("attack(?:s|ed)?" by "attack"). A text's distinct words are looked up in those
    tables, and only the fragments of words that occur are tried, anchored where the word stands.
    Fragments match at word starts and end at word ends, as `alternation` would. Fragments that start
    with no stem of MIN_STEM word characters go into one alternation that scans the text (few).
    """

    table: dict[str, tuple[str, ...]]
    _exact: dict[bytes, Terms] = field(init=False)  # keys are UTF-8, as `words` gives them
    _exact_keys: frozenset[bytes] = field(init=False)
    _stems: tuple[tuple[bytes, Terms], ...] = field(init=False)  # in byte order
    _rest: re.Pattern[str] | None = field(init=False)
    _rest_keys: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        exact: dict[bytes, list[tuple[re.Pattern[str], str]]] = {}
        stems: dict[bytes, list[tuple[re.Pattern[str], str]]] = {}
        rest: dict[str, str] = {}  # group name -> key, for fragments that cannot be indexed
        groups: list[str] = []
        for key, fragments in self.table.items():
            for fragment in (form for written in fragments for form in finite_forms(written)):
                lit, ends = literal_prefix(fragment)
                word = _TOKEN.match(lit)
                rx = re.compile(r"(?<![\w])" + fragment + r"(?![\w])")  # looks behind `pos` in `match`
                if word and (ends or word.end() < len(lit)):  # the literal holds the whole first word
                    exact.setdefault(word.group(0).encode(), []).append((rx, key))
                elif word and word.end() >= MIN_STEM:
                    stems.setdefault(word.group(0).encode(), []).append((rx, key))
                else:
                    rest[f"g{len(groups)}"] = key
                    groups.append(f"(?P<g{len(groups)}>{fragment})")
        object.__setattr__(self, "_exact", {k: tuple(v) for k, v in exact.items()})
        object.__setattr__(self, "_exact_keys", frozenset(exact))
        object.__setattr__(self, "_stems", tuple((stem, tuple(terms)) for stem, terms in sorted(stems.items())))
        object.__setattr__(self, "_rest", re.compile(r"(?<![\w])(?:" + "|".join(groups) + r")(?![\w])") if groups else None)
        object.__setattr__(self, "_rest_keys", rest)

    def find(self, folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """(start, end, key) of every fragment matching in folded[start:end], sorted; overlaps kept.

        The whole text is searched once (and remembered for the next calls on it); a range is a slice of that.
        """
        hits = _all_hits(self, folded)
        if start == 0 and end is None:
            return list(hits)
        end = len(folded) if end is None else end
        out = []
        for i in range(bisect_left(hits, start, key=_start), len(hits)):
            if (hit := hits[i])[0] >= end:
                break
            if hit[1] <= end:
                out.append(hit)
        return out

    def search(self, folded: str) -> list[tuple[int, int, str]]:
        """Every match in the whole text (use `find`, which remembers the answer)."""
        w = words(folded)
        candidates = [(word, self._exact[word]) for word in self._exact_keys & w.present]
        ordered = w.ordered
        last = ordered[-1] if ordered else b""
        for stem, terms in self._stems:
            if stem > last:
                break  # stems are in order: none further can start a word of this text (Arabic ones in Latin text)
            i = bisect_left(ordered, stem)
            while i < len(ordered) and ordered[i].startswith(stem):
                candidates.append((ordered[i], terms))
                i += 1
        size = len(folded)
        hits: list[tuple[int, int, str]] = []
        for raw, terms in candidates:
            word = raw.decode()
            at = folded.find(word)
            while at != -1:
                after = at + len(word)
                if after == size or not ((c := folded[after]).isalnum() or c == "_"):  # the start is checked by the regex
                    for rx, key in terms:
                        if (m := rx.match(folded, at)) is not None:
                            hits.append((at, m.end(), key))
                at = folded.find(word, after)
        if self._rest is not None:
            for m in self._rest.finditer(folded):
                hits.append((m.start(), m.end(), self._rest_keys[m.lastgroup or ""]))
        hits.sort(key=lambda h: (h[0], -h[1], h[2]))  # a full order: set iteration order varies between processes
        return hits


def _start(hit: tuple[int, int, str]) -> int:
    return hit[0]


@lru_cache(maxsize=64)
def _all_hits(index: TermIndex, folded: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(index.search(folded))


def leftmost_longest(hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping hits, the longest at each place (hits sorted by start, longest first)."""
    out: list[tuple[int, int, str]] = []
    for hit in hits:
        if not out or hit[0] >= out[-1][1]:
            out.append(hit)
    return out


@dataclass(frozen=True)
class PhraseIndex:
    """Finds the phrases of a {key: [phrases]} table in folded text (a TermIndex of their written forms).

    Hyphens and spaces are interchangeable, the Arabic article "al-" is optional, Arabic proclitics
    (و ب ل ف) may be attached.
    """

    table: dict[str, tuple[str, ...]]
    _terms: TermIndex = field(init=False)

    def __post_init__(self) -> None:
        forms = {key: tuple(form for phrase in phrases for form in _written_forms(phrase)) for key, phrases in self.table.items()}
        object.__setattr__(self, "_terms", TermIndex(forms))

    def find(self, folded: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
        """(key, start, end) of phrases in folded[start:end], leftmost-longest, not overlapping."""
        hits = []
        for at, e, key in self._terms.find(folded, start, end):
            before = folded[at - 1 : at] if at > start else ""
            # only "al-", "ash-", "al " can be an article: test the regex when the text allows it
            art = _ARTICLE_BEFORE.search(folded, max(start, at - 4), at) if before == "-" or folded[at - 3 : at] in ("al ", "el ") else None
            hits.append((art.start() if art else at, e, key))
        hits.sort(key=lambda h: (h[0], -h[1], h[2]))
        return [(key, s, e) for s, e, key in leftmost_longest(hits)]


def _written_forms(phrase: str) -> list[str]:
    """Regex fragments for the ways a phrase is written (folded)."""
    f = fold(phrase).strip()
    if _ARABIC.search(f):
        return [re.escape(p + f) for p in _ARABIC_PROCLITICS]
    f = re.sub(r"^(?:al|el|ash|as|at|ad|ar|an|az)[\s-]", "", f)
    parts = [x for x in re.split(r"[\s-]+", f) if x]
    return [r"[\s-]+".join(re.escape(x) for x in parts)]
