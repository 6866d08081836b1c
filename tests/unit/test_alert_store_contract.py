"""One contract for every EventStore implementation (eventsourcing's recorder test cases are the model).

Run against the in-memory store (a dict, as `run --offline` uses), the table store (a mapping that
behaves as a faust table: every write is a changelog record), and a table store recovered from that
changelog by a fresh worker (the mapping filled behind the store's back).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from datetime import date

import pytest

from basewatch.services.alert.domain.dedup import member_of
from basewatch.services.alert.domain.machine import handle
from basewatch.services.alert.domain.state import KeyValueEventStore, Ledger
from tests.helpers import claim


class ChangelogTable(MutableMapping[str, bytes]):
    """A faust table's contract as the store uses it: a mapping whose every set/delete is a changelog record."""

    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}
        self.changelog: list[tuple[str, bytes | None]] = []

    def __getitem__(self, key: str) -> bytes:
        return self.data[key]

    def __setitem__(self, key: str, value: bytes) -> None:
        self.data[key] = value
        self.changelog.append((key, value))

    def __delitem__(self, key: str) -> None:
        del self.data[key]
        self.changelog.append((key, None))

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


class Recovering:
    """A store whose reads go to a fresh store over a table rebuilt from the first one's changelog."""

    def __init__(self) -> None:
        self.table = ChangelogTable()
        self.writer = KeyValueEventStore(self.table)

    def __getattr__(self, name: str) -> object:
        recovered: dict[str, bytes] = {}
        for key, value in self.table.changelog:
            if value is None:
                recovered.pop(key, None)
            else:
                recovered[key] = value
        reader = KeyValueEventStore()
        reader.records.update(recovered)  # filled behind its back, as faust's recovery does
        return getattr(self.writer if name == "write" else reader, name)


STORES: dict[str, Callable[[], object]] = {
    "memory": KeyValueEventStore,
    "table": lambda: KeyValueEventStore(ChangelogTable()),
    "recovered": Recovering,
    "deferred": lambda: KeyValueEventStore(ChangelogTable(), drain=1),  # the worker's: deletions leave the table one a write
}


@pytest.fixture(params=list(STORES))
def store(request: pytest.FixtureRequest) -> KeyValueEventStore:
    return STORES[request.param]()  # type: ignore[return-value]


def test_a_written_member_is_found_by_claim_event_base_and_day(store: KeyValueEventStore) -> None:
    """A member record makes its event live: found by claim id, event id, base and day."""
    m = member_of(claim(claim_id="c1", base_id="harir", attack_date=date(2024, 1, 5)), "e1")
    store.write([("c:c1", m)])
    assert store.member("c1") == m
    assert [x.claim_id for x in store.members("e1")] == ["c1"]
    assert list(store.at_base("harir")) == ["e1"] and list(store.on_day(date(2024, 1, 5))) == ["e1"]


def test_an_alias_moves_an_events_members_to_its_new_id(store: KeyValueEventStore) -> None:
    """After `a:e1 -> e2`, e1's members are e2's and e1 is no longer live."""
    store.write([("c:c1", member_of(claim(claim_id="c1", base_id="harir"), "e1")), ("c:c2", member_of(claim(claim_id="c2", base_id="harir"), "e2"))])
    store.write([("a:e1", "e2")])
    assert sorted(x.claim_id for x in store.members("e2")) == ["c1", "c2"] and list(store.members("e1")) == []
    assert store.resolve("e1") == "e2" and list(store.at_base("harir")) == ["e2"]


def test_ledgers_and_bases_are_kept_and_read_back(store: KeyValueEventStore) -> None:
    """A fatality ledger and a base mark read back as written."""
    ledger = Ledger("alert-1", 2, 5, 7, "confirmed", date(2024, 2, 4))
    store.write([("f:e1", ledger), ("b:harir", "e1")])
    assert store.ledger("e1") == ledger and store.base_seen("harir") and not store.base_seen("al-tanf")


def test_a_deleted_member_leaves_every_index(store: KeyValueEventStore) -> None:
    """Deleting the only member of an event removes the event from the base and day indexes."""
    store.write([("c:c1", member_of(claim(claim_id="c1", base_id="harir"), "e1"))])
    store.write([("c:c1", None)])
    assert store.member("c1") is None and list(store.members("e1")) == [] and list(store.at_base("harir")) == []


def test_expired_names_every_record_of_events_past_the_cutoff_once(store: KeyValueEventStore) -> None:
    """Members and aliases of an old event are due for deletion; a recent event and the kept one are not."""
    old = member_of(claim(claim_id="old", base_id="harir", attack_date=date(2023, 10, 1)), "e-old")
    new = member_of(claim(claim_id="new", base_id="harir", attack_date=date(2024, 3, 1)), "e-new")
    store.write([("c:old", old), ("c:new", new), ("a:e-older", "e-old")])
    due = store.expired(date(2024, 1, 1), keep={"e-new"})
    assert sorted(k for k, v in due if v is None) == ["a:e-older", "c:old"]


