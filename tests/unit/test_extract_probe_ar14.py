"""Reporting in the region's own languages read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set and the earlier
probes (probe set "ar14": Arabic, Persian, Turkish, Kurdish, Urdu and Hebrew outlets); the sentences are our
own, written the way those outlets write.
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ar",
            "أعلنت فصائل مسلحة أنها هاجمت قاعدة عين الأسد بطائرتين مسيرتين يوم الثلاثاء. "
            "وكان مسلحون قد اقتحموا مواقع عسكرية قرب قطاع غزة، حيث قتلوا 1200 شخص.",
        ),
        (
            "en",
            "The militia said it struck Ain al-Asad with two drones on Tuesday. "
            "Gunmen had overrun army posts near the Gaza Strip during the attack, where they killed 1,200 people.",
        ),
    ],
)
def test_a_toll_in_a_where_clause_of_a_place_outside_the_theatre_is_not_the_base_attacks(language: str, text: str) -> None:
    """A clause opened by "where" after a place outside the theatre tells of that place: its dead are no toll of the claim."""
    (claim,) = claims_of(text, "2023-11-01", language=language)
    assert (claim.base_id, claim.killed) == ("ain-al-asad", None)


def test_a_where_clause_after_the_base_keeps_its_toll() -> None:
    """The same clause after a base of the theatre tells of that base: its dead are the attack's."""
    (claim,) = claims_of("A drone struck the Tower 22 outpost in Jordan on Sunday, where it killed three US soldiers.", "2024-01-29")
    assert (claim.base_id, claim.killed) == ("tower-22", 3)


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت طائرتان مسيرتان قاعدة عين الأسد يوم الثلاثاء، لكن الهجوم لم يسفر عن أضرار أو ضحايا.",
        "سقطت ثلاثة صواريخ على قاعدة عين الأسد يوم الثلاثاء دون وقوع ضحايا.",
        "أصابت طائرة مسيرة مخزنا في قاعدة عين الأسد يوم الثلاثاء، وأشار الجيش إلى عدم وقوع إصابات.",
        "سقطت ثلاثة صواريخ على قاعدة عين الأسد يوم الثلاثاء بدون تسجيل أضرار أو إصابات.",
    ],
)
def test_an_arabic_denial_of_victims_is_a_toll_of_none(text: str) -> None:
    """ "No damage or victims", "that no injuries occurred", "with no injuries recorded" in Arabic: nobody was killed or hurt."""
    (claim,) = claims_of(text, "2023-11-01", language="ar")
    assert (claim.killed, claim.wounded) == (0, 0)


@pytest.mark.parametrize(
    ("language", "text", "wounded"),
    [
        ("he", "שלושה חיילים נפצעו היום (שני) בתקיפת רקטות על בסיס עין אל אסד.", 3),
        ("en", "Four (4) soldiers were hurt when rockets hit Ain al-Asad on Monday.", 4),
    ],
)
def test_a_number_alone_in_brackets_is_no_count(language: str, text: str, wounded: int) -> None:
    """A bracketed aside (a Hebrew weekday that is also the word for two, a count repeated in digits) never replaces the toll beside it."""
    (claim,) = claims_of(text, "2024-08-05", language=language)
    assert claim.wounded == wounded


def test_tal_baydar_written_with_the_arabic_article_is_the_base() -> None:
    """The Arabic name of Tal Baydar with the article on its second word links to the base."""
    (claim,) = claims_of("استهدفت طائرة مسيرة قاعدة تل البيدر في ريف الحسكة يوم السبت.", "2023-11-18", language="ar")
    assert claim.base_id == "tal-baydar"


@pytest.mark.parametrize(
    "text",
    [
        "أسفر هجوم بطائرة مسيرة على البرج 22 عن مقتل ثلاثة جنود أمريكيين، وهو أول هجوم على الموقع منذ الهجمات على القوات الأمريكية التي بدأت في 17 أكتوبر.",
        "وقال مسؤولون إن الهجوم على البرج 22 هو الأول منذ الهجمات التي بدأت في 17 أكتوبر على القوات الأمريكية.",
    ],
)
def test_an_arabic_date_after_since_the_attacks_began_is_no_attack_day(text: str) -> None:
    """ "Since the attacks that began on 17 October", the plural written with its article, starts a span: the attack keeps its day."""
    (claim,) = claims_of(text, "2024-01-29", language="ar")
    assert str(claim.attack_date) != "2023-10-17" and not claim.background


@pytest.mark.parametrize(
    "follow_up",
    [
        "ويأتي ذلك بعد أقل من أسبوع على إعلانها ضرب قاعدة عين الأسد.",
        "وجاء الهجوم في أعقاب هجوم مماثل على قاعدة عين الأسد.",
    ],
)
def test_an_arabic_attack_told_as_what_came_a_while_before_is_background(follow_up: str) -> None:
    """ "Less than a week after" and "in the wake of" in Arabic recall an earlier attack: the base named after them is history, the lead claim stays news."""
    text = "أعلنت المقاومة الإسلامية في العراق صباح اليوم الجمعة استهداف قاعدة حرير بطائرة مسيرة. " + follow_up
    claims = {c.base_id: c.background for c in claims_of(text, "2023-10-20", language="ar")}
    assert claims == {"harir": False, "ain-al-asad": True}


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        (
            "ar",
            'وقالت المقاومة في بيان: "ردا على جرائم العدو بحق أهلنا في غزة، هاجم مجاهدونا قاعدة حرير بطائرة مسيرة".',
            "2023-12-31",
            {"harir": False},
        ),
        ("en", "Two days after the strike on Tower 22, drones targeted al-Tanf on Tuesday.", "2024-01-30", {"tower-22": True, "al-tanf": False}),
    ],
)
def test_a_recall_cue_covers_its_own_clause_and_the_attack_after_it_is_news(language: str, text: str, published: str, expected: dict[str, bool]) -> None:
    """ "In response to the enemy's crimes, our fighters attacked Harir": the cue's clause is recalled; an attack told after it is news."""
    claims = {c.base_id: c.background for c in claims_of(text, published, language=language)}
    assert claims == expected


def test_a_base_listed_on_after_a_recall_cue_stays_recalled() -> None:
    """ "Days after the shelling of the Conoco base, and of al-Omar": the base listed after the comma has no attack of its own, so it is recalled too."""
    claims = {c.base_id: c.background for c in claims_of("ويأتي الهجوم بعد أيام من قصف قاعدة كونيكو، وقاعدة العمر.", "2023-12-08", language="ar")}
    assert claims == {"conoco": True, "al-omar": True}
