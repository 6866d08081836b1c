"""A day that qualifies a state's strike ("killed in Friday's Israeli strike") is the strike's, never the attack's."""

from __future__ import annotations

import pytest

from tests.helpers import claims_of


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sk", "Izraelská raketová loď v noci zachytila nad Červeným morom dron smerujúci na Izrael. K útoku sa prihlásila "
         "skupina Islamský odpor v Iraku. Oznámila, že s dronmi zaútočila na dôležitý cieľ v Ejlate. Skupina tiež "
         "zverejnila video, na ktorom bojovník drží fotografiu Hasana Nasralláha, ktorý zahynul pri piatkovom izraelskom útoku na Bejrút."),
        ("cs", "Izraelská raketová loď v noci zachytila nad Rudým mořem dron mířící na Izrael. K útoku se přihlásila skupina "
         "Islámský odpor v Iráku. Oznámila, že drony zaútočila na důležitý cíl v Ejlatu. Skupina také zveřejnila video, na "
         "kterém bojovník drží fotografii Hasana Nasralláha, který zahynul při pátečním izraelském útoku na Bejrút."),
        ("it", "Una motovedetta israeliana ha intercettato un drone sul Mar Rosso nella notte, ha detto l'esercito domenica. La "
         "Resistenza islamica in Iraq ha detto di aver attaccato un obiettivo vitale a Eilat con droni. Il gruppo ha diffuso "
         "anche un video in cui un combattente tiene una foto di Hassan Nasrallah, ucciso nel raid israeliano di venerdì su Beirut."),
    ],
)
def test_a_day_told_of_a_state_strike_does_not_date_the_claim_before_it(language: str, text: str) -> None:
    """The sentence after the claim points back at "the attack" but tells the day of Israel's strike on Beirut (Friday,
    two days before the page): the claim keeps its own day, the page's."""
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2024-09-29", language=language)] == [("eilat-naval-base", "2024-09-29")]


def test_a_day_told_after_the_attack_it_dates_still_dates_the_claim() -> None:
    """The control: a sentence pointing back at the attack with a day of no strike gives the claim that day."""
    text = ("La Resistenza islamica in Iraq ha detto di aver attaccato un obiettivo vitale a Eilat con droni. "
            "L'attacco è avvenuto venerdì sera, secondo il gruppo.")
    assert [(c.base_id, str(c.attack_date)) for c in claims_of(text, "2024-09-29", language="it")] == [("eilat-naval-base", "2024-09-27")]


@pytest.mark.parametrize(
    ("language", "text", "base"),
    [
        ("tr", "Irak İslami Direnişi, Ayn el-Esed Üssü'ne İHA ile saldırı düzenledi. ABD'nin dün Bağdat'ta düzenlediği hava "
         "saldırısında Nuceba komutanı dahil 3 kişi hayatını kaybetmişti.", "ain-al-asad"),
        ("ru", "Проиранские группировки атаковали базу Эйн аль-Асад беспилотниками. Накануне в результате удара США в "
         "Багдаде погибли командир группировки ан-Нуджаба и его помощник.", "ain-al-asad"),
    ],
)
def test_the_day_of_a_strike_told_after_the_claim_with_its_own_dead_is_the_strikes(language: str, text: str, base: str) -> None:
    """ "In the air strike the US carried out in Baghdad yesterday, three died" after an undated attack: yesterday and
    its dead are the strike's; the attack keeps the page's day and no toll."""
    claims = claims_of(text, "2024-01-05", language=language)
    assert [(c.base_id, str(c.attack_date), c.killed) for c in claims] == [(base, "2024-01-05", None)]
