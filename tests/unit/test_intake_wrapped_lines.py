"""A page wrapped at a fixed width is read as its sentences, not as one sentence a line; a headline's break stays."""

from __future__ import annotations

from basewatch.services.ingest.domain.intake import normalise
from tests.helpers import claims_of

WRAPPED_EN = (
    "Militia fighters launched a volley of rockets at\n"
    "the Ain al-Asad air base in western Iraq late on\n"
    "Saturday, wounding three American troops, a US\n"
    "official told reporters. Air defences destroyed most of\n"
    "the rockets before they reached the base."
)
WRAPPED_ZH = "伊拉克阿萨德空军基地20日晚间遭到多枚\n火箭弹袭击，三名美军人员受伤，美方官员称大部分\n火箭弹被防空系统拦截，其余落入\n基地内部。"


def test_a_hard_wrapped_english_page_gives_the_claim_its_sentence_tells() -> None:
    """ "fired rockets at\\nthe Ain al-Asad air base ... on\\nSaturday, wounding three": one claim, base, day and toll."""
    claims = claims_of(WRAPPED_EN, "2024-01-22", language="en")
    assert [(c.base_id, str(c.attack_date), c.wounded) for c in claims] == [("ain-al-asad", "2024-01-20", 3)]


def test_a_hard_wrapped_chinese_page_joins_its_lines_without_a_space() -> None:
    """Ideographs on both sides of a wrap are one word run: "多枚\\n火箭弹" is read as "多枚火箭弹"."""
    assert "多枚火箭弹袭击" in normalise(WRAPPED_ZH) and "\n" not in normalise(WRAPPED_ZH)
    claims = claims_of(WRAPPED_ZH, "2024-01-22", language="zh")
    assert [(c.base_id, c.wounded) for c in claims] == [("ain-al-asad", 3)]


def test_a_headline_and_paragraphs_of_an_unwrapped_page_keep_their_line_breaks() -> None:
    """One break without a sentence end (a headline) is no wrap: the page's lines are left as they are."""
    text = "Rockets hit Ain al-Asad\nMilitants fired rockets at the base on Saturday.\nNo one was hurt, officials said."
    assert normalise(text) == text


WRAPPED_AR_QUOTE = (
    "أعلنت فصائل مسلحة في العراق، مساء الثلاثاء، في بيان مقتضب نشرته على قناتها عن\n"
    "استهداف مواقع تضم قوات أمريكية في العراق وسوريا بعدة طائرات مسيرة وصواريخ، في\n"
    "إطار ما وصفته بالرد على الحرب في قطاع غزة المستمرة منذ السابع من تشرين الأول\n"
    "الماضي.\n"
    "وقالت الفصائل في بيانها إن طائرة مسيرة استهدفت صباح اليوم الثلاثاء قاعدة\n"
    '"\n'
    'عين الأسد" الجوية في محافظة الأنبار غربي البلاد، وأصابت هدفها بدقة.'
)


def test_a_line_of_a_lone_quotation_mark_on_a_wrapped_page_joins_the_lines_around_it() -> None:
    """'قاعدة\\n"\\nعين الأسد"': the quote mark cut onto a line of its own keeps the base's name in its attack's sentence."""
    assert 'قاعدة " عين الأسد" الجوية' in normalise(WRAPPED_AR_QUOTE)
    claims = claims_of(WRAPPED_AR_QUOTE, "2024-01-10", language="ar")
    assert [c.base_id for c in claims] == ["ain-al-asad"]
