"""Attack dates from text: explicit dates, weekday names and relative words, in several languages.

Everything resolves against a reference date: the publication date when known; otherwise an estimate
from the text itself (a full date, a weekday that fixes the year, "for 91 days" counted from the
campaign's epoch); otherwise the campaign's first attack, read forwards (an undated article about the
campaign speaks of days on or after it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Literal

import jdatetime

from basewatch.services.enrich.domain.lexicon import Calendar, Words
from basewatch.services.enrich.domain.rules import pattern

Places = Callable[[int, int], bool]  # whether folded[start:end] names a place (a country): a gazetteer's test

Basis = Literal["explicit", "relative", "inferred", "inherited", "publication"]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    back_days: int | None = None  # relative words: days before the reference
    since: bool = False  # "since October 17": a span's start, never an attack date
    stamp: bool = False  # "Stand: 05.02.2024", "Updated 5 February 2024": the page's time, never an attack date
    anchored: bool = False  # "two days earlier": `back_days` before the day another date of the sentence names (negative: "a day later")
    lead: int | None = None  # where the first day of a range before this day starts ("z 5 na 6 sierpnia"): no count
    post: bool = False  # a `stamp` that is an embedded post's time ("(@SecDef) December 26, 2023"), not the page's

    @property
    def page_stamp(self) -> bool:
        """The page's own time: a `stamp` that is no embedded post's."""
        return self.stamp and not self.post

    @property
    def first(self) -> int:
        """Where the date's words start, a range's first day included."""
        return self.start if self.lead is None else self.lead


_ISO = re.compile(r"(20\d\d)-(\d\d)-(\d\d)(?!\d)")  # starts with a literal, so the engine skips ahead; digit before checked by hand
# Day first, as German, French, Spanish and Arabic copy writes it: "Stand: 05.02.2024", "le 28/01/2024".
STAMP_BEFORE = r"<stamp>\s*:?\s*$"  # the page's own time follows
CAPTION_AFTER = r"[^\S\n]*,?[^\S\n]*<caption>"  # a photo caption's words follow its date
DISPATCH_AFTER = r"[^\S\n]?<=dispatched>"  # a dispatch's or a report's word written right after its date
# Arabic copy also writes the day, month and year with dashes, spaced or not ("الموافق 5 – 3 – 2024"): the same
# separator both times.
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})([./]|\s?[-–]\s?)(\d{1,2})\2(20\d\d)(?!\d)")
_DASHED_YEAR = re.compile(r"[-–]\s?20\d\d")
# "ngày 9/8", "hôm 8-1": a word for day, then day and month without a year, parted by a slash or a hyphen (Vietnamese
# papers write both); never a range ("ngày 20-21/1") or a full date, which other patterns read.
DAY_WORD_DATE = r"<day_words>\s+(\d{1,2})[/-](\d{1,2})(?![/\d-])"
_PAREN_DAY_MONTH = re.compile(r"(?<=[^\W\d]\s)\((\d{1,2})/(\d{1,2})\)")  # a word (the weekday), then "(31/10)"


def mentions(folded: str, cal: Calendar, words: Words | None = None, places: Places | None = None) -> list[Mention]:
    """Every date-like mention of a (folded) text, in order, with the calendar words of `words`' languages
    (of every language when None); computed once per article."""
    found: list[Mention] = []
    for m in _ISO.finditer(folded):
        if m.start() and folded[m.start() - 1].isdigit():
            continue
        found.append(Mention(m.start(), m.end(), int(m.group(3)), int(m.group(2)), int(m.group(1))))
    if "/20" in folded or ".20" in folded or _DASHED_YEAR.search(folded):  # cheap test before a scan that starts with a digit
        for m in _NUMERIC.finditer(folded):
            day, month = int(m.group(1)), int(m.group(3))
            if 12 < month <= 31 and 1 <= day <= 12:
                day, month = month, day  # "9/28/2024": month first, as US copy writes it, when only that order is a date
            if 1 <= day <= 31 and 1 <= month <= 12:
                stamp = pattern(words, STAMP_BEFORE).search(folded, max(0, m.start() - 25), m.start()) is not None
                found.append(Mention(m.start(), m.end(), day, month, int(m.group(4)), stamp=stamp))
    if words is not None and any(p.solar_months for p in words.packs):
        found.extend(_solar_numeric(folded, words))
    if "/" in folded:  # "Selasa (31/10)": Indonesian copy writes the day and month in digits after the weekday
        for m in _PAREN_DAY_MONTH.finditer(folded):
            day, month = int(m.group(1)), int(m.group(2))
            if 1 <= day <= 31 and 1 <= month <= 12 and not any(x.start <= m.start() < x.end for x in found):
                found.append(Mention(m.start(), m.end(), day, month))
    if words is not None and ("/" in folded or "-" in folded):  # "ngày 9/8", "hôm 8-1" (Vietnamese): day and month after a word for day
        for m in pattern(words, DAY_WORD_DATE).finditer(folded):
            day, month = int(m.group(1)), int(m.group(2))
            if 1 <= day <= 31 and 1 <= month <= 12 and not any(x.start <= m.start(1) < x.end for x in found):
                found.append(Mention(m.start(1), m.end(), day, month))
    # One scan for every calendar word; numbers around a month name are read where it stands.
    for m in _CJK_DATE.finditer(folded) if "月" in folded else ():  # "2024年1月28日", "1月28日": Chinese and Japanese write dates with digits
        year = int(m.group(1)) if m.group(1) else None
        found.append(Mention(m.start(), m.end(), int(m.group(3)), int(m.group(2)), year))
    if "日" in folded or "일" in folded:  # "28日", "1日晚", Korean "28일": a day of the month alone, as CJK copy writes the days of the current month
        cjk = [(x.start, x.end) for x in found]
        for m in _CJK_DAY.finditer(folded):
            if not any(a <= m.start() < b for a, b in cjk):
                found.append(Mention(m.start(), m.end(), day=int(m.group(1))))
    names = cal.names if words is None else words.calendar
    bare_month: tuple[int, int] | None = None  # (end, month) of the last month name with no day beside it
    for key, s, e in names.leftmost_longest(folded):
        if kind_is_month_inside_cjk_date(key, s, found):
            continue
        kind, value = key[0], int(key[1:])
        if kind == "m":
            if (mention := _around_month(folded, s, e, value, words)) is not None:
                found.append(_dateline(folded, mention))
            else:
                bare_month = (e, value)
        elif kind == "w":
            if _numbers_an_attack(folded, s, e, words):
                continue
            numbered = _NUMBERED_WEEKDAY.match(folded, e)  # "domingo (28)", "quinta-feira, 19,": the day of the month after it
            of_month = int(numbered.group(1) or numbered.group(2)) if numbered else None
            end = numbered.end() if numbered else e
            if of_month is not None and bare_month is not None and _MONTH_THEN_WEEKDAY.fullmatch(folded, bare_month[0], s):
                # "September, Thursday 19, 2024": a page stamp that writes the month before the weekday and its day
                yr = _YEAR_NEXT.match(folded, end)
                found.append(Mention(s, yr.end() if yr else end, of_month, bare_month[1], int(yr.group(1)) if yr else None, value))
                continue
            found.append(Mention(s, end, day=of_month, weekday=value))
        elif kind == "s":  # "۱۲ مهر ۱۴۰۳": a Solar Hijri date, read as its Gregorian day
            if (mention := _solar_date(folded, s, e, value, words)) is not None:
                found.append(mention)
        elif kind == "d":  # a fixed-date holiday: "a Christmas Day drone attack" names 25 December
            found.append(Mention(s, e, day=value % 100, month=value // 100))
        elif kind == "e":  # "an attack that had taken place two days earlier" (than the claim's Sunday)
            found.append(Mention(s, e, back_days=value, anchored=True))
        elif kind == "l":  # "Rumalyn was attacked on April 21, and a day later Ain al-Asad": a day after the one named before
            found.append(Mention(s, e, back_days=-value, anchored=True))
        else:
            found.append(Mention(s, e, back_days=value))
    if "(@" in folded:
        found.extend(_post_signatures(folded, cal, words, found))
    found.sort(key=lambda x: x.start)
    tags = [(m.end, t.end()) for m in found if m.page_stamp and (t := _DATELINE_TAG.match(folded, m.end)) is not None]
    found = [m for m in found if not any(a <= m.start < b for a, b in tags)]
    if words is not None:  # "... Jordan October 12, 2023 in this handout image": a photo's date, no date of the story
        caption = pattern(words, CAPTION_AFTER)
        found = [m for m in found if caption.match(folded, m.end) is None]
    since = [(m.start(), m.end()) for m in words.since.finditer(folded)] if words is not None else None
    after = [(m.start(), m.end()) for m in words.since_after.finditer(folded)] if words is not None else []
    opens = [(m.start(), m.end()) for m in words.period_from.finditer(folded)] if words is not None else []
    told = [
        _quoted(folded, _mark_stamp(folded, _mark_since(folded, _merge_weekday(found, i, folded, words), since, words, places, after, opens), words))
        for i in range(len(found))
        if not _absorbed(found, i, folded, words)
    ]
    clock = weather_clock(folded)
    told = [m for m in told if m.start >= clock]  # "15.9 C / Los Angeles / Friday, ...": the site's clock
    return told if words is None else [m for m in told if not in_caption(folded, m.start, cal)]  # a credit line's date is the picture's


_POST_HANDLE = re.compile(r"\(@\w{1,30}\)[^\S\n]*")  # "(@SecDef) ": an embedded post's author handle
POST_DATE_REACH = 20  # characters after the handle where the post's date, its month name first, starts


def _post_signatures(folded: str, cal: Calendar, words: Words | None, found: list[Mention]) -> list[Mention]:
    """Pattern: an embedded post's signature, "— Lloyd J. Austin III (@SecDef) December 26, 2023", which the platform
    writes in its own language whatever the page's: the date after the handle, read with every language's month names
    (CLDR), is the post's time (a stamp, though never the page's clock), and its numbers count nobody ("26, 2023 وقال
    مسؤولون ... مقتل": no 26 dead). A date the page's own calendar words already read stays as read."""
    out = []
    for h in _POST_HANDLE.finditer(folded):
        if any(x.start <= h.end() < x.end for x in found):
            continue
        first = next(iter(cal.names.leftmost_longest(folded[h.end() : h.end() + POST_DATE_REACH])), None)
        if first is None or first[1] != 0 or first[0][0] != "m":
            continue  # the post's date opens with its month name, right after the handle
        key, _, e = first
        if (m := _around_month(folded, h.end(), h.end() + e, int(key[1:]), words)) is not None and m.year:
            out.append(replace(m, stamp=True, post=True))
    return out


def _quoted(folded: str, m: Mention) -> Mention:
    """ "We can confirm there was a rocket attack today," a spokesperson said on Monday: a relative day inside a
    quotation counts from the day the quote was given, which its sentence names outside the quotes (an anchor, like
    "two days earlier"); with no such day, from the reference as before. Quotes counted on the mention's line."""
    if m.back_days is None or m.anchored:
        return m
    line_start = folded.rfind("\n", 0, m.start) + 1
    return replace(m, anchored=True) if folded.count('"', line_start, m.start) % 2 == 1 else m


def _mark_stamp(folded: str, m: Mention, words: Words | None) -> Mention:
    """ "منشور الثلاثاء 6 أغسطس 2024" (published Tuesday 6 August 2024), "Updated 5 February 2024": a day written out
    after a word of the page's own time (its weekday between) is the page's day, never an attack's."""
    if m.stamp or not (m.day and m.month) or words is None:
        return m
    if pattern(words, DISPATCH_AFTER).match(folded, m.end) is not None:
        return replace(m, stamp=True)  # "据俄罗斯卫星社1月15日报道": the report's day
    return replace(m, stamp=True) if pattern(words, STAMP_BEFORE).search(folded, max(0, m.start - 25), m.start) else m


# "MOSUL, Iraq, April 22 (Reuters) -": the date of a wire dateline is the dispatch's, never an attack's.
_DATELINE_AFTER = re.compile(r"\s*\([^()]{2,25}\)\s*-")
# A line that opens with a place and a comma, then the date and a wire's or outlet's tag: "NEW YORK, October 19.
# /TASS/. The ...", "Washington, January 21, 2024, The Europe Today: ...", "IRBIL, Nov 17 (KUNA) -- ...", also on the
# page's " date 2024-01-21" line. A calendar word inside the tag ("The Europe Today") dates nothing either. The place
# may be a city and its country, each closed by a comma ("Amã, Jordânia, 29 de janeiro de 2024 – ...", "Amman,
# Jordan, January 29, 2024 - ..."). An agency's tag in brackets may come first, as Italian agencies write it ("(ANSA) - ROMA,
# 5 GEN -", "(AGENPARL) - ROMA, 5 Gennaio 2024 -").
_PLACE_WORDS = r"[^\W\d]+(?:[ ./'’-]+[^\W\d]+){0,3},[^\S\n]*"
_AGENCY_TAG = r"(?:[^\S\n]*\([^()\n]{2,25}\)[^\S\n]*-{1,2})?"  # "(ANSA) -" before the place
_DATELINE_PLACE = re.compile(rf"(?:[^\S\n]*date\s\d{{4}}-\d\d(?:-\d\d)?)?{_AGENCY_TAG}[^\S\n]*{_PLACE_WORDS}(?:{_PLACE_WORDS})?")
_DATELINE_TAG = re.compile(r"(?:,?\s*\d{4})?(?:\.?\s*/[^/\n]{2,15}/|,?\s*[^\W\d][^,.:\n()]{1,30}:\s|\s*:\s|\s*-{1,2}\s)")
_OUTLET_AFTER_SEMICOLON = re.compile(r";\s*[^\W\d][^,.:;\n()]{1,30}:\s")
DATELINE_PLACE_REACH = 45  # characters from a line's start to its dateline date


def _dateline(folded: str, m: Mention) -> Mention:
    if _DATELINE_AFTER.match(folded, m.end) is None and not _placed_dateline(folded, m):
        return m
    return replace(m, stamp=True)


def _placed_dateline(folded: str, m: Mention) -> bool:
    """The date stands right after a line's opening place ("Washington,") and before a tag that is no sentence; or it
    opens the line itself, a semicolon and an outlet's tag after it ("11 November 2023; MEMO: ...": Middle East Monitor's
    form; a date that opens a line before a colon alone is a timeline's entry, an attack's day)."""
    line = folded.rfind("\n", 0, m.start) + 1
    if m.start == line and _OUTLET_AFTER_SEMICOLON.match(folded, m.end) is not None:
        return True
    if m.start - line > DATELINE_PLACE_REACH or _DATELINE_PLACE.fullmatch(folded, line, m.start) is None:
        return False
    return _DATELINE_TAG.match(folded, m.end) is not None


# A weekday numbered with its day of the month, the month left to the page's: in brackets ("domingo (28)", as
# Portuguese and Spanish copy write it) or between commas ("nesta quinta-feira, 19, por drones", Brazilian copy's
# usual form). The comma after the digits keeps out a count that follows a weekday ("on Sunday, 3 rockets").
_MONTH_THEN_WEEKDAY = re.compile(r"\s*,?\s*")  # only a comma and spaces between a month name and the weekday after it
_YEAR_NEXT = re.compile(r"[\s,]*(20\d\d)(?!\d)")
_NUMBERED_WEEKDAY = re.compile(r"\s?\((\d{1,2})\)|,?\s(\d{1,2})(?=\s?[,;)])")
_CJK_DATE = re.compile(r"(?:(20\d\d)\s?年\s?)?(\d{1,2})\s?月\s?(\d{1,2})\s?日")
_CJK_DISPATCH = re.compile(r"[电電讯訊]")  # "8月14日电": a CJK wire dateline, the day of the dispatch
_CJK_DAY = re.compile(r"(?<!\d)(?<!\d\.)(?<!\d月)(?<!\d월\s)(?<!\d월)(\d{1,2})(?:\s?日(?!間|间|以|讯|訊|电|電)|일(?!간|째|부터))")
# a full stop before the digits opens a sentence ("発表した。3日に", the stop folded to "."), a digit before it makes a decimal;
# not "3日間" (three days) nor a dispatch's own day ("华盛顿29日讯", "15日電"); "1月28日" is read above. Korean
# writes the day onto its digits with 일 ("28일(현지시간)"), never "3일간" (three days) nor "5일째" (the fifth day)


def kind_is_month_inside_cjk_date(key: str, s: int, found: list[Mention]) -> bool:
    """CLDR's Japanese month names are "1月": inside a CJK date already read."""
    return key[0] == "m" and any(m.start <= s < m.end for m in found)


DAY_BEFORE = r"(?<!\d)(\d{1,2})(?:<=ordinals>|\.)?\s(?:<date_joins>\s)?$"  # "28th ", "28. ", "28 de "
YEAR_AFTER = r"\.?,?\s(?:<date_joins>\s)?(\d{4})(?!\d)"  # " 2024", ", 2024", " de 2024"
DAY_RANGE_BEFORE = r"(?<![\d.,])(\d{1,2})\.?(?:\s?[-–]\s?|\s(?:<range_to>)\s)$"  # "5-", "5 na ", "5. auf den ", before a day
RANGE_REACH = 16  # characters before a date's day where the first day of a range may start
DAY_AFTER = r"\.?\s(?:<date_joins>\s)?(\d{1,2})(?:<=ordinals>)?(?!\d)(?:,?\s(\d{4})(?!\d))?"  # " 28", ". 28th, 2024", Pashto "اګست په ۵مه"


def _around_month(folded: str, ms: int, me: int, month: int, words: Words | None) -> Mention | None:
    """ "28 January 2024", "28 de enero", "January 28, 2024", "Jan. 28": the day (and year) beside a month name."""
    before = pattern(words, DAY_BEFORE).search(folded, max(0, ms - 10), ms)
    if before is not None:
        year = pattern(words, YEAR_AFTER).match(folded, me)
        end = year.end() if year else me
        first = pattern(words, DAY_RANGE_BEFORE).search(folded, max(0, before.start() - RANGE_REACH), before.start())
        # "z 5 na 6 sierpnia", "5-6 August": the range's first day is part of the date's words, no count
        lead = first.start() if first is not None and int(first.group(1)) < int(before.group(1)) else None
        return Mention(before.start(), end, int(before.group(1)), month, int(year.group(1)) if year else None, lead=lead)
    after = pattern(words, DAY_AFTER).match(folded, me)
    if after is not None:
        return Mention(ms, after.end(), int(after.group(1)), month, int(after.group(2)) if after.group(2) else None)
    return None


SOLAR_YEARS = (1300, 1500)  # Solar Hijri years a date of the campaign's reporting can carry (1402-1405 are 2023-2026)


def _solar_date(folded: str, ms: int, me: int, month: int, words: Words | None) -> Mention | None:
    """ "۱۲ مهر ۱۴۰۳" (12 Mehr 1403): a day, a Solar Hijri month and its year, as the Gregorian day they name. Without
    both the day and the year the name is no date: "تیر" is also a bullet, "مهر" a seal, "دی" a letter's name."""
    before = pattern(words, DAY_BEFORE).search(folded, max(0, ms - 10), ms)
    year = pattern(words, YEAR_AFTER).match(folded, me)
    if before is None or year is None or not SOLAR_YEARS[0] <= int(year.group(1)) <= SOLAR_YEARS[1]:
        return None
    day = solar_to_gregorian(int(year.group(1)), month, int(before.group(1)))
    return None if day is None else Mention(before.start(), year.end(), day.day, day.month, day.year)


# "۱۹-۱۱-۱۴۰۲" (day-month-year) and "۱۴۰۲/۱۱/۱۹" (year-month-day): a Solar Hijri date in digits alone, as Persian
# sites stamp their pages ("تاریخ انتشار: ۱۶:۱۹ - ۱۹-۱۱-۱۴۰۲", Asr Iran, Feb 2024); the same separator both times.
_SOLAR_DMY = re.compile(r"(?<![\d.])(\d{1,2})([./]|\s?[-–]\s?)(\d{1,2})\2(1[34]\d\d)(?!\d)")
_SOLAR_YMD = re.compile(r"(?<![\d.])(1[34]\d\d)([./-])(\d{1,2})\2(\d{1,2})(?![\d/.-])")


def _solar_numeric(folded: str, words: Words) -> list[Mention]:
    """Pattern: a numeric Solar Hijri date (its year 1300-1500) in a language that writes that calendar (a pack with
    Solar month names), read as the Gregorian day it names; after a stamp word it is the page's own time."""
    out = []
    for m in (*_SOLAR_DMY.finditer(folded), *_SOLAR_YMD.finditer(folded)):
        year, month, day = (int(m.group(4)), int(m.group(3)), int(m.group(1))) if m.re is _SOLAR_DMY else (int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if not (SOLAR_YEARS[0] <= year <= SOLAR_YEARS[1] and 1 <= month <= 12) or (found := solar_to_gregorian(year, month, day)) is None:
            continue
        stamp = pattern(words, STAMP_BEFORE).search(folded, max(0, m.start() - 25), m.start()) is not None
        out.append(Mention(m.start(), m.end(), found.day, found.month, found.year, stamp=stamp))
    return out


def solar_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date (jdatetime's conversion), None for no such day: the first six months
    have 31 days, the next five 30, the last 29 (30 in a leap year)."""
    try:
        gregorian: date = jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return None
    return gregorian


def _absorbed(found: list[Mention], i: int, folded: str, words: Words | None) -> bool:
    """A calendar date right after a weekday ("Sunday, January 28") is folded into the weekday; a weekday alone right
    after a day and month ("26 Aralık Salı", "12月26日（火）": 26 December, Tuesday) into that date."""
    prev = found[i - 1] if i else None
    if prev and prev.weekday is not None and found[i].day and _adjacent(folded, prev.end, found[i].start, words):
        return True
    return bool(prev and _weekday_after(prev, found[i]) and _adjacent(folded, prev.end, found[i].start, words))


def _weekday_after(date_: Mention, weekday: Mention) -> bool:
    """A written day and month with no weekday of its own, then a weekday alone (no day of its own)."""
    return bool(date_.day and date_.month and date_.weekday is None and weekday.weekday is not None and weekday.day is None and not weekday.back_days)


def _merge_weekday(found: list[Mention], i: int, folded: str, words: Words | None) -> Mention:
    m = found[i]
    nxt = found[i + 1] if i + 1 < len(found) else None
    if m.weekday is not None and nxt and nxt.day and _adjacent(folded, m.end, nxt.start, words):
        return Mention(m.start, nxt.end, nxt.day, nxt.month, nxt.year, m.weekday)
    if nxt and _weekday_after(m, nxt) and _adjacent(folded, m.end, nxt.start, words):
        return Mention(m.start, nxt.end, m.day, m.month, m.year, nxt.weekday)  # "26 Aralık Salı": the weekday fixes the year
    return m


ADJACENT = r"[\s,.(（]*(?:<articles>|,)?[\s,.]*"  # "Sunday, January 28", "Sunday the 28th", "周四(11月23日)"


def _adjacent(folded: str, end: int, start: int, words: Words | None) -> bool:
    """A weekday and a date written as one ("Sunday, January 28", "Wed. Jan. 28"), not a weekday ending one
    sentence and a date opening the next ("... on Wednesday. The Jan. 28 attack ...")."""
    if _NEW_SENTENCE.search(folded, end, start) and pattern(words, r"\.\s+<articles>\s").search(folded, end, start + 1):
        return False
    return 0 <= start - end <= 6 and pattern(words, ADJACENT).fullmatch(folded, end, start) is not None


_NEW_SENTENCE = re.compile(r"\.\s")


# "since Feb. 4, when ...", "since the Jan. 28 (drone) strike", "from Sunday's drone attack" (a clitic written onto the
# date with an apostrophe makes it the attack noun's modifier: the attack's day, no span's start)
WHEN_AFTER = r",?\s<when>\s|(?:'\w{1,3})?\s(?:<weapons>\s)?<attack_nouns>\b"


ORDINAL_REACH = 30  # characters back from a numbered weekday to the attack noun it would number


def _numbers_an_attack(folded: str, s: int, e: int, words: Words | None) -> bool:
    """A weekday written as a numbered day ("thứ 2", Monday: "the second") right after an attack noun numbers that
    attack: "vụ tấn công thứ 2" is "the second attack", no Monday. Weekday names in letters stay days ("an attack
    Sunday" in agency English), but where they are ordinals (`ordinal_weekdays`) they number it too ("vụ tấn công thứ
    hai", the second attack)."""
    numbered = any(c.isdigit() for c in folded[s:e]) or (words is not None and words.ordinal_weekdays)
    return numbered and words is not None and pattern(words, r"<attack_nouns>\s+$").search(folded, max(0, s - ORDINAL_REACH), s) is not None


def _mark_since(
    folded: str,
    m: Mention,
    since: list[tuple[int, int]] | None,
    words: Words | None,
    places: Places | None = None,
    after: Sequence[tuple[int, int]] = (),
    opens: Sequence[tuple[int, int]] = (),
) -> Mention:
    """ "since October 17" starts a span; "since Feb. 4, when a drone killed ..." and "since the Jan. 28 strike on
    Tower 22" date the attack they name. Without
    the article's words (a text of unknown language) no date is taken for a span's start."""
    # the language's words for "since", right before the date (an article or "last", "el pasado" between them allowed:
    # "since last October 19", "desde el pasado 19 de octubre")
    # Pattern: a place between the since-word and the date makes the word a preposition of origin, not of time
    # ("five missiles from Iraq late Sunday night", "cohetes lanzados desde Irak el domingo"): the date dates the launch
    starts_span = since is not None and any(
        m.start - SINCE_GAP <= e <= m.start and _few_words(folded[e : m.start]) and not (places is not None and places(e, m.start)) for _, e in since
    )
    # a postposition of "since" right after the date ("7 اکتوبر سے", "7 अक्टूबर से"); before a date it is no since-word
    starts_span = starts_span or any(m.end <= s <= m.end + SINCE_AFTER_GAP and not folded[m.end : s].strip() for s, _ in after)
    starts_span = starts_span or _campaign_start(folded, m, None if since is None else [*since, *after], words)
    # the closing day of a period a since-word or a period's "from" opens ("vom 17. bis 24. Oktober")
    openers = [*since, *opens] if since is not None else []
    starts_span = starts_span or any(_period_end(folded[e : m.start], m) for _, e in openers if m.start - PERIOD_GAP <= e <= m.start)
    if pattern(words, WHEN_AFTER).match(folded, m.end) is None and starts_span:
        return Mention(m.start, m.end, m.day, m.month, m.year, m.weekday, m.back_days, since=True, anchored=m.anchored)
    return m


SINCE_GAP = 14  # characters between a since-word and the date it starts a span from
PERIOD_GAP = 24  # characters from a since-word to the closing day of the period it opens ("vom 17. bis 24. Oktober")


def _period_end(between: str, m: Mention) -> bool:
    """Pattern: the closing day of a period a since-word opens with its first day ("in der Woche vom 17. bis 24.
    Oktober", "zwischen dem 17. und dem 24. Oktober", "du 17 au 24 octobre"): a span of days, never one attack's day.
    A night across two days ("la nuit du 17 au 18 octobre") is one attack's, its closing day the attack's."""
    parts = between.split()
    days = [int(w.rstrip(".")) for w in parts if w.rstrip(".").isdigit() and len(w.rstrip(".")) <= 2]
    if len(parts) > 4 or len(days) != 1 or m.day is None:
        return False
    if m.day < days[0] and any(not w.rstrip(".").isdigit() for w in parts[1:-1]):
        # the first day with its own month ("ما بين 24 أكتوبر و2 ديسمبر", between 24 October and 2 December): a period
        # across months; a night across them ("du 31 octobre au 1er novembre") closes a day later
        return MONTH_DAYS - days[0] + m.day >= PERIOD_MIN_DAYS
    return PERIOD_MIN_DAYS <= m.day - days[0] <= 31


PERIOD_MIN_DAYS = 2  # a closing day this many days after the first closes a period, not a night across two days
MONTH_DAYS = 30  # a month's days, to count a period across two months (a night from the 30th or 31st to the 1st stays one)
SINCE_AFTER_GAP = 2  # characters between a date and the postposition of "since" after it (a space)
SINCE_BEGAN_REACH = 120  # characters from a since-word to the date its clause says something began on


def _few_words(between: str) -> bool:
    """At most two words and no number between a since-word and a date ("since last", "desde el pasado"); "between
    17 and 18 October" names a span's two days, the first no since-word's."""
    return len(between.split()) <= 2 and not any(c.isdigit() for c in between)


SINCE_OPENING_WORDS = 4  # words from a since-word to the attacks that began ("desde que comenzaron los ataques")
# a full stop written onto the next sentence's first letter ("حرب غزه.واكدت", as some Arabic pages print it) ends a clause
# too; a Latin abbreviation's ("U.S. forces", "Oct. 17") does not
_CLAUSE_MARK = re.compile(r"[,;:\n]|\.(?=[^\x00-\x7f\W])")
# a full stop after a word of four letters or more, before a space, ends its sentence ("... la guerre entre Israël et
# le Hamas. Le 28 janvier, ...": no since-clause reaches the next sentence's date)
_SENTENCE_STOP = re.compile(r"(?<=[^\W\d]{4})[.!?]\s")


def _campaign_start(folded: str, m: Mention, since: list[tuple[int, int]] | None, words: Words | None) -> bool:
    """ "the first attack on Tower 22 since attacks on US forces began on October 17", "depuis que les attaques ...
    ont commencé le 17 octobre", "seit Beginn der Angriffe am 17. Oktober": a since-word, then a word of beginning,
    then the date, in one clause. The date is when the campaign (or the war) began, a span's start, never the day
    of the attack the sentence names."""
    if not since or words is None:
        return False
    began = pattern(words, "<began>")
    for s, e in since:
        if not (m.start - SINCE_BEGAN_REACH <= s < m.start):
            continue
        # one clause, or the date set off after it by a comma with at most its preposition ("de când au început
        # atacurile asupra forțelor SUA, la 17 octombrie": since the attacks began, on 17 October)
        marks = list(_CLAUSE_MARK.finditer(folded, e, m.start))
        if _SENTENCE_STOP.search(folded, e, m.start) or len(marks) > 1 or (marks and len(folded[marks[0].end() : m.start].split()) > 1):
            continue
        upto = marks[0].start() if marks else m.start
        # right after the since-word: the beginning itself ("seit Beginn", "с начала", "since the start") or, within a
        # few words, the attacks that began ("since attacks ... began", "desde que comenzaron los ataques"); not "с
        # беспилотника началась" (an attack by drone began on Sunday), where the since-word is another preposition
        opening = pattern(words, rf"\s(?:<articles>\s)?<began>|(?:\s\S+){{0,{SINCE_OPENING_WORDS - 1}}}\s<attack_nouns>")
        if not opening.match(folded, e):
            continue
        # the word of beginning before the date, or right after it when the clause puts its verb last ("seitdem die
        # Angriffe am 17. Oktober begannen")
        late = began.match(folded, m.end + 1) if not marks and folded[m.end : m.end + 1] == " " else None
        if began.search(folded, e, upto) or late:
            return True
    return _campaign_start_before(folded, m, since, words)


def _campaign_start_before(folded: str, m: Mention, since: list[tuple[int, int]], words: Words) -> bool:
    """The head-final order of the same clause: the date, then the attacks' word of beginning, then the since-word
    closing it ("10월 17일 ... 공격이 시작된 이후", "10月17日に攻撃が始まって以来"): the campaign's start again."""
    if not any(p.head_final for p in words.packs):
        return False
    began = pattern(words, "<=began>")  # glued: Japanese and Chinese write no space before the verb ("攻撃が始まって")
    return any(
        m.end < s <= m.end + SINCE_BEGAN_REACH and not _CLAUSE_MARK.search(folded, m.end, s) and began.search(folded, m.end, s) is not None for s, _ in since
    )


def dispatch_day(folded: str, found: list[Mention], published: date) -> date | None:
    """A wire dateline's day ("新华社大马士革8月14日电", "BAGHDAD, Apr 22 (NNN-NINA) -") other than the page's date:
    earlier, the page reposts the dispatch (a CJK dispatch a day before the page's date too: "莫斯科10月27日电" on a page
    of the 28th, written on the 27th); one day later, the page's date is the previous evening's in another time zone.
    The days the dispatch names ("13日晚", the 13th in the evening; "last night") count from its own day."""
    for m in found:
        if not (m.month and m.day):
            continue
        day = valid_date(m.year or published.year, m.month, m.day)
        if day and m.page_stamp and day - published == timedelta(days=1) and _DATELINE_AFTER.match(folded, m.end) is not None:
            return day
        if _CJK_DISPATCH.match(folded, m.end):
            if day and not m.year and day > published:
                day = valid_date(published.year - 1, m.month, m.day)
            if day and timedelta(days=1) <= published - day <= timedelta(days=366):
                return day  # a day or more before the page's: the page reposts it, or dates it in a later time zone
    return None


def valid_date(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def resolve(m: Mention, ref: date | None, cal: Calendar) -> date | None:
    """The calendar date a mention names, read against `ref`; with no reference only a date the mention
    fixes by itself (a day and month, a weekday and day of the month), never a guessed weekday."""
    if m.day and m.month:
        if m.year:
            return valid_date(m.year, m.month, m.day)
        years = range(cal.window_start.year, cal.window_end.year + 1)
        options = [d for y in years if (d := valid_date(y, m.month, m.day)) and cal.in_window(d)]
        if m.weekday is not None:  # a weekday that no day up to the reference fits is wrong, not the day
            fitting = [d for d in options if d.weekday() == m.weekday and (ref is None or d <= ref + timedelta(days=1))]
            if not fitting and weekday_before_campaign(m, cal, ref):
                return None  # "dimanche 20 juin": a Sunday of 2021, not the Thursday of 2024
            options = fitting or options
        if ref is not None:
            before = [d for d in options if d <= ref + timedelta(days=1)]
            return max(before) if before else None  # never a day after the article: one before the campaign (before_campaign)
        return min(options) if options else None
    if m.weekday is not None and m.day:  # "sábado (27)": the Saturday the 27th nearest before the reference
        start = ref - timedelta(days=45) if ref is not None else cal.first_attack
        stop = ref + timedelta(days=1) if ref is not None else cal.window_end
        days = (start + timedelta(days=i) for i in range((stop - start).days + 1))
        fits = [d for d in days if d.day == m.day and d.weekday() == m.weekday]
        return (fits[-1] if ref is not None else fits[0]) if fits else None
    if m.day and m.month is None and m.weekday is None:  # "28日": the latest 28th up to the reference, none without one
        if ref is None or not 1 <= m.day <= 31:
            return None
        back = ref + timedelta(days=1)
        for _ in range(3):
            if (d := valid_date(back.year, back.month, m.day)) is not None and d <= ref + timedelta(days=1):
                return d
            back = back.replace(day=1) - timedelta(days=1)
        return None
    if m.weekday is not None:
        if ref is not None:
            return ref - timedelta(days=(ref.weekday() - m.weekday) % 7)
        return None  # a weekday with nothing to count from: no day is invented
    if m.back_days is not None and ref is not None:
        return ref - timedelta(days=m.back_days)
    return None


FRESH_DAYS = 7  # days from a campaign day to the page that tells it, within which a wrong weekday is a slip


def weekday_before_campaign(m: Mention, cal: Calendar, ref: date | None = None) -> bool:
    """A day and month with a weekday but no year ("dimanche 20 juin") that the weekday fits in no year of the campaign
    window and in one of the years before it: the day of an older story (Sunday 20 June 2021), not a campaign day whose
    weekday the text got wrong. Weekdays shift by one or two days a year, so the years before the campaign hold a fit for
    any weekday: what decides is that none of the campaign's readings has it. A page dated at most `FRESH_DAYS` after a
    campaign reading ("Minggu (25/12)" on a page of 27 December 2023, whose 25th was a Monday) reports that day with a
    slip of the weekday: news of the week, not a story a year old."""
    if not (m.day and m.month and m.weekday is not None) or m.year or m.since or m.stamp:
        return False
    inside = [d for y in range(cal.window_start.year, cal.window_end.year + 1) if (d := valid_date(y, m.month, m.day)) and cal.in_window(d)]
    if any(d.weekday() == m.weekday for d in inside):
        return False
    if ref is not None and any(0 <= (ref - d).days <= FRESH_DAYS for d in inside):
        return False
    earlier = (valid_date(y, m.month, m.day) for y in range(cal.window_start.year - OLDER_YEARS, cal.window_start.year + 1))
    return any(d is not None and d < cal.window_start and d.weekday() == m.weekday for d in earlier)


def before_campaign(m: Mention, ref: date | None, cal: Calendar) -> bool:
    """ "كان آخرها في 20 كانون الثاني الماضي" (the last was on 20 January) in an article of October 2023: a day and
    month without a year whose every reading in the campaign window lies after the reference is a day before the
    campaign (that January, not the next one)."""
    if weekday_before_campaign(m, cal, ref):
        return True
    if not (m.day and m.month) or m.year or m.since or m.stamp or ref is None:
        return False
    years = range(cal.window_start.year - 1, cal.window_end.year + 1)
    options = [d for y in years if (d := valid_date(y, m.month, m.day))]
    return any(d <= ref + timedelta(days=1) for d in options) and not any(cal.in_window(d) and d <= ref + timedelta(days=1) for d in options)


OLDER_YEARS = 6  # the older stories pages retell: the attacks of 2019-2023 on the same bases
CHROME_LINES = 3  # the page's opening lines: site name, clock, menu, before the headline
CLOCK_GAP = timedelta(days=31)  # a date in them this long after every date of the story is the site's clock
_TEMPERATURE = re.compile(r"^[^\S\n]*-?\d{1,3}(?:[.,]\d)?[^\S\n]?°?[^\S\n]?[cf][^\S\n]*$|\d[^\S\n]?°[^\S\n]?[cf]?\b", re.M)  # "15.9 C", "48°F"


def estimate_reference(folded: str, cal: Calendar, found: list[Mention] | None = None, month: str | None = None) -> date | None:
    """When an article has no publication date: the latest date its own text fixes (within the publication
    month when that is known), or None. A publication month alone fixes no day: a weekday or "yesterday"
    counted from a day picked inside it would be a made-up date, so the claim keeps only the month."""
    candidates: list[date] = []
    chrome: list[date] = []  # dates in the page's opening lines, before the story
    found = mentions(folded, cal) if found is None else found
    listed = _listing_rows(folded, found)
    for i, m in enumerate(found):
        if m.since or m.stamp or not (m.day and m.month) or not (m.year or m.weekday is not None) or m.start in listed:
            continue
        d = resolve(m, None, cal)
        if d and (back := _relative_before(found, i, folded)):
            d += timedelta(days=back)  # "yesterday, Friday 5 January": the text is written the day after the day it fixes
        if d and cal.in_window(d) and d != cal.epoch:
            (chrome if folded.count("\n", 0, m.start) < CHROME_LINES else candidates).append(d)
    # "Friday, February 28, 2025, 2:19AM | 41°" above a story dated "January 28, 2024": a site's clock, shown on the
    # day the page was saved. A date in the opening lines counts unless the story's own dates lie long before it
    # (one on another weekday than the story's today is a stamp already: `off_clock`).
    candidates += [d for d in chrome if not candidates or d - max(candidates) <= CLOCK_GAP]
    for count in cal.day_count.finditer(folded):
        n = int(next(g for g in count.groups() if g))
        if 10 <= n <= 900:
            candidates.append(cal.epoch + timedelta(days=n))
    candidates += [cal.epoch + timedelta(days=n - 1) for n in cal.ordinal_days(folded) if 10 <= n <= 900]  # the epoch is day one
    if month is None:
        return max(candidates) if candidates else None
    first = date(int(month[:4]), int(month[5:7]), 1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    inside = [d for d in candidates if first <= d <= last]
    return max(inside) if inside else None


LISTING_ROWS = 3  # short lines in a row that each open with a date: a list of other pages ("2025-05-01 03:37 1420 view")
LISTING_ROW_CHARS = 80  # characters of the longest such line


def _listing_rows(folded: str, found: list[Mention]) -> frozenset[int]:
    """Starts of the dates that open each line of a run of short lines opening with a date: a page's list of other
    stories or of its archive ("2025-05-01 03:37 1420 view", line after line, under a story of 2023), whose days are
    theirs, not the page's."""
    rows: list[int] = []  # starts of dates that open a short line, in text order
    for m in found:
        line_start = folded.rfind("\n", 0, m.start) + 1
        line_end = folded.find("\n", m.start)
        line_end = len(folded) if line_end < 0 else line_end
        if not folded[line_start : m.start].strip() and line_end - line_start <= LISTING_ROW_CHARS:
            rows.append(m.start)
    out: set[int] = set()
    run: list[int] = []
    for start in rows:
        if run and not 1 <= folded.count("\n", run[-1], start) <= 2:  # the next line, or the one after (a headline between)
            out.update(run if len(run) >= LISTING_ROWS else ())
            run = []
        run.append(start)
    out.update(run if len(run) >= LISTING_ROWS else ())
    return frozenset(out)


def weather_clock(folded: str) -> int:
    """Where the page's opening lines end when they hold a weather reading ("15.9 C / Los Angeles / Friday, November
    22, 2024"), else 0: a date before it is a site's widget showing the day the page was saved, no day of the story
    nor of its publication. (Once per text: a text of few lines is its own opening, searched whole.)"""
    end = _line_end(folded, CHROME_LINES)
    if "°" not in folded[:end] and all(len(line.strip()) > TEMPERATURE_LINE for line in folded[:end].split("\n")):
        return 0  # neither a degree sign nor a line short enough to be a reading alone: the regex cannot match
    return end if _TEMPERATURE.search(folded, 0, end) is not None else 0


TEMPERATURE_LINE = 12  # characters of the longest line `_TEMPERATURE` reads as a reading alone ("-15.9 ° C" is 9)


def _line_end(folded: str, lines: int) -> int:
    """Where the text's first `lines` lines end."""
    at = -1
    for _ in range(lines):
        at = folded.find("\n", at + 1)
        if at < 0:
            return len(folded)
    return at


def in_caption(folded: str, at: int, cal: Calendar) -> bool:
    """The line holding `at` credits a picture ("... in Eilat on December 26, 2023 (Photo by ... / AFP)"): its date is
    the day the picture was taken, which an undated page's weekdays do not count from."""
    start, end = folded.rfind("\n", 0, at) + 1, folded.find("\n", at)
    end = end if end >= 0 else len(folded)
    if _CREDIT_END.search(folded, start, end) is not None:
        return True  # "... near Jarablus, 16 January 2024. (RAMI ALSAYED / NURPHOTO / AFP)"
    if cal.credits is None or cal.credits.empty:
        return False
    bracket = _BRACKET_END.search(folded, start, end)  # "...立ち上る煙(AFP時事)": an agency credited in brackets ends the line
    hits = cal.credits.leftmost_longest(folded, start, end)
    return any(key == "credit" or (bracket is not None and bracket.start() <= s and e <= bracket.end()) for key, s, e in hits)


_BRACKET_END = re.compile(r"\([^()\n]{1,20}\)[\s.]*$")  # a short bracketed phrase that ends its line
# A line that ends with a picture's credit in brackets, the photographer and agency set apart by a slash ("(Delil
# Souleiman / AFP)", "(Reuters/ Thaier Al-Sudani)"): a shape of every language. Letters on both sides of the slash,
# so a date in brackets ("Selasa (31/10)") is none.
_CREDIT_END = re.compile(r"\(\s*[^\W\d][^()\n/]{0,40}(?:/\s*[^\W\d][^()\n/]{0,40}){1,3}\)[\s.]*$")


def page_clock(folded: str, found: list[Mention], published: date) -> list[Mention]:
    """A full date in the page's opening lines more than a day after the publication day (a clock line "5 March
    2025, 09:12" above a story published in January 2024) is the site's clock on the day the page was saved: a
    page stamp, never a day of the story. Read as one, it would date the story's attack months after the page."""
    late = published + timedelta(days=1)
    return _chrome_stamps(folded, found, lambda d: d > late)


def off_clock(folded: str, found: list[Mention]) -> list[Mention]:
    """An undated page's full date in its opening lines on another weekday than the one its story says is today
    (`told_today`: "Saturday 27 April 2024" over "the Pentagon said this evening, Monday, ...") is a site's clock
    on the day the page was saved: a page stamp, neither the publication day nor a day of the story."""
    today = told_today(found, folded)
    return _chrome_stamps(folded, found, lambda d: d.weekday() not in today) if today else found


DATELINE_SEEN = 800  # characters at the start of a page where its byline's date stands


def lone_dateline(folded: str, found: list[Mention], month: str | None = None) -> tuple[Mention, date] | None:
    """Pattern: an undated page whose opening holds one full date alone on its line, under the headline and byline
    ("Quelle: Al Mayadeen / 11. August 2024 / Ein Beamter ..."): the story's own date line, as good as a page stamp, so
    "yesterday" counts from it (the mention and its day). A page with a second date alone on a line (a timeline, a list
    of stories) has none; a date in the opening lines above the headline is the site's clock, not the story's (`off_clock`,
    `far_clock`)."""
    lone = []
    for m in found:
        if not (m.year and m.month and m.day) or m.since or m.stamp or folded.count("\n", 0, m.start) < CHROME_LINES:
            continue
        start, end = folded.rfind("\n", 0, m.first) + 1, folded.find("\n", m.end)
        if folded[start : m.first].strip() or folded[m.end : len(folded) if end < 0 else end].strip(" \t.,"):
            continue
        lone.append(m)
    if len(lone) != 1 or lone[0].start > DATELINE_SEEN:
        return None
    d = valid_date(lone[0].year or 0, lone[0].month or 0, lone[0].day or 0)
    return (lone[0], d) if d is not None and (month is None or f"{d.year}-{d.month:02d}" == month) else None


TODAY_GAP = 3  # characters between "today" and its weekday ("اليوم الأحد", "today, Sunday")


def weekday_fixed_dateline(folded: str, found: list[Mention], cal: Calendar) -> date | None:
    """Pattern: an undated page whose dateline gives a day and month but no year ("طهران/ 28 كانون الثاني/ يناير/إرنا-",
    an agency's dispatch) and whose story names today's weekday ("اليوم الأحد", today Sunday): the one year of the
    campaign in which that day falls on that weekday fixes the page's day, so "yesterday" and the weekdays count from it."""
    heads = [m for m in found if m.day and m.month and m.year is None and not (m.since or m.stamp) and m.start < DATELINE_SEEN]
    if not heads:
        return None
    head = heads[0]
    weekdays = {
        b.weekday
        for a, b in pairwise(found)
        if b.weekday is not None and b.day is None and a.back_days == 0 and a.day is None and a.weekday is None
        and not folded[a.end : b.start].strip(" ,،") and b.start - a.end <= TODAY_GAP
    }  # fmt: skip
    if len(weekdays) != 1:
        return None
    (weekday,) = weekdays
    days = [
        d
        for y in range(cal.window_start.year, cal.window_end.year + 1)
        if (d := valid_date(y, head.month or 0, head.day or 0)) is not None and cal.in_window(d) and d.weekday() == weekday
    ]
    return days[0] if len(days) == 1 else None


def far_clock(folded: str, found: list[Mention], estimate: date | None) -> list[Mention]:
    """An undated page's full date in its opening lines more than CLOCK_GAP after the day its story's own dates fix
    ("Субота, 23 Листопада, 2024" over a story of "неділю, 21 квітня"; `estimate_reference` already passes it over):
    a site's clock, marked a page stamp, so that no sentence of the story takes it as its day."""
    return found if estimate is None else _chrome_stamps(folded, found, lambda d: d - estimate > CLOCK_GAP)


def _chrome_stamps(folded: str, found: list[Mention], clock: Callable[[date], bool]) -> list[Mention]:
    """`found` with each full date in the page's opening lines (CHROME_LINES) whose day `clock` says is a site's clock
    marked as a page stamp."""
    return [
        replace(m, stamp=True)
        if m.year and m.month and m.day and folded.count("\n", 0, m.start) < CHROME_LINES and (d := valid_date(m.year, m.month, m.day)) and clock(d)
        else m
        for m in found
    ]


def _relative_before(found: list[Mention], i: int, folded: str) -> int:
    """The days a relative word right before mention `i` counts back ("yesterday, Friday 5 January": 1), else 0."""
    if i == 0:
        return 0
    prev = found[i - 1]
    if prev.back_days is None or not _bare_relative(prev):
        return 0
    return prev.back_days if _APPOSED.fullmatch(folded, prev.end, found[i].start) else 0


def _bare_relative(m: Mention) -> bool:
    """A relative day alone ("yesterday", "today"): no day or weekday of its own, not counted from another date."""
    return m.back_days is not None and m.day is None and m.weekday is None and not m.anchored


_APPOSED = re.compile(r"[\s,،(]*")  # what stands between "yesterday" and the date it names: a space, a comma


def told_today(found: list[Mention], folded: str) -> frozenset[int]:
    """The weekdays (0 Monday) the text says today is: a relative day set beside a weekday's name ("this evening,
    Monday", "yesterday, Sunday": today is the day after it), in either order. Empty when it says none."""
    out: set[int] = set()
    for a, b in pairwise(found):
        rel, named = (a, b) if a.weekday is None else (b, a)
        if rel.back_days is None or not _bare_relative(rel) or rel.since or named.weekday is None or named.day is not None or named.back_days is not None:
            continue
        if _APPOSED.fullmatch(folded, a.end, b.start):
            out.add((named.weekday + rel.back_days) % 7)
    return frozenset(out)


@dataclass(frozen=True)
class SentenceDate:
    value: date
    basis: Basis
    span: tuple[int, int]


def sentence_dates(
    found: list[Mention],
    start: int,
    end: int,
    ref: date | None,
    ref_known: bool,
    cal: Calendar,
    folded: str,
    month_known: bool = False,
    month_end: date | None = None,
    told: date | None = None,
) -> list[SentenceDate]:
    """Dates (in the campaign window) that the sentence folded[start:end] gives, excluding "since ..." starts, and the
    first night of a night that spans two days (`_night`). `month_known`: the page gives its month, not its day:
    a day and month it names ("on Oct. 29") is read as surely as against a publication day (only a weekday needs the
    day to count from). `month_end`: that month's last day, which a numbered weekday ("domingo (7)") is read against
    when nothing gives a reference day: the Sunday the 7th of that month or the weeks before, not of any month.
    `told`: the day the sentences before last told, which "that day" and "the day before" count from when their own
    sentence names no other day."""
    out: list[SentenceDate] = []
    eves, nights = _night(found, start, end, folded)
    mine = [m for m in found if start <= m.start < end and not ((m.since and m.start not in nights) or m.stamp or m.start in eves)]
    for m in mine:
        if m.anchored:
            continue
        numbered_weekday = m.weekday is not None and m.day is not None and m.month is None
        d = resolve(m, month_end if ref is None and month_end is not None and numbered_weekday else ref, cal)
        if d is None or not cal.in_window(d) or d == cal.epoch:
            continue
        stated = ref_known or (month_known and bool(m.day and m.month))
        basis: Basis = "explicit" if m.year or (m.day and m.weekday is not None) else ("relative" if stated else "inferred")
        out.append(SentenceDate(d, basis, (m.first, m.end)))
    out = _weekday_over_relative_day(out, mine, folded)
    anchored: list[SentenceDate] = []
    for m in mine:
        if m.anchored and (x := _anchored(m, sorted(out + anchored, key=lambda y: y.span[0]), ref, ref_known, cal, told)) is not None:
            anchored.append(x)
    return anchored + out


def _weekday_over_relative_day(dates: list[SentenceDate], mine: list[Mention], folded: str) -> list[SentenceDate]:
    """Pattern: a relative day word written together with a bare weekday a day away from it ("on Wednesday overnight" in
    a Friday story, "hier dimanche" on a page stamped Tuesday, "اليوم الاثنين" on a page stamped the Sunday night
    before in UTC): one day named twice, by a night word read as "last night" or counted from a page stamped a day off;
    the weekday says which, the day next to the relative word's (never a week back), and the relative word dates nothing."""
    day_at = {x.span[0]: x.value for x in dates}
    weekdays = [w for w in mine if w.weekday is not None and w.day is None and w.month is None and w.back_days is None and w.first in day_at]
    moved: dict[int, date] = {}
    for m in mine:
        if m.back_days is None or m.first not in day_at:
            continue
        near = [day_at[m.first] + timedelta(days=k) for k in (-1, 1)]
        for w in weekdays:
            day = next((d for d in near if d.weekday() == w.weekday), None)
            if day is not None and _written_together(folded, m, w):
                moved[m.first], moved[w.first] = day, day
    relative = set(moved) - {w.first for w in weekdays}
    return [SentenceDate(moved[x.span[0]], x.basis, x.span) if x.span[0] in moved else x for x in dates if x.span[0] not in relative]


def _written_together(folded: str, a: Mention, b: Mention) -> bool:
    """Two mentions side by side, at most a short joining word and no punctuation between them, in either order."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return 0 <= second.start - first.end <= NIGHT_JOIN and _JOIN.fullmatch(folded, first.end, second.start) is not None


def _anchored(m: Mention, dates: list[SentenceDate], ref: date | None, ref_known: bool, cal: Calendar, told: date | None = None) -> SentenceDate | None:
    """ "claimed on Sunday an attack that had taken place two days earlier": two days before the sentence's other
    date (the nearest before it, else after it); with none, before the day the story last told ("The Pentagon spoke
    on the 21st. That day it said the attack came the night before": the 20th), else the reference. It comes first:
    it dates the attack."""
    before = [x for x in dates if x.span[0] < m.start]
    anchor = before[-1] if before else (dates[0] if dates else None)
    back = timedelta(days=m.back_days or 0)
    if anchor is not None:
        d, basis = anchor.value - back, anchor.basis
    elif told is not None:
        d, basis = told - back, ("relative" if ref_known else "inferred")
    elif ref is not None and back >= timedelta(0):  # "the next day" counts from a day the story told, never from its own
        d, basis = ref - back, ("relative" if ref_known else "inferred")
    else:
        return None
    return SentenceDate(d, basis, (m.first, m.end)) if cal.in_window(d) else None


NIGHT_JOIN = 8  # characters between two weekdays that name one night ("samedi à dimanche", "Saturday into Sunday")
_JOIN = re.compile(r"[\w\s'’/–-]*")  # what may stand between them: a short word, a dash or slash, never a clause's punctuation


def _night(found: list[Mention], start: int, end: int, folded: str) -> tuple[set[int], set[int]]:
    """ "dans la nuit de samedi à dimanche", "la noche del sábado al domingo", "nella notte tra sabato e domenica", "в ночь
    с субботы на воскресенье", "overnight Saturday into Sunday": a weekday followed at once by the next day names the
    night between them, and an attack in that night is reported on the later day (after midnight). Returns the starts
    of the earlier weekdays of such pairs and of a relative night word just before them (no date), and of the later
    days (the date, even after a word that opens a span: "tra", "с"). A shape of mentions (two weekdays a day apart,
    at most a short joining word and no punctuation between: "on Sunday, the SDF said on Monday" is two days), no word."""
    bare = [m for m in found if start <= m.start < end and m.weekday is not None and m.day is None and m.month is None and m.back_days is None]
    pairs = [
        (a, b)
        for a, b in pairwise(bare)
        if a.weekday is not None and b.weekday == (a.weekday + 1) % 7 and b.start - a.end <= NIGHT_JOIN and _JOIN.fullmatch(folded, a.end, b.start)
    ]
    # the night word right before the pair, when a pack reads it as "last night" ("dans la nuit de ...", "w nocy z ..."):
    # the pair says which night
    night = {m.start for m in found if m.back_days is not None and any(0 <= a.start - m.end <= NIGHT_JOIN for a, _ in pairs)}
    # Pattern: a night word right before a written day ("dans la nuit du 8 au 9 novembre", "in der Nacht zum 9.
    # November"): the written day says which night (of a span, the later day, the one the month is written with), so
    # the night word, read alone as "last night", dates nothing.
    written = [m for m in found if start <= m.start < end and m.day is not None and m.month is not None]
    night |= {
        m.start
        for m in found
        if start <= m.start < end
        and m.back_days is not None
        and not m.anchored
        and any(0 <= d.start - m.end <= DATED_NIGHT_JOIN and _DATED_JOIN.fullmatch(folded, m.end, d.start) for d in written)
    }
    return {a.start for a, _ in pairs} | night, {b.start for _, b in pairs}


DATED_NIGHT_JOIN = 16  # characters between a night word and the written day that names it ("du 8 au ", "vom 8. auf den ")
_DATED_JOIN = re.compile(r"[\w\s.'’/–-]*")  # short words, the first day's number, no clause punctuation


MIN_BARE_MONTH = 4  # letters of a month name standing alone: shorter ones are too often other words ("mai", "آب")


def earlier_month(folded: str, found: Sequence[Mention], start: int, end: int, ref: date, words: Words, near: int | None = None) -> str | None:
    """ "In January, a drone attack on Tower 22 killed three" in an article of 8 February: the one month the
    sentence names without a day, when it is before the reference's month, as "YYYY-MM" (the latest such
    month not after the reference). A day carried over from another sentence or the publication does not
    date this sentence's attack: it is an earlier one, recalled. Month names that are other words
    (`month_homographs`, names shorter than MIN_BARE_MONTH) never count alone. Several months, none the
    reference's ("今年1月、...米兵3人が死亡したことを受け、2月に空爆": after the deaths of January, strikes in
    February), all recall earlier events: the one named nearest `near` (the place) is its attack's."""
    spots = _bare_months(folded, found, start, end, words)
    named = {m for _, m in spots}
    if len(named) > 1 and near is not None and ref.month not in named:
        named = {min(spots, key=lambda x: abs(x[0] - near))[1]}
    if len(named) != 1:
        return None
    month = named.pop()
    year = ref.year if month < ref.month else ref.year - 1 if month > ref.month else None
    return None if year is None else f"{year}-{month:02d}"


def month_alone(folded: str, found: Sequence[Mention], start: int, end: int, words: Words) -> bool:
    """The sentence names one month without a day ("Im Februar", "In January"), whatever the year: with no day
    to compare it with, it still dates another time than a story told without one."""
    return len({m for _, m in _bare_months(folded, found, start, end, words)}) == 1


def bare_month_at(folded: str, found: Sequence[Mention], start: int, end: int, words: Words) -> int | None:
    """Where the first month named without a day in folded[start:end] starts, or None."""
    spots = _bare_months(folded, found, start, end, words)
    return min(at for at, _ in spots) if spots else None


def bare_month(folded: str, found: Sequence[Mention], start: int, end: int, words: Words) -> int | None:
    """The one month the sentence names without a day ("In June"), or None."""
    months = {m for _, m in _bare_months(folded, found, start, end, words)}
    return next(iter(months)) if len(months) == 1 else None


def _bare_months(folded: str, found: Sequence[Mention], start: int, end: int, words: Words) -> list[tuple[int, int]]:
    """(offset, month number) of each month the span names outside a dated mention, other words left out."""
    homographs = pattern(words, "<month_homographs>")
    return [
        (s, int(key[1:]))
        for key, s, e in words.calendar.leftmost_longest(folded, start, end)
        if key[0] == "m"
        and (e - s >= MIN_BARE_MONTH or _digits_in(folded, s, e))
        and not any(m.start <= s < m.end for m in found)
        and not homographs.fullmatch(folded, s, e)
        and folded[s:e] not in words.number_values  # French "sept" (seven) is September's abbreviation too
    ]


def _digits_in(folded: str, s: int, e: int) -> bool:
    """A month written with its number ("1月", "1월"): never another word, however short."""
    return any(ch.isdigit() for ch in folded[s:e])


def weekday_named(found: list[Mention], start: int, end: int, lead: int | None = None) -> int | None:
    """The weekday a sentence names when nothing turns it into a day ("on Tuesday" in an article with no
    publication date): one day in seven, which the alert stage can still match against the attacks it
    knows. Else the weekday of the sentence before (from `lead`), which often carries the when of a report
    ("On Tuesday drones hit ... . The base hosts ..."). Several different weekdays say nothing."""
    for lo, hi in ((start, end), (lead, start) if lead is not None and lead < start else (start, start)):
        named = {m.weekday for m in found if lo <= m.start < hi and m.weekday is not None and not m.day and not (m.since or m.stamp)}
        if named:
            return named.pop() if len(named) == 1 else None
    return None
