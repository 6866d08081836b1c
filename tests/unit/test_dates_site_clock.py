"""A date in an undated page's opening lines long after every day its story fixes is the site's clock on the day the
page was saved: no sentence of the story takes it as its day."""

from __future__ import annotations

from tests.helpers import claims_of

PAGE = (
    "Субота, 23 листопада, 2024\n\n"
    "Іракські джерела та американські посадовці повідомили про дві окремі атаки ракетами й дронами на сили США в Іраку та "
    "Сирії. За словами американського посадовця, біля авіабази Айн аль-Асад у провінції Анбар збили два дрони.\n\n"
    "Під час іншої атаки, яка сталася в неділю, 21 квітня, п’ять ракет було випущено по американській базі в Румаліні на "
    "північному сході Сирії."
)


def test_a_site_clock_months_after_the_story_dates_no_attack() -> None:
    """ "Saturday, 23 November 2024" over drones at Ain al-Asad and rockets "on Sunday, 21 April": the clock dates neither."""
    found = {c.base_id: str(c.attack_date) for c in claims_of(PAGE, language="uk")}
    assert found == {"ain-al-asad": "None", "rumalyn": "2024-04-21"}


def test_a_date_in_the_opening_lines_near_the_storys_days_still_dates_the_page() -> None:
    """The same page saved on Monday, 22 April: its opening date is the page's day, and the drones take it."""
    page = PAGE.replace("Субота, 23 листопада, 2024", "Понеділок, 22 квітня, 2024")
    found = {c.base_id: str(c.attack_date) for c in claims_of(page, language="uk")}
    assert found == {"ain-al-asad": "2024-04-22", "rumalyn": "2024-04-21"}
