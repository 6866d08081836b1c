"""A denial of casualties told right after a sentence that lists several attacks covers each of them; a count of
victims told after a list does not, and a denial of deaths alone leaves the wounded untold."""

from __future__ import annotations

from tests.helpers import claims_of


def tolls(text: str, published: str, language: str = "en") -> list[tuple[str | None, int | None, int | None]]:
    return [(c.base_id, c.killed, c.wounded) for c in claims_of(text, published, language=language)]


def test_no_casualties_after_a_list_of_attacked_bases_is_each_bases_zero() -> None:
    """ "Drones were sent at Green Village and al-Shaddadi on Sunday. Both were shot down, causing no casualties.": 0 and 0 at each."""
    text = "One-way drones were sent at Green Village and al-Shaddadi on Sunday. Both were shot down, causing no casualties."
    assert tolls(text, "2023-11-14") == [("al-omar", 0, 0), ("al-shaddadi", 0, 0)]


def test_a_count_of_wounded_after_a_list_of_attacked_bases_stays_with_one_attack() -> None:
    """ "Drones attacked Ain al-Asad and Harir on Monday. Two soldiers were wounded.": two wounded in all, not at each."""
    text = "Drones attacked Ain al-Asad and Harir on Monday. Two soldiers were wounded."
    assert [wounded for _, _, wounded in tolls(text, "2023-11-18")].count(2) == 1


def test_no_casualties_told_two_sentences_after_a_list_stays_with_the_attack_just_told() -> None:
    """Drones downed over Erbil airport; Harir claimed, "70 km from Erbil airport"; defences near the airport downed
    them; "no injuries": the denial is the airport's (the list's last place), not Harir's."""
    text = (
        "أسقطت الدفاعات الجوية اليوم الثلاثاء طائرتين مسيرتين في هجومين منفصلين فوق مطار أربيل حيث تتمركز قوات أمريكية. "
        "وأعلنت جماعة تسمي نفسها المقاومة الإسلامية في العراق أنها استهدفت قاعدة حرير العسكرية التي تبعد نحو 70 كيلومترا "
        "إلى الشمال الشرقي من مطار أربيل. وأوضح بيان أمني أن النظام الدفاعي في قاعدة عسكرية قرب المطار أسقط الطائرات "
        "المسيرة. وقال مسؤول أمريكي إنه لم تقع إصابات."
    )
    assert tolls(text, "2023-11-07", "ar") == [("erbil", 0, 0), ("harir", None, None)]


def test_no_loss_of_life_in_indonesian_leaves_the_wounded_untold() -> None:
    """ "Tidak ada korban jiwa" (no loss of life): killed 0, wounded unknown; "tidak ada korban" (no victims): both 0."""
    deaths = "Serangan roket menghantam Pangkalan Udara Al-Asad pada Senin. Tidak ada korban jiwa yang dilaporkan."
    victims = "Serangan roket menghantam Pangkalan Udara Al-Asad pada Senin. Tidak ada korban yang dilaporkan."
    assert tolls(deaths, "2023-11-18", "id") == [("ain-al-asad", 0, None)]
    assert tolls(victims, "2023-11-18", "id") == [("ain-al-asad", 0, 0)]
