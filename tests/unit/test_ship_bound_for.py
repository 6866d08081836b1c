"""A port named as where a ship was bound is no attacked site; an oil field's adjective is no ship."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_port_a_targeted_tanker_was_sailing_to_is_no_attacked_site() -> None:
    """ "a drone at a tanker in the Mediterranean on its way to Haifa port": the tanker was the target, not the port."""
    text = "The group said on Monday it had launched a drone at an oil tanker in the eastern Mediterranean on its way to Haifa port."
    assert claims_of(text, "2024-07-01", language="en") == []


def test_a_ship_and_a_port_listed_as_targets_keep_the_port() -> None:
    """ "drones struck a cargo ship and Haifa port": the "and" opens a second target, the port."""
    (claim,) = claims_of("The group said its drones struck a cargo ship and Haifa port on Monday.", "2024-07-01", language="en")
    assert claim.base_id == "haifa-port"


def test_an_oil_field_adjective_before_another_named_base_is_no_ship() -> None:
    """French "le gisement pétrolier al-Omar" then "le gisement Conoco": an oil field, not a tanker, so Conoco stays."""
    text = "Des drones ont visé samedi les troupes du gisement pétrolier al-Omar ainsi que la base du gisement Conoco."
    assert {c.base_id for c in claims_of(text, "2024-10-27", language="fr")} == {"al-omar", "conoco"}
