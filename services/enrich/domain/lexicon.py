"""The words of attack reporting, compiled from the language packs, for the languages of one article.

`Lexicon` holds every pack; `Lexicon.words(languages)` compiles (once per set of languages) one
phrase matcher over every category of those packs only, so a Turkish article is read with Turkish
words and never with another language's. Categories answer like compiled regexes
(`words.killed.search(folded, s, e)`), from one scan of the article per set.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from itertools import accumulate, pairwise
from operator import itemgetter
from typing import Any, NamedTuple

from text_to_num import text2num

from basewatch.schemas.messages import Side
from basewatch.services.enrich.domain.packs import TEXT2NUM, LanguagePack, language_code, month_names, weekday_names
from basewatch.services.enrich.domain.phrases import (
    ARABIC_PROCLITICS,
    BRACES,
    HEBREW_PROCLITICS,
    UNSPACED_RANGES,
    PhraseMatcher,
    expand,
    leftmost_longest,
    unhyphenated,
)
from basewatch.services.enrich.domain.text import fold

PHRASE_CATEGORIES = (
    "attack", "claimed", "confirmed", "killed", "wounded", "attackers", "victims", "base_nouns",
    "period_from",
    "since", "since_after", "aggregate", "count_units", "threat", "state_strike", "state_attacks", "militia_target", "background", "recalls", "anaphora",
    "no_casualties", "no_deaths", "speech", "exceptions", "links", "lone_victims", "superseded", "unreported", "origins", "no_attack", "taken_to", "stationed",
    "lower_bounds", "risen", "toll_change", "including_one", "sequel", "lull", "prevented", "hypothetical",
    "denied", "denying", "denying_after", "denied_other", "critical", "vessels", "vehicles", "news_media", "sponsored", "uncounted",
    "taken_from", "assessed", "many", "audience", "negators", "harm_nouns", "hedges", "drills", "severity", "this_country", "origins_after",
    "bystanders", "clashes", "sources", "mourning", "unconfirmed", "archive", "subset", "each_of", "firsts",
    "counterfactual", "cumulative", "attack_series", "tallied", "not_one", "thousands", "compared", "past_times",
)  # fmt: skip
# Short function words, looked up only in small windows (a whole-text scan would stop at every "a" and "in").
WINDOW_CATEGORIES = (
    "determiners", "prepositions", "indefinite", "conjunctions", "disjunctions", "measure_units", "others", "pronouns", "speech_window",
    "plural_base_nouns", "one_of", "genitive", "nearby", "settlements", "strike_nouns", "night_before", "hours_apart",
    "complementizers",
)  # fmt: skip
# Digits in any script's text: only Latin letters and digits may not touch them ("3名", "ال25" are numbers).
_DIGITS = re.compile(r"[0-9]{1,4}(?:,[0-9]{3})?(?![0-9A-Za-z_])")  # folded digits are ASCII; starts with a digit, so the engine skips ahead
# Thousands grouped by spaces, as French, Russian or Polish print them (a no-break or thin space folds to one):
# "16 248 personnes" is one number, not 16 and then 248.
_SPACED = re.compile(r"[0-9]{1,3}(?: [0-9]{3})+(?![0-9A-Za-z_])")
_NOT_BEFORE_DIGITS = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_,.-")
TALLY_MIN = 5  # attacks counted: from this many on, a tally rather than the attacks being reported
NUMBER_GAP = 2  # characters between the words of one number ("twenty five", "vingt-cinq")


class Match(NamedTuple):
    """A span of an article found by a category, shaped like `re.Match` where the extractor uses it.
    (A named tuple: an article makes hundreds, and a frozen dataclass costs a setattr call a field.)"""

    s: int
    e: int
    text: str
    value: int | None = None  # numbers: the value

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def group(self, _: int = 0) -> str:
        return self.text


class Found(NamedTuple):
    """One category's matches in an article, sorted by start, with their starts for bisection."""

    matches: tuple[Match, ...]
    starts: tuple[int, ...]


_NOTHING = Found((), ())


@dataclass(frozen=True, eq=False)
class Category:
    """One category's matches in an article, searched by range like a compiled regex."""

    words: Words
    name: str
    # The last article asked about and this category's matches in it (the extractor asks sentence by sentence).
    _last: tuple[str | None, Found] = field(init=False, default=(None, _NOTHING), compare=False)

    def _found(self, folded: str) -> Found:
        last = self._last
        if last[0] is folded:
            return last[1]
        found = self.words.scan(folded).get(self.name, _NOTHING)
        object.__setattr__(self, "_last", (folded, found))
        return found

    def finditer(self, folded: str, start: int = 0, end: int | None = None) -> list[Match]:
        last = self._last  # the article asked about last, read here: this runs ~200 times an article
        found = last[1] if last[0] is folded else self._found(folded)
        stop = len(folded) if end is None else end
        lo, hi = bisect_left(found.starts, start), bisect_left(found.starts, stop)
        return [m for m in found.matches[lo:hi] if m.e <= stop] if lo < hi else []

    def search(self, folded: str, start: int = 0, end: int | None = None) -> Match | None:
        last = self._last
        found = last[1] if last[0] is folded else self._found(folded)
        stop = len(folded) if end is None else end
        matches = found.matches
        for i in range(bisect_left(found.starts, start), bisect_left(found.starts, stop)):
            if matches[i].e <= stop:
                return matches[i]
        return None


