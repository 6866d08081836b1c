"""The famous attack's exact deaths told beside other claims of its days: linking takes them off the claim they were
put on, and the article still reports the famous attack, once, when it names that attack's country."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of

ZEVULUN_THEN_TOWER_22 = {
    "en": (
        "The group said its fighters sent explosive drones at the al-Shaddadi base in Syria and at the Zevulun naval site near Haifa. "
        "Washington has not confirmed any link between these attacks and the incident that killed three soldiers and wounded 25 others. "
        "US officials said the victims were hit on Jordanian soil."
    ),
    "pt": (
        "O grupo disse que seus combatentes enviaram drones com explosivos contra a base de al-Shaddadi, na Síria, e contra a instalação naval "
        "de Zevulun, perto de Haifa. Washington não confirmou relação entre esses ataques e o incidente que resultou na morte de três militares "
        "e em ferimentos em outros 25. Segundo autoridades americanas, as vítimas foram atingidas em solo jordaniano."
    ),
}


@pytest.mark.parametrize("language", sorted(ZEVULUN_THEN_TOWER_22))
def test_the_famous_deaths_put_on_a_far_claim_report_the_famous_attack_once(language: str) -> None:
    """Tower 22's three dead, told after the Zevulun claim, in a story that names Jordan: a Tower 22 claim with them, Zevulun none."""
    claims = claims_of(ZEVULUN_THEN_TOWER_22[language], "2024-01-29", language=language)
    tolls = {c.base_id: c.killed for c in claims if not c.background}
    assert tolls.get("tower-22") == 3
    assert not tolls.get("zevulun-naval-facility")
    assert sum(c.base_id == "tower-22" for c in claims) == 1


def test_a_famous_sized_toll_in_a_story_that_never_names_that_attacks_country_reports_no_famous_attack() -> None:
    """Two soldiers killed at al-Tanf on the Golan attack's day, in a story naming only Syria: no Golan claim is made up."""
    text = "Militants launched drones at the al-Tanf base in Syria on Tuesday. Two soldiers were killed and 25 wounded."
    claims = claims_of(text, "2024-10-02", language="en")
    assert all(c.base_id != "northern-golan-idf-base" for c in claims)
