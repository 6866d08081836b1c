"""Reporting in Japanese, Indonesian, Arabic, Korean, Hindi, Urdu and Vietnamese read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set and the six
earlier probes (issue 9, probe set "east9"); the sentences are our own, written the way those outlets write.
"""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_facility_inside_a_described_base_is_one_place_that_keeps_the_toll() -> None:
    """ "米軍駐留基地内の訓練施設" (the training facility inside the US base): one site, and the deaths in the sentence are its toll."""
    text = "東部デリゾール県にある米軍駐留基地内の訓練施設が無人機攻撃を受け、戦闘員5人が死亡した。"
    (c,) = claims_of(text, "2024-02-06")
    assert (c.country, c.killed) == ("Syria", 5)


def test_a_japanese_count_is_no_count_of_attackers_named_in_the_next_sentence() -> None:
    """ "兵士2人が死亡した。武装勢力が犯行声明を出した。": the militants of the next sentence are not what the 2 counts."""
    text = "アサド空軍基地に無人機攻撃があり、兵士2人が死亡した。親イラン武装勢力が犯行声明を出した。"
    (c,) = claims_of(text, "2024-01-21")
    assert (c.base_id, c.killed) == ("ain-al-asad", 2)


def test_the_sdf_acronym_in_japanese_copy_makes_the_dead_partners() -> None:
    """ "SDFの訓練施設 ... 戦闘員6人が死亡": fighters of the SDF (written in Latin letters) are the partner side."""
    text = "デリゾール県の米軍駐留基地内にあるSDFの訓練施設が無人機攻撃を受け、戦闘員6人が死亡した。"
    (c,) = claims_of(text, "2024-02-06")
    assert (c.killed, c.casualty_side) == (6, "partner")


def test_an_indonesian_death_from_a_heart_incident_is_no_toll_of_the_attack() -> None:
    """ "meninggal karena serangan jantung" (died of a heart attack) while sheltering: not killed by the attack."""
    text = "Roket menghantam pangkalan Ain al-Asad pada hari Selasa, dan seorang kontraktor AS meninggal karena serangan jantung saat berlindung."
    (c,) = claims_of(text, "2023-10-25")
    assert (c.base_id, c.killed) == ("ain-al-asad", 0)


def test_an_indonesian_total_over_recent_days_is_no_attack() -> None:
    """ "Dalam beberapa hari terakhir ... telah melukai total 19 tentara AS": a tally of several attacks, no attack of its own."""
    text = "Dalam beberapa hari terakhir, serangan drone dan roket terhadap pangkalan militer di Irak dan Suriah telah melukai total 19 tentara AS."
    assert [(c.wounded, c.killed) for c in claims_of(text, "2023-10-27")] == []


def test_a_jordanian_toll_told_before_the_base_is_named_goes_to_it() -> None:
    """ "أكدت الحكومة الأردنية وقوع هجوم قتل فيه ..." then "... وقع في البرج 22": the adjective Jordanian places the lede toll in Jordan."""
    text = (
        "أكدت الحكومة الأردنية وقوع هجوم قتل فيه ثلاثة جنود أمريكيين بطائرة مسيرة. "
        "وأكدت البيانات الأمريكية أن الهجوم وقع في البرج 22 في أقصى الشمال الشرقي للمملكة."
    )
    (c,) = claims_of(text)
    assert (c.base_id, c.killed, c.casualty_side) == ("tower-22", 3, "US")


def test_arabic_soldiers_who_fell_are_dead() -> None:
    """ "سقوط جنديين وإصابة 12 آخرين" (two soldiers fell and 12 others were wounded): the fallen are the killed."""
    text = "أعلن الجيش سقوط جنديين وإصابة 12 آخرين في هجوم بطائرة مسيرة على قاعدة حرير."
    (c,) = claims_of(text, "2024-01-10")
    assert (c.base_id, c.killed, c.wounded) == ("harir", 2, 12)


