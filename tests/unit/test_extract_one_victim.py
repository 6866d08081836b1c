"""One victim named without a number: "a soldier was killed" in languages with and without an indefinite article."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "مقتل جندي أمريكي في هجوم بطائرة مسيرة على قاعدة عين الأسد يوم الأحد."),
        ("ru", "В воскресенье при атаке дрона на базу Эйн-эль-Асад погиб американский военнослужащий."),
        ("uk", "У неділю під час атаки дрона на базу Айн аль-Асад загинув американський військовослужбовець."),
        ("pl", "W niedzielę w ataku drona na bazę Ain al-Asad zginął amerykański żołnierz."),
        ("he", "חייל אמריקאי נהרג ביום ראשון בתקיפת כטב\"ם על בסיס עין אל-אסד."),
        ("bg", "Американски войник загина в неделя при атака с дрон срещу базата Айн ал-Асад."),
        ("ku", "Roja yekşemê di êrîşa dronê de li ser baregeha Eyn Esed leşkerekî Amerîkî hat kuştin."),
        ("es", "Un soldado estadounidense murió el domingo en un ataque con drones contra Ain al Asad."),
        ("it", "Un soldato americano è morto domenica in un attacco con droni contro la base di Ain al-Asad."),
    ],
)
def test_a_single_soldier_killed_is_a_toll_of_one_in_every_language(language: str, text: str) -> None:
    """A singular victim noun beside a word for killed is one death: a fatality, never an attack without a toll."""
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-29", language=language)] == [("ain-al-asad", 1)]


def test_a_lone_victim_noun_does_not_take_the_count_of_the_wounded() -> None:
    """ "قتل جندي أمريكي وأصيب ثلاثة آخرون": one killed, three wounded."""
    claims = claims_of("قتل جندي أمريكي وأصيب ثلاثة آخرون في هجوم على قاعدة حرير يوم الأحد.", "2024-01-29", language="ar")
    assert [(c.base_id, c.killed, c.wounded) for c in claims] == [("harir", 1, 3)]


def test_a_military_site_is_no_victim() -> None:
    """ "a US military site" (an adjective, not a soldier) beside "nobody was killed" gives no death."""
    text = "В воскресенье дроны атаковали американский военный объект на базе Эйн-эль-Асад, никто не погиб."
    assert [c.killed for c in claims_of(text, "2024-01-29", language="ru")] in ([0], [None])
