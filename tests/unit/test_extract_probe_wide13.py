"""Reporting in many languages read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set and the earlier
probes (issue 9, probe set "wide13"); the sentences are our own, written the way those outlets write.
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of, fold_claims


@pytest.mark.parametrize(
    ("clock", "text"),
    [
        (
            "5 марта 2025. 09:12",
            "Беспилотник ударил по американской базе в Иордании у сирийской границы, погибли трое военных США.",
        ),
        (
            "Friday, March 7, 2025 10:41 AM",
            "Three US soldiers killed in drone attack on base in Jordan\n\n"
            "Three American soldiers were killed when a drone struck a US base in northeast Jordan near the Syrian border.",
        ),
    ],
)
def test_a_clock_line_dated_after_the_publication_day_dates_no_attack(clock: str, text: str) -> None:
    """A full date in the page's opening lines, months after the page's publication day, is the site's clock: the deaths keep the story's day."""
    claims = claims_of(f"{clock}\n\n{text}", "2024-01-28")
    assert [(c.base_id, str(c.attack_date), c.killed) for c in claims] == [("tower-22", "2024-01-28", 3)]
    messages, _ = fold_claims(claims)
    assert [getattr(m, "base_id", None) for m in messages if getattr(m, "kind", None) == "fatality"] == ["tower-22"]


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon confirmed that 28 American soldiers were killed and wounded in a drone attack on Tower 22.",
        "Serangan drone di Menara 22 membuat 28 tentara Amerika tewas dan terluka, kata Pentagon.",
        "Le Pentagone a confirmé que 28 soldats américains ont été tués et blessés dans une attaque de drone contre la Tour 22.",
        "أكد البنتاغون أن 28 جنديا أمريكيا قتلوا وجرحوا في هجوم بطائرة مسيرة على البرج 22.",
        "أسفر الهجوم بطائرة مسيرة على البرج 22 عن مقتل وإصابة 28 جنديا أمريكيا.",
    ],
)
def test_one_count_of_the_killed_and_wounded_together_is_no_death_toll(text: str) -> None:
    """ "28 killed and wounded": the dead and the wounded counted together give neither toll, and raise no fatality alert of 28."""
    claims = claims_of(text, "2024-01-29")
    assert [(c.base_id, c.killed, c.wounded) for c in claims] == [("tower-22", None, None)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Three soldiers were killed and 25 wounded in the drone attack on Tower 22.", (3, 25)),
        ("قتل 3 جنود وجرح 25 في هجوم بطائرة مسيرة على البرج 22.", (3, 25)),
        ("أعلن الجيش سقوط جنديين وإصابة 12 آخرين في هجوم بطائرة مسيرة على البرج 22.", (2, 12)),
    ],
)
def test_a_killed_word_and_a_wounded_word_each_with_its_count_are_two_tolls(text: str, toll: tuple[int, int]) -> None:
    """A count on each side of "killed and wounded" belongs to each word: the dead and the wounded stay apart."""
    assert [(c.base_id, c.killed, c.wounded) for c in claims_of(text, "2024-01-29")] == [("tower-22", *toll)]


@pytest.mark.parametrize(
    "text",
    [
        "Um drone matou três soldados americanos na Torre 22 e duas dúzias de militares ficaram feridos.",
        "Tres soldados estadounidenses murieron y dos docenas resultaron heridos en un ataque con dron contra la Torre 22.",
        "Trois soldats américains ont été tués et deux douzaines blessés dans une attaque de drone contre la Tour 22.",
        "Tre soldati americani sono stati uccisi e due dozzine feriti in un attacco con drone contro la Torre 22.",
        "Drei US-Soldaten wurden getötet und zwei Dutzend verletzt bei einem Drohnenangriff auf Tower 22.",
        "Tiga tentara AS tewas dan dua lusin lainnya terluka dalam serangan drone di Menara 22.",
    ],
)
def test_two_dozen_counts_twenty_four_not_two(text: str) -> None:
    """ "two dozen" in each language is 24 wounded: the number word before "dozen" is a multiplier, never the count itself."""
    assert [(c.base_id, c.killed, c.wounded) for c in claims_of(text, "2024-01-29")] == [("tower-22", 3, 24)]


def test_two_tens_in_russian_counts_twenty() -> None:
    """ "два десятка" (two tens) is twenty wounded, not two."""
    text = "Трое американских военных погибли и два десятка были ранены при атаке дрона на базу Tower 22."
    assert [(c.base_id, c.killed, c.wounded) for c in claims_of(text, "2024-01-29")] == [("tower-22", 3, 20)]


@pytest.mark.parametrize(
    "text",
    [
        "Three US soldiers were killed on Saturday evening, US Eastern time, when a drone hit Tower 22 in northeast Jordan near the "
        "Syrian border. A Jordanian government spokesman said the attack did not take place in Jordan but targeted the al-Tanf base in Syria.",
        "据美军通报,22号塔楼27日晚(美国东部时间)遭无人机击中,3名美军士兵丧生。约旦官方28日曾称,遇袭的其实是叙利亚一侧的坦夫基地。",
    ],
)
def test_the_neighbour_a_famous_attack_was_first_placed_at_is_no_second_attack_when_told_in_us_time(text: str) -> None:
    """Tower 22 dated the evening before in US time, and Jordan's first word that it hit al-Tanf: one attack, no al-Tanf claim."""
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-29")] == [("tower-22", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "28日,无人机击中约旦的22号塔楼,三名美军士兵身亡。约旦的美军基地日前遇无人机袭击,造成3死,30日美方公布了死者身份。",
        "Three American soldiers were killed on Sunday when a drone struck Tower 22 in Jordan. On Tuesday the drone attack on the US base in "
        "Jordan that killed three soldiers was blamed on Kataib Hezbollah.",
    ],
)
def test_deaths_told_again_without_the_base_days_later_are_the_named_attack(text: str) -> None:
    """The same three dead, told again without the base's name on the day a statement about them came: no second fatal event."""
    claims = claims_of(text, "2024-01-31")
    assert [(c.base_id, str(c.attack_date), c.killed) for c in claims] == [("tower-22", "2024-01-28", 3)]
    messages, _ = fold_claims(claims)
    assert [getattr(m, "base_id", None) for m in messages if getattr(m, "kind", None) == "fatality"] == ["tower-22"]


