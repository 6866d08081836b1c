"""Described places in languages that put a noun's modifiers before it (pack field `head_final`).

English writes the description after the base noun ("a base near the Syrian border in Jordan"), so the
place runs from the noun to the end of the phrase; Turkish, Japanese or Hindi write it before ("Ürdün'de
Suriye sınırına yakın bir bölgede bulunan üsse": to the base located in a region near the Syrian border
in Jordan), so the place runs from the start of the clause to the base noun.
"""

from __future__ import annotations

import re

from basewatch.services.enrich.domain.gazetteer import Gazetteer
from basewatch.services.enrich.domain.lexicon import Words
from basewatch.services.enrich.domain.phrases import _unspaced

MAX_PLACE = 70  # characters of a described place
Place = tuple[int, int, bool, bool, bool]  # start, end, names a base, several places, "other" places
# Punctuation that starts the description; not a comma, which in these languages separates the adverbials of
# one clause ("Ürdün'ün kuzeydoğusunda, Suriye sınırına yakın bir üsse": northeast of Jordan, near the Syrian border).
_CLAUSE_START = re.compile(r"[;:()\"!?]")
_SENTENCE_STOP = ".!?"  # what a sentence ends with, once folded (the ideographic full stop folds to ".")


def head_final(words: Words) -> bool:
    """The article's languages describe a noun before it."""
    return words.head_final


def places_before_noun(folded: str, s: int, e: int, lex: Words, gaz: Gazetteer) -> list[Place]:
    """Base nouns whose preceding words (back to the clause's start) locate them: a country, a context phrase."""
    out: list[Place] = []
    for m in lex.base_nouns.finditer(folded, s, e):
        if out and m.start() < out[-1][1]:
            continue  # "hava üssü" holds "üssü": one noun
        if _points_back(folded, s, m.start(), m.end(), lex):
            continue  # "söz konusu üssü", "同基地": the said base, the one named before, no place of its own
        ps = _clause_start(folded, max(s, m.start() - MAX_PLACE), m.start())
        # a country inside a group's name ("伊拉克伊斯蘭抵抗組織", the Islamic Resistance in Iraq) locates no site
        if m.start() - ps < 3 or not (gaz.countries_outside_actors(folded, ps, m.start()) or gaz.find_context(folded, ps, m.start())):
            continue
        plural = lex.plural_base_nouns.search(folded, m.start(), m.end()) is not None or counted_sites(folded, ps, m.start(), lex)
        other = lex.others.search(folded, ps, m.end()) is not None
        if out and ps <= out[-1][0] and not lex.conjunctions.search(folded, out[-1][1], m.start()):
            # A noun whose description holds the place before it, no "and" between, is a site within that place
            # ("米軍駐留基地内のSDFの訓練施設": the SDF training facility inside the US base): one place, not two.
            out[-1] = (out[-1][0], m.end(), False, out[-1][3], out[-1][4])
            continue
        out.append((ps, m.end(), False, plural, other))
    return out


def counted_sites(folded: str, lo: int, at: int, lex: Words) -> bool:
    """Pattern: a count of two or more right before the base noun at `at` in a language whose noun stays singular
    after a number: in a script without spaces a counter between at most ("4個軍事基地": four military bases,
    "两座基地"), in a spaced one a word at most ("3 ABD üssüne": to three US bases): several sites, not one."""
    for n in lex.number.finditer(folded, max(lo, at - COUNTED_REACH), at):
        gap = folded[n.end() : at]
        if n.value is None or not 2 <= n.value <= MAX_SITES_COUNTED:
            continue
        if len(gap) <= COUNTER_CHARS and all(_unspaced(ch) for ch in gap + folded[at]):
            return True
        if gap[:1].isspace() and len(gap.split()) <= 1 and all(ch.isalnum() or ch.isspace() for ch in gap):
            return True
    return False


COUNTED_REACH = 16  # characters before a base noun where its count may start ("4個", "四个", "3 ABD ")
COUNTER_CHARS = 2  # characters of a counter between a count and its noun ("個", "座", "か所")
MAX_SITES_COUNTED = 12  # sites one statement counts at most ("attacked four bases"); a larger number is a name's ("Tower 22")


def _points_back(folded: str, s: int, start: int, end: int, lex: Words) -> bool:
    """The base noun at start..end is the end of a phrase pointing back at the base named before ("the said base",
    "this base", "the same base": the pack's `anaphora` that hold a base noun)."""
    return any(a.start() < start and a.end() >= end for a in lex.anaphora.finditer(folded, max(s, start - ANAPHORA_REACH), end))


ANAPHORA_REACH = 20  # characters of a pointing word before its base noun ("söz konusu ", "adı geçen ")


def _clause_start(folded: str, lo: int, at: int) -> int:
    """Where the clause that ends at `at` starts: after its last punctuation, else at a word start after `lo`."""
    cuts = list(_CLAUSE_START.finditer(folded, lo, at))
    if cuts:
        lo = cuts[-1].end()
    elif lo > 0 and not folded[lo - 1].isspace() and folded[lo - 1] not in _SENTENCE_STOP:
        # mid-word: start at the next word. After the stop of the sentence before, a word starts: scripts
        # without spaces write none after it ("...明らかにした。IRIはヨルダンの米軍基地への攻撃")
        space = folded.find(" ", lo, at)
        lo = space + 1 if space >= 0 else at
    while lo < at and folded[lo].isspace():
        lo += 1
    return lo
