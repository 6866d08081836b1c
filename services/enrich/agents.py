"""Enrich stage: consumes articles, emits claim.extracted on claims (keyed by country: `kafka_io.claim_key`).

`build(settings)` wires the faust app at start-up; importing this module creates nothing.
"""

from __future__ import annotations

from typing import Any

import faust
import structlog

from basewatch.platform.kafka_io import claim_key
from basewatch.platform.settings import Settings
from basewatch.platform.stream import Stage, make_app
from basewatch.schemas import ArticleReceived
from basewatch.services.enrich import resources
from basewatch.services.enrich.domain import enrich

log = structlog.get_logger(__name__)


def build(settings: Settings) -> faust.App:
    """The enrich worker's faust app; the gazetteer, lexicon and calendar are loaded once here."""
    app = make_app("enrich", settings)
    claims_topic = settings.topic("claims")
    stage = Stage(app, settings, settings.source_topic("articles"), [claims_topic])
    lex, cal, gaz = resources.lexicon(), resources.calendar(), resources.gazetteer()

    async def enrich_one(event: Any) -> None:
        article = await stage.decode(event, ArticleReceived)
        if article is None:
            return
        structlog.contextvars.bind_contextvars(article_id=article.article_id)
        if article.duplicate_of is not None:
            stage.counts["skipped"] += 1
            log.debug("article.duplicate_skipped", duplicate_of=article.duplicate_of)
            return
        for claim in enrich(article, lex, cal, gaz):
            log.debug("claim.extracted", claim_id=claim.claim_id, base_id=claim.base_id)
            base = gaz.by_id.get(claim.base_id) if claim.base_id else None
            await stage.send(claims_topic, claim_key(base.country if base else None, claim.country), claim)

    @app.agent(stage.source, concurrency=1)  # concurrency 1: faust commits past in-flight messages otherwise (#606)
    async def enrich_articles(stream: Any) -> None:
        async for event in stream.events():
            await stage.handle(event, enrich_one)

    return app
