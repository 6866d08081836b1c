"""An event's day: the attack calendar's day, given by most reports, over a few reports a night off it."""

from __future__ import annotations

from datetime import date
from itertools import permutations
from typing import Any

from basewatch.schemas import ClaimExtracted, EventOpened, EventUpdated
from tests.helpers import claim, fold_claims

TOWER = {"base_id": "tower-22", "base_name": "Tower 22", "country": "Jordan", "weapon": "drone", "killed": 3, "casualty_side": "US"}


def stated(claim_id: str, day: date, **kw: Any) -> ClaimExtracted:
    return claim(**({"claim_id": claim_id, "article_id": f"a-{claim_id}", "attack_date": day, "date_basis": "relative", "date_precision": "day"} | TOWER | kw))


def calendar(claim_id: str, day: date) -> ClaimExtracted:
    return claim(
        **({"claim_id": claim_id, "article_id": f"a-{claim_id}", "attack_date": day, "date_basis": "inferred", "date_precision": "approximate"} | TOWER)
    )


def final_days(claims: list[ClaimExtracted]) -> dict[tuple[str, ...], date | None]:
    """Live events (claim ids -> attack day) after folding the claims in this order."""
    out, _ = fold_claims(claims)
    last: dict[str, EventOpened | EventUpdated] = {}
    for m in out:
        if isinstance(m, EventOpened | EventUpdated):
            last[m.event_id] = m
    return {v.claim_ids: v.attack_date for v in last.values() if v.merged_into is None}


def test_a_night_off_report_does_not_move_an_attack_most_reports_date_by_the_calendar() -> None:
    """One report states the 27th (a US evening), three are dated the 28th by the attack calendar: the event is the 28th's."""
    reports = [stated("s1", date(2024, 1, 27)), calendar("c1", date(2024, 1, 28)), calendar("c2", date(2024, 1, 28)), calendar("c3", date(2024, 1, 28))]
    for order in permutations(reports):
        assert final_days(list(order)) == {("c1", "c2", "c3", "s1"): date(2024, 1, 28)}


def test_the_stated_day_places_the_event_when_the_calendar_reports_are_no_more() -> None:
    """One stated report and one dated by the calendar a night off: the stated day places the event."""
    reports = [stated("s1", date(2024, 1, 27)), calendar("c1", date(2024, 1, 28))]
    for order in permutations(reports):
        assert final_days(list(order)) == {("c1", "s1"): date(2024, 1, 27)}


def test_two_calendar_reports_keep_the_attack_on_the_calendars_day_against_one_stated_a_night_off() -> None:
    """Two reports dated the 28th by the calendar, then one stating the 27th (a US evening): the event stays the 28th's,
    so its alert is not revised to the 27th and back when the next calendar report comes."""
    reports = [calendar("c1", date(2024, 1, 28)), calendar("c2", date(2024, 1, 28)), stated("s1", date(2024, 1, 27))]
    for order in permutations(reports):
        assert final_days(list(order)) == {("c1", "c2", "s1"): date(2024, 1, 28)}


def test_the_vote_of_stated_days_decides_when_one_of_them_is_the_calendars_day() -> None:
    """Two reports state the 28th and one the 27th, four are dated the 27th by the calendar: stated days vote as before."""
    reports = [stated("s1", date(2024, 1, 27)), stated("s2", date(2024, 1, 28)), stated("s3", date(2024, 1, 28))]
    reports += [calendar(f"c{n}", date(2024, 1, 27)) for n in range(4)]
    assert list(final_days(reports).values()) == [date(2024, 1, 28)]
