"""Enrich stage: consumes articles, emits claim.extracted on claims (keyed by country: `kafka_io.claim_key`).

`build(settings)` wires the faust app at start-up; importing this module creates nothing.
"""

from __future__ import annotations

from typing import Any

import faust
import structlog

from basewatch.platform import logs
from basewatch.platform.kafka_io import claim_key
from basewatch.platform.settings import Settings
from basewatch.platform.stream import Stage, make_app
from basewatch.schemas import ArticleReceived
from basewatch.services.enrich import resources
from basewatch.services.enrich.domain import enrich, stage_claims

log = structlog.get_logger(__name__)
WARM_UP = "A drone attack on a base was reported on Monday. Nobody was hurt, officials said."


def build(settings: Settings) -> faust.App:
    """The enrich worker's faust app; the gazetteer, lexicon and calendar are loaded once here."""
    app = make_app("enrich", settings)
    claims_topic = settings.topic("claims")
    stage = Stage(app, settings, settings.source_topic("articles"), [claims_topic])
    lex, cal, gaz = resources.lexicon(), resources.calendar(), resources.gazetteer()
    # One article through the core now: what it builds on first use (the language detector's 3 MB model, read
    # in about a second) is then not charged to the first article of the stream.
    enrich(ArticleReceived(article_id="warm-up", text=WARM_UP, fingerprint=""), lex, cal, gaz)

    async def enrich_one(event: Any) -> None:
        article = await stage.decode(event, ArticleReceived)
        if article is None:
            return
        structlog.contextvars.bind_contextvars(article_id=article.article_id)
        if article.resubmitted:
            stage.counts["skipped"] += 1
            if logs.debugging():  # per record: not even built unless DEBUG
                log.debug("article.duplicate_skipped", duplicate_of=article.duplicate_of)
            return
        for claim in stage_claims(article, lex, cal, gaz):
            if logs.debugging():  # per record: not even built unless DEBUG
                log.debug("claim.extracted", claim_id=claim.claim_id, base_id=claim.base_id)
            base = gaz.by_id.get(claim.base_id) if claim.base_id else None
            await stage.send(claims_topic, claim_key(base.country if base else None, claim.country), claim)

    @app.agent(stage.source, concurrency=1)  # concurrency 1: faust commits past in-flight messages otherwise (#606)
    async def enrich_articles(stream: Any) -> None:
        await stage.consume(stream, enrich_one)  # what is buffered, a batch at a time: each record decoded -> one pure call -> sent

    return app
