"""Issue 11 item 2: the schema's bounds keep every message and every alert-state record under a default broker's size limit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import orjson
import pytest
from pydantic import ValidationError

from basewatch.schemas import AlertRevised, ClaimExtracted, EventUpdated
from basewatch.schemas.bounds import (
    BROKER_MESSAGE_BYTES,
    MAX_CITED,
    MAX_COUNT,
    MAX_EVIDENCE_CHARS,
    MAX_FIELD_CHARS,
    MAX_ID_CHARS,
    MAX_LISTED,
    MAX_QUOTED,
)
from basewatch.services.alert.domain.dedup import member_of, view

WIDE = "\U0001f600"  # four bytes in UTF-8: the largest a character can make a record


def _wide(chars: int, i: int = 0) -> str:
    return WIDE * (chars - 4) + f"{i:04d}"


def _many(count: int, chars: int) -> tuple[str, ...]:
    return tuple(_wide(chars, i) for i in range(count))


def _largest_common() -> dict[str, Any]:
    return {"event_id": _wide(MAX_ID_CHARS), "base_id": _wide(MAX_ID_CHARS), "base_name": _wide(MAX_FIELD_CHARS), "country": _wide(MAX_FIELD_CHARS),
            "attack_date": date(2024, 1, 1), "killed": MAX_COUNT, "killed_min": 0, "wounded": MAX_COUNT, "first_seen": date(2024, 1, 1),
            "sources": _many(MAX_CITED, MAX_FIELD_CHARS), "urls": _many(MAX_CITED, MAX_FIELD_CHARS), "article_ids": _many(MAX_LISTED, MAX_ID_CHARS),
            "evidence": _many(MAX_QUOTED, MAX_EVIDENCE_CHARS)}  # fmt: skip


def _largest_alert() -> AlertRevised:
    largest = {"alert_id": _wide(MAX_ID_CHARS), "revision": 10**6, "summary": _wide(3 * MAX_FIELD_CHARS), "superseded_by": _wide(MAX_ID_CHARS)}
    return AlertRevised(**_largest_common(), **largest, kind="fatality", severity="critical", previous_killed=1, changes=("toll", "status", "date", "merged"))


def _largest_claim(i: int = 0) -> ClaimExtracted:
    return ClaimExtracted(claim_id=_wide(MAX_ID_CHARS, i), article_id=_wide(MAX_ID_CHARS, i), source=_wide(MAX_FIELD_CHARS, i), url=_wide(MAX_FIELD_CHARS, i),
                          base_id=_wide(MAX_ID_CHARS), base_name=_wide(MAX_FIELD_CHARS), place_text=_wide(MAX_FIELD_CHARS), country=_wide(MAX_FIELD_CHARS),
                          actor=_wide(MAX_FIELD_CHARS), evidence=_wide(MAX_EVIDENCE_CHARS, i), killed=MAX_COUNT, attack_date=date(2024, 1, 1))  # fmt: skip


def test_the_largest_event_and_alert_the_schema_allows_fit_a_default_broker() -> None:
    """Every string at its bound in 4-byte characters and every list full: the event and the alert are records a default broker takes."""
    largest = {"version": 10**6, "actor": _wide(MAX_FIELD_CHARS), "claim_ids": _many(MAX_LISTED, MAX_ID_CHARS), "merged_into": _wide(MAX_ID_CHARS)}
    event = EventUpdated(**_largest_common(), **largest)
    for msg in (event, _largest_alert()):
        assert len(orjson.dumps(msg.model_dump(mode="json"))) < BROKER_MESSAGE_BYTES // 3, type(msg).__name__


def test_an_alert_state_record_keeping_three_of_the_largest_alerts_fits_a_default_broker() -> None:
    """The alert stage's record of a claim (its facts and the alerts it decided) stays under the limit with three worst-case alerts."""
    alert = _largest_alert().model_dump_json()
    record = replace(member_of(_largest_claim(), _wide(MAX_ID_CHARS)), alerts=(alert, alert, alert))
    assert len(record.encode()) < BROKER_MESSAGE_BYTES


def test_an_event_of_many_reports_lists_the_first_of_them_in_sorted_order_whatever_their_order() -> None:
    """Two hundred reports of one attack: the event names the first 50 claim and article ids and 10 sources and URLs, the same in any order."""
    members = [member_of(_largest_claim(i), "e") for i in range(200)]
    forward, backward = view("e", members, 200), view("e", members[::-1], 200)
    assert forward == backward
    assert len(forward.claim_ids) == MAX_LISTED and forward.claim_ids == tuple(sorted(m.claim_id for m in members))[:MAX_LISTED]
    assert (len(forward.article_ids), len(forward.sources), len(forward.urls), len(forward.evidence)) == (MAX_LISTED, MAX_CITED, MAX_CITED, MAX_QUOTED)
    assert forward.urls == tuple(sorted(m.url for m in members if m.url))[:MAX_CITED]


@pytest.mark.parametrize("field", ["evidence", "url", "source", "place_text", "base_name", "actor", "country"])
def test_a_claim_with_an_oversized_text_field_fails_the_schema(field: str) -> None:
    """A claim carrying megabytes in any of its texts is refused at the edge (its topic's DLQ), never folded into state."""
    fields = _largest_claim().model_dump() | {field: "x" * (3 * 1024 * 1024)}
    with pytest.raises(ValidationError, match=field):
        ClaimExtracted(**fields)
