"""Gazetteer sites: every site the campaign's claims name links to its entry, in the scripts reporting uses."""

from __future__ import annotations

import pytest

from basewatch.services.enrich import resources
from tests.helpers import claims_of

# One claim sentence (written for this test) per site and language: the Israeli sites the Islamic Resistance
# in Iraq named as targets in 2024, in English, Arabic, French, Russian, Hebrew, Persian and Turkish copy, then
# spellings of older entries found in Chinese, Hebrew and Japanese reporting.
_CLAIMS = [
    ("ramat-david", "en", "The Islamic Resistance in Iraq said it attacked Ramat David air base with drones at dawn on Thursday."),
    ("ramat-david", "ar", "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة رامات ديفيد الجوية بالطيران المسير فجر الخميس."),
    ("ramat-david", "he", "כטב״ם ששוגר מעיראק פגע הלילה בבסיס רמת דוד, כך נמסר."),
    ("haifa-oil-refinery", "en", "Iraqi factions claimed a drone strike on the Haifa oil refineries early on Saturday."),
    ("haifa-oil-refinery", "fr", "La Résistance islamique en Irak dit avoir visé samedi les raffineries de pétrole de Haïfa avec des drones."),
    ("orot-rabin", "ar", "قالت المقاومة الإسلامية في العراق إنها هاجمت محطة أوروت رابين بطائرات مسيرة صباح الأربعاء."),
    ("orot-rabin", "fa", "مقاومت اسلامی عراق اعلام کرد نیروگاه اروت رابین را با پهپاد هدف قرار داده است."),
    ("alon-tavor-power-station", "en", "The group said its drones hit the Alon Tavor power station on Thursday morning."),
    ("kiryat-shmona-airport", "ar", "استهدفت المقاومة الإسلامية في العراق مطار كريات شمونة بطائرة مسيرة عصر الأربعاء."),
    ("rosh-pina-airport", "en", "Iraqi militias said they launched drones at a military barracks at Rosh Pina airport on Thursday evening."),
    ("tel-nof", "ru", "Исламское сопротивление в Ираке заявило об атаке беспилотника на авиабазу Тель-Ноф во вторник."),
    ("tel-nof", "tr", "Irak İslami Direnişi, Tel Nof Hava Üssü'ne İHA ile saldırı düzenlediğini açıkladı."),
    ("palmachim", "en", "The militia claimed a one-way drone attack on Palmachim air base south of Tel Aviv on Thursday."),
    ("ovda", "fr", "Les combattants irakiens ont ciblé jeudi soir la base aérienne israélienne d'Obda avec des drones."),
    ("zevulun-naval-facility", "en", "At dawn on Sunday the group also sent a drone at the Zvulun naval facility north of Haifa."),
    ("zevulun-naval-facility", "ar", "هاجمت المقاومة الإسلامية في العراق فجر الأحد منشأة زفولون البحرية بالطائرات المسيرة."),
    # spellings of long-listed sites found in Chinese, Hebrew and Japanese reporting
    ("tal-baydar", "zh", "伊拉克伊斯兰抵抗组织称，其无人机周日袭击了泰尔贝达尔的美军基地。"),
    ("conoco", "zh", "俄媒称，柯尼克基地周日遭到无人机袭击。"),
    ("hemo", "he", "ההתנגדות האיסלאמית בעיראק קיבלה אחריות על תקיפת הבסיס האמריקני הימו בכטב״מים."),
    ("al-omar", "ja", "武装勢力は27日、ウマル油田の米軍基地をドローンで攻撃した。"),
    # Qasrak by the Latin-letter name an Urdu outlet gives it in brackets
    ("qasrak", "ur", "الحسکہ کے قریب امریکی فوجی اڈے (QASRC) پر اتوار کو ڈرون سے حملہ کیا گیا۔"),
    # al-Rukban: US positions at the Rukban camp in Syria, a target of its own in the militia's claims
    ("al-rukban", "en", "The Islamic Resistance in Iraq said on Thursday its fighters had struck two US positions in the al-Rukban area of Syria with drones."),
    ("al-rukban", "it", "Le milizie irachene affermano di aver colpito con droni le basi americane nel campo di Rukban, nel sud della Siria."),
    ("al-rukban", "ar", "أعلنت المقاومة الإسلامية في العراق استهداف قاعدة الاحتلال الأمريكي في الركبان بطائرة مسيرة يوم الخميس."),
    # Kalsu: an Iraqi army and PMF base in northern Babil, hit on 19 April 2024
    ("kalsu", "en", "Three missiles struck the Kalsu military base in northern Babil late on Friday, the security services said."),
    ("kalsu", "ar", "سقطت ثلاثة صواريخ على معسكر كالسو شمالي محافظة بابل ليلة الجمعة."),
]


