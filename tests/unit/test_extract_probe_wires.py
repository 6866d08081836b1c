"""Wire and Gulf-outlet reporting of the 2024 phase of the campaign, read as an analyst reads it.

Each test is a pattern found by running the product on real articles outside the dev set (probe set "wires":
English wires and their reposts, Iraqi and Gulf Arabic outlets, Feb - Nov 2024); the sentences are our own,
written the way those outlets write.
"""

from __future__ import annotations

from tests.helpers import claims_of


def test_the_dead_of_a_strike_told_in_the_sentence_after_it_are_not_given_to_a_base_attack_told_later() -> None:
    """A toll whose attack word refers back to the state's strike told just before is that strike's, not a base's."""
    text = (
        "American jets carried out an airstrike in Babil on Tuesday night. "
        "The attack hit a base used by the Popular Mobilization Forces in southern Baghdad, leaving five members dead and three injured. "
        "Last week, several rockets were launched at the Ain al-Asad airbase in Iraq."
    )
    claims = claims_of(text, "2024-07-31", language="en")
    assert [c.base_id for c in claims] == ["ain-al-asad"]
    assert (claims[0].killed, claims[0].wounded) == (None, None)


def test_american_dead_told_after_a_strike_still_lead_the_story() -> None:
    """Our side's dead are never a state strike's in this war: a toll of US troops after a strike stays the attack's."""
    text = (
        "US jets carried out airstrikes in Syria overnight. "
        "The attack on the outpost in Jordan killed three US soldiers. "
        "The drone had struck Tower 22 before dawn on Sunday."
    )
    claims = claims_of(text, "2024-01-29", language="en")
    assert [(c.base_id, c.killed) for c in claims] == [("tower-22", 3)]


def test_an_attack_named_as_what_a_strike_retaliates_against_gives_no_news_claim() -> None:
    """ "the promised retaliation against the drone attack in Jordan that killed three" recalls that attack."""
    text = "Officials told reporters the raid was part of the promised retaliation against the drone attack in Jordan that killed three American troops."
    claims = claims_of(text, "2024-02-08", language="en")
    assert all(c.background for c in claims)


def test_a_spokesman_s_day_does_not_replace_the_attack_day_carried_to_later_sentences() -> None:
    """ "..., the spokesman said Tuesday." after "a drone attack on Friday, Aug. 9": what follows keeps Friday."""
    text = (
        "Six US troops were treated for concussions after a drone attack in northeastern Syria on Friday, Aug. 9. "
        "\"After the attack, six service members were moved for checks,\" the Pentagon spokesman said Tuesday. "
        "Officials said the drone struck the Rumalyn Landing Zone and set a building on fire."
    )
    claims = [c for c in claims_of(text, "2024-08-14", language="en") if c.base_id == "rumalyn"]
    assert claims and all(str(c.attack_date) == "2024-08-09" for c in claims)


def test_a_recalled_base_named_again_as_the_name_of_its_attack_stays_recalled() -> None:
    """ "... days after gunmen targeted Ain al-Asad. Five Americans were hurt in the Ain al-Asad attack." tells the old attack."""
    text = (
        "A drone struck the Rumalyn Landing Zone on Friday, Aug. 9, wounding six US troops. "
        "The Rumalyn attack came days after gunmen targeted Ain al-Asad air base in Iraq. "
        "Five Americans were hurt in the Ain al-Asad attack."
    )
    asad = [c for c in claims_of(text, "2024-08-14", language="en") if c.base_id == "ain-al-asad"]
    assert asad and all(c.background and c.attack_date is None for c in asad)


def test_an_earlier_written_day_told_of_the_base_is_an_earlier_attack_recalled() -> None:
    """A wire story's list of past attacks ("On July 25, two rockets ... missed the base") gives recalled claims of their own days."""
    text = (
        "Two rockets struck Ain al-Asad air base on Monday, wounding five Americans, the Pentagon said. "
        "The base has hosted US troops for years. "
        "On July 25, two rockets were fired but did not hit the base. "
        "Earlier still, on July 16, the base was attacked by two drones, one of which was shot down."
    )
    claims = sorted((str(c.attack_date), c.background) for c in claims_of(text, "2024-08-08", language="en") if c.base_id == "ain-al-asad")
    assert claims == [("2024-07-16", True), ("2024-07-25", True), ("2024-08-05", False)]


def test_a_fuller_wounded_count_told_later_replaces_a_part_or_a_lower_bound() -> None:
    """ "more than 20 wounded" then "the attack wounded 25": the claim's wounded is 25; its dead are never raised so."""
    texts = [
        (
            "ar",
            "قال الجيش الإسرائيلي إن جنديين قتلا وأصيب أكثر من 20 آخرين في انفجار طائرة مسيرة أطلقت من العراق على قاعدة شمال الجولان. "
            "وأضاف المتحدث أن الهجوم أسفر عن إصابة 25 جنديا بينهم اثنان بجروح خطيرة.",
        ),
        (
            "en",
            "A drone launched from Iraq hit a base in the northern Golan, killing two soldiers, and two others were badly hurt. "
            "The army said the attack wounded 24 soldiers in all.",
        ),
    ]
    for language, text in texts:
        claims = [c for c in claims_of(text, "2024-10-04", language=language) if c.base_id == "northern-golan-idf-base"]
        assert [(c.killed, c.wounded) for c in claims] == [(2, 25 if language == "ar" else 24)], language


def test_an_attack_told_as_last_week_s_takes_no_day_carried_from_the_story() -> None:
    """ "On July 30 the US struck ... . Last week, rockets were fired at Ain al-Asad." is not an attack of July 30."""
    text = (
        "On July 30, US forces carried out an airstrike south of Baghdad on fighters readying drones. "
        "Last week, several rockets were fired at the Ain al-Asad airbase in Iraq, all of them intercepted."
    )
    asad = [c for c in claims_of(text, None, language="en") if c.base_id == "ain-al-asad"]
    assert asad and all(c.attack_date is None and c.background for c in asad)
