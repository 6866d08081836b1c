"""Reports of the attacks on the Syrian and Jordanian sites, read as an analyst reads them.

Each test is a pattern found by running the product on real articles outside the dev set and the earlier
probes (probe set "syr16": Conoco, al-Omar, Rumalyn, al-Tanf, Tower 22 in 15 languages); the sentences are our
own, written the way those outlets write.
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Der Drohnenangriff auf das Ölfeld Omar war der erste seit den US-Bombardements vom Freitag, bei denen mindestens 30 Menschen starben."),
        ("de", "Raketen trafen die Basis am Ölfeld Omar, zwei Tage nach den US-Luftschlägen in Syrien, bei denen 18 Menschen starben."),
    ],
)
def test_deaths_of_a_us_bombing_named_by_a_german_compound_are_the_strikes(language: str, text: str) -> None:
    """ "US-Bombardements", "US-Luftschläge": a state's strike written as one German compound keeps its dead."""
    assert [(c.base_id, c.killed) for c in claims_of(text, None, language=language)] == [("al-omar", None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "استهدفت المقاومة قاعدة حقل كونيكو، بعد الغارات على مواقع في اليمن أمس، والتي أسفرت عن مقتل 4 وإصابة 7 من الحوثيين."),
        ("en", "The militia fired rockets at the Conoco base a day after the strikes on sites in Yemen, which killed four and wounded seven."),
    ],
)
def test_a_relative_clause_tells_the_toll_of_the_strikes_on_another_war_before_it(language: str, text: str) -> None:
    """ "strikes on Yemen, which killed four": the clause opened by "which" is the Yemen strikes', not the base's."""
    assert [(c.base_id, c.killed, c.wounded) for c in claims_of(text, None, language=language)] == [("conoco", None, None)]


def test_a_relative_clause_after_a_base_keeps_the_toll_of_its_attack() -> None:
    """Only a clause that names a place of another war passes its toll on: "hit al-Tanf, which wounded two" stays the base's."""
    text = "A drone hit the al-Tanf garrison on Monday, which wounded two soldiers of the Syrian Free Army."
    assert [(c.base_id, c.wounded) for c in claims_of(text, "2023-01-21", language="en")] == [("al-tanf", 2)]


def test_a_photo_captions_date_is_not_a_day_to_count_the_story_from() -> None:
    """ "..., Jordan, October 12, 2023 in this handout image": the picture's day, so "overnight" in an undated page stays undated."""
    text = (
        "A satellite view of the border outpost, Jordan, October 12, 2023 in this handout image.\n"
        "A drone struck the al-Tanf garrison overnight, wounding two soldiers."
    )
    assert [(c.base_id, c.attack_date) for c in claims_of(text, None, language="en")] == [("al-tanf", None)]


def test_the_same_date_without_a_caption_still_dates_the_story() -> None:
    """A date written in a sentence of the story, not before a caption's words, still dates what follows it."""
    text = "On October 12, 2023, a drone struck the al-Tanf garrison, wounding two soldiers."
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, None, language="en")] == [("al-tanf", "2023-10-12")]


def test_a_russian_evacuation_after_repeated_attacks_reports_no_attack() -> None:
    """ "после неоднократных атак" (after repeated attacks): the inflected adjective is a tally as "неоднократно" is."""
    text = "Американские военные эвакуируют базу Хемо в провинции Хасеке из-за неоднократных атак иракских группировок."
    assert claims_of(text, None, language="ru") == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Milizen feuerten Raketen auf das Ölfeld Omar; es habe keine Verletzte gegeben."),
        ("tr", "Deyrizor'daki Ömer petrol sahasındaki ABD üssüne İHA ile saldırı düzenlendi, sahada bir zayiat olmadı."),
    ],
)
def test_no_casualties_in_german_reported_speech_and_turkish_zayiat(language: str, text: str) -> None:
    """ "keine Verletzte" (the reported-speech form without -n) and "zayiat olmadı" (there was no loss) are a toll of none."""
    claims = claims_of(text, None, language=language)
    assert [(c.base_id, c.wounded) for c in claims] == [("al-omar", 0)]


