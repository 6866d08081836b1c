"""Small builders shared by tests (articles and claims in a line each)."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

from basewatch.schemas import ArticleReceived, ClaimExtracted, EventOpened, EventUpdated
from basewatch.services.alert.domain.machine import handle
from basewatch.services.alert.domain.state import KeyValueEventStore
from basewatch.services.enrich import resources
from basewatch.services.enrich.domain import enrich
from basewatch.services.ingest.domain.intake import RawArticle, intake


def article(text: str, published: str | None = None, **kw: Any) -> ArticleReceived:
    return intake(RawArticle(text=text, published_at=date.fromisoformat(published) if published else None, **kw))


def claims_of(text: str, published: str | None = None, **kw: Any) -> list[ClaimExtracted]:
    return enrich(article(text, published, **kw), resources.lexicon(), resources.calendar(), resources.gazetteer())


def claim(**kw: Any) -> ClaimExtracted:
    base = {
        "claim_id": "c1", "article_id": "a1", "source": "Outlet A", "place_text": "the base", "evidence": "text",
        "attack_date": date(2024, 1, 28), "date_basis": "explicit",
    }  # fmt: skip
    return ClaimExtracted(**(base | kw))


def decide_all(store: KeyValueEventStore, claims: list[ClaimExtracted]) -> list[Any]:
    """Every message the alert stage publishes for these claims, in this order, deciding over `store` and writing to it."""
    out: list[Any] = []
    for c in claims:
        decision = handle(store, c)
        store.write(decision.changes)
        out += decision.messages
    return out


def fold_claims(claims: list[ClaimExtracted]) -> tuple[list[Any], KeyValueEventStore]:
    """Every message the alert stage publishes for these claims, in this order, and the store after them."""
    store = KeyValueEventStore()
    return decide_all(store, claims), store


def event_groups(claims: list[ClaimExtracted]) -> set[tuple[str, ...]]:
    """The claim ids of each event the alert stage leaves live after these claims, in this order (folded events left out)."""
    out, _ = fold_claims(claims)
    last: dict[str, EventOpened | EventUpdated] = {}
    for m in out:
        if isinstance(m, EventOpened | EventUpdated):
            last[m.event_id] = m
    return {v.claim_ids for v in last.values() if v.merged_into is None}


async def put_and_wait(ctx: Any, key: bytes, until: list[Any]) -> None:
    """Put one record into a faust agent's test context and wait (at most half a second) until `until` fills."""
    await asyncio.wait_for(ctx.put(key, partition=0), 5)
    for _ in range(50):
        if until:
            break
        await asyncio.sleep(0.01)
