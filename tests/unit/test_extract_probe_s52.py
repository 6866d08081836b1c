"""Patterns from the own-words and blind probes of session 52 (real pages, rewritten here in our own words) that give
several claims."""

from __future__ import annotations

from tests.helpers import claims_of


def by_base(text: str, published: str | None, field: str, language: str = "en") -> dict[str | None, object]:
    """One field of each claim of the article, by base."""
    return {c.base_id: getattr(c, field) for c in claims_of(text, published, language=language)}


def test_a_drone_at_the_neighbour_told_beside_the_famous_base_is_an_attack_of_its_own() -> None:
    """ "An hour after the attack on Tower 22, another drone was launched at al-Tanf": the sentence names the famous base
    and the neighbour's own weapon, so al-Tanf keeps its claim; the deaths stay Tower 22's."""
    text = (
        "A drone hit the living quarters at Tower 22 early on Sunday, killing three US soldiers. "
        "About an hour after the attack on Tower 22, militants launched another drone at the al-Tanf garrison, which was shot down."
    )
    got = by_base(text, "2024-01-29", "killed")
    assert got == {"tower-22": 3, "al-tanf": None}, got


def test_a_denial_placing_the_famous_attack_at_the_neighbour_gives_it_no_attack_of_its_own() -> None:
    """Jordan's word that the deadly attack "hit al-Tanf, not Tower 22 in Jordan", with no weapon of its own: the famous
    attack placed elsewhere, one attack, never a second at al-Tanf."""
    text = (
        "A drone hit Tower 22 in Jordan early on Sunday, killing three US soldiers. "
        "A Jordanian government spokesman said the attack did not take place at Tower 22 in Jordan but at the al-Tanf base in Syria."
    )
    got = [c.base_id for c in claims_of(text, "2024-01-29", language="en")]
    assert got == ["tower-22"], got


def test_a_word_that_no_one_died_in_either_attack_counts_no_wounded() -> None:
    """ "No one was killed in either attack" denies deaths only: it gives neither attack a count of no wounded (a word
    that nobody was hurt does)."""
    text = "Rockets hit Harir air base and drones struck al-Tanf on Friday. No one was killed in either attack."
    got = by_base(text, "2024-02-03", "wounded")
    assert got == {"harir": None, "al-tanf": None}, got
