"""Enrich stage, linking: each claim to one gazetteer base, with a confidence, or left unlinked.

Order of evidence: an alias inside the place text (1.0); a fuzzy match of the place's name against
every alias (rapidfuzz, scaled score); a context phrase of the sentence ("near the Syria-Jordan
border") for a claim that names no base (0.6). An unlinked claim keeps its place_text.
"""

from __future__ import annotations

import re
import uuid
from datetime import date

from basewatch.schemas import ClaimExtracted
from basewatch.schemas.messages import STATUS_RANK
from basewatch.services.enrich.domain.gazetteer import WEAPON_FAMILY, Gazetteer, HurtAttack, KnownAttack, PastAttack
from basewatch.services.enrich.domain.text import fold

FUZZY_CUTOFF = 88.0
CONTEXT_CONFIDENCE = 0.6
KNOWN_ATTACK_CONFIDENCE = 0.7
BESIDE_NAME = 30  # characters after a name where the region placing it is read ("Rukban, north-eastern Jordan")
NEIGHBOUR_KM = 20.0  # a famous attack is sometimes named after a locality this close to its base
RELOCATED_KM = 30.0  # a famous attack placed at another base this close by a denial (Tower 22 - al-Tanf: 20 km)
_NAME = re.compile(
    r"(?:base|garrison|outpost|airbase|air base|site|field|camp|قاعده|معسكر)s?\s(?:of|at|in|d'|de|du|von|bei|de la)?\s*([^\s,.;]+(?:[\s-][^\s,.;]+){0,3})"
)


def link(claim: ClaimExtracted, gaz: Gazetteer) -> ClaimExtracted:
    place = fold(claim.place_text)
    named = next(iter(gaz.find_bases(place)), None)
    wide = named is not None and _wide_alias_unhurt(claim, gaz, named, place)
    if named is not None and not wide:
        across = _across_border(claim, gaz, named[0], place)
        if across is not None:
            return _linked(claim, gaz, across, CONTEXT_CONFIDENCE, "context")
        known = _known_attack(claim, gaz)
        if known is not None and known != named[0] and (gaz.km_between(known, named[0]) <= NEIGHBOUR_KM or _misnamed_famous(claim, gaz, known, named[0])):
            # "the attack on the Rukban base killed three" on 28 Jan 2024: the famous attack at the outpost a
            # few km away, named after the locality beside it, with its date and toll.
            return _linked(claim, gaz, known, KNOWN_ATTACK_CONFIDENCE, "known_attack")
        if (moved := _relocated_famous(claim, gaz, named[0])) is not None:
            return _on_famous_day(_linked(claim, gaz, moved, KNOWN_ATTACK_CONFIDENCE, "known_attack"), gaz)
        return _linked(claim, gaz, named[0], 1.0, "alias")
    fuzzy = None if wide else _fuzzy(place, gaz)
    if fuzzy is not None:
        return _linked(claim, gaz, fuzzy[0], fuzzy[1], "fuzzy")
    evidence = fold(claim.evidence)
    in_place = gaz.find_context(place, 0, len(place))
    if (base_id := in_place or gaz.find_context(evidence, 0, len(evidence))) is not None:
        base = gaz.by_id[base_id]
        # "a vital target in the occupied Golan": a wide region places no site, unless the claim tells its victims
        wide = gaz.wide_context_only(base_id, place if in_place else evidence)
        hurt = (claim.killed or 0) + (claim.wounded or 0) > 0
        if claim.place_kind != "several" and not re.search(r"\bother\b", place) and claim.country in (None, base.country) and (hurt or not wide):
            return _linked(claim, gaz, base_id, CONTEXT_CONFIDENCE, "context")
    site = gaz.find_site_context(place) if claim.place_kind == "described" else None
    if site is not None and claim.country in (None, gaz.by_id[site].country) and not re.search(r"\b(?:an)?other\b", place):
        return _linked(claim, gaz, site, CONTEXT_CONFIDENCE, "context")  # "a base housing US troops in western Iraq"
    known = _known_attack(claim, gaz)
    if known is not None:
        return _linked(claim, gaz, known, KNOWN_ATTACK_CONFIDENCE, "known_attack")
    famous = _famous_toll(claim, gaz)
    if famous is not None:
        if claim.place_kind != "several" and claim.country in (None, gaz.by_id[famous].country):
            return _linked(claim, gaz, famous, KNOWN_ATTACK_CONFIDENCE, "known_attack")  # "a base in Jordan", its dead
        return claim.model_copy(update={"killed": None, "wounded": None, "casualty_side": None})  # "four US bases ...": its dead
    if (recalled := _famous_long_after(claim, gaz)) is not None:
        return _linked(claim, gaz, recalled, KNOWN_ATTACK_CONFIDENCE, "known_attack")
    if (by_wounded := _famous_hurt(claim, gaz)) is not None:
        return _on_guessed_day(_linked(claim, gaz, by_wounded.base_id, KNOWN_ATTACK_CONFIDENCE, "known_attack"), by_wounded.date)
    return claim


def _famous_hurt(claim: ClaimExtracted, gaz: Gazetteer) -> HurtAttack | None:
    """Pattern: a report that names no base and no deaths but the wounded figure of an attack known by it, in that
    attack's days, in its country and of its side ("eight US troops were injured in a drone attack on a base in Syria"
    a few days after the Rumalyn attack of 9 Aug 2024): that attack, on its day. One attack must fit."""
    if claim.place_kind == "several" or claim.killed or not claim.wounded:
        return None
    day = claim.attack_date or claim.published_at
    fits = [
        h for h in gaz.hurt_attacks
        if claim.wounded in h.wounded and claim.country in (None, gaz.by_id[h.base_id].country) and claim.casualty_side in (None, h.side)
        and day is not None and 0 <= (day - h.date).days <= FAMOUS_TOLL_DAYS
    ]  # fmt: skip
    return fits[0] if len(fits) == 1 else None


