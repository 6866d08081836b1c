"""Claim extraction and linking on articles written for the cases the seeds do not cover."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("text", "published", "base_id", "day"),
    [
        ("La base aérienne d'Aïn al-Assad a été visée samedi par des missiles balistiques.", "2024-01-21", "ain-al-asad", "2024-01-20"),
        ("Bei einem Drohnenangriff auf den Stützpunkt Tower 22 wurden am Sonntag drei US-Soldaten getötet.", "2024-01-29", "tower-22", "2024-01-28"),
        ("Un ataque con dron alcanzó el domingo la base de Al-Shaddadi, en el noreste de Siria.", "2023-11-20", "al-shaddadi", "2023-11-19"),
        ("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بالطائرات المسيرة يوم الخميس.", "2023-10-27", "ain-al-asad", "2023-10-26"),
        ("استهدفت فصائل عراقية أمس قاعدة التنف بطائرتين مسيرتين.", "2023-10-20", "al-tanf", "2023-10-19"),
        ("Irak İslami Direnişi, Suriye'deki Tanf üssüne İHA ile saldırı düzenledi.", "2023-11-20", "al-tanf", "2023-11-20"),
        ("Drones attacked the base at Harab Cir in Hasakah province on Oct. 26, 2023.", None, "rumalyn", "2023-10-26"),
    ],
)
def test_bases_and_dates_are_read_in_several_languages(text: str, published: str | None, base_id: str, day: str) -> None:
    """French, German, Spanish, Arabic (with attached clitics), Turkish and English each give the base and the day."""
    claims = claims_of(text, published)
    assert [(c.base_id, str(c.attack_date)) for c in claims] == [(base_id, day)]


def test_month_and_day_without_year_take_the_year_the_weekday_fixes() -> None:
    """"Sunday, January 28" with no publication date is 2024 (the only campaign year where Jan 28 is a Sunday)."""
    (c,) = claims_of("Three US soldiers were killed in a drone attack on Tower 22 on Sunday, January 28.")
    assert c.attack_date == date(2024, 1, 28) and c.date_basis == "explicit"


def test_day_count_of_the_war_places_an_undated_article() -> None:
    """"the aggression on Gaza for 91 days" puts the article on 6 January 2024; "Friday" is then the 5th."""
    text = "The militia said on Friday, on the aggression on Gaza for 91 days, that it attacked the Harir base with drones."
    (c,) = claims_of(text)
    assert c.attack_date == date(2024, 1, 5)


@pytest.mark.parametrize(
    "text",
    [
        "U.S. fighter jets struck a weapons depot in eastern Syria used by the Revolutionary Guard, the Pentagon said on Thursday.",
        "Militias have attacked US bases in Iraq and Syria more than 160 times since mid-October, the Pentagon said.",
        "Kataib Hezbollah threatened to attack Ain al-Asad and other bases hosting US troops.",
        "The US has about 2,500 troops at bases in Iraq and 900 in Syria.",
        "The al-Tanf garrison is seen in a photo from 2018.",
        "The killing of Soleimani in a 2020 U.S. drone strike near Baghdad airport brought the two countries close to war.",
        "About 900 U.S. troops are in Syria, many at al-Tanf and at bases in the northeast, where they have been attacked repeatedly.",
        "Turkish drones struck a Kurdish-held oil facility near Rumeilan in northeast Syria on Tuesday, killing two guards.",
        "The prime minister said attacks on bases hosting coalition advisers, including Ain al-Asad and Harir, undermine the state.",
        "Militias have attacked Ain al-Asad more than 20 times since October, officials said.",
    ],
)
def test_strikes_counts_threats_and_mentions_make_no_claim(text: str) -> None:
    """US retaliation, aggregate counts, threats, troop numbers and a mere mention are not attacks on a base."""
    assert claims_of(text, "2024-01-10") == []


def test_casualties_and_side_are_read_with_their_numbers() -> None:
    """"three US soldiers were killed and 34 were wounded" is 3 killed, 34 wounded, on the US side."""
    (c,) = claims_of("Three US soldiers were killed and 34 were wounded in an attack on Tower 22 on Sunday.", "2024-01-29")
    assert (c.killed, c.wounded, c.casualty_side) == (3, 34, "US")


def test_partner_forces_are_the_partner_side() -> None:
    """SDF fighters killed at a US base are partner casualties."""
    (c,) = claims_of("A drone killed six SDF fighters at the al-Omar oil field base on Sunday.", "2024-02-05")
    assert (c.killed, c.casualty_side, c.weapon) == (6, "partner", "drone")


def test_no_injuries_means_zero_casualties() -> None:
    """"with no damage or injuries reported" is 0 killed and 0 wounded, not unknown."""
    (c,) = claims_of("One attack took place at Mission Support Site Euphrates on Feb. 3, with no damage or injuries reported.", "2024-02-05")
    assert (c.killed, c.wounded, str(c.attack_date)) == (0, 0, "2024-02-03")


def test_a_following_sentence_about_the_attack_fills_in_the_weapon() -> None:
    """"An explosive-laden drone crashed into ..." after the claim sentence gives the claim its weapon."""
    text = (
        "U.S.-backed forces confirmed an attack on Sunday at the Al-Omar oilfield killed six Kurdish fighters. "
        "An explosive-laden drone crashed into the training academy on the U.S. base."
    )
    (c,) = claims_of(text, "2024-02-05")
    assert (c.weapon, c.status) == ("drone", "confirmed")


def test_two_mentions_of_one_base_in_one_article_are_one_claim() -> None:
    """An article naming al-Tanf twice about the same attack yields one claim with the date from either."""
    text = "The Islamic Resistance in Iraq used drones to attack the al-Tanf garrison. Officials said the al-Tanf garrison was attacked by drones on Thursday."
    (c,) = claims_of(text, "2023-10-20")
    assert (c.base_id, str(c.attack_date), c.actor) == ("al-tanf", "2023-10-19", "Islamic Resistance in Iraq")


def test_two_attacks_on_one_base_on_different_days_are_two_claims() -> None:
    """A base attacked on Feb. 3 and again on Monday gives two claims."""
    text = "MSS Euphrates was attacked on Feb. 3. Militants fired a single rocket at MSS Euphrates again on Monday."
    claims = claims_of(text, "2024-02-05")
    assert [(c.base_id, str(c.attack_date), c.weapon) for c in claims] == [
        ("mss-euphrates", "2024-02-03", "unknown"),
        ("mss-euphrates", "2024-02-05", "rocket"),
    ]


def test_misspelt_base_is_linked_by_fuzzy_match_with_lower_confidence() -> None:
    """"the base at Ayn al-Asaad" is Ain al-Asad, linked by rapidfuzz, confidence below an exact alias."""
    (c,) = claims_of("A drone was launched at the base at Ayn al-Asaad on Tuesday.", "2023-11-01")
    assert (c.base_id, c.link_method) == ("ain-al-asad", "fuzzy") and 0.85 <= c.link_confidence < 1.0


def test_recalled_attack_named_by_date_and_toll_is_background_and_linked() -> None:
    """"in response to a Jan. 28 drone attack that caused the first U.S. fatalities" recalls Tower 22."""
    text = "The U.S. struck 85 targets on Friday in response to a Jan. 28 suicide drone attack that caused the first U.S. fatalities."
    (c,) = claims_of(text, "2024-02-05")
    assert (c.base_id, c.link_method, c.background, str(c.attack_date)) == ("tower-22", "known_attack", True, "2024-01-28")


def test_claim_ids_are_deterministic() -> None:
    """The same article always yields the same claim ids."""
    text = "Drones hit the al-Tanf garrison on Thursday."
    assert [c.claim_id for c in claims_of(text, "2023-10-20")] == [c.claim_id for c in claims_of(text, "2023-10-20")]


@pytest.mark.parametrize(
    ("text", "base_id", "method"),
    [
        ("Three US troops were killed at a base in Jordan near the Syrian border on Sunday.", "tower-22", "context"),
        ("A drone attack targeted a US base in Erbil on Thursday, officials said.", "erbil", "context"),
    ],
)
def test_unnamed_bases_described_by_where_they_are_are_linked_by_context(text: str, base_id: str, method: str) -> None:
    """A base described by its place, with a toll or an attack word, is linked by the gazetteer's context phrases."""
    (c,) = claims_of(text, "2024-01-29")
    assert (c.base_id, c.link_method) == (base_id, method) and c.link_confidence < 1.0


