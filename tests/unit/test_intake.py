"""Ingest core: normalisation, headers, deterministic ids, near-duplicate recognition."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from basewatch.services.ingest.domain.intake import DuplicateIndex, RawArticle, intake, normalise, read_header, url_dating

TEXT = (
    "Militants fired rockets at the al-Tanf garrison on Monday, officials said. The garrison sits near the point where "
    "Syria, Iraq and Jordan meet, and hosts American troops who train local partner forces. A group calling itself the "
    "Islamic Resistance in Iraq claimed the attack in a statement posted online, saying two drones reached their targets. "
    "The Pentagon said there were no injuries and that damage to the base was still being assessed by engineers on site."
)


def test_normalise_removes_html_and_folds_whitespace_but_keeps_paragraphs() -> None:
    """Tags and entities go, runs of spaces fold, paragraph breaks survive."""
    raw = "<p>Drones&nbsp;hit   the base.</p>\r\n\r\n\r\n<script>x()</script>Second   paragraph."
    assert normalise(raw) == "Drones hit the base.\n\nSecond paragraph."


def test_normalise_drops_arabic_diacritics_and_tatweel() -> None:
    """Vowel marks and the elongation stroke do not change what a word is."""
    assert normalise("قَاعِدَة حـــرير") == "قاعدة حرير"


def test_a_word_broken_by_tatweels_around_a_space_is_one_word_again() -> None:
    """ "المـ ـقاومة" (written so to pass platform filters) reads as "المقاومة"; a lone tatweel still only drops."""
    assert normalise("هجوم من قبل المـ ـقاومة الإسلامية") == "هجوم من قبل المقاومة الإسلامية"
    assert normalise("الـ ـحـ ـشـ ـد الشعبي") == "الحشد الشعبي"
    assert normalise("قاعدة عيـن الأسد") == "قاعدة عين الأسد"


def test_normalise_keeps_a_persian_non_joiner_as_the_word_boundary_matching_sees() -> None:
    """ "سه‌شنبه" (Tuesday) keeps its pieces apart, as the folded pack words are; a zero-width mark elsewhere goes."""
    assert normalise("روز سه\u200cشنبه") == "روز سه شنبه"
    assert normalise("ab\u200bcd \ufeffx") == "abcd x"


def test_header_line_with_date_and_url_is_read_and_removed() -> None:
    """The seed form ` date 2023-10-29 https://...` gives the publication date and URL."""
    h = read_header(" date 2023-10-29 https://example.org/a\n\nBody text.")
    assert (h.text, h.day, h.url, h.month) == ("Body text.", date(2023, 10, 29), "https://example.org/a", None)


def test_header_with_the_month_only_keeps_the_month_and_the_title_on_its_line() -> None:
    """` date 2024-02 US base hit ... Stand: 05.02.2024`: the month is known, the day is not, the title is text."""
    h = read_header(" date 2024-02 US-Militärbasis: Drohnenangriff in Syrien\n\nBody text.")
    assert (h.text, h.day, h.url, h.month) == ("US-Militärbasis: Drohnenangriff in Syrien\nBody text.", None, None, "2024-02")
    article = intake(RawArticle(text=" date 2024-02 Title\n\nDrones hit the base."))
    assert (article.published_at, article.published_month) == (None, "2024-02")


def test_a_month_only_publication_value_is_kept_as_the_month() -> None:
    raw = RawArticle.model_validate({"text": "Drones hit the base.", "published_at": "2024-02"})
    assert (raw.published_at, intake(raw).published_month) == (None, "2024-02")


@pytest.mark.parametrize(
    ("url", "day", "month"),
    [
        ("https://news.example/2024/01/30/drone-kills-troops/", date(2024, 1, 30), None),
        ("https://news.example/2024-01-30/drone-kills-troops.html", date(2024, 1, 30), None),
        ("https://news.example/news/20240130/2674067.htm", date(2024, 1, 30), None),
        ("https://news.example/es/news/20240206_09/", date(2024, 2, 6), None),
        ("https://news.example/article/20211022-HP7QMXUY/", date(2021, 10, 22), None),
        ("https://news.example/2024/02/base-attacked", None, "2024-02"),
        ("https://news.example/2020/01/11-soldiers-hurt-in-attack", None, "2020-01"),
        ("https://news.example/2023/02/30/", None, "2023-02"),
        ("https://news.example/item/1234567890123", None, None),
        ("https://news.example/202208/16/74621.html", None, None),
    ],
)
def test_a_page_address_gives_the_day_or_month_it_was_published(url: str, day: date | None, month: str | None) -> None:
    """/YYYY/MM/DD/, /YYYY-MM-DD/ and /YYYYMMDD ending a path segment give the day; "/2020/01/11-soldiers" is a month and a count."""
    assert url_dating(url) == (day, month)


def test_an_undated_page_takes_its_address_day_unless_it_contradicts_the_month_given() -> None:
    """No publication day: the URL's; a month the page gives that the URL's day falls outside keeps the month only."""
    url = "https://news.example/2024/02/05/drone-attack-on-base/"
    assert intake(RawArticle(text="Drones hit the base.", url=url)).published_at == date(2024, 2, 5)
    agreeing = intake(RawArticle.model_validate({"text": "Drones hit the base.", "url": url, "published_at": "2024-02"}))
    assert (agreeing.published_at, agreeing.published_month) == (date(2024, 2, 5), None)
    other = intake(RawArticle.model_validate({"text": "Drones hit the base.", "url": url, "published_at": "2024-03"}))
    assert (other.published_at, other.published_month) == (None, "2024-03")
    stated = intake(RawArticle(text="Drones hit the base.", url=url, published_at=date(2024, 2, 6)))
    assert stated.published_at == date(2024, 2, 6)


def test_header_line_with_weekday_and_date_is_read_and_removed() -> None:
    """The seed form `Monday, 5 February 2024` gives the publication date."""
    h = read_header("Monday, 5 February 2024\n\nTitle\n\nBody.")
    assert h.day == date(2024, 2, 5) and h.text.startswith("Title")


def test_text_without_header_is_left_alone() -> None:
    """A first line that is prose is not mistaken for a header."""
    assert read_header("Drones hit the base on Monday.") == ("Drones hit the base on Monday.", None, None, None)


def test_same_text_gets_same_id_whatever_the_spacing() -> None:
    """Article ids derive from normalised content, so redelivery and replay reproduce them."""
    a = intake(RawArticle(text=TEXT, source="A"))
    b = intake(RawArticle(text="  " + TEXT.replace(" ", "  "), source="B"))
    assert a.article_id == b.article_id
    assert a.article_id != intake(RawArticle(text=TEXT + " Extra.")).article_id


def test_syndicated_copy_with_a_trailing_line_is_a_near_duplicate() -> None:
    """A reprint with a credit line appended is recognised as the earlier article."""
    index = DuplicateIndex()
    first = index.check(intake(RawArticle(text=TEXT)))
    copy = index.check(intake(RawArticle(text=TEXT + " (Reprinted with permission of the wire.)")))
    other = index.check(intake(RawArticle(text="A different report: Harir air base near Erbil was hit by a drone on Friday.")))
    assert first.duplicate_of is None
    assert copy.duplicate_of == first.article_id
    assert other.duplicate_of is None


def test_a_copy_gives_its_claims_once_and_sent_again_is_a_resubmission() -> None:
    """A near-identical copy is another outlet's report (not `resubmitted`); the same copy sent again is."""
    index = DuplicateIndex()
    first = index.check(intake(RawArticle(text=TEXT)))
    raw = RawArticle(text=TEXT + " (Reprinted with permission of the wire.)")
    copy, again = index.check(intake(raw)), index.check(intake(raw))
    assert not first.resubmitted and not copy.resubmitted
    assert again.resubmitted and again.duplicate_of == again.article_id == copy.article_id


