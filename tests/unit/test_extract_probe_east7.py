"""Reporting in Arabic, Chinese, Japanese, Korean, Urdu and Kurdish read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set and the earlier
probes (issue 9, probe set "east7"); the sentences are our own, written in the way those outlets write.
"""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_chinese_attack_recalled_as_the_cause_of_a_retaliation_is_background() -> None:
    """ "..., in retaliation for its drone attack on the US base in Jordan that killed three": the description before the noun holds the recall."""
    text = "民兵组织声称对这起袭击负责,该组织上周成为美方行动的目标之一,以报复其无人机袭击约旦美军基地造成3名美军士兵死亡。"
    claims = claims_of(text, "2024-02-06")
    assert [(c.killed, c.background) for c in claims if c.killed] == [(3, True)]


def test_a_japanese_us_facility_is_a_base() -> None:
    """ "ヨルダン北東部の米軍施設" (the US facility in northeast Jordan): a facility of US forces is a site, and the toll is its toll."""
    (c,) = claims_of("米中央軍は28日、ヨルダン北東部の米軍施設で無人機攻撃があり、米兵3人が死亡し、34人が負傷したと発表した。", "2024-01-29")
    assert (c.killed, c.wounded) == (3, 34)


def test_an_arabic_plural_passive_killed_is_a_death_toll() -> None:
    """ "3 US soldiers had been killed (قُتلوا) in a drone attack on Tower 22": the plural passive verb is a death."""
    (c,) = claims_of("وكان 3 جنود أمريكيين قد قُتلوا في هجوم بطائرة مسيرة استهدف البرج 22 شمال شرقي الأردن.", "2024-01-29")
    assert (c.base_id, c.killed) == ("tower-22", 3)
