"""Patterns probe set 9 (western, 53 real articles) showed, each in sentences of our own."""

from __future__ import annotations

from tests.helpers import claims_of, fold_claims


def test_a_toll_recalled_after_the_deaths_of_soldiers_is_background_and_undated() -> None:
    """ "tras la muerte de tres militares ... en una base en la frontera": an earlier fatal attack, not the day's news."""
    text = (
        "El Pentágono confirmó el ataque con drones de este martes contra la base aérea de Al Asad en Irak. "
        "Es el primer ataque en cinco meses, después de que las milicias anunciaran una pausa tras la muerte de tres "
        "militares estadounidenses por un dron en una base en la frontera entre Jordania y Siria."
    )
    claims = claims_of(text, "2024-07-17", language="es")
    fatal = [c for c in claims if c.killed]
    assert fatal and all(c.background and c.attack_date is None for c in fatal), [
        (c.base_id, c.attack_date, c.background) for c in fatal
    ]


def test_a_recalled_fatal_attack_gives_no_fatality_alert_to_the_days_attack() -> None:
    """The day's drone attack on al-Asad killed nobody: three deaths recalled at an unnamed border base raise no alert there."""
    text = (
        "El Departamento de Defensa confirmó el ataque con drones de este martes contra fuerzas de la coalición en la base "
        "aérea de Al Asad en Irak, que causó daños mínimos. Este ataque ha sido el primero en cinco meses contra "
        "instalaciones estadounidenses en el país, después de que las milicias anunciaran una pausa tras la muerte de tres "
        "militares estadounidenses por el impacto de un dron en una base en la frontera entre Jordania y Siria."
    )
    out, _ = fold_claims(claims_of(text, "2024-07-19", language="es"))
    fatal = [(m.base_id, m.attack_date, m.killed) for m in out if getattr(m, "kind", None) == "fatality"]
    assert not any(base == "ain-al-asad" for base, _, _ in fatal), fatal
