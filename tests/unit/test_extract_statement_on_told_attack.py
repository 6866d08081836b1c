"""A claim of responsibility for "the attack" on a base told the day before is that attack's, not a second one."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_claim_of_the_attack_on_a_day_after_it_takes_the_attack_day() -> None:
    """ "Drones struck Harir late on Saturday. On Sunday, the IRI claimed the attack on Harir.": one attack, Saturday."""
    text = "Drones struck Harir air base late on Saturday. On Sunday, the Islamic Resistance in Iraq claimed the attack on Harir."
    assert {(c.base_id, str(c.attack_date)) for c in claims_of(text, "2024-01-22", language="en")} == {("harir", "2024-01-20")}


def test_a_new_attack_on_the_base_a_day_later_keeps_its_day() -> None:
    """ "Drones struck Harir on Saturday. On Sunday, rockets hit Harir again.": no claim of the told attack, two days."""
    text = "Drones struck Harir air base on Saturday. On Sunday, rockets hit Harir again."
    assert {str(c.attack_date) for c in claims_of(text, "2024-01-22", language="en")} == {"2024-01-20", "2024-01-21"}
