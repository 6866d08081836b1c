"""Shared fixtures: one real Kafka broker per test session, a fresh namespace per test.

Broker choice: BASEWATCH_KAFKA_BOOTSTRAP if set; else a reachable Docker engine (testcontainers);
else the native KRaft broker (`basewatch.platform.broker`) on a free port with a temporary data dir.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _docker_available() -> bool:
    if shutil.which("docker") is None:
        return False
    done = subprocess.run(["docker", "info"], capture_output=True, check=False, timeout=20)
    return done.returncode == 0


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    """Bootstrap address of a real Kafka broker for the whole session."""
    given = os.environ.get("BASEWATCH_KAFKA_BOOTSTRAP")
    if given:
        yield given
        return
    if _docker_available():
        try:
            from testcontainers.community.kafka import KafkaContainer  # type: ignore[import-not-found]
        except ImportError:
            from testcontainers.kafka import KafkaContainer
        with KafkaContainer("confluentinc/cp-kafka:7.6.1").with_kraft() as container:
            yield container.get_bootstrap_server()
        return
    from basewatch.platform import broker

    data_dir = Path(tempfile.mkdtemp(prefix="basewatch-test-broker-"))
    started = broker.up(broker.BrokerSpec(data_dir, broker.free_port()))
    try:
        yield started.bootstrap
    finally:
        broker.down(data_dir)
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture
def topic_prefix() -> str:
    """A fresh topic prefix per test, so tests never see each other's messages."""
    return f"t{uuid.uuid4().hex[:10]}."


@pytest.fixture
def consumer_group() -> str:
    return f"g{uuid.uuid4().hex[:10]}"


@pytest.fixture
def seeds_dir() -> Path:
    """The verbatim seed articles; tests that need them skip when shared/ is absent."""
    if not (SEEDS / "gold.jsonl").exists():
        pytest.skip(f"seed articles not found at {SEEDS}")
    return SEEDS
