"""The alert stage's candidate lookup: a claim is compared only with the events it could join.

`machine._target` asks the store for the events near a dated claim without deaths (`near`) instead of
every live event at its base; these tests hold that narrowing to `dedup.compatible`'s own windows, so a
wider window there fails here instead of silently splitting events.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import product

from basewatch.services.alert.domain.dedup import RANK, Facts, compatible, member_of
from basewatch.services.alert.domain.machine import NEAR_DAYS
from basewatch.services.alert.domain.state import KeyValueEventStore
from tests.helpers import claim

DAY = date(2024, 1, 28)
BASES = ("harir", "tanf")


def _event(day: date | None, rank: int, killed: int | None, weapon: str) -> Facts:
    return Facts("harir", day, rank, "Iraq", False, weapon, killed, killed, None, "reported")  # type: ignore[arg-type]


def test_a_dated_claim_without_deaths_is_compatible_only_with_events_the_lookup_returns() -> None:
    """Every event `compatible` accepts for a dated claim without deaths is undated or within NEAR_DAYS of it."""
    joined = 0
    for basis, offset, rank, killed, weapon, claim_weapon, published in product(
        RANK, range(-40, 41), range(6), (None, 0, 3), ("drone", "rocket", "unknown"), ("drone", "unknown"), (None, 0, 1, 5)
    ):
        c = member_of(
            claim(
                base_id="harir", attack_date=DAY, date_basis=basis, weapon=claim_weapon, killed=None,
                published_at=None if published is None else DAY + timedelta(days=published),
            ),
            "",
        )  # fmt: skip
        event = _event(DAY + timedelta(days=offset), rank, killed, weapon)
        if compatible(event, c) is not None:
            joined += 1
            assert abs(offset) <= NEAR_DAYS, (basis, offset, rank, killed, weapon)
    assert joined > 0  # the enumeration reaches compatible pairs at all


def test_the_near_lookup_returns_undated_events_and_those_within_the_window_at_that_base() -> None:
    """`near` finds the base's events anchored within the window or undated, none elsewhere or at another base."""
    store = KeyValueEventStore()
    for i, (base, offset) in enumerate(product(BASES, (-3, -2, 0, 2, 3, None))):
        day = None if offset is None else DAY + timedelta(days=offset)
        m = member_of(claim(claim_id=f"c{i}", base_id=base, attack_date=day, date_basis="explicit" if day else None), f"{base}{offset}")
        store.write([(f"c:c{i}", m)])
    assert list(store.near("harir", DAY, 2)) == ["harir-2", "harir0", "harir2", "harirNone"]
    assert list(store.near("tanf", DAY - timedelta(days=3), 0)) == ["tanf-3", "tanfNone"]


def test_an_event_moved_to_another_day_leaves_its_old_place_in_the_lookup() -> None:
    """A better-dated report re-anchors an event: `near` finds it at its new day only."""
    store = KeyValueEventStore()
    guessed = member_of(claim(claim_id="c1", base_id="harir", attack_date=DAY + timedelta(days=9), date_basis="publication"), "e1")
    stated = member_of(claim(claim_id="c2", base_id="harir", attack_date=DAY, date_basis="explicit"), "e1")
    store.write([("c:c1", guessed)])
    assert list(store.near("harir", DAY + timedelta(days=9), 0)) == ["e1"]
    store.write([("c:c2", stated)])
    assert list(store.near("harir", DAY + timedelta(days=9), 0)) == [] and list(store.near("harir", DAY, 0)) == ["e1"]
