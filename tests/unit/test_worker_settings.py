"""Workers' settings, logs and HTTP guard, and the CLI's words when no broker answers (issue 8, no broker needed)."""

from __future__ import annotations

import io
import json
import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import structlog
from aiokafka.errors import KafkaConnectionError

from basewatch.platform import logs
from basewatch.platform.kafka_io import unreachable_message
from basewatch.platform.settings import Settings
from basewatch.platform.stream import post_refusal

ROOT = Path(__file__).resolve().parents[2]


def test_an_empty_source_prefix_is_the_empty_prefix_not_none() -> None:
    """Issue 8 item 3: BASEWATCH_SOURCE_PREFIX="" (replay of the default namespace) reads `articles`, not the replay's own topic."""
    settings = Settings.from_env({"BASEWATCH_TOPIC_PREFIX": "replay-1.", "BASEWATCH_SOURCE_PREFIX": ""})
    assert settings.source_prefix == ""
    assert settings.source_topic("articles") == "articles"
    assert Settings.from_env({"BASEWATCH_TOPIC_PREFIX": "p."}).source_topic("articles") == "p.articles"


def test_workers_bind_loopback_on_a_port_chosen_at_start_unless_told_otherwise() -> None:
    """Issue 8 items 4 and 5: no port means "pick a free one", the default interface is 127.0.0.1; both can be set."""
    default = Settings.from_env({})
    assert default.web_port is None and default.web_host == "127.0.0.1" and default.ingest_token is None
    given = Settings.from_env({"BASEWATCH_WEB_PORT": "6070", "BASEWATCH_WEB_HOST": "0.0.0.0", "BASEWATCH_INGEST_TOKEN": "s3cret"})
    assert (given.web_port, given.web_host, given.ingest_token) == (6070, "0.0.0.0", "s3cret")


def test_posting_articles_beyond_loopback_needs_the_token() -> None:
    """Issue 8 item 4: on loopback anyone local may post; beyond it only with the bearer token, and never without one set."""
    assert post_refusal(Settings(web_host="127.0.0.1"), None) is None
    exposed = post_refusal(Settings(web_host="0.0.0.0"), None)
    assert exposed is not None and exposed[0] == 403 and "BASEWATCH_INGEST_TOKEN" in exposed[1]
    token = Settings(web_host="0.0.0.0", ingest_token="s3cret")
    assert post_refusal(token, "Bearer s3cret") is None
    assert post_refusal(token, None)[0] == 401  # type: ignore[index]
    assert post_refusal(token, "Bearer wrong")[0] == 401  # type: ignore[index]
    assert post_refusal(Settings(ingest_token="s3cret"), None)[0] == 401  # type: ignore[index]  # a set token applies on loopback too


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _reset_logging() -> None:
    logs.configure("WARNING")


def test_logs_are_json_lines_with_the_bound_ids_and_library_records_in_the_same_format() -> None:
    """Issue 8 item 6: basewatch's events and faust's or aiokafka's records are one JSON object per line, ids included."""
    out = io.StringIO()
    try:
        logs.configure("INFO", stream=out, libraries="WARNING")
        structlog.contextvars.bind_contextvars(article_id="a1", topic="claims", partition=0, offset=7)
        structlog.get_logger("basewatch.test").warning("record.dead_lettered", reason="bad")
        structlog.contextvars.clear_contextvars()
        logging.getLogger("faust.worker").warning("Timer %s woke up too late", "commit")
        logging.getLogger("faust.worker").info("chatter below the libraries' threshold")
    finally:
        _reset_logging()
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [x["event"] for x in lines] == ["record.dead_lettered", "Timer commit woke up too late"]
    assert lines[0] | {"article_id": "a1", "topic": "claims", "partition": 0, "offset": 7, "level": "warning"} == lines[0]
    assert lines[1]["logger"] == "faust.worker" and lines[1]["level"] == "warning"


def test_a_terminal_gets_readable_lines_instead_of_json() -> None:
    """Issue 8 item 6: with a terminal attached the same events render for a person to read."""
    out = _Tty()
    try:
        logs.configure("INFO", stream=out)
        structlog.get_logger("basewatch.test").info("worker.started", stage="ingest")
    finally:
        _reset_logging()
    text = out.getvalue()
    assert "worker.started" in text and "stage" in text and not text.lstrip().startswith("{")


def test_a_library_message_repeated_in_a_loop_is_shown_once_per_interval_with_a_count() -> None:
    """Issue 8 item 9: aiokafka's reconnect errors (dozens a second without a broker) become one line per interval."""
    now = [0.0]
    limit = logs.RepeatLimit(interval=30.0, clock=lambda: now[0])

    def record(msg: object) -> logging.LogRecord:
        return logging.LogRecord("aiokafka", logging.ERROR, __file__, 1, msg, ("127.0.0.1:9092",), None)

    shown = []
    for i in range(700):  # 70 a second for 10 s
        now[0] = i / 70
        r = record("Unable connect to %s")
        if limit.filter(r):
            shown.append(r.getMessage())
    assert shown == ["Unable connect to 127.0.0.1:9092"]
    now[0] = 31.0
    r = record("Unable connect to %s")
    assert limit.filter(r) and "699 more like this" in r.getMessage()
    assert all(limit.filter(record({"event": "record.dead_lettered"})) for _ in range(5))  # basewatch's own: never held back


def test_the_unreachable_broker_message_names_the_address_and_what_to_do() -> None:
    """Issue 8 item 9: aiokafka's "Unable to bootstrap from [(host, port, family)]" becomes host:port and the next step."""
    exc = KafkaConnectionError("Unable to bootstrap from [('127.0.0.1', 9092, <AddressFamily.AF_INET: 2>)]")
    message = unreachable_message(exc)
    assert "127.0.0.1:9092" in message and "basewatch kafka up" in message and "BASEWATCH_KAFKA_BOOTSTRAP" in message


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("command", [["topics", "create"], ["ingest", "tests/data/articles.jsonl"], ["subscribe"]])
def test_a_command_that_cannot_reach_kafka_says_so_in_one_line(command: list[str]) -> None:
    """Issue 8 item 9: `topics create`, `ingest` and `subscribe` without a broker: one line naming what to do, exit 1."""
    env = os.environ | {"BASEWATCH_KAFKA_BOOTSTRAP": f"127.0.0.1:{_closed_port()}", "COLUMNS": "300"}
    done = subprocess.run([sys.executable, "-m", "basewatch", *command], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1, done.stderr
    assert len(lines) == 1, done.stderr
    assert "cannot reach Kafka" in lines[0] and "basewatch kafka up" in lines[0]