def famous_told(claim: ClaimExtracted, linked: ClaimExtracted, gaz: Gazetteer) -> ClaimExtracted | None:
    """Pattern: the famous attack's exact deaths, in its days, put on a claim at a base far from its site ("the group
    claimed a drone on the Zevulun naval site; no link is confirmed between these attacks and the incident that killed
    three soldiers and wounded 25"): linking takes them off that claim (`_linked`), and they still tell the famous
    attack, so the article reports it too: a claim at its base with those deaths (its id derived from the claim's).
    A neighbour's claim tells the famous attack too ("Drones struck the al-Tanf base on Sunday, killing three US
    soldiers", 28 Jan 2024: the first reports named Tower 22 after al-Tanf, 20 km away): the deaths are never lost
    (`consolidate` then takes the neighbour's bare claim for the famous attack placed elsewhere). None when the claim
    kept its toll or was itself moved to the famous base."""
    famous = _famous_toll(claim, gaz)
    if famous is None or linked.base_id is None or linked.base_id == famous or linked.killed is not None:
        return None  # an unlinked claim ("four US bases in Syria and Jordan") names no other base to have taken them from
    told = claim.model_copy(
        update={
            "claim_id": str(uuid.uuid5(uuid.UUID(claim.claim_id), f"famous:{famous}")),
            "place_text": gaz.by_id[famous].name,
            "place_kind": "other",
            "actor": None,
            "status": "reported",
        }
    )
    return _linked(told, gaz, famous, KNOWN_ATTACK_CONFIDENCE, "known_attack")


def beside_famous(told: ClaimExtracted, linked: ClaimExtracted, gaz: Gazetteer) -> bool:
    """The claim the famous attack's deaths were taken from lies next to the famous base (`RELOCATED_KM`)."""
    return told.base_id is not None and linked.base_id is not None and gaz.km_between(told.base_id, linked.base_id) <= RELOCATED_KM


def _wide_alias_unhurt(claim: ClaimExtracted, gaz: Gazetteer, named: tuple[str, int, int], place: str) -> bool:
    """An alias that is also one of the base's wide regions (`wide_context`: "شمال الجولان", the northern Golan,
    is how the reports of the deadly drone name the struck base, and how the claims name any unnamed site there)
    names the base only in a claim that tells victims, as the region phrase does as a context; so does a base noun
    phrase holding such a region, out of the days of the base's famous attack."""
    base_id, start, end = named
    if (claim.killed or 0) + (claim.wounded or 0) > 0:
        return False
    alias, wide = place[start:end], {fold(w) for w in gaz.by_id[base_id].wide_context}
    if alias in wide:
        return True
    # "a military base in the Golan Heights" (an alias holding the wide region) names the base the deadly drone
    # struck in that attack's days; months before, or with no day, it is an unnamed site the group claimed (April
    # 2024, an undated page: probe yf014)
    held = any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", alias) for w in wide)
    return held and not any(k.base_id == base_id and _in_famous_days(claim, k) for k in gaz.known_attacks)


def _across_border(claim: ClaimExtracted, gaz: Gazetteer, base_id: str, place: str) -> str | None:
    """ "in Rukban, north-eastern Jordan": a name shared by neighbouring sites on both sides of a border. The
    region written right after the name, a context of the neighbour across the border, decides."""
    evidence = fold(claim.evidence)
    at = evidence.find(place)
    if at < 0:
        return None
    other = gaz.find_context(evidence, at, min(len(evidence), at + len(place) + BESIDE_NAME))
    if other is None or other == base_id or gaz.by_id[other].country == gaz.by_id[base_id].country:
        return None
    return other if gaz.km_between(other, base_id) <= NEIGHBOUR_KM else None


def _known_attack(claim: ClaimExtracted, gaz: Gazetteer) -> str | None:
    """ "the Jan. 28 drone attack that caused the first U.S. fatalities": a famous attack, named by date and toll."""
    if claim.place_kind == "several":
        return None
    if claim.attack_date is None:
        # Undated ("a US base in Jordan ..., three soldiers killed", in an article without a date): the country and
        # the exact death toll name the famous attack when they fit one and only one.
        fits = [k.base_id for k in gaz.known_attacks if _its_deaths(claim, k)]
        fits = [b for b in fits if claim.country == gaz.by_id[b].country]
        return fits[0] if len(fits) == 1 else None
    for k in gaz.known_attacks:
        # fewer deaths than the famous toll on its day in its country: a part of them ("killed Rivers as well as Sgt.
        # Sanders and Sgt. Moffett", the ranks counted; an early "at least two"), the same attack
        same_toll = (claim.killed in (None, *k.tolls) or 0 < (claim.killed or 0) < max(k.tolls, default=0)) and claim.casualty_side in (None, k.side)
        told = claim.killed is not None or claim.casualty_side is not None
        same_day = k.date == claim.attack_date or (_year_guessed(claim, k.date) and _its_deaths(claim, k))
        if same_day and same_toll and told and claim.country in (None, gaz.by_id[k.base_id].country):
            return k.base_id
        if k.date == claim.attack_date and not told and _sole_site_that_day(claim, k, gaz):
            return k.base_id
    return None


def _misnamed_famous(claim: ClaimExtracted, gaz: Gazetteer, known: str, named: str) -> bool:
    """Pattern: the famous attack's toll at a neighbour across the border that the text itself places in the famous
    base's country ("three killed and 37 wounded at the Jordanian al-Tanf base": Arabic outlets called Tower 22 after
    al-Tanf, 20 km away in Syria, in the first days): the famous attack, misnamed, not deaths at the neighbour."""
    country = gaz.by_id[known].country
    return claim.country == country != gaz.by_id[named].country and gaz.km_between(known, named) <= RELOCATED_KM


