"""The worker's store deletes from its table a few records a write; every read sees a deletion at once.

The weekly retention sweep forgets thousands of records at once; in the worker each deletion is a changelog
record, and the claims behind the sweep waited for all of them (~0.6 s in the long benchmark run). The store
made with `drain` forgets them for every read when the sweep is written and takes them out of its table over
the next writes; decisions are the same as offline, also for a worker stopped before it deleted them all.
"""

from __future__ import annotations

from datetime import date, timedelta

from basewatch.services.alert.domain.dedup import member_of
from basewatch.services.alert.domain.state import KeyValueEventStore
from tests.helpers import claim, decide_all


def _feed(days: int = 400) -> list:
    """One report a week at four bases over `days` days, some with deaths: the horizon's sweep runs many times."""
    out = []
    start = date(2023, 10, 20)
    for i in range(0, days, 7):
        day = start + timedelta(days=i)
        base = ["harir", "al-tanf", "tower-22", "ain-al-asad"][i // 7 % 4]
        for k in range(3):  # three outlets on the same attack: events of several records
            out.append(claim(claim_id=f"c{i}-{k}", article_id=f"a{i}-{k}", source=f"Outlet {k}", base_id=base, attack_date=day,
                             published_at=day + timedelta(days=k), killed=2 if i // 7 % 5 == 0 else None))  # fmt: skip
    return out


def _messages(store: KeyValueEventStore, claims: list) -> list[dict]:
    return [m.model_dump() for m in decide_all(store, claims)]


def test_a_deleted_record_is_gone_for_reads_at_once_and_leaves_the_table_one_a_write() -> None:
    """Three deletions in one write: no read finds them; the table loses one per write until none is left."""
    table: dict[str, bytes] = {}
    store = KeyValueEventStore(table, drain=1)
    store.write([(f"c:c{i}", member_of(claim(claim_id=f"c{i}", base_id="harir"), "e1")) for i in range(3)] + [("b:harir", "e1")])
    store.write([(f"c:c{i}", None) for i in range(3)] + [("b:harir", None)])
    assert all(store.member(f"c{i}") is None for i in range(3)) and not store.base_seen("harir")
    assert list(store.members("e1")) == [] and list(store.at_base("harir")) == []
    assert len(table) == 3  # four deleted, one taken out of the table so far
    store.write([])
    store.write([])
    store.write([])
    assert table == {}


def test_a_record_written_again_while_its_deletion_waits_stays() -> None:
    """A key deleted and then written again is live, and the pending deletion never takes it out of the table."""
    table: dict[str, bytes] = {}
    store = KeyValueEventStore(table, drain=0)
    m = member_of(claim(claim_id="c1", base_id="harir"), "e1")
    store.write([("c:c1", m)])
    store.write([("c:c1", None)])
    store.write([("c:c1", m)])
    store.write([])
    assert store.member("c1") == m and "c:c1" in table and [x.claim_id for x in store.members("e1")] == ["c1"]


def test_a_deferring_store_decides_as_the_offline_one_over_a_year_of_sweeps() -> None:
    """Over 400 days (the 120-day horizon swept weekly), deleting one record a write gives the same messages."""
    feed = _feed()
    assert _messages(KeyValueEventStore(), feed) == _messages(KeyValueEventStore({}, drain=1), feed)


def test_a_worker_stopped_with_deletions_pending_decides_as_one_that_never_stopped() -> None:
    """A new store over a table that still holds swept records forgets them before it decides anything."""
    feed = _feed()
    whole = _messages(KeyValueEventStore(), feed)
    table: dict[str, bytes] = {}
    first = KeyValueEventStore(table, drain=0)  # never deletes: every swept record is still in the table
    half = len(feed) * 2 // 3
    out = _messages(first, feed[:half])
    assert sum(k.startswith("c:") for k in table) > sum(map(len, first.ix.members.values())) + 50  # swept records left behind
    out += _messages(KeyValueEventStore(table, drain=1), feed[half:])  # the restarted worker, over the same table
    assert out == whole


def test_a_late_report_after_a_restart_finds_the_forgotten_attack_forgotten() -> None:
    """A fatal attack swept out of the horizon (its deletions still in the table when the worker stopped) stays
    forgotten for the restarted worker: a late report of it revises nothing, as without the restart."""
    start = date(2024, 1, 29)
    tower = {"base_id": "tower-22", "attack_date": date(2024, 1, 28), "killed": 3}
    feed = [claim(claim_id="old", article_id="old", published_at=start, **tower)]
    for i in range(30):
        day = start + timedelta(days=130 + i)
        feed.append(claim(claim_id=f"n{i}", article_id=f"n{i}", base_id="harir", attack_date=day, published_at=day))
    late = claim(claim_id="late", article_id="late", published_at=start + timedelta(days=165), **tower)
    whole = _messages(KeyValueEventStore(), [*feed, late])
    table: dict[str, bytes] = {}
    out = _messages(KeyValueEventStore(table, drain=0), feed)
    assert "c:old" in table  # swept, not yet deleted when the worker stopped
    out += _messages(KeyValueEventStore(table, drain=1), [late])
    assert out == whole
