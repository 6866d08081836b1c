"""Loads the enrich stage's data files (gazetteer, actors, language packs, calendar) once per process."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from basewatch.services.enrich.domain.gazetteer import Gazetteer
from basewatch.services.enrich.domain.lexicon import Calendar, Lexicon

DATA = Path(__file__).resolve().parent / "data"


def _toml(name: str) -> dict[str, Any]:
    with (DATA / name).open("rb") as f:
        return tomllib.load(f)


def pack_files() -> list[Path]:
    """One language pack per file, `data/lang/<code>.toml`."""
    return sorted((DATA / "lang").glob("*.toml"))


@cache
def lexicon() -> Lexicon:
    return Lexicon.from_packs([_toml(f"lang/{p.name}") for p in pack_files()])


@cache
def calendar() -> Calendar:
    return Calendar.from_dict(_toml("dates.toml"), lexicon())


@cache
def gazetteer() -> Gazetteer:
    places, days, known, actors = _toml("places.toml"), _toml("attack_calendar.toml"), _toml("known_attacks.toml"), _toml("actors.toml")
    return Gazetteer.from_dicts(
        _toml("bases.toml")["base"], actors["actor"], places["place"], known["attack"], places["elsewhere"],
        days["attack"], days.get("twins"), actors.get("media"), actors.get("outside"), days.get("tally"), known.get("before"),
        days.get("rare"), actors.get("insurgent"), places.get("town"), known.get("hurt"),
    )  # fmt: skip
