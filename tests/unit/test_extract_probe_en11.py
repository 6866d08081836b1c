"""Patterns probe set en11 (66 real English articles) showed, each in sentences of our own."""

from __future__ import annotations

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain import enrich
from basewatch.services.enrich.domain.link import link
from basewatch.services.ingest.domain.intake import RawArticle, intake
from tests.helpers import claim, claims_of, fold_claims


def test_a_wire_dateline_with_the_agency_tag_dates_the_dispatch_not_the_attack() -> None:
    """ "ANKARA, March 6. /WIRE/." then "on Tuesday morning": the attack was the Tuesday, not the dispatch day."""
    text = (
        "ANKARA, March 6. /WIRE/. The US garrison at al-Tanf in Syria was attacked by drones, a broadcaster reported. "
        "The incident happened on Tuesday morning local time."
    )
    dated = {str(c.attack_date) for c in claims_of(text, "2024-03-07", language="en") if c.base_id == "al-tanf"}
    assert dated == {"2024-03-05"}, dated


def test_an_outlets_name_after_a_placed_dateline_is_no_today() -> None:
    """ "Brussels, May 3, 2024, The Daily Today:" names the outlet, not the attack's day; "on Thursday" does."""
    text = "Brussels, May 3, 2024, The Daily Today: US Central Command said Al-Asad Air Base in Iraq came under a rocket attack on Thursday by militants."
    dated = {str(c.attack_date) for c in claims_of(text, "2024-05-03", language="en") if c.base_id == "ain-al-asad"}
    assert dated == {"2024-05-02"}, dated


def test_a_sentence_about_the_incident_dates_the_attack_before_it() -> None:
    """ "The incident occurred on Sunday evening": the day of the attack the sentence before told of without one."""
    text = "The Conoco base in eastern Syria was hit by rockets, a monitor said. The incident occurred on Sunday evening."
    dated = {str(c.attack_date) for c in claims_of(text, "2024-02-13", language="en") if c.base_id == "conoco"}
    assert dated == {"2024-02-11"}, dated


def test_a_denial_of_damage_is_no_toll_of_none_for_victims_already_told_of() -> None:
    """ "Several US troops were hurt", then the base "was hit by two rockets, causing no damage": the toll stays unknown."""
    text = (
        "Several US troops were hurt in a rocket attack on Ain al-Asad air base on Tuesday, an official said. "
        "A security source said the Ain al-Asad base was hit by two rockets fired from a lorry, causing no damage."
    )
    tolls = {(c.killed, c.wounded) for c in claims_of(text, "2024-03-13", language="en") if c.base_id == "ain-al-asad"}
    assert tolls == {(None, None)}, tolls


def test_an_earlier_months_attack_on_the_same_base_stays_its_own_claim() -> None:
    """ "In early June, rockets hit the base; nobody was hurt" does not merge into, nor zero, Tuesday's attack."""
    text = (
        "Several American personnel were wounded in a drone attack on Ain al-Asad air base on Tuesday, officials said. "
        "In early June, several rockets were fired at the Ain al-Asad air base. No casualties were reported."
    )
    claims = [c for c in claims_of(text, "2024-07-10", language="en") if c.base_id == "ain-al-asad"]
    dated = [c for c in claims if c.attack_date is not None]
    assert [(str(c.attack_date), c.killed, c.wounded) for c in dated] == [("2024-07-09", None, None)], [
        (c.attack_date, c.date_month, c.killed, c.wounded) for c in claims
    ]


def test_a_famous_toll_in_a_story_dated_only_by_its_publication_takes_the_attacks_day() -> None:
    """Three US dead at Tower 22 in a story published 30 January with no day of its own: the attack of 28 January."""
    c = claim(base_id=None, place_text="Tower 22", killed=3, casualty_side="US", attack_date="2024-01-30", date_basis="publication")
    linked = link(c, resources.gazetteer())
    assert (linked.base_id, str(linked.attack_date)) == ("tower-22", "2024-01-28"), (linked.base_id, linked.attack_date)


