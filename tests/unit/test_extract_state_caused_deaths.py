"""Deaths whose clause names a state's own missile attack as their cause are that state's dead, not a base's toll."""

from __future__ import annotations

from tests.helpers import claims_of


def test_deaths_told_as_caused_by_the_iranian_missile_attack_give_the_base_no_toll() -> None:
    """ "Rockets fell near Erbil airport. Four were killed in the Iranian missile attack": Iran's dead, no toll for Erbil."""
    text = "Rockets fell near Erbil airport late on Monday. Four people were killed in the Iranian missile attack, officials said."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-16", language="en")] == [("erbil", None)]


def test_arabic_deaths_as_a_result_of_the_iranian_attack_give_the_base_no_toll() -> None:
    """The same in Arabic ("killing four as a result of the Iranian attack"): no toll for the Erbil base."""
    text = "سقطت صواريخ قرب مطار أربيل الدولي مساء الاثنين. وأسفر القصف عن مقتل أربعة أشخاص جراء الهجوم الإيراني."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-16", language="ar")] == [("erbil", None)]


def test_deaths_in_the_attack_itself_stay_the_base_s_toll() -> None:
    """ "Rockets fell near Erbil airport. Four were killed in the attack": the attack's own toll, kept."""
    text = "Rockets fell near Erbil airport late on Monday. Four people were killed in the attack, officials said."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-16", language="en")] == [("erbil", 4)]
