"""Letters a language tells apart that folding merges (Turkish ö/o, ü/u, ş/s, ç/c, ğ/g)."""

from __future__ import annotations

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain.letters import letter_exact
from basewatch.services.enrich.domain.text import fold
from tests.helpers import claims_of


def _killed_words(text: str) -> list[str]:
    """The casualty words of a Turkish text, as written."""
    words = letter_exact(resources.lexicon().words(("tr",)), text)
    return [text[m.start() : m.end()] for m in words.killed.finditer(fold(text))]


def test_a_turkish_word_written_with_its_letters_matches_only_that_word() -> None:
    """ "öldü" (died) is a casualty word; "oldu" (happened), the same once folded, is not."""
    assert _killed_words("Saldırıda iki asker öldü. Üste bir patlama oldu.") == ["öldü"]
    assert _killed_words("Üste bir patlama oldu, yangın çıktı.") == []


def test_turkish_typed_without_its_letters_is_read_folded() -> None:
    """A text with none of the distinct letters cannot tell the words apart, so it is read as before."""
    assert _killed_words("Saldirida iki asker oldu") == ["oldu"]


def test_dotted_and_dotless_i_are_one_letter_in_capitals() -> None:
    """A headline in capitals (İ, I) gives the same claim and toll as the sentence in lower case."""
    upper = claims_of("AYN EL-ESED ÜSSÜNE İHA SALDIRISI: İKİ ABD ASKERİ ÖLDÜ", "2024-01-29", language="tr")
    lower = claims_of("Ayn el-Esed üssüne İHA saldırısı: iki ABD askeri öldü", "2024-01-29", language="tr")
    assert [(c.base_id, c.killed, c.casualty_side) for c in upper] == [(c.base_id, c.killed, c.casualty_side) for c in lower]
    assert [(c.base_id, c.killed, c.casualty_side) for c in upper] == [("ain-al-asad", 2, "US")]


def test_the_letter_exact_words_of_an_article_carry_every_compiled_table_of_its_languages() -> None:
    """Every table compiled for the languages (the glued "and", the conjunctions, ...) is there for a Turkish text
    written with its letters too: one missing stopped a whole article with an AttributeError."""
    base = resources.lexicon().words(("tr",))
    exact = letter_exact(base, "Bugün erken saatlerde El Şeddadi üssü hedef alındı.")
    assert exact is not base
    for name in ("glued_and", "and_words", "number_values", "matcher", "calendar"):
        assert getattr(exact, name) is getattr(base, name), name