def _sole_site_that_day(claim: ClaimExtracted, k: KnownAttack, gaz: Gazetteer) -> bool:
    """Pattern: a described base ("a US military base in Jordan"), its day stated, in the country of a famous attack on
    that very day, when the campaign's calendar holds no other base of that country attacked that day ("drones hit a
    US base in Jordan on Sunday (28/1)", the toll told in other sentences): the famous attack's base."""
    country = gaz.by_id[k.base_id].country
    if claim.place_kind != "described" or claim.date_basis not in ("explicit", "relative") or claim.country != country:
        return False
    that_day = {d.base_id for d in gaz.attack_days if d.date == k.date and gaz.by_id[d.base_id].country == country}
    return that_day == {k.base_id}


def _relocated_famous(claim: ClaimExtracted, gaz: Gazetteer, named: str) -> str | None:
    """Pattern: the famous attack's exact deaths, in its days, placed at a base across the border within RELOCATED_KM
    of its site (Jordan's denial: "the drone that killed three US troops struck not Jordan but the al-Tanf base in
    Syria"): the famous attack, placed elsewhere, never deaths at the neighbour nor a new attack there. Not a claim
    with a day of its own ("Drones struck al-Tanf on Sunday", the toll carried from a later sentence) nor a militia's
    claim on the neighbour: those stay attacks at the neighbour, the toll taken off (`_linked`)."""
    own_day = claim.date_basis not in (None, "publication", "inherited") or claim.date_weekday is not None
    if claim.place_kind == "several" or claim.status == "claimed" or own_day:
        return None
    famous = _famous_toll(claim, gaz) or _famous_wounded(claim, gaz)
    return famous if famous is not None and famous != named and gaz.km_between(famous, named) <= RELOCATED_KM else None


def _on_famous_day(claim: ClaimExtracted, gaz: Gazetteer) -> ClaimExtracted:
    """A claim moved to the famous attack with no day of its own but its page's takes that attack's day, as a guess."""
    known = [k.date for k in gaz.known_attacks if k.base_id == claim.base_id and _in_famous_days(claim, k)]
    return _on_guessed_day(claim, known[0]) if len(known) == 1 else claim


def _on_guessed_day(claim: ClaimExtracted, day: date) -> ClaimExtracted:
    """A claim placed at a known attack (by its toll or its wounded) with no day of its own but its page's takes that
    attack's day, as a guess."""
    if claim.date_basis not in (None, "publication", "inherited"):
        return claim
    return claim.model_copy(update={"attack_date": day, "date_basis": "inferred", "date_precision": "approximate", "date_weekday": None})


def _famous_wounded(claim: ClaimExtracted, gaz: Gazetteer) -> str | None:
    """The base of the famous attack whose wounded figure a claim with no deaths gives, on a page of that attack's days
    ("supporters of Kataib Hezbollah were suspected of attacking US forces in the area of al-Tanf, which resulted in
    more than 40 American personnel being injured", TASS four days after Tower 22): a figure reporting gave only for it."""
    if claim.killed is not None or not claim.wounded:
        return None
    fits = [k.base_id for k in gaz.known_attacks if claim.wounded in k.wounded and _in_famous_days(claim, k)]
    return fits[0] if len(fits) == 1 else None


def _year_guessed(claim: ClaimExtracted, day: date) -> bool:
    """The claim gives the famous attack's day and month with a year the text does not state ("they died Jan. 28",
    the year taken from a page stamp a year or more later, a repost's): the year is the guess, the day the attack's."""
    told = claim.attack_date
    return told is not None and claim.date_basis == "inferred" and told.year != day.year and (told.month, told.day) == (day.month, day.day)


def _fuzzy(place: str, gaz: Gazetteer) -> tuple[str, float] | None:
    m = _NAME.search(place)
    return gaz.fuzzy_base(m.group(1), FUZZY_CUTOFF) if m else None


def _linked(claim: ClaimExtracted, gaz: Gazetteer, base_id: str, confidence: float, method: str) -> ClaimExtracted:
    base = gaz.by_id[base_id]
    update: dict[str, object] = {
        "base_id": base.id,
        "base_name": base.name,
        "link_confidence": confidence,
        "link_method": method,
        "country": base.country,
    }
    if _famous_toll(claim, gaz) not in (None, base_id):
        update |= {"killed": None, "wounded": None, "casualty_side": None}
    elif (day := _famous_day(claim, gaz, base_id)) is not None:
        # a day carried from the story, more than a week after the famous attack: the story recalls it
        told_later = claim.date_basis in ("inherited", "publication") and claim.attack_date is not None and (claim.attack_date - day).days > FAMOUS_REPORT_DAYS
        update |= {"attack_date": day, "date_basis": "inferred", "background": claim.background or told_later or _recalled_by_page(claim, day)}
    elif (day := _famous_wounded_day(claim, gaz, base_id)) is not None:
        update |= {"attack_date": day, "date_basis": "inferred", "date_precision": "approximate", "date_weekday": None}
    elif (undated := _famous_undated(claim, gaz, base_id)) is not None:
        day, later = undated
        update |= {"attack_date": day, "date_basis": "inferred", "date_precision": "approximate", "date_month": None, "date_weekday": None}
        update["background"] = claim.background or _recalled_by_page(claim, day) or later
    return claim.model_copy(update=update)


