"""Session 59's blind probe sets: patterns of real reporting, each in our own words."""

from __future__ import annotations

import pytest

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain.doc import Resources, read
from tests.helpers import article, claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Rockets hit Ain al-Asad air base on Monday. Local media said two Americans had died, but this has not been confirmed.",
        ),
        (
            "fr",
            "Des roquettes ont frappé la base d'Ain al-Assad lundi. Des médias locaux ont fait état de la mort de deux "
            "Américains, mais cela n'a pas été confirmé.",
        ),
    ],
)
def test_deaths_a_later_clause_says_are_unconfirmed_are_no_toll(language: str, text: str) -> None:
    """ "..., but this has not been confirmed": a clause of doubt with no harm of its own doubts the deaths told before it."""
    (claim,) = claims_of(text, "2024-08-06", language=language)
    assert (claim.base_id, claim.killed) == ("ain-al-asad", None)


def test_a_toll_the_clause_of_doubt_does_not_reach_stays() -> None:
    """Doubt told of another report leaves the toll of the sentence before it alone."""
    text = (
        "Rockets hit Ain al-Asad air base on Monday, killing two American soldiers. Local media also reported damage to "
        "a hangar, but this has not been confirmed."
    )
    (claim,) = claims_of(text, "2024-08-06", language="en")
    assert (claim.base_id, claim.killed, claim.casualty_side) == ("ain-al-asad", 2, "US")


def test_the_united_states_targeting_a_base_is_a_state_strike_not_a_claim() -> None:
    """ "the United States targeted a base south of Baghdad, killing four fighters": the US strikes the militias, no attack on a base of ours."""
    text = "According to police sources, the United States targeted a base south of Baghdad on Tuesday, killing four fighters and wounding four more."
    assert claims_of(text, "2024-07-31", language="en") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Militants fired ballistic missiles at Ain al-Asad air base on Saturday, CENTCOM said. The attack came days "
            "after Iran's Revolutionary Guards said they had attacked a building in Erbil. Iraqi officials say four "
            "civilians died in the attack.",
        ),
        (
            "sk",
            "Militanti v sobotu odpálili balistické rakety na leteckú základňu Ajn al-Asad, uviedlo CENTCOM. Útok prišiel "
            "pár dní po tom, ako iránske revolučné gardy vyhlásili, že zaútočili na budovu v Arbíle. Iracké úrady tvrdia, "
            "že pri útoku zahynuli štyria civilisti.",
        ),
        (
            "cs",
            "Militanti v sobotu odpálili balistické rakety na leteckou základnu Ajn al-Asad, uvedlo CENTCOM. Útok přišel "
            "pár dní poté, co íránské revoluční gardy oznámily, že zaútočily na budovu v Arbílu. Irácké úřady tvrdí, že "
            "při útoku zahynuli čtyři civilisté.",
        ),
    ],
)
def test_the_attack_named_right_after_a_state_s_own_attack_is_that_attack(language: str, text: str) -> None:
    """Deaths "in the attack" told right after a sentence recalling the Revolutionary Guards' strike are that strike's, no toll of the claim."""
    (claim,) = claims_of(text, "2024-01-21", language=language)
    assert (claim.base_id, claim.killed) == ("ain-al-asad", None)


def test_a_korean_count_of_attacks_written_onto_its_digits_since_a_day_is_a_tally() -> None:
    """ "지난 19일 이후 총 5차례 공격을 받았다" (attacked five times in all since the 19th): a tally of the bases named, no claim of each."""
    text = (
        "이라크 서부의 아인 알아사드 기지에 21일 드론 한 대가 떨어졌다고 군 소식통이 밝혔다. "
        "미군이 머무는 알아사드 기지와 알하리르 기지는 지난 19일 이후 총 5차례 공격을 받았다."
    )
    claims = claims_of(text, "2023-10-22", language="ko")
    assert [(c.base_id, str(c.attack_date)) for c in claims] == [("ain-al-asad", "2023-10-21")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ko", "이라크 이슬람 저항군은 28일 시리아의 루크반 미군 기지를 드론으로 공격했다고 밝혔다."),
        ("ja", "イラク・イスラム抵抗は28日、シリアのルクバーン・キャンプにある米軍基地を無人機で攻撃したと発表した。"),
    ],
    ids=["ko", "ja"],
)
def test_the_rukban_camp_is_known_in_korean_and_japanese_spellings(language: str, text: str) -> None:
    """ "루크반" and "ルクバーン", as those languages' press writes Rukban, link the claim to the camp's base."""
    assert [c.base_id for c in claims_of(text, "2024-01-29", language=language)] == ["al-rukban"]


