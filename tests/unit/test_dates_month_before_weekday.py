"""A page stamp that writes the month name before the weekday and its day ("September, Thursday 19, 2024")."""

from __future__ import annotations

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain.dates import mentions
from basewatch.services.enrich.domain.text import fold


def _dates(text: str) -> list[tuple[int | None, int | None, int | None, int | None]]:
    lex = resources.lexicon()
    folded = fold(text)
    return [(m.day, m.month, m.year, m.weekday) for m in mentions(folded, resources.calendar(), lex.words(("en",)))]


def test_month_comma_weekday_day_year_is_one_date() -> None:
    """ "September, Thursday 19, 2024" is 19 September 2024 (a Thursday), not some Thursday the 19th of another month."""
    assert _dates("September, Thursday 19, 2024\n\nDrones hit the base.") == [(19, 9, 2024, 3)]


def test_month_name_far_from_a_numbered_weekday_gives_it_no_month() -> None:
    """A month told in another clause does not date a later "Thursday, 19," (only a comma may stand between them)."""
    assert (19, 9, None, 3) not in _dates("In September the group warned of attacks. On Thursday, 19, drones hit the base.")


def test_full_stop_written_onto_the_next_sentence_ends_a_since_clause() -> None:
    """ "... منذ بداية حرب غزة.وأكدت ... يوم الأحد": the day after a glued full stop is no span's start (since the war began)."""
    lex = resources.lexicon()
    text = fold("وهذه أول مرة منذ بداية حرب غزة.وأكدت القيادة المركزية في بيان يوم الأحد مقتل ثلاثة جنود.")
    sunday = [m for m in mentions(text, resources.calendar(), lex.words(("ar",))) if m.weekday is not None]
    assert [m.since for m in sunday] == [False]
