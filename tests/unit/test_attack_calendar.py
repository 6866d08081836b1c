"""The attack calendar: undated reports placed on the one campaign day their bases and details fit, or left undated."""

from __future__ import annotations

from collections import Counter
from datetime import date
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from basewatch.schemas import ClaimExtracted
from basewatch.services.enrich import resources
from basewatch.services.enrich.domain.attack_calendar import place_on_calendar, tally_window
from basewatch.services.enrich.domain.doc import Resources, read
from basewatch.services.enrich.domain.gazetteer import AttackDay, Gazetteer
from basewatch.services.ingest.domain.intake import RawArticle, intake
from tests.helpers import claim, claims_of

SOURCE = "A made-up record for this test, standing in for a sourced entry."


def _base(base_id: str) -> dict[str, Any]:
    return {"id": base_id, "name": base_id, "country": "Syria", "lat": 35.0, "lon": 40.0, "aliases": [base_id], "source": SOURCE}


def _gazetteer(*days: tuple[str, str], twins: list[list[str]] | None = None, **extra: Any) -> Gazetteer:
    """A gazetteer of bases alpha, beta, gamma whose record is `days` (ISO day, base), each with `extra` fields."""
    bases = [_base(b) for b in ("alpha", "beta", "gamma")]
    record = [{"date": d, "base_id": b, "source": SOURCE, **extra} for d, b in days]
    return Gazetteer.from_dicts(bases, [], [], days=record, twins=[{"bases": t, "source": SOURCE} for t in twins or ()])


def _undated(base_id: str, n: int = 0, **kw: Any) -> ClaimExtracted:
    fields = {"claim_id": f"c{n}-{base_id}", "base_id": base_id, "attack_date": None, "date_basis": None, "date_precision": "none"}
    return claim(**(fields | kw))


def _days(claims: list[ClaimExtracted]) -> dict[str | None, date | None]:
    return {c.base_id: c.attack_date for c in claims}


def test_a_report_of_three_bases_hit_together_takes_the_one_day_they_were_all_hit() -> None:
    """Three bases the record has hit together once (and apart on other days) place an undated report on that day, as a guess."""
    gaz = _gazetteer(("2023-10-23", "alpha"), ("2023-10-23", "beta"), ("2023-10-23", "gamma"), ("2023-11-05", "alpha"), ("2023-12-01", "beta"))
    placed = place_on_calendar([_undated("alpha"), _undated("beta"), _undated("gamma")], gaz)
    assert _days(placed) == dict.fromkeys(("alpha", "beta", "gamma"), date(2023, 10, 23))
    assert {(c.date_basis, c.date_precision) for c in placed} == {("inferred", "approximate")}


def test_two_bases_with_a_month_take_the_one_day_of_that_month_they_were_hit_together() -> None:
    """Two bases "in October", hit together once that month and again in December, take the October day."""
    gaz = _gazetteer(("2023-10-26", "alpha"), ("2023-10-26", "beta"), ("2023-12-06", "alpha"), ("2023-12-06", "beta"))
    placed = place_on_calendar([_undated("alpha", date_month="2023-10"), _undated("beta", date_month="2023-10")], gaz)
    assert _days(placed) == {"alpha": date(2023, 10, 26), "beta": date(2023, 10, 26)}


def test_one_salvo_across_midnight_gives_each_base_its_own_day() -> None:
    """Bases hit late one evening and after midnight (the record files them a day apart) each take their own day."""
    gaz = _gazetteer(("2023-10-18", "alpha"), ("2023-10-19", "beta"), ("2023-10-19", "gamma"))
    placed = place_on_calendar([_undated("alpha"), _undated("beta"), _undated("gamma")], gaz)
    assert _days(placed) == {"alpha": date(2023, 10, 18), "beta": date(2023, 10, 19), "gamma": date(2023, 10, 19)}


