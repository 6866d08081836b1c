"""Folding text for matching, sentence splitting. Pure functions.

`fold` maps every character to exactly one character (lower case, Latin accents removed, Arabic
letter variants unified, hyphen and quote variants unified), so a match in folded text has the same
offsets in the original: place_text and evidence are cut from the original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from functools import cache

import regex


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Latin-1, Extended-A/B and Extended Additional (Vietnamese "ầ", "ỹ"; transliteration's "ḥ", "ṣ"): the base letter
    for cp in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFKD", chr(cp))[0]
        if base.isascii() and base.isalpha():
            table[cp] = base.lower()
    for cp in range(0x0386, 0x03D0):  # Greek: accents (tonos, dialytika) dropped, as Greek headlines drop them
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isalpha():
            table[cp] = base.lower()
    table |= {ord(k): v for k, v in {
        "ß": "s", "ı": "i", "İ": "i", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l",
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك", "ۀ": "ه", "ё": "е",
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-",
        "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"',
        # the low-9 quotes that open a quotation in German, Bulgarian, Polish, Czech, Romanian ("„Heute ...“"), and its
        # reversed form: quotes like the others, so a relative day inside them counts from the quote's day (dates._quoted)
        "„": '"', "‟": '"', "‚": "'", "‛": "'",
        # Hebrew gershayim and geresh (צה״ל, כטב״ם, ג׳): Israeli copy types them as the ASCII quote and apostrophe (צה"ל), so an
        # acronym written either way is one word to the aliases and packs
        "\u05f4": '"', "\u05f3": "'",
        "\u00a0": " ", "\u200f": " ", "\u200e": " ", "\u202f": " ",
    }.items()}  # fmt: skip
    table |= {ord(k): v for k, v in {"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ",", "٬": ",", "…": "."}.items()}
    # Devanagari and full-width (CJK) punctuation, as ASCII: word edges like any other.
    table |= {
        ord(k): v
        for k, v in {
            "।": ".",
            "॥": ".",
            "。": ".",
            "，": ",",
            "、": ",",
            "！": "!",
            "？": "?",
            "：": ":",
            "；": ";",
            "（": "(",
            "）": ")",
            "「": '"',
            "」": '"',
            "『": '"',
            "』": '"',
            "《": '"',
            "》": '"',
        }.items()
    }
    # Other punctuation, symbols and spaces (¿ ¡ ° · and the General Punctuation block): word boundaries, as in ASCII.
    for cp in [*range(0x00A1, 0x00C0), *range(0x2000, 0x2070)]:
        if cp not in table and unicodedata.category(chr(cp))[0] in "PZCS":
            table[cp] = " "
    for i, d in enumerate("٠١٢٣٤٥٦٧٨٩"):
        table[ord(d)] = str(i)
    for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
        table[ord(d)] = str(i)
    for digits in ("০১২৩৪৫৬৭৮৯", "०१२३४५६७८९"):  # Bengali and Devanagari digits ("২৫ জন আহত": 25 wounded)
        for i, d in enumerate(digits):
            table[ord(d)] = str(i)
    return table


@cache
def _folding() -> tuple[dict[int, str], dict[str, str], re.Pattern[str]]:
    """The table by code point (for ASCII text), by character, and a regex of the characters it maps (one
    group: `split` keeps them); built at first use."""
    table = _fold_table()
    by_char = {chr(cp): v for cp, v in table.items()}
    return table, by_char, re.compile("([" + re.escape("".join(sorted(by_char))) + "])")


def fold(text: str) -> str:
    """Lower-case, accent-free, variant-unified text of exactly the same length."""
    table, by_char, mapped = _folding()
    # str.translate is fast on ASCII text only: elsewhere it looks every character up in the table (and
    # raises and clears a KeyError for each one not in it). A regex visits only the characters the table maps.
    out = text.translate(table) if text.isascii() else _mapped(text, by_char, mapped)
    out = out.lower()
    if len(out) == len(text):
        return out
    # str.lower() lengthens a few characters; fold them one by one so offsets still line up.
    return "".join(c if len(c := (by_char.get(ch, ch)).lower()) == 1 else ch for ch in text)


def _mapped(text: str, by_char: dict[str, str], mapped: re.Pattern[str]) -> str:
    """`text` with the characters the table maps replaced: split at them (they come back at the odd places), each
    looked up in one comprehension (a callback of `sub` cost a match object and a Python call per character)."""
    parts = mapped.split(text)
    parts[1::2] = [by_char[ch] for ch in parts[1::2]]
    return "".join(parts)


@cache
def fold_pattern(pattern: str) -> str:
    """Fold a lexicon pattern the same way as text (letters only change; regex syntax survives)."""
    return fold(pattern)


# A sentence ends at . ! ? ؟ followed by space and a capital, a letter of a caseless script (Arabic, Hebrew,
# Devanagari, CJK) or a digit, in any script (the `regex` module knows Unicode's letter classes); "Syria.The
# attack" (no space) is split too; "U.S." is not. CJK, Devanagari and Urdu stops (。！？।۔) end a sentence as they stand.
# An ellipsis before a space and a capital ends one too (a quote cut short: "... in Iraq… Earlier in the day, ..."),
# never before a caseless letter (Chinese "……" runs on inside a sentence).
_STOPS_ALONE = "。！？।۔"  # ۔ the Urdu full stop
# Quotations open with " “ ‘ « or the low-9 „ ‚ (German, Bulgarian, Polish, Czech copy) and close with " ” ’ » or, in that
# copy, “ ‘: a stop before a closing quote, or before an opening one and a capital, ends a sentence in all of them
# (French sets its « off with a space: ". « Des roquettes ...").
_ELLIPSIS_END = r"…(?=\s+[\"'“‘(«„‚]?\p{Lu})"
_SENT_END = regex.compile(
    r"[。！？।۔]|" + _ELLIPSIS_END + r"|[.!?؟](?:[\"'”’)»“‘]?\s+(?=(?:[\"'“‘(„‚]|«\s?)?[\p{Lu}\p{Lo}\p{N}])|(?=[\"'”’»“]?[\p{Lu}\p{Arabic}\p{Hebrew}]))|\n+"
)
# (a doubled capital is a Spanish plural abbreviation: "EE. UU.", the United States; "FF. AA.", the armed forces)
_ABBREV = re.compile(
    r"(?:\b[A-Z]\.){1,3}$|\b([A-Z])\1\.$|\b(?:Gen|Lt|Col|Maj|Brig|Sgt|Spc|Pfc|Pvt|Cpl|Capt|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No)\.$"
)


_CLOSERS = "\"'”’)»"  # what may close a quotation or a parenthesis right before its sentence's stop
_CLOCK_TIME = re.compile(r"\d\s?[ap]\.m\.$")  # "at 11 p.m. Saturday": a clock time, its stop ends no sentence
_OPENS_WORD = re.compile(r"[A-Z](?:[a-z]|['’][A-Za-z])")  # "The", "L'attaque": a capital, then a small letter or an elision
_OPENS_CASED_WORD = regex.compile(r"\p{Lu}\p{Ll}")  # a capital, then a small letter, in any script with case
_CASELESS_WORD = regex.compile(r"[\p{Arabic}\p{Hebrew}][\p{Arabic}\p{Hebrew}\p{Mn}]*")
_DAY_FIRST_ORDINAL = re.compile(r"(?<!\d)\d{1,2}\.$")  # "28." of "28. Januar", "3. März"


def whole_line(text: str, s: int, e: int) -> bool:
    """text[s:e] is a line of its own: a line break (or the text's edge) on both sides."""
    return (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] == "\n")


