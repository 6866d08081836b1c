"""Partitioned topics and state: which topics scale, how claims are keyed, one alert store per partition."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

import faust
from faust.types import TP

from basewatch.platform.kafka_io import UNPLACED, RecentIds, all_topics, claim_key, input_partitions
from basewatch.platform.settings import Settings
from basewatch.platform.stream import PartitionSlices, RecoveryWatch, Tail, TailWatch, _Slice
from basewatch.services.alert.domain.machine import handle
from basewatch.services.alert.domain.state import KeyValueEventStore
from basewatch.services.enrich import resources
from tests.helpers import claim, decide_all


def _decide(store: KeyValueEventStore, claims: list[Any]) -> list[str]:
    return [m.model_dump_json() for m in decide_all(store, claims)]


def test_the_keyed_topics_take_the_partition_count_and_articles_raw_keeps_one() -> None:
    """With BASEWATCH_PARTITIONS=4, articles, claims, attack-events and alerts have 4 partitions; articles.raw and the DLQs 1."""
    settings = Settings.from_env({"BASEWATCH_PARTITIONS": "4"})
    counts = {name: n for name, n, _ in all_topics(settings)}
    assert {n for n in ("articles", "claims", "attack-events", "alerts") if counts[n] == 4} == {"articles", "claims", "attack-events", "alerts"}
    assert counts["articles.raw"] == 1 and all(n == 1 for name, n in counts.items() if name.endswith(".dlq"))
    assert [input_partitions(s, settings) for s in ("ingest", "enrich", "alert", "notify")] == [1, 4, 4, 4]
    assert Settings.from_env({}).partitions is None and {n for _, n, _ in all_topics(Settings())} == {1}


def test_every_report_of_one_base_gets_the_key_of_its_country() -> None:
    """A linked claim is keyed by its base's country (every gazetteer base has one); an unlinked one by its own, else _unplaced."""
    gaz = resources.gazetteer()
    assert all(b.country for b in gaz.bases)
    tower = gaz.by_id["tower-22"]
    assert claim_key(tower.country, "Syria") == "Jordan"  # the base decides, not the country the sentence names
    assert claim_key(None, "Iraq") == "Iraq" and claim_key(None, None) == UNPLACED


def test_a_slice_of_a_shared_table_sees_and_counts_only_its_own_keys() -> None:
    """Two partitions' slices of one table never see each other's records, and each counts only its own."""
    table: dict[str, bytes] = {"0/c:old": b"[]"}
    zero, one = _Slice(table, "0/"), _Slice(table, "1/")
    one["b:harir"] = b"e1"
    assert len(zero) == 1 and len(one) == 1 and "b:harir" not in zero and one.get("b:harir") == b"e1"
    assert sorted(table) == ["0/c:old", "1/b:harir"] and list(zero) == ["c:old"]
    del one["b:harir"]
    assert len(one) == 0 and sorted(table) == ["0/c:old"]


def test_two_partitions_of_one_table_decide_as_two_separate_stores() -> None:
    """Claims of two countries decided over slices of one table give the messages of two separate stores."""
    iraq = [claim(claim_id=f"i{n}", article_id=f"ai{n}", base_id="ain-al-asad", country="Iraq", killed=k) for n, k in enumerate([2, 3])]
    jordan = [claim(claim_id=f"j{n}", article_id=f"aj{n}", base_id="tower-22", country="Jordan", killed=k) for n, k in enumerate([3, 4])]
    table: dict[str, bytes] = {}
    shared = _decide(KeyValueEventStore(_Slice(table, "0/")), iraq) + _decide(KeyValueEventStore(_Slice(table, "1/")), jordan)
    separate = _decide(KeyValueEventStore(), iraq) + _decide(KeyValueEventStore(), jordan)
    assert shared == separate and {k[:2] for k in table} == {"0/", "1/"}


