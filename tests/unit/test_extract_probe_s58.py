"""Session 58's blind probe sets: patterns of real reporting, each in our own words."""

from __future__ import annotations

from basewatch.services.enrich.domain.text import sentences
from tests.helpers import claims_of


def test_a_toll_told_first_whose_dead_are_the_militias_own_people_goes_to_no_later_claim() -> None:
    """Dead "affiliated with Iran-backed militias" told before any base are a blast's or a strike's on the militias, not the toll of their attack told after."""
    text = (
        "An explosion at a depot south of Baghdad on Monday killed three men affiliated with Iran-backed militias and "
        "wounded two others, an Iraqi official said. Later that day the Islamic Resistance in Iraq said it had launched "
        "a drone at Ain al-Asad air base in western Iraq."
    )
    (claim,) = claims_of(text, "2024-08-01", language="en")
    assert (claim.base_id, claim.killed, claim.wounded) == ("ain-al-asad", None, None)


def test_an_undated_page_s_lone_date_line_under_its_byline_is_the_day_yesterday_counts_from() -> None:
    """A page with no publication date whose opening holds one date alone on its line: "yesterday" is the day before it."""
    text = (
        "Drone attack on US base in Rmelan, Syria, injuries reported\n\nBy our correspondent\n\n11 August 2024\n\n"
        "A US military official said a drone attack hit the base yesterday and caused damage."
    )
    claims = claims_of(text, None, language="en", published_month="2024-08")
    assert [(c.base_id, str(c.attack_date)) for c in claims] == [("rumalyn", "2024-08-10")]


def test_one_as_a_pronoun_after_the_same_counts_no_dead() -> None:
    """ "the strike that killed the commander was the same one launched after the attack": "one" stands for the strike, no toll of one."""
    text = (
        "Rockets struck Ain al-Asad air base in western Iraq on Tuesday, a US official said. It was not clear whether the "
        "strike that killed the Kataeb Hezbollah commander was the same one launched in response to the attack on the base."
    )
    assert [(c.base_id, c.killed) for c in claims_of(text, "2023-11-22", language="en")] == [("ain-al-asad", None)]


def test_dead_who_are_the_militias_own_told_on_with_the_attack_are_no_toll_of_it() -> None:
    """A sentence going on with the attack whose dead are "Kataeb Hezbollah members": the militias' own dead, no fatal attack on the base."""
    text = (
        "A rocket struck Ain al-Asad air base in western Iraq early Tuesday, causing minor damage, a US official said. "
        "The attack on the base killed two Kataeb Hezbollah members, the group said."
    )
    assert [(c.base_id, c.killed) for c in claims_of(text, "2023-11-21", language="en")] == [("ain-al-asad", None)]


def test_a_lone_civilian_killed_beside_a_child_wounded_is_a_toll_of_one() -> None:
    """ "قتل مدني وأصيب طفل" (a civilian killed, a child wounded) by a shell aimed at the base: the child is no count of the civilian."""
    text = "قتل مدني وأصيب طفل بجروح، مساء الاثنين، جراء سقوط قذيفة على منازل في بلدة الشدادي خلال قصف استهدف القاعدة الأمريكية هناك."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-02", language="ar")] == [("al-shaddadi", 1)]


def test_an_undated_death_on_another_weekday_than_a_past_attack_s_is_not_that_attack_retold() -> None:
    """An undated page's contractor killed in Syria "on Tuesday" is news; the Thursday drone of March 2023 that killed one is not it."""
    tuesday = "A rocket killed a US contractor at the al-Shaddadi base in northeastern Syria on Tuesday evening, officials said."
    thursday = "A drone killed a US contractor at a coalition base near Hasakah in northeastern Syria on Thursday, officials said."
    assert [(c.base_id, c.killed, c.background) for c in claims_of(tuesday, None, language="en")] == [("al-shaddadi", 1, False)]
    assert all(c.background for c in claims_of(thursday, None, language="en"))


def test_a_past_time_written_onto_the_next_word_in_japanese_still_marks_an_earlier_toll() -> None:
    """ "先週行われた...攻撃では3人が死亡" (in the attack held last week, three died): last week's toll, no fatal attack of the story."""
    text = "米政権は、ヨルダンの米軍基地を狙ったドローン攻撃への対応を検討している。先週行われたこの攻撃では米兵3人が死亡していた。"
    assert not [c for c in claims_of(text, None, language="ja") if c.killed and not c.background]


def test_last_friday_in_chinese_is_a_weekday_not_last_week_s_time() -> None:
    """ "上周五" (last Friday) names the attack's weekday: the report stays news, its wounded counted."""
    text = "美国国防部表示,叙利亚一处美军基地上周五遭无人机袭击,8名美国士兵受伤。"
    assert [(c.wounded, c.background) for c in claims_of(text, None, language="zh")] == [(8, False)]


def test_and_another_near_a_second_name_is_a_second_site_not_a_landmark() -> None:
    """ "قاعدة حرير وأخرى قرب مطار بغداد" (the Harir base and another near Baghdad airport): two sites attacked, neither locates the other."""
    text = "وقالت فصائل مسلحة إنها هاجمت بطائرات مسيرة صباح الجمعة قاعدة حرير وأخرى قرب مطار بغداد."
    assert sorted(c.base_id for c in claims_of(text, "2023-11-18", language="ar")) == ["harir", "victory-baghdad"]