def test_deaths_in_another_country_told_without_a_base_stay_their_own_attack() -> None:
    """Three dead at Tower 22 in Jordan and three dead at an unnamed base in Syria are two attacks."""
    text = (
        "Three American soldiers were killed on Sunday when a drone struck Tower 22 in Jordan. "
        "On Monday a drone attack on a US base in eastern Syria killed three Syrian Democratic Forces fighters."
    )
    claims = claims_of(text, "2024-01-30")
    assert [(c.base_id, c.country, c.killed) for c in claims] == [("tower-22", "Jordan", 3), (None, "Syria", 3)]


def test_a_list_of_other_pages_dated_line_by_line_under_an_undated_story_dates_no_attack() -> None:
    """Rows of a "most read" list ("2025-03-02 08:15 912 views") under an undated story are other pages' days: the
    story's "Monday" is not counted from them, and with nothing else to count from the claim has no day."""
    story = "Rockets struck the Harir air base in northern Iraq on Monday, officials said. No one was hurt."
    rows = "\n".join(f"2025-03-0{i} 08:1{i}  9{i}2 views" for i in range(1, 5))
    (c,) = claims_of(f"{story}\n{rows}\nA football club signed a new coach.", None)
    assert (c.base_id, c.attack_date, c.date_weekday) == ("harir", None, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck the al-Tanf base on Sunday, killing three US soldiers, officials said.",
        "Three American soldiers died when a drone hit the al-Tanf garrison on Sunday, the Pentagon said.",
    ],
)
def test_the_famous_deaths_told_at_its_neighbour_still_raise_the_famous_fatality(text: str) -> None:
    """Tower 22's three dead, first reported at al-Tanf 20 km away (28 Jan 2024), are never lost: one fatality, at Tower 22."""
    claims = claims_of(text, "2024-01-29")
    assert [(c.base_id, c.killed) for c in claims if c.killed] == [("tower-22", 3)]
    messages, _ = fold_claims(claims)
    assert [getattr(m, "base_id", None) for m in messages if getattr(m, "kind", None) == "fatality"] == ["tower-22"]


