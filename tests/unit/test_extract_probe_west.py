"""Western-language reporting probed beyond the dev set (issue 9): each pattern that failed, as a specification.

The sentences are written for these tests; they imitate the shape of wire and press copy in English, French,
German, Italian, Spanish, Portuguese, Russian, Ukrainian and Turkish, not any article's words.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from basewatch.services.enrich.domain.packs import LanguagePack
from tests.helpers import claims_of

PUBLISHED = "2024-02-06"  # a Tuesday


def _tolls(text: str, language: str, published: str | None = PUBLISHED) -> dict[str | None, tuple[int | None, int | None]]:
    return {c.base_id: (c.killed, c.wounded) for c in claims_of(text, published, language=language)}


def test_a_us_strike_named_noun_first_lends_no_toll_to_the_militia_attack_before_it() -> None:
    """Spanish "el ataque estadounidense ... murieron tres" is the US strike's toll, not the toll of the drone attack on al-Omar."""
    text = (
        "La Resistencia Islámica en Irak dijo que atacó con drones la base de Al-Omar en el este de Siria. "
        "En el ataque estadounidense contra una sede de las milicias en Bagdad murieron tres personas."
    )
    assert _tolls(text, "es") == {"al-omar": (None, None)}


def test_a_russian_us_strike_on_a_militia_site_is_no_attack_on_a_base() -> None:
    """ "удара американских военных по объекту ... погибли" reports a US strike: no claim, so no fatality alert."""
    text = "В результате удара американских военных по объекту ополченцев в Сирии погибли два человека, еще трое ранены."
    assert claims_of(text, PUBLISHED, language="ru") == []


def test_a_wildcard_may_only_end_a_phrase_of_a_language_pack() -> None:
    """The matcher reads `*` as "any ending" only at a phrase's end: a pack with "удар* сша" is refused, not silently dead."""
    with pytest.raises(ValidationError, match="may only end a phrase"):
        LanguagePack(language="ru", name="Russian", source="test", state_strike=("удар* сша",))


def test_the_drones_an_attack_used_are_not_its_wounded() -> None:
    """Italian "un attacco con quattro droni" counts weapons: the soldiers "feriti" stay uncounted."""
    text = "Alcuni soldati americani sono rimasti feriti in un attacco con quattro droni contro la base di Al-Tanf."
    assert _tolls(text, "it") == {"al-tanf": (None, None)}


def test_the_turkish_indefinite_article_is_not_one_casualty() -> None:
    """ "ölü ya da yaralı ... resmi bir açıklama yapılmadı": "bir" is the article of "açıklama", no one was counted."""
    text = "Harir Hava Üssü insansız hava araçlarıyla vuruldu. Saldırıda ölü ya da yaralı olup olmadığına dair resmi bir açıklama yapılmadı."
    assert _tolls(text, "tr", None) == {"harir": (None, None)}


def test_a_page_stamp_in_digits_is_no_death_toll() -> None:
    """German "Tote ... Stand: 07.02.2024 11:40 Uhr": neither the day "07" nor the hour "11" counts the dead."""
    text = "Tote bei Drohnenangriff auf den Stützpunkt Al-Omar in Syrien Stand: 07.02.2024 11:40 Uhr"
    assert _tolls(text, "de", None) == {"al-omar": (None, None)}


def test_hours_a_report_covers_are_not_its_wounded() -> None:
    """Italian "nelle ultime 36 ore ... feriti": 36 measures time."""
    text = "Nelle ultime 36 ore alcuni soldati sono rimasti feriti in un attacco di droni contro la base di al Asad."
    assert _tolls(text, "it") == {"ain-al-asad": (None, None)}


def test_a_ukrainian_verb_of_killing_in_the_feminine_gives_the_toll() -> None:
    """ "Атака ... вбила п'ятьох бійців" (the attack killed five fighters): the toll is read."""
    text = "Атака безпілотника на базу Аль-Омар у Сирії вбила п'ятьох бійців СДС."
    assert _tolls(text, "uk", None) == {"al-omar": (5, None)}


@pytest.mark.parametrize(
    ("language", "text", "base"),
    [
        ("en", "Rockets struck the Calso military base in Babylon province early on Saturday.", "kalsu"),
        ("it", "Due droni hanno attaccato la base di al Asad nell'Iraq occidentale.", "ain-al-asad"),
        ("pt", "Dois drones atacaram a base aérea de Al-Asad, no oeste do Iraque.", "ain-al-asad"),
        ("el", "Ρουκέτες έπληξαν την αεροπορικής βάσης Αλ Άσαντ στο δυτικό Ιράκ.", "ain-al-asad"),
        ("it", "Diversi missili sono stati lanciati contro la base statunitense Euphrates in Siria.", "mss-euphrates"),
        ("es", "Un dron atacó la base Jarab al-Jir en la provincia de Al-Hasaka.", "rumalyn"),
        ("uk", "Безпілотник атакував авіабазу Румалін на північному сході Сирії.", "rumalyn"),
        ("ru", "Беспилотники атаковали базу близ аэропорта Эрбиль на севере Ирака.", "erbil"),
        ("fr", "Une base aérienne américaine dans la ville irakienne d'Erbil a été attaquée par des drones.", "erbil"),
        ("de", "Eine amerikanische Militärbasis im nordirakischen Erbil wurde von einer Drohne angegriffen.", "erbil"),
    ],
)
def test_a_spelling_of_western_copy_links_its_base(language: str, text: str, base: str) -> None:
    """Spellings met in Western-language reporting (Calso, "base di al Asad", Румалін, "ville irakienne d'Erbil") link their base."""
    assert [c.base_id for c in claims_of(text, PUBLISHED, language=language)] == [base]


