"""Folding claims into attack events, and the alert rules over them (through the one state machine)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from pydantic import BaseModel

from basewatch.schemas import AlertRaised, AlertRevised, EventOpened, EventUpdated
from basewatch.services.alert.domain.machine import handle
from basewatch.services.alert.domain.state import HORIZON_DAYS, KeyValueEventStore
from tests.helpers import claim

TOWER = {"base_id": "tower-22", "base_name": "Tower 22", "country": "Jordan"}


class Machine:
    """The state machine over an in-memory store, as `run --offline` drives it."""

    def __init__(self) -> None:
        self.store = KeyValueEventStore()
        self.out: list[BaseModel] = []

    def feed(self, **kw: Any) -> list[BaseModel]:
        decision = handle(self.store, claim(**kw))
        self.store.write(decision.changes)
        self.out += decision.messages
        return list(decision.messages)

    def events(self) -> dict[str, EventOpened | EventUpdated]:
        last: dict[str, EventOpened | EventUpdated] = {}
        for m in self.out:
            if isinstance(m, EventOpened | EventUpdated):
                last[m.event_id] = m
        return {k: v for k, v in last.items() if v.merged_into is None}

    def alerts(self, kind: str) -> set[str]:
        return {m.alert_id for m in self.out if isinstance(m, AlertRaised | AlertRevised) and m.kind == kind}


def test_two_outlets_reporting_one_strike_make_one_event() -> None:
    """The second outlet's claim on the same base and day updates the event opened by the first."""
    m = Machine()
    first = m.feed(claim_id="c1", source="A", **TOWER, killed=3)
    second = m.feed(claim_id="c2", article_id="a2", source="B", **TOWER, killed=3, wounded=34)
    assert isinstance(first[0], EventOpened) and isinstance(second[0], EventUpdated)
    assert second[0].event_id == first[0].event_id
    assert (second[0].version, second[0].claim_ids, second[0].sources, second[0].wounded) == (2, ("c1", "c2"), ("A", "B"), 34)


def test_outlets_that_disagree_on_the_toll_make_one_event_with_the_range() -> None:
    """5, 6 and 7 killed at al-Omar on one day are one attack whose toll is 5-7, with one fatality alert."""
    m = Machine()
    for i, killed in enumerate([6, 5, 7]):
        m.feed(claim_id=f"c{i}", article_id=f"a{i}", base_id="al-omar", attack_date=date(2024, 2, 4), killed=killed, casualty_side="partner")
    (event,) = m.events().values()
    assert (event.killed_min, event.killed) == (5, 7) and len(m.alerts("fatality")) == 1


def test_attacks_on_one_base_on_different_days_are_different_events() -> None:
    """MSS Euphrates on Feb. 3 and on Feb. 5 are two attacks."""
    m = Machine()
    m.feed(claim_id="c1", base_id="mss-euphrates", attack_date=date(2024, 2, 3))
    assert isinstance(m.feed(claim_id="c2", base_id="mss-euphrates", attack_date=date(2024, 2, 5))[0], EventOpened)


def test_a_date_that_is_only_the_publication_day_may_be_one_day_off() -> None:
    """A claim dated by its publication day joins the event of the day before on the same base."""
    m = Machine()
    m.feed(claim_id="c1", base_id="al-tanf", attack_date=date(2023, 10, 19))
    assert isinstance(m.feed(claim_id="c2", base_id="al-tanf", attack_date=date(2023, 10, 20), date_basis="publication")[0], EventUpdated)


def test_a_claim_without_a_date_joins_the_compatible_event_instead_of_opening_one() -> None:
    """An undated report of three killed at Tower 22 is the dated attack with that toll."""
    m = Machine()
    m.feed(claim_id="c1", **TOWER, killed=3, weapon="drone")
    assert isinstance(m.feed(claim_id="c2", **TOWER, killed=3, weapon="drone", attack_date=None, date_basis=None)[0], EventUpdated)
    assert len(m.events()) == 1 and len(m.alerts("fatality")) == 1


