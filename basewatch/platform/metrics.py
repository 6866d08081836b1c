"""Prometheus metrics of a stage worker, served as text at /metrics (prometheus-client).

One worker is one process, so the process-wide default registry holds exactly that worker's series
(plus prometheus-client's process_* and python_* collectors). Labels are low-cardinality by design:
topics, stages, a dead letter's reason class (its text before the first colon), kinds, receivers.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import faust


@dataclass(frozen=True)
class _Series:
    records_in: Any
    records_out: Any
    dead_letters: Any
    processing: Any
    lag: Any
    alerts: Any
    deliveries: Any
    attempts: Any


@cache
def series() -> _Series:
    """The metrics, registered on first use (prometheus-client is imported then: its import reads the environment via wsgiref)."""
    from prometheus_client import Counter, Gauge, Histogram

    return _Series(
        records_in=Counter("basewatch_records_in", "Records a stage read, by input topic.", ["stage", "topic"]),
        records_out=Counter("basewatch_records_out", "Records a stage published, by output topic.", ["stage", "topic"]),
        dead_letters=Counter("basewatch_dead_letters", "Records a stage could not process, by reason class.", ["stage", "reason"]),
        processing=Histogram(
            "basewatch_processing_seconds",
            "Time to handle one input record (decode, decide, publish; for the notifier, deliver).",
            ["stage"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
        ),
        lag=Gauge("basewatch_consumer_lag", "Records on the input partition after the last one handled, at scrape time.", ["stage", "topic", "partition"]),
        alerts=Counter("basewatch_alerts", "Alerts published (raised and revised), by kind and severity.", ["kind", "severity", "type"]),
        deliveries=Counter("basewatch_webhook_deliveries", "Webhook deliveries by receiver and outcome.", ["receiver", "outcome"]),
        attempts=Counter("basewatch_webhook_attempts", "HTTP requests made to webhook receivers, retries included.", ["receiver"]),
    )


@cache
def _child(metric: Any, *labels: str) -> Any:
    """`metric.labels(*labels)`, made once: the same child every time (prometheus-client keeps it for the process)."""
    return metric.labels(*labels)


def webhook_delivery(receiver: str, outcome: str, attempts: int) -> None:
    series().deliveries.labels(receiver, outcome).inc()
    series().attempts.labels(receiver).inc(attempts)


def reason_class(reason: str) -> str:
    """A dead letter's reason without its particulars: 'invalid JSON: line 1 ...' -> 'invalid JSON'."""
    head = reason.split(":", 1)[0].strip()
    return head[:60] or "unknown"


def exposition() -> tuple[bytes, str]:
    """The Prometheus text exposition of this process's metrics, with its content type."""
    from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


class StageMetrics:
    """A stage's metrics and its /metrics page; `behind()` gives the records left on each input partition the worker holds."""

    def __init__(self, app: faust.App, behind: Callable[[], Mapping[tuple[str, int], int]]) -> None:
        self.app, self.behind = app, behind
        self.stage = str(app.conf.id).rsplit("-", 1)[-1]

        @app.page("/metrics")
        async def metrics_page(web: Any, request: Any) -> Any:
            self.update_lag()
            body, content_type = exposition()
            return web.bytes(body, content_type=content_type.split(";")[0])

    def received(self, topic: str) -> float:
        _child(series().records_in, self.stage, topic).inc()
        return time.perf_counter()

    def handled(self, started: float) -> None:
        _child(series().processing, self.stage).observe(time.perf_counter() - started)

    def sent(self, topic: str, msg: Any) -> None:
        _child(series().records_out, self.stage, topic).inc()
        if str(getattr(msg, "type", "")).startswith("alert."):
            series().alerts.labels(msg.kind, msg.severity, msg.type).inc()

    def dead_lettered(self, reason: str) -> None:
        series().dead_letters.labels(self.stage, reason_class(reason)).inc()

    def lags(self) -> dict[tuple[str, str], int]:
        """Lag per input partition held ((topic, partition) -> records after the last one handled; see `stream.Tail`)."""
        return {(topic, str(partition)): n for (topic, partition), n in self.behind().items()}

    def update_lag(self) -> None:
        for (topic, partition), lag in self.lags().items():
            series().lag.labels(self.stage, topic, partition).set(lag)