def test_the_state_machine_decides_the_same_on_every_store(store: KeyValueEventStore) -> None:
    """The same claims through `handle` give the same messages whatever the store."""
    reference = KeyValueEventStore()
    claims = [claim(claim_id=f"c{i}", article_id=f"a{i}", base_id="tower-22", killed=k) for i, k in enumerate([3, 3, 4])]
    for c in claims:
        a, b = handle(reference, c), handle(store, c)
        reference.write(a.changes)
        store.write(b.changes)
        assert [m.model_dump() for m in a.messages] == [m.model_dump() for m in b.messages]


def test_writing_what_expired_names_leaves_only_the_recent_event(store: KeyValueEventStore) -> None:
    """An old event that was re-keyed (member under its first id, alias to the new) leaves no member or index behind."""
    old = member_of(claim(claim_id="old", base_id="harir", attack_date=date(2023, 10, 1)), "e-first")
    new = member_of(claim(claim_id="new", base_id="harir", attack_date=date(2024, 3, 1)), "e-new")
    store.write([("c:old", old), ("a:e-first", "e-old"), ("c:new", new)])
    store.write(store.expired(date(2024, 1, 1), keep={"e-new"}))
    assert [x.claim_id for x in store.members("e-old")] == [] and list(store.at_base("harir")) == ["e-new"]
    assert list(store.on_day(date(2023, 10, 1))) == [] and store.resolve("e-first") == "e-first"


def test_the_deaths_lookup_holds_the_live_events_a_report_gives_deaths_in(store: KeyValueEventStore) -> None:
    """`fatal_live` finds an event once a report gives deaths in it, at its base only, and forgets it with its last such report."""
    quiet = member_of(claim(claim_id="c1", base_id="harir", attack_date=date(2024, 1, 5)), "e1")
    store.write([("c:c1", quiet)])
    assert list(store.fatal_live("harir")) == []
    store.write([("c:c2", member_of(claim(claim_id="c2", base_id="harir", attack_date=date(2024, 1, 5), killed=2), "e1"))])
    assert list(store.fatal_live("harir")) == ["e1"] and list(store.fatal_live("al-tanf")) == []
    store.write([("c:c2", None)])
    assert list(store.fatal_live("harir")) == []


def test_the_floating_lookup_holds_the_events_with_a_report_dated_only_by_its_month(store: KeyValueEventStore) -> None:
    """`with_floating` finds an event holding a month-only report, and no longer once the report moved to another event."""
    dated = member_of(claim(claim_id="c1", base_id="harir", attack_date=date(2024, 1, 5)), "e1")
    month = member_of(claim(claim_id="c2", base_id="harir", attack_date=None, date_basis=None, date_month="2024-01"), "e1")
    store.write([("c:c1", dated), ("c:c2", month)])
    assert list(store.with_floating("harir")) == ["e1"]
    store.write([("c:c2", member_of(claim(claim_id="c2", base_id="harir", attack_date=None, date_basis=None, date_month="2024-01"), "e2"))])
    assert list(store.with_floating("harir")) == ["e2"]


def test_the_unlinked_lookup_of_a_day_holds_only_events_no_report_links_to_a_base(store: KeyValueEventStore) -> None:
    """`unlinked_on` finds the day's events without a base; `on_day` finds them and the linked ones."""
    day = date(2024, 1, 5)
    store.write([("c:c1", member_of(claim(claim_id="c1", base_id="harir", attack_date=day), "e1"))])
    store.write([("c:c2", member_of(claim(claim_id="c2", base_id=None, attack_date=day), "e2"))])
    assert list(store.unlinked_on(day)) == ["e2"] and list(store.on_day(day)) == ["e1", "e2"]
    store.write([("a:e2", "e1")])
    assert list(store.unlinked_on(day)) == [] and list(store.on_day(day)) == ["e1"]


def test_the_unnamed_deaths_lookup_holds_unlinked_events_with_deaths_by_country(store: KeyValueEventStore) -> None:
    """`fatal_unlinked` finds an unlinked event once a report gives deaths in it, in its country only, and forgets it with that report."""
    unnamed = {"base_id": None, "base_name": None, "attack_date": None, "date_basis": None, "country": "Syria"}
    store.write([("c:c1", member_of(claim(claim_id="c1", **unnamed), "e1"))])
    assert list(store.fatal_unlinked("Syria")) == []
    store.write([("c:c2", member_of(claim(claim_id="c2", **unnamed, killed=1), "e1"))])
    store.write([("c:c3", member_of(claim(claim_id="c3", base_id="harir", killed=1), "e3"))])
    assert list(store.fatal_unlinked("Syria")) == ["e1"] and list(store.fatal_unlinked("Iraq")) == []
    store.write([("c:c2", None)])
    assert list(store.fatal_unlinked("Syria")) == []
