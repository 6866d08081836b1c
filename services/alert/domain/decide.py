"""Alert stage, rules: which events deserve an analyst's attention. Pure and deterministic.

Grouped like Prometheus Alertmanager's notifications: one alert per group, updates re-send it.
- `fatality`: one alert per fatal attack (id uuid5 of the event it was first raised for, carried
  when the event is re-keyed). Later reports revise it only when what it says changes: the toll range,
  the status (claimed -> confirmed), the attack day, the severity (the dead named as American make
  it critical) or the wounded it counts; each revision names what changed.
  Two alerted events that prove one attack: the newer alert is revised as superseded by the older.
  Deaths the event's reports no longer give (official accounts outweigh hearsay) withdraw it: a revision
  that says so, like Alertmanager's resolved notification.
- `new_target`: the first event at a base never attacked before in the log (once per base, ever).
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import cast, get_args

from basewatch.schemas import AlertRaised, AlertRevised, EventState
from basewatch.schemas.messages import STATUS_RANK, AlertKind, Change, Severity
from basewatch.services.alert.domain.dedup import NO_DATE, PRECISION_RANK
from basewatch.services.alert.domain.state import Ledger

ALERT_NS = uuid.UUID("c3e9a0d4-6b2f-4e71-a8c5-0f4d2b7e6a13")


def alert_id(kind: AlertKind, subject: str) -> str:
    return str(uuid.uuid5(ALERT_NS, f"{kind}|{subject}"))


def new_target(event: EventState) -> AlertRaised:
    return AlertRaised(**_body(event, "new_target", alert_id("new_target", event.base_id or ""), _new_target_severity(event), 0))


def fatality(event: EventState, ledger: Ledger | None) -> tuple[list[AlertRaised | AlertRevised], Ledger | None]:
    """The fatality alert this version of the event raises or revises, and the ledger after it."""
    if (event.killed or 0) <= 0:
        if ledger is None or not ledger.killed or ledger.last_seen is not None:
            return [], ledger  # an event rebuilt after the horizon has only a few of the reports the alert was made of
        return _withdrawn(event, ledger)
    if ledger is None:
        raised = AlertRaised(**_body(event, "fatality", alert_id("fatality", event.event_id), _fatality_severity(event), 0))
        return [raised], _ledger(raised)
    event = _with_ledger(event, ledger)
    changes: list[Change] = []
    if (ledger.killed_min, ledger.killed) != (event.killed_min, event.killed):
        changes.append("toll")
    if ledger.status != event.status:
        changes.append("status")
    if ledger.day != event.attack_date:
        changes.append("date")
    if ledger.severity is not None and ledger.severity != _fatality_severity(event):
        changes.append("severity")  # e.g. the dead named as American: an analyst's priority changes with it
    if ledger.wounded >= 0 and ledger.wounded != (event.wounded or 0):
        changes.append("wounded")  # "25 wounded" in the alert when later reports count 34: what it says changed
    if not changes:
        return [], ledger
    body = _body(event, "fatality", ledger.alert_id, _fatality_severity(event), ledger.revision + 1)
    revised = AlertRevised(**body, previous_killed=ledger.killed, changes=tuple(changes))
    return [revised], replace(_ledger(revised), last_seen=ledger.last_seen)  # a rebuilt event stays marked as one


def _withdrawn(event: EventState, ledger: Ledger) -> tuple[list[AlertRaised | AlertRevised], Ledger]:
    """The event's reports no longer give deaths (official accounts counted only wounded, or nobody hurt, against deaths
    that hearsay or a claim gave, `dedup.told_tolls`): the alert is revised to say so, like a resolved notification,
    at the severity it last had, so that whoever was routed the deaths is routed their withdrawal; deaths
    reported again later revise it once more."""
    severity = cast(Severity, ledger.severity) if ledger.severity in get_args(Severity) else "high"
    body = _body(event, "fatality", ledger.alert_id, severity, ledger.revision + 1)
    where = event.base_name or "an unnamed base"
    # the event's status is the best any report gives (the officials' wounded count): not the status of the deaths
    counted = "wounded only" if event.wounded else "no one killed or hurt"  # "the Pentagon said no US troops were hurt"
    body["summary"] = f"Deaths not confirmed at {where}: official reports count {counted} (the alert had said {ledger.killed} killed)"
    revised = AlertRevised(**body, previous_killed=ledger.killed, changes=("withdrawn",))
    return [revised], _ledger(revised)


def _with_ledger(event: EventState, ledger: Ledger) -> EventState:
    """What the alert already said stays known when the event forgot it (a report after the horizon):
    the toll range only widens, and a day is not lost to an undated report. An event rebuilt from the
    late reports that followed it out of the horizon (`ledger.last_seen`: it was forgotten) has only a few
    of the reports the alert was made of: its status never falls below the alert's, and its day replaces
    the alert's only when it is dated more precisely (a single late copy's day is no vote of the outlets)."""
    lows = [x for x in (event.killed_min, ledger.killed_min) if x is not None]
    update: dict[str, object] = {"killed_min": min(lows) if lows else None, "killed": max(event.killed or 0, ledger.killed or 0)}
    if ledger.wounded > (event.wounded or 0):
        update["wounded"] = ledger.wounded  # as with the deaths: the alert's count stands until reports give more
    rebuilt = ledger.last_seen is not None
    if ledger.day is not None and (event.attack_date is None or (rebuilt and PRECISION_RANK.get(event.date_precision, NO_DATE) >= ledger.rank)):
        update |= {"attack_date": ledger.day, "date_precision": "day" if ledger.rank <= 1 else "approximate"}
    if rebuilt and STATUS_RANK[ledger.status] < STATUS_RANK[event.status]:
        update["status"] = ledger.status
    return event.model_copy(update=update)


def superseded(event: EventState, ledger: Ledger, by: str) -> AlertRevised:
    """The last revision of an alert whose attack proved to be another alerted event's."""
    body = _body(event, "fatality", ledger.alert_id, _fatality_severity(event), ledger.revision + 1)
    return AlertRevised(**body, previous_killed=ledger.killed, changes=("merged",), superseded_by=by)


