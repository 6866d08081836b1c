"""Reporting in Arabic, Persian, Kurdish, Hebrew, Chinese, Japanese, Indonesian and Hindi read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set (issue 9, probe
set "east"); the sentences are our own, written in the way those outlets write.
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of

PUBLISHED = "2024-04-20"  # a Saturday


def _one(text: str, published: str = PUBLISHED) -> tuple[str | None, int | None, int | None, str | None]:
    (c,) = claims_of(text, published)
    return c.base_id, c.killed, c.wounded, c.casualty_side


def test_a_pmf_member_killed_by_an_explosion_in_a_camp_is_a_partner_fatality() -> None:
    """ "An explosion in Camp Kalsu killed a PMF member and wounded five": an explosion is an attack, the member one victim, the PMF a partner."""
    text = "قالت مصادر أمنية إن انفجارا وقع فجر اليوم في معسكر كالسو أدى إلى استشهاد منتسب في الحشد الشعبي وإصابة خمسة آخرين."
    assert _one(text) == ("kalsu", 1, 5, "partner")


def test_a_person_killed_at_a_base_is_a_toll_of_one() -> None:
    """ "blasts at Kalsu base led to the death of a person": the singular noun for a person is one victim."""
    (c,) = claims_of("هزت انفجارات قاعدة كالسو ليلا مما أسفر عن مقتل شخص.", PUBLISHED)
    assert (c.base_id, c.killed) == ("kalsu", 1)


def test_a_war_toll_counted_in_thousands_is_not_the_attack_toll() -> None:
    """ "... a drone hit Ain al-Asad, in reply to a war that left 25 thousand dead": a count in thousands is no toll of the attack."""
    text = "استهدفت المقاومة قاعدة عين الأسد بطائرة مسيرة اليوم ردا على حرب أوقعت 25 ألف قتيل وأضعافهم من الجرحى."
    base, killed, wounded, _ = _one(text)
    assert (base, killed, wounded) == ("ain-al-asad", None, None)


def test_an_arabic_dual_noun_is_a_toll_of_two() -> None:
    """ "the killing of two soldiers" is written with the dual noun alone, no number word."""
    assert _one("أسفر هجوم بطائرة مسيرة على قاعدة حرير اليوم عن مقتل جنديين أمريكيين.")[:2] == ("harir", 2)


def test_the_northern_golan_names_the_army_base_there() -> None:
    """ "A drone from Iraq exploded in the northern Golan, killing two Israeli soldiers": the IDF base, a partner toll."""
    text = "قتل جنديان إسرائيليان وأصيب عشرة آخرون اليوم جراء انفجار طائرة مسيرة أطلقت من العراق في شمال الجولان."
    assert _one(text) == ("northern-golan-idf-base", 2, 10, "partner")


@pytest.mark.parametrize(
    "text",
    [
        "ヨルダン北東部の米軍基地が無人機攻撃を受け、米兵2人が死亡した。",
        "约旦东北部的美军基地遭到无人机袭击,2名美军士兵死亡。",
        "पूर्वोत्तर जॉर्डन में एक अमेरिकी बेस पर ड्रोन हमले में दो अमेरिकी सैनिक मारे गए।",
    ],
    ids=["ja", "zh", "hi"],
)
def test_a_base_described_before_its_noun_is_linked_by_its_description(text: str) -> None:
    """Japanese, Chinese and Hindi put "in northeast Jordan" before "base": the description still names the outpost."""
    (c,) = claims_of(text, PUBLISHED)
    assert c.base_id == "tower-22"


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("ئەمڕۆ بنکەی عەین ئەسەد بە درۆن کرایە ئامانج.", "ain-al-asad"),
        ("Îro bi dronan êrîşî baregeha asmanî ya Hewlêrê hat kirin.", "erbil"),
        ("ئەمڕۆ چەکداران کێڵگەی نەوتی عومەریان بۆردومان کرد.", "al-omar"),
    ],
    ids=["sorani-without-article", "kurmanji-erbil-air-base", "sorani-suffix-and-shelling"],
)
def test_kurdish_spellings_and_endings_name_the_base(text: str, base: str) -> None:
    """Sorani and Kurmanji forms: the name without its article, 'the air base of Erbil', a name with a fused ending, shelling as an attack."""
    (c,) = claims_of(text, PUBLISHED)
    assert c.base_id == base


def test_kurmanji_no_loss_of_life_is_no_deaths() -> None:
    """ "the attack caused no loss of life" in Kurmanji says nobody was killed."""
    (c,) = claims_of("Îro bi dronan êrîşî baregeha asmanî ya Hewlêrê hat kirin; tu zererên canî çênebûn.", PUBLISHED)
    assert (c.base_id, c.killed) == ("erbil", 0)


def test_an_undated_report_of_three_us_soldiers_killed_at_a_base_in_jordan_is_tower_22() -> None:
    """Without a date, "a US base in Jordan was hit, three US soldiers died" still fits one famous attack only."""
    (c,) = claims_of("ヨルダンの米軍基地に無人機攻撃、米兵3人死亡")
    assert (c.base_id, c.killed) == ("tower-22", 3)


def test_an_undated_toll_matching_no_famous_attack_stays_unlinked() -> None:
    """A base in Jordan with two deaths is no known attack: the claim keeps its place text, unlinked."""
    (c,) = claims_of("ヨルダンの米軍基地に無人機攻撃、米兵2人死亡")
    assert (c.base_id, c.killed) == (None, 2)


def test_northeastern_jordan_in_its_adjective_form_places_the_outpost() -> None:
    """ "a base in northeastern Jordan" (شمال شرقي) is the same context as "northeast Jordan" (شمال شرق)."""
    (c,) = claims_of("قتل جندي أمريكي اليوم في هجوم بطائرة مسيرة على قاعدة شمال شرقي الأردن.", PUBLISHED)
    assert (c.base_id, c.killed) == ("tower-22", 1)


def test_an_indonesian_active_verb_of_killing_and_wounding_gives_the_toll() -> None:
    """ "a drone attack killing (menewaskan) two soldiers and wounding (melukai) five" at Harir."""
    text = "Serangan drone di pangkalan Harir pada hari Sabtu menewaskan dua tentara AS dan melukai lima lainnya."
    assert _one(text) == ("harir", 2, 5, "US")


def test_traditional_chinese_reporting_is_read_like_simplified() -> None:
    """Taiwanese and Hong Kong copy writes "襲擊" and "埃爾比勒國際機場": the same words and names as the simplified forms."""
    (c,) = claims_of("伊拉克伊斯蘭抵抗組織宣稱,其武裝人員今天以無人機襲擊了埃爾比勒國際機場的美軍基地。", "2024-01-14")
    assert (c.base_id, c.weapon) == ("erbil", "drone")


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("伊拉克伊斯兰抵抗组织称,他们在1日晚使用无人机袭击了坦夫基地。", "2024-04-03", "2024-04-01"),
        ("アル・アサード航空基地が31日未明、無人機2機による攻撃を受けた。", "2023-11-01", "2023-10-31"),
    ],
    ids=["zh-this-month", "ja-last-month"],
)
def test_a_day_of_the_month_alone_is_the_latest_such_day_before_publication(text: str, published: str, day: str) -> None:
    """CJK copy dates an attack by the day alone ("1日晚", "31日未明"): the latest such day up to the publication day."""
    (c,) = claims_of(text, published)
    assert str(c.attack_date) == day


def test_the_day_of_a_dispatch_is_not_the_day_of_the_attack() -> None:
    """ "(北京29日讯) ... last Saturday night": the dispatch's own day does not date the attack."""
    (c,) = claims_of("(北京29日讯)约旦东北部的美军前哨站上周六夜间遭到无人机袭击。", "2024-01-29")
    assert (c.base_id, str(c.attack_date)) == ("tower-22", "2024-01-27")


