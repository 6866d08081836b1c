"""Alert stage, rules: which events deserve an analyst's attention. Pure and deterministic.

- `fatality`: an event's killed count becomes > 0; a revision of the same alert when the count changes.
- `new_target`: the first event at a base never attacked before in the log.
Alert ids are uuid5 of (kind, subject), so a redelivered claim can never raise an alert twice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from basewatch.schemas import AlertRaised, AlertRevised, EventState
from basewatch.schemas.messages import AlertKind, Severity

ALERT_NS = uuid.UUID("c3e9a0d4-6b2f-4e71-a8c5-0f4d2b7e6a13")


@dataclass(frozen=True)
class FatalityRecord:
    """What the ledger remembers of a fatality alert: its last revision and the count it stated."""

    revision: int
    killed: int


def alert_id(kind: AlertKind, subject: str) -> str:
    return str(uuid.uuid5(ALERT_NS, f"{kind}|{subject}"))


def decide(event: EventState, base_seen: bool, fatality: FatalityRecord | None) -> list[AlertRaised | AlertRevised]:
    """Alerts that this version of the event raises, given what was already alerted."""
    out: list[AlertRaised | AlertRevised] = []
    if event.base_id is not None and not base_seen:
        out.append(AlertRaised(**_body(event, "new_target", event.base_id, _new_target_severity(event), 0)))
    killed = event.killed or 0
    if killed > 0:
        if fatality is None:
            out.append(AlertRaised(**_body(event, "fatality", event.event_id, _fatality_severity(event), 0)))
        elif fatality.killed != killed:
            body = _body(event, "fatality", event.event_id, _fatality_severity(event), fatality.revision + 1)
            out.append(AlertRevised(**body, previous_killed=fatality.killed))
    return out


def _fatality_severity(e: EventState) -> Severity:
    return "critical" if (e.killed or 0) >= 3 or e.casualty_side == "US" else "high"


def _new_target_severity(e: EventState) -> Severity:
    return "high" if (e.killed or 0) > 0 else "medium"


def _body(e: EventState, kind: AlertKind, subject: str, severity: Severity, revision: int) -> dict[str, object]:
    return {
        "alert_id": alert_id(kind, subject),
        "kind": kind,
        "severity": severity,
        "revision": revision,
        "event_id": e.event_id,
        "base_id": e.base_id,
        "base_name": e.base_name,
        "country": e.country,
        "attack_date": e.attack_date,
        "killed": e.killed,
        "wounded": e.wounded,
        "casualty_side": e.casualty_side,
        "sources": e.sources,
        "article_ids": e.article_ids,
        "evidence": e.evidence,
        "summary": _summary(e, kind),
    }


def _summary(e: EventState, kind: AlertKind) -> str:
    where = e.base_name or "an unnamed base"
    when = e.attack_date.isoformat() if e.attack_date else "date unknown"
    if kind == "new_target":
        return f"First reported attack on {where} ({e.country or 'country unknown'}), {when}"
    side = f" {e.casualty_side}" if e.casualty_side else ""
    wounded = f", {e.wounded} wounded" if e.wounded else ""
    return f"{e.killed}{side} killed in {e.weapon if e.weapon != 'unknown' else 'an'} attack on {where}, {when}{wounded}"


def ledger_after(alerts: list[AlertRaised | AlertRevised]) -> dict[str, FatalityRecord]:
    """Fatality records (by event id) that these alerts establish."""
    return {a.event_id: FatalityRecord(a.revision, a.killed or 0) for a in alerts if a.kind == "fatality"}