def test_an_event_without_any_date_is_not_forgotten_when_a_dated_claim_arrives() -> None:
    """An undated, unpublished report has no age: a later dated report of its deaths still finds it (retention cannot place it)."""
    m = Machine()
    m.feed(claim_id="c1", **TOWER, weapon="drone", killed=3, attack_date=None, date_basis=None, published_at=None)
    m.feed(claim_id="c2", base_id="harir", base_name="Harir Air Base", country="Iraq", weapon="drone", attack_date=date(2024, 1, 5))
    m.feed(claim_id="c3", **TOWER, weapon="drone", killed=3, attack_date=date(2024, 1, 6))
    tower = [e for e in m.events().values() if e.base_id == "tower-22"]
    assert len(tower) == 1 and set(tower[0].claim_ids) == {"c1", "c3"}


def test_a_guessed_day_that_repeats_an_attacks_deaths_joins_that_attack() -> None:
    """A weekday resolved against a wrong reference (three weeks off) with Tower 22's toll raises no second alert."""
    m = Machine()
    m.feed(claim_id="c1", **TOWER, killed=3, weapon="drone")
    later = m.feed(claim_id="c2", **TOWER, killed=3, weapon="drone", attack_date=date(2024, 2, 18), date_basis="inferred")
    assert [type(x) for x in later] == [EventUpdated]


def test_a_different_toll_at_the_same_base_weeks_later_is_another_attack() -> None:
    """One US soldier killed at Tower 22 a month on is not the three killed on Jan. 28."""
    m = Machine()
    m.feed(claim_id="c1", **TOWER, killed=3, casualty_side="US")
    other = m.feed(claim_id="c2", **TOWER, killed=1, casualty_side="US", attack_date=date(2024, 3, 1), date_basis="publication")
    assert isinstance(other[0], EventOpened)


def test_rockets_and_missiles_on_one_base_on_one_day_are_one_salvo() -> None:
    """One outlet's "ballistic missiles" and another's "rockets" at Al-Asad on Jan. 20 are one attack."""
    m = Machine()
    m.feed(claim_id="c1", base_id="ain-al-asad", weapon="ballistic_missile")
    assert isinstance(m.feed(claim_id="c2", base_id="ain-al-asad", weapon="rocket")[0], EventUpdated)


def test_unlinked_claim_joins_the_linked_event_with_the_same_day_and_toll() -> None:
    """ "an outpost near the border" with 3 US killed on the same day joins the Tower 22 event."""
    m = Machine()
    m.feed(claim_id="c1", **TOWER, killed=3, casualty_side="US")
    vague = m.feed(claim_id="c2", place_text="one of its outposts", killed=3, casualty_side="US")
    assert isinstance(vague[0], EventUpdated) and vague[0].base_id == "tower-22"


def test_claims_about_several_other_bases_never_join_one_event() -> None:
    """ "two other US bases in Syria and Iraq" (the extractor says: several places) on the same day stays its own event."""
    m = Machine()
    m.feed(claim_id="c1", **TOWER, killed=3)
    other = m.feed(claim_id="c2", place_text="at least two other US bases in Syria and Iraq", place_kind="several")
    assert isinstance(other[0], EventOpened) and other[0].base_id is None


def test_a_redelivered_claim_repeats_its_decision_and_writes_nothing_new() -> None:
    """Handling the same claim twice gives the same messages and leaves the records as they were."""
    m = Machine()
    first = m.feed(claim_id="c1", **TOWER, killed=3)
    before = dict(m.store.records)
    again = m.feed(claim_id="c1", **TOWER, killed=3)
    assert [x.model_dump() for x in again] == [x.model_dump() for x in first] and dict(m.store.records) == before


def test_background_claims_join_events_but_never_open_one() -> None:
    """A recalled attack adds a source to its event, but alone opens nothing."""
    m = Machine()
    assert m.feed(claim_id="c0", **TOWER, background=True) == []
    m.feed(claim_id="c1", **TOWER)
    assert isinstance(m.feed(claim_id="c2", **TOWER, background=True)[0], EventUpdated)


