"""A story that tells its one unnamed target again (headline, lede, the group's statement) gives one claim, not one each."""

from __future__ import annotations

from basewatch.services.enrich.domain.link import consolidate
from tests.helpers import claim, claims_of

GOLAN = (
    "Iraqi group claims drone strike on Israeli military target in Golan Heights\n\n"
    "The Islamic Resistance in Iraq said on Sunday that it launched a drone at an Israeli military target in the Golan Heights. "
    'In its statement the group said: "Our fighters struck a military target in the occupied Golan Heights with a drone this morning."'
)


def test_one_unnamed_target_told_three_times_is_one_claim() -> None:
    """Headline, lede and quote name the same unnamed Golan target on one day with one weapon: one claim."""
    found = claims_of(GOLAN, "2024-10-13", language="en")
    assert [(c.base_id, c.country, str(c.attack_date), c.weapon) for c in found] == [(None, "Israel", "2024-10-13", "drone")]


def test_a_second_unnamed_target_placed_elsewhere_stays_its_own_claim() -> None:
    """The control: the same day's drone on a target placed by another name (Tiberias) is another target, another claim."""
    common = {"base_id": None, "country": "Israel", "weapon": "drone", "place_kind": "region", "article_id": "a1"}
    golan = claim(claim_id="c1", place_text="a military target in the Golan Heights", **common)
    tiberias = claim(claim_id="c2", place_text="a vital target in Tiberias", **common)
    again = claim(claim_id="c3", place_text="an Israeli military target in the occupied Golan", **common)
    assert [c.place_text for c in consolidate([golan, tiberias, again])] == [golan.place_text, tiberias.place_text]
