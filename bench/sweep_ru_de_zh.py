"""Sweep of Russian, German and Chinese reporting shapes (issue 9): attack sentences and tolls an analyst reads.

Every sentence here is a template written for this sweep (no reporting is copied). Each case is an article of
one to three sentences and what an analyst reads from it: the base, the killed and wounded counts of the new
attack (None: no toll told) and the attack date (None: none told). The script runs each through the extractor and
prints, per shape, how many give the right claim, toll and date.

    python bench/sweep_ru_de_zh.py [--lang ru] [--shape NAME] [--show N]
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Iterator
from datetime import date

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain import enrich
from basewatch.services.ingest.domain.intake import RawArticle, intake

PUBLISHED = "2023-11-20"  # a Monday
SUN, SAT, NOV18 = "2023-11-19", "2023-11-18", "2023-11-18"
# lang, shape, text, base id, killed, wounded, date (ISO or None)
Case = tuple[str, str, str, str, int | None, int | None, str | None]

# Russian: (id, accusative after "на"/"по", prepositional after "на"/"в")
BASES_RU = [
    ("ain-al-asad", "авиабазу Айн-эль-Асад", "авиабазе Айн-эль-Асад"), ("al-tanf", "базу Эт-Танф", "базе Эт-Танф"),
    ("harir", "авиабазу Харир", "авиабазе Харир"), ("al-shaddadi", "базу Эш-Шаддади", "базе Эш-Шаддади"),
    ("rumalyn", "базу Рмейлан", "базе Рмейлан"), ("conoco", "базу на газовом месторождении Коноко", "базе на газовом месторождении Коноко"),
    ("tower-22", "базу «Башня 22»", "базе «Башня 22»"), ("erbil", "авиабазу Эрбиль", "авиабазе Эрбиль"),
]  # fmt: skip
# (n, "killed" phrase, "wounded" phrase)
KILLED_RU = [
    (1, "погиб один американский военнослужащий"), (2, "погибли двое американских военнослужащих"), (3, "погибли трое американских военных"),
    (3, "погибли 3 американских солдата"), (4, "погибли четверо бойцов СДС"), (2, "погибли два военнослужащих США"),
    (2, "погибли двое иракских военных"), (1, "погиб американский подрядчик"),
]  # fmt: skip
WOUNDED_RU = [(5, "пятеро получили ранения"), (8, "8 человек были ранены"), (2, "двое были ранены")]
WEAPONS_RU = [("беспилотник", "беспилотника"), ("ракета", "ракет"), ("дрон", "дрона")]
DATES_RU = [("в воскресенье", SUN), ("вчера", SUN), ("18 ноября", NOV18), ("в субботу", SAT), ("", None)]
SPEAKERS_RU = ["", ", заявили в Пентагоне", ", сообщает ТАСС со ссылкой на источник"]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _tidy(s: str) -> str:
    """Single spaces, no space before punctuation, every sentence starting with a capital."""
    s = " ".join(s.split()).replace(" ,", ",").replace(" .", ".")
    return ". ".join(_cap(p) for p in s.split(". "))


EXTRA_RU = [  # (text with {acc} {d}, killed, wounded)
    ("Пентагон подтвердил гибель трех американских военнослужащих в результате атаки беспилотника на {acc} {d}.", 3, None),
    ("Трое американских военных погибли и более 30 получили ранения при атаке беспилотника на {acc} {d}.", 3, 30),
    ("Как сообщили в Пентагоне, {d} при атаке на {acc} погибли двое военнослужащих, еще пятеро ранены.", 2, 5),
    ("{d} по {acc} был нанесен ракетный удар. Погибших нет, двое военнослужащих получили легкие ранения.", 0, 2),
    ("Число погибших в результате атаки на {acc} {d} возросло до четырех, сообщили в Пентагоне.", 4, None),
    ("Погиб американский военнослужащий, еще трое ранены в результате атаки дрона на {acc} {d}.", 1, 3),
]


def russian() -> Iterator[Case]:
    for (sh, k, w), (bid, acc, _), (d, dd) in itertools.product(EXTRA_RU, BASES_RU, DATES_RU):
        yield "ru", "extra", _cap(_tidy(sh.format(acc=acc, d=d))), bid, k, w, dd
    one = [  # attack and toll in one sentence
        "{d} беспилотник атаковал {acc}, в результате {k}{sp}.",
        "В результате атаки {wg} на {acc} {d} {k}{sp}.",
        "{d} {acc2} была атакована с помощью {wg}, {k}, {wd}{sp}.",
        "В Пентагоне заявили, что {d} в результате удара по {acc} {k}.",
        "По данным Пентагона, {d} при атаке на {acc} {k}, еще {wd}.",
        "{k} {d} в результате атаки {wg} на {acc}{sp}.",
    ]
    two = [  # the toll in the next sentence
        "{d} беспилотник атаковал {acc}{sp}. В результате {k}.",
        "Ополченцы {d} нанесли удар по {acc}. По данным Пентагона, {k}, {wd}.",
        "«Исламское сопротивление в Ираке» взяло на себя ответственность за атаку на {acc} {d}. {k_cap}, сообщили в Пентагоне.",
    ]
    for (i, sh), (bid, acc, _), (n, k), (m, wd), (wn, wg), (d, dd), sp in itertools.product(
        enumerate(one + two), BASES_RU, KILLED_RU, WOUNDED_RU, WEAPONS_RU, DATES_RU, SPEAKERS_RU
    ):
        if (i + len(k) + m + len(wn) + len(d) + len(sp) + len(bid)) % 17:
            continue
        acc2 = acc.replace("авиабазу", "авиабаза").replace("базу", "база")
        text = _tidy(sh.format(d=d, acc=acc, acc2=acc2, k=k, k_cap=_cap(k), wd=wd, wg=wg, sp=sp))
        wounded = m if "{wd}" in sh else None
        yield "ru", "one_sentence" if i < len(one) else "next_sentence", _cap(text), bid, n, wounded, dd
    wounded_only = [
        "{d} беспилотник атаковал {acc}, {wd}{sp}.",
        "В результате обстрела {acc3} {d} {wd}, жертв нет{sp}.",
        "{d} {acc2} подверглась ракетному обстрелу. Пострадавших нет{sp}.",
    ]
    for sh, (bid, acc, _), (m, wd), (d, dd), sp in itertools.product(wounded_only, BASES_RU, WOUNDED_RU, DATES_RU, SPEAKERS_RU):
        acc2 = acc.replace("авиабазу", "авиабаза").replace("базу", "база")
        acc3 = acc.replace("авиабазу", "авиабазы").replace("базу", "базы").replace("«Башня 22»", "«Башня 22»")
        text = _tidy(sh.format(d=d, acc=acc, acc2=acc2, acc3=acc3, wd=wd, sp=sp))
        yield "ru", "no_deaths", _cap(text), bid, 0 if "нет" in sh else None, (m if "{wd}" in sh else None), dd
    negatives = [
        "Американские удары по Ираку убили 40 боевиков. {d} беспилотник атаковал {acc}.",
        "В январе на базе «Башня 22» погибли трое американских военных. {d} беспилотник атаковал {acc}.",
        "Боевики пригрозили новыми атаками. {d} ракеты были выпущены по {acc3}.",
        "С 17 октября американские базы подвергались атакам более 60 раз. {d} беспилотник атаковал {acc}.",
        "{d} беспилотник атаковал {acc}, жертв нет, сообщили в Пентагоне.",
        "В ответ на гибель трех военных США нанесли удары, убив 16 человек. {d} дрон атаковал {acc}.",
    ]
    for (i, sh), (bid, acc, _), (d, dd) in itertools.product(enumerate(negatives), BASES_RU, DATES_RU):
        if bid == "tower-22" and i == 1:
            continue
        acc3 = acc.replace("авиабазу", "авиабазе").replace("базу", "базе")
        text = _tidy(sh.format(d=d, acc=acc, acc3=acc3))
        yield "ru", "negative", _cap(text), bid, (0 if "жертв нет" in sh else None), None, dd


# German: (id, name after "den/die" accusative, dative)
BASES_DE = [
    ("ain-al-asad", "den Luftwaffenstützpunkt Ain al-Asad", "dem Luftwaffenstützpunkt Ain al-Asad"),
    ("al-tanf", "den Stützpunkt Al-Tanf", "dem Stützpunkt Al-Tanf"),
    ("harir", "den Stützpunkt Harir", "dem Stützpunkt Harir"), ("al-shaddadi", "den Stützpunkt Al-Schaddadi", "dem Stützpunkt Al-Schaddadi"),
    ("rumalyn", "den Stützpunkt Rumalyn", "dem Stützpunkt Rumalyn"), ("conoco", "das Conoco-Gasfeld", "dem Conoco-Gasfeld"),
    ("tower-22", "den Stützpunkt Tower 22", "dem Stützpunkt Tower 22"), ("erbil", "den Luftwaffenstützpunkt Erbil", "dem Luftwaffenstützpunkt Erbil"),
]  # fmt: skip
KILLED_DE = [  # count, subject, finite verb, rest of the predicate (V2: the rest closes the clause)
    (1, "ein US-Soldat", "wurde", "getötet"), (2, "zwei US-Soldaten", "wurden", "getötet"), (3, "drei amerikanische Soldaten", "wurden", "getötet"),
    (3, "3 US-Soldaten", "kamen", "ums Leben"), (4, "vier Kämpfer der SDF", "wurden", "getötet"), (2, "zwei US-Militärangehörige", "starben", ""),
    (2, "zwei irakische Soldaten", "wurden", "getötet"),
]  # fmt: skip
WOUNDED_DE = [(5, "fünf weitere wurden verletzt"), (8, "8 Soldaten wurden verwundet"), (2, "zwei wurden leicht verletzt")]
WEAPONS_DE = [("eine Drohne", "einer Drohne", "Drohnenangriff"), ("Raketen", "Raketen", "Raketenangriff"), ("eine Rakete", "einer Rakete", "Raketenangriff")]
DATES_DE = [("am Sonntag", SUN), ("gestern", SUN), ("am 18. November", NOV18), ("am Samstag", SAT), ("", None)]
SPEAKERS_DE = ["", ", teilte das Pentagon mit", ", sagte ein US-Beamter", ", erklärten die SDF"]


EXTRA_DE = [
    ("Drei US-Soldaten sind {d} bei einem Drohnenangriff auf {acc} ums Leben gekommen.", 3, None),
    ("Das Pentagon bestätigte den Tod von drei US-Soldaten bei einem Angriff auf {acc} {d}.", 3, None),
    ("Bei einem Drohnenangriff auf {acc} sind {d} drei US-Soldaten getötet und mehr als 30 verletzt worden.", 3, 30),
    ("{d} wurde {acc} mit Raketen angegriffen. Tote gab es keine, zwei Soldaten wurden leicht verletzt.", 0, 2),
    ("Die Zahl der Toten nach dem Angriff auf {acc} {d} stieg auf vier, teilte das Pentagon mit.", 4, None),
    ("Ein amerikanischer Zivilangestellter ist {d} bei einem Raketenangriff auf {acc} gestorben.", 1, None),
    ("Bei dem Angriff auf {acc} {d} starb ein Vertragsarbeiter der US-Armee.", 1, None),
]


def german() -> Iterator[Case]:
    for (sh, k, w), (bid, acc, _), (d, dd) in itertools.product(EXTRA_DE, BASES_DE, DATES_DE):
        yield "de", "extra", _cap(_tidy(sh.format(acc=acc, d=d))), bid, k, w, dd
    one = [
        "Bei einem {wa} auf {acc} {aux} {d} {kn} {part}{sp}.",
        "{d} griff {we} {acc} an, dabei {aux} {kn} {part}{sp}.",
        "Bei dem Angriff auf {acc} {aux} {d} {kn} {part}, {wd}{sp}.",
        "Wie das Pentagon mitteilte, {aux} {d} bei einem {wa} auf {acc} {kn} {part}.",
        "{kn} {aux} {d} bei einem {wa} auf {acc} {part}{sp}.",
        "Nach Angaben des Pentagons {aux} {d} bei einem {wa} auf {acc} {kn} {part}.",
        "Ein {wa} auf {acc} hat {d} {kn_acc} getötet{sp}.",
    ]
    two = [
        "{d} griff {we} {acc} an{sp}. Dabei {aux} {kn} {part}.",
        "Milizen haben {d} {acc} mit {wdat} angegriffen. {kn} {aux} {part}, {wd}{sp}.",
        "Der {wa} auf {acc} ereignete sich {d}. Nach Angaben des Pentagons {aux} {kn} {part}.",
        "Die Islamische Widerstandsbewegung im Irak reklamierte den {wa} auf {acc} {d} für sich. {kn} {aux} {part}{sp}.",
    ]
    for (i, sh), (bid, acc, _), (n, kn, aux, part), (m, wd), (we, wdat, wa), (d, dd), sp in itertools.product(
        enumerate(one + two), BASES_DE, KILLED_DE, WOUNDED_DE, WEAPONS_DE, DATES_DE, SPEAKERS_DE
    ):
        if (i + len(kn) + m + len(we) + len(d) + len(sp) + len(bid)) % 17:
            continue
        if "{kn_acc}" in sh and aux != "wurden":
            continue
        kn_acc = kn.replace("ein US-Soldat", "einen US-Soldaten")
        text = _tidy(sh.format(d=d, acc=acc, kn=kn, kn_acc=kn_acc, aux=aux, part=part, wd=wd, we=we, wdat=wdat, wa=wa, sp=sp))
        wounded = m if "{wd}" in sh else None
        yield "de", "one_sentence" if i < len(one) else "next_sentence", _cap(text), bid, n, wounded, dd
    v2 = [  # the statement day after the verb of saying and its subject (V2), the attack day earlier in the sentence
        ("Ein {wa} hat {d} {acc} getroffen, erklärten die SDF am Montag.", None),
        ("Eine Drohne hat {d} {acc} angegriffen, teilte das Pentagon am Montag mit.", None),
        ("Bei einem {wa} auf {acc} {d} wurden zwei US-Soldaten verletzt, sagte ein Sprecher am Montag.", 2),
        ("Ein {wa} hat {acc} getroffen, teilte das Pentagon am Montag mit, der Angriff sei {d} erfolgt.", None),
        ("Zwei Soldaten wurden bei dem {wa} auf {acc} verletzt, sagte ein Sprecher des Pentagons am Montag, der Angriff sei {d} gewesen.", 2),
    ]
    for (sh, w), (bid, acc, _), (_, _, wa), (d, dd) in itertools.product(v2, BASES_DE, WEAPONS_DE, DATES_DE[:4]):
        text = _tidy(sh.format(acc=acc, wa=wa, d=d))
        yield "de", "v2_statement_day", text, bid, None, w, dd
    negatives = [
        "US-Luftangriffe töteten 40 Milizionäre im Irak. {d} griff eine Drohne {acc} an.",
        "Im Januar wurden drei US-Soldaten am Stützpunkt Tower 22 getötet. {d} griff eine Drohne {acc} an.",
        "Die Milizen drohten mit weiteren Angriffen. {d} wurde {acc} mit Raketen beschossen.",
        "Seit dem 17. Oktober wurden US-Truppen mehr als 60 Mal angegriffen. {d} griff eine Drohne {acc} an.",
        "{d} griff eine Drohne {acc} an, verletzt wurde niemand, teilte das Pentagon mit.",
        "Bei US-Vergeltungsschlägen wurden 16 Menschen getötet. {d} wurde {acc} von einer Drohne angegriffen.",
        "{d} griff eine Drohne {acc} an. Es gab keine Opfer.",
    ]
    for (i, sh), (bid, acc, _), (d, dd) in itertools.product(enumerate(negatives), BASES_DE, DATES_DE):
        if bid == "tower-22" and i == 1:
            continue
        text = _tidy(sh.format(d=d, acc=acc))
        yield "de", "negative", _cap(text), bid, (0 if "niemand" in sh or "keine Opfer" in sh else None), None, dd


BASES_ZH = [
    ("ain-al-asad", "艾因阿萨德空军基地"), ("al-tanf", "坦夫基地"), ("harir", "哈里尔空军基地"), ("al-shaddadi", "沙达迪基地"),
    ("rumalyn", "鲁迈兰基地"), ("conoco", "科尼科气田"), ("tower-22", "22号塔楼"), ("erbil", "埃尔比勒空军基地"), ("al-omar", "奥马尔油田"),
]  # fmt: skip
KILLED_ZH = [
    (1, "1名美军士兵死亡"), (2, "两名美国军人丧生"), (3, "3名美军士兵阵亡"), (3, "三名美国士兵死亡"),
    (4, "4名叙利亚民主力量战士死亡"), (2, "2名美国承包商死亡"),
]  # fmt: skip
WOUNDED_ZH = [(5, "5人受伤"), (8, "另有8名士兵受伤"), (2, "两人受轻伤")]
WEAPONS_ZH = ["无人机", "火箭弹", "导弹"]
DATES_ZH = [("周日", SUN), ("昨天", SUN), ("11月18日", NOV18), ("星期六", SAT), ("", None)]
SPEAKERS_ZH = [("", ""), ("据美军称，", ""), ("", "美国国防部表示，"), ("", "")]


EXTRA_ZH = [
    ("美国国防部证实，{b}{d}遭无人机袭击，3名美军士兵死亡，30多人受伤。", 3, 30),
    ("{d}，一架无人机袭击了{b}，导致3名美军死亡。", 3, None),
    ("{d}，{b}遭火箭弹袭击，造成3死5伤。", 3, 5),
    ("{d}，{b}遭无人机袭击，造成一死两伤。", 1, 2),
    ("一名美国承包商{d}在{b}遭到的无人机袭击中丧生。", 1, None),
    ("{d}{b}遭袭，美军称无人员伤亡。", 0, None),
    ("{d}，{b}遭到无人机袭击，数名美军士兵受伤，无人死亡。", 0, None),
    ("{d}{b}遭到无人机袭击，死亡人数升至4人。", 4, None),
]


def chinese() -> Iterator[Case]:
    for (sh, k, w), (bid, b), (d, dd) in itertools.product(EXTRA_ZH, BASES_ZH, DATES_ZH):
        yield "zh", "extra", sh.format(b=b, d=d).replace("，，", "，").lstrip("，"), bid, k, w, dd
    one = [
        "{pre}{d}，{b}遭到{we}袭击，造成{k}。",
        "{pre}{d}{we}袭击了{b}，造成{k}，{wd}。",
        "{mid}{d}针对{b}的{we}袭击造成{k}。",
        "{pre}{b}{d}遭{we}袭击，{k}，{wd}。",
    ]
    two = [
        "{pre}{d}，{b}遭到{we}袭击。袭击造成{k}。",
        "伊拉克伊斯兰抵抗组织宣布对{d}{we}袭击{b}负责。{mid}{k}，{wd}。",
    ]
    for (i, sh), (bid, b), (n, k), (m, wd), we, (d, dd), (pre, mid) in itertools.product(
        enumerate(one + two), BASES_ZH, KILLED_ZH, WOUNDED_ZH, WEAPONS_ZH, DATES_ZH, SPEAKERS_ZH
    ):
        if (i + n + m + len(we) + len(d) + len(pre) + len(bid)) % 11:
            continue
        text = sh.format(pre=pre, mid=mid, d=d, b=b, k=k, wd=wd, we=we).replace("，，", "，").lstrip("，")
        wounded = m if "{wd}" in sh else None
        yield "zh", "one_sentence" if i < len(one) else "next_sentence", text, bid, n, wounded, dd
    neg = [
        "美军空袭在伊拉克打死了40名武装分子。{d}，{b}遭到无人机袭击。",
        "今年1月，22号塔楼遭袭造成3名美军士兵死亡。{d}，{b}遭到无人机袭击。",
        "民兵组织威胁将发动更多袭击。{d}，{b}遭到火箭弹袭击。",
        "自10月17日以来，美军已遭到60多次袭击。{d}，{b}遭到无人机袭击。",
        "{d}，{b}遭到无人机袭击，没有造成人员伤亡。",
    ]
    for (i, sh), (bid, b), (d, dd) in itertools.product(enumerate(neg), BASES_ZH, DATES_ZH):
        if bid == "tower-22" and i == 1:
            continue
        text = sh.format(d=d, b=b).replace("，，", "，").lstrip("，")
        yield "zh", "negative", text, bid, (0 if "没有造成" in sh else None), None, dd


# Dates as wire copy writes them (published Monday 2023-11-20): the attack day an analyst reads.
DATED_RU = [
    ("в ночь на воскресенье", SUN), ("в ночь на 19 ноября", SUN), ("в воскресенье вечером", SUN), ("в прошлую субботу", SAT),
    ("в понедельник", PUBLISHED), ("в четверг", "2023-11-16"), ("во вторник", "2023-11-14"), ("утром 18 ноября", NOV18),
]  # fmt: skip
DATED_DE = [
    ("in der Nacht zum Sonntag", SUN), ("am Sonntagabend", SUN), ("am frühen Sonntagmorgen", SUN), ("am vergangenen Samstag", SAT),
    ("am Montag", PUBLISHED), ("am Donnerstag", "2023-11-16"), ("am 18.11.", NOV18), ("in der Nacht auf Samstag", SAT),
]  # fmt: skip
DATED_ZH = [
    ("当地时间19日", SUN), ("19日凌晨", SUN), ("18日晚", NOV18), ("上周六", SAT), ("11月18日晚", NOV18), ("本周一", PUBLISHED),
    ("上周四", "2023-11-16"), ("当地时间18日晚间", NOV18),
]  # fmt: skip
TOLLS2_RU = [
    ("{d} беспилотник атаковал {acc}. Жертвами атаки стали трое американских военнослужащих, ранения получили 34 человека.", 3, 34),
    ("Трое американских военнослужащих были убиты {d} при атаке дрона на {acc}, сообщило Центральное командование США.", 3, None),
    ("По словам пресс-секретаря Пентагона, {d} в результате удара по {acc} погиб один военнослужащий и ранены еще 12.", 1, 12),
    ("{d} {acc2} подверглась атаке беспилотников, сообщил представитель Пентагона. Пострадали двое американских военных.", 0, 2),
]
TOLLS2_DE = [
    ("Bei dem Angriff auf {acc} {d} seien drei Soldaten getötet worden, hieß es aus dem Pentagon.", 3, None),
    ("{d} wurde {acc} von einer Drohne getroffen. Drei US-Soldaten wurden getötet, Dutzende verletzt.", 3, None),
    ("Das US-Zentralkommando teilte mit, dass {d} bei einem Drohnenangriff auf {acc} zwei Soldaten ums Leben kamen und 34 verletzt wurden.", 2, 34),
    ("{d} griffen Milizen {acc} an. Tote gab es nicht, vier Soldaten erlitten leichte Verletzungen.", 0, 4),
]
TOLLS2_ZH = [
    ("{d}，{b}遭无人机袭击，造成至少3名美军士兵死亡、34人受伤。", 3, 34),
    ("美国中央司令部说，3名美军士兵{d}在{b}遭受的无人机袭击中丧生。", 3, None),
    ("{d}，{b}遭到火箭弹袭击，一名美国承包商遇难，另有5人受伤。", 1, 5),
    ("五角大楼发言人说，{b}{d}遭到无人机袭击，两名美军人员受轻伤。", 0, 2),
]


def dated() -> Iterator[Case]:
    """Attack days as wire copy writes them, and a second toll set of each language."""
    for (bid, acc, _), (d, dd) in itertools.product(BASES_RU, DATED_RU):
        yield "ru", "dated", _cap(f"{d} беспилотник атаковал {acc}, сообщили в Пентагоне."), bid, None, None, dd
    for (bid, acc, _), (d, dd) in itertools.product(BASES_DE, DATED_DE):
        yield "de", "dated", _cap(f"Eine Drohne hat {d} {acc} angegriffen, teilte das Pentagon mit."), bid, None, None, dd
    for (bid, b), (d, dd) in itertools.product(BASES_ZH, DATED_ZH):
        yield "zh", "dated", f"{d}，{b}遭到无人机袭击。", bid, None, None, dd
    for (sh, k, w), (bid, acc, _), (d, dd) in itertools.product(TOLLS2_RU, BASES_RU, DATES_RU):
        acc2 = acc.replace("авиабазу", "авиабаза").replace("базу", "база")
        yield "ru", "tolls2", _cap(_tidy(sh.format(acc=acc, acc2=acc2, d=d))), bid, k, w, dd
    for (sh, k, w), (bid, acc, _), (d, dd) in itertools.product(TOLLS2_DE, BASES_DE, DATES_DE):
        yield "de", "tolls2", _cap(_tidy(sh.format(acc=acc, d=d))), bid, k, w, dd
    for (sh, k, w), (bid, b), (d, dd) in itertools.product(TOLLS2_ZH, BASES_ZH, DATES_ZH):
        yield "zh", "tolls2", sh.format(b=b, d=d).replace("，，", "，").lstrip("，"), bid, k, w, dd


ROUND3_RU = [  # (text, killed, wounded); wounded -1: a count the analyst cannot read (any is right)
    ("{d} беспилотник атаковал {acc}. 34 военнослужащих США получили черепно-мозговые травмы.", None, 34),
    ("{d} беспилотник атаковал {acc}, несколько военнослужащих получили ранения.", None, -1),
    ("{d} дрон врезался в казарму на {acc3}, двое военнослужащих получили сотрясение мозга.", None, 2),
    ("Ранее в январе на базе «Башня 22» погибли трое американских военных. {d} дрон атаковал {acc}.", None, None),
    ("США нанесли ответные удары по объектам в Ираке, погибли 18 боевиков. {d} ракеты были выпущены по {acc3}.", None, None),
    ("Всего с 17 октября американские военные подверглись более чем 150 атакам. {d} беспилотник атаковал {acc}.", None, None),
    ("«Исламское сопротивление в Ираке» заявило, что {d} атаковало {acc} беспилотниками. Пострадавших нет, сообщили в Пентагоне.", 0, None),
]
ROUND3_DE = [
    ("{d} griff eine Drohne {acc} an. 34 US-Soldaten erlitten Schädel-Hirn-Traumata.", None, 34),
    ("{d} wurde {acc} angegriffen, mehrere Soldaten wurden verletzt.", None, -1),
    ("{d} schlug eine Drohne in {acc} ein, zwei Soldaten erlitten Gehirnerschütterungen.", None, 2),
    ("Bereits im Januar waren drei US-Soldaten am Stützpunkt Tower 22 getötet worden. {d} griff eine Drohne {acc} an.", None, None),
    ("Die USA flogen Vergeltungsangriffe, bei denen 18 Kämpfer getötet wurden. {d} wurde {acc} mit Raketen beschossen.", None, None),
    ("Seit Mitte Oktober wurden US-Truppen mehr als 150 Mal angegriffen. {d} griff eine Drohne {acc} an.", None, None),
    ("Die Miliz reklamierte den Angriff auf {acc} {d} für sich. Verletzt wurde nach Angaben des Pentagons niemand.", 0, None),
]
ROUND3_ZH = [
    ("{d}，{b}遭到无人机袭击，34名美军士兵被诊断为创伤性脑损伤。", None, 34),
    ("{d}，{b}遭到无人机袭击，数名美军士兵受伤。", None, -1),
    ("{d}，{b}遭到无人机袭击，两名美军士兵出现脑震荡症状。", None, 2),
    ("{d}，{b}遭到火箭弹袭击，造成12名美军死伤。", None, 12),
    ("{d}，{b}遭到火箭弹袭击，4名士兵死里逃生。", None, None),
    ("此前，22号塔楼遇袭造成3名美军死亡。{d}，{b}遭到无人机袭击。", None, None),
    ("美军随后发动报复性空袭，打死18名武装分子。{d}，{b}遭到火箭弹袭击。", None, None),
    ("自10月中旬以来，美军已遭到150多次袭击。{d}，{b}遭到无人机袭击。", None, None),
    ("{d}，{b}遭到無人機襲擊，造成3名美軍士兵死亡，另有5人受傷。", 3, 5),
    ("伊拉克伊斯兰抵抗组织声称{d}用无人机袭击了{b}。五角大楼表示，袭击没有造成人员伤亡。", 0, None),
]


def round3() -> Iterator[Case]:
    """Brain injuries, unread counts, recalls in each language's tense of the past, tallies, the militia's claim."""
    for (sh, k, w), (bid, acc, _), (d, dd) in itertools.product(ROUND3_RU, BASES_RU, DATES_RU):
        if bid == "tower-22" and "Башня" in sh:
            continue
        acc3 = acc.replace("авиабазу", "авиабазе").replace("базу", "базе")
        yield "ru", "round3", _cap(_tidy(sh.format(acc=acc, acc3=acc3, d=d))), bid, k, w, dd
    for (sh, k, w), (bid, acc, _), (d, dd) in itertools.product(ROUND3_DE, BASES_DE, DATES_DE):
        if bid == "tower-22" and "Tower" in sh:
            continue
        yield "de", "round3", _cap(_tidy(sh.format(acc=acc, d=d))), bid, k, w, dd
    for (sh, k, w), (bid, b), (d, dd) in itertools.product(ROUND3_ZH, BASES_ZH, DATES_ZH):
        if bid == "tower-22" and "22号" in sh:
            continue
        yield "zh", "round3", sh.format(b=b, d=d).replace("，，", "，").lstrip("，"), bid, k, w, dd


def cases() -> Iterator[Case]:
    yield from round3()
    yield from dated()
    yield from russian()
    yield from german()
    yield from chinese()


def verdict(lang: str, text: str, base: str, killed: int | None, wounded: int | None, day: str | None) -> str:
    """The empty string when the new attack's claim on `base` carries the toll and date; else what is wrong."""
    article = intake(RawArticle(text=text, published_at=date.fromisoformat(PUBLISHED), language=lang))
    claims = enrich(article, resources.lexicon(), resources.calendar(), resources.gazetteer())
    mine = [c for c in claims if c.base_id == base and not c.background]
    if not mine:
        return "no_claim"
    c = mine[0]
    if (c.killed or 0) != (killed or 0):
        return "killed"
    if wounded is not None and wounded >= 0 and c.wounded != wounded:
        return "wounded"
    if day is not None and (c.attack_date is None or c.attack_date.isoformat() != day):
        return "date"
    return ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=int, default=0, help="print up to N wrong cases per shape")
    ap.add_argument("--shape", default=None, help="run one shape only")
    ap.add_argument("--lang", default=None, help="run one language only")
    args = ap.parse_args()
    totals: dict[tuple[str, str], dict[str, int]] = {}
    shown: dict[tuple[str, str, str], int] = {}
    for lang, shape, text, base, killed, wounded, day in cases():
        if (args.shape and shape != args.shape) or (args.lang and lang != args.lang):
            continue
        v = verdict(lang, text, base, killed, wounded, day)
        t = totals.setdefault((lang, shape), {"right": 0, "n": 0})
        t["n"] += 1
        t[v or "right"] = t.get(v or "right", 0) + 1
        if v and shown.get((lang, shape, v), 0) < args.show:
            shown[(lang, shape, v)] = shown.get((lang, shape, v), 0) + 1
            print(f"  WRONG[{v}] {lang} {shape}: {text}  (want {base} k={killed} w={wounded} {day})")
    per_lang: dict[str, list[int]] = {}
    for (lang, shape), t in totals.items():
        wrong = ", ".join(f"{k} {v}" for k, v in sorted(t.items()) if k not in ("right", "n"))
        print(f"{lang} {shape:18s} {t['right']:5d} / {t['n']:5d} right  {wrong}")
        p = per_lang.setdefault(lang, [0, 0])
        p[0] += t["right"]
        p[1] += t["n"]
    for lang, (ok, n) in per_lang.items():
        print(f"{lang} TOTAL              {ok:5d} / {n:5d} right")


if __name__ == "__main__":
    main()
