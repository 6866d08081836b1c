"""The whole core in one process (`basewatch run --offline`): intake -> enrich -> dedup -> alerts.

The stream workers call the same pure functions; this class only keeps their state in memory
(the stream keeps it in faust tables). State is bounded: recent-article sketches for duplicate
detection and events within `EVENT_HORIZON_DAYS` of the newest attack date seen.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from pydantic import BaseModel

from basewatch.schemas import AlertRaised, AlertRevised, ArticleReceived, ClaimExtracted, EventState
from basewatch.services.alert.domain.decide import FatalityRecord, decide, ledger_after
from basewatch.services.alert.domain.dedup import apply, candidate_dates
from basewatch.services.enrich import resources
from basewatch.services.enrich.domain import enrich
from basewatch.services.enrich.domain.dates import estimate_reference
from basewatch.services.enrich.domain.text import fold
from basewatch.services.ingest.domain.intake import DuplicateIndex, RawArticle, intake

EVENT_HORIZON_DAYS = 120
SWEEP_EVERY = 1000
UNDATED_CAPACITY = 10_000


@dataclass
class EventStore:
    """Events by id, indexed by attack date and base; bounded.

    Dated events far older than the newest attack date are evicted; undated events (no date in the
    text and no publication date) are kept up to `undated_capacity`, the oldest dropped first. An
    undated event that a later claim dates moves to that date's index.
    """

    events: dict[str, EventState] = field(default_factory=dict)
    by_date: dict[date, set[str]] = field(default_factory=dict)
    by_base: dict[str, set[str]] = field(default_factory=dict)
    undated: dict[str, str | None] = field(default_factory=dict)  # event id -> base id, oldest first
    undated_capacity: int = UNDATED_CAPACITY
    newest: date | None = None
    puts: int = 0

    def candidates(self, claim: ClaimExtracted) -> list[EventState]:
        ids: set[str] = set()  # an undated claim can only join an event of its base (dedup.apply)
        for d in candidate_dates(claim):
            ids |= self.by_date.get(d, set()) if d is not None else set()
        if claim.base_id is not None:
            same_base = self.by_base.get(claim.base_id, set())
            # a dated claim meets same-base events by their day; undated events have no day
            ids |= same_base if claim.attack_date is None else {i for i in same_base if i in self.undated}
        return [self.events[i] for i in sorted(ids)]

    def put(self, e: EventState) -> list[str]:
        """Store an event; return the ids of events that were evicted."""
        old = self.events.get(e.event_id)
        self.events[e.event_id] = e
        if old is not None and old.attack_date is None and e.attack_date is not None:
            self.undated.pop(e.event_id, None)
        if e.attack_date is not None:
            self.by_date.setdefault(e.attack_date, set()).add(e.event_id)
        elif old is None:
            self.undated[e.event_id] = e.base_id
        if e.base_id:
            self.by_base.setdefault(e.base_id, set()).add(e.event_id)
        self.puts += 1
        gone = self._drop_undated() if len(self.undated) > self.undated_capacity else []
        if e.attack_date and (self.newest is None or e.attack_date > self.newest):
            self.newest = e.attack_date
            return gone + self._evict(e.attack_date - timedelta(days=EVENT_HORIZON_DAYS))
        if self.newest is not None and self.puts % SWEEP_EVERY == 0:
            # late reports of old attacks are stored too; sweep them out now and then
            return gone + self._evict(self.newest - timedelta(days=EVENT_HORIZON_DAYS))
        return gone

    def _forget(self, i: str) -> None:
        e = self.events.pop(i)
        if e.base_id:
            self.by_base[e.base_id].discard(i)

    def _drop_undated(self) -> list[str]:
        oldest = next(iter(self.undated))
        del self.undated[oldest]
        self._forget(oldest)
        return [oldest]

    def _evict(self, before: date) -> list[str]:
        gone = []
        for d in [d for d in self.by_date if d < before]:
            for i in self.by_date.pop(d):
                self._forget(i)
                gone.append(i)
        return gone


@dataclass
class Pipeline:
    duplicates: DuplicateIndex = field(default_factory=DuplicateIndex)
    store: EventStore = field(default_factory=EventStore)
    seen_bases: set[str] = field(default_factory=set)
    fatalities: dict[str, FatalityRecord] = field(default_factory=dict)

    def receive(self, raw: RawArticle) -> ArticleReceived:
        return self.duplicates.check(intake(raw))

    def claims(self, article: ArticleReceived) -> list[ClaimExtracted]:
        return [] if article.duplicate_of is not None else claims_of(article)

    def fold_claim(self, claim: ClaimExtracted) -> Iterator[BaseModel]:
        applied = apply(self.store.candidates(claim), claim)
        if applied.event is None or applied.message is None:
            return
        for gone in self.store.put(applied.event):
            self.fatalities.pop(gone, None)
        yield applied.message
        event = applied.event
        alerts = decide(event, event.base_id in self.seen_bases, self.fatalities.get(event.event_id))
        if event.base_id:
            self.seen_bases.add(event.base_id)
        self.fatalities |= ledger_after(alerts)
        yield from alerts

    def process(self, article: ArticleReceived, claims: list[ClaimExtracted]) -> Iterator[BaseModel]:
        yield article
        yield from claims
        for claim in claims:
            yield from self.fold_claim(claim)


def claims_of(article: ArticleReceived) -> list[ClaimExtracted]:
    return enrich(article, resources.lexicon(), resources.calendar(), resources.gazetteer())


def order_key(article: ArticleReceived) -> date:
    """Publication date, else the date the text itself fixes, else its earliest attack date."""
    if article.published_at:
        return article.published_at
    est = estimate_reference(fold(article.text), resources.calendar(), month=article.published_month)
    if est:
        return est
    dates = [c.attack_date for c in claims_of(article) if c.attack_date]  # rare: extraction only for these
    return min(dates) if dates else date.max


def _sorted(raws: Iterable[RawArticle]) -> list[tuple[RawArticle, ArticleReceived]]:
    """Each raw article with its intake, sorted by publication (stable for ties)."""
    staged = [(raw, intake(raw)) for raw in raws]
    order = sorted(range(len(staged)), key=lambda i: (order_key(staged[i][1]), i))
    return [staged[i] for i in order]


def publication_order(raws: Iterable[RawArticle]) -> list[RawArticle]:
    """The articles sorted by publication: the order the stream is fed in, too."""
    return [raw for raw, _ in _sorted(raws)]


def run(raws: Iterable[RawArticle], *, in_publication_order: bool = True) -> Iterator[BaseModel]:
    """Every message the pipeline produces, article by article."""
    pipe = Pipeline()
    received = (article for _, article in _sorted(raws)) if in_publication_order else (intake(raw) for raw in raws)
    for article in received:
        article = pipe.duplicates.check(article)
        yield from pipe.process(article, pipe.claims(article))


__all__ = ["AlertRaised", "AlertRevised", "Pipeline", "publication_order", "run"]
