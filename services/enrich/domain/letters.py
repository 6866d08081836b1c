"""Letters a language tells apart that folding merges: Turkish "öldü" (died) is not "oldu" (happened).

Folding drops accents so that names match however they are spelt; in Turkish that merges words of
different meaning (ö/o, ü/u, ş/s, ç/c, ğ/g). A pack declares such letters (`distinct_letters`); in an
article written with them, a phrase of the pack written with one of them matches only text that has it
there. Phrases written without them match as before, and an article typed without them (plain ASCII)
is read as folded text, since it cannot tell the words apart either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache
from itertools import product
from typing import Any

from basewatch.services.enrich.domain.lexicon import WINDOW_CATEGORIES, Match, Words
from basewatch.services.enrich.domain.packs import LanguagePack
from basewatch.services.enrich.domain.phrases import BRACES
from basewatch.services.enrich.domain.text import fold


def letter_exact(words: Words, text: str) -> Words:
    """The article's words, with the phrases written with distinct letters matched only where the text has
    them; `words` itself when no pack declares such letters or the text does not use them."""
    letters = _letters(words)
    if not letters or not any(ch in letters for ch in text.lower()):
        return words
    return ExactWords.of(words, _exact_text(text, letters))


def _exact_text(text: str, letters: str) -> str:
    """The folded text with the distinct letters kept (same length)."""
    out = list(fold(text).replace("-", " "))
    for i, ch in enumerate(text):
        low = ch.lower()
        if low in letters and len(low) == 1:
            out[i] = low
    return "".join(out)


@lru_cache(maxsize=64)
def _letters(words: Words) -> str:
    return "".join(sorted({ch for p in words.packs for ch in p.distinct_letters}))


@dataclass(frozen=True)
class _Check:
    ambiguous: re.Pattern[str]  # the folded forms of phrases written with distinct letters
    exact: re.Pattern[str]  # every phrase as written (distinct letters kept)


class ExactWords(Words):
    """`Words` for one article: category matches filtered by letter; everything else as compiled."""

    _base: Words
    _exact: str
    _scanned: dict[str, Any]

    @classmethod
    def of(cls, base: Words, exact: str) -> ExactWords:
        new = object.__new__(cls)
        for f in fields(Words):  # every compiled table (a field missed here is an AttributeError on some article)
            if not f.name.startswith("_"):
                object.__setattr__(new, f.name, getattr(base, f.name))
        object.__setattr__(new, "_base", base)
        object.__setattr__(new, "_exact", exact)
        object.__setattr__(new, "_scanned", {})
        return new

    @property
    def compiled(self) -> Words:
        return self._base

    def __getattr__(self, name: str) -> Any:
        if name in WINDOW_CATEGORIES or name.startswith("_"):
            return getattr(self._base, name)  # short words: compiled once per language, never per article
        return Words.__getattr__(self, name)

    @property
    def base_place(self) -> re.Pattern[str]:
        return self._base.base_place

    def scan(self, folded: str) -> Any:
        if folded not in self._scanned:
            found = self._base.scan(folded)
            self._scanned[folded] = {k: _kept(v, k, self, folded) for k, v in found.items()}
        return self._scanned[folded]

    def _keeps(self, key: str, m: Match, folded: str) -> bool:
        if key == "number":
            parts = [(s, s + len(w)) for s, w in _words(folded, m.s, m.e)]
            return all(self._number_word(s, e) for s, e in parts)
        if key == "weapons":
            key = f"weapon:{m.text}"
        if key == "aggregate_all" and not self._counted_by_number(folded, m):
            return False
        return self._agrees(key, folded, m.s, m.e)

    def _counted_by_number(self, folded: str, m: Match) -> bool:
        """A count of attacks opens with its number word as a number phrase writes it: Vietnamese "sau cuộc tấn công"
        (after the attack) is no "sáu" (six) attacks. An aggregate phrase that opens with no number word stands."""
        first = _words(folded, m.s, m.e)[:1]
        if not first:
            return True
        s, word = first[0]
        exact, ambiguous = _number_words(self._base)
        if ambiguous.fullmatch(word) is None and exact.fullmatch(self._exact[s : s + len(word)]) is None:
            return True
        return self._number_word(s, s + len(word))

    def _number_word(self, s: int, e: int) -> bool:
        """A word the text writes with a distinct letter is a number word only as a number phrase writes it:
        Vietnamese "bà" (Mrs) is not "ba" (three), Turkish "ön" (front) not "on" (ten)."""
        word = self._exact[s:e]
        letters = _letters(self._base)
        exact, ambiguous = _number_words(self._base)
        if not any(ch in letters for ch in word) and ambiguous.fullmatch(word) is None:
            return True  # plainly written, like no number word written with a distinct letter
        return exact.fullmatch(word) is not None  # word by word: "hai mươi" (twenty) holds "mươi", no number alone

    def _agrees(self, key: str, folded: str, s: int, e: int) -> bool:
        check = _check(self._base, key)
        if check is None or not check.ambiguous.fullmatch(folded.replace("-", " "), s, e):
            return True
        return check.exact.fullmatch(self._exact, s, e) is not None


def _kept(found: Any, key: str, words: ExactWords, folded: str) -> Any:
    """One category's matches that agree in letter, in the shape the scan gave them: a tuple of matches, or
    matches with their starts (`matches`, `starts`)."""
    matches = getattr(found, "matches", None)
    if matches is None:
        return tuple(m for m in found if words._keeps(key, m, folded))
    kept = tuple(m for m in matches if words._keeps(key, m, folded))
    return type(found)(kept, tuple(m.s for m in kept))


def _words(folded: str, s: int, e: int) -> list[tuple[int, str]]:
    return [(s + m.start(), m.group(0)) for m in re.finditer(r"\w+", folded[s:e])]


@lru_cache(maxsize=1024)
def _check(words: Words, key: str) -> _Check | None:
    written = [(p, x) for p in words.packs for x in _category(p, key)]
    strict = [(p, x) for p, x in written if any(ch in p.distinct_letters for ch in x.lower())]
    if not strict:
        return None
    ambiguous = _alternation(f for p, x in strict for f in _forms(x, ""))
    exact = _alternation(f for p, x in written for f in _forms(x, p.distinct_letters))
    return _Check(re.compile(ambiguous), re.compile(exact))


@lru_cache(maxsize=64)
def _number_words(words: Words) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Each word of the number phrases as written (distinct letters kept), and the folded forms of those written
    with a distinct letter ("bay" of "bảy")."""
    forms = {w for p in words.packs for x in _category(p, "number") for f in _forms(x, p.distinct_letters) for w in f.split()}
    letters = _letters(words)
    folded = {fold(w) for w in forms if any(ch in letters for ch in w)} or {"\x00"}
    return re.compile(_alternation(forms)), re.compile(_alternation(folded))


def _category(pack: LanguagePack, key: str) -> tuple[str, ...]:
    if key.startswith("weapon:"):
        return next((v for k, v in pack.weapons.items() if k == key[7:]), ())
    if key.startswith("side:"):
        return next((v for k, v in pack.sides.items() if k == key[5:]), ())
    if key == "number":
        return tuple(x for v in pack.numbers.values() for x in v)
    value = getattr(pack, key, ())
    return value if isinstance(value, tuple) else ()


def _forms(phrase: str, letters: str) -> list[str]:
    """The literal forms of a written phrase (braces expanded), folded but for `letters`."""
    parts = BRACES.split(phrase)
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)]
    out = []
    for combo in product(*choices):
        raw = "".join(combo)
        form = "".join(ch.lower() if ch.lower() in letters else fold(ch) for ch in raw)
        out.append(" ".join(form.replace("-", " ").split()))
    return [f for f in out if f]


def _alternation(forms: Any) -> str:
    parts = {re.escape(f.rstrip("*").rstrip()).replace(r"\ ", r"[\W_]+") + (r"\w*" if f.endswith("*") else "") for f in forms}
    return "(?:" + "|".join(sorted(parts, key=len, reverse=True)) + ")"
