"""Session 60's blind probe sets: patterns of real reporting, each in our own words."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


def test_a_toll_of_the_attacks_after_several_places_keeps_each_own_toll() -> None:
    """ "... 21 were hurt in the attacks" after attacks on two bases with tolls of their own: their sum, not the last one's."""
    text = (
        "Officials said the first attack hit the al-Tanf garrison in southern Syria, injuring 20 troops. The other "
        "drones struck the al-Asad base in western Iraq and injured the remaining four people. A week later a "
        "spokesman gave another figure: 21 personnel were injured in the attacks."
    )
    tolls = {c.base_id: c.wounded for c in claims_of(text, None, language="en")}
    assert tolls == {"al-tanf": 20, "ain-al-asad": 4}


def test_a_toll_of_the_attacks_at_one_place_still_counts() -> None:
    """With one place told, "the attacks" are that place's and their toll is its own."""
    text = (
        "Two drones struck the al-Asad base in western Iraq on Monday, lightly injuring two soldiers. Officials later "
        "said 21 personnel were injured in the attacks."
    )
    (claim,) = claims_of(text, "2023-10-25", language="en")
    assert (claim.base_id, claim.wounded) == ("ain-al-asad", 21)


@pytest.mark.parametrize(
    "opening",
    ["The Pentagon said on Tuesday that it struck back at the militia.", "The Pentagon confirmed the incident on Tuesday."],
)
def test_a_statement_day_carried_to_the_claim_gives_way_to_the_attack_day_told_later(opening: str) -> None:
    """ "The Pentagon confirmed the incident on Tuesday. ... The incident occurred on Monday evening": the attack's day is Monday."""
    text = f"{opening} Militants fired a ballistic missile at the Al-Asad Airbase in Iraq. The incident occurred on Monday evening."
    (claim,) = claims_of(text, "2023-11-22", language="en")
    assert (claim.base_id, str(claim.attack_date)) == ("ain-al-asad", "2023-11-20")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Iraqi factions said on Sunday they targeted the Qasrak base in Hasakah with drones, as two PMF members were killed."),
        (
            "ar",
            "أعلنت فصائل عراقية، يوم الأحد، استهداف قاعدة قسرك في ريف الحسكة بطائرة مسيرة، بالتزامن مع الإعلان عن مقتل "
            "عنصرين من «الحشد الشعبي» في هجوم شمال العاصمة.",
        ),
        ("ar", "أعلنت فصائل عراقية، يوم الأحد، استهداف قاعدة قسرك في ريف الحسكة بطائرة مسيرة، بالتزامن مع مقتل عنصرين من الحشد الشعبي."),
    ],
)
def test_the_militias_own_dead_beside_their_claim_on_a_us_base_are_no_toll(language: str, text: str) -> None:
    """Members of the PMF killed, told in the sentence of a claim on a base of US forces, are another event's dead."""
    (claim,) = claims_of(text, "2024-01-08", language=language)
    assert (claim.base_id, claim.killed) == ("qasrak", None)


def test_the_militias_own_dead_at_their_own_base_stay_its_toll() -> None:
    """At a base the militias garrison (Kalsu), a blast that kills PMF members is still that base's toll."""
    text = "An explosion hit the Kalsu military base south of Baghdad on Saturday, killing one member of the PMF."
    (claim,) = claims_of(text, "2024-04-21", language="en")
    assert (claim.base_id, claim.killed) == ("kalsu", 1)


def test_gunmen_killed_the_day_before_a_claim_are_no_toll_in_arabic() -> None:
    """ "غداة مقتل 25 مسلحا" (the day after 25 gunmen were killed): a recalled event, and its dead are fighters."""
    text = "أعلنت جماعة مسلحة في العراق أنها استهدفت قاعدة الرميلان في محافظة الحسكة بطائرات مسيرة، وذلك غداة مقتل 25 مسلحا في غارات جوية على مواقعها."
    (claim,) = claims_of(text, "2024-01-01", language="ar")
    assert (claim.base_id, claim.killed) == ("rumalyn", None)