@dataclass(frozen=True, eq=False)
class WindowCategory:
    """A category of short words, searched by a regex inside a window of the text. `rx` holds the words and what
    may not follow them; `edge` the character that may not stand before them, checked per candidate (as a lookbehind
    it would open the regex, which then tries every character of the window: two to thirty times slower). Matches
    are those of the regex with the lookbehind, candidate by candidate from the left."""

    rx: re.Pattern[str]
    edge: re.Pattern[str] | None  # None: `rx` holds its lookbehind (a category with a word that may be empty)

    def _matches(self, window: str) -> Iterator[re.Match[str]]:
        if self.edge is None:
            yield from self.rx.finditer(window)
            return
        pos = 0
        while (m := self.rx.search(window, pos)) is not None:
            at = m.start()
            if at and self.edge.match(window, at - 1) is not None:
                pos = at + 1  # a word goes on before it: the next candidate may start inside this one
                continue
            yield m
            pos = m.end()  # never empty (`_window_category`): the next match starts after this one, as finditer's

    def finditer(self, folded: str, start: int = 0, end: int | None = None) -> list[Match]:
        stop = len(folded) if end is None else end
        window = unhyphenated(folded[start:stop])  # not `matchable`: a slice is a new text each call, never in its cache
        return [_new(Match, (start + m.start(), start + m.end(), m.group(0), None)) for m in self._matches(window)]

    def search(self, folded: str, start: int = 0, end: int | None = None) -> Match | None:
        stop = len(folded) if end is None else end
        m = next(self._matches(unhyphenated(folded[start:stop])), None)  # finditer's first match, without the others
        return None if m is None else _new(Match, (start + m.start(), start + m.end(), m.group(0), None))


_WORD_EDGE = r"[\w]"  # a word character: the word goes on
_SPEECH_EDGE = rf"[^\W\d{UNSPACED_RANGES}]"  # a letter of a spaced script: the verb of saying is part of a word
# Window categories whose words have no word edge in scripts without spaces: verbs of saying, and units written onto
# the number they measure
_LETTER_EDGED = frozenset({"speech_window", "measure_units"})


@lru_cache(maxsize=512)
def _window_category(words: Words, name: str) -> WindowCategory:
    source = "speech" if name == "speech_window" else name
    alternatives = phrase_regex([x for p in words.packs for x in getattr(p, source)])
    if name in _LETTER_EDGED:
        # scripts without spaces ("28日发布消息称") have no word edge before a verb of saying: only a letter of a
        # spaced script joined to the phrase makes it part of another word; a digit before it is a dateline the
        # page glued to its first word ("٤ أكتوبر ٢٠٢٤أعلن الجيش", 4 October 2024 the army announced). A unit written
        # onto its number ("24時間" twenty-four hours, "3天", "40km") likewise: the digit before it is the number it
        # measures, and a script without spaces runs on after it ("24時間公表しない"), so neither is an edge
        edge, after = _SPEECH_EDGE, rf"(?![^\W{UNSPACED_RANGES}])"
    else:
        edge, after = _WORD_EDGE, r"(?![\w])"
    rx = re.compile(alternatives + after)
    if rx.fullmatch(""):  # a word that may be empty: candidate by candidate would differ from finditer there
        return WindowCategory(re.compile(rf"(?<!{edge}){alternatives}{after}"), None)
    return WindowCategory(rx, re.compile(edge))


@lru_cache(maxsize=512)
def folded_phrases(words: Words, name: str) -> tuple[str, ...]:
    """A pack category's phrases in these languages, folded once: for `str.startswith`/`endswith` at one place of
    the text ("驻有" right after a number, a case ending written onto it), where a scan of the whole text is not wanted."""
    return tuple(fold(x) for p in words.packs for x in getattr(p, name))


# The one-letter proclitics the phrase matcher takes written onto the next word: a pack's conjunction among them is
# an "and" written so (Arabic و, Hebrew ו)
ONE_LETTER_PROCLITICS = frozenset(p for p in (*ARABIC_PROCLITICS, *HEBREW_PROCLITICS) if len(p) == 1)

_start: Callable[[Match], int] = itemgetter(0)  # a match's start (a C call: sorting keys)


