"""A toll told after sentences that tell more of the attack: after one that says how it went, and after a reference
that names the attack's own group across the other attacks told between."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


def _tolls(text: str, language: str = "en") -> list[tuple[str | None, int | None, int | None]]:
    return [(c.base_id, c.killed, c.wounded) for c in claims_of(text, "2023-11-15", language=language) if not c.background]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The Islamic Resistance in Iraq said it struck al-Tanf with drones on Sunday. The attack came at dawn. Two American soldiers were wounded.",
            ("al-tanf", None, 2),
        ),
        (
            "fr",
            "La Résistance islamique en Irak a visé dimanche la base d'al-Tanf avec des drones. L'attaque a eu lieu à l'aube. "
            "Deux soldats américains ont été blessés.",
            ("al-tanf", None, 2),
        ),
        (
            "es",
            "La Resistencia Islámica en Irak atacó el domingo la base de al-Tanf con drones. El ataque se produjo al amanecer. "
            "Dos soldados estadounidenses resultaron heridos.",
            ("al-tanf", None, 2),
        ),
    ],
)
def test_a_toll_right_after_a_sentence_telling_how_the_attack_went_is_the_attacks(
    language: str, text: str, expected: tuple[str, int | None, int | None]
) -> None:
    """Claim, "The attack came at dawn.", then a toll sentence naming no place: the toll continues the claim."""
    assert _tolls(text, language) == [expected]


def test_a_toll_after_a_sentence_that_named_another_base_stays_off_the_claim() -> None:
    """Control: the sentence between names a different base and its own dead, so the next toll is not the claim's."""
    text = (
        "The Islamic Resistance in Iraq said it struck al-Tanf with drones on Sunday. A monitor said six fighters were killed in an attack on "
        "the al-Omar oil field last month. Two of the dead were commanders."
    )
    assert ("al-tanf", None, None) in _tolls(text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Islamic Resistance in Iraq said it attacked al-Tanf with drones on Sunday. The US struck militia sites in Iraq on Friday. "
            "Those strikes avenged the deaths of three soldiers in Jordan. A monitor said the attack by the Islamic Resistance came overnight. "
            "Seven Kurdish fighters at the base were killed.",
        ),
        (
            "pt",
            "A Resistência Islâmica no Iraque disse que atacou, no domingo, a base de al-Tanf com drones. Os EUA bombardearam milícias no Iraque na "
            "sexta-feira. Os bombardeios vingaram a morte de três soldados na Jordânia. Um monitor disse que o ataque da Resistência Islâmica "
            "ocorreu de madrugada. Sete combatentes curdos que estavam na base foram mortos.",
        ),
    ],
)
def test_a_reference_naming_the_claims_own_group_reaches_past_other_attacks_to_its_toll(language: str, text: str) -> None:
    """ "the attack by the Islamic Resistance", after a US strike and the attack it avenged, is the group's claim: its toll follows."""
    assert _tolls(text, language) == [("al-tanf", 7, None)]


def test_a_bare_reference_after_a_state_strike_still_points_at_the_strike() -> None:
    """Control: "the attack" with no group named, right after a US strike, does not carry the next toll to the claim."""
    text = (
        "The Islamic Resistance in Iraq said it attacked al-Tanf with drones on Sunday. The US struck militia sites in Iraq on Friday. "
        "A monitor said the attack came overnight. Seven fighters were killed."
    )
    assert _tolls(text) == [("al-tanf", None, None)]


def test_a_toll_telling_an_attack_of_its_own_after_a_told_sentence_stays_off_the_claim() -> None:
    """ "In a drone attack by Iran-backed groups, three soldiers were killed" after the claim's retelling may be another attack."""
    text = (
        "The Islamic Resistance in Iraq said it struck al-Tanf with drones on Sunday. The group claimed the attack in a statement. "
        "In a drone attack by Iran-backed groups, three soldiers were killed."
    )
    assert _tolls(text) == [("al-tanf", None, None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Ein Drohnenangriff im Norden Israels sorgt für Unruhe. Laut der Armee kamen zwei Soldaten bei diesem Angriff ums Leben. "
            "Milizen aus dem Irak sollen verantwortlich sein. Ein Bericht bestätigt, dass eine Drohne eine Armeebasis auf den Golanhöhen traf.",
        ),
        (
            "en",
            "A drone attack in northern Israel raised tensions on Thursday. Two soldiers died in this attack, the army said. "
            "Militias in Iraq were blamed. A report said one drone hit an army base in the Golan Heights.",
        ),
    ],
)
def test_a_toll_of_this_attack_after_a_lead_placed_by_its_country_is_the_first_claim_there(language: str, text: str) -> None:
    """Lead "a drone attack in northern Israel", then "two soldiers died in this attack", the base named later: its toll."""
    assert [(b, k) for b, k, _ in _tolls(text, language)] == [("northern-golan-idf-base", 2)]


_STATEMENT = {
    "en": "The president spoke about it at a campaign event. He called it the first deadly strike on US troops since the war began. "
    "He blamed groups backed by Iran for it. We know it was carried out by radical militant groups, he said. He promised to punish "
    "everyone responsible. Make no mistake, we will hold them accountable, he added. His remarks were broadcast live. Aides said more details would follow.",
    "id": "Presiden berbicara tentang serangan itu dalam acara kampanye. Ia menyebut serangan itu yang pertama sejak perang meletus. Ia menuduh "
    "kelompok yang didukung Iran. Kami tahu serangan itu dilakukan oleh kelompok militan radikal, katanya. Ia berjanji menghukum semua pelaku. "
    "Jangan ragu, kami akan meminta pertanggungjawaban, tegasnya. Pidatonya disiarkan langsung.",
}


@pytest.mark.parametrize(
    ("language", "lead", "claim"),
    [
        (
            "en",
            "A drone attack by militants in Jordan killed three US soldiers serving near the Syrian border.",
            "Two officials said a drone struck a US outpost in Jordan on Sunday morning.",
        ),
        (
            "id",
            "Serangan drone oleh militan di Yordania menewaskan tiga tentara AS yang bertugas di dekat perbatasan Suriah.",
            "Dua pejabat AS mengatakan drone menyerang pangkalan militer AS di Yordania pada Minggu pagi.",
        ),
    ],
)
def test_a_toll_told_with_its_country_reaches_the_first_claim_there_past_a_long_statement(language: str, lead: str, claim: str) -> None:
    """A toll placed in Jordan, a long statement about the attack, then the outpost in Jordan hit on Sunday: that claim
    carries the three deaths (the toll's country is the claim's)."""
    claims = claims_of(f"{lead} {_STATEMENT[language]} {claim}", "2024-01-29", language=language)
    assert [(c.base_id, c.killed) for c in claims if not c.background] == [("tower-22", 3)]
