"""News told before a recall cue, and a famous attack's deaths told after it: the news stays news, the deaths recalled."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Des roquettes ont visé lundi la base de Shaddadi en Syrie, au lendemain de l'attaque de drone qui a tué la veille "
            "trois soldats américains à la Tour 22 en Jordanie.",
        ),
        ("en", "Rockets hit the Shaddadi base in Syria on Monday, a day after three American soldiers were killed in a drone attack on Tower 22 in Jordan."),
    ],
    ids=["fr-au-lendemain-la-veille", "en-a-day-after"],
)
def test_an_attack_told_before_a_recall_of_deaths_the_day_before_stays_news(language: str, text: str) -> None:
    """Shaddadi hit on Monday is news; Tower 22's three dead "the day before" are recalled."""
    claims = {c.base_id: c for c in claims_of(text, "2024-01-29", language=language)}
    assert (claims["al-shaddadi"].background, str(claims["al-shaddadi"].attack_date)) == (False, "2024-01-29")
    assert claims.get("tower-22") is None or claims["tower-22"].background
