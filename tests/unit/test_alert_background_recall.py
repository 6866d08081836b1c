"""Whose dead an alert names comes from the reports of the attack, not from another attack recalled as background.

Shaped like real reporting (our own words): a page tells of an attack at an airport base in which "a person died"
(no weapon, no side given); another page, about something else, recalls that "two weeks ago rockets near the airport killed a
civilian contractor and wounded an American". Both give one death at the base and no day, so they meet in one
event; the alert must not call the new death American because the recalled attack's sentence named one.
"""

from __future__ import annotations

from itertools import permutations
from typing import Any

from basewatch.schemas import AlertRaised, AlertRevised, ClaimExtracted, EventOpened, EventUpdated
from tests.helpers import claim, fold_claims

ERBIL = {"base_id": "erbil", "base_name": "Erbil air base", "country": "Iraq", "place_text": "Erbil airport"}


def undated(cid: str, **kw: Any) -> ClaimExtracted:
    fields = {"claim_id": cid, "article_id": f"art-{cid}", "source": f"Outlet {cid}", "attack_date": None, "date_basis": None, "killed": 1}
    return claim(**(fields | ERBIL | kw))


def last_fatality(claims: list[ClaimExtracted]) -> AlertRaised | AlertRevised:
    messages, _ = fold_claims(claims)
    (alert,) = {m.alert_id: m for m in messages if isinstance(m, AlertRaised | AlertRevised) and m.kind == "fatality"}.values()
    return alert


def test_a_background_recall_gives_no_side_to_a_report_that_names_none() -> None:
    """In either order the alert names no side and stays high, not critical: the American was the recalled attack's."""
    report = undated("r1")
    recall = undated("b1", weapon="rocket", casualty_side="US", wounded=1, background=True)
    for order in permutations([report, recall]):
        alert = last_fatality(list(order))
        assert (alert.casualty_side, alert.severity) == (None, "high")


def test_the_attack_s_own_report_names_the_side() -> None:
    """When the report of the attack itself names the dead as American, the alert says so and is critical."""
    alert = last_fatality([undated("r1", casualty_side="US"), undated("b1", weapon="rocket", background=True)])
    assert (alert.casualty_side, alert.severity) == ("US", "critical")


def test_an_event_of_recalled_reports_only_ends_with_no_notice_when_the_news_arrives() -> None:
    """A recalled fatal attack is kept unpublished; when its news arrives, no event.updated names the id never opened."""
    recall = claim(claim_id="b1", article_id="art-b1", background=True, killed=3, casualty_side="US", attack_date="2024-01-28", **ERBIL)
    news = claim(claim_id="r1", article_id="art-r1", killed=3, casualty_side="US", attack_date="2024-01-28", **ERBIL)
    messages, _ = fold_claims([recall, news])
    opened = {m.event_id for m in messages if isinstance(m, EventOpened)}
    strays = [m.event_id for m in messages if isinstance(m, EventUpdated) and m.event_id not in opened]
    assert opened and not strays, strays
