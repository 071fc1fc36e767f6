"""Given names and the sex of most of their bearers (US Census Bureau 1990 lists, widened
with the given names of Faker's European, Irish, African and other person providers), and
ordinary English words (SCOWL)."""

from __future__ import annotations

import gzip
import importlib
import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

# Personal pronouns by the sex (or number) of whom they refer to; shared by the entity
# and quote components.
MALE_PRONOUNS = frozenset({"he", "him", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
NEUTER_PRONOUNS = frozenset({"it"})
PRONOUN_SEX = {
    **dict.fromkeys(MALE_PRONOUNS | {"himself"}, "m"),
    **dict.fromkeys(FEMALE_PRONOUNS | {"herself"}, "f"),
}
# Kinship nouns by the sex they give the one so named ("her father, Murray"); shared by
# the entity and quote components.
MALE_KIN = frozenset("father son brother husband uncle nephew grandfather grandson".split())
FEMALE_KIN = frozenset(
    "mother daughter sister wife aunt niece grandmother granddaughter widow".split()
)


def kin_sex(word: str) -> str | None:
    """The sex a kinship noun gives ("husband": "m", "daughter": "f"), else None."""
    word = word.lower()
    return "m" if word in MALE_KIN else "f" if word in FEMALE_KIN else None


# Abbreviated titles written before a name, and what they stand for ("Gov.", "Sen.").
TITLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant",
    "supt": "superintendent", "insp": "inspector", "prof": "professor", "cllr": "councillor",
    "atty": "attorney", "amb": "ambassador", "adm": "admiral", "cmdr": "commander",
    "maj": "major", "cpl": "corporal", "pte": "private", "brig": "brigadier",
    "det": "detective", "ch": "chief", "spc": "specialist", "pfc": "private",
}  # fmt: skip


@lru_cache(maxsize=1)
def _census_names() -> dict[str, tuple[str | None, bool]]:
    """name -> (sex or None, whether it is also an ordinary English word), census only."""
    text = files("factx").joinpath("data/given_names.tsv").read_text(encoding="utf-8")
    names: dict[str, tuple[str | None, bool]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, sex, *rest = line.split("\t")
            names[name] = (sex if sex in ("m", "f") else None, rest == ["word"])
    return names


@lru_cache(maxsize=1)
def _given_names() -> dict[str, tuple[str | None, bool]]:
    """name -> (sex or None, whether it is also an ordinary English word)."""
    names = dict(_census_names())
    for name, sex in _international_names().items():
        if name not in names:
            names[name] = (sex, name in _common_words())
    # The census marks rare names and unisex ones alike ("-"): a name the curated lists
    # give one sex keeps it ("Gemma", "Siobhan" are rare in the US, not unisex), also over
    # another country's ("Dewi", a Welsh man's name, a Dutch or Indonesian woman's).
    census = _census_names()
    # A name the census leaves without a sex and the other lists give one keeps that one
    # ("Aisha", "Delphine", "Svetlana" are rare in the US census, not unisex), unless it is
    # borne by both in Britain or America.
    international = _international_names()
    for name, (sex, word) in census.items():
        if (
            sex is None
            and not word  # (not "Mercy", "Harmony": words that are names now and then)
            and international.get(name)
            and name not in _UNISEX_GIVEN_NAMES
        ):
            names[name] = (international[name], word)
    for name, sex in {
        **_CELTIC_GIVEN_NAMES,
        **_BRITISH_GIVEN_NAMES,
        **_JAPANESE_GIVEN_NAMES,
        **_SOUTH_ASIAN_GIVEN_NAMES,
    }.items():
        if census.get(name, (None,))[0] is None:
            names[name] = (sex, names[name][1] if name in names else name in _common_words())
    return names


# Faker locales whose given names turn up in British and international news.
_FAKER_LOCALES = """en_GB en_IE en_NZ de_DE de_AT fr_FR fr_BE it_IT es_ES pt_PT pt_BR nl_NL nl_BE
sv_SE no_NO da_DK fi_FI pl_PL cs_CZ sk_SK sl_SI hr_HR hu_HU ro_RO ru_RU el_GR tr_TR en_KE en_NG
ga_IE is_IS""".split()
# Locales whose given names (with their sex) are wanted too, but not their family names,
# which include common English and place words ("Bath", "Tata").
_GIVEN_NAME_ONLY_LOCALES = ["en_IN", "tw_GH", "yo_NG", "ig_NG", "ha_NG", "zu_ZA"]


def _faker_person_providers(locales: tuple[str, ...] | list[str]) -> list[type]:
    """The person provider classes of Faker's ``locales``, skipping any a given Faker
    release lacks."""
    providers = []
    for locale in locales:
        try:
            providers.append(importlib.import_module(f"faker.providers.person.{locale}").Provider)
        except (ImportError, AttributeError):
            continue
    return providers


# Welsh, Scottish Gaelic and Irish given names that neither the census nor Faker's
# locales list, with their sex; compiled for factx from general knowledge by its
# maintainers (2026-12-06), not from any article of its data sets.
_CELTIC_GIVEN_NAMES = {
    **dict.fromkeys(
        """ifor iwan ieuan ioan iolo gethin geraint dafydd dai alun aled huw hywel emrys
        elfyn meirion owain bryn glyn gwyn dyfrig dylan rhodri rhun tudur cai carwyn
        cynan deiniol dewi elis emyr gruffydd gwilym idris llyr macsen meilyr osian
        peredur sion siôn steffan taliesin trefor tomos wyn berwyn caradog cledwyn
        derfel eifion garmon goronwy gwion hefin ithel llewelyn maldwyn prys tegid
        torquil murdo struan lachlan ruaridh ruairidh calum alasdair alistair uisdean
        tormod seumas domhnall eachann fionnlagh coinneach raghnall somhairle oisin
        oisín cathal tadhg padraig pádraig ruairi lorcan fergal colm cormac donal
        dónal eoin eoghan diarmuid fiachra cillian cian senan ronan caoimhin peadar
        micheal mícheál seosamh aodhan aodhán darragh dilwyn gwynfor""".split(),
        "m",
    ),
    **dict.fromkeys(
        """cerys ffion eleri elin sian siân nia bethan carys catrin gwen gwenllian
        heledd lowri manon megan nerys olwen rhiannon seren siwan tegan mair
        angharad branwen bronwen eirlys gwawr llinos lleucu morfydd nest rhian
        morwenna ailsa morag mhairi catriona seonaid ealasaid iseabail sorcha oighrig
        peigi kirsteen grainne gráinne siobhan siobhán sinead sinéad aoife caoimhe
        niamh roisin róisín saoirse clodagh aisling orla orlaith mairead máiréad
        deirdre eimear fionnuala muireann nuala ciara delyth eluned sioned menna mererid
        gwenda eilidh""".split(),
        "f",
    ),
}


# Given names common in Britain and Ireland and borne there by one sex, which the US
# census lists as rare (so without a sex); compiled for factx from general knowledge by
# its maintainers (2026-12-06), leaving out names borne by both ("Lindsey", "Courtney",
# "Nicola" in Italy, "Jean" in France).
_BRITISH_GIVEN_NAMES = {
    **dict.fromkeys(
        """abdul adrian antony arron brendon duncan ezra josiah kristian kurtis lyndon
        micah mohamed mohammad mohammed myles neville nigel stefan theo tobias toby
        tristan wyatt""".split(),
        "m",
    ),
    **dict.fromkeys(
        """abbey abbie aleisha alanna ariana arianne ashleigh ayesha bella beverley
        brigid britney bronwyn caitlyn carmel celine chantel chantelle chelsey chloe
        collette dayna dionne ellie emilie evie fiona francesca gabriella gemma gillian
        hayley hollie iona isabella isobel jade kaitlin kaitlyn kayleigh keely keira
        kerrie kiera kirstie kirstin kylie layla leonie lyndsay lyndsey lynsey madeleine
        maia maya meaghan michaela mikaela phoebe rhiannon scarlett selina shakira
        shanice shona tegan tess thea tiana una vivienne yasmin yasmine zoe""".split(),
        "f",
    ),
}
# Given names borne by men and by women in Britain or America, which one of the other
# lists gives a single sex; compiled for factx from general knowledge by its maintainers
# (2026-12-07).
_UNISEX_GIVEN_NAMES = frozenset(
    """casey chris courtney dana jody kai lee lesley lindsey lynn mackenzie madison mel nicky
    noel paris sandy shay shea shelby stacy terry tracy tory willie kris jessie billie
    frankie hayden hunter reagan jordon jules an my li thi yan von love india sol skye
    micha michal mika jann jani kali lauri loan lean ronni sandi tama tai tomi dani geri
    marin rene andree del clair carmine beau bebe bambi emerald lore""".split()
)
# South Asian given names common in British and American news that Faker's en_IN locale
# lacks, with their sex; compiled for factx from general knowledge by its maintainers
# (2026-12-08), not from any article of its data sets.
_SOUTH_ASIAN_GIVEN_NAMES = {
    **dict.fromkeys(
        """rajiv vikram sanjay anil deepak rahul amit ravi suresh ramesh rajesh sunil ajay
        vijay manoj ashok arvind naveen pradeep sandeep rakesh mahesh ganesh dinesh prakash
        harish nitin rohit sachin vivek varun karthik mohan gopal venkat srinivas satish
        sanjeev rajendra narendra mukesh anand imran tariq faisal asif khalid""".split(),
        "m",
    ),
    **dict.fromkeys(
        """anjali sunita kavita pooja neha deepa lakshmi meera nisha rekha usha geeta radha
        sushma padma divya swati preeti shweta anita savita nandini shabana nasreen
        farida""".split(),
        "f",
    ),
}
# Japanese given names borne by one sex, which the US census lists as rare; compiled for
# factx from general knowledge by its maintainers (2026-12-07), leaving out names borne by
# both ("Akira", "Makoto", "Hikaru").
_JAPANESE_GIVEN_NAMES = {
    **dict.fromkeys(
        """hiroshi takashi kenji kenichi taro jiro ichiro hideo hideki satoshi takeshi
        tetsuya kazuo masahiro shinji shinzo yoshihiko fumio daisuke ryota haruto sota yuto
        kenta shota koji yuji naoki hiroki kazuki takuya tatsuya yoshio toshio nobuo
        shigeru tsutomu osamu isamu masaru yasuo katsuya junichiro""".split(),
        "m",
    ),
    **dict.fromkeys(
        """keiko akiko yoko yuko naoko kumiko michiko noriko sachiko tomoko hiroko junko
        kazuko mariko masako reiko emiko yumiko yukiko haruko kyoko megumi ayumi hitomi
        mayumi nozomi kaori sayuri aiko ayaka misaki haruka sakura hina yuriko fumiko
        chieko setsuko""".split(),
        "f",
    ),
}


@lru_cache(maxsize=1)
def _international_names() -> dict[str, str | None]:
    """Given names of British, Irish, European, African, Indian and other locales
    ("Graeme", "Euan", "Anders", "Priya", "Kwame"), from the person providers of the Faker
    package (MIT licence): the census lists are American. A name both lists give to men
    and to women has no sex."""
    sexes: dict[str, set[str]] = {}
    for provider in _faker_person_providers(_FAKER_LOCALES + _GIVEN_NAME_ONLY_LOCALES):
        for attr, sex in (("first_names_male", "m"), ("first_names_female", "f")):
            values = getattr(provider, attr, None) or ()
            for value in values:
                if isinstance(value, str) and value.isalpha() and value[:1].isupper():
                    sexes.setdefault(value.lower(), set()).add(sex)
    for name, sex in _CELTIC_GIVEN_NAMES.items():
        sexes.setdefault(name, set()).add(sex)
    return {name: (next(iter(s)) if len(s) == 1 else None) for name, s in sexes.items()}


def given_name_gender(word: str) -> str | None:
    """'m' or 'f' when ``word`` is a given name borne mostly (90%+) by men or by women
    (of two joined by a hyphen, the first's when the second does not say otherwise)."""
    first, hyphen, second = word.partition("-")
    if hyphen:
        sex = given_name_gender(first)
        return sex if given_name_gender(second) in (None, sex) else None
    found = _given_name_entry(word)
    return found[0] if found else None


def is_given_name(word: str, international: bool = True) -> bool:
    """True when ``word`` is a common given name and not also an ordinary word ('Star',
    'Grace', 'Bill' are left out: capitalised, they may start a title or a name alike);
    ``international=False`` keeps to the census lists. Two given names joined by a hyphen
    make one ('Anne-Marie', 'Jean-Pierre')."""
    first, hyphen, second = word.partition("-")
    if hyphen:
        return (
            first[:1].isupper()
            and second[:1].isupper()
            and is_given_name(first, international)
            and is_given_name(second, international)
        )
    found = _given_name_entry(word)
    if found is not None and not international:
        # (the census spells without accents: "Efraín" is its "Efrain")
        found = _census_names().get(word.lower()) or _census_names().get(unaccented(word).lower())
    return found is not None and not found[1]


def _given_name_entry(word: str) -> tuple[str | None, bool] | None:
    """The lists' entry for a given name, also when written with accents the lists leave
    out ("Seán", "Ciarán", "Máire" are "Sean", "Ciaran", "Maire")."""
    names = _given_names()
    found = names.get(word.lower())
    if found is None and not word.isascii():
        found = names.get(unaccented(word).lower())
    return found


def unaccented(word: str) -> str:
    """``word`` without its accents ("Efraín" -> "Efrain")."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Familiar forms of English given names and the names they shorten ("Dave" for "David"),
# from general knowledge; a form may shorten more than one name ("Steve").
_FAMILIAR_FORMS: dict[str, tuple[str, ...]] = {
    "dave": ("david",),
    "davey": ("david",),
    "danny": ("daniel",),
    "dan": ("daniel",),
    "mike": ("michael",),
    "mick": ("michael",),
    "mickey": ("michael",),
    "bill": ("william",),
    "billy": ("william",),
    "will": ("william",),
    "willie": ("william",),
    "bob": ("robert",),
    "bobby": ("robert",),
    "rob": ("robert",),
    "robbie": ("robert",),
    "jim": ("james",),
    "jimmy": ("james",),
    "tom": ("thomas",),
    "tommy": ("thomas",),
    "tony": ("anthony",),
    "steve": ("stephen", "steven"),
    "stevie": ("stephen", "steven"),
    "chris": ("christopher",),
    "andy": ("andrew",),
    "ted": ("edward",),
    "ed": ("edward",),
    "eddie": ("edward",),
    "ben": ("benjamin",),
    "sam": ("samuel",),
    "alex": ("alexander", "aleksander", "alexandra", "aleksandra", "alexandre", "alejandro"),
    "sasha": ("alexander", "aleksandr", "alexandra", "aleksandra"),
    "dima": ("dmitri", "dmitry"),
    "nick": ("nicholas",),
    "pete": ("peter",),
    "phil": ("philip", "phillip"),
    "matt": ("matthew",),
    "joe": ("joseph",),
    "charlie": ("charles",),
    "greg": ("gregory",),
    "jeff": ("jeffrey",),
    "ken": ("kenneth",),
    "kenny": ("kenneth",),
    "larry": ("lawrence",),
    "ron": ("ronald",),
    "ronnie": ("ronald",),
    "don": ("donald",),
    "tim": ("timothy",),
    "terry": ("terence",),
    "ray": ("raymond",),
    "rick": ("richard",),
    "ricky": ("richard",),
    "dick": ("richard",),
    "doug": ("douglas",),
    "fred": ("frederick",),
    "freddie": ("frederick",),
    "kate": ("katherine", "catherine"),
    "katie": ("katherine", "catherine"),
    "cathy": ("catherine",),
    "liz": ("elizabeth",),
    "beth": ("elizabeth",),
    "jenny": ("jennifer",),
    "becky": ("rebecca",),
    "vicky": ("victoria",),
    "sue": ("susan",),
    "jonny": ("jonathan",),
    "jon": ("jonathan",),
    "josh": ("joshua",),
    "zach": ("zachary",),
    "nate": ("nathan", "nathaniel"),
    "jake": ("jacob",),
    "gabe": ("gabriel",),
    "chuck": ("charles",),
    "hank": ("henry",),
    "bernie": ("bernard",),
    "vince": ("vincent",),
    "stu": ("stuart", "stewart"),
    "theo": ("theodore",),
    "maggie": ("margaret",),
    "meg": ("margaret", "megan"),
    "abby": ("abigail",),
    "mandy": ("amanda",),
    "jen": ("jennifer",),
    "manny": ("manuel",),
    "rafa": ("rafael",),
    "paco": ("francisco",),
    "nacho": ("ignacio",),
}


def same_given_name(a: str, b: str) -> bool:
    """True when two given names are the same or one is a familiar form of the other
    ("Dave" and "David", "Danny" and "Daniel")."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    return b in _FAMILIAR_FORMS.get(a, ()) or a in _FAMILIAR_FORMS.get(b, ())


def is_known_name(word: str) -> bool:
    """True when ``word`` is a common given name, even one that is also an ordinary word."""
    return _given_name_entry(word) is not None


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The lower-case words of an English spelling list (SCOWL, see the file's header)."""
    data = files("factx").joinpath("data/common_words.txt.gz").read_bytes()
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_common_word(word: str) -> bool:
    """True when ``word`` in lower case is an ordinary English word."""
    return word.lower() in _common_words()


# Faker locales for surnames: the given-name locales and the American one.
_SURNAME_LOCALES = (*_FAKER_LOCALES, "en_US")
# Where Faker's person providers keep surnames (pl_PL and is_IS use the last two).
_SURNAME_ATTRIBUTES = (
    "last_names",
    "last_names_male",
    "last_names_female",
    "male_last_names",
    "female_last_names",
    "unisex_last_names",
    "last_names_without_suffix",
)


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """Surnames of Faker's person providers (MIT licence), lower case."""
    names: set[str] = set()
    for provider in _faker_person_providers(_SURNAME_LOCALES):
        for attr in _SURNAME_ATTRIBUTES:
            values = provider.__dict__.get(attr)  # a dict when weighted by frequency
            if isinstance(values, (list, tuple, dict)):  # not a property of the class
                names.update(v.lower() for v in values if isinstance(v, str))
    return frozenset(names)


def is_surname(word: str) -> bool:
    """True when ``word`` is a surname of one of Faker's locales for given names, or of
    its American one."""
    return word.lower() in _surnames()


@lru_cache(maxsize=1)
def _chinese_family_names() -> frozenset[str]:
    """The romanised Chinese family names of Faker's zh_CN person provider ("Li", "Zhang")."""
    for provider in _faker_person_providers(["zh_CN"]):
        names = getattr(provider, "last_romanized_names", None) or ()
        return frozenset(n.lower() for n in names if isinstance(n, str))
    return frozenset()


# one pinyin syllable: an optional initial and a final ("jian", "guo", "hui")
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|an|ao|ei|en|er|ia|ie|in|iu|ou|ua"
    r"|ue|ui|un|uo|a|e|i|o|u|v)"
)
_PINYIN_GIVEN_NAME = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,3}}", re.IGNORECASE)