def retold(claim: ClaimExtracted, gaz: Gazetteer, days: frozenset[tuple[int, int]] = frozenset()) -> bool:
    """An undated report of deaths that are those of a deadly attack before the campaign (`Gazetteer.before`): the
    same death toll, side and wounded figure (when it gives them), in that attack's country and at its base (when the
    report names them; a report that names neither is history whichever past attack it retells), and no famous
    campaign attack with that toll there. Pages that retell the March 2023 Hasakah drone or the 2020 Taji rockets
    without a date would otherwise raise a fatality alert for an attack years old. `days`: the (month, day) the page
    names without a year ("вечером 7 марта" on a page with no date): a past attack on none of them is not the one told;
    nor one on another weekday than the report names for its attack ("عصر الثلاثاء", Tuesday afternoon: not the
    Thursday drone of March 2023)."""
    if claim.attack_date is not None or not claim.killed or claim.background:
        return False
    if any(_its_deaths(claim, k) and claim.country in (None, gaz.by_id[k.base_id].country) for k in gaz.known_attacks):
        return False
    return any(
        _same_past_deaths(claim, h) and (not days or (h.date.month, h.date.day) in days) and _on_its_weekday(claim, h.date) for h in gaz.before
    )


def _on_its_weekday(claim: ClaimExtracted, day: date) -> bool:
    """The weekday the claim names for its attack (or the day before a statement's, `date_weekday_lag`) may be `day`'s."""
    if claim.date_weekday is None:
        return True
    return (claim.date_weekday - day.weekday()) % 7 <= (claim.date_weekday_lag or 0)


def _same_past_deaths(claim: ClaimExtracted, h: PastAttack) -> bool:
    other_base = None not in (h.base_id, claim.base_id) and h.base_id != claim.base_id
    if claim.country not in (None, h.country) or other_base:
        return False
    if claim.killed not in h.killed:
        return False
    if claim.casualty_side is not None and h.side is not None and claim.casualty_side != h.side:
        return False
    return not claim.wounded or not h.wounded or claim.wounded in h.wounded


def _its_deaths(claim: ClaimExtracted, k: KnownAttack) -> bool:
    """The claim gives one of the famous attack's reported death tolls (on its side, or on no side said)."""
    return claim.killed in k.tolls and claim.casualty_side in (None, k.side)


FAMOUS_REPORT_DAYS = 7  # how long after a famous attack a story may be dated by the day it was told


def _recalled_by_page(claim: ClaimExtracted, day: date) -> bool:
    """A famous attack's day put on a claim (its exact toll, the day stated or none) more than `FAMOUS_REPORT_DAYS`
    before the page's own publication day ("the drone attack in Jordan last month that killed three soldiers", in a
    story of 7 February about a US strike): the page recalls it, as extraction reads a stated day a week before the
    story's (the same reach)."""
    return claim.published_at is not None and (claim.published_at - day).days > FAMOUS_REPORT_DAYS


def _month_after(claim: ClaimExtracted, day: date) -> bool:
    """The claim's only date is its page's month, after the famous attack's ("the attack that killed three soldiers at a
    base in Jordan", on a page of February 2024 that gives no day): the page was written after the attack and recalls it.
    A month the text gives ("in March, three soldiers were killed") may be another attack's."""
    return claim.date_basis == "publication" and claim.date_month is not None and claim.date_month > day.isoformat()[:7]


def _famous_day(claim: ClaimExtracted, gaz: Gazetteer, base_id: str) -> date | None:
    """The day of the famous attack at this base whose exact toll the claim gives, when the claim is dated a few
    days after it: the day the story was told taken for the attack's ("the report of Tuesday 30 January": three
    soldiers killed at Tower 22, two days after the attack). A fatal attack's exact toll at its base is that
    attack, never a second one a few days later."""
    if not claim.killed or claim.attack_date is None:
        return None
    # a day the text does not give for the attack, however long after the famous attack, is the story's, not the
    # attack's: a day that is only the publication's ("Tras el ataque contra la Torre 22 que mató a tres soldados, las
    # milicias suspendieron sus ataques", published in July; "An Iraqi drone attack killed two soldiers", published
    # three days later), one carried down from the page's dateline or header stamp ("日期: 2025-03-17" above a repost of
    # the Tower 22 explainer), or one carried from another sentence of the story ("Rockets hit Harir on Tuesday. It
    # follows the drone attack on Tower 22 that killed three US soldiers.", in August): the exact famous toll at the
    # famous base is that attack recalled; a new attack's report would tell its own day
    reach = None if claim.date_basis in ("inherited", "publication") or _guessed_day(claim) else FAMOUS_REPORT_DAYS
    for k in gaz.known_attacks:
        days = (claim.attack_date - k.date).days
        # the day after counts only when it is the page's day: a text that states the next day tells its own attack
        after = days > 1 or (days == 1 and claim.date_basis == "publication")
        if k.base_id == base_id and _its_deaths(claim, k) and ((after and (reach is None or days <= reach)) or _year_guessed(claim, k.date)):
            return k.date
    return None


def _guessed_day(claim: ClaimExtracted) -> bool:
    """The claim's day is a guess, not one the text gives whole (basis inferred, precision approximate): counted from a
    page day that was only estimated ("today" under a site's clock above the headline, "25 February 2026", over a report
    of January 2024), placed on the attack calendar, or a day and month told with a guessed year."""
    return claim.date_basis == "inferred" and claim.date_precision == "approximate"


