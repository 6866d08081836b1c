"""A toll told after the claim in a separate story or in another country is that event's dead, never the claim's."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rockets hit al-Tanf on Sunday. Separately, a car bomb killed 12 people."),
        ("en", "Rockets hit al-Tanf on Sunday. A car bomb killed 12 people in Baghdad."),
        ("fr", "Des roquettes ont visé al-Tanf dimanche. Par ailleurs, un attentat a fait 12 morts."),
        ("fr", "Des roquettes ont visé al-Tanf dimanche. Un attentat à Bagdad a fait 12 morts."),
    ],
)
def test_a_toll_of_another_story_after_the_claim_is_not_its_toll(language: str, text: str) -> None:
    """Twelve dead of a car bomb, told as a separate story or in Iraq after a rocket attack in Syria: no false fatality at al-Tanf."""
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-29", language=language)] == [("al-tanf", None)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A drone hit Tower 22 on Sunday. Three US soldiers were killed in Jordan.", (3, None)),
        ("A drone hit Tower 22 on Sunday. Three US soldiers were killed, the Pentagon said in Washington.", (3, None)),
        ("Rockets hit al-Tanf on Sunday. Meanwhile, a broadcaster reported that 22 more soldiers were lightly hurt.", (None, 22)),
    ],
)
def test_the_claims_own_toll_told_next_still_counts(text: str, toll: tuple[int | None, int | None]) -> None:
    """The controls: the claim's own country, a speaker's city, or a "meanwhile" that tells no attack keep the toll the claim's."""
    assert [(c.killed, c.wounded) for c in claims_of(text, "2024-01-29", language="en")] == [toll]
