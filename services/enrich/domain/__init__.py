"""Enrich stage core: article -> linked claims. Pure: no Kafka, no environment."""

from __future__ import annotations

from datetime import timedelta
from typing import NamedTuple

from basewatch.schemas import ArticleReceived, ClaimExtracted
from basewatch.services.enrich.domain.attack_calendar import place_on_calendar, weekday_after_the_page, year_on_record
from basewatch.services.enrich.domain.doc import Doc, Resources, read
from basewatch.services.enrich.domain.extract import claims_of, group_toll, press_toll
from basewatch.services.enrich.domain.gazetteer import Gazetteer
from basewatch.services.enrich.domain.lexicon import Calendar, Lexicon
from basewatch.services.enrich.domain.link import beside_famous, consolidate, counted_from_guess, famous_told, link, retold
from basewatch.services.enrich.domain.text import fold


class Linked(NamedTuple):
    """An article's linked claims and what placing them on the calendar reads of its text (`read_linked`): kept
    by a caller that needed the claims first (`run --offline` sorts undated pages by their attacks' days), so the
    article is read once."""

    claims: list[ClaimExtracted]
    tally: int | None
    monthless: frozenset[int]  # empty for a page with a publication date (day or month): see `read_linked`
    yearless: frozenset[tuple[int, int]]  # likewise


def enrich(article: ArticleReceived, lex: Lexicon, cal: Calendar, gaz: Gazetteer, found: Linked | None = None) -> list[ClaimExtracted]:
    """Every attack claim of one article, each linked to a base where possible, undated reports placed on
    the one day of the attack calendar that fits them (`found`: the article's `read_linked`, when already read)."""
    if found is None:
        found = read_linked(article, lex, cal, gaz)
    claims = year_on_record(place_on_calendar(found.claims, gaz, found.tally, found.monthless), gaz, found.yearless)
    claims = weekday_after_the_page(claims, article.published_at, gaz)
    days = found.yearless
    claims = [c.model_copy(update={"background": True}) if retold(c, gaz, days) else c for c in claims]  # an old attack's deaths
    if article.published_at is None:
        claims = _older_than_story(claims)
    if _published_before(article, cal):
        # published before the campaign began (a 2020 story of the embassy rockets): its attacks are history to
        # the alert stream, kept as background (never an event or an alert of their own)
        return [c.model_copy(update={"background": True}) for c in claims]
    return claims


RECALL_KEPT_DAYS = 7  # a recalled attack dated less than this before the story's day may still be the current one


def published(article: ArticleReceived, claims: list[ClaimExtracted]) -> list[ClaimExtracted]:
    """The claims the stage publishes: every report of an attack as news, and a recalled one only when its day is
    within a week of the story's (the story's publication day, else its latest reported attack). A recall with no day
    shapes no event (the alert stage keeps it out of every one, `state.floating`), and one of an older attack ("the
    embassy was also hit on 8 December", in a January story) names no attack of the news, while the evaluation counts
    either as a report of an attack; one of the last days ("the airbase caught fire late Thursday", two days before)
    still votes for the day of the attack it joins."""
    told = [c.attack_date for c in claims if not c.background and c.attack_date is not None]
    story = article.published_at or (max(told) if told else None)

    def recent(c: ClaimExtracted) -> bool:
        return c.attack_date is not None and (story is None or (story - c.attack_date).days < RECALL_KEPT_DAYS)

    return [c for c in claims if not c.background or recent(c)]


def stage_claims(article: ArticleReceived, lex: Lexicon, cal: Calendar, gaz: Gazetteer, found: Linked | None = None) -> list[ClaimExtracted]:
    """What the enrich stage sends for one article (offline and in the stream): `published` of its `enrich` claims;
    none of a page published before the campaign (a 2020 story of Iran's missiles on Ain al-Asad, its day the page's:
    history that no event of the campaign takes, whose recalls `published` would otherwise keep as the story's day's)."""
    claims = enrich(article, lex, cal, gaz, found)
    return [] if _published_before(article, cal) else published(article, claims)


OLDER_THAN_STORY = 6  # days before a page's latest attack from which another of its attacks is a recalled one


