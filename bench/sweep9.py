"""Sweep of issue 9: three shapes of English and Arabic reporting that lost a death, and the tolls that must not move.

Every sentence here is a template written for this sweep (no reporting is copied). Each case is an article of
one to three sentences and what an analyst reads from it: the base (or None for a described base), the killed
count the new attack must carry (None: no toll of this attack). The script runs each through the extractor and
prints, per shape, how many give the right claim and toll.

    python bench/sweep9.py [--show N]
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Iterator
from datetime import date

from basewatch.services.enrich import resources
from basewatch.services.enrich.domain import enrich
from basewatch.services.ingest.domain.intake import RawArticle, intake

PUBLISHED = "2023-11-20"  # a Monday, weeks from any famous fatal attack (whose exact toll links to it)
Case = tuple[str, str, str | None, int | None]  # shape, text, base id (None: a described base), killed

BASES_EN = [  # id, how a report names it, its country
    ("tower-22", "Tower 22", "Jordan"), ("ain-al-asad", "the Ain al-Asad air base", "Iraq"), ("al-tanf", "the al-Tanf garrison", "Syria"),
    ("harir", "Harir air base", "Iraq"), ("al-omar", "the al-Omar oil field base", "Syria"), ("al-shaddadi", "the al-Shaddadi base", "Syria"),
    ("conoco", "the Conoco gas field", "Syria"), ("rumalyn", "the Rumalyn base", "Syria"),
]  # fmt: skip
BASES_AR = [
    ("tower-22", "البرج 22", "الأردن"), ("ain-al-asad", "قاعدة عين الأسد", "العراق"), ("al-tanf", "قاعدة التنف", "سوريا"),
    ("harir", "قاعدة حرير", "العراق"), ("al-omar", "حقل العمر", "سوريا"), ("al-shaddadi", "قاعدة الشدادي", "سوريا"),
]  # fmt: skip
COUNTS_EN = [(1, "one"), (2, "two"), (3, "three"), (2, "2"), (4, "four"), (5, "5")]
VICTIMS_EN = ["U.S. soldiers", "American service members", "American contractors", "coalition troops", "US troops"]
DATES_EN = ["on Sunday", "early on Tuesday", "late Saturday", "on Nov. 18", ""]
WEAPONS_EN = ["drone", "one-way attack drone", "rocket", "missile"]
SPEAKERS = ["", ", officials said", ", the Pentagon said", ", a U.S. official told reporters"]


def _v(victims: str, n: int) -> str:
    """ "one U.S. soldiers" -> "one U.S. soldier"."""
    if n != 1:
        return victims
    return victims[:-1] if victims.endswith("s") else victims


def toll_first_en() -> Iterator[Case]:
    """Shape 1: the toll in a sentence naming no place, the base in the next one or two."""
    tolls = [
        "The attack killed {w} {v} and wounded dozens{sp}.",
        "{W} {v} died {d}{sp}.",
        "{W} {v} were killed {d} and more than 30 were wounded{sp}.",
        "A {we} strike killed {w} {v} {d}{sp}.",
        "The strike {d} killed {w} {v}{sp}.",
        "Officials said {w} {v} were killed {d} and several were hurt.",
        "The Pentagon said {d} that {w} {v} had died.",
    ]
    attacks = [
        "It targeted {b}, a base in {c}.",
        "A {we} had struck {b} in {c}.",
        "The {we} hit {b}.",
        "The attack targeted {b}, near the border.",
        "It hit {b} shortly before dawn.",
        "A militia group claimed the {we} attack on {b}, officials said.",
    ]
    for (i, t), (j, a), (bid, bn, c), (n, w), k in itertools.product(enumerate(tolls), enumerate(attacks), BASES_EN, COUNTS_EN, range(2)):
        if (i + j + k + n) % 3:
            continue
        v, d, sp, we = VICTIMS_EN[(i + j) % 5], DATES_EN[(j + k) % 5], SPEAKERS[(i + k) % 4], WEAPONS_EN[(i + n) % 4]
        first = t.format(w=w, W=w[0].upper() + w[1:], v=_v(v, n), d=d, sp=sp, we=we).replace("  ", " ").replace(" .", ".").replace(" ,", ",")
        second = a.format(b=bn, c=c, we=we)
        second = second[0].upper() + second[1:]
        mid = " Dozens more were hurt." if k else ""
        yield "toll_first_en", f"{first}{mid} {second}", bid, n


def toll_first_ar() -> Iterator[Case]:
    tolls = ["قتل {w} جنود أمريكيين وأصيب العشرات.", "أعلن الجيش الأمريكي مقتل {w} من جنوده.", "لقي {w} جنود أمريكيين حتفهم فجر الأحد."]
    attacks = ["واستهدف الهجوم {b} في {c}.", "وكانت طائرة مسيرة قد استهدفت {b}.", "واستهدف الهجوم بطائرة مسيرة {b}."]
    counts = [(3, "ثلاثة"), (2, "2"), (4, "أربعة"), (5, "خمسة"), (3, "3")]
    for t, a, (bid, bn, c), (n, w) in itertools.product(tolls, attacks, BASES_AR, counts):
        yield "toll_first_ar", f"{t.format(w=w)} {a.format(b=bn, c=c)}", bid, n
    before = [  # tolls of other events: recalled, a state's strike, an accident
        "قتل ثلاثة جنود أمريكيين الأسبوع الماضي.", "قتلت غارات أمريكية 40 مسلحا.", "قتل جنديان أمريكيان في الشهر الماضي.",
        "أعلن الجيش الأمريكي أن غارة جوية قتلت قياديا في الفصيل.",
    ]  # fmt: skip
    for t, a, (bid, bn, c) in itertools.product(before, attacks, BASES_AR):
        yield "negative_ar", f"{t} {a.format(b=bn, c=c)}", bid, None


RANKS = ["Sgt.", "Staff Sgt.", "Spc.", "Pfc.", "Cpl.", "Sgt. 1st Class", "Capt.", "Lt.", "Pvt.", "Master Sgt."]
NAMES = ["Aaron Whitfield", "Dana Korver", "Luis Ocampo", "Jared Milne", "Tessa Hollin", "Marcus Bleu", "Owen Tarrant", "Rita Salcedo"]


def _named(k: int, off: int) -> str:
    people = [f"{RANKS[(off + i) % len(RANKS)]} {NAMES[(off + i * 3) % len(NAMES)]}" for i in range(k)]
    return people[0] if k == 1 else ", ".join(people[:-1]) + " and " + people[-1]


TOWNS = ["Dayton, Ohio", "Tulsa, Oklahoma", "Macon, Georgia", "Reno, Nevada", "Provo, Utah"]


def _named_home(k: int, off: int) -> str:
    """ "Sgt. A, 31, of Dayton, Ohio; Spc. B, 22, of Tulsa, Oklahoma and ...": a release's list of the dead."""
    people = [f"{RANKS[(off + i) % len(RANKS)]} {NAMES[(off + i * 3) % len(NAMES)]}, {20 + off + i}, of {TOWNS[(off + i) % 5]}" for i in range(k)]
    return people[0] if k == 1 else "; ".join(people[:-1]) + " and " + people[-1]