def test_a_famous_toll_placed_in_another_country_after_a_claim_is_that_country_s_famous_attack() -> None:
    """"Rockets hit Conoco in Syria. Three American soldiers were killed in Jordan.": the Syrian claim keeps no toll, and the deaths are Tower 22's."""
    text = "Rockets hit the Conoco gas field in eastern Syria on Sunday. Three American soldiers were killed in Jordan."
    claims = claims_of(text, "2024-01-29")
    assert sorted((c.base_id, c.killed) for c in claims) == [("conoco", None), ("tower-22", 3)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A drone struck the Harir air base on Sunday. A car bomb killed 12 people in Baghdad.", "en"),
        ("Une roquette a visé dimanche la base d'Aïn al-Assad. Un attentat a fait 12 morts à Bassora.", "fr"),
        ("استهدفت طائرة مسيرة قاعدة حرير يوم الأحد. وقتل 12 شخصا بانفجار سيارة مفخخة في كركوك.", "ar"),
        ("Rockets hit Ain al-Asad on Sunday as a suicide bomber killed 12 people in a Baghdad market.", "en"),
        ("Rockets hit Ain al-Asad on Sunday. The attack came as clashes in Kirkuk killed twelve people.", "en"),
    ],
)
def test_a_toll_the_next_sentence_places_in_a_city_far_from_the_base_is_no_toll_of_the_base(text: str, language: str) -> None:
    """The dead of a city far from the claim's base (a car bomb in Baghdad after a drone on Harir) raise no fatality at the base."""
    claims = claims_of(text, "2024-01-29", language=language)
    assert [c.killed for c in claims if c.base_id in ("harir", "ain-al-asad")] == [None]
    messages, _ = fold_claims(claims)
    assert not [m for m in messages if getattr(m, "kind", None) == "fatality"]


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed at Ain al-Asad west of Baghdad on Sunday.",
        "A drone hit Ain al-Asad on Sunday, killing two soldiers at the base west of Baghdad.",
        "Officials in Baghdad said two soldiers were killed at Ain al-Asad on Sunday.",
        "Rockets struck Ain al-Asad on Sunday. The attack on the base west of Baghdad killed two soldiers.",
    ],
)
def test_a_city_that_only_says_where_the_base_lies_keeps_the_base_s_toll(text: str) -> None:
    """A far city told before the toll, or after the base it locates, is no place of the deaths: the base keeps them."""
    (c,) = claims_of(text, "2024-01-29")
    assert (c.base_id, c.killed) == ("ain-al-asad", 2)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two drones targeted Tower 22 in Jordan on Tuesday, where three soldiers were killed in January.", "en"),
        ("Two drones targeted Tower 22 on Tuesday, the base where three US soldiers died in a drone attack on January 28.", "en"),
        ("Two drones targeted Tower 22 in Jordan on Tuesday, where three soldiers were killed last month.", "en"),
        ("Deux drones ont visé mardi la base Tower 22 en Jordanie, où trois soldats américains avaient été tués en janvier.", "fr"),
        ("Salı günü iki İHA, ocak ayında üç ABD askerinin öldüğü Kule 22 üssünü hedef aldı.", "tr"),
        ("5日、1月に米兵3人が死亡したヨルダンの拠点「タワー22」が無人機2機による攻撃を受けた。", "ja"),
    ],
)
def test_deaths_a_later_clause_gives_a_time_of_their_own_are_no_toll_of_the_new_attack(text: str, language: str) -> None:
    """The Tower 22 deaths of January, recalled in a clause after a March attack on the base, raise no new fatality."""
    claims = claims_of(text, "2024-03-05", language=language)
    assert [(c.base_id, str(c.attack_date), c.killed) for c in claims] == [("tower-22", "2024-03-05", None)]
    messages, _ = fold_claims(claims)
    assert not [m for m in messages if getattr(m, "kind", None) == "fatality"]


