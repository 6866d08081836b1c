"""A night named by the two days it spans ("the night from Saturday to Sunday") dates an attack on the later day."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of

NIGHTS = [
    ("en", "Two drones struck the Harir air base overnight Friday into Saturday, officials said."),
    ("fr", "Deux drones ont frappé la base de Harir dans la nuit de vendredi à samedi."),
    ("es", "Dos drones golpearon la base de Harir en la noche del viernes al sábado."),
    ("ca", "Dos drons van colpejar la base de Harir la nit de divendres a dissabte."),
    ("it", "Due droni hanno colpito la base di Harir nella notte tra venerdì e sabato."),
    ("de", "Zwei Drohnen trafen in der Nacht von Freitag auf Samstag den Stützpunkt Harir."),
    ("pl", "Dwa drony uderzyły w bazę Harir w nocy z piątku na sobotę."),
    ("ru", "Два беспилотника ударили по базе Харир в ночь с пятницы на субботу."),
    ("uk", "Два безпілотники вдарили по базі Харір у ніч із п'ятниці на суботу."),
]


@pytest.mark.parametrize(("language", "text"), NIGHTS, ids=[n[0] for n in NIGHTS])
def test_the_night_from_one_day_to_the_next_dates_the_attack_on_the_later_day(language: str, text: str) -> None:
    """ "the night from Friday to Saturday", in an article of Monday 5 Feb 2024: Saturday 3 February (after midnight)."""
    claims = claims_of(text, "2024-02-05", language=language)
    assert [(c.base_id, str(c.attack_date)) for c in claims] == [("harir", "2024-02-03")]


def test_two_weekdays_apart_in_one_sentence_keep_their_own_days() -> None:
    """ "on Friday ... on Sunday": two days named apart, each its own attack's, not one night."""
    claims = claims_of("Drones hit Harir on Friday and rockets struck al-Tanf on Sunday.", "2024-02-05", language="en")
    assert [(c.base_id, str(c.attack_date)) for c in claims] == [("harir", "2024-02-02"), ("al-tanf", "2024-02-04")]


def test_a_span_since_a_weekday_still_dates_nothing() -> None:
    """ "since Saturday" opens a span: no attack day, as before (only the second day of a night is a date)."""
    claims = claims_of("Attacks have continued since Saturday, with drones hitting Harir.", "2024-02-05", language="en")
    assert [str(c.attack_date) for c in claims] == ["2024-02-05"]