def test_a_vietnamese_ordinal_after_an_attack_noun_is_no_weekday() -> None:
    """ "Vụ tấn công thứ hai" is "the second attack", not an attack on Monday ("thứ Hai"): it keeps the day told before."""
    text = (
        "Vụ tấn công đầu tiên xảy ra vào sáng 18/10 tại căn cứ không quân al-Asad ở Iraq. "
        "Vụ tấn công thứ hai diễn ra vào buổi chiều cùng ngày nhằm vào căn cứ không quân al-Harir."
    )
    claims = claims_of(text, None, language="vi", published_month="2023-10")
    assert [(c.base_id, str(c.attack_date)) for c in claims] == [("ain-al-asad", "2023-10-18"), ("harir", "2023-10-18")]


def test_a_line_repeating_the_headline_with_a_picture_number_is_no_sentence() -> None:
    """ "<headline> - 1" under the lede is a picture's alt text: no sentence, while the headline itself stays one."""
    text = (
        "Căn cứ Mỹ tại Iraq lại bị tấn công bằng UAV\n\n"
        "Một căn cứ của liên quân tại miền bắc Iraq đã bị UAV tấn công hôm 25/12.\n\n"
        "Căn cứ Mỹ tại Iraq lại bị tấn công bằng UAV - 1\n\n"
        "Vụ tấn công bằng UAV vào căn cứ gần sân bay Arbil đã gây ra thương tích."
    )
    doc = read(article(text, "2023-12-27", language="vi"), Resources(resources.lexicon(), resources.calendar(), resources.gazetteer()))
    told = [doc.text[s:e] for s, e in doc.sentences]
    assert told[0] == "Căn cứ Mỹ tại Iraq lại bị tấn công bằng UAV"
    assert not any(t.endswith(" - 1") for t in told) and len(told) == 3


def test_a_date_opening_the_text_before_an_outlet_s_tag_after_a_semicolon_is_the_page_s_date() -> None:
    """ "11 November 2023; MEMO: ... attacked on Friday": the opening date is the dispatch's, Friday the attack's."""
    text = "11 November 2023; MEMO: The US al-Tanf base in southern Syria was attacked on Friday by drones, local sources said."
    (claim,) = claims_of(text, "2023-11-11", language="en")
    assert (claim.base_id, str(claim.attack_date)) == ("al-tanf", "2023-11-10")


def test_a_timeline_entry_s_opening_date_stays_the_attack_s_day() -> None:
    """ "November 10, 2023: drones attacked al-Tanf": a date before a colon alone opens a timeline's entry, the attack's day."""
    text = "November 10, 2023: Drones attacked the US al-Tanf base in southern Syria."
    (claim,) = claims_of(text, "2023-11-20", language="en")
    assert str(claim.attack_date) == "2023-11-10"


def test_an_undated_attack_does_not_take_the_day_of_an_earlier_one_recalled_at_its_base() -> None:
    """The story's undated attack keeps the page's day; the drone downed "on Sunday", recalled, is a claim of its own."""
    text = (
        "A drone fired by a militia at Erbil airport was shot down in the morning, officials said.\n\n"
        "No damage was reported.\n\n"
        "It is the second attack in two days after a drone was shot down on Sunday near Erbil airport, officials added."
    )
    claims = claims_of(text, "2024-01-02", language="en")
    assert [(c.base_id, str(c.attack_date), c.background) for c in claims] == [
        ("erbil", "2024-01-02", False),
        ("erbil", "2023-12-31", True),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The US Defense Department has confirmed that eight American troops were wounded last week in an attack by "
            "pro-Iranian militias on a coalition base in Rumalyn, Syria.",
        ),
        (
            "es",
            "El Departamento de Defensa de Estados Unidos ha confirmado que ocho militares estadounidenses resultaron "
            "heridos la semana pasada en un ataque de milicias proiraníes contra una base de la coalición en Rumalyn (Siria).",
        ),
    ],
)
def test_an_official_s_word_of_last_week_s_toll_at_a_named_base_is_news_of_that_attack(language: str, text: str) -> None:
    """ "confirmed that eight troops were wounded last week at Rumalyn": the figures are the story, not a recall."""
    (claim,) = claims_of(text, "2024-08-14", language=language)
    assert (claim.base_id, claim.wounded, claim.background) == ("rumalyn", 8, False)


