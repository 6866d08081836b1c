"""Constrained field types: every size and value a message (or a state entry built from messages) can reach.

A record outside these bounds fails validation at the edge and goes to its topic's `.dlq`, instead of
alerting on 10⁹ dead, crashing a handler with an OverflowError on year 9999, or growing a table entry
past the broker's size limit. Every model adopts them; the numbers are generous for real reporting.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import Field

MAX_COUNT = 10_000  # killed or wounded in one attack: far above any base attack ever reported
MAX_TEXT_CHARS = 1_000_000  # one article's text (ingest refuses longer ones)
MAX_EVIDENCE_CHARS = 2_000  # one quoted sentence or two
MAX_FIELD_CHARS = 2_000  # titles, urls, outlet and place names, reasons
MAX_ID_CHARS = 200  # ids: uuids, gazetteer ids, senders' ids
MAX_ITEMS = 1_000  # ids or evidence strings folded into one event or alert
# What one event or alert lists (the first ones in sorted order, so any order of claims lists the same):
# an event with more reports names the first of them. With every string at its own bound, an event, an
# alert, and the alert stage's per-claim state record (which keeps the alerts its claim decided) stay
# under the broker's default message size (`message.max.bytes`, 1 MiB): tests/unit/test_bounds.py.
MAX_LISTED = 50  # claim ids or article ids on one event or alert
MAX_CITED = 10  # outlet names or source URLs on one event or alert
MAX_QUOTED = 5  # evidence snippets on one event or alert
BROKER_MESSAGE_BYTES = 1_048_588  # Kafka's default `message.max.bytes`: the largest record a default broker takes
FIRST_DATE, LAST_DATE = date(2000, 1, 1), date(2100, 12, 31)

Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
RecentDate = Annotated[date, Field(ge=FIRST_DATE, le=LAST_DATE, description="between 2000-01-01 and 2100-12-31")]
Month = Annotated[str, Field(pattern=r"^(20\d\d|2100)-(0[1-9]|1[0-2])$", description="a month, YYYY-MM, 2000-01 to 2100-12")]
Id = Annotated[str, Field(min_length=1, max_length=MAX_ID_CHARS)]
ShortText = Annotated[str, Field(max_length=MAX_FIELD_CHARS)]
Evidence = Annotated[str, Field(max_length=MAX_EVIDENCE_CHARS)]
IdList = Annotated[tuple[Id, ...], Field(max_length=MAX_LISTED, description=f"the first {MAX_LISTED} in sorted order")]
CitedList = Annotated[tuple[ShortText, ...], Field(max_length=MAX_CITED, description=f"the first {MAX_CITED} in sorted order")]
Quotes = Annotated[tuple[Evidence, ...], Field(max_length=MAX_QUOTED, description=f"at most {MAX_QUOTED} evidence snippets, best-dated reports first")]
ArticleText = Annotated[str, Field(min_length=1, max_length=MAX_TEXT_CHARS)]
