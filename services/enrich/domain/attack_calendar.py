"""Enrich stage, the attack calendar: an article's undated reports placed on the one campaign day that fits them.

Almost half of real articles carry no publication date, and many name no day ("on Tuesday", "in October",
"early today"). The set of bases a report names together, with what else it gives (a month, a weekday, the
weapon family, a wounded figure, the publication day as an upper bound), often fits exactly one day of the
campaign's public record (`data/attack_calendar.toml`). When it does, those claims take that day as a guess
(basis "inferred", precision "approximate"). They stay undated when the bases fit no day or several, when
the report names a single base (a busy base was hit dozens of times, most of them unrecorded), when two
bases are all it gives, and for claims with deaths (the alert stage already joins those to the attack their
toll names). A page that counts the campaign's attacks ("the 23rd attack since 17 October") gives the weeks it
was written in (`tally_window`, from the running count the data file records): one more narrowing fact, which
lets a single base with a weekday be placed inside those weeks. A day of the month named without its month ("14日", "28일":
East Asian news writes the days of the page's month so) leaves one day a month: a single base's one recorded day
with that number, that fits the rest the report gives, is taken. A single base is placed without a count too when the
report gives, with a weekday or a month, a fact the record holds for every attack that had it: a wounded figure, or a
rare weapon (`[[rare]]`: every ballistic missile of the campaign was announced); a figure of three wounded or more
places it alone (such attacks were announced with their figures, and few days of one base share one). A roundup of
several days' attacks fits no one day for all its bases: those of them, more than half and at least three, that share
one day (and no other day shared by as many) take it, when what they give is enough, and the rest keep none. Pure: a function of the article's claims, its
count and the data file, independent of their order.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from datetime import date, timedelta

from basewatch.schemas import ClaimExtracted
from basewatch.services.enrich.domain.dates import valid_date
from basewatch.services.enrich.domain.gazetteer import WEAPON_FAMILY, AttackDay, Gazetteer, TallyPoint

ENOUGH = 2  # narrowing facts a report must give (see _narrowing) before the calendar is asked
FEWEST_BASES = 2  # a single base's record is never complete enough to pick one of its days (unless a tally narrows the weeks)
# A page's count of attacks against the Pentagon's running count (`tally_window`): other counters (militias,
# think tanks) ran up to a third ahead of it (73 against 55 on 14 Nov 2023), and a page quotes the last count it
# heard, a briefing or two old.
TALLY_AHEAD = 0.7  # the page's count may be this share of the Pentagon's already
TALLY_BEHIND = 1.15  # ... or the Pentagon's may have grown by this factor since
TALLY_LAG = timedelta(days=3)  # a count quoted a few days after it was given
TALLY_MAX = 2.0  # a count beyond twice the last one recorded counts something else (Gaza, shipping)
# The count grew fast in the first weeks and slowly after (23 on 30 Oct 2023, 102 on 21 Dec): its weeks narrow a
# single base's days only while they are few, since the record of one base misses some of its attacks; over
# longer weeks a single base needs a wounded figure the record gives for that day too.
SINGLE_BASE_SPAN = timedelta(days=21)
# A roundup's bases that share one day: three at least, as a pair of bases was hit together on many days the record
# lacks (a busy base shares a day with almost any other), three on one day by chance rarely.
ROUNDUP_BASES = 3
SALVO_DAYS = 1  # one salvo's attacks straddle midnight: bases hit together are reported a day apart
WOUNDED_SPREAD = 2  # how far a report's wounded figure may stray from the record's (see _close)
# A day of the month named without its month ("14日") leaves one day a month: it narrows as much as a count of
# wounded, and alone singles out one day of a base's record (the record of a busy base misses some of its
# attacks, but rarely one on the same day of another month as the one it holds).
DAY_OF_MONTH = 2
MANY_WOUNDED = 3  # an attack that wounded this many was announced with its figure: few days of a base share one


def place_on_calendar(claims: list[ClaimExtracted], gaz: Gazetteer, tally: int | None = None, month_days: frozenset[int] = frozenset()) -> list[ClaimExtracted]:
    """The article's claims, its undated new reports placed on the one calendar day that fits them all
    (`tally`: the largest count of the campaign's attacks the article gives, when it gives one; `month_days`: the
    days of the month it names without a month, one of which is the attack's)."""
    undated = [c for c in claims if _placeable(c)]
    bases = {c.base_id for c in undated if c.base_id is not None}
    weeks = tally_window(tally, gaz.tally) if undated else None
    rare = gaz.rare_weapons
    told = _narrowing(undated, bases, rare) + (weeks is not None) + DAY_OF_MONTH * bool(month_days)
    if (len(bases) < FEWEST_BASES and not month_days and not _single_base_weeks(weeks, undated, rare)) or told < ENOUGH:
        return claims  # one base, or two and nothing else: hit (together) on many days, most unrecorded
    record = [a for a in gaz.attack_days if (weeks is None or _within(a.date, weeks)) and (not month_days or a.date.day in month_days)]
    days = {b: _fitting_days(gaz.recorded_as(b), [c for c in undated if c.base_id == b], record, rare) for b in bases}
    window = _one_window(days)
    if window is None:
        most = _most_bases_window(days)
        if most is None or _narrowing([c for c in undated if c.base_id in most[1]], set(most[1]), rare) + (weeks is not None) < ENOUGH:
            return claims
        window, days = most[0], {b: ds for b, ds in days.items() if b in most[1]}
    placed = {b: _day_in(ds, window) for b, ds in days.items()}
    ids = {c.claim_id for c in undated}
    return [_placed(c, placed.get(c.base_id)) if c.claim_id in ids and c.base_id is not None else c for c in claims]


def tally_window(count: int | None, tally: tuple[TallyPoint, ...]) -> tuple[date, date | None] | None:
    """The days a page counting `count` attacks was written in, by the running count: from when the count had
    reached `count` * TALLY_AHEAD to a few days after it reached `count` * TALLY_BEHIND (open when the record ends
    before that). None without a count or a record, and for a count far past the record's last (of something else)."""
    if count is None or len(tally) < 2 or count > tally[-1].attacks * TALLY_MAX:
        return None
    upper = _day_of(count * TALLY_BEHIND, tally)
    return _day_of(count * TALLY_AHEAD, tally) or tally[-1].date, None if upper is None else upper + TALLY_LAG


def _single_base_weeks(weeks: tuple[date, date | None] | None, undated: list[ClaimExtracted], rare: frozenset[str]) -> bool:
    """The tally's weeks are few enough to single out one base's day, or the report gives a fact the record holds
    for every attack that had it, a wounded figure or a rare weapon (which, with a weekday or a month, narrows a
    single base's days without a count: few days had like wounded, fewer a rare weapon); three wounded or more
    narrow them alone."""
    complete = any(c.wounded or c.weapon in rare for c in undated)
    if weeks is None:
        return (complete and any(c.date_weekday is not None or c.date_month for c in undated)) or _many_wounded(undated)
    first, last = weeks
    return (last is not None and last - first <= SINGLE_BASE_SPAN) or complete


def _day_of(attacks: float, tally: tuple[TallyPoint, ...]) -> date | None:
    """The day the running count reached `attacks` (linear between recorded days); None past the last one."""
    counts = [t.attacks for t in tally]
    i = bisect_left(counts, attacks)
    if i == 0:
        return tally[0].date
    if i == len(tally):
        return None
    a, b = tally[i - 1], tally[i]
    share = (attacks - a.attacks) / (b.attacks - a.attacks)
    return a.date + timedelta(days=int(share * (b.date - a.date).days))


def _within(day: date, weeks: tuple[date, date | None]) -> bool:
    first, last = weeks
    return first <= day and (last is None or day <= last)


def _narrowing(undated: list[ClaimExtracted], bases: set[str], rare: frozenset[str]) -> int:
    """How much the report says to single out a day: each base beyond the first, a month, a weekday, a wounded
    figure, a rare weapon."""
    told = (
        any(c.date_month for c in undated),
        any(c.date_weekday is not None for c in undated),
        any(c.wounded for c in undated),
        any(c.weapon in rare for c in undated),
        _many_wounded(undated),  # counts twice: few days share such a figure
    )
    return len(bases) - 1 + sum(told)


def _many_wounded(undated: list[ClaimExtracted]) -> bool:
    return any((c.wounded or 0) >= MANY_WOUNDED for c in undated)


def _placeable(c: ClaimExtracted) -> bool:
    """An undated new report at a known base, without deaths: deaths already name their attack in the alert
    stage (an undated claim joins the event whose toll it gives), so the calendar serves the reports without."""
    return c.base_id is not None and c.attack_date is None and not c.background and not c.killed


def _fitting_days(recorded_as: frozenset[str], claims: list[ClaimExtracted], record: Iterable[AttackDay], rare: frozenset[str]) -> set[date]:
    """The days this base was attacked (under its own name or a twin's) that every one of its claims allows."""
    return {a.date for a in record if a.base_id in recorded_as and all(_allows(c, a, rare) for c in claims)}


def _allows(c: ClaimExtracted, a: AttackDay, rare: frozenset[str]) -> bool:
    if c.published_at is not None and a.date > c.published_at:
        return False  # reported before it happened
    if c.date_month is not None and a.date.isoformat()[:7] != c.date_month:
        return False
    if c.date_weekday is not None and (c.date_weekday - a.date.weekday()) % 7 > (c.date_weekday_lag or 0):
        return False  # the weekday it names (or up to its lag before a statement's)
    if c.weapon != "unknown" and a.weapon and not _armed_alike(c.weapon, a.weapon, rare):
        return False
    return not c.wounded or _close(c.wounded, a.wounded)


def _armed_alike(told: str, recorded: tuple[str, ...], rare: frozenset[str]) -> bool:
    """The report's weapon is the day's, or of a family of the day's. A rare weapon answers only to its own name, both
    ways: the record lists every day it was used, and a report of rockets is not of the day a ballistic missile fell."""
    if told in recorded:
        return True
    return told not in rare and WEAPON_FAMILY.get(told) in {WEAPON_FAMILY.get(w) for w in recorded if w not in rare}


def _close(told: int, recorded: int | None) -> bool:
    """A wounded figure fits a day the record gives a like figure for (tallies grow as brain injuries are
    counted, so within a factor of two); a day with none recorded had none reported."""
    return recorded is not None and recorded / WOUNDED_SPREAD <= told <= recorded * WOUNDED_SPREAD


def _one_window(days: dict[str, set[date]]) -> tuple[date, date] | None:
    """The one span of at most two days on which every base was attacked (each within a day of every day of it),
    or None when the bases fit no such span, or several apart."""
    candidates = sorted(d for ds in days.values() for d in ds if all(_near(d, other) for other in days.values()))
    if not candidates:
        return None
    first, last = candidates[0], candidates[-1]
    return (first, last) if (last - first).days <= SALVO_DAYS else None


def _most_bases_window(days: dict[str, set[date]]) -> tuple[tuple[date, date], frozenset[str]] | None:
    """A roundup of several days ("drones hit three bases in Syria on Monday; last Thursday rockets fell on a fourth")
    fits no one span: its bases hit together, when more than half of them, and at least ROUNDUP_BASES, share one
    span of at most two days and no other span is shared by as many, with that span (the others keep no day)."""
    groups = {d: frozenset(b for b, ds in days.items() if _near(d, ds)) for ds in days.values() for d in ds}
    most = max((len(g) for g in groups.values()), default=0)
    if most < ROUNDUP_BASES or most * 2 <= len(days):
        return None
    top = sorted(d for d, g in groups.items() if len(g) == most)
    if (top[-1] - top[0]).days > SALVO_DAYS or len({groups[d] for d in top}) > 1:
        return None
    return (top[0], top[-1]), groups[top[0]]


def _near(day: date, dates: set[date]) -> bool:
    return any(abs((day - d).days) <= SALVO_DAYS for d in dates)


def _day_in(dates: set[date], window: tuple[date, date]) -> date | None:
    """The base's own day within reach of the whole window, when it has exactly one there."""
    first, last = window
    inside = [d for d in dates if (last - d).days <= SALVO_DAYS and (d - first).days <= SALVO_DAYS]
    return inside[0] if len(inside) == 1 else None


def year_on_record(claims: list[ClaimExtracted], gaz: Gazetteer, yearless: frozenset[tuple[int, int]]) -> list[ClaimExtracted]:
    """Pattern: an undated page's day and month with no year ("attacked twice at Green Village on Nov. 10"), which the
    campaign has twice (November 2023 and 2024): read as the earlier by default, it is the year in which the calendar
    records an attack at the claim's base on that day, when only the other year does."""
    return [
        _recorded_year(c, c.base_id, c.attack_date, gaz) if c.base_id and c.attack_date and (c.attack_date.month, c.attack_date.day) in yearless else c
        for c in claims
    ]


def _recorded_year(c: ClaimExtracted, base_id: str, day: date, gaz: Gazetteer) -> ClaimExtracted:
    """The claim on `day` in the one neighbouring year whose calendar has an attack at its base that day, if only that one has."""
    recorded = [d for y in (day.year - 1, day.year, day.year + 1) if (d := valid_date(y, day.month, day.day)) is not None and _on_record(gaz, base_id, d)]
    if len(recorded) != 1 or recorded[0] == day:
        return c
    return c.model_copy(update={"attack_date": recorded[0]})


def _placed(c: ClaimExtracted, day: date | None) -> ClaimExtracted:
    if day is None:
        return c
    return c.model_copy(update={"attack_date": day, "date_basis": "inferred", "date_precision": "approximate", "date_month": None, "date_weekday": None})


def _on_record(gaz: Gazetteer, base_id: str, day: date) -> bool:
    return any(gaz.attacked_on(b, day) for b in gaz.recorded_as(base_id))


LAST_WEEK_BACK = 6  # days back a weekday one day after the page's own resolves to ("Tuesday" on a Monday page)


def weekday_after_the_page(claims: list[ClaimExtracted], published: date | None, gaz: Gazetteer) -> list[ClaimExtracted]:
    """Pattern: a weekday one day after the page's own ("in the early hours of Tuesday" on a page dated Monday) is read
    as last week's (six days back); a live page or one dated in another time zone means the next day. When the
    record holds an attack at the claim's base on the next day and none on the day six days back, the claim takes the
    next day, as a guess (basis "inferred", precision "approximate"). The record's entries of the base's calendar twins
    (`recorded_as`: Erbil and Harir) count as its own, as in `place_on_calendar`. Pure: a function of the claims and the
    record."""
    if published is None:
        return claims

    def moved(c: ClaimExtracted) -> ClaimExtracted:
        if c.base_id is None or c.background or c.date_basis not in ("relative", "inherited") or c.attack_date is None:
            return c
        if (published - c.attack_date).days != LAST_WEEK_BACK:
            return c
        later = c.attack_date + timedelta(days=7)
        if not _on_record(gaz, c.base_id, later) or _on_record(gaz, c.base_id, c.attack_date):
            return c
        return c.model_copy(update={"attack_date": later, "date_basis": "inferred", "date_precision": "approximate"})

    return [moved(c) for c in claims]