def test_al_assad_airbase_with_a_doubled_s_is_ain_al_asad() -> None:
    """ "Al-Assad airbase", as US network copy spells it, is Ain al-Asad (with the base noun, never the bare name)."""
    text = "Militia fighters fired a barrage of missiles at Al-Assad airbase in western Iraq on Saturday."
    assert {c.base_id for c in claims_of(text, "2024-02-11", language="en")} == {"ain-al-asad"}


def test_an_attack_on_coalition_forces_at_erbil_is_on_erbil_air_base() -> None:
    """ "militants attacked coalition forces at Erbil": the forces a base's context phrase places, no base noun said."""
    text = "Earlier in the day militants attacked coalition forces at Erbil, injuring two American soldiers."
    assert {c.base_id for c in claims_of(text, "2023-12-20", language="en")} == {"erbil"}


def test_an_old_attack_dated_to_a_year_before_the_campaign_is_no_new_claim() -> None:
    """ "The strike in 2019 ... The Ain al-Asad base was hit by nine missiles": the undated sentence goes on with the old story."""
    text = (
        "Doctors still study the injuries of that night. The missile strike in 2019 was a reprisal for a killing. "
        "The Ain al-Asad base, home to hundreds of troops, was hit by nine ballistic missiles."
    )
    claims = claims_of(text, None, language="en")
    assert claims == [], [(c.base_id, c.attack_date) for c in claims]


def test_a_first_report_of_no_casualties_since_replaced_is_no_toll_of_none() -> None:
    """ "initially reported no casualties, but details have since emerged": the denial was replaced, the toll is unknown."""
    text = "The drone attack on the Rumalyn base in Syria initially reported no casualties, but more details have since emerged."
    tolls = {(c.killed, c.wounded) for c in claims_of(text, "2024-08-15", language="en") if c.base_id == "rumalyn"}
    assert tolls == {(None, None)}, tolls


def test_the_incident_named_at_a_base_after_an_unnamed_air_base_is_that_attack() -> None:
    """ "... a rocket attack at an Iraqi air base. The incident occurred at Ain al-Asad": the attack's base is named after it."""
    text = (
        "Two American troops were hurt on Friday in a rocket attack at an Iraqi air base, officials said. "
        "The incident occurred at Ain al-Asad air base in Anbar province, a statement said."
    )
    claims = claims_of(text, "2024-03-16", language="en")
    assert [(c.base_id, str(c.attack_date)) for c in claims] == [("ain-al-asad", "2024-03-15")], [(c.base_id, c.attack_date) for c in claims]


def test_an_attack_introduced_by_following_a_is_recalled() -> None:
    """ "..., following a rocket strike on al-Asad air base that hurt five": the earlier attack is background to the new one."""
    text = (
        "A drone hit the Rumalyn Landing Zone in Syria on Friday, the second attack in a week, following a rocket strike "
        "on al-Asad air base in Iraq that hurt five US troops."
    )
    recalled = {c.base_id: c.background for c in claims_of(text, "2024-08-12", language="en")}
    assert recalled == {"rumalyn": False, "ain-al-asad": True}, recalled


def test_an_ellipsis_before_a_capital_ends_the_quoted_sentence() -> None:
    """ "... US jets struck militia depots in Iraq… Earlier, militants attacked coalition forces at Erbil": two sentences."""
    text = (
        "The command wrote: “In reply, US jets struck depots used by the militia in Iraq… Earlier in the day, "
        "militia fighters attacked coalition forces at Erbil, causing injuries.”"
    )
    assert {c.base_id for c in claims_of(text, "2023-12-22", language="en")} == {"erbil"}


def test_a_day_carried_from_a_statement_sentence_is_no_second_attack_days_later() -> None:
    """Attack on Friday the 9th; "a spokesman said Tuesday"; "The attack on the Rumalyn base came days after ...": one attack."""
    text = (
        "A drone hit the Rumalyn Landing Zone in Syria on Friday, Aug. 9, wounding six US troops. "
        "“Two have returned to duty,” a Pentagon spokesman said Tuesday. "
        "The attack on the Rumalyn Landing Zone came days after militants targeted a base in Iraq."
    )
    dated = sorted(str(c.attack_date) for c in claims_of(text, "2024-08-14", language="en") if c.base_id == "rumalyn")
    assert dated == ["2024-08-09"], dated


