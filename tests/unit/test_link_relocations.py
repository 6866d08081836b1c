"""A story of a famous attack placed elsewhere (Jordan's denial: "it hit al-Tanf") against another attack that names the neighbour (link.consolidate)."""

from __future__ import annotations

from tests.helpers import claims_of

LISTED_BESIDE_FAMOUS = (
    "Iraqi militias struck two American bases in Syria with a drone and rockets early on Saturday, hitting al-Tanf and Green "
    "Village. Washington blamed the same groups for last Sunday's drone attack on Tower 22 in Jordan, which killed three soldiers."
)


def test_a_neighbour_of_the_famous_attack_listed_with_another_base_is_an_attack_of_its_own() -> None:
    """al-Tanf named with Green Village as targets of another attack stays a claim beside the famous Tower 22 deaths told after it."""
    claims = claims_of(LISTED_BESIDE_FAMOUS, None, language="en")
    assert {"al-tanf", "al-omar", "tower-22"} <= {c.base_id for c in claims}
