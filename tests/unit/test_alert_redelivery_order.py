"""A claim delivered again after claims it had not seen changes nothing (an enrich worker re-sending from its
committed offset behind claims another partition or a re-read already delivered)."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from basewatch.schemas import AlertRaised, AlertRevised, ClaimExtracted
from basewatch.services.alert.domain.state import KeyValueEventStore
from tests.helpers import claim, decide_all


def _ids(messages: list[Any]) -> set[tuple[str, str, int]]:
    """(type, id, version or revision) of each event and alert message: what the output topics would hold."""
    out = set()
    for m in messages:
        if isinstance(m, AlertRaised | AlertRevised):
            out.add((m.type, m.alert_id, m.revision))
        else:
            out.add((m.type, m.event_id, m.version))
    return out


def _published(claims: list[ClaimExtracted], drain: int | None = None) -> set[tuple[str, str, int]]:
    return _ids(decide_all(KeyValueEventStore(drain=drain), claims))


def _first_deliveries(claims: list[ClaimExtracted]) -> list[ClaimExtracted]:
    seen: set[str] = set()
    return [c for c in claims if not (c.claim_id in seen or seen.add(c.claim_id))]  # type: ignore[func-returns-value]


def _attack(n: int, base: str, day: date, killed: int | None) -> list[ClaimExtracted]:
    """Two outlets' reports of one attack; when it kills, the second outlet gives one death more (a revision)."""
    return [
        claim(claim_id=f"c{n}-{k}", article_id=f"a{n}-{k}", source=f"Outlet {k}", base_id=base, place_text=base, attack_date=day,
              killed=None if killed is None else killed + k, casualty_side="US" if killed else None)
        for k in range(2)
    ]  # fmt: skip


def _workload() -> list[ClaimExtracted]:
    """Attacks on three bases over two months, every other one fatal: four fatal attacks at each base."""
    bases = ["al-shaddadi", "conoco", "tal-baydar"]
    out: list[ClaimExtracted] = []
    for n in range(24):
        day = date(2023, 11 + n // 12, 1 + (n * 2) % 28)
        out += _attack(n, bases[n % 3], day, 2 if n % 2 == 0 else None)
    return out


def test_a_fatal_attack_redelivered_after_an_earlier_one_leaves_the_next_fatal_attack_its_own_event() -> None:
    """Reports of 6 Nov, then 4 Nov, then 6 Nov again: the fatal attack of 8 Dec at that base is still a new event with its own alert."""
    nov6, nov4, dec8 = (_attack(n, "al-shaddadi", d, 2) for n, d in [(1, date(2023, 11, 6)), (2, date(2023, 11, 4)), (3, date(2023, 12, 8))])
    messages = decide_all(KeyValueEventStore(), [*nov6, *nov4, *nov6, *dec8])
    dec8_events = {m.event_id: m.claim_ids for m in messages if m.type.startswith("event.") and m.attack_date == date(2023, 12, 8)}
    raised = {m.alert_id: m.attack_date for m in messages if isinstance(m, AlertRaised) and m.kind == "fatality"}
    assert list(dec8_events.values()) == [("c3-0", "c3-1")]  # one event, and no other report in it
    assert sorted(raised.values()) == [date(2023, 11, 4), date(2023, 11, 6), date(2023, 12, 8)]


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_claims_delivered_again_after_a_hole_publish_what_their_first_deliveries_publish(data: st.DataObject) -> None:
    """A run of claims lost from the first delivery and sent again from an earlier offset publishes the same ids as the claims once each."""
    claims = _workload()
    hole = data.draw(st.integers(1, len(claims) - 3))
    resumed = data.draw(st.integers(hole + 1, min(hole + 12, len(claims) - 1)))
    stop = data.draw(st.integers(resumed, len(claims)))
    again = data.draw(st.integers(0, hole))
    delivered = claims[:hole] + claims[resumed:stop] + claims[again:]
    drain = data.draw(st.sampled_from([None, 4]))
    assert _published(delivered, drain) == _published(_first_deliveries(delivered), drain)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 47), st.integers(0, 47)), max_size=12))
def test_a_claim_delivered_again_at_any_later_point_publishes_nothing_its_first_delivery_did_not(again: list[tuple[int, int]]) -> None:
    """Stale copies of earlier claims slipped in anywhere (after claim `at`, a copy of claim `back` <= at) change no published id."""
    claims = _workload()
    delivered = list(claims)
    for at, back in sorted(again, reverse=True):
        delivered.insert(at + 1, claims[min(back, at)])
    assert _published(delivered) == _published(claims)
