"""Issue 11 item 6: claims the alert stage refuses (a base the gazetteer lacks, a claim id reused with other facts)."""

from __future__ import annotations

from datetime import date

import pytest

from basewatch.schemas import AlertRaised, EventOpened
from basewatch.services.alert.bases import known_base_ids, unknown_base
from basewatch.services.alert.domain.machine import ClaimIdReused, handle
from basewatch.services.alert.domain.state import KeyValueEventStore
from basewatch.services.enrich import resources
from basewatch.tools.pipeline import Pipeline
from tests.helpers import claim

TOWER = {"base_id": "tower-22", "base_name": "Tower 22", "country": "Jordan"}


def _decide(store: KeyValueEventStore, **kw: object) -> list[object]:
    decision = handle(store, claim(**kw))
    store.write(decision.changes)
    return list(decision.messages)


def test_a_claim_id_reused_with_another_toll_is_refused_and_the_first_decision_stands() -> None:
    """3 killed, then 5 under the same claim id: the second is a conflict naming the toll, and the state keeps 3."""
    store = KeyValueEventStore()
    _decide(store, **TOWER, killed=3)
    with pytest.raises(ClaimIdReused, match=r"claim_id reused with different content \(killed 3 -> 5\)"):
        handle(store, claim(**TOWER, killed=5))
    assert (member := store.member("c1")) is not None and member.killed == 3


def test_the_same_claim_redelivered_repeats_its_decision_without_a_conflict() -> None:
    """A redelivery (same id, same facts) re-sends what it decided: its event version and its alerts."""
    store = KeyValueEventStore()
    first = _decide(store, **TOWER, killed=3)
    again = handle(store, claim(**TOWER, killed=3)).messages
    assert [type(m) for m in again] == [type(m) for m in first] == [EventOpened, AlertRaised, AlertRaised]


def test_an_undated_claim_redelivered_after_the_feeds_clock_moved_repeats_its_decision() -> None:
    """The day the stage stamps on an undated report when it arrives (`arrived`) is the stage's, not the text's: no conflict on redelivery."""
    store = KeyValueEventStore()
    _decide(store, claim_id="c0", article_id="a0", **TOWER, published_at=date(2024, 1, 20))
    _decide(store, **TOWER, attack_date=None, date_basis=None, date_precision="none")
    _decide(store, claim_id="c2", article_id="a2", **TOWER, published_at=date(2024, 2, 2))  # the clock moves on
    again = handle(store, claim(**TOWER, attack_date=None, date_basis=None, date_precision="none"))
    assert (member := store.member("c1")) is not None and member.arrived == date(2024, 1, 28)  # the newest day seen: c0's attack
    assert [type(m) for m in again.messages] == [EventOpened]


def test_the_same_text_carried_by_another_outlet_is_not_a_conflict() -> None:
    """An identical copy from another outlet has the same article and claim ids by design: only its outlet, URL and date differ."""
    store = KeyValueEventStore()
    _decide(store, **TOWER, killed=3)
    again = handle(store, claim(**TOWER, killed=3, source="Outlet B", url="https://b.example/x"))
    assert again.messages  # repeated, not refused


def test_offline_skips_a_conflicting_claim_as_the_stream_dead_letters_it() -> None:
    """`run --offline` publishes nothing for a reused claim id with another toll, and carries on."""
    pipe = Pipeline()
    assert list(pipe.fold_claim(claim(**TOWER, killed=3)))
    assert list(pipe.fold_claim(claim(**TOWER, killed=5))) == []
    assert list(pipe.fold_claim(claim(claim_id="c2", article_id="a2", **TOWER, killed=3)))


def test_a_claim_naming_a_base_the_gazetteer_lacks_is_refused_with_the_id_and_the_next_step() -> None:
    """An unknown base id is refused with a reason naming it; a gazetteer base, or no base at all, passes."""
    known = known_base_ids()
    reason = unknown_base(claim(base_id="no-such-base"), known)
    assert reason is not None and "unknown base_id 'no-such-base'" in reason and "redrive" in reason
    assert unknown_base(claim(base_id="tower-22"), known) is None and unknown_base(claim(), known) is None


def test_the_alert_stage_knows_exactly_the_gazetteer_bases_enrich_links_to() -> None:
    """The ids the alert stage reads from the data file are the enrich gazetteer's, no more, no fewer."""
    assert known_base_ids() == frozenset(resources.gazetteer().by_id)