@dataclass(frozen=True, eq=False)
class Words:
    """The compiled words of a set of languages."""

    packs: tuple[LanguagePack, ...]
    matcher: PhraseMatcher = field(init=False)
    calendar: PhraseMatcher = field(init=False)
    number_values: dict[str, int] = field(init=False)
    glued_and: frozenset[str] = field(init=False)  # the packs' "and" written onto the next word (`ONE_LETTER_PROCLITICS`)
    and_words: frozenset[str] = field(init=False)  # the packs' `conjunctions`, folded
    # The last article scanned and its scan: the extractor asks about one article a hundred times in a row.
    _last: tuple[str | None, dict[str, Found]] = field(init=False, default=(None, {}))

    def __post_init__(self) -> None:
        table: dict[str, list[str]] = {}
        values: dict[str, int] = {}
        glued_and: set[str] = set()
        for p in self.packs:
            for cat in PHRASE_CATEGORIES:
                table.setdefault(cat, []).extend(getattr(p, cat))
            table["recalls"].extend(p.sequel)  # a remark on the series recalls what it goes on to tell (`sequel`)
            for weapon, phrases in p.weapons.items():
                table.setdefault(f"weapon:{weapon}", []).extend(phrases)
            for side, phrases in p.sides.items():
                table.setdefault(f"side:{side}", []).extend(phrases)
            glued = [c for c in p.conjunctions if c in ONE_LETTER_PROCLITICS]
            glued_and.update(glued)
            for value, phrases in p.numbers.items():
                table.setdefault("number", []).extend(phrases)
                values |= {fold(x): value for x in phrases}
                # pattern: a number word with the language's one-letter "and" written onto it, as Hebrew and Arabic
                # write it ("שלושה נהרגו וארבעה נפצעו", three killed and four wounded; "עשרים וחמישה", twenty-five)
                values |= {fold(c + x): value for c in glued for x in phrases if fold(c + x) not in values}
        object.__setattr__(self, "matcher", PhraseMatcher({k: tuple(v) for k, v in table.items()}))
        object.__setattr__(self, "calendar", calendar_matcher(self.packs))
        object.__setattr__(self, "number_values", values)
        object.__setattr__(self, "glued_and", frozenset(glued_and))
        object.__setattr__(self, "and_words", frozenset(fold(c) for p in self.packs for c in p.conjunctions))

    def __getattr__(self, name: str) -> Category | WindowCategory:
        found: Category | WindowCategory
        if name in PHRASE_CATEGORIES or name in ("number", "weapons", "aggregate_all"):
            found = Category(self, name)
        elif name in WINDOW_CATEGORIES:
            found = _window_category(self, name)
        else:
            raise AttributeError(name)
        object.__setattr__(self, name, found)  # looked up once: later reads find it as an attribute
        return found

    @cached_property
    def languages(self) -> frozenset[str]:
        return frozenset(p.language for p in self.packs)

    @cached_property
    def head_final(self) -> bool:
        """These languages describe a noun before it (asked per sentence and per number: read once)."""
        return any(p.head_final for p in self.packs)

    @cached_property
    def verb_first(self) -> bool:
        """These languages put the verb before its subject (asked per sentence: read once)."""
        return any(p.verb_first for p in self.packs)

    @cached_property
    def verb_final(self) -> bool:
        """These languages close a clause with its verb (read once)."""
        return any(p.verb_final for p in self.packs)

    @cached_property
    def recall_closes(self) -> bool:
        """A head-final language whose recall cues close what they recall, the place after a cue being the news (read once)."""
        return any(p.head_final and not p.recall_leads for p in self.packs)

    @cached_property
    def ordinal_weekdays(self) -> bool:
        """These languages name weekdays by ordinals (read once)."""
        return any(p.ordinal_weekdays for p in self.packs)

    @cached_property
    def backshift(self) -> bool:
        """These languages shift reported speech's tenses back (read once)."""
        return any(p.backshift for p in self.packs)

    @cached_property
    def sides(self) -> tuple[tuple[Side, Category], ...]:
        names: tuple[Side, ...] = ("US", "coalition", "partner")
        return tuple((s, Category(self, f"side:{s}")) for s in names)

    def scan(self, folded: str) -> dict[str, Found]:
        """Every category's matches in an article (remembered for the next calls on the same text)."""
        last = self._last
        if last[0] is folded:
            return last[1]
        found = _scan(self, folded)
        object.__setattr__(self, "_last", (folded, found))  # one tuple: a reader sees a text with its own scan
        return found

    def cues(self, folded: str) -> list[tuple[int, int, str]]:
        """Attack words (key "attack") and weapons (keyed by weapon), sorted."""
        hits = [(m.s, m.e, "attack") for m in self.attack.finditer(folded)]
        hits += [(m.s, m.e, m.text) for m in self.weapons.finditer(folded)]
        return sorted(hits, key=lambda h: (h[0], -h[1], h[2]))

    def spoken(self, key: str, folded: str, start: int, end: int) -> bool:
        """Whether the phrase matcher found a word of category `key` starting in folded[start:end], before any
        filtering (exceptions, letters): a regex built from that category's words can match there only then."""
        raw = self.matcher.find(folded)
        for i in range(bisect_left(raw, (start,)), len(raw)):
            s, _, k = raw[i]
            if s >= end:
                return False
            if k == key:
                return True
        return False

    @property
    def base_place(self) -> re.Pattern[str]:
        """A base noun phrase followed by a preposition of place: "one of its outposts near ", "قاعدة امريكية في "."""
        return _base_place(self)

    def one_victim(self, folded: str, start: int, end: int) -> list[Match]:
        """ "a U.S. soldier", "un soldat": an indefinite article, up to two words, a victim noun: one victim; in a
        language without the article, a victim noun that is singular in every use ("جندي", "żołnierz")."""
        out = []
        arts = self.indefinite.finditer(folded, max(0, start - 30), end)
        for v in self.victims.finditer(folded, start, end):
            art = next((a for a in reversed(arts) if a.e <= v.s and len(folded[a.e : v.s].split()) <= 2), None)
            # not "uma base militar", not "another four soldiers", nor an article that opens a number ("une vingtaine
            # d'autres personnes", "a dozen soldiers": about twenty, twelve), nor one a clause break parts from the noun
            # ("hit by a drone, killing fighters": the article is the drone's)
            if (
                art is not None
                and art.s >= start
                and self.base_nouns.search(folded, art.e, v.s) is None
                and not self.number.finditer(folded, art.s, v.s)
                and _ARTICLE_BREAK.search(folded, art.e, v.s) is None
            ):
                out.append(Match(art.s, v.e, folded[art.s : v.e], 1))
        out += [Match(v.s, v.e, folded[v.s : v.e], 1) for v in self.lone_victims.finditer(folded, start, end)]  # "مقتل جندي"
        return out

    def number_value(self, token: str) -> int | None:
        token = token.strip()
        if token.replace(",", "").isdigit():
            return int(token.replace(",", ""))
        return self.number_values.get(token)

    def read_number(self, run: str) -> int | None:
        """The value of a run of number words ("twenty five"): text2num where it reads the language, else the sum."""
        for p in self.packs:
            if p.language in TEXT2NUM:
                try:
                    return int(text2num(run, p.language))
                except ValueError:
                    continue
        parts = [self.number_values.get(w) for w in _number_parts(self, run)]
        return sum(v for v in parts if v is not None) if parts and None not in parts else None