def named_dead_en() -> Iterator[Case]:
    """Shape 2: the dead named only by rank and name."""
    shapes = [
        "{p} {were} killed when a {we} hit {b} {d}.",
        "{p} {were} killed {d} when a {we} struck {b}{sp}.",
        "A {we} struck {b} {d}. {p} {were} killed{sp}.",
        "{p} died of wounds sustained in the attack on {b}{sp}.",
        "The Pentagon identified the soldiers killed in the {we} attack on {b} as {p}.",
        "A {we} hit {b} {d}, killing {p}.",
    ]
    for (i, sh), (bid, bn, _), k, off in itertools.product(enumerate(shapes), BASES_EN, (1, 2, 3), range(3)):
        p = _named(k, off + i)
        text = sh.format(p=p, were="was" if k == 1 else "were", we=WEAPONS_EN[(i + off) % 4], b=bn, d=DATES_EN[(off + k) % 4], sp=SPEAKERS[(i + off) % 4])
        text = text.replace(" .", ".")
        yield "named_dead_en", text[0].upper() + text[1:], bid, k
    releases = ["The Army said {p}, died {d} when a {we} struck {b}.", "{p}, were killed {d} in a {we} attack on {b}, the Pentagon said."]
    for (i, sh), (bid, bn, _), k, off in itertools.product(enumerate(releases), BASES_EN, (1, 2, 3), range(3)):
        text = sh.format(p=_named_home(k, off + i), d=DATES_EN[(off + k) % 4], we=WEAPONS_EN[(i + off) % 4], b=bn).replace(" .", ".")
        if k == 1:
            text = text.replace("were killed", "was killed")
        yield "named_dead_en", text, bid, k


