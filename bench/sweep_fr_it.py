"""Sweep of French and Italian reporting shapes (issue 9): attack sentences as wire copy writes them, and the tolls that must not move.

Every sentence here is a template written for this sweep (no reporting is copied). Each case is a short article and
what an analyst reads from it: the base, the killed and wounded counts of the new attack (None: none stated), its
date (None: not checked). Negatives carry base None: no claim
of a new attack may then carry a death. The script runs
each case through the extractor and prints, per shape, how many give the right claim, toll and date.

    python bench/sweep_fr_it.py [--show N] [--shape SHAPE]
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
# shape, language, text, base id (None: a negative), killed, wounded, date
Case = tuple[str, str, str, str | None, int | None, int | None, str | None]

BASES_FR = [  # id, how French copy names it (spellings of bases.toml)
    ("ain-al-asad", "la base aérienne d'Aïn al-Assad"), ("tower-22", "la Tour 22"), ("al-tanf", "la base d'al-Tanf"),
    ("al-omar", "le champ pétrolier d'al-Omar"), ("erbil", "la base aérienne d'Erbil"), ("conoco", "le champ gazier de Conoco"),
    ("al-shaddadi", "la base de Chaddadé"), ("harir", "la base de Harir"),
]  # fmt: skip
BASES_IT = [
    ("ain-al-asad", "la base aerea di al Asad"), ("tower-22", "la Torre 22"), ("al-tanf", "la base di al-Tanf"),
    ("al-omar", "la base militare Usa di al-Omar"), ("erbil", "la base aerea di Erbil"), ("conoco", "il giacimento di gas Conoco"),
    ("al-shaddadi", "la base di al-Shaddadi"), ("harir", "la base di Harir"),
]  # fmt: skip
COUNTS_FR = [(1, "un"), (2, "deux"), (3, "trois"), (4, "4"), (5, "cinq"), (2, "2")]
COUNTS_IT = [(1, "un"), (2, "due"), (3, "tre"), (4, "4"), (5, "cinque"), (2, "2")]
WOUNDED = [(8, "huit", "otto"), (25, "25", "25"), (40, "une quarantaine de", "una quarantina di"), (12, "douze", "dodici")]
WEAPONS_FR = ["drone", "roquettes", "missiles", "drone kamikaze"]
WEAPONS_IT = ["drone", "razzi", "missili", "drone kamikaze"]
DATES_FR = [("dimanche", "2023-11-19"), ("hier", "2023-11-19"), ("samedi", "2023-11-18"), ("le 18 novembre", "2023-11-18"), ("samedi soir", "2023-11-18")]
DATES_IT = [("domenica", "2023-11-19"), ("ieri", "2023-11-19"), ("sabato", "2023-11-18"), ("il 18 novembre", "2023-11-18"), ("sabato sera", "2023-11-18")]
SPEAKERS_FR = ["", ", selon le Pentagone", ", a indiqué un responsable américain", ", a déclaré le commandement central américain (Centcom)"]
SPEAKERS_IT = ["", ", secondo il Pentagono", ", ha detto un funzionario americano", ", ha riferito il Comando centrale Usa (Centcom)"]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _fr_soldiers(n: int, w: str, who: int) -> tuple[str, str]:
    """ "{w} soldats américains" and its verb agreement ("ont été tués" / "a été tué")."""
    groups = [("soldat américain", "soldats américains"), ("militaire américain", "militaires américains"), ("combattant des FDS", "combattants des FDS")]
    one, many = groups[who % 3]
    return (f"un {one}", "a été tué") if n == 1 else (f"{w} {many}", "ont été tués")


def _it_soldiers(n: int, w: str, who: int) -> tuple[str, str]:
    groups = [
        ("soldato americano", "soldati americani"),
        ("militare statunitense", "militari statunitensi"),
        ("combattente delle Fds", "combattenti delle Fds"),
    ]
    one, many = groups[who % 3]
    return (f"un {one}", "è stato ucciso") if n == 1 else (f"{w} {many}", "sono stati uccisi")


def french() -> Iterator[Case]:
    attacks = [  # toll in the attack sentence; {v} the victims, {vb} their verb
        ("fr_toll_same", "{V} {vb} {d} dans une attaque de {we} contre {b}{sp}."),
        ("fr_toll_same", "Une attaque de {we} contre {b} a tué {v} {d}{sp}."),
        ("fr_toll_same", "{B} a été visée {d} par une attaque de {we} qui a tué {v}{sp}."),
        ("fr_toll_tuant", "Un {we1} a frappé {b} {d}, tuant {v}{sp}."),
        ("fr_toll_speaker_first", "Selon le Pentagone, {v} {vb} {d} lors d'une attaque de {we} contre {b}."),
        ("fr_toll_speaker_first", "Le Pentagone a annoncé {d} la mort de {v} dans une attaque de {we} contre {b}."),
        ("fr_toll_and_wounded", "{V} {vb} et {xa} blessés {d} dans une attaque de {we} contre {b}{sp}."),
        ("fr_toll_next", "Une attaque de {we} a visé {b} {d}{sp}. {V} {vb}."),
        ("fr_toll_next", "{B} a été la cible d'une attaque de {we} {d}. L'attaque a fait {x} blessés et tué {v}, selon le Pentagone."),
        ("fr_toll_next", "La Résistance islamique en Irak a revendiqué {d} une attaque de {we} contre {b}. {V} {vb}, a précisé un porte-parole américain."),
    ]
    attacks += [  # tolls as nouns, other verbs of dying, speakers in the middle, the base after the toll
        ("fr_toll_noun", "Une attaque de {we} contre {b} a fait {nm} {d}{sp}."),
        ("fr_toll_noun", "{B} a été visée {d} par des {we2}, faisant {nm}, selon le Pentagone."),
        ("fr_toll_noun", "Le bilan de l'attaque de {we} contre {b} {d} s'élève à {nm}{sp}."),
        ("fr_toll_verb", "{V} {died} {d} dans une attaque de {we} contre {b}{sp}."),
        ("fr_toll_mid", "{V}, a indiqué le Pentagone, {vb} {d} dans une attaque de {we} contre {b}."),
        ("fr_toll_first", "{V} {vb} {d}{sp}. L'attaque de {we} visait {b}."),
        ("fr_toll_first", "{V} {vb} {d}, a annoncé Washington. Un {we1} a frappé {b}."),
        ("fr_toll_usa", "{Vu} {vbu} {d} dans une attaque de {we} contre {b}{sp}."),
        ("fr_toll_night", "{V} {vb} dans la nuit de samedi à dimanche lors d'une attaque de {we} contre {b}{sp}."),
        ("fr_toll_headline", "Irak-Syrie : {v} {tues} dans une attaque de {we} contre {b}\n{V} {vb} {d}{sp}."),
        ("fr_toll_en_a_blesse", "Une attaque de {we} contre {b} a tué {v} {d} et en a blessé {x} autres{sp}."),
        ("fr_toll_plus_de", "{V} {vb} et plus de {xd} blessés {d} dans une attaque de {we} contre {b}{sp}."),
        ("fr_toll_inverted", "{D}, {b} a été visée par une attaque de {we}. {Vb} {v}, selon le Pentagone."),
        ("fr_claim_day", "La Résistance islamique en Irak a revendiqué lundi l'attaque de {we} menée {d} contre {b}, qui a tué {v}."),
    ]
    wounded_only = [
        ("fr_wounded", "{X} militaires américains ont été blessés {d} dans une attaque de {we} contre {b}{sp}."),
        ("fr_wounded", "Une attaque de {we} contre {b} a fait {x} blessés légers {d}{sp}."),
        ("fr_wounded", "Des {we} ont visé {b} {d}, blessant {x} soldats américains{sp}."),
    ]
    claims = [
        ("fr_claim", "La Résistance islamique en Irak a revendiqué {d} une attaque de {we} contre {b}."),
        ("fr_claim", "La Résistance islamique en Irak a affirmé avoir visé {b} {d} avec des {we2}."),
        ("fr_no_casualties", "Une attaque de {we} a visé {b} {d}, sans faire de victimes{sp}."),
        ("fr_no_casualties", "Des {we2} ont été tirés {d} contre {b}. Aucun blessé n'est à déplorer, selon le Pentagone."),
    ]
    for (i, (shape, t)), (bid, b), (n, w), k in itertools.product(enumerate(attacks), BASES_FR, COUNTS_FR, range(2)):
        if (i + k + n) % 2:
            continue
        d, day = DATES_FR[(i + k + n) % 5]
        v, vb = _fr_soldiers(n, w, i + k)
        x, xw, _ = WOUNDED[(i + n) % 4]
        we = WEAPONS_FR[(i + k) % 4]
        text = t.format(
            V=_cap(v),
            v=v,
            vb=vb,
            d=d,
            D=_cap(d),
            tues="tué" if n == 1 else "tués",
            Vb="A été tué" if n == 1 else "Ont été tués",
            xd=x,
            we=we,
            we1=we.rstrip("s"),
            b=b,
            B=_cap(b),
            sp=SPEAKERS_FR[(i + n) % 4],
            x=xw,
            xa=_fr_others(xw),
            nm=("un mort" if n == 1 else f"{w} morts") + ("" if k else f" et {xw} blessés"),
            we2=WEAPONS_FR[(i + k + 1) % 3 + 1 if (i + k) % 2 else 1],
            died=("a perdu la vie" if k else "est mort") if n == 1 else ("ont perdu la vie" if k else "ont trouvé la mort"),
            Vu="Un militaire US" if n == 1 else f"{_cap(w)} militaires US",
            vbu=vb,
        )
        night = "nuit de samedi" in t
        yield shape, "fr", _fix(text), bid, n, x if "blessés" in t or "blessé {x}" in t or ("{nm}" in t and not k) else None, "2023-11-19" if night else day
    yield from _wounded_and_claims("fr", wounded_only, claims, ["drones", "roquettes", "missiles"])
    yield from _negatives(NEG_FR, BASES_FR, "fr")


def _fr_others(x: str) -> str:
    """ "huit autres", "une quarantaine d'autres"."""
    return x[:-3] + " d'autres" if x.endswith(" de") else x + " autres"


def _it_others(x: str) -> str:
    """ "altri otto", "una quarantina di altri"."""
    return x + " altri" if x.endswith(" di") else "altri " + x


def _fix(text: str) -> str:
    return text.replace(" ,", ",").replace(" .", ".").replace("  ", " ").replace("de le ", "du ").replace("à le ", "au ")


def italian() -> Iterator[Case]:
    attacks = [
        ("it_toll_same", "{V} {vb} {d} in un attacco con {we} contro {b}{sp}."),
        ("it_toll_same", "Un attacco con {we} contro {b} ha ucciso {v} {d}{sp}."),
        ("it_toll_same", "{B} è stata colpita {d} da un attacco con {we} che ha ucciso {v}{sp}."),
        ("it_toll_uccidendo", "Un {we1} ha colpito {b} {d}, uccidendo {v}{sp}."),
        ("it_toll_speaker_first", "Secondo il Pentagono, {v} {vb} {d} in un attacco con {we} contro {b}."),
        ("it_toll_speaker_first", "Il Pentagono ha annunciato {d} la morte di {v} in un attacco con {we} contro {b}."),
        ("it_toll_and_wounded", "{V} {vb} e {xa} feriti {d} in un attacco con {we} contro {b}{sp}."),
        ("it_toll_next", "Un attacco con {we} ha preso di mira {b} {d}{sp}. {V} {vb}."),
        ("it_toll_next", "{B} è stata attaccata {d} con {we}. L'attacco ha causato {x} feriti e ucciso {v}, secondo il Pentagono."),
        ("it_toll_next", "La Resistenza islamica in Iraq ha rivendicato {d} un attacco con {we} contro {b}. {V} {vb}, ha detto un portavoce americano."),
    ]
    attacks += [
        ("it_toll_noun", "Un attacco con {we} contro {b} ha provocato {nm} {d}{sp}."),
        ("it_toll_noun", "{B} è stata colpita {d} da {we2}, causando {nm}, secondo il Pentagono."),
        ("it_toll_noun", "Il bilancio dell'attacco con {we} contro {b} {d} è di {nm}{sp}."),
        ("it_toll_verb", "{V} {died} {d} in un attacco con {we} contro {b}{sp}."),
        ("it_toll_mid", "{V}, ha detto il Pentagono, {vb} {d} in un attacco con {we} contro {b}."),
        ("it_toll_first", "{V} {vb} {d}{sp}. L'attacco con {we} ha colpito {b}."),
        ("it_toll_first", "{V} {vb} {d}, ha annunciato Washington. Un {we1} ha colpito {b}."),
        ("it_toll_usa", "{Vu} {vbu} {d} in un attacco con {we} contro {b}{sp}."),
        ("it_toll_night", "{V} {vb} nella notte tra sabato e domenica in un attacco con {we} contro {b}{sp}."),
        ("it_toll_headline", "Iraq-Siria, {v} {tues} in un attacco con {we} contro {b}\n{V} {vb} {d}{sp}."),
        ("it_toll_ferendone", "Un attacco con {we} ha colpito {b} {d}, uccidendo {v} e ferendone altri {x}{sp}."),
        ("it_toll_plus_de", "{V} {vb} e più di {xd} feriti {d} in un attacco con {we} contro {b}{sp}."),
        ("it_toll_inverted", "{D} {b} è stata attaccata con {we}. {Vb} {v}, secondo il Pentagono."),
        ("it_claim_day", "La Resistenza islamica in Iraq ha rivendicato lunedì l'attacco con {we} compiuto {d} contro {b}, che ha ucciso {v}."),
    ]
    wounded_only = [
        ("it_wounded", "{X} militari americani sono rimasti feriti {d} in un attacco con {we} contro {b}{sp}."),
        ("it_wounded", "Un attacco con {we} contro {b} ha causato {x} feriti lievi {d}{sp}."),
        ("it_wounded", "Dei {we} hanno colpito {b} {d}, ferendo {x} soldati americani{sp}."),
    ]
    claims = [
        ("it_claim", "La Resistenza islamica in Iraq ha rivendicato {d} un attacco con {we} contro {b}."),
        ("it_claim", "La Resistenza islamica in Iraq ha detto di aver colpito {b} {d} con dei {we2}."),
        ("it_no_casualties", "Un attacco con {we} ha preso di mira {b} {d}, senza causare vittime{sp}."),
        ("it_no_casualties", "Dei {we2} sono stati lanciati {d} contro {b}. Non ci sono feriti, secondo il Pentagono."),
    ]
    for (i, (shape, t)), (bid, b), (n, w), k in itertools.product(enumerate(attacks), BASES_IT, COUNTS_IT, range(2)):
        if (i + k + n) % 2:
            continue
        d, day = DATES_IT[(i + k + n) % 5]
        v, vb = _it_soldiers(n, w, i + k)
        x, _, xw = WOUNDED[(i + n) % 4]
        we = WEAPONS_IT[(i + k) % 4]
        text = t.format(
            V=_cap(v),
            v=v,
            vb=vb,
            d=d,
            D=_cap(d),
            tues="ucciso" if n == 1 else "uccisi",
            Vb="Ha perso la vita" if n == 1 else "Hanno perso la vita",
            xd=x,
            we=we,
            we1=we.replace("razzi", "razzo").replace("missili", "missile"),
            b=b,
            B=_cap(b),
            sp=SPEAKERS_IT[(i + n) % 4],
            x=xw,
            xa=_it_others(xw),
            nm=("un morto" if n == 1 else f"{w} morti") + ("" if k else f" e {xw} feriti"),
            we2=["razzi", "missili", "droni"][(i + k) % 3],
            died=("ha perso la vita" if k else "è morto") if n == 1 else ("hanno perso la vita" if k else "sono morti"),
            Vu="Un militare Usa" if n == 1 else f"{_cap(w)} militari Usa",
            vbu=vb,
        )
        if b.startswith("il "):
            text = text.replace("è stata colpita", "è stato colpito").replace("è stata attaccata", "è stato attaccato")
        night = "notte tra sabato" in t
        yield shape, "it", _fix(text), bid, n, x if "feriti" in t or "ferendone" in t or ("{nm}" in t and not k) else None, "2023-11-19" if night else day
    yield from _wounded_and_claims("it", wounded_only, claims, ["droni", "razzi", "missili"])
    yield from _negatives(NEG_IT, BASES_IT, "it")


NEG_FR = [  # a sentence whose toll is not the new attack's, then the new attack on {b}
    "Des frappes américaines ont tué une vingtaine de combattants d'une milice pro-iranienne en Irak. Dimanche, un drone a visé {b}.",
    "En janvier, trois soldats américains avaient été tués dans une attaque contre la Tour 22. Dimanche, un drone a visé {b}.",
    "Les Kataeb Hezbollah ont menacé de frapper {b} si Washington ne retirait pas ses troupes.",
    "Depuis le 17 octobre, les forces américaines ont été visées par plus de 60 attaques en Irak et en Syrie, "
    "qui ont fait une soixantaine de blessés, dont plusieurs à {b}.",
    "Une frappe de drone américaine a tué un commandant des Kataeb Hezbollah à Bagdad. Dimanche, des roquettes ont visé {b}.",
    "Un drone a visé {b} dimanche. Aucun soldat n'a été tué, a indiqué le Pentagone.",
    "Les frappes de représailles américaines ont fait 40 morts parmi les miliciens. Dimanche, un drone a visé {b}.",
    "Un drone a visé {b} dimanche. Aucun mort n'est à déplorer, selon le Pentagone.",
    "Un drone a visé {b} dimanche. L'attaque n'a pas fait de victimes, a précisé un responsable américain.",
    "Un soldat américain est mort dimanche dans un accident de la route en Irak. Le même jour, un drone a visé {b}.",
    "Des roquettes ont visé {b} dimanche. En octobre, deux soldats y avaient été blessés et un sous-traitant était mort d'une crise cardiaque.",
    "Des roquettes ont visé {b} dimanche. Un sous-traitant américain est mort d'une crise cardiaque en se mettant à l'abri.",
    "Un drone a visé {b} dimanche. En octobre, deux soldats américains y avaient été tués.",
]
NEG_IT = [
    "Raid americani hanno ucciso una ventina di miliziani filo-iraniani in Iraq. Domenica un drone ha colpito {b}.",
    "A gennaio tre soldati americani erano stati uccisi in un attacco contro la Torre 22. Domenica un drone ha colpito {b}.",
    "Le Brigate Hezbollah hanno minacciato di colpire {b} se Washington non ritirerà le truppe.",
    "Dal 17 ottobre le forze americane sono state attaccate più di 60 volte in Iraq e in Siria, con una sessantina di feriti, alcuni a {b}.",
    "Un raid americano con un drone ha ucciso un comandante delle Brigate Hezbollah a Baghdad. Domenica dei razzi hanno colpito {b}.",
    "Un drone ha colpito {b} domenica. Nessun soldato è rimasto ucciso, ha detto il Pentagono.",
    "I raid di rappresaglia americani hanno causato 40 morti tra i miliziani. Domenica un drone ha colpito {b}.",
    "Un drone ha colpito {b} domenica. Non ci sono vittime, ha detto il Pentagono.",
    "Un drone ha colpito {b} domenica. L'attacco non ha provocato morti, secondo un funzionario americano.",
    "Un soldato americano è morto domenica in un incidente stradale in Iraq. Lo stesso giorno un drone ha colpito {b}.",
    "Dei razzi hanno colpito {b} domenica. A ottobre due soldati vi erano rimasti feriti e un contractor era morto d'infarto.",
    "Dei razzi hanno colpito {b} domenica. Un contractor americano è morto d'infarto mentre si metteva al riparo.",
    "Un drone ha colpito {b} domenica. A ottobre due soldati americani vi erano stati uccisi.",
]


def _wounded_and_claims(lang: str, wounded_only: list[tuple[str, str]], claims: list[tuple[str, str]], weapons2: list[str]) -> Iterator[Case]:
    """The shapes with no dead, one language's words: the wounded alone (their count in that language), and claims."""
    bases, dates, weapons, speakers = {"fr": (BASES_FR, DATES_FR, WEAPONS_FR, SPEAKERS_FR), "it": (BASES_IT, DATES_IT, WEAPONS_IT, SPEAKERS_IT)}[lang]
    for (i, (shape, t)), (bid, b), (x, xfr, xit) in itertools.product(enumerate(wounded_only), bases, WOUNDED):
        d, day = dates[(i + x) % 5]
        xw = xfr if lang == "fr" else xit
        text = t.format(X=_cap(xw), x=xw, d=d, we=weapons[(i + x) % 4], b=b, sp=speakers[(i + x) % 4])
        yield shape, lang, _fix(text), bid, 0, x, day
    for (i, (shape, t)), (bid, b), j in itertools.product(enumerate(claims), bases, range(3)):
        d, day = dates[(i + j) % 5]
        text = t.format(d=d, we=weapons[(i + j) % 4], we2=weapons2[j], b=b, sp=speakers[j])
        yield shape, lang, _fix(text), bid, 0, None, day


