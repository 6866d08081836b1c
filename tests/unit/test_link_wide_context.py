"""A wide region around a site (the whole occupied Golan) places a claim at that site only when the claim tells victims."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_claimed_vital_target_somewhere_in_the_occupied_golan_names_no_site() -> None:
    """ "The group said its drones struck a vital target in the occupied Golan": a wide region, no base linked."""
    text = "The Islamic Resistance in Iraq said on Tuesday its drones had struck a vital target in the occupied Golan."
    assert [c.base_id for c in claims_of(text, "2024-09-10", language="en")] == [None]


def test_an_arabic_claim_on_a_military_site_in_the_occupied_golan_names_no_site() -> None:
    """The same claim in Arabic ("a military site in the occupied Golan"): no base linked."""
    text = "أعلنت المقاومة الإسلامية في العراق أنها استهدفت بالطيران المسير موقعا عسكريا في الجولان المحتل فجر اليوم."
    assert [c.base_id for c in claims_of(text, "2024-09-10", language="ar")] == [None]


def test_soldiers_killed_in_the_occupied_golan_still_place_the_attack_at_the_northern_golan_base() -> None:
    """ "Two soldiers were killed by a drone in the occupied Golan": the victims tie the wide region to its deadly attack."""
    text = "Two Israeli soldiers were killed by a drone from Iraq in the occupied Golan Heights, the army said on Friday."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-10-04", language="en")] == [("northern-golan-idf-base", 2)]


def test_a_base_in_the_northern_golan_is_linked_without_any_victims() -> None:
    """ "A drone hit an army base in the northern Golan": the site's own locality places it, toll or none."""
    text = "A drone launched from Iraq hit an army base in the northern Golan overnight, the army said."
    assert [c.base_id for c in claims_of(text, "2024-10-03", language="en")] == ["northern-golan-idf-base"]
