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
from basewatch.services.enrich.domain.phrases import NameIndex, _unspaced, leftmost_longest
from basewatch.services.enrich.domain.rules import pattern
from basewatch.services.enrich.domain.text import fold

MIN_STEM = 4  # letters of an alias before an ending: a short alias with an ending is too often another word

Hit = tuple[str, int, int]
SharedNoun = tuple[str, int, int, str]  # a list's name: (base_id, start, end, the base noun it shares, as its alias writes it)


def find_bases(gaz: Gazetteer, folded: str, words: Words) -> list[Hit]:
    """(base_id, start, end) of every alias in the text, bare or with an ending of the article's languages."""
    return _with_endings(gaz, folded, words)


def find_base_names(gaz: Gazetteer, folded: str, words: Words) -> tuple[list[Hit], list[SharedNoun]]:
    """`find_bases`, and the names of a list that shares one base noun ("the Asad and Harir air bases"), each with
    the noun it takes from the list (`_shared_noun_names`)."""
    hits = _with_endings(gaz, folded, words)
    shared = _shared_noun_names(gaz, folded, words, hits)
    if not shared:
        return hits, []
    return sorted([*hits, *((b, s, e) for b, s, e, _ in shared)], key=lambda h: (h[1], -h[2])), shared


def _with_endings(gaz: Gazetteer, folded: str, words: Words) -> list[Hit]:
    plain = gaz.find_bases(folded)
    suffixes = tuple(sorted({x for p in words.packs for x in p.name_suffixes}))
    if not suffixes:
        return plain
    extra = [h for h in _glued(gaz, suffixes, folded) if not any(s < h[3] and h[1] < e for _, s, e in plain)]
    if not extra:
        return plain
    return sorted([*plain, *((b, s, e) for b, s, e, _ in extra)], key=lambda h: (h[1], -h[2]))


NAME_WORDS = 4  # words of a name before the joining word, in a script that spaces its words
NAME_CHARS = 10  # characters of a name before the joining mark, in a script that does not


def _shared_noun_names(gaz: Gazetteer, folded: str, words: Words, hits: list[Hit]) -> list[SharedNoun]:
    """Names of a list whose one base noun after its last name is every name's ("the Asad and Victory bases",
    "アサド、エルビル両航空基地", "阿萨德和哈里尔两个空军基地"): a name the gazetteer knows only with that noun (bare
    "Asad" is also the president, "Victory" a word) is the base its name and the noun make, when they make an alias.
    The last name is a base's, its site's ("エルビル", the city) or one the noun completes; words between it and the
    noun that count or join the names (`shared_noun_words`: "両", "两个") are no part of any alias."""
    out: list[SharedNoun] = []
    nouns = words.base_nouns.finditer(folded)
    if not nouns:
        return out
    lasts = sorted([*((s, e) for _, s, e in hits), *gaz.site_spans(folded)])
    for noun in nouns:
        lo = max(0, noun.start() - LIST_REACH)
        join = _last_join(folded, lo, noun.start(), words)
        if join is None:
            continue
        ys = join[1] + len(folded[join[1] : noun.start()]) - len(folded[join[1] : noun.start()].lstrip())
        named = next((e for s, e in lasts if s == ys and e <= noun.start()), None)  # "Harir", "エルビル" (the city)
        ye = named if named is not None else _name_end(folded, ys, noun.start(), words)
        if ye - ys < 2:
            continue
        tails = _noun_forms(_strip_joiners(folded[ye : noun.end()], words), words)
        known = named is not None
        own = None if any(s == ys for _, s, _ in hits) else _with_shared(gaz, folded[ys:ye], tails)
        if not known and own is None:
            continue  # no name before the noun: "the Iraqi and Syrian bases"
        if own is not None:
            out.append((own[0], ys, ye, own[1]))  # "エルビル両航空基地", "Victory bases": the name and the noun are its base
        for xs in _name_starts(folded, join[0]):
            if any(s < join[0] and xs < e for s, e in [*((h[1], h[2]) for h in hits), *((h[1], h[2]) for h in out)]):
                break  # the list's first name is found already ("Ain al-Asad and Harir air bases")
            name = folded[xs : join[0]].strip()
            found = _with_shared(gaz, name, tails)
            if found is not None:
                out.append((found[0], xs, xs + len(name), found[1]))
                break
    return out


