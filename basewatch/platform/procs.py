"""Running the stage workers as child processes (demo, replay, tests): start, wait healthy, kill, stop."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from basewatch.platform.broker import free_port
from basewatch.platform.lag import group_id
from basewatch.platform.settings import Settings

PORT_TRIES = 3
PORT_TAKEN = "address already in use"  # what a worker logs when its web port was taken before it could bind it


@dataclass
class WorkerSet:
    """Stage workers of one topic namespace, each a `basewatch worker <stage>` process with its own log."""

    settings: Settings
    logs: Path
    log_level: str = "INFO"
    extra_env: dict[str, str] = field(default_factory=dict)
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    ports: dict[str, int] = field(default_factory=dict)

    def env(self, stage: str) -> dict[str, str]:
        s = self.settings
        return os.environ | self.extra_env | {
            "BASEWATCH_KAFKA_BOOTSTRAP": s.bootstrap,
            "BASEWATCH_TOPIC_PREFIX": s.topic_prefix,
            "BASEWATCH_APP_ID": s.app_id,
            "BASEWATCH_DATA_DIR": s.data_dir,
            "BASEWATCH_WEB_PORT": str(self.ports[stage]),
            "BASEWATCH_LOG_LEVEL": self.log_level,
            **({"BASEWATCH_PARTITIONS": str(s.partitions)} if s.partitions is not None else {}),
            **({"BASEWATCH_SOURCE_PREFIX": s.source_prefix} if s.source_prefix is not None else {}),
        }

    def start(self, *stages: str, timeout: float = 90.0) -> None:
        """Start a worker per name: a stage, or `stage#n` for another worker of it (same consumer group, own port and log).

        A free port can be taken by another process between `free_port` and the worker's bind: a worker that exits
        saying so is started again on another port (up to PORT_TRIES times)."""
        self.logs.mkdir(parents=True, exist_ok=True)
        for stage in stages:
            self._spawn(stage)
        for stage in stages:
            for attempt in range(1, PORT_TRIES + 1):
                try:
                    self.health(stage, timeout)
                    break
                except RuntimeError:
                    if attempt == PORT_TRIES or self.procs[stage].poll() is None or PORT_TAKEN not in self.log(stage):
                        raise
                    self._spawn(stage)

    def _spawn(self, stage: str) -> None:
        self.ports[stage] = free_port()
        with (self.logs / f"{stage}.log").open("ab") as log:
            self.procs[stage] = subprocess.Popen(
                [sys.executable, "-m", "basewatch", "worker", stage.partition("#")[0]], env=self.env(stage), stdout=log, stderr=subprocess.STDOUT
            )

    def health(self, stage: str, timeout: float = 90.0) -> dict[str, Any]:
        """The stage's /health answer, waiting up to `timeout` for the worker to serve it.

        Only this worker's answer counts: one from another process on the same port (another namespace's worker that
        bound it first) names another application and is not taken for it."""
        deadline = time.monotonic() + timeout
        app = group_id(self.settings, stage.partition("#")[0])  # faust's application id names the group
        while time.monotonic() < deadline:
            if self.procs[stage].poll() is not None:
                raise RuntimeError(f"the {stage} worker exited; its log:\n{self.log(stage)}")
            with contextlib.suppress(OSError, ValueError), urllib.request.urlopen(f"http://127.0.0.1:{self.ports[stage]}/health", timeout=2) as r:
                body = dict(orjson.loads(r.read()))
                if body.get("stage") == app:
                    return body
            time.sleep(0.3)
        raise RuntimeError(f"the {stage} worker did not answer /health within {timeout:.0f}s; its log:\n{self.log(stage)}")

    def kill(self, *stages: str, sig: int = signal.SIGKILL) -> None:
        """Send `sig` to these workers at once, then wait for each to exit (a group then rebalances once, not once per worker)."""
        procs = [self.procs.pop(stage) for stage in stages]
        for proc in procs:
            proc.send_signal(sig)
        for proc in procs:
            proc.wait(30)

    def stop(self, sig: int = signal.SIGTERM) -> None:
        """Stop every worker (SIGTERM: an orderly stop; SIGKILL when how they stop does not matter)."""
        for proc in self.procs.values():
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(sig)
        for proc in self.procs.values():
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
        self.procs.clear()

    def log(self, stage: str) -> str:
        p = self.logs / f"{stage}.log"
        return p.read_text(errors="replace")[-4000:] if p.exists() else ""
