"""Fixed-date holidays date an attack: "a Christmas Day drone attack" happened on 25 December."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain.packs import LanguagePack
from tests.helpers import claims_of

# Sentences written for this test: an attack named by the holiday it fell on, read a day or more later.
_CASES = [
    ("en", "2023-12-26", "Jets hit militia depots after a Christmas Day drone attack wounded three US troops at Erbil air base.", "erbil", "2023-12-25"),
    ("de", "2023-12-27", "Am ersten Weihnachtsfeiertag griff eine Drohne den Stützpunkt in Erbil an, drei US-Soldaten wurden verletzt.", "erbil", "2023-12-25"),
    ("fr", "2024-01-03", "Le jour de l'an, des roquettes ont visé la base d'Aïn al-Assad, sans faire de victimes.", "ain-al-asad", "2024-01-01"),
    ("es", "2024-01-02", "Un dron atacó la base de Ain al Asad en la Nochevieja, según el Pentágono.", "ain-al-asad", "2023-12-31"),
]


@pytest.mark.parametrize(("language", "published", "text", "base_id", "day"), _CASES, ids=[c[0] for c in _CASES])
def test_an_attack_named_by_its_holiday_is_dated_on_that_day(language: str, published: str, text: str, base_id: str, day: str) -> None:
    """The holiday's month and day, in the year that puts it on or before the publication."""
    (claim,) = claims_of(text, published, language=language)
    assert (claim.base_id, str(claim.attack_date)) == (base_id, day)


def test_a_pack_rejects_a_named_day_that_is_no_calendar_day() -> None:
    """Keys are "MM-DD": a typo such as "25-12" fails validation instead of dating nothing."""
    english = resources.lexicon().packs["en"].model_dump()
    assert LanguagePack.model_validate(english | {"named_days": {"12-25": ["christmas day"]}}).named_days == {"12-25": ("christmas day",)}
    with pytest.raises(ValidationError, match="named_days"):
        LanguagePack.model_validate(english | {"named_days": {"25-12": ["christmas day"]}})
