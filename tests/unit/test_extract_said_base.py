"""A sentence that points back at "the said base" with an earlier day tells that base's earlier attack, not the story's."""

from __future__ import annotations

from datetime import date

from basewatch.schemas import ClaimExtracted
from basewatch.services.enrich import resources
from basewatch.services.enrich.domain.link import consolidate
from tests.helpers import claim, claims_of

SAID_BASE_TR = (
    "Irak İslami Direnişi, Erbil yakınlarındaki Harir Üssü'ne insansız hava aracıyla saldırı düzenledi. "
    "Grup, söz konusu üssü en son 17 Kasım'da da hedef almıştı."
)


def _claims(text: str, published: str | None, language: str) -> list[tuple[str | None, str | None, bool]]:
    return [(c.base_id, str(c.attack_date) if c.attack_date else None, c.background) for c in claims_of(text, published, language=language)]


def _page_dated() -> ClaimExtracted:
    """The story's own telling of its attack, in a sentence, with no day but its page's."""
    day = date(2023, 11, 22)
    return claim(claim_id="c1", base_id="harir", attack_date=day, date_basis="publication", published_at=day, evidence="Drones struck the Harir base.")


def test_the_said_base_with_an_earlier_day_is_the_bases_earlier_attack() -> None:
    """Turkish "söz konusu üssü en son 17 Kasım'da hedef almıştı" (had last struck the said base on 17 November): the
    story's attack keeps its page's day, the recalled one is a claim of its own at the same base, recalled."""
    assert _claims(SAID_BASE_TR, "2023-11-22", "tr") == [("harir", "2023-11-22", False), ("harir", "2023-11-17", True)]


def test_a_pointing_phrase_before_the_base_noun_describes_no_new_place() -> None:
    """In a language that writes a noun's modifiers before it, "the said base" after the militia's country name ("Irak
    İslami Direnişi, ... söz konusu üssü") is the base named before, never a described base in Iraq of its own."""
    claims = claims_of(SAID_BASE_TR.replace("Harir Üssü'ne", "Harir Askeri Hava Üssü'ne"), "2023-11-22", language="tr")
    assert [c.base_id for c in claims] == ["harir", "harir"]


def test_a_page_dated_claim_and_a_recalled_earlier_day_at_its_base_stay_two_attacks() -> None:
    """Consolidation never lets a recalled attack's stated day date the story's own claim at the same base, dated by its page."""
    news = _page_dated()
    recalled = claim(claim_id="c2", base_id="harir", attack_date=date(2023, 11, 17), date_basis="relative", background=True)
    days = sorted(str(c.attack_date) for c in consolidate([news, recalled], resources.gazetteer()))
    assert days == ["2023-11-17", "2023-11-22"]


def test_a_page_dated_claim_still_takes_a_stated_day_told_as_the_storys_own() -> None:
    """The control: the same two tellings with the stated day not recalled are one attack on the stated day."""
    news = _page_dated()
    stated = claim(claim_id="c2", base_id="harir", attack_date=date(2023, 11, 17), date_basis="relative")
    assert [str(c.attack_date) for c in consolidate([news, stated], resources.gazetteer())] == ["2023-11-17"]
