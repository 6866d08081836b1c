"""Reporting in Arabic, Chinese, Japanese, Korean, Urdu and Kurdish read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set and the earlier
probes (issue 9, probe set "east7"); the sentences are our own, written in the way those outlets write.
"""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_chinese_attack_recalled_as_the_cause_of_a_retaliation_is_background() -> None:
    """ "..., in retaliation for its drone attack on the US base in Jordan that killed three": the description before the noun holds the recall."""
    text = "民兵组织声称对这起袭击负责,该组织上周成为美方行动的目标之一,以报复其无人机袭击约旦美军基地造成3名美军士兵死亡。"
    claims = claims_of(text, "2024-02-06")
    assert [(c.killed, c.background) for c in claims if c.killed] == [(3, True)]


def test_a_japanese_us_facility_is_a_base() -> None:
    """ "ヨルダン北東部の米軍施設" (the US facility in northeast Jordan): a facility of US forces is a site, and the toll is its toll."""
    (c,) = claims_of("米中央軍は28日、ヨルダン北東部の米軍施設で無人機攻撃があり、米兵3人が死亡し、34人が負傷したと発表した。", "2024-01-29")
    assert (c.killed, c.wounded) == (3, 34)


def test_an_arabic_plural_passive_killed_is_a_death_toll() -> None:
    """ "3 US soldiers had been killed (قُتلوا) in a drone attack on Tower 22": the plural passive verb is a death."""
    (c,) = claims_of("وكان 3 جنود أمريكيين قد قُتلوا في هجوم بطائرة مسيرة استهدف البرج 22 شمال شرقي الأردن.", "2024-01-29")
    assert (c.base_id, c.killed) == ("tower-22", 3)


def test_a_korean_report_names_the_base_its_day_and_its_toll() -> None:
    """ "28일 ... '타워 22'에서 ... 미군 3명이 숨지고 34명이 다쳤다": Korean writes the count before its verb and the day with 일."""
    (c,) = claims_of("28일(현지시간) 요르단 북동부의 미군 주둔지 '타워 22'에서 드론 공격으로 미군 3명이 숨지고 34명이 다쳤다.", "2024-01-29")
    assert (c.base_id, str(c.attack_date), c.killed, c.wounded) == ("tower-22", "2024-01-28", 3, 34)


def test_a_korean_count_written_onto_a_machine_counter_is_no_toll() -> None:
    """ "드론 1대가" (one drone: 대 counts machines) near "부상" is a count of drones, not of the wounded."""
    (c,) = claims_of("시리아 동부 알오마르 유전의 미군 기지를 드론 1대가 공격해 부상자가 발생했다.", "2024-02-05")
    assert (c.base_id, c.wounded) == ("al-omar", None)


def test_the_urdu_full_stop_ends_a_sentence() -> None:
    """Urdu ends sentences with ۔ (often with no space after it): two statements are two sentences, not one."""
    from basewatch.services.enrich.domain.text import sentences

    text = "عین الاسد پر راکٹ داغے گئے۔شام میں ایک فوجی زخمی ہوا۔"
    assert [text[s:e] for s, e in sentences(text)] == ["عین الاسد پر راکٹ داغے گئے۔", "شام میں ایک فوجی زخمی ہوا۔"]


def test_an_urdu_count_belongs_to_its_own_casualty_verb() -> None:
    """ "14 rockets hit Ain al-Asad, 2 personnel were wounded, while a US soldier was wounded in Syria": the base's toll is 2."""
    text = (
        "عین الاسد کے امریکی فوجی اڈے پر 14 راکٹ برسائے گئے جس کے نتیجے میں 2 اہلکار زخمی ہوگئے "
        "جب کہ شام میں ڈرون حملے میں ایک امریکی فوجی کے زخمی ہونے کی تصدیق کی گئی ہے۔"
    )
    (c,) = claims_of(text, "2024-01-06")
    assert (c.base_id, c.wounded) == ("ain-al-asad", 2)