def test_one_base_alone_with_no_day_stays_undated() -> None:
    """A report naming one base, however few its recorded days, is never placed: most of a busy base's attacks are unrecorded."""
    gaz = _gazetteer(("2023-10-23", "alpha"))
    (kept,) = place_on_calendar([_undated("alpha", date_month="2023-10", date_weekday=0)], gaz)
    assert (kept.attack_date, kept.date_precision) == (None, "none")


def test_two_bases_and_nothing_else_stay_undated() -> None:
    """Two bases alone (no month, weekday or wounded) are not enough: a pair is hit together on many unrecorded days."""
    gaz = _gazetteer(("2023-10-23", "alpha"), ("2023-10-23", "beta"))
    assert _days(place_on_calendar([_undated("alpha"), _undated("beta")], gaz)) == {"alpha": None, "beta": None}


def test_a_weekday_that_contradicts_the_only_candidate_leaves_the_report_undated() -> None:
    """ "On Tuesday" about three bases whose one shared day was a Monday fits no day: the report keeps no day."""
    gaz = _gazetteer(("2023-10-23", "alpha"), ("2023-10-23", "beta"), ("2023-10-23", "gamma"))
    claims = [_undated("alpha", date_weekday=1), _undated("beta"), _undated("gamma")]
    assert set(_days(place_on_calendar(claims, gaz)).values()) == {None}


def test_two_candidate_days_leave_the_report_undated() -> None:
    """Three bases hit together on two different days: the report could be either, so it stays undated."""
    gaz = _gazetteer(*[(d, b) for d in ("2023-10-23", "2024-01-02") for b in ("alpha", "beta", "gamma")])
    claims = [_undated("alpha"), _undated("beta"), _undated("gamma")]
    assert set(_days(place_on_calendar(claims, gaz)).values()) == {None}


def test_a_day_after_publication_is_no_candidate() -> None:
    """A report published on 1 December cannot tell of a later attack: of two shared days only the earlier fits."""
    gaz = _gazetteer(*[(d, b) for d in ("2023-10-23", "2024-01-02") for b in ("alpha", "beta", "gamma")])
    claims = [_undated(b, published_at=date(2023, 12, 1)) for b in ("alpha", "beta", "gamma")]
    assert set(_days(place_on_calendar(claims, gaz)).values()) == {date(2023, 10, 23)}


def test_a_rocket_report_does_not_fit_a_day_of_drones() -> None:
    """Rockets at three bases on the one day the record has them hit by drones: another attack, left undated."""
    gaz = _gazetteer(("2023-10-23", "alpha"), ("2023-10-23", "beta"), ("2023-10-23", "gamma"), weapon=["drone"])
    claims = [_undated(b, weapon="rocket") for b in ("alpha", "beta", "gamma")]
    assert set(_days(place_on_calendar(claims, gaz)).values()) == {None}


def test_a_wounded_figure_fits_only_a_day_the_record_gives_wounded_for() -> None:
    """ "Three wounded" fits no day the record gives no wounded for; with a like figure recorded it places the report."""
    days = (("2023-12-25", "alpha"), ("2023-12-25", "beta"))
    claims = [_undated("alpha", wounded=3), _undated("beta")]
    assert set(_days(place_on_calendar(claims, _gazetteer(*days))).values()) == {None}
    assert set(_days(place_on_calendar(claims, _gazetteer(*days, wounded=4))).values()) == {date(2023, 12, 25)}


def test_reports_with_deaths_and_background_mentions_are_left_to_the_alert_stage() -> None:
    """A claim with deaths (its toll names its attack downstream) and a recalled attack keep no guessed day."""
    gaz = _gazetteer(("2023-10-23", "alpha"), ("2023-10-23", "beta"), ("2023-10-23", "gamma"))
    claims = [_undated("alpha", killed=2), _undated("beta", background=True), _undated("gamma")]
    assert _days(place_on_calendar(claims, gaz)) == {"alpha": None, "beta": None, "gamma": None}


