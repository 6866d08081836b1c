"""A page with no date that counts the war's days with a spelled-out ordinal ("entered its twentieth day") is dated by
that count: the epoch (7 October 2023) is day one."""

from __future__ import annotations

from datetime import date

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain.dates import estimate_reference
from basewatch.services.enrich.domain.lexicon import fold


def reference(text: str) -> date | None:
    return estimate_reference(fold(text), resources.calendar())


def test_an_english_page_in_the_wars_twentieth_day_is_dated_26_october() -> None:
    """Twenty days counted from 7 October, that day being the first."""
    assert reference("As the war entered its twentieth day, militia drones struck a base in Syria.") == date(2023, 10, 26)


def test_a_turkish_page_counting_the_operations_days_in_words_is_dated_by_them() -> None:
    """Turkish writes the ordinal before "gününe giren" (that entered its ... day): the twenty-first day is 27 October."""
    assert reference("Direniş, yirmi birinci gününe giren operasyon sürerken üssü hedef aldı.") == date(2023, 10, 27)


def test_an_ordinal_after_a_number_word_is_part_of_a_larger_count() -> None:
    """ "yüz yirminci" is the hundred-and-twentieth day: its last word alone dates nothing."""
    assert reference("Savaş yüz yirminci gününe girerken saldırı düzenlendi.") is None


def test_an_ordinal_day_of_something_else_dates_nothing() -> None:
    """A twentieth day of a strike or a hunger protest is no count of the war's days."""
    assert reference("Workers marked the twentieth day of their strike outside the ministry.") is None