def test_fighters_of_iran_backed_groups_killed_later_are_no_toll_in_arabic() -> None:
    """ "قتل أربعة مقاتلين من مجموعات مدعومة من إيران" after a claim: the militias' own dead, of another strike."""
    text = (
        "أعلنت المقاومة الإسلامية في العراق، اليوم الأحد، أنها استهدفت قاعدة الرميلان في الحسكة بطائرة مسيرة. "
        "وقال مرصد إن أربعة مقاتلين من مجموعات مدعومة من إيران قتلوا في قصف في شمال البلاد."
    )
    (claim,) = claims_of(text, "2023-12-31", language="ar")
    assert (claim.base_id, claim.killed) == ("rumalyn", None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Pentagon said the number of soldiers hurt in the attack on a US base in eastern Hasakah reached 11. "
            "Deputy press secretary Sabrina Singh said on Monday, August 19, that the hurt soldiers were treated for brain injuries.",
        ),
        (
            "ar",
            "أعلنت وزارة الدفاع الأمريكية أن عدد المصابين جراء الهجوم الذي استهدف قاعدة عسكرية أمريكية في شرق محافظة "
            "الحسكة بلغ 11 جنديا أمريكيا. وأوضحت نائبة المتحدث، سابرينا سينغ، خلال مؤتمر صحفي يوم الاثنين 19 أغسطس، "
            "أن الجنود المصابين تلقوا العلاج.",
        ),
    ],
)
def test_a_revised_wounded_count_at_an_unnamed_base_is_the_known_attack_of_that_count(language: str, text: str) -> None:
    """Eleven hurt at "a US base in eastern Hasakah" ten days after the Rumalyn drone: that attack, on its own day, not the briefing's."""
    (claim,) = claims_of(text, "2024-08-20", language=language)
    assert (claim.base_id, str(claim.attack_date), claim.wounded) == ("rumalyn", "2024-08-09", 11)


def test_a_statement_day_that_tells_the_attack_still_dates_it() -> None:
    """ "CENTCOM said on Saturday, January 20, that the base was attacked": the day the sentence tells the attack on."""
    text = (
        "At least two American soldiers were wounded at the Ain al-Asad air base. CENTCOM said on Saturday, January 20, "
        "that the base was attacked by ballistic missiles."
    )
    (claim,) = claims_of(text, "2024-01-21", language="en")
    assert (claim.base_id, str(claim.attack_date)) == ("ain-al-asad", "2024-01-20")


@pytest.mark.parametrize(
    ("language", "text", "base"),
    [
        ("uk", "Американську військову базу в районі міжнародного аеропорту іракського Багдада атакували ракетами.", "victory-baghdad"),
        ("az", "ABŞ-ın Suriyadakı Əş-Şəddadi şəhərindəki bazası dörd raketlə atəşə tutulub.", "al-shaddadi"),
        ("az", "Raketlər ABŞ hərbçilərinin baza kimi istifadə etdiyi Əl-Cəbsədə düşüb, hücum zamanı itki barədə məlumat yoxdur.", "al-shaddadi"),
        ("es", "Milicias proiraníes volvieron a atacar la base de Al Asad, donde hay militares españoles.", "ain-al-asad"),
    ],
)
def test_spellings_of_bases_in_ukrainian_azerbaijani_and_spanish(language: str, text: str, base: str) -> None:
    """The Baghdad airport with "Iraqi" before the city, Shaddadi and its al-Jabsa field with Azerbaijani case endings, "la base de Al Asad"."""
    assert [c.base_id for c in claims_of(text, None, language=language)] == [base]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Islamic Resistance in Iraq said on Friday it struck a military target in the occupied Golan with drones "
            "at dawn. A few days ago, the group targeted the Ovda air base in southern Israel. Also, in separate strikes, "
            "it targeted Ben Gurion airport and the oil refineries in Haifa.",
        ),
        (
            "ar",
            "أعلنت المقاومة الإسلامية في العراق، اليوم الجمعة، أنها ضربت هدفا عسكريا في الجولان المحتل بالطائرات المسيرة. "
            "وقبل أيام، استهدفت المقاومة قاعدة عوبدا الجوية في جنوب فلسطين المحتلة. وأيضا، استهدفت المقاومة، في وقت سابق، "
            "عبر ضربات متفرقة، مطار بن غوريون ومصافي النفط في حيفا.",
        ),
    ],
)
def test_a_sentence_adding_to_a_recall_recalls_too(language: str, text: str) -> None:
    """ "Also, in separate strikes, it targeted ..." right after a sentence of recalled attacks adds to the recall: no news."""
    news = [c.base_id for c in claims_of(text, "2024-03-30", language=language) if not c.background]
    assert "ben-gurion-airport" not in news and "haifa-oil-refinery" not in news


