"""Reporting in Arabic, Japanese, Persian, Indonesian, Hindi and Kurdish read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set and the four
earlier probes (issue 9, probe set "east8"); the sentences are our own, written the way those outlets write.
"""

from __future__ import annotations

from tests.helpers import claims_of


def test_deaths_of_a_us_airstrike_told_after_the_casualty_word_are_no_toll_of_the_attack() -> None:
    """ "... announced the killing of two ISIS leaders in a US airstrike": a state's strike after the death word makes them its victims."""
    text = (
        "تعرضت قاعدة الشدادي مساء أمس لهجوم بصاروخ سقط خارج أسوارها. "
        "يأتي ذلك بعد أن أعلنت القيادة الأمريكية مقتل اثنين من قادة داعش في غارة جوية شنها الجيش الأمريكي يوم الخميس."
    )
    (c,) = claims_of(text)
    assert (c.base_id, c.killed) == ("al-shaddadi", None)


def test_an_arabic_without_killing_or_wounding_anyone_is_a_toll_of_nobody() -> None:
    """ "... fell outside the compound without killing or wounding anyone": a denial of casualties, nobody killed or hurt."""
    text = "تعرضت قاعدة الشدادي مساء أمس لهجوم بصاروخ. وقالت القيادة إن الصاروخ سقط خارج القاعدة دون أن يقتل أو يجرح أحدا من الجنود."
    (c,) = claims_of(text, "2024-03-02")
    assert (c.base_id, c.killed, c.wounded) == ("al-shaddadi", 0, 0)


def test_an_arabic_count_with_the_article_attached_is_a_count() -> None:
    """ "الجنود الثلاثة الذين قتلوا" (the three soldiers who were killed): the number word carries the article al-."""
    (c,) = claims_of("نشر البنتاغون أسماء الجنود الثلاثة الذين قتلوا في هجوم بطائرة مسيرة على البرج 22 في الأردن.", "2024-02-01")
    assert (c.base_id, c.killed) == ("tower-22", 3)


def test_a_monday_is_no_count_of_two() -> None:
    """ "الاثنين" is Monday (and, with the article, "the two"): beside a casualty word in a dated sentence it stays a day."""
    (c,) = claims_of("قتل جندي أمريكي في هجوم على قاعدة التنف يوم الاثنين.", "2024-01-24")
    assert (c.base_id, c.killed) == ("al-tanf", 1)


def test_a_toll_told_by_an_announcement_on_another_day_stays_the_attacks() -> None:
    """Headline names the base, then "the army announced on Sunday the killing of three of its soldiers and the wounding of 25": the toll is the attack's."""
    text = (
        "البرج 22 موقع صغير في الأردن تعرض للاستهداف\n"
        "أعلن الجيش الأمريكي، الأحد، مقتل ثلاثة من جنوده وإصابة نحو 25 آخرين بهجوم لطائرة مسيرة استهدف قاعدة تضم قوات أمريكية في الأردن."
    )
    claims = [c for c in claims_of(text, "2024-01-29") if c.base_id == "tower-22"]
    assert [(c.killed, c.wounded) for c in claims] == [(3, 25)]


def test_a_count_after_a_word_of_approximation_is_still_the_wounded() -> None:
    """ "وإصابة نحو 25 آخرين بهجوم" (and the wounding of about 25 others in an attack): "attack" after the count does not make it a count of attacks."""
    (c,) = claims_of("قتل ثلاثة جنود أمريكيين وإصابة نحو 25 آخرين بهجوم على البرج 22 في الأردن.", "2024-01-29")
    assert (c.killed, c.wounded) == (3, 25)


def test_a_base_named_only_to_locate_another_is_no_target() -> None:
    """ "البرج 22 قريب من قاعدة التنف" (Tower 22, near the al-Tanf base): al-Tanf locates the target, it was not attacked."""
    claims = claims_of("استهدفت طائرة مسيرة البرج 22 قريب من قاعدة التنف في سوريا فقتلت ثلاثة جنود.", "2024-01-29")
    assert [c.base_id for c in claims] == ["tower-22"]


def test_two_bases_joined_by_and_are_two_targets() -> None:
    """ "... targeted Ain al-Asad and Harir near Erbil": "and" between them makes the second a target of its own."""
    claims = claims_of("استهدفت المقاومة الإسلامية قاعدة عين الأسد وقاعدة حرير قرب أربيل بطائرات مسيرة اليوم.", "2024-01-29")
    assert {c.base_id for c in claims} == {"ain-al-asad", "harir"}


def test_a_japanese_toll_recalled_in_january_beside_a_february_strike_is_background() -> None:
    """ "今年1月、ヨルダンの米軍基地への攻撃で3人が死亡したことを受け、2月に空爆" in August: of two earlier months, the nearest dates it."""
    (c,) = claims_of("米軍は今年1月、ヨルダンの米軍基地への攻撃で米兵3人が死亡したことを受け、2月にイラクとシリアで空爆を実施した。", "2024-08-06")
    assert (c.base_id, c.killed, c.background, c.attack_date, c.date_month) == ("tower-22", 3, True, None, "2024-01")