def test_in_a_list_of_attacks_each_base_gets_the_weapon_named_before_it() -> None:
    """"two drone attacks on al-Tanf, a rocket attack on Conoco": drones for al-Tanf, a rocket for Conoco."""
    text = "The group claimed two drone attacks on al-Tanf, a rocket attack on the Conoco gas field and a drone attack on Harir on Sunday."
    found = claims_of(text, "2024-01-08")
    assert [(c.base_id, c.weapon) for c in found] == [("al-tanf", "drone"), ("conoco", "rocket"), ("harir", "drone")]


@pytest.mark.parametrize(
    ("text", "language", "bases"),
    [
        ("Rockets were fired at the Asad and Erbil air bases on Tuesday night.", "en", ["ain-al-asad", "erbil"]),
        ("17日未明、イラクのアルアサド、ビクトリー両基地にロケット弾が撃ち込まれた。", "ja", ["ain-al-asad", "victory-baghdad"]),
        ("17日凌晨，伊拉克阿萨德和哈里尔两个空军基地遭到火箭弹袭击。", "zh", ["ain-al-asad", "harir"]),
    ],
)
def test_each_name_of_a_list_takes_the_base_noun_the_list_shares(text: str, language: str, bases: list[str]) -> None:
    """"the Asad and Erbil air bases" names two bases, though bare "Asad" (the president) and "Victory" are no aliases."""
    found = claims_of(text, "2024-01-17", language=language)
    assert sorted(c.base_id for c in found) == bases