def _day_ordinals(frames: list[str], lex: Lexicon) -> dict[str, Any]:
    """The `day_ordinal` frames with every pack's spelled-out ordinals in place of <ord>, and each ordinal's value."""
    values = {fold(w): n for c in sorted(lex.packs) for n, words in lex.packs[c].day_ordinals.items() for w in words}
    if not frames or not values:
        return {}
    words = "|".join(re.escape(w) for w in sorted(values, key=len, reverse=True))
    numbers = frozenset(fold(w).split()[-1] for c in sorted(lex.packs) for ws in lex.packs[c].numbers.values() for w in ws if w.strip())
    return {"day_ordinal": re.compile("|".join(fold(f).replace("<ord>", words) for f in frames)), "ordinal_values": values, "number_words": numbers}


def calendar_matcher(packs: tuple[LanguagePack, ...]) -> PhraseMatcher:
    """The calendar words of these packs: keys "m<month>", "w<weekday>", "r<days back>", "e<days before another
    date>", "l<days after it>", "d<month * 100 + day>", "s<Solar Hijri month>"."""
    cal: dict[str, list[str]] = {}
    for p in packs:
        for m, names in month_names(p).items():
            cal.setdefault(f"m{m}", []).extend(names)
        for d, names in weekday_names(p).items():
            cal.setdefault(f"w{d}", []).extend(names)
        for back, phrases in p.relative.items():
            cal.setdefault(f"r{back}", []).extend(phrases)
        for back, phrases in p.earlier.items():
            cal.setdefault(f"e{back}", []).extend(phrases)
        for ahead, phrases in p.later.items():
            cal.setdefault(f"l{ahead}", []).extend(phrases)
        for day, phrases in p.named_days.items():
            month, dom = (int(x) for x in day.split("-"))
            cal.setdefault(f"d{month * 100 + dom}", []).extend(phrases)
        for m, phrases in p.solar_months.items():
            cal.setdefault(f"s{m}", []).extend(phrases)
    return PhraseMatcher({k: tuple(v) for k, v in cal.items()})


def phrase_regex(phrases: list[str]) -> str:
    """A regex alternation of phrases (`*`: any word ending), longest first; for patterns built from categories.
    A phrase whose braces multiply into many forms (a pack's inflections: 1,225 for one Russian weapon) is written
    with its braces as groups, not expanded: the same strings, a regex a fraction the size and compile time."""
    grouped = [p for p in phrases if _forms(p) > GROUPED_FORMS]
    forms = {f for p in phrases if p not in grouped for f in expand(p)}
    parts = [re.escape(f.rstrip("*").rstrip()) + (r"\w*" if f.endswith("*") else "") for f in forms]
    parts += [_grouped(p) for p in grouped]
    return "(?:" + "|".join(sorted(parts, key=len, reverse=True)) + ")" if parts else "(?!x)x"


GROUPED_FORMS = 64  # forms a phrase's braces may multiply into before it is written with groups


def _forms(phrase: str) -> int:
    n = 1
    for options in BRACES.findall(phrase):
        n *= len(options.split("|"))
    return n


def _grouped(phrase: str) -> str:
    """ "{a|b} {c|d} e*" as "(?:a|b) (?:c|d) e\\w*", each part folded as `expand` folds a whole form, options
    longest first. For phrases whose parts hold no space at their edges (inflections), which `expand` would not
    collapse."""
    out = []
    for i, part in enumerate(BRACES.split(phrase)):
        if i % 2:
            options = sorted({unhyphenated(fold(o)) for o in part.split("|")}, key=len, reverse=True)
            out.append("(?:" + "|".join(re.escape(o) for o in options) + ")")
        else:
            text = unhyphenated(fold(part))
            out.append(re.escape(text.rstrip("*")) + (r"\w*" if text.endswith("*") else ""))
    return "".join(out)


@lru_cache(maxsize=64)
def _base_place(words: Words) -> re.Pattern[str]:
    def cat(name: str) -> str:
        return phrase_regex([x for p in words.packs for x in getattr(p, name)])

    owner = phrase_regex([x for p in words.packs for side in ("US", "coalition") for x in p.sides.get(side, ())])
    det = rf"(?:(?<![\w]){cat('determiners')}\s)*"
    # "herstöð Bandaríkjahers og bandamanna í" (a base of the US army and allies in): two owners joined by "and"
    joined = rf"(?:\s{owner}\s{cat('conjunctions')}\s\w+)"
    # "בבסיס צבאי ברמת הגולן" (in a military base in the Golan Heights): a glued preposition before the base noun and
    # before the place, where the language writes it so (`glued_prepositions`; none elsewhere)
    glued = cat("glued_prepositions")
    # "a base of the US-led coalition in", "ein Stützpunkt der von den USA geführten Koalition in": the base's occupant
    # named after it (a genitive or "of" phrase with its describing words) before the place, ending in the occupant
    occupant = rf"(?:\s[\w-]+){{0,{OCCUPANT_WORDS}}}?\s{owner}"
    # "the American occupation base, located west of Qamishli airport": a participle of lying somewhere (`located`),
    # set off by a comma or not, between the base's words and the place
    located = rf"(?:\s[\w'’-]+){{0,{LOCATED_WORDS}}}?,?\s{cat('located')}"
    # "پایگاه ... اشغالگران آمریکایی را در شرق سوریه": a direct object's marker after the phrase, before its place
    marked = rf"(?:\s{cat('object_markers')})?"
    return re.compile(
        rf"{det}(?:(?<![\w]){owner}[\s-]?(?:\w+\s)?)?(?<![\w])(?:{glued})?{cat('base_nouns')}(?:{located}|{joined}|(?:\s(?:{owner}|\w+)){{0,2}}?|{occupant}){marked}"
        rf"\s(?:{cat('prepositions')}\s|{glued}(?=\w))"
    )