def test_last_week_s_attack_told_without_an_official_s_word_stays_recalled() -> None:
    """ "Last week, rockets were fired at Rumalyn, wounding two": with no one vouching for it now, a recall."""
    text = "Last week, rockets were fired at the Rumalyn base in Syria, wounding two American soldiers."
    (claim,) = claims_of(text, "2024-08-14", language="en")
    assert (claim.base_id, claim.background) == ("rumalyn", True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "US air defences at the al-Shaddadi base shot down a drone on Friday. This comes hours after a drone sent by "
            "the Islamic Resistance in Iraq struck the al-Omar oil field.",
        ),
        (
            "ar",
            "أسقطت الدفاعات الجوية الأميركية في قاعدة الشدادي طائرة مسيرة يوم الجمعة. "
            'يأتي ذلك بعد ساعات من استهداف طائرة مسيرة أطلقتها "المقاومة الإسلامية في العراق" حقل العمر النفطي.',
        ),
    ],
)
def test_an_attack_hours_before_the_news_told_after_a_short_lead_in_is_news_too(language: str, text: str) -> None:
    """ "This comes hours after a drone struck al-Omar": the lead-in stands for the attack told before it; al-Omar's is that day's news."""
    claims = claims_of(text, "2024-01-06", language=language)
    assert [(c.base_id, str(c.attack_date), c.background) for c in claims] == [
        ("al-shaddadi", "2024-01-05", False),
        ("al-omar", "2024-01-05", False),
    ]


def test_the_wounded_figure_of_an_attack_known_by_it_names_its_base_in_its_days() -> None:
    """ "Eight US troops were injured in a drone attack on a base in Syria": in the days after 9 Aug 2024, the Rumalyn attack."""
    text = "Eight American troops were injured in a drone attack on a base in Syria, the Pentagon said."
    (claim,) = claims_of(text, "2024-08-14", language="en")
    assert (claim.base_id, str(claim.attack_date), claim.wounded) == ("rumalyn", "2024-08-09", 8)
    (later,) = claims_of(text, "2024-11-20", language="en")
    assert later.base_id is None


def test_a_base_name_that_opens_a_photographer_s_credit_is_no_place() -> None:
    """ "Omar Albam/AP/dpa" before a caption: a photographer named Omar, not the al-Omar base."""
    text = "Omar Albam/AP/dpa In Syria a rocket hit an abandoned clinic on Tuesday."
    assert claims_of(text, "2024-01-17", language="en") == []


def test_the_famous_attack_s_wounded_figure_at_its_base_takes_its_day_over_the_page_s() -> None:
    """ "More than 40 were wounded in the attack on Tower 22", two days after: the 28 January attack, not one on the page's day."""
    text = "More than 40 people were wounded in the drone attack on the US outpost Tower 22 in Jordan, officials said."
    (claim,) = claims_of(text, "2024-01-30", language="en")
    assert (claim.base_id, str(claim.attack_date), claim.wounded) == ("tower-22", "2024-01-28", 40)


