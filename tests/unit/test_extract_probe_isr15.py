"""Reporting of the Israeli sites the Iraqi militias claimed, and of near misses on the same places, read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set and the twelve earlier
probes (probe set "isr15"); the sentences are our own, written the way those outlets write.
"""

from __future__ import annotations

from tests.helpers import claims_of


def test_an_arabic_after_the_killing_of_recalls_the_deaths_it_names() -> None:
    """ "لكن بعد مقتل جنديين ... في قاعدة البرج 22" (but after the killing of two soldiers at Tower 22): deaths told as past."""
    text = "تواصل الفصائل هجماتها منذ أشهر، لكن بعد مقتل جنديين أمريكيين في قاعدة البرج 22 خففت من وتيرتها."
    assert [(c.base_id, c.background) for c in claims_of(text)] == [("tower-22", True)]


def test_an_arabic_after_the_killing_of_after_the_base_leaves_the_attack_new() -> None:
    """ "استهدفت ... قاعدة عين الأسد بعد مقتل قائد" (targeted Ain al-Asad after a commander was killed): the base is the news."""
    text = "استهدفت المقاومة الإسلامية في العراق قاعدة عين الأسد بطائرة مسيرة بعد مقتل قائد في الحشد."
    assert [(c.base_id, c.background) for c in claims_of(text, "2024-01-10")] == [("ain-al-asad", False)]


def test_a_story_whose_only_attacker_is_the_houthis_gives_no_claim_on_eilat_in_its_later_sentences() -> None:
    """The lead names a Houthi drone, a later sentence only says "the drone came down in Eilat": the same Houthi attack."""
    text = "A Houthi drone hit a hotel in the south of Israel on Monday, wounding five people. The drone came down near the port of Eilat."
    assert claims_of(text, "2024-09-30") == []


def test_a_story_that_ties_the_drone_to_iraq_keeps_its_eilat_claim_beside_the_houthis() -> None:
    """ "Unlike the Houthi drones, this one came from Iraq": the campaign's attack, told without naming the group."""
    text = "Unlike the Houthi drones of past months, this drone was launched from Iraq. The drone hit a building in Eilat on Monday."
    assert [c.base_id for c in claims_of(text, "2024-04-01")] == ["eilat-naval-base"]


def test_eliad_in_arabic_locates_an_unnamed_target_and_is_no_base() -> None:
    """ "هدف حيوي جنوب مستوطنة إلياد" (a vital target south of the Eliad settlement): the village is no base to link."""
    text = "أعلنت المقاومة الإسلامية في العراق استهداف هدف حيوي جنوب مستوطنة إلياد في الجولان بطائرة مسيرة."
    assert [c.base_id for c in claims_of(text, "2023-12-28") if c.base_id is not None] == []


def test_a_port_named_as_where_ships_lay_is_no_attack_on_the_port() -> None:
    """ "drones at four cargo ships in Haifa port": the ships were the target (LABELLING leaves attacks on ships out)."""
    texts = [
        "The Islamic Resistance in Iraq said its drones struck four cargo ships in Haifa port on Saturday.",
        "أعلنت المقاومة الإسلامية في العراق استهداف أربع سفن في ميناء حيفا بالطيران المسير.",
    ]
    assert [c.base_id for t in texts for c in claims_of(t, "2024-06-23") if c.base_id == "haifa-port"] == []


def test_a_strike_on_the_port_itself_stays_a_claim_on_the_port() -> None:
    """ "drones struck Haifa port, ... ships had left": no ship word before the port, so the port is the target."""
    text = "The Islamic Resistance in Iraq said its drones struck Haifa port on Saturday after the ships had left."
    assert [c.base_id for c in claims_of(text, "2024-06-23")] == ["haifa-port"]