def test_fatality_alert_is_raised_once_and_revised_with_what_changed() -> None:
    """6 killed raises a fatality alert; a later 7 revises it (toll); confirmation revises it (status); 7 again changes nothing."""
    m = Machine()
    first = m.feed(claim_id="c1", base_id="al-omar", killed=6, casualty_side="partner", status="claimed")
    raised = [a for a in first if isinstance(a, AlertRaised) and a.kind == "fatality"]
    assert raised and raised[0].severity == "critical" and raised[0].status == "claimed" and raised[0].date_precision == "day"
    revised = [a for a in m.feed(claim_id="c2", base_id="al-omar", killed=7, status="claimed") if isinstance(a, AlertRevised)]
    assert [(a.alert_id, a.revision, a.previous_killed, a.changes) for a in revised] == [(raised[0].alert_id, 1, 6, ("toll",))]
    confirmed = [a for a in m.feed(claim_id="c3", base_id="al-omar", killed=7, status="confirmed") if isinstance(a, AlertRevised)]
    assert [(a.revision, a.changes, a.status) for a in confirmed] == [(2, ("status",), "confirmed")]
    assert [a for a in m.feed(claim_id="c4", base_id="al-omar", killed=6) if isinstance(a, AlertRevised | AlertRaised)] == []


def test_a_fatality_alert_escalates_when_a_later_report_says_the_dead_were_american() -> None:
    """One killed at Harir with no side is "high"; a report that the dead man was a US soldier revises it to "critical" (severity)."""
    m = Machine()
    (raised,) = [a for a in m.feed(claim_id="c1", base_id="harir", killed=1) if isinstance(a, AlertRaised) and a.kind == "fatality"]
    revised = [a for a in m.feed(claim_id="c2", article_id="a2", base_id="harir", killed=1, casualty_side="US") if isinstance(a, AlertRevised)]
    assert (raised.severity, raised.casualty_side) == ("high", None)
    assert [(a.alert_id, a.revision, a.changes, a.severity, a.casualty_side) for a in revised] == [(raised.alert_id, 1, ("severity",), "critical", "US")]
    assert [a for a in m.feed(claim_id="c3", article_id="a3", base_id="harir", killed=1, casualty_side="US") if isinstance(a, AlertRevised)] == []


def test_new_target_is_raised_only_the_first_time_a_base_is_attacked() -> None:
    """The first event at a base raises new_target; later events there do not."""
    m = Machine()
    assert [a.kind for a in m.feed(claim_id="c1", base_id="harir") if isinstance(a, AlertRaised)] == ["new_target"]
    assert [a for a in m.feed(claim_id="c2", base_id="harir", attack_date=date(2024, 3, 1)) if isinstance(a, AlertRaised)] == []


def test_attacks_without_deaths_raise_no_fatality_alert() -> None:
    """0 killed is not a fatality."""
    m = Machine()
    m.feed(claim_id="c1", base_id="harir", killed=0, wounded=0)
    assert m.alerts("fatality") == set()


def test_replaying_the_same_claims_gives_the_same_event_and_alert_ids() -> None:
    """Same input, same order: same ids (the stream relies on this for replay)."""

    def ids() -> list[str]:
        m = Machine()
        for i, kw in enumerate([TOWER | {"killed": 3}, TOWER | {"killed": 3, "wounded": 34}, {"base_id": "harir"}]):
            m.feed(claim_id=f"c{i}", **kw)
        return [getattr(x, "event_id", "") + getattr(x, "alert_id", "") for x in m.out]

    assert ids() == ids() and len(ids()) == 7  # two events, two alerts raised, the fatality revised to 34 wounded