LIST_REACH = 30  # characters before a base noun where the joining word or mark of a two-name list may stand


def _last_join(folded: str, lo: int, hi: int, words: Words) -> tuple[int, int] | None:
    """The span of the last joining word or mark of a list ("and", "、", "和") in folded[lo:hi], with no end of a
    clause after it; None without one."""
    found = None
    for m in pattern(words, _LIST_JOIN_ANY).finditer(folded, lo, hi):
        found = (m.start(), m.end())
    if found is None or any(ch in ".;:!?\u3002\n" for ch in folded[found[1] : hi]):
        return None
    return found


def _name_end(folded: str, start: int, noun: int, words: Words) -> int:
    """Where the list's last name ends before its noun: at the first word that counts or joins ("ビクトリー両基地" ->
    "ビクトリー"), else at the noun."""
    m = pattern(words, r"\s*<=shared_noun_words>" if _unspaced(folded[start]) else r"\s+<shared_noun_words>").search(folded, start, noun)
    return m.start() if m is not None else start + len(folded[start:noun].rstrip())


def _with_shared(gaz: Gazetteer, name: str, tails: list[str]) -> tuple[str, str] | None:
    """The base whose alias the name and one of the noun's forms make, and that form; or None."""
    return next(((b, tail) for tail in tails if (b := gaz.alias_base(with_noun(name, tail))) is not None), None)


# "Asad and Harir"; "阿萨德和哈里尔" (the word touches both names); "アサド、エルビル"
_LIST_JOIN_ANY = r"(?:\s<conjunctions>\s|(?<=[\u3040-\u9fff])<=conjunctions>(?=[\u3040-\u9fff])|[,\u3001/&]\s*)"


def with_noun(name: str, noun: str) -> str:
    """A name and a base noun after it, spaced as the name's script writes words."""
    return name + noun if _unspaced(name[-1]) else f"{name} {noun}"


def _noun_forms(tail: str, words: Words) -> list[str]:
    """The shared noun phrase as written, then each base noun it starts with ("air bases" -> "air base"): the
    gazetteer writes a name with the singular noun."""
    starts = sorted({f for p in words.packs for x in p.base_nouns if (f := fold(x).rstrip("*")) and tail.startswith(f) and f != tail}, key=len, reverse=True)
    return [tail, *starts]


def _strip_joiners(tail: str, words: Words) -> str:
    """The base noun phrase after a list's last name without the words that count or join the names ("两个空军基地" ->
    "空军基地", " air bases" -> "air bases")."""
    tail = tail.strip()
    counting = r"<=shared_noun_words>\s*" if tail and _unspaced(tail[0]) else r"<shared_noun_words>\s+"
    while (m := pattern(words, counting).match(tail)) is not None and m.end() < len(tail):
        tail = tail[m.end() :]
    return tail


def _name_starts(folded: str, end: int) -> list[int]:
    """Where a name ending at `end` may start, nearest first: one to four words back in a spaced script, two to ten
    characters back in one that writes no spaces."""
    stop = len(folded[:end].rstrip())
    if stop == 0:
        return []
    if _unspaced(folded[stop - 1]):
        return [stop - n for n in range(2, NAME_CHARS + 1) if stop - n >= 0 and _unspaced(folded[stop - n])]
    starts, i = [], stop
    for _ in range(NAME_WORDS):
        i = folded.rfind(" ", 0, i - 1) + 1 if i > 0 else 0
        if i >= stop:
            break
        starts.append(i)
        if i < 2 or folded[i - 2] in ".\n":
            break
        i -= 1
    return starts


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
