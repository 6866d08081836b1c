"""Patterns probe set 11 (western, 60 real articles) showed, each in sentences of our own."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_toll_whose_attack_only_a_context_phrase_places_is_that_site() -> None:
    """ "killed in a drone strike in Jordan near the Syrian border": no base noun, no "attack on", still Tower 22 with its dead."""
    text = "Four American troops were killed and 12 hurt in a drone strike in Jordan near the Syrian border, officials said."
    claims = claims_of(text, "2024-01-29", language="en")
    assert [(c.base_id, c.killed) for c in claims] == [("tower-22", 4)], [(c.base_id, c.killed) for c in claims]


def test_a_greek_base_on_the_golan_heights_is_the_golan_base() -> None:
    """Greek 'στρατιωτική βάση στα Υψίπεδα του Γκολάν' (a base on the Golan Heights) names the northern Golan base."""
    text = "Τρεις στρατιώτες σκοτώθηκαν από επίθεση με drone σε στρατιωτική βάση στα Υψίπεδα του Γκολάν."
    claims = claims_of(text, "2024-10-04", language="el")
    assert [(c.base_id, c.killed) for c in claims] == [("northern-golan-idf-base", 3)], [(c.base_id, c.killed) for c in claims]


def test_israeli_soldiers_killed_at_a_claimed_site_are_partner_dead_in_every_western_pack() -> None:
    """French 'soldats israéliens' killed at the Golan base are partner dead, as English 'Israeli soldiers' are."""
    text = "Trois soldats israéliens ont été tués par un drone lancé depuis l'Irak contre une base militaire du Golan."
    claims = claims_of(text, "2024-10-04", language="fr")
    assert [(c.base_id, c.killed, c.casualty_side) for c in claims] == [("northern-golan-idf-base", 3, "partner")], claims


def test_an_attack_in_the_occupied_golan_with_a_toll_is_the_golan_base() -> None:
    """ "two soldiers killed in a drone attack ... in the occupied Golan Heights", no base noun: the Golan base, as Arabic 'الجولان المحتل' is."""
    text = "Two Israeli soldiers were killed in a drone attack by an Iraqi group in the occupied Golan Heights on Thursday."
    claims = claims_of(text, "2024-10-05", language="en")
    assert [(c.base_id, c.killed, c.casualty_side) for c in claims] == [("northern-golan-idf-base", 2, "partner")], claims


def test_an_italian_since_the_attacks_began_clause_dates_no_attack() -> None:
    """Italian "da quando sono iniziati gli attacchi ... il 17 ottobre" starts a span: no attack on the base that day."""
    text = (
        "Domenica 28 gennaio un drone ha ucciso tre soldati americani in Giordania. L'attacco è avvenuto alla Torre 22, "
        "ed è il primo attacco noto alla Torre 22 da quando sono iniziati gli attacchi contro le forze americane e della "
        "coalizione il 17 ottobre."
    )
    dates = sorted(str(c.attack_date) for c in claims_of(text, None, language="it") if c.base_id == "tower-22")
    assert dates == ["2024-01-28"], dates


def test_a_weekday_the_officials_spoke_on_is_no_attack_day_counted_back_from_another_sentence() -> None:
    """ "..., ont confié jeudi à la presse des responsables" beside "lundi 5 août" and no page date: no Thursday before the 5th."""
    text = (
        "Trois drones ont visé la base d'Aïn al-Assad dans l'ouest de l'Irak, ont confié jeudi à la presse deux responsables. "
        "Menée dans la nuit du lundi 5 août, cette attaque n'a pas fait de victimes. "
        "Un drone a été abattu et les deux autres sont tombés dans la base d'Aïn al-Assad sans faire de blessés, a ajouté la source."
    )
    claims = [c for c in claims_of(text, None, language="fr") if c.base_id == "ain-al-asad"]
    assert {str(c.attack_date) for c in claims} <= {"2024-08-05", "None"}, [(c.attack_date, c.date_basis) for c in claims]


def test_a_polish_no_human_losses_is_a_toll_of_none() -> None:
    """Polish "nie spowodowały strat w ludziach" (caused no human losses): nobody killed or hurt."""
    text = "Trzy drony zaatakowały w piątek bazę Ain al-Asad, ale nie spowodowały strat w ludziach."
    claims = claims_of(text, "2023-11-04", language="pl")
    assert [(c.base_id, c.killed, c.wounded) for c in claims] == [("ain-al-asad", 0, 0)], [(c.base_id, c.killed, c.wounded) for c in claims]


def test_a_later_sentence_naming_the_day_of_the_attack_dates_a_claim_carried_from_the_dateline() -> None:
    """A dateline day carried down is no day of the attack: "Reuters heard of the Friday attack" dates it to Friday."""
    text = (
        "2024-08-11, 07:10\n\n"
        "Drony uderzyły w amerykańską bazę wojskową w Rumalyn w Syrii. Dwóch żołnierzy zostało lekko rannych. "
        "Agencja Reuters dowiedziała się o piątkowym ataku od urzędnika z Waszyngtonu."
    )
    claims = [c for c in claims_of(text, "2024-08-11", language="pl") if c.base_id == "rumalyn"]
    assert [str(c.attack_date) for c in claims] == ["2024-08-09"], [(c.attack_date, c.date_basis) for c in claims]


def test_a_headline_repeated_under_the_dateline_is_covered_by_the_named_base() -> None:
    """The headline's "a US base in Syria", repeated under a dateline, is the named base's attack, not a second claim."""
    text = (
        "Drony zaatakowały amerykańską bazę w Syrii\n\n2024-08-11, 07:10\n\nDrony zaatakowały amerykańską bazę w Syrii\n"
        "Drony uderzyły w amerykańską bazę wojskową w Rumalyn w Syrii. "
        "Agencja Reuters dowiedziała się o piątkowym ataku od urzędnika z Waszyngtonu."
    )
    claims = claims_of(text, "2024-08-11", language="pl")
    assert [(c.base_id, str(c.attack_date)) for c in claims] == [("rumalyn", "2024-08-09")], [(c.base_id, c.attack_date) for c in claims]


def test_an_undated_report_of_a_famous_attacks_wounded_figure_at_its_base_is_that_attack() -> None:
    """No day, no death count, "34 service members wounded" at Tower 22: one of that attack's wounded figures, so its day."""
    text = "Cel puțin 34 de militari americani au fost răniți în atacul cu dronă asupra bazei numite Turnul 22."
    claims = claims_of(text, None, language="ro")
    assert [(c.base_id, str(c.attack_date)) for c in claims] == [("tower-22", "2024-01-28")], [(c.base_id, c.attack_date) for c in claims]


