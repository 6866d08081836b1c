"""Probe clu22 (one attack told many times over): the country a drone was launched from in five Latin-script
languages, spellings that place a base on the northern Golan, a Spanish "after the death of" recall, a German attack
verb, a Japanese camp, an English "months before an attack" recall and a base "by" an airfield."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Um drone lançado do Iraque atingiu uma base no norte das Colinas de Golã e matou três soldados.", "pt"),
        ("Eine aus dem Irak kommende Drohne schlug in einem Militärstützpunkt auf den Golanhöhen ein, drei Soldaten starben.", "de"),
        ("Un drone lancé depuis l'Irak a frappé une base militaire du Golan, tuant trois soldats.", "fr"),
        ("Un dron lanzado desde Irak impactó en una base militar en los Altos del Golán y mató a tres soldados.", "es"),
        ("Un drone lanciato dall'Iraq ha centrato una base militare nel Golan uccidendo tre soldati.", "it"),
    ],
)
def test_the_country_a_drone_was_launched_from_is_not_where_it_struck(text: str, language: str) -> None:
    """ "launched from Iraq" in pt/de/fr/es/it: Iraq is where the drone came from; the base it hit keeps its toll."""
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-10-04", language=language)] == [("northern-golan-idf-base", 3)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Um drone atingiu uma base militar nas Colinas de Golã na quarta-feira.", "pt"),
        ("Zwei Soldaten starben am Mittwoch, als eine Drohne einen Stützpunkt auf den nördlichen Golanhöhen traf.", "de"),
        ("Mercoledì un drone ha colpito un accampamento nella parte settentrionale delle alture del Golan.", "it"),
        ("水曜日、ゴラン高原北部の軍キャンプにドローンが着弾した。", "ja"),
    ],
)
def test_spellings_of_the_northern_golan_place_the_struck_base_there(text: str, language: str) -> None:
    """ "Colinas de Golã", "nördlichen Golanhöhen", "settentrionale ... alture del Golan", "ゴラン高原北部" (a camp there)."""
    assert [c.base_id for c in claims_of(text, "2024-10-04", language=language)] == ["northern-golan-idf-base"]


def test_a_spanish_toll_told_after_luego_de_la_muerte_de_belongs_to_the_earlier_strike() -> None:
    """ "luego de la muerte de cinco oficiales en un bombardeo": those dead are another strike's, not the base's."""
    text = (
        "Cohetes cayeron el domingo sobre la base aérea de Ain al Asad. "
        "La agresión llega luego de la muerte de cinco oficiales iraníes en un bombardeo contra Damasco."
    )
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-22", language="es")] == [("ain-al-asad", None)]


def test_traf_in_german_is_an_attack_word() -> None:
    """ "traf" (hit, past tense) tells an attack on the base it names."""
    text = "Eine Rakete traf am Montag den Luftwaffenstützpunkt Ain al-Asad."
    assert [c.base_id for c in claims_of(text, "2024-08-06", language="de")] == ["ain-al-asad"]


def test_an_attack_named_as_the_time_something_else_happened_before_is_recalled() -> None:
    """ "months before a deadly attack on an outpost in Jordan": the attack is the reference point, not the news."""
    text = (
        "The Army turned down a request for counter-drone radar months before a deadly attack on an outpost in Jordan. "
        "The drone killed three soldiers."
    )
    assert [c.background for c in claims_of(text, None, language="en")] == [True]


def test_a_base_by_an_airfield_is_the_base_at_that_airfield() -> None:
    """ "a base by Erbil airfield": the coalition's air base at Erbil airport, as "a base near Erbil airport" is."""
    text = "A suicide drone wounded three soldiers at a base by Erbil airfield on Monday."
    assert [c.base_id for c in claims_of(text, "2023-12-26", language="en")] == ["erbil"]


@pytest.mark.parametrize(
    "text",
    [
        "Varios misiles cayeron el sábado sobre la base aérea Al Asad, en el oeste de Irak.",
        "La base aérea estadounidense Al Asad fue blanco de cohetes el sábado.",
    ],
)
def test_spanish_al_asad_with_one_s_and_a_nationality_adjective_names_the_air_base(text: str) -> None:
    """ "la base aérea (estadounidense) Al Asad": Ain al-Asad, as Spanish wires write it; the Syrian president is not."""
    assert [c.base_id for c in claims_of(text, "2024-01-21", language="es")] == ["ain-al-asad"]