def test_a_sentence_adding_an_attack_of_its_own_day_after_a_recall_stays_news() -> None:
    """ "On Friday, it also targeted Ben Gurion airport": a day of its own makes the added attack the news."""
    text = "A few days ago, the group targeted the Ovda air base in southern Israel. Also, on Friday, it targeted Ben Gurion airport with drones."
    news = [c.base_id for c in claims_of(text, "2024-03-30", language="en") if not c.background]
    assert news == ["ben-gurion-airport"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The monitor said on Friday evening that six pro-Iranian fighters were killed in an attack in eastern Syria."),
        ("fr", "L'observatoire a indiqué vendredi soir que six combattants pro-iraniens ont été tués dans une attaque dans l'est de la Syrie."),
        ("es", "El observatorio informó el viernes que seis combatientes proiraníes murieron en un ataque en el este de Siria."),
        ("it", "L'osservatorio ha riferito venerdì che sei combattenti filo-iraniani sono stati uccisi in un attacco nell'est della Siria."),
        ("pt", "O observatório informou na sexta-feira que seis combatentes pró-iranianos foram mortos num ataque no leste da Síria."),
        ("tr", "Gözlemevi cuma günü Suriye'nin doğusunda bir saldırıda altı İran yanlısı savaşçının öldürüldüğünü bildirdi."),
        ("nl", "Het observatorium meldde vrijdag dat zes pro-Iraanse strijders zijn gedood bij een aanval in het oosten van Syrië."),
        ("sv", "Observatoriet rapporterade på fredagen att sex proiranska krigare dödades i en attack i östra Syrien."),
        ("no", "Observatoriet meldte fredag kveld at seks proiranske krigere var drept i et angrep øst i Syria."),
        ("da", "Observatoriet meldte fredag, at seks proiranske krigere blev dræbt i et angreb i det østlige Syrien."),
        ("de", "Die Beobachtungsstelle meldete am Freitagabend, dass sechs proiranische Kämpfer bei einem Angriff im Osten Syriens getötet wurden."),
    ],
)
def test_pro_iranian_fighters_killed_are_no_toll_of_an_attack_on_a_base(language: str, text: str) -> None:
    """Six pro-Iranian fighters killed in eastern Syria are the militias' own dead (a strike on them), never a base's toll."""
    assert all(c.killed is None for c in claims_of(text, "2024-02-02", language=language))


def test_a_sorani_death_word_with_its_ezafe_is_a_toll() -> None:
    """ "کوژرانی سێ سەرباز" (the killing of three soldiers, the noun joined by its ezafe): three killed in Jordan, Tower 22."""
    text = "هێرشێکی درۆنی بەیانی یەکشەممە لە بنکەیەکی باکووری رۆژهەڵاتی ئوردن بووە هۆی کوژرانی سێ سەربازی ئەمریکی."
    (claim,) = claims_of(text, "2024-01-29", language="ku")
    assert (claim.base_id, claim.killed, claim.casualty_side) == ("tower-22", 3, "US")


def test_a_korean_sentence_closing_with_a_state_strike_is_that_strike() -> None:
    """ "... 사망한 공격에 대한 보복으로 ... 시설을 공습했습니다": the US strikes in reprisal; the recalled deaths are no new attack."""
    text = "미국은 요르단 기지에서 병사 3명이 사망한 공격에 대한 보복 조치로 2일, 이라크와 시리아의 여러 군사 시설을 공습했습니다."
    assert all(c.killed is None for c in claims_of(text, "2024-02-06", language="ko"))


def test_a_placeless_toll_of_several_attacks_split_among_bases_after_it_gives_each_base_its_share() -> None:
    """ "Nineteen troops were diagnosed ... after drone attacks last week. Fifteen at al-Tanf and four at al-Asad ...": two claims."""
    text = (
        "Nineteen US troops in Iraq and Syria have been diagnosed with brain injuries after rocket and drone attacks last "
        "week, the Pentagon said on Thursday. Fifteen service members at the al-Tanf garrison and four at al-Asad air base "
        "were diagnosed with the injury, a spokesman said."
    )
    tolls = {c.base_id: (c.wounded, c.attack_date) for c in claims_of(text, "2023-10-26", language="en")}
    assert tolls == {"al-tanf": (15, None), "ain-al-asad": (4, None)}


def test_a_day_opening_the_sentence_dates_the_news_after_a_recall_clause() -> None:
    """ "On Saturday, following a US strike ..., the group launched a drone at al-Tanf" on a Monday page: Saturday's news."""
    text = (
        "On Saturday, following a US bombing of militia positions in Syria, which killed at least one fighter, the "
        "Islamic Resistance in Iraq launched a drone strike at the al-Tanf outpost."
    )
    (claim,) = claims_of(text, "2024-06-24", language="en")
    assert (claim.base_id, claim.background, str(claim.attack_date)) == ("al-tanf", False, "2024-06-22")