def test_a_wounded_figure_at_another_base_takes_no_famous_day() -> None:
    """The same 34 wounded at al-Tanf, no day: no famous attack of al-Tanf has that figure, so the report stays undated."""
    text = "Cel puțin 34 de militari americani au fost răniți în atacul cu dronă asupra bazei al-Tanf."
    claims = claims_of(text, None, language="ro")
    assert [(c.base_id, c.attack_date) for c in claims] == [("al-tanf", None)], [(c.base_id, c.attack_date) for c in claims]


def test_the_french_base_aerienne_d_al_asad_is_ain_al_asad() -> None:
    """French "la base aérienne d'Al Asad" (no 'Aïn') names Ain al-Asad, as 'base aérea de Al-Asad' does in Spanish."""
    text = "Trois roquettes ont frappé la base aérienne d'Al Asad, dans l'ouest de l'Irak, mardi soir."
    claims = claims_of(text, "2024-08-07", language="fr")
    assert [c.base_id for c in claims] == ["ain-al-asad"], [(c.base_id, c.place_text) for c in claims]


def test_a_hungarian_report_is_read_with_its_own_pack() -> None:
    """Hungarian had no pack (the article read as foreign): 'a keddi támadásban ... Ajn al-Aszad légibázisra' is Ain al-Asad."""
    text = "A keddi támadásban három rakéta csapódott be az Ajn al-Aszad légibázisra, két amerikai katona megsebesült."
    claims = claims_of(text, "2024-01-18", language="hu")
    got = [(c.base_id, c.wounded, c.casualty_side, str(c.attack_date)) for c in claims]
    assert got == [("ain-al-asad", 2, "US", "2024-01-16")], got


