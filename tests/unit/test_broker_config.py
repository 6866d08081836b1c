"""The native broker's generated settings (no broker started here)."""

from __future__ import annotations

from pathlib import Path

from basewatch.platform import broker


def test_cluster_ids_never_start_with_a_dash() -> None:
    """A cluster id starting with "-" would be parsed as an option by `StorageTool format -t`."""
    ids = [broker._cluster_id() for _ in range(3000)]
    assert not [i for i in ids if i.startswith("-")]
    assert all(len(i) == 22 for i in ids)


def test_server_properties_are_single_node_kraft_on_loopback() -> None:
    """broker+controller, replication 1, no initial rebalance delay, room for 10 MB records, loopback only."""
    props = dict(
        line.split("=", 1) for line in broker.server_properties(broker.BrokerSpec(Path("/d"), 9100, 9101)).splitlines()
    )
    assert props["process.roles"] == "broker,controller"
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:9100,CONTROLLER://127.0.0.1:9101"
    assert props["offsets.topic.replication.factor"] == "1"
    assert props["group.initial.rebalance.delay.ms"] == "0"
    assert int(props["message.max.bytes"]) > 10 * 1024 * 1024
