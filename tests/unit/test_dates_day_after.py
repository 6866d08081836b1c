"""A day told as the day after another ("the next day", "a day later", "le lendemain"): counted from the day the
sentence or the story named before it, never from the page's own day."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


def _days(text: str, language: str, published: str = "2024-07-17") -> dict[str | None, str | None]:
    return {c.base_id: (c.attack_date.isoformat() if c.attack_date else None) for c in claims_of(text, published, language=language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On April 21, drones hit the Rumalyn base in Syria, and a day later rockets struck Ain al-Asad air base in Iraq."),
        ("en", "On April 21, drones hit the Rumalyn base in Syria. The next day, rockets struck Ain al-Asad air base in Iraq."),
        ("fr", "Le 21 avril, des drones ont frappé la base de Rumalyn en Syrie. Le lendemain, des roquettes ont visé la base d'Aïn al-Assad en Irak."),
        ("es", "El 21 de abril, drones atacaron la base de Rumalyn en Siria. Al día siguiente, cohetes alcanzaron la base de Ain al Asad en Irak."),
        ("pt", "Em 21 de abril, drones atacaram a base de Rumalyn, na Síria. No dia seguinte, foguetes atingiram a base aérea de Ain al-Asad, no Iraque."),
        ("de", "Am 21. April trafen Drohnen den Stützpunkt Rumalyn in Syrien. Am nächsten Tag schlugen Raketen auf dem Stützpunkt Ain al-Assad im Irak ein."),
        ("ar", "في 21 نيسان استهدفت طائرات مسيرة قاعدة رميلان في سوريا. وفي اليوم التالي سقطت صواريخ على قاعدة عين الأسد في العراق."),
        ("zh", "4月21日,无人机袭击了叙利亚的鲁迈兰基地。次日,火箭弹击中伊拉克的阿萨德空军基地。"),
    ],
)
def test_the_next_day_is_one_day_after_the_day_told_before_it(language: str, text: str) -> None:
    """Rumalyn on 21 April, then "the next day" Ain al-Asad: 22 April, not the 21st again nor the page's day."""
    assert _days(text, language) == {"rumalyn": "2024-04-21", "ain-al-asad": "2024-04-22"}


def test_the_next_day_with_no_day_told_before_never_counts_from_the_page() -> None:
    """With no day told before it, "the next day" names no date after the page's own (a day not yet come)."""
    days = _days("Rockets struck Ain al-Asad air base the next day, officials said.", "en")
    assert days["ain-al-asad"] != "2024-07-18"
