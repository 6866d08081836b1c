"""Loads the enrich stage's data files (gazetteer, actors, lexicon, calendar) once per process."""

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


@cache
def lexicon() -> Lexicon:
    return Lexicon.from_dict(_toml("lexicon.toml"))


@cache
def calendar() -> Calendar:
    return Calendar.from_dict(_toml("dates.toml"))


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer.from_dicts(
        _toml("bases.toml")["base"], _toml("actors.toml")["actor"], _toml("places.toml")["place"], _toml("known_attacks.toml")["attack"]
    )
