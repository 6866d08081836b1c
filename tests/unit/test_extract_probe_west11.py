"""Patterns probe set 11 (western, 60 real articles) showed, each in sentences of our own."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_toll_whose_attack_only_a_context_phrase_places_is_that_site() -> None:
    """ "killed in a drone strike in Jordan near the Syrian border": no base noun, no "attack on", still Tower 22 with its dead."""
    text = "Four American troops were killed and 12 hurt in a drone strike in Jordan near the Syrian border, officials said."
    claims = claims_of(text, "2024-01-29", language="en")
    assert [(c.base_id, c.killed) for c in claims] == [("tower-22", 4)], [(c.base_id, c.killed) for c in claims]


def test_a_greek_base_on_the_golan_heights_is_the_golan_base() -> None:
    """Greek 'στρατιωτική βάση στα Υψίπεδα του Γκολάν' (a base on the Golan Heights) names the northern Golan base."""
    text = "Τρεις στρατιώτες σκοτώθηκαν από επίθεση με drone σε στρατιωτική βάση στα Υψίπεδα του Γκολάν."
    claims = claims_of(text, "2024-10-04", language="el")
    assert [(c.base_id, c.killed) for c in claims] == [("northern-golan-idf-base", 3)], [(c.base_id, c.killed) for c in claims]


def test_israeli_soldiers_killed_at_a_claimed_site_are_partner_dead_in_every_western_pack() -> None:
    """French 'soldats israéliens' killed at the Golan base are partner dead, as English 'Israeli soldiers' are."""
    text = "Trois soldats israéliens ont été tués par un drone lancé depuis l'Irak contre une base militaire du Golan."
    claims = claims_of(text, "2024-10-04", language="fr")
    assert [(c.base_id, c.killed, c.casualty_side) for c in claims] == [("northern-golan-idf-base", 3, "partner")], claims


def test_an_attack_in_the_occupied_golan_with_a_toll_is_the_golan_base() -> None:
    """ "two soldiers killed in a drone attack ... in the occupied Golan Heights", no base noun: the Golan base, as Arabic 'الجولان المحتل' is."""
    text = "Two Israeli soldiers were killed in a drone attack by an Iraqi group in the occupied Golan Heights on Thursday."
    claims = claims_of(text, "2024-10-05", language="en")
    assert [(c.base_id, c.killed, c.casualty_side) for c in claims] == [("northern-golan-idf-base", 2, "partner")], claims
