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
