"""A state's counter-strike told after the attack it answers: its toll is the strike's, never the base's.

"After the Tower 22 attack, the US struck militia sites. 45 people died in the strikes.": the 45 died where the
US struck, not at Tower 22. The per-language sentences are in the corpus (rule `counter_strike_toll`); these
tests pin the edges of the rule. The sentences are our own.
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Following the drone strike on Tower 22, American warplanes pounded militia sites in Iraq and Syria overnight. At least 45 people were killed."),
        ("ar", "بعد الهجوم على البرج 22، قصفت الطائرات الأمريكية مواقع الفصائل في العراق وسوريا. وقتل 45 شخصا في الغارات."),
        ("ru", "После атаки на Tower 22 американские самолёты нанесли удары по позициям боевиков в Ираке и Сирии. В результате ударов погибли 45 человек."),
        ("zh", "22号塔楼遇袭后，美军战机轰炸了伊拉克和叙利亚的民兵据点。空袭造成45人死亡。"),
    ],
)
def test_a_toll_told_after_a_states_counter_strike_is_not_the_bases(language: str, text: str) -> None:
    """'..., American warplanes pounded militia sites. At least 45 people were killed.': the strike's dead, not Tower 22's."""
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-02-03", language=language)] == [("tower-22", None)]


def test_the_toll_of_the_answered_attack_itself_stays_the_bases() -> None:
    """ "After the Tower 22 attack, which killed three US soldiers, the US struck ...": the three are Tower 22's."""
    text = "After the Tower 22 attack, which killed three US soldiers, the US struck 85 targets in Iraq and Syria. The strikes killed 45 people."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-02-03")] == [("tower-22", 3)]


def test_a_toll_after_a_strike_joined_to_the_attacks_own_clause_stays_the_bases() -> None:
    """ "A drone hit Tower 22, and American warplanes struck back": the attack is still the story, its toll the base's."""
    text = "A drone hit Tower 22 on Sunday, and American warplanes struck militia sites in Syria hours later. Three soldiers were killed."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-29")] == [("tower-22", 3)]


def test_an_attack_told_after_a_recalled_us_strike_keeps_its_own_toll() -> None:
    """ "Rockets struck Ain al-Asad, hours after US airstrikes. Two soldiers were wounded.": the strike is recalled, the wounded are the base's."""
    text = "Rockets struck Ain al-Asad on Friday, hours after US airstrikes in Syria. Two soldiers were wounded."
    assert [(c.base_id, c.killed, c.wounded, c.background) for c in claims_of(text, "2024-02-03")] == [("ain-al-asad", None, 2, False)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hours after US strikes killed 5 militants, rockets hit Ain al-Asad, wounding two."),
        ("tr", "ABD saldırılarında 5 militanın ölmesinden saatler sonra Ayn el-Esad üssüne roketler isabet etti, iki asker yaralandı."),
        ("ar", "بعد ساعات من غارات أمريكية قتلت خمسة مسلحين، استهدفت صواريخ قاعدة عين الأسد وأصيب جنديان أمريكيان."),
    ],
)
def test_a_new_attack_after_a_recalled_strike_keeps_its_wounded_without_the_strikes_dead(language: str, text: str) -> None:
    """ "Hours after US strikes killed 5 militants, rockets hit Ain al-Asad, wounding two": a new attack, two wounded, the 5 no toll of it."""
    claims = claims_of(text, "2024-02-03", language=language)
    assert [(c.base_id, c.killed, c.wounded, c.background) for c in claims] == [("ain-al-asad", None, 2, False)]


def test_after_an_attack_on_a_named_base_a_strike_is_the_answer_not_the_recalled_event() -> None:
    """ "После атаки на Tower 22 американские самолеты ...": the strike after the base's name answers that attack, which stays recalled."""
    text = "После атаки на Tower 22 американские самолёты нанесли удары по позициям боевиков в Ираке и Сирии."
    assert [(c.base_id, c.background) for c in claims_of(text, "2024-02-03", language="ru")] == [("tower-22", True)]


def test_militias_bombarding_a_base_in_persian_keep_their_toll() -> None:
    """ "شبه‌نظامیان پایگاه عین الاسد را بمباران کردند و دو سرباز آمریکایی زخمی شدند": the verb alone names no state's strike."""
    text = "شبه‌نظامیان پایگاه عین الاسد را بمباران کردند و دو سرباز آمریکایی زخمی شدند."
    assert [(c.base_id, c.wounded) for c in claims_of(text, "2024-02-03", language="fa")] == [("ain-al-asad", 2)]


def test_american_warplanes_after_an_attack_in_persian_answer_it() -> None:
    """ "پس از حمله به برج ۲۲، جنگنده‌های آمریکایی ... در این حملات ۴۵ نفر کشته شدند": the 45 are the jets' dead."""
    text = "پس از حمله به برج ۲۲، جنگنده‌های آمریکایی مواضعی در عراق و سوریه را هدف گرفتند. در این حملات ۴۵ نفر کشته شدند."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-02-03", language="fa")] == [("tower-22", None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des roquettes ont visé la base d'Aïn al-Assad, qui abrite des avions américains, blessant deux soldats américains."),
        ("it", "Alcuni razzi hanno colpito la base di Ain al-Asad, che ospita aerei americani, ferendo due soldati americani."),
        ("de", "Raketen trafen den Stützpunkt Ain al-Asad, auf dem amerikanische Kampfflugzeuge stehen, und verletzten zwei US-Soldaten."),
        ("ru", "Ракеты попали в базу Айн-эль-Асад, где находятся американские самолеты, ранены двое американских военных."),
        ("zh", "火箭弹袭击了驻有美军战机的艾因阿萨德空军基地，造成两名美军士兵受伤。"),
        ("pt", "Foguetes atingiram a base de Ain al-Asad, que abriga aviões americanos, ferindo dois soldados americanos."),
    ],
)
def test_american_planes_a_base_hosts_are_no_strike_and_leave_the_attacks_toll(language: str, text: str) -> None:
    """ "..., which hosts American planes, wounding two": planes named without a verb of striking are no state's strike."""
    assert [(c.base_id, c.wounded) for c in claims_of(text, "2024-02-03", language=language)] == [("ain-al-asad", 2)]


@pytest.mark.parametrize("fighters", ["pro-Iranian fighters", "Iran-backed fighters", "Iranian-backed fighters", "militants"])
def test_the_militias_own_dead_in_a_strike_on_them_are_no_toll_of_an_attack(fighters: str) -> None:
    """ "A monitor said at least 18 pro-Iranian fighters were killed in the strikes in Syria": the attackers' side died, no fatality of an attack."""
    text = f"A war monitor said at least 18 {fighters} were killed in the strikes in eastern Syria on Friday."
    assert all(c.killed is None for c in claims_of(text, "2024-02-03"))
