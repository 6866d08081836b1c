"""Session 61's blind probe sets: patterns of real reporting, each in our own words."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


def test_an_attack_that_followed_a_deadly_strike_keeps_its_own_place_and_no_toll() -> None:
    """ "Rockets struck al-Asad on Monday, an attack that followed a drone strike ... that killed three": al-Asad only, without the toll."""
    text = "Rockets struck Ain al-Asad air base on Monday, an attack that followed a drone strike in Jordan that killed three US troops."
    news = [(c.base_id, c.killed) for c in claims_of(text, "2024-01-30", language="en") if not c.background]
    assert news == [("ain-al-asad", None)]


def test_a_day_of_an_attack_whose_sentence_recalls_a_series_after_its_cue_dates_what_follows() -> None:
    """ "... killed six fighters late on Sunday, the first attack since US strikes on militias that have been targeting
    its forces. The SDF said Monday the attack hit al-Omar": the series is the recalled clause's; the attack is Sunday's."""
    text = (
        "A drone attack on a base hosting US troops in eastern Syria killed six allied Kurdish fighters late on Sunday, the first "
        "serious attack since retaliatory US strikes on the militias that have been targeting its forces in the region. The "
        "Syrian Democratic Forces said on Monday the attack hit a training ground at al-Omar base."
    )
    found = {(c.base_id, str(c.attack_date), c.killed) for c in claims_of(text, "2024-02-06", language="en")}
    assert found == {("al-omar", "2024-02-04", 6)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Napastnik zginął w wymianie ognia pod Palmyrą, a rannych żołnierzy przetransportowano śmigłowcami do bazy al-Tanf."),
        ("fr", "Les soldats blessés dans l'embuscade près de Palmyre ont été évacués vers la base d'al-Tanf."),
        ("es", "Los soldados heridos en la emboscada cerca de Palmira fueron trasladados a la base de al-Tanf."),
    ],
)
def test_a_base_the_wounded_were_flown_to_is_not_attacked(language: str, text: str) -> None:
    """ "The wounded were flown to al-Tanf": the base where they were treated, in every pack with words for it, is no target."""
    assert [c.base_id for c in claims_of(text, "2025-12-14", language=language)] == []


def test_the_base_told_right_before_a_taken_to_word_is_still_the_target() -> None:
    """ "Rockets hit al-Asad; the wounded were flown to Baghdad": the base struck keeps its claim."""
    text = "Des roquettes ont frappé la base d'Aïn al-Assad lundi; les blessés ont été évacués vers Bagdad."
    assert [c.base_id for c in claims_of(text, "2024-08-06", language="fr")] == ["ain-al-asad"]


@pytest.mark.parametrize(
    ("language", "text", "base"),
    [
        ("ro", "Un atac cu rachete a vizat luni forțele americane la baza aeriană Al-Assad.", "ain-al-asad"),
        ("th", "ฐานทัพวิกตอรีที่สนามบินแบกแดดถูกโจมตีด้วยจรวดสามลูก", "victory-baghdad"),
    ],
)
def test_new_spellings_of_bases_link(language: str, text: str, base: str) -> None:
    """Romanian "baza aeriană Al-Assad" and Thai "ฐานทัพวิกตอรี" (Victory base) at the Baghdad airport name their bases."""
    assert [c.base_id for c in claims_of(text, "2024-10-01", language=language)] == [base]