def _ledger(a: AlertRaised | AlertRevised) -> Ledger:
    rank = PRECISION_RANK.get(a.date_precision, NO_DATE)  # a ledger's rank of its day, coarsened as alerts say it
    return Ledger(a.alert_id, a.revision, a.killed_min, a.killed, a.status, a.attack_date, a.base_id, rank, severity=a.severity, wounded=a.wounded or 0)


def _fatality_severity(e: EventState) -> Severity:
    return "critical" if (e.killed or 0) >= 3 or e.casualty_side == "US" else "high"


def _new_target_severity(e: EventState) -> Severity:
    return "high" if (e.killed or 0) > 0 else "medium"


def _body(e: EventState, kind: AlertKind, aid: str, severity: Severity, revision: int) -> dict[str, object]:
    return {
        "alert_id": aid,
        "kind": kind,
        "severity": severity,
        "revision": revision,
        "event_id": e.event_id,
        "base_id": e.base_id,
        "base_name": e.base_name,
        "country": e.country,
        "attack_date": e.attack_date,
        "killed": e.killed,
        "killed_min": e.killed_min,
        "wounded": e.wounded,
        "casualty_side": e.casualty_side,
        "status": e.status,
        "date_precision": e.date_precision,
        "first_seen": e.first_seen,
        "sources": e.sources,
        "urls": e.urls,
        "article_ids": e.article_ids,
        "evidence": e.evidence,
        "summary": _summary(e, kind),
    }


def _summary(e: EventState, kind: AlertKind) -> str:
    where = e.base_name or "an unnamed base"
    when = e.attack_date.isoformat() if e.attack_date else "date unknown"
    if e.attack_date and e.date_precision != "day":
        when = f"about {when}"
    if kind == "new_target":
        return f"First reported attack on {where} ({e.country or 'country unknown'}), {when}"
    side = f" {e.casualty_side}" if e.casualty_side else ""
    toll = f"{e.killed_min}-{e.killed}" if e.killed_min is not None and e.killed_min != e.killed else f"{e.killed}"
    wounded = f", {e.wounded} wounded" if e.wounded else ""
    weapon = e.weapon if e.weapon != "unknown" else "an"
    return f"{toll}{side} killed in {weapon} attack on {where}, {when}{wounded} ({e.status})"