def test_twin_bases_count_each_other_s_recorded_days() -> None:
    """Bases outlets confuse (alpha/beta) share their record: a day filed under alpha may be beta's, so two days fit and none is picked."""
    gaz = _gazetteer(("2023-11-02", "alpha"), ("2023-11-02", "gamma"), ("2023-11-09", "beta"), ("2023-11-09", "gamma"), twins=[["alpha", "beta"]])
    claims = [_undated("beta", date_month="2023-11"), _undated("gamma")]
    assert set(_days(place_on_calendar(claims, gaz)).values()) == {None}


def test_the_placement_does_not_depend_on_the_order_of_the_claims() -> None:
    """The same claims in reverse order take the same days: a pure function of the article and the record."""
    gaz = _gazetteer(("2023-10-18", "alpha"), ("2023-10-19", "beta"), ("2023-10-19", "gamma"), ("2023-11-20", "alpha"))
    claims = [_undated("alpha", 0), _undated("beta", 1), _undated("gamma", 2), _undated("alpha", 3, date_weekday=2)]
    assert place_on_calendar(claims, gaz) == list(reversed(place_on_calendar(list(reversed(claims)), gaz)))


def test_an_undated_story_of_three_bases_struck_on_a_monday_is_placed_on_that_monday() -> None:
    """A story without a publication date of drones on al-Omar, al-Shaddadi and al-Malikiyah "on Monday" gets 23 Oct 2023, marked a guess."""
    text = (
        "Iraqi militias said on Monday their drones struck the US base at the al-Omar oil field in Deir ez-Zor. "
        "The same group said it also targeted the al-Shaddadi base and the al-Malikiyah base in Hasakah province with drones."
    )
    found = [c for c in claims_of(text, language="en") if c.base_id]
    assert {c.base_id for c in found} == {"al-omar", "al-shaddadi", "al-malikiyah"}
    assert {(c.attack_date, c.date_basis, c.date_precision) for c in found} == {(date(2023, 10, 23), "inferred", "approximate")}


def test_every_calendar_entry_names_a_known_base_once_a_day_within_the_campaign_with_a_source() -> None:
    """The data file loads: each entry a gazetteer base, at most once a day, from 17 Oct 2023 on, with a source note."""
    gaz = resources.gazetteer()
    assert len(gaz.attack_days) >= 100
    assert all(a.base_id in gaz.by_id for a in gaz.attack_days)
    assert all(a.date >= date(2023, 10, 17) for a in gaz.attack_days)
    assert max(Counter((a.date, a.base_id) for a in gaz.attack_days).values()) == 1
    assert all(set(twins) <= set(gaz.by_id) for twins in gaz.attack_twins.values())


def test_a_calendar_entry_with_an_unknown_field_or_no_source_is_rejected() -> None:
    """The loader validates each entry: a misspelt field or a missing source fails at load, not at run time."""
    with pytest.raises(ValidationError):
        AttackDay.model_validate({"date": "2023-10-23", "base_id": "al-tanf", "source": SOURCE, "wepaon": ["drone"]})
    with pytest.raises(ValidationError):
        AttackDay.model_validate({"date": "2023-10-23", "base_id": "al-tanf"})


# A running count of attacks for the tests below: 0 on 17 Oct, 20 on 27 Oct, 40 on 6 Nov, 100 on 20 Dec.
TALLY = [("2023-10-17", 0), ("2023-10-27", 20), ("2023-11-06", 40), ("2023-12-20", 100)]


def _counted(*days: tuple[str, str], wounded: dict[str, int] | None = None) -> Gazetteer:
    """The bases and record of `_gazetteer`, wounded figures by day, with the running count TALLY."""
    bases = [_base(b) for b in ("alpha", "beta", "gamma")]
    record = [{"date": d, "base_id": b, "source": SOURCE, "wounded": (wounded or {}).get(d)} for d, b in days]
    return Gazetteer.from_dicts(bases, [], [], days=record, tally=[{"date": d, "attacks": n, "source": SOURCE} for d, n in TALLY])


