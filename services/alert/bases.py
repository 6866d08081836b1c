"""Alert stage: the base ids of the gazetteer, so a claim naming a base the gazetteer lacks is refused at the edge.

The gazetteer is the enrich stage's data file (`services/enrich/data/bases.toml`); stages import nothing from
each other, so this reads only the ids from it. A claim whose `base_id` is not one of them (a foreign producer,
or an enrich worker deployed with a newer gazetteer than this one) goes to `claims.dlq` with the reason: an
alert about a base nobody can place, or a guess at which event it belongs to, would be worse than a record kept
for a redrive once both stages run the same gazetteer.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from basewatch.schemas import ClaimExtracted

GAZETTEER = Path(__file__).resolve().parent.parent / "enrich" / "data" / "bases.toml"


@cache
def known_base_ids(path: Path = GAZETTEER) -> frozenset[str]:
    with path.open("rb") as f:
        return frozenset(str(base["id"]) for base in tomllib.load(f)["base"])


def unknown_base(claim: ClaimExtracted, known: frozenset[str]) -> str | None:
    """Why a claim is refused for its base (None when it names a known base, or none at all)."""
    if claim.base_id is None or claim.base_id in known:
        return None
    return f"unknown base_id {claim.base_id[:100]!r}: not in the gazetteer ({len(known)} bases); update the alert worker's gazetteer, then redrive"
