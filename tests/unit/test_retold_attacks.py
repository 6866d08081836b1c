"""Deadly attacks from before the campaign, retold by pages without a date: their deaths are history, not news."""

from __future__ import annotations

from datetime import date

import pytest

from basewatch.services.enrich import resources
from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools import pipeline
from tests.helpers import claims_of

HASAKAH_RETOLD = {
    "en": (
        "A drone slammed into a maintenance hangar at a coalition base near Hasakah, killing one US contractor and wounding five "
        "American service members. Washington answered with air strikes on Iran-linked sites in eastern Syria."
    ),
    "es": (
        "Estados Unidos bombardea posiciones proiraníes en Siria. Los ataques responden a un dron que impactó en una base de la "
        "coalición cerca de Hasakah, en el noreste de Siria, donde murió un contratista estadounidense y cinco soldados resultaron heridos."
    ),
    "it": (
        "Gli Stati Uniti colpiscono basi filo-iraniane in Siria. Il raid risponde a un drone caduto su una base della coalizione "
        "nel nord-est della Siria, dove un contractor americano è stato ucciso e cinque soldati sono rimasti feriti."
    ),
}


@pytest.mark.parametrize("language", sorted(HASAKAH_RETOLD))
def test_an_undated_retelling_of_the_march_2023_hasakah_drone_is_background(language: str) -> None:
    """One US contractor killed and five wounded at a base in north-east Syria, on a page with no date: that 2023 attack retold."""
    deadly = [c for c in claims_of(HASAKAH_RETOLD[language], language=language) if c.killed]
    assert deadly, "the retold deaths are still read"
    assert all(c.background for c in deadly)


def test_an_undated_retelling_raises_no_fatality_alert() -> None:
    """The whole core on the retold Hasakah page: no fatality alert for an attack years old."""
    out = list(pipeline.run([RawArticle(text=HASAKAH_RETOLD["en"], language="en")]))
    assert not [m for m in out if getattr(m, "kind", None) == "fatality"]


def test_deaths_that_fit_no_past_attack_stay_news() -> None:
    """Two US soldiers killed at a base in north-east Syria: no deadly attack before the campaign had that toll there, so it is news."""
    text = "A drone slammed into a coalition base near Hasakah in north-east Syria, killing two US soldiers and wounding five others."
    deadly = [c for c in claims_of(text, language="en") if c.killed]
    assert deadly and not any(c.background for c in deadly)


def test_a_dated_report_of_the_same_toll_is_left_to_the_dates() -> None:
    """A page dated in the campaign that gives the toll with its own day is judged by that day, not by the list of past attacks."""
    text = "On Sunday a drone slammed into a coalition base near Hasakah in north-east Syria, killing one US contractor and wounding five soldiers."
    deadly = [c for c in claims_of(text, "2024-02-12", language="en") if c.killed]
    assert deadly and not any(c.background for c in deadly)


def test_every_past_attack_is_before_the_campaign_in_a_known_country_with_a_source() -> None:
    """The `[[before]]` entries load: each dated before 17 Oct 2023, in a country of the gazetteer, at a known base if named."""
    gaz = resources.gazetteer()
    countries = {b.country for b in gaz.bases}
    assert len(gaz.before) >= 3
    assert all(h.date < date(2023, 10, 17) and h.country in countries and h.base_id in (None, *gaz.by_id) for h in gaz.before)


def test_a_retelling_linked_to_a_base_near_the_unnamed_site_is_still_history() -> None:
    """The 2023 drone told as hitting "the US base in Rumaila": a past attack of no named site fits any base of its country."""
    deadly = [c for c in claims_of("An Iranian drone hit a helipad at the US base in Rumaila, killing one American soldier.", language="en") if c.killed]
    assert [(c.base_id, c.background) for c in deadly] == [("rumalyn", True)]


def test_a_toll_no_past_attack_in_that_country_had_stays_news() -> None:
    """Two American soldiers killed at the same base: no deadly attack before the campaign had that toll in Syria."""
    deadly = [c for c in claims_of("An Iranian drone hit a helipad at the US base in Rumaila, killing two American soldiers.", language="en") if c.killed]
    assert [(c.base_id, c.background) for c in deadly] == [("rumalyn", False)]