LOCATED_WORDS = 3  # words between a base noun and the participle placing it ("base di occupazione americana situata")


OCCUPANT_WORDS = 6  # words before the occupant's name in an occupant phrase ("der von den USA geführten internationalen Anti-IS-Koalition")


def _number_parts(words: Words, run: str) -> list[str]:
    found = words.matcher.leftmost_longest(run)
    return [run[s:e] for key, s, e in found if key == "number"]


@lru_cache(maxsize=64)
def _scan(words: Words, folded: str) -> dict[str, Found]:
    raw = words.matcher.find(folded)
    exceptions = [(s, e) for s, e, k in raw if k == "exceptions"]
    # The exceptions by start (raw is sorted so) and the furthest end among those up to each: a hit no exception
    # starting at or before it reaches past is inside none, found by one bisection instead of a scan of them all
    # (a Chinese article has hundreds of hits and of exceptions).
    ex_starts = [a for a, _ in exceptions]
    reach = list(accumulate((b for _, b in exceptions), max))

    def excepted(s: int, e: int) -> bool:  # inside a longer exception phrase ("life-threatening" holds "threat")
        i = bisect_right(ex_starts, s)
        if not i or reach[i - 1] < e:
            return False
        return any(a <= s and e <= b and (a, b) != (s, e) for a, b in exceptions)

    by: dict[str, list[Match]] = {}
    weapons = []
    spans = []  # number words: read below, runs of them as one number
    for s, e, key in raw:
        if key == "number":
            if not excepted(s, e):
                spans.append((s, e))  # Vietnamese "một số" (some): its "một" (one) counts nobody
            continue
        if exceptions and key != "exceptions" and excepted(s, e):
            continue  # "life-threatening" holds "threat" but is none
        if key.startswith("weapon:"):
            weapons.append((s, e, key[7:]))
            continue
        if key == "aggregate" and folded[e : e + 1] == "-" and folded[e + 1 : e + 2].isalpha():
            # pattern: a word of repetition as the first member of a hyphenated compound ("Mehrfach-Raketenangriff",
            # a multiple-rocket attack) tells how one attack was made; it counts no attacks
            continue
        found = by.get(key)
        if found is None:
            by[key] = found = []
        found.append(_new(Match, (s, e, folded[s:e], None)))  # tuple.__new__: a named tuple's own __new__ is a Python call
    weapons.sort(key=_weapon_order)
    by["weapons"] = [_new(Match, (s, e, k, None)) for s, e, k in leftmost_longest(weapons)]
    by["number"] = _numbers(words, folded, spans)
    if "killed" in by and "wounded" in by:
        joined = _joined_harm(folded, by["killed"], by["wounded"], by["number"], words)
        if joined:
            by["killed"] = [m for m in by["killed"] if not any(s < m.e and m.s < e for s, e in joined)]
            by["wounded"] = [m for m in by["wounded"] if not any(s < m.e and m.s < e for s, e in joined)]
    # a unit the matcher read with a preposition written onto it ("24 بهجوم", 24 [wounded] in an attack) counts nothing
    forms = _unit_forms(words)
    units = [u for u in by.get("count_units", []) if u.text.startswith(forms)]
    counted = _counts(folded, by["number"], units, forms) + _counts(folded, by.get("many", []), units, forms)  # "20 attacks", "many attacks"
    by["aggregate_all"] = sorted(by.get("aggregate", []) + counted, key=_start)
    if "lull" in by:
        lulls = _lulls_of_attacks(folded, by["lull"], by.get("attack", []))
        if lulls:
            by["recalls"] = sorted(by.get("recalls", []) + lulls, key=_start)
    # "without causing damage or casualties"; a verb of denial is a negator too ("the Pentagon denied any casualties")
    negators = sorted(by.get("negators", []) + by.get("denying", []), key=_start)
    denied = _negated_harm(folded, negators, by.get("harm_nouns", []), by.get("hedges", []))
    if denied:
        # a denied word of death ("without any deaths", "عن وقوع قتلى") denies deaths only; other harm, any casualty
        deaths = {m.e for m in by.get("killed", [])}
        by["no_deaths"] = sorted(by.get("no_deaths", []) + [m for m in denied if m.e in deaths], key=_start)
        by["no_casualties"] = sorted(by.get("no_casualties", []) + [m for m in denied if m.e not in deaths], key=_start)
    return {k: _new(Found, (tuple(v), tuple(map(_start, v)))) for k, v in by.items()}


_new = tuple.__new__
LULL_REACH = 60  # characters from the attacks ("Attacks on US forces in Iraq and Syria") to the verb of their lull
_CLAUSE_STOP = re.compile(r"[.!?;:\n]")


