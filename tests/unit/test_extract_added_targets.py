"""A claim sentence that points back at the attack and adds more targets with "also" leaves the toll after it to that attack.

"The group claimed the attack, adding that it also hit Conoco. Four soldiers were wounded.": the places added with
an additive word are further attacks beside the story's one; the toll told next, naming no place, is the story's.
The sentences are ours, one per language, shaped like wire copy (probe wu011, Portuguese, had this shape).
"""

from __future__ import annotations

import pytest

from tests.helpers import claims_of

ADDED = [
    (
        "en",
        (
            "Rockets hit the Harir air base in northern Iraq on Tuesday. "
            "The Islamic Resistance in Iraq claimed the attack and said it had also fired a drone at the Conoco gas field in Syria. "
            "US officials said the attack wounded four service members."
        ),
    ),
    (
        "pt",
        (
            "Um drone atingiu a base aérea de Harir, no norte do Iraque, na terça-feira. "
            "A Resistência Islâmica no Iraque reivindicou o ataque e afirmou que também lançou foguetes contra a base de Conoco, na Síria. "
            "Segundo o Pentágono, o ataque deixou quatro militares feridos."
        ),
    ),
    (
        "es",
        (
            "Un dron impactó el martes en la base aérea de Harir, en el norte de Irak. "
            "La Resistencia Islámica en Irak reivindicó el ataque y aseguró que también lanzó cohetes contra la base de Conoco, en Siria. "
            "Según el Pentágono, cuatro militares resultaron heridos."
        ),
    ),
    (
        "fr",
        (
            "Un drone a frappé mardi la base aérienne de Harir, dans le nord de l'Irak. "
            "La Résistance islamique en Irak a revendiqué l'attaque et affirmé avoir aussi tiré des roquettes sur la base de Conoco, en Syrie. "
            "Selon le Pentagone, quatre militaires ont été blessés."
        ),
    ),
    (
        "it",
        (
            "Un drone ha colpito martedì la base aerea di Harir, nel nord dell'Iraq. "
            "La Resistenza islamica in Iraq ha rivendicato l'attacco e ha detto di aver anche lanciato razzi contro la base di Conoco, in Siria. "
            "Secondo il Pentagono, quattro militari sono rimasti feriti."
        ),
    ),
    (
        "de",
        (
            "Eine Drohne traf am Dienstag den Luftwaffenstützpunkt Harir im Nordirak. "
            "Der Islamische Widerstand im Irak reklamierte den Angriff für sich "
            "und erklärte, er habe auch Raketen auf den Stützpunkt Conoco in Syrien abgefeuert. "
            "Laut Pentagon wurden vier Soldaten verletzt."
        ),
    ),
    (
        "ar",
        (
            "استهدفت طائرة مسيرة قاعدة حرير الجوية في شمال العراق يوم الثلاثاء. "
            "وتبنت المقاومة الإسلامية في العراق الهجوم، وقالت إنها استهدفت أيضا قاعدة كونيكو في سوريا بالصواريخ. "
            "وقال البنتاغون إن أربعة جنود أصيبوا بجروح طفيفة."
        ),
    ),
    (
        "ru",
        (
            "Во вторник беспилотник атаковал авиабазу Харир на севере Ирака. "
            "Исламское сопротивление в Ираке взяло на себя ответственность за атаку и заявило, что также обстреляло ракетами базу Коноко в Сирии. "
            "По данным Пентагона, четверо военнослужащих получили ранения."
        ),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), ADDED, ids=[lang for lang, _ in ADDED])
def test_a_toll_after_targets_added_with_also_is_the_first_attacks(language: str, text: str) -> None:
    """Harir's four wounded stay Harir's when the claim sentence adds Conoco with "also"; Conoco gets no toll."""
    got = {c.base_id: c.wounded for c in claims_of(text, "2024-01-10", language=language)}
    assert got == {"harir": 4, "conoco": None}


def test_a_toll_that_names_the_added_target_is_that_targets() -> None:
    """ "Four soldiers were wounded at Conoco" after Conoco was added with "also" is Conoco's toll."""
    text = (
        "Rockets hit the Harir air base in northern Iraq on Tuesday. The Islamic Resistance in Iraq claimed the attack and said it "
        "had also fired a drone at the Conoco gas field in Syria. Four soldiers were wounded at Conoco, officials said."
    )
    got = {c.base_id: c.wounded for c in claims_of(text, "2024-01-10", language="en")}
    assert got == {"harir": None, "conoco": 4}


def test_the_claiming_group_is_the_actor_of_the_attack_it_claims_and_of_the_added_one() -> None:
    """ "X claimed the attack, adding it also hit Conoco": X is named the actor of both attacks."""
    text = (
        "A drone struck the Harir air base in northern Iraq on Tuesday. Officials said the attack caused no damage. "
        "Hours later, the Islamic Resistance in Iraq claimed the attack, adding that it also targeted the Conoco gas field in Syria."
    )
    actors = {c.base_id: c.actor for c in claims_of(text, "2024-01-10", language="en")}
    assert actors["harir"] is not None and actors["harir"] == actors["conoco"]
