"""French and Italian reporting shapes from the sweep of issue 9 (bench/sweep_fr_it.py): each keeps the toll an analyst would read."""

from __future__ import annotations

from tests.helpers import claims_of

PUBLISHED = "2023-11-20"  # a Monday, weeks from any famous fatal attack


def _tolls(text: str, language: str) -> list[tuple[str | None, int | None, int | None]]:
    return [(c.base_id, c.killed, c.wounded) for c in claims_of(text, PUBLISHED, language=language) if not c.background]


def test_a_french_attack_that_made_one_dead_has_one_killed() -> None:
    """ "a fait un mort": the indefinite article before the noun of the dead is the count one."""
    text = "Des roquettes tirées samedi contre la base d'al-Tanf ont fait un mort parmi les militaires américains."
    assert _tolls(text, "fr") == [("al-tanf", 1, None)]


def test_an_italian_attack_that_caused_one_dead_and_one_wounded_has_both() -> None:
    """ "un morto e un ferito": one killed and one wounded, each counted by its article."""
    text = "Il drone lanciato sabato sulla base di Harir ha causato un morto e un ferito tra i soldati americani."
    assert _tolls(text, "it") == [("harir", 1, 1)]


def test_a_french_approximate_number_counts_the_wounded() -> None:
    """ "une trentaine de soldats blessés": about thirty counts thirty, no claim loses its wounded."""
    text = "Une trentaine de soldats américains ont été blessés samedi quand des drones ont frappé la base de Harir."
    assert _tolls(text, "fr") == [("harir", None, 30)]


def test_an_italian_approximate_number_counts_the_wounded() -> None:
    """ "una ventina di militari feriti": about twenty counts twenty."""
    text = "Una ventina di militari americani sono rimasti feriti sabato quando dei razzi hanno colpito la base di al-Tanf."
    assert [w for _, _, w in _tolls(text, "it")] == [20]


def test_a_french_speaker_set_off_by_commas_keeps_the_dead_with_their_verb() -> None:
    """ "Deux soldats, a précisé Washington, ont été tués": the inserted attribution cuts no clause."""
    text = "Deux soldats américains, a précisé un responsable du Pentagone, ont été tués samedi par un drone lancé contre la base de Harir."
    assert _tolls(text, "fr") == [("harir", 2, None)]


def test_an_italian_speaker_set_off_by_commas_keeps_the_dead_with_their_verb() -> None:
    """ "Tre militari, ha riferito il Pentagono, sono morti": the inserted attribution cuts no clause."""
    text = "Tre militari americani, ha riferito un portavoce del Pentagono, sono morti sabato nell'attacco con droni alla base di al-Tanf."
    assert _tolls(text, "it") == [("al-tanf", 3, None)]


def test_a_french_toll_of_an_earlier_month_after_the_attack_is_not_its_toll() -> None:
    """ "En octobre, deux soldats y avaient été tués" after a new attack: a recalled toll, the new attack has no dead."""
    text = "Des drones ont frappé samedi la base de Harir. En octobre, trois militaires américains y avaient été tués."
    assert [k for _, k, _ in _tolls(text, "fr")] == [None]


def test_an_italian_toll_of_an_earlier_month_after_the_attack_is_not_its_toll() -> None:
    """ "A ottobre tre militari vi erano stati uccisi": a recalled toll, the new attack has no dead."""
    text = "Dei droni hanno colpito sabato la base di Harir. A ottobre tre militari americani vi erano stati uccisi."
    assert [k for _, k, _ in _tolls(text, "it")] == [None]


def test_a_natural_death_during_a_french_attack_is_no_fatality() -> None:
    """A contractor who dies of a heart attack while sheltering gives the attack no death."""
    text = "Un drone a visé samedi la base d'al-Tanf. Un sous-traitant américain est décédé d'un arrêt cardiaque pendant l'alerte."
    assert [k for _, k, _ in _tolls(text, "fr")] == [0]


def test_a_natural_death_during_an_italian_attack_is_no_fatality() -> None:
    """ "è morto per un arresto cardiaco": no death of the attack."""
    text = "Un drone ha colpito sabato la base di al-Tanf. Un contractor americano è morto per un arresto cardiaco durante l'allarme."
    assert [k for _, k, _ in _tolls(text, "it")] == [0]


def test_a_road_accident_death_told_after_an_attack_is_not_its_toll() -> None:
    """ "mort dans un accident de la route" the sentence after an attack: another death, not the attack's."""
    text = "Des roquettes ont visé samedi la base de Harir. Un soldat américain est mort dans un accident de voiture en Syrie."
    assert [k for _, k, _ in _tolls(text, "fr")] in ([0], [None])  # none of the attack: a death of another cause, in another country


def test_a_speaker_after_the_verb_still_ends_the_clause_of_the_dead() -> None:
    """ "... ont été tués, a indiqué l'ONG, qui fait état d'une trentaine de blessés": the wounded are not the dead."""
    text = "Quatre combattants des FDS ont été tués samedi sur la base de Harir, a indiqué une ONG, qui a aussi fait état d'une trentaine de blessés."
    assert _tolls(text, "fr") == [("harir", 4, 30)]


def test_an_italian_soldier_who_lost_his_life_is_a_death() -> None:
    """The singular "ha perso la vita" counts one killed, as the plural "hanno perso la vita" does."""
    text = "Un drone ha colpito sabato la base di Harir. Nell'attacco ha perso la vita un militare americano."
    assert _tolls(text, "it") == [("harir", 1, None)]
