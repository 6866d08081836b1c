"""Reporting of the Iraqi militias' claims on Israeli sites, and of what such stories recall, read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set and the earlier probes
(probe set "israel", Dec 2026); the sentences are our own, written the way those outlets write.
"""

from __future__ import annotations

from tests.helpers import claims_of


def test_an_attack_told_as_last_months_in_an_undated_story_is_background() -> None:
    """ "late last month three soldiers were killed at a base in Jordan" in a story with no day: a recall, not news."""
    arabic = (
        "أعلنت فصائل عراقية مساء الجمعة قصف هدف في إسرائيل. وكانت واشنطن قد أعلنت أواخر الشهر الماضي مقتل ثلاثة "
        "جنود أمريكيين في هجوم بطائرة مسيرة على قاعدة البرج 22 في الأردن."
    )
    english = "Iraqi militias claimed a drone at Israel on Friday. Last month, three US soldiers were killed by a drone at Tower 22 in Jordan."
    for text, language in ((arabic, "ar"), (english, "en")):
        found = [(c.base_id, c.background) for c in claims_of(text, None, language=language) if c.base_id]
        assert found == [("tower-22", True)], (language, found)


def test_the_northern_golan_names_the_struck_base_only_in_a_claim_that_tells_victims() -> None:
    """ "شمال الجولان" (the northern Golan) is how the deaths' reports name the base, and how claims name any site there."""
    unhurt = "قالت فصائل عراقية إنها قصفت بالطيران المسير قاعدة رصد إسرائيلية في شمال الجولان فجر الاثنين."
    deadly = "قتل جنديان وأصيب 20 آخرون عندما انفجرت مسيرة أطلقت من العراق في معسكر للجيش في شمال الجولان فجر الأربعاء."
    assert [c.base_id for c in claims_of(unhurt, "2024-03-12", language="ar")] == [None]
    assert [(c.base_id, c.killed) for c in claims_of(deadly, "2024-10-04", language="ar")] == [("northern-golan-idf-base", 2)]


def test_a_hebrew_story_that_also_recalls_a_drone_from_yemen_keeps_the_drone_from_iraq_spelled_irq() -> None:
    """ "ששוגר מעירק" (launched from Iraq, the shorter spelling) beside an earlier drone "ששוגר מתימן": not only the Houthis' story."""
    text = 'כטב"ם ששוגר מעירק פגע הלילה בבסיס חיל הים באילת. לפני שבועיים פגע כטב"ם ששוגר מתימן בשטח פתוח.'
    assert [c.base_id for c in claims_of(text, "2024-04-01", language="he") if not c.background] == ["eilat-naval-base"]
