"""The annotated document extraction reads: each pass adds one layer, later rules read layers."""

from __future__ import annotations

from datetime import date

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain.doc import Resources, read
from tests.helpers import article


def _resources() -> Resources:
    return Resources(resources.lexicon(), resources.calendar(), resources.gazetteer())


def test_the_passes_give_sentences_language_names_weapons_and_dated_sentences() -> None:
    """A two-sentence Turkish report: two sentences, Turkish words, Harir with its ending cut off, a drone, yesterday's date."""
    doc = read(article("Harirdeki üsse dün İHA ile saldırı düzenlendi. Can kaybı yaşanmadı.", "2024-02-05", language="tr"), _resources())
    assert len(doc.sentences) == 2
    assert doc.languages == ("tr",)
    assert [(key, doc.text[s:e]) for key, s, e in doc.bases] == [("harir", "Harir")]
    assert [w for _, _, w in doc.weapons] == ["drone"]
    assert [d.value for d in doc.sentence_dates[0]] == [date(2024, 2, 4)]
    assert doc.sentence_dates[1] == ()


def test_an_article_that_speaks_of_no_attack_is_read_no_further() -> None:
    """Without an attack word or weapon, no later layer (sentences, names, dates) is computed."""
    doc = read(article("Markets in Erbil stayed open on Sunday.", "2024-02-05", language="en"), _resources())
    assert doc.quiet
    assert doc.sentences == () and doc.bases == () and doc.dates == ()


def test_a_base_named_in_a_language_without_a_pack_is_a_cue() -> None:
    """In a language no pack covers, a base's name is the only sign of an attack the passes can read."""
    doc = read(article("Kambi ya Tanf ilishambuliwa jana.", "2024-02-05", language="sw"), _resources())
    assert doc.foreign and not doc.quiet
    assert doc.cues == tuple(s for _, s, _ in doc.bases) != ()


def test_an_ordinal_after_its_article_ends_no_sentence() -> None:
    """German "im 13. Bataillon" is an ordinal inside the sentence; "stieg auf 13. Die ..." ends one (a preposition alone)."""
    text = "Eine Drohne traf den Stützpunkt, an dem Soldaten aus dem 13. Bataillon dienten. Die Zahl der Verletzten stieg auf 13. Die Armee schwieg."
    doc = read(article(text, "2024-10-04", language="de"), _resources())
    assert [doc.text[s:e][:22] for s, e in doc.sentences] == ["Eine Drohne traf den S", "Die Zahl der Verletzte", "Die Armee schwieg."]


def test_a_widget_label_on_its_own_line_is_no_sentence() -> None:
    """ "Зміст" (contents) between the attack and its toll is a page widget's label: the toll stays the attack's."""
    from tests.helpers import claims_of

    text = "У ніч на неділю дрон атакував базу Tower 22 у Йорданії.\nЗміст\nЯк наслідок, загинуло троє військовослужбовців США."
    assert [(c.base_id, c.killed) for c in claims_of(text, "2024-01-28", language="uk")] == [("tower-22", 3)]


def test_a_one_word_headline_of_an_unspaced_script_stays_a_sentence() -> None:
    """The control: a Chinese headline is one "word" to a split at spaces, and still a sentence of the story."""
    doc = read(article("伊拉克民兵组织袭击美军基地\n武装组织用无人机袭击了坦夫美军基地。", "2024-01-22", language="zh"), _resources())
    assert len(doc.sentences) == 2


def test_a_two_word_subheading_naming_a_base_stays_a_sentence() -> None:
    """The control: a line "Harir base" names the site the next sentence's "the base" is; it is no widget's label."""
    doc = read(article("Harir base\nTwo drones hit the base on Monday.", "2024-01-09", language="en"), _resources())
    assert len(doc.sentences) == 2
