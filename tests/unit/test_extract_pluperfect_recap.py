"""A clause in the past perfect after the story's news tells an attack from before the story's: recalled, with no
day carried from the news, so its toll never opens a fatal attack on the page's day."""

from __future__ import annotations

import pytest

from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools.pipeline import Pipeline
from tests.helpers import claims_of

NEWS_AND_RECAP = [
    (
        "en",
        "The Islamic Resistance in Iraq said on Saturday it attacked Harir air base with a drone.",
        "Al-Tanf had been struck by a drone, which killed one American soldier and wounded three.",
    ),
    (
        "en",
        "The Islamic Resistance in Iraq said on Saturday it attacked Harir air base with a drone.",
        "Earlier, rockets had hit al-Tanf, killing one American soldier.",
    ),
    (
        "fr",
        "La Résistance islamique en Irak a revendiqué samedi une attaque de drone contre la base de Harir.",
        "La base d'al-Tanf avait été visée par un drone, qui avait tué un soldat américain.",
    ),
    (
        "es",
        "La Resistencia Islámica en Irak reivindicó el sábado un ataque con dron contra la base de Harir.",
        "La base de al-Tanf había sido atacada por un dron, que había matado a un soldado estadounidense.",
    ),
    (
        "it",
        "La Resistenza islamica in Iraq ha rivendicato sabato un attacco con droni contro la base di Harir.",
        "La base di al-Tanf era stata colpita da un drone, che aveva ucciso un soldato americano.",
    ),
    (
        "pt",
        "A Resistência Islâmica no Iraque reivindicou no sábado um ataque com drone contra a base de Harir.",
        "A base de al-Tanf tinha sido atingida por um drone, que matou um soldado americano.",
    ),
    (
        "ar",
        "أعلنت المقاومة الإسلامية في العراق، اليوم السبت، استهداف قاعدة حرير في أربيل بطائرة مسيرة.",
        "وكانت قاعدة التنف قد تعرضت لهجوم بطائرة مسيرة، ما أدى إلى مقتل جندي أمريكي وإصابة ثلاثة آخرين.",
    ),
    (
        "ar",
        "أعلنت المقاومة الإسلامية في العراق، اليوم السبت، استهداف قاعدة حرير في أربيل بطائرة مسيرة.",
        "وكانت قاعدة التنف تعرضت في وقت سابق لهجوم بطائرة مسيرة، ما أدى إلى مقتل جندي أمريكي.",
    ),
    (
        "fa",
        "مقاومت اسلامی عراق امروز شنبه پایگاه حریر در اربیل را با پهپاد هدف قرار داد.",
        "پایگاه التنف نیز با پهپاد مورد حمله قرار گرفته بود که در آن یک نظامی آمریکایی کشته شد.",
    ),
]


@pytest.mark.parametrize(("language", "news", "recap"), NEWS_AND_RECAP, ids=[f"{x[0]}-{i}" for i, x in enumerate(NEWS_AND_RECAP)])
def test_an_undated_attack_told_in_the_past_perfect_after_the_news_is_recalled(language: str, news: str, recap: str) -> None:
    """Harir attacked on Saturday; "al-Tanf had been struck, killing a soldier": al-Tanf is background with no day."""
    claims = {c.base_id: (c.background, c.attack_date) for c in claims_of(f"{news} {recap}", "2024-02-10", language=language)}
    assert claims["harir"][0] is False
    assert claims.get("al-tanf", (True, None)) == (True, None)


@pytest.mark.parametrize(("language", "news", "recap"), NEWS_AND_RECAP[:1] + NEWS_AND_RECAP[6:7], ids=["en", "ar"])
def test_a_toll_recalled_in_the_past_perfect_raises_no_fatality_alert(language: str, news: str, recap: str) -> None:
    """The recalled al-Tanf death raises no alert; before the rule it opened a fatal attack dated the page's day."""
    pipe = Pipeline()
    received = pipe.receive(RawArticle.model_validate({"text": f"{news} {recap}", "published_at": "2024-02-10", "language": language}))
    kinds = [(m.kind, m.base_id) for m in pipe.process(received, pipe.claims(received)) if getattr(m, "kind", None) is not None]
    assert ("fatality", "al-tanf") not in kinds
    assert ("new_target", "harir") in kinds


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Drones attacked Harir air base on Saturday. The group said it had also struck al-Tanf with a drone."),
        ("fr", "Des drones ont attaqué la base de Harir samedi. Le groupe a affirmé qu'il avait aussi frappé al-Tanf."),
        ("en", "Drones attacked Harir air base on Saturday. Rockets had hit al-Tanf on Friday, killing one soldier."),
        ("ar", "أعلنت المقاومة الإسلامية اليوم السبت استهداف قاعدة حرير. وكانت الفصائل قد حذرت من التصعيد، فقد تعرضت قاعدة التنف لهجوم بطائرة مسيرة."),
    ],
    ids=["reported-speech-en", "reported-speech-fr", "own-day", "other-clause-ar"],
)
def test_the_past_perfect_of_reported_speech_a_dated_clause_or_another_clause_keeps_the_news(language: str, text: str) -> None:
    """ "The group said it had also struck al-Tanf", "had hit al-Tanf on Friday", a warning in the past perfect before a
    clause of news: al-Tanf is told as news."""
    claims = {c.base_id: c.background for c in claims_of(text, "2024-02-10", language=language)}
    assert claims.get("al-tanf") is False
