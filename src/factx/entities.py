"""Entities: spaCy's named entities, cleaned, clustered into one record per real thing,
with the roles the article gives each person.

Cleaning keeps every mention inside one line, drops page furniture, and drops names that
only appear in headings (title case makes common words look like names there). Clustering
merges surname and honorific forms into the full name ("Mr Abbas" -> "Mahmoud Abbas"),
acronyms into their expansions ("U.S." -> "United States") and spelling variants of one
name; the label of a cluster is the majority label of its mentions.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup, Token

from .document import Entity, Mention
from .names import (
    FEMALE_KIN,
    MALE_KIN,
    PRONOUN_SEX,
    TITLE_ABBREVIATIONS,
    VIETNAMESE_MIDDLE_NAMES,
    given_name_gender,
    is_chinese_name_order,
    is_common_word,
    is_country_name,
    is_demonym,
    is_given_first_chinese_name,
    is_given_name,
    is_known_name,
    is_known_person,
    is_known_surname,
    is_known_thing,
    is_korean_family_name,
    is_place_name,
    is_surname,
    is_vietnamese_family_name,
    is_vietnamese_name_order,
    kin_sex,
    may_open_known_person,
    name_key,
    same_given_name,
    unaccented,
    us_state,
)
from .segment import Line, is_heading

SPAN_GROUP = "factx_entities"
NAME_LABELS = frozenset(
    {
        "PERSON",
        "ORG",
        "GPE",
        "LOC",
        "NORP",
        "FAC",
        "EVENT",
        "PRODUCT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    }
)
PROPER_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr sir dame lord lady prof professor rev reverend fr father sr sra "
    "herr frau mme mlle monsieur madame baroness baron viscount viscountess countess hon".split()
)
# Honorifics of a style ("the Rt Rev", "the Right Honourable") and the words that open one.
_STYLED_HONORIFICS = frozenset("rev reverend hon honourable honorable".split())
_STYLE_PREFIXES = frozenset("rt right very most".split())
# Honorifics used with the surname ("Mr Abbas"); "Sir" and "Dame" go with the first name.
SURNAME_HONORIFICS = frozenset(
    "mr mrs ms miss mx dr lord lady prof professor herr frau mme mlle monsieur madame baroness "
    "baron viscount viscountess countess".split()
)
# Words that name an office, rank or function: they make up titles such as "former Prime
# Minister" or "Principal Deputy Director" and are never a person's name on their own.
ROLE_WORDS = frozenset(
    """president vice prime minister secretary director deputy principal chief chairman
    chairwoman chair chairperson executive officer governor senator sen rep representative
    congressman congresswoman ambassador general gen colonel col major captain capt lieutenant
    lt admiral commander sergeant sgt judge justice king queen prince princess emperor empress
    pope chancellor mayor leader spokesman spokeswoman spokesperson commissioner manager coach
    head founder editor analyst economist minister mp mep msp mla td ceo cfo coo boss former acting
    interim foreign defense defence home interior finance shadow attorney sheriff inspector
    superintendent constable detective bishop archbishop cardinal rabbi imam sheikh emir
    sultan premier speaker senior junior assistant associate managing chairs president-elect
    vice-president co-founder striker midfielder defender goalkeeper skipper captain
    correspondent reporter presenter producer actor actress singer star author writer
    chancellor treasurer counsel counselor counsellor lawyer solicitor barrister spokesmen
    officials official
    director-general secretary-general governor-general deputy-director expert comic
    comedian singer rapper artist painter novelist poet playwright dramatist designer chef
    boxer golfer sprinter athlete runner swimmer cyclist jockey trainer winger flanker
    prop hooker scrum-half fly-half full-back batsman bowler nominee entrepreneur
    businessman businesswoman tycoon billionaire millionaire activist campaigner musician
    guitarist drummer bassist vocalist frontman dj host filmmaker film-maker screenwriter
    journalist columnist critic historian scientist researcher doctor surgeon nurse
    teacher student pupil veteran legend widow widower wife husband son daughter mother
    father brother sister girlfriend boyfriend fiancee fiance uncle aunt grandson
    granddaughter keeper frenchman englishman scotsman welshman irishman olympian
    strategist trader broker rounder wicketkeeper seamer spinner paceman batter batswoman
    all-rounder
    international pianist violinist cellist saxophonist trumpeter composer conductor
    songwriter soprano tenor baritone photographer sculptor architect dancer ballerina
    choreographer cartoonist illustrator champion hurdler heptathlete decathlete
    marathoner rower gymnast wrestler skier skater footballer cricketer referee umpire
    lecturer professor academic psychologist psychiatrist physicist chemist biologist engineer
    astronaut soldier councillor diplomat envoy negotiator prosecutor magistrate coroner
    policeman policewoman priest vicar canon archdeacon rector curate deacon churchwarden
    verger blogger programmer hacker broadcaster commentator
    pundit newsreader
    biographer philosopher theologian banker adviser advisor aide heiress seed performer
    entertainer backbencher physio physiotherapist selector medic supt insp player
    quarterback linebacker cornerback halfback tailback receiver rookie pitcher shortstop
    outfielder infielder catcher reliever forward centre center guard
    marshal coordinator ombudsman midwife paramedic firefighter planner headteacher
    curator librarian councilman councilwoman alderman warden farmer pastor chaplain
    comptroller registrar clerk assessor supervisor provost administrator organiser organizer
    trustee regent selectman selectwoman consultant councilmember climatologist
    meteorologist epidemiologist virologist hydrologist geologist ecologist sociologist
    criminologist pathologist physician pediatrician paediatrician pharmacist dentist
    veterinarian forecaster
    """.split()
)
# Words of ROLE_WORDS that qualify an office rather than name one ("home secretary").
_PORTFOLIO_WORDS = frozenset("home foreign defense defence interior finance".split())
_ROLE_MODIFIERS = _PORTFOLIO_WORDS | frozenset(
    """former acting interim senior junior vice deputy principal associate managing assistant
    shadow chief""".split()
)
_ROMAN = re.compile(r"[IVX]+")
# Words after a surname that are no part of it: generations and letters after a name.
POST_NOMINALS = frozenset("MP MSP MEP MS AM TD MLA QC KC SC OBE MBE CBE".split())
# letters only a person has after a name (not "MP": "Bolton West MP Ruth Turner")
_PERSON_LETTERS = POST_NOMINALS - {"MP", "MSP", "MEP", "MS", "AM", "TD", "MLA"}
_NAME_SUFFIXES = frozenset("jr jnr sr snr ii iii iv".split()) | {p.lower() for p in POST_NOMINALS}
_LINKERS = frozenset({"of", "the", "and", "for", "de", "la", "du", "des", "von", "van", "&"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_ENUMERATOR = re.compile(r"^\s*\d{1,2}[.)]?\s*")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_NON_WORD = re.compile(r"[^\w\s]")
_CHAR_REF = re.compile(r"&#(\d{1,7});")  # "F&#244;n": a character written as a reference
# Short forms that are not acronyms of the long name but mean the same country.
_COUNTRY_ALIASES = {
    "us": "united states",
    "usa": "united states",
    "america": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
}


def _key(text: str, keep_article: bool = False) -> str:
    """Normalised comparison key: lower case, no dots/possessive/leading article."""
    text = _POSSESSIVE.sub("", text.strip())
    text = text.replace("-", " ").replace("‐", " ")
    text = _NON_WORD.sub("", text.replace(".", "")).lower()
    words = text.split()
    while words and words[0] in _DETERMINERS and not keep_article:
        words = words[1:]
    return " ".join(words)


@dataclass
class _Mention:
    span: Span
    label: str
    key: str
    in_heading: bool
    titled: bool = False
    roster: bool = False
    quoted: bool = False
    text: str = ""
    start: int = -1
    end: int = -1
    # the full name a shortened mention stands for, when the text spells it out nowhere
    # ("Tom" of "Tom and Jenny Clegg" is Tom Clegg)
    implied: str = ""

    @property
    def written_name(self) -> str:
        """The name this mention gives the thing: its text, or the full name it implies."""
        return self.implied or self.text

    @classmethod
    def of(
        cls, span: Span, doc_text: str, key: str, in_heading: bool, titled: bool, roster: bool
    ) -> _Mention:
        start, end = span.start_char, span.end_char
        # "Norbert Ore." at a sentence end: the dot is punctuation, not an initial
        if span.label_ == "PERSON" and doc_text[end - 1] == "." and len(span[-1]) > 2:
            end -= 1
        return cls(
            span,
            span.label_,
            key,
            in_heading,
            titled,
            roster,
            _inside_quotation(doc_text, start),
            doc_text[start:end],
            start,
            end,
        )


# Last words of a body's full name: a name that ends so is a body's, however its short
# forms were tagged.
_BODY_LABEL_HEADS = frozenset(
    """commission agency ministry department bureau authority committee council association
    union federation institute foundation party court parliament assembly corporation
    service board""".split()
)


@dataclass
class _Cluster:
    mentions: list[_Mention] = field(default_factory=list)
    labels: Counter = field(default_factory=Counter)
    _full_key: str | None = None

    @property
    def label(self) -> str:
        longest = (
            max(self.mentions, key=lambda m: len(m.key), default=None)
            if self.labels.get("ORG")
            else None
        )
        if (
            longest is not None
            and longest.label == "ORG"
            and longest.key.rpartition(" ")[2] in _BODY_LABEL_HEADS
        ):
            return "ORG"  # "the Federal Trade Commission", however "F.T.C." was tagged
        best = max(self.labels.values())
        # ties: a body over a region or a building ("Kelsworth Town" as a region in its
        # headline and a club in the body), else the label of the longest mention
        tied = {label for label, n in self.labels.items() if n == best}
        if "ORG" in tied and tied <= {"ORG", "LOC", "FAC"}:
            return "ORG"
        for m in sorted(self.mentions, key=lambda m: -len(m.key)):
            if m.label in tied:
                return m.label
        return next(iter(tied))

    @property
    def first(self) -> int:
        return self.mentions[0].span.start_char

    def add(self, mention: _Mention) -> None:
        self._full_key = None
        self.mentions.append(mention)
        self.labels[mention.label] += 1

    def merge(self, other: _Cluster) -> None:
        for mention in other.mentions:
            self.add(mention)
        self.mentions.sort(key=lambda m: m.span.start_char)

    def hand_over(self, moved: list[_Mention], target: _Cluster) -> None:
        """Move some of this cluster's mentions to ``target`` ("the elder X" to the parent)."""
        for mention in moved:
            target.add(mention)
        target.mentions.sort(key=lambda m: m.span.start_char)
        self.mentions = [m for m in self.mentions if m not in moved]
        self.labels = Counter(m.label for m in self.mentions)
        self._full_key = None

    @property
    def full_key(self) -> str:
        """The key with the most words: the fullest form of the name."""
        if self._full_key is None:
            self._full_key = max((m.key for m in self.mentions), key=lambda k: len(k.split()))
        return self._full_key

    def best_name(self) -> str:
        """The most complete form: most words, then most frequent, then first seen."""
        plain = [m for m in self.mentions if not m.in_heading]
        if any(not m.quoted and len(m.key.split()) > 1 for m in plain):
            # a full name outside quotation marks: quoted forms may carry a nickname or an
            # epithet ('"... Crooked Hillary Clinton"')
            plain = [m for m in plain if not m.quoted]
        counts = Counter(m.written_name for m in plain) or Counter(
            m.written_name for m in self.mentions
        )
        if self.label != "PERSON":
            # "Former Royal Marine X ... The Royal Marines said": a body is named in the
            # plural, one of its members in the singular
            for name in [n for n in counts if f"{n}s" in counts]:
                del counts[name]
        order = {
            text: i for i, text in reversed(list(enumerate(m.written_name for m in self.mentions)))
        }
        # words of the key: "Kinnock of Bedwellty" counts one word, as its key is "kinnock"
        words = {m.written_name: len(m.key.split()) for m in self.mentions}
        return max(
            counts,
            key=lambda t: (words[t], len(t) > 4 or t.isupper(), counts[t], -order[t]),
        )


def _inside_quotation(text: str, start: int) -> bool:
    """Character ``start`` lies inside double quotation marks opened earlier on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    curly = before.count("\u201c") - before.count("\u201d")
    return curly > 0 or before.count('"') % 2 == 1


_BRACKETED_TAIL = re.compile(r"\S\s+\([^()]+\)\s*$")


def _heading_lines(lines: list[Line], text: str) -> list[bool]:

    flags = []
    for line in lines:
        if line.kind in ("title", "heading"):
            flags.append(True)
        elif line.kind == "list":
            item = text[line.start : line.end]
            body = _ENUMERATOR.sub("", item)
            # "- Best actress - Clare Higgins for Hecuba at the Donmar Warehouse": a bulleted
            # item that reads as a phrase, not a title
            phrase = body == item and sum(1 for w in body.split() if w.islower()) >= 3
            # "1 Roger Federer (Switzerland)": a ranked entry with its country or club
            flags.append(is_heading(body) and not _BRACKETED_TAIL.search(body) and not phrase)
        else:
            flags.append(False)
    return flags


def _trim(span: Span, roster: bool = False) -> tuple[Span, bool] | None:
    """Cut a span to its first line and strip whitespace, articles and possessives; for
    people also leading honorifics and titles ("Mr", "Striker"). Returns the span and
    whether an honorific or title stood before the name."""
    doc = span.doc
    start, end = span.start, span.end
    for i in range(start, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_ or doc[i].is_space:
            end = i + 1 if not doc[i].is_space and "\n" not in doc[i].text else i
            break
    while start < end and (
        doc[start].is_space
        or doc[start].is_punct
        or not any(ch.isalnum() for ch in doc[start].text)
        or (doc[start].lower_ in _DETERMINERS and not roster)
    ):
        start += 1
    if start >= end:
        return None  # nothing but punctuation or symbols (a lone unassigned character)
    while (
        end - start > 2
        and doc[start].lower_.rstrip(".") in _STYLE_PREFIXES
        and doc[start + 1].lower_.rstrip(".") in _STYLED_HONORIFICS
    ):
        start += 1  # "the Rt Rev", "the Right Honourable": a style's first word
    titled = False
    label = span.label_
    if (
        label in ("ORG", "GPE", "NORP", "FAC", "WORK_OF_ART")
        and doc[start].lower_.rstrip(".") in _STYLED_HONORIFICS
        and 3 <= end - start <= 4
        and all(t.is_title and t.pos_ == "PROPN" for t in doc[start + 1 : end])
    ):
        label = "PERSON"  # "the Rev Adebayo Okonkwo", tagged as a body
    if (
        label in ("ORG", "GPE", "NORP", "FAC")
        and 2 <= end - start <= 3
        and doc[start].lower_ in ROLE_WORDS
        and doc[start].is_title
        and doc[start].lower_ not in _PORTFOLIO_WORDS
        and doc[start].lower_ not in _ROYAL_TITLES  # "King Kong"
        and all(
            t.pos_ == "PROPN"
            and t.is_title
            and t.lower_ not in ROLE_WORDS
            and not is_common_word(t.text)
            for t in doc[start + 1 : end]
        )
    ):
        label = "PERSON"  # "Midfielder Edu", tagged as a body: a title and a name
    if (
        label in ("FAC", "WORK_OF_ART", "PRODUCT")
        and start > 0
        and doc[start - 1].is_lower
        and doc[start - 1].pos_ == "NOUN"
        and doc[start - 1].lower_ in ROLE_WORDS
        and doc[start - 1].lower_ not in _PORTFOLIO_WORDS
        and 2 <= end - start <= 4
        and doc[start].is_title
        and doc[end - 1].is_title
        and all(
            (t.pos_ == "PROPN" and t.is_title and t.lower_ not in ROLE_WORDS)
            or (t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_)
            for t in doc[start:end]
        )
    ):
        label = "PERSON"  # "wide receiver Marquise Odom-Lyle", tagged as a building
    if label == "PERSON":
        # "Barcelona star Ronaldinho": a title word inside the span ends the description,
        # and so does an abbreviated title after a place ("Indiana Gov. Arthur Lindell")
        for i in range(end - 2, start, -1):
            if (doc[i].lower_ in ROLE_WORDS and doc[i].is_lower) or (
                doc[i].text.endswith(".") and doc[i].lower_.rstrip(".") in TITLE_ABBREVIATIONS
            ):
                start = i + 1
                break
        while (
            end - start > 1
            # "Finance Bill", "Home Office": a portfolio's word makes a title only before an
            # office ("Finance Minister X")
            and not (
                doc[start].lower_ in _PORTFOLIO_WORDS
                and doc[start + 1].lower_ not in ROLE_WORDS
                and doc[start + 1].lower_.rstrip(".") not in HONORIFICS
            )
            and (
                doc[start].lower_.rstrip(".") in HONORIFICS
                or doc[start].lower_ in ROLE_WORDS
                # "Maj Denholm", "Cpl Mensah": a rank's abbreviation, with or without a dot
                or (doc[start].is_title and doc[start].lower_.rstrip(".") in TITLE_ABBREVIATIONS)
                # "DI Mensah", "PC Ellis": a police rank's initials
                or doc[start].text in _POLICE_RANK_INITIALS
                # "Singers Jennifer Lopez and ...": a plural role noun opening the sentence
                or (doc[start].lower_.endswith("s") and doc[start].lower_[:-1] in ROLE_WORDS)
                or _agent_noun_opening(doc[start])
                or _participle_opening(doc[start])
                # "rookie Jalen X", "veteran Y": a lower-case word is no part of a name
                or (
                    doc[start].is_lower
                    and doc[start].pos_ in ("NOUN", "ADJ")
                    and doc[start].lower_ not in _NAME_PARTICLES
                    and doc[start + 1].is_title
                )
                or (
                    _chant_verb_opening(doc[start])
                    # a chant: 'Endorse Kessler!' (not 'Tiger Woods is back')
                    and end < len(doc)
                    and doc[end].text == "!"
                    and not is_known_person(name_key(doc[start:end].text))
                )
            )
        ):
            titled = titled or doc[start].lower_.rstrip(".") in SURNAME_HONORIFICS
            start += 1
        if (
            start > 0
            and doc[start - 1].lower_.rstrip(".") in SURNAME_HONORIFICS
            # (a capitalised honorific: "might miss England's trip" names no Miss England)
            and not doc[start - 1].is_lower
        ):
            titled = True
    while end > start and (
        doc[end - 1].is_space or doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
    ):
        if doc[end - 1].text in (".",) and end - 1 > start and len(doc[end - 2].text) <= 2:
            break  # keep the dot of "U.S." style abbreviations split off by the tokenizer
        end -= 1
    for size in (3, 1):
        # "Fulham 2-0": the score of the match is no part of the side's name
        tail = doc[max(start, end - size) : end]
        if end - size > start and _MATCH_SCORE.fullmatch(tail.text) is not None:
            end -= size
            break
    if start >= end:
        return None
    return Span(doc, start, end, label=label), titled


# a match's score run into a side's name ("beat Fulham 2-0")
_MATCH_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")


def _chant_verb_opening(token: Token) -> bool:
    """A verb of a chant, capitalised because it opens quoted words or follows an
    exclamation, before a name: "Endorse" of "Endorse Kessler! Endorse Kessler!"."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    return (
        before is not None
        and (
            before.text in ("!", "?")
            or (
                before.text in ('"', "\u201c")
                and (
                    token.i == 1 or doc[token.i - 2].whitespace_ != "" or doc[token.i - 2].is_punct
                )
            )
        )
        and token.is_title
        and token.lower_ in _CHANT_VERBS
        and not is_given_name(token.text)
        and not is_known_name(token.text)
    )


# verbs a chant calls on people to do with someone ('Endorse Kessler!', 'Free Mandela!'),
# unlike the first word of a nickname ('Newt Gingrich!', 'Sugar Ray Leonard!')
_CHANT_VERBS = frozenset(
    """vote elect endorse impeach free save back support stop dump sack oust jail lock fire
    sign keep bring arrest resign""".split()
)


# Offices whose names run through an officer's possessive ("the Cook County State's
# Attorney's Office", "the Manhattan District Attorney's Office").
_OFFICE_HEADS = frozenset({"Office", "Department", "Bureau", "Unit", "Division"})


def _possessive_office_after(doc: Doc, end: int) -> int | None:
    """The end of an office's name the model cut at a possessive: "'s" and up to five
    title-case words and possessives, ending in an office head."""
    if end >= len(doc) or doc[end].tag_ != "POS":
        return None
    i = end + 1
    while i < len(doc) and i - end <= 5:
        t = doc[i]
        if t.tag_ == "POS":
            i += 1
            continue
        if not (t.is_title and t.pos_ == "PROPN"):
            return None
        if t.text in _OFFICE_HEADS:
            return i + 1
        i += 1
    return None


def _participle_opening(token: Token) -> bool:
    """A participle capitalised because it opens the sentence, no name of any kind, before
    a surname: "Sentencing" of "Sentencing Kelleher on Friday, Judge X said" (not "Morning
    Consult")."""
    word = token.text
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        word.endswith("ing")
        and token.is_title
        and token.is_sent_start
        and after is not None
        and is_surname(after.text)
        and not is_common_word(after.text)
        and is_common_word(word)
        and not is_given_name(word)
        and not is_surname(word)
        and not is_known_name(word)
    )


def _agent_noun_opening(token: Token) -> bool:
    """An agent noun capitalised because it opens the sentence, no name of any kind:
    "Matchwinner" of "Matchwinner Keane was another full of praise"."""
    word = token.text
    return (
        token.is_sent_start
        and token.is_title
        and len(word) > 5
        and word.lower().endswith(("er", "or", "ist", "ant", "ent", "eer"))
        and not is_given_name(word)
        and not is_surname(word)
        and not is_known_name(word)
        and not is_place_name(word)
        # two ordinary words run together ("Matchwinner"), or one before a given name
        # ("Cinematographer John Mathieson", not "Shooter Jennings"); not "Dresdner" of a bank
        and (
            (
                is_common_word(word)
                and token.i + 1 < len(token.doc)
                and is_known_name(token.doc[token.i + 1].text)
            )
            or any(
                is_common_word(word[:k]) and is_common_word(word[k:])
                for k in range(3, len(word) - 2)
            )
        )
    )


def _plausible(span: Span) -> bool:
    """Reject spans that cannot be names: no capital letter, only role words, a lone
    common word mis-tagged because it is capitalised."""
    words = [t for t in span if not t.is_punct]
    if not words or not any(ch.isupper() for ch in span.text):
        return False
    if all(t.like_num for t in words):
        return False
    if span.label_ in PROPER_LABELS:
        if all(
            t.lower_.rstrip(".") in ROLE_WORDS or t.lower_.rstrip(".") in HONORIFICS for t in words
        ):
            return False
        if len(words) == 1:
            token = words[0]
            if (
                token.pos_ not in ("PROPN",)
                and not token.is_upper
                # (but "drone maker Skyvane", tagged a common noun: no word of the language,
                # capitalised after a kind of firm)
                and not (
                    token.is_title
                    and token.i > 0
                    and token.doc[token.i - 1].lower_ in _FIRM_KIND_NOUNS
                    and not is_common_word(token.text)
                )
            ):
                return False
    if kind_opening_a_title(span):
        return False  # "Council leader Joanne X": the kind of body opens the office's title
    if span.label_ == "PERSON" and any(
        t.like_num and not (_capitalised_particle(t) and t.i > span.start) for t in words
    ):
        # "Henk Ten Cate" is a name, and so is "50 Cent"
        return _numbered_stage_name(words)
    if span.label_ == "PERSON" and role_joined_to_a_role(span):
        return False
    if span.label_ == "PERSON" and _street_address(span):
        return False
    if _in_dateline(span) and not is_place_name(span.text.title()):
        return False  # (the part of a town's name the model made a name: "EAU CLAIRE")
    before = span.doc[span.start - 1] if span.start > 0 else None
    return not (
        len(words) == 1
        and words[0].text in POST_NOMINALS
        and before is not None
        and before.pos_ == "PROPN"
        and _name_cased(before)
    )  # "MSP" of "Tom McCabe MSP": letters after a name


# Initials of British police ranks, written before a surname ("DI Mensah", "PC Ellis").
_POLICE_RANK_INITIALS = frozenset("DI DS DC DCI DSI DCS DSU PC WPC PCSO".split())


# Last words of street names that are surnames too ("Lane", "Close"): an address only
# where one is expected.
_STREET_WORDS = frozenset("lane close drive crescent terrace way grove place mews row walk".split())


def _street_address(span: Span) -> bool:
    """ "Darren Westbrook, 45, of Fenwick Close, Harnham": a street and its town after "of",
    an address, no person."""
    doc = span.doc
    return (
        len(span) >= 2
        and span[-1].lower_ in _STREET_WORDS
        and span.start > 0
        and doc[span.start - 1].lower_ == "of"
        and span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].is_title
    )


# Dashes that end a dateline ("EAU CLAIRE, Wis. —").
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def _in_dateline(span: Span) -> bool:
    """A name in capitals in the place that opens a line and a dash ends ("EAU CLAIRE,
    Wis. — Claire Duvall has ..."): the dateline's town, no person."""
    doc = span.doc
    start = span.start
    while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    if not all(t.is_upper or not t.is_alpha for t in doc[start : span.end]):
        return False
    for t in doc[span.end : span.end + 8]:
        if t.text in DATELINE_DASHES:
            return True
        if "\n" in t.text or "\n" in t.whitespace_ or t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _dateline_town(doc: Doc) -> str | None:
    """The key of the town a dateline opening a line gives in capitals ("LAUREL FALLS, Ore.
    (AP) —" gives "laurel falls"), among the first tokens of the text."""
    for t in doc[:80]:
        if not (t.is_upper and t.is_alpha) or not (t.i == 0 or "\n" in doc[t.i - 1].text):
            continue
        end = t.i
        while end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
            end += 1
        if end < len(doc) and doc[end].text == "," and _in_dateline(doc[t.i : end]):
            return name_key(doc[t.i : end].text.title())
    return None


# Kinds of body that open a sentence as part of an office's title ("Council leader X").
_TITLE_OPENING_BODIES = _BODY_LABEL_HEADS | frozenset("union party police club".split())


def kind_opening_a_title(span: Span) -> bool:
    """One capitalised word for a kind of body, opening a sentence before an office and a
    name ("Council leader Joanne Ashcroft-Bello said"): part of the title, no body."""
    doc = span.doc
    return (
        len(span) == 1
        and span[0].is_sent_start
        and span[0].lower_ in _TITLE_OPENING_BODIES
        and span.end + 1 < len(doc)
        and doc[span.end].is_lower
        and doc[span.end].lower_ in ROLE_WORDS
        and doc[span.end + 1].is_title
    )


def role_joined_to_a_role(span: Span) -> bool:
    """A capitalised common noun opening a sentence and joined by "and" to the role before
    a name: "Farmer and parish councillor Bethan Rowse said" (not "Farmer and Smith said")."""
    doc = span.doc
    if len(span) != 1 or span.start != span.sent.start or not is_common_word(span.text):
        return False
    i = span.end
    if i + 2 >= len(doc) or doc[i].lower_ != "and":
        return False
    j = i + 1
    while j < len(doc) and j - i <= 4 and doc[j].is_lower and doc[j].is_alpha:
        j += 1
    return (
        j > i + 1
        and j < len(doc)
        and doc[j - 1].pos_ == "NOUN"
        and doc[j].is_title
        and doc[j].ent_type_ == "PERSON"
    )


# items end at a comma, a semicolon, a colon, "and", or a bracket closed before the next
# name when the comma is missing ("J Fourie (S Africa) T Umaga (New Zealand)")
# ("G du Toit/J Fourie": either of two players for one place)
_ROSTER_SPLIT = re.compile(r"[,;:/]|\band\b|(?<=\))\.?\s+(?=[A-Z])")
_ROSTER_NAME = re.compile(
    r"\s*([A-Z](?:-?[A-Z])?\.? ?(?:(?:de|da|di|dal|van|von|le|la|du|del|della|der|den|dos) ){0,2}"
    r"(?:[A-Z][\w'’-]+|(?:Di|De|Da|Van|Von|Le|La|Mac|Mc|O'))(?: [A-Z][\w'’-]+)?)"
)
_PARENTHESIS = re.compile(r"\s*\([^)]*\)?")


_NAME_TITLES = frozenset("mr mrs ms dr sir lord lady baroness baron dame professor prof".split())
_DASHES = frozenset({"-", "–", "—"})
_SCORE = re.compile(r"^\d+(?:[-–]\d+)+$")


def _name_counts(doc: Doc) -> Counter:
    """How often each run of two or three capitalised words occurs in ``doc`` (cached)."""
    counts = doc.user_data.get("factx_name_counts")
    if counts is None:
        counts = Counter()
        tokens = [t.text if t.is_title else "" for t in doc]
        for n in (2, 3):
            for i in range(len(tokens) - n + 1):
                if all(tokens[i : i + n]):
                    counts[" ".join(tokens[i : i + n])] += 1
        doc.user_data["factx_name_counts"] = counts
    return counts


# Prepositions that end a person's name the model ran on ("Luc Bondy for Cruel and Tender").
_NAME_ENDING_PREPOSITIONS = frozenset("for in at with to from by as on".split())


def _name_bounds(doc: Doc, start: int, end: int, person: bool = False) -> tuple[int, int]:
    """Cut a span the model ran past a name: at an opening bracket ("Dominic Cooper (His
    Dark Materials"), at a preposition after a given name and a surname ("Luc Bondy for
    Cruel"), without a common word put before a given name ("Bar Keith Gleeson"), and
    onto the name a title at its end opens ("Tory Treasurer Lord" + "Ashcroft")."""
    for i in range(start + 1, end):
        if doc[i].text == "(":
            end = i
            break
    while end - start >= 2 and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].lower_ in ("'s", "’s")  # tagged as a verb: "Ron Howard's The Da Vinci"
        or doc[end - 1].dep_ == "cc"
        or doc[end - 1].text == ","
    ):
        end -= 1  # "Alistair Cragg's", "Lil Jon and", "LL Cool J,": the name alone
    if (
        person
        and end - start >= 2
        and end < len(doc)
        and _capitalised_particle(doc[end - 1])
        and _name_word(doc[end])
    ):
        end += 1  # "Henk Ten" + "Cate", "Rob Da" + "Bank": the particle opens the surname
    if (
        person
        and end < len(doc)
        and _IRISH_SURNAME_SHAPE.fullmatch(doc[end].text) is not None
        and not doc[end].ent_type_
        and is_given_name(doc[end - 1].text)
    ):
        end += 1  # "Drummer Lauren" + "O’Keeffe", tagged a common noun: her surname
    if person and _rest_of_double_barrel(doc, end):
        end += 2  # "Ortega" + "-Baines dismissed": the rest of a double-barrelled surname
    if (
        end - start == 1
        and start > 0
        and _capitalised_particle(doc[start - 1])
        and doc[start - 1].ent_type_ in ("", "CARDINAL")  # not "Channel Ten"
        and _name_word(doc[start])
    ):
        start -= 1  # "Ten" + "Cate said": the surname's particle, which the model left out
    if (
        person
        and start > 0
        # one written word: "Kallas", or a double-barrelled "Mehra-Lawson"
        and not any(doc[i].whitespace_ for i in range(start, end - 1))
        and _given_name_left_out(doc[start - 1], end)
    ):
        start -= 1  # "For 24 years, Demetrios" + "Kallas": the given name the model left out
    if (
        person
        and start > 1
        and _joining_hyphen(doc[start - 1])
        and not doc[start - 2].ent_type_
        and is_given_name(f"{doc[start - 2].text}-{doc[start].text}")
    ):
        start -= 2  # "Marie-" + "Claude Joseph": a hyphened given name's first half
    if (
        person
        and end - start == 2
        and end < len(doc)
        and (doc[start].lower_ in _PARTY_NAMES or doc[start].text in DEMONYMS)
        and is_given_name(doc[start + 1].text)
        and not is_surname(doc[start + 1].text)
        and _name_word(doc[end])
        and doc[end].ent_type_ == ""
    ):
        # "Tory Dominic" + "Grieve": the model took the party for the given name and left
        # the surname out
        start, end = start + 1, end + 1
    if (
        end - start >= 2
        and end < len(doc)
        and doc[end - 1].lower_.rstrip(".") in HONORIFICS
        and _name_word(doc[end])
    ):
        # "Tory Treasurer Lord" + "Ashcroft": the title opens the name that follows
        start = end - 1
        entered = doc[end].ent_iob_ == "B"
        while end < len(doc) and _name_word(doc[end]) and end - start <= 3:
            end += 1
        while entered and end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1  # "the Rt Rev Dr" + "Miriam Achterberg-Lowe": all of the name tagged
    if (
        end - start >= 3
        and len(doc[start]) > 2
        and is_common_word(doc[start].text)
        and doc[start].lower_ not in ROLE_WORDS  # "Prop Phil Vickery": a title, kept apart
        and not is_known_name(doc[start].text)
        and is_given_name(doc[start + 1].text)
        and all(_proper_name_word(t) for t in doc[start + 1 : end])
    ):
        start += 1
    for i in range(start + 2, end):
        if (
            doc[i].lower_ in _NAME_ENDING_PREPOSITIONS
            and doc[i].is_lower
            and i - start <= 3
            and (is_given_name(doc[start].text) or doc[start].ent_type_ == "PERSON")
            and all(_proper_name_word(t) for t in doc[start:i])
        ):
            end = i
            break
    return start, end


def _surname_left_out(ent: Span) -> bool:
    """ "Eamonn McCloskey was tied to a chair", "Eamonn" tagged a place (or a person) and
    "McCloskey" nothing: a given name no place or word shares, then an untagged name word
    that is no ordinary word."""
    doc = ent.doc
    word = ent[0]
    after = doc[ent.end] if ent.end < len(doc) else None
    return (
        after is not None
        and is_given_name(word.text)
        and not is_place_name(word.text)
        and not is_country_name(word.text)
        and not is_known_thing(word.lower_)
        and after.ent_type_ == ""
        and after.text[:1].isupper()
        and _name_word(after)
        and not is_common_word(after.text)
        # (a place's name may open a double-barrelled surname: "Tasha Beaumont-Reyes")
        and (not is_place_name(after.text) or _rest_of_double_barrel(doc, after.i + 1))
        and after.lower_ not in ROLE_WORDS
        # (not a maker's name before its product: "a Franck Muller watch")
        and not (after.dep_ == "compound" and after.head.pos_ == "NOUN")
        and not (ent.start > 0 and doc[ent.start - 1].lower_ in ("a", "an"))
    )


def _given_name_left_out(word: Token, end: int) -> bool:
    """An untagged name word compounded with the surname after it (ending at token
    ``end``), opening the sentence or set off before it, that is no ordinary word, place,
    title or nationality: the given name of the person the model tagged by the surname
    alone."""
    doc = word.doc
    return (
        (
            (word.dep_ == "compound" and word.i < word.head.i < end)
            # (a given name the parser made a sentence of its own: "Anjali" + "Mehra-Lawson
            # started Tillwise")
            or (
                word.dep_ == "ROOT"
                and word.is_sent_start
                and doc[word.i + 1].is_sent_start
                and word.whitespace_ == " "
                and is_given_name(word.text)
            )
        )
        and word.ent_type_ == ""
        and word.pos_ == "PROPN"
        and _name_word(word)
        and not is_common_word(word.text)
        and not is_place_name(word.text)
        and word.lower_.rstrip(".") not in HONORIFICS | ROLE_WORDS
        and word.lower_.rstrip(".") not in TITLE_ABBREVIATIONS
        and word.text not in DEMONYMS
        and (
            word.i == 0
            or doc[word.i - 1].text in (",", "(")
            or doc[word.i - 1].is_space
            or word.is_sent_start
            # ("Rovers coach Émile" + "Delacroix-Park said": after a role in lower case)
            or (
                doc[word.i - 1].is_lower
                and doc[word.i - 1].lower_ in ROLE_WORDS
                and is_given_name(word.text)
            )
        )
    )


# Positions on a team that are ordinary words too: safe in lower case inside a name's span
# ("Perpignan centre Jean-Philippe Granclaude"), not as words of their own.
_POSITIONS = frozenset("centre lock wing flanker winger keeper forward".split())
# Positions and roles that, capitalised as a sentence opens, the model runs into a name
# ("Centre Parker has only a slim chance").
_OPENING_POSITIONS = _POSITIONS | frozenset("physio coach striker midfielder".split())


# Plural people nouns that open the cause of a campaign group's name ("Americans for
# Prosperity", "Parents Against Cuts").
_CAMPAIGNING_PEOPLE = frozenset(
    """parents citizens americans mothers fathers families doctors nurses scientists
    lawyers veterans students teachers residents neighbors neighbours taxpayers women
    voters friends""".split()
)


def _unspaced_hyphen(token: Token) -> bool:
    """A hyphen with a word right before and right after it, no space between."""
    doc = token.doc
    return (
        token.text == "-"
        and not token.whitespace_
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
    )


def _joining_hyphen_of_letters(token: Token) -> bool:
    """An unspaced hyphen between two words of capital letters ("BEA-TT")."""
    doc = token.doc
    return (
        _unspaced_hyphen(token)
        and doc[token.i - 1].is_upper
        and doc[token.i + 1].is_upper
        and doc[token.i + 1].is_alpha
        and len(doc[token.i + 1]) <= 5
    )


def _rest_of_double_barrel(doc: Doc, end: int) -> bool:
    """Token ``end`` is a hyphen joining the name before it to one more capitalised word,
    untagged, a person's or the rest of the entity the name ran into ("Ivy Marsh-Holloway"
    tagged a body); not two names making a modifier ("Sen. Ted Kennedy-Hatch bill")."""
    return (
        end + 1 < len(doc)
        and _joining_hyphen(doc[end])
        and doc[end + 1].is_alpha
        and (doc[end + 1].ent_type_ in ("", "PERSON") or doc[end + 1].ent_iob_ == "I")
        and not (end + 2 < len(doc) and doc[end + 2].is_lower and doc[end + 2].pos_ == "NOUN")
    )


def _joining_hyphen(token: Token) -> bool:
    """An unspaced hyphen between two capitalised words ("Jean-Philippe")."""
    doc = token.doc
    return _unspaced_hyphen(token) and doc[token.i - 1].is_title and doc[token.i + 1].is_title


def _capitalised_particle(token: Token) -> bool:
    """A surname particle written with a capital inside a sentence ("Ten" of "Henk Ten
    Cate", "Da" of "Rob Da Bank"), followed by a space."""
    return (
        token.is_title
        and token.lower_ in _NAME_PARTICLES
        and not token.is_sent_start
        and bool(token.whitespace_)
    )


# Words a name takes after a hyphen to make an adjective ("Bush-style", "Thatcher-era").
_NAME_SUFFIX_WORDS = frozenset({"style", "era", "esque", "like", "type", "inspired"})


_LEAGUE_WORDS = frozenset({"premiership", "championship", "bundesliga"})


# Two capitals that are a country, a body or a title before a name ("PC David
# Rathband", "QC Michael Mansfield"), not a person's initials.
_TWO_LETTER_BODIES = frozenset("US UK EU UN SA FC AC PC DC DS DI GP QC MP PM DJ MC".split())


def _minute_after_name(doc: Doc, start: int, end: int, label: str) -> bool:
    """The span ends in a minute after a player's surname ("Drogba 107," of a scorers'
    line, "(Biscan 67)"), not in the number of a name ("Channel 4", "Apollo 13")."""
    if (
        end - start < 2
        or not doc[end - 1].text.isdecimal()
        or not 1 <= int(doc[end - 1].text) <= 130
    ):
        return False
    name = doc[end - 2]
    after = doc[end].text if end < len(doc) else ""
    if not (
        _name_word(name)
        and after in (",", ".", ")", ";", "og", "pen")
        and (label == "PERSON" or is_surname(name.text) or is_known_surname(name.text))
    ):
        return False
    # a line of names and minutes only, not "The Jackson 5, Boyzone and East 17."
    first, last = start, end
    while first > 0 and "\n" not in doc[first - 1].text_with_ws:
        first -= 1
    while last < len(doc) and "\n" not in doc[last - 1].text_with_ws:
        last += 1
    return not any(
        t.is_alpha and t.is_lower and t.lower_ not in ("og", "pen") for t in doc[first:last]
    )


# labels of things that do not speak: a name so labelled that speaks is a person's
_NEVER_SPEAKING_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


def _speech_verb(token: Token) -> bool:
    """A reporting verb in a tense that reports ("said", "adds"), by the speech verbs'
    lemmas."""
    return token.tag_ in ("VBD", "VBZ") and token.lemma_.lower() in _SPEECH_VERBS


def _role_set_off_after(doc: Doc, end: int) -> int | None:
    """The comma that closes a description set off after a name ending at ``end`` (", the
    administrator of the Centers for Medicare and Medicaid Services,"), else None."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a"):
        return None
    for k in range(end + 2, min(len(doc), end + 20)):
        if doc[k].text == ",":
            # (a noun for what the person is: 'administrator', 'chief executive')
            words = doc[end + 2 : k]
            return k if any(t.pos_ == "NOUN" and t.is_lower for t in words) else None
        if doc[k].text in (".", ";", ":") or doc[k].text in _QUOTE_MARKS:
            return None
    return None


def _speaker_after_quotation(doc: Doc, start: int, end: int) -> bool:
    """One to three name words right after a closed quotation with a reporting verb on
    either side, ending the sentence or the clause: '"...," said Obstfeld.', '"...,"
    Kwabena said.' - a person's name, where a place, a people or a work never speaks so."""
    if start < 2 or end >= len(doc) or end - start > 3:
        return False
    if _speech_verb(doc[start - 1]):
        mark, verb_end = start - 2, end  # '"...," said Obstfeld.'
    else:
        mark, verb_end = start - 1, end + 1  # '"...," Kwabena said.'
        if not _speech_verb(doc[end]):
            # '"...," Olumide Bankole, the administrator of the Centers for ..., said at a
            # briefing': past a role set off after the name
            close = _role_set_off_after(doc, end)
            if close is None or close + 1 >= len(doc) or not _speech_verb(doc[close + 1]):
                return False
            verb_end = end  # (the comma after the name ends the name's clause)
    if (
        mark < 1
        or doc[mark].text not in _QUOTE_MARKS
        or doc[mark - 1].text not in (",", ".", "?", "!")
        or verb_end >= len(doc)
        or doc[verb_end].text not in (".", ",")
    ):
        return False
    words = doc[start:end]
    if not all(_name_word(t) for t in words) or is_known_thing(name_key(words.text)):
        return False
    if len(words) > 1:
        # not 'Historic England', 'Welsh Water': a body named with a country or a word
        return not any(
            is_country_name(t.text) or t.text in DEMONYMS or is_common_word(t.text) for t in words
        )
    # one word: a name the text also gives with another name word ('Maury Obstfeld'),
    # not 'Newsnight' or 'Wigan'
    word = words[0].text
    return not is_country_name(word) and any(
        t.text == word
        and t.i != start
        and (
            (t.i > 0 and _name_cased(doc[t.i - 1]) and not doc[t.i - 1].is_sent_start)
            or (t.i + 1 < len(doc) and _name_cased(doc[t.i + 1]))
        )
        for t in doc
    )


# the letters of an elected member, written before the name as a title ("Labour AM Lynne
# Neagle", "Fianna Fail TD Padraig Moynihan")
_MEMBER_TITLES = frozenset({"MP", "MSP", "MEP", "MS", "AM", "MLA", "TD"})
# A party or a seat and its members: "Lib Dem MPs", "Bolton West MP" (not the Irish
# "Padraig Moynihan TD", a person with the letters after the name)
_MEMBERS_OF_SEAT_OR_PARTY = frozenset("MP MPs MSP MSPs MEP MEPs AM AMs".split())
# parties the BBC puts before a member's name without a title ("Lib Dem Norman Baker")
_PARTY_PREFIXES = (
    ("lib", "dem"),
    ("lib", "dems"),
    ("liberal", "democrat"),
    ("tory",),
    ("ulster", "unionist"),
    ("democratic", "unionist"),
)


def _after_party_or_seat(doc: Doc, start: int, end: int, label: str) -> tuple[int, str]:
    """Where a person's name starts inside a span that holds their party or their
    member's letters first, and the label it then has: "Labour AM Lynne Neagle" and "Lib
    Dem Norman Baker" are Lynne Neagle and Norman Baker."""
    for i in range(start, end - 2):
        if doc[i].text in _MEMBER_TITLES and all(
            _name_cased(t) or _joining_hyphen(t) for t in doc[i + 1 : end]
        ):
            return i + 1, "PERSON"  # (also "Conservative AM Delyth Wynne-Evans")
    words = tuple(t.lower_ for t in doc[start:end])
    for prefix in _PARTY_PREFIXES:
        rest = start + len(prefix)
        if (
            words[: len(prefix)] == prefix
            and end - rest >= 2
            and is_given_name(doc[rest].text)
            and all(_name_cased(t) for t in doc[rest:end])
        ):
            return rest, label
    return start, label


def _owned_person_start(doc: Doc, start: int, end: int) -> int | None:
    """Where the person starts in a span the model ran from an owner through its
    possessive into a given name ("Arsenal's Edu", "Chelsea's Frank Lampard"); ``None``
    when the span is no such thing ("Sainsbury's Bank", "St John's Wood")."""
    for i in range(start + 1, end - 1):
        if doc[i].tag_ != "POS":
            continue
        if doc[i].lower_ not in ("'s", "’s"):
            return None  # "the Lawyers' Christian Fellowship": a plural's body
        after = doc[i + 1 : end]
        if (
            1 <= len(after) <= 2
            and all(_name_word(t) for t in after)
            and is_given_name(after[0].text)
            and not is_common_word(after[0].text)
            and all(_name_cased(t) for t in doc[start:i])
        ):
            return i + 1
        return None
    return None


# Short country names that end the name of a body's national branch ("Amnesty
# International UK").
_NATIONAL_BRANCHES = frozenset({"UK", "US", "USA"})


# A party's member named by the party ("the Michigan Democrat", "a veteran Tory"), also
# before a member's name ("the Ulster Unionist X").
_PARTY_MEMBER_NOUNS = frozenset(
    "democrat republican tory conservative socialist unionist nationalist liberal".split()
)


def _name_after_an_office(doc: Doc, start: int, end: int) -> int | None:
    """Where the person's name starts in a span tagged as a body that ends with an office
    and a full name ("Hartwell Fire Chief Dolores Castellano-Price")."""
    for i in range(end - 3, start - 1, -1):
        word = doc[i]
        if word.is_title and word.lower_ in ROLE_WORDS:
            name = doc[i + 1 : end]
            if (
                # (or a given name that is also a word: "Sheriff Wade Thibodeaux")
                (
                    is_given_name(name[0].text)
                    or (len(name) >= 2 and given_name_gender(name[0].text))
                )
                and name[-1].lower_ not in NON_PERSON_HEADS
                and all(_name_word(t) or _joining_hyphen(t) for t in name)
                and _name_word(name[-1])
            ):
                return i + 1
            return None
    return None


# Adjectives of parties ("the Conservative group", "Republican" + "Senate").
PARTY_ADJECTIVES = frozenset(
    """republican democratic democrat conservative labour tory liberal green unionist
    nationalist socialist""".split()
)
# Adjectives of parties and faiths, which the model rightly tags apart from a body after
# them ("Republican" + "Senate").
_PARTY_AND_FAITH_WORDS = PARTY_ADJECTIVES | frozenset(
    "christian muslim catholic protestant jewish sunni shia hindu sikh".split()
)


def _no_people_word(word: str) -> bool:
    """Whether a word the model tagged as a people (NORP) is no nation's, party's or
    faith's word ("Cambrian", "Meridian"; not "Welsh", "Labour", "Catholic")."""
    return (
        word not in DEMONYMS
        and not is_demonym(word)
        and word.lower() not in _PARTY_AND_FAITH_WORDS
        and word.lower() not in _PARTY_NAMES
    )


def _opening_word_left_out(doc: Doc, start: int, end: int) -> bool:
    """A body's name of two words or more right after a single word the model tagged as a
    people (NORP) that is no nation's or party's adjective: the body's first word
    ("Cambrian Vale Trains")."""
    if end - start < 2 or start < 1:
        return False
    word = doc[start - 1]
    return (
        word.ent_type_ == "NORP"
        and word.ent_iob_ == "B"
        and doc[start].ent_iob_ == "B"
        and word.is_title
        and word.whitespace_ == " "
        and not (start > 1 and doc[start - 2].ent_type_ == "NORP")
        and _no_people_word(word.text)
    )


# What a ship's name opens with ("MV Ronag", "HMS Dauntless"), written in capitals.
_SHIP_PREFIXES = frozenset("MV MS HMS RMS SS USS RV FV HMCS HMAS HMNZS".split())


# Words a place's name opens with and no person's does ("Port Ellen", "Fort Worth").
_NATURAL_PLACE_WORDS = frozenset({"Lake", "Loch", "Cape", "Isle", "Mount"})
_PLACE_OPENING_WORDS = _NATURAL_PLACE_WORDS | {"Port", "Fort"}


def _repair(ent: Span) -> Span:
    """Fix an NER span: a name after an honorific is a person whatever the label ("Mr
    Shiga" as GPE); a person's name stops at a spaced dash ("Bill Cosby - moved") and takes
    in the surname the model left out ("Sylvia" of "Sylvia Heal")."""
    doc = ent.doc
    start, end, label = ent.start, ent.end, ent.label_
    # (a name with an age after it is a person's, whatever the label: "Demetrios" +
    # "Vlachos, 63,", tagged a place)
    person = label == "PERSON" or (end - start == 1 and _aged(doc, end))
    if (
        label in ("ORG", "FAC", "GPE", "NORP")
        and 2 <= end - start <= 4
        and (_aged(doc, end) or _age_before(doc, start))
        and all(_name_cased(t) or _joining_hyphen(t) for t in doc[start:end])
        and (
            is_given_name(doc[start].text)
            or not (is_common_word(doc[start].text) or is_place_name(doc[start].text))
        )
    ):
        # "Funmilayo Adeyinka-Shaw, 46, was named", "17-year-old Jaden Okonkwo-Price",
        # tagged a body or a building: a person of that age
        label, person = "PERSON", True
    if end - start == 1 and label in ("GPE", "ORG", "NORP", "PERSON") and _surname_left_out(ent):
        end, label, person = end + 1, "PERSON", True
    start, end = _name_bounds(doc, start, end, person=person)
    if person and label != "PERSON" and end - start >= 2:
        label = "PERSON"  # a given name and a surname with an age: a person
    if _minute_after_name(doc, start, end, label):
        end -= 1  # "Drogba 107, Kezman 112.": a scorer and the minute of the goal
    if label == "PERSON" and (
        doc[start].text in _SHIP_PREFIXES or (start > 0 and doc[start - 1].text in _SHIP_PREFIXES)
    ):
        label = "PRODUCT"  # "the smaller MV Ronag": a vessel
    if (
        label in ("GPE", "NORP", "LOC") or (label == "PERSON" and end - start == 1)
    ) and _given_as_firm_example(doc, start):
        label = "ORG"  # "companies such as ZipCart and Hurrio", tagged places
    if (
        label == "WORK_OF_ART"
        and doc[end - 1].lower_ in _BODY_NAME_ENDS
        and doc[start:end].root.dep_ in ("nsubj", "nsubjpass")
        and not (start > 0 and doc[start - 1].text in _DOUBLE_QUOTES)
    ):
        label = "ORG"  # "The Bridgewater Fraternal Order of Police ... praised the vote"
    if (
        label in ("GPE", "LOC")
        and end - start >= 2
        and (doc[end - 1].lower_ in CLUB_WORDS or doc[end - 1].lower_ in ("town", "county"))
        and end < len(doc)
        and doc[end].lower_ in ("have", "are", "were")
    ):
        label = "ORG"  # "Castlebrook City have sacked manager X": a club, which takes a plural
    if label == "ORG" and _opening_word_left_out(doc, start, end):
        start -= 1  # "Cambrian" + "Vale Trains": an adjective the model took for a people
    if label in ("GPE", "ORG", "NORP", "FAC") and (named := _name_after_an_office(doc, start, end)):
        start, label = named, "PERSON"  # "Hartwell Fire Chief Dolores Castellano-Price"
    if (
        label in ("GPE", "ORG", "NORP")
        and end - start == 1
        and start > 0
        and not doc[start - 1].ent_type_
        and doc[start - 1].is_title
        and doc[start - 1].whitespace_ == " "
        and is_given_name(doc[start - 1].text)
        and not is_common_word(doc[start - 1].text)
        and doc[start].is_title
        and not is_place_name(doc[start].text)
        and not is_given_name(doc[start].text)
        and not is_demonym(doc[start].text)
    ):
        # "Nigeria international Emeka Nwosu" with only "Nwosu" tagged, as a place: a given
        # name the model left out, then the surname
        start, label = start - 1, "PERSON"
    if end - start >= 2 and doc[start].is_lower and doc[start].lower_ in _KIN_BEFORE_NAMES:
        start += 1  # "stepson Sholto": the kin noun is no part of the name
    if (
        label in ("ORG", "NORP")
        and end - start >= 4
        and doc[end - 3].lower_ in _PARTY_MEMBER_NOUNS
        and is_given_name(doc[end - 2].text)
        and not is_common_word(doc[end - 2].text)
        and not is_place_name(doc[end - 2].text)
        and doc[end - 1].is_title
    ):
        # "the Ulster Unionist Trevor Crothers", tagged whole as a body: a member's name
        start, label = end - 2, "PERSON"
    if (
        person
        and start > 0
        and doc[start].lower_ in VIETNAMESE_MIDDLE_NAMES
        and doc[start].is_title
        and doc[start - 1].is_title
        and is_vietnamese_family_name(doc[start - 1].text)
    ):
        start -= 1  # "Vu" + "Thi Hoa": the family name the model left out
    if (
        label == "ORG"
        and end + 1 < len(doc)
        and doc[end].text in _NATIONAL_BRANCHES
        and doc[end - 1].whitespace_ == " "
        and doc[end - 1].pos_ == "PROPN"
        and doc[end - 1].is_title
        and doc[end + 1].pos_ != "PROPN"
        and doc[end - 1].text not in _NATIONAL_BRANCHES
    ):
        end += 1  # "Amnesty International UK": a body's national branch
    if label == "ORG" and (office_end := _possessive_office_after(doc, end)) is not None:
        end = office_end  # "Cook County State" + "'s Attorney's Office": one office
    if (
        label == "GPE"
        and end < len(doc)
        and doc[end].text in _CLUB_SUFFIXES
        and doc[end].ent_type_ == ""
        and not is_place_name(f"{doc[start:end].text} {doc[end].text}")
    ):
        end, label = end + 1, "ORG"  # "Ipswich" + "Town": a club named after its town
    if (
        label in ("ORG", "GPE")
        # (not a title: "as The New Yorker put it")
        and not (doc[start].text == "The" and not doc[start].is_sent_start)
        and _a_countrys_people(doc[start + (doc[start].lower_ == "the") : end].text)
    ):
        label = "NORP"  # "the New Zealander left his post": a nationality, no body or place
    if (
        label in ("GPE", "ORG", "NORP")
        and end - start == 1
        and end < len(doc)
        and is_given_name(doc[start].text, international=False)
        and not is_common_word(doc[start].text)
        and not is_place_name(doc[start].text)
        and _name_word(doc[end])
        and doc[end].ent_type_ == ""
        and not is_common_word(doc[end].text)
    ):
        end, label = end + 1, "PERSON"  # "Gisela" + "Dulko": a given name and its surname
    if (
        end - start >= 4
        and len(doc[start].text) == 1
        and doc[start].is_upper
        and doc[start + 1].text == "/"
        and not doc[start].whitespace_
        and not doc[start + 1].whitespace_
        and doc[start + 2].lower_.rstrip(".") in TITLE_ABBREVIATIONS
    ):
        start += 2  # "L/Cpl Mensah": a lance corporal; the rank goes below
    if (
        label != "PERSON"
        and 2 <= end - start <= 4
        and doc[start].is_title
        and doc[start].lower_.rstrip(".") in TITLE_ABBREVIATIONS
        and all(_name_cased(t) for t in doc[start + 1 : end])
    ):
        label = "PERSON"  # "Cpl Mensah", "Maj Denholm" as a body: a rank and a name
    if (
        label != "PERSON"
        and end - start >= 5
        and doc[start].lower_ in ROLE_WORDS
        and doc[start + 1].lower_ == "of"
        and is_given_name(doc[end - 2].text)
        and all(t.pos_ == "PROPN" and _name_cased(t) for t in doc[end - 2 : end])
        and doc[end - 3].is_title
    ):
        # "Registrar of Voters Tomas Villalobos" as a work of art: the office, then its
        # holder's name
        start, label = end - 2, "PERSON"
    if (
        label in ("ORG", "GPE", "NORP", "FAC", "WORK_OF_ART")
        and end - start >= 4
        and doc[end - 3].lower_ in ROLE_WORDS
        and doc[end - 3].is_title
        and doc[end - 3].lower_ not in _ROLE_MODIFIERS
        and all(
            t.pos_ == "PROPN" and _name_cased(t) and not is_common_word(t.text)
            for t in doc[end - 2 : end]
        )
        and doc[end - 1].lower_ not in NON_PERSON_HEADS
    ):
        # "EPA Administrator Olusegun Bakare" as a body: the body's office, then its holder
        start, label = end - 2, "PERSON"
    if label != "PERSON" and _family_name_first(doc[start:end]):
        label = "PERSON"  # "Park Soo-min" as a body: a family name, then a Korean given name
    if (
        label == "ORG"
        and end < len(doc)
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and doc[end - 1].whitespace_ == " "
        and doc[end].is_title
        and doc[end].pos_ == "PROPN"
        and doc[end].ent_type_ == ""
        # (not "Treasury" + "Secretary": an office, unless named with "of")
        and (doc[end].lower_ not in ROLE_WORDS or any(t.lower_ == "of" for t in doc[start:end]))
    ):
        end += 1  # "The Office of the U.S. Trade" + "Representative": the head it left out
    if (
        label == "ORG"
        and end + 1 < len(doc)
        and doc[end].lower_ == "of"
        and doc[end].head.i == end - 1
        and doc[end + 1].dep_ == "pobj"
        and doc[end + 1].head.i == end
        and doc[end + 1].is_title
        and doc[end + 1].pos_ == "PROPN"
        and doc[end + 1].ent_type_ == ""
    ):
        end += 2  # "The U.S. Chamber" + "of Commerce": the rest of its name, untagged
    if (
        label == "ORG"
        and start > 0
        and doc[start - 1].dep_ == "compound"
        and start <= doc[start - 1].head.i < end
        and doc[start - 1].whitespace_ == " "
        and doc[start - 1].is_title
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].ent_type_ == ""
        and doc[start - 1].lower_.rstrip(".") not in HONORIFICS | ROLE_WORDS  # not "Sen."
        and doc[start - 1].lower_.rstrip(".") not in TITLE_ABBREVIATIONS
        # (not "Outside" + "Parliament": a common word, unless a place's name)
        and (is_place_name(doc[start - 1].text) or not is_common_word(doc[start - 1].text))
    ):
        start -= 1  # "Fife" + "Council": the place the body is named after, left out
    owned = _owned_person_start(doc, start, end)
    if owned is not None:
        start, label = owned, "PERSON"  # "Arsenal's Edu": the club's player
    if label in _NEVER_SPEAKING_LABELS and _speaker_after_quotation(doc, start, end):
        label = "PERSON"  # '"We deserved it," said Obstfeld.': only a person is said so
    verb = next(
        (i for i in range(start + 2, end) if doc[i].is_lower and doc[i].pos_ in ("VERB", "AUX")),
        None,
    )
    if verb is not None and all(_name_cased(t) for t in doc[start:verb]):
        end = verb  # "Pascal Cygan missed (Arsenal)" as one name: a verb ends the name
    for i in range(start + 1, end - 1):
        if (
            doc[i].text in _DASHES
            and doc[i].whitespace_
            and doc[i - 1].whitespace_
            and doc[i + 1].is_lower
        ):
            end = i  # "Usher's Confessions - one of eight albums": a lower-case word goes on
            break
        if _initial_ends_sentence(doc[i]):
            end = i + 1  # "Malcolm X. Besides Dee, Davis ...": the initial's dot ends it
            break
    if (
        end - start >= 3
        and doc[end - 2].text == "-"
        and not doc[end - 3].whitespace_
        and not doc[end - 2].whitespace_
        and doc[end - 1].lower_ in _NAME_SUFFIX_WORDS
    ):
        end -= 2  # "George Bush-style tax cutting": the name the style is named after
    elif (
        label == "PERSON"
        and end - start >= 2
        and end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_lower
        and doc[end + 1].is_alpha
        and doc[end + 1].lower_ not in _NAME_SUFFIX_WORDS
        and not is_common_word(doc[end + 1].text)  # not "Oscar-winner Andrea Arnold"
        and doc[end + 1].tag_ not in ("VBN", "VBD")  # not "Tony Blair-led"
    ):
        if end + 2 < len(doc) and doc[end + 1].whitespace_ == " " and _name_word(doc[end + 2]):
            end += 3  # "Nursultan Abish-uly Nazarbayev": a patronymic's suffix, then the surname
        elif (
            len(doc[end - 1]) <= 5
            and len(doc[end + 1]) <= 5
            and not (end + 2 < len(doc) and doc[end + 2].is_title)
        ):
            end += 2  # "Professor Oh Jun-seok": a Korean given name's second syllable
    elif (
        label == "PERSON"
        and end - start >= 2
        and end + 1 < len(doc)
        and _joining_hyphen(doc[end])
        and doc[end + 1].is_alpha
        and not doc[end + 1].ent_type_
        and not (
            end + 2 < len(doc)
            # not "the Tony Blair-Brown rivalry": two people's names before a noun
            and (
                _unspaced_hyphen(doc[end + 2])
                or (doc[end + 2].is_lower and doc[end + 2].pos_ == "NOUN")
            )
        )
        and (is_surname(doc[end + 1].text) or not is_common_word(doc[end + 1].text))
    ):
        end += 2  # "Teresa Montaño" + "-Blake": a double-barrelled surname tagged in part
    if label == "ORG" and end < len(doc) and _joining_hyphen_of_letters(doc[end]):
        end += 2  # "the BEA-TT": a body's letters joined by a hyphen, tagged in part
    if (
        label in ("ORG", "GPE", "NORP")
        and end + 1 < len(doc)
        and doc[end - 1].lower_ in _CAMPAIGNING_PEOPLE
        and doc[end].lower_ in ("for", "against")
        and doc[end + 1].is_title
    ):
        # "Clay County Parents for Open Libraries", tagged up to "Parents": a campaign
        # group named for its cause
        cause = end + 1
        while (
            cause < len(doc) and doc[cause].is_title and doc[cause].pos_ in ("PROPN", "NOUN", "ADJ")
        ):
            cause += 1
        end, label = cause, "ORG"
    if (
        label in NAME_LABELS
        and end - start >= 3
        and doc[end - 1].text in _PERSON_LETTERS
        and all(_name_cased(t) for t in doc[start : end - 1])
    ):
        label = "PERSON"  # "Philippe Sands QC": letters only a person has after the name
    if (
        label in ("ORG", "GPE", "NORP", "FAC")
        and 3 <= end - start <= 4
        and doc[end - 1].text in _MEMBER_TITLES
        and all(_name_cased(t) and t.is_alpha for t in doc[start : end - 1])
        and (
            is_given_name(doc[start].text)
            or not (
                is_common_word(doc[start].lower_)
                or is_demonym(doc[start].text)
                or is_place_name(doc[start].text)
            )
        )
    ):
        # "Huw Cadwaladr AM" tagged as a body: a member's name and letters, not "Plaid
        # Cymru AM"
        label, end = "PERSON", end - 1
    if label == "PERSON" and end - start >= 2 and doc[start].lower_ in _LEAGUE_WORDS:
        start += 1  # "disposed of Premiership Fulham": the league a club plays in
    if (
        label == "PERSON"
        and end - start >= 2
        and doc[start].is_sent_start
        and doc[start].lower_ in _THING_NOUNS | _GENRE_NOUNS
        and _name_word(doc[start + 1])
    ):
        start += 1  # "Bookmaker Ladbrokes said": the kind, capitalised as the sentence opens
    if (
        label == "PERSON"
        and end - start >= 2
        and doc[start].is_sent_start
        and doc[start].is_title
        and doc[start].lower_ in _OPENING_POSITIONS
        and all(_name_word(t) for t in doc[start + 1 : end])
    ):
        start += 1  # "Centre Parker has only a slim chance": a position, then the name
    if (
        start > 0
        and (
            len(doc[start - 1].text) == 1
            # two initials before a person's surname ("JM Coetzee"), not "US" or "UK"
            or (
                label == "PERSON"
                and len(doc[start - 1].text) == 2
                and doc[start - 1].is_alpha
                and doc[start - 1].text not in _TWO_LETTER_BODIES
            )
        )
        and doc[start - 1].is_upper
        and doc[start - 1].dep_ == "compound"
        and start <= doc[start - 1].head.i < end
        and doc[start - 1].whitespace_ == " "
        and not doc[start - 1].ent_type_
    ):
        start -= 1  # "Q Magazine", "J Smith": an initial the model left out
    if (
        label in NAME_LABELS
        and end - start == 1
        and start >= 2
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        and not doc[start - 1].ent_type_
        and doc[start - 1].head.i == start
        and doc[start - 2].is_lower
        and doc[start - 2].lower_ in ROLE_WORDS
        and doc[start - 2].lower_ not in _GROUP_ROLES | _ROLE_MODIFIERS
    ):
        # "Zimbabwe goalkeeper Energy Murambadoro" with only the surname tagged: a role,
        # then a given name the model left out
        start, label = start - 1, "PERSON"
    if label in NAME_LABELS:
        # "Barcelona star Ronaldinho" as one ORG, "Perpignan centre Jean-Philippe Granclaude"
        # as one PERSON: the name after the title word is a person
        for i in range(end - 2, start - 1, -1):
            if (
                (doc[i].is_lower or i == start)
                and (
                    doc[i].lower_ in ROLE_WORDS or (doc[i].is_lower and doc[i].lower_ in _POSITIONS)
                )
                and end - i >= 2 + (i == start)
                # "Perpignan centre Jean-Philippe Granclaude": a hyphen may join given names
                and all(
                    (t.pos_ == "PROPN" and t.is_title) or _joining_hyphen(t)
                    for t in doc[i + 1 : end]
                )
                # "International Petroleum Exchange", "General Motors Europe" are bodies
                and not any(t.lower_ in NON_PERSON_HEADS for t in doc[i + 1 : end])
            ):
                start, label = i + 1, "PERSON"
                break
    if label in NAME_LABELS:
        start, label = _after_party_or_seat(doc, start, end, label)
    cut = next(
        (
            i
            for i in range(start + 2, end)
            if _SCORE.match(doc[i].text)
            or (
                doc[i].is_digit
                and i + 2 < len(doc)
                and doc[i + 1].text in _DASHES
                and doc[i + 2].is_digit
            )
        ),
        None,
    )
    if cut is not None and all(t.pos_ == "PROPN" and t.is_title for t in doc[start:cut]):
        # "beat Gaston Gaudio 5-7 6-1 6-4" taken as one FAC: the name, then the score
        end = cut
        if is_given_name(doc[start].text) and cut - start <= 3:
            label = "PERSON"
    if label in NAME_LABELS and label != "PERSON":
        # "Nottingham City Councillor Brian Parbutt" as one ORG: a title-case role word
        # followed by a given name and a surname
        for i in range(start + 1, end - 2):
            if (
                doc[i].is_title
                and doc[i].lower_ in ROLE_WORDS
                and is_given_name(doc[i + 1].text)
                and all(t.pos_ == "PROPN" and t.is_title for t in doc[i + 1 : end])
            ):
                start, label = i + 1, "PERSON"
                break
    if label in NAME_LABELS and label != "PERSON":
        # "New Zealander Jason Spice" as one ORG: a nationality, then a person's name
        i = start
        while i < end - 2 and (
            doc[i].text in DEMONYMS
            or (doc[i].text in ("New", "North", "South") and doc[i + 1].text in DEMONYMS)
        ):
            i += 1
        if i > start and _given_name_shaped(doc, i, end):
            start, label = i, "PERSON"
    if label in NAME_LABELS | {"DATE"}:
        # "Roma's Olivier Dacourt" as one ORG, "last November Samuel Amoah" as one DATE,
        # "Birmingham’s Zainab Oladipo-Hart" as one person: an owner or a date, then a
        # person's name
        for i in range(start, end - 2):
            if label == "PERSON":
                if doc[i].lower_ in ("'s", "’s") and _given_name_shaped(
                    doc, i + 1, end - 2 if doc[end - 2].text == "-" else end
                ):
                    start = i + 1  # (a hyphened surname: "Oladipo-Hart")
                    break
                continue
            if (
                (doc[i].tag_ == "POS" or (label == "DATE" and doc[i].lower_ in _CALENDAR_WORDS))
                and _given_name_shaped(doc, i + 1, end)
                # not "the Lawyers' Christian Fellowship"
                and (is_surname(doc[end - 1].text) or not is_common_word(doc[end - 1].text))
            ):
                start, label = i + 1, "PERSON"
                break
    if (
        label in NAME_LABELS
        and label != "PERSON"
        and start > 0
        and doc[start - 1].lower_.rstrip(".") in SURNAME_HONORIFICS - {"dr"}  # "Dr Barnardo's"
        and doc[start - 1].is_title
    ):
        owner_end = next((k for k in range(start + 1, end - 1) if doc[k].tag_ == "POS"), None)
        if owner_end is not None and all(_name_cased(t) for t in doc[start:owner_end]):
            # "Lord Dubs' Succession to the Crown Bill": the titled owner of the thing
            end, label = owner_end, "PERSON"
    root = doc[start:end].root
    if label in ("ORG", "GPE", "FAC", "WORK_OF_ART", "PRODUCT") and (
        _names_maker_of_work(doc, start, end) or _owns_a_title(doc, start, end)
    ):
        label = "PERSON"  # "the Mike Leigh film", "starred in Jean-Pierre Jeunet's A Very..."
    if (
        label in ("ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT")
        and end - start == 2
        and root.dep_ in ("nsubj", "nsubjpass")
        and (root.head.lemma_ in _SPEECH_VERBS or _introduces_quotation(root.head))
        and _surname_shaped(doc, start, end)
    ):
        label = "PERSON"  # "Linford Christie countered:": an unlisted given name, a surname
    if (
        label in ("ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT")
        and 2 <= end - start <= 3
        and root.dep_ == "nsubj"
        and root.head.lemma_ in _SPEECH_VERBS
        and _reports_own_words(root.head)
        and all(
            _proper_name_word(t)
            and not is_common_word(t.text)
            and not is_place_name(t.text)
            and t.lower_ not in NON_PERSON_HEADS
            for t in doc[start:end]
        )
        and not (start > 0 and doc[start - 1].lower_ in _DETERMINERS)
    ):
        label = "PERSON"  # "Rio Ferdinand has said he ...": a body would say "it"
    if (
        label in ("ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT")
        and _given_name_shaped(doc, start, end)
        and (
            _paired_with_person(root)  # "including Keanu Reeves and Benjamin Bratt"
            # "Dominic Cooper (His Dark Materials)": a nominee and the work, in brackets
            or (end + 1 < len(doc) and doc[end].text == "(" and _capitalised(doc[end + 1]))
            # '"...," said Richie Porterhouse' (tagged ORG)
            or (root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _SPEECH_VERBS)
            # "Morgan Spurlock earned", "beaten by Nadia Petrova": a common given name and a
            # surname no word shares
            or (
                end - start == 2
                and label in ("ORG", "FAC")  # films and places are named after people
                and doc[start].lower_ not in _NOT_FIRST_NAMES
                and _name_word(doc[end - 1])
                and not is_common_word(doc[end - 1].text)
                and doc[end - 1].tag_ != "NNPS"
                and not (end < len(doc) and _name_word(doc[end]))
            )
        )
    ):
        label = "PERSON"
    if (
        (
            label in ("ORG", "NORP", "PRODUCT", "WORK_OF_ART")
            or (label == "GPE" and not is_place_name(doc[start:end].text))
        )
        and end - start <= 2
        and doc[end - 1].lower_ not in NON_PERSON_HEADS
        and all(t.pos_ == "PROPN" and t.is_title for t in doc[start:end])
        and not (start > 0 and doc[start - 1].text == "(")  # "Ed Jackson (Aldershot)"
        and (_listed_with_people(doc[start:end].root) or _creator(doc[start:end].root))
    ):
        label = "PERSON"  # "Caravaggio, Stubbs and Rubens", "directed by Sofia Coppola"
    if (
        (
            label in ("ORG", "NORP", "PRODUCT", "WORK_OF_ART", "FAC")
            or (label == "GPE" and not is_place_name(doc[start:end].text))
        )
        and end - start <= 3
        and doc[end - 1].lower_ not in NON_PERSON_HEADS
        and all(t.pos_ == "PROPN" and (_name_cased(t) or t.is_upper) for t in doc[start:end])
        and not (start > 0 and doc[start - 1].lower_ in _DETERMINERS)
        and _example_of_people(doc[start:end].root)
    ):
        label = "PERSON"  # "artists such as Beyonce and Ashanti", "rappers Ludacris"
    if (
        label in ("ORG", "GPE", "NORP", "WORK_OF_ART", "PRODUCT", "FAC", "LOC")
        # (not a state's abbreviation: "Rep. X, R-Okla., who chairs ...")
        and not (doc[end - 1].text.endswith(".") and us_state(doc[start:end].text))
        # (nor a state or a country after a town: "Denise X of Frederick, Maryland, whose
        # daughter ...")
        and not (
            start > 0
            and doc[start - 1].text == ","
            and (us_state(doc[start:end].text) or is_country_name(doc[start:end].text))
        )
        and (_described_as_person(doc, start, end) or _said_to_be_person(doc, start, end))
    ):
        label = "PERSON"
    if (
        label in ("ORG", "NORP", "WORK_OF_ART", "PRODUCT", "FAC")
        and all(_name_word(t) for t in doc[start:end])
        and _aged(doc, end)
    ):
        label = "PERSON"  # "Scott, 22, smashed his personal best"
    if (
        label in ("ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "PRODUCT")
        and end - start <= 3
        and all(t.pos_ == "PROPN" and _name_cased(t) for t in doc[start:end])
        and _age_before(doc, start)
        # but "28-year-old Arsenal striker": the name of a club before the noun
        and not (end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN"))
    ):
        label = "PERSON"  # "Ten-year-old Dakota Fanning will play Fern"
    root = doc[start:end].root
    if (
        label in ("ORG", "GPE", "NORP", "FAC", "LOC")
        and root.dep_ == "appos"
        and root.head.i < start
        and root.head.pos_ == "NOUN"
        and root.head.lower_ in ROLE_WORDS
        and all(
            (t.pos_ == "PROPN" and t.is_title)
            or t.lower_ in _NAME_PARTICLES
            # "The agency's director, Amara Lindqvist-Bello,": a double-barrelled surname
            or (t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_)
            for t in doc[start:end]
        )
    ):
        label = "PERSON"  # "Kenteris's lawyer, Gregory Ioannidis,"
    if (
        (
            label in ("ORG", "GPE", "NORP", "FAC", "LOC")
            # "boss Graeme Souness "We deserved it"": the quotation made it a title
            or (label in ("WORK_OF_ART", "PRODUCT") and is_given_name(doc[start].text))
        )
        and end - start >= 2
        and start > 0
        and (
            doc[start - 1].lower_ in ROLE_WORDS
            # "actresses Cate Blanchett and ...", "rappers Ludacris and ..."
            or _plural_role_noun(doc[start - 1])
        )
        and doc[start - 1].lower_ not in ("former", "acting", "interim", "senior", "junior")
        and doc[end - 1].lower_ not in NON_PERSON_HEADS
        and not _firm_called_so(doc[start - 1].lower_, doc[start])
        and all(
            (t.pos_ == "PROPN" and t.is_title)
            or t.lower_ in _NAME_PARTICLES
            # "coach Sven-Goran Eriksson": a hyphen joining two parts of a given name
            or (t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_)
            for t in doc[start:end]
        )
    ):
        label = "PERSON"  # "analyst Nick Van den Brul", "Star Christina Applegate"
    if (
        label in ("ORG", "GPE", "NORP", "FAC", "LOC")
        and end - start == 1
        and start > 0
        and doc[start - 1].is_lower
        and doc[start - 1].pos_ == "NOUN"
        and doc[start - 1].lower_ in ROLE_WORDS
        and doc[start - 1].lower_ not in _ROLE_MODIFIERS
        and doc[start - 1].lower_ not in ("analyst", "leader", "head", "boss")
        # "steel producer X", "asset manager X" are firms; "R&B star Nelly" a person
        and not (
            doc[start - 1].lower_ not in _PERFORMING_ROLES
            and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in doc[start - 1].children)
        )
        and doc[start].pos_ == "PROPN"
        and doc[start].is_title
        and doc[start].lower_ not in NON_PERSON_HEADS
    ):
        label = "PERSON"  # "R&B star Aaliyah", "rapper Eminem" (not "steel producer X")
    if label in NAME_LABELS and label != "PERSON":
        first = doc[start]
        previous = doc[start - 1] if start > 0 else None
        if (first.lower_.rstrip(".") in _NAME_TITLES and end - start > 1 and first.is_title) or (
            previous is not None
            and previous.lower_.rstrip(".") in _NAME_TITLES
            and previous.is_title
            and all(t.pos_ == "PROPN" or t.text in _DASHES for t in doc[start:end])
        ):
            label = "PERSON"
    if (
        label == "PERSON"
        and start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        and not doc[start - 1].ent_type_
        and doc[start - 1].dep_ == "compound"
        and start <= doc[start - 1].head.i < end
        and "\n" not in doc[start - 1].whitespace_
        and doc[start - 1].is_alpha
        and doc[start - 1].tag_ == "NNP"
        and doc[start - 1].lower_ not in _NAME_TITLES
        and doc[start - 1].lower_ not in ROLE_WORDS
        and not doc[start - 1].lower_.endswith(("man", "woman", "ite", "ist"))
        and (start < 2 or doc[start - 2].ent_type_ not in ("ORG", "PERSON"))
        and (
            _name_counts(doc)[doc[start - 1 : end].text] >= 2
            # "Charlize Theron" where the model took "Theron": neither is an ordinary word
            or (
                end - start == 1
                and _name_word(doc[start - 1])
                and not is_common_word(doc[start - 1].text)
                and not is_common_word(doc[start].text)
            )
        )
    ):
        start -= 1  # "Otis Ferry" (named in full elsewhere) where the model took "Ferry"
    if (
        label == "PERSON"
        and end - start >= 2
        and doc[start].text in DEMONYMS
        # "Finn", "German", "Scot" are given names too, but not before a given name and a
        # surname ("Scot Andy Murray")
        and (
            not is_known_name(doc[start].text)
            or (end - start >= 3 and is_given_name(doc[start + 1].text, international=False))
        )
        and doc[start].whitespace_
        and all(t.is_alpha and _capitalised(t) for t in doc[start + 1 : end])
    ):
        start += 1  # "Kenyan Bernard Lagat": the nationality before the name
    if label == "PERSON":
        for i in range(start + 1, end):
            if doc[i].text in _DASHES and doc[i - 1].whitespace_:
                end = i
                break
        for i in range(start + 1, end - 1):
            if (
                doc[i].tag_ == "POS"
                and all(t.pos_ == "PROPN" and _capitalised(t) for t in doc[start:i])
                and (
                    # "the Ulster Schools' Cup", "St Mary's Hospital": one name, but "Bill
                    # Cosby's TV cartoon" is a full name's
                    doc[end - 1].lower_ not in NON_PERSON_HEADS
                    or (i - start >= 2 and doc[start].is_title and is_known_name(doc[start].text))
                )
            ):
                end = i  # "Mike Nichols' Closer" as one name: the owner, not the work
                break
        stop = end
        while stop < len(doc) and doc[stop].lower_ in _NAME_PARTICLES and stop - end < 3:
            stop += 1
        if (
            (stop > end or doc[end - 1].lower_ in _NAME_PARTICLES)
            and stop < len(doc)
            and doc[stop].is_title
            and doc[stop].pos_ == "PROPN"
            and "\n" not in doc[stop - 1].whitespace_
        ):
            end = stop + 1  # "Walter van der Vijver", where the model stopped at "van"
            if _rest_of_double_barrel(doc, end):
                end += 2  # "Cllr Huw ap Rhys-Evans"
        if (
            end + 1 < len(doc)
            and doc[end - 1].text in _IRISH_SURNAME_OPENERS
            and doc[end].text == "an"
            and _IRISH_MUTATED_NAME.match(doc[end + 1].text)
        ):
            end += 2  # "Ruairí Mac an tSaoi", where the model stopped at "Mac"
        while (
            end - start > 1
            and doc[end - 1].lower_ in _NAME_PARTICLES
            and not (doc[end - 2].text == "-" and not doc[end - 2].whitespace_)  # "Soo-bin"
            # ("Tuan Le, 58,": a capitalised surname that ends the name before punctuation)
            and not (doc[end - 1].is_title and end < len(doc) and doc[end].is_punct)
        ):
            end -= 1
        if (
            end + 1 < len(doc)
            and len(doc[end - 1].text) == 1
            and doc[end - 1].is_upper
            and end - start >= 2
            and _name_word(doc[end])
            and doc[end].ent_type_ in ("", "PERSON")
            and "\n" not in doc[end - 1].whitespace_
        ):
            end += 1  # "Bruce L" of "Bruce L Castor Jr": a middle initial ends no name
            if end < len(doc) and doc[end].text in ("Jr", "Sr"):
                end += 1
        if (
            end < len(doc)
            and end - start == 1
            and doc[end].pos_ == "PROPN"
            and _capitalised(doc[end])
            and not doc[end].ent_type_
            and doc[end - 1].dep_ == "compound"
            and doc[end - 1].head.i == end
            and "\n" not in doc[end - 1].whitespace_
        ):
            end += 1
    particle = start
    while (
        particle > 0 and doc[particle - 1].is_lower and doc[particle - 1].lower_ in _NAME_PARTICLES
    ):
        particle -= 1
    if (
        label in NAME_LABELS
        and 0 < particle < start
        and start - particle <= 2
        and _name_cased(doc[particle - 1])
        and is_known_name(doc[particle - 1].text)
        # (or tagged apart as a one-word name: "Rhodri" of "Rhodri ap Dafydd")
        and (not doc[particle - 1].ent_type_ or _lone_entity_word(doc[particle - 1]))
        and "\n" not in doc[particle - 1 : start].text
    ):
        start, label = particle - 1, "PERSON"  # "David dal Maso" tagged as "Maso" (ORG)
    if (
        label == "PERSON"
        and end - start >= 3
        and doc[end - 1].text in _MEMBER_TITLES
        and is_given_name(doc[start].text)  # (not "Bolton West MP", the seat)
        and all(_name_cased(t) or t.lower_ in _NAME_PARTICLES for t in doc[start : end - 1])
    ):
        end -= 1  # "Rhodri ap Dafydd MS": a member's letters after the name are no part of it
    if (
        label in ("NORP", "ORG")
        and start > 1
        and doc[start - 2].lower_ == "the"
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        and doc[start - 1].dep_ in ("amod", "compound")
        and start <= doc[start - 1].head.i < end
        and not doc[start - 1].ent_type_
    ):
        start -= 1  # "the Liberal Democrats" tagged as "Democrats"
    if (
        label == "NORP"
        and end - start == 1
        and doc[start].pos_ == "PROPN"
        # a name used as a noun ("Valve said", "Valve's system"), not a modifier such as
        # "Conservative spending plans" or "Arab and foreign companies"
        and doc[start].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss")
        and _brand_not_people(doc[start].text)
    ):
        label = "ORG"  # "Valve said", "Symantec": a firm, not a nationality or a faith
    if (
        label == "ORG"
        and end - start == 4
        and _joining_hyphen(doc[start + 2])
        and is_given_name(doc[start].text)
        and not is_place_name(doc[start].text)  # ("Maryland Wal-Marts")
        and all(_name_cased(t) for t in (doc[start], doc[start + 1], doc[start + 3]))
        and not is_known_thing(name_key(doc[start:end].text))
        and doc[end - 1].lower_ not in _BODY_NAME_ENDS
    ):
        label = "PERSON"  # "Labour's Aled Morgan-Price", tagged a body
    if label == "PERSON" and (
        (start > 0 and doc[start - 1].lower_ == "nearby")
        or (end - start == 2 and doc[start].text in _PLACE_OPENING_WORDS)
        # the town after someone's street ("of Kingsmead Lane, Westcombe Abbot,")
        or (
            start > 1
            and doc[start - 1].text == ","
            and doc[start - 2].is_title
            and doc[start - 2].lower_ in _STREET_WORDS | {"street", "road", "avenue"}
        )
    ):
        # "a retired machinist from nearby Eldon Falls", "Port Ellen's winning goal": a place
        # ("Loch Lomond", "Mount Kenya": a natural one)
        label = "LOC" if doc[start].text in _NATURAL_PLACE_WORDS else "GPE"
    if (start, end, label) == (ent.start, ent.end, ent.label_):
        return ent
    return Span(doc, start, end, label=label)


# How the names of peoples, faiths and parties end ("Italian", "Tory", "Sikh", "Nazi")
_PEOPLE_ENDINGS = ("an", "ese", "ish", "i", "ic", "ist", "ite", "s", "y", "ern", "u", "h")


def _brand_not_people(word: str) -> bool:
    """A one-word name the model called a nationality, faith or party that has none of
    their endings and is no place ("Valve", "Symantec", "Netscape")."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and word not in DEMONYMS
        and not word.lower().endswith(_PEOPLE_ENDINGS)
        and not is_place_name(word)
    )


def _initial_ends_sentence(token: Token) -> bool:
    """``token`` is a capital letter with a dot that ends a sentence, not a middle initial:
    a capitalised function word follows ("Malcolm X. Besides Dee") or a hyphen comes
    before it ("Jay-Z. Soul singer Stevie Wonder")."""
    doc = token.doc
    text = token.text
    if not (len(text) == 2 and text[0].isupper() and text[1] == "." and token.whitespace_):
        return False
    if token.i + 1 >= len(doc) or token.i == 0:
        return False
    after = doc[token.i + 1]
    if not after.is_title:
        return False
    # "Besides" opens a clause, but "George F. Will" and "Alan B. Call" are surnames
    function_word = after.is_stop and after.pos_ in ("ADP", "SCONJ", "DET", "PRON", "CCONJ")
    return function_word or (doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_)


def _letter_refs(text: str) -> str:
    """The text with character references to letters decoded ("F&#244;n" -> "Fôn");
    references to punctuation ("Blair&#191;s") are kept as they are."""
    if "&#" not in text:
        return text

    def letter(match: re.Match[str]) -> str:
        code = int(match.group(1))
        return chr(code) if code < 0x110000 and chr(code).isalpha() else match.group(0)

    return _CHAR_REF.sub(letter, text)


def _capitalised(token: Token) -> bool:
    """Title case, also with a character reference to a letter inside ("F&#244;n")."""
    if token.is_title:
        return True
    if "&#" not in token.text:
        return False
    text = _letter_refs(token.text)
    return text.isalpha() and text.istitle()


def _described_as_person(doc: Doc, start: int, end: int) -> bool:
    """A name followed by ", who"/", whose" or by an apposition headed by a kinship or
    office noun ("Courtney Love, the widow of ...") names a person."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    following = doc[end + 1]
    if following.lower_ in ("who", "whose", "whom"):
        last = doc[end - 1]
        return last.tag_ != "NNPS" and not last.lower_.endswith("s")  # not "the Tigers, who"
    root = doc[start:end].root
    return any(
        child.dep_ == "appos"
        and child.i > end
        and child.lower_ in ROLE_WORDS
        and not _person_set_between(root, child)
        for child in root.rights
    )


def _person_set_between(root: Token, role: Token) -> bool:
    """Another person's name stands in apposition between a name and a role noun the parser
    gave it: "In the district of Nghia Hanh, Tran Thi Hoa, a 43-year-old rice farmer,"
    (the farmer is Tran Thi Hoa)."""
    return any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" and root.i < c.i < role.i
        for c in root.children
    )


def _said_to_be_person(doc: Doc, start: int, end: int, offices: bool = False) -> bool:
    """The name is the subject of "is/was the <noun>" with a noun only a person can be:
    "Owain Bennallack is the editor of MCV" (not "Apple is the leader"); with ``offices``,
    any office too ("Piers Freelove is senior benefit officer"), for a name no model
    tagged as a body."""
    root = doc[start:end].root
    verb = root.head
    return (
        root.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and verb.i == end
        and any(
            c.dep_ == "attr"
            and c.pos_ == "NOUN"
            and (
                c.lemma_.lower() in _PERSON_ONLY_NOUNS
                or (offices and c.is_lower and c.lower_ in ROLE_WORDS)
            )
            for c in verb.children
        )
    )


def _titled_names(doc: Doc) -> list[Span]:
    """People the model missed but an honorific or a title-case office announces: "Lord
    Winston said", "said Councillor Brian Parbutt"."""
    found: list[Span] = []
    for token in doc:
        if (
            token.is_title
            and (
                token.lower_.rstrip(".") in _NAME_TITLES
                # "Det Ch Insp Louise McGarrity": an office abbreviated, before a given name
                or (
                    token.lower_.rstrip(".") in TITLE_ABBREVIATIONS
                    and token.i + 2 < len(doc)
                    and _name_cased(doc[token.i + 2])
                    and is_given_name(doc[token.i + 1].text)
                    and not doc[token.i + 1].ent_type_
                )
                # "Councillor Brian Parbutt": a title-case office before a given name, or
                # before two name words that are no ordinary words ("Boss Graeme Souness")
                or (
                    token.lower_ in ROLE_WORDS
                    and token.i + 2 < len(doc)
                    and doc[token.i + 2].is_title
                    and (
                        is_given_name(doc[token.i + 1].text)
                        # "Sheriff Wade Rivers said": a given name and a surname, both
                        # ordinary words too, before a verb of speaking
                        or (
                            is_known_name(doc[token.i + 1].text)
                            and is_surname(doc[token.i + 2].text)
                            and doc[token.i + 1].pos_ == "PROPN"
                            and doc[token.i + 2].pos_ == "PROPN"
                            and not doc[token.i + 1].ent_type_
                            and not doc[token.i + 2].ent_type_
                            and token.i + 3 < len(doc)
                            and doc[token.i + 3].lemma_ in _SPEECH_VERBS
                        )
                        or (
                            _name_word(doc[token.i + 1])
                            and _name_word(doc[token.i + 2])
                            and not is_common_word(doc[token.i + 1].text)
                            and not doc[token.i + 1].ent_type_
                            # not half of a tagged name, unless the model took the surname
                            # alone for the person ("Councillor Parminder" + "Gill")
                            and (
                                (
                                    not doc[token.i + 2].ent_type_
                                    and not is_common_word(doc[token.i + 2].text)
                                )
                                or (
                                    doc[token.i + 2].ent_type_ == "PERSON"
                                    and _tagged_alone(doc[token.i + 2])
                                )
                            )
                            and (token.i + 3 >= len(doc) or doc[token.i + 3].text not in _DASHES)
                        )
                    )
                )
                # "Councillor Dyfrig ap Rhys": a name with a particle inside it
                or (
                    token.lower_ in ROLE_WORDS
                    and token.i + 3 < len(doc)
                    and doc[token.i + 2].lower_ in _NAME_PARTICLES
                    and doc[token.i + 2].is_lower
                    and doc[token.i + 1].is_title
                    and doc[token.i + 3].is_title
                    and not doc[token.i + 1].ent_type_
                    and not is_common_word(doc[token.i + 1].text)
                )
            )
            # untagged, or tagged alone ("Councillor" a person, "Parminder" nothing), or
            # closing a run of titles the model took for the person ("Det Ch Insp" +
            # "Louise McGarrity")
            and (not token.ent_type_ or _tagged_alone(token) or _ends_tagged_titles(token))
            and token.i + 1 < len(doc)
        ):
            end = token.i + 1
            while end < len(doc) and end - token.i <= 4 and "\n" not in doc[end - 1].whitespace_:
                if doc[end].pos_ == "PROPN" and _name_cased(doc[end]) and not doc[end].ent_type_:
                    end += 1
                elif (
                    end > token.i + 1
                    and doc[end].lower_ in _NAME_PARTICLES
                    and doc[end].is_lower
                    and end + 1 < len(doc)
                    and doc[end + 1].is_title
                    and doc[end + 1].pos_ == "PROPN"
                ):
                    end += 2  # "Councillor Dyfrig ap Rhys": a particle inside the name
                elif (
                    end == token.i + 1
                    and _tagged_alone(doc[end])
                    and doc[end].ent_type_ != "PERSON"
                    and is_given_name(doc[end].text)
                    and doc[end].lower_ not in _NOT_FIRST_NAMES
                ):
                    end += 1  # "Analyst Beatriz Almeida-Sousa", "Beatriz" taken for a firm
                elif (
                    doc[end].text in _DASHES
                    and end + 1 < len(doc)
                    and not doc[end - 1].whitespace_
                    and not doc[end].whitespace_
                    and doc[end + 1].is_title
                ):
                    end += 2  # "Kilroy-Silk"
                else:
                    break
            if (
                end > token.i + 1
                and end < len(doc)
                and doc[end].ent_iob_ == "B"
                and doc[end].is_title
            ):
                # "Cardinal Cormac" + a tagged "Murphy-O'Connor": one name, whatever the
                # model took its second half for
                end += 1
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
            if end > token.i + 1:
                found.append(Span(doc, token.i + 1, end, label="PERSON"))
    return found


def _ends_tagged_titles(token: Token) -> bool:
    """``token`` ends an entity the model tagged that is nothing but titles and offices,
    written out or abbreviated ("Det Ch Insp")."""
    doc = token.doc
    if token.ent_iob_ not in ("B", "I") or (
        token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"
    ):
        return False
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return all(
        (word := t.lower_.rstrip(".")) in TITLE_ABBREVIATIONS
        or word in _NAME_TITLES
        or word in ROLE_WORDS
        for t in doc[start : token.i + 1]
    )


def _tagged_alone(token: Token) -> bool:
    """The model tagged ``token`` as an entity of one word."""
    doc = token.doc
    return token.ent_iob_ == "B" and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I")


def _appositive_names(doc: Doc) -> list[Span]:
    """People the model missed but an appositive office announces: "Theresa May, shadow
    secretary for the family, told ..." (a name of two or more capitalised words)."""
    found: list[Span] = []
    for token in doc:
        if (
            token.dep_ != "appos"
            or token.lower_ not in ROLE_WORDS
            or token.lower_ in _ROLE_MODIFIERS
            or token.head.i >= token.i
        ):
            continue
        head = token.head
        if head.pos_ != "PROPN" or head.ent_type_ or not head.is_title:
            continue
        start = head.i
        while start > 0:
            if (
                start > 1
                and doc[start - 1].text in _DASHES
                and not doc[start - 2].whitespace_
                and not doc[start - 1].whitespace_
                and doc[start - 2].pos_ == "PROPN"
                and doc[start - 2].is_title
                and len(doc[start - 2]) > 1  # (not a party's letter: "(R-Waukesha)")
                and not doc[start - 2].ent_type_
            ):
                start -= 1  # "Ignatius Okonkwo-Hale": a double-barrelled surname
            elif (
                doc[start - 1].pos_ != "PROPN"
                or not doc[start - 1].is_title
                or doc[start - 1].ent_type_
                or "\n" in doc[start - 1].whitespace_
            ):
                break
            start -= 1
        while start < head.i and doc[start].lower_ in _OPENING_PREPOSITIONS:
            start += 1  # 'Outside Parliament, Gemma X, 31, ..., a staff nurse': where, not who
        if head.i - start >= 1 and head.i + 1 < len(doc) and doc[head.i + 1].text == ",":
            found.append(Span(doc, start, head.i + 1, label="PERSON"))
    return found


# Role words that also head firms and groups ('analyst Gartner', 'leader Labour').
_GROUP_ROLES = frozenset(
    "analyst leader head boss producer host international organiser organizer".split()
)


# The letters of members of parliaments and assemblies, written before a member's name.
_MEMBER_LETTERS = _MEMBER_TITLES - {"TD"}


def _role_led_names(doc: Doc) -> list[Span]:
    """People the model missed but a role noun right before announces: "R&B star Usher",
    "rapper Twista", "pianist Bebo Valdes" (capitalised proper nouns no entity covers)."""
    found: list[Span] = []
    for token in doc:
        # "Conservative MSP Aamer Qureshi": a member's letters, whatever the model made of
        # the name after them
        member = token.text in _MEMBER_LETTERS
        if (
            not (token.is_lower or member)
            or (token.pos_ != "NOUN" and not member)
            or (token.lower_ not in ROLE_WORDS and not member)
            or token.lower_ in _ROLE_MODIFIERS
            or token.lower_ in _GROUP_ROLES
            or token.i + 1 >= len(doc)
            or "\n" in token.whitespace_
            # (a role of two nouns only before a given name: "point guard Darnell Winter")
            or (
                any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in token.children)
                and given_name_gender(doc[token.i + 1].text) is None
            )
        ):
            continue
        end = token.i + 1
        while (
            end < len(doc)
            and end - token.i <= 3
            and doc[end].pos_ == "PROPN"
            and doc[end].is_title
            and (
                not doc[end].ent_type_
                or (member and doc[end].ent_type_ != "PERSON")
                # "Denver center Tomasz Wrobel", the name tagged as places
                or (doc[end].ent_type_ in ("GPE", "LOC") and not is_place_name(doc[end].text))
                # "point guard Darnell Winter", tagged a body and a season after a given name
                or (
                    doc[end].ent_type_ != "PERSON"
                    and given_name_gender(doc[token.i + 1].text) is not None
                    and doc[token.i + 1].ent_type_ != "PERSON"
                )
            )
            and doc[end].is_alpha
        ):
            end += 1
        if end > token.i + 1 and _rest_of_double_barrel(doc, end):
            end += 2  # "Plaid Cymru AM Eluned Pritchard" + "-Jones": a double-barrelled surname
        if end == token.i + 1 or (end < len(doc) and doc[end].pos_ == "PROPN"):
            continue  # nothing, or a longer name the model tagged in part
        if member and end - token.i < 3:
            continue  # (a member's letters before one word: "MSP Holyrood")
        if doc[end - 1].lower_ in NON_PERSON_HEADS:
            continue
        found.append(Span(doc, token.i + 1, end, label="PERSON"))
    return found


# Feasts and seasons of the year, named like months ("until about Easter").
_FEASTS = frozenset(
    """easter christmas xmas lent advent whitsun pentecost epiphany ramadan eid diwali
    hanukkah chanukah passover thanksgiving halloween hogmanay michaelmas candlemas""".split()
)

# Days and months ("last November Samuel Amoah": a date run into a name).
_CALENDAR_WORDS = frozenset(
    """sunday monday tuesday wednesday thursday friday saturday january february march april
    may june july august september october november december""".split()
)
# Words the given-name lists hold that open place, paper and event names far more often:
# articles of other languages, days and months ("Le Monde", "Sunday Times", "Hong Kong").
_NOT_FIRST_NAMES = _CALENDAR_WORDS | frozenset(
    "de da di del della dal van von der le les la las los el il lo du san santa st hong".split()
)


def _nationality_led_names(doc: Doc) -> list[Span]:
    """People the model missed after a nationality: "beat Bulgarian Magdaleena Maleeva",
    "a clash with Russian Elena Bovina" (two or three name words no entity covers)."""
    found: list[Span] = []
    for token in doc:
        if token.ent_type_ != "NORP" or not token.is_title or token.ent_iob_ != "B":
            continue
        start = token.i + 1
        while start < len(doc) and doc[start].ent_iob_ == "I":
            start += 1  # past "South Korean", a nationality of two words
        end, words, hyphened = start, 0, False
        while (
            end < len(doc)
            and words < 3
            and _name_word(doc[end])
            and not doc[end].ent_type_
            and "\n" not in doc[end - 1].whitespace_
        ):
            end += 1
            words += 1
            if end + 1 < len(doc) and _joining_hyphen(doc[end]) and _name_word(doc[end + 1]):
                end, hyphened = end + 2, True  # "Hyung-Taik", one name word
        last = doc[end - 1].text
        if (
            words >= 2
            and not (end < len(doc) and _name_word(doc[end]))
            and (
                not is_common_word(last)
                or (is_surname(last) and (hyphened or is_given_name(doc[start].text)))
            )
            and doc[end - 1].lower_ not in NON_PERSON_HEADS
        ):
            found.append(Span(doc, start, end, label="PERSON"))
    return found


_AGE_WORD = re.compile(r"[\w-]+-year-old", re.IGNORECASE)


def _age_before(doc: Doc, start: int) -> bool:
    """An age right before the name, with no article ("Ten-year-old Dakota Fanning"; not
    "the 100-year-old Highbury")."""
    if start == 0:
        return False
    i = start - 1
    # "year-old" may be one token or split at its hyphens
    j = i
    while j > 0 and doc[j].text in ("-", "old", "year") and not doc[j - 1].whitespace_:
        j -= 1
    words = doc[j:start].text
    return _AGE_WORD.fullmatch(words) is not None and not (
        j > 0 and doc[j - 1].lower_ in _DETERMINERS
    )


def _word_name_before_surname(doc: Doc, i: int) -> bool:
    """A given name that is also a word ('Mark', 'Will') before a surname that is neither a
    word nor a place ('Mark Philippoussis is almost certain to miss ...')."""
    if (
        # a name most of whose bearers are of one sex ('Mark', not 'King', 'Love' or 'Sun')
        given_name_gender(doc[i].text) is None
        or doc[i].lower_ in ROLE_WORDS
        or i + 1 >= len(doc)
        or doc[i].whitespace_ != " "
    ):
        return False
    surname = doc[i + 1]
    return (
        _name_word(surname)
        and surname.pos_ == "PROPN"
        and not is_common_word(surname.text)
        and not is_place_name(surname.text)
        and surname.lower_ not in NON_PERSON_HEADS
        and not (i + 2 < len(doc) and _name_word(doc[i + 2]))
    )


def _untagged_given_names(doc: Doc) -> list[Span]:
    """People the model tagged as nothing at all: a given name and a surname that is not an
    ordinary word ("alongside John Legend, Mavis Staples and ...", "directed by Shane
    Carruth")."""
    found: list[Span] = []
    for token in doc:
        i = token.i
        if (
            # a name the model ran into a date ("in January - Richard Belmar") is untagged
            token.ent_type_ in NAME_LABELS
            or not (is_given_name(token.text) or _word_name_before_surname(doc, i))
            or token.lower_ in _NOT_FIRST_NAMES
            or not _capitalised(token)
            or token.pos_ != "PROPN"
            # (but a party or nationality before a name: "Democrat Efrain Solorzano", or an
            # ordinary noun opening the sentence: "Postmistress Agnes Thwaite, who ...")
            or (
                i > 0
                and _name_word(doc[i - 1])
                and doc[i - 1].ent_type_ != "NORP"
                and not (
                    doc[i - 1].is_sent_start
                    and is_common_word(doc[i - 1].text)
                    and not is_given_name(doc[i - 1].text)
                    and not is_place_name(doc[i - 1].text)
                )
                and not _after_office_title(doc, i)
            )
        ):
            continue
        end = i + 1
        while (
            end < len(doc)
            and end - i < 3
            and (
                _name_word(doc[end])
                # "Ciarán Ó Briain": the Irish particle, one letter
                or (doc[end].text == "Ó" and end + 1 < len(doc) and _name_word(doc[end + 1]))
            )
            and doc[end].ent_type_ not in NAME_LABELS
        ):
            end += 1
            if end + 1 < len(doc) and _joining_hyphen(doc[end]) and _name_word(doc[end + 1]):
                end += 2  # "Caroline Ashby-Grant": a double-barrelled surname
        particles = end
        while (
            particles < len(doc)
            and particles - end < 2
            and doc[particles].is_lower
            and doc[particles].lower_ in _NAME_PARTICLES
        ):
            particles += 1
        if (
            end == i + 1
            and particles > end
            and particles < len(doc)
            and (
                _name_word(doc[particles])
                # (the tagger, thrown by the particle, may take the surname for a noun)
                or (
                    doc[particles].pos_ == "NOUN"
                    and _capitalised(doc[particles])
                    and not is_common_word(doc[particles].text)
                )
            )
            and not doc[particles].ent_type_
        ):
            end = particles + 1  # "Gwyn ap Dafydd", "Jan de Vries": a surname with a particle
        last = doc[end - 1]
        # "Émile Dufresne-Park": the ordinary word ends a double-barrelled surname
        double_barrelled = end - i > 3 and _joining_hyphen(doc[end - 2])
        if (
            end - i < 2
            or (end < len(doc) and _name_word(doc[end]))
            or (
                is_common_word(last.text)
                and not double_barrelled
                and not _surname_before_clause(doc, i, end)
            )
            or (last.lower_ in NON_PERSON_HEADS and not double_barrelled)
            # (a plural name, unless a surname ending in s goes on into a clause:
            # "Prosecuting, Bethan Rowlands said")
            or (
                last.tag_ == "NNPS"
                and not (
                    end - i == 2 and is_surname(last.text) and _surname_before_clause(doc, i, end)
                )
            )
            or "\n" in doc[i:end].text
        ):
            continue
        if (
            i > 0
            and doc[i - 1].lower_ in _DETERMINERS
            # "the Whitney Houston film": a determiner, then a work named after its star
            and not (end < len(doc) and doc[end].lemma_.lower() in _MADE_WORK_NOUNS)
        ):
            continue
        found.append(Span(doc, i, end, label="PERSON"))
    return found


def _after_office_title(doc: Doc, start: int) -> bool:
    """The capitalised words before ``start`` are an office's title, opened by a role word
    ("Minister of State for Transport Ciarán Ó Briain", "Minister for Health Seán Kelly")."""
    i = start - 1
    while i >= 0 and start - i <= 6 and "\n" not in doc[i].whitespace_:
        word = doc[i]
        if word.is_title and word.lower_ in ROLE_WORDS and not word.ent_type_:
            return True
        if not (_name_word(word) or word.lower_ in ("of", "for", "and")):
            return False
        i -= 1
    return False


def _surname_before_clause(doc: Doc, start: int, end: int) -> bool:
    """The name ends in an ordinary word that can be a surname (one, or after a given name
    that is no ordinary word) where a clause goes on ("Vincent Cable, for the Liberal
    Democrats, accused")."""
    last = doc[end - 1]
    return (
        (is_surname(last.text) or (last.pos_ == "PROPN" and not is_common_word(doc[start].text)))
        and end < len(doc)
        and (doc[end].text == "," or doc[end].pos_ in ("VERB", "AUX"))
    )


# Prepositions that introduce performers and contributors ("by Bono, Stevie Wonder and
# ..."), not works ("Michael Mann for Collateral").
_PEOPLE_PREPOSITIONS = frozenset("by with from including like as alongside featuring".split())


def _untagged_listed_names(doc: Doc) -> list[Span]:
    """One capitalised word the model tagged as nothing, in the middle of a sentence, listed
    among people ("Other contributors include Sting, Mariah Carey, Elton John and ...",
    "U2, Usher, Norah Jones and Kanye West"): a performer known by one name."""
    return [
        Span(doc, t.i, t.i + 1, label="PERSON")
        for t in doc
        if not t.ent_type_
        and t.pos_ == "PROPN"
        and t.is_alpha
        and _capitalised(t)
        and not t.is_sent_start
        # one word alone, no part of a longer name
        and (doc[t.i - 1].text in (",", "&") or doc[t.i - 1].is_lower)
        and (t.i + 1 == len(doc) or not _name_word(doc[t.i + 1]))
        and t.dep_ in ("conj", "dobj", "pobj", "nsubj", "appos")
        and not (t.dep_ == "pobj" and t.head.lower_ not in _PEOPLE_PREPOSITIONS)
        and _listed_with_people(t)
        and not is_place_name(t.text)
    ]


def _numbered_stage_name(words: list[Token]) -> bool:
    """The words are a number and a capitalised "Cent" ("50 Cent"), or a given name, then
    a number word and a capitalised word that make one surname ("Raymond Two Crows")."""
    if len(words) == 2:
        return words[0].is_digit and words[1].text == "Cent"
    return (
        len(words) == 3
        and (
            is_given_name(words[0].text)
            or (
                words[0].pos_ == "PROPN"
                and _name_cased(words[0])
                and not is_common_word(words[0].text)
            )
        )
        and words[1].is_alpha
        and words[1].is_title
        and words[1].like_num
        and words[2].is_title
        and not words[2].like_num
    )


# What a manager has: "Souness's side", "Mourinho's men".
_MANAGED_NOUNS = frozenset("side men team squad charges players".split())


def _managers_of_sides(doc: Doc) -> list[Span]:
    """A well-known person's surname alone owning a side ("But Souness's side did go
    ahead", "Mourinho's men"): the manager, whatever the model tagged (not a club, a place or
    a firm, and not the end of a longer name)."""
    found: list[Span] = []
    for token in doc[:-2]:
        i = token.i
        if (
            doc[i + 1].tag_ == "POS"
            and doc[i + 2].lower_ in _MANAGED_NOUNS
            and token.pos_ == "PROPN"
            and token.is_title
            and not (i > 0 and _name_word(doc[i - 1]) and not _capitalised_opening_word(doc[i - 1]))
            and is_known_surname(token.text)
            and not is_known_thing(name_key(token.text))
            and not is_known_thing(name_key(token.text + "'s"))  # "Sainsbury's team of buyers"
            and not is_place_name(token.text)
            and not is_common_word(token.text)
        ):
            found.append(Span(doc, i, i + 1, label="PERSON"))
    return found


def _kin_named(doc: Doc) -> list[Span]:
    """Given names right after a lower-case kin noun, and the names listed with them ("his
    stepson Sholto", "their two children Emily, 16, and Pelham, 14"): relatives, whatever
    the model tagged."""
    found: list[Span] = []
    for token in doc[:-1]:
        if token.lower_ not in _KIN_BEFORE_NAMES or not token.is_lower:
            continue
        first = doc[token.i + 1]
        if (
            first.text == ","
            and token.i + 3 < len(doc)
            and doc[token.i + 2].dep_ == "appos"
            and doc[token.i + 2].head.i == token.i
            and doc[token.i + 3].text in (",", ".", ";")
        ):
            # "Her husband, Tunde, a bus driver,", "with her husband, Alasdair.": set off
            first = doc[token.i + 2]
        if not _relative_name(first):
            continue
        for item in _list_items(first):
            if item.i >= first.i and _relative_name(item):
                found.append(Span(doc, item.i, item.i + 1, label="PERSON"))
    return found


# A middle initial ("J.").
_MIDDLE_INITIAL = re.compile(r"^[A-Z]\.$")


def _names_set_off_after_a_person(doc: Doc) -> list[Span]:
    """A given name and a surname the model tagged as nothing, set off by commas right after
    a lower-case noun for a person ("Another parent, Caleb J. Vorhees, whose three children
    ...")."""
    found: list[Span] = []
    for comma in doc[1:-3]:
        noun = doc[comma.i - 1]
        first = doc[comma.i + 1]
        if (
            comma.text != ","
            or not (noun.is_lower and noun.pos_ == "NOUN" and _is_person_noun(noun))
            or first.ent_type_
            or not _capitalised(first)
            or not is_given_name(first.text)
        ):
            continue
        end = first.i + 1
        while (
            end < len(doc)
            and end - first.i < 4
            and not doc[end].ent_type_
            and (_name_word(doc[end]) or _MIDDLE_INITIAL.match(doc[end].text) is not None)
        ):
            end += 1
            if end + 1 < len(doc) and _joining_hyphen(doc[end]) and _name_word(doc[end + 1]):
                end += 2  # a double-barrelled surname
        if (
            end - first.i >= 2
            and end < len(doc)
            and doc[end].text == ","
            and _name_word(doc[end - 1])
            and not is_common_word(doc[end - 1].text)
        ):
            found.append(Span(doc, first.i, end, label="PERSON"))
    return found


def _people_named_with_an_age(doc: Doc) -> list[Span]:
    """A lone name with an age and a description after it ("Jade, 28, a hairdresser,
    says", "Inez, a 29-year-old medical assistant, said"): a person asked in the street,
    whatever the model tagged."""
    found: list[Span] = []
    for token in doc[:-4]:
        age, after = doc[token.i + 2], doc[token.i + 4]
        start = token.i
        while (
            start >= 2
            and doc[start - 1].text in ("-", "‐")
            and not doc[start - 1].whitespace_
            and not doc[start - 2].whitespace_
            and doc[start - 2].is_title
        ):
            start -= 2  # "Park-Salazar": a surname joined by a hyphen
        # "Renata Sales, 41, arrived": a given name before a surname the model left untagged
        given = (
            start > 0
            and doc[start - 1].is_title
            and doc[start - 1].ent_type_ != "PERSON"
            and (
                is_given_name(doc[start - 1].text, international=False)
                # (any given name, inside one name the model tagged as something else:
                # "Aiden Park-Salazar, 17," as a building)
                or (
                    is_given_name(doc[start - 1].text)
                    and doc[start - 1].ent_iob_ == "B"
                    and token.ent_iob_ == "I"
                )
            )
            and not (start > 1 and _name_word(doc[start - 2]))
        )
        if (
            token.ent_type_ == "PERSON"
            or token.pos_ != "PROPN"
            or not token.is_title
            or token.lower_ in _NOT_FIRST_NAMES
            or is_place_name(token.text)
            or is_country_name(token.text)
            or is_known_thing(token.text.lower())
            or (start > 0 and _name_word(doc[start - 1]) and not given)
            or doc[token.i + 1].text != ","
            or not (
                (
                    age.text.isdecimal()
                    and 1 <= int(age.text) <= 110
                    and doc[token.i + 3].text == ","
                    # then what they are, where they are from, or what they said
                    and (after.lower_ in ("a", "an", "the", "from", "who") or after.pos_ == "VERB")
                )
                # 'Inez, a 29-year-old medical assistant, said'
                or (age.lower_ in ("a", "an") and _age_epithet_at(doc, token.i + 3))
            )
        ):
            continue
        found.append(Span(doc, start - given, token.i + 1, label="PERSON"))
    return found


# Verbs by which someone gives a name ("who gave only his first name, Lionel").
NAME_GIVING_VERBS = frozenset({"give", "provide", "offer", "identify"})


def _name_given_before(doc: Doc, start: int) -> bool:
    """A name someone gives begins at ``start`` ("who gave only his first name, Lionel",
    "gave her name only as Maria")."""
    k = start - 2
    if k < 1 or doc[start - 1].lower_ not in (",", "as"):
        return False
    if doc[k].lower_ == "only":
        k -= 1
    return (
        doc[k].lower_ in ("name", "names")
        and doc[k].pos_ == "NOUN"
        and any(doc[j].lemma_.lower() in NAME_GIVING_VERBS for j in range(max(0, k - 5), k))
    )


def _names_given(doc: Doc) -> list[Span]:
    """The name someone gives a reporter ("who gave only his first name, Lionel", "gave
    her name only as Maria"): a person's, whatever the model tagged."""
    found: list[Span] = []
    for token in doc:
        if not (token.pos_ == "PROPN" and token.is_title and _name_given_before(doc, token.i)):
            continue
        end = token.i
        while end < len(doc) and end - token.i < 5:
            word = doc[end]
            if (
                word.text in ("-", "‐")
                and end + 1 < len(doc)
                and not doc[end - 1].whitespace_
                and not word.whitespace_
                and doc[end + 1].is_alpha
            ):
                end += 2  # "Min-ji", split at its hyphen
            elif word.pos_ == "PROPN" and word.is_title and word.lower_ not in _NOT_FIRST_NAMES:
                end += 1
            else:
                break
        if end == token.i or any(
            # (a given name that is a place's too is a name given: "Jordan", "Georgia")
            is_place_name(t.text) and not is_given_name(t.text)
            for t in doc[token.i : end]
        ):
            continue
        if end < len(doc) and not (doc[end].is_punct or doc[end].pos_ in ("VERB", "AUX")):
            continue  # the name ends there ("as Maria, said", "Lionel, said")
        found.append(Span(doc, token.i, end, label="PERSON"))
    return found


def _age_epithet_at(doc: Doc, start: int) -> bool:
    """An age epithet begins at ``start`` ('29-year-old', one token or split at its hyphens)."""
    words = "".join(t.text for t in doc[start : start + 5])
    return _AGE_WORD.match(words) is not None


def _relative_name(token: Token) -> bool:
    """A one-word given name standing alone (no surname after it)."""
    doc = token.doc
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and (
            is_given_name(token.text) or is_known_name(token.text) or not is_common_word(token.text)
        )
        and not is_place_name(token.text)
        and not (token.i + 1 < len(doc) and _name_word(doc[token.i + 1]))
    )


def _capitalised_opening_word(token: Token) -> bool:
    """An ordinary word capitalised only because it opens the sentence ("Replacement Gareth
    Cooper made ..."), not a given name or a surname."""
    return (
        token.is_sent_start
        and not token.ent_type_
        and is_common_word(token.text)
        and not (is_given_name(token.text) or is_known_name(token.text) or is_surname(token.text))
    )


def _numbered_stage_names(doc: Doc) -> list[Span]:
    """A number and a capitalised "Cent" ("50 Cent"): no sum of money, which would read
    "50 cents", but a stage name, whatever the model tagged."""
    return [
        Span(doc, t.i - 1, t.i + 1, label="PERSON")
        for t in doc[1:]
        if _numbered_stage_name([doc[t.i - 1], t]) and doc[t.i - 1].text != "1"
    ]


def _well_known_people(doc: Doc) -> list[Span]:
    """Names of well-known people (see ``is_known_person``), whatever the model tagged:
    "Eminem", "Taylor Dent" (tagged as a body), "JK Rowling". A one-word name that is also
    an ordinary word ("Sting", "Usher") only where the model tagged it as a name."""
    found: list[Span] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if (
            not (_name_cased(token) or token.is_upper)
            # inside a longer name, but not after a nationality ("American Taylor Dent")
            or (
                i > 0
                and _name_word(doc[i - 1])
                and doc[i - 1].text not in DEMONYMS
                and doc[i - 1].ent_type_ != "NORP"
                and not _capitalised_opening_word(doc[i - 1])
            )
            or (i > 0 and doc[i - 1].lower_ in ("a", "an"))  # "A Picasso sold for $104m"
            or not may_open_known_person(token.text)
        ):
            i += 1
            continue
        for n in range(4, 0, -1):
            end = i + n
            if (
                end > len(doc)
                or "\n" in doc[i:end].text
                or any(t.is_punct and t.text not in ("-", ".", "'", "’") for t in doc[i:end])
            ):
                continue  # not "John (Kirwan)" for "John Kirwan"
            if end < len(doc) and (_name_word(doc[end]) or doc[end].text == "-"):
                continue
            if (
                end < len(doc)
                and doc[end].pos_ == "NOUN"
                and doc[end].is_lower
                and doc[end].lower_ not in _POSITIONS  # "play Kaka forward": his position
            ):
                continue  # "Elvis fans", "the Jeremy Vine show": a modifier, left to the model
            if (
                n == 1 or doc[i].lower_ in _PEER_TITLES or _peer(doc[i:end])
            ) and _heads_a_longer_name(doc[i:end]):
                continue  # "Lord Irvine of Lairg", "Madonna of the Pinks": a longer name
            if not is_known_person(name_key(doc[i:end].text)):
                continue
            if n == 1 and (
                token.pos_ != "PROPN"
                or is_place_name(token.text)
                or (is_common_word(token.text) and token.ent_type_ not in NAME_LABELS)
            ):
                continue
            found.append(Span(doc, i, end, label="PERSON"))
            i = end - 1
            break
        i += 1
    return found


_CLOSING_MARKS = frozenset({'"', "”", "''"})


def _untagged_quoted_speakers(doc: Doc) -> list[Span]:
    """A one-word name the model tagged as nothing, speaking right after a quotation
    ('"I didn't have a clue," said Idowu.'): the speaker of the words."""
    found: list[Span] = []
    for token in doc:
        verb = token.head
        i = token.i
        if (
            token.ent_type_
            or token.pos_ != "PROPN"
            or not token.is_title
            or token.dep_ != "nsubj"
            or verb.i != i - 1
            or verb.lemma_.lower() not in ("say", "add", "admit", "explain", "insist")
            or verb.i == 0
            or doc[verb.i - 1].text not in _CLOSING_MARKS
            or (i + 1 < len(doc) and _name_word(doc[i + 1]))
            or (is_common_word(token.text) and not is_surname(token.text))
            or is_place_name(token.text)
            or is_known_thing(name_key(token.text))
        ):
            continue
        found.append(Span(doc, i, i + 1, label="PERSON"))
    return found


# Prepositions of where, before a place ("In Treforgan, a mother of three ...").
_WHERE_PREPOSITIONS = frozenset("in near outside across throughout around".split())


def _untagged_described_names(doc: Doc) -> list[Span]:
    """A name the model tagged as nothing, followed by ", who" ("DiCaprio, who lost out on
    the best actor Bafta to Foxx, will face him again"): only a person is "who"; or by an
    office in apposition ("Priyanka Deshmukh, the UAW organizer who ran the campaign,")."""
    found: list[Span] = []
    # words that open a club's or a body's name ("Kingsbridge Town ... Kingsbridge, whose
    # average home crowd ...": the club)
    bodies = {
        t.text
        for t in doc[:-1]
        if doc[t.i + 1].is_title
        and doc[t.i + 1].lower_ in CLUB_WORDS | _BODY_NAME_ENDS | {"town", "county"}
    }
    for comma in doc[1:-1]:
        # (or an office in apposition: "Priyanka Deshmukh, the UAW organizer who ran it,")
        if comma.text != "," or doc[comma.i + 1].lower_ not in ("who", "whose", "the", "a", "an"):
            continue
        end = comma.i
        start = end
        words = 0
        while (
            start > 0
            and words < 3
            and _name_word(doc[start - 1])
            and doc[start - 1].pos_ == "PROPN"
            and not doc[start - 1].ent_type_
        ):
            start -= 1
            words += 1
            if start > 1 and _joining_hyphen(doc[start - 1]) and not doc[start - 2].ent_type_:
                start -= 1  # a double-barrelled surname ('Emeka Obiakor-Reid, who')
        if (
            start == end
            or doc[start].text == "-"
            or (start > 0 and (_name_word(doc[start - 1]) or doc[start - 1].lower_ in _DETERMINERS))
            # ("In Treforgan, a mother of three who ... said": where she lives)
            or (start > 0 and doc[start - 1].lower_ in _WHERE_PREPOSITIONS)
            or "\n" in doc[start:end].text
            or any(is_common_word(t.text) or is_place_name(t.text) for t in doc[start:end])
            or doc[end - 1].lower_ in NON_PERSON_HEADS
            or doc[start:end].text in bodies
            or not _described_as_person(doc, start, end)
            # "Westlife, who have sold": a plural verb is said of a band or a team
            or (
                comma.i + 2 < len(doc)
                and (doc[comma.i + 2].tag_ == "VBP" or doc[comma.i + 2].lower_ == "were")
            )
        ):
            continue
        found.append(Span(doc, start, end, label="PERSON"))
    return found


def _untagged_names_said_to_be_people(doc: Doc) -> list[Span]:
    """A name the model tagged as nothing (its first word perhaps taken for a noun), the
    subject of "is/was" with an office or a noun only a person can be: "Piers Freelove is
    senior benefit officer on the picket line"."""
    found: list[Span] = []
    for verb in doc:
        if verb.lemma_ != "be" or verb.i < 2:
            continue
        last = doc[verb.i - 1]
        if (
            last.dep_ != "nsubj"
            or last.head.i != verb.i
            or last.pos_ != "PROPN"
            or last.ent_type_
            or not _name_cased(last)
            or is_common_word(last.text)
            or is_place_name(last.text)
            or last.lower_ in NON_PERSON_HEADS
            or last.lower_ in ROLE_WORDS
            or not _said_to_be_person(doc, verb.i - 1, verb.i, offices=True)
        ):
            continue
        start = last.i
        while (
            start > 0
            and last.i - start < 2
            and (before := doc[start - 1]).dep_ == "compound"
            and before.head.i == last.i
            and _name_cased(before)
            and not before.ent_type_
            and before.lower_ not in ROLE_WORDS
            and "\n" not in before.whitespace_
        ):
            start -= 1
        if start == last.i or (
            start > 0 and (_name_word(doc[start - 1]) or doc[start - 1].lower_ in _DETERMINERS)
        ):
            continue
        found.append(Span(doc, start, last.i + 1, label="PERSON"))
    return found


def _untagged_full_names(doc: Doc) -> list[Span]:
    """A first name and a surname the model tagged as nothing where it tags that surname as
    a person elsewhere ("Lleyton Hewitt suffered a shock defeat" under "Hewitt falls to
    Dent"), or uses alone as the subject of a sentence, tagged as nothing too ("Siarl
    Pethick became champion ... Pethick had the date stitched")."""
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and e[-1].is_title}
    for token in doc[1:-1]:
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.pos_ == "PROPN"
            and not token.ent_type_
            and _name_cased(token)
            and not _name_word(doc[token.i - 1])
            and not _name_word(doc[token.i + 1])
            and not is_common_word(token.text)
            and not is_place_name(token.text)
            and token.lower_ not in ROLE_WORDS
        ):
            surnames.add(token.text)
        elif (
            # '"...," Fadipe said', the surname tagged alone as a body: a speaker all the same
            token.dep_ == "nsubj"
            and token.ent_type_ in ("ORG", "GPE", "NORP")
            and _tagged_alone(token)
            and token.head.lemma_ in ("say", "add", "tell", "ask")
            and token.head.i == token.i + 1
            and doc[token.i - 1].text in _QUOTE_MARKS
            and _name_cased(token)
            and not is_common_word(token.text)
            and not is_place_name(token.text)
        ):
            surnames.add(token.text)
    found: list[Span] = []
    for token in doc[1:]:
        i = token.i - 1
        first = doc[i]
        if (
            token.text in surnames
            and not token.ent_type_
            and not first.ent_type_
            and first.pos_ == "PROPN"
            and token.pos_ == "PROPN"
            and _name_cased(first)
            and first.whitespace_ == " "
            and not is_common_word(first.text)
            and not is_place_name(first.text)
            and first.lower_ not in ROLE_WORDS
            and not (
                i > 0
                and (_name_word(doc[i - 1]) or doc[i - 1].lower_ in _DETERMINERS)
                # (but "Moderator Eleanor Vukovich": a common noun opening the sentence)
                and not (
                    doc[i - 1].is_sent_start
                    and is_common_word(doc[i - 1].text)
                    and not is_known_name(doc[i - 1].text)
                )
            )
            and not (token.i + 1 < len(doc) and _name_word(doc[token.i + 1]))
        ):
            found.append(Span(doc, i, token.i + 1, label="PERSON"))
    for i in range(1, len(doc) - 4):
        if doc[i + 2].text != "," or doc[i + 4].text != "," or not doc[i + 3].text.isdecimal():
            continue  # (cheap tests first: this runs over every token)
        first, last, age = doc[i], doc[i + 1], doc[i + 3]
        if (
            first.pos_ == last.pos_ == "PROPN"
            and not first.ent_type_
            and not last.ent_type_
            and _name_cased(first)
            and _name_cased(last)
            and first.whitespace_ == " "
            and 1 <= int(age.text) <= 110
            and not _name_word(doc[i - 1])
            and not any(is_common_word(t.text) or is_place_name(t.text) for t in (first, last))
            and first.lower_ not in ROLE_WORDS
        ):
            # "Femi Adeyinka, 38, a warehouse supervisor", tagged as nothing: a name and an age
            found.append(Span(doc, i, i + 2, label="PERSON"))
    for i in range(len(doc) - 3):
        if (
            doc[i + 1].text == "-"
            and not any(t.ent_type_ for t in doc[i : i + 4])
            and not (i > 0 and _name_word(doc[i - 1]))
            and _family_name_after_syllables(Span(doc, i, i + 4)) == i + 3
        ):
            # "The third candidate, Jae-won Park, ...", tagged as nothing: a Korean given
            # name, then the family name
            found.append(Span(doc, i, i + 4, label="PERSON"))
    for i in range(len(doc) - 3):
        family = doc[i]
        if (
            is_korean_family_name(family.text)
            and family.is_title
            and family.whitespace_ == " "
            and family.ent_type_ != "PERSON"
            and (not family.ent_type_ or _tagged_alone(family))
            and not any(t.ent_type_ for t in doc[i + 1 : i + 4])
            and _syllable_given_name(doc, i + 1)
            and not (i + 4 < len(doc) and _name_word(doc[i + 4]))
        ):
            # "Han Mi-rae, of the anti-corruption group ...", "Han" taken for a nationality
            # and the rest for nothing: a Korean family name, then a given name
            found.append(Span(doc, i, i + 4, label="PERSON"))
    return found


# Kinds of firm whose name, written right after them, the model often misses ("fashion
# chain Parade", "security firm Sophos", "US firm Guidant").
_FIRM_KIND_NOUNS = frozenset(
    """chain retailer firm company group carmaker airline brewer giant bank supermarket
    publisher broadcaster insurer lender distributor manufacturer conglomerate maker supplier
    startup""".split()
)


def _firm_kind_before(cluster: _Cluster) -> bool:
    """A name no list knows as a place, written right after a kind of firm at least once
    ("budget airline JetAlba")."""
    if any(is_place_name(m.text) or is_country_name(m.text) for m in cluster.mentions):
        return False
    return any(
        m.span.start > 0
        and (before := m.span.doc[m.span.start - 1]).is_lower
        and before.lower_ in _FIRM_KIND_NOUNS
        for m in cluster.mentions
    )


def _untagged_firm_names(doc: Doc) -> list[Span]:
    """A capitalised name the model tagged as nothing right after a kind of firm: an
    organisation ("fashion chain Parade said", "US firm Guidant")."""
    found: list[Span] = []
    for token in doc[:-1]:
        if token.lower_ not in _FIRM_KIND_NOUNS or token.tag_ != "NN" or not token.is_lower:
            continue
        end = token.i + 1
        while (
            end < len(doc)
            and doc[end].pos_ == "PROPN"
            and not doc[end].ent_type_
            and (doc[end].is_title or (doc[end].is_upper and len(doc[end]) > 1))
            and doc[end].is_alpha
        ):
            end += 1
        if end == token.i + 1 or end - token.i - 1 > 3:
            continue
        if end < len(doc) and (doc[end].ent_type_ or doc[end].is_title):
            continue  # the name runs on into something the model tagged, or a title
        if is_given_name(doc[token.i + 1].text) and end - token.i - 1 > 1:
            continue  # "games developer Peter Molyneux": a person
        if (
            end - token.i - 1 == 1
            and token.i > 0
            and doc[token.i - 1].lower_ in _DETERMINERS
            and is_common_word(doc[token.i + 1].text)
        ):
            continue  # "over the bank Holiday": a word capitalised, no firm's name
        found.append(Span(doc, token.i + 1, end, label="ORG"))
    return found


def _given_as_firm_example(doc: Doc, start: int) -> bool:
    """Whether the name starting at token ``start`` is in a list of examples of a kind of
    firm ("companies such as ZipCart and Hurrio", "lenders like Kestra")."""
    i = start - 1
    while i >= 2 and start - i <= 12:
        word = doc[i]
        if word.lower_ == "as" and doc[i - 1].lower_ == "such":
            kind = doc[i - 2]
        elif word.lower_ in ("like", "including"):
            kind = doc[i - 1]
        elif word.text == "," or word.lower_ in ("and", "or") or word.pos_ == "PROPN":
            i -= 1
            continue
        else:
            return False
        return kind.tag_ == "NNS" and kind.lemma_.lower() in _FIRM_KIND_NOUNS
    return False


def _untagged_firms_named_as_examples(doc: Doc) -> list[Span]:
    """Capitalised names the model tagged as nothing, given as examples of a kind of firm:
    organisations ("companies such as ZipCart and Hurrio")."""
    return [
        Span(doc, t.i, t.i + 1, label="ORG")
        for t in doc
        if t.pos_ == "PROPN"
        and t.is_alpha
        and t.text[:1].isupper()
        and not t.ent_type_
        and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN")
        and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
        and _given_as_firm_example(doc, t.i)
    ]


# Kinds of body set beside a name the model left untagged ("Wyoming Taxpayers First, a
# group that has raised ...").
_BODY_APPOSITION_NOUNS = frozenset(
    """group organisation organization coalition charity nonprofit campaign alliance
    association union company firm chain retailer operator supplier manufacturer startup
    lender insurer airline""".split()
)


def _untagged_bodies_in_apposition(doc: Doc) -> list[Span]:
    """Capitalised proper nouns the model tagged as nothing, set off before "a group", "an
    advocacy organisation", "the Nashville-based chain": a body ("Wyoming Taxpayers First, a
    group that ...")."""
    found: list[Span] = []
    for token in doc:
        head = token.head
        if (
            token.lower_ not in _BODY_APPOSITION_NOUNS
            or token.dep_ != "appos"
            or head.i >= token.i
            or head.pos_ != "PROPN"
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in token.children)
            or doc[head.i + 1].text != ","
        ):
            continue
        start = head.i  # (the parser may split the name: walk back over its words)
        while (
            start > 0
            and head.i - start < 4
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].is_title
            and "\n" not in doc[start - 1].whitespace_
        ):
            start -= 1
        words = doc[start : head.i + 1]
        if (
            1 <= len(words) <= 5
            and all(t.is_title and t.is_alpha for t in words)
            # (a place or a number word may be part of it: "Taxpayers First")
            and not any(t.ent_type_ not in ("", "GPE", "ORDINAL") for t in words)
            and not all(t.ent_type_ == "GPE" for t in words)
        ):
            found.append(Span(doc, start, head.i + 1, label="ORG"))
    return found


# Last words that make a capitalised name a firm's: "Corvane Motors", "Kestrel Holdings".
FIRM_HEAD_WORDS = frozenset(
    """motors airlines airways holdings pharmaceuticals pharma securities industries
    enterprises technologies plc inc ltd corp cooperative semiconductor semiconductors
    microsystems electronics telecommunications petroleum chemicals renewables
    automotive energy utilities properties developments logistics ferries railways buses
    coaches shipping""".split()
)


def _untagged_firms_by_head(doc: Doc) -> list[Span]:
    """Capitalised proper nouns the model tagged as nothing, ending in a firm's head word:
    an organisation ("Corvane Motors is recalling ...")."""
    found: list[Span] = []
    for token in doc:
        if (
            token.lower_.rstrip(".") not in FIRM_HEAD_WORDS
            or not token.is_title
            or token.ent_type_
            or token.pos_ != "PROPN"
        ):
            continue
        start = token.i
        while (
            start > 0
            and token.i - start < 3
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].is_title
            and not doc[start - 1].ent_type_
        ):
            start -= 1
        if doc[start].lower_ in _FIRM_KIND_NOUNS | {"operator"}:
            start += 1  # "Operator Hebridean Island Ferries said": the kind, then the name
        if start < token.i:
            found.append(Span(doc, start, token.i + 1, label="ORG"))
    return found


def _untagged_bodies_after_their_kind(doc: Doc) -> list[Span]:
    """One to four capitalised proper nouns the model tagged as nothing, set off after a
    kind of body with a comma: a body ("its distributor, Lanternfish Audio.")."""
    found: list[Span] = []
    for token in doc:
        kind = token.head
        if (
            token.dep_ != "appos"
            or token.pos_ != "PROPN"
            or kind.i >= token.i
            or kind.lower_ not in _BODY_APPOSITION_NOUNS | _FIRM_KIND_NOUNS
            or doc[kind.i + 1].text != ","
        ):
            continue
        start = kind.i + 2
        words = doc[start : token.i + 1]
        if 1 <= len(words) <= 4 and all(
            t.pos_ == "PROPN" and t.is_title and t.is_alpha and not t.ent_type_ for t in words
        ):
            found.append(Span(doc, start, token.i + 1, label="ORG"))
    return found


def _untagged_national_bodies(doc: Doc) -> list[Span]:
    """A nationality before letters the model tagged as nothing: a national body ("charged
    by the Scottish FA")."""
    return [
        Span(doc, t.i - 1, t.i + 1, label="ORG")
        for t in doc[1:]
        if t.is_upper
        and t.is_alpha
        and 2 <= len(t) <= 5
        and not t.ent_type_
        and t.lower_ not in ROLE_WORDS  # (not "A senior Tory MP": a member)
        and doc[t.i - 1].ent_type_ == "NORP"
        and doc[t.i - 1].is_title
        and (t.i + 1 >= len(doc) or not doc[t.i + 1].is_title)
    ]


def _untagged_subjects_of_which(doc: Doc) -> list[Span]:
    """Two to five capitalised proper nouns the model tagged as nothing, the subject of a
    sentence, set off before "which": a body ("Northern Dales Water, which operates 612
    treatment works in the region, said")."""
    found: list[Span] = []
    for token in doc[1:]:
        root = token.head
        if (
            token.lower_ != "which"
            or token.dep_ != "nsubj"
            or root.dep_ != "relcl"
            or root.head.dep_ != "nsubj"
            or root.head.i + 2 != token.i
            or doc[token.i - 1].text != ","
        ):
            continue
        end = root.head.i + 1
        start = end
        while start > 0 and end - start < 5 and doc[start - 1].pos_ == "PROPN":
            start -= 1
        words = doc[start:end]
        if len(words) >= 2 and all(t.is_title and t.is_alpha and not t.ent_type_ for t in words):
            found.append(Span(doc, start, end, label="ORG"))
    return found


# Last words of the names of football clubs after their town: "Coventry City".
CLUB_WORDS = frozenset("city united rovers athletic wanderers albion rangers".split())


def _untagged_clubs(doc: Doc) -> list[Span]:
    """A town and a club's word the model tagged as nothing ("Coventry City have sacked
    manager X"): a club, unless the two make a place ("Mexico City") or a longer name goes
    on ("Coventry City Council")."""
    found: list[Span] = []
    for token in doc[1:]:
        town = doc[token.i - 1]
        if (
            token.lower_ not in CLUB_WORDS
            or not token.is_title
            or token.ent_type_
            or town.ent_type_
            or not town.is_title
            or not is_place_name(town.text)
            or is_place_name(f"{town.text} {token.text}")
            or (token.i + 1 < len(doc) and doc[token.i + 1].is_title)
            or "\n" in town.whitespace_
        ):
            continue
        found.append(Span(doc, town.i, token.i + 1, label="ORG"))
    return found


_NAME_WORD_SHAPE = re.compile(r"[A-Z][a-z]*(?:['’-]?[A-Z]?[a-z]+)+")


# A surname led by a particle, in either case: "McIlroy", "LeBlanc", "diCaprio", "O'Neill".
_PREFIXED_SURNAME = re.compile(r"(?i:mc|mac|di|de|da|du|le|la|van|von|st|fitz|o')[A-Z][a-z]+")


def _name_cased(token: Token) -> bool:
    """Cased like a name word: "Theron", "McIlroy", "diCaprio"."""
    return (
        token.is_title
        or _NAME_WORD_SHAPE.fullmatch(token.text) is not None
        or _PREFIXED_SURNAME.fullmatch(token.text) is not None
    )


def _proper_name_word(token: Token) -> bool:
    """A proper noun cased like a name, or a particle-led surname the tagger took for a
    common noun ("diCaprio")."""
    return (token.pos_ == "PROPN" and _name_cased(token)) or (
        _PREFIXED_SURNAME.fullmatch(token.text) is not None
    )


def _name_word(token: Token) -> bool:
    """A capitalised proper noun shaped like a name word ("Staples", "McIlroy", "O'Casey",
    "Solórzano")."""
    return (
        token.pos_ == "PROPN"
        # ("O’Keeffe", with a curly apostrophe, is often tagged a common noun)
        or _IRISH_SURNAME_SHAPE.fullmatch(token.text) is not None
    ) and _NAME_WORD_SHAPE.fullmatch(unaccented(token.text)) is not None


# Surnames opened by O' or D' ("O’Keeffe", "D'Arcy"): names, whatever the tagger says.
_IRISH_SURNAME_SHAPE = re.compile(r"[OD]['’][A-Z][a-z]+")


# Works named after their maker or star: "the Mike Leigh film", "a Whistler painting".
_MADE_WORK_NOUNS = frozenset(
    """film movie biopic thriller comedy drama documentary musical album song novel book
    painting play track single""".split()
)


def _owns_a_title(doc: Doc, start: int, end: int) -> bool:
    """A given name and a surname owning a title-case work someone appears in: "starred in
    Jean-Pierre Jeunet's A Very Long Engagement" (its maker), but not "Sega's House of"."""
    root = doc[start:end].root
    work = root.head
    return (
        root.dep_ == "poss"
        and _given_name_shaped(doc, start, end)
        and work.pos_ == "PROPN"
        and work.dep_ == "pobj"
        and work.head.lower_ == "in"
        and work.head.head.lemma_ in _ACTING_AS | {"appear", "co-star", "feature", "cast"}
    )


def _names_maker_of_work(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]``, past an article, is a given name and a surname modifying a noun
    for a work ("the Mike Leigh film", "the Howard Hughes biopic")."""
    if start < end and doc[start].lower_ == "the":
        start += 1
    words = doc[start:end]
    last = doc[end - 1]
    return (
        2 <= len(words) <= 4
        and is_known_name(words[0].text)
        and all(_proper_name_word(t) or t.lower_ in _NAME_PARTICLES for t in words)
        and last.lower_ not in NON_PERSON_HEADS
        and last.dep_ == "compound"
        and last.head.i == end
        and last.head.lemma_.lower() in _MADE_WORK_NOUNS
    )


_QUOTE_MARKS = frozenset({"'", '"', "‘", "’", "“", "”", "``", "''"})


def _replace_joined(candidates: list[Span], joined: list[Span]) -> list[Span]:
    """``candidates`` with the spans that ``joined`` names cover replaced by those names."""
    if not joined:
        return candidates
    taken = {k for span in joined for k in _span_range(span)}
    kept = [c for c in candidates if not any(k in taken for k in _span_range(c))]
    return sorted(kept + joined, key=lambda span: span.start)


# The heads that end a body's name coordinated inside it ("the Norfolk and Norwich
# University Hospital").
_JOINED_BODY_HEADS = frozenset(
    """hospital hospitals society societies trust trusts council university universities
    college colleges association union federation commission authority service services
    foundation institute partnership board committee center centre clinic""".split()
)


# Last words of a name that is a body's whole name by itself, so that "the Labour Party
# and Electoral Commission" stays two bodies.
_BODY_NAME_ENDS = _JOINED_BODY_HEADS | frozenset(
    """party office bank group company church ministry department agency police army navy
    court school museum gallery club league government parliament assembly corporation
    network alliance treasury pentagon""".split()
)


# More heads that end the half after "and" ("the Texas Parks and Wildlife Department").
_BODY_SECOND_HALF_ENDS = frozenset(
    "ombudsman project department agency executive centre center bureau".split()
)


def _body_name_end(word: Token) -> bool:
    """Whether ``word`` ends a body's coordinated name: a body's head noun, or the place of
    "Manufacturers of America"."""
    return word.lower_ in _JOINED_BODY_HEADS or word.lower_ in _BODY_SECOND_HALF_ENDS


def _body_second_half(span: Span) -> bool:
    """ "Probation Ombudsman", "American Life Project", "Manufacturers of America": the half
    after "and" of one body's name."""
    if _body_name_end(span[-1]):
        return True
    return (
        len(span) >= 3
        and span[0].text.endswith("s")
        and span[1].lower_ == "of"
        and all(t.is_title or t.lower_ == "the" for t in span[2:])
    )


def _body_first_half_start(doc: Doc, and_at: int, first: Span | None) -> int | None:
    """Where the half before "and" of one body's name starts: after "the", a few capitalised
    words (tagged or not) that are no acronym and no body's whole name ("the Public and
    Commercial Services Union", "the Pharmaceutical Research and Manufacturers of America")."""
    start = and_at
    while (
        start > 0
        and and_at - start < 4
        and doc[start - 1].is_title
        and doc[start - 1].lower_ != "the"
    ):
        start -= 1
    if start == and_at or start == 0 or doc[start - 1].lower_ != "the":
        return None
    if first is not None and (first.start < start - 1 or first.label_ not in ("ORG", "PERSON")):
        return None
    words = doc[start:and_at]
    if words[-1].lower_ in _BODY_NAME_ENDS or all(t.ent_type_ in ("GPE", "NORP") for t in words):
        return None
    return start


def _without_article(span: Span) -> str:
    """The text of ``span`` without a leading "the"."""
    return span[1:].text if span[0].lower_ == "the" else span.text


def _join_coordinated_bodies(doc: Doc, candidates: list[Span]) -> list[Span]:
    """ "the Norfolk and Norwich University Hospital", "The International Federation of
    Red Cross and Red Crescent Societies", "the Prisons and Probation Ombudsman": one body's
    name with "and" inside it, tagged as two (a place, a name with "of", or a few capitalised
    words, then a body's name), after "the"."""
    by_start = {span.start: span for span in candidates}
    by_end = {span.end: span for span in candidates}
    texts = Counter(_without_article(span) for span in candidates)
    joined: list[Span] = []
    for second in candidates:
        and_at = second.start - 1
        if (
            and_at < 2
            or doc[and_at].lower_ != "and"
            or second.label_ not in ("ORG", "PERSON")
            or not _body_second_half(second)
        ):
            continue
        first = by_end.get(and_at)
        if first is not None and first.label_ == "GPE":
            continue
        start = _body_first_half_start(doc, and_at, first)
        if start is not None and (first is None or texts[_without_article(first)] == 1):
            joined.append(Span(doc, start, second.end, label="ORG"))
    candidates = _replace_joined(candidates, joined)
    by_start = {span.start: span for span in candidates}
    joined = []
    for first in candidates:
        second = by_start.get(first.end + 1)
        if (
            second is None
            or first.end >= len(doc)
            or doc[first.end].lower_ != "and"
            or first.label_ not in ("ORG", "GPE")
            or second.label_ != "ORG"
            or second[-1].lower_ not in _JOINED_BODY_HEADS
            or first[-1].lower_ in _JOINED_BODY_HEADS
        ):
            continue
        the = first[0].lower_ == "the" or (first.start > 0 and doc[first.start - 1].lower_ == "the")
        of_name = any(t.lower_ == "of" for t in first[1:-1])
        if the and (of_name or (len(first) == 1 and is_place_name(first[0].text))):
            joined.append(Span(doc, first.start, second.end, label="ORG"))
    return _replace_joined(candidates, joined)


_SAINT_WORDS = frozenset({"St", "St.", "Saint", "Ste", "Ste."})


def _join_saints_institutions(doc: Doc, candidates: list[Span]) -> list[Span]:
    """ "St. Brendan's Regional Medical Center", tagged as a saint ("St. Brendan's") and a
    body ("Regional Medical Center"): one institution named for its saint."""
    by_start = {span.start: span for span in candidates}
    joined: list[Span] = []
    for first in candidates:
        mark = first.end if first[-1].tag_ != "POS" else first.end - 1
        if (
            first[0].text not in _SAINT_WORDS
            or mark >= len(doc)
            or doc[mark].tag_ != "POS"
            or doc[mark].whitespace_ == ""
        ):
            continue
        second = by_start.get(mark + 1)
        if (
            second is not None
            and second.label_ in ("ORG", "FAC")
            and second[-1].lower_ in _JOINED_BODY_HEADS | _BUILDING_HEADS
        ):
            joined.append(Span(doc, first.start, second.end, label="ORG"))
    return _replace_joined(candidates, joined)


# Heads of a body named for its members in the possessive ("the Musicians' Union").
_MEMBERS_BODY_HEADS = frozenset(
    """union unions guild association federation society league alliance circle institute
    fund club party congress collective""".split()
)


# A possessive mark after a plural and before a capitalised word ("Officers' Guild").
_MEMBERS_MARK = re.compile(r"(?<=s)['\u2019](?= [A-Z])")


def _join_members_bodies(doc: Doc, candidates: list[Span], doc_text: str) -> list[Span]:
    """ "the Toledo Police Officers' Guild", "the Actors' Equity Association": a body named
    for its members in the possessive, which the model may tag in two pieces or by half;
    capitalised words, a plural in the possessive, capitalised words ending in a body's
    head noun (found in ``doc_text``, the document's text, which spaCy would build again)."""
    joined: list[Span] = []
    marks = [
        span[0]
        for found in _MEMBERS_MARK.finditer(doc_text)
        if (span := doc.char_span(found.start(), found.end())) is not None
    ]
    for mark in marks:
        at = mark.i
        if (
            mark.text not in ("'", "\u2019")
            or at == 0
            or at + 1 >= len(doc)
            or mark.whitespace_ == ""
            or doc[at - 1].whitespace_ != ""
        ):
            continue
        members = doc[at - 1]
        if not (members.is_title and members.lower_.endswith("s") and members.lower_[-2:] != "ss"):
            continue
        end = at + 1
        while end < len(doc) and end - at <= 3 and doc[end].is_title:
            end += 1
        if end == at + 1 or doc[end - 1].lower_ not in _MEMBERS_BODY_HEADS:
            continue
        start = at - 1
        while (
            start > 0
            and at - start < 4
            and doc[start - 1].is_title
            and not doc[start - 1].is_sent_start
        ):
            start -= 1
        if any(c.start < at and c.end >= end for c in candidates):
            continue  # tagged whole already ("the Transport and General Workers' Union")
        if any(c.label_ == "PERSON" and c.start < at and c.end > start for c in candidates):
            continue  # "Charles Williams' Union Jack": a person's, not a body's name
        start = min([start] + [c.start for c in candidates if c.start < start < c.end])
        joined.append(Span(doc, start, end, label="ORG"))
    return _replace_joined(candidates, joined)


def _join_split_names(doc: Doc, candidates: list[Span]) -> list[Span]:
    """ "Sacha Baron Cohen" tagged as "Sacha" and "Cohen": a name word between a first name
    and a person the model tagged apart makes one name."""
    by_start = {span.start: span for span in candidates}
    joined: list[Span] = []
    for first in candidates:
        middle = first.end
        last = by_start.get(middle + 1)
        if (
            last is None
            or last.label_ != "PERSON"
            or len(first) != 1
            or not is_known_name(first[0].text)
            or first[0].lower_ in _NOT_FIRST_NAMES
            or not _proper_name_word(doc[middle])
            or doc[middle].lower_ in ROLE_WORDS
            or doc[middle].ent_type_
            or "\n" in doc[first.start : last.end].text
            or any(not t.whitespace_ for t in doc[first.start : last.end - 1])
        ):
            continue
        joined.append(Span(doc, first.start, last.end, label="PERSON"))
    taken = {k for span in candidates for k in _span_range(span)}
    for first in candidates:
        after = doc[first.end] if first.end < len(doc) else None
        last = by_start.get(first.end)
        if (
            after is not None
            and first.label_ == "PERSON"
            and (last.label_ != "PERSON" and len(last) == 1 if last else after.i not in taken)
            and len(first) >= 2
            and is_given_name(first[0].text)
            and first[-1].whitespace_ == " "
            and first[-1].dep_ == "compound"
            and first[-1].head.i == after.i
            and _proper_name_word(after)
            and not is_common_word(after.text)
            and after.lower_ not in NON_PERSON_HEADS
        ):
            # "James Dean" and "Bradfield": the parse makes them one name
            joined.append(Span(doc, first.start, first.end + 1, label="PERSON"))
        elif first.label_ == "PERSON" and (family := _family_name_after_syllables(first)):
            # "Jae-won Park", "Seo-yeon Kim": a given name of two syllables joined by a
            # hyphen, then the family name the model tagged apart (or not at all)
            joined.append(Span(doc, first.start, family + 1, label="PERSON"))
        elif (
            len(first) == 1
            and first.start >= 3
            and first.start - 3 not in taken
            and _family_name_after_syllables(Span(doc, first.start - 3, first.end)) == first.start
        ):
            # "Min-jun Park" with only "Park" tagged (as a body): the given name left out
            joined.append(Span(doc, first.start - 3, first.end, label="PERSON"))
        elif (
            last is not None
            and first.label_ == "PERSON"
            and last.label_ == "PERSON"
            and len(last) == 1
            and first[-1].whitespace_ == " "
            and first[-1].dep_ == "compound"
            and first[-1].head.i == last.start
            and all(_proper_name_word(t) for t in (*first, last[0]))
        ):
            # "President Susilo Bambang Yudhoyono's government", tagged as two people
            # side by side: the parse makes them one name
            joined.append(Span(doc, first.start, last.end, label="PERSON"))
        elif (
            last is not None
            and len(first) == 1
            and len(last) == 1
            and first[0].whitespace_ == " "
            and first[0].dep_ == "compound"
            and first[0].head.i == last.start
            and is_given_name(first[0].text)
            and given_name_gender(first[0].text) is not None
            and is_surname(last[0].text)
            and not is_place_name(last[0].text)
        ):
            # "Eamonn Kerrigan, 51, was killed", tagged as two places side by side: a given
            # name of known sex and a surname the parse makes one name
            joined.append(Span(doc, first.start, last.end, label="PERSON"))
    return _replace_joined(candidates, joined)


# Prefixes hyphened to a word ("Ex-boss", "Co-op").
_WORD_PREFIXES = frozenset("ex co anti pro non pre post self vice mid neo".split())


def _family_name_after_syllables(span: Span) -> int | None:
    """The index of the family name after a given name of two short syllables joined by a
    hyphen, the second in lower case ("Jae-won Park", "Seo-yeon Kim", "Ying-jeou Ma": a
    Korean or Taiwanese name written in the Western order), else None."""
    doc = span.doc
    i = span.start
    if len(span) >= 4 and span[0].lower_.rstrip(".") in HONORIFICS:
        i += 1  # "Dr Ji-woo" + "Kim"
    if i + 3 >= len(doc) or span.end > i + 4 or not _syllable_given_name(doc, i):
        return None
    if doc[i + 2].whitespace_ != " ":
        return None
    given, family = doc[i], doc[i + 3]
    if (
        family.is_title
        and family.is_alpha
        and len(family) <= 6
        and family.pos_ == "PROPN"
        and family.lower_ not in ROLE_WORDS
        and (
            not family.ent_type_
            or _tagged_alone(family)
            # (or the model ran it into the place after it: "Rep. Jae-won Park of
            # California" with "Park of California" a place)
            or (
                family.ent_iob_ == "B"
                and family.i + 1 < len(doc)
                and doc[family.i + 1].lower_ == "of"
                and doc[family.i + 1].ent_iob_ == "I"
            )
            # (or the whole name tagged as one entity: "the photographer Hye-jin Park",
            # tagged a body)
            or (given.ent_type_ == family.ent_type_ in ("PERSON", "ORG") and family.ent_iob_ == "I")
        )
    ):
        return family.i
    return None


def _family_name_first(span: Span) -> bool:
    """The span is a short family name, then a given name of two syllables joined by a
    hyphen ("Park Soo-min", "Kang Min-seok"): a Korean name in its own order."""
    if len(span) != 4:
        return False
    first = span[0]
    return (
        first.is_title
        and first.is_alpha
        and len(first) <= 5
        and first.lower_ not in ROLE_WORDS
        and _syllable_given_name(span.doc, span.start + 1)
    )


def _syllable_given_name(doc: Doc, i: int) -> bool:
    """``doc[i:i + 3]`` is a given name of two short syllables joined by a hyphen, the
    second in lower case ("Jae-won", "Soo-min"): a romanised Korean or Taiwanese given
    name."""
    if i + 3 > len(doc):
        return False
    given, hyphen, second = doc[i], doc[i + 1], doc[i + 2]
    return (
        hyphen.text == "-"
        and not given.whitespace_
        and not hyphen.whitespace_
        and given.is_title
        and given.is_alpha
        and second.is_lower
        and second.is_alpha
        and len(given) <= 5
        and len(second) <= 5
        # (not a hyphened word: "Fly-half Goode", "Ex-boss Hyde")
        and f"{given.lower_}-{second.lower_}" not in ROLE_WORDS
        and given.lower_ not in _WORD_PREFIXES
        and second.lower_ not in ROLE_WORDS
    )


def _join_nicknames(doc: Doc, candidates: list[Span]) -> list[Span]:
    """ "Brian 'Head' Welch": a first name, a quoted nickname and a surname are one name,
    though the model tags the first name and the surname apart."""
    person_at = {
        i: span for span in candidates if span.label_ == "PERSON" for i in _span_range(span)
    }
    joined: list[Span] = []
    for i in range(1, len(doc) - 3):
        if doc[i].text not in _QUOTE_MARKS or not doc[i - 1].whitespace_:
            continue
        if not doc[i - 1].is_title:
            continue
        first = person_at.get(i - 1)
        # 'Marcia "Cia" Price': a given name the model took for something else
        given = (
            (
                is_given_name(doc[i - 1].text, international=False)
                # ('Captain Angus "Dodo" MacAskill': a name of one sex the census lacks)
                or (is_given_name(doc[i - 1].text) and given_name_gender(doc[i - 1].text))
            )
            and not is_common_word(doc[i - 1].text)  # not 'Will "Billy" Price'
            # the given name opens the name: not 'the Billy Joel "Piano Man" Concert'
            and (first is None or first.start == i - 1)
        )
        # 'singer-songwriter Jaswinder "Jazz" Sandhu': two unknown name-shaped words, not
        # ordinary words or places, round a quoted word, the first opening the phrase
        unknown = (
            first is None
            and not given
            and (i < 2 or not doc[i - 2].is_title)
            and _unknown_name_word(doc[i - 1])
        )
        if first is None and not given and not unknown:
            continue
        j = i + 1
        while j < len(doc) and j - i <= 3 and (doc[j].is_title or doc[j].is_upper):
            j += 1
        if j == i + 1 or j + 1 >= len(doc) or doc[j].text not in _QUOTE_MARKS:
            continue
        last = person_at.get(j + 1)
        if last is not None and last.start == j + 1:
            end = last.end
        elif first is not None and first.end > j + 1:
            end = first.end  # 'Raymond "Ray" Castillo-Burke', tagged whole
        elif (_name_word(doc[j + 1]) and not is_common_word(doc[j + 1].text)) or (
            given
            and _NAME_WORD_SHAPE.fullmatch(doc[j + 1].text)
            and (is_surname(doc[j + 1].text) or not is_common_word(doc[j + 1].text))
        ):
            end = j + 2  # 'Antonio "LA" Reid', 'Marcia "Cia" Price': a surname left out
        elif unknown and _unknown_name_word(doc[j + 1]):
            end = j + 2
        else:
            continue
        if "\n" in doc[i:j].text:
            continue
        if _rest_of_double_barrel(doc, end):
            end += 2  # 'Raymond "Ray" Castillo' + '-Burke'
        joined.append(Span(doc, first.start if first else i - 1, end, label="PERSON"))
    return _replace_joined(candidates, joined)


def _unknown_name_word(token: Token) -> bool:
    """A capitalised name-shaped word no list knows as an ordinary word or a place."""
    return (
        _NAME_WORD_SHAPE.fullmatch(token.text) is not None
        and not is_common_word(token.text)
        and not is_place_name(token.text)
        and not is_country_name(token.text)
    )


_PEER_TITLES = frozenset({"lord", "lady", "baroness", "baron"})


def _peer(span: Span) -> bool:
    """The name follows a peerage title ("Lord Roberts")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _PEER_TITLES


def _peerage_designation(span: Span) -> int | None:
    """Index of the "of" of a peer's territorial designation inside the span ("Lord
    Roberts of Conwy"), which is part of the name but not of the surname."""
    if span.label_ != "PERSON" or not _peer(span):
        return None
    for token in span[1:]:
        if token.lower_ == "of":
            return token.i
    return None


def _extend_peerages(doc: Doc, candidates: list[Span]) -> list[Span]:
    """ "Lord Roberts of Conwy": a peer's name takes in the place of the title."""
    extended: list[Span] = []
    for span in candidates:
        end = span.end
        if (
            span.label_ == "PERSON"
            and len(span) <= 2
            and _peer(span)
            and end + 1 < len(doc)
            and doc[end].lower_ == "of"
            and doc[end + 1].is_title
            and doc[end + 1].pos_ == "PROPN"
            and "\n" not in doc[end - 1 : end + 1].text_with_ws
        ):
            end += 2
            if (
                end < len(doc)
                and doc[end].is_title
                and doc[end].pos_ == "PROPN"
                and "\n" not in doc[end - 1].whitespace_
            ):
                end += 1
            extended.append(Span(doc, span.start, end, label="PERSON"))
    if not extended:
        return candidates
    taken = {k for span in extended for k in _span_range(span)}
    kept = [c for c in candidates if not any(k in taken for k in _span_range(c))]
    return sorted(kept + extended, key=lambda span: span.start)


def _span_range(span: Span) -> range:
    return range(span.start, span.end)


def roster_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Names written as initial and surname in a list ("M Blair (Edinburgh), A Craig, ...",
    "J-P Grandclaude"),
    as team line-ups are: three or more in one line make it a roster."""
    found: list[tuple[int, int]] = []
    single = 0
    line = text[start:end]
    if line.count(",") + line.count(";") < 2:
        return found
    pos = 0
    for piece in _ROSTER_SPLIT.split(line):
        piece_start = line.find(piece, pos)
        pos = piece_start + len(piece)
        lead = len(piece) - len(piece.lstrip("-–—•* \t"))
        bare = _PARENTHESIS.sub("", piece[lead:]).rstrip(" .")
        match = _ROSTER_NAME.fullmatch(bare)
        if match:
            offset = start + piece_start + lead + match.start(1)
            found.append((offset, offset + len(match.group(1))))
            single += not (bare[:2].isalpha() and bare[:2].isupper())
    # two capitals ("CA del Fava") pass among initialled names, but "AC Milan, FC Porto,
    # AS Monaco" are clubs
    return found if len(found) >= 3 and single >= 3 else []


_NAME_WORD = (
    r"(?:[A-Z][\w'’-]+|(?:de|da|di|dal|van|von|le|la|del|della|dos|du|der|den)(?= [A-Za-z]))"
)
_SQUAD_NAME = re.compile(rf"(?:[A-Z]\.? )?{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}")
# "Parlour (Job 86)": a substitute and the minute he came on; "Holland 14": a scorer;
# "Hodgson for Edwards (77)": a replacement, whom he replaced and when
_SQUAD_ITEM = re.compile(
    rf"\s*(?P<name>{_SQUAD_NAME.pattern})(?: \(capt(?:ain)?\))?(?: (?P<minute>\d{{1,3}}))?"
    rf"(?: \((?P<sub>{_SQUAD_NAME.pattern}) \d{{1,3}}\))?"
    rf"(?: for (?P<off>{_SQUAD_NAME.pattern})(?: \(\d{{1,3}}\))?)?\s*\.?\s*"
)
_SQUAD_LABELS = r"subs(?: not used)?|substitutes|replacements|not used|booked"
# "Replacements (from):": the bench a side picks its substitutes from
_SQUAD_LABEL = re.compile(
    rf"\s*(?:{_SQUAD_LABELS}|sent off|goals?|scorers?)(?:\s*\(from\))?\s*:", re.I
)

_LOST_LABEL = re.compile(r"\s*:\s*")  # ": Murphy, Dempsey, ...": the team's name lost
_CAPTAIN_ITEM = re.compile(r"\s*capt(?:ain)?\.?\s*", re.I)
_PLACEHOLDER_ITEM = re.compile(r"\s*(?:TBC|TBA)\.?\s*")  # "to be confirmed"
_INNER_SQUAD_LABEL = re.compile(rf"\.\s+(?=(?:{_SQUAD_LABELS})\s*:)", re.I)
# "Horak, Staniforth, Penney, Nordt, Bishop; Mapletoft, Edwards; ...": a rugby side, its
# positions' groups set off by semicolons
# ("Buckland/Cockerill": either of two players for one place)
_SQUAD_ITEMS = re.compile(r"[,;/]")


def squad_names(
    text: str, start: int, end: int, after_squad: bool, bench_follows: bool = False
) -> list[tuple[int, int]]:
    """Surname-only team sheets of match reports: "Nash, Reiziger (Graham 82), Riggott, ...".
    A line is one when all its comma-separated items are names, with at least five items and
    a substitution or scorer's minute among them, or it follows such a line and carries a
    label ("Subs Not Used:") or minutes ("Holland 14, Bartlett 80."); ``bench_follows``: the
    line goes on with a labelled bench."""
    line = text[start:end]
    inner = _INNER_SQUAD_LABEL.search(line)
    if inner is not None:
        # "..., Henry. Subs Not Used: Senderos, Hoyte.": the labelled list after the team
        team = squad_names(text, start, start + inner.start() + 1, after_squad, True)
        return team + squad_names(text, start + inner.end(), end, True) if team else []
    label = _SQUAD_LABEL.match(line) or _LOST_LABEL.match(line)
    offset = label.end() if label else 0
    items = _SQUAD_ITEMS.split(line[offset:])
    found: list[tuple[int, int]] = []
    minutes = places = surnames = things = 0
    pos = start + offset
    for item in items:
        if _CAPTAIN_ITEM.fullmatch(item) or _PLACEHOLDER_ITEM.fullmatch(item):
            pos += len(item) + 1
            continue  # "O'Connell, capt, S Easterby": the captain's mark
        match = _SQUAD_ITEM.fullmatch(item)
        if match is None:
            return []
        name = match.group("name")
        person_like = is_surname(name) or is_known_name(name)
        places += is_country_name(name) or (is_place_name(name) and not person_like)
        surnames += person_like
        things += (is_common_word(name) and not person_like) or name.isupper()
        for group in ("name", "sub", "off"):
            if match.group(group):
                found.append((pos + match.start(group), pos + match.end(group)))
        minutes += bool(match.group("minute") or match.group("sub") or match.group("off"))
        pos += len(item) + 1
    if len(items) >= 5 and minutes:
        return found
    if len(items) >= 10 and line.count(";") >= 2:
        return found  # a rugby side in its positions' groups
    if bench_follows and 10 <= len(items) <= 16 and places <= 2 and things <= 2:
        return found  # "Pilkington, Talbot, ..., Barker. Subs Not Used: White, ...": a side
    if label and len(items) >= 12 and places <= 1 and line.rstrip().endswith("."):
        return found  # fifteen names and nothing else: a side whose heading was lost
    if (
        11 <= len(items) <= 16
        and places <= 1
        and surnames >= 3
        and things <= 2
        and line.rstrip().endswith(".")
        and _named_in_full_elsewhere(text, start, end, found) >= 2
    ):
        # a line of eleven (or fifteen) names alone, several of them surnames and two or
        # more of them people the story names in full: a side named in full (not
        # "Microsoft, Apple, Google, ..." nor "Barclays, Lloyds, Morgan, Goldman, ...")
        return found
    if (
        len(items) > 16
        and places <= 1
        and surnames >= len(items) // 2
        and things <= len(items) // 8
        and line.rstrip().endswith(".")
        and _named_in_full_elsewhere(text, start, end, found) >= 4
    ):
        # a squad of twenty or more, most of them surnames and four or more of them named
        # in full in the story ("Balshaw, Cohen, Cueto, Lewsey, ...")
        return found
    if after_squad and (label or minutes == len(items) or len(items) >= 2):
        return found
    return []


def _named_in_full_elsewhere(text: str, start: int, end: int, names: list[tuple[int, int]]) -> int:
    """How many of ``names`` (offsets in the line ``text[start:end]``) the rest of the text
    gives after a given name ("Didier Drogba" for "Drogba")."""
    wanted = {text[a:b] for a, b in names}
    alternatives = "|".join(re.escape(name) for name in sorted(wanted, key=len, reverse=True))
    pattern = re.compile(rf"\b([A-Z][\w'’-]+) ({alternatives})\b")
    found = {
        m.group(2)
        for m in pattern.finditer(text)
        if not start <= m.start() < end and (is_given_name(m.group(1)) or is_known_name(m.group(1)))
    }
    return sum(text[a:b] in found for a, b in names)


# "Everton: Martyn, Hibbert, ..." inside a paragraph: a team's name, a colon, its players.
_TEAM_SHEET = re.compile(
    r"(?:(?<=[.!?\"”] )|^)(?P<label>[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3}): "
    r"(?P<items>[^.:\n]+)(?:\.(?=\s)|\.?\s*$)"
)


def inline_team_sheets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Team sheets run into a paragraph ("... he said." Everton: Martyn, Hibbert, Yobo, ...
    Subs: Wright, Pistone."): a label and eight or more names, and the labelled lists
    ("Subs:") after one."""
    found: list[tuple[int, int]] = []
    after_team = False
    for match in _TEAM_SHEET.finditer(text, start, end):
        items = match.group("items").split(",")
        label = match.group("label")
        names: list[tuple[int, int]] = []
        pos = match.start("items")
        for item in items:
            found_item = _SQUAD_ITEM.fullmatch(item)
            if found_item is None:
                names = []
                break
            for group in ("name", "sub"):
                if found_item.group(group):
                    names.append((pos + found_item.start(group), pos + found_item.end(group)))
            pos += len(item) + 1
        if not names:
            after_team = False
            continue
        if len(items) >= 8 or (after_team and _SQUAD_LABEL.match(label + ":")):
            found.extend(names)
            after_team = True
        else:
            after_team = False
    return found


# "T Abeyie (Woodford Green with Essex Ladies), C Lambert (Belgrave Harriers).": a squad
# given as names with their clubs in brackets, a line or two at a time, an event's label
# ("Pole vault:") before some
_CLUB_ENTRY = re.compile(
    r"(?:[A-Z0-9][\w ]{0,30}:\s*)?(?P<name>(?P<initial>[A-Z]\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r"\s*\([^()\n]+\)"
)
_CLUB_ENTRY_SPLIT = re.compile(r"(?<=\))\s*[,;.]?\s*")


def club_entries(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[int]]:
    """Initialled names of a line made only of "Name (Club)" entries, and where its brackets
    open; one such line may be a lone mention ("Tony Blair (Labour)"), so the caller takes
    them only when the document has three or more."""
    line = text[start:end]
    if "(" not in line:
        return [], []
    found: list[tuple[int, int]] = []
    brackets: list[int] = []
    pos = 0
    for piece in _CLUB_ENTRY_SPLIT.split(line):
        if not piece.strip():
            continue
        at = line.find(piece, pos)
        pos = at + len(piece)
        match = _CLUB_ENTRY.fullmatch(piece.strip())
        if match is None:
            return [], []
        lead = len(piece) - len(piece.lstrip())
        brackets.append(start + at + lead + match.end("name"))
        if match.group("initial"):
            found.append(
                (start + at + lead + match.start("name"), start + at + lead + match.end("name"))
            )
    return (found, brackets) if found else ([], [])


# A match official's line: "A Wiley (Staffordshire).", "Referee: R Styles (Hampshire)".
_OFFICIAL_LINE = re.compile(
    r"\s*(?:Referee:\s*)?((?:[A-Z]|[A-Z][a-z]+) [A-Z][A-Za-z'’-]+)\s*\([^()\n]+\)\.?\s*"
)
_REFEREE = re.compile(r"\bRef(?:eree|\.)?:\s*((?:[A-Z]|[A-Z][a-z]+) [A-Z][A-Za-z'’-]+)")


def official_names(
    text: str, start: int, end: int, *, after_roster: bool = False
) -> list[tuple[int, int]]:
    """The referee named on the line ``text[start:end]``: "Referee: R Styles (Hampshire)"
    anywhere, or a line holding only an initial or a given name, a surname and a bracketed
    county or country ("A Wiley (Staffordshire).", "Barry Knight (Kent)"), as match reports
    end; right after a team sheet, any first name will do ("Paddy O'Brien (New Zealand)")."""
    line = text[start:end]
    found = _REFEREE.search(line)
    if found is None:
        found = _OFFICIAL_LINE.fullmatch(line)
        if found is None:
            return []
        first = found.group(1).split()[0]
        bracket = line[found.end(1) :].strip(" .()")
        placed = after_roster and (is_place_name(bracket) or is_country_name(bracket))
        if len(first) > 1 and not is_known_name(first) and not placed:
            return []  # "Little Britain (BBC Three)", "Manchester Evening (Sport)"
    return [(start + found.start(1), start + found.end(1))]


_TITLED_LIST = re.compile(
    r"\b(?:Lords|Baronesses|Messrs\.?|Justices)\s+"
    r"([A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*,?\s+and\s+[A-Z][\w'’-]+)\b"
)
_TITLED_LIST_ITEM = re.compile(r"[A-Z][\w'’-]+")


def titled_list_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The surnames a plural title lists, ending in "and", on the line ``text[start:end]``:
    "Lords Bingham, Steyn, Hope and Carswell", "Messrs Smith and Jones", whatever words
    they are."""
    found: list[tuple[int, int]] = []
    for match in _TITLED_LIST.finditer(text, start, end):
        for item in _TITLED_LIST_ITEM.finditer(text, match.start(1), match.end(1)):
            found.append((item.start(), item.end()))
    return found


def _labels_team_sheet(span: Span) -> bool:
    """The name labels a list of eight or more players ("Everton: Martyn, Hibbert, ...")."""
    doc = span.doc
    end = span.end
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and end - span.end < 200:
        end += 1  # the rest of the line, without rebuilding the whole text
    before = doc[span.start - 1].text_with_ws if span.start > 0 else "\n"
    prefix = "" if "\n" in before else before[-2:]  # what the pattern's look-behind reads
    found = _TEAM_SHEET.match(prefix + doc[span.start : end].text, len(prefix))
    return (
        found is not None
        and found.end("label") == len(prefix) + len(span.text)
        and len(found.group("items").split(",")) >= 8
    )


def collect_mentions(doc: Doc, doc_text: str | None = None) -> list[_Mention]:
    """Clean name mentions of ``doc`` outside boilerplate, in text order."""
    lines: list[Line] = getattr(doc._, "factx_lines", None) or []
    doc_text = doc.text if doc_text is None else doc_text
    heading_flags = _heading_lines(lines, doc_text)
    starts = [line.start for line in lines]
    candidates: list[Span] = (
        [_repair(part) for ent in doc.ents for part in _split_list(ent)]
        + _titled_names(doc)
        + _appositive_names(doc)
        + _role_led_names(doc)
        + _untagged_given_names(doc)
        + _nationality_led_names(doc)
        + _untagged_listed_names(doc)
        + _untagged_full_names(doc)
        + _untagged_firm_names(doc)
        + _untagged_firms_named_as_examples(doc)
        + _untagged_firms_by_head(doc)
        + _untagged_clubs(doc)
        + _untagged_bodies_in_apposition(doc)
        + _untagged_subjects_of_which(doc)
        + _untagged_bodies_after_their_kind(doc)
        + _untagged_national_bodies(doc)
        + _untagged_described_names(doc)
        + _untagged_names_said_to_be_people(doc)
        + _untagged_quoted_speakers(doc)
        + _numbered_stage_names(doc)
        + _well_known_people(doc)
        + _managers_of_sides(doc)
        + _kin_named(doc)
        + _first_of_a_named_pair(doc)
        + _people_named_with_an_age(doc)
        + _names_set_off_after_a_person(doc)
        + _names_given(doc)
    )
    candidates = _drop_nested(list({(c.start, c.end): c for c in candidates}.values()))
    branch_ends = {
        c.end - 1
        for c in candidates
        if c.label_ == "ORG" and len(c) > 1 and c[-1].text in _NATIONAL_BRANCHES
    }
    # (the country that ends a branch's name is no mention of its own)
    candidates = [c for c in candidates if not (len(c) == 1 and c.start in branch_ends)]
    candidates = _join_nicknames(doc, candidates)
    candidates = _join_split_names(doc, candidates)
    candidates = _join_coordinated_bodies(doc, candidates)
    candidates = _join_saints_institutions(doc, candidates)
    candidates = _join_members_bodies(doc, candidates, doc_text)
    candidates = _extend_peerages(doc, candidates)
    rosters: list[Span] = []
    roster_starts: set[int] = set()
    squad_line = -10
    roster_line = -10
    entries = [
        club_entries(doc_text, line.start, line.end) if line.kind != "boilerplate" else ([], [])
        for line in lines
    ]
    if sum(len(names) for names, _ in entries) < 3:
        entries = [([], []) for _ in lines]
    clubs = [range(at, doc_text.find(")", at)) for _, brackets in entries for at in brackets]
    if clubs:
        # the clubs' brackets hold clubs and places, whatever the model made of them
        # ("(Aldershot, Farnham and District)")
        candidates = [
            Span(doc, c.start, c.end, label="ORG")
            if c.label_ == "PERSON" and any(c.start_char in r for r in clubs)
            else c
            for c in candidates
        ]
    for number, line in enumerate(lines):
        if line.kind == "boilerplate":
            continue
        names = roster_names(doc_text, line.start, line.end) if line.end - line.start > 20 else []
        squad = squad_names(doc_text, line.start, line.end, number - squad_line <= 3)
        if squad:
            squad_line = number
        elif not names:
            squad = inline_team_sheets(doc_text, line.start, line.end)
        officials = official_names(
            doc_text, line.start, line.end, after_roster=number - roster_line == 1
        )
        if names or squad:
            roster_line = number
        if len(squad) > len(names):
            names = []  # "Buckland/Cockerill, ..., W Johnson/B Deacon, ...": the sheet is whole
        for start, end in dict.fromkeys(
            [
                *(names or squad or entries[number][0]),
                *officials,
                *titled_list_names(doc_text, line.start, line.end),
            ]
        ):
            span = doc.char_span(start, end, label="PERSON", alignment_mode="contract")
            if span is not None and len(span):
                rosters.append(span)
                roster_starts.add(span.start)
    if rosters:
        taken = {i for span in rosters for i in range(span.start, span.end)}
        kept = []
        for e in candidates:
            if not any(i in taken for i in range(e.start, e.end)):
                kept.append(e)
                continue
            # "N Speaight (Belgrave Harriers", run together by the model: the club after
            # the bracket is still a club
            bracket = next((t.i for t in e if t.text == "(" and t.i > e.start), None)
            if bracket is not None and bracket + 1 < e.end and bracket + 1 not in taken:
                label = "ORG" if e.label_ == "PERSON" else e.label_
                kept.append(Span(doc, bracket + 1, e.end, label=label))
        candidates = sorted(kept + rosters, key=lambda span: span.start)

    mentions: list[_Mention] = []
    for ent in candidates:
        if ent.label_ not in NAME_LABELS:
            continue
        trimmed = _trim(ent, roster=ent.start in roster_starts)
        # a team sheet's place makes a name of any word ("Bishop", "Fury", "Paice")
        if trimmed is None or not (ent.start in roster_starts or _plausible(trimmed[0])):
            continue
        span, titled = trimmed
        in_heading = False
        if lines:
            i = bisect.bisect_right(starts, span.start_char) - 1
            if i >= 0:
                if lines[i].kind == "boilerplate":
                    continue
                in_heading = heading_flags[i] and ent.start not in roster_starts
        designation = _peerage_designation(span)
        key_span = span if designation is None else doc[span.start : designation]
        key = _key(key_span.text, keep_article=ent.start in roster_starts)
        if not key:
            continue
        roster = ent.start in roster_starts
        mention = _Mention.of(span, doc_text, key, in_heading, titled, roster)
        if (
            len(span) == 1
            and not roster
            and (
                (mention.label == "PERSON" and is_demonym(span.text))
                # "the Briton", "the 22-year-old Scot", whatever the model took it for
                or (
                    span.text in NATIONALITY_NOUNS
                    and any(
                        c.dep_ == "det" and c.lower_ in ("the", "a", "an")
                        for c in span.root.children
                    )
                )
            )
        ):
            mention.label = "NORP"  # "the Dubliner": a place's people, not a name
        if len(span) >= 2 and span[-1].text in ("St", "St.") and key.endswith(" st") and not roster:
            # "Downing St said": a street, the same as "Downing Street", never a person;
            # named as a speaker, the institution there (as the model labels "Downing
            # Street")
            mention.key = key[: -len("st")] + "street"
            if mention.label == "PERSON":
                mention.label = "ORG"
        mentions.append(mention)
    return mentions


def _party_before_name(ent: Span) -> int | None:
    """Where a person's name starts after a party's name in one entity that is not a
    person ("Lib Dems David Laws"), or ``None``."""
    if ent.label_ == "PERSON" or len(ent) < 3:
        return None
    doc = ent.doc
    for k in range(ent.start + 1, ent.end - 1):
        party = " ".join(t.lower_ for t in doc[ent.start : k] if t.lower_ != "the")
        if party in _PARTY_NAMES and _given_name_shaped(doc, k, ent.end):
            return k
    return None


def _person_of_body(ent: Span) -> int | None:
    """The "of" in a body's span that opens with a given name and a surname ("Claire
    Donnelly of Greenbank Ventures"): a person and the body they are of."""
    doc = ent.doc
    of = ent.start + 2
    if (
        ent.label_ != "ORG"
        or of + 1 >= ent.end
        or doc[of].lower_ != "of"
        or not all(t.pos_ == "PROPN" and _name_cased(t) for t in doc[ent.start : of])
        or not is_given_name(doc[ent.start].text)
        or not (is_surname(doc[of - 1].text) or is_known_surname(doc[of - 1].text))
        or is_known_thing(name_key(doc[ent.start : of].text))
    ):
        return None
    return of


def _split_list(ent: Span) -> list[Span]:
    """An entity the model ran across a comma or a spaced dash between names ("Bernal,
    Jamie Foxx") is one entity per name; places keep their comma ("Washington, DC")."""
    if ent.label_ != "PERSON" and _couple_noun_and_name(ent):
        return []  # "Sisters Blessing" of "Sisters Blessing and Favour X": a name found apart
    doc = ent.doc
    if (
        ent.label_ != "PERSON"
        and ent.start >= 3
        and len(ent) >= 2
        and doc[ent.start - 1].lower_ == "and"
        and doc[ent.start - 2].ent_type_ == "PERSON"
        and doc[ent.start - 2].ent_iob_ == "B"
        and doc[ent.start - 3].lower_ in _COUPLE_NOUNS
        and all(_name_cased(t) or _joining_hyphen(t) for t in ent)
    ):
        # "sisters Elin and Non Rhys-Jones", the second taken for a body: the other of two
        return [Span(doc, ent.start, ent.end, label="PERSON")]

    def two_people(t: Token) -> bool:
        # "Matt Lucas & David Walliams", "Hayden Tanner and Willie Davies": a given name
        # and a surname on each side
        doc = ent.doc
        return (
            t.i + 2 < ent.end
            and t.i - 2 >= ent.start
            and is_known_name(doc[t.i - 2].text)
            and is_known_name(doc[t.i + 1].text)
        )

    def known_pair(t: Token) -> bool:
        # "Eminem and Dido": two well-known people either side
        doc = ent.doc
        return is_known_person(name_key(doc[ent.start : t.i].text)) and is_known_person(
            name_key(doc[t.i + 1 : ent.end].text)
        )

    def couple(t: Token) -> bool:
        # "brothers Liam and Connor Geddes": a given name, "and", a full name, after a noun
        # for a couple or siblings
        doc = ent.doc
        if t.i - 1 != ent.start or t.i + 3 != ent.end:
            return False
        first, second, surname = doc[ent.start], doc[t.i + 1], doc[t.i + 2]
        if ent.start > 0 and doc[ent.start - 1].lower_ in _COUPLE_NOUNS:
            return is_given_name(first.text) and is_given_name(second.text)
        # ("Among the plaintiffs are Tomasz and Ilse Brandvold": two given names whose
        # sexes are known, sharing a surname that is no word)
        return (
            is_given_name(first.text)
            and is_given_name(second.text)
            and given_name_gender(first.text) is not None
            and given_name_gender(second.text) is not None
            and surname.is_title
            and not is_common_word(surname.text)
        )

    def separator(t: Token) -> bool:
        # a comma, an ampersand after a plural noun for people ("rappers Ludacris & Lil
        # Jon"), or a dash with spaces round it ("Manchester United - Paolo Maldini")
        if t.text == "&":
            doc = ent.doc
            return (
                (ent.start > 0 and _people_noun(doc[ent.start - 1]))
                or two_people(t)
                or known_pair(t)
            )
        if t.lower_ == "and":
            return (
                (two_people(t) and not is_common_word(ent.doc[t.i + 1].text))
                or known_pair(t)
                or couple(t)
            )
        versus = t.text in ("v", "vs", "vs.", "versus") and is_given_name(ent[0].text)
        return t.text == "," or (
            # "Marvin Gaye v Tuff Jam": two sides, a person first (not "Kramer v Kramer",
            # "Brentford v Manchester United" or the title "Freddy Vs Jason")
            (t.text in _DASHES or versus)
            and t.i > 0
            and bool(t.doc[t.i - 1].whitespace_)
            and bool(t.whitespace_)
        )

    of = _person_of_body(ent)
    if of is not None:
        # "Claire Donnelly of Greenbank Ventures", one body: the person, then the body
        return [
            Span(ent.doc, ent.start, of, label="PERSON"),
            Span(ent.doc, of + 1, ent.end, label="ORG"),
        ]
    party = _party_before_name(ent)
    if party is not None:
        # "For the Lib Dems David Laws said": the party, then its speaker
        return [
            Span(ent.doc, ent.start, party, label="ORG"),
            Span(ent.doc, party, ent.end, label="PERSON"),
        ]
    # (two given names and a surname, whatever the model took them for: "Tomasz and Ilse
    # Brandvold" as a title)
    pair = any(t.lower_ == "and" and couple(t) for t in ent)
    if ent.label_ in ("WORK_OF_ART", "PRODUCT", "FAC", "LOC", "GPE", "EVENT") and not pair:
        # "Beyonce, Prince, Destiny's Child, Jill Scott and ...", with "Child, Jill Scott"
        # as one title: a person's name after the comma is a name of its own
        doc = ent.doc
        comma = next((t.i for t in ent if t.text == ","), None)
        if comma is not None and comma > ent.start and _given_name_shaped(doc, comma + 1, ent.end):
            return [
                Span(doc, ent.start, comma, label=ent.label_),
                Span(doc, comma + 1, ent.end, label="PERSON"),
            ]
        return [ent]
    if (ent.label_ not in ("PERSON", "ORG", "NORP") and not pair) or not any(
        separator(t) for t in ent
    ):
        return [ent]
    label = "PERSON" if any(t.lower_ == "and" and separator(t) for t in ent) else ent.label_
    parts: list[Span] = []
    start = ent.start
    for i in range(ent.start, ent.end + 1):
        if i == ent.end or separator(ent.doc[i]):
            part = ent.doc[start:i]
            named = all(t.pos_ == "PROPN" and _name_cased(t) for t in part)
            if not 1 <= len(part) <= 3 or not named:
                return [ent]
            parts.append(Span(ent.doc, start, i, label=label))
            start = i + 1
    return parts


def _drop_nested(candidates: list[Span]) -> list[Span]:
    """Candidates in text order without those inside a longer person's name ("Jr" of
    "Bruce L Castor Jr"): they repeat it."""
    kept: list[Span] = []
    reach = -1  # the furthest end of a person's name seen so far
    for span in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if span.end <= reach:
            continue
        kept.append(span)
        if span.label_ == "PERSON":
            reach = max(reach, span.end)
    return kept


def _name_like_word(cluster: _Cluster) -> bool:
    """A one-word name with an honorific, or a given name or surname ("Mr Tate", "Sam"):
    a person's, not a body's initials written as a word."""
    word = cluster.mentions[0].span.text
    return any(m.titled for m in cluster.mentions) or is_known_name(word) or is_surname(word)


def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _LINKERS)


def cluster_mentions(
    mentions: list[_Mention], lower_words: frozenset[str] = frozenset()
) -> list[_Cluster]:
    """Group mentions into one cluster per real thing; ``lower_words`` are the words the
    text also uses in lower case (common words, weak evidence against a one-word name)."""
    _share_couples_surnames(mentions)
    # "Mr Penhallow" and "Mrs Penhallow" are two people, when the text uses both
    sexes: dict[str, set[str]] = {}
    for mention in mentions:
        if (sex := _surname_sex(mention)) is not None:
            sexes.setdefault(mention.key, set()).add(sex)
    by_key: dict[str, _Cluster] = {}
    for mention in mentions:
        key = _COUNTRY_ALIASES.get(mention.key, mention.key)
        sex = _surname_sex(mention)
        if sex is not None and len(sexes[mention.key]) > 1:
            key = f"{key}\x00{sex}"
        by_key.setdefault(key, _Cluster()).add(mention)
    clusters = list(by_key.values())

    # Acronyms: "U.S." -> "United States", "WTO" -> "World Trade Organisation".
    long_by_initials: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        key = cluster.mentions[0].key
        if len(key.split()) >= 2:
            long_by_initials.setdefault(_initials(key), []).append(cluster)
            rest = key.removeprefix("the ").removeprefix("department of ")
            if rest != key.removeprefix("the ") and len(rest.split()) >= 2:
                # "the VA" for "the Department of Veterans Affairs"
                long_by_initials.setdefault(_initials(rest), []).append(cluster)
    merged: set[int] = set()
    for cluster in clusters:
        mention = cluster.mentions[0]
        compact = mention.span.text.replace(".", "")
        span = mention.span
        bracketed = span.start > 0 and span.doc[span.start - 1].text == "(" and compact.istitle()
        # "Bat" for "British American Tobacco": a body's initials written as a word, as the
        # BBC writes those it pronounces ("Nasa", "Unicef"), whatever the model made of it
        spoken = 3 <= len(compact) <= 6 and compact.istitle() and compact.isalpha()
        if " " in mention.key or not (
            2 <= len(compact) <= 6 and (compact.isupper() or bracketed or spoken)
        ):
            continue  # "WTO"; "(Elspa)" after the name it shortens
        targets = [c for c in long_by_initials.get(mention.key, []) if id(c) != id(cluster)]
        if "&" in compact or any(_after_article(m.span) for m in cluster.mentions):
            # "M&S", "R&B": a firm's or a genre's letters, never a person's ("Rhian Benson");
            # nor "a local GP", a common noun's ("Graham Pettifer")
            targets = [c for c in targets if c.label != "PERSON"]
        if spoken and not (compact.isupper() or bracketed) and not _name_like_word(cluster):
            targets = [c for c in targets if c.label == "ORG"]
            if len(targets) == 1:
                for other in cluster.mentions:
                    other.label = "ORG"
                cluster.labels = Counter({"ORG": len(cluster.mentions)})
        if len(targets) == 1 and id(targets[0]) not in merged:
            targets[0].merge(cluster)
            merged.add(id(cluster))
    clusters = [c for c in clusters if id(c) not in merged]
    clusters = _merge_abbreviations(clusters)

    clusters = _merge_single_words(clusters, lower_words)
    clusters = _merge_given_names(clusters, lower_words)
    clusters = _merge_real_names(clusters)
    # surnames written only after an honorific ("Mr Sandhu"), as no other name is
    titled_surnames = frozenset(
        c.full_key
        for c in clusters
        if c.label == "PERSON" and " " not in c.full_key and all(m.titled for m in c.mentions)
    )
    for cluster in clusters:
        if (
            (cluster.label in ("ORG", "GPE", "NORP") and _titled_in_a_tie(cluster, lower_words))
            or _full_name_mislabelled(cluster, lower_words, titled_surnames)
            # "a Freddie Ljungberg challenge" tagged as a body: a well-known person's full name
            or (
                cluster.label in ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART")
                and " " in cluster.full_key
                and is_known_person(cluster.full_key)
            )
        ):
            for mention in cluster.mentions:
                mention.label = "PERSON"
            cluster.labels = Counter({"PERSON": len(cluster.mentions)})

    _relabel_double_barrelled_surnames(clusters)
    family_names = {
        c.full_key.rpartition(" ")[2]
        for c in clusters
        if c.label == "PERSON" and len(c.full_key.split()) > 1
    }
    for cluster in clusters:
        if cluster.label in ("GPE", "LOC", "ORG") and _one_of_a_family(cluster, family_names):
            # "Amara Okafor" tagged as a place, in a story about Chidi and Grace Okafor
            for mention in cluster.mentions:
                mention.label = "PERSON"
            cluster.labels = Counter({"PERSON": len(cluster.mentions)})
        if (
            cluster.label in ("GPE", "LOC")
            # ("Drone maker Skyvane", taken for a person: one word, no given name)
            or (
                cluster.label == "PERSON"
                and all(len(m.span) == 1 and not is_known_name(m.text) for m in cluster.mentions)
            )
        ) and _firm_kind_before(cluster):
            # "Scottish budget airline JetAlba", tagged as a place: a firm
            for mention in cluster.mentions:
                mention.label = "ORG"
            cluster.labels = Counter({"ORG": len(cluster.mentions)})
    clusters = _merge_familiar_forms(clusters)
    clusters = _split_mrs_from_ms(clusters)
    # People: a shorter name whose words all belong to a longer name ("Abbas", "Kilroy Silk")
    # joins the nearest preceding longer name (or the only one).
    people = [c for c in clusters if c.label == "PERSON"]
    people.sort(key=lambda c: -max(len(m.key.split()) for m in c.mentions))
    absorbed: set[int] = set()
    by_word: dict[str, list[_Cluster]] = {}
    for cluster in people:
        for word in set(cluster.full_key.split()):
            by_word.setdefault(word, []).append(cluster)
    for short in sorted(people, key=lambda c: min(len(m.key.split()) for m in c.mentions)):
        if id(short) in absorbed:
            continue
        # its fullest form: a cluster that took in a surname ("Murray") is still "Euan Murray"
        short_key = short.full_key
        short_words = set(short_key.split())
        pool = {id(c): c for w in short_words for c in by_word.get(w, ())}
        candidates = [
            c
            for c in pool.values()
            if id(c) != id(short)
            and id(c) not in absorbed
            and (
                (
                    len(c.full_key.split()) > len(short_words)
                    and short_words <= set(c.full_key.split())
                )
                or _initialled(short_key, c.full_key)
            )
        ]
        if any(not all(m.in_heading for m in c.mentions) for c in candidates):
            # "Teenager Barraclough reaches Wimbledon": a headline's title case is no name
            # when the body names someone in full
            candidates = [c for c in candidates if not all(m.in_heading for m in c.mentions)]
        # "Mr Howard" is a surname; "Prince Charles" a whole name: neither is a first name
        surname_only = any(m.titled or _royal(m.span) for m in short.mentions)
        if not candidates and len(short_words) == 1 and not surname_only:
            # "David" in a quotation for "Dave Hodges": the one person with that given name
            # in a familiar form
            familiar = [
                c
                for c in people
                if id(c) != id(short)
                and id(c) not in absorbed
                and len(c.full_key.split()) >= 2
                and same_given_name(short_key, c.full_key.split()[0])
            ]
            if (
                len(familiar) == 1
                and is_known_name(short_key)
                # not '"David has been brilliant," said Jones' of "Dave Jones": nobody names
                # themself in their own words
                and not any(
                    m.span.root.dep_ == "nsubj"
                    and m.span.root.head.lemma_ in _SPEECH_VERBS
                    and abs(m.span.start - s.span.start) < 40
                    and not _paragraph_between(m.span, s.span)
                    for c in people
                    if c is familiar[0] or c.full_key == familiar[0].full_key.split()[-1]
                    for m in c.mentions
                    for s in short.mentions
                )
            ):
                familiar[0].merge(short)
                absorbed.add(id(short))
                continue
        introduced = any(_introduced_with_role(m.span) for m in short.mentions)
        compatible = [
            c
            for c in candidates
            if (
                _compatible_short_form(short_key, c, surname_only, introduced)
                or _same_royal(short, c, short_key)
            )
            and not _told_apart(short, c)
        ]
        candidates = [c for c in compatible if not _kin_beside_own(short, c)]
        kin_named = [c for c in compatible if c not in candidates]
        if len(kin_named) == 1 and candidates:
            # "Venkataraman said ... Venkataraman's father, Ramesh Venkataraman, was in the
            # crowd ... "...," Mr Venkataraman said": the honorific after the relative came
            # in is the relative's, the bare surname still the one written about
            kin = kin_named[0]
            titled = [
                m
                for m in short.mentions
                if m.titled
                and m.span.start > kin.mentions[0].span.start
                and _surname_sex(m) in (None, _cluster_sex(kin))
            ]
            if titled and len(titled) < len(short.mentions):
                short.hand_over(titled, kin)
        if (
            len(short_words) == 1
            and sum(_family_name_before_given(short_key, c) for c in candidates) > 1
        ):
            # "Mr Kim" after Kim Jong-un and Kim Jong-nam: either, unless the honorific's sex
            # tells the two apart
            if _split_family_name_by_sex(short, candidates):
                absorbed.add(id(short))
            continue
        if len(short_words) == 1 and len(candidates) > 1:
            # "Kieran Doyle-Bennett ... His father, Paul Bennett ... Mr Bennett": the one whose
            # surname it is, not a double-barrelled one it is part of
            exact = [
                c
                for c in candidates
                if any(
                    m.text.split()[-1].lower() == short_key for m in c.mentions if m.text.split()
                )
            ]
            if len(exact) == 1 and any(
                "-" in m.text.split()[-1]
                for c in candidates
                if c is not exact[0]
                for m in c.mentions
            ):
                candidates = exact
        sex = next((x for m in short.mentions if (x := _surname_sex(m)) is not None), None)
        if sex is not None:
            # "Mrs Tillinghast" is the wife, not her husband named after her
            fitting = [c for c in candidates if _cluster_sex(c) in (None, sex)]
            known = any(_cluster_sex(c) == sex for c in fitting)
            titled_first = min((m.span.start for m in short.mentions if m.titled), default=None)
            named_before = [
                c
                for c in fitting
                if _cluster_sex(c) == sex
                and titled_first is not None
                and c.mentions[0].span.start < titled_first
            ]
            if named_before and all(len(c.full_key.split()) >= 2 for c in fitting):
                # "Claire and Nikos Andreou ... Mrs Andreou": of those named in full before
                # it, the one known to be of the honorific's sex
                fitting = named_before
                untitled = [m for m in short.mentions if not m.titled and not m.in_heading]
                newcomer = max(fitting, key=lambda c: c.first)
                protagonists = [
                    c
                    for c in candidates
                    if c is not newcomer
                    and untitled
                    and c.first < untitled[0].span.start_char < newcomer.first
                ]
                if len(protagonists) == 1:
                    # "Nigeria striker Chidi Okafor ... Okafor told the club's website ...
                    # That father, Emeka Okafor ... Mr Okafor said": the bare surname, used
                    # before the other came in, stays the one it named; the honorific goes
                    # to the newcomer, of the honorific's sex or of the same sex as the
                    # other ("Carys Hughes ... Hughes said ... The champion's mother,
                    # Delyth Hughes ... Mrs Hughes said")
                    for mention in short.mentions:
                        (newcomer if mention.titled else protagonists[0]).add(mention)
                    for cluster in (newcomer, protagonists[0]):
                        cluster.mentions.sort(key=lambda m: m.span.start_char)
                    absorbed.add(id(short))
                    continue
            # "Blakey apologised ... Her mother, Sadhbh, ... Mrs Blakey said": the one named
            # in full is called by the bare surname until kin of the honorific's sex come in
            titled_at = min(m.span.start for m in short.mentions if m.titled) if known else 0
            shifted = known and any(
                not m.titled and m.span.start < titled_at for m in short.mentions
            )
            if candidates and (not known or shifted):
                # "his wife, Sandra, ... Mrs Howard": the spouse named by her given name;
                # "His mother, Zanele, ... Mrs Ndlovu": kin who share the name, when nobody
                # named in full is known to be of the honorific's sex
                relatives = [
                    c
                    for c in people
                    if id(c) not in absorbed
                    and id(c) != id(short)
                    and not any(_surname_sex(m) for m in c.mentions)
                    and (
                        (not fitting and _named_as_kin(c, _SPOUSE_NOUNS))
                        or (
                            _kin_noun_sex(c) == sex
                            and _kin_of_one_of(c, candidates, people, short)
                            and (not shifted or c.mentions[0].span.start < titled_at)
                        )
                    )
                    and _cluster_sex(c) in (None, sex)
                    # "her husband, Hywel": one untitled word after a kin noun is a given
                    # name, known or not
                    and (is_given_name(c.full_key) or " " not in c.full_key)
                    and not any(m.titled for m in c.mentions)
                ]
                if len(relatives) == 1:
                    _give_surname(relatives[0], short.mentions[0])  # Sandra Howard
                    untitled = [m for m in short.mentions if not m.titled]
                    if (
                        not fitting
                        and len(candidates) == 1
                        and any(_surname_sex(m) is None for m in short.mentions)
                    ):
                        # "Canon Hugh Ashworth ... His wife Ruth ... Canon Ashworth told
                        # ... Mrs Ashworth": the honorific's sex picks the relative, the
                        # rest is the one named in full
                        for mention in short.mentions:
                            (relatives[0] if _surname_sex(mention) else candidates[0]).add(mention)
                        for cluster in (relatives[0], candidates[0]):
                            cluster.mentions.sort(key=lambda m: m.span.start_char)
                        absorbed.add(id(short))
                        continue
                    if not untitled or not fitting:
                        relatives[0].merge(short)
                        absorbed.add(id(short))
                        continue
                    # "Outside court, Blakey apologised ... Her mother, Sadhbh, ... Mrs
                    # Blakey said": the honorific is the mother's, the bare surname still
                    # the one named in full
                    for m in short.mentions:
                        if m.titled:
                            relatives[0].add(m)
                    relatives[0].mentions.sort(key=lambda m: m.span.start_char)
                    short.mentions = untitled
                    short.labels = Counter(m.label for m in untitled)
                    short._full_key = None
            if candidates and not fitting:
                if sexes.get(short.mentions[0].key, set()) != {"m", "f"}:
                    # one honorific only: the person of the other sex is still the best
                    # guess (a sex read wrongly from a given name)
                    fitting = candidates
            married = [c for c in fitting if _named_as_kin(c, _SPOUSE_NOUNS)]
            if (
                len(fitting) > 1
                and len(married) == 1
                and any(
                    m.titled and m.span.doc[m.span.start - 1].lower_.rstrip(".") == "mrs"
                    for m in short.mentions
                )
            ):
                # "His widow, Folake Ogunleye ... Their daughter, Dr Toyin Ogunleye ... Mrs
                # Ogunleye said": the wife, not the daughter
                fitting = married
            candidates = fitting
        elif len(short_words) == 1 and len({_cluster_sex(c) for c in candidates}) > 1:
            # "Clinton allowed her staff ...", after Hillary and Bill Clinton: the one whose
            # sex the pronouns the surname binds give
            bound = _bound_pronoun_sex(short)
            fitting = [c for c in candidates if bound is not None and _cluster_sex(c) == bound]
            if not fitting and bound is not None:
                # the one whose sex is unknown, when the other's is not the pronoun's
                fitting = [c for c in candidates if _cluster_sex(c) is None]
            candidates = fitting or candidates
        if not candidates:
            continue
        before = [c for c in candidates if c.first <= short.first]
        target = (
            max(before, key=lambda c: c.first) if before else min(candidates, key=lambda c: c.first)
        )
        written_about = [c for c in candidates if not _introduced_as_relative(c)]
        speaking = _relative_speaking_just_before(short, candidates)
        if speaking is not None:
            # "Her mother, Denise Brennan, ... said she was "heartbroken". ... "I'm not a
            # lawyer," Brennan told reporters": the relative who was just speaking
            written_about = [speaking]
        if (
            len(written_about) == 1
            and len(candidates) >= 2
            # ("the elder Kallas" is told apart by age, below)
            and (
                len(candidates) == 2 or not any(_after_the(m.span, "elder") for m in short.mentions)
            )
        ):
            # "Theodore Angelopoulos ... died ... confirmed by his son, Michael
            # Angelopoulos ... Mr. Angelopoulos went to work": the one written about, not
            # the relatives brought in (her father, her mother, her brother)
            target = written_about[0]
            relatives = [c for c in candidates if c is not target]
            aged = [c for c in relatives if any(_age_after(m.span) for m in c.mentions)]
            if (
                len(target.mentions) == 1
                and not _age_after(target.mentions[0].span)
                and len(aged) == 1
                # (an honorific of the relative's sex: "Mr Brannigan")
                and {_surname_sex(m) for m in short.mentions if m.titled} == {_cluster_sex(aged[0])}
            ):
                # "opened in 1934 by Patrick Brannigan and now run by his grandson, Eamon
                # Brannigan, 58, ... Mr Brannigan said": the relative the story gives an age
                # is the one in it now, not a forebear named once
                target = aged[0]
            elif (
                len(relatives) == 1
                and any(_surname_sex(m) is not None for m in short.mentions)
                and (_called_by_given_name(target) or _mrs_split_from_ms(short))
            ):
                # "Kacper Wiśniewski ... His father, Tomasz Wiśniewski, ... whether Kacper
                # would have survived ... Mr Wiśniewski said": the one written about goes by
                # his given name, the honorific is the relative's
                target = relatives[0]
            elif (
                len(relatives) == 1
                and _died(target)
                and not _died(relatives[0])
                and any(_speaks(m.span) for m in short.mentions)
            ):
                # "Eamonn Kerrigan, 51, was killed ... His son, Padraig Kerrigan, ... Mr
                # Kerrigan said": the dead say nothing now; the relative speaks
                target = relatives[0]
        # ("Okafor's father, ... Emmanuel Okafor ... the elder Okafor": the father is
        # kept apart from the possessive, not from "the elder")
        if _share_out_by_the_elder(short, candidates if len(candidates) == 2 else compatible):
            absorbed.add(id(short))
            continue
        _give_elder_to_parent(short, target, [c for c in people if id(c) not in absorbed])
        _give_younger_to_child(short, candidates)
        target.merge(short)
        absorbed.add(id(short))
    clusters = [c for c in clusters if id(c) not in absorbed]

    # Names seen only in headings are dropped: title case makes common words look like names.
    clusters = [c for c in clusters if not all(m.in_heading for m in c.mentions)]
    relabelled: list[_Cluster] = []
    for cluster in clusters:
        if (
            cluster.label == "LOC"
            and _short_name_only(cluster)
            and any(_aged(m.span.doc, m.span.end) for m in cluster.mentions)
        ) or (
            cluster.label in ("ORG", "GPE", "NORP")
            and (
                (_kin_or_aged(cluster) and not is_demonym(cluster.mentions[0].text))
                or any(_named_after_office(m.span) for m in cluster.mentions)
                or (
                    cluster.label in ("GPE", "LOC")
                    and any(_given_name_with_a_role(m.span) for m in cluster.mentions)
                )
                or _surnames_mislabelled(cluster)
                or _spoken_of_as_someone(cluster)
                or any(
                    _entered_for_a_country(m.span) or _set_scores_after(m.span)
                    for m in cluster.mentions
                )
            )
        ):
            # ("Eleni Vlachou, 21," tagged as a place: aged, so a person)
            for mention in cluster.mentions:
                mention.label = "PERSON"
            cluster.labels = Counter({"PERSON": len(cluster.mentions)})
            relabelled.append(cluster)
        elif cluster.label in (
            "PRODUCT",
            "WORK_OF_ART",
            "FAC",
            "LOC",
            "EVENT",
        ) and _kin_of_someone(cluster):
            # "his wife, Rosamund," taken for a product
            for mention in cluster.mentions:
                mention.label = "PERSON"
            cluster.labels = Counter({"PERSON": len(cluster.mentions)})
        elif cluster.label in ("PRODUCT", "WORK_OF_ART") and any(
            _named_after_business_noun(m.span) for m in cluster.mentions
        ):
            # "the cryptocurrency lender Bitvale" taken for a product: a firm
            for mention in cluster.mentions:
                mention.label = "ORG"
            cluster.labels = Counter({"ORG": len(cluster.mentions)})
    clusters = _join_relabelled_given_names(clusters, relabelled)
    town = _dateline_town(clusters[0].mentions[0].span.doc) if clusters else None
    for cluster in clusters:
        if (
            cluster.label == "PERSON"
            and town is not None
            and cluster.full_key == town
            and not any(m.titled for m in cluster.mentions)
        ):
            # ("LAUREL FALLS, Ore. (AP) — ... in Laurel Falls", tagged a person): the
            # dateline's town
            for mention in cluster.mentions:
                mention.label = "GPE"
            cluster.labels = Counter({"GPE": len(cluster.mentions)})
    _move_elder_to_named_parent([c for c in clusters if c.label == "PERSON"])
    body_names = [c.full_key for c in clusters if c.label == "ORG"]
    for cluster in clusters:
        if cluster.label == "PERSON" and (
            not _looks_like_person(cluster, lower_words) or _short_for_a_body(cluster, body_names)
        ):
            cluster.labels["PERSON"] = 0
            alternative = _non_person_label(cluster)
            cluster.labels[alternative] = max(cluster.labels[alternative], 1)
            if alternative == "PRODUCT" and _plural_of_a_thing(cluster.mentions[0].span):
                cluster.labels = Counter({"PRODUCT": len(cluster.mentions)})  # "Xboxes"
    return _merge_saints_short_names(_merge_known_halves(clusters))


# Kinds of business a name may follow ("the cryptocurrency lender Bitvale"): a firm.
_BUSINESS_NOUNS = frozenset(
    """firm company lender bank insurer retailer airline supermarket startup start-up
    carmaker manufacturer exchange""".split()
)


def _named_after_business_noun(span: Span) -> bool:
    """The name follows "the" and a kind of business in lower case ("the cryptocurrency
    lender Bitvale", "the online retailer Zalora")."""
    doc, start = span.doc, span.start
    if start < 2 or not doc[start - 1].is_lower or doc[start - 1].lower_ not in _BUSINESS_NOUNS:
        return False
    k = start - 2
    while k >= 0 and k > start - 5 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        k -= 1
    return k >= 0 and doc[k].lower_ == "the"


def _short_for_a_body(cluster: _Cluster, body_names: list[str]) -> bool:
    """The name opens the name of a body the text gives in full, and no title or given
    name makes it a person's ("According to Nordhavn Whitlock" after "Nordhavn Whitlock
    Energy")."""
    key = cluster.full_key
    return (
        any(name.startswith(key + " ") for name in body_names)
        and not any(m.titled for m in cluster.mentions)
        # (a given name that is also a word counts: "John Coltrane" beside the "John
        # Coltrane Foundation")
        and given_name_gender(key.split()[0].title()) is None
    )


def _join_relabelled_given_names(
    clusters: list[_Cluster], relabelled: list[_Cluster]
) -> list[_Cluster]:
    """A one-word name found to be a person's only after the names were joined ("Jamal's
    mother" for "Jamal", tagged a place) is the one full name that opens with it ("Jamal
    Haddad"), when no other name does; else, as a surname, the one full name that ends with
    it, or of two the one not brought in as the other's relative."""
    gone: set[int] = set()
    people = [c for c in clusters if c.label == "PERSON"]
    for short in relabelled:
        key = short.full_key
        if " " in key or any(m.titled for m in short.mentions):
            continue
        owners = _named_in_full_with(people, key, 0, besides=(short,))
        if len(owners) == 1 and not any(
            c is not short and c.label == "PERSON" and key in c.full_key.split()[1:]
            for c in clusters
        ):
            owners[0].merge(short)
            gone.add(id(short))
            continue
        # a surname ("Munster flanker Eoin Mulcahy ... His younger brother Fergal ... Fergal
        # Mulcahy ... Mulcahy 'will continue'"): the one named in full with it, or of two,
        # the one not brought in as the other's relative
        bearers = _named_in_full_with(people, key, -1, besides=(short,))
        if len(bearers) == 2:
            # (nor the kin the surname itself owns: "Devlin's husband, Ciaran Devlin")
            bearers = [
                c
                for c in bearers
                if not _introduced_as_relative(c) and not _kin_beside_own(short, c)
            ]
        if len(bearers) == 1 and not owners:
            bearers[0].merge(short)
            gone.add(id(short))
    return [c for c in clusters if id(c) not in gone]


def _first_of_a_named_pair(doc: Doc) -> list[Span]:
    """The given name a noun for a couple or siblings announces before "and" and a full
    name, whatever its word ("Sisters Blessing and Favour Adeyinka"): a person."""
    found: list[Span] = []
    for token in doc[1:-3]:
        if (
            _first_of_a_pair_at(doc, token.i)
            and token.is_title
            and token.is_alpha
            # (untagged, or run into the noun: "Sisters Blessing" as a body)
            and (not token.ent_type_ or _couple_noun_and_name(doc[token.i - 1 : token.i + 1]))
            and doc[token.i + 2].ent_iob_ == "B"
            and doc[token.i + 3].ent_iob_ == "I"
        ):
            found.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return found


def _first_of_a_pair_at(doc: Doc, i: int) -> bool:
    """Token ``i`` stands between a noun for a couple or siblings and "and" before a person
    ("Sisters Blessing and Favour Adeyinka")."""
    return (
        0 < i < len(doc) - 2
        and doc[i - 1].lower_ in _COUPLE_NOUNS
        and doc[i + 1].lower_ == "and"
        and doc[i + 2].ent_type_ == "PERSON"
    )


def _couple_noun_and_name(span: Span) -> bool:
    """The model's entity is a noun for a couple or siblings and one name, before "and" and
    a person ("Sisters Blessing" of "Sisters Blessing and Favour Adeyinka")."""
    doc = span.doc
    return (
        len(span) == 2
        and span[0].ent_iob_ == "B"
        and span[1].ent_iob_ == "I"
        and _first_of_a_pair_at(doc, span.start + 1)
        and doc[span.end].ent_iob_ != "I"
    )


def _share_couples_surnames(mentions: list[_Mention]) -> None:
    """ "Ruth and Gareth Penhallow": a given name alone before "and" and a full name is a
    couple's (or siblings'), and shares its surname (in the key and the name it implies;
    the mention's text stays as written), unless the text names someone else of that given
    name in full; a census given name the model tagged otherwise there is a person's."""
    people = [m for m in mentions if m.label == "PERSON"]
    starts = {m.span.start for m in people}
    for m in mentions:
        # "siblings Nadia and Luke Tallis", the given name tagged a place: a census given
        # name that is no place, alone before "and" and a person's full name
        span = m.span
        if (
            m.label in _MISLABELLED_NAME_LABELS
            and len(span) == 1
            and span.end + 1 in starts
            and span.doc[span.end].lower_ == "and"
            and (
                is_given_name(span.text, international=False)
                # ("Oisín and Cathal Mulvaney": a name of one sex the census lacks)
                or (is_given_name(span.text) and given_name_gender(span.text) is not None)
            )
            and not is_place_name(span.text)
            and not is_common_word(span.text)
        ):
            m.label = "PERSON"
            people.append(m)
    opening = {m.key.split()[0] for m in people if len(m.key.split()) >= 2}
    closing = {m.key.split()[-1] for m in people if len(m.key.split()) >= 2}
    # surnames the text gives both a man and a woman ("Mr Horvath" and "Mrs Horvath")
    sexes: dict[str, set[str]] = {}
    for m in people:
        if (sex := _surname_sex(m)) is not None:
            sexes.setdefault(m.key, set()).add(sex)
    couples = {key for key, found in sexes.items() if len(found) == 2}
    by_start = {m.span.start: m for m in people}
    person_ends = {m.span.end for m in people}
    for mention in people:
        span = mention.span
        doc = span.doc
        partner = by_start.get(span.end + 1)
        if (
            len(span) != 1
            or mention.titled
            or mention.roster
            or span.end >= len(doc)
            or doc[span.end].lower_ != "and"
            or partner is None
            or len(partner.key.split()) != 2
            or partner.titled
            # ("Tom and Jenny Clegg", "Bill and Hillary Clinton": a given name that is also
            # a word, which the couple's shape vouches for; "husband and wife Emrys and Juno
            # Drewett": any two names a noun for a couple or siblings announces)
            or not (
                (
                    (is_given_name(span.text) or given_name_gender(span.text) is not None)
                    and is_given_name(partner.span[0].text)
                )
                or (span.start > 0 and doc[span.start - 1].lower_ in _COUPLE_NOUNS)
                # "chefs Gyorgy and Katalin Horvath ... Mrs Horvath ... Mr Horvath"
                or partner.key.split()[-1] in couples
            )
            or mention.key in opening
            or mention.key in closing  # "leaving Williams and Hal Luscombe": Rhys Williams
            or is_known_person(mention.key)  # "such as Madonna and Elton John"
            # the last items of a list of people ("strikes from Luis Figo, Dani and Patrick
            # Kluivert")
            or (
                span.start >= 2
                and doc[span.start - 1].text == ","
                and span.start - 1 in person_ends
            )
        ):
            continue
        mention.key = f"{mention.key} {partner.key.split()[-1]}"
        mention.implied = f"{mention.text} {partner.span[-1].text}"


# Nouns that announce two people who share a surname ("husband and wife Emrys and Juno
# Drewett", "brothers Tom and Ed Pask").
_COUPLE_NOUNS = frozenset(
    "wife husband couple brothers sisters siblings twins parents spouses".split()
)
# Honorifics that give the sex of whoever bears them, as spouses share a surname.
_SEXED_TITLES = {
    **dict.fromkeys(("mr", "sir", "lord"), "m"),
    **dict.fromkeys(("mrs", "ms", "miss", "lady", "dame"), "f"),
}


def _after_article(span: Span) -> bool:
    """An article opens the noun phrase the name ends ("the Michigan Democrat", "the
    first-term Democrat")."""
    doc = span.doc
    for i in range(span.start - 1, max(-1, span.start - 6), -1):
        if doc[i].lower_ in ("the", "a", "an"):
            return True
        if _unspaced_hyphen(doc[i]):
            continue  # "first-term"
        if not (doc[i].is_title or doc[i].is_lower) or doc[i].is_punct:
            return False
    return False


def _title_sex(mention: _Mention) -> str | None:
    """The sex the honorific right before the mention gives ("Mrs Penhallow": "f")."""
    span = mention.span
    if not mention.titled or span.start == 0:
        return None
    return _SEXED_TITLES.get(span.doc[span.start - 1].lower_.rstrip("."))


def _relabel_double_barrelled_surnames(clusters: list[_Cluster]) -> None:
    """The model calls a full name with a given name and a double-barrelled surname a
    person, and the bare surname a body ("Renata Pryce-Jones" ... "Pryce-Jones said"): the
    bare surname of exactly one such person is that person."""
    owners: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        if cluster.label != "PERSON":
            continue
        written = cluster.best_name().split()
        if len(written) == 2 and "-" in written[1].strip("-") and is_given_name(written[0]):
            surname = " ".join(cluster.full_key.split()[1:])  # keys spell "-" as a space
            owners.setdefault(surname, []).append(cluster)
    if not owners:
        return
    for cluster in clusters:
        if (
            cluster.label != "PERSON"
            and len(owners.get(cluster.full_key, ())) == 1
            and all(m.key == cluster.full_key for m in cluster.mentions)
        ):
            for mention in cluster.mentions:
                mention.label = "PERSON"
            cluster.labels = Counter({"PERSON": len(cluster.mentions)})


# Words that follow a town's name in the names of football clubs ("Ipswich Town").
_CLUB_SUFFIXES = frozenset("Town City United Rovers Athletic Wanderers Albion County".split())


def _a_countrys_people(name: str) -> bool:
    """A country's people named by its name and "-er" or "-(i)an" ("New Zealander",
    "Egyptian"), not a paper or a body named like a place's people ("the Guardian")."""
    if not is_demonym(name):
        return False
    stems = (name[:-2], name[:-1], name[:-3], name[:-3] + "a")
    return any(len(stem) > 2 and is_country_name(stem) for stem in stems)


def _honorific_before(mention: _Mention) -> str:
    """The word before the mention, lower case and without its dot ("mrs" of "Mrs. X")."""
    start = mention.span.start
    return mention.span.doc[start - 1].lower_.rstrip(".") if start > 0 else ""


# Honorifics that say nothing of sex ("Dr Gethin", "Prof Gethin").
_SEXLESS_TITLES = frozenset("dr prof professor".split())


def _split_mrs_from_ms(clusters: list[_Cluster]) -> list[_Cluster]:
    """A surname called both "Ms X" (or "Miss X") and "Mrs X" where two women named in full
    share it ("Siobhan Gallagher ... Ms Gallagher's mother, Bridget Gallagher ... Mrs
    Gallagher said"), or both "Mr X" and only "Dr X" otherwise ("Dr Anwen Gethin ... Dr
    Gethin ... her husband, Rhys Gethin ... Mr Gethin"): two people, each to be joined to
    their full name."""
    full = Counter(
        c.full_key.split()[-1] for c in clusters if c.label == "PERSON" and " " in c.full_key
    )
    out: list[_Cluster] = []
    for cluster in clusters:
        titles = [_honorific_before(m) for m in cluster.mentions]
        split_off: set[str] = set()
        if (
            cluster.label == "PERSON"
            and " " not in cluster.full_key
            and full[cluster.full_key] >= 2
        ):
            if "mrs" in titles and ("ms" in titles or "miss" in titles):
                split_off = {"mrs"}
            elif (
                "mr" in titles
                and all(
                    title == "mr" or (m.titled and title in _SEXLESS_TITLES)
                    for m, title in zip(cluster.mentions, titles, strict=True)
                )
                and set(titles) != {"mr"}
            ):
                split_off = {"mr"}
        if not split_off:
            out.append(cluster)
            continue
        rest, other = _Cluster(), _Cluster()
        for m, title in zip(cluster.mentions, titles, strict=True):
            (other if title in split_off else rest).add(m)
        out += [rest, other]
    return out


def _surname_sex(mention: _Mention) -> str | None:
    """The sex an honorific gives a surname alone ("Mrs Penhallow"), else None."""
    return _title_sex(mention) if " " not in mention.span.text.strip() else None


def _cluster_sex(cluster: _Cluster) -> str | None:
    """A person's sex as the text shows it: an honorific, a spouse owned right after the
    name ("Andrea Rossi and his wife"), else the given name's."""
    for mention in cluster.mentions:
        sex = _title_sex(mention) or _spouse_owner_sex(mention.span)
        if sex is not None:
            return sex
    for mention in cluster.mentions:
        # "her husband, Emeka Okonkwo": the kin noun the name is set beside
        kin = kin_beside(mention.span)
        if kin is not None and (sex := kin_sex(kin.lemma_)) is not None:
            return sex
    words = cluster.full_key.split()
    return given_name_gender(words[0]) if len(words) >= 2 else None


def _bound_pronoun_sex(cluster: _Cluster) -> str | None:
    """The sex of the possessive or reflexive pronouns in the clauses a name is the
    subject of, after it and before any other person or quotation ("Clinton allowed her
    staff to think"): when at least two agree and none disagrees; a reflexive right after
    the name ("Osbourne himself") settles it alone."""
    votes: Counter[str] = Counter()
    for mention in cluster.mentions:
        span = mention.span
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if after is not None and after.lower_ in ("himself", "herself"):
            return PRONOUN_SEX[after.lower_]  # "Osbourne himself was at a loss": who it is
        if span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for t in span.root.head.subtree:
            if t.i < span.end:
                continue
            if t.text in _QUOTE_MARKS or (t.ent_type_ == "PERSON" and t.pos_ == "PROPN"):
                break
            if (sex := PRONOUN_SEX.get(t.lower_)) is not None:
                # a possessive or reflexive ('allowed her staff', 'near her brain'), not a
                # reported subject ('writes that she urged him': often someone else)
                if t.dep_ == "poss" or t.lower_.endswith("self"):
                    votes[sex] += 1
                break
    if len(votes) == 1:
        sex, count = votes.most_common(1)[0]
        return sex if count >= 2 else None
    return None


_SPOUSE_NOUNS = frozenset("wife husband widow widower partner fiancee fiance".split())
# Kin set beside a name, by the sex they give it: kin who share the surname, and spouses;
# not a son or a daughter, whom news calls by the given name ("His son, Zac, 16, said ...
# Mr Rawnsley said" is the father).
_KIN_NOUN_SEX = {
    **dict.fromkeys("father brother husband widower".split(), "m"),
    **dict.fromkeys("mother sister wife widow".split(), "f"),
}


# Kin nouns that may stand before names: "brother and sister Seumas and Mairi Munro".
_KIN_WORDS = MALE_KIN | FEMALE_KIN | frozenset("widower cousin twin".split())
_NAME_JOINERS = (",", "and")


def kin_beside(span: Span) -> Token | None:
    """The kin noun a name is set beside: "her father, Panos" gives "father"; in "brother
    and sister Seumas and Mairi Munro" each name takes the kin noun in its own place, and
    None is given when the kin nouns and the names do not pair off."""
    doc = span.doc
    lo, hi = span.start, span.end
    while lo > 0 and (doc[lo - 1].pos_ == "PROPN" or doc[lo - 1].lower_ in _NAME_JOINERS):
        lo -= 1
    while hi < len(doc) and (doc[hi].pos_ == "PROPN" or doc[hi].lower_ in _NAME_JOINERS):
        hi += 1
    kins: list[Token] = []
    k = lo - 1
    while k >= 0 and (doc[k].lemma_.lower() in _KIN_WORDS or doc[k].lower_ in _NAME_JOINERS):
        if doc[k].lemma_.lower() in _KIN_WORDS:
            kins.insert(0, doc[k])
        k -= 1
    if len(kins) >= 2 and kins[-1].i == lo - 1:
        groups: list[list[int]] = [[]]
        for t in doc[lo:hi]:
            if t.lower_ in _NAME_JOINERS:
                groups.append([])
            else:
                groups[-1].append(t.i)
        groups = [g for g in groups if g]
        if len(groups) != len(kins):
            return None
        return next(kin for kin, g in zip(kins, groups, strict=True) if span.start in g)
    root = span.root
    if root.dep_ == "appos" and root.head.i < span.start:
        return root.head
    return None


def _give_surname(relative: _Cluster, surname: _Mention) -> None:
    """A relative named by a given name alone bears the surname they share ("his wife,
    Sandra, ... Mrs Howard": Sandra Howard)."""
    for mention in relative.mentions:
        mention.key = f"{mention.key} {surname.key}"
        mention.implied = f"{mention.text} {surname.text}"


_PARENT_NOUNS = frozenset("father mother".split())
# Kin of an older generation, whom "the elder X" names beside a younger X ("his uncle,
# Seamus Flanagan ... the older Flanagan told RTÉ").
_ELDER_KIN_NOUNS = _PARENT_NOUNS | frozenset("uncle aunt grandfather grandmother".split())
CHILD_NOUNS = frozenset("son daughter".split())


def _after_the(span: Span, word: str) -> bool:
    """ "the elder Darko", "the elder Mr. Sorensen", "the younger Kowalczyk": a surname said
    of the older or the younger of two (``word``)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_.rstrip(".") in HONORIFICS:
        i -= 1
    # ("the older Flanagan" is "the elder Flanagan")
    words = ("elder", "older") if word == "elder" else (word,)
    return i >= 1 and doc[i].lower_ in words and doc[i - 1].lower_ == "the"


def _called_by_given_name(cluster: _Cluster) -> bool:
    """The text calls the person named in full by the given name alone somewhere outside
    quotation marks ("whether Kacper would have survived"), as it does a child or the
    dead."""
    words = cluster.full_key.split()
    if len(words) < 2:
        return False
    given, surname = words[0], words[-1]
    doc = cluster.mentions[0].span.doc
    return any(
        token.lower_ == given
        and token.is_title
        and not (token.i + 1 < len(doc) and doc[token.i + 1].lower_ == surname)
        and not _inside_quotation(doc.text, token.idx)
        for token in doc[cluster.mentions[0].span.end :]
    )


def _mrs_split_from_ms(short: _Cluster) -> bool:
    """The surname alone is "Mrs X" each time, where the text also calls someone "Ms X"
    or "Miss X" (the other woman, split off by ``_split_mrs_from_ms``)."""
    if not short.mentions or any(_honorific_before(m) != "mrs" for m in short.mentions):
        return False
    doc, surname = short.mentions[0].span.doc, short.full_key
    return any(
        t.lower_.rstrip(".") in ("ms", "miss") and doc[t.i + 1].lower_ == surname for t in doc[:-1]
    )


def _introduced_as_relative(cluster: _Cluster) -> bool:
    """The person is first named beside a kin noun a pronoun owns ("his son, Michael
    Angelopoulos"): a relative of someone written about."""
    span = cluster.mentions[0].span
    kin = kin_beside(span)
    if (
        kin is not None
        and kin.lemma_.lower() in _KIN_BEFORE_NAMES
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in kin.children)
    ):
        return True
    # (read from the words, however parsed: "His younger brother Fergal")
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].lemma_.lower() not in _KIN_BEFORE_NAMES:
        return False
    i -= 1
    while i >= 0 and span.start - i <= 4 and doc[i].pos_ == "ADJ":
        i -= 1
    return i >= 0 and doc[i].lower_ in ("his", "her")


# Verbs whose passive subject is dead ("was killed").
_KILLING_VERBS = frozenset({"kill", "murder"})


def _died(cluster: _Cluster) -> bool:
    """A mention of the cluster is the subject of a death: "Eamonn Kerrigan, 51, was
    killed", "Mr Okoro died"."""
    for mention in cluster.mentions:
        root = mention.span.root
        verb = root.head
        if (root.dep_ == "nsubjpass" and verb.lemma_ in _KILLING_VERBS) or (
            root.dep_ == "nsubj" and verb.lemma_ == "die"
        ):
            return True
    return False


def _speaks(span: Span) -> bool:
    """The name is the subject of a verb of speaking ("Mr Kerrigan said")."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_ in _SPEECH_VERBS


def _share_out_by_the_elder(short: _Cluster, named: list[_Cluster]) -> bool:
    """ "Rafael Quintero ... His father, Héctor Quintero, ... the elder Quintero said ...
    Quintero laughed": of two people named in full with one surname, one of them named as
    the other's parent, the surname after "the elder" is the parent and the bare surname
    the other. Whether ``short`` was shared out so."""
    if len(named) != 2 or not any(_after_the(m.span, "elder") for m in short.mentions):
        return False
    parents = [
        c
        for c in named
        if any(
            (kin := kin_beside(m.span)) is not None and kin.lemma_.lower() in _ELDER_KIN_NOUNS
            for m in c.mentions
        )
    ]
    if len(parents) != 1:
        parents = _elder_by_age(short, named)
    if len(parents) != 1:
        return False
    child = next(c for c in named if c is not parents[0])
    for mention in short.mentions:
        (parents[0] if _after_the(mention.span, "elder") else child).add(mention)
    for cluster in named:
        cluster.mentions.sort(key=lambda m: m.span.start_char)
    return True


def _stated_age(span: Span) -> int | None:
    """The age set off after the name ("Tyler Kowalczyk, 16,"), if any."""
    return int(span.doc[span.end + 1].text) if _aged(span.doc, span.end) else None


def _elder_by_age(short: _Cluster, named: list[_Cluster]) -> list[_Cluster]:
    """Of two people named in full with one surname, none named as a parent, the one
    "the elder X" is by the ages the text gives ("Tyler Kowalczyk, 16, ... The elder
    Kowalczyk, 49,"): the older of two ages, else the one whose age "the elder" has, or the
    other one when the one age known is lower. Empty when the ages do not tell."""

    def age(cluster: _Cluster) -> int | None:
        found = {a for m in cluster.mentions if (a := _stated_age(m.span)) is not None}
        return found.pop() if len(found) == 1 else None

    ages = [age(c) for c in named]
    if ages[0] is not None and ages[1] is not None:
        return [named[ages.index(max(ages))]] if ages[0] != ages[1] else []
    elder = {
        a for m in short.mentions if _after_the(m.span, "elder") and (a := _stated_age(m.span))
    }
    if len(elder) != 1 or ages.count(None) != 1:
        return []
    known = 0 if ages[0] is not None else 1
    if ages[known] == min(elder):
        return [named[known]]
    return [named[1 - known]] if ages[known] < min(elder) else []


def _give_younger_to_child(short: _Cluster, named: list[_Cluster]) -> None:
    """ "Adam Kowalczyk ... his father, Stan Kowalczyk, ... the younger Kowalczyk": of two
    people named in full with one surname, the surname after "the younger" is the one not
    named as the parent (or the one named as the child); those mentions move from
    ``short`` to that one."""
    younger = [m for m in short.mentions if _after_the(m.span, "younger")]
    if not younger or len(named) != 2:
        return

    def named_as(cluster: _Cluster, nouns: frozenset[str]) -> bool:
        return any(
            (kin := kin_beside(m.span)) is not None and kin.lemma_.lower() in nouns
            for m in cluster.mentions
        )

    children = [c for c in named if named_as(c, CHILD_NOUNS)]
    if len(children) != 1:
        children = [c for c in named if not named_as(c, _PARENT_NOUNS)]
    if len(children) != 1:
        return
    short.hand_over(younger, children[0])


def _move_elder_to_named_parent(people: list[_Cluster]) -> None:
    """ "to succeed her father, Representative Calvin Ashworth ... The elder Ashworth, 73,
    said": a surname after "the elder" that went to one of two people of that surname
    belongs to the other when that one is named as someone's parent."""
    for cluster in people:
        words = cluster.full_key.split()
        if len(words) < 2 or any(_named_as_parent(m.span) for m in cluster.mentions):
            continue
        elder = [m for m in cluster.mentions if len(m.span) == 1 and _after_the(m.span, "elder")]
        if not elder:
            continue
        parents = [
            c
            for c in _named_in_full_with(people, words[-1], -1, besides=(cluster,))
            if any(_named_as_parent(m.span) for m in c.mentions)
        ]
        if len(parents) != 1:
            continue
        cluster.hand_over(elder, parents[0])


def _named_in_full_with(
    people: list[_Cluster], word: str, at: int, besides: tuple[_Cluster, ...] = ()
) -> list[_Cluster]:
    """The people named in full (two words or more) whose name has ``word`` at position
    ``at`` (0 the given name, -1 the surname), other than those ``besides``."""
    return [
        c
        for c in people
        if all(c is not other for other in besides)
        and len(words := c.full_key.split()) > 1
        and words[at] == word
    ]


def _named_as_parent(span: Span) -> bool:
    """The name follows a parent noun (or an uncle's, an aunt's, a grandparent's) a pronoun
    owns, perhaps with a title between ("her father, Representative Calvin Ashworth", "his
    uncle, Seamus Flanagan")."""
    doc = span.doc
    i = span.start - 1
    while (
        i >= 0
        and span.start - i <= 4
        and doc[i].lemma_.lower() not in _ELDER_KIN_NOUNS
        and (
            doc[i].text == ","
            or doc[i].lower_.rstrip(".") in TITLE_ABBREVIATIONS
            or doc[i].lower_.rstrip(".") in HONORIFICS
            or doc[i].lower_ in ROLE_WORDS
        )
    ):
        i -= 1
    return (
        i >= 1
        and doc[i].lemma_.lower() in _ELDER_KIN_NOUNS
        and doc[i - 1].lower_ in ("his", "her", "their")
    )


def _give_elder_to_parent(short: _Cluster, named: _Cluster, people: list[_Cluster]) -> None:
    """ "Yaw Darko ... trained by his father, Kwabena, ... "...," the elder Darko said":
    the surname after "the elder" is the parent named by a given name beside a kin noun,
    not the one named in full; those mentions move from ``short`` to the parent."""
    elder = [m for m in short.mentions if _after_the(m.span, "elder")]
    if not elder:
        return
    parents = [
        c
        for c in people
        if c is not short
        and c is not named
        and " " not in c.full_key
        and any(
            (kin := kin_beside(m.span)) is not None and kin.lemma_.lower() in _PARENT_NOUNS
            for m in c.mentions
        )
        and _kin_of_one_of(c, [named], people, short)
    ]
    if not parents and any(
        (kin := kin_beside(m.span)) is not None and kin.lemma_.lower() in CHILD_NOUNS
        for m in named.mentions
    ):
        # "Dale Sorensen and his son Kyle ... Kyle Sorensen said ... the elder Mr.
        # Sorensen said": the one the son or daughter named is the child of
        surname = named.full_key.split()[-1]
        parents = _named_in_full_with(people, surname, -1, besides=(short, named))
    if not parents and not any(_named_as_parent(m.span) for m in named.mentions):
        # "to succeed her father, Representative Calvin Ashworth ... The elder Ashworth":
        # the one of that surname named in full as someone's parent
        surname = named.full_key.split()[-1]
        parents = [
            c
            for c in _named_in_full_with(people, surname, -1, besides=(short, named))
            if any(_named_as_parent(m.span) for m in c.mentions)
        ]
    if len(parents) != 1:
        return
    if " " not in parents[0].full_key:
        _give_surname(parents[0], elder[0])  # "Kwabena" is Kwabena Darko
    short.hand_over(elder, parents[0])


def _split_family_name_by_sex(short: _Cluster, candidates: list[_Cluster]) -> bool:
    """ "Han Soo-jin ... Her father, Han Dong-woo, ... Mr Han said": of two people of one
    family name, the honorific's sex picks one, and the bare family name stays with the
    other, the one written about (as a surname does: "Blakey ... Mrs Blakey"). Whether
    ``short`` was shared out so."""
    sexes = {sex for m in short.mentions if (sex := _surname_sex(m)) is not None}
    if len(candidates) != 2 or len(sexes) != 1:
        return False
    sex = sexes.pop()
    fitting = [c for c in candidates if _cluster_sex(c) == sex]
    others = [c for c in candidates if _cluster_sex(c) != sex]
    if len(fitting) != 1 or len(others) != 1:
        return False
    for mention in short.mentions:
        (fitting if _surname_sex(mention) else others)[0].add(mention)
    for cluster in candidates:
        cluster.mentions.sort(key=lambda m: m.span.start_char)
    return True


def _kin_of_one_of(
    kin: _Cluster,
    named: list[_Cluster],
    people: list[_Cluster],
    short: _Cluster,
    nested: bool = False,
) -> bool:
    """The person named last before the kin noun a short name is set beside, in its
    paragraph or the two before, is one of ``named`` ("Sipho Mabaso ... His mother,
    Nomvula": Sipho Mabaso's), not someone of another name ("Natasha Bedingfield ...
    performed with her brother Daniel"); the short name's own bare surname stands for the
    one named in full ("Blakey apologised ... Her mother, Sadhbh")."""
    span = next((m.span for m in kin.mentions if kin_beside(m.span) is not None), None)
    if span is None:
        return False
    owned_by = next(
        (c.text for c in kin_beside(span).children if c.dep_ == "poss" and c.pos_ == "PROPN"),
        None,
    )
    if owned_by is not None:
        # "Sofia's father, Nikos": the kin of the one that given name names, or of kin of
        # theirs named by that given name alone ("her daughter Tola ... Tola's father,
        # Babatunde")
        return any(c.best_name().split()[:1] == [owned_by] for c in named) or (
            not nested
            and any(
                _kin_of_one_of(c, named, people, short, nested=True)
                for c in people
                if c.full_key == name_key(owned_by) and c is not kin
            )
        )
    doc = span.doc
    since, breaks = span.start, 0
    while since > 0 and breaks < 3:
        since -= 1
        breaks += "\n" in doc[since].text + doc[since].whitespace_
    owner: _Mention | None = None
    owner_cluster: _Cluster | None = None
    for cluster in people:
        for m in cluster.mentions:
            if (
                since <= m.span.start < span.start
                and (owner is None or m.span.start > owner.span.start)
                and cluster is not kin
                # (not a name that modifies a noun: 'David Miliband is seen as a key Blair
                # lieutenant, his brother Ed' is Miliband's brother)
                and not (m.span.root.dep_ == "compound" and m.span.root.head.pos_ == "NOUN")
            ):
                owner, owner_cluster = m, cluster
    if owner is None:
        return False
    if owner_cluster is short:
        return not owner.titled and len(named) == 1
    return any(owner_cluster is c for c in named)


def _kin_noun_sex(cluster: _Cluster) -> str | None:
    """The sex of the kin noun a short name is set beside ("her father, Panos": "m")."""
    for m in cluster.mentions:
        kin = kin_beside(m.span)
        if (
            kin is not None
            and (sex := _KIN_NOUN_SEX.get(kin.lemma_.lower())) is not None
            # a pronoun's kin ("His mother, Zanele"), not a named person's ("Mr Begg's
            # father, Azmat", the father of the one the honorific names), unless the one
            # named is of the other sex ("Sofia's father, Nikos ... Mr Papadakis")
            and not any(
                c.dep_ == "poss" and c.pos_ == "PROPN" and given_name_gender(c.text) in (None, sex)
                for c in kin.children
            )
        ):
            return sex
    return None


def _spouse_owner_sex(span: Span) -> str | None:
    """ "Andrea Rossi, 58, and his wife": the sex the pronoun owning a spouse right after
    the name gives."""
    doc = span.doc
    after = doc[span.end : span.end + 6]
    for i, t in enumerate(after[:-1]):
        if t.lower_ in ("his", "her") and after[i + 1].lower_ in _SPOUSE_NOUNS:
            return "m" if t.lower_ == "his" else "f"
        if t.is_sent_end or t.lower_ in ("who", "which"):
            break
    return _relative_clause_spouse_sex(span)


def _relative_clause_spouse_sex(span: Span) -> str | None:
    """ "Myfanwy Stainthorpe, who runs the business with her husband, Hywel": the sex the
    pronoun owning a spouse in the name's own relative clause gives, when no other person
    is named in the clause before it."""
    clauses = [c for c in span.root.children if c.dep_ == "relcl" and c.i >= span.end]
    if not clauses or not any(
        w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in clauses[0].children
    ):
        return None
    words = list(clauses[0].subtree)
    for i, t in enumerate(words[:-1]):
        if t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
            return None
        if t.lower_ in ("his", "her") and words[i + 1].lower_ in _SPOUSE_NOUNS:
            return "m" if t.lower_ == "his" else "f"
    return None


def _merge_known_halves(clusters: list[_Cluster]) -> list[_Cluster]:
    """ "Ryan" in a quotation and "Giggs" in the report, never named in full: one person
    when the two make the name of a well-known person, and only one pair does."""
    singles = [
        c
        for c in clusters
        if c.label == "PERSON"
        and " " not in c.full_key
        # a team sheet's "Thomas" and "Johansson" are two players; "(Dietmar) Hamann" is
        # one name already
        and not any(
            m.roster or (m.span.start > 0 and m.span.doc[m.span.start - 1].text == "(")
            for m in c.mentions
        )
    ]
    # "Mr Howard" is a surname; "David" and "James" are two given names
    givens = [
        c for c in singles if is_known_name(c.full_key) and not any(m.titled for m in c.mentions)
    ]
    surnames = [c for c in singles if not is_known_name(c.full_key)]
    pairs = [
        (given, surname)
        for given in givens
        for surname in surnames
        if is_known_person(f"{given.full_key} {surname.full_key}")
    ]
    gone: set[int] = set()
    for given, surname in pairs:
        if sum(1 for g, s in pairs if g is given or s is surname) == 1:
            surname.merge(given)
            gone.add(id(given))
    return [c for c in clusters if id(c) not in gone]


def _kin_before(span: Span) -> bool:
    """A kinship noun stands just before the name ("His father, William Gates")."""
    doc = span.doc
    return any(t.lower_ in _KIN_NOUNS for t in doc[max(0, span.start - 3) : span.start])


def _without_middle_initials(words: list[str]) -> list[str]:
    """A full name's words without the initials between its first and last word:
    "donald j trump" -> "donald trump" (a suffix stays: "Robert Kennedy" is not "Robert F.
    Kennedy Jr.")."""
    words = list(words)
    if len(words) < 3 or words[-1].rstrip(".") in _NAME_SUFFIXES:
        return words
    return [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]


def _told_apart(one: _Cluster, other: _Cluster) -> bool:
    """Two names, one of them only a middle initial longer, in the same sentence
    ("Presidents George W Bush, Bill Clinton, George Bush") or each described as someone
    of their own: the writer tells two people apart."""
    a, b = one.full_key.split(), other.full_key.split()
    if len(a) == len(b) or _without_middle_initials(a) != _without_middle_initials(b):
        return False
    if all(any(_described_after(m.span) for m in c.mentions) for c in (one, other)):
        return True  # "Kim Jones, the designer, ... Kim A. Jones, a nurse from Cardiff,"
    sentences = {m.span.sent.start for m in one.mentions}
    return any(m.span.sent.start in sentences for m in other.mentions)


def _kin_beside_own(short: _Cluster, full: _Cluster) -> bool:
    """A mention of ``short`` owns a kin noun set beside a mention of ``full`` ("Rhiannon
    Protheroe, Mr Protheroe's daughter,", "Adebanjo's father, Tunde Adebanjo,"): the two
    are relatives, not one person."""
    heads = {m.span.root.i for m in full.mentions}
    sex = _cluster_sex(full)
    for m in short.mentions:
        kin = m.span.root.head
        if (
            m.span.root.dep_ == "poss"
            and kin.lower_ in _KIN_NOUNS
            and (
                (kin.dep_ == "appos" and kin.head.i in heads)
                or any(c.dep_ == "appos" and c.i in heads for c in kin.children)
            )
            # (not "Paul Rusesabagina, ..., Mr Rusesabagina's wife and his family": a list
            # the parser read as an apposition, the kin noun of the other sex)
            and (sex is None or kin_sex(kin.lower_) in (None, sex))
        ):
            return True
    return False


def _described_after(span: Span) -> bool:
    """A description in apposition follows the name ("Kim Jones, the designer,")."""
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ in ("a", "an", "the")
    )


def _merge_saints_short_names(clusters: list[_Cluster]) -> list[_Cluster]:
    """ "St. Brendan's Regional Medical Center ... St. Brendan's said": an institution named
    for its saint, called by the saint alone; the one such institution named."""
    gone: set[int] = set()
    bodies = [c for c in clusters if c.label in ("ORG", "FAC")]
    for short in bodies:
        words = short.full_key.split()
        if len(words) != 2 or words[0] not in ("st", "saint", "ste"):
            continue
        opening = f"{words[0]} {words[1]}s "
        longer = [c for c in bodies if c is not short and c.full_key.startswith(opening)]
        if len(longer) == 1 and id(longer[0]) not in gone:
            longer[0].merge(short)
            gone.add(id(short))
    return [c for c in clusters if id(c) not in gone]


def _merge_familiar_forms(clusters: list[_Cluster]) -> list[_Cluster]:
    """ "Dave Collins" and "David Collins" (or "Joseph R. Biden"): one person, named once
    in a familiar form of the given name; the later joins the earlier."""
    gone: set[int] = set()
    people = [c for c in clusters if c.label == "PERSON" and len(c.full_key.split()) >= 2]
    for i, first in enumerate(people):
        for later in people[i + 1 :]:
            if id(later) in gone or id(first) in gone:
                continue
            a = _without_middle_initials(first.full_key.split())
            b = _without_middle_initials(later.full_key.split())
            if (
                len(a) == len(b)
                and a[0] != b[0]
                and a[1:] == b[1:]
                and not _told_apart(first, later)
                and same_given_name(a[0], b[0])
                # not "Bill Gates" and "His father, William Gates": kin are two people
                and not any(_kin_before(m.span) for m in (*first.mentions, *later.mentions))
            ):
                first.merge(later)
                gone.add(id(later))
    return [c for c in clusters if id(c) not in gone]


_PERSONAL_SUBJECTS = frozenset({"he", "she"})


def _spoken_of_as_someone(cluster: _Cluster) -> bool:
    """A one-word surname the model took for a body or a place that the text speaks of as a
    person (see ``_said_of_a_person``)."""
    key = cluster.full_key
    words = key.split()
    # (or a double-barrelled one, always written so: "Okafor-Reid")
    double = (
        len(words) == 2
        and all(len(m.span) == 3 and m.span[1].text == "-" for m in cluster.mentions)
        and any(is_known_surname(word) for word in words)
    )
    if (
        (len(words) > 1 and not double)
        or is_known_thing(key)
        or is_place_name(cluster.mentions[0].text)
    ):
        return False
    # a well-known person's surname: firms and clubs are "who" too ("Lazard, who is
    # advising the board", "Crewe admitted he had been a target"); or a double-barrelled
    # one with such a surname in it ("Okafor-Reid, who is 1.93m tall")
    if not (double or is_known_surname(key)) or is_country_name(key):
        return False
    return any(
        (len(m.span) == 1 or double) and m.span.root.pos_ == "PROPN" and _said_of_a_person(m.span)
        for m in cluster.mentions
    )


def _who_clause_about(span: Span) -> bool:
    """ "who" opens a clause about the name ("Cragg, who recently defeated ..."), which is
    one ("Britons who want", "Ant and Dec who clinched" are more)."""
    root = span.root
    if root.tag_ == "NNPS" or is_demonym(root.text) or _coordinated(span, False):
        return False
    return any(
        c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ == "nsubj" for g in c.children)
        for c in root.children
    )


def _said_of_a_person(span: Span) -> bool:
    """ "who" opens a clause about the name ("Cragg, who recently defeated ...") or it says
    "he" or "she" of itself ("Federer admitted he was under extra pressure")."""
    root = span.root
    if _who_clause_about(span):
        return True
    return root.dep_ == "nsubj" and any(
        c.dep_ == "ccomp"
        and any(g.dep_ == "nsubj" and g.lower_ in _PERSONAL_SUBJECTS for g in c.children)
        for c in root.head.children
    )


def _titled_in_a_tie(cluster: _Cluster, lower_words: frozenset[str]) -> bool:
    """The model called the name a person as often as anything else, and a person's title
    stands before one of those mentions with nothing against it ("Girls Aloud, Akon and
    Kaiser Chiefs" ... "Hip-hop performer Akon's")."""
    if cluster.labels["PERSON"] < max(cluster.labels.values()):
        return False
    mentions = [m for m in cluster.mentions if not m.in_heading]
    return any(
        m.label == "PERSON" and _neighbour_evidence(_NameCues.of(m)) >= 2 for m in mentions
    ) and all(_person_evidence(m, lower_words) > -3 for m in mentions)


_MISLABELLED_NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
# words that open a name but are no given name: particles and articles ("Les Bleus")
_NOT_GIVEN_OPENERS = frozenset({"les", "los", "las", "el"})


def _full_name_mislabelled(
    cluster: _Cluster, lower_words: frozenset[str], titled_surnames: frozenset[str] = frozenset()
) -> bool:
    """A given name and a surname that the model labelled otherwise, every mention with the
    evidence of a person's name and nothing against it ("following Roman
    Abramovich's takeover", "the winning try from Geoffrey Rees-Jones"); or, whatever the
    evidence, a surname the text gives elsewhere only after an honorific (``titled_surnames``:
    "Gurpreet Sandhu kneels in a field" ... "Mr Sandhu, 47, grows onions")."""
    if cluster.label not in _MISLABELLED_NAME_LABELS or cluster.labels["PERSON"]:
        return False
    words = cluster.best_name().split()
    if (
        not 2 <= len(words) <= 3
        or is_place_name(" ".join(words))
        # "Paris St Germain"; not "Rep. Beverly Okafor-Grant", a given name after a title
        or (is_place_name(words[0]) and not _given_name_after_a_title(cluster))
        or any(w.rstrip(".") in ("St", "Saint") for w in words)
    ):
        return False
    first, last = words[0], words[-1]
    if (
        first.lower() in _NAME_PARTICLES
        or first.lower() in _NOT_GIVEN_OPENERS
        or is_common_word(first)
    ):
        return False
    if len(words) == 2 and cluster.full_key.split()[-1] in titled_surnames:
        return True  # (an ordinary word too: "Ewan Strand" ... "Mr Strand said")
    if is_common_word(last):
        return False
    if not is_given_name(first, international=False) and not any(
        _role_in_apposition(m.span)
        or _role_noun_before(m)
        or _kin_noun_before(m.span)
        or _partnered_by_own_kin(m.span)
        or (is_given_name(first) and _joined_to_a_person(m.span))
        # ("Its regional organiser, Deepak Chauhan,")
        or _role_in_front(m.span) is not None
        for m in cluster.mentions
    ):
        # a given name the census lacks needs a person's role in apposition ("Prassana
        # Rambathla, one of Prof Reddy's graduate students,") or right before it
        # ("Ghanaian programmer Kofi Antwi-Boasiako"), or a person it is joined to ("Lewis
        # Pritchard and Kwabena Owusu-Ansah")
        return False
    # (a person's role set off before the name counts for one more: "Its regional
    # organiser, Deepak Chauhan,")
    return all(
        _person_evidence(m, lower_words) >= (1 if _role_in_front(m.span) else 2)
        for m in cluster.mentions
    )


def _given_name_after_a_title(cluster: _Cluster) -> bool:
    """Some mention of the cluster opens with a census given name right after a person's
    title or honorific ("Rep. Beverly Okafor-Grant", "Mrs Florence Hart")."""
    for mention in cluster.mentions:
        span = mention.span
        before = span.doc[span.start - 1] if span.start > 0 else None
        if (
            before is not None
            and before.is_title
            and (
                before.lower_.rstrip(".") in TITLE_ABBREVIATIONS
                or before.lower_.rstrip(".") in SURNAME_HONORIFICS
            )
            and is_given_name(span[0].text, international=False)
        ):
            return True
    return False


def _kin_noun_before(span: Span) -> bool:
    """A kin noun right before the name ("Tunde's cousin Folake Adeyemi")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _KIN_NOUNS


def _surnames_mislabelled(cluster: _Cluster) -> bool:
    """The model called a full name with a census given name a person and only the bare
    surname something else ("Matt Lucas and David Walliams" ... "Walliams said"): the
    name decides, however many bare surnames the model labelled otherwise."""
    full = [
        m
        for m in cluster.mentions
        if m.label == "PERSON"
        and len(m.span) == 2
        and is_given_name(m.span[0].text, international=False)
        and not is_common_word(m.span[0].text)
    ]
    if not full:
        return False
    surname = full[0].span[-1].text
    return all(m.label == "PERSON" or m.text == surname for m in cluster.mentions)


def _short_full_name(span: Span) -> bool:
    """Two or three name words that are not a well-known thing's name."""
    return (
        2 <= len(span) <= 3
        and all(_name_word(t) for t in span)
        and not is_known_thing(name_key(span.text))
    )


def _entered_for_a_country(span: Span) -> bool:
    """A full name with its country in brackets after it, as draws and seedings give
    players ("28 Shinobu Asagoe (Japan)"), unless the name is a known thing or a place."""
    doc = span.doc
    return (
        _short_full_name(span)
        and not is_place_name(span.text)
        # a seed's number or a given name: not "Deutsche Telekom (Germany)"
        and (
            (span.start > 0 and doc[span.start - 1].like_num)
            or (is_given_name(span[0].text) and not is_common_word(span[0].text))
        )
        and span.end + 2 < len(doc)
        and doc[span.end].text == "("
        and doc[span.end + 2].text == ")"
        and is_country_name(doc[span.end + 1].text)
    )


# two tennis sets in a row, a tie-break's score in brackets allowed: "6-1 7-6 (7-5)"
_SET = r"(?:[67]-[0-7]|[0-7]-[67])"
_SET_SCORES = re.compile(rf"\s+{_SET}(?:\s+\(\d+-\d+\))?,?\s+{_SET}\b")


def _set_scores_after(span: Span) -> bool:
    """A full name followed by the scores of two sets ("beat Potito Starace 6-1 7-6"): a
    player, whatever the model made of the name."""
    return _short_full_name(span) and _SET_SCORES.match(span.doc.text, span.end_char) is not None


def _named_after_office(span: Span) -> bool:
    """A full name (perhaps with letters after it) after the office it holds and a comma:
    "The chairman of the Bar Council, Guy Mansfield QC warned"."""
    doc, start = span.doc, span.start
    words = [t for t in span if t.text not in POST_NOMINALS]
    if (
        len(words) < 2
        or len(words) > 3
        or not all(_name_word(t) for t in words)
        or words[-1].lower_ in NON_PERSON_HEADS
        or start < 2
        or doc[start - 1].text != ","
    ):
        return False
    head = doc[start - 2]
    for _ in range(4):
        if head.pos_ == "NOUN" and head.lower_ in ROLE_WORDS and head.lower_ not in _GROUP_ROLES:
            return head.i < start - 1 and head.dep_ in ("nsubj", "appos", "ROOT")
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _one_of_a_family(cluster: _Cluster, family_names: set[str]) -> bool:
    """A given name and the surname of people named in full in the text, tagged as
    something else: one more of that family ("Amara Okafor" beside "Chidi Okafor")."""
    return any(
        len(words := m.key.split()) == 2
        and words[1] in family_names
        and all(_name_word(t) for t in m.span)
        and is_given_name(m.span[0].text)
        and not is_place_name(m.span.text)
        for m in cluster.mentions
    )


def _given_name_with_a_role(span: Span) -> bool:
    """A given name and a surname tagged as a place, with a person's role in apposition:
    "according to Ewa Zielinska, a hydrologist at the University of Arizona"."""
    doc = span.doc
    words = list(span)
    if (
        len(words) < 2
        or len(words) > 3
        or not all(_name_word(t) for t in words)
        or not is_given_name(words[0].text)
        or is_place_name(span.text)
        or span.end + 2 >= len(doc)
        or doc[span.end].text != ","
    ):
        return False
    return any(
        c.dep_ == "appos"
        and c.i > span.end
        and c.pos_ == "NOUN"
        and _is_person_noun(c)
        and c.left_edge.i == span.end + 1
        and c.left_edge.lower_ in ("a", "an", "the")
        for c in span.root.children
    )


def _placed_person(span: Span) -> bool:
    """A given name and a surname placed by a country: after the country's possessive
    ("Australia's Samantha Stosur") or as a ranked entry before it in brackets ("29 Taylor
    Dent (US)")."""
    doc, start, end = span.doc, span.start, span.end
    if (
        start > 1
        and doc[start - 1].tag_ == "POS"
        and doc[start - 2].ent_type_ == "GPE"
        and span.root.dep_ in ("dobj", "pobj", "nsubj", "conj", "appos")
    ):
        return True
    return (
        start > 0
        and doc[start - 1].like_num
        and (start == 1 or "\n" in doc[start - 2].text_with_ws)
        and end + 2 < len(doc)
        and doc[end].text == "("
        and doc[end + 1].ent_type_ in ("GPE", "NORP", "ORG")
    )


_KIN_NOUNS = frozenset(
    """father mother wife husband son daughter brother sister parents girlfriend boyfriend
    fiancee fiance widow grandfather grandmother uncle aunt cousin""".split()
)
# Kin nouns that stand before a relative's name: "his stepson Sholto", "their two
# children Emily, 16, and Pelham".
_KIN_BEFORE_NAMES = _KIN_NOUNS | frozenset(
    """stepson stepdaughter stepfather stepmother grandson granddaughter nephew niece sons
    daughters children twins brothers sisters grandchildren kids""".split()
)


def _short_name_only(cluster: _Cluster) -> bool:
    """Every mention is one or two name words, with no head of a body or a thing."""
    return all(
        len(m.span) <= 2
        and all(_name_word(t) for t in m.span)
        and m.span[-1].lower_ not in NON_PERSON_HEADS
        for m in cluster.mentions
    )


def _named_as_kin(cluster: _Cluster, nouns: frozenset[str] = _KIN_NOUNS) -> bool:
    """A short name owning a kin noun or set beside one ("Juninho's father", "his wife,
    Rosamund,"): a person's, whatever the model took it for. ``nouns``: the kin that
    count (a spouse's, for "Mrs X")."""
    return _short_name_only(cluster) and any(
        m.span.root.dep_ in ("poss", "appos") and m.span.root.head.lemma_.lower() in nouns
        for m in cluster.mentions
    )


def _kin_of_someone(cluster: _Cluster) -> bool:
    """A short name set beside a kin noun that a person owns ("his wife, Rosamund,"), not a
    thing's figurative kin ("Everest's little brother, Lhotse")."""
    return _named_as_kin(cluster) and any(
        m.span.root.dep_ == "appos"
        and m.span.root.head.lemma_.lower() in _KIN_NOUNS
        and any(
            c.dep_ == "poss" and (c.lower_ in ("his", "her", "their") or c.ent_type_ == "PERSON")
            for c in m.span.root.head.children
        )
        for m in cluster.mentions
    )


def _kin_or_aged(cluster: _Cluster) -> bool:
    """A short name the model took for a group or place that has a family, is someone's
    kin or has an age ("Juninho's father", "Mr Begg's father, Azmat", "Scott, 22,"): a
    person."""
    mentions = cluster.mentions
    if not _short_name_only(cluster):
        return False
    if _named_as_kin(cluster):
        return True
    for m in mentions:
        root = m.span.root
        if root.dep_ == "nsubj" and any(
            g.dep_ == "poss" and g.lower_ in ("his", "her")
            for c in root.head.children
            if c.dep_ == "dobj"
            for g in c.children
        ):
            return True  # "Britney Spears picked up her first Grammy"
        if (
            len(m.span) == 2
            and m.label == "ORG"
            and root.dep_ == "conj"
            and root.head.ent_type_ == "PERSON"
            and any(c.dep_ == "cc" for c in root.head.children)
            and not is_common_word(m.span[0].text)
        ):
            return True  # "Paolo Maldini and Alessandro Costacurta"
        if (
            len(m.span) == 2
            and is_given_name(m.span[0].text)
            and not is_common_word(m.span[0].text)
            and _placed_person(m.span)
        ):
            return True  # "France's Arnaud Clement", "29 Taylor Dent (US)"
        if len(m.span) == 2 and m.label == "ORG" and is_given_name(m.span[0].text):
            doc, end = m.span.doc, m.span.end
            if (
                end + 2 < len(doc)
                and doc[end].text == ","
                and doc[end + 1].lower_ == "who"
                and doc[end + 2].tag_ in ("VBZ", "VBD")
            ):
                return True  # "the services of Dwain Chambers, who was handed a ban"
        if len(m.span) == 2 and m.label == "ORG" and not is_common_word(m.span[0].text):
            doc, start = m.span.doc, m.span.start
            word = _word_before(m.span)
            if (
                word in ROLE_WORDS
                and word not in _GROUP_ROLES
                and word not in _ROLE_MODIFIERS
                and doc[start - 1].is_lower
                and not _firm_called_so(word, doc[start])
            ):
                return True  # "former England full-back Dusty Hare"
        if _aged(m.span.doc, m.span.end):
            return True
    return False


# Head nouns of organisation and place names: "Shady Records", "Alton Towers".
NON_PERSON_HEADS = (
    frozenset(
        """records labs laboratories bros brothers group inc ltd cyf llc plc corp corporation co
    company
    gmbh ag telecom rfc fc afc utd holdings partners associates bank airlines airways motors systems
    software technologies networks capital investments ventures consulting consultants
    insurance
    media entertainment studios pictures films productions music publishing press books
    foundation trust institute university college school academy hospital council committee
    party union club united city rovers athletic wanderers towers tower square street road
    avenue park gardens hall house palace castle stadium arena centre center theatre theater
    museum gallery church cathedral abbey bridge station airport hotel island islands
    mountains river lake valley county district parish borough township province commission
    agency ministry department
    office service services fund society association federation league cup awards prize
    festival show magazine newspaper times post journal news radio tv channel beach pier award
    lecture lectures prize trophy medal memorial stakes open championship championships
    harriers harrier cellars brewery vineyards hour harbour harbor reservoir canyon peninsula
    strait straits gulf ocean coast robot robots television televisions leisure exchange
    people telegraph herald gazette tribune chronicle examiner inquirer bulletin observer
    mirror stand board authority state elementary falls springs heights creek town""".split()
    )
    | FIRM_HEAD_WORDS
)
# Common nouns that introduce the name of a thing, not a person: "the firm Sendmail",
# "the band Korn", "his song Mosh".
_THING_NOUNS = frozenset(
    """firm company group band label club team brand site website network newspaper
    magazine paper film movie album song single track book novel show series programme
    program game console software browser product painting play musical opera ship horse
    charity organisation organization party venue restaurant shop store chain character
    role persona alias unit subsidiary division manufacturer maker operator retailer carrier
    airline insurer lender supermarket broadcaster publisher distributor giant venture toy
    bank consultancy bookmaker act outfit quartet quintet sextet combo ensemble orchestra
    choir gadget device handset drug beer lager exchange monster mascot puppet doll movement
    sect body medicine watchdog regulator agency festival river depressant antidepressant
    painkiller vaccine pill carmaker automaker drugmaker chipmaker steelmaker planemaker
    toymaker utility cooperative""".split()
)
# Head words of the names of buildings, which may open with a possessive ("Guy's
# Hospital"); not of teams, firms or grounds ("Ferguson's Manchester United", "Mourinho's
# Stamford Bridge").
_BUILDING_HEADS = frozenset(
    """theatre theater hospital college school cathedral church abbey chapel gallery museum
    inn tavern""".split()
)
_LOCATIVE = frozenset(
    {"in", "at", "near", "across", "throughout", "around", "inside", "outside", "within"}
)
# Prepositions that open a sentence capitalised, before a place ('Outside Parliament,').
_OPENING_PREPOSITIONS = _LOCATIVE | frozenset(
    "beyond behind beside on from after before amid".split()
)


_GENRE_NOUNS = frozenset(
    """comedy thriller drama animation classic sequel prequel epic horror documentary sitcom
    musical blockbuster remake hit biopic soap""".split()
)
# Irish surnames of the form "Mac an tSaoi", "Nic an Bhaird": the opener, the article "an",
# then a name whose first letter a mutation may lower ("tSaoi", "bhFear") or not.
_IRISH_SURNAME_OPENERS = frozenset({"Mac", "Nic", "Mhic"})
_IRISH_MUTATED_NAME = re.compile(r"(?:t|n|h|bh|mb|gc|nd|ng|bp|dt)?[A-ZÁÉÍÓÚ][a-záéíóú]+$")
_NAME_PARTICLES = (
    frozenset({"den", "ten", "ter", "dos", "das", "do"})
    | frozenset(
        {
            "de",
            "da",
            "di",
            "del",
            "della",
            "dal",
            "van",
            "von",
            "der",
            "le",
            "la",
            "du",
            "bin",
            "al",
        }
    )
    | frozenset({"ap", "ab"})
)  # Welsh: "Dyfrig ap Rhys"
_OWNERSHIP_VERBS = frozenset(
    "own buy acquire operate control purchase take-over takeover bid".split()
)
_SPEECH_VERBS = frozenset(
    "say tell add believe think admit insist claim argue warn explain deny describe".split()
)


# The short names of political parties in British and American news: never a person.
# Awards known by one word ("Oscar favourite Million Dollar Baby", "a Bafta nomination").
_AWARD_NAMES = frozenset("oscar oscars grammy grammys emmy emmys bafta baftas".split())
_PARTY_NAMES = frozenset(
    {
        "labour",
        "new labour",
        "tory",
        "tories",
        "conservatives",
        "lib dem",
        "lib dems",
        "liberal democrats",
        "snp",
        "plaid",
        "plaid cymru",
        "ukip",
        "greens",
        "sinn fein",
        "dup",
        "uup",
        "sdlp",
        "bnp",
        "democrats",
        "republicans",
    }
)


@dataclass(frozen=True)
class _NameCues:
    """A name mention and the tokens its evidence reads."""

    mention: _Mention
    span: Span
    doc: Doc
    words: list[Token]
    root: Token
    single: bool
    before: Token | None
    honoured: bool
    modifier: bool

    @classmethod
    def of(cls, mention: _Mention) -> _NameCues:
        span = mention.span
        doc = span.doc
        words = [t for t in span if not t.is_punct]
        root = span.root
        return cls(
            mention=mention,
            span=span,
            doc=doc,
            words=words,
            root=root,
            single=len(words) == 1,
            before=doc[span.start - 1] if span.start > 0 else None,
            honoured=span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in HONORIFICS,
            # the name qualifies a noun outside it ("the London office")
            # (not across a dash: "and Alexander Fang - show how")
            modifier=root.dep_ in ("compound", "amod")
            and not span.start <= root.head.i < span.end
            and not any(
                # a dash set off, not "Wap-push"; a comma ("Kiran Deshpande, property
                # analyst at ...": the parser's modifier is a name in apposition)
                (t.is_punct and doc[t.i - 1].whitespace_) or t.text == ","
                for t in doc[min(span.end, root.head.i) : root.head.i]
            ),
        )


def _person_evidence(mention: _Mention, lower_words: frozenset[str]) -> int:
    """Positive when the context shows a person (a full name, an honorific or title before
    it, a role in apposition); negative when it shows a place, a group or a title of a work."""
    cues = _NameCues.of(mention)
    decided = _decisive_evidence(cues)
    if decided is not None:
        return decided
    return (
        _wording_evidence(cues)
        + _neighbour_evidence(cues)
        + _place_or_group_evidence(cues, lower_words)
        + _function_evidence(cues)
    )


# "v" only in lower case: "John V Smith" has an initial.
_VERSUS = frozenset("vs vs. Vs Vs. VS v v. versus Versus".split())


def _names_of_buildings(span: Span) -> bool:
    """The name is one of two or more joined before the plural of a building they name
    ("Whitfield and Maple Run elementary schools")."""
    root = span.root
    modifier = root.head if root.dep_ == "conj" else root
    head = modifier.head
    return (
        modifier.dep_ in ("nmod", "compound")
        and head.pos_ == "NOUN"
        and head.tag_ == "NNS"
        and head.lemma_.lower() in _BUILDING_HEADS
        and head.i >= span.end
        and (root.dep_ == "conj" or any(c.dep_ == "conj" for c in modifier.children))
    )


def _hometown_of_a_person(span: Span) -> bool:
    """The name follows ", from" set after a person's name, or after their age: "Leanne
    Whitcombe, 27, from Hull," (a place, however the model tagged it)."""
    doc = span.doc
    i = span.start
    if i < 3 or doc[i - 1].lower_ != "from" or doc[i - 2].text != ",":
        return False
    before = doc[i - 3]
    if before.like_num and i >= 5 and doc[i - 4].text == "," and doc[i - 5].pos_ == "PROPN":
        return True  # past the age: only people are given one, whatever the model tagged
    return before.ent_type_ == "PERSON"


def _decisive_evidence(cues: _NameCues) -> int | None:
    """Evidence that settles a mention alone: a peerage, a team sheet's club or heading, a
    surname on a team sheet, a role or a firm in apposition, digits or an organisation's head
    noun; ``None`` when nothing does."""
    span, doc, words, root, mention = cues.span, cues.doc, cues.words, cues.root, cues.mention
    if _peerage_designation(span) is not None:
        return 3  # "Lord Irvine of Lairg"
    if _bracketed_after_name(span, words):
        return -10  # "J Robinson (Sale Sharks, capt)": the club, place or party of a name
    if span.end < len(doc) and doc[span.end].text == ":" and _labels_team_sheet(span):
        return -10  # "Everton: Martyn, Hibbert, ...": the team a sheet lists
    if mention.roster and len(span) == 1:
        return 2  # "Subs Not Used: Cudicini, Bridge": a surname, whatever word it is
    if len(span) == 1 and _first_of_a_pair_at(doc, span.start):
        return 4  # "Sisters Blessing and Favour X": a given name, whatever word it is
    if (
        cues.before is not None
        and cues.before.lower_ == "born"
        and len(words) >= 2
        # "Born Jocelyn Stoker, ...", "she was born Lilian Marks", but not "the Glasgow
        # born Kenny Dalglish" or "Tunisian-born Abdellatif Kechiche"
        and (
            cues.before.is_sent_start
            or span.start < 2
            or doc[span.start - 2].lemma_ == "be"
            or doc[span.start - 2].text in (",", "(")
        )
    ):
        return -10  # "Born Jocelyn Stoker, the Devon diva": a birth name, not another person
    if (
        words[0].text in ("St", "St.", "Saint")
        and span.end < len(doc)
        and doc[span.end].tag_ == "POS"
        and (
            span.end + 1 >= len(doc)
            or doc[span.end + 1].pos_ not in ("NOUN", "PROPN", "ADJ")
            or doc[span.end + 1].lower_ in _BUILDING_HEADS | {"park"}
        )
    ):
        # "Strachan left St Mary's in February", "return to St James' Park": a church, a
        # ground, a hospital
        return -5
    if len(words) >= 2 and words[0].text == "Air" and not mention.titled:
        return -10  # "Air Sahara", "Air Deccan": an airline, never a person
    if " ".join(t.lower_ for t in span if t.lower_ != "the") in _PARTY_NAMES:
        return -10  # "Labour says", "the Conservatives and Lib Dems said": parties
    if (
        words[-1].lower_ in _PARTY_MEMBER_NOUNS
        and (cues.single or (len(words) == 2 and doc[span.start - 1].lower_ in ("a", "an")))
        and _after_article(span)
    ):
        # "The Michigan Democrat, who faces a primary", "Rep. X, an Aurora Democrat": an
        # epithet, not a name
        return -10
    if (
        cues.single
        and words[0].lower_ in _AWARD_NAMES
        and not (cues.honoured or mention.titled)
        and not (cues.before is not None and cues.before.lower_ in _KIN_NOUNS)
    ):
        # "Oscar favourite Million Dollar Baby": the award, but "her uncle Oscar"
        return -10
    if (
        is_country_name(span.text)
        and not (cues.honoured or mention.titled)
        # (but "who gave only his first name, Jordan": a name someone gives)
        and not _name_given_before(doc, span.start)
    ):
        return -5  # "Canada, a key gold producer,": a country, but "Baroness Scotland"
    if (
        cues.single
        and words[0].text == "Bill"
        and cues.before is not None
        and cues.before.is_title
        and cues.before.pos_ in ("PROPN", "ADJ", "NOUN")
        and cues.before.lower_.rstrip(".") not in HONORIFICS
        and not is_given_name(cues.before.text)
        and not mention.titled
        and not (span.end < len(doc) and doc[span.end].is_title)
    ):
        return -10  # "the Criminal Justice Bill": a bill before Parliament, not "Bill"
    if len(words) >= 3 and any(t.text in _VERSUS for t in words[1:-1]):
        return -10  # "Freddy Vs Jason": a match or a title, never one person
    in_apposition = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        in_apposition.append(root.head)
    if any(
        t.lemma_.lower() in _FICTION_NOUNS
        and t.pos_ == "NOUN"
        and any(c.lower_ in _STORY_ROLES for c in t.children)
        for t in in_apposition
    ):
        # "The main character, Robert Langdon,": a part in a story (but "Football's most
        # colourful character, Paul Gascoigne," is a real one)
        return -10
    if (
        cues.before is not None
        and cues.before.is_title
        and not cues.before.is_sent_start
        and cues.before.lower_ in ROLE_WORDS
        and span.start >= 2
        and doc[span.start - 2].is_lower
        and doc[span.start - 2].lower_ in _THING_NOUNS
    ):
        return -10  # "the ITV talent show Star Search Live": a title that opens with a role
    if _hometown_of_a_person(span):
        return -10  # "Leanne Whitcombe, 27, from Hull, who had tickets": where she is from
    if _names_of_buildings(span):
        return -10  # "Whitfield and Maple Run elementary schools will close": two schools
    if _role_in_apposition(span) or (
        len(span) >= 2 and _said_to_be_person(doc, span.start, span.end, offices=True)
    ):
        # "Mike Lake, a Yukos spokesman", "Prassana Rambathla, one of Prof Reddy's graduate
        # students,", "Piers Freelove is senior benefit officer": whatever the words look like
        return 3
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and any(
            c.dep_ == "appos"
            and c.is_lower
            and c.left_edge.i == span.end + 1
            # (not words addressed to the name: '"Ms. Zhou, your own website promised"';
            # nor a relative clause misparsed: 'Chidi Okafor, whose third book, ...')
            and not any(
                d.dep_ == "poss" and d.lower_ in ("your", "my", "our", "whose") for d in c.children
            )
            and (
                (
                    c.lemma_.lower() in _APPOSITIVE_FIRM_NOUNS | _APPOSITIVE_GROUP_NOUNS
                    # "the private papers of ...": a paper in apposition is one, with an article
                    and (
                        c.lemma_.lower() not in _MEDIA_NOUNS
                        or (c.tag_ == "NN" and any(d.dep_ == "det" for d in c.children))
                    )
                )
                or _one_of_firms(c)
            )
            for c in root.children
        )
    ):
        # "NM Rothschild, the investment bank,", "Glenmorangie, one of Scotland's premier
        # whisky firms,", "De Telegraaf, a daily Amsterdam newspaper,": a firm in apposition
        return -10
    if _family_name_first(span):
        return 3  # "Park Soo-min": a family name, then a Korean given name
    if (
        any(ch.isdigit() for ch in _letter_refs(span.text)) and not _numbered_stage_name(words)
    ) or (
        words[-1].lower_ in NON_PERSON_HEADS
        and not cues.honoured  # but "Dame Barbara Castle"
        and not _surname_like_head(span, words)
    ):
        return -5
    if _age_after(span):
        return 3  # "their two children Emily, 16, and Pelham, 14": a person's age
    if _name_given_before(doc, span.start):
        return 3  # "who gave only his first name, Lionel,": the name a person gave
    if _role_set_off_before(span) or _partnered_by_own_kin(span):
        return 3
    return None


def _role_set_off_before(span: Span, group_roles: bool = False) -> bool:
    """The name stands in apposition, set off by a comma, to a role noun before it: "The MP
    for Montgomeryshire, Siwan Penwortham,", "the club's new manager, Idris Vaughan,"; with
    ``group_roles``, also a role a group may fill ("Its organiser, Leanne Castle,")."""
    doc, root = span.doc, span.root
    head = root.head
    return (
        root.dep_ == "appos"
        and span.start > 1
        and doc[span.start - 1].text == ","
        and span.start - 6 <= head.i <= span.start - 2
        and not any(t.text == "," for t in doc[head.i : span.start - 1])
        and (head.is_lower or head.is_upper)
        and head.lower_ in ROLE_WORDS
        and head.lower_ not in _ROLE_MODIFIERS
        and (group_roles or head.lower_ not in _GROUP_ROLES)
        # (kin has its own test: "Everest's little brother, Lhotse," is a mountain)
        and head.lemma_.lower() not in _KIN_NOUNS
        # (nor a place named after a place noun: "an official in the state capital,
        # Guwahati,")
        and doc[span.start - 2].lower_ not in _PLACE_NOUNS
    )


# Roles a firm may fill as well as a person ("administrator Deloitte").
_FIRM_ROLES = frozenset({"administrator"})


def _firm_called_so(word: str, first: Token) -> bool:
    """A role word that also names a kind of firm, before a name that opens with no given
    name or honorific: "the German broadcaster Deutsche Welle", not "broadcaster Jeremy
    Vine"."""
    return (
        (word in _THING_NOUNS or word in _FIRM_ROLES)
        and not is_given_name(first.text)
        and first.lower_.rstrip(".") not in HONORIFICS
    )


def _joined_to_a_person(span: Span) -> bool:
    """The name is joined by "and" to a name the model took for a person's ("separate Lewis
    Pritchard and Kwabena Owusu-Ansah")."""
    root = span.root
    return (
        root.dep_ == "conj"
        and root.head.ent_type_ == "PERSON"
        and root.head.i < span.start
        and span.start > 0
        and span.doc[span.start - 1].lower_ == "and"
    )


def _partnered_by_own_kin(span: Span) -> bool:
    """The name is joined to a kin noun its own pronoun owns: "started by Murdo Gilfillan and
    his wife, Irene", "Nia Pryce and her husband"."""
    return any(
        c.dep_ == "conj"
        and c.lemma_.lower() in _KIN_NOUNS
        and any(g.dep_ == "poss" and g.lower_ in ("his", "her") for g in c.children)
        for c in span.root.children
    )


def _age_after(span: Span) -> bool:
    """An age set off by a comma after the name, and nothing counted by it ("Pelham, 14,",
    "John Holliday, 37, a huntsman", not "Arsenal, 54 points")."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or not doc[i + 1].text.isdecimal():
        return False
    if not 1 <= int(doc[i + 1].text) <= 110:
        return False
    after = doc[i + 2]
    return after.text in (",", ")", ".") or after.lower_ in ("and", "was", "were", "is", "are")


_MAN_WOMAN = frozenset({"man", "woman"})


def _described_man_before(span: Span) -> bool:
    """The name stands right after "man" or "woman" with a describing word, the two
    linked by the parse: "India's richest man Azim Premji", "local woman Jane Doe"."""
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    return (
        before.lower_ in _MAN_WOMAN
        and before.is_lower
        and (span.root.head.i == before.i or before.head.i == span.root.i)
        and any(c.dep_ in ("amod", "poss") for c in before.children)
    )


def _role_in_apposition(span: Span) -> bool:
    """A role noun stands in apposition after the name ("Mike Lake, a Yukos spokesman"), or
    "one of" a plural role noun ("Prassana Rambathla, one of Prof Reddy's graduate
    students"), or a described man or woman stands before it ("richest man Azim Premji")."""
    if _described_man_before(span):
        return True
    for c in span.root.children:
        if c.dep_ != "appos" or c.i < span.end:
            continue
        if c.lower_ in _MAN_WOMAN and any(g.dep_ in ("amod", "poss") for g in c.children):
            return True  # "Rinat Akhmetov, the country's richest man,"
        if (
            c.pos_ == "NOUN"
            and any(
                g.dep_ == "relcl"
                and any(h.dep_ == "nsubj" and h.lower_ == "who" for h in g.children)
                for g in c.children
            )
            # (not a part played: "she plays Ruth Kessler, a bookkeeper who ...", "starring
            # X as Eamon Quigley, a signalman who ...")
            and not _character_or_work(span)
            and not (span.root.dep_ == "pobj" and span.root.head.lower_ == "as")
        ):
            return True  # "Chukwuemeka Obi, a forklift operator who helped lead the drive,"
        if (
            c.lower_ in ROLE_WORDS
            and c.lower_ not in _ROLE_MODIFIERS
            # "Vivendi Universal, its boss and another executive": someone else's role
            and not any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)
            # "in Nagoya, the firm's president, Hiroshi Takeda,": the role names its holder
            and not any(g.dep_ == "appos" and g.ent_type_ == "PERSON" for g in c.children)
            and not _person_set_between(span.root, c)
            # "Terrebonne Parish, the National Hurricane Center said": a body's name ends in it
            and not (c.is_title and c.ent_type_ == "ORG" and c.ent_iob_ == "I")
        ):
            return True
        if (
            c.i == span.end + 1
            and c.lower_ == "one"
            and any(
                p.lower_ == "of"
                and any(n.dep_ == "pobj" and _plural_role_noun(n) for n in p.children)
                for p in c.children
            )
        ):
            return True
    return False


def _in_hyphened_word(token: Token) -> bool:
    """A hyphen joining two words with no space, or the word after it ("won" of "Jae-won")."""
    doc = token.doc
    if token.text == "-":
        return (
            not token.whitespace_
            and token.i > 0
            and not doc[token.i - 1].whitespace_
            and token.i + 1 < len(doc)
        )
    return (
        token.is_alpha
        and token.i > 0
        and doc[token.i - 1].text == "-"
        and not doc[token.i - 1].whitespace_
        and token.i > 1
        and not doc[token.i - 2].whitespace_
    )


def _wording_evidence(cues: _NameCues) -> int:
    """What the name's own words show: a full name in title case, or the shape of a
    nationality, an acronym, a brand or a phrase that ends in an ordinary word (unless the
    context shows a stage name)."""
    span = cues.span
    words = cues.words
    root = cues.root
    single = cues.single
    before = cues.before
    honoured = cues.honoured
    mention = cues.mention
    if _numbered_stage_name(words):
        return 2  # "50 Cent": a stage name, capitalised as no sum of money is
    score = 0
    name_shaped = all(
        t.pos_ == "PROPN"
        or _proper_name_word(t)
        or (t.is_alpha and len(t) == 1)
        or t.lower_ in _NAME_PARTICLES
        or _in_hyphened_word(t)  # "Kang Min-jae", "Ban Ki-moon"
        # a given name and a surname the tagger took for other words ("Stanley Townsend",
        # "Anselmo Feleppa" with "Anselmo" as a verb)
        or (
            t.is_title
            and is_given_name(words[0].text)
            and (t.i == words[0].i or is_surname(t.text) or not is_common_word(t.text))
        )
        for t in words
    )
    if not name_shaped:
        score -= 3  # "Cast Away", "Meet The Fockers": a verb, adverb or article inside
    elif (
        len(words) >= 2
        and words[-1].tag_ != "NNPS"
        and all(
            _capitalised(t) or t.is_upper or not t.is_alpha or t.lower_ in _NAME_PARTICLES
            for t in words
        )
    ):
        # a given name makes a full name; other title-case pairs may be firms ("Alfa Romeo")
        short = len(words[0]) <= 2 and words[0].lower_ != "st"  # "St Helens" is no initial
        score += 2 if is_known_name(words[0].text) or short else 1
    if (
        single
        and words[0].text in DEMONYMS
        and not mention.titled
        and (
            not (is_known_name(words[0].text) or is_surname(words[0].text))
            or any(c.dep_ == "det" for c in root.children)  # "the 22-year-old Scot"
        )
    ):
        score -= 3  # "the first Briton in 12th place": a nationality, not a name
    if words[0].lower_ == "team" and len(words) >= 2:
        score -= 10  # "Team GB", "Team Highgrove": a side
    if single and _ampersand_pair(span):
        score -= 10  # "Purvin & Gertz", "Marks & Spencer": a firm named after its founders
    if (
        single
        and words[0].is_upper
        and words[0].is_alpha
        and len(words[0]) >= 3
        and not mention.titled
        and not mention.roster
        and not honoured
    ):
        score -= 5  # "GPRS", "WEEE", "CENTR": an acronym, not a name
    if (
        len(words) >= 2
        and words[-1].is_upper
        and words[-1].is_alpha
        and len(words[-1]) >= 3
        and words[-1].text not in POST_NOMINALS
        and not _ROMAN.fullmatch(words[-1].text)
        and not words[0].is_upper
    ):
        score -= 3  # "Xerox PARC", "Kingfisher PLC": an acronym ends a body's name
    if single and _brand_cased(words[0].text):
        score -= 5  # "VoIP", "WiFi", "JetBlue": capitals inside a word mark a brand or a term
    if single and words[0].lower_ in _FEASTS and not mention.titled and not honoured:
        score -= 5  # "until about Easter": a date in the year, like a month
    if (
        len(words) >= 2
        and len(words[0]) > 1
        and words[-1].is_alpha
        and is_common_word(words[-1].text)
        and not is_surname(words[-1].text)
        and not is_known_name(words[0].text)
        and not mention.titled
        and not honoured
        and not (before is not None and (before.lower_ in ROLE_WORDS or _people_noun(before)))
        and not _beside_person(span)
        and not _example_of_people(root)
        and not is_given_first_chinese_name([t.text for t in words])  # "Jia Hui Tan"
    ):
        # "Dolby Digital", "Munich Re", "Best Buy": a person's name ends in a surname, not
        # in an ordinary word, unless it is a stage name ("rapper Dizzee Rascal")
        score -= 3
    elif (
        len(words) >= 2
        and words[-1].is_alpha
        and is_common_word(words[-1].text)
        and not is_surname(words[-1].text)
        and span.end + 1 < len(cues.doc)
        and cues.doc[span.end].lower_ == "of"
        and cues.doc[span.end + 1].is_title
    ):
        score -= 5  # "Maria Full of Grace": a title that runs on past the name
    return score


_AMOUNT = re.compile(r"\d[\d.,]*")
# Nouns for works a title names ("the hit track Lady Marmalade"), never a person's job.
_WORK_NOUNS = (
    _GENRE_NOUNS | _MADE_WORK_NOUNS | frozenset("track single show series programme".split())
)
_TITLE_PREPOSITIONS = frozenset("into with in on from without beyond under".split())


def _neighbour_evidence(cues: _NameCues) -> int:
    """What the words right around the name show: a title or a thing noun before it, brackets,
    a possessive, a storm or an animal, "which" after it."""
    span = cues.span
    doc = cues.doc
    words = cues.words
    root = cues.root
    single = cues.single
    before = cues.before
    modifier = cues.modifier
    mention = cues.mention
    score = 0
    if (
        span.start > 1
        and doc[span.start - 2].ent_type_ == "PERSON"
        and (
            doc[span.start - 1].lower_ == "of"
            # not "support for Michael Howard from David Davis", "a cross to Pires from
            # Ljungberg": something passing from one person to another
            or (
                doc[span.start - 1].lower_ == "from"
                and not (
                    len(words) >= 2
                    and is_known_name(words[0].text)
                    and span[1].text not in _DASHES  # "Liberty-X"
                )
                and not any(t.lower_ == "to" for t in doc[max(0, span.start - 5) : span.start])
            )
        )
    ):
        # "Mike Powell of Dresdner Kleinwort", "Jessica Taylor from Liberty X": an
        # affiliation, not a second person
        score -= 5
    if (
        single
        and span.start > 0
        and doc[span.start - 1].text in ("Hey", "Oh")
        and doc[span.start - 1].whitespace_
    ):
        score -= 3  # "sang Hey Jude": a song's title
    if (
        single
        and not mention.titled
        and span.end + 2 < len(doc)
        and doc[span.end].tag_ == "POS"
        and _capitalised(doc[span.end + 1])
    ):
        end = span.end + 1
        while end < len(doc) and _capitalised(doc[end]) and end - span.end < 5:
            end += 1
        if doc[end - 1].lower_ in _BUILDING_HEADS:
            score -= 5  # "Grauman's Chinese Theatre", "Guy's Hospital": part of a place's name
    k = span.end
    if k + 1 < len(doc) and _joining_hyphen(doc[k]):
        k += 2  # "the Boix-Vives family"
    if (
        span.start > 0
        and doc[span.start - 1].lower_ == "the"
        and k < len(doc)
        and doc[k].lower_ in ("family", "dynasty", "clan")
    ):
        score -= 5  # "The owners of Rossignol, the Boix-Vives family": a family, no one person
    after = doc[span.end : span.end + 5]
    if (
        len(after) == 5
        and [t.lower_ for t in after[:2]] == ["and", "the"]
        and after[2].is_title
        and after[3].lower_ == "of"
        and after[4].is_title
        and after[2].lower_ not in ROLE_WORDS | HONORIFICS | NON_PERSON_HEADS
        and after[2].ent_type_ not in ("ORG", "GPE", "FAC", "NORP")
    ):
        score -= 5  # "Harry Potter and the Prisoner of Azkaban": the opening of a title
    if (
        single
        and span.end + 2 < len(doc)
        and doc[span.end].text == ":"
        and _AMOUNT.fullmatch(doc[span.end + 1].text) is not None
        and sum(ch.isdigit() for ch in doc[span.end + 1].text) >= 3  # not "6 Nations"
        and not (is_known_name(words[0].text) or is_surname(words[0].text))
    ):
        score -= 5  # "Att: 47,111": the label of a figure
    if (
        single
        and before is not None
        and before.sent == span.sent
        and (
            ("." in before.text and _AMOUNT.fullmatch(before.text) is not None)
            or (
                before.is_alpha
                and before.i > 0
                and not doc[before.i - 1].whitespace_
                and _AMOUNT.fullmatch(doc[before.i - 1].text) is not None
            )
        )
    ):
        score -= 5  # "made 5.45m Euros": a unit after its number
    if before is not None:
        word = before.lower_.rstrip(".")
        hyphened_maker = (
            word == "maker" and before.i > 0 and doc[before.i - 1].text == "-"
        )  # "film-maker David O Russell", not "car maker Aston Martin"
        if (
            word in HONORIFICS
            and before.i > 0
            and doc[before.i - 1].lower_ in _WORK_NOUNS
            and doc[before.i - 1].pos_ == "NOUN"
            # the title names the thing ("the club Mr Abramovich bought" is no title)
            and (root.head.i == before.i - 1 or doc[before.i - 1].head.i == root.i)
            and not (span.end < len(doc) and doc[span.end].pos_ in ("VERB", "AUX"))
        ):
            score -= 5  # "the hit track Lady Marmalade": a title that opens with a title
        elif word in _PORTFOLIO_WORDS and before.is_title:
            score -= 3  # "the Finance Bill", "the Home Office": a portfolio names no person
        elif word in _MAN_WOMAN and _described_man_before(span):
            score += 2  # "India's richest man Azim Premji"
        elif (
            word in ROLE_WORDS
            or hyphened_maker
            # (but "will miss Kingsferry's next five matches": a verb, not "Miss")
            or (word in HONORIFICS and not (before.is_lower and before.pos_ == "VERB"))
        ):
            if (
                not (
                    word in _GROUP_ROLES
                    # (or a name of ordinary words: "Organiser Mean Fiddler")
                    and (single or all(is_common_word(w.text) for w in words))
                    and not (is_known_name(words[0].text) or is_surname(words[0].text))
                )
                and not (word in _ROLE_MODIFIERS and _modifies_next_noun(span))
                and not (
                    # "market leader Best Buy": a firm leads a market
                    word in _GROUP_ROLES
                    and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in before.children)
                )
            ):
                score += 2  # but "Big Brother producer Endemol": a firm produces too
        elif word in _KIN_BEFORE_NAMES and before.is_lower:
            score += 2  # "Tunde's cousin Folake Adeyemi", "his stepson Sholto"
        elif (
            word == ","
            and span.start > 1
            and doc[span.start - 2].lower_ in _FIRM_NOUNS
            and doc[span.start - 2].pos_ == "NOUN"
            # not "the head of Naftohaz company, Yury Boyko,": a full name is the head's
            and not (doc[span.start - 2].dep_ == "pobj" and len(words) >= 2)
        ):
            score -= 5  # "energy drink company, Red Bull,": a firm in apposition
        elif (
            (word in _THING_NOUNS or word in _GENRE_NOUNS)
            and (before.pos_ != "VERB" or single)  # "play Chelsea" is a fixture all the same
            # but "play Kaka forward": a player in his position
            and not (
                before.pos_ == "VERB" and span.end < len(doc) and doc[span.end].lower_ in _POSITIONS
            )
            # "PowerPage's publisher Jason O-Grady": a person can publish too
            and not (word == "publisher" and len(words) >= 2 and is_given_name(words[0].text))
            # "Documentary maker Michael Cockerell": one who makes works is a person
            and not (
                word == "maker" and before.i > 0 and doc[before.i - 1].lemma_.lower() in _WORK_NOUNS
            )
        ):
            score -= 5  # "the play Hamlet", but not "will next play Roger Federer"
        elif word in _DETERMINERS and not modifier and before.pos_ == "DET":
            score -= 2
            if (
                word == "the"
                and words[-1].text.endswith("s")
                and not words[-1].text.endswith("ss")
                and not is_known_name(words[0].text)
                and not (span.end < len(doc) and doc[span.end].pos_ == "NOUN")
            ):
                score -= 2  # "the Lib Dems", "the Zutons": a plural takes an article
        elif (
            single and before.is_title and before.pos_ in ("PROPN", "NOUN") and not before.ent_type_
        ):
            score -= 3  # "Wife Swap": the tail of a longer title
        elif single and before.is_title and before.pos_ == "ADP" and not before.is_sent_start:
            score -= 3  # "the 2002 hit About Schmidt": a title opening with a preposition
        elif (
            single
            and word in ("of", "the")
            and span.start > 1
            and doc[span.start - 2].is_title
            and doc[span.start - 2].ent_type_ != "PERSON"
        ):
            score -= 3  # "Prisoner of Azkaban", "Meet the Fockers"
        elif (
            single
            and word in _TITLE_PREPOSITIONS
            and before.is_lower
            and span.start > 1
            and doc[span.start - 2].is_title
            # "Talks with Abbas ended": a plural opening the sentence is no title
            and not (doc[span.start - 2].is_sent_start and doc[span.start - 2].tag_ == "NNS")
            and not doc[span.start - 2].ent_type_
            and is_common_word(doc[span.start - 2].text)
        ):
            score -= 3  # "Flight into Danger", "Gone with Wind": a title's last word
    if (
        0 < span.start
        and span.end < len(doc)
        and doc[span.start - 1].text == "("
        and doc[span.end].text == ")"
        and not (len(words) >= 2 and is_given_name(words[0].text))  # "Buck (Gil Gerard)"
    ):
        score -= 3  # "M Blair (Edinburgh)": a bracketed club, place or party after a name
    if (
        root.dep_ == "npadvmod"
        and span.end < len(doc)
        and doc[span.end].text in _DASHES
        and not doc[span.end - 1].whitespace_
    ):
        score -= 3  # "Oscar-winning", "Bafta-nominated"
    if (
        single
        and not mention.titled
        and not cues.honoured
        and root.dep_ == "poss"
        and root.head.ent_type_ == "PERSON"
        and root.head.i == span.end + 2
        and root.head.pos_ == "PROPN"
    ):
        score -= 3  # "Labour's Paul Flynn", "Ulster's Kevin Maggs": the side a person is on
    if (
        single
        and before is not None
        and before.ent_type_ == "ORG"
        and before.pos_ == "PROPN"
        and before.whitespace_ == " "
        and not mention.titled
        and not is_given_name(words[0].text)
    ):
        score -= 5  # "JP Morgan", "Sony Ericsson": the rest of a firm's name
    if words[0].lower_ in _STORM_NOUNS or (before is not None and before.lower_ in _STORM_NOUNS):
        score -= 10  # "Hurricane Mitch", "Typhoon Tokage": a storm
    if (
        (before is not None and before.lemma_.lower() in _ANIMAL_NOUNS)
        or (root.dep_ == "appos" and root.head.lemma_.lower() in _ANIMAL_NOUNS)
        or any(c.dep_ == "appos" and c.lemma_.lower() in _ANIMAL_NOUNS for c in root.rights)
    ):
        score -= 5  # "his guide dog Lucy", "Sadie, a black Labrador", "robot Asimo"
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and doc[span.end + 1].lower_ in ("on", "upon", "under", "le", "en", "sur")
    ):
        score -= 10  # "Stockton-on-Tees", "Newcastle-upon-Tyne": a place
    if (
        span.start > 2
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].text == ","
        and doc[span.start - 3].ent_type_ == "PERSON"
    ):
        score -= 5  # "Bob Wellington, of Torfaen,": where a person comes from or works
    if (
        single
        and span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ == "which"
        # the name in apposition or as a subject; after a verb's object ("Fans booed Rooney,
        # which upset Eriksson") or a noun's ("a study by X, which"), "which" may mean the rest
        and root.dep_ in ("appos", "nsubj", "nsubjpass")
    ):
        score -= 3  # "Rockstar, which is behind the GTA titles": "which" is said of things
    if (
        span.end + 2 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ == "who"
        and (doc[span.end + 2].tag_ == "VBZ" or doc[span.end + 2].lower_ == "was")
    ):
        score += 2  # "McIlroy, who is third": "who" with a singular verb is said of a person
    elif (
        single
        and span.end + 2 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ == "who"
        and (doc[span.end + 2].tag_ == "VBP" or doc[span.end + 2].lower_ == "were")
        and not _coordinated(span)
    ):
        score -= 3  # "Westlife, who have sold": a plural verb is said of a band or a team
    return score


def _place_or_group_evidence(cues: _NameCues, lower_words: frozenset[str]) -> int:
    """A place, a constituency, a team or a firm: locative prepositions, lists of places or
    firms, plural verbs and plural nouns before the name."""
    span = cues.span
    doc = cues.doc
    words = cues.words
    root = cues.root
    single = cues.single
    before = cues.before
    mention = cues.mention
    score = 0
    if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE:
        score -= 2
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "like"
        and root.head.head.lemma_.lower() in _PLACE_NOUNS
    ):
        score -= 5  # "High streets in towns like Aberwennol": one of the places
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_ in _PLACE_NOUNS | _WARD_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in root.head.head.children)
    ):
        score -= 6  # "the district of Nghia Hanh", "the neighbouring ward of Upper Weald"
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_.replace("-", "") in _COMPASS_POINTS
    ):
        score -= 6  # "about 9 miles northeast of Rio Seco": a place
    if _home_after_age(span):
        score -= 6  # "Gareth Pennock, 46, of Brindley Heath, denies ...": where he lives
    if (
        len(words) >= 2
        and words[-1].lower_ in _STREET_WORDS
        and cues.modifier
        and not is_given_name(words[0].text)
    ):
        score -= 4  # "a mother who uses Hollins Lane library": the street the library is on
    head = _list_head(root)
    if head.dep_ == "attr" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _PLACE_NOUNS for c in head.head.children
    ):
        score -= 4  # "The worst-hit provinces are Quang Ngai and Binh Dinh": places
    elif (
        root.dep_ == "conj"
        and _list_head(root).dep_ == "pobj"
        and _list_head(root).head.lower_ in _LOCATIVE
        and _list_head(root).ent_type_ in ("GPE", "LOC", "FAC")
    ):
        score -= 2  # "meets in Madrid and Lievin": another place
    if (
        len(words) >= 2
        and words[-1].text in _COMPASS_WORDS
        and _list_head(root).dep_ == "pobj"
        and _list_head(root).head.lower_ in _LOCATIVE
    ):
        score -= 3  # "in Bristol South and Leeds Central": constituencies, districts
    if (
        root.dep_ == "appos"
        and root.head.i < span.start
        and root.head.is_lower
        and root.head.lemma_.lower() in _APPOSITIVE_BODY_NOUNS
        and not is_known_name(words[0].text)
    ):
        score -= 4  # "Greek athletics' governing body, Segas,": the body itself
    if (
        single
        and root.dep_ == "pobj"
        and root.head.lower_ == "from"
        and root.head.head.pos_ == "NOUN"
        and _is_person_noun(root.head.head)
        and is_place_name(words[0].text)
    ):
        score -= 3  # "the soul singer from Devon": where someone comes from
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "by"
        and root.head.head.lemma_ in _OWNERSHIP_VERBS
    ):
        score -= 3  # "owned by Yukos": owners and buyers here are firms
    if (
        head.dep_ == "pobj"
        and head.head.lower_ == "to"
        # "serve routes to Harris", with "to" the verb's
        and {head.head.head.lemma_.lower(), doc[head.head.i - 1].lemma_.lower()} & _TRAVEL_NOUNS
    ):
        score -= 3  # "an away trip to Calvisano", "routes to Harris, Barra and Coll": places
    if _as_far_as(span):
        score -= 4  # "flood warnings as far north as Jackson": how far something reached
    if (
        len(words) == 2
        and words[0].text in _PLACE_NAME_OPENERS
        and not mention.titled
        and given_name_gender(words[1].text) is None
    ):
        score -= 4  # "The Drovers Arms in Low Helbeck": a village, as such names open
    if (
        root.dep_ == "dobj"
        and root.head.lemma_.lower() in _BODY_RUNNING_VERBS
        and not is_given_name(words[0].text)
    ):
        score -= 4  # "a retired firefighter who chairs Fairhaven Forward": a body
    if single and not mention.titled and _plural_of_a_thing(span):
        score -= 5  # "Xboxes" beside "Xbox": the plural of a thing named
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text in ("MP", "MEP", "MSP", "AM")
        and doc[span.end + 1].is_title
        and doc[span.end + 1].pos_ == "PROPN"
    ):
        score -= 5  # "Bolton West MP Ruth Turner": the seat or the party of the member named
    if single:
        if words[0].tag_ == "NNPS":
            score -= 1  # "Ospreys", "Hearts" are teams, but "Rubens", "Jones" are people
        if words[0].lower_ in lower_words:
            score -= 2  # the same word in lower case elsewhere: a common word
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "for"
            and root.head.head.lower_ in ("mp", "mps", "member", "candidate", "seat", "msp", "am")
        ):
            score -= 3  # "MP for Sedgefield": a constituency
    if single and not mention.titled and _paired_with_group(root):
        score -= 2  # "Labour and the Conservatives": a party, side or firm like the other
    if (
        (single or (is_place_name(words[0].text) and not is_given_name(words[0].text)))
        and not mention.titled
        and _listed_with_places(root)
    ):
        score -= 3  # "towns including Cardiff, Bangor, Aberystwyth and Wrexham", "Bristol
        # and Glasgow Prestwick"
    elif (
        (
            single
            # "Miramax, Columbia and Buena Vista": no given name, an ordinary last word
            or (
                len(words) == 2
                and not is_known_name(words[0].text)
                and is_common_word(words[-1].text)
                and not is_surname(words[-1].text)
            )
            # "ABN Amro, BNP Paribas, Calyon": letters open no person's name
            or (len(words) == 2 and words[0].is_upper and len(words[0].text) >= 3)
        )
        and not mention.titled
        and _listed_with_groups(root)
    ):
        score -= 3  # "Sony, Philips, Matsushita and Samsung": firms, teams
    if _plural_subject(span):
        score -= 3  # "Bath have signed", "Aston Villa were drawn": a team or firm
    if (
        before is not None
        and before.tag_ == "NNS"
        and (root.head.i == before.i or span.start <= before.head.i < span.end)
        and before.lower_ not in _FAMILY_PLURALS
        # "The film stars Tim Scott as ...": a verb the parser took for the sentence's noun
        and before.dep_ != "ROOT"
        and not (before.i > 1 and doc[before.i - 2].lower_ in ROLE_WORDS)  # "minister for women"
        and not _coordinated(span)
    ):
        score -= 3  # "auditors Arthur Andersen", "publishers Sega": a plural names a group
    return score


# Directions a place lies in from another ("9 miles northeast of Rio Seco").
_COMPASS_POINTS = frozenset("north south east west northeast northwest southeast southwest".split())
# Words that open the names of villages and towns, not of people ("Low Helbeck").
_PLACE_NAME_OPENERS = frozenset("Low High Upper Lower Nether Great".split())
# Verbs whose object is a body someone runs ("who chairs Fairhaven Forward").
_BODY_RUNNING_VERBS = frozenset("chair head found co-found run own operate".split())
# Journeys and the ways they run, whose "to" leads to a place ("routes to Harris").
_TRAVEL_NOUNS = frozenset("trip journey flight tour route crossing sailing voyage ferry".split())


def _as_far_as(span: Span) -> bool:
    """The name ends "as far (north, inland...) as": the furthest place something reached."""
    doc, start = span.doc, span.start
    return (
        start >= 3
        and doc[start - 1].lower_ == "as"
        and doc[start - 3].lower_ == "far"
        and doc[start - 2].lower_.replace("-", "") in _COMPASS_POINTS | {"inland", "afield"}
    )


# Parts of a town or a county that its people are said to live in or represent.
_WARD_NOUNS = frozenset("ward parish borough suburb constituency".split())


def _home_after_age(span: Span) -> bool:
    """The name follows "of" after a person's age set off by commas ("Gareth Pennock, 46,
    of Brindley Heath"): the place the person lives in, as court reports give it."""
    doc, start = span.doc, span.start
    return start >= 4 and doc[start - 1].lower_ == "of" and _aged(doc, start - 4)


def _function_evidence(cues: _NameCues) -> int:
    """What the name does in its sentence: speaks, has an age or a role in apposition,
    qualifies a noun ("Labour spokesman", "the Bush administration"), or names a work, a club,
    an employer or a franchise."""
    span = cues.span
    doc = cues.doc
    words = cues.words
    root = cues.root
    single = cues.single
    modifier = cues.modifier
    mention = cues.mention
    score = 0
    if modifier and root.head.pos_ == "NOUN":
        head = root.head.lower_
        # "Labour spokesman", "the London office" mark a group or place; "the Ben Stiller
        # comedy" still names a person
        lemma = root.head.lemma_.lower()
        last = words[-1].text
        if (
            lemma in _LEADER_ERA_NOUNS
            and span.label_ == "PERSON"
            and (is_surname(last) or not is_common_word(last))
        ):
            score += 3  # "the Bush administration", "the Attlee government": a leader
        elif lemma in _CORPORATE_NOUNS and not is_given_name(words[0].text, international=False):
            score -= 3  # "Yukos shares", "the Alfa Romeo division": what a firm has
        else:
            score -= 3 if {head, lemma} & (ROLE_WORDS | NON_PERSON_HEADS) else 1
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "for"
        and root.head.head.lemma_.lower() == "nominate"
        and not mention.titled
    ):
        score -= 5  # "nominated for Endgame": a work or a prize
    if (
        single
        and root.dep_ == "poss"
        and root.head.lemma_.lower() in _CORPORATE_POSSESSIONS
        and not is_given_name(words[0].text)
    ):
        score -= 3  # "Unicef's emergency relief fund", "Biogen's existing drug"
    if (
        root.dep_ == "pobj"
        and root.head.lower_ in ("of", "in")
        and root.head.head.lemma_.lower() in _HELD_IN_FIRMS
        and root.head.head.pos_ == "NOUN"
        and not is_given_name(words[0].text, international=False)
    ):
        score -= 3  # "sales of Alfa Romeo", "shares in Krispy Kreme": a firm's business
    if (
        root.dep_ in ("nsubj", "nsubjpass")
        and _its_in_clause(root.head)
        # "Alan Jones joined its board", but "Harvey Nichols raised its prices"
        and not (is_given_name(words[0].text) and root.head.lemma_ in _MEMBERSHIP_VERBS)
    ):
        score -= 3  # "Fannie Mae should restate its earnings": "its" is said of a thing
    if (
        root.dep_ == "nsubj"
        and root.head.lemma_.lower() == "lay"
        and any(c.dep_ == "prt" and c.lower_ == "off" for c in root.head.children)
    ):
        score -= 3  # "Veritrail laid off 300 staff": an employer
    if _introduced_as_thing(root):
        score -= 5  # "a shadowy group known as Meibion Glyndwr", "a firm called Sendmail"
    if (
        # (a census given name: "Michelle Paver's Wolf Brother" but "Glasgow's Franz
        # Ferdinand")
        (single or not is_given_name(words[0].text, international=False))
        and span.start > 1
        and doc[span.start - 1].tag_ == "POS"
        and doc[span.start - 2].ent_type_ == "PERSON"
        and not doc[span.start - 2].is_upper
        # "Parma's Sebastien Frey": a place or a club the model took for a person owns
        # its players
        and not (
            len(words) >= 2
            and is_given_name(words[0].text)
            and is_place_name(doc[span.start - 2].text)
        )
    ):
        score -= 3  # "Raphael's Madonna", "Michelle Paver's Wolf Brother": a person's work
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "for"
        and root.head.head.lemma_.lower() in _AWARDED_WORKS
        and root.head.head.i == root.head.i - 1
        and any(c.lower_ == "best" for c in root.head.head.children)
    ):
        score -= 5  # "best rap song for Jesus Walks": the work an award category names
    if (
        root.dep_ == "poss"
        and root.head.i == span.end + 1
        and root.head.is_title
        and root.head.pos_ in ("NOUN", "PROPN")
        and is_common_word(root.head.text)
        and not (is_known_name(root.head.text) or is_surname(root.head.text))
        and not (root.head.i + 1 < len(doc) and doc[root.head.i + 1].is_title)
        and not is_known_person(name_key(span.text))
        and not mention.titled
        and not (cues.before is not None and cues.before.lower_.rstrip(".") in HONORIFICS)
        and root.head.lower_ not in _STATE_POSSESSIONS
    ):
        score -= 4  # "a remake of Tom Brown's Schooldays": the title of a work
    score += _not_a_person_here(span, words)
    if root.dep_ == "nsubj" and root.head.lemma_ in _SPEECH_VERBS:
        score += 1
    if any(child.dep_ == "appos" for child in root.rights):
        score += 1
    if (
        root.dep_ == "appos"
        and root.head.i < span.start
        and root.head.pos_ == "NOUN"
        and root.head.lower_ in ROLE_WORDS
        and root.head.lower_ not in _GROUP_ROLES
        and root.head.lower_ not in _ROLE_MODIFIERS
    ):
        score += 2  # "its director, Tunisian-born Abdellatif Kechiche,": an office's holder
    if _aged(doc, span.end):
        score += 3  # "Scott, 22,": people have ages
    if single and root.ent_type_ == "PERSON" and _who_clause_about(span):
        score += 2  # "Cragg, who recently defeated ...": "who", not "which"
    if span.start > 2 and [t.lower_ for t in doc[span.start - 3 : span.start]] in (
        ["his", "name", "is"],
        ["her", "name", "is"],
        ["his", "name", "was"],
        ["her", "name", "was"],
    ):
        score += 3  # "His name is Tote King": a person's name, whatever its words
    if not mention.titled and _club_of_player(root):
        score -= 5  # "playing for Al-Gharafa", "loaned to Everton"
    if _numbered_in_a_series(span):
        score -= 5  # "the third Harry Potter film", "the 21st James Bond film": a character
    if _titles_a_role(span):
        if single and is_common_word(words[0].text):
            score -= 5  # "Only Fools and Horses star David Jason": a show's name, not a person
        elif single and not (is_known_name(words[0].text) or is_surname(words[0].text)):
            score -= 5  # "Ryanair deputy chief executive Michael Cawley": an employer
        elif not single:
            score -= 10  # "Morgan Stanley equity strategist Naoki Kamiyama": an employer
    return score


# What a firm has, in front of which its name stands: "Yukos shares", "the Yukos subsidiary".
_CORPORATE_NOUNS = frozenset(
    """share shareholder stock subsidiary profit revenue turnover earnings customer store shop
    outlet factory plant product brand headquarters employee bankruptcy division""".split()
)
# What is of or in a firm: "sales of Alfa Romeo", "shares in Krispy Kreme".
_HELD_IN_FIRMS = frozenset("share shareholder stake sale stock subsidiary division".split())
# ... and after its possessive ("Unicef's relief fund"), where a person's holdings would read
# the same ("Mr Glazer's shares") only these are a firm's alone.
_CORPORATE_POSSESSIONS = frozenset(
    """subsidiary profit revenue turnover earnings customer store outlet factory plant
    headquarters bankruptcy fund drug tool app software product brand workforce
    shareholder""".split()
)


# Verbs of a person's place in a body, whose object may be "its board".
_MEMBERSHIP_VERBS = frozenset("join rejoin leave quit head chair lead run".split())


def _its_in_clause(verb: Token) -> bool:
    """The direct object of ``verb`` is "its" something ("Fannie Mae should restate its
    earnings"): the subject is a thing or a group."""
    return any(
        c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ == "its" for g in c.children)
        for c in verb.children
    )


def _numbered_in_a_series(span: Span) -> bool:
    """The name modifies a work that an ordinal numbers in a series ("This third Harry Potter
    film", "the 21st James Bond film", "the first Shrek game"): the hero of a franchise."""
    root = span.root
    work = root.head
    if root.dep_ != "compound" or work.i != span.end or work.lemma_.lower() not in _SERIES_WORKS:
        return False
    return any(
        t.ent_type_ == "ORDINAL" or _ORDINAL.fullmatch(t.lower_)
        for t in span.doc[work.left_edge.i : span.start]
    )


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh")
_SERIES_WORKS = frozenset(
    "film movie book novel dvd game sequel instalment installment episode".split()
)


def _rank_before(span: Span) -> bool:
    """A capitalised title or its abbreviation stands right before the name ("Col. John
    Park", "Gen Ann Lee", "Colonel Jin-ho Park")."""
    doc = span.doc
    k = span.start - 1
    if k >= 1 and doc[k].text == "." and not doc[k - 1].whitespace_:
        k -= 1  # "Col." split in two
    if k < 0 or not doc[k].is_title:
        return False
    word = doc[k].lower_.rstrip(".")
    return word in TITLE_ABBREVIATIONS or (word in ROLE_WORDS and word not in _ROLE_MODIFIERS)


def _surname_like_head(span: Span, words: list[Token]) -> bool:
    """A name the model tags as a person whose last word is a noun that heads names of
    places and firms, but that reads as a surname after a given name: a common surname
    ("Thomas Haden Church", "Wayne Bridge"), or in a list of people ("Imelda Staunton,
    Natalie Press (...), Anne Reid"); not "Samuel Goldwyn Films"."""
    if _family_name_after_syllables(span) == span.end - 1:
        return True  # "Jae-won Park": a Korean family name after the given name
    if (
        span.label_ == "PERSON"
        and len(span) >= 4
        and span[-2].text == "-"
        and not span[-2].whitespace_
        and not span[-3].whitespace_
        and span[-3].is_title
    ):
        return True  # "Ngaio Fitzgerald-Park": the second half of a double-barrelled surname
    before = span.doc[span.start - 1] if span.start > 0 else None
    # "Yukos spokesman Mike Lake", "scrum-half Ben Castle": a role word before the name
    # makes it a person's; so does a rank or title ("Col. John Park", "Colonel John Park")
    titled = before is not None and (
        (before.is_lower and _word_before(span) in ROLE_WORDS) or _rank_before(span)
    )
    if not (span.label_ == "PERSON" or titled) or not 2 <= len(words) <= 3:
        return False
    particle = len(words) >= 3 and _capitalised_particle(words[-2])  # "Rob Da Bank"
    if not (
        is_given_name(words[0].text) or ((particle or titled) and is_known_name(words[0].text))
    ):
        return False
    if span.start > 0 and (
        span.doc[span.start - 1].lower_ in _DETERMINERS or span.doc[span.start - 1].tag_ == "POS"
    ):
        return False  # "the James Street office", "the University's Reid Hall"
    if any(t.lower_ in NON_PERSON_HEADS or not _capitalised(t) for t in words[:-1]):
        return False
    return (
        is_surname(words[-1].text)
        or _beside_person(span)
        or particle
        or titled
        # "Its organiser, Leanne Castle, said": a role set off before the name
        or _role_set_off_before(span, group_roles=True)
    )


def _word_before(span: Span) -> str:
    """The lower-cased word right before ``span``, joined across a hyphen ("full-back")."""
    doc, start = span.doc, span.start
    word = doc[start - 1].lower_ if start > 0 else ""
    if start > 2 and doc[start - 2].text == "-" and not doc[start - 3].whitespace_:
        word = f"{doc[start - 3].lower_}-{word}"
    return word


def _bracketed_after_name(span: Span, words: list[Token]) -> bool:
    """A name of two or more words opening a bracket right after another name: "J Robinson
    (Sale Sharks, capt)", "Andy Craig (Glasgow Rugby)"; not an actor after a part ("Buck
    (Gil Gerard)")."""
    doc = span.doc
    return (
        len(words) >= 2
        and span.start > 1
        and span.end < len(doc)
        and doc[span.start - 1].text == "("
        and doc[span.end].text in (")", ",", ";")
        and (doc[span.start - 2].ent_type_ == "PERSON" or _name_word(doc[span.start - 2]))
        and not is_given_name(words[0].text)
    )


def _ampersand_pair(span: Span) -> bool:
    """The one-word name stands in "X & Y" with another one-word name and no role noun
    before the pair."""
    doc = span.doc

    def lone_name(i: int) -> bool:
        return 0 <= i < len(doc) and _capitalised(doc[i]) and doc[i].pos_ == "PROPN"

    if span.end + 1 < len(doc) and doc[span.end].text == "&" and lone_name(span.end + 1):
        first, last = span.start, span.end + 1
    elif span.start > 1 and doc[span.start - 1].text == "&" and lone_name(span.start - 2):
        first, last = span.start - 2, span.start
    else:
        return False
    if lone_name(last + 1) or lone_name(first - 1):
        return False  # "Ludacris & Lil Jon": a longer name on one side
    before = doc[first - 1] if first > 0 else None
    return before is None or not (
        before.lower_ in ROLE_WORDS or _singular(before.lower_) in ROLE_WORDS
    )


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def _brand_cased(word: str) -> bool:
    """A capital after a lower-case letter, other than a surname prefix's ("McIlroy",
    "DiCaprio", "LeBlanc")."""
    return _INNER_CAPITAL.search(word) is not None and not _PREFIXED_SURNAME.fullmatch(word)


def _titles_a_role(span: Span) -> bool:
    """The name opens a title-case phrase that qualifies a role noun before a person's name
    ("Only Fools and Horses star David Jason", "Harry Potter actor Daniel Radcliffe", "Morgan
    Stanley equity strategist Naoki Kamiyama", "Lib Dem foreign affairs spokesman Menzies
    Campbell")."""
    doc = span.doc
    i = span.end
    while (
        len(span) == 1  # a one-word name may open a longer title; a full name stands whole
        and i < len(doc)
        and i - span.end < 5
        and (_capitalised(doc[i]) or doc[i].lower_ in ("and", "of", "&", "the"))
    ):
        i += 1
    chain = i
    if doc[chain - 1].lower_ in ("and", "of", "&", "the"):
        return False  # "model Caprice and actor Jeremy Edwards": two people, no title
    while (
        i < len(doc)
        and i - chain < 4
        and doc[i].is_lower
        and doc[i].pos_ in ("NOUN", "ADJ")
        and doc[i].lower_ not in _LED_BY_PERSON
    ):
        i += 1
    role = doc[i - 1]
    if i == chain or i >= len(doc) or role.lower_ not in ROLE_WORDS:
        return False
    if role.lower_ in _PERSONAL_ROLES and i == chain + 1:
        return False  # "Blair aide Sally Morgan": a person's own staff
    return doc[i].ent_type_ == "PERSON" or (
        i + 1 < len(doc) and _name_word(doc[i]) and _name_word(doc[i + 1])
    )


# Roles held towards one person ("Blair aide", "Bush adviser") and groups a person leads
# ("the Bush administration official"): a name before them stays a person.
_PERSONAL_ROLES = frozenset(
    """aide adviser advisor spokesman spokeswoman spokesperson lawyer attorney wife husband
    son daughter brother sister mother father friend ally assistant biographer""".split()
)
# Nouns for what only a person can be ("X is the editor of ..."), unlike "leader", "owner".
_PERSON_ONLY_NOUNS = _PERSONAL_ROLES | frozenset(
    """editor author writer novelist poet presenter actor actress singer chairman
    chairwoman captain coach founder widow""".split()
)
_LED_BY_PERSON = frozenset("administration government campaign team camp era regime".split())


_COMPASS_WORDS = frozenset(
    "North South East West Central North-East North-West South-East South-West".split()
)
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
_EXAMPLE_WORDS = frozenset({"like", "as", "including"})
# Offices whose "of"/"for" names an organisation, team or country, never a person.
_EMPLOYER_ROLES = frozenset(
    "officer executive director chairman chairwoman president boss founder ambassador".split()
)
# Nouns for firms, products and works only (not "maker", "publisher", "party", which also
# describe people): a name in apposition to one, or listed as an example of one, is a thing.
_FIRM_NOUNS = frozenset(
    """firm company site website brand unit subsidiary division label band network chain
    venture product device gadget toy drug beer lager game console software browser album
    film movie song single track book novel series programme program studio manufacturer
    retailer supermarket airline insurer lender""".split()
)

# Firms that describe no person, named in apposition: "NM Rothschild, the investment bank".
_LENDING_NOUNS = frozenset("bank consultancy bookmaker".split())
# Papers and broadcasters named in apposition: "De Telegraaf, a daily Amsterdam newspaper".
_MEDIA_NOUNS = frozenset("newspaper paper daily tabloid magazine broadcaster channel".split())
_APPOSITIVE_FIRM_NOUNS = _FIRM_NOUNS | _LENDING_NOUNS | _MEDIA_NOUNS
# What a politician has that British news capitalises ("Blair's Cabinet", "Brown's Budget"):
# no title of a work.
_STATE_POSSESSIONS = frozenset(
    """cabinet budget government department bill party office ministry administration
    treasury team side squad""".split()
)
# Groups a name may be set beside ("Raise Michigan, the coalition of unions ...").
_APPOSITIVE_GROUP_NOUNS = frozenset(
    "coalition alliance campaign charity union federation association foundation movement".split()
)
# Bodies that a name set off after them is ("the sport's governing body, Segas,").
_APPOSITIVE_BODY_NOUNS = _APPOSITIVE_FIRM_NOUNS | frozenset(
    """body organisation organization federation association authority agency regulator
    watchdog""".split()
)
# Works an award category is given "for": "best rap song for Jesus Walks".
_AWARDED_WORKS = frozenset(
    "song album single film track record video book novel musical play game show".split()
)
_EXAMPLE_KINDS = frozenset(
    """device title gadget handset service engine tool application app platform portal store
    shop outlet newspaper magazine channel station carrier operator provider blockbuster hit
    sequel sitcom soap thriller customer supplier club team side stadium ground venue""".split()
)
_ACTING_AS = frozenset({"play", "star", "reprise"})
_FICTION_NOUNS = frozenset({"character", "protagonist", "hero", "heroine", "villain"})
_STORY_ROLES = frozenset("main central title lead leading fictional principal".split())
_PERFORMING_ROLES = frozenset(
    """star co-star actor actress singer performer entertainer dancer musician player
    comedian rapper""".split()
)
# A player plays for, signs for or is loaned to a club.
_CLUB_VERBS_BY_PREPOSITION = {
    "for": frozenset("play sign score captain".split()),
    "to": frozenset("loan move transfer".split()),
    "from": frozenset("join sign move transfer".split()),
}


# Kinds of firm that no person is ("one of Britain's richest retailers" may be a person).
_FIRMS_ONLY = frozenset("firm company brand bank newspaper magazine broadcaster label".split())


def _one_of_firms(token: Token) -> bool:
    """'one of Scotland's premier whisky firms': one of a plural of firms."""
    return token.lower_ == "one" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in _FIRMS_ONLY
            for g in c.children
        )
        for c in token.children
    )


def _club_of_player(root: Token) -> bool:
    """The name is the club of a player's move or play: "playing for Al-Gharafa", "loaned
    to Everton", "joined from Lech Poznan"."""
    head = root.head
    return (
        root.dep_ == "pobj"
        and head.lower_ in _CLUB_VERBS_BY_PREPOSITION
        and head.head.lemma_ in _CLUB_VERBS_BY_PREPOSITION[head.lower_]
    )


# Nationality nouns and adjectives ("a Briton", "Kenyan Bernard Lagat"): general English.
# Nouns for a person of a nation ("the Briton", "a Swede").
NATIONALITY_NOUNS = frozenset(
    """Briton Brit Scot Welshman Welshwoman Englishman Englishwoman Irishman Irishwoman
    Dane Swede Finn Pole Turk Serb Croat Czech Slovak Slovene Kiwi Aussie Yank Scotsman
    Scotswoman Dutchman Frenchman Frenchwoman Spaniard Filipino Filipina Afghan Thai""".split()
)
DEMONYMS = NATIONALITY_NOUNS | frozenset(
    """British English Scottish Welsh Irish American Australian Canadian French Spanish
    Italian Dutch Belgian Swiss Swedish Danish Norwegian Finnish Polish Russian Ukrainian
    Belarusian Slovakian Hungarian Romanian Bulgarian Serbian Croatian Bosnian
    Slovenian Albanian Greek Cypriot Turkish Georgian Armenian Azerbaijani Kazakh Uzbek
    Israeli Palestinian Lebanese Syrian Jordanian Iraqi Iranian Kuwaiti Saudi Qatari
    Emirati Yemeni Omani Egyptian Libyan Tunisian Algerian Moroccan Sudanese Ethiopian
    Eritrean Somali Kenyan Ugandan Tanzanian Rwandan Congolese Nigerian Ghanaian Ivorian
    Senegalese Cameroonian Zambian Zimbabwean Malawian Mozambican Angolan Namibian
    Botswanan Chinese Japanese Korean Taiwanese Vietnamese Cambodian
    Malaysian Singaporean Indonesian Indian Pakistani Bangladeshi Nepalese
    Tibetan Mongolian Brazilian Argentine Argentinian Chilean Peruvian Colombian
    Venezuelan Ecuadorian Bolivian Uruguayan Paraguayan Mexican Cuban Jamaican Haitian
    Trinidadian Barbadian Bahamian Portuguese Austrian German Icelandic Estonian Latvian
    Lithuanian Moldovan Maltese Luxembourger Monegasque Fijian Samoan Tongan Zealander
    African""".split()
)
# Nouns a leader's name modifies: "the Bush administration", "the Thatcher years".
_LEADER_ERA_NOUNS = frozenset(
    "administration government presidency premiership regime era years cabinet".split()
)
_STORM_NOUNS = frozenset("hurricane typhoon cyclone storm".split())
# Animals and machines that bear names of their own.
_ANIMAL_NOUNS = frozenset(
    """dog cat puppy kitten pony pet parrot labrador retriever spaniel terrier collie
    greyhound racehorse stallion mare colt filly gorilla chimpanzee panda mascot robot
    android""".split()
)
# Football fixtures, played between teams ("a home tie with Bolton").
_FIXTURE_NOUNS = frozenset("tie fixture derby replay".split())


# Plural nouns for works: a list they introduce names works, not people.
_WORK_PLURALS = frozenset(
    """films movies credits singles songs tracks albums hits series shows programmes programs
    novels books plays games titles musicals sitcoms dramas comedies soaps""".split()
)
_LIST_TRIGGERS = frozenset("include includes included including as like".split())
_LIST_WORDS = frozenset({",", "&", "and", "or", "the", "of", "'s", "’s", "-", ":", "(", ")"})


def _listed_as_works(span: Span) -> bool:
    """The name stands in a list of works: "His film credits include Edge of Darkness,
    Vertical Limit and Beyond Borders", "TV series such as Minder and Bergerac", "the singles
    Takeover and Izzo"."""
    doc = span.doc
    root = span.root
    if (
        (root.dep_ == "compound" and root.head.pos_ == "NOUN")
        or root.dep_ == "poss"
        or (span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN")
    ):
        return False  # "the Stephen King adaptation", "Gus Van Sant's Finding Forrester"
    low = span.sent.start
    i = span.start - 1
    comma = False
    while i >= low:
        t = doc[i]
        if (
            t.lower_ in _WORK_PLURALS
            and t.pos_ == "NOUN"
            # (not a verb read as one: "The video shows Sorensen arriving")
            and not any(c.dep_ == "nsubj" for c in t.children)
        ):
            return not comma  # "the singles Takeover and Izzo", not "reverse singles, X"
        if t.lower_ in _LIST_TRIGGERS:
            # the nearest noun before the trigger is the kind listed: "games such as X",
            # but not "play games if their heroes like X"
            nouns = [doc[j] for j in range(max(low, i - 4), i) if doc[j].pos_ == "NOUN"]
            return bool(nouns) and nouns[-1].lower_ in _WORK_PLURALS
        if not (t.is_title or t.is_digit or t.lower_ in _LIST_WORDS or t.is_quote):
            return False
        comma = comma or t.text == ","
        i -= 1
    return False


# Plural nouns for the staff of a firm, written before the firm's name: "accountants Carew
# Lyle", "solicitors Harbottle Finch" (a name after one is the firm, not one person).
_FIRM_STAFF_PLURALS = frozenset(
    """accountants auditors solicitors stockbrokers brokers consultants bankers owners
    administrators receivers liquidators""".split()
)
# Members who represent a seat: "the MP for X", "AM for X".
_SEAT_HOLDERS = frozenset(title.lower() for title in _MEMBER_TITLES) | {"member"}


def _seat_represented(root: Token) -> bool:
    """The name is the seat a member represents: "the MP for Birmingham Perry Barr", "AM
    for Islwyn" (not "who represents X": lawyers represent people)."""
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ in _SEAT_HOLDERS


def _after_firm_plural(span: Span) -> bool:
    """A single name right after a plural noun for a firm's staff, or in apposition to one:
    "of accountants Carew Lyle", "Tellam's auditors, Brandreth Lyle," (not "accountants
    John Smith and Jane Doe", people listed)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].lower_ not in _FIRM_STAFF_PLURALS or doc[i].tag_ != "NNS":
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return not (after is not None and after.lower_ in ("and", "&"))


# People named for what they do whose "from" gives where they come from ("a crofter from
# South Uist", "a teacher from Mesa").
_HOME_NOUNS = frozenset(
    """crofter farmer fisherman teacher nurse student pensioner mother father resident
    grandmother grandfather woman man girl boy couple family worker builder shopkeeper
    retiree veteran voter volunteer""".split()
)


# People named for where they live ("residents of Berry Creek").
_RESIDENT_NOUNS = frozenset("resident villager inhabitant islander townsfolk".split())
# Plural nouns for places that names before them share ("Wasco and Sherman counties").
_PLURAL_PLACE_NOUNS = frozenset(
    "counties provinces parishes districts boroughs townships regions islands".split()
)
# Nouns for a place whose name follows "of" ("the island of Paros").
_NAMED_PLACE_NOUNS = frozenset("island town city village port county province region".split())


def _not_a_person_here(span: Span, words: list[Token]) -> int:
    """Strong evidence that this mention is not a real person: -10 (a veto) or 0."""
    root = span.root
    doc = span.doc
    if _listed_as_works(span):
        return -10  # "film credits include Vertical Limit and Beyond Borders"
    if (
        span.start > 0
        and doc[span.start - 1].lower_ == "the"
        and root.tag_ == "NNPS"
        and root.dep_ != "compound"
    ):
        return -10  # "the Lib Dems", "the Tories": a plural name is a group
    if len(words) == 1 and _PLURAL_ACRONYM.match(words[0].text):
        return -10  # "MPs", "GPs": a plural acronym
    if (
        span.start >= 4
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].is_title
        and doc[span.start - 3].lower_ == "of"
        and doc[span.start - 4].lower_ == "university"
    ):
        return -10  # "the University of California, Davis": a campus
    if _seat_represented(root):
        return -10  # "the MP for Birmingham Perry Barr": a seat
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "from"
        and root.head.head.pos_ == "NOUN"
        and (root.head.head.lemma_.lower() in _HOME_NOUNS or _is_person_noun(root.head.head))
        and not span.start > root.head.i + 1
    ):
        return -10  # "a crofter from South Uist": where someone comes from
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in _NAMED_PLACE_NOUNS
        and any(c.lower_ == "the" for c in root.head.head.children)
    ):
        return -10  # "the island of Paros", "the town of Brass": a place
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in _RESIDENT_NOUNS
    ):
        return -10  # "residents of Berry Creek": where people live
    if span.end < len(doc) and doc[span.end].lower_ in _PLURAL_PLACE_NOUNS:
        return -10  # "Hood River, Wasco and Sherman counties": places of a kind
    if _after_firm_plural(span):
        return -10  # "of accountants Carew Lyle", "Tellam's auditors, Brandreth Lyle,": a firm
    if len(words) > 1 and words[-1].text in _MEMBERS_OF_SEAT_OR_PARTY:
        return -10  # "Lib Dem MPs", "Bolton West MP": a party or seat and its members
    end = span.end
    first = _list_head(root)
    if first.dep_ == "pobj" and first.head.lower_ in _EXAMPLE_WORDS:
        kind = first.head.head
        if (
            kind.lemma_.lower() == "character"
            and kind.dep_ == "dobj"
            and kind.head.lemma_ in ("create", "play", "portray", "voice")
        ):
            return -10  # "his ability to create characters like Stanley Kowalski"
        if (
            kind.pos_ == "NOUN"
            and kind.tag_ == "NNS"
            and (kind.lemma_.lower() in _FIRM_NOUNS or kind.lemma_.lower() in _EXAMPLE_KINDS)
        ):
            return -10  # "manufacturers like Dell", "sites such as Suprnova"
    related = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        related.append(root.head)
    for other in related:
        if other.i + 1 < len(doc) and doc[other.i + 1].pos_ == "PROPN":
            continue  # "Annie Lennox, metal group Motorhead and ...": a list, not apposition
        if (
            other.dep_ == "pobj"
            and other.head.lower_ == "of"
            and other.head.head.pos_ == "NOUN"
            and _is_person_noun(other.head.head)
        ):
            continue  # "The author of the picture book, Rana Darwish,": the author, named
        if other.pos_ == "NOUN" and other.lemma_.lower() in _FIRM_NOUNS:
            return -10  # "Phoenix Torrents, another popular site"; "its unit, Yuganskneftegas"
    if (
        end + 1 < len(doc)
        and doc[end].text in (",", "-", "–", "—")
        and doc[end + 1].lower_ == "which"
        and root.dep_ in ("nsubj", "nsubjpass")
        and (doc[end + 1].head.dep_ != "relcl" or doc[end + 1].head.head.i == root.i)
    ):
        return -10  # "Boogeyman, which focuses on": a thing
    if (
        len(words) == 1
        and end + 3 < len(doc)
        and doc[end].text == "("
        and (
            (doc[end + 1].ent_iob_ == "B" and doc[end + 1].ent_type_ == "PERSON")
            or is_given_name(doc[end + 1].text)
        )
    ):
        close = end + 2
        while close < len(doc) and (doc[close].ent_iob_ == "I" or _name_word(doc[close])):
            close += 1
        actor = doc[end + 1 : close]
        if (
            len(actor) >= 2
            and close < len(doc)
            and doc[close].text == ")"
            and all(t.pos_ == "PROPN" and t.is_title for t in actor)
        ):
            return -10  # "Buck (Gil Gerard)": a character and its actor
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        acronym = doc[end + 1].text
        if acronym.isupper() and len(acronym) >= 3:
            initials = []
            i = end - 1
            while i >= 0 and len(initials) < len(acronym) and (doc[i].is_title or doc[i].is_lower):
                if doc[i].is_title:
                    initials.append(doc[i].text[0])
                elif doc[i].lower_ not in _LINKERS and doc[i].lower_ != "or":
                    break
                i -= 1
            if "".join(reversed(initials)) == acronym and len(initials) > len(words):
                return -10  # "Identification Friend or Foe (SIFF)": a named thing
    if (
        len(words) == 1
        and span.start > 1
        and doc[span.start - 1].text == ","
        and (
            doc[span.start - 2].ent_type_ in ("GPE", "LOC")
            or doc[span.start - 2].ent_type_ in ("ORG", "FAC")
        )
        and doc[span.start - 2].dep_ == "pobj"
        and doc[span.start - 2].head.lower_ in ("from", "in", "near")
        and doc[span.start - 2].head.head.pos_ == "NOUN"  # not "Speaking in London, Blair"
        and root.dep_ not in ("nsubj", "nsubjpass")
        and not _coordinated(span, commas=False)
        and not any(t.text == ";" for t in span.sent)  # not a team sheet
    ):
        return -10  # "a huntsman from Ledbury, Herefordshire": a place after a place
    head = root.head
    listed = _list_head(root, ("conj", "appos"))
    if listed.dep_ == "dobj" and listed.head.lemma_ == "include":
        verb = listed.head
        kind = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if kind is not None and kind.lemma_.lower() in _FIRM_NOUNS | _EXAMPLE_KINDS:
            return -10  # "Its top brands include Foster's, Strongbow and Kronenbourg"
    if (
        root.dep_ == "pobj"
        and head.lower_ in ("for", "of")
        and head.head.lower_ in _EMPLOYER_ROLES
        and span.start - 1 == head.i  # "director of rugby Warren Gatland" excepted
        and not any(c.lower_ == "best" for c in head.head.children)  # "best director for X"
    ):
        return -10  # "chief technology officer for Vivendi Universal": an employer
    if span.start > 0:
        year = doc[span.start - 1]
        if (
            year.like_num
            and len(year.text) == 4
            and year.text.isdigit()
            and year.dep_ in ("nummod", "compound", "amod", "npadvmod")
            and span.start <= year.head.i < span.end
        ):
            return -10  # "the 1965 Fender Stratocaster": a model of a product
    if root.dep_ == "pobj" and (
        (head.lower_ == "to" and head.head.lower_ in ("away", "home"))
        or (
            head.lower_ in ("with", "against")
            and head.head.lemma_.lower() in _FIXTURE_NOUNS
            # (a noun: not "the race is effectively tied ... with Republican X")
            and head.head.pos_ == "NOUN"
        )
    ):
        return -10  # "away to Charlton", "a home tie with Bolton": a team
    if root.dep_ in ("nsubj", "nsubjpass") and any(
        c.lower_ == "away" and any(g.lower_ == "to" for g in c.children) for c in head.children
    ):
        return -10  # "Yeovil will be away to Charlton": a team
    listed = _list_head(root)
    if (
        listed.dep_ == "pobj"
        and _is_person_noun(listed.head.head)
        and (
            (listed.head.lower_ == "at" and listed.head.head.i < listed.head.i)
            # "an analyst with Purvin", not "the best actor award with Douglas Hodge"
            or (
                listed.head.lower_ == "with"
                and listed.head.head.i == listed.head.i - 1
                and listed.head.head.lower_ in ROLE_WORDS
                # "to co-star with Tom Hanks": performers appear with people
                and listed.head.head.lower_ not in _PERFORMING_ROLES
                # "the award for best TV comedy actor with Walliams": shared, not employed
                and not any(c.lower_ == "best" for c in listed.head.head.children)
            )
        )
    ):
        return -10  # "a research director at Gartner", "an analyst with Purvin and Gertz"
    # a profession before the part ("as author JM Barry", "his portrayal of singer Ray
    # Charles") marks a real person an actor portrays; a named role stays a character
    # ("his role as designer Edna Mode")
    portrayed = (
        span.start > 0
        and doc[span.start - 1].lower_ in ROLE_WORDS
        and not (head.lower_ in ("as", "of") and head.head.lemma_ in _NAMED_PART_NOUNS)
        # (a title written as part of the name is a character's, unless the name is known:
        # "plays Detective Inspector Maria Lowe", not "plays President Abraham Lincoln")
        and not (doc[span.start - 1].is_title and not is_known_person(name_key(span.text)))
    )
    if (
        root.dep_ == "pobj"
        and head.lower_ == "as"
        and (
            (head.head.pos_ == "VERB" and head.head.lemma_ in _ACTING_AS)
            # ("scenes starring Ciaran O'Shaughnessy as Eamon Quigley", the "as" hung
            # from the actor)
            or (
                head.head.dep_ == "dobj"
                and head.head.ent_type_ == "PERSON"
                and head.head.head.lemma_ in _ACTING_AS
                # (a part the text then calls a character: not a real person played,
                # "starring Leonardo DiCaprio as Howard Hughes")
                and any(
                    t.lower_ in _FICTION_NOUNS and doc[t.i - 1].lower_ in ("the", "this")
                    for t in doc[span.end : span.end + 80]
                )
            )
        )
        and not portrayed
    ):
        return -10  # "starring as Mrs Doubtfire"
    if _character_or_work(span) and not portrayed:
        return -10
    if (
        root.dep_ == "dobj"
        and head.lemma_ == "play"
        and _described_part(span, head)
        and not is_known_person(name_key(span.text))  # "plays singer Ray Charles": real
    ):
        return -10  # "played undercover cop Tommy Hanson in 21 Jump Street"
    if _acted_in_a_staged_sentence(span):
        return -10  # "a supporting role for Conleth Hill, who plays director Roger DeBris"
    if _in_announced_place_list(span):
        return -10  # "The seats ... are: Bristol West, Manchester Gorton, ..."
    return 0


def _in_announced_place_list(span: Span) -> bool:
    """The name is an item of a list that a colon after a plural place noun opens."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and "\n" not in doc[i].text_with_ws and doc[i].text not in (".", ";"):
        if doc[i].text == ":":
            return _introduces_places(doc, i)
        if not (doc[i].is_title or doc[i].is_punct or doc[i].text in ("and", "of", "upon")):
            return False
        i -= 1
    return False


# Nouns for a part an actor plays: "his role as Edna Mode", "the part of Fitz".
_PART_NOUNS = frozenset("role part character portrayal persona".split())
_OPPONENT_NOUNS = frozenset("player opponent rival seed champion qualifier team side".split())
_NAMED_PART_NOUNS = _PART_NOUNS - {"portrayal"}


def _character_or_work(span: Span) -> bool:
    """The name is a part an actor plays or the work that casts them: "his role as designer
    Edna Mode", "who played the servant Baldrick", "plays an actress in Ellie Parker",
    "Joey, starring Matt LeBlanc", "Den, played by Leslie Grantham"."""
    doc = span.doc
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("as", "of") and head.head.lemma_ in _PART_NOUNS:
        return True
    if (
        root.dep_ == "appos"
        and head.pos_ == "NOUN"
        and head.dep_ == "dobj"
        and head.head.lemma_ == "play"
        and any(c.dep_ == "det" for c in head.children)
        and head.lemma_ not in _OPPONENT_NOUNS  # "played a player (Alicia Molik)": a match
    ):
        return True
    if root.dep_ == "pobj" and head.lower_ == "in":
        verb = head.head.head if head.head.dep_ == "dobj" else head.head
        if verb.pos_ == "VERB" and verb.lemma_ in _ACTING_AS | {"appear", "feature"}:
            return True
    if root.dep_ == "dobj" and head.lemma_ == "play" and _actor_plays(head):
        return True  # "The actor began his career playing Macduff"
    if (
        root.dep_ == "dobj"
        and head.lemma_ == "play"
        and span.start > 0
        and _is_person_noun(doc[span.start - 1])
        and doc[span.start - 1].is_title
        and any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.lemma_ in _SERIAL_NOUNS for g in c.children)
            for c in head.children
        )
    ):
        return True  # "She plays Detective Inspector Maria Lowe in the series": a part
    if (
        (root.dep_ == "dobj" and head.lemma_ == "play")
        or (
            root.dep_ == "attr"
            and head.lemma_ == "be"
            and any(c.lower_ == "who" for c in head.children)
        )
    ) and _in_a_work(head):
        # "Emma Watson, who plays Hermione in the Harry Potter films", "Jennifer Aniston,
        # who was Rachel in the long-running show": a part
        return True

    # "Joey, starring ...", but not "directed by Steven Spielberg, starring ..."
    i = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    if i < len(doc) and doc[i].lower_ == "starring" and _list_head(root).dep_ != "pobj":
        return True
    # "Den, played by Leslie Grantham,", "Becky Sharp, played in the film by Reese
    # Witherspoon": a part and the actor who plays it
    if i == span.end or i >= len(doc) or doc[i].lower_ not in ("played", "portrayed"):
        return False
    by = next((t for t in doc[i + 1 : i + 6] if t.lower_ == "by" or t.is_punct), None)
    return (
        by is not None
        and by.lower_ == "by"
        and by.i + 1 < len(doc)
        and (doc[by.i + 1].ent_type_ == "PERSON" or is_given_name(doc[by.i + 1].text))
    )


# What a part is played in, as a match is not (which has no titled opponent).
_SERIAL_NOUNS = frozenset("series serial show drama sitcom soap film play".split())


# what only a sentence about acting speaks of: "after six years playing barmaid Kerry
# Dawes" in "the soap", "a supporting role for X, who plays Y" (not "show", "series" or
# "drama", which a match has too: "played Dusan Lajovic on the main show court")
_STAGE_WORDS = (
    _FICTION_NOUNS
    | _PART_NOUNS
    | frozenset("actor actress soap sitcom episode film movie musical screen cast".split())
)


def _acted_in_a_staged_sentence(span: Span) -> bool:
    """The name is what someone plays or returns as, in a sentence about acting ("to
    leave the soap after six years playing barmaid Kerry Dawes", "who plays director Roger
    DeBris" beside "a supporting role"): a part, unless it is a person the world knows
    ("plays singer Ray Charles")."""
    root = span.root
    if root.dep_ == "appos" and root.head.dep_ == "dobj" and root.head.pos_ == "NOUN":
        root = root.head  # "who plays Rosa's on-screen husband Vince": the part, named
    head = root.head
    if root.dep_ == "dobj" and head.lemma_ in ("play", "portray"):
        verb = head
    elif root.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in ("return", "play"):
        verb = head.head
    else:
        return False
    if verb.pos_ != "VERB" or is_known_person(name_key(span.text)):
        return False
    lemmas = {t.lemma_.lower() for t in root.sent}
    if "biopic" in lemmas:
        return False  # the parts of a film about a life are real people
    return any(
        t.lemma_.lower() in _STAGE_WORDS and t.pos_ == "NOUN" and not (span.start <= t.i < span.end)
        for t in root.sent
    )


def _described_part(span: Span, verb: Token) -> bool:
    """The name "play" takes is described by a role noun ("plays religious cult leader Humma
    Kavula in the film") or owned by a work the model tagged as one: a part in
    a film or a show, not an opponent ("played top seed Roger Federer")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.pos_ == "NOUN"
        and before.is_lower
        and before.head.i == span.root.i
        and before.lemma_ not in _OPPONENT_NOUNS
    ):
        return _in_a_work(verb) or _in_a_work(span.root)
    # not a club's player ("played Leicester's Ollie Smith at centre")
    return any(c.dep_ == "poss" and c.ent_type_ == "WORK_OF_ART" for c in span.root.children)


def _in_a_work(verb: Token) -> bool:
    """The verb has "in" a film, show or other work after it ("plays Hermione in the Harry
    Potter films"), not a match or a place ("played Federer in the final")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(
            g.dep_ == "pobj" and (g.lemma_.lower() in _WORK_NOUNS or g.ent_type_ == "WORK_OF_ART")
            for g in c.children
        )
        for c in verb.children
    )


def _actor_plays(verb: Token) -> bool:
    """The one who plays (the verb's subject, or its governing verb's) is an actor."""
    for v in (verb, verb.head):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _ACTOR_NOUNS:
                return True
    return False


_ACTOR_NOUNS = frozenset({"actor", "actress"})
_FAMILY_PLURALS = frozenset("brothers sisters twins parents sons daughters couple".split())
_PLURAL_AUXILIARIES = frozenset({"are", "were", "have", "'re", "’re"})


def _plural_subject(span: Span) -> bool:
    """A name alone as the subject of a plural verb ("Bath have signed", "Aston Villa were
    drawn"): British usage for a team or a firm, never one person."""
    root = span.root
    doc = span.doc
    # a plural proper noun only counts after 'the' ("The Lib Dems say"): "Williams" is one
    plural_name = root.tag_ == "NNPS" and not (
        span.start > 0 and doc[span.start - 1].lower_ == "the"
    )
    if root.dep_ not in ("nsubj", "nsubjpass") or plural_name or _coordinated(span, False):
        return False
    if span.start > 0 and doc[span.start - 1].lemma_ in ("say", "add"):
        return False  # "The comments, said Junya Tanase of JPMorgan, were": the one who said
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].ent_type_ == "PERSON"
    ):
        return False  # "Rowetta Satchell, Steve Brookstein, ... are": a list of people
    verb = root.head
    if sum(1 for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")) > 1:
        return False  # "centre Sonny Parker and flanker Colin Charvis are set"
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        first = auxiliaries[0]  # "would John Terry have gone": the modal is the finite verb
        return first.i > root.i and first.lower_ in _PLURAL_AUXILIARIES
    if (
        verb.lower_ in ("were", "are")
        and verb.i > root.i
        and not any(c.dep_ == "mark" for c in verb.children)
        and not any(c.dep_ == "xcomp" for c in verb.children)
    ):
        return True  # "Lazio were favourites", not "If Blair were to quit"
    # "demanding that Tony Blair spell out": a subjunctive, not a plural
    return verb.tag_ == "VBP" and not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
    )


_NAMING_VERBS = frozenset({"known", "called", "named", "dubbed", "titled", "entitled"})
# Things besides bodies and works that a text names ("concrete known as Raac", "a condition
# known as X").
_NAMED_THING_NOUNS = _THING_NOUNS | frozenset(
    """concrete material substance chemical compound protein gas virus bacterium disease
    condition syndrome disorder technique method process procedure scheme system policy
    mineral species""".split()
)


def _introduced_as_thing(root: Token) -> bool:
    """ "a group known as X", "the firm called X": a naming participle after a noun for a
    thing, not for a person."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "as":
        head = head.head
    elif root.dep_ not in ("oprd", "dobj", "attr", "xcomp"):
        return False
    if head.lower_ not in _NAMING_VERBS or head.i >= root.i:
        return False
    if any(t.text in ("-", "–", "—", ":") for t in root.doc[head.i : root.left_edge.i]):
        return False  # 'the act known as "The Grannies" - Maeve Kowalczyk and ...': its members
    noun = head.head
    return noun.pos_ == "NOUN" and noun.i < head.i and noun.lower_ in _NAMED_THING_NOUNS


_CREATED_BY = frozenset(
    """directed written co-written painted composed sung drawn sculpted photographed
    choreographed penned authored scripted novel painting portrait film song album book
    play poem opera symphony sculpture drawing""".split()
)
_WORKS_OF = frozenset(
    """paintings portraits portrait sculptures drawings works novels poems plays songs
    retrospective masterpiece masterpieces""".split()
)


def _creator(root: Token) -> bool:
    """ "directed by Sofia Coppola", "a painting by Stubbs", "the paintings of El Greco":
    the maker of a work is a person."""
    if root.dep_ != "pobj":
        return False
    preposition = root.head
    head = preposition.head
    if preposition.lower_ == "by":
        return head.lower_ in _CREATED_BY
    return preposition.lower_ == "of" and head.lower_ in _WORKS_OF


def _example_of_people(root: Token) -> bool:
    """The name is given as an example of people named by a plural noun: "artists such as
    Beyonce and Ashanti", "singers like Dido", "Def Jam's artists include DMX", "rappers
    Ludacris & Lil Jon" (but not "the likes of", said of teams as well)."""
    first = _list_head(root)
    head = first.head
    if any(c.dep_ == "compound" and c.i < first.i and _people_noun(c) for c in first.children):
        return True
    if first.dep_ == "pobj":
        if head.lower_ == "as" and any(c.lower_ == "such" for c in head.children):
            return _people_noun(head.head)
        return head.lower_ in ("like", "including") and _people_noun(head.head)
    if first.dep_ == "dobj" and head.lemma_ == "include":
        return any(c.dep_ == "nsubj" and _people_noun(c) for c in head.children)
    return False


def _people_noun(token: Token) -> bool:
    """A plural noun that only ever names people: "rappers", "actresses", "artists" (not
    "leaders", "engineers" or "brokers", which firms are as well)."""
    return token.tag_ == "NNS" and token.lower_ in _PEOPLE_PLURALS


_PEOPLE_PLURALS = frozenset(
    """rappers singers actors actresses comedians comics musicians stars artists performers
    celebrities presenters footballers cricketers golfers boxers athletes sprinters runners
    swimmers cyclists jockeys writers authors novelists poets playwrights film-makers
    filmmakers directors politicians ministers mps senators bloggers journalists columnists
    painters sculptors composers guitarists drummers vocalists songwriters djs models dancers
    millionaires billionaires tycoons businessmen businesswomen entrepreneurs activists
    campaigners""".split()
)  # not "players" ("middleware players like Myrio") nor "leaders" ("market leaders")


def _list_head(token: Token, deps: tuple[str, ...] = ("conj",)) -> Token:
    """The first item of the list (joined by ``deps``) that ``token`` belongs to."""
    while token.dep_ in deps and token.head.i < token.i:
        token = token.head
    return token


def _list_items(token: Token) -> list[Token]:
    """The heads of the items of the list (joined by "conj") that ``token`` belongs to,
    the first item first; ``[token]`` alone when it is in no list."""
    first = _list_head(token)
    return [first, *(t for t in first.subtree if t.dep_ == "conj")]


def _listed_with_people(root: Token) -> bool:
    """The name is one item of a list of three or more whose other named items are mostly
    people ("Stat Quo, Proof, Swift and Obie Trice")."""
    items = _list_items(root)
    others = [t for t in items if t.i != root.i and t.ent_type_]
    if len(items) < 3 or not others:
        return False
    people = sum(1 for t in others if t.ent_type_ == "PERSON")
    return people >= 2 and 2 * people > len(others)


def _aged(doc: Doc, end: int) -> bool:
    """An age in apposition follows the name ending at ``end``: "Scott, 22, smashed ..."."""
    return (
        end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].text.isdecimal()
        and 10 <= int(doc[end + 1].text) <= 110
        and (
            doc[end + 2].text in (",", ".", ";")
            # "Scott, 22 - who ...", but not "Kyoto, 83-year-old Yuji Shimizu"
            or (doc[end + 2].text in ("-", "–") and bool(doc[end + 1].whitespace_))
        )
    )


def _plural_nickname(cluster: _Cluster) -> bool:
    """One word, the plural of an ordinary noun, each time after an article ("The Ospreys",
    "the Ospreys' defence", "an Ospreys sweatshirt"): a team's or a band's name, not a
    person's."""
    key = cluster.full_key
    if " " in key or not key.endswith("s") or is_surname(key) or is_known_surname(key):
        return False
    if not (is_common_word(key[:-1]) or is_common_word(key)):
        return False
    return all(
        m.span.start > 0
        and m.span.doc[m.span.start - 1].lower_ in ("the", "a", "an")
        and not m.titled
        for m in cluster.mentions
    )


def _team_of_a_place(cluster: _Cluster) -> bool:
    """A place and a plural ("Ridgeport Ironmen", "Leeds Rhinos"), the plural alone after
    "the" elsewhere ("leads the Ironmen"), no honorific: a team named for its town. The
    place is one the lists know or the one the text's dateline gives ("RIDGEPORT, Pa.")."""
    words = cluster.best_name().split()
    if len(words) != 2 or any(m.titled for m in cluster.mentions):
        return False
    place, plural = words
    if not plural.endswith(("s", "men")) or is_given_name(place) or is_surname(plural):
        return False
    doc = cluster.mentions[0].span.doc
    if not is_place_name(place) and not any(t.text == place.upper() for t in doc[:60]):
        return False
    return any(t.text == plural and t.i > 0 and doc[t.i - 1].lower_ == "the" for t in doc)


def _hyphened_given_name_end(doc: Doc, start: int) -> int | None:
    """The end of a hyphened given name opening at ``start`` ("Jean-Pierre", "Marie-Claire"),
    whose parts are both given names, else None."""
    if start + 2 >= len(doc) or doc[start + 1].text != "-":
        return None
    first, second = doc[start], doc[start + 2]
    if first.whitespace_ or doc[start + 1].whitespace_:
        return None
    if is_given_name(first.text) and is_given_name(second.text) and second.is_title:
        return start + 3
    return None


def _reports_own_words(verb: Token) -> bool:
    """The clause ``verb`` reports has "he" or "she" as its subject ("said he was ...")."""
    return any(
        clause.dep_ == "ccomp"
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she") for c in clause.children
        )
        for clause in verb.children
    )


def _given_name_shaped(doc: Doc, start: int, end: int) -> bool:
    """Two or three capitalised proper nouns led by a given name, with no article before and
    no organisation or place head noun ('Richie Porterhouse', not 'the John Lewis Partnership')."""
    given = _hyphened_given_name_end(doc, start)
    if given is not None and end - given >= 1:
        # "Jean-Pierre Jeunet": a hyphened given name, three tokens for one word
        start = given - 1
    return (
        2 <= end - start <= 3
        and (given is not None or is_given_name(doc[start].text))
        and all(_proper_name_word(t) for t in doc[start : end - 1])
        # the tagger may take a surname for a common noun ("Stanley Townsend")
        and (
            _proper_name_word(doc[end - 1])
            or (doc[end - 1].is_title and is_surname(doc[end - 1].text))
        )
        and doc[end - 1].lower_ not in NON_PERSON_HEADS
        and not (start > 0 and doc[start - 1].lower_ in _DETERMINERS)
    )


_DOUBLE_QUOTES = frozenset('"“”')


def _introduces_quotation(verb: Token) -> bool:
    """A verb right before a colon or quotation mark ('countered: "..."') or right after
    the closing mark ('"...," countered X'): it reports the quoted words."""
    doc = verb.doc
    after = doc[verb.i + 1].text if verb.i + 1 < len(doc) else ""
    before = doc[verb.i - 1].text if verb.i > 0 else ""
    return after == ":" or after in _DOUBLE_QUOTES or before in _DOUBLE_QUOTES


def _surname_shaped(doc: Doc, start: int, end: int) -> bool:
    """The first and last words of ``doc[start:end]`` are name words, the last a common
    surname, neither an ordinary word nor a head of organisation names, with no article
    before ("Linford Christie", not "Morgan Stanley Bank" or "the Carlyle Group")."""
    first, last = doc[start], doc[end - 1]
    return (
        all(_proper_name_word(t) for t in (first, last))
        and is_surname(last.text)
        and not any(is_common_word(t.text) or t.lower_ in NON_PERSON_HEADS for t in (first, last))
        and not (start > 0 and doc[start - 1].lower_ in _DETERMINERS)
    )


def _singular(word: str) -> str:
    """'actresses' -> 'actress', 'rappers' -> 'rapper' (plural role nouns only)."""
    if word.endswith(("sses", "shes", "ches")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _paired_with_person(root: Token) -> bool:
    """The name is coordinated with a name the model tags as a person."""
    items = _list_items(root)
    return any(t.i != root.i and t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in items)


def _paired_with_group(root: Token) -> bool:
    """The name is paired with a group named with an article ("Labour and the
    Conservatives", "the Tories or Labour")."""
    items = _list_items(root)
    return len(items) == 2 and any(  # a pair; longer lists mix singers and bands
        t.i != root.i
        and t.ent_type_ in ("ORG", "NORP")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        for t in items
    )


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
_GROUP_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})


def _listed_with_places(root: Token) -> bool:
    """The name is one item of a list whose other named items are mostly places ("towns
    including Cardiff, Bangor and Wrexham")."""
    return _listed_with(root, _PLACE_LABELS, people_allowed=True)


def _listed_with_groups(root: Token) -> bool:
    """The name is one item of a list of two or more firms, teams or places and no person
    ("Sony, Philips, Matsushita and Samsung")."""
    return _listed_with(root, _GROUP_LABELS, people_allowed=False)


def _listed_with(root: Token, labels: frozenset[str], people_allowed: bool) -> bool:
    """The name is one item of a list whose other named items mostly carry ``labels``;
    team sheets, where the model often takes surnames for places, are left alone."""
    first, *rest = _list_items(root)
    items = [first, *(t for t in rest if t.i != root.i)]  # the first item even when it is root
    # "at Heathrow and Gatwick airports": names modifying a plural noun are of one kind
    modifiers = first.dep_ in ("nmod", "compound") and first.head.tag_ == "NNS"
    if len(items) < (1 if modifiers else 2):
        return False
    doc = root.doc
    i = first.i - 1
    while i >= 0 and "\n" not in doc[i].text_with_ws:
        if doc[i].text == ":":
            # "the seats ... are: Bristol West, ...", but "Subs Not Used: Macken, Weaver"
            return _introduces_places(doc, i)
        i -= 1
    opening = doc[i + 1]
    sentence = root.sent
    if (
        opening.i == first.i
        or (opening.pos_ == "PROPN" and opening.i + 1 < len(doc) and doc[opening.i + 1].text == ",")
    ) and not any(t.tag_ in _FINITE_TAGS for t in sentence):
        return False  # a list of names opening a verbless line: a team sheet
    if any(t.like_num and t.i > 0 and doc[t.i - 1].pos_ == "PROPN" for t in sentence):
        return False  # "Murphy (Euell 78)": substitutions and scorers
    places = sum(
        1
        for t in items
        if t.i != root.i
        and (
            t.ent_type_ in labels
            # "the Alzheimer's Society, Age Concern, Mencap": a body's head word, untagged
            or ("ORG" in labels and not t.ent_type_ and t.is_title and t.lower_ in NON_PERSON_HEADS)
            # "from Doncaster, Bristol and ...": a place's name, whatever the model took it for
            or (
                "GPE" in labels
                and t.ent_type_ not in ("", "PERSON")
                and t.ent_iob_ == "B"
                and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I")
                and is_place_name(t.text)
            )
        )
    )
    people = sum(1 for t in items if t.ent_type_ == "PERSON" and t.i != root.i)
    # a person-tagged item among three or more firms is a firm too ("ABN Amro, BNP
    # Paribas, Calyon, JP Morgan Chase Bank, and Dresdner Kleinwort Wasserstein")
    if not people_allowed and ((people and places < 3 * people) or places < 2):
        return False
    return places > people and 2 * places > len(items) - 1


# Plural nouns that announce a list of places: "The seats ... are: Bristol West, ...".
_PLACE_PLURALS = frozenset(
    "seats constituencies towns cities villages countries regions areas venues places".split()
)


def _introduces_places(doc: Doc, colon: int) -> bool:
    """The clause before the colon at ``colon`` is about places ("the seats ... are:")."""
    i = colon - 1
    while i >= 0 and "\n" not in doc[i].text_with_ws and doc[i].text not in (".", ":"):
        if doc[i].lower_ in _PLACE_PLURALS and doc[i].pos_ == "NOUN":
            return True
        i -= 1
    return False


def _coordinated(span: Span, commas: bool = True) -> bool:
    """The name is one of several joined by "and" (or commas: ``commas``), as in "rappers
    Eminem and Dr Dre"."""
    root = span.root
    if root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children):
        return True
    doc = span.doc
    joiners = ("and", "&", ",", "or") if commas else ("and", "&", "or")
    return (span.end < len(doc) and doc[span.end].lower_ in joiners) or (
        span.start > 0 and doc[span.start - 1].lower_ in joiners
    )


# Buildings no one has for a surname (not "Church": "Charlotte Church").
_NO_SURNAME_BUILDINGS = frozenset("theatre theater hospital cathedral museum".split())
# Words that open the names of lakes and mountains, never a person's: "Loch Ryan".
_LANDFORM_OPENERS = frozenset("loch lough mount".split())


# What children call a parent or grandparent, which the model may take for a name ("Dad
# says I should go back", "Mum never complained").
_KIN_ADDRESS_WORDS = frozenset(
    """dad daddy mum mummy mom mommy mam gran granny grandad granddad grandpa grandma nan
    nanna""".split()
)


def _looks_like_person(cluster: _Cluster, lower_words: frozenset[str]) -> bool:
    if cluster.full_key in _KIN_ADDRESS_WORDS:
        return False  # "Dad": a parent called so, not named
    # a headline's title case makes any phrase look like a name: its mentions give no evidence
    # when the body names the same thing
    mentions = [m for m in cluster.mentions if m.label == "PERSON"]
    if any(len(m.span) > 1 and m.span[0].lower_ in _LANDFORM_OPENERS for m in mentions):
        return False  # "a salmon farm on Loch Ryan"
    if mentions and all(
        len(m.span) > 1 and m.span[-1].lower_ in _NO_SURNAME_BUILDINGS for m in mentions
    ):
        return False  # "the Prince Edward Theatre", the title taken for a prince's
    # "the Blairs' fourth child" beside "Tony Blair": the family says nothing of the person
    surnames = {m.text.split()[-1] for m in mentions if m.text.strip()}
    mentions = [m for m in mentions if not (m.text.endswith("s") and m.text[:-1] in surnames)]
    if any(not m.in_heading for m in mentions):
        mentions = [m for m in mentions if not m.in_heading]
    if _short_name_in_brackets(mentions):
        return False
    if _plural_nickname(cluster) or _team_of_a_place(cluster):
        return False  # "The Ospreys, the No. 4 seed": a side named after a creature
    evidence = [_person_evidence(m, lower_words) for m in mentions]
    # "Col. Jin-ho Park ... Park said": the bare surname of a name shown to be a person's
    # is no place or firm, whatever its word ("Park", "Bridge")
    shown = {
        m.text.split()[-1]
        for m, e in zip(mentions, evidence, strict=True)
        if e > 0 and len(m.text.split()) > 1
    }
    evidence = [
        max(e, 0) if e == -5 and m.text in shown else e
        for m, e in zip(mentions, evidence, strict=True)
    ]
    key = cluster.full_key
    if _nickname_only(mentions, key) or (_nickname_given(mentions) and not is_known_person(key)):
        return False
    if (
        is_known_person(key)
        and (not evidence or max(evidence) > -10)
        # one word only where nothing speaks against a person if it is also a word or a
        # place ("Amman, Jordan"), and not at the head of a longer title ("Raphael's
        # Madonna of the Pinks")
        and (
            " " in key
            or max(evidence) >= 0
            or not (is_common_word(key) or any(is_place_name(m.text) for m in mentions))
        )
        and not (" " not in key and any(_heads_a_longer_name(m.span) for m in mentions))
    ):
        return True  # "Dido", "Ice Cube": a well-known person, unless only ever a part
    if (
        is_known_thing(key)
        and not any(m.titled or m.roster for m in cluster.mentions)
        and (not evidence or max(evidence) < 4)
        # (but "her husband, Travis": a name set beside a kin noun is a relative's)
        and not any(
            (kin := kin_beside(m.span)) is not None and kin.lemma_.lower() in _KIN_WORDS
            for m in cluster.mentions
        )
    ):
        return False  # "Franz Ferdinand", "Morgan Stanley", "Harry Potter"
    if (
        " " not in key
        and not any(m.titled or m.roster for m in cluster.mentions)
        and all(is_place_name(m.text) for m in cluster.mentions)
        and any(_somewhere_in(m.span) for m in cluster.mentions)
    ):
        return False  # "an official in the state capital, Guwahati, ... in Guwahati": a place
    if (
        " " in key
        and not any(m.titled or m.roster for m in cluster.mentions)
        and not _given_and_surname(cluster.best_name().split())
        and (not evidence or max(evidence) < 4)
        and any(_placed(m.span) for m in cluster.mentions)
        # (but "Mo. — Gov. Oluwaseun "Seun" Adeyemi": a rank makes a person of the name
        # the parser set beside the dateline's town)
        and not any(_rank_before(m.span) for m in cluster.mentions)
    ):
        return False  # "farms in three provinces, including Dong Thap and Tien Giang"
    titled = [m for m in cluster.mentions if m.titled]
    if titled and any(_titled_thing(m) for m in titled) and (not evidence or max(evidence) < 4):
        return False  # "Dr Pepper", "Dr Martens": the honorific is part of a brand's name
    if not evidence:
        return True
    if max(evidence) <= 0 and _unheard_of_word(cluster):
        return False  # "Petrobras", "Konami", "Keyobs": one word no list gives as a name
    if max(evidence) <= 0 and _common_word_name(mentions):
        return False
    if max(evidence) <= 2 and _common_word_phrase(mentions):
        return False
    if max(evidence) <= 2 and _place_name(mentions):
        return False
    if max(evidence) < 2 and any(
        _person_evidence(m, lower_words) <= -3
        for m in cluster.mentions
        if m.label != "PERSON" and not m.in_heading
    ):
        return False  # "network monitoring company Sandvine", tagged otherwise there
    if min(evidence) <= -10 and max(evidence) < 4:
        return False  # one mention that cannot be a person outweighs a full name
    if max(evidence) <= 2 and sum(1 for m in mentions if _plural_subject(m.span)) >= 2:
        return False  # "Franz Ferdinand have achieved ... Franz Ferdinand were": a band
    if min(evidence) <= -5 and max(evidence) < 2:
        return False
    if (
        min(evidence) <= -3
        and max(evidence) <= 1
        and len(mentions) >= 3
        # but "Greek sprinters Kostas Kenteris": a role before one mention names a person
        and not any(_role_noun_before(m) for m in mentions)
    ):
        return False  # "parts maker Robert Bosch", then "Bosch" twice with nothing of a person
    others = sum(n for label, n in cluster.labels.items() if label != "PERSON")
    if others >= cluster.labels["PERSON"] and max(evidence) <= 0:
        return False
    return max(evidence) > 0 or sum(evidence) >= 0


_GAELIC_SURNAME = re.compile(r"(?:O'|Mc|Mac)[A-Z][a-z]+$")


# Common nouns for places, which a place's name may be set beside ("the capital, Guwahati").
_PLACE_NOUNS = frozenset(
    "capital province city town village district region state county emirate".split()
)


def _given_and_surname(words: list[str]) -> bool:
    """The words read as a person's name: a given name and a surname of the name lists, or
    a Vietnamese or Korean name in its own order."""
    if len(words) < 2:
        return False
    return (
        (is_given_name(words[0]) and (is_surname(words[-1]) or is_known_surname(words[-1])))
        or is_vietnamese_family_name(words[0])
        or is_korean_family_name(words[0])
    )


def _placed(span: Span) -> bool:
    """The name is written where only a place is: among places of a kind ("three
    provinces, including Dong Thap and Tien Giang"), set beside a noun for a place ("the
    provincial capital, Buon Ma Thuot") or followed by its country ("from Belo Horizonte,
    Brazil")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "including"
        and root.head.head.lemma_.lower() in _PLACE_NOUNS
    ):
        return True  # ('in three provinces, including Dong Thap')
    if root.dep_ == "appos" and root.head.lemma_.lower() in _PLACE_NOUNS:
        return True
    return (
        span.end + 2 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].ent_type_ == "GPE"
        and is_country_name(doc[span.end + 1].text)
        # (the country alone, not an owner: "Assad Omar, Afghanistan's envoy")
        and doc[span.end + 2].is_punct
    )


def _somewhere_in(span: Span) -> bool:
    """The name is the object of "in", not an owner ("told reporters in Guwahati", not "in
    Smith's absence")."""
    root = span.root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "in"
        and not (span.end < len(span.doc) and span.doc[span.end].tag_ == "POS")
    )


def _unheard_of_word(cluster: _Cluster) -> bool:
    """The name is one word, mentioned once, with no honorific and off any team sheet, and
    that word is neither a given name nor a surname of the name lists nor the surname of a
    well-known person: a firm, a product or a place the model took for a person (a name the
    text keeps using, like "Oz", is left to the other evidence)."""
    key = cluster.full_key
    if " " in key or any(m.titled or m.roster for m in cluster.mentions):
        return False
    if len(cluster.mentions) != 1 or len(cluster.mentions[0].text.split()) != 1:
        return False
    word = cluster.mentions[0].text
    if sum(t.text == word for t in cluster.mentions[0].span.doc) > 2:
        return False  # "Oz": the model tagged one of the many times the text uses it
    if is_given_name(key) or is_known_name(key) or is_surname(key) or is_known_surname(key):
        return False
    if _GAELIC_SURNAME.match(cluster.mentions[0].text):
        return False  # "O'Casey", "McIlroy", "MacLeod": a surname's shape
    if is_place_name(cluster.mentions[0].text):
        return True  # "Ledbury, Herefordshire, Robert Thame": a place between two people
    return not any(
        _born_before(m.span)
        or _role_noun_before(m)
        or _role_before_list(m.span)
        or _listed_with_full_name(m.span)
        for m in cluster.mentions
    )


def _role_before_list(span: Span) -> bool:
    """A plural role noun opens the list the name ends ("backing singers Pepsi and
    Shirlie")."""
    head = _list_head(span.root)
    if head.i == span.root.i or head.i == 0:
        return False
    before = span.doc[head.i - 1]  # the tagger may take it for a verb ("singers" as VBZ)
    return (
        before.is_lower
        and before.lower_.endswith("s")
        and _singular(before.lower_) in ROLE_WORDS
        and before.lower_ not in ROLE_WORDS
    )


def _born_before(span: Span) -> bool:
    """ "the South African-born Liebeneberg": people are born somewhere."""
    doc = span.doc
    return (
        span.start > 1 and doc[span.start - 1].lower_ == "born" and doc[span.start - 2].text == "-"
    )


def _listed_with_full_name(span: Span) -> bool:
    """The name is given after a kin noun ("his two sons, Avi and Joel", "her twins, Hazel
    and Phinnaeus"), or listed beside a person's full name or surname ("Salman Rushdie, JM
    Coetzee and Kazuo Ishiguro", "Rodgers and Hammerstein")."""
    doc = span.doc
    head = _list_head(span.root)
    before = doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
    if before is not None and before.text == "," and before.i > 0:
        before = doc[before.i - 1]
    if head.head.lower_ in _KIN_BEFORE_NAMES or (
        before is not None and before.lower_ in _KIN_BEFORE_NAMES
    ):
        return True
    for token in _list_items(span.root):
        if span.start <= token.i < span.end or token.ent_type_ != "PERSON":
            continue
        start, end = token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        opening = doc[start].text
        if end - start == 1:
            # a surname that is no given name ("Rodgers", but not "Zoe, Chrissie and Sam")
            if (is_surname(opening) or is_known_surname(opening)) and not (
                is_given_name(opening) or is_known_name(opening)
            ):
                return True
        elif opening.istitle() and (
            is_given_name(opening) or is_known_name(opening) or not is_common_word(opening)
        ):
            return True
    return False


def _titled_thing(mention: _Mention) -> bool:
    """The honorific before the mention makes with it a well-known thing's name ("Dr
    Pepper", "Dr Who", "Dr Reddy's")."""
    span = mention.span
    if span.start == 0:
        return False
    doc = span.doc
    name = f"{doc[span.start - 1].text} {mention.text}"
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        name += doc[span.end].text  # "Dr Reddy's": a firm named in the possessive
    return is_known_thing(name_key(name))


def _nickname_only(mentions: list[_Mention], key: str) -> bool:
    """Every mention is "Mr" or "Mrs" before a common word that is no surname and the text
    gives no one that name after a given name ("the Simon Cowell, Mr Nasty seat", "No More
    Mr Nasty"): a nickname, not a person's name (but "Vincent Cable ... Mr Cable" is his)."""
    if not mentions or " " in key:
        return False
    word = mentions[0].span[-1]
    if not (word.is_title and is_common_word(word.text)) or is_surname(word.text):
        return False
    if is_known_name(word.text) or is_known_surname(word.text):
        return False  # "Mr Jobs' speech": Steve Jobs
    for m in mentions:
        span = m.span
        before = span.doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
        if len(span) != 1 or before not in ("mr", "mrs", "ms", "miss"):
            return False
    # "Vincent Cable ... Mr Cable": a given name before it anywhere in the text
    text = word.doc.text
    return not _named_in_full_elsewhere(text, 0, 0, [(word.idx, word.idx + len(word))])


# Verbs that give someone a name ('calling the mayor "Benny Overbudget"').
_NICKNAMING_VERBS = frozenset({"call", "dub", "nickname", "label", "brand", "christen"})


def _relative_speaking_just_before(short: _Cluster, candidates: list[_Cluster]) -> _Cluster | None:
    """The relative named in full who speaks in the sentence before the bare surname's one
    mention, itself the subject of a verb of saying, no later than the next paragraph."""
    if len(short.mentions) != 1 or short.mentions[0].titled:
        return None
    span = short.mentions[0].span
    if not (span.root.dep_ == "nsubj" and span.root.head.lemma_ in _SPEECH_VERBS):
        return None
    latest = max(
        (
            (m, c)
            for c in candidates
            for m in c.mentions
            if m.span.start < span.start and not m.in_heading
        ),
        key=lambda pair: pair[0].span.start,
        default=None,
    )
    if latest is None or not _introduced_as_relative(latest[1]):
        return None
    mention, cluster = latest
    root = mention.span.root
    subject = root.head if root.dep_ == "appos" else root
    doc = span.doc
    return (
        cluster
        if subject.dep_ == "nsubj"
        and subject.head.lemma_ in _SPEECH_VERBS
        and doc.text.count("\n", mention.span.end_char, span.start_char) <= 2
        else None
    )


def _paragraph_between(a: Span, b: Span) -> bool:
    """A paragraph break lies between two spans of one text."""
    lo, hi = sorted((a.start_char, b.start_char))
    return "\n" in a.doc.text[lo:hi]


def _nickname_given(mentions: list[_Mention]) -> bool:
    """Every mention is the whole of a quotation that a naming verb gives someone, or that
    the text calls a nickname ('calling the mayor "Benny Overbudget," a nickname that',
    'critics dubbed him "Benny Overbudget"'): a name given, not a person."""
    if not mentions:
        return False
    for mention in mentions:
        span = mention.span
        doc = span.doc
        start = span.start
        if (
            start > 1
            and doc[start - 1].is_title
            and (mention.titled or doc[start - 1].lower_.rstrip(".") in ROLE_WORDS)
        ):
            start -= 1  # 'nicknamed Kovalenko "Captain Yield."': a title in the nickname
        if start == 0 or doc[start - 1].text not in _QUOTE_MARKS:
            return False
        after = span.end
        if after < len(doc) and doc[after].text in (",", "."):
            after += 1
        if after >= len(doc) or doc[after].text not in _QUOTE_MARKS:
            return False
        window = doc[max(start - 5, 0) : start - 1]
        named = any(t.lemma_.lower() in _NICKNAMING_VERBS and t.pos_ == "VERB" for t in window)
        called = any(t.lower_ == "nickname" for t in doc[after + 1 : after + 5])
        if not (named or called):
            return False
    return True


def _heads_a_longer_name(span: Span) -> bool:
    """The name goes on with "of" and a capitalised word ("Madonna of the Pinks")."""
    doc = span.doc
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return False
    following = doc[i + 2] if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else doc[i + 1]
    return _name_cased(following)


def _role_noun_before(mention: _Mention) -> bool:
    """A role noun, singular or plural, stands right before the name ("sprinters Kostas
    Kenteris") or before it in apposition, not a kind of thing ("parts maker Robert
    Bosch")."""
    span = mention.span
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.text == ","
        and span.start > 1
        and span.root.dep_ == "appos"
        and span.start - 6 <= span.root.head.i <= span.start - 2
        and not any(t.text == "," for t in span.doc[span.root.head.i : span.start - 1])
    ):
        # "the show's news correspondent, Tunde Bakare-Smith,", "The BPI's director of
        # research, Tariq Mahmood-Ellis,"
        before = span.root.head
    if before is None or before.lower_ in _THING_NOUNS:
        return False
    if not before.is_lower and not (before.is_upper and before.lower_ in ROLE_WORDS):
        return False  # a role's initials count ("The MP for Montgomeryshire, Siwan Penwortham,")
    return before.lower_ in ROLE_WORDS or _plural_role_noun(before)


def _plural_role_noun(token: Token) -> bool:
    """ "actresses", "rappers", "sprinters": the plural of a role noun."""
    return token.tag_ == "NNS" and _singular(token.lower_) in ROLE_WORDS


def _short_name_in_brackets(mentions: list[_Mention]) -> bool:
    """The name is one word that the text also gives in brackets right after an
    organisation's name: that body's short name ("the Entertainment and Leisure Software
    Publishers Association (Elspa)"), whatever the model made of the bracketed word."""
    if not mentions or any(len(m.span) != 1 or m.titled for m in mentions):
        return False
    return mentions[0].span.text in _bracketed_short_names(mentions[0].span.doc)


def _bracketed_short_names(doc: Doc) -> frozenset[str]:
    """Single words in brackets right after an organisation's name in ``doc`` (cached)."""
    found = doc.user_data.get("factx_bracketed_short_names")
    if found is None:
        found = frozenset(
            doc[i].text
            for i in range(2, len(doc) - 1)
            if doc[i - 1].text == "(" and doc[i + 1].text == ")" and doc[i - 2].ent_type_ == "ORG"
        )
        doc.user_data["factx_bracketed_short_names"] = found
    return found


def _common_word_name(mentions: list[_Mention]) -> bool:
    """Every mention is one capitalised common word ("Trauma", "Frost", "Housewives") with
    no title before it, outside a team sheet, and not listed beside a person; a word the
    text capitalises again and again mid-sentence ("Oz") is a name all the same."""
    for mention in mentions:
        words = [t for t in mention.span if not t.is_punct]
        if (
            len(words) != 1
            or not is_common_word(words[0].text)
            or mention.titled
            or mention.roster
            or _royal(mention.span)
            or _paired_with_person(mention.span.root)
        ):
            return False
    return _mid_sentence_counts(mentions[0].span.doc)[mentions[0].span.root.text] <= 2


def _place_name(mentions: list[_Mention]) -> bool:
    """Every mention is the name of a city, country or region, or one with a compass word
    after it ("Lesotho", "Powys", "Leicester South"), with no title before it, outside a
    team sheet, not royal and listed beside no person: a place, a constituency or a side
    named after one ("Leinster"). A place name that is also a common given name or surname
    ("Kennedy", "Hamilton") may be a person."""
    for mention in mentions:
        name = mention.text.removeprefix("the ").removeprefix("The ")
        head, _, last = name.rpartition(" ")
        if head and last in _COMPASS_WORDS:
            name = head
        span = mention.span
        before = span.doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
        if (
            mention.titled
            or (
                before in ROLE_WORDS
                and span.doc[span.start - 1].pos_ != "VERB"  # "frontman Bono"
                and not (before in _ROLE_MODIFIERS and _modifies_next_noun(span))
            )
            or before in HONORIFICS
            or mention.roster
            or _royal(mention.span)
            # a list of people, but "Woodhill, Milton Keynes": a town's two-word name
            or (" " not in name and _beside_person(mention.span))
            or (" " not in name and (is_known_name(name) or is_surname(name)))
            or not is_place_name(name)
        ):
            return False
    return True


def _plural_of_a_thing(span: Span) -> bool:
    """One word that is the plural of a name the model gave something other than a person
    ("Xboxes" beside "Xbox")."""
    text = span.text
    if len(span) != 1 or not text.endswith("s"):
        return False
    things = span.doc.user_data.get("factx_thing_names")
    if things is None:
        things = frozenset(e.text for e in span.doc.ents if e.label_ != "PERSON")
        span.doc.user_data["factx_thing_names"] = things
    return text[:-1] in things or text[:-2] in things


def _modifies_next_noun(span: Span) -> bool:
    """The name modifies the noun right after it ("a former St Helens player"): a word
    before it such as "former" goes with that noun, not with the name."""
    root = span.root
    return root.dep_ == "compound" and root.head.i == span.end and root.head.pos_ == "NOUN"


def _beside_person(span: Span) -> bool:
    """The name is listed beside a name the model tags as a person that is no place name
    itself ("by Bono, Stevie Wonder and Norah Jones", but not "Munster and Leinster"),
    through the parse or through a comma, whatever the parse made of the list."""
    doc = span.doc
    partners = _list_items(span.root)
    if span.end + 1 < len(doc) and doc[span.end].text == "," and not _opening_adjunct(span.root):
        partners.append(doc[span.end + 1])
    if span.start > 1 and doc[span.start - 1].text == ",":
        partners.append(doc[span.start - 2])
    return any(
        not span.start <= t.i < span.end
        and t.ent_type_ == "PERSON"
        and t.pos_ == "PROPN"
        and not _lone_place_name(t)
        # "Yorkshire and the Humber": a name with an article is no person
        and not any(c.dep_ == "det" for c in t.children)
        for t in partners
    )


def _opening_adjunct(word: Token) -> bool:
    """``word`` is the object of a preposition that opens its sentence ("Outside Garfield
    Elementary, Fatima Al-Hassan said"): the name after its comma begins the clause."""
    return word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.is_sent_start


def _lone_entity_word(token: Token) -> bool:
    """``token`` is the whole of its entity (or of none)."""
    doc = token.doc
    return (token.ent_iob_ == "B" or token.ent_iob_ == "") and (
        token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I"
    )


def _lone_place_name(token: Token) -> bool:
    """``token`` is the whole of its entity, and that one word is a place name ("Leinster";
    not the "Houston" of "Whitney Houston")."""
    return _lone_entity_word(token) and is_place_name(token.text)


def _mid_sentence_counts(doc: Doc) -> Counter:
    """How often each word occurs in ``doc`` other than opening a sentence (cached)."""
    counts = doc.user_data.get("factx_mid_sentence_counts")
    if counts is None:
        counts = Counter(t.text for t in doc if not t.is_sent_start)
        doc.user_data["factx_mid_sentence_counts"] = counts
    return counts


def _common_word_phrase(mentions: list[_Mention]) -> bool:
    """Every mention is two or more common words, the first no given name, with no title
    before them: a title or a thing in title case ("Wolf Brother", "Grand Slam", "Velvet
    Revolver"), not a person's name ("Gordon Brown", "Rowan Williams")."""
    for mention in mentions:
        words = [t for t in mention.span if not t.is_punct]
        if (
            len(words) < 2
            or mention.titled
            or mention.roster
            or is_known_name(words[0].text)
            or not all(t.is_alpha and is_common_word(t.text) for t in words)
        ):
            return False
    return True


def _non_person_label(cluster: _Cluster) -> str:
    if _plural_of_a_thing(cluster.mentions[0].span):
        return "PRODUCT"  # "Xboxes"
    others = Counter({k: v for k, v in cluster.labels.items() if k != "PERSON" and v > 0})
    if others:
        return others.most_common(1)[0][0]
    if all(m.span.text.lower() in _FEASTS for m in cluster.mentions):
        return "EVENT"  # "Easter"
    if all(is_place_name(m.span.text) for m in cluster.mentions):
        return "GPE"  # "Slough", "Herefordshire": a place the model took for a person
    if any(len(m.span) > 1 and m.span[0].lower_ in _LANDFORM_OPENERS for m in cluster.mentions):
        return "LOC"  # "Loch Ryan", "Mount Kenya"
    root = cluster.mentions[0].span.root
    return "GPE" if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE else "ORG"


def _merge_real_names(clusters: list[_Cluster]) -> list[_Cluster]:
    """ "Mars - real name Bob Allen Deal", "whose real name is X", "(born X)": the second name
    is another name of the person just named."""
    owner_of: dict[int, _Cluster] = {}
    person_mentions: list[tuple[int, _Cluster]] = []
    for cluster in clusters:
        if cluster.label == "PERSON":
            for mention in cluster.mentions:
                person_mentions.append((mention.span.start, cluster))
    person_mentions.sort(key=lambda pair: pair[0])
    gone: set[int] = set()
    for cluster in clusters:
        if cluster.label != "PERSON" or id(cluster) in gone:
            continue
        for mention in cluster.mentions:
            doc, i = mention.span.doc, mention.span.start
            before = [t.lower_ for t in doc[max(0, i - 3) : i]]
            alias_at = _alias_cue_start(doc, i)
            if alias_at is not None:
                # "Marek Strihavka, aka Benny": another name of the person right before
                named = _named_right_before(clusters, doc, alias_at)
                target = None if named is None else _final_owner(owner_of, named)
                if target is not None and target is not cluster and named.label == "PERSON":
                    target.merge(cluster)
                    gone.add(id(cluster))
                    owner_of[id(cluster)] = target
                    break
                continue
            if not (
                before[-2:] == ["real", "name"]
                or before[-3:] == ["real", "name", "is"]
                # "(born X)", but not "New York-born Aguilera": a birthplace
                or (before[-1:] == ["born"] and before[-2:-1] != ["-"])
            ):
                continue
            stage_name = _named_right_before(
                clusters,
                doc,
                i - len(before) + before.index("born" if before[-1:] == ["born"] else "real"),
            )
            if stage_name is not None and stage_name is not cluster and id(stage_name) not in gone:
                # "C-Murder, real name Corey Miller": the name right before, whatever the
                # model took it for, is the same person's
                stage_name.merge(cluster)
                for m in stage_name.mentions:
                    m.label = "PERSON"
                stage_name.labels = Counter({"PERSON": len(stage_name.mentions)})
                gone.add(id(cluster))
                owner_of[id(cluster)] = stage_name
                break
            sentence_start = mention.span.sent.start
            earlier = [
                c
                for start, c in person_mentions
                if sentence_start <= start < i and c is not cluster and id(c) not in gone
            ]
            target = _final_owner(owner_of, earlier[-1]) if earlier else None
            if target is not None and target is not cluster:
                target.merge(cluster)
                gone.add(id(cluster))
                owner_of[id(cluster)] = target
                break
    return [c for c in clusters if id(c) not in gone]


def _final_owner(owner_of: dict[int, _Cluster], cluster: _Cluster) -> _Cluster:
    """The cluster that ``cluster`` was merged into, following merges of merges."""
    while id(cluster) in owner_of:
        cluster = owner_of[id(cluster)]
    return cluster


def _alias_cue_start(doc: Doc, at: int) -> int | None:
    """The index of the first token of an alias cue that ends right before token ``at``
    ("aka", "a.k.a.", "also/better/otherwise/commonly known as"), if there is one."""
    if at > 0 and doc[at - 1].lower_ in ("aka", "a.k.a.", "a.k.a"):
        return at - 1
    if at > 2 and doc[at - 1].lower_ == "as" and doc[at - 2].lower_ == "known":
        if doc[at - 3].lower_ in ("also", "better", "otherwise", "commonly"):
            return at - 3
    return None


def _named_right_before(clusters: list[_Cluster], doc: Doc, at: int) -> _Cluster | None:
    """The cluster with a mention ending right before token ``at``, past commas, dashes and
    brackets."""
    end = at
    while end > 0 and doc[end - 1].is_punct:
        end -= 1
    for cluster in clusters:
        if any(m.span.end == end for m in cluster.mentions):
            return cluster
    return None


def _merge_single_words(
    clusters: list[_Cluster], lower_words: frozenset[str] = frozenset()
) -> list[_Cluster]:
    """A one-word name the model labelled otherwise joins the person whose surname it is
    ("Kirwan" ORG -> "Jake Kirwan"); a one-word "person" that is a word of an organisation
    or place named in full joins it ("Jet" -> "Jet Airways")."""
    surnames: dict[str, list[_Cluster]] = {}
    thing_words: dict[str, list[_Cluster]] = {}
    bodies_by_first_word: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        if (
            cluster.label != "PERSON"
            and " " not in cluster.full_key
            and any(m.roster for m in cluster.mentions)
            and not is_known_thing(cluster.full_key)
            and not is_country_name(cluster.mentions[0].text)
            # "Bath" on a sheet of clubs is the club, unless a player's name ends in it
            and not (
                is_place_name(cluster.mentions[0].text)
                and not any(
                    c.full_key.endswith(" " + cluster.full_key)
                    for c in clusters
                    if c is not cluster
                )
            )
        ):
            # a surname a team sheet lists is a player's wherever the model placed it
            for mention in cluster.mentions:
                mention.label = "PERSON"
            cluster.labels = Counter({"PERSON": len(cluster.mentions)})
    for cluster in clusters:
        words = cluster.full_key.split()
        if cluster.label == "PERSON":
            if len(words) >= 2:
                surnames.setdefault(words[-1], []).append(cluster)
            if len(words) >= 3 and words[-1].rstrip(".") in _NAME_SUFFIXES:
                surnames.setdefault(words[-2], []).append(cluster)  # "Trammell" of "... Jr."
            if len(words) >= 2 and _family_name_before_given(words[0], cluster):
                surnames.setdefault(words[0], []).append(cluster)  # "Kang" of "Kang Min-seok"
        elif len(words) >= 2 and cluster.label in ("ORG", "GPE", "FAC", "LOC", "EVENT"):
            for word in words:
                thing_words.setdefault(word, []).append(cluster)
            if cluster.label == "ORG":
                bodies_by_first_word.setdefault(words[0], []).append(cluster)
    # the surnames a team sheet lists
    listed = {
        c.full_key for c in clusters if " " not in c.full_key and any(m.roster for m in c.mentions)
    }
    gone: set[int] = set()
    for cluster in clusters:
        key = cluster.full_key
        surname = key
        if " " in key:
            words = key.split()
            # "Ferreira-Lund" (WORK_OF_ART) after "Augustin Ferreira-Lund": one written word
            hyphenated = all(" " not in m.text.strip() for m in cluster.mentions)
            if cluster.label == "PERSON" or not (
                hyphenated or (len(words) == 2 and words[0] in _NAME_PARTICLES)
            ):
                continue
            # "Ten Cate" (ORG) after "Henk Ten Cate": a surname that opens with a particle
            owners = [c for c in surnames.get(words[-1], []) if c.full_key.endswith(" " + key)]
            surname = words[-1]
        else:
            owners = surnames.get(key, [])
            if len(owners) > 1:
                # "Cole" after "Abena Mensah-Cole and David Cole": the one whose surname is
                # the word itself, not a part of a double-barrelled surname
                whole = [c for c in owners if name_key(c.best_name().split()[-1]) == key]
                if len(whole) == 1:
                    owners = whole
                # "Adebanjo ... Adebanjo's father, Tunde Adebanjo": not the kin it owns
                unrelated = [c for c in owners if not _kin_beside_own(cluster, c)]
                if len(unrelated) == 1:
                    owners = unrelated
            elif len(owners) == 1 and _kin_beside_own(cluster, owners[0]):
                # "Devlin's husband, Ciaran Devlin": the kin's own, someone else (perhaps
                # named in full under another label: "Shauna Devlin", tagged a place)
                owners = []
        if not owners and " " not in key and len(key) >= 5 and not is_known_name(key):
            # "Ebber" for "Ebbers", but "William" is not a misspelt "Williams"
            near = [k for k in surnames if _one_edit_apart(key, k)]
            owners = surnames[near[0]] if len(near) == 1 else []
            if any(m.roster for m in cluster.mentions) and near and near[0] in listed:
                owners = []  # "Dowson" and "Dawson" on the same team sheets: two players
        if cluster.label != "PERSON" and any(_surname_sex(m) for m in cluster.mentions):
            # "Blakey" (ORG) with "Mrs Blakey": the honorific makes a person, whom the pass
            # over people links (perhaps to a relative of the honorific's sex)
            for mention in cluster.mentions:
                mention.label = "PERSON"
            cluster.labels = Counter({"PERSON": len(cluster.mentions)})
        elif cluster.label != "PERSON":
            locative = any(
                m.span.root.dep_ == "pobj" and m.span.root.head.lower_ in _LOCATIVE
                for m in cluster.mentions
            )
            # a product's or a work's name joins only a surname written the same, and no
            # common word ("The Osbournes", "the Town")
            work = cluster.label in ("PRODUCT", "WORK_OF_ART")
            bodies = bodies_by_first_word.get(key, [])
            if (
                len(owners) == 1
                and not locative
                and (
                    cluster.label in PROPER_LABELS | {"NORP"}
                    or (work and surname in surnames and not is_common_word(surname))
                )
            ):
                for mention in cluster.mentions:
                    mention.label = "PERSON"
                owners[0].merge(cluster)
                gone.add(id(cluster))
            elif (
                not owners
                and cluster.label == "NORP"
                and len(bodies) == 1
                and _no_people_word(cluster.mentions[0].text)
            ):
                # "Meridian said" after "Meridian Terminal Partners": the body's first word,
                # which the model took for a people
                for mention in cluster.mentions:
                    mention.label = "ORG"
                bodies[0].merge(cluster)
                gone.add(id(cluster))
        elif key not in surnames and len(owners) == 1:
            owners[0].merge(cluster)  # a misspelt surname
            gone.add(id(cluster))
        elif (
            key not in surnames
            and len(thing_words.get(key, [])) == 1
            and not any(m.titled for m in cluster.mentions)
        ):
            owner = thing_words[key][0]
            if _surname_of_mislabelled_name(key, owner, lower_words):
                for mention in owner.mentions:
                    mention.label = "PERSON"  # "Carolina Kluft" (ORG) ... "Kluft said"
                owner.labels = Counter({"PERSON": len(owner.mentions)})
            else:
                for mention in cluster.mentions:
                    mention.label = owner.label
            owner.merge(cluster)
            gone.add(id(cluster))
    return [c for c in clusters if id(c) not in gone]


def _merge_given_names(clusters: list[_Cluster], lower_words: frozenset[str]) -> list[_Cluster]:
    """A given name the model took for a body ("Anouk laughed", ORG) joins the one person
    named in full with it ("Anouk Verbruggen"): no place, no known thing, no word the
    text also writes in lower case. A name no list knows must be the subject wherever it
    stands ("Manjit Aujla ... Manjit said")."""
    by_given: dict[str, list[_Cluster]] = {}
    for cluster in clusters:
        words = cluster.full_key.split()
        if cluster.label == "PERSON" and len(words) >= 2:
            by_given.setdefault(words[0], []).append(cluster)
    gone: set[int] = set()
    for cluster in clusters:
        key = cluster.full_key
        owners = by_given.get(key, [])
        listed = is_given_name(cluster.mentions[0].text)
        # (or an owner, or joined to a subject: "Kenzie and Brynn Albrecht finished",
        # "Kenzie's No. 22", with "Kenzie finished" too)
        subjects = all(
            m.span.root.dep_ in ("nsubj", "nsubjpass", "poss", "conj") for m in cluster.mentions
        ) and any(m.span.root.dep_ in ("nsubj", "nsubjpass") for m in cluster.mentions)
        if (
            (
                cluster.label not in (("ORG", "NORP") if listed else ("ORG", "NORP", "LOC", "GPE"))
                # ('"...," Rubén said', tagged a work: a work says nothing; 'Andreas has
                # outraised him', tagged a place: a place raises no money)
                and not (cluster.label in ("WORK_OF_ART", "GPE", "LOC") and subjects)
            )
            or " " in key
            or len(owners) != 1
            or not (listed or (not is_known_name(key) and subjects))
            or is_common_word(key)
            or key in lower_words
            or is_place_name(cluster.mentions[0].text)
            or is_known_thing(key)
            or is_country_name(cluster.mentions[0].text)
            or any(m.roster for m in cluster.mentions)
        ):
            continue
        for mention in cluster.mentions:
            mention.label = "PERSON"
        owners[0].merge(cluster)
        gone.add(id(cluster))
    return [c for c in clusters if id(c) not in gone]


def _surname_of_mislabelled_name(word: str, owner: _Cluster, lower_words: frozenset[str]) -> bool:
    """A one-word person that is the last word of a two- or three-word name the model gave
    another label, shaped like a personal name (no organisation word, no linking word):
    the surname of that name."""
    words = owner.full_key.split()
    if not 2 <= len(words) <= 3 or words[-1] != word or len(words[0]) < 2:
        return False
    if any(w in NON_PERSON_HEADS or w in _LINKERS or w in ROLE_WORDS for w in words):
        return False
    if words[0] in lower_words:
        return False  # "New Labour": a common word opens it
    return all(
        all(_proper_name_word(t) and t.ent_type_ != "NORP" for t in m.span)
        and m.span[0].tag_ != "JJ"
        and not m.span[0].like_num
        for m in owner.mentions
        if len(m.key.split()) == len(words)
    )


_ROYAL_TITLES = frozenset("king queen prince princess emperor empress duke duchess".split())


def _same_royal(short: _Cluster, full: _Cluster, short_key: str) -> bool:
    """ "Prince Alwaleed" is "Prince Alwaleed bin Talal": the same royal title before a
    name and its longer form."""
    titles = {m.span.doc[m.span.start - 1].lower_ for m in short.mentions if _royal(m.span)}
    return (
        bool(titles)
        and full.full_key.startswith(short_key + " ")
        and any(
            _royal(m.span) and m.span.doc[m.span.start - 1].lower_ in titles for m in full.mentions
        )
    )


def _royal(span: Span) -> bool:
    """The name follows a royal title ("Prince Charles"): title and given name make the
    whole name."""
    return span.start > 0 and (
        span.doc[span.start - 1].is_title and span.doc[span.start - 1].lower_ in _ROYAL_TITLES
    )


def _one_edit_apart(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one inserted, deleted or replaced letter, or by two
    neighbouring letters swapped in a long name, or by one letter moved two places in a
    longer one ("Hassel" for "Hassell", "Ebber" for "Ebbers", "Barrioneuvo" for
    "Barrionuevo", "Khordokovsky" for "Khodorkovsky": misspellings of one name)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if i == 0:
        return False  # "Hutton" and "Sutton": two names, a misspelling keeps the first letter
    if len(a) == len(b):
        # one replaced letter, two neighbours swapped in a long name ("Barrioneuvo"), or
        # a letter moved by two places in a longer one ("Khordokovsky")
        return (
            a[i + 1 :] == b[i + 1 :]
            or (
                len(a) >= 7
                and i + 1 < len(a)
                and a[i] == b[i + 1]
                and a[i + 1] == b[i]
                and a[i + 2 :] == b[i + 2 :]
            )
            or (
                len(a) >= 9
                and sorted(a[i : i + 3]) == sorted(b[i : i + 3])
                and a[i + 3 :] == b[i + 3 :]
            )
        )
    return a[i:] == b[i + 1 :]


def _initialled(short_key: str, full_key: str) -> bool:
    """ "s taylor" is "simon taylor" with the first name as an initial."""
    short, full = short_key.split(), full_key.split()
    return (
        len(short) == len(full) >= 2
        and len(short[0]) == 1
        and len(full[0]) > 1
        and full[0][0] == short[0]
        and short[1:] == full[1:]
    )


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """ "lib dems" abbreviates "liberal democrats": word by word, each short word is a
    prefix (of at least 3 letters, plural s aside) of the full word."""
    if len(short) != len(full) or short == full:
        return False
    for s_word, f_word in zip(short, full, strict=True):
        stem = s_word[:-1] if s_word.endswith("s") and f_word.endswith("s") else s_word
        if len(stem) < 3 or not f_word.startswith(stem):
            return False
    return True


def _merge_abbreviations(clusters: list[_Cluster]) -> list[_Cluster]:
    multi = [c for c in clusters if len(c.mentions[0].key.split()) >= 2]
    by_shape: dict[tuple[str, ...], list[_Cluster]] = {}
    for cluster in multi:  # an abbreviation keeps the word count and initial letters
        by_shape.setdefault(tuple(w[0] for w in cluster.mentions[0].key.split()), []).append(
            cluster
        )
    gone: set[int] = set()
    for short in multi:
        words = short.mentions[0].key.split()
        for full in by_shape[tuple(w[0] for w in words)]:
            if (
                id(full) != id(short)
                and id(full) not in gone
                and _abbreviates(words, full.mentions[0].key.split())
            ):
                full.merge(short)
                gone.add(id(short))
                break
    return [c for c in clusters if id(c) not in gone]


def _introduced_with_role(span: Span) -> bool:
    """The name is followed by an indefinite role of its own ("Ms Kim, a spokeswoman for
    the ministry,"): someone new, not the person named before."""
    doc = span.doc
    return (
        span.end + 2 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].lower_ in ("a", "an")
    )


def _compatible_short_form(
    short_key: str, cluster: _Cluster, surname_only: bool, introduced: bool = False
) -> bool:
    """ "Abbas" fits "Mahmoud Abbas" (surname) and "Mahmoud" (first name, unless the short
    form follows an honorific: "Mr Howard" is a surname); "Kilroy Silk" fits
    "Robert Kilroy Silk" (a contiguous tail or head of the full name)."""
    short = short_key.split()
    full = cluster.full_key.split()
    while len(full) > 2 and full[-1].rstrip(".") in _NAME_SUFFIXES:
        full.pop()  # "Mullen" fits "Larry Mullen Jr", "Sands" fits "Philippe Sands QC"
    if _initialled(short_key, cluster.full_key):
        return True
    if (
        len(short) >= 2
        and _without_middle_initials(cluster.full_key.split()) == short
        and not introduced
    ):
        return True  # "Donald Trump" is "Donald J. Trump", not "Michael Fox, a teacher"
    if (
        len(short) == 2
        and len(full) == 3
        and short == [full[0], full[2]]
        and full[1].isalpha()
        and len(full[1]) > 1  # (not "Robert F. Kennedy Jr." and his father "Robert Kennedy")
        and full[1] not in _NAME_PARTICLES
        and not introduced
    ):
        return True  # "Travis Hollis" is "Travis Lee Hollis", named once with a middle name
    if len(short) == 1 and _quoted_nickname(short[0], cluster):
        return True  # "Mido" is "Ahmed 'Mido' Hossam"
    if len(short) >= 2 and short in _names_without_nicknames(cluster):
        return True  # "Shane Maguire" is 'Shane "The Hammer" Maguire'
    if len(short) == 1 and any(
        full[i] == short[0] and all(w in _NAME_PARTICLES for w in full[i + 1 : -1])
        for i in range(1, len(full) - 2)
    ):
        return True  # "Lula" is "Luiz Inacio Lula da Silva": the surname before "da Silva"
    if len(short) == 1 and _family_name_before_given(short[0], cluster) and not introduced:
        return True  # "Ms Kim" is "Kim Soo-yeon", "Mr Wong" is "Martin Wong Ka-ming"
    if full[: len(short)] == short:
        # "Mr Wang" fits "Wang Yan": a family name that is never a given name leads the name
        return not surname_only or (
            len(short) == 1 and is_surname(short[0]) and not is_given_name(short[0])
        )
    return full[-len(short) :] == short


_HYPHENED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _family_name_before_given(word: str, cluster: _Cluster) -> bool:
    """``word`` is the family name right before a hyphenated given name written in the
    East Asian order ("Kim Soo-yeon", "Martin Wong Ka-ming") or before a given name in
    pinyin ("Li Jianguo"), which the title then goes with ("Ms Kim", "Mr Wong", "Mr Li")."""
    for mention in cluster.mentions:
        words = mention.text.split()
        if (
            len(words) >= 2
            and words[-2].lower() == word
            and _HYPHENED_GIVEN_NAME.fullmatch(words[-1]) is not None
        ):
            return True
        if (
            len(words) == 2
            and words[0].lower() == word
            and is_chinese_name_order(words[0], words[1])
        ):
            return True  # "Mr Li" is "Li Jianguo", "Mr Hu" is "Hu Jintao"
        if words[:1] and words[0].lower() == word and is_vietnamese_name_order(words):
            return True  # "Mr Tran" is "Tran Van Duc"
    return False


def _names_without_nicknames(cluster: _Cluster) -> list[list[str]]:
    """The lower-case words of each full name of ``cluster`` that holds a nickname in
    quotation marks, without it ('Shane "The Hammer" Maguire': shane maguire)."""
    names: list[list[str]] = []
    for mention in cluster.mentions:
        tokens = mention.span
        marks = [j for j, t in enumerate(tokens) if t.text in _QUOTE_MARKS]
        if len(marks) != 2 or marks[0] == 0 or marks[1] == len(tokens) - 1:
            continue
        names.append([t.lower_ for j, t in enumerate(tokens) if not marks[0] <= j <= marks[1]])
    return names


def _quoted_nickname(word: str, cluster: _Cluster) -> bool:
    """``word`` is the nickname a full name of ``cluster`` holds in quotation marks, as in
    "Ahmed 'Mido' Hossam" or 'Brian "Head" Welch'."""
    for mention in cluster.mentions:
        tokens = mention.span
        for j in range(1, len(tokens) - 1):
            if (
                tokens[j].lower_ == word
                and tokens[j - 1].text in _QUOTE_MARKS
                and tokens[j + 1].text in _QUOTE_MARKS
            ):
                return True
    return False


def _role_before(head_span: Span) -> str | None:
    """Title words in front of a name: "U.S. Defense Secretary", "former Prime Minister"."""
    doc = head_span.doc
    i = head_span.start - 1
    start = head_span.start
    while i >= 0:
        token = doc[i]
        if (
            token.is_space
            or "\n" in token.whitespace_
            or token.is_punct
            and token.text not in (".", "-")
        ):
            break
        if token.lower_ in _DETERMINERS or token.pos_ in (
            "VERB",
            "AUX",
            "ADP",
            "PRON",
            "CCONJ",
            "SCONJ",
        ):
            break
        if token.tag_ == "POS":
            # "Japan's foreign minister": keep the possessor with its marker
            i -= 1
            continue
        if token.ent_type_ in ("PERSON", "DATE", "CARDINAL", "TIME") and (
            token.lower_.rstrip(".") not in HONORIFICS and token.lower_ not in ROLE_WORDS
        ):
            break
        if token.head.i < head_span.start or token.head.i >= head_span.end + 3:
            if not (token.head.i >= i and token.head.i < head_span.end):
                break
        start = i
        i -= 1
    if start >= head_span.start:
        return None
    words = doc[start : head_span.start]
    while len(words) and (
        words[0].is_punct or words[0].tag_ in ("POS", "RB", "RBR", "RBS", "JJR", "UH")
    ):
        words = doc[words.start + 1 : words.end]
    while len(words) and words[-1].lower_.rstrip(".") in HONORIFICS:
        words = doc[words.start : words.end - 1]
    if not len(words) or not _is_person_noun(words[-1]):
        return None
    return words.text


_PERSON_SUFFIXES = (
    "er",
    "or",
    "ist",
    "ian",
    "ant",
    "ent",
    "man",
    "woman",
    "men",
    "ess",
    "eer",
    "ive",
    "ee",
    "ier",
    "yst",
    "ard",
    "ar",
    "ate",
    "ic",
    "ph",
)


def _is_person_noun(token: Token) -> bool:
    """A noun that can head a title or description of a person ("secretary", "nurse",
    "analyst", "keeper"): an office word, or a common agent-noun ending."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    word = token.lower_.rstrip(".")
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return (
        word in ROLE_WORDS
        or singular in ROLE_WORDS
        or word in HONORIFICS
        or (token.pos_ == "NOUN" and singular.endswith(_PERSON_SUFFIXES) and len(singular) > 3)
        or (token.pos_ == "NOUN" and singular == "agent")  # "Okafor's agent, X,"
        or (token.is_upper and 2 <= len(word) <= 4)  # "MP", "CEO"
    )


def _span_text(doc: Doc, start: int, end: int) -> str:
    # (nor a conjunction a relative clause cut short: "a Republican from Oklahoma and")
    while end > start and (
        doc[end - 1].is_punct
        or doc[end - 1].is_space
        or doc[end - 1].lower_ in ("and", "or")
        # ("the Bishop of Penrith, the Rt Rev X": the style that opens the name)
        or (doc[end - 1].lower_ in _DETERMINERS and end - start > 1)
        or (
            doc[end - 1].lower_.rstrip(".") in _STYLE_PREFIXES
            and doc[end - 1].is_title
            and end < len(doc)
            and doc[end].lower_.rstrip(".") in _STYLED_HONORIFICS
        )
    ):
        end -= 1
    while start < end and doc[start].lower_ in _DETERMINERS:
        start += 1
    return doc[start:end].text if end > start else ""


def _subtree_bounds(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def finite_verb_at(doc: Doc, i: int) -> bool:
    """Token ``i`` is a finite verb: a noun phrase it follows with no comma is its subject,
    not an apposition ("by Ms Quinlan's barrister, Fiona Tarrant, the witness accepted")."""
    return i < len(doc) and doc[i].tag_ in _FINITE_VERB_TAGS


def _name_root(span: Span) -> Token:
    """The token a name's phrase hangs from: its root, or the member's letters after it
    that the parser made the head ("Rhodri ap Dafydd MS", "Paul Boateng MP")."""
    doc, root = span.doc, span.root
    if root.head.i == span.end and doc[span.end].text in _MEMBER_TITLES:
        return root.head
    return root


def _roles_after(span: Span) -> list[str]:
    """Appositives ("X, Principal Deputy Director of ...,") and affiliations ("X of the Y")."""
    doc = span.doc
    root = _name_root(span)
    after = max(span.end, root.i + 1)  # (past the member's letters, if any)
    roles: list[str] = []
    for child in root.rights:
        if child.i < after:
            continue
        if child.dep_ == "appos":
            start, end = _subtree_bounds(child)
            start = max(start, after)
            while start < end and doc[start].is_punct:
                start += 1
            if start == 0 or doc[start - 1].text not in (",", "(", "–", "—", "-"):
                continue  # an apposition is set off by punctuation
            while start < end and doc[start].is_punct:
                start += 1
            for token in doc[start:end]:
                if token.dep_ == "relcl" or token.tag_ in ("WDT", "WP"):
                    end = min(end, token.left_edge.i if token.dep_ == "relcl" else token.i)
            piece = doc[start:end]
            if not piece or any("\n" in t.text_with_ws for t in piece[:-1]):
                continue
            if finite_verb_at(doc, end):
                continue  # the next clause's subject, not an apposition
            if (
                (_is_person_noun(piece.root) or piece.root.pos_ == "PROPN")
                and piece.root.ent_type_ not in ("PERSON", "DATE", "CARDINAL")
                and not any(t.ent_type_ == "PERSON" and t.lower_ not in ROLE_WORDS for t in piece)
                and sum(1 for t in piece if t.text == ",") < 2
                and len(piece) <= 25
            ):
                text = _span_text(doc, start, end)
                if text:
                    roles.append(text)
        elif child.dep_ == "prep" and child.lower_ in ("of", "at") and child.i == after:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].ent_type_ in ("ORG", "GPE", "FAC", "NORP"):
                start, end = _subtree_bounds(child)
                # (up to a relative clause: "of Greenbank Ventures, who turned down ...")
                end = min([end] + [t.left_edge.i for t in doc[start:end] if t.dep_ == "relcl"])
                if not any("\n" in t.text_with_ws for t in doc[start : end - 1]):
                    roles.append(_span_text(doc, start, end))
    return roles


def _role_in_front(span: Span) -> str | None:
    """A title set off by a comma before the name: "the Mayor of London, Ken Livingstone"."""
    doc = span.doc
    root = _name_root(span)
    head = root.head
    if (
        root.dep_ == "pobj"
        and span.start > 0
        and doc[span.start - 1].text == ","
        and head.dep_ == "prep"
        and head.head.i < head.i
    ):
        # "Northern Star's managing director for retail, Olumide Bankole,", the name hung
        # from the preposition: set off after the office all the same
        head = head.head
    elif root.dep_ != "appos":
        return None
    if head.i >= span.start or not _is_person_noun(head):
        return None
    if _in_dateline(doc[head.i : head.i + 1]):
        return None  # "JEFFERSON CITY, Mo. — Gov. X": the dateline's town, parsed as a title
    if head.left_edge.lower_ == "whose":
        return None  # "Ngozi Okafor, whose son, Spc. Chidi Okafor,": a kinship, no title
    start, end = head.left_edge.i, span.start
    # (not a clause set off before it: "Speaking through an interpreter, a lawyer for two
    # of the defendants, Le Quang Huy,")
    start = max([start] + [t.i + 1 for t in doc[start : head.i] if t.text == ","])
    # (and the description ends at its own comma: "Her deputy on the committee, the Ulster
    # Unionist Trevor Crothers,")
    # (but not at a comma of a list inside it: "Secretary of State for Culture, Media and
    # Sport")
    end = min(
        [end]
        + [
            t.i
            for t in doc[head.i + 1 : end]
            if t.text == "," and not any(w.lower_ in ("and", "&") for w in doc[t.i + 1 : end])
        ]
    )
    while (
        end > start
        and (
            doc[end - 1].is_punct
            or doc[end - 1].is_space
            # "The Lord Chancellor, Lord Falconer": the honorific is the name's, not the title's
            or (
                end == span.start
                and doc[end - 1].lower_.rstrip(".") in HONORIFICS
                # (not the kin noun of "his father Ralph")
                and doc[end - 1].text[:1].isupper()
            )
        )
    ):
        end -= 1
    piece = doc[start:end]
    if not piece or len(piece) > 15 or any("\n" in t.whitespace_ for t in piece):
        return None
    if any(
        t.ent_type_ == "PERSON"
        and t.lower_ not in ROLE_WORDS
        # (an owner is no name of the role's: "Okafor's agent, Babatunde Adeyemi,")
        and t.tag_ != "POS"
        and not (t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS")
        for t in piece
    ):
        return None
    return _span_text(doc, start, end) or None


def roles_for(cluster: _Cluster) -> list[str]:
    """Every role the article gives the person, in order of appearance, without repeats."""
    found: list[str] = []
    for mention in cluster.mentions:
        if mention.in_heading or mention.roster:
            continue
        before = _role_before(mention.span) or _role_in_front(mention.span)
        for role in ([before] if before else []) + _roles_after(mention.span):
            if role and role not in found and _key(role) != mention.key:
                found.append(role)
    return found


# Lower-case words inside a body's name ("Fire and Rescue Service", "Bank of Ireland").
_BODY_NAME_JOINERS = frozenset({"and", "of", "for", "&"})


def _add_missed_surnames(
    doc: Doc, doc_text: str, clusters: list[_Cluster], lower_words: frozenset[str]
) -> None:
    """The model tags a name in one sentence and misses it in the next ("admitted Kiely"):
    a capitalised word that is the surname of exactly one person in the article, standing
    outside any entity, is another mention of that person; so is the given name of exactly
    one person that no other name spells ("Ranjit Aujla ... Ranjit said")."""
    owners: dict[str, list[_Cluster]] = {}
    given_owners: dict[str, list[_Cluster]] = {}
    short_forms: dict[str, _Cluster] = {}  # acronyms and firms' first words
    places = {c.full_key for c in clusters if c.label in ("GPE", "LOC", "FAC")}
    for cluster in clusters:
        if cluster.label == "PERSON":
            words = cluster.full_key.split()
            if 2 <= len(words) <= 3 and len(words[0]) >= 3 and words[0] not in lower_words:
                given_owners.setdefault(words[0], []).append(cluster)
            surname = words[-1]
            if len(surname) >= 3 and surname not in lower_words:
                owners.setdefault(surname, []).append(cluster)
            written = cluster.best_name().split()
            if (
                len(written) >= 3
                and written[-1].rstrip(".").lower() not in _NAME_SUFFIXES
                and len(written[-2]) >= 3
                and written[-2][:1].isupper()
                and written[-2].isalpha()
                and not is_given_name(written[-2])
                and written[-2].lower() not in lower_words
                and written[-2].lower() not in _NAME_PARTICLES
            ):
                # "Adriana Solís Montero" ... "Solís said": the first of two surnames
                owners.setdefault(written[-2].lower(), []).append(cluster)
        elif cluster.label == "ORG":
            for m in cluster.mentions:
                if len(m.span) == 1 and m.text.isupper() and m.text.isalpha() and len(m.text) > 1:
                    short_forms[m.text] = cluster  # "IAAF": found again where the model missed it
                elif (
                    len(m.span) == 1
                    and m.text.istitle()
                    and m.text.isalpha()
                    and len(m.text) >= 4
                    and len(cluster.full_key.split()) >= 2
                    and m.text.lower() == cluster.full_key.split()[0]
                    and not is_common_word(m.text)
                    # (a place's name only where the text names no such place)
                    and not (is_place_name(m.text) and m.key in places)
                    and not is_known_name(m.text)
                ):
                    # "Corvex Systems ... Corvex": the firm's short name, found again where
                    # the model missed it ("Corvex, which is based in Austin, said")
                    short_forms[m.text] = cluster
    lines: list[Line] = getattr(doc._, "factx_lines", None) or []
    starts = [line.start for line in lines]
    covered = {i for c in clusters for m in c.mentions for i in range(m.span.start, m.span.end)}
    _add_untagged_reporting_acronyms(doc, doc_text, clusters, lines, starts, covered)
    # the given names of exactly one person each, spelt by no other entity
    spelt_elsewhere = {
        word for c in clusters for m in c.mentions for word in m.key.split() if c.label != "PERSON"
    }
    given = {
        word: found[0]
        for word, found in given_owners.items()
        if len(found) == 1
        and word not in owners
        and word not in spelt_elsewhere
        and not is_place_name(word.title())
    }
    # the full names of bodies of a few capitalised words ("Lanternfish Audio"), by first word
    full_forms: dict[str, list[tuple[list[str], _Cluster]]] = {}
    for cluster in clusters:
        written = cluster.best_name().split()
        if (
            cluster.label == "ORG"
            and 2 <= len(written) <= 6
            and written[0].istitle()
            and written[-1].istitle()
            # ("Westmoor Fire and Rescue Service": joining words inside)
            and all(w.istitle() or w in _BODY_NAME_JOINERS for w in written)
            and sum(w.istitle() for w in written) <= 4
        ):
            full_forms.setdefault(written[0], []).append((written, cluster))
    if not owners and not short_forms and not given and not full_forms:
        return
    for token in doc:
        if token.ent_type_ or token.i in covered:
            continue
        body_named = next(
            (
                (len(words), cluster)
                for words, cluster in full_forms.get(token.text, ())
                if [t.text for t in doc[token.i : token.i + len(words)]] == words
                and not any(
                    t.ent_type_ or t.i in covered for t in doc[token.i : token.i + len(words)]
                )
            ),
            None,
        )
        if body_named is not None and not _in_boilerplate(lines, starts, token.idx):
            # "its distributor, Lanternfish Audio ... Lanternfish Audio has argued": the same
            # body again where the model missed it
            length, cluster = body_named
            span = Span(doc, token.i, token.i + length, label="ORG")
            cluster.add(_Mention.of(span, doc_text, _key(span.text), False, False, False))
            covered.update(range(span.start, span.end))
            continue
        body = short_forms.get(token.text)
        if body is not None and not _in_boilerplate(lines, starts, token.idx):
            span = Span(doc, token.i, token.i + 1, label="ORG")
            body.add(_Mention.of(span, doc_text, token.lower_, False, False, False))
            continue
        if not _capitalised(token):
            continue
        key = token.lower_ if token.is_alpha else _key(token.text)
        found = owners.get(key)
        if not found and key in given:
            if token.i > 0 and doc[token.i - 1].is_title and doc[token.i - 1].pos_ == "PROPN":
                continue  # part of a longer name
            found = [given[key]]
        if found and len(found) > 1:
            named = [c for c in found if c.first <= token.idx]
            if len(named) == 1:
                # "Gwen Pritchard ... Pritchard said ... Her mother, Eirlys Pritchard,": the
                # one named so far
                found = named
        if found and len(found) > 1:
            # "Walter and Ruth Haines": the one the text's other bare "Haines" went to
            bare = [c for c in found if any(m.key == key and not m.titled for m in c.mentions)]
            # (an untitled surname is the one the text calls by its untitled surname: not
            # "Mrs Blakey", the mother)
            found = (
                bare
                if len(bare) == 1
                else [c for c in found if any(m.key == key for m in c.mentions)]
            )
        if not found or len(found) != 1:
            continue
        if (
            token.i + 1 < len(doc)
            and doc[token.i + 1].is_title
            and doc[token.i + 1].pos_ == "PROPN"
        ):
            continue  # part of a longer name
        if _in_heading(lines, starts, token.idx):
            continue
        if token.i > 0 and doc[token.i - 1].lower_ == "the" and key not in given:
            continue  # "The Bishop of Wendbury", "The Bishop said": an office, not Canon Bishop
        span = Span(doc, token.i, token.i + 1, label="PERSON")
        found[0].add(_Mention.of(span, doc_text, token.lower_, False, False, False))
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: m.start)


def _add_untagged_reporting_acronyms(
    doc: Doc,
    doc_text: str,
    clusters: list[_Cluster],
    lines: list[Line],
    starts: list[int],
    covered: set[int],
) -> None:
    """ "In a statement the RSPCA said it had ...", the model tagging nothing: an acronym
    of three to six capitals, outside any entity, that is the subject of a verb of saying
    outside a heading is a body (the one named in full that it abbreviates, if any); its
    other bare uses are mentions of it (their tokens join ``covered``)."""
    found: dict[str, _Cluster] = {}
    for token in doc:
        if (
            token.dep_ == "nsubj"
            and token.head.lemma_ in _SPEECH_VERBS
            and _untagged_acronym(token, covered)
            and not is_common_word(token.text)
            and not _in_heading(lines, starts, token.idx)
        ):
            found.setdefault(token.text, _Cluster())
    if not found:
        return
    for acronym in found:
        # "the London Stock Exchange ... LSE said": the body it abbreviates
        spelt = [
            c
            for c in clusters
            if c.label in ("ORG", "GPE") and _initials(c.full_key) == acronym.lower()
        ]
        if len(spelt) == 1:
            found[acronym] = spelt[0]
    for token in doc:
        cluster = found.get(token.text)
        if cluster is not None and _untagged_acronym(token, covered):
            if _in_heading(lines, starts, token.idx) or _inside_quotation(doc_text, token.idx):
                continue
            span = Span(doc, token.i, token.i + 1, label="ORG")
            cluster.add(_Mention.of(span, doc_text, token.lower_, False, False, False))
            covered.add(token.i)
    for cluster in found.values():
        cluster.mentions.sort(key=lambda m: m.start)
        if cluster.mentions and not any(c is cluster for c in clusters):
            clusters.append(cluster)


def _common_noun_opening_sentences(cluster: _Cluster, lower_words: frozenset[str]) -> bool:
    """A body tagged only on one word that opens its sentences, a word the text also writes
    in lower case: a common noun capitalised by its place ("Fentanyl seizures ... rose"
    beside "a truck full of fentanyl")."""
    return cluster.label == "ORG" and all(
        len(m.span) == 1
        and m.span[0].is_sent_start
        and m.span[0].is_title
        and m.span[0].lower_ in lower_words
        for m in cluster.mentions
    )


def _untagged_acronym(token: Token, covered: set[int]) -> bool:
    """Three to six capital letters, tagged as no entity."""
    return (
        not token.ent_type_
        and token.i not in covered
        and token.is_alpha
        and token.is_upper
        and 3 <= len(token.text) <= 6
    )


def _line_kind(lines: list[Line], starts: list[int], char: int) -> str | None:
    """The kind of the line holding character ``char`` (``starts``: the lines' starts)."""
    at = bisect.bisect_right(starts, char) - 1 if lines else -1
    return lines[at].kind if at >= 0 else None


def _in_heading(lines: list[Line], starts: list[int], char: int) -> bool:
    """The character lies in a title, a heading or boilerplate: no running text."""
    return _line_kind(lines, starts, char) in ("boilerplate", "title", "heading")


def _in_boilerplate(lines: list[Line], starts: list[int], char: int) -> bool:
    """The character lies in the boilerplate that ends an article (its footer)."""
    return _line_kind(lines, starts, char) == "boilerplate"


def build_entities(doc: Doc) -> list[Entity]:
    """Clustered entities of ``doc`` in order of first mention, with ids e1, e2, ..."""
    lower_words = frozenset(t.lower_ for t in doc if t.is_lower and t.is_alpha)
    doc_text = doc.text  # spaCy rebuilds it on every access: read it once
    clusters = cluster_mentions(collect_mentions(doc, doc_text), lower_words)
    _add_missed_surnames(doc, doc_text, clusters, lower_words)
    # A member's letters alone ("MSP tells Holyrood", "A Highland MSP") are an office.
    clusters = [c for c in clusters if not all(m.key.upper() in _MEMBER_TITLES for m in c.mentions)]
    clusters = [c for c in clusters if not _common_noun_opening_sentences(c, lower_words)]
    clusters.sort(key=lambda c: c.first)
    entities: list[Entity] = []
    for number, cluster in enumerate(clusters, start=1):
        name = cluster.best_name()
        label = cluster.label
        aliases: list[str] = []
        for mention in cluster.mentions:
            if mention.text != name and mention.text not in aliases:
                aliases.append(mention.text)
        entities.append(
            Entity(
                id=f"e{number}",
                name=name,
                label=label,
                count=len(cluster.mentions),
                aliases=aliases,
                roles=roles_for(cluster) if label == "PERSON" else [],
                mentions=[Mention(m.text, m.start, m.end) for m in cluster.mentions],
            )
        )
    return entities


class EntityExtractor:
    """Sets ``doc._.factx_entities`` and the span group ``doc.spans["factx_entities"]``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not Doc.has_extension("factx_entities"):
            Doc.set_extension("factx_entities", default=None)

    def __call__(self, doc: Doc) -> Doc:
        entities = build_entities(doc)
        doc._.factx_entities = entities
        spans = []
        for entity in entities:
            for mention in entity.mentions:
                span = doc.char_span(
                    mention.start, mention.end, label=entity.label, kb_id=entity.id
                )
                if span is not None:
                    spans.append(span)
        doc.spans[SPAN_GROUP] = SpanGroup(doc, name=SPAN_GROUP, spans=spans)
        return doc


@Language.factory(
    "factx_entities",
    assigns=["doc._.factx_entities", "doc.spans"],
    requires=["doc.ents"],
    default_config={},
)
def make_entities(nlp: Language, name: str) -> EntityExtractor:
    """Clean, clustered entities with roles; place it after the NER component."""
    return EntityExtractor(nlp, name)
