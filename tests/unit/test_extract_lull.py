"""A lull of the campaign ("those attacks decreased after ...") recalls what it came after; a famous attack's toll told
months later at an unnamed site of its country is that attack recalled, never a new fatal one."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


def _news(text: str, published: str, language: str) -> list[tuple[str | None, str | None, int | None, int | None]]:
    claims = claims_of(text, published, language=language)
    return [(c.base_id, str(c.attack_date) if c.attack_date else None, c.killed, c.wounded) for c in claims if not c.background]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Production at the Conoco gas field dropped after a drone attack on Sunday."),
        ("en", "The base was put on alert after five American soldiers were wounded in a rocket attack on Ain al-Asad on Monday."),
        ("it", "La produzione del giacimento Conoco è calata dopo un attacco di droni domenica."),
    ],
)
def test_a_lull_verb_whose_subject_is_not_the_attacks_recalls_nothing(language: str, text: str) -> None:
    """ "Production dropped after a drone attack on Sunday": the verb of a lull recalls only when the attacks are its subject."""
    assert [b for b, *_ in _news(text, "2024-08-06", language)] in (["conoco"], ["ain-al-asad"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Attacks on US forces had decreased since February, but on Monday rockets struck Ain al-Asad air base, wounding five American soldiers."),
        ("it", "Gli attacchi erano diminuiti dopo febbraio, ma lunedì due razzi hanno colpito la base di Ain al-Asad, ferendo cinque soldati americani."),
        ("fr", "Les attaques avaient diminué depuis février, mais lundi deux roquettes ont frappé la base d'Aïn al-Assad, blessant cinq soldats américains."),
        ("ru", "Атаки прекратились после февраля, но в понедельник ракеты ударили по базе Айн аль-Асад, ранив пятерых американских военных."),
    ],
)
def test_an_attack_told_in_a_clause_after_the_lull_is_news_on_its_own_day(language: str, text: str) -> None:
    """ "Attacks had decreased since February, but on Monday rockets struck Ain al-Asad": Monday's attack is the news."""
    assert _news(text, "2024-08-06", language) == [("ain-al-asad", "2024-08-05", None, 5)]


def test_a_base_recalled_before_the_news_clause_does_not_take_the_news_day() -> None:
    """ "Attacks had decreased after the deaths at Tower 22, but on Monday rockets struck Ain al-Asad": Monday is not Tower 22's day."""
    text = "Attacks had decreased after the deaths at Tower 22, but on Monday rockets struck Ain al-Asad air base, wounding five American soldiers."
    claims = {c.base_id: (c.background, c.attack_date) for c in claims_of(text, "2024-08-06", language="en")}
    assert claims["tower-22"] == (True, None)
    assert claims["ain-al-asad"][0] is False


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck a small US outpost in Jordan overnight Sunday. Three American soldiers were killed and dozens wounded.",
        "Three American soldiers were killed when a drone struck a small US outpost in Jordan overnight, officials said on Monday.",
    ],
)
def test_a_new_fatal_attack_told_with_its_own_day_keeps_its_deaths_whatever_the_famous_toll(text: str) -> None:
    """A fatal attack in Jordan in August told with its day is news, though its toll is Tower 22's."""
    assert _news(text, "2024-08-12", "en") == [(None, "2024-08-11", 3, None)]


def test_the_famous_toll_at_an_unnamed_site_with_no_day_months_later_is_the_famous_attack() -> None:
    """ "Three soldiers were killed in a drone attack on a small US outpost in Jordan", in August: Tower 22 recalled."""
    text = "Those attacks decreased after three American soldiers were killed in a drone attack on a small US outpost in Jordan."
    (claim,) = claims_of(text, "2024-08-10", language="en")
    assert (claim.base_id, str(claim.attack_date), claim.killed, claim.background) == ("tower-22", "2024-01-28", 3, True)
