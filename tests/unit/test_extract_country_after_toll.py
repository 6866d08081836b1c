"""A toll told with no place whose country comes only in the attack sentence after it (`extract._country_after_toll`)."""

from __future__ import annotations

from tests.helpers import claims_of


def _claims(text: str, language: str = "en") -> list[tuple[str | None, int | None, int | None]]:
    return [(c.base_id, c.killed, c.wounded) for c in claims_of(text, None, language=language)]


def test_famous_toll_placed_by_the_next_sentence_after_other_bases_links_to_the_famous_attack() -> None:
    """After claims on other bases, a placeless toll of the famous attack placed in its country a sentence later is a claim of it."""
    text = (
        "The militia said its drones struck al-Shaddadi in Syria. It is unclear whether these were the attacks that left "
        "three soldiers dead and 25 wounded. Officials placed the victims in an attack in Jordan."
    )
    assert _claims(text) == [("al-shaddadi", None, None), ("tower-22", 3, 25)]


def test_famous_toll_placed_by_the_next_sentence_beside_a_bare_claim_on_its_neighbour_is_the_famous_attack() -> None:
    """A bare claim on a base next to the famous attack, whose deaths the story tells, is that attack placed elsewhere: one claim, with the deaths."""
    text = (
        "Drones struck al-Tanf on Sunday. It is unclear whether this was the attack that left three soldiers dead and "
        "25 wounded. Officials placed the victims in an attack in Jordan."
    )
    assert _claims(text) == [("tower-22", 3, 25)]


def test_placeless_toll_placed_by_the_next_sentence_in_a_country_with_no_famous_toll_gives_no_claim() -> None:
    """The country after a toll places it only when the toll is the exact toll of that country's famous attack."""
    text = "It is unclear whether these were the attacks that left five soldiers dead. Officials placed the victims in an attack in Jordan."
    assert all(c[0] != "tower-22" for c in _claims(text))


def test_famous_toll_placed_by_the_next_sentence_stands_beside_a_militia_claim_on_its_neighbour() -> None:
    """A militia's claim on the neighbouring base is its own attack: the famous toll placed a sentence later still gives its claim."""
    text = (
        "The Islamic Resistance in Iraq spoke out on Sunday. In a statement, the group said its drones struck al-Tanf. "
        "It is unclear whether this was the attack that left three soldiers dead and 25 wounded. "
        "Officials placed the victims in an attack in Jordan."
    )
    assert _claims(text) == [("al-tanf", None, None), ("tower-22", 3, 25)]
