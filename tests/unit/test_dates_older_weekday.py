"""A day and month whose weekday no campaign year fits belong to an older story, never to a campaign day."""

from __future__ import annotations

from datetime import date

import pytest

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain.dates import Mention, resolve, weekday_before_campaign
from tests.helpers import claims_of


def _said(day: int, month: int, weekday: int) -> Mention:
    return Mention(0, 10, day=day, month=month, weekday=weekday)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Dimanche 20 juin, des drones ont visé la base aérienne d'Erbil, sans faire de victimes."),
        ("en", "On Sunday, June 20, drones struck the air base at Erbil airport, causing no casualties."),
        ("es", "El domingo 20 de junio, varios drones atacaron la base aérea de Erbil sin causar víctimas."),
    ],
)
def test_an_undated_story_of_a_sunday_20_june_is_an_older_year_s_and_gives_no_campaign_claim(language: str, text: str) -> None:
    """20 June fell on a Sunday in 2021, on no Sunday from 2023 to 2026: the page retells an attack before the campaign."""
    assert [c for c in claims_of(text, language=language) if c.base_id] == []


def test_a_day_and_month_whose_weekday_a_campaign_year_fits_keeps_that_year() -> None:
    """Friday 20 October is 2023's: the story stays a campaign attack on that day."""
    found = [c for c in claims_of("Vendredi 20 octobre, des drones ont visé la base d'al-Tanf.", language="fr") if c.base_id]
    assert [(c.base_id, c.attack_date) for c in found] == [("al-tanf", date(2023, 10, 20))]


def test_the_weekday_decides_between_a_campaign_year_and_an_older_one() -> None:
    """Wednesday 20 October is 2021's (2023's was a Friday), Thursday 28 December 2023's; a wrong weekday no year before fits stays read."""
    cal = resources.calendar()
    assert weekday_before_campaign(_said(20, 10, 2), cal)
    assert resolve(_said(20, 10, 2), None, cal) is None
    assert not weekday_before_campaign(_said(28, 12, 3), cal)
    assert resolve(_said(28, 12, 3), None, cal) == date(2023, 12, 28)
    assert not weekday_before_campaign(Mention(0, 10, day=20, month=10), cal)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("id", "Pangkalan militer AS di Harir diserang drone pada Minggu (25/12) malam."),
        ("en", "Drones attacked Harir air base on Sunday, December 25."),
    ],
)
def test_a_wrong_weekday_on_a_page_of_the_same_week_is_a_slip_and_keeps_the_campaign_day(language: str, text: str) -> None:
    """25 December 2023 was a Monday (a Sunday in 2022): a page of 27 December 2023 tells that week's attack, not 2022's."""
    found = [(c.base_id, c.attack_date) for c in claims_of(text, "2023-12-27", language=language) if c.base_id]
    assert found == [("harir", date(2023, 12, 25))]
    assert [c for c in claims_of(text, "2024-03-27", language=language) if c.base_id] == []
