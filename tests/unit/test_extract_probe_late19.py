"""Probe late19 (Mar-Nov 2024 pages): summaries over weeks or months, incidents recalled with a "when" clause, and
an attack on "the base" told in the sentence after the one naming it."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    "text",
    [
        "Depuis plusieurs mois, la milice irakienne frappe des sites israéliens, dont le port d'Eilat.",
        "Depuis des mois, le groupe lance des drones contre Eilat et le Golan.",
        "Au cours des dernières semaines et des derniers mois, le groupe a aussi pris pour cible des positions à Eilat.",
    ],
)
def test_a_french_summary_over_weeks_or_months_claims_no_attack(text: str) -> None:
    """ "Depuis plusieurs mois", "au cours des dernières semaines": a span of time sums up a campaign's targets; it tells of no one attack."""
    assert claims_of(text, "2024-11-12", language="fr") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Пять ракет упали на базу Конико. Число атак резко сократилось после инцидента в январе, "
            "когда при ударе беспилотника по американской базе в Иордании погибли три солдата.",
        ),
        (
            "en",
            "Five rockets landed on the Conoco base. The number of attacks fell sharply after the incident in January, "
            "when a drone strike on a US base in Jordan killed three soldiers.",
        ),
    ],
)
def test_an_incident_recalled_with_a_when_clause_is_background(language: str, text: str) -> None:
    """ "after the incident in January, when a drone strike ... killed three": the "when" clause describes the recalled incident, not a new attack."""
    claims = {c.base_id: c.background for c in claims_of(text, language=language)}
    assert claims == {"conoco": False, "tower-22": True}


def test_a_new_clause_after_a_recall_cue_is_still_news() -> None:
    """ "In response to ..., the fighters targeted Harir": a clause not opened by "when" after the cue's own clause is the news."""
    (claim,) = claims_of("In response to the crimes in Gaza, the fighters targeted the Harir base with drones.", "2024-01-10", language="en")
    assert (claim.base_id, claim.background) == ("harir", False)


def test_an_arabic_sentence_striking_the_base_dates_the_base_named_before() -> None:
    """ "... استهدفت القاعدة مساء أمس الجمعة": a later sentence whose attack hits "the base" gives its day to the base the first sentence named."""
    text = (
        "قالت مصادر محلية إن القاعدة الأميركية في حقل كونيكو تعرضت لهجوم مزدوج.\n\n"
        "وأوضحت المصادر أن طائرة مسيرة وصواريخ استهدفت القاعدة مساء أمس الجمعة."
    )
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2024-10-05", language="ar")] == [("conoco", "2024-10-04")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Am Mittwoch traf eine Drohne die Hafenstadt Eilat, zwei Menschen wurden verletzt. Der Jemen hat die Verantwortung für den Angriff übernommen."),
        ("en", "A drone struck the port city of Eilat on Wednesday, wounding two people. Yemen later claimed responsibility for the attack."),
    ],
)
def test_an_attack_the_home_of_another_wars_group_claims_is_not_this_campaigns(language: str, text: str) -> None:
    """ "Yemen claimed responsibility": the country stands for its group (the Houthis), so the drone on Eilat is another war's attack."""
    assert claims_of(text, "2025-09-25", language=language) == []


def test_deaths_the_statement_pools_over_the_attacks_it_counts_give_no_toll() -> None:
    """ "söz konusu saldırılar sonucu 13 ABD'li öldü": a toll over the attacks just counted belongs to no one attack."""
    text = (
        "Grup, bölgedeki ABD üslerine bir günde 25 saldırı düzenlediğini açıkladı. "
        "Açıklamada, söz konusu saldırılar sonucu 9 ABD askerinin öldüğü öne sürüldü."
    )
    assert [c.killed for c in claims_of(text, "2026-03-11", language="tr") if c.killed] == []


def test_an_indonesian_summary_of_targets_over_that_time_claims_no_attack() -> None:
    """ "... sejak awal perang, dan selama itu mereka menargetkan ... Eilat": what was targeted over the whole span is a tally."""
    text = "Kelompok itu telah meluncurkan lebih dari 100 drone sejak awal perang, dan selama itu mereka menargetkan sasaran militer di Haifa dan Eilat."
    assert claims_of(text, "2024-10-13", language="id") == []



def test_an_arabic_sweep_from_a_city_in_the_north_to_one_in_the_south_claims_no_attack() -> None:
    """ "من حيفا شمالا إلى إيلات جنوبا": the reach of a campaign from north to south names no attacked site."""
    text = "وقالت الفصائل إن ضرباتها طالت مناطق واسعة من حيفا شمالا إلى إيلات جنوبا."
    assert claims_of(text, "2024-10-12", language="ar") == []
