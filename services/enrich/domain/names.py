"""Base names with the case endings a language fuses onto them ("Harirdeki", "Tanfa", "Эрбиле", "Herîrê").

Agglutinative and inflecting languages attach case endings to names; Turkish news usually writes an
apostrophe first ("Harir'deki", matched like any name), but not always, and Kurmanji, Azerbaijani or
Russian never do. A pack lists the endings (`name_suffixes`); every alias in the same script is then
also found with each ending, and the hit is cut back to the name itself, so the place text and the
link are the bare name. One automaton finds every alias running on into a longer word (built once, in
0.06 s); the ending is checked on each such hit. (An automaton of every alias times every ending, built
for each set of languages, took up to a second for Turkish's 44 endings, on the first article of them.)
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

from basewatch.services.enrich.domain.gazetteer import Gazetteer
from basewatch.services.enrich.domain.lexicon import Words
from basewatch.services.enrich.domain.phrases import NameIndex, leftmost_longest
from basewatch.services.enrich.domain.text import fold

MIN_STEM = 4  # letters of an alias before an ending: a short alias with an ending is too often another word

Hit = tuple[str, int, int]


def find_bases(gaz: Gazetteer, folded: str, words: Words) -> list[Hit]:
    """(base_id, start, end) of every alias in the text, bare or with an ending of the article's languages."""
    plain = gaz.find_bases(folded)
    suffixes = tuple(sorted({x for p in words.packs for x in p.name_suffixes}))
    if not suffixes:
        return plain
    extra = [h for h in _glued(gaz, suffixes, folded) if not any(s < h[3] and h[1] < e for _, s, e in plain)]
    if not extra:
        return plain
    return sorted([*plain, *((b, s, e) for b, s, e, _ in extra)], key=lambda h: (h[1], -h[2]))


class _Stems(NamedTuple):
    """Every alias long enough to take an ending, found with any word ending (`name*`), and what each is."""

    matcher: NameIndex  # keys "base:<i>", i into `names`
    names: tuple[tuple[str, str, str], ...]  # (base id, the alias's last word folded, the script of its last letter)


_STEMS: dict[int, tuple[Gazetteer, _Stems]] = {}


def _stems(gaz: Gazetteer) -> _Stems:
    """The gazetteer's aliases that may take an ending, in one automaton with open endings (built once per
    gazetteer, whatever the languages: an ending is checked on each hit, not multiplied into the automaton)."""
    if id(gaz) not in _STEMS or _STEMS[id(gaz)][0] is not gaz:
        names: list[tuple[str, str, str]] = []
        table: dict[str, tuple[str, ...]] = {}
        for b in gaz.bases:
            for alias in b.aliases:
                name = fold(alias).strip()
                last = next((ch for ch in reversed(name) if ch.isalpha()), None)
                if last is None or _stem_length(name) < MIN_STEM or not (name[-1].isalpha() or name[-1].isdigit()):
                    continue
                table[f"base:{len(names)}"] = (name + "*",)
                names.append((b.id, name.split()[-1], _script(last)))  # "타워 22에서": an ending glued to a number takes the name's script
        index = NameIndex(table)
        _STEMS[id(gaz)] = (gaz, _Stems(index, tuple(names)))
    return _STEMS[id(gaz)][1]


@lru_cache(maxsize=64)
def _endings(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    """The endings folded, longest first (a longer ending is the one a word ends with when both fit)."""
    return tuple(sorted({f for x in suffixes if (f := fold(x).strip())}, key=len, reverse=True))


def _glued(gaz: Gazetteer, suffixes: tuple[str, ...], folded: str) -> list[tuple[str, int, int, int]]:
    """(base_id, start, end of the name, end of the ending) of each alias running on into one of the endings,
    leftmost-longest over the names with their endings."""
    stems, endings = _stems(gaz), _endings(suffixes)
    found: list[tuple[int, int, str]] = []
    for s, e, key, art in stems.matcher.hits(folded, "base"):
        base_id, last_word, script = stems.names[int(key)]
        word = folded[s:e]
        end = next((x for x in endings if word.endswith(x) and _script(x[0]) == script and word[: -len(x)].endswith(last_word)), None)
        if end is not None:
            found.append((art, e, f"{base_id}#{len(end)}"))
    found.sort(key=lambda h: (h[0], -h[1], h[2]))
    return [(key.split("#")[0], s, e - int(key.split("#")[1]), e) for s, e, key in leftmost_longest(found)]


def _stem_length(name: str) -> int:
    """Letters of an alias, a Hangul syllable block counted as the two or three letters it writes ("하리르", Harir: six)."""
    return len(name) + sum(1 for ch in name if "\uac00" <= ch <= "\ud7a3")


@lru_cache(maxsize=512)
def _script(ch: str) -> str:
    return unicodedata.name(ch, "?").split()[0]
