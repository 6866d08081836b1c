"""Hard-to-date and hard-to-group pages read as an analyst reads them.

Each test is a pattern found by running the product on real articles outside the dev set and the earlier
probes (probe set "und16": undated reposts, roundups that count the campaign, follow-ups that re-tell an
attack); the sentences are our own, written the way those pages write.
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    "text",
    [
        "Drones aimed at Ain al-Asad were shot down on Tuesday. A US drone strike in Baghdad killed Gen. Hadi Karimi.",
        "Drones aimed at Ain al-Asad were shot down on Tuesday. The 2020 American drone strike at the airport killed Maj. Gen. Hadi Karimi.",
    ],
)
def test_an_officer_named_as_a_state_strikes_dead_is_no_toll_of_the_attack_before(text: str) -> None:
    """A rank and name killed by a US strike, told after an attack, are the strike's dead, never the attack's toll."""
    (claim,) = claims_of(text, "2024-01-10")
    assert (claim.base_id, claim.killed) == ("ain-al-asad", None)


def test_soldiers_named_as_the_attacks_dead_still_count() -> None:
    """Ranks and names killed by the drone, a US strike told only after them, stay the attack's dead."""
    text = "A drone struck Tower 22 on Sunday. It killed Sgt. Ann Doe and Spc. Joe Roe, hours before a US airstrike in Iraq."
    (claim,) = claims_of(text, "2024-01-30")
    assert (claim.base_id, claim.killed) == ("tower-22", 2)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ar",
            "وكانت الفصائل قد صعدت في الأسبوعين الأخيرين ضرباتها على الجولان، بعد إعلان الجيش مقتل اثنين من جنوده "
            "وجرح 20 آخرين بهجوم بطائرة مسيرة على موقع عسكري هناك.",
        ),
        ("en", "Most of the attacks have hit Ain al-Asad in Iraq and al-Tanf in Syria, officials said."),
    ],
)
def test_attacks_counted_over_recent_weeks_or_as_most_of_the_attacks_are_no_single_attack(language: str, text: str) -> None:
    """ "In the last two weeks" (Arabic) and "most of the attacks" count attacks over a stretch: no claim, no toll."""
    assert claims_of(text, language=language) == []


def test_a_base_near_erbils_commercial_airport_in_italian_is_the_erbil_air_base() -> None:
    """Italian copy names the Erbil air base by the city's commercial airport it stands by."""
    text = "Un gruppo armato ha attaccato ieri una base Usa vicino all'aeroporto commerciale di Erbil."
    (claim,) = claims_of(text, "2023-12-26", language="it")
    assert claim.base_id == "erbil"


def test_a_place_struck_by_a_recalled_state_strike_is_no_militia_target() -> None:
    """ "It came after a US air strike on X killed Y": the recalled strike's target is no claim of a militia attack."""
    text = "The vote came after a US air strike on Baghdad airport killed an Iranian general and an Iraqi militia leader."
    assert claims_of(text, "2020-08-23") == []


def test_a_new_attack_told_in_its_own_clause_after_a_recalled_strike_is_kept() -> None:
    """ "Hours after US strikes killed five fighters, rockets hit X": the place is the new attack's, in a clause of its own."""
    (claim,) = claims_of("Hours after US strikes killed five fighters, rockets hit Ain al-Asad on Tuesday.", "2024-01-10")
    assert claim.base_id == "ain-al-asad"


def test_conoco_spelt_with_waw_in_arabic_is_the_gas_field_and_the_town_after_it_only_locates_it() -> None:
    """ "حقل كونوكو" is the Conoco field; "in the Shaddadi area" after it places the field, no second target."""
    text = "قالت القيادة المركزية الأمريكية إن صاروخين استهدفا قاعدة لها في حقل كونوكو للغاز في منطقة الشدادي صباح اليوم."
    (claim,) = claims_of(text, "2023-01-04", language="ar")
    assert claim.base_id == "conoco"
