"""Alert stage, state: what the alert state machine remembers, as small records in a key-value mapping.

The records are the only truth; everything else (events, indexes by base and day) is derived from them
in memory, and rebuilt when the mapping was filled behind our back (a faust table recovering its
changelog). Five kinds of record, each one small, none a snapshot of an event:

- `c:<claim id>` -> the claim as a member of an event (its facts, the event it joined, the alerts it
  decided). Written first for a claim, in one write: present means decided. Expires with its event.
- `a:<event id>` -> the event id it was folded into (a re-keyed or merged event). Expires with it.
- `f:<event id>` -> the fatality alert's ledger (id, revision, what it last said). Kept: a late report
  of an evicted attack must revise that alert, never raise a second one. One per fatal attack.
- `b:<base id>` -> the first event at the base (new_target is raised once per base, ever).
- `n:<base id>` -> how many fatal attacks at the base were given an id (`dedup.fatal_event_id`). Kept.

`EventStore` is the port; `KeyValueEventStore` implements it over any `MutableMapping[str, bytes]`:
a dict offline and in tests, a faust table in the worker (`services/alert/agents.py`). In the worker a
deletion is a changelog record too, and the weekly retention sweep forgets a week's events at once (2,000
records in the 100,000-article benchmark: ~0.6 s of faust's producer while every claim behind it waited);
there the store forgets at once but deletes at most `drain` records a write (see `KeyValueEventStore`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from typing import Any, Protocol, TypeVar

import orjson

from basewatch.schemas.messages import Side, Status, Weapon

T = TypeVar("T")

# One retention policy for offline and stream: an event whose latest report (publication or attack
# day) is older than the newest day seen minus this many days is forgotten, with its claim records.
HORIZON_DAYS = 120
LEDGER_DAYS = 365  # how much longer a forgotten fatal attack's ledger is kept
EVIDENCE_CHARS = 160  # evidence kept per report: the sentence's first 160 characters


@dataclass(frozen=True, slots=True)
class Member:
    """One claim as a member of an event: the `c:<claim id>` record."""

    claim_id: str
    event_id: str  # the event it joined (follow `a:` records for where that event went since)
    article_id: str
    source: str | None
    url: str | None
    published: date | None
    day: date | None
    rank: int  # date precision: 0 explicit ... 5 no date (see dedup.RANK)
    base_id: str | None
    base_name: str | None
    country: str | None
    actor: str | None
    weapon: Weapon
    killed: int | None
    wounded: int | None
    side: Side | None
    status: Status
    evidence: str
    vague: bool = False
    version: int = 1  # the event's version after this claim
    alerts: tuple[str, ...] = ()  # the alert messages (JSON) this claim decided, for a redelivery
    followups: tuple[tuple[str, object], ...] = ()  # the other writes it decided (key, encoded value)
    background: bool = False  # recalled as context: an event of background reports alone stays unpublished
    arrived: date | None = None  # a report that dates nothing: the feed's clock (newest day seen) when it came
    month: str | None = None  # no day, only the attack's month ("2024-02"): the claim's `date_month`
    weekday: int | None = None  # no day, only a weekday the text names (0 Monday): the claim's `date_weekday`
    seq: int = 0  # the store's count of decisions when this claim was decided (0: a record written before it was kept)
    weekday_lag: int = 0  # days before `weekday` the attack may be: the claim's `date_weekday_lag` (0: older records)

    def encode(self) -> bytes:
        """A JSON array without the claim id (the key has it), days as ordinals: small changelog records."""
        v = [getattr(self, name) for name in _MEMBER_FIELDS]
        v[4], v[5], v[22] = _ordinal(self.published), _ordinal(self.day), _ordinal(self.arrived)
        return _json(v)

    @classmethod
    def decode(cls, raw: bytes, claim_id: str) -> Member:
        v = orjson.loads(raw)
        v[4], v[5] = _from_ordinal(v[4]), _from_ordinal(v[5])
        if len(v) > 22:  # records written before `arrived` have none
            v[22] = _from_ordinal(v[22])
        v[19] = tuple(v[19])
        v[20] = tuple((k, x) for k, x in v[20])
        return cls(claim_id, *v)


_MEMBER_FIELDS = [f.name for f in fields(Member)][1:]


@dataclass(frozen=True, slots=True)
class Ledger:
    """What the fatality alert of an event last said, and enough of the attack to recognise a late report
    of it after the event left the horizon: the `f:<event id>` record."""

    alert_id: str
    revision: int
    killed_min: int | None
    killed: int | None
    status: Status
    day: date | None
    base_id: str | None = None
    rank: int = 5
    version: int = 0  # the event's last version when it was forgotten (0 while it is live)
    last_seen: date | None = None  # the event's latest report when it was forgotten
    severity: str | None = None  # what the alert last said it was (None: a record written before it was kept)
    wounded: int = -1  # the wounded the alert last said (0: none; -1: a record written before it was kept)

    def encode(self) -> bytes:
        v = [getattr(self, name) for name in _LEDGER_FIELDS]  # not `astuple`: it deep-copies every field (5% of the alert worker's CPU)
        v[5], v[9] = _ordinal(self.day), _ordinal(self.last_seen)
        return _json(v)

    @classmethod
    def decode(cls, raw: bytes) -> Ledger:
        v = orjson.loads(raw)
        v[5] = _from_ordinal(v[5])
        if len(v) > 9:
            v[9] = _from_ordinal(v[9])
        return cls(*v)


_LEDGER_FIELDS = [f.name for f in fields(Ledger)]


def _json(v: object) -> bytes:
    """`orjson.dumps(v)` in a bytes object of its own size, for records kept as long as their event.

    orjson (3.12 on) returns its output inside the buffer it wrote it in, at least 4 KiB, never shrunk:
    a 300-byte record kept in the store held 4 KiB of memory (the alert worker grew ~6 KiB an article).
    A copy costs ~0.3 µs (as Home Assistant does for the JSON it caches: home-assistant/core#181240).
    """
    return memoryview(orjson.dumps(v)).tobytes()


def _day(v: str | None) -> date | None:
    return date.fromisoformat(v) if v else None


def _ordinal(d: date | None) -> int | None:
    return d.toordinal() if d else None


def _from_ordinal(v: int | None) -> date | None:
    return date.fromordinal(v) if v else None


Record = Member | Ledger | str | None  # str: an alias or a base's first event; None: delete
Change = tuple[str, Record]


class EventStore(Protocol):
    """The port the state machine reads through; `write` applies a Decision's changes in order."""

    def member(self, claim_id: str) -> Member | None: ...
    def members(self, event_id: str) -> Sequence[Member]: ...
    def at_base(self, base_id: str) -> Iterable[str]: ...
    def fatal_live(self, base_id: str) -> Iterable[str]: ...
    def fatal_unlinked(self, country: str) -> Iterable[str]: ...
    def with_floating(self, base_id: str) -> Iterable[str]: ...
    def article_floating(self, article_id: str) -> Sequence[Member]: ...
    def near(self, base_id: str, day: date, days: int) -> Iterable[str]: ...
    def on_day(self, day: date) -> Iterable[str]: ...
    def unlinked_on(self, day: date) -> Iterable[str]: ...
    def resolve(self, event_id: str) -> str: ...
    def ledger(self, event_id: str) -> Ledger | None: ...
    def fatal_at(self, base_id: str) -> Iterable[tuple[str, Ledger]]: ...
    def memo(self, event_id: str, compute: Callable[[Sequence[Member]], T]) -> T: ...
    def base_seen(self, base_id: str) -> bool: ...
    def fatal_count(self, base_id: str) -> int: ...
    def newest(self) -> date | None: ...
    def last_decided(self) -> int: ...
    def expired(self, cutoff: date, keep: Collection[str]) -> list[Change]: ...
    def write(self, changes: Sequence[Change]) -> None: ...


@dataclass
class _Index:
    """Derived from the records: members by live event, live events by base and by day, aliases."""

    members: dict[str, list[Member]] = field(default_factory=dict)
    alias: dict[str, str] = field(default_factory=dict)
    by_base: dict[str, set[str]] = field(default_factory=dict)
    by_day: dict[date, set[str]] = field(default_factory=dict)
    unlinked_by_day: dict[date, set[str]] = field(default_factory=dict)  # the events of by_day without a base
    by_base_day: dict[tuple[str, date | None], set[str]] = field(default_factory=dict)  # (base, anchor day or None)
    placed: dict[str, tuple[str | None, date | None]] = field(default_factory=dict)
    deaths: dict[str, set[str]] = field(default_factory=dict)  # base id -> live events a report gives deaths in
    floats: dict[str, set[str]] = field(default_factory=dict)  # base id -> live events holding a `floating` report
    fatal: dict[str, set[str]] = field(default_factory=dict)  # base id -> events with a fatality ledger
    unnamed_deaths: dict[str, set[str]] = field(default_factory=dict)  # country -> live events of no base a report gives deaths in
    placed_country: dict[str, str] = field(default_factory=dict)  # event id -> its country key in unnamed_deaths
    article_floats: dict[str, set[str]] = field(default_factory=dict)  # article id -> claim ids of its `floating` reports
    memo: dict[str, dict[Any, Any]] = field(default_factory=dict)  # event id -> function -> its value over the members
    newest: date | None = None
    seq: int = 0  # the highest `Member.seq` indexed: the last decision's


class KeyValueEventStore:
    """`EventStore` over a mapping of str -> bytes (a dict, or a faust table with raw values).

    `drain`: None deletes a record from the mapping when a write deletes it (offline). A number makes a deleted
    record gone for every read at once, and deletes it from the mapping later, at most `drain` of them after
    each write (the worker: each deletion is a changelog record, and a sweep's thousands must not hold up the
    claims behind it). A store over a mapping that still holds records so deleted (a worker stopped before it
    deleted them all) forgets them again when it indexes the mapping: what the horizon's sweep forgot by the
    newest day it finds (`horizon_cutoff`) is forgotten before any read, as the stopped worker had.
    """

    def __init__(self, records: MutableMapping[str, bytes] | None = None, drain: int | None = None) -> None:
        self.records: MutableMapping[str, bytes] = {} if records is None else records
        self._drain = drain
        self._doomed: dict[str, None] = {}  # deleted for every read, still in the mapping (oldest first)
        self._ix = _Index()
        self._count = -1  # records seen by the index; a mismatch means the mapping changed without us
        self._swept: date | None = None
        self._moved: set[str] = set()  # events whose members changed in the write (or rebuild) under way: placed at its end
        self._gone: dict[str, set[str]] = {}  # event id -> claim ids the write under way took out of it (applied once)

    # -- reads -------------------------------------------------------------------------------------
    @property
    def ix(self) -> _Index:
        if self._count != len(self.records):
            self._rebuild()
        return self._ix

    def _raw(self, key: str) -> bytes | None:
        """A record as the reads see it: None when it is deleted, also while it still waits in the mapping."""
        return None if key in self._doomed else self.records.get(key)

    def member(self, claim_id: str) -> Member | None:
        raw = self._raw(f"c:{claim_id}")
        return Member.decode(raw, claim_id) if raw is not None else None

    def members(self, event_id: str) -> Sequence[Member]:
        return self.ix.members.get(event_id, ())

    def at_base(self, base_id: str) -> Iterable[str]:
        return sorted(self.ix.by_base.get(base_id, ()))

    def fatal_live(self, base_id: str) -> Iterable[str]:
        """Live events at the base (by their anchor) that a report gives deaths in: the only ones a claim's
        deaths can match at any distance (`dedup.compatible`'s same toll, `dedup.same_attack`)."""
        return sorted(self.ix.deaths.get(base_id, ()))

    def fatal_unlinked(self, country: str) -> Iterable[str]:
        """Live events that no report links to a base, in that country, that a report gives deaths in: the
        only ones an undated report of deaths at an unnamed site may be (`machine._unnamed_target`)."""
        return sorted(self.ix.unnamed_deaths.get(country, ()))

    def with_floating(self, base_id: str) -> Iterable[str]:
        """Live events at the base (by their anchor) holding a report dated only by a month or a weekday,
        or placed by its wounded (`floating`): the only ones `machine._settle` may move reports out of."""
        return sorted(self.ix.floats.get(base_id, ()))

    def article_floating(self, article_id: str) -> Sequence[Member]:
        """The `floating` reports of one article (at every base it names): the signature `machine._together` reads."""
        found = (self.member(c) for c in sorted(self.ix.article_floats.get(article_id, ())))
        return [m for m in found if m is not None]

    def near(self, base_id: str, day: date, days: int) -> Iterable[str]:
        """Live events at the base whose anchor day is within `days` of `day`, or that no report dates
        (the candidates of a dated claim, when only those can match it: `machine._target`)."""
        index = self.ix.by_base_day
        found: set[str] = set(index.get((base_id, None), ()))
        for offset in range(-days, days + 1):
            found.update(index.get((base_id, day + timedelta(days=offset)), ()))
        return sorted(found)

    def on_day(self, day: date) -> Iterable[str]:
        return sorted(self.ix.by_day.get(day, ()))

    def unlinked_on(self, day: date) -> Iterable[str]:
        """The live events of that day that no report links to a base (`on_day`'s without a base)."""
        return sorted(self.ix.unlinked_by_day.get(day, ()))

    def resolve(self, event_id: str) -> str:
        alias = self.ix.alias
        seen = 0
        while event_id in alias and seen < 64:
            event_id, seen = alias[event_id], seen + 1
        return event_id

    def ledger(self, event_id: str) -> Ledger | None:
        raw = self._raw(f"f:{event_id}")
        return Ledger.decode(raw) if raw is not None else None

    def base_seen(self, base_id: str) -> bool:
        return self._raw(f"b:{base_id}") is not None

    def fatal_count(self, base_id: str) -> int:
        """How many fatal attacks at the base were given an id (never reused: ids outlive forgotten ledgers)."""
        raw = self._raw(f"n:{base_id}")
        return int(raw) if raw is not None else 0

    def fatal_at(self, base_id: str) -> Iterable[tuple[str, Ledger]]:
        """Fatal attacks at a base that have left the horizon (their ledgers outlive them)."""
        found = [(e, self.ledger(e)) for e in sorted(self.ix.fatal.get(base_id, ())) if e not in self.ix.members]
        return [(e, led) for e, led in found if led is not None]

    def memo(self, event_id: str, compute: Callable[[Sequence[Member]], T]) -> T:
        """`compute(members)` of a live event, kept until its members change (the facts of candidates)."""
        ix = self.ix
        known = ix.memo.setdefault(event_id, {})
        if compute not in known:
            known[compute] = compute(ix.members.get(event_id, ()))
        value: T = known[compute]
        return value

    def live_events(self) -> Iterator[str]:
        return iter(self.ix.members)

    # -- writes ------------------------------------------------------------------------------------
    def write(self, changes: Sequence[Change]) -> None:
        _ = self.ix  # rebuild first if the mapping changed without us
        for key, value in changes:
            if value is None:
                if key in self.records and key not in self._doomed:
                    self._unindex(key)
                    if self._drain is None:
                        del self.records[key]
                    else:
                        self._doomed[key] = None
                continue
            old = self._raw(key)
            self._doomed.pop(key, None)  # written again: no longer deleted
            self.records[key] = value.encode()
            if old is not None:
                self._unindex(key, old)
            self._index(key, value)
        self._place_moved()
        for key in list(itertools.islice(self._doomed, self._drain or 0)):
            del self._doomed[key]
            self.records.pop(key, None)
        self._count = len(self.records)

    def _place_moved(self) -> None:
        """Sort and place each event whose members changed, once, when all the changes are in.

        Placing an event (its anchor, its indexes) after each change made a sweep that forgets an event of k
        reports cost k placements over up to k members: 2,000 deletions of one weekly sweep took 144 ms offline,
        and in the worker every claim behind them waited.
        """
        ix = self._ix
        for event_id in self._moved:
            self._drop_gone(event_id)
            members = ix.members.get(event_id)
            if members:
                members.sort(key=_member_order)
                self._place(event_id)
            else:
                ix.members.pop(event_id, None)
                self._unplace(event_id)
        self._moved = set()

    def _drop_gone(self, event_id: str) -> None:
        """Take out of an event's members those the write under way deleted (one pass, not one per deletion)."""
        gone = self._gone.pop(event_id, None)
        if gone and event_id in self._ix.members:
            self._ix.members[event_id] = [x for x in self._ix.members[event_id] if x.claim_id not in gone]

    def last_decided(self) -> int:
        """The `seq` of the last claim decided (0 before any): a repeated decision with a lower one has been built on since."""
        return self.ix.seq

    def newest(self) -> date | None:
        """The latest day (publication or attack) of any live record."""
        return self.ix.newest

    def expired(self, cutoff: date, keep: Collection[str]) -> list[Change]:
        """Deletions for events whose latest report is before `cutoff` (once per cutoff: the sweep is cheap
        to repeat but not free); `keep`: the event being decided and those it folds in (a set of ids)."""
        if self._swept is not None and cutoff <= self._swept:
            return []
        self._swept = cutoff
        ix = self.ix
        gone: list[Change] = []
        dropped: set[str] = set()
        for event_id, members in ix.members.items():
            # an event none of whose reports has a date (no attack day, no publication day, and came before
            # any dated report set the clock) has no age: it stays until a dated report joins it (expiring it
            # by whatever dated claim came next made the result depend on the order claims arrive in)
            # (each event's latest day is kept until its members change: a sweep reads again only the events changed since the last)
            if event_id not in keep and date.min < self.memo(event_id, _latest_seen) < cutoff:
                gone += [(f"c:{m.claim_id}", None) for m in members]
                dropped |= {m.event_id for m in members} | {event_id}
                ledger = self.ledger(event_id)
                if ledger is not None:  # remember its last version: a late report reopens it after that
                    last = self.memo(event_id, _latest_seen)
                    gone.append((f"f:{event_id}", replace(ledger, version=max(m.version for m in members), last_seen=last)))
        gone += [(f"a:{old}", None) for old in ix.alias if old in dropped or self.resolve(old) in dropped]
        # a fatal attack's ledger outlives its event by LEDGER_DAYS, then a report of it is news again
        for events in list(ix.fatal.values()):
            for event_id in sorted(events):
                ledger = self.ledger(event_id)
                if ledger and ledger.last_seen and event_id not in ix.members and ledger.last_seen < cutoff - timedelta(days=LEDGER_DAYS):
                    gone.append((f"f:{event_id}", None))
        # members first: an alias is needed to find where its members were indexed until they are gone
        return sorted(gone, key=lambda c: (not c[0].startswith("c:"), c[0]))

    # -- the derived index -------------------------------------------------------------------------
    def _rebuild(self) -> None:
        self._ix = _Index()
        items = sorted(((k, raw) for k, raw in self.records.items() if k not in self._doomed), key=lambda kv: kv[0][0] != "a")  # aliases first
        for key, raw in items:
            self._index(key, _decode(key, raw))
        self._place_moved()
        self._count = len(self.records)
        if self._drain is not None and self._ix.newest is not None:
            # deletions a stopped worker left in the mapping: what the sweep of the newest day's week forgets is
            # forgotten before anything reads it, as the worker that swept it had (its `keep` was live again since)
            self._swept = None
            self.write(self.expired(horizon_cutoff(self._ix.newest), keep=()))

    def _index(self, key: str, value: Record) -> None:
        ix = self._ix
        if key.startswith("c:") and isinstance(value, Member):
            event_id = self._resolve_raw(value.event_id)
            self._drop_gone(event_id)  # a record written again is in its event once
            ix.members.setdefault(event_id, []).append(value)
            if floating(value):
                ix.article_floats.setdefault(value.article_id, set()).add(value.claim_id)
            self._moved.add(event_id)
            seen = clock_day(value)
            if seen != date.min and (ix.newest is None or seen > ix.newest):
                ix.newest = seen
            ix.seq = max(ix.seq, value.seq)
        elif key.startswith("f:") and isinstance(value, Ledger) and value.base_id:
            ix.fatal.setdefault(value.base_id, set()).add(key[2:])
        elif key.startswith("a:") and isinstance(value, str):
            old = key[2:]
            ix.alias[old] = value
            self._drop_gone(old)
            moved = ix.members.pop(old, [])
            if moved:
                new = self._resolve_raw(value)
                self._drop_gone(new)
                ix.members.setdefault(new, []).extend(moved)
                self._moved.add(new)
            self._moved.add(old)

    def _resolve_raw(self, event_id: str) -> str:
        seen = 0
        while event_id in self._ix.alias and seen < 64:
            event_id, seen = self._ix.alias[event_id], seen + 1
        return event_id

    def _unindex(self, key: str, raw: bytes | None = None) -> None:
        ix = self._ix
        raw = self._raw(key) if raw is None else raw
        if raw is None:
            return
        if key.startswith("c:"):
            m = Member.decode(raw, key[2:])
            _discard(ix.article_floats, m.article_id, m.claim_id)
            event_id = self._resolve_raw(m.event_id)
            self._gone.setdefault(event_id, set()).add(m.claim_id)
            self._moved.add(event_id)
        elif key.startswith("a:"):
            ix.alias.pop(key[2:], None)
        elif key.startswith("f:"):
            for base in [b for b, events in ix.fatal.items() if key[2:] in events]:
                ix.fatal[base].discard(key[2:])
                if not ix.fatal[base]:
                    del ix.fatal[base]

    def _place(self, event_id: str) -> None:
        self._unplace(event_id)
        members = self._ix.members[event_id]
        anchor = anchor_of(members)
        if anchor.base_id:
            self._ix.by_base.setdefault(anchor.base_id, set()).add(event_id)
        if anchor.day is not None:
            self._ix.by_day.setdefault(anchor.day, set()).add(event_id)
            if anchor.base_id is None:
                self._ix.unlinked_by_day.setdefault(anchor.day, set()).add(event_id)
        if anchor.base_id:
            self._ix.by_base_day.setdefault((anchor.base_id, anchor.day), set()).add(event_id)
            # an event's deaths are those of its reports that do not float (floating ones give none)
            if any(m.killed for m in members):
                self._ix.deaths.setdefault(anchor.base_id, set()).add(event_id)
            if any(floating(m) for m in members):
                self._ix.floats.setdefault(anchor.base_id, set()).add(event_id)
        elif any(m.killed for m in members):
            country = country_of(anchor, members)
            if country:
                self._ix.unnamed_deaths.setdefault(country, set()).add(event_id)
                self._ix.placed_country[event_id] = country
        self._ix.placed[event_id] = (anchor.base_id, anchor.day)

    def _unplace(self, event_id: str) -> None:
        self._ix.memo.pop(event_id, None)
        base, day = self._ix.placed.pop(event_id, (None, None))
        country = self._ix.placed_country.pop(event_id, None)
        if country is not None:
            _discard(self._ix.unnamed_deaths, country, event_id)
        if base is not None:
            _discard(self._ix.by_base, base, event_id)
            _discard(self._ix.by_base_day, (base, day), event_id)
            _discard(self._ix.deaths, base, event_id)
            _discard(self._ix.floats, base, event_id)
        if day is not None:
            _discard(self._ix.by_day, day, event_id)
            _discard(self._ix.unlinked_by_day, day, event_id)


def _discard(index: dict[Any, set[str]], key: Any, event_id: str) -> None:
    """Remove an event from an index entry, and the entry when it is empty (old days must not pile up)."""
    found = index.get(key)
    if found is not None:
        found.discard(event_id)
        if not found:
            del index[key]


def _decode(key: str, raw: bytes) -> Record:
    if key.startswith("c:"):
        return Member.decode(raw, key[2:])
    if key.startswith("f:"):
        return Ledger.decode(raw)
    return raw.decode()


def _member_order(m: Member) -> tuple[int, date, str]:
    """Best first: the most precise date, then the earliest day, then the claim id (order-independent)."""
    return (m.rank, m.day or date.max, m.claim_id)


def horizon_cutoff(seen: date) -> date:
    """The retention cutoff when the newest day seen is `seen`: events known by no day since are forgotten.

    It moves by whole weeks of the newest day, so a restarted worker (which sweeps at once) forgets exactly
    what an uninterrupted one forgot.
    """
    week_start = seen - timedelta(days=seen.weekday())
    return week_start - timedelta(days=HORIZON_DAYS)


GUESSED_RANK = 3  # a member's rank when its day is only guessed (`dedup.RANK["inferred"]`: the attack calendar, a famous toll)


def clock_day(m: Member) -> date:
    """How far a report moves the feed's clock (the newest day seen, from which the retention horizon counts): its
    publication day or a day its text gives, never a guessed one. An undated page placed on August by the attack
    calendar, early in a feed of January's news, would otherwise age January's attacks out of the horizon."""
    day = None if m.rank == GUESSED_RANK else m.day
    return max(d for d in (m.published, day, m.arrived, date.min) if d is not None)


def _last_seen(m: Member) -> date:
    """The latest day a report is known by: its publication or attack day, else the feed's clock when it
    arrived (an undated report ages from then, so undated events do not pile up past the horizon)."""
    return max(d for d in (m.published, m.day, m.arrived, date.min) if d is not None)


def _latest_seen(members: Sequence[Member]) -> date:
    """The latest day an event is known by: its reports' latest (`_last_seen`)."""
    return max(_last_seen(m) for m in members)


def floating(m: Member) -> bool:
    """A report with no day and no deaths (which `dedup.same_attack` handles) at a known base: it is placed in the
    one attack at its base that fits (`dedup.fits`, machine._settle), and moves when the attacks on record change,
    so its event never depends on which reports came first. It never shapes the events it sits in. What it says
    narrows the attacks that fit: its month, the weekday it names, the number of wounded it repeats. A weekday
    alone is enough: undated reposts of wire stories ("drones targeted the base on Monday") name one, and when
    two attacks at the base fit it (same weekday, agreeing weapon) the report stays apart (`_one_fit`). A weekday
    and nothing of casualties does not fit a deadly attack (`dedup.fits`). A report
    that gives nothing but its base and weapon (an undated repost of a first report) fits the one attack on record
    at its base too, when no other fits; recalled as background, it stays out (it names no attack of its own)."""
    return m.base_id is not None and m.day is None and not m.killed and (m.month is not None or m.weekday is not None or bool(m.wounded) or not m.background)


def country_of(anchor: Member, members: Sequence[Member]) -> str | None:
    """An event's country: its anchor's, else the first a member gives."""
    return anchor.country or next((m.country for m in members if m.country), None)


def shaping(members: Sequence[Member]) -> Sequence[Member]:
    """The members that shape an event: all but the `floating` ones (all of them when every one floats)."""
    return [m for m in members if not floating(m)] or members


def anchor_of(members: Sequence[Member]) -> Member:
    """The member that places an event: among the best-dated linked ones, the day most reports give
    (US and local time differ by a night), then the better-dated, then the earliest; else the best of all.

    A day written out and a day named relative to the publication ("on Sunday") are one tier of the vote:
    both state the day, and one written date is not worth more than many outlets' weekdays (a dateline's
    "29 January 2024:" is the report's day, not the attack's, and outranked the eight reports of the 28th)."""
    pool = [m for m in members if m.base_id is not None] or list(members)
    best = _tier(min([m.rank for m in pool]))  # a list: no generator frame resumed per member
    # the members of the best tier (`_tier(m.rank) == best`, without a call per member: it runs per event and decision)
    tied = [m for m in pool if m.rank <= _STATED] if best == _STATED else [m for m in pool if m.rank == best]
    if best == _STATED:
        known = _known_day(pool, tied)
        if known is not None:
            return known
    if len(tied) == 1:
        return tied[0]
    votes: dict[date | None, int] = {}  # counted once (list.count per member made this quadratic); a dict: Counter's set-up costs more than a few members
    for m in tied:
        votes[m.day] = votes.get(m.day, 0) + 1
    if len(votes) > 1:  # the day most reports give, then the best of its reports (one pass with no key call per member)
        top = max(votes.values())
        tied = [m for m in tied if votes[m.day] == top]
    return min(tied, key=_member_order)


_STATED = 1  # dedup.RANK["relative"]: a written day (0) votes with a relative one
CALENDAR_MAJORITY = 1  # more reports dated by the attack calendar than stating a day, to place the event on the calendar's
# (one more: two reports of a known attack's day outvote one a US night off, with no revision to that night and back)


def _known_day(pool: Sequence[Member], stated: Sequence[Member]) -> Member | None:
    """Pattern: the reports that state a day are a few and a night off the day the attack calendar gives for most other
    reports of the event ("美东时间27日晚", the 27th in the evening US time, beside many reports dated by the calendar to
    the 28th): the calendar's day, a known attack's true one, places the event, so its alerts do not show the US clock's
    day. Those reports dated by the calendar, CALENDAR_MAJORITY more than the stating ones, on one day a night from every
    stated one; else None."""
    guessed = [(d, m) for m in pool if m.rank == GUESSED_RANK and (d := m.day) is not None]
    days = {d for d, _ in guessed}
    if len(guessed) < len(stated) + CALENDAR_MAJORITY or len(days) != 1:
        return None
    (day,) = days
    if any(m.day is None or m.day == day or abs((m.day - day).days) > 1 for m in stated):
        return None
    return min((m for _, m in guessed), key=_member_order)


def _tier(rank: int) -> int:
    """Ranks that vote together on an event's day: a written and a relative day (both stated), else each alone."""
    return max(rank, _STATED)
