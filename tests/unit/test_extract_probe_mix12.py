"""Reporting in Chinese, Japanese, Korean and other languages read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set and the earlier
probes (issue 9, probe set "mix12"); the sentences are our own, written the way those outlets write.
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


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
