"""Probe wk20 (pages reporting several attacks at once): deaths whose own clause names a cause other than the
attack, and a base's name apposed with its side before the landmark that locates it."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nach dem Drohnenangriff auf den Stützpunkt Al-Tanf starb ein amerikanischer Zivilist an einem Herzinfarkt.", "de"),
        ("Drones struck al-Tanf on Wednesday; one contractor there died, apparently of a heart attack.", "en"),
    ],
)
def test_a_death_whose_clause_names_a_heart_attack_is_no_toll_of_the_attack(text: str, language: str) -> None:
    """ "starb ein Zivilist an einem Herzinfarkt": the cause after the victim makes the death no attack's."""
    assert [(c.base_id, bool(c.killed)) for c in claims_of(text, "2023-10-25", language=language)] == [("al-tanf", False)]


def test_crew_killed_when_their_aircraft_crashed_raise_no_toll() -> None:
    """An aircraft's crew ("طاقم مروحية") killed in a region are the loss of that aircraft, not an attack's toll."""
    text = "أعلن الجيش مقتل خمسة من أفراد طاقم مروحية عسكرية في غرب العراق."
    assert [c.killed for c in claims_of(text, "2026-03-13", language="ar") if c.killed] == []


def test_deaths_told_with_a_later_clause_of_minor_injuries_still_count() -> None:
    """ "starben zwei Soldaten, drei wurden leicht verletzt": a comma ends the death's clause; the denial is the wounded's."""
    text = "Bei dem Drohnenangriff auf den Stützpunkt Al-Tanf starben zwei Soldaten, drei wurden leicht verletzt."
    assert [c.killed for c in claims_of(text, "2023-10-25", language="de")] == [2]


def test_a_base_apposed_with_its_side_before_near_keeps_the_landmark_out() -> None:
    """The side adjective and its comma close the base's name ("the American Harir base,"); the airport after "near" locates it."""
    text = "قصفت الفصائل قاعدة حرير الأمريكية، قرب مطار أربيل، بطائرتين مسيرتين يوم الأحد."
    assert [c.base_id for c in claims_of(text, "2024-01-15", language="ar")] == ["harir"]
