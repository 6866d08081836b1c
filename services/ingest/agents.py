"""Ingest stage: consumes articles.raw, emits article.received on articles (duplicates marked, not lost).

Decode -> validate -> one pure call (intake) -> duplicate check against the `articles-seen` table -> send.
`build(settings)` wires the faust app at start-up; importing this module creates nothing.
"""

from __future__ import annotations

import hashlib
from typing import Any

import faust
import orjson
import structlog
from pydantic import ValidationError

from basewatch.platform import logs
from basewatch.platform.kafka_io import ce_headers, dead_letter, encode
from basewatch.platform.settings import Settings
from basewatch.platform.stream import Stage, make_app
from basewatch.schemas import ArticleReceived
from basewatch.services.ingest.domain.intake import DuplicateIndex, intake
from basewatch.services.ingest.domain.records import Rejected, parse_json_record

log = structlog.get_logger(__name__)
MAX_BODY = 64 * 1024 * 1024


def article_id_of(value: bytes) -> str:
    return hashlib.sha256(value).hexdigest()[:16]


def build(settings: Settings) -> faust.App:
    """The ingest worker's faust app: its agent, its table and POST /articles."""
    app = make_app("ingest", settings)
    articles_topic = settings.topic("articles")
    stage = Stage(app, settings, settings.topic("articles.raw"), [articles_topic])
    # article_id -> [fingerprint, where first read] of every article seen: exact duplicates by key, near
    # ones by sketch. "Where" tells a redelivery (same record again after a crash: re-emitted, harmless
    # because every id downstream is deterministic) from a resubmission (another record: a duplicate).
    seen = app.Table("articles-seen", default=None, partitions=1)
    index: list[DuplicateIndex] = []

    def duplicates() -> DuplicateIndex:
        """The near-duplicate index, rebuilt from the table (itself rebuilt from its changelog) on first use."""
        if not index:
            rebuilt = DuplicateIndex()
            for aid, (fingerprint, _) in seen.items():
                rebuilt.check(ArticleReceived(article_id=aid, text="-", fingerprint=fingerprint))
            index.append(rebuilt)
        return index[0]

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
            if logs.debugging():  # per record: not even built unless DEBUG
                log.debug("article.redelivered", article_id=article.article_id)
        else:
            article = duplicates().check(article)
            if first is None:
                seen[article.article_id] = [article.fingerprint, where]
        structlog.contextvars.bind_contextvars(article_id=article.article_id)
        if logs.debugging():  # per record: not even built unless DEBUG
            log.debug("article.received", duplicate_of=article.duplicate_of, origin_id=article.origin_id)
        await stage.send(articles_topic, article.article_id, article)

    @app.agent(stage.source, concurrency=1)  # concurrency 1: faust commits past in-flight messages otherwise (#606)
    async def ingest(stream: Any) -> None:
        await stage.consume(stream, ingest_one)  # what is buffered, a batch at a time: each record decoded -> one pure call -> sent

    raw_topic = app.topic(settings.topic("articles.raw"), value_type=bytes, value_serializer="raw", key_serializer="raw")

    async def dead_http(value: bytes, reason: str) -> None:
        letter = dead_letter("POST /articles", reason, value)
        await stage.dlq.send(value=encode(letter), headers=ce_headers(letter, f"http:{article_id_of(value)}"))
        stage.counts["dead_lettered"] += 1

    @app.page("/articles")
    class Articles(faust.web.View):
        """POST /articles: one JSON article or a list of them, for programs that push articles.

        202 with the count accepted (they go to articles.raw, then through this worker); invalid ones are
        listed with their reason (400 when none was accepted) and kept on articles.raw.dlq.
        """

        async def post(self, request: Any) -> Any:
            if (refused := stage.refuse(self, request)) is not None:  # a token beyond loopback: see platform.stream.post_refusal
                return refused
            body = await request.read()
            if len(body) > MAX_BODY:
                return self.json({"error": f"body is {len(body):,} bytes; the limit is {MAX_BODY:,}"}, status=413)
            try:
                parsed = orjson.loads(body)
            except orjson.JSONDecodeError as exc:
                await dead_http(body, f"invalid JSON: {exc}")
                return self.json({"error": f"invalid JSON: {exc}"}, status=400)
            items = parsed if isinstance(parsed, list) else [parsed]
            accepted, rejected = 0, []
            for i, item in enumerate(items):
                record = orjson.dumps(item)
                raw = parse_json_record(record, f"POST /articles[{i}]")
                if isinstance(raw, Rejected):
                    rejected.append({"index": i, "reason": raw.reason})
                    await dead_http(record, raw.reason)
                    continue
                await raw_topic.send(key=raw.id.encode() if raw.id else None, value=raw.model_dump_json(exclude_none=True).encode())
                accepted += 1
            status = 202 if accepted or not items else 400
            return self.json({"accepted": accepted, "rejected": rejected}, status=status)

    return app
