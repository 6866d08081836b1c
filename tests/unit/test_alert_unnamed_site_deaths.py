"""Deaths at a site no report names: undated copies of one story make one attack and one fatality alert.

The shape is that of the real reporting of the March 2023 drone attack on a maintenance site of a coalition
base near Hasakah (one US contractor killed, five soldiers and a contractor wounded), retold in many languages
on pages without a date, none naming the base: each opened an event of its own and raised a fatality alert of
its own (four alerts for one death in a probe of real articles). Reports in our own words.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from basewatch.schemas import AlertRaised, AlertRevised
from tests.helpers import claim, fold_claims

UNNAMED: dict[str, Any] = {"base_id": None, "base_name": None, "country": "Syria", "attack_date": None, "date_basis": None}
DEAD_CONTRACTOR: dict[str, Any] = {**UNNAMED, "place_text": "a base near Hasakah", "killed": 1, "wounded": 6, "weapon": "drone", "casualty_side": "US"}


def _fatality_ids(messages: list[Any]) -> set[str]:
    return {m.alert_id for m in messages if isinstance(m, AlertRaised | AlertRevised) and m.kind == "fatality"}


def _claims(rows: list[dict[str, Any]]) -> list[Any]:
    return [claim(claim_id=f"u{i}", article_id=f"a{i}", source=f"Outlet {i}", **row) for i, row in enumerate(rows)]


def test_undated_reports_of_the_same_deaths_at_an_unnamed_site_raise_one_fatality_alert() -> None:
    """Three undated stories of one US contractor killed at a base in Syria, one counting five wounded, are one attack with one alert."""
    messages, _ = fold_claims(_claims([DEAD_CONTRACTOR, DEAD_CONTRACTOR, {**DEAD_CONTRACTOR, "wounded": 5, "weapon": "unknown"}]))
    assert len(_fatality_ids(messages)) == 1


def test_other_deaths_at_unnamed_sites_keep_their_own_alerts() -> None:
    """Two SDF fighters killed in Syria, one death in Iraq, and one US death in an attack with rockets are other attacks: four alerts."""
    rows = [
        DEAD_CONTRACTOR,
        {**DEAD_CONTRACTOR, "killed": 2, "wounded": None, "casualty_side": "partner"},
        {**DEAD_CONTRACTOR, "country": "Iraq"},
        {**DEAD_CONTRACTOR, "weapon": "rocket"},
    ]
    messages, _ = fold_claims(_claims(rows))
    assert len(_fatality_ids(messages)) == 4


def test_a_dated_report_and_undated_copies_of_the_same_unnamed_site_deaths_are_one_alert_in_any_order() -> None:
    """The dated wire story and three undated copies (one without the wounded): one fatality alert dated by the wire, whatever comes first.

    What the alerts finally say is compared, not their ids: an unnamed site's alert is named by the event it was
    first raised for (the least claim id of its reports then), as before this rule."""
    rows = [
        {**DEAD_CONTRACTOR, "attack_date": date(2023, 3, 23), "date_basis": "explicit", "published_at": date(2023, 3, 24), "wounded": 5},
        DEAD_CONTRACTOR,
        {**DEAD_CONTRACTOR, "wounded": None, "weapon": "unknown"},
        DEAD_CONTRACTOR,
        {**DEAD_CONTRACTOR, "killed": 2, "casualty_side": "partner"},  # another attack: its own alert
    ]
    finals = set()
    for order in itertools.permutations(_claims(rows)):
        messages, _ = fold_claims(list(order))
        ids = _fatality_ids(messages)
        last = {m.alert_id: m for m in messages if isinstance(m, AlertRaised | AlertRevised) and m.kind == "fatality"}
        finals.add(tuple(sorted((str(last[a].attack_date), last[a].killed) for a in ids)))
    assert finals == {(("2023-03-23", 1), ("None", 2))}