def test_a_list_of_countries_before_a_base_noun_names_no_base() -> None:
    """"the Iraqi and Syrian bases" shares a noun, but no country and noun make a base's name."""
    found = claims_of("Drones were launched at the Iraqi and Syrian bases of the coalition on Sunday.", "2024-01-22")
    assert all(c.base_id is None for c in found)


def test_non_life_threatening_injuries_are_not_a_threat() -> None:
    """"non-life-threatening injuries in the attack on Ain al-Asad" reports an attack; "threatening" is no threat here."""
    (c,) = claims_of("Four U.S. troops suffered non-life-threatening injuries in the attack on Ain al-Asad on Saturday, CENTCOM said.", "2023-11-19")
    assert (c.base_id, c.wounded, str(c.attack_date)) == ("ain-al-asad", 4, "2023-11-18")


def test_an_attack_recalled_as_days_before_is_background() -> None:
    """"came days after a drone killed three US soldiers at Tower 22" recalls an attack; it is no new report."""
    (c,) = claims_of("The US strike came days after a drone killed three American troops at Tower 22 in Jordan.", "2024-02-03")
    assert c.base_id == "tower-22" and c.background


@pytest.mark.parametrize(
    ("text", "language", "base_id"),
    [
        ("Исламское сопротивление в Ираке заявило об атаке беспилотников на базу Эт-Танф в Сирии.", "ru", "al-tanf"),
        ("مقاومت اسلامی عراق اعلام کرد پایگاه عین الاسد را با پهپاد هدف قرار داده است.", "fa", "ain-al-asad"),
        ("Irak İslami Direnişi, Ayn el-Esed Üssü'ne insansız hava aracıyla saldırı düzenlediğini duyurdu.", "tr", "ain-al-asad"),
    ],
)
def test_other_languages_link_bases_named_in_their_own_spelling(text: str, language: str, base_id: str) -> None:
    (c,) = claims_of(text, "2024-01-21", language=language)
    assert (c.base_id, c.weapon, c.actor, c.status) == (base_id, "drone", "Islamic Resistance in Iraq", "claimed")


