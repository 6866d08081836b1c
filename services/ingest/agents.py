"""Ingest stage: consumes articles.raw, emits article.received on articles (duplicates marked, not lost).

Decode -> validate -> one pure call (intake) -> duplicate check against the `articles-seen` table -> send.
"""

from __future__ import annotations

from typing import Any

import structlog
from pydantic import ValidationError

from basewatch.inputs import Rejected, parse_json_record
from basewatch.stream import Stage, make_app
from schemas import ArticleReceived
from services.ingest.config import SETTINGS
from services.ingest.domain.intake import DuplicateIndex, intake

log = structlog.get_logger(__name__)
app = make_app("ingest", SETTINGS)
stage = Stage(app, SETTINGS, SETTINGS.topic("articles.raw"), [SETTINGS.topic("articles")])
# article_id -> [fingerprint, where first read] of every article seen: exact duplicates by key, near
# ones by sketch. "Where" tells a redelivery (same record again after a crash: re-emitted, harmless
# because every id downstream is deterministic) from a resubmission (another record: a duplicate).
seen = app.Table("articles-seen", default=None, partitions=1)
_index: DuplicateIndex | None = None


def _duplicates() -> DuplicateIndex:
    """The near-duplicate index, rebuilt from the table (itself rebuilt from its changelog) on first use."""
    global _index
    if _index is None:
        _index = DuplicateIndex()
        for aid, (fingerprint, _) in seen.items():
            _index.check(ArticleReceived(article_id=aid, text="-", fingerprint=fingerprint))
    return _index


async def ingest_one(event: Any) -> None:
    where = f"{event.message.topic}:{event.message.partition}:{event.message.offset}"
    raw = parse_json_record(event.value or b"", where)
    if isinstance(raw, Rejected):
        await stage.dead(event, raw.reason)
        return
    try:
        article = intake(raw)
    except (ValueError, ValidationError) as exc:
        await stage.dead(event, f"invalid article: {exc}")
        return
    first = seen.get(article.article_id)
    if first is not None and first[1] == where:
        log.info("article.redelivered", article_id=article.article_id)
    else:
        article = _duplicates().check(article)
        if first is None:
            seen[article.article_id] = [article.fingerprint, where]
    structlog.contextvars.bind_contextvars(article_id=article.article_id)
    log.info("article.received", duplicate_of=article.duplicate_of, origin_id=article.origin_id)
    await stage.send(SETTINGS.topic("articles"), article.article_id, article)


@app.agent(stage.source, concurrency=1)  # concurrency 1: faust commits past in-flight messages otherwise (#606)
async def ingest(stream: Any) -> None:
    async for event in stream.events():
        await stage.handle(event, ingest_one)
