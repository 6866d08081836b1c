"""Patterns from the own-words and blind probes of session 51 (real pages, rewritten here in our own words) that give
several claims."""

from __future__ import annotations

from tests.helpers import claims_of


def by_base(text: str, published: str | None, field: str, language: str = "en") -> dict[str | None, object]:
    """One field of each claim of the article, by base."""
    return {c.base_id: getattr(c, field) for c in claims_of(text, published, language=language)}


def test_a_next_sentence_telling_another_attack_without_casualties_keeps_the_claimed_toll() -> None:
    """ "The group said its drones killed two soldiers ... A rocket attack on Harir caused no casualties": the second
    sentence tells its own attack, so it denies nothing of the first one's toll."""
    text = (
        "The militia said its drones killed two American soldiers at the al-Tanf garrison on Sunday. "
        "A rocket attack on Harir air base on Monday caused no casualties."
    )
    got = by_base(text, "2024-01-30", "killed")
    assert got == {"al-tanf": 2, "harir": 0}, got


def test_a_line_that_only_ends_with_the_word_archives_still_tells_its_attack() -> None:
    """A story's line whose last word is "archives" with no dash or bracket before it is no archive picture's caption."""
    text = "Drones struck Harir air base on Sunday, according to records the group keeps in its archives\nNo one was hurt."
    got = [c.base_id for c in claims_of(text, "2024-02-13", language="en")]
    assert got == ["harir"], got


def test_deaths_a_party_outlet_gives_after_the_claim_are_its_word_not_a_toll() -> None:
    """A lede's "four US soldiers killed" placed on the Conoco claim, which the sentence after it credits to Al Mayadeen
    ("... at least four US soldiers dead," Al Mayadeen said): the militias' channel's figure, no toll an alert carries."""
    text = (
        "kabarsatu.id - Serangan roket dan drone milik kelompok perlawanan Irak terhadap dua pangkalan militer Amerika Serikat "
        "di Suriah, menewaskan empat tentara AS serta melukai sejumlah lainnya.\n\n"
        "Televisi Al Mayadeen, Senin (13/11/23) memberitakan, serangan ke pangkalan AS di timur laut Deir Ezzor, Suriah, "
        "merupakan balasan atas serangan udara AS ke kota Al Mayadin dan Al Bukamal.\n\n"
        "Menhan AS Lloyd Austin pada Senin (13/11/23) dini hari mengumumkan serangan udara AS ke dua lokasi di Irak dan Suriah "
        "sebagai balasan atas serangan ke pangkalan AS.\n\n"
        "Sebagai balasan, kelompok perlawanan Irak menyerang pangkalan militer AS di ladang gas Koniko yang diduga menimbulkan "
        "banyak korban.\n\n"
        '"Serangan ke pangkalan AS di Koniko memakai roket canggih dan menyebabkan sedikitnya empat tentara AS tewas," kata Al Mayadeen.\n\n'
        "Kelompok perlawanan Irak juga menyerang pangkalan militer AS Al Shaddadi di Provinsi Al Hasakah dengan tiga drone."
    )
    got = {c.base_id: (c.killed, c.status) for c in claims_of(text, None, language="id")}
    assert got == {"conoco": (None, "claimed"), "al-shaddadi": (None, "reported")}, got


def test_deaths_an_official_gives_after_the_claim_stay_its_toll() -> None:
    """The sentence after the claim counts its dead on the Pentagon's word: a toll."""
    text = "On Monday militants hit the US base at the Conoco gas field. Two American soldiers were killed, the Pentagon said."
    got = by_base(text, "2023-11-14", "killed")
    assert got == {"conoco": 2}, got


def test_one_casualty_word_over_places_each_with_its_count_gives_each_place_its_count() -> None:
    """ "Twelve troops at al-Tanf in Syria and three at Ain al-Asad in Iraq were injured": each base takes the count
    written before it, not the sentence's first."""
    text = (
        "Drones and rockets struck US forces in Iraq and Syria on Wednesday. "
        "Twelve troops at the al-Tanf garrison in Syria and three at Ain al-Asad air base in Iraq were injured."
    )
    got = by_base(text, "2023-10-20", "wounded")
    assert got == {"al-tanf": 12, "ain-al-asad": 3}, got


def test_counts_spread_over_bases_by_a_campaign_tally_give_no_toll() -> None:
    """ "The injuries of these attacks were spread: 30 at al-Tanf, 10 at Ain al-Asad": the campaign's count, no toll."""
    text = "Drones struck al-Tanf and Ain al-Asad on Wednesday. In these attacks 30 troops at the al-Tanf garrison and 10 at Ain al-Asad air base were injured."
    got = by_base(text, "2023-11-20", "wounded")
    assert got == {"al-tanf": None, "ain-al-asad": None}, got


def test_no_casualties_in_either_attack_is_the_toll_of_each_attack_just_told() -> None:
    """ "There were no casualties in either attack" after two attacks: both take the toll of none, not the last alone."""
    for language, text in (
        ("en", "Rockets struck Ain al-Asad air base on Monday. Hours earlier, drones targeted Harir air base. There were no casualties in either attack."),
        (
            "fr",
            "Des roquettes ont visé lundi la base d'Aïn al-Assad. Quelques heures plus tôt, des drones ont visé la base de Harir. "
            "Aucune des deux attaques n'a fait de victimes.",
        ),
    ):
        got = {c.base_id: (c.killed, c.wounded) for c in claims_of(text, "2023-10-31", language=language)}
        assert got == {"ain-al-asad": (0, 0), "harir": (0, 0)}, (language, got)


def test_a_toll_an_attack_tells_itself_stays_when_a_later_sentence_says_neither_hurt_anyone() -> None:
    """Only the attacks whose own words leave the toll untold take the "either attack" toll of none."""
    text = "Rockets hit Ain al-Asad on Monday, wounding two soldiers. Drones struck Harir the same day. Nobody was hurt in either attack, a spokesman said."
    got = by_base(text, "2023-10-31", "wounded")
    assert got == {"ain-al-asad": 2, "harir": 0}, got


def test_an_accidents_dead_told_after_an_attack_are_no_toll_of_it() -> None:
    """ "Rockets hit Ain al-Asad. A US helicopter crashed near the base, killing two crew members": no fatal attack."""
    text = "Rockets hit Ain al-Asad air base on Tuesday. A US helicopter crashed near the base, killing two crew members."
    got = by_base(text, "2024-09-11", "killed")
    assert not got["ain-al-asad"], got
