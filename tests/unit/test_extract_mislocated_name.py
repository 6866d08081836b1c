"""A base named "near" a far site of the gazetteer: the landmark is the place hit, the name the story's mistake."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


def _bases(text: str, language: str) -> list[str | None]:
    return [c.base_id for c in claims_of(text, "2023-12-31", language=language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "قصف قاعدة حرير\nاستهدفت طائرة مسيرة عصر اليوم الأحد قاعدة حرير الأمريكية قرب مطار أربيل الدولي في إقليم كردستان."),
        ("en", "Drone targets Harir base\nA drone attacked the US Harir base near Erbil International Airport on Sunday afternoon."),
    ],
)
def test_a_base_named_near_a_far_landmark_is_the_landmark_in_every_telling(language: str, text: str) -> None:
    """Harir lies 70 km from Erbil airport: "Harir near Erbil airport" is the airport's base, and the headline's Harir with it."""
    assert set(_bases(text, language)) == {"erbil"}


def test_a_distance_from_the_far_site_locates_the_named_base() -> None:
    """The control: "Harir, which lies 45 km from Erbil airport" measures where Harir is: Harir is the base hit."""
    assert _bases("A drone attacked the Harir base, which lies about 45 km from Erbil airport, on Sunday.", "en") == ["harir"]


def test_a_list_of_tolls_at_two_far_bases_keeps_both() -> None:
    """The control: "32 hurt at the al-Tanf base, 13 at the al-Asad base" lists two bases, neither locates the other."""
    text = (
        "The first attack, at the al-Tanf base, involved two drones on Sunday. The second struck the al-Asad air base. "
        "The injured were spread out, with 32 at the al-Tanf base, 13 at the al-Asad base."
    )
    assert {"al-tanf", "ain-al-asad"} <= set(_bases(text, "en"))
