"""Base names with the case endings a language fuses onto them ("Harirdeki", "Tanfa", "Эрбиле", "Herîrê").

Agglutinative and inflecting languages attach case endings to names; Turkish news usually writes an
apostrophe first ("Harir'deki", matched like any name), but not always, and Kurmanji, Azerbaijani or
Russian never do. A pack lists the endings (`name_suffixes`); every alias in the same script is then
also found with each ending, and the hit is cut back to the name itself, so the place text and the
link are the bare name.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from basewatch.services.enrich.domain.gazetteer import Gazetteer
from basewatch.services.enrich.domain.lexicon import Words
from basewatch.services.enrich.domain.phrases import NameIndex
from basewatch.services.enrich.domain.text import fold

MIN_STEM = 4  # letters of an alias before an ending: a short alias with an ending is too often another word

Hit = tuple[str, int, int]


def find_bases(gaz: Gazetteer, folded: str, words: Words) -> list[Hit]:
    """(base_id, start, end) of every alias in the text, bare or with an ending of the article's languages."""
    plain = gaz.find_bases(folded)
    suffixes = tuple(sorted({x for p in words.packs for x in p.name_suffixes}))
    if not suffixes:
        return plain
    extra = [h for h in _suffixed(gaz, suffixes).find(folded, kind="base") if not any(s < h[2] and h[1] < e for _, s, e in plain)]
    if not extra:
        return plain
    cut = [(key.split("#")[0], s, e - int(key.split("#")[1])) for key, s, e in extra]
    return sorted([*plain, *cut], key=lambda h: (h[1], -h[2]))


_INDEXES: dict[tuple[int, tuple[str, ...]], tuple[Gazetteer, NameIndex]] = {}


def _suffixed(gaz: Gazetteer, suffixes: tuple[str, ...]) -> NameIndex:
    """Every alias with every ending of its script, keyed "<base id>#<ending length>" (built once)."""
    key = (id(gaz), suffixes)
    if key not in _INDEXES or _INDEXES[key][0] is not gaz:
        endings = [f for x in suffixes if (f := fold(x).strip())]
        table: dict[str, list[str]] = {}
        for b in gaz.bases:
            for alias in b.aliases:
                name = fold(alias).strip()
                last = next((ch for ch in reversed(name) if ch.isalpha()), None)
                if last is None or _stem_length(name) < MIN_STEM or not (name[-1].isalpha() or name[-1].isdigit()):
                    continue
                for end in endings:  # "타워 22에서" (at Tower 22): an ending glued to a number takes the script of the name's words
                    if _script(end[0]) == _script(last):
                        table.setdefault(f"base:{b.id}#{len(end)}", []).append(name + end)
        _INDEXES[key] = (gaz, NameIndex({k: tuple(v) for k, v in table.items()}))
    return _INDEXES[key][1]


def _stem_length(name: str) -> int:
    """Letters of an alias, a Hangul syllable block counted as the two or three letters it writes ("하리르", Harir: six)."""
    return len(name) + sum(1 for ch in name if "\uac00" <= ch <= "\ud7a3")


@lru_cache(maxsize=512)
def _script(ch: str) -> str:
    return unicodedata.name(ch, "?").split()[0]
