"""Folding text for matching, sentence splitting. Pure functions.

`fold` maps every character to exactly one character (lower case, Latin accents removed, Arabic
letter variants unified, hyphen and quote variants unified), so a match in folded text has the same
offsets in the original: place_text and evidence are cut from the original text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache


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
_SENT_END = re.compile(
    r"(?<=[.!?؟])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9\u0600-\u06FF])"
    r"|(?<=[a-z]{3}[.!?])(?=[A-Z])"
    r"|\n+"
)
_ABBREV = re.compile(r"(?:\b[A-Z]\.){1,3}$|\b(?:Gen|Lt|Col|Maj|Brig|Sgt|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No)\.$")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, abbreviations kept inside their sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        cut = m.start()
        if "\n" not in m.group(0) and _ABBREV.search(text[start:cut].rstrip("\"'”’)")):
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


def alternation(terms: list[str] | tuple[str, ...]) -> str:
    """One regex alternation of folded fragments, longest first, inside word boundaries.

    Arabic terms may carry attached proclitics (و ب ل ف) and the article ال, as Arabic writes them.
    """
    folded = sorted({fold_pattern(t) for t in terms}, key=len, reverse=True)
    parts = [rf"(?:[وبلف]?(?:ال)?){t}" if _ARABIC.search(t) else t for t in folded]
    return r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])"
