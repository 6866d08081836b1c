"""Issue 9, sweep 9: three English and Arabic shapes that lost a death, and the tolls that must not move."""

from __future__ import annotations

from tests.helpers import claims_of

PUBLISHED = "2023-11-20"  # a Monday, weeks from any famous fatal attack


def _tolls(text: str) -> list[tuple[str | None, int | None]]:
    return [(c.base_id, c.killed) for c in claims_of(text, PUBLISHED) if not c.background]


def test_a_toll_in_a_sentence_naming_no_place_belongs_to_the_base_attacked_next() -> None:
    """ "The attack killed two ... It targeted <base>": the toll told first is the named attack's."""
    text = "The attack killed two U.S. soldiers and wounded 18 others. It targeted the al-Tanf garrison near the border."
    assert _tolls(text) == [("al-tanf", 2)]


def test_a_death_told_without_an_attack_word_is_the_next_sentences_attack() -> None:
    """ "Two contractors died on Sunday. A drone had struck <base>.": the deaths are the drone's."""
    text = "Two American contractors died early on Sunday. A drone had struck Harir air base in northern Iraq."
    assert _tolls(text) == [("harir", 2)]


def test_more_of_the_toll_between_a_placeless_death_and_its_attack_keeps_it() -> None:
    """A sentence of wounded between the deaths and the attack does not cut them off."""
    text = "Four U.S. troops died on Sunday, officials said. Dozens more were hurt. A drone hit the Rumalyn base."
    assert _tolls(text) == [("rumalyn", 4)]


def test_an_arabic_toll_told_before_its_base_is_that_attacks() -> None:
    """ "قتل ثلاثة جنود ... واستهدف الهجوم <base>": the Arabic toll first, the base after."""
    text = "قتل ثلاثة جنود أمريكيين وأصيب العشرات. واستهدف الهجوم قاعدة حرير في العراق."
    assert _tolls(text) == [("harir", 3)]


def test_a_placeless_toll_of_an_earlier_time_does_not_move_to_a_new_attack() -> None:
    """ "... were killed last week", "In October ..." and a state's strike are other events: the new attack has no toll."""
    for first in (
        "Two U.S. soldiers were killed in a drone attack last week.",
        "In October, two U.S. soldiers were killed.",
        "US strikes killed 40 militants.",
        "Three U.S. soldiers were killed on Saturday, officials said.",
    ):
        assert _tolls(f"{first} On Monday a rocket struck the Conoco gas field.") == [("conoco", None)], first


def test_a_death_in_a_crash_is_no_toll_of_an_attack() -> None:
    """ "died in a helicopter crash": a death that no attack caused."""
    text = "Two American sailors died in a helicopter crash on Monday. A drone hit the Conoco gas field on Monday."
    assert _tolls(text) == [("conoco", None)]


def test_the_dead_named_by_rank_and_name_count_one_each() -> None:
    """ "Sgt. A, Spc. B and Pfc. C were killed when a drone hit <base>": three dead."""
    text = "Sgt. Lena Marsh, Spc. Hugo Brandt and Pfc. Ira Castel were killed when a drone hit the al-Omar oil field base on Sunday."
    assert _tolls(text) == [("al-omar", 3)]


def test_a_soldier_named_by_rank_who_died_of_wounds_is_a_death() -> None:
    """ "Staff Sgt. A died of wounds sustained in the attack on <base>": one dead."""
    text = "A rocket hit the Rumalyn base on Sunday. Staff Sgt. Noel Fairbank died of wounds sustained in the attack."
    assert _tolls(text) == [("rumalyn", 1)]


def test_the_dead_identified_after_the_attack_count_one_each() -> None:
    """ "identified the soldiers killed in the attack on <base> as Capt. A and Lt. B": two dead."""
    text = "The Pentagon identified the soldiers killed in the drone attack on Harir air base as Capt. Ada Reyes and Lt. Tom Ekwall."
    assert _tolls(text) == [("harir", 2)]


def test_a_named_spokesman_is_never_a_death() -> None:
    """ "Maj. Gen. A said ..." or "..., Lt. Col. B told reporters": the speaker's name counts nobody."""
    assert _tolls("Maj. Gen. Paul Dray said a drone hit the al-Tanf garrison on Sunday.") == [("al-tanf", None)]
    said = "Brig. Gen. Mia Holt said the drone that hit the al-Tanf garrison on Sunday killed two U.S. troops."
    assert _tolls(said) == [("al-tanf", 2)]
    assert _tolls("No one was killed as Col. Ben Aske toured the al-Tanf garrison when a drone hit it on Sunday.") == [("al-tanf", 0)]


def test_a_base_described_by_the_forces_it_hosts_keeps_its_toll() -> None:
    """ "a base housing U.S. troops in Iraq": one described site in Iraq, with its death."""
    claims = claims_of("A drone struck a base housing U.S. troops in Iraq on Sunday, killing one American contractor.", PUBLISHED)
    assert [(c.place_kind, c.country, c.killed) for c in claims] == [("described", "Iraq", 1)]


def test_an_arabic_base_described_by_the_forces_it_hosts_keeps_its_toll() -> None:
    """ "قاعدة تضم قوات أمريكية في سوريا": one described site in Syria, with its deaths."""
    claims = claims_of("استهدفت طائرة مسيرة قاعدة تضم قوات أمريكية في سوريا، ما أدى إلى مقتل جنديين أمريكيين.", PUBLISHED)
    assert [(c.place_kind, c.country, c.killed) for c in claims] == [("described", "Syria", 2)]


def test_the_named_dead_with_their_ages_and_hometowns_count_one_each() -> None:
    """ "Sgt. A, 31, of Dayton, Ohio; Spc. B, 22, of Tulsa, Oklahoma and Pfc. C ... died": three dead."""
    text = (
        "Sgt. Lena Marsh, 31, of Dayton, Ohio; Spc. Hugo Brandt, 22, of Tulsa, Oklahoma and Pfc. Ira Castel, 20, "
        "of Reno, Nevada, died on Sunday when a drone struck the Rumalyn base."
    )
    assert _tolls(text) == [("rumalyn", 3)]