def test_japanese_dozens_is_no_count_of_wounded() -> None:
    """ "数十人が負傷" (dozens were hurt) is no number of wounded."""
    (c,) = claims_of("アル・アサード航空基地が本日ロケット攻撃を受け、数十人が負傷した。", PUBLISHED)
    assert (c.base_id, c.wounded) == ("ain-al-asad", None)


def test_two_dozen_in_hindi_is_twenty_four_wounded_at_tal_baydar() -> None:
    """ "दो दर्जन" (two dozen) is 24, and "ताल बेदार" is Tal Baydar."""
    (c,) = claims_of("आज ताल बेदार में अमेरिकी अड्डे पर ड्रोन हमले में दो दर्जन सैनिक घायल हो गए।", PUBLISHED)
    assert (c.base_id, c.wounded) == ("tal-baydar", 24)


def test_a_habit_of_claiming_attacks_on_a_base_is_no_attack() -> None:
    """ "The group usually claims attacks on al-Tanf" tells a habit, not an attack."""
    assert claims_of("وعادة ما تتبنى الجماعة هجمات تستهدف قاعدة التنف جنوب سوريا.", PUBLISHED) == []


def test_an_attack_that_caused_no_deaths_has_a_toll_of_zero_killed() -> None:
    """ "air defences downed a drone over Ain al-Asad; the attack caused no deaths": killed is 0, wounded unknown."""
    (c,) = claims_of("أسقطت الدفاعات الجوية اليوم طائرة مسيرة فوق قاعدة عين الأسد، ولم يتسبب الهجوم في سقوط قتلى.", PUBLISHED)
    assert (c.base_id, c.killed, c.wounded) == ("ain-al-asad", 0, None)