def _older_than_story(claims: list[ClaimExtracted]) -> list[ClaimExtracted]:
    """Pattern: on a page with no publication day, a deadly attack dated a week or more before the latest attack the
    page reports ("seven SDF commandos died at al-Omar overnight ... Washington blamed the drone attack on January 28
    that killed three US soldiers at a base in Jordan") is recalled background, as it is a week before a known
    publication day (`extract`): the page's latest attack, its day told or placed on the calendar, stands in for the
    day it was written. Only deadly ones: a page that goes over a week's attacks one by one ("the first of these
    attacks, at al-Tanf ...") reports them all, and what is at stake is a fatality alert for an attack the page only
    recalls (the famous deaths are the ones recalled)."""
    # a day counted from a guessed page day ("Sunday" under a site's clock above the headline) stands for no story day
    days = [c.attack_date for c in claims if c.attack_date is not None and not c.background and not counted_from_guess(c)]
    if len(days) < 2:
        return claims
    story = max(days) - timedelta(days=OLDER_THAN_STORY)
    return [c.model_copy(update={"background": True}) if c.killed and c.attack_date is not None and c.attack_date < story else c for c in claims]


def _yearless_days(doc: Doc) -> frozenset[tuple[int, int]]:
    """The (month, day) an undated page names without a year ("вечером 7 марта"): the days its story is on."""
    return frozenset((m.month, m.day) for m in doc.dates if m.day and m.month and m.year is None and not (m.since or m.stamp))


def _monthless_days(doc: Doc) -> frozenset[int]:
    """The days of the month an undated page names without a month ("14日", "28일", "sexta-feira (8)"): East Asian
    and Portuguese news write the days of the current month so, leaving the month to the page's date."""
    return frozenset(m.day for m in doc.dates if m.day and m.month is None and m.year is None and not (m.since or m.stamp))


def _published_before(article: ArticleReceived, cal: Calendar) -> bool:
    """Published before the campaign's window: a day before its first, or a month (all that is known, "date
    2023-03") wholly before the month it opens in."""
    if article.published_at is not None:
        return article.published_at < cal.window_start
    return article.published_month is not None and article.published_month < cal.window_start.isoformat()[:7]


def linked(article: ArticleReceived, lex: Lexicon, cal: Calendar, gaz: Gazetteer) -> list[ClaimExtracted]:
    """The article's claims with the days its text gives, before the calendar guesses any."""
    return read_linked(article, lex, cal, gaz).claims


def read_linked(article: ArticleReceived, lex: Lexicon, cal: Calendar, gaz: Gazetteer) -> Linked:
    """The article read: its linked claims with the days its text gives, and what `enrich` places them by."""
    doc = read(article, Resources(lex, cal, gaz))
    undated = article.published_at is None and article.published_month is None
    return Linked(_linked(doc, cal, gaz), doc.tally, _monthless_days(doc) if undated else frozenset(), _yearless_days(doc) if undated else frozenset())


def _linked(doc: Doc, cal: Calendar, gaz: Gazetteer) -> list[ClaimExtracted]:
    found = claims_of(doc, cal, gaz)
    linked = [
        _hearsay(d, gaz) if d.killed and (_told_by_press(c, doc) or group_toll(*_evidence(c, doc), doc.lex, gaz)) else d
        for c, d in zip(found, (link(c, gaz) for c in found), strict=True)
    ]
    # the famous attack's deaths put on another base's claim: that attack, told by the article too (once), when the
    # article names its country ("the victims were attacked on Jordanian soil") or the claim lies next to its base
    # ("Drones struck the al-Tanf base on Sunday, killing three US soldiers"): a toll alone, far away, is too weak a sign
    told = {x.base_id: (x, beside_famous(x, d, gaz)) for c, d in zip(found, linked, strict=True) if (x := famous_told(c, d, gaz)) is not None}
    named = set(gaz.countries_in(doc.folded, 0, len(doc.folded))) if told else set()
    more = [x for b, (x, beside) in told.items() if (beside or x.country in named) and all(d.base_id != b for d in linked)]
    # a claim whose own sentence gives a party's outlet as its source is that side's word before it joins the
    # article's other claims at its base ("... zielte der Widerstand auf Conoco. Das al-Mayadeen-Netzwerk gab bekannt,
    # dass ... in Conoco vier Menschen getötet wurden": the deaths are al-Mayadeen's, not the first claim's)
    linked = [_party_outlet(c, gaz) if _told_by_outlet(c, doc, gaz) else c for c in linked]
    claims = consolidate(linked + more, gaz)
    page = gaz.outlet_of(doc.article.source) or gaz.outlet_of(doc.article.url) or _credited_outlet(doc, gaz)
    return [_party_outlet(c, gaz) if page or _told_by_outlet(c, doc, gaz) else c for c in claims]


def _evidence(claim: ClaimExtracted, doc: Doc) -> tuple[str, int, int]:
    """The claim's sentence as the folded text and its span there: the article's own (whose words and names are
    already found: an evidence folded anew is a new text to scan), else the evidence folded alone."""
    at = doc.text.find(claim.evidence)
    if at < 0:
        evidence = fold(claim.evidence)
        return evidence, 0, len(evidence)
    return doc.folded, at, at + len(claim.evidence)