async def test_the_per_partition_stores_are_made_again_after_a_rebalance() -> None:
    """After partitions are assigned (faust then recovers keys behind the stores' back), each store is rebuilt from the table."""
    app = faust.App("slices-test", broker="memory://", topic_partitions=4)
    table: dict[str, bytes] = {}
    slices = PartitionSlices(app, table, KeyValueEventStore)
    first = slices.get(2)
    assert slices.get(2) is first and isinstance(first.records, _Slice) and first.records.prefix == "2/"
    await app.on_partitions_assigned.send(set())
    assert slices.get(2) is not first


def test_one_partition_keeps_the_tables_keys_as_they_were() -> None:
    """With one partition the store uses the table itself: a one-partition deployment's changelog keeps its keys."""
    app = faust.App("slices-one", broker="memory://", topic_partitions=1)
    table: dict[str, bytes] = {}
    store = PartitionSlices(app, table, KeyValueEventStore).get(0)
    _decide(store, [claim(claim_id="c1", base_id="harir", attack_date=date(2024, 1, 5))])
    assert "c:c1" in table


def test_a_stage_declares_a_compacted_changelog_per_table_with_its_inputs_partitions(tmp_path: Any) -> None:
    """The alert app's tables (progress, alert-state) want changelogs of as many partitions as claims, compacted, as faust names them."""
    from basewatch.platform.stream import table_topics
    from basewatch.services.alert.agents import build

    app = build(Settings(topic_prefix="p.", partitions=4, data_dir=str(tmp_path), web_port=6066), RecentIds())
    assert sorted(table_topics(app)) == [
        ("p.basewatch-alert-alert-state-changelog", 4, {"cleanup.policy": "compact"}),
        ("p.basewatch-alert-progress-changelog", 4, {"cleanup.policy": "compact"}),
    ]


class _Recovery:
    """A stand-in for faust's Recovery service: records left per changelog partition, and its restart signal."""

    def __init__(self, left: dict[str, int]) -> None:
        self.in_recovery, self.left = True, left
        self.signal_recovery_start = asyncio.Event()

    def need_recovery(self) -> bool:
        return any(n > 0 for n in self.left.values())

    def active_remaining(self) -> dict[Any, int]:
        return {TP(topic, 0): n for topic, n in self.left.items()}


def test_a_table_recovery_that_reads_nothing_for_the_stall_interval_is_restarted_and_a_slow_one_is_not() -> None:
    """No changelog record read for STALL_S seconds restarts the recovery (faust's own rebalance path); a recovery still reading is left alone."""
    now = [0.0]
    stuck, slow = _Recovery({"progress-changelog": 10}), _Recovery({"progress-changelog": 10})
    watch_stuck, watch_slow = RecoveryWatch(lambda: stuck, lambda: now[0]), RecoveryWatch(lambda: slow, lambda: now[0])
    for _ in range(int(RecoveryWatch.STALL_S / RecoveryWatch.INTERVAL) + 2):
        watch_stuck.check()
        watch_slow.check()
        now[0] += RecoveryWatch.INTERVAL
        slow.left["progress-changelog"] -= 1
    assert stuck.signal_recovery_start.is_set() and watch_stuck.restarts == 1
    assert not slow.signal_recovery_start.is_set() and watch_slow.restarts == 0
    stuck.in_recovery = False
    assert watch_stuck.check() is False  # a finished recovery is never restarted


def test_a_partition_behind_whose_last_handled_offset_stays_put_is_read_again_from_its_first_record_not_handled() -> None:
    """Behind with no progress for STALL_S seconds: sought back to last + 1, then at most once per STALL_S; one still advancing is left alone."""
    stuck, moving, never = TP("claims", 0), TP("claims", 1), TP("claims", 2)
    watch, now, last_moving = TailWatch(), 0.0, 3
    seeks: list[dict[Any, int]] = []
    while now <= 2 * TailWatch.STALL_S + TailWatch.INTERVAL:
        tails = {stuck: Tail(last=4, end=6), moving: Tail(last=last_moving, end=100), never: Tail(last=None, end=3)}
        seeks.append(watch.due(tails, now, last_handled=-TailWatch.STALL_S))
        now += TailWatch.INTERVAL
        last_moving += 1
    reread = [s for s in seeks if s]
    assert reread[0] == {stuck: 5, never: 0}  # the first offset not handled; 0 for a partition no worker has handled
    assert len(reread) == 2 and all(moving not in s for s in seeks)


