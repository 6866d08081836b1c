"""Probe asia19: Persian copy that drops the zero-width non-joiner, and Persian "last <weekday>" as an earlier time."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


def test_a_persian_name_written_without_its_zero_width_joiner_still_names_the_base() -> None:
    """ "عینالاسد": Persian writes the name with a zero-width non-joiner; copies that lose it join the two words."""
    text = "دو پهپاد به پایگاه هوایی عینالاسد حمله کردند."
    assert [c.base_id for c in claims_of(text, "2024-01-10", language="fa")] == ["ain-al-asad"]


@pytest.mark.parametrize("when", ["دوشنبه گذشته", "هفته گذشته"])
def test_an_attack_told_as_of_last_week_or_last_weekday_is_background_in_persian(when: str) -> None:
    """ "در حمله‌ای که دوشنبه گذشته ..." (in the attack of last Monday): an earlier attack recalled, not a new report."""
    text = f"در حمله‌ای که {when} به پایگاه عین الاسد انجام شد، پنج نفر زخمی شدند."
    assert [(c.base_id, c.background) for c in claims_of(text, "2024-08-10", language="fa")] == [("ain-al-asad", True)]