def is_chinese_name_order(family: str, given: str) -> bool:
    """``family`` is a Chinese family name and ``given`` a given name in pinyin, written
    family name first ("Li Jianguo", "Hu Jintao"): a title goes with the family name."""
    return (
        family.lower() in _chinese_family_names()
        and given[:1].isupper()
        and given[1:].islower()
        and _PINYIN_GIVEN_NAME.fullmatch(given) is not None
    )


def is_given_first_chinese_name(words: list[str]) -> bool:
    """Given names in pinyin, then a Chinese family name, as written in Singapore, Malaysia
    or the West ("Jia Hui Tan", "Wei Ling Chen")."""
    return (
        len(words) >= 2
        and words[-1].lower() in _chinese_family_names()
        and all(
            w[:1].isupper() and w[1:].islower() and _PINYIN_GIVEN_NAME.fullmatch(w) is not None
            for w in words[:-1]
        )
    )


# The commonest Vietnamese family names (about nine in ten Vietnamese carry one), without
# diacritics, and the middle names that mark a woman's and a man's name ("Thi", "Van").
_VIETNAMESE_FAMILY_NAMES = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh
    lam mai trinh cao luong""".split()
)
VIETNAMESE_MIDDLE_NAMES = frozenset({"thi", "van", "thị", "văn"})


def is_vietnamese_name_order(words: list[str]) -> bool:
    """Three words written family name first with a Vietnamese middle name ("Vu Thi Hoa",
    "Tran Van Duc"): a title goes with the family name ("Ms Vu", "Mr Tran")."""
    return (
        len(words) == 3
        and words[0].lower() in _VIETNAMESE_FAMILY_NAMES
        and words[1].lower() in VIETNAMESE_MIDDLE_NAMES
        and all(w[:1].isupper() for w in words)
    )


def is_vietnamese_family_name(word: str) -> bool:
    """One of the commonest Vietnamese family names ("Nguyen", "Tran", "Vu")."""
    return word.lower() in _VIETNAMESE_FAMILY_NAMES


# The commonest Korean family names in their usual romanisations (the first forty or so
# cover nine in ten Koreans), leaving out those spelt like English words ("In", "So").
_KOREAN_FAMILY_NAMES = frozenset(
    """kim gim lee yi rhee park pak bak choi choe jung jeong chung kang cho jo yoon yun jang
    chang lim im han oh seo suh shin sin kwon gwon hwang ahn song yoo yu ryu jeon jun chun
    hong ko moon mun yang son sohn bae baek paik heo hur nam shim sim noh roh kwak sung
    seong cha joo ju woo koo ku min na jin ji eom um chae won cheon bang gong kong hyun ham
    byun byeon yeom yeo choo chu seok sun seol gil yeon wi pyo myung ki ban wang geum ok
    yook yuk maeng tak kook""".split()
)


def is_korean_family_name(word: str) -> bool:
    """One of the commonest Korean family names ("Kim", "Lee", "Han")."""
    return word.lower() in _KOREAN_FAMILY_NAMES


_COMPASS_WORDS = frozenset(
    "North South East West Central Northern Southern Eastern Western Upper Lower Mid".split()
)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Cities, countries, US states and continents (GeoNames, see the file's header), the
    subdivisions of every country (ISO 3166-2, from the pycountry package) and the wholes
    those are parts of ("Yorkshire" for "North Yorkshire")."""
    data = files("factx").joinpath("data/place_names.txt.gz").read_bytes()
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    names = {line for line in lines if line and not line.startswith("#")}
    import pycountry  # its subdivisions: "Powys", "Herefordshire", "Leinster"

    for subdivision in pycountry.subdivisions:
        if " " not in subdivision.name or subdivision.name.istitle():
            names.add(subdivision.name)
        # the whole a subdivision is part of: "North Yorkshire" and "Central Bedfordshire"
        # give "Yorkshire" and "Bedfordshire"
        words = subdivision.name.split()
        while len(words) >= 2 and words[0] in _COMPASS_WORDS:
            words = words[1:]
        whole = " ".join(words)
        if (
            whole != subdivision.name
            and whole.istitle()
            and whole.replace(" ", "").isalpha()
            and not any(is_common_word(w) or is_known_name(w) or is_surname(w) for w in words)
        ):
            names.add(whole)
    return frozenset(names)


