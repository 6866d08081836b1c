"""A period's "from" ("in der Woche vom 17. bis 24. Oktober") makes its closing day a span's, no attack's day."""

from __future__ import annotations

from tests.helpers import claims_of


def test_the_closing_day_of_a_week_counted_from_its_first_dates_no_attack() -> None:
    """An undated page: "in the week from 17 to 24 October militants attacked ten times" fixes no day for the attacks
    told after it; the attack told with its own day keeps that day."""
    text = (
        "Nach Angaben des Pentagon griffen Milizen in der Woche vom 17. bis 24. Oktober US-Truppen zehnmal an. "
        "Bei einem Drohnenangriff auf den Stützpunkt At-Tanf in Syrien wurden 20 Soldaten leicht verletzt. "
        "Am 21. Oktober wurden über dem Stützpunkt Ain al-Assad zwei Drohnen abgeschossen."
    )
    days = {c.base_id: str(c.attack_date) if c.attack_date else None for c in claims_of(text, None, language="de")}
    assert days == {"al-tanf": None, "ain-al-asad": "2023-10-21"}


def test_the_attack_of_a_day_is_still_that_days() -> None:
    """The control: "der Angriff vom 28. Januar" (the attack of 28 January) is the attack's day, no period."""
    claims = claims_of("Bei dem Angriff vom 28. Januar auf den Stützpunkt Tower 22 wurden drei US-Soldaten getötet.", "2024-01-30", language="de")
    assert [(c.base_id, str(c.attack_date)) for c in claims] == [("tower-22", "2024-01-28")]


def test_a_period_across_two_months_dates_no_attack() -> None:
    """An undated page: "ما بين 24 أكتوبر و2 ديسمبر" (between 24 October and 2 December) tells weeks of attacks, a
    tally, no report of one attack on its closing day."""
    text = "وقالت المصادر إن قاعدة حرير الجوية استهدفت بطائرات مسيرة خلال الفترة ما بين 24 أكتوبر و2 ديسمبر."
    claims = claims_of(text, None, language="ar")
    assert [(c.base_id, c.attack_date, c.background) for c in claims] in ([], [("harir", None, True)])


def test_a_night_across_two_months_is_one_attacks() -> None:
    """The control: "la nuit du 31 octobre au 1er novembre" is one night; the attack keeps its closing day."""
    claims = claims_of("Dans la nuit du 31 octobre au 1er novembre, un drone a frappé la base d'al-Tanf.", "2023-11-02", language="fr")
    assert [(c.base_id, str(c.attack_date), c.background) for c in claims] == [("al-tanf", "2023-11-01", False)]
