"""Category alternations for the rules' patterns: a phrase's braces written as groups match the same strings."""

from __future__ import annotations

import re
from itertools import product

from basewatch.services.enrich.domain.lexicon import GROUPED_FORMS, phrase_regex
from basewatch.services.enrich.domain.phrases import expand

ENDINGS = ["", "а", "у", "ом", "ой", "ы", "ая", "ое", "ые", "ого", "ому", "ым", "ую", "ых"]  # made-up adjective endings


def test_a_phrase_of_many_inflected_forms_matches_exactly_its_forms() -> None:
    """ "{стремительн...} {огненн...} снаряд*" (196 forms, written as groups) matches each form whole, nothing else."""
    phrase = "{" + "|".join("стремительн" + e for e in ENDINGS) + "} {" + "|".join("огненн" + e for e in ENDINGS) + "} снаряд*"
    assert len(expand(phrase)) > GROUPED_FORMS
    pattern = re.compile(rf"(?<!\w){phrase_regex([phrase, 'ракета'])}(?!\w)")
    for a, b in product(ENDINGS, ENDINGS):
        text = f"стремительн{a} огненн{b} снарядами"
        assert pattern.fullmatch(text), text
    assert pattern.fullmatch("ракета")
    assert not pattern.fullmatch("стремительн огненнxyz снаряд")
    assert len(phrase_regex([phrase])) < 400  # 196 forms expanded would be about 9,000 characters


def test_few_forms_stay_one_alternation_longest_first() -> None:
    """ "{us |american |}drone strike*" (three forms): the longest form is tried first, as before."""
    regex = phrase_regex(["{us |american |}drone strike*"])
    assert regex.startswith(r"(?:american\ drone\ strike\w*|")
