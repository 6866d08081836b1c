"""An attack recalled as a few hours before the news is that day's news too; one recalled with its deaths stays recalled."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rockets hit the al-Omar base on Saturday. This targeting comes after a drone attack on the Conoco gas field base a few hours ago."),
        ("en", "Rockets hit the al-Omar base on Saturday. The attack came hours after drones struck the Conoco gas field base."),
        ("ar", "استهدفت صواريخ قاعدة حقل العمر يوم السبت. ويأتي هذا الهجوم بعد ساعات من هجوم بطائرة مسيرة على قاعدة حقل كونيكو."),
    ],
    ids=["en-a-few-hours-ago", "en-hours-after", "ar-hours-after"],
)
def test_an_attack_recalled_hours_before_the_news_is_news(language: str, text: str) -> None:
    """Conoco struck a few hours before al-Omar: both are the day's news."""
    claims = {c.base_id: c.background for c in claims_of(text, "2024-02-10", language=language)}
    assert claims == {"al-omar": False, "conoco": False}


def test_deaths_recalled_hours_before_stay_recalled() -> None:
    """ "... hours after the attack on Tower 22 that killed three": the famous attack, recalled for its toll."""
    text = "Rockets hit the Shaddadi base on Monday, hours after a drone attack on Tower 22 in Jordan killed three US soldiers."
    claims = {c.base_id: c.background for c in claims_of(text, "2024-01-29", language="en")}
    assert claims["al-shaddadi"] is False and claims.get("tower-22", True) is True
