"""Reporting in many languages read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set and the earlier
probes (issue 9, probe set "wide13"); the sentences are our own, written the way those outlets write.
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of, fold_claims


@pytest.mark.parametrize(
    ("clock", "text"),
    [
        (
            "5 марта 2025. 09:12",
            "Беспилотник ударил по американской базе в Иордании у сирийской границы, погибли трое военных США.",
        ),
        (
            "Friday, March 7, 2025 10:41 AM",
            "Three US soldiers killed in drone attack on base in Jordan\n\n"
            "Three American soldiers were killed when a drone struck a US base in northeast Jordan near the Syrian border.",
        ),
    ],
)
def test_a_clock_line_dated_after_the_publication_day_dates_no_attack(clock: str, text: str) -> None:
    """A full date in the page's opening lines, months after the page's publication day, is the site's clock: the deaths keep the story's day."""
    claims = claims_of(f"{clock}\n\n{text}", "2024-01-28")
    assert [(c.base_id, str(c.attack_date), c.killed) for c in claims] == [("tower-22", "2024-01-28", 3)]
    messages, _ = fold_claims(claims)
    assert [getattr(m, "base_id", None) for m in messages if getattr(m, "kind", None) == "fatality"] == ["tower-22"]
