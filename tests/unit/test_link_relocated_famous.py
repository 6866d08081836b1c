"""A famous attack's deaths placed at the neighbouring base across the border (Jordan's denial) are that attack's."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of

DENIAL = (
    "Jordan says the American soldiers died at al-Tanf in Syria. The drone strike that killed three US soldiers did not "
    "hit Jordanian soil but the al-Tanf base in Syria, a government spokesman said."
)


def _claims(text: str, published: str | None) -> list[tuple[str | None, str | None, int | None]]:
    return [(c.base_id, str(c.attack_date) if c.attack_date else None, c.killed) for c in claims_of(text, published, language="en")]


@pytest.mark.parametrize("published", [None, "2024-01-29"])
def test_the_famous_toll_placed_at_the_neighbour_across_the_border_is_the_famous_attack(published: str | None) -> None:
    """Three US dead placed at al-Tanf, 20 km from Tower 22, by a denial dated or not: Tower 22's attack, no al-Tanf event."""
    assert _claims(DENIAL, published) == [("tower-22", "2024-01-28", 3)]


def test_a_later_attack_on_the_neighbour_stays_its_own() -> None:
    """The control: a drone attack on al-Tanf weeks later, beside a recall of Tower 22's dead, is al-Tanf's own attack."""
    text = "Drones hit the al-Tanf base in Syria. It was the first attack there since the drone strike that killed three US soldiers at Tower 22."
    assert ("al-tanf", "2024-02-15", None) in _claims(text, "2024-02-15")
