"""Iran's Revolutionary Guard firing its own missiles is a state's strike; the factions it backs are still the campaign."""

from __future__ import annotations

from tests.helpers import claims_of


def test_the_revolutionary_guard_shelling_sites_by_erbil_airport_makes_no_claim() -> None:
    """ "The Guard fired ballistic missiles at sites near Erbil airport, killing four civilians" (Arabic): Iran's own strike."""
    text = "قصف الحرس الثوري الإيراني بصواريخ باليستية مواقع قرب مطار أربيل، وقتل أربعة مدنيين."
    assert claims_of(text, "2024-01-16", language="ar") == []


def test_the_guard_claiming_a_missile_strike_by_erbil_airport_makes_no_claim() -> None:
    """ "The Guard claimed the missile shelling of sites by Erbil airport" (Arabic): the state claims its own strike."""
    text = "أعلن الحرس الثوري الإيراني مسؤوليته عن القصف الصاروخي الذي طال مواقع قرب مطار أربيل الدولي."
    assert claims_of(text, "2024-01-16", language="ar") == []


def test_factions_backed_by_the_guard_still_attack_the_base_they_target() -> None:
    """ "Factions backed by the Revolutionary Guard targeted Ain al-Asad with two drones" (Arabic): the factions' attack."""
    text = "استهدفت الفصائل المدعومة من الحرس الثوري الإيراني قاعدة عين الأسد بطائرتين مسيرتين فجر اليوم."
    assert [c.base_id for c in claims_of(text, "2024-01-16", language="ar")] == ["ain-al-asad"]


def test_groups_linked_to_the_guard_by_a_joined_preposition_still_attack() -> None:
    """ "Groups linked to the Guard said they targeted Ain al-Asad" (Arabic, the preposition joined to the name)."""
    text = "أعلنت الجماعات المرتبطة بالحرس الثوري الإيراني أنها استهدفت قاعدة عين الأسد بطائرتين مسيرتين."
    assert [c.base_id for c in claims_of(text, "2024-01-16", language="ar")] == ["ain-al-asad"]
