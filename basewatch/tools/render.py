"""Alerts for the terminal: which ones a subscriber asked for (`AlertFilter`), and one readable line each (rich)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from rich.text import Text

_STYLE = {"critical": "bold white on red", "high": "bold red", "medium": "yellow", "low": "dim"}
SEVERITIES = ("low", "medium", "high", "critical")  # in rising order
KINDS = ("fatality", "new_target")


def kind_name(given: str) -> str:
    """The alert kind as the `kind` field spells it; the rendering's "new-target" is accepted too."""
    kind = given.strip().lower().replace("-", "_")
    if kind not in KINDS:
        raise ValueError(f"unknown alert kind {given!r}: use fatality or new-target")
    return kind


@dataclass(frozen=True)
class AlertFilter:
    """What a subscriber wants to see; an unset criterion lets every alert through."""

    kind: str | None = None
    base: str | None = None  # base id (`tower-22`) or name, case-insensitive
    country: str | None = None
    min_severity: str | None = None  # this severity and above
    since: date | None = None  # attacks on or after this day (alerts without a date are kept out)

    def __post_init__(self) -> None:
        if self.min_severity is not None and self.min_severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.min_severity!r}: use one of {', '.join(SEVERITIES)}")

    def matches(self, a: dict[str, Any]) -> bool:
        if self.kind and a.get("kind") != self.kind:
            return False
        if self.base and self.base.casefold() not in {str(a.get("base_id") or "").casefold(), str(a.get("base_name") or "").casefold()}:
            return False
        if self.country and str(a.get("country") or "").casefold() != self.country.casefold():
            return False
        if self.min_severity and SEVERITIES.index(a.get("severity", "low")) < SEVERITIES.index(self.min_severity):
            return False
        if self.since:
            day = a.get("attack_date")
            if not day or date.fromisoformat(str(day)) < self.since:
                return False
        return True


def alert_line(a: dict[str, Any]) -> Text:
    """One line per alert: severity, kind, revision, summary, sources."""
    t = Text()
    t.append(f" {a['severity'].upper():8} ", style=_STYLE.get(a["severity"], ""))
    kind = a["kind"].replace("_", "-")
    rev = f" rev {a['revision']}" if a["revision"] else ""
    t.append(f" {kind}{rev} ", style="bold")
    t.append(a["summary"])
    if a.get("sources"):
        t.append(f"  [{', '.join(a['sources'])}]", style="dim")
    return t
