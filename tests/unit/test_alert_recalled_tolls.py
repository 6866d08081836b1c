"""A toll told by a page that recalls the attack as background never outvotes the toll its news reports give.

Shaped like real reporting (our own words): the reports of a drone attack on an outpost in Jordan count three dead;
a week later, pages about the US retaliation recall "the attack on Tower 22" beside the strikes' own toll ("struck 85
targets, killing 16 people, in retaliation for the attack on Tower 22"). Two such pages once revised the fatality
alert to "16 killed". A recall still fills a toll no news report gave.
"""

from __future__ import annotations

from itertools import permutations
from typing import Any

from basewatch.schemas import AlertRaised, AlertRevised, ClaimExtracted
from tests.helpers import claim, fold_claims

TOWER = {"base_id": "tower-22", "base_name": "Tower 22", "country": "Jordan", "place_text": "Tower 22", "attack_date": "2024-01-28"}


def report(cid: str, **kw: Any) -> ClaimExtracted:
    return claim(**({"claim_id": cid, "article_id": f"art-{cid}", "source": f"Outlet {cid}"} | TOWER | kw))


def fatality(claims: list[ClaimExtracted]) -> AlertRaised | AlertRevised | None:
    messages, _ = fold_claims(claims)
    alerts = {m.alert_id: m for m in messages if isinstance(m, AlertRaised | AlertRevised) and m.kind == "fatality"}
    assert len(alerts) <= 1
    return next(iter(alerts.values()), None)


def test_two_recalls_carrying_another_toll_do_not_revise_the_news_toll_in_any_order() -> None:
    """News of 3 dead and 30 wounded, two background recalls with 16 dead and 5 wounded: the alert says 3 and 30 in every order."""
    news = report("n1", killed=3, wounded=30, casualty_side="US")
    recalls = [report(f"b{i}", killed=16, wounded=5, background=True) for i in (1, 2)]
    for order in permutations([news, *recalls]):
        alert = fatality(list(order))
        assert alert is not None and (alert.killed, alert.wounded) == (3, 30)


def test_a_recall_fills_a_toll_no_news_report_gave() -> None:
    """News of the attack with no toll, then a page recalling it "that killed three": the alert names three dead."""
    alert = fatality([report("n1"), report("b1", killed=3, background=True)])
    assert alert is not None and alert.killed == 3
