"""What a later sentence's month, weekday or statement day says about the day of the story's attack."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


def _claims(text: str, language: str = "en") -> list[tuple[str | None, str | None, int | None]]:
    return [(c.base_id, str(c.attack_date) if c.attack_date else None, c.killed) for c in claims_of(text, None, language=language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A drone struck the coalition base at Rumalyn, and several US troops were hurt. "
         "In February, four fighters died when drones hit an American outpost in Hasakah province."),
        ("de", "Eine Drohne traf den Stützpunkt Rmeilan, mehrere US-Soldaten wurden verletzt. "
         "Im Februar waren bei einem Angriff auf einen US-Posten in der Provinz Hasaka vier Kämpfer getötet worden."),
    ],
)
def test_an_undated_storys_base_takes_no_toll_from_a_sentence_that_names_a_month_alone(language: str, text: str) -> None:
    """With no day to compare it with, a month named alone ("In February, four died ...") tells of another time: its toll is not the story's."""
    assert _claims(text, language) == [("rumalyn", None, None)]


def test_an_undated_storys_toll_told_without_a_month_is_still_its_own() -> None:
    """The control: the sentence after the attack, naming no month, gives its toll."""
    assert _claims("Drones hit the al-Omar base on Sunday. Six SDF fighters were killed.") == [("al-omar", "2024-02-04", 6)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Drones hit an American post in Syria on Monday, the SDF said. "
         "On January 28 the group had warned of more operations. Monday's attack struck the Conoco base."),
        ("it", "Lunedì alcuni droni hanno colpito una postazione americana in Siria, hanno detto le SDF. "
         "Il 28 gennaio il gruppo aveva minacciato nuove operazioni. L'attacco di lunedì ha colpito la base di Conoco."),
    ],
)
def test_a_weekday_the_story_named_before_a_carried_day_is_not_counted_back_from_it(language: str, text: str) -> None:
    """"Monday" told first, then "on January 28" of something else: the later Monday is the story's, not the Monday before 28 January."""
    assert _claims(text, language) == [("conoco", None, None)]


def test_a_weekday_first_named_after_a_carried_day_is_still_counted_back_from_it() -> None:
    """The control: a dateline's day, then "on Thursday", gives the Thursday before it."""
    text = "BAGHDAD, 24 November 2023. Ain al-Asad was targeted by drones on Thursday, a security source said."
    assert _claims(text) == [("ain-al-asad", "2023-11-23", None)]


def test_a_statements_day_in_a_sentence_without_an_attack_word_dates_nothing_after_it() -> None:
    """"... killed three soldiers. The president said on Saturday ... The base attacked is Tower 22": Saturday was the statement's
    day; with no day of its own, the famous toll at its base is the attack of the day before the page (28 January)."""
    text = (
        "A drone attack on US troops in northeastern Jordan killed three soldiers. "
        'President Biden said on Saturday that "we will hold them accountable." The base attacked is a small outpost called Tower 22.'
    )
    assert [str(c.attack_date) for c in claims_of(text, "2024-01-29")] == ["2024-01-28"]


def test_a_day_told_in_a_sentence_with_an_attack_word_still_dates_what_follows() -> None:
    """The control: "On Saturday drones hit ..." carries Saturday to the sentence that names the base."""
    text = "On Saturday drones hit a US outpost in northeastern Jordan, killing three soldiers. The base attacked is a small outpost called Tower 22."
    assert [str(c.attack_date) for c in claims_of(text, "2024-01-29")] == ["2024-01-27"]


def _dated(text: str, published: str) -> list[tuple[str | None, str | None]]:
    return [(c.base_id or c.place_text, str(c.attack_date) if c.attack_date else None) for c in claims_of(text, published, language="en")]


def test_a_vague_mention_of_an_older_day_does_not_date_the_named_bases_attack() -> None:
    """"On July 25, four were hurt in an attack on a base in Iraq" in a 6 August report is an earlier attack, not Ain al-Asad's."""
    text = ("Officials said a suspected rocket attack took place at Ain al-Asad air base. "
            "On July 25, four US personnel were hurt in an attack on a military base in Iraq.")
    assert _dated(text, "2024-08-06") == [("ain-al-asad", "2024-08-06"), ("base in Iraq", "2024-07-25")]


def test_a_vague_mention_dates_no_claim_when_two_bases_of_its_country_are_named() -> None:
    """Rockets at Ain al-Asad and at Victory base, then "last night's attack on a base in Iraq": which one is not told."""
    text = ("Officials said rockets were fired at Ain al-Asad air base and at the Victory base near Baghdad airport. "
            "At least four US personnel were hurt in last night's attack on a military base in Iraq.")
    assert {d for _, d in _dated(text, "2024-08-06")} == {"2024-08-06", "2024-08-05"}
