"""A title that names a base by its city or province, over a body that places another base there by that name: the
title's base is the body's, named loosely."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of

TITLED = [
    (
        "en",
        "Erbil air base housing US troops catches fire following drone attack\n\n"
        "ERBIL, Kurdistan Region - A fuel depot at Harir air base in Erbil province caught fire late Thursday after two drones struck the base.",
    ),
    (
        "fr",
        "Incendie sur la base aérienne d'Erbil après une attaque de drone\n\n"
        "ERBIL - Un dépôt de carburant de la base aérienne de Harir, dans la province d'Erbil, a pris feu jeudi après la frappe de deux drones.",
    ),
]


@pytest.mark.parametrize(("language", "text"), TITLED)
def test_a_title_naming_the_province_of_the_body_base_is_that_base(language: str, text: str) -> None:
    """Title "Erbil air base ... catches fire", body "Harir air base in Erbil province": one attack, on Harir."""
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2023-11-09", language=language)] == [("harir", "2023-11-09")]


def test_a_body_that_claims_the_titles_base_keeps_both_attacks() -> None:
    """The body tells an attack on Erbil air base itself and on Harir in Erbil province: two attacks."""
    text = (
        "Drone attack on Erbil air base\n\n"
        "Drones targeted Erbil air base near the city's airport on Thursday, officials said. Separately, the Harir air base in Erbil province was also hit."
    )
    assert sorted(c.base_id for c in claims_of(text, "2023-11-09", language="en")) == ["erbil", "harir"]


def test_a_title_over_a_body_that_names_no_other_base_stays_its_attack() -> None:
    """ "Drone strikes Erbil air base" over a body about that base: the Erbil attack."""
    text = "Drone strikes Erbil air base\n\nERBIL - A drone struck the Erbil air base on Thursday. No casualties were reported."
    assert [c.base_id for c in claims_of(text, "2023-11-09", language="en")] == ["erbil"]
