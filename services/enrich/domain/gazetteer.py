"""The gazetteer: bases (with aliases and context phrases), armed groups and places, as matchers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz, process

from services.enrich.domain.text import fold

_ARABIC = re.compile(r"[\u0600-\u06FF]")


class Base(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    name: str
    country: str
    lat: float
    lon: float
    aliases: tuple[str, ...]
    context: tuple[str, ...] = ()
    source: str


def _literal(term: str) -> str:
    """A folded term as a regex: hyphens and spaces interchangeable, "al-" optional, Arabic proclitics allowed."""
    f = fold(term)
    if _ARABIC.search(f):
        return r"(?:[وبلف])?" + re.escape(f)
    f = re.sub(r"^(?:al|el|ash|as|at|ad|ar|an|az)-", "", f)
    body = r"[\s-]*".join(re.escape(part) for part in re.split(r"[\s-]+", f))
    return r"(?:(?:al|el|ash|as|at|ad|ar|an|az)[\s-]?)?" + body


class KnownAttack(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    base_id: str
    date: date
    killed: int
    side: str
    source: str


@dataclass(frozen=True)
class Gazetteer:
    bases: tuple[Base, ...]
    actors: dict[str, tuple[str, ...]]
    places: dict[str, tuple[str, ...]]
    known_attacks: tuple[KnownAttack, ...] = ()
    by_id: dict[str, Base] = field(init=False)
    _alias_rx: list[tuple[re.Pattern[str], str]] = field(init=False)
    _base_rx: re.Pattern[str] = field(init=False)
    _context_rx: list[tuple[re.Pattern[str], str]] = field(init=False)
    _actor_rx: list[tuple[re.Pattern[str], str]] = field(init=False)
    _place_rx: list[tuple[re.Pattern[str], str]] = field(init=False)
    fuzzy_choices: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        s = object.__setattr__
        s(self, "by_id", {b.id: b for b in self.bases})
        s(self, "_alias_rx", _per_key({b.id: list(b.aliases) for b in self.bases}))
        s(self, "_base_rx", re.compile("|".join(rx.pattern for rx, _ in self._alias_rx)))
        s(self, "_context_rx", _per_key({b.id: list(b.context) for b in self.bases if b.context}))
        s(self, "_actor_rx", _per_key({k: list(v) for k, v in self.actors.items()}))
        s(self, "_place_rx", _per_key({k: list(v) for k, v in self.places.items()}))
        s(self, "fuzzy_choices", {fold(a): b.id for b in self.bases for a in b.aliases if not _ARABIC.search(a) and len(a) >= 5})

    @classmethod
    def from_dicts(
        cls, bases: list[dict[str, Any]], actors: list[dict[str, Any]], places: list[dict[str, Any]], known: list[dict[str, Any]] | None = None
    ) -> Gazetteer:
        return cls(
            bases=tuple(Base.model_validate(b) for b in bases),
            actors={a["name"]: tuple(a["aliases"]) for a in actors},
            places={p["country"]: tuple(p["names"]) for p in places},
            known_attacks=tuple(KnownAttack.model_validate(k) for k in known or ()),
        )

    def find_bases(self, folded: str, start: int = 0, end: int | None = None) -> Iterator[tuple[str, int, int]]:
        """(base_id, start, end) of every alias in folded[start:end], longest match first at each place."""
        end = len(folded) if end is None else end
        if not self._base_rx.search(folded, start, end):
            return
        hits = sorted(
            ((m.start(), -(m.end() - m.start()), m.end(), key) for rx, key in self._alias_rx for m in rx.finditer(folded, start, end)),
        )
        last_end = -1
        for s, _, e, key in hits:
            if s >= last_end:
                last_end = e
                yield key, s, e

    def fuzzy_base(self, name: str, cutoff: float = 88.0) -> tuple[str, float] | None:
        """The base whose alias is closest to `name` (folded), with the score scaled to 0..1, above `cutoff`."""
        best = process.extractOne(name.strip(), list(self.fuzzy_choices), scorer=fuzz.ratio, score_cutoff=cutoff)
        return (self.fuzzy_choices[best[0]], round(best[1] / 100, 2)) if best else None

    def find_context(self, folded: str, start: int, end: int) -> str | None:
        return next((key for rx, key in self._context_rx if rx.search(folded, start, end)), None)

    def find_actor(self, folded: str, start: int, end: int) -> str | None:
        hits = [(m.start(), key) for rx, key in self._actor_rx if (m := rx.search(folded, start, end))]
        return min(hits)[1] if hits else None

    def countries_in(self, folded: str, start: int, end: int) -> list[str]:
        hits = sorted((m.start(), key) for rx, key in self._place_rx for m in rx.finditer(folded, start, end))
        return list(dict.fromkeys(key for _, key in hits))


def _per_key(table: dict[str, list[str]]) -> list[tuple[re.Pattern[str], str]]:
    out = []
    for key, terms in table.items():
        terms = sorted(set(terms), key=len, reverse=True)
        out.append((re.compile(r"(?<![\w])(?:" + "|".join(_literal(t) for t in terms) + r")(?![\w])"), key))
    return out