def test_the_spanish_plural_abbreviation_ee_uu_ends_no_sentence() -> None:
    """ "un responsable de Defensa de EE. UU., después de que ...": one sentence, the doubled capitals an abbreviation."""
    text = "Las fuerzas de la coalición fueron atacadas hoy, según un responsable de EE. UU., después de la medianoche. Otra frase."
    assert [text[s:e][-10:] for s, e in sentences(text)] == ["edianoche.", "tra frase."]


def test_a_markdown_picture_repeating_the_headline_is_no_sentence_of_the_story() -> None:
    """A saved page's "![headline](/images/...1965_640x0.jpg)" line: its path's digits date no old story, and the body's base is the claim's."""
    headline = "Ракетные удары нанесены по американской базе на востоке Сирии"
    body = "ДАМАСК, 8 фев. Американская база на месторождении Эль-Омар в провинции Дейр-эз-Зор подверглась ракетному обстрелу, сообщил местный источник."
    text = f"{headline}\n![{headline}](/images/2024/0:82:3347:1965_640x0.jpg)\n{body}"
    assert [c.base_id for c in claims_of(text, None, language="ru")] == ["al-omar"]


def test_the_omar_oil_field_named_in_russian_with_the_word_for_field() -> None:
    """ "на месторождении нефти «Омар»" (at the «Omar» oil field): al-Omar, the name in quotes after the word for field."""
    text = "Американская база на месторождении нефти «Омар» подверглась ракетному обстрелу, заявил источник."
    assert [c.base_id for c in claims_of(text, "2024-02-08", language="ru")] == ["al-omar"]


def test_a_turkish_photo_caption_s_date_is_the_picture_s_not_the_page_s() -> None:
    """ "12 Ekim 2023 tarihli uydu fotoğrafında" (in the satellite photo dated 12 Oct 2023): no date of an undated page, whose deaths stay news."""
    caption = "Bir uydu şirketinden alınan 12 Ekim 2023 tarihli uydu fotoğrafında Ürdün'ün kuzeydoğusunda yer alan Tower 22 adlı askeri üs görülüyor"
    body = (
        "Biden Pazar günü yaptığı açıklamada, Ürdün'de insansız hava aracı saldırısında üç Amerikan askerinin öldüğünü "
        "ve çok sayıda askerin yaralandığını söyledi."
    )
    claims = claims_of(caption + "\n\n" + body, None, language="tr")
    assert [(c.base_id, c.killed, c.background) for c in claims] == [("tower-22", 3, False)]


def test_shells_near_a_base_and_the_day_after_a_recall_cue_is_the_recalled_attacks() -> None:
    """ "قذائف سقطت ... قرب مطار خراب الجير" (shells fell near Kharab al-Jir airport) is an attack on the base; a day after
    the recall cue of the next sentence is the recalled attack's, and al-Omar, told after it, keeps the story's day."""
    text = (
        "أفاد مراسل محلي أن قذائف سقطت مساء أمس، الجمعة 27 من تشرين الأول، قرب مطار خراب الجير في ريف الحسكة. هذا القصف هو "
        "الثاني من نوعه للقاعدة، بعد استهداف آخر طالها في 25 من تشرين الأول الحالي. وأفاد مراسل آخر أن طائرات مسيرة استهدفت "
        "قاعدة حقل العمر شرقي دير الزور."
    )
    found = {c.base_id: str(c.attack_date) for c in claims_of(text, None, language="ar")}
    assert found == {"rumalyn": "2023-10-27", "al-omar": "2023-10-27"}


def test_a_breakdown_row_without_a_bullet_counting_two_attacks_is_a_row_not_an_attack() -> None:
    """A tally by base, one row a line with no bullet, its last row "هجومين اثنين على قاعدة تل بيدر" (two attacks): no claim on Tal Baydar."""
    text = (
        "تعرضت القواعد الأمريكية في سوريا منذ منتصف أكتوبر لعشرات الهجمات، وتوزعت كما يلي:\n"
        "15 هجوماً على قاعدة حقل كونيكو\n"
        "12 هجوماً على قاعدة الشدادي\n"
        "هجومين اثنين على قاعدة تل بيدر"
    )
    assert "tal-baydar" not in {c.base_id for c in claims_of(text, "2024-01-06", language="ar")}


def test_a_yearless_dateline_whose_weekday_the_story_names_dates_the_page() -> None:
    """ "بغداد/ 5 شباط/ فبراير/ وكالة-" with no year, then "اليوم الاثنين" (today Monday): 5 Feb is a Monday only in 2024."""
    text = (
        "بغداد/ 5 شباط/ فبراير/ وكالة- قالت مصادر محلية إن التوتر يتصاعد في شرق سوريا.\n\nوتعرضت قاعدة الشدادي في ريف الحسكة لهجوم بطائرة مسيرة اليوم الاثنين."
    )
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, None, language="ar")] == [("al-shaddadi", "2024-02-05")]