def test_others_wounded_without_a_number_do_not_take_the_death_count() -> None:
    """ "killing 3 soldiers and (و) wounding others": the "and" written onto the wounding word starts its own clause."""
    assert _one("استهدفت مسيرة قاعدة حرير اليوم، ما أسفر عن مقتل 3 جنود أميركيين وإصابة آخرين بجروح.") == ("harir", 3, None, "US")


def test_a_count_after_at_least_belongs_to_the_wounded_not_the_lone_victim_before() -> None:
    """ "the death of a person and the wounding of at least 8 others" at Kalsu: one killed, eight wounded."""
    (c,) = claims_of("هزت انفجارات قاعدة كالسو اليوم، مما أسفر عن مقتل شخص وإصابة ما لا يقل عن 8 آخرين.", PUBLISHED)
    assert (c.killed, c.wounded) == (1, 8)


def test_hebrew_and_another_n_wounded_does_not_give_the_dead_the_wounded_count() -> None:
    """ "two soldiers were killed and another (ועוד) 12 were hurt at Tower 22": two killed, twelve wounded."""
    (c,) = claims_of("שני חיילים אמריקאים נהרגו הבוקר ועוד 12 נפצעו במתקפת כטב\"ם על מגדל 22.", PUBLISHED)
    assert (c.base_id, c.killed, c.wounded) == ("tower-22", 2, 12)


def test_explosions_heard_inside_a_base_are_an_attack_in_persian() -> None:
    """ "the sound of explosions was heard inside the US base in al-Shaddadi" reports an attack on it."""
    (c,) = claims_of("امروز صدای چند انفجار از داخل پایگاه نظامیان آمریکا در شهر الشدادی شنیده شد.", PUBLISHED)
    assert c.base_id == "al-shaddadi"


def test_a_stop_without_its_space_still_ends_an_arabic_sentence() -> None:
    """ "... in reply to the massacres.Jordan condemns the attack on a base in northeastern Jordan": the recall ends at the stop."""
    text = "هاجمت الفصائل قواعد للأعداء ردا على المجازر.الأردن يدين الهجوم الذي قتل جنديين أمريكيين في قاعدة شمال شرقي الأردن اليوم."
    claims = claims_of(text, PUBLISHED)
    assert [(c.base_id, c.killed, c.background) for c in claims] == [("tower-22", 2, False)]


def test_an_attack_announced_earlier_the_same_day_is_news_not_background() -> None:
    """ "the Islamic Resistance announced earlier (في وقت سابق) that it struck Harir": a new report, not a recalled attack."""
    (c,) = claims_of("وأعلنت المقاومة الإسلامية في وقت سابق اليوم أنها استهدفت قاعدة حرير بطائرة مسيرة.", PUBLISHED)
    assert (c.base_id, c.background) == ("harir", False)


@pytest.mark.parametrize(
    "text",
    ["タワー22が無人機攻撃を受け、兵士2人が死亡、15人が負傷した。", "约旦东北部的美军基地遭无人机袭击，2名美军士兵死亡，15人受伤。"],
    ids=["ja", "zh"],
)
def test_a_count_right_after_a_cjk_comma_is_a_count(text: str) -> None:
    """CJK writes "、15人" with no space after the comma: the number is still the count of wounded."""
    (c,) = claims_of(text, PUBLISHED)
    assert (c.base_id, c.killed, c.wounded) == ("tower-22", 2, 15)


def test_a_chinese_response_clause_before_the_attack_does_not_make_it_a_recalled_one() -> None:
    """ "作为对以色列...的回应,伊拉克伊斯兰抵抗组织袭击了坦夫基地" (in response to ..., the group struck al-Tanf) is news."""
    (c,) = claims_of("作为对以色列在加沙行动的回应,伊拉克伊斯兰抵抗组织今天用无人机袭击了坦夫基地。", PUBLISHED)
    assert (c.base_id, c.background) == ("al-tanf", False)


def test_a_hindi_tally_so_far_is_no_toll() -> None:
    """ "so far (अब तक) more than 40 US soldiers have been wounded in attacks on bases" counts the campaign, not an attack."""
    claims = claims_of("आज ताल बेदार में अमेरिकी अड्डे पर ड्रोन हमला हुआ। अब तक इराक और सीरिया में अमेरिकी बेस पर हमलों में 40 से ज्यादा अमेरिकी सैनिक घायल हुए हैं।", PUBLISHED)
    assert [(c.base_id, c.wounded) for c in claims] == [("tal-baydar", None)]