def test_an_attack_told_as_a_few_days_ago_in_a_story_of_another_is_background() -> None:
    """ "A few days ago, four US soldiers were hurt in a rocket attack on Ain al-Asad": recalled, not dated by the story."""
    text = (
        "Suicide drones hit the coalition base at Kharab al-Jir in Hasakah on Saturday, local sources said. "
        "A few days ago, four US soldiers were hurt in a rocket attack on the Ain al-Asad base in Anbar."
    )
    recalled = {c.base_id: (c.background, c.attack_date) for c in claims_of(text, "2024-08-11", language="en")}
    assert recalled.get("ain-al-asad") == (True, None), recalled


def test_did_not_result_in_any_casualties_even_misspelt_is_a_toll_of_none() -> None:
    """ "did not result in any causalities" (a common misspelling in regional English copy): nobody hurt."""
    text = "An official said the drone attack on the Harir air base on Monday did not result in any causalities."
    tolls = {(c.killed, c.wounded) for c in claims_of(text, "2023-11-21", language="en") if c.base_id == "harir"}
    assert tolls == {(0, 0)}, tolls


def test_days_and_months_in_a_page_dated_only_by_month_are_stated_days_not_guesses() -> None:
    """A page of "2023-11" says Nov. 5 and Nov. 3 attacks on the Conoco base: two attacks, each on its stated day."""
    text = (
        "Two of the attacks hit US bases on Nov. 5, at Conoco and al-Tanf. The other two came on Nov. 3. "
        "One of them targeted the Conoco base, while the other hit Harir air base."
    )
    article = intake(RawArticle(text=text, published_month="2023-11"))
    claims = enrich(article, resources.lexicon(), resources.calendar(), resources.gazetteer())
    conoco = sorted((str(c.attack_date), c.date_precision) for c in claims if c.base_id == "conoco")
    assert conoco == [("2023-11-03", "day"), ("2023-11-05", "day")], conoco


def test_a_page_published_before_the_campaign_tells_only_history() -> None:
    """A story of 2021 about rockets on the embassy and a contractor killed near Kirkuk: background claims, no fatality alert."""
    text = (
        "Two rockets hit the US embassy compound in Baghdad on Sunday, wounding one person. The attack came a month "
        "after a rocket strike killed an American contractor at a base near Kirkuk, and Iran's missiles later hit "
        "the Ain al-Asad air base, where 30 troops were treated for brain injuries."
    )
    claims = claims_of(text, "2021-02-15", language="en")
    assert claims and all(c.background for c in claims), [(c.base_id, c.killed, c.background) for c in claims]
    messages, _ = fold_claims(claims)
    assert not [m for m in messages if getattr(m, "kind", None) == "fatality"], messages


def test_fighters_martyred_in_the_attack_are_its_dead() -> None:
    """ "four of our fighters were martyred" in a drone attack on the al-Omar base: four killed, as the partner force words it."""
    text = "The SDF said four of our fighters were martyred when a drone struck a training yard at the al-Omar oil field base on Tuesday."
    assert [c.killed for c in claims_of(text, "2024-03-07", language="en") if c.base_id == "al-omar"] == [4]


def test_an_attack_claimed_on_a_day_as_two_days_earlier_is_dated_two_days_before_it() -> None:
    """ "claimed on Tuesday an attack on Haifa port that took place two days earlier": Sunday, not Tuesday."""
    text = (
        "Iraqi militia strikes Haifa port\n"
        "The Islamic Resistance in Iraq said in a statement on Tuesday that it had launched a drone attack on the port of "
        "Haifa that took place two days earlier."
    )
    dated = sorted(str(c.attack_date) for c in claims_of(text, "2024-05-15", language="en") if c.base_id == "haifa-port")
    assert dated == ["2024-05-12"], dated