def test_events_past_the_horizon_are_forgotten_but_their_alert_is_not_raised_twice() -> None:
    """Old events leave the store (memory stays flat); a late report of an evicted fatal attack revises nothing and raises nothing."""
    m = Machine()
    m.feed(claim_id="old", **TOWER, killed=3, published_at=date(2024, 1, 29))
    start = date(2024, 1, 29)
    for i in range(30):
        day = start + timedelta(days=HORIZON_DAYS + 10 + i)
        m.feed(claim_id=f"n{i}", article_id=f"n{i}", base_id="harir", attack_date=day, published_at=day)
    assert m.store.member("old") is None and not any(k.startswith("c:old") for k in m.store.records)
    late = m.feed(claim_id="late", article_id="late", **TOWER, killed=3, published_at=start + timedelta(days=HORIZON_DAYS + 45))
    assert not [a for a in late if isinstance(a, AlertRaised | AlertRevised)] and len(m.alerts("fatality")) == 1


def test_a_guessed_day_months_ahead_does_not_age_the_feeds_attacks_out_of_the_horizon() -> None:
    """An undated page the attack calendar placed on August, arriving among January's news, leaves Tower 22's event
    live: a later report a night apart still joins it and the alert's day follows the reports back to 28 January."""
    m = Machine()
    m.feed(claim_id="c1", **TOWER, killed=3, attack_date=date(2024, 1, 28), date_basis="explicit", published_at=date(2024, 1, 29))
    guessed = {"attack_date": date(2024, 8, 5), "date_basis": "inferred", "date_precision": "approximate", "published_at": None}
    m.feed(claim_id="g1", article_id="g1", base_id="ain-al-asad", wounded=7, **guessed)
    m.feed(claim_id="c2", article_id="a2", **TOWER, killed=3, attack_date=date(2024, 1, 28), date_basis="explicit", published_at=date(2024, 1, 30))
    assert m.store.member("c1") is not None and len(m.alerts("fatality")) == 1
    assert len({e.event_id for e in m.out if isinstance(e, EventOpened | EventUpdated) and e.base_id == "tower-22"}) == 1


def test_the_same_toll_on_the_same_base_a_night_apart_is_one_attack() -> None:
    """ "Saturday night" (Washington) and "28 January" (local) with 3 killed at Tower 22: one event, one fatality alert."""
    m = Machine()
    m.feed(claim_id="c1", **TOWER, killed=3, attack_date=date(2024, 1, 27), date_basis="relative")
    second = m.feed(claim_id="c2", **TOWER, killed=3, attack_date=date(2024, 1, 28), date_basis="explicit")
    assert len(m.alerts("fatality")) == 1 and isinstance(second[0], EventUpdated)


def test_an_undated_report_of_a_forgotten_fatal_attack_revises_its_alert_instead_of_raising_one() -> None:
    """Months after the al-Omar attack left the horizon, an undated report of the same deaths reopens it under its id."""
    m = Machine()
    first = m.feed(claim_id="c1", article_id="a1", base_id="al-omar", killed=6, attack_date=date(2024, 2, 4), published_at=date(2024, 2, 5))
    event_id = first[0].event_id  # type: ignore[attr-defined]
    for i in range(20):
        day = date(2024, 2, 5) + timedelta(days=HORIZON_DAYS + 10 + i)
        m.feed(claim_id=f"n{i}", article_id=f"n{i}", base_id="harir", attack_date=day, published_at=day)
    assert m.store.member("c1") is None
    late = m.feed(claim_id="late", article_id="late", base_id="al-omar", killed=7, attack_date=None, date_basis=None)
    assert late[0].event_id == event_id and late[0].version == 2  # type: ignore[attr-defined]
    revised = [a for a in late if isinstance(a, AlertRevised)]
    assert [(a.changes, a.killed_min, a.killed, a.attack_date) for a in revised] == [(("toll",), 6, 7, date(2024, 2, 4))]
    assert len(m.alerts("fatality")) == 1


