"""A claim's status: confirmed by an official, claimed by its attackers, or reported; the press confirming is a report."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Israeli media confirmed that the rocket attack on Ain al-Asad air base on Monday killed two American soldiers."),
        ("en", "A Kurdish television channel confirmed that drones struck Harir air base on Tuesday."),
        ("es", "Los medios israelíes confirmaron que el ataque con cohetes contra la base de Ain al-Asad el lunes mató a dos soldados."),
        ("fr", "Les médias israéliens ont confirmé que des roquettes ont frappé la base d'Aïn al-Asad lundi."),
    ],
)
def test_a_confirmation_the_news_media_give_is_a_report(language: str, text: str) -> None:
    """ "Israeli media confirmed ...", "Los medios ... confirmaron": the press tells it; no official confirmed it."""
    claims = claims_of(text, "2024-08-06", language=language)
    assert claims and {c.status for c in claims} == {"reported"}, [(c.base_id, c.status) for c in claims]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Pentagon confirmed that rockets struck Ain al-Asad air base on Monday, wounding five Americans."),
        ("en", "Pentagon Press Secretary Pat Ryder confirmed that a drone struck Harir air base on Tuesday."),
        ("en", "A US official confirmed to a news channel that a drone struck Harir air base on Tuesday."),
        ("en", "Drones attacked the al-Tanf garrison on Monday, a television channel reported, citing a Pentagon official."),
        ("ar", "ونقلت صحيفة وول ستريت جورنال عن مسؤول أمريكي أن طائرة مسيرة استهدفت قاعدة التنف يوم الاثنين."),
        ("es", "El Pentágono confirmó que cohetes impactaron la base de Ain al-Asad el lunes."),
    ],
)
def test_an_officials_confirmation_is_confirmed_even_beside_the_press(language: str, text: str) -> None:
    """The Pentagon, its press secretary, an official speaking to a channel or relayed by one: an official confirmed it."""
    claims = claims_of(text, "2024-08-06", language=language)
    assert claims and {c.status for c in claims} == {"confirmed"}, [(c.base_id, c.status) for c in claims]


def _status(text: str, language: str = "en") -> list[str]:
    return [c.status for c in claims_of(text, "2024-08-08", language=language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Islamic Resistance in Iraq confirmed it had struck Harir air base with two drones on Tuesday."),
        ("en", "Kataib Hezbollah said it fired rockets at the Conoco base on Tuesday."),
        ("ar", "أكدت المقاومة الإسلامية في العراق أنها استهدفت قاعدة حرير بطائرتين مسيرتين يوم الثلاثاء."),
        ("fr", "La Résistance islamique en Irak a confirmé mardi avoir frappé la base de Harir avec deux drones."),
    ],
)
def test_the_attacking_group_confirming_its_own_attack_is_its_claim(language: str, text: str) -> None:
    """A verb of saying or confirming whose subject is the campaign group is its claim, never an official confirmation."""
    assert _status(text, language) == ["claimed"]


def test_an_official_confirming_the_groups_attack_confirms_it() -> None:
    """An official named as the one who confirms keeps the claim confirmed, the group named after the verb or not."""
    text = "The Pentagon confirmed that the Islamic Resistance in Iraq struck Harir air base with drones on Tuesday."
    assert _status(text) == ["confirmed"]
