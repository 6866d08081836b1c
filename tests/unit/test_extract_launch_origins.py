"""The country a weapon was launched from is not where its victims died: a toll told with it still finds its base."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_toll_with_the_drone_s_launch_country_goes_to_the_base_named_next() -> None:
    """ "Three US soldiers were killed by a drone launched from Syria. It struck Tower 22 ... in Jordan": Tower 22's three dead."""
    text = "Three US soldiers were killed by a drone launched from Syria. It struck Tower 22, a logistics base in Jordan."
    (c,) = claims_of(text, "2024-01-29", language="en")
    assert (c.base_id, c.killed) == ("tower-22", 3)


def test_an_arabic_toll_with_the_launch_country_goes_to_the_base_named_next() -> None:
    """ "Two Israeli soldiers were killed by a drone launched from Iraq. The drone hit a base in the northern Golan" (Arabic)."""
    text = "قتل جنديان إسرائيليان فجر الخميس بطائرة مسيرة أطلقت من العراق. وأصابت المسيرة قاعدة عسكرية في شمال الجولان."
    (c,) = claims_of(text, "2024-10-04", language="ar")
    assert (c.base_id, c.killed) == ("northern-golan-idf-base", 2)


def test_a_toll_placed_in_another_country_stays_off_the_base_named_next() -> None:
    """ "Three US soldiers were killed in Syria. A drone struck Tower 22 in Jordan": the dead lie elsewhere, Tower 22 takes no toll."""
    text = "Three US soldiers were killed in Syria on Sunday. A drone struck Tower 22, a logistics base in Jordan."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-29", language="en")] == [("tower-22", None)]


def test_israeli_dead_told_before_the_golan_base_are_its_partner_toll() -> None:
    """ "Two Israeli soldiers were killed by a drone launched from Iraq. It struck an army base in the Golan": two partner dead."""
    text = "Two Israeli soldiers were killed by a drone launched from Iraq. It struck an army base in the northern Golan Heights."
    (c,) = claims_of(text, "2024-10-04", language="en")
    assert (c.base_id, c.killed, c.casualty_side) == ("northern-golan-idf-base", 2, "partner")