def described_en() -> Iterator[Case]:
    """Shape 3: a base described, not named."""
    places = [
        "a base hosting American forces in western Iraq", "a base housing U.S. troops in Iraq", "a base used by coalition forces in eastern Syria",
        "a base hosting US troops in northeastern Syria", "an outpost housing American troops in Syria", "a facility hosting coalition troops in Iraq",
    ]  # fmt: skip
    shapes = ["A {we} struck {p} {d}, killing {w} {v}.", "{W} {v} {were} killed when a {we} hit {p} {d}.", "A {we} attack on {p} killed {w} {v}{sp}."]
    for (i, sh), p, (n, w), j in itertools.product(enumerate(shapes), places, COUNTS_EN, range(2)):
        v = _v(VICTIMS_EN[(i + j + n) % 5], n)
        text = sh.format(
            we=WEAPONS_EN[(i + j) % 4], p=p, d=DATES_EN[(n + j) % 4], w=w, W=w[0].upper() + w[1:], v=v, were="was" if n == 1 else "were", sp=SPEAKERS[j]
        )
        yield "described_en", text.replace(" ,", ",").replace(" .", "."), None, n


def described_ar() -> Iterator[Case]:
    places = [
        "قاعدة تستضيف قوات أمريكية في غرب العراق",
        "قاعدة تضم قوات أمريكية في سوريا",
        "قاعدة تستضيف قوات التحالف في شمال شرق سوريا",
        "قاعدة تضم جنودا أمريكيين في العراق",
    ]
    shapes = [
        "استهدفت طائرة مسيرة {p}، ما أدى إلى مقتل {w}.",
        "قتل {w} في هجوم بطائرة مسيرة على {p}.",
        "استهدف هجوم صاروخي {p} فجر الأحد، ما أسفر عن مقتل {w}.",
    ]
    counts = [(1, "متعاقد أمريكي"), (2, "جنديين أمريكيين"), (3, "ثلاثة جنود أمريكيين"), (1, "جندي أمريكي")]
    for sh, p, (n, w) in itertools.product(shapes, places, counts):
        yield "described_ar", sh.format(p=p, w=w), None, n


