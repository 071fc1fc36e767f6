"""factx figures component: every numeric fact with its value, unit and meaning.

One pass over the tokens of each sentence finds number cores (digits, number words, scale
words, fractions), widens them to the minimal figure span (currency sign or word, ``%`` or
"per cent", scale word, directly attached unit or counted noun), drops numbers that are not
quantities (years and dates, clock times, ordinals, numbers inside names and codes, list
enumerators, "one" used as a pronoun, capitalised number words inside names such as "Six
Nations", periods that only locate an event: "in the last 18 months", "three years ago") and
reads the meaning off the dependency parse: ratio totals ("173 of the 299 votes", "one in
five"), the base of a percentage, bounds and approximations, changes and the time the figure
refers to. Number words are normalised with the ``numerizer`` library.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .document import Figure

try:  # numerizer is a light pure-Python dependency; fall back to our own reading
    from numerizer import numerize as _numerize
except Exception:  # pragma: no cover - exercised only without the dependency
    _numerize = None

_STRICT = bool(os.environ.get("FACTX_STRICT"))

# --------------------------------------------------------------------------- lexicons

_WORD_NUMS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_NUMS.update({w: 10 * (i + 2) for i, w in enumerate(_TENS)})
_SCALE_WORDS = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "dozen": 12.0,
    "lakh": 1e5,
    "crore": 1e7,
}
_ABBR_SCALES = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "tr": 1e12,
    "t": 1e12,
}
_VAGUE = {
    "dozens": 12.0,
    "hundreds": 1e2,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}
_FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
_UNICODE_FRACTIONS = {
    "½": 0.5,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 0.25,
    "¾": 0.75,
    "⅕": 0.2,
    "⅖": 0.4,
    "⅗": 0.6,
    "⅘": 0.8,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}
_CURRENCY_SIGNS = {
    "$": "USD",
    "us$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "r$": "BRL",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "rs": "INR",
    "rs.": "INR",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "chf": "CHF",
    "jpy": "JPY",
    "aud": "AUD",
    "cad": "CAD",
    "cny": "CNY",
}
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "franc": "CHF",
    "francs": "CHF",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "peso": "MXN",
    "pesos": "MXN",
    "rand": "ZAR",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "ringgit": "MYR",
    "baht": "THB",
    "shekel": "ILS",
    "shekels": "ILS",
    "naira": "NGN",
    "won": "KRW",
    "rupiah": "IDR",
    "dinar": "DZD",
    "dinars": "DZD",
    "lira": "TRY",
    "pence": "GBX",
    "cents": "USD cents",
}
# Adjectives (or places) that pick the country of a dollar, pound, franc, rupee...
_CURRENCY_COUNTRY = {
    ("australian", "dollar"): "AUD",
    ("aussie", "dollar"): "AUD",
    ("canadian", "dollar"): "CAD",
    ("us", "dollar"): "USD",
    ("american", "dollar"): "USD",
    ("zealand", "dollar"): "NZD",
    ("kong", "dollar"): "HKD",
    ("singapore", "dollar"): "SGD",
    ("taiwan", "dollar"): "TWD",
    ("taiwanese", "dollar"): "TWD",
    ("zimbabwe", "dollar"): "ZWD",
    ("zimbabwean", "dollar"): "ZWD",
    ("swiss", "franc"): "CHF",
    ("french", "franc"): "FRF",
    ("belgian", "franc"): "BEF",
    ("sri", "rupee"): "LKR",
    ("lankan", "rupee"): "LKR",
    ("pakistani", "rupee"): "PKR",
    ("indian", "rupee"): "INR",
    ("egyptian", "pound"): "EGP",
    ("irish", "pound"): "IEP",
    ("mexican", "peso"): "MXN",
    ("argentine", "peso"): "ARS",
    ("philippine", "peso"): "PHP",
    ("chinese", "yuan"): "CNY",
    ("japanese", "yen"): "JPY",
    ("turkish", "lira"): "TRY",
    ("italian", "lira"): "ITL",
    ("swedish", "krona"): "SEK",
    ("danish", "krone"): "DKK",
    ("danish", "kroner"): "DKK",
    ("norwegian", "krone"): "NOK",
    ("south", "won"): "KRW",
    ("korean", "won"): "KRW",
}
_RACE_WORDS = {
    "hurdle",
    "relay",
    "heat",
    "final",
    "race",
    "sprint",
    "event",
    "record",
    "title",
    "runner",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "champion",
    "medal",
    "mark",
    "time",
}
_SCORE_NOUNS = {
    "victory",
    "win",
    "defeat",
    "loss",
    "draw",
    "lead",
    "success",
    "triumph",
    "scoreline",
    "thrashing",
    "drubbing",
    "reverse",
    "advantage",
    "deficit",
    "score",
}
_JOINERS = {"-", "–", "—", "to", "and"}
_SIGNS = {"$", "£", "€", "¥", "₹", "US$", "A$", "C$", "NZ$", "HK$", "S$", "AU$"}
_NUM_WORDS_DASH = set(_WORD_NUMS) | {"-", "–", "a"}
_ADDRESS_WORDS = {
    "street",
    "road",
    "avenue",
    "lane",
    "square",
    "place",
    "drive",
    "terrace",
    "boulevard",
    "crescent",
    "gardens",
    "st",
    "rd",
    "ave",
}
_NOMINAL_DEPS = {
    "nsubj",
    "nsubjpass",
    "dobj",
    "pobj",
    "attr",
    "conj",
    "appos",
    "oprd",
    "dative",
    "npadvmod",
    "ROOT",
}
_CURRENCY_ADJ = {a for a, _ in _CURRENCY_COUNTRY} | {"new", "hong", "south", "sri"}
_SINGULAR_CURRENCY = {
    "dollars": "dollar",
    "pounds": "pound",
    "francs": "franc",
    "rupees": "rupee",
    "pesos": "peso",
    "kroner": "krone",
    "euros": "euro",
}
_TIME_UNITS = {
    "second",
    "seconds",
    "sec",
    "secs",
    "minute",
    "minutes",
    "min",
    "mins",
    "hour",
    "hours",
    "hr",
    "hrs",
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "year",
    "years",
    "yr",
    "yrs",
    "decade",
    "decades",
    "century",
    "centuries",
    "season",
    "seasons",
    "quarter",
    "quarters",
}
_MEASURE_UNITS = {
    "km",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "metre",
    "metres",
    "meter",
    "meters",
    "m",
    "cm",
    "mm",
    "centimetre",
    "centimetres",
    "millimetre",
    "millimetres",
    "mile",
    "miles",
    "mi",
    "foot",
    "feet",
    "ft",
    "inch",
    "inches",
    "in",
    "yard",
    "yards",
    "kg",
    "kgs",
    "kilo",
    "kilos",
    "kilogram",
    "kilograms",
    "kilogramme",
    "kilogrammes",
    "gram",
    "grams",
    "g",
    "mg",
    "milligram",
    "milligrams",
    "tonne",
    "tonnes",
    "ton",
    "tons",
    "t",
    "lb",
    "lbs",
    "ounce",
    "ounces",
    "oz",
    "stone",
    "litre",
    "litres",
    "liter",
    "liters",
    "l",
    "ml",
    "cl",
    "gallon",
    "gallons",
    "pint",
    "pints",
    "barrel",
    "barrels",
    "bpd",
    "acre",
    "acres",
    "hectare",
    "hectares",
    "ha",
    "sq",
    "square",
    "cubic",
    "degree",
    "degrees",
    "°c",
    "°f",
    "celsius",
    "fahrenheit",
    "mph",
    "kph",
    "km/h",
    "kmh",
    "knot",
    "knots",
    "watt",
    "watts",
    "w",
    "kw",
    "mw",
    "gw",
    "kwh",
    "mwh",
    "gwh",
    "twh",
    "volt",
    "volts",
    "v",
    "kv",
    "amp",
    "amps",
    "mb",
    "gb",
    "tb",
    "kb",
    "pb",
    "megabyte",
    "megabytes",
    "gigabyte",
    "gigabytes",
    "terabyte",
    "terabytes",
    "kilobyte",
    "kilobytes",
    "bit",
    "bits",
    "byte",
    "bytes",
    "mbps",
    "kbps",
    "gbps",
    "mbit",
    "mbit/s",
    "ghz",
    "mhz",
    "khz",
    "hz",
    "pixel",
    "pixels",
    "megapixel",
    "megapixels",
    "mp",
    "calorie",
    "calories",
    "kcal",
    "decibel",
    "decibels",
    "db",
    "ev",
    "mev",
    "gev",
    "tev",
    "bhp",
    "hp",
    "horsepower",
    "cc",
    "mpg",
    "tpd",
    "j",
    "kj",
    "mj",
    "pm",
    "am",
    "tbsp",
    "tsp",
    "cup",
    "cups",
    "teaspoon",
    "teaspoons",
    "tablespoon",
    "tablespoons",
    "storeys",
    "floors",
}
_MEASURE_UNITS_NEEDING_DIGITS = {"m", "g", "t", "l", "w", "v", "in", "j", "pm", "am", "mp", "ha"}
_HYPHEN_ATTRIBUTES = {
    "strong",
    "old",
    "point",
    "member",
    "man",
    "seat",
    "page",
    "storey",
    "story",
    "bed",
    "lane",
    "nation",
    "party",
    "way",
    "fold",
    "match",
    "game",
    "goal",
    "run",
    "shot",
    "stroke",
    "lap",
    "set",
    "mile",
    "yard",
    "metre",
    "meter",
    "foot",
    "inch",
    "kilometre",
    "kilometer",
    "percent",
    "piece",
    "part",
    "step",
    "stage",
    "hole",
    "round",
    "over",
    "ball",
    "minute",
    "second",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "decade",
    "century",
    "person",
    "dollar",
    "pound",
    "million",
    "billion",
    "magnitude",
    "acre",
    "tonne",
    "ton",
    "floor",
    "room",
    "bedroom",
    "car",
    "vote",
    "seater",
    "bit",
    "cent",
    "carat",
    "gallon",
    "litre",
}
_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
_CODE_WORDS = {
    "no",
    "no.",
    "nos",
    "number",
    "numbers",
    "section",
    "article",
    "chapter",
    "channel",
    "flight",
    "room",
    "route",
    "highway",
    "interstate",
    "level",
    "grade",
    "class",
    "page",
    "part",
    "clause",
    "rule",
    "stage",
    "phase",
    "round",
    "game",
    "series",
    "version",
    "vol",
    "vol.",
    "volume",
    "issue",
    "episode",
    "track",
    "platform",
    "gate",
    "terminal",
    "formula",
    "radio",
    "category",
    "tier",
    "division",
    "bbc",
    "windows",
    "apollo",
    "mark",
    "mk",
    "type",
    "model",
    "s&p",
    "sp",
    "ftse",
    "nikkei",
    "dax",
    "cac",
    "russell",
    "fortune",
    "nasdaq",
    "act",
    "schedule",
    "paragraph",
    "figure",
    "table",
    "item",
    "point",
    "question",
    "step",
    "lot",
    "pier",
    "bay",
    "block",
    "floor",
    "junction",
    "exit",
    "building",
    "unit",
    "band",
    "zone",
    "district",
    "ward",
    "sector",
    "regulation",
    "amendment",
    "resolution",
    "bill",
    "top",
    "match",
    "week",
    "day",
    "year",
    "group",
    "pool",
    "proposition",
    "prop",
}
_NAME_LABELS = {
    "ORG",
    "PRODUCT",
    "WORK_OF_ART",
    "EVENT",
    "FAC",
    "LAW",
    "PERSON",
    "GPE",
    "LOC",
    "NORP",
    "LANGUAGE",
}
_TIME_REF_BEFORE = {
    "the",
    "this",
    "these",
    "those",
    "that",
    "last",
    "past",
    "next",
    "previous",
    "first",
    "final",
    "coming",
    "recent",
    "following",
    "latest",
    "initial",
    "early",
    "same",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "other",
    "remaining",
    "preceding",
    "succeeding",
    "subsequent",
    "opening",
    "closing",
}
_TIME_REF_AFTER = {"ago", "later", "earlier", "before", "hence", "since", "on", "after"}
_APPROX_PHRASES: list[tuple[tuple[str, ...], str]] = sorted(
    [
        (tuple(p.split()), p)
        for p in (
            "as many as",
            "as much as",
            "as few as",
            "as little as",
            "as high as",
            "as low as",
            "more than",
            "less than",
            "fewer than",
            "greater than",
            "higher than",
            "lower than",
            "up to",
            "at least",
            "at most",
            "no more than",
            "no less than",
            "not more than",
            "close to",
            "just over",
            "just under",
            "well over",
            "well under",
            "nearly",
            "almost",
            "about",
            "around",
            "approximately",
            "roughly",
            "some",
            "over",
            "under",
            "above",
            "below",
            "an estimated",
            "estimated",
            "upwards of",
            "in excess of",
            "in the region of",
            "some",
            "circa",
            "c.",
            "approx",
            "approx.",
            "maximum",
            "minimum",
            "a maximum of",
            "a minimum of",
            "only",
            "just",
            "barely",
            "exactly",
            "precisely",
            "almost",
            "nigh on",
            "getting on for",
            "the best part of",
            "an average of",
            "on average",
            "average",
            "a record",
            "record",
            "a further",
            "another",
        )
    ],
    key=lambda item: -len(item[0]),
)
_NOT_APPROX = {
    "only",
    "just",
    "exactly",
    "precisely",
    "a further",
    "another",
    "a record",
    "record",
    "average",
    "an average of",
    "on average",
}
_UP_WORDS = {
    "rise",
    "increase",
    "grow",
    "climb",
    "jump",
    "gain",
    "soar",
    "surge",
    "rally",
    "boost",
    "raise",
    "up",
    "expand",
    "accelerate",
    "rocket",
    "leap",
    "double",
    "treble",
    "swell",
    "improve",
    "widen",
    "lift",
    "advance",
    "hike",
    "growth",
    "higher",
    "add",
}
_DOWN_WORDS = {
    "fall",
    "drop",
    "decline",
    "dip",
    "slip",
    "slump",
    "plunge",
    "cut",
    "reduce",
    "lower",
    "shrink",
    "contract",
    "tumble",
    "sink",
    "ease",
    "lose",
    "down",
    "decrease",
    "slide",
    "plummet",
    "dive",
    "crash",
    "collapse",
    "narrow",
    "slash",
    "trim",
    "shed",
    "drift",
    "retreat",
    "weaken",
    "fell",
    "off",
    "erode",
}
_NEUTRAL_CHANGE = {
    "change",
    "move",
    "shift",
    "go",
    "swing",
    "revise",
    "adjust",
    "range",
    "vary",
    "fluctuate",
}
_WHEN_PREPS = {
    "by",
    "in",
    "since",
    "until",
    "till",
    "before",
    "after",
    "during",
    "from",
    "over",
    "through",
    "at",
    "on",
    "within",
    "for",
    "to",
    "of",
    "between",
}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their"}
_ONE_DETS = {
    "the",
    "this",
    "that",
    "no",
    "any",
    "every",
    "each",
    "which",
    "someone",
    "a",
    "another",
    "little",
    "such",
    "'s",
    "’s",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
}
# A plural of capitals the tagger may take for a singular name: "GPs", "MPs", "CEOs".
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# Verbs whose subject "one resident" / "one reporter" is an unnamed speaker picked out
# of a group, not a count of one.
_SPEAKER_VERBS = frozenset(
    "say tell add ask write explain describe recall admit complain agree warn reply".split()
)


def _quarters_of_time(doc: Doc, i: int, j: int, end: int) -> bool:
    """Is "quarters" at ``j``, after the number words from ``i``, a count of periods ("for
    six quarters", "the preceding three quarters", "two quarters ahead") rather than a
    fraction ("three quarters of all voters", "Three quarters voted")?"""
    if not doc[j - 1].whitespace_ or (j + 1 < end and doc[j + 1].lower_ == "of"):
        return False  # "three-quarters", "three quarters of"
    before = doc[i - 1] if i > 0 else None
    after = doc[j + 1].lower_ if j + 1 < end else ""
    introduced = (
        before is not None
        and (before.pos_ in ("ADP", "DET", "ADJ") or before.tag_ == "VBG")
        and before.lower_ not in ("about", "around", "over", "under")
    )
    return introduced or after in ("ahead", "running", "later", "earlier", "ago")


_ONE_IDIOMS = {
    "thing",
    "way",
    "hand",
    "time",
    "eye",
    "stage",
    "another",
    "kind",
    "sort",
    "type",
    "reason",
    "example",
    "moment",
    "side",
    "end",
    "day",
    "night",
    "morning",
    "evening",
    "afternoon",
    "occasion",
    "instance",
    "level",
    "sense",
    "respect",
    "piece",
    "bit",
    "form",
    "version",
    "problem",
    "question",
    "issue",
    "option",
    "aspect",
    "area",
    "factor",
    "source",
}
_ONE_ELLIPSIS_NEXT = {
    "on",
    "in",
    "at",
    "for",
    "from",
    "with",
    "by",
    "into",
    "against",
    "after",
    "before",
    "during",
    "under",
    "over",
}
_CLOCK_SECONDS = {
    "hour": 3600,
    "hours": 3600,
    "hr": 3600,
    "hrs": 3600,
    "minute": 60,
    "minutes": 60,
    "min": 60,
    "mins": 60,
    "second": 1,
    "seconds": 1,
    "sec": 1,
    "secs": 1,
}
_COUNT_CUES = {
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "than",
    "roughly",
    "approximately",
    "only",
    "just",
    "least",
    "estimated",
    "all",
    "those",
    "another",
    "further",
    "extra",
    "additional",
}
_RATIO_DETS = {"the", "its", "their", "his", "her", "our", "my", "your", "these", "those"}

# --------------------------------------------------------------------------- regexes

_DIGITS = re.compile(
    r"^(?P<cur>US\$|AU?\$|CA?\$|NZ\$|HK\$|S\$|R\$|[$£€¥₹₩₽])?(?P<sign>[-−+])?"
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?P<suf>[A-Za-z%°/]+)?\.?$"
)
_COMPACT_RANGE = re.compile(
    r"^(?P<cur>[$£€¥])?(?P<a>\d[\d,]*(?:\.\d+)?)(?P<sa>bn|m|k|tn)?[-–—][$£€¥]?"
    r"(?P<b>\d[\d,]*(?:\.\d+)?)(?P<suf>[A-Za-z%]+)?$"
)
# two amounts glued by ";" or "/" into one token: "214.6bn;£114.5bn" (after a "$" token),
# "$5m/£3m"; the second always carries its own currency sign
_GLUED_MONEY = re.compile(
    r"^(?P<a>(?:US\$|AU?\$|CA?\$|NZ\$|HK\$|S\$|[$£€¥₹])?\d[\d,]*(?:\.\d+)?[A-Za-z]*)[;/]"
    r"(?P<b>(?:US\$|AU?\$|CA?\$|NZ\$|HK\$|S\$|[$£€¥₹])\d[\d,]*(?:\.\d+)?[A-Za-z]*)$"
)
_FRACTION = re.compile(r"^(?P<a>\d{1,3})/(?P<b>\d{1,4})$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_CLOCK = re.compile(
    r"^\d{1,2}:\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?$|^\d{1,2}(?:\.\d{2})?[ap]\.?m\.?$", re.IGNORECASE
)
_NUMERIZED = re.compile(r"^\s*(?P<int>\d+(?:\.\d+)?)?\s*(?:(?P<a>\d+)/(?P<b>\d+))?\s*$")
_HYPHEN_DATE = re.compile(r"^\S*\d\S*-\w+$")
_PROPER_FRACTION_DENOMS = {2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100, 1000}


# --------------------------------------------------------------------------- helpers


@dataclass
class _Core:
    """A number core: token range [start, end) and its value before units."""

    start: int
    end: int
    value: float
    char_start: int
    char_end: int
    scaled: bool = False
    scale: float = 1.0
    words: bool = False
    currency: str | None = None
    unit: str | None = None
    kind: str | None = None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    fraction: bool = False
    year_like: bool = False
    plain_one: bool = False


@dataclass
class _Fig:
    core: _Core
    start: int
    end: int
    char_start: int
    char_end: int
    value: float
    unit: str | None = None
    kind: str = "count"
    approx: str | None = None
    low: float | None = None
    high: float | None = None
    total: float | None = None
    share: float | None = None
    of: str | None = None
    when: str | None = None
    direction: str | None = None
    from_value: float | None = None
    to_value: float | None = None
    about: str | None = None
    noun: int | None = None  # token index of the counted noun or unit
    role: str | None = None  # 'to' / 'from' / None within a change
    extra: dict = field(default_factory=dict)


# Digits read out after "point" ("three point eight"), as the digits they say.
_DECIMAL_DIGITS = {
    w: str(d) for d, w in enumerate("zero one two three four five six seven eight nine".split())
} | {"oh": "0", "nought": "0"}


def _num(text: str) -> float | None:
    try:
        return float(text.replace(",", "").replace("−", "-"))
    except ValueError:
        return None


def _tidy(value: float | None) -> float | None:
    """Round float noise; integral values become ints for readable JSON."""
    if value is None or math.isnan(value) or math.isinf(value):
        return None
    if abs(value) < 1e15 and float(value).is_integer():
        return int(value)
    rounded = round(value, 9)
    if abs(rounded) >= 1:
        rounded = float(f"{value:.12g}")
    return rounded


def _fraction_value(a: float, b: float) -> float:
    """The value of a fraction in words ("two-thirds"), to the precision of a float."""
    return a / b


def _words_value(text: str) -> float | None:
    """Normalise a run of number words with numerizer, falling back to a small parser."""
    lowered = " ".join(text.lower().replace("-", " ").split())
    if lowered.startswith(("a ", "an ")):
        lowered = "one " + lowered.split(" ", 1)[1]
    if _numerize is not None:
        try:
            out = _numerize(lowered)
        except Exception:
            out = ""
        match = _NUMERIZED.match(out or "")
        if match and (match.group("int") or match.group("a")):
            value = float(match.group("int") or 0)
            if match.group("a"):
                b = float(match.group("b"))
                if b:
                    value += _fraction_value(float(match.group("a")), b)
            return value
    return _own_words_value(lowered)


def _own_words_value(lowered: str) -> float | None:
    total, current, seen = 0.0, 0.0, False
    for word in lowered.split():
        if word == "and":
            continue
        if word in _WORD_NUMS:
            current += _WORD_NUMS[word]
            seen = True
        elif word in _SCALE_WORDS:
            scale = _SCALE_WORDS[word]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total += current
                current = 0.0
            seen = True
        elif word in _FRACTIONS:
            return _fraction_value(current or 1.0, _FRACTIONS[word]) if seen or current else None
        else:
            return None
    return total + current if seen else None


def _lower(tok: Token) -> str:
    return tok.lower_


# --------------------------------------------------------------------------- component


def _plural(noun: str) -> str:
    """The plural of a counted noun written after a hyphen ("10-man" counts men)."""
    if noun.endswith("s"):
        return noun
    if noun.endswith(("man", "woman")):
        return noun[:-3] + "men"
    if noun == "child":
        return "children"
    if noun == "person":
        return "people"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


# Emergency and service telephone numbers ("a 999 call", "dial 911").
_SERVICE_NUMBERS = frozenset({"999", "911", "112", "111", "101"})


def _service_number(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """The digits of a telephone service, called or dialled: "the first 911 call", "a 999
    call", "dialled 999"."""
    if end - start != 1 or doc[start].text not in _SERVICE_NUMBERS:
        return False
    after = doc[end].lower_ if end < sent.end else ""
    before = doc[start - 1].lemma_.lower() if start > sent.start else ""
    return after in ("call", "calls", "caller", "callers", "operator", "operators", "line") or (
        before in ("call", "dial", "ring", "phone")
    )


class FiguresExtractor:
    """Sets ``doc._.factx_figures``: the numeric facts of the text, in order."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self._prior: list[_Fig] = []  # figures found so far in the current sentence
        self._doc_text = ""
        self._title_end = 0
        if not Doc.has_extension("factx_figures"):
            Doc.set_extension("factx_figures", default=None)

    def __call__(self, doc: Doc) -> Doc:
        figures: list[Figure] = []
        self._doc_text = doc.text  # spaCy rebuilds doc.text on every access: read it once
        self._title_end = 0  # title lines are in title case: capitals say nothing there
        lines = getattr(doc._, "factx_lines", None) if Doc.has_extension("factx_lines") else None
        for line in lines or ():
            if getattr(line, "kind", None) == "title":
                self._title_end = max(self._title_end, line.end)
        try:
            skip = self._skipped_tokens(doc)
        except Exception:
            skip = set()
        try:
            sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        except Exception:
            sents = [doc[:]]
        for sent in sents:
            try:
                figures.extend(self._sentence(doc, sent, skip))
            except Exception:  # never let one odd sentence break the document
                if _STRICT:
                    raise
                continue
        doc._.factx_figures = figures
        return doc

    # ----------------------------------------------------------------- line furniture

    @staticmethod
    def _skipped_tokens(doc: Doc) -> set[int]:
        """Token indices of boilerplate lines and list enumerators."""
        lines = getattr(doc._, "factx_lines", None) if Doc.has_extension("factx_lines") else None
        skip: set[int] = set()
        if not lines:
            return skip
        wanted = [line for line in lines if line.kind in ("boilerplate", "list")]
        if not wanted:
            return skip
        k = 0
        n = len(doc)
        for line in wanted:
            while k < n and doc[k].idx < line.start:
                k += 1
            j = k
            if line.kind == "boilerplate":
                while j < n and doc[j].idx < line.end:
                    skip.add(j)
                    j += 1
            else:
                while j < n and doc[j].is_space and doc[j].idx < line.end:
                    j += 1
                if j < n and doc[j].idx < line.end:
                    first = doc[j].text
                    if first[:1].isdigit() or first.lower() in _WORD_NUMS:
                        skip.add(j)
                        if j + 1 < n and doc[j + 1].text in (")", ".", ":"):
                            skip.add(j + 1)
        return skip

    # ----------------------------------------------------------------- number cores

    def _core(self, doc: Doc, i: int, end: int) -> _Core | None:
        """Read the number that starts at token ``i`` (or None)."""
        tok = doc[i]
        text = tok.text
        low = tok.lower_
        first = text[:1]
        if first.isdigit() or (first in "$£€¥₹.-−+" and len(text) > 1) or first in "ACNHSUR":
            core = self._digit_core(doc, i, end)
            if core is not None or first.isdigit():
                return core
        if text in _UNICODE_FRACTIONS:
            return _Core(
                i,
                i + 1,
                _UNICODE_FRACTIONS[text],
                tok.idx,
                tok.idx + len(text),
                fraction=True,
                kind="ratio",
            )
        if (
            low in _WORD_NUMS
            or low in _SCALE_WORDS
            or low in ("a", "an")
            or low in _VAGUE
            or low == "tens"
            or low == "half"
        ):
            core = self._word_core(doc, i, end)
            if core is not None and core.fraction:
                self._fraction_of_scale(doc, core, end)
            return core
        return None

    @staticmethod
    def _fraction_of_scale(doc: Doc, core: _Core, end: int) -> None:
        """'a quarter of a million' is 250000; 'a quarter of a percentage point' is 0.25
        percentage points."""
        j = core.end
        if j + 2 >= end or doc[j].lower_ != "of" or doc[j + 1].lower_ not in ("a", "an"):
            return
        word = doc[j + 2].lower_
        last = j + 2
        if word in _SCALE_WORDS and word != "dozen":
            core.value *= _SCALE_WORDS[word]
            core.scaled, core.scale = True, _SCALE_WORDS[word]
        elif word == "percentage" and j + 3 < end and doc[j + 3].lower_ == "point":
            core.unit, last = "percentage points", j + 3
        elif word in ("percent", "per") and j + 3 < end or word == "point":
            core.unit = "percentage points" if word == "point" else "%"
            last = j + 2 if word != "per" else j + 3
        else:
            return
        core.fraction = False
        core.kind = "percent" if core.unit else None
        core.end = last + 1
        core.char_end = doc[last].idx + len(doc[last].text)

    def _digit_core(self, doc: Doc, i: int, end: int) -> _Core | None:
        tok = doc[i]
        text = tok.text
        if _ORDINAL.match(text) or _CLOCK.match(text):
            return None
        match = _COMPACT_RANGE.match(text)
        if match:
            a, b = _num(match.group("a")), _num(match.group("b"))
            if a is None or b is None:
                return None
            core = _Core(i, i + 1, a, tok.idx, tok.idx + len(text), low=a, high=b)
            if match.group("cur"):
                core.currency = _CURRENCY_SIGNS.get(match.group("cur").lower())
            elif i > 0 and doc[i - 1].text in _SIGNS:
                core.currency = _CURRENCY_SIGNS.get(doc[i - 1].lower_)  # "$" "10-25m"
            suf = (match.group("suf") or "").lower()
            sa = match.group("sa")
            if sa:  # "£1bn-£2bn", "$5m-$7" + "m": each number carries its own scale
                core.currency = core.currency or (
                    _CURRENCY_SIGNS.get(doc[i - 1].text.lower()) if i > 0 else None
                )
                if not core.currency:
                    return None
                core.value = core.low = a * _ABBR_SCALES[sa]
                if (
                    not suf
                    and i + 1 < end
                    and not tok.whitespace_
                    and doc[i + 1].lower_ in _ABBR_SCALES
                ):
                    suf = doc[i + 1].lower_
                    core.end, core.char_end = i + 2, doc[i + 1].idx + len(doc[i + 1].text)
                if suf not in _ABBR_SCALES:
                    return None
                core.high = b * _ABBR_SCALES[suf]
                core.scaled, core.scale = True, _ABBR_SCALES[suf]
                return core
            if suf and not self._apply_suffix(core, suf, text):
                return None
            if 1800 <= a <= 2100 and len(match.group("a")) == 4 and not suf:
                core.year_like = True
            nxt = doc[i + 1] if i + 1 < end else None
            if (
                not suf and nxt is not None and nxt.lower_ in _SCALE_WORDS and nxt.lower_ != "dozen"
            ):  # "$2-$3.8 trillion"
                scale = _SCALE_WORDS[nxt.lower_]
                core.value, core.low, core.high = a * scale, a * scale, b * scale
                core.scaled, core.scale = True, scale
                core.end, core.char_end = i + 2, nxt.idx + len(nxt.text)
            return core
        match = _FRACTION.match(text)
        if match:
            a, b = int(match.group("a")), int(match.group("b"))
            if not (b in _PROPER_FRACTION_DENOMS or b >= 20) or a >= b or a == 0:
                return None
            if 0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")":
                return None  # "6-7 (6/8)": a tie-break, not a fraction
            if (
                i + 1 < len(doc)
                and doc[i + 1].lower_.rstrip(".") in _MONTHS
                or i > 0
                and doc[i - 1].lower_.rstrip(".") in _MONTHS
            ):
                return None  # "19/20 February": two days
            return _Core(
                i,
                i + 1,
                _fraction_value(a, b),
                tok.idx,
                tok.idx + len(text),
                fraction=True,
                kind="ratio",
            )
        match = _DIGITS.match(text)
        if (
            not match
            and text[-1:] in ("-", "–")
            and i + 1 < end
            and doc[i + 1].lower_ in ("to", "or", "and")
        ):
            # "200- to 300-seat", "8- to 16-metre": the first number of a suspended range
            match = _DIGITS.match(text[:-1])
            if match and not match.group("suf") and not match.group("cur"):
                value = _num(match.group("num"))
                if value is not None:
                    return _Core(i, i + 1, value, tok.idx, tok.idx + len(text) - 1)
            return None
        if not match:
            return None
        value = _num(match.group("num"))
        if value is None:
            return None
        if match.group("sign") in ("-", "−"):
            value = -value
        core = _Core(
            i,
            i + 1,
            value,
            tok.idx,
            tok.idx + len(text.rstrip(".")) if match.group("suf") else tok.idx + len(text),
        )
        if text.endswith(".") and not match.group("suf"):
            core.char_end = tok.idx + len(text.rstrip("."))
            if "." in text.rstrip("."):
                core.char_end = tok.idx + len(text.rstrip("."))
        if match.group("cur"):
            core.currency = _CURRENCY_SIGNS.get(match.group("cur").lower())
        elif i > 0 and doc[i - 1].text in _SIGNS:
            core.currency = _CURRENCY_SIGNS.get(doc[i - 1].lower_)
        raw = match.group("num")
        if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():
            return None  # "007", "0800": codes, not quantities
        if (
            i >= 1
            and raw.isdigit()
            and doc[i - 1].text.isdigit()
            and doc[i - 1].whitespace_
            and (doc[i - 1].text[0] == "0" or i >= 2 and doc[i - 2].text.isdigit())
        ):
            return None  # "0845 8 505 505": the groups of a telephone number
        if (
            len(raw) in (2, 4)
            and raw.endswith("0")
            and not match.group("suf")
            and not tok.whitespace_
            and i + 1 < len(doc)
            and doc[i + 1].text in ("'s", "’s")
        ):
            return None  # "70's and 80's music", "the 1990's": decades
        suf_raw = match.group("suf") or ""
        if suf_raw in ("C", "F"):  # "30C": degrees
            core.unit, core.kind = "°" + suf_raw, "measure"
            return core
        if len(suf_raw) == 1 and suf_raw.isupper() and suf_raw not in "KMBT":
            return None  # "3G", "3D": names of technologies
        if not suf_raw and not tok.whitespace_ and i + 1 < len(doc):
            glued = doc[i + 1].text
            if len(glued) == 1 and glued.isupper() and glued not in "KMBTWVL":
                return None  # "3G" split by the tokenizer
        suf = suf_raw.lower()
        if (
            suf == "s"
            and value in (10, 100, 1000, 1e6)
            and not core.currency
            and ("," in raw or i + 1 < end and doc[i + 1].lower_ == "of")
        ):
            # "1,000s of PCs", "10s of thousands": vague plurals written in digits
            core.vague, core.words = True, False
            if i + 2 < end and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in _VAGUE:
                core.value = value * _VAGUE[doc[i + 2].lower_]
                core.end, core.char_end = i + 3, doc[i + 2].idx + len(doc[i + 2].text)
            return core
        if suf:
            money_next = core.currency is None and self._currency_follows(doc, i + 1, end)
            if (
                suf == "m"
                and not money_next
                and i + 1 < end
                and doc[i + 1].tag_ in ("NNS", "NNPS")
                and doc[i + 1].lower_ not in _MEASURE_UNITS
                and doc[i + 1].lemma_.lower() not in _RACE_WORDS
                and doc[i + 1].lower_ not in ("indoors", "outdoors")
            ):
                money_next = True  # "2.5m people": BBC style for millions
            if (
                suf == "m"
                and not money_next
                and "." in raw
                and not self._distance_cue(doc, i)
                and len(raw.split(".")[1]) == 1
            ):
                money_next = True  # "peaked at 11.9m"; "jumped 6.63m" is a distance
            if money_next and suf in ("m", "k", "b", "t", "bn", "mn", "tn", "trn"):
                core.currency = "?"  # resolved by the currency word after the number
            ok = self._apply_suffix(core, suf, text)
            if core.currency == "?":
                core.currency = None
            if not ok:
                return None
        elif "," not in raw and "." not in raw and len(raw) == 4 and 1000 <= value <= 2100:
            core.year_like = True
        j = i + 1
        # "2 1/2": a whole number followed by a proper fraction
        if j < end and not suf and "." not in raw and _FRACTION.match(doc[j].text):
            fm = _FRACTION.match(doc[j].text)
            a, b = int(fm.group("a")), int(fm.group("b"))
            if 0 < a < b and b in _PROPER_FRACTION_DENOMS:
                core.value = value + a / b
                core.end = j + 1
                core.char_end = doc[j].idx + len(doc[j].text)
                core.year_like = False
                return core
        # scale words and abbreviations written apart: "1.2 million", "$54 m", "5bn"
        if not suf and j < end:
            nxt = doc[j]
            nl = nxt.lower_.rstrip(".") if nxt.text.endswith(".") else nxt.lower_
            if nl in _SCALE_WORDS and nl != "dozen" or nl in ("dozen",):
                core.value *= _SCALE_WORDS[nl]
                core.scaled, core.scale = True, _SCALE_WORDS[nl]
                core.year_like = False
                core.end = j + 1
                core.char_end = nxt.idx + len(nxt.text.rstrip("."))
                # "1.5 million" + "people"
            elif nl in _ABBR_SCALES and (
                not tok.whitespace_ or nl in ("bn", "mn", "tn", "trn", "bln", "mln")
            ):
                if nl in ("m", "k", "b") and not self._money_context(doc, i, core):
                    pass  # "100m" without currency is metres: handled as a unit later
                else:
                    core.value *= _ABBR_SCALES[nl]
                    core.scaled, core.scale = True, _ABBR_SCALES[nl]
                    core.year_like = False
                    core.end = j + 1
                    core.char_end = nxt.idx + len(nxt.text.rstrip("."))
        return core

    def _apply_suffix(self, core: _Core, suf: str, text: str) -> bool:
        """Apply a suffix written inside the number token; False when it is not a quantity."""
        suf = suf.rstrip(".")
        if suf in ("%", "pc", "pct"):
            core.unit, core.kind = "%", "percent"
            return True
        if suf in ("bn", "mn", "tn", "trn", "bln", "mln") or (
            suf in ("m", "k", "b", "t") and core.currency
        ):
            scale = _ABBR_SCALES[suf]
            core.value *= scale
            if core.low is not None:
                core.low *= scale
                core.high = (core.high or 0) * scale
            core.scaled, core.scale = True, scale
            return True
        if suf == "k":
            core.value *= 1e3
            core.scaled, core.scale = True, 1e3
            return True
        if suf in ("s",):  # "1990s", "80s": decades
            return False
        if suf in ("p",):
            core.currency = "GBX"
            return True
        if suf in ("am", "pm", "st", "nd", "rd", "th", "gmt", "bst", "est"):
            return False
        if suf in _MEASURE_UNITS or suf in _TIME_UNITS:
            core.unit = suf
            core.kind = "duration" if suf in _TIME_UNITS else "measure"
            return True
        if suf.endswith("bn") and suf[:-2] in ("", "us"):
            return False
        return False

    @staticmethod
    def _distance_cue(doc: Doc, i: int, width: int = 1) -> bool:
        """'the 100m', 'indoor 400m', '400m hurdles': metres, not millions."""
        nxt = doc[i + width] if i + width < len(doc) else None
        if nxt is not None and (nxt.lemma_.lower() in _RACE_WORDS or nxt.text in ("-", "–")):
            return True
        prev = doc[i - 1].lower_ if i > 0 else ""
        return prev in ("the", "a", "an", "indoor", "outdoor", "'s", "’s", "metres", "meters")

    @staticmethod
    def _currency_follows(doc: Doc, j: int, end: int) -> bool:
        """A currency word at ``j`` ('euros') or after a country word ('Swiss francs')."""
        if j >= end:
            return False
        word = doc[j].lower_
        if word in _CURRENCY_WORDS and word != "won":
            return True
        return word in _CURRENCY_ADJ and j + 1 < end and doc[j + 1].lower_ in _CURRENCY_WORDS

    def _money_context(self, doc: Doc, i: int, core: _Core) -> bool:
        if core.currency:
            return True
        if self._currency_follows(doc, i + 2, len(doc)):
            return True
        if (
            i + 2 < len(doc)
            and doc[i + 1].lower_ == "m"
            and doc[i + 2].tag_ in ("NNS", "NNPS")
            and doc[i + 2].lower_ not in _MEASURE_UNITS
            and doc[i + 2].lemma_.lower() not in _RACE_WORDS
            and doc[i + 2].lower_ not in ("indoors", "outdoors")
        ):
            return True  # "2.5m people"
        if (
            i + 1 < len(doc)
            and doc[i + 1].lower_ == "m"
            and "." in doc[i].text
            and len(doc[i].text.split(".")[-1]) == 1
            and not FiguresExtractor._distance_cue(doc, i, 2)
        ):
            return True  # "peaked at 11.9 m"; "the long jump at 6.63m" is a distance
        if i > 0:
            prev = doc[i - 1].lower_
            if prev in _CURRENCY_SIGNS or prev in _CURRENCY_WORDS:
                return True
        if (
            i >= 3
            and doc[i - 1].text in ("-", "–")
            and doc[i - 2].text[:1].isdigit()
            and doc[i - 3].text in _SIGNS
        ):
            return True  # "$" "10" "-" "25" "m"
        return False

    def _word_core(self, doc: Doc, i: int, end: int) -> _Core | None:
        tok = doc[i]
        low = tok.lower_
        # vague plurals: "billions", "tens of thousands", "dozens"
        if low == "tens" or low in _VAGUE:
            if low == "tens" or (
                low in ("hundreds", "dozens", "thousands", "millions")
                and i + 2 < end
                and doc[i + 1].lower_ == "of"
                and doc[i + 2].lower_ in _VAGUE
            ):
                if i + 2 < end and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in _VAGUE:
                    base = 10.0 if low == "tens" else _VAGUE[low]
                    value = base * _VAGUE[doc[i + 2].lower_]
                    last = doc[i + 2]
                    return _Core(
                        i,
                        i + 3,
                        value,
                        tok.idx,
                        last.idx + len(last.text),
                        words=True,
                        vague=True,
                        scaled=True,
                    )
                if low == "tens":
                    return None
            if tok.pos_ not in ("NOUN", "NUM", "PROPN"):
                return None
            if low == "dozens" or low == "hundreds":
                if not (i + 1 < end and doc[i + 1].lower_ == "of") and tok.dep_ not in (
                    "nsubj",
                    "nsubjpass",
                    "dobj",
                    "pobj",
                ):
                    return None
            return _Core(
                i,
                i + 1,
                _VAGUE[low],
                tok.idx,
                tok.idx + len(tok.text),
                words=True,
                vague=True,
                scaled=low not in ("dozens",),
            )
        if low == "half":
            return self._half_core(doc, i, end)
        if low in ("a", "an"):
            if i + 1 >= end:
                return None
            nxt = doc[i + 1].lower_
            if nxt in _SCALE_WORDS:
                pass
            elif nxt in ("third", "quarter", "fifth", "tenth", "sixth", "fourth", "eighth"):
                before = doc[i - 1].lower_ if i > 0 else ""
                after = doc[i + 2].lower_ if i + 2 < end else ""
                if not (
                    after == "of"
                    or before
                    in (
                        "by",
                        "than",
                        "about",
                        "nearly",
                        "almost",
                        "roughly",
                        "around",
                        "over",
                        "under",
                    )
                ):
                    return None
                nt = doc[i + 1]
                return _Core(
                    i,
                    i + 2,
                    _fraction_value(1, _FRACTIONS[nxt]),
                    tok.idx,
                    nt.idx + len(nt.text),
                    words=True,
                    fraction=True,
                    kind="ratio",
                )
            else:
                return None
        # run of number words: "two", "twenty - one", "a hundred and two", "two-thirds",
        # "one and a half million", "three million"
        j = i
        last = i
        words = []
        decimals = ""  # "three point eight": the digits after "point"
        while j < end:
            t = doc[j]
            tl = t.lower_
            if j > i and t.text[:1].isupper() and not doc[j - 1].text[:1].isupper():
                break  # "two Six Nations games": a capitalised number word starts a name
            if tl == "point" and j > i and doc[j - 1].lower_ in _WORD_NUMS:
                # "three point eight percent": a decimal read out, digit by digit
                k = j + 1
                while k < end and doc[k].lower_ in _DECIMAL_DIGITS:
                    decimals += _DECIMAL_DIGITS[doc[k].lower_]
                    k += 1
                if decimals:
                    last = k - 1
                    if k < end and doc[k].lower_ in ("thousand", "million", "billion", "trillion"):
                        last = k  # "one point two million"
                break
            if tl in _WORD_NUMS or tl in _SCALE_WORDS or (j == i and tl in ("a", "an")):
                last = j
                j += 1
                continue
            if (
                tl in ("-", "–")
                and j > i
                and j + 5 < end
                and [x.lower_ for x in doc[j : j + 5]] == [tl, "and", tl, "a", tl]
                and doc[j + 5].lower_ in ("half", "quarter")
                and not any(x.whitespace_ for x in doc[j - 1 : j + 5])
            ):
                last = j + 5  # "a three-and-a-half tonne vehicle"
                j += 6
                continue
            if (
                tl in ("-", "–")
                and not t.whitespace_
                and j > i
                and j + 1 < end
                and (doc[j + 1].lower_ in _WORD_NUMS or doc[j + 1].lower_ in _FRACTIONS)
                and not doc[j - 1].whitespace_
                and doc[j - 1].lower_ in _WORD_NUMS
            ):
                j += 1
                continue
            if tl in _FRACTIONS and j > i and doc[j - 1].lower_ in _NUM_WORDS_DASH:
                if tl in ("second", "seconds") or (
                    j + 1 < end and doc[j + 1].text == "-" and not t.whitespace_
                ):
                    break  # "three quarter-point rises"
                if tl == "quarters" and _quarters_of_time(doc, i, j, end):
                    break  # "for six quarters", "the next two quarters": a period
                # "two thirds", "two-thirds", "one quarter"; "one half"
                last = j
                j += 1
                break
            if tl == "and" and j + 1 < end:
                nxt = doc[j + 1].lower_
                if nxt in _WORD_NUMS and doc[j - 1].lower_ in (
                    "hundred",
                    "thousand",
                    "million",
                    "billion",
                ):
                    j += 1
                    continue
                if nxt == "a" and j + 2 < end and doc[j + 2].lower_ in ("half", "quarter"):
                    last = j + 2
                    j += 3
                    continue
            break
        if last == i and doc[i].lower_ in ("a", "an"):
            return None
        span_end = last + 1
        text = doc[i:span_end].text
        for t in doc[i:span_end]:
            words.append(t.lower_)
        if decimals:
            whole = _words_value(text.lower().split(" point ")[0])
            if whole is None:
                return None
            scale = 1.0 if doc[last].lower_ in _DECIMAL_DIGITS else _SCALE_WORDS[doc[last].lower_]
            core = _Core(
                i,
                span_end,
                (whole + float("0." + decimals)) * scale,
                doc[i].idx,
                doc[last].idx + len(doc[last].text),
                words=True,
            )
            core.scaled = scale > 1
            core.scale = scale
            return core
        if (
            words
            and words[-1] in _FRACTIONS
            and words[-1] not in ("quarter", "quarters")
            and words[-1] != "half"
            and len(words) >= 2
            and words[-2] not in _NUM_WORDS_DASH
        ):
            return None
        value = _words_value(text)
        if value is None:
            return None
        first_tok = doc[i]
        last_tok = doc[last]
        core = _Core(
            i, span_end, value, first_tok.idx, last_tok.idx + len(last_tok.text), words=True
        )
        scales = [
            _SCALE_WORDS[w] for w in words if w in ("million", "billion", "trillion", "thousand")
        ]
        core.scaled = bool(scales)
        core.scale = max(scales) if scales else 1.0
        if words[-1] in _FRACTIONS and not (len(words) > 2 and words[-2] == "a"):
            core.fraction = True
            core.kind = "ratio"
        core.plain_one = words == ["one"]
        return core

    @staticmethod
    def _half_core(doc: Doc, i: int, end: int) -> _Core | None:
        tok = doc[i]
        prev = doc[i - 1].lower_ if i > 0 else ""
        if (
            i + 2 < end
            and doc[i + 1].lower_ in ("a", "an")
            and doc[i + 2].lower_ in _SCALE_WORDS
            and prev not in ("first", "second", "the", "-", "final", "last", "other", "a")
        ):
            last = doc[i + 2]
            return _Core(
                i,
                i + 3,
                0.5 * _SCALE_WORDS[last.lower_],
                tok.idx,
                last.idx + len(last.text),
                words=True,
                scaled=True,
            )
        if prev in ("first", "second", "the", "and", "-", "final", "last", "other", "a"):
            return None
        if i + 1 < end and doc[i + 1].lower_ in (
            "of",
            "the",
            "their",
            "its",
            "his",
            "her",
            "those",
            "these",
            "our",
            "my",
            "your",
        ):
            return _Core(
                i,
                i + 1,
                0.5,
                tok.idx,
                tok.idx + len(tok.text),
                words=True,
                fraction=True,
                kind="ratio",
            )
        return None

    # ----------------------------------------------------------------- sentences

    def _sentence(self, doc: Doc, sent: Span, skip: set[int]) -> list[Figure]:
        end = sent.end
        figs: list[_Fig] = []
        self._prior = figs
        i = sent.start
        while i < end:
            tok = doc[i]
            if i in skip or tok.is_space or tok.is_punct and tok.text not in ("$", "£", "€", "¥"):
                i += 1
                continue
            if ";" in tok.text or "/" in tok.text:
                glued = self._glued_money(doc, i, sent)
                if glued:
                    figs.extend(glued)
                    i = glued[-1].end
                    continue
            core = self._core(doc, i, end) if self._may_start(tok) else None
            if core is None:
                i += 1
                continue
            fig = self._build(doc, core, sent)
            if fig is None:
                i = core.end
                if (
                    i + 1 < end
                    and doc[i].text in ("-", "–", "/")
                    and not doc[i].whitespace_
                    and not doc[i - 1].whitespace_
                ):
                    i += 2  # "2013-14", "9/11": the second half of a rejected number
                continue
            if fig.kind == "duration" and fig.unit in _CLOCK_SECONDS:
                self._compound_duration(doc, fig, sent)
            nxt = self._range_partner(doc, fig, sent)
            figs.append(fig)
            if nxt is not None:
                figs.append(nxt)
                i = nxt.end
            else:
                i = fig.end
        if not figs:
            return []
        self._meanings(doc, sent, figs)
        return [self._to_figure(self._doc_text, f) for f in figs]

    def _glued_money(self, doc: Doc, i: int, sent: Span) -> list[_Fig]:
        """Two amounts the tokenizer left in one token, "($214.6bn;£114.5bn)" or
        "$5m/£3m": one money figure for each, with exact character offsets. Fractions,
        dates and scores ("1/2", "19/20", "24/7") never carry a currency sign after the
        separator and are left to the ordinary reading."""
        tok = doc[i]
        text = tok.text
        match = _GLUED_MONEY.match(text)
        if not match:
            return []
        first, second = match.group("a"), match.group("b")
        nxt = doc[i + 1] if i + 1 < sent.end else None
        glued_scale = (
            nxt is not None
            and not tok.whitespace_
            and nxt.lower_.rstrip(".") in _ABBR_SCALES
            and second[-1:].isdigit()
        )
        parts = []
        offset = tok.idx
        for k, part in enumerate((first, second)):
            m = _DIGITS.match(part)
            if m is None:
                return []
            suf = (m.group("suf") or "").lower()
            end_char = offset + len(part)
            if k == 1 and not suf and glued_scale and nxt is not None:
                suf = nxt.lower_.rstrip(".")  # "$5m/£3" "m"
                end_char = nxt.idx + len(nxt.text.rstrip("."))
            value = _num(m.group("num"))
            if value is None or suf and suf not in _ABBR_SCALES:
                return []
            scale = _ABBR_SCALES.get(suf, 1.0)
            cur = m.group("cur")
            parts.append((offset, end_char, value * scale, scale, cur, suf))
            offset += len(part) + 1
        start_tok, start_char = i, tok.idx
        cur_a = parts[0][4]
        currency_a = _CURRENCY_SIGNS.get(cur_a.lower()) if cur_a else None
        if (
            currency_a is None
            and i - 1 >= sent.start
            and doc[i - 1].text in _SIGNS
            and not doc[i - 1].whitespace_
        ):
            start_tok, start_char = i - 1, doc[i - 1].idx
            currency_a = _CURRENCY_SIGNS.get(doc[i - 1].lower_)
            if (
                i - 2 >= sent.start
                and doc[i - 2].text in ("US", "A", "C", "NZ", "HK", "S")
                and not doc[i - 2].whitespace_
            ):
                currency_a = _CURRENCY_SIGNS.get(doc[i - 2].lower_ + "$", currency_a)
                start_tok, start_char = i - 2, doc[i - 2].idx
        currency_b = _CURRENCY_SIGNS.get((parts[1][4] or "").lower())
        if not currency_a or not currency_b:
            return []
        end_tok = i + 2 if glued_scale and parts[1][1] > tok.idx + len(text) else i + 1
        approx = self._approx(doc, start_tok, sent.start)
        figs = []
        for (c0, c1, value, scale, _cur, _suf), currency, a, b in (
            (parts[0], currency_a, start_tok, i + 1),
            (parts[1], currency_b, i, end_tok),
        ):
            core = _Core(
                a,
                b,
                value,
                c0,
                c1,
                scaled=scale != 1.0,
                scale=scale,
                currency=currency,
                kind="money",
            )
            figs.append(
                _Fig(
                    core,
                    a,
                    b,
                    start_char if a == start_tok else c0,
                    c1,
                    value,
                    unit=currency,
                    kind="money",
                    approx=approx,
                )
            )
        return figs

    def _compound_duration(self, doc: Doc, fig: _Fig, sent: Span) -> None:
        """'one minute, 46.68 seconds', '2 hours and 10 minutes': one time, in the smaller
        unit."""
        j = fig.end
        if j < sent.end and doc[j].lower_ in (",", "and"):
            j += 1
        if j >= sent.end or not self._may_start(doc[j]) or doc[j].lower_ in ("a", "an"):
            return
        other = self._core(doc, j, sent.end)
        if other is None or other.unit is not None and other.unit not in _CLOCK_SECONDS:
            return
        part = self._build(doc, other, sent)
        if (
            part is None
            or part.unit not in _CLOCK_SECONDS
            or part.kind != "duration"
            or part.start != other.start
        ):
            return
        big, small = _CLOCK_SECONDS[fig.unit or ""], _CLOCK_SECONDS[part.unit or ""]
        if small >= big or fig.low is not None or part.low is not None:
            return
        fig.value = fig.value * big / small + part.value
        fig.unit, fig.noun = part.unit, part.noun
        fig.end, fig.char_end = part.end, part.char_end

    @staticmethod
    def _may_start(tok: Token) -> bool:
        text = tok.text
        c = text[:1]
        if c.isdigit() or text in _UNICODE_FRACTIONS:
            return True
        if c == "." and text[1:].isdigit() and len(text) > 1:
            return True  # "batting .289"
        if c in "$£€¥₹" and len(text) > 1:
            return True
        if c in "-−+" and text[1:2].isdigit():
            i = tok.i
            return i == 0 or not tok.doc[i - 1].text[-1:].isdigit()
        low = tok.lower_
        return (
            low in _WORD_NUMS
            or low in _SCALE_WORDS
            or low in ("a", "an", "tens", "half")
            or low in _VAGUE
            or low in ("us$", "a$", "c$", "nz$", "hk$", "s$", "au$")
        )

    # ----------------------------------------------------------------- building

    def _build(self, doc: Doc, core: _Core, sent: Span) -> _Fig | None:
        """Widen a core into a figure span, set unit and kind, or reject it."""
        s_start, s_end = sent.start, sent.end
        fig = _Fig(
            core,
            core.start,
            core.end,
            core.char_start,
            core.char_end,
            core.value,
            unit=core.unit,
            kind=core.kind or "count",
            low=core.low,
            high=core.high,
        )
        currency = core.currency
        # ---- currency before: "$", "US$", "Australian dollars 648m", "Rs 500"
        k = core.start - 1
        if k >= s_start and doc[k].text in _SIGNS and core.start == fig.start:
            fig.start, fig.char_start = k, doc[k].idx
            currency = currency or _CURRENCY_SIGNS.get(doc[k].lower_)
            if fig.kind == "score":
                fig.kind = "count"
            if (
                k - 1 >= s_start
                and doc[k - 1].text in ("US", "A", "C", "NZ", "HK", "S")
                and not doc[k - 1].whitespace_
            ):
                currency = _CURRENCY_SIGNS.get(doc[k - 1].lower_ + "$", currency)
                fig.start, fig.char_start = k - 1, doc[k - 1].idx
        elif not currency and k >= s_start:
            prev = doc[k]
            pl = prev.lower_
            if pl in _CURRENCY_SIGNS and (
                pl not in ("usd", "eur", "gbp", "chf", "jpy", "aud", "cad", "cny", "rs", "rs.")
                or prev.text[:1].isupper()
            ):
                currency = _CURRENCY_SIGNS[pl]
                fig.start, fig.char_start = k, prev.idx
                if (
                    k - 1 >= s_start
                    and doc[k - 1].text in ("US", "A", "C", "NZ", "HK", "S")
                    and not doc[k - 1].whitespace_
                ):
                    currency = _CURRENCY_SIGNS.get(doc[k - 1].lower_ + "$", currency)
                    fig.start, fig.char_start = k - 1, doc[k - 1].idx
            elif (
                pl in _CURRENCY_WORDS
                and prev.pos_ in ("NOUN", "PROPN")
                and pl not in ("won", "pence", "cents", "pound", "dollar", "euro")
            ):
                currency = self._currency_word(doc, k, s_start)
                fig.start, fig.char_start = k, prev.idx
                if k - 1 >= s_start and doc[k - 1].lower_ in _CURRENCY_ADJ:
                    fig.start, fig.char_start = k - 1, doc[k - 1].idx
                    if k - 2 >= s_start and doc[k - 2].lower_ in _CURRENCY_ADJ:
                        fig.start, fig.char_start = k - 2, doc[k - 2].idx
        if (
            fig.start == core.start
            and fig.start - 1 >= s_start
            and doc[fig.start - 1].lower_ == "minus"
            and fig.value > 0
            # (not a margin: "plus or minus 3.1 percentage points")
            and not (
                fig.start - 3 >= s_start
                and doc[fig.start - 2].lower_ == "or"
                and doc[fig.start - 3].lower_ == "plus"
            )
        ):
            fig.value = -fig.value  # "minus 10C"
            fig.start, fig.char_start = fig.start - 1, doc[fig.start - 1].idx
        if currency and not core.scaled and core.end < s_end:
            # "$54 m" after a sign: scale abbreviations written apart
            nxt = doc[core.end]
            nl = nxt.lower_.rstrip(".")
            if nl in _ABBR_SCALES and not doc[core.end - 1].whitespace_:
                fig.value *= _ABBR_SCALES[nl]
                core.scaled, core.scale = True, _ABBR_SCALES[nl]
                fig.end = core.end + 1
                fig.char_end = nxt.idx + len(nxt.text.rstrip("."))
        j = fig.end
        # ---- percent and currency words after
        if fig.unit is None and j < s_end:
            t = doc[j]
            tl = t.lower_
            if t.text == "%" or tl in ("percent", "pc", "pct"):
                fig.unit, fig.kind = "%", "percent"
                j += 1
            elif tl == "per" and j + 1 < s_end and doc[j + 1].lower_ in ("cent", "cent."):
                fig.unit, fig.kind = "%", "percent"
                j += 2
            elif tl == "percentage" and j + 1 < s_end and doc[j + 1].lower_ in ("point", "points"):
                fig.unit, fig.kind = "percentage points", "percent"
                j += 2
            elif tl in ("basis",) and j + 1 < s_end and doc[j + 1].lower_ in ("point", "points"):
                fig.unit, fig.kind = "basis points", "percent"
                j += 2
            elif tl in ("bp", "bps"):
                fig.unit, fig.kind = "basis points", "percent"
                j += 1
            elif not currency:
                cur, jj = self._currency_after(doc, j, s_end)
                if cur:
                    currency = cur
                    j = jj
        if fig.kind == "percent" and j < s_end and doc[j].lower_ == "of" and j + 1 < s_end:
            # "2% of GDP": a bare acronym or name base belongs to the figure
            base = doc[j + 1]
            after = doc[j + 2] if j + 2 < s_end else None
            if (
                base.is_upper
                and len(base.text) >= 2
                and base.is_alpha
                and (after is None or after.pos_ not in ("NOUN", "PROPN"))
            ):
                fig.of = base.text
                j += 2
        if currency:
            fig.unit, fig.kind = currency, "money"
        fig.end = j
        if j > core.end:
            fig.char_end = doc[j - 1].idx + len(doc[j - 1].text.rstrip(".") or doc[j - 1].text)
        # ---- ratio: "355 out of 366 days", "one in five adults"
        if fig.kind in ("count",) and not core.fraction and not core.vague and j + 1 < s_end:
            out_of = doc[j].lower_ == "out" and doc[j + 1].lower_ == "of"
            k = j + 2 if out_of else j + 1
            if k < s_end and doc[k].lower_ in ("every", "each"):
                k += 1
            if doc[j].lower_ == "of" and k < s_end and doc[k].lower_ in _RATIO_DETS:
                k += 1  # "173 of the 299 votes", "two of his six children"
                if k < s_end and doc[k].lower_ in (
                    "last",
                    "first",
                    "past",
                    "next",
                    "previous",
                    "remaining",
                    "other",
                ):
                    k += 1  # "nine of their last 14 matches"
            other = (
                self._ratio_total(doc, fig, k, s_end) if out_of or doc[j].lower_ == "of" else None
            )
            if other is not None:
                fig.total = other.value
                fig.kind = "ratio"
                fig.end = other.end
                fig.char_end = other.char_end
                j = other.end
            elif out_of and k < s_end:
                other = self._core(doc, k, s_end)
                if other is not None and other.value:
                    fig.total = other.value
                    fig.kind = "ratio"
                    fig.end = other.end
                    fig.char_end = other.char_end
                    j = other.end
            elif doc[j].lower_ == "in" and doc[j + 1].lower_ not in ("the", "a") and k < s_end:
                other = self._core(doc, k, s_end)
                if (
                    other is not None
                    and other.value
                    and other.value > fig.value
                    and not other.year_like
                    and fig.value < 100
                ):
                    fig.total = other.value
                    fig.kind = "ratio"
                    fig.end = other.end
                    fig.char_end = other.char_end
                    j = other.end
        if fig.total:
            fig.share = round(fig.value / fig.total, 3)
        # ---- unit or counted noun after
        if fig.kind not in ("money", "percent") and fig.unit is None or fig.kind == "ratio":
            self._attach_noun(doc, fig, s_end)
            j = fig.end
            if (
                fig.kind == "count"
                and fig.total is None
                and fig.noun is not None
                and j + 1 < s_end
                and doc[j].lower_ in ("in", "out")
                and fig.value < 100
            ):
                # "one household in three", "nine people out of 10"
                k = j + 2 if doc[j].lower_ == "out" and doc[j + 1].lower_ == "of" else j + 1
                other = (
                    self._ratio_total(doc, fig, k, s_end)
                    if k < s_end and (doc[j].lower_ == "in" or k == j + 2)
                    else None
                )
                if other is not None and (
                    other.end >= s_end or doc[other.end].pos_ not in ("NOUN", "PROPN", "NUM", "ADJ")
                ):
                    fig.total, fig.kind = other.value, "ratio"
                    fig.share = round(fig.value / other.value, 3)
                    fig.end, fig.char_end = other.end, other.char_end
        elif fig.kind == "measure":
            pass
        # ---- ages and hyphenated attributes: "45-year-old", "24-hour", "nine-strong"
        self._hyphen_attribute(doc, fig, s_end)
        if (
            fig.kind == "count"
            and fig.unit is None
            and not core.scaled
            and self._apposed_age(doc, fig, sent)
        ):
            fig.kind, fig.unit = "age", "years"
        # ---- rates: "$15 per hour", "200 kilometres per hour", "four times a week"
        j = fig.end
        if (
            j + 1 < s_end
            and doc[j].lower_ in ("per", "a", "an", "each")
            and doc[j + 1].pos_ == "NOUN"
            and (
                doc[j].lower_ == "per"
                or doc[j + 1].lower_ in _TIME_UNITS
                or doc[j + 1].lower_ in _MEASURE_UNITS
            )
        ):
            if (
                doc[j].lower_ != "per"
                and fig.kind not in ("money", "measure", "count")
                or doc[j + 1].lower_ in ("cent", "capita")
            ):
                pass
            elif fig.kind == "count" and fig.noun is None and doc[j].lower_ != "per":
                pass
            else:
                rate = doc[j + 1].lower_
                fig.end = j + 2
                fig.char_end = doc[j + 1].idx + len(doc[j + 1].text)
                if fig.kind != "money":
                    fig.unit = f"{fig.unit} per {rate}" if fig.unit else f"per {rate}"
                fig.extra["rate"] = rate
        # ---- "25 below zero", "10 degrees below zero": a temperature under freezing
        j = fig.end
        if (
            j + 1 < s_end
            and doc[j].lower_ == "below"
            and doc[j + 1].lower_ == "zero"
            and fig.value > 0
            and fig.kind in ("count", "measure")
            and (fig.unit is None or fig.unit in ("degrees", "°C", "°F"))
        ):
            fig.value = -fig.value
            fig.kind, fig.unit = "measure", fig.unit or "degrees"
            fig.noun = None
            fig.end = j + 2
            fig.char_end = doc[j + 1].idx + len(doc[j + 1].text)
        if not self._is_quantity(doc, fig, sent):
            return None
        fig.approx = self._approx(doc, fig.start, s_start)
        return fig

    def _ratio_total(self, doc: Doc, fig: _Fig, k: int, s_end: int) -> _Core | None:
        """The total Y of 'X of (the) Y' / 'X out of Y': a plain count larger than X."""
        if k >= s_end or not self._may_start(doc[k]) or doc[k].lower_ in ("a", "an", "half"):
            return None
        other = self._core(doc, k, s_end)
        if (
            other is None
            or not other.value
            or other.value <= fig.value
            or other.year_like
            or other.fraction
            or other.vague
            or other.low is not None
            or other.currency
            or other.unit
            or other.kind
        ):
            return None
        after = doc[other.end].lower_ if other.end < s_end else ""
        if (
            after in ("%", "per", "percent", "pc")
            or after in _CURRENCY_WORDS
            or after.rstrip(".") in _MONTHS
        ):
            return None
        return other

    @staticmethod
    def _apposed_age(doc: Doc, fig: _Fig, sent: Span) -> bool:
        """'Bratman, 26, proposed', 'Mr Smith (45)', 'at the age of 84': a person's age."""
        if not (0 < fig.value < 120 and float(fig.value).is_integer()):
            return False
        a, b = fig.start, fig.end
        if a - 3 >= sent.start and doc[a - 1].lower_ == "of" and doc[a - 2].lower_ == "age":
            return True
        if a - 2 < sent.start or b >= sent.end:
            return False
        left, right = doc[a - 1].text, doc[b].text
        if not (left == "," and right in (",", ".", ";", ")") or left == "(" and right == ")"):
            return False
        name = doc[a - 2]
        return (
            name.ent_type_ == "PERSON"
            or name.lower_ in ("he", "she")
            or (
                name.pos_ == "PROPN"
                and name.text[:1].isupper()
                and name.ent_type_ not in ("GPE", "LOC", "ORG", "DATE", "NORP", "FAC", "EVENT")
            )
        )

    def _currency_word(self, doc: Doc, k: int, s_start: int) -> str:
        word = doc[k].lower_
        code = _CURRENCY_WORDS[word]
        singular = _SINGULAR_CURRENCY.get(word, word)
        if k - 1 >= s_start:
            adj = doc[k - 1].lower_
            code = _CURRENCY_COUNTRY.get((adj, singular), code)
        return code

    def _currency_after(self, doc: Doc, j: int, s_end: int) -> tuple[str | None, int]:
        """'Swiss francs', 'US dollars', 'euros' right after a number."""
        t = doc[j]
        tl = t.lower_
        if tl in _CURRENCY_WORDS and t.pos_ in ("NOUN", "PROPN", "NUM", "X"):
            if tl == "won" and t.pos_ not in ("NOUN", "PROPN"):
                return None, j
            if tl in ("pound", "pounds") and j + 1 < s_end and doc[j + 1].lower_ in ("of",):
                return None, j
            return _CURRENCY_WORDS[tl], j + 1
        if tl in _CURRENCY_ADJ and j + 1 < s_end:
            n1 = doc[j + 1].lower_
            if n1 in _CURRENCY_WORDS:
                single = _SINGULAR_CURRENCY.get(n1, n1)
                return _CURRENCY_COUNTRY.get((tl, single), _CURRENCY_WORDS[n1]), j + 2
            if n1 in _CURRENCY_ADJ and j + 2 < s_end and doc[j + 2].lower_ in _CURRENCY_WORDS:
                n2 = doc[j + 2].lower_
                single = _SINGULAR_CURRENCY.get(n2, n2)
                return _CURRENCY_COUNTRY.get((n1, single), _CURRENCY_WORDS[n2]), j + 3
        return None, j

    def _attach_noun(self, doc: Doc, fig: _Fig, s_end: int) -> None:
        """Counted noun or unit: in the span when directly attached, else only as unit."""
        j = fig.end
        num_tok = doc[fig.core.end - 1] if fig.total is None else doc[fig.end - 1]
        if j + 1 < s_end and doc[j].text == "°" and doc[j + 1].text in ("C", "F"):
            fig.unit, fig.kind, fig.noun = "°" + doc[j + 1].text, "measure", j + 1
            fig.end, fig.char_end = j + 2, doc[j + 1].idx + 1
            return
        if j < s_end:
            t = doc[j]
            tl = t.lower_.rstrip(".") or t.lower_
            if tl in _MEASURE_UNITS and (
                tl not in _MEASURE_UNITS_NEEDING_DIGITS
                or not doc[j - 1].whitespace_
                or tl in ("m", "km")
            ):
                if tl in ("in",) and t.pos_ == "ADP" and doc[j - 1].whitespace_:
                    pass
                elif tl in ("am", "pm"):
                    fig.kind = "clock"
                    return
                elif (
                    tl == "m" and t.pos_ not in ("NOUN", "PROPN", "NUM") and doc[j - 1].whitespace_
                ):
                    pass
                else:
                    fig.unit = tl
                    if fig.kind == "count":
                        fig.kind = "measure"
                    fig.noun = j
                    fig.end = j + 1
                    fig.char_end = t.idx + len(t.text.rstrip(".") or t.text)
                    if j + 1 < s_end and doc[j + 1].lower_ in ("squared", "cubed"):
                        fig.end = j + 2
                        fig.char_end = doc[j + 1].idx + len(doc[j + 1].text)
                    return
        char_end = fig.char_end
        # noun run directly after the number whose head the number modifies
        head = num_tok.head
        k = j
        while (
            k < s_end
            and k < j + 4
            and doc[k].pos_ in ("NOUN", "PROPN")
            and not doc[k].is_punct
            and doc[k].ent_type_ not in ("DATE", "TIME")
        ):
            if doc[k].i == head.i:
                fig.noun = k
                fig.unit = doc[k].lower_ if doc[k].pos_ == "NOUN" else doc[k].text
                fig.end = k + 1
                fig.char_end = doc[k].idx + len(doc[k].text)
                break
            if doc[k].dep_ not in ("compound", "nmod", "amod"):
                break
            k += 1
        else:
            pass
        if (fig.noun is None or doc[fig.noun].pos_ == "PROPN") and fig.total is None:
            counted = self._counted_past_name(doc, fig.core.end, s_end)
            if counted is not None:  # "20 Serie A appearances": the noun is not attached
                fig.noun, fig.end, fig.char_end = None, j, char_end
                fig.unit = doc[counted].lower_
                fig.extra["head"] = counted
                fig.extra["counted"] = True
                return
        if (
            fig.noun is None
            and j < s_end
            and doc[j].pos_ == "NOUN"
            and doc[j].lower_ in (_TIME_UNITS | {"times", "people", "percent"})
            and doc[j].lower_ != "quarter"
        ):
            fig.noun = j
            fig.unit = doc[j].lower_
            fig.end = j + 1
            fig.char_end = doc[j].idx + len(doc[j].text)
        if (
            fig.noun is None
            and head.pos_ == "NOUN"
            and head.i > num_tok.i
            and head.i - num_tok.i <= 4
            and head.dep_ != "compound"
        ):
            fig.unit = head.lower_
            fig.extra["head"] = head.i
        if fig.noun is not None:
            unit = fig.unit or ""
            if unit in _TIME_UNITS and fig.kind in ("count", "ratio"):
                fig.kind = "duration" if fig.kind == "count" else fig.kind
            elif fig.kind == "count" and unit in _MEASURE_UNITS:
                fig.kind = "measure"
        if (
            fig.noun is None
            and fig.unit is None
            and num_tok.dep_ in ("npadvmod", "dobj", "attr")
            and num_tok.head.lower_ in ("aged", "age")
        ):
            fig.kind, fig.unit = "age", "years"

    def _hyphen_attribute(self, doc: Doc, fig: _Fig, s_end: int) -> None:
        j = fig.end
        if fig.unit is not None and fig.kind not in ("count", "ratio") or j + 1 >= s_end:
            return
        dash = doc[j]
        if dash.text not in ("-", "–") or doc[j - 1].whitespace_ or dash.whitespace_:
            return
        word = doc[j + 1]
        wl = word.lower_
        if not word.is_alpha:
            return
        if (
            wl in ("year", "years")
            and j + 3 < s_end
            and doc[j + 2].text == "-"
            and doc[j + 3].lower_ == "old"
        ):
            fig.kind, fig.unit = "age", "years"
            fig.end = j + 4
            fig.char_end = doc[j + 3].idx + len(doc[j + 3].text)
            return
        base = wl[:-1] if wl.endswith("s") and wl[:-1] in _HYPHEN_ATTRIBUTES else wl
        attributive = (
            word.tag_ == "NN"
            and word.is_lower
            and len(wl) > 2
            and not (j + 2 < s_end and doc[j + 2].text in ("-", "–") and not word.whitespace_)
        )
        if (
            base in _HYPHEN_ATTRIBUTES
            or wl in _TIME_UNITS
            or wl in _MEASURE_UNITS
            and len(wl) > 1
            or attributive
        ):
            fig.end = j + 2
            fig.char_end = word.idx + len(word.text)
            if wl in _TIME_UNITS:
                fig.kind, fig.unit = "duration", wl if wl.endswith("s") else wl + "s"
            elif wl in _MEASURE_UNITS:
                fig.kind, fig.unit = "measure", wl
            elif wl == "strong":
                fig.unit = None
            else:
                fig.unit = _plural(wl)
            fig.extra["hyphen"] = True

    # ----------------------------------------------------------------- exclusions

    def _is_quantity(self, doc: Doc, fig: _Fig, sent: Span) -> bool:
        core = fig.core
        s_start = sent.start
        tok = doc[core.start]
        prev = doc[fig.start - 1] if fig.start > s_start else None
        nxt = doc[fig.end] if fig.end < sent.end else None
        if fig.kind == "clock":
            return False
        if _service_number(doc, core.start, core.end, sent):
            return False  # "the first 911 call", "dial 999": a telephone service, no count
        if fig.core.end < sent.end and doc[fig.core.end].lower_ in (
            "am",
            "pm",
            "a.m.",
            "p.m.",
            "a.m",
            "p.m",
        ):
            return False
        has_unit = (
            fig.kind in ("money", "percent", "measure")
            or fig.total is not None
            or fig.kind in ("duration", "age")
            and fig.extra.get("hyphen", False)
        )
        if (
            core.words
            and tok.text[:1].isupper()
            and tok.i > s_start
            and not self._line_start(doc, tok)
            and doc[tok.i - 1].text not in ('"', "“", "'", "‘", "(", "-", "—", ":")
        ):
            return False  # "Five television", "Million Dollar Baby"
        # numbers inside names, titles and codes: entity labels, "Channel 4", "No 10"
        glued = (
            core.end + 1 < sent.end
            and doc[core.end].text in ("-", "–")
            and not doc[core.end - 1].whitespace_
            and not doc[core.end].whitespace_
            and doc[core.end + 1].text[:1].isdigit()
        )
        glued = glued or (
            core.start - 2 >= s_start
            and doc[core.start - 1].text in ("-", "–")
            and not doc[core.start - 2].whitespace_
            and not doc[core.start - 1].whitespace_
            and doc[core.start - 2].text[-1:].isdigit()
        )
        paired = core.low is not None or glued  # "Italy 17-28 Ireland": a score by a name
        # "17,815 Buick Raniers": a number grouped in thousands is never part of a name
        grouped = "," in tok.text
        if not has_unit and not paired:
            if not grouped:
                for t in doc[core.start : core.end]:
                    if t.ent_type_ in _NAME_LABELS:
                        return False
            if prev is not None and not prev.is_punct:
                pl = prev.lower_
                if pl in _CODE_WORDS and (
                    prev.text[:1].isupper()
                    or pl in ("number", "no", "no.", "numbers", "s&p", "ftse", "sp")
                ):
                    return False
                if pl == "top" and fig.noun is not None and doc[fig.noun].tag_ == "NN":
                    return False  # "their 26th top 10 hit": a chart category
                if (
                    pl in ("and", "or", "to", ",")
                    and fig.start - 3 >= s_start
                    and doc[fig.start - 2].text[:1].isdigit()
                    and doc[fig.start - 3].lower_ in ("numbers", "nos", "nos.", "positions")
                ):
                    return False  # "reached numbers 19 and 10"
                in_title = prev.idx < self._title_end
                if (
                    (
                        prev.pos_ == "PROPN"
                        or prev.pos_ == "NOUN"
                        and prev.i > s_start
                        and prev.text[:1].isupper()
                        and prev.text[1:2].islower()
                        and not in_title
                    )
                    and prev.text[:1].isupper()
                    and prev.ent_type_
                    not in ("DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT")
                    and pl not in _MONTHS
                    and prev.tag_ != "NNPS"
                    and tok.whitespace_ is not None
                    and not core.words
                    and (
                        fig.noun is None
                        or not grouped
                        and prev.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON")
                        and not self._line_start(doc, prev)
                        and not in_title
                    )
                ):
                    return False  # "Super 12 side", "Super Mario 64 DS"
            head = doc[core.end - 1].head
            counted = bool(fig.extra.get("counted"))
            if (
                nxt is not None
                and nxt.text[:1].isupper()
                and nxt.pos_ == "PROPN"
                and nxt.ent_type_ in _NAME_LABELS
                and fig.noun is None
                and not core.words
                and not grouped
                and not counted
                and not (head.tag_ == "NNS" and head.i > core.end)
                # (not a hyphened attribute: "the 47-year-old Irishman", "the 38-member
                # Texas delegation")
                and not (fig.end - core.end >= 2 and doc[fig.end - 2].text == "-")
            ):
                return False  # "3 Mobile", but "20 Airbus A380 planes"
            if (
                nxt is not None
                and core.value != 1
                and not grouped
                and not counted
                and not (head.tag_ in ("NNS", "NNPS") and head.i > core.end)
                and self._names_singular(doc, core.end, sent.end)
            ):
                return False  # "Five Live said", "Radio 1 Xtra"
        if (
            fig.noun is not None
            and doc[fig.noun].text[:1].isupper()
            and doc[fig.noun].lower_ in _TIME_UNITS
            and doc[fig.noun].idx >= self._title_end
            and not self._line_start(doc, doc[fig.noun])
        ):
            return False  # "US TV show 60 Minutes"
        if (
            fig.kind == "count"
            and fig.unit is None
            and prev is not None
            and prev.lower_ in ("last", "final")
            and fig.start - 2 >= s_start
            and doc[fig.start - 2].lower_ == "the"
            and (nxt is None or nxt.lower_ != "of")
        ):
            return False  # "a place in the last 16", "the last eight": a stage of a contest
        if (
            fig.kind == "count"
            and fig.noun is None
            and prev is not None
            and prev.lower_ == "top"
            and not core.scaled
            and not grouped
            and prev.pos_ != "VERB"
            and fig.start - 2 >= s_start
            and (
                doc[fig.start - 2].lower_ in _RATIO_DETS | {"a", "'s", "’s"}
                or doc[fig.start - 2].pos_ in ("ADJ", "PROPN", "NOUN")
            )
        ):
            return False  # "debuted outside the top 10": a chart or ranking band
        if (
            fig.noun is not None
            and not grouped
            and doc[fig.noun].pos_ == "PROPN"
            and (
                fig.kind not in ("measure", "duration", "money", "percent")
                or doc[fig.noun].text[1:2].islower()
                and len(doc[fig.noun].text) > 3
            )
            and doc[fig.noun].ent_type_
            in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW")
        ):
            return False  # "50 Cent", "3 Doors Down"
        # years, decades and dates
        if core.year_like and not has_unit and fig.kind != "duration":
            # "2004 earnings" is a year; "some 2000 people" a count
            if (
                fig.noun is None
                or doc[fig.noun].tag_ != "NNS"
                or prev is None
                or prev.lower_ not in _COUNT_CUES
            ):
                return False
        if (
            core.year_like
            and fig.kind == "duration"
            and fig.unit in ("season", "year", "campaign", "term", "session")
            and not fig.extra.get("hyphen")
        ):
            return False  # "the 2025 season": a year naming a season, no 2,025 of them
        if not has_unit and not core.words and core.value <= 31 and core.value >= 1:
            c = core.end
            if (
                c + 2 < sent.end
                and doc[c].text in ("-", "–", "to", "and")
                and doc[c + 1].text.isdigit()
                and doc[c + 2].lower_.rstrip(".") in _MONTHS
            ):
                return False  # "20-30 January"
            for k in (fig.start - 1, core.end, fig.end):
                if (
                    s_start <= k < sent.end
                    and doc[k].lower_.rstrip(".") in _MONTHS
                    and doc[k].text[:1].isupper()
                    and doc[k].pos_ == "PROPN"
                ):
                    return False
            if (
                fig.start - 2 >= s_start
                and doc[fig.start - 1].lower_ == "of"
                and doc[fig.start - 2].lower_ in _MONTHS
            ):
                return False
        if core.low is not None and core.high is not None and not has_unit:
            if core.year_like:
                return False
        # clock times: "at 2 pm", "10.30 GMT", "at 9:00"
        if nxt is not None and nxt.lower_ in (
            "am",
            "pm",
            "a.m.",
            "p.m.",
            "gmt",
            "bst",
            "et",
            "est",
            "pst",
            "cet",
            "o'clock",
            "hrs",
            "hours",
        ):
            if nxt.lower_ not in ("hrs", "hours") or (
                len(tok.text) == 4
                and tok.text.isdigit()
                and tok.text[2:] in ("00", "30", "15", "45")
            ):
                if fig.kind not in ("duration", "measure") or nxt.lower_ != "hours":
                    if fig.unit not in ("hours",):
                        return False
        # "one" used as a pronoun or determiner
        if core.plain_one and fig.total is None and fig.kind == "count":
            if not self._counted_one(doc, fig, sent):
                return False
        # durations used as time references: "the three months to December", "two years ago"
        period = fig.kind == "duration" or fig.kind == "count" and fig.unit in _TIME_UNITS
        if period and not fig.extra.get("hyphen") and fig.total is None:
            if (
                core.plain_one
                and fig.unit in ("day", "night", "morning", "evening", "afternoon")
                and (
                    nxt is None
                    or nxt.lower_ not in ("a", "an", "per", "each", "every", "'s", "’s", "'", "’")
                )
                and (
                    prev is None
                    or prev.pos_ != "ADP"
                    and prev.lower_ not in ("only", "just", "than", "about", "nearly", "almost")
                )
            ):
                return False  # "One day he will return", "you will one day captain"
            # look past the second number of a range: "10-15 years ago"
            a = fig.end
            if (
                a + 1 < sent.end
                and doc[a].text in ("-", "–", "to", "or", "and")
                and self._may_start(doc[a + 1])
                and doc[a + 1].lower_ not in ("a", "an")
            ):
                a += 2
                if a < sent.end and doc[a].lower_ in _TIME_UNITS:
                    a += 1
                nxt = doc[a] if a < sent.end else None
            if prev is not None and prev.lower_ == "on" and fig.unit in ("minutes", "mins"):
                return False  # "headed past a creaky defence on 58 minutes": match time
            if nxt is not None and (
                nxt.lower_ == "time"
                or nxt.text in ("'", "’")
                and a + 1 < sent.end
                and doc[a + 1].lower_ == "time"
            ):
                return False  # "in six months' time"
            attributive = (
                fig.noun is not None
                and fig.value != 1
                and doc[fig.noun].lower_ in _TIME_UNITS
                and not doc[fig.noun].lower_.endswith("s")
            )
            k = fig.start - 1 if not attributive else s_start - 1  # "the 93 minute film"
            if (
                k - 1 >= s_start
                and doc[k].lower_ in ("to", "or", "-", "–", "and")
                and self._may_start(doc[k - 1])
                and doc[k - 1].lower_ not in ("a", "an")
            ):
                k -= 2  # the second number of a range: "the next one to two weeks"
            while k >= s_start and doc[k].lower_ in (
                "more",
                "than",
                "about",
                "nearly",
                "almost",
                "some",
                "around",
                "over",
                "just",
                "only",
            ):
                k -= 1
            if (
                k >= s_start
                and doc[k].lower_ in _TIME_REF_BEFORE
                # (not "her" as the one it took: "the journey had taken her two hours")
                and not (doc[k].lower_ == "her" and doc[k].dep_ in ("dative", "dobj"))
                and not self._measured_time(doc, fig, sent)
            ):
                return False
            if (
                nxt is not None
                and nxt.lower_ in _TIME_REF_AFTER
                and nxt.lower_ not in ("on", "since", "after", "before")
            ):
                return False
        if core.words and core.value == 0 and fig.kind == "count" and fig.noun is None:
            return False
        return True

    @staticmethod
    def _counted_past_name(doc: Doc, j: int, end: int) -> int | None:
        """The plural common noun counted by the number before ``j`` across a run of proper
        names that modifies it: "20 Serie A appearances", "34 John Wayne films" (the noun is
        not directly attached, so only its word becomes the unit). None for names on their
        own ("3 Mobile", "Five Live said", "10 Downing Street")."""
        if j <= 0 or j >= end:
            return None
        num = doc[j - 1]
        k = j
        while (
            k < end
            and k < j + 4
            and doc[k].pos_ == "PROPN"
            and doc[k].text[:1].isupper()
            and doc[k].ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY")
        ):
            k += 1
        if k == j or k >= end or doc[k - 1].lower_ in _ADDRESS_WORDS:
            return None  # "10 Downing Street officials": a street number
        noun = doc[k]
        low = noun.lower_
        if (
            not (noun.is_alpha and noun.is_lower and len(low) > 2)
            or low in _MEASURE_UNITS
            or low in _CURRENCY_WORDS
            or low in _TIME_UNITS
        ):
            return None
        # a plural common noun, or a plural noun mistagged as a verb ("John Wayne films")
        if not (
            noun.tag_ == "NNS"
            or noun.tag_ == "VBZ"
            and num.dep_ == "nummod"
            and num.head.i == k
            and noun.dep_ in _NOMINAL_DEPS
        ):
            return None
        if num.dep_ != "nummod":
            return None
        # the number's head is the noun, or a name compounded onto it
        head = num.head
        steps = 0
        while (
            head.i != k
            and j <= head.i < k
            and head.dep_ in ("compound", "nmod", "amod")
            and steps < 4
        ):
            head = head.head
            steps += 1
        if head.i != k:
            return None
        for t in doc[j:k]:  # every name word modifies inside the phrase
            if not (j <= t.head.i <= k):
                return None
        return k

    @staticmethod
    def _names_singular(doc: Doc, j: int, end: int) -> bool:
        """Is a run of capitalised singular proper nouns at ``j`` a name on its own (not the
        modifier of a counted plural: "34 Labour MPs", "three Brit Award nominations")?"""
        k = j
        while (
            k < end
            and k < j + 4
            and (
                doc[k].tag_ == "NNP"
                and doc[k].text[:1].isupper()
                and doc[k].is_alpha
                and len(doc[k].text) > 2
                and not doc[k].is_upper
                and doc[k].ent_type_ != "NORP"
                and doc[k].lower_ not in _MEASURE_UNITS
                and doc[k].lower_ not in _CURRENCY_WORDS
                and doc[k].lower_.rstrip(".") not in _MONTHS
                and _PLURAL_ACRONYM.fullmatch(doc[k].text) is None  # "seven GPs"
                or k > j
                and doc[k].tag_ == "CD"
                and doc[k].text[:1].isupper()
            )
        ):
            k += 1
        if k == j:
            return False
        return k >= end or doc[k].tag_ not in ("NNS", "NNPS", "NNP") or doc[k].is_punct

    @staticmethod
    def _line_start(doc: Doc, tok: Token) -> bool:
        i = tok.i
        return (
            i == 0
            or "\n" in doc[i - 1].text
            or "\n" in doc[i - 1].whitespace_
            or doc[i - 1].is_space
        )

    @staticmethod
    def _measured_time(doc: Doc, fig: _Fig, sent: Span) -> bool:
        """'played the last 20 minutes', 'spent the past three years in jail': a period that
        is the object of a verb measures something; 'in the last 18 months', 'the three
        months to December', 'the first two weeks of the season' only locate events."""
        if fig.noun is None:
            return False
        noun = doc[fig.noun]
        if noun.dep_ not in ("dobj", "oprd") or noun.head.pos_ not in ("VERB", "AUX"):
            return False
        nxt = doc[fig.end].lower_ if fig.end < sent.end else ""
        return nxt not in ("to", "ending", "ended", "until", "till", "through", "since")

    def _counted_one(self, doc: Doc, fig: _Fig, sent: Span) -> bool:
        """Is a bare "one" a count ("one man", "one count of fraud", "five on homes and one
        on a firm", "between one and 100") rather than a pronoun or article-like word?"""
        k = fig.start - 1
        pl = doc[k].lower_ if k >= sent.start else ""
        nxt = doc[fig.core.end] if fig.core.end < sent.end else None
        nl = nxt.lower_ if nxt is not None else ""
        if fig.unit in _TIME_UNITS or fig.kind in ("measure", "money", "percent", "age"):
            return True
        if pl in (
            "only",
            "just",
            "least",
            "than",
            "about",
            "nearly",
            "almost",
            "around",
            "exactly",
            "barely",
            "merely",
        ):
            # "only one person", but "the only one left" is a pronoun
            return not (k - 1 >= sent.start and doc[k - 1].lower_ in _ONE_DETS and fig.noun is None)
        if pl in _ONE_DETS:
            return False  # "the one who", "no one", "every one"
        if (
            nl in ("to", "or", "and", "-", "–")
            and fig.core.end + 1 < sent.end
            and self._may_start(doc[fig.core.end + 1])
            and doc[fig.core.end + 1].lower_ not in ("a", "an", "half")
            and (nl != "and" or pl == "between")
            and pl not in _TIME_REF_BEFORE
        ):
            return True  # "between one and 100 gigabytes", "one or two years"
        if fig.noun is not None:
            noun = doc[fig.noun]
            return (
                noun.pos_ == "NOUN"
                and not self._one_speaker(noun)
                and noun.i == fig.core.end
                and noun.lemma_.lower() not in _ONE_IDIOMS
                and noun.lower_ not in _ONE_IDIOMS
                and not (k >= sent.start and doc[k].lower_ in ("at", "on"))
            )
        # ellipsis after a count: "Five were on the homes ... and one on a net service firm"
        if pl in ("and", "but", "while", ",", "with") and (
            nl in _ONE_ELLIPSIS_NEXT
            or (nxt is not None and nxt.is_punct and nl not in ("'s", "’s", "-", "–"))
        ):
            for prior in self._prior:
                if (
                    prior.kind == "count"
                    and prior.unit is None
                    and prior.total is None
                    and not prior.core.vague
                    and prior.core.value > 1
                ):
                    return True
        return False

    @staticmethod
    def _one_speaker(noun: Token) -> bool:
        """Is "one resident" in "One resident said ..." or "..., said one reporter" an
        unnamed speaker picked out of a group rather than a count?"""
        verb = noun.head
        if verb.dep_ == "csubj" and verb.tag_ == "VBG":
            verb = verb.head  # "One woman loading albums into her pickup said", so parsed
        return (
            noun.dep_ == "nsubj"
            and noun.tag_ == "NN"
            and (
                verb.lemma_.lower() in _SPEAKER_VERBS
                # "One mother, who said she had three children at the school, held up a map"
                or any(
                    c.dep_ == "relcl" and c.lemma_.lower() in _SPEAKER_VERBS for c in noun.children
                )
            )
        )

    # ----------------------------------------------------------------- approximations

    @staticmethod
    def _approx(doc: Doc, start: int, s_start: int) -> str | None:
        words = [doc[k].lower_ for k in range(max(s_start, start - 4), start)]
        for phrase, label in _APPROX_PHRASES:
            n = len(phrase)
            if n <= len(words) and tuple(words[-n:]) == phrase:
                if label in _NOT_APPROX:
                    return None
                if label in ("some", "over", "under", "above", "below") and start - 1 >= s_start:
                    head = doc[start - 1]
                    if label == "some" and head.dep_ not in ("advmod", "quantmod", "det"):
                        return None
                    if label in ("over", "under", "above", "below") and head.dep_ not in (
                        "quantmod",
                        "advmod",
                    ):
                        return None
                return label
        return None

    # ----------------------------------------------------------------- ranges

    def _range_partner(self, doc: Doc, fig: _Fig, sent: Span) -> _Fig | None:
        """Ranges: '$1.3 to $1.5bn' and 'between 3 and 4 million' give two figures with
        low and high; compact '5-7%' and '2-1' stay one figure. Returns the second figure."""
        s_end = sent.end
        core = fig.core
        if core.low is not None and core.high is not None:  # one token: "5–7"
            fig.low, fig.high, fig.value = core.low, core.high, core.low
            if fig.kind == "count" and fig.unit is None and self._small_pair(core.low, core.high):
                fig.kind = "score"
            return None
        k = fig.end if fig.end < s_end and doc[fig.end].lower_ in _JOINERS else core.end
        if k + 1 >= s_end or doc[k].lower_ not in _JOINERS:
            return None
        joiner = doc[k].lower_
        dash = joiner in ("-", "–", "—")
        compact = dash and not doc[k - 1].whitespace_ and not doc[k].whitespace_
        if dash and not compact:
            return None
        before = [doc[x].lower_ for x in range(max(sent.start, fig.start - 2), fig.start)]
        if joiner == "and" and "between" not in before:
            return None
        start2 = k + 1
        if start2 + 1 < s_end and doc[start2].text in _SIGNS:
            start2 += 1
        if not self._may_start(doc[start2]):
            return None
        other = self._core(doc, start2, s_end)
        if other is None:
            return None
        partner = self._build(doc, other, sent)
        if partner is None:
            return None
        if joiner == "to" and fig.kind != "count" and partner.kind != fig.kind:
            return None  # "rose 12.5% to $4.2bn": a change, not a range
        if (
            not core.scaled
            and other.scaled
            and other.scale > 1
            and core.value <= other.value / other.scale
        ):
            fig.value = core.value * other.scale  # "3 and 4 million", "$1.3 to $1.5bn"
        if (
            compact
            and fig.kind == "count"
            and partner.kind in ("count", "score")
            and self._small_pair(core.value, other.value)
            and (
                fig.unit is None
                and partner.unit is None
                or (fig.unit or partner.unit or "") in _SCORE_NOUNS
            )
        ):
            fig.kind, fig.low, fig.high = "score", fig.value, other.value  # "won 2-1"
            fig.end, fig.char_end = other.end, other.char_end
            fig.unit = fig.noun = None
            return None
        if fig.unit is None and partner.unit is not None and fig.kind in ("count", "ratio"):
            fig.unit, fig.kind = partner.unit, partner.kind
        if compact:
            fig.low, fig.high = fig.value, partner.value
            fig.end, fig.char_end = partner.end, partner.char_end
            if fig.unit is None or fig.kind == "count" and partner.kind != "count":
                fig.unit, fig.noun, fig.kind = partner.unit, partner.noun, partner.kind
            return None
        change = (
            joiner == "to"
            and ("from" in before[-1:] or fig.kind != "count" or fig.unit is not None)
            and self._under_change(doc, k)
        )
        if not change:
            fig.low, fig.high = fig.value, partner.value
            partner.low, partner.high = fig.value, partner.value
            fig.extra["range"] = partner.extra["range"] = True
        return partner

    @staticmethod
    def _small_pair(a: float, b: float) -> bool:
        return float(a).is_integer() and float(b).is_integer() and 0 <= a < 20 and 0 <= b < 20

    @staticmethod
    def _under_change(doc: Doc, k: int) -> bool:
        """Is the 'to' at ``k`` (of 'from X to Y') governed by a word of change?"""
        cur = doc[k]
        for _ in range(3):
            cur = cur.head
            lemma = cur.lemma_.lower()
            if (
                lemma in _UP_WORDS
                or lemma in _DOWN_WORDS
                or lemma in ("change", "move", "shift", "go")
            ):
                return True
            if cur.head.i == cur.i:
                break
        return False

    @staticmethod
    def _raw(doc: Doc, core: _Core) -> float:
        match = _DIGITS.match(doc[core.start].text)
        if match:
            value = _num(match.group("num"))
            if value:
                return value
        return core.value or 1.0

    # ----------------------------------------------------------------- meanings

    def _meanings(self, doc: Doc, sent: Span, figs: list[_Fig]) -> None:
        dates = _entities_in(sent, ("DATE", "TIME"))
        taken = [(f.start, f.end) for f in figs]
        dates = [
            e
            for e in dates
            if not any(a < e.end and e.start < b for a, b in taken)
            and not _HYPHEN_DATE.match(e.text)
        ]
        for fig in figs:
            self._base(doc, fig, sent)
            fig.when = self._when(doc, fig, dates)
            self._change(doc, fig, figs, sent)
        for fig in figs:
            others = [(f.start, f.end) for f in figs if f is not fig]
            fig.about = self._about(doc, fig, sent, others)

    @staticmethod
    def _base(doc: Doc, fig: _Fig, sent: Span) -> None:
        if fig.of or fig.kind not in ("percent", "ratio"):
            return
        j = fig.end
        if j < sent.end and doc[j].lower_ == "of":
            prep = doc[j]
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                return
            left = pobj.left_edge.i
            while left < pobj.i and doc[left].lower_ in _DETERMINERS:
                left += 1
            right = pobj.i
            for c in pobj.rights:
                if c.dep_ == "compound" or c.dep_ == "case":
                    right = max(right, c.right_edge.i)
            if right - left <= 8:
                fig.of = doc[left : right + 1].text

    @staticmethod
    def _when(doc: Doc, fig: _Fig, dates: list[Span]) -> str | None:
        best: tuple[int, Span] | None = None
        for ent in dates:
            if ent.start >= fig.end:
                dist = ent.start - fig.end
            elif ent.end <= fig.start:
                dist = fig.start - ent.end + 3  # prefer dates after the figure
            else:
                continue
            if dist > 20:
                continue
            if best is None or dist < best[0]:
                best = (dist, ent)
        if best is None:
            return None
        ent = best[1]
        start = ent.start
        if (
            start > 0
            and doc[start - 1].lower_ in _WHEN_PREPS
            and doc[start - 1].lower_ not in ("of", "to", "for")
        ):
            start -= 1
        return doc[start : ent.end].text

    def _change(self, doc: Doc, fig: _Fig, figs: list[_Fig], sent: Span) -> None:
        tok = doc[fig.noun] if fig.noun is not None else doc[fig.core.end - 1]
        if fig.kind in ("money", "percent") and fig.end - 1 > fig.core.end - 1:
            tok = doc[fig.end - 1] if doc[fig.end - 1].text == "%" else doc[fig.core.end - 1]
        role = None
        cur = tok
        trigger: Token | None = None
        for _ in range(5):
            if cur.head.i == cur.i or cur.dep_ in ("conj", "ccomp", "advcl", "relcl", "acl"):
                break
            cur = cur.head
            cl = cur.lower_
            if cur.dep_ == "prep" or cur.pos_ == "ADP":
                if cl in ("to", "from", "by") and role is None:
                    role = cl
                continue
            lemma = cur.lemma_.lower()
            if (
                lemma in _UP_WORDS
                or lemma in _DOWN_WORDS
                or lemma in _NEUTRAL_CHANGE
                or cl in _UP_WORDS
                or cl in _DOWN_WORDS
            ):
                trigger = cur
                break
            if cur.pos_ in ("VERB", "AUX"):
                break
        if trigger is None:
            return
        lemma = trigger.lemma_.lower()
        tl = trigger.lower_
        if lemma in _UP_WORDS or tl in _UP_WORDS:
            direction = "up"
        elif lemma in _DOWN_WORDS or tl in _DOWN_WORDS:
            direction = "down"
        else:
            direction = None
        if fig.extra.get("range") and role in ("from", "to") and lemma in ("range", "vary"):
            return
        fig.role = role if role in ("from", "to") else None
        fig.extra["trigger"] = trigger.i
        # siblings under the same trigger give from and to values
        for other in figs:
            if other is fig or other.extra.get("trigger") != trigger.i:
                continue
            if other.role == "to" and fig.role != "to" and fig.to_value is None:
                fig.to_value = other.value
                if other.from_value is None and fig.role == "from":
                    other.from_value = fig.value
            if other.role == "from" and fig.role != "from":
                fig.from_value = other.value
            if fig.role == "to" and other.role != "to" and other.to_value is None:
                other.to_value = fig.value
            if fig.role == "from" and other.role != "from":
                other.from_value = fig.value
        if fig.role == "to":
            fig.to_value = fig.value
        elif fig.role == "from":
            fig.from_value = fig.value
        # up from / down from: "up from 800" gives the earlier value
        for other in figs:
            if (
                other.extra.get("trigger") == trigger.i
                and other.direction is None
                and direction is None
                and other.from_value is not None
                and other.to_value is not None
            ):
                direction = "up" if other.to_value > other.from_value else "down"
        if direction is None and fig.from_value is not None and fig.to_value is not None:
            direction = "up" if fig.to_value > fig.from_value else "down"
        fig.direction = direction
        for other in figs:
            if other.extra.get("trigger") == trigger.i and other.direction is None:
                other.direction = direction

    @staticmethod
    def _about(doc: Doc, fig: _Fig, sent: Span, spans: list[tuple[int, int]]) -> str | None:
        """A short phrase of what is measured: the counted noun, the base, and the clause
        the figure belongs to without the figure's own phrase, dates and other figures."""
        parts: list[str] = []
        noun_i = fig.noun if fig.noun is not None else fig.extra.get("head")
        if noun_i is not None and fig.kind not in ("money", "percent"):
            noun = doc[noun_i]
            mods = [
                c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.i > fig.core.end - 1
            ]
            first = min([noun_i] + [m.left_edge.i for m in mods])
            parts.append(doc[first : noun_i + 1].text)
        if fig.of:
            parts.append(("share of " if fig.kind == "percent" else "of ") + fig.of)
        anchor = doc[noun_i] if noun_i is not None else doc[fig.core.end - 1]
        own = anchor  # the figure's own phrase: up to its nearest preposition
        cur = anchor
        verb: Token | None = None
        for _ in range(8):
            if cur.head.i == cur.i:
                break
            nxt = cur.head
            if nxt.pos_ in ("VERB", "AUX"):
                if nxt.dep_ in ("acl", "relcl", "amod") and nxt.head.i != nxt.i:
                    cur = nxt.head  # a participle inside the phrase: the clause is higher
                    continue
                verb = nxt
                break
            inside = any(a <= nxt.i < b for a, b in spans)
            if (
                nxt.pos_ == "NOUN"
                and nxt.i < fig.start
                and not parts
                and not inside
                and cur.dep_ in ("prep", "pobj", "amod", "nummod", "appos", "npadvmod")
            ):
                left = nxt.left_edge.i
                while left < nxt.i and doc[left].lower_ in _DETERMINERS:
                    left += 1
                if nxt.i - left <= 5:
                    return doc[left : nxt.i + 1].text
            if (nxt.dep_ == "prep" or nxt.pos_ == "ADP") and not (fig.start <= nxt.i < fig.end):
                if own is anchor:
                    own = nxt
            cur = nxt
        if verb is None:
            return " ".join(parts) or None
        if own is anchor:
            own = cur
        drop = {t.i for t in own.subtree} | set(range(fig.start, fig.end))
        for child in verb.children:
            sub = list(child.subtree)
            if child.dep_ in (
                "punct",
                "aux",
                "auxpass",
                "mark",
                "cc",
                "conj",
                "ccomp",
                "advcl",
                "neg",
                "parataxis",
                "dep",
                "relcl",
                "expl",
                "prt",
                "advmod",
                "npadvmod",
                "xcomp",
                "appos",
            ):
                drop.update(t.i for t in sub)
            elif child.dep_ == "prep" and any(
                c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in child.children
            ):
                drop.update(t.i for t in sub)
            elif any(a < child.right_edge.i + 1 and child.left_edge.i < b for a, b in spans):
                drop.update(t.i for t in sub)
            elif child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("that", "which", "who"):
                drop.update(t.i for t in sub)
        for t in verb.subtree:
            if (
                t.dep_ == "appos"
                or t.dep_ == "prep"
                and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in t.children)
            ):
                drop.update(x.i for x in t.subtree)
        words = []
        for t in verb.subtree:
            if t.i > verb.i and t.text in ("—", "–", ";", ":", "("):
                break  # an aside after a dash is not part of what is measured
            if (
                t.i not in drop
                and (not t.is_punct or t.text in ("'s", "’s", "-"))
                and sent.start <= t.i < sent.end
            ):
                words.append(t.text)
        if len(words) > 16:
            words = words[:16]
        if words:
            parts.append(" ".join(words).replace(" 's", "'s").replace(" ’s", "’s"))
        return " ".join(parts).strip() or None

    # ----------------------------------------------------------------- output

    @staticmethod
    def _to_figure(text: str, fig: _Fig) -> Figure:
        start, end = fig.char_start, fig.char_end
        if end <= start:
            end = start + 1
        # never end on a trailing full stop or space
        while end > start + 1 and text[end - 1] in " .\n\t":
            end -= 1
        kind = fig.kind
        unit = fig.unit
        if kind == "money" and unit:
            unit = unit.upper() if unit != "USD cents" else unit
        return Figure(
            text=text[start:end],
            start=start,
            end=end,
            value=_tidy(fig.value),
            unit=unit,
            kind=kind,
            approx=fig.approx,
            low=_tidy(fig.low),
            high=_tidy(fig.high),
            total=_tidy(fig.total),
            share=fig.share,
            of=fig.of,
            when=fig.when,
            direction=fig.direction,
            from_value=_tidy(fig.from_value),
            to_value=_tidy(fig.to_value),
            about=fig.about,
        )


def _entities_in(sent: Span, labels: tuple[str, ...]) -> list[Span]:
    """Entities of ``labels`` inside ``sent``, read from the sentence's own tokens
    (``Span.ents`` walks every entity of the document: quadratic over long texts)."""
    doc = sent.doc
    found: list[Span] = []
    i = sent.start
    while i < sent.end:
        token = doc[i]
        if token.ent_iob_ == "B" and token.ent_type_ in labels:
            end = i + 1
            while end < sent.end and doc[end].ent_iob_ == "I":
                end += 1
            found.append(Span(doc, i, end, label=token.ent_type_))
            i = end
        else:
            i += 1
    return found


@Language.factory("factx_figures", assigns=["doc._.factx_figures"], default_config={})
def make_figures(nlp: Language, name: str) -> FiguresExtractor:
    """spaCy factory for :class:`FiguresExtractor`."""
    return FiguresExtractor(nlp, name)
