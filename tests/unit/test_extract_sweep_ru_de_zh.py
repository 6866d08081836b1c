"""Russian, German and Chinese reporting shapes from the sweep of issue 9: each keeps the toll an analyst would read."""

from __future__ import annotations

from tests.helpers import claims_of

PUBLISHED = "2024-02-05"  # a Monday


def _tolls(text: str, language: str, published: str = PUBLISHED) -> list[tuple[str | None, int | None, int | None]]:
    return [(c.base_id, c.killed, c.wounded) for c in claims_of(text, published, language=language)]


def test_a_russian_singular_contractor_without_a_numeral_is_one_death() -> None:
    """ "погиб американский подрядчик": a singular victim noun with no number word counts one killed."""
    text = "В воскресенье ракеты упали на базу Эт-Танф, в результате погиб американский подрядчик."
    assert _tolls(text, "ru") == [("al-tanf", 1, None)]
    later = "Дрон атаковал авиабазу Харир в субботу. При этом погиб подрядчик Пентагона."
    assert _tolls(later, "ru") == [("harir", 1, None)]


def test_a_russian_genitive_number_counts_the_risen_toll() -> None:
    """ "возросло до четырех": the genitive of a number word after "до" is the count."""
    text = "Число погибших при ударе по базе Эш-Шаддади в субботу возросло до пяти, сообщили в Пентагоне."
    # a week with no famous toll of five (on 3-4 Feb 2024 five dead is al-Omar's, known_attacks.toml)
    assert _tolls(text, "ru", "2024-03-11") == [("al-shaddadi", 5, None)]


def test_a_german_confirmed_death_of_soldiers_is_the_toll() -> None:
    """ "bestätigte den Tod von drei US-Soldaten": the noun "Tod" carries the count of the victims after it."""
    text = "Washington bestätigte am Sonntag den Tod von zwei US-Soldaten bei einem Raketenangriff auf den Stützpunkt Al-Tanf."
    assert _tolls(text, "de") == [("al-tanf", 2, None)]


def test_a_german_singular_past_death_of_a_contractor_is_one_killed() -> None:
    """ "starb ein Vertragsarbeiter", "ist ein Zivilangestellter gestorben": the singular past and civilian staff nouns count."""
    text = "Bei dem Drohnenangriff auf den Stützpunkt Harir am Samstag starb ein Vertragsarbeiter."
    assert _tolls(text, "de") == [("harir", 1, None)]
    staff = "Am Samstag ist ein Zivilangestellter bei einem Drohnenangriff auf den Stützpunkt Harir gestorben."
    assert _tolls(staff, "de") == [("harir", 1, None)]


def test_a_chinese_compact_dead_and_wounded_count_is_the_toll() -> None:
    """ "造成2死7伤", "造成一死三伤": the number before the bare character for death is the killed count."""
    text = "周六，坦夫基地遭无人机袭击，造成2死7伤。"
    assert _tolls(text, "zh") == [("al-tanf", 2, 7)]
    words = "昨天，沙达迪基地遭火箭弹袭击，造成一死三伤。"
    assert _tolls(words, "zh") == [("al-shaddadi", 1, 3)]


def test_a_german_separable_attack_verb_in_second_place_is_an_attack() -> None:
    """ "griffen Milizen ... an": the finite stem of "angreifen" in V2 makes the base a target, with no weapon named."""
    text = "Am Samstag griffen proiranische Milizen den Stützpunkt Al-Tanf an."
    assert _tolls(text, "de") == [("al-tanf", None, None)]
    singular = "Eine Miliz griff am Freitag den Stützpunkt Harir an, meldete ein Sprecher."
    assert _tolls(singular, "de") == [("harir", None, None)]


def test_the_russian_prepositional_erbil_air_base_is_linked() -> None:
    """ "на авиабазе Эрбиль" (at the Erbil air base): the prepositional case names the base as the others' do."""
    text = "В субботу на авиабазе Эрбиль в результате удара дрона был ранен один американский военнослужащий."
    assert _tolls(text, "ru") == [("erbil", None, 1)]


def test_german_brain_injuries_are_wounded() -> None:
    """ "erlitten Schädel-Hirn-Traumata" (traumatic brain injuries), the injury the Pentagon counted most, is a wound count."""
    text = "Eine Drohne traf am Sonntag den Stützpunkt Al-Tanf. Elf Soldaten erlitten Schädel-Hirn-Traumata."
    assert _tolls(text, "de") == [("al-tanf", None, 11)]


def test_a_concussion_is_a_wound_in_russian_german_and_chinese() -> None:
    """ "сотрясение мозга", "Gehirnerschütterung", "脑震荡": concussions are counted among the wounded, as the Pentagon counts them."""
    ru = "В пятницу ракета попала в авиабазу Харир, один военнослужащий получил сотрясение мозга."
    assert _tolls(ru, "ru") == [("harir", None, 1)]
    de = "Am Freitag traf eine Rakete den Stützpunkt Harir, drei Soldaten erlitten Gehirnerschütterungen."
    assert _tolls(de, "de") == [("harir", None, 3)]
    zh = "周五，哈里尔空军基地遭到火箭弹袭击，三名美军士兵出现脑震荡症状。"
    assert _tolls(zh, "zh") == [("harir", None, 3)]


def test_a_german_inverted_reporting_clause_gives_the_statement_day_not_the_attack_day() -> None:
    """ "..., teilte das Pentagon am Montag mit, der Angriff sei am Samstag erfolgt": Monday is the statement's day."""
    text = "Eine Rakete traf den Stützpunkt Al-Tanf, teilte das Pentagon am Montag mit, der Angriff sei am Samstag erfolgt."
    assert [c.attack_date.isoformat() for c in claims_of(text, PUBLISHED, language="de") if c.attack_date] == ["2024-02-03"]
    speaker = "Vier Soldaten wurden verletzt, sagte ein Sprecher des Pentagons am Montag, der Angriff auf Al-Tanf sei am Samstag gewesen."
    assert [(c.base_id, c.wounded, str(c.attack_date)) for c in claims_of(speaker, PUBLISHED, language="de")] == [("al-tanf", 4, "2024-02-03")]


def test_a_chinese_word_holding_the_character_for_death_is_no_death() -> None:
    """ "40名美军死伤" (40 casualties) and "死里逃生" (a narrow escape): the bare "死" of a compact toll invents no dead there."""
    casualties = "周六，坦夫基地遭到火箭弹袭击，造成12名美军死伤。"
    assert _tolls(casualties, "zh") == [("al-tanf", None, 12)]
    escape = "周六，坦夫基地遭到火箭弹袭击，4名士兵死里逃生。"
    assert _tolls(escape, "zh") == [("al-tanf", None, None)]
