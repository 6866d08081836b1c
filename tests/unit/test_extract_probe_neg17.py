"""Probe neg17: tolls told after a "none", death verbs in the present tense, bases named only as a history of attacks, and a state's own missiles on Israel."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


def _tolls(text: str, published: str = "2024-02-05", language: str = "en") -> list[tuple[str | None, int | None, int | None]]:
    return [(c.base_id, c.killed, c.wounded) for c in claims_of(text, published, language=language)]


def test_partner_fighters_killed_in_the_attack_outrank_a_none_told_of_the_americans() -> None:
    """ "No American casualties", then the SDF's dead counted "in the attack": the attack killed those fighters."""
    text = "Drones struck the al-Omar base late on Sunday. No US casualties were reported. Five SDF fighters were killed in the attack, a monitor said."
    assert _tolls(text) == [("al-omar", 5, None)]


def test_a_death_of_our_own_side_told_after_minor_injuries_does_not_outrank_them() -> None:
    """ "minor injuries" then "a contractor died of cardiac arrest": the none of deaths stands (not a partner's death)."""
    text = "Drones hit the Ain al-Asad base on Wednesday, causing minor injuries to four troops. A US contractor died the same day."
    assert [k for _, k, _ in _tolls(text, "2023-10-19")] != [1]


def test_partner_dead_told_of_another_weapon_do_not_outrank_a_rocket_attacks_none() -> None:
    """A rocket attack "with no casualties", then six fighters "killed in the drone attack": another attack's dead."""
    text = "Rockets hit Mission Support Site Euphrates on Saturday but caused no casualties. The SDF said six of its fighters were killed in the drone attack."
    assert _tolls(text) == [("mss-euphrates", 0, 0)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Mueren cuatro soldados en un ataque con drones contra la base de Al Tanf."),
        ("fr", "Quatre soldats meurent dans une attaque de drone contre la base d'al-Tanf."),
        ("pt", "Morrem quatro soldados em ataque de drone contra a base de Al Tanf."),
        ("it", "Muoiono quattro soldati in un attacco di droni contro la base di al-Tanf."),
    ],
)
def test_a_headline_in_the_present_tense_counts_its_dead(language: str, text: str) -> None:
    """Headlines write deaths in the present ("Mueren cuatro soldados", "meurent", "morrem", "muoiono"): a count of the dead."""
    assert _tolls(text, "2024-01-29", language) == [("al-tanf", 4, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The Conoco base has come under repeated attack by Iran-backed militias over the past two years.",
        "Troops left the al-Omar field amid rising militia attacks, the monitor said.",
        "Ain al-Asad has a history of being targeted by armed groups allied with Iran.",
    ],
)
def test_a_base_named_only_as_a_history_of_attacks_gives_no_claim(text: str) -> None:
    """ "under repeated attack", "amid rising attacks", "a history of being targeted": many attacks, no one attack to claim."""
    assert _tolls(text, "2025-06-02") == []


def test_one_attack_on_the_same_base_still_gives_a_claim() -> None:
    """The control: a single attack told with its day."""
    assert _tolls("Rockets hit the Conoco base on Tuesday.", "2024-02-07") == [("conoco", None, None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Iran's missile attack on Saturday night damaged a runway at the Nevatim air base. A girl was hurt by shrapnel."),
        ("es", "Varios misiles iraníes impactaron en la base aérea de Nevatim, sin causar víctimas."),
        ("pt", "Mísseis do Irã causaram danos leves à Base Aérea de Nevatim."),
        ("ar", "أصابت الصواريخ الإيرانية قاعدة نيفاتيم الجوية في النقب."),
    ],
)
def test_a_states_own_missile_attack_on_an_israeli_air_base_is_not_the_campaigns(language: str, text: str) -> None:
    """A story of Iran's own missiles on Israel (April, October 2024) that names no Iraqi group and no Iraq claims nothing."""
    assert _tolls(text, "2024-04-15", language) == []


def test_an_iraqi_groups_claim_on_the_same_base_beside_irans_missiles_stays() -> None:
    """The control: the Islamic Resistance in Iraq claims the base, Iran's missiles only recalled."""
    text = "The Islamic Resistance in Iraq said it struck the Nevatim air base with drones on Tuesday, days after Iran's missile attack on Israel."
    assert [b for b, _, _ in _tolls(text, "2024-10-09")] == ["nevatim"]


def test_an_attack_told_as_the_latest_of_increasing_attacks_still_gives_its_claim() -> None:
    """ "the latest in increasing drone attacks" sets one attack in a trend; only "amid rising attacks" is the trend alone."""
    text = "Coalition forces shot down three drones near Erbil airport on Monday, the latest in increasing drone attacks in the area."
    assert [b for b, _, _ in _tolls(text, "2024-01-16")] == ["erbil"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Six SDF fighters, a Kurdish-led force, were killed when a drone hit the al-Omar base on Sunday."),
        ("es", "Seis combatientes de las FDS, una alianza liderada por los kurdos, murieron en un ataque contra la base de Al Omar."),
        ("fr", "Six combattants des FDS, une alliance dominée par les Kurdes, ont été tués dans une attaque contre la base d'al-Omar."),
    ],
)
def test_an_apposition_between_the_victims_and_their_verb_keeps_the_count(language: str, text: str) -> None:
    """ "Six SDF fighters, a Kurdish-led force, were killed": the aside between two commas ends no clause."""
    assert _tolls(text, "2024-02-05", language) == [("al-omar", 6, None)]


def test_an_aside_after_a_count_of_weapons_gives_no_toll() -> None:
    """The count must name victims: "Three rockets, fired from a truck, hit ..." counts rockets, the wounded are two."""
    text = "Three rockets, fired from a truck, hit the al-Omar base on Sunday, wounding two soldiers."
    assert _tolls(text) == [("al-omar", None, 2)]


def test_an_aside_with_a_casualty_word_of_its_own_is_no_apposition() -> None:
    """ "Four soldiers, wounded in an earlier attack, were evacuated": the aside tells its own casualties, no count crosses it."""
    text = "Four soldiers, wounded in an earlier attack, were evacuated from the al-Omar base on Sunday after a drone hit it."
    assert [k for _, k, _ in _tolls(text)] != [4]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rockets hit the Harir base on Sunday. Two guards were among those wounded by one of the rockets."),
        ("es", "Varios cohetes alcanzaron la base de Harir el domingo. Dos guardias resultaron heridos por uno de los cohetes."),
    ],
)
def test_one_of_the_weapons_is_no_count_of_victims(language: str, text: str) -> None:
    """ "wounded by one of the rockets": the "one" picks a rocket; the victims counted are two."""
    assert _tolls(text, "2024-02-05", language) == [("harir", None, 2)]
