"""A page's own "date of publication" line is its stamp in every language that writes one: the reference its
relative days count from, never an attack's day (our own words)."""

from __future__ import annotations

import pytest

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain.dates import mentions
from basewatch.services.enrich.domain.text import fold
from tests.helpers import claims_of

_LINES = [
    ("tr", "Yayınlama Tarihi: 12 Mart 2024 - 10:05"),
    ("es", "Fecha de publicación: 12 de marzo de 2024"),
    ("ru", "Дата публикации: 12 марта 2024"),
    ("it", "Data di pubblicazione: 12 marzo 2024"),
    ("pt", "Data de publicação: 12 de março de 2024"),
    ("fr", "Date de publication : 12 mars 2024"),
    ("zh", "发布日期：2024年3月12日"),
]


@pytest.mark.parametrize(("language", "line"), _LINES, ids=[x[0] for x in _LINES])
def test_a_date_of_publication_line_is_the_pages_stamp(language: str, line: str) -> None:
    """The date after the words "date of publication" is read as the page's stamp."""
    words = resources.lexicon().words((language,))
    found = [(m.month, m.day, m.stamp) for m in mentions(fold(line), resources.calendar(), words) if m.day]
    assert found == [(3, 12, True)]


def test_yesterday_counts_from_the_turkish_publication_line_as_a_stated_day() -> None:
    """ "dün" (yesterday) under "Yayınlama Tarihi: 12 Mart 2024" is 11 March, a day the text states, not a guess."""
    (claim,) = claims_of("Yayınlama Tarihi: 12 Mart 2024 - 10:05\n\nIrak İslami Direnişi, dün Harir üssüne İHA ile saldırdığını duyurdu.", None, language="tr")
    assert (claim.base_id, str(claim.attack_date), claim.date_precision) == ("harir", "2024-03-11", "day")
