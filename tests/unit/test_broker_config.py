"""The native broker's generated settings, its jar fetch and its data directory (no broker started here)."""

from __future__ import annotations

import importlib.resources
import os
import tomllib
from pathlib import Path

import pytest

from basewatch.platform import broker

ROOT = Path(__file__).resolve().parents[2]


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


def test_the_maven_project_for_the_broker_jars_ships_inside_the_package() -> None:
    """Issue 8 item 1: the pom is package data of basewatch.platform, so a pip install can fetch the jars too."""
    pom = importlib.resources.files("basewatch.platform").joinpath("kafka/pom.xml")
    assert pom.is_file() and "kafka_2.13" in pom.read_text()
    assert Path(str(pom)).resolve() == broker.POM
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    assert "kafka/pom.xml" in package_data["basewatch.platform"]


@pytest.fixture
def failing_mvn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A `mvn` on PATH that fails the way Maven does (coloured [ERROR] lines, help boilerplate); the cache in tmp."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    args_file = tmp_path / "mvn-args"
    script = bin_dir / "mvn"
    script.write_text(
        "#!/bin/sh\n"
        f'echo "$@" > {args_file}\n'
        r"printf '\033[1;31m[ERROR]\033[m Non-readable POM /somewhere/pom.xml: /somewhere/pom.xml (No such file)\n'" "\n"
        r"printf '\033[1;31m[ERROR]\033[m \n\033[1;31m[ERROR]\033[m To see the full stack trace of the errors, re-run Maven\n'" "\n"
        "exit 1\n"
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("KAFKA_HOME", raising=False)
    return args_file


def test_a_failed_jar_fetch_is_one_clean_line_and_leaves_nothing_that_looks_like_a_cache(failing_mvn: Path) -> None:
    """Issue 8 item 1: Maven's error comes back as one line without colour codes, and no empty `libs` dir stays behind."""
    with pytest.raises(broker.BrokerError) as caught:
        broker.libs_dir("9.9.9")
    message = str(caught.value)
    assert "\n" not in message and "\x1b" not in message
    assert "Non-readable POM /somewhere/pom.xml" in message and "stack trace" not in message
    args = failing_mvn.read_text().split()
    assert "-B" in args and "-Dstyle.color=never" in args  # Maven is asked not to colour in the first place
    assert not (broker.cache_root() / "9.9.9" / "libs").exists()
    assert not [p for p in (broker.cache_root() / "9.9.9").iterdir() if p.name.startswith("libs")]


def test_a_used_data_dir_starts_again_on_the_ports_it_recorded(tmp_path: Path) -> None:
    """Issue 8 item 8: `--free-port` on a data dir used before reuses its ports; its cluster metadata names them."""
    (tmp_path / "server.properties").write_text(broker.server_properties(broker.BrokerSpec(tmp_path, 41234, 41235)))
    again = broker.spec_for(tmp_path, free=True)
    assert (again.port, again.controller_port) == (41234, 41235)
    assert broker.spec_for(tmp_path).port == 41234


def test_an_explicit_other_port_for_a_used_data_dir_is_refused_not_a_silent_wipe(tmp_path: Path) -> None:
    """Issue 8 item 8: a different --port would mean a new cluster; it is refused with what to do instead."""
    (tmp_path / "server.properties").write_text(broker.server_properties(broker.BrokerSpec(tmp_path, 41234, 41235)))
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "meta.properties").write_text("cluster.id=x\n")
    with pytest.raises(broker.BrokerError, match="created on port 41234"):
        broker.spec_for(tmp_path, port=41999)
    with pytest.raises(broker.BrokerError, match="created on port 41234"):
        broker.up(broker.BrokerSpec(tmp_path, 41999))
    assert (tmp_path / "logs" / "meta.properties").exists()


def test_a_fresh_data_dir_takes_the_port_asked_for_or_a_free_one(tmp_path: Path) -> None:
    """Without a record, --port (default 9092) or --free-port decide."""
    assert broker.spec_for(tmp_path).port == 9092
    assert broker.spec_for(tmp_path, port=9300).port == 9300
    assert broker.spec_for(tmp_path, free=True).port not in (0, 9092)
