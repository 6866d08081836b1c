"""A toll placed only as "the country" takes the country its victims' nation names ("two Israeli soldiers")."""

from __future__ import annotations

from tests.helpers import claims_of


def _claims(text: str, language: str) -> list[tuple[str | None, int | None]]:
    return [(c.base_id, c.killed) for c in claims_of(text, "2024-10-04", language=language) if not c.background]


def test_two_israeli_soldiers_killed_in_the_north_of_the_country_is_the_golan_attack() -> None:
    """Israel's one deadly attack from Iraq: two soldiers killed by a drone, told with "the north of the country"."""
    text = "The army said on Friday that two Israeli soldiers were killed in a drone attack in the north of the country."
    assert _claims(text, "en") == [("northern-golan-idf-base", 2)]


def test_portuguese_north_of_the_country_takes_the_soldiers_nation() -> None:
    """ "dois soldados israelenses foram mortos ... no norte do país": the same attack in Portuguese copy."""
    text = "O exército confirmou nesta sexta-feira que dois soldados israelenses foram mortos num ataque com drones no norte do país."
    assert _claims(text, "pt") == [("northern-golan-idf-base", 2)]


def test_another_wars_fire_in_the_north_of_the_country_is_no_attack_of_ours() -> None:
    """The control: "killed by Hezbollah fire in the north of the country" are another war's dead."""
    text = "Two Israeli soldiers were killed by Hezbollah rocket fire in the north of the country on Friday."
    assert _claims(text, "en") == []


def test_a_nation_without_the_countrys_pointer_places_nothing() -> None:
    """The control: "Israeli" alone ("two Israeli soldiers were killed in a drone attack") is no place for the toll."""
    text = "Two Israeli soldiers were killed in a drone attack on Friday, the army said."
    assert _claims(text, "en") == []