def test_chinese_no_news_of_casualties_yet_is_no_toll_of_zero() -> None:
    """ "目前尚无人员伤亡信息" (no information on casualties yet) leaves the toll unknown; "无人员伤亡" alone says nobody was hurt."""
    (c,) = claims_of("叙利亚东部科尼科气田的美军基地13日晚遭4枚火箭弹袭击,目前尚无人员伤亡信息。", "2024-08-14")
    assert (c.base_id, c.killed, c.wounded) == ("conoco", None, None)


def test_a_reposted_chinese_wire_story_counts_its_days_from_its_dateline() -> None:
    """A page of 20 Nov reposting "新华社大马士革8月14日电 ... 13日晚遭火箭弹袭击": the 13th is 13 August, the dispatch's month."""
    (c,) = claims_of("新华社大马士革8月14日电 据叙利亚媒体报道,代尔祖尔省科尼科气田的美军基地13日晚遭火箭弹袭击。", "2024-11-20")
    assert (c.base_id, str(c.attack_date)) == ("conoco", "2024-08-13")


def test_a_repost_under_a_page_stamp_counts_its_days_from_the_dispatch_dateline() -> None:
    """No publication date, a repost's stamp "发布时间:2024-11-30" over "中新网 8月14日电 ... 13日晚": the 13th is 13 August
    (the stamp is the repost's day, as a header is; before, 13 November)."""
    (c,) = claims_of("发布时间:2024-11-30 10:02\n中新网 8月14日电 叙利亚代尔祖尔省科尼科气田的美军基地13日晚遭火箭弹袭击。", None, language="zh")
    assert (c.base_id, str(c.attack_date)) == ("conoco", "2024-08-13")


def test_a_chinese_dateline_of_the_publication_day_changes_nothing() -> None:
    """ "新华社大马士革1月29日电 ... 28日" published on 29 January: the dateline is the page's day, the 28th is 28 January."""
    (c,) = claims_of("新华社大马士革1月29日电 叙利亚沙达迪的美军基地28日遭火箭弹袭击。", "2024-01-29")
    assert (c.base_id, str(c.attack_date)) == ("al-shaddadi", "2024-01-28")


def test_an_arabic_round_up_of_recent_days_names_no_attack() -> None:
    """ "The last days saw attacks on bases in al-Tanf, Shaddadi and Conoco": a summary of the campaign, no attack on a day."""
    text = "وشهدت الأيام الأخيرة هجمات على قواعد للجيش الأمريكي في التنف والشدادي وحقل كونيكو بطائرات مسيرة وصواريخ."
    assert claims_of(text, "2023-11-22") == []


def test_a_kurmanji_list_of_bases_attacked_before_now_names_no_attack() -> None:
    """ "Before now (beriya niha) bases in Tenef and Şeddadê had been attacked by drones": a summary, no attack on a day."""
    text = "Beriya niha bi dronan êrişî baregehên Amerîkayê yên li herêma Tenef û navçeya Şedadê hatibûn kirin."
    assert claims_of(text, "2024-01-03") == []


def test_a_toll_told_before_the_base_is_named_is_the_base_toll() -> None:
    """ "Pentagon named three soldiers killed in an attack in Jordan ... The drone hit Tower 22 in Jordan": the opening toll is Tower 22's."""
    text = (
        "Pentagon mengumumkan nama tiga prajurit AS yang tewas dalam serangan di Yordania dekat perbatasan Suriah. "
        "Serangan drone itu terjadi pada 28 Januari 2024 di Tower 22, sebuah pangkalan militer di Yordania."
    )
    (c,) = claims_of(text, "2024-01-30")
    assert (c.base_id, c.killed) == ("tower-22", 3)


def test_a_toll_told_of_another_country_stays_there() -> None:
    """ "Three soldiers were killed in an attack in Syria. A drone hit Tower 22 in Jordan": the Syrian toll is not Tower 22's."""
    text = "Tiga prajurit AS tewas dalam serangan di Suriah. Sebuah drone menyerang Tower 22, sebuah pangkalan militer di Yordania, hari ini."
    claims = claims_of(text, "2024-01-30")
    assert [(c.base_id, c.killed) for c in claims if c.base_id == "tower-22"] == [("tower-22", None)]
