"""Attack dates keep the precision the article gives: a month stays a month, a day-first date stays whole."""

from __future__ import annotations

from datetime import date

from basewatch.services.enrich.domain.link import consolidate
from basewatch.services.enrich.domain.text import sentences
from tests.helpers import claim, claims_of


def test_a_weekday_in_an_article_dated_only_by_its_month_keeps_month_precision() -> None:
    """ "On Tuesday" with a publication month and no day invents no day: the claim says the month."""
    found = claims_of("On Tuesday two drones struck Ain al-Asad air base in western Iraq.", published_month="2024-02")
    assert [(c.base_id, c.attack_date, c.date_precision, c.date_month) for c in found] == [("ain-al-asad", None, "month", "2024-02")]


def test_a_weekday_with_nothing_to_count_from_is_carried_as_a_weekday() -> None:
    """An article with no date at all that names the weekday keeps it (0 is Monday) and no day."""
    found = claims_of("Rockets hit Harir air base on Thursday, officials said.")
    assert [(c.attack_date, c.date_precision, c.date_weekday) for c in found] == [(None, "none", 3)]


def test_a_day_the_text_states_carries_no_month_or_weekday_hint() -> None:
    """With a stated day the hints stay empty: the day says more."""
    found = claims_of("A drone hit Harir air base on Thursday, February 8, 2024.", published_month="2024-02")
    assert [(c.attack_date, c.date_precision, c.date_month, c.date_weekday) for c in found] == [(date(2024, 2, 8), "day", None, None)]


def test_two_reports_of_one_attack_in_an_article_keep_the_precision_of_the_date_they_keep() -> None:
    """Consolidating two mentions takes the better date with its precision, never a date with another's precision."""
    dated = claim(claim_id="c1", base_id="al-omar", attack_date=date(2024, 2, 4), date_basis="inherited", date_precision="day")
    undated = claim(claim_id="c2", base_id="al-omar", attack_date=None, date_basis=None, date_precision="none", killed=6)
    merged = consolidate([undated, dated])
    assert [(c.attack_date, c.date_basis, c.date_precision, c.killed) for c in merged] == [(date(2024, 2, 4), "inherited", "day", 6)]


def test_a_day_first_ordinal_date_is_not_split_into_two_sentences() -> None:
    """ "am 3. März" is one date inside its sentence when the month name follows the stop."""
    text = "Die Basis wurde am 3. März angegriffen. Danach war es ruhig."
    assert [text[s:e] for s, e in sentences(text, {text.index("März")})] == ["Die Basis wurde am 3. März angegriffen.", "Danach war es ruhig."]


def test_a_german_day_first_date_dates_its_attack() -> None:
    """The whole article path: a German "am 5. Februar" with its year dates the drone attack it names."""
    found = claims_of("Am 5. Februar 2024 griff eine Drohne den Stützpunkt Ain al-Asad an.", language="de")
    assert [(c.base_id, c.attack_date) for c in found] == [("ain-al-asad", date(2024, 2, 5))]
