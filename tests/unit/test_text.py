"""Text primitives: folding, sentences in every script, phrase lookup (pyahocorasick) for cues and names."""

from __future__ import annotations

from basewatch.services.enrich.domain.phrases import NameIndex, PhraseMatcher, expand
from basewatch.services.enrich.domain.text import fold, sentences
from basewatch.services.ingest.domain.intake import normalise


def _keys(matcher: PhraseMatcher, text: str) -> list[tuple[str, str]]:
    folded = fold(text)
    return [(key, folded[s:e]) for s, e, key in matcher.find(folded)]


def test_braces_and_a_star_expand_into_literal_phrases() -> None:
    """ "{us|american} strike*" is two phrases with an open ending; hyphens become spaces."""
    assert expand("{us|american} strike*") == ["us strike*", "american strike*"]
    assert expand("one-way drone") == ["one way drone"]


def test_phrases_match_whole_words_only() -> None:
    """ "hit" is found in "hit" but not in "white hitman"; a star takes any ending."""
    m = PhraseMatcher({"attack": ("hit", "attaque*")})
    assert _keys(m, "The white hitman counterattacked.") == []
    assert _keys(m, "Drones hit the base; attaquée hier.") == [("attack", "hit"), ("attack", "attaquee")]


def test_arabic_phrases_match_with_attached_proclitics() -> None:
    """ "والهجوم" (and the attack) is the phrase "هجوم" with a conjunction and an article attached."""
    m = PhraseMatcher({"attack": ("هجوم",)})
    assert [k for k, _ in _keys(m, "والهجوم على القاعدة")] == ["attack"]


def test_hebrew_phrases_match_with_attached_prefixes() -> None:
    """ "בבסיס" (in the base) is the noun "בסיס" with the preposition attached."""
    m = PhraseMatcher({"base": ("בסיס",)})
    assert [k for k, _ in _keys(m, "רחפן פגע בבסיס")] == ["base"]


def test_chinese_phrases_match_without_spaces() -> None:
    """Chinese has no spaces between words: a phrase is found anywhere in the run of characters."""
    m = PhraseMatcher({"drone": ("无人机",), "attack": ("袭击",)})
    assert [k for k, _ in _keys(m, "无人机袭击了基地")] == ["drone", "attack"]


def test_names_match_with_or_without_the_arabic_article_and_with_hyphens_as_spaces() -> None:
    """ "al-Tanf" finds "At-Tanf" whole, "Ain al-Asad" finds "Ain al Asad", "Tower 22" finds "Tower-22" but not "Tower22"."""
    index = NameIndex({"tanf": ("al-Tanf",), "asad": ("Ain al-Asad",), "t22": ("Tower 22",)})
    folded = fold("Drones hit At-Tanf, Ain al Asad and Tower-22 (not Tower22).")
    assert [(k, folded[s:e]) for k, s, e in index.find(folded)] == [("tanf", "at-tanf"), ("asad", "ain al asad"), ("t22", "tower-22")]


def test_fold_keeps_offsets_and_turns_other_scripts_punctuation_into_ascii() -> None:
    """Folding keeps every offset, so evidence is cut from the original text."""
    text = "Ayn al-Asad… «قاعدة»، İncirlik – straße"
    folded = fold(text)
    assert len(folded) == len(text)
    assert "،" not in folded and "…" not in folded and folded.startswith("ayn al-asad.")
    assert fold("¡Ataque contra Al Tanf!").split()[0] == "ataque"  # "¡" is no part of a word


def test_sentences_split_in_every_script_but_not_after_abbreviations() -> None:
    """Cyrillic capitals, Chinese and Devanagari stops end sentences; "U.S." does not."""
    for text, n in [
        ("Беспилотник атаковал базу. Атака отбита.", 2),
        ("无人机袭击了基地。两名士兵受伤。", 2),
        ("यह हमला हुआ। दो सैनिक घायल", 2),
        ("Drones hit U.S. troops. The attack failed.", 2),
        ("Ένα drone χτύπησε τη βάση. Δεν υπήρξαν θύματα.", 2),
    ]:
        assert len(sentences(text)) == n, text


def test_low_nine_quotes_fold_to_plain_quotes() -> None:
    """German, Bulgarian and Polish copy opens a quotation with „ (and ‚): folded, it is a quote like “ and «."""
    assert fold("„Heute“ ‚so‘") == '"heute" \'so\''


def test_a_stop_before_a_low_nine_quote_ends_the_sentence() -> None:
    """ "Er sagte es. „Wir waren es.“ Dann ...": the quotation that opens with „ is a sentence of its own."""
    text = "Der Sprecher sprach am Montag. „Der Stützpunkt wurde getroffen.“ Danach blieb es ruhig."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Der Sprecher sprach am Montag.",
        "„Der Stützpunkt wurde getroffen.",
        "Danach blieb es ruhig.",
    ]


_WRAPPED = (
    "据两名安全消息人士透露,周四晚间驻有美军的伊拉克西部阿萨德(Ain al-Asad)\n"
    "空军基地遭到两架无人机袭击,基地内传出数声巨响,伊拉克军方随后封锁了基地周\n"
    "边道路并展开搜索行动,目前尚不清楚袭击是否造成人员伤亡或设施受损,也没有组\n"
    "织宣称对此负责。"
)


def test_a_page_wrapped_at_a_fixed_width_keeps_its_sentence_whole() -> None:
    """A forum repost broken at a fixed width: the breaks after full lines with no stop are inside one sentence."""
    text = normalise(_WRAPPED)
    assert "\n" not in text and sentences(text) == [(0, len(text))]


def test_line_breaks_of_a_news_page_still_end_its_sentences() -> None:
    """Headline, dateline and paragraphs of varied width: every line break still ends a sentence."""
    text = "美军基地遇袭\n2024-07-26 14:38\n美军驻伊拉克基地25日遭到4枚火箭弹攻击,火箭弹没有落在基地内\n据报道,没有造成伤亡。"
    assert normalise(text) == text and len(sentences(text)) == 4
