""""This attack is the second in five days: on 19 October drones hit ...": the dated attack after it is the earlier one."""

from __future__ import annotations

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain import enrich
from tests.helpers import article


def _claims(text: str, published: str, language: str) -> list[tuple[str | None, str | None, bool]]:
    found = enrich(article(text, published, language=language), resources.lexicon(), resources.calendar(), resources.gazetteer())
    return sorted((c.base_id, c.attack_date.isoformat() if c.attack_date else None, c.background) for c in found)


def test_arabic_second_attack_in_days_recalls_the_dated_one() -> None:
    """Today's drones on al-Tanf are news; the 19 October attack told after "هو الثاني خلال خمسة أيام" is recalled."""
    text = (
        "استهدفت طائرات مسيرة قاعدة التنف الأمريكية في سوريا. "
        "ويعد هذا الهجوم هو الثاني خلال خمسة أيام، ففي 19 أكتوبر هاجمت طائرتان مسيرتان قاعدة التنف."
    )
    assert _claims(text, "2023-10-23", "ar") == [("al-tanf", "2023-10-19", True), ("al-tanf", "2023-10-23", False)]


def test_english_second_attack_in_days_recalls_the_dated_one() -> None:
    """ "This was the second attack in five days: on Oct. 19, drones hit al-Tanf" tells an earlier attack."""
    text = "Drones struck the al-Tanf garrison in Syria. This was the second attack in five days: on Oct. 19, two drones hit al-Tanf."
    assert _claims(text, "2023-10-23", "en") == [("al-tanf", "2023-10-19", True), ("al-tanf", "2023-10-23", False)]


def test_attack_told_before_the_ordinal_stays_news() -> None:
    """ "Drones hit al-Tanf on Monday, the second attack in five days": the sentence's own attack, not a recalled one."""
    text = "Drones hit the al-Tanf garrison on Monday, the second attack in five days."
    assert _claims(text, "2023-10-23", "en") == [("al-tanf", "2023-10-23", False)]
