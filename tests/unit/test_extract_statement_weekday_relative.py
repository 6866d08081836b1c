"""On an undated page, the weekday of the attack is the reported words' weekday, or the statement's moved back by "yesterday"."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of

# Sentences written for this test (our own words); none of the pages has a publication date.
_CASES = [
    ("A US official said on Sunday that troops were lightly hurt in a rocket attack on Ain al-Asad air base yesterday.", "ain-al-asad", 5),
    ("Officials said on Tuesday that rockets hit Ain al-Asad on Monday.", "ain-al-asad", 0),
]


@pytest.mark.parametrize(("text", "base_id", "weekday"), _CASES, ids=["yesterday-before-sunday", "monday-is-weekday-zero"])
def test_an_undated_report_keeps_the_attack_weekday_not_the_statement_day(text: str, base_id: str, weekday: int) -> None:
    """Saturday for "said on Sunday ... yesterday"; Monday (weekday 0) named in the reported words is kept."""
    (claim,) = claims_of(text, None, language="en")
    assert (claim.base_id, claim.attack_date, claim.date_weekday) == (base_id, None, weekday)


# "yesterday" written beside a weekday names that weekday (our own words, undated pages)
_SAME_DAY = [
    ("es", "Un portavoz del Pentágono dijo ayer lunes que dos cohetes cayeron en la base de Ain al Asad.", "ain-al-asad", 0),
    ("ar", "قال مسؤول أمريكي، أمس الخميس، إن طائرة مسيرة استهدفت قاعدة حرير.", "harir", 3),
]


@pytest.mark.parametrize(("language", "text", "base_id", "weekday"), _SAME_DAY, ids=["ayer-lunes", "ams-al-khamis"])
def test_yesterday_written_beside_a_weekday_is_that_weekday_not_a_day_before_it(language: str, text: str, base_id: str, weekday: int) -> None:
    """ "ayer lunes", "أمس الخميس": one day told twice; the attack's weekday is not moved back a day from it."""
    (claim,) = claims_of(text, None, language=language)
    assert (claim.base_id, claim.attack_date, claim.date_weekday) == (base_id, None, weekday)
