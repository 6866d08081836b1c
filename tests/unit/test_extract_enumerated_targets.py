"""An attack told on a count of bases, then a sentence naming them: each base named is a target of that attack."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_of


def targets(text: str, published: str, language: str) -> list[tuple[str, date | None, str]]:
    """(base, attack day, weapon) of every claim of `text`, sorted."""
    return sorted((c.base_id or "", c.attack_date, c.weapon) for c in claims_of(text, published, language=language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Islamic Resistance in Iraq said its fighters attacked four enemy bases with drones on Sunday. Three of them are "
            "in Syria, namely al-Shaddadi base, al-Rukban base and al-Tanf base, and the fourth is the Zevulun naval facility.",
        ),
        (
            "ar",
            "قالت المقاومة الإسلامية في العراق إن عناصرها هاجموا بالطائرات المسيرة يوم الأحد 4 قواعد للأعداء. "
            "3 منها في سوريا، وهي قاعدة الشدادي وقاعدة الركبان وقاعدة التنف، والرابعة منشأة زفولون البحرية.",
        ),
    ],
)
def test_bases_listed_after_an_attack_on_four_bases_are_its_targets(language: str, text: str) -> None:
    """The four bases named after "attacked four enemy bases with drones on Sunday" get a claim each, that day, by drone."""
    found = targets(text, "2024-01-29", language)
    day = date(2024, 1, 28)
    assert found == [(b, day, "drone") for b in ("al-rukban", "al-shaddadi", "al-tanf", "zevulun-naval-facility")]


def test_bases_named_after_a_tally_of_bases_are_no_attack() -> None:
    """ "has targeted 12 bases since October. Ain al-Asad and Harir were among them": a count of the campaign, no attack."""
    text = "Officials said the group has targeted 12 bases since October. Ain al-Asad and Harir were among them."
    assert [c.base_id for c in claims_of(text, "2024-01-29", language="en")] == []


def test_bases_listed_after_a_counted_attack_in_chinese_are_the_groups_claims() -> None:
    """ "袭击了3个军事基地" (attacked three military bases; no plural noun in Chinese), then the list: a claimed attack on each."""
    text = "伊拉克伊斯兰抵抗组织周日发表声明,称以无人机袭击了3个军事基地。声明说,这些基地分别是舍达迪、鲁克班和坦夫的美军基地。"
    found = sorted((c.base_id or "", c.attack_date, c.status, c.actor) for c in claims_of(text, "2024-01-29", language="zh"))
    day, group = date(2024, 1, 28), "Islamic Resistance in Iraq"
    assert found == [(b, day, "claimed", group) for b in ("al-rukban", "al-shaddadi", "al-tanf")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The group said it struck two US bases in eastern Syria with drones on Monday. "
            "Reports named the sites near al-Omar field and near al-Shaddadi.",
        ),
        (
            "es",
            "El grupo dijo que atacó con drones dos bases de EE.UU. en el este de Siria el lunes. "
            "Según fuentes, eran las bases de Al Omar y de Al Shaddadi.",
        ),
    ],
)
def test_bases_listed_after_an_attack_on_several_unnamed_sites_replace_them(language: str, text: str) -> None:
    """ "struck two US bases in eastern Syria", then a sentence naming them: a claim per named base, none left for the unnamed pair."""
    found = targets(text, "2023-10-24", language)
    day = date(2023, 10, 23)
    assert found == [("al-omar", day, "drone"), ("al-shaddadi", day, "drone")]


def test_bases_listed_after_a_counted_attack_in_turkish_replace_the_counted_sites() -> None:
    """ "3 ABD üssüne saldırı" (an attack on 3 US bases: the noun stays singular after a number), then the three named: no fourth, unnamed claim."""
    text = (
        "Irak İslami Direnişi, Irak ve Suriye'deki 3 ABD üssüne saldırı düzenlediğini duyurdu. "
        "Grup, Harab el-Cir üssünü, Koniko gaz sahasındaki üssü ve Erbil havaalanı yakınındaki üssü İHA'larla hedef aldığını açıkladı."
    )
    assert sorted(c.base_id or "" for c in claims_of(text, "2024-01-15", language="tr")) == ["conoco", "erbil", "rumalyn"]
