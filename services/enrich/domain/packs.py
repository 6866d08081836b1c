"""Language packs: the words of attack reporting in one language, as validated data.

One file per language (`data/lang/<code>.toml`). Phrases use the syntax of `phrases.py` (literal
words, `*` for any ending, `{a|b}` alternatives). Month and weekday names come from CLDR (babel),
genitive ("format") and stand-alone forms both, abbreviations included; a pack adds only what CLDR
lacks (German "Sonntagabend"). Number words of en/fr/es/pt/de/it are read by text2num; every pack
still lists the words that start a number, so they can be found.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Literal

from babel import Locale
from babel.dates import get_day_names, get_month_names
from pydantic import BaseModel, ConfigDict, Field, model_validator

from basewatch.services.enrich.domain.phrases import expand

# "unknown": a phrase that names a weapon without telling which ("with the appropriate weapons", the Islamic
# Resistance's stock words): a mention of its own, so the weapon of a place listed beside it is not its neighbour's.
WeaponName = Literal["drone", "rocket", "missile", "ballistic_missile", "mortar", "unknown"]
SideName = Literal["US", "coalition", "partner"]
Phrases = tuple[str, ...]

# Categories every pack must fill (the test in tests/unit/test_language_packs.py checks each language).
REQUIRED = (
    "attack", "claimed", "confirmed", "killed", "wounded", "attackers", "victims", "base_nouns", "determiners",
    "relative", "numbers", "months", "weekdays", "weapons", "sides",
)  # fmt: skip
# Categories every pack must declare, words or an empty list on purpose (the same test checks it).
DECLARED = (
    "additive", "place_end", "regions", "engaged", "attack_nouns", "against", "targeting", "targeted", "launched", "articles",
    "not_one_site", "genitive", "month_homographs", "stamp", "ordinals", "date_joins", "when", "lone_victims",
)  # fmt: skip
TEXT2NUM = frozenset({"en", "fr", "es", "pt", "de", "it"})  # languages text2num reads
# ISO 639 codes of one written language under several names: Norwegian Bokmål (nb) and Nynorsk (nn) are read by the
# Norwegian pack ("no", the macrolanguage code the language detector gives); Bosnian, Montenegrin and the older
# Serbo-Croatian code by the Serbian pack, which carries Latin-script ekavian and ijekavian forms.
# Codes that name a language a pack already reads: Norwegian's written forms, Serbo-Croatian's standards, Kurdish's
# varieties (ISO 639-3 "ckb" Sorani, "kmr" Kurmanji, "sdh" Southern: the "ku" pack holds both scripts), Dari and
# Iranian Persian, Standard Arabic, Mandarin and Cantonese in Chinese script, Malaysia's standard Malay (ISO 639-1 "ms",
# 639-3 "zsm"; the Indonesian pack, with Malay's CLDR month names, reads its copy: "serangan", "pangkalan", "pada 30
# Oktober", "Ogos"), and the retired ISO 639-1 codes that Java-era feeds still send ("iw" Hebrew, "in" Indonesian).
SAME_LANGUAGE = {
    "nb": "no", "nn": "no", "bs": "sr", "cnr": "sr", "sh": "sr", "ckb": "ku", "kmr": "ku", "sdh": "ku",
    "prs": "fa", "pes": "fa", "arb": "ar", "cmn": "zh", "yue": "zh", "iw": "he", "in": "id", "ms": "id", "zsm": "id",
}  # fmt: skip


def language_code(language: str) -> str:
    """The pack code of a declared language ("en-US" -> "en", "nb" -> "no")."""
    code = language.replace("_", "-").split("-")[0].strip().lower()
    return SAME_LANGUAGE.get(code, code)


class LanguagePack(BaseModel):
    """The words of one language, by category; what each category means is said at its field."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    language: str = Field(pattern=r"^[a-z]{2,3}$")  # ISO 639-1 (639-3 where none)
    name: str
    source: str
    cldr: str | None = None  # CLDR locale for month and weekday names ("ckb" for Sorani); default: `language`
    # CLDR locales of the language's regional usage whose month names its press writes too (Maghrebi "جويلية", "أوت"
    # of ar_DZ, Levantine "تموز" of ar_LB, Austrian "Jänner" of de_AT)
    cldr_variants: tuple[str, ...] = ()
    # Letters the language tells apart and folding merges (Turkish "öüşçğ": "öldü" died, "oldu" happened): a
    # phrase written with them matches only text written with them (see letters.py).
    distinct_letters: str = Field(default="", pattern=r"^[^\sA-Z]*$")
    # A sentence reports an attack only with one of these (or a weapon).
    attack: Phrases = ()
    # Weapons, by kind.
    weapons: dict[WeaponName, Phrases] = {}
    # The militia claimed it / officials confirmed it.
    claimed: Phrases = ()
    confirmed: Phrases = ()
    # Casualty words: the victims died / were hurt; the attackers ("militants", "gunmen") are never the toll.
    killed: Phrases = ()
    wounded: Phrases = ()
    attackers: Phrases = ()
    # Nouns of victims ("soldier", "contractor"): "a soldier was killed" is a count of one.
    victims: Phrases = ()
    # Languages without an indefinite article: victim nouns whose singular form alone is one victim ("مقتل جندي",
    # "погиб военнослужащий", "zginął żołnierz"). Only words that are nouns and singular in every use (never an
    # adjective such as "военный"/"عسكري" of "a military site", never a form shared with a plural).
    lone_victims: Phrases = ()
    # Words inside a person's Arabic name ('Abu', 'bin'): "Omar Abu Layla" is a man, not the al-Omar base.
    name_particles: Phrases = ()
    # Forces whose own bases are no coalition site ("a Peshmerga base in Erbil", "a PMF base"): an attack on one is no claim.
    other_forces: Phrases = ()
    # Words that say the sides of the victims (US, coalition, partner forces).
    sides: dict[SideName, Phrases] = {}
    # Nouns of a military site ("base", "outpost") and the determiners and prepositions around them.
    base_nouns: Phrases = ()
    determiners: Phrases = ()
    prepositions: Phrases = ()
    # The prepositions of place that say a site lies close to another ("near", "قرب"), as "in" or "at" do not.
    nearby: Phrases = ()
    # Nouns of a settlement ("town", "city", "village"): a name "near" introduces as one ("near the border town of al-Tanf")
    # is a town locating the site named before it, not its namesake base.
    settlements: Phrases = ()
    # The indefinite article ("a soldier was killed": one victim) and the words that join clauses ("and").
    indefinite: Phrases = ()
    conjunctions: Phrases = ()
    # "or": the dead or the wounded under one count ("34 soldiers were killed or wounded") are neither toll, as with "and".
    disjunctions: Phrases = ()
    # Words that open a clause telling of the place or the deed the clause before it named ("stormed bases around Gaza,
    # where they killed 1,400"; a relative pronoun: "the strikes on Yemen, which killed 5"): a toll in such a clause is
    # that place's or that deed's.
    where: Phrases = ()
    # What a number may measure that is no count of people ("40 km", "91 days").
    measure_units: Phrases = ()
    # Number words: value -> words. Digits are read in every language.
    numbers: dict[int, Phrases] = {}
    # A word for "day" before a day and month written in digits ("ngày 9/8", "hôm 28/1": Vietnamese): that pair is a date.
    day_words: Phrases = ()
    # Calendar: relative days (days back -> words); month and weekday names beyond CLDR's.
    relative: dict[int, Phrases] = {}
    # Days before the day another date of the same sentence names ("two days earlier", "the day before").
    earlier: dict[int, Phrases] = {}
    # Days after the day the sentence (or, with none, the story so far) last named ("the next day", "a day later",
    # "le lendemain"): counted from that day only, never from the publication day.
    later: dict[int, Phrases] = {}
    # Participles that place a base ("located", "situata", "située"): "the base, located west of the airport" is a base
    # noun phrase with its place, the comma no end of it.
    located: Phrases = ()
    # A direct object's marker written after its noun phrase ("پایگاه ... آمریکایی را در شرق سوریه", Persian "را"): it may
    # stand between a base noun phrase and the preposition of its place.
    object_markers: Phrases = ()
    # Words of a number of victims not given ("several", "diversi", "plusieurs", "عدد من"): "several soldiers were
    # killed" is deaths all the same, read as the smallest count the word allows (`extract.UNCOUNTED_FLOOR`).
    uncounted: Phrases = ()
    months: dict[int, Phrases] = {}
    weekdays: dict[int, Phrases] = {}  # Monday = 0
    # Days named by a fixed-date holiday ("Christmas Day", "Heiligabend"): "MM-DD" -> words. Only holidays of the
    # Gregorian calendar: a movable or lunar feast (Easter, Eid) names no fixed day.
    named_days: dict[Annotated[str, Field(pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")], Phrases] = {}
    # Months of the Solar Hijri calendar, Iran's civil one ("۱۲ مهر ۱۴۰۳": 12 Mehr 1403, 3 October 2024): Iranian copy
    # dates with it. A name counts only between a day and a year (several are common nouns too), read as the
    # Gregorian day it names.
    solar_months: dict[Annotated[int, Field(ge=1, le=12)], Phrases] = {}
    # Modifiers come before the noun ("Ürdün'de ... bulunan üsse", the base located ... in Jordan): a described
    # place runs from its clause's start to the base noun (places.py), not from the noun on.
    head_final: bool = False
    # Clauses put the verb before its subject ("وقالت الجماعة في بيان", and the group said in a statement): a word
    # referring back to the group or the attack may follow the sentence's first word instead of opening it.
    verb_first: bool = False
    # Clauses end with their verb (Persian, Kurdish, and the head-final languages): a doer named at a sentence's start
    # is the subject of the verb that closes it ("هسته‌های داعش ... حمله کردند", ISIS cells ... attacked).
    verb_final: bool = False
    # Reported speech shifts its tenses back ("the group said it had targeted the base"): a past perfect in a sentence
    # with a verb of saying or claiming may be the news told at one remove (`extract._past_perfect_clauses`).
    backshift: bool = False
    # Weekday names are ordinals ("thứ Hai", Monday, is "the second"): after an attack noun one numbers the attack
    # ("vụ tấn công thứ hai", the second attack), in letters as in digits (`dates._numbers_an_attack`).
    ordinal_weekdays: bool = False
    # A head-final language whose recall cue still leads what it recalls (Chinese "以报复其无人机袭击约旦美军基地", to
    # avenge its drone attack on the US base in Jordan); in the others the cue closes it ("Gazze'deki katliamlara
    # misilleme olarak, ... Harir üssüne saldırdı": in retaliation for the massacres in Gaza, ... attacked Harir), and
    # a place after the cue is the news.
    recall_leads: bool = False
    # Case endings the language fuses onto names ("Harirdeki", "Herîrê"): a base name is found with them too.
    name_suffixes: Phrases = ()
    # Case endings written onto a count in digits ("40થી વધુ", more than 40; "40க்கும் மேற்பட்டோர்"): the digits
    # count people still, the ending is no counter word ("1대" counts machines).
    number_suffixes: Phrases = ()
    # Words before a date that make it a span's start ("since October 17").
    since: Phrases = ()
    # Postpositions of "since", right after the date ("7 اکتوبر سے", since 7 October): before a date the same word
    # means "with" or "from" ("ڈرون سے پیر کو", with a drone on Monday), no span's start.
    since_after: Phrases = ()
    # Words that open a period of days only with its closing day after them ("in der Woche vom 17. bis 24. Oktober"),
    # elsewhere a date's "of" ("der Angriff vom 28. Januar", the attack of 28 January): no span's start by themselves.
    period_from: Phrases = ()
    # "since the attacks began on October 17": a verb or noun of beginning between a since-word and its date.
    began: Phrases = ()
    # A count of attacks, not one attack ("repeatedly"); the units a number counts ("times", "attacks").
    aggregate: Phrases = ()
    count_units: Phrases = ()
    # Words summing a toll over time ("so far", "in all", "bislang", "finora", "şimdiye kadar", "حتى الآن"; in
    # English, Spanish and Portuguese also the perfect that sums: "have killed", "han dejado"), and nouns of many
    # attacks or of the campaign ("attacks", "the campaign", "Angriffen", "الهجمات"): together, in a sentence that
    # continues a claim, they tell the campaign's dead, not the attack's ("In all, the attacks have killed three US
    # soldiers", `extract._summed_toll`).
    cumulative: Phrases = ()
    attack_series: Phrases = ()
    # Verbs and nouns of a running count kept by an office ("the Pentagon had counted", "a recensé", "zählte",
    # "contabiliza", "أحصى", "насчитал"): with a word of summing they tell the campaign's tally as a noun of many
    # attacks does ("To date the Pentagon has counted three service members killed", `extract._summed_toll`).
    tallied: Phrases = ()
    # Words of thousands right after a number ("22 thousand", "22 тысяч", "22 mil", "۲۲ هزار", "2万"): the count is
    # thousands, never the toll of an attack on a base (the Gaza war's dead told beside it: `extract._thousands`).
    thousands: Phrases = ()
    # Words that single one attack out of a count just told, the singular built in ("a series of attacks ...,
    # including one by Kataib Hezbollah on Erbil air base", "tra cui quella di ...", "incluido un ataque"): the base
    # named after them is that one attack's, not a base the count counts.
    including_one: Phrases = ()
    # A remark that the attack told is one of a series ("this is not the first operation", "the second attack on US
    # forces within a week"): every attack the sentence goes on to tell after it, in any clause, is an earlier one of
    # the series, recalled ("..., they also targeted Haifa port last Sunday"). Read as recall cues too.
    sequel: Phrases = ()
    # Verbs of a campaign's lull ("decreased", "largely stopped", "sono diminuiti", "ustały"): with the attacks as their
    # subject ("those attacks decreased after three soldiers were killed in Jordan") what follows them is what the lull
    # came after, an earlier attack recalled. Read as recall cues then (`lexicon._scan`), never alone ("production
    # dropped after the drone attack" tells the attack).
    lull: Phrases = ()
    # An intention or a blame, not an attack.
    threat: Phrases = ()
    # Verbs of preventing or warding off in a purpose clause ("to prevent", "para evitar"): an attack word right after
    # them is what a defence aims at ("reinforced al-Tanf to prevent drone attacks"), not an attack told.
    prevented: Phrases = ()
    # A state (the US, Turkey, Israel) is the attacker: retaliation or another war, not the campaign.
    state_strike: Phrases = ()
    # A state's own missiles or drones fired at a country ("Iran's missile attack", "misiles iraníes"): that state's war.
    state_attacks: Phrases = ()
    # A sponsor just before a state's force ("backed by", "linked to" the Revolutionary Guard): it backs the attackers.
    sponsored: Phrases = ()
    # The militias are the target ("a PMF commander").
    militia_target: Phrases = ()
    # News media as who tells ("Israeli media confirmed", "los medios ... confirmaron"): what they confirm is reported.
    news_media: Phrases = ()
    # The attack is recalled: every claim of the sentence / the places named after these words.
    background: Phrases = ()
    recalls: Phrases = ()
    # A sentence referring back to the attack ("the attack", "the toll rose to").
    anaphora: Phrases = ()
    no_casualties: Phrases = ()
    # Nobody died, the wounded uncounted ("minor injuries", "no US troops were killed").
    no_deaths: Phrases = ()
    # A report since replaced: a denial right after these words is no toll ("initially reported no casualties").
    superseded: Phrases = ()
    # A count given as a floor, not a figure ("more than 20 wounded", "at least five"): a larger count of the same
    # victims told later of the same attack is its toll ("... 24 soldiers were wounded in the attack").
    lower_bounds: Phrases = ()
    # A toll that rose or was revised, the new figure right after these words ("the number has since risen to 40",
    # "was revised to 5"): that figure is the toll, whatever was told before.
    risen: Phrases = ()
    # Words of a change in a figure, with no figure of their own ("rose", "gestiegen", "増えた"): in their sentence, two
    # numbers with only words between them are the old and the new figure ("the number of wounded rose from 34 to 40"),
    # and the new one is the toll.
    toll_change: Phrases = ()
    # No word yet on the toll: a denial right after these words says nothing is known, not that none died
    # ("информации о погибших нет", there is no information about the dead).
    unreported: Phrases = ()
    # A denial that an attack took place ("the base was not attacked", "no attack occurred"): the sentence claims none.
    no_attack: Phrases = ()
    # An attack spoken of only as possible ("sirens warning of a possible attack", "攻撃の可能性を警告する"): when every
    # attack word of a sentence lies inside one of these phrases, the sentence tells of no attack.
    hypothetical: Phrases = ()
    # A report of casualties denied ("denied claims that", "dismissed reports"): the deaths told after these words, up
    # to the clause's end, are the report denied, no toll ("CENTCOM denied claims that the attack killed two soldiers").
    denied: Phrases = ()
    # A report no one vouches for ("unconfirmed rumours", "could not be independently verified", "voci non confermate"):
    # the counts of its clause are no toll, and no zero either (`extract._unconfirmed_reports`): the toll stays untold.
    unconfirmed: Phrases = ()
    # Deaths or injuries told as what could have been, not what was ("40 soldiers could have died", "were nearly
    # killed", "كان من الممكن أن يقتل"): the counts of their clause are no toll, as an unconfirmed report's are.
    counterfactual: Phrases = ()
    # A single one denied ("not one", "no one", "not a single", "ни один", "ni un solo", "אף", "一人も", "한 명도"): the
    # number in the phrase, or the lone victim noun right after it ("אף חייל לא נהרג", not one soldier was killed), is
    # no count (`extract._not_one_spans`).
    not_one: Phrases = ()
    # Words that compare with another thing, right before what it did ("similar to the one that killed three
    # soldiers", "du même type que celui qui a tué"), each phrase ending on the relative word that opens what the other
    # thing did: the toll in the rest of their clause is the compared thing's, not the attack's (`extract._compared_spans`).
    compared: Phrases = ()
    # Verbs of denying that something happened ("denied", "نفى"): with a base undergoing an attack as their object
    # ("denied that Ain al-Asad had been shelled"), the sentence reports no attack on it (`extract._denied_attack`).
    # Verbs that precede their object only: a verb-final language's denial follows the base, a different rule.
    denying: Phrases = ()
    # The same verbs where they follow their object (verb-final word order: Persian "حمله به پایگاه ... را تکذیب کرد",
    # Turkish "üsse saldırı düzenlendiği iddialarını yalanladı").
    denying_after: Phrases = ()
    # What else than the attack a denial can be about: a party's part ("role", "involvement") or the toll ("casualties").
    denied_other: Phrases = ()
    # A condition said of a counted group of the wounded ("one soldier in critical condition"): told before "and
    # wounded two others", that group adds to the others' count.
    critical: Phrases = ()
    # Several sites at once ("American bases in Syria"), unless one of them is meant ("one of its outposts").
    plural_base_nouns: Phrases = ()
    one_of: Phrases = ()
    # "two other US bases": places besides those named.
    others: Phrases = ()
    # A sentence starting with these continues the one before ("It said ...", "The group claimed ...").
    pronouns: Phrases = ()
    # A sentence opening with these identifies what the sentence before told of ("Il s'agit de la base ...", "Става
    # въпрос за базата ...": it is the base ...): with "the base" after it, it names the site of a claim left unnamed.
    presentatives: Phrases = ()
    # Verbs of saying: "the SDF said on Monday" dates the statement, not the attack.
    speech: Phrases = ()
    # Markers of a link to another article ("Read more:"): a headline after one reports nothing here.
    links: Phrases = ()
    # Marks of an archive picture's caption ("– أرشيف", "(file photo)", "Archivbild:"): a line they open or close tells
    # of an old picture, not of the story.
    archive: Phrases = ()
    # Words opening a subset of a group just counted ("including", "dont", "darunter", "من بينهم"): the count after
    # them is part of that group, not its toll.
    subset: Phrases = ()
    # Words that speak of each of the attacks just told ("either attack", "both attacks", "les deux attaques"): a toll
    # of none with them is every one's.
    each_of: Phrases = ()
    # Words of a first or a superlative ("first", "deadliest", "premier", "أول"): before a span counted from a
    # beginning ("the first time since the war began that soldiers were killed") they compare, they count nobody.
    firsts: Phrases = ()
    # Phrases that contain a cue word but are no cue ("life-threatening").
    exceptions: Phrases = ()
    # Words the rules of extract.py and dates.py refer to by category (rules.py). Every pack declares each
    # (DECLARED below); an empty list is a choice: the rule does not fit the language's word order.
    # Words that end a described place ("an outpost near the border | with ...", "killing", "which").
    place_end: Phrases = ()
    # A region of the campaign's countries with its preposition ("in western Iraq"): CENTCOM's way of placing
    # a defence when it names no base.
    regions: Phrases = ()
    # Defenders engaged, intercepted or shot down what was fired.
    engaged: Phrases = ()
    # Nouns naming one attack ("attack", "strike"), and the prepositions of its target ("on", "against").
    attack_nouns: Phrases = ()
    against: Phrases = ()
    # Words that name the target right after them: "targeting" (a participle) / "attacked", "struck" (verbs)
    # / "fired", "launched" (verbs whose target follows `against`, a few words later).
    targeting: Phrases = ()
    targeted: Phrases = ()
    launched: Phrases = ()
    # Articles ("the", "a"): between a verb and its target, a weekday and its date ("Sunday the 28th").
    articles: Phrases = ()
    # A base noun phrase that speaks of troops, forces or a whole region is not one site ("bases across Syria").
    not_one_site: Phrases = ()
    # The word that makes what follows a name's owner: "the desert region of Deir ez-Zor" is one place.
    genitive: Phrases = ()
    # Month names that, written in lower case, are other words ("may", "march").
    month_homographs: Phrases = ()
    # Weekday names that, written in lower case, are other words: Indonesian "minggu" is Sunday as "Minggu" and
    # "week" as "minggu" ("minggu ini", this week); Turkish "pazar" is Sunday and "market".
    weekday_homographs: Phrases = ()
    # Words before a page's own time ("Updated", "Stand:"): that date is no attack's.
    stamp: Phrases = ()
    # Words that point back at a country without naming it ("in the north of the country", "no norte do país"): the
    # country of the victims the sentence names by their nation ("two Israeli soldiers"), for a toll placed no other way.
    this_country: Phrases = ()
    # Words a number with a stop after it is an ordinal after, never a sentence's last number ("im 13. Bataillon", "der
    # 82. Luftlandedivision"): articles and article-prepositions, never plain prepositions ("stieg auf 13. Das ...").
    ordinal_heads: Phrases = ()
    # Words written right after a date that make it the day a dispatch was filed or a report published (Chinese wire
    # copy: "新华社巴格达1月14日电", "据俄罗斯卫星社1月15日报道"): the page's time, never an attack's.
    dispatched: Phrases = ()
    # Words between the last name of a list and the base noun its names share that count or join them ("アサド、エルビル
    # 両航空基地": both; "阿萨德和哈里尔两个空军基地": two): no part of the name the noun makes with each.
    shared_noun_words: Phrases = ()
    # Words after the date of a photo caption ("Jordan, October 12, 2023, in this handout image"): the day the
    # picture was taken, never the story's or an attack's, nor a day to count "overnight" from.
    caption: Phrases = ()
    # Words of a picture's credit line ("(Photo by ... / AFP)", "Photo:"): its date is the picture's, not the story's.
    photo_credits: Phrases = ()
    # News agencies a caption credits in brackets at the end of its line ("...立ち上る煙(AFP時事)"): only there, for the
    # same words open a story's own dateline ("【エルサレム時事】").
    credit_agencies: Phrases = ()
    # Endings of an ordinal day ("28th", "1er", "28º") and words joining day, month and year ("28 de enero").
    ordinals: Phrases = ()
    # Ordinal numbers spelled out (value -> words: "twentieth"), for a war's day counted in words ("the operation
    # entered its twentieth day": dates.toml's `day_ordinal` frames them).
    day_ordinals: dict[int, Phrases] = {}
    date_joins: Phrases = ()
    # "since Feb. 4, when a drone killed ...": a clause after a date that dates what it says.
    when: Phrases = ()
    # A sentence opening with these adds to the one before ("Also", "In addition"): a list of past attacks
    # continued after a count of attacks is part of that count.
    additive: Phrases = ()
    # Military ranks written before a name ("Sgt.", "Staff Sgt."): "Sgt. A and Spc. B were killed" counts two dead.
    ranks: Phrases = ()
    # Auxiliaries of the passive between the named dead and their casualty word ("were killed").
    auxiliaries: Phrases = ()
    # Words after which the dead are named, later in a sentence of deaths ("identified the soldiers killed ... as").
    named_as: Phrases = ()
    # A time before the story's day that is no day ("last week", "last month"): a toll told with it is an earlier one.
    past_times: Phrases = ()
    # Words opening a sentence about another attack than the one before ("Hours later, ...", "Separately, ...").
    separate: Phrases = ()
    # Words that describe a site by who it hosts ("a base hosting American forces in western Iraq"): one site.
    hosts: Phrases = ()
    # Words right before a count of some of the victims just counted ("其中一人重伤", "이들 중 한 명은 중상": one of
    # them badly): such a count of wounded is a part of their toll, never the toll (one of them who died is a death).
    partitive: Phrases = ()
    # Words before the country a weapon came from ("a drone launched from Iraq"): where it flew from, not where it hit.
    origins: Phrases = ()
    # Words right after a base that make it where an aircraft or a weapon set out from, in languages that put the
    # verb or the case ending after the place ("阿萨德空军基地起飞", "基地から離陸した", "기지에서 이륙한", "Üssü'nden
    # havalanan", German "vom Stützpunkt ... aus gestartet"): the start of the flight, not the target (`extract._launched_from`).
    origins_after: Phrases = ()
    # The words of a strike from the air that name no attacker ("airstrike", "frappe aérienne", "غارة جوية"): among the
    # `state_strike` words a state's as a rule, but a militia's drone or missile when aimed right at a base hosting US
    # or coalition forces, as local outlets call them (`extract._unnamed_strike_on_the_base`).
    strike_nouns: Phrases = ()
    # Words right before a weekday that name the night before it ("в ночь на", "in der Nacht zum", the night to): an
    # attack that night is dated by some the day before (`extract._night_before`).
    night_before: Phrases = ()
    # Words of a few hours between two attacks ("a few hours ago", "hours after", "بعد ساعات"): an attack recalled hours
    # before the news is that day's news too (`extract._sentence_drafts`).
    hours_apart: Phrases = ()
    # The past perfect of the verbs of attack ("had been struck", "avait été visée", "مورد حمله قرار گرفته بود"): an
    # attack from before the story's, told after its news (`extract._pluperfect_recap`).
    pluperfect: Phrases = ()
    # Languages that build the past perfect of two words apart: the auxiliary that opens the sentence and the particle
    # that comes before the verb a few words on ("وكانت القاعدة قد تعرضت", the base had suffered).
    pluperfect_openers: Phrases = ()
    perfect_particles: Phrases = ()
    # Words that open a sentence, set off by a comma, to tell of a time before the story's ("Previously,",
    # "Sebelumnya,", "Auparavant,"): an attack the sentence tells with no day of its own is recalled (`extract.
    # _sentence_drafts`). Not "Earlier," which also opens the same day's earlier news.
    recall_openers: Phrases = ()
    # A possessive of the victims before the place attacked ("in a drone attack on one of their bases", "auf einen ihrer
    # Stützpunkte", "على إحدى قواعدهم"): the dead, however the sentence names them, are the base's own people, the
    # attack's victims (`extract._drafts`: a placeless toll of no side named then goes to the base named next).
    their_places: Phrases = ()
    # Words of troops being posted at a place ("stationed", "untergebracht", "déployés"): a side word whose clause says
    # so, and tells no casualty, names the base's occupants, not the victims (`extract._posted_there`).
    posted: Phrases = ()
    # People no coalition base holds ("children", "schoolchildren", the Syrian army's "Syrian soldiers"): a count of them
    # killed or wounded is the toll of another strike (a rocket on a football pitch, US forces firing on a Syrian army
    # checkpoint), never of an attack on a base (`extract._bystanders_counted`).
    bystanders: Phrases = ()
    # Words right before the opponent in a fight ("clashes with", "a gunfight with"): the group named after them fought
    # the victims on its own account (`extract._insurgent_strikes`: "killed in clashes with smugglers near Tower 22").
    clashes: Phrases = ()
    # People who tell the news ("officials", "sources", "witnesses"): a count of them ("three US officials said troops
    # were wounded") counts who spoke, never the victims (`extract._count_found`).
    sources: Phrases = ()
    # Words of the dead's funeral, repatriation or memorial ("the dignified transfer of their remains", "le salme",
    # "جثامين"): a story of them retells a famous attack's deaths, it does not report them (`extract._mourned`).
    mourning: Phrases = ()
    # Prepositions the language writes onto the next word ("ברמת הגולן", in the Golan Heights; "בבסיס", in the base):
    # in a base noun phrase they stand glued to the base noun and to the place after it, with no space.
    glued_prepositions: Phrases = ()
    # Where the wounded were taken ("evacuated to", "flown to"): a base named after them is no site of the attack.
    taken_to: Phrases = ()
    # Where the victims were moved FROM ("moved from", "transférés de", "evacuados desde"): a base named right after
    # them is where they were when hit ("service members were moved from Rumalyn Landing Zone for evaluation").
    taken_from: Phrases = ()
    # People being checked for injuries ("34 personnel were being evaluated for possible brain injuries", "under
    # observation"): a count of those checked is no wounded toll.
    assessed: Phrases = ()
    # Quantities of many, untold ("numerous", "zahlreiche", "banyak"): right before a unit of counting attacks
    # ("the target of many attacks") they make a count of attacks, as a number does ("20 attacks"): a tally, no one attack.
    many: Phrases = ()
    # Those a statement is told to ("reporters", "la presse", "periodistas"): between a verb of saying and a day
    # ("told reporters on Wednesday") they leave the day the statement's.
    audience: Phrases = ()
    # The word that opens what a verb of saying reports (Arabic "إن"/"بأن" with their pronoun endings): a day right before
    # it, after the verb and its speaker ("قالت وزارة الدفاع أمس الثلاثاء إن ...", said the ministry yesterday Tuesday
    # that ...), is the statement's (`extract._day_before_reported_words`). Only a language whose word is never also a
    # relative pronoun fills it: English "that" and French "que" also open "the attack on Tuesday that killed ...".
    complementizers: Phrases = ()
    # Words that deny what follows them in their clause ("without", "sans", "sin", "دون", "لم يسفر"), and nouns for people
    # hurt or killed as a class ("casualties", "victims", "pertes humaines"): a negator, then a few words without a
    # clause break or a number, then such a noun ("without causing damage or casualties") says nobody was hurt.
    negators: Phrases = ()
    harm_nouns: Phrases = ()
    # Words of not telling ("saying", "whether", "préciser"): between a negator and a noun of harm_nouns they make it
    # nothing known ("without saying whether there were casualties"), not a denial.
    hedges: Phrases = ()
    # Words joining the two days of a range before one month ("z 5 na 6 sierpnia", "du 5 au 6 août", the night of
    # the 5th to the 6th): the first day is part of the date, never a count.
    range_to: Phrases = ()
    # Military exercises and controlled blasts ("a live-fire exercise", "مناورات عسكرية"): explosions at a base told
    # with one and no weapon of the campaign are the exercise's, no attack.
    drills: Phrases = ()
    # How badly people were hurt, said after a count ("two seriously, one moderately and 21 lightly", "2人が重傷を、
    # 21人が軽傷を"): two or more counts each with one of these words are parts of one wounded toll, summed.
    severity: Phrases = ()
    # Ships and boats ("four vessels in Haifa port"): a port named after them is where the ships were hit, not a site.
    vessels: Phrases = ()
    # Vehicles and aircraft that carry people ("ten helicopters flew the wounded to Iraq", "five ambulances"): a number
    # before one counts the machines, never the victims they carry.
    vehicles: Phrases = ()
    # Where the victims were stationed ("the three were stationed at Tower 22"): the site of an attack on them that
    # the story tells without naming it.
    stationed: Phrases = ()

    @model_validator(mode="after")
    def _wildcards_end_phrases(self) -> LanguagePack:
        """A `*` stands for a word's ending only at the end of a phrase (phrases.py matches literals): "удар*
        американск*" would look for the letter `*` and never match; write "{удара|ударов} американск*" instead."""
        for name, value in self:
            groups = value.values() if isinstance(value, dict) else [value]
            for phrase in (p for g in groups if isinstance(g, tuple) for p in g if isinstance(p, str)):
                if any("*" in form[:-1] for form in expand(phrase)):
                    raise ValueError(f"{name}: '*' inside the phrase {phrase!r}: it may only end a phrase")
        return self

    def filled(self, category: str) -> bool:
        """Whether the pack (with CLDR and text2num) has words for `category`."""
        if category == "months":
            return len(month_names(self)) == 12
        if category == "weekdays":
            return len(weekday_names(self)) == 7
        if category == "numbers":
            return bool(self.numbers) and (self.language in TEXT2NUM or len(self.numbers) >= 10)
        if category == "weapons":
            return all(self.weapons.get(w) for w in ("drone", "rocket", "missile"))
        if category == "sides":
            return bool(self.sides.get("US"))
        return bool(getattr(self, category))


def _locale(pack: LanguagePack) -> Locale | None:
    try:
        return Locale.parse(pack.cldr or pack.language)
    except (ValueError, LookupError):
        return None


@cache
def _cldr_months(code: str) -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for month, name in get_month_names(width, context, locale=code).items():
                out.setdefault(month, []).append(str(name).rstrip("."))
    return {m: tuple(dict.fromkeys(v)) for m, v in out.items()}


@cache
def _cldr_weekdays(code: str) -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    for context in ("format", "stand-alone"):
        for day, name in get_day_names("wide", context, locale=code).items():
            out.setdefault(day, []).append(str(name))
    return {d: tuple(dict.fromkeys(v)) for d, v in out.items()}


def month_names(pack: LanguagePack) -> dict[int, tuple[str, ...]]:
    """Month -> names: CLDR's (genitive and stand-alone, wide and abbreviated) of the pack's locale and its regional
    variants, and the pack's."""
    loc = _locale(pack)
    tables = [_cldr_months(str(loc))] if loc else []
    tables += [_cldr_months(variant) for variant in pack.cldr_variants]
    names = {m: [n for t in tables for n in t.get(m, ())] + list(pack.months.get(m, ())) for m in range(1, 13)}
    return {m: tuple(dict.fromkeys(v)) for m, v in names.items() if v}


def weekday_names(pack: LanguagePack) -> dict[int, tuple[str, ...]]:
    """Weekday (Monday = 0) -> names: CLDR's and the pack's."""
    loc = _locale(pack)
    cldr = _cldr_weekdays(str(loc)) if loc else {}
    return {d: tuple(dict.fromkeys((*cldr.get(d, ()), *pack.weekdays.get(d, ())))) for d in range(7) if cldr.get(d) or pack.weekdays.get(d)}
