"""Head-final languages name a landmark base before the base it locates ("the X-base-near Y"): only Y is the target."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


def _bases(text: str, language: str) -> list[str | None]:
    return [c.base_id for c in claims_of(text, "2024-01-29", language=language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tr", "Pazar günkü İHA saldırısı El Tanf üssüne yakın Kule 22 karakolunu vurdu ve üç ABD askeri öldü."),
        ("tr", "Saldırının, El Tanf üssüne yakın bir noktada bulunan Kule 22 adlı karakolu hedef aldığı bildirildi."),
        ("ko", "일요일 드론이 알탄프 기지 인근의 타워 22를 공격해 미군 3명이 숨졌다."),
        ("ko", "무인기는 알탄프 기지 근처에 있는 타워 22를 타격했다."),
    ],
)
def test_a_base_named_before_a_postposition_of_place_only_locates_the_base_named_after_it(language: str, text: str) -> None:
    """"El Tanf üssüne yakın Kule 22", "알탄프 기지 인근의 타워 22": the attack is on Tower 22, al-Tanf only says where it is."""
    assert _bases(text, language) == ["tower-22"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tr", "İHA'lar Pazar günü El Tanf ve Rukban üslerini vurdu."),
        ("tr", "Irak İslami Direnişi, El Tanf üssüne ve Harir üssüne saldırdığını açıkladı."),
        ("ko", "드론이 알탄프 기지와 타워 22를 공격했다."),
    ],
)
def test_two_bases_joined_by_and_are_both_targets(language: str, text: str) -> None:
    """The control: "X and Y were hit" lists two targets; neither locates the other."""
    assert len(_bases(text, language)) == 2
