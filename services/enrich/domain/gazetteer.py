"""The gazetteer: bases (with aliases and context phrases), armed groups and places, as matchers."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz, process

from basewatch.schemas.messages import Weapon
from basewatch.services.enrich.domain.phrases import NameIndex
from basewatch.services.enrich.domain.text import fold

# Weapon families: a report's "rockets" and the record's "missiles" are the same salvo; a drone is not a rocket.
WEAPON_FAMILY = {"drone": "drone", "rocket": "fire", "missile": "fire", "ballistic_missile": "fire", "mortar": "fire"}

_ARABIC = re.compile(r"[\u0600-\u06FF]")
OUTLET_NAME_MIN = 5  # letters of an outlet's name written as one word that a domain label may be ("almanar"; not "fars")


def _compact(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


class Base(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    name: str
    country: str
    lat: float
    lon: float
    aliases: tuple[str, ...]
    context: tuple[str, ...] = ()
    # Context phrases (also in `context`) naming the wide region the site lies in, where claims name other targets
    # too ("a vital target in the occupied Golan"): they place only a claim that tells casualties at the site.
    wide_context: tuple[str, ...] = ()
    # Region phrases that place only a base noun phrase ("a base housing US troops in western Iraq": the campaign's one
    # coalition site there), never a toll or a blast placed by the region alone ("rockets fell in western Iraq").
    site_context: tuple[str, ...] = ()
    # Garrisoned by the militias' own side (the PMF, the Iraqi army): its casualties are the attack's toll,
    # where elsewhere "a PMF member killed" marks a strike on the militias (extract.py, militia_target).
    militia_site: bool = False
    source: str


Day = date  # the type, for fields declared after a field named `date`


class KnownAttack(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    base_id: str
    date: date
    killed: int
    side: str
    source: str
    also_reported: tuple[int, ...] = ()  # other death tolls named sources gave for the same attack (SDF 6, SOHR 7)
    wounded: tuple[int, ...] = ()  # the wounded figures named sources gave for it (CENTCOM's 25, then 34, ...)
    announced: tuple[Day, ...] = ()  # later days its deaths were made public, which reports give as the day

    @property
    def tolls(self) -> tuple[int, ...]:
        """Every death toll by which reporting names the attack."""
        return (self.killed, *self.also_reported)


class HurtAttack(BaseModel):
    """An attack known by its wounded alone (`known_attacks.toml` `[[hurt]]`: "eight US troops were injured in a drone
    attack on a base in Syria", the Pentagon of 13 Aug 2024): no one died, the figure names it in its days."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    base_id: str
    date: date
    wounded: tuple[int, ...] = Field(min_length=1)  # the wounded figures named sources gave for it
    side: str
    source: str


class PastAttack(BaseModel):
    """A deadly attack on a base hosting US forces before the campaign (`known_attacks.toml` `[[before]]`), which
    undated pages retell ("a drone killed a US contractor at a base near Hasakah"): its deaths are history."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    date: date
    country: str
    base_id: str | None = None  # None: a site the gazetteer does not hold (K-1 near Kirkuk)
    killed: tuple[int, ...] = Field(min_length=1)  # every death toll reporting gave
    side: str | None = None  # None: the dead were of several sides or of none the schema names
    wounded: tuple[int, ...] = ()  # every wounded figure reporting gave
    source: str = Field(min_length=20)


class AttackDay(BaseModel):
    """One base attacked on one day of the campaign (`attack_calendar.toml`), as public reporting gives it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    date: date
    base_id: str
    weapon: tuple[Weapon, ...] = ()  # every weapon reported that day; empty when none was
    killed: int | None = None
    wounded: int | None = None
    source: str = Field(min_length=20)


class TallyPoint(BaseModel):
    """How many attacks the campaign had counted by a day (`attack_calendar.toml`, the Pentagon's running count)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    date: date
    attacks: int = Field(ge=0)
    source: str = Field(min_length=20)


class RareWeapon(BaseModel):
    """A weapon the calendar holds every use of (`attack_calendar.toml`): a report naming it fits only its days."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    weapon: Weapon
    source: str = Field(min_length=20)


class Twins(BaseModel):
    """Bases outlets confuse with each other (`attack_calendar.toml`): a report naming one may be of the other's attack."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    bases: tuple[str, ...] = Field(min_length=2)
    source: str = Field(min_length=20)


@dataclass(frozen=True)
class Gazetteer:
    bases: tuple[Base, ...]
    actors: dict[str, tuple[str, ...]]
    places: dict[str, tuple[str, ...]]
    known_attacks: tuple[KnownAttack, ...] = ()
    hurt_attacks: tuple[HurtAttack, ...] = ()  # attacks known by their wounded alone, for reports that name no base
    elsewhere: dict[str, tuple[str, ...]] = field(default_factory=dict)  # places outside the theatre, named for context
    attack_days: tuple[AttackDay, ...] = ()  # the campaign's calendar, for undated reports (attack_calendar.py)
    attack_twins: dict[str, frozenset[str]] = field(default_factory=dict)  # bases outlets confuse: one's record counts for the other
    tally: tuple[TallyPoint, ...] = ()  # the campaign's running count of attacks, by day, for pages that count them
    rare_weapons: frozenset[str] = frozenset()  # weapons the calendar holds every use of
    before: tuple[PastAttack, ...] = ()  # deadly attacks before the campaign, for undated pages that retell them
    media: dict[str, tuple[str, ...]] = field(default_factory=dict)  # outlets of a party to the war: what they report is a claim
    outside: dict[str, tuple[str, ...]] = field(default_factory=dict)  # armed groups of other wars (Lebanon's Hezbollah, the Houthis)
    outside_homes: dict[str, str] = field(default_factory=dict)  # an [[elsewhere]] place -> the group of another war it is home to
    insurgents: dict[str, tuple[str, ...]] = field(default_factory=dict)  # groups fighting the campaign's victims on their own (ISIS)
    nationals: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a country -> the words for its people ("Israeli")
    towns: dict[str, tuple[float, float, tuple[str, ...]]] = field(default_factory=dict)  # a city with no site of its own -> (lat, lon, names)
    by_id: dict[str, Base] = field(init=False)
    _names: NameIndex = field(init=False)  # aliases, context phrases, armed groups and places in one automaton
    fuzzy_choices: dict[str, str] = field(init=False)
    _fuzzy_names: tuple[str, ...] = field(init=False, repr=False)
    _outlet_names: dict[str, frozenset[str]] = field(init=False, repr=False)  # a party outlet -> its Latin names, compacted
    _aliases: dict[str, str] = field(init=False, repr=False)  # each alias folded, hyphens as spaces -> its base
    _attacked: frozenset[tuple[str, date]] = field(init=False, repr=False)  # (base, day) of every calendar entry

    def __post_init__(self) -> None:
        s = object.__setattr__
        s(self, "by_id", {b.id: b for b in self.bases})
        table = {f"base:{b.id}": b.aliases for b in self.bases} | {f"context:{b.id}": b.context for b in self.bases if b.context}
        table |= {f"site:{b.id}": b.site_context for b in self.bases if b.site_context}
        table |= {f"actor:{k}": v for k, v in self.actors.items()} | {f"place:{k}": v for k, v in self.places.items()}
        table |= {f"elsewhere:{k}": v for k, v in self.elsewhere.items()} | {f"media:{k}": v for k, v in self.media.items()}
        table |= {f"outside:{k}": v for k, v in self.outside.items()} | {f"insurgent:{k}": v for k, v in self.insurgents.items()}
        table |= {f"national:{k}": v for k, v in self.nationals.items()} | {f"town:{k}": v[2] for k, v in self.towns.items()}
        s(self, "_names", NameIndex(table))
        s(self, "fuzzy_choices", {fold(a): b.id for b in self.bases for a in b.aliases if not _ARABIC.search(a) and len(a) >= 5})
        s(self, "_fuzzy_names", tuple(self.fuzzy_choices))  # the choices in order, not listed anew per call
        s(self, "_aliases", {_alias_key(a): b.id for b in reversed(self.bases) for a in b.aliases})  # the first base listed wins
        s(self, "_attacked", frozenset((a.base_id, a.date) for a in self.attack_days))
        compact = {name: {_compact(a) for a in aliases if a.isascii()} for name, aliases in self.media.items()}
        s(self, "_outlet_names", {name: frozenset(x for x in names if len(x) >= OUTLET_NAME_MIN) for name, names in compact.items()})

    @classmethod
    def from_dicts(
        cls,
        bases: list[dict[str, Any]],
        actors: list[dict[str, Any]],
        places: list[dict[str, Any]],
        known: list[dict[str, Any]] | None = None,
        elsewhere: list[dict[str, Any]] | None = None,
        days: list[dict[str, Any]] | None = None,
        twins: list[dict[str, Any]] | None = None,
        media: list[dict[str, Any]] | None = None,
        outside: list[dict[str, Any]] | None = None,
        tally: list[dict[str, Any]] | None = None,
        before: list[dict[str, Any]] | None = None,
        rare: list[dict[str, Any]] | None = None,
        insurgents: list[dict[str, Any]] | None = None,
        towns: list[dict[str, Any]] | None = None,
        hurt: list[dict[str, Any]] | None = None,
    ) -> Gazetteer:
        return cls(
            bases=tuple(Base.model_validate(b) for b in bases),
            actors={a["name"]: tuple(a["aliases"]) for a in actors},
            places={p["country"]: tuple(p["names"]) for p in places},
            known_attacks=tuple(KnownAttack.model_validate(k) for k in known or ()),
            hurt_attacks=tuple(HurtAttack.model_validate(h) for h in hurt or ()),
            elsewhere={p["name"]: tuple(p["names"]) for p in elsewhere or ()},
            attack_days=tuple(AttackDay.model_validate(d) for d in days or ()),
            attack_twins={b: frozenset(t.bases) for t in map(Twins.model_validate, twins or ()) for b in t.bases},
            media={m["name"]: tuple(m["aliases"]) for m in media or ()},
            outside={o["name"]: tuple(o["aliases"]) for o in outside or ()},
            outside_homes={home: o["name"] for o in outside or () for home in o.get("homes", ())},
            tally=tuple(sorted((TallyPoint.model_validate(t) for t in tally or ()), key=lambda t: t.date)),
            before=tuple(PastAttack.model_validate(b) for b in before or ()),
            rare_weapons=frozenset(r.weapon for r in map(RareWeapon.model_validate, rare or ())),
            insurgents={i["name"]: tuple(i["aliases"]) for i in insurgents or ()},
            nationals={p["country"]: tuple(p["nationals"]) for p in places if p.get("nationals")},
            towns={t["name"]: (float(t["lat"]), float(t["lon"]), tuple(t["names"])) for t in towns or ()},
        )

    def attacked_on(self, base_id: str, day: date) -> bool:
        """The attack calendar has an entry for this base on this day."""
        return (base_id, day) in self._attacked

    def recorded_as(self, base_id: str) -> frozenset[str]:
        """The bases whose attack calendar entries may be this base's (itself and the bases outlets confuse it with)."""
        return self.attack_twins.get(base_id, frozenset()) | {base_id}

    def find_bases(self, folded: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
        """(base_id, start, end) of every alias in folded[start:end], longest match first at each place."""
        return self._names.find(folded, start, end, "base")

    def alias_base(self, phrase: str) -> str | None:
        """The base one of whose aliases `phrase` (folded) is, exactly, or None."""
        return self._aliases.get(_alias_key(phrase))

    def site_spans(self, folded: str) -> list[tuple[int, int]]:
        """Where the text names a base's site (its town or region: "Erbil", "Anbar")."""
        return [(s, e) for _, s, e in self._names.find(folded, 0, len(folded), "site")]

    def fuzzy_base(self, name: str, cutoff: float = 88.0) -> tuple[str, float] | None:
        """The base whose alias is closest to `name` (folded), with the score scaled to 0..1, above `cutoff`."""
        best = process.extractOne(name.strip(), self._fuzzy_names, scorer=fuzz.ratio, score_cutoff=cutoff)
        return (self.fuzzy_choices[best[0]], round(best[1] / 100, 2)) if best else None

    def km_between(self, a: str, b: str) -> float:
        """Great-circle distance in km between two bases' (approximate) coordinates."""
        x, y = self.by_id[a], self.by_id[b]
        return _km(x.lat, x.lon, y.lat, y.lon)

    def towns_far_from(self, base_id: str, km: float, folded: str, start: int, end: int) -> list[tuple[int, int]]:
        """Where folded[start:end] names a city (`towns`) more than `km` from the base."""
        base = self.by_id[base_id]
        return [(s, e) for name, s, e in self._names.find(folded, start, end, "town") if _km(base.lat, base.lon, *self.towns[name][:2]) > km]

    def context_hit(self, folded: str, start: int, end: int) -> tuple[str, int, int] | None:
        """The first context phrase of folded[start:end]: (base id, start, end), or None."""
        hits = self._names.find(folded, start, end, "context")
        return hits[0] if hits else None

    def find_context(self, folded: str, start: int, end: int) -> str | None:
        hit = self.context_hit(folded, start, end)
        return hit[0] if hit else None

    def find_site_context(self, folded: str) -> str | None:
        """The base whose region phrase (`site_context`) the described place `folded` holds, or None."""
        hits = self._names.find(folded, 0, len(folded), "site")
        return hits[0][0] if hits else None

    def wide_context_only(self, base_id: str, folded: str) -> bool:
        """Every context phrase of the base in `folded` names only the wide region around it (`wide_context`)."""
        wide = {fold(w) for w in self.by_id[base_id].wide_context}
        hits = [folded[s:e] for key, s, e in self._names.find(folded, 0, len(folded), "context") if key == base_id]
        return bool(hits) and all(h in wide for h in hits)

    def context_span(self, folded: str, start: int, end: int) -> tuple[int, int] | None:
        """Where the first context phrase of folded[start:end] stands, or None."""
        hit = self.context_hit(folded, start, end)
        return (hit[1], hit[2]) if hit else None

    def country_span(self, folded: str, start: int, end: int, country: str) -> tuple[int, int] | None:
        """Where folded[start:end] first names `country`, or None."""
        return next(((s, e) for key, s, e in self._names.find(folded, start, end, "place") if key == country), None)

    def find_actor(self, folded: str, start: int, end: int) -> str | None:
        hits = self._names.find(folded, start, end, "actor")
        return hits[0][0] if hits else None

    def actor_spans(self, folded: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """Where campaign groups are named in folded[start:end]."""
        return tuple((s, e) for _, s, e in self._names.find(folded, start, end, "actor"))

    def outside_attacker(self, folded: str, start: int, end: int) -> str | None:
        """An armed group of another war named in folded[start:end] ("a Hezbollah drone"), none of whose words belong
        to a campaign group's name there ("Kataib Hezbollah" is a campaign group; its "Hezbollah" is not Lebanon's)."""
        return next((name for name, _, _ in self._outside_actors(folded, start, end, "outside")), None)

    def insurgent_spans(self, folded: str, start: int, end: int) -> list[tuple[int, int]]:
        """Where folded[start:end] names a group that fights the campaign's victims on its own account (the Islamic
        State), outside a campaign group's name."""
        return [(s, e) for _, s, e in self._outside_actors(folded, start, end, "insurgent")]

    def find_media(self, folded: str, start: int, end: int) -> str | None:
        """The outlet of a party to the war named in folded[start:end] ("Al Mayadeen reported ..."), or None."""
        hits = self._names.find(folded, start, end, "media")
        return hits[0][0] if hits else None

    def outlet_of(self, source: str | None) -> str | None:
        """The party outlet that published a page, from its source (a domain, "french.almanar.com.lb", or a name):
        one of the labels of the domain, or the whole name, written as one of the outlet's Latin names without
        spaces or hyphens ("almanar", "almayadeen", "tasnimnews", "presstv")."""
        if not source:
            return None
        host = source.lower().split("://")[-1].split("/")[0]
        labels = {_compact(x) for x in host.split(".")} | {_compact(host)}
        return next((name for name, compact in self._outlet_names.items() if labels & compact), None)

    def outside_home_at(self, folded: str, start: int, end: int) -> str | None:
        """The group of another war whose home (Yemen, Lebanon) folded[start:end] names, or None."""
        return next((self.outside_homes[key] for key, _, _ in self._names.find(folded, start, end, "elsewhere") if key in self.outside_homes), None)

    def outside_home_spans(self, folded: str, start: int, end: int) -> list[tuple[int, int]]:
        """Where folded[start:end] names the home (Yemen, Lebanon) of another war's group."""
        return [(s, e) for key, s, e in self._names.find(folded, start, end, "elsewhere") if key in self.outside_homes]

    def countries_outside_actors(self, folded: str, start: int, end: int) -> list[str]:
        """Countries named in folded[start:end] outside a campaign group's name ("the Islamic Resistance in Iraq" places
        nothing in Iraq)."""
        return [key for key, _, _ in self._outside_actors(folded, start, end, "place")]

    def _outside_actors(self, folded: str, start: int, end: int, kind: str) -> list[tuple[str, int, int]]:
        """The names of `kind` in folded[start:end] that share no character with a campaign group's name there."""
        ours = self._names.find(folded, start, end, "actor")
        return [(key, s, e) for key, s, e in self._names.find(folded, start, end, kind) if not any(a < e and s < b for _, a, b in ours)]

    def countries_in(self, folded: str, start: int, end: int) -> list[str]:
        return list(dict.fromkeys(key for key, _, _ in self._names.find(folded, start, end, "place")))

    def national_span(self, folded: str, start: int, end: int, country: str) -> tuple[int, int] | None:
        """Where folded[start:end] first names `country`'s people ("israeliani"), or None."""
        return next(((s, e) for key, s, e in self._names.find(folded, start, end, "national") if key == country), None)

    def nationals_in(self, folded: str, start: int, end: int) -> list[str]:
        """The countries whose people folded[start:end] names ("two Israeli soldiers": Israel), in order."""
        return list(dict.fromkeys(key for key, _, _ in self._names.find(folded, start, end, "national")))

    def country_hits(self, folded: str, start: int, end: int) -> list[tuple[str, int, int]]:
        """(country, start, end) of every country name in folded[start:end]."""
        return self._names.find(folded, start, end, "place")

    def elsewhere_in(self, folded: str, start: int, end: int) -> list[tuple[int, int]]:
        """Spans of places outside the theatre ("Gaza", "Palestinians", "Lebanon") in folded[start:end]."""
        return [(s, e) for _, s, e in self._names.find(folded, start, end, "elsewhere")]


def _alias_key(alias: str) -> str:
    """An alias as exact lookup compares it: folded, its open-ending mark dropped, hyphens as spaces."""
    return " ".join(fold(alias).rstrip("*").replace("-", " ").split())


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p = math.pi / 180
    h = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))
