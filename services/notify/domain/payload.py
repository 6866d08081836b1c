"""Webhook bodies and their headers: the Alertmanager v4 shape or a CloudEvent (structured mode), signed.

Bodies are deterministic (sorted keys, the time given by the caller: the alert record's own time), so a
redelivered alert has the same body, the same signature and the same idempotency key.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import orjson

from basewatch.services.notify.domain.config import Receiver

SIGNATURE_HEADER = "X-Basewatch-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"
SOURCE = "urn:basewatch"
ALERTNAME = {"fatality": "BasewatchFatality", "new_target": "BasewatchNewTarget"}
_NEVER = "0001-01-01T00:00:00Z"  # Alertmanager's "no end time" for a firing alert


def idempotency_key(alert: Mapping[str, Any]) -> str:
    """`alert_id:revision`: the same for every delivery of one revision, different for the next."""
    return f"{alert['alert_id']}:{alert.get('revision', 0)}"


def fingerprint(alert: Mapping[str, Any]) -> str:
    """Stable across revisions (Alertmanager's fingerprint identifies the alert, not its current state)."""
    return hashlib.sha256(str(alert["alert_id"]).encode()).hexdigest()[:16]


def rfc3339(t: datetime) -> str:
    return t.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _started(alert: Mapping[str, Any], at: datetime) -> str:
    """When the alert was first raised if the alert says so (newer alerts do), else the record's time."""
    first = alert.get("first_seen") or alert.get("raised_at")
    return str(first) if first else rfc3339(at)


def _labels(alert: Mapping[str, Any]) -> dict[str, str]:
    labels = {
        "alertname": ALERTNAME.get(str(alert.get("kind")), "BasewatchAlert"),
        "kind": alert.get("kind"),
        "severity": alert.get("severity"),
        "alert_id": alert.get("alert_id"),
        "event_id": alert.get("event_id"),
        "base_id": alert.get("base_id"),
        "country": alert.get("country"),
        "status": alert.get("status"),
    }
    return {k: str(v) for k, v in labels.items() if v is not None}  # Alertmanager labels are strings


def _annotations(alert: Mapping[str, Any]) -> dict[str, str]:
    evidence = alert.get("evidence") or ()
    urls = alert.get("source_urls") or alert.get("urls") or ()
    notes = {
        "summary": alert.get("summary"),
        "description": evidence[0] if evidence else None,
        "base_name": alert.get("base_name"),
        "attack_date": alert.get("attack_date"),
        "killed": alert.get("killed"),
        "wounded": alert.get("wounded"),
        "revision": alert.get("revision"),
        "sources": ", ".join(alert.get("sources") or ()) or None,
        "source_urls": " ".join(urls) or None,
    }
    return {k: str(v) for k, v in notes.items() if v is not None}


def withdrawn(alert: Mapping[str, Any]) -> bool:
    """A fatality alert whose deaths the attack's reports no longer give (`changes` names `withdrawn`)."""
    return "withdrawn" in (alert.get("changes") or ())


def alertmanager(alert: Mapping[str, Any], receiver: str, at: datetime, board_url: str | None = None) -> dict[str, Any]:
    """The Alertmanager webhook (version 4) body for one alert; basewatch's own alert under `basewatch_alert`.
    A withdrawn alert is `resolved`, ending at the record's time, as Alertmanager tells receivers an alert stopped."""
    labels = _labels(alert)
    status = "resolved" if withdrawn(alert) else "firing"
    link = f"{board_url.rstrip('/')}/#alert-{alert['alert_id']}" if board_url else ""
    return {
        "version": "4",
        "groupKey": f'{{}}:{{alert_id="{alert["alert_id"]}"}}',
        "truncatedAlerts": 0,
        "status": status,
        "receiver": receiver,
        "groupLabels": {"alert_id": str(alert["alert_id"])},
        "commonLabels": labels,
        "commonAnnotations": _annotations(alert),
        "externalURL": board_url or "",
        "alerts": [
            {
                "status": status,
                "labels": labels,
                "annotations": _annotations(alert),
                "startsAt": _started(alert, at),
                "endsAt": rfc3339(at) if status == "resolved" else _NEVER,
                "generatorURL": link,
                "fingerprint": fingerprint(alert),
            }
        ],
        "basewatch_alert": dict(alert),
    }


def cloudevent(alert: Mapping[str, Any], at: datetime) -> dict[str, Any]:
    """A CloudEvents 1.0 structured-mode event carrying the alert as `data`."""
    return {
        "specversion": "1.0",
        "id": idempotency_key(alert),
        "source": SOURCE,
        "type": str(alert.get("type", "alert.raised")),
        "subject": str(alert["alert_id"]),
        "time": rfc3339(at),
        "datacontenttype": "application/json",
        "data": dict(alert),
    }


def sign(body: bytes, secret: bytes) -> str:
    """`sha256=<hex HMAC-SHA256 of the body>`, as GitHub signs its webhooks (X-Hub-Signature-256)."""
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify(body: bytes, secret: bytes, signature: str) -> bool:
    """What a receiver does: recompute the signature and compare in constant time."""
    return hmac.compare_digest(sign(body, secret), signature)


def request(receiver: Receiver, alert: Mapping[str, Any], at: datetime, secret: bytes, board_url: str | None = None) -> tuple[bytes, dict[str, str]]:
    """The body and headers to POST to `receiver` for this alert."""
    if receiver.format == "cloudevents":
        payload, content_type = cloudevent(alert, at), "application/cloudevents+json"
    else:
        payload, content_type = alertmanager(alert, receiver.name, at, board_url), "application/json"
    body = orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)
    headers = {
        "Content-Type": content_type,
        IDEMPOTENCY_HEADER: idempotency_key(alert),
        SIGNATURE_HEADER: sign(body, secret),
        "User-Agent": "basewatch-notify/1",
    }
    return body, headers
