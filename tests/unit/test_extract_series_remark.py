"""A remark, in a sentence of its own after the news, that the attack is one of a series: the attack told next is an
earlier one of the series, recalled."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "sentences"),
    [
        (
            "en",
            (
                "A drone attack hit Rumalyn on Friday, wounding several US soldiers.",
                "It was the second serious attack on US forces in the region in recent days.",
                "On Monday, rockets struck Ain al-Asad air base in western Iraq.",
                "Five soldiers were wounded.",
            ),
        ),
        (
            "it",
            (
                "Un attacco di droni ha colpito Rumalyn venerdì, ferendo alcuni soldati americani.",
                "È il secondo grave attacco contro le forze americane nella regione.",
                "Lunedì due razzi hanno colpito la base aerea di Ain al-Asad in Iraq.",
                "Cinque soldati sono rimasti feriti.",
            ),
        ),
        (
            "fr",
            (
                "Une attaque de drone a frappé Rumalyn vendredi, blessant plusieurs soldats américains.",
                "C'est la deuxième attaque grave contre les forces américaines dans la région.",
                "Lundi, des roquettes ont frappé la base aérienne d'Aïn al-Assad en Irak.",
                "Cinq soldats ont été blessés.",
            ),
        ),
        (
            "es",
            (
                "Un ataque con drones alcanzó Rumalyn el viernes e hirió a varios soldados estadounidenses.",
                "Es el segundo ataque grave contra las fuerzas estadounidenses en la región.",
                "El lunes, cohetes impactaron en la base aérea de Ain al Asad en Irak.",
                "Cinco soldados resultaron heridos.",
            ),
        ),
        (
            "de",
            (
                "Ein Drohnenangriff traf am Freitag Rumalyn und verletzte mehrere US-Soldaten.",
                "Es ist bereits der zweite schwere Angriff auf US-Truppen in der Region.",
                "Am Montag schlugen Raketen auf dem Stützpunkt Ain al-Asad im Irak ein.",
                "Fünf Soldaten wurden verletzt.",
            ),
        ),
        (
            "ru",
            (
                "В пятницу беспилотник атаковал базу Румейлан, ранив нескольких американских военных.",
                "Это уже вторая серьезная атака на американских военных в регионе.",
                "В понедельник ракеты ударили по авиабазе Айн аль-Асад в Ираке.",
                "Пятеро военных были ранены.",
            ),
        ),
        (
            "pl",
            (
                "Atak dronów na bazę w Rumalyn w piątek, kilku żołnierzy rannych.",
                "To drugi poważny atak na siły USA w regionie.",
                "W poniedziałek przeprowadzono ostrzał rakietowy amerykańskiej bazy Ain al-Asad w Iraku.",
                "Pięciu żołnierzy zostało rannych.",
            ),
        ),
        (
            "pt",
            (
                "Um ataque de drone atingiu Rumalyn na sexta-feira, ferindo vários soldados americanos.",
                "É o segundo grande ataque contra as forças americanas na região.",
                "Na segunda-feira, foguetes atingiram a base aérea de Ain al-Asad no Iraque.",
                "Cinco soldados ficaram feridos.",
            ),
        ),
    ],
)
def test_an_attack_told_after_a_remark_on_the_series_is_the_earlier_one_recalled(language: str, sentences: tuple[str, ...]) -> None:
    """Rumalyn hit on Friday; "it was the second serious attack on US forces"; Ain al-Asad on Monday is the earlier attack."""
    claims = {c.base_id: (c.background, str(c.attack_date)) for c in claims_of(" ".join(sentences), "2024-08-10", language=language)}
    assert claims == {"rumalyn": (False, "2024-08-09"), "ain-al-asad": (True, "2024-08-05")}


def test_a_remark_on_the_series_before_any_attack_is_told_leaves_the_next_attack_news() -> None:
    """ "It was the second attack on US forces this week. A drone struck al-Tanf on Tuesday.": al-Tanf is the news."""
    text = "It was the second attack on US forces this week. A drone struck al-Tanf on Tuesday, a US official said."
    assert [(c.base_id, c.background) for c in claims_of(text, "2024-08-07", language="en")] == [("al-tanf", False)]
