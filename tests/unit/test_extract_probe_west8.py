"""Patterns probe set 8 (western, 46 real articles) showed, each in sentences of our own."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_czech_recall_dated_by_a_month_in_the_locative_is_not_dated_by_the_day_before_it() -> None:
    """ "loni v únoru ... po smrti tří amerických vojáků": last February's deaths are recalled, not Friday's attack."""
    text = (
        "Dron zasáhl v pátek večer základnu Rumalyn. "
        "Milice loni v únoru přerušily útoky po smrti tří amerických vojáků při náletu dronu na základnu v Jordánsku."
    )
    claims = claims_of(text, "2024-08-10", language="cs")
    fatal = [c for c in claims if c.killed]
    assert all(c.attack_date is None or str(c.attack_date) < "2024-03-01" or c.background for c in fatal), [
        (c.base_id, c.attack_date, c.background) for c in fatal
    ]
