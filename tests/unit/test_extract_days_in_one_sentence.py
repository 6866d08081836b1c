"""Several days in one sentence: each base takes the day on its side of "and"; a base recalled after a recall cue never
takes the news's day told before the cue."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of

TWO_DAYS = [
    ("en", "Drones struck Ain al-Asad on Monday and al-Tanf on Tuesday, wounding two US soldiers at al-Tanf."),
    ("en", "On Monday drones struck Ain al-Asad and on Tuesday al-Tanf."),
    ("fr", "Des drones ont frappé Aïn al-Assad lundi et al-Tanf mardi."),
    ("es", "Drones atacaron Ain al Asad el lunes y al Tanf el martes."),
    ("de", "Drohnen griffen am Montag Ain al-Asad und am Dienstag al-Tanf an."),
    ("ru", "Беспилотники атаковали Айн аль-Асад в понедельник и Эт-Танф во вторник."),
    ("ar", "استهدفت طائرات مسيرة قاعدة عين الأسد يوم الاثنين وقاعدة التنف يوم الثلاثاء."),
    ("he", "שני רחפנים תקפו את עין אל-אסד ביום שני ואת א-תנף ביום שלישי."),
]


@pytest.mark.parametrize(("language", "text"), TWO_DAYS)
def test_each_base_takes_the_day_on_its_side_of_and(language: str, text: str) -> None:
    """ "Drones struck Ain al-Asad on Monday and al-Tanf on Tuesday": Monday is Ain al-Asad's, Tuesday al-Tanf's."""
    days = {c.base_id: str(c.attack_date) for c in claims_of(text, "2024-01-25", language=language)}
    assert days == {"ain-al-asad": "2024-01-22", "al-tanf": "2024-01-23"}


def test_a_base_recalled_after_the_cue_takes_no_day_told_before_it() -> None:
    """ "Rockets hit Harir on Tuesday, a day after a drone attack on Erbil wounded three": Tuesday is Harir's alone."""
    text = "Rockets hit Harir air base on Tuesday, a day after a drone attack on Erbil air base wounded three US troops."
    claims = {c.base_id: (str(c.attack_date) if c.attack_date else None, c.background) for c in claims_of(text, "2024-01-25", language="en")}
    assert claims == {"harir": ("2024-01-23", False), "erbil": (None, True)}


def test_a_day_told_in_the_recalled_clause_stays_the_recalled_attacks() -> None:
    """ "..., days after a drone attack on Erbil on Saturday wounded three": Saturday is Erbil's."""
    text = "Rockets hit Harir air base on Tuesday, days after a drone attack on Erbil air base on Saturday wounded three US troops."
    claims = {c.base_id: (str(c.attack_date), c.background) for c in claims_of(text, "2024-01-25", language="en")}
    assert claims == {"harir": ("2024-01-23", False), "erbil": ("2024-01-20", True)}


def test_a_heading_takes_no_day_from_a_caption_line_above_it() -> None:
    """A photo caption dated 5 November above the heading "Drone Attack Hits A US Base In Iraq": the heading's attack is
    the body's Harir attack of 11 November, never a second one on the caption's day."""
    text = (
        "Soldiers at a checkpoint near Erbil on November 5, 2023\n\n"
        "Drone Attack Hits A US Base In Iraq\n\n"
        "Saturday, 11/11/2023\n\n"
        "The Harir airbase near Erbil was targeted by an armed drone on Saturday, a security source said."
    )
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2023-11-11", language="en")] == [("harir", "2023-11-11")]


def test_a_past_day_in_a_sentence_with_no_attack_does_not_date_the_attacks_after_it() -> None:
    """ "... the coalition forces withdrew from the airbase on Oct. 20." in a story of 9 November: the claims after it keep 9 November."""
    text = (
        "Two airbases housing coalition forces in Iraq were attacked by drones on Thursday. "
        "A drone hit the Harir air base outside Erbil, setting a fuel store on fire. "
        "There were no casualties, as the coalition forces had withdrawn from the airbase on Oct. 20. "
        "The Islamic Resistance in Iraq said its fighters also carried out three attacks on the Ain al-Asad air base."
    )
    claims = {c.base_id: (str(c.attack_date), c.background) for c in claims_of(text, "2023-11-10", language="en")}
    assert claims == {"harir": ("2023-11-09", False), "ain-al-asad": ("2023-11-09", False)}
