"""Arabic reporting patterns that lost a claim or a death (issue #9), found by a templated sweep of Arabic sentences.

Each test names the general pattern: a verb form of dying the pack lacked, a number of a base's name read as a
count of attacks. Sentences in our own words; published on a day far from every famous attack, so that linking
leaves the tolls as told.
"""

from __future__ import annotations

from tests.helpers import claims_of

PUBLISHED = "2023-12-12"


def _tolls(text: str) -> list[tuple[str | None, int | None, int | None]]:
    return [(c.base_id, c.killed, c.wounded) for c in claims_of(text, PUBLISHED, language="ar")]


def test_the_dual_past_of_killed_counts_two_dead() -> None:
    """ "جنديين قتلا" (two soldiers were killed, the dual verb) after a speaker is a death toll of two."""
    text = "قال الجيش الإسرائيلي إن جنديين قتلا وأصيب 24 آخرون عندما ضربت طائرة مسيرة قاعدة عسكرية في شمال الجولان يوم الأحد."
    assert _tolls(text) == [("northern-golan-idf-base", 2, 24)]


def test_the_dual_past_of_killed_in_a_toll_sentence_after_the_attack() -> None:
    """A second sentence whose only toll is the dual "قتلا" gives the attack before it its two dead."""
    text = "سقطت قذائف صاروخية داخل قاعدة التنف مساء الأحد. وقال مسؤول أمريكي إن متعاقدين اثنين قتلا."
    assert _tolls(text) == [("al-tanf", 2, None)]


def test_met_their_death_with_the_victims_between_is_a_death_toll() -> None:
    """ "لقي ثلاثة جنود حتفهم" (three soldiers met their death), the idiom split by its subject, counts three dead."""
    text = "لقي ثلاثة جنود أمريكيين حتفهم جراء هجوم بمسيرة على قاعدة عين الأسد يوم الأحد."
    assert _tolls(text) == [("ain-al-asad", 3, None)]


def test_a_base_named_with_a_number_before_an_attack_word_is_no_count_of_attacks() -> None:
    """ "تعرض البرج 22 لهجوم" (Tower 22 came under attack), no day named: one attack on Tower 22, not "22 attacks"."""
    text = "تعرض البرج 22 لهجوم بطائرة مسيرة، ما أدى إلى إصابة أربعة جنود."
    assert _tolls(text) == [("tower-22", None, 4)]


def test_a_count_of_attacks_on_a_named_base_still_gives_no_claim() -> None:
    """ "more than 20 attacks on Ain al-Asad" with no day stays a tally, not one attack."""
    assert _tolls("تعرضت قاعدة عين الأسد لأكثر من 20 هجوما منذ بداية الحرب.") == []


def test_two_rockets_in_the_dual_are_an_attack() -> None:
    """ "سقط صاروخان قرب قاعدة حرير" (two rockets fell near Harir), the weapon only in the dual: a rocket attack on Harir."""
    claims = claims_of("سقط صاروخان قرب قاعدة حرير مساء الأحد. ولم تسجل إصابات.", PUBLISHED, language="ar")
    assert [(c.base_id, c.weapon, c.killed, c.wounded) for c in claims] == [("harir", "rocket", 0, 0)]


def test_two_drones_in_the_nominative_dual_are_drones() -> None:
    """ "طائرتان مسيرتان" (two drones, the subject's dual) name the weapon of the attack."""
    claims = claims_of("أفاد مصدر محلي بأن طائرتان مسيرتان هاجمتا قاعدة التنف فجر الأحد.", PUBLISHED, language="ar")
    assert [(c.base_id, c.weapon) for c in claims] == [("al-tanf", "drone")]


def test_a_day_joined_to_its_month_by_of_is_the_attack_s_day() -> None:
    """ "في 9 من ديسمبر" (on the 9th of December): the day, not the publication day."""
    claims = claims_of("قصفت فصائل مسلحة قاعدة حرير بالصواريخ في 9 من ديسمبر.", PUBLISHED, language="ar")
    assert [(c.base_id, c.attack_date and c.attack_date.isoformat()) for c in claims] == [("harir", "2023-12-09")]


def test_a_second_base_with_and_written_onto_its_base_noun_is_a_second_target() -> None:
    """ "قاعدة حرير في أربيل وقاعدة التنف" (Harir in Erbil and the al-Tanf base): two targets, al-Tanf no landmark."""
    text = "أعلنت فصائل عراقية أنها ضربت قاعدة حرير في أربيل وقاعدة التنف بطائرات مسيرة مساء الأحد."
    assert sorted(c.base_id or "" for c in claims_of(text, PUBLISHED, language="ar")) == ["al-tanf", "harir"]


def test_a_base_near_another_stays_a_landmark() -> None:
    """ "البرج 22 قريب من قاعدة التنف" (Tower 22, near the al-Tanf base): al-Tanf only locates the target."""
    text = "ضربت طائرة مسيرة البرج 22 قريب من قاعدة التنف مساء الأحد."
    assert [c.base_id for c in claims_of(text, PUBLISHED, language="ar")] == ["tower-22"]


def test_the_injured_as_a_participle_count_as_wounded() -> None:
    """ "ثلاثة جنود مصابين" (three injured soldiers), the participle rather than a verb of wounding, is a toll of three wounded."""
    text = "ضربت طائرة مسيرة قاعدة عين الأسد مساء الأحد، وأفادت مصادر طبية بوجود ثلاثة جنود مصابين."
    assert _tolls(text) == [("ain-al-asad", None, 3)]


def test_a_compound_number_in_words_is_one_count() -> None:
    """ "أربعة وثلاثين" (four and thirty: thirty-four), the "and" glued to the tens, is one count of 34."""
    text = "ضربت صواريخ قاعدة التنف مساء الأحد، ما أدى إلى إصابة أربعة وثلاثين عسكريا."
    assert _tolls(text) == [("al-tanf", None, 34)]


def test_twelve_in_words_is_twelve() -> None:
    """ "اثني عشر" (twelve) counts twelve, not ten."""
    assert _tolls("ضربت صواريخ قاعدة التنف مساء الأحد، ما أدى إلى إصابة اثني عشر عسكريا.") == [("al-tanf", None, 12)]
