"""Patterns found on real reports in the session-11 languages (probe langs11), in sentences of our own."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("no", "USA har angrepet militsen i Irak. Angrepet er et svar på et rakettangrep fredag mot basen Ain al-Asad der tre amerikanske soldater ble såret."),
        (
            "sv",
            "USA har anfallit milisen i Irak. Anfallet är ett svar på en raketattack i fredags mot basen Ain al-Asad där tre amerikanska soldater skadades.",
        ),
        (
            "da",
            "USA har angrebet militsen i Irak. Angrebet er et svar på et raketangreb fredag mod basen Ain al-Asad, hvor tre amerikanske soldater blev såret.",
        ),
    ],
)
def test_the_attack_a_strike_answers_is_recalled(language: str, text: str) -> None:
    """ "The strike is a response to an attack on Ain al-Asad": that attack is recalled (background), raising no alert."""
    claims = claims_of(text, "2024-01-23", language=language)
    assert [c.base_id for c in claims] == ["ain-al-asad"]
    assert claims[0].background
