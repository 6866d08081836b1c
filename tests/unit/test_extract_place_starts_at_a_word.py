"""A described base's text starts at a word: an owner's short name ("AS", the US in Indonesian) inside a longer word is no owner."""

from __future__ import annotations

from tests.helpers import claims_of


def test_a_described_base_does_not_start_inside_the_verb_before_it() -> None:
    """ "yang menyasar pangkalan militer": "as" inside "menyasar" is not "AS" (the United States) owning the base."""
    text = "Sebuah drone yang menyasar pangkalan militer di Dataran Tinggi Golan menewaskan dua tentara, Kamis."
    (c,) = claims_of(text, "2024-10-04", language="id")
    assert c.place_text.startswith("pangkalan militer")


def test_an_owner_written_as_a_word_before_the_base_noun_still_opens_the_place() -> None:
    """ "the US base in Jordan" still reads the owner before the noun as part of the place."""
    (c,) = claims_of("A drone struck a US base in Jordan on Sunday, killing three soldiers.", "2024-01-29", language="en")
    assert c.place_text == "a US base in Jordan" and c.base_id == "tower-22"
