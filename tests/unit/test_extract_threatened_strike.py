"""A strike that is only threatened or warned of opens no story of a state's strike, and a page that shows only the
month of a famous attack may still report it."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_strike_warned_of_at_the_top_of_a_page_does_not_make_the_attack_after_it_recalled() -> None:
    """ "Washington warned on Monday of reprisals. On Sunday a drone hit Ain al-Asad.": Sunday's attack is the news."""
    text = (
        "Η Ουάσινγκτον προειδοποίησε τη Δευτέρα με αντίποινα τις φιλοϊρανικές πολιτοφυλακές. "
        "Την Κυριακή ένα drone χτύπησε την αεροπορική βάση Αΐν αλ-Ασάντ στο Ιράκ."
    )
    assert [(c.base_id, str(c.attack_date), c.background) for c in claims_of(text, "2024-01-30", language="el")] == [("ain-al-asad", "2024-01-28", False)]


def test_a_strike_told_after_a_warning_past_a_comma_still_opens_the_story_of_that_strike() -> None:
    """ "Biden warned Iran, and US jets struck militia sites on Friday. On Thursday a drone hit Harir.": recalled."""
    text = (
        "Η Ουάσινγκτον προειδοποίησε το Ιράν, και την Παρασκευή αμερικανικά πλήγματα έπληξαν θέσεις πολιτοφυλακών. "
        "Την Πέμπτη ένα drone χτύπησε την αεροπορική βάση Αΐν αλ-Ασάντ στο Ιράκ."
    )
    assert [c.background for c in claims_of(text, "2024-02-04", language="el")] == [True]


def test_a_page_showing_only_the_famous_attacks_month_may_report_its_deaths() -> None:
    """The remains of the Tower 22 dead on a page of January 2024 (month only): news, as on a page dated 30 January."""
    text = "The remains of three soldiers killed when a drone struck Tower 22 in Jordan will be flown home, officials said."
    january = claims_of(text, language="en", published_month="2024-01")
    march = claims_of(text, language="en", published_month="2024-03")
    assert [(c.base_id, c.killed, c.background) for c in january] == [("tower-22", 3, False)]
    assert [(c.base_id, c.killed, c.background) for c in march] == [("tower-22", 3, True)]