@pytest.mark.parametrize(("base_id", "language", "text"), _CLAIMS, ids=[f"{b}-{lang}" for b, lang, _ in _CLAIMS])
def test_a_claim_naming_a_claimed_site_links_to_that_site(base_id: str, language: str, text: str) -> None:
    """A claim naming the site in any script reporting uses links to the site's entry, and only to it."""
    claims = claims_of(text, "2024-04-04", language=language)
    assert [c.base_id for c in claims] == [base_id]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rockets fired from Lebanon hit Kiryat Shmona on Thursday, damaging two houses.", "en"),
        ("Des roquettes tirées du Liban ont frappé jeudi la ville de Haïfa.", "fr"),
    ],
)
def test_a_city_alone_is_not_the_site_in_it(text: str, language: str) -> None:
    """The town of Kiryat Shmona is not its airport, nor Haifa its refinery: a city alone names no claimed site."""
    new_sites = {"kiryat-shmona-airport", "haifa-oil-refinery", "rosh-pina-airport"}
    assert not {c.base_id for c in claims_of(text, "2024-04-04", language=language)} & new_sites


def test_every_site_has_coordinates_a_country_of_the_campaign_and_a_source_note() -> None:
    """Each entry locates the site, says which country it is in, and names the reports its facts come from."""
    bases = resources.gazetteer().bases
    assert {b.country for b in bases} <= {"Iraq", "Syria", "Jordan", "Kuwait", "Israel"}
    assert all(29 <= b.lat <= 38 and 34 <= b.lon <= 49 and len(b.source) > 40 for b in bases)
    assert len({b.id for b in bases}) == len(bases)


def test_the_famous_attack_named_after_the_locality_beside_it_links_to_its_base() -> None:
    """"The Rukban base" with Tower 22's date and toll is the 28 Jan 2024 attack, a few km away in Jordan."""
    (claim,) = claims_of("A drone hit the Rukban base on Sunday, killing three American soldiers.", "2024-01-29", language="en")
    assert (claim.base_id, str(claim.attack_date), claim.killed) == ("tower-22", "2024-01-28", 3)
    (other,) = claims_of("A drone hit the Rukban base on Sunday, the group said.", "2024-01-08", language="en")
    assert other.base_id == "al-rukban"


def test_militia_casualties_at_a_base_the_militias_garrison_are_that_attack_s_toll() -> None:
    """Kalsu is a PMF base: "a PMF member killed" there is its toll, not the sign of a strike on the militias."""
    text = "One member of the Popular Mobilization Forces was killed and six were hurt in a blast at Kalsu base on Friday night."
    (claim,) = claims_of(text, "2024-04-20", language="en")
    assert (claim.base_id, str(claim.attack_date), claim.killed, claim.wounded) == ("kalsu", "2024-04-19", 1, 6)
    strike = "A US strike killed two members of the Popular Mobilization Forces at a depot near al-Qaim on Friday."
    assert [c.killed for c in claims_of(strike, "2024-04-20", language="en") if c.killed] == []


def test_the_northern_golan_base_is_found_in_french_and_russian_placements() -> None:
    """ "une base du nord du Golan" and "база на севере Голанских высот" place the base of the 4 October 2024 deaths."""
    french = "Deux soldats israéliens ont été tués vendredi par un drone lancé depuis l'Irak contre une base du nord du Golan."
    russian = "Беспилотник, запущенный из Ирака, атаковал базу на севере Голанских высот, погибли двое военных."
    for text, language in ((french, "fr"), (russian, "ru")):
        assert [(c.base_id, c.killed) for c in claims_of(text, "2024-10-04", language=language)] == [("northern-golan-idf-base", 2)]
