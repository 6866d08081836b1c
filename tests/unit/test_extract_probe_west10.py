"""Patterns probe set 10 (western, 47 real articles) showed, each in sentences of our own."""

from __future__ import annotations

from tests.helpers import claims_of


def test_allied_deaths_told_of_the_attack_outweigh_a_denial_about_us_troops() -> None:
    """ "No American troops were hurt" at the named base, then "killed five allied fighters": the toll is five, not none."""
    text = (
        "Kurdish-led forces said on Monday that a drone hit a training yard at the al-Omar base in eastern Syria. "
        "No casualties were reported among American troops. "
        "The strike on a base housing US forces in eastern Syria killed five allied fighters late Sunday, the first "
        "serious attack since the US launched retaliatory strikes over the weekend."
    )
    claims = [c for c in claims_of(text, None, language="en") if c.base_id == "al-omar"]
    assert [c.killed for c in claims] == [5], [(c.base_id, c.killed, c.wounded) for c in claims]


def test_a_site_clock_above_the_story_does_not_date_its_attack() -> None:
    """A page saved a year later shows the day it was saved above the story: its "Monday" is no day of 2025."""
    text = (
        "Thursday, March 13, 2025, 7:05PM | 55°\nMENU\nSECTIONS\n"
        "This handout picture released on January 30, 2024 shows the three soldiers who died in a drone attack on "
        "their base in Jordan on January 28, 2024.\n"
        "WASHINGTON — US forces may have taken the enemy drone for one of their own and let it fly into a desert base "
        "in Jordan where it killed three troops, officials said Monday.\n"
        "Details of the Sunday attack came out as the president weighed a response."
    )
    dated = {str(c.attack_date) for c in claims_of(text, None, language="en") if c.attack_date}
    assert dated and all(d.startswith("2024-01") for d in dated), dated


def test_a_count_of_attacks_since_last_october_names_no_attack() -> None:
    """ "since last October 19": the start of a count of attacks on each base, not the day of an attack on them."""
    text = (
        "Monitors have recorded 90 attacks on US bases in Syria since last October 19, including 30 attacks on the "
        "Conoco gas plant base and 12 attacks on the al-Tanf base."
    )
    claims = claims_of(text, "2024-08-10", language="en")
    assert claims == [], [(c.base_id, c.attack_date) for c in claims]


def test_a_base_name_that_goes_on_as_a_mans_name_is_no_base() -> None:
    """ "Omar Abu Hassan, who runs a local outlet": a man called Omar, not the al-Omar oil field."""
    text = "Omar Abu Hassan, que dirige un medio local, dijo que tres drones golpearon la base de Conoco el jueves."
    bases = {c.base_id for c in claims_of(text, "2023-10-20", language="es")}
    assert bases == {"conoco"}, bases


def test_tens_and_units_joined_by_and_are_one_number() -> None:
    """Romanian "douăzeci și patru" is twenty-four wounded, not four."""
    text = "Douăzeci și patru de militari americani au fost răniți marți într-un atac cu drone asupra bazei al-Asad."
    claims = claims_of(text, "2023-10-25", language="ro")
    assert [(c.base_id, c.wounded) for c in claims] == [("ain-al-asad", 24)], [(c.base_id, c.wounded) for c in claims]


def test_a_base_on_the_jordan_syria_border_in_czech_is_tower_22_with_its_dead() -> None:
    """ "základna na hranicích Jordánska se Sýrií", three killed: the outpost is Tower 22 and the toll is three."""
    text = "Na americkou základnu na hranicích Jordánska se Sýrií zaútočil v neděli dron, který zabil tři americké vojáky."
    claims = claims_of(text, "2024-01-29", language="cs")
    assert [(c.base_id, c.killed) for c in claims] == [("tower-22", 3)], [(c.base_id, c.killed) for c in claims]


def test_word_for_word_names_of_the_bases_in_more_european_languages() -> None:
    """Romanian 'Turnul 22', Serbian 'aerodroma Erbil', Ukrainian 'Аш-Шададі' name the bases."""
    cases = [
        ("Cel puțin 30 de militari au fost răniți duminică în atacul cu dronă asupra bazei cunoscute drept Turnul 22.", "ro", "tower-22"),
        ("Dve naoružane bespilotne letelice oborene su jutros iznad aerodroma Erbil, bez žrtava.", "sr", "erbil"),
        ("Угруповання заявило про удар дроном по американській базі в районі Аш-Шададі.", "uk", "al-shaddadi"),
    ]
    for text, language, base in cases:
        bases = [c.base_id for c in claims_of(text, "2024-01-29", language=language)]
        assert bases == [base], (language, bases)


