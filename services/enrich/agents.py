"""Enrich stage: consumes articles, emits claim.extracted on claims (keyed by base, or _unlinked)."""

from __future__ import annotations

from typing import Any

import structlog

from basewatch.stream import Stage, make_app
from schemas import ArticleReceived
from services.enrich import resources
from services.enrich.config import SETTINGS
from services.enrich.domain import enrich

log = structlog.get_logger(__name__)
app = make_app("enrich", SETTINGS)
stage = Stage(app, SETTINGS, SETTINGS.source_topic("articles"), [SETTINGS.topic("claims")])
# Loaded once per worker: the gazetteer, lexicon and calendar.
LEX, CAL, GAZ = resources.lexicon(), resources.calendar(), resources.gazetteer()


async def enrich_one(event: Any) -> None:
    article = await stage.decode(event, ArticleReceived)
    if article is None:
        return
    structlog.contextvars.bind_contextvars(article_id=article.article_id)
    if article.duplicate_of is not None:
        stage.counts["skipped"] += 1
        log.info("article.duplicate_skipped", duplicate_of=article.duplicate_of)
        return
    for claim in enrich(article, LEX, CAL, GAZ):
        log.info("claim.extracted", claim_id=claim.claim_id, base_id=claim.base_id)
        await stage.send(SETTINGS.topic("claims"), claim.base_id or "_unlinked", claim)


@app.agent(stage.source, concurrency=1)  # concurrency 1: faust commits past in-flight messages otherwise (#606)
async def enrich_articles(stream: Any) -> None:
    async for event in stream.events():
        await stage.handle(event, enrich_one)
