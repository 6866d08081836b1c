"""Which receivers an alert goes to, and what an HTTP answer means for its delivery."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from basewatch.services.notify.domain.config import Match

Outcome = Literal["delivered", "retry", "rejected"]
# 408 Request Timeout and 429 Too Many Requests say "try later"; every other 4xx says "this request is wrong".
_RETRYABLE_4XX = frozenset({408, 429})


def matches(match: Match, alert: Mapping[str, Any]) -> bool:
    """Every non-empty filter of `match` holds for the alert (fields read leniently: older alerts lack some)."""
    wanted: tuple[tuple[tuple[str, ...], Any], ...] = (
        (match.kind, alert.get("kind")),
        (match.severity, alert.get("severity")),
        (match.country, alert.get("country")),
        (match.base, alert.get("base_id")),
        (match.status, alert.get("status")),
    )
    return all(not allowed or value in allowed for allowed, value in wanted)


def outcome_of(status: int) -> Outcome:
    """A 2xx delivers; 5xx, 408 and 429 are worth retrying; anything else is refused for good."""
    if 200 <= status < 300:
        return "delivered"
    if status >= 500 or status in _RETRYABLE_4XX:
        return "retry"
    return "rejected"
