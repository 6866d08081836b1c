"""Alert stage, the state machine: `handle(state, claim) -> Decision(changes, messages)`. Pure.

One implementation for `run --offline`, `replay` and the worker: the caller applies `changes` to its
`EventStore` in order and publishes `messages`. The claim's own record comes first in `changes` and
carries everything else the decision wrote and the alerts it raised, so a claim redelivered after a
crash re-applies exactly those writes and re-sends exactly those alerts, whatever part of them had
reached the store (a faust changelog loses only a suffix of its writes).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date

import orjson
from pydantic import BaseModel

from basewatch.schemas import ALERT_MESSAGE, AlertRaised, AlertRevised, ClaimExtracted, EventOpened, EventState, EventUpdated
from basewatch.services.alert.domain import decide
from basewatch.services.alert.domain.dedup import (
    NO_DATE,
    NOTABLE,
    REPORTED_WITHIN,
    TOGETHER_BASES,
    Facts,
    _tolls_agree,
    _weapons_agree,
    bare,
    compatible,
    core_facts,
    event_id_for,
    facts,
    fatal_event_id,
    fits,
    member_of,
    same_attack,
    same_unnamed_deaths,
    told_unhurt,
    view,
    within_salvo,
)
from basewatch.services.alert.domain.state import Change, EventStore, Ledger, Member, anchor_of, clock_day, floating, horizon_cutoff, shaping

# An undated report is news when it arrives: it may join the one compatible attack its base had in the
# last week of the feed's clock (the newest day seen), never one from months before.
AlertState = EventStore  # what `handle` reads: the store, through its port
# The widest window in which `dedup.compatible` joins a dated claim that reports no deaths to a dated event
# (the publication's REPORTED_WITHIN days; a stated or guessed day's slack is one day): only events at the
# base within it, or undated ones, are candidates. Deaths widen the window (the same toll on a guessed day
# is that attack at any distance), so such claims see every event at the base.
NEAR_DAYS = max(REPORTED_WITHIN, 1)


@dataclass(frozen=True)
class Decision:
    changes: tuple[Change, ...]
    messages: tuple[BaseModel, ...]


def handle(state: AlertState, claim: ClaimExtracted) -> Decision:
    """Fold one claim into the events and decide the alerts; a redelivered claim repeats its decision."""
    done = state.member(claim.claim_id)
    if done is not None:
        if changed := _changed(done, member_of(claim, done.event_id)):
            raise ClaimIdReused(f"claim_id reused with different content ({changed}): the first version stands")
        return _repeat(state, done)
    new = member_of(claim, "")
    target = _target(state, new)
    if target is None:
        slot = event_id_for([new])
        target = state.resolve(slot)  # a day whose event was folded into another: that event; a live undated one: it
    undated = new.day is None and new.published is None
    member = replace(new, event_id=target, arrived=state.newest() if undated else None, seq=state.last_decided() + 1)
    own = {target: [*state.members(target), member]}
    members = own[target]
    core = core_facts(members)
    for twin in [*_same_deaths(state, target, core, members), *_either_way(state, target, members, core)]:
        if twin not in own:
            own[twin] = list(state.members(twin))
            members = _union(members, own[twin])
    canonical = target
    for _ in range(8):  # the event of the anchor's day, when another live event holds it, is folded in too
        canonical = event_id_for(members)
        holder = state.resolve(canonical)
        if canonical in own or holder in own or not state.members(holder):
            break
        own[holder] = list(state.members(holder))
        members = _union(members, own[holder])
    if len(members) != len(own[target]):  # twins or the anchor's event joined: the facts of them all
        core = core_facts(members)
    for lone in _unlinked_joining(state, core, own):
        own[lone] = list(state.members(lone))
        members = _union(members, own[lone])
        core = core_facts(members)
    changes: list[Change] = []
    messages: list[BaseModel] = []
    event_id = _event_id(state, canonical, core, members, own, changes)
    if event_id not in own and state.resolve(event_id) != event_id:
        changes.append((f"a:{event_id}", None))  # the id named another event once; it is this one's now
    # an event this claim would have opened (no record has its id) is no event to fold: no alias, no message
    gone = [(e, ms) for e, ms in sorted(own.items()) if e != event_id and (state.members(e) or state.ledger(e))]
    changes += [(f"a:{e}", event_id) for e, _ in gone]
    forgotten = state.ledger(event_id)
    if all(m.background for m in members):
        # recalled as context only: kept (an event reported later finds it, in any order) but never published
        hidden = replace(member, event_id=event_id, version=0, followups=_encode(changes))
        return Decision(((f"c:{claim.claim_id}", hidden), *changes), ())
    # an unlinked report that joins an attack changes it too: its base's placed reports are settled again
    base = member.base_id or next((m.base_id for m in members if m.base_id), None)
    moves = _settle(state, base, event_id, members, own, member) if base else {}
    arriving = [replace(m, event_id=event_id) for m, _, to in moves.values() if to == event_id]
    if moves:
        members = [m for m in members if m.claim_id not in moves] + arriving
        core = core_facts(members)
    # past every version its events published, those of the reports that just left them included (a folded event
    # published again under a version it had would name two contents)
    version = 1 + max([m.version for m in [*(x for ms in own.values() for x in ms), *members] if m is not member] + [forgotten.version if forgotten else 0])
    event = view(event_id, members, version, core)
    for old_id, old_members in gone:
        if any(m.version for m in state.members(old_id)):  # an event of recalled reports only was never published: no notice of its end
            messages.append(_as(EventUpdated, view(old_id, old_members, version, merged_into=event_id)))
    moved, touched = _moved(state, event_id, version, moves)
    messages += touched
    messages.append(_message(event))
    alerts, ledger_changes = _alerts(state, event, [g for g, _ in gone])
    changes += ledger_changes
    if event.base_id and not state.base_seen(event.base_id):
        alerts.insert(0, decide.new_target(event))
        changes.append((f"b:{event.base_id}", event_id))
    messages += alerts
    followups = _encode(changes) + tuple((f"m:{m.claim_id}", f"{m.event_id}|{m.version}") for m in moved)
    record = replace(member, event_id=event_id, version=version, alerts=tuple(a.model_dump_json() for a in alerts), followups=followups)
    changes += [(f"c:{m.claim_id}", m) for m in moved]
    # retention's deletions are not part of the record: they follow from the state, and are decided again. The sweep
    # reads the state before this decision: the events folded into this one, and the reports it moves in (an undated
    # report placed in an attack months after the page came), are this attack now, not what they were
    joined = {f"c:{m.claim_id}" for m in moved if m.event_id == event_id}
    expiry = [c for c in _expiry(state, member, {event_id, *own}) if c[0] not in joined]
    return Decision(((f"c:{claim.claim_id}", record), *changes, *expiry), tuple(messages))


def _forgotten(state: AlertState, base_id: str) -> list[tuple[str, Facts]]:
    """Fatal attacks at the base that left the horizon: a later report of those deaths reopens the event
    under its id (its alert is revised if anything changed, never raised again)."""
    return [(e, Facts(base_id, led.day, led.rank, None, False, "unknown", led.killed_min, led.killed, None, led.status)) for e, led in state.fatal_at(base_id)]


def _message(event: EventState) -> EventOpened | EventUpdated:
    """Version 1 is the opening (a claim that joins or re-keys an event always makes version 2 or more)."""
    return _as(EventOpened if event.version == 1 else EventUpdated, event)


def _as(kind: type[EventOpened] | type[EventUpdated], event: EventState) -> EventOpened | EventUpdated:
    """The event as the message `kind` (a subclass adding only its `type`): `view` validated these very
    fields, so they are copied, not validated a second time (a dump and a validation per message)."""
    return kind.model_construct(**event.__dict__)


def _target(state: AlertState, m: Member) -> str | None:
    """The live event the claim belongs to: the nearest compatible one (ties: the better-dated, then the id)."""
    if m.base_id and floating(m):
        pool = state.at_base(m.base_id)
    elif m.base_id and m.day is not None:
        # a dated claim joins an undated event or one within NEAR_DAYS, or one at any distance whose deaths it repeats
        pool = state.near(m.base_id, m.day, NEAR_DAYS)
        if m.killed:
            pool = sorted({*pool, *state.fatal_live(m.base_id)})
    elif m.base_id:
        pool = state.fatal_live(m.base_id) if m.killed else ()  # an undated claim joins only the event its deaths name
    elif m.day is None:
        return _unnamed_target(state, m)
    else:
        pool = state.on_day(m.day)
    known = [(e, state.memo(e, core_facts)) for e in pool]
    if floating(m):
        return _placed(state, m, [(e, f) for e, f in known if fits(f, m)], lambda b: _at_base(state, b))
    if m.base_id and m.killed:
        known += _forgotten(state, m.base_id)
    best: tuple[int, int, str] | None = None
    matches = []
    for event_id, f in known:
        days = compatible(f, m)
        if days is None:
            continue
        matches.append((event_id, f))
        key = (days, f.rank, event_id)
        best = key if best is None or key < best else best
    if m.base_id is not None and m.day is None:
        return _undated_target(matches, m)
    if m.base_id is None:
        linked = [(e, f) for e, f in matches if f.base_id is not None]
        if len(linked) > 1:
            # several linked events that day: only the one fatal event for a claim naming the casualties' side
            fatal = [e for e, f in linked if (f.killed or 0) > 0] if m.side else []
            return fatal[0] if len(fatal) == 1 else None
        if linked:
            return linked[0][0]
        unlinked = sorted(e for e, _ in matches)
        return unlinked[0] if unlinked else None
    return best[2] if best else None


def _event_id(state: AlertState, canonical: str, f: Facts, members: list[Member], own: dict[str, list[Member]], changes: list[Change]) -> str:
    """The id of the event these members make, a function of them in any arrival order where it can be:
    - an attack already alerted keeps the id its alert names (the first fatal attack at its base first,
      then the anchor's, then the least: two alerted events that prove one attack end under one of them);
    - an attack whose reports give deaths at a base is named by the base and its count of fatal attacks
      there (`dedup.fatal_event_id`): its first report may date it by a missing, guessed or other outlet's
      day, its base is what all reports give, so the alert raised then is named as every order names it;
    - any other, by its anchor's base and day (`dedup.event_id_for`): re-keyed when a better-dated report
      moves it, which changes no alert."""
    alerted = [e for e in own if state.ledger(e) is not None]
    if alerted:
        first = fatal_event_id(f.base_id, 0) if f.base_id else None
        return min(alerted, key=lambda e: (e != first, e != canonical, e))
    if f.base_id and (f.killed or 0) > 0 and not all(m.background for m in members):
        n = state.fatal_count(f.base_id)
        changes.append((f"n:{f.base_id}", str(n + 1)))
        return fatal_event_id(f.base_id, n)
    return canonical


def _unlinked_joining(state: AlertState, f: Facts, own: dict[str, list[Member]]) -> list[str]:
    """Events of unlinked reports that would join this linked event had they come after it (the one linked
    event of their day, country and toll: `_target`): they join it now, so which came first does not matter."""
    if f.base_id is None or f.day is None:
        return []
    lone = [e for e in state.unlinked_on(f.day) if e not in own]
    if not lone:
        return []
    others = [g for g in (state.memo(e, core_facts) for e in state.on_day(f.day) if e not in own) if g.base_id is not None]
    return [e for e in lone if all(_joins(m, f, others) for m in state.members(e))]


def _joins(m: Member, f: Facts, others: list[Facts]) -> bool:
    """Whether an unlinked report picks the linked event `f` among it and `others` of that day (`_target`)."""
    if compatible(f, m) is None:
        return False
    rivals = [g for g in others if compatible(g, m) is not None]
    if not rivals:
        return True
    fatal = [g for g in [f, *rivals] if (g.killed or 0) > 0] if m.side else []
    return len(fatal) == 1 and fatal[0] is f


def _union(members: list[Member], more: Sequence[Member]) -> list[Member]:
    have = {m.claim_id for m in members}
    return [*members, *(m for m in more if m.claim_id not in have)]


def _same_deaths(state: AlertState, target: str, f: Facts, members: Sequence[Member] = ()) -> list[str]:
    """Other live events at the base that this event (its `core_facts` with the claim) proves to be the same
    fatal attack: the same deaths within a day (a report dated by US time and one by local time), or the
    same deaths where one side's day is only guessed or missing (see `dedup.same_attack`). At no base: the
    events of the same deaths in its country where one of the two is undated (`_unnamed_twins`)."""
    if not f.killed:
        return []
    if not f.base_id:
        return _unnamed_twins(state, target, f, members)
    return [e for e in state.fatal_live(f.base_id) if e != target and same_attack(f, state.memo(e, core_facts))]


def _sides(members: Sequence[Member]) -> set[str]:
    return {m.side for m in members if m.side}


def _unnamed_candidates(state: AlertState, target: str, f: Facts, sides: set[str]) -> list[tuple[str, Facts]]:
    """Unlinked fatal events of the event's country, other than `target`, that report its deaths (`same_unnamed_deaths`)
    on a side that does not contradict its own (three US soldiers are not three SDF fighters)."""
    if not f.country:
        return []
    found = []
    for e in state.fatal_unlinked(f.country):
        if e == target:
            continue
        g = state.memo(e, core_facts)
        theirs = state.memo(e, _sides)
        if same_unnamed_deaths(f, g) and (not sides or not theirs or not sides.isdisjoint(theirs)):
            found.append((e, g))
    return found


def _unnamed_target(state: AlertState, m: Member) -> str | None:
    """An unlinked report with no day joins an event only when its deaths name one: the one unlinked fatal event
    of its country with the same deaths. Otherwise it opens its own (`dedup.event_id_for`)."""
    if not m.killed or not m.country or m.vague:
        return None
    found = _unnamed_candidates(state, "", facts([m]), _sides([m]))
    return found[0][0] if len(found) == 1 else None


def _unnamed_twins(state: AlertState, target: str, f: Facts, members: Sequence[Member]) -> list[str]:
    """The unlinked events that are one attack with this one: the undated ones of the same deaths, and a dated one
    when it is the only dated one they could be (two dated attacks of the same deaths leave the undated reports
    of them apart, in any order)."""
    found = _unnamed_candidates(state, target, f, _sides(members))
    dated = [e for e, g in found if g.day is not None]
    if f.day is not None or len(dated) > 1:
        return [e for e, g in found if g.day is None]
    return [e for e, _ in found]


def _core_anchor(members: Sequence[Member]) -> Member:
    """The anchor of the members that shape an event (`core_facts`'s)."""
    return anchor_of(shaping(members))


def _best_days(members: Sequence[Member]) -> tuple[int, frozenset[date]]:
    """The best date precision among the reports that shape an event, and the days its reports of that
    precision give (the anchor's and those it outvoted or tied with)."""
    core = shaping(members)
    pool = [m for m in core if m.base_id is not None] or core
    best = min(m.rank for m in pool)
    return best, frozenset(m.day for m in pool if m.rank == best and m.day is not None)


def _either_way(state: AlertState, target: str, members: list[Member], f: Facts) -> list[str]:
    """Other live events at the base that this one's anchor could have joined and whose anchor could have
    joined this one (`compatible` both ways), neither dated by a day written out: had their reports come in
    another order they would be one event (a report dated by its publication the day before opens one of
    its own, and a day counted from another publication then joins the nearer), so they are one now. A day
    written out is the day: two such events a day apart stay two attacks, as `compatible` keeps them.
    Also one: two events whose best-dated reports share a day (a report of a day joins any event of that
    day at its base; which day an event's tied best reports elect, 27 or 28 January, depends on which of
    them came first)."""
    if not f.base_id or f.day is None:
        return []
    a, (rank, days) = _core_anchor(members), _best_days(members)
    found = []
    for e in state.near(f.base_id, f.day, NEAR_DAYS):
        if e == target:
            continue
        g, b = state.memo(e, core_facts), state.memo(e, _core_anchor)
        if g.day is None:
            continue
        other_rank, other_days = state.memo(e, _best_days)
        same_day = rank == other_rank < NO_DATE and not days.isdisjoint(other_days) and _weapons_agree(f.weapon, g.weapon)
        if same_day or (min(a.rank, b.rank) >= 1 and compatible(f, b) is not None and compatible(g, a) is not None):
            found.append(e)
    return found


def _settle(
    state: AlertState, base_id: str, event_id: str, members: list[Member], own: dict[str, list[Member]], member: Member
) -> dict[str, tuple[Member, str, str]]:
    """Where each report at the base dated only by a month or a weekday (or by nothing but its base) belongs once this
    decision is applied: the one attack on record there that `fits` it, else its own event. Decided from the attacks
    on record, never from arrival order: a report placed while its attack was the only candidate moves out when a
    second one appears, and back in when the attacks on record single one out again. The reports of the same pages
    at other bases are settled too (`_together` reads this base's attacks for them). A floating report changes no
    attack: its arrival settles only its page's reports at other bases, which it joins as one more base.
    Returns claim id -> (member, event it is in, event it belongs in) for those that move."""
    arriving: tuple[Member, ...] = ()
    if floating(member):
        pool, arriving = [m for ms in _mates(state, member).values() for m in ms], (member,)
    else:
        pool = [m for e in state.with_floating(base_id) if e not in own and e != event_id for m in state.members(e) if floating(m)]
        pool += [m for m in members if floating(m)]
        pool += [x for m in pool if bare(m) for xs in _mates(state, m).values() for x in xs]
    moves: dict[str, tuple[Member, str, str]] = {}
    if not pool:
        return moves
    post = [(e, state.memo(e, core_facts)) for e in state.at_base(base_id) if e not in own and e != event_id]
    post.append((event_id, core_facts(members)))

    def events_at(base: str) -> list[tuple[str, Facts]]:
        return post if base == base_id else _at_base(state, base)

    done: set[str] = set()
    for m in pool:
        if m.claim_id in done:
            continue
        done.add(m.claim_id)
        slot = _placed(state, m, [(e, f) for e, f in events_at(m.base_id or "") if fits(f, m)], events_at, arriving) or event_id_for([m])
        here = state.resolve(m.event_id)
        here = event_id if here in own else here
        if slot != here:
            moves[m.claim_id] = (m, here, slot)
    return moves


def _at_base(state: AlertState, base_id: str) -> list[tuple[str, Facts]]:
    return [(e, state.memo(e, core_facts)) for e in state.at_base(base_id)]


def _mates(state: AlertState, m: Member, arriving: Sequence[Member] = ()) -> dict[str, list[Member]]:
    """The floating reports of m's page at its other bases, by base (`arriving`: one not yet in the store)."""
    found: dict[str, list[Member]] = {}
    for x in [*state.article_floating(m.article_id), *arriving]:
        if x.article_id == m.article_id and x.base_id and x.base_id != m.base_id:
            found.setdefault(x.base_id, []).append(x)
    return found


def _placed(
    state: AlertState, m: Member, fit: list[tuple[str, Facts]], events_at: Callable[[str], list[tuple[str, Facts]]], arriving: Sequence[Member] = ()
) -> str | None:
    """The attack a floating report belongs in (`_one_fit`), or for a page that gives nothing but the bases it reports,
    at TOGETHER_BASES or more, the one `_together` finds."""
    mates = _mates(state, m, arriving) if bare(m) else {}
    if len(mates) + 1 >= TOGETHER_BASES:
        return _together(fit, mates, events_at) if _one_kind([m, *(x for xs in mates.values() for x in xs)]) else None
    return _one_fit(fit, m)


def _one_kind(page: Sequence[Member]) -> bool:
    """The page tells of one kind of attack at all its bases (drones, or rockets and missiles; an unnamed weapon agrees
    with either): a wave ("drones hit al-Omar and al-Shaddadi, hours after al-Tanf"), which falls on one day. A page of
    rockets at some bases and drones at others is a roundup of what may be several days' attacks, and the one day its
    bases share in the record need not be any of them."""
    return all(_weapons_agree(a.weapon, b.weapon) for a in page for b in page)


def _together(fit: list[tuple[str, Facts]], mates: dict[str, list[Member]], events_at: Callable[[str], list[tuple[str, Facts]]]) -> str | None:
    """An undated page reporting attacks at several bases ("drones hit al-Omar and al-Shaddadi, hours after al-Tanf")
    is of the one day on which the attacks on record at all its bases fall, within a salvo's span: the attack at this
    base on that day. None when no attack here has such company, or several do."""
    together = [
        (e, f) for e, f in fit if all(any(within_salvo(f, g) and any(fits(g, x) for x in xs) for _, g in events_at(base)) for base, xs in mates.items())
    ]
    return together[0][0] if len(together) == 1 else None


def _one_fit(fit: list[tuple[str, Facts]], m: Member) -> str | None:
    """The attack a report placed by its facts belongs in: the one that fits it, else, of several that fit a
    wounded figure, the one best attested, when one is: the same figure before a like one, then the best-dated
    (a day written out before one read from a page's words or guessed), then the one more outlets report (an old
    attack retold in a later page takes that page's day, and with it the figures it repeats: an event of that
    page alone). A function of the attacks on record, never of arrival."""
    if bare(m):
        return _one_notable(fit, m)
    if len(fit) != 1 and not m.wounded:
        return None  # a month or a weekday alone: two attacks that fit it are two answers
    if len(fit) <= 1:
        return fit[0][0] if fit else None
    keys = {e: (f.wounded != m.wounded, f.rank, -f.outlets) for e, f in fit}
    best = min(keys.values())
    top = [e for e, k in keys.items() if k == best]
    return top[0] if len(top) == 1 else None


def _one_notable(fit: list[tuple[str, Facts]], m: Member) -> str | None:
    """The attack a report that gives only its base (`dedup.bare`) belongs in: the one at its base that fits it, or of
    several, the one whose reports state the zero toll it states; and only when many outlets told that attack
    (`dedup.NOTABLE`): an undated copy is likeliest of the story the feed carries most."""
    if len(fit) > 1:
        fit = [(e, f) for e, f in fit if told_unhurt(m, f)]
    return fit[0][0] if len(fit) == 1 and fit[0][1].outlets >= NOTABLE else None


def _moved(state: AlertState, event_id: str, version: int, moves: dict[str, tuple[Member, str, str]]) -> tuple[list[Member], list[BaseModel]]:
    """The records of the reports that move, and the messages of the other events they leave or join
    (an event left empty is published as folded into where its report went)."""
    changed: dict[str, list[Member]] = {}
    for _m, here, to in moves.values():
        for e in (here, to):
            if e != event_id and e not in changed:
                changed[e] = list(state.members(e))
    for m, here, to in moves.values():
        if here in changed:
            changed[here] = [x for x in changed[here] if x.claim_id != m.claim_id]
        if to in changed:
            changed[to].append(m)
    versions = {e: 1 + max([x.version for x in [*state.members(e), *ms]] + [0]) for e, ms in changed.items()}
    versions[event_id] = version
    records = [replace(m, event_id=to, version=versions[to]) for m, _, to in sorted(moves.values(), key=lambda t: t[0].claim_id)]
    placed = {m.claim_id: m for m in records}
    messages: list[BaseModel] = []
    for e, ms in sorted(changed.items()):
        now = [placed.get(x.claim_id, x) for x in ms]
        if now and all(x.version != versions[e] for x in now):
            # an event that only lost reports: one of its records carries the version it now has, or its
            # next decision would publish that version number again (with other content: a stream that
            # skips what it already published would drop it)
            keep = replace(min(now, key=lambda x: x.claim_id), version=versions[e])
            records.append(keep)
            now = [keep if x.claim_id == keep.claim_id else x for x in now]
        if now:
            messages.append(_message(view(e, now, versions[e])))
        elif any(m.version for m in state.members(e)):  # an event of recalled reports only was never published
            left = [m for m, here, _ in moves.values() if here == e]
            to = next(t for m, h, t in moves.values() if h == e)
            messages.append(_as(EventUpdated, view(e, left, versions[e], merged_into=to)))
    return records, messages


def _undated_target(matches: list[tuple[str, Facts]], m: Member) -> str | None:
    """A report that dates nothing joins an attack at its base only when its deaths name one: the one
    compatible event whose deaths it repeats. Otherwise it opens its own event: joining "the recent attack
    at that base" would depend on which reports arrived first (a partitioned stream, a shuffled feed), and
    joining the wrong one merges attacks months apart with nothing to tell which is right."""
    if m.killed:
        same = [e for e, f in matches if _tolls_agree(m.killed, f.killed_min, f.killed)]
        if len(same) == 1:
            return same[0]
    return None


def _alerts(state: AlertState, event: EventState, merged: list[str]) -> tuple[list[BaseModel], list[Change]]:
    out: list[BaseModel] = []
    changes: list[Change] = []
    ledger = state.ledger(event.event_id)
    for old in merged:
        old_ledger = state.ledger(old)
        if old_ledger is None:
            continue
        changes.append((f"f:{old}", None))
        if ledger is None:
            ledger = old_ledger  # the alert follows its attack to the event's new id
        else:
            out.append(decide.superseded(event, old_ledger, by=ledger.alert_id))
    raised, after = decide.fatality(event, ledger)
    out += raised
    if after is not None and (after != state.ledger(event.event_id)):
        changes.append((f"f:{event.event_id}", after))
    return out, changes


def _expiry(state: AlertState, member: Member, keep: Collection[str]) -> list[Change]:
    """The one retention policy: events whose latest report is past the horizon are forgotten (`horizon_cutoff`)."""
    seen = max(clock_day(member), state.newest() or date.min)
    if seen == date.min:
        return []
    return state.expired(horizon_cutoff(seen), keep)


def _encode(changes: list[Change]) -> tuple[tuple[str, object], ...]:
    out: list[tuple[str, object]] = []
    for key, value in changes:
        if isinstance(value, Ledger):
            out.append((key, orjson.loads(value.encode())))
        elif isinstance(value, Member):
            continue
        else:
            out.append((key, value))
    return tuple(out)


def _decode(followups: tuple[tuple[str, object], ...]) -> list[Change]:
    out: list[Change] = []
    for key, value in followups:
        if key.startswith("f:") and isinstance(value, list):
            out.append((key, Ledger.decode(orjson.dumps(value))))
        else:
            assert value is None or isinstance(value, str)
            out.append((key, value))
    return out


def _repeat(state: AlertState, done: Member) -> Decision:
    """A claim decided before (redelivered): the same alerts; the same writes when it was the last claim decided.

    A store loses at most a suffix of its writes (a faust changelog partition keeps them in order), so only the
    last decision's writes may be missing. An earlier one's have all landed, and later decisions have built on
    them: writing its values again would wind back what those changed (a base's count of fatal attacks, and the
    next fatal attack there took the id of an earlier one: two attacks a month apart in one event). That
    happens whenever a claim comes again after claims it had not seen: an enrich worker restarted behind
    another partition, a record read again from its committed offset."""
    messages: list[BaseModel] = []
    event_id = state.resolve(done.event_id)
    members = state.members(event_id)
    if done.version and members and max(m.version for m in members) == done.version:
        messages.append(_message(view(event_id, members, done.version)))
    messages += [ALERT_MESSAGE.validate_json(raw) for raw in done.alerts]
    changes: list[Change] = []
    superseded = 0 < done.seq < state.last_decided()
    for key, value in () if superseded else _decode(done.followups):
        if key.startswith("m:"):  # a report this claim moved (see _settle): moved again, whatever part was written
            moved, to = state.member(key[2:]), str(value).split("|")
            if moved is not None:
                changes.append((f"c:{moved.claim_id}", replace(moved, event_id=to[0], version=int(to[1]))))
        else:
            changes.append((key, value))
    return Decision((*changes, *_expiry(state, done, {event_id})), tuple(messages))


class ClaimIdReused(ValueError):
    """A claim id already decided, arriving with other facts. Ids are derived from content, so this is no
    redelivery but a conflict (like an idempotency key reused with other parameters): the stage dead-letters
    it with this reason, and the decision already published stands."""


# Not compared: what the stage added to the claim (its event, version, decisions and their place in order, the feed's clock when an undated
# report arrived) and the outlet's metadata (the same text carried by another outlet has the same article id, hence
# the same claim ids, by design).
_NOT_FACTS = {"event_id", "version", "alerts", "followups", "arrived", "seq", "source", "url", "published"}


def _changed(done: Member, again: Member) -> str:
    """The facts read from the text that differ between a decided claim and one arriving under its id ("" when none)."""
    names = [f.name for f in fields(Member) if f.name not in _NOT_FACTS]
    return "; ".join(f"{n} {getattr(done, n)!r:.60} -> {getattr(again, n)!r:.60}" for n in names if getattr(done, n) != getattr(again, n))


__all__ = ["AlertRaised", "AlertRevised", "AlertState", "ClaimIdReused", "Decision", "handle"]
