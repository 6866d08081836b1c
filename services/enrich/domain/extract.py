"""Enrich stage, extraction: every attack on a base that an article reports, as unlinked claims.

A sentence yields a claim when it names a base (gazetteer alias) or describes one ("an outpost near
the Syria-Jordan border", "one base in Israel", "in western Iraq, U.S. forces engaged two drones")
and carries an attack cue, and is not a count of attacks, a threat, or a US strike. Dates, weapon,
casualties, actor and status come from the sentence, or from the one before it when the sentence
refers back ("The attack, said to involve two drones, ...").
"""

from __future__ import annotations

import re
import uuid
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

import regex

from basewatch.schemas import ArticleReceived, ClaimExtracted
from basewatch.schemas.messages import ClaimDatePrecision, DateBasis, PlaceKind, Side, Status, Weapon
from basewatch.services.enrich.domain.dates import (
    _CJK_DISPATCH,
    Mention,
    SentenceDate,
    bare_month,
    bare_month_at,
    before_campaign,
    earlier_month,
    month_alone,
    weekday_named,
)
from basewatch.services.enrich.domain.doc import Doc, Resources, WeaponHit, links_away, read
from basewatch.services.enrich.domain.gazetteer import WEAPON_FAMILY, Gazetteer
from basewatch.services.enrich.domain.lexicon import ONE_LETTER_PROCLITICS, Calendar, Category, Lexicon, Match, WindowCategory, Words, folded_phrases
from basewatch.services.enrich.domain.link import FAMOUS_REPORT_DAYS, RELOCATED_KM
from basewatch.services.enrich.domain.names import with_noun
from basewatch.services.enrich.domain.phrases import UNSPACED_RANGES, _unspaced, matchable
from basewatch.services.enrich.domain.places import counted_sites, head_final, places_before_noun
from basewatch.services.enrich.domain.rules import OPENING_WORDS, opens_with, pattern
from basewatch.services.enrich.domain.text import fold, whole_line

CLAIM_NS = uuid.UUID("6f1c2b1e-4a53-4c1e-9d7e-3b7a1c0e5a01")
MAX_EVIDENCE = 600
DATED_BY_DAYS = 2  # a vague mention dates an undated named claim when its day is this close before the page's (a recent attack)
MAX_REFER_BACK = 3  # sentences: "the attack" further away than this is rarely the same attack
OWN_GROUP_REACH = 6  # sentences: "the Islamic Resistance's attack" reaches back past other attacks to that group's claim
LEAD_TOLL_REACH = 2  # sentences: "this attack" after a lead placed by its country alone is that lead's attack
LEDE_REACH = 6  # sentences: a toll told before any place belongs to the story's first attack, named within a paragraph or two
PLACELESS_REACH = 2  # sentences: a toll naming no place belongs to the attack told right after it ("... It targeted Tower 22")
# sentences: a toll told with its country ("three US soldiers were killed in Jordan") is the attack of the story's first
# claim in that country (`_lede_toll`) even when a long statement about it comes between
LEDE_COUNTRY_REACH = 12

# The rules' patterns: categories of the article's packs (rules.py), punctuation, never words.
PLACE_END = r"[,;:()\"]|\s<place_end>\s|$"  # where a described place ends: punctuation, or "with", "killing", ...
MAX_PLACE = 70  # characters of a described place ("an outpost near the Syria-Jordan border")
ENGAGED = r"<engaged>(?:\s\S+){0,3}?\s<weapons>"  # "engaged two one-way attack drones"
ATTACK_NP = r"<articles>\s([\w.,'\s-]{0,30}?)<weapons>\s<attack_nouns>"  # "a Jan. 28 suicide drone attack"


@dataclass(frozen=True)
class Draft:
    """A claim being built: offsets into the article's text."""

    place: tuple[int, int]
    sentence: tuple[int, int]
    base_hint: bool  # an alias of a gazetteer base is inside `place`
    plural: bool
    other: bool
    date: SentenceDate | None
    date_basis: DateBasis | None
    weapon: Weapon
    killed: int | None
    wounded: int | None
    side: Side | None
    actor: str | None
    status: Status
    background: bool
    country: str | None
    kind: PlaceKind = "described"
    # toll fields ("killed", "wounded") whose figure the text gives as a floor or a first figure ("more than 20",
    # "initially 25"): a larger count of the same victims told later of the attack is its toll
    provisional: frozenset[str] = frozenset()
    weekday: int | None = None  # a weekday the text names that no reference turns into a day
    weekday_lag: int = 0  # days before `weekday` the attack may be: the weekday is a statement's (`STATEMENT_LAG_DAYS`)
    month: str | None = None  # "YYYY-MM": an earlier month the sentence names without a day (an attack recalled)
    # toll fields whose figure the text told as more victims ("was also hurt") before the claim had one of its own: a
    # figure of another side that a vague mention of the same attack gives is added to it (`_fill`)
    added: frozenset[str] = frozenset()


def extract(article: ArticleReceived, lexicon: Lexicon, cal: Calendar, gaz: Gazetteer) -> list[ClaimExtracted]:
    """Claims of attacks on bases reported by one article, in text order, not yet linked."""
    return claims_of(read(article, Resources(lexicon, cal, gaz)), cal, gaz)


def claims_of(doc: Doc, cal: Calendar, gaz: Gazetteer) -> list[ClaimExtracted]:
    """Claims of attacks on bases reported by one read article, in text order, not yet linked."""
    return [] if doc.quiet else claim_messages(doc, drafts_of(doc, cal, gaz))


def drafts_of(doc: Doc, cal: Calendar, gaz: Gazetteer) -> list[Draft]:
    """The claim rules' drafts of one read article that speaks of an attack, those covered by another dropped."""
    stamp = doc.reference if doc.reference_known else None

    def other_time(d: Draft, named: Draft) -> bool:
        return month_alone(doc.folded, doc.dates, *d.sentence, doc.lex) or _own_weekday(doc, d, named)

    drafts = _headline_by_locality(_drop_covered(_drafts(doc, cal, gaz), doc.folded, gaz, stamp, other_time), doc, gaz)
    return _each_unhurt(_disclosed(_avenged(_mourned(drafts, doc, gaz), doc, gaz), doc), doc)


EACH_UNHURT_BEFORE = 2  # sentences before a "no casualties in either attack" whose attacks it speaks of


def _each_unhurt(drafts: list[Draft], doc: Doc) -> list[Draft]:
    """Pattern: a sentence that names no base and says that nobody was hurt in each of the attacks just told ("There
    were no casualties for either attack", "No one was hurt in either attack", "aucune des deux attaques n'a fait de
    victimes"): every attack of the EACH_UNHURT_BEFORE sentences before it takes the toll of none its own words leave
    untold."""
    folded, lex = doc.folded, doc.lex
    if not drafts or lex.each_of.search(folded, 0, len(folded)) is None:
        return drafts
    starts = [a for a, _ in doc.sentences]
    out = list(drafts)
    for n, (s, e) in enumerate(doc.sentences):
        if lex.each_of.search(folded, s, e) is None or _names(doc.bases, s, e) or not _denies_harm(folded, s, e, lex):
            continue
        if lex.killed.search(folded, s, e) is not None and lex.no_deaths.search(folded, s, e) is None and lex.no_casualties.search(folded, s, e) is None:
            continue
        told = {starts[i] for i in range(max(0, n - EACH_UNHURT_BEFORE), n)}
        out = [replace(d, killed=0, wounded=0) if d.sentence[0] in told and d.killed is None and d.wounded is None and not d.background else d for d in out]
    return out


DISCLOSED_DAYS = 31  # days before the page within which an attack's injuries first told by it are still its news
DISCLOSURE_LEDE = 2  # sentences at the page's top that may tell the injuries it discloses (a headline, then its lede)


def _disclosed(drafts: list[Draft], doc: Doc) -> list[Draft]:
    """Pattern: a page that leads with injuries of our troops in attacks it places by no base and dates by no day of
    its own ("Drone attacks on US base in Syria injures 20 military personnel", "US troops report injuries from Iraq and
    Syria drone attacks"), and tells no attack but past ones, discloses the casualties of attacks days or weeks old
    (first figures come late): the attacks it tells with injuries and no deaths are reported anew, with a new fact, not
    recalled, when they fall within DISCLOSED_DAYS of the page and no recall cue sets them before another event. Deaths
    stay as told: a page counting injuries that recalls a deadly attack only recalls it."""
    if not drafts or not all(d.background for d in drafts):
        return drafts  # the page reports an attack of its own: the injuries it leads with are that attack's
    if not any(_discloses_injuries(doc, n) for n in range(min(DISCLOSURE_LEDE, len(doc.sentences)))):
        return drafts
    ref = doc.reference if doc.reference_known else None
    folded, lex = doc.folded, doc.lex

    def anew(d: Draft) -> bool:
        s, e = d.sentence
        recent = d.date is None or ref is None or 0 <= (ref - d.date.value).days <= DISCLOSED_DAYS
        return recent and not d.killed and lex.wounded.search(folded, s, e) is not None and lex.recalls.search(folded, s, e) is None

    return [replace(d, background=False) if d.background and anew(d) else d for d in drafts]


def _discloses_injuries(doc: Doc, n: int) -> bool:
    """Sentence n tells injuries of no other side than US or coalition troops and no deaths, names no base and no day of
    an attack (a day it was said on aside)."""
    s, e = doc.sentences[n]
    folded, lex = doc.folded, doc.lex
    if lex.wounded.search(folded, s, e) is None or _names(doc.bases, s, e) or _strike(folded, s, e, lex) is not None:
        return False
    dates = doc.sentence_dates[n]
    if any(not _said_on(folded, s, e, x.span, lex, len(dates) > 1) for x in dates):
        return False
    killed, _, side = _casualties(folded, s, e, lex)
    return not killed and side in ("US", "coalition", None) and _victims_side(folded, s, e, lex) in ("US", "coalition", None)


MOURNED_DAYS = 3  # days after a famous attack before which a dated page mentioning its dead's remains may still report it


def _mourned(drafts: list[Draft], doc: Doc, gaz: Gazetteer) -> list[Draft]:
    """Pattern: a story of the dead's funeral, repatriation or memorial (`mourning`: "Biden will receive the remains of
    the three soldiers killed in Jordan at Dover", "il ritorno in patria delle salme", "迎接...遗体") retells the deaths
    of a famous attack: a claim with that attack's exact death toll in its country is recalled, on an undated page or
    one MOURNED_DAYS or more after the attack. An attack with another toll, or in another country, stays the news."""
    if not any(d.killed for d in drafts) or doc.lex.mourning.search(doc.folded, 0, len(doc.folded)) is None:
        return drafts
    return _retold_famous(drafts, doc, gaz)


def _retold_famous(drafts: list[Draft], doc: Doc, gaz: Gazetteer) -> list[Draft]:
    """The drafts that retell a famous attack's deaths made background: a claim with that attack's exact death toll in
    its country, on an undated page or one MOURNED_DAYS or more after the attack (a page dated within them may still
    report it), and the story's other tellings of that attack in that country with no deaths of their own. A page
    that shows only its month counts from the month's first day: a page of the attack's own month may report it."""
    ref = doc.reference if doc.reference_known else _month_start(doc.article.published_month)
    famous = {
        (gaz.by_id[k.base_id].country, toll) for k in gaz.known_attacks for toll in k.tolls
        if ref is None or (ref - k.date).days >= MOURNED_DAYS
    }  # fmt: skip

    def countries(d: Draft) -> set[str]:
        named = {gaz.by_id[bid].country for bid, bs, _ in doc.bases if d.place[0] <= bs < d.place[1]}
        # a place described by its country ("约旦东北部...的美军基地", a US base in northeastern Jordan) before linking
        described = set(gaz.countries_outside_actors(doc.folded, *d.place)) if not named and not d.country else set()
        return named | described | ({d.country} if d.country else set())

    mourned = {c for d in drafts if d.killed for c in countries(d) if (c, d.killed) in famous}

    def retold(d: Draft) -> bool:
        # "the base, Tower 22, was hit on 1/28", its toll told in the next sentence: the same retelling; and so is a
        # count of some of those dead ("killed Rivers as well as Sgt. A and Sgt. B": the named dead, one missed)
        return any(d.killed is None or (c, d.killed) in famous or _some_of_famous(c, d.killed, famous) for c in countries(d) & mourned)

    return [replace(d, background=True) if not d.background and retold(d) else d for d in drafts]


def _claimed_together(drafts: list[Draft], before: Draft) -> list[Draft]:
    """Pattern: one sentence tells attacks on several bases and the next, pointing back, names who claimed them ("Drones
    struck the Harir and Ain al-Asad bases. The Islamic Resistance in Iraq claimed responsibility for these attacks."):
    the group the last claim took is the claimant of every attack of that sentence that names none."""
    last = drafts[-1]
    if last.actor is None or before.actor is not None:
        return drafts
    return [
        replace(d, actor=last.actor, status=last.status) if d is not last and d.sentence == last.sentence and d.actor is None and not d.background else d
        for d in drafts
    ]


def _some_of_famous(country: str, killed: int, famous: set[tuple[str, int]]) -> bool:
    """A death toll below a famous attack's in its country: some of its dead, counted by name or by a part."""
    return any(c == country and 0 < killed < toll for c, toll in famous)


def _opening_strike(doc: Doc, n: int) -> bool:
    """Sentence n tells a state's strike as its news: not as the time an attack is counted from ("the first serious
    attack on US troops since the US launched retaliatory strikes", `since`, `recalls` before the strike)."""
    (s, e), lex = doc.sentences[n], doc.lex
    strike = _strike(doc.folded, s, e, lex)
    return strike is not None and not lex.since.search(doc.folded, s, strike.start()) and not lex.recalls.search(doc.folded, s, strike.start())


AVENGED_OPENING = 3  # sentences at a page's top (title, a caption, the lede) where a state's strike opens its story


def _avenged(drafts: list[Draft], doc: Doc, gaz: Gazetteer) -> list[Draft]:
    """Pattern: a page that opens with a state's strike, before any claim ("美国空袭伊拉克和叙利亚境内武装组织目标", US
    strikes targets in Iraq and Syria; "US jets pound militia sites"), is the story of that strike, and the attacks it
    tells after are what the strike answered: recalled when dated before the strike's own day, or, when the opening
    gives the strike no day, when they retell a famous attack's deaths (`_retold_famous`). An attack after the strike
    ("two days later a drone killed six SDF fighters") stays the news."""
    if not drafts or not doc.sentences:
        return drafts
    opening = range(min(AVENGED_OPENING, len(doc.sentences)))
    strikes = [n for n in opening if _opening_strike(doc, n)]
    if not strikes or min(d.sentence[0] for d in drafts) <= doc.sentences[strikes[-1]][0]:
        return drafts  # no strike opens the page, or an attack is told in the opening: the page reports it
    if any(doc.lex.attack.search(doc.folded, *doc.sentences[n]) for n in range(strikes[0])):
        return drafts  # "Several US personnel were hurt in a drone attack Friday. ... fighters carried out an attack Monday"
    day = next((x.value for n in strikes for x in doc.sentence_dates[n]), None)
    if day is None:
        return _retold_famous(drafts, doc, gaz)
    return [replace(d, background=True) if not d.background and d.date is not None and d.date.value < day else d for d in drafts]


LOCALITY_REACH = 30  # characters between a base's name and the city or province it is placed in ("Erbil province's Harir")
LOCALITY_KM = 120.0  # a base named after its city or province lies this close to another base placed there


def _headline_by_locality(drafts: list[Draft], doc: Doc, gaz: Gazetteer) -> list[Draft]:
    """Pattern: a title line that names a base by its city or province ("Erbil air base housing US troops catches fire
    following drone attack") over a body that never claims that base but places another one there by that name
    ("the storage facility of Erbil province's Harir air base caught fire"): the title's base is the body's, named
    loosely, not an attack on the city's own base. The title's claim gives its facts to the body's."""
    if len(drafts) < 2 or not doc.sentences:
        return drafts
    s, e = doc.sentences[0]
    if not whole_line(doc.text, s, e) or doc.text[e - 1] in ".!?؟。":
        return drafts
    keep = list(drafts)
    for d in drafts:
        head = _base_in(doc, d.place) if d.sentence == (s, e) and d.base_hint else None
        if head is None or any(_base_in(doc, o.place) == head for o in drafts if o.sentence != d.sentence):
            continue
        there = next((i for i, o in enumerate(keep) if o.sentence != d.sentence and not o.background and _placed_by(doc, o, d, head, gaz)), None)
        body_day = keep[there].date if there is not None else None
        if there is not None and (d.date is None or body_day is None or d.date.value == body_day.value):
            keep[there] = _fill(keep[there], d)
            keep.remove(d)
    return keep


def _base_in(doc: Doc, place: tuple[int, int]) -> str | None:
    """The gazetteer base named inside a place's span, if one is."""
    name = _name_in(doc, place)
    return name[0] if name is not None else None


def _name_in(doc: Doc, place: tuple[int, int]) -> tuple[str, int, int] | None:
    """The first gazetteer name inside a place's span (base, start, end), if one is."""
    return next((n for n in doc.bases if place[0] <= n[1] < place[1]), None)


def _placed_by(doc: Doc, d: Draft, head: Draft, city_base: str, gaz: Gazetteer) -> bool:
    """The draft names another base near `city_base`, with the locality the title's name of `city_base` holds (its
    words but the base nouns: "Erbil" of "Erbil air base") written beside it ("Erbil province's Harir air base")."""
    other, head_name = _name_in(doc, d.place), _name_in(doc, head.place)
    if other is None or head_name is None or other[0] == city_base or gaz.km_between(other[0], city_base) > LOCALITY_KM:
        return False
    _, bs, be = head_name
    alias = doc.folded[bs:be]
    for m in doc.lex.base_nouns.finditer(doc.folded, bs, be):
        alias = alias[: m.start() - bs] + " " * (m.end() - m.start()) + alias[m.end() - bs :]
    words = alias.split()
    if len(words) != 1 or len(words[0]) < 3:
        return False  # the name holds no one locality word ("Erbil" of "Erbil air base")
    locality = words[0]
    at = other[1]
    lo, hi = max(d.sentence[0], at - LOCALITY_REACH - len(locality)), min(d.sentence[1], at + LOCALITY_REACH + len(locality))
    return re.search(rf"(?<!\w){re.escape(locality)}(?!\w)", doc.folded[lo:hi]) is not None


def claim_messages(doc: Doc, drafts: list[Draft]) -> list[ClaimExtracted]:
    """The claim messages of `drafts_of`'s drafts, in text order."""
    nouns = {(s, e): noun for s, e, noun in doc.shared_nouns}
    return [_claim(doc.article, doc.text, d, i, nouns) for i, d in enumerate(drafts)]


def _drafts(doc: Doc, cal: Calendar, gaz: Gazetteer) -> list[Draft]:
    """Sentence by sentence, the claims each gives, or what it adds to the claim before it."""
    folded, lex, cues = doc.folded, doc.lex, doc.cues
    bases, weapons = list(doc.bases), list(doc.weapons)
    drafts: list[Draft] = []
    inherited: SentenceDate | None = None
    prev: tuple[int, int] | None = None
    last_found = -99
    last_cued = -99  # the last sentence with an attack word, kept or not
    last_toll = -99  # the last sentence that only gave the claim before it a toll
    # the last sentence that told more of the claim before it: a story told over a chain of sentences that each point
    # back at the attack ("... targeted the base", "The attack resulted in ...") reaches its next "The Saturday attack"
    last_told = -99
    last_more = -99  # the last of those that named no place and no toll ("The attack came at dawn.")
    last_placeless = -99  # the last sentence with an attack word that gave no claim and named no base or country (a group's name aside)
    summary = False  # the previous sentence counted attacks on named places ("in recent days ... al-Omar and Shaddadi")
    lede: tuple[int, int | None, int | None, Side | None, frozenset[str]] | None = None  # a toll told before any place
    old_story = False  # the sentences before, undated since, told of an attack of a year before the campaign
    country_lead: tuple[int, frozenset[str]] | None = None  # the first attack sentence, no claim yet, placed by its country only
    added: tuple[int, int] | None = None  # (sentence, draft): the sentence's claims were added to that earlier draft's attack
    for n, (s, e) in enumerate(doc.sentences):
        dates = list(doc.sentence_dates[n])
        if inherited is not None and _heading(doc.text, s, e):
            # "<photo caption>, November 5, 2023 / Militants Launch Another Drone Attack On A US Base In Iraq": a
            # (sub)heading starts another part of the page, and the day of the lines above it is not its attack's
            inherited = None
        at = bisect_left(cues, s)
        cued = at < len(cues) and cues[at] < e
        # "... US troops were wounded. The Pentagon said so. Five were hurt, one badly.": an attribution (a verb of
        # saying or an official, no attack word) between a claim and its toll leaves the toll the claim's. So does
        # one that tells more of the attack but of no place ("... al-Omar was attacked. The militia said it used
        # drones overnight. Six SDF fighters were killed."): it gave no claim, so the story is still that claim's. Not one
        # telling a state's strike ("Several militants were killed in the US airstrikes, CENTCOM said."): what follows is
        # the strike's ("Iraq's government said 15 people were injured")
        told = last_cued <= last_found or last_cued == last_placeless == n - 1
        quiet = told and n >= 1 and _attribution(folded, *doc.sentences[n - 1], lex) and _strike(folded, *doc.sentences[n - 1], lex) is None
        # "Two more soldiers were badly hurt. / Militias claim the attack / In all, 24 soldiers were wounded.": a subheading
        # that names no base, toll or day leaves the toll after it the claim's, as an attribution does
        quiet = quiet or (n >= 1 and _bare_heading(doc, n - 1))
        # "The day before, the US struck the group south of Baghdad. The group said eight of its members died in this
        # attack.": a sentence that points back at "the attack" points at the one the sentence right before it told,
        # when that one gave no claim and told a state's strike or an earlier attack: not at the claim before it
        other_attack = last_cued == n - 1 > last_found and _tells_other_attack(doc, n - 1)
        # "The attack came days after Iran's Revolutionary Guards said they had struck a building in Erbil. Four
        # civilians died in the attack.": a toll right after a state's own attack (`state_attacks`) is that attack's
        state_before = last_cued == n - 1 > last_found and doc.lex.state_attacks.search(folded, *doc.sentences[n - 1]) is not None
        # an attack on N bases, then a list of them? The attack's sentence gave no claim, or only one of several
        # unnamed sites ("attacked two US bases in eastern Syria"), which the list then names
        several_before = last_found == n - 1 and bool(drafts) and all(d.plural and not d.base_hint for d in drafts if d.sentence == doc.sentences[n - 1])
        counted_before = last_cued == n - 1 and (n - 1 > last_found or several_before) and not cued
        last_cued = n if cued else last_cued
        years_before = not dates and _years_before(folded, s, e, cal, lex, _names(bases, s, e))  # "In January 2020, ..."
        old_year = years_before or (not dates and _day_before_campaign(doc, s, e, cal))
        # "The attack in 2020 was Iran's revenge. The base was struck by 11 missiles.": the undated sentences after
        # a sentence that dates its attack to a year before the campaign go on telling that old story
        old_story = not dates and ((old_year and cued and _old_attack_year(folded, s, e, cal, lex)) or (old_story and not _campaign_year(folded, s, e, cal)))
        has_cue = cued and not old_year and not old_story  # not an old story
        has_cue = has_cue and not links_away(folded, s, lex) and not _deaths_of_other_cause(folded, s, e, lex)
        continued = opens_with(lex, "additive", folded, s) or _list_count(doc.text, folded, s, lex)
        summary = (summary and not dates and continued) or (_counts_named_attacks(folded, s, e, dates, lex, bases) and not _weekday_told(doc, s, e))
        has_cue = has_cue and not summary
        found = _sentence_drafts(doc, n, prev, inherited, gaz) if has_cue else []
        if counted_before and not found and not old_story:
            found = _enumerated_targets(doc, n, prev, inherited, gaz)
            if found and several_before:
                drafts = [d for d in drafts if d.sentence != doc.sentences[n - 1]]  # the several sites, now named
        if not found and has_cue and (not drafts or n - last_found > MAX_REFER_BACK) and _refers_to_base(folded, s, e, lex):
            found = _named_before(doc, n, inherited, gaz)
        if not found and has_cue and drafts and _refers_to_base(folded, s, e, lex):
            found = _earlier_at_same_base(doc, n, drafts[-1], gaz)
        found = _retells_recalled(doc, n, found, drafts, last_found)
        found = _after_series_remark(doc, n, found, drafts, last_found)
        found = _recall_goes_on(doc, n, found, drafts, last_found)
        found = _pluperfect_recap(doc, n, found, drafts)
        found = _statement_on_told_attack(doc, n, found, drafts)
        if found and not drafts and country_lead is not None and lede is None and not old_story:
            found = _lead_placed(found, doc, n, country_lead, gaz)
        if not found and not drafts and country_lead is not None and not old_story:
            found = _base_after_country_lead(doc, n, country_lead, prev, inherited, gaz)
        elif not found and not cued and not old_story and (region := _region_lead(doc, drafts)) is not None:
            # "... a drone attack in northeastern Syria on Friday. ... were moved from Rumalyn Landing Zone": the lead's
            # region claim was the attack's first sketch; the base its victims are named at replaces it
            found = _base_after_country_lead(doc, n, region, prev, inherited, gaz)
            drafts = [d for d in drafts if d.sentence != doc.sentences[region[0]]] if found else drafts
        named_later = False
        if not found and not cued and not drafts and lede and n - lede[0] <= LEDE_REACH and _names(bases, s, e) and _refers_to_base(folded, s, e, lex):
            # "Three US soldiers were killed in the attack on January 28. ... The base, known as Tower 22, houses 350
            # troops.": the story's placeless toll names its base later, in a sentence that tells no attack of its own
            found = _sentence_drafts(doc, n, prev, inherited, gaz)
            named_later = True
        if found and lede and n - lede[0] <= (LEDE_COUNTRY_REACH if lede[4] else LEDE_REACH):
            found = _lede_toll(found, lede, doc, gaz, LEDE_REACH if named_later else PLACELESS_REACH)
            lede = None
        elif not found and has_cue and not drafts:
            # "Two soldiers were killed by a drone launched from Iraq": victims of no side named, killed by a weapon of
            # the campaign sent from its militias' country, may be ours too (Israeli copy names no side for its own)
            campaign_launch = bool(_within(weapons, s, e)) and bool(_launch_countries(folded, s, e, lex, gaz))
            campaign_launch = campaign_launch and not _launched_from_outsider_home(folded, s, e, lex, gaz)
            toll_told = _toll_before_place(folded, s, e, lex, gaz, n, _date_spans(doc, s, e, doc.sentence_dates[n])) or _placeless_toll(
                doc, n, gaz, unnamed=campaign_launch or _their_place_attacked(folded, s, e, lex)
            )
            if country_lead and n - country_lead[0] <= LEAD_TOLL_REACH and _refers_back(folded, s, e, lex):
                # "A drone attack in northern Israel ... . Two soldiers died in this attack.": the toll of the attack the
                # lead placed by its country alone lies in that country, its victims that attack's whoever they serve
                toll_told = toll_told or _placeless_toll(doc, n, gaz, unnamed=True)
                toll_told = (*toll_told[:4], country_lead[1]) if toll_told and not toll_told[4] else toll_told
            lede = _lede_wounded(_retold_lede(lede, None if _strikes_sequel(doc, n, toll_told) else toll_told, doc), doc, n, gaz)
        elif not found and not cued and not drafts:
            lede = _lede_wounded(_retold_lede(lede, _placeless_toll(doc, n, gaz), doc), doc, n, gaz)
        if found:
            if found[0].actor and lex.claimed.search(folded, s, e) and _refers_back(folded, s, e, lex):
                drafts = [d if d.actor or d.sentence != prev else replace(d, actor=found[0].actor) for d in drafts]
            added = (n, len(drafts) - 1) if drafts and _added_targets(doc, s, e, found) else None
            if added is not None and found[0].actor and drafts[-1].actor is None and lex.claimed.search(folded, s, e):
                drafts[-1] = replace(drafts[-1], actor=found[0].actor)  # "claimed the attack, adding it also hit ...": both
            drafts.extend(found)
            last_found = n
        elif (
            drafts
            and not old_story
            and not state_before
            and not years_before  # "In January 2020, an Iranian strike on the base wounded 110 US troops"
            and not _opens_earlier_story(folded, s, lex)
            and (  # "Before this, a contractor was killed ...": an earlier story; a year before the campaign, that year's toll
                # (and "... in early 2020, when Iran fired missiles at the base. More than 100 troops were diagnosed with brain
                # injuries in the aftermath.": the toll of the old story the sentence before began, not the claim's)
                (
                    n - max(last_found, last_told) <= MAX_REFER_BACK
                    and not other_attack
                    and (_refers_back(folded, s, e, lex) or _day_named_attack(doc, s, e) or _dated_plural_anaphora(doc, s, e, dates))
                    and not _points_at_told_strike(doc, n)
                )
                # "... attacked a US base in Deir ez-Zor. <the US strikes before it, the Jordan attack they avenged>. A monitor
                # said the Islamic Resistance's attack came overnight.": a reference that names the claim's own group points
                # at that group's attack over the other attacks told between, and from further away
                or (n - max(last_found, last_told) <= OWN_GROUP_REACH and _refers_back(folded, s, e, lex) and _names_group(doc, s, e, drafts[-1].actor, gaz))
                or (n - last_found == 1 and not cued and _dated_attribution(folded, s, e, dates, lex, bases))
                or (n - last_found == 1 and _day_of_a_placeless_blast(doc, s, e, dates, gaz))
                or (n - last_found == 1 and _group_arms_claim(doc, s, e, drafts[-1], dates, gaz))
                or (
                    # "... attacked al-Tanf. The attack came at dawn. Two soldiers were wounded.": a toll right after a
                    # sentence that told more of the claim is the claim's, as one right after the claim is, unless it tells
                    # an attack of its own ("In a drone attack by Iran-backed groups, three soldiers were killed": maybe another)
                    (n - max(last_found, last_toll) <= 1 + quiet or (n - last_more <= 1 + quiet and not _tells_an_attack(doc, s, e)))
                    and _toll_only(folded, s, e, lex, bases)
                    and not _month_alone(doc, s, e, drafts[-1])
                    and not _another_days_toll(doc, drafts[-1], s, e)
                    and not _toll_elsewhere(doc, s, e, drafts[-1], gaz)
                )
            )
        ):  # "... struck al-Tanf on Sunday. In October, two soldiers were killed there.": an earlier month's toll, recalled
            # "L'attaque intervient après une explosion ... qui a tué un membre des Hachd": what follows a recall cue is
            # the recalled event's (its toll first), not the attack's
            cue = lex.recalls.search(folded, s, e)
            upto = cue.start() if cue is not None else e
            if cue is not None and head_final(lex):  # "... üç askerin öldüğü saldırıdan haftalar sonra": the cue closes its clause
                upto = _clause(folded, s, e, cue.start(), cue.end())[0]
            # "Last week, five guards died in Damascus": from a time before the attack's own, the sentence tells of then
            upto = min(upto, _earlier_time_at(doc, s, e, drafts[-1]))
            # "... claimed the attack, adding it also hit Green Village. The strike wounded three.": what follows, naming
            # no place, goes on with the attack the claims were added to, not with the last of them
            k = added[1] if added is not None and added[0] == last_found and not _names(bases, s, e) else -1
            if k != -1:
                drafts.append(drafts.pop(k))  # worked on as the last draft, put back below
            before = drafts[-1]
            # "The attack came after US jets struck militia sites last night": a day told after the recall cue is the
            # recalled event's, as its toll is, not the attack's
            cue_days = [x for x in dates if x.span[0] < upto and not _strike_day(folded, s, e, x, lex)]
            if not _refers_back(folded, s, e, lex) and _strike(folded, s, upto, lex) is not None:
                # "Накануне в результате удара США погибли командир ...": a toll told with a state's strike is the
                # strike's (no toll of the claim), and so is its day
                cue_days = []
            if opens_with(lex, "separate", folded, s):
                # "On the other hand, on Monday this week, sources reported another attack on the base": a sentence
                # opened as a separate story names that story's day, never a new day of the claim before it
                cue_days = []
            counted = lex.aggregate_all.search(folded, prev[0] if prev else s, upto) is not None  # "attacked 66 times since October"
            drafts[-1] = _enrich(
                _unstamped(before, doc, cue_days),
                folded,
                s,
                upto,
                cue_days,
                lex,
                gaz,
                _within(weapons, s, upto),
                _names(bases, s, upto),
                counted,
                _tally_starts(doc, s, upto),
                doc.sentences,
            )
            if _answered(before, folded, lex) and _side(folded, s, upto, lex) is None:
                drafts[-1] = replace(drafts[-1], killed=before.killed, wounded=before.wounded, side=before.side)
            elif _sums_told_attacks(doc, s, upto, drafts, before):
                # "... al-Tanf, injuring 20. ... al-Asad, injuring four. A spokesman said 21 were injured in the attacks.":
                # a toll of "the attacks" after attacks on several places is their sum, not the last one's own toll
                drafts[-1] = replace(drafts[-1], killed=before.killed, wounded=before.wounded, side=before.side)
            elif drafts[-1].killed != before.killed and _militia_victims(folded, s, upto, lex.killed, lex, (), ()):
                # "It was not clear if the strike that killed the Kataeb Hezbollah member answered the attack on the
                # base": dead who are the militias' own, told on with the attack, are another strike's, no toll of it
                drafts[-1] = replace(drafts[-1], killed=before.killed, side=before.side)
            drafts = _dated_together(drafts, before) if k == -1 else drafts
            told_of_list = k == -1 and not _names(bases, s, upto)  # naming no base, it tells on of the list before
            if told_of_list and _refers_back(folded, s, upto, lex):
                drafts = _armed_together(drafts, before)
            if told_of_list and before.sentence == doc.sentences[n - 1]:
                drafts = _spared_together(drafts, before)
            drafts = _claimed_together(drafts, before)
            if drafts[-1].date is None and drafts[-1].weekday is None:  # "The attack came on Friday evening.": its weekday
                drafts[-1] = replace(drafts[-1], weekday=weekday_named(list(doc.dates), s, e, s))
            if not cued:
                drafts[-1] = _named_after(drafts[-1], doc, s, e, gaz)
            if k != -1:
                drafts.insert(k, drafts.pop())  # back in text order
            # "One American died. Five soldiers and another American were wounded.": a run of toll sentences continues it
            # (not one with a state's strike: "Bei den US-Angriffen wurden einige Kämpfer getötet" goes on with the
            # strike, and the toll told after it, "the Iraqi government said 18 people were wounded", is the strike's)
            last_toll = n if _toll_only(folded, s, e, lex, bases) and _strike(folded, s, e, lex) is None else last_toll
            last_told = n
            # a sentence that told more of the claim but named no place and no toll of its own leads into its toll
            last_more = n if not _names(bases, s, e) and not _has_toll(folded, s, e, lex) else last_more
        if not found and drafts and n - last_found <= 1 and _toll_only(folded, s, e, lex, bases) and _toll_elsewhere(doc, s, e, drafts[-1], gaz):
            # "A drone struck the Harir base in Iraq on Sunday. Three US soldiers were killed in Jordan.": a toll placed
            # in another country is no toll of the claim; when it is the exact toll of that country's famous attack, it
            # tells that attack (as it would before any claim, `_famous_lede`)
            other = _toll_before_place(folded, s, e, lex, gaz, n, _date_spans(doc, s, e, doc.sentence_dates[n]))
            famous = _famous_lede(other, doc, gaz) if other is not None and other[1] else None
            if famous is not None and all(d.place != famous.place for d in drafts):
                drafts.append(famous)
        if not found and drafts and n - max(last_found, last_told) <= 1 and _interception_only(doc, s, e, gaz):
            # "... a drone hit Tower 22. Why air defences did not intercept the drone is not known. More than 30 were
            # wounded.": a sentence that only tells the weapon was or was not intercepted tells more of the same
            # attack (no place, no toll of its own), and a toll right after it is that attack's
            last_more = n
        if not found and drafts and n - last_found == 1 and _denies_claimed_toll(doc, s, e, drafts[-1]):
            # "The militia claimed it killed 45 US soldiers at Ain al-Asad. The Pentagon denied the claim.": the deaths
            # are the group's word, denied in the next sentence as in the same one (`_casualties`): no toll of the attack
            killed, wounded, side = _denied_toll(folded, s, e, lex)
            drafts[-1] = replace(drafts[-1], killed=killed, wounded=wounded, side=side)
        if cued and not found and not _names(bases, s, e) and not gaz.countries_outside_actors(folded, _after_speaker(folded, s, e, lex), e):
            last_placeless = n
        # (not a state's own missile attack: "Iran's Revolutionary Guards said they struck Erbil, killing four civilians.
        # Local sources said the US base at Erbil airport was also hit." The base is no place of that state's dead)
        state_own = lex.state_attacks.search(folded, s, e) is not None
        if has_cue and not found and not drafts and country_lead is None and not state_own and (named := _countries_hit(folded, s, e, lex, gaz)):
            country_lead = (n, frozenset(named))
        # "President Biden said on Saturday that ...": in a sentence with no attack word, a statement's day dates the
        # statement, not what the sentences after it tell
        # In a sentence that tells the attack, its own day beats the statement's ("The army announced on Friday the
        # deaths in an attack early on Thursday. The drone hit a base ...": Thursday dates what follows); the
        # statement's day still stands when it is the only one
        several = len(dates) > 1
        # "The attack comes after the US strikes of the night of Friday to Saturday": a day told after a recall cue is
        # the recalled event's, never the story's day that the next sentences take
        dates = _before_recall(folded, s, e, dates, lex)
        # "U.S.-backed fighters carried out a rare attack Monday ...": in a sentence that gave no claim, the day of a
        # state's (or its partners') strike dates that strike, not the story the next sentences go on with
        dates = dates if found else [x for x in dates if not _strike_day(folded, s, e, x, lex)]
        unsaid_days = [x for x in dates if not _said_on(folded, s, e, x.span, lex, several)]
        story_days = (unsaid_days or dates) if cued else unsaid_days
        # "... visit Guardsmen March 15, 2024 for the Tower 22 attack": the day of a visit that names the attack by its
        # base dates no attack told after it either
        story_days = [x for x in story_days if not _names_attack_on_another_day(folded, s, e, x, _names(bases, s, e), lex)]
        if inherited is not None and inherited.basis == "explicit" and story_days and all(_said_on(folded, s, e, x.span, lex, several) for x in story_days):
            # "'Following the attack, eight were evacuated,' Ryder said Tuesday." after "a drone attack on Friday, Aug.
            # 9": a statement's day, the only day of its sentence, does not replace a written-out day carried so far
            # (a weekday carried from before, "Biden warned Thursday", gives way to it as before)
            story_days = []
        if story_days and not cued and inherited is not None and all(x.value < inherited.value - timedelta(days=STORY_PAST_DAYS) for x in story_days):
            # "There are no reports of casualties as the coalition forces withdrew from the airbase on Oct. 20.", in a
            # story of 9 November: a day weeks before the story's, in a sentence that tells no attack, is that sentence's
            # past (a withdrawal, a visit); the sentences after it go on with the story's day
            story_days = []
        if story_days and (story_days[0].basis == "explicit" or not _aggregate_told(folded, s, e, lex)):
            inherited = story_days[0]  # a day named in full dates what follows, even beside a count of attacks
            inherited = next((x for x in story_days if x.basis == "explicit"), inherited)  # "In a release Monday, ... died Jan. 28"
        elif _heading(doc.text, s, e):
            inherited = None  # a subheading starts another part of the story: the day before it stays there
        prev = (s, e)
    drafts = [_stationed_at(d, doc, gaz) for d in drafts]
    drafts = _body_over_headline(drafts, doc)
    if lede and not drafts and (station := _station(doc, lede[0], gaz, LEDE_STATION_REACH)) is not None:
        drafts.append(_station_lede(lede, station, doc, gaz))  # "stationed at Tower 22 ... a drone hit their housing units"
    elif lede and not drafts and (famous := _famous_lede(lede, doc, gaz)):
        drafts.append(famous)  # the story names no base at all
    elif lede and not drafts and country_lead and (famous := _famous_country_lead(lede, country_lead, doc, gaz)):
        drafts.append(famous)  # "a drone hit our troops in Jordan ... . Three soldiers died": the lead's country, the toll after it
    if (placed := _country_after_toll(doc, drafts, gaz)) is not None:
        drafts.append(placed)  # "... the attacks that left three soldiers dead. Officials put the victims in Jordan.": the country after the toll
    return _relocated_names(drafts, doc, gaz)


def _interception_only(doc: Doc, s: int, e: int, gaz: Gazetteer) -> bool:
    """The sentence has a word of intercepting (`engaged`: "intercepted", "요격", "اعتراض") and every attack word it has
    is one; it names no base, no country and no toll."""
    folded, lex = doc.folded, doc.lex
    cues = lex.attack.finditer(folded, s, e)
    engaged = [(m.start(), m.end()) for m in pattern(lex, "<engaged>").finditer(matchable(folded), s, e)]
    if not engaged or not all(any(a <= c.start() < b for a, b in engaged) for c in cues):
        return False
    return not _names(doc.bases, s, e) and not _has_toll(folded, s, e, lex) and not gaz.countries_in(folded, s, e)


def _body_over_headline(drafts: list[Draft], doc: Doc) -> list[Draft]:
    """Pattern: a headline's toll against the body's ("6 US soldiers wounded at Ain al-Asad" over "a rocket hit Ain
    al-Asad, wounding five American soldiers"): the body tells the figure its source gave, the headline a shortened or
    mistyped one, so the headline's claim takes the body's count of the same victims at the same place (unless the
    headline tells a toll that rose: "... toll rises to 40")."""
    if not drafts or not _headline(doc, *drafts[0].sentence) or _tells_risen(doc, *drafts[0].sentence):
        return drafts
    head = drafts[0]
    body = next((d for d in drafts[1:] if d.sentence != head.sentence and not d.background and _same_place(doc, head, d)), None)
    if body is None:
        return drafts
    killed = body.killed if body.killed is not None and head.killed is not None else head.killed
    wounded = body.wounded if body.wounded is not None and head.wounded is not None else head.wounded
    return [replace(head, killed=killed, wounded=wounded), *drafts[1:]]


def _headline(doc: Doc, s: int, e: int) -> bool:
    """The article's first line, ending with no stop: its headline."""
    return s == 0 and doc.text[e - 1 : e] not in (".", "!", "?", "؟", "。") and doc.text[e : e + 1] == "\n"


def _tells_risen(doc: Doc, s: int, e: int) -> bool:
    """The sentence tells a toll that rose (`risen`, or a range of change: `_ranges`)."""
    return doc.lex.risen.search(doc.folded, s, e) is not None or bool(_ranges(doc.folded, s, e, doc.lex))


def _same_place(doc: Doc, a: Draft, b: Draft) -> bool:
    """Two drafts name the same base, or neither names one and both lie in one country."""

    def ids(d: Draft) -> set[str]:
        return {bid for bid, bs, _ in doc.bases if d.place[0] <= bs < d.place[1]}

    if a.base_hint or b.base_hint:
        return a.base_hint and b.base_hint and bool(ids(a) & ids(b))
    return a.country is not None and a.country == b.country


STATION_REACH = MAX_REFER_BACK  # sentences between a vague claim and where its victims were stationed
LEDE_STATION_REACH = 4  # sentences from a toll told before any place ("The identities of the three soldiers killed ...")
STATION_GAP = 40  # characters from "stationed at" to the base ("stationed at a logistics support base at Tower 22")
STATION_BEFORE = 80  # characters from a base to the participle closing its clause ("Op de vliegbasis X zijn ook ... gestationeerd")


def _station(doc: Doc, n: int, gaz: Gazetteer, reach: int = STATION_REACH) -> tuple[str, int, int] | None:
    """The one base within `reach` sentences of sentence `n` that the story says the victims were stationed at
    ("The troops were stationed at a base in Erbil"): a base name, or a context phrase of one base, right after a word
    of `stationed`, in its clause. (base_id, start, end), or None when none or several."""
    folded, lex = doc.folded, doc.lex
    found: dict[str, tuple[int, int]] = {}
    for k in range(max(0, n - reach), min(len(doc.sentences), n + reach + 1)):
        s, e = doc.sentences[k]
        for m in lex.stationed.finditer(folded, s, e):
            hi = min(e, m.end() + STATION_GAP)
            clause = _CLAUSE_PUNCT.search(folded, m.end(), hi)
            hi = clause.start() if clause else hi
            # a name may start inside the phrase: "at" before "Ain al-Asad" reads as the Arabic article of "At-Tanf",
            # so the name found is "at Ain al-Asad", the phrase's own preposition included
            named = [(key, bs, be) for key, bs, be in doc.bases if m.start() < bs < hi and be > m.end()]
            if not named:
                # "Op de Al Asad Airbase zijn ook Nederlanders gestationeerd", "die in Erbil stationierten Soldaten": a
                # participle that closes its clause or comes before its noun, the base standing before it in the clause
                cuts = list(_CLAUSE_PUNCT.finditer(folded, max(s, m.start() - STATION_BEFORE), m.start()))
                lo = cuts[-1].end() if cuts else max(s, m.start() - STATION_BEFORE)
                named = [(key, bs, be) for key, bs, be in doc.bases if lo <= bs and be <= m.start()]
            if named:
                found.setdefault(named[0][0], (named[0][1], named[0][2]))
            elif (context := gaz.context_hit(folded, m.start(), hi)) is not None:
                found.setdefault(context[0], (context[1], context[2]))
    if len(found) != 1:
        return None
    ((key, (bs, be)),) = found.items()
    return key, bs, be


def _stationed_at(d: Draft, doc: Doc, gaz: Gazetteer) -> Draft:
    """ "U.S. military personnel were targeted by a one-way attack drone in northern Iraq. ... The troops were stationed
    in Erbil": a claim that names no base takes the one its victims were stationed at, in its country."""
    if d.base_hint or d.plural or d.other or d.background or d.sentence not in doc.sentences:
        return d
    at = _station(doc, doc.sentences.index(d.sentence), gaz)
    if at is None or d.country not in (None, gaz.by_id[at[0]].country):
        return d
    return replace(d, place=(at[1], at[2]), base_hint=True, kind="named", country=gaz.by_id[at[0]].country)


def _station_lede(lede: tuple[int, int | None, int | None, Side | None, frozenset[str]], at: tuple[str, int, int], doc: Doc, gaz: Gazetteer) -> Draft:
    """A toll told without a place ("a drone impacted their container housing units, killing the three") next to where
    the victims were stationed: that base's claim, dated by the toll's sentence (else undated: linking and the
    calendar date it)."""
    n, killed, wounded, side, _ = lede
    s, e = doc.sentences[n]
    day = doc.sentence_dates[n][0] if doc.sentence_dates[n] else None
    return Draft(
        place=(at[1], at[2]), sentence=(s, e), base_hint=True, plural=False, other=False, date=day, date_basis=day.basis if day else None,
        weapon=_first_weapon(_within(doc.weapons, s, e)), killed=killed, wounded=wounded, side=side, actor=None,
        status="reported", background=False, country=gaz.by_id[at[0]].country, kind="named",
    )  # fmt: skip


def _enumerated_targets(doc: Doc, n: int, prev: tuple[int, int] | None, inherited: SentenceDate | None, gaz: Gazetteer) -> list[Draft]:
    """Pattern: an attack told on a count of bases with none named ("our fighters attacked four enemy bases with
    drones"), then a sentence with no attack word of its own that names them ("three of them in Syria, namely
    al-Shaddadi, al-Rukban and al-Tanf, and the fourth the Zevulun naval facility"): each base named is a target of
    that attack, with its weapon and its group."""
    folded, lex = doc.folded, doc.lex
    ps, pe = doc.sentences[n - 1]
    s, e = doc.sentences[n]
    counted = any(_word_follows(folded, m.end(), lex.plural_base_nouns) for m in lex.number.finditer(folded, ps, pe))
    counted = counted or any(counted_sites(folded, ps, b.start(), lex) for b in lex.base_nouns.finditer(folded, ps, pe))  # "襲擊4個軍事基地"
    # "Nineteen troops were diagnosed with brain injuries after drone attacks last week. Fifteen at al-Tanf and four
    # at al-Asad were diagnosed.": a toll of several attacks told with no place, then split among the bases named
    split = lex.attack_series.search(folded, ps, pe) is not None and _has_toll(folded, ps, pe, lex) and not _names(doc.bases, ps, pe)
    counted = counted or (split and _has_toll(folded, s, e, lex))
    if lex.aggregate_all.search(folded, ps, pe) or any(m.since for m in doc.dates if ps <= m.start < pe) or bare_month(folded, doc.dates, ps, pe, lex):
        return []  # "the group has targeted 12 bases since October. Ain al-Asad and Harir were among them.": a tally
    if not counted or len({bid for bid, bs, _ in doc.bases if s <= bs < e}) < 2:
        return []
    weapon, actor = _first_weapon(_within(doc.weapons, ps, pe)), gaz.find_actor(folded, ps, pe)
    # the group's claim of the counted attack is its claim on each base it names
    status = _status(folded, ps, pe, actor, lex, None, gaz.actor_spans(folded, ps, pe))
    drafts = _sentence_drafts(doc, n, prev, inherited, gaz)
    if split and lex.past_times.search(folded, ps, pe) is not None:
        # "... after attacks last week": the split toll's attacks are of that earlier time, not of a day carried down
        drafts = [replace(d, date=None, date_basis=None) if d.date_basis in ("inherited", "publication") else d for d in drafts]
    return [
        replace(d, weapon=d.weapon if d.weapon != "unknown" else weapon, actor=d.actor or actor, status=status if d.status == "reported" else d.status)
        for d in drafts if d.base_hint
    ]  # fmt: skip


def _named_after(d: Draft, doc: Doc, s: int, e: int, gaz: Gazetteer) -> Draft:
    """ "A US military base in northeastern Syria came under a drone attack ... . The base is located in Tel Baidar":
    a sentence without an attack word that opens by pointing back at the base and names one base of the claim's
    country names the base of that vague claim. Pattern: a presentative opening ("Il s'agit de la base près de
    l'aéroport d'Erbil", it is the base near Erbil airport) points back at the base as "the base" does."""
    folded, lex = doc.folded, doc.lex
    presented = opens_with(lex, "presentatives", folded, s)  # "Става въпрос за базата близо до летище Ербил": it is the base near ...
    if d.base_hint or d.plural or d.other or d.country is None or not ((_continues(folded, s, lex) or presented) and _refers_to_base(folded, s, e, lex)):
        return d
    named = _unique_bases([b for b in doc.bases if s <= b[1] < e])
    if len(named) != 1 or gaz.by_id[named[0][0]].country != d.country:
        return d
    return replace(d, place=(named[0][1], named[0][2]), base_hint=True, kind="named")


def _refers_to_base(folded: str, s: int, e: int, lex: Words) -> bool:
    """The sentence points back at a base ("the base", "die basis"), not only at "the attacks", and tells of one
    attack: "The base has been repeatedly targeted" counts a history, no attack of its own."""
    if lex.aggregate_all.search(folded, s, e):
        return False
    return any(lex.base_nouns.search(folded, m.start(), m.end()) for m in lex.anaphora.finditer(folded, s, e))


def _base_after_country_lead(
    doc: Doc, n: int, lead: tuple[int, frozenset[str]], prev: tuple[int, int] | None, inherited: SentenceDate | None, gaz: Gazetteer
) -> list[Draft]:
    """Pattern: an attack told by its country only ("US and coalition troops were lightly hurt Friday in a drone attack
    in Syria"), then, within LEAD_BASE_REACH sentences and before any claim, a sentence naming one base of that country
    with the victims' wounds or deaths and no claim of its own ("personnel at the Rumalyn landing zone were treated for
    minor injuries"): the attack's base, with the day, weapon and toll of the attack's sentence."""
    k = lead[0]
    s, e = doc.sentences[n]
    if not _names_one_base_of_lead(doc, n, lead, LEAD_BASE_REACH, gaz):
        return []
    hurt = doc.lex.killed.search(doc.folded, s, e) is not None or doc.lex.wounded.search(doc.folded, s, e) is not None
    if not hurt and not any(_moved_from(doc.folded, s, bs, doc.lex) for _, bs, _ in doc.bases if s <= bs < e):  # "members were moved from Rumalyn"
        return []  # the victims' base, told with their wounds or moved from it; not a base named for another reason (a spokesman's, a denial's)
    drafts = [d for d in _sentence_drafts(doc, n, prev, inherited, gaz) if d.base_hint and not d.background]
    if len(drafts) != 1 or drafts[0].date_basis == "explicit":  # a day of its own: its own story
        return []
    ls, le = doc.sentences[k]
    dates = list(doc.sentence_dates[k])
    weapons = _within(doc.weapons, ls, le)
    d = replace(
        drafts[0], date=dates[0] if dates else drafts[0].date, date_basis=dates[0].basis if dates else drafts[0].date_basis,
        weapon=drafts[0].weapon if drafts[0].weapon != "unknown" else _first_weapon(weapons),
    )  # fmt: skip
    return [_enrich(d, doc.folded, ls, le, dates, doc.lex, gaz, weapons, _names(doc.bases, ls, le))]


def _names_one_base_of_lead(doc: Doc, n: int, lead: tuple[int, frozenset[str]], reach: int, gaz: Gazetteer) -> bool:
    """Sentence n, at most `reach` sentences after a lead placed by its country only, names one base, of that country."""
    s, e = doc.sentences[n]
    ids = {bid for bid, bs, _ in doc.bases if s <= bs < e}
    return 0 < n - lead[0] <= reach and len(ids) == 1 and gaz.by_id[next(iter(ids))].country in lead[1]


def _lead_placed(found: list[Draft], doc: Doc, n: int, lead: tuple[int, frozenset[str]], gaz: Gazetteer) -> list[Draft]:
    """Pattern: an attack told by its country only ("US forces in Syria were attacked by a drone. Early reports say no
    one was hurt."), then, within LEDE_REACH sentences and before any claim, a sentence that points back at it and names
    one base of that country ("The attack hit a base in the Rumalyn area"): that sentence places the lead's attack, so
    the lead's weapon and the toll of the sentences from the lead to it that name no place are the claim's. A toll told
    before any place (`lede`) is the caller's other rule (`_lede_toll`)."""
    k = lead[0]
    s, e = doc.sentences[n]
    if len(found) != 1 or not _names_one_base_of_lead(doc, n, lead, LEDE_REACH, gaz):
        return found
    if not _refers_back(doc.folded, s, e, doc.lex) or _has_toll(doc.folded, s, e, doc.lex):
        return found
    d = found[0]
    for j in range(k, n):
        if j > k and not _placeless_news(doc, j, gaz):
            continue
        ls, le = doc.sentences[j]
        le = _before_earlier_clause(doc.folded, ls, le, doc.lex)
        dates = [x for x in doc.sentence_dates[j] if x.span[0] < le]
        d = _enrich(d, doc.folded, ls, le, dates, doc.lex, gaz, _within(doc.weapons, ls, le), _names(doc.bases, ls, le))
    return [d]


def _before_earlier_clause(folded: str, s: int, e: int, lex: Words) -> int:
    """Where the sentence's clause of an earlier time starts (a `background` word in it: "..., après que trois soldats
    ont été tués la veille en Jordanie"), so the lead's own clauses end there; else the sentence's end."""
    earlier = lex.background.search(folded, s, e)
    if earlier is None:
        return e
    start = _clause(folded, s, e, earlier.start(), earlier.end())[0]
    return start if start > s else e


def _region_lead(doc: Doc, drafts: list[Draft]) -> tuple[int, frozenset[str]] | None:
    """The story's only claims so far: one sentence's attack placed in a region of one country ("a drone attack in
    northeastern Syria"), no base named: that sentence and country, as a lead placed by its country only
    (`_base_after_country_lead`)."""
    if not drafts or any(d.kind != "region" or d.background for d in drafts):
        return None
    country = drafts[0].country
    if country is None or len({d.sentence for d in drafts}) != 1 or len({d.country for d in drafts}) != 1:
        return None
    return doc.sentences.index(drafts[0].sentence), frozenset({country})


LEAD_BASE_REACH = 3  # sentences from an attack placed by its country only to the one that names its base


def _named_before(doc: Doc, n: int, inherited: SentenceDate | None, gaz: Gazetteer) -> list[Draft]:
    """ "Where? The Tower 22 base, on Jordan's border with Syria, home to 350 troops. A drone attack on that base last
    night killed three soldiers.": the attack told of "that base" is on the one base the sentence before named
    without telling of any attack. Its claim is that base's, with the toll, day and weapon of the attack's sentence."""
    folded, lex = doc.folded, doc.lex
    ps, pe = doc.sentences[n - 1]
    s, e = doc.sentences[n]
    if any(ps <= c < pe for c in doc.cues) or len({bid for bid, bs, _ in doc.bases if ps <= bs < pe}) != 1:
        return []
    seed = _sentence_drafts(doc, n - 1, None, inherited, gaz)
    if len(seed) != 1:
        return []
    dates = list(doc.sentence_dates[n])
    d = replace(seed[0], sentence=(s, e), date=dates[0] if dates else seed[0].date, date_basis=dates[0].basis if dates else seed[0].date_basis)
    return [_enrich(d, folded, s, e, dates, lex, gaz, _within(doc.weapons, s, e), _names(doc.bases, s, e))]


# A list item's bullet, read in the text as written: folding blanks some bullets ("•" becomes a space).
_LIST_BULLET = re.compile(r"[^\S\n]*[-•*–·▪●◦][^\S\n]?")


def _list_count(text: str, folded: str, s: int, lex: Words) -> bool:
    """A list item opening with a count ("-2 attacks on the Tel Baidar base", "• Two attacks on ...", "• 16 attack
    on ..."), digits or a number word: after items of a breakdown of attacks by base, another item of it."""
    bullet = _LIST_BULLET.match(text, s)
    if bullet is None:
        # a row of its own line with no bullet ("18 هجوماً على قاعدة حقل العمر" / "هجومين اثنين على قاعدة تل بيدر", two
        # attacks: the dual noun before its number): a count at the line's start, or right after a word of attack
        if s and text[s - 1] != "\n":
            return False
        number = lex.number.search(folded, s, s + 30)
        first = lex.attack.search(folded, s, s + 30)
        return number is not None and (number.s == s or (first is not None and first.s == s and not folded[first.e : number.s].strip()))
    number = lex.number.search(folded, bullet.end(), bullet.end() + 30)
    return number is not None and number.s == bullet.end()


def _deaths_of_other_cause(folded: str, s: int, e: int, lex: Words) -> bool:
    """Pattern: the sentence's only attack words are words of death (or wounding) whose clause names a cause that is
    no attack ("A US soldier was killed in a vehicle accident at al-Tanf", "погиб в результате несчастного случая на
    базе"), and it names no weapon: a death at a base, no attack on it (no claim, no new target)."""
    hits = list(lex.attack.finditer(folded, s, e))
    if not hits or lex.weapons.search(folded, s, e) is not None:
        return False
    casualties = [(m.start(), m.end()) for c in (lex.killed, lex.wounded) for m in c.finditer(folded, s, e)]
    causes = [(m.start(), m.end()) for m in lex.no_deaths.finditer(folded, s, e)]  # "was killed in a vehicle accident": the word inside
    accidents = _accidents(causes, casualties)
    return all(
        (h.start(), h.end()) in casualties
        and (_cause_follows(folded, h.end(), e, lex) or any(a <= h.start() < b for a, b in causes) or any(b <= h.start() for _, b in accidents))
        for h in hits
    )


def _accidents(causes: Sequence[tuple[int, int]], casualties: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The causes of death no attack is (`no_deaths` spans) that hold no casualty word of their own: an accident told
    before the deaths ("An army helicopter crashed near the base, killing two crew members"), not "minor injuries"
    (a toll)."""
    return [(a, b) for a, b in causes if not any(a <= c < b for c, _ in casualties)]


def _accident_deaths(folded: str, s: int, e: int, lex: Words) -> bool:
    """Pattern: the sentence's deaths follow an accident it tells and it names no weapon ("A US helicopter crashed
    near the base, killing two crew members"): an accident's dead, no toll of an attack."""
    k = lex.killed.search(folded, s, e)
    if k is None:
        return False
    causes = [(m.start(), m.end()) for m in lex.no_deaths.finditer(folded, s, k.start())]
    if not causes or lex.weapons.search(folded, s, e) is not None:
        return False
    casualties = [(m.start(), m.end()) for c in (lex.killed, lex.wounded) for m in c.finditer(folded, s, e)]
    return any(b <= k.start() for _, b in _accidents(causes, casualties))


CAUSE_AFTER_WORDS = 8  # words from a word of death to the cause told of the dead right after it ("a contractor who suffered")


def _cause_after_deaths(folded: str, s: int, e: int, lex: Words) -> bool:
    """Pattern: the dead named right after their word of death, with a cause no attack is ("There was one death, a
    US contractor who suffered a heart attack while sheltering"): within a few words, no other casualty word and no
    "and" between (not "Three soldiers were killed, and a contractor suffered a heart attack"), and no weapon in the
    sentence, no clause of its own between ("Three soldiers were killed; a fourth man later suffered a heart attack").
    Those deaths are no toll of the attack."""
    k = lex.killed.search(folded, s, e)
    if k is None or lex.weapons.search(folded, s, e) is not None:
        return False
    casualties = [(m.start(), m.end()) for c in (lex.killed, lex.wounded) for m in c.finditer(folded, k.end(), e)]
    for a, _ in _accidents([(m.start(), m.end()) for m in lex.no_deaths.finditer(folded, k.end(), e)], casualties):
        between = folded[k.end() : a]
        far = len(between.split()) > CAUSE_AFTER_WORDS or re.search(r"[;:؛]", between) is not None
        if far or any(k.end() <= c < a for c, _ in casualties) or lex.conjunctions.search(folded, k.end(), a):
            continue
        return True
    return False


def _tells_other_attack(doc: Doc, n: int) -> bool:
    """Sentence `n` tells a state's strike (`_strike`) or an attack of before the story's (a `background` word)."""
    s, e = doc.sentences[n]
    return _strike(doc.folded, s, e, doc.lex) is not None or doc.lex.background.search(doc.folded, s, e) is not None


def _after_speaker(folded: str, s: int, e: int, lex: Words) -> int:
    """Where what a sentence tells starts after the one telling it: the end of its verb of saying, else its start.
    A country that only qualifies the speaker ("Iraqi security sources said two rockets fell inside the base", "Джерела
    у силових структурах Іраку заявили, що ...") is where the source sits, not a place of the attack."""
    said = lex.speech.search(folded, s, e)
    return said.end() if said is not None else s


def _attribution(folded: str, s: int, e: int, lex: Words) -> bool:
    """A sentence that only says who told the story ("The US Defence Department said so.")."""
    return lex.speech.search(folded, s, e) is not None or lex.confirmed.search(folded, s, e) is not None


ATTRIBUTION_REACH = 60  # characters: "The Pentagon said this on Monday.", "米国防総省が5日、明らかにした。"


def _dated_attribution(folded: str, s: int, e: int, dates: list[SentenceDate], lex: Words, bases: list[tuple[str, int, int]]) -> bool:
    """The sentence right after a claim's only tells who told it and on which day, in a sentence of its own ("... seven
    were wounded. The Pentagon said this on Monday."; Japanese and Korean copy put the source last this way: "...負傷した。
    米国防総省が5日、明らかにした。"): the day it was told dates the claim as a statement's day in its own sentence does."""
    if len(dates) != 1 or e - s > ATTRIBUTION_REACH or lex.speech.search(folded, s, e) is None or _names(bases, s, e):
        return False
    return _no_harm(folded, s, e, lex)


def _day_of_a_placeless_blast(doc: Doc, s: int, e: int, dates: list[SentenceDate], gaz: Gazetteer) -> bool:
    """Pattern: right after a claim, a sentence that tells a blast or an attack and names no base, no country, no
    weapon and no victims, its day a weekday or a day counted back ("وقال المرصد إنه سمع دوي انفجار في المنطقة، ليل
    السبت", the Observatory said an explosion was heard in the area on Saturday night; "An explosion was heard there
    early on Sunday"): the sound of the attack told, whose day it gives (`_enrich` dates a claim that had only the
    page's day). Not a day and month, which may be a page's time stamp ("24 марта, 17:17 ... раздалось несколько
    сильных взрывов")."""
    folded, lex = doc.folded, doc.lex
    said = [m for m in doc.dates if (m.start, m.end) == dates[0].span] if len(dates) == 1 else []
    if not said or said[0].day is not None or e - s > BLAST_SENTENCE or _names(doc.bases, s, e) or _within(doc.weapons, s, e):
        return False
    if gaz.country_hits(folded, s, e) or lex.killed.search(folded, s, e) is not None or lex.wounded.search(folded, s, e) is not None:
        return False
    return lex.attack.search(folded, s, e) is not None and not _said_on(folded, s, e, dates[0].span, lex, False)


BLAST_SENTENCE = 160  # characters of a sentence that only tells a blast heard and its day


PREVENTED_REACH = 25  # characters from "to prevent" to the attack word it governs ("to prevent further drone attacks")


def _only_prevented(folded: str, s: int, e: int, lex: Words) -> bool:
    """Pattern: the sentence's only attack word is the object of a verb of preventing in a purpose clause ("began
    reinforcing the al-Tanf base to prevent drone attacks on Israeli positions", "para evitar ataques de drones"):
    what a defence aims at, not an attack that happened. An attack word before the purpose clause tells one."""
    aim = lex.prevented.search(folded, s, e)
    aimed = lex.attack.search(folded, aim.end(), min(e, aim.end() + PREVENTED_REACH)) if aim is not None else None
    if aim is None or aimed is None:
        return False
    # an attack word before the purpose clause, or after its object ("Fearing further attacks, the US moved troops after
    # drones struck al-Tanf"), tells one
    return lex.attack.search(folded, s, aim.start()) is None and lex.attack.search(folded, aimed.end(), e) is None


THREAT_REACH = 25  # characters from "threatened" to the attack word it governs ("threatened to attack")


def _verb_after_attack(folded: str, s: int, e: int, threat: Match, weapons: Sequence[WeaponHit], lex: Words) -> bool:
    """Pattern: the verb of threat or preparation after the attack it governs, where the language puts its verb last
    ("Ayn el-Esed Üssü'ne saldırı hazırlayan", "向阿萨德空军基地发射无人机的" before "准备" in other orders) or a German
    clause ends on it ("die einen Drohnenangriff auf den Stützpunkt vorbereiteten"): an attack word or weapon within
    VERB_LAST_REACH characters before it, in its clause (the threatened place stands between)."""
    if not head_final(lex) and _CLAUSE_END.match(folded, threat.end(), e) is None:
        return False
    lo = max(_threat_clause(folded, s, threat), threat.start() - VERB_LAST_REACH)
    return lex.attack.search(folded, lo, threat.start()) is not None or bool(_within(weapons, lo, threat.start()))


_CLAUSE_END = re.compile(r"\s*(?:[,;.!?:]|$)")
VERB_LAST_REACH = 80  # characters from a clause-final verb of threat back to the attack it governs, the place between


def _threat_clause(folded: str, s: int, threat: Match) -> int:
    """Where the clause of the threat's verb starts: after the last clause mark before it (folded text writes the CJK
    marks "，、；" as ASCII ones)."""
    marks = [m.end() for m in re.finditer(r"[,;:]", folded[s : threat.start()])]
    return s + marks[-1] if marks else s


def _told_before_threat(
    folded: str, s: int, threat: int, weapons: Sequence[WeaponHit], places: list[tuple[int, int, bool, bool, bool]], lex: Words
) -> list[tuple[int, int, bool, bool, bool]]:
    """Pattern: a threat or vow that follows an attack told in its sentence ("Rockets hit Ain al-Asad on Thursday, and
    the group warned of more attacks", "A drone hit Tower 22, killing three, and Biden vowed to strike back") governs
    only what comes after it: the places named before it, in a clause with an attack word of its own, were attacked.
    A sentence whose only attack is the threatened one ("threatened to attack Harir") tells none; head-final languages
    put the threatened place before the verb of threat, so there every place is the threat's."""
    if head_final(lex) or (lex.attack.search(folded, s, threat) is None and not _within(weapons, s, threat)):
        return []  # "Rockets landed inside the base, and the group warned ...": a weapon told before the threat is an attack too
    return [p for p in places if p[1] <= threat]


def _only_hypothetical(folded: str, s: int, e: int, lex: Words) -> bool:
    """Every attack word of the sentence lies inside a phrase of a possible attack ("warning of a possible attack",
    "攻撃の可能性を警告する"): the sentence fears an attack and tells of none."""
    spans = [(m.start(), m.end()) for m in lex.hypothetical.finditer(folded, s, e)]
    hits = lex.attack.finditer(folded, s, e)
    return bool(spans) and all(any(a <= h.start() and h.end() <= b for a, b in spans) for h in hits)


def _dated_together(drafts: list[Draft], before: Draft) -> list[Draft]:
    """Pattern: one sentence names several bases hit together ("Rockets hit the bases at al-Omar and Conoco"), the next
    points back at the attacks with their day ("The attacks took place on Tuesday morning"): the day the last claim
    took is every claim's of that sentence that had the same day as it (none of its own)."""

    def day(d: Draft) -> date | None:
        return d.date.value if d.date is not None else None

    last = drafts[-1]
    if last.date is None or (day(last), last.date_basis) == (day(before), before.date_basis):
        return drafts
    same_day = (day(before), before.date_basis)
    return _to_list_mates(
        drafts, before, lambda d: (day(d), d.date_basis) == same_day and d.weekday is None, lambda d: replace(d, date=last.date, date_basis=last.date_basis)
    )


def _armed_together(drafts: list[Draft], before: Draft) -> list[Draft]:
    """Pattern: one sentence names several bases hit together ("the group targeted the al-Omar and Conoco bases as well as
    Kharab al-Jir"), the next, naming no base, points back at the attacks with their weapon ("The attacks were carried
    out with rockets"; the caller asks that it points back): the weapon the last claim took is every claim's of that
    sentence that named none, as its day is (`_dated_together`)."""
    last = drafts[-1]
    if before.weapon != "unknown" or last.weapon == "unknown":
        return drafts
    return _to_list_mates(drafts, before, lambda d: d.weapon == "unknown", lambda d: replace(d, weapon=last.weapon))


def _spared_together(drafts: list[Draft], before: Draft) -> list[Draft]:
    """Pattern: one sentence tells attacks on several bases ("One-way drones were launched at Green Village and
    al-Shaddadi"), the very next, naming no base, says no one was hurt ("Both were shot down, causing no casualties"): the
    zero the last claim took is every claim's of that sentence that had no count of its own. Only a zero: a count of
    the dead or wounded told after a list belongs to one attack, not to each."""
    last = drafts[-1]
    killed = last.killed == 0 and before.killed is None
    wounded = last.wounded == 0 and before.wounded is None
    if not (killed or wounded):
        return drafts

    def spare(d: Draft) -> Draft:
        return replace(d, killed=0 if killed else d.killed, wounded=0 if wounded else d.wounded, side=d.side or last.side)

    return _to_list_mates(drafts, before, lambda d: not d.background and (d.killed is None or not killed) and (d.wounded is None or not wounded), spare)


def _to_list_mates(drafts: list[Draft], before: Draft, lacks: Callable[[Draft], bool], give: Callable[[Draft], Draft]) -> list[Draft]:
    """The drafts with `give` applied to the claims of `before`'s sentence ahead of the last draft (its list mates) that
    `lacks` picks: what the last claim took from the sentence after the list."""
    out = list(drafts)
    for i in range(len(out) - 2, -1, -1):
        if out[i].sentence != before.sentence:
            break
        if lacks(out[i]):
            out[i] = give(out[i])
    return out


def _before_recall(folded: str, s: int, e: int, dates: list[SentenceDate], lex: Words) -> list[SentenceDate]:
    """The sentence's days told before its recall cue ("intervient après les frappes ... de vendredi à samedi"), and
    those of a clause after the cue's that tells an attack of its own ("attacks had decreased since February, but on
    Monday rockets struck Ain al-Asad": Monday is the news's); all of them when it has none. Head-final languages put
    the recalled event before the cue: their days stay."""
    if not dates or head_final(lex) or (cue := lex.recalls.search(folded, s, e)) is None:
        return dates
    news = _news_clause(folded, cue.end(), e, lex) if any(x.span[0] > cue.end() for x in dates) else None
    return [x for x in dates if x.span[0] < cue.start() or (news is not None and x.span[0] >= news)]


def _aggregate_told(folded: str, s: int, e: int, lex: Words) -> bool:
    """The sentence tells a count or series of attacks before its first recall cue, as `_before_recall` keeps the days
    told before it ("killed six fighters late on Sunday, the first attack since US strikes on militias that have been
    targeting its forces": the series after the cue is the recalled one, and Sunday dates the attack told before the
    cue). Head-final languages put the recalled event before the cue: the whole sentence counts."""
    cue = None if head_final(lex) else lex.recalls.search(folded, s, e)
    return lex.aggregate_all.search(folded, s, cue.start() if cue is not None else e) is not None


def _bare_heading(doc: Doc, k: int) -> bool:
    """Sentence k is a subheading (`_heading`) that names no base, no toll and no day: a title over more of the story."""
    s, e = doc.sentences[k]
    return _heading(doc.text, s, e) and not _names(doc.bases, s, e) and not doc.sentence_dates[k] and not _has_toll(doc.folded, s, e, doc.lex)


def _heading(text: str, s: int, e: int) -> bool:
    """A short line with no closing stop between paragraphs ("Over 160 attacks on US bases"): a subheading."""
    return e - s <= 60 and text[e - 1] not in '.!?؟。:;,"”»)' and whole_line(text, s, e)


def _sentence_drafts(doc: Doc, n: int, prev: tuple[int, int] | None, inherited: SentenceDate | None, gaz: Gazetteer) -> list[Draft]:
    """The claims sentence `n` makes: its places (named, described, a region), each with its date, toll and weapon."""
    text, folded, lex, bases, ref, ref_known = doc.text, doc.folded, doc.lex, list(doc.bases), doc.reference, doc.reference_known
    (s, e), dates = doc.sentences[n], list(doc.sentence_dates[n])
    weapon_hits = _within(doc.weapons, s, e)
    threat = lex.threat.search(folded, s, e)
    places = [(ps, pe, True, False, False) for _, ps, pe in _unique_bases([b for b in bases if s <= b[1] < e])]
    reach = (threat.end(), min(e, threat.end() + THREAT_REACH)) if threat is not None else (e, e)
    if places and threat and (lex.attack.search(folded, *reach) or _within(doc.weapons, *reach)):  # "threatened to attack", "about to launch a drone at"
        places = _told_before_threat(folded, s, threat.start(), doc.weapons, places, lex)
        if not places:
            return []  # "threatened to attack Ain al-Asad": an intention
    elif places and threat and _verb_after_attack(folded, s, e, threat, doc.weapons, lex):
        places = [p for p in places if not _threat_clause(folded, s, threat) <= p[0] < threat.start()]
        if not places:
            return []  # "... fünf Kämpfer, die einen Drohnenangriff auf Ain al-Asad vorbereiteten": an intention
    if places and _only_prevented(folded, s, e, lex):
        return []  # "US forces reinforced al-Tanf to prevent drone attacks": an aim of defence
    if places and lex.no_attack.search(folded, s, e):
        return []  # "the Harir base was not attacked; the blast heard was a controlled one": a denial
    if places and not weapon_hits and lex.drills.search(folded, s, e):
        return []  # "US forces held a live-fire exercise at the Conoco field, and residents heard explosions": no attack
    if places and _only_hypothetical(folded, s, e, lex):
        return []  # "sirens warned of a possible attack on the embassy": an attack only feared, none told
    denied = [p for p in places if _denied_attack(folded, s, e, p[0], p[1], lex)]
    if denied and len(denied) == len(places):
        return []  # "a security source denied that the base had been shelled": the attack denied
    places = [p for p in places if p not in denied]  # "drones struck Harir, while officials denied Ain al-Asad was hit"
    names = _names(bases, s, e)
    if places and not dates and not _weekday_told(doc, s, e) and _tally(folded, s, _counted_reach(folded, s, e, lex, names), lex, names):
        return []  # "Ain al-Asad has been attacked repeatedly", "more than 20 times": a count, no one attack
    places = [p for p in places if not _other_attacker(folded, s, p[0], lex) and not _state_attack_on(folded, s, e, p[0], lex, gaz)]
    if places and _only_our_strike(doc, s, e, gaz):
        return []  # "summon the US embassy's chargé to protest the American aggression that targeted al-Qaim": no attack on the embassy
    places = [p for p in places if not _landmark(folded, p[0], places, lex, doc.cues)]
    places = [p for p in places if not _person_named(folded, p[1], lex)]
    places = [p for p in places if not _speaking_site(folded, s, e, p, places, lex)]
    places = [p for p in places if not _taken_to(folded, s, p[0], lex)]
    places = [p for p in places if not _ships_at(folded, s, p[0], lex, _names(bases, s, e))]
    places = [p for p in places if not _launched_from(folded, s, p[0], lex, gaz, p[1])]
    named_attack: set[int] = set()  # places named as an attack ("the Tower 22 attack") in a sentence about something else
    if places and lex.militia_target.search(folded, s, e):
        targeted, names_attack, text_ = pattern(lex, TARGETED), pattern(lex, NAMES_ATTACK), matchable(folded)
        named_attack = {p[0] for p in places if not targeted.search(text_, max(s, p[0] - 90), p[0]) and names_attack.match(text_, p[1])}
        own = {bs for bid, bs, _ in bases if gaz.by_id[bid].militia_site}  # the militias' casualties at their own base
        places = [p for p in places if p[0] in named_attack or p[0] in own or targeted.search(text_, max(s, p[0] - 90), p[0])]
    if not places:
        told = _campaign_aside(doc, s, e)  # the one attack's clause, before a count of the campaign set off after it
        strike = _strike(folded, s, e, lex)
        acted = strike is not None and (not _recalled(folded, s, e, lex) or _closes_with_strike(folded, strike, e, lex))
        if threat or lex.aggregate_all.search(folded, s, told) or acted:
            return _dated_attack_np(text, folded, s, e, dates, lex, weapon_hits, _names(bases, s, e))
        described = places_before_noun(folded, s, told, lex, gaz) if head_final(lex) else _generic_places(text, folded, s, told, lex, gaz)
        hosting = [] if described else _hosting_places(folded, s, told, lex, gaz)
        places = described or hosting or _region_places(folded, s, told, lex, gaz)
        places = [p for p in places if not _other_forces(folded, s, p[0], p[1], lex) and not _launched_from(folded, s, p[0], lex, gaz, p[1])]
        places = [p for p in places if not _located_elsewhere(folded, p[0], p[1], lex, gaz)]
        places = [p for p in places if not _struck_before_cue(folded, strike, p[0], e, lex)]
        if places and not (described or hosting) and not weapon_hits and gaz.find_actor(folded, s, e) is None and _continues_state_strike(doc, n):
            return []  # "Jordanian jets struck farms in Suweida. Two children were killed in a strike on a farm in southern Syria": that strike's dead
        if not places:
            return _dated_attack_np(text, folded, s, e, dates, lex, weapon_hits, _names(bases, s, e))
    spans = _date_spans(doc, s, e, dates) + _names(bases, s, e)  # no casualty count is part of a date or a name ("Tower 22")
    actor = gaz.find_actor(folded, s, e)
    continues = _continues(folded, s, lex)
    if actor is None and prev is not None and (continues or _fronted_pronoun(folded, s, lex)):
        actor = gaz.find_actor(folded, *prev)
    status = _status(folded, s, e, actor, lex, prev if continues else None, gaz.actor_spans(folded, s, e))
    if status == "reported" and gaz.find_media(folded, s, e):
        status = "claimed"  # "..., Al Mayadeen reported": what only a party's outlet says is its claim
    said = [d for d in dates if _said_on(folded, s, e, d.span, lex, len(dates) > 1)]
    # the statement's day stands for the attack's when the sentence gives no other, unless it is only a weekday counted
    # back from a day another sentence gives ("..., ont confié mercredi à la presse" beside "mardi 16 juillet" and no
    # publication date: the Wednesday after the attack, not the one before the 16th)
    attack_dates = [d for d in dates if d not in said] or [d for d in said if not _counted_back_from_told_day(doc, d)]
    if said and len(said) == len(dates) and _back_to_told_attack(folded, s, e, inherited, said, lex):
        attack_dates = []  # "A drone killed six fighters late Sunday. The SDF said Monday the attack hit a training ground": the day told before
    # "Sabah saatlerinde ... saldırı düzenlemişti" (in the morning hours ... had attacked): a pluperfect or other
    # word of an earlier time, beside a word of the story's own day, tells an earlier hour of that day, not the past
    # So does one right before a weekday ("Ранее в четверг", earlier on Thursday): an earlier hour of that day
    same_day = any(m.back_days == 0 and not m.anchored and s <= m.start < e for m in doc.dates)
    past_words = [b for b in lex.background.finditer(folded, s, e) if not _earlier_report(folded, b, e, lex)]
    same_day = same_day or (bool(past_words) and all(_weekday_right_after(doc, b.end()) for b in past_words))
    sentence_background = (bool(past_words) and not same_day) or _closed_period(doc, s, e)
    recall = lex.recalls.search(folded, s, e)
    cue = recall if not head_final(lex) else None  # the recall cue as found, before the readings below set it aside
    # head-final languages close the recalled clause with the cue, whose retaliation word is then the strike told as news
    # ("Kule 22'ye yönelik saldırıya misilleme olarak", in retaliation for the attack on Tower 22), not one recalled
    in_cue = (
        recall is not None and not head_final(lex) and _strike(folded, recall.start(), recall.end(), lex) is not None
        and not _cue_answers_attack(folded, recall.end(), e, lex)
    )  # fmt: skip
    # (head-final languages tell the recalled event before the cue: a strike after it is the news, "... saldırının
    # ardından Washington misilleme kararı aldı", after the attack on Tower 22 Washington decided to retaliate)
    strike_recalled = recall is not None and not head_final(lex) and _recalls_strike(folded, recall.end(), e, lex, _names(bases, s, e))
    if recall is not None and (strike_recalled or in_cue):
        recall = None  # "A day after a U.S. strike killed a commander, rockets hit Ain al-Asad": the strike is recalled, not the attack
    # head-final: a casualty word right before the cue describes the recalled attack ("öldüğü saldırıdan sonra")
    toll_cause = recall is not None and not head_final(lex) and _toll_cause(folded, s, recall, lex)
    if toll_cause:
        recall = None  # "Six fighters lost their lives following a drone attack on al-Omar": the attack the toll came from
    # "Rockets hit al-Tanf on Sunday, weeks after a drone attack killed three US soldiers in Jordan": the toll told in a
    # recall's own clause is the recalled attack's, not the toll of a place outside it
    reaches = () if toll_cause else _recall_reach(folded, s, e, lex)
    away = tuple(gaz.elsewhere_in(folded, s, e)) + _tally_starts(doc, s, e) + _attack_counts(doc, s, e)
    # "In January, ...": one per sentence. Without a reference day, the month is earlier than the day carried from
    # the sentence before ("On 21 April ... . Earlier, in January, three soldiers died") or the publication month.
    month_ref = ref or (inherited.value if inherited else None) or _month_start(doc.article.published_month)
    # a statement's weekday is the attack's only failing another
    unsaid = [m for m in doc.dates if not (s <= m.start < e and _said_on(folded, s, e, (m.start, m.end), lex, len(dates) > 1))]
    launched_from = _launch_countries(folded, s, e, lex, gaz)
    outsider_launch = _launched_from_outsider_home(folded, s, e, lex, gaz)
    out = []
    ranked = _series_ranks(folded, s, e, lex)
    for ps, pe, hint, plural, other in places:
        if plural and _inside(ps, ranked):
            continue  # "the 108th attack on US bases in Syria": the bases of the series, not of the attack told
        before = pe if head_final(lex) and not hint else ps  # head-final: the described place starts at its clause's start
        if actor is None and (gaz.outside_attacker(folded, s, before) or outsider_launch) and _site_country(folded, ps, pe, hint, s, e, gaz) in OUTSIDERS_WAR:
            continue  # "a Hezbollah drone hit an army base in northern Israel", "a drone launched from Yemen hit Eilat": another war's attack
        if hint and _only_recalled_attacks(doc, s, e, ps, recall):
            continue  # "new US weapons reached the Conoco base following attacks on US bases": only the recalled attacks
        if actor is None and hint and _heads_outsiders_strike(doc, n, gaz.find_bases(folded, ps, pe), gaz):
            continue  # a heading "Ramat David base shelled" over "Hezbollah announced a rocket strike on Ramat David": that strike
        if actor is None and _outside_war_story(folded, gaz, lex) and _site_country(folded, ps, pe, hint, s, e, gaz) in OUTSIDERS_WAR:
            continue  # "A Houthi drone struck Eilat ... . The drone fell near the port": the story's only attacker is another war's
        if actor is None and _insurgent_strikes(folded, s, e, lex, gaz):
            continue  # "an SDF fighter was killed by ISIS gunmen in eastern Syria": the jihadists' attack, not the campaign's
        # "The strike at Rumalyn came after ... a rocket attack on Aug. 5 at al-Asad": what the recall cue's clause tells
        # (its day, its weapon) is the recalled attack's, not that of a place told before the cue
        cue_at = recall.start() if recall is not None and not head_final(lex) and ps < recall.start() else None
        place_dates = attack_dates if cue_at is None else [d for d in attack_dates if d.span[0] < cue_at]
        place_weapons = weapon_hits if cue_at is None else [w for w in weapon_hits if w[0] < cue_at]
        if cue_at is None and recall is not None and not head_final(lex) and ps > recall.end():
            # "The drone attack followed a rocket strike at Ain al-Asad": the recalled place's weapon is named after the cue
            place_weapons = [w for w in weapon_hits if w[0] >= recall.start()] or weapon_hits
        when, basis = _date_for(folded, (ps, pe), _place_clause_dates(folded, s, e, ps, pe, place_dates), inherited, ref, ref_known, lex)
        if basis == "inherited" and not ref_known and _own_relative_day(doc, s, e):
            when, basis = None, None  # "One assault took place today at Ain al-Asad" on a page of no known day: not the day before's
        # undated too ("Ende Januar wurden ... drei US-Soldaten getötet" on a page of August): the month it names is its own
        month = earlier_month(folded, doc.dates, s, e, month_ref, lex, near=ps) if month_ref and basis in ("inherited", "publication", None) else None
        if month is None and when is not None and basis == "relative":
            # "The Pentagon on Tuesday released its inquiry into the attack on a base in Jordan that killed three in
            # January": a weekday of the last days beside the deaths of an earlier month the sentence names is the day
            # of something else told of that attack (an inquiry, a funeral), never the attack's
            month = _month_of_earlier_deaths(doc, s, e, when)
        if month:
            when, basis = None, None  # "In January, ...": not the day carried from another sentence
        other_month = month_ref is None and when is None and _month_after_monthless_story(doc, s, e)
        # undated too: "late last month, three soldiers were killed at a base in Jordan" in a story with no day of its own
        past = (basis in ("inherited", "publication") or when is None) and (
            _past_time_before(folded, s, ps, lex) or _past_time_closing(folded, pe, e, lex) or _opens_as_before(folded, s, lex)
        )
        if past:
            when, basis = None, None  # "Last week, rockets were fired at Ain al-Asad": a time before the carried day
        elif when is not None and when in said and (_past_time_before(folded, s, pe, lex) or _past_time_closing(folded, pe, e, lex)):
            # "Eight troops were injured in a drone attack on Rumalyn last week, the Pentagon said on Tuesday": the
            # statement's day is not the attack's, which the sentence puts before it; news of the attack (its first
            # figures), told with no day of its own
            when, basis = None, None
        lead = doc.sentences[n - 1][0] if n else s
        weekday, weekday_lag = (None, 0) if when else _attack_weekday(doc, unsaid, s, e, lead)
        if basis == "inherited" and when is not None and ref is None:
            named_day = weekday_named(list(doc.dates), s, e, s)
            if _weekday_told_before(doc, named_day, when.span[0]):
                when, basis, weekday = None, None, named_day  # the story's weekday, told before the carried day
            else:
                when, basis = _weekday_before(when, named_day)
        toll_spans = spans + tuple(r for r in reaches if not r[0] <= ps < r[1])
        place_away = away + _far_city_tolls(doc, s, e, ps, pe, gaz)
        if len(places) == 1:
            killed, wounded, side = _casualties(folded, s, e, lex, toll_spans, place_away)
        else:
            killed, wounded, side = _clause_toll(folded, s, e, ps, pe, lex, toll_spans, bases, place_away)
        if (killed or wounded) and _toll_of_another_time(doc, s, e, ps, pe, when):
            killed, wounded, side = None, None, None  # "Drones targeted Tower 22 on Tuesday, where three soldiers were killed in January"
        garrisoned = (gaz.by_id[bid].militia_site for bid, bs, _ in bases if ps <= bs < pe)  # read only when a toll is told
        if killed and not any(garrisoned) and _militia_victims(folded, s, e, lex.killed, lex, toll_spans, place_away):
            # "an explosion at a military base in Iraq killed a member of an Iraqi security force that includes Iran-backed
            # groups", "Iraqi factions said they struck the Qasrak base, as two PMF members were killed north of
            # Baghdad": at a site named by no base of the militias' own, dead who are the militias' own are no toll of an
            # attack on US or coalition forces (at a base the militias garrison they may be: a blast at Kalsu)
            killed, side = None, None
        # A recall cue before the place ("in retaliation for the attack on X") marks it recalled. Head-final languages
        # put the description, and a recall in it, before the base noun ("以报复其无人机袭击约旦美军基地": to avenge its
        # drone attack on the US base in Jordan): there the cue may stand anywhere before a described place's noun.
        recall_before = pe if head_final(lex) and not hint else ps
        if recall is not None and lex.recall_closes and lex.sequel.search(folded, recall.start(), recall.end()) is None:
            # "Gazze'deki katliamlara misilleme olarak, Irak İslami Direnişi Harir üssüne saldırdı": the cue closes what it
            # recalls, a named place after it is the news; a described place is recalled when the cue is inside it (a
            # sequel's cue leads the series it recalls: "ilk operasyonu değil: ... de vurdu", not the first operation); a
            # described place of one base whose own town or country follows the cue inside it is the news ("गाजा में
            # अत्याचारों के जवाब में एरबिल में अमेरिकी सैन्य अड्डे पर", in response to atrocities in Gaza, on the US base in Erbil)
            cue_inside = ps <= recall.start() < pe and (plural or not gaz.country_hits(folded, recall.end(), pe))
            recalled = _recall_of_named(folded, pe, recall.start(), lex) if hint else cue_inside
        else:
            recalled = recall is not None and (
                recall.start() < recall_before or (hint and head_final(lex) and _recall_of_named(folded, pe, recall.start(), lex))
            )
        recalled = recalled or _strike_answers_after(folded, s, ps, recall, hint, lex)
        # ... unless the attack after the cue is dated days before the report's: a statement quoted from an earlier day
        # ("in response to ..., our fighters attacked today, Wednesday, ..." in a Friday story) keeps the recall reading;
        # the day before the report's is the news's own ("attacks had decreased since February, but on Monday rockets
        # struck Ain al-Asad", in a Tuesday story)
        earlier = when is not None and ref is not None and when.value < ref - timedelta(days=1)
        # "On Saturday, following a US bombing ..., the group launched a drone at al-Tanf" (a Monday page): a day that
        # opens the sentence dates all it tells, the news after the recall's clause too
        earlier = earlier and not (when is not None and s <= when.span[0] < e and len(folded[s : when.span[0]].split()) <= 1)
        sequel = recall is not None and lex.sequel.search(folded, recall.start(), recall.end()) is not None
        recalled = recalled and not (recall is not None and not earlier and not sequel and _new_clause_attacks(folded, recall.end(), ps, lex))
        # "This targeting comes after a drone attack on the Conoco base a few hours ago", "بعد ساعات من هجوم على ...": an
        # attack recalled hours before the news attack is that day's news too, dated as the story is; not one recalled with its
        # deaths ("hours after the attack in Jordan that killed three"): a famous attack, told for its toll, perhaps the
        # night before
        hours = (
            recalled and not killed and recall is not None and not earlier and ps > recall.start()
            and lex.hours_apart.search(folded, recall.start(), e) is not None and lex.killed.search(folded, recall.start(), e) is None
            # an attack of the news before the cue, not a briefing's; or told in the sentence before, which a short lead-in
            # points back at ("... shot down a drone on Friday. This comes hours after a drone targeted al-Omar")
            and (lex.attack.search(folded, s, recall.start()) is not None or _points_back_at_attack(doc, n, s, recall.start()))
        )  # fmt: skip
        recalled = recalled and not hours
        if recalled and recall is not None and when is not None and basis not in ("inherited", "publication") and when.span[0] < recall.start() < ps:
            when, basis = None, None  # "Rockets hit Harir on Tuesday, a day after a drone attack on Erbil": Tuesday is the news's
        if recalled and recall is not None and when is not None and ps > recall.end() and when.span[0] > ps:
            news_at = _news_clause(folded, recall.end(), e, lex)
            if news_at is not None and ps < news_at <= when.span[0]:
                when, basis = None, None  # "had decreased after the deaths at Tower 22, but on Monday rockets hit X": not Tower 22's day
        if recalled and recall is not None and recall.start() < ps and (killed or wounded):
            # "struck 85 targets, killing 16 people, in retaliation for the attack on Tower 22 that killed three": the
            # recalled place's toll is what the cue's clause tells of it, not the news told before the cue; a head-final
            # language's verb of retaliating may take its object after it too ("以报复...的22号塔无人机袭击"), to the clause's end
            if head_final(lex):
                clause_end = _clause(folded, s, e, recall.start(), recall.end())[1]
                cue_reach: tuple[int, int] | None = (recall.start(), clause_end) if ps < clause_end else None
            else:
                cue_reach = next(((a, b) for a, b in reaches if a <= ps < b), None)  # none: a clause of its own after the cue's ("..., when")
            if cue_reach is not None and len(places) == 1:
                killed, wounded, side = _casualties(folded, *cue_reach, lex, spans, place_away)
            elif cue_reach is not None:
                killed, wounded, side = _clause_toll(folded, *cue_reach, ps, pe, lex, spans, bases, place_away)
        if killed and basis == "relative" and when is not None and hint and _famous_deaths_retold(doc, s, e, ps, pe, when, killed, gaz):
            when, basis = None, None  # "The Pentagon on Tuesday released its inquiry into the attack on Tower 22 that killed three"
        if when is not None and basis in ("explicit", "relative") and hint and _named_attack_of_another_day(doc, s, e, pe, when):
            when, basis = None, None  # "... visit Guardsmen March 15, 2024 for the Tower 22 attack": the visit's day
        since_then = _told_of_a_time_since(doc, s, ps, when)
        if since_then:
            when, basis = None, None  # "the first since late January, when the militia attacked a US base in Jordan"
        # "Des roquettes ont visé lundi Shaddadi, après que trois soldats ont été tués la veille ...": a word of an earlier
        # time inside the recalled clause after the cue dates that clause, not a place told before the cue
        past_in_recall = cue is not None and ps < cue.start() and all(b.start() > cue.end() for b in past_words) and not _closed_period(doc, s, e)
        # "The Pentagon confirmed that eight troops were wounded last week in an attack on Rumalyn": an official's word of
        # the toll of a past attack on a named base, told as the story, is news of that attack (its figures), no recall
        past = past and not (hint and recall is None and (wounded or killed) and lex.confirmed.search(folded, s, e) is not None)
        background = (sentence_background and not past_in_recall) or recalled or ps in named_attack or month is not None or past or since_then or other_month
        if background and basis in ("inherited", "publication"):
            # A recalled attack is not dated by the day carried from the news it is recalled in ("the first attack in
            # five months, after the deaths of three soldiers at a base on the Jordan-Syria border"): it was earlier.
            when, basis = None, None
        if when and ref and ref_known and when.value < ref - timedelta(days=7):
            background = True
        if when and ref and not ref_known and when.value < ref - timedelta(days=ESTIMATE_PAST_DAYS):
            # an undated page's reference is the latest day its text fixes, so the page is at least that late: an attack
            # a month or more before it is recalled ("a Memorial Day service, May 27, 2024, for the soldiers killed Jan. 28")
            background = True
        # a page dated by its month only ("date 2024-04"): a day stated a week or more before that month began is recalled
        page_month = _month_start(doc.article.published_month) if ref is None or not ref_known else None
        if when and basis in ("explicit", "relative") and page_month and when.value < page_month - timedelta(days=7):
            background = True
        # the one country written inside the place ("ヨルダンの米軍基地", the US base of Jordan) before those around it
        inside = [c for c in gaz.countries_in(folded, ps, pe) if c not in launched_from]
        around = [c for c in gaz.countries_in(folded, ps, min(e, pe + 40)) if c not in launched_from]
        countries = inside if len(inside) == 1 else around or [c for c in gaz.countries_in(folded, s, e) if c not in launched_from]
        weapon = _weapon_of(folded, place_weapons, ps, s, e, lex) if len(places) > 1 else _first_weapon(_own_weapons(folded, place_weapons, ps, s, lex))
        weapon = "unknown" if _two_families_joined(folded, place_weapons, lex) else weapon
        out.append(
            Draft(
                place=(ps, pe), sentence=(s, e), base_hint=hint, plural=plural, other=other, date=when, date_basis=basis,
                weapon=weapon, killed=killed, wounded=wounded, side=side, actor=actor,
                status=status, background=background, country=countries[0] if len(countries) == 1 else None,
                kind=_place_kind(folded, ps, pe, hint, plural, lex), weekday=weekday, weekday_lag=weekday_lag if weekday is not None else 0, month=month,
                provisional=_provisional(folded, s, e, lex, toll_spans, away) if len(places) == 1 else frozenset(),
            )
        )  # fmt: skip
    return out


def _points_back_at_attack(doc: Doc, n: int, s: int, at: int) -> bool:
    """Sentence `n` opens with a lead-in of a few words before `at` ("This comes", "يأتي ذلك،") right after a sentence
    that tells an attack (an attack word or a weapon): the lead-in stands for that attack."""
    return n > 0 and len(doc.folded[s:at].split()) <= LEAD_IN_WORDS and any(doc.sentences[n - 1][0] <= c < doc.sentences[n - 1][1] for c in doc.cues)


LEAD_IN_WORDS = 3  # words of a lead-in that points back at the attack before it ("This comes", "It came")
ESTIMATE_PAST_DAYS = 31  # days before an undated page's latest fixed day beyond which an attack it tells is recalled


def _past_time_before(folded: str, s: int, ps: int, lex: Words) -> bool:
    """A time before the story's own ("last week", "la semana pasada", `past_times`) told before the place, in its
    sentence ("Last week, rockets were fired at Ain al-Asad."): that attack is older than the day the story carries
    (no day of its own to date it) and is told as a recall, as "In January, ..." is."""
    return lex.past_times.search(folded, s, ps) is not None


def _past_time_closing(folded: str, pe: int, e: int, lex: Words) -> bool:
    """A time before the story's own (`past_times`) closing the clause that names the place, no clause mark between
    ("the US linked the group to a drone attack in Jordan that killed three troops last month."): the attack the
    clause tells is older than the story's day, a recall as `_past_time_before` reads one told before the place."""
    end = _CLAUSE_PUNCT.search(folded, pe, e)
    return lex.past_times.search(folded, pe, end.start() if end else e) is not None


def _continues_state_strike(doc: Doc, n: int) -> bool:
    """The sentence before tells a state's strike and this one, with no weapon, no group and no site of its own (only a
    region), tells an attack only by a bare attack noun beside its casualty words ("Jordanian warplanes struck targets in southern
    Syria. ... a woman and two children were killed in a strike on a sheep farm"): the noun is that strike again."""
    if n == 0:
        return False
    folded, lex = doc.folded, doc.lex
    (ps, pe), (s, e) = doc.sentences[n - 1], doc.sentences[n]
    if _strike(folded, ps, pe, lex) is None or _recalled(folded, ps, pe, lex):
        return False
    text, nouns = matchable(folded), pattern(lex, r"<attack_nouns>\b")
    casualty = [(m.start(), m.end()) for m in (*lex.killed.finditer(folded, s, e), *lex.wounded.finditer(folded, s, e))]
    cues = [m for m in lex.attack.finditer(folded, s, e) if not any(a < m.end() and m.start() < b for a, b in casualty)]
    return bool(cues) and all(nouns.match(text, m.start()) for m in cues)


def _only_recalled_attacks(doc: Doc, s: int, e: int, ps: int, recall: Match | None) -> bool:
    """A place named before a recall cue, no attack told before the cue and none in a clause after the cue's
    (head-initial languages, whose cue comes before what it recalls): the sentence's attacks are the recalled ones."""
    if recall is None or ps >= recall.start() or head_final(doc.lex) or _attack_told_before(doc, s, recall.start()):
        return False
    return not _new_clause_attacks(doc.folded, recall.end(), e, doc.lex)


def _attack_told_before(doc: Doc, s: int, at: int) -> bool:
    """An attack word or a weapon in the text from `s` to `at`: with none before a recall cue, a base named there is
    where something else happened (reinforcements, a visit), and the sentence's attacks are the recalled ones."""
    i = bisect_left(doc.cues, s)
    return (i < len(doc.cues) and doc.cues[i] < at) or bool(_within(doc.weapons, s, at))


# words between a named base and the recall cue after it: the attack noun, a weapon and the postpositions (Hindi and Urdu
# write them as words: "टावर 22 पर हुए ड्रोन हमले का जवाब", the answer to the drone attack on Tower 22)
RECALL_AFTER_NAME = 4


TOLL_CAUSE_REACH = 12  # characters from a casualty word to a recall cue that introduces the toll's cause ("were killed in the wake of")


CUE_OBJECT_WORDS = 3  # words from a retaliation cue to the attack it answers ("come rappresaglia per l'attacco")


def _cue_answers_attack(folded: str, at: int, e: int, lex: Words) -> bool:
    """Pattern: an attack word a few words after a cue whose own word is a strike's ("come rappresaglia per l'attacco con
    drone alla Torre 22", as retaliation for the drone attack on Tower 22): the cue's word is the retaliation told as
    news and the attack after it the one recalled, not a strike recalled before a new attack ("since the US strikes,
    militias have attacked ...", where a clause mark or many words come first)."""
    hit = lex.attack.search(folded, at, min(e, at + 60))
    return hit is not None and _words_between(folded, at, hit.start(), CUE_OBJECT_WORDS) and _strike(folded, at, hit.end(), lex) is None


def _recall_reach(folded: str, s: int, e: int, lex: Words) -> Spans:
    """Pattern: what a recall cue ("weeks after", "in retaliation for the attack", "since the deadly strike") opens,
    to the end of its clause and over a relative clause after it (", which killed three"), tells of the recalled
    attack: no casualty word or count there is the toll of the attack the sentence reports. Head-final languages
    close what they recall with the cue ("Ürdün'de üç askerin öldüğü saldırıdan haftalar sonra", weeks after the attack
    in Jordan in which three soldiers died): there the reach runs from the start of the cue's clause to the cue."""
    out = []
    for cue in lex.recalls.finditer(folded, s, e):
        if head_final(lex):
            out.append((_clause(folded, s, e, cue.start(), cue.end())[0], cue.end()))
            continue
        _, hi = _clause(folded, s, e, cue.start(), cue.end())
        if hi < e and pattern(lex, r"[\s\"'(]*<where>\b").match(matchable(folded), hi + 1) is not None:
            hi = _clause(folded, s, e, hi + 1, hi + 1)[1]  # "..., which killed three": the recalled attack's relative clause
        out.append((cue.start(), hi))
    return tuple(out)


def _toll_cause(folded: str, s: int, recall: Match, lex: Words) -> bool:
    """A recall cue right after a casualty word of its own clause, no punctuation between ("fighters lost their lives
    following a drone attack on al-Omar", "were wounded after a rocket attack"): the cue names the attack the toll came
    from, which is the news, not an earlier attack recalled."""
    hits = [m for cat in (lex.killed, lex.wounded) for m in cat.finditer(folded, max(s, recall.start() - TOLL_CAUSE_REACH - 80), recall.start())]
    # a bracketed aside between them is no part of the clause ("luka-luka (menurut laporan terbaru) setelah serangan")
    gaps = [_BRACKETED.sub("", folded[m.e : recall.start()]) for m in hits if m.e <= recall.start()]
    return any(len(gap) <= TOLL_CAUSE_REACH and not _CLAUSE_PUNCT_ANY.search(gap) for gap in gaps)


def _strike_answers_after(folded: str, s: int, ps: int, recall: Match | None, hint: bool, lex: Words) -> bool:
    """A state's strike opens the sentence, an unnamed region follows as its target and a recall cue after it names
    the attack the strike answers ("The US struck militias in eastern Syria in response to a drone attack that killed
    a contractor"): the region is where the strike fell and the attack after the cue is an earlier one, recalled."""
    if recall is None or hint or head_final(lex) or recall.start() < ps:
        return False
    return _strike(folded, s, ps, lex) is not None and pattern(lex, "<attack_nouns>").search(matchable(folded), recall.start(), recall.end() + 40) is not None


def _new_clause_attacks(folded: str, cue_end: int, ps: int, lex: Words) -> bool:
    """A recall cue's clause ends before the place and an attack of its own is told after it, before the place
    ("ردا على جرائم العدو في غزة، استهدف المجاهدون قاعدة حرير": in response to the enemy's crimes in Gaza, the
    fighters targeted Harir): what the cue recalls is in its own clause, the place is the news. A place listed on
    after the cue's clause ("days after attacks on Conoco, and on al-Omar") has no attack word of its own: recalled.
    A clause opened by "when" or a relative word ("after the incident in February, when an attack on a base in
    Jordan killed three") tells of the recalled incident itself: its attack is not news; so does one that singles an
    attack out of the recalled ones ("in response to attacks by the group, including the attack on Ain al-Asad"). A weapon in the new clause
    tells its attack as well as an attack word ("après l'attaque sur la tour 22, des mandataires ont lancé un autre
    drone sur ... al-Tanf": a drone launched at al-Tanf, the news)."""
    return not head_final(lex) and ps > cue_end and _news_clause(folded, cue_end, ps, lex) is not None


def _news_clause(folded: str, cue_end: int, end: int, lex: Words) -> int | None:
    """Where the first clause after a recall cue's that tells an attack of its own starts, before `end` (see
    `_new_clause_attacks`), or None."""
    marks = list(_CLAUSE_PUNCT_ANY.finditer(folded, cue_end, end))
    opener = pattern(lex, r"[\s\"'(]*(?:<when>|<where>|<including_one>)\b")  # ", including the attack on X": still the recalled ones
    for i, mark in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else end
        told = lex.attack.search(folded, mark.end(), stop) or lex.weapons.search(folded, mark.end(), stop)
        if told and opener.match(matchable(folded), mark.end()) is None:
            return mark.end()
    return None


FRONTED_WORDS = 3  # words before a span's start that opens its sentence ("And since last October 17, ...")


def _tally_starts(doc: Doc, s: int, e: int) -> Spans:
    """Pattern: a day told as a span's start ("Since October 17, three US soldiers have been killed", "Depuis le 17
    octobre, ... tués"): a toll in its clause counts the campaign's dead since then, never one attack's toll. Its
    span joins the places whose clauses give no toll (`_placed_away`). So does a month named alone right after a word of
    "since" that opens the sentence ("Since October, three American soldiers have been killed", "Depuis octobre, ...
    tués", "Ekim ayından bu yana"): the campaign's months, no day of one attack."""
    ranked = _series_ranks(doc.folded, s, e, doc.lex)
    days = tuple((m.start, m.end) for m in doc.dates if s <= m.start < e and m.since and not _inside(m.start, ranked))
    months = []
    for w in doc.lex.since.finditer(doc.folded, s, e):
        # the month after the word ("since October", "desde octubre") or, where the word follows, before it ("Ekim ayından beri")
        after = bare_month_at(doc.folded, doc.dates, w.end(), min(e, w.end() + SINCE_MONTH_REACH), doc.lex)
        before = bare_month_at(doc.folded, doc.dates, max(s, w.start() - SINCE_MONTH_REACH), w.start(), doc.lex)
        at = after if after is not None else before
        # opening the sentence, or later with no word of a first before it: "the deadliest attack since January"
        # compares, it counts nobody, as the series an attack is ranked in does ("the 108th attack since mid-October");
        # "The attacks have killed three US troops since October" counts the campaign's dead
        fronted = at is not None and len(doc.folded[s : min(at, w.start())].split()) <= FRONTED_WORDS
        compares = _first_before(doc.folded, s, w.start(), doc.lex) or _inside(w.start(), ranked)
        if at is not None and (fronted or not compares):
            months.append((min(at, w.start()), max(at, w.end())))
    return days + tuple(months) + _since_start_spans(doc.folded, s, e, doc.lex)


def _attack_counts(doc: Doc, s: int, e: int) -> Spans:
    """Pattern: a count of the campaign's attacks in the sentence ("the latest of more than 160 attacks that have killed
    three US troops", "in more than 150 attacks"): a toll in its clause is the count's, never the one attack's. Its span
    joins the places whose clauses give no toll (`_placed_away`). Not the series an attack is ranked in."""
    ranked = _series_ranks(doc.folded, s, e, doc.lex)
    return tuple((m.start(), m.end()) for m in _campaign_counts(doc.folded, s, e, doc.lex, _names(list(doc.bases), s, e)) if not _inside(m.start(), ranked))


SINCE_MONTH_REACH = 16  # characters between a word of "since" and the month it opens a span with ("depuis le mois d'octobre")

# A number with its ordinal ending written onto it (in any language: "108th", "108e", "108º"), then at most three
# words, then an attack noun: "the 108th militia attack"
SERIES_RANK = r"(?<![\w])\d{1,4}[^\W\d_]{1,3}(?![\w])\s+(?:\S+\s+){0,3}?(?:<attack_nouns>)"


def _series_ranks(folded: str, s: int, e: int, lex: Words) -> Spans:
    """Pattern: an attack ranked in the campaign's series ("killed in what it called the 108th militia attack on US
    bases in Syria since mid-October"): from the rank to its clause's end the words tell the series the one attack
    belongs to, whose "since" opens no tally and whose plural bases are no place of the attack."""
    spans = []
    for m in pattern(lex, SERIES_RANK).finditer(matchable(folded), s, e):
        end = _CLAUSE_MARKS.search(folded, m.end(), e)
        spans.append((m.start(), end.start() if end else e))
    return tuple(spans)


def _date_spans(doc: Doc, s: int, e: int, dates: Sequence[SentenceDate]) -> tuple[tuple[int, int], ...]:
    """Spans no casualty count is part of: the sentence's campaign dates and every other date it writes ("the first
    deaths since October 18": a day outside the window, or a span's start, is still a date and counts nobody)."""
    return tuple(d.span for d in dates) + tuple((m.first, m.end) for m in doc.dates if s <= m.start < e)


def _opens_as_before(folded: str, s: int, lex: Words) -> bool:
    """The sentence opens with a word of a time before the story's, set off by a comma ("Previously, they targeted
    the city of Umm al-Rashrash (Eilat)", "Sebelumnya, mereka menargetkan ...")."""
    return pattern(lex, RECALL_OPENED).match(matchable(folded), s) is not None


RECALL_OPENED = r"[\s\"'(]*<recall_openers>\s*,"


def _month_after_monthless_story(doc: Doc, s: int, e: int) -> bool:
    """Pattern: on a page with no day or month to read months against, a sentence that names one month alone ("En
    septiembre, los ataques fueron casi diarios, incluyendo uno que impactó en el puerto de Eilat") after the page has
    told an attack naming no month: the story's own attack needed no month, so the month names an earlier time."""
    if not month_alone(doc.folded, doc.dates, s, e, doc.lex):
        return False
    told = bisect_left(doc.cues, s) > 0  # an attack word before this sentence
    return told and bare_month_at(doc.folded, doc.dates, 0, s, doc.lex) is None


def _recall_of_named(folded: str, pe: int, at: int, lex: Words) -> bool:
    """Head-final languages put the recalled attack before the cue ("タワー22への攻撃への報復として", "타워 22 공격에 대한
    보복으로": in retaliation for the attack on Tower 22): an attack word, a few words at most and no clause break
    between the base's name and the cue make the named base the recalled attack's."""
    gap = folded[pe:at]
    if at < pe or re.search(r"[,;:.]", gap):
        return False
    if len(gap.split()) <= RECALL_AFTER_NAME and lex.attack.search(folded, pe, at) is not None:
        return True
    # "Tower 22 üssünde üç askerin öldürülmesine yol açan İHA saldırısına yanıt olarak" (in response to the drone attack
    # that killed three soldiers at Tower 22): a relative clause telling the attack stands between the name and the
    # attack noun the cue takes, right before the cue; the name is still inside the recalled phrase
    head = any(len(folded[m.end() : at].split()) <= 1 for m in lex.attack.finditer(folded, pe, at))
    # or the cue opens with the attack noun itself ("... ABD üssüne yapılan ölümlü saldırının ardından": after the deadly
    # attack on the US base named Tower 22)
    head = head or any(m.start() == at for m in lex.attack.finditer(folded, at, min(len(folded), at + RECALL_NOUN_CHARS)))
    return head and len(gap.split()) <= RECALL_PHRASE_WORDS


RECALL_NOUN_CHARS = 30  # characters of an attack noun that opens a recall cue ("saldırının ardından")
RECALL_PHRASE_WORDS = 25  # words of a head-final phrase that ends in an attack noun and a recall cue, after a base's name


def _weekday_before(carried: SentenceDate, weekday: int | None) -> tuple[SentenceDate, DateBasis]:
    """ "WASHINGTON, 24 November: ... Ain al-Asad was targeted on Thursday": with no day to count from, a weekday the
    carried day does not fit is the last one before it (Thursday the 23rd), a guess; a weekday it fits keeps it."""
    if weekday is None or carried.value.weekday() == weekday:
        return carried, "inherited"
    back = (carried.value.weekday() - weekday) % 7
    return SentenceDate(carried.value - timedelta(days=back), "inferred", carried.span), "inferred"


def _weekday_told_before(doc: Doc, weekday: int | None, at: int) -> bool:
    """With no publication date, a weekday the story named before the day it carries ("lunedì sei combattenti sono
    stati uccisi ... che il 28 gennaio aveva compiuto un attacco ... L'attacco di lunedì ha colpito al-Omar") is the
    story's own day, which the later day (told of another attack) does not count back from."""
    return weekday is not None and any(m.weekday == weekday and m.start < at and not m.day and not (m.since or m.stamp) for m in doc.dates)


def _heads_outsiders_strike(doc: Doc, n: int, named: list[tuple[str, int, int]], gaz: Gazetteer) -> bool:
    """A line without an attacker naming a base, over a sentence in which an armed group of another war (Hezbollah,
    the Houthis) strikes that same base: the line is the heading of that group's strike, not a claim of the campaign."""
    if not named or n + 1 >= len(doc.sentences) or "\n" not in doc.folded[doc.sentences[n][1] : doc.sentences[n + 1][0] + 1]:
        return False
    s2, e2 = doc.sentences[n + 1]
    return gaz.outside_attacker(doc.folded, s2, e2) is not None and bool({b for b, _, _ in named} & {b for b, _, _ in gaz.find_bases(doc.folded, s2, e2)})


def _outside_war_story(folded: str, gaz: Gazetteer, lex: Words) -> bool:
    """The whole text names an armed group of another war (the Houthis, Lebanon's Hezbollah), or sends its weapon from
    such a group's home ("a drone launched from Yemen"), or tells a state's own missile attack (Iran's of April and
    October 2024 on Israel's air bases), and names no campaign group and no Iraq: its sentences on a
    site in Israel tell that group's attack, even those that only say "the drone fell there". A story that ties the
    attack to Iraq ("unlike the Houthi drones, this one came from Iraq") keeps them."""
    n = len(folded)
    outsider = gaz.outside_attacker(folded, 0, n) is not None or _launched_from_outsider_home(folded, 0, n, lex, gaz)
    outsider = outsider or lex.state_attacks.search(folded, 0, n) is not None  # "Iran's missiles struck the Nevatim base"
    outsider = outsider or _claimed_from_outsider_home(folded, lex, gaz)
    return outsider and gaz.find_actor(folded, 0, n) is None and CAMPAIGN_HOME not in gaz.countries_in(folded, 0, n)


HOME_CLAIM_REACH = 60  # characters from a home's name to the claim word its sentence says it made ("Jemen hat ... die Verantwortung ... übernommen")


INSURGENT_DOER_WORDS = 2  # words from an insurgent group's name to the attacker noun or attack word that makes it the doer


def _insurgent_strikes(folded: str, s: int, e: int, lex: Words, gaz: Gazetteer) -> bool:
    """The sentence names a group that fights the campaign's victims on its own account as the doer: its name followed
    within two words by an attacker noun or an attack word ("killed by ISIS gunmen", "ISIS cells attacked a checkpoint",
    "an ISIS attack"). With no campaign group named, the sentence tells that group's attack: an ISIS ambush on an SDF
    checkpoint or an Iraqi army post is no claim of the campaign, whatever it killed. A mention right after a word of
    `against`, a determiner between or not ("the coalition against ISIS came under attack", "a base of the campaign
    against the Islamic State group was attacked"), names the group fought, not the doer. Right after a word of `clashes`
    ("in clashes with smugglers"), the group is the other side of a fight of its own, the victims' too."""
    for start, end in gaz.insurgent_spans(folded, s, e):
        opposed = pattern(lex, r"<against>\s+(?:<determiners>\s+)?$").search(matchable(folded), max(s, start - 20), start)
        if opposed is not None:
            continue  # "the coalition against (the) ISIS came under attack": the group is the one fought, not the doer
        fought = lex.clashes.search(folded, max(s, start - 40), start)
        if fought is not None and _words_between(folded, fought.end(), start, INSURGENT_DOER_WORDS):
            return True  # "killed in clashes with drug smugglers": the group fought, on its own account
        hi = min(e, end + 40)
        doer = lex.attackers.search(folded, end, hi) or lex.attack.search(folded, end, hi)
        if _soon_after(folded, end, doer, INSURGENT_DOER_WORDS):
            return True
        if lex.verb_first and _doer_before(folded, max(s, start - 40), start, lex):
            return True  # "هاجمت خلايا تنظيم داعش حاجزا لقسد": attacked, cells of ISIS, an SDF checkpoint
        if (head_final(lex) or lex.verb_final) and _words_between(folded, s, start, OPENING_WORDS) and lex.attack.search(folded, end, e) is not None:
            return True  # "هسته‌های داعش ... به یک ایست بازرسی قسد حمله کردند": the subject opens the sentence, its verb closes it
    return False


STORY_PAST_DAYS = 7  # a day this long before the story's, told in a sentence with no attack word, is that sentence's past
MONTH_OF_DEATHS = 40  # characters from a death word to the month that dates it ("killed three soldiers in January")
DAY_OF_ACT_WORDS = 3  # words between a day and the attack or death word it dates ("murieron el martes", "ont visé mardi")


def _beside_the_attack(folded: str, lex: Words, s: int, e: int, span: tuple[int, int]) -> bool:
    """An attack word or a casualty word within DAY_OF_ACT_WORDS words of the day at `span`, no clause mark between:
    the day dates the attack ("Deux drones ont visé mardi la base", "murieron el martes"), not another act of the
    sentence."""
    lo, hi = span
    for cat in (lex.attack, lex.killed, lex.wounded):
        for m in cat.finditer(folded, s, e):
            if (m.e <= lo and _words_between(folded, m.e, lo, DAY_OF_ACT_WORDS)) or (m.s >= hi and _words_between(folded, hi, m.s, DAY_OF_ACT_WORDS)):
                return True
    return False


def _names_attack_on_another_day(folded: str, s: int, e: int, day: SentenceDate, names: tuple[tuple[int, int], ...], lex: Words) -> bool:
    """A sentence that names the attack by its base ("... visit Guardsmen March 15, 2024 for the Tower 22 attack") on
    a day no attack or death word stands beside: the day of something else (`_named_attack_of_another_day`)."""
    named = pattern(lex, NAMES_ATTACK)
    return any(named.match(matchable(folded), be) for _, be in names) and not _beside_the_attack(folded, lex, s, e, day.span)


def _named_attack_of_another_day(doc: Doc, s: int, e: int, pe: int, when: SentenceDate) -> bool:
    """Pattern: a base written as the name of an attack ("the Tower 22 attack", "the Tower 22 drone attack"), the
    sentence's only attack word, and a day that no attack or death word stands beside ("Gen. Hokanson visits National
    Guardsmen March 15, 2024 for the Tower 22 attack", "Purple Hearts were awarded on Friday for the Harir attack"):
    the day of the visit or the award, not of the attack the name recalls."""
    folded, lex = doc.folded, doc.lex
    named = pattern(lex, NAMES_ATTACK).match(matchable(folded), pe)
    if named is None:
        return False
    others = [m for m in lex.attack.finditer(folded, s, e) if not (pe <= m.s < named.end())]
    return not others and not _within(doc.weapons, s, pe) and not _beside_the_attack(folded, lex, s, e, when.span)


def _famous_deaths_retold(doc: Doc, s: int, e: int, ps: int, pe: int, when: SentenceDate, killed: int, gaz: Gazetteer) -> bool:
    """Pattern: a famous attack's base and its exact deaths, in a sentence whose weekday, more than a week after that
    attack, dates another act ("The Pentagon on Tuesday released its investigation into the drone attack on Tower 22
    that killed three soldiers", in May; "... were honored at a ceremony on Tuesday"): the famous attack retold, its
    day not stated, never a second fatal attack. A weekday right beside the attack or the deaths ("Tres soldados
    murieron el martes en un nuevo ataque contra la Torre 22") dates a new one."""
    base = _base_in(doc, (ps, pe))
    famous = [k for k in gaz.known_attacks if k.base_id == base and killed in k.tolls and (when.value - k.date).days > FAMOUS_REPORT_DAYS]
    return bool(famous) and not _beside_the_attack(doc.folded, doc.lex, s, e, when.span)


def _month_of_earlier_deaths(doc: Doc, s: int, e: int, when: SentenceDate) -> str | None:
    """The one earlier month the sentence names ("YYYY-MM"), when a death word after the sentence's day, not beside
    it, is followed closely by it (no "since" before the month: "the deadliest attack since January" dates nothing),
    else None."""
    folded, lex = doc.folded, doc.lex
    month = earlier_month(folded, doc.dates, s, e, when.value, lex)
    if month is None or _beside_the_attack(folded, lex, s, e, when.span):
        return None
    where = pattern(lex, "<where>")
    for k in lex.killed.finditer(folded, max(s, when.span[1]), e):
        if where.search(matchable(folded), when.span[1], k.start()) is not None:
            continue  # "Two drones targeted Tower 22 on Tuesday, where three soldiers were killed in January": the place's past
        spot = bare_month_at(folded, doc.dates, k.end(), min(e, k.end() + MONTH_OF_DEATHS), lex)
        if spot is not None and lex.since.search(folded, max(s, spot - 12), spot) is None:
            return month
    return None


def _doer_before(folded: str, lo: int, at: int, lex: Words) -> bool:
    """An attack word, then at most INSURGENT_DOER_WORDS words and no clause mark, right before a group's name: a
    verb-first sentence's verb and its subject."""
    last = next(reversed(lex.attack.finditer(folded, lo, at)), None)
    return last is not None and _words_between(folded, last.end(), at, INSURGENT_DOER_WORDS)


def _claimed_from_outsider_home(folded: str, lex: Words, gaz: Gazetteer) -> bool:
    """The home of another war's group claims the attack ("Yemen claimed responsibility", "Jemen hat die Verantwortung
    übernommen"): a country standing for its group, as a weapon launched from there does."""
    return any(
        (m := lex.claimed.search(folded, pe, min(len(folded), pe + HOME_CLAIM_REACH))) is not None and "." not in folded[pe : m.start()]
        for _, pe in gaz.outside_home_spans(folded, 0, len(folded))
    )


CAMPAIGN_HOME = "Iraq"  # the campaign's groups are Iraq's: a story naming Iraq may tell their attack without naming the group
OUTSIDERS_WAR = frozenset({"Israel"})  # where other wars' groups (Lebanon's Hezbollah, the Houthis) strike military sites too


def _site_country(folded: str, ps: int, pe: int, named: bool, s: int, e: int, gaz: Gazetteer) -> str | None:
    """The country of a place: its base's when it names one, else the one country its sentence names."""
    hits = gaz.find_bases(folded, ps, pe) if named else []
    if hits:
        return gaz.by_id[hits[0][0]].country
    countries = gaz.countries_in(folded, ps, pe) or gaz.countries_in(folded, s, e)
    return countries[0] if len(countries) == 1 else None


def _month_start(month: str | None) -> date | None:
    """ "2024-02" -> 1 Feb 2024: a publication month as a reference for months named before it."""
    return date(int(month[:4]), int(month[5:7]), 1) if month else None


def _weekday_told(doc: Doc, s: int, e: int) -> bool:
    """The sentence names a weekday that no reference day resolves (an undated page: "The rocket fire on Monday was the
    latest in a series of attacks targeting Ain al-Assad base"): a day of one attack all the same, no count of them."""
    return bool(_own_weekdays(doc, s, e))


def _own_weekdays(doc: Doc, s: int, e: int) -> list[Mention]:
    """The weekdays the sentence tells as days of what it tells: not a day of saying ("..., officials said on Monday"),
    nor one a count starts from ("since Wednesday")."""
    return [
        m for m in doc.dates if s <= m.start < e and m.weekday is not None and not m.since and not _said_on(doc.folded, s, e, (m.start, m.end), doc.lex, False)
    ]


def _counts_named_attacks(folded: str, s: int, e: int, dates: list[SentenceDate], lex: Words, bases: list[tuple[str, int, int]]) -> bool:
    """ "In recent days it claimed attacks on al-Omar and Shaddadi": named places in a count of attacks, no day."""
    return not dates and bool(_names(bases, s, e)) and _tally(folded, s, _counted_reach(folded, s, e, lex, _names(bases, s, e)), lex, _names(bases, s, e))


def _counted_reach(folded: str, s: int, e: int, lex: Words, names: tuple[tuple[int, int], ...]) -> int:
    """How far a count of attacks still counts the named bases. Pattern: a clause that tells one attack with its
    weapon on the first named base ("the missile struck the base of Assad, ...") and ends at a clause mark; a count
    after it ("..., the spokeswoman confirmed, adding that forces had answered dozens of attacks since mid-October")
    counts the campaign, not that attack. Otherwise the whole sentence."""
    if not names:
        return e
    first = min(ns for ns, _ in names)
    mark = _CLAUSE_MARKS.search(folded, first, e)
    if mark is None or lex.weapons.search(folded, s, mark.start()) is None or lex.aggregate_all.search(folded, s, mark.start()):
        return e
    return mark.start()


_CLAUSE_MARKS = re.compile(r"[,;:،؛、]")


def _campaign_aside(doc: Doc, s: int, e: int) -> int:
    """Where a sentence's one attack is told, for a sentence that names no base. Pattern: a clause that tells one
    attack with its weapon on an unnamed place ("personnel were injured in a rocket attack at a base in Iraq") and
    ends at a clause mark; a count after it ("..., officials said, in what has been an uptick in strikes on US
    forces") sets the attack against the campaign and counts no attack of its own. The end of that clause when a
    count follows it, else e (a count inside the attack's own clause still makes the sentence a tally)."""
    folded, lex = doc.folded, doc.lex
    first = bisect_left(doc.cues, s)
    if first >= len(doc.cues) or doc.cues[first] >= e:
        return e
    mark = _CLAUSE_MARKS.search(folded, doc.cues[first], e)
    if mark is None or lex.weapons.search(folded, s, mark.start()) is None or lex.aggregate_all.search(folded, s, mark.start()):
        return e
    return mark.start() if lex.aggregate_all.search(folded, mark.end(), e) else e


def _tally(folded: str, s: int, e: int, lex: Words, names: tuple[tuple[int, int], ...]) -> bool:
    """A count of attacks in folded[s:e] (`_campaign_counts`)."""
    return next(_campaign_counts(folded, s, e, lex, names), None) is not None


def _campaign_counts(folded: str, s: int, e: int, lex: Words, names: tuple[tuple[int, int], ...]) -> Iterator[Match]:
    """The counts of attacks in folded[s:e] (`aggregate_all`), not a number of a base's name before an attack word
    ("تعرض البرج 22 لهجوم": Tower 22 came under attack, not "22 attacks"), nor attacks a claim or toll places at a named
    base (`_claimed_at_named`), nor a count that singles one attack out (`_singled_out`)."""
    for m in lex.aggregate_all.finditer(folded, s, e):
        if (
            not _inside(m.start(), names)
            and not _claimed_at_named(folded, s, m.start(), m.end(), lex, names)
            and not _singled_out(folded, m.end(), e, lex, names)
        ):
            yield m


def _singled_out(folded: str, end: int, e: int, lex: Words, names: tuple[tuple[int, int], ...]) -> bool:
    """Pattern: a count of attacks, then words singling one attack out of it, then a named base ("a series of attacks
    on US personnel, including one by Kataib Hezbollah on Erbil air base this morning"): the named base is that one
    attack's, which the count does not make a tally of."""
    one = lex.including_one.search(folded, end, e)
    return one is not None and any(ns >= one.end() for ns, _ in names)


CLAIMED_OBJECT_WORDS = 3  # words from a claim ("responsibility") to the attacks it claims: "for (the) separate"
CLAIMED_AT_REACH = 5  # characters from "attacks on US forces" to the preposition placing them: " at "
TALLY_SINCE_REACH = 120  # characters after "attacks on US forces" where a "since" makes them the campaign's ("... since October")


def _claimed_at_named(folded: str, s: int, start: int, end: int, lex: Words, names: tuple[tuple[int, int], ...]) -> bool:
    """ "The group claimed responsibility for separate attacks on US forces at al-Tanf and Conoco", "21 troops were
    injured in attacks on US forces at al-Tanf and on al-Asad air base": attacks a claim or a toll names, on forces it
    places (a preposition of place, then a named base in the same clause), are those attacks, not a count of them."""
    noun = lex.attack.search(folded, start, end)
    if noun is None or noun.start() != start:
        return False  # "dozens of attacks on US forces at ...": a count stays a count
    claims = list(lex.claimed.finditer(folded, max(s, start - 60), start))
    hurt = [m for m in (*lex.wounded.finditer(folded, max(s, start - 30), start), *lex.killed.finditer(folded, max(s, start - 30), start))]
    if lex.since.search(folded, end, min(len(folded), end + TALLY_SINCE_REACH)) is not None:
        hurt = []  # "troops have been injured in attacks on US forces at al-Tanf and elsewhere since October": a tally's toll
    told = [m for m in (*claims, *hurt) if len(folded[m.end() : start].split()) <= CLAIMED_OBJECT_WORDS]
    if not told:
        return False  # a claim or a toll of the attacks tells them: "21 troops were injured in attacks on US forces at al-Tanf and ..."
    at = pattern(lex, "<prepositions>").search(matchable(folded), end, min(len(folded), end + CLAIMED_AT_REACH))
    return at is not None and any(ns > end and not re.search(r"[,;:.]", folded[end:ns]) for ns, _ in names)


def _counted_back_from_told_day(doc: Doc, d: SentenceDate) -> bool:
    """A weekday read back from a day another sentence states (no publication day: the estimated reference is that
    day): a statement's weekday so read falls before the attack the statement reports."""
    return d.basis == "inferred" and any(x.value == doc.reference and x.basis == "explicit" for ds in doc.sentence_dates for x in ds)


def _back_to_told_attack(folded: str, s: int, e: int, inherited: SentenceDate | None, said: list[SentenceDate], lex: Words) -> bool:
    """A sentence whose only days are a statement's and whose attack is the one told before ("the attack", "the
    strike", or its weapon: "the drone hit Rumalyn, an official said Monday"), after a sentence that dated it no later
    than the statement: the attack keeps that earlier day."""
    if inherited is None or any(d.value < inherited.value for d in said):
        return False
    told = (lex.attack, lex.weapons)
    return any(cat.search(folded, m.start(), m.end()) for m in lex.anaphora.finditer(folded, s, e) for cat in told)


@lru_cache(maxsize=256)  # asked twice of most dates: for the sentence's attack days and for the days it carries on
def _said_on(folded: str, s: int, e: int, span: tuple[int, int], lex: Words, several: bool = False) -> bool:
    """The day at `span` of the sentence folded[s:e] is a statement's (see _statement_day, _reporting_clause_day,
    and with `several` days in the sentence _fronted_statement_day), or a wire dispatch's ("新华社华盛顿1月28日电": the
    day before 电 dates the dispatch, as a statement's day does)."""
    dispatch = _CJK_DISPATCH.match(folded, span[1]) is not None
    statement = _statement_day(folded, max(s, span[0] - 30), span[0], lex, span[1], e) or _reporting_clause_day(folded, s, span[0], lex)
    fronted = several and _fronted_statement_day(folded, s, span, lex)  # only beside another day of the sentence
    press = _press_event_day(folded, s, span[0], lex)
    return dispatch or statement or press or _day_set_off_after_speaker(folded, s, span[0], lex) or fronted or _day_before_reported_words(folded, s, span, lex)


def _press_event_day(folded: str, s: int, at: int, lex: Words) -> bool:
    """Pattern: the day right after the press event or the audience a statement was made to, one word between at most
    and no comma ("at a press conference on Monday", "told reporters Tuesday", "خلال مؤتمر صحفي يوم الاثنين"): however
    far the verb of saying stands before it, past the speaker's titles, the day is the statement's."""
    heard = next(reversed(lex.audience.finditer(folded, max(s, at - 30), at)), None)
    return heard is not None and "," not in folded[heard.end() : at] and len(folded[heard.end() : at].split()) <= 1


REPORTED_REACH = 40  # characters after a day where the reported words may open: the day restated ("أمس الثلاثاء (13 آب 2024)، إن")


def _day_before_reported_words(folded: str, s: int, span: tuple[int, int], lex: Words) -> bool:
    """Pattern: a verb of saying, its speaker, the day, then the word that opens the reported words ("قالت وزارة الدفاع
    الأمريكية أمس الثلاثاء إن ثمانية عسكريين أصيبوا الأسبوع الماضي", said the US defence ministry yesterday Tuesday
    that eight soldiers were hurt last week): verb-first copy puts the speaker between the verb and the day, which is
    the statement's as in "said on Tuesday that". Only the speaker's few words, no clause mark, before the day; after
    it, only the day restated (a weekday after "yesterday", a date in brackets) before the reported words."""
    that = lex.complementizers.search(folded, span[1], min(len(folded), span[1] + REPORTED_REACH))
    if that is None or len(_BRACKETED.sub(" ", folded[span[1] : that.start()]).strip(" ,)").split()) > 1:
        return False
    verbs = _speech_verbs(folded, max(s, span[0] - 80), span[0], lex)
    return bool(verbs) and _words_between(folded, verbs[-1].end(), span[0], SPEAKER_WORDS + 2)


def _speech_verbs(folded: str, lo: int, hi: int, lex: Words) -> list[Match]:
    """The verbs of saying in folded[lo:hi], in order: the window's (glued to a script without spaces, "28日发布消息称")
    and the phrase matcher's, which reads them with a conjunction written on ("وقالت", and said)."""
    return sorted([*lex.speech_window.finditer(folded, lo, hi), *lex.speech.finditer(folded, lo, hi)], key=lambda m: m.end())


FRONTED_DAY_WORDS = 2  # words before a fronted day at the sentence's start: its preposition ("On", "Late on")


def _fronted_statement_day(folded: str, s: int, span: tuple[int, int], lex: Words) -> bool:
    """Pattern: a day fronted at the sentence's start and set off by a comma, then the speaker and a verb of saying
    ("On Monday, Iraqi authorities said they were searching for those who fired ... late Sunday night"): the day is
    the statement's, and the sentence's other day the attack's (`_said_on` asks only when the sentence has one; alone,
    "On January 11, the group announced an attack on ..." dates the attack). Only the speaker's few words may stand between the
    comma and the verb."""
    if not _words_between(folded, s, span[0], FRONTED_DAY_WORDS) or folded[span[1] : span[1] + 1] != ",":
        return False
    verb = lex.speech_window.search(folded, span[1] + 1, span[1] + 1 + 60)
    return verb is not None and _words_between(folded, span[1] + 1, verb.start(), SPEAKER_NAME_WORDS)


def _statement_day(folded: str, lo: int, at: int, lex: Words, end: int, hi: int) -> bool:
    """ "..., the SDF said on Monday", "The SDF on Monday said", "SDF v pondělí uvedly": a verb of saying right
    before the date (one short word between, commas aside, after those told it: "told reporters on Monday") or right
    after it (`end`: the date's end; no word between) makes it the day of the statement, not of the attack (when the
    sentence has another)."""
    verbs = lex.speech_window.finditer(folded, lo, at)
    if verbs:
        gap = folded[verbs[-1].end() : at]
        heard = lex.audience.search(folded, verbs[-1].end(), at)  # "told reporters on Wednesday": who heard it, then the day
        if heard is not None and not folded[verbs[-1].end() : heard.start()].strip():
            gap = folded[heard.end() : at]
        # "informou, nesta terça-feira (7), que ...", "said, on Tuesday, that ...": the day set off by commas after the verb
        # (after a verb of a script without spaces a comma opens the reported words: "據...稱,周六晚上,兩架無人機..." is
        # the attack's Saturday)
        unspaced = _unspaced(verbs[-1].text[-1])
        if _one_word(gap if unspaced else gap.replace(",", " "), unspaced):
            return True
    after = lex.speech_window.search(folded, end, min(hi, end + 30))
    return after is not None and not folded[end : after.start()].strip()


def _one_word(gap: str, unspaced: bool) -> bool:
    """At most one word between a verb of saying and a day: counted by spaces; after a verb of a script written
    without them ("称,周六晚上..."), where spaces count nothing, the day must follow the verb directly."""
    return not gap.strip() if unspaced else len(gap.split()) <= 1


SPEAKER_NAME_WORDS = 4  # the speaker named between a verb of saying and a day set off by a comma ("the Israeli army", "a US defence official")
RESTATED_DAY_WORDS = 3  # words of the day itself before a part of it: "today Friday (4 October 2024)"
DAY_PART_WORDS = 5  # words of a time of day before the day set off after a speaker ("في وقت مبكر من صباح", early in the morning of)


def _names_weekday(folded: str, relative: Mention, weekdays: list[Mention]) -> bool:
    """A relative word written beside a weekday names that day ("أمس الاثنين", "ayer lunes", "yesterday (Monday)"):
    one day told twice, not a day counted back from the weekday."""
    return any(not folded[a:b].strip(" (") for w in weekdays for a, b in ((relative.end, w.start), (w.end, relative.start)) if a <= b)


def _day_set_off_after_speaker(folded: str, s: int, at: int, lex: Words) -> bool:
    """ "أعلن الجيش الإسرائيلي، اليوم الجمعة، مقتل ..." (the Israeli army announced, today Friday, the death of ...):
    verb-first copy names the speaker right after its verb of saying, then sets the statement's day off with a
    comma; the day is the statement's, not the attack's. A date in brackets right after that day restates it
    ("اليوم الجمعة (الرابع من تشرين الأول 2024)") and is the statement's too. Only a short run of words with no clause
    mark (the speaker) may stand between the verb and the comma."""
    verbs = _speech_verbs(folded, max(s, at - 80), at, lex)
    if not verbs:
        return False
    v = verbs[-1]
    comma = folded.rfind(",", v.end(), at)
    if comma < 0 or not folded[v.end() : comma].strip() or not _words_between(folded, v.end(), comma, SPEAKER_NAME_WORDS):
        return False
    if _words_between(folded, comma + 1, at, RESTATED_DAY_WORDS):  # the day's own words ("today Friday (") before it
        return True
    # a time of that day told first ("، في وقت مبكر من صباح السبت،": early in the morning of Saturday): more words, none
    # of an attack or a place
    between = (comma + 1, at)
    return _words_between(folded, *between, DAY_PART_WORDS) and not any(c.search(folded, *between) for c in (lex.attack, lex.base_nouns))


REPORTING_CLAUSE_OPENERS = (",", "-")  # what stands before an inverted verb of saying: a comma, or a dash (every dash folds to "-")
SPEAKER_WORDS = 5  # words between an inverted verb of saying and its day: the speaker and the day's preposition ("sagte ein Sprecher des Pentagons am Montag")


def _reporting_clause_day(folded: str, s: int, at: int, lex: Words) -> bool:
    """ "..., teilte das Pentagon am Montag mit", "..., erklärten die SDF am Montag": a reporting clause after a comma
    puts the verb of saying before its subject (V2 inversion) and the day after both; that day is the statement's.
    Slavic copy opens the same clause with a dash after the reported words ("... - powiedział agencji Reutera w
    sobotę urzędnik": said to Reuters on Saturday an official). Only an unbroken run of a few words (the speaker, or
    whom it was said to) may stand between the verb and the day."""
    verbs = lex.speech_window.finditer(folded, max(s, at - 60), at)
    if not verbs:
        return False
    v = verbs[-1]
    opens_clause = folded[max(s, v.start() - 2) : v.start()].strip() in REPORTING_CLAUSE_OPENERS
    return opens_clause and _words_between(folded, v.end(), at, SPEAKER_WORDS)


def _attack_weekday(doc: Doc, unsaid: list[Mention], s: int, e: int, lead: int) -> tuple[int | None, int]:
    """The weekday of an undated report's attack and how many days before it the attack may be: the one its reported
    words name (Monday is 0, not "none"), else the statement's, moved back by the relative word the sentence dates the
    attack with ("a US official said on Sunday that troops were hurt at the base yesterday": Saturday). Only one
    relative word, counted from no other day of the sentence (`anchored`), moves it; several say nothing certain, and
    the statement's own day stays, with `STATEMENT_LAG_DAYS` before it ("..., ha riferito sabato la Reuters", "قالت
    المقاومة صباح السبت إنها استهدفت": an attack of Friday night, claimed or reported on Saturday)."""
    own = weekday_named(unsaid, s, e, lead)
    if own is not None:
        return own, STATEMENT_LAG_DAYS if _night_before(doc, unsaid, own, s, e, lead) else 0
    said = weekday_named(list(doc.dates), s, e, lead)
    named = [m for m in doc.dates if s <= m.start < e and m.weekday is not None]
    back = {
        m.back_days for m in doc.dates
        if s <= m.start < e and m.back_days and not m.anchored and m.weekday is None and not m.day and not _names_weekday(doc.folded, m, named)
    }  # fmt: skip
    if said is None or len(back) != 1:
        return said, 0 if said is None else STATEMENT_LAG_DAYS
    return (said - back.pop()) % 7, 0


STATEMENT_LAG_DAYS = 1  # days before a statement's weekday its attack may be (claimed that morning, reported next day)


def _own_relative_day(doc: Doc, s: int, e: int) -> bool:
    """Pattern: the sentence dates itself by a relative day of its own ("today", "yesterday", "أمس"), counted from the
    page's day: on a page whose day is unknown, a day carried down from another sentence is not its day."""
    return any(s <= m.start < e and m.back_days is not None and m.weekday is None and not m.day and not m.anchored and not m.since for m in doc.dates)


def _night_before(doc: Doc, found: list[Mention], weekday: int, s: int, e: int, lead: int) -> bool:
    """Pattern: the weekday comes right after the words of the night before it (`night_before`: "в ночь на четверг",
    "in der Nacht zum Donnerstag", the night to Thursday): the attack was that night, dated by some the day before."""
    for lo, hi in ((s, e), (lead, s)):
        spots = [m.start for m in found if lo <= m.start < hi and m.weekday == weekday and not m.day]
        if spots:
            return all(_ends_night(doc, at) for at in spots)
    return False


NIGHT_REACH = 30  # characters before a weekday where the words of the night before it may stand


def _ends_night(doc: Doc, at: int) -> bool:
    """The words of the night before end right before `at` (the weekday)."""
    m = doc.lex.night_before.finditer(doc.folded, max(0, at - NIGHT_REACH), at)
    return bool(m) and not doc.folded[m[-1].end() : at].strip()


def _opens_earlier_story(folded: str, s: int, lex: Words) -> bool:
    """The sentence opens with a word of `background` ("Before this, a contractor was killed ..."): an earlier story, not
    more of the claim; unless that opening is a first figure since replaced (`superseded`: "Ранее было известно о 25
    раненых и трех погибших", earlier 25 wounded and three dead were known), the same attack's toll as first told."""
    return opens_with(lex, "background", folded, s) and not opens_with(lex, "superseded", folded, s)


def _continues(folded: str, s: int, lex: Words) -> bool:
    """The sentence starts by referring back: "The attack ...", "It said ...", "The group claimed ...", or, in a
    language that puts the verb first, right after its first word ("وقالت الجماعة", and the group said)."""
    m = lex.anaphora.search(folded, s, s + 40) or lex.pronouns.search(folded, s, s + 20)
    if (m is not None and m.start() == s) or _reported_back(folded, s, lex):
        return True
    at = folded.find(" ", s, s + 20) + 1  # after the sentence's first word: its verb (0: no space near its start)
    if not lex.verb_first or not at:
        return False
    m = lex.anaphora.search(folded, at, at + 40) or lex.pronouns.search(folded, at, at + 20)
    return m is not None and m.start() == at


REPORTED_REACH = 80  # characters from a sentence's start to the speech word of the attribution that opens it


def _reported_back(folded: str, s: int, lex: Words) -> bool:
    """Pattern: the back-reference opens the reported clause of an attribution that opens the sentence ("Al Mayadeen
    reported that the said base lies near Qasrak", "المیادین گزارش کرد که پایگاه مذکور ..."): the sentence points back
    as if it began with the reference. At most one word (the complementizer) between the speech word and it."""
    said = lex.speech.search(folded, s, s + REPORTED_REACH)
    if said is None:
        return False
    m = lex.anaphora.search(folded, said.end(), said.end() + 40)
    return m is not None and _words_between(folded, said.end(), m.start(), 1)


FRONTED_REACH = 40  # characters: a short phrase put before the subject ("In a statement, the group said ...")


def _fronted_pronoun(folded: str, s: int, lex: Words) -> bool:
    """The sentence's subject is a word for the group told of before (`pronouns`), right after a short phrase and its
    comma that open the sentence ("In a statement, the group said its fighters ..."): it goes on about that group."""
    comma = folded.find(",", s, s + FRONTED_REACH)
    m = lex.pronouns.search(folded, comma + 1, comma + 21) if comma >= 0 else None
    return m is not None and not folded[comma + 1 : m.start()].strip()


_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")  # the digit before is checked in `_years`: a lookbehind first is tried at every character
ATTACK_ON = r"<attack_nouns>\s<against>|<targeting>"  # "the attack on", "targeting"
FORCES_HIT = rf"{ATTACK_ON}|<targeted>"  # also "attacked coalition forces at Erbil": forces a base's context phrase places

# The words before a place say it was attacked: "fired a ballistic missile at", "an attack on the".
TARGETED = rf"(?:{ATTACK_ON}|<targeted>|<launched>[^.;]{{0,60}}?<against>)\s(?:<articles>\s)?(?:<side:US|side:coalition>\s)?$"
NAMES_ATTACK = r"\s(?:<weapons>\s)?<attack_nouns>"  # "Tower 22 attack"


def _years(folded: str, s: int, e: int) -> list[re.Match[str]]:
    """Years (1900-2099) written in folded[s:e], none the tail of a longer number."""
    return [m for m in _YEAR.finditer(folded, s, e) if not (m.start() and folded[m.start() - 1].isdecimal())]


def _day_before_campaign(doc: Doc, s: int, e: int, cal: Calendar) -> bool:
    """The sentence names a day and month that, read against the article's day, fall before the campaign."""
    return any(s <= m.start < e and before_campaign(m, doc.reference, cal) for m in doc.dates)


def _years_before(folded: str, s: int, e: int, cal: Calendar, lex: Words, names: tuple[tuple[int, int], ...]) -> bool:
    """The sentence names a year before the campaign, other than one that describes a place it names."""
    return any(int(y.group()) < cal.window_start.year and not _describes_place(folded, s, y, lex, names) for y in _years(folded, s, e))


def _describes_place(folded: str, s: int, year: re.Match[str], lex: Words, names: tuple[tuple[int, int], ...]) -> bool:
    """Pattern: a clause set off after a place (a named base, or a base noun) that opens a span with the year ("a
    base in the Golan Heights, an area Israel has held since 1967"): it describes the place as it has been since,
    and dates nothing the sentence tells. A span year with no place before it stays an old time ("the first time
    since 1973 that ...")."""
    if not _span_start(folded, s, year, lex):
        return False
    places = [pe for _, pe in names if pe <= year.start()] + [m.end() for m in lex.base_nouns.finditer(folded, s, year.start())]
    return any(_CLAUSE_MARKS.search(folded, pe, year.start()) is not None for pe in places)


def _span_start(folded: str, s: int, year: re.Match[str], lex: Words) -> bool:
    """The year follows a since-word ("since 1973", "desde 1967"): the start of a span, not a time of its own."""
    return lex.since.search(folded, max(s, year.start() - SINCE_REACH), year.start()) is not None


SINCE_REACH = 12  # characters from a since-word to the year it opens a span with ("since early 1967")


def _old_attack_year(folded: str, s: int, e: int, cal: Calendar, lex: Words) -> bool:
    """An attack word, then a year before the campaign that starts no span ("the attack in 2020"; not "since 1973")."""
    cue = lex.attack.search(folded, s, e)
    if cue is None:
        return False
    return any(int(m.group()) < cal.window_start.year and not _span_start(folded, s, m, lex) for m in _years(folded, cue.end(), e))


def _campaign_year(folded: str, s: int, e: int, cal: Calendar) -> bool:
    """The sentence names a year of the campaign (it no longer tells the old story)."""
    return any(int(y.group()) >= cal.window_start.year for y in _years(folded, s, e))


LANDMARK_WORDS = 5  # words between a base and "near <another base>" that locates it ("Tower 22, a small site near al-Tanf")
HOSTS_WORDS = 4  # more words allowed when they say whom the base hosts ("hosting US troops", "belonging to the army")
DISTANCE_REACH = 60  # characters from a base to the next name that a distance between them ("45 km from") locates it by


def _landmark(folded: str, ps: int, places: list[tuple[int, int, bool, bool, bool]], lex: Words, cues: tuple[int, ...] | list[int], towns: bool = True) -> bool:
    """A named base that only locates the one named before it ("البرج 22 قريب من قاعدة التنف": Tower 22, near the
    al-Tanf base; "Tower 22, near al-Tanf"): a preposition of place right before it, no attack word and no "and"
    since the first base. Languages that put the preposition after the name read it the other way round (see
    `_landmark_before`). `towns`: a name "near" introduces as a town counts too (`_near_town`)."""
    if head_final(lex):
        return _landmark_before(folded, ps, places, lex, cues)
    ends = [pe for bs, pe, *_ in places if pe <= ps]
    if not ends:
        return False
    lo = max(ends)
    if towns and _near_town(folded, lo, ps, lex, cues):
        return True
    if ps - lo <= DISTANCE_REACH and not any(lo <= c < ps for c in cues) and not lex.conjunctions.search(folded, lo, ps):
        # "Harir, which lies about 45 km from Erbil airport": a distance right before the name (a count, its unit,
        # one word at most: "from") measures where the base named before it lies; the second name is no target
        unit = list(lex.measure_units.finditer(folded, lo, ps))
        if unit and lex.number.search(folded, lo, unit[-1].start()) and _distance_to(folded, unit[-1].end(), ps, lex):
            return True
    # "the Harir base belonging to the American military near Erbil airport": who the base hosts or belongs to
    # describes it, and those words do not part the landmark from the base it locates
    hosted = pattern(lex, "<hosts>").search(matchable(folded), lo, ps)
    reach = LANDMARK_WORDS + (HOSTS_WORDS if hosted and not folded[lo : hosted.start()].strip(" ,") else 0)
    if _words_but_sides(folded, lo, ps, lex, nouns=True) > reach or any(lo <= c < ps for c in cues) or lex.conjunctions.search(folded, lo, ps):
        return False
    if _another_between(folded, lo, ps, lex):
        return False  # "قاعدة عين الأسد وأخرى قرب مطار أربيل" (Ain al-Asad and another near Erbil airport): another site, no landmark
    prep = [m.end() for m in pattern(lex, "<prepositions>").finditer(matchable(folded), lo, ps)]
    if prep and re.search(r"[,;:،؛]", folded[lo : prep[-1]].lstrip(" \"'”″»)").lstrip(",،")) and not _side_apposed(folded, lo, prep[-1], lex):
        return False  # "al-Tanf on Monday, at Conoco ...": a clause of its own (only "Tower 22, near ..." is apposed)
    if not prep or _and_glued(folded, ps, lex) or _and_noun_between(folded, lo, prep[-1], lex):
        return False  # "في أربيل والتنف", "في أربيل وقاعدة التنف": "and" written onto the second name or its base noun
    count = lex.number.search(folded, lo, prep[-1])
    if count is not None and not folded[count.end() : prep[-1]].strip(" ").split()[:-1]:
        return False  # "two on Ain al-Asad, one on Harir": a count right before the preposition is an item of a list of attacks
    # "near (the base) al-Tanf": one word at most between, besides the side the base hosts ("near the US al-Tanf
    # garrison"), no list ("في الأنبار، التنف": in Anbar, al-Tanf)
    return _words_but_sides(folded, prep[-1], ps, lex, nouns=True) <= 1 and not re.search(r"[,;:،؛]", folded[prep[-1] : ps])


def _words_but_sides(folded: str, lo: int, hi: int, lex: Words, nouns: bool = False) -> int:
    """The words of folded[lo:hi] that are no side's word ("US", "American"); with `nouns`, no base noun, article or
    mark of the genitive either ("la base américaine d'", "alla base americana di")."""
    skip = [(m.start(), m.end()) for _, cat in lex.sides for m in cat.finditer(folded, lo, hi)]
    if nouns:
        skip += [(m.start(), m.end()) for m in lex.base_nouns.finditer(folded, lo, hi)]
        skip += [(m.start(), m.end()) for m in pattern(lex, LOCATOR_FILLER).finditer(matchable(folded), lo, hi)]
    return sum(1 for w in re.finditer(r"\S+", folded[lo:hi]) if not any(a <= lo + w.start() < b for a, b in skip))


LOCATOR_FILLER = r"(?<!\w)(?:<articles>|<genitive>)(?!\w)"  # an article or a genitive mark ("la", "d'", "di")


SETTLEMENT_WORDS = 6  # words from "near" to the name it introduces as a town ("alla città di confine siriana di")
SITE_NOUN_WORDS = 2  # words after the site's name before that "near" (its nouns: "the Rukban refugee camp near ...")


def _near_town(folded: str, lo: int, ps: int, lex: Words, cues: tuple[int, ...] | list[int]) -> bool:
    """Pattern: "a US facility near the Rukban camp, near the Syrian border town of al-Tanf", "Harir base near the
    city of Erbil", "قرب مدينة أربيل": after a site, "near" and a noun of a settlement (`settlements`: town, city,
    village, with the article, adjectives and "of" around it) introduce the next name as a town that locates the site.
    The town's namesake base is no target of its own. No attack word, no "and", no clause break between."""
    near = [m for m in lex.nearby.finditer(folded, lo, ps) if len(folded[lo : m.start()].split()) <= SITE_NOUN_WORDS]
    if not near:
        return False
    between = folded[near[0].end() : ps]
    if len(between.split()) > SETTLEMENT_WORDS or re.search(r"[,;:،؛]", between) or any(lo <= c < ps for c in cues):
        return False
    return lex.settlements.search(folded, near[0].end(), ps) is not None and not lex.conjunctions.search(folded, lo, ps)


def _relocated_names(drafts: list[Draft], doc: Doc, gaz: Gazetteer) -> list[Draft]:
    """Pattern: the story names a base "near" another site of the gazetteer that lies far from it ("قاعدة حرير قرب مطار
    أربيل الدولي", the Harir base near Erbil international airport, 70 km apart): the name is the militia's or the
    reporter's mistake and the landmark is the place the attack hit (the attacks on Erbil airport of 25 and 31 December
    2023, claimed as "Harir"). Every claim of the story on the mistaken name (its headline too) is placed at the
    landmark. Not a distance ("Harir, 45 km from Erbil airport"), nor a landmark close by (Tower 22 near al-Tanf)."""
    moved = _mislocated(doc, gaz)
    if not moved:
        return drafts

    def named(d: Draft) -> str | None:
        return next((bid for bid, bs, _ in doc.bases if d.place[0] <= bs < d.place[1]), None) if d.base_hint else None

    return [replace(d, place=moved[bid]) if (bid := named(d)) in moved else d for d in drafts]


def _mislocated(doc: Doc, gaz: Gazetteer) -> dict[str, tuple[int, int]]:
    """The bases the story places "near" a far site: base id -> where that site is first so named."""
    if head_final(doc.lex) or len({bid for bid, _, _ in doc.bases}) < 2:
        return {}
    out: dict[str, tuple[int, int]] = {}
    for s, e in doc.sentences:
        here = [(bid, bs, be) for bid, bs, be in doc.bases if s <= bs < e]
        places = [(bs, be, True, False, False) for _, bs, be in here]
        for (a, _, ae), (b, bs, be) in pairwise(here):
            if a == b or a in out or gaz.km_between(a, b) <= MISLOCATED_KM or doc.lex.measure_units.search(doc.folded, ae, bs):
                continue
            if re.search(r"[\d,;:،؛]", doc.folded[ae:bs]):
                continue  # "32 were hurt at the al-Tanf base, 13 at the al-Asad base": a list, no landmark
            # a town named after "near" ("Harir near the city of Erbil") is where the base lies, not a far site it is mistaken for
            if doc.lex.nearby.search(doc.folded, ae, bs) is not None and _landmark(doc.folded, bs, places, doc.lex, doc.cues, towns=False):
                out[a] = (bs, be)
    return out


MISLOCATED_KM = 30.0  # a base "near" a site this far from it is not near it: one of the two names is wrong
NEAR_WORDS = 2  # words from a landmark's name to its postposition of place (its base noun with a case ending, then "near")


def _side_apposed(folded: str, lo: int, prep: int, lex: Words) -> bool:
    """Only the side the base hosts stands between its name and the comma before the preposition ("قاعدة عين الأسد
    الأمريكية، قرب حديثة": the American Ain al-Asad base, near Haditha): the comma closes the base's own name, and
    what follows locates it."""
    comma = lo + len(re.split(r"[,;:،؛]", folded[lo:prep], maxsplit=1)[0])
    words = [m.start() for m in re.finditer(r"\S+", folded[lo:comma])]
    sides = [m for _, cat in lex.sides for m in cat.finditer(folded, lo, comma)]
    return 0 < len(words) <= SIDE_WORDS and all(any(m.start() <= lo + w < m.end() for m in sides) for w in words)


SIDE_WORDS = 2  # side words ("US", "American") that may follow a base's name before the comma of its apposition


def _another_between(folded: str, lo: int, hi: int, lex: Words) -> bool:
    """A word of `others` between two names ("and another near ..."), also with a one-letter "and" written onto it
    (Arabic "وأخرى", Hebrew "ואחר"): the second phrase is another site."""
    others = folded_phrases(lex, "others")
    return any(w in others or (len(w) > 1 and w[0] in ONE_LETTER_PROCLITICS and w[1:] in others) for w in folded[lo:hi].split())


def _landmark_before(folded: str, ps: int, places: list[tuple[int, int, bool, bool, bool]], lex: Words, cues: tuple[int, ...] | list[int]) -> bool:
    """Head-final languages describe a base before naming it, a landmark first: "El Tanf üssüne yakın noktada bulunan
    Kule 22" (Tower 22, at a point near the al-Tanf base), "알탄프 기지 인근의 타워 22". A named base is only a landmark
    when a postposition of place follows it within two words, another named base follows within a few more, and no
    attack word or "and" comes between."""
    here = next(((bs, pe) for bs, pe, hint, *_ in places if bs == ps and hint), None)
    after = [bs for bs, _, hint, *_ in places if here and hint and bs >= here[1]]
    if here is None or not after:
        return False
    lo, hi = here[1], min(after)
    if len(folded[lo:hi].split()) > LANDMARK_WORDS or any(lo <= c < hi for c in cues) or lex.conjunctions.search(folded, lo, hi):
        return False
    near = pattern(lex, "<prepositions>").search(matchable(folded), lo, hi)
    return near is not None and len(folded[lo : near.start()].split()) <= NEAR_WORDS - 1


def _distance_to(folded: str, at: int, ps: int, lex: Words) -> bool:
    """What lies between a distance's unit and the next name: one word ("from"), or a direction of place with
    an article and one adjective at most ("45 kilometers (27.9 miles) north of the Erbil International Airport",
    "40 Kilometer östlich des zivilen Flughafens Erbil")."""
    rest = folded[at:ps].strip(" )]")
    return len(rest.split()) <= 1 or pattern(lex, r"<prepositions>(?:\s<articles>)?(?:\s\w+)?\s*$").fullmatch(matchable(rest)) is not None


OTHER_FORCES_WORDS = 2  # words before a described place in which the force it belongs to is named ("a Peshmerga base")


def _other_forces(folded: str, s: int, ps: int, pe: int, lex: Words) -> bool:
    """A described place that is another force's base ("at least two explosive drones struck a Peshmerga base in
    Erbil", "une base des peshmergas"): a word of `other_forces` inside it or in the two words before it. Such a base
    hosts no coalition troops; "a base in Erbil" alone would be read as the coalition's."""
    lo = ps
    for _ in range(OTHER_FORCES_WORDS):
        m = re.search(r"\S+\s*$", folded[max(s, lo - 40) : lo])
        lo = lo - len(m.group(0)) if m and lo > s else lo
    return pattern(lex, "<other_forces>").search(matchable(folded), max(s, lo), pe) is not None


def _person_named(folded: str, pe: int, lex: Words) -> bool:
    """A base's name that goes on as a man's name ("Omar Abu Layla, who runs Deir Ezzor 24, said drones hit Conoco"):
    a word of `name_particles` right after it makes it part of the name of a person, not the al-Omar base. So does a
    surname and a slash with an agency after it: a picture's credit ("Omar Albam/AP/dpa", its photographer)."""
    return pattern(lex, r"\s<name_particles>\s").match(matchable(folded), pe) is not None or _CREDITED.match(folded, pe) is not None


_CREDITED = re.compile(r"\s[^\W\d][\w'-]*/[^\W\d]")  # " albam/ap": a photographer's surname, then the agency after a slash


TAKEN_TO_REACH = 80  # characters from "evacuated" to the place the wounded were taken ("from Jordan to the ...")


def _taken_to(folded: str, s: int, ps: int, lex: Words) -> bool:
    """A base the wounded were taken to ("Eight of the injured were medically evacuated from Jordan to the Baghdad
    Diplomatic Support Center"): a word of `taken_to` before it in its clause, no attack word between. A hospital
    or a support center of another base treats the wounded of the attack; it was not attacked. Not a base they were
    taken from ("evacuated from the Rumalyn landing zone", `_moved_from`): they were there when hit."""
    m = next(reversed(list(lex.taken_to.finditer(folded, max(s, ps - TAKEN_TO_REACH), ps))), None)
    if m is None or _moved_from(folded, s, ps, lex):
        return False
    return not _CLAUSE_PUNCT.search(folded, m.end(), ps) and lex.attack.search(folded, m.end(), ps) is None


TAKEN_FROM_GAP = 8  # characters from "moved from" to the base right after it ("moved from the Rumalyn ...": an article between)
TAKEN_FROM_NOUN_GAP = 32  # the same with a base noun between ("transférés de la zone d'atterrissage de Rumalyn")


def _moved_from(folded: str, s: int, ps: int, lex: Words) -> bool:
    """Pattern: the victims moved from a base ("service members were moved from Rumalyn Landing Zone to another location
    for evaluation", "transférés de la zone d'atterrissage de Rumalyn"): a word of `taken_from` ending at most
    TAKEN_FROM_GAP characters before the place (an article between), or TAKEN_FROM_NOUN_GAP with a base noun between
    and no clause break ("evacuated from Jordan to the Baghdad center": Jordan, no base noun, is where they were)."""
    for m in lex.taken_from.finditer(folded, max(s, ps - TAKEN_TO_REACH), ps):
        gap = ps - m.end()
        if gap <= TAKEN_FROM_GAP:
            return True
        if gap <= TAKEN_FROM_NOUN_GAP and not _CLAUSE_PUNCT.search(folded, m.end(), ps) and lex.base_nouns.search(folded, m.end(), ps):
            return True
    return False


DENIAL_REACH = 80  # characters from a verb of denying to the base it is about ("denied on Friday that the Ain al-Asad")
DENIED_ATTACK_REACH = 60  # characters from that base to the attack said of it ("... air base in Anbar had been shelled")
ATTACK_OBJECT_REACH = 30  # characters from an attack word to the base it is on ("an attack on the Victory base")


def _denied_attack(folded: str, s: int, e: int, ps: int, pe: int, lex: Words) -> bool:
    """A base whose attack the sentence denies: a verb of `denying` before the base (at most DENIAL_REACH characters)
    with the attack said of the base after it ("a security source denied on Friday that Ain al-Asad had been shelled",
    "نفى مصدر أمني تعرض قاعدة عين الأسد إلى قصف") or named just before it ("denied reports of an attack on Victory base",
    "نفت ... استهداف قاعدة فكتوريا"); in verb-final order a verb of `denying_after` following the base, the attack said
    before it ("حمله به پایگاه حریر را تکذیب کرد"). Nothing else the denial could be about may stand in it: no casualty,
    responsibility, part (`denied_other`) or attacker word, no pronoun for the attackers ("denied that it attacked"),
    no toll or launch site. "Iran denied any role in the attack on Tower 22", "the Pentagon denied that troops were
    killed at Ain al-Asad" and "denied that the drones were launched from Iraq" keep their attack."""
    about_else = (lex.killed, lex.wounded, lex.claimed, lex.attackers, lex.denied_other)
    tolls = (lex.killed, lex.wounded, lex.no_casualties, lex.no_deaths, lex.origins)
    m = next(reversed(lex.denying.finditer(folded, max(s, ps - DENIAL_REACH), ps)), None)
    if m is not None:
        said_after = lex.attack.search(folded, pe, min(e, pe + DENIED_ATTACK_REACH)) is not None
        named = lex.attack.search(folded, max(m.end(), ps - ATTACK_OBJECT_REACH), ps)
        if not (said_after or (named is not None and lex.pronouns.search(folded, m.end(), named.start()) is None)):
            return False
        return all(c.search(folded, m.end(), ps) is None for c in about_else) and all(c.search(folded, m.end(), e) is None for c in tolls)
    # verb-final: the object, the attack on the base ("حمله به پایگاه عین الاسد", "üssüne saldırı"), before the verb
    m = lex.denying_after.search(folded, pe, min(e, pe + DENIAL_REACH))
    lo = max(s, ps - DENIED_ATTACK_REACH)
    if m is None or _CLAUSE_PUNCT.search(folded, pe, m.start()) or lex.attack.search(folded, lo, m.start()) is None:
        return False
    return all(c.search(folded, lo, m.start()) is None for c in (*about_else, *tolls))


LAUNCHED_FROM_REACH = 25  # characters from "took off from" to the base named as the start ("from the Ali Al Salem air base")
# After the base, before a word of `origins_after`: a case ending written onto the name and a space ("Üssü'nden havalanan").
_ORIGIN_ENDING = re.compile(r"[^\s,;:.،؛]{0,6}\s?")
ORIGIN_AFTER_REACH = 40  # characters after the base within which that word must start (the ending's 7, and its own length)


def _launched_from(folded: str, s: int, ps: int, lex: Words, gaz: Gazetteer, pe: int | None = None) -> bool:
    """A base named as where an aircraft or a weapon set out ("the US drone they downed had taken off from a base in
    Kuwait", "انطلقت من قاعدة ..."): the object of a word of `origins`, at most three words after it (the rest of its
    name), no clause mark, preposition, country or attack word between. The base is the start of the flight, not the
    target of the attack the sentence tells; "a drone launched from Iraq on the al-Tanf base" still hits al-Tanf.
    Where the language puts the verb or the case after the place (`origins_after`: "从阿萨德空军基地起飞", "基地から離陸
    した"), that word right after the base's end `pe`, past its base noun and a case ending glued to them."""
    if pe is not None:
        noun = lex.base_nouns.search(folded, pe, min(len(folded), pe + ORIGIN_AFTER_REACH))  # "Ayn el-Esed [Üssü]'nden", "알아사드 [공군기지]에서"
        if noun is not None and not folded[pe : noun.start()].strip():
            pe = noun.end()
        m = lex.origins_after.search(folded, pe, min(len(folded), pe + ORIGIN_AFTER_REACH))
        if m is not None and _ORIGIN_ENDING.fullmatch(folded, pe, m.start()) is not None:
            return True
    m = next(reversed(list(lex.origins.finditer(folded, max(s, ps - LAUNCHED_FROM_REACH - 40), ps))), None)
    if m is None or ps - m.end() > LAUNCHED_FROM_REACH or not _words_between(folded, m.end(), ps, 3):
        return False
    between = (
        lex.prepositions.search(folded, m.end(), ps),
        lex.attack.search(folded, m.end(), ps),
        _CLAUSE_PUNCT.search(folded, m.end(), ps),
        pattern(lex, "<against>").search(matchable(folded), m.end(), ps),  # "שוגרו רקטות לעבר בסיס" (rockets launched toward the base): its target
    )
    return all(x is None for x in between) and all(_possessor(folded, ce, ps) for _, _, ce in gaz.country_hits(folded, m.end(), ps))


def _possessor(folded: str, ce: int, ps: int) -> bool:
    """A country written with an ending after an apostrophe right before the place ("took off from neighbouring Kuwait's Ali
    Al Salem Airbase", "Kuveyt'in ..."): the base's own country, which names no start of its own."""
    m = _APOSTROPHE_ENDING.match(folded, ce)
    return m is not None and not folded[m.end() : ps].strip()


SHIPS_AT_REACH = 25  # characters from a ship word to the port it lay in ("four ships in Israel's Haifa port")
SHIP_NAME_REACH = 40  # characters of a ship's name in brackets between the ship word and the port


def _ships_at(folded: str, s: int, ps: int, lex: Words, names: tuple[tuple[int, int], ...] = ()) -> bool:
    """A port named as where ships were ("drones at four vessels in Haifa port", "استهداف سفن في ميناء حيفا"): a word of
    `vessels` just before it in its clause, no attack word between. The attack was on the ships, which LABELLING
    leaves out; a strike on the port itself names no ship before it. The ship's name in brackets after the word
    ("the ship (MSC Manzanillo) in Haifa port") does not count in the distance."""
    ships = lex.vessels.finditer(folded, max(s, ps - SHIP_CLAUSE_REACH), ps)
    found = [(v, sum(len(b.group(0)) for b in _BRACKETED.finditer(folded, v.end(), ps))) for v in ships]
    m = next((v for v, named in reversed(found) if ps - v.start() - named <= SHIPS_AT_REACH), None)
    if m is not None:
        return _ship_bound_for(folded, m.end(), ps, lex)
    # further on, only with no other site named between: "le gisement pétrolier al-Omar ... le gisement Konico" is an
    # oil field's adjective before a base, not a tanker
    return any(_ship_bound_for(folded, v.end(), ps, lex) and not any(v.end() <= ns < ps for ns, _ in names) for v, _ in found)


SHIP_CLAUSE_REACH = 90  # characters from a ship word to a port told later in its clause ("... the tanker X in the Mediterranean heading for Haifa port")


def _ship_bound_for(folded: str, ve: int, ps: int, lex: Words) -> bool:
    """A port told further on in the clause of a ship, with nothing between but the ship's name, its sea and its course
    ("a drone attack on a tanker in the Mediterranean heading for Haifa port", "... un pétrolier qui se dirigeait vers
    le port de Haïfa"), or where it lay ("four ships in Haifa port"): no clause mark, no attack word, no "and"
    opening another target (spaced, or glued onto the place: "a ship and Haifa port", "وميناء حيفا"). The port is
    where the ship was bound or lay, not the target."""
    text = matchable(folded)
    return (
        not _and_glued(folded, ps, lex)
        and not _CLAUSE_PUNCT.search(folded, ve, ps)
        and lex.attack.search(folded, ve, ps) is None
        and pattern(lex, r"\s<conjunctions>\s").search(text, ve, ps) is None
    )


def _and_glued(folded: str, ps: int, lex: Words) -> bool:
    """The place at `ps` opens with an "and" written onto its article or its base noun ("والتنف", "وقاعدة التنف"):
    the next item of a list of places, never a landmark of the one before."""
    if not _glued_and_at(folded, ps):
        return False
    noun = lex.base_nouns.search(folded, ps, ps + 20)
    return folded[ps + 1 : ps + 3] == "ال" or (noun is not None and noun.start() == ps)


def _and_noun_between(folded: str, lo: int, hi: int, lex: Words) -> bool:
    """Pattern: an "and" written onto a base noun between two names ("قاعدة التنف وقواعد أميركية في محيط مخيم
    الركبان": the al-Tanf base and US bases around the Rukban camp): a second target whose place the preposition
    gives, not a landmark locating the first base."""
    return any(_glued_and_at(folded, m.start()) for m in lex.base_nouns.finditer(folded, lo, hi))


def _other_attacker(folded: str, s: int, ps: int, lex: Words) -> bool:
    """ "Turkish drones struck a facility near Rumeilan", "a U.S. drone strike near Baghdad airport": the attacker
    before the place is a state, not a militia (unless "the attack on" the place, or a recall, comes between).
    A state's forces that speak are no attacker: "the Israeli army said two soldiers were killed when a drone
    struck a base in the Golan", "Israeli army radio reported" (a speech word at most two words on)."""
    at = s
    while (m := _strike(folded, at, ps, lex)) is not None:
        if _unnamed_strike_on_the_base(folded, m, ps, lex):
            at = m.end()
            continue
        on = pattern(lex, ATTACK_ON).search(matchable(folded), m.end(), ps)
        its_own = on is not None and not folded[m.end() : on.start()].strip()  # "a Jordanian air force strike on smugglers near X"
        if lex.recalls.search(folded, m.start(), ps) is not None or (on is not None and not its_own):
            return False  # a recall from the strike on ("آمریکا در تلافی حمله برج ۲۲": the US, avenging the Tower 22 attack)
        # A recall cue before the strike (or one that names it: "in retaliation for US strikes") recalls the strike: the
        # place is the new attack's when a clause, an attack word or a weapon of its own stands between ("Hours after US
        # strikes killed five fighters, rockets hit Ain al-Asad"), the strike's own target when nothing does ("The vote
        # came after a U.S. air strike on Baghdad airport killed Soleimani").
        if lex.recalls.search(folded, at, m.end()) is None:
            return True
        own = lex.attack.search(folded, m.end(), ps) or lex.weapons.search(folded, m.end(), ps)  # "... feuerten Milizen Raketen auf"
        if _CLAUSE_PUNCT.search(folded, m.end(), ps) is None and own is None:
            return True
        at = m.end()  # that strike is recalled; a later one may still be the place's attacker ("..., US jets hit a depot near X")
    return False


def _unnamed_strike_on_the_base(folded: str, m: re.Match[str] | Match, ps: int, lex: Words) -> bool:
    """Pattern: a strike word naming no attacker (`strike_nouns`, no `sides` word just before it in its clause), aimed
    right at the place or its base noun ("Airstrike on Ain al-Asad injures Iraqi soldier", "la frappe aérienne contre la
    base d'Aïn al-Assad"): local outlets call the militias' drones and missiles airstrikes, and no state strikes a base
    hosting US or coalition forces; a strike near a place ("an airstrike near Baghdad airport"), or one a state is named
    for, stays that state's."""
    if pattern(lex, r"\s+<against>\s+(?:<determiners>\s+)?(?:<base_nouns>\s*(?:<genitive>\s*)?)?").fullmatch(matchable(folded), m.end(), ps) is None:
        return False
    bare = lex.strike_nouns.search(folded, m.start(), m.end())
    if bare is None or (bare.s, bare.e) != (m.start(), m.end()):
        return False  # "Tehran fired missiles at ...", "a US airstrike on ...": the strike's words name its state
    lo = max(0, m.start() - STRIKE_OWNER_REACH)
    owners = [h for _, rx in lex.sides for h in rx.finditer(folded, lo, m.start())]
    return not any(_CLAUSE_PUNCT.search(folded, h.end(), m.start()) is None for h in owners)  # "the U.S. military's airstrike"


STRIKE_OWNER_REACH = 20  # characters before a strike word where its state may be named ("the U.S. military's airstrike")


def _state_attack_on(folded: str, s: int, e: int, ps: int, lex: Words, gaz: Gazetteer) -> bool:
    """Pattern: a state's own missile attack told before the place ("Iran fired ballistic missiles at Ain al-Asad", as
    in January 2020; `state_attacks`), in a sentence that names no armed group and no attackers' noun: the state is the
    attacker, not a militia of the campaign (unless a recall cue comes before the place: "two days after Iran's missile
    attack on Israel, a drone hit ..."). Told after the place ("Nevatim was damaged in Iran's missile attack"), with no
    attack word or recall cue between, it is the place's attack too."""
    m = lex.state_attacks.search(folded, s, ps)
    if m is None or lex.recalls.search(folded, s, ps) is not None:
        m = lex.state_attacks.search(folded, ps, e)  # "Nevatim suffered heavy damage in Iran's missile attack": the place hit, told first
        if m is None or lex.recalls.search(folded, ps, m.start()) is not None or lex.attack.search(folded, ps, m.start()) is not None:
            return False  # "drones hit Nevatim, two days after Iran's missile attack": the attack told first is another
    return gaz.find_actor(folded, s, e) is None and lex.attackers.search(folded, s, e) is None


def _only_our_strike(doc: Doc, s: int, e: int, gaz: Gazetteer) -> bool:
    """Pattern: every attack word of the sentence is a US or coalition strike's, the strike's own noun or its verb after
    a relative pronoun (`where`: "العدوان الأمريكي الذي استهدف مواقع في القائم", the American aggression that targeted
    sites in al-Qaim): the sentence tells that strike, and a coalition site it names (the embassy whose envoy is
    summoned) is no target of it."""
    folded, lex = doc.folded, doc.lex
    cues = [c for c in doc.cues if s <= c < e]
    strikes = [m for m in lex.state_strike.finditer(folded, s, e) if _side(folded, m.start(), m.end(), lex) in ("US", "coalition")]
    if not cues or not strikes or gaz.find_actor(folded, s, e) is not None:
        return False

    relative = pattern(lex, r"[^\w]*<where>\s*")  # the strike's name may close a quotation: "«العدوان الأمريكي» الذي استهدف"

    def owned(c: int) -> bool:
        return any(m.start() <= c < m.end() or (m.end() < c and relative.fullmatch(matchable(folded), m.end(), c) is not None) for m in strikes)

    return all(owned(c) for c in cues)


def _answered(d: Draft, folded: str, lex: Words) -> bool:
    """A state's strike told after the claim's place in its sentence, as the clause the place's phrase leads into ("After
    the Tower 22 attack, American warplanes pounded militia sites in Iraq"): the story has gone on to the counter-strike,
    and a toll the next sentence gives of no side's victims ("At least 45 people were killed") is the strike's, not the
    base's. Not a strike recalled ("..., hours after US airstrikes"), nor one joined to the attack's own clause ("A drone
    hit Tower 22, and American warplanes struck back"): the attack is still the story."""
    strike = _strike(folded, d.place[1], d.sentence[1], lex)
    if strike is None or lex.recalls.search(folded, d.place[1], strike.start()) is not None:
        return False
    marks = list(_CLAUSE_PUNCT.finditer(folded, d.place[1], strike.start()))
    return not marks or lex.conjunctions.search(folded, marks[-1].end(), min(strike.start(), marks[-1].end() + 6)) is None


def _recalls_strike(folded: str, at: int, e: int, lex: Words, names: tuple[tuple[int, int], ...]) -> bool:
    """A state's strike within three words after a recall cue ("hours after U.S. airstrikes", "a day after a U.S. strike"):
    what is recalled is the strike, and the attack the sentence goes on to tell is new. Not past a base's name: the
    cue's own attack is on that base, and the strike after it answers it ("после атаки на Tower 22 американские самолеты",
    after the attack on Tower 22, American planes ...)."""
    strike = _strike(folded, at, min(e, at + 40), lex)
    return _soon_after(folded, at, strike, 3) and strike is not None and not any(at <= bs < strike.start() for bs, _ in names)


def _strike_day(folded: str, s: int, e: int, x: SentenceDate, lex: Words) -> bool:
    """The day qualifies a state's strike the sentence names ("Nasrallah, killed in Friday's Israeli strike on Beirut",
    "ktorý zahynul pri piatkovom izraelskom útoku", "the US strikes on Friday"; head-final languages tell it inside
    the clause before the strike noun, "ABD'nin dün Bağdat'ta düzenlediği hava saldırısında"): the strike's day."""
    at = s
    while (m := lex.state_strike.search(folded, at, e)) is not None:
        before = folded[x.span[1] : m.start()]
        after = folded[m.end() : x.span[0]]
        gap = STRIKE_DAY_REACH if head_final(lex) else STRIKE_DAY_GAP  # "ABD'nin dün Bağdat'ta düzenlediği hava saldırısı"
        if (x.span[1] <= m.start() and len(before) <= gap and not _CLAUSE_BREAK.search(before)) or (
            m.end() <= x.span[0] and len(after) <= STRIKE_DAY_REACH and not _CLAUSE_BREAK.search(after)
        ):
            return True
        at = m.end()
    return False


STRIKE_DAY_GAP = 3  # characters between a day word and the strike it qualifies ("Friday's Israeli strike")
STRIKE_DAY_REACH = 25  # characters from a strike to a day told after it ("the Israeli strike on Beirut on Friday")
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\n]")


def _strike(folded: str, lo: int, hi: int, lex: Words) -> Match | None:
    """The first state's strike named in folded[lo:hi] (`state_strike`), passing over a state's forces that speak
    or that defend ("Israeli forces intercepted a drone launched from Iraq": the target's side, not an attacker),
    and over a force that describes a site (`_describes_site`)."""
    at = lo
    while (m := lex.state_strike.search(folded, at, hi)) is not None and (
        (_speaker(folded, m.end(), hi, lex) and not _act(folded, m, lex))
        or _defends(folded, m.end(), hi, lex)
        or _sponsored(folded, at, m.start(), lex)
        or _describes_site(folded, m, lex)
        or _force_aimed_at(folded, lo, m, lex)
        or _threatened(folded, lo, hi, m, lex)
    ):
        at = m.end()
    return m


THREATENED_REACH = 40  # characters between a verb of threatening or warning and the strike it threatens (a day between)


def _threatened(folded: str, lo: int, hi: int, m: Match, lex: Words) -> bool:
    """Pattern: a strike noun after a verb of threatening or warning in its clause ("Biden warned on Monday of
    retaliation", "προειδοποίησε με αντίποινα", warned with reprisals), or before it in languages that put the verb
    last ("보복을 경고했다"): a strike to come, no state's strike told. Not past a comma ("Biden warned Iran, and US jets
    struck ...": a strike told after the warning)."""
    threats = lex.threat.finditer(folded, max(lo, m.start() - THREATENED_REACH), m.start())
    if threats and not _CLAUSE_PUNCT_ANY.search(folded, threats[-1].end(), m.start()):
        return True
    if not head_final(lex):
        return False
    after = lex.threat.search(folded, m.end(), min(hi, m.end() + THREATENED_REACH))
    return after is not None and not _CLAUSE_PUNCT_ANY.search(folded, m.end(), after.start())


AIMED_REACH = 30  # characters before "against" where the weapon or attack word aimed at a force may stand


def _force_aimed_at(folded: str, lo: int, m: Match, lex: Words) -> bool:
    """Pattern: a state's force right after `against` that a weapon or an attack word just before was aimed at ("a
    drone launched against U.S. forces struck al-Tanf", "a drone launched against U.S. and Coalition forces struck
    al-Tanf"): the force is the target, and its verb ("struck") the weapon's; no strike of that state."""
    aim = pattern(lex, r"<against>\s+(?:<determiners>\s+)?(?:\S+\s+<conjunctions>\s+)?$").search(matchable(folded), max(lo, m.start() - 25), m.start())
    if aim is None:
        return False
    before = max(lo, aim.start() - AIMED_REACH)
    return lex.weapons.search(folded, before, aim.start()) is not None or lex.attack.search(folded, before, aim.start()) is not None


BASE_NOUN_REACH = 20  # characters after a state's force where the base noun it qualifies may stand


def _describes_site(folded: str, m: Match, lex: Words) -> bool:
    """Pattern: a state's force qualifying a site ("an Israeli army base in the Golan", "a Turkish army outpost"):
    the force is named without an act (no attack word: not "the US struck") and a base noun is the next word
    ("по авиабазе" after "Tehran fired missiles" is a target), so the words name the target's owner, not an attacker."""
    noun = lex.base_nouns.search(folded, m.end(), m.end() + BASE_NOUN_REACH)
    return noun is not None and not folded[m.end() : noun.start()].strip() and lex.attack.search(folded, m.start(), m.end()) is None


def _act(folded: str, m: Match, lex: Words) -> bool:
    """The state's strike is named by an act (an attack word opens it: "الهجوم الأمريكي", the American attack), not by
    a force: an act does not speak, so a speech word after it belongs to a relative clause with another subject ("the
    US attack, which Baghdad said hit army posts, killed one": Baghdad speaks; the deaths are still the strike's)."""
    word = lex.attack.search(folded, m.start(), m.end())
    # head-final languages close the act with it ("拠点を空爆したと発表した": bombed the strongholds, it announced)
    return word is not None and (word.start() == m.start() or (head_final(lex) and lex.attack.finditer(folded, m.start(), m.end())[-1].end() == m.end()))


SPONSOR_REACH = 30  # characters before a state's force where the word making it a sponsor is read


def _sponsored(folded: str, lo: int, at: int, lex: Words) -> bool:
    """A sponsor word at most two words before a state's force ("الفصائل المدعومة من الحرس الثوري", the factions
    backed by the Revolutionary Guard): the force backs the attackers named before it, it strikes nothing itself."""
    m = lex.sponsored.search(folded, max(lo, at - SPONSOR_REACH), at)
    return m is not None and _words_between(folded, m.end(), at, 2)


def _defends(folded: str, at: int, end: int, lex: Words) -> bool:
    """A word of `engaged` (intercepted, shot down) follows `at` within two words, nothing but words between."""
    return _soon_after(folded, at, pattern(lex, "<engaged>").search(matchable(folded), at, min(end, at + 40)), 2)


def _speaker(folded: str, at: int, end: int, lex: Words) -> bool:
    """Whether a speech word follows `at` within two words, nothing but words between (the state's forces as the
    source of the story, not the attacker)."""
    return _soon_after(folded, at, lex.speech.search(folded, at, min(end, at + 40)), 2)


def _speaking_site(folded: str, s: int, e: int, p: tuple[int, int, bool, bool, bool], places: list[tuple[int, int, bool, bool, bool]], lex: Words) -> bool:
    """Pattern: a site that opens its sentence, or the attribution after a quote, as the one speaking ("The US embassy in
    Iraq confirmed yesterday that an attack occurred on a US facility at Baghdad airport", "“An attack occurred on the
    Diplomatic Support Center,” the US embassy said"): a verb of saying right after it, another place in the sentence.
    The speaker is the source, the other place the target; a site alone may speak of its own attack."""
    head = folded[s : p[0]].rstrip()
    article = head.rsplit(None, 1)[-1] if head and not head.endswith(_QUOTE_END) else ""  # one word at most: "the"
    rest = head[: len(head) - len(article)].rstrip()
    if rest and not rest.endswith(_QUOTE_END):
        return False  # the site neither opens the sentence nor the attribution after a quote ("..., the US embassy said")
    return _speaker(folded, p[1], e, lex) and any(q[0] != p[0] for q in places)


_QUOTE_END = (",", '"', "”", "»")  # what closes a quote before its attribution


def _soon_after(folded: str, at: int, m: Match | re.Match[str] | None, words: int) -> bool:
    """Whether the match `m` starts at most `words` words after `at`, nothing but words between (no clause mark)."""
    return m is not None and _words_between(folded, at, m.start(), words)


def _words_between(folded: str, at: int, stop: int, words: int) -> bool:
    """At most `words` words in folded[at:stop] and no clause mark among them."""
    gap = folded[at:stop]
    return len(gap.split()) <= words and not re.search(r"[,;:.،؛]", gap)


def _names(bases: Sequence[tuple[str, int, int]], s: int, e: int) -> tuple[tuple[int, int], ...]:
    return tuple((bs, be) for _, bs, be in bases if s <= bs < e)


def _unique_bases(hits: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    seen: dict[str, tuple[str, int, int]] = {}
    for key, bs, be in hits:
        seen.setdefault(key, (key, bs, be))
    return list(seen.values())


# "Camp Taji, a base north of Baghdad": a capitalised name right before a described base is its name.
_APPOSITIVE = regex.compile(r"(?<![\w])((?:\p{Lu}[\w'-]*\s){0,3}\p{Lu}[\w'-]+),\s$")


def _generic_places(text: str, folded: str, s: int, e: int, lex: Words, gaz: Gazetteer) -> list[tuple[int, int, bool, bool, bool]]:
    """Base noun phrases with a location: "one of its outposts near Syria-Jordan border", "one base in Israel"."""
    out: list[tuple[int, int, bool, bool, bool]] = []
    if not lex.spoken("base_nouns", folded, s, e):
        return out  # no base noun, no base noun phrase (the pattern scans every position of the sentence)
    for m in lex.base_place.finditer(matchable(folded), s, e):
        named = _APPOSITIVE.search(text, max(s, m.start() - 40), m.start())
        tail = pattern(lex, PLACE_END).search(folded, m.end(), e)
        pe = tail.start() if tail else e
        if pe - m.end() > MAX_PLACE:  # no end found nearby: the words within reach, cut at a word end
            pe = folded.rfind(" ", m.end(), m.end() + MAX_PLACE)
        if pe - m.end() < 3:
            continue
        # a glued preposition ("בירדן", in Jordan) ends the match inside the place's first word: read the place from that
        # word's start, where the names' matcher takes the proclitic off
        at = m.end() if folded[m.end() - 1].isspace() else folded.rfind(" ", s, m.end()) + 1
        if not (gaz.countries_in(folded, at, pe) or gaz.find_context(folded, at, pe) or gaz.fuzzy_base(folded[at:pe])):
            continue
        if not named and pattern(lex, r"<not_one_site>(?!\s<genitive>\s)").search(folded, m.start(), pe) and not gaz.find_context(folded, m.end(), pe):
            continue
        plural = _is_plural(folded, m.start(), pe, lex)
        other = lex.others.search(folded, m.start(), pe) is not None
        start = named.start(1) if named else m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        out.append((start, pe, False, plural, other))
    return _split_lists(out or _unspaced_places(folded, s, e, lex, gaz), folded, lex)


def _unspaced_places(folded: str, s: int, e: int, lex: Words, gaz: Gazetteer) -> list[tuple[int, int, bool, bool, bool]]:
    """A base noun phrase of a script written without spaces between words whose modifiers follow the noun (Thai
    "ฐานทัพสหรัฐในจอร์แดน", the US base in Jordan): it runs from the noun to the next space, where Thai ends a phrase."""
    out: list[tuple[int, int, bool, bool, bool]] = []
    for m in lex.base_nouns.finditer(folded, s, e):
        if m.end() >= e or not _unspaced(folded[m.end()]):
            continue
        gap = re.search(r"\s", folded[m.end() : min(e, m.end() + MAX_PLACE)])
        pe = m.end() + gap.start() if gap else min(e, m.end() + MAX_PLACE)
        if gaz.countries_in(folded, m.end(), pe) or gaz.find_context(folded, m.end(), pe):
            out.append((m.start(), pe, False, False, False))
    return out


def _is_plural(folded: str, s: int, e: int, lex: Words) -> bool:
    """ "American bases in Syria" is several places; "one of its outposts" is one."""
    return lex.plural_base_nouns.search(folded, s, e) is not None and lex.one_of.search(folded, s, e) is None


def _split_lists(places: list[tuple[int, int, bool, bool, bool]], folded: str, lex: Words) -> list[tuple[int, int, bool, bool, bool]]:
    """ "two other US bases in Syria and Iraq and one base in Israel" is two places."""
    out = []
    for ps, pe, hint, plural, other in places:
        cut = pattern(lex, r"\s<conjunctions>\s(?=<indefinite|numbers>\s)").search(folded[ps:pe])
        if cut:
            out.append((ps, ps + cut.start(), hint, plural, other))
            continue
        out.append((ps, pe, hint, plural, other))
    return out


def _hosting_places(folded: str, s: int, e: int, lex: Words, gaz: Gazetteer) -> list[tuple[int, int, bool, bool, bool]]:
    """A base described by who it hosts ("a base hosting American forces in western Iraq", "قاعدة تستضيف قوات
    أمريكية في غرب العراق"): one site, placed by the country its description names (the forces it hosts are no
    several sites)."""
    text = matchable(folded)
    # the country or context phrase that places the site lies in the sentence: without one, skip the pattern's scan
    placed = gaz.countries_in(folded, s, e) or gaz.find_context(folded, s, e)
    for m in pattern(lex, r"<base_nouns>\s<hosts>\s").finditer(text, s, e) if placed else ():
        if lex.plural_base_nouns.search(folded, m.start(), m.end()):
            continue  # "bases housing U.S. troops in Syria and Iraq": several sites
        tail = pattern(lex, PLACE_END).search(folded, m.end(), e)
        pe = tail.start() if tail else e
        if pe - m.end() > MAX_PLACE:
            pe = folded.rfind(" ", m.end(), m.end() + MAX_PLACE)
        if gaz.countries_in(folded, m.end(), pe) or gaz.find_context(folded, m.end(), pe):
            return [(m.start(), pe, False, False, False)]
    return []


def _located_elsewhere(folded: str, ps: int, pe: int, lex: Words, gaz: Gazetteer) -> bool:
    """Pattern: a described place that lies in a place of another war ("a football field in Majdal Shams in the
    occupied Golan", where a rocket from Lebanon killed twelve children; "a school in Gaza"): a preposition of place
    (not one of nearness: "a base near the Lebanese border" stays a base) right before the other war's place. Not
    a site of the campaign, so no claim, and no toll of one."""
    text = matchable(folded)
    for a, _ in gaz.elsewhere_in(folded, ps, pe):
        words = folded[ps:a].split()
        if not words:
            continue  # the place text opens with the other war's name: no preposition before it
        before = (a - len(words[-1]) - 1, a - 1)
        if pattern(lex, "<prepositions|genitive>").fullmatch(text, *before) and not pattern(lex, "<nearby>").fullmatch(text, *before):
            return True
    # "... in the town of Majdal Shams in the occupied Golan" (the place found is the region): the other war's town
    # right before it, only a preposition between, is what the region places
    joins = pattern(lex, r"\s*(?:<prepositions>)(?:\s+<articles>)?\s*")
    return any(joins.fullmatch(text, b, ps) is not None for _, b in gaz.elsewhere_in(folded, max(0, ps - ELSEWHERE_BEFORE), ps))


ELSEWHERE_BEFORE = 40  # characters before a described place in which another war's town may stand ("Majdal Shams in ...")


def _region_places(folded: str, s: int, e: int, lex: Words, gaz: Gazetteer) -> list[tuple[int, int, bool, bool, bool]]:
    """CENTCOM style: "In western Iraq, U.S. forces engaged two drones" (a region, no base named); and a toll
    placed by its region alone ("three US soldiers were killed in a drone attack in northeastern Jordan"): the
    site unnamed, its deaths still the attack's (linking may know the famous attack of that country and toll).
    An attack on forces that a base's context phrase places, no base noun said ("serangan terhadap pasukan AS
    di perbatasan Yordania-Suriah", an attack on US forces on the Jordan-Syria border): the same one site."""
    text = matchable(folded)
    region = pattern(lex, "<regions>").search(text, s, e)
    casualty = lex.killed.search(folded, s, e) or lex.wounded.search(folded, s, e)
    if region and (pattern(lex, ENGAGED).search(text, s, e) or casualty):
        return [(region.start(), region.end(), False, False, False)]
    # the context phrase that places the forces lies in the sentence: without one, skip the pattern's scan
    for m in pattern(lex, FORCES_HIT).finditer(text, s, e) if gaz.find_context(folded, s, e) else ():
        pe = min(e, m.end() + MAX_PLACE)
        if gaz.find_context(folded, m.end(), pe):
            return [(m.end(), pe, False, False, False)]
    # a toll of an attack that only a base's context phrase places ("killed in a drone attack in Jordan near the
    # Syrian border", "in the occupied Golan"): that one site, as a region would place it
    if casualty and lex.attack.search(folded, s, e) and (at := gaz.context_span(folded, s, e)):
        return [(at[0], at[1], False, False, False)]
    return []


def _dated_attack_np(
    text: str, folded: str, s: int, e: int, dates: list[SentenceDate], lex: Words, weapons: list[WeaponHit], names: tuple[tuple[int, int], ...]
) -> list[Draft]:
    """ "a Jan. 28 suicide drone attack that caused the first U.S. fatalities": an attack named by its date and toll."""
    if not dates:
        return []  # no date, no such attack: the pattern's scan of the sentence is not needed to know it
    m = pattern(lex, ATTACK_NP).search(matchable(folded), s, e)
    if not (m and dates and (lex.killed.search(folded, m.end(), e) or lex.wounded.search(folded, m.end(), e))):
        return []
    when = next((d for d in dates if m.start() <= d.span[0] < m.end()), None)
    if when is None:
        return []
    killed, wounded, side = _casualties(folded, m.end(), e, lex, tuple(d.span for d in dates) + names)
    return [
        Draft(
            place=(m.start(), m.end()), sentence=(s, e), base_hint=False, plural=False, other=False, date=when, date_basis=when.basis,
            weapon=_nearest_weapon(_within(weapons, m.start(), m.end()), m.start()), killed=killed, wounded=wounded, side=side,
            actor=None, status="reported", background=True, country=None, kind="other",
        )
    ]  # fmt: skip


def _place_clause_dates(folded: str, s: int, e: int, ps: int, pe: int, dates: list[SentenceDate]) -> list[SentenceDate]:
    """ "周六晚上，两架无人机在哈里尔空军基地附近被击落，周日的袭击发生不到24小时" (Saturday night, two drones were shot down
    near Harir, less than 24 hours before Sunday's attack): of a sentence's dates, those of the place's own clause
    (between the commas around it), else those before the place; a date in a later clause speaks of something else.
    A day written out is never dropped for a relative one ("on Monday claimed responsibility for a drone attack on
    al-Omar, saying it launched the attack on Feb. 4": Monday is the claim's day, 4 February the attack's)."""
    if len(dates) < 2:
        return dates
    # "ngày 9/8 (4h giờ Việt Nam ngày 10/8)", "on Aug. 9 (Aug. 10 local time)": a date in brackets restates the day
    # written out before it (in another time zone); "claimed on Monday the attack on Tower 22 (Jan. 28)" keeps its day
    outside = [d for d in dates if not _bracketed(folded, s, d.span[0]) and _written_day(folded, d)]
    dates = [d for d in dates if not (_bracketed(folded, s, d.span[0]) and any(o.span[1] <= folded.rfind("(", s, d.span[0]) for o in outside))]
    if len(dates) < 2:
        return dates
    # a semicolon ends a clause as a comma does ("On Monday, drones targeted al-Tanf; on Tuesday, rockets hit Ain
    # al-Asad": al-Tanf's day is Monday, never the Tuesday of the next clause)
    lo = max(folded.rfind(",", s, ps), folded.rfind(";", s, ps)) + 1 or s
    ends = [x for x in (folded.find(",", pe, e), folded.find(";", pe, e)) if x >= 0]
    hi = min(ends) if ends else e
    kept = [d for d in dates if lo <= d.span[0] < hi] or [d for d in dates if d.span[0] < ps] or dates
    written = [d for d in dates if _written_day(folded, d)]
    return kept if not written or any(d in written for d in kept) else dates


def _bracketed(folded: str, s: int, at: int) -> bool:
    """folded[at] stands inside brackets opened in the sentence (from `s`) and not yet closed."""
    return folded.rfind("(", s, at) > folded.rfind(")", s, at)


def _written_day(folded: str, d: SentenceDate) -> bool:
    """A date that writes its day of the month ("Feb. 4", "4 février", "2月4日"), not a weekday or a relative word."""
    return any(ch.isdigit() for ch in folded[d.span[0] : d.span[1]])


def _date_for(
    folded: str,
    place: tuple[int, int],
    dates: list[SentenceDate],
    inherited: SentenceDate | None,
    ref: date | None,
    ref_known: bool,
    lex: Words,
) -> tuple[SentenceDate | None, DateBasis | None]:
    """The day of the sentence's dates nearest the place, else the day carried down, else the page's. Of several days,
    one that no "and" parts from the place comes first ("drones struck Ain al-Asad on Monday and al-Tanf on Tuesday",
    "on Monday drones struck Ain al-Asad and on Tuesday al-Tanf": each base's day is the one on its side of "and")."""
    ps, pe = place
    if len(dates) == 1:
        return dates[0], dates[0].basis
    if dates:

        def parted(d: SentenceDate) -> bool:
            lo, hi = (pe, d.span[0]) if d.span[0] >= pe else (d.span[1], ps)
            glued = hi == ps and folded[ps : ps + 1] in lex.glued_and  # "... يوم الاثنين وقاعدة التنف": "and" written onto the place
            return lo < hi and (glued or lex.conjunctions.search(folded, lo, hi) is not None)

        nearest = min(dates, key=lambda d: (parted(d), abs(d.span[0] - ps)))
        return nearest, nearest.basis
    if inherited is not None:
        return inherited, "inherited"
    if ref is not None and ref_known:
        return SentenceDate(ref, "publication", (ps, ps)), "publication"
    return None, None


def _within(weapons: Sequence[WeaponHit], s: int, e: int) -> list[WeaponHit]:
    """The article's weapon mentions inside folded[s:e]."""
    return [h for h in weapons if s <= h[0] and h[1] <= e]


def _two_families_joined(folded: str, hits: list[WeaponHit], lex: Words) -> bool:
    """Pattern: weapons of two families joined by "and" ("with missiles and drones", "بالطائرات المسيرة والصواريخ",
    "füzeler ve İHA'larla"): the report names both, and which it names first is its language's habit, not the attack's
    weapon (one outlet's "drone" and another's "missile" would part one attack in two)."""
    for (_, a_end, a), (b_start, _, b) in pairwise(hits):
        if WEAPON_FAMILY.get(a) == WEAPON_FAMILY.get(b) or "unknown" in (a, b):
            continue
        gap = folded[a_end:b_start].split()
        if len(gap) <= JOINED_WEAPON_WORDS and any(w in lex.and_words or w[:1] in lex.glued_and for w in [*gap, folded[b_start : b_start + 1]]):
            return True
    return False


JOINED_WEAPON_WORDS = 2  # words between two joined weapons: the "and", and an ending the first weapon's match left ("füze|ler ve")


def _first_weapon(hits: list[WeaponHit]) -> Weapon:
    return hits[0][2] if hits else "unknown"


WEAPON_THEN_PLACE = r"\s*(?:<attack_nouns>)?\s*<against|targeting>\s+(?:<articles>\s+)?"  # "drone attack on the" + place
CLAUSE = r";|:\s|\s-\s|,\s<conjunctions>\s"  # where a clause of a sentence ends


def _weapon_of(folded: str, hits: list[WeaponHit], pos: int, s: int, e: int, lex: Words) -> Weapon:
    """In a list of places, "two drone attacks on al-Tanf, a rocket attack on Conoco": the weapon just before
    "attack on" belongs to the place after it; otherwise the nearest weapon of the place's clause
    ("rockets hit near Ain al-Asad; a drone was shot down near al-Tanf"), else the nearest."""
    then_place, clause, text = pattern(lex, WEAPON_THEN_PLACE), pattern(lex, CLAUSE), matchable(folded)
    for _, end, name in reversed(hits):
        if end <= pos and then_place.fullmatch(text, end, pos):
            return name
    before = [m.end() for m in clause.finditer(folded, s, pos)]  # within the sentence folded[s:e] (" - " is a clause end)
    after = clause.search(folded, pos, e)
    lo, hi = (before[-1] if before else s), (after.start() if after else e)
    # a comma before an "and" written onto the next word ("... بالطيران المسير، واستهدافها لقاعدة التنف بالسلاح المناسب")
    # ends a clause as ", and " does: each target keeps the instrument of its own clause
    glued = [m.start() for m in _COMMA_WORD.finditer(folded, lo, hi) if folded[m.end() - 1] in lex.glued_and]
    lo = max([lo, *(g + 1 for g in glued if g < pos)])
    hi = min([hi, *(g for g in glued if g >= pos)])
    own = [h for h in hits if lo <= h[0] and h[1] <= hi]
    # none in the place's clause: the nearest of the sentence, but not one that names the weapon of the attack a
    # reference back points at ("این حمله موشکی در حالی است که ... حمله به پایگاهی در ... اردن", this missile attack
    # comes as ... the attack on a base in Jordan: the missiles are the attack told before)
    return _nearest_weapon(own or [h for h in hits if not _weapon_referred_back(folded, h, s, lex)] or hits, pos)


_COMMA_WORD = re.compile(r",\s\w")  # a comma and the first letter of the word after it


def _own_weapons(folded: str, hits: list[WeaponHit], ps: int, s: int, lex: Words) -> list[WeaponHit]:
    """The weapons that may be a lone place's: not one in a reference back to the attack told before when another
    attack word stands between it and the place ("این حمله موشکی در حالی است که ... در پی حمله به پایگاهی در ...
    اردن": this missile attack comes as ... after the attack on a base in Jordan, whose weapon is untold)."""
    return [h for h in hits if not (h[1] <= ps and _weapon_referred_back(folded, h, s, lex) and lex.attack.search(folded, h[1], ps) is not None)]


REFERRED_WEAPON_GAP = 3  # characters from a reference back ("این حمله", "هذا الهجوم", "cette attaque") to its weapon word


def _weapon_referred_back(folded: str, hit: WeaponHit, s: int, lex: Words) -> bool:
    """The weapon word follows a reference back to the attack at once ("this attack" + "missile" in languages that put
    the weapon after the noun: "این حمله موشکی", "هذا الهجوم الصاروخي", "cette attaque de drones")."""
    ref = lex.anaphora.search(folded, max(s, hit[0] - 40), hit[0])
    while ref is not None and hit[0] - ref.end() > REFERRED_WEAPON_GAP + len(_linking_word(folded, ref.end(), hit[0])):
        ref = lex.anaphora.search(folded, ref.end(), hit[0])
    return ref is not None


def _linking_word(folded: str, a: int, b: int) -> str:
    """A short linking word between a noun and its weapon ("de" of "attaque de drones"), or ""."""
    gap = folded[a:b].strip()
    return gap if len(gap) <= 3 else ""


def _nearest_weapon(hits: list[WeaponHit], pos: int) -> Weapon:
    return min(hits, key=lambda h: abs(h[0] - pos))[2] if hits else "unknown"


_CLAUSE_PUNCT_ANY = re.compile(r"[,;:]|\s-\s")  # a dash between spaces (folded from "—", "–") sets off a clause like a comma
Spans = tuple[tuple[int, int], ...]


def _clause_toll(
    folded: str, s: int, e: int, ps: int, pe: int, lex: Words, skip: tuple[tuple[int, int], ...], bases: list[tuple[str, int, int]], away: Spans
) -> tuple[int | None, int | None, Side | None]:
    """Several places in one sentence: a toll belongs to the place its clause names ("Drones attacked al-Tanf
    and Harir, killing two U.S. soldiers at al-Tanf": the casualty clause names al-Tanf again)."""
    key = next((k for k, bs, _ in bases if bs == ps), None)
    shared = _distributed_toll(folded, s, e, ps, lex, skip, bases)
    if shared is not None:
        return shared
    tolls = (lex.killed, lex.wounded, lex.no_casualties, lex.no_deaths)  # a denial's clause is a toll's too ("Harir: no losses")
    for cue in sorted((m for cat in tolls for m in cat.finditer(folded, s, e)), key=lambda m: m.start()):
        lo, hi = _clause(folded, s, e, cue.start(), cue.end())
        named = [k for k, bs, _ in bases if lo <= bs < hi]
        if named and set(named) == {key} and not _list_goes_on(folded, hi, e, key, bases, lex):
            return _casualties(folded, lo, hi, lex, skip, away)
        if not named and _toll_after_own_attack(folded, s, e, lo, hi, key, bases, lex):
            return _casualties(folded, lo, hi, lex, skip, away)
    # "Militias fired rockets at Harir and Ain al-Asad, causing no casualties": a sentence whose only toll is a denial
    # of one tells it of every place it lists (a count anywhere in it, "wounding two at Harir and sparing al-Tanf",
    # leaves the places without a toll of their own untold)
    denials = [(m.start(), m.end()) for cat in (lex.no_casualties, lex.no_deaths) for m in cat.finditer(folded, s, e)]
    if not denials:
        return None, None, None
    cues = (*lex.killed.finditer(folded, s, e), *lex.wounded.finditer(folded, s, e))
    if any(not any(a <= c.start() < b for a, b in denials) for c in cues):
        return None, None, None  # "no casualties at Harir, but a drone hit Erbil and wounded two": a casualty word of its own
    killed, wounded, _ = _casualties(folded, s, e, lex, skip, away)
    return (killed, wounded, None) if killed == 0 and not wounded else (None, None, None)


DISTRIBUTED_GAP = 40  # characters from a count to the place it counts at ("Fifteen troops at the al-Tanf garrison")
PLACE_PREPOSITION = 3  # characters of a place's name that may be its preposition ("at Ain al-Asad")


def _distributed_toll(
    folded: str, s: int, e: int, ps: int, lex: Words, skip: tuple[tuple[int, int], ...], bases: list[tuple[str, int, int]]
) -> tuple[int | None, int | None, Side | None] | None:
    """Pattern: one casualty word over several places, each with its own count and a preposition before it ("Fifteen
    troops at al-Tanf in Syria and four at Ain al-Asad in Iraq were injured"): the count before the place at `ps` is
    its toll, of the one kind of casualty the sentence tells. None when a place has no count of its own."""
    placed = sorted({bs for _, bs, _ in bases if s <= bs < e})
    if len(placed) < 2 or ps not in placed:
        return None
    counts = {}
    for bs in placed:
        n = max(lex.number.finditer(folded, max(s, bs - DISTRIBUTED_GAP), bs), key=lambda m: m.start(), default=None)
        if n is None or n.value is None or _inside(n.start(), skip) or any(n.end() <= o < bs for o in placed):
            return None
        between = folded[n.end() : bs]
        # the preposition before the place, or the one a name's form holds ("at Ain al-Asad")
        if (
            lex.prepositions.search(folded, n.end(), bs + PLACE_PREPOSITION) is None
            or re.search(r"[,;:.]", between)
            or lex.conjunctions.search(folded, n.end(), bs)
        ):
            return None
        counts[bs] = n.value
    kinds = [cat for cat in (lex.killed, lex.wounded) if cat.search(folded, s, e) is not None]
    mark = _CLAUSE_MARKS.search(folded, placed[-1], e)
    if len(kinds) != 1 or kinds[0].search(folded, placed[-1], mark.start() if mark else e) is None:
        return None  # the casualty word closes the list's clause ("... and four at Ain al-Asad were injured")
    if lex.aggregate_all.search(folded, s, e) is not None:
        return None  # "the injuries of these attacks were spread: 32 at al-Tanf, 13 at al-Asad": the campaign's count
    side = _casualties(folded, s, e, lex, skip)[2]
    return (counts[ps], None, side) if kinds[0] is lex.killed else (None, counts[ps], side)


def _toll_after_own_attack(folded: str, s: int, e: int, lo: int, hi: int, key: str | None, bases: list[tuple[str, int, int]], lex: Words) -> bool:
    """Pattern: attacks told one after another, each clause with its place and then its toll ("Rockets hit Harir,
    wounding two soldiers, and a drone struck al-Tanf, killing no one"): a toll clause naming no place, right after
    the place `key` (the nearest place before it), is that place's when another attack, not a list, is told next to
    it: an attack word between the toll and the next place's clause, or, for the last place, between the place
    before it and itself ("attacked al-Tanf and Harir, killing two" is a list: the toll is of neither alone)."""
    before = sorted((bs, be, k) for k, bs, be in bases if s <= bs < lo)
    if not before or before[-1][2] != key:
        return False
    nxt = min((bs for _, bs, _ in bases if hi <= bs < e), default=None)
    if nxt is not None:
        return lex.attack.search(folded, hi, _clause(folded, s, e, nxt, nxt)[1]) is not None
    return len(before) > 1 and lex.attack.search(folded, before[-2][1], before[-1][0]) is not None


def _list_goes_on(folded: str, hi: int, e: int, key: str | None, bases: list[tuple[str, int, int]], lex: Words) -> bool:
    """The clause's base is the first of a list the sentence goes on with ("21 wounded at al-Asad, Iraq, and al-Tanf,
    Syria"): "and" before the next base, no casualty word of its own between. One total for a list is no base's."""
    nxt = min((bs for k, bs, _ in bases if hi <= bs < e and k != key), default=None)
    if nxt is None or not lex.conjunctions.search(folded, hi, nxt):
        return False
    return _no_harm(folded, hi, nxt, lex)


SITE_NUMBER = r"(?<![\w])(?:<base_nouns>)\s\d+(?![\d.,])"  # a base noun and the digits that number it ("outpost 22")


def _inside_longer(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    """[a, b) lies inside a longer span of `spans`."""
    return any(x <= a and b <= y and y - x > b - a for x, y in spans)


def _casualties(
    folded: str, s: int, e: int, lex: Words, skip: tuple[tuple[int, int], ...] = (), away: Spans = ()
) -> tuple[int | None, int | None, Side | None]:
    """Killed, wounded and the victims' side in folded[s:e]. `skip`: spans no count is part of (dates, names);
    `away`: places outside the theatre, whose clauses give no toll of an attack on a base."""
    death_denials = lex.no_deaths.finditer(folded, s, e)
    said = [(m, m.start(), m.end()) for m in [*lex.no_casualties.finditer(folded, s, e), *death_denials]]
    skip = skip + tuple((a, b) for _, a, b in said)  # "killing no one": the number word of a denial is no count
    # "am Außenposten 22", "all'avamposto 22", "في الموقع 22": digits right after a base noun number a site, no victims
    skip = skip + tuple((m.start(), m.end()) for m in pattern(lex, SITE_NUMBER).finditer(matchable(folded), s, e))
    refuted = _denied_reports(folded, s, e, lex)
    skip = skip + refuted  # "denied claims that the attack killed two soldiers": the deaths denied are no count
    skip = skip + _unconfirmed_reports(folded, s, e, lex)  # "Reports of two dead could not be confirmed": untold, not none
    skip = skip + _not_one_spans(folded, s, e, lex)  # "Not a single soldier was killed": no count of one
    skip = skip + _compared_spans(folded, s, e, lex)  # "a drone similar to the one that killed three": the other's dead
    # "initially reported no casualties, but ...": a denial since replaced is none; "no information about the dead" none either
    kept = {
        a for _, a, _ in said
        if not _superseded(folded, s, a, lex) and lex.unreported.search(folded, max(s, a - UNREPORTED_REACH), a) is None
    }  # fmt: skip
    denials = tuple((a, b) for _, a, b in said if a in kept)
    # "Tidak ada korban jiwa" (no loss of life) holds "tidak ada korban" (no victims): the longer phrase, of deaths, says it
    deaths = [(m.start(), m.end()) for m in death_denials]
    no_casualties = any(
        a in kept and (c := lex.no_casualties.search(folded, a, m.end())) is not None and not _inside_longer(c.start(), c.end(), deaths) for m, a, _ in said
    )
    no_deaths = any(a in kept for m, a, _ in said if lex.no_deaths.search(folded, a, m.end()) is not None)
    killed = _count_near(folded, s, e, lex.killed, lex, skip, away)
    wounded = _count_near(folded, s, e, lex.wounded, lex, skip, away)
    risen = _risen(folded, s, e, lex, skip, away)  # "25 wounded at first, a number since risen to 40": the new figure
    killed, wounded = risen.get("killed", killed), risen.get("wounded", wounded)
    wounded = _by_severity(folded, s, e, lex, skip, wounded)
    side = None
    for cue in (lex.killed, lex.wounded):
        m = next((m for m in cue.finditer(folded, s, e) if not _placed_away(folded, s, e, m.start(), away, lex)), None)
        if m:
            side = _subject_side(folded, s, m.start(), lex) or _victims_side(folded, max(s, m.start() - 60), min(e, m.end() + 60), lex, m.start())
            break
    if side is None and (killed or wounded):
        # "ارتفاع حصيلة قتلى الهجوم ... إلى ثلاثة جنود أمريكيين" (the toll of the attack rose to three American soldiers):
        # the victims are named by their count, far from the casualty word; their side is read around the count
        at = next((n.start() for n in lex.number.finditer(folded, s, e) if n.value in (killed, wounded) and not _inside(n.start(), skip)), None)
        side = None if at is None else _subject_side(folded, s, at, lex) or _victims_side(folded, at, min(e, at + SIDE_WINDOW), lex)
    if killed is None and not denials and not _strike_killed(folded, s, e, lex):
        killed = _named_dead(folded, s, e, lex)
    if no_casualties:
        killed = 0 if killed is None else killed
        wounded = 0 if wounded is None else wounded
        side = side if killed or wounded else None
    if no_deaths and not killed:
        killed = 0  # "minor injuries", "no US troops were killed"
    if killed is None and any(_inside(m.start(), refuted) for m in lex.killed.finditer(folded, s, e)):
        killed, side = 0, None  # the only deaths told are the ones officials denied
    if killed and (told := _claimed_deaths_denied(folded, s, e, lex)) is not None:
        killed, wounded, side = _denied_toll(folded, told, e, lex)
    return killed, wounded, side


def _claimed_deaths_denied(folded: str, s: int, e: int, lex: Words) -> int | None:
    """Where the denial of deaths someone claimed starts in folded[s:e], else None: the attackers' word denied after it
    ("The militia claimed it killed 45 US troops, but the Pentagon said no one was hurt"), or told before it in its
    sentence that no one died (`_none_died`: "There were no fatalities, contrary to the group's claim of 20 dead", "No
    one died, contrary to the 20 deaths claimed by the group"), or deaths someone said were caused, then an official
    who denies them (`_denied_by_official_after`: "..., ce que le Pentagone a démenti"; the
    speaker may be a group the gazetteer names, which this function cannot see)."""
    told = _attackers_toll(folded, s, e, lex)
    if told is None:
        # the denial first, holding the sentence's first word of death, then the attackers' word: "..., contrary to the
        # group's claim of 20 dead"
        denial = next((m for cat in (lex.no_deaths, lex.no_casualties) for m in cat.finditer(folded, s, e) if not _superseded(folded, s, m.start(), lex)), None)
        told = _attackers_toll(folded, denial.end(), e, lex) if denial is not None else None
    told = told if told is not None else _claimed_after(folded, s, e, lex)
    if told is not None and (_denial(folded, told, e, lex) or _none_died(folded, s, told, lex) or _next_sentence_denies(folded, e, lex)):
        return told
    return _denied_by_official_after(folded, s, e, lex)


def _claimed_after(folded: str, s: int, e: int, lex: Words) -> int | None:
    """Pattern: deaths qualified by a claim word right after them ("the 20 deaths claimed by the group", "aux 20 soldats
    tués revendiqués par le groupe", "20 askerin öldürüldüğü iddiası"): the end of that word of death, else None."""
    for k in lex.killed.finditer(folded, s, e):
        claim = lex.claimed.search(folded, k.end(), e)
        if (
            claim is not None
            and len(folded[k.end() : claim.start()].split()) <= POSTPOSED_CLAIM_WORDS
            and not _CLAUSE_PUNCT_ANY.search(folded, k.end(), claim.start())
        ):
            return k.end()
    return None


POSTPOSED_CLAIM_WORDS = 1  # words between a count's word of death and a claim word that qualifies it ("20 dead claimed")
_SENTENCE_GAP = re.compile(r"[\s.!?]*")  # what lies between a sentence's last word and the next sentence's first
_SENTENCE_END = re.compile(r"[.!?\n]")


def _next_sentence_denies(folded: str, e: int, lex: Words) -> bool:
    """Pattern: the attackers' word of deaths answered by the sentence right after it ("The group said it killed 45
    Americans. The Pentagon dismissed the claim.", "... Washington said no one was hurt."): that sentence denies the
    reports, or says nobody was hurt or killed and tells no attack of its own (no attack word: "..., but the attack
    caused no casualties" on 19 October tells another attack), and tells no deaths of its own."""
    start = _SENTENCE_GAP.match(folded, e)
    lo = start.end() if start else e
    stop = _SENTENCE_END.search(folded, lo)
    hi = stop.start() if stop else len(folded)
    if hi <= lo:
        return False
    if lex.denied.search(folded, lo, hi) is not None:
        return lex.killed.search(folded, lo, hi) is None
    said = tuple((m.start(), m.end()) for cat in (lex.no_deaths, lex.no_casualties) for m in cat.finditer(folded, lo, hi))
    if any(not _inside(m.start(), said) for m in lex.attack.finditer(folded, lo, hi)):
        return False
    none_killed = bool(said) and _count_near(folded, lo, hi, lex.killed, lex, said) in (None, 0)
    return _denial(folded, lo, hi, lex) or none_killed


def _denied_toll(folded: str, at: int, e: int, lex: Words) -> tuple[int, int | None, None]:
    """The toll of an attack whose claimed deaths were denied from `at` on: none killed, none wounded when the denial
    says nobody was hurt (else the wounded untold), no side."""
    return 0, (0 if lex.no_casualties.search(folded, at, e) else None), None


def _denied_by_official_after(folded: str, s: int, e: int, lex: Words) -> int | None:
    """Deaths told by a verb of saying or claiming, then, after them in the sentence, an official who denies
    ("..., which the Pentagon denied"; `_denies_after`): where the denial starts, else None."""
    k = lex.killed.search(folded, s, e)
    if k is None:
        return None
    said = lex.claimed.search(folded, s, k.start()) is not None or lex.speech.search(folded, s, k.start()) is not None
    said = said or (head_final(lex) and lex.claimed.search(folded, k.end(), e) is not None)  # "... öldürdüğünü iddia etti, ancak Pentagon yalanladı"
    if not said:
        return None
    return next((m.start() for m in lex.confirmed.finditer(folded, k.end(), e) if _denies_after(folded, m.end(), e, lex)), None)


def _by_severity(folded: str, s: int, e: int, lex: Words, skip: Spans, wounded: int | None) -> int | None:
    """Pattern: the wounded told in parts by how badly they were hurt ("two were seriously wounded, one moderately and
    21 lightly", "2人が重傷を、1人が中等傷を、21人が軽傷を負った", "שניים נפצעו קשה, אחד בינוני ו-21 קל"): two or more
    counts, each followed within SEVERITY_WORDS words (no clause break, no death word) by a different word of
    `severity`, are parts of one toll, their sum; a larger total told beside them ("24 wounded, two seriously and
    one moderately") stays, and a first count as large as the others together is that total, not a part."""
    parts: dict[str, tuple[int, int]] = {}  # severity word: (where its count starts, the count)
    for m in lex.severity.finditer(folded, s, e):
        n = next((x for x in reversed(lex.number.finditer(folded, max(s, m.start() - SEVERITY_REACH), m.start())) if not _inside(x.start(), skip)), None)
        if n is None or not n.value or m.text in parts or any(at == n.start() for at, _ in parts.values()):
            continue  # one count is one part ("بجروح طفيفة" holds "طفيفة": two words of severity, one count)
        gap = folded[n.end() : m.start()]
        if len(gap.split()) > SEVERITY_WORDS or _CLAUSE_PUNCT_ANY.search(gap) or lex.killed.search(folded, n.end(), m.start()):
            continue
        parts[m.text] = (n.start(), n.value)
    counts = [v for _, v in sorted(parts.values())]
    if len(counts) > 2 and counts[0] >= sum(counts[1:]):
        return max(wounded or 0, counts[0])  # "24 kişiden ikisinin ağır, ...": the total told first (its own part's count unread)
    if len(counts) < 2:
        return wounded
    return max(wounded or 0, sum(counts))


SEVERITY_WORDS = 2  # words between a count and how badly it was hurt ("two were seriously", "2人が重傷")
SEVERITY_REACH = 30  # characters before a word of severity where its count may start


def _attackers_toll(folded: str, s: int, e: int, lex: Words, gaz: Gazetteer | None = None) -> int | None:
    """Pattern: deaths told as the attackers' word ("the group said it had killed 45 soldiers", "the militia claimed
    ten died", "according to <a party's outlet>, 12 soldiers were killed"): before the sentence's first death word, a
    claim word, or a verb of saying whose subject is the group (a pronoun for it, its name) or a party's outlet, and
    no official (`confirmed`, not the press: "the Pentagon said two were killed" is a toll). The end of that death
    word, else None. A press report ("Reuters reported the attack killed one") is no attackers' word."""
    k = lex.killed.search(folded, s, e)
    if k is None or any(not _press_tells(folded, s, m.start(), lex) for m in lex.confirmed.finditer(folded, s, k.start())):
        return None
    if lex.claimed.search(folded, s, k.start()) is not None or (gaz is not None and gaz.find_media(folded, s, k.start())):
        return k.end()
    if head_final(lex) and lex.confirmed.search(folded, s, e) is None and lex.claimed.search(folded, k.end(), e) is not None:
        return k.end()  # verb-final: "Grup, ... 20 ABD askerini öldürdüğünü iddia etti" (the group claimed it killed 20), no official in it
    said = lex.speech.search(folded, s, k.start())
    if said is None:
        return None
    subject = lex.pronouns.search(folded, s, said.start()) or lex.attackers.search(folded, s, said.start())  # "the group said", "militants said"
    if subject is None and lex.verb_first:
        # the subject right after its verb where the verb comes first ("وقال المسلحون إنهم قتلوا", the militants said they killed)
        after = lex.attackers.search(folded, said.end(), k.start())
        subject = after if after is not None and not folded[said.end() : after.start()].strip() else None
    if subject is not None or (gaz is not None and gaz.find_actor(folded, s, said.start())):
        return k.end()
    return None


_NEXT_WORD = re.compile(r"\s*\S+")


def _not_one_spans(folded: str, s: int, e: int, lex: Words) -> Spans:
    """Pattern: a single one denied (`not_one`: "No one at the base was killed", "Not a single soldier died", "Ни один
    военнослужащий не погиб", "Pas un seul soldat n'a été tué", "没有一名士兵死亡", "死亡した兵士は一人もいなかった"): the
    number in the phrase, and the lone victim noun of the word right after it ("אף חייל לא נהרג"), count no victim."""
    spans = []
    for m in lex.not_one.finditer(folded, s, e):
        word = _NEXT_WORD.match(folded, m.end(), e)
        spans.append((m.start(), word.end() if word is not None else m.end()))
    return tuple(spans)


def _denial(folded: str, s: int, e: int, lex: Words) -> bool:
    """Pattern: folded[s:e] denies a claimed toll: it denies the reports ("CENTCOM denied the claim") or says that no
    one died (`_none_died`)."""
    return lex.denied.search(folded, s, e) is not None or _none_died(folded, s, e, lex)


def _none_died(folded: str, s: int, e: int, lex: Words) -> bool:
    """folded[s:e] says that nobody was hurt (`no_casualties`: "No casualties were reported") or that no one died
    ("officials said no one died", "no US troops were killed": a `no_deaths` phrase that ends on its word of death; not
    one naming another cause after it, "died of a heart attack", "killed in a car crash"), unless said to have been
    replaced ("initially reported no casualties")."""
    if _nobody_hurt(folded, s, e, lex):
        return True
    ends = {k.end() for k in lex.killed.finditer(folded, s, e)}
    return any(m.end() in ends and not _superseded(folded, s, m.start(), lex) for m in lex.no_deaths.finditer(folded, s, e))


def _denies_harm(folded: str, s: int, e: int, lex: Words) -> bool:
    """folded[s:e] denies the reports ("CENTCOM denied the claim") or says that nobody was hurt ("the Pentagon said no
    one was injured", "No casualties were reported"), unless said to have been replaced ("initially reported no
    casualties")."""
    return lex.denied.search(folded, s, e) is not None or _nobody_hurt(folded, s, e, lex)


def _nobody_hurt(folded: str, s: int, e: int, lex: Words) -> bool:
    """folded[s:e] says that nobody was hurt (`no_casualties`), unless said to have been replaced."""
    return any(not _superseded(folded, s, m.start(), lex) for m in lex.no_casualties.finditer(folded, s, e))


def _superseded(folded: str, s: int, at: int, lex: Words) -> bool:
    """A word of a report since replaced right before `at` ("initially reported no casualties")."""
    return lex.superseded.search(folded, max(s, at - SUPERSEDED_REACH), at) is not None


def _strike_killed(folded: str, s: int, e: int, lex: Words) -> bool:
    """The sentence's first casualty word tells a state's strike's dead ("A US drone strike killed Gen. X"): the
    dead it names by rank are the strike's, as its counts are (`_retaliation_toll`), never a militia attack's."""
    m = lex.killed.search(folded, s, e)
    return m is not None and _retaliation_toll(folded, s, m.start(), lex, m.end(), e)


def _denied_reports(folded: str, s: int, e: int, lex: Words) -> Spans:
    """The spans of reports denied: from a word of denial ("denied claims that") to its clause's end."""
    spans = []
    for m in lex.denied.finditer(folded, s, e):
        end = _CLAUSE_PUNCT_ANY.search(folded, m.end(), e)
        spans.append((m.start(), end.start() if end else e))
    return tuple(spans)


def _unconfirmed_reports(folded: str, s: int, e: int, lex: Words) -> Spans:
    """Pattern: a report no one vouches for ("unconfirmed rumours say two soldiers died", "reports of two soldiers
    killed could not be confirmed", "circolano voci non ancora confermate ... due soldati morti"): the clause around a
    word of `unconfirmed`, whose counts are no toll, and when that clause opens the sentence as its source ("По
    неподтвержденным данным, двое военных погибли": by unconfirmed data, two died), the clause it introduces too.
    Unlike a denial it tells no zero: the toll stays untold. Deaths told as what could have been (`counterfactual`:
    "Had it hit the barracks, 40 soldiers could have died") are no toll either. A later clause of `unconfirmed` that
    tells no harm of its own comments on the clause before it ("Arab media reported two Americans dead, but this has
    not been confirmed", "..., mais cela n'a pas été confirmé"): that clause's counts are no toll."""
    spans = []
    for m in (*lex.unconfirmed.finditer(folded, s, e), *lex.counterfactual.finditer(folded, s, e)):
        lo, hi = _clause(folded, s, e, m.start(), m.end())
        if lo == s and hi < e and _no_harm(folded, s, hi, lex):
            hi = _clause(folded, s, e, hi + 1, hi + 1)[1]
        elif lo > s and _no_harm(folded, lo, hi, lex):
            lo = _clause(folded, s, e, lo - 1, lo - 1)[0]
        spans.append((lo, hi))
    return tuple(spans)


SUPERSEDED_REACH = 30  # characters from "initially" to the denial it says was later replaced
UNREPORTED_REACH = 40  # characters from "information about" to the denial it turns into no word ("... о пострадавших и погибших нет")


NAME_WORD = r"\s(?!<conjunctions|auxiliaries|killed|speech|genitive>)[\w'-]+"
# "Sgt. William Rivers", "Spc. Kennedy Sanders, 24,", "Spc. Ana Ruiz, 23, of Macon, Georgia", "רב"ט טל דרור (19) מירושלים"
NAMED = rf"<ranks>(?:{NAME_WORD}){{1,4}}(?:,\s\d{{1,2}}|\s\(\d{{1,2}}\))?(?:,?\s<genitive>(?:{NAME_WORD}){{1,3}}(?:,(?:{NAME_WORD}){{1,2}})?)?"
NAMED_LIST = rf"{NAMED}(?:(?:[,;]\s|[,;]?\s<conjunctions>\s){NAMED})*"
# "Sgt. A and Spc. B were killed", "Staff Sgt. A died", "Sgt. B was also killed"
NAMED_BEFORE = rf"{NAMED_LIST},?\s(?:<auxiliaries>\s)?(?:<additive>\s)?<killed>"
# "killing Sgt. A", "... killed ... were Sgt. A and Spc. B", "was also killed Sgt. A" (a verb-first language's word order)
NAMED_AFTER = rf"(?:<killed>|<named_as>)\s(?:<additive>\s)?{NAMED_LIST}(?![\w-])"
NAMED_SUBJECT_REACH = 12  # words from a death verb to the ranked name of its subject told after it ("נהרג מפגיעת כטב"ם ... רב"ט טל דרור")


def _named_dead(folded: str, s: int, e: int, lex: Words) -> int | None:
    """The dead named by rank and name, uncounted ("Sgt. A, Spc. B and Spc. C were killed when a drone hit ...",
    "killing Staff Sgt. A"): one per rank. Named as the subject of a casualty word or after it, never a named
    speaker ("Maj. Gen. A said ..."), whose name stands before a verb of saying."""
    text, ranks = matchable(folded), pattern(lex, "<ranks>")
    for m in pattern(lex, NAMED_BEFORE).finditer(text, s, e):
        return len(ranks.findall(text, m.start(), m.end()))
    killed = lex.killed.search(folded, s, e)
    if killed is None:
        return None
    for m in pattern(lex, NAMED_AFTER).finditer(text, killed.start(), e):
        # "identified the dead soldiers as Sgt. A, 46, of Carrollton, Georgia; and Spcs. ...": a list that goes on past
        # the names read (a rank the pack lacks, a garbled one) counts more dead than it names: no count
        return None if _LIST_GOES_ON.match(text, m.end()) else len(ranks.findall(text, m.start(), m.end()))
    return _named_subject_after(folded, killed, e, lex)


_LIST_GOES_ON = re.compile(r"\s*;\s*\S")  # after the last name read, the semicolon of a list of names with ages and towns, and more


def _named_subject_after(folded: str, killed: Match, e: int, lex: Words) -> int | None:
    """Pattern: a death verb, then how and where, then its subject named by rank, in one clause with no verb of saying
    or other casualty word between ("נהרג מפגיעת כטב"ם ששוגר מעיראק ... רב"ט טל דרור (19)": killed by a drone launched
    from Iraq ... Cpl. Tal Dror; word orders that put the subject after the verb). One per rank named."""
    text, ranks = matchable(folded), pattern(lex, "<ranks>")
    rank = ranks.search(text, killed.end(), e)
    if rank is None or len(folded[killed.end() : rank.start()].split()) > NAMED_SUBJECT_REACH or _CLAUSE_PUNCT.search(folded, killed.end(), rank.start()):
        return None
    if any(c.search(folded, killed.end(), rank.start()) is not None for c in (lex.speech, lex.killed, lex.wounded)):
        return None
    m = pattern(lex, rf"{NAMED_LIST}(?![\w-])").match(text, rank.start())
    return None if m is None else len(ranks.findall(text, m.start(), m.end()))


_CLAUSE_PUNCT = re.compile(r"[,;]|\s-\s")
_BRACKETED = re.compile(r"\([^()]*\)")
TOLL_REACH = 200  # characters between a casualty word and its count, within one clause ("Five members of ... were killed")


def _retaliation_toll(folded: str, s: int, at: int, lex: Words, end: int | None = None, e: int | None = None) -> bool:
    """ "after the US strikes on Friday night, which killed at least 45": a toll of retaliation (a state's
    strike earlier in the casualty word's sentence), never the attack's. Also a state's strike told right after
    the casualty word, in its clause, with no attack between ("مقتل اثنين من قادة داعش في غارة جوية شنها الجيش
    الأمريكي": two ISIS leaders killed in a US airstrike): the deaths are the strike's."""
    strike = _strike(folded, s, at, lex)
    while strike is not None and (_recalled_before(folded, s, strike, at, lex) or _answers(folded, strike, at, lex)):
        strike = _strike(folded, strike.end(), at, lex)
    if strike is not None:
        return True
    if end is None or e is None:
        return False
    marks = list(_CLAUSE_PUNCT.finditer(folded, end, e))
    hi = min(e, end + STRIKE_AFTER_REACH, *(m.start() for m in marks))
    strike = _strike(folded, end, hi, lex)
    if strike is None and marks and marks[0].end() - end <= STRIKE_AFTER_REACH:
        # "... killed eight of its members and wounded four, in the US strikes on Jurf al-Nasr": a clause of cause,
        # one word (its preposition, no conjunction) between the mark and the strike; ", the US struck back" names
        # the strike as the next event, with no word before it
        after = _strike(folded, marks[0].end(), min(e, marks[0].end() + 40), lex)
        if after is not None:
            one = len(folded[marks[0].end() : after.start()].split()) == 1
            strike = after if one and lex.conjunctions.search(folded, marks[0].end(), after.start()) is None else None
    return strike is not None and pattern(lex, "<attack_nouns>").search(matchable(folded), end, strike.start()) is None


def _answers(folded: str, strike: Match, at: int, lex: Words) -> bool:
    """The strike is told as the answer to an attack named between it and the casualty word ("The US raids came in
    response to the attack on Tower 22 that killed three soldiers"): a recall cue after the strike, an attack noun
    after the cue, and no clause mark from the cue to the casualty word. The deaths are the answered attack's, not
    the strike's; "US jets, hours after the attack, killed 40" sets the attack off in a clause of its own."""
    cue = lex.recalls.search(folded, strike.end(), at)
    if cue is None or _CLAUSE_PUNCT.search(folded, cue.start(), at):
        return False
    return pattern(lex, "<attack_nouns>").search(matchable(folded), cue.start(), at) is not None


def _recalled_before(folded: str, s: int, strike: Match, at: int, lex: Words) -> bool:
    """The strike is recalled in a clause of its own before the casualty word ("Hours after US strikes killed 5
    militants, rockets hit Ain al-Asad, wounding two"): a recall cue at most three words before it, a clause mark
    between it and the casualty word. The casualty word then tells of the new attack, not of the strike."""
    cues = lex.recalls.finditer(folded, max(s, strike.start() - 40), strike.start())
    near = any(_words_between(folded, c.end(), strike.start(), 3) for c in cues)
    return near and _CLAUSE_PUNCT.search(folded, strike.end(), at) is not None


STRIKE_AFTER_REACH = 80  # characters from a casualty word to "in a US airstrike" that caused the deaths


def _measures(folded: str, end: int, lex: Words, start: int | None = None) -> bool:
    """The number measures something else: "20 times", "40 km", "91 days", "30%"."""
    if folded[end : end + 2].strip().startswith("%"):
        return True
    after = end + 1 if folded[end : end + 1] == " " else end
    unit = lex.count_units.search(folded, end, end + 30)
    if unit and _word_count(folded, end, unit.start()) == 1 and not (start is not None and _after_casualty_word(folded, start, lex)):
        return True  # "during two separate attacks", "двох окремих атак": a count of attacks, one word between
    return any(m.start() == after for m in (*lex.measure_units.finditer(folded, after, after + 20), *lex.count_units.finditer(folded, after, after + 20)))


def _past_case_ending(folded: str, end: int) -> int:
    """Where the number's word ends: a case ending written onto digits after an apostrophe ("30'un üzerinde roket",
    more than 30 rockets; "5'ten fazla") belongs to the number, so the noun it counts is one word on, past the
    postposed "more than"."""
    m = _APOSTROPHE_ENDING.match(folded, end)
    return m.end() if m else end


_APOSTROPHE_ENDING = re.compile(r"['’][^\W\d_]{1,4}(?![\w'’])")


def _after_casualty_word(folded: str, start: int, lex: Words) -> bool:
    """A casualty word right before the number ("واصابة ٤٢ آخرين بهجوم", wounding 42 others in an attack), or with
    one word of approximation between ("وإصابة نحو 25 آخرين بهجوم", wounding about 25; not a preposition: "wounded
    in two attacks"): the number counts the casualties, whatever noun follows."""
    return any(_next_to_count(folded, m.end(), start, lex) for c in (lex.killed, lex.wounded) for m in c.finditer(folded, max(0, start - 40), start))


def _next_to_count(folded: str, end: int, start: int, lex: Words) -> bool:
    between = folded[end:start].split()
    if not between:
        return True
    if len(between) > 1 or _CLAUSE_PUNCT_ANY.search(folded, end, start) or lex.conjunctions.search(folded, end, start):
        return False
    return pattern(lex, "<prepositions>").search(matchable(folded), end, start) is None


def _compound(folded: str, end: int) -> bool:
    """The number is the first part of a hyphenated modifier ("one-way", "three-storey", "2-ton"): no count."""
    return folded[end : end + 1] == "-" and folded[end + 1 : end + 2].isalpha()


def _suffixed(folded: str, end: int, lex: Words) -> bool:
    """A case ending written onto the count ("40-et", Hungarian accusative; "40-dan çoxu", more than 40): no modifier."""
    return folded.startswith(folded_phrases(lex, "number_suffixes"), end)


def _compared_spans(folded: str, s: int, e: int, lex: Words) -> Spans:
    """Pattern: a comparison with another thing right before what that thing did ("The drone was similar to the one
    that killed three soldiers in January", "du même type que celui qui a tué trois soldats", "derselbe Typ wie jene
    Drohne, die drei US-Soldaten tötete"): from the comparison to its clause's end (through a relative clause set off by
    a comma) the deaths are the compared thing's."""
    where = pattern(lex, r"[\s\"'(]*<where>")
    spans = []
    for m in lex.compared.finditer(folded, s, e):
        end = _CLAUSE_MARKS.search(folded, m.end(), e)
        if end is not None and end.group(0) in ",،" and where.match(matchable(folded), end.end()) is not None:
            end = _CLAUSE_MARKS.search(folded, end.end(), e)  # "wie jene Drohne, die drei US-Soldaten tötete": its relative clause
        spans.append((m.start(), end.start() if end is not None else e))
    return tuple(spans)


_THOUSANDS_GAP = re.compile(r"(?:[.,][0-9]+)?\s?")  # "2.2万", "22 тысяч": a decimal tail, at most a space


def _thousands(folded: str, end: int, lex: Words) -> bool:
    """Pattern: a number of thousands (`thousands` right after it, a decimal tail or a space between: "22 тысяч
    человек", "22 mil personas", "۲۲ هزار نفر", "2.2万人", "2万2000人"): tens of thousands of dead are another war's (the
    Gaza toll a report of a base attack recalls), never the attack's toll, whose count reads only its first digits."""
    gap = _THOUSANDS_GAP.match(folded, end)
    at = gap.end() if gap is not None else end  # the pattern matches at least the empty string
    m = lex.thousands.search(folded, at, min(len(folded), at + 12))
    return m is not None and m.start() == at


def _word_follows(folded: str, end: int, category: Category | WindowCategory, reach: int = 40) -> bool:
    """A word of `category` comes right after `end`, one word may come between: the noun a number counts
    ("two militants", "tre droni") or the noun a side word qualifies ("base américaine")."""
    m = category.search(folded, end, end + reach)
    if m is not None and _SENTENCE_BREAK.search(folded, end, m.start()):
        return False  # the word opens the next sentence ("25 wounded. Militants said ..."): it counts nothing here
    return m is not None and _word_count(folded, end, m.start()) <= 1


def _word_count(folded: str, a: int, b: int) -> int:
    """Words in folded[a:b]. Scripts without spaces have no words to count: a gap of them is one word when only a counter
    or particle stands there ("3名武装分子"), never 30 characters on in the next clause ("3名美军士兵死亡,34人受伤。他们再次")."""
    gap = folded[a:b].strip()
    if any(_unspaced(ch) for ch in gap) and " " not in gap:
        return 1 if len(gap) <= UNSPACED_WORD else 2
    return len(gap.split())


# a sentence's end: a full stop, question or exclamation mark before a space (not one closing a single letter, as in
# "u.s."), or a mark of a script that needs no space after it
_SENTENCE_BREAK = re.compile(r"(?<!\b[^\W\d_])[.!?](?=\s)|[。！？؟।]")
UNSPACED_WORD = 3  # characters of a counter or particle between a number and its noun in Chinese or Japanese


def _attackers_follow(folded: str, end: int, lex: Words) -> bool:
    """The attackers' noun follows the count ("two militants"), also as a partitive's group ("two of the attackers",
    "dos de los atacantes": a genitive and determiners between): the count is of the attackers, not the attack's toll."""
    if _word_follows(folded, end, lex.attackers):
        return True
    if _members_of_attackers(folded, end, lex):
        return True
    i, words = _word_run(folded, end, min(len(folded), end + GROUP_REACH), (lex.genitive, lex.determiners))
    m = lex.attackers.search(folded, i, min(len(folded), i + GROUP_REACH)) if words >= 2 else None
    return m is not None and m.start() == i and lex.genitive.search(folded, end, i) is not None


def _sources_counted(folded: str, n: Match, lex: Words) -> bool:
    """The count's noun is a word of `sources` in its own phrase ("three US officials", "ثلاثة مسؤولين أمريكيين", "两名
    官员"): at most one word and no punctuation between; in a head-final language the noun may come right before."""
    m = lex.sources.search(folded, n.end(), min(len(folded), n.end() + 40))
    if m is not None and not re.search(r"[.,;:!?،؛]", folded[n.end() : m.start()]) and len(folded[n.end() : m.start()].split()) <= 1:
        return True
    return head_final(lex) and _attackers_before(folded, n.start(), lex, lex.sources)


def _bystanders_counted(folded: str, n: Match, lex: Words) -> bool:
    """The count's noun is a word of `bystanders` ("twelve children", "12名儿童"), or in a head-final language that noun
    comes right before it with at most a particle ("子ども12人", "어린이 12명"): the count is of people no base holds."""
    if _word_follows(folded, n.end(), lex.bystanders):
        return True
    if not head_final(lex):
        return False
    before = [m.end() for m in lex.bystanders.finditer(folded, max(0, n.start() - 30), n.start())]
    return bool(before) and len(folded[before[-1] : n.start()].strip()) <= UNSPACED_WORD - 1 and n.start() - before[-1] <= UNSPACED_WORD


MEMBERS_WORDS = 3  # words between "members of the" and the attackers' noun ("der pro-iranischen Hisbollah-Miliz")


def _members_of_attackers(folded: str, end: int, lex: Words) -> bool:
    """Pattern: the count's victim noun is a part of the attackers' group ("drei Mitglieder der pro-iranischen
    Hisbollah-Miliz", "several members of the militia"): a victim noun right after the count, then within a few words of
    its own phrase (no punctuation, "and" or casualty word between) an attackers' noun. An attack or a weapon between
    makes the attackers that attack's agent, not the victims' group ("drei US-Soldaten bei einem Drohnenangriff
    proiranischer Milizen getötet": three US soldiers killed in a drone attack by pro-Iranian militias)."""
    v = lex.victims.search(folded, end, min(len(folded), end + GROUP_REACH))
    if v is None or folded[end : v.start()].strip():
        return False
    a = lex.attackers.search(folded, v.end(), min(len(folded), v.end() + 60))
    if a is None:
        return False
    between = folded[v.end() : a.start()]
    if len(between.split()) > MEMBERS_WORDS + 1 or re.search(r"[,;.:]", between) or lex.conjunctions.search(folded, v.end(), a.start()):
        return False
    if lex.attack.search(folded, v.end(), a.start()) is not None or lex.weapons.search(folded, v.end(), a.start()) is not None:
        return False
    return lex.killed.search(folded, v.end(), a.start()) is None and lex.wounded.search(folded, v.end(), a.start()) is None


def _attackers_before(folded: str, start: int, lex: Words, nouns: Category | WindowCategory | None = None) -> bool:
    """Head-final languages may write the noun first with a particle: "武装勢力の5人を殺害した" (killed five of the armed
    group): an attackers' noun (or one of `nouns`) right before the count, a particle between, counts the attackers.
    Without one, "戦闘員6人が死亡した" (six fighters died) names the victims as "兵士3人" does."""
    lo = max(0, start - 30)
    ends = [m.end() for m in (nouns or lex.attackers).finditer(folded, lo, start)]
    if not ends:
        return False
    gap = folded[ends[-1] : start]
    return 0 < len(gap) <= UNSPACED_WORD - 1 and all(_unspaced(ch) for ch in gap)


def _militia_victims(folded: str, s: int, e: int, cue: Category | WindowCategory, lex: Words, skip: Spans, away: Spans) -> bool:
    """Pattern: a later sentence's count names the militias' own people as its victims (`militia_target`: "killing 12
    militia commanders", "司令官ら約250人を殺害", commanders, about 250): dead of a strike on the militias, never the toll
    of the militias' attack on a base told before. (In the claim's own sentence they may be: a blast at a base the
    militias garrison.)"""
    found = _count_found(folded, s, e, cue, lex, skip, away)
    # the number word the count was read from; a count of one read from a lone victim noun ("a soldier") has none,
    # and the next number on in the sentence is another count
    if not found:
        return False
    n = next((m for m in lex.number.finditer(folded, found[1], e) if m.start() == found[1]), None)
    if n is None:
        # a count of one read from a lone victim noun after its article ("killed a member of the PMF"): the noun's phrase,
        # or the phrase the count was read from ("killed the militia member", "the Kataeb Hezbollah member")
        at = lex.militia_target.search(folded, found[1], e)
        if at is not None and at.start() == found[1]:
            return True
        space = folded.find(" ", found[1], e)
        return space != -1 and _word_follows(folded, space, lex.militia_target, e - space)
    militia = _word_follows(folded, n.end(), lex.militia_target, e - n.end())
    return militia or (head_final(lex) and _attackers_before(folded, n.start(), lex, lex.militia_target))


INSURGENT_VICTIMS_REACH = 25  # characters from a count to the insurgent group whose people it counts ("five ISIS members", "خمسة من عناصر داعش")


def _insurgent_victims(folded: str, s: int, e: int, lex: Words, skip: Spans, away: Spans, gaz: Gazetteer) -> bool:
    """Pattern: a later sentence's count of dead names the people of a group that fights the campaign's victims on its
    own (the Islamic State: "SDF fighters killed five ISIS members in a raid nearby"): dead of another fight, never
    the toll of the militias' attack on a base told before."""
    found = _count_found(folded, s, e, lex.killed, lex, skip, away)
    if not found:
        return False
    reach = found[1] + INSURGENT_VICTIMS_REACH
    return any(found[1] <= gs <= reach for gs, _ in gaz.insurgent_spans(folded, found[1], min(e, reach + 1)))


def _bare_article(folded: str, n: Match, lex: Words) -> bool:
    """A number word that is also the indefinite article (Turkish "bir", Greek "ένας") counts only before a
    victim noun or a casualty word, one word may come between ("bir Amerikan askeri", "один из военнослужащих");
    elsewhere it is the article ("resmi bir açıklama yapılmadı")."""
    art = lex.indefinite.search(folded, n.start(), n.end())
    if art is None or (art.start(), art.end()) != (n.start(), n.end()):
        return False
    # "uno dei due soldati feriti": a partitive of victims is the number one; "uno dei quali" (one of which) is not
    of = _partitive(folded, n, lex)
    after = of.end() if of is not None else n.end()
    words = list(re.finditer(r"\S+", folded[after : after + 60]))[:2]
    starts = {after + w.start() for w in words}
    return not any(m.start() in starts for c in (lex.victims, lex.killed, lex.wounded) for m in c.finditer(folded, after, after + 60))


_DIGIT_DATE = re.compile(r"\d[./:]\d")


def _alone_in_brackets(folded: str, start: int, end: int) -> bool:
    """The number is all a pair of brackets holds: an aside, never a count of its own (the Hebrew press names the
    weekday in brackets after "today"/"last night", and "שני", Monday, is also the word for two; "five (5)"
    repeats the count told before it)."""
    return _OPEN_BRACKET.search(folded, max(0, start - 3), start) is not None and _CLOSE_BRACKET.match(folded, end) is not None


_OPEN_BRACKET = re.compile(r"\(\s*$")
_CLOSE_BRACKET = re.compile(r"\s*\)")


def _digit_date(folded: str, start: int, end: int) -> bool:
    """The digits are part of a date or a clock time written with dots, slashes or a colon ("05.02.2024", "12:55")."""
    return bool(_DIGIT_DATE.match(folded, end - 1)) or (start >= 2 and bool(_DIGIT_DATE.match(folded, start - 2)))


def _placed_away(folded: str, s: int, e: int, at: int, away: Spans, lex: Words) -> bool:
    """The clause of the casualty word at `at` names a place outside the theatre: "Israeli strikes killed 45
    Palestinians in Gaza", "... in Lebanon": those deaths are another war's, never the toll of an attack on a base.
    A clause opened by "where" tells of the place of the clause before it ("stormed bases around Gaza, where they
    killed 1,400"), one opened by a relative pronoun of the deed it names ("the US strikes on Yemen, which killed
    five"): that clause counts too."""
    if not away:
        return False
    lo, hi = _clause(folded, s, e, at, at)
    if lo > s and pattern(lex, r"[\s\"'(]*<where>").match(matchable(folded), lo) is not None:
        lo = _clause(folded, s, e, lo - 1, lo - 1)[0]
    lo = _fronted_place(folded, s, lo, away, lex)
    return any(lo <= a < hi and not _war_since(folded, at, a, b, lex) for a, b in away)


FRONTED_PLACE_WORDS = 6  # words of a place phrase that opens a sentence before a comma: "Dans la bande de Gaza,"
ASIDE_WORDS = 6  # words of a speech aside set off by commas: ", selon le ministère de la Santé,"


def _fronted_place(folded: str, s: int, lo: int, away: Spans, lex: Words) -> int:
    """Pattern: a place outside the theatre fronted in its own short phrase, then the toll's clause, speech asides
    between ("In the Gaza Strip, 30 people were killed", "Dans la bande de Gaza, selon le Hamas, 30 personnes ont été
    tuées", "В секторе Газа, по данным Хамас, погибли 30 человек"): the toll is placed there. The sentence's start when
    so, else `lo`, the start of the toll's own clause."""
    at = lo
    while at > s:
        before = _clause(folded, s, at, at - 1, at - 1)[0]
        if before > s and lex.speech_window.search(folded, before, at) is not None and len(folded[before:at].split()) <= ASIDE_WORDS:
            at = before  # ", according to Hamas,": an aside, skipped
            continue
        if before == s and len(folded[s:at].split()) <= FRONTED_PLACE_WORDS and any(s <= a < at for a, _ in away):
            return s
        break
    return lo


WAR_SINCE_REACH = 25  # characters between a span start and the word of beginning that make it the war's start


def _war_since(folded: str, at: int, a: int, b: int, lex: Words) -> bool:
    """Pattern: the place outside the theatre names the war a span counts from, after the casualty word ("killed three
    and wounded 37 at the al-Tanf base ..., the first such attack since the start of the war in Gaza", "منذ بدء الحرب
    ... في غزة"): a time, not where the deaths were. A span start between the casualty word and the place, with a word
    of beginning right after it or right after the place."""
    since = lex.since.search(folded, at, a)
    if since is None:
        return False
    began, text = pattern(lex, "<began>"), matchable(folded)
    return began.search(text, since.end(), min(a, since.end() + WAR_SINCE_REACH)) is not None or began.search(text, b, b + WAR_SINCE_REACH) is not None


def _no_harm(folded: str, s: int, e: int, lex: Words) -> bool:
    """folded[s:e] holds no word of killing or wounding."""
    return lex.killed.search(folded, s, e) is None and lex.wounded.search(folded, s, e) is None


def _clause(folded: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """The clause of folded[s:e] around folded[start:end]: from the last clause mark before it to the first after."""
    before = [m.end() for m in _CLAUSE_PUNCT_ANY.finditer(folded, s, start)]
    after = _CLAUSE_PUNCT_ANY.search(folded, end, e)
    return (before[-1] if before else s), (after.start() if after else e)


def _count_near(folded: str, s: int, e: int, cue: Category | WindowCategory, lex: Words, skip: tuple[tuple[int, int], ...], away: Spans = ()) -> int | None:
    """The number nearest a casualty word, not across "and"/a comma, not part of a date."""
    found = _count_found(folded, s, e, cue, lex, skip, away)
    return found[0] if found else None


@lru_cache(maxsize=256)  # a sentence's toll is read again for its floors (`_provisional`) and by other rules
def _count_found(
    folded: str, s: int, e: int, cue: Category | WindowCategory, lex: Words, skip: tuple[tuple[int, int], ...], away: Spans = ()
) -> tuple[int, int] | None:
    """`_count_near`'s count and where its number starts."""
    if cue is lex.killed and (_accident_deaths(folded, s, e, lex) or _cause_after_deaths(folded, s, e, lex)):
        return None  # "A US helicopter crashed near the base, killing two crew members": an accident's dead
    best: tuple[int, int, int] | None = None
    other = lex.wounded if cue is lex.killed else lex.killed
    for m in cue.finditer(folded, s, e):
        if _retaliation_toll(folded, s, m.start(), lex, m.end(), e) or _placed_away(folded, s, e, m.start(), away, lex):
            continue
        if cue is lex.killed and _inside(m.start(), skip):
            continue  # "died of a heart attack while sheltering": a word of death inside a denial counts no toll
        if cue is lex.wounded and _inside(m.start(), skip) and any(d.start() <= m.start() < d.end() for d in lex.no_casualties.finditer(folded, s, e)):
            continue  # "A soldier said nobody was hurt": the word of harm inside a denial counts no one ("minor injuries" still counts)
        if cue is lex.killed and _cause_follows(folded, m.end(), e, lex):
            continue  # "starb ein Techniker an einem Herzinfarkt": the death's own clause names a cause not the attack
        if _paired(folded, m.start(), m.end(), cue, other, lex, skip):
            continue  # "40 soldiers were killed and wounded": one count of the dead and the wounded together, neither toll
        lo, hi = max(s, m.start() - TOLL_REACH), min(e, m.end() + TOLL_REACH)
        numbers = lex.number.finditer(folded, lo, hi)
        uncounted = _uncounted_victims(folded, lo, hi, lex) if cue is lex.killed else []  # deaths alert; an untold number of wounded adds nothing
        ones = _one_victims(folded, lo, hi, lex)
        for n in [*numbers, *ones, *_partitive_ones(folded, lo, hi, lex, numbers), *uncounted]:
            if _inside(n.start(), skip):
                continue
            if _subset_count(folded, lo, n, lex) and not (n.end() <= m.start() and _subset_of_harmed(folded, lo, n, lex, cue is lex.killed)):
                continue  # "21 personnel sustained injuries, including 19 with brain injuries": the 19 are among the 21
            gap = (m.end(), n.start()) if n.start() >= m.end() else (n.end(), m.start())
            between = folded[gap[0] : gap[1]]
            between = _BRACKETED.sub("", between)  # "Cinq membres des FDS (dominées par les Kurdes) ont été tués"
            if n.end() <= m.start():  # "Trois soldats, a indiqué le Pentagone, ont été tués"; after the verb it ends the clause
                between = _without_attribution(between, lex)
                between = _without_joined_victims(between, lex)
                between = _without_apposition(folded, n, m, between, lex)
                between = _without_relative_comma(folded, n, m, between, lex, skip)
            parted = lex.conjunctions.search(between) is not None and not _joined_to_uncounted(folded, n, m, e, lex)
            if _CLAUSE_PUNCT.search(between) or parted or _other_casualty_between(folded, gap, n, m, other, lex):
                continue  # "killed one and wounded two": the count of another casualty word is not this one's
            if n.start() >= m.end() and (
                _and_opens_count(folded, m.end(), n.start(), lex) or _and_counts_other(folded, n, other, lex) or _counts_next_word(folded, n, other, lex)
            ):
                continue  # "נהרגו ויותר מ-30 נפצעו" (killed, and more than 30 wounded): the glued "and" opens the next count's clause
            if n.end() <= m.start() and _counts_word_before(folded, n, m, other, lex):
                continue  # "死亡3人,受伤34人" (died 3, wounded 34): the 3 is the deaths' count, told after their word
            if cue is lex.wounded and n.end() <= m.start() and lex.assessed.search(folded, n.end(), m.start()) is not None:
                continue  # "34 personnel were being evaluated for possible brain injuries": those checked, no wounded toll
            if n.end() <= m.start() and _partitive_of(folded, n, cue, lex):
                continue  # "one of the wounded was badly hurt": one of a count told, no count of that casualty (of another: "... died")
            if n.end() <= m.start() and _and_attached(folded, m.start(), m.end(), cue):
                continue  # "مقتل 3 جنود وإصابة آخرين": "and" written onto the casualty word starts its own clause
            value = n.value
            if value is None or value > 5000 or _measures(folded, n.end(), lex, n.start()) or _thousands(folded, n.end(), lex):
                continue
            attackers = _attackers_follow(folded, n.end(), lex) or (head_final(lex) and _attackers_before(folded, n.start(), lex))
            if attackers and not _patron_follows(folded, n.end(), lex):
                continue  # "killed two militants": the attackers, not a toll of the attack
            if _sources_counted(folded, n, lex):
                continue  # "three US officials said troops were wounded": who spoke, not who was hurt
            if n not in ones and _bystanders_counted(folded, n, lex):
                continue  # "killing twelve children on a football pitch": people no base holds, the toll of another strike
                # (a lone victim noun is its own noun: "قتل مدني وأصيب طفل", a civilian killed and a child wounded)
            if n not in ones and _word_follows(folded, _past_case_ending(folded, n.end()), lex.weapons):
                continue  # "an attack with three drones wounded soldiers", "30'un üzerinde roket": a count of weapons, not of victims
                # (a victim noun counted as one is no count of what follows it: "נהרג חייל מפגיעת כטב"ם", a soldier killed by a drone's hit)
            if _counts_attacks(folded, n, lex):
                continue  # "in response to one deadly attack", "одна смертоносная атака": a count of attacks, not of victims
            if _one_of_the_weapons(folded, n, lex):
                continue  # "among those killed by one of the missiles": the number picks a weapon (or an attack), counts no victims
            if _one_of_things(folded, n, lex):
                continue  # "رغم وقوع أضرار في أحد المباني" (damage to one of the buildings): one of some things, no victim
            if _one_of_the_group(folded, n, m, lex):
                continue  # "uno degli americani feriti è grave" (one of the wounded Americans): one of a group, not its toll
            if _size_of_other_group(folded, n, lex, other):
                continue  # "one of the two soldiers wounded in the attack has died": "two" counts the wounded, "one" the dead
            if _word_follows(folded, n.end(), lex.vehicles):
                continue  # "ten helicopters flew the wounded soldiers out": a count of the machines, not of the wounded
            if _word_follows(folded, n.end(), lex.base_nouns, 20) or _word_follows(folded, n.end(), lex.plural_base_nouns, 20):
                continue  # "ranni w ataku na jedną z baz USA" (on one of the bases), "two bases": a count of sites
            if _bare_article(folded, n, lex):
                continue  # Turkish "resmi bir açıklama": the indefinite article, not the number one
            if _hosting_follows(folded, n.end(), lex):
                continue  # Chinese "一驻有美军的军事基地" (a base hosting US troops): the number is the site's article
            if cue is lex.wounded and _part_of_counted(folded, n.start(), lex):
                continue  # "5名美军受伤,其中一人重伤" (five wounded, one of them badly): a part of the wounded, not their toll
            if _digit_date(folded, n.start(), n.end()):
                continue  # "Stand: 05.02.2024": a part of a date in digits, no count
            if _alone_in_brackets(folded, n.start(), n.end()):
                continue  # "נפצעו אמש (שני)" (wounded last night, Monday): a bracketed aside, here a weekday that is also "two"
            if _compound(folded, n.end()) and not _suffixed(folded, n.end(), lex):
                continue  # "a one-way attack drone", "a two-day siege": a modifier, no count
            if _glued_counter(folded, n, lex):
                continue  # Korean "드론 1대" (one drone, 대 counts machines): digits written onto a counter count that
            # head-final: the count comes before its verb ("3명이 숨지고 34명이 다쳤다"), one after it is a fallback
            dist_after = TOLL_REACH if head_final(lex) and n.start() >= m.end() else 0
            if 1900 < value < 2100 and n.group(0).isdigit():
                continue
            dist = n.start() - m.end() + dist_after if n.start() >= m.end() else m.start() - n.end()
            if best is None or dist < best[0]:
                after = _joined_after(folded, n.end(), e, lex) if n.start() >= m.end() else 0
                before = _joined_groups(folded, lo, n.start(), lex, skip) if n.end() <= m.start() else 0
                best = (dist, value + after + before + _others_added(folded, lo, hi, n, m, cue, other, lex, skip), n.start())
    return (best[1], best[2]) if best else None


LOWER_BOUND_GAP = 1  # characters between a floor word and its number: the space ("more than 20", "أكثر من 20")
RISEN_GAP = 1  # characters between a word of rising and the new figure ("has risen to 40")
RISEN_VICTIMS_REACH = 30  # characters after the new figure where the casualty word it counts may stand ("rose to 40 wounded")


def _provisional(folded: str, s: int, e: int, lex: Words, skip: Spans = (), away: Spans = (), risen: dict[str, int] | None = None) -> frozenset[str]:
    """Pattern: a toll told as a floor ("more than 20 wounded", "at least five") or as a first figure since replaced
    ("initially 25 wounded"): the fields of folded[s:e] whose count a later, larger count of the attack outdoes."""
    out = set()
    risen = _risen(folded, s, e, lex, skip, away) if risen is None else risen  # the caller's, when it has them already
    for name, cue in (("killed", lex.killed), ("wounded", lex.wounded)):
        found = None if name in risen else _count_found(folded, s, e, cue, lex, skip, away)
        if found is None:
            continue
        at = found[1]
        floor = lex.lower_bounds.search(folded, max(s, at - 40), at)
        floored = floor is not None and at - floor.end() <= LOWER_BOUND_GAP
        floored = floored or _uncounted_group(folded, s, at, lex)  # "several US troops and one Iraqi soldier": at least one
        floored = floored or any(u.start() == at for u in lex.uncounted.finditer(folded, at, min(e, at + 40)))  # "several soldiers": UNCOUNTED_FLOOR at least
        if floored or _superseded(folded, s, at, lex):
            out.add(name)
    return frozenset(out)


def _risen(folded: str, s: int, e: int, lex: Words, skip: Spans = (), away: Spans = ()) -> dict[str, int]:
    """Pattern: a toll that rose or was revised ("the number of wounded has since risen to 40", "revised to five"):
    field -> the figure right after the word of rising, counting the victims of the casualty word right after it,
    else of the last one told before it. A change told as a range ("rose from 34 to 40", `_ranges`): the count
    whose number opens the range, or a casualty word with no count of its own that the range follows in its clause,
    takes the range's new figure."""
    out: dict[str, int] = {}
    for m in lex.risen.finditer(folded, s, e):
        n = next(iter(lex.number.finditer(folded, m.end(), min(e, m.end() + RISEN_GAP + 12))), None)
        if n is None or n.value is None or n.start() - m.end() > RISEN_GAP:
            continue
        cues = (("killed", lex.killed), ("wounded", lex.wounded))
        after = [(c.start(), name) for name, cue in cues for c in cue.finditer(folded, n.end(), min(e, n.end() + RISEN_VICTIMS_REACH))]
        before = [(c.start(), name, c.end()) for name, cue in cues for c in cue.finditer(folded, s, m.start())]
        # "The death toll has risen to seven after a wounded fighter died": the casualty word that is the subject of
        # the rise (in its clause, before it) counts the figure; a word after the figure does when there is no such
        # subject, or when it follows the figure at once ("the number of casualties rose to 40 wounded"), not when
        # more words lie between ("seven after a wounded fighter died")
        subject = bool(before) and _in_clause(folded, max(before)[2], m.start(), lex)
        if after and (not subject or not folded[n.end() : min(after)[0]].strip()):
            out[min(after)[1]] = n.value
        elif before:
            out[max(before)[1]] = n.value
    ranges = _ranges(folded, s, e, lex)
    if not ranges:
        return out
    opened = {old.start(): new for old, new in ranges}
    for name, cue in (("killed", lex.killed), ("wounded", lex.wounded)):
        if name in out:
            continue
        found = _count_found(folded, s, e, cue, lex, skip, away)
        if found is not None:
            if found[1] in opened:
                out[name] = opened[found[1]]
            continue
        for c in cue.finditer(folded, s, e):  # "il bilancio dei morti è salito da 34 a 40": no count of its own
            new = next((new for old, new in ranges if old.start() >= c.end() and not _CLAUSE_PUNCT.search(folded, c.end(), old.start())), None)
            if new is not None:
                out[name] = new
                break
    return out


RANGE_GAP = 16  # characters between a range's two figures: only words ("from 34 to", "von 34 auf", "34人から40人")


def _ranges(folded: str, s: int, e: int, lex: Words) -> list[tuple[Match, int]]:
    """Pattern: a figure that changed, told as its old and new value ("rose from 34 to 40", "passé de 34 à 40",
    "من 34 إلى 40", "34人から40人に増えた"): in a sentence with a word of change (`toll_change`), two numbers with only a
    few words between them (no clause break, no conjunction, no casualty word): (old number, new value). A range
    written new figure first, after a word of rising ("rose to 40 from 34"), is `_risen`'s own."""
    if lex.toll_change.search(folded, s, e) is None:
        return []
    out = []
    for old, new in pairwise(lex.number.finditer(folded, s, e)):
        if old.value is None or new.value is None:
            continue
        between = folded[old.end() : new.start()]
        if not between.strip() or len(between) > RANGE_GAP or _CLAUSE_PUNCT_ANY.search(between) or lex.conjunctions.search(between):
            continue
        if lex.killed.search(folded, old.end(), new.start()) or lex.wounded.search(folded, old.end(), new.start()):
            continue  # "34 wounded and 3 killed": each number counts its own victims
        if any(old.start() - r.end() <= RISEN_GAP for r in lex.risen.finditer(folded, max(s, old.start() - 40), old.start())):
            continue  # "rose to 40 from 34": the first figure is the new one, `_risen` reads it
        out.append((old, new.value))
    return out


def _in_clause(folded: str, start: int, end: int, lex: Words) -> bool:
    """No clause break (punctuation, a conjunction) between two places of the text."""
    between = folded[start:end]
    return not (_CLAUSE_PUNCT.search(between) or lex.conjunctions.search(between))


def _hosting_follows(folded: str, end: int, lex: Words) -> bool:
    """A word of hosting follows the number at once ("一驻有美军的基地", a base hosting US troops): the number opens
    the description of a site by whom it hosts, it counts no victims."""
    at = end + 1 if folded[end : end + 1] == " " else end  # unspaced scripts write the word right onto the number
    return folded.startswith(folded_phrases(lex, "hosts"), at)


def _part_of_counted(folded: str, start: int, lex: Words) -> bool:
    """A partitive word stands right before the number ("其中一人", "이들 중 한 명", "うち1人": of them, one)."""
    before = folded[max(0, start - PARTITIVE_REACH) : start].rstrip()
    return before.endswith(folded_phrases(lex, "partitive"))


PARTITIVE_REACH = 12  # characters back from a number to the end of a partitive word


def _paired(
    folded: str, start: int, end: int, cue: Category | WindowCategory, other: Category | WindowCategory, lex: Words, skip: tuple[tuple[int, int], ...] = ()
) -> bool:
    """The casualty word at folded[start:end] is joined by a bare "and" to one of the other kind ("killed and wounded",
    "tués et blessés", "قتلى وجرحى", "tewas dan terluka") and the pair has one count, on one side of it: the dead and
    the wounded together (a militia's "dozens of dead and wounded", a monitor's combined figure), which is neither
    toll. A count on each side ("two soldiers fell and 12 were wounded", "جنديين قتلا وأصيب 24") is two tolls."""
    # PAIR_GAP bounds what stands between the two words; the second may run on past it ("34 Tote und Verletzte")
    nxt = other.search(folded, end, min(len(folded), end + PAIR_GAP + PAIR_WORD))
    nxt = nxt if nxt is not None and nxt.start() - end <= PAIR_GAP else None
    if nxt is not None and (_bare_join(folded, end, nxt.start(), lex) or _attached_and(folded, end, nxt.start(), nxt.end(), other)):
        return not _counted_apart(folded, start, end, nxt.end(), lex, skip)
    prev = [x for x in other.finditer(folded, max(0, start - PAIR_GAP - PAIR_WORD), start) if 0 <= start - x.end() <= PAIR_GAP]
    if prev and (_bare_join(folded, prev[-1].end(), start, lex) or _attached_and(folded, prev[-1].end(), start, end, cue)):
        return not _counted_apart(folded, prev[-1].start(), prev[-1].end(), end, lex, skip)
    return False


PAIR_WORD = 30  # characters the other casualty word of a pair may take ("Verletzte", "военнослужащих ранены")


def _counted_apart(folded: str, first: int, first_end: int, last: int, lex: Words, skip: tuple[tuple[int, int], ...] = ()) -> bool:
    """Each casualty word of the pair has its own group: the pair is one only when its count stands on one side and
    the other side closes it (a count up to the first word, then a preposition or the clause's end after the last:
    "28 soldiers killed and wounded in ..."; or no count before and a count right after: "مقتل وإصابة 28").
    `skip`: spans no count is part of (a base's name, a date)."""
    lo = max(0, first - TOLL_REACH)
    lo = max([lo, *(m.end() for m in _CLAUSE_PUNCT.finditer(folded, lo, first))])
    before = any(not _inside(n.start(), skip) for n in (*lex.number.finditer(folded, lo, first_end), *_one_victims(folded, lo, first_end, lex)))
    after = next((n for n in lex.number.finditer(folded, last, min(len(folded), last + 30)) if len(folded[last : n.start()].split()) <= 1), None)
    if before:
        return not _closes(folded, last, lex)
    return after is None or _inside(after.start(), skip)


def _closes(folded: str, at: int, lex: Words) -> bool:
    """What follows folded[at] ends a group of victims: the text's or clause's end, or a preposition ("in an attack")."""
    rest = folded[at:].lstrip()
    if not rest or not rest[0].isalnum():
        return True
    start = len(folded) - len(rest)
    prep = lex.prepositions.search(folded, start, min(len(folded), start + 30))
    return prep is not None and prep.start() == start


def _cause_follows(folded: str, end: int, e: int, lex: Words) -> bool:
    """A denial of death goes on the death word's clause after its subject ("starb ein Techniker an einem
    Herzinfarkt", "مقتل ثلاثة جنود في تحطم مروحية": died of a heart attack, killed in a helicopter crash): the
    deaths are not the attack's. Nor are deaths a state's own attack caused ("killed in Iran's missile strike on
    Erbil"). Not across a clause's end or "and" ("one killed, two lightly wounded")."""
    d = lex.no_deaths.search(folded, end, min(e, end + CAUSE_REACH)) or lex.state_attacks.search(folded, end, min(e, end + CAUSE_REACH))
    return d is not None and _in_clause(folded, end, d.start(), lex)


CAUSE_REACH = 60  # characters from a word of death to the cause its clause names after the victims


def _inside(at: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= at < b for a, b in spans)


PAIR_GAP = 12  # characters between the two casualty words of a pair: "and", with its spaces


def _attached_and(folded: str, gap: int, start: int, end: int, cue: Category | WindowCategory) -> bool:
    """Nothing but space from `gap` to a casualty word that carries its "and" ("قتلوا وجرحوا")."""
    return not folded[gap:start].strip() and _and_attached(folded, start, end, cue)


def _bare_join(folded: str, a: int, b: int, lex: Words) -> bool:
    """folded[a:b] is a conjunction ("and") or a disjunction ("or") alone (spaces around it, or written onto the next
    word)."""
    for cat in (lex.conjunctions, lex.disjunctions):
        join = cat.search(folded, a, b)
        if join is not None and not folded[a : join.start()].strip() and not folded[join.end() : b].strip():
            return True
    return False


def _others_added(
    folded: str,
    lo: int,
    hi: int,
    n: Match,
    m: Match,
    cue: Category | WindowCategory,
    other: Category | WindowCategory,
    lex: Words,
    skip: tuple[tuple[int, int], ...],
) -> int:
    """ "one soldier was critically wounded and two others were injured", "ein Soldat lebensgefährlich verletzt und
    zwei weitere verwundet": a second group told as "and <count> others" with a casualty word of the same kind adds to
    the first group's toll (each group has its own casualty word, so no count alone is the whole). `n` is a count
    before the casualty word `m`; the group joined to it is looked for on its other side."""
    if n.end() > m.start():
        return _group_before_others(folded, lo, n, m, cue, other, lex, skip)
    joins = [j for j in lex.conjunctions.finditer(folded, lo, n.start()) if not folded[j.end() : n.start()].strip()]
    if joins and _others_follow(folded, n, lex):  # this count is the "others": the group told before it adds
        j = joins[-1]
        counts = (*lex.number.finditer(folded, lo, j.start()), *_one_victims(folded, lo, j.start(), lex))
        prev = sorted((x for x in counts if not _inside(x.start(), skip)), key=lambda x: x.start())
        first = prev[-1] if prev else None
        if first is not None and first.value and _one_group(folded, first.end(), j.start(), cue, other, lex):
            return first.value
        return 0
    join = lex.conjunctions.search(folded, m.end(), min(hi, m.end() + GROUP_GAP))
    if join is None or _CLAUSE_PUNCT.search(folded, m.end(), join.start()):
        return 0  # this count is the first group: "and <count> others" told right after its casualty word adds
    later = next((x for x in lex.number.finditer(folded, join.end(), min(hi, join.end() + 20)) if not folded[join.end() : x.start()].strip()), None)
    if later is None or not later.value or not _others_follow(folded, later, lex):
        return 0
    rest = folded[later.end() : min(hi, later.end() + TOLL_REACH)]
    clause = _CLAUSE_PUNCT.search(rest)
    stop = later.end() + (clause.start() if clause else len(rest))
    return later.value if cue.search(folded, later.end(), stop) and not other.search(folded, later.end(), stop) else 0


GROUP_GAP = 30  # characters from a group's casualty word to the "and" that joins "<count> others"


def _more_wounded(folded: str, s: int, e: int, lex: Words, skip: Spans, wounded: int) -> bool:
    """Pattern: the wounded of a sentence that goes on telling the attack, counted as more of them ("22 more soldiers
    sustained lighter injuries", "zwei weitere wurden verletzt", "altri due feriti") after a sentence that counted
    others: a further group, added to the claim's (the in-sentence "and two others", `_others_added`, across a stop)."""
    counts = [n for n in lex.number.finditer(folded, s, e) if n.value == wounded and not _inside(n.start(), skip)]
    return len(counts) == 1 and _others_follow(folded, counts[0], lex)


def _group_before_others(
    folded: str,
    lo: int,
    n: Match,
    m: Match,
    cue: Category | WindowCategory,
    other: Category | WindowCategory,
    lex: Words,
    skip: tuple[tuple[int, int], ...],
) -> int:
    """ "left one soldier in critical condition and wounded two others": a count after its casualty word that counts
    "others", the casualty word right after "and", adds the group told before that "and" when the group has its own
    casualty word of the same kind or, for the wounded, a condition ("in critical condition")."""
    joins = [j for j in lex.conjunctions.finditer(folded, lo, m.start()) if not folded[j.end() : m.start()].strip()]
    if not joins or not _others_follow(folded, n, lex):
        return 0
    j = joins[-1]
    counts = (*lex.number.finditer(folded, lo, j.start()), *_one_victims(folded, lo, j.start(), lex))
    prev = sorted((x for x in counts if not _inside(x.start(), skip)), key=lambda x: x.start())
    first = prev[-1] if prev else None
    if first is None or not first.value or other.search(folded, first.end(), j.start()) or _CLAUSE_PUNCT.search(folded, first.end(), j.start()):
        return 0
    own = cue.search(folded, first.end(), j.start()) or (cue is lex.wounded and lex.critical.search(folded, first.end(), j.start()))
    return first.value if own else 0


def _others_follow(folded: str, n: Match, lex: Words) -> bool:
    """ "two others", "zwei weitere": the word right after the count says it counts more of the same victims; or the
    word after the victims the count counts ("dua tentara AS lainnya", two other US soldiers: "others" after the noun);
    or the word right before the count, where the language puts it first ("feriu outros dois", "hirió a otros dos",
    "altri due": others two)."""
    before = [o for o in lex.others.finditer(folded, max(0, n.start() - OTHERS_BEFORE), n.start()) if not folded[o.end() : n.start()].strip()]
    if before:
        return True
    nxt = lex.others.search(folded, n.end(), min(len(folded), n.end() + OTHERS_AFTER_NOUN))
    if nxt is None:
        return False
    between = folded[n.end() : nxt.start()].strip()
    if not between:
        return True
    victim = lex.victims.search(folded, n.end(), nxt.start())
    if victim is None or folded[n.end() : victim.start()].strip():
        return False  # the victim noun comes right after the count
    rest = folded[victim.end() : nxt.start()]
    sides = [m for _, rx in lex.sides for m in rx.finditer(folded, victim.end(), nxt.start())]
    return not _CLAUSE_PUNCT.search(between) and (not rest.strip() or any(not folded[m.end() : nxt.start()].strip() for m in sides))


OTHERS_AFTER_NOUN = 40  # characters from a count to an "others" word written after its victim noun and side
OTHERS_BEFORE = 10  # characters before a count where an "others" word written first may start ("outros dois")


def _one_group(folded: str, a: int, b: int, cue: Category | WindowCategory, other: Category | WindowCategory, lex: Words) -> bool:
    """folded[a:b], from a group's count to the "and" after it, tells that group's own casualty of the same kind
    ("soldier was critically wounded"), in one clause, and no casualty of the other kind."""
    return cue.search(folded, a, b) is not None and other.search(folded, a, b) is None and not _CLAUSE_PUNCT.search(folded, a, b)


_INSERTED = re.compile(r",[^,;]*,")


def _partitive(folded: str, n: Match, lex: Words) -> Match | None:
    """The "one of" ("uno de los", "l'un des", "uno degli") the number `n` opens, if it opens one."""
    of = lex.one_of.search(folded, n.start(), min(len(folded), n.end() + ONE_OF_REACH))
    return of if of is not None and of.start() <= n.start() < of.end() else None


def _one_of_the_weapons(folded: str, n: Match, lex: Words) -> bool:
    """ "one of the missiles", "uno de los misiles", "l'un des drones": the number opens a partitive of weapons, or of
    attacks ("three soldiers were killed in one of those attacks", "bei einem dieser Angriffe")."""
    of = _partitive(folded, n, lex)
    if of is None:
        return False
    return _word_follows(folded, of.end(), lex.weapons) or pattern(lex, ONE_OF_ATTACKS).match(matchable(folded), of.end()) is not None


ONE_OF_ATTACKS = r"\s*(?:[\w'’-]+\s+)?<attack_nouns>(?!\w)"  # "of those attacks", "de esos ataques": a partitive of attacks
THING_WORDS = 4  # words after "one of" in which the people it may pick are named ("one of the three American soldiers")


def _one_of_things(folded: str, n: Match, lex: Words) -> bool:
    """Pattern: the number opens a partitive whose next words name no people ("one of the buildings", "أحد المباني",
    "l'un des hangars"): it picks a thing, and counts no victims. People are a victim noun, a side, a casualty word or
    the attackers."""
    of = _partitive(folded, n, lex)
    if of is None:
        return False
    words = re.match(rf"\s*((?:\S+\s+){{0,{THING_WORDS - 1}}}\S+)", folded[of.end() : of.end() + 60])
    if words is None or not re.search(r"[^\W\d_]", words.group(1)):
        return False
    lo, hi = of.end(), of.end() + words.end()
    if lex.number.finditer(folded, lo, hi):
        return False  # "one of the three ...": one of a counted group, people as often as not
    people = (lex.victims, lex.killed, lex.wounded, lex.attackers, lex.others, lex.harm_nouns)
    return not any(c.search(folded, lo, hi) for c in people) and not any(cat.search(folded, lo, hi) for _, cat in lex.sides)


ONE_OF_REACH = 12  # characters after a number in which "of" (de, des, dintre) of a partitive may end


def _other_casualty_between(folded: str, gap: tuple[int, int], n: Match, m: Match, other: Category | WindowCategory, lex: Words) -> bool:
    """A word of the other casualty between a count and this casualty word ("killed one and wounded two"), unless it
    only describes the group a partitive count picks from: "one of the wounded soldiers later died", "uno de los
    heridos murió" (one of the wounded, dead: a death the attack caused, counted)."""
    if n.end() > m.start():
        return other.search(folded, *gap) is not None
    of = _partitive(folded, n, lex)
    if of is not None and of.end() <= m.start():
        # "of | the wounded soldiers | later died", "of | the two US service members wounded | in the attack has died": the
        # group may carry its own count and side ("the two", "US"): it is still the group the one is picked from
        start, _ = _word_run(folded, of.end(), m.start(), (lex.determiners, lex.number, *(c for _, c in lex.sides), lex.victims, other))
    else:
        start = _participle_end(folded, n, m.start(), other, lex) or gap[0]
        after = re.search(r"\S", folded[start : m.start()])
        if after is not None and _glued_and_at(folded, start + after.start()):
            # "שלושה חיילים נהרגו ועשרות נפצעו" (three soldiers were killed and dozens were wounded): a verb with no
            # auxiliary, then a word with "and" written on, starts a clause of its own; no participle of the victims
            start = gap[0]
    return other.search(folded, start, m.start()) is not None


def _participle_end(folded: str, n: Match, end: int, other: Category | WindowCategory, lex: Words) -> int | None:
    """Where the other casualty's word ends when it stands right after the counted victims' noun and describes them
    ("three soldiers wounded in the attack later died", "a soldier wounded on Sunday died"): the victims are the
    wounded, the verb after tells what became of them. With an auxiliary between ("three soldiers were wounded") it is
    a clause of its own (None)."""
    i, nouns = _word_run(folded, n.end(), end, (lex.victims,))
    if not nouns and lex.victims.search(folded, n.start(), n.end()) is None:  # "a soldier": the noun is in the count
        return None
    word = other.search(folded, i, end)
    return word.end() if word is not None and word.start() == i else None


def _word_run(folded: str, start: int, end: int, categories: Sequence[Category | WindowCategory]) -> tuple[int, int]:
    """Where the run of words of these categories (spaces and hyphens between them) from `start` ends, before `end`,
    and how many words it holds."""
    i, words = start, 0
    while i < end:
        if folded[i] in " -":
            i += 1
            continue
        word = next((w for c in categories if (w := c.search(folded, i, end)) is not None and w.start() == i), None)
        if word is None or word.end() == i:
            break
        i, words = word.end(), words + 1
    return i, words


def _size_of_other_group(folded: str, n: Match, lex: Words, other: Category | WindowCategory) -> bool:
    """Pattern: the number sizes the group a partitive "one of" picks from, and the other casualty's word describes
    that group ("one of the two soldiers wounded in the attack has died", "l'un des deux soldats blessés", "uno de los
    dos militares heridos", "один из двух раненых"): the number counts the wounded; the one picked is the toll. A
    group with no word of the other casualty ("one of the three soldiers killed") keeps its count."""
    group = (*(c for _, c in lex.sides), lex.victims)
    if head_final(lex):  # "yaralanan iki askerden biri öldü": the group, then "one of" it, after the words describing it
        end, _ = _word_run(folded, n.end(), min(len(folded), n.end() + GROUP_REACH), group)
        of = lex.one_of.search(folded, end, min(len(folded), end + GROUP_REACH))
        if of is None or of.start() - end > 1:
            return False
        return any(not _CLAUSE_PUNCT_ANY.search(folded, w.end(), n.start()) for w in other.finditer(folded, max(0, n.start() - GROUP_REACH), n.start()))
    of = next((o for o in lex.one_of.finditer(folded, max(0, n.start() - GROUP_REACH), n.start()) if o.end() <= n.start()), None)
    if of is None:
        return False
    end, _ = _word_run(folded, of.end(), min(len(folded), n.end() + GROUP_REACH), (lex.determiners, lex.number, *group, other))
    return end >= n.end() and other.search(folded, of.end(), end) is not None


GROUP_REACH = 40  # characters between a partitive's "one of" and the number sizing its group ("one of the two US")


def _one_of_the_group(folded: str, n: Match, m: Match, lex: Words) -> bool:
    """ "one of the wounded Americans is in serious condition", "uno degli americani feriti": the number opens a
    partitive whose group the casualty word describes (only articles and victims' nouns between them): it picks one
    of the wounded, it counts none. A casualty word after the group is the one's own ("one of the soldiers was
    killed", "one of the wounded died": articles, nouns and a verb between) and keeps the count."""
    of = _partitive(folded, n, lex)
    if of is None or m.start() < of.end() or not folded[of.end() : m.start()].strip():
        return False  # head-final "askerden biri öldü" (of the soldiers, one died): the casualty word right after is the one's
    # the group's own words: articles, victims' nouns, and the side words that name them as a people ("uno degli
    # americani feriti", "uno de los estadounidenses heridos": nationality words that stand for the soldiers)
    group = (lex.victims, lex.determiners, *(rx for _, rx in lex.sides))
    covered = [(w.start(), w.end()) for words in group for w in words.finditer(folded, of.end(), m.start())]
    return all(ch in " -" or any(a <= i < b for a, b in covered) for i, ch in enumerate(folded[of.end() : m.start()], of.end()))


def _without_apposition(folded: str, n: Match, m: Match, between: str, lex: Words) -> str:
    """An apposition set off by two commas between the victims a count names and their casualty word ("Siete
    combatientes de las FDS, una milicia liderada por los kurdos, murieron", "Five SDF fighters, a Kurdish-led force,
    were killed") interrupts no clause: it is left out. Only right after the victims' noun, with no digit and no
    casualty word of its own, and at most two words (the auxiliary) between it and the casualty word."""
    aside = _INSERTED.search(between)
    if aside is None or between.count(",") != 2 or not _word_follows(folded, n.end(), lex.victims):
        return between
    if re.search(r"\d", aside.group(0)) or lex.killed.search(folded, n.end(), m.start()) or lex.wounded.search(folded, n.end(), m.start()):
        return between
    if len(between[aside.end() :].split()) > 2:
        return between
    return between[: aside.start()] + " " + between[aside.end() :]


_DIGIT = re.compile(r"\d")


def _without_relative_comma(folded: str, n: Match, m: Match, between: str, lex: Words, skip: Spans = ()) -> str:
    """A relative clause right after the counted victims ("the three soldiers, who died in the attack", "drei Soldaten,
    die ... getötet wurden", "тримата военнослужещи, които загинаха"): its casualty word tells what befell them, so
    the comma that opens it ends no clause of theirs; so does a participle right after the comma ("трех
    военнослужащих, погибших при ударе": three servicemen, killed in the strike). Only one comma, within GROUP_WORDS
    words of the count, the victims' noun right after the count, a relative word (the language's `where`) or the
    casualty word right after the comma, no digit
    (but those of a name or date in `skip`: "..., die bei dem Angriff auf Tower 22 getötet wurden") and no other clause
    mark between it and the casualty word."""
    if between.count(",") != 1 or not _word_follows(folded, n.end(), lex.victims):
        return between
    comma = folded.find(",", n.end(), m.start())
    if comma < 0 or len(folded[n.end() : comma].split()) > GROUP_WORDS:
        return between
    if any(not _inside(d.start(), skip) for d in _DIGIT.finditer(folded, comma, m.start())):
        return between
    participle = not folded[comma + 1 : m.start()].strip()  # "трех военнослужащих, погибших при ударе", "three soldiers, killed in"
    if not participle and pattern(lex, r"\s*<where>\b").match(matchable(folded), comma + 1) is None:
        return between
    return between.replace(",", " ", 1)


def _without_attribution(between: str, lex: Words) -> str:
    """A speech clause set off by two commas between a count and the casualty word after it ("Three soldiers, the
    Pentagon said, were killed", "Tre soldati, ha detto il Pentagono, sono stati uccisi") interrupts no clause: it is
    left out. After the casualty word it ends the clause ("were killed, the monitor said, which reported 20 wounded")."""
    return _INSERTED.sub(" ", between) if any(lex.speech_window.search(m.group(0)) for m in _INSERTED.finditer(between)) else between


def _without_joined_victims(between: str, lex: Words) -> str:
    """Pattern: one count of a group named by two victim nouns joined by "and" ("seven service members and civilians
    were injured"): the "and" joins the nouns of one counted group, it starts no clause of its own."""
    return pattern(lex, JOINED_VICTIMS).sub(" ", matchable(between))


JOINED_VICTIMS = r"^\s*(?:<side:US|side:coalition|side:partner>\s)?<victims>\s<conjunctions>\s(?:<side:US|side:coalition|side:partner>\s)?<victims>\s"


PARTITIVE_GROUP_WORDS = 3  # words from a partitive "one of" to its group's casualty word ("salah satu warga Amerika yang terluka")


def _partitive_of(folded: str, n: Match, cue: Category | WindowCategory, lex: Words) -> bool:
    """The count `n` is the "one" of a partitive whose group is told by a word of the casualty `cue` ("one of the
    wounded was badly hurt", "um dos feridos", "salah satu ... yang terluka"): a part of the wounded told before, no
    count of the wounded. The same partitive counts the other casualty ("one of the wounded soldiers later died":
    one killed)."""
    if head_final(lex):
        return False  # "yaralılardan biri öldü": the group comes before the "one of", the word after it is the one's verb
    of = lex.one_of.search(folded, n.start(), min(len(folded), n.start() + 30))
    if of is None or of.start() != n.start():
        return False
    group = cue.search(folded, of.end(), min(len(folded), of.end() + 40))
    if group is None or not _words_between(folded, of.end(), group.start(), PARTITIVE_GROUP_WORDS):
        return False
    # the group's casualty word right after its article ("of the wounded"), or in a relative clause on its noun ("salah
    # satu warga Amerika yang terluka", one of the Americans who were wounded); not the one's own verb ("one of the
    # soldiers was killed": its own death)
    between = folded[of.end() : group.start()]
    article = pattern(lex, r"\s*(?:<determiners|articles>\s*)?$").fullmatch(matchable(folded), of.end(), group.start()) is not None
    return article or (len(between.split()) > 1 and pattern(lex, r"<where>\s*$").search(matchable(folded), of.end(), group.start()) is not None)


def _partitive_ones(folded: str, lo: int, hi: int, lex: Words, numbers: Sequence[Match]) -> list[Match]:
    """ "l'un des deux soldats blessés est mort", "einer der verwundeten Soldaten", "أحد الجنديين": a partitive "one
    of" counts one where the language writes its "one" as no number word of its own (French "un" is the article).
    `numbers`: the number words of folded[lo:hi], found already by the caller."""
    starts = {m.start() for m in numbers}
    return [Match(m.start(), m.end(), m.group(0), 1) for m in lex.one_of.finditer(folded, lo, hi) if m.start() not in starts]


SUBSET_GAP = 3  # characters between a word of a subset ("including") and the count it opens
SUBSET_WORDS = 30  # characters a word of a subset may span ("parmi lesquels", "в том числе")


def _subset_count(folded: str, lo: int, n: Match, lex: Words) -> bool:
    """Pattern: a count right after a word that opens a subset of a group already counted ("21 troops were hurt,
    including 19 with brain injuries", "dont 19", "darunter 19", "من بينهم 19"): part of that count, never the toll,
    when a count stands before the word in the clause's reach."""
    sub = _subset_word(folded, lo, n, lex)
    return sub is not None and any(x.value for x in lex.number.finditer(folded, lo, sub.start()))


def _subset_word(folded: str, lo: int, n: Match, lex: Words) -> Match | None:
    """The word of a subset ("including", "dont") that opens the count `n`, else None."""
    return next((m for m in lex.subset.finditer(folded, max(lo, n.start() - SUBSET_GAP - SUBSET_WORDS), n.start()) if n.start() - m.end() <= SUBSET_GAP), None)


def _subset_of_harmed(folded: str, lo: int, n: Match, lex: Words, dead: bool = False) -> bool:
    """Pattern: the group a subset count is part of was counted by a word for the dead and the wounded together ("34
    victimes, dont trois morts", "34 casualties, including three deaths", "34 vittime, tra cui tre morti"): the count
    of the group is no toll, and the subset's own casualty word after it gives the toll its count. So was a group
    counted by a word of wounding that has dead among it (`dead`: the subset's word is one of death; "34 إصابة،
    بينهم ثلاثة قتلى", 34 injuries, among them three dead): the dead are no part of the wounded, so the word counted
    casualties."""
    sub = _subset_word(folded, lo, n, lex)
    group = [x for x in lex.number.finditer(folded, lo, sub.start()) if x.value] if sub is not None else []
    if sub is None or not group:
        return False
    if dead and lex.wounded.search(folded, group[-1].end(), sub.start()) is not None:
        return True
    told = tuple((m.start(), m.end()) for cat in (lex.killed, lex.wounded) for m in cat.finditer(folded, group[-1].end(), sub.start()))
    return any(not _inside(h.start(), told) for h in lex.harm_nouns.finditer(folded, group[-1].end(), sub.start()))


def _one_victims(folded: str, lo: int, hi: int, lex: Words) -> list[Match]:
    """ "a U.S. soldier": one victim; not "a number of personnel", "a handful of troops" (a genitive between the
    article and the victim noun: a quantity, uncounted), nor the object of a preposition of attack ("a drone attack
    directed at a commando academy", "contre un ...": the target or its place, a noun the victims' word only modifies),
    nor a noun with an indefinite ending right after a word of `uncounted` (Sorani "چەند سەربازێکی ئەمەریکی", several
    American soldiers: the ending goes with "several", no count of one)."""
    genitive, target = pattern(lex, "<genitive>"), pattern(lex, r"<against>\s+$")
    text = matchable(folded)
    return [
        v
        for v in lex.one_victim(folded, lo, hi)
        if genitive.search(text, v.start(), v.end()) is None
        and target.search(text, max(lo, v.start() - AGAINST_REACH), v.start()) is None
        and not any(folded[u.end() : v.start()].isspace() for u in lex.uncounted.finditer(folded, max(lo, v.start() - UNCOUNTED_GAP), v.start()))
    ]


UNCOUNTED_GAP = 30  # characters before a lone victim where a word of `uncounted` may end (one space between them)


UNCOUNTED_FLOOR = 2  # the count "several soldiers" stands for: deaths or wounds of more than one, their number untold
UNCOUNTED_WORDS = 3  # words between "several" and its victim noun ("several Kurdish-led SDF fighters")


def _uncounted_victims(folded: str, lo: int, hi: int, lex: Words) -> list[Match]:
    """Pattern: victims counted by a word that gives no number ("several US soldiers", "diversi soldati", "عدد من
    الجنود"): a toll all the same, read as UNCOUNTED_FLOOR (a later count of the same attack replaces it), so that the
    deaths raise a fatality alert. Only before a victim noun within UNCOUNTED_WORDS words: "several drones" counts none;
    never of US or coalition troops (`_counted_by_their_army`)."""
    out = []
    for u in lex.uncounted.finditer(folded, lo, hi):
        v = lex.victims.search(folded, u.end(), min(hi, u.end() + 60))
        if v is not None and len(folded[u.end() : v.start()].split()) <= UNCOUNTED_WORDS and not _CLAUSE_PUNCT.search(folded, u.end(), v.start()):
            if not _counted_by_their_army(folded, u.start(), min(hi, v.end() + SIDE_AFTER_NOUN), lex):
                out.append(Match(u.start(), u.end(), u.text, UNCOUNTED_FLOOR))
        elif (
            head_final(lex)
            and any(0 <= u.start() - w.end() <= 1 for w in lex.victims.finditer(folded, max(lo, u.start() - 20), u.start() + 1))
            and not _counted_by_their_army(folded, max(lo, u.start() - 20), u.end(), lex)
        ):
            out.append(Match(u.start(), u.end(), u.text, UNCOUNTED_FLOOR))  # "イラク軍の兵士数人が死亡": the noun first, then its number
    return out


SIDE_AFTER_NOUN = 25  # characters after an uncounted victim noun where its side may follow ("diversi soldati americani")


def _counted_by_their_army(folded: str, lo: int, hi: int, lex: Words) -> bool:
    """Pattern: the uncounted victims are US or coalition troops ("several US soldiers died", "多名美军士兵死亡"). Their
    armies announce their dead by number, so deaths told without one are an unbacked claim (a militia outlet's), no
    toll to alert on; a partner force's dead often go uncounted in first reports ("diversi soldati delle forze siriane")."""
    return _victims_side(folded, lo, hi, lex) in ("US", "coalition")


AGAINST_REACH = 12  # characters before a lone victim where a preposition of attack ("at", "against", "contre") may end


GROUP_WORDS = 5  # words of one counted group of victims before "and" ("five American soldiers and", "dos soldados de Estados Unidos y")


def _joined_groups(folded: str, lo: int, at: int, lex: Words, skip: tuple[tuple[int, int], ...]) -> int:
    """ "five US soldiers and one US contractor were wounded", "vijf soldaten en één aannemer raakten gewond": counted
    groups of victims joined by "and" before one casualty word are one toll; the counts before the nearest add up."""
    total = 0
    while True:
        prev = next((n for n in reversed(lex.number.finditer(folded, lo, at)) if n.end() <= at), None)
        if prev is None or prev.value is None or _inside(prev.start(), skip):
            return total
        between = folded[prev.end() : at]
        joins = list(lex.conjunctions.finditer(folded, prev.end(), at))
        if not joins and _glued_and_count_at(folded, at, lex):
            joins = [Match(at, at + 1, folded[at])]  # "חמישה חיילים וארבעה קבלנים": "and" written onto the count after
        if not joins:
            # "خمسة جنود أمريكيين ومتعاقدين اثنين" (five US soldiers and two contractors): the next group's noun, with "and"
            # written onto it, comes before its count
            glued = [v for v in lex.victims.finditer(folded, prev.end(), at) if _glued_and_at(folded, v.start()) and not folded[v.end() : at].strip()]
            joins = [Match(g.start(), g.end(), folded[g.start()]) for g in glued[-1:]]  # the noun with its "and": nothing else before the count
        if (
            not joins or _more_than_others(folded, joins[-1].end(), at, lex) or len(between.split()) > GROUP_WORDS
            or _CLAUSE_PUNCT.search(between) or lex.victims.search(folded, prev.end(), joins[-1].start()) is None
            or lex.base_nouns.search(folded, prev.end(), joins[-1].start()) is not None  # "bir askeri üsse ... ve iki": a base, no group
            or lex.killed.search(folded, prev.end(), at) or lex.wounded.search(folded, prev.end(), at)
            or _told_after_casualty(folded, lo, prev.start(), lex)
        ):  # fmt: skip
            return total
        total += prev.value
        at = prev.start()


def _uncounted_group(folded: str, lo: int, at: int, lex: Words) -> bool:
    """Pattern: right before the count at `at`, a group of victims with no count of its own joined to it by "and"
    ("several US service members and one Iraqi soldier", "US troops and two contractors"): the toll is more than the
    count (a floor), by a number the text does not give. "and" next to the count,
    and in the few words before it, within the clause, a victim noun and no count, casualty word, attack word,
    weapon or base (then "and" joins clauses or the group is a target: "drones struck the troops and one soldier")."""
    joins = list(lex.conjunctions.finditer(folded, max(lo, at - UNCOUNTED_REACH), at))
    if not joins or folded[joins[-1].end() : at].strip():
        return False
    end = joins[-1].start()
    start = max([lo, *(p.end() for p in _CLAUSE_PUNCT_ANY.finditer(folded, lo, end))])
    words = list(re.finditer(r"\S+", folded[start:end]))[-GROUP_WORDS:]
    if not words:
        return False
    start += words[0].start()
    if lex.victims.search(folded, start, end) is None or _one_victims(folded, start, end, lex):
        return False
    return all(cat.search(folded, start, end) is None for cat in (lex.number, lex.killed, lex.wounded, lex.attack, lex.weapons, lex.base_nouns))


def _joined_to_uncounted(folded: str, n: Match, m: Match, e: int, lex: Words) -> bool:
    """The count `n` after the casualty word `m` ends a group joined by "and" to an uncounted one before it ("killed
    several US troops and one contractor"), and no casualty word of its own follows it: the "and" starts no clause."""
    return n.start() >= m.end() and _uncounted_group(folded, m.end(), n.start(), lex) and not _own_casualty_after(folded, n.end(), e, lex)


def _own_casualty_after(folded: str, at: int, e: int, lex: Words) -> bool:
    """A casualty word follows `at` in its clause ("killed soldiers and one contractor was wounded"): the count before
    it is that word's."""
    clause = _CLAUSE_PUNCT_ANY.search(folded, at, e)
    end = clause.start() if clause else e
    return lex.killed.search(folded, at, end) is not None or lex.wounded.search(folded, at, end) is not None


UNCOUNTED_REACH = 12  # characters before a count where the "and" joining an uncounted group to it may start ("and one")


def _told_after_casualty(folded: str, lo: int, at: int, lex: Words) -> bool:
    """ "killed three soldiers and 25 others were wounded", "starben drei Soldaten und 25 weitere wurden verletzt": the
    group counted at `at` follows a casualty word of its own in the clause, with no "and" between them, so it is that
    word's toll and joins no group counted for a casualty word told after it ("a contractor died and five soldiers and
    one contractor were wounded": after "and" the five start the wounded's groups)."""
    start = max(lo, at - GROUP_GAP)
    words = [m for rx in (lex.killed, lex.wounded) for m in rx.finditer(folded, start, at)]
    return any(not _CLAUSE_PUNCT.search(folded, m.end(), at) and not lex.conjunctions.search(folded, m.end(), at) for m in words)


def _more_than_others(folded: str, a: int, b: int, lex: Words) -> bool:
    """folded[a:b], between "and" and the next group's count, holds more than an "others" word: "and one more
    contractor" ("এবং আরও একজন ঠিকাদার") joins its group as "and one contractor" does; anything else parts them."""
    kept = [a, *(x for m in lex.others.finditer(folded, a, b) for x in (m.start(), m.end())), b]
    return any(folded[kept[i] : kept[i + 1]].strip() for i in range(0, len(kept), 2))


def _joined_after(folded: str, at: int, e: int, lex: Words) -> int:
    """ "wounded five US service members and another US contractor": after a casualty word, a counted group of victims
    joined by "and" to the group its count begins adds to it, unless a casualty word of its own follows in the clause
    ("killed two soldiers and two civilians were wounded")."""
    join = lex.conjunctions.search(folded, at, min(e, at + 60))
    glued = next((x for x in lex.number.finditer(folded, at, min(e, at + 60)) if _glued_and_count(x, lex)), None)
    if glued is not None and (join is None or glued.start() < join.start()):
        # "خمسة عسكريين أمريكيين ومتعاقدان" (five US servicemen and two contractors): "and" written onto the count
        join = Match(glued.start(), glued.start() + 1, folded[glued.start()])
    if join is None or _CLAUSE_PUNCT.search(folded, at, join.start()) or len(folded[at : join.start()].split()) > GROUP_WORDS:
        return 0
    if lex.victims.search(folded, at, join.start()) is None:
        return 0
    hi = min(e, join.end() + 40)
    counts = [*lex.number.finditer(folded, join.end(), hi), *_one_victims(folded, join.end(), hi, lex)]
    counts += [glued] if glued is not None and join.start() == glued.start() else []
    starts = [x for x in counts if not folded[join.end() : x.start()].strip() or x.start() == join.start()]
    group = next((x for x in starts if x.value and (_word_follows(folded, x.end(), lex.victims) or lex.victims.search(folded, x.start(), x.end()))), None)
    if group is None or group.value is None:
        return 0
    return 0 if _own_casualty_after(folded, group.end(), e, lex) else group.value


# "one attack", "одна смертоносная атака" (one deadly attack), "one of the attacks", "eine der Attacken"
COUNTS_ATTACKS = r"\s(?:(?:<genitive>\s)?<determiners>\s|<genitive>\s)?(?:<killed>\s)?<attack_nouns>(?![\w-])"


def _counts_attacks(folded: str, n: Match, lex: Words) -> bool:
    """Pattern: a number right before an attack noun, or before a word of death that qualifies one (an adjective
    sharing the stem of a word of death: "смертоносная", deadly): it counts attacks, not victims."""
    return pattern(lex, COUNTS_ATTACKS).match(matchable(folded), n.end()) is not None


def _glued_counter(folded: str, n: Match, lex: Words) -> bool:
    """Digits written onto a word of a spaced script ("1대", "3명"): the word is a counter; the digits count
    victims only when it is a victim noun (Korean 명, people). Scripts without spaces glue every word."""
    end = n.end()
    if not n.group(0).isdigit() or end >= len(folded) or not folded[end].isalpha() or _unspaced(folded[end]):
        return False
    tail = folded[end : end + 12]
    if _suffixed(folded, end, lex):
        return False  # "40થી વધુ" (more than 40): a case ending on the count, no counter
    m = lex.victims.search(tail, 0, len(tail))
    return m is None or m.start() != 0


def _and_opens_count(folded: str, a: int, b: int, lex: Words) -> bool:
    """Pattern: an "and" written onto the word that opens a count after a casualty word ("נהרגו ויותר מ-30 נפצעו",
    killed, and more than 30 wounded; "و30"): the count starts another clause, it is not this casualty's."""
    for w in re.finditer(r"\S+", folded[a:b]):
        at = a + w.start()
        if folded[at : at + 1] not in AND_PROCLITICS:
            continue
        floor = lex.lower_bounds.search(folded, at, b)  # the phrase matcher may take the "and" into the floor's words
        if len(w.group(0)) == 1 or (floor is not None and floor.start() - at <= 1):
            return True
    return False


def _and_counts_other(folded: str, n: Match, other: Category | WindowCategory, lex: Words) -> bool:
    """Pattern: a number word with "and" written onto it, after a casualty word and before the other casualty word,
    with at most the victims' words between ("שלושה חיילים נהרגו וארבעה נפצעו": three soldiers were killed and four
    were wounded; "... וחמישה נוספים נפצעו", and five more were wounded; "וחמישה חיילים נפצעו"): the other word's count."""
    if not _glued_and_at(folded, n.start()):
        return False
    return _other_word_next(folded, n, other, (lex.others, lex.victims, *(c for _, c in lex.sides)), AND_COUNT_REACH + VICTIM_WORDS_REACH) is not None


def _other_word_next(folded: str, n: Match, other: Category | WindowCategory, between: Sequence[Category | WindowCategory], reach: int) -> Match | None:
    """The other casualty word after count n, within `reach` characters, when only words of the `between` categories
    stand between them; else None."""
    after = other.search(folded, n.end(), n.end() + reach)
    if after is None:
        return None
    run_end, _ = _word_run(folded, n.end(), after.start(), between)
    return None if folded[run_end : after.start()].strip() else after


def _counts_next_word(folded: str, n: Match, other: Category | WindowCategory, lex: Words) -> bool:
    """Pattern: the other casualty word follows the count at once, with nothing but "more"/"others" between ("three us
    troops killed 25 injured", a caption whose commas were dropped): the count is that word's, never the word before it.
    An "and" written onto that word ("قتل 3 وأصيب 5") leaves the count to the word before, as its clause closes there."""
    after = _other_word_next(folded, n, other, (lex.others,), AND_COUNT_REACH)
    return after is not None and not _glued_and_at(folded, after.start())


def _counts_word_before(folded: str, n: Match, m: Match, other: Category | WindowCategory, lex: Words) -> bool:
    """Pattern: the other casualty word stands right before the count, the count's victim noun after it ("死亡3人,受伤34人",
    died 3, wounded 34; "死亡3人負傷34人"): the count is that word's, never the next casualty word's. With no noun between
    the count and this word ("3死40多傷", 3 dead, 40-odd wounded) the count is this word's, as before."""
    # written onto the word, as unspaced scripts write it: "injured one soldier, who later died" and "숨지고 34명이" are
    # another order (the count one word's object, or the next clause's subject)
    before = any(w.end() == n.start() for w in other.finditer(folded, max(0, n.start() - AND_COUNT_REACH), n.start()))
    return before and lex.victims.search(folded, n.end(), m.start()) is not None


AND_COUNT_REACH = 20  # characters from a count to the casualty word right after it
VICTIM_WORDS_REACH = 30  # more characters when the victims' words stand between ("וחמישה חיילים אמריקנים נפצעו")


AND_PROCLITICS = ("و", "ו")  # the "and" Arabic and Hebrew write onto the next word (phrases.py matches words with it)


GLUED_COUNT_REACH = 30  # characters of a count word with its "and" (the count at a position is searched within them)


def _glued_and_count_at(folded: str, at: int, lex: Words) -> bool:
    """The count that starts at `at` has an "and" written onto it (`_glued_and_count`)."""
    if not _glued_and_at(folded, at):
        return False
    count = lex.number.search(folded, at, at + GLUED_COUNT_REACH)
    return count is not None and count.start() == at and _glued_and_count(count, lex)


def _glued_and_count(n: Match, lex: Words) -> bool:
    """A count whose word has an "and" written onto it ("ومتعاقدان", and two contractors; "واثنان", and two): the word
    after the "and" is the same number ("واحد", one, opens with the letter but "احد" is no number)."""
    return n.text[:1] in AND_PROCLITICS and n.value is not None and lex.number_value(n.text[1:]) == n.value


def _glued_and_at(folded: str, at: int) -> bool:
    """The word at `at` opens with an "and" written onto it (`AND_PROCLITICS`): "وقاعدة", "וארבעה"."""
    return folded[at : at + 1] in AND_PROCLITICS and not folded[at - 1 : at].isalpha()


def _and_attached(folded: str, s: int, e: int, cue: Category | WindowCategory) -> bool:
    """The casualty word carries an attached "and" ("وإصابة", and wounding): the word without it is the cue."""
    if folded[s : s + 1] not in AND_PROCLITICS:
        return False
    word = folded[s + 1 : e]
    rest = cue.search(word, 0, len(word))
    return rest is not None and rest.start() == 0 and rest.end() == len(word)


PATRON_REACH = 25  # characters from a count to the partner words that say whose fighters it counts


def _patron_follows(folded: str, end: int, lex: Words) -> bool:
    """ "مقتل 6 مسلحين مرتبطين بالجيش الأمريكي" (six gunmen linked to the US army killed): gunmen whom a partner phrase
    describes are the base's guards, the attack's victims, not its attackers."""
    return any(m.start() - end <= PATRON_REACH for side, rx in lex.sides if side == "partner" for m in rx.finditer(folded, end, end + PATRON_REACH + 40))


def _victims_side(folded: str, s: int, e: int, lex: Words, at: int | None = None) -> Side | None:
    """The side of the victims: the side word nearest a victim noun ("one US contractor", "soldats
    américains"), not a word of the place ("Harir air base in Iraqi Kurdistan"); without a victim noun,
    the side words of the casualty's surroundings. Of victims named as closely, those nearest the casualty word
    at `at` ("killed one Iraqi soldier and wounded two American contractors": the dead are the Iraqi's side)."""
    if any(_patron_follows(folded, m.end(), lex) for m in lex.attackers.finditer(folded, s, e)):
        return "partner"  # "siedmiu bojowników (tak zwanych) Syryjskich Sił Demokratycznych": fighters a partner phrase describes
    victims = lex.victims.finditer(folded, s, e)
    # a victim noun that is a side's word too, run on into its base ("美军驻叙利亚最大基地": the US forces' base), names
    # the base's occupants, neither victims nor their side
    # and so does one whose next word is a base noun ("미군 기지에", at the US forces' base)
    occupants = [(v.start(), v.end()) for v in victims if _owns_base_unspaced(folded, v.end(), lex) or _base_noun_next(folded, v.end(), lex)]
    victims = [v for v in victims if (v.start(), v.end()) not in occupants]
    found = [
        (m.start(), m.end(), side) for side, rx in lex.sides for m in rx.finditer(folded, s, e)
        if not _names_a_base(folded, m.start(), m.end(), lex) and not any(a <= m.start() and m.end() <= b for a, b in occupants)
    ]  # fmt: skip
    hits = _besides_occupants(folded, found, lex)
    # "美国支持的" (US-backed), "مرتبطين بالجيش الأمريكي" (linked to the US army): the longer side phrase decides, not the
    # side word inside it
    hits = [h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and (o[0], o[1]) != (h[0], h[1]) for o in hits)]
    near = [
        (_apart(v.start(), v.end(), hs, he), 0 if at is None else abs(v.start() - at), side, v.start())
        for v in victims for hs, he, side in hits
        if _apart(v.start(), v.end(), hs, he) <= 20
    ]  # fmt: skip
    if not near:
        return _side(folded, s, e, lex)
    if at is not None and "US" in {n[2] for n in near} and _mixed_group(folded, [n[3] for n in near if n[0] == 1], at, lex):
        return "US"  # "several US troops and one Iraqi soldier were wounded": a mixed toll is told by its US victims
    return min(near)[2]


def _base_noun_next(folded: str, end: int, lex: Words) -> bool:
    """The word right after `end` is a base noun: the word before it names whose base it is."""
    m = lex.base_nouns.search(folded, end, min(len(folded), end + BASE_NOUN_NEXT))
    return m is not None and not folded[end : m.start()].strip()


BASE_NOUN_NEXT = 12  # characters from a word to the base noun right after it


def _mixed_group(folded: str, starts: list[int], at: int, lex: Words) -> bool:
    """Victim nouns at `starts` (each named with its side) form one group joined by "and" on the same side of the
    casualty word at `at`, with no clause mark or other casualty word between them and it."""
    before = sorted(x for x in starts if x < at)
    after = sorted(x for x in starts if x > at)
    for side in (before, after):
        if len(side) < 2:
            continue
        lo, hi = (side[0], at) if side is before else (at + 1, side[-1])
        if _CLAUSE_PUNCT.search(folded, lo, hi) or lex.conjunctions.search(folded, side[0], side[-1]) is None:
            continue
        casualty = [m.start() for cat in (lex.killed, lex.wounded) for m in cat.finditer(folded, lo, hi)]
        if not [c for c in casualty if c != at]:
            return True
    return False


def _apart(vs: int, ve: int, hs: int, he: int) -> int:
    """Characters between a victim noun and a side phrase; one, as for the next word, when the phrase holds the noun
    ("Iraqi soldiers", "미군": US troops)."""
    return 1 if hs <= vs and ve <= he else min(abs(vs - he), abs(hs - ve))


SIDE_WINDOW = 60  # characters around a casualty word where the victims' side words are read


def _subject_side(folded: str, s: int, at: int, lex: Words) -> Side | None:
    """The side of a counted group of victims that opens the clause of the casualty word at `at`, further back than
    the side words around it are read ("seven members of the Kurdish forces who were with the American troops at the
    base were killed": partner, not the side of the troops the relative clause names beside them), or None."""
    lo = max(s, at - TOLL_REACH)
    lo = max([lo, *(p.end() for p in _CLAUSE_PUNCT_ANY.finditer(folded, lo, at))])
    for n in lex.number.finditer(folded, lo, max(lo, at - SIDE_WINDOW)):
        v = lex.victims.search(folded, n.end(), min(at, n.end() + 25))
        if v is None or len(folded[n.end() : v.start()].split()) > COUNTED_WORDS:
            continue
        if lex.killed.search(folded, n.end(), at) or lex.wounded.search(folded, n.end(), at):
            return None
        hi = min(at, v.end() + 25)
        # a side phrase the window cuts ("mit den USA verbündeten": US-allied) is read whole: its first word alone is another side
        hi = max([hi, *(m.end() for _, rx in lex.sides for m in rx.finditer(folded, n.start(), at) if m.start() < hi)])
        return _victims_side(folded, n.start(), hi, lex)
    return None


COUNTED_WORDS = 2  # words between a count and the victim noun it counts ("seven members", "sete dos membros")


def _side(folded: str, s: int, e: int, lex: Words) -> Side | None:
    found = [(m.start(), m.end(), side) for side, rx in lex.sides for m in rx.finditer(folded, s, e) if not _qualifies_base(folded, m.start(), m.end(), lex)]
    hits = [(a, side) for a, _, side in _besides_occupants(folded, found, lex)]
    if not hits:
        return None
    names = {side for _, side in hits}
    return next((side for side in ("partner", "coalition", "US") if side in names), None)


def _besides_occupants(folded: str, hits: list[tuple[int, int, Side]], lex: Words) -> list[tuple[int, int, Side]]:
    """The side words that do not name a base's occupants, when there are such; else all ("a base housing US troops,
    killing three soldiers": the occupants are the only side the sentence gives, and the dead are theirs)."""
    others = [h for h in hits if not _occupants(folded, h[0], lex) and not _posted_there(folded, h[0], h[1], lex)]
    return others or hits


def _occupants(folded: str, start: int, lex: Words) -> bool:
    """The side word names who a base hosts ("a base housing US troops", "التي تضم قوات أمريكية"): the base's
    occupants describe the site, they are not the victims a toll beside them counts ("killed six Kurdish fighters")."""
    hosts = list(pattern(lex, "<hosts>").finditer(matchable(folded), max(0, start - OCCUPANT_REACH), start))
    if not hosts:
        return False
    between = folded[hosts[-1].end() : start]
    return len(between.split()) <= OCCUPANT_WORDS and not _CLAUSE_PUNCT_ANY.search(between)


def _posted_there(folded: str, start: int, end: int, lex: Words) -> bool:
    """Pattern: the side word is the subject of a word of being posted in a clause of its own that tells no casualty
    ("..., where US troops are also stationed", "..., auf der auch US-Soldaten untergebracht sind,"): the base's
    occupants described, not the victims ("US troops stationed at the base were wounded" keeps its casualty word)."""
    posted, text = pattern(lex, "<posted>"), matchable(folded)
    ahead = posted.search(text, end, min(len(folded), end + OCCUPANT_REACH))
    behind = list(posted.finditer(text, max(0, start - OCCUPANT_REACH), start))  # "donde están desplegados soldados estadounidenses"
    gaps = ([(end, ahead.start())] if ahead else []) + ([(behind[-1].end(), start)] if behind else [])
    near = [(a, b) for a, b in gaps if len(folded[a:b].split()) <= POSTED_WORDS and not _CLAUSE_PUNCT_ANY.search(folded, a, b)]
    if not near:
        return False
    first, last = min(start, *(a for a, _ in near)), max(end, *(b for _, b in near))
    before = [p.end() for p in _CLAUSE_PUNCT_ANY.finditer(folded, max(0, first - TOLL_REACH), first)]
    after = _CLAUSE_PUNCT_ANY.search(folded, last, min(len(folded), last + TOLL_REACH))
    lo, hi = (before[-1] if before else 0), (after.start() if after else min(len(folded), last + TOLL_REACH))
    return bool(before) and _no_harm(folded, lo, hi, lex)


POSTED_WORDS = 3  # words from the side word to its word of being posted ("US troops are also stationed", "US-Soldaten untergebracht")


OCCUPANT_REACH = 40  # characters from a word of hosting back from the side word it governs
OCCUPANT_WORDS = 2  # words between them at most ("housing some US troops", "تضم قوات أمريكية")


def _names_a_base(folded: str, start: int, end: int, lex: Words) -> bool:
    """The side word runs on into a base noun, one compound word: Korean "미군기지" (US base) is whose base it is,
    not who was killed there."""
    return end - start > 1 and pattern(lex, "<=base_nouns>").search(folded, start + 1, end) is not None


def _qualifies_base(folded: str, start: int, end: int, lex: Words) -> bool:
    """The side word describes a base, not victims: "base américaine", "US-Militärbasis", "the American base"
    (a base noun within one word of it), Korean "미군기지" (one compound word: `_names_a_base`)."""
    if _names_a_base(folded, start, end, lex):
        return True
    before = folded[max(0, start - 40) : start].split()[-2:]
    lo = start - len(" ".join(before)) - 1 if before else start
    return (
        lex.base_nouns.search(folded, max(0, lo), start) is not None or _word_follows(folded, end, lex.base_nouns, 30) or _owns_base_unspaced(folded, end, lex)
    )


def _owns_base_unspaced(folded: str, end: int, lex: Words) -> bool:
    """Pattern: in a script without spaces, the side word runs on, within OWNED_BASE_CHARS and with no stop or space,
    into a base noun ("美军驻叙利亚最大基地": the US forces' largest base in Syria): the base's occupant, no victim. No
    victim or casualty word may stand between."""
    if end >= len(folded) or not UNSPACED_CHAR.match(folded, end):
        return False
    stop = UNSPACED_RUN.match(folded, end)
    hi = stop.end() if stop else end
    base = lex.base_nouns.search(folded, end, min(hi, end + OWNED_BASE_CHARS))
    return base is not None and not any(c.search(folded, end, base.start()) for c in (lex.victims, lex.killed, lex.wounded))


OWNED_BASE_CHARS = 12  # characters from an occupant's side word to its base noun in a script without spaces
UNSPACED_CHAR = re.compile(f"[{UNSPACED_RANGES}]")
UNSPACED_RUN = re.compile(f"[{UNSPACED_RANGES}0-9]+")  # a run of such a script up to its first stop or space


MEDIA_WORDS = 2  # words between the news media and their confirmation ("Los medios israelíes confirmaron", "Channel 14 confirmed")


def _status(folded: str, s: int, e: int, actor: str | None, lex: Words, prev: tuple[int, int] | None, groups: Spans = ()) -> Status:
    """Confirmed by an official; claimed by a campaign group (a claim word, or a verb of saying or confirming whose
    subject is the group: "The Islamic Resistance in Iraq said / confirmed it targeted ...", "أكدت المقاومة
    الإسلامية": its own word on its own attack, no confirmation); else reported. `groups`: where groups are named."""
    # "the Pentagon denied any casualties": an official who only denies confirms nothing
    confirmations = [(m, _group_tells(folded, m, groups)) for m in lex.confirmed.finditer(folded, s, e) if not _denies_after(folded, m.end(), e, lex)]
    if any(not own and not _press_tells(folded, s, m.start(), lex) for m, own in confirmations):
        return "confirmed"  # an official's confirmation; one the press gives ("Israeli media confirmed") is a report
    said = any(own for _, own in confirmations) or any(_group_tells(folded, m, groups) for m in lex.speech.finditer(folded, s, e))
    if actor and (lex.claimed.search(folded, s, e) or said or (prev and lex.claimed.search(folded, *prev))):
        return "claimed"
    return "reported"


def _denies_claimed_toll(doc: Doc, s: int, e: int, d: Draft) -> bool:
    """The sentence denies the claim before it ("The Pentagon denied the claim", "CENTCOM dismissed the reports"),
    names no base and tells no deaths of its own, after a claim whose deaths are a group's word (status claimed, or
    told by the attackers: "The militia said its drones killed 45 soldiers")."""
    lex, folded = doc.lex, doc.folded
    if not d.killed or lex.denied.search(folded, s, e) is None:
        return False
    if d.status != "claimed" and _attackers_toll(folded, *d.sentence, lex) is None:
        return False  # "Three soldiers were killed. The Pentagon denied reports that a fourth died.": an official's toll stays
    return not _names(list(doc.bases), s, e) and lex.killed.search(folded, s, e) is None


def _denies_after(folded: str, end: int, e: int, lex: Words) -> bool:
    """A verb of denial within DENIER_WORDS words after an official's name ("the Pentagon denied", "CENTCOM has denied",
    verb-final "Pentagon bu iddiayı yalanladı")."""
    m = lex.denying.search(folded, end, min(e, end + 40)) or lex.denying_after.search(folded, end, min(e, end + 40))
    return m is not None and len(folded[end : m.start()].split()) <= DENIER_WORDS and not _CLAUSE_PUNCT_ANY.search(folded, end, m.start())


DENIER_WORDS = 2  # words between an official and a verb of denial ("the Pentagon quickly denied", "CENTCOM has denied")
GROUP_VERB_WORDS = 1  # words between a group's name and its verb ("the Islamic Resistance in Iraq has confirmed")


def _group_tells(folded: str, m: Match, groups: Spans) -> bool:
    """A campaign group is the subject of the word at `m`: its name right before it ("The Islamic Resistance in Iraq
    confirmed"), an auxiliary between at most, or right after it, as verb-first languages write it ("أكدت المقاومة
    الإسلامية", "قالت كتائب حزب الله"); no clause mark between."""
    for a, b in groups:
        gap = folded[b : m.start()] if b <= m.start() else folded[m.end() : a] if a >= m.end() else None
        if gap is not None and not _CLAUSE_PUNCT_ANY.search(gap) and len(gap.split()) <= GROUP_VERB_WORDS:
            return True
    return False


def press_toll(folded: str, s: int, e: int, lex: Words) -> bool:
    """Pattern: deaths the news media tell as their own word, no official's ("Israeli media confirmed that the rocket
    attack killed two American soldiers", "según medios locales, murieron tres soldados"): before the sentence's
    first death word, the press as the subject of a verb of saying or confirming (or named right after one:
    "according to"), and no official confirming. Hearsay, not a count of the dead an alert may carry on its own."""
    k = lex.killed.search(folded, s, e)
    if k is None or any(not _press_tells(folded, s, m.start(), lex) for m in lex.confirmed.finditer(folded, s, k.start())):
        return False
    for m in lex.news_media.finditer(folded, s, k.start()):
        said = lex.speech.search(folded, m.end(), k.start()) or lex.confirmed.search(folded, m.end(), k.start())
        if said is not None and len(folded[m.end() : said.start()].split()) <= MEDIA_WORDS:
            return True  # "los medios israelíes confirmaron", "local media reported"
        before = lex.speech.search(folded, max(s, m.start() - MEDIA_REACH), m.start())
        if before is not None and len(folded[before.end() : m.start()].split()) <= MEDIA_WORDS:
            return True  # "según medios israelíes"
    return False


MEDIA_REACH = 30  # characters before the press where a verb of saying may stand ("según los medios", "نقلت وسائل الإعلام")


def group_toll(folded: str, s: int, e: int, lex: Words, gaz: Gazetteer) -> bool:
    """Pattern: deaths the attacking group tells as its own word ("The Islamic Resistance in Iraq said its drones struck
    the Harir base, killing 45 American soldiers", "أعلنت المقاومة الإسلامية ... ما أسفر عن مقتل 45 جنديا"): before
    the sentence's first death word, a campaign group as the subject of a verb of saying or claiming (right after it,
    right before it where the verb comes first, or closing the sentence in a head-final language: "... öldürdüğünü
    açıkladı"), and no official confirming. The attackers' word, as the press's."""
    k = lex.killed.search(folded, s, e)
    if k is None or lex.confirmed.search(folded, s, k.start()) is not None:
        return False
    for gs, ge in gaz.actor_spans(folded, s, k.start()):
        said = lex.speech.search(folded, ge, k.start()) or lex.claimed.search(folded, ge, k.start())
        if said is not None and len(folded[ge : said.start()].split()) <= MEDIA_WORDS:
            return True  # "the Islamic Resistance in Iraq said"
        before = lex.speech.search(folded, max(s, gs - MEDIA_REACH), gs) or lex.claimed.search(folded, max(s, gs - MEDIA_REACH), gs)
        if before is not None and len(folded[before.end() : gs].split()) <= MEDIA_WORDS:
            return True  # "أعلنت المقاومة الإسلامية"
        if head_final(lex) and (lex.speech.search(folded, k.end(), e) or lex.claimed.search(folded, k.end(), e)) is not None:
            return True  # "Irak İslami Direnişi, ... 45 ABD askerini öldürdüğünü açıkladı": the verb of saying closes the sentence
    return False


def _press_tells(folded: str, s: int, at: int, lex: Words) -> bool:
    """The news media are who confirms: named right before the confirmation, as its subject. A relay ("television
    reported, citing a Pentagon official", "نقلت صحيفة ... عن مسؤول أمريكي") puts more words between: the official's."""
    media = lex.news_media.finditer(folded, s, at)
    return bool(media) and len(folded[media[-1].end() : at].split()) <= MEDIA_WORDS


def _struck_before_cue(folded: str, strike: Match | None, ps: int, e: int, lex: Words) -> bool:
    """Pattern: a place told right after a state's strike, before the recall cue that says what the strike answers
    ("US forces carried out precision strikes on facilities in eastern Syria in response to attacks on US personnel"):
    the strike's target. A place after the cue is the answered attack's ("... in response to a drone attack on a base
    in Erbil"), recalled."""
    if strike is None or ps < strike.end() or lex.recalls.search(folded, strike.start() - RECALL_BEFORE_STRIKE, strike.start()):
        return False
    cue = lex.recalls.search(folded, strike.end(), e)
    return cue is not None and ps < cue.start()


RECALL_BEFORE_STRIKE = 40  # characters before a strike where a recall cue makes the strike itself the recalled one


def _closes_with_strike(folded: str, strike: Match, e: int, lex: Words) -> bool:
    """Pattern: a language that puts the verb last closes the sentence with a state's strike ("... 공격에 대한 보복
    조치로 ... 시설 등을 공습했습니다": in retaliation for the attack, (the US) struck the facilities): the strike is the
    sentence's act, whatever recall cue comes before it, and the places before it are its targets."""
    return head_final(lex) and not folded[strike.end() : e].strip(" .!?\"'”»)。")


def _recalled(folded: str, s: int, e: int, lex: Words) -> bool:
    return lex.background.search(folded, s, e) is not None or lex.recalls.search(folded, s, e) is not None


def _toll_before_place(
    folded: str, s: int, e: int, lex: Words, gaz: Gazetteer, n: int, dates: tuple[tuple[int, int], ...] = ()
) -> tuple[int, int | None, int | None, Side | None, frozenset[str]] | None:
    """A toll told before the story names its base ("Pentagon named three soldiers killed in an attack in Jordan
    ... The drone hit Tower 22"): the opening sentence has the toll and a country but no place to give it to.
    `dates`: the sentence's date spans, which count nobody (pattern: a day of the month before a casualty word, "US
    forces in Syria were targeted on October 23 by a drone that killed nobody", is a date, not 23 dead), as for
    every other toll (`_date_spans`)."""
    countries = frozenset(_countries_hit(folded, s, e, lex, gaz) or _pointed_country(folded, s, e, lex, gaz))  # "a drone launched from Iraq" places no toll
    if not countries or _recalled(folded, s, e, lex) or lex.aggregate_all.search(folded, s, e):
        return None
    if lex.state_attacks.search(folded, s, e) is not None:
        return None  # "Iran's Revolutionary Guards said they struck Erbil with missiles, killing four civilians": that state's dead
    # "A drone attack that killed an American ... prompted US forces to carry out precision strikes in eastern Syria":
    # the toll told before the retaliation is the attack's; none after it is (the retaliation's own toll).
    strike = _strike(folded, s, e, lex)
    toll_end = e if strike is None else strike.start()
    away = tuple(gaz.elsewhere_in(folded, s, toll_end))
    killed, wounded, side = _casualties(folded, s, toll_end, lex, dates, away)
    # ... but dead told right before a strike that caused them ("Six pro-Iran fighters were killed on Friday in US
    # strikes") are the strike's: the casualty word is read with the sentence's end in sight, as any toll is. American
    # dead are no state strike's in this war: "killed in an air attack with drones" is then the militias' attack.
    if strike is not None and side != "US" and any(_retaliation_toll(folded, s, m.start(), lex, m.end(), e) for m in lex.killed.finditer(folded, s, toll_end)):
        return None
    if killed and _militia_victims(folded, s, toll_end, lex.killed, lex, dates, away):
        return None  # "... resulting in the deaths of four individuals associated with Iran-aligned militias": the militias' own dead
    return (n, killed, wounded, side, countries) if killed or wounded else None


def _earlier_at_same_base(doc: Doc, n: int, claim: Draft, gaz: Gazetteer) -> list[Draft]:
    """ "... rockets struck al Asad on Monday. On July 25, two rockets were launched but did not strike the base.":
    a sentence pointing back at "the base" with a written-out day earlier than the claim's tells an earlier attack on
    that claim's base (a wire story's list of the base's past attacks), not more of the claim: a claim of its own,
    recalled (background), with that day and the sentence's own weapon and toll."""
    s, e = doc.sentences[n]
    if claim.date is None or claim.base_hint is False:
        return []
    # "the base" is the claim's: the last base named before the sentence is the claim's
    named = [(bs, bid) for bid, bs, _ in doc.bases if bs < s]
    if not named or max(named)[1] != _base_at(doc, claim.place[0]):
        return []
    # a weekday counts too when the claim's own day was told, not only carried from the page ("... targeted on
    # Saturday. In a similar incident, the airbase caught fire late Thursday")
    told = claim.date_basis in ("explicit", "relative")
    days = [x for x in doc.sentence_dates[n] if (told or _written_day(doc.folded, x)) and x.value < claim.date.value - timedelta(days=1)]
    if len(days) != 1:
        return []
    seed = replace(claim, sentence=(s, e), date=days[0], date_basis=days[0].basis, killed=None, wounded=None, side=None, actor=None, background=True)
    weapons = _within(doc.weapons, s, e)
    seed = replace(seed, weapon=_first_weapon(weapons)) if weapons else seed
    return [_enrich(seed, doc.folded, s, e, days, doc.lex, gaz, weapons, _names(doc.bases, s, e))]


def _retells_recalled(doc: Doc, n: int, found: list[Draft], drafts: list[Draft], last_found: int) -> list[Draft]:
    """A base named as the name of an attack ("... injured in the Asad Airbase attack") within MAX_REFER_BACK sentences
    after the claim that recalled an attack on that same base ("The Rumalyn attack comes days after attackers
    targeted the Asad Airbase."), with no day of its own: the sentence goes on telling the recalled attack (its toll,
    its author), no new one. It stays background and takes no day carried from the story's own attack."""
    if not found or not drafts or n - last_found > MAX_REFER_BACK or not drafts[-1].background:
        return found
    recalled = _base_at(doc, drafts[-1].place[0])
    names_attack, text_ = pattern(doc.lex, NAMES_ATTACK), matchable(doc.folded)
    return [
        replace(d, background=True, date=None, date_basis=None)
        if recalled is not None and not d.background and d.date_basis in (None, "inherited", "publication")
        and _base_at(doc, d.place[0]) == recalled and names_attack.match(text_, d.place[1])
        else d
        for d in found
    ]  # fmt: skip


PLUPERFECT_GAP = 6  # words between the past perfect's opening auxiliary and its particle ("وكانت قاعدة عين الأسد الجوية قد")
PLUPERFECT_OPENED = rf"[\s\"'(]*(?:[^\s]+\s+){{0,{OPENING_WORDS - 1}}}?<pluperfect_openers>\s+(?:[^\s]+\s+){{0,{PLUPERFECT_GAP}}}?<perfect_particles>"


def _pluperfect_recap(doc: Doc, n: int, found: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """Pattern: after the story's news, a clause in the past perfect (`pluperfect`: "Al-Tanf had been struck by a drone,
    killing a soldier", "وكانت قاعدة التنف قد تعرضت لهجوم", "... مورد حمله قرار گرفته بود") tells an attack from before
    the story's. Its places with no day of their own are recalled: background, taking no day carried from the news (an
    inherited day made a recalled toll a new fatal attack). A place the sentence dates keeps its news reading, and so
    does one in another clause ("وكانت الفصائل قد حذرت ...، فقد تعرضت قاعدة حرير": the warning was earlier, not the attack)."""
    if not found or not any(not d.background for d in drafts):
        return found
    clauses = _past_perfect_clauses(doc.folded, *doc.sentences[n], doc.lex)
    # a day of its own days before the news' ("Le 19 octobre, la RII avait revendiqué ..." after a claim of 23 October)
    # is that earlier attack's: the past perfect and the day say the same (the day before is still the news' cycle:
    # "Rockets had hit al-Tanf on Friday, killing one soldier" on a Saturday page tells a fresh toll)
    news = [d.date.value for d in drafts if not d.background and d.date is not None]
    before = min(news) - timedelta(days=PLUPERFECT_NEWS_DAYS) if news else None
    return [
        _as_recalled(d)
        if not d.background
        and (d.date_basis in (None, "inherited", "publication") or (before is not None and d.date is not None and d.date.value < before))
        and any(a <= d.place[0] < b for a, b in clauses)
        else d
        for d in found
    ]


PLUPERFECT_NEWS_DAYS = 2  # days before the news' that an attack told in the past perfect with its own day is still news


def _past_perfect_clauses(folded: str, s: int, e: int, lex: Words) -> list[tuple[int, int]]:
    """The clauses of the sentence that tell what they tell in the past perfect: a `pluperfect` form, or an opening
    auxiliary with its particle a few words on. Where reported speech shifts tenses back (`backshift`), none beside a
    verb of saying or claiming ("the group said it had targeted the base": its news at one remove)."""
    text_ = matchable(folded)
    forms = [(m.start(), m.end()) for m in pattern(lex, "<pluperfect>").finditer(text_, s, e)]
    opened = pattern(lex, PLUPERFECT_OPENED).match(text_, s)
    forms += [(opened.start(), opened.end())] if opened is not None and opened.end() <= e else []
    if not forms:
        return []
    # a verb of claiming that is itself in the past perfect ("had claimed", "avait revendiqué") shifts nothing back
    said = [m.start() for words in (lex.speech, lex.claimed) for m in words.finditer(folded, s, e)]
    if lex.backshift and any(not any(a <= x < b for a, b in forms) for x in said):
        return []
    return [_clause(folded, s, e, a, b) for a, b in forms]


CLAIM_DAYS_AFTER = 2  # days after an attack that its claim of responsibility or confirmation is still told of it


def _statement_on_told_attack(doc: Doc, n: int, found: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """Pattern: an attack at a base told with its day, then a sentence that points back at it ("the attack", "the
    base"), names the same base and says who claimed or confirmed it on a day just after ("On Sunday, the Islamic
    Resistance claimed the attack on Harir"): that day is the statement's, the attack the one told, and the claim takes
    its day (one attack, not a second a day later). A claim with no word pointing back ("أعلنت المقاومة الأحد استهداف
    قاعدة حرير", announced on Sunday the targeting of Harir) keeps its day: Arabic copy dates a new claim so too."""
    if not found or not drafts:
        return found
    s, e = doc.sentences[n]
    folded, lex = doc.folded, doc.lex
    if not _refers_back(folded, s, e, lex) or not (lex.claimed.search(folded, s, e) or lex.confirmed.search(folded, s, e) or lex.speech.search(folded, s, e)):
        return found
    told = {
        b: o.date for o in drafts if not o.background and o.date is not None and o.date_basis in ("explicit", "relative") and (b := _base_at(doc, o.place[0]))
    }
    out = []
    for d in found:
        day = told.get(_base_at(doc, d.place[0]) or "")
        later = day is not None and d.date is not None and d.date_basis in ("explicit", "relative") and 0 < (d.date.value - day.value).days <= CLAIM_DAYS_AFTER
        out.append(replace(d, date=day, date_basis="inherited") if later else d)
    return out


def _after_series_remark(doc: Doc, n: int, found: list[Draft], drafts: list[Draft], last_found: int) -> list[Draft]:
    """Pattern: an attack told as news, then a sentence of its own that remarks it is one of a series (`sequel`: "It
    was the second serious attack on US forces in the region in recent days.", "To drugi poważny atak na siły USA"),
    then an attack: the earlier one of the series, recalled. It keeps a day it states and takes none carried from the
    story."""
    if not found or n == 0 or last_found >= n - 1 or not any(not d.background for d in drafts):
        return found
    if doc.lex.sequel.search(doc.folded, *doc.sentences[n - 1]) is None:
        return found
    return [d if d.background else _as_recalled(d) for d in found]


def _recall_goes_on(doc: Doc, n: int, found: list[Draft], drafts: list[Draft], last_found: int) -> list[Draft]:
    """Pattern: a sentence that opens with a word of adding ("Also, ...", "وأيضاً، ...", "Inoltre, ...") right after a
    sentence whose attacks were all recalled ("Days before, the group targeted Ovda air base. Also, in separate strikes,
    it targeted Ben Gurion airport and the Haifa refineries."): it adds to that recall, and its attacks with no day of
    their own are recalled too, taking no day carried from the story."""
    if not found or last_found != n - 1 or not drafts or not opens_with(doc.lex, "additive", doc.folded, doc.sentences[n][0]):
        return found
    if not all(d.background for d in drafts if d.sentence == doc.sentences[n - 1]):
        return found
    return [_as_recalled(d) if not d.background and d.date_basis in (None, "inherited", "publication") else d for d in found]


def _as_recalled(d: Draft) -> Draft:
    """The draft as a recalled attack: background, with a day only if its own sentence states one."""
    own_day = d.date_basis not in (None, "inherited", "publication")
    return replace(d, background=True) if own_day else replace(d, background=True, date=None, date_basis=None)


def _base_at(doc: Doc, start: int) -> str | None:
    """The gazetteer base whose name starts at `start`, if one does."""
    return next((bid for bid, bs, _ in doc.bases if bs == start), None)


def _strikes_sequel(doc: Doc, n: int, toll: tuple[int, int | None, int | None, Side | None, frozenset[str]] | None) -> bool:
    """A toll told right after a sentence that tells a state's strike, in a sentence with no weapon and no base of its
    own ("The US carried out an airstrike south of Baghdad. The attack hit a PMF base, killing four members."): its
    attack word refers back to that strike, so the dead are the strike's, never a militia attack's told later.
    American dead are no state strike's in this war: their toll stays a lede."""
    if toll is None or n == 0 or toll[3] == "US":
        return False
    s, e = doc.sentences[n]
    if _within(doc.weapons, s, e) or _names(doc.bases, s, e):
        return False
    ps, pe = doc.sentences[n - 1]
    return _strike(doc.folded, ps, pe, doc.lex) is not None and not _recalled(doc.folded, ps, pe, doc.lex)


def _retold_lede(
    lede: tuple[int, int | None, int | None, Side | None, frozenset[str]] | None,
    new: tuple[int, int | None, int | None, Side | None, frozenset[str]] | None,
    doc: Doc,
) -> tuple[int, int | None, int | None, Side | None, frozenset[str]] | None:
    """The toll told before any place, after one more sentence: a headline's deaths with their country ("3 US troops
    killed in Jordan"), then the lead's same deaths with no place, by a weapon of the campaign ("Three service members
    were killed and 25 wounded Saturday night in the drone attack"): one story told twice, so the country stays the
    toll's and the lead adds the counts it lacked. A lead that tells the deaths by no such weapon (troops shot at a
    gate) tells another kind of story: it replaces the headline's toll as before."""
    if new is None:
        return lede
    new = _firm_before_provisional(lede, new, doc)
    if lede is not None and _light_hurt_after_deaths(lede, new, doc):
        return (lede[0], lede[1], new[2], lede[3] or new[3], lede[4] or new[4])
    if lede is not None and _revised_wounded_before_deaths(lede, new, doc):
        return (new[0], new[1], lede[2], new[3] or lede[3], new[4])
    if lede is None or not lede[4] or new[4] or not new[1] or new[1] != lede[1] or not _within(doc.weapons, *doc.sentences[new[0]]):
        return new
    n, killed, wounded, side, countries = lede
    return (n, killed, wounded if wounded is not None else new[2], side or new[3], countries)


def _lede_wounded(
    lede: tuple[int, int | None, int | None, Side | None, frozenset[str]] | None, doc: Doc, n: int, gaz: Gazetteer
) -> tuple[int, int | None, int | None, Side | None, frozenset[str]] | None:
    """Pattern: a toll told before any place goes on in the next sentence with its wounded alone ("Two soldiers were
    killed in a drone attack. Another 23 were wounded.", "Επίσης, ακόμη 23 τραυματίστηκαν"): those wounded are the
    lede's, when that sentence names no place, recalls nothing, counts no attacks and tells no deaths of its own. A
    sentence further on that points back at the attack ("At least 34 were injured in the attack, CENTCOM said", after
    a statement about it) goes on with the lede the same way, within LEDE_REACH sentences; so does one after sentences
    that tell nothing of an attack (no attack word, place or toll: "Biden blamed Iran-backed groups. CENTCOM spoke of
    25 wounded soldiers.")."""
    if lede is None or lede[2] is not None or n <= lede[0] or not _placeless_news(doc, n, gaz):
        return lede
    s, e = doc.sentences[n]
    if n != lede[0] + 1 and (n - lede[0] > LEDE_REACH or not (_refers_back(doc.folded, s, e, doc.lex) or _nothing_told(doc, lede[0] + 1, n))):
        return lede
    killed, wounded, _ = _casualties(doc.folded, s, e, doc.lex, _date_spans(doc, s, e, doc.sentence_dates[n]))
    return lede if killed is not None or not wounded else (lede[0], lede[1], wounded, lede[3], lede[4])


def _nothing_told(doc: Doc, a: int, b: int) -> bool:
    """Sentences a to b-1 tell no other attack: no base, no toll, and no attack word or weapon unless the sentence points
    back at the attack told ("The attack was carried out by Iran-backed groups"; a statement, a reaction, a quote)."""
    for s, e in doc.sentences[a:b]:
        if _names(doc.bases, s, e) or _has_toll(doc.folded, s, e, doc.lex):
            return False
        if _attack_told_before(doc, s, e) and not _refers_back(doc.folded, s, e, doc.lex):
            return False
    return True


def _earlier_report(folded: str, b: Match, e: int, lex: Words) -> bool:
    """Pattern: a bare "earlier" whose clause is a report ("Ранее Центральное командование сообщило об атаке ...",
    earlier, CENTCOM reported an attack; "此前...报道", "Wcześniej ... poinformował"): the report came earlier, the
    attack it tells is the story's own. A verb of saying after the word and before the first attack word (anywhere
    after it where the verb comes last); a phrase of time ("a day earlier") is never bare."""
    if " " in b.text.strip():
        return False
    attack = None if head_final(lex) else lex.attack.search(folded, b.end(), e)
    said = lex.speech.search(folded, b.end(), e if attack is None else attack.start())
    return said is not None and _CLAUSE_PUNCT_ANY.search(folded, b.end(), said.start()) is None


def _closed_period(doc: Doc, s: int, e: int) -> bool:
    """Pattern: the sentence's only days open and close a period ("targeted between 24 October and 2 December", "in
    der Woche vom 17. bis 24. Oktober"): what it tells happened over those weeks, a tally of attacks, no report of one
    (a night across two days is no period: `dates._period_end`)."""
    mine = [m for m in doc.dates if s <= m.start < e and not m.stamp]
    return len(mine) >= 2 and all(m.since for m in mine) and any(m.day for m in mine)


def _revised_wounded_before_deaths(
    lede: tuple[int, int | None, int | None, Side | None, frozenset[str]],
    new: tuple[int, int | None, int | None, Side | None, frozenset[str]],
    doc: Doc,
) -> bool:
    """Pattern: a follow-up opens with the attack's revised wounded, placed by its country alone ("the number of soldiers
    wounded in the attack on US forces in Jordan rose to 40"), then retells its deaths there ("On Sunday, three soldiers
    were killed in a drone attack on US forces in Jordan"): one attack, so the deaths' toll keeps the wounded the
    opening told. Only a figure told as risen or of "the attack": a count of its own may be another attack's."""
    if lede[1] is not None or not lede[2] or not new[1] or new[2] is not None or not lede[4] or lede[4] != new[4]:
        return False
    s, e = doc.sentences[lede[0]]
    return bool(_risen(doc.folded, s, e, doc.lex)) or _refers_back(doc.folded, s, e, doc.lex)


def _light_hurt_after_deaths(
    lede: tuple[int, int | None, int | None, Side | None, frozenset[str]],
    new: tuple[int, int | None, int | None, Side | None, frozenset[str]],
    doc: Doc,
) -> bool:
    """Pattern: the deaths told first, then a count of the lightly hurt in the same attack ("Two soldiers were killed
    ... Other reports said up to 21 soldiers were lightly wounded in the attack"): light injuries tell of those
    counted, not that nobody died (as "the attack caused minor injuries" alone does). The deaths stand unless they
    were the attackers' word, which such a count answers, and the later sentence says no death in words of its own."""
    if not lede[1] or new[1] != 0 or not new[2]:
        return False
    folded, lex = doc.folded, doc.lex
    s, e = doc.sentences[new[0]]
    ls, le = doc.sentences[lede[0]]
    return _refers_back(folded, s, e, lex) and lex.killed.search(folded, s, e) is None and _attackers_toll(folded, ls, le, lex) is None


def _firm_before_provisional(
    lede: tuple[int, int | None, int | None, Side | None, frozenset[str]] | None,
    new: tuple[int, int | None, int | None, Side | None, frozenset[str]],
    doc: Doc,
) -> tuple[int, int | None, int | None, Side | None, frozenset[str]]:
    """Pattern: a toll told as a first figure or a floor after the lede counted the same victims ("34 more soldiers were
    wounded. CENTCOM initially spoke of 3 dead and 25 wounded."): the count told before stays, the new toll adds only
    the counts it lacked."""
    if lede is None:
        return new
    provisional = _provisional(doc.folded, *doc.sentences[new[0]], doc.lex)
    killed = lede[1] if "killed" in provisional and lede[1] is not None else new[1]
    wounded = lede[2] if "wounded" in provisional and lede[2] is not None else new[2]
    return (new[0], killed, wounded, new[3], new[4])


def _lede_toll(
    found: list[Draft], lede: tuple[int, int | None, int | None, Side | None, frozenset[str]], doc: Doc, gaz: Gazetteer, reach: int = PLACELESS_REACH
) -> list[Draft]:
    """The story's first claim takes the toll told before it (the counts it lacks) when it lies in the toll's
    country; a first claim elsewhere ("it was not in Jordan but at al-Tanf", a denial) takes nothing. `reach`: the
    sentences a toll with no country may lie before its claim (further when the claim only names the base, no attack)."""
    _, killed, wounded, side, countries = lede
    d = found[0]
    if not countries and not _takes_placeless_toll(found, lede[0], doc, reach):
        return found
    if _opens_at_another_time(doc, d.sentence[0]):
        return found  # "... eight of its members were killed. About 24 hours earlier, US forces were attacked at Ain al-Asad"
    if _countries_joined(doc, lede[0], countries, gaz):
        return found  # "46 troops injured in Iraq and Syria attacks": a tally over countries, no one attack's toll
    country = d.country or next((gaz.by_id[bid].country for bid, bs, _ in doc.bases if bs == d.place[0]), None)
    # a place naming several countries, the toll's among them ("near the Syrian border in northeast Jordan"), lies there too
    if d.background or (countries and country not in countries and not countries & set(gaz.countries_in(doc.folded, *d.place))):
        famous = _famous_lede(lede, doc, gaz) if countries and not d.background else None
        return [famous, *found] if famous else found
    # a floor the claim holds ("several killed") gives way to the lede's larger count of the same deaths
    floor_killed = "killed" in d.provisional and killed is not None and d.killed is not None and killed > d.killed
    # the weapon of the toll's sentence ("killed in a drone attack on one of their bases") is the attack's, as its toll is
    weapon = (
        d.weapon
        if d.weapon != "unknown" or _two_families_joined(doc.folded, told := _within(doc.weapons, *doc.sentences[lede[0]]), doc.lex)
        else _first_weapon(told)
    )
    filled = replace(
        d,
        killed=killed if d.killed is None or floor_killed else d.killed,
        wounded=wounded if d.wounded is None else d.wounded,
        side=d.side or side,
        weapon=weapon,
    )
    return [filled, *found[1:]]


def _opens_at_another_time(doc: Doc, s: int) -> bool:
    """Pattern: the claim's sentence opens by setting its attack hours or days apart from what was told before ("About 24
    hours earlier, US forces were attacked ...", "A day earlier", "Hours after"): the toll told before it is of that
    other event (a strike in reply, the next attack), not this attack's."""
    return opens_with(doc.lex, "hours_apart", doc.folded, s) or opens_with(doc.lex, "background", doc.folded, s)


def _countries_joined(doc: Doc, n: int, countries: frozenset[str], gaz: Gazetteer) -> bool:
    """Pattern: sentence `n` names two of the toll's countries joined by a conjunction ("in Iraq and Syria", "en Irak et
    en Syrie", "في العراق وسوريا"): attacks in both, a count over several attacks. One attack lies in one country, told
    with another only as a border or a launch ("in Jordan near the Syrian border")."""
    if len(countries) < 2:
        return False
    s, e = doc.sentences[n]
    spans = sorted(x for c in countries if (x := gaz.country_span(doc.folded, s, e, c)) is not None)
    joined = pattern(doc.lex, r"(?:<prepositions>\s)?<conjunctions>(?:\s<prepositions>)?")
    # a one-letter conjunction written onto the next name ("وسوريا"): the name's span holds it
    glued = {c for p in doc.lex.packs for c in p.conjunctions if len(c) == 1}

    def conjoined(a: tuple[int, int], b: tuple[int, int]) -> bool:
        gap = doc.folded[a[1] : b[0]].strip()
        return joined.fullmatch(gap) is not None or (not gap and doc.folded[b[0]] in glued)

    return any(conjoined(a, b) for a, b in pairwise(spans))


FAMOUS_LEDE_DAYS = 7  # how far from a famous attack's day a toll told with its country alone may be dated and still be its


def _famous_lede(lede: tuple[int, int | None, int | None, Side | None, frozenset[str]], doc: Doc, gaz: Gazetteer) -> Draft | None:
    """A toll told with its country alone ("three US soldiers were killed in a drone attack in Jordan") whose story then
    names a base across the border only as the attack placed elsewhere (Jordan's denial: "it targeted al-Tanf in
    Syria"), or no base at all: when the toll is the exact toll of that country's famous attack, the country is its
    place, a claim linking names by that attack. Undated: linking gives it the famous attack's day."""
    n, killed, wounded, side, countries = lede
    s, e = doc.sentences[n]
    days = [d.value for d in doc.sentence_dates[n]]
    famous = [
        k for k in gaz.known_attacks
        if killed in k.tolls and side in (None, k.side) and gaz.by_id[k.base_id].country in countries
        and all(abs((day - k.date).days) <= FAMOUS_LEDE_DAYS for day in days)
    ]  # fmt: skip
    place = gaz.country_span(doc.folded, s, e, gaz.by_id[famous[0].base_id].country) if len(famous) == 1 else None
    if place is None and len(famous) == 1 and (country := gaz.by_id[famous[0].base_id].country) in _pointed_country(doc.folded, s, e, doc.lex, gaz):
        pointer = doc.lex.this_country.search(doc.folded, s, e)  # "no norte do país", the country of "soldados israelenses"
        place = (pointer.start(), pointer.end()) if pointer is not None else gaz.national_span(doc.folded, s, e, country)
    if place is None and len(famous) == 1:
        # "Three US troops were killed in a drone strike in Jordan, Biden said. CENTCOM said 25 were injured in the
        # attack in addition to the three killed.": the lede told again further on, its country in the sentence before
        country = gaz.by_id[famous[0].base_id].country
        place = next((sp for k in range(n - 1, max(-1, n - LEDE_REACH), -1) if (sp := gaz.country_span(doc.folded, *doc.sentences[k], country))), None)
    if place is None:
        return None
    if gaz.by_id[famous[0].base_id].country in OUTSIDERS_WAR and (gaz.outside_attacker(doc.folded, s, e) or _outside_war_story(doc.folded, gaz, doc.lex)):
        # "two soldiers were killed by a Hezbollah drone in northern Israel", or by "a drone" in a story whose only
        # attacker named is another war's ("... Hezbollah claimed the attack"): that war's dead, not the famous attack's
        return None
    if _insurgent_strikes(doc.folded, s, e, doc.lex, gaz):
        return None  # "six SDF fighters were killed by ISIS gunmen in Syria": the jihadists' dead, not the famous attack's
    # the sentence that names the country: the toll's, or the lede's before it ("A drone attacked US forces in Jordan on
    # Sunday. Three soldiers were killed in the attack.")
    ps, pe = next(((a, b) for a, b in doc.sentences if a <= place[0] < b), (s, e))
    if side is None and _victims_side(doc.folded, ps, pe, doc.lex) == famous[0].side:
        side = famous[0].side  # the toll names no side; the country's sentence names the famous attack's victims
    # the weapon named nearest the country ("la cible de roquettes lundi, après que trois soldats ont été tués la veille
    # lors d'une attaque de drone en Jordanie": the drone, not the news attack's rockets told first)
    weapon = _weapon_of(doc.folded, _within(doc.weapons, ps, pe), place[0], ps, pe, doc.lex)
    # "... to a drone attack in Jordan that killed three US troops last month": told with a time before the story's, or
    # with a word of an earlier day ("la veille", the day before) in its sentence
    recalled = _past_time_before(doc.folded, s, place[0], doc.lex) or _past_time_closing(doc.folded, place[1], e, doc.lex)
    recalled = recalled or doc.lex.background.search(doc.folded, s, e) is not None
    return Draft(
        place=place, sentence=(s, e), base_hint=False, plural=False, other=False, date=None, date_basis=None, weapon=weapon,
        killed=killed, wounded=wounded, side=side, actor=None, status="reported", background=recalled,
        country=gaz.by_id[famous[0].base_id].country, kind="region",
    )  # fmt: skip


def _famous_country_lead(
    lede: tuple[int, int | None, int | None, Side | None, frozenset[str]], lead: tuple[int, frozenset[str]], doc: Doc, gaz: Gazetteer
) -> Draft | None:
    """A story whose attack sentence places it by a country alone ("a drone attacked US troops in Jordan") and tells
    its toll a sentence or two later with no place ("Three soldiers died and 40 were hurt"): the toll told after its
    country, the mirror of a toll told before its place. When that toll is the exact toll of the country's famous
    attack, the lead's country is its place, as `_famous_lede` takes it from one sentence."""
    n, killed, wounded, side, countries = lede
    at, named = lead
    if countries or not 0 < n - at <= PLACELESS_REACH or not _within(doc.weapons, *doc.sentences[at]):
        return None  # the lead must tell an attack by a weapon of the campaign: troops shot at a gate are another story
    return _famous_lede((at, killed, wounded, side, named), doc, gaz)


def _country_after_toll(doc: Doc, drafts: list[Draft], gaz: Gazetteer) -> Draft | None:
    """Pattern: a toll told with no place ("whether these were the attacks that left three soldiers dead") and its
    country told only in the attack sentence right after ("officials put these victims in an attack in Jordan"), the
    mirror of `_famous_country_lead`, whether or not the story named other bases before. When no claim carries a
    death in that country and the toll is the exact toll of its famous attack, that sentence's country is its place (a
    claim elsewhere that took the toll, the last named before it, loses it when linked: `link._famous_toll`)."""

    def country(d: Draft) -> str | None:
        return d.country or next((gaz.by_id[bid].country for bid, bs, _ in doc.bases if bs == d.place[0]), None)

    claimed = {d.sentence for d in drafts}
    for n in range(len(doc.sentences) - 1):
        nxt = doc.sentences[n + 1]
        if doc.sentences[n] in claimed or nxt in claimed or _names(doc.bases, *nxt) or not any(nxt[0] <= c < nxt[1] for c in doc.cues):
            continue
        named = _countries_hit(doc.folded, *nxt, doc.lex, gaz)  # the cheaper test first: most sentences name no country
        toll = _placeless_toll(doc, n, gaz, unnamed=True) if len(named) == 1 else None
        if toll is not None and (famous := _famous_lede((n + 1, toll[1], toll[2], toll[3], frozenset(named)), doc, gaz)):
            if any(d.killed and country(d) in (None, famous.country) for d in drafts) or _near_famous(doc, drafts, toll[1], famous.country, gaz):
                return None
            return famous
    return None


def _near_famous(doc: Doc, drafts: list[Draft], killed: int | None, country: str | None, gaz: Gazetteer) -> bool:
    """A claim on a base next to the famous attack of this toll in this country, not a militia's claim: told without a
    toll, or with the famous toll that linking takes from it (`link._famous_toll`), the link stage takes it for the
    famous attack placed elsewhere (`link._without_relocations`), so a second claim of that attack would cost it."""
    sites = [k.base_id for k in gaz.known_attacks if killed in k.tolls and gaz.by_id[k.base_id].country == country]
    bare = {bid for d in drafts if d.status != "claimed" for bid, bs, _ in doc.bases if bs == d.place[0]}
    return any(gaz.km_between(site, bid) <= RELOCATED_KM for site in sites for bid in bare)


def _placeless_news(doc: Doc, n: int, gaz: Gazetteer) -> bool:
    """Sentence n names no base, no country hit, no place elsewhere, recalls nothing, counts no attacks, threatens
    nothing: a toll in it can only be the story's own."""
    folded, lex = doc.folded, doc.lex
    s, e = doc.sentences[n]
    if _names(doc.bases, s, e) or _countries_hit(folded, s, e, lex, gaz) or gaz.elsewhere_in(folded, s, e):
        return False
    return not (_recalled(folded, s, e, lex) or lex.aggregate_all.search(folded, s, e) or lex.threat.search(folded, s, e))


def _placeless_toll(doc: Doc, n: int, gaz: Gazetteer, unnamed: bool = False) -> tuple[int, int | None, int | None, Side | None, frozenset[str]] | None:
    """A death told before the story names any place ("The attack killed three U.S. soldiers and wounded dozens.",
    "Two American contractors died on Tuesday."): a toll of our side's dead in a sentence that names no base, no
    country, no place elsewhere, recalls nothing, counts no attacks and blames no state's strike. Only a sentence with
    an attack word may leave a sentence between it and its attack; without one the victims must be ours."""
    folded, lex = doc.folded, doc.lex
    s, e = doc.sentences[n]
    if not _placeless_news(doc, n, gaz):
        return None
    if lex.past_times.search(folded, s, e) or _month_alone(doc, s, e):
        return None  # "... were killed last week", "In January, three soldiers were killed": an earlier toll
    if _strike(folded, s, e, lex) is not None:
        return None
    spans = _date_spans(doc, s, e, doc.sentence_dates[n])
    killed, wounded, side = _casualties(folded, s, e, lex, spans)
    if killed and _militia_victims(folded, s, e, lex.killed, lex, spans, ()):
        return None  # "the bombing killed four fighters of the Hashd": the militias' own dead, a strike's on them
    # `unnamed`: in a sentence with an attack word, victims of no side named ("three soldiers") may be ours too
    unnamed = unnamed and side is None and any(s <= c < e for c in doc.cues)
    if not killed or (side not in ("US", "coalition", "partner") and not unnamed):
        return None
    return n, killed, wounded, side, frozenset()


def _their_place_attacked(folded: str, s: int, e: int, lex: Words) -> bool:
    """Pattern: the place attacked is the victims' own ("Five fighters were killed in a drone attack on one of their
    bases", "bei einem Drohnenangriff auf einen ihrer Stützpunkte"): a word of "against" right before a possessive of
    theirs, or a verb of striking ("a drone struck one of their bases"). Its dead, of no side named, are the base's own
    people; a state's strike is ruled out by `_placeless_toll`."""
    return pattern(lex, r"<against|targeted|targeting>\s+<their_places>").search(matchable(folded), s, e) is not None


ORIGIN_REACH = 25  # characters after "launched from" in which the country the weapon came from is named


def _launch_countries(folded: str, s: int, e: int, lex: Words, gaz: Gazetteer) -> frozenset[str]:
    """Countries a weapon was sent from: after a word of launching ("launched from Iraq", "从伊拉克发射的", "از عراق"), or
    right before one where the language puts it after the country ("イラクから発射された", "इराक से लॉन्च", "عراق سے بھیجے")."""
    origins = lex.origins.finditer(folded, s, e)  # a phrase matcher: Chinese and Japanese words need no spaces around them
    if not origins:
        return frozenset()
    after = {c for m in origins for c in gaz.countries_in(folded, m.end(), min(e, m.end() + ORIGIN_REACH))}
    hits = gaz.country_hits(folded, s, e)
    before = {key for key, _, ce in hits if any(0 <= m.start() - ce <= 2 for m in origins)}
    return frozenset(after | before)


def _launched_from_outsider_home(folded: str, s: int, e: int, lex: Words, gaz: Gazetteer) -> bool:
    """The sentence sends its weapon from the home of another war's group ("a drone launched from Yemen", "запущенный из
    Йемена"): that group's attack, as if it were named (the campaign's groups launch from Iraq)."""
    return any(gaz.outside_home_at(folded, m.end(), min(e, m.end() + ORIGIN_REACH)) for m in lex.origins.finditer(folded, s, e))


def _pointed_country(folded: str, s: int, e: int, lex: Words, gaz: Gazetteer) -> list[str]:
    """Pattern: a sentence that places its toll only as "the country" and names its victims by their nation ("two
    Israeli soldiers were killed in a drone attack in the north of the country"), or names no place at all but the
    campaign's home its weapon came from ("due soldati israeliani sono stati uccisi ... in un attacco con un drone
    proveniente dall'Iraq": the militias' drones kill Israelis in Israel): that nation's country."""
    if lex.this_country.search(folded, s, e) is not None or CAMPAIGN_HOME in _launch_countries(folded, s, e, lex, gaz):
        return [c for c in gaz.nationals_in(folded, s, e) if c != CAMPAIGN_HOME]
    return []


def _countries_hit(folded: str, s: int, e: int, lex: Words, gaz: Gazetteer) -> list[str]:
    """The countries a sentence names but those a weapon was sent from ("Two soldiers were killed by a drone launched
    from Iraq": the toll's place is still untold), and those on the way the wounded were taken ("Eight of the injured
    were evacuated from Jordan to Baghdad": a toll of the attack told before, not one placed in Iraq)."""
    named = gaz.countries_in(folded, s, e)
    if not named:
        return named
    origins = _launch_countries(folded, s, e, lex, gaz)  # "launched from Iraq", and "イラクから発射された" where the country comes first
    taken = {c for m in lex.taken_to.finditer(folded, s, e) for c in gaz.countries_in(folded, m.end(), min(e, m.end() + TAKEN_TO_REACH))}
    return [c for c in named if c not in origins and c not in taken]


def _month_alone(doc: Doc, s: int, e: int, claim: Draft | None = None) -> bool:
    """The sentence names a month without a day ("In January"): it dates something before the story's day. With no
    day to compare it with (no publication date, the claim it would add to undated), any month named alone is another
    time than the story's: "... the base in Rimelan was hit. In February, five fighters died in an attack there".
    A month in the words of a series the attack is ranked in ("the 108th attack since mid-October") dates the series."""
    e = min([e, *(a for a, _ in _series_ranks(doc.folded, s, e, doc.lex))])
    ref = doc.reference or _month_start(doc.article.published_month) or (claim.date.value if claim and claim.date else None)
    if ref is None:
        return claim is not None and month_alone(doc.folded, doc.dates, s, e, doc.lex)
    return earlier_month(doc.folded, doc.dates, s, e, ref, doc.lex) is not None


def _takes_placeless_toll(found: list[Draft], at: int, doc: Doc, reach: int = PLACELESS_REACH) -> bool:
    """The one attack a placeless toll belongs to: the only claim of the next sentence (or of one within `reach`, when
    the toll's own sentence spoke of an attack or those between add to the toll), new, on one place, on the toll's day
    when both name a day."""
    d = found[0]
    ls, le = doc.sentences[at]
    cued = any(ls <= c < le for c in doc.cues)
    n = next(i for i, x in enumerate(doc.sentences) if x == d.sentence)
    if len(found) != 1 or d.background or d.plural or d.other or n - at > reach:
        return False
    # without an attack word, only more of the toll may stand between ("Two contractors died. Dozens more were hurt.")
    if not cued and not all(_toll_only(doc.folded, *doc.sentences[i], doc.lex, list(doc.bases)) for i in range(at + 1, n)):
        return False
    if opens_with(doc.lex, "separate", doc.folded, d.sentence[0]) or opens_with(doc.lex, "additive", doc.folded, d.sentence[0]):
        return False  # "Hours later, rockets hit ...", "Separately, ...": another attack than the one that killed
    days = {x.value for x in doc.sentence_dates[at]}
    return not (days and d.date is not None and d.date.value not in days)


def _earlier_time_at(doc: Doc, s: int, e: int, claim: Draft) -> int:
    """Where a sentence that goes on about the attack turns to a time before it ("last week", "la semana pasada"),
    when the claim's own sentence names no such time (then the story itself is of that time): its end otherwise."""
    past = doc.lex.past_times
    m = past.search(doc.folded, s, e)
    return m.start() if m is not None and past.search(doc.folded, *claim.sentence) is None else e


def _another_days_toll(doc: Doc, claim: Draft, s: int, e: int) -> bool:
    """The claim was told with a month alone ("In June, rockets hit a post near Deir ez-Zor"), the toll sentence names
    a day ("On the 20th, a bus blast in Damascus killed 14 soldiers"): a toll of the story's day, not of that month's
    attack, which the month already set apart from the story."""
    cs, ce = claim.sentence
    if claim.date is None and _weekday_at_another_base(doc, s, e, cs, ce):
        return True
    month = bare_month(doc.folded, doc.dates, cs, ce, doc.lex) if claim.date is None else None
    if month is None:
        return False  # "In June, ... . On June 20, two of the wounded died": a day of that month may still be its toll
    return any(s <= m.start < e and m.day is not None and m.month != month and not (m.since or m.stamp) for m in doc.dates)


def _weekday_at_another_base(doc: Doc, s: int, e: int, cs: int, ce: int) -> bool:
    """Pattern: after an undated claim whose sentence names no weekday, a toll sentence that tells its own weekday and
    places its dead at a base it introduces with an indefinite article ("El viernes, una explosión en una base militar
    de Irak mató a un combatiente", on Friday a blast at a military base in Iraq killed a fighter): that base's toll,
    another day's, not the claim's (`_own_weekday` does the same for a vague mention that gave a claim)."""
    if any(cs <= m.start < ce and m.weekday is not None for m in doc.dates):
        return False
    own = any(not m.stamp for m in _own_weekdays(doc, s, e))
    return own and pattern(doc.lex, INDEFINITE_BASE).search(matchable(doc.folded), s, e) is not None


INDEFINITE_BASE = r"(?<!\w)<indefinite>\s(?:\w+\s){0,2}<base_nouns>(?!\w)"  # "a military base", "una base militar"


SAME_DAY_GAP = 4  # characters between "earlier" and the weekday it opens ("ранее в четверг")


def _weekday_right_after(doc: Doc, at: int) -> bool:
    """A weekday (alone: no day of the month, not counted back) starts within SAME_DAY_GAP characters after `at`."""
    return any(m.weekday is not None and m.day is None and m.back_days is None and 0 <= m.start - at <= SAME_DAY_GAP for m in doc.dates)


def _tells_an_attack(doc: Doc, s: int, e: int) -> bool:
    """The sentence names an attack of its own: an attack noun (or a weapon's attack word, "Drohnenangriff") that is no
    reference back ("the attack"). A weapon alone is the toll's means ("wounded by two rockets"), no other attack."""
    refs = [(m.start(), m.end()) for m in doc.lex.anaphora.finditer(doc.folded, s, e)]
    nouns = [(m.start(), m.end()) for m in pattern(doc.lex, "<attack_nouns>").finditer(matchable(doc.folded), s, e)]
    compound = folded_phrases(doc.lex, "attack_nouns")
    nouns += [(w[0], w[1]) for w in _within(doc.weapons, s, e) if doc.folded[w[0] : w[1]].endswith(compound)]
    return any(not any(a <= x < b for a, b in refs) for x, _ in nouns)


def _has_toll(folded: str, s: int, e: int, lex: Words) -> bool:
    """The sentence has a word of killing or wounding, or says no one was hurt."""
    has_toll = lex.killed.search(folded, s, e) is not None or lex.wounded.search(folded, s, e) is not None
    return has_toll or lex.no_casualties.search(folded, s, e) is not None  # "There were no casualties.": a toll of none


def _toll_only(folded: str, s: int, e: int, lex: Words, bases: list[tuple[str, int, int]]) -> bool:
    """The sentence right after a claim gives a toll and names no place of its own ("Two American service
    members were killed and five others were wounded."): it continues the attack. A tally is no toll, nor are an
    accident's dead ("A US helicopter crashed near the base, killing two crew members": `_accident_deaths`)."""
    return (
        _has_toll(folded, s, e, lex)
        and not _names(bases, s, e)
        and not lex.aggregate_all.search(folded, s, e)
        and not lex.recalls.search(folded, s, e)
        and not _accident_deaths(folded, s, e, lex)
        and not _since_start_spans(folded, s, e, lex)
        and not _summed_toll(folded, s, e, lex)
    )


def _summed_toll(folded: str, s: int, e: int, lex: Words) -> bool:
    """Pattern: a toll summed over time, told of many attacks or of the campaign ("In all, the attacks have killed
    three US soldiers", "The group's attacks have left three Americans dead", "Gli attacchi hanno finora ucciso tre
    soldati", "Saldırılarda şimdiye kadar üç asker öldü"): a word of summing (`cumulative`) with a noun of many attacks
    (`attack_series`), or with a verb of an office's running count (`tallied`: "To date the Pentagon has counted three
    service members killed", "Bislang zählte das Pentagon drei Getötete"), makes the sentence the campaign's tally. A
    singular attack sums only its own dead ("So far the attack has killed two soldiers"), and with a word of a first
    the sum compares ("the attack has killed two soldiers, the deadliest of the attacks so far")."""
    series = lex.attack_series.search(folded, s, e) is not None or lex.tallied.search(folded, s, e) is not None
    summed = series and lex.cumulative.search(folded, s, e) is not None
    return summed and not _first_before(folded, s, e, lex)


SINCE_START_WORDS = 4  # words between a since-word and the word of beginning: "since [the war in Gaza] began"


def _first_before(folded: str, s: int, at: int, lex: Words) -> bool:
    """A word of a first or a superlative (`firsts`: "the first", "the deadliest") in folded[s:at]: what follows at
    `at` compares, it counts nobody."""
    return pattern(lex, "<firsts>").search(matchable(folded), s, at) is not None


def _since_start_spans(folded: str, s: int, e: int, lex: Words) -> Spans:
    """Pattern: a span counted from a beginning named by its word, no date ("since the attacks began", "since the war in
    Gaza began", "depuis le début des attaques", "desde que comenzaron los ataques", "seit Beginn der Angriffe"): a
    campaign's tally, not one attack's toll. A weapon between the two words makes the since-word another preposition
    ("с беспилотника началась": an attack by drone began). After a word of a first it compares ("the first time since
    the war began that US soldiers were killed", "os primeiros ... mortos ... desde o início da guerra"): those dead
    are the attack's."""
    text = matchable(folded)
    began = pattern(lex, rf"(?:\s[^\s,;:.]+){{0,{SINCE_START_WORDS}}}?\s<began>")
    spans = []
    for w in lex.since.finditer(folded, s, e):
        m = began.match(text, w.end())
        if m is None or m.end() > e or lex.weapons.search(folded, w.end(), m.end()) is not None:
            continue
        if not _first_before(folded, s, w.start(), lex):
            spans.append((w.start(), m.end()))
    return tuple(spans)


def _toll_elsewhere(doc: Doc, s: int, e: int, claim: Draft, gaz: Gazetteer) -> bool:
    """Pattern: a toll told in a sentence opened as a separate story that tells an attack of its own ("Separately, a
    car bomb killed 12 people", "Par ailleurs, un attentat a fait 12 morts"; not "Meanwhile, Kan reported 22 more
    soldiers lightly hurt", which tells no attack), or placed in a country other than the claim's ("A car bomb killed 12
    people in Baghdad" after an attack on al-Tanf in Syria, or after one on Harir, a city far from the base): another
    event's dead."""
    if opens_with(doc.lex, "separate", doc.folded, s) and any(s <= c < e for c in doc.cues):
        return True
    if head_final(doc.lex):
        return False  # the countries a weapon came from are not told apart there yet ("イラクからのドローン")
    if _strike(doc.folded, s, e, doc.lex) is not None or doc.lex.recalls.search(doc.folded, s, e) is not None:
        return False  # "It killed two soldiers, hours before a US airstrike in Iraq": the country is the strike's
    country = claim.country or next((gaz.by_id[bid].country for bid, bs, _ in doc.bases if claim.place[0] <= bs < claim.place[1]), None)
    named = _countries_hit(doc.folded, s, e, doc.lex, gaz)
    if country is not None and bool(named) and country not in named:
        return True
    # "A drone struck the Harir base on Sunday. A car bomb killed 12 people in Baghdad.": a city far from the claim's
    # base, not named in the claim's sentence, places the toll in another event
    base = next((bid for bid, bs, _ in doc.bases if claim.place[0] <= bs < claim.place[1]), None)
    if base is None:
        return False
    cs, ce = claim.sentence
    return bool(gaz.towns_far_from(base, TOWN_KM, doc.folded, s, e)) and not gaz.towns_far_from(base, TOWN_KM, doc.folded, cs, ce)


TOWN_KM = 100.0  # a city this far from a claim's base is no place of its toll (Erbil city to Harir: 60 km)


CITY_BASE_REACH = 30  # characters before a city where a base noun makes the city the base's locator ("the base west of Baghdad")


def _far_cities(d: Draft, folded: str, s: int, e: int, lex: Words, gaz: Gazetteer) -> Spans:
    """Cities far from the claim's base that a sentence telling more of the claim names, not as the base's locator
    ("The attack came as clashes in Kirkuk killed four people" after rockets on Ain al-Asad; not "the base west of
    Baghdad"): a toll in their clause is theirs (`_placed_away`)."""
    base = next((b for b, _, _ in gaz.find_bases(folded, *d.place)), None) if d.base_hint else None
    if base is None:
        return ()
    far = gaz.towns_far_from(base, TOWN_KM, folded, s, e)
    return tuple((ts, te) for ts, te in far if lex.base_nouns.search(folded, max(s, ts - CITY_BASE_REACH), ts) is None)


def _told_of_a_time_since(doc: Doc, s: int, ps: int, when: SentenceDate | None) -> bool:
    """Pattern: the place is told after a span's start and its time ("Sunday's attack was the first on US forces since
    late January, when the Islamic Resistance attacked a US base in Jordan, killing three soldiers", "il primo attacco
    ... dalla fine di gennaio, quando ..."): the attack of that earlier time, recalled, with its own toll, not one of the
    day the sentence names first."""
    folded, lex = doc.folded, doc.lex
    since = lex.since.search(folded, s, ps)
    if since is None or (when is not None and when.span[0] >= since.end()):
        return False  # no span before the place, or the sentence's day is told after it (the place's own)
    hi = min(ps, since.end() + SINCE_TIME_REACH)
    dated = any(since.end() <= m.start < hi and m.month is not None for m in doc.dates)
    return dated or bare_month(folded, doc.dates, since.end(), hi, lex) is not None


SINCE_TIME_REACH = 30  # characters after a span's start where its time is named ("since late January")


def _toll_of_another_time(doc: Doc, s: int, e: int, ps: int, pe: int, when: SentenceDate | None) -> bool:
    """Pattern: after the dated attack on the place, a clause of its own tells deaths with a time of their own ("Two
    drones targeted Tower 22 on Tuesday, where three soldiers were killed in January", "..., the base where three US
    soldiers died in a drone attack on January 28", "..., where three soldiers were killed last month"): the deaths of
    that other time (recalled), not this attack's toll. A head-final language tells that clause before the place,
    after the attack's day ("Salı günü iki İHA, ocak ayında üç ABD askerinin öldüğü Kule 22 üssünü hedef aldı")."""
    if when is None:
        return False
    folded, lex = doc.folded, doc.lex
    if head_final(lex) and when.span[1] <= ps:
        for cue in (m for cat in (lex.killed, lex.wounded) for m in cat.finditer(folded, when.span[1], ps)):
            if _other_time_in(doc, when.span[1], cue.start(), when):
                return True
    for cue in (m for cat in (lex.killed, lex.wounded) for m in cat.finditer(folded, pe, e)):
        lo, hi = _clause(folded, s, e, cue.start(), cue.end())
        if lo <= pe or lo <= when.span[0] < hi or lex.since.search(folded, lo, hi) is not None:
            continue  # the toll shares the place's clause, its clause holds the attack's own day, or counts from a time ("since January")
        if _other_time_in(doc, lo, hi, when):
            return True
    return False


def _other_time_in(doc: Doc, lo: int, hi: int, when: SentenceDate) -> bool:
    """folded[lo:hi] names a time not the attack's: a date or a bare month of another day or month, or a past time
    ("last month")."""
    folded, lex, day = doc.folded, doc.lex, when.value
    own = [m for m in doc.dates if lo <= m.start < hi and not (m.stamp or m.since) and m.month is not None]
    if any(m.month != day.month or (m.day is not None and m.day != day.day) for m in own):
        return True
    month = bare_month(folded, doc.dates, lo, hi, lex)  # "in January"
    if month is not None and month != day.month:
        return True
    return lex.past_times.search(folded, lo, hi) is not None


def _far_city_tolls(doc: Doc, s: int, e: int, ps: int, pe: int, gaz: Gazetteer) -> Spans:
    """Pattern: after the base's attack, the same sentence tells deaths in a city far from the base ("Rockets hit Ain
    al-Asad on Sunday as a suicide bomber killed 12 people in a Baghdad market"): that city, named after the casualty
    word with no base or base noun between, is where those deaths were. Not a city that only says where the base lies
    ("killed two soldiers at the base west of Baghdad") or is told before the toll."""
    base = next((bid for bid, bs, _ in doc.bases if bs == ps), None)
    if base is None:
        return ()
    folded, lex = doc.folded, doc.lex
    far = gaz.towns_far_from(base, TOWN_KM, folded, pe, e)
    if not far:
        return ()
    hurt = [m.start() for cat in (lex.killed, lex.wounded) for m in cat.finditer(folded, pe, e)]
    out = []
    for ts, te in far:
        cue = max((c for c in hurt if c < ts), default=None)
        if cue is not None and lex.base_nouns.search(folded, cue, ts) is None and not any(cue <= bs < ts for _, bs, _ in doc.bases):
            out.append((ts, te))
    return tuple(out)


def _day_named_attack(doc: Doc, s: int, e: int) -> bool:
    """ "The Saturday attack appears to be ...", "Saturday's attack marks ...": an attack named by its weekday (the
    weekday written right before the attack noun, a possessive between at most) is the one told before, on that day."""
    nouns = pattern(doc.lex, "<attack_nouns>")
    text = matchable(doc.folded)
    for m in doc.dates:
        if s <= m.start < e and m.weekday is not None and m.day is None and not m.since:
            at = m.end + (2 if doc.folded.startswith("'s", m.end) else 0)
            if text[at : at + 1] == " " and nouns.match(text, at + 1) is not None:
                return True
    return False


def _dated_plural_anaphora(doc: Doc, s: int, e: int, dates: list[SentenceDate]) -> bool:
    """Pattern: "these attacks" is both a pointer back and a word of a tally ("Bu saldırılar Ekim'den beri sürüyor":
    these attacks have gone on since October); with a day written out in full in its sentence ("Bu saldırılar, 26
    Aralık Salı sabahı gerçekleşti": these attacks took place on Tuesday 26 December) it names the attacks told
    before, on that day: no tally has one day."""
    if not any(x.basis == "explicit" for x in dates):
        return False
    lex, folded = doc.lex, doc.folded
    pointers = [(m.start(), m.end()) for m in lex.anaphora.finditer(folded, s, e)]
    counts = lex.aggregate_all.finditer(folded, s, e)
    return bool(counts) and all((m.start(), m.end()) in pointers for m in counts)


def _names_group(doc: Doc, s: int, e: int, actor: str | None, gaz: Gazetteer) -> bool:
    """The sentence names the campaign group `actor` (a claim's actor; a claim with none names no group)."""
    return actor is not None and gaz.find_actor(doc.folded, s, e) == actor


def _group_arms_claim(doc: Doc, s: int, e: int, d: Draft, dates: list[SentenceDate], gaz: Gazetteer) -> bool:
    """Pattern: the sentence right after a claim with no weapon has the claim's own group as its actor, an attack
    word and a weapon, and names no base and no day ("... came under attack by the Islamic Resistance in Iraq. The
    Islamic Resistance in Iraq attacked with drones.", Korean "IRI는 자폭 무인기를 이용해 공격을 가했다"): the group's
    means for that attack, told on. A count of its attacks ("has attacked bases 150 times") is a tally, no means."""
    folded, lex = doc.folded, doc.lex
    if d.weapon != "unknown" or dates or _names(doc.bases, s, e) or not _within(doc.weapons, s, e):
        return False
    if lex.aggregate_all.search(folded, s, e) or lex.threat.search(folded, s, e) or lex.attack.search(folded, s, e) is None:
        return False
    return _names_group(doc, s, e, d.actor, gaz)


def _added_targets(doc: Doc, s: int, e: int, found: list[Draft]) -> bool:
    """Pattern: a sentence points back at the attack told before and then adds the places it names with an additive
    word ("claimed the attack, adding that it also launched a drone at Green Village", "reivindicou o ataque e também
    ..."): those are more attacks beside that one, which stays the story's ("the strike" after them is that one)."""
    folded, lex = doc.folded, doc.lex
    if not _refers_back(folded, s, e, lex):
        return False
    back = min(m.start() for m in lex.anaphora.finditer(folded, s, e))
    first = min(d.place[0] for d in found)
    return pattern(lex, r"<additive>").search(matchable(folded), back, first) is not None


def _points_at_told_strike(doc: Doc, n: int) -> bool:
    """Pattern: every pointer back of the sentence names its event by the noun of the state's strike the sentence before
    tells, recalled or not ("The rocket attack came after US forces carried out a strike in Iraq last week. The strike,
    which Iraqi sources said left four dead, ..."): the pointer is at that strike, the last event told, and what it goes
    on to tell (its dead) is the strike's, not the militia attack's told before it."""
    if n == 0:
        return False
    folded, lex = doc.folded, doc.lex
    strike = _strike(folded, *doc.sentences[n - 1], lex)
    pointers = list(lex.anaphora.finditer(folded, *doc.sentences[n]))
    if strike is None or not pointers:
        return False
    told = set(folded[strike.start() : strike.end()].split())
    return all(folded[m.start() : m.end()].split()[-1] in told for m in pointers)


def _refers_back(folded: str, s: int, e: int, lex: Words) -> bool:
    """The sentence points back at the attack told before ("the attack", "удар"), not only by the noun of a state's
    strike ("в результате удара США", as a result of the US strike: that strike, another event)."""
    if lex.aggregate_all.search(folded, s, e):
        return False
    strikes = [(m.start(), m.end()) for m in lex.state_strike.finditer(folded, s, e)]
    return any(not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in strikes) for m in lex.anaphora.finditer(folded, s, e))


def _sums_told_attacks(doc: Doc, s: int, e: int, drafts: list[Draft], before: Draft) -> bool:
    """Pattern: a sentence whose only pointer back names several attacks ("the attacks", "these attacks", "les
    attaques") after the story told attacks on more than one place, the last of them with a toll of its own: its toll
    is their sum (or another count of all of them), and the last claim keeps its own."""
    folded, lex = doc.folded, doc.lex
    if before.killed is None and before.wounded is None:
        return False
    series = [(m.start(), m.end()) for m in lex.attack_series.finditer(folded, s, e)]
    pointers = list(lex.anaphora.finditer(folded, s, e))
    plural = bool(pointers) and all(any(m.start() <= a < m.end() for a, _ in series) for m in pointers)
    places = {_base_at(doc, d.place[0]) or folded[slice(*d.place)] for d in drafts if not d.background}
    return plural and len(places) > 1


def _reported_after_claim(folded: str, s: int, at: int, lex: Words) -> bool:
    """Pattern: the day stands in the words a statement reports, after its word of claiming and the complementizer
    that opens them ("the service said in a statement that the drone was launched late yesterday", "in un comunicato,
    aggiungendo che il drone era stato lanciato ieri"): the day of what the statement tells, not of the statement."""
    claim = lex.claimed.search(folded, s, at)
    return claim is not None and lex.complementizers.search(folded, claim.end(), at) is not None


def _only_statement_days(folded: str, s: int, e: int, dates: list[SentenceDate], lex: Words) -> bool:
    """Pattern: "Singh said on Monday, August 19, that the wounded were treated": a sentence that tells no attack (no
    attack word but its casualty words) and whose days are all a statement's dates the statement, not the attack a page
    dated only by publication told before it ("CENTCOM said on Saturday, January 20, that the base was attacked" still
    dates the attack it tells)."""
    harm = [(m.start(), m.end()) for words in (lex.killed, lex.wounded) for m in words.finditer(folded, s, e)]
    if any(not any(a <= m.start() < b for a, b in harm) for m in lex.attack.finditer(folded, s, e)):
        return False
    return all(_said_on(folded, s, e, x.span, lex, len(dates) > 1) for x in dates)


def _unstamped(d: Draft, doc: Doc, dates: list[SentenceDate]) -> Draft:
    """A claim dated only by the page's own day, carried down from a dateline ("2024-08-11, 06:54"), is as undated as
    one dated by publication when a later sentence about the attack names an earlier day ("the Friday attack")."""
    ref = doc.reference if doc.reference_known else None
    stamp = ref is not None and d.date is not None and d.date_basis == "inherited" and d.date.value == ref
    return replace(d, date_basis="publication") if stamp and ref is not None and dates and dates[0].value < ref else d


def _enrich(
    d: Draft,
    folded: str,
    s: int,
    e: int,
    dates: list[SentenceDate],
    lex: Words,
    gaz: Gazetteer,
    weapons: list[WeaponHit],
    names: tuple[tuple[int, int], ...],
    counted: bool = False,
    tallies: Spans = (),
    sentences: Sequence[tuple[int, int]] = (),
) -> Draft:
    """A sentence about "the attack" fills what the previous claim lacks (weapon, toll, actor). `counted`: it or the
    sentence before it counts the campaign's attacks, so a figure it gives may be the campaign's, not the attack's.
    `sentences`: the article's, to read a day the claim carried from an earlier sentence in its own sentence."""
    actor = gaz.find_actor(folded, s, e) if lex.claimed.search(folded, s, e) is not None else None
    # an official's statement ("ЦЕНТКОМ сообщило в субботу, что база подверглась нападению": the verbs of claiming
    # are also plain verbs of saying in some packs) with no group named in it is no militia's claim: its day may
    # date the attack as an English "CENTCOM said on Saturday" does
    official = actor is None and lex.confirmed.search(folded, s, e) is not None
    claim_sentence = lex.claimed.search(folded, s, e) is not None and not official
    skip, away = tuple(x.span for x in dates) + names, tuple(gaz.elsewhere_in(folded, s, e)) + tallies + _far_cities(d, folded, s, e, lex, gaz)
    if any(len(folded[s:a].split()) <= FRONTED_WORDS and not _CLAUSE_PUNCT_ANY.search(folded, s, a) for a, _ in tallies):
        skip += ((s, e),)  # "Since October 17, three US soldiers have been killed.": a fronted span start makes it all a tally
    if _summed_toll(folded, s, e, lex):
        skip += ((s, e),)  # "In all, the attacks have killed three US soldiers": the campaign's dead, summed
    killed, wounded, side = _casualties(folded, s, e, lex, skip, away)
    if killed and gaz.find_media(folded, s, e) is not None and not _relayed_known_deaths(d, folded, killed, gaz):
        # "Das al-Mayadeen-Netzwerk gab außerdem bekannt, dass bei dem Angriff ... vier Menschen getötet wurden": deaths
        # a party's outlet gives, told after the claim, are its word (as on a page it published: `_party_outlet`)
        killed = None
    others = killed and (_militia_victims(folded, s, e, lex.killed, lex, skip, away) or _insurgent_victims(folded, s, e, lex, skip, away, gaz))
    killed = None if others else killed
    if not counted:  # after a count of the campaign's attacks, a larger or risen figure is the campaign's (`_takes_wounded`)
        risen = _risen(folded, s, e, lex, skip, away)
        if risen or d.provisional:  # nothing risen and no floor held: `_outdone` would change nothing, so no floor is read
            d = _outdone(d, killed, wounded, risen, _provisional(folded, s, e, lex, skip, away, risen))
    # "The attack ... initially reported no casualties ... Ryder disclosed the number of injuries on Tuesday": a claim
    # told as a follow-up (a first figure superseded) is older than the day its new figures were disclosed on
    disclosed = bool(dates) and lex.superseded.search(folded, *d.sentence) is not None and lex.speech.search(folded, s, dates[0].span[0]) is not None
    if (
        dates
        and d.date_basis == "publication"
        and (not claim_sentence or killed is not None or wounded is not None or _reported_after_claim(folded, s, dates[0].span[0], lex))
        and not disclosed
        and not (killed is None and wounded is None and _only_statement_days(folded, s, e, dates, lex))
    ):
        # a headline dated only by publication, then "The attack on the base happened on Tuesday": that day; or the
        # day an announcement of its toll names ("أعلن الجيش الأمريكي، الأحد، مقتل ثلاثة من جنوده": on Sunday, three killed)
        d = replace(d, date=dates[0], date_basis=dates[0].basis)
    elif (
        d.date is None
        and (told := _full_day(dates))
        and _weekday_fits(d.weekday, told)
        and (not claim_sentence or killed is not None or wounded is not None)
        and not _names_attack_on_another_day(folded, s, e, told, names, lex)
    ):
        # an undated page whose claim names no day, then "The incident occurred on August 9, 2024": a day written in
        # full (it needs no publication day to count from) is the attack's; so it is after a weekday the claim took
        # from its statement ("..., officials said Wednesday. The attack took place on Tuesday 16 July")
        d = replace(d, date=told, date_basis=told.basis, weekday=None)
    if dates and d.date and all(x.value != d.date.value for x in dates):
        day = d.date.value
        earlier = [x for x in dates if 0 < (day - x.value).days <= CLAIM_LAG_DAYS and not _said_on(folded, s, e, x.span, lex, len(dates) > 1)]
        if earlier and _claim_day(folded, d, lex, next(((a, b) for a, b in sentences if a <= d.date.span[0] < b), None)):
            # "The IRI claimed on Tuesday a drone attack on Eilat. The group said the operation was carried out on
            # Monday.": the day of the claim stood for the attack's only until the attack's own day is told
            d = replace(d, date=earlier[0], date_basis=earlier[0].basis)
            return replace(d, actor=d.actor or actor, status="claimed" if actor and d.status == "reported" else d.status)
        # "... on Monday claimed responsibility for the attack": the day of the claim, not of the attack
        d = replace(d, actor=d.actor or actor, status="claimed" if actor and d.status == "reported" else d.status)
        if not (killed and d.killed is None and all(x.value > day for x in dates)):
            later = all(x.value > day for x in dates) and _refers_back(folded, s, e, lex)
            if later and wounded and not counted and (d.wounded is None or _fuller_wounded(d, wounded, names)):
                # "According to a report on Tuesday, at least 40 troops were also wounded in the attack": a fuller count
                # of the attack's wounded, told on a later day, is its toll all the same (the day stays the attack's)
                return replace(d, wounded=wounded, side=d.side or side)
            return d
        if _attack_of_its_own(folded, s, e, lex, skip, away) and not _refers_back(folded, s, e, lex):
            return d
        # "One of them died of his injuries on Tuesday": a death on a later day, told of this attack or with no
        # attack of its own, is this attack's toll (the day stays the attack's)
        return replace(d, killed=killed, side=d.side or side)
    if d.side is not None and d.killed is None and d.wounded is None and not killed and not wounded:
        killed = wounded = None  # "Several US personnel were injured" then "... causing no damage": no toll of none
    if (d.killed or d.wounded) and d.side is not None and not killed and not wounded and (killed == 0 or wounded == 0):
        # "... killing six SDF fighters. No casualties were reported among US troops.": a none told of another side
        # than the toll's says nothing of the toll's side (its wounded stay untold, not none)
        denied_side = side or _victims_side(folded, s, e, lex)
        if denied_side is not None and denied_side != d.side:
            killed = wounded = None
    # "No American casualties were reported." then "At least seven SDF fighters were killed in the attack": the local
    # partners' dead or wounded, counted later, outrank a "none" that told of the Americans (a death of our own side
    # told after "minor injuries" stays out: "a contractor died of cardiac arrest while sheltering"), unless the count
    # names a base or another weapon ("six fighters were killed in the drone attack" after a rocket attack's "none"),
    # whose own attack it may tell
    if d.killed and _attackers_toll(folded, *d.sentence, lex, gaz) is not None and _denial(folded, s, e, lex):
        # "The group said it killed 45 US soldiers at Ain al-Asad. The Pentagon said no US personnel were hurt.": the
        # claim's deaths were the attackers' word, and the officials deny them: no toll of the attack
        d = replace(d, killed=0, wounded=0 if lex.no_casualties.search(folded, s, e) else None, side=None)
        killed, wounded = None, None
    if d.wounded and wounded and not killed and not counted and not names and _more_wounded(folded, s, e, lex, skip, wounded):
        # "Two soldiers were seriously hurt. 22 more suffered light injuries.": 24; not beside a count of the dead
        # ("..., killing two soldiers and wounding 23 others": others than the dead, the toll told again)
        wounded = d.wounded + wounded
    also_wounded = bool(wounded) and not killed and not counted and not names and side is not None and _also_told(folded, s, e, lex, lex.wounded)
    if also_wounded and wounded and d.wounded and d.side and side != d.side:
        # "Five US troops were injured ... One Iraqi soldier was also hurt.": wounded of another side, told with an
        # additive word beside the wound, are more victims of the attack (its toll is the sum, the side the first's)
        wounded, side = d.wounded + wounded, d.side
    other_weapon = d.weapon != "unknown" and bool(weapons) and all(w[2] != d.weapon for w in weapons)
    partners = side == "partner" and not names and not other_weapon
    outranked = partners and ((d.killed == 0 and bool(killed)) or (d.wounded == 0 and bool(wounded)))
    if d.killed and killed and _also_told(folded, s, e, lex) and _named_dead(folded, s, e, lex) == killed:
        # "Cpl. A was killed by the drone. Sgt. B was also killed.": the dead named one by one after add up (a count
        # with "also", "the attack also killed three soldiers", may tell the same dead again: it does not add)
        killed = d.killed + killed
        d = replace(d, killed=None)
    return replace(
        d,
        weapon=d.weapon if d.weapon != "unknown" or not weapons else weapons[0][2],
        killed=d.killed if d.killed is not None and not (partners and d.killed == 0 and killed) else killed,
        wounded=wounded if _takes_wounded(d, wounded, partners, names, counted) and not _first_figure(d, folded, s, e, lex, skip, away) else d.wounded,
        # the side of the count that fills a toll the claim lacked outranks a side told with no count ("several
        # fighters of forces led by Kurds working with the Americans died ... seven SDF fighters were killed")
        side=side
        if outranked or (side is not None and d.killed is None and d.wounded is None and (killed or wounded))
        else d.side or (side if (killed, wounded, d.killed, d.wounded) != (None,) * 4 else None),  # a side word where no
        # count is ("no casualties were reported among the US forces", its phrase unknown) names no victims' side
        actor=d.actor or actor,
        status="claimed" if actor and d.status == "reported" else d.status,
        added=d.added | {"wounded"} if also_wounded and d.wounded is None else d.added,
    )


def _relayed_known_deaths(d: Draft, folded: str, killed: int, gaz: Gazetteer) -> bool:
    """The count of dead is a known attack's at the claim's base (or at any base, for a claim naming none): a
    party's outlet relaying a toll the record holds (the Golan's two soldiers)."""
    bases = {b for b, _, _ in gaz.find_bases(folded, *d.place)}
    return any(killed in k.tolls and (not bases or k.base_id in bases) for k in gaz.known_attacks)


_WORD_PUNCT = ",.;:!?\"'«»()"  # punctuation written onto a word ("also,")
ALSO_GAP = 1  # words between a death word and the additive word that says its dead come on top ("was also killed", "נהרג גם")


def _also_told(folded: str, s: int, e: int, lex: Words, cue: Category | WindowCategory | None = None) -> bool:
    """Pattern: a word of death (or of `cue`: wounding) with an additive word right beside it ("was also killed", "also
    died", "נהרג גם", "murió también", "was also hurt"), in a sentence that goes on with the claim: its victims are more
    victims of the same attack, not its toll again."""
    also = pattern(lex, r"<additive>")
    for k in (cue or lex.killed).finditer(folded, s, e):
        before = folded[max(s, k.start() - 30) : k.start()].split()[-(ALSO_GAP + 1) :]
        after = folded[k.end() : min(e, k.end() + 30)].split()[: ALSO_GAP + 1]
        if any(also.fullmatch(w.strip(_WORD_PUNCT)) for w in (*before, *after)):
            return True
    return False


def _attack_of_its_own(folded: str, s: int, e: int, lex: Words, skip: Spans, away: Spans) -> bool:
    """An attack word in folded[s:e] outside the phrase of its death toll: a word of wounding between the count and
    its death word describes the victims ("one of the two wounded soldiers died on Monday", "توفي أحد الجنديين
    المصابين"), it tells of no attack of its own."""
    found = _count_found(folded, s, e, lex.killed, lex, skip, away)
    if found is None:
        return lex.attack.search(folded, s, e) is not None
    at = found[1]
    death = next((k for k in lex.killed.finditer(folded, s, e) if k.start() >= at), None) or lex.killed.search(folded, s, at)
    if death is not None and death.start() >= at:
        lo, hi = at, death.end()
    else:  # the death word first ("توفي أحد الجنديين المصابين"): the victims described after the count, to its clause's end
        lo, hi = (death.start() if death is not None else at), _clause(folded, s, e, at, at)[1]
    return any(not lo <= w.start() < hi for w in lex.attack.finditer(folded, s, e))


def _first_figure(d: Draft, folded: str, s: int, e: int, lex: Words, skip: Spans, away: Spans) -> bool:
    """Pattern: a wounded figure told as the first one since replaced ("the monitor had initially reported five dead
    and about twenty wounded", "أشار في حصيلة أولية إلى ... وإصابة نحو عشرين"): a word of a first figure before it in
    its clause, however many counts of that first toll stand between. It replaces no figure the claim `d` holds, larger
    or not (with none held, it is the only figure told)."""
    if d.wounded is None:
        return False
    found = _count_found(folded, s, e, lex.wounded, lex, skip, away)
    if found is None:
        return False
    lo, _ = _clause(folded, s, e, found[1], found[1])
    return lex.superseded.search(folded, lo, found[1]) is not None


def _takes_wounded(d: Draft, wounded: int | None, partners: bool, names: tuple[tuple[int, int], ...], counted: bool) -> bool:
    """Whether the sentence's wounded figure replaces the claim's: the claim has none, a local partners' count outranks
    a "none", or it is the fuller count (`_fuller_wounded`) and no count of the campaign's attacks stands beside it."""
    return d.wounded is None or (partners and d.wounded == 0 and bool(wounded)) or (_fuller_wounded(d, wounded, names) and not counted)


def _fuller_wounded(d: Draft, wounded: int | None, names: tuple[tuple[int, int], ...]) -> bool:
    """ "... two others were badly hurt." then "The army said 24 soldiers were wounded in the attack.", or "more than
    20 wounded" then "25 wounded": a larger wounded figure told later of the same attack, naming no base, is the
    fuller count (the first was a part or a lower bound). Only the wounded: a death toll is never raised so. Not after a
    count of the campaign's attacks ("US forces have been attacked 66 times since October. At least 62 troops have been
    wounded in the attacks."): that figure is the campaign's (the caller's `counted`)."""
    return d.wounded is not None and d.wounded > 0 and wounded is not None and wounded > d.wounded and not names


def _outdone(d: Draft, killed: int | None, wounded: int | None, risen: dict[str, int], provisional: frozenset[str]) -> Draft:
    """Pattern: a later sentence of the attack replaces a figure ("more than 20 wounded ... 24 soldiers were wounded in
    the attack"; "initially 25 wounded ... the number has risen to 40"): a count told as risen or revised replaces the
    claim's, and a larger count replaces one the claim holds as a floor or a first figure."""

    def outdoes(name: str, value: int | None, held: int | None) -> bool:
        return value is not None and (name in risen or (name in d.provisional and held is not None and value > held))

    fields = {name for name, value, held in (("killed", killed, d.killed), ("wounded", wounded, d.wounded)) if outdoes(name, value, held)}
    if not fields:
        return d
    keep = {x for x in d.provisional if x not in fields} | {x for x in fields if x in provisional}
    return replace(
        d,
        killed=killed if "killed" in fields else d.killed,
        wounded=wounded if "wounded" in fields else d.wounded,
        provisional=frozenset(keep),
    )


CLAIM_LAG_DAYS = 3  # how many days before its claim an attack told later in the story may have taken place


def _claim_day(folded: str, d: Draft, lex: Words, carried: tuple[int, int] | None = None) -> bool:
    """The claim's day is written right after a verb of claiming ("claimed on Tuesday a drone attack", "a revendiqué
    mardi une attaque", "reivindicó el martes") or right before it ("on Tuesday claimed"): the day the group claimed
    it, not necessarily the attack's. So is a day written beside a verb of saying ("..., officials said Monday").
    `carried`: the sentence before the claim's that the claim's day was carried down from ("The Pentagon said on
    Tuesday that it struck back. Militias fired missiles at the base."), read the same way."""
    if d.date is None:
        return False
    at, end = d.date.span
    s, e = carried if carried is not None and d.date_basis == "inherited" and carried[0] <= at < carried[1] else d.sentence
    if at < s or at > e:
        return False
    for words in (lex.claimed, lex.speech, lex.confirmed):  # "..., officials said Monday.": the day of the statement, as of a claim
        verbs = words.finditer(folded, max(s, at - CLAIM_DAY_REACH), at)
        if verbs:
            gap = verbs[-1].end()
            # "The Pentagon confirmed the incident on Tuesday": the verb's object, a pointer back at the attack, between
            obj = lex.anaphora.search(folded, gap, at)
            gap = obj.end() if obj is not None and not folded[gap : obj.start()].strip() else gap
            if len(folded[gap:at].split()) <= 1:
                return True
        after = words.search(folded, end, min(e, end + CLAIM_DAY_REACH))
        if after is not None and not folded[end : after.start()].strip():
            return True
    return False


CLAIM_DAY_REACH = 30  # characters from a verb of claiming to the day written right after it


def _weekday_fits(weekday: int | None, told: SentenceDate) -> bool:
    """A claim's weekday (None: none) leaves room for a day written in full later: the same weekday, or one at most
    CLAIM_LAG_DAYS after it (the day a statement reported the attack on)."""
    return weekday is None or (weekday - told.value.weekday()) % 7 <= CLAIM_LAG_DAYS


def _full_day(dates: list[SentenceDate]) -> SentenceDate | None:
    """The first day a sentence writes in full (day, month and year), as no publication day is needed to read it."""
    return next((x for x in dates if x.basis == "explicit"), None)


def _drop_covered(
    drafts: list[Draft], folded: str, gaz: Gazetteer, stamp: date | None = None, other_time: Callable[[Draft, Draft], bool] = lambda d, named: False
) -> list[Draft]:
    """A vague "American bases in Syria" is dropped when a named base of that country and day is claimed; a
    headline's "US base in Syria" with no day of its own, when a base of that country is named at all. An undated
    vague mention whose sentence names a month alone, away from the named claim's, told of another time: it gives
    that claim nothing ("... the base in Rimelan. In February, five fighters died in an attack on a US base in
    Deir ez-Zor": no reference day says February is earlier, but the month says it is not the story's day)."""
    if not any(_vague(d) for d in drafts):
        return drafts  # nothing vague to cover
    named = {i: replace(d, country=_base_country(d, folded, gaz)) for i, d in enumerate(drafts) if d.base_hint}
    keep = dict(enumerate(drafts))
    for i, d in enumerate(drafts):
        # a place the gazetteer's context ties to one base ("a base in the Iraqi city of Erbil") is no vague mention
        vague = _vague(d) and gaz.find_context(folded, *d.place) is None
        cover = next((j for j, n in named.items() if _covers(n, d, stamp)), None) if vague else None
        if cover is None and vague and (dated := _dated_by(named, d, stamp, folded, gaz)):
            for j in dated:
                keep[j] = replace(keep[j], date=d.date, date_basis=d.date_basis)
            cover = dated[0]
        if cover is not None:
            del keep[i]
            # "six fighters were killed at a US site in Syria ... at al-Omar": the toll is al-Omar's; not one recalled
            # ("The attacks came after an explosion hit a base south of Baghdad that killed one PMF member": another event)
            elsewhen = d.date is None and d.sentence != keep[cover].sentence and other_time(d, keep[cover])
            if not d.plural and not d.background and not elsewhen:
                keep[cover] = _fill(keep[cover], d)
    return [keep[i] for i in sorted(keep)]


def _own_weekday(doc: Doc, d: Draft, named: Draft) -> bool:
    """Pattern: on a page no day resolves, a vague mention that tells an attack of its own on a weekday the named
    claim's sentence, told before it, does not name, without pointing back at it ("drones were launched at Ain al-Asad ... On Saturday,
    an explosion at a military base in Iraq killed a member of the PMF"): another attack of another day, whose toll is
    not the named base's. "The attack on Saturday on a US base in Iraq wounded two" points back and tells the same."""
    (s, e), (ns, ne) = d.sentence, named.sentence
    if s < ns or _refers_back(doc.folded, s, e, doc.lex):
        return False  # "On Monday, ... killed in an attack on a US base in Deir ez-Zor. The target was al-Omar": named after
    told = {m.weekday for m in doc.dates if ns <= m.start < ne and m.weekday is not None}
    own = _own_weekdays(doc, s, e)
    return bool(own) and all(m.weekday not in told for m in own)


def _dated_by(named: dict[int, Draft], d: Draft, stamp: date | None, folded: str, gaz: Gazetteer) -> list[int]:
    """The claims a vague mention dates: those of the only named base of its country, claimed with no day of their
    own, when the mention tells the day, at most DATED_BY_DAYS before the page's ("the rocket attack happened at Al
    Asad air base", then "five were wounded in last night's attack on a base in Iraq": Al Asad's attack, last night)."""
    if d.date is None or d.date_basis not in ("explicit", "relative") or d.plural or d.background or d.country is None or stamp is None:
        return []
    if not 0 <= (stamp - d.date.value).days <= DATED_BY_DAYS:
        return []
    same = [j for j, n in named.items() if n.country == d.country]
    bases = {hits[0][0] if (hits := gaz.find_bases(folded, *named[j].place)) else named[j].place for j in same}
    if len(bases) != 1 or any(named[j].date_basis not in (None, "publication") or named[j].background for j in same):
        return []
    return same


def _vague(d: Draft) -> bool:
    """A place that names no base but a country or several places ("US base in Syria", "American bases")."""
    return not d.base_hint and not d.other and (d.plural or d.country is not None)


def _fill(d: Draft, other: Draft) -> Draft:
    """What `other`, a mention of the same attack, knows and `d` does not. A count beats a none: "No casualties
    were reported among U.S. troops" at the named base, "the attack on a base in eastern Syria killed six allied
    fighters": the denial spoke of one side, the count is the attack's toll. Wounded the named claim was told of as
    more victims ("One Iraqi soldier was also hurt"), of another side than the mention's, add to the mention's count
    ("five US troops were injured in an attack on an air base in western Iraq"), whose side stays the claim's."""
    if "wounded" in d.added and d.wounded and other.wounded and other.side is not None and other.side != d.side:
        d = replace(d, wounded=other.wounded + d.wounded, side=other.side, added=d.added - {"wounded"})
    return replace(
        d,
        weapon=d.weapon if d.weapon != "unknown" else other.weapon,
        killed=other.killed if d.killed is None or (d.killed == 0 and other.killed) else d.killed,
        wounded=other.wounded if d.wounded is None or (d.wounded == 0 and other.wounded) else d.wounded,
        side=d.side or other.side,
        actor=d.actor or other.actor,
    )


def _base_country(d: Draft, folded: str, gaz: Gazetteer) -> str | None:
    """The gazetteer's country of the base a draft names (the words around a name can mislead: "near the border with Iraq")."""
    hits = gaz.find_bases(folded, *d.place)
    return gaz.by_id[hits[0][0]].country if hits else d.country


def _covers(named: Draft, vague: Draft, stamp: date | None = None) -> bool:
    same_day = named.date is not None and vague.date is not None and named.date.value == vague.date.value
    # the vague mention gives no day of its own: none, the publication's, or the page's day carried from its dateline
    undated = vague.date_basis in (None, "publication") or (vague.date_basis == "inherited" and vague.date is not None and vague.date.value == stamp)
    return (same_day or undated) and (vague.country is None or named.country in (vague.country, None))


def _place_kind(folded: str, ps: int, pe: int, named: bool, plural: bool, lex: Words) -> PlaceKind:
    if named:
        return "named"
    if plural:
        return "several"
    return "described" if lex.base_nouns.search(folded, ps, pe) else "region"  # "in western Iraq": no base noun


def _precision(d: Draft, article: ArticleReceived) -> ClaimDatePrecision:
    """A day the text states; the publication day, or a day read against a guessed reference, is approximate."""
    if d.date is None:
        return "month" if d.month or article.published_month else "none"
    guessed = d.date.basis in ("inferred", "publication") or d.date_basis in ("inferred", "publication")
    return "approximate" if guessed else "day"


def _claim(article: ArticleReceived, text: str, d: Draft, index: int, nouns: dict[tuple[int, int], str]) -> ClaimExtracted:
    place_text = text[d.place[0] : d.place[1]].strip(" ,.;")
    if (noun := nouns.get(d.place)) is not None:  # "the Asad and Harir air bases": Asad's place is "Asad air base"
        place_text = with_noun(place_text, noun)
    evidence = text[d.sentence[0] : d.sentence[1]]
    if len(evidence) > MAX_EVIDENCE:
        lo = max(d.sentence[0], d.place[0] - MAX_EVIDENCE // 2)
        evidence = text[lo : lo + MAX_EVIDENCE]
    key = f"{article.article_id}|{index}|{fold(place_text)}|{d.date.value if d.date else ''}"
    return ClaimExtracted(
        claim_id=str(uuid.uuid5(CLAIM_NS, key)),
        article_id=article.article_id,
        source=article.source,
        url=article.url,
        published_at=article.published_at,
        place_text=place_text,
        country=d.country,
        attack_date=d.date.value if d.date else None,
        # a month the page gives, not the text: the publication's (`link._month_after` reads a later one as a recall)
        date_basis="publication" if d.date is None and d.month is None and article.published_month is not None else d.date_basis,
        date_precision=_precision(d, article),
        date_month=(d.month or article.published_month) if d.date is None else None,
        date_weekday=d.weekday if d.date is None else None,
        date_weekday_lag=d.weekday_lag if d.date is None and d.weekday is not None and d.weekday_lag else None,
        place_kind=d.kind,
        actor=d.actor,
        weapon=d.weapon,
        killed=d.killed,
        wounded=d.wounded,
        casualty_side=d.side,
        status=d.status,
        background=d.background,
        evidence=evidence,
    )
