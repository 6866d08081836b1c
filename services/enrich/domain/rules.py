"""The extraction rules' patterns, built from the categories of the article's language packs.

A rule names categories ("a verb of `targeted`, then an optional determiner, then the place"); the words
of each category live in the packs (`data/lang/*.toml`). Patterns are compiled once per set of
languages (`Words`) and matched on folded text with hyphens read as spaces, like every phrase.
"""

from __future__ import annotations

import re
from functools import lru_cache

from basewatch.services.enrich.domain.letters import ExactWords
from basewatch.services.enrich.domain.lexicon import Words, phrase_regex
from basewatch.services.enrich.domain.phrases import matchable

NEVER = "(?!x)x"  # an empty category matches nothing


@lru_cache(maxsize=4096)
def words_of(words: Words, *names: str) -> str:
    """A regex alternation of the phrases of the named categories (the article's languages), longest first."""
    phrases = [x for p in words.packs for name in names for x in _phrases(p, name)]
    return phrase_regex(phrases) if phrases else NEVER


def _phrases(pack: object, name: str) -> tuple[str, ...]:
    if name.startswith("side:"):
        return tuple(getattr(pack, "sides").get(name[5:], ()))  # noqa: B009 - one accessor for every category
    if name.startswith("weapons"):
        return tuple(x for v in getattr(pack, "weapons").values() for x in v)  # noqa: B009
    return tuple(getattr(pack, name))


def pattern(words: Words, template: str) -> re.Pattern[str]:
    """`template` with each `<category>` replaced by its words, as a whole-word alternation; compiled once
    per set of languages."""
    return _pattern(words.compiled if isinstance(words, ExactWords) else words, template)


@lru_cache(maxsize=4096)
def _pattern(words: Words, template: str) -> re.Pattern[str]:
    return re.compile(_TOKEN.sub(lambda m: _word(words, m.group(1)), template))


_TOKEN = re.compile(r"<([a-z_:]+)>")


def _word(words: Words, names: str) -> str:
    return rf"(?<![\w]){words_of(words, *names.split('|'))}(?![\w])"


OPENING_WORDS = 3  # "Also, ...", "It also said ...", "The group also claimed ...": the opening of a sentence


def opens_with(words: Words, category: str, folded: str, s: int) -> bool:
    """A word of the category is among the first words of the sentence at `s`."""
    return pattern(words, rf"[\s\"'(]*(?:[^\s]+\s+){{0,{OPENING_WORDS - 1}}}?<{category}>").match(matchable(folded), s) is not None