def test_a_count_of_attacks_gives_the_weeks_the_page_was_written_in() -> None:
    """30 attacks: from when the running count reached 70% of it to a few days after it passed it by 15%."""
    gaz = _counted()
    assert tally_window(30, gaz.tally) == (date(2023, 10, 27), date(2023, 11, 6))
    assert tally_window(None, gaz.tally) is None


def test_a_count_past_the_record_opens_the_weeks_and_one_far_past_it_tells_nothing() -> None:
    """A count the record has not reached gives weeks without an end; one of hundreds counts something else (Gaza, ships)."""
    gaz = _counted()
    assert tally_window(120, gaz.tally) == (date(2023, 12, 8), None)
    assert tally_window(450, gaz.tally) is None


@given(st.integers(min_value=5, max_value=200), st.integers(min_value=5, max_value=200))
def test_a_larger_count_never_dates_a_page_earlier(a: int, b: int) -> None:
    """The weeks of a larger count start no earlier than those of a smaller one: the running count only grows."""
    gaz = _counted()
    wa, wb = tally_window(min(a, b), gaz.tally), tally_window(max(a, b), gaz.tally)
    if wa is not None and wb is not None:
        assert wa[0] <= wb[0]


def test_a_single_base_with_a_weekday_is_placed_on_its_one_recorded_day_in_the_counted_weeks() -> None:
    """"The 30th attack", a Tuesday at alpha: of alpha's recorded Tuesdays only 31 Oct lies in those weeks; without the count it stays undated."""
    gaz = _counted(("2023-10-31", "alpha"), ("2023-11-21", "alpha"), ("2023-12-12", "alpha"))
    report = [_undated("alpha", date_weekday=1)]
    assert _days(place_on_calendar(report, gaz, tally=30)) == {"alpha": date(2023, 10, 31)}
    assert _days(place_on_calendar(report, gaz)) == {"alpha": None}


def test_a_single_base_without_another_fact_or_in_long_weeks_stays_undated() -> None:
    """The count alone does not pick one of a base's days; nor do long weeks with a weekday, unless a wounded figure fits."""
    gaz = _counted(("2023-11-28", "alpha"), ("2023-12-26", "alpha"), wounded={"2023-11-28": 4})
    assert _days(place_on_calendar([_undated("alpha")], gaz, tally=30)) == {"alpha": None}
    assert _days(place_on_calendar([_undated("alpha", date_weekday=1)], gaz, tally=90)) == {"alpha": None}
    assert _days(place_on_calendar([_undated("alpha", date_weekday=1, wounded=3)], gaz, tally=90)) == {"alpha": date(2023, 11, 28)}


def test_the_counted_weeks_leave_out_days_of_other_weeks_for_several_bases() -> None:
    """Two bases hit together in late October and again in December: "the 30th attack" takes the October day."""
    gaz = _counted(("2023-10-30", "alpha"), ("2023-10-30", "beta"), ("2023-12-14", "alpha"), ("2023-12-14", "beta"))
    assert _days(place_on_calendar([_undated("alpha"), _undated("beta")], gaz, tally=30)) == {"alpha": date(2023, 10, 30), "beta": date(2023, 10, 30)}


@pytest.mark.parametrize(
    ("text", "language", "base", "day"),
    [
        (
            "The Islamic Resistance in Iraq said on Tuesday it had sent two drones against the Ain al-Asad air base. "
            "US officials say American forces in Iraq and Syria have now been attacked at least 23 times since 17 October.",
            "en", "ain-al-asad", date(2023, 10, 31),
        ),
        (
            "أعلنت المقاومة الإسلامية في العراق يوم الثلاثاء أنها استهدفت قاعدة عين الأسد بطائرتين مسيرتين. "
            "وبذلك يبلغ عدد الهجمات على القوات الأمريكية في العراق وسوريا 23 هجوما منذ 17 أكتوبر.",
            "ar", "ain-al-asad", date(2023, 10, 31),
        ),
        (
            "Según fuentes de seguridad, la base de Ain al-Asad recibió el lunes varios cohetes. "
            "Las tropas estadounidenses en Irak y Siria han sido atacadas 23 veces desde el 17 de octubre.",
            "es", "ain-al-asad", date(2023, 10, 30),
        ),
    ],
)
def test_an_undated_page_that_counts_the_campaign_is_placed_in_its_weeks(text: str, language: str, base: str, day: date) -> None:
    """A page with no date, one base and a weekday, counting the attacks so far: placed on that base's recorded day of those weeks."""
    found = [c for c in claims_of(text, language=language) if c.base_id]
    assert [(c.base_id, c.attack_date, c.date_basis) for c in found] == [(base, day, "inferred")]