def is_place_name(text: str) -> bool:
    """True when ``text`` is, letter for letter, the name of a city of 15,000 people or
    more, a country, a region or a continent ("Mbabane", "Lesotho", "Powys")."""
    return text in _place_names()


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Names of countries (ISO 3166-1, from the pycountry package) and of the nations of the
    United Kingdom."""
    import pycountry

    names = {"England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain"}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name and "," not in name:
                names.add(name)
    return frozenset(names)


def is_country_name(text: str) -> bool:
    """True when ``text`` is, letter for letter, a country's name ("Canada", "Scotland")."""
    return text in _country_names()


def is_demonym(word: str) -> bool:
    """A place's people named by its name and "-er" or "-(i)an" ("Dubliner", "Londoner",
    "Kansan", "Ohioan", "Oregonian"), and no surname ("Bonner") or given name."""
    if len(word) <= 4 or not word[:1].isupper() or is_surname(word) or is_known_name(word):
        return False
    if word.endswith("er"):
        return is_place_name(word[:-2])
    if word.endswith("an"):
        # "Californian", "Ohioan", "Kansan" (Kansas), "Oregonian", "Floridian" (Florida)
        stems = (word[:-1], word[:-2], word[:-1] + "s", word[:-3], word[:-3] + "a")
        return any(len(stem) > 2 and is_place_name(stem) for stem in stems)
    return False