def negatives() -> Iterator[Case]:
    """Tolls that must not move to the new attack, spokesmen who are not dead, recalls: base, killed (None: no toll)."""
    before = [
        "In January three soldiers were killed at Tower 22.",
        "US strikes killed 40 militants.",
        "American airstrikes in Iraq killed 16 fighters on Friday.",
        "Israeli strikes killed dozens of people in Gaza.",
        "Three U.S. soldiers were killed at Tower 22 last month.",
        "The war has killed thousands of people since October.",
        "Two contractors died at the al-Shaddadi base in March.",
        "Three U.S. soldiers were killed on Saturday, officials said.",
        "Two American sailors died in a helicopter crash on Monday.",
        "Sgt. Aaron Whitfield was killed at Tower 22 in January.",
        "Two U.S. soldiers were killed in a drone attack last week.",
        "A U.S. strike in Syria killed a militia commander.",
        "Staff Sgt. Dana Korver was wounded when rockets fell near the gate.",
        "A drone attack killed two American soldiers on Sunday.",
    ]
    attacks = [
        "On Sunday a {we} struck {b}.", "A {we} hit {b} on Tuesday.", "Militants fired a {we} at {b} on Monday, causing no casualties.",
        "Hours later, a {we} struck {b}.", "Separately, a {we} hit {b}.", "In another attack, a {we} targeted {b}.",
    ]  # fmt: skip
    for (i, t), a, (bid, bn, _) in itertools.product(enumerate(before), attacks, BASES_EN):
        if bn.endswith("Tower 22") or (i == 6 and bid == "al-shaddadi"):
            continue
        killed = 0 if "no casualties" in a else None
        if i == len(before) - 1 and a.startswith(("On Sunday", "A {we} hit")):
            continue  # the toll's own attack, told again: the deaths may be its own
        yield "negative", f"{t} {a.format(we=WEAPONS_EN[i % 4], b=bn)}", bid, killed
    speakers = ["Maj. Gen. Pat Ryder", "Brig. Gen. Dana Korver", "Lt. Col. Owen Tarrant", "Capt. Rita Salcedo", "Sgt. Maj. Luis Ocampo"]
    said = [
        "{s} said a {we} hit {b} on Sunday.",
        "{s}, a Pentagon spokesman, said a {we} struck {b} on Sunday, killing {w} soldiers.",
        "A {we} hit {b} on Sunday, {s} told reporters.",
        "A {we} struck {b} on Sunday, wounding {w} soldiers, {s} said.",
        "{s} said the {we} that hit {b} on Sunday killed {w} U.S. troops.",
        "{s}, who commands the task force, visited {b} after a {we} struck it on Sunday.",
        "No one was killed as {s} toured {b} when a {we} hit it on Sunday.",
        "A {we} struck {b} on Sunday and wounded {s}.",
        "{s} died in a car crash on Sunday, a day before a {we} hit {b}.",
    ]
    for (i, sh), s, (bid, bn, _), (n, w) in itertools.product(enumerate(said), speakers, BASES_EN[:4], COUNTS_EN[:2]):
        killed = n if "killing {w}" in sh or "killed {w}" in sh else 0 if "No one" in sh or "crash" in sh else None
        yield "negative", sh.format(s=s, we=WEAPONS_EN[i % 4], b=bn, w=w), bid, killed


def cases() -> Iterator[Case]:
    yield from toll_first_en()
    yield from toll_first_ar()
    yield from named_dead_en()
    yield from described_en()
    yield from described_ar()
    yield from negatives()


def right(text: str, base: str | None, killed: int | None) -> bool:
    """The new attack's claim (on `base`, or the described one) carries `killed`; no claim of it carries another toll."""
    article = intake(RawArticle(text=text, published_at=date.fromisoformat(PUBLISHED)))
    claims = enrich(article, resources.lexicon(), resources.calendar(), resources.gazetteer())
    mine = [c for c in claims if c.base_id == base and not c.background]
    return bool(mine) and mine[0].killed == killed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=int, default=0, help="print up to N wrong cases per shape")
    ap.add_argument("--shape", default=None, help="run one shape only")
    args = ap.parse_args()
    totals: dict[str, list[int]] = {}
    shown: dict[str, int] = {}
    for shape, text, base, killed in cases():
        if args.shape and shape != args.shape:
            continue
        ok = right(text, base, killed)
        t = totals.setdefault(shape, [0, 0])
        t[0] += ok
        t[1] += 1
        if not ok and shown.get(shape, 0) < args.show:
            shown[shape] = shown.get(shape, 0) + 1
            print(f"  WRONG {shape}: {text}  (want {base}, killed {killed})")
    for shape, (ok, n) in totals.items():
        print(f"{shape:16s} {ok:4d} / {n:4d} right")


if __name__ == "__main__":
    main()