def _negatives(templates: list[str], bases: list[tuple[str, str]], lang: str) -> Iterator[Case]:
    for i, t in enumerate(templates):
        for bid, b in bases:
            if bid == "tower-22" and "22" in t:
                continue
            yield f"{lang}_negative{i}", lang, t.format(b=b), None, None, None, None


def cases() -> Iterator[Case]:
    yield from french()
    yield from italian()


def verdict(lang: str, text: str, base: str | None, killed: int | None, wounded: int | None, day: str | None) -> str:
    """ "ok", or what went wrong: "death" (a death lost or invented), "link", "wounded", "date"."""
    article = intake(RawArticle(text=text, published_at=date.fromisoformat(PUBLISHED), language=lang))
    claims = enrich(article, resources.lexicon(), resources.calendar(), resources.gazetteer())
    if base is None:  # a negative: no claim of a new attack carries a death (a recalled one, marked background, may)
        return "death" if any(c.killed for c in claims if not c.background) else "ok"
    mine = [c for c in claims if c.base_id == base and not c.background]
    if not mine:
        return "death" if killed or any(c.killed for c in claims) else "link"
    c = mine[0]
    if (c.killed or 0) != (killed or 0) or any(o.killed for o in claims if o is not c):
        return "death"
    if wounded is not None and c.wounded != wounded:
        return "wounded"
    if day is not None and (c.attack_date is None or c.attack_date.isoformat() != day):
        return "date"
    return "ok"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=int, default=0, help="print up to N wrong cases per shape")
    ap.add_argument("--shape", default=None, help="run one shape only")
    args = ap.parse_args()
    totals: dict[str, dict[str, int]] = {}
    shown: dict[str, int] = {}
    for shape, lang, text, base, killed, wounded, day in cases():
        if args.shape and shape != args.shape:
            continue
        v = verdict(lang, text, base, killed, wounded, day)
        t = totals.setdefault(shape, {"ok": 0, "n": 0})
        t["n"] += 1
        t[v] = t.get(v, 0) + 1
        if v != "ok" and shown.get(shape, 0) < args.show:
            shown[shape] = shown.get(shape, 0) + 1
            print(f"  WRONG ({v}) {shape}: {text}  (want {base}, killed {killed}, wounded {wounded}, {day})")
    per_lang: dict[str, list[int]] = {}
    for shape, t in totals.items():
        wrong = ", ".join(f"{k} {n}" for k, n in t.items() if k not in ("ok", "n"))
        print(f"{shape:24s} {t['ok']:4d} / {t['n']:4d} right  {wrong}")
        pl = per_lang.setdefault(shape[:2], [0, 0])
        pl[0] += t["ok"]
        pl[1] += t["n"]
    for lang, (ok, n) in per_lang.items():
        print(f"{lang} total {ok} / {n} right")


if __name__ == "__main__":
    main()
