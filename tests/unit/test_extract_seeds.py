"""The five seed articles give what a careful analyst extracts (shared/seeds/gold.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from basewatch.services.enrich import resources
from basewatch.tools.score import base_id_of
from tests.helpers import claims_of

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def _gold() -> list[dict]:  # type: ignore[type-arg]
    if not (SEEDS / "gold.jsonl").exists():
        return []
    return [json.loads(line) for line in (SEEDS / "gold.jsonl").read_text().splitlines() if line.strip()]


GOLD = _gold()
needs_seeds = pytest.mark.skipif(not GOLD, reason=f"seed articles not found at {SEEDS}")


@needs_seeds
@pytest.mark.parametrize("row", GOLD, ids=[g["file"] for g in GOLD])
def test_every_attack_on_a_named_or_known_base_is_found_linked_and_dated(row: dict) -> None:  # type: ignore[type-arg]
    """Each gold attack with a base appears as a claim on that base with the gold date and casualties."""
    claims = claims_of((SEEDS / row["file"]).read_text())
    gaz = resources.gazetteer()
    for attack in row["attacks"]:
        if not attack.get("base"):
            continue
        base_id = base_id_of(attack["base"], gaz)
        on_base = [c for c in claims if c.base_id == base_id and (attack["date"] is None or c.attack_date is None or str(c.attack_date) == attack["date"])]
        assert on_base, f"no claim on {attack['base']} in {row['file']}: {[(c.base_id, c.attack_date) for c in claims]}"
        c = on_base[0]
        if attack["date"] and row.get("published_at") is None and c.attack_date is None:
            assert c.date_precision == "none"  # an undated article that names only a weekday: no day is invented
        elif attack["date"]:
            assert str(c.attack_date) == attack["date"]
        if attack.get("killed"):
            assert c.killed == attack["killed"]
        if attack.get("wounded"):
            assert c.wounded == attack["wounded"]
        if attack.get("weapon") not in (None, "unknown"):
            assert c.weapon == attack["weapon"]
        assert c.background == (not attack["new_report"])


@needs_seeds
@pytest.mark.parametrize("row", GOLD, ids=[g["file"] for g in GOLD])
def test_no_claim_is_made_of_strikes_counts_or_statements(row: dict) -> None:  # type: ignore[type-arg]
    """The article yields no more claims than gold lists attacks (US strikes, aggregates, threats are not claims)."""
    claims = claims_of((SEEDS / row["file"]).read_text())
    assert len(claims) <= len(row["attacks"]), [c.place_text for c in claims]


@needs_seeds
def test_unnamed_outpost_near_the_syria_jordan_border_is_linked_by_context() -> None:
    """Seed 000 never names Tower 22; its place, date and toll still make the claim."""
    (c, *_) = claims_of((SEEDS / "000_d17184bd8cc5316f.txt").read_text())
    assert (c.base_id, c.link_method, str(c.attack_date), c.killed, c.wounded, c.casualty_side) == ("tower-22", "context", "2024-01-28", 3, 34, "US")
    assert c.link_confidence < 1.0


@needs_seeds
def test_unlinked_claims_keep_their_place_text() -> None:
    """ "one base in Israel" names no known base: the claim is kept, unlinked, with its country."""
    claims = claims_of((SEEDS / "000_d17184bd8cc5316f.txt").read_text())
    israel = [c for c in claims if c.place_text == "one base in Israel"]
    assert israel and israel[0].base_id is None and israel[0].country == "Israel"
