"""Tolls, sides, places and dates an analyst can trust: the sentences of issue 9, each as a specification."""

from __future__ import annotations

from datetime import date

from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools.pipeline import run
from tests.helpers import claims_of

PUBLISHED = "2024-01-29"  # a Monday


def _one(text: str, **kw: str) -> tuple[str | None, int | None, int | None, str | None]:
    (c,) = claims_of(text, PUBLISHED, **kw)
    return c.base_id, c.killed, c.wounded, c.casualty_side


def test_a_toll_in_the_sentence_after_the_attack_belongs_to_the_attack() -> None:
    """ "... struck Ain al-Asad on Sunday. Two American service members were killed and five others were wounded." """
    text = "A one-way attack drone struck Ain al-Asad air base on Sunday. Two American service members were killed and five others were wounded."
    assert _one(text) == ("ain-al-asad", 2, 5, "US")


def test_a_tally_after_the_attack_is_not_its_toll() -> None:
    """A sentence counting deaths over the whole campaign does not continue the attack before it."""
    text = "Drones struck Ain al-Asad air base on Sunday. Since October, more than 150 attacks have wounded 70 US troops."
    assert _one(text) == ("ain-al-asad", None, None, None)


def test_a_toll_goes_to_the_place_its_clause_names_when_a_sentence_lists_several() -> None:
    """ "Drones attacked al-Tanf and Harir on Sunday, killing two U.S. soldiers at al-Tanf": the toll is al-Tanf's only."""
    claims = {
        c.base_id: (c.killed, c.casualty_side)
        for c in claims_of("Drones attacked al-Tanf and Harir on Sunday, killing two U.S. soldiers at al-Tanf.", PUBLISHED)
    }
    assert claims == {"al-tanf": (2, "US"), "harir": (None, None)}


def test_the_side_comes_from_the_words_for_the_victims_not_the_place() -> None:
    """A US contractor killed at Harir, in Iraqi Kurdistan, is a US casualty, not a partner one."""
    assert _one("Two rockets hit Harir air base in Iraqi Kurdistan on Friday, killing one US contractor.") == ("harir", 1, None, "US")


def test_a_base_missing_from_the_gazetteer_still_makes_a_claim_with_its_name_and_country() -> None:
    """ "Camp Taji, a base north of Baghdad hosting US troops" is not in the gazetteer: the claim keeps it, unlinked."""
    (c,) = claims_of("Rockets hit Camp Taji, a base north of Baghdad hosting US troops, on Sunday, killing one American contractor.", PUBLISHED)
    assert (c.base_id, c.country, c.killed, c.casualty_side, c.attack_date) == (None, "Iraq", 1, "US", date(2024, 1, 28))
    assert c.place_text.startswith("Camp Taji") and c.place_kind == "described"


def test_the_fatality_at_a_base_missing_from_the_gazetteer_still_raises_a_fatality_alert() -> None:
    """The offline core turns the Camp Taji claim into an event and a fatality alert."""
    raw = RawArticle(
        text="Rockets hit Camp Taji, a base north of Baghdad hosting US troops, on Sunday, killing one American contractor.",
        published_at=date(2024, 1, 29),
    )
    kinds = [getattr(m, "kind", None) for m in run([raw]) if m.type == "alert.raised"]
    assert "fatality" in kinds


def test_turkish_happened_is_never_read_as_died() -> None:
    """ "saldırı oldu" (an attack happened) folds like "öldü" (died); Turkish packs do not list the folded form."""
    assert _one("Ayn el-Esed Üssüne 2 İHA ile saldırı oldu.", language="tr") == ("ain-al-asad", None, None, None)


def test_another_languages_cue_words_are_not_matched_in_an_article() -> None:
    """A German article's "tote" (dead) is no English word; in an English article it names nothing."""
    claims = claims_of("Drones hit the al-Tanf garrison on Sunday; the tote bags in the store were untouched.", PUBLISHED, language="en")
    assert [(c.base_id, c.killed) for c in claims] == [("al-tanf", None)]


def test_every_base_of_a_list_is_claimed() -> None:
    """ "The drones targeted the al-Harir air base and Ain al-Asad base" is two claims."""
    claims = claims_of("The drones targeted the al-Harir air base and Ain al-Asad base on Saturday.", PUBLISHED)
    assert sorted(c.base_id or "" for c in claims) == ["ain-al-asad", "harir"]


def test_the_toll_of_retaliation_strikes_is_never_the_attacks() -> None:
    """ "The attack came after US strikes that killed at least 45" gives the attack no toll."""
    text = "Drones hit al-Omar base on Sunday. The attack came after the US strikes on Friday night, which killed at least 45 militants and officers."
    assert _one(text) == ("al-omar", None, None, None)


def test_attackers_killed_are_not_the_toll() -> None:
    """ "Guards killed two attackers" is no fatality of the attack."""
    assert _one("Gunmen attacked the al-Tanf garrison on Sunday; guards killed two attackers.")[1] is None


def test_an_undated_article_gets_no_invented_day() -> None:
    """With no publication date and only "on Sunday", the claim has no date and says so."""
    (c,) = claims_of("Drones struck the Harir air base on Sunday.")
    assert (c.attack_date, c.date_precision) == (None, "none")


def test_a_stated_day_has_day_precision() -> None:
    """ "on Sunday" in an article published on Monday 29 January 2024 is 28 January, a day."""
    (c,) = claims_of("Drones struck the Harir air base on Sunday.", PUBLISHED)
    assert (c.attack_date, c.date_precision, c.place_kind) == (date(2024, 1, 28), "day", "named")


def test_a_count_of_attacks_with_an_adjective_between_is_no_toll() -> None:
    """ "wounded in two consecutive attacks on Ain al-Asad": two counts attacks; the wounded are the four."""
    (c,) = claims_of("Four American troops were wounded in two consecutive attacks on Ain al-Asad on Wednesday.", "2023-10-20")
    assert c.wounded == 4


def test_a_number_right_after_a_casualty_word_counts_casualties_whatever_follows() -> None:
    """Arabic "واصابة 42 آخرين بهجوم" (wounding 42 others in an attack): 42 wounded, not a count of attacks."""
    (c,) = claims_of("مقتل 3 جنود أمريكيين واصابة 42 آخرين بهجوم بطائرة مسيرة على قاعدة البرج 22", "2024-01-29", language="ar")
    assert (c.killed, c.wounded) == (3, 42)


def test_a_sorani_campaign_tally_naming_its_latest_attack_gives_that_attack_no_toll() -> None:
    """Sorani "about 70 attacks ... 62 soldiers wounded, the latest on the base at Erbil airport": the 62 are the campaign's, never Erbil's."""
    text = (
        "بەگوتەی پێنتاگۆن، هێزەکانی ئەمریکا لە عێراق و سووریا نزیکەی 70 هێرشیان بەرکەوتووە و 62 سەربازی ئەمریکی برینداربوون، "
        "کە دوایینیان هێرشێک بوو بۆ سەر بنکەی ئەمریکی لە فڕۆکەخانەی هەولێر."
    )
    assert [c.wounded for c in claims_of(text, PUBLISHED, language="ku") if c.wounded is not None] == []
