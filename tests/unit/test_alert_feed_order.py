"""The order `run --offline` (and the stream's feeder) hands articles to the alert stage."""

from __future__ import annotations

from datetime import date

from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools.pipeline import publication_order


def raw(title: str, text: str, published: date | None) -> RawArticle:
    return RawArticle(title=title, text=text, published_at=published, url=f"https://example.org/{title}")


def test_an_article_that_dates_nothing_keeps_its_place_after_the_article_before_it() -> None:
    """An undated article is fed where it arrived, not after every dated one (past the horizon of the attack it reports)."""
    arts = [
        raw("late", "Drones struck a base in Syria, officials said.", date(2024, 3, 2)),
        raw("early", "Rockets hit a base in Iraq, officials said.", date(2024, 1, 20)),
        raw("undated", "A drone attack hit a base in Iraq, a militia said.", None),
        raw("middle", "A rocket attack on a base in Syria was reported.", date(2024, 2, 1)),
    ]
    assert [a.title for a in publication_order(arts)] == ["early", "undated", "middle", "late"]
