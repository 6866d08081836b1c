"""Issue 11 item 8: the workers, `ingest` and `subscribe` against a broker that only lets SASL_SSL + SCRAM-SHA-512 clients in."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from basewatch.platform import broker, kafka_io
from basewatch.platform.settings import Settings
from tests.integration.streamkit import ROOT, Workers, read_topic
from tests.integration.tlskit import make_pki

pytestmark = pytest.mark.integration
PASSWORD = "s3cret-for-tests-only"


@pytest.fixture(scope="module")
def secured() -> Iterator[tuple[str, Path]]:
    """A native broker with a SASL_SSL listener (SCRAM-SHA-512 user `basewatch`): (its SASL_SSL address, the CA file)."""
    data_dir = Path(tempfile.mkdtemp(prefix="basewatch-test-secured-"))
    ca, keystore = make_pki(data_dir / "pki")
    sasl_port = broker.free_port()
    spec = broker.BrokerSpec(data_dir, broker.free_port(), secured=broker.Secured(sasl_port, keystore, ca, (("basewatch", PASSWORD),)))
    broker.up(spec)
    try:
        yield f"127.0.0.1:{sasl_port}", ca
    finally:
        broker.down(data_dir)
        shutil.rmtree(data_dir, ignore_errors=True)


def _settings(bootstrap: str, ca: Path, prefix: str, password: str = PASSWORD) -> Settings:
    return Settings(bootstrap=bootstrap, topic_prefix=prefix, security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512",
                    sasl_username="basewatch", sasl_password=password, ssl_cafile=str(ca))  # fmt: skip


def _security_env(s: Settings) -> dict[str, str]:
    return {"BASEWATCH_KAFKA_SECURITY_PROTOCOL": s.security_protocol, "BASEWATCH_KAFKA_SASL_MECHANISM": s.sasl_mechanism or "",
            "BASEWATCH_KAFKA_SASL_USERNAME": s.sasl_username or "", "BASEWATCH_KAFKA_SASL_PASSWORD": s.sasl_password or "",
            "BASEWATCH_KAFKA_SSL_CAFILE": s.ssl_cafile or ""}  # fmt: skip


async def test_the_three_workers_ingest_and_subscribe_work_over_sasl_ssl_with_scram(
    secured: tuple[str, Path], topic_prefix: str, tmp_path: Path, seeds_dir: Path
) -> None:
    """Seeds ingested over SASL_SSL come out as alerts that `subscribe` prints; a wrong password is refused by the broker, and said so."""
    bootstrap, ca = secured
    settings = _settings(bootstrap, ca, topic_prefix)
    await kafka_io.ensure_topics(settings)
    with pytest.raises(kafka_io.AuthenticationFailed, match="refused the credentials"):
        await kafka_io.check_topics(_settings(bootstrap, ca, topic_prefix, password="wrong"), [settings.topic("alerts")])
    workers = Workers(settings, tmp_path)
    workers.extra_env = _security_env(settings)
    try:
        workers.start("ingest", "enrich", "alert")
        env = os.environ | _security_env(settings) | {"BASEWATCH_KAFKA_BOOTSTRAP": bootstrap, "BASEWATCH_TOPIC_PREFIX": topic_prefix}
        fed = subprocess.run([sys.executable, "-m", "basewatch", "ingest", str(seeds_dir)], env=env, cwd=ROOT, capture_output=True, timeout=300, check=False)
        assert fed.returncode == 0, fed.stderr
        alerts = await read_topic(settings, "alerts", lambda r: len(r) >= 1, 120)
        assert alerts, workers.log("alert")
        shown = subprocess.run([sys.executable, "-m", "basewatch", "subscribe", "--from-beginning", "--json", "--limit", "1"],
                               env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
        assert shown.returncode == 0 and '"alert_id"' in shown.stdout, shown.stderr
    finally:
        workers.stop()


def test_a_wrong_password_or_an_untrusted_certificate_is_reported_as_such_by_workers_and_commands(
    secured: tuple[str, Path], topic_prefix: str, tmp_path: Path
) -> None:
    """Issue 11 item 8: one line naming the refusal and the settings to fix, at once (not "cannot reach Kafka" after the broker wait)."""
    bootstrap, ca = secured
    other_ca, _ = make_pki(tmp_path / "other-pki")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BASEWATCH_")} | _security_env(_settings(bootstrap, ca, topic_prefix, password="wrong"))
    env |= {"BASEWATCH_KAFKA_BOOTSTRAP": bootstrap, "BASEWATCH_TOPIC_PREFIX": topic_prefix, "BASEWATCH_DATA_DIR": str(tmp_path), "BASEWATCH_BROKER_WAIT": "300"}
    commands = [["worker", "alert"], ["ingest", str(ROOT / "demo" / "articles.jsonl")], ["topics", "create"], ["subscribe", "--limit", "1"]]
    for command in commands:
        done = subprocess.run([sys.executable, "-m", "basewatch", *command], env=env, input="", capture_output=True, text=True, timeout=120, check=False)
        lines = [x for x in done.stderr.splitlines() if "refused the credentials of user 'basewatch'" in x]
        assert done.returncode == 1 and len(lines) == 1 and "BASEWATCH_KAFKA_SASL_PASSWORD" in lines[0], (command, done.stderr[-2000:])
        assert "cannot reach" not in done.stderr, command
    env |= {"BASEWATCH_KAFKA_SASL_PASSWORD": PASSWORD, "BASEWATCH_KAFKA_SSL_CAFILE": str(other_ca)}
    for command in commands[:2]:
        done = subprocess.run([sys.executable, "-m", "basewatch", *command], env=env, input="", capture_output=True, text=True, timeout=120, check=False)
        said = "certificate this client does not trust" in done.stderr and "BASEWATCH_KAFKA_SSL_CAFILE" in done.stderr
        assert done.returncode == 1 and said, (command, done.stderr[-2000:])


def test_sasl_plain_over_an_unencrypted_connection_is_refused_unless_allowed(tmp_path: Path) -> None:
    """A worker given SASL_PLAINTEXT + PLAIN refuses to start (the password would travel in clear) and says how to fix it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BASEWATCH_")} | {
        "BASEWATCH_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "BASEWATCH_KAFKA_SASL_MECHANISM": "PLAIN",
        "BASEWATCH_KAFKA_SASL_USERNAME": "u", "BASEWATCH_KAFKA_SASL_PASSWORD": "p", "BASEWATCH_DATA_DIR": str(tmp_path),
        "BASEWATCH_KAFKA_BOOTSTRAP": f"127.0.0.1:{broker.free_port()}", "BASEWATCH_BROKER_WAIT": "1",
    }  # fmt: skip
    done = subprocess.run([sys.executable, "-m", "basewatch", "worker", "ingest"], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1 and "unencrypted" in done.stderr and "SASL_SSL" in done.stderr, done.stderr
