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