def _joined_harm(folded: str, killed: list[Match], wounded: list[Match], numbers: list[Match], words: Words) -> list[tuple[int, int]]:
    """Pattern: a word of death and a word of injury joined by a word of `conjunctions` (or written together, or with a
    slash or hyphen), with one count for the two: one count of both, the casualties ("28 killed and wounded", "۲۸ کشته
    و زخمی", "28 убитых и раненых", "مقتل وإصابة 28 جنديا"), never a toll of either. A count before the first word and
    another (or `others`) after the second are two tolls ("ثلاثة جنود قتلوا وأصيب أكثر من ثلاثين", three killed and more
    than thirty wounded). The spans of both words, in either order (a hit inside or around either is that word too: "hatin kuştin"
    and its "kuştin")."""
    out: list[tuple[int, int]] = []
    hits = sorted([(m, True) for m in killed] + [(m, False) for m in wounded], key=lambda h: h[0].s)
    for (a, a_dead), (b, b_dead) in pairwise(hits):
        if a_dead == b_dead or b.s < a.e:
            continue
        raw = folded[a.e : b.s]
        gap = raw.strip()
        glued = raw.isspace() and b.text[:1] in words.glued_and  # "הרוגים ופצועים", "قتيلا وجريحا": "and" written on
        if (raw and not gap and not glued) or (gap and gap.strip("/-") and gap not in words.and_words):
            continue  # words side by side in a spaced script ("los soldados heridos murió") are two clauses' words
        before = any(a.s - JOINED_COUNT_BEFORE <= n.e <= a.e and not _CLAUSE_STOP.search(folded, n.e, a.s) for n in numbers)
        after = any(b.s <= n.s <= b.e + JOINED_COUNT_AFTER and not _CLAUSE_STOP.search(folded, b.e, n.s) for n in numbers) or (
            (o := words.others.search(folded, b.e, b.e + JOINED_COUNT_AFTER)) is not None and not _CLAUSE_STOP.search(folded, b.e, o.s)
        )  # "6 من مقاتلي قسد قتلوا وجرح آخرون" (six killed and others wounded): the others are the second word's
        if not (before and after):
            out += [(a.s, a.e), (b.s, b.e)]
    return out


JOINED_COUNT_BEFORE = 40  # characters before a joined pair of casualty words where a count of the first may stand
JOINED_COUNT_AFTER = 25  # characters after it where a count of the second may ("and wounded more than thirty")


def _lulls_of_attacks(folded: str, lulls: list[Match], attacks: list[Match]) -> list[Match]:
    """Pattern: a verb of a lull whose subject is the attacks, an attack word before it in its own clause within
    `LULL_REACH` ("Attacks on US forces have largely ceased since ...", "Gli attacchi sono diminuiti dopo che ..."), or
    inside its phrase where the verb comes first ("تراجعت الهجمات بعد", the attacks decreased after): a recall cue, as
    "in the wake of" is; the verb alone ("production dropped after the drone attack") recalls nothing."""
    starts = [a.s for a in attacks]
    out = []
    for m in lulls:
        near = attacks[bisect_left(starts, m.s - LULL_REACH) : bisect_left(starts, m.e)]
        if any((m.s <= a.s and a.e <= m.e) or (m.s - LULL_REACH <= a.e <= m.s and _CLAUSE_STOP.search(folded, a.e, m.s) is None) for a in near):
            out.append(m)
    return out


def _weapon_order(h: tuple[int, int, str]) -> tuple[int, int, str]:
    return h[0], -h[1], h[2]


def _numbers(words: Words, folded: str, spans: list[tuple[int, int]]) -> list[Match]:
    """Digits, and runs of number words read as one number."""
    out = []
    end = 0
    starts = set(_number_starts(folded))
    for at in _digits(folded):  # every digit, as a regex scan visits them: a group starting where no number may ("F-16 000") hides its tail
        if at >= end and (m := _SPACED.match(folded, at) or _DIGITS.match(folded, at)) is not None:
            if at in starts:
                out.append(Match(at, m.end(), m.group(0), int(m.group(0).replace(",", "").replace(" ", ""))))
            end = m.end()
    runs: list[list[int]] = []
    for s, e, _ in leftmost_longest([(s, e, "n") for s, e in spans]):
        if runs and 0 <= s - runs[-1][1] <= NUMBER_GAP and not folded[runs[-1][1] : s].strip(" -"):
            if folded[s] in words.glued_and and not _tens_and_units_glued(words, folded, runs[-1], s, e):
                runs.append([s, e])  # "جنديين وأربعة جرحى" (two soldiers and four wounded): two counts, not six
                continue
            runs[-1][1] = e
        elif runs and _tens_and_units(words, folded, runs[-1], s, e):
            runs[-1][1] = e  # "douăzeci și patru", "treinta y cuatro": twenty-four, thirty-four
        else:
            runs.append([s, e])
    for s, e in runs:
        text = folded[s:e]
        value = words.number_value(text) if text in words.number_values else words.read_number(text.replace("-", " "))
        value = _proclitic_number(words, text) if value is None else value
        if value is not None:
            out.append(Match(s, e, text, value))
    return sorted(out, key=_start)


def _tens_and_units(words: Words, folded: str, left: list[int], s: int, e: int) -> bool:
    """A tens word, one word of `conjunctions`, then a units word: one number, as Romanian, Portuguese and Spanish
    write 24 and 34 ("douăzeci și patru militari", "treinta y cuatro heridos"), not a count of twenty and one of four."""
    gap = folded[left[1] : s]
    if len(gap.split()) != 1 or len(gap) > NUMBER_GAP + 10:
        return False
    if not any(m.text.strip() == gap.strip() for m in words.conjunctions.finditer(folded, left[1], s)):
        return False
    tens = words.number_value(folded[left[0] : left[1]].split()[-1])
    units = words.number_value(folded[s:e])
    return tens is not None and units is not None and _tens_then_units(tens, units)


