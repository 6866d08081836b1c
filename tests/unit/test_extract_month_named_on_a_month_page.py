"""On a page dated by its month only, a sentence with no day that names an earlier month tells an attack of that
month, recalled: never an attack of the page's month (our own words)."""

from __future__ import annotations

import pytest

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain import enrich
from basewatch.services.ingest.domain.intake import RawArticle, intake

_RECALLS = [
    (
        "de",
        "Seit Kriegsbeginn greifen proiranische Milizen immer wieder US-Stützpunkte an. "
        "Ende Januar wurden bei einem Drohnenangriff in Jordanien nahe der syrischen Grenze drei US-Soldaten getötet.",
    ),
    (
        "en",
        "Iran-backed militias have struck US bases again and again since the Gaza war began. "
        "In late January, three US soldiers died in a drone attack at Tower 22 in Jordan.",
    ),
]


@pytest.mark.parametrize(("language", "text"), _RECALLS, ids=[x[0] for x in _RECALLS])
def test_deaths_of_an_earlier_month_on_a_page_of_august_are_the_recalled_attack(language: str, text: str) -> None:
    """The January deaths at Tower 22 told on an August page are the 28 January attack, recalled: no August deaths."""
    article = intake(RawArticle.model_validate({"text": text, "published_at": "2024-08", "language": language}))
    (claim,) = enrich(article, resources.lexicon(), resources.calendar(), resources.gazetteer())
    assert (claim.base_id, claim.killed, claim.background, str(claim.attack_date)) == ("tower-22", 3, True, "2024-01-28")
