"""Follow-up reports of an attack's deaths (claims of responsibility, investigations, funerals) raise no new alert."""

from __future__ import annotations

from basewatch.schemas import AlertRaised, AlertRevised
from basewatch.services.ingest.domain.intake import RawArticle
from basewatch.tools.pipeline import run


def _article(id_: str, published: str, text: str) -> RawArticle:
    return RawArticle(id=id_, published_at=published, source=f"Outlet {id_}", text=text)


REPORT = _article("r", "2024-01-28", "A drone struck Tower 22 overnight, killing three American soldiers, officials said on Sunday.")
FOLLOW_UPS = [
    _article("f1", "2024-02-08", "Rockets hit al-Tanf on Wednesday, weeks after the deadly attack on Tower 22 that killed three soldiers."),
    _article("f2", "2024-02-09", "The drone attack that killed three US soldiers at Tower 22 was launched by Kataib Hezbollah, officials said on Thursday."),
    _article("f3", "2024-02-12", "The families of the three soldiers killed at Tower 22 received them at Dover on Friday."),
]


def _fatality_ids(articles: list[RawArticle]) -> set[str]:
    return {m.alert_id for m in run(articles) if isinstance(m, (AlertRaised, AlertRevised)) and m.kind == "fatality"}


def test_reports_of_the_same_deaths_days_later_revise_the_attacks_alert_and_raise_none() -> None:
    """Three later articles that repeat Tower 22's three deaths, each dated by its own day of writing: one fatality alert."""
    assert len(_fatality_ids([REPORT, *FOLLOW_UPS])) == 1


def test_a_follow_up_read_before_the_report_still_makes_one_fatality_alert() -> None:
    """Arrival order does not matter: the funeral report first, the attack's report last, still one alert id."""
    assert len(_fatality_ids([*reversed(FOLLOW_UPS), REPORT])) == 1


def test_a_new_attack_with_the_same_toll_on_a_written_out_day_is_its_own_fatality() -> None:
    """ "On February 7, a drone killed three soldiers at Tower 22" is dated by a written day: a second fatal attack, a second alert."""
    again = _article("n", "2024-02-08", "On February 7, 2024, a drone killed three soldiers at Tower 22.")
    assert len(_fatality_ids([REPORT, again])) == 2


def test_the_day_most_reports_state_dates_the_attack_over_one_datelined_report() -> None:
    """A wire dateline's written "29 January 2024" (the report's day) does not outvote three outlets' "on Sunday" (the 28th)."""
    articles = [
        _article("d", "2024-01-29", "Amman, 29 January 2024: Three American soldiers were killed in a drone attack on Tower 22, an outpost in Jordan."),
        _article("a", "2024-01-29", "A one-way drone hit Tower 22 in northeastern Jordan on Sunday, killing three US troops and wounding dozens."),
        _article("b", "2024-01-29", "Three American service members died on Sunday when a drone struck their housing at Tower 22, the Pentagon said."),
        _article("c", "2024-01-30", "Officials said on Monday that the drone which killed three soldiers at Tower 22 on Sunday was not intercepted."),
    ]
    alerts = [m for m in run(articles) if isinstance(m, (AlertRaised, AlertRevised)) and m.kind == "fatality"]
    assert len({m.alert_id for m in alerts}) == 1
    assert str(max(alerts, key=lambda m: m.revision).attack_date) == "2024-01-28"


def test_a_late_copy_after_the_attack_left_the_horizon_does_not_take_back_its_confirmation() -> None:
    """Months later an undated outlet's copy of Tower 22's deaths reopens the forgotten event: the alert stays confirmed, no revision."""
    articles = [
        _article("p", "2024-01-29", "The Pentagon confirmed that a one-way drone killed three US soldiers at Tower 22 in Jordan on Sunday."),
        _article("q", "2024-06-20", "Rockets hit Ain al-Asad air base on Wednesday, causing no casualties, officials said."),
        _article("r", "2024-06-21", "A drone attack on Erbil air base on Thursday caused no injuries, the Kurdish counter-terrorism service said."),
        RawArticle(id="s", source="Outlet s", text="Three American soldiers died at Tower 22 after a drone hit their quarters on Saturday, it said."),
    ]
    alerts = [m for m in run(articles) if isinstance(m, (AlertRaised, AlertRevised)) and m.kind == "fatality"]
    assert [(m.revision, m.status, str(m.attack_date)) for m in alerts] == [(0, "confirmed", "2024-01-28")]
