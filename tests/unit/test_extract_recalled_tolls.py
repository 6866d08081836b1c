"""A toll told with a recalled attack belongs to that attack, never to the attack the story reports as news."""

from __future__ import annotations

from datetime import date

from tests.helpers import claims_of


def _claims(text: str, published: str = "2024-08-08") -> list[tuple[str | None, date | None, int | None]]:
    return [(c.base_id, c.attack_date, c.killed) for c in claims_of(text, published)]


def test_toll_in_the_recall_clause_after_the_news_place_is_not_its_toll() -> None:
    """ "hit Harir on Tuesday, weeks after a drone attack killed three soldiers in Jordan": Harir gets no deaths."""
    text = "Rockets hit Harir air base on Tuesday, weeks after a drone attack killed three American soldiers in Jordan."
    assert _claims(text) == [("harir", date(2024, 8, 6), None)]


def test_recalled_place_inside_the_recall_clause_keeps_its_own_toll() -> None:
    """The recalled attack's place, named inside the recall's clause, keeps the toll told there (a background claim)."""
    text = "Rockets hit Harir air base on Tuesday, the first attack since the deadly strike on Tower 22 that killed three US soldiers."
    claims = claims_of(text, "2024-08-08")
    assert [(c.base_id, c.killed, c.background) for c in claims] == [("harir", None, False), ("tower-22", 3, True)]


def test_famous_toll_at_the_famous_base_dated_by_a_carried_day_months_later_is_the_famous_attack() -> None:
    """The exact famous toll at its base, dated only by another sentence's day months on, is the famous attack's day."""
    text = "Rockets hit Harir air base on Tuesday. It was the latest attack after the drone strike on Tower 22 that killed three US soldiers."
    assert ("tower-22", date(2024, 1, 28), 3) in _claims(text)