def test_a_month_named_before_the_day_the_story_carries_recalls_an_older_attack() -> None:
    """Undated Portuguese copy: "Em 21 de abril ... . Antes, em janeiro, três soldados morreram": January's deaths are
    background (Tower 22's famous attack, dated by it, not by the story)."""
    text = (
        "Em 21 de abril, a base Rumalyn, na Síria, foi atacada com foguetes. "
        "Antes, em janeiro, três soldados norte-americanos morreram num ataque com drones a uma base militar na Jordânia."
    )
    jordan = [c for c in claims_of(text, None, language="pt") if c.base_id != "rumalyn"]
    assert [(c.killed, c.background, str(c.attack_date), c.date_precision) for c in jordan] == [(3, True, "2024-01-28", "approximate")]


def test_a_base_called_military_is_not_one_soldier() -> None:
    """Portuguese "uma base militar": "militar" is the base's adjective there, not "a soldier"; the three dead stay three."""
    text = "Três soldados norte-americanos morreram num ataque com drones a uma base militar na Jordânia."
    assert [c.killed for c in claims_of(text, PUBLISHED, language="pt")] == [3]


def test_a_base_the_context_places_in_a_named_city_is_not_covered_by_another_named_base() -> None:
    """French "une base aérienne dans la ville irakienne d’Erbil" beside a claim on al-Harir: two bases, Erbil and Harir."""
    text = (
        "Une base aérienne américaine dans la ville irakienne d’Erbil a été attaquée par des drones dans la nuit. "
        "La Résistance islamique a aussi revendiqué une attaque de drone contre al-Harir."
    )
    assert sorted(c.base_id or "" for c in claims_of(text, None, language="fr")) == ["erbil", "harir"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "En Irak, la Résistance islamique a ciblé à 4 reprises la base de Ain al-Assad."),
        ("en", "The Ain al-Asad air base has recently seen a spike of attacks by drones and rockets."),
        ("ru", "По базе Шаддади было нанесено уже свыше 105 ударов с начала войны в Газе."),
    ],
)
def test_a_base_counted_among_repeated_attacks_is_no_claim(language: str, text: str) -> None:
    """ "ciblé à 4 reprises", "a spike of attacks", "свыше 105 ударов" count attacks over weeks: no one attack to claim."""
    assert claims_of(text, None, language=language) == []


def test_a_name_shared_across_a_border_links_the_site_of_the_country_written_beside_it() -> None:
    """ "The drone attack took place in Rukban, north-eastern Jordan": the Jordanian outpost (Tower 22), not the Syrian camp."""
    text = "Three US troops were killed. The drone attack took place in Rukban, north-eastern Jordan, near the Syrian border."
    assert [c.base_id for c in claims_of(text, None) if c.base_id] == ["tower-22"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "W nocy z piątku na sobotę doszło do silnej eksplozji w bazie wojskowej Kalsu na południe od Bagdadu."),
        ("ru", "Мощный взрыв прогремел ночью на военной базе Калсу в провинции Бабиль."),
        ("it", "Una forte esplosione è avvenuta nella notte nella base di Kalsu, a sud di Baghdad."),
    ],
)
def test_an_explosion_at_a_named_base_is_reported_as_an_attack_on_it(language: str, text: str) -> None:
    """Reports of the Kalsu blast speak of an explosion, not an attack: the named base still makes a claim."""
    assert [c.base_id for c in claims_of(text, "2024-04-20", language=language)] == ["kalsu"]


def test_the_blast_referred_back_to_gives_the_toll_of_the_explosion_at_the_base() -> None:
    """ "A large blast hit the Kalsu base ... No aircraft were seen. The blast killed a member of the security forces.": one dead at Kalsu."""
    text = (
        "A large blast hit the Kalsu military base on Saturday, state media said. "
        "No aircraft were seen over the province that night. "
        "The blast killed a member of the Iraqi security forces."
    )
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-04-23")] == [("kalsu", 1)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Une attaque de drone contre la base américaine d'Al-Omar a fait cinq morts dimanche, selon l'OSDH."),
        ("en", "A drone attack on the American base at al-Omar killed five people on Sunday, a monitor said."),
    ],
)
def test_a_side_word_that_describes_the_base_says_nothing_of_the_victims(language: str, text: str) -> None:
    """ "la base américaine d'Al-Omar a fait cinq morts": the base is American, the five dead may be Syrian partners; no side is guessed."""
    assert [(c.killed, c.casualty_side) for c in claims_of(text, PUBLISHED, language=language)] == [(5, None)]
