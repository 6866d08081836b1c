"""A page that leads with injuries of attacks it only tells as past discloses them: those attacks are its news.

The first casualty figures of an attack often come a week or more later ("Drone attacks on US base in Syria injure
20 troops", then the attack of 18 October). Such a page reports the attack anew, with a new fact, though the age of
the attack alone would mark it recalled. The sentences are ours (probes wk005, wq002, wv002 and wv016 had this shape).
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of

DISCLOSED = [
    (
        "en",
        "Drone attacks on US base in Syria injure 20 troops\n"
        "Twenty American service members suffered minor injuries on Oct. 18 when two one-way drones targeted the al-Tanf garrison, CENTCOM said.",
    ),
    (
        "fr",
        "Des soldats américains blessés dans des attaques de drones en Syrie\n"
        "Vingt militaires américains ont été légèrement blessés le 18 octobre lorsque deux drones ont visé la garnison d'al-Tanf, a indiqué le CENTCOM.",
    ),
    (
        "ar",
        "إصابة 20 عسكريا أمريكيا في هجمات بطائرات مسيرة في سوريا\n"
        "وقالت القيادة المركزية إن 20 عسكريا أمريكيا أصيبوا بجروح طفيفة في 18 تشرين الأول عندما استهدفت طائرتان مسيرتان قاعدة التنف.",
    ),
]


@pytest.mark.parametrize(("language", "text"), DISCLOSED, ids=[lang for lang, _ in DISCLOSED])
def test_injuries_first_told_nine_days_later_are_news_of_the_attack(language: str, text: str) -> None:
    """The 18 October attack on al-Tanf, told on the 27th with its 20 injured under a headline of those injuries, is news."""
    (c,) = claims_of(text, "2023-10-27", language=language)
    assert (c.base_id, str(c.attack_date), c.wounded, c.background) == ("al-tanf", "2023-10-18", 20, False)


def test_a_page_with_an_attack_of_its_own_keeps_an_older_one_recalled() -> None:
    """ "Eight US troops wounded in drone attack on Syrian base": the headline's injuries are Rumalyn's; Ain al-Asad's stay past."""
    text = (
        "Eight US troops wounded in drone attack on Syrian base\n"
        "A drone struck the Rumalyn base on Friday, wounding eight US service members. "
        "On Aug. 5, five troops were injured in a rocket attack on Ain al-Asad."
    )
    got = {c.base_id: c.background for c in claims_of(text, "2024-08-14", language="en")}
    assert got == {"rumalyn": False, "ain-al-asad": True}


def test_deaths_on_a_page_counting_injuries_stay_recalled() -> None:
    """A page on injuries that retells Tower 22's deaths three weeks on only recalls them: no fatality to alert on."""
    text = (
        "US troops report injuries from attacks in Iraq and Syria\n"
        "Three American soldiers were killed and 34 injured on Jan. 28 when a drone struck Tower 22 in Jordan."
    )
    (c,) = claims_of(text, "2024-02-20", language="en")
    assert (c.base_id, c.killed, c.background) == ("tower-22", 3, True)
