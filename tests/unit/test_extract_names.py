"""Base names with the case endings a language fuses onto them (pack field `name_suffixes`)."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_turkish_name_with_a_fused_ending_is_the_base() -> None:
    """ "Harirdeki" (at Harir, no apostrophe) links to Harir, and the place text is the bare name."""
    claims = claims_of("Harirdeki ABD üssüne dün roket saldırısı düzenlendi.", "2024-02-01", language="tr")
    assert [(c.base_id, c.place_text) for c in claims] == [("harir", "Harir")]


def test_a_russian_name_in_another_case_is_the_base() -> None:
    """The instrumental "Шаддади" stays as is; "над Танфом" (over al-Tanf) is al-Tanf without being listed as an alias."""
    claims = claims_of("Вчера над Танфом были сбиты два беспилотника, атаковавших базу.", "2024-02-01", language="ru")
    assert [c.base_id for c in claims] == ["al-tanf"]


def test_endings_apply_only_in_their_language() -> None:
    """In an English article "Harirde" is no name: Turkish endings are read only in Turkish articles."""
    claims = claims_of("Rockets hit Harirde on Monday.", "2024-02-01", language="en")
    assert [c.base_id for c in claims] == []


def test_a_kurmanji_name_in_the_oblique_case_is_the_base() -> None:
    """Kurmanji fuses the oblique/ezafe "-ê" onto a name ("Eyn Esedê", "Tenfê"): each is the base, place text bare."""
    ain = claims_of("Duh êrîşa dronan li ser baregeha Eyn Esedê hat kirin.", "2024-02-01", language="ku")
    tanf = claims_of("Îro du dron li bingeha Tenfê ketin, du leşker birîndar bûn.", "2024-02-01", language="ku")
    assert [(c.base_id, c.place_text) for c in ain] == [("ain-al-asad", "Eyn Esed")]
    assert [(c.base_id, c.place_text, c.wounded) for c in tanf] == [("al-tanf", "Tenf", 2)]


def test_a_name_running_on_past_its_ending_is_no_name() -> None:
    """ "Harirdekiler" runs on past "-deki" with letters no Turkish ending lists: no base; "Harir'den" and "Harirden" are Harir."""
    assert [c.base_id for c in claims_of("Harirdekiler dün roket saldırısı düzenlendiğini söyledi.", "2024-02-01", language="tr")] == []
    for text in ("Harirden dün bir roket saldırısı haberi geldi, üs hedef alındı.", "Harir'den dün bir roket saldırısı haberi geldi, üs hedef alındı."):
        assert [c.base_id for c in claims_of(text, "2024-02-01", language="tr")] == ["harir"], text


def test_a_korean_ending_glued_to_a_number_is_cut_from_the_name() -> None:
    """ "타워 22에서" (at Tower 22): the ending after the number takes the name's script; the place text is the bare name."""
    claims = claims_of("요르단의 타워 22에서 드론 공격으로 미군 3명이 숨졌다.", "2024-01-29", language="ko")
    assert [(c.base_id, c.place_text) for c in claims] == [("tower-22", "타워 22")]