def _famous_wounded_day(claim: ClaimExtracted, gaz: Gazetteer, base_id: str) -> date | None:
    """The day of the famous attack at this base whose wounded figure a claim with no deaths and only its page's day
    gives, in that attack's days ("Oltre 40 persone sono state ferite nell'attacco ... Torre 22", two days after): the
    page's day is the story's, the figure the famous attack's. A recall with no day at all, on a page of those days, of
    an attack known by its wounded alone (`[[hurt]]`: "... after the drone attack on the US base in Erbil that left one
    service member critical and wounded two", in the next day's story of the US strikes) takes that attack's day too;
    a report of its own keeps its day untold, as its text leaves it."""
    if claim.killed is not None or not claim.wounded:
        return None
    if claim.attack_date is None:
        recalled = claim.background and claim.published_at is not None
        known = [(h.base_id, h.date, h.wounded) for h in gaz.hurt_attacks] if recalled else []
        day = claim.published_at
    elif claim.date_basis in ("inherited", "publication"):
        known, day = [(k.base_id, k.date, k.wounded) for k in gaz.known_attacks], claim.attack_date
    else:
        return None
    fits = [when for base, when, wounded in known if base == base_id and claim.wounded in wounded and day and 0 < (day - when).days <= FAMOUS_REPORT_DAYS]
    return fits[0] if len(fits) == 1 else None


def _famous_undated(claim: ClaimExtracted, gaz: Gazetteer, base_id: str) -> tuple[date, bool] | None:
    """The day of the famous attack at this base whose exact toll a claim with no day gives ("three US soldiers were
    killed at Tower 22", in an article without a date): that attack, never a second fatal one at the base. A report
    that gives no death count but one of the attack's reported wounded figures ("34 others wounded at Tower 22") is
    that attack too. A month or a weekday the text gives must fit the day, or a later day the deaths were announced on
    (`KnownAttack.announced`: the IDF cleared the Golan deaths of Wednesday for publication on Friday, and reports say
    "announced on Friday"); the day is a guess (approximate), not a date the text states. With it, whether the claim's
    only date is its page's month after every day the attack was told (`_month_after`): the page recalls the attack."""
    if claim.attack_date is not None or claim.killed == 0:
        return None
    for k in gaz.known_attacks:
        hurt = claim.killed is None and claim.wounded in k.wounded and claim.casualty_side in (None, k.side)
        if k.base_id != base_id or not (hurt or (claim.killed and _its_deaths(claim, k))):
            continue
        told = (k.date, *k.announced)  # "the army announced on Friday that two soldiers were killed": the day it was told
        later = _month_after(claim, max(told))  # a page of a later month recalls the attack
        if (claim.date_month not in (None, *(d.isoformat()[:7] for d in told)) and not later) or claim.date_weekday not in (None, *(d.weekday() for d in told)):
            continue
        return k.date, later
    return None


FAMOUS_TOLL_DAYS = 31  # how long after a famous attack an undated report's toll is still that attack's


def _in_famous_days(claim: ClaimExtracted, k: KnownAttack) -> bool:
    """The claim's day (its attack's as given, else its page's) falls in the famous attack's days: that day or up to
    FAMOUS_TOLL_DAYS after it. No day at all: not in them."""
    day = claim.attack_date or claim.published_at
    return day is not None and 0 <= (day - k.date).days <= FAMOUS_TOLL_DAYS


def _famous_toll(claim: ClaimExtracted, gaz: Gazetteer) -> str | None:
    """The base of the famous attack whose exact toll the claim gives, in that attack's days, or None.

    A story names the famous attack beside others the militias claimed the same day ("three soldiers died":
    Tower 22's, put on the al-Tanf or Zevulun claims of 28 January): those deaths are the famous attack's,
    never a second fatal attack (`_linked` drops them from a claim at another base)."""
    if not claim.killed:
        return None
    for k in gaz.known_attacks:
        if not _its_deaths(claim, k):
            continue
        if claim.attack_date is not None and claim.date_basis not in ("publication", "inherited"):
            if abs((claim.attack_date - k.date).days) <= 1:
                return k.base_id
            continue
        if claim.attack_date or claim.published_at:
            if _in_famous_days(claim, k):
                return k.base_id
            continue
        if claim.date_month is None or claim.date_month == k.date.isoformat()[:7]:
            return k.base_id  # no day at all: the toll alone, in the famous attack's month or none
    return None


def _famous_long_after(claim: ClaimExtracted, gaz: Gazetteer) -> str | None:
    """Pattern: a famous attack's exact toll at an unnamed site of its country, told with no day of its own in a story
    written months later ("those attacks decreased after three American soldiers were killed in a drone attack on a
    small US outpost in Jordan", August 2024): the famous attack recalled, not a new fatal one dated by the page or by
    a neighbouring sentence's day, or by "today" counted from a date the page shows but is no publication day (a site's
    clock above the headline, "25 February 2026", over a report of January 2024), unless extraction read that day as a
    recall's own ("died Feb. 9", its year a later stamp's: another day, recalled). A new fatal attack is told with its
    day, or named where it happened."""
    guessed_news = _guessed_day(claim) and not claim.background  # a recall's guessed day ("died Feb. 9") stays its own
    own_day = (claim.date_basis not in ("publication", "inherited") and not guessed_news) or claim.date_weekday is not None
    if not claim.killed or claim.attack_date is None or own_day or claim.place_kind in ("named", "several"):
        return None
    fits = [
        k.base_id for k in gaz.known_attacks
        if _its_deaths(claim, k) and claim.country == gaz.by_id[k.base_id].country and (claim.attack_date - k.date).days > FAMOUS_TOLL_DAYS
    ]  # fmt: skip
    return fits[0] if len(fits) == 1 else None


def consolidate(claims: list[ClaimExtracted], gaz: Gazetteer | None = None) -> list[ClaimExtracted]:
    """One claim per base and day within an article: repeated mentions fill each other's gaps."""
    out: list[ClaimExtracted] = []
    for c in _without_retold_deaths(_without_relocations(claims, gaz)):
        twin = next((i for i, o in enumerate(out) if _same_attack(o, c) or _described_again(o, c, claims)), None)
        if twin is None:
            out.append(c)
        else:
            out[twin] = _merge(out[twin], c)
    return out


