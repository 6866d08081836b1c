"""On an undated page, the weekday of the attack is the reported words' weekday, or the statement's moved back by "yesterday"."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of

# Sentences written for this test (our own words); none of the pages has a publication date.
_CASES = [
    ("A US official said on Sunday that troops were lightly hurt in a rocket attack on Ain al-Asad air base yesterday.", "ain-al-asad", 5),
    ("Officials said on Tuesday that rockets hit Ain al-Asad on Monday.", "ain-al-asad", 0),
]


@pytest.mark.parametrize(("text", "base_id", "weekday"), _CASES, ids=["yesterday-before-sunday", "monday-is-weekday-zero"])
def test_an_undated_report_keeps_the_attack_weekday_not_the_statement_day(text: str, base_id: str, weekday: int) -> None:
    """Saturday for "said on Sunday ... yesterday"; Monday (weekday 0) named in the reported words is kept."""
    (claim,) = claims_of(text, None, language="en")
    assert (claim.base_id, claim.attack_date, claim.date_weekday) == (base_id, None, weekday)


# "yesterday" written beside a weekday names that weekday (our own words, undated pages)
_SAME_DAY = [
    ("es", "Un portavoz del Pentágono dijo ayer lunes que dos cohetes cayeron en la base de Ain al Asad.", "ain-al-asad", 0),
    ("ar", "قال مسؤول أمريكي، أمس الخميس، إن طائرة مسيرة استهدفت قاعدة حرير.", "harir", 3),
]


@pytest.mark.parametrize(("language", "text", "base_id", "weekday"), _SAME_DAY, ids=["ayer-lunes", "ams-al-khamis"])
def test_yesterday_written_beside_a_weekday_is_that_weekday_not_a_day_before_it(language: str, text: str, base_id: str, weekday: int) -> None:
    """ "ayer lunes", "أمس الخميس": one day told twice; the attack's weekday is not moved back a day from it."""
    (claim,) = claims_of(text, None, language=language)
    assert (claim.base_id, claim.attack_date, claim.date_weekday) == (base_id, None, weekday)


# An undated report whose only weekday is its statement's (our own words): the attack may be that day or the night before
_STATEMENT_ONLY = [
    ("it", "Le truppe americane nella base di Rumalyn in Siria sono state colpite da un drone, ha riferito sabato un funzionario.", 5, 1),
    ("en", "Troops at the Rumalyn base in Syria were targeted by a drone, a US official said on Saturday.", 5, 1),
    ("en", "A drone targeted troops at the Rumalyn base in Syria on Saturday, a US official said.", 5, None),
    ("ar", "قالت فصائل عراقية، في وقت مبكر من صباح السبت، إنها استهدفت قاعدة رميلان بطائرة مسيرة.", 5, 1),
    ("ar", "أعلن مسؤول، بعد هجوم على القاعدة يوم السبت، أن طائرة مسيرة استهدفت قاعدة رميلان.", 5, None),
]


_STATEMENT_IDS = ["it-said-saturday", "en-said-saturday", "en-attack-saturday", "ar-said-early-saturday", "ar-attack-saturday"]


@pytest.mark.parametrize(("language", "text", "weekday", "lag"), _STATEMENT_ONLY, ids=_STATEMENT_IDS)
def test_a_statements_weekday_allows_the_day_before_and_an_attacks_own_weekday_does_not(language: str, text: str, weekday: int, lag: int | None) -> None:
    """The statement's Saturday leaves Friday open (lag 1); a Saturday the reported words name is the attack's own."""
    (claim,) = claims_of(text, None, language=language)
    assert (claim.base_id, claim.date_weekday, claim.date_weekday_lag) == ("rumalyn", weekday, lag)


# The night before a weekday (our own words, undated pages): the attack of that night is dated by some the day before
_NIGHT_BEFORE = [
    ("ru", "Исламское сопротивление в Ираке заявило, что в ночь на четверг атаковало базу Айн-аль-Асад.", 1),
    ("de", "Milizen griffen in der Nacht zum Donnerstag den Stützpunkt Ain al-Asad an.", 1),
    ("ru", "Исламское сопротивление в Ираке заявило, что в четверг атаковало базу Айн-аль-Асад.", None),
]


@pytest.mark.parametrize(("language", "text", "lag"), _NIGHT_BEFORE, ids=["ru-night-to-thursday", "de-night-to-thursday", "ru-thursday"])
def test_the_night_to_a_weekday_allows_the_day_before(language: str, text: str, lag: int | None) -> None:
    """ "в ночь на четверг" leaves Wednesday open (lag 1); "в четверг" is Thursday alone."""
    (claim,) = claims_of(text, None, language=language)
    assert (claim.base_id, claim.date_weekday, claim.date_weekday_lag) == ("ain-al-asad", 3, lag)