def test_a_chinese_count_of_blasts_is_no_count_of_attacks() -> None:
    """ "传出多次爆炸声" (many blasts were heard): "多次" counts explosions there, not attacks, so the attack stands."""
    text = "消息人士说,奥马尔油田的美军基地遭到无人机袭击,基地内部传出多次爆炸声。"
    assert [c.base_id for c in claims_of(text, None, language="zh")] == ["al-omar"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ja", "デリゾール県のアル・オマール油田にある米軍基地がドローンで攻撃された。"),
        ("tr", "ABD güçlerinin konuşlandığı Ömer gaz sahasına İHA ile saldırı düzenlendi."),
    ],
)
def test_al_omar_spelled_with_the_japanese_long_vowel_or_as_a_turkish_gas_field_links(language: str, text: str) -> None:
    """ "アル・オマール油田" and Turkish copy's "Ömer gaz sahası" name the al-Omar field."""
    assert [c.base_id for c in claims_of(text, None, language=language)] == ["al-omar"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rockets hit the Conoco base, and ten helicopters later flew the wounded American soldiers to Iraq."),
        ("ar", "سقطت صواريخ على قاعدة حقل كونيكو، وقامت 10 طائرات هليكوبتر بنقل الجنود الأمريكيين المصابين إلى العراق."),
    ],
)
def test_a_count_of_helicopters_carrying_the_wounded_is_no_count_of_the_wounded(language: str, text: str) -> None:
    """ "ten helicopters flew the wounded out": the number counts the machines; how many were hurt is untold."""
    assert [(c.base_id, c.wounded) for c in claims_of(text, None, language=language)] == [("conoco", None)]


def test_a_count_of_wounded_soldiers_carried_by_helicopter_is_still_the_toll() -> None:
    """The number before the victims, not before the machines, stays the toll: "helicopters flew ten wounded soldiers out"."""
    text = "Rockets hit the Conoco base, and helicopters later flew ten wounded American soldiers to Iraq."
    assert [(c.base_id, c.wounded) for c in claims_of(text, None, language="en")] == [("conoco", 10)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In June, rockets hit a US outpost near Deir ez-Zor. On October 20, a bus blast in Damascus killed 14 soldiers."),
        ("ja", "6月にはシリア東部の米軍拠点にロケット弾攻撃があった。ダマスカスでは20日、バスが爆発して兵士14人が死亡した。"),
    ],
)
def test_a_toll_of_another_day_is_not_given_to_an_attack_told_by_its_month_alone(language: str, text: str) -> None:
    """ "In June, rockets hit ... . On the 20th, 14 soldiers died": the month set the attack apart; the day's dead are not its toll."""
    assert [c.killed for c in claims_of(text, None, language=language)] == [None]


def test_a_toll_told_after_an_attack_with_no_month_still_follows_it() -> None:
    """The rule needs the month alone: "Rockets hit al-Tanf. On Monday, two soldiers were wounded" keeps its toll."""
    text = "Rockets hit the al-Tanf garrison. On Monday, two soldiers were wounded."
    assert [(c.base_id, c.wounded) for c in claims_of(text, "2024-01-03", language="en")] == [("al-tanf", 2)]


@pytest.mark.parametrize(
    ("text", "base", "wounded"),
    [
        ("Америчка база на гасном пољу Конико нападнута је дроном, а два војника су рањена.", "conoco", 2),
        ("Америчка база на пољу Омар гађана је ракетама, није било рањених.", "al-omar", 0),
    ],
)
def test_serbian_written_in_cyrillic_is_read_by_the_serbian_pack(text: str, base: str, wounded: int) -> None:
    """Serbian outlets print Cyrillic as often as Latin: the pack's core words in both scripts find the attack and its toll."""
    assert [(c.base_id, c.wounded) for c in claims_of(text, None, language="sr")] == [(base, wounded)]
