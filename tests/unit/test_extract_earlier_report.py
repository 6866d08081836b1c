"""A bare "earlier" on a report ("Ранее CENTCOM сообщило об атаке ...") dates the report; on an attack it recalls it."""

from __future__ import annotations

from tests.helpers import claims_of


def _claims(text: str, language: str = "ru") -> list[tuple[str | None, int | None, bool]]:
    return [(c.base_id, c.killed, c.background) for c in claims_of(text, "2024-01-28", language=language)]


def test_earlier_report_of_the_attack_is_the_storys_attack() -> None:
    """ "Ранее Центральное командование сообщило об атаке ...": CENTCOM reported earlier; the attack is today's news."""
    text = (
        "Москва. 28 января. Ранее Центральное командование ВС США сообщило об атаке беспилотников на американскую базу "
        "на северо-востоке Иордании. Трое военных погибли."
    )
    assert _claims(text) == [("tower-22", 3, False)]


def test_earlier_attack_is_recalled() -> None:
    """The control: "Ранее беспилотники атаковали базу Эт-Танф" (earlier, drones attacked al-Tanf) is an earlier attack."""
    text = "Ранее беспилотники атаковали базу Эт-Танф в Сирии."
    assert _claims(text) == [("al-tanf", None, True)]


def test_a_phrase_of_time_stays_a_recall_even_with_a_report() -> None:
    """ "Днем ранее ... сообщило об атаке" (a day earlier, ... reported an attack): a day before the story, recalled."""
    text = "Днем ранее Центральное командование ВС США сообщило об атаке беспилотников на базу Эт-Танф в Сирии."
    assert _claims(text) == [("al-tanf", None, True)]
