"""Solar Hijri dates (Iran's civil calendar) read as the Gregorian day they name."""

from __future__ import annotations

from datetime import date

import pytest

from basewatch.services.enrich.domain.dates import solar_to_gregorian
from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1403, 1, 1), date(2024, 3, 20)),  # Nowruz after a leap February
        ((1402, 12, 29), date(2024, 3, 19)),  # the last day of a common year
        ((1403, 7, 12), date(2024, 10, 3)),
        ((1404, 12, 17), date(2026, 3, 8)),
        ((1399, 12, 30), date(2021, 3, 20)),  # the 30th of Esfand of a leap year
    ],
)
def test_a_solar_hijri_date_names_its_gregorian_day(solar: tuple[int, int, int], gregorian: date) -> None:
    """Known Solar Hijri days convert to the Gregorian days calendars give for them."""
    assert solar_to_gregorian(*solar) == gregorian


def test_a_day_past_the_end_of_a_solar_month_is_no_date() -> None:
    """The second half-year has 30-day months: the 31st of Mehr is no day."""
    assert solar_to_gregorian(1403, 7, 31) is None


def test_a_persian_report_dated_in_the_solar_calendar_gets_that_day() -> None:
    """A Persian report giving day, Solar Hijri month and year dates the attack on the Gregorian day."""
    (claim,) = claims_of("مقاومت اسلامی عراق روز ۱۲ مهر ۱۴۰۳ پایگاه عین الاسد را با پهپاد هدف قرار داد.", None, language="fa")
    assert str(claim.attack_date) == "2024-10-03"


def test_a_solar_month_name_without_day_and_year_dates_nothing() -> None:
    """A day before a month name that is also a noun ("تیر", a bullet), with no year, makes no date."""
    (claim,) = claims_of("روز ۱۲ تیر یک تیر به پایگاه عین الاسد شلیک شد و مقاومت اسلامی عراق مسئولیت حمله پهپادی را پذیرفت.", "2024-10-05", language="fa")
    assert (str(claim.attack_date), claim.date_basis) == ("2024-10-05", "publication")


def test_the_30th_of_esfand_of_a_common_year_is_no_date() -> None:
    """Esfand has 30 days only in a leap year: 30 Esfand 1402 does not exist (1402 is common, 1403 starts on 20 March)."""
    assert solar_to_gregorian(1402, 12, 30) is None
