"""A page published by a party's outlet (Al-Manar, Al Mayadeen): its attacks are claims, its death figures tolls only where the record holds them."""

from __future__ import annotations

from basewatch.services.enrich import resources
from tests.helpers import claims_of

CLAIMED_DEATHS = "Des roquettes de la Résistance ont frappé lundi la base américaine du champ gazier de Conoco, en Syrie, tuant quatre soldats américains."
RELAYED_DEATHS = "A drone attack on Tower 22 in Jordan killed three American soldiers on Sunday, the Pentagon said."


def test_a_party_outlets_count_of_enemy_dead_that_no_record_holds_is_its_claim_not_a_toll() -> None:
    """Al-Manar's "four American soldiers killed" at Conoco: the attack is kept as claimed, with no death toll to alert on."""
    claims = claims_of(CLAIMED_DEATHS, "2023-11-13", language="fr", source="french.almanar.com.lb")
    assert [(c.base_id, c.status, c.killed) for c in claims] == [("conoco", "claimed", None)]
    neutral = claims_of(CLAIMED_DEATHS, "2023-11-13", language="fr", source="lemonde.fr")
    assert [(c.base_id, c.killed) for c in neutral] == [("conoco", 4)]


def test_a_party_outlet_relaying_the_deaths_the_record_holds_keeps_them() -> None:
    """Al Mayadeen relaying the Pentagon's three dead at Tower 22 (a known attack's toll): the toll stands, the report is claimed."""
    claims = claims_of(RELAYED_DEATHS, "2024-01-29", language="en", url="https://english.almayadeen.net/news/politics/x")
    assert [(c.base_id, c.status, c.killed) for c in claims] == [("tower-22", "claimed", 3)]


def test_a_party_outlet_is_known_by_its_domain_or_its_name_and_no_other_domain_is() -> None:
    """Domains and names of the `media` outlets map to them; other outlets, and short names that are common words, do not."""
    gaz = resources.gazetteer()
    assert [gaz.outlet_of(s) for s in ("french.almanar.com.lb", "https://www.tasnimnews.com/fa/news/1", "presstv.ir", "Al Mayadeen")] == [
        "Al-Manar", "Tasnim", "Press TV", "Al Mayadeen"
    ]  # fmt: skip
    assert [gaz.outlet_of(s) for s in ("reuters.com", "aljazeera.net", "alarabiya.net", None)] == [None, None, None, None]


def test_deaths_another_outlet_relays_from_a_party_outlet_alone_are_its_claim_not_a_toll() -> None:
    """ "Al Mayadeen reported that the rockets killed four US soldiers at Conoco", in a neutral paper: claimed, no toll to alert on."""
    text = "Rockets struck the Conoco gas field base in eastern Syria on Monday, killing four American soldiers, Al Mayadeen reported."
    claims = claims_of(text, "2023-11-13", language="en", source="example-news.com")
    assert [(c.base_id, c.status, c.killed) for c in claims] == [("conoco", "claimed", None)]
