"""Alert stage, deduplication: which attack event a claim belongs to, and what an event says. Pure.

An event is the set of its member claims; everything it says is a set function of them, so the same
claims in any order say the same thing: the day and base of its best-dated member (the anchor), the
range of tolls, the best status, the earliest publication. Its id is uuid5 of (base, anchor day): an
event whose anchor changes when a better-dated report arrives is re-keyed (an alias record), and two
events that prove one are merged.

Matching (`compatible`) is by base within a window set by the claim's date precision:
- a day that a report states (explicit or relative) only meets the same day, or the day before/after
  when both give the same toll (US and local time differ by a night);
- a day guessed from context (a weekday read against a guessed reference) is ±1 day;
- a day that is only the publication's meets attacks on it or up to REPORTED_WITHIN days before, never
  after; two such reports meet only within a day (overlapping windows prove nothing);
- a guessed day that repeats an event's deaths is that attack whatever the distance;
- a claim with no day joins only an attack that is the one answer (machine._undated_target); a dated
  claim never joins an event no report dates unless it repeats its deaths;
- two events at one base with the same deaths within a day (or one day guessed or missing) are one
  attack (`same_attack`), merged by the machine.
Outlets that disagree on the toll of one attack give one event with a range (`agreed_tolls`).
An unlinked claim joins the one linked event with its day, country and toll; "other bases" never does.
An undated unlinked report of deaths joins the one unlinked fatal event of its country with the same deaths
(`same_unnamed_deaths`), and such events found to be one are merged.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from basewatch.schemas import ClaimExtracted, EventState
from basewatch.schemas.bounds import MAX_CITED, MAX_LISTED, MAX_QUOTED
from basewatch.schemas.messages import STATUS_RANK, DatePrecision, Status, Weapon
from basewatch.services.alert.domain.state import EVIDENCE_CHARS, GUESSED_RANK, Member, anchor_of, country_of, shaping

EVENT_NS = uuid.UUID("2a7d4c8e-91b3-4f0a-8e6d-55c1f0b3a9e2")
MAX_EVIDENCE = MAX_QUOTED  # the schema's bound
FOLLOW_UP_DAYS = 14
# How a claim's day was found -> precision rank (lower is better) and the days either side it may be off.
RANK = {"explicit": 0, "relative": 1, "inherited": 2, "inferred": GUESSED_RANK, "publication": 4}
NO_DATE = 5
APPROXIMATE = 2  # ranks from here on are guessed days
PUBLICATION = 4  # the day is only the publication's
# A report dated only by its publication tells of an attack on that day or shortly before: news of an
# attack on these bases is out within two days. Measured on the dev set: 1-3 days give the same events
# with real extraction; 5 or more join distinct attacks at busy bases (gold-day claims B3 0.817 -> 0.803).
REPORTED_WITHIN = 2
PAGE_CLOCK_DAYS = 1  # a page's publication day may be the day before the attack's local day (a UTC stamp of the night)
_SLACK = {0: 0, 1: 1, 2: 1, 3: 1, 4: 1}
# A report that gives only its base fits the one attack on record there when that attack is a notable one, told by
# this many outlets at least: an undated copy is most likely of the story many outlets carried; an attack one or two
# outlets reported is no likelier its subject than an attack the feed lacks (busy bases were hit dozens of times).
NOTABLE = 3
# An undated page that reports attacks on this many bases or more (each giving only its base) is placed by the one day
# the attacks on record at all of them share: the bases hit together are its signature (two are hit together on
# many days; three on one day by chance rarely, as the attack calendar's roundups found).
TOGETHER_BASES = 3
SALVO_DAYS = 1  # bases hit in one salvo are dated a day apart by outlets (US and local time, a night's attack)
# a `date_precision` field on claims (when extraction gives one) overrides the basis
PRECISION_RANK = {"day": 1, "exact": 1, "approximate": 4, "week": 4, "month": 4, "none": NO_DATE, "unknown": NO_DATE}
# Outlets name one salvo "rockets", "missiles" or "ballistic missiles" (Arabic صواريخ is both), so those
# agree; a drone is another kind of attack.
_FAMILY: dict[Weapon, str] = {"drone": "drone", "rocket": "projectile", "mortar": "projectile", "missile": "projectile", "ballistic_missile": "projectile"}


def rank_of(claim: ClaimExtracted) -> int:
    if claim.attack_date is None:
        return NO_DATE
    precision = getattr(claim, "date_precision", None)
    if isinstance(precision, str) and precision in PRECISION_RANK:
        if precision == "approximate" and claim.date_basis != "publication":
            return RANK["inferred"]  # a guessed day: either side of it
        if precision == "day" and claim.date_basis == "explicit":
            return RANK["explicit"]  # a date written out: that day
        return PRECISION_RANK[precision]
    return RANK.get(claim.date_basis or "publication", 4)


def _vague(claim: ClaimExtracted) -> bool:
    """ "two other US bases in Syria and Iraq" names several places (the extractor's `place_kind`, from each
    language's plural base nouns): it never merges into one event."""
    return claim.base_id is None and claim.place_kind == "several"


def member_of(claim: ClaimExtracted, event_id: str) -> Member:
    return Member(
        claim_id=claim.claim_id, event_id=event_id, article_id=claim.article_id, source=claim.source, url=claim.url,
        published=claim.published_at, day=claim.attack_date, rank=rank_of(claim), base_id=claim.base_id,
        base_name=claim.base_name, country=claim.country, actor=claim.actor, weapon=claim.weapon, killed=claim.killed,
        wounded=claim.wounded, side=claim.casualty_side, status=claim.status, evidence=claim.evidence[:EVIDENCE_CHARS],
        vague=_vague(claim), background=claim.background,
        month=claim.date_month if claim.attack_date is None else None, weekday=claim.date_weekday if claim.attack_date is None else None,
        weekday_lag=(claim.date_weekday_lag or 0) if claim.attack_date is None else 0,
    )  # fmt: skip


def event_id_for(members: Sequence[Member]) -> str:
    """uuid5 of the anchor's base and day; an unlinked event, the least of its claims' uuid5 (a set function:
    the first claim's would depend on arrival). An event no report dates is keyed by its anchor claim too:
    undated reports of different attacks at one base must not meet in one shared "undated" slot."""
    anchor = anchor_of(members)
    if anchor.base_id is None:
        return min(_event_uuid(m.claim_id) for m in members)
    when = anchor.day.isoformat() if anchor.day else f"-|{anchor.claim_id}"
    return _event_uuid(f"{anchor.base_id}|{when}")


def fatal_event_id(base_id: str, n: int) -> str:
    """The id of the `n`-th fatal attack given an id at a base (from 0). A fatality alert is named by its
    event, and must keep its name from its first report on; the day of that report may be missing, guessed
    or an outlet's clock, but its base is what every report of the attack gives. Fatal attacks on one base
    are rare (`compatible` and `same_attack` rely on it too), so the base alone names the attack in any
    arrival order whenever the base has one; a second is told apart by its count, in the order reported."""
    return _event_uuid(f"{base_id}|fatal|{n}")


@lru_cache(maxsize=4096)
def _event_uuid(name: str) -> str:
    """uuid5 in the event namespace, remembered: a claim asks for the id of its event's anchor two or three
    times, and live events are few (a pure function of its argument: the cache changes no result)."""
    return str(uuid.uuid5(EVENT_NS, name))


def _tolls_agree(killed: int | None, low: int | None, high: int | None) -> bool:
    """Deaths reported by one outlet that another's figures could be: within a factor of two of the range."""
    if not killed or not low or not high:
        return False
    return killed * 2 >= high and low * 2 >= killed


def _weapons_agree(a: Weapon, b: Weapon) -> bool:
    return a == "unknown" or b == "unknown" or _FAMILY[a] == _FAMILY[b]


@dataclass(frozen=True)
class Facts:
    """What an event's members say together (all set functions: order-independent)."""

    base_id: str | None
    day: date | None
    rank: int
    country: str | None
    vague: bool
    weapon: Weapon
    killed_min: int | None
    killed: int | None
    wounded: int | None
    status: Status
    outlets: int = 0  # distinct sources of its reports
    published: date | None = None  # the latest publication day of its reports (None when one has none)
    stated: frozenset[tuple[str, date]] = frozenset()  # (article, day) of each report that states its own day (`stated_days`)


def agreed_tolls(tolls: list[int]) -> list[int]:
    """The death tolls an event's reports agree on: those within a factor of two of the median of the
    positive ones (a misread figure, a wounded count taken for deaths, never drives the range or the
    alert); zeros count only when no report gives deaths."""
    positive = sorted(t for t in tolls if t > 0)
    if not positive:
        return tolls
    median = positive[(len(positive) - 1) // 2]
    return [t for t in positive if median <= t * 2 and t <= median * 2]


OFFICIAL_HURT_ONLY = 2  # confirmed reports giving wounded and no deaths that outweigh deaths only hearsay gives


def told_tolls(members: Sequence[Member]) -> list[int]:
    """The death tolls an event's reports give, an official account over hearsay: when no confirmed report
    gives deaths and at least two confirmed reports from different outlets count the wounded and give no
    deaths ("five US personnel were injured", the Pentagon says), deaths only reported or claimed (a
    militia's "six soldiers killed", "media said two were killed") are not the attack's toll; nor, when one
    confirmed report says nobody died, are deaths only the attackers claim. A confirmed report of deaths, or any
    toll when officials counted nothing, keeps every report's figure."""
    confirmed = [m for m in members if m.status == "confirmed"]
    if any(m.killed for m in confirmed):
        return [m.killed for m in members if m.killed is not None]
    hurt_only = {m.source or m.article_id for m in confirmed if m.wounded and not m.killed}
    if len(hurt_only) >= OFFICIAL_HURT_ONLY:
        return [m.killed for m in members if m.killed is not None and (m.status == "confirmed" or not m.killed)]
    if any(m.killed == 0 for m in confirmed):
        # officials say nobody died ("the Pentagon said no US troops were hurt"): deaths only the attackers claim ("the
        # group claimed it killed 20 US soldiers") are their word against the official count, never the attack's toll
        return [m.killed for m in members if m.killed is not None and m.status != "claimed"]
    return [m.killed for m in members if m.killed is not None]


def as_news(members: Sequence[Member], figure: Callable[[Member], int | None]) -> Sequence[Member]:
    """The reports whose `figure` (deaths, wounded) counts: those telling the attack as news when any of them gives it,
    else all. A report recalling the attack as background ("strikes that killed 16, in retaliation for the attack on
    Tower 22") may carry the figure of what it recalls the attack beside; it fills a toll no news gave, never outvotes one."""
    if any(not m.background and figure(m) is not None for m in members):
        return [m for m in members if not m.background]
    return members


def facts(members: Sequence[Member]) -> Facts:
    anchor = anchor_of(members)
    tolls = agreed_tolls(told_tolls(as_news(members, lambda m: m.killed)))
    wounded = [m.wounded for m in as_news(members, lambda m: m.wounded) if m.wounded is not None]
    named = {m.weapon for m in members if m.weapon != "unknown"}
    if len(named) > 1:  # the weapon most reports name: counted in one pass (a pass per weapon named was quadratic-ish)
        told = Counter(m.weapon for m in members)
        weapons = sorted(named, key=lambda w: (-told[w], w))
    else:
        weapons = list(named)
    return Facts(
        base_id=anchor.base_id, day=anchor.day, rank=anchor.rank, vague=any(m.vague for m in members),
        country=country_of(anchor, members),
        weapon=weapons[0] if weapons else "unknown", killed_min=min(tolls) if tolls else None, killed=max(tolls) if tolls else None,
        wounded=max(wounded) if wounded else None, status=min((m.status for m in members), key=STATUS_RANK.__getitem__),
        outlets=len({m.source for m in members}),
        published=None if any(m.published is None for m in members) else max(m.published for m in members if m.published),
        stated=stated_days(members),
    )  # fmt: skip


def stated_days(members: Sequence[Member]) -> frozenset[tuple[str, date]]:
    """(article, day) of the news reports that state their attack's day (explicit or relative: not carried, guessed or
    the publication's)."""
    return frozenset((m.article_id, m.day) for m in members if m.day is not None and m.rank <= RANK["relative"] and not m.background)


def told_apart(stated: frozenset[tuple[str, date]], other: frozenset[tuple[str, date]]) -> bool:
    """Pattern: one article states two days for attacks at one base ("attacked again on Thursday evening ... Also on
    Wednesday overnight two drones attacked the base"): its extraction kept them as two attacks (one claim per base and
    day), and no reading of other reports may join them. Reports of one article on two days are two attacks, unless
    they tell the same deaths (`compatible`)."""
    shared = {a for a, _ in stated} & {a for a, _ in other}
    return any({d for a, d in stated if a == art}.isdisjoint({d for a, d in other if a == art}) for art in shared)


def core_facts(members: Sequence[Member]) -> Facts:
    """What an event's members say for matching: without the reports placed in it by a month or a weekday
    only (`state.floating`), which follow the attacks on record and must never shape them."""
    return facts(shaping(members))


def fits(event: Facts, claim: Member) -> bool:
    """A report with no day (`state.floating`) may be this attack: same base, a weapon that agrees, an attack
    day inside the month it gives, on the weekday it names (or the day before a statement's), and about the same number of wounded when it gives
    one (`wounded_agree`). A weekday with no month and no casualties never names a deadly attack: every report of
    one tells its dead (or repeats its wounded), and a weekday alone fits one attack in seven."""
    if event.base_id != claim.base_id or event.day is None or event.rank >= NO_DATE or not _weapons_agree(event.weapon, claim.weapon):
        return False
    # "YYYY-MM" as strftime("%Y-%m") writes it (no padding of the year either way), without its slow call: fits runs per
    # floating report and event at the base on every decision there
    if claim.month is not None and f"{event.day.year}-{event.day.month:02d}" != claim.month:
        return False
    if claim.wounded and not wounded_agree(claim.wounded, event.wounded):
        return False
    if bare(claim) and not _unhurt_agree(claim, event):
        return False
    if hurt_untold(claim) and event.killed == 0 and event.wounded == 0:
        return False  # "several US soldiers were injured" is no report of an attack that hurt no one
    if claim.month is None and claim.killed is None and not claim.wounded and event.killed:
        return False
    if claim.weekday is None:
        return True
    if event.rank >= PUBLICATION:
        # an attack dated only by the day a report of it was published ("a recent drone attack") was on that day or up to
        # REPORTED_WITHIN days before, or the night after a page stamped by another clock (UTC's Thursday evening is
        # Iraq's Friday night): a weekday fits it there, or up to its statement's lag after ("Monday" is no attack of a
        # Thursday page)
        reach = claim.weekday_lag + PAGE_CLOCK_DAYS
        return (event.day.weekday() - claim.weekday + reach) % 7 <= REPORTED_WITHIN + reach
    return (claim.weekday - event.day.weekday()) % 7 <= claim.weekday_lag


def hurt_untold(claim: Member) -> bool:
    """A report that tells of victims and counts none ("several US soldiers were injured"): the side its casualty
    words name, no figure of dead or wounded."""
    return claim.side is not None and claim.killed is None and claim.wounded is None


def bare(claim: Member) -> bool:
    """A report with no day that gives nothing but its base, weapon and actor: no month, weekday or wounded figure."""
    return claim.month is None and claim.weekday is None and not claim.wounded


def within_salvo(a: Facts, b: Facts) -> bool:
    """Two attacks dated within a salvo's span of each other (both dated)."""
    return a.day is not None and b.day is not None and abs((a.day - b.day).days) <= SALVO_DAYS


def _unhurt_agree(claim: Member, event: Facts) -> bool:
    """A report that says no one was killed (or hurt) is not of an attack whose reports count dead (or wounded)."""
    return not (claim.killed == 0 and event.killed) and not (claim.wounded == 0 and event.wounded)


def told_unhurt(claim: Member, event: Facts) -> bool:
    """The attack's reports state the zero toll the claim states ("no casualties"): the same figure, told."""
    return (claim.killed != 0 or event.killed == 0) and (claim.wounded != 0 or event.wounded == 0) and 0 in (claim.killed, claim.wounded)


def wounded_agree(told: int, counted: int | None) -> bool:
    """A wounded figure another report of the attack could give: the larger at most half again the smaller (one
    apart for the smallest counts). The first count grows as the injured are seen to ("five" by one wire, "seven"
    by another a day later); one and three, or three and eight, are two attacks, and an attack that hurt no one
    is not one that hurt two."""
    if not counted:
        return False  # "no one was hurt" is no first count
    return abs(told - counted) <= max(1, min(told, counted) // 2)


def compatible(event: Facts, claim: Member) -> int | None:
    """How far (in days) a claim is from an event it may belong to; None when it may not."""
    if claim.base_id is None:
        return _unlinked(event, claim)
    if event.base_id != claim.base_id:
        return None
    same_toll = _tolls_agree(claim.killed, event.killed_min, event.killed)
    if event.stated and claim.day is not None and not (same_toll and claim.killed) and told_apart(event.stated, stated_days([claim])):
        return None  # (the same deaths told on two days are one attack: the night's, or its statement's day)
    if claim.day is None or event.day is None:
        # no date on one side: same base, compatible weapon and toll
        toll_ok = claim.killed is None or event.killed is None or same_toll or (claim.killed == 0 and event.killed == 0)
        # the same deaths at the base need no weapon to agree: an undated retelling takes its sentence's first weapon
        # ("targeted by rockets on Monday, after three soldiers were killed in a drone attack"), and a second fatal
        # attack at one base with the same toll is rarer than a weapon misread
        if not (toll_ok and (_weapons_agree(event.weapon, claim.weapon) or (same_toll and claim.killed))):
            return None
        if event.day is None and claim.day is not None and not same_toll:
            return None
        # any day at the base will do: the same deaths first, then the nearest to the report's publication
        near = abs((claim.published - event.day).days) if claim.published and event.day else 49
        return (20 if same_toll else 50) + min(near, 29)
    days = (claim.day - event.day).days
    if not same_toll and _told_before(claim, event):
        return None
    slack = max(_SLACK.get(claim.rank, 1), _SLACK.get(event.rank, 1))
    if PUBLICATION in (claim.rank, event.rank) and max(claim.rank, event.rank) < NO_DATE:
        # the publication day bounds the attack from above: it happened on it or up to REPORTED_WITHIN days before
        pub_days = -days if claim.rank == PUBLICATION else days  # the other's day minus the publication day
        if claim.rank == event.rank == PUBLICATION:
            pub_days = -abs(days) if abs(days) <= 1 else 1  # two reports' windows overlap: not evidence of one attack
        if -REPORTED_WITHIN <= pub_days <= 0 and (days == 0 or _weapons_agree(event.weapon, claim.weapon)):
            return abs(days)
    elif days == 0 or (abs(days) <= slack and _weapons_agree(event.weapon, claim.weapon)):
        return abs(days)
    if same_toll and abs(days) <= 1:
        return 1  # a night apart: Washington's evening is the base's morning
    if same_toll and max(claim.rank, event.rank) >= APPROXIMATE and _weapons_agree(event.weapon, claim.weapon):
        # a guessed day that repeats an attack's deaths at its base is that attack (fatal attacks on one
        # base with the same toll are rare; a weekday resolved against a wrong reference is not)
        return 20 + min(abs(days), 29)
    if same_toll and _follow_up(days, claim.rank, event.rank) and _weapons_agree(event.weapon, claim.weapon):
        return 20 + abs(days)
    return None


def _told_before(claim: Member, event: Facts) -> bool:
    """One side was published before the other side's stated attack day: every report of the event came out before the
    day the claim states, or the claim came out before the day the event's reports state. News tells of what happened on or before its day; a report of the
    eve is of another attack (consecutive days at one base are common: Erbil on 6 and 7 November 2023)."""
    stated = RANK["relative"]  # a day a report states: a publication day only bounds the attack, a guess may be a day off
    before_event = event.rank <= stated and claim.published is not None and event.day is not None and claim.published < event.day
    return before_event or (claim.rank <= stated and event.published is not None and claim.day is not None and event.published < claim.day)


def _follow_up(days: int, claim_rank: int, event_rank: int) -> bool:
    """The later of two reports of the same deaths at one base, FOLLOW_UP_DAYS or fewer after the other and dated
    by its own day of writing rather than by a written-out date ("..., officials said on Thursday", "the soldiers
    killed at Tower 22 were buried on Friday"), is a follow-up of that attack: an investigation, a claim of
    responsibility, a funeral. A new attack on the same base with the same toll within two weeks is rarer than
    any of these; one that a report dates by a written-out day stays its own attack."""
    later_rank = claim_rank if days > 0 else event_rank
    return 0 < abs(days) <= FOLLOW_UP_DAYS and later_rank >= 1


def same_attack(a: Facts, b: Facts) -> bool:
    """Two events at one base that report the same deaths: within a day of each other, or with one of the
    days only guessed (within FOLLOW_UP_DAYS) or missing. Fatal attacks on one base with the same toll in
    a fortnight are rare; one attack dated by two outlets' clocks, or by a guessed reference, is not."""
    if a.base_id is None or a.base_id != b.base_id or not a.killed or not b.killed:
        return False
    if not (_tolls_agree(a.killed, b.killed_min, b.killed) or _tolls_agree(b.killed, a.killed_min, a.killed)):
        return False
    if not _weapons_agree(a.weapon, b.weapon):
        return False
    if a.day is None or b.day is None:
        return True
    days = abs((a.day - b.day).days)
    later = a if a.day > b.day else b
    return days <= 1 or (max(a.rank, b.rank) >= APPROXIMATE and days <= FOLLOW_UP_DAYS) or (days <= FOLLOW_UP_DAYS and later.rank >= 1)


def same_unnamed_deaths(a: Facts, b: Facts) -> bool:
    """Two events no report links to a base, at least one of them undated, that report the same deaths in one
    country: the same number killed (ranges that meet), about the same wounded when both give it (one, or a
    fifth, apart), weapons that agree. Undated copies of one story of deaths at an unnamed site ("a drone killed a US contractor at a base
    near Hasakah") are one attack, not one fatality alert each; a dated pair stays as `_unlinked` decides."""
    if a.base_id is not None or b.base_id is not None or a.country is None or a.country != b.country or a.vague or b.vague:
        return False
    if (a.day is not None and b.day is not None) or not a.killed or not b.killed or a.killed_min is None or b.killed_min is None:
        return False
    if max(a.killed_min, b.killed_min) > min(a.killed, b.killed):
        return False
    if a.wounded is not None and b.wounded is not None and abs(a.wounded - b.wounded) > max(1, max(a.wounded, b.wounded) // 5):
        return False  # outlets count the wounded a little apart ("five soldiers" or "five soldiers and a contractor")
    return _weapons_agree(a.weapon, b.weapon)


def _unlinked(event: Facts, claim: Member) -> int | None:
    """An unlinked claim joins a linked event of the same day, country and toll; or an unlinked event of
    the same day and country with the same deaths (two outlets describing one unnamed site)."""
    if claim.day is None or event.day != claim.day or claim.vague:
        return None
    if event.base_id is None:
        same = not event.vague and claim.country is not None and claim.country == event.country and _tolls_agree(claim.killed, event.killed_min, event.killed)
        return 0 if same else None
    if claim.country not in (None, event.country):
        return None
    if claim.killed is not None and event.killed is not None and not (event.killed_min or 0) <= claim.killed <= event.killed:
        return None
    return 0


def precision_of(rank: int) -> DatePrecision:
    return "day" if rank <= 1 else "approximate" if rank < NO_DATE else "unknown"


def view(event_id: str, members: Sequence[Member], version: int, core: Facts | None = None, merged_into: str | None = None) -> EventState:
    """The event as published: facts of its members (without the reports placed in it by a month or a
    wounded count only: where those sit depends on the attacks on record at the moment, and the event and
    its alert must not say more or less with them); lists of all members sorted, so any order gives the same message.
    `core` is `core_facts(members)` when the caller has it already."""
    f = core_facts(members) if core is None else core
    ordered = sorted(members, key=lambda m: (m.rank, m.day or date.max, m.claim_id))
    anchor = anchor_of(members)
    # whose dead they were: the reports of this attack before those recalling it as background ("two weeks ago, rockets
    # near the airport killed a contractor and wounded an American"), which may be another attack's words
    told = [m for m in ordered if not m.background] or ordered
    side = next((m.side for m in told if m.side), None)
    actor = next((m.actor for m in ordered if m.actor), None)
    published = [m.published for m in members if m.published]
    return EventState(
        event_id=event_id, version=version, base_id=f.base_id, base_name=anchor.base_name, country=f.country,
        attack_date=f.day, actor=actor, weapon=f.weapon,
        # lists keep their first entries in sorted order (schemas/bounds.py): a set function, and a bounded message
        claim_ids=tuple(sorted(m.claim_id for m in members)[:MAX_LISTED]) if merged_into is None else (),
        article_ids=tuple(sorted({m.article_id for m in members})[:MAX_LISTED]), sources=tuple(sorted({m.source for m in members if m.source})[:MAX_CITED]),
        killed=f.killed, killed_min=f.killed_min, wounded=f.wounded, casualty_side=side, status=f.status,
        date_precision=precision_of(f.rank), urls=tuple(sorted({m.url for m in members if m.url})[:MAX_CITED]),
        first_seen=min(published) if published else None, evidence=tuple(m.evidence for m in ordered[:MAX_EVIDENCE]),
        merged_into=merged_into,
    )  # fmt: skip