def test_a_recalled_attack_after_the_news_in_one_sentence_leaves_the_news_as_news() -> None:
    """"Drones struck al-Omar on Friday, days after ... attacks on al-Tanf": al-Omar is news, al-Tanf is recalled."""
    text = "Drones struck near the al-Omar oil field early on Friday, monitors said, days after officials reported injuries from attacks on al-Tanf."
    found = {c.base_id: c.background for c in claims_of(text, "2023-10-27")}
    assert found == {"al-omar": False, "al-tanf": True}


def test_since_a_date_when_something_happened_dates_that_thing() -> None:
    """"No attacks since Feb. 4, when a drone killed six SDF fighters at al-Omar": Feb. 4, recalled."""
    (c,) = claims_of("No U.S. bases have been attacked since Feb. 4, when a drone killed six SDF fighters at the al-Omar base.", "2024-02-13")
    assert (c.base_id, str(c.attack_date), c.killed, c.background) == ("al-omar", "2024-02-04", 6, True)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Six Kurdish-led fighters were killed on Sunday night in a drone strike on the al-Omar base, the SDF said on Monday.", "2024-02-06", "2024-02-04"),
        ("Am Dienstagabend wurde der US-Stützpunkt Ain al-Asad im Irak mit Raketen beschossen, teilte das Pentagon mit.", "2024-01-31", "2024-01-30"),
    ],
)
def test_the_attack_day_not_the_statement_day(text: str, published: str, day: str) -> None:
    """"..., the SDF said on Monday" dates the statement; "Dienstagabend" is Tuesday evening."""
    (c,) = claims_of(text, published)
    assert str(c.attack_date) == day


def test_personnel_is_not_per_cent() -> None:
    """"wounding eight personnel": eight wounded ("per" in "personnel" is no unit)."""
    (c,) = claims_of("Militants fired a close-range ballistic missile at Ain al-Asad on Tuesday, wounding eight personnel.", "2023-11-22")
    assert (c.wounded, c.weapon) == (8, "ballistic_missile")


@pytest.mark.parametrize(
    "text",
    [
        "A drone strike near Baghdad airport on Thursday killed a senior commander of the Popular Mobilization Forces, security sources said.",
        "قصفت طائرة مسيرة أمريكية مقرا للحشد الشعبي قرب مطار بغداد، ما أسفر عن مقتل قيادي في الحشد.",
    ],
)
def test_a_strike_on_militia_near_a_base_is_no_attack_on_the_base(text: str) -> None:
    assert claims_of(text, "2024-01-05") == []


def test_a_base_named_as_an_attack_in_a_story_about_a_strike_on_militia_is_background() -> None:
    """"killing a commander who planned the Tower 22 attack" recalls Tower 22; it does not report a new attack."""
    (c,) = claims_of("A drone struck a car in Baghdad on Wednesday, killing a Kataib Hezbollah commander who planned the Tower 22 attack.", "2024-02-08")
    assert c.base_id == "tower-22" and c.background


@pytest.mark.parametrize(
    "text",
    [
        "Trois soldats américains ont été tués dimanche dans une attaque de drone contre un avant-poste américain dans le nord-est de la Jordanie.",
        "Tres soldados estadounidenses murieron el domingo en un ataque con dron contra una base estadounidense en el noreste de Jordania.",
        "قتل ثلاثة جنود أمريكيين الأحد في هجوم بطائرة مسيرة على قاعدة أمريكية في شمال شرق الأردن قرب الحدود السورية.",
        "Tre soldati americani sono stati uccisi domenica in un attacco con un drone contro una base statunitense nel nord-est della Giordania.",
        "Três soldados americanos morreram no domingo num ataque de drone contra uma base dos EUA no nordeste da Jordânia.",
    ],
)
def test_the_unnamed_jordan_outpost_is_linked_in_five_more_languages(text: str) -> None:
    (c,) = claims_of(text, "2024-01-29")
    assert (c.base_id, c.link_method, str(c.attack_date), c.killed, c.weapon) == ("tower-22", "context", "2024-01-28", 3, "drone")


