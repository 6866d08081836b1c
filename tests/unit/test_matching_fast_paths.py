"""The fast paths of text matching answer exactly as the plain definitions they replace.

Each fast path (a regex over the characters folding maps, a digit search by str.find, one index of an
article's names queried by bisection, scans remembered per article) is checked against the plain
definition, written out here, on every code point or on generated text.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain.lexicon import _DIGITS, _NOT_BEFORE_DIGITS, _SPACED, _after_cjk_stop, _bullet, _numbers, _scan
from basewatch.services.enrich.domain.phrases import _ARTICLE_BEFORE, NameIndex, _tail_end, _word_tail
from basewatch.services.enrich.domain.text import _fold_table, fold
from basewatch.services.ingest.domain.intake import DuplicateIndex, RawArticle, intake

# Every code point of the planes that hold letters, marks and punctuation (0, 1 and 14; 2 and 3 are ideographs).
_CODE_POINTS = [chr(cp) for cp in (*range(0x20000), *range(0xE0000, 0xE1000)) if not 0xD800 <= cp < 0xE000]
# Letters, digits, marks, spaces and punctuation of the scripts the packs read, and the characters folding maps.
_TEXT = st.text(st.sampled_from([*"aZé ßİıΣσ-.,0123456789_", "\u0301", "\u093e", "क", "ق", "أ", "ة", "٣", "无", "\u3099", "«", "’", "\n", "\u00a0"]))


_TABLE = _fold_table()


def _fold_by_definition(text: str, table: dict[int, str] = _TABLE) -> str:
    out = text.translate(table).lower()
    return out if len(out) == len(text) else "".join(c if len(c := ch.translate(table).lower()) == 1 else ch for ch in text)


def test_fold_maps_every_character_as_the_table_then_lower_case_do() -> None:
    """Every code point folds to what str.translate with the table and str.lower give, one character each."""
    assert [fold(ch) for ch in _CODE_POINTS] == [_fold_by_definition(ch) for ch in _CODE_POINTS]


@settings(deadline=None)
@given(_TEXT)
def test_fold_of_a_text_is_the_definition_applied_to_the_whole_text(text: str) -> None:
    """Folding a mixed text (final sigma, Turkish dotted I, Arabic variants) equals the plain definition."""
    assert fold(text) == _fold_by_definition(text)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or (ch > "\u02ff" and unicodedata.category(ch)[0] == "M")


def _unspaced(ch: str) -> bool:
    return "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\u0e00" <= ch <= "\u0e7f"  # Thai too


def test_an_open_ending_runs_over_word_characters_and_marks_but_not_into_ideographs() -> None:
    """ "attaque*" takes the rest of the word: for every code point, the same end as stepping character by character."""
    word_tail = _word_tail()
    for ch in _CODE_POINTS:
        for text in (f"a{ch}b ", f"a{ch}{ch}\u093e "):
            end = 0
            while _word_char(text[end]) and not _unspaced(text[end]):
                end += 1
            assert _tail_end(word_tail, text, 0) == end, repr(text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_numbers_are_digit_runs_after_no_word_character_as_a_regex_scan_finds_them(text: str) -> None:
    """Digits "25", "12,000" and "12 000" are numbers (a list's "-11" too); "F-16", "22B" and "ال25" parts are not: as a
    regex scan for `_SPACED` or `_DIGITS` keeps them."""
    folded = fold(text)
    words = resources.lexicon().words(("en",))
    expected = [
        (m.start(), m.end(), int(m.group(0).replace(",", "").replace(" ", "")))
        for m in re.finditer(f"{_SPACED.pattern}|{_DIGITS.pattern}", folded)
        if not (m.start() and folded[m.start() - 1] in _NOT_BEFORE_DIGITS and not _after_cjk_stop(folded, m.start()) and not _bullet(folded, m.start()))
    ]
    assert [(n.s, n.e, n.value) for n in _numbers(words, folded, []) if n.text[:1].isdigit()] == expected


def _names_by_filtering(index: NameIndex, folded: str, start: int, end: int, kind: str) -> list[tuple[str, int, int]]:
    """The plain definition: every name of the text, filtered by range and kind, the article before it inside the range."""
    hits = []
    for s, e, key in index._matcher.find(folded):
        if s < start or e > end or not key.startswith(f"{kind}:"):
            continue
        art = _ARTICLE_BEFORE.search(folded, max(start, s - 4), s) if s > start and folded[s - 1] in " -" else None
        hits.append((art.start() if art else s, e, key[len(kind) + 1 :]))
    hits.sort(key=lambda h: (h[0], -h[1], h[2]))
    out: list[tuple[int, int, str]] = []
    for h in hits:
        if not out or h[0] >= out[-1][1]:
            out.append(h)
    return [(key, s, e) for s, e, key in out]


def test_names_in_a_range_are_those_of_the_whole_text_inside_it() -> None:
    """A sentence's bases, actors and places (the article "al-" kept only inside the sentence) are the article's, filtered."""
    index = NameIndex({"base:tanf": ("al-Tanf",), "base:asad": ("Ain al-Asad",), "actor:iri": ("Islamic Resistance in Iraq",), "place:Syria": ("Syria",)})
    folded = fold("The Islamic Resistance in Iraq hit al-Tanf in Syria. Later, at-Tanf and Ain al Asad; el-Tanf again in Syria.")
    for kind in ("base", "actor", "place"):
        for start in range(0, len(folded), 3):
            for end in range(start, len(folded) + 1, 7):
                assert index.find(folded, start, end, kind) == _names_by_filtering(index, folded, start, end, kind)


def test_scans_remembered_per_article_answer_for_the_article_asked_about() -> None:
    """Asking about two articles in turn (and an equal copy of one) never answers with the other article's matches."""
    words = resources.lexicon().words(("en",))
    one, two = fold("Drones attacked al-Tanf. Two soldiers were killed."), fold("Rockets hit Harir; five were wounded.")
    copy = "".join(list(one))
    assert copy == one and copy is not one
    for folded in (one, two, copy, two, one):
        fresh = _scan.__wrapped__(words, folded)  # computed anew, not remembered
        assert [m.text for m in words.killed.finditer(folded)] == [m.text for m in fresh.get("killed", ((), ()))[0]]
        assert words.attack.search(folded) == next(iter(fresh.get("attack", ((), ()))[0]), None)


def test_a_reprint_with_a_changed_headline_is_a_duplicate_and_a_new_story_is_not() -> None:
    """The duplicate index still votes by shared sentences: a reprint is found, an unrelated article is not."""
    body = " ".join(f"Sentence number {i} of the report says something different about the base." for i in range(12))
    index = DuplicateIndex()
    first = index.check(intake(RawArticle(text="Drones hit al-Tanf\n\n" + body)))
    reprint = index.check(intake(RawArticle(text="Drone attack on al-Tanf\n\n" + body)))
    other = index.check(intake(RawArticle(text=re.sub(r"report", "bulletin", body) + " A wholly new ending.")))
    assert first.duplicate_of is None and reprint.duplicate_of == first.article_id
    assert other.duplicate_of is None
