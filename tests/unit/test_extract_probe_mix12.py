"""Reporting in Chinese, Japanese, Korean and other languages read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set and the earlier
probes (issue 9, probe set "mix12"); the sentences are our own, written the way those outlets write.
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of, fold_claims


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "伊拉克伊斯兰抵抗组织周日宣布,用无人机袭击了叙利亚的坦夫基地。"),
        ("ja", "「イラクのイスラム抵抗運動」は日曜日、シリアのタンフ基地を無人機で攻撃したと発表した。"),
        ("ko", "이라크 이슬람 저항군은 일요일 시리아의 알탄프 기지를 드론으로 공격했다고 밝혔다."),
    ],
)
def test_the_umbrella_group_named_in_chinese_japanese_or_korean_is_the_islamic_resistance_in_iraq(language: str, text: str) -> None:
    """'伊拉克伊斯兰抵抗组织', 'イラクのイスラム抵抗運動', '이라크 이슬람 저항군': the claiming group's name, word for word."""
    assert [(c.base_id, c.actor) for c in claims_of(text, "2024-04-02", language=language)] == [("al-tanf", "Islamic Resistance in Iraq")]


def test_the_country_in_the_groups_name_places_no_attack_between_a_claim_and_its_toll() -> None:
    """ "이라크 이슬람 저항군은 ... 드론 공격을 이어갔다고 밝혔다": the 'Iraq' of the group's name is no place, so the toll after it stays the claim's."""
    text = (
        "관측소는 5일 미군이 주둔하는 시리아 동부 알오마르 유전이 공격을 받았다고 밝혔다. "
        "이라크 이슬람 저항군은 새벽까지 드론 공격을 이어갔다고 밝혔다. "
        "이곳에 주둔한 시리아민주군 대원 6명이 숨졌다."
    )
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-02-06", language="ko")] == [("al-omar", 6)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Dos drones atacaron el miércoles la base de Ain al-Asad. Un contratista estadounidense murió de un paro cardíaco mientras buscaba refugio."),
        ("de", "Zwei Drohnen griffen am Mittwoch den Stützpunkt Ain al-Asad an. Ein US-Auftragnehmer starb an einem Herzinfarkt, als er Schutz suchte."),
        ("pt", "Dois drones atacaram na quarta-feira a base de Ain al-Asad. Um empreiteiro americano morreu de um ataque cardíaco quando se abrigava."),
        ("sv", "Två drönare angrep på onsdagen basen Ain al-Asad. En amerikansk entreprenör dog av hjärtstopp medan han sökte skydd."),
        ("sq", "Dy dronë sulmuan të mërkurën bazën Ain al-Asad. Një kontraktor amerikan vdiq nga një infarkt ndërsa kërkonte strehim."),
    ],
)
def test_a_contractors_heart_attack_while_sheltering_is_no_death_of_the_attack(language: str, text: str) -> None:
    """'murió de un paro cardíaco', 'starb an einem Herzinfarkt', 'dog av hjärtstopp': a cardiac death, no toll of the drones."""
    assert [(c.base_id, c.killed) for c in claims_of(text, "2023-10-19", language=language)] == [("ain-al-asad", 0)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "En respuesta al ataque contra la Torre 22, Estados Unidos bombardeó a las milicias en Irak y Siria y mató a 45 personas."),
        ("pt", "Em fevereiro, os EUA responderam ao ataque contra a Torre 22 e bombardearam milícias, matando 45 pessoas."),
        ("it", "In risposta all'attacco alla Torre 22, gli Stati Uniti hanno colpito le milizie uccidendo 45 persone."),
        ("tr", "ABD, Ürdün'deki Kule 22 üssüne yapılan saldırıya yanıt olarak milis hedeflerini vurdu ve 45 kişi öldü."),
        ("en", "After the attack on Tower 22, the US bombed militia sites in Iraq and Syria, killing 45 people."),
    ],
)
def test_the_toll_of_a_us_retaliation_for_tower_22_raises_no_fatality_alert(language: str, text: str) -> None:
    """ "En respuesta al ataque contra la Torre 22, ... mató a 45": the contracted 'al'/'ao'/'all'' still opens a recall; Turkish
    "yanıt olarak" (in response) is a recall cue; "the US bombed ..., killing 45" is the state's strike and its toll."""
    messages, _ = fold_claims(claims_of(text, "2024-02-05", language=language))
    assert [m for m in messages if getattr(m, "kind", None) == "fatality"] == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ko", "미군은 타워 22 공격에 대한 보복으로 민병대 거점들을 공습했고 45명이 숨졌다."),
        ("ja", "タワー22への攻撃への報復として米軍が民兵の拠点を空爆し、45人が死亡した。"),
        ("hi", "टावर 22 पर हमले के जवाब में अमेरिका ने मिलिशिया ठिकानों पर हवाई बमबारी की, जिसमें 45 लोग मारे गए।"),
    ],
)
def test_a_recall_cue_after_the_named_base_in_head_final_languages_raises_no_fatality_alert(language: str, text: str) -> None:
    """ "타워 22 공격에 대한 보복으로" (in retaliation for the attack on Tower 22): the cue after the name recalls that attack."""
    claims = claims_of(text, "2024-02-05", language=language)
    messages, _ = fold_claims(claims)
    assert [c.background for c in claims] == [True]
    assert [m for m in messages if getattr(m, "kind", None) == "fatality"] == []


def test_the_famous_tower_22_toll_recalled_months_later_with_no_day_is_the_28_january_attack() -> None:
    """ "Tras el ataque contra la Torre 22 que mató a tres soldados, ..." in July: the publication's day is no attack's."""
    text = "Tras el ataque contra la Torre 22 que mató a tres soldados, las milicias iraquíes suspendieron sus ataques."
    assert [(c.base_id, str(c.attack_date), c.killed) for c in claims_of(text, "2024-07-17", language="es")] == [("tower-22", "2024-01-28", 3)]


def test_a_new_fatal_attack_at_a_famous_base_on_a_day_the_text_gives_keeps_its_day() -> None:
    """A toll like the famous attack's, but on a day the report states ("el martes"), is a new attack."""
    text = "Tres soldados estadounidenses murieron el martes en un nuevo ataque con drones contra la Torre 22."
    assert [str(c.attack_date) for c in claims_of(text, "2024-07-17", language="es")] == ["2024-07-16"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "在22号塔楼遭袭、三名美军士兵死亡之后,美国轰炸了85个目标,造成45人死亡。"),
        ("hi", "टावर 22 पर हमले के बाद, जिसमें तीन अमेरिकी सैनिक मारे गए थे, अमेरिका ने 85 ठिकानों पर बमबारी की, जिसमें 45 लोग मारे गए।"),
    ],
)
def test_the_toll_of_the_us_bombing_after_tower_22_is_not_tower_22s(language: str, text: str) -> None:
    """'美国轰炸了85个目标,造成45人死亡', 'अमेरिका ने ... बमबारी की, जिसमें 45 लोग मारे गए': the bombing's dead, not the attack's."""
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-02-05", language=language)] == [("tower-22", 3)]
