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
    assert [(c.killed, c.wounded, str(c.attack_date)) for c in claims] == [(3, 25, "2024-01-28")]


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
    """ "今年1月、ヨルダンの米軍基地への攻撃で3人が死亡したことを受け、2月に空爆" in August: January's three dead at a base
    in Jordan are Tower 22's famous attack, dated by its day (a guess), in the background."""
    (c,) = claims_of("米軍は今年1月、ヨルダンの米軍基地への攻撃で米兵3人が死亡したことを受け、2月にイラクとシリアで空爆を実施した。", "2024-08-06")
    assert (c.base_id, c.killed, c.background, str(c.attack_date), c.date_precision) == ("tower-22", 3, True, "2024-01-28", "approximate")


def test_a_second_base_after_and_written_onto_it_is_a_target() -> None:
    """ "هجومين على قاعدة حرير في أربيل والتنف" (two attacks, on Harir in Erbil and al-Tanf): "and" is written onto al-Tanf."""
    claims = claims_of("وجاء الهجوم بعد هجومين مماثلين على قاعدة حرير في أربيل والتنف في سوريا.", "2023-11-21")
    assert {c.base_id for c in claims} == {"harir", "al-tanf"}


def test_an_arabic_list_of_places_struck_over_months_is_no_attack() -> None:
    """ "ضرب العديد من الأهداف من الجولان شمالا إلى إيلات جنوبا" (struck many targets from the Golan to Eilat): a tally, no attack on Eilat."""
    text = "وتقول الفصائل إنها ضربت العديد من الأهداف الإسرائيلية من الجولان وحيفا شمالا إلى إيلات جنوبا منذ بداية الحرب."
    assert claims_of(text, "2024-10-05") == []


def test_an_arabic_attack_of_a_few_days_ago_is_recalled() -> None:
    """ "وقبل أيام، استهدفت صواريخ قاعدة عين الأسد" (days ago, rockets targeted Ain al-Asad): background, not the day's news."""
    text = "تعرضت قاعدة التنف اليوم الجمعة لهجوم بطائرة مسيرة. وقبل أيام، استهدفت صواريخ كاتيوشا قاعدة عين الأسد الجوية في غرب العراق."
    claims = {c.base_id: c for c in claims_of(text, "2023-11-10")}
    assert (claims["al-tanf"].background, claims["ain-al-asad"].background) == (False, True)


def test_a_hindi_summary_of_which_bases_the_attacks_mostly_hit_is_no_attack() -> None:
    """ "हमलों ने बड़े पैमाने पर अल-असद ... को निशाना बनाया है" (the attacks have largely targeted al-Asad and al-Tanf): a summary, no attack on a day."""
    text = "रिपोर्ट के अनुसार, हमलों ने बड़े पैमाने पर अल-असद एयरबेस और अल-तनफ गैरीसन को निशाना बनाया है।"
    assert claims_of(text, "2023-11-07") == []


def test_an_indonesian_unmanned_aerial_vehicle_hitting_a_base_is_an_attack() -> None:
    """ "sebuah kendaraan udara tak berawak menghantam ... al-Omar" (an unmanned aerial vehicle hit al-Omar): the long name of a drone, and "hit"."""
    (c,) = claims_of("Sebuah kendaraan udara tak berawak menghantam pangkalan AS di ladang minyak al-Omar pada Sabtu sore.", "2023-12-17")
    assert (c.base_id, c.weapon) == ("al-omar", "drone")


def test_a_korean_base_name_written_onto_the_next_noun_is_the_base() -> None:
    """ "아르빌공항 인근 미군 기지" (the US base near Arbil-airport): Korean writes the airport onto the city's name."""
    (c,) = claims_of("북부 아르빌공항 인근 미군 기지에도 드론 공격이 가해졌다.", "2023-11-24")
    assert c.base_id == "erbil"


def test_a_sorani_spelling_of_tal_baydar_is_the_base() -> None:
    """ "بنکەی تەل بیدەری ئەمریکی" (the American Tal Baydar base, Kurdish spelling with ە): a drone downed near it, claimed by the militias."""
    claims = claims_of("دوێنێ هێزە ئەمەریکییەکان درۆنێکیان خستە خوارەوە کە لە بنکەی تەل بیدەری ئەمریکی نزیک دەبووەوە.", "2023-11-06")
    assert [c.base_id for c in claims] == ["tal-baydar"]


