"""News told before a recall cue, and a famous attack's deaths told after it: the news stays news, the deaths recalled."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Des roquettes ont visé lundi la base de Shaddadi en Syrie, au lendemain de l'attaque de drone qui a tué la veille "
            "trois soldats américains à la Tour 22 en Jordanie.",
        ),
        ("en", "Rockets hit the Shaddadi base in Syria on Monday, a day after three American soldiers were killed in a drone attack on Tower 22 in Jordan."),
    ],
    ids=["fr-au-lendemain-la-veille", "en-a-day-after"],
)
def test_an_attack_told_before_a_recall_of_deaths_the_day_before_stays_news(language: str, text: str) -> None:
    """Shaddadi hit on Monday is news; Tower 22's three dead "the day before" are recalled."""
    claims = {c.base_id: c for c in claims_of(text, "2024-01-29", language=language)}
    assert (claims["al-shaddadi"].background, str(claims["al-shaddadi"].attack_date)) == (False, "2024-01-29")
    assert claims.get("tower-22") is None or claims["tower-22"].background


def test_a_lead_placed_by_its_country_lends_its_base_no_deaths_of_the_day_before() -> None:
    """ "US forces in Syria were targeted by rockets, after three soldiers were killed the day before in Jordan. Rockets
    hit the Shaddadi base, no one was hurt.": Shaddadi has no deaths, and no Tower 22 claim is made of them."""
    text = (
        "Les forces américaines en Syrie ont été visées par des roquettes lundi, selon un responsable, après que trois soldats "
        "américains ont été tués la veille lors d'une attaque de drone en Jordanie. « Des roquettes ont été tirées contre la base "
        "de Shaddadi, sans faire de blessés », a-t-il précisé."
    )
    claims = claims_of(text, None, language="fr")
    assert [(c.base_id, c.killed) for c in claims if not c.background] == [("al-shaddadi", 0)]


def test_a_french_quotation_set_off_by_a_space_opens_a_sentence() -> None:
    """ "... en Jordanie. « Des roquettes ont été tirées ... »": two sentences, the quotation's own."""
    from basewatch.services.enrich.domain.text import sentences

    text = "Trois soldats ont été tués en Jordanie. « Des roquettes ont été tirées contre la base », a-t-il dit."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Trois soldats ont été tués en Jordanie.",
        "« Des roquettes ont été tirées contre la base », a-t-il dit.",
    ]
