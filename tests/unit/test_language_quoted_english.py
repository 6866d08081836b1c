"""An English passage quoted in a text of another script is read with English words too."""

from __future__ import annotations

from basewatch.services.enrich.domain.language import quotes_english


def test_a_tweet_in_english_inside_a_greek_text_is_an_english_passage() -> None:
    """Greek copy that quotes a wire's English tweet word for word reads it in English."""
    text = "Η αμερικανική βάση στο δυτικό Ιράκ δέχθηκε επίθεση, σύμφωνα με πηγές. " * 3 + "Several US personnel were hurt in a rocket attack, an official says."
    assert quotes_english(text)


def test_a_name_in_latin_letters_is_no_english_passage() -> None:
    """A few Latin words ("Tower 22", "Islamic Resistance in Iraq") are names, not a passage: fewer than QUOTED_LATIN_WORDS."""
    assert not quotes_english("Группировка Islamic Resistance in Iraq заявила об атаке на базу Tower 22 в Иордании.")


def test_a_text_mostly_in_latin_letters_adds_no_english() -> None:
    """A French article is read in French only, however many Latin words it has."""
    assert not quotes_english("Des drones ont visé la base de Harir samedi, selon un responsable de la coalition.")