def test_an_attack_on_that_base_is_on_the_base_the_sentence_before_named() -> None:
    """ "Tower 22 ... houses 350 troops. A drone attack on that base last night killed three": the toll is Tower 22's."""
    text = (
        "Basis Tower 22 ligt in het noordoosten van Jordanië, waar ongeveer 350 Amerikaanse militairen gelegerd zijn. "
        "Bij een drone-aanval op die basis kwamen zondag drie Amerikaanse militairen om het leven."
    )
    claims = claims_of(text, "2024-01-29", language="nl")
    assert [(c.base_id, c.killed) for c in claims] == [("tower-22", 3)], [(c.base_id, c.killed) for c in claims]


def test_a_weekday_adjective_dates_the_attack() -> None:
    """Polish "piątkowy atak" (the Friday attack), Czech "páteční útok": the Friday before publication."""
    cases = [
        ("Piątkowy atak dronów na bazę w Rumalyn w Syrii zranił kilku żołnierzy.", "pl", "2024-08-11"),
        ("Páteční útok dronů na základnu Rumalyn v Sýrii zranil několik vojáků.", "cs", "2024-08-11"),
    ]
    for text, language, published in cases:
        dated = [(c.base_id, str(c.attack_date)) for c in claims_of(text, published, language=language)]
        assert dated == [("rumalyn", "2024-08-09")], (language, dated)


def test_a_distance_and_direction_to_another_base_only_locates_the_target() -> None:
    """ "al-Harir, some 45 kilometers (28 miles) north of the Erbil airport": Erbil is where Harir lies, not a target."""
    text = "A drone hit al-Harir Air Base, situated 45 kilometers (28 miles) north of the Erbil International Airport, on Saturday."
    bases = [c.base_id for c in claims_of(text, "2023-12-31", language="en")]
    assert bases == ["harir"], bases


def test_a_count_of_separate_attacks_names_no_attack_in_greek() -> None:
    """ "σε πέντε ξεχωριστές επιθέσεις" (in five separate attacks): a tally of the bases hit, not one attack each."""
    text = "Από την Τετάρτη, τρεις βάσεις έχουν στοχοποιηθεί σε πέντε ξεχωριστές επιθέσεις, ανάμεσά τους η βάση Al-Harir."
    claims = claims_of(text, "2023-10-22", language="el")
    assert claims == [], [(c.base_id, c.attack_date) for c in claims]


def test_more_ways_of_saying_nobody_was_hurt() -> None:
    """ "without causing any casualties", "without any losses", Greek "χωρίς να προκληθούν θύματα": a toll of none."""
    cases = [
        ("A drone targeting the coalition base at Erbil International Airport was shot down without causing any casualties.", "en", "erbil"),
        ("Air defenses brought down a drone over the Conoco base without any losses.", "en", "conoco"),
        ("Ένα drone έπεσε μέσα στη βάση Ain al-Assad χωρίς να προκληθούν θύματα.", "el", "ain-al-asad"),
    ]
    for text, language, base in cases:
        tolls = [(c.base_id, c.killed, c.wounded) for c in claims_of(text, "2023-12-31", language=language)]
        assert tolls == [(base, 0, 0)], (language, tolls)


def test_a_drone_on_another_forces_base_in_erbil_is_no_attack_on_the_coalition() -> None:
    """ "Two drones struck a Peshmerga base in Erbil": a Kurdish forces' base, not the coalition's Erbil air base."""
    text = "Last night, two explosive drones struck a Peshmerga base in Erbil, causing material damage only."
    claims = claims_of(text, "2023-12-31", language="en")
    assert claims == [], [(c.base_id, c.place_text) for c in claims]


def test_aggression_and_genitive_airport_words_name_an_attack_on_a_base() -> None:
    """Spanish "una agresión similar contra la base de Tanf"; Ukrainian "по базі поблизу аеропорту Ербіль"."""
    cases = [
        ("Además, se informó de una agresión similar contra la base de Tanf, en la frontera con Irak y Jordania.", "es", "al-tanf"),
        ("Безпілотники були запущені по базі США поблизу аеропорту Ербіль на півночі Іраку.", "uk", "erbil"),
    ]
    for text, language, base in cases:
        bases = [c.base_id for c in claims_of(text, "2023-11-24", language=language)]
        assert bases == [base], (language, bases)
