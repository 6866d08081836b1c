"""Issue 11 item 8: the connection settings the workers and the CLI build from the security variables."""

from __future__ import annotations

from pathlib import Path

import pytest
from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

from basewatch.platform.settings import Settings
from basewatch.platform.stream import make_app


def _auth(settings: Settings, tmp_path: Path) -> dict[str, object]:
    app = make_app("ingest", Settings(**{**settings.__dict__, "data_dir": str(tmp_path)}))
    return dict(credentials_to_aiokafka_auth(app.conf.broker_credentials))


def test_sasl_ssl_with_scram_gives_the_workers_sasl_over_tls(tmp_path: Path) -> None:
    """SASL_SSL + SCRAM-SHA-512: faust gets SASL_SSL with a TLS context, never SASL_PLAINTEXT."""
    s = Settings(security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512", sasl_username="u", sasl_password="p")
    auth = _auth(s, tmp_path)
    assert auth["security_protocol"] == "SASL_SSL" and auth["sasl_mechanism"] == "SCRAM-SHA-512" and auth["ssl_context"] is not None
    assert s.aiokafka_kwargs()["security_protocol"] == "SASL_SSL" and s.aiokafka_kwargs()["ssl_context"] is not None


def test_ssl_without_a_ca_file_still_encrypts_with_the_systems_cas(tmp_path: Path) -> None:
    """SSL alone: an SSL context (trusting the system's CAs), not a plaintext connection."""
    auth = _auth(Settings(security_protocol="SSL"), tmp_path)
    assert auth["security_protocol"] == "SSL" and auth["ssl_context"] is not None


@pytest.mark.parametrize(
    ("settings", "says"),
    [(Settings(security_protocol="SASL_PLAINTEXT", sasl_mechanism="PLAIN", sasl_username="u", sasl_password="p"), "unencrypted"),
     (Settings(sasl_mechanism="SCRAM-SHA-512", sasl_username="u", sasl_password="p"), "SASL_SSL"),
     (Settings(security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512"), "USERNAME"),
     (Settings(ssl_cafile="/ca.pem"), "SSL or SASL_SSL"),
     (Settings(security_protocol="TLS"), "not one of")],
)  # fmt: skip
def test_insecure_or_incomplete_security_settings_are_refused_with_the_fix(settings: Settings, says: str) -> None:
    """A password in clear, a mechanism without SASL, SASL without credentials, a CA without TLS: refused, naming the fix."""
    assert says in (settings.security_problem() or "")
    with pytest.raises(ValueError, match=says):
        settings.aiokafka_kwargs()


def test_plain_over_sasl_plaintext_is_accepted_when_explicitly_allowed() -> None:
    """BASEWATCH_KAFKA_ALLOW_PLAINTEXT_CREDENTIALS=1 is the one way to send a PLAIN password unencrypted."""
    env = {"BASEWATCH_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "BASEWATCH_KAFKA_SASL_MECHANISM": "PLAIN", "BASEWATCH_KAFKA_SASL_USERNAME": "u",
           "BASEWATCH_KAFKA_SASL_PASSWORD": "p", "BASEWATCH_KAFKA_ALLOW_PLAINTEXT_CREDENTIALS": "1"}  # fmt: skip
    assert Settings.from_env(env).security_problem() is None