def _described_again(o: ClaimExtracted, c: ClaimExtracted, claims: list[ClaimExtracted]) -> bool:
    """Pattern: a story that places its attack only by description ("an outpost in northern Jordan", linked to Tower 22
    by its toll and day) describes it again later with more of its toll and nothing that links it ("40 more were wounded
    in the attack on the US outpost in Jordan"): the later claim, placed nowhere, in the same country, with no day of
    its own, is the same attack, the only one the story places in that country."""
    if c.base_id is not None or c.background or o.background or c.place_kind not in ("described", "region") or c.country is None:
        return False
    if o.base_id is None or o.link_method not in ("known_attack", "context") or o.country != c.country:
        return False
    if not (c.attack_date is None or c.attack_date == o.attack_date or c.date_basis == "publication"):
        return False  # "... targets in Tiberias and the Golan" on the 5th, after the Golan deaths of the 2nd: another attack
    if c.killed is not None and o.killed is not None and c.killed != o.killed:
        return False
    return len({x.base_id for x in claims if x.base_id is not None and x.country == c.country}) == 1


def _without_relocations(claims: list[ClaimExtracted], gaz: Gazetteer | None) -> list[ClaimExtracted]:
    """A story of a famous attack with its deaths, which also names a neighbouring base without a toll, a day of
    its own or a militia's claim, tells the famous attack placed elsewhere (Jordan's denial: "the attack did not
    happen in Jordan, it targeted al-Tanf in Syria", 20 km away): the same attack, never a second one. A militia's
    claim on the neighbour that day (Nujaba's al-Tanf claim of 28 January) stays its own attack, and so does a neighbour
    named in one sentence with another base (a list of the targets of another attack)."""
    if gaz is None:
        return claims
    famous = {
        c.base_id: k.date for c in claims for k in gaz.known_attacks
        if c.base_id == k.base_id and c.killed in k.tolls and not c.background and _near_day(c.attack_date, k.date)
    }  # fmt: skip

    def listed(c: ClaimExtracted) -> bool:
        """Named in one sentence with another base that is not the famous one ("drones and missiles on the bases of
        al-Tanf and Green Village"): a list of targets of its own attack, not the famous attack placed elsewhere."""
        return any(o.evidence == c.evidence and o.base_id not in (None, c.base_id) and o.base_id not in famous for o in claims)

    def beside(c: ClaimExtracted) -> bool:
        """Its own sentence names the famous base too and the neighbour's attack has a weapon ("an hour and a half
        after the attack on Tower 22, another drone was launched at al-Tanf"): two attacks told apart, the neighbour's
        its own; not a denial or a locator naming no weapon ("the attack on Tower 22, a base across from Rukban")."""
        evidence = fold(c.evidence)
        return c.weapon != "unknown" and any(b in famous for b, _, _ in gaz.find_bases(evidence, 0, len(evidence)))

    def relocated(c: ClaimExtracted) -> bool:
        if c.base_id is None or c.base_id in famous or c.killed is not None or c.wounded is not None or c.status == "claimed" or listed(c):
            return False
        if beside(c):
            return False
        told = None if counted_from_guess(c) else c.attack_date  # a day read against a guessed page day is no day of its own
        return any(gaz.km_between(b, c.base_id) <= RELOCATED_KM and (_near_day(told, day) or _page_day_after(c, day)) for b, day in famous.items())

    return [c for c in claims if not relocated(c)]


def counted_from_guess(c: ClaimExtracted) -> bool:
    """On a page with no publication day, the claim's day was read from the text against a page day that was only
    estimated ("Sunday" under a site's clock above the headline, "25 February 2026", over a report of January 2024)."""
    return c.published_at is None and c.date_precision == "approximate" and c.date_basis in ("relative", "inherited", "publication")


def _page_day_after(c: ClaimExtracted, famous: date) -> bool:
    """Dated by its page only (a headline: "Jordan says US troops were killed at al-Tanf"), at most RELOCATION_TOLD_DAYS
    after the famous attack: the day the relocation was told, not a day of its own."""
    return c.date_basis in ("publication", "inherited") and c.attack_date is not None and 0 <= (c.attack_date - famous).days <= RELOCATION_TOLD_DAYS


RELOCATION_TOLD_DAYS = 2  # days after a famous attack that a denial placing it at the neighbouring base is reported


def _near_day(day: date | None, famous: date) -> bool:
    """Undated, the famous attack's day, or the day before it: copy written in US time dates an attack in the small
    hours of the 28th on the evening of the 27th."""
    return day is None or 0 <= (famous - day).days <= 1


def _without_retold_deaths(claims: list[ClaimExtracted]) -> list[ClaimExtracted]:
    """A story that names the base where its dead fell and, further on, tells the same deaths again without the name
    ("the base in Jordan hit a few days ago: three dead", then the day the names of the dead were published): the same
    country, the same death toll, a day no earlier than the named telling's and at most RETOLD_DAYS after it (the
    day of a statement about the dead), neither recalled: one attack, the named one, never a second fatal event."""
    named = [c for c in claims if c.base_id is not None and c.killed and not c.background and c.attack_date is not None]

    def retold(c: ClaimExtracted) -> bool:
        if c.base_id is not None or not c.killed or c.background or c.country is None:
            return False
        return any(
            n.country == c.country and n.killed == c.killed and n.attack_date is not None
            and (c.attack_date is None or 0 <= (c.attack_date - n.attack_date).days <= RETOLD_DAYS)
            for n in named
        )  # fmt: skip

    return [c for c in claims if not retold(c)]


