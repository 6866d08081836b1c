"""An earlier attack recalled in a later article: dated by what the sentence says, never by another sentence's day."""

from __future__ import annotations

from basewatch.schemas import AlertRaised
from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools.pipeline import run
from tests.helpers import claims_of

LATER = "Rockets were fired at the al-Tanf garrison on Wednesday, causing no casualties. In January, a drone attack on Tower 22 killed three US soldiers."


def test_a_month_named_without_a_day_dates_a_recalled_attack_to_that_month() -> None:
    """ "In January, ..." after a sentence dated Wednesday 7 February: Tower 22 gets January (month precision), not the 7th."""
    tanf, tower = claims_of(LATER, "2024-02-08")
    assert (tanf.base_id, tanf.attack_date is not None) == ("al-tanf", True)
    assert (tower.base_id, tower.attack_date, tower.date_precision, tower.date_month, tower.background) == ("tower-22", None, "month", "2024-01", True)


def test_a_month_of_the_articles_own_month_does_not_unset_the_day() -> None:
    """ "In February, ..." in an article of 8 February may be this week's attack: the carried day stays."""
    (_, tower) = claims_of(LATER.replace("In January", "In February"), "2024-02-08")
    assert (tower.attack_date is not None, tower.date_month) == (True, None)


def test_a_date_before_an_attack_noun_after_since_dates_that_attack() -> None:
    """ "since the Jan. 28 strike on Tower 22 that killed three" names the attack of 28 January, a recalled one."""
    text = "Militias have largely paused their attacks since the Jan. 28 strike on Tower 22 that killed three service members."
    (tower,) = claims_of(text, "2024-02-20")
    assert (str(tower.attack_date), tower.killed, tower.background) == ("2024-01-28", 3, True)


def test_a_recalled_fatal_attack_raises_no_second_fatality_alert() -> None:
    """The report of the attack, then a later article recalling its deaths "In January": one fatality alert, for the attack."""
    report = "A drone struck Tower 22 overnight, killing three American soldiers, officials said on Sunday."
    first = RawArticle(id="t1", published_at="2024-01-28", source="Wire A", text=report)
    later = RawArticle(id="t2", published_at="2024-02-08", source="Wire B", text=LATER)
    fatal = [m for m in run([first, later]) if isinstance(m, AlertRaised) and m.kind == "fatality"]
    assert [(m.base_id, str(m.attack_date)) for m in fatal] == [("tower-22", "2024-01-27")]


def test_a_weekday_ending_one_sentence_does_not_merge_with_the_date_opening_the_next() -> None:
    """ "... on Wednesday. The Jan. 28 drone attack ..." is Wednesday 7 February and 28 January, not "Wednesday 28 January" (2026)."""
    text = "Rockets were fired at al-Tanf on Wednesday. The Jan. 28 drone attack on Tower 22 killed three US soldiers."
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2024-02-08")] == [("al-tanf", "2024-02-07"), ("tower-22", "2024-01-28")]


def test_a_weekday_that_contradicts_a_stated_day_never_moves_it_past_the_publication() -> None:
    """ "Wednesday, January 28" in February 2024 (the 28th was a Sunday): the day stands, the weekday is the slip."""
    (c,) = claims_of("Rockets hit al-Tanf on Wednesday, January 28, officials said.", "2024-02-08")
    assert str(c.attack_date) == "2024-01-28"


def test_a_month_in_the_case_slavic_languages_use_after_in_dates_a_recall() -> None:
    """Russian "в январе" and Ukrainian "у січні" (prepositional/locative forms, not CLDR's) are January."""
    ru = "В среду ракеты были выпущены по базе Ат-Танф. В январе в результате атаки дрона на базу Tower 22 погибли трое американских военных."
    uk = "У середу ракети випустили по базі Ат-Танф. У січні внаслідок атаки дрона на базу Tower 22 загинули троє американських військових."
    for text, language in ((ru, "ru"), (uk, "uk")):
        assert [c.date_month for c in claims_of(text, "2024-02-08", language=language)] == [None, "2024-01"]


def test_a_previous_attack_named_after_a_new_one_is_recalled_and_undated() -> None:
    """ "A previous rocket attack on Ain al-Asad had wounded four" after Friday's drone on Rumalyn: background, not Friday's."""
    text = "A drone hit the Rumalyn Landing Zone on Friday, wounding three troops. A previous rocket attack on Ain al-Asad had wounded four soldiers."
    rumalyn, asad = claims_of(text, "2024-08-12")
    assert (rumalyn.base_id, str(rumalyn.attack_date), rumalyn.background) == ("rumalyn", "2024-08-09", False)
    assert (asad.base_id, asad.attack_date, asad.wounded, asad.background) == ("ain-al-asad", None, 4, True)