ASAD = {"base_id": "ain-al-asad", "base_name": "Ain al-Asad Air Base", "country": "Iraq"}
UNDATED = {"attack_date": None, "date_basis": None, "published_at": None}


def test_a_report_without_a_date_opens_its_own_event_when_its_base_had_several_recent_attacks() -> None:
    """Two attacks at Ain al-Asad this week: an undated report cannot tell which, so it joins neither."""
    m = Machine()
    m.feed(claim_id="c1", article_id="a1", **ASAD, weapon="drone", attack_date=date(2024, 1, 18), published_at=date(2024, 1, 18))
    m.feed(claim_id="c2", article_id="a2", **ASAD, weapon="drone", attack_date=date(2024, 1, 20), published_at=date(2024, 1, 20))
    undated = m.feed(claim_id="c3", article_id="a3", **ASAD, weapon="drone", **UNDATED)
    assert isinstance(undated[0], EventOpened) and undated[0].claim_ids == ("c3",) and len(m.events()) == 3


def test_a_report_without_a_date_or_deaths_opens_its_own_event_even_beside_a_recent_attack() -> None:
    """A base and a weapon are no sign of one attack: joining "the recent one" would depend on arrival order."""
    m = Machine()
    m.feed(claim_id="c1", article_id="a1", **ASAD, weapon="drone", attack_date=date(2024, 1, 20), published_at=date(2024, 1, 20))
    assert isinstance(m.feed(claim_id="c2", article_id="a2", **ASAD, weapon="drone", **UNDATED)[0], EventOpened)


def test_a_report_without_a_date_never_joins_an_attack_months_before_the_feeds_clock() -> None:
    """The one attack on record at the base is two months older than the newest report: an undated report is other news."""
    m = Machine()
    m.feed(claim_id="c1", article_id="a1", **ASAD, weapon="drone", attack_date=date(2024, 1, 20), published_at=date(2024, 1, 20))
    m.feed(claim_id="c2", article_id="a2", **TOWER, attack_date=date(2024, 3, 20), published_at=date(2024, 3, 20))
    assert isinstance(m.feed(claim_id="c3", article_id="a3", **ASAD, weapon="drone", **UNDATED)[0], EventOpened)


def test_two_reports_that_date_nothing_at_one_base_are_two_events() -> None:
    """Sharing only a base is no sign of one attack: undated reports never pool into one "undated" event."""
    m = Machine()
    m.feed(claim_id="c1", article_id="a1", **ASAD, weapon="drone", **UNDATED)
    m.feed(claim_id="c2", article_id="a2", **ASAD, weapon="drone", **UNDATED)
    assert len(m.events()) == 2


def test_reports_of_the_same_deaths_a_day_apart_become_one_attack_with_one_alert() -> None:
    """Local-time and Washington-time reports of three killed, bridged late by a report without a toll: one event, one alert id."""
    m = Machine()
    m.feed(claim_id="c1", article_id="a1", **TOWER, killed=3, attack_date=date(2024, 1, 27), date_basis="explicit")
    m.feed(claim_id="c2", article_id="a2", **TOWER, attack_date=date(2024, 1, 28), date_basis="explicit")  # no toll: its own day
    assert len(m.events()) == 2
    m.feed(claim_id="c3", article_id="a3", **TOWER, killed=3, attack_date=date(2024, 1, 28), date_basis="explicit")
    (event,) = m.events().values()
    assert set(event.claim_ids) == {"c1", "c2", "c3"} and len(m.alerts("fatality")) == 1
    assert {a.event_id for a in m.out if isinstance(a, AlertRaised | AlertRevised)} == {event.event_id}