def test_copy_as_close_to_two_earlier_articles_names_the_same_one_every_time() -> None:
    """Replay must reproduce `duplicate_of`: a tie between two earlier articles goes to the smaller id, not to set order."""
    shared = [f"Shared paragraph {w} describes the attack on the base in some detail" for w in "abcdefgh"]
    x = [f"Only the first outlet adds remark {w} about the weather that day" for w in "xy"]
    y = [f"Only the second outlet adds comment {w} about the local politics" for w in "xy"]
    index = DuplicateIndex()
    a = index.check(intake(RawArticle(text=". ".join(shared + x) + ".")))
    b = index.check(intake(RawArticle(text=". ".join(shared + y) + ".")))
    c = index.check(intake(RawArticle(text=". ".join([*shared, x[0], y[0]]) + ".")))
    assert a.duplicate_of is None and b.duplicate_of is None  # Jaccard 8/12: different articles
    assert c.duplicate_of == min(a.article_id, b.article_id)  # 9/11 to each


def test_duplicate_index_is_bounded() -> None:
    """Old sketches are forgotten past the capacity, so memory stays flat on long runs."""
    index = DuplicateIndex(capacity=3)
    for i in range(10):
        index.check(intake(RawArticle(text=f"Report number {i}: rockets hit base {i} in a distinct sentence {i * 7}.")))
    assert len(index._sketches) == 3
    assert all(len(ids) <= 3 for ids in index._by_hash.values())


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_text_is_rejected(text: str) -> None:
    """An article needs text."""
    with pytest.raises((ValidationError, ValueError)):
        intake(RawArticle(text=text))


def test_timestamp_publication_dates_keep_their_day() -> None:
    """`2024-02-05T10:00:00Z` from a feed is the calendar day 2024-02-05."""
    assert RawArticle(text="x", published_at="2024-02-05T10:00:00Z").published_at == date(2024, 2, 5)  # type: ignore[arg-type]