def test_a_cjk_dispatch_a_day_before_the_page_dates_the_story() -> None:
    """ "大马士革10月27日电 ... 奥马尔油田的美军基地传出爆炸声" on a page of the 28th: the explosions are of the dispatch's day, the 27th."""
    text = "卫星通讯社大马士革10月27日电 据当地消息人士透露,位于叙利亚代尔祖尔省奥马尔油田的美军基地遭到无人机袭击,传出多次爆炸声。"
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2023-10-28", language="zh")] == [("al-omar", "2023-10-27")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Un drone ha colpito sabato una base aerea in Iraq che ospita le truppe statunitensi."),
        ("fr", "Un drone a frappé samedi une base aérienne en Irak qui accueille des soldats américains."),
        ("es", "Un dron atacó el sábado una base en Irak que alberga tropas estadounidenses."),
        ("pt", "Um drone atacou no sábado uma base no Iraque que abriga tropas americanas."),
    ],
)
def test_an_unnamed_base_described_by_the_troops_it_hosts_is_one_site_in_its_country(language: str, text: str) -> None:
    """ "a base in Iraq that hosts US troops": the relative clause ends the place; the troops it hosts make it no
    several sites, and the claim keeps its country and day."""
    claims = claims_of(text, "2023-10-22", language=language)
    assert [(c.base_id, c.country, str(c.attack_date)) for c in claims] == [(None, "Iraq", "2023-10-21")]


def test_arabic_the_same_day_is_the_day_told_before_not_today() -> None:
    """ "وفي اليوم نفسه" (on the same day) after "يوم الاثنين": Monday, not the page's day that "اليوم" alone would name."""
    text = "استهدفت طائرة مسيرة قاعدة حرير يوم الاثنين. وفي اليوم نفسه قصفت صواريخ قاعدة عين الأسد."
    days = {c.base_id: str(c.attack_date) for c in claims_of(text, "2024-01-05", language="ar")}
    assert days == {"harir": "2024-01-01", "ain-al-asad": "2024-01-01"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "È stato abbattuto un drone esplosivo diretto verso la base della Coalizione accanto all'aeroporto di Erbil. Il drone è stato lanciato ieri sera.",
        ),
        ("fr", "Un drone explosif visant la base de la coalition près de l'aéroport d'Erbil a été abattu. Le drone a été lancé hier soir."),
        ("es", "Fue derribado un dron explosivo que se dirigía a la base de la coalición junto al aeropuerto de Erbil. El dron fue lanzado ayer por la noche."),
    ],
)
def test_the_drone_told_again_in_the_next_sentence_dates_the_attack(language: str, text: str) -> None:
    """ "... a drone heading for the base was shot down. The drone was launched last night.": yesterday, not the page's day."""
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2024-01-26", language=language)] == [("erbil", "2024-01-25")]


@pytest.mark.parametrize(
    "statement",
    [
        "The service said in a statement that the drone was launched yesterday.",
        "The service announced that the drone had been launched late yesterday evening.",
    ],
)
def test_a_day_in_the_words_a_statement_reports_dates_the_attack(statement: str) -> None:
    """ "... said in a statement that the drone was launched yesterday": the day the statement tells of, not the statement's."""
    text = f"A drone heading for the coalition base next to Erbil airport was shot down. {statement}"
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2024-01-26", language="en")] == [("erbil", "2024-01-25")]


def test_a_statement_day_before_the_reported_words_does_not_date_the_attack() -> None:
    """ "The group said in a statement on Monday that it carried out the attack": Monday is the statement's day."""
    text = (
        "A drone heading for the coalition base next to Erbil airport was shot down. "
        "The Islamic Resistance in Iraq said in a statement on Monday that it carried out the attack."
    )
    (claim,) = claims_of(text, "2024-01-26", language="en")
    assert (claim.base_id, claim.date_basis) == ("erbil", "publication")


def test_bengali_spellings_of_al_tanf_and_conoco_link() -> None:
    """Bengali "আল তানাফ" (al-Tanaf, with a space) and "কুনিকো" (Kuniko) name al-Tanf and the Conoco field."""
    text = "বৃহস্পতিবার সিরিয়ার আল তানাফ ও কুনিকো মার্কিন সেনা ঘাঁটিতে রকেট ও ড্রোন হামলা হয়েছে।"
    assert {c.base_id for c in claims_of(text, "2023-10-20", language="bn")} == {"al-tanf", "conoco"}
