"""A relative day word written together with a weekday a day away from it names one day: the weekday's."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text", "published", "days"),
    [
        (
            "en",
            "Harir was attacked on Thursday evening. Also on Wednesday overnight, two drones targeted Harir air base.",
            "2023-11-10",
            {"2023-11-09", "2023-11-08"},
        ),
        ("en", "Two drones targeted Harir air base overnight Wednesday.", "2023-11-10", {"2023-11-08"}),
        ("fr", "Des drones ont visé hier dimanche la base de Harir.", "2024-01-23", {"2024-01-21"}),
        ("ar", "استهدفت المقاومة الإسلامية اليوم الاثنين قاعدة حرير بطائرة مسيرة.", "2024-01-21", {"2024-01-22"}),
        ("ar", "استهدفت المقاومة الإسلامية أمس الأحد قاعدة حرير بطائرة مسيرة.", "2024-01-22", {"2024-01-21"}),
    ],
    ids=["en-weekday-overnight", "en-overnight-weekday", "fr-stamped-late", "ar-stamped-early", "ar-agreeing"],
)
def test_a_weekday_written_with_a_relative_day_a_day_away_names_the_day(language: str, text: str, published: str, days: set[str]) -> None:
    """ "on Wednesday overnight" in a Friday story is Wednesday; "today Monday" on a page stamped Sunday is that Monday."""
    assert {str(c.attack_date) for c in claims_of(text, published, language=language)} == days