def sentences(text: str, month_starts: Container[int] = (), ordinal_stops: Container[int] = ()) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, abbreviations kept inside their sentence, and a
    day-first ordinal date ("am 28. Januar", "3. března") kept whole: a stop after a day number that is
    followed by a month name (`month_starts`: where the language's month names begin) ends no sentence, nor
    does one of `ordinal_stops` (where the stop of an ordinal after its article stands: "im 13. Bataillon")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if text[m.start()] == "\n":
            cut = m.start()
        elif text[m.start()] in _STOPS_ALONE or text[m.start()] == "…":
            cut = m.start() + 1
        else:
            cut = m.start() + 1
            if m.end() in month_starts and _DAY_FIRST_ORDINAL.search(text, max(start, cut - 3), cut):
                continue
            if cut in ordinal_stops:
                continue
            if m.end() == cut:  # no space after the stop: a boundary only after a lower-case word
                # ... or after the quotation mark closing one ("قاعدة في شمال شرق الأردن".وحتى يوم الجمعة): the word is
                # the one inside the quote
                inner = cut - 1
                while inner > start and text[inner - 1] in _CLOSERS:
                    inner -= 1
                word = text[inner - 3 : inner]
                # or between two words of a caseless script ("منذ 114 يوما.الأردن يدين": pages that lost the space)
                caseless = _CASELESS_WORD.fullmatch(word) is not None and _CASELESS_WORD.match(text, cut, cut + 1) is not None
                # or after an acronym, before a capitalised word ("... a indiqué une ONG.L'attaque", "the SDF.The"):
                # an abbreviation's stop is followed by a letter of its own, never by a word
                acronym = word.isupper() and _OPENS_WORD.match(text, cut) is not None
                # or after a small word of another cased script, before a capitalised one ("сообщили источники.Три")
                cased = not word.isascii() and word.isalpha() and word.islower() and _OPENS_CASED_WORD.match(text, cut) is not None
                if not (caseless or cased or (len(word) == 3 and word.isascii() and word.isalpha() and (word.islower() or acronym))):
                    continue
            # Abbreviations are capitalised ("U.S.", "Gen.", "Jan."): only a capitalised word before the stop is tested.
            lo = max(start, cut - 9)
            first = text.rfind(" ", lo, cut) + 1 or lo
            if text[first].isupper() and _ABBREV.search(text, max(start, cut - 12), cut):
                continue
            if _CLOCK_TIME.search(text, max(start, cut - 8), cut):
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