def test_a_report_dated_by_its_publication_meets_attacks_up_to_two_days_before_it_never_after() -> None:
    """News of an attack is out on its day or within two days; a report published before an attack is not about it."""
    m = Machine()
    m.feed(claim_id="c1", article_id="a1", base_id="al-tanf", attack_date=date(2023, 10, 18))
    late = m.feed(claim_id="c2", article_id="a2", base_id="al-tanf", attack_date=date(2023, 10, 20), date_basis="publication", date_precision="approximate")
    assert isinstance(late[0], EventUpdated)
    m.feed(claim_id="c3", article_id="a3", base_id="harir", attack_date=date(2023, 11, 9))
    early = m.feed(claim_id="c4", article_id="a4", base_id="harir", attack_date=date(2023, 11, 8), date_basis="publication", date_precision="approximate")
    assert isinstance(early[0], EventOpened)


def test_an_outlier_toll_neither_widens_the_range_nor_drives_the_alert() -> None:
    """Four outlets say three killed, one misreads the wounded as 25 killed: the event and its alert say 3."""
    m = Machine()
    for i, killed in enumerate([3, 3, 25, 3, 3]):
        m.feed(claim_id=f"c{i}", article_id=f"a{i}", **TOWER, killed=killed, casualty_side="US")
    (event,) = m.events().values()
    last = [a for a in m.out if isinstance(a, AlertRaised | AlertRevised)][-1]
    assert (event.killed_min, event.killed) == (3, 3) and (last.killed_min, last.killed) == (3, 3)


def test_two_reports_dated_only_by_publication_two_days_apart_are_two_attacks() -> None:
    """Claimed drone attacks at Ain al-Asad published on the 21st and the 23rd: their windows overlap, which proves nothing."""
    m = Machine()
    pub = {"date_basis": "publication", "date_precision": "approximate", "weapon": "drone"}
    m.feed(claim_id="c1", article_id="a1", **ASAD, attack_date=date(2024, 1, 21), published_at=date(2024, 1, 21), **pub)
    assert isinstance(m.feed(claim_id="c2", article_id="a2", **ASAD, attack_date=date(2024, 1, 23), published_at=date(2024, 1, 23), **pub)[0], EventOpened)


def test_a_dated_report_does_not_join_an_event_that_no_report_dates() -> None:
    """An undated report opened an event at Ain al-Asad; a dated one without its deaths is no proof of the same attack."""
    m = Machine()
    m.feed(claim_id="c1", article_id="a1", **ASAD, weapon="drone", **UNDATED)
    dated = m.feed(claim_id="c2", article_id="a2", **ASAD, weapon="drone", attack_date=date(2024, 1, 20), published_at=date(2024, 1, 20))
    assert isinstance(dated[0], EventOpened) and len(m.events()) == 2


def test_an_undated_report_ages_from_when_it_arrived_and_leaves_the_horizon() -> None:
    """Undated reports must not pile up forever: one that came in January is forgotten once the feed is past the horizon."""
    m = Machine()
    m.feed(claim_id="c0", article_id="a0", **TOWER, attack_date=date(2024, 1, 10), published_at=date(2024, 1, 10))
    m.feed(claim_id="u", article_id="u", **ASAD, weapon="drone", **UNDATED)
    assert m.store.member("u") is not None
    for i in range(3):
        day = date(2024, 1, 10) + timedelta(days=HORIZON_DAYS + 14 + 7 * i)
        m.feed(claim_id=f"n{i}", article_id=f"n{i}", base_id="harir", attack_date=day, published_at=day)
    assert m.store.member("u") is None


def test_the_clock_leaves_out_exactly_the_days_dedup_ranks_as_guessed() -> None:
    """The retention clock's guessed rank is dedup's "inferred": a calendar or famous-toll day, nothing a text states."""
    from basewatch.services.alert.domain.dedup import RANK
    from basewatch.services.alert.domain.state import GUESSED_RANK

    assert RANK["inferred"] == GUESSED_RANK and {k for k, v in RANK.items() if v == GUESSED_RANK} == {"inferred"}


