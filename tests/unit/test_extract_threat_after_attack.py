"""A threat or vow governs what follows it; an attack told before it in the sentence, or blamed on a group, stands."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        ("en", "A drone hit Tower 22 on Sunday, killing three US soldiers; the president vowed to strike back.", "2024-01-29", ("tower-22", "2024-01-28", 3)),
        ("en", "Rockets landed inside Ain al-Asad on Thursday, and the group warned of more attacks.", "2024-02-03", ("ain-al-asad", "2024-02-01", None)),
        ("fr", "Des drones ont frappé la base d'al-Tanf jeudi, et le groupe a menacé de nouvelles attaques.", "2024-02-03", ("al-tanf", "2024-02-01", None)),
    ],
)
def test_an_attack_told_before_a_threat_in_its_sentence_is_claimed(language: str, text: str, published: str, expected: tuple[str, str, int | None]) -> None:
    """ "Rockets hit Ain al-Asad, and the group warned of more attacks": the vow that follows does not undo the attack (nor its dead)."""
    claims = claims_of(text, published, language=language)
    assert [(c.base_id, str(c.attack_date), c.killed) for c in claims] == [expected]


def test_the_place_named_after_the_threat_is_only_threatened() -> None:
    """ "Rockets hit Ain al-Asad, and the group threatened to attack Harir next": Ain al-Asad was hit, Harir only threatened."""
    text = "Rockets hit Ain al-Asad on Thursday, and the group threatened to attack Harir next."
    assert [c.base_id for c in claims_of(text, "2024-02-03", language="en")] == ["ain-al-asad"]


def test_a_threat_alone_is_still_no_claim() -> None:
    """The control: a sentence whose only attack is the threatened one tells none."""
    assert claims_of("Kataib Hezbollah threatened on Monday to attack Harir air base.", "2024-02-03", language="en") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Pentagon accused the militia of attacking Tower 22 on Sunday, killing three soldiers."),
        ("fr", "Le Pentagone a accusé la milice d'avoir attaqué la Tour 22 dimanche, tuant trois soldats."),
    ],
)
def test_an_attack_blamed_on_a_group_is_an_attack_that_happened(language: str, text: str) -> None:
    """ "accused the militia of attacking Tower 22": an accusation blames an attack that happened; it is no threat."""
    claims = claims_of(text, "2024-01-29", language=language)
    assert [(c.base_id, str(c.attack_date), c.killed) for c in claims] == [("tower-22", "2024-01-28", 3)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "US forces killed three militants who were preparing to launch drones at al-Tanf, a US official said Friday."),
        ("fr", "Les forces américaines ont tué trois miliciens qui s'apprêtaient à attaquer la base d'al-Tanf."),
        ("es", "Las fuerzas estadounidenses mataron a tres milicianos que se preparaban para atacar la base de Al Tanf."),
        ("ar", "قتلت القوات الأمريكية ثلاثة مسلحين كانوا يستعدون لاستهداف قاعدة التنف بطائرات مسيرة."),
    ],
)
def test_an_attack_only_prepared_is_no_claim(language: str, text: str) -> None:
    """ "killed three militants who were preparing to launch drones at al-Tanf": an attack stopped before it was made tells none."""
    assert claims_of(text, "2024-02-03", language=language) == []
