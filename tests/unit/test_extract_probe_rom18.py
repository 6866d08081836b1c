"""Probe rom18: the plural of a language's target noun ("the targets were ...") names the bases a claim lists."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La milicia reivindicó dos ataques nocturnos. Sus objetivos fueron la base de Conoco y la base de Al Tanf."),
        ("pt", "A milícia reivindicou dois ataques noturnos. Os alvos foram a base de Conoco e a base de Al Tanf."),
        ("it", "La milizia ha rivendicato due attacchi notturni. Gli obiettivi erano la base di Conoco e la base di al-Tanf."),
        ("it", "La milizia ha rivendicato due attacchi notturni. I bersagli erano la base di Conoco e la base di al-Tanf."),
    ],
)
def test_a_sentence_naming_the_targets_in_the_plural_claims_each_base(language: str, text: str) -> None:
    """ "Sus objetivos fueron", "Os alvos foram", "Gli obiettivi/I bersagli erano": the plural target noun, like its singular, marks the bases attacked."""
    assert sorted(c.base_id or "" for c in claims_of(text, "2024-01-27", language=language)) == ["al-tanf", "conoco"]