def test_a_toll_counted_against_a_time_since_keeps_the_attack_s_deaths() -> None:
    """"killing three soldiers in the deadliest attack since January": the month is the comparison's, the deaths the attack's."""
    (c,) = claims_of("A drone struck Tower 22 on Sunday, killing three soldiers in the deadliest attack since January.", "2024-03-05")
    assert (c.base_id, c.killed) == ("tower-22", 3)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Drones hit the Conoco gas field on Tuesday. SDF fighters killed five ISIS members in a raid nearby.", "en"),
        ("Des drones ont frappé mardi le champ gazier de Conoco. Les FDS ont tué cinq membres de Daech lors d'un raid à proximité.", "fr"),
    ],
)
def test_dead_of_the_islamic_state_counted_after_an_attack_are_no_toll_of_it(text: str, language: str) -> None:
    """Five ISIS members killed by the SDF, told after a drone attack on Conoco, are another fight's dead: no fatality at Conoco."""
    (c,) = claims_of(text, "2024-03-05", language=language)
    assert (c.base_id, c.killed) == ("conoco", None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Islamic Resistance in Iraq said its drones struck the Harir base on Tuesday, killing 45 American soldiers.", "en"),
        ("Kataib Hezbollah said on Tuesday that its fighters had killed 45 US troops at Ain al-Asad.", "en"),
        ("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير يوم الثلاثاء بالطيران المسير، ما أسفر عن مقتل 45 جنديا أمريكيا.", "ar"),
        ("Irak İslami Direnişi, salı günü Harir üssüne saldırdığını ve 45 ABD askerini öldürdüğünü açıkladı.", "tr"),
    ],
)
def test_deaths_only_the_attacking_group_tells_raise_no_fatality(text: str, language: str) -> None:
    """A militia's own word that its attack killed 45 Americans, where no death is on record, is its claim: the attack
    stands, claimed, without a toll a fatality alert would carry as fact."""
    (c,) = claims_of(text, "2024-03-05", language=language)
    assert (c.status, c.killed) == ("claimed", None)
    messages, _ = fold_claims([c])
    assert not [m for m in messages if getattr(m, "kind", None) == "fatality"]


def test_deaths_the_attacking_group_tells_stand_where_the_record_holds_them() -> None:
    """The group's word of Tower 22's three dead is the record's count there: the fatality stands."""
    (c,) = claims_of("The Islamic Resistance in Iraq said its drone struck Tower 22 in Jordan on Sunday, killing three American soldiers.", "2024-01-29")
    assert (c.base_id, c.killed) == ("tower-22", 3)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Sunday's attack was the first on US forces in the area since late January, when the Islamic Resistance attacked a US base "
            "in Jordan, killing three soldiers.",
            "en",
        ),
        (
            "Quello di domenica è il primo attacco contro le forze statunitensi dalla fine di gennaio, quando una milizia aveva attaccato "
            "una base in Giordania, uccidendo tre soldati.",
            "it",
        ),
    ],
)
def test_an_attack_told_after_a_span_s_time_is_that_time_s_not_a_new_fatal_one(text: str, language: str) -> None:
    """"the first since late January, when ... killing three soldiers" recalls Tower 22 (background, on its day): no
    fatal attack on the April Sunday, and no fatality alert from a recall."""
    claims = claims_of(text, "2024-04-22", language=language)
    assert [(c.base_id, str(c.attack_date), c.killed, c.background) for c in claims if c.killed] == [("tower-22", "2024-01-28", 3, True)]
    messages, _ = fold_claims(claims)
    assert not [m for m in messages if getattr(m, "kind", None) == "fatality"]