def test_the_running_count_loads_in_order_with_sources() -> None:
    """The data file's tally: days in order from 17 Oct 2023, counts that never fall, each with a source note."""
    tally = resources.gazetteer().tally
    assert len(tally) >= 8 and tally[0].date == date(2023, 10, 17)
    assert all(a.date < b.date and a.attacks <= b.attacks for a, b in pairwise(tally))


def test_a_single_base_with_a_wounded_figure_and_a_weekday_takes_the_one_day_the_record_gives_like_wounded() -> None:
    """"Seven wounded" at alpha on a Monday, no count: the one recorded Monday with a like figure; a weekday alone picks nothing."""
    gaz = _counted(("2024-08-05", "alpha"), ("2024-07-29", "alpha"), ("2024-01-22", "alpha"), wounded={"2024-08-05": 5, "2024-01-22": 40})
    assert _days(place_on_calendar([_undated("alpha", date_weekday=0, wounded=7)], gaz)) == {"alpha": date(2024, 8, 5)}
    assert _days(place_on_calendar([_undated("alpha", date_weekday=0)], gaz)) == {"alpha": None}


def test_a_single_base_with_many_wounded_takes_the_one_day_the_record_gives_like_wounded_without_a_weekday() -> None:
    """ "Eight wounded" at alpha, no day told: the one recorded day with a like figure; "two wounded" alone, or a figure no day has, stays undated."""
    gaz = _counted(("2024-08-09", "alpha"), ("2024-01-02", "alpha"), ("2023-10-26", "alpha"), wounded={"2024-08-09": 8, "2023-10-26": 1})
    assert _days(place_on_calendar([_undated("alpha", wounded=8)], gaz)) == {"alpha": date(2024, 8, 9)}
    assert _days(place_on_calendar([_undated("alpha", wounded=2)], gaz)) == {"alpha": None}
    assert _days(place_on_calendar([_undated("alpha", wounded=40)], gaz)) == {"alpha": None}
    twice = _counted(("2024-08-09", "alpha"), ("2023-11-20", "alpha"), wounded={"2024-08-09": 8, "2023-11-20": 8})
    assert _days(place_on_calendar([_undated("alpha", wounded=8)], twice)) == {"alpha": None}


def _armed(*days: tuple[str, str, list[str]], rare: tuple[str, ...] = ("ballistic_missile",), wounded: int | None = None) -> Gazetteer:
    """Base alpha's record: (ISO day, base, weapons), each day with `wounded`, the given weapons declared rare (every use recorded)."""
    record = [{"date": d, "base_id": b, "weapon": w, "wounded": wounded, "source": SOURCE} for d, b, w in days]
    return Gazetteer.from_dicts([_base("alpha")], [], [], days=record, rare=[{"weapon": w, "source": SOURCE} for w in rare])


def test_a_single_base_with_a_rare_weapon_and_a_weekday_takes_the_one_day_that_weapon_fell() -> None:
    """A ballistic missile at alpha "on Saturday": the one recorded Saturday with a ballistic missile, not a Saturday of drones or rockets."""
    gaz = _armed(("2024-01-20", "alpha", ["ballistic_missile", "rocket"]), ("2024-01-13", "alpha", ["rocket"]), ("2023-12-02", "alpha", ["drone"]))
    assert _days(place_on_calendar([_undated("alpha", weapon="ballistic_missile", date_weekday=5)], gaz)) == {"alpha": date(2024, 1, 20)}


