"""The board's view: folding alerts, events and claims, and what a newly opened page receives."""

from __future__ import annotations

from basewatch.services.enrich import resources
from basewatch.tools.board import BoardState


def test_a_record_read_twice_changes_nothing_and_is_not_pushed_again() -> None:
    """Alerts by alert_id:revision, events by event_id:version and claims by claim_id are applied once."""
    state = BoardState()
    alert = {"type": "alert.raised", "alert_id": "a", "revision": 0, "event_id": "e", "kind": "fatality", "severity": "high"}
    assert state.apply(alert, 1000) == ("alert", alert | {"received_at_ms": 1000})
    assert state.apply(alert, 2000) is None
    assert state.apply(alert | {"type": "alert.revised", "revision": 1}, 3000) is not None
    event = {"type": "event.opened", "event_id": "e", "version": 1, "claim_ids": ["c"]}
    assert state.apply(event) == ("event", event) and state.apply(event) is None
    assert state.apply({"type": "claim.extracted", "claim_id": "c"}) is not None
    assert state.apply({"type": "claim.extracted", "claim_id": "c"}) is None
    assert state.apply({"type": "dead.letter"}) is None and state.apply({"no": "type"}) is None
    assert len(state.feed) == 2 and len(state.events["e"]) == 1


def test_a_new_page_gets_every_base_of_the_gazetteer_the_events_and_only_the_claims_they_cite() -> None:
    """The snapshot carries all bases with coordinates (the map), the event versions and the cited claims."""
    state = BoardState()
    state.apply({"type": "claim.extracted", "claim_id": "cited"})
    state.apply({"type": "claim.extracted", "claim_id": "stray"})
    state.apply({"type": "event.opened", "event_id": "e", "version": 1, "claim_ids": ["cited"]})
    snap = state.snapshot()
    assert len(snap["bases"]) == len(resources.gazetteer().bases) and all({"lat", "lon", "id"} <= b.keys() for b in snap["bases"])
    assert list(snap["claims"]) == ["cited"] and list(snap["events"]) == ["e"]
