"""An attack older than the story that tells it is a recall: a time before the story's closing its clause, or a
famous attack's day more than a week before the page's own."""

from __future__ import annotations

from tests.helpers import claims_of


def test_the_famous_toll_on_a_page_published_ten_days_later_is_recalled() -> None:
    """Tower 22's three dead, dated by linking on a page of 7 February, are background to the news of that page."""
    text = "Washington blames the militia for the drone attack in Jordan that killed three American soldiers."
    (claim,) = claims_of(text, "2024-02-07", language="en")
    assert (claim.base_id, claim.killed, claim.background) == ("tower-22", 3, True)


def test_the_famous_toll_reported_within_its_week_is_news() -> None:
    """The same sentence on a page of 30 January still reports the attack (the control of the rule above)."""
    text = "Washington blames the militia for the drone attack in Jordan that killed three American soldiers."
    (claim,) = claims_of(text, "2024-01-30", language="en")
    assert (claim.base_id, claim.background) == ("tower-22", False)


def test_a_past_time_closing_an_undated_toll_clause_marks_the_famous_attack_recalled() -> None:
    """ "... an attack in Jordan that killed three US soldiers last month", on a page with no date, is a recall."""
    text = "Officials tied the group to a drone attack in Jordan that killed three US soldiers last month."
    (claim,) = claims_of(text, None, language="en")
    assert (claim.base_id, claim.background) == ("tower-22", True)


def test_a_past_time_closing_the_clause_of_a_named_base_marks_it_recalled() -> None:
    """ "a rocket attack on Ain al-Asad that injured two soldiers last week", undated: an older attack, recalled."""
    text = "The group is suspected of a rocket attack on Ain al-Asad that injured two soldiers last week."
    (claim,) = claims_of(text, None, language="en")
    assert (claim.base_id, claim.background) == ("ain-al-asad", True)


def test_a_past_time_after_a_clause_mark_belongs_to_another_clause() -> None:
    """ "Rockets hit Ain al-Asad on Tuesday, weeks after the talks began last month": the attack keeps its news."""
    text = "Rockets hit Ain al-Asad on Tuesday, as talks that began last month stalled."
    (claim,) = claims_of(text, "2024-07-18", language="en")
    assert (claim.base_id, claim.background) == ("ain-al-asad", False)


def test_on_an_undated_page_a_deadly_attack_a_week_before_the_page_s_latest_attack_is_recalled() -> None:
    """No publication day: al-Omar's attack of 4 February is the page's news, Tower 22's deaths of 28 January a recall."""
    text = (
        "A drone attack overnight on Sunday, 4 February 2024, killed six SDF fighters at the al-Omar oil field base. "
        "Washington blamed Iran-backed groups for the drone attack on January 28, 2024 that killed three US soldiers at Tower 22."
    )
    found = {c.base_id: (c.killed, c.background) for c in claims_of(text, None, language="en")}
    assert found == {"al-omar": (6, False), "tower-22": (3, True)}


def test_on_an_undated_page_a_week_of_attacks_without_deaths_is_all_reported() -> None:
    """A page that goes over a week's attacks one by one reports each: only a deadly older one is taken for a recall."""
    text = "Drones attacked the al-Tanf garrison on October 18, 2023, wounding two US troops. A week later, on October 25, 2023, a drone hit Erbil air base."
    assert [(c.base_id, c.background) for c in claims_of(text, None, language="en")] == [("al-tanf", False), ("erbil", False)]
