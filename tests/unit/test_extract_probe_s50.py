"""Patterns from the probe sets of session 50 (real pages, rewritten here in our own words) that give several claims."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_claim_told_in_the_past_perfect_with_an_earlier_day_recalls_that_attack() -> None:
    """ "Le 17 octobre, la RII avait revendiqué ..." after a claim of the 20th: the earlier claim and its bases are recalled."""
    text = (
        "La Résistance islamique en Irak a affirmé vendredi avoir frappé la base d'Aïn al-Assad avec deux drones. "
        "Le 17 octobre, le groupe avait revendiqué des tirs contre la garnison d'al-Tanf et le champ gazier de Conoco."
    )
    got = sorted((c.base_id, c.background) for c in claims_of(text, "2023-10-20", language="fr"))
    assert got == [("ain-al-asad", False), ("al-tanf", True), ("conoco", True)], got


def test_a_claim_verb_in_the_past_perfect_is_no_reported_speech() -> None:
    """ "On October 17, the group had claimed rockets at al-Tanf": the past perfect tells of before, not a backshift."""
    text = (
        "The Islamic Resistance in Iraq said on Friday it struck the Ain al-Asad air base with two drones. "
        "On October 17, the group had claimed a rocket attack on the al-Tanf garrison."
    )
    got = sorted((c.base_id, c.background) for c in claims_of(text, "2023-10-20", language="en"))
    assert got == [("ain-al-asad", False), ("al-tanf", True)], got


def test_a_target_struck_with_the_appropriate_weapons_takes_no_weapon_of_its_neighbour() -> None:
    """ "Erbil with drones, and al-Tanf with the appropriate weapon": the stock phrase names no weapon, and keeps the drone off."""
    ar = "أعلنت المقاومة الإسلامية في العراق استهدافها قاعدة حرير بالطيران المسير، واستهدافها قاعدة التنف بالسلاح المناسب."
    en = "The Islamic Resistance in Iraq said it struck Harir air base with drones, and the al-Tanf garrison with the appropriate weapons."
    for language, text in (("ar", ar), ("en", en)):
        got = {c.base_id: c.weapon for c in claims_of(text, "2024-01-10", language=language)}
        assert got == {"harir": "drone", "al-tanf": "unknown"}, (language, got)


def test_a_comma_before_a_glued_and_ends_the_clause_of_a_targets_weapon() -> None:
    """ "حرير بالطيران المسير، وقاعدة التنف بالصواريخ": each target keeps the instrument written in its own clause."""
    text = "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة التنف بالصواريخ، وقاعدة حرير بالطيران المسير."
    got = {c.base_id: c.weapon for c in claims_of(text, "2024-01-10", language="ar")}
    assert got == {"al-tanf": "rocket", "harir": "drone"}, got


def test_an_attack_a_week_after_the_famous_deaths_recalls_them() -> None:
    """ "una semana después de que tres soldados murieran en la Torre 22", "Kule 22'ye ... saldırıdan bir hafta sonra": recalled."""
    for language, text in (
        ("es", "Un dron alcanzó el martes la base de Harir, una semana después de que tres soldados estadounidenses murieran en la Torre 22."),
        ("tr", "Kule 22'ye düzenlenen saldırıdan iki hafta sonra, salı günü Harir üssüne bir İHA saldırısı yapıldı."),
    ):
        got = {c.base_id: c.background for c in claims_of(text, "2024-02-06", language=language)}
        assert got.get("harir") is False and got.get("tower-22", True) is True, (language, got)


def test_hebrew_tower_22_spelled_with_one_alef_is_the_base_and_its_dead_are_recalled() -> None:
    """ "שבוע לאחר ששלושה חיילים ... נהרגו במוצב טאוור 22": Tower 22 recalled, and its number no toll of the new attack."""
    text = "רקטה פגעה ביום שלישי בבסיס חריר, שבוע לאחר ששלושה חיילים אמריקאים נהרגו במוצב טאוור 22 בירדן."
    got = {c.base_id: (c.background, c.killed) for c in claims_of(text, "2024-02-06", language="he")}
    assert got["harir"] == (False, None) and got["tower-22"][0] is True, got


def test_the_number_of_a_site_after_its_base_noun_counts_no_victims() -> None:
    """ "am Außenposten 22", "all'avamposto 22": digits right after a base noun name the site; nobody is 22 dead."""
    for language, text in (
        ("de", "Drohnen trafen am Dienstag Harir. Eine Woche zuvor waren drei US-Soldaten am Außenposten 22 in Jordanien getötet worden."),
        ("it", "Droni hanno colpito martedì Harir. Una settimana prima, tre soldati americani erano stati uccisi all'avamposto 22 in Giordania."),
    ):
        tolls = [c.killed for c in claims_of(text, "2024-02-06", language=language)]
        assert 22 not in tolls, (language, tolls)


def test_deaths_told_weeks_ago_are_no_toll_of_the_attack_just_told() -> None:
    """ "Due settimane fa, tre militari americani sono stati uccisi ...": an earlier toll; Harir's attack of today has none."""
    text = "Martedì un drone ha centrato la base di Harir. Due settimane fa, tre militari americani sono stati uccisi in una base al confine giordano."
    got = {c.base_id: c.killed for c in claims_of(text, "2024-02-06", language="it")}
    assert got["harir"] is None, got
