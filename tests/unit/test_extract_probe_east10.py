"""Reporting in Arabic, Indonesian, Korean, Urdu, Chinese and Japanese read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set and the eight
earlier probes (issue 9, probe set "east10"); the sentences are our own, written the way those outlets write.
"""

from __future__ import annotations

from tests.helpers import claims_of


def test_fighters_killed_in_a_us_strike_spelled_the_levantine_way_are_no_toll_of_the_attack() -> None:
    """ "بعد أيام من مقتل ثلاثة مقاتلين في غارة أميركية": Lebanese and Syrian copy spell American "أميركية"; those dead are the strike's."""
    text = "سقطت صواريخ على قاعدة عين الأسد يوم الثلاثاء، بعد أيام من مقتل ثلاثة مقاتلين موالين لإيران في غارة أميركية."
    (c,) = claims_of(text, "2024-08-07")
    assert (c.base_id, c.killed) == ("ain-al-asad", None)


def test_an_indonesian_toll_of_several_attacks_on_a_base_is_no_toll_of_one_attack() -> None:
    """ "menjadi sasaran beberapa serangan minggu ini, yang menewaskan ...": deaths pooled over several attacks, no one attack's toll."""
    text = "Pangkalan Ain al-Asad juga menjadi sasaran beberapa serangan minggu ini, yang menewaskan seorang kontraktor dan melukai empat tentara."
    assert [c.killed for c in claims_of(text) if c.killed] == []


def test_the_urdu_loanword_for_base_is_no_count_of_twenty() -> None:
    """ "ایک راکٹ بیس کے اندر گرا" (a rocket fell inside the base): Urdu "بیس" is both twenty and the English "base"."""
    text = "الاسد ایئربیس پر دو راکٹ فائر کیے گئے، ایک راکٹ بیس کے اندر گرا جبکہ حملے میں کئی امریکی اہلکار زخمی ہوئے۔"
    (c,) = claims_of(text)
    assert (c.base_id, c.wounded) == ("ain-al-asad", None)


def test_arabic_kurdish_fighters_in_the_broken_plural_are_partners() -> None:
    """ "مقتل ستة مقاتلين أكراد" (six Kurdish fighters killed): "أكراد", the plural of Kurd, names the partner side, not the base's US hosts."""
    text = "أدى هجوم بطائرة مسيرة على قاعدة العمر التي تضم قوات أمريكية إلى مقتل خمسة مقاتلين أكراد."
    (c,) = claims_of(text)
    assert (c.base_id, c.killed, c.casualty_side) == ("al-omar", 5, "partner")


def test_arabic_soldiers_who_were_wounded_in_the_plural_verb_are_the_wounded() -> None:
    """ "إن 6 جنود أميركيين جرحوا جراء قصف" (six US soldiers were wounded by a strike): the plural past verb "جرحوا" is a wound word."""
    text = "وقالت القيادة الأميركية إن 6 جنود أميركيين جرحوا جراء قصف بصاروخ باليستي استهدف قاعدة عين الأسد."
    (c,) = claims_of(text, "2023-11-22")
    assert (c.base_id, c.wounded, c.casualty_side) == ("ain-al-asad", 6, "US")


def test_an_arabic_list_of_the_bases_a_militia_keeps_targeting_is_no_attack() -> None:
    """ "وتواصل المقاومة استهداف القواعد الأمريكية، ومنها: عين الأسد، والتنف": a habit and its usual targets, not attacks."""
    text = "وتواصل «المقاومة الإسلامية في العراق» استهداف القواعد الأمريكية في سوريا والعراق، ومنها: عين الأسد، والتنف، وحقل العمر النفطي."
    assert claims_of(text) == []


def test_an_attack_on_forces_placed_by_a_border_phrase_is_the_base_there_and_keeps_the_next_toll() -> None:
    """ "serangan terhadap pasukan AS di perbatasan Yordania-Suriah" then "Tiga tentara AS tewas": no base noun, one site all the same."""
    text = (
        "Sebuah kelompok milisi Irak mengaku melancarkan serangan terhadap pasukan AS di perbatasan Yordania-Suriah. "
        "Tiga tentara AS tewas dan puluhan lainnya luka dalam serangan drone tersebut."
    )
    (c,) = claims_of(text)
    assert (c.base_id, c.killed, c.casualty_side) == ("tower-22", 3, "US")


def test_an_indonesian_militia_statement_on_rukban_stays_its_own_attack_beside_tower_22() -> None:
    """ "Perlawanan Islam ... menyatakan telah melancarkan serangan terhadap pangkalan Rukban": a claim, not Tower 22 told again."""
    text = (
        "Tiga tentara AS tewas dalam serangan drone di Tower 22 pada 28 Januari 2024. "
        "Kelompok Perlawanan Islam di Irak menyatakan telah melancarkan serangan terhadap pangkalan Rukban di Suriah."
    )
    assert sorted(c.base_id for c in claims_of(text)) == ["al-rukban", "tower-22"]


def test_the_dead_keep_their_side_when_a_later_sentence_says_the_americans_were_unhurt() -> None:
    """ "مقتل خمسة مقاتلين أكراد" then "ولم يبلغ عن إصابات في صفوف القوات الأمريكية": one attack, its dead are the partners."""
    text = (
        "أدى هجوم بطائرة مسيرة على قاعدة تضم قوات أمريكية في شرق سوريا إلى مقتل خمسة مقاتلين أكراد.\n"
        "وقالت قوات سوريا الديمقراطية إن الهجوم أصاب ساحة تدريب في قاعدة العمر بدير الزور. ولم يتم الإبلاغ عن وقوع إصابات في صفوف القوات الأمريكية."
    )
    (c,) = claims_of(text)
    assert (c.base_id, c.killed, c.casualty_side) == ("al-omar", 5, "partner")


def test_arabic_denials_of_human_losses_are_a_toll_of_none() -> None:
    """ "لم يسفر حتى اللحظة عن إصابات بشرية", "نافية تسجيل أي إصابات بشرية": nobody hurt (0 killed, 0 wounded)."""
    for denial in ("ولم يسفر حتى اللحظة عن إصابات بشرية", "نافية تسجيل أي إصابات بشرية"):
        text = f"تعرضت قاعدة فيكتوريا قرب مطار بغداد لقصف صاروخي فجر الثلاثاء، {denial}."
        (c,) = claims_of(text, "2024-10-01")
        assert (c.base_id, c.killed, c.wounded) == ("victory-baghdad", 0, 0), denial


def test_the_kurmanji_oil_field_of_al_omar_is_the_base() -> None:
    """ "li meydana neftê ya El-Umerê" (at the oil field of al-Omar): the whole phrase names the base, never "El-Umer" alone."""
    text = "Îşev baregeha leşkerî ya Amerîkayê li meydana neftê ya El-Umerê ket ber êrîşa bi roketan."
    assert [c.base_id for c in claims_of(text)] == ["al-omar"]