def test_a_list_of_bases_each_placed_by_its_province_is_all_targets() -> None:
    """ "عين الأسد في الأنبار، والتنف في حمص" (Ain al-Asad in Anbar, al-Tanf in Homs): a list, each base a target."""
    claims = claims_of("استهدفت المقاومة بطائرات مسيرة اليوم قاعدة عين الأسد في الأنبار، التنف في حمص.", "2023-11-21")
    assert {c.base_id for c in claims} == {"ain-al-asad", "al-tanf"}


def test_an_indonesian_weekday_with_its_day_and_month_in_brackets_is_that_day() -> None:
    """ "pada Selasa (31/10) pagi" in an article of 8 November 2023: the day and month in digits, not last Tuesday."""
    (c,) = claims_of("Dua roket menghantam pangkalan AS di ladang gas Conoco pada Selasa (31/10) pagi.", "2023-11-08")
    assert (c.base_id, str(c.attack_date)) == ("conoco", "2023-10-31")


def test_an_unnamed_base_told_twice_with_its_toll_is_one_attack() -> None:
    """Lede and quoted statement both tell a drone strike on an unnamed coalition site in Syria killing a contractor: one claim, not two deaths."""
    text = (
        "সিরিয়ার উত্তর-পূর্বাঞ্চলে একটি সামরিক ঘাঁটিতে ড্রোন হামলায় একজন মার্কিন ঠিকাদার নিহত এবং পাঁচ সেনা আহত হয়েছেন। "
        "পেন্টাগনের বিবৃতিতে বলা হয়, উত্তর-পূর্ব সিরিয়ার একটি জোট ঘাঁটিতে ড্রোন হামলায় একজন মার্কিন ঠিকাদার নিহত এবং পাঁচ সেনা আহত হয়েছেন।"
    )
    claims = [c for c in claims_of(text, "2023-03-24") if c.killed]
    assert [(c.base_id, c.killed) for c in claims] == [(None, 1)]


def test_a_chinese_some_is_no_count_of_one() -> None:
    """ "导致一些轻微受伤" (caused some light injuries): 一 in 一些 (some) is no count; the wounded are not one."""
    (c,) = claims_of("美国官员周四表示,周三针对Al-Tanf基地美军的无人机袭击导致一些轻微受伤。", "2023-10-19")
    assert (c.base_id, c.wounded) == ("al-tanf", None)


def test_an_indonesian_toll_at_two_bases_belongs_to_neither() -> None:
    """ "21 personel AS luka ringan ... di Pangkalan Udara al-Asad, Irak, dan Garnisun al-Tanf, Suriah": one total for two bases, neither's."""
    text = "Pada 18 Oktober, 21 personel AS mengalami luka ringan akibat serangan drone di Pangkalan Udara al-Asad, Irak, dan Garnisun al-Tanf, Suriah."
    claims = claims_of(text, "2023-11-01")
    assert sorted((c.base_id, c.wounded) for c in claims) == [("ain-al-asad", None), ("al-tanf", None)]


def test_an_indonesian_attack_earlier_this_week_is_recalled() -> None:
    """ "Sebelumnya minggu ini, lima warga Amerika terluka ketika dua roket menghantam Pangkalan Udara Al-Asad": earlier this week, background."""
    text = (
        "Pangkalan AS di Rumalyn diserang drone pada Jumat. "
        "Sebelumnya minggu ini, lima warga Amerika terluka ketika dua roket menghantam Pangkalan Udara Al-Asad."
    )
    claims = {c.base_id: c for c in claims_of(text, "2024-08-10")}
    assert (claims["rumalyn"].background, claims["ain-al-asad"].background, claims["ain-al-asad"].wounded) == (False, True, 5)


def test_a_base_after_a_clause_of_its_own_is_no_landmark() -> None:
    """ "Drones struck al-Tanf on Monday, near Conoco two rockets fell": the comma after the day starts another attack, not a location."""
    claims = claims_of("Drones struck al-Tanf on Monday, near Conoco two rockets fell inside the perimeter.", "2023-10-24")
    assert {c.base_id for c in claims} == {"al-tanf", "conoco"}


def test_the_free_syrian_army_at_al_tanf_is_a_partner() -> None:
    """ "أدى إلى جرح اثنين من عناصر الجيش السوري الحر" (wounding two of the Free Syrian Army): the US partner force at al-Tanf."""
    (c,) = claims_of("أصابت طائرة مسيرة قاعدة التنف ما أدى إلى جرح اثنين من عناصر الجيش السوري الحر.", "2023-01-21")
    assert (c.base_id, c.wounded, c.casualty_side) == ("al-tanf", 2, "partner")
