"""Text matching primitives: folding, the term index behind every cue and name lookup."""

from __future__ import annotations

import re

import pytest

from basewatch.services.enrich.domain.text import PhraseIndex, TermIndex, alternation, expand_arabic, fold, literal_prefix

CUES = {
    "attack": ("attack(?:s|ed|ing)?", "came under", "hit", "هجوم", "استهدف\\w*"),
    "drone": ("drones?", "one-way attack drones?"),
}


def _index(table: dict[str, tuple[str, ...]]) -> TermIndex:
    return TermIndex({k: tuple(x for t in v for x in expand_arabic(fold(t))) for k, v in table.items()})


def _alternation_hits(table: dict[str, tuple[str, ...]], text: str) -> set[tuple[int, str]]:
    """What one regex alternation per key finds: the reference the index must agree with."""
    return {(m.start(), key) for key, terms in table.items() for m in re.finditer(alternation(terms), text)}


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked the base; it came under fire again and was hit twice.",
        "White smoke rose; the hitman was not there. Attackers? No: counterattacks.",
        "A one-way attack drone and two drones hit the garrison.",
        "وقال البيان إن الهجوم استهدف القاعدة، وبالهجوم الثاني استهدفت المقاومة موقعا",
        "attack",
    ],
)
def test_index_finds_what_the_alternation_finds_at_word_boundaries(text: str) -> None:
    folded = fold(text)
    found = {(s, key) for s, _, key in _index(CUES).find(folded)}
    assert found >= _alternation_hits(CUES, folded)
    assert all(s == 0 or not folded[s - 1].isalnum() for s, _ in found)


def test_words_inside_other_words_are_not_matches() -> None:
    folded = fold("The white hitman counterattacked.")
    assert _index(CUES).find(folded) == []


def test_arabic_terms_match_with_attached_proclitics() -> None:
    folded = fold("والهجوم على القاعدة")
    assert [key for _, _, key in _index(CUES).find(folded)] == ["attack"]


def test_a_range_is_the_slice_of_the_whole_text_hits() -> None:
    folded = fold("Drones hit Harir. Rockets came under fire. An attack on Tanf.")
    index = _index(CUES)
    whole = index.find(folded)
    second = folded.index("Rockets".lower())
    assert index.find(folded, second, folded.index("an attack")) == [h for h in whole if second <= h[0] < folded.index("an attack")]
    assert [k for _, _, k in index.find(folded, second)] == ["attack", "attack"]


def test_overlapping_terms_are_all_reported_longest_first() -> None:
    folded = fold("a one-way attack drone")
    hits = _index(CUES).find(folded)
    assert hits[0] == (2, len(folded), "drone")  # the longest at its start
    assert ("attack" in {k for _, _, k in hits}) and (folded.index("drone"), len(folded), "drone") in hits


def test_literal_prefix_knows_where_the_first_word_ends() -> None:
    assert literal_prefix("attack(?:s|ed)?") == ("attack", False)
    assert literal_prefix("u\\.?s") == ("u", False)
    assert literal_prefix("came under") == ("came under", True)
    assert literal_prefix("tower[\\s-]+22") == ("tower", True)
    assert literal_prefix("tower[\\s-]*22") == ("tower", False)
    assert literal_prefix("a|b") == ("", False)


def test_fragments_without_a_stem_are_still_found() -> None:
    index = TermIndex({"us": ("u\\.?s\\.?",), "num": ("\\d+ km",)})
    folded = fold("U.S. troops, 40 km away; US forces.")
    assert sorted(k for _, _, k in index.find(folded)) == ["num", "us", "us"]


def test_phrases_take_the_arabic_article_and_spelling_variants() -> None:
    index = PhraseIndex({"tanf": ("al-Tanf",), "asad": ("Ain al-Asad",), "t22": ("Tower 22",)})
    folded = fold("Drones hit At-Tanf, Ain al Asad and Tower-22 (not Tower22).")
    assert [(k, folded[s:e]) for k, s, e in index.find(folded)] == [("tanf", "at-tanf"), ("asad", "ain al asad"), ("t22", "tower-22")]


def test_fold_keeps_offsets_and_turns_other_scripts_punctuation_into_ascii() -> None:
    text = "Ayn al-Asad… «قاعدة»، İncirlik – straße"
    folded = fold(text)
    assert len(folded) == len(text)
    assert "،" not in folded and "…" not in folded and folded.startswith("ayn al-asad.")
    assert fold("¡Ataque contra Al Tanf!").split()[0] == "ataque"  # "¡" is no part of a word


def test_fragments_with_an_optional_ending_are_indexed_as_their_words() -> None:
    from basewatch.services.enrich.domain.text import finite_forms

    assert sorted(finite_forms("attack(?:s|ed)?")) == ["attack", "attacked", "attacks"]
    assert finite_forms("drones?") == ["drone", "drones"]
    assert finite_forms("getotet\\w*") == ["getotet\\w*"]  # open-ended: stays a stem
