"""A famous attack's toll stays with it: the deaths of Tower 22 (28 January 2024) are never a second fatal attack."""

from __future__ import annotations

from tests.helpers import claims_of


def test_the_famous_toll_in_a_story_of_other_claimed_bases_leaves_those_bases_without_deaths() -> None:
    """Tower 22's three dead, told in a story of the other bases the militias claimed that day, put no toll on them."""
    text = (
        "The militias said they sent drones at al-Tanf and at the Zevulun naval site on Sunday. "
        "Three American soldiers died and 25 were hurt in the incident, officials in Washington said."
    )
    found = claims_of(text, "2024-01-29", language="en")
    assert {c.base_id for c in found} == {"al-tanf", "zevulun-naval-facility"}
    assert [(c.killed, c.wounded, c.casualty_side) for c in found] == [(None, None, None)] * 2


def test_the_famous_toll_at_its_own_base_is_kept() -> None:
    """The same deaths reported at Tower 22 stay its toll (the control of the rule above)."""
    (claim,) = claims_of("A drone killed three American soldiers at Tower 22 on Sunday.", "2024-01-29", language="en")
    assert (claim.base_id, claim.killed, claim.casualty_side) == ("tower-22", 3, "US")


def test_the_same_toll_at_another_base_months_later_is_that_attack_s_own() -> None:
    """Three killed at al-Tanf in March is not Tower 22's toll: the rule holds only in the famous attack's days."""
    (claim,) = claims_of("Drones hit al-Tanf on March 3, killing three US soldiers.", "2024-03-04", language="en")
    assert (claim.base_id, claim.killed) == ("al-tanf", 3)


def test_the_famous_toll_on_a_claim_of_several_unnamed_bases_raises_no_second_fatal_attack() -> None:
    """ "Drone attacks on four US bases in Syria and Jordan killed three" that Sunday are Tower 22's dead, not an unnamed site's."""
    text = "Drone attacks on four US bases in Syria and Jordan on Sunday killed three American soldiers, the militias said."
    found = claims_of(text, "2024-01-29", language="en")
    assert found and all(c.base_id is None and c.killed is None for c in found)


def test_an_unnamed_base_in_the_famous_attack_s_country_with_its_toll_is_the_famous_attack() -> None:
    """ "Three US soldiers died in a drone attack on a base in Jordan", read a week later, is Tower 22."""
    (claim,) = claims_of("Three US soldiers died in a drone attack on a military base in Jordan.", "2024-02-06", language="en")
    assert (claim.base_id, claim.killed) == ("tower-22", 3)


def test_a_denial_placing_the_famous_attack_at_a_neighbouring_base_is_no_second_attack() -> None:
    """Tower 22's dead, then Jordan's spokesman: "the attack did not take place in Jordan, it hit al-Tanf": one claim."""
    text = (
        "Three US soldiers were killed and 25 wounded in a drone attack on Tower 22 in Jordan on Sunday.\n\n"
        "A Jordanian government spokesman said the attack did not happen on Jordanian soil but targeted the al-Tanf base in Syria."
    )
    assert [c.base_id for c in claims_of(text, "2024-01-29")] == ["tower-22"]


def test_a_militia_claim_on_a_neighbouring_base_that_day_stays_its_own_attack() -> None:
    """Beside Tower 22's dead, "Nujaba claimed a drone attack on al-Tanf on Sunday": al-Tanf is a second attack."""
    text = (
        "Three US soldiers were killed in a drone attack on Tower 22 in Jordan on Sunday.\n\n"
        "Harakat al-Nujaba claimed responsibility for a drone attack on the al-Tanf base on Sunday."
    )
    assert sorted(c.base_id or "" for c in claims_of(text, "2024-01-29")) == ["al-tanf", "tower-22"]


def test_a_famous_attacks_exact_toll_dated_days_later_at_its_base_is_that_attack() -> None:
    """ "Three US soldiers killed at Tower 22", dated by the report two days after 28 January: the famous attack's day."""
    from datetime import date

    from basewatch.services.enrich import resources
    from basewatch.services.enrich.domain.link import link
    from tests.helpers import claim

    gaz = resources.gazetteer()
    told = claim(place_text="Tower 22", attack_date=date(2024, 1, 30), date_basis="explicit", killed=3, casualty_side="US")
    linked = link(told, gaz)
    assert (linked.base_id, linked.attack_date, linked.date_basis, linked.killed) == ("tower-22", date(2024, 1, 28), "inferred", 3)
    other_toll = link(told.model_copy(update={"killed": 1}), gaz)
    weeks_later = link(told.model_copy(update={"attack_date": date(2024, 2, 20)}), gaz)
    assert other_toll.attack_date == date(2024, 1, 30) and weeks_later.attack_date == date(2024, 2, 20)


def test_the_golan_deaths_announced_two_days_later_are_dated_by_the_attack_not_the_announcement() -> None:
    """"Two soldiers were killed on Friday when a drone struck an army base in the Golan" (the announcement's day): the attack of 2 Oct 2024."""
    text = "Two Israeli soldiers were killed on Friday when a drone launched from Iraq struck an army base in the Golan Heights."
    (told,) = [c for c in claims_of(text, "2024-10-05") if c.base_id == "northern-golan-idf-base"]
    assert (told.attack_date.isoformat() if told.attack_date else None, told.killed) == ("2024-10-02", 2)


