"""docker-compose.yml cannot run here (no Docker engine): a real Compose implementation validates it, and its structure is checked."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from basewatch.platform.broker import KAFKA_VERSION
from basewatch.platform.settings import ENV_VARS

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
STAGES = ("ingest", "enrich", "alert")


def test_broker_is_the_official_kafka_image_pinned_in_kraft_mode_with_a_healthcheck() -> None:
    """The broker is apache/kafka at a fixed tag, broker+controller, and healthchecked."""
    kafka = COMPOSE["services"]["kafka"]
    image, _, tag = kafka["image"].partition(":")
    assert image == "apache/kafka" and tag and tag != "latest"
    assert kafka["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert kafka["environment"]["KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS"] == 0
    assert "healthcheck" in kafka


def test_each_stage_is_a_service_of_the_one_image_configured_only_by_known_env_vars() -> None:
    """ingest, enrich and alert run `basewatch worker <stage>` from the repo's image; env names are ones the code reads."""
    services = COMPOSE["services"]
    images = {services[s]["image"] for s in (*STAGES, "demo-feed", "topics")}
    assert len(images) == 1 and ":" in next(iter(images))
    assert "build" in services["topics"]
    for stage in STAGES:
        assert services[stage]["command"] == ["worker", stage]
        env = services[stage]["environment"]
        unknown = set(env) - set(ENV_VARS)
        assert not unknown, f"{stage} sets variables no code reads: {unknown}"
        assert env["BASEWATCH_KAFKA_BOOTSTRAP"] == "kafka:19092"


def test_demo_feed_is_a_one_shot_ingest_of_the_demo_articles() -> None:
    """demo-feed ingests the project's demo articles once and is not restarted."""
    feed = COMPOSE["services"]["demo-feed"]
    assert feed["command"][0] == "ingest" and (ROOT / feed["command"][1]).exists()
    assert feed["restart"] == "no"


def test_dockerfile_base_image_is_pinned() -> None:
    """The service image builds from a fixed Python tag."""
    base = next(line for line in (ROOT / "Dockerfile").read_text().splitlines() if line.startswith("FROM"))
    assert ":" in base and "latest" not in base


def _compose_command() -> list[str] | None:
    """Debian's docker-compose (v1, validates without an engine) or the `docker compose` plugin, when installed."""
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    if shutil.which("docker") and subprocess.run(["docker", "compose", "version"], capture_output=True, check=False, timeout=30).returncode == 0:
        return ["docker", "compose"]
    return None


@pytest.mark.skipif(_compose_command() is None, reason="neither docker-compose nor the docker compose plugin is installed (.ci/run installs Debian's)")
def test_a_real_compose_implementation_accepts_the_file() -> None:
    """`docker-compose config -q` (no engine needed) parses and validates the file."""
    command = [*(_compose_command() or []), "-f", "docker-compose.yml", "config", "-q"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr


def test_the_broker_is_the_kafka_version_the_tests_run_against() -> None:
    """Compose runs apache/kafka at the version of the native broker that the suite is tested on."""
    assert COMPOSE["services"]["kafka"]["image"] == f"apache/kafka:{KAFKA_VERSION}"


def test_kafka_keeps_its_data_in_a_named_volume() -> None:
    """`docker compose down` keeps the alerts: the broker's log directory is a named volume."""
    kafka = COMPOSE["services"]["kafka"]
    log_dir = kafka["environment"]["KAFKA_LOG_DIRS"]
    mounts = {m.split(":")[1]: m.split(":")[0] for m in kafka["volumes"]}
    assert log_dir in mounts and mounts[log_dir] in COMPOSE["volumes"]


def test_workers_restart_and_report_health_on_their_own_port() -> None:
    """Each worker restarts unless stopped and is healthchecked on /health at its BASEWATCH_WEB_PORT."""
    for stage in STAGES:
        svc = COMPOSE["services"][stage]
        assert svc["restart"] == "unless-stopped"
        probe = " ".join(svc["healthcheck"]["test"])
        assert f":{svc['environment']['BASEWATCH_WEB_PORT']}/health" in probe


def test_published_ports_are_bound_to_localhost_only() -> None:
    """No port is published on every interface of the host."""
    ports = [p for svc in COMPOSE["services"].values() for p in svc.get("ports", [])]
    assert ports and all(str(p).startswith("127.0.0.1:") for p in ports)


def test_the_image_installs_locked_versions_from_a_small_build_context() -> None:
    """The Dockerfile installs requirements.lock (exact pins) and .dockerignore keeps .venv, .git and caches out."""
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "-r requirements.lock" in dockerfile and "--no-deps ." in dockerfile
    lock = [x for x in (ROOT / "requirements.lock").read_text().splitlines() if x and not x.startswith((" ", "#"))]
    assert lock and all("==" in x for x in lock)
    pinned = {x.split("==")[0].lower() for x in lock}
    assert {"faust-streaming", "aiokafka", "pydantic", "typer"} <= pinned
    ignored = {x.strip().rstrip("/") for x in (ROOT / ".dockerignore").read_text().splitlines() if x.strip() and not x.startswith("#")}
    assert {".venv", ".git", "build", "dist", ".mypy_cache", ".pytest_cache", ".ruff_cache"} <= ignored


def test_the_notifier_is_a_compose_service_started_on_request_with_its_receivers_file() -> None:
    """`docker compose --profile notify up` adds `basewatch worker notify`, reading a mounted receivers file, healthchecked."""
    svc = COMPOSE["services"]["notify"]
    assert svc["command"] == ["worker", "notify"] and svc["profiles"] == ["notify"]
    env = svc["environment"]
    assert not set(env) - set(ENV_VARS)
    mount = next(v for v in svc["volumes"] if v.endswith(":ro"))
    assert mount.split(":")[1] == env["BASEWATCH_NOTIFY_CONFIG"]
    assert svc["restart"] == "unless-stopped" and f":{env['BASEWATCH_WEB_PORT']}/health" in " ".join(svc["healthcheck"]["test"])