# The Associated Press's abbreviations of US state names ("Sen. X (D-Calif.)"), with the
# older forms some papers keep ("Tex.", "Penn."); the eight short names are not abbreviated.
_AP_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Cal.": "California", "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware",
    "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana",
    "Kan.": "Kansas", "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana",
    "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska",
    "Nebr.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Oreg.": "Oregon",
    "Pa.": "Pennsylvania", "Penn.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wisc.": "Wisconsin", "Wyo.": "Wyoming", "D.C.": "District of Columbia",
}  # fmt: skip


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    """Each way of writing a US state (its name, postal code or AP abbreviation, without
    spaces and in lower case) -> its name, from pycountry's subdivisions of the US."""
    import pycountry

    states: dict[str, str] = {}
    for state in pycountry.subdivisions.get(country_code="US"):
        if state.type in ("State", "District"):
            states[state.name.replace(" ", "").lower()] = state.name
            states[state.code.split("-")[1].lower()] = state.name
    for abbreviation, name in _AP_STATE_ABBREVIATIONS.items():
        states[abbreviation.lower()] = name
    return states


def us_state(text: str) -> str | None:
    """The US state ``text`` names ("Calif.", "CA", "California", "W. Va." -> its name)."""
    return _us_states().get(text.replace(" ", "").lower())


