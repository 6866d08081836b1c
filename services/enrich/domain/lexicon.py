"""Compiled vocabulary of attack reporting and of the calendar, built from the data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from basewatch.schemas.messages import Side
from basewatch.services.enrich.domain.text import PhraseIndex, TermIndex, alternation, expand_arabic, fold_pattern


def _rx(terms: list[str]) -> re.Pattern[str]:
    return re.compile(alternation(terms))


def _terms(terms: list[str]) -> tuple[str, ...]:
    return tuple(x for t in dict.fromkeys(fold_pattern(t) for t in terms) for x in expand_arabic(t))


@dataclass(frozen=True)
class Lexicon:
    attack: re.Pattern[str]
    aggregate: re.Pattern[str]
    threat: re.Pattern[str]
    us_strike: re.Pattern[str]
    background: re.Pattern[str]
    recalls: re.Pattern[str]
    militia_target: re.Pattern[str]
    confirmed: re.Pattern[str]
    claimed: re.Pattern[str]
    anaphora: re.Pattern[str]
    no_casualties: re.Pattern[str]
    killed: re.Pattern[str]
    wounded: re.Pattern[str]
    base_noun: re.Pattern[str]
    sides: tuple[tuple[Side, re.Pattern[str]], ...]
    cues: TermIndex  # attack words (key "attack") and weapons (keyed by weapon), for one scan per article
    numbers: dict[str, int]
    number: re.Pattern[str]
    languages: frozenset[str]

    def understands(self, language: str | None) -> bool:
        """Whether the cue words cover an article's declared language ("en", "en-US"); unknown: assume so."""
        return language is None or language.split("-")[0].strip().lower() in self.languages

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Lexicon:
        c = d["cues"]
        nums = {fold_pattern(w): int(n) for n, words in d["numbers"].items() for w in words}
        words = sorted(nums, key=len, reverse=True)
        number = re.compile(r"(?<![\w,.-])(?:\d{1,4}(?:,\d{3})?|" + "|".join(words) + r")(?![\w])")
        return cls(
            attack=_rx(c["attack"]),
            aggregate=_rx(c["aggregate"]),
            threat=_rx(c["threat"]),
            us_strike=_rx(c["us_strike"]),
            background=_rx(c["background"]),
            recalls=_rx(c["recalls"]),
            militia_target=_rx(c["militia_target"]),
            confirmed=_rx(c["confirmed"]),
            claimed=_rx(c["claimed"]),
            anaphora=_rx(c["anaphora"]),
            no_casualties=_rx(c["no_casualties"]),
            killed=_rx(c["killed"]),
            wounded=_rx(c["wounded"]),
            base_noun=_rx(d["base_nouns"]["terms"]),
            sides=tuple((cast(Side, side), _rx(terms)) for side, terms in d["sides"].items()),
            cues=TermIndex({"attack": _terms(c["attack"])} | {w: _terms(terms) for w, terms in d["weapons"].items()}),
            numbers=nums,
            number=number,
            languages=frozenset(d["languages"]),
        )

    def number_value(self, token: str) -> int | None:
        token = token.strip()
        if token.replace(",", "").isdigit():
            return int(token.replace(",", ""))
        return self.numbers.get(token)


@dataclass(frozen=True)
class Calendar:
    epoch: date
    first_attack: date
    window_start: date
    window_end: date
    day_count: re.Pattern[str]
    names: PhraseIndex  # calendar words; keys "m<month>", "w<weekday>", "r<days back>"

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Calendar:
        camp = d["campaign"]
        return cls(
            epoch=date.fromisoformat(camp["epoch"]),
            first_attack=date.fromisoformat(camp["first_attack"]),
            window_start=date.fromisoformat(camp["window_start"]),
            window_end=date.fromisoformat(camp["window_end"]),
            day_count=re.compile("|".join(fold_pattern(p) for p in camp["day_count"])),
            names=PhraseIndex(
                {f"{kind}{k}": tuple(v) for kind, table in (("m", "months"), ("w", "weekdays"), ("r", "relative")) for k, v in d[table].items()}
            ),
        )

    def in_window(self, d: date) -> bool:
        return self.window_start <= d <= self.window_end