RETOLD_DAYS = 3  # days after a named attack that a statement about its dead (their names, a revised toll) comes


def _same_attack(a: ClaimExtracted, b: ClaimExtracted) -> bool:
    if a.base_id is None and b.base_id is None:
        return _same_unnamed(a, b) or _same_vague_target(a, b)
    if a.base_id is None or a.base_id != b.base_id:
        return False
    if _other_month(a, b) or _other_month(b, a):
        return False  # "In late July, rockets were fired at the base" in a story of an August attack: another attack
    if a.background != b.background and (a.attack_date is None or b.attack_date is None):
        # "The IRI struck Harir on Saturday. Before this, three US troops were wounded in an attack on Harir": the
        # recalled attack is an earlier one; with no day to tie them, its toll is not the news's.
        return False
    if _other_weekday(a, b) or _other_weekday(b, a):
        return False
    if _other_weekday_and_weapon(a, b):
        return False  # "drones struck Ain al-Asad on Tuesday ... On Monday, rockets were fired at it", no day to count from: two attacks
    if a.attack_date is None or b.attack_date is None or a.attack_date == b.attack_date:
        return True
    # A date that only defaulted to the publication day yields to a stated one a day or two before; not to the day of
    # an attack recalled as background ("The attack is the second in two days, after a drone was downed on Sunday near
    # the airport": Sunday's is the earlier attack, the story's own undated one the page's day's)
    weak = _weak_date(a) or _weak_date(b)
    if weak and abs((a.attack_date - b.attack_date).days) <= 2 and a.background == b.background:
        return True
    if _published_after(a, b) or _published_after(b, a):
        return True
    if _famous_retold(a, b) or _famous_retold(b, a):
        return True
    if _told_on_page_day(a, b) or _told_on_page_day(b, a):
        return True
    # "Ryder said Tuesday ... . The attack on the Rumalyn base comes days after ...": a day carried over from the
    # sentence before (a statement's) is no second attack at the base a few days after the one the story dated
    return _carried_after(a, b) or _carried_after(b, a)


def _told_on_page_day(told: ClaimExtracted, deadly: ClaimExtracted) -> bool:
    """Pattern: a deadly attack told with its stated day ("three troops were killed Sunday, Jan. 28"), and a mention of
    the same base without a toll dated the page's own day by a word of that day ("an official said Monday the drone
    that struck Tower 22 may have been mistaken for ..."): the day of a statement about the attack, not a second one."""
    if told.date_basis != "relative" or told.attack_date is None or told.attack_date != told.published_at:
        return False
    if told.killed or told.wounded or not deadly.killed or deadly.date_basis != "explicit" or deadly.attack_date is None:
        return False
    return 1 <= (told.attack_date - deadly.attack_date).days <= STATEMENT_DAYS


STATEMENT_DAYS = 2  # days after a deadly attack that a statement about it, dated by the page's day, still tells it


def _published_after(told: ClaimExtracted, stated: ClaimExtracted) -> bool:
    """A telling dated only by the page (a headline) and a telling of the same base whose day the story states, up to
    CARRIED_DAYS before the page ("... claimed on Sunday an attack two days earlier", published Monday): one attack."""
    if told.date_basis != "publication" or stated.date_basis not in ("explicit", "relative"):
        return False
    if stated.background and not told.background and _prose(told):
        # "The IRI struck the Harir base with a drone. It had last targeted the said base on 17 November.": a story
        # that told its attack in a sentence of its own, then recalls a day at that base, recalls an earlier attack. A
        # headline ("Militia strikes Haifa port") over "an attack that took place two days earlier" tells one.
        return False
    assert told.attack_date is not None and stated.attack_date is not None
    return 0 <= (told.attack_date - stated.attack_date).days <= CARRIED_DAYS


def _prose(c: ClaimExtracted) -> bool:
    """The claim was told in a sentence, closed by its stop, not in a headline."""
    return c.evidence.rstrip().endswith(SENTENCE_ENDS)


SENTENCE_ENDS = (".", "!", "?", "。", "؟", "۔", "।")


def _famous_retold(told: ClaimExtracted, famous: ClaimExtracted) -> bool:
    """A telling dated only by the page's own day (its publication or the stamp carried down from it) and a telling of
    the same base that the famous attack's toll dated earlier ("22号塔是什么?" over a repost of the Tower 22 explainer):
    one attack, the famous one, not a second at the base on the day the page was saved."""
    page_day = told.date_basis == "publication" or (told.date_basis == "inherited" and told.attack_date == told.published_at)
    assert told.attack_date is not None and famous.attack_date is not None
    return page_day and famous.date_basis == "inferred" and bool(famous.killed) and famous.attack_date < told.attack_date


CARRIED_DAYS = 7  # how long after a stated attack day a carried-over day at the same base is still that attack's
CARRIED_MIN_DAYS = 3  # a day or two after, it may well be the next attack of a salvo ("on the 18th ... and the 19th")


def _carried_after(carried: ClaimExtracted, stated: ClaimExtracted) -> bool:
    if carried.date_basis != "inherited" or stated.date_basis not in ("explicit", "relative", "inherited"):
        return False
    if stated.background and not carried.background:
        return False  # "... had last targeted the said base on 17 November": the recalled attack is an earlier one
    assert carried.attack_date is not None and stated.attack_date is not None
    # after a deadly attack's story, a mention of its base with no toll and a day carried from a later statement ("According
    # to a report on Tuesday, 40 were also wounded. CENTCOM is investigating how the drone evaded air defences at Tower
    # 22.") is more of that story, even a day or two later: a salvo's next attack is told with a day of its own
    low = 1 if stated.killed and not carried.killed and not carried.wounded else CARRIED_MIN_DAYS
    return low <= (carried.attack_date - stated.attack_date).days <= CARRIED_DAYS