def test_one_article_stating_two_days_at_a_base_reports_two_attacks() -> None:
    """One article: Harir on 9 Nov (relative) and Harir on 8 Nov (relative): two events, though a day apart fits one."""
    m = Machine()
    harir = {"base_id": "harir", "base_name": "Harir Air Base", "country": "Iraq", "date_basis": "relative", "weapon": "drone"}
    m.feed(claim_id="c1", article_id="a1", attack_date=date(2023, 11, 9), **harir)
    assert isinstance(m.feed(claim_id="c2", article_id="a1", attack_date=date(2023, 11, 8), killed=0, wounded=0, **harir)[0], EventOpened)
    assert isinstance(m.feed(claim_id="c3", article_id="a2", attack_date=date(2023, 11, 8), **harir)[0], EventUpdated)
    assert len(m.events()) == 2


def test_one_article_telling_the_same_deaths_on_two_days_reports_one_attack() -> None:
    """ "Saturday night" and Biden's statement of Sunday, both with three dead at Tower 22, in one article: one attack."""
    m = Machine()
    m.feed(claim_id="c1", article_id="a1", **TOWER, attack_date=date(2024, 1, 27), date_basis="relative", killed=3)
    assert isinstance(m.feed(claim_id="c2", article_id="a1", **TOWER, attack_date=date(2024, 1, 28), date_basis="relative", killed=3)[0], EventUpdated)
    assert len(m.alerts("fatality")) == 1


def test_a_fatality_alert_is_revised_when_later_reports_count_more_wounded() -> None:
    """ "3 killed, 25 wounded", then 34 wounded: a revision naming `wounded`; a third report of 34 revises nothing."""
    m = Machine()
    m.feed(claim_id="c1", **TOWER, killed=3, wounded=25)
    (revised,) = [x for x in m.feed(claim_id="c2", article_id="a2", source="B", **TOWER, killed=3, wounded=34) if isinstance(x, AlertRevised)]
    assert (revised.changes, revised.wounded, revised.revision) == (("wounded",), 34, 1)
    assert not [x for x in m.feed(claim_id="c3", article_id="a3", source="C", **TOWER, killed=3, wounded=34) if isinstance(x, AlertRevised)]


def test_an_alert_record_kept_before_wounded_were_recorded_revises_nothing_for_them() -> None:
    """A ledger decoded from an older changelog record (no wounded field) never reads as a change of wounded."""
    from basewatch.services.alert.domain.state import Ledger

    old = Ledger.decode(b'["a1", 0, 3, 3, "reported", 738913, "tower-22", 0, 0, null, "critical"]')
    assert old.wounded == -1 and Ledger.decode(old.encode()).wounded == -1


def test_an_undated_retelling_of_the_same_deaths_with_another_weapon_raises_no_second_alert() -> None:
    """Tower 22, 3 killed by a drone; then an undated "3 killed" at Tower 22 that took its sentence's rockets: one attack."""
    m = Machine()
    m.feed(claim_id="c1", **TOWER, killed=3, weapon="drone")
    assert isinstance(m.feed(claim_id="c2", article_id="a2", **TOWER, attack_date=None, date_basis=None, killed=3, weapon="rocket")[0], EventUpdated)
    assert len(m.alerts("fatality")) == 1 and len(m.events()) == 1


def test_an_undated_report_placed_in_an_attack_past_the_horizon_stays_in_that_attack() -> None:
    """The decision that moves an old undated report into a new attack is not undone by the same decision's retention sweep."""
    m = Machine()
    m.feed(claim_id="c0", article_id="a0", **TOWER, attack_date=date(2024, 1, 10), published_at=date(2024, 1, 10))
    m.feed(claim_id="u", article_id="u", **ASAD, weapon="rocket", wounded=2, **UNDATED)
    day = date(2024, 1, 10) + timedelta(days=HORIZON_DAYS + 30)
    out = m.feed(claim_id="d", article_id="d", **ASAD, weapon="rocket", wounded=2, attack_date=day, published_at=day)
    (event,) = [x for x in out if isinstance(x, EventUpdated) and x.merged_into is None]
    assert "u" in event.claim_ids
    held = m.store.member("u")
    assert held is not None and m.store.resolve(held.event_id) == event.event_id