def test_a_rare_weapon_alone_or_a_common_one_on_its_day_leaves_a_single_base_undated() -> None:
    """No weekday or month: the rare weapon's several days stay open; rockets on a Monday do not fit the Monday of the ballistic missile."""
    gaz = _armed(("2023-11-20", "alpha", ["drone", "ballistic_missile"]), ("2024-01-20", "alpha", ["ballistic_missile"]), wounded=8)
    assert _days(place_on_calendar([_undated("alpha", weapon="ballistic_missile")], gaz)) == {"alpha": None}
    assert _days(place_on_calendar([_undated("alpha", weapon="rocket", date_weekday=0, wounded=8)], gaz)) == {"alpha": None}
    undeclared = _armed(("2023-11-20", "alpha", ["ballistic_missile"]), ("2024-01-20", "alpha", ["ballistic_missile"]), rare=())
    assert _days(place_on_calendar([_undated("alpha", weapon="ballistic_missile", date_weekday=0)], undeclared)) == {"alpha": None}


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("en", "An official said there have been 36 attacks in Iraq and 37 in Syria so far. A drone hit Ain al-Asad.", 73),
        ("ar", "قال مسؤول إن القوات الأمريكية تعرضت للهجوم 14 مرة في العراق و9 مرات في سوريا. استهدفت طائرة مسيرة قاعدة عين الأسد.", 23),
        ("en", "The base has been attacked 30 times and 45 soldiers were wounded there. A drone hit Ain al-Asad.", 30),
    ],
)
def test_a_count_split_by_country_is_summed_and_a_toll_is_never_added(language: str, text: str, count: int) -> None:
    """ "36 attacks in Iraq and 37 in Syria" counts 73; "30 times and 45 soldiers wounded" counts 30: a toll is no count."""
    doc = read(intake(RawArticle(text=text, language=language)), Resources(resources.lexicon(), resources.calendar(), resources.gazetteer()))
    assert doc.tally == count


def test_a_single_base_with_a_day_of_the_month_takes_the_one_recorded_day_with_that_number() -> None:
    """ "On the 25th" at alpha, no month: the one recorded day of alpha that is a 25th; two such days, or none, leave it undated."""
    gaz = _gazetteer(("2023-10-22", "alpha"), ("2024-07-25", "alpha"), ("2023-12-14", "alpha"), ("2023-11-25", "beta"))
    assert _days(place_on_calendar([_undated("alpha")], gaz, month_days=frozenset({25}))) == {"alpha": date(2024, 7, 25)}
    assert _days(place_on_calendar([_undated("alpha")], gaz, month_days=frozenset({25, 22}))) == {"alpha": None}
    assert _days(place_on_calendar([_undated("alpha")], gaz, month_days=frozenset({9}))) == {"alpha": None}
    assert _days(place_on_calendar([_undated("alpha")], gaz)) == {"alpha": None}


def test_a_day_of_the_month_is_checked_with_what_else_the_report_gives() -> None:
    """The 25th of a drone report at alpha is not the recorded 25th of rockets, nor one after the page was published."""
    gaz = _gazetteer(("2024-07-25", "alpha"), weapon=["rocket"])
    assert _days(place_on_calendar([_undated("alpha", weapon="drone")], gaz, month_days=frozenset({25}))) == {"alpha": None}
    assert _days(place_on_calendar([_undated("alpha", weapon="rocket")], gaz, month_days=frozenset({25}))) == {"alpha": date(2024, 7, 25)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("米軍が駐留するアルアサド空軍基地に25日、ロケット弾による攻撃があった。負傷者はいないという。", "ja"),
        ("美军驻扎的阿萨德空军基地25日遭到火箭弹袭击，暂无人员伤亡报告。", "zh"),
    ],
)
def test_an_undated_east_asian_page_naming_only_the_day_of_the_month_is_placed_on_the_base_s_recorded_day(text: str, language: str) -> None:
    """East Asian news writes "the 25th" for a day of the page's month: with no date on the page, the base's one recorded 25th."""
    days = {day for a in resources.gazetteer().attack_days if a.base_id == "ain-al-asad" and a.date.day == 25 for day in [a.date]}
    found = [c for c in claims_of(text, language=language) if c.base_id]
    assert len(days) == 1
    assert [(c.base_id, c.attack_date, c.date_basis) for c in found] == [("ain-al-asad", days.pop(), "inferred")]


