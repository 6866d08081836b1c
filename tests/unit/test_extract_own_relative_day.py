"""On a page whose day is unknown, a sentence dated by its own "today" is not dated by another sentence's day (our own words)."""

from __future__ import annotations

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain import enrich
from basewatch.services.ingest.domain.intake import RawArticle, intake

_TEXT = (
    "US jets struck two depots in eastern Syria on Oct. 27. Militias claimed more attacks since then. One assault took place today at the Ain al-Asad Air Base."
)


def _claims(text: str, published: str | None) -> list[tuple[str | None, str | None]]:
    article = intake(RawArticle.model_validate({"text": text, "published_at": published, "language": "en"}))
    return [
        (c.base_id, str(c.attack_date) if c.attack_date else None) for c in enrich(article, resources.lexicon(), resources.calendar(), resources.gazetteer())
    ]


def test_today_on_a_page_of_no_known_day_does_not_take_the_day_told_before() -> None:
    """ "US jets struck ... on Oct. 27. ... One assault took place today at Ain al-Asad": today is the page's day, unknown."""
    text = _TEXT
    assert _claims(text, "2023-10") == [("ain-al-asad", None)]


def test_today_on_a_dated_page_is_that_day() -> None:
    """With the page's day known, "today" is that day."""
    text = _TEXT
    assert _claims(text, "2023-10-30") == [("ain-al-asad", "2023-10-30")]
