"""Session 62's blind probe sets: patterns of real reporting, each in our own words."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_base_named_as_where_a_medical_evacuation_went_is_not_attacked() -> None:
    """ "Eight wounded needed evacuation from Jordan to the Baghdad Diplomatic Support Center": the noun of evacuating, as
    its verb, sends the wounded to a base that treats them, not one that was hit."""
    text = (
        "Three soldiers were killed in a drone strike on a US base in Jordan on Sunday. A spokeswoman said eight of the "
        "wounded needed evacuation from Jordan to the Baghdad Diplomatic Support Center."
    )
    assert [c.base_id for c in claims_of(text, "2024-01-29", language="en")] == ["tower-22"]


def test_a_base_the_wounded_were_evacuated_from_is_still_the_one_attacked() -> None:
    """ "Two wounded needed medical evacuation from al-Tanf": the base they left is where they were hit (a guard of the above)."""
    text = "A drone hit al-Tanf on Sunday. Two wounded soldiers needed medical evacuation from al-Tanf."
    assert {c.base_id for c in claims_of(text, "2024-01-29", language="en")} == {"al-tanf"}


def test_a_persian_attack_told_hours_after_american_strikes_is_news_of_its_own() -> None:
    """ "ساعتی بعد از حملات هوایی آمریکا، پایگاه ... کونیکو هدف موشک قرار گرفت" (hours after US air strikes, the Conoco
    base was hit by a missile): the strike is what is recalled, the attack on the base is new."""
    text = (
        "ساعتی بعد از حملات هوایی آمریکا به نیروهای حشد الشعبی در عراق، پایگاه نظامیان آمریکایی در میدان گازی کونیکو در "
        "استان دیرالزور هدف حمله موشکی قرار گرفت."
    )
    news = [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2024-01-24", language="fa") if not c.background]
    assert news == [("conoco", "2024-01-24")]


def test_an_arabic_retaliatory_response_to_a_deadly_attack_recalls_that_attack() -> None:
    """ "ردا انتقاميا على مقتل ثلاثة جنود في هجوم على قاعدة في الأردن" (a retaliatory response to the killing of three
    soldiers in an attack on a base in Jordan): the adjective between "response" and "to" keeps the recall cue."""
    text = "وقالت وسائل إعلام أميركية إن الجيش الأميركي شن غارات على مواقع في سوريا ردا انتقاميا على مقتل ثلاثة من جنوده في هجوم على قاعدة في الأردن."
    assert [c.base_id for c in claims_of(text, None, language="ar") if not c.background] == []


def test_a_famous_toll_told_today_under_a_sites_clock_is_the_famous_attack_not_a_new_one() -> None:
    """An undated page under a site's clock two years on ("25 February 2026"): "today three soldiers were killed at a base
    in Jordan" is the Tower 22 attack of 28 January 2024, not a new fatal attack on the clock's day, and Jordan's word
    that it hit al-Tanf places that attack elsewhere, no attack of its own on a day counted from the clock."""
    text = (
        "25 February 2026\n\nJordan says the drone attack on American soldiers came from Syria\n\n"
        "Today three American soldiers were killed in a drone attack on a base in Jordan.\n\n"
        "A Jordanian government spokesman said on Sunday that the attack did not take place in Jordan but targeted the "
        "al-Tanf base in Syria, where US forces are stationed."
    )
    news = [(c.base_id, str(c.attack_date), c.killed) for c in claims_of(text, None, language="en") if not c.background]
    assert news == [("tower-22", "2024-01-28", 3)]


def test_the_strike_told_after_a_recalled_us_strike_is_that_strike_and_its_dead_are_not_the_bases() -> None:
    """ "... came after US forces carried out a strike in Iraq last week. The strike, which Iraqi sources said left four
    dead, ...": the pointer names the US strike told last, so the base keeps its wounded and gains no dead."""
    text = (
        "Two rockets struck Ain Assad air base on Monday, wounding seven Americans. The rocket attack came after US forces "
        "carried out a strike in Iraq last week against fighters preparing to launch drones. The strike, which local "
        "sources said left four dead, was the first by American forces in Iraq since February."
    )
    news = [(c.base_id, c.killed, c.wounded) for c in claims_of(text, "2024-08-06", language="en") if not c.background]
    assert news == [("ain-al-asad", None, 7)]


def test_the_strike_told_right_after_the_attack_is_that_attack_with_its_toll() -> None:
    """The guard: with no state's strike told between, "the strike" points at the attack and its toll is the base's."""
    text = "Two rockets struck Ain Assad air base on Monday. The strike wounded seven Americans, officials said."
    news = [(c.base_id, c.wounded) for c in claims_of(text, "2024-08-06", language="en") if not c.background]
    assert news == [("ain-al-asad", 7)]