@pytest.mark.parametrize(
    ("language", "text", "base"),
    [
        ("az", "İraq İslam Müqaviməti Əl-Cebsa neft yatağı yaxınlığındakı ABŞ bazasına dron hücumu etdiyini bildirib.", "al-shaddadi"),
        ("bn", "ইসলামিক রেজিস্ট্যান্স জানিয়েছে, তারা রবিবার সিরিয়ার রুকবান ঘাঁটিতে হামলা চালিয়েছে।", "al-rukban"),
        ("id", "Perlawanan Islam di Irak menyerang pangkalan Tal al-Baydar di Suriah utara pada Minggu.", "tal-baydar"),
    ],
    ids=["az-jabsa", "bn-rukban", "id-tal-al-baydar"],
)
def test_the_jabsa_field_and_rukban_are_known_in_more_spellings(language: str, text: str, base: str) -> None:
    """The al-Jabsa oil field (al-Shaddadi's site) in Azerbaijani, Rukban in Bengali and "Tal al-Baydar" with its article link their claims."""
    assert [c.base_id for c in claims_of(text, "2024-01-29", language=language)] == [base]


@pytest.mark.parametrize(
    "text",
    [
        "The US embassy in Iraq confirmed on Tuesday that rockets had struck a US facility at Baghdad International Airport.",
        "“Rockets struck the Diplomatic Support Center in Baghdad on Tuesday,” the US embassy in Baghdad said in a statement.",
    ],
    ids=["opening", "after-quote"],
)
def test_a_site_that_speaks_of_an_attack_on_another_is_its_source_not_a_target(text: str) -> None:
    """The US embassy confirming or saying that rockets hit the airport facility: the facility is the target, the embassy the source."""
    assert [c.base_id for c in claims_of(text, "2024-09-11", language="en")] == ["victory-baghdad"]


def test_a_site_that_speaks_of_its_own_attack_stays_the_target() -> None:
    """ "The US embassy in Baghdad said it was hit by rockets": with no other place, the speaking site is the one hit."""
    text = "The US embassy in Baghdad said it was hit by two rockets on Tuesday."
    assert [c.base_id for c in claims_of(text, "2024-09-11", language="en")] == ["union-iii"]


def test_an_undated_page_s_yearless_day_takes_the_year_the_calendar_records_at_its_base() -> None:
    """ "attacked twice at Green Village on Nov. 10", no year and no page date: November 2024, the year an attack there is on record."""
    text = "US troops were attacked twice at Mission Support Site Green Village in northeast Syria on Nov. 10, officials said."
    (claim,) = claims_of(text, None, language="en")
    assert (claim.base_id, str(claim.attack_date)) == ("al-omar", "2024-11-10")


def test_an_attack_known_by_its_wounded_recalled_without_a_day_the_day_after_takes_its_day() -> None:
    """The US strikes' story the next day recalls "the drone attack on the US base in Erbil" that wounded three: 25 December."""
    text = (
        "Militer AS melancarkan serangan udara balasan pada Senin di Irak setelah serangan pesawat tak berawak oleh milisi "
        "yang didukung Iran di pangkalan AS di Erbil melukai tiga tentara AS, kata para pejabat."
    )
    claims = [c for c in claims_of(text, "2023-12-26", language="id") if c.base_id == "erbil"]
    assert [(str(c.attack_date), c.wounded) for c in claims] == [("2023-12-25", 3)]


def test_kharab_al_jir_in_spanish_spelling_is_rumalyn() -> None:
    """ "la base Jarab al-Jirk" (Spanish copy of Kharab al-Jir) links to the Rumalyn landing zone."""
    text = "La Resistencia Islámica de Irak atacó el sábado 10 de agosto la base Jarab al-Jirk, en la provincia siria de Al-Hasaka."
    assert [c.base_id for c in claims_of(text, "2024-08-14", language="es")] == ["rumalyn"]


def test_malay_copy_is_read_by_the_indonesian_pack_with_malay_month_names() -> None:
    """A page declared Malay ("ms"): its words are Indonesian's, and "5 Ogos" (Malay for August) is a date."""
    text = "Serangan roket berlaku di Pangkalan Udara Ain al-Asad di Iraq pada 5 Ogos, menurut pegawai AS."
    (claim,) = claims_of(text, "2024-08-10", language="ms")
    assert (claim.base_id, str(claim.attack_date), claim.weapon) == ("ain-al-asad", "2024-08-05", "rocket")
