"""A stage's table changelogs exist, as its tables want them, before faust subscribes (issue 13: the alert group's stall)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from aiokafka.admin import NewTopic

from basewatch.platform import kafka_io
from basewatch.platform.lag import group_id
from basewatch.platform.settings import Settings
from tests.integration.streamkit import ROOT, namespace

pytestmark = pytest.mark.integration


async def _visible(bootstrap: str, names: list[str]) -> dict[str, tuple[int, bool, str | None]]:
    """name -> (partitions, every partition has a leader, cleanup.policy), as a client that never saw them reads the metadata."""
    async with kafka_io.admin_client(Settings(bootstrap=bootstrap)) as admin:
        described = {t["topic"]: t for t in await admin.describe_topics(names) if not t["error_code"]}
        found = await kafka_io._describe(admin, names)
    return {n: (len(t["partitions"]), all(p["leader"] >= 0 for p in t["partitions"]), found[n].config.get("cleanup.policy")) for n, t in described.items()}


def test_the_changelogs_of_a_stages_tables_are_created_and_visible_when_ensure_visible_returns(kafka_bootstrap: str, topic_prefix: str) -> None:
    """Missing changelogs are created compacted with the table's partitions, and any client's metadata lists them with leaders at once."""
    settings = namespace(kafka_bootstrap, topic_prefix, partitions=4)
    wanted = [(f"{group_id(settings, 'alert')}-{t}-changelog", 4, {"cleanup.policy": "compact"}) for t in ("progress", "alert-state")]
    assert asyncio.run(kafka_io.ensure_visible(settings, wanted, timeout=60)) == []
    assert asyncio.run(_visible(kafka_bootstrap, [n for n, _, _ in wanted])) == {n: (4, True, "compact") for n, _, _ in wanted}
    assert asyncio.run(kafka_io.ensure_visible(settings, wanted, timeout=60)) == []  # a second worker of the stage finds them made


def test_an_alert_worker_refuses_to_start_on_a_changelog_with_another_partition_count(kafka_bootstrap: str, topic_prefix: str, tmp_path: Path) -> None:
    """A changelog left with 1 partition under a 4-partition claims topic stops the worker with a reason, instead of a stalled agent."""
    settings = namespace(kafka_bootstrap, topic_prefix, partitions=4)
    stale = f"{group_id(settings, 'alert')}-alert-state-changelog"

    async def make_stale() -> None:
        async with kafka_io.admin_client(settings) as admin:
            await admin.create_topics([NewTopic(stale, 1, 1, topic_configs={"cleanup.policy": "compact"})])

    asyncio.run(make_stale())
    env = {k: v for k, v in os.environ.items() if not k.startswith("BASEWATCH_")} | {
        "BASEWATCH_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "BASEWATCH_TOPIC_PREFIX": topic_prefix,
        "BASEWATCH_DATA_DIR": str(tmp_path),
    }
    done = subprocess.run([sys.executable, "-m", "basewatch", "worker", "alert"], env=env, cwd=ROOT, capture_output=True, timeout=120, check=False)
    out = (done.stdout + done.stderr).decode(errors="replace")
    assert done.returncode == 1, out[-3000:]
    assert stale in out and "1 partitions" in out and "worker.refused" in out, out[-3000:]
