"""Typed settings, read from the environment once. Every service is configured only through these."""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from dataclasses import dataclass

# The names a deployment may set; docker-compose.yml is tested against this list.
ENV_VARS = (
    "BASEWATCH_KAFKA_BOOTSTRAP",
    "BASEWATCH_TOPIC_PREFIX",
    "BASEWATCH_SOURCE_PREFIX",
    "BASEWATCH_APP_ID",
    "BASEWATCH_KAFKA_SECURITY_PROTOCOL",
    "BASEWATCH_KAFKA_SASL_MECHANISM",
    "BASEWATCH_KAFKA_SASL_USERNAME",
    "BASEWATCH_KAFKA_SASL_PASSWORD",
    "BASEWATCH_KAFKA_SSL_CAFILE",
    "BASEWATCH_WEB_PORT",
    "BASEWATCH_WEB_HOST",
    "BASEWATCH_INGEST_TOKEN",
    "BASEWATCH_NOTIFY_CONFIG",  # read by the notify stage (services/notify/config.py)
    "BASEWATCH_DATA_DIR",
    "BASEWATCH_LOG_LEVEL",
    "BASEWATCH_BROKER_WAIT",
    "BASEWATCH_KAFKA_ALLOW_PLAINTEXT_CREDENTIALS",
    "BASEWATCH_REPLICATION",
    "BASEWATCH_PARTITIONS",
)

PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SSL_PROTOCOLS = ("SSL", "SASL_SSL")


@dataclass(frozen=True)
class Settings:
    bootstrap: str = "127.0.0.1:9092"
    topic_prefix: str = ""
    source_prefix: str | None = None  # where enrich reads `articles` from (replay reads another namespace's log)
    app_id: str = "basewatch"
    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str | None = None
    sasl_username: str | None = None
    sasl_password: str | None = None
    ssl_cafile: str | None = None
    web_port: int | None = None  # None: a free port, chosen at start and logged (three workers on one host never collide)
    web_host: str = "127.0.0.1"  # the interface the worker's web server binds; beyond loopback, POST /articles needs a token
    ingest_token: str | None = None  # bearer token POST /articles requires (always when set)
    data_dir: str = "/tmp/basewatch"
    log_level: str = "INFO"
    # seconds a worker waits for the broker (at start) or retries a transient Kafka failure before it gives up loudly
    broker_wait: float = 300.0
    allow_plaintext_credentials: bool = False  # SASL PLAIN over an unencrypted connection sends the password in clear
    replication: int = 1  # replication factor of the topics basewatch creates (3 on a 3-broker cluster)
    # partitions of the keyed topics (articles, claims, attack-events, alerts): how many workers of a stage can share
    # its work. None (unset): `topics create` makes 1, and a worker adopts what it finds on the namespace's `claims`
    partitions: int | None = None
    source_partitions: int | None = None  # those of the source namespace's `articles` (not configured: workers find it)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        e = os.environ if env is None else env

        def get(name: str) -> str | None:
            value = e.get(f"BASEWATCH_{name}")
            return value if value else None

        # An empty prefix is a prefix (compose sets BASEWATCH_SOURCE_PREFIX=""); only an unset variable means "none".
        source_prefix = e.get("BASEWATCH_SOURCE_PREFIX")
        port = get("WEB_PORT")

        defaults = cls()
        return cls(
            bootstrap=get("KAFKA_BOOTSTRAP") or defaults.bootstrap,
            topic_prefix=get("TOPIC_PREFIX") or "",
            source_prefix=source_prefix,
            app_id=get("APP_ID") or defaults.app_id,
            security_protocol=get("KAFKA_SECURITY_PROTOCOL") or defaults.security_protocol,
            sasl_mechanism=get("KAFKA_SASL_MECHANISM"),
            sasl_username=get("KAFKA_SASL_USERNAME"),
            sasl_password=get("KAFKA_SASL_PASSWORD"),
            ssl_cafile=get("KAFKA_SSL_CAFILE"),
            web_port=int(port) if port else None,
            web_host=get("WEB_HOST") or defaults.web_host,
            ingest_token=get("INGEST_TOKEN"),
            data_dir=get("DATA_DIR") or defaults.data_dir,
            log_level=get("LOG_LEVEL") or defaults.log_level,
            broker_wait=float(get("BROKER_WAIT") or defaults.broker_wait),
            replication=int(get("REPLICATION") or defaults.replication),
            partitions=int(p) if (p := get("PARTITIONS")) else None,
            allow_plaintext_credentials=(get("KAFKA_ALLOW_PLAINTEXT_CREDENTIALS") or "").lower() in {"1", "true", "yes"},
        )

    def topic(self, name: str) -> str:
        return f"{self.topic_prefix}{name}"

    def source_topic(self, name: str) -> str:
        prefix = self.topic_prefix if self.source_prefix is None else self.source_prefix
        return f"{prefix}{name}"

    def security_problem(self) -> str | None:
        """Why these connection settings are refused (None when they are fine): no silent plaintext, no password in clear."""
        protocol, mechanism = self.security_protocol.upper(), (self.sasl_mechanism or "").upper()
        if protocol not in PROTOCOLS:
            return f"BASEWATCH_KAFKA_SECURITY_PROTOCOL={self.security_protocol} is not one of {', '.join(PROTOCOLS)}"
        if mechanism and not protocol.startswith("SASL_"):
            return f"BASEWATCH_KAFKA_SASL_MECHANISM is set but the protocol is {protocol}: set BASEWATCH_KAFKA_SECURITY_PROTOCOL=SASL_SSL"
        if protocol.startswith("SASL_") and not (mechanism and self.sasl_username and self.sasl_password):
            return f"{protocol} needs BASEWATCH_KAFKA_SASL_MECHANISM, BASEWATCH_KAFKA_SASL_USERNAME and BASEWATCH_KAFKA_SASL_PASSWORD"
        if self.ssl_cafile and protocol not in SSL_PROTOCOLS:
            return f"BASEWATCH_KAFKA_SSL_CAFILE is set but the protocol is {protocol}: set SSL or SASL_SSL"
        if protocol == "SASL_PLAINTEXT" and mechanism == "PLAIN" and not self.allow_plaintext_credentials:
            return ("SASL PLAIN over SASL_PLAINTEXT sends the password unencrypted: use SASL_SSL "
                    "(or set BASEWATCH_KAFKA_ALLOW_PLAINTEXT_CREDENTIALS=1 on a trusted network)")  # fmt: skip
        return None

    def ssl_context(self) -> ssl.SSLContext | None:
        """The TLS context for SSL and SASL_SSL (the CA file's, else the system's trusted CAs); None for plaintext."""
        if self.security_protocol.upper() not in SSL_PROTOCOLS:
            return None
        return ssl.create_default_context(cafile=self.ssl_cafile)

    def aiokafka_kwargs(self) -> dict[str, object]:
        """Connection settings passed through to every aiokafka client; ValueError for refused ones (`security_problem`)."""
        if problem := self.security_problem():
            raise ValueError(problem)
        kw: dict[str, object] = {"bootstrap_servers": self.bootstrap, "security_protocol": self.security_protocol.upper()}
        if self.sasl_mechanism:
            kw |= {
                "sasl_mechanism": self.sasl_mechanism.upper(),
                "sasl_plain_username": self.sasl_username,
                "sasl_plain_password": self.sasl_password,
            }
        if (context := self.ssl_context()) is not None:
            kw["ssl_context"] = context
        return kw
