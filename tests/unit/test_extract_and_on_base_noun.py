"""An "and" written onto a base noun between two names opens a second target (Arabic)."""

from __future__ import annotations

from tests.helpers import claims_of


def test_and_glued_onto_a_plural_base_noun_makes_the_next_name_a_target_not_a_landmark() -> None:
    """'Harir base and other bases around Erbil airport': the airport is the second target, not Harir's landmark."""
    claims = claims_of("ضربت طائرات مسيرة قاعدة حرير وقواعد أخرى في محيط مطار أربيل مساء الخميس.", "2023-11-24", language="ar")
    assert sorted(c.base_id for c in claims) == ["erbil", "harir"]


def test_a_base_near_a_landmark_without_and_stays_one_target() -> None:
    """'Tower 22 near the al-Tanf base': the landmark close by only locates Tower 22."""
    claims = claims_of("هاجمت طائرة مسيرة البرج 22 الأميركي قرب قاعدة التنف مساء الأحد.", "2024-01-29", language="ar")
    assert [c.base_id for c in claims] == ["tower-22"]