def test_each_place_takes_the_weapon_of_its_own_clause() -> None:
    """"rockets hit near Ain al-Asad; a drone was shot down near al-Tanf": rockets for one, a drone for the other."""
    found = claims_of("On Thursday rockets hit near Ain al-Asad; a drone was shot down near al-Tanf.", "2023-10-20")
    assert [(c.base_id, c.weapon) for c in found] == [("ain-al-asad", "rocket"), ("al-tanf", "drone")]


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A U.S. soldier was killed in a drone attack on Harir on Sunday.", 1, None),
        ("A drone attack on al-Omar killed an SDF fighter on Monday.", 1, None),
        ("Un soldat américain a été tué dimanche dans une attaque contre la base de Harir.", 1, None),
        ("Several Jordanian soldiers were killed in the attack on Tower 22 on Sunday.", 2, None),  # 22 is the name, not a toll; "several" the floor 2
        ("Dozens of troops were wounded in the attack on Tower 22 on Sunday.", None, None),
        ("A gunship killed two militants after they fired a missile at Ain al-Asad on Tuesday, wounding eight U.S. personnel.", None, 8),
        ("An AC-130 returned fire after the attack on Harir on Sunday.", None, None),  # "130" is an aircraft
    ],
)
def test_tolls_count_single_victims_and_never_the_number_in_a_base_name(text: str, killed: int | None, wounded: int | None) -> None:
    (c,) = claims_of(text, "2024-01-30")
    assert (c.killed, c.wounded) == (killed, wounded)


def test_a_headline_claim_takes_the_day_the_next_sentence_gives_the_attack() -> None:
    """Headline without a day, then "The attack on the base happened on Tuesday": Tuesday, not the publication day."""
    text = "Drone attack targets US base in al-Shaddadi\n\nThe attack on the base happened on Tuesday evening and caused no injuries, a monitor said."
    (c,) = claims_of(text, "2024-01-11")
    assert (str(c.attack_date), c.date_basis, c.killed) == ("2024-01-09", "relative", 0)


def test_a_headline_under_the_pages_dateline_takes_the_day_the_story_gives() -> None:
    """A dateline of the publication day, the headline again under it, then "on Tuesday": one claim, Tuesday."""
    text = (
        "Rockets hit Harir air base, no injuries\n2024-03-06 | 09:40\nRockets hit Harir air base, no injuries\n"
        "Three rockets on Tuesday struck Harir air base in northern Iraq, security sources said."
    )
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2024-03-06")] == [("harir", "2024-03-05")]


def test_a_headline_base_in_a_country_gives_way_to_the_base_the_story_names() -> None:
    """Headline "Militia claims drone attack on US base in Syria", body names al-Tanf: one claim, al-Tanf."""
    text = (
        "Militia claims drone attack on US base in Syria\n\n"
        "The group said on Saturday that its fighters launched a drone at the al-Tanf base near the borders with Iraq and Jordan."
    )
    assert [c.base_id for c in claims_of(text, "2023-10-22")] == ["al-tanf"]


