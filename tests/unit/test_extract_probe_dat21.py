"""Probe dat21 (pages whose attack day is hard to read): a day told after the recall cue of a follow-up sentence,
a base "last attacked" in an earlier month, and transliterations of four bases' names."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Militias flew a drone at the coalition base by Erbil airport. The attack came after American jets bombed two militia depots last night.", "en"),
        (
            "گروه‌های مسلح با پهپاد به پایگاه ائتلاف در نزدیکی فرودگاه اربیل حمله کردند. "
            "این حمله پس از آن انجام شد که شب گذشته جنگنده‌های آمریکایی دو انبار را بمباران کردند.",
            "fa",
        ),
        (
            "گروه‌های مسلح با پهپاد به پایگاه ائتلاف در نزدیکی فرودگاه اربیل حمله کردند. "
            "این حمله پس از آنکه شب گذشته جنگنده‌های آمریکایی دو انبار را بمباران کردند رخ داد.",
            "fa",
        ),
    ],
)
def test_a_day_told_after_the_recall_cue_of_a_follow_up_sentence_dates_the_recalled_event(text: str, language: str) -> None:
    """ "The attack came after US jets bombed depots last night": "last night" is the bombing's, not the attack's day."""
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2024-02-07", language=language)] == [("erbil", "2024-02-07")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("استهدفت طائرة مسيرة قاعدة حرير في أربيل. وجاء الهجوم بعد أن قصفت طائرات أمريكية مخازن للفصائل مساء أمس.", "ar"),
        ("Eine Drohne griff den Stützpunkt Harir bei Erbil an. Der Angriff erfolgte, nachdem US-Jets gestern Abend zwei Lager bombardiert hatten.", "de"),
        ("Беспилотник атаковал базу Харир под Эрбилем. Атака произошла после того, как американские самолеты накануне вечером разбомбили два склада.", "ru"),
    ],
)
def test_the_attack_came_after_clauses_of_arabic_german_and_russian_are_recall_cues(text: str, language: str) -> None:
    """ "وجاء الهجوم بعد أن", "erfolgte, nachdem", "произошла после того, как": what follows is the earlier event, its day too."""
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2024-02-07", language=language)] == [("harir", "2024-02-07")]


def test_a_day_told_before_the_recall_cue_of_a_follow_up_sentence_still_dates_the_attack() -> None:
    """ "The attack took place last night, after US jets bombed depots": the day before the cue stays the attack's."""
    text = "Militias flew a drone at the coalition base by Erbil airport. The attack took place last night, in response to American strikes on two depots."
    assert [str(c.attack_date) for c in claims_of(text, "2024-02-07", language="en")] == ["2024-02-06"]


def test_a_base_last_attacked_in_an_earlier_month_keeps_that_toll_off_the_new_attack() -> None:
    """ "X was last attacked in May, when one soldier was hurt": the earlier attack's wounded are not the new one's."""
    text = (
        "Three rockets fell on Mission Support Site Conoco on Tuesday without hurting anyone. "
        "Mission Support Site Conoco was last attacked in May, when a rocket slightly wounded one soldier."
    )
    news = [c for c in claims_of(text, "2024-01-10", language="en") if not c.background]
    assert [(c.base_id, c.killed, c.wounded) for c in news] == [("conoco", 0, 0)]


@pytest.mark.parametrize(
    ("text", "language", "base"),
    [
        ("A drone struck the Tel Bider base in Hasakah on Friday.", "en", "tal-baydar"),
        ("Five rockets were fired at the Harrab al-Jir airfield on Tuesday.", "en", "rumalyn"),
        ("استهدفت طائرة مسيرة قاعدة باشور في أربيل يوم الجمعة.", "ar", "harir"),
        ("Two rockets hit a base near Baghdad's international airport on Sunday.", "en", "victory-baghdad"),
        ("Um foguete caiu no Aeroporto Internacional de Bagdá no domingo.", "pt", "victory-baghdad"),
    ],
)
def test_transliterated_names_of_four_bases_link_to_them(text: str, language: str, base: str) -> None:
    """Spellings met on dat21 pages ("Tel Bider", "Harrab al-Jir", Harir's old name Bashur, Baghdad's airport) link."""
    assert [c.base_id for c in claims_of(text, "2023-11-20", language=language)] == [base]


def test_a_date_beside_a_weather_reading_in_the_opening_lines_is_the_site_clock() -> None:
    """ "21.4 C / Phoenix / Monday, September 9, 2024" over an undated follow-up: the widget's day dates nothing."""
    text = "21.4 C\nPhoenix\nMonday, September 9, 2024\n\nThe soldiers killed in the drone strike on Tower 22 were named on Tuesday by the Pentagon."
    assert [(c.base_id, c.attack_date) for c in claims_of(text, None, language="en")] == [("tower-22", None)]


def test_a_date_in_the_opening_lines_without_a_weather_reading_still_dates_the_story() -> None:
    """A dateline "Monday, September 9, 2024" with no weather beside it stays the day "Tuesday" counts back from."""
    text = "Phoenix\nMonday, September 9, 2024\n\nTwo rockets hit Ain al-Asad on Sunday, officials said."
    assert [str(c.attack_date) for c in claims_of(text, None, language="en")] == ["2024-09-08"]


@pytest.mark.parametrize(
    "text",
    [
        "شمار زخمی‌های حمله پهپادی به پایگاه التنف به ۱۲ نفر رسید.",
        "شمار زخمیان حمله پهپادی به پایگاه التنف به ۱۲ نفر رسید.",
        "شمار مجروحان حمله پهپادی به پایگاه التنف به ۱۲ نفر رسید.",
    ],
)
def test_persian_plurals_of_the_wounded_count_a_revised_toll(text: str) -> None:
    """ "شمار زخمی‌ها/زخمیان/مجروحان ... به ۱۲ نفر رسید" (the number of the wounded reached 12): the plural noun counts."""
    assert [(c.base_id, c.wounded) for c in claims_of(text, "2024-01-30", language="fa")] == [("al-tanf", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "Şeddadi üssüne iki roket atıldı; saldırıda kimse yaralanmadı.",
        "Yetkililer Şeddadi üssüne roket atıldığını, kimsenin yaralanmadığını açıkladı.",
    ],
)
def test_turkish_nobody_was_hurt_is_a_toll_of_none(text: str) -> None:
    """ "kimse yaralanmadı" / "kimsenin yaralanmadığını" (nobody was hurt): no dead and no wounded."""
    assert [(c.base_id, c.killed, c.wounded) for c in claims_of(text, "2024-01-10", language="tr")] == [("al-shaddadi", 0, 0)]