def test_a_toll_told_with_its_country_alone_that_is_the_countrys_famous_toll_is_that_attack() -> None:
    """ "Three US troops killed in a drone strike in Jordan", no base named: the exact toll of Jordan's famous attack."""
    text = "Trois soldats américains ont été tués et une trentaine blessés par un drone en Jordanie, a annoncé la Maison Blanche."
    claims = claims_of(text, None, language="fr")
    assert [(c.base_id, c.killed, str(c.attack_date)) for c in claims] == [("tower-22", 3, "2024-01-28")], claims


def test_a_denial_placing_the_famous_attack_across_the_border_is_no_attack_there() -> None:
    """Toll in Jordan, then "Amman says the attack hit al-Tanf in Syria": one attack, Tower 22's, no al-Tanf claim."""
    text = (
        "Three American soldiers died and 30 were hurt in a drone strike in Jordan, the White House said. "
        "Jordan's government says the drone struck the al-Tanf base inside Syria instead."
    )
    claims = claims_of(text, None, language="en")
    assert [(c.base_id, c.killed) for c in claims] == [("tower-22", 3)], [(c.base_id, c.killed) for c in claims]


def test_a_toll_told_with_a_country_that_no_famous_attack_has_makes_no_claim() -> None:
    """ "Two soldiers killed in a drone attack in Syria", no base, no famous attack with that toll: no claim at all."""
    text = "Two American soldiers were killed in a drone attack in Syria, officials said on Tuesday."
    assert claims_of(text, "2024-03-06", language="en") == []


def test_one_word_numbers_from_thirteen_to_twenty_nine_count_in_spanish_italian_portuguese_and_romanian() -> None:
    """ "otros veinticinco", "altri diciotto", "outros dezoito", "alți nouă": one word, one count."""
    cases = [
        ("es", "Dos soldados murieron y otros veinticinco resultaron heridos el martes en un ataque contra la base de al-Tanf.", 25),
        ("it", "Due soldati sono morti e altri diciotto sono rimasti feriti martedì in un attacco contro la base di al-Tanf.", 18),
        ("pt", "Dois soldados morreram e outros dezoito ficaram feridos na terça-feira num ataque contra a base de al-Tanf.", 18),
        ("ro", "Doi soldați au murit și alți nouă au fost răniți marți într-un atac asupra bazei al-Tanf.", 9),
    ]
    for language, text, wounded in cases:
        got = [(c.base_id, c.wounded) for c in claims_of(text, "2024-03-08", language=language)]
        assert got == [("al-tanf", wounded)], (language, got)


def test_teen_numbers_count_in_the_germanic_slavic_greek_and_hungarian_packs() -> None:
    """ "achtzehn verletzt", "восемнадцать получили ранения", "osiemnastu rannych", "δεκαοκτώ τραυματίστηκαν": eighteen wounded."""
    cases = [
        ("de", "Zwei Soldaten wurden getötet und achtzehn verletzt, als am Dienstag Drohnen den Stützpunkt al-Tanf trafen."),
        ("ru", "Двое военных погибли и восемнадцать получили ранения во вторник при атаке дронов на базу Эт-Танф."),
        ("pl", "Dwóch żołnierzy zginęło, a osiemnastu zostało rannych we wtorek w ataku dronów na bazę al-Tanf."),
        ("el", "Δύο στρατιώτες σκοτώθηκαν και δεκαοκτώ τραυματίστηκαν την Τρίτη σε επίθεση με drone στη βάση Αλ Τανφ."),
        ("cs", "Dva vojáci zahynuli a osmnáct bylo zraněno v úterý při útoku dronů na základnu al-Tanf."),
    ]
    for language, text in cases:
        got = [(c.base_id, c.killed, c.wounded) for c in claims_of(text, "2024-03-08", language=language)]
        assert got == [("al-tanf", 2, 18)], (language, got)


