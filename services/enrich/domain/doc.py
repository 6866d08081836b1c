"""The annotated article that extraction reads: the text and its span layers, each added by one pass.

Like spaCy's `Doc` and pipeline: `read` runs small named passes in order; each reads the layers before it
and adds one (`segment` the sentences, `identify_language`, `find_words` of that language, `find_names`
of the gazetteer, `find_cues`, `find_weapons`, `find_dates`, `fix_reference`, `date_sentences`).
The claim rules (`extract.py`) then read layers, never re-scan the text for them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import cast

from basewatch.schemas import ArticleReceived
from basewatch.schemas.messages import Weapon
from basewatch.services.enrich.domain.dates import (
    Mention,
    SentenceDate,
    dispatch_day,
    estimate_reference,
    far_clock,
    in_caption,
    lone_dateline,
    mentions,
    off_clock,
    page_clock,
    sentence_dates,
    valid_date,
    weekday_fixed_dateline,
)
from basewatch.services.enrich.domain.gazetteer import Gazetteer
from basewatch.services.enrich.domain.language import article_languages
from basewatch.services.enrich.domain.letters import letter_exact
from basewatch.services.enrich.domain.lexicon import Calendar, Lexicon, Match, Words
from basewatch.services.enrich.domain.names import find_base_names
from basewatch.services.enrich.domain.phrases import UNSPACED_RANGES, leftmost_longest
from basewatch.services.enrich.domain.rules import pattern
from basewatch.services.enrich.domain.text import fold, sentences, whole_line

Span = tuple[int, int]
NameHit = tuple[str, int, int]  # base id, start, end
WeaponHit = tuple[int, int, Weapon]  # start, end, weapon


@dataclass(frozen=True)
class Resources:
    """What the passes read besides the article: the language packs, the calendar, the gazetteer."""

    lexicon: Lexicon
    calendar: Calendar
    gazetteer: Gazetteer


@dataclass(frozen=True, eq=False)
class Doc:
    """An article and the layers found in it so far (offsets into `text`, which `folded` shares)."""

    article: ArticleReceived
    text: str
    folded: str
    sentences: tuple[Span, ...] = ()
    languages: tuple[str, ...] = ()
    foreign: bool = False  # no pack covers the declared language: a base named is the only sign we can read
    words: Words | None = None  # the article's languages' words, compiled
    word_cues: tuple[tuple[int, int, str], ...] = ()  # attack words ("attack") and weapons (keyed by weapon)
    bases: tuple[NameHit, ...] = ()
    shared_nouns: tuple[tuple[int, int, str], ...] = ()  # a list's name that takes the base noun after the list: (start, end, noun)
    cues: tuple[int, ...] = ()  # where a sign of an attack starts, sorted
    weapons: tuple[WeaponHit, ...] = ()
    dates: tuple[Mention, ...] = ()
    reference: date | None = None  # what relative dates count from
    reference_known: bool = False  # the publication day (or a page stamp), not an estimate
    sentence_dates: tuple[tuple[SentenceDate, ...], ...] = ()  # per sentence, the campaign dates it gives

    @property
    def lex(self) -> Words:
        assert self.words is not None, "the language pass has not run"
        return self.words

    @property
    def tally(self) -> int | None:
        """The largest count of attacks the article gives ("attacked 38 times since 17 October", "at least 23 attacks"):
        how far the campaign had gone when it was written, which dates a page that gives no day of its own."""
        if self.words is None:
            return None
        return max((self._joined(m) for m in self.lex.aggregate_all.finditer(self.folded) if m.value is not None), default=None)

    def _joined(self, count: Match) -> int:
        """A count with the counts joined to it by a conjunction: "36 attacks in Iraq and 37 in Syria" is 73 in all
        (each joined number followed by a preposition or a unit of counting, not by a casualty word)."""
        total, end = count.value or 0, count.e
        for n in self.lex.number.finditer(self.folded, count.e, count.e + JOIN_REACH):
            if n.value is None or n.s < end or not self._joins(end, n.s) or not self._counted_place(n.e):
                break
            total, end = total + n.value, n.e
        return total

    def _joins(self, a: int, b: int) -> bool:
        gap = self.folded[a:b]
        if any(p in gap for p in ".;!?"):
            return False
        last = gap.split()[-1] if gap.strip() else ""  # Arabic "و9": the conjunction written onto the number, a word of its own here
        return self.lex.conjunctions.search(self.folded, a, b) is not None or any(last == c for p in self.lex.packs for c in p.conjunctions)

    def _counted_place(self, at: int) -> bool:
        """Right after a joined number: a preposition ("in Syria") or a unit of counting ("9 مرات")."""
        window = at + 1 if self.folded[at : at + 1] == " " else at
        after = (*self.lex.prepositions.finditer(self.folded, window, window + 20), *self.lex.count_units.finditer(self.folded, window, window + 20))
        return any(m.s == window for m in after)

    @property
    def quiet(self) -> bool:
        """Nothing in the article speaks of an attack (in a language we read)."""
        return not self.word_cues and not self.foreign


JOIN_REACH = 40  # characters from a count to a number joined to it ("36 attacks in Iraq and 37 in Syria")

Pass = Callable[[Doc, Resources], Doc]


def _with(doc: Doc, **layers: object) -> Doc:
    """The document with more layers (`dataclasses.replace` without its per-call introspection: passes run per article)."""
    new = object.__new__(Doc)
    new.__dict__.update(doc.__dict__)
    new.__dict__.update(layers)
    return new


def segment(doc: Doc, res: Resources) -> Doc:
    """Sentences, in every script; a day-first date ("28. Januar") is not cut at its stop (the language's month names tell).
    Lines of page furniture (links to other articles, a picture's credit) are no sentences of the story."""
    if doc.words is None:
        return _with(doc, sentences=tuple(sentences(doc.text, set())))
    months = {s for key, s, _ in doc.lex.calendar.leftmost_longest(doc.folded) if key[0] == "m"}
    ordinals = {m.end() for m in pattern(doc.lex, ORDINAL_AFTER_HEAD).finditer(doc.folded)} if "." in doc.folded else set()
    lines = _first_lines(doc.text)
    kept = (
        (s, e)
        for s, e in sentences(doc.text, months, ordinals)
        if not _echo_line(doc.text, s, e, lines)
        and not _link_line(doc, s, e)
        and not _credit_line(doc, s, e, res.calendar)
        and not _archive_line(doc, s, e)
        and not (_widget_line(doc.text, s, e) and not _names_a_place(doc.folded, s, e, res.gazetteer))
        and not _image_line(doc.text, s, e)
    )
    return _with(doc, sentences=tuple(kept))


# "im 13. Bataillon", "der 82. Luftlandedivision": a number with a stop after a word that only an ordinal may follow
ORDINAL_AFTER_HEAD = r"(?<![\w])<ordinal_heads>\s+\d{1,3}\."


WIDGET_LINE_WORDS = 2  # words of a line that only labels a page's widget ("Зміст", "Оновлено", "Advertisement", "Read more")


def _widget_line(text: str, s: int, e: int) -> bool:
    """Pattern: a line of its own of one or two words, letters only and no stop, between paragraphs ("Зміст" (contents),
    "Оновлено" (updated), "Advertisement", "Share this"): a widget's label, never a sentence; read as one it would part
    an attack from the toll told right after it ("... was hit by a drone. / Зміст / As a result, three soldiers died")."""
    words = text[s:e].split()
    if not 0 < len(words) <= WIDGET_LINE_WORDS or not all(w.isalpha() for w in words) or _UNSPACED.search(text, s, e):
        return False  # a script written without spaces puts a whole headline in one "word" ("伊拉克民兵组织袭击美军基地")
    return whole_line(text, s, e)


_UNSPACED = re.compile(f"[{UNSPACED_RANGES}]")
_IMAGE_LINE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)\s*")  # a picture in Markdown: "![alt text](path.jpg)"


def _image_line(text: str, s: int, e: int) -> bool:
    """Pattern: a line that is only a picture as a saved page writes it in Markdown ("![<the headline again>](/img.jpg)"):
    its alt text repeats the headline or captions the picture, never a sentence of the story (read as one, the headline
    told twice parts the body's first claim from the story it opens)."""
    return whole_line(text, s, e) and _IMAGE_LINE.fullmatch(text, s, e) is not None


_PICTURE_NUMBER = re.compile(r"\s[-–]\s\d{1,2}$")  # "<the headline> - 1": a page's pictures numbered after its headline


def _first_lines(text: str) -> dict[str, int]:
    """Each line of the text (stripped) and where it first starts."""
    first: dict[str, int] = {}
    at = 0
    for line in text.split("\n"):
        first.setdefault(line.strip(), at)
        at += len(line) + 1
    return first


def _echo_line(text: str, s: int, e: int, first: dict[str, int]) -> bool:
    """Pattern: a line of its own that repeats an earlier line, its headline mostly, alone or numbered ("Lính Mỹ tại
    Iraq liên tiếp bị tấn công bằng UAV - 1": a picture's alt text in Dân trí's pages): page furniture, no sentence
    (read as one it tells an attack again and parts the lede's day from the claims after it)."""
    if not whole_line(text, s, e):
        return False
    line = _PICTURE_NUMBER.sub("", text[s:e].strip())
    return first.get(line, s) < s and len(line.split()) > WIDGET_LINE_WORDS


def _names_a_place(folded: str, s: int, e: int, gaz: Gazetteer) -> bool:
    """A base or a country is named in folded[s:e] (a subheading "Harir base" stays a sentence: the story refers to it)."""
    return bool(gaz.find_bases(folded, s, e)) or bool(gaz.countries_in(folded, s, e))


CREDIT_LINE_WORDS = 6  # words of a line that only credits a picture ("Bumble Dee / Shutterstock", "(zdj. ilustracyjne)")


def _credit_line(doc: Doc, s: int, e: int, cal: Calendar) -> bool:
    """Pattern: a short line of its own that credits a picture ("(zdj. ilustracyjne)", "Bumble Dee / Shutterstock",
    "(Photo by X / AFP)"): page furniture between two paragraphs of one story, never a sentence that parts them (a
    toll told after the photo's credit lines is still the attack's). A longer caption line may tell the story: kept."""
    return whole_line(doc.text, s, e) and len(doc.text[s:e].split()) <= CREDIT_LINE_WORDS and in_caption(doc.folded, s, cal)


_CAPTION_EDGE = " \t()[]-:|.,"  # what may stand between an archive mark and its line's edge ("– أرشيف", "(Archivbild)")


def _archive_line(doc: Doc, s: int, e: int) -> bool:
    """Pattern: a line of its own that a mark of an archive picture opens or closes ("قصف صاروخي استهدف القاعدة ...
    – أرشيف", "Archivbild: ...", "... (file photo)"): the caption of an old picture placed in the story, whose attack
    is the picture's, never one the page reports (read as one, it gives a base and the story's day)."""
    if not whole_line(doc.text, s, e):
        return False
    folded = doc.folded
    for m in doc.lex.archive.finditer(folded, s, e):
        closes, opens = not folded[m.end() : e].strip(_CAPTION_EDGE), not folded[s : m.start()].strip(_CAPTION_EDGE)
        # one word ("أرشيف", "Archives") is a mark only set apart by a dash or a bracket before it, or a colon after it
        before, after = folded[s : m.start()].rstrip()[-1:], folded[m.end() : e].lstrip()[:1]
        apart = " " in folded[m.start() : m.end()].strip() or before in ("-", "(", "[", "|") or after == ":"
        if (closes or opens) and apart:
            return True
    return False


def links_away(folded: str, s: int, lex: Words) -> bool:
    """ "Read more: Syria: attack on the al-Omar base": the headline of another article, linked."""
    m = lex.links.search(folded, s, s + 40)
    return m is not None and not folded[s : m.start()].strip(" \"'-")


def _links_heading(doc: Doc) -> int:
    """Where a line that only heads the page's links to other stories starts ("ЕЩЕ ПО ТЕМЕ", "Related", "Lesen Sie auch"),
    else the text's end: what follows is a list of other articles, whose dates and times are theirs, no day of this page."""
    folded = doc.folded
    for m in doc.lex.links.finditer(folded, 0, len(folded)):
        start, end = folded.rfind("\n", 0, m.start()) + 1, folded.find("\n", m.end())
        end = len(folded) if end < 0 else end
        if not folded[start : m.start()].strip(_HEADING_EDGE) and not folded[m.end() : end].strip(_HEADING_EDGE):
            return start
    return len(folded)


_HEADING_EDGE = " \"'-:.|»«>"


def _link_line(doc: Doc, s: int, e: int) -> bool:
    """A line of page furniture linking another article ("Baca juga: ...", "Read more: ..."): no part of the story,
    so neither a subheading that ends the story's day nor a sentence between two that tell one attack."""
    return whole_line(doc.text, s, e) and links_away(doc.folded, s, doc.lex)


def identify_language(doc: Doc, res: Resources) -> Doc:
    """The article's languages (declared, else detected) and their compiled words."""
    languages = article_languages(doc.article, res.lexicon.languages)
    words = letter_exact(res.lexicon.words(languages), doc.text)
    return _with(doc, languages=languages, words=words, foreign=not res.lexicon.understands(doc.article.language))


def find_words(doc: Doc, _: Resources) -> Doc:
    """Attack words and weapons of the article's languages."""
    return _with(doc, word_cues=tuple(doc.lex.cues(doc.folded)))


def find_names(doc: Doc, res: Resources) -> Doc:
    """Gazetteer names of bases, with the case endings of the article's languages, and the names of a list that share
    the base noun after it ("the Asad and Harir air bases")."""
    hits, shared = find_base_names(res.gazetteer, doc.folded, doc.lex)
    return _with(doc, bases=tuple(hits), shared_nouns=tuple((s, e, noun) for _, s, e, noun in shared))


def find_cues(doc: Doc, _: Resources) -> Doc:
    """Where signs of an attack start: its words, and in a language we have no words for, a base named."""
    named = [b[1] for b in doc.bases] if doc.foreign else []
    return _with(doc, cues=tuple(sorted([h[0] for h in doc.word_cues] + named)))


def find_weapons(doc: Doc, _: Resources) -> Doc:
    """Weapon mentions, the longest at each place."""
    hits = leftmost_longest([h for h in doc.word_cues if h[2] != "attack"])
    return _with(doc, weapons=tuple(cast(list[WeaponHit], hits)))


def find_dates(doc: Doc, res: Resources) -> Doc:
    """Date mentions that are dates: not a number of a base's name, not a month name that is another word, not the
    day a picture was taken (a caption's credit line)."""
    found = mentions(doc.folded, res.calendar, doc.lex, lambda a, b: bool(res.gazetteer.countries_in(doc.folded, a, b)))
    return _with(doc, dates=tuple(m for m in found if _real_date(m, doc)))


def fix_reference(doc: Doc, res: Resources) -> Doc:
    """The day relative dates count from: the publication day, a page stamp, else an estimate from the text."""
    article = doc.article
    if article.published_at is not None:
        doc = _with(doc, dates=tuple(page_clock(doc.folded, list(doc.dates), article.published_at)))
        repost = dispatch_day(doc.folded, list(doc.dates), article.published_at)  # a wire story reposted later counts from its dateline
        return _with(doc, reference=repost or article.published_at, reference_known=True)
    dated = (d for m in doc.dates if m.page_stamp and m.year and m.month and m.day and (d := valid_date(m.year, m.month, m.day)))
    stamped = next(dated, None)
    if stamped is not None:
        repost = dispatch_day(doc.folded, list(doc.dates), stamped)  # a stamp is the repost's day, as a header is
        return _with(doc, reference=repost or stamped, reference_known=True)  # "Stand: 05.02.2024": as good as a header
    doc = _with(doc, dates=tuple(off_clock(doc.folded, list(doc.dates))))
    heading = _links_heading(doc)
    own = [m for m in doc.dates if m.start < heading]  # the dates of the page's list of other stories are theirs
    estimate = estimate_reference(doc.folded, res.calendar, own, article.published_month)
    doc = _with(doc, dates=tuple(far_clock(doc.folded, list(doc.dates), estimate)))
    if (dateline := lone_dateline(doc.folded, list(doc.dates), article.published_month)) is not None:
        # the story's own date line under its byline: the page's time, as a stamp is, never an attack's day
        line, day = dateline
        stamped_line = tuple(replace(m, stamp=True) if m == line else m for m in doc.dates)
        return _with(doc, dates=stamped_line, reference=day, reference_known=True)
    if (fixed := weekday_fixed_dateline(doc.folded, list(doc.dates), res.calendar)) is not None:
        return _with(doc, reference=fixed, reference_known=True)  # a yearless dateline whose weekday the story names
    return _with(doc, reference=estimate, reference_known=False)


def date_sentences(doc: Doc, res: Resources) -> Doc:
    """Per sentence, the dates in the campaign window it gives (read against the reference)."""
    found = list(doc.dates)
    month = doc.article.published_month
    month_known = month is not None
    month_end = _month_end(month) if month is not None else None
    ref, known, cal = doc.reference, doc.reference_known, res.calendar
    starts = sorted(m.start for m in found)
    per: list[tuple[SentenceDate, ...]] = []
    told: date | None = None  # the day the sentences so far last told ("that day", "the day before" count from it)
    for s, e in doc.sentences:
        # a sentence with no date mention gives none: most, read without a look at every mention of the text
        got = tuple(sentence_dates(found, s, e, ref, known, cal, doc.folded, month_known, month_end, told)) if _any_between(starts, s, e) else ()
        told = max(got, key=lambda x: x.span[0]).value if got else told
        per.append(got)
    return _with(doc, sentence_dates=tuple(per))


def _any_between(starts: list[int], s: int, e: int) -> bool:
    """A start (of sorted `starts`) in [s, e)."""
    i = bisect_left(starts, s)
    return i < len(starts) and starts[i] < e


def _month_end(month: str) -> date:
    """The last day of a "YYYY-MM" month."""
    first = date(int(month[:4]), int(month[5:7]), 1)
    return (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


PASSES: tuple[Pass, ...] = (identify_language, find_words, segment, find_names, find_cues, find_weapons, find_dates, fix_reference, date_sentences)


HEADLINE_SEEN = 600  # characters at the start of a text where a page repeats its headline
HEADLINE_KEY = 40  # characters of the headline that tell it is repeated there


def with_headline(article: ArticleReceived) -> str:
    """The text to read: the article's headline first when the text does not open with it ("Three soldiers killed in
    drone attack in Jordan" above a body that names no toll), so what only the headline says is read too."""
    title = (article.title or "").strip()
    if not title or title[:HEADLINE_KEY] in article.text[:HEADLINE_SEEN]:
        return article.text
    return f"{title}\n\n{article.text}"


def read(article: ArticleReceived, res: Resources) -> Doc:
    """The article with every layer; an article that speaks of no attack stops after its words."""
    text = with_headline(article)
    doc = Doc(article, text, fold(text))
    for step in PASSES:
        doc = step(doc, res)
        if step is find_words and doc.quiet:
            return doc
    return doc


def _real_date(m: Mention, doc: Doc) -> bool:
    """Not a number of a base's name ("Tower 22 may have been ..." is no 22 May), not a month name written in lower
    case where it is another word (the verb "may"), not a lone weekday written in lower case where it is another
    word (Indonesian "minggu ini": this week, not Sunday). A weekday phrase longer than the homograph is the weekday
    (Turkish "pazar günü", Azerbaijani "bazar günü": Sunday, written in lower case in running text)."""
    if any(bs <= m.start < be or bs < m.end <= be for _, bs, be in doc.bases):
        return False
    if m.month is not None and m.day is None and m.year is None and doc.folded[m.start : m.end] in doc.lex.number_values:
        return False  # "Sept soldats ont été blessés": a number word that is also a month's abbreviation (French "sept.")
    if m.weekday is not None and m.day is None:
        lone = pattern(doc.lex, "<weekday_homographs>").search(doc.text, m.start, m.end)
        if lone is not None and lone.span() == (m.start, m.end):
            return False
        if _counted_unit(m, doc):
            return False
    return not (m.month is not None and m.day is not None and pattern(doc.lex, "<month_homographs>").search(doc.text, m.start, m.end))


COUNT_REACH = 24  # characters back from a weekday homograph to the count that would make it a unit ("dua puluh ")


def _counted_unit(m: Mention, doc: Doc) -> bool:
    """A weekday homograph right after a count is the unit it also names, whatever its case: a count of Sundays is
    no date (Indonesian "dalam tiga Minggu terakhir", in the last three weeks, with the capital of the weekday)."""
    unit = pattern(doc.lex, "<weekday_homographs>").fullmatch(doc.folded, m.start, m.end)
    count = pattern(doc.lex, r"(?:\d+|<numbers>)\s+$")
    return unit is not None and count.search(doc.folded, max(0, m.start - COUNT_REACH), m.start) is not None
