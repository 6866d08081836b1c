"""Human-readable rendering of alerts for the terminal (rich)."""

from __future__ import annotations

from typing import Any

from rich.text import Text

_STYLE = {"critical": "bold white on red", "high": "bold red", "medium": "yellow", "low": "dim"}


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
