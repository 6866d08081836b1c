"""The same claims in any order give the same final events and alerts (a partitioned alert stage needs this)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from basewatch.schemas import AlertRaised, AlertRevised, ClaimExtracted, EventOpened, EventUpdated
from basewatch.services.alert.domain.machine import handle
from basewatch.services.alert.domain.state import KeyValueEventStore
from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools.inputs import read
from basewatch.tools.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"


@cache
def real_claims() -> tuple[ClaimExtracted, ...]:
    """What `basewatch extract` finds in tests/data/articles.jsonl and the seed articles (when present).

    Left out: claims with neither an attack day nor a publication day nor anything else that says which
    attack they are (a month, deaths or wounded to repeat): such a claim opens its own event, and retention
    ages it by the feed's clock when it arrived. A claim with only a month or a count of wounded is placed
    from the attacks on record, whatever the order (tests/unit/test_alert_month_placement.py).
    """
    paths = [str(ROOT / "tests" / "data" / "articles.jsonl")] + ([str(SEEDS)] if SEEDS.exists() else [])
    pipe = Pipeline()
    claims = (c for raw in read(paths) if isinstance(raw, RawArticle) for c in pipe.claims(pipe.receive(raw)))
    return tuple(c for c in claims if c.attack_date is not None or c.published_at is not None or c.date_month is not None or c.killed or c.wounded)


def final_state(claims: list[ClaimExtracted]) -> tuple[Any, ...]:
    """Live events (id, members, facts) and alerts (id, kind, final facts), each as a sorted tuple."""
    store = KeyValueEventStore()
    events: dict[str, EventOpened | EventUpdated] = {}
    alerts: dict[str, AlertRaised | AlertRevised] = {}
    for c in claims:
        decision = handle(store, c)
        store.write(decision.changes)
        for m in decision.messages:
            if isinstance(m, EventOpened | EventUpdated):
                events[m.event_id] = m
            elif isinstance(m, AlertRaised | AlertRevised):
                alerts[m.alert_id] = m
    live = sorted(
        (e.event_id, e.claim_ids, e.base_id, e.attack_date, e.killed_min, e.killed, e.status, e.urls, e.first_seen)
        for e in events.values() if e.merged_into is None
    )  # fmt: skip
    # new_target names the first event at its base in the log, which is what order changes: its id and base are compared
    final = sorted(
        (a.alert_id, a.kind, a.base_id) if a.kind == "new_target" else (a.alert_id, a.kind, a.event_id, a.attack_date, a.killed_min, a.killed, a.status)
        for a in alerts.values()
    )
    return tuple(live), tuple(final)


def test_real_claim_sets_exist() -> None:
    """The property below runs on real extraction output, not an empty list."""
    assert len(real_claims()) >= 10


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_same_claims_in_any_order_give_the_same_final_events_and_alerts(data: st.DataObject) -> None:
    """Any permutation of a real claim set ends with the same event ids, members, facts and alerts."""
    claims = list(real_claims())
    if not claims:
        pytest.skip("no claims")
    shuffled = data.draw(st.permutations(claims))
    assert final_state(list(shuffled)) == final_state(claims)