def test_a_recalled_blast_at_another_site_gives_the_named_base_no_toll() -> None:
    """ "The strikes came after a blast at a base north of Baghdad killed a PMF fighter": no death at al-Asad (no fatality alert)."""
    text = (
        "Two drones targeted the Ain al-Asad air base in western Iraq on Tuesday, a US official said. "
        "The strikes came after a blast at a base north of Baghdad killed one fighter of the Popular Mobilization Forces."
    )
    claims = claims_of(text, None, language="en")
    assert [(c.base_id, c.killed) for c in claims] == [("ain-al-asad", None)], [(c.base_id, c.killed) for c in claims]


def test_a_sentence_about_the_attack_tells_no_toll_of_what_it_came_after() -> None:
    """French "L'attaque intervient après une explosion ... qui a tué un membre des Hachd": the blast's dead, not the attack's."""
    text = (
        "Deux drones ont visé mardi la base d'Aïn al-Assad, dans l'ouest de l'Irak. "
        "L'attaque intervient après une explosion dans une caserne au nord de Bagdad qui a tué un membre des Hachd al-Chaabi."
    )
    claims = claims_of(text, None, language="fr")
    assert [(c.base_id, c.killed) for c in claims] == [("ain-al-asad", None)], [(c.base_id, c.killed) for c in claims]


def test_sunday_rockets_at_rumalyn_and_a_monday_drone_at_al_asad_are_not_put_in_december_2023() -> None:
    """Undated: Rumalyn's Sunday rockets and al-Asad's Monday drone fit 21-22 Apr 2024 as well as 3-4 Dec 2023: no guessed day."""
    text = (
        "Five rockets were fired late on Sunday at a base housing coalition troops at Rumalyn, Syria; nobody was hurt. "
        "On Monday, US forces shot down two drones near al-Asad Air Base in Iraq, an official said."
    )
    dates = {c.base_id: c.attack_date for c in claims_of(text, None, language="en")}
    assert dates == {"rumalyn": None, "ain-al-asad": None}, dates


def test_a_french_since_the_attack_on_clause_recalls_that_attack() -> None:
    """ "aucune attaque depuis les attaques contre une base américaine en Jordanie ... tuant trois soldats": a recall."""
    text = (
        "Deux drones ont visé la base d'Aïn al-Assad, a indiqué une source sécuritaire. Les forces américaines n'avaient "
        "subi aucune attaque depuis les attaques contre une base américaine en Jordanie tuant trois soldats américains."
    )
    claims = {c.base_id: c.background for c in claims_of(text, None, language="fr")}
    assert claims == {"ain-al-asad": False, "tower-22": True}, claims


def test_the_base_is_located_in_a_named_place_names_the_vague_claim_before_it() -> None:
    """ "A US base in northeastern Syria came under rocket fire ... . The base is located in Shaddadi": the claim is al-Shaddadi's."""
    text = (
        "A US military base in northeastern Syria came under rocket fire that wounded two service members, local media said. "
        "The base is located in al-Shaddadi in the Hasakah province, the outlet added."
    )
    claims = claims_of(text, "2023-11-20", language="en")
    assert [(c.base_id, c.wounded) for c in claims] == [("al-shaddadi", 2)], [(c.base_id, c.wounded) for c in claims]


def test_la_base_est_situee_names_the_vague_claim_before_it_in_french_and_german() -> None:
    """French "La base est située à al-Shaddadi", German "Der Stützpunkt liegt in al-Schaddadi": the vague claim's base."""
    cases = [
        ("fr", "Une base militaire américaine dans le nord-est de la Syrie a été visée par des roquettes qui ont blessé deux "
         "soldats. La base est située à al-Shaddadi, dans la province de Hassaké."),
        ("de", "Ein US-Militärstützpunkt im Nordosten Syriens wurde mit Raketen angegriffen, zwei Soldaten wurden verletzt. "
         "Der Stützpunkt liegt in al-Schaddadi in der Provinz Hasaka."),
    ]
    for language, text in cases:
        got = [(c.base_id, c.wounded) for c in claims_of(text, "2023-11-20", language=language)]
        assert got == [("al-shaddadi", 2)], (language, got)