def test_names_of_bases_in_eastern_copy_link_them() -> None:
    """Hindi al-Asad with "airport", Korean Rumalyn, Arabic "the al-Omar base" in quotes, Urdu al-Omar oil field, Vietnamese al-Asad air base."""
    cases = {
        "इराक में अल-असद हवाईअड्डे पर ड्रोन हमले में दो सैनिक घायल हुए।": "ain-al-asad",
        "시리아 북동부 루말린 착륙장에서 미군을 겨냥한 드론 공격이 있었다.": "rumalyn",
        "استهدفت الفصائل قاعدة «العمر» النفطية بطائرة مسيرة.": "al-omar",
        "العمر آئل فیلڈ میں امریکی اڈے پر ڈرون حملہ کیا گیا۔": "al-omar",
    }
    assert {text: [c.base_id for c in claims_of(text, "2024-08-10")] for text in cases} == {text: [b] for text, b in cases.items()}


def test_a_base_named_with_its_noun_in_vietnamese_copy_is_linked() -> None:
    """Vietnamese (no pack: a named base is the sign) "căn cứ không quân al-Asad" (al-Asad air base): the base noun makes the name no president's."""
    claims = claims_of("Hai UAV tự sát đã tấn công căn cứ không quân al-Asad ở Iraq vào sáng sớm.", "2023-10-19", language="vi")
    assert [c.base_id for c in claims] == ["ain-al-asad"]


def test_the_famous_toll_in_a_story_dated_by_another_attack_is_the_famous_attack() -> None:
    """A 5 Feb Japanese story recalls "the drone attack on the US base in Jordan ... 3 US soldiers died": Tower 22 (28 Jan), no new fatal attack."""
    text = (
        "SDFは5日、デリゾールの基地が無人機攻撃を受けたと明らかにした。"
        "IRIはヨルダンの米軍基地へのドローン攻撃も実行したとみられる。この攻撃では米兵3人が死亡、数十人が負傷。"
    )
    jordan = [c for c in claims_of(text, "2024-02-06") if c.country == "Jordan"]
    assert [(c.base_id, str(c.attack_date), c.killed) for c in jordan] == [("tower-22", "2024-01-28", 3)]


def test_korean_kurdish_forces_who_died_beside_us_troops_are_partners() -> None:
    """ "미군과 함께 활동하던 쿠르드족 세력 5명이 숨졌다" (5 of the Kurdish forces working with US troops died): the dead are partners, not US."""
    text = "인권단체는 시리아 동부 데이르에조르 지역의 미군 기지가 드론 공격을 받아 미군과 함께 활동하던 쿠르드족 세력 5명이 숨졌다고 밝혔다."
    (c,) = claims_of(text, "2024-02-06")
    assert (c.killed, c.casualty_side) == (5, "partner")


def test_a_hindi_total_over_attacks_on_bases_is_no_toll_of_the_first_base_named() -> None:
    """ "ठिकानों पर हुए हमलों में लगभग 30 सैनिक घायल" (about 30 wounded in the attacks on bases), then al-Tanf with its own "12 कर्मियों को मामूली चोटें आईं"."""
    text = (
        "इराक और सीरिया में अमेरिकी ठिकानों पर हुए हमलों में लगभग 30 अमेरिकी सैनिक घायल हो गए हैं। "
        "प्रवक्ता ने कहा कि कई ड्रोन सीरिया के अल-तनफ गैरीसन में नष्ट हो गए। 12 कर्मियों को मामूली चोटें आईं।"
    )
    claims = [c for c in claims_of(text, "2023-10-25") if c.base_id == "al-tanf"]
    assert [c.wounded for c in claims] == [12]


def test_a_base_named_after_a_distance_only_locates_the_target() -> None:
    """ "حرير التي تبعد نحو 40 كيلومترا عن مطار أربيل" (Harir, about 40 km from Erbil airport): the airport measures where Harir lies."""
    text = "أعلنت الفصائل أنها استهدفت قاعدة حرير التي تبعد نحو 40 كيلومترا عن مطار أربيل الدولي بطائرتين مسيرتين فجر الجمعة."
    assert [c.base_id for c in claims_of(text, "2023-10-21")] == ["harir"]
