"""The extraction rules' patterns, built from the categories of the article's language packs.

A rule names categories ("a verb of `targeted`, then an optional article, then the place"); the words of
each category live in the packs (`data/lang/*.toml`). A template writes `<category>` for a whole word
of the category (`<a|b>` for either), `<=category>` for an ending glued to what comes before ("28th");
the rest is regular-expression punctuation, never a word. Patterns are compiled once per set of
languages (`Words`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from basewatch.services.enrich.domain.letters import ExactWords
from basewatch.services.enrich.domain.lexicon import Words, phrase_regex
from basewatch.services.enrich.domain.phrases import matchable

NEVER = "(?!x)x"  # an empty category matches nothing
OPENING_WORDS = 3  # "Also, ...", "It also said ...", "The group also claimed ...": the opening of a sentence


def pattern(words: Words | None, template: str) -> re.Pattern[str]:
    """`template` with each category replaced by its words; compiled once per set of languages. Without
    `words` (a text of unknown language) every category is empty."""
    return _pattern(words.compiled if isinstance(words, ExactWords) else words, template)


@lru_cache(maxsize=4096)
def _pattern(words: Words | None, template: str) -> re.Pattern[str]:
    return re.compile(_TOKEN.sub(lambda m: _words(words, m.group(2), glued=m.group(1) == "="), template))


_TOKEN = re.compile(r"<(=?)([a-z_:|]+)>")


def _words(words: Words | None, names: str, glued: bool) -> str:
    phrases = [x for p in words.packs for name in names.split("|") for x in _phrases(p, name)] if words else []
    alternation = phrase_regex(phrases) if phrases else NEVER
    return alternation if glued else rf"(?<![\w]){alternation}(?![\w])"


def _phrases(pack: object, name: str) -> tuple[str, ...]:
    if name.startswith("side:"):
        return tuple(getattr(pack, "sides").get(name[5:], ()))  # noqa: B009 - one accessor for every category
    if name in ("weapons", "numbers"):
        return tuple(x for v in getattr(pack, name).values() for x in v)
    return tuple(getattr(pack, name))


def opens_with(words: Words, category: str, folded: str, s: int) -> bool:
    """A word of the category is among the first words of the sentence at `s`."""
    return pattern(words, rf"[\s\"'(]*(?:[^\s]+\s+){{0,{OPENING_WORDS - 1}}}?<{category}>").match(matchable(folded), s) is not None
