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


@pytest.mark.parametrize(
    ("language", "text", "published", "day"),
    [
        ("pt", "A milícia anunciou neste domingo (7) um ataque com drones contra a base de Al Tanf.", "2024-04", "2024-04-07"),
        ("pt", "A milícia anunciou no sábado (27) um ataque com drones contra a base de Al Tanf.", "2024-02", "2024-01-27"),
        ("es", "La milicia anunció el domingo (14) un ataque con drones contra la base de Al Tanf.", "2024-01", "2024-01-14"),
    ],
)
def test_a_numbered_weekday_on_a_page_that_gives_only_its_month_falls_in_that_month_or_just_before(language: str, text: str, published: str, day: str) -> None:
    """ "domingo (7)" on a page of April 2024: the Sunday the 7th of April (or of the weeks before it), not the first Sunday the 7th of the campaign."""
    assert [str(c.attack_date) for c in claims_of(text, published_month=published, language=language)] == [day]


def test_a_numbered_weekday_that_fits_no_day_near_the_page_month_gives_no_date() -> None:
    """ "quarta-feira (23)" on a page of April 2024: no Wednesday the 23rd in that month or the weeks before, so no day (never October's)."""
    text = "A milícia anunciou na quarta-feira (23) um ataque com drones contra a base de Al Tanf."
    assert [c.attack_date for c in claims_of(text, published_month="2024-04", language="pt")] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "ئەمشەو دەنگۆی هێرشی درۆن بۆ سەر فڕۆکەخانەی هەولێر بڵاوبووەوە، بەڵام دەزگای ئاسایش دەڵێت هیچ هێرشێک ڕووینەداوە.",
        "Hin medyayan got ku li Firokexaneya Hewlêrê êrîşek hat kirin, lê berpirsan got tu êrîş nehatiye kirin.",
    ],
)
def test_a_kurdish_denial_that_any_attack_took_place_gives_no_claim(text: str) -> None:
    """Sorani "هیچ هێرشێک ڕووینەداوە", Kurmanji "tu êrîş nehatiye kirin" (no attack took place): the reported attack is denied."""
    assert claims_of(text, "2024-01-18", language="ku") == []


def test_the_al_asad_air_base_named_the_turkish_way_is_ain_al_asad() -> None:
    """Turkish "Al Asad askeri hava üssü" (the Al Asad military air base), case ending and all, names Ain al-Asad."""
    text = "Al Asad askeri hava üssüne dün gece füzeli saldırı düzenlendi."
    assert [c.base_id for c in claims_of(text, "2024-08-06", language="tr")] == ["ain-al-asad"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "No sábado a milícia anunciou ataques com drones às refinarias de petróleo de Haifa."),
        ("es", "El sábado la milicia anunció ataques con drones contra las refinerías de Haifa."),
    ],
)
def test_the_haifa_refineries_in_the_plural_name_the_refinery(language: str, text: str) -> None:
    """Portuguese "refinarias de petróleo de Haifa", Spanish "refinerías de Haifa": the plural names the one refinery complex, as in English."""
    assert [c.base_id for c in claims_of(text, "2024-04-08", language=language)] == ["haifa-oil-refinery"]