IDLE = -1e9  # the worker handled no record for ages


def test_a_worker_busy_with_other_records_does_not_read_a_partition_again_until_it_is_idle() -> None:
    """A long batch in hand is not a stall: a partition behind is sought back only once no record at all was handled for STALL_S."""
    tp, watch = TP("claims", 3), TailWatch()
    busy = [watch.due({tp: Tail(last=7, end=9)}, t, last_handled=t - 0.1) for t in (0.0, TailWatch.STALL_S, 3 * TailWatch.STALL_S)]
    assert busy == [{}, {}, {}]
    assert watch.due({tp: Tail(last=7, end=9)}, 5 * TailWatch.STALL_S, last_handled=3 * TailWatch.STALL_S) == {tp: 8}


def test_a_partition_that_caught_up_or_was_handed_over_is_forgotten_and_a_rebalance_restarts_the_clock() -> None:
    """No lag, a partition no longer held, or `reset` (rebalance, recovery): the stall interval starts again from the next look."""
    tp = TP("articles", 1)
    watch = TailWatch()
    assert watch.due({tp: Tail(last=1, end=3)}, 0.0, IDLE) == {}
    watch.reset()
    assert watch.due({tp: Tail(last=1, end=3)}, TailWatch.STALL_S, IDLE) == {}  # the clock started again at the reset
    assert watch.due({tp: Tail(last=2, end=4)}, 2 * TailWatch.STALL_S, IDLE) == {}  # it advanced: a new clock
    assert watch.due({}, 2.5 * TailWatch.STALL_S, IDLE) == {}  # handed over to another worker
    assert watch.due({tp: Tail(last=2, end=4)}, 3 * TailWatch.STALL_S, IDLE) == {}  # held again: a fresh clock, not the old one
    assert watch.due({tp: Tail(last=2, end=4)}, 4 * TailWatch.STALL_S, IDLE) == {tp: 3}
    assert Tail(last=2, end=4).behind == 1 and Tail(last=3, end=4).behind == 0 and Tail(last=None, end=0).behind == 0 and Tail(last=5, end=3).behind == 0


def test_a_record_handled_but_never_committed_is_read_again_from_the_committed_offset() -> None:
    """Handled up to the end but committed one short (its re-delivery was dropped unacked): read again from the committed offset."""
    tp, watch = TP("claims", 0), TailWatch()
    handled_uncommitted = Tail(last=3, end=4, committed=3)
    assert handled_uncommitted.behind == 0 and handled_uncommitted.open == 1  # /health's lag is 0; the group's is not
    assert watch.due({tp: handled_uncommitted}, 0.0, IDLE) == {}
    assert watch.due({tp: handled_uncommitted}, TailWatch.STALL_S, IDLE) == {tp: 3}
    assert Tail(last=3, end=4, committed=4).open == 0 and Tail(last=1, end=4, committed=4).open_from == 2  # a skip-acked record: from the first not handled


def test_a_store_over_a_slice_sees_records_recovered_into_the_table_behind_its_back() -> None:
    """A partition's store made before faust's recovery ends sees the recovered records: a later report of the attack
    joins the event it recovered (version 2), it does not open it again at version 1 with a second alert raised."""
    source = KeyValueEventStore()
    source.write(handle(source, claim(claim_id="c1", article_id="a1", base_id="tower-22", country="Jordan", killed=3)).changes)
    table: dict[str, bytes] = {}
    store = KeyValueEventStore(_Slice(table, "0/"))
    assert store.newest() is None  # the store has looked at its (empty) slice
    table.update({f"0/{key}": value for key, value in source.records.items()})  # recovery, behind the store's back
    decision = handle(store, claim(claim_id="c2", article_id="a2", base_id="tower-22", country="Jordan", killed=3))
    events = [m for m in decision.messages if hasattr(m, "version") and hasattr(m, "claim_ids")]
    assert [(m.version, sorted(m.claim_ids)) for m in events] == [(2, ["c1", "c2"])]
    assert not any(type(m).__name__ == "AlertRaised" for m in decision.messages)