_KEY_PUNCTUATION = re.compile(r"[^\w\s]")
# Titles a list entry may carry ("Sir Elton John", "King Juan Carlos"); the entry is known
# with and without it.
_ENTRY_TITLES = frozenset(
    "sir dame lord lady baroness baron king queen prince princess dr president".split()
)


def name_key(text: str) -> str:
    """A name compared without case, dots, hyphens or other punctuation ("J.K. Rowling",
    "JK Rowling" and "jk rowling" are one key)."""
    text = text.strip().replace("-", " ").replace("‐", " ").replace(".", "")
    return " ".join(_KEY_PUNCTUATION.sub("", text).lower().split())


def _name_list(path: str) -> frozenset[str]:
    keys: set[str] = set()
    for line in files("factx").joinpath(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key = name_key(line)
        keys.add(key)
        words = key.split()
        if len(words) >= 3 and words[0] in _ENTRY_TITLES and words[1] != "of":
            keys.add(" ".join(words[1:]))  # not "of wales" from "Prince of Wales"
        if len(words) >= 2 and words[0] == "the":
            keys.add(" ".join(words[1:]))  # "The Streets" is known as "Streets" too
    return frozenset(keys)


@lru_cache(maxsize=1)
def _known_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Well-known people, and well-known things named like people; a name on both lists
    is on neither."""
    people = _name_list("data/known_people.txt")
    things = _name_list("data/known_things.txt")
    both = people & things
    return people - both, things - both


@lru_cache(maxsize=1)
def _known_first_words() -> frozenset[str]:
    return frozenset(key.split()[0] for key in _known_lists()[0])


@lru_cache(maxsize=1)
def _known_last_words() -> frozenset[str]:
    return frozenset(key.split()[-1] for key in _known_lists()[0] if " " in key)


def is_known_surname(word: str) -> bool:
    """True when some well-known person's full name ends with ``word`` ("Jobs" of "Steve
    Jobs", "Cable" of "Vince Cable")."""
    return name_key(word) in _known_last_words()


def may_open_known_person(word: str) -> bool:
    """True when some well-known person's name starts with ``word`` (a quick filter)."""
    return name_key(word) in _known_first_words()


def is_known_person(key: str) -> bool:
    """True when the name key (see ``name_key``) is a well-known person of the news of the
    2000s: "eminem", "tiger woods", "jk rowling"."""
    return key in _known_lists()[0]


def is_known_thing(key: str) -> bool:
    """True when the name key is a well-known band, firm, fictional character or work named
    like a person: "franz ferdinand", "morgan stanley", "harry potter"."""
    return key in _known_lists()[1]