def test_in_a_language_without_cue_words_a_named_base_is_still_claimed_and_linked() -> None:
    """Slovenian has no cue words here; the article says it is Slovenian, so naming Ain al-Asad is the claim."""
    text = "Na oporišče Ain al Asad, kjer so nameščeni iraški in koalicijski vojaki, je v nedeljo priletelo več dronov."
    assert [c.base_id for c in claims_of(text, "2024-01-22", language="sl")] == ["ain-al-asad"]
    assert claims_of(text, "2024-01-22", language="en") == []  # declared English: no attack word, no claim


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("وقد أدى القصف على قاعدة الركبان إلى مقتل 3 جنود أميركيين وإصابة نحو 25 آخرين يوم الأحد.", "2024-01-29", ("tower-22", "2024-01-28", 3)),
        ("قصفت المقاومة القوات الأميركية في قاعدة عين الأسد غربي العراق برشقات صاروخية يوم الجمعة.", "2023-11-25", ("ain-al-asad", "2023-11-24", None)),
    ],
)
def test_arabic_reporting_names_and_salvoes(text: str, published: str, expected: tuple[str, str, int | None]) -> None:
    """"the Rukban base" is how Arabic claims named Tower 22; "رشقات صاروخية" are rocket salvoes."""
    (c,) = claims_of(text, published)
    assert (c.base_id, str(c.attack_date), c.killed) == expected
    assert c.weapon == ("rocket" if "صاروخية" in text else "unknown")


def test_an_arabic_count_of_a_hundred_attacks_is_no_claim() -> None:
    text = "تعرضت قواعد الاحتلال الأميركي على الأراضي العراقية والسورية لما يزيد على 100 هجوم منذ السابع من أكتوبر، ومنها قاعدة عين الأسد."
    assert claims_of(text, "2023-12-20") == []


def test_french_raids_on_tanf_and_konico_are_two_claims() -> None:
    text = "Le 19 octobre, la RII a revendiqué des raids contre la base d'al-Tanf et celle établie sur le champ gazier Konico."
    found = claims_of(text, "2023-10-25")
    assert [(c.base_id, str(c.attack_date), c.actor, c.status) for c in found] == [
        ("al-tanf", "2023-10-19", "Islamic Resistance in Iraq", "claimed"),
        ("conoco", "2023-10-19", "Islamic Resistance in Iraq", "claimed"),
    ]


def test_a_page_stamp_dates_the_article_and_a_vague_mention_gives_the_named_base_its_toll() -> None:
    """A month-only header, "Stand: 05.02.2024" (the page's time, so the publication day), six SDF fighters
    killed "at a US site in Syria", then the site named: al-Omar, 4 killed, dated by the page. (Not the famous toll of
    al-Omar's attack of 4 February, six dead, which would take that attack's day.)"""
    text = (
        " date 2024-02 US-Militärbasis: Tote bei Drohnenangriff in Syrien Stand: 05.02.2024 12:55 Uhr\n\n"
        "Bei einem Angriff proiranischer Milizen auf ein US-Militärgelände in Syrien sind mindestens vier Kämpfer der SDF getötet worden. "
        "Die SDF teilten mit, der Angriff habe ein Trainingsgelände am Stützpunkt Al-Omar getroffen."
    )
    (c,) = claims_of(text)
    assert (c.base_id, str(c.attack_date), c.date_basis, c.killed, c.casualty_side) == ("al-omar", "2024-02-05", "publication", 4, "partner")


def test_day_first_numeric_dates_are_read() -> None:
    (c,) = claims_of("Le 28/01/2024, un drone a frappé la Tour 22 en Jordanie.", "2024-02-02")
    assert str(c.attack_date) == "2024-01-28"


def test_a_month_only_publication_gives_a_weekday_no_made_up_day() -> None:
    """A "date 2024-02" header and "on Sunday": which Sunday is unknown, so the claim keeps the month and the weekday."""
    (c,) = claims_of(" date 2024-02 Drone attack\n\nA drone hit Harir air base on Sunday, officials said.")
    assert (c.attack_date, c.date_precision, c.date_month, c.date_weekday) == (None, "month", "2024-02", 6)


def test_the_number_of_a_base_name_and_the_verb_may_are_no_date() -> None:
    """"the drone that struck Tower 22 may have been mistaken ..." is no 22 May."""
    (c,) = claims_of("Officials said the enemy drone that struck Tower 22 may have been mistaken for a US drone.", "2024-01-29")
    assert c.attack_date is not None and c.attack_date.month != 5
