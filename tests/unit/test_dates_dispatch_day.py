"""Chinese wire copy writes the day a dispatch was filed or a report published right before 电/报道/消息: the page's time."""

from __future__ import annotations

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain.dates import mentions
from basewatch.services.enrich.domain.extract import extract
from basewatch.services.enrich.domain.text import fold
from basewatch.services.ingest.domain.intake import RawArticle, intake


def _stamps(text: str) -> list[tuple[int | None, int | None, bool]]:
    words = resources.lexicon().words(("zh",))
    return [(m.month, m.day, m.stamp) for m in mentions(fold(text), resources.calendar(), words)]


def test_dateline_and_report_days_are_stamps_the_announcement_day_is_not() -> None:
    """ "新华社巴格达1月22日电" and "据伊拉克媒体1月22日报道" are the page's days; "21日宣布" (announced on the 21st) is the story's."""
    found = _stamps("新华社巴格达1月22日电 据伊拉克媒体1月22日报道，伊拉克伊斯兰抵抗组织21日宣布，对美军基地发动了袭击。")
    assert found == [(1, 22, True), (1, 22, True), (None, 21, False)]


def test_day_after_other_words_stays_a_day_of_the_story() -> None:
    """ "1月21日，无人机袭击了..." (on 21 January drones struck): a date before the story's words is no stamp."""
    assert _stamps("1月21日，无人机袭击了坦夫美军基地。") == [(1, 21, False)]


def test_named_bases_after_a_dispatch_take_the_announced_day() -> None:
    """The bases a later sentence names share the opening sentence's announced day, not the dispatch's day before it."""
    text = (
        "中新网1月22日消息，据伊拉克媒体1月22日报道，伊拉克伊斯兰抵抗组织21日宣布，对叙利亚境内的两个美军基地发动了袭击。"
        "声明说，该组织使用无人机袭击了坦夫美军基地和哈拉布阿勒吉尔的美军基地。"
    )
    article = intake(RawArticle(id="zh-dispatch", source="test", published_at="2024-01-22", language="zh", text=text))
    claims = extract(article, resources.lexicon(), resources.calendar(), resources.gazetteer())
    named = {c.place_text: c.attack_date.isoformat() for c in claims if c.attack_date is not None and "坦夫" in c.place_text}
    assert list(named.values()) == ["2024-01-21"]
