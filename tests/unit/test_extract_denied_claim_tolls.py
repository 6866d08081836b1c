"""A group's claim of deaths that an official denies is no toll: never a fatality alert ("a false 45 killed")."""

from __future__ import annotations

import pytest

from basewatch.schemas import AlertRaised
from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools.pipeline import Pipeline
from tests.helpers import claims_of

DENIED = [
    ("en", "The Islamic Resistance in Iraq claimed it had killed 45 US soldiers at Ain al-Asad on Sunday; the Pentagon denied any casualties."),
    ("en", "The Islamic Resistance in Iraq claimed it had killed 45 US soldiers at Ain al-Asad on Sunday. The Pentagon denied the claim."),
    ("en", "The militia said its drones struck Ain al-Asad on Sunday and killed 45 US soldiers, which the Pentagon denied."),
    ("en", "The militia said its drones struck Ain al-Asad on Sunday and killed 45 US soldiers. The Pentagon denied the claim."),
    (
        "de",
        "Der Islamische Widerstand im Irak behauptete, am Sonntag bei einem Angriff auf Ain al-Asad 45 US-Soldaten getötet zu haben,"
        " was das Pentagon dementierte.",
    ),
    ("de", "Die Miliz erklärte, ihre Drohnen hätten am Sonntag Ain al-Asad getroffen und 45 US-Soldaten getötet. Das Pentagon wies die Behauptung zurück."),
    (
        "tr",
        "Irak İslami Direnişi, pazar günü Ayn el-Esed Üssü'ne düzenlenen saldırıda 45 ABD askerinin öldüğünü iddia etti,"
        " ancak Pentagon bu iddiayı yalanladı.",
    ),
    ("zh", "伊拉克伊斯兰抵抗组织声称，周日对阿萨德空军基地的袭击打死了45名美军士兵，但五角大楼予以否认。"),
    ("ja", "イラクのイスラム抵抗勢力は日曜日、アサド空軍基地への攻撃で米兵45人を殺害したと主張したが、国防総省は否定した。"),
    ("he", "המיליציה טענה כי הרגה 45 חיילים אמריקאים בתקיפה על בסיס עין אל-אסד ביום ראשון, אך הפנטגון הכחיש."),
    ("fa", "مقاومت اسلامی عراق مدعی شد در حمله روز یکشنبه به پایگاه عین الاسد ۴۵ نظامی آمریکایی کشته شدند، اما پنتاگون این ادعا را رد کرد."),
    (
        "fr",
        "La Résistance islamique en Irak a affirmé avoir frappé la base d'Aïn al-Assad dimanche et tué 45 soldats américains, ce que le Pentagone a démenti.",
    ),
]


@pytest.mark.parametrize(("language", "text"), DENIED)
def test_deaths_a_group_claims_and_an_official_denies_are_no_toll(language: str, text: str) -> None:
    """The claim on Ain al-Asad stays (a new target), its deaths are 0, and no official confirmed anything."""
    (c,) = claims_of(text, "2024-01-23", language=language)
    assert (c.base_id, c.killed) == ("ain-al-asad", 0)
    assert c.status != "confirmed"


@pytest.mark.parametrize(("language", "text"), DENIED)
def test_a_denied_claim_of_deaths_raises_no_fatality_alert(language: str, text: str) -> None:
    """Through the whole offline core: a new-target alert at most, never a fatality alert."""
    pipe = Pipeline()
    article = pipe.receive(RawArticle(id="a1", source="Outlet", published_at="2024-01-23", language=language, text=text))
    kinds = [m.kind for m in pipe.process(article, pipe.claims(article)) if isinstance(m, AlertRaised)]
    assert "fatality" not in kinds and kinds == ["new_target"]


def test_an_official_who_confirms_the_attack_and_denies_casualties_still_confirms_it() -> None:
    """The control: "The Pentagon confirmed a drone attack ... but denied any casualties": confirmed, 0 killed."""
    (c,) = claims_of("The Pentagon confirmed a drone attack on Ain al-Asad on Sunday but denied any casualties.", "2024-01-23", language="en")
    assert (c.killed, c.wounded, c.status) == (0, 0, "confirmed")


def test_a_claim_of_deaths_no_one_denies_keeps_its_toll() -> None:
    """The control: "Three US soldiers were killed at Tower 22, the Pentagon said, and Iran denied the claims of
    involvement": Iran's denial is of its role, not of the deaths."""
    (c,) = claims_of(
        "Three US soldiers were killed at Tower 22 on Sunday, the Pentagon said, and Iran denied the claims of involvement.", "2024-01-23", language="en"
    )
    assert (c.base_id, c.killed) == ("tower-22", 3)


def test_an_official_toll_stays_when_the_next_sentence_denies_another_report() -> None:
    """The control: "Three US soldiers were killed ... The Pentagon denied reports that a fourth soldier had died": the
    deaths the Pentagon itself gives stand; only a group's word is undone by a denial after it."""
    text = "Three US soldiers were killed in a drone attack on Tower 22 on Sunday. The Pentagon denied reports that a fourth soldier had died."
    (c,) = claims_of(text, "2024-01-23", language="en")
    assert (c.base_id, c.killed) == ("tower-22", 3)
