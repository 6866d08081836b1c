"""Alert stage, deduplication: fold claims from many outlets into attack events (event-sourced).

`apply(candidates, claim)` is a pure decision: given the events a claim could belong to (same day or
base, fetched by the adapter from its table) it returns the event after the claim and the message
recording the change (EventOpened / EventUpdated), or no message when nothing changed (a redelivered
claim). Event ids are uuid5 of the claim that opened the event: same input, same order, same ids.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from basewatch.schemas import ClaimExtracted, EventOpened, EventState, EventUpdated
from basewatch.schemas.messages import Weapon

EVENT_NS = uuid.UUID("2a7d4c8e-91b3-4f0a-8e6d-55c1f0b3a9e2")
MAX_EVIDENCE = 5
# Dates found only as "the day of publication" or guessed from context may be a day off.
# Days taken from the previous sentence may belong to another clause, US and local time differ by a night.
_LOOSE = {"publication", "inferred", "inherited"}
# Outlets name one salvo "rockets", "missiles" or "ballistic missiles" (Arabic صواريخ is both), so those
# agree; a drone is another kind of attack.
_FAMILY: dict[Weapon, str] = {"drone": "drone", "rocket": "projectile", "mortar": "projectile", "missile": "projectile", "ballistic_missile": "projectile"}
_STATUS_RANK = {"confirmed": 0, "claimed": 1, "reported": 2}
# A follow-up report that repeats a toll without dating the attack ("a drone killed three US soldiers
# at Tower 22", published days later, or a funeral report weeks on) is that attack, not a new one:
# within this many days before.
FOLLOW_UP_DAYS = 14


@dataclass(frozen=True)
class Applied:
    event: EventState | None
    message: EventOpened | EventUpdated | None


def candidate_dates(claim: ClaimExtracted) -> list[date | None]:
    """The attack dates whose events a claim may join (the adapter's table lookup keys)."""
    d = claim.attack_date
    if d is None:
        return [None]
    back = FOLLOW_UP_DAYS if _follow_up(claim) else 1
    return [d + timedelta(days=k) for k in range(-back, 2)]


def _follow_up(claim: ClaimExtracted) -> bool:
    """Dated only by its publication (or a guess) and with a toll: may repeat an earlier attack's figures."""
    return claim.date_basis in _LOOSE and (claim.killed or 0) > 0


def _tolerance(claim: ClaimExtracted) -> int:
    return 1 if claim.date_basis in _LOOSE else 0


def _weapons_agree(a: Weapon, b: Weapon) -> bool:
    return a == "unknown" or b == "unknown" or _FAMILY[a] == _FAMILY[b]


def _vague(claim: ClaimExtracted) -> bool:
    """"two other US bases in Syria and Iraq" names several places: it never merges into one event."""
    return re.search(r"\b(?:bases|outposts|other)\b", claim.place_text.casefold()) is not None and "one of" not in claim.place_text.casefold()


def _matches(event: EventState, claim: ClaimExtracted) -> bool:
    if claim.base_id is not None:
        if event.base_id != claim.base_id:
            return False
        if event.attack_date is None or claim.attack_date is None:
            return True
        if not _weapons_agree(event.weapon, claim.weapon):
            return False
        days = (claim.attack_date - event.attack_date).days
        if (claim.killed or 0) > 0 and event.killed == claim.killed:
            # The same toll on the same base: a night apart ("Saturday night" in Washington), or a later
            # report that dates itself only by its publication.
            return abs(days) <= 1 or (_follow_up(claim) and 0 <= days <= FOLLOW_UP_DAYS)
        return abs(days) <= _tolerance(claim)
    # An unlinked claim joins a linked event of the same day, country and toll.
    if event.base_id is None or claim.attack_date is None or event.attack_date != claim.attack_date or _vague(claim):
        return False
    if claim.country not in (None, event.country):
        return False
    if claim.killed is not None and event.killed is not None and claim.killed != event.killed:
        return False
    return claim.casualty_side in (None, event.casualty_side) or event.casualty_side is None


def apply(candidates: Iterable[EventState], claim: ClaimExtracted) -> Applied:
    """Fold one claim into the events it may belong to."""
    matching = [e for e in candidates if _matches(e, claim)]
    if claim.base_id is None and len({e.event_id for e in matching}) > 1:
        matching = [e for e in matching if (e.killed or 0) > 0] if claim.casualty_side else []
        matching = matching if len(matching) == 1 else []
    if matching:
        event = min(matching, key=lambda e: _distance(e, claim))
        if claim.claim_id in event.claim_ids:
            return Applied(event, None)  # redelivered: nothing new
        updated = _updated(event, claim)
        return Applied(updated, EventUpdated(**updated.model_dump(exclude={"type"})))
    if claim.background:
        return Applied(None, None)  # recalled as context: joins an event, never opens one
    opened = _opened(claim)
    return Applied(opened, EventOpened(**opened.model_dump(exclude={"type"})))


def _distance(e: EventState, c: ClaimExtracted) -> int:
    if e.attack_date is None or c.attack_date is None:
        return 99
    return abs((e.attack_date - c.attack_date).days)


def _opened(c: ClaimExtracted) -> EventState:
    return EventState(
        event_id=str(uuid.uuid5(EVENT_NS, c.claim_id)),
        version=1,
        base_id=c.base_id,
        base_name=c.base_name,
        country=c.country,
        attack_date=c.attack_date,
        actor=c.actor,
        weapon=c.weapon,
        claim_ids=(c.claim_id,),
        article_ids=(c.article_id,),
        sources=(c.source,) if c.source else (),
        killed=c.killed,
        wounded=c.wounded,
        killed_latest=c.killed,
        casualty_side=c.casualty_side,
        status=c.status,
        evidence=(c.evidence,),
    )


def _max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


def _updated(e: EventState, c: ClaimExtracted) -> EventState:
    return e.model_copy(
        update={
            "version": e.version + 1,
            "attack_date": e.attack_date or c.attack_date,
            "actor": e.actor or c.actor,
            "weapon": e.weapon if e.weapon != "unknown" else c.weapon,
            "claim_ids": (*e.claim_ids, c.claim_id),
            "article_ids": _add(e.article_ids, [c.article_id]),
            "sources": _add(e.sources, [c.source] if c.source else []),
            "killed": _max(e.killed, c.killed),
            "wounded": _max(e.wounded, c.wounded),
            "killed_latest": c.killed if c.killed is not None else e.killed_latest,
            "casualty_side": e.casualty_side or c.casualty_side,
            "status": min(e.status, c.status, key=_STATUS_RANK.__getitem__),
            "evidence": e.evidence if len(e.evidence) >= MAX_EVIDENCE else (*e.evidence, c.evidence),
        }
    )


def _add(items: tuple[str, ...], new: Sequence[str]) -> tuple[str, ...]:
    return items + tuple(x for x in new if x not in items)