def _other_month(undated: ClaimExtracted, dated: ClaimExtracted) -> bool:
    """An undated claim that names its month, and a dated one of another month."""
    if undated.attack_date is not None or undated.date_month is None or dated.attack_date is None:
        return False
    return undated.date_month != dated.attack_date.strftime("%Y-%m")


def _other_weekday_and_weapon(a: ClaimExtracted, b: ClaimExtracted) -> bool:
    """Two mentions of a base on a page with no day to count from, each with its own weekday and a weapon of another
    family (drones on Tuesday, rockets on Monday): two attacks. A weekday alone may be carried from a neighbouring
    sentence ("yesterday, Monday, the Pentagon said ... . The group said at dawn today ..."), so it does not part them."""
    if a.attack_date is not None or b.attack_date is not None or None in (a.date_weekday, b.date_weekday) or a.date_weekday == b.date_weekday:
        return False
    families = {WEAPON_FAMILY.get(a.weapon), WEAPON_FAMILY.get(b.weapon)}
    return None not in families and len(families) == 2


def _other_weekday(undated: ClaimExtracted, dated: ClaimExtracted) -> bool:
    """ "The attack came on Friday evening ... Conoco was also targeted on 26 September": a weekday with no day to count
    from that the other mention's day does not fall on (the 26th was a Thursday) tells another attack."""
    if undated.attack_date is not None or undated.date_weekday is None or dated.attack_date is None:
        return False
    if dated.date_basis == "inferred" and dated.killed:
        return False  # a famous attack's day guessed from its deaths: they were often announced on a later weekday
    return dated.attack_date.weekday() != undated.date_weekday


def _same_unnamed(a: ClaimExtracted, b: ClaimExtracted) -> bool:
    """A story that tells its one attack twice without naming the base (the lede, then the Pentagon's words: "a drone
    hit a coalition base near Hasakah, one contractor killed, five soldiers wounded"): the same country, the same
    toll, no other day, neither recalled, is one attack (an unlinked claim has no base to join it by)."""
    told = (a.killed, a.wounded) == (b.killed, b.wounded) and bool(a.killed or a.wounded)
    same_day = a.attack_date is None or b.attack_date is None or a.attack_date == b.attack_date
    return told and same_day and a.country is not None and a.country == b.country and not (a.background or b.background)


def _same_vague_target(a: ClaimExtracted, b: ClaimExtracted) -> bool:
    """Pattern: a story that tells its one unnamed target again and again, in the headline, the lede and the group's
    quoted statement ("a military target in the Golan Heights", "an Israeli military target in the Golan Heights", "a
    military target in the occupied Golan"): the same country, day and weapon, no toll in either, a proper name of the
    place in both, neither recalled. A second target of the day is told with a place of its own ("in northern Israel")."""
    if a.country is None or a.country != b.country or a.attack_date != b.attack_date or a.background or b.background:
        return False
    if a.weapon != b.weapon or a.weapon == "unknown" or {a.place_kind, b.place_kind} - {"region", "described"}:
        return False
    if any(x is not None for x in (a.killed, a.wounded, b.killed, b.wounded)):
        return False
    return not _place_names(a.place_text).isdisjoint(_place_names(b.place_text))


_NAME_WORD = re.compile(r"\w{4,}")


def _place_names(text: str) -> frozenset[str]:
    """The words of a place's text that name a place: capitalized in a cased script, any long word in another."""
    return frozenset(w.casefold() for w in _NAME_WORD.findall(text) if w[0].isupper() or not w[0].isascii())


def _weak_date(c: ClaimExtracted) -> bool:
    """The claim's day only defaulted: to the publication day, by inference, or inherited from the page's own
    dateline ("2024-07-17 | 01:07" over a repeated headline): the publication day again, not the attack's."""
    return c.date_basis in ("publication", "inferred") or (c.date_basis == "inherited" and c.attack_date == c.published_at)


_BASIS_RANK = {"explicit": 0, "relative": 1, "inferred": 2, "inherited": 3, "publication": 4, None: 5}


def _merge(a: ClaimExtracted, b: ClaimExtracted) -> ClaimExtracted:
    date_src = a if _BASIS_RANK[a.date_basis] <= _BASIS_RANK[b.date_basis] else b
    return a.model_copy(
        update={
            "attack_date": date_src.attack_date,
            "date_basis": date_src.date_basis,
            "date_precision": date_src.date_precision,
            "date_month": date_src.date_month,
            "date_weekday": a.date_weekday if a.date_weekday is not None else b.date_weekday,  # undated: whichever names a weekday
            "actor": a.actor or b.actor,
            "weapon": a.weapon if a.weapon != "unknown" else b.weapon,
            "killed": _max(a.killed, b.killed) if not _vague_toll(a, b) else None,
            "wounded": _max(a.wounded, b.wounded) if not _vague_toll(a, b) else None,
            "casualty_side": a.casualty_side or b.casualty_side,
            "status": min(a.status, b.status, key=STATUS_RANK.__getitem__),
            "background": a.background and b.background,
            "link_confidence": max(a.link_confidence, b.link_confidence),
        }
    )


def _vague_toll(a: ClaimExtracted, b: ClaimExtracted) -> bool:
    """One telling names victims without a count ("several US personnel were injured"), the other only denies
    ("causing no damage", no casualties): the denial is no toll of none for victims the story already told of."""

    def victims(c: ClaimExtracted) -> bool:
        return c.casualty_side is not None and c.killed is None and c.wounded is None

    def none_or_zero(c: ClaimExtracted) -> bool:
        return not c.killed and not c.wounded

    return (victims(a) and none_or_zero(b)) or (victims(b) and none_or_zero(a))


def _max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)
