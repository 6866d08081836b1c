"""`run --offline` reads an undated page once: sorting it by its attacks' days and extracting its claims share one reading."""

from __future__ import annotations

import pytest

from basewatch.services.enrich import domain
from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools import pipeline

UNDATED = "A drone struck Ain al-Asad air base, wounding two US soldiers."
DATED = "Rockets hit Harir air base on Sunday, wounding one US soldier."


def test_an_undated_page_is_read_once_and_gives_the_same_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The page the feed's order needed read is not read again for its claims, and every message is the same as
    when it is read twice."""
    raws = [RawArticle(text=UNDATED, language="en"), RawArticle(text=DATED, language="en", published_at="2024-02-11")]
    reads: list[str] = []
    read_linked = domain.read_linked

    def counted(article, *args):  # type: ignore[no-untyped-def]
        reads.append(article.text)
        return read_linked(article, *args)

    monkeypatch.setattr(domain, "read_linked", counted)
    monkeypatch.setattr(pipeline, "read_linked", counted)
    order_keys = pipeline.order_keys
    with monkeypatch.context() as m:
        m.setattr(pipeline, "order_keys", lambda articles, read_ahead=None: order_keys(articles))  # nothing kept
        twice = [msg.model_dump_json() for msg in pipeline.run(raws)]
    assert reads.count(UNDATED) == 2, "the page is undated: its order needs it read"
    reads.clear()
    once = [msg.model_dump_json() for msg in pipeline.run(raws)]
    assert reads.count(UNDATED) == 1 and reads.count(DATED) == 1
    assert once == twice and any('"claim.extracted"' in msg for msg in once)
