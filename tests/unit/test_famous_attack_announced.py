"""A famous attack's deaths told by the day they were announced: undated reports that name that weekday are still that attack.

The IDF cleared the deaths of the Golan drone of Wednesday 2 October 2024 for publication on Friday 4 October; the SDF
and the Syrian Observatory gave the al-Omar toll of Sunday 4 February 2024 on Monday. Undated pages say "the army
announced on Friday" or "today (Monday)": that weekday is the announcement's (`KnownAttack.announced`), so the report
still takes the attack's day, joins its event, and raises no second fatality alert. Sentences in our own words.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import claims_of


def test_an_undated_report_of_the_golan_deaths_announced_on_friday_takes_the_attack_s_wednesday() -> None:
    """ "On Friday the army announced two soldiers dead": the famous attack of 2 October, a guess, not Friday's."""
    text = (
        "Vendredi, l'armée israélienne a annoncé la mort de deux de ses soldats, "
        "tués par un drone parti d'Irak qui s'est abattu sur une base militaire du Golan."
    )
    assert [(c.base_id, c.attack_date, c.date_basis, c.killed) for c in claims_of(text, None, language="fr")] == [
        ("northern-golan-idf-base", date(2024, 10, 2), "inferred", 2)
    ]


def test_a_weekday_that_is_neither_the_attack_s_nor_the_announcement_s_is_another_attack() -> None:
    """ "on Tuesday" fits neither Wednesday 2 nor Friday 4 October: the report keeps no guessed day."""
    text = "The army said on Tuesday that two soldiers were killed and 24 wounded when a drone from Iraq hit a base in the Golan Heights."
    assert [c.attack_date for c in claims_of(text, None, language="en")] == [None]


def test_the_al_omar_toll_given_on_monday_takes_the_sunday_attack() -> None:
    """ "seven SDF members died today (Monday)": the al-Omar attack of Sunday 4 February."""
    text = (
        "لقي سبعة عناصر من قوات سوريا الديمقراطية حتفهم اليوم (الاثنين) إثر ضربة بطائرة مسيرة على موقع لهم. "
        "وذكر المرصد أن الضربة أصابت مقرا داخل حقل العمر وأسفرت عن سبعة قتلى وقرابة 18 مصابا."
    )
    assert [(c.base_id, c.attack_date, c.killed) for c in claims_of(text, None, language="ar")] == [("al-omar", date(2024, 2, 4), 7)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ar",
            "استهدفت طائرة مسيرة اليوم (الاثنين) موقعا لقوات سوريا الديمقراطية في حقل العمر. "
            "وذكر المرصد أن الضربة على حقل العمر أسفرت عن سبعة قتلى وقرابة 18 مصابا.",
        ),
        (
            "en",
            "A drone struck an SDF position at the al-Omar oil field today (Monday). "
            "The Observatory said the strike on the al-Omar field killed seven fighters and wounded about 18.",
        ),
    ],
)
def test_the_lede_s_announcement_weekday_does_not_split_the_famous_attack_told_after_it(language: str, text: str) -> None:
    """The lede's "today (Monday)" and the next sentence's seven dead, dated to the famous Sunday, are one claim."""
    assert [(c.base_id, c.attack_date, c.killed) for c in claims_of(text, None, language=language)] == [("al-omar", date(2024, 2, 4), 7)]