def test_a_page_with_a_publication_date_reads_its_days_of_the_month_from_it_not_from_the_record() -> None:
    """The same "25日" on a page published on 10 March 2024 is 25 February or earlier, never the record's July day."""
    found = [c for c in claims_of("米軍が駐留するアルアサド空軍基地に25日、無人機による攻撃があった。", "2024-03-10", language="ja") if c.base_id]
    assert all(c.attack_date is None or c.attack_date < date(2024, 3, 10) for c in found)



def _gazetteer4(*days: tuple[str, str]) -> Gazetteer:
    """A gazetteer of four bases, alpha to delta, whose record is `days` (ISO day, base)."""
    bases = [_base(b) for b in ("alpha", "beta", "gamma", "delta")]
    return Gazetteer.from_dicts(bases, [], [], days=[{"date": d, "base_id": b, "source": SOURCE} for d, b in days], twins=[])


def test_a_roundup_of_several_days_places_the_bases_most_of_it_gives_one_day() -> None:
    """Three of a page's four bases were hit together, the fourth days before: the three take their day, the fourth none."""
    together = [("2023-10-23", b) for b in ("alpha", "beta", "gamma")]
    gaz = _gazetteer4(*together, ("2023-10-18", "delta"), ("2023-12-01", "alpha"), ("2023-12-09", "beta"))
    placed = place_on_calendar([_undated(b) for b in ("alpha", "beta", "gamma", "delta")], gaz)
    assert _days(placed) == {"alpha": date(2023, 10, 23), "beta": date(2023, 10, 23), "gamma": date(2023, 10, 23), "delta": None}


def test_a_pair_of_a_roundups_bases_sharing_a_day_is_no_salvo() -> None:
    """Two of three bases sharing a day (with a weekday that fits it) stay undated: a pair is hit together on many unrecorded days."""
    gaz = _gazetteer4(("2023-10-23", "alpha"), ("2023-10-23", "beta"), ("2023-10-18", "gamma"))
    placed = place_on_calendar([_undated("alpha", date_weekday=0), _undated("beta"), _undated("gamma")], gaz)
    assert _days(placed) == {"alpha": None, "beta": None, "gamma": None}


def test_a_roundup_whose_bases_group_on_two_days_alike_stays_undated() -> None:
    """Three bases hit together one day and three (two of them the same) another: no one span holds most of the page."""
    gaz = _gazetteer4(*[("2023-10-23", b) for b in ("alpha", "beta", "gamma")], *[("2023-11-05", b) for b in ("beta", "gamma", "delta")])
    placed = place_on_calendar([_undated(b) for b in ("alpha", "beta", "gamma", "delta")], gaz)
    assert _days(placed) == dict.fromkeys(("alpha", "beta", "gamma", "delta"))


def test_a_roundup_sharing_a_day_among_half_its_bases_stays_undated() -> None:
    """Three of six bases on one day is half the page, not most of it: nothing is placed."""
    record = [("2023-10-23", "a"), ("2023-10-23", "b"), ("2023-10-23", "c"), ("2023-10-18", "d"), ("2023-11-02", "e"), ("2023-12-09", "f")]
    gaz = Gazetteer.from_dicts([_base(b) for b in "abcdef"], [], [], days=[{"date": d, "base_id": b, "source": SOURCE} for d, b in record], twins=[])
    placed = place_on_calendar([_undated(b) for b in "abcdef"], gaz)
    assert set(_days(placed).values()) == {None}
