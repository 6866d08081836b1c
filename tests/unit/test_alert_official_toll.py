"""An official account outweighs hearsay: deaths that only rumour or a militia gives, against officials' count of wounded.

Shaped like a real attack's reporting (in our own words): rockets hit a base; the defence ministry and a
second outlet quoting officials count five and seven personnel wounded and give no deaths, while one page
says "media reported two soldiers were killed" and a militia claims six dead. The attack is one event, and
an analyst is not told two were killed: a fatality alert already raised on the rumour is withdrawn.
"""

from __future__ import annotations

from datetime import date
from itertools import permutations
from typing import Any

from basewatch.schemas import AlertRaised, AlertRevised, ClaimExtracted
from tests.helpers import claim, fold_claims

BASE = {"base_id": "ain-al-asad", "base_name": "Ain al-Asad", "country": "Iraq", "place_text": "Ain al-Asad"}
DAY = date(2024, 8, 5)


def report(cid: str, status: str, **kw: Any) -> ClaimExtracted:
    """One outlet's claim of the attack, dated to the day, with its own source."""
    fields = {"claim_id": cid, "article_id": f"art-{cid}", "source": f"Outlet {cid}", "attack_date": DAY, "weapon": "rocket"}
    return claim(**(fields | BASE | {"status": status} | kw))


def official(cid: str, wounded: int) -> ClaimExtracted:
    return report(cid, "confirmed", wounded=wounded, casualty_side="US")


def hearsay(cid: str, killed: int, status: str = "reported") -> ClaimExtracted:
    return report(cid, status, killed=killed, casualty_side="US")


def fatality_alerts(claims: list[ClaimExtracted]) -> dict[str, AlertRaised | AlertRevised]:
    """Each fatality alert's last message."""
    messages, _ = fold_claims(claims)
    out: dict[str, AlertRaised | AlertRevised] = {}
    for m in messages:
        if isinstance(m, AlertRaised | AlertRevised) and m.kind == "fatality":
            out[m.alert_id] = m
    return out


def standing(claims: list[ClaimExtracted]) -> list[tuple[str, int | None]]:
    """The fatality alerts that still say someone was killed: (alert id, toll)."""
    return sorted((a.alert_id, a.killed) for a in fatality_alerts(claims).values() if a.killed)


def test_deaths_only_hearsay_gives_raise_no_alert_once_two_official_reports_count_only_wounded() -> None:
    """Two confirmed wounded-only reports from different outlets, then a rumour of two killed: no fatality alert."""
    assert fatality_alerts([official("p1", 5), official("p2", 7), hearsay("h1", 2)]) == {}


def test_a_fatality_alert_raised_on_hearsay_is_withdrawn_when_officials_count_only_wounded() -> None:
    """The rumour first raises an alert; the second official count withdraws it at the severity it was raised with
    (whoever was routed the deaths is routed the withdrawal), saying why."""
    alerts = fatality_alerts([hearsay("h1", 2), official("p1", 5), official("p2", 7)])
    (last,) = alerts.values()
    assert isinstance(last, AlertRevised)
    assert last.changes == ("withdrawn",)
    assert (last.killed or 0, last.previous_killed, last.severity) == (0, 2, "critical")
    assert "wounded only" in last.summary and "2 killed" in last.summary


def test_a_militia_claim_of_deaths_is_outweighed_like_a_rumour() -> None:
    """A claimed toll ("six soldiers killed", says the group) gives way to the officials' wounded count too."""
    assert standing([hearsay("m1", 6, "claimed"), official("p1", 5), official("p2", 7)]) == []


def test_one_official_wounded_count_does_not_outweigh_reported_deaths() -> None:
    """A single official report of wounded leaves the reported deaths standing: two outlets are needed."""
    assert [toll for _, toll in standing([hearsay("h1", 2), official("p1", 5)])] == [2]


def test_two_reports_from_one_outlet_count_as_one_official_account() -> None:
    """The same outlet's two wounded counts are one account: the reported deaths stand."""
    same = [official("p1", 5), report("p2", "confirmed", wounded=7, casualty_side="US", source="Outlet p1")]
    assert [toll for _, toll in standing([hearsay("h1", 2), *same])] == [2]


def test_confirmed_deaths_stand_beside_official_reports_of_wounded_only() -> None:
    """When one confirmed report gives deaths (Tower 22's three), wounded-only official reports change nothing."""
    claims = [official("p1", 25), official("p2", 34), report("c1", "confirmed", killed=3, wounded=40, casualty_side="US")]
    assert [toll for _, toll in standing(claims)] == [3]


def test_deaths_confirmed_after_a_withdrawal_revise_the_same_alert_again() -> None:
    """A rumour withdrawn, then a soldier's death confirmed: the same alert id gives deaths again (every report's
    figure counts once one is confirmed: one to two killed)."""
    first = fatality_alerts([hearsay("h1", 2), official("p1", 5), official("p2", 7)])
    again = fatality_alerts([hearsay("h1", 2), official("p1", 5), official("p2", 7), report("c1", "confirmed", killed=1, casualty_side="US")])
    assert set(again) == set(first)
    (last,) = again.values()
    assert isinstance(last, AlertRevised) and (last.killed_min, last.killed) == (1, 2) and "toll" in last.changes


def test_the_standing_alerts_do_not_depend_on_arrival_order() -> None:
    """Every order of the rumour, the claim and the two official counts ends with no alert saying anyone was killed."""
    claims = [hearsay("h1", 2), hearsay("m1", 6, "claimed"), official("p1", 5), official("p2", 7)]
    assert {tuple(standing(list(order))) for order in permutations(claims)} == {()}


def test_an_official_count_of_no_one_hurt_withdraws_deaths_only_the_militia_claims() -> None:
    """ "The group claimed it killed 20 US soldiers", then "the Pentagon said no US troops were hurt": the claimed
    deaths are withdrawn, saying officials counted no one killed or hurt, in any order."""
    denial = report("p1", "confirmed", killed=0, wounded=0)
    claims = [hearsay("m1", 20, "claimed"), denial]
    (last,) = fatality_alerts(claims).values()
    assert isinstance(last, AlertRevised) and last.changes == ("withdrawn",) and "no one killed or hurt" in last.summary
    assert {tuple(standing(list(order))) for order in permutations([*claims, hearsay("m2", 2, "claimed")])} == {()}


def test_an_official_count_of_no_one_hurt_leaves_deaths_the_press_reports() -> None:
    """The control: a press report of deaths ("media said two were killed") is no attackers' word; it stands beside one
    official denial, as a rumour does beside one official wounded count."""
    assert [toll for _, toll in standing([hearsay("h1", 2), report("p1", "confirmed", killed=0, wounded=0)])] == [2]
