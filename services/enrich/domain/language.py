"""The language pass: an article's language, as declared, else detected (py3langid) among the packs' languages."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from basewatch.schemas import ArticleReceived
from basewatch.services.enrich.domain.packs import language_code

# Letters Sorani Kurdish writes and Persian, Arabic and Urdu do not (ە ێ ۆ ڕ ڵ ڤ): a detector trained without
# Sorani calls such text Persian (or Urdu, now that Urdu is a pack's language).
_SORANI_LETTERS = re.compile(r"[\u06d5\u06ce\u06c6\u0695\u06b5\u06a4]")
DETECT_CHARS = 240  # the start of an article says its language (the detector's cost grows with the text)


QUOTED_LATIN_WORDS = 6  # Latin-script words in a row that make an English passage inside a text of another script
_LATIN_RUN = re.compile(rf"(?:[A-Za-z][A-Za-z'’-]*[\s,;:\"“”()]+){{{QUOTED_LATIN_WORDS},}}")
_LATIN = re.compile(r"[A-Za-z]")
_OTHER_SCRIPT = re.compile(r"[^\x00-\u02ff\s\u2000-\u206f\u3000-\u303f]")  # beyond Latin: letters, marks, ideographs


def article_languages(article: ArticleReceived, known: frozenset[str]) -> tuple[str, ...]:
    """The article's language codes: the declared one (even one no pack covers), else the detected one; and English
    too when a text in another script quotes an English passage (`quotes_english`)."""
    code = language_code(article.language) if article.language else language_code(detect(article.text, known))
    return (code, "en") if code != "en" and "en" in known and quotes_english(article.text) else (code,)


def quotes_english(text: str) -> bool:
    """Pattern: a text written mostly in a script other than Latin quotes a passage in English ("... এক্স-এ লিখেছে,
    'A drone hit the Harir airbase'": a tweet, a statement): a run of QUOTED_LATIN_WORDS Latin words or more. Its
    English words are read too; they are written in Latin letters, so the text's own words are read as before (numbers
    in digits and numeric dates may now be read the English way too)."""
    if text.isascii():
        return False  # Latin letters only: no other script to quote English in (a C check)
    return _LATIN_RUN.search(text) is not None and len(_LATIN.findall(text)) < len(_OTHER_SCRIPT.findall(text))


def detect(text: str, known: frozenset[str]) -> str:
    """The most likely of the `known` languages for `text`."""
    sample = text[:DETECT_CHARS]
    code = str(_identifier(tuple(sorted(known))).classify(sample)[0])
    if code in ("fa", "ar", "ur") and "ku" in known and len(_SORANI_LETTERS.findall(sample)) >= 3:
        return "ku"
    return code


@cache
def _identifier(languages: tuple[str, ...]) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # loads a 3 MB model: only when needed

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    supported = set(ident.nb_classes)
    ident.set_languages([x for x in languages if x in supported])
    return ident