def _told_by_outlet(claim: ClaimExtracted, doc: Doc, gaz: Gazetteer) -> bool:
    """The claim's sentence names a party's outlet as its source ("..., Al Mayadeen reported"), or the sentence after
    it that gives its deaths does (`_deaths_sentence`)."""
    if gaz.find_media(*_evidence(claim, doc)) is not None:
        return True
    told = _deaths_sentence(claim, doc)
    return told is not None and gaz.find_media(doc.folded, *told) is not None


DEATHS_AFTER = 2  # sentences after a claim's own in which the deaths it carries may be told


def _deaths_sentence(claim: ClaimExtracted, doc: Doc) -> tuple[int, int] | None:
    """Pattern: a claim whose deaths a later sentence gives ("The resistance struck the base at Conoco, likely causing
    many casualties. 'The attack killed at least four US soldiers,' Al Mayadeen said."): the first of the DEATHS_AFTER
    sentences after the claim's own with a word of death and the number of its dead. None when the claim's own
    sentence counts them, or no such sentence follows."""
    folded, s, e = _evidence(claim, doc)
    if not claim.killed or folded is not doc.folded:
        return None
    lex = doc.lex

    def counts(a: int, b: int) -> bool:
        return lex.killed.search(folded, a, b) is not None and any(n.value == claim.killed for n in lex.number.finditer(folded, a, b))

    if counts(s, e):
        return None
    after = [(a, b) for a, b in doc.sentences if a >= e][:DEATHS_AFTER]
    return next(((a, b) for a, b in after if counts(a, b)), None)


def _party_outlet(claim: ClaimExtracted, gaz: Gazetteer) -> ClaimExtracted:
    """Pattern: a party's outlet (Al-Manar, Al Mayadeen, Tasnim: `media`) published the page, or the claim's sentence
    gives it as the source. The attack is that side's word, even where it says an attack was "confirmed". The deaths
    it counts stand only where the record of the campaign holds them for that base (a known attack's toll: the
    Golan's two soldiers, relayed); a figure no other source gave ("the Grad missiles killed four American soldiers"
    at Conoco, Al-Manar, Nov 2023) is its claim, not a toll an alert may carry."""
    known = _known_toll(claim, gaz)
    return claim.model_copy(update={"status": "claimed"} | ({} if not claim.killed or known else {"killed": None, "wounded": None}))


def _told_by_press(claim: ClaimExtracted, doc: Doc) -> bool:
    """The claim's sentence gives its deaths as the news media's word (`press_toll`)."""
    return press_toll(*_evidence(claim, doc), doc.lex)


def _hearsay(claim: ClaimExtracted, gaz: Gazetteer) -> ClaimExtracted:
    """Pattern: deaths only the press tells ("Israeli media confirmed that the attack killed two American soldiers",
    Ain al-Asad, 5 Aug 2024, where the Pentagon counted five wounded and no dead), or only the attacking group (its
    statement: "... struck the Harir base, killing 45 American soldiers"). They stand where the record of the
    campaign holds that count for that base (a known attack's toll, relayed); elsewhere the attack keeps its report
    and its wounded, without deaths an alert would carry as fact."""
    return claim if _known_toll(claim, gaz) else claim.model_copy(update={"killed": None})


def _known_toll(claim: ClaimExtracted, gaz: Gazetteer) -> bool:
    """The record of the campaign holds the claim's count of dead for its base (a known attack's toll)."""
    return any(k.base_id == claim.base_id and claim.killed in k.tolls for k in gaz.known_attacks)


CREDIT_LINES = 4  # lines at the top and at the foot of a page where its byline or its source's credit stands
CREDIT_WORDS = 5  # words of a line that only credits an outlet ("By Al Mayadeen English", "Source: Tasnim")


def _credited_outlet(doc: Doc, gaz: Gazetteer) -> str | None:
    """Pattern: a page reposted elsewhere that credits a party's outlet on a line of its own at its top or foot ("By Al
    Mayadeen English" under a blog's headline, "Source: Press TV"): the outlet's page, as if it had published it."""
    folded = doc.folded
    if gaz.find_media(folded, 0, len(folded)) is None:
        return None  # most pages name no party outlet at all (the names are indexed once per text)
    lines = folded.split("\n")
    start = [0]
    for line in lines[:-1]:
        start.append(start[-1] + len(line) + 1)
    edges = sorted(set(range(min(CREDIT_LINES, len(lines)))) | set(range(max(0, len(lines) - CREDIT_LINES), len(lines))))
    for i in edges:
        if 0 < len(lines[i].split()) <= CREDIT_WORDS and (outlet := gaz.find_media(folded, start[i], start[i] + len(lines[i]))) is not None:
            return outlet
    return None
