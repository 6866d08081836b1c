"""Deaths told without a number ("several soldiers were killed"): a toll all the same, read as the smallest count the
words allow, so the fatality alerts; the militias' own dead and an exact count told elsewhere of the attack are not."""

from __future__ import annotations

import pytest

from basewatch.schemas import AlertRaised
from basewatch.services.enrich.domain.extract import UNCOUNTED_FLOOR
from tests.helpers import claims_of, fold_claims


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A drone struck al-Tanf on Monday, killing several fighters of the Syrian Democratic Forces."),
        ("it", "Domenica sera un drone ha colpito la base di al-Tanf. A seguito dell'attacco sono morti diversi soldati delle forze siriane."),
        ("fr", "Un drone a frappé lundi la base d'al-Tanf, tuant plusieurs combattants des FDS."),
        ("ar", "استهدفت طائرة مسيرة قاعدة التنف يوم الاثنين ما أدى إلى مقتل عدد من عناصر قسد."),
    ],
)
def test_deaths_without_a_number_are_a_floor_toll(language: str, text: str) -> None:
    """ "killing several fighters of the Syrian Democratic Forces": killed is UNCOUNTED_FLOOR, not None."""
    assert [(c.base_id, c.killed) for c in claims_of(text, "2023-11-14", language=language)] == [("al-tanf", UNCOUNTED_FLOOR)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A drone struck al-Tanf on Monday, killing several American soldiers."),
        ("fr", "Un drone a frappé lundi la base d'al-Tanf, tuant plusieurs soldats américains."),
        ("ar", "استهدفت طائرة مسيرة قاعدة التنف يوم الاثنين ما أدى إلى مقتل عدد من الجنود الأمريكيين."),
        ("zh", "周一，坦夫基地遭到无人机袭击，多名美军士兵死亡。"),
    ],
)
def test_us_deaths_without_a_number_are_no_toll(language: str, text: str) -> None:
    """ "killing several American soldiers": the Pentagon counts its dead, so an uncounted US toll is a claim no count
    backs (a militia outlet's); killed stays None."""
    assert [(c.base_id, c.killed) for c in claims_of(text, "2023-11-14", language=language)] == [("al-tanf", None)]


def test_deaths_without_a_number_raise_a_fatality_alert() -> None:
    """The point of the floor: the analyst is told of a partner force's deaths at al-Tanf."""
    out, _ = fold_claims(claims_of("A drone struck al-Tanf on Monday, killing several fighters of the Syrian Democratic Forces.", "2023-11-14"))
    assert [m.kind for m in out if isinstance(m, AlertRaised)].count("fatality") == 1


def test_uncounted_us_deaths_raise_no_fatality_alert() -> None:
    """A militia outlet's "several American soldiers killed" with no count: a new-target alert at most, never a
    critical fatality alert with an invented number."""
    out, _ = fold_claims(claims_of("A drone struck al-Tanf on Monday, killing several American soldiers.", "2023-11-14"))
    assert [m.kind for m in out if isinstance(m, AlertRaised)].count("fatality") == 0


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Drones hit the Erbil air base on Monday, wounding three US soldiers. Several members of the militia were killed."),
        (
            "de",
            "Bei der Drohnenattacke auf den US-Luftwaffenstützpunkt Erbil wurden am Montag drei US-Soldaten verletzt. In der Nacht wurden mutmaßlich "
            "auch drei Mitglieder der pro-iranischen Hisbollah-Miliz getötet.",
        ),
    ],
)
def test_members_of_the_militia_are_never_the_attacks_dead(language: str, text: str) -> None:
    """ "several members of the militia", "drei Mitglieder der Hisbollah-Miliz": the attackers' group, no toll."""
    assert [(c.base_id, c.killed) for c in claims_of(text, "2023-12-26", language=language)] == [("erbil", None)]


def test_an_exact_count_told_before_replaces_the_floor() -> None:
    """A headline's "five fighters" then "several SDF members were killed in the attack on the al-Omar base": five."""
    text = (
        "The SDF names five fighters killed in a drone attack\n\n"
        "On Monday, several members of the Syrian Democratic Forces were killed in a drone attack on the al-Omar oil field base."
    )
    assert [(c.base_id, c.killed) for c in claims_of(text, "2023-11-14")] == [("al-omar", 5)]
