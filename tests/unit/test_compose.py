"""docker-compose.yml cannot run here (no Docker engine): its structure is checked instead."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

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


@pytest.mark.skipif(shutil.which("docker") is None, reason="docker CLI not installed")
def test_docker_compose_config_accepts_the_file() -> None:
    """`docker compose config` (which needs no engine) parses and validates the file."""
    probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        pytest.skip("the docker compose plugin is not installed")
    done = subprocess.run(["docker", "compose", "config", "-q"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