def test_an_undated_report_of_the_famous_toll_at_its_base_takes_the_famous_day_as_a_guess() -> None:
    """ "Three US soldiers were killed at Tower 22", in an article with no date at all: the attack of 28 January, approximate."""
    from datetime import date

    from basewatch.services.enrich import resources
    from basewatch.services.enrich.domain.link import link
    from tests.helpers import claim

    gaz = resources.gazetteer()
    told = claim(place_text="Tower 22", killed=3, casualty_side="US", attack_date=None, date_basis=None, date_precision="none")
    linked = link(told, gaz)
    assert (linked.base_id, linked.attack_date, linked.date_basis, linked.date_precision) == ("tower-22", date(2024, 1, 28), "inferred", "approximate")


def test_an_undated_report_keeps_no_day_when_its_toll_month_or_weekday_does_not_fit_the_famous_attack() -> None:
    """Two dead at Tower 22, or three in a March report, or three on a Friday (28 January 2024 was a Sunday): no famous day."""
    from basewatch.services.enrich import resources
    from basewatch.services.enrich.domain.link import link
    from tests.helpers import claim

    gaz = resources.gazetteer()
    told = claim(place_text="Tower 22", killed=3, casualty_side="US", attack_date=None, date_basis=None, date_precision="none")
    for other in ({"killed": 2}, {"date_month": "2024-03", "date_precision": "month"}, {"date_weekday": 4}, {"casualty_side": "partner"}):
        assert link(told.model_copy(update=other), gaz).attack_date is None, other


def test_a_famous_attack_is_named_by_every_toll_sources_reported_for_it() -> None:
    """al-Omar, 4 Feb 2024: six SDF dead by the SDF's count, seven by the Syrian Observatory's; either, undated, is that attack."""
    from datetime import date

    from basewatch.services.enrich import resources
    from basewatch.services.enrich.domain.link import link
    from tests.helpers import claim

    gaz = resources.gazetteer()
    for killed in (6, 7):
        told = claim(place_text="al-Omar oil field", killed=killed, casualty_side="partner", attack_date=None, date_basis=None, date_precision="none")
        assert (link(told, gaz).base_id, link(told, gaz).attack_date) == ("al-omar", date(2024, 2, 4)), killed
    eight = claim(place_text="al-Omar oil field", killed=8, casualty_side="partner", attack_date=None, date_basis=None, date_precision="none")
    assert link(eight, gaz).attack_date is None


def test_the_famous_toll_in_a_next_day_story_with_no_day_of_its_own_is_dated_the_attacks_day() -> None:
    """A report of the next day that gives no day ("six SDF fighters were killed at al-Omar", 5 Feb 2024) is the
    attack of the day before (4 Feb), not one of the page's day; a text that states the next day keeps it."""
    text = "Six SDF fighters were killed in a drone attack on the al-Omar base in eastern Syria, the SDF said."
    (undated,) = claims_of(text, "2024-02-05", language="en")
    assert (undated.base_id, str(undated.attack_date), undated.killed) == ("al-omar", "2024-02-04", 6)
    (stated,) = claims_of(text.replace("base in", "base on February 5 in"), "2024-02-06", language="en")
    assert str(stated.attack_date) == "2024-02-05"


def test_a_statement_dated_by_the_pages_day_about_a_deadly_attack_is_no_second_attack() -> None:
    """ "Three troops were killed Sunday at Tower 22 ... An official said Monday the drone that struck Tower 22 ...",
    published Monday: one attack, on Sunday (Monday is the statement's day)."""
    text = (
        "Three American troops were killed Sunday, Jan. 28, in a drone strike on Tower 22 in Jordan, officials said. "
        "An official said Monday the enemy drone that struck Tower 22 may have been mistaken for a US drone returning to the base."
    )
    found = claims_of(text, "2024-01-29", language="en")
    assert [(c.base_id, str(c.attack_date), c.killed) for c in found] == [("tower-22", "2024-01-28", 3)]


def test_a_described_base_in_jordan_on_the_day_of_tower_22_is_tower_22() -> None:
    """ "Drones hit a US base in Jordan on Sunday morning (28/1)", no toll told: the one Jordanian base attacked that day."""
    text = "Pejabat AS mengatakan drone menyerang pangkalan militer AS di Yordania pada Minggu pagi (28/1)."
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2024-01-29", language="id")] == [("tower-22", "2024-01-28")]


def test_a_described_base_on_a_day_the_calendar_holds_several_bases_of_its_country_stays_unnamed() -> None:
    """ "a US base in Syria" on 28 Jan 2024 (al-Tanf, al-Rukban and al-Shaddadi were all claimed that day): no base guessed."""
    text = "Drones struck a US base in Syria on Sunday, officials said."
    assert [c.base_id for c in claims_of(text, "2024-01-29", language="en")] == [None]