def _tens_then_units(tens: int, units: int) -> bool:
    """A tens word (20, 30, ...) and a units word (1-9): the two halves of one number."""
    return tens >= 20 and tens % 10 == 0 and 1 <= units <= 9


def _tens_and_units_glued(words: Words, folded: str, left: list[int], s: int, e: int) -> bool:
    """A tens word and a units word joined by an "and" written onto the second, one number in either order:
    Hebrew "עשרים וחמישה" (twenty-five), Arabic "خمسة وعشرين" (five and twenty)."""
    a = words.number_value(folded[left[0] : left[1]].split()[-1])
    b = words.number_value(folded[s:e])
    if a is None or b is None:
        return False
    return any(t < 100 and _tens_then_units(t, u) for t, u in ((a, b), (b, a)))


def _proclitic_number(words: Words, text: str) -> int | None:
    """A number word with a proclitic written onto it: Arabic "الجنود الثلاثة" (the three soldiers), "وثلاثة" (and
    three). Never a calendar word that reads the same ("الاثنين" is Monday as well as "the two")."""
    if text in _calendar_words(words) or text in _cldr_calendar_words(words):
        return None
    for p in PROCLITIC_FORMS:
        if text.startswith(p) and text[len(p) :] in words.number_values:
            return words.number_values[text[len(p) :]]
    return None


# Arabic only: Hebrew "השני" (the + two) is "the second", an ordinal, no count.
PROCLITIC_FORMS = tuple(sorted({p for p in ARABIC_PROCLITICS if p}, key=len, reverse=True))


@lru_cache(maxsize=64)
def _cldr_calendar_words(words: Words) -> frozenset[str]:
    return frozenset(fold(w) for p in words.packs for table in (weekday_names(p), month_names(p)) for ws in table.values() for w in ws)


@lru_cache(maxsize=64)
def _calendar_words(words: Words) -> frozenset[str]:
    return frozenset(fold(w) for p in words.packs for table in (p.weekdays, p.relative, p.months) for ws in table.values() for w in ws)


def _digits(folded: str) -> list[int]:
    """Where the digits are, in order (str.find, a digit at a time: a regex scan tries every character, several times slower)."""
    digits = []
    for d in "0123456789":
        at = folded.find(d)
        while at >= 0:
            digits.append(at)
            at = folded.find(d, at + 1)
    digits.sort()
    return digits


def _number_starts(folded: str) -> list[int]:
    """Where a number may start: a digit after no letter, digit or number punctuation. (Found with str.find, a
    digit at a time: a regex scan for digits tries every character of the text, several times slower.) No
    number `_DIGITS.finditer` would keep starts anywhere else, and none of them lies inside another's match."""
    return [at for at in _digits(folded) if not (at and folded[at - 1] in _NOT_BEFORE_DIGITS and not _number_opens_after(folded, at))]


def _number_opens_after(folded: str, at: int) -> bool:
    """What stands before the digit at `at` opens a number though it is punctuation: a CJK stop, a list's bullet, a
    Hebrew one-letter proclitic and its hyphen."""
    return _after_cjk_stop(folded, at) or _bullet(folded, at) or _hebrew_prefixed(folded, at)


# The one-letter words Hebrew writes onto the next (and, in, to, the, from, that, as): before digits, with a hyphen.
HEBREW_PREFIX_LETTERS = frozenset("ובלהמשכ")


def _hebrew_prefixed(folded: str, at: int) -> bool:
    """ "ו-24 נפצעו" (and 24 were wounded), "ל-3": Hebrew joins a one-letter proclitic to digits with a hyphen (or a
    maqaf); the number starts after it, as after a space. A hyphen after a longer word stays a model's ("F-16")."""
    return at >= 2 and folded[at - 1] == "-" and folded[at - 2] in HEBREW_PREFIX_LETTERS and (at == 2 or not folded[at - 3].isalnum())


def _bullet(folded: str, at: int) -> bool:
    """ "-11 attacks on the al-Omar base": a hyphen opening a line is a list's bullet, not part of a word or a number."""
    return folded[at - 1] == "-" and (at == 1 or folded[at - 2] == "\n")


def _after_cjk_stop(folded: str, at: int) -> bool:
    """ "死亡,30人が負傷": a comma or stop folded from "、", "，", "。" right after a word of a script without spaces
    starts a number; after a digit or a Latin letter it stays part of one ("1,000", "No.3")."""
    return folded[at - 1] in ",." and at >= 2 and _NO_SPACE_SCRIPT.match(folded, at - 2) is not None


_NO_SPACE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")  # kana and Han: Japanese, Chinese


_ARTICLE_BREAK = re.compile(r"[,;:()]")  # punctuation between an indefinite article and a victim noun: not one phrase


@lru_cache(maxsize=512)
def _unit_forms(words: Words) -> tuple[str, ...]:
    """The count units' own forms (braces expanded, folded, a closing `*` dropped), once per set of languages: a unit
    match that opens with none of them carries a clitic the matcher read past."""
    return tuple(f.rstrip("*") for p in words.packs for x in p.count_units for f in expand(x))


