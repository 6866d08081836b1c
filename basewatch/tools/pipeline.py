"""The whole core in one process (`basewatch run --offline`): intake -> enrich -> dedup -> alerts.

The stream workers call the same pure functions; this class only keeps their state in memory
(the stream keeps it in faust tables): the alert stage's `handle` over a dict-backed
`KeyValueEventStore`, whose retention policy (services/alert/domain/state.py) is the worker's too.
State is bounded: recent-article sketches for duplicate detection and events inside the horizon.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from pydantic import BaseModel

from basewatch.schemas import AlertRaised, AlertRevised, ArticleReceived, ClaimExtracted
from basewatch.services.alert.domain.machine import ClaimIdReused, handle
from basewatch.services.alert.domain.state import KeyValueEventStore
from basewatch.services.enrich import resources
from basewatch.services.enrich.domain import Linked, read_linked, stage_claims
from basewatch.services.enrich.domain.dates import estimate_reference
from basewatch.services.enrich.domain.text import fold
from basewatch.services.ingest.domain.intake import DuplicateIndex, RawArticle, intake

# Articles read by `order_key`, by id(): each with what reading it found, kept for its claims (read once)
ReadAhead = dict[int, tuple[ArticleReceived, Linked]]


@dataclass
class Pipeline:
    """Intake's duplicate index and the alert stage's store, in memory; the decisions are the stream's."""

    duplicates: DuplicateIndex = field(default_factory=DuplicateIndex)
    store: KeyValueEventStore = field(default_factory=KeyValueEventStore)
    read_ahead: ReadAhead = field(default_factory=dict)  # undated articles read to sort them (`order_key`)

    def receive(self, raw: RawArticle) -> ArticleReceived:
        return self.duplicates.check(intake(raw))

    def claims(self, article: ArticleReceived) -> list[ClaimExtracted]:
        ahead = self.read_ahead.pop(id(article), None)
        found = ahead[1] if ahead is not None and ahead[0] is article else None
        return [] if article.resubmitted else claims_of(article, found)

    def fold_claim(self, claim: ClaimExtracted) -> Iterator[BaseModel]:
        """The alert stage's decision for one claim, applied to the in-memory store (as the worker does)."""
        try:
            decision = handle(self.store, claim)
        except ClaimIdReused:
            return  # the stream dead-letters it (claims.dlq) and publishes nothing for it
        self.store.write(decision.changes)
        yield from decision.messages

    def process(self, article: ArticleReceived, claims: list[ClaimExtracted]) -> Iterator[BaseModel]:
        yield article
        yield from claims
        for claim in claims:
            yield from self.fold_claim(claim)


def claims_of(article: ArticleReceived, found: Linked | None = None) -> list[ClaimExtracted]:
    return stage_claims(article, resources.lexicon(), resources.calendar(), resources.gazetteer(), found)


def order_key(article: ArticleReceived, read_ahead: ReadAhead | None = None) -> date:
    """Publication date, else the date the text itself fixes, else its earliest attack date (what reading the
    article found is kept in `read_ahead`)."""
    if article.published_at:
        return article.published_at
    est = estimate_reference(fold(article.text), resources.calendar(), month=article.published_month)
    if est:
        return est
    # rare: extraction only for these; the days the text gives, not those the attack calendar guesses
    found = read_linked(article, resources.lexicon(), resources.calendar(), resources.gazetteer())
    if read_ahead is not None:
        read_ahead[id(article)] = (article, found)
    dates = [c.attack_date for c in found.claims if c.attack_date]
    return min(dates) if dates else date.max


def order_keys(articles: Sequence[ArticleReceived], read_ahead: ReadAhead | None = None) -> list[tuple[date, int]]:
    """Each article's place in the feed: its `order_key` and its input position. An article that dates
    nothing (no publication, no day in its text) keeps its place in the input, right after the article
    before it, as a stream would receive it: sorting it after everything else would put it past the
    retention horizon of the attack it reports, where no event is left to join."""
    keys: list[tuple[date, int]] = []
    last = date.min
    for i, article in enumerate(articles):
        key = order_key(article, read_ahead)
        if key == date.max:
            key = last
        last = key
        keys.append((key, i))
    return keys


def _sorted(raws: Iterable[RawArticle], read_ahead: ReadAhead | None = None) -> list[tuple[RawArticle, ArticleReceived]]:
    """Each raw article with its intake, sorted by publication (stable for ties)."""
    staged = [(raw, intake(raw)) for raw in raws]
    keys = order_keys([article for _, article in staged], read_ahead)
    order = sorted(range(len(staged)), key=keys.__getitem__)
    return [staged[i] for i in order]


def publication_order(raws: Iterable[RawArticle]) -> list[RawArticle]:
    """The articles sorted by publication: the order the stream is fed in, too."""
    return [raw for raw, _ in _sorted(raws)]


def run(raws: Iterable[RawArticle], *, in_publication_order: bool = True) -> Iterator[BaseModel]:
    """Every message the pipeline produces, article by article."""
    pipe = Pipeline()
    received = (article for _, article in _sorted(raws, pipe.read_ahead)) if in_publication_order else (intake(raw) for raw in raws)
    for article in received:
        article = pipe.duplicates.check(article)
        yield from pipe.process(article, pipe.claims(article))


__all__ = ["AlertRaised", "AlertRevised", "Pipeline", "order_keys", "publication_order", "run"]