def _counts(folded: str, numbers: list[Match], units: list[Match], forms: tuple[str, ...]) -> list[Match]:
    """A number, or a quantity of many (`many`: "numerous attacks"), right before a unit of counting ("20 times",
    "more than 150 attacks"): a count of attacks. A few ("two drone attacks targeted ...") are each news, not a tally.
    A unit written onto its digits ("5차례", five times: Korean writes counters so) counts as well; the matcher, which
    reads words from their first letter, does not see it there."""
    starts = {u.s: u for u in units}
    out = []
    for n in numbers:
        if n.value is not None and n.value < TALLY_MIN:
            continue
        after = n.e + 1 if folded[n.e : n.e + 1] == " " else n.e
        if after in starts:
            out.append(Match(n.s, starts[after].e, folded[n.s : starts[after].e], n.value))  # the value: a campaign's tally dates an undated page
        elif folded[n.e - 1 : n.e].isdigit() and folded[n.e : n.e + 1].isalpha() and (glued := _glued_unit(folded, n.e, forms)):
            out.append(Match(n.s, glued, folded[n.s : glued], n.value))
    return out


def _glued_unit(folded: str, at: int, forms: tuple[str, ...]) -> int | None:
    """The end of the longest unit of counting written at folded[at:], else None."""
    return max((at + len(f) for f in forms if f and folded.startswith(f, at)), default=None)


def _negated_harm(folded: str, negators: list[Match], nouns: list[Match], hedges: list[Match]) -> list[Match]:
    """A negator, then at most NEGATED_WORDS words with no clause break, no digit and no word of not telling
    (`hedges`: "without saying whether ..."), then a noun for people hurt or killed ("without causing damage or
    casualties", "sans occasionner de dégâts matériels ou de pertes humaines"): a denial of casualties, spanning both."""
    out = []
    starts = [h.s for h in nouns]  # in text order, as the scan found them
    for n in negators:
        i = bisect_left(starts, n.e)  # the first noun after the negator: the only one it may deny
        if i == len(nouns):
            continue
        h = nouns[i]
        gap = folded[n.e : h.s]
        if len(gap.split()) <= NEGATED_WORDS and not _CLAUSE_BREAK.search(gap) and not any(n.e <= w.s < h.s for w in hedges):
            out.append(Match(n.s, h.e, folded[n.s : h.e], None))
    return out


NEGATED_WORDS = 7  # words between a negator and the noun it denies ("sans néanmoins occasionner de dégâts matériels ou de pertes humaines")
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]0-9]|\s-\s")


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Every language pack; the words of an article's languages on demand."""

    packs: dict[str, LanguagePack]
    default: str = "en"

    @classmethod
    def from_packs(cls, packs: list[dict[str, Any]]) -> Lexicon:
        parsed = [LanguagePack.model_validate(p) for p in packs]
        return cls({p.language: p for p in parsed})

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(self.packs)

    def understands(self, language: str | None) -> bool:
        """Whether a pack covers an article's language ("en", "en-US"); unknown (None): assume so."""
        return language is None or language_code(language) in self.packs

    def words(self, languages: tuple[str, ...]) -> Words:
        """The compiled words of these languages (cached); unknown codes are left out."""
        return _compile(self, tuple(sorted({language_code(x) for x in languages} & set(self.packs))))

    def all_words(self) -> Words:
        return self.words(tuple(self.packs))


@lru_cache(maxsize=64)
def _compile(lex: Lexicon, codes: tuple[str, ...]) -> Words:
    return Words(tuple(lex.packs[c] for c in codes))


@dataclass(frozen=True)
class Calendar:
    """Campaign facts that place undated text in time, and the calendar words of every language."""

    epoch: date
    first_attack: date
    window_start: date
    window_end: date
    day_count: re.Pattern[str]
    names: PhraseMatcher  # calendar words of every pack; keys "m<month>", "w<weekday>", "r<days back>"
    credits: PhraseMatcher | None = None  # picture credit words of every pack (a caption's date is the picture's)
    day_ordinal: re.Pattern[str] | None = None  # a war's day counted with the ordinal spelled out (dates.toml `day_ordinal`)
    ordinal_values: dict[str, int] = field(default_factory=dict)  # folded spelled-out ordinal -> its number
    number_words: frozenset[str] = frozenset()  # the packs' number words, folded, one word each (before an ordinal)

    @classmethod
    def from_dict(cls, d: dict[str, Any], lex: Lexicon) -> Calendar:
        camp = d["campaign"]
        return cls(
            epoch=date.fromisoformat(camp["epoch"]),
            first_attack=date.fromisoformat(camp["first_attack"]),
            window_start=date.fromisoformat(camp["window_start"]),
            window_end=date.fromisoformat(camp["window_end"]),
            day_count=re.compile("|".join(fold(p) for p in camp["day_count"])),
            names=calendar_matcher(tuple(lex.packs[c] for c in sorted(lex.packs))),  # not every category of every pack
            credits=PhraseMatcher(
                {
                    "credit": tuple(w for c in sorted(lex.packs) for w in lex.packs[c].photo_credits),
                    "agency": tuple(w for c in sorted(lex.packs) for w in lex.packs[c].credit_agencies),
                }
            ),
            **_day_ordinals(camp.get("day_ordinal", []), lex),
        )

    def ordinal_days(self, folded: str) -> list[int]:
        """The war's days the text counts with a spelled-out ordinal ("entered its twentieth day": 20)."""
        if self.day_ordinal is None:
            return []
        found = []
        for count in self.day_ordinal.finditer(folded):
            i = next(i for i, g in enumerate(count.groups(), 1) if g)
            before = folded[: count.start(i)].split()
            if not before or before[-1] not in self.number_words:  # "yüz yirminci": the 120th, not the 20th
                found.append(self.ordinal_values[count.group(i)])
        return found

    def in_window(self, d: date) -> bool:
        return self.window_start <= d <= self.window_end
