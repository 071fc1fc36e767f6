"""factx quotes component: direct quotations and who said them.

Two stages:

1. :func:`scan_quotes` pairs double quotation marks over the raw text (straight and curly),
   never raising on unbalanced or stray marks. A quotation left open ends before the next
   opening mark or at the end of its line (the multi-paragraph convention).
2. :class:`QuotesExtractor` attributes each quotation with the dependency parse: the
   reporting verb (or "according to") nearest the quotation in its own sentence, the
   verb's subject (through appositives, by-phrases, "such as" examples, relative pronouns,
   inverted "said X", "quoted X as saying"), pronouns resolved by salience, short forms
   resolved to the entity records of ``doc._.factx_entities`` (spaCy entities and
   title-led names they miss are linked to those records by full name or surname),
   definite descriptions ("the chief executive", "the company") resolved by role or
   salience. A quotation with no cue of its own that continues the same voice inherits the
   previous speaker; short cue-less quoted words, titles and nicknames are "other".

``Quote.speaker`` is the entity's canonical name (or the description of an unnamed
speaker); ``Quote.speaker_text`` is the speaker as the attribution words it, with title,
appositive or relative clause ("Michael Oppenheimer, a professor ... at Princeton").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .document import Entity, Quote
from .entities import (
    CHILD_NOUNS,
    CLUB_WORDS,
    DATELINE_DASHES,
    DEMONYMS,
    FIRM_HEAD_WORDS,
    NAME_GIVING_VERBS,
    NATIONALITY_NOUNS,
    NON_PERSON_HEADS,
    PARTY_ADJECTIVES,
    POST_NOMINALS,
    ROLE_WORDS,
    finite_verb_at,
    kin_beside,
    kind_opening_a_title,
    role_joined_to_a_role,
)
from .names import (
    FEMALE_KIN,
    FEMALE_PRONOUNS,
    MALE_KIN,
    MALE_PRONOUNS,
    NEUTER_PRONOUNS,
    PLURAL_PRONOUNS,
    TITLE_ABBREVIATIONS,
    given_name_gender,
    is_common_word,
    is_country_name,
    is_demonym,
    is_given_name,
    is_known_name,
    is_place_name,
    is_surname,
    kin_sex,
    us_state,
)
from .segment import Line

# --------------------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------------------

# Lemmas of verbs that report speech, writing or a stated position (a general English
# lexicon of verbs of communication, not taken from any article).
REPORTING_VERBS = frozenset(
    """
    say tell add warn insist argue claim explain note affirm reaffirm outline articulate write
    state declare announce remark comment observe suggest admit acknowledge concede confirm
    deny reply respond answer ask urge describe predict promise vow pledge assert maintain
    contend stress emphasise emphasize reveal report tweet post quip joke complain lament
    recall reminisce recount shout cry scream whisper mutter exclaim continue conclude agree caution
    accuse criticise criticize charge allege boast brag counter retort testify hint indicate
    signal dub label brand term summarise summarize inform assure reassure plead beg demand
    question wonder muse speculate forecast proclaim pronounce quote cite chant yell sigh
    laugh mock scoff snap fume rage thunder blast slam praise hail welcome dismiss reject
    refute rebut defend justify highlight underline reiterate repeat echo recommend propose
    advise threaten order instruct disclose detail clarify elaborate specify voice express
    convey opine posit reason surmise gush enthuse rave marvel gloat grumble moan groan whine
    protest object concur disagree dispute challenge query inquire enquire implore appeal
    exhort encourage tout trumpet crow confide confess pose read interject begin told
    telling write blog email text message publish broadcast put sum believe think feel
    reckon fear hope worry acknowledge recognise recognize point call condemn denounce
    decry liken compare rule characterize characterise portray deem lambaste lash sing
    press smile grin chuckle estimate
    texte blogge
    """.split()
)  # ('texte', 'blogge': the lemmas the model gives "texted" and "blogged")
# verbs that report a retort with "back": 'fired back', 'shot back' (not 'hit back', which
# in a match report is a goal)
_RETORT_VERBS = frozenset({"fire", "shoot"})
# Verbs of opinion only count as cues when they directly introduce the quotation.
WEAK_VERBS = frozenset(
    "believe think feel reckon fear hope worry put sum point begin continue compare sing agree"
    " order direct pose read".split()
)

TITLES = frozenset(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister
    president prime minister senator sen rep gov governor mayor judge justice gen general
    col colonel capt captain lt sgt chancellor secretary king queen prince princess baron
    baroness earl duke duchess st saint chief officer
    """.split()
)
FIRST_NAME_TITLES = frozenset("sir dame".split())
HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame lord lady rev".split())
MALE_TITLES = frozenset("mr sir lord king prince baron earl duke father fr mister".split())
FEMALE_TITLES = frozenset("mrs ms miss dame lady queen princess baroness duchess sister".split())
# "her father, Murray", "his wife Cherie": a kinship noun before the name gives its sex
_KIN = MALE_KIN | FEMALE_KIN
# Nouns for people that give their sex ('the actress', 'the chairwoman', 'the king').
_FEMALE_NOUNS = FEMALE_KIN | frozenset(
    "woman girl lady queen princess duchess countess baroness actress heroine".split()
)
_MALE_NOUNS = MALE_KIN | frozenset("man boy king prince duke".split())


def _wording(description: Token) -> str:
    """A description's words up to its head, without article or owner ('welsh secretary'
    for 'the Welsh Secretary')."""
    return " ".join(
        t.lower_
        for t in description.subtree
        if t.i <= description.i and t.dep_ not in ("det", "poss")
    )


def _office_words(tok: Token) -> set[str]:
    """What a word says of an office, for matching ('Rep.' and 'congressman' both give
    'representative'): nothing for function words, numbers and words of no office."""
    if tok.pos_ not in ("NOUN", "PROPN") and tok.ent_type_ != "NORP":
        return set()
    word = tok.lemma_.lower().rstrip(".")
    if word in _NO_OFFICE_WORDS or not word.isalpha():
        return set()
    return set(_OFFICE_NAMES.get(word, (TITLE_ABBREVIATIONS.get(word, word),)))


def _put_to_you(quoted: str) -> bool:
    """A question that asks "you" something ('You were angry, weren't you?')."""
    return quoted.rstrip().endswith("?") and _SECOND_PERSON.search(quoted) is not None


def _role_noun_sex(noun: str) -> str | None:
    """The sex a person's noun gives: 'f' for 'spokeswoman', 'actress'; 'm' for 'postman',
    'husband'; else None."""
    return _noun_sex(noun) or ("m" if noun.endswith("man") else None)


def _noun_sex(lemma: str) -> str | None:
    """'f' for 'actress', 'chairwoman', 'wife'; 'm' for 'king', 'husband'; else None."""
    if lemma in _FEMALE_NOUNS or lemma.endswith("woman"):
        return "f"
    return "m" if lemma in _MALE_NOUNS else None


RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# First/second person and demonstratives never name a speaker ('this is progress: "..."').
NOT_SPEAKER_PRONOUNS = frozenset("i we you me us this these those what something".split())
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Heads of definite descriptions that are not re-descriptions of a named person.
NOT_PERSON_NOUNS = frozenset(
    "source document data figure letter email message tweet post note website site ad advert"
    " advertisement film show book poll research evidence article story editorial column essay"
    " blog piece headline caption transcript memoir diary sign banner placard notice".split()
)
# Documents that speak in court reports ('the lawsuit said'); never a person's description.
LEGAL_DOCUMENT_NOUNS = frozenset(
    "lawsuit suit complaint filing petition ruling writ order judgment judgement".split()
)
# Nouns for what someone said, whose owner speaks the quoted words ("X's claim that ...").
SPEECH_NOUNS = frozenset(
    """
    claim statement promise pledge warning assertion remark allegation accusation insistence
    argument suggestion vow boast threat admission assurance prediction plea demand pitch
    """.split()
)
# what a sentence pointing back at a quotation calls it ('Those were the words of X')
_POINTED_WORDS = frozenset(
    "word words message verdict view response reaction assessment comment question answer "
    "advice call conclusion opinion sentiment line rallying cry confession complaint forecast "
    "prognosis diagnosis summary estimate guess explanation reasoning case".split()
)
# Verbs of perceiving or recording someone in the act ('heard X saying').
PERCEPTION_VERBS = frozenset("hear see watch show film catch record overhear".split())
# Institutions a definite article makes unique by itself ('the government', 'the police').
STATE_NOUNS = frozenset("government ministry police army military parliament court".split())
# Nouns for a gathering of people: 'the crowd chanted' is many voices, never one person
# named before.
GROUP_NOUNS = frozenset(
    """crowd audience congregation mob throng gathering community public electorate
    opposition""".split()
)
# Words that make a title another office than the one described ('Shadow Welsh Secretary').
_OTHER_OFFICE_WORDS = frozenset(
    "shadow former deputy vice assistant acting ex opposition rival fellow interim".split()
)
# Nouns for sources that news writing usually leaves unnamed ('the spokesman said').
UNNAMED_SOURCE_NOUNS = frozenset(
    "source official spokesman spokeswoman spokesperson insider aide witness".split()
)
# Nouns for a stated view that 'is/was' can equate with quoted words ('"...," is the verdict
# of X'); with SPEECH_NOUNS.
VERDICT_NOUNS = frozenset(
    """assessment verdict view message response reply answer comment words conclusion advice
    explanation summary judgement judgment diagnosis slogan motto mantra reaction retort
    riposte question verdict opinion prediction forecast""".split()
)
DESCRIPTIVE_PREPS = frozenset("of for at from with to".split())  # "a spokesman for X"
EXAMPLE_PREPS = frozenset({"as", "including", "like"})  # "such as X", "including X"
DOCUMENT_NOUNS = frozenset(
    "report statement study survey paper newspaper letter document analysis review comment"
    " remark release memo motion resolution communique advisory bulletin mailer flyer flier"
    " leaflet pamphlet brochure advert advertisement".split()
)
# Writings whose writer speaks through them when named with them ('In a letter to staff,
# X wrote ...', 'a letter from X', 'X endorsed Y in an editorial'); else they speak as
# themselves ('the letter said').
AUTHORED_NOUNS = frozenset(
    "letter memo memorandum editorial email e-mail note column article essay blog message".split()
)
# What a writer does with or in a writing, besides saying ('X endorsed Y in an editorial',
# 'X sent a letter'); not 'read', 'publish' or 'appear in', which others do with it.
_WRITING_VERBS = frozenset("write send issue endorse pen draft sign".split())
# Where a post appears ("on O'Driscoll's Instagram account").
_ACCOUNT_NOUNS = frozenset({"account", "page", "feed", "channel", "profile"})
# What one posts on social media, as a verb and a noun ('posted ... the post said').
_POSTING_VERBS = frozenset({"post", "tweet"})
# Verbs whose object is a document its subject speaks through ('X issued a statement calling').
ISSUE_VERBS = frozenset("issue release publish make send post put give deliver write".split())
# Recordings that show a person speaking ('footage of X saying').
MEDIA_NOUNS = frozenset("footage video clip recording tape audio film".split())
PRENOMINAL_DETERMINERS = frozenset("the a an its his her their our this that these those".split())
SENTENCE_END = frozenset({".", "!", "?"})
_BULLETS = frozenset({"-", "–", "—", "•", "*"})
# Words that make an office a lesser or a different one ('deputy prime minister').
_LESSER_RANKS = frozenset("deputy vice shadow assistant junior former".split())
# Ranks called by their last word whatever comes before it ('Vice Adm. X' is 'the admiral').
_MILITARY_RANKS = frozenset("admiral general colonel commander marshal".split())
# Offices one person holds at a time: 'the mayor' is not 'the prime minister'.
_MINISTERIAL = frozenset("minister secretary chancellor premier".split())
_OFFICES: dict[str, frozenset[str]] = {
    **dict.fromkeys(_MINISTERIAL, _MINISTERIAL),
    **{
        office: frozenset({office})
        for office in "president mayor governor king queen pope speaker senator ambassador".split()
    },
}
# Offices one person holds in a place, which nobody titled otherwise holds ('the mayor').
_ELECTED_HEADS = frozenset({"mayor", "governor"})
# Verbs whose object is the words spoken, which a sentence of its own can attribute
_SPEAKING_VERBS = frozenset(
    "say tell add shout explain insist declare announce write claim exclaim yell scream"
    " state remark".split()
)
# Kinds a title belongs to: "Novelist Arthur Hailey" is "the writer", "Arsenal striker X"
# "the player".
_ROLE_KINDS: dict[str, str] = {
    **dict.fromkeys(
        """novelist author playwright dramatist poet screenwriter scriptwriter columnist
        lyricist songwriter biographer""".split(),
        "writer",
    ),
    **dict.fromkeys(
        """striker midfielder defender goalkeeper keeper winger forward full-back fullback
        centre-back centre-half prop hooker lock flanker fly-half scrum-half centre wing
        batsman batswoman batter bowler wicketkeeper all-rounder quarterback linebacker
        cornerback halfback tailback receiver pitcher shortstop outfielder infielder catcher
        reliever""".split(),
        "player",
    ),
    **dict.fromkeys(
        "guitarist drummer bassist pianist violinist cellist vocalist singer".split(),
        "musician",
    ),
}
# a title before a name that a news text re-describes with its everyday word ('Arsenal
# manager X' ... 'the Arsenal boss'); not an office given after the name ('the manager of
# the Dagenham plant, Kevin Hall')
# ("Mr Justice Harlow" is "the judge")
# What a Queen's or King's Counsel is called after the name ('X QC ... the barrister').
_COUNSEL_ROLES = frozenset({"barrister", "counsel", "lawyer", "silk"})
_TITLE_SYNONYMS = {
    "manager": "boss",
    "boss": "manager",
    "justice": "judge",
    # ('Dr Suresh Iyer ... the doctor said')
    "dr": "doctor",
    "dr.": "doctor",
    # ('Nigeria striker Babatunde Adeyemi ... said the forward')
    "striker": "forward",
    "forward": "striker",
    "goalkeeper": "keeper",
    "keeper": "goalkeeper",
}
_BODY_SYNONYMS = {"watchdog": "regulator", "regulator": "watchdog"}
# The last words of the names of bodies of a kind ('the union' may be 'the X Association').
_BODY_NAME_HEADS = {"union": frozenset("association federation guild confederation".split())}
# Last words of the names of unions, which no text calls 'the company' or 'the operator'.
_UNION_HEADS = frozenset({"union"}) | _BODY_NAME_HEADS["union"]
# A nation's name, noun for its people and adjective, where one is no prefix of another.
_NATION_FORMS = {
    form: adjective
    for adjective, forms in {
        "british": "britain uk briton brit",
        "american": "us usa america yank",
        "english": "england englishman englishwoman",
        "scottish": "scotland scot scotsman scotswoman",
        "welsh": "wales welshman welshwoman",
        "irish": "ireland irishman irishwoman",
        "french": "france frenchman frenchwoman",
        "dutch": "netherlands holland dutchman",
        "danish": "denmark dane",
        "swedish": "sweden swede",
        "finnish": "finland finn",
        "polish": "poland pole",
        "spanish": "spain spaniard",
        "turkish": "turkey turk",
        "croatian": "croatia croat",
        "serbian": "serbia serb",
        "swiss": "switzerland",
        "australian": "australia aussie",
        "austrian": "austria",
        "italian": "italy",
        "chinese": "china",
        "norwegian": "norway",
        "belgian": "belgium",
        "portuguese": "portugal",
        "canadian": "canada",
        "mexican": "mexico",
        "greek": "greece",
        "argentine": "argentina argentinian",
        "new zealander": "new zealand kiwi",
    }.items()
    for form in [adjective, *forms.split()]
}


def _same_nation(a: str, b: str) -> bool:
    """Two words for one nation: 'Croatia', 'Croatian' and 'Croat'; 'Britain's' and 'the
    Briton'."""
    a, b = (_NATION_FORMS.get(w.lower(), w.lower()) for w in (a, b))
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


# Recordings that show someone speaking, and what they do with them.
_RECORDING_NOUNS = frozenset(
    "ad advert advertisement commercial spot video clip footage recording film".split()
)
_SHOWING_VERBS = frozenset("show feature depict capture end open begin close".split())
# Verbs of asking: who asks is not who answers.
_QUESTION_VERBS = frozenset({"ask", "question", "quiz", "query"})
# Bodies named for their members ('the players' union', 'the nurses' association').
_MEMBERS_BODY_NOUNS = frozenset("union association guild federation".split())
# Prepositions of place that open a sentence's adjunct ('Outside court, the presenter ...').
_PLACE_PREPOSITIONS = frozenset({"outside", "inside"})
# Verbs of questioning someone hard ('Sen. Han, who pressed Solberg on why ...').
_PRESSING_VERBS = frozenset({"press", "grill", "interrogate", "cross-examine"})
# Verbs of an answer to a question just put ('she answered').
_REPLY_VERBS = frozenset({"answer", "reply", "respond", "retort"})
# Verbs whose object is the one spoken to ('he told Barfield', 'asked Choi').
_TELLING_VERBS = _QUESTION_VERBS | {"tell"}
# Verbs that make someone do something ('prompting the doctor to warn').
_CAUSING_VERBS = frozenset("prompt lead cause force spur drive move provoke".split())
# Nouns of an answer someone gets ('received a one-word reply: "..."').
_ANSWER_NOUNS = frozenset({"reply", "response", "answer"})
# Verbs of getting in touch with someone, whose object answers ('texted X and received').
_CONTACTING_VERBS = frozenset(
    "text texte message email e-mail call phone ring write contact ask tweet".split()
)
# Bodies that oversee others: 'the regulator' is not the building society it fined.
_OVERSIGHT_NOUNS = frozenset("regulator ombudsman watchdog".split())
# Head words of the names of public bodies, which no text calls 'the company'.
_PUBLIC_BODY_HEADS = frozenset(
    """administration agency commission authority department ministry office court
    bureau regulator service inspectorate ombudsman parliament congress senate police guard
    army navy""".split()
)
# Groups of a party's members ('the Labour group' on a council, 'the Republican caucus').
_PARTY_GROUP_NOUNS = frozenset("group caucus bloc faction".split())
# Words naming a party that may qualify its group (and councils' independents).
_GROUPS_PARTY_WORDS = PARTY_ADJECTIVES | {"independent"}
# Kinds of body that trade, which no text calls 'the regulator'.
_TRADING_NOUNS = frozenset(
    """company firm bank lender insurer society retailer airline carrier operator maker
    manufacturer supermarket carmaker automaker drugmaker brewer grocer utility conglomerate
    brewery distillery developer housebuilder publisher bookmaker chain subsidiary""".split()
)
# words that set one noun phrase against another ('X rather than Y', 'X, not Y')
_CONTRASTING_WORDS = frozenset("than instead not unlike versus vs".split())
# bodies of a kind no other body is taken for: 'the party' is no newspaper named before
_DISTINCT_BODY_NOUNS = frozenset("party union club band council charity".split())
# verbs a thing can be the subject of, to say what it shows ('the meeting indicated that')
_EVIDENCE_VERBS = frozenset("indicate suggest signal show reveal prove mean".split())
# Points in time a participle may hang from ('at one point telling MPs').
_OCCASION_NOUNS = frozenset("point moment time stage juncture".split())
# who an answer addresses, as it ends or opens ('Two of eight, congressman.', 'Senator,
# I did not'): a title or a name of one to three words
_VOCATIVE_START = re.compile(r"\s*((?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w'-]*),\s")
# a name or title set off by a comma at the end of a sentence ('..., Quinton. Page after
# page.', '..., Mr. Chairman.', 'Without conditions, senator')
_VOCATIVE = re.compile(
    r",\s+((?:[A-Z][\w.'-]*\s+){0,2}[A-Za-z][\w'-]*)(?:[.!?]+(?:[\"”]|\s|$)|[\"”]?$)"
)
# a titled name set off by commas inside a sentence, before a question or a clause ('And
# in the meantime, Mr. Satriani, what happens ...?')
_VOCATIVE_INSIDE = re.compile(
    r",\s+((?:Mr|Mrs|Ms|Miss|Dr|Senator|Sen|Judge|Governor|Gov|Congressman|Congresswoman)"
    r"\.?\s+[A-Z][\w'-]*),\s+(?:what|why|how|when|where|who|is|are|do|does|did|can|could"
    r"|would|will|should|have|has|you|I)\b"
)
# a name or title that is the whole quotation, as a question ('"Mr. Engebretsen?"')
_VOCATIVE_ALONE = re.compile(r"\s*((?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w'-]*)\?\s*$")
# an office addressed in lower case between commas ('With respect, senator, it's ...')
_VOCATIVE_OFFICE = re.compile(
    r",\s+(senator|judge|governor|congressman|congresswoman|chairman|chairwoman|mayor"
    r"|minister|councillor|councilman|councilwoman)[,.!?]"
)
# someone addressed as sir or madam ('No, sir.', 'Yes, ma'am, we did.')
_GENERIC_VOCATIVE = re.compile(r"(?:^|,\s+)(?:sir|ma['’]am|madam)(?:[.,!?]|$)", re.IGNORECASE)
# a member of a legislature addressed in the third person on the floor ('Will the
# gentleman yield?')
_FLOOR_ADDRESS = re.compile(
    r"\bthe (?:gentleman|gentlewoman|gentlelady|honou?rable (?:member|gentleman|lady))\b",
    re.IGNORECASE,
)
# people whose job is to ask ('"Is that on the table?" the reporter asked.')
_ASKING_JOBS = frozenset("reporter interviewer questioner moderator".split())
# who asks, sources and officers of a court: never the one a story is about unless named
# as such
_UNNAMED_UNLESS_NAMED = _ASKING_JOBS | frozenset("source insider judge magistrate coroner".split())
_QUESTIONER_NOUNS = _ASKING_JOBS | frozenset("journalist correspondent presenter".split())
# Titles of a named person whose job is to ask ('Host Dana Whitcombe').
_ASKING_TITLES = _QUESTIONER_NOUNS | frozenset("host anchor".split())
# A question-and-answer transcript's labels for the interviewer's and the interviewee's
# turns ('Q: "Are you?"', 'A: "No."').
_TURN_LABELS = frozenset("Q A".split())
# The titles of a member of the US House, one re-described by another.
_HOUSE_MEMBERS = frozenset("representative congressman congresswoman".split())
# Members of a legislature, each 'the lawmaker' once named.
_LAWMAKERS = frozenset("senator representative congressman congresswoman mp msp legislator".split())
# A team's players and the staff who pick them: one is not described as the other.
_PLAYING_ROLES = frozenset(role for role, kind in _ROLE_KINDS.items() if kind == "player")
_STAFF_ROLES = frozenset("manager boss coach physio doctor chairman".split())
# Verbs of a stance a body may voice before its own words ('The firm expects ...').
_STANCE_VERBS = frozenset("expect believe hope plan want think feel fear aim intend".split())
# Verbs that give a name to someone described ('She was later identified as X').
_NAMING_VERBS = frozenset({"identify", "name"})
# Nouns for someone whose office a lead leaves unsaid ('a senior FEMA official').
_GENERIC_OFFICIAL_NOUNS = frozenset({"official", "officer", "executive"})
# Verbs that carry on what the last speaker was saying ('The former international added').
_GOING_ON_VERBS = frozenset({"add", "continue"})
# Verbs of appealing for something ('called for "federal dollars"', 'urged the public').
_APPEALING_VERBS = frozenset("call urge demand appeal implore plead".split())
# Verbs of answering one may be given the time or the chance to do ('30 seconds to respond').
_FLOOR_VERBS = _REPLY_VERBS | {"rebut", "speak"}
# Head nouns of definite descriptions that refer back to an organisation ("the company said").
ORG_NOUNS = frozenset(
    """
    company firm group bank newspaper paper magazine agency ministry department government
    council union party club report statement study survey board committee commission court
    regulator retailer airline carrier operator maker manufacturer giant watchdog body
    organisation organization association federation institute charity broadcaster network
    channel website authority army team league consortium fund chain business alliance
    coalition campaign movement lobby partnership forum jury panel tribunal inquiry
    subsidiary division office exchange insurer lender supermarket studio publisher bookmaker
    carmaker automaker drugmaker brewer grocer utility conglomerate brewery distillery
    developer housebuilder label society trust foundation school university college hospital
    museum gallery festival orchestra force journal system military cooperative co-op
    guild district band choir syndicate collective
    """.split()
)
# Nouns a person who speaks may be described by: an office or role, or an unnamed source.
SOURCE_NOUNS = ROLE_WORDS | UNNAMED_SOURCE_NOUNS
# Nouns for a body or a document that speaks: 'the committee said', 'the report said'.
BODY_NOUNS = DOCUMENT_NOUNS | ORG_NOUNS
NOT_SPEAKER_ENTS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
)
INVERTED_DEPS = frozenset({"dobj", "attr", "dep", "npadvmod", "appos", "nsubj"})
# Object and reflexive pronouns are never an inverted speaker ('gave answers himself').
NOT_INVERTED_PRONOUNS = frozenset(
    "him them me us her himself herself itself themselves myself ourselves yourself".split()
)
# Verbs whose infinitive complement is done by their subject, not their object
# ('promised voters to cut taxes'); with use/take/seize the object is a means or an
# occasion ('used a Christmas message to denounce', 'took the opportunity to warn').
SUBJECT_CONTROL = frozenset("promise vow pledge threaten offer use take seize".split())
# Adjectives whose infinitive the copula's subject performs ('he was due to say').
_SPEAKING_ADJECTIVES = frozenset(
    "due set quick keen eager careful ready happy willing able anxious glad likely sure "
    "certain unable reluctant determined prepared".split()
)

_OPENERS = "“„«‟"
_CLOSERS = "”»"
_MARKS = re.compile(r"[\"“”„«»‟＂\n]")
_LEFT_OPEN = set("([{—–-/\u00a0")
_RIGHT_CLOSE = set(",.;:!?)]}—–-…'’")
_SIGNATURE = re.compile(r"[”\"]\s*([―—–])\s*[^\W\d_][^\n\"“”―—–]{0,60}$")
_WORDS = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_ALNUM = re.compile(r"[^\W_]")
# Words that end the head of a described speaker's noun phrase.
_HEAD_ENDS = frozenset("for of at from with to in on who which that".split())
_SMALL_WORDS = frozenset("a an the of and or in on at to for with from by is vs".split())
# Where a closing mark was dropped before the attribution: '... to "wait and see', the
# organisation said in its report.' (a comma, then a short subject and a reporting verb);
# not words the quotation itself reports ('..., people said 'you are dreaming' but ...',
# '..., they said goodbye to their parents here.').
_DROPPED_CLOSE = re.compile(
    r"[,!?]['’]?(?=[ ]+(?:(?!(?i:I|we|you|they|as|and|but|if|so|that|which|who|what)\b)"
    r"[\w.'’-]+[ ]+){1,4}?"
    r"(?:said|says|added|adds|noted|notes|warned|warns|told|tells|explained|insisted|"
    r"argued|claimed|stressed|continued)\b(?![ ]+['‘])[^\n\"“”]*[.!?](?:[ ]|$))"
)


# --------------------------------------------------------------------------------------
# Stage 1: quotation marks
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RawQuote:
    """A quotation found by the scanner: ``text[start:end]`` is inside the marks."""

    start: int
    end: int
    open_mark: int
    close_mark: int  # -1 when the closing mark is missing
    line: int


def _mark_role(text: str, i: int) -> str:
    """'open', 'close' or 'either' for the quotation mark at ``i``."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    left_open = prev.isspace() or prev in _LEFT_OPEN or prev in _OPENERS or prev in "‘"
    right_close = nxt.isspace() or nxt in _RIGHT_CLOSE or nxt in _CLOSERS
    if ch in _OPENERS:
        # A curly opener used as a closer (glued to the word before, followed by a space).
        return "close" if (not left_open and right_close) else "open"
    if ch in _CLOSERS:
        return "open" if (left_open and not right_close) else "close"
    if left_open and not right_close:
        return "open"
    if right_close and not left_open:
        return "close"
    return "either"


def _closes_later(text: str, newline: int, max_lines: int = 4) -> bool:
    """An open quotation goes on over the paragraph break at ``newline``: the next lines
    carry no quotation mark until one that closes (a word set apart as its own paragraph
    inside a quotation: '"... I\n\nwas\n\nprime minister," says X')."""
    pos = newline + 1
    seen = 0
    while seen < max_lines and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            seen += 1
            match = _MARKS.search(text, pos, end)
            if match is not None:
                return _mark_role(text, match.start()) in ("close", "either")
        pos = end + 1
    return False


def scan_quotes(text: str) -> list[RawQuote]:
    """Pair double quotation marks line by line; never raises."""
    found: list[RawQuote] = []
    open_at = -1
    line = 0

    def emit(start: int, end: int, close_mark: int) -> None:
        if close_mark < 0:
            dropped = _DROPPED_CLOSE.search(text, start, end)
            if dropped is not None:
                # the words end where their attribution begins: a closing mark is taken
                # to stand, unprinted, in the space after them
                end = close_mark = dropped.end()
            while end > start and text[end - 1].isspace():
                end -= 1
        if end > start and _ALNUM.search(text, start, end):
            found.append(RawQuote(start, end, start - 1, close_mark, line))

    for match in _MARKS.finditer(text):
        i = match.start()
        if text[i] == "\n":
            if open_at >= 0 and not _closes_later(text, i):
                emit(open_at + 1, i, -1)
                open_at = -1
            line += 1
            continue
        role = _mark_role(text, i)
        if role == "either":
            role = "close" if open_at >= 0 else "open"
        if role == "open":
            if open_at >= 0:  # previous quotation never closed: it ends here
                emit(open_at + 1, i, -1)
            open_at = i
        elif open_at >= 0:
            emit(open_at + 1, i, i)
            open_at = -1
    if open_at >= 0:
        emit(open_at + 1, len(text), -1)
    return found


# --------------------------------------------------------------------------------------
# Stage 2: attribution
# --------------------------------------------------------------------------------------


@dataclass
class Speaker:
    """Who said a quotation: an entity (name, id) or a description."""

    name: str
    entity_id: str | None = None
    label: str | None = None
    key: str = ""
    gender: str | None = None


@dataclass
class _Mention:
    first: int  # token indices, inclusive
    last: int
    speaker: Speaker
    subject: bool


def _predicative(noun: Token) -> bool:
    """The noun says what someone named or referred to by a pronoun is or works as ("He
    wanted to be a writer", "Hailey worked as a screenwriter"): it introduces nobody new
    ("The only survivor was a fisherman" does)."""
    if noun.dep_ in ("attr", "oprd"):
        verb = noun.head
    elif (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "as"
        and (
            noun.head.head.pos_ in ("VERB", "AUX")
            # ('Her daughter, Abena, qualified as a nurse': the participle taken for an
            # adjective)
            or (noun.head.head.pos_ == "ADJ" and noun.head.head.lower_.endswith("ed"))
        )
    ):
        verb = noun.head.head
    else:
        return False
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head  # "He wanted to be a writer": the subject of "wanted"
    if verb.dep_ == "amod":
        # ('Her daughter, Abena Mensah, qualified as a nurse': the one named beside it)
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in verb.head.children)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ in ("PRON", "PROPN")


def _strip_title(words: list[str]) -> list[str]:
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return words


def _title_before(text: str, start: int, mention: str) -> str:
    """The title word starting a mention or right before it ('Sir' in 'Sir Howard')."""
    words = mention.split()
    if words and words[0].lower().rstrip(".") in TITLES:
        return words[0].lower().rstrip(".")
    before = text[max(0, start - 12) : start].split()
    return before[-1].lower().rstrip(".") if before else ""


def _display_name(name: str) -> str:
    """A speaker name without stray dashes or sentence punctuation around it."""
    clean = name.strip(" ―—–-,;:")
    last = clean.split()[-1] if clean.split() else ""
    if clean.endswith(".") and len(last) > 2 and last.count(".") == 1:
        clean = clean[:-1]  # "M&S." at the end of a sentence, not "Jr." or "U.S."
    return clean or name


def _clean_name(text: str) -> str:
    text = text.strip()
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.lower().startswith("the "):
        text = text[4:]
    return text.strip(" ,.;:")


_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
_PERSONAL_PRONOUNS = _FIRST_PERSON | {"he", "him", "his", "she", "her"}


class _DocIndex:
    """Per-document lookups: token -> entity/speaker, sentence boundaries, salience."""

    def __init__(self, doc: Doc, quote_of_token: list[int], text: str) -> None:
        self.doc = doc
        self.text = text
        self.quote_of_token = quote_of_token
        self.entity_of_token: dict[int, Speaker] = {}
        self.mention_span: dict[int, tuple[int, int]] = {}
        self.mentions: list[_Mention] = []
        self._profiles: dict[str, tuple[set[str], set[str]]] | None = None
        # the speakers of the quotations read so far, with the token each quotation ends at
        # and whether it asked a question
        self.recent_speakers: list[tuple[int, Speaker, bool]] = []
        # the words of each quotation a speaker was found for, by its last token
        self.quote_text_at: dict[int, str] = {}
        # the last tokens of quotations that were paragraphs of their own with no cue
        self.bare_turns: set[int] = set()
        # where quotations a question verb cues end ('"...?" the chief justice asked')
        self.asked_with_cue: set[int] = set()
        # where quotations a teller told end, with the sex of the pronoun that is not the
        # teller: the one told ('one voter had told her that "..."'), or the one who
        # reports the telling ('He said a council official had told parents that "..."')
        self.not_the_teller_sex: dict[int, str] = {}
        # unnamed people described by a noun no list shows is a person's, by the sex of the
        # pronoun a sentence reports of them ('A juror said he was not sure'), by key
        self.described_sex: dict[str, str] = {}
        # where the recent quotations that were words inside a sentence of the text end
        self.fragment_ends: set[int] = set()
        self._roles_of: dict[tuple[int, int], frozenset[str]] = {}  # by a mention's span
        self.gender: dict[str, str] = {}  # from titles ('Mr', 'Lady'): certain
        self.name_gender: dict[str, str] = {}  # from given names: a preference
        # descriptions of speakers named only after them ('the Welsh Secretary'), by wording,
        # and the roles so learned, by person
        self.named_later: dict[str, Speaker] = {}
        self.learned_roles: dict[str, set[str]] = {}
        # who each examiner ('Under questioning by X, Y said') questions
        self.examined: dict[str, Speaker] = {}
        # how often 'he' and 'she' were resolved to each person (a preference)
        self.pronoun_votes: dict[str, Counter[str]] = {}
        # from 'X said she ...' (a preference): the speaker's key, the sex, the name's token
        self._reported_gender: list[tuple[str, str, Token]] = []
        self._pronoun_subjects_of: dict[tuple[int, str | None], list[Token]] = {}
        self._first_noun_at: dict[str, int] | None = None
        self._indefinite_uses: dict[str, list[int]] | None = None
        self._people_of_age: dict[int, set[str]] | None = None
        self.by_name: dict[str, Speaker] = {}
        self.by_surname: dict[str, Speaker] = {}
        # the people the quotation being attributed names ('I said to Harry ...')
        self.named_in_quote: frozenset[str] = frozenset()
        # 'the report' is one document all through an article: whose it is, once resolved
        self.document_owner: dict[str, tuple[Speaker, int]] = {}
        # 'The Commons education select committee' ... 'the select committee'
        self.named_bodies: dict[str, tuple[Speaker, int]] = {}
        entities: list[Entity] = list(getattr(doc._, "factx_entities", None) or [])
        self._build(entities)
        self.mention_ends = [m.last for m in self.mentions]
        censused: set[str] = set()  # people whose given name's sex the census lists give
        for m in self.mentions:
            # no title says it: the given name of a full name does ('Melanie Smith' is 'she')
            if m.speaker.label == "PERSON" and m.speaker.key not in self.gender:
                words = _strip_title(m.speaker.name.split())
                # (a name used alone is a given name when no surname is spelt so: 'Lucy, 36')
                alone = len(words) == 1 and not is_surname(words[0])
                sex = given_name_gender(words[0]) if len(words) > 1 or alone else None
                if sex is not None:
                    self.name_gender[m.speaker.key] = sex
                    if is_given_name(words[0], international=False):
                        censused.add(m.speaker.key)
        for key, sex, name in self._reported_gender:
            if key not in self.gender and not self._other_candidate(key, sex, name):
                if key in censused:
                    self.name_gender.setdefault(key, sex)
                else:
                    # ('Rep. Wanjiru X ... announced that she would not run': the text
                    # outweighs a guess from a given name the census lists lack)
                    self.name_gender[key] = sex

    # ---- building ----------------------------------------------------------------
    def _add_mention(self, span: Span, speaker: Speaker) -> None:
        for t in span:
            self.entity_of_token[t.i] = speaker
            self.mention_span[t.i] = (span.start, span.end - 1)
        before = self.doc[span.start - 1] if span.start > 0 else span[0]
        for word in {before.lower_.rstrip(".") if before.is_title else "", span[0].lower_}:
            # (a title is capitalised: 'sister Mairi' is kin, 'Sister Mairi' a nun)
            if word in MALE_TITLES:
                self.gender.setdefault(speaker.key, "m")
            elif word in FEMALE_TITLES:
                self.gender.setdefault(speaker.key, "f")
        kin = kin_beside(span)
        if kin is not None and kin.pos_ == "NOUN" and (sex := kin_sex(kin.lower_)) is not None:
            self.gender.setdefault(speaker.key, sex)
        for c in span.root.children:
            if (
                c.dep_ == "appos"
                and c.pos_ == "NOUN"
                and span.end < len(self.doc)
                and self.doc[span.end].text == ","
                and c.left_edge.i == span.end + 1
            ):
                sex = _noun_sex(c.lemma_.lower())
                if sex is not None:
                    # 'Fiona Gallagher, a campaign spokeswoman,': the role says which sex
                    self.gender.setdefault(speaker.key, sex)
        if self.quote_of_token[span.start] >= 0:
            return
        root = span.root
        if root.dep_ == "nsubj" and _dateline(root):
            return  # 'NEW YORK - A former accountant testified': where, not who
        if _in_a_dateline(span):
            return  # 'BROOKHAVEN, Ohio — The police chief ...': the state of the dateline
        if _dateline_credit(span):
            return  # 'LONDON (Reuters) -': the wire that sends the story, not in it
        reported = _reported_pronoun(root)
        if reported is not None and self.quote_of_token[reported.i] < 0:
            # (not 'Jones added: "She was pleased ..."': quoted words report nothing of him)
            sex = "m" if reported.lower_ == "he" else "f"
            self._reported_gender.append((speaker.key, sex, root))
        subject = (
            any(t.dep_ in SUBJECT_DEPS for t in span)
            or root.dep_ in SUBJECT_DEPS
            # 'Ninth seed Nalbandian had ...': a name in apposition to the subject
            or (root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS)
            # 'One of the individual plaintiffs, Tremaine Whitfield, said': the one named
            or (
                root.dep_ == "appos"
                and root.head.dep_ == "pobj"
                and root.head.head.lower_ == "of"
                and root.head.head.head.lower_ == "one"
                and root.head.head.head.dep_ in SUBJECT_DEPS
            )
            # 'The committee's chairwoman, Sen. Ragnhild Easterling, opened by ...', the
            # verb parsed as a participle modifying the role noun
            or (
                root.dep_ == "appos"
                and root.head.dep_ == "ROOT"
                and root.head.pos_ == "NOUN"
                and any(c.dep_ == "acl" and c.i > span.end for c in root.head.children)
            )
            # 'Faulkner-Ruiz, 51, spent Tuesday in ...', the verb parsed as a participle
            # modifying the name
            or (
                root.dep_ == "ROOT"
                and root.pos_ == "PROPN"
                and any(
                    c.dep_ == "acl" and c.i > span.end and c.tag_ in ("VBN", "VBD")
                    for c in root.children
                )
            )
            # 'Rep. Leocadia Fontaine-Obi (D-La.) appeared': the parser made the party and
            # state in brackets the subject
            or _subject_in_brackets_after(span)
            # 'Tegid shrugs when she hears this', parsed as a noun 'shrugs' the name modifies
            or _verb_read_as_noun(root)
            # 'Okonjo, seeking a third term, said', the name parsed as an adjunct
            or _opening_name_of_subjectless_verb(span)
            # '... at Carrow Road and Keegan sympathised', the name taken for a conjunct
            or _name_before_subjectless_verb(span)
            # 'In Bayou Clement, Rosalind Thibodeaux, 71, sat', the name joined to the place
            or _name_after_opening_phrase(span)
            # 'Others targeted include X, Y and Z, elections chief Lord Rennard said.'
            or _name_before_closing_report(span)
            # 'Her neighbour, butcher Ray Fairweather, said', the role read as a verb
            or _role_read_as_verb(root)
            # 'written by Gethin Pryor-Lloyd, a former reporter, who said ...': the one the
            # sentence reports speaking
            or _speaks_in_relative_clause(root)
            # "Mr Campbell's e-mail suggested ...": the writer speaks through it
            or _writer_of_the_subject(root)
            # 'One of them is Mariam, a 29-year-old woman who ...': who a sentence
            # identifies is what it is about
            or _identified(root)
            # 'A neighbor, who gave only his first name, Lionel, said': the subject named
            or _naming_itself(root) is not None
            # 'he identified himself to reporters as Gary Pruszynski': the subject's name
            or _named_by_oneself(root)
            # 'Farmer and parish councillor Bethan Rowse said', the name joined to the role
            or (
                root.dep_ == "conj"
                and root.head.dep_ in SUBJECT_DEPS
                and root.head.pos_ in ("NOUN", "PROPN")
                and root.head.i not in self.entity_of_token
                and role_joined_to_a_role(self.doc[root.head.i : root.head.i + 1])
            )
        )
        if (
            span.end < len(self.doc)
            and self.doc[span.end].tag_ == "POS"
            and not _writer_of_the_subject(root)
        ):
            subject = False  # "Donal's older brother, Padraic, posted": the owner, however parsed
        elif root.dep_ == "appos" and _opening_owned_noun(root.head):
            subject = True  # ... and Padraic, set beside the noun owned, the subject
        self.mentions.append(_Mention(span.start, span.end - 1, speaker, subject))

    def _other_candidate(self, key: str, sex: str, name: Token) -> bool:
        """Another person who may be 'she' is named in the sentence of 'X said she' or in the
        one before: one of that sex, or of unknown sex in the same sentence or as the object
        of the one before ("Evans paid tribute to Zoe Ball. Evans said she was the best")."""
        sent = name.sent
        first = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for m in self.mentions[bisect_left(self.mention_ends, first) :]:
            if m.first >= sent.end:
                break
            if m.first < first or m.speaker.label != "PERSON":
                continue
            if m.speaker.key == key:
                continue
            other = self.gender.get(m.speaker.key) or self.name_gender.get(m.speaker.key)
            if other == sex or (
                other is None
                # one of unknown sex: in the same sentence, or the object of the one before
                and (m.first >= sent.start or self.doc[m.last].dep_ in ("pobj", "dobj", "dative"))
            ):
                return True
        return False

    def _register(self, speaker: Speaker, names: Iterable[str]) -> None:
        for raw in names:
            name = _clean_name(raw)
            if not name:
                continue
            self.by_name.setdefault(name.lower(), speaker)
            if speaker.label == "PERSON":
                words = _strip_title(name.split())
                last = words[-1].lower() if words else ""
                known = self.by_surname.get(last)
                if last and (
                    known is None
                    or (known.entity_id is None and len(speaker.name) > len(known.name))
                ):
                    self.by_surname[last] = speaker

    def _build(self, entities: list[Entity]) -> None:
        """Mentions from factx entities, then spaCy entities and title-led names not
        covered by them, linked to the entity records by full name or surname."""
        doc = self.doc
        text = self.text
        spans: list[tuple[Span, Speaker]] = []
        covered: set[int] = set()
        records = [(ent, Speaker(ent.name, ent.id, ent.label, key=ent.id)) for ent in entities]

        # surnames of people named in full with a given name, not a title
        family_names = {
            words[-1].lower()
            for ent in entities
            if ent.label == "PERSON"
            and len(words := _clean_name(ent.name).split()) > 1
            and words[0].lower().rstrip(".") not in TITLES
        }

        def bare_words(ent: Entity) -> list[str]:
            words = _clean_name(ent.name).split()
            if (
                len(words) == 2
                and words[1].lower() in family_names
                and given_name_gender(words[0]) is not None
            ):
                # 'Earl Dempsey, 71, ... His wife, Loretta Dempsey': a given name that is
                # also a title, beside a relative of that surname
                return words
            return _strip_title(words)

        # full-name people first, so that short forms can link to them
        for ent, speaker in records:
            if ent.label == "PERSON" and len(bare_words(ent)) > 1:
                self._register(speaker, [ent.name, *ent.aliases, *(m.text for m in ent.mentions)])
        for n, (ent, speaker) in enumerate(records):
            words = bare_words(ent)
            if ent.label == "PERSON" and len(words) > 1:
                continue
            titles = {_title_before(text, m.start, m.text) for m in ent.mentions}
            titled = bool(titles & HONORIFICS)
            person = None
            if len(words) == 1 and (
                ent.label == "PERSON" or titled or ent.label in ("ORG", "NORP")
            ):
                # a surname the tagger mislabelled or left unmerged: the person's record
                person = self.by_surname.get(words[0].lower())
                if person is None and titles & FIRST_NAME_TITLES:
                    person = next(
                        (
                            p
                            for p in self.by_surname.values()
                            if p.name.split()[0].lower() == words[0].lower()
                        ),
                        None,
                    )
            if person is not None:
                speaker = person
            elif titled:
                speaker.label = "PERSON"
            self._register(speaker, [ent.name, *ent.aliases, *(m.text for m in ent.mentions)])
            records[n] = (ent, speaker)
        person_at: dict[int, Entity] = {}
        for ent, speaker in records:
            for m in ent.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and len(span):
                    if ent.label == "PERSON" and _post_nominal_after(span):
                        # 'Tom McCabe MSP, said': the letters, which the parse makes the
                        # head, belong to the person
                        span = doc[span.start : span.end + 1]
                    spans.append((span, speaker))
                    covered.update(range(span.start, span.end))
                    if ent.label == "PERSON":
                        person_at[span.start] = ent
        extra: list[tuple[Span, str]] = []
        for e in doc.ents:
            if _in_a_title(e, person_at) or _rank_tagged_alone(e):
                continue  # 'Home' of 'Home Secretary Charles Clarke', 'Col' of 'Col. X'
            if not any(t.text[:1].isupper() or t.is_digit for t in e):
                continue  # 'unbeaten league run' tagged as a person: no name at all
            if e.label_ == "PERSON" and role_joined_to_a_role(e):
                continue  # 'Farmer and parish councillor Bethan Rowse': a role
            if kind_opening_a_title(e):
                continue  # 'Council leader Joanne X': part of the office's title
            if len(e) == 1 and e[0].is_upper and e[0].lower_ in ROLE_WORDS:
                continue  # 'An island MSP has told ...' tagged as a body: an office
            if len(e) == 1 and _office_after_the(e[0]):
                continue  # 'The Bishop said', beside a Canon Peter Bishop: the office
            if (
                len(e) == 1
                and _demonym_description(e[0])
                and any(c.dep_ == "det" for c in e[0].children)
            ):
                continue  # 'The Welshman' tagged as a person: an epithet, no name
            if e.label_ in SPEAKER_LABELS and not covered.intersection(range(e.start, e.end)):
                extra.append((e, e.label_))
                covered.update(range(e.start, e.end))
        for t in doc:
            if t.lower_.rstrip(".") in HONORIFICS and t.i + 1 < len(doc):
                if (
                    t.i > 0
                    and doc[t.i - 1].lower_ == "the"
                    and t.lower_.rstrip(".") in ("mr", "mrs", "miss", "ms")
                ):
                    continue  # 'his boat, the Miss Yvette II': a thing's name, no person
                end = t.i + 1
                while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                    end += 1
                if all(doc[j].lower_ in ROLE_WORDS for j in range(t.i + 1, end)):
                    continue  # 'The Lord Chancellor': an office, not a name
                if end > t.i + 1 and not covered.intersection(range(t.i, end)):
                    extra.append((doc[t.i : end], "PERSON"))
                    covered.update(range(t.i, end))
                elif end > t.i + 1:
                    # a title in front of a mislabelled surname makes it a person
                    for i, (span, _label) in enumerate(extra):
                        if span.start <= t.i + 1 < span.end:
                            extra[i] = (span, "PERSON")
        # longest spaCy PERSON names first so short forms link to them
        people = sorted((s for s, lab in extra if lab == "PERSON"), key=len, reverse=True)
        for span in people:
            self._link(span.text, "PERSON")
        for span, label in extra:
            spans.append((span, self._link(span.text, label)))
            covered.update(range(span.start, span.end))
        # a known person's surname the tagger left unlabelled ('Lynch said she ...')
        for t in doc:
            if (
                t.pos_ == "PROPN"
                and t.i not in covered
                and t.text[:1].isupper()
                and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "PROPN")
                and (t.i == 0 or doc[t.i - 1].pos_ != "PROPN")
                and not _office_after_the(t)
            ):
                person = self.by_surname.get(t.lower_)
                if person is not None and person.label == "PERSON":
                    spans.append((doc[t.i : t.i + 1], person))
        spans.sort(key=lambda item: item[0].start)
        for span, speaker in spans:
            self._add_mention(span, speaker)

    def _link(self, text: str, label: str | None) -> Speaker:
        """The speaker record for a name: known full name, known surname, else new."""
        known = self.known_speaker(text, label)
        if known is not None:
            return known
        name = _clean_name(text) or text.strip()
        bare = " ".join(_strip_title(name.split()) or [name])
        speaker = Speaker(bare, None, label, key=f"{label}:{bare.lower()}")
        self._register(speaker, [bare])
        return speaker

    # ---- lookups -------------------------------------------------------------------
    def known_speaker(self, text: str, label: str | None) -> Speaker | None:
        """The known entity a name refers to: full name, surname, or a knight's first name."""
        name = _clean_name(text) or text.strip()
        words = _strip_title(name.split()) or [name]
        bare = " ".join(words)
        for key in (name.lower(), bare.lower()):
            if key in self.by_name:
                return self.by_name[key]
        last = words[-1].lower()
        if (label == "PERSON" or len(words) == 1) and last in self.by_surname:
            return self.by_surname[last]
        title = name.split()[0].lower().rstrip(".") if name.split() else ""
        if len(words) == 1 and title in FIRST_NAME_TITLES:
            # "Sir Howard" for Sir Howard Newby: the knight's first name
            for known in self.by_surname.values():
                if known.name.split()[0].lower() == last:
                    return known
        return None

    def transcript_speaker(self, label: str) -> Speaker | None:
        """The person a transcript label names ('WALLACE', 'MR. PENCE'): a known person
        whose surname or name it is, never a place, body or common word ('UPDATE')."""
        if len(label.replace(" ", "")) < 2:
            return None
        known = self.known_speaker(label.strip().title(), "PERSON")
        return known if known is not None and known.label == "PERSON" else None

    def _their_kin_named_before(self, noun: Token) -> Speaker | None:
        """The one person named in apposition to 'their' and the same kin noun before
        ``noun``."""
        found: dict[str, Speaker] = {}
        for t in self.doc[max(0, noun.i - 1500) : noun.i]:
            if t.lower_ != noun.lower_ or not any(
                c.dep_ == "poss" and c.lower_ == "their" for c in t.children
            ):
                continue
            for c in t.children:
                if c.dep_ == "appos" and (sp := self.speaker_of_token(c)) is not None:
                    if sp.label == "PERSON":
                        found[sp.key] = sp
        return next(iter(found.values())) if len(found) == 1 else None

    def relative_of(self, noun: Token, previous: Speaker | None, prev_at: int) -> Speaker | None:
        """'His wife said', 'her husband added', 'his son said': the relative named before as
        such ("Nogar's son Stephen"), else, for a spouse, the one person of the noun's sex
        who shares the surname of whoever the possessive pronoun stands for ('Mr Clegg' ...
        'His wife' is the Jenny Clegg named)."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if noun.lower_ not in _KIN or owner is None or _named_in_apposition(noun):
            return None
        if owner.lower_ == "their":
            # 'Both are trained by their father, Gerry Devlin, ... Their father admitted':
            # the one set beside the same words before
            return self._their_kin_named_before(noun)
        if owner.pos_ == "PRON":
            partner = self.resolve_pronoun(owner, previous, prev_at)
        else:
            # "Michael Jackson's mother has said ... His mother Katherine Jackson told"
            partner = self.speaker_of_token(owner)
        if partner is None or partner.label != "PERSON" or not partner.key:
            return None
        named = self._kin_named_before(noun, partner) or (
            self._kin_named_before(noun, partner, after=True) if owner.pos_ != "PRON" else None
        )
        if named is None:
            named = self._named_kin_together(noun, partner)
        if named is None and owner.pos_ == "PRON":
            named = self._only_kin_named_so(noun, owner, partner)
        if named is None and noun.lower_ in _SIBLINGS:
            # "Donal's older brother, Padraic, ... But his brother appeared less ready": the
            # one whose brother or sister the partner was named as
            want = "m" if noun.lower_ == "brother" else "f"
            for kin in _SIBLINGS:
                sibling = self._kin_named_before(noun, partner, kin=kin, inverse=True)
                if sibling is None:
                    continue
                known = self.gender.get(sibling.key) or self.name_gender.get(sibling.key)
                if known in (None, want):
                    return sibling
            joined = self._sibling_joined_to(noun, partner, want)
            if joined is not None:
                return joined  # 'twins Mhairi and Fraser Gunn ... Her brother said'
        if named is None and noun.lower_ in _GENERATIONS:
            # "Ciaran's daughter, Aoife, ... her father said": the one whose child (or
            # parent) the partner was named as
            want = "m" if noun.lower_ in MALE_KIN else "f"
            found = {
                relative.key: relative
                for kin in _GENERATIONS[noun.lower_]
                if (relative := self._kin_named_before(noun, partner, kin=kin, inverse=True))
                is not None
                and (self.gender.get(relative.key) or self.name_gender.get(relative.key))
                in (None, want)
            }
            if len(found) == 1:
                return next(iter(found.values()))
            through = self._kin_through_siblings(noun, partner, want)
            if through is not None:
                return through
            if noun.lower_ in ("father", "mother"):
                parent = self._parent_of_her_child(noun, partner, want)
                if parent is not None:
                    return parent
            if noun.lower_ in ("father", "mother"):
                # 'His father, who still serves behind the counter, said': of the others
                # who share the surname, the one of that sex who has spoken in the story
                spoken = {sp.key for _, sp, _ in self.recent_speakers}
                sharing = [
                    sp
                    for sp in self._sharing_surname(partner, want)
                    if sp.key in spoken and sp.key != partner.key
                ]
                if len(sharing) == 1:
                    return sharing[0]
        sex = {"wife": "f", "husband": "m"}.get(noun.lower_)
        if named is not None or sex is None:
            return named
        # 'Kirsty Fernihough ... with her husband, Dan, ... his wife says': the one the
        # partner was named as the spouse of
        spouse = self._kin_named_before(
            noun, partner, kin="husband" if sex == "f" else "wife", inverse=True
        )
        if spouse is not None:
            return spouse
        if len(partner.name.split()) == 1:
            # 'Priya and Tom Sandercock ... Her husband said': the one named with her as a
            # couple
            couple = {
                o.speaker.key: o.speaker
                for m in self.mentions
                if m.speaker.key == partner.key
                for o in self.mentions
                if o.speaker.label == "PERSON"
                and o.speaker.key != partner.key
                and self.doc[m.last].dep_ != "conj"
                and self.doc[o.last].dep_ == "conj"
                and self.doc[o.last].head.i == m.last
                and (self.gender.get(o.speaker.key) or self.name_gender.get(o.speaker.key))
                in (None, sex)
            }
            if len(couple) == 1:
                return next(iter(couple.values()))
        found = self._sharing_surname(partner, sex)
        if len(found) > 1:
            # ('Her parents, Neil and Lisa Pritchard ... Her husband added', with their
            # daughter Chloe of no sex the lists know): the one known to be of the noun's
            found = [sp for sp in found if self.sex_of(sp) == sex]
        return found[0] if len(found) == 1 else None

    def _sharing_surname(self, partner: Speaker, sex: str) -> list[Speaker]:
        """The people named in full with the partner's surname, other than the partner, of
        that sex or of unknown sex."""
        surname = partner.name.split()[-1].lower()
        found: dict[str, Speaker] = {}
        for m in self.mentions:
            sp = m.speaker
            if (
                sp.label == "PERSON"
                and sp.key
                and sp.key != partner.key
                and len(sp.name.split()) > 1
                and sp.name.split()[-1].lower() == surname
            ):
                known = self.gender.get(sp.key) or self.name_gender.get(sp.key)
                if known in (None, sex):
                    found[sp.key] = sp
        return list(found.values())

    def _sibling_joined_to(self, noun: Token, partner: Speaker, sex: str) -> Speaker | None:
        """The one person joined to the partner by "and" after a word for siblings, before
        ``noun`` ('twins Mhairi and Fraser Gunn'), if not known to be of the other sex; or,
        with no such word, sharing the partner's surname and known to be of the partner's
        sex and the noun's ('Oisín and Cathal Mulvaney ... His brother': no couple)."""
        doc = self.doc
        found: dict[str, Speaker] = {}
        partner_sex = self.gender.get(partner.key) or self.name_gender.get(partner.key)
        for m, other in self._joined_to(noun, partner):
            first = min(m.first, other.left_edge.i)
            known = self.gender.get(m.speaker.key) or self.name_gender.get(m.speaker.key)
            if any(t.lower_ in _SIBLING_GROUP_WORDS for t in doc[max(0, first - 3) : first]):
                if known in (None, sex):
                    found[m.speaker.key] = m.speaker
            elif (
                (
                    known == partner_sex == sex
                    # (or children, no couple: 'Zofia and Kacper Lewandowski, aged 10 and
                    # seven')
                    or (known in (None, sex) and _aged_as_children(doc, max(m.last, other.i)))
                )
                and len(m.speaker.name.split()) > 1
                and m.speaker.name.split()[-1] == partner.name.split()[-1]
            ):
                found[m.speaker.key] = m.speaker
        return next(iter(found.values())) if len(found) == 1 else None

    def _joined_to(self, noun: Token, partner: Speaker) -> list[tuple[_Mention, Token]]:
        """The mentions of other people before ``noun`` joined to a mention of the partner
        by "and" ('Halla Jonsdottir and Raghav Venkatesan'), each with the partner's token."""
        found: list[tuple[_Mention, Token]] = []
        for m in self.mentions:
            if m.first >= noun.i:
                break
            if m.speaker.label != "PERSON" or m.speaker.key == partner.key:
                continue
            last = self.doc[m.last]
            pair = [last.head] if last.dep_ == "conj" else []
            pair += [c for c in last.children if c.dep_ == "conj"]
            found += [
                (m, other)
                for other in pair
                if (named := self.entity_of_token.get(other.i)) is not None
                and named.key == partner.key
            ]
        return found

    def kin_named_later(self, noun: Token) -> Speaker | None:
        """A kin noun in the headline, or the lead's subject ('The sister of a cyclist who
        died ... has urged the driver to "do the right thing"'), is the one person named
        after it beside the same kin noun ('Her brother, Patrick Doyle, 31,', 'his sister,
        Ewa X')."""
        if noun.lower_ not in _KIN or not (self.in_headline(noun.i) or noun == self._lead_subject):
            return None
        found = {
            m.speaker.key: m.speaker
            for m in self.mentions
            if m.first > noun.i
            and m.speaker.label == "PERSON"
            and (kin := kin_beside(self.doc[m.first : m.last + 1])) is not None
            and kin.lower_ == noun.lower_
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _kin_through_siblings(self, noun: Token, partner: Speaker, want: str) -> Speaker | None:
        """A parent or child named only through a sibling: 'Mr Quinlan's son' after 'His
        daughter, Karen Quinlan, ... Her brother, Patrick Quinlan'; Eddie's 'His mother'
        after 'her daughter, Angela' (by Rosa) and 'Angela's brother, Eddie'."""
        lower = noun.lower_
        found: dict[str, Speaker] = {}

        def named_as(relative: Speaker, kins: tuple[str, ...]) -> list[Speaker]:
            # the relative's kin of these kinds, named as such or by naming the relative
            kin_of = [self._kin_named_before(noun, relative, kin=k) for k in kins]
            # (the kin nouns the relative is named by in turn: a child's father or mother,
            # a parent's son or daughter, a sibling's brother or sister)
            inverse = _GENERATIONS.get(kins[0], _SIBLINGS)
            kin_of += [self._kin_named_before(noun, relative, kin=k, inverse=True) for k in inverse]
            return [k for k in kin_of if k is not None and k.key != relative.key]

        if lower in _GENERATIONS["father"]:
            # the partner's children, then their brothers (for a son) or sisters
            hop = ("brother",) if lower == "son" else ("sister",)
            for child in named_as(partner, _GENERATIONS["father"]):
                for sibling in (self._kin_named_before(noun, child, kin=k) for k in hop):
                    if sibling is not None and sibling.key != partner.key:
                        found[sibling.key] = sibling
        else:
            # the partner's brothers and sisters, then their parents of the noun's sex
            for sibling in named_as(partner, _SIBLINGS):
                for parent in named_as(sibling, _GENERATIONS["son"]):
                    sex = self.gender.get(parent.key) or self.name_gender.get(parent.key)
                    if parent.key != partner.key and sex in (None, want):
                        found[parent.key] = parent
        return next(iter(found.values())) if len(found) == 1 else None

    def _named_kin_together(self, noun: Token, partner: Speaker) -> Speaker | None:
        """The one named beside the partner, in the kin noun's place, before the noun:
        "brother and sister Seumas and Mairi Munro ... Her brother" is Seumas."""
        kin_of: list[tuple[Token, Speaker]] = []
        for m in self.mentions:
            if m.first >= noun.i:
                break
            kin = kin_beside(self.doc[m.first : m.last + 1])
            if m.speaker.label == "PERSON" and kin is not None and kin.pos_ == "NOUN":
                kin_of.append((kin, m.speaker))
        found = {
            other.key: other
            for mine, sp in kin_of
            if sp.key == partner.key
            for kin, other in kin_of
            if other.key != partner.key
            and kin.lemma_ == noun.lemma_
            and kin.i != mine.i
            and abs(kin.i - mine.i) <= 3
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def client_of(self, noun: Token, previous: Speaker | None, prev_at: int) -> Speaker | None:
        """'his client', said of a lawyer introduced as someone's ('His solicitor, Declan
        X,' after 'PC Nathan Hollis ...'): the one whose lawyer they were named as."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if noun.lemma_.lower() != "client" or owner is None:
            return None
        lawyer = self.resolve_pronoun(owner, previous, prev_at)
        if lawyer is None or lawyer.label != "PERSON":
            return None
        for m in self.mentions:
            if m.first >= noun.i:
                break
            root = self.doc[m.last]
            if m.speaker.key != lawyer.key or root.dep_ != "appos":
                continue
            office = root.head
            if office.lemma_.lower() not in _LAWYER_NOUNS:
                continue
            whose = next((c for c in office.children if c.dep_ == "poss"), None)
            if whose is None:
                return None
            client = (
                self.resolve_pronoun(whose, None, -1)
                if whose.pos_ == "PRON"
                else self.speaker_of_token(whose)
            )
            return client if client is not None and client.key != lawyer.key else None
        return None

    def associate_of(self, noun: Token, previous: Speaker | None, prev_at: int) -> Speaker | None:
        """'Her business partner', 'his co-founder': the one person named joined to the
        owner by 'and' before ('started by Halla Jonsdottir and Raghav Venkatesan')."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if noun.lemma_.lower() not in _ASSOCIATE_NOUNS or owner is None:
            return None
        partner = self.resolve_pronoun(owner, previous, prev_at)
        if partner is None or partner.label != "PERSON":
            return None
        found = {m.speaker.key: m.speaker for m, _ in self._joined_to(noun, partner)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _parent_of_her_child(self, noun: Token, partner: Speaker, sex: str) -> Speaker | None:
        """The one person of the parent's sex who, as the subject of a sentence before,
        does something with 'her son' or 'his daughter' ('The last time Yaneisy X watched her
        son play baseball ...' ... 'His mother, speaking in Spanish, said')."""
        doc = self.doc
        own = "her" if sex == "f" else "his"
        found: dict[str, Speaker] = {}
        for t in doc[: noun.i]:
            if (
                t.lower_ not in ("son", "daughter", "child", "boy", "girl")
                or self.quote_of_token[t.i] >= 0
                or not any(c.dep_ == "poss" and c.lower_ == own for c in t.children)
            ):
                continue
            # the subject of the nearest clause above the child with one of its own ('watched
            # her son play': not 'son', the subject of 'play')
            subject = next(
                (
                    c
                    for v in t.ancestors
                    if v.pos_ in ("VERB", "AUX")
                    for c in v.children
                    if c.dep_ == "nsubj" and c.i != t.i
                ),
                None,
            )
            person = self.speaker_of_token(subject) if subject is not None else None
            if (
                person is not None
                and person.label == "PERSON"
                and person.key != partner.key
                and self.sex_of(person) in (None, sex)
            ):
                found[person.key] = person
        return next(iter(found.values())) if len(found) == 1 else None

    def _only_kin_named_so(self, noun: Token, owner: Token, partner: Speaker) -> Speaker | None:
        """The one person named before with the same pronoun and kin noun, whoever the
        pronoun seemed to stand for ('where his father, Alan X, had also played ... Wessex
        captain Joe Y posted ... His father, now 68, told')."""
        doc = self.doc
        found: dict[str, Speaker] = {}
        for m in self.mentions:
            if m.first >= noun.i:
                break
            k = _before_honorifics(doc, m.first - 1)
            if k >= 1 and doc[k].text == ",":
                k -= 1
            if (
                m.speaker.label == "PERSON"
                and m.speaker.key != partner.key
                and k >= 1
                and doc[k].lower_ == noun.lower_
                and doc[k - 1].lower_ == owner.lower_
            ):
                found[m.speaker.key] = m.speaker
        return next(iter(found.values())) if len(found) == 1 else None

    def _kin_named_before(
        self,
        noun: Token,
        relative: Speaker,
        kin: str | None = None,
        inverse: bool = False,
        after: bool = False,
    ) -> Speaker | None:
        """The one person named earlier as the relative's kin of this kind: "Nogar's son
        Stephen, 57, said ... his son said"; or, ``inverse``, the one whose ``kin`` the
        relative was named as ("her husband, Dan": Dan's wife); or, ``after``, named so in
        the next few sentences instead ("X's mother has said ... His mother Katherine")."""
        found: dict[str, Speaker] = {}
        doc = self.doc
        kin = kin or noun.lower_
        last_sent = self.sent_of_token[noun.i] + 3
        for m in self.mentions:
            if after and (m.first <= noun.i or self.sent_of_token[m.first] > last_sent):
                continue
            if not after and m.first >= noun.i:
                break
            k = _before_honorifics(doc, m.first - 1)  # "his daughter, Dr Mei Lin"
            if k >= 1 and doc[k].text == ",":
                k -= 1  # "Nogar's son, Stephen,"
            if (
                m.speaker.label != "PERSON"
                or (m.speaker.key == relative.key) != inverse
                or k < 1
                or doc[k].lower_ != kin
            ):
                continue
            j = k - 1
            while j >= 2 and doc[j].pos_ == "ADJ":
                j -= 1  # "Donal's older brother, Padraic"
            if doc[j].tag_ == "POS" and j >= 1:
                # (a given name the tagger missed: "Donal's older brother")
                owner = self.entity_of_token.get(doc[j - 1].i) or (
                    self._person_by_given_name(doc[j - 1].text) if doc[j - 1].is_title else None
                )
            elif doc[j].lower_ == "whose":
                # 'Captain Ryan Kavanagh, whose younger brother Luke also plays': the one
                # the relative clause is about
                clause = doc[k]
                while clause.dep_ != "relcl" and clause.head.i != clause.i:
                    clause = clause.head
                owner = self.speaker_of_token(clause.head) if clause.dep_ == "relcl" else None
                if owner is None and j >= 2 and doc[j - 1].text == ",":
                    owner = self.speaker_of_token(doc[j - 2])  # (however it was parsed)
            elif doc[j].lower_ == "their" and inverse:
                # 'founded by Halina Kowalczyk and her late husband, Zbigniew ... run today by
                # their son, Tomasz ... His mother': of the pair named just before, the one
                # of the noun's sex
                want = (
                    "m" if noun.lower_ in MALE_KIN else "f" if noun.lower_ in FEMALE_KIN else None
                )
                sent = self.sent_of_token[k]
                pair = {
                    o.speaker.key: o.speaker
                    for o in self.mentions
                    if o.first < j
                    and sent - 2 <= self.sent_of_token[o.first] <= sent
                    and o.speaker.label == "PERSON"
                    and o.speaker.key != relative.key
                }
                sexes = {key: self.gender.get(key) or self.name_gender.get(key) for key in pair}
                fitting = [key for key, sex in sexes.items() if sex == want]
                if not fitting and len(pair) == 2:
                    # (one of the pair known to be of the other sex: 'her late husband')
                    fitting = [key for key, sex in sexes.items() if sex is None]
                    if len(fitting) != 1 or want is None or want in sexes.values():
                        fitting = []
                owner = pair[fitting[0]] if want is not None and len(fitting) == 1 else None
            elif doc[j].tag_ == "PRP$" and doc[j].lower_ in ("his", "her"):
                # "Pat Hollinrake ... Her daughter, Leanne Hollinrake, runs a cafe"
                owner = self.resolve_pronoun(doc[j], None, -1)
                if (
                    owner is None
                    and after
                    and not any(
                        o.speaker.label == "PERSON" and o.speaker.key != relative.key
                        for o in self.mentions
                        if noun.i < o.first < k
                    )
                ):
                    owner = relative  # "X's mother has said ... His mother Katherine"
            else:
                continue
            if inverse:
                if owner is not None and owner.label == "PERSON" and owner.key != relative.key:
                    found[owner.key] = owner
            elif owner is not None and owner.key == relative.key:
                found[m.speaker.key] = m.speaker
        return next(iter(found.values())) if len(found) == 1 else None

    def _person_by_given_name(self, word: str) -> Speaker | None:
        """The one named person whose given name ``word`` is ("Donal" for Donal Lenihan)."""
        found = {
            sp.key: sp
            for sp in self.by_surname.values()
            if sp.label == "PERSON" and len(sp.name.split()) > 1 and sp.name.split()[0] == word
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def person_by_surname(self, token: Token) -> Speaker | None:
        """The named person whose surname a capitalised ``token`` is, whatever the tagger
        made of it ("May" taken for the modal, "Davies" inside a title)."""
        if not token.is_title:
            return None
        known = self.by_surname.get(token.lower_)
        return known if known is not None and known.label == "PERSON" else None

    def person_of_age(self, age: int) -> Speaker | None:
        """The one person the text gives this age: 'Ruth Akinola, 34,', 'Kate Smith, aged
        40,' or '34-year-old Ruth Akinola'; None when nobody or several are."""
        if self._people_of_age is None:
            self._people_of_age = {}
            placed: set[int] = set()
            for m in self.mentions:
                if m.speaker.label == "PERSON" and m.speaker.key:
                    given = _age_beside(self.doc, m.first, m.last)
                    if given is not None:
                        self._people_of_age.setdefault(given[0], set()).add(m.speaker.key)
                        placed.add(given[1])
            # a number standing elsewhere may be someone's age read no other way ('Murray,
            # who is also 22'): that age names no one for sure
            for i in range(len(self.doc)):
                number = _bare_number(self.doc, i) if i not in placed else None
                if number is not None and number in self._people_of_age:
                    self._people_of_age[number] = set()
        keys = self._people_of_age.get(age, set())
        if len(keys) != 1:
            return None
        (key,) = keys
        return next(m.speaker for m in self.mentions if m.speaker.key == key)

    def speaker_of_token(self, token: Token) -> Speaker | None:
        sp = self.entity_of_token.get(token.i)
        if sp is not None:
            sp.gender = self.gender.get(sp.key)
        return sp

    def _body_joined_by_and(self, token: Token) -> int:
        """The last token of a body's name that goes on past "and" after ``token`` ('West
        Pennine Fire and Rescue Service', "The Bakers' and Allied Workers' Union"), or
        ``token`` itself."""
        doc = self.doc
        joined = next((c for c in token.children if c.dep_ == "conj"), None)
        if joined is None or not (joined.lower_ in NON_PERSON_HEADS or joined.lower_ in ORG_NOUNS):
            return token.i
        # (a plural owner's apostrophe before the "and": "The Bakers' and ...")
        plural_owner = token.i + 1 < len(doc) and doc[token.i + 1].text in ("'", "\u2019")
        conjunction = token.i + 2 if plural_owner else token.i + 1
        between = doc[conjunction + 1 : joined.i + 1]
        if (
            doc[conjunction].lower_ != "and"
            or not 1 <= len(between) <= (6 if plural_owner else 3)
            or not all(
                (t.is_title or t.is_punct) if plural_owner else (t.pos_ == "PROPN" and t.is_title)
                for t in between
            )
        ):
            return token.i
        return joined.i

    def name_from_tokens(self, token: Token) -> Speaker:
        """A proper-noun head not recognised as an entity: its compound chain."""
        left = token.i
        while (
            left > 0
            and self.doc[left - 1].dep_ in ("compound", "flat")
            and self.doc[left - 1].head.i in range(left, token.i + 1)
        ):
            left -= 1
        owner = self.doc[left - 2] if left >= 2 else None
        if (
            owner is not None
            and owner.dep_ == "poss"
            and owner.head.i == token.i
            and owner.tag_ in ("NNP", "NNPS")
            and self.doc[left - 1].text in ("'", "’")
        ):
            # "The Scottish Tenant Farmers' Forum said": a plural owner inside the name
            left = owner.left_edge.i
            while left < owner.i and (self.doc[left].pos_ == "DET" or not self.doc[left].is_title):
                left += 1
        while left < token.i and not self.doc[left].text[:1].isalpha():
            left += 1
        barrelled = left
        while (
            barrelled > 1
            and self.doc[barrelled - 1].text in _NAME_HYPHENS
            and not self.doc[barrelled - 1].whitespace_
            and not self.doc[barrelled - 2].whitespace_
            and self.doc[barrelled - 2].is_title
        ):
            barrelled -= 2  # 'Ferreira-Lund said', the tagger's hyphen splitting the surname
        if barrelled < left:
            whole = self.by_name.get(_clean_name(self.doc[barrelled : token.i + 1].text).lower())
            if whole is None or whole.label not in ("ORG", "GPE", "LOC", "FAC", "NORP"):
                left = barrelled  # a double-barrelled name, not a firm's ('T-Mobile')
        right = self._body_joined_by_and(token)
        words = self.doc[left : right + 1].text.split()
        title = words[0].lower().rstrip(".") if words else ""
        words = _strip_title(words)
        name = " ".join(words)
        gender = "m" if title in MALE_TITLES else "f" if title in FEMALE_TITLES else None
        # 'Marsh, the author of "The Long Quiet," wrote': a role in apposition makes a
        # lone untagged name a person's
        described = any(
            c.dep_ == "appos" and c.lemma_.lower() in ROLE_WORDS and c.is_lower
            for c in token.children
        )
        label = "PERSON" if title in TITLES or len(words) > 1 or described else None
        linked = self.by_name.get(name.lower()) or (
            self.by_surname.get(words[-1].lower()) if words else None
        )
        if linked is not None:
            return linked
        return Speaker(name, None, label, key=f"NAME:{name.lower()}", gender=gender)

    def resolve_description(
        self, tok: Token, previous: Speaker | None, prev_at: int, depth: int = 0
    ) -> Speaker | None:
        """A definite description ('the chief executive', 'the company', 'the 55-year-old
        Frenchman'): the last person whose title or appositive has the same head noun, an
        organisation for organisation nouns, else (for epithets) the salient person."""
        found = self._resolve_description(tok, previous, prev_at, depth)
        if found is not None and _demonym_description(tok):
            return self.person_of_nation(tok, found)  # 'Britain's Ellie Marchant ... the Briton'
        return found

    def _body_named_ending(self, tok: Token) -> Speaker | None:
        """The one body named before whose name ends in the description's words, "the",
        compounds in lower case and the head ('the news service' for 'Lakeshore News
        Service', 'the health board' for 'Cwm Teifi University Health Board')."""
        kind = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        if (
            # (or the head alone: 'Westmoor Fire and Rescue Service ... the service said')
            not (kind or (tok.is_lower and tok.lower_ in NON_PERSON_HEADS))
            or not all(c.is_lower for c in tok.children if c.i < tok.i)
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        ):
            return None
        ending = [*(c.lower_ for c in kind), tok.lower_]
        hi = bisect_left(self.mention_ends, tok.i)
        named = {
            m.speaker.key: m.speaker
            for m in self.mentions[:hi]
            if m.speaker.label == "ORG"
            and m.speaker.name.lower().split()[-len(ending) :] == ending
            and len(m.speaker.name.split()) > len(ending)
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def _resolve_description(
        self, tok: Token, previous: Speaker | None, prev_at: int, depth: int
    ) -> Speaker | None:
        """``resolve_description`` before a nationality is checked."""
        lemma = tok.lemma_.lower()
        body = self._body_named_ending(tok) if lemma not in ORG_NOUNS else None
        if body is not None:
            return body  # 'Lakeshore News Service ... "...," the news service said'
        if lemma in _POSTING_VERBS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ):
            poster = self._poster_before(tok)
            if poster is not None:
                return poster  # 'The fire department posted a photo on Facebook ... the post said'
        if lemma in AUTHORED_NOUNS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ):
            # 'In a letter to X, Mr Carnforth wrote ... The letter said': its writer's words
            writer = self._statement_giver(tok)
            if writer is not None:
                return writer
        if (
            lemma in _TEAM_NOUNS
            and [c.lower_ for c in tok.children] == ["the"]
            and (side := self._side_played_for(bisect_left(self.mention_ends, tok.i))) is not None
        ):
            return side  # 'A starting linebacker for the Cincinnati Ironhawks ... The team said'
        if (
            lemma in ORG_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and (doer := self._doer_of_deed(lemma, bisect_left(self.mention_ends, tok.i), "ORG"))
            is not None
        ):
            return doer  # 'Western Isles Ferries, which operates the route, ... The operator'
        if lemma in ORG_NOUNS:
            if _officers_office(tok) or (
                lemma == "office"
                and any(
                    c.dep_ == "poss"
                    and (owner := self.speaker_of_token(c)) is not None
                    and owner.label == "PERSON"
                    for c in tok.children
                )
            ):
                # 'The New York attorney general's office said': an officer's own office,
                # not the last body named
                return None
            members = (
                next(
                    (
                        c
                        for c in tok.children
                        if c.dep_ == "poss"
                        and c.tag_ == "NNS"
                        and c.i not in self.entity_of_token
                        and _person_noun(c.lemma_.lower())
                    ),
                    None,
                )
                if lemma in _MEMBERS_BODY_NOUNS
                else None
            )
            if members is not None:
                # "The players' union said": a body of those members, the one named so
                # ('the NFL Players Association'), not the last body named (the league)
                word = members.lemma_.lower()
                hi = bisect_left(self.mention_ends, tok.i)
                named = next(
                    (
                        m.speaker
                        for m in reversed(self.mentions[:hi])
                        if m.speaker.label == "ORG"
                        and any(
                            w.rstrip("'’s").lower() in (word, members.lower_)
                            for w in m.speaker.name.split()
                        )
                    ),
                    None,
                )
                # (the lead's may be named further on, below)
                if named is not None or not self._in_lead(tok):
                    return named
            if any(
                c.dep_ == "poss"
                and c.pos_ == "NOUN"
                and c.i not in self.entity_of_token
                and c.lemma_.lower() not in ORG_NOUNS | BODY_NOUNS | _PLACES_AND_FIELDS
                and c.lemma_.lower() not in ROLE_WORDS
                for c in tok.children
            ):
                # "The game's publisher, which was not named in court, said": the body of a
                # thing the text names no maker of, not the last body named
                return None
            if lemma in DOCUMENT_NOUNS and any(
                c.dep_ == "poss"
                and c.pos_ == "NOUN"
                and c.i not in self.entity_of_token
                and c.lemma_.lower() in _PLACES_AND_FIELDS
                for c in tok.children
            ):
                # "according to the city's annual water quality report": a place's own
                # document, not the last body named
                return None
            if lemma in _PARTY_GROUP_NOUNS and self._partys_own_group(tok):
                return None  # 'The Conservative opposition group called': as described
            if _self_named_body(tok):
                # 'the Commons standards committee', 'The Commons education select
                # committee': a body named by itself, which 'the committee' then means
                body = self._body_described(tok)
                if body is not None:
                    self.named_bodies[lemma] = (body, tok.i)  # the latest one named
                return None
            the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            stored = self.named_bodies.get(lemma) if the else None
            if (
                stored is not None
                and {t.lower_ for t in tok.subtree if t.i <= tok.i and t.lower_ != "the"}
                <= set(stored[0].name.lower().split())
                # no other body of that kind named since ('The Lords science committee')
                and not any(
                    t.lemma_.lower() == lemma and t.pos_ == "NOUN"
                    for t in self.doc[stored[1] + 1 : tok.i]
                )
            ):
                return stored[0]  # '... the select committee said', not 'the ethics committee'
            hi = bisect_left(self.mention_ends, tok.i)
            sent_of = self.sent_of_token
            # 'Cwm Teifi University Health Board ... the Welsh Government should ... the
            # health board said': the one body whose name ends in those words
            named_so = self._body_named_ending(tok)
            if named_so is not None:
                return named_so
            if lemma in _BODY_NAME_HEADS:
                # 'The Oakland Education Association ... The district has offered 10% ...
                # The union disputed': the one body named as of that kind, whatever body
                # came between
                kinds = _BODY_NAME_HEADS[lemma] | {lemma}
                named = {
                    m.speaker.key: m.speaker
                    for m in self.mentions[max(0, hi - 40) : hi]
                    if m.speaker.label == "ORG" and m.speaker.name.lower().split()[-1] in kinds
                }
                if len(named) == 1:
                    return next(iter(named.values()))
            intervening = False
            intervening_at = -1
            for k in range(hi - 1, max(-1, hi - 40), -1):
                m = self.mentions[k]
                if (
                    m.speaker.label not in NOT_SPEAKER_ENTS
                    # (a body's chairman is not the body: 'Committee chairman Jean Corston')
                    and m.speaker.label != "PERSON"
                    and (
                        lemma in self._roles(m)
                        # 'media regulator Ofcom' ... 'the watchdog'
                        or _BODY_SYNONYMS.get(lemma) in self._roles(m)
                        # 'the Commons science and technology committee' ... 'the committee'
                        or _name_head(m.speaker.name) == lemma
                    )
                ):
                    return m.speaker  # 'US magazine Rolling Stone' ... 'the magazine'
                last = self.doc[m.last]
                if (
                    m.speaker.label == "ORG"
                    and (m.subject or (last.dep_ == "poss" and last.head.dep_ in SUBJECT_DEPS))
                    and sent_of[m.first] < sent_of[tok.i]
                    and self.quote_of_token[m.first] < 0
                ):
                    # 'Rival club Manchester City has ... Manchester United's response
                    # comes ... "...," the club said': a body a later sentence is about
                    # comes between; salience decides
                    if any(
                        o.speaker.key == m.speaker.key and lemma in self._roles(o)
                        for o in self.mentions[max(0, hi - 40) : k]
                    ):
                        # ('Brightwell Homes, a housing association, ... Brightwell Homes'
                        # director said ... the association said': that body itself)
                        return m.speaker
                    headed_so = next(
                        (
                            o.speaker
                            for o in reversed(self.mentions[max(0, hi - 40) : k])
                            if o.speaker.label == "ORG" and _name_head(o.speaker.name) == lemma
                        ),
                        None,
                    )
                    if (
                        headed_so is not None
                        and _name_head(m.speaker.name) != lemma
                        # (a bare noun: 'The German exchange' may be Deutsche Boerse)
                        and all(c.dep_ == "det" for c in tok.children)
                        # (not a body that spoke: 'JP Morgan said ... The bank said')
                        and self.doc[m.last].head.lemma_.lower() not in REPORTING_VERBS
                    ):
                        # ('Thornbury Vale District Council's planning committee voted ...
                        # Harrowgate Homes had wanted to build ... the council said': the body
                        # whose name that noun heads, whatever body came between)
                        return headed_so
                    intervening = True
                    intervening_at = m.first
                    break
            doc = self.doc
            for i in range(tok.i - 1, max(0, tok.i - 400), -1):
                t = doc[i]
                if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or self.quote_of_token[i] >= 0:
                    continue
                j = i + 1
                while (
                    j < len(doc)
                    and doc[j].pos_ == "PROPN"
                    and doc[j].text[:1].isupper()
                    # (not a day: 'said in a statement Wednesday')
                    and doc[j].ent_type_ not in ("DATE", "TIME")
                ):
                    j += 1
                if j > i + 1 and self.quote_of_token[j - 1] < 0:
                    name = doc[i + 1 : j].text  # 'magazine Mobile PC'
                    known = self.by_name.get(name.lower())
                    if known is not None and intervening:
                        continue  # a named body the salience check above passed over
                    return known or Speaker(name, None, "ORG", key=f"ORG:{name.lower()}")
                if the and lemma in DOCUMENT_NOUNS:
                    # 'the Ofsted report published on Friday ... the report said': the
                    # body named in the document's own name
                    owner = next(
                        (
                            found
                            for c in t.children
                            if c.dep_ in ("compound", "poss")
                            and c.pos_ == "PROPN"
                            and (found := self.speaker_of_token(c)) is not None
                            and found.label == "ORG"
                        ),
                        None,
                    )
                    if owner is not None:
                        return owner
                    if previous is not None and any(
                        c.dep_ == "poss"
                        and c.pos_ == "NOUN"
                        and c.lemma_.lower() in ORG_NOUNS
                        and _description_head(previous) == c.lemma_.lower()
                        for c in t.children
                    ):
                        # 'a bipartisan ethics committee concluded that he had created "..."
                        # ... The committee's 23-page report ... "...," the report said': the
                        # unnamed body that spoke last, whose report it is
                        return previous
                author = _by_author(t) if the and lemma in DOCUMENT_NOUNS else None
                if author is None and the and lemma in DOCUMENT_NOUNS:
                    # 'a report released last month by the state comptroller's office': an
                    # officer's office releases its own (a named committee may release
                    # another body's report)
                    author = next(
                        (
                            issuer
                            for c in t.children
                            if c.dep_ == "acl"
                            and c.tag_ == "VBN"
                            and c.lemma_.lower() in _ISSUING_VERBS
                            and _officers_office(issuer := _issued_by(c))
                        ),
                        None,
                    )
                if author is not None:
                    # 'A report by the Commons work and pensions committee ... The report
                    # urged': the author named with the document
                    found = self.speaker_of_token(author)
                    if found is None:
                        # 'The report by France's ... investigation bureau, the BEA-TT,': the
                        # body set beside the one described
                        found = self.appositive_name(author, "ORG")
                    if found is not None and found.label not in ("PERSON", "ORG"):
                        found = None
                    if found is None and _self_named_body(author):
                        found = self._body_described(author)
                    if found is None and _officers_office(author):
                        # ('by the state comptroller's office'): the office as described
                        found = describe(author, self.quote_of_token)
                    if found is not None:
                        return found
                if the and intervening_at < i and _self_named_body(t):
                    # 'A report by the Commons work and pensions committee ... The committee
                    # reached its conclusions': the body so described
                    body = self._body_described(t)
                    if body is not None and {
                        w.lower_ for w in tok.subtree if w.i <= tok.i and w.lower_ != "the"
                    } <= set(body.name.lower().split()):
                        return body  # (not 'the Reuters news agency' for 'the aid agency')
            if (
                the
                and lemma not in DOCUMENT_NOUNS
                and any(
                    i < tok.i
                    and self.doc[i].dep_ in SUBJECT_DEPS | INVERTED_DEPS  # 'said a panel of'
                    and (
                        self.doc[i].head.lemma_.lower() in REPORTING_VERBS
                        # 'after an employment tribunal found she was harassed'
                        or _finding_of_a_body(self.doc[i].head)
                    )
                    for i in self.indefinite_uses.get(lemma, ())
                )
            ):
                # 'said a panel of experts ... said the panel': the unnamed body that spoke
                # (not 'the leader of a Eurosceptic party ... The party asserts')
                return None
            if the and lemma in _STUDY_NOUNS:
                author = self._study_author(tok)
                if author is not None:
                    return author
            cached = self.document_owner.get(lemma) if the and lemma in DOCUMENT_NOUNS else None
            if cached is not None and not any(
                cached[1] < i < tok.i for i in self.indefinite_uses.get(lemma, ())
            ):
                # 'The report recommends ... the report adds', unless 'a separate report'
                # came between
                return cached[0]
            if (
                the
                and lemma in DOCUMENT_NOUNS
                and previous is not None
                and _description_head(previous) == lemma
                and not any(prev_at < i < tok.i for i in self.indefinite_uses.get(lemma, ()))
            ):
                # 'the Ofsted report praised the school's "..." ... "...," the report said':
                # the document that was quoted last
                return previous
            found = None
            if the and lemma in DOCUMENT_NOUNS:
                # 'X said in a statement ... "...," the statement said': X's statement
                found = self._statement_giver(tok)
            topics = self._document_topics(tok) if the and lemma in DOCUMENT_NOUNS else set()
            if found is None and topics:
                # 'a report into the BBC's Freeview service ... The report said': not the
                # body the document is about
                found = self._resolve_pronoun(
                    tok, previous, prev_at, {"ORG"}, True, frozenset(topics)
                )
            if (
                found is None
                and the
                and lemma in DOCUMENT_NOUNS
                and any(
                    c.dep_ == "compound" and c.lemma_.lower() in _INQUIRY_NOUNS
                    for c in tok.children
                )
            ):
                # 'An independent inquiry has found ... The inquiry report, commissioned by
                # the health authority, said': the inquiry's, as described, not the last
                # body named
                return None
            if found is None and any(
                _state_body(t)
                for t in self.doc[max(0, tok.i - 400) : tok.i + 1]
                if t.lemma_.lower() == lemma and t.pos_ == "NOUN"
            ):
                # 'The UK's data watchdog said', 'fined by the country's TV regulatory agency
                # ... The agency said': a body a place owns, not the body last talked about
                return None
            if (
                found is None
                # (or the article of the owner: "the officers' union")
                and (the or tok.left_edge.lower_ == "the")
                and lemma not in DOCUMENT_NOUNS
                and self._in_lead(tok)
            ):
                # 'sent home from school because of a haircut which the school says is
                # "extreme"' ... 'The head teacher of Abington Vale School': the lead's
                # body, named in the next paragraphs
                # (the next few paragraphs; further on, the one body of that kind named)
                kind: dict[str, tuple[Speaker, bool]] = {}
                for m in self.mentions[hi:]:
                    lines_on = self.text.count("\n", tok.idx, self.doc[m.first].idx)
                    if lines_on > 24:
                        break
                    if m.speaker.label == "ORG" and (
                        _name_head(m.speaker.name) == lemma
                        # ('the officers' union' ... 'the Toledo Police Officers' Guild')
                        or _name_head(m.speaker.name) in _BODY_NAME_HEADS.get(lemma, ())
                    ):
                        kind.setdefault(m.speaker.key, (m.speaker, lines_on <= 10))
                near = [sp for sp, close in kind.values() if close]
                if near:
                    found = near[0]
                elif len(kind) == 1:
                    found = next(iter(kind.values()))[0]
            if found is None:
                if not topics:
                    # (a document about bodies, none of them its author, speaks as itself)
                    found = self.resolve_pronoun(tok, previous, prev_at, labels={"ORG"})
                if found is None and the and lemma == "force":
                    # 'Knife offences recorded by Wessex Vale Police rose ... The force said':
                    # the one police body named before
                    forces = {
                        m.speaker.key: m.speaker
                        for m in self.mentions[:hi]
                        if m.speaker.label == "ORG"
                        and _name_head(m.speaker.name) in ("police", "constabulary")
                    }
                    found = next(iter(forces.values())) if len(forces) == 1 else None
                if found is None and the and lemma in _TRADING_NOUNS:
                    # 'Brightwater Hotels, which owns 86 hotels, has reported ... (two lines of
                    # figures) ... The firm said': the last body named, when it was the
                    # subject of its sentence
                    last_body = next(
                        (
                            m
                            for m in reversed(self.mentions[max(0, hi - 40) : hi])
                            if m.speaker.label != "PERSON"
                            and m.subject
                            and self.quote_of_token[m.first] < 0
                        ),
                        None,
                    )
                    if (
                        last_body is not None
                        and last_body.speaker.label == "ORG"
                        and sent_of[tok.i] - sent_of[last_body.first] <= 8
                    ):
                        found = last_body.speaker
                if found is None and the and lemma == "club":
                    found = self._club_named_as_place(hi)
                elif found is not None and the and lemma == "club":
                    # 'Castlebrook City have sacked ... arriving from Real Oviedo's academy
                    # ... the club said': a body named as a club before another body
                    found = (
                        None
                        if _name_head(found.name) in CLUB_WORDS
                        else self._recent_body(
                            found, tok, hi, lambda body: _name_head(body.name) in CLUB_WORDS
                        )
                    ) or found
                if found is not None and the and lemma in ("club", "side"):
                    found = self._side_a_sentence_was_about(found, tok, hi) or found
                if found is not None and lemma in _OVERSIGHT_NOUNS:
                    found = self._body_of_that_kind(found, tok, hi) or found
                elif found is not None and lemma in _TRADING_NOUNS:
                    found = self._body_of_sort(found, tok, hi, public=False) or found
                elif found is not None and lemma in _PUBLIC_BODY_HEADS:
                    found = self._body_of_sort(found, tok, hi, public=True) or found
            if the and lemma in DOCUMENT_NOUNS and found is not None:
                self.document_owner[lemma] = (found, tok.i)
            recent = self.mentions[max(0, hi - 40) : hi]
            if found is None or lemma in found.name.lower().split():
                return found
            if lemma in STATE_NOUNS:
                # 'the ministry said': a body of that kind named before ('Iraq's Ministry of
                # Communications'), else the state itself, not the last body named
                for m in reversed(recent):
                    if m.speaker.label == "ORG" and lemma in m.speaker.name.lower().split():
                        return m.speaker
                return None
            headed = {
                m.speaker.key: m.speaker
                for m in self.mentions[:hi]
                if m.speaker.label == "ORG"
                and m.last > m.first
                and self.doc[m.last].lower_ == lemma
                and self.doc[m.last].is_title
            }
            if (
                lemma not in DOCUMENT_NOUNS
                and all(c.dep_ == "det" for c in tok.children)
                and len(headed) == 1
                and found.key not in headed
                # (the last one named was set beside a noun of another kind: 'The supplier,
                # Castellan Data Services,')
                and (
                    kinds := {
                        self.doc[m.last].head.lemma_.lower()
                        for m in recent
                        if m.speaker.key == found.key
                        and self.doc[m.last].dep_ == "appos"
                        and self.doc[m.last].head.pos_ == "NOUN"
                    }
                )
                and lemma not in kinds
            ):
                # 'Northway Building Society ... The supplier, Castellan Data Services, said
                # ... The society ... said': the one body whose name that noun heads
                return next(iter(headed.values()))
            if (
                lemma not in DOCUMENT_NOUNS
                and all(c.dep_ == "det" for c in tok.children)
                and not any(
                    m.speaker.key == found.key
                    and m.subject
                    and self.doc[m.last].head.lemma_.lower() in REPORTING_VERBS
                    for m in recent
                )
            ):
                # 'North Cumbria Acute Hospitals NHS Trust says ... the Secretary of State
                # for Health ... the trust said': the body whose name that noun heads, when
                # a sentence was about it and the body last named reported nothing
                # (or the one body named so right before a verb of speaking, however
                # parsed: 'the Pentagon's Defense Security Cooperation Agency said' ... 'the
                # agency said')
                for m in reversed(recent):
                    if (
                        m.speaker.label == "ORG"
                        and (
                            m.subject
                            or (
                                len(headed) == 1
                                and m.speaker.key in headed
                                and m.last + 1 < len(self.doc)
                                and self.doc[m.last + 1].lemma_.lower() in REPORTING_VERBS
                            )
                        )
                        and _name_head(m.speaker.name) == lemma
                    ):
                        return m.speaker
            return found
        if lemma in GROUP_NOUNS:
            return None  # 'The crowd responded with chants of "..."': not the last speaker
        if any(c.dep_ == "amod" and c.lower_ in ("second", "other") for c in tok.children) and any(
            t.lemma_.lower() == lemma and t.tag_ == "NNS" and self.quote_of_token[t.i] < 0
            for t in self.doc[max(0, tok.i - 150) : tok.i]
        ):
            # 'Two Republican aides ... said ... "...," the second aide said': one of the
            # unnamed pair, as described
            return None
        if lemma == "family":
            # 'the Tierney family said', 'the family said' after 'his mother, Rania X, and
            # his father': the family as such, not one of them
            return None
        # 'the French president' is no president named before without his nationality
        nationality = {
            c.lemma_.lower()
            for c in tok.children
            if c.i < tok.i and c.dep_ == "amod" and c.pos_ == "ADJ" and c.is_title
        }
        # 'the top seed' is not 'seventh seed Feliciano Lopez'
        ranks = {
            c.lower_
            for c in tok.children
            if c.dep_ == "amod" and c.i < tok.i and (c.ent_type_ == "ORDINAL" or c.lower_ == "top")
        }
        wanted = (
            # ('PM says ...' over 'Prime Minister X said': a headline's office initials)
            set(_OFFICE_INITIALS.get(lemma, lemma).split())
            | {c.lemma_.lower() for c in tok.children if c.dep_ == "compound" and c.i < tok.i}
            # 'the foreign minister' is not 'Turkey's defense minister'
            | {
                c.lower_
                for c in tok.children
                if c.dep_ == "amod" and c.i < tok.i and c.lower_ in _PORTFOLIOS
            }
            # 'the secretary of state' is not 'Defence Secretary X'
            | {
                g.lemma_.lower()
                for c in tok.children
                if c.dep_ == "prep" and lemma in ROLE_WORDS and _office_of(c)
                for g in c.children
                if g.dep_ == "pobj"
            }
            | nationality
            | ranks
            # "the prime minister's official spokesman" is not 'education spokesman X'
            | {
                c.lemma_.lower()
                for c in tok.children
                if c.dep_ == "poss"
                and c.pos_ == "NOUN"
                and c.lemma_.lower() in ROLE_WORDS
                and lemma in UNNAMED_SOURCE_NOUNS
            }
            # 'the shadow chancellor' is not the chancellor
            | {c.lower_ for c in tok.children if c.i < tok.i and c.lower_ in _LESSER_RANKS}
        )
        said = _said_words(tok)
        hi = bisect_left(self.mention_ends, tok.i)
        # 'the Birmingham-based sprinter', 'the Glasgow-born actor': a place the holder must
        # have been set in
        placed = {
            g.lower_
            for c in tok.children
            if c.dep_ == "amod" and c.i < tok.i and c.lower_ in ("based", "born")
            for g in c.children
            if g.i < c.i and g.pos_ == "PROPN"
        }
        # 'the leader said she understood ...': a holder of the sex the sentence reports
        reported = _reported_pronoun(tok)
        sex = _pronoun_sex(reported.lower_) if reported is not None else None
        for k in range(hi - 1, -1, -1):
            m = self.mentions[k]
            if (
                m.speaker.label == "PERSON"
                and self._holds(m, wanted, said)
                and all(self._placed_in(m.speaker, place, hi) for place in placed)
                and not (sex and self.sex_of(m.speaker) not in (None, sex))
            ):
                if self._introduced_between(lemma, m.last, tok.i):
                    return None  # 'Sen. X ... A Democratic lawmaker, who asked not to be named'
                # of two holders ('Gov. Arthur Lindell, Gov. Samantha Reyes'), the one
                # mentioned last ('Lindell was more guarded ... the governor said')
                holders = {
                    o.speaker.key
                    for o in self.mentions[:hi]
                    if o.speaker.label == "PERSON"
                    and self._holds(o, wanted, said)
                    and not (sex and self.sex_of(o.speaker) not in (None, sex))
                }
                latest = next(
                    (
                        o.speaker
                        for o in reversed(self.mentions[k + 1 : hi])
                        if o.speaker.key in holders
                    ),
                    None,
                )
                return latest or m.speaker
        if (
            lemma in _BODY_HEAD_NOUNS
            and not said & _LESSER_RANKS
            and any(
                (c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"))
                or (c.dep_ == "compound" and c.i < tok.i)
                for c in tok.children
            )
            and (head := self._only_top_office_holder(hi, sex)) is not None
        ):
            # 'Its general secretary, Gerry X, said ... The union's leader ... said he
            # understood': a body's leader or boss is the one person named in its top office
            return head
        if depth == 0 and (taken_up := self.lead_taken_up(tok)) is not None:
            return taken_up
        if (
            lemma == "witness"
            and _description_words(tok) == ["the", tok.lower_]
            and not any(i < tok.i for i in self.indefinite_uses.get(lemma, ()))
        ):
            testifier = self._latest_testifier(hi)
            if testifier is not None:
                # 'X testified that ... "...," the witness said': who gave evidence last
                return testifier
        if lemma in _SENTENCING_ROLES and _description_words(tok) == ["the", tok.lower_]:
            sentencer = self._latest_sentencer(hi)
            if sentencer is not None:
                # 'Sentencing him, Lord Glenrothie told Dunbar ...¶"...," the judge said':
                # who passed sentence
                return sentencer
        if lemma in _DEFENDANT_NOUNS and _description_words(tok) == ["the", tok.lower_]:
            pleading = self._one_who_pleads(tok.i)
            if pleading is not None:
                # 'Bernadette Quinlan, 41, denies attempting to murder ... the defendant had
                # told another colleague': the one who answers the charge
                return pleading
        if lemma in ROLE_WORDS and "former" not in said:
            # 'former state Sen. Myron Stackhouse ... the senator told him': the one person
            # who held the office, when no one holds it now
            former = {
                m.speaker.key: m.speaker
                for m in self.mentions[:hi]
                if m.speaker.label == "PERSON"
                and self._holds(m, wanted, said | {"former"})
                and all(self._placed_in(m.speaker, place, hi) for place in placed)
            }
            if len(former) == 1:
                return next(iter(former.values()))
        if lemma in ROLE_WORDS and "former" in said and "former" in wanted:
            # 'Ward, a former high school football coach, ... The former coach': the one
            # person set beside the office called former
            called_former = {
                m.speaker.key: m.speaker
                for m in self.mentions[:hi]
                if m.speaker.label == "PERSON"
                and self._holds(m, wanted - {"former"}, said)
                and self._called_former(m)
            }
            if len(called_former) == 1:
                return next(iter(called_former.values()))
        headline = self.in_headline(tok.i) and not any(c.dep_ == "det" for c in tok.children)
        if (
            depth == 0
            # (or a headline's bare office: 'Commerce secretary defends chip tariffs, says
            # ... "modest"' above 'Commerce Secretary Elena Marchetti on Sunday defended')
            and (any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or headline)
            # not 'an unnamed executive ... the executive': someone introduced as new
            and not any(i < tok.i for i in self.indefinite_uses.get(lemma, ()))
        ):
            # '"...," the economy minister said. "...," said economy minister Heizo
            # Takenaka': the title given in the next sentence names the one described
            sent = self.sent_of_token[tok.i]
            # (from the lead, the next paragraphs: 'was sentenced on Tuesday, with the judge
            # telling him that he had "..."' ... 'U.S. District Judge Harriet X said')
            reach = 4 if self._in_lead(tok) or headline else 1
            # ('Missouri governor says ...' above 'Gov. X said': a headline's place is
            # the office's, which the body's title need not repeat)
            places = {
                c.lower_
                for c in tok.children
                if headline and c.dep_ == "compound" and c.ent_type_ in ("GPE", "NORP")
            }
            for m in self.mentions[hi : hi + 8]:
                if self.sent_of_token[m.first] > sent + reach:
                    break
                if m.speaker.label == "PERSON" and self._holds(m, wanted - places, said):
                    return m.speaker
        if lemma in _UNNAMED_UNLESS_NAMED or (
            lemma in ROLE_WORDS
            and any(
                c.dep_ == "poss"
                and c.pos_ == "NOUN"
                and c.lemma_.lower() in ORG_NOUNS
                and c.i not in self.entity_of_token
                for c in tok.children
            )
            and any(c.dep_ == "compound" and c.lower_ in _AUDITING_OFFICES for c in tok.children)
        ):
            # ('The department's inspector general ... found': a body's examining officer)
            # '"Is that on the table?" the reporter asked', '..., the Tory source said',
            # '... by the sentencing judge': someone unnamed, not the person the text is
            # about, unless named with that role (above)
            return None
        # 'said the top seed': a ranked title no one named holds describes the person the
        # text is about; so does 'the prime minister' when only a deputy was named so
        outranked = {
            m.speaker.key
            for m in self.mentions[:hi]
            if m.speaker.label == "PERSON"
            and (
                (wanted <= (roles := self._roles(m)) and (roles & _LESSER_RANKS) - said)
                # ('the deputy prime minister' is not Prime Minister Andrzej Kaminski)
                or (
                    wanted - _LESSER_RANKS
                    and wanted - _LESSER_RANKS <= roles
                    and (wanted & _LESSER_RANKS) - roles - {"former"}
                )
            )
        }
        epithet = _epithet(tok) or bool(outranked) or bool(ranks)
        if not epithet:
            # a role noun the text has not used before introduces no new referent: it
            # re-describes someone already named ('"...," said the striker'), and so does a
            # definite re-use of one that was never introduced as someone new ('a
            # minister'): 'Tony Blair has said ... The prime minister said ... The prime
            # minister conceded'
            first = self.first_noun_at.get(_noun_key(tok))
            person_noun = (
                lemma not in NOT_PERSON_NOUNS
                and (
                    lemma not in UNNAMED_SOURCE_NOUNS
                    # 'Dr Sutrisno denied that ... "...," the official said': an official
                    # never introduced as someone new is someone named
                    or (
                        lemma == "official"
                        and not any(i < tok.i for i in self.indefinite_uses.get(lemma, ()))
                    )
                )
                and lemma not in DOCUMENT_NOUNS
            )
            # (or 'the shadow chancellor' after 'the chancellor': another office)
            epithet = person_noun and (
                (first is not None and first >= tok.i)
                # (a role word the tagger took for a name, first used here: 'the forward')
                or (first is None and _lower_case_name_tag(tok))
                or (lemma in ROLE_WORDS and bool(wanted & _LESSER_RANKS))
            )
            if (
                first is not None
                and first < tok.i
                and person_noun
                and depth == 0
                # ('A transport minister has resigned ... the prime minister said': another)
                and wanted & _PORTFOLIOS <= {c.lower_ for c in self.doc[first].children}
            ):
                earlier = self.doc[first]
                introduced = any(i < tok.i for i in self.indefinite_uses.get(lemma, ()))
                named = self.named_next(earlier) if not introduced else None
                if (
                    named is None
                    and lemma in ROLE_WORDS
                    and first in self.indefinite_uses.get(lemma, ())
                ):
                    # 'A Home Office minister has insisted ...¶Simon Thewlis told the
                    # Commons ...¶"...," the minister said': the lead's one, named after it
                    named = self.lead_identity(earlier)
                if named is not None:
                    # 'The series' writer ... told BBC News ... "...," said Grace
                    # Sutherland ... "...," the writer said': the one named after it
                    return named
                if (
                    not introduced
                    and _description_words(tok)[:1] == ["the"]
                    and earlier.dep_ == "nsubj"
                    and _epithet(earlier)
                ):
                    # 'The Ballymena-born actor said ... The Oscar-nominated actor said':
                    # the role an epithet gave a person describes that person again
                    return self.resolve_description(earlier, None, -1, depth=1)
                beside = next(
                    (
                        found
                        for t in earlier.subtree
                        if t.dep_ == "appos"
                        and t.i > earlier.i
                        and self.doc[t.left_edge.i - 1].text == ","
                        and (found := self.entity_of_token.get(t.i)) is not None
                        and found.label == "PERSON"
                    ),
                    None,
                )
                if (
                    not introduced
                    and beside is not None
                    and _description_words(tok) == ["the", lemma]
                    and earlier.dep_ == "nsubj"
                ):
                    # 'The coach of Rovers Women, Amara Nwosu, said ... "...," the coach
                    # added': the one named beside the phrase, however the parser hung her
                    return beside
                if (
                    not introduced
                    and named is None
                    and _description_words(tok) == ["the", lemma]
                    and earlier.left_edge.lower_ == "the"
                    and earlier.dep_ == "nsubj"
                    and earlier.head.lemma_.lower() in REPORTING_VERBS
                    and earlier.i not in self.entity_of_token
                    and any(c.dep_ == "prep" for c in earlier.children)
                    and not any(c.dep_ == "appos" for c in earlier.children)
                    # (nor one the parser set beside its phrase's last noun: 'The coach of
                    # Rovers Women, Amara Nwosu, said')
                    and not any(
                        (found := self.entity_of_token.get(t.i)) is not None
                        and found.label == "PERSON"
                        for t in earlier.subtree
                    )
                ):
                    # 'The mayor of one coastal town, who asked not to be named, said ...
                    # "...," the mayor said': the one described there, unnamed
                    return describe(earlier, self.quote_of_token)
                if (
                    not introduced
                    and named is None
                    and tok.dep_ == "nsubj"
                    and tok.head.lemma_.lower() in _GOING_ON_VERBS
                    and previous is not None
                    and previous.label == "PERSON"
                    and first < prev_at < tok.i
                    and earlier.dep_ not in SUBJECT_DEPS
                    and earlier.i not in self.entity_of_token
                    and _epithet(earlier)
                ):
                    # 'Pritchard shoved the Ghanaian-born champion ... "...," the 30-year-old
                    # said.¶The champion ... added:': an epithet no one was named with, used
                    # again by who goes on speaking, is who spoke last
                    return previous
                sent_start = self.sent_first[self.sent_of_token[first]]
                if (
                    not introduced
                    and lemma not in LEGAL_DOCUMENT_NOUNS
                    and _description_words(tok) == _description_words(earlier)
                    and _description_words(tok)[:1] == ["the"]
                    # (or its owner: "The actor's friend Budd Schulberg told ... The actor
                    # repeatedly refused")
                    and earlier.dep_ in ("nsubj", "poss")
                    # (opening its sentence, or its main clause: 'Asked how he would recruit,
                    # the chief pointed to pay')
                    and (earlier.left_edge.i == sent_start or earlier.head.dep_ == "ROOT")
                ):
                    # the same definite description again: whoever its first use meant
                    # (with the voice heard before that use)
                    heard = [(at, sp) for at, sp, _ in self.recent_speakers if at < earlier.i]
                    heard_at, voice = heard[-1] if heard else (-1, None)
                    return self.resolve_description(earlier, voice, heard_at, depth=1)
        if epithet and lemma in _QUESTIONER_NOUNS and _put_to_someone(tok.head):
            return None  # '"...," the presenter put to him': not the one the words were for
        if epithet and (doer := self._doer_of_deed(lemma, hi)) is not None:
            return doer  # '"The River King", directed by Adaeze Nwosu, ... the director'
        if epithet and (named := self.kin_named_later(tok)) is not None:
            return named  # 'Hiker found alive; brother says ...': 'Her brother, Patrick X'
        if epithet and (lead := self._lead_subject) is not None and lead.i < tok.i:
            # 'The chief executive of the video app Loopr faced ... X, who has run Loopr
            # ... "...," the CEO said': the one the lead's description was named as
            words = {
                t.lemma_.lower()
                for t in lead.subtree
                if t.i <= lead.i and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.dep_ != "poss"
            }
            if {"chief", "executive"} <= words:
                words.add("ceo")
            if lemma in words and (person := self.lead_identity(lead)) is not None:
                return person
        if epithet:
            found = self.resolve_pronoun(tok, previous, prev_at, labels={"PERSON"})
            if (
                found is not None
                and (found.entity_id is None or not self.titled_as(found, tok))
                and (named := self.named_next(tok)) is not None
            ):
                # 'The local MSP, who was also at the meeting, said ... Eilidh MacRae, the
                # SNP MSP for X, later told ...': the one named as that, not the last
                # person named, whom the text never called it
                found = named
            if lemma in _YOUNG_NOUNS and (young := self._young_person_before(hi)) is not None:
                # 'a Welsh Rugby Union spokesman said ... the uncapped lock Dewi Pugh-Evans,
                # 21, ...¶The youngster said': the young person last named with an age
                found = young
            if found is None and tok.head.lemma_.lower() in _REPLY_VERBS:
                # '"...," she said.¶"...?" he asked.¶"...," the nominee replied': who spoke
                # before the question answers it
                found = self._other_turn(previous, asked=True)
            body = self._body_modifier(tok)
            if (
                found is not None
                and found.entity_id is not None
                and (lemma in UNNAMED_SOURCE_NOUNS or lemma == "person")
                and body is not None
                and not self._described_with(found, hi, body)
            ):
                # 'The Bat spokeswoman said', 'the Conservative Party person': a body's
                # spokesperson no one was named as stays unnamed, not the last person named
                # (another body's spokesman)
                return None
            if (
                found is not None
                and found.key.startswith("DESC:")
                and body is not None
                and body.name.lower() not in found.name.lower()
            ):
                # 'A spokesman for Darlington Council said ... A spokeswoman for Royal Mail
                # said ... The Darlington Council spokesman added': that body's one
                return next(
                    (
                        sp
                        for _, sp, _ in reversed(self.recent_speakers)
                        if sp.key.startswith("DESC:")
                        and body.name.lower() in sp.name.lower()
                        and _description_head(sp) is not None
                        and _office_word(_description_head(sp) or "") == _office_word(lemma)
                    ),
                    None,
                )
            # 'the prime minister' is not 'London Mayor Ken Livingstone': someone the text
            # gives another office and not this one
            # (but a manager was once a player: 'the former Aberdeen midfielder')
            other_side = (
                found is not None
                and "former" not in said
                and self._on_the_other_side_of_the_line(found, hi, lemma)
            )
            if (
                found is not None
                and lemma in _ELECTED_HEADS
                and found.key.startswith("DESC:")
                and (head := _description_head(found)) is not None
                and _office_word(head) != _office_word(lemma)
            ):
                return None  # 'One witness told ...' is not 'the mayor'
            if found is not None and (
                (
                    lemma in _OFFICES
                    and self._holds_another_office(found, hi, lemma, wanted & _PORTFOLIOS)
                )
                # 'City boss Kevin Keegan' is not 'the defender', nor a player 'the manager'
                or other_side
            ):
                outranked = outranked | {found.key}
            if found is not None and found.key in outranked:
                # not the deputy: the nearest other person a sentence was about, else the
                # nearest other person named ('Clatworthy singled out Ellacott ... The
                # midfielder said')
                sent = self.sent_of_token[tok.i]
                unranked = [
                    m
                    for m in reversed(self.mentions[:hi])
                    if m.speaker.label == "PERSON" and m.speaker.key not in outranked
                ]
                # (the last few sentences; for a player the manager is not, the last few
                # paragraphs when nobody is named there)
                lines = self.line_starts
                back = lines[max(0, bisect_right(lines, tok.i) - 4)] if lines else 0
                near = [m for m in unranked if self.sent_of_token[m.first] >= sent - 3] or [
                    m for m in unranked if other_side and m.first >= back
                ]
                found = next((m.speaker for m in near if m.subject), None) or next(
                    (m.speaker for m in near), None
                )
                first = self.first_noun_at.get(_noun_key(tok))
                if found is None and first is not None and first < tok.i:
                    # 'the deputy prime minister threatened ... Jerzy W., who leads ...,
                    # said': the one the lead's description was named as
                    found = self.named_next(self.doc[first]) or self._lead_identity(self.doc[first])
            if found is None or not nationality:
                return found
            # 'His words about President Bush met a cool reception from Jacques Chirac. The
            # French president told ...': not someone titled without that nationality, but
            # the nearest person not titled otherwise
            sent = self.sent_of_token[tok.i]
            candidates = [
                m
                for m in reversed(self.mentions[:hi])
                if m.speaker.label == "PERSON" and self.sent_of_token[m.first] >= sent - 2
            ]
            if not any(
                m.speaker is found and lemma in self._roles(m) and not nationality <= self._roles(m)
                for m in candidates
            ):
                return found
            for m in candidates:  # nearest first: only someone named after the titled one
                if m.speaker is found:
                    break
                roles = self._roles(m)
                if not (lemma in roles and not nationality <= roles):
                    return m.speaker
            return found
        if epithet:
            return self.resolve_pronoun(tok, previous, prev_at, labels={"PERSON"})
        if (
            tok.head.lemma_.lower() in _REPLY_VERBS
            and tok.dep_ == "nsubj"
            and _description_words(tok) == ["the", tok.lower_]
            and _one_persons_noun(lemma)
        ):
            # 'Ms Raghunathan said: "..." ... "Isn't it the case ...?" Miss Tarrant asked.¶
            # "That's possible, yes," the witness replied': who spoke before the question
            return self._other_turn(previous, asked=True)
        first = self.first_noun_at.get(_noun_key(tok))
        if (
            first is not None
            and first < tok.i
            and _one_persons_noun(lemma)
            and _description_words(tok) == ["the", tok.lower_]
        ):
            # 'A Treasury minister has defended ...¶Economic Secretary to the Treasury
            # Oliver Penhallow told ... [paragraphs] ... the minister said': the one the
            # lead's description was named as
            return self._lead_identity(self.doc[first])
        return None

    def _latest_sentencer(self, hi: int) -> Speaker | None:
        """The person last named, among the mentions before index ``hi``, as passing
        sentence ('Sentencing him, Lord Glenrothie told Dunbar', 'X jailed him for four
        years'), else None."""
        return self._latest_subject_of(hi, _passes_sentence)

    def _latest_testifier(self, hi: int) -> Speaker | None:
        """The person last named as testifying or giving evidence among the mentions
        before index ``hi`` ('Caroline X ... testified that'), else None."""
        return self._latest_subject_of(hi, _gives_evidence)

    def _latest_subject_of(self, hi: int, does: Callable[[Token], bool]) -> Speaker | None:
        """The person last named as the subject of a verb that ``does`` what is wanted,
        among the 40 mentions before index ``hi``, else None."""
        for m in reversed(self.mentions[max(0, hi - 40) : hi]):
            if m.speaker.label == "PERSON" and m.subject and does(self.doc[m.last].head):
                return m.speaker
        return None

    def appositive_name(self, token: Token, label: str) -> Speaker | None:
        """The name of that kind set beside ``token`` ('the BEA-TT' beside a bureau, 'Yoon
        Sang-ho' beside 'a former deputy minister'), outside quotations and not in a
        relative clause the parser cut short ('Klausmann, whose chief executive X has made
        ...': the body's officer)."""
        for c in token.children:
            if (
                c.dep_ == "appos"
                and self.quote_of_token[c.i] < 0
                and not any(t.tag_ == "WP$" for t in c.subtree)
            ):
                found = self.speaker_of_token(c)
                if found is not None and found.label == label:
                    return found
        return None

    def _one_who_pleads(self, before: int) -> Speaker | None:
        """The one person shown answering a charge before token ``before`` ('X denies
        murder', 'Y pleaded not guilty'), else None."""
        found: dict[str, Speaker] = {}
        for t in self.doc[:before]:
            if t.dep_ == "nsubj" and _plea(t.head) and self.quote_of_token[t.i] < 0:
                person = self.speaker_of_token(t)
                if person is not None and person.label == "PERSON":
                    found[person.key] = person
        return next(iter(found.values())) if len(found) == 1 else None

    def _study_author(self, tok: Token) -> Speaker | None:
        """'A report has found ... The study by the Countryside Agency found ... "...," the
        report said': the one body or person named as the author of the text's studies,
        under whichever of their names (report, study, survey, review)."""
        authors: dict[str, Speaker] = {}
        for t in self.doc[max(0, tok.i - 400) : tok.i]:
            if t.lemma_.lower() not in _STUDY_NOUNS or t.pos_ != "NOUN":
                continue
            if self.quote_of_token[t.i] >= 0:
                continue
            author = _by_author(t)
            found = self.speaker_of_token(author) if author is not None else None
            if found is not None and found.label in ("ORG", "PERSON"):
                authors[found.key] = found
        return next(iter(authors.values())) if len(authors) == 1 else None

    def _document_topics(self, tok: Token) -> set[str]:
        """Keys of the bodies earlier uses of the document noun ``tok`` are about ('a
        report into the BBC's Freeview service', 'a study on Nokia')."""
        lemma = tok.lemma_.lower()
        # ('A review of the university's finances ... found ... the report said': one
        # study under another name)
        lemmas = _STUDY_NOUNS | _INQUIRY_NOUNS if lemma in _STUDY_NOUNS else {lemma}
        topics: set[str] = set()
        for t in self.doc[max(0, tok.i - 400) : tok.i]:
            if t.lemma_.lower() not in lemmas or t.pos_ != "NOUN" or self.quote_of_token[t.i] >= 0:
                continue
            for prep in t.children:
                if prep.dep_ != "prep":
                    continue
                if prep.lower_ in ("into", "on", "about", "over"):
                    words = list(prep.subtree)
                elif prep.lower_ == "of":
                    # 'a review of the university's finances': the owner of what it looked
                    # at (not 'a report of the committee', its author)
                    words = [
                        w
                        for g in prep.children
                        if g.dep_ == "pobj"
                        for w in g.subtree
                        if w.dep_ == "poss" or w.head.dep_ == "poss"
                    ]
                else:
                    continue
                for word in words:
                    body = self.entity_of_token.get(word.i) or self._body_named_for(word)
                    if body is not None and body.key:
                        topics.add(body.key)
        return topics

    def _body_named_for(self, noun: Token) -> Speaker | None:
        """The body last named before with the noun in its name, for 'the university'
        after 'the University of Harrowfield'."""
        if noun.lower_ not in ORG_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children
        ):
            return None
        for m in reversed(self.mentions[: bisect_left(self.mention_ends, noun.i)]):
            if m.speaker.label == "ORG" and noun.lower_ in m.speaker.name.lower().split():
                return m.speaker
        return None

    def _kinds(self, hi: int) -> dict[str, set[str]]:
        """The kinds of body the text calls each body in its first ``hi`` mentions."""
        kinds: dict[str, set[str]] = {}
        for m in self.mentions[:hi]:
            if m.speaker.label == "ORG":
                kinds.setdefault(m.speaker.key, set()).update(self._roles(m) & ORG_NOUNS)
        return kinds

    def _club_named_as_place(self, hi: int) -> Speaker | None:
        """ "Worcestershire had reached 312-7 ... the club said": for 'the club', when no
        body is named, the latest place the text makes an actor (a subject, an owner, or a
        player's or manager's side, as a club is; tagged as a place, a people or anything
        else a place's name may be taken for), no country and no nationality."""
        for m in reversed(self.mentions[max(0, hi - 40) : hi]):
            last = self.doc[m.last]
            if (
                (
                    m.speaker.label in ("GPE", "NORP")
                    or (
                        m.speaker.label not in NOT_SPEAKER_ENTS | {"PERSON"}
                        and is_place_name(m.speaker.name)
                    )
                )
                and (
                    m.subject
                    or last.dep_ == "poss"
                    # 'Norwich City striker Rafael Teixeira'
                    or (
                        last.dep_ == "compound"
                        and last.head.lemma_.lower() in _PLAYING_ROLES | _STAFF_ROLES
                    )
                )
                and not is_country_name(m.speaker.name)
                and not is_demonym(m.speaker.name)
                and not self.in_headline(m.first)
            ):
                return m.speaker
        return None

    def _side_a_sentence_was_about(self, found: Speaker, tok: Token, hi: int) -> Speaker | None:
        """For "the club": the side a recent sentence was about when the last one named was
        only named in passing ('Kilbrannan Athletic have sacked ... after a defeat by local
        rivals Portmore Rovers ... the club said')."""
        sent_of = self.sent_of_token
        window = [
            m
            for m in self.mentions[max(0, hi - 40) : hi]
            if sent_of[tok.i] - sent_of[m.first] <= 8 and self.quote_of_token[m.first] < 0
        ]

        def opens_about(m: _Mention) -> bool:
            # the subject its sentence opens with, with any words set before the name
            # ('Scottish Premiership side Invercarron Athletic have sacked'; a garbled parse
            # may make a body named in passing a subject too)
            first = min(m.first, self.doc[m.last].left_edge.i)
            return m.subject and (first == 0 or sent_of[first - 1] != sent_of[first])

        if any(m.speaker.key == found.key and opens_about(m) for m in window):
            return None
        about = next(
            (
                m.speaker
                for m in reversed(window)
                if opens_about(m) and m.speaker.label == "ORG" and m.speaker.key != found.key
            ),
            None,
        )
        if about is None or (_name_head(about.name) in CLUB_WORDS) != (
            _name_head(found.name) in CLUB_WORDS
        ):
            return None
        return about

    def _body_of_that_kind(self, found: Speaker, tok: Token, hi: int) -> Speaker | None:
        """'Building society Calder Mutual has been fined by the Financial Conduct Board
        ... the regulator said': not a body the text calls a trading kind, but the latest
        body of the last few sentences it does not, or calls one that oversees."""
        kinds = self._kinds(hi)
        own = kinds.get(found.key, set())
        if not own & _TRADING_NOUNS or own & _OVERSIGHT_NOUNS:
            return None

        def oversees(body: Speaker) -> bool:
            other = kinds.get(body.key, set())
            return not other & _TRADING_NOUNS or bool(other & _OVERSIGHT_NOUNS)

        return self._recent_body(found, tok, hi, oversees)

    def _partys_own_group(self, tok: Token) -> bool:
        """A group a party's name qualifies ('The Conservative opposition group', 'the
        Labour group'), when no body named before bears that name."""
        party = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("amod", "compound")
                and c.is_title
                and (c.ent_type_ == "NORP" or c.lower_ in _GROUPS_PARTY_WORDS)
            ),
            None,
        )
        if party is None:
            return False
        hi = bisect_left(self.mention_ends, tok.i)
        return not any(
            m.speaker.label == "ORG" and party.text in m.speaker.name.split()
            for m in self.mentions[:hi]
        )

    def _body_of_sort(self, found: Speaker, tok: Token, hi: int, public: bool) -> Speaker | None:
        """'Corvane Motors is recalling ... In a filing with the National Highway Traffic
        Safety Administration, the company said': for 'the company', not a public body, and
        for 'the agency' ('... the agency said'), not a firm: the latest body of the last few
        sentences of the sort wanted, when the one found is of the other."""
        if not public:
            # (nor, for 'the operator', a union: 'Members of the Rail and Transit Workers'
            # Union (RTWU) voted ... The operator ... said')
            def trades(body: Speaker) -> bool:
                head = _name_head(body.name)
                return (
                    head not in _PUBLIC_BODY_HEADS
                    and head not in _UNION_HEADS
                    # (nor a town the model took for a body: 'between Shrewsbury and ...')
                    and not _head_is_place(body)
                )

            if trades(found):
                return None
            return (
                self._recent_body(found, tok, hi, trades)
                or self._only_body(found, hi, lambda body: _name_head(body.name) in FIRM_HEAD_WORDS)
                # (for a town found: the one body named before that trades at all)
                or (self._only_body(found, hi, trades) if _head_is_place(found) else None)
            )
        if _name_head(found.name) not in _PUBLIC_BODY_HEADS and (
            # (a firm for sure: named so, or called one: not 'Homeland Security
            # Investigations' ... 'the agency')
            _name_head(found.name) in FIRM_HEAD_WORDS
            or self._kinds(hi).get(found.key, set()) & _TRADING_NOUNS
        ):
            return self._recent_body(
                found, tok, hi, lambda body: _name_head(body.name) in _PUBLIC_BODY_HEADS
            )
        return None

    def _only_body(
        self, found: Speaker, hi: int, fits: Callable[[Speaker], bool]
    ) -> Speaker | None:
        """The one body named before mention ``hi``, other than ``found`` and outside the
        headline, that ``fits`` ('Bluegrass Energy said ... the company said', paragraphs
        on)."""
        bodies = {
            m.speaker.key: m.speaker
            for m in self.mentions[:hi]
            if self._another_body(m, found, fits)
        }
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _another_body(self, m: _Mention, found: Speaker, fits: Callable[[Speaker], bool]) -> bool:
        """Mention ``m`` names a body other than ``found``, outside the headline, that
        ``fits``."""
        return (
            m.speaker.label == "ORG"
            and m.speaker.key != found.key
            and fits(m.speaker)
            and not self.in_headline(m.first)
        )

    def _recent_body(
        self, found: Speaker, tok: Token, hi: int, fits: Callable[[Speaker], bool]
    ) -> Speaker | None:
        """The latest body of the last few sentences before ``tok``, other than ``found``
        and outside the headline, that ``fits``."""
        sent = self.sent_of_token[tok.i]
        for m in reversed(self.mentions[:hi]):
            if self.sent_of_token[m.first] < sent - 3:
                break
            if self._another_body(m, found, fits):
                return m.speaker
        return None

    def body_set_off_after(self, noun: Token) -> Speaker | None:
        """A body's name set off by commas after the noun for a body that opens the subject
        and its phrase, whatever the parser hung it from ("The maker of the branded drug,
        Ardent Pharma, said")."""
        doc = self.doc
        verb = noun.head
        if noun.dep_ != "nsubj" or verb.i < noun.i:
            return None
        comma = next((t.i for t in doc[noun.i + 1 : verb.i] if t.text == ","), None)
        if comma is None:
            return None
        for m in self.mentions[bisect_left(self.mention_ends, comma + 1) :]:
            if m.first > comma + 2:
                break
            if (
                m.first in (comma + 1, comma + 2)
                and doc[comma + 1 : m.first].text in ("", "the", "The")
                and m.speaker.label == "ORG"
                and m.last + 1 < verb.i
                and doc[m.last + 1].text == ","
                and self.quote_of_token[m.first] < 0
            ):
                return m.speaker
        return None

    def _poster_before(self, tok: Token) -> Speaker | None:
        """The named subject of the verb 'posted' or 'tweeted' before 'the post' or 'the
        tweet', in its paragraph (past the words quoted from it), if any; or the owner of
        the account the post itself is said to be on ('The post, which appeared on
        O'Driscoll's Instagram account ..., read')."""
        for t in tok.subtree:
            if t.lemma_.lower() in _ACCOUNT_NOUNS and self.quote_of_token[t.i] < 0:
                for owner in (c for c in t.children if c.dep_ == "poss"):
                    found = self.speaker_of_token(owner)
                    if found is not None and found.label in ("PERSON", "ORG"):
                        return found
        for i in range(tok.i - 1, max(-1, tok.i - 120), -1):
            verb = self.doc[i]
            if "\n" in verb.text:
                break
            if self.quote_of_token[i] >= 0:
                continue
            if verb.pos_ != "VERB" or verb.lemma_.lower() != tok.lemma_.lower():
                continue
            for c in verb.children:
                if c.dep_ == "nsubj" and self.quote_of_token[c.i] < 0:
                    found = self.speaker_of_token(c)
                    # (whatever the model took the poster's name for: one who posts acts)
                    if found is not None and found.label not in NOT_SPEAKER_ENTS:
                        return found
                    if found is None and c.pos_ == "PROPN":
                        return self.name_from_tokens(c)
            return None
        return None

    def _on_behalf_of(self, statement: Token) -> Speaker | None:
        """The person a statement was given or read for: 'read a statement on her behalf',
        'issued a statement on behalf of Mrs X'."""
        verb = statement.head if statement.dep_ == "dobj" else None
        for holder in (statement, verb):
            if holder is None:
                continue
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ != "on":
                    continue
                for behalf in prep.children:
                    if behalf.dep_ != "pobj" or behalf.lower_ != "behalf":
                        continue
                    owners = [g for g in behalf.children if g.dep_ == "poss"] + [
                        p
                        for of in behalf.children
                        if of.dep_ == "prep" and of.lower_ == "of"
                        for p in of.children
                        if p.dep_ == "pobj"
                    ]
                    for owner in owners:
                        found = (
                            self.resolve_pronoun(owner, None, -1)
                            if owner.lower_ in ("his", "her")
                            else self.speaker_of_token(owner)
                        )
                        if found is not None and found.label == "PERSON":
                            return found
        return None

    def _statement_giver(self, tok: Token) -> Speaker | None:
        """Who was last said to speak 'in a statement' (or to issue one) when 'the
        statement' speaks again: 'A spokeswoman, Vivian Tran, said in a statement that ...
        "...," the statement said'."""
        lemma = tok.lemma_.lower()
        doc = self.doc
        authored = lemma in AUTHORED_NOUNS
        for i in range(tok.i - 1, max(-1, tok.i - 300), -1):
            t = doc[i]
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or self.quote_of_token[i] >= 0:
                continue
            if (
                lemma in _STUDY_NOUNS
                and t.dep_ == "nsubj"
                and t.head.lemma_.lower() in REPORTING_VERBS
                and [c.lower_ for c in t.children] == ["the"]
            ):
                continue  # 'The report says that 61 ...': the same report again, no source
            between = {
                self.sent_of_token[j]
                for j in range(i + 1, tok.i)
                if self.quote_of_token[j] < 0 and not doc[j].is_punct and not doc[j].is_space
            } - {self.sent_of_token[i], self.sent_of_token[tok.i]}
            sender = next(
                (
                    found
                    for c in t.children
                    if c.dep_ == "prep" and c.lower_ == "from"
                    for g in c.children
                    if g.dep_ == "pobj"
                    and (found := self.speaker_of_token(g)) is not None
                    and found.label in ("PERSON", "ORG")
                ),
                None,
            )
            if sender is not None and not any(
                doc[j].lemma_.lower() in REPORTING_VERBS
                and doc[j].pos_ == "VERB"
                and self.quote_of_token[j] < 0
                for j in range(i + 1, tok.i)
            ):
                # 'according to a statement from Police Chief Marisol Ferreira. The review
                # will examine ...¶"...," the statement said': its sender, while no one
                # else is reported to speak in between
                return sender
            if between and not (
                # ('X said in a report ... Auditors reviewed ... "...," the report said':
                # sentences on what the one report found, when no other was named)
                lemma in _STUDY_NOUNS
                and not any(
                    doc[j].lemma_.lower() == lemma and self.quote_of_token[j] < 0
                    for j in range(0, i)
                )
            ):
                # 'X said in a statement ... The club thanked him. "...," the statement
                # said': another party may have spoken since (sentences of the quotation
                # itself do not count), unless each sentence since is the giver's own ('The
                # company said it had hired 140 nurses')
                giver = self._giver_of(t, authored)
                if giver is None or not self._giver_went_on(between, giver):
                    return None
                return giver
            return self._giver_of(t, authored)
        return None

    def _giver_of(self, t: Token, authored: bool) -> Speaker | None:
        """Who gave the statement ``t`` (a writing's writer; one who spoke 'in' it or
        issued it; one it was read out for)."""
        if authored:
            # 'a letter sent to his office by Ann Kowalski', 'In a letter to X, Mr
            # Carnforth wrote', 'Y wrote a letter'
            return self.writer_of(t)
        behalf = self._on_behalf_of(t)
        if behalf is not None:
            return behalf  # 'a family spokesman read a statement on her behalf'
        # ('said in a statement', 'responded with a brief statement')
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "with"):
            verb = t.head.head
            if verb.lemma_.lower() not in REPORTING_VERBS:
                return None
        elif t.dep_ == "dobj" and t.head.lemma_.lower() in ISSUE_VERBS:
            verb = t.head
        else:
            return None  # the nearest statement is no one's said or issued
        for subject in verb.children:
            if subject.dep_ != "nsubj" or self.quote_of_token[subject.i] >= 0:
                continue
            names = (
                subject,
                *(c for c in subject.children if c.dep_ in ("appos", "nmod")),
            )
            for named in names:
                found = self.speaker_of_token(named)
                if found is not None and found.label in ("PERSON", "ORG"):
                    return found
            for named in names:
                if named.pos_ == "PROPN" and named.text[:1].isupper():
                    # 'The IAAF, athletics' governing body, said in a statement': a name
                    # the model left untagged
                    return self.name_from_tokens(named)
            if subject.lemma_.lower() in ORG_NOUNS:
                found = self.body_set_off_after(subject)
                if found is not None:
                    return found  # 'The maker of the drug, Ardent Pharma, said in a ...'
            if subject.lower_ in ("he", "she"):
                # 'In a written statement, she said the report had needed ...': who she is
                found = self.resolve_pronoun(subject, None, -1)
                if found is not None and found.label == "PERSON":
                    return found
            if (
                subject.pos_ == "NOUN"
                and subject.lemma_.lower() in ORG_NOUNS
                and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            ):
                # 'In a statement, the party said ... "...," said the statement': the
                # body 'the party' means, unless the text called it another kind of body
                # (the Guardian newspaper), else the party as described
                lemma = subject.lemma_.lower()
                body = self.resolve_description(subject, None, -1, depth=1)
                kinds = self._kinds(len(self.mentions)).get(body.key, set()) if body else set()
                if body is not None and (
                    lemma not in _DISTINCT_BODY_NOUNS
                    or lemma in kinds
                    or lemma in body.name.lower().split()
                ):
                    return body
                if (
                    body is not None
                    # (or a body described by a name: 'The Achterberg campaign')
                    or any(
                        c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN"
                        for c in subject.children
                    )
                    # (or a state's office by its portfolio: 'The interior ministry
                    # said in a statement'; 'The club issued a statement' stays the
                    # statement)
                    or (
                        lemma in STATE_NOUNS
                        and any(c.dep_ in ("amod", "compound") for c in subject.children)
                    )
                ):
                    return describe(subject, self.quote_of_token)
            if (
                subject.pos_ == "NOUN"
                and (
                    subject.lemma_.lower() not in ORG_NOUNS
                    # ('Its board said in a statement': a body's own, as described)
                    or any(c.dep_ == "poss" for c in subject.children)
                )
                and self.speaker_of_token(subject) is None
                # ('The hospital said in a statement': the body named before)
                and not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            ):
                # 'His family said in a statement ... "...," the statement said': the
                # unnamed givers, as described, not the last body named
                return describe(subject, self.quote_of_token)
            if subject.lemma_.lower() in _MUNICIPAL_NOUNS and [
                c.lower_ for c in subject.children if c.i < subject.i
            ] == ["the"]:
                # 'The city said in a statement ... "...," the statement said': the city's
                # government, as described, not the last body named
                return describe(subject, self.quote_of_token)
        return None

    def _giver_went_on(self, sentences: set[int], giver: Speaker) -> bool:
        """Each of ``sentences`` has the statement's giver as its main subject, by name,
        as 'it', or as the body a definite description means ('The company said it had
        hired 140 nurses')."""
        for sent in sentences:
            lo, hi = self._sentence_bounds(sent)
            root = next((t for t in self.doc[lo:hi] if t.dep_ == "ROOT"), None)
            subject = (
                next((c for c in root.children if c.dep_ == "nsubj"), None)
                if root is not None
                else None
            )
            if subject is None or self.quote_of_token[subject.i] >= 0:
                return False
            if subject.lower_ == "it" and giver.label == "ORG":
                continue
            if giver.label == "PERSON" and (sex := _pronoun_sex(subject.lower_)) is not None:
                if sex == self.sex_of(giver):
                    continue  # 'In it, she warned that ...': the writer, of that sex
                return False
            found = self.speaker_of_token(subject)
            if found is None and subject.pos_ == "NOUN" and subject.lemma_.lower() in ORG_NOUNS:
                found = self.resolve_description(subject, None, -1, depth=1)
            if found is None or found.key != giver.key:
                return False
        return True

    def writer_of(self, writing: Token) -> Speaker | None:
        """The writer named with a writing in its own sentence: 'a letter from X', 'X
        endorsed Y in an editorial that called ...', 'Y wrote a letter'."""
        author = self._author_phrase(writing)
        if author is not None:
            return self._writer(author)
        if writing.dep_ == "pobj" and writing.head.lower_ == "in":
            done = writing.head.head
            if done.pos_ == "NOUN" and done.dep_ == "dobj":
                done = done.head  # 'X announced the suspension in a letter', hung on its object
            return self._subject_writing(done)
        if writing.dep_ == "dobj" and writing.head.lemma_.lower() in _WRITING_VERBS:
            return self._subject_writing(writing.head)
        return None

    def _author_phrase(self, writing: Token) -> Token | None:
        """Who a writing is said to be from or by, named or not: 'a letter from X', 'a
        letter sent to his office by X', 'a letter from 50 bishops'."""
        for c in writing.children:
            if c.dep_ == "acl" and c.lemma_.lower() in _WRITING_VERBS:
                # 'sent to his office by X'; not 'obtained by this newspaper'
                found = _issued_by(c)
                if found is not None:
                    return found
            elif c.dep_ == "prep" and c.lower_ in ("from", "by"):
                found = next((g for g in c.children if g.dep_ == "pobj"), None)
                if found is not None:
                    return found
        return None

    def _writer(self, token: Token) -> Speaker | None:
        """The person or body ``token`` names, or the one set beside it ('a letter from its
        chief executive, Chen Weiming'); else none ('a letter from 50 bishops')."""
        for named in (token, *(c for c in token.children if c.dep_ == "appos")):
            found = self.speaker_of_token(named)
            if found is not None and found.label in ("PERSON", "ORG"):
                return found
        return None

    def _subject_writing(self, verb: Token) -> Speaker | None:
        """The named subject of a verb of saying or writing done in a writing ('X wrote in
        a letter', 'X endorsed Y in an editorial'; not 'X read it in a letter', 'X appears
        in an article')."""
        lemma = verb.lemma_.lower()
        # ('X set out the measures in a letter': laid out in it)
        laid_out = lemma in ("set", "lay") and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
        )
        if (
            lemma not in _WRITING_VERBS
            and (lemma not in REPORTING_VERBS or lemma in WEAK_VERBS)
            and not laid_out
        ):
            return None
        for subject in verb.children:
            if subject.dep_ != "nsubj" or self.quote_of_token[subject.i] >= 0:
                continue
            for named in (subject, *(c for c in subject.children if c.dep_ == "appos")):
                found = self._writer(named)
                if found is not None:
                    return found
            if (
                subject.pos_ == "NOUN"
                and subject.lemma_.lower() in ROLE_WORDS
                and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            ):
                # 'In her veto message, the Democratic governor called ...': the one it means
                found = self.resolve_description(subject, None, -1, depth=1)
                if found is not None and found.label == "PERSON":
                    return found
        return None

    def _body_described(self, tok: Token) -> Speaker | None:
        """The organisation a description names by itself ('the Commons committee')."""
        named = describe(tok, self.quote_of_token)
        if named is None:
            return None
        return Speaker(named.name, None, "ORG", key=f"ORG:{named.name.lower()}")

    def _body_modifier(self, tok: Token) -> Speaker | None:
        """The named organisation that modifies the noun ('the Bat spokeswoman')."""
        for c in tok.children:
            body = self.entity_of_token.get(c.i) if c.dep_ == "compound" and c.i < tok.i else None
            if body is not None and body.label == "ORG":
                return body
        return None

    def _described_with(self, person: Speaker, hi: int, body: Speaker) -> bool:
        """One of ``person``'s first ``hi`` mentions has a title or appositive naming ``body``
        and a source noun ('Dixons spokesman Andrew Long', 'Jane Smith, a spokeswoman for
        Tesco')."""
        doc = self.doc
        names = {body.name.lower()} | {
            doc[m.first : m.last + 1].text.lower() for m in self.mentions if m.speaker is body
        }
        for m in self.mentions[:hi]:
            if m.speaker.key != person.key:
                continue
            around = [doc[max(0, m.first - 4) : m.first].text.lower()]
            root = doc[m.last]
            around += [
                doc[c.left_edge.i : c.right_edge.i + 1].text.lower()
                for c in root.children
                if c.dep_ == "appos"
            ]
            if root.dep_ == "appos":
                around.append(doc[root.head.left_edge.i : m.first].text.lower())
            if any(
                re.search(rf"\b{re.escape(n)}\b", text)
                # as its spokesperson or press officer, not 'Stuart Rose, head of M&S' for
                # 'the M&S spokesman'
                and any(
                    w in UNNAMED_SOURCE_NOUNS or w in _PRESS_WORDS
                    for w in re.findall(r"[a-z]+", text)
                )
                for n in names
                for text in around
            ):
                return True
        return False

    def unique_role_holder(self, tok: Token) -> Speaker | None:
        """The one person named before ``tok`` with its head noun as a title."""
        lemma = tok.lemma_.lower()
        sent = self.sent_of_token[tok.i]
        # the description's own qualifiers too: 'the two-time champion' is not any champion
        wanted = {lemma} | {
            c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
        }
        # 'the governor of Utah' is 'Gov. X of Utah' or 'Sen. X (R-Utah)'
        wanted |= {place for c in tok.children if (place := _place_of(c))}
        said = _said_words(tok)
        holders = {
            m.speaker.key: m.speaker
            for m in self.mentions
            if m.last < tok.i
            and m.speaker.label == "PERSON"
            and self.sent_of_token[m.first] >= sent - 40
            and self._holds(m, wanted, said)
            and not self._introduced_between(lemma, m.last, tok.i)
        }
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _introduced_between(self, lemma: str, after: int, before: int) -> bool:
        """Someone new of that kind ('a general who asked not to be named') is introduced
        between tokens ``after`` and ``before``."""
        sent = self.sent_of_token[after]
        return any(
            after < i < before and self.sent_of_token[i] != sent  # not his own appositive
            for i in self.indefinite_uses.get(lemma, ())
        )

    def party_member(self, epithet: Token, party: str, state: str) -> Speaker | None:
        """The person an epithet of party and state describes ('the Ohio Republican'): the
        one named before it with that party and state, the latest when there are several;
        None when the text gives nobody so."""
        profiles = self._party_profiles()
        latest: dict[str, Speaker] = {}
        for m in self.mentions:
            if m.last >= epithet.i:
                break
            parties, states = profiles.get(m.speaker.key, ((), ()))
            if party in parties and state in states:
                latest.pop(m.speaker.key, None)
                latest[m.speaker.key] = m.speaker
        if not latest:
            # 'Rep. X, a Republican, ... the Texas Republican': one of the party whose
            # state the text does not give
            stateless = {
                m.speaker.key: m.speaker
                for m in self.mentions
                if m.last < epithet.i
                and party in profiles.get(m.speaker.key, ((), ()))[0]
                and not profiles[m.speaker.key][1]
            }
            return next(iter(stateless.values())) if len(stateless) == 1 else None
        return list(latest.values())[-1] if latest else None

    def only_member_of(self, party: str) -> Speaker | None:
        """The one person the text gives that party ('Democrat Marisol X, 57,'), if only one."""
        members = {
            m.speaker.key: m.speaker
            for m in self.mentions
            if party in self._party_profiles().get(m.speaker.key, ((), ()))[0]
        }
        return next(iter(members.values())) if len(members) == 1 else None

    def of_another_party(self, person: Speaker, party: str, state: str) -> bool:
        """The text gives ``person`` a party or a state other than the epithet's."""
        parties, states = self._party_profiles().get(person.key, ((), ()))
        return bool(parties and party not in parties) or bool(states and state not in states)

    def _party_profiles(self) -> dict[str, tuple[set[str], set[str]]]:
        """Each person's parties and US states as the text gives them: 'Sen. X (D-Calif.)',
        'X, R-Texas,', 'Ohio Republican Sen. X', 'X, a Democrat from Ohio,'. Built once."""
        if self._profiles is not None:
            return self._profiles
        profiles: dict[str, tuple[set[str], set[str]]] = {}
        doc, text = self.doc, self.doc.text
        for m in self.mentions:
            if m.speaker.label != "PERSON":
                continue
            parties, states = profiles.setdefault(m.speaker.key, (set(), set()))
            end = doc[m.last].idx + len(doc[m.last])
            after = text[end : end + 80]
            bracket = _PARTY_BRACKET.match(after)
            if bracket:
                parties.add(bracket.group(1))
                state = us_state(bracket.group(2).rstrip(","))
                if state:
                    states.add(state)
            described = _PARTY_APPOSITIVE.match(after)
            if described:
                parties.add(_PARTY_WORDS[described.group(2).lower()])
                for place in (described.group(1), described.group(3)):
                    state = us_state(place.strip()) if place else None
                    if state:
                        states.add(state)
            words: list[str] = []
            i = m.first - 1
            while i >= 0 and m.first - i <= 6 and doc[i].text[:1].isupper():
                words.insert(0, doc[i].text)
                i -= 1
            for k, word in enumerate(words):
                if word.lower() in _PARTY_WORDS:
                    parties.add(_PARTY_WORDS[word.lower()])
                    for n in (2, 1):  # 'New York Democrat', 'Ohio Republican'
                        state = us_state(" ".join(words[max(0, k - n) : k])) if k >= n else None
                        if state:
                            states.add(state)
                            break
        self._profiles = profiles
        return profiles

    def _side_played_for(self, hi: int) -> Speaker | None:
        """The one body named before ``hi`` as a side a player plays for ('a starting
        linebacker for the Cincinnati Ironhawks', 'Ironhawks wide receiver X')."""
        found: dict[str, Speaker] = {}
        for m in self.mentions[:hi]:
            if m.speaker.label != "ORG":
                continue
            name = self.doc[m.last]
            after = self.doc[m.last + 1] if m.last + 1 < len(self.doc) else None
            if is_demonym(m.speaker.name) or name.ent_type_ == "NORP":
                continue  # ('Sri Lankan batsman Dev Anand': a nation, no side)
            if (
                name.dep_ == "pobj"
                and name.head.lower_ == "for"
                and name.head.head.lemma_.lower() in _PLAYING_ROLES | {"player"}
            ) or (
                after is not None
                and after.lemma_.lower() in _PLAYING_ROLES | {"player"}
                and name.dep_ == "compound"
            ):
                found[m.speaker.key] = m.speaker
        return next(iter(found.values())) if len(found) == 1 else None

    def _doer_of_deed(self, noun: str, hi: int, label: str = "PERSON") -> Speaker | None:
        """The one person (or body, by ``label``) named before as doing what the role noun
        names ('directed by Adaeze Nwosu', 'Nwosu, who wrote the script', 'Western Isles
        Ferries, which operates the route': the director, the writer, the operator)."""
        found: dict[str, Speaker] = {}
        for m in self.mentions[:hi]:
            if m.speaker.label != label:
                continue
            name = self.doc[m.last]
            clause = next((c for c in name.children if c.dep_ == "relcl"), None)
            if (
                clause is not None
                and _DEED_DOERS.get(clause.lemma_.lower()) == noun
                and any(
                    c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children
                )
            ):
                found[m.speaker.key] = m.speaker
                continue
            verb = name.head.head if name.head.dep_ == "agent" else name.head
            if name.dep_ == "nsubj" or name.head.dep_ == "agent":
                if _DEED_DOERS.get(verb.lemma_.lower()) == noun:
                    found[m.speaker.key] = m.speaker
                # ('written and directed by X': each verb of the pair)
                elif any(
                    c.dep_ == "conj" and _DEED_DOERS.get(c.lemma_.lower()) == noun
                    for c in verb.children
                ) or (verb.dep_ == "conj" and _DEED_DOERS.get(verb.head.lemma_.lower()) == noun):
                    found[m.speaker.key] = m.speaker
        return next(iter(found.values())) if len(found) == 1 else None

    def person_of_nation(self, tok: Token, salient: Speaker | None) -> Speaker | None:
        """For a nationality noun whose ``salient`` candidate the text gives another nation,
        the one person before ``tok`` it gives this one ('Britain's Ellie Marchant beat
        Katarina Vukovic, the Croatian world number three ... the Briton'); else
        ``salient``."""
        hi = bisect_left(self.mention_ends, tok.i)
        nations: dict[str, set[str]] = {}
        people: dict[str, Speaker] = {}
        for m in self.mentions[:hi]:
            if m.speaker.label == "PERSON":
                nations.setdefault(m.speaker.key, set()).update(self._nation_words(m))
                people[m.speaker.key] = m.speaker
        if salient is None or salient.key not in nations:
            return salient
        if any(_same_nation(tok.text, word) for word in nations[salient.key]):
            return salient
        found = [
            key for key, words in nations.items() if any(_same_nation(tok.text, w) for w in words)
        ]
        if len(found) == 1 and (nations[salient.key] or self._owned_by_nation(tok, found[0], hi)):
            # (also when the text gives the salient person no nation and the other is the
            # country's own: 'Mexico's Alejandro Villaseñor ... "...," the Mexican told
            # reporters', but not 'US coach Patrick McEnroe' for 'the American')
            return people[found[0]]
        if not any(_nation_word(w) for w in nations[salient.key]):
            # ('"...," the Irishman said.¶Vermeulen, the 45-year-old Dutchman, was
            # gracious': a nation the text gives the salient person only later)
            later = {
                w
                for m in self.mentions[hi:]
                if m.speaker.key == salient.key
                for w in self._nation_words(m)
                if _nation_word(w)
            }
            if later and not any(_same_nation(tok.text, w) for w in later):
                others = [
                    m.speaker
                    for m in reversed(self.mentions[:hi])
                    if m.speaker.label == "PERSON"
                    and m.speaker.key != salient.key
                    and not any(_nation_word(w) for w in nations[m.speaker.key])
                    and self.sent_of_token[m.first] >= self.sent_of_token[tok.i] - 4
                ]
                if others:
                    return others[0]
        return salient

    def _thing_subject(self, sent: int) -> Speaker | None:
        """The main subject of sentence ``sent`` when it is a writing or a broadcast with no
        name ('The 30-second spot, titled "...", began running'), as described."""
        lo, hi = self._sentence_bounds(sent)
        root = next((t for t in self.doc[lo:hi] if t.dep_ == "ROOT"), None)
        subject = (
            next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if root is not None
            else None
        )
        if (
            subject is None
            or subject.pos_ != "NOUN"
            or subject.i in self.entity_of_token
            or self.quote_of_token[subject.i] >= 0
            or subject.lemma_.lower() not in AUTHORED_NOUNS | DOCUMENT_NOUNS | _BROADCAST_NOUNS
        ):
            return None
        return describe(subject, self.quote_of_token)

    def _unnamed_reporter_of(self, pronoun: Token) -> Speaker | None:
        """The unnamed person who reports the clause the pronoun is the subject of ('Another
        neighbor, who declined to give her name, said she had called ... "at least a dozen
        times"'): who says that she did something speaks of herself; and is whom the text
        names next as that ('A ranger employed by the reservoir's owner told the court he
        had asked "between 30 and 40" groups ...¶Stuart X said he had been the only ranger
        on duty')."""
        verb = pronoun.head
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if verb.dep_ == "ccomp":
            outer = verb.head
        elif (
            verb.dep_ == "relcl"
            and verb.head.dep_ == "dobj"
            and not any(c.tag_ in ("WP", "WDT", "WRB") for c in verb.children)
        ):
            outer = verb.head.head  # ('told the court he had asked', hung from 'court')
        else:
            return None
        if outer.lemma_.lower() not in REPORTING_VERBS or outer.i > pronoun.i:
            return None
        subject = next((c for c in outer.children if c.dep_ == "nsubj"), None)
        if (
            subject is None
            or subject.pos_ != "NOUN"
            or subject.i in self.entity_of_token
            or self.quote_of_token[subject.i] >= 0
            or any(c.dep_ == "appos" for c in subject.children)
            # (someone new, 'a'/'another'/'one': 'the minister' is resolved as a description)
            or not any(
                c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one")
                for c in subject.children
            )
        ):
            return None
        described = describe(subject, self.quote_of_token)
        if described is None:
            return None
        if not _person_described(described):
            # (any noun for someone that "he" or "she" can be: 'A ranger', not 'A report')
            sex = _pronoun_sex(pronoun.lower_)
            if sex is None or subject.lemma_.lower() in _NEVER_PERSON_NOUNS:
                return None
            self.described_sex.setdefault(described.key, sex)
        return self.named_next(subject) or described

    def _owned_by_nation(self, tok: Token, key: str, hi: int) -> bool:
        """A mention before ``hi`` of the person ``key`` is owned by the nation of the
        nationality noun ``tok`` ('Mexico's Alejandro Villaseñor')."""
        doc = self.doc
        for m in self.mentions[:hi]:
            if m.speaker.key != key or m.first < 2 or doc[m.first - 1].tag_ != "POS":
                continue
            owner = doc[m.first - 2]
            if _same_nation(tok.text, doc[owner.left_edge.i : owner.i + 1].text):
                return True
        return False

    def _nation_words(self, m: _Mention) -> set[str]:
        """Capitalised words that may give a mention's nation: its titles, an owner ('Britain's
        X'), words describing it in apposition and a bracket after it ('X (Croatia)')."""
        doc = self.doc
        words = set(self._roles(m))
        if m.first >= 2 and doc[m.first - 1].tag_ == "POS":
            owner = doc[m.first - 2]
            words.add(doc[owner.left_edge.i : owner.i + 1].text)  # 'New Zealand's'
        if m.last + 2 < len(doc) and doc[m.last + 1].text == "(":
            words.add(doc[m.last + 2].text)
        for c in doc[m.last].children:
            if c.dep_ == "appos":
                words |= {g.text for g in c.subtree if g.is_title and g.i != c.i}
        head = doc[m.last].head
        if doc[m.last].dep_ == "appos" and head.i < m.first:
            # 'their South African overseas player, Jaco van Rensburg,': the noun it is set
            # beside
            words |= {
                g.text
                for g in doc[head.left_edge.i : head.i]
                if g.is_title and g.ent_type_ in ("NORP", "GPE")
            }
        return words

    def only_person_before(self, i: int) -> Speaker | None:
        """The one person named before token ``i`` outside quotations, if only one is."""
        found = {
            m.speaker.key: m.speaker
            for m in self.mentions
            if m.last < i and m.speaker.label == "PERSON" and self.quote_of_token[m.first] < 0
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def titled_as(self, speaker: Speaker | None, epithet: Token) -> bool:
        """``speaker`` was named with the epithet's head noun as a title before it."""
        lemma = epithet.lemma_.lower()
        return speaker is not None and any(
            m.speaker.key == speaker.key and m.first < epithet.i and lemma in self._roles(m)
            for m in self.mentions
        )

    def _placed_in(self, person: Speaker, place: str, hi: int) -> bool:
        """A sentence naming ``person`` (among the first ``hi`` mentions) names ``place``
        too ('Birmingham's Marcus Oyelaran' for 'the Birmingham-based sprinter')."""
        for m in self.mentions[:hi]:
            if m.speaker.key == person.key:
                sent = self.doc[m.first].sent
                if any(t.lower_ == place for t in sent):
                    return True
        return False

    def _holds(self, m: _Mention, wanted: set[str], said: set[str]) -> bool:
        """The mention's titles include the wanted words and no lesser rank the description
        (its words ``said``) lacks: 'the prime minister' is not 'Deputy Prime Minister John
        Prescott'."""
        roles = self._roles(m)
        return (
            wanted <= roles
            and (
                not (roles & _LESSER_RANKS) - said
                # (a vice admiral is 'the admiral', a lieutenant general 'the general')
                or bool(wanted & _MILITARY_RANKS)
            )
            # ('the leader' is not 'the opposition leader, Councillor X': the other side's)
            and not ("leader" in wanted and "opposition" in roles - said)
        )

    def _only_top_office_holder(self, hi: int, sex: str | None) -> Speaker | None:
        """The one person its first ``hi`` mentions title with the top office of a body
        (general secretary, chief executive, chair, president), of no lesser rank."""
        holders: dict[str, Speaker] = {}
        for m in self.mentions[:hi]:
            if m.speaker.label != "PERSON":
                continue
            roles = self._roles(m)
            if "secretary" in roles:
                # ('Its general secretary, X': "general" is no noun of the office's)
                near = self.doc[max(0, m.first - 6) : m.last + 8].text.lower()
                roles |= {"general"} if "general secretary" in near else set()
            if roles & _LESSER_RANKS or not any(office <= roles for office in _TOP_OFFICES):
                continue
            if sex is None or self.sex_of(m.speaker) in (None, sex):
                holders[m.speaker.key] = m.speaker
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _holds_another_office(
        self, person: Speaker, hi: int, office: str, portfolios: Set[str] = frozenset()
    ) -> bool:
        """The text gives ``person`` (in its first ``hi`` mentions) a current office of
        another kind than ``office`` and never that one ('London Mayor Ken Livingstone' for
        'the prime minister'; not 'Former Tehran mayor Mahmoud Ahmadinejad'), or that office
        only without the description's ``portfolios`` ('the minister responsible for rail'
        for 'the prime minister')."""
        held: set[str] = set()
        titled: set[str] = set()
        qualified = unqualified = False
        for m in self.mentions[:hi]:
            if m.speaker.key == person.key:
                roles = self._roles(m)
                titled |= roles
                if not roles & _LESSER_RANKS:
                    held |= roles & _OFFICES.keys()
                if office in roles:
                    if portfolios <= roles:
                        qualified = True
                    else:
                        unqualified = True
        if qualified or (unqualified and not portfolios):
            return False
        if portfolios and titled & _PORTFOLIOS and not titled & portfolios:
            return True  # 'Finance Secretary X' is not 'the first minister'
        if office in _ELECTED_HEADS and office not in titled and titled & ROLE_WORDS:
            return True  # 'Police chief Ada X' is not 'the mayor'
        return unqualified or (bool(held) and not held & _OFFICES[office])

    def _on_the_other_side_of_the_line(self, person: Speaker, hi: int, role: str) -> bool:
        """``role`` is a player's position and the text titles ``person`` only as a
        manager or coach (or the other way round): the epithet is someone else."""
        if role in _PLAYING_ROLES:
            other = _STAFF_ROLES
        elif role in _STAFF_ROLES:
            other = _PLAYING_ROLES
        else:
            return False
        held: set[str] = set()
        for m in self.mentions[:hi]:
            if m.speaker.key == person.key:
                held |= self._roles(m)
        return bool(held & other) and not held & (_PLAYING_ROLES | _STAFF_ROLES) - other

    def subject_just_before(self, speaker: Speaker, at: int) -> bool:
        """``speaker`` is a subject of the sentence before the one holding token ``at``."""
        sent = self.sent_of_token[at]
        return any(
            m.subject and m.speaker.key == speaker.key and self.sent_of_token[m.first] == sent - 1
            for m in self.mentions
        )

    @cached_property
    def body_lines(self) -> list[Line]:
        """The segmenter's body lines, past a headline it left as body (no closing stop)."""
        lines = [ln for ln in (getattr(self.doc._, "factx_lines", None) or []) if ln.kind == "body"]
        return lines[1:] if lines and self._unstopped(lines[0]) else lines

    def _unstopped(self, line: Line) -> bool:
        """A line that ends with no stop (a headline the segmenter may have left as body),
        inside its last quotation marks or out ('... warns of "a long week"')."""
        return self.text[line.start : line.end].rstrip().rstrip("\"”’'")[-1:] not in ".!?"

    def _keys_named_in(self, lo: int, hi: int) -> set[str]:
        """Keys of the speakers named in tokens ``lo`` to ``hi`` (exclusive)."""
        return {sp.key for i in range(lo, hi) if (sp := self.entity_of_token.get(i)) is not None}

    @cached_property
    def narrator(self) -> Speaker | None:
        """The person a first-person piece's lead says looks back ('Rob Partridge - Marley's
        former head of press at Island Records - remembers the man behind the legend'): the
        voice of its quotations when none has a cue."""
        doc = self.doc
        first_line = self.text.split("\n", 1)[0]
        headline = _WORDS_OF_ONE.fullmatch(first_line)
        if headline is not None:
            # 'David Blunkett in quotes', 'Jo Malone in her own words': the one named
            named = {
                m.speaker.key: m.speaker
                for m in self.mentions
                if doc[m.first].idx == headline.start(1)
                and doc[m.last].idx + len(doc[m.last]) == headline.end(1)
            }
            if len(named) == 1 and (found := next(iter(named.values()))).label == "PERSON":
                return found
        paragraphs = self.body_paragraphs[:2]
        if not paragraphs:
            return None
        lo = bisect_left(self.token_starts, paragraphs[0].start)
        hi = bisect_left(self.token_starts, paragraphs[-1].end)
        for verb in doc[lo:hi]:
            lemma = verb.lemma_.lower()
            if (
                verb.tag_ != "VBZ"
                or self.quote_of_token[verb.i] >= 0
                or not (
                    lemma in _RECOLLECTION_VERBS
                    or (lemma == "look" and any(c.lower_ == "back" for c in verb.children))
                )
            ):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            found = self.entity_of_token.get(subject.i) if subject is not None else None
            if subject is None:
                # (the parser lost the subject behind its aside: the name the aside follows)
                sentence_start = doc[verb.i].sent.start
                for m in reversed(self.mentions):
                    if m.last >= verb.i or m.first < sentence_start:
                        continue
                    gap = self.text[doc[m.last].idx + len(doc[m.last]) : verb.idx]
                    before = self.text[doc[sentence_start].idx : doc[m.first].idx].rstrip()
                    if _ASIDE.fullmatch(gap) and (not before or before.endswith(",")):
                        found = m.speaker
                        break
            if found is not None and found.label == "PERSON":
                return found
        return None

    @cached_property
    def body_paragraphs(self) -> list[Line]:
        """The first body line of each paragraph; each line, when no blank line parts the
        body (a text that breaks paragraphs with single newlines)."""
        lines = self.body_lines
        if len(lines) > 2 and len({ln.paragraph for ln in lines}) == 1:
            return lines
        paragraphs: list[Line] = []
        for ln in lines:
            if not paragraphs or ln.paragraph != paragraphs[-1].paragraph:
                paragraphs.append(ln)
        return paragraphs

    def _lead_office_introduced_later(self, tok: Token) -> Speaker | None:
        """A lead's office, when the next paragraph is about someone else, is the person
        the paragraph after it (or the one after that) opens on, introduced by the same
        office ('A federal judge on Monday sentenced the former director ...¶Aurelio X, 52,
        pleaded guilty ...¶U.S. District Judge Catherine Y said')."""
        paragraphs = self.body_paragraphs
        if (
            len(paragraphs) < 3
            or not self._in_lead(tok)
            # (a common noun, or an office's initials: 'An island MSP has told ...')
            or not (tok.tag_ == "NN" or (tok.tag_ == "NNP" and tok.is_upper))
            or tok.lemma_.lower() not in ROLE_WORDS
        ):
            return None
        starts = self.token_starts
        lo = bisect_left(starts, paragraphs[0].start)
        hi = bisect_left(starts, paragraphs[1].start)
        in_lead = self._keys_named_in(lo, hi)
        for later in paragraphs[2:4]:
            subject = self._first_subject(bisect_left(starts, later.start))
            person = self.speaker_of_token(subject) if subject is not None else None
            if subject is None or person is None or person.label != "PERSON":
                continue
            if person.key in in_lead:
                continue
            introducing = list(self.doc[subject.left_edge.i : subject.i]) + [
                t for c in subject.children if c.dep_ == "appos" for t in c.subtree
            ]
            # (the very office: 'Judge', not 'Shadow home secretary' for 'A Home Office
            # minister'; a firm's 'boss' is its chief executive)
            words = {t.lemma_.lower() for t in introducing}
            if tok.lemma_.lower() in words or (
                tok.lemma_.lower() == "boss" and ({"chief", "executive"} <= words or "ceo" in words)
            ):
                return person
        return None

    def _lead_accused_named_next(self, tok: Token) -> Speaker | None:
        """A lead's accused, brought in as 'a ...' ('A former bookkeeper accused of stealing
        $1.3 million from a church texted ...'), is the person the next paragraph opens on
        when that person is charged, accused, convicted or pleads ('Lorna X, 54, is charged
        with aggravated theft')."""
        paragraphs = self.body_paragraphs
        if (
            len(paragraphs) < 2
            or tok.pos_ != "NOUN"
            or not _one_persons_noun(tok.lemma_.lower())
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
            or not any(
                c.dep_ == "acl" and c.lemma_.lower() in _CHARGING_VERBS for c in tok.children
            )
            or not self._in_lead(tok)
        ):
            return None
        starts = self.token_starts
        lo = bisect_left(starts, paragraphs[0].start)
        hi = bisect_left(starts, paragraphs[1].start)
        subject = self._first_subject(hi)
        person = self.speaker_of_token(subject) if subject is not None else None
        if (
            person is None
            or person.label != "PERSON"
            or person.key in self._keys_named_in(lo, hi)
            or subject.dep_ not in ("nsubj", "nsubjpass")
        ):
            return None
        verb = subject.head
        accused = verb.lemma_.lower() in _CHARGING_VERBS | {"plead"} or any(
            c.dep_ in ("acomp", "xcomp", "attr") and c.lemma_.lower() in _CHARGING_VERBS
            for c in verb.children
        )
        return person if accused else None

    def _lead_named_when_taken_up(self, tok: Token) -> Speaker | None:
        """A lead's indefinite description ('A witness ... has told Belfast Crown Court')
        is the person named beside the same noun, made definite, as the subject opening one
        of the next four paragraphs ('The witness, Bronagh Quinn, 32, told the jury')."""
        paragraphs = self.body_paragraphs
        if (
            tok.pos_ != "NOUN"
            or not self._in_lead(tok)
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        ):
            return None
        starts = self.token_starts
        for later in paragraphs[1:5]:
            subject = self._first_subject(bisect_left(starts, later.start))
            if (
                subject is None
                or subject.lemma_ != tok.lemma_
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            ):
                continue
            for c in subject.children:
                if c.dep_ == "appos" and c.i > subject.i and self.quote_of_token[c.i] < 0:
                    person = self.speaker_of_token(c)
                    if person is not None and person.label == "PERSON":
                        return person
            return None
        return None

    def _in_lead(self, tok: Token) -> bool:
        """``tok`` is in the first body paragraph (the news lead)."""
        lines = self.body_lines
        return bool(lines) and lines[0].start <= tok.idx < lines[0].end

    def lead_identity(self, tok: Token) -> Speaker | None:
        """``_lead_identity``; the person found then holds the role described ('the
        minister' later is them)."""
        person = (
            self._lead_identity(tok)
            or self._lead_office_introduced_later(tok)
            or self._lead_named_when_taken_up(tok)
            or self._lead_accused_named_next(tok)
        )
        if person is not None:
            # ('the Welsh Secretary' again later is them too)
            self.named_later.setdefault(_wording(tok), person)
            self.learned_roles.setdefault(person.key, set()).update(
                t.lemma_.lower()
                for t in tok.subtree
                if t.i <= tok.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "poss"
            )
        return person

    def _young_person_before(self, hi: int) -> Speaker | None:
        """The person last named, among the mentions before ``hi`` in the last few
        paragraphs, with an age of 21 or under beside the name ('Dewi Pugh-Evans, 21,'),
        else the one person named as someone's son or daughter."""
        if hi == 0:
            return None
        lines = self.line_starts
        oldest_line = bisect_right(lines, self.mentions[hi - 1].last) - 4
        for m in reversed(self.mentions[:hi]):
            if bisect_right(lines, m.first) < oldest_line:
                break
            if m.speaker.label != "PERSON":
                continue
            given = _age_beside(self.doc, m.first, m.last)
            if given is not None and given[0] <= 21:
                return m.speaker
        # (else the one young person the text named, further back: 'striker Jamie Cowie,
        # 17, is set to join ... [20 paragraphs] ... The teenager ... said')
        young = {
            m.speaker.key: m.speaker
            for m in self.mentions[:hi]
            if m.speaker.label == "PERSON"
            and (given := _age_beside(self.doc, m.first, m.last)) is not None
            and given[0] <= 21
        }
        if len(young) == 1:
            return next(iter(young.values()))
        # (else the one child named: "Bernadette Quinn's son Ciaran ... The teenager said")
        children = {
            m.speaker.key: m.speaker
            for m in self.mentions[:hi]
            if m.speaker.label == "PERSON"
            and (kin := kin_beside(self.doc[m.first : m.last + 1])) is not None
            and kin.lemma_.lower() in CHILD_NOUNS
        }
        return next(iter(children.values())) if len(children) == 1 else None

    def lead_taken_up(self, tok: Token) -> Speaker | None:
        """'A Belfast comedian whose show ... has won ...¶Caoimhe Tohill, 31, beat ...¶...
        the Belfast comedian said': a definite description later in the text that takes up
        the lead's indefinite one (the same noun, no word the lead's lacks) is whoever the
        lead's description turned out to be."""
        if (
            tok.pos_ != "NOUN"
            or not _one_persons_noun(tok.lemma_.lower())
            or len(self.body_lines) < 2
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        ):
            return None
        lead = self.body_paragraphs[0]
        if lead.start <= tok.idx < lead.end:
            return None
        words = {t.lower_ for t in tok.subtree if t.i < tok.i and t.lower_ != "the"}
        starts = self.token_starts
        for i in range(bisect_left(starts, lead.start), bisect_left(starts, lead.end)):
            t = self.doc[i]
            if (
                t.lemma_ == tok.lemma_
                and t.pos_ == "NOUN"
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
                and words <= {w.lower_ for w in t.subtree if w.i < t.i}
            ):
                return self.lead_identity(t)
        return None

    def _lead_identity(self, tok: Token) -> Speaker | None:
        """The delayed identification of a news lead: 'A close associate of X has told a
        court ...' then, opening the next paragraph, 'Y has been on trial ...'. A singular
        person description in the first body paragraph, or one that takes up the lead's
        described subject in the paragraph after it ('The head of the FDA told lawmakers
        ...¶"...," the commissioner told the subcommittee.'), is the person who is the
        subject of the following paragraph's first sentence, when nothing before mentions
        that person, no office that faces the one described introduces them (a chairwoman,
        a judge), and they are introduced there (after a description taken up; an
        appositive, a relative clause or a title), named bare after an office ('The housing
        secretary has admitted ...¶Raymond Holroyd was interviewed ...') or report
        something in that paragraph."""
        # a singular noun, or an office the tagger took for a name ('A Labour MP')
        office = (
            tok.tag_ == "NNP"
            and tok.lower_ in ROLE_WORDS
            and any(c.dep_ == "det" for c in tok.children)
        )
        if (
            len(self.body_lines) < 2
            or not ((tok.pos_ == "NOUN" and tok.tag_ == "NN") or office)
            or tok.lemma_.lower() in BODY_NOUNS
            or tok.lemma_.lower() in NOT_PERSON_NOUNS
        ):
            return None
        unnamed = tok.lemma_.lower() in UNNAMED_SOURCE_NOUNS
        paragraphs = self.body_paragraphs
        starts = self.token_starts
        if paragraphs[0].start <= tok.idx < paragraphs[0].end and (
            not unnamed
            # ('The Navy's top civilian official': one person, named when introduced)
            or any(c.dep_ == "amod" and c.lower_ in _ONE_HOLDER_WORDS for c in tok.children)
            # ('A senior Federal Emergency Management Agency official', named only with an
            # office of the same body, below)
            or tok.lemma_.lower() in _GENERIC_OFFICIAL_NOUNS
        ):
            described = 0
        elif (
            len(paragraphs) >= 3
            and paragraphs[1].start <= tok.idx < paragraphs[1].end
            and tok.left_edge.lower_ == "the"
            and self._lead_described_subject(bisect_left(starts, paragraphs[0].start), unnamed)
        ):
            described = 1  # the lead's unnamed subject, taken up by 'the commissioner'
        else:
            return None
        if described + 1 >= len(paragraphs):
            return None
        nxt = paragraphs[described + 1]
        lo = bisect_left(starts, paragraphs[0].start)
        first = bisect_left(starts, nxt.start)
        if first >= len(self.doc):
            return None
        in_lead = self._keys_named_in(lo, first)
        end = bisect_left(starts, nxt.end)
        subject = self._first_subject(first)
        person = self.speaker_of_token(subject) if subject is not None else None
        office_subject = -1
        if (
            person is None
            and subject is not None
            and subject.lower_ in ROLE_WORDS
            and subject.right_edge.i - subject.i <= 6
            and (named := self.speaker_of_token(subject.right_edge)) is not None
            and named.label == "PERSON"
        ):
            # 'Economic Secretary to the Treasury Oliver Penhallow told ...': the name that
            # ends an office parsed as the subject
            office_subject = subject.i
            subject, person = subject.right_edge, named
        if subject is None or person is None or person.label != "PERSON" or person.key in in_lead:
            return None
        sex = _noun_sex(tok.lemma_.lower())
        known = self.gender.get(person.key) or person.gender or self.name_gender.get(person.key)
        if sex and known and sex != known:
            return None
        if subject.head.lemma_.lower() in _QUESTION_VERBS and subject.dep_ != "nsubjpass":
            # ('The subcommittee's chairman, Rep. X, asked ...': who questions; not 'X
            # was questioned by the committee')
            return None
        introduced = any(
            c.dep_ in ("appos", "relcl") and c.i > subject.i and self.quote_of_token[c.i] < 0
            for c in subject.children
        ) or any(
            t.lower_.rstrip(".") in TITLES or t.lower_ in ROLE_WORDS
            for t in self.doc[subject.left_edge.i : subject.i]
        )
        if not described and introduced and self._same_office(tok, subject):
            # 'A federal judge on Friday ordered ..., saying ...¶U.S. District Judge Liwia
            # Sahlin issued ...', 'A four-term Republican congressman from Kentucky ...¶Rep.
            # Johnathan Farley, 54, made the announcement': introduced as what the lead
            # described, even by an office that faces others
            return person
        if unnamed and not described:
            return None  # ('The Navy's top civilian official' only as such)
        if not described and _beside_the_leads_subject(tok):
            # 'The director of the festival has defended ..., after a critic described
            # ...¶Marek Kowalczyk, who has run the festival ...': the next paragraph takes
            # up the lead's own subject, not one in its subordinate clause
            return None
        if (
            not described
            and any(
                c.dep_ == "relcl" and c.i > subject.i and self.quote_of_token[c.i] < 0
                for c in subject.children
            )
            and not self._set_apart(tok, subject)
        ):
            # 'A 71-year-old actress who made her name in a play ... has said ...¶Avice
            # Marrack, who played the daughter in ..., will now play the mother': a lead's
            # person is the one the next paragraph opens on and tells more of
            return person
        if (
            not described
            and any(c.dep_ == "relcl" for c in tok.children)
            and self.mention_span.get(subject.i) is not None
            and _age_beside(self.doc, *self.mention_span[subject.i]) is not None
            and not self._set_apart(tok, subject)
        ):
            # 'A Belfast comedian whose show ... has won the main comedy award ...¶Caoimhe
            # Tohill, 31, beat four other nominees': the one a lead picks out by what they
            # did, named with an age as the next paragraph opens
            return person
        if self._counterpart(subject):
            return None
        if described and introduced:
            # the lead's subject quoted, then introduced: 'Dr. Kavitha Ruggiero, a
            # pediatrician who has led the FDA since 2023, said'. (Not after a lead's own
            # description: 'A coroner has said ...¶Dorothy Pellow, a retired seamstress,
            # fell ...' introduces someone else.)
            return person
        if (
            not described
            and not introduced
            and tok.lemma_.lower() in ROLE_WORDS
            and (
                any(
                    c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG", "NORP") for c in tok.children
                )
                or (
                    tok.left_edge.lower_ == "the"
                    and not any(c.dep_ == "poss" for c in tok.children)
                )
            )
        ):
            # an office in the lead, the only one or a place's or a body's, then a bare
            # name: the one who holds it ("The housing secretary has admitted ...¶Raymond
            # Holroyd was interviewed", "Scotland's health minister has insisted ...¶Morven
            # Pitcairn faced angry exchanges"; not 'its online booking assistant ...¶
            # Commuter X')
            return person
        if not described and not introduced and sex is not None and sex == known:
            # 'A 72-year-old woman ... has told a court she "thought I was going to die".¶
            # Bernadette Quigley needed 14 stitches': a man or woman the lead described,
            # named bare as the next paragraph opens, of the sex the lead gave
            return person
        # ... and who speaks in that paragraph ('Mr Y said there were ...')
        for i in range(first, end):
            t = self.doc[i]
            if (
                t.dep_ == "nsubj"
                and self.quote_of_token[i] < 0
                and (
                    (
                        t.head.lemma_.lower() in REPORTING_VERBS
                        and t.head.lemma_.lower() not in WEAK_VERBS
                        and not _plea(t.head)
                    )
                    # 'Jack McConnell was speaking to more than 100 pupils'
                    or t.head.lemma_.lower() in ("speak", "talk")
                    # 'Harinder Mapplebeck made the admission in an interview'
                    or (
                        t.head.lemma_.lower() == "make"
                        and any(
                            c.dep_ == "dobj"
                            and (c.lemma_.lower() in SPEECH_NOUNS or c.lemma_.lower() == "comment")
                            for c in t.head.children
                        )
                    )
                )
                and (self.entity_of_token.get(i) is person or i == office_subject)
            ):
                return person
        return None

    def _same_office(self, description: Token, name: Token) -> bool:
        """The words that introduce a name (a title before it, its appositive, its relative
        clause) share a word with a lead's description of a person, titles read in full
        ('A federal judge' and 'U.S. District Judge X', 'a Democratic governor' and 'Gov.
        X', 'The Navy's top civilian official' and 'Navy Secretary X'), or the relative
        clause says the person leads something a head of something is described as ('The
        chief executive of the railroad' and 'X, who has led the Missouri Valley Line')."""
        skip = {c.i for c in description.children if c.dep_ in ("relcl", "acl")}
        described: set[str] = set()
        for t in description.subtree:
            if any(t.i == c or self.doc[c].is_ancestor(t) for c in skip):
                continue
            described |= _office_words(t)
        person = self.entity_of_token.get(name.i)
        intro = [
            t
            for t in self.doc[name.left_edge.i : name.i]
            if self.entity_of_token.get(t.i) is not person
        ]
        clauses = [c for c in name.children if c.dep_ in ("appos", "relcl") and c.i > name.i]
        for clause in clauses:
            intro.extend(t for t in clause.subtree if self.quote_of_token[t.i] < 0)
        introducing: set[str] = set()
        for t in intro:
            introducing |= _office_words(t)
        if described & introducing:
            return True
        if description.lemma_.lower() in _GENERIC_OFFICIAL_NOUNS:
            # ('A senior Federal Emergency Management Agency official' and 'X, FEMA's
            # associate administrator for recovery'): an office of the same body
            bodies = {
                sp.key
                for t in description.subtree
                if (sp := self.entity_of_token.get(t.i)) is not None and sp.label == "ORG"
            }
            return any(
                (sp := self.entity_of_token.get(t.i)) is not None and sp.key in bodies
                for t in intro
            )
        # ('The head of a train company' and 'X, chief executive of Cawood Trains')
        return description.lemma_.lower() in _HEAD_NOUNS and any(
            (c.dep_ == "relcl" and c.lemma_.lower() in _LEADING_VERBS)
            or (c.dep_ == "appos" and c.lemma_.lower() in _HEAD_NOUNS)
            for c in clauses
        )

    def _set_apart(self, description: Token, name: Token) -> bool:
        """The name is given a role of another kind than a lead's description ('A coroner
        has said ...¶Dorothy Pellow, a retired seamstress, who ...')."""
        return any(
            c.dep_ == "appos"
            and c.pos_ == "NOUN"
            and c.lemma_.lower() != description.lemma_.lower()
            and not self._same_office(description, name)
            for c in name.children
        )

    def _counterpart(self, name: Token) -> bool:
        """The name is introduced by an office that faces the one a lead describes, in a
        hearing, a court or a debate ('Dame Leonie Drummond, the committee chairwoman',
        'Sen. X', 'Judge Y'): the questioner, not the one questioned."""
        roles = [
            c.lemma_.lower()
            for c in name.children
            if c.dep_ == "appos" and self.quote_of_token[c.i] < 0
        ] + [t.lower_.rstrip(".") for t in self.doc[name.left_edge.i : name.i]]
        return any(TITLE_ABBREVIATIONS.get(r, r) in _COUNTERPART_ROLES for r in roles)

    def _lead_described_subject(self, first: int, unnamed: bool) -> bool:
        """The lead's first sentence has an unnamed, singular, definite person description
        as its main subject ('The head of the Food and Drug Administration told ...'). A
        source news leaves unnamed (an official, a spokesman; ``unnamed`` when the later
        description is one) is one only when it speaks for nobody named by a person or an
        office ('The nation's top disease-control official', not 'The president's chief
        spokeswoman', whom 'the president' may follow)."""
        t = self._first_subject(first)
        if (
            t is None
            or t.dep_ != "nsubj"
            or t.pos_ != "NOUN"
            or t.tag_ != "NN"
            or t.i in self.entity_of_token
            or t.lemma_.lower() in BODY_NOUNS | NOT_PERSON_NOUNS
        ):
            return False
        owners = [c for c in t.children if c.dep_ == "poss"]
        if (unnamed or t.lemma_.lower() in UNNAMED_SOURCE_NOUNS) and any(
            c.pos_ == "PRON" or c.lower_ in ROLE_WORDS or c.ent_type_ == "PERSON" for c in owners
        ):
            return False
        return t.left_edge.lower_ == "the" or bool(owners)

    def _first_subject(self, first: int) -> Token | None:
        """The first subject, outside quotations, of the sentence that starts at token
        ``first``, after any dateline ('WASHINGTON (AP) — The head of ...'), whatever verb
        the parser hung it from."""
        doc = self.doc
        dash = next((t.i for t in doc[first : first + 12] if t.text in "—–"), None)
        start = first if dash is None or dash + 1 >= len(doc) else dash + 1
        end = doc[start].sent.end
        while (
            end < len(doc)
            and all(self.quote_of_token[t.i] >= 0 or not t.is_alpha for t in doc[start:end])
            and "\n" not in doc[end - 1].text
        ):
            # ('"Our officers ran toward the gunfire. ...," Chief X said': the sentences
            # quoted, then the one that says whose words they were)
            end = doc[end].sent.end
        while (
            end < len(doc)
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[start:end])
            and not doc[end - 1].is_space
            and not doc[end].is_space
        ):
            # (past a sentence the parser cut off with no verb: 'Area' + 'coroner Dr Helen
            # X said ...')
            end = doc[end].sent.end
        for t in doc[start:end]:
            if t.dep_ in ("nsubj", "nsubjpass") and self.quote_of_token[t.i] < 0:
                return t
        return None

    def named_next(self, tok: Token) -> Speaker | None:
        """The delayed naming of a described speaker ('..., the Welsh Secretary has said.
        David Hale, who visited the site, said ...'; 'The club's chairman had told supporters
        ... "...," said Derek Pole'): the first person named in the next two sentences,
        named nowhere before, when that person reports something and either the title given
        them there is the description's kind ('MAB spokesman Dr Azzam Tamimi') with nothing
        that makes it another office ('Shadow Welsh Secretary Y'), or they are named bare
        after a lead's '... has said' or as the voice of the next quotation. The person then
        holds the role described."""
        lemma = tok.lemma_.lower()
        identified = next(
            (
                m.speaker
                for m in self.mentions
                if m.first > tok.i
                and m.speaker.label == "PERSON"
                and _identified_as(self.doc[m.last], lemma, pronouns=False)
            ),
            None,
        )
        if (
            identified is not None
            and tok.pos_ == "NOUN"
            and tok.left_edge.lower_ in ("the", "a", "an")
            and self.quote_of_token[tok.i] < 0
        ):
            # 'the aide wrote ... [twelve paragraphs] ... The aide, identified in the messages
            # as Brent X, 36,': the text says outright who it is, however far on
            self.named_later[_wording(tok)] = identified
            return identified
        # ('a farmer', or 'One woman loading photo albums ... said')
        indefinite = tok.left_edge.lower_ in ("a", "an") or (
            tok.left_edge.lower_ == "one" and tok.left_edge.dep_ == "nummod"
        )
        if (
            # (an office; or anyone brought in as 'a ...' whom the one named says they are)
            (
                lemma not in ROLE_WORDS
                and not (indefinite and tok.pos_ == "NOUN")
                # ('The cabinet member for transport and highways said')
                and not (lemma == "member" and not indefinite and _office_member(tok))
            )
            or tok.tag_ in ("NNS", "NNPS")
            or self.quote_of_token[tok.i] >= 0
            # one office, not one of many ('a Tory MP', 'one backbencher'), unless the one
            # named next says it again ('A ranger ... told the court ...¶Stuart X said he
            # had been the only ranger on duty')
            or not (
                tok.left_edge.lower_ == "the"
                or indefinite
                or any(c.dep_ == "poss" for c in tok.children)
            )
        ):
            return None
        wording = _wording(tok)
        if wording in self.named_later:
            return self.named_later[wording]  # 'the Welsh Secretary' again, named since
        here = self.sent_of_token[tok.i]
        described = {t.lower_ for t in tok.subtree if t.i <= tok.i}
        last = min(here + 8, len(self.sent_first) - 1)
        for m in self._mentions_in(here, last):
            if m.first <= tok.i or self.quote_of_token[m.first] >= 0:
                continue
            if m.speaker.label != "PERSON":
                continue
            # ('The official, Gareth X,': the name set beside the role said again, with none
            # of another's words: not 'a Cosla spokesman' for 'The Tory finance spokesman,
            # Brian X,')
            restating = _appositive_of_role(self.doc[m.last], lemma) and _says_again(
                self.doc[m.last].head, described
            )
            if lemma in UNNAMED_SOURCE_NOUNS and not restating and not _party_portfolio(tok):
                # (a spokesman, a source, an aide: news leaves these unnamed, unless it names
                # one as that: 'A union official ... told the BBC ...¶The official, Gareth
                # X, is the regional organiser')
                return None
            restated = _role_restated(self.doc[m.last], lemma)
            if _identified_as(self.doc[m.last], lemma) and not any(
                o.speaker.key == m.speaker.key and o.first < tok.i for o in self.mentions
            ):
                # ('said one woman at a public hearing ... She was later identified as
                # Marguerite X, 83'): named as the one described
                self.named_later[wording] = m.speaker
                return m.speaker
            if indefinite and not (restated or _role_reported(self.doc[m.last], lemma)):
                return None
            after_words = self._opens_paragraph_after_words(tok, m)
            # (two sentences on, or four with the description restated; past the words of
            # the one described, as far as they go, and past the sentences wholly quoted
            # that open the name's own later paragraph: '"We were poor for an hour. I won't
            # dress it up. ...," said Gareth X')
            lines = self.line_starts
            line = bisect_right(lines, m.first)
            later = sum(
                1
                for sent in range(here + 1, self.sent_of_token[m.first] + 1)
                if not (
                    line > bisect_right(lines, tok.i)
                    and bisect_right(lines, self.sent_first[sent]) == line
                    and self._wholly_quoted(sent)
                )
            )
            # (a relative clause that says the role again reaches past a paragraph of the
            # described one's own words: 'the head teacher said ...¶"...," she wrote. "...
            # ..."¶The council confirmed ...¶Fiona X, who has been head teacher at the
            # school for nine years, told')
            if not after_words and (later > (6 if restated else 2)):
                return None
            if self.sent_of_token[m.first] == here or any(
                o.speaker.key == m.speaker.key and o.first < tok.i for o in self.mentions
            ):
                return None  # someone in the description's own sentence, or named before
            name = self.doc[m.last]
            # ('The head teacher, Morven X, told BBC Scotland': set beside the role again)
            subject = name.head if restating else name
            verb = subject.head
            if (
                # ('A union official ... told the BBC ...¶The official, Gareth X, is the
                # regional organiser': the one described, named as such)
                not restating
                and not (
                    subject.dep_ in ("nsubj",) + tuple(INVERTED_DEPS)
                    and verb.pos_ in ("VERB", "AUX")
                    and verb.lemma_.lower() in REPORTING_VERBS
                    and verb.lemma_.lower() not in WEAK_VERBS
                    and (subject.dep_ == "nsubj" or verb.i < subject.i)
                )
                and not (
                    # ('Kevin Chua MSP was questioned about the delay by Morag Lindsay': the one
                    # questioned answers)
                    name.dep_ == "nsubjpass"
                    and verb.lemma_.lower() in _EXAMINING_WORDS | _QUESTION_VERBS
                )
            ):
                return None
            before = [
                t
                for t in self.doc[name.left_edge.i : m.first]
                if t.pos_ in ("NOUN", "PROPN", "ADJ") and self.quote_of_token[t.i] < 0
            ]
            # a title of its own, not an honorific ('Sir Henry Wyatt')
            titles = [t for t in before if t.lower_.rstrip(".") not in TITLES]
            if titles and (
                # (however abbreviated: 'Det Ch Insp X' for 'the senior detective')
                lemma
                not in {
                    TITLE_ABBREVIATIONS.get(w, w)
                    for t in before
                    for w in (t.lower_.rstrip("."), t.lemma_.lower())
                }
                # ('The cabinet member for transport said ... in 15 years as a councillor.¶
                # Councillor Bernadette X said:': a title the description's sentence gives)
                and not self._titles_given_in(titles, here)
                or {t.lower_ for t in titles} & _OTHER_OFFICE_WORDS - described
            ):
                return None
            if not titles and not (
                # a bare name: only where news names the one just described, after a lead's
                # '..., the Welsh Secretary has said' or as the voice of the quotation that
                # follows ('"...," said Derek Pole'), or with the description restated
                restated
                or after_words
                or any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.head.children)
                or (
                    verb.i < name.i
                    and any(self.quote_of_token[j] >= 0 for j in range(max(0, verb.i - 2), verb.i))
                )
                # ('"...," Florence Quigley, a former utility executive, told senators'; not
                # '"...." Tony Blair said he was "delighted"', a sentence of its own)
                or (
                    name.dep_ == "nsubj"
                    and m.first >= 2
                    and self.doc[m.first - 1].is_quote
                    and self.doc[m.first - 2].text in (",", "?", "!")
                )
            ):
                return None
            self.named_later[wording] = m.speaker
            # the person now holds the role described ('the writer' later is them)
            self.learned_roles.setdefault(m.speaker.key, set()).update(
                t.lemma_.lower()
                for t in tok.subtree
                if t.i <= tok.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "poss"
            )
            return m.speaker
        return None

    def _titles_given_in(self, titles: list[Token], sent: int) -> bool:
        """Every title word is a noun the sentence ``sent`` uses outside quotation marks."""
        lo, hi = self._sentence_bounds(sent)
        words = {
            t.lemma_.lower()
            for t in self.doc[lo:hi]
            if t.pos_ == "NOUN" and self.quote_of_token[t.i] < 0
        }
        return all(t.lemma_.lower() in words for t in titles)

    def _opens_paragraph_after_words(self, tok: Token, m: _Mention) -> bool:
        """The name of ``m`` opens the paragraph after the words of the one described by
        ``tok``: every sentence between holds words quoted and names nobody ('The manager,
        who took charge in the summer, said ... "...," he told BBC Sport Wales.¶Dylan
        Pritchard, 44, a former Pentrefelin captain, said ...'), or the one described, the
        main subject of their sentence and no one brought in before as 'a ...', speaks
        there and the name opens the next ('The chief executive of the charity X said the
        figures were "not a blip".¶Siobhán McAteer said ...'); and no other role is set
        beside the name."""
        doc = self.doc
        here = self.sent_of_token[tok.i]
        there = self.sent_of_token[m.first]
        verb = doc[m.last].head
        next_one = (
            there == here + 1
            and self._quoted_in(here)
            and tok.dep_ == "nsubj"
            and tok.head.dep_ == "ROOT"
            # (and the name reports words: 'X said the helpline had ...', 'X said: "..."';
            # not 'Darren X, 34, admitted 12 offences')
            and (
                any(c.dep_ == "ccomp" for c in verb.children)
                or (verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":")
            )
            # (not 'A senior engineer ..., who spoke on condition of anonymity, ... the
            # engineer said.¶Jia Hui Tan, who ran product ...': someone else)
            and not any(i < tok.i for i in self.indefinite_uses.get(tok.lemma_.lower(), ()))
        )
        line = bisect_right(self.line_starts, m.first) - 1
        # (or the sentence right after, in the same paragraph, when it opens on where they
        # spoke: 'The chief executive of Brightwell Energy ... said the industry was "not
        # the villain here". Speaking to BBC Radio 4, Marcus X said'; not '... said: "...."
        # Tony Blair said he was "delighted"', someone else)
        same_paragraph = next_one and self.sent_first[there] > self.line_starts[line]
        begins = self.sent_first[there] if same_paragraph else self.line_starts[line]
        opening = next((t for t in doc[begins : m.first + 1] if not t.is_space), None)
        if same_paragraph and not (
            opening is not None and opening.dep_ == "advcl" and opening.tag_ == "VBG"
        ):
            return False
        if (
            opening is not None
            and opening.i < m.first
            and opening.dep_ == "advcl"
            and opening.tag_ in ("VBG", "VBN")
            and opening.left_edge == opening
            and opening.right_edge.i + 2 <= m.first
            and doc[opening.right_edge.i + 1].text == ","
            and opening.head == verb
        ):
            # (past an opening participle's clause: 'Speaking to BBC News NI on Thursday,
            # Declan X said:')
            opening = doc[opening.right_edge.i + 2]
        if (
            there < here + 1
            or (there == here + 1 and not next_one)
            or opening is None
            # (an honorific may come first: 'Dr Helen X'; not a title: 'Judge X')
            or any(t.lower_.rstrip(".") not in HONORIFICS for t in doc[opening.i : m.first])
        ):
            return False
        for sent in range(here + 1, there):
            lo, hi = self._sentence_bounds(sent)
            if not any(self.quote_of_token[i] >= 0 for i in range(lo, hi)):
                return False
            if any(
                o.speaker.label == "PERSON" and self.quote_of_token[o.first] < 0
                for o in self._mentions_in(sent, sent)
            ):
                return False
        return not any(
            c.dep_ == "appos"
            and c.lemma_.lower() in ROLE_WORDS
            and not any(g.lower_ == "former" for g in c.children)
            for c in doc[m.last].children
        )

    def no_person_between(self, after: int, before: int, speaker: Speaker) -> bool:
        """No person other than ``speaker`` is named outside quotations between two tokens."""
        lo = bisect_left(self.mention_ends, after + 1)
        for m in self.mentions[lo:]:
            if m.first >= before:
                break
            if m.speaker.label == "PERSON" and m.speaker.key != speaker.key:
                return False
        return True

    @property
    def first_noun_at(self) -> dict[str, int]:
        """Token index of the first use of each common-noun lemma outside quotations (a
        hyphened word's whole: 'first-half' is no 'centre-half')."""
        if self._first_noun_at is None:
            first: dict[str, int] = {}
            # a headline ('Wales coach elated with win') introduces nobody to the story
            headlines = self.headlines
            for t in self.doc:
                if (
                    t.pos_ == "NOUN"
                    and self.quote_of_token[t.i] < 0
                    and not any(lo <= t.idx < hi for lo, hi in headlines)
                    and not _predicative(t)
                    # an award's category ('nominated for best director') describes nobody
                    and not any(c.dep_ == "amod" and c.tag_ == "JJS" for c in t.children)
                    # nor does a bare plural ('For farmers, the cull is a heavy blow')
                    and not (
                        t.tag_ == "NNS"
                        and not any(c.dep_ in ("det", "nummod", "poss") for c in t.children)
                    )
                ):
                    first.setdefault(_noun_key(t), t.i)
            self._first_noun_at = first
        return self._first_noun_at

    @cached_property
    def headlines(self) -> list[tuple[int, int]]:
        """Character spans of the headline and headings: a title line, or a first line
        that ends with no stop."""
        lines = getattr(self.doc._, "factx_lines", None) or []
        return [
            (ln.start, ln.end)
            for k, ln in enumerate(lines)
            if ln.kind in ("title", "heading") or (k == 0 and self._unstopped(ln))
        ]

    @cached_property
    def _lead_subject(self) -> Token | None:
        """The subject of the first sentence after the headline when it describes someone
        unnamed ('The chief executive of the video app Loopr faced ...')."""
        for sent in self.doc.sents:
            if self.in_headline(sent.start) or not any(t.is_alpha for t in sent):
                continue
            subject = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
            if subject is None and len(sent) < 6:
                continue  # a dateline's pieces: 'WASHINGTON (AP) —'
            if (
                subject is None
                or subject.pos_ != "NOUN"
                or subject.i in self.entity_of_token
                or self.quote_of_token[subject.i] >= 0
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            ):
                return None
            return subject
        return None

    def in_headline(self, i: int) -> bool:
        """Token ``i`` stands in the headline or a heading."""
        at = self.doc[i].idx
        return any(start <= at < end for start, end in self.headlines)

    @property
    def indefinite_uses(self) -> dict[str, list[int]]:
        """Token indices, outside quotations, of each common-noun lemma after 'a', 'an',
        'one' or 'another' (a new referent: 'a prime minister from Asia')."""
        if self._indefinite_uses is None:
            uses: dict[str, list[int]] = {}
            for t in self.doc:
                if (
                    t.pos_ == "NOUN"
                    and self.quote_of_token[t.i] < 0
                    and any(
                        c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
                        for c in t.children
                    )
                    and not _predicative(t)
                    # (not a lesser office: 'told an assistant coach ... the coach wrote' is
                    # the head coach named before)
                    and not any(
                        c.dep_ in ("compound", "amod") and c.lower_ in _LESSER_RANKS - {"former"}
                        for c in t.children
                    )
                ):
                    uses.setdefault(t.lemma_.lower(), []).append(t.i)
            self._indefinite_uses = uses
        return self._indefinite_uses

    def _called_former(self, m: _Mention) -> bool:
        """The mention has an office in apposition that it held before ('Ward, a former
        high school football coach', 'the former mayor, X')."""
        root = self.doc[m.last]
        offices = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            offices.append(root.head)
        return any(c.dep_ == "amod" and c.lower_ == "former" for o in offices for c in o.children)

    def _roles(self, m: _Mention) -> frozenset[str]:
        """Title and appositive nouns attached to a mention ('Chief executive X',
        'X, the chief executive', 'the chief executive, X'), read once per mention."""
        cached = self._roles_of.get((m.first, m.last))
        if cached is None:
            cached = self._roles_of[(m.first, m.last)] = frozenset(self._read_roles(m))
        learned = self.learned_roles.get(m.speaker.key)
        return cached | learned if learned else cached

    def _read_roles(self, m: _Mention) -> set[str]:
        """The roles of ``_roles``, read from the text around the mention."""
        doc = self.doc
        roles: set[str] = set()
        i = m.first - 1
        while i >= 0 and m.first - i <= 4:
            if (
                doc[i].tag_ == "HYPH"
                and i > 0
                and i < m.first - 1
                and not doc[i].whitespace_
                and not doc[i - 1].whitespace_
                and doc[i - 1].is_alpha
            ):
                roles.add(doc[i - 1].lower_)  # 'India off-spinner X' is 'the off-spinner'
                i -= 2
                continue
            if doc[i].pos_ not in ("PROPN", "NOUN", "ADJ") and not (
                # ('Rovers striker Emeka Adeyemi-Cole', "striker" tagged a verb; 'Rovers head
                # coach Mikkel X', "head")
                (i == m.first - 1 or doc[i + 1].lower_ in ROLE_WORDS)
                and doc[i].is_lower
                and doc[i].lower_ in ROLE_WORDS
            ):
                break
            roles.add(doc[i].lemma_.lower() if doc[i].pos_ != "VERB" else doc[i].lower_)
            if doc[i].lemma_.lower() in _TITLE_SYNONYMS:
                roles.add(_TITLE_SYNONYMS[doc[i].lemma_.lower()])
            i -= 1
            if (
                i > 0
                and doc[i].lower_ == "of"
                and doc[i - 1].is_title
                and doc[i - 1].lower_ in ROLE_WORDS
            ):
                # 'Secretary of State X', 'Chief of Staff X': an office named with "of"
                roles.add(doc[i - 1].lemma_.lower())
                break
        root = doc[m.last]
        if m.first <= root.head.i < m.last:
            root = doc[m.first : m.last + 1].root  # 'Ibrahim al-Nour', headed by 'al'
        beside = [
            c
            for c in root.head.children
            if root.dep_ == "nsubj"
            and c.dep_ == "nsubj"
            and c.i > m.last
            and c.left_edge.i == m.last + 2
            and doc[m.last + 1].text == ","
            and c.lemma_.lower() in ROLE_WORDS
        ]
        for c in beside:
            # 'Rebecca Thornhill, head teacher of Hobbs Cross Primary, ..., said', the role
            # parsed as a second subject: set beside the name all the same
            roles.add(c.lemma_.lower())
            roles |= _role_nouns_own_words(c)
        for c in root.children:
            if c.dep_ == "appos" and not m.first <= c.i <= m.last and not _runs_into_a_verb(c):
                roles.add(c.lemma_.lower())
                # 'X, chief executive of Corvex': the office's own words
                roles |= _role_nouns_own_words(c)
                # 'X, director of the poll and a professor of political science': each
                roles |= {
                    g.lemma_.lower() for g in c.children if g.dep_ == "conj" and g.pos_ == "NOUN"
                }
            elif c.i == m.last + 1 and (place := _place_of(c)):
                roles.add(place)  # 'Gov. X of Utah' is 'the Utah governor'
            elif (
                c.dep_ == "relcl"
                and c.lemma_ == "be"
                and doc[c.left_edge.i - 1].text == ","
                and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
            ):
                # 'X, who has been headteacher at Dalnaglas Primary for nine years,'
                for g in c.children:
                    if g.dep_ in ("attr", "acomp") and g.lower_ in ROLE_WORDS:
                        roles.add(g.lower_)
                        roles |= _role_nouns_own_words(g)
        if root.dep_ == "dobj" and root.head.lemma_.lower() in _APPOINTING_VERBS:
            # 'had named Provost Hye-jin X as interim chancellor': the office given
            for prep in (*root.children, *root.head.children):
                if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > m.last:
                    for g in prep.children:
                        if g.dep_ == "pobj" and g.lemma_.lower() in ROLE_WORDS:
                            roles.add(g.lemma_.lower())
                            roles |= _role_nouns_own_words(g)
        j = _before_honorifics(doc, m.first - 1)
        if (
            root.dep_ in ("nsubj", "nsubjpass")
            and j > 0
            and doc[j].text == ","
            and doc[j - 1].pos_ == "NOUN"
            and doc[j - 1].dep_ == root.dep_
            and doc[j - 1].head.i == root.head.i
        ):
            # 'said the center's lead forecaster, Dr. Mei-Ling Castro', parsed as two
            # subjects: the noun set before the name is its office
            roles.add(doc[j - 1].lemma_.lower())
            roles |= _role_nouns_own_words(doc[j - 1])
        if root.dep_ == "appos" or _conjunct_set_off(root, m.first):
            roles.add(root.head.lemma_.lower())
            office = root.head
            # 'The head teacher, X,': the office's own words
            roles |= _role_nouns_own_words(office)
            if office.dep_ == "attr" and office.head.lemma_ == "be":
                # "The president's nominee to be ambassador to Brazil, Gabriela Moreira"
                roles |= {
                    c.lemma_.lower()
                    for c in office.head.children
                    if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                }
        if (
            root.dep_ == "pobj"
            and m.first >= 2
            and doc[m.first - 1].text == ","
            and root.head.dep_ == "prep"
            and root.head.head.i < root.head.i
            and root.head.head.pos_ == "NOUN"
        ):
            # "Northern Star's managing director for retail, Olumide Bankole,", the name
            # hung from the preposition: the office set off before it
            office = root.head.head
            roles.add(office.lemma_.lower())
            roles |= _role_nouns_own_words(office)
        if root.dep_ in SUBJECT_DEPS and m.first >= 2 and doc[m.first - 1].text == ",":
            # "Sudan's ambassador in Washington, Ibrahim al-Nour, said", parsed with two
            # subjects: the role set off before the name
            for c in root.head.children:
                if (
                    c.dep_ in SUBJECT_DEPS
                    and c.i < m.first
                    and c.right_edge.i in (m.first - 2, m.first - 1)
                    and c.pos_ == "NOUN"
                    and c.lemma_.lower() in ROLE_WORDS
                ):
                    roles.add(c.lemma_.lower())
                    roles |= _role_nouns_own_words(c)
        if m.speaker.label == "PERSON" and m.speaker.name.split()[-1] in ("QC", "KC", "SC"):
            roles |= _COUNSEL_ROLES  # 'Rajiv Menon QC' ... 'the barrister asked'
        if m.speaker.label == "PERSON":
            # 'Sen. X (R-Ohio)' is 'the Ohio senator'
            roles |= {
                state.lower() for state in self._party_profiles().get(m.speaker.key, ((), ()))[1]
            }
        roles |= {
            TITLE_ABBREVIATIONS[r.rstrip(".")]
            for r in roles
            if r.rstrip(".") in TITLE_ABBREVIATIONS
        }
        if roles & _HOUSE_MEMBERS:
            roles |= _HOUSE_MEMBERS  # 'Rep. X' ... 'the congressman told reporters'
        if roles & _LAWMAKERS:
            roles.add("lawmaker")  # 'Sen. X' ... 'the lawmaker said'
        if {"chief", "executive"} <= roles:
            roles.add("ceo")
        elif "ceo" in roles:
            roles |= {"chief", "executive"}
        return roles | {_ROLE_KINDS[r] for r in roles if r in _ROLE_KINDS}

    def resolve_pronoun(
        self,
        token: Token,
        previous: Speaker | None,
        prev_at: int,
        labels: set[str] | None = None,
    ) -> Speaker | None:
        """The referent of a pronoun; the sex of given names ('Melanie' is 'she') is a
        preference: when it leaves nobody, it is set aside. An age epithet ('the
        34-year-old') is the one person the text gave that age, if any."""
        reporter = _plural_reporter(token)
        if reporter is not None and self.quote_of_token[reporter.i] < 0:
            # 'Ministers said they had warned that it was "..."': the plural subject the
            # outer report has, which 'they' takes up
            found = self.speaker_of_token(reporter) or describe(reporter, self.quote_of_token)
            if found is not None:
                return found
        age = _age_in_epithet(token)
        if age is not None and (aged := self.person_of_age(age)) is not None:
            if labels is None or aged.label in labels:
                return aged
        avoid = self.named_in_quote
        found = self._resolve_pronoun(token, previous, prev_at, labels, True, avoid)
        if found is None and avoid:
            found = self._resolve_pronoun(token, previous, prev_at, labels, True)
        if found is None and labels is None:
            found = self._office_subject_before(token, previous, prev_at)
        if found is None and labels is None:
            found = self._recent_speaker_of_sex(token, avoid)
        if found is None and self.name_gender:
            found = self._resolve_pronoun(token, previous, prev_at, labels, False)
        elif found is not None and labels is None:
            sex = _pronoun_sex(token.lower_)
            if sex is not None and self.name_gender.get(found.key) == sex:
                # 'Frye ... "...," he says': a pronoun agreeing with the given name makes
                # the sex certain, so a later 'she' cannot fall back on him
                self.gender.setdefault(found.key, sex)
        if found is None and labels is None and (sex := _pronoun_sex(token.lower_)) is not None:
            # 'Crime novelist Alasdair Brogan ... [paragraphs about the books] ... "...," he
            # said': nobody near, so the one person named so far, if of that sex or unknown
            only = self.only_person_before(token.i)
            asked_last = bool(self.recent_speakers) and self.recent_speakers[-1][2]
            if (
                only is not None
                and (self.name_gender.get(only.key) or sex) == sex
                # (who asked the question just before does not answer it)
                and not (asked_last and self.recent_speakers[-1][1].key == only.key)
            ):
                found = only
        if (
            found is not None
            and labels is None
            and (sex := _pronoun_sex(token.lower_)) is not None
            and (other := self._other_party_of_sex(found, sex, token.i)) is not None
        ):
            found = other
        if (
            found is not None
            and labels is None
            and (sex := _pronoun_sex(token.lower_)) is not None
            and (asked := self._one_just_asked(token, sex)) is not None
        ):
            # 'Hadley pressed her on whether ...¶"...?" he asked.¶"Senator, ...," she said':
            # the one the question was put to answers it
            found = asked
        if found is not None and labels is None and found.label == "PERSON":
            sex = _pronoun_sex(token.lower_)
            if sex is not None:
                self.pronoun_votes.setdefault(found.key, Counter())[sex] += 1
        return found

    def _same_line(self, i: int, j: int) -> bool:
        """Tokens ``i`` and ``j`` stand in one line (paragraph)."""
        return bisect_right(self.line_starts, i) == bisect_right(self.line_starts, j)

    def _other_party_of_sex(self, last: Speaker, sex: str, at: int) -> Speaker | None:
        """The other party of a question-and-answer exchange whose last turn ``last``, of
        no known sex, took, when that party is of the pronoun's sex: a reply ('"Are you
        abandoning this community?" host Dana Whitlock asked.¶"No. ...," McKinnon said.¶
        "People will die ...," Whitlock said.¶"I understand the fear," he said')."""
        turns = self.recent_speakers[-4:]
        if (
            len(turns) < 3
            or turns[-1][1].key != last.key
            or turns[-1][0] >= at
            # (a turn of its own, not the same voice going on: '"...," Malhotra replied.
            # "...," he said')
            or self._same_line(turns[-1][0], at)
        ):
            return None
        other = turns[-2][1]
        if (
            other.key == last.key
            or other.label != "PERSON"
            or last.label != "PERSON"
            or not any(asked for _, _, asked in turns)
            or self.sex_of(last) is not None
            or self.sex_of(other) != sex
        ):
            return None
        return other

    def aged_holder(self, epithet: Token, previous: Speaker | None, prev_at: int) -> Speaker | None:
        """An age epithet: who holds the office it names ('The 51-year-old chief
        executive'), else the salient person ('the 28-year-old')."""
        # the office, whatever the parser made head ('51-year-old' of 'the 51-year-old
        # chief executive')
        role = None
        for t in self.doc[epithet.i : epithet.i + 4]:
            if t.pos_ in ("VERB", "AUX", "PRON", "DET", "ADP") or (t.is_punct and t.text != "-"):
                break  # (the epithet ends: 'the 65-year-old shook his head')
            if t.pos_ == "NOUN" and t.lower_ in ROLE_WORDS:
                role = t
                break
        if role is not None:
            holder = self.resolve_description(role, previous, prev_at)
            if holder is not None and holder.label == "PERSON":
                return holder
        found = self.resolve_pronoun(epithet, previous, prev_at, labels={"PERSON"})
        if found is None and role is None and previous is not None and previous.label != "PERSON":
            # ('"...," he told reporters.¶Prosecutors are investigating ... According to the
            # prosecutors, ... "...".¶Later, the 58-year-old said': the person who spoke
            # last, past a body's words, within the last few paragraphs)
            window = self.line_window_start(self.line_window_start(epithet.i))
            found = next(
                (
                    sp
                    for at, sp, _ in reversed(self.recent_speakers)
                    if at >= window and sp.label == "PERSON"
                ),
                None,
            )
        return found

    def _relative_antecedent(self, token: Token) -> Speaker | None:
        """The person named (or set beside the role noun) that a 'who' clause holding the
        pronoun is about, when the pronoun reports within it and no adverbial clause
        ('after he resigned') brings in someone else."""
        for ancestor in token.ancestors:
            if ancestor.dep_ == "advcl":
                return None
            if ancestor.dep_ != "relcl":
                continue
            if not any(
                c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in ancestor.children
            ):
                return None
            noun = ancestor.head
            found = self.speaker_of_token(noun)
            if found is None and noun.dep_ == "appos" and noun.pos_ == "NOUN":
                found = self.speaker_of_token(noun.head)
            return found if found is not None and found.label == "PERSON" else None
        return None

    def sex_of(self, speaker: Speaker) -> str | None:
        """A person's sex as titles, given names or the pronouns so far show it."""
        if speaker.label != "PERSON":
            return None
        return (
            self.gender.get(speaker.key)
            or speaker.gender
            or self.name_gender.get(speaker.key)
            or self.pronoun_sex(speaker.key)
        )

    def pronoun_sex(self, key: str) -> str | None:
        """The sex of the pronouns resolved to a person so far, when they all agree ('she
        says', for a name that tells no sex)."""
        votes = self.pronoun_votes.get(key)
        return next(iter(votes)) if votes is not None and len(votes) == 1 else None

    def _in_persons_title(self, tok: Token) -> bool:
        """``tok`` is inside the apposition that gives a named person's role ('David
        Cummings, head of UK equities for Standard Life Investments')."""
        for ancestor in list(tok.ancestors)[:4]:
            if ancestor.dep_ == "appos":
                person = self.entity_of_token.get(ancestor.head.i)
                return person is not None and person.label == "PERSON"
        return False

    def _other_turn(self, speaker: Speaker | None, asked: bool) -> Speaker | None:
        """The person who spoke the quotation before the last one, when ``speaker`` spoke
        the last and it was a question (``asked``) or not, as wanted."""
        if speaker is None or len(self.recent_speakers) < 2:
            return None
        (_, last, last_asked), (_, before, _) = self.recent_speakers[-1], self.recent_speakers[-2]
        if (
            last.key != speaker.key
            or last_asked != asked
            or before.key == speaker.key
            or (before.label != "PERSON" and not _questioner_or_body(before))
        ):
            return None
        return before

    def _questioner_asked_last(self, speaker: Speaker, by_title: bool = False) -> bool:
        """The last quotation was a question ``speaker``, a questioner, put (with
        ``by_title``, also one the text names with a questioner's title)."""
        return (
            bool(self.recent_speakers)
            and self.recent_speakers[-1][1].key == speaker.key
            and self.recent_speakers[-1][2]
            and (_questioner_or_body(speaker) or (by_title and self._asks_for_a_living(speaker)))
        )

    def _asks_for_a_living(self, speaker: Speaker) -> bool:
        """A person the text names with a questioner's title ('Host Dana Whitcombe')."""
        return speaker.entity_id is not None and any(
            m.speaker.key == speaker.key and self._roles(m) & _ASKING_TITLES for m in self.mentions
        )

    def _one_just_asked(self, token: Token, sex: str) -> Speaker | None:
        """The person of the pronoun's sex the last quotation, a question in a paragraph
        before ``token``'s, was put to ('Hadley pressed her on whether ...')."""
        turns = self.recent_speakers
        if not turns or not turns[-1][2] or self._same_line(turns[-1][0], token.i):
            return None
        at, asker, _ = turns[-1]
        if at >= token.i or asker.label != "PERSON":
            return None
        asked = self._asked_in_cue(at, asker)
        if asked is None or asked.key == asker.key or self.sex_of(asked) not in (None, sex):
            return None
        return asked

    def _answerer_in_exchange(self, asker: Speaker, token: Token) -> Speaker | None:
        """The person who answered ``asker``'s question before the question ``asker`` put
        last, when the last three quotations are question, answer, question and ``token``
        stands in a paragraph after the last."""
        turns = self.recent_speakers
        if len(turns) < 3:
            return None
        (q1_at, q1, q1_asks), (_, answer, answer_asks), (q2_at, q2, q2_asks) = turns[-3:]
        if not (
            q1_asks
            and q2_asks
            and not answer_asks
            and q1.key == q2.key == asker.key
            and answer.key != asker.key
            and answer.label == "PERSON"
            and q1_at not in self.fragment_ends
            and q2_at not in self.fragment_ends
        ):
            return None
        if self._same_line(q2_at, token.i):
            return None  # ('"...?" she asked, and she answered herself')
        return answer

    def _questioned(self, questioner: Speaker) -> Speaker | None:
        """Whom the questioner who spoke the last quotation was questioning: the latest
        other person whose words before it were sentences of their own (not words quoted
        inside the text's own sentence, 'Colburn had promised to "never let ..."')."""
        turns = self.recent_speakers
        if not turns or turns[-1][1].key != questioner.key:
            return None
        asked = self._asked_in_cue(turns[-1][0], questioner)
        if asked is not None:
            return asked  # 'one reporter asked Chae: "Will you go out tonight?"'
        for at, speaker, _ in reversed(turns[:-1]):
            if speaker.key != questioner.key and speaker.label == "PERSON":
                if at not in self.fragment_ends:
                    return speaker
        return None

    def _asked_in_cue(self, end: int, questioner: Speaker) -> Speaker | None:
        """The person a question verb before the question ending at token ``end`` takes
        as its object, in its sentence or the one before ('one reporter asked Chae:'), or
        a question verb after it in its own sentence ('"...?" the presenter asked him.')."""
        doc = self.doc
        sent = doc[end].sent
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        hi = sent.end
        if hi < len(doc) and not any(t.is_alpha for t in doc[end + 1 : hi]):
            # the question ends its sentence; its cue may be split off as the next one
            tail = doc[hi].sent
            if not any(self.quote_of_token[t.i] >= 0 for t in tail):
                hi = tail.end
        for t in doc[lo:hi]:
            if self.quote_of_token[t.i] >= 0:
                continue
            if t.lemma_.lower() in _QUESTION_VERBS | _PRESSING_VERBS:
                objects = [c for c in t.children if c.dep_ in ("dobj", "dative")]
            elif t.lemma_.lower() == "put" and any(
                c.dep_ == "dobj" and c.lower_ in ("it", "question") for c in t.children
            ):
                # 'put it to him directly: "...?"'
                objects = [
                    g
                    for c in t.children
                    if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
            else:
                continue
            for c in objects:
                if self.quote_of_token[c.i] >= 0:
                    continue
                person = self.speaker_of_token(c) or self._subject_a_pronoun_stands_for(
                    c, questioner
                )
                if person is not None and person.label == "PERSON" and person.key != questioner.key:
                    return person
        return None

    def _subject_a_pronoun_stands_for(self, pronoun: Token, asker: Speaker) -> Speaker | None:
        """For 'him' or 'her', the latest person but ``asker`` of that sex (or of none
        known) who is a subject in its sentence or the one before ('McAllister appeared to
        soften his stance ... The presenter put it to him')."""
        want = {"him": "m", "her": "f"}.get(pronoun.lower_)
        if want is None:
            return None
        sent = self.sent_of_token[pronoun.i]
        before = max(0, sent - 1)
        if before > 0 and self._quoted_sentence(before):
            before -= 1  # past the question itself: 'X was asked ... "...?" Y asked him.'
        for m in reversed(self._mentions_in(before, sent)):
            if (
                m.first >= pronoun.i
                or not m.subject
                or m.speaker.label != "PERSON"
                or m.speaker.key == asker.key
            ):
                continue
            sex = self.gender.get(m.speaker.key) or self.name_gender.get(m.speaker.key)
            if sex in (None, want):
                return m.speaker
        return None

    def last_asker_before(self, answerer: Speaker) -> Speaker | None:
        """The person of the turn before ``answerer``'s latest run of quotations, when that
        turn was a question ('"...?" Mbeki asked.¶"...," Ostrowski-Grant said. "..."')."""
        turns = self.recent_speakers
        i = len(turns) - 1
        while i >= 0 and turns[i][1].key == answerer.key:
            i -= 1
        if i < 0 or i == len(turns) - 1 or not turns[i][2] or turns[i][1].label != "PERSON":
            return None
        return turns[i][1]

    def asker_answered_by(self, answerer: Speaker | None) -> Speaker | None:
        """The person whose question the last quotation, by ``answerer``, answered."""
        asker = self._other_turn(answerer, asked=False)
        return asker if asker is not None and self.recent_speakers[-2][2] else None

    def asked_answering(self, asker: Speaker | None, quote_text: str) -> Speaker | None:
        """``_asked_answering``, unless the words address the one it finds ('"Mr.
        Engebretsen?"' is not Mr. Engebretsen's)."""
        found = self._asked_answering(asker, quote_text)
        if found is not None and _addresses(quote_text, found, self.held_roles(found)):
            return None
        return found

    def _asked_answering(self, asker: Speaker | None, quote_text: str) -> Speaker | None:
        """The person who answers, in ``quote_text``, the last quotation (by ``asker``): the
        one who spoke before it, when it was a question a questioner put ('"Is that on
        the table?" the reporter asked.¶"I'm not going to ..."') or the answer addresses
        the asker by title or name, or as sir or madam ('"Without conditions?" Jernigan
        asked.¶"Without conditions, senator."', '"..., wouldn't you?" Reavis asked.¶"No,
        sir."'); or, after words that were no question, when the next words address
        their speaker by name or title ('"That's a lie," Tubbs said.¶"It's in the
        records, Quinton."')."""
        if asker is None:
            return None
        if self._questioner_asked_last(asker):
            return self._questioned(asker)
        if (
            self.recent_speakers
            and self.recent_speakers[-1][1].key == asker.key
            and self.recent_speakers[-1][0] in self.asked_with_cue
            and _YES_OR_NO.match(quote_text.strip()) is not None
        ):
            # '"You've pleaded guilty to two counts, correct?" Quigley asked.¶"Yes."': a yes
            # or no answers the one questioned before
            answering = self._questioned(asker)
            if answering is not None:
                return answering
        if (
            self.recent_speakers
            and self.recent_speakers[-1][1].key == asker.key
            and self.recent_speakers[-1][0] in self.asked_with_cue
            and not quote_text.strip().rstrip('"”').endswith("?")
            and _sentence_opening(quote_text.strip())
            and (asked := self._asked_in_cue(self.recent_speakers[-1][0], asker)) is not None
        ):
            # 'Nakashima-Greer pressed him: "Is that a yes?"¶"That's a yes."': the one the
            # question's cue puts it to answers it
            return asked
        examined = self.examined.get(asker.key)
        if (
            examined is not None
            and self.recent_speakers
            and self.recent_speakers[-1][1].key == asker.key
            and self.recent_speakers[-1][2]
        ):
            return examined  # 'Under questioning by X, Woodruff said ...¶"...?"¶"Yes."'
        addressed = self._addressed_last(asker)
        if addressed is not None and not _addresses(
            quote_text, addressed, self.held_roles(addressed)
        ):
            # '"Mr. Munroe, how many of those people ...?"¶"None of them, Madam Chair."': the
            # one the last quotation addressed by name answers
            return addressed
        question = self._other_turn(asker, asked=True)
        # ('"...," he told Barfield.¶"They can estimate it, Justice Dobbins."': the one told)
        before = self._told_last(asker) or question or self._other_turn(asker, asked=False)
        if self.recent_speakers and self.recent_speakers[-1][1].key == asker.key:
            # ('Sen. Han, who pressed Solberg on why ...¶"...?" Han asked.¶"It is the same
            # molecule, senator, ..."'): the one the asker was questioning
            before = self._asked_in_cue(self.recent_speakers[-1][0], asker) or before
        text = quote_text.strip()
        questioner = (
            self._answered_by_title(asker, asking=text.rstrip('"”').endswith("?"))
            if _sentence_opening(text)
            else None
        )
        if questioner is not None:
            # '"..., Do you still believe that?"¶"Senator, I wrote that as a law
            # professor," Judge X said. "..."¶"That's not an answer to my question."': the
            # questioner the answer addressed takes the next turn
            return questioner
        prior = self._turn_before(asker)
        if (
            before is None
            and prior is not None
            and prior[2]
            # (or someone described: '"...?" one reporter asked.¶"...," she replied.¶"Is
            # that a yes?"')
            and (prior[1].label == "PERSON" or _person_described(prior[1]) is not None)
            and asker.label == "PERSON"
            and _follow_up(text)
        ):
            # '"Did anyone threaten you?" he asked.¶"Threaten is a strong word," she said.
            # "..."¶"So you think the bill was a sham?"': who asked follows the answer up
            return prior[1]
        if before is None or asker.label != "PERSON":
            return None
        if question is not None and _GENERIC_VOCATIVE.search(text) is not None:
            return before
        if (
            question is not None
            and _FLOOR_ADDRESS.search(self.quote_text_at.get(self.recent_speakers[-1][0], ""))
            is not None
        ):
            # '"Will the gentleman yield for a question?" Diallo asked.¶"I yield."': the
            # member the question was put to on the floor answers
            return before
        if _addresses(quote_text, asker, self.held_roles(asker)):
            return before
        if question is not None and self._asked_again(asker) and _sentence_opening(text):
            # 'He asked Mr. V whether ...¶"Not yet, senator," Mr. V replied.¶"Not one?" Mr. A
            # asked.¶"Not one has drawn ..."': the one who put a question before and has
            # been answered asks again; the next paragraph answers
            return question
        partner = self._exchange_partner(asker)
        if partner is not None and _sentence_opening(text):
            # '"Then why won't you fix them?"¶"Because fixing them ..."', '"That's a
            # meeting, not a plan."¶"It's the start of a plan."': in an exchange of bare
            # quoted paragraphs the two voices take turns
            return partner
        if (
            prior is not None
            and prior[1].label == "PERSON"
            and prior[1].key != asker.key
            and _DENIAL.match(text) is not None
            and self._replied_at(self.recent_speakers[-1][0])
        ):
            # '"We have a $4 billion surplus," the lieutenant governor said.¶"That surplus
            # exists because ...," Quintero replied.¶"That's just not accurate."': the one
            # replied to denies the reply
            return prior[1]
        if prior is not None and prior[2] and prior[1].key == before.key and _follow_up(text):
            # 'Councillor X asked how many had come.¶"About 4,000 a day," Mr L said.¶"And
            # you want 6,000."': who asked follows the answer up (an answer in two parts
            # too: '"My door has always been open," the minister replied, "and it remains
            # open."¶"That is not an answer."')
            return before
        return None

    def _replied_at(self, end: int) -> bool:
        """A verb of replying cues the quotation ending at token ``end`` ('"...," Quintero
        replied.')."""
        return any(
            t.lemma_.lower() in _REPLY_VERBS and t.pos_ == "VERB"
            for t in self.doc[end + 1 : end + 6]
        )

    def _last_run(self, speaker: Speaker) -> int:
        """Where, in the quotations heard so far, the last run of ``speaker``'s begins (their
        number when ``speaker`` did not speak the last one)."""
        turns = self.recent_speakers
        k = len(turns)
        while k > 0 and turns[k - 1][1].key == speaker.key:
            k -= 1
        return k

    def _turn_before(self, speaker: Speaker) -> tuple[int, Speaker, bool] | None:
        """The quotation before the last run of ``speaker``'s quotations, when ``speaker``
        spoke the last one."""
        k = self._last_run(speaker)
        return self.recent_speakers[k - 1] if 0 < k < len(self.recent_speakers) else None

    def _answered_by_title(self, answerer: Speaker, asking: bool = False) -> Speaker | None:
        """The person whose question the last turn (``answerer``'s quotations since it)
        answered, when that turn addressed them by name or title; or, when the new words
        ask a question (``asking``), whose demand it answered ('"Give me a year," he
        said.¶"Senator, I'm not going to ...," Ms. Mehra replied.¶"Then what am I supposed
        to tell ...?"')."""
        prior = self._turn_before(answerer)
        if prior is None or not (prior[2] or asking) or answerer.label != "PERSON":
            return None
        questioner = prior[1]
        if questioner.label != "PERSON":
            return None
        roles = self.held_roles(questioner)
        turn = self.recent_speakers[self._last_run(answerer) :]
        if any(_addresses(self.quote_text_at.get(at, ""), questioner, roles) for at, _, _ in turn):
            return questioner
        return None

    def _asked_again(self, asker: Speaker) -> bool:
        """The last three turns are ``asker``'s question, another person's answer (in one
        quotation or more) and ``asker``'s question again."""
        runs: list[tuple[str, bool, bool]] = []  # speaker, last words a question, any
        for _, speaker, asked in self.recent_speakers[-8:]:
            if runs and runs[-1][0] == speaker.key:
                runs[-1] = (speaker.key, asked, runs[-1][2] or asked)
            else:
                runs.append((speaker.key, asked, asked))
        return (
            len(runs) >= 3
            and runs[-3][0] == runs[-1][0] == asker.key
            and runs[-3][1]
            and runs[-1][1]
            and not runs[-2][2]
        )

    def _exchange_partner(self, speaker: Speaker) -> Speaker | None:
        """The other party of an exchange whose last turn ``speaker`` took in a bare quoted
        paragraph: the turn before was another person's, a question, a bare paragraph too or
        an answer to a question ``speaker`` put, and a question was put in the last six
        turns."""
        turns = self.recent_speakers[-4:]
        if len(turns) < 2:
            return None
        (at, last, _), (before_at, before, before_asked) = turns[-1], turns[-2]
        # (the turn before may be an answer to a question: '... Jubb asked how many ...¶
        # "About 4,000," Mr L said.¶"And you want 6,000."¶"Yes."')
        # (an answer in several quotations too: '"...?" Oyelaran asked.¶"...," Feldstein
        # said. "..."¶"That sounds like a yes."¶"It sounds like what it is."')
        k = len(turns) - 2
        while k > 0 and turns[k - 1][1].key == before.key:
            k -= 1
        answering = k > 0 and turns[k - 1][2] and turns[k - 1][1].key == speaker.key
        if (
            last.key != speaker.key
            or before.key == speaker.key
            # (or cued turns of an exchange the text announced: 'The exchange continued:¶
            # "...?" Ms Ambrose asked.¶"...," Mr Banerjee replied.¶"But ..."')
            or (at not in self.bare_turns and not self._announced_exchange(before_at))
            or not (before_asked or before_at in self.bare_turns or answering)
            # (a longer exchange too: '"...?" he asked.¶"...," she said.¶"That's not the
            # same thing."¶"..."¶"So it's not a promise."¶"..."')
            or not any(asked for _, _, asked in self.recent_speakers[-6:])
            or (before.label != "PERSON" and _person_described(before) is None)
        ):
            return None
        return before

    def _announced_exchange(self, at: int) -> bool:
        """The paragraph before the one holding token ``at`` announces an exchange of words
        with a colon ('The exchange continued:', 'Here is part of the interview:')."""
        line = bisect_right(self.line_starts, at) - 1
        if line <= 0:
            return False
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1
        words = self.doc[start:end]
        while len(words) and words[-1].is_space:
            words = words[:-1]
        return (
            len(words) > 0
            and words[-1].text == ":"
            and any(t.lemma_.lower() in _EXCHANGE_NOUNS for t in words)
            and not any(self.quote_of_token[t.i] >= 0 for t in words)
        )

    def held_roles(self, person: Speaker) -> set[str]:
        """Every title and office the text gives ``person``."""
        return set().union(*(self._roles(m) for m in self.mentions if m.speaker.key == person.key))

    def _addressed_last(self, speaker: Speaker) -> Speaker | None:
        """The one person other than ``speaker`` whom ``speaker``'s last quotation, a
        question, addresses by name or by an office only they hold ('"Mr. Munroe, how many
        ...?"', '"Doctor, how many more ...?"')."""
        if (
            not self.recent_speakers
            or self.recent_speakers[-1][1].key != speaker.key
            or not self.recent_speakers[-1][2]  # a question put to them
        ):
            return None
        words = _vocatives(self.quote_text_at.get(self.recent_speakers[-1][0], ""))
        found: dict[str, Speaker] = {}
        for vocative in words:
            known = self.known_speaker(vocative, "PERSON")
            if known is not None and known.label == "PERSON" and known.key != speaker.key:
                found[known.key] = known
        if not found:
            office = {_office_word(v.split()[-1]) for v in words if len(v.split()) == 1}
            for m in self.mentions:
                if (
                    m.speaker.label == "PERSON"
                    and m.speaker.key != speaker.key
                    and office & {_office_word(r) for r in self._roles(m)}
                ):
                    found[m.speaker.key] = m.speaker
        return next(iter(found.values())) if len(found) == 1 else None

    def _told_last(self, speaker: Speaker) -> Speaker | None:
        """The person ``speaker``, who spoke the last quotation, told or asked it ('"Why
        can't they?" he told Barfield')."""
        if not self.recent_speakers or self.recent_speakers[-1][1].key != speaker.key:
            return None
        sent = self.sent_of_token[self.recent_speakers[-1][0]]
        lo = self._sentence_bounds(sent)[0]
        hi = self._sentence_bounds(min(sent + 1, len(self.sent_first) - 1))[1]
        for t in self.doc[lo:hi]:
            if (
                self.quote_of_token[t.i] >= 0
                or t.lemma_.lower() not in _TELLING_VERBS
                or not any(c.dep_ == "nsubj" for c in t.children)
            ):
                continue
            for c in t.children:
                found = self.speaker_of_token(c) if c.dep_ in ("dobj", "dative") else None
                if found is not None and found.label == "PERSON" and found.key != speaker.key:
                    return found
        return None

    def _office_subject_before(
        self, token: Token, previous: Speaker | None, prev_at: int
    ) -> Speaker | None:
        """For 'she'/'he' with nobody of that sex named near: a named person an office
        stands for as the subject of a sentence just before ('The governor, asked whether
        she would call a special session, said she would not rule it out.¶"...," she
        said')."""
        sex = _pronoun_sex(token.lower_)
        if sex is None:
            return None
        window = self.line_window_start(token.i)
        sent = self.sent_of_token[token.i]
        while sent >= 0:
            lo, hi = self._sentence_bounds(sent)
            if hi <= window:
                break
            if any(self.quote_of_token[i] >= 0 for i in range(lo, hi)):
                # (a quotation's own cue: who spoke there is the recent speakers' business)
                sent -= 1
                continue
            for t in self.doc[max(lo, window) : min(hi, token.i)]:
                if (
                    t.dep_ != "nsubj"
                    # (who asks is not who answers; but 'The governor, asked whether ...,
                    # said' is the one asked)
                    or (
                        t.head.lemma_.lower() in _QUESTION_VERBS
                        and self.doc[t.head.i - 1].text != ","
                    )
                    or t.pos_ != "NOUN"
                    or t.lower_ not in ROLE_WORDS
                    or self.quote_of_token[t.i] >= 0
                    or _role_noun_sex(t.lower_) not in (None, sex)
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                ):
                    continue
                found = self.resolve_description(t, previous, prev_at)
                if found is not None and found.label == "PERSON":
                    if self.sex_of(found) in (None, sex):
                        return found
            sent -= 1
        return None

    def _recent_speaker_of_sex(self, token: Token, avoid: frozenset[str]) -> Speaker | None:
        """For 'she'/'he' with nobody of that sex named near: the latest speaker of a
        recent quotation who is ('"Did anyone instruct you?" Corliss asked. "Yes," she
        said': the witness who spoke before the question)."""
        sex = _pronoun_sex(token.lower_)
        if sex is None:
            return None
        asker: str | None = None
        unknown: Speaker | None = None
        for at, speaker, asked in reversed(self.recent_speakers):
            if at >= token.i:
                continue
            if token.i - at > 300:
                break
            if asker is None:
                # who asked the question just before does not answer it
                asker = speaker.key if asked else ""
            head = _description_head(speaker)
            if (
                head is not None
                and unknown is None
                and speaker.key != asker
                and _noun_sex(head) == sex
            ):
                return speaker  # '"...?" a woman asked. "...," Mr. X replied. "...," she shot back'
            if speaker.label != "PERSON" or speaker.key in avoid or speaker.key == asker:
                continue
            shown = self.sex_of(speaker)
            if shown == sex:
                return speaker
            if shown is None and unknown is None:
                unknown = speaker
        # ('"...?" Garrity said.¶"...," she replied', after Rep. Ines Carvalho spoke: the
        # latest speaker whose sex nothing shows, when nobody's is the pronoun's)
        return unknown

    def spoken_of(self, quote_text: str, first: int) -> frozenset[str]:
        """Keys of the people a quotation speaks of by given name or full name ('I said to
        Harry ...'): a speaker seldom names themself, so a pronoun prefers someone else. A
        given name alone that two people share is the one named last before the quotation
        (at ``first``)."""
        # each word of the quotation with the word right after it, if only spaces part them
        matches = list(_WORDS.finditer(quote_text))
        following: dict[str, list[str]] = {}
        for j, m in enumerate(matches):
            nxt = matches[j + 1] if j + 1 < len(matches) else None
            spaced = nxt is not None and quote_text[m.end() : nxt.start()].isspace()
            following.setdefault(m.group(), []).append(nxt.group() if spaced else "")
        found = set()
        alone: dict[str, set[str]] = {}  # people named by a given name alone, by that name
        for sp in self.by_name.values():
            if sp.label != "PERSON":
                continue
            name = _strip_title(sp.name.split())
            if len(name) < 2 or name[0] not in following:
                continue
            if given_name_gender(name[0]) is None and (
                is_common_word(name[0]) or is_place_name(name[0])
            ):
                continue  # 'Ruud' of 'Ruud van Nistelrooy' is a given name all the same

            # 'I said to Harry', 'Harry Redknapp', not 'John Obi Mikel' for John Terry
            if any(w == name[-1] for w in following[name[0]]):
                found.add(sp.key)
            elif any(not w[:1].isupper() for w in following[name[0]]):
                alone.setdefault(name[0], set()).add(sp.key)
        for keys in alone.values():
            if len(keys) > 1:
                # 'Sarah told us in April', with Sarah Whitlock and Sarah Mensah in the story:
                # the one named last before the words
                last_named = {
                    m.speaker.key: m.first
                    for m in self.mentions
                    if m.first < first and m.speaker.key in keys
                }
                if last_named:
                    keys = {max(last_named, key=last_named.__getitem__)}
            found.update(keys)
        return frozenset(found)

    def reported_topics(self, first: int, quote_text: str) -> frozenset[str]:
        """People a quotation speaks of as "he" or "she" because an earlier report was about
        them ('coach Bob Dwyer warned that Schalk Burger needed a break. Burger, 21, has
        struggled. "It's his first year ...," he said': Burger is spoken of, Dwyer speaks).
        Only a person named inside what a named person reported, within three sentences."""
        tokens = re.findall(r"[a-z]+", quote_text.lower())  # "he's": "he"
        personal = [w for w in tokens if w in _PERSONAL_PRONOUNS]
        if not personal or personal[0] in _FIRST_PERSON:
            # '"I need a rest and he's right," he said': the speaker speaks of himself first;
            # the "he" is someone else
            return frozenset()
        words = set(tokens)
        sexes = {s for s, ws in (("m", MALE_PRONOUNS), ("f", FEMALE_PRONOUNS)) if words & ws}
        if not sexes:
            return frozenset()
        here = self.sent_of_token[first]
        found: set[str] = set()
        topic_at: dict[str, int] = {}  # where each was last named inside another's report
        for m in self._mentions_in(max(0, here - 3), here - 1):
            if m.speaker.label != "PERSON":
                continue
            verb = self.doc[m.last]
            while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
                verb = verb.head
            while verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head.i != verb.i:
                verb = verb.head  # up to the reporting verb: 'warned that X needed'
            if verb.lemma_.lower() not in REPORTING_VERBS or verb.lemma_.lower() in WEAK_VERBS:
                continue
            reporter = next(
                (
                    self.entity_of_token.get(c.i)
                    for c in verb.children
                    if c.dep_ == "nsubj" and self.entity_of_token.get(c.i) is not None
                ),
                None,
            )
            if reporter is None or reporter.label != "PERSON" or reporter.key == m.speaker.key:
                continue
            sex = self.gender.get(m.speaker.key) or m.speaker.gender
            if sex is None or sex in sexes:
                found.add(m.speaker.key)
                topic_at[m.speaker.key] = m.first
        if found:
            # 'Asked about the line, Ms. Asare laughed. "She's got ...," she said': who was
            # just asked answers, whoever an earlier report was about
            for m in self._mentions_in(max(0, here - 3), here - 1):
                subject = self.doc[m.last]
                if (
                    self.sent_of_token[m.last] == here - 1
                    and subject.dep_ == "nsubj"
                    and any(
                        c.dep_ == "advcl"
                        and c.tag_ == "VBN"
                        and c.lemma_.lower() in _QUESTION_VERBS
                        and c.i < subject.i
                        for c in subject.head.children
                    )
                ):
                    found.discard(m.speaker.key)
                # 'Zielinski said he would move Padraig O'Driscoll ... Padraig O'Driscoll
                # said his brother would ...': one who reports in the sentences before the
                # words is their speaker, not their topic
                elif (
                    m.first > topic_at.get(m.speaker.key, len(self.doc))
                    and subject.dep_ == "nsubj"
                    and subject.head.dep_ == "ROOT"
                    and subject.head.lemma_.lower() in REPORTING_VERBS
                    and subject.head.lemma_.lower() not in WEAK_VERBS
                ):
                    found.discard(m.speaker.key)
        return frozenset(found)

    def _resolve_pronoun(
        self,
        token: Token,
        previous: Speaker | None,
        prev_at: int,
        labels: set[str] | None,
        by_name: bool,
        avoid: frozenset[str] = frozenset(),
        chain: bool = True,
    ) -> Speaker | None:
        """Hobbs-like salience: walk back sentence by sentence (within two lines); in each,
        prefer a compatible subject, else the first compatible mention; the previous
        quotation's speaker counts as a subject where its quotation ends."""
        word = token.lower_
        want: str | None = None
        if word == "it" and previous is not None and self._document_spoke(prev_at, token.i):
            return previous  # 'Mr Crosby's statement said: "..." It added: "..."'
        if labels is not None:
            if labels == {"PERSON"} and token.pos_ == "NOUN":
                want = _noun_sex(token.lemma_.lower())  # 'the Oscar-winning actress'
        elif word in MALE_PRONOUNS or word in FEMALE_PRONOUNS:
            want = "m" if word in MALE_PRONOUNS else "f"
            labels = {"PERSON"}
        elif word in NEUTER_PRONOUNS:
            labels = {"ORG", "NORP", "GPE"}
            author = self._author_of_document_before(token)
            if author is not None:
                return author
        elif word in PLURAL_PRONOUNS:
            labels = {"ORG", "NORP"}  # a country is 'it', not 'they'
            group = self._plural_subject_before(token)
            if group is not None:
                return describe(group, self.quote_of_token)
        else:
            return None

        def compatible(sp: Speaker) -> bool:
            if sp.label is None and sp.key.startswith("DESC:") and labels == {"PERSON"}:
                # 'a spokeswoman said. She added ...': an unnamed person described by a role
                head = _person_described(sp)
                if sp.key in avoid or (head is None and sp.key not in self.described_sex):
                    return False
                if head is None:
                    sex = self.described_sex[sp.key]
                    return not (want and sex and sex != want)
                # ('the spokesman' is taken for a man, 'the spokeswoman' for a woman; 'one
                # resident, a retired postman' for a man)
                gender = _role_noun_sex(head) or self.described_sex.get(sp.key) or sp.gender
                return not (want and gender and gender != want)
            if sp.label not in labels or sp.key in avoid:
                return False
            gender = self.gender.get(sp.key) or sp.gender
            if gender is None and by_name:
                gender = self.name_gender.get(sp.key) or self.pronoun_sex(sp.key)
            return not (want and gender and gender != want)

        if want is not None:
            antecedent = self._relative_antecedent(token)
            if antecedent is not None and compatible(antecedent):
                return antecedent  # 'Kwabena Mensah, a former public defender who has made
                # what he calls "...",': the person the relative clause is about
            reporter = self._unnamed_reporter_of(token)
            if reporter is not None and compatible(reporter):
                return reporter
        window = self.line_window_start(token.i)
        sent_of = self.sent_of_token
        hi = bisect_left(self.mention_ends, token.i)
        k = hi - 1
        current = sent_of[token.i]
        prev_sent = sent_of[prev_at] if 0 <= prev_at < len(sent_of) else -1
        if (
            previous is not None
            and want is not None
            and self._questioner_asked_last(previous, by_title=True)
            and prev_at >= window
        ):
            # a questioner's question is answered by the one questioned ('"And if it
            # doesn't come?"¶"It'll come," he said')
            # (but one who just did something in the pronoun's own paragraph answers: 'Mr.
            # Matsuda smiled. "Two years ... is too slowly," he said')
            questioned = self._subject_just_before(token, previous) or self._questioned(previous)
            if questioned is not None and compatible(questioned):
                return questioned
            if token.head.lemma_.lower() not in _QUESTION_VERBS:
                # ('"Is he frustrated?" a reporter asked.¶"...," she said': not the reporter)
                avoid = avoid | {previous.key}
        if (
            previous is not None
            and want is not None
            and prev_at >= window
            and token.head.lemma_.lower() in _REPLY_VERBS
            and (addressed := self._addressed_last(previous)) is not None
            and compatible(addressed)
        ):
            # '"Mei-Lin, should we think of 54 as a floor?"¶"...," she replied': the one
            # the question addressed by name replies
            return addressed
        if (
            previous is not None
            and want is not None
            and prev_at >= window
            and token.head.lemma_.lower() in _QUESTION_VERBS
            and token.head.lemma_.lower() not in WEAK_VERBS
            and (prior := self._turn_before(previous)) is not None
            and prior[2]
            and prior[0] in self.asked_with_cue
            and prior[1].key != previous.key
            and compatible(prior[1])
        ):
            # '"Will people notice?" Ms Ellery asked.¶"They will," the chief constable
            # replied.¶"How much longer?" she asked': the one who asked before asks again
            return prior[1]
        if (
            previous is not None
            and want is not None
            and prev_at >= window
            and token.head.lemma_.lower() not in _QUESTION_VERBS
            and (answerer := self._answerer_in_exchange(previous, token)) is not None
            and compatible(answerer)
        ):
            # '"How much went to Trellis?" Ms. Abramowitz asked.¶"About $11 million," Ms.
            # Balasubramanian said.¶"And what did you get for that?"¶"Access ...," she
            # said': in an exchange of questions and answers, the one who answered before
            return answerer
        if (
            previous is not None
            # (a pronoun, or an epithet: '"...?" he asked.¶"...," the nominee replied')
            and (want is not None or labels == {"PERSON"})
            and (
                token.head.lemma_.lower() in _REPLY_VERBS
                # ('"You were angry when he fired you, weren't you?" Malhotra asked.¶"I was
                # angry," she said': a question put to someone, answered by them)
                or (
                    token.head.lemma_.lower() not in _QUESTION_VERBS
                    and not _goes_on(token.head)  # ('He went on: "..."': the asker again)
                    and bool(self.recent_speakers)
                    and _put_to_you(self.quote_text_at.get(self.recent_speakers[-1][0], ""))
                )
            )
            and prev_at >= window
            and self.recent_speakers
            and self.recent_speakers[-1][1].key == previous.key
            and (
                self.recent_speakers[-1][0] in self.asked_with_cue
                # ('"That's not a no," a reporter pointed out.¶"...," she replied')
                or _description_head(previous) in _ASKING_JOBS
            )
        ):
            # '"Who draws the maps?" the chief justice asked.¶"...," she answered': whoever
            # answers, not the one who asked (but a question of one's own, '"Would you want
            # that?"¶Asked what she would say ..., she replied', is no turn put to another)
            avoid = avoid | {previous.key}
        if want is not None and token.head.lemma_.lower() not in _QUESTION_VERBS:
            given = self._given_the_floor(current - 1)
            if given is not None and compatible(given):
                # 'Achterberg gave the senator 30 seconds to respond.¶"...," she said': the
                # one given the time answers
                return given
        prev_ok = previous is not None and compatible(previous) and prev_at >= window
        while current >= 0:
            subjects: list[Speaker] = []
            depths: list[int] = []
            contrasts: list[bool] = []
            others: list[Speaker] = []
            askers: list[_Mention] = []
            put_to: list[_Mention] = []  # 'X was asked (by Y) whether ...': X answers
            persons: list[_Mention] = []
            conceded: list[Speaker] = []
            while k >= 0 and sent_of[self.mentions[k].last] >= current:
                m = self.mentions[k]
                k -= 1
                if m.last >= token.i or sent_of[m.last] != current:
                    continue
                if m.first >= token.left_edge.i:
                    continue  # inside the description itself ('the Oscar-nominated actor')
                if (
                    current == sent_of[token.i]
                    and _in_own_report(token, self.doc[m.last])
                    and not self._framed_quote_between(m.last, token.i)
                ):
                    continue  # 'Labour will lose, he said': 'he' is not Labour
                if (
                    current != sent_of[token.i]
                    and any(
                        # a name before the pronoun is its antecedent ('Henman came from two
                        # sets down, so he knows'), whatever the parser hung it from
                        p.i < m.first and _in_own_report(p, self.doc[m.last])
                        for p in self._pronoun_subjects(current, want)
                    )
                    # (but not the one a question was put to, who answers: 'She asked Choi
                    # whether ... "...," she said')
                    and not (
                        _asked(self.doc[m.last])
                        and token.head.lemma_.lower() not in _QUESTION_VERBS
                        and not _goes_on(token.head)
                    )
                ):
                    continue  # 'He conceded Kuznetsova might have ... "...," he said'
                if m.speaker.label in ("GPE", "NORP") and self.doc[m.last].dep_ in (
                    "amod",
                    "compound",
                    "nmod",
                ):
                    continue  # 'the German club', 'the US tycoon': a modifier, no referent
                if (
                    word == "it"
                    and m.speaker.label == "ORG"
                    and current != sent_of[token.i]
                    and self._in_persons_title(self.doc[m.last])
                ):
                    # 'David Cummings, head of UK equities for Standard Life Investments,
                    # said ...': a person's employer, in the background
                    continue
                if (
                    m.speaker.label == "PERSON"
                    and m.first > 0
                    and self.doc[m.first - 1].lower_ in ("a", "an")
                    and self.doc[m.last].dep_ == "compound"
                    and self.doc[m.last].head.pos_ == "NOUN"
                ):
                    continue  # 'an Alan Shearer strike': the article is the noun's
                if current == sent_of[token.i] and (
                    _in_controlled_adjunct(self.doc[m.last], token)
                    or _in_fronted_phrase(self.doc[m.last], token)
                ):
                    continue  # 'But standing next to Mr Blair he added': not Mr Blair
                if current == sent_of[token.i] and _relative_clause_of(token, self.doc[m.last]):
                    continue  # 'coach Andy Robinson, who he believes was ...': not Robinson
                if (
                    not m.subject
                    and current != sent_of[token.i]
                    and self.doc[m.last].dep_ == "poss"
                    and any(a.dep_ == "relcl" for a in self.doc[m.last].ancestors)
                    # the sentence is about someone the quotation speaks of
                    and any(
                        o.subject and o.speaker.key in avoid
                        for o in self._mentions_in(current, current)
                    )
                ):
                    continue  # '... the match, which Steve Bruce's side won': in the background
                if (
                    compatible(m.speaker)
                    and current != sent_of[token.i]
                    and _concessive(self.doc[m.last])
                ):
                    # 'Ireland, despite having Gordon D'Arcy out injured, have been boosted
                    # by the return of Brian O'Driscoll': a concession's people are background
                    conceded.append(m.speaker)
                elif (
                    compatible(m.speaker) and not m.subject and _owns_main_subject(self.doc[m.last])
                ):
                    # 'Mr Haddad's first words to the crew were simple: "..." ... he said':
                    # the owner of a main subject that is no person
                    # (any person the sentence has as a subject comes first)
                    subjects.append(m.speaker)
                    depths.append(_depth(self.doc[m.last]) + 10)
                    contrasts.append(False)
                elif (
                    not m.subject
                    and labels == {"ORG"}
                    and token.pos_ == "NOUN"
                    and token.lemma_.lower() in DOCUMENT_NOUNS
                    and _where_something_happened(self.doc[m.last])
                ):
                    # 'They found that 1 in 4 patients waited more than 12 hours in A&E ...
                    # "...," the report said': where it happened, not who wrote it
                    continue
                elif compatible(m.speaker):
                    (subjects if m.subject else others).append(m.speaker)
                    if m.subject:
                        depths.append(_depth(self.doc[m.last]))
                        contrasts.append(_contrasted_clause_subject(self.doc[m.last]))
                    said_by = _clause_subject(self.doc[m.last])
                    verb = said_by.head
                    if (m.subject and said_by.dep_ == "nsubj" and not _passive(verb)) and (
                        verb.lemma_.lower() in _QUESTION_VERBS
                        # 'Whitcombe pressed her on the analysis'
                        or _asked_pronoun(verb, want or "")
                        # 'used her time to ask Ashby whether' (not 'sat in silence until
                        # one reporter asked whether he was rattled': another asks)
                        or any(
                            c.dep_ in ("xcomp", "advcl")
                            and c.lemma_.lower() in _QUESTION_VERBS
                            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                            for c in verb.children
                        )
                    ):
                        askers.append(m)
                    elif (
                        m.subject
                        and self.doc[m.last].dep_ == "nsubjpass"
                        and verb.lemma_.lower() in _QUESTION_VERBS
                        # (a request is no question: 'Mr Leckie had been asked to explain')
                        and not any(
                            c.dep_ == "xcomp" and any(g.dep_ == "aux" for g in c.children)
                            for c in verb.children
                        )
                    ):
                        put_to.append(m)
                    elif _asking_agent(self.doc[m.last]):
                        askers.append(m)  # the 'by presenter Tom Riordan' of 'was asked'
                    elif m.speaker.label == "PERSON":
                        persons.append(m)
            if conceded and not subjects and not others:
                others = conceded  # nobody else: the concession's people after all
            gone: set[str] = set()
            if (
                (askers or put_to)
                and current != sent_of[token.i]
                and want is not None
                and token.head.lemma_.lower() not in _QUESTION_VERBS
            ):
                # 'A reporter asked Solís whether she had been offended. "...," she
                # replied', 'Mr Sutcliffe was asked by presenter Tom Riordan: "...?"',
                # 'Presenter Gill Harte asked him: "...?"': who answers is the one asked,
                # not the asker
                asked = [m.speaker for m in put_to] or [
                    m.speaker
                    for m in persons
                    if _asked(self.doc[m.last])
                    and any(
                        a.speaker is not m.speaker
                        and _clause_subject(self.doc[a.last]).head.is_ancestor(self.doc[m.last])
                        for a in askers
                    )
                ]
                # (but 'He went on: "..."' is the asker going on)
                put_to_pronoun = any(
                    _asked_pronoun(_clause_subject(self.doc[a.last]).head, want) for a in askers
                ) and not _goes_on(token.head)
                # (or one who answers: 'X asked whether Montoya-Reyes regretted anything.¶
                # "...," she answered' is not X)
                replying = token.head.lemma_.lower() in _REPLY_VERBS
                # (or asked about something, with no one named as asked: 'Thorsby also asked
                # about a bill Castillo is sponsoring ... "...," she said' is the guest)
                about = not _goes_on(token.head) and any(
                    verb.lemma_.lower() in _QUESTION_VERBS
                    and not _passive(verb)
                    and any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children)
                    # (not a participle misread: 'Michael Howard, asked about ... by
                    # reporters, said')
                    and self.doc[verb.i - 1].text != ","
                    and not any(t.lower_ == "by" for t in verb.subtree)
                    for a in askers
                    if (verb := _clause_subject(self.doc[a.last]).head) is not None
                )
                if asked or put_to_pronoun or replying or about:
                    gone = {a.speaker.key for a in askers}
                    kept = [j for j, sp in enumerate(subjects) if sp.key not in gone]
                    subjects = asked[-1:] + [subjects[j] for j in kept]
                    depths = [0] * len(asked[-1:]) + [depths[j] for j in kept]
                    contrasts = [False] * len(asked[-1:]) + [contrasts[j] for j in kept]
                    others = [sp for sp in others if sp.key not in gone]
            elif (
                put_to
                and current != sent_of[token.i]
                and want is not None
                and token.head.lemma_.lower() in _QUESTION_VERBS
                and (
                    agents := [
                        a.speaker
                        for a in askers
                        if _asking_agent(self.doc[a.last]) and compatible(a.speaker)
                    ]
                )
            ):
                # 'Adebayo was asked by presenter Tessa Wyndham whether he had expected to
                # win.¶"...?" she asked.': the one who put the question asks it
                subjects, depths, contrasts = agents[-1:], [0], [False]
            elif (
                current != sent_of[token.i]
                and want is not None
                and token.head.lemma_.lower() not in _QUESTION_VERBS
                and not _goes_on(token.head)
            ):
                # 'She asked Dana Choi whether the agency would meet its deadline. "...," she
                # said': the one a pronoun put the question to answers
                asked = [
                    m.speaker
                    for m in persons
                    if _asked(self.doc[m.last])
                    and any(
                        c.dep_ == "nsubj" and c.pos_ == "PRON"
                        for c in _clause_subject(self.doc[m.last]).head.children
                    )
                    and compatible(m.speaker)
                ]
                if asked:
                    subjects = asked[-1:]
                    depths = [0]
                    contrasts = [False]
                    prev_ok = prev_ok and previous is not None and previous.key == asked[-1].key
            if previous is not None and (
                previous.key in gone or (put_to and previous.key != put_to[-1].speaker.key)
            ):
                # the asker of the question just before does not answer; the one asked does
                prev_ok = False
            if (
                prev_ok
                and prev_sent == current
                and want is not None
                and self.not_the_teller_sex.get(prev_at) == want
            ):
                # 'She said one voter had told her that "...".¶"...," she said': the one
                # told, not the teller
                prev_ok = False
            if (
                prev_ok
                and prev_sent == current
                and previous is not None
                # (not the owner of words quoted inside a sentence about someone else: 'The
                # prime minister shrugged off claims from Michael Howard that he led a
                # "grubby government". He said ...')
                and not (
                    prev_at in self.fragment_ends
                    and current != sent_of[token.i]
                    and not subjects
                    and self._epithet_subject(current) is not None
                )
            ):
                subjects.append(previous)
                depths.append(-1)
                contrasts.append(False)
            if labels == {"PERSON"} and current != sent_of[token.i]:
                # 'But an executive spokeswoman insisted ... "...," she said': someone new
                # and unnamed, introduced as the subject of an earlier sentence
                # a questioner ('a reporter asked whether she would run') does not answer
                answering = token.head.lemma_.lower() not in _QUESTION_VERBS
                described = self._introduced_subject(current, answering)
                if described is not None and compatible(described[0]):
                    subjects.append(described[0])
                    depths.append(described[1])
            if (
                word == "it"
                and "ORG" in labels
                and sent_of[token.i] - 2 <= current < sent_of[token.i]
                and token.dep_ == "nsubj"
                and (
                    (
                        not subjects
                        # ('It found "no evidence"': what the body concluded)
                        and (
                            token.head.lemma_.lower() in REPORTING_VERBS
                            or token.head.lemma_.lower() == "find"
                        )
                    )
                    # 'The committee said the National Audit Office should investigate ...
                    # It blamed ...': a body the main clause reports, not one inside the report
                    or (subjects and min(depths) > 1 and current == sent_of[token.i] - 1)
                )
            ):
                # 'The US government denied the claims ... In a statement, it said': an
                # unnamed body as the main subject of an earlier sentence
                described = self._described_body_subject(current)
                body = (
                    self._body_subject(described, previous, prev_at)
                    if described is not None
                    else None
                )
                if body is not None and (
                    # 'Contrack said ... But the firm denied ... "...," it said': the firm
                    # named before, or a body unnamed when none was named as a subject
                    not body.key.startswith("DESC:")
                    or not self._named_body_subject(current - 3, current)
                    # (or one a name owns: "Brazil's agriculture ministry")
                    or self._body_owners(described)
                    # (or an officer's own: "the inspector general's office")
                    or _officers_office(described)
                ):
                    return body
            if subjects and sent_of[token.i] == current:
                return subjects[0]  # the nearest subject in the pronoun's own sentence
            lead = (
                self._main_pronoun_subject(current, want)
                if chain and subjects and want is not None
                else None
            )
            if (
                lead is not None
                and _depth(lead) < min(depths)
                # (not 'he identified himself as Gary Pruszynski': the name is who he is)
                and not any(
                    _named_by_oneself(o)
                    for c in lead.head.children
                    if c.dep_ == "prep"
                    for o in c.children
                )
            ):
                # 'Asked later what his father had told him, he laughed.¶"...," he said':
                # the pronoun the sentence is about goes on; what it stands for speaks
                found = self._resolve_pronoun(
                    lead, previous, prev_at, None, by_name, avoid, chain=False
                )
                if found is not None and compatible(found):
                    return found
            epithet = (
                self._epithet_subject(current)
                or self._according_to_epithet(current)
                # (for the pronoun that speaks, not an owner's 'His mother Katherine')
                or (self._named_owners_kin_subject(current) if token.dep_ == "nsubj" else None)
                if sent_of[token.i] != current and (want is not None or labels == {"PERSON"})
                else None
            )
            noted = (
                self._questioner_noted_about(epithet)
                if epithet is not None and token.head.lemma_.lower() not in _QUESTION_VERBS
                else None
            )
            if noted is not None and compatible(noted):
                # 'The anchor noted that Whitcombe had voted for a similar measure. "Things
                # change," he said': the one the questioner's remark is about answers
                return noted
            if epithet is not None and (not subjects or _depth(epithet) < min(depths)):
                # 'The 22-year-old pipped Maurice Greene ... "...," he said', 'The Scottish
                # Conservative leader had insisted that his work with Tods Murray ...': a
                # sentence whose main subject is an epithet carries on the person it stands for
                found = (
                    self.aged_holder(epithet, previous, prev_at)
                    if _age_epithet(epithet)
                    else self.protagonist(_noun_sex(epithet.lemma_.lower()) or "")
                    if epithet.lemma_.lower() in ("man", "woman")
                    else self.relative_of(epithet, previous, prev_at)
                    # ('the younger brother paused': whoever was named so, below)
                    if epithet.lower_ in _KIN and any(c.dep_ == "poss" for c in epithet.children)
                    else self.associate_of(epithet, previous, prev_at)
                    if epithet.lemma_.lower() in _ASSOCIATE_NOUNS
                    # ('The show's executive producer said ... "...," she said.¶Sarah
                    # Mensah, who has been the show's executive producer, said')
                    else self.named_next(epithet)
                    or self.resolve_description(epithet, previous, prev_at, depth=1)
                )
                if (
                    epithet.head.lemma_.lower() in _GOING_ON_VERBS
                    and previous is not None
                    and previous.label == "PERSON"
                    and compatible(previous)
                    and not self.titled_as(found, epithet)
                ):
                    # 'The former Scotland international added that ...': who goes on
                    # speaking is who spoke last, unless the epithet is someone's own title
                    # ('The Arsenal manager added')
                    found = previous
                if found is not None and compatible(found):
                    return found
            if subjects:
                contrasted = [j for j, c in enumerate(contrasts) if c]
                if contrasted and sent_of[token.i] != current:
                    # 'Hewitt said he had had a "gutful" ... but Tennis Australia's Geoff
                    # Pollard rejected his comments. "...," he said': the answer after "but"
                    return subjects[contrasted[0]]
                # the subject highest in the tree ('X will go, Tony Blair has said': Blair),
                # leftmost on a tie
                best = min(range(len(subjects)), key=lambda j: (depths[j], -j))
                return subjects[best]
            if (
                word == "it"
                and others
                and sent_of[token.i] == current + 1
                and all(
                    sp.label in ("GPE", "LOC") or is_place_name(sp.name.title()) for sp in others
                )
                and (thing := self._thing_subject(current)) is not None
            ):
                # 'The 30-second spot ... began running in Phoenix and Tucson. It says ...
                # "fell 40 percent"': the thing the sentence is about, not a place in it
                return thing
            if others and not (
                # 'When he refused to support Harold Wilson ..., he said': an earlier 'he'
                # of the pronoun's own sentence is the same referent; the names it governs
                # are passed over
                (
                    sent_of[token.i] == current
                    and want is not None
                    and self._pronoun_subject(current, word, before=token.i)
                )
                or sent_of[token.i] != current
                and (
                    (want is not None and self._pronoun_subject(current, word))
                    # 'He conceded the win, with goals from X. "...," the Irishman said':
                    # an epithet, like a pronoun, passes over the names a 'he' governs
                    # 'Renault said ... The firm will benefit from the launch of a new Clio
                    # model ... "...," the company said': a body described as the subject
                    # is the same referent; the names it governs are passed over
                    # (not 'the Sunday Telegraph report added': a body named in its subject)
                    or (
                        labels == {"ORG"}
                        and token.pos_ == "NOUN"
                        and (body := self._described_body_subject(current)) is not None
                        and not any(
                            t.pos_ == "PROPN" or t.i in self.entity_of_token
                            for t in body.subtree
                            if t.i < body.i
                        )
                    )
                    or (
                        want is None
                        and labels == {"PERSON"}
                        and self._opens_with_pronoun(
                            current,
                            # 'His words met a cool reception from Jacques Chirac. The
                            # French president told ...': a nationality picks its person
                            owner=not any(
                                c.dep_ == "amod" and c.is_title and c.i < token.i
                                for c in token.children
                            ),
                        )
                    )
                )
            ):
                if sent_of[token.i] != current:
                    return others[-1]
                if token.pos_ == "PRON" or labels != {"PERSON"}:
                    return others[0]
                # 'Reacting to a comment by Tim Phillips, the American said': an epithet
                # does not re-describe a name of its own sentence; look further back
            # ('He has worked on Finding Nemo. "..." he said': the earlier 'he' is the
            # same referent, so the names it governs are passed over)
            if k < 0 and not (prev_ok and prev_sent < current):
                break
            nxt = current - 1
            if nxt < 0 or self.sent_first[nxt] < window:
                break
            current = nxt
        if prev_ok:
            return previous
        if want is not None and previous is None:
            # cataphora: 'He called it his "..." and now Tony Blair has ...' - a pronoun
            # before any person is named points to the first one named in its sentence
            if not any(compatible(m.speaker) for m in self.mentions[:hi]):
                sent = sent_of[token.i]
                for m in self.mentions[hi:]:
                    if sent_of[m.first] != sent:
                        break
                    if m.first > token.i and compatible(m.speaker):
                        return m.speaker
        if (want is not None or labels == {"PERSON"}) and (
            # ('The Trafford Centre spokeswoman said': someone unnamed, not a name)
            token.lemma_.lower() not in UNNAMED_SOURCE_NOUNS
        ):
            # the tagger often mislabels a person's name (ORG, GPE): a last resort
            for m in reversed(self.mentions[:hi]):
                if m.last < window:
                    break
                short_name = (
                    m.last - m.first < 3
                    and self.doc[m.last].pos_ == "PROPN"
                    # (not 'the Regent Street Association', a body by its head or its
                    # article: 'The Granary Theatre in Stockport said')
                    and self.doc[m.last].lower_ not in ORG_NOUNS | NON_PERSON_HEADS
                    # (nor a plural: 'when Republicans hold the chamber')
                    and self.doc[m.last].tag_ != "NNPS"
                    # (a nationality noun, 'the Scot', stands for a person all the same)
                    and not (
                        m.speaker.label != "NORP"
                        and m.first > 0
                        and self.doc[m.first - 1].lower_ == "the"
                    )
                )
                if (
                    m.subject
                    and short_name
                    and m.speaker.label in ("ORG", "GPE", "NORP")
                    # ('Sen. X, a Montana Republican,': said of a named person, no name)
                    and not (
                        self.doc[m.last].dep_ == "appos"
                        and self.entity_of_token.get(self.doc[m.last].head.i) is not None
                    )
                    # 'said Mexico had deployed troops. "...," she said': a country is no
                    # mislabelled name
                    and not (m.speaker.label == "GPE" and is_country_name(m.speaker.name))
                ):
                    return m.speaker
            # ... or left unlabelled: the nearest proper-noun subject before it
            lo = max(window, token.i - 120)
            for i in range(token.i - 1, lo - 1, -1):
                t = self.doc[i]
                if (
                    t.dep_ == "nsubj"
                    and t.pos_ == "PROPN"
                    and t.ent_type_ == ""
                    and t.text[:1].isupper()
                    and i not in self.entity_of_token
                    and self.quote_of_token[i] < 0
                    and not _dateline(t)  # ('WASHINGTON (AP) —': where, not who)
                    # (nor a common noun capitalised to open its sentence: 'Prosecutors')
                    and not (
                        t.i == t.sent.start
                        and is_common_word(t.text)
                        and not is_surname(t.text)
                        and not is_known_name(t.text)
                    )
                ):
                    return self.name_from_tokens(t)
        return None

    def _document_spoke(self, prev_at: int, at: int) -> bool:
        """The previous quotation, in the sentence before ``at``, was given by a document
        ("Mr Crosby's statement said:"), which "it" then goes on quoting."""
        if not 0 <= prev_at < len(self.sent_of_token):
            return False
        sent = self.sent_of_token[prev_at]
        if self.sent_of_token[at] - sent != 1:
            return False
        start, end = self._sentence_bounds(sent)
        return any(
            t.lemma_.lower() in DOCUMENT_NOUNS
            and t.dep_ == "nsubj"
            and t.head.lemma_.lower() in REPORTING_VERBS
            for t in self.doc[start:end]
        )

    def _framed_quote_between(self, start: int, end: int) -> bool:
        """A quotation opened after a colon lies between tokens ``start`` and ``end``: 'X
        scolded him: "...," she said' (the name frames the words; it is not inside them)."""
        return any(
            self.doc[i].text == ":"
            and self.quote_of_token[i] < 0
            and self.quote_of_token[i + 1] >= 0
            for i in range(start + 1, end - 1)
        )

    def _questioner_noted_about(self, epithet: Token) -> Speaker | None:
        """The named person a questioner's remark is about ('The anchor noted that
        Whitcombe had voted for a similar measure'): the subject of the clause a host,
        anchor or interviewer reports."""
        verb = epithet.head
        if (
            epithet.lemma_.lower() not in _ASKING_TITLES
            or epithet.dep_ != "nsubj"
            or verb.lemma_.lower() not in REPORTING_VERBS
        ):
            return None
        for clause in verb.children:
            if clause.dep_ != "ccomp":
                continue
            for subject in clause.children:
                if subject.dep_ == "nsubj" and self.quote_of_token[subject.i] < 0:
                    found = self.speaker_of_token(subject)
                    if found is not None and found.label == "PERSON":
                        return found
        return None

    def _given_the_floor(self, sent: int) -> Speaker | None:
        """The person sentence ``sent`` gives time or a chance to answer ('Achterberg gave
        the senator 30 seconds to respond'), resolved."""
        if sent < 0:
            return None
        lo, hi = self._sentence_bounds(sent)
        for verb in self.doc[lo:hi]:
            if verb.lemma_.lower() not in ("give", "allow", "offer") or verb.pos_ != "VERB":
                continue
            if not any(t.lemma_.lower() in _FLOOR_VERBS for t in verb.subtree if t.i > verb.i):
                continue
            for given in verb.children:
                if given.dep_ != "dative" or self.quote_of_token[given.i] >= 0:
                    continue
                found = self.speaker_of_token(given)
                if found is None and given.lemma_.lower() in ROLE_WORDS:
                    found = self.resolve_description(given, None, -1, depth=1)
                if found is not None and found.label == "PERSON":
                    return found
        return None

    def reporter_going_on(self, pronoun: Token, prev_at: int, words: str) -> Speaker | None:
        """For '"...," he added' where the words speak of another of that sex, the person
        last reported saying something in the three sentences before, past the people the
        text only tells of ('Mr McGurn-Maguire said the autumn had made him think ... His
        son, Conor, 19, is studying agriculture ... "He keeps telling me ...," he added');
        none when a quotation came after that."""
        sex = _pronoun_sex(pronoun.lower_)
        if (
            sex is None
            or not set(re.findall(r"[a-z]+", words.lower()))
            & (MALE_PRONOUNS if sex == "m" else FEMALE_PRONOUNS)
            or pronoun.dep_ != "nsubj"
            or pronoun.head.lemma_.lower() not in _GOING_ON_VERBS
        ):
            return None
        here = self.sent_of_token[pronoun.i]
        for sent in range(here - 1, max(here - 4, -1), -1):
            lo, hi = self._sentence_bounds(sent)
            reporters = [
                t
                for t in self.doc[lo:hi]
                if t.dep_ == "nsubj"
                and self.quote_of_token[t.i] < 0
                and t.head.pos_ == "VERB"
                and t.head.lemma_.lower() in REPORTING_VERBS
                and t.head.lemma_.lower() not in WEAK_VERBS
                # (the sentence's own report, not one inside it: 'X said Y had told him')
                and (
                    t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT")
                )
            ]
            if not reporters:
                continue
            # (one described or a pronoun reporting last: 'The prime minister's official
            # spokesman said ... But he added' is for the usual walk back)
            found = self.speaker_of_token(reporters[-1])
            if (
                found is None
                or found.label != "PERSON"
                or self.sex_of(found) not in (None, sex)
                or prev_at >= reporters[-1].i
            ):
                return None
            return found
        return None

    def _mentions_in(self, first_sent: int, last_sent: int) -> list[_Mention]:
        """The mentions ending in sentences ``first_sent`` to ``last_sent`` (inclusive)."""
        if last_sent < first_sent:
            return []
        lo = self._sentence_bounds(first_sent)[0]
        hi = self._sentence_bounds(last_sent)[1]
        return self.mentions[
            bisect_left(self.mention_ends, lo) : bisect_left(self.mention_ends, hi)
        ]

    def _first_word(self, sent: int) -> Token | None:
        """The first word of sentence ``sent`` (None for a sentence of marks alone)."""
        lo, hi = self._sentence_bounds(sent)
        return next((t for t in self.doc[lo:hi] if t.is_alpha), None)

    def _quoted_sentence(self, sent: int) -> bool:
        """Whether sentence ``sent`` opens inside a quotation (its first word is quoted)."""
        first = self._first_word(sent)
        return first is not None and self.quote_of_token[first.i] >= 0

    def _quoted_in(self, sent: int) -> bool:
        """Sentence ``sent`` holds words quoted."""
        lo, hi = self._sentence_bounds(sent)
        return any(self.quote_of_token[i] >= 0 for i in range(lo, hi))

    def _wholly_quoted(self, sent: int) -> bool:
        """Every word of sentence ``sent`` is quoted."""
        lo, hi = self._sentence_bounds(sent)
        words = [i for i in range(lo, hi) if self.doc[i].is_alpha]
        return bool(words) and all(self.quote_of_token[i] >= 0 for i in words)

    def _sentence_bounds(self, sent: int) -> tuple[int, int]:
        """Token range [lo, hi) of sentence ``sent``."""
        hi = self.sent_first[sent + 1] if sent + 1 < len(self.sent_first) else len(self.doc)
        return self.sent_first[sent], hi

    def _according_to_epithet(self, sent: int) -> Token | None:
        """The description a sentence gives its source by ('... was true, according to the
        Bishop.'): the person it stands for is who speaks on."""
        lo, hi = self._sentence_bounds(sent)
        doc = self.doc
        for i in range(lo, hi - 3):
            if doc[i].lower_ != "according" or doc[i + 1].lower_ != "to":
                continue
            if doc[i + 2].lower_ != "the" or self.quote_of_token[i] >= 0:
                return None
            head = doc[i + 3]
            while head.i + 1 < hi and head.dep_ == "compound" and head.head.i == head.i + 1:
                head = doc[head.i + 1]
            named = self.entity_of_token.get(head.i)
            if head.pos_ in ("NOUN", "PROPN") and (
                named is None or (named.label != "PERSON" and named.name.lower() == head.lower_)
            ):
                # untagged, or "the Bishop" tagged as a body of that one word; someone the
                # text gave that title
                lemma = head.lemma_.lower()
                if any(
                    m.first < head.i and m.speaker.label == "PERSON" and lemma in self._roles(m)
                    for m in self.mentions
                ):
                    return head
            return None
        return None

    def _named_owners_kin_subject(self, sent: int) -> Token | None:
        """The kin noun opening sentence ``sent`` as its subject, owned by a name ("Outside
        the court, Mr Quinlan's son read a statement": the son, not his father)."""
        lo, hi = self._sentence_bounds(sent)
        if lo + 2 < hi and self.doc[lo].pos_ == "ADP":
            comma = next(
                (c for c in range(lo + 1, min(hi, lo + 6)) if self.doc[c].text == ","), None
            )
            lo = comma + 1 if comma is not None else lo  # past a fronted adjunct
        return next(
            (
                t
                for t in self.doc[lo : min(hi - 1, lo + 6)]
                if t.lower_ in _KIN
                and t.dep_ == "nsubj"
                and t.left_edge.i == lo
                and self.doc[t.i + 1].pos_ in ("VERB", "AUX")
                and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in t.children)
            ),
            None,
        )

    def protagonist(self, sex: str) -> Speaker | None:
        """The person of that sex the story is about: named more often than any other."""
        counts: Counter[str] = Counter()
        people: dict[str, Speaker] = {}
        for m in self.mentions:
            if m.speaker.label == "PERSON" and self.sex_of(m.speaker) == sex:
                counts[m.speaker.key] += 1
                people[m.speaker.key] = m.speaker
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[1][1] * 2 > ranked[0][1]):
            return None
        return people[ranked[0][0]]

    def _epithet_subject(self, sent: int) -> Token | None:
        """The noun phrase opening sentence ``sent`` when it describes a person without
        naming one: 'The 22-year-old pipped ...', 'But individually, the Birchfield Harrier
        has ...', 'The Dutchman said ...' (read from the words, as the parser often errs)."""
        lo, hi = self._sentence_bounds(sent)
        if self.quote_of_token[lo] >= 0 or (
            lo + 1 < hi and self.doc[lo].is_punct and self.quote_of_token[lo + 1] >= 0
        ):
            return None  # '"His mother has not seen him ...," he said': quoted words
        i = lo
        comma = next((c for c in range(lo + 1, min(hi, lo + 6)) if self.doc[c].text == ","), None)
        if (
            comma is not None
            and (
                self.doc[lo].pos_ == "ADP"
                # ('Outside court, the presenter ...', "outside" taken for an adjective)
                or self.doc[lo].lower_ in _PLACE_PREPOSITIONS
                # 'Back in Downing Street, the prime minister tried ...'
                or (self.doc[lo].pos_ == "ADV" and self.doc[lo + 1].pos_ == "ADP")
                # 'The previous day, the Olympic champion went down ...': a time phrase
                or all(self.doc[c].ent_type_ in ("DATE", "TIME") for c in range(lo, comma))
            )
            and all(
                (
                    self.doc[c].pos_ in ("ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ")
                    or self.doc[c].tag_ == "PRP$"  # 'In her press conference,'
                    or c == lo
                )
                and (
                    c not in self.entity_of_token or self.doc[c].ent_type_ in ("GPE", "LOC", "FAC")
                )
                for c in range(lo, comma)
            )
        ):
            i = lo = comma + 1  # 'On Friday, the Cardinal will ask ...': past a fronted adjunct
        elif self.doc[lo].tag_ in ("VBN", "VBD") and self.doc[lo].lower_ == "asked":
            # 'Asked about Dorrington's comments, the Scot shrugged.': past the question put
            after = next(
                (
                    c + 1
                    for c in range(lo + 2, min(hi - 1, lo + 30))
                    if self.doc[c].text == "," and self.doc[c + 1].lower_ in ("the", "his", "her")
                ),
                None,
            )
            if after is not None:
                i = lo = after
        elif (
            self.doc[lo].tag_ in ("VBG", "VBN")
            # ('Responding, the council leader said', the participle tagged a name)
            or (
                lo + 1 < hi and self.doc[lo].lower_.endswith("ing") and self.doc[lo + 1].text == ","
            )
        ) and self.doc[lo].lower_ != "according":
            # 'Speaking through an interpreter, the 22-year-old said': past the participle
            # (not 'According to X, the Swiss star is ...', whose source is in the sentence)
            after = next(
                (
                    c + 1
                    for c in range(lo + 1, min(hi - 1, lo + 12))
                    if self.doc[c].text == "," and self.doc[c + 1].lower_ == "the"
                ),
                None,
            )
            if after is not None:
                i = lo = after
        while i < hi and i - lo < 4 and self.doc[i].lower_ != "the":
            if (
                self.doc[i].lower_ in ("his", "her")
                and i + 2 < hi
                and self.doc[i + 1].lower_ in _KIN
                and self.doc[i + 1].dep_ == "nsubj"
                and (
                    self.doc[i + 2].pos_ in ("VERB", "AUX")
                    # 'His brother, three years younger, was more understated.'
                    or (
                        self.doc[i + 2].text == ","
                        and self.doc[i + 1].head.dep_ == "ROOT"
                        and not _named_in_apposition(self.doc[i + 1])
                    )
                )
            ):
                return self.doc[i + 1]  # 'Her daughter was more hopeful.'
            associate = next(
                (
                    t
                    for t in self.doc[i + 1 : min(hi, i + 4)]
                    if t.lemma_.lower() in _ASSOCIATE_NOUNS and t.dep_ == "nsubj"
                ),
                None,
            )
            if self.doc[i].lower_ in ("his", "her") and associate is not None:
                return associate  # 'Her business partner, who is from Madurai, said'
            if self.doc[i].pos_ not in ("CCONJ", "ADV", "PUNCT", "SPACE"):
                return None
            i += 1
        if i >= hi or self.doc[i].lower_ != "the" or self.quote_of_token[i] >= 0:
            return None
        if (
            i + 2 < hi
            and self.doc[i + 1].lower_ in ("man", "woman")
            and self.doc[i + 1].dep_ in ("nsubj", "nsubjpass")
            and any(c.dep_ == "relcl" and c.i > i + 1 for c in self.doc[i + 1].children)
        ):
            # 'the man who has spent nearly four decades on the same sideline did not
            # hesitate', 'the woman everyone calls Sister Soup': who the story is about
            return self.doc[i + 1]
        for k in range(i + 1, min(hi, i + 6)):
            if _age_epithet(self.doc[k]):
                return self.doc[k]  # 'The 22-year-old pipped ...', however it was tagged
        j = i + 1
        while (
            j < hi
            and j - i <= 6
            and (
                self.doc[j].pos_ in ("NUM", "PUNCT", "ADJ", "NOUN", "PROPN")
                # 'The all-rounder': the first part of a hyphened word
                or (j + 1 < hi and self.doc[j + 1].text == "-" and not self.doc[j].whitespace_)
                # "The show's executive producer": an owner's possessive
                or (self.doc[j].tag_ == "POS" and j > i + 1 and self.doc[j - 1].pos_ == "NOUN")
            )
        ):
            if self.doc[j].text in (",", ".", ";", ":"):
                break
            j += 1
        relative = (
            j < hi - 1
            and self.doc[j].text == ","
            and (
                self.doc[j + 1].lower_ in ("who", "whose")
                # 'The all-rounder, known to team-mates as "Big Sam", came ...', 'The
                # governor, a Republican who won a second term, brushed aside ...'
                or (self.doc[j + 1].tag_ == "VBN" and self.doc[j + 1].head.i == j - 1)
                or (
                    any(
                        c.dep_ == "appos" and c.left_edge.i == j + 1
                        for c in self.doc[j - 1].children
                    )
                    and not _named_in_apposition(self.doc[j - 1])
                )
            )
            and self.doc[j - 1].dep_ in ("nsubj", "nsubjpass")
        )  # 'The seventh seed, who has never gone beyond ..., is looking forward'
        verb_at = j
        if j < hi - 1 and self.doc[j].lower_ in ("himself", "herself"):
            verb_at = j + 1  # 'The mayor herself was more guarded': an emphatic reflexive
        if j < hi - 2 and self.doc[j].text == ",":
            # 'The speaker, for his part, insisted ...', 'The minister, however, said':
            # a parenthesis between the subject and its verb
            close = next(
                (c for c in range(j + 1, min(hi - 1, j + 6)) if self.doc[c].text == ","), None
            )
            if (
                close is not None
                and all(
                    self.doc[c].pos_ in ("ADP", "ADV", "PRON", "DET", "NOUN", "ADJ")
                    for c in range(j + 1, close)
                )
                and self.doc[close + 1].pos_ in ("VERB", "AUX")
                and self.doc[j - 1].dep_ in ("nsubj", "nsubjpass")
            ):
                verb_at = close + 1
        if (
            verb_at == j
            and j < hi - 2
            and self.doc[j].text == ","
            and self.doc[j + 1].tag_ in ("VBG", "VBN")
        ):
            # 'the presenter, wearing a dark suit and accompanied by his wife, read ...': a
            # participle's parenthesis between the subject and its verb
            close = next(
                (c for c in range(j + 2, min(hi - 1, j + 16)) if self.doc[c].text == ","), None
            )
            if close is not None and self.doc[close + 1].tag_ in ("VBD", "VBZ"):
                verb_at = close + 1
        if (
            verb_at == j
            and j + 1 < hi
            and self.doc[j].pos_ == "ADV"
            and self.doc[j].text[:1].islower()
            and self.doc[j + 1].pos_ in ("VERB", "AUX")
        ):
            verb_at = j + 1  # 'The Scot initially defended Beattie'
        if (
            j == i + 1
            or j >= hi
            or (self.doc[verb_at].pos_ not in ("VERB", "AUX") and not relative)
        ):
            return None  # the phrase must be followed by its verb
        head = self.doc[j - 1]
        named = self.entity_of_token.get(head.i)
        if (
            named is not None
            and named.label != "NORP"
            # (but 'the Cardinal', a capitalised role the tagger took for a body, is one)
            and not (named.entity_id is None and head.lemma_.lower() in ROLE_WORDS)
        ):
            return None  # 'The IMF said': a name, not a description ('The Scottish
            # Conservative leader' is one, whatever its modifiers name)
        if head.tag_ in ("NNS", "NNPS"):
            return None  # 'The Conservatives have picked Stuart Kedward': people, no one person
        if (
            head.ent_type_ == "NORP"
            or head.lemma_.lower() in ROLE_WORDS
            or head.lemma_.lower() in _AGE_NOUNS  # 'The teenager said he had no idea'
            or (head.pos_ == "PROPN" and head.is_title)
            # 'the district auditor, Anne-Marie Lockyer, ... The district auditor
            # recommended': an office the text gave one person before
            or (head.pos_ == "NOUN" and self.unique_role_holder(head) is not None)
        ):
            return head
        return None

    def named_beside_body(self, role: Token) -> Speaker | None:
        """'A spokeswoman for Gazprom, Yulia Tkachenko, said', the parser hanging the name
        on the body: the person a comma sets in apposition to the body named in the role's
        phrase ('for Gazprom'), not to a person ('for the chairman, John Smith'); so too
        any noun's when the phrase names a place ('Her counterpart in Greene County,
        Republican clerk Stanley Oduwole,'), which no person stands beside."""
        source = role.lemma_.lower() in SOURCE_NOUNS
        for prep in role.children:
            if prep.dep_ != "prep" or prep.i < role.i:
                continue
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is None or self.quote_of_token[pobj.i] >= 0:
                continue
            body = self.speaker_of_token(pobj)
            if body is None or body.label not in (("ORG", "GPE") if source else ("GPE", "LOC")):
                continue
            for g in pobj.children:
                if g.dep_ != "appos" or self.quote_of_token[g.i] >= 0:
                    continue
                if g.left_edge.i > 0 and self.doc[g.left_edge.i - 1].text == ",":
                    found = self.speaker_of_token(g)
                    if found is not None and found.label == "PERSON":
                        return found
        return None

    def _note_reported_sex(self, described: Speaker, subject: Token) -> None:
        """Keep the sex of the "he" or "she" a sentence reports of an unnamed subject ('A
        juror said he was not sure'): a person, whatever the noun."""
        reported = _reported_pronoun(subject)
        if reported is not None:
            self.described_sex.setdefault(described.key, _pronoun_sex(reported.lower_) or "")

    def _introduced_subject(self, sent: int, answering: bool = False) -> tuple[Speaker, int] | None:
        """The unnamed person a sentence introduces as a subject ('an executive
        spokeswoman insisted ...'), with the depth of its head; when ``answering``, not one
        who asks ('a reporter asked whether she would run')."""
        lo, hi = self._sentence_bounds(sent)
        for i in range(lo, hi):
            t = self.doc[i]
            if answering and t.dep_ == "nsubj" and t.head.lemma_.lower() in _QUESTION_VERBS:
                continue
            if t.dep_ == "nsubj" and (
                _named_in_apposition(t)
                # ('One regular passenger, a retired teacher who gave her name only as Mair')
                or any(
                    x.i > t.i and x.i in self.entity_of_token and _naming_itself(x) == t
                    for x in t.subtree
                )
            ):
                continue  # 'His widow, Folake Adebanjo, said': introduced by name
            if (
                t.dep_ == "nsubj"
                and self.quote_of_token[i] < 0
                and (
                    t.lower_ in ("one", "another")
                    # 'One prospective juror, a retired Border Patrol agent, said he ...'
                    or (
                        t.pos_ == "NOUN"
                        and any(c.dep_ == "nummod" and c.lower_ == "one" for c in t.children)
                        and i not in self.entity_of_token
                    )
                )
            ):
                # 'One of those facing action, a 34-year-old IT manager from Bristol who
                # did not want to be named, told ...', 'Another, a teacher from Mesa, said
                # she had ...': the role in apposition (a person's, when it reports what
                # "he" or "she" did)
                person = _reported_pronoun(t) is not None
                role = next(
                    (
                        c
                        for c in t.children
                        if c.dep_ == "appos"
                        and c.pos_ == "NOUN"
                        and (c.lemma_.lower() in SOURCE_NOUNS or person)
                        and c.i not in self.entity_of_token
                        and self.doc[c.left_edge.i].lower_ in ("a", "an")
                    ),
                    None,
                )
                if role is not None:
                    found = describe(role, self.quote_of_token)
                    if found is not None and person:
                        self._note_reported_sex(found, t)
                    return (found, _depth(t)) if found is not None else None
            if (
                (
                    t.dep_ == "nsubj"
                    # 'Cable firms are, according to an ntl spokesman, in a better position'
                    or (_according_to_source(t) and self.doc[t.left_edge.i].lower_ in ("a", "an"))
                )
                and t.pos_ == "NOUN"
                and self.quote_of_token[i] < 0
                and i not in self.entity_of_token
                and (
                    t.lemma_.lower() in SOURCE_NOUNS
                    or (
                        (
                            t.lemma_.lower() in _UNNAMED_PERSON_NOUNS
                            # 'One drayman, who has delivered beer for 31 years, said'
                            or t.lemma_.lower().endswith(("man", "woman"))
                            # 'A juror said he was not sure he could': a person
                            or _reported_pronoun(t) is not None
                            # 'A stewardess with seven years' service, who asked not to be
                            # named, said': someone unnamed
                            or _unnamed_by_request(t)
                        )
                        and (
                            t.head.lemma_.lower() in REPORTING_VERBS
                            # 'A visitor from Birmingham, sitting on the harbour wall, was
                            # unconcerned.': a stance, which the words then give
                            or (
                                t.head.lemma_ == "be"
                                and any(c.dep_ == "acomp" for c in t.head.children)
                            )
                        )
                    )
                )
                # 'an executive spokeswoman', 'A Department for X spokeswoman' (the article
                # hung from the first word of the compound)
                and (
                    # ('Another reporter noted that ...¶"...?" he asked')
                    any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children)
                    or self.doc[t.left_edge.i].lower_ in ("a", "an", "another")
                    # 'One resident, who has lived there for 40 years, told ...', 'One
                    # patient's daughter, who asked not to be named, said'
                    or _brought_in_unnamed(t)
                    # "Our correspondent said that he understood ...": the paper's own
                    or _ours(t)
                    # 'The chief executive of a rural hospital, who asked not to be
                    # identified, said', 'The woman who alerted police, a shop worker who
                    # did not want to be named, said': someone of somewhere unnamed, or
                    # picked out by what they did, who would not be named
                    # 'The head teacher of one secondary school in the south of the city
                    # said': the office of somewhere the text leaves unnamed
                    or (
                        _one_persons_noun(t.lemma_.lower())
                        and t.head.lemma_.lower() in REPORTING_VERBS
                        and _of_something_unnamed(t)
                    )
                    or (
                        _unnamed_by_request(t)
                        and (
                            _of_something_unnamed(t)
                            or any(
                                c.dep_ == "relcl" and self.doc[c.left_edge.i - 1].text != ","
                                for c in t.children
                            )
                        )
                    )
                    # "The Trafford Centre spokeswoman said": a body's, when no one was
                    # named with that role
                    or (
                        t.lemma_.lower() in UNNAMED_SOURCE_NOUNS
                        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                        # (a party's is the one who speaks for it: 'The Tory spokesman')
                        and any(
                            c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "NORP"
                            for c in t.children
                        )
                        # (not 'a spokeswoman said ... The BBC spokeswoman said': the same)
                        and not any(j < t.i for j in self.indefinite_uses.get(t.lemma_.lower(), ()))
                        and not any(
                            m.first < t.i
                            and m.speaker.label == "PERSON"
                            and t.lemma_.lower() in self._roles(m)
                            for m in self.mentions
                        )
                    )
                    # "Tony Blair's official spokesman declined ... He said:" (a person's
                    # spokesman is someone else; a party's may be the man just named)
                    or (
                        t.lemma_.lower() in UNNAMED_SOURCE_NOUNS
                        and any(
                            c.dep_ == "poss"
                            and (
                                (sp := self.entity_of_token.get(c.i)) is not None
                                and sp.label == "PERSON"
                                # "The prime minister's official spokesman said"
                                or (c.pos_ == "NOUN" and c.lemma_.lower() in ROLE_WORDS)
                            )
                            for c in t.children
                        )
                    )
                )
            ):
                if any(
                    c.dep_ == "appos"
                    and (sp := self.entity_of_token.get(c.i)) is not None
                    and sp.label == "PERSON"
                    for c in t.children
                ):
                    continue  # 'The governor's spokeswoman, Lorna Jenks, dismissed': named
                if any(
                    (sp := self.entity_of_token.get(x.i)) is not None
                    and sp.label == "PERSON"
                    and _naming_itself(x) == t
                    for x in t.subtree
                ):
                    continue  # 'A neighbour, who gave her name only as Maria, said': named
                if any(
                    c.dep_ == "nsubj"
                    and c.i > t.i
                    and (sp := self.entity_of_token.get(c.i)) is not None
                    and sp.label == "PERSON"
                    for c in t.head.children
                ):
                    # 'A former ambassador to Denmark who taught ..., Mr. Stavros has spent':
                    # a description set before the name it describes, the parser making both
                    # subjects
                    continue
                # 'our correspondent' is the one named before
                found = self.resolve_description(t, None, -1) if _ours(t) else None
                found = found or self.named_beside_body(t) or describe(t, self.quote_of_token)
                if found is not None and found.key.startswith("DESC:"):
                    self._note_reported_sex(found, t)
                    if _unnamed_by_request(t):
                        # (a person, of the sex the noun gives, if any)
                        self.described_sex.setdefault(found.key, _noun_sex(t.lemma_.lower()) or "")
                return (found, _depth(t)) if found is not None else None
            if (
                t.dep_ == "nsubj"
                and t.pos_ == "NOUN"
                and self.quote_of_token[i] < 0
                and i not in self.entity_of_token
                and t.lower_ in _KIN
                and t.head.lemma_.lower() in REPORTING_VERBS
                and t.head.lemma_.lower() not in WEAK_VERBS
                and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)
                and not _named_in_apposition(t)
            ):
                # 'Her husband said the hardest part had been ...': a relative, unnamed
                # unless the text names that relative
                found = self.relative_of(t, None, -1) or describe(t, self.quote_of_token)
                return (found, _depth(t)) if found is not None else None
            if (
                t.dep_ == "nsubj"
                and t.pos_ == "NOUN"
                and self.quote_of_token[i] < 0
                and i not in self.entity_of_token
                and _one_persons_noun(t.lemma_.lower())
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                and any(
                    c.dep_ == "relcl" and self.doc[c.left_edge.i - 1].text != ","
                    for c in t.children
                )
                and (sex := _owned_by_subject_sex(t)) is not None
            ):
                # 'The clerk who filed the original complaint has since left her job. ...
                # she said': someone picked out by what they did, whose own the sentence
                # says "her" of
                found = describe(t, self.quote_of_token)
                if found is not None:
                    self.described_sex.setdefault(found.key, sex)
                    return found, _depth(t)
            if (
                t.dep_ == "nsubj"
                and t.head.i > i + 1
                and self.doc[t.left_edge.i].lower_ in ("a", "an")
                and self.quote_of_token[t.head.i - 1] < 0
            ):
                # 'A Department for Constitutional Affairs spokeswoman said', parsed with the
                # department as the subject: the role noun that ends the subject is who
                role = self.doc[t.head.i - 1]
                if (
                    role.pos_ == "NOUN"
                    and role.lemma_.lower() in SOURCE_NOUNS
                    and t.left_edge.i <= role.i <= t.right_edge.i
                ):
                    found = describe(role, self.quote_of_token)
                    return (found, _depth(t)) if found is not None else None
        return None

    def _named_body_subject(self, first: int, last: int) -> bool:
        """A named organisation is the subject of a sentence from ``first`` to ``last``
        (inclusive): 'BA has apologised ...' makes it the body an 'it' goes on with."""
        return any(
            m.subject and m.speaker.label == "ORG" and first <= self.sent_of_token[m.first] <= last
            for m in self.mentions
        )

    def _body_subject(self, t: Token, previous: Speaker | None, prev_at: int) -> Speaker | None:
        """The body a sentence's main subject ``t`` names with a definite description ('The
        US government denied ...'): the one named before, else as described."""
        found = self.resolve_description(t, previous, prev_at, depth=1)
        return found or describe(t, self.quote_of_token)

    def _body_owners(self, t: Token) -> set[str]:
        """Keys of the named owners of the body a described subject ``t`` is ("Brazil's
        agriculture ministry")."""
        return {
            sp.key
            for c in t.children
            if c.dep_ == "poss" and (sp := self.entity_of_token.get(c.i)) is not None
        }

    def _described_body_subject(self, sent: int) -> Token | None:
        """The definite description of a body that is a sentence's main subject ('The
        firm will benefit ...', "The prime minister's office said"), if any."""
        lo, hi = self._sentence_bounds(sent)
        for i in range(lo, hi):
            t = self.doc[i]
            if (
                t.dep_ == "nsubj"
                and t.head.dep_ == "ROOT"
                and t.pos_ == "NOUN"
                and t.lemma_.lower() in ORG_NOUNS
                and self.quote_of_token[i] < 0
                and i not in self.entity_of_token
                and any(
                    (c.dep_ == "det" and c.lower_ == "the")
                    # "The prime minister's office said": the article is the owner's
                    or (c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"))
                    for c in t.children
                )
            ):
                return t
        return None

    def _main_pronoun_subject(self, sent: int, want: str) -> Token | None:
        """'he' or 'she' (of the wanted sex) as the subject of sentence ``sent``'s root, or
        of a reporting verb set off inside it ("X's question had been fair, he said")."""
        return next(
            (
                t
                for t in self._pronoun_subjects(sent, want)
                if t.head.dep_ == "ROOT"
                and t.head.i == t.head.head.i
                or t.head.dep_ == "parataxis"
                and t.head.head.dep_ == "ROOT"
                and t.head.lemma_.lower() in REPORTING_VERBS
                and t.i > 0
                and t.nbor(-1).text == ","
            ),
            None,
        )

    def _pronoun_subjects(self, sent: int, want: str | None) -> list[Token]:
        """The he/she subjects (of the wanted sex, when one is wanted) of sentence ``sent``."""
        found = self._pronoun_subjects_of.get((sent, want))
        if found is None:
            lo, hi = self._sentence_bounds(sent)
            words = {"m": ("he",), "f": ("she",)}.get(want or "", ("he", "she"))
            found = [
                t
                for t in self.doc[lo:hi]
                if _pronoun_subject_dep(t) and t.lower_ in words and self.quote_of_token[t.i] < 0
            ]
            self._pronoun_subjects_of[(sent, want)] = found
        return found

    def _opens_with_pronoun(
        self, sent: int, pronouns: tuple[str, ...] = ("he", "she"), owner: bool = False
    ) -> bool:
        """Sentence ``sent`` has 'he' or 'she' as a subject before it names any person
        ('He conceded the win, with goals from X and Y'): it goes on about someone earlier
        (in 'X said he had ...', 'he' is X); with ``owner``, so does 'his' or 'her' owning
        the main subject ('His times were well short of Maurice Greene's record')."""
        lo, hi = self._sentence_bounds(sent)
        for i in range(lo, hi):
            if self.quote_of_token[i] >= 0:
                continue
            named = self.entity_of_token.get(i)
            if named is not None and named.label == "PERSON":
                return False
            t = self.doc[i]
            if t.dep_ == "nsubj" and t.lower_ in pronouns:
                return True
            if (
                owner
                and t.dep_ == "poss"
                and t.lower_ in ("his", "her")
                and t.head.dep_ in ("nsubj", "nsubjpass")
                and t.head.head.dep_ == "ROOT"
                # not 'His successor was Steve McClaren': a person the owned subject is
                and not any(
                    (named := self.entity_of_token.get(j)) is not None
                    and named.label == "PERSON"
                    and self.doc[j].dep_ in ("attr", "appos", "compound")
                    and self.doc[j].head.i in (t.head.i, t.head.head.i)
                    for j in range(lo, hi)
                )
            ):
                return True
        return False

    def _pronoun_subject(self, sent: int, word: str, before: int | None = None) -> bool:
        """Sentence ``sent`` has a subject pronoun of the same gender as ``word`` (before
        token ``before``, when given, and ahead of any named person)."""
        same = MALE_PRONOUNS if word in MALE_PRONOUNS else FEMALE_PRONOUNS
        lo, hi = self._sentence_bounds(sent)
        if before is not None:
            first_named = (
                m.first
                for m in self.mentions[
                    bisect_left(self.mention_ends, lo) : bisect_left(self.mention_ends, before)
                ]
                if m.first >= lo
            )
            hi = min([before, *first_named])
        return any(
            _pronoun_subject_dep(self.doc[i])
            and self.doc[i].lower_ in same
            and self.quote_of_token[i] < 0
            and not self._bound_by_named_subject(self.doc[i])
            for i in range(lo, hi)
        )

    def _bound_by_named_subject(self, pronoun: Token) -> bool:
        """'Professor X, ..., said he had witnessed': the pronoun of a clause reported by
        a named subject is that subject, not someone earlier."""
        verb = pronoun.head
        if verb.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
        for subject in verb.head.children:
            if subject.dep_ not in SUBJECT_DEPS:
                continue
            if (
                subject.lower_ in ("who", "that")
                and verb.head.dep_ == "relcl"
                and (named := self.entity_of_token.get(verb.head.head.i)) is not None
                and named.label == "PERSON"
            ):
                return True  # 'Staunton, 49, who told BBC News 24 she had not thought'
            # the subject itself or a name in apposition inside it (often misattached)
            for t in (subject, *(c for c in subject.subtree if c.dep_ == "appos")):
                named = self.entity_of_token.get(t.i)
                if named is not None and named.label == "PERSON":
                    return True
        if verb.head.lemma_.lower() in _QUESTION_VERBS and any(
            (named := self.entity_of_token.get(c.i)) is not None and named.label == "PERSON"
            for c in verb.head.children
            if c.dep_ == "dobj"
        ):
            return True  # 'she asked Imhoff whether he had brought': the one asked
        reporter = verb.head
        if reporter.lemma_.lower() in REPORTING_VERBS and not any(
            c.dep_ in SUBJECT_DEPS for c in reporter.children
        ):
            # 'Bar worker Kirsty Findlay, 24, from Dundee, said she was delighted', the name
            # parsed into a misread opening: a person named before a subjectless report
            return any(
                (named := self.entity_of_token.get(i)) is not None
                and named.label == "PERSON"
                and self.quote_of_token[i] < 0
                for i in range(reporter.sent.start, reporter.i)
            )
        return False

    def _subject_just_before(self, token: Token, asker: Speaker) -> Speaker | None:
        """The person, not ``asker``, who is the subject of the sentence right before
        ``token``'s, in the same line, outside quotations."""
        sent = self.sent_of_token[token.i]
        if sent == 0:
            return None
        starts = self.line_starts
        line_start = starts[bisect_right(starts, token.i) - 1] if starts else 0
        first = self.sent_first[sent - 1]
        if first < line_start:
            return None
        for m in self._mentions_in(sent - 1, sent - 1):
            if (
                m.subject
                and m.speaker.label == "PERSON"
                and m.speaker.key != asker.key
                and self.quote_of_token[m.first] < 0
            ):
                return m.speaker
        return None

    def _subject_of_sentence_before(self, token: Token, passive: bool = False) -> Token | None:
        """The subject of the main clause of the sentence before the one in which ``token``
        is a subject, in its paragraph or the one before; with ``passive``, a passive one
        too, the last ('Outside court, a statement from the family was read')."""
        sent = self.sent_of_token[token.i]
        if token.dep_ != "nsubj" or sent == 0:
            return None
        i = token.i - 1
        while i >= 0 and self.sent_of_token[i] == sent:
            i -= 1
        if i < 0 or self.text.count("\n", self.doc[i].idx, token.idx) > 2:
            return None
        root = self.doc[i].sent.root
        if passive:
            return next(
                (c for c in reversed(list(root.lefts)) if c.dep_ in ("nsubj", "nsubjpass")), None
            )
        return next((c for c in root.children if c.dep_ == "nsubj"), None)

    def _author_of_document_before(self, token: Token) -> Speaker | None:
        """'The report, by the Hollister Center, found that ... Negotiation, it said, "..."':
        for 'it', the named author of the document the sentence before is about."""
        subject = self._subject_of_sentence_before(token, passive=True)
        if (
            subject is None
            or subject.pos_ != "NOUN"
            or subject.lemma_.lower() not in DOCUMENT_NOUNS
            or self.quote_of_token[subject.i] >= 0
        ):
            return None
        author = _by_author(subject)
        if author is None:
            # 'a statement from Mr Dreghorn's family was read by their solicitor. "...," it
            # said': the family whose statement it is
            author = next(
                (
                    g
                    for c in subject.children
                    if c.dep_ == "prep" and c.lower_ == "from"
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                None,
            )
            if author is not None and author.lemma_.lower() in _FAMILY_NOUNS:
                return describe(author, self.quote_of_token)
        found = self.speaker_of_token(author) if author is not None else None
        return found if found is not None and found.label in ("PERSON", "ORG") else None

    def _plural_subject_before(self, token: Token) -> Token | None:
        """'The stewards investigated the incident. In a statement, they said': the people
        the sentence before is about, a plural noun for people with "the" (or 'Police'),
        for 'they'."""
        subject = self._subject_of_sentence_before(token)
        if (
            subject is None
            or subject.tag_ != "NNS"
            or subject.i in self.entity_of_token
            or self.quote_of_token[subject.i] >= 0
        ):
            return None
        lemma = subject.lemma_.lower()
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        people = _person_noun(lemma) or (
            lemma.endswith(("er", "or", "ist", "ant", "ent", "ard", "ian"))
            and lemma not in BODY_NOUNS
        )
        return subject if people and (the or lemma == "police") else None

    def line_window_start(self, i: int) -> int:
        """First token of the line two lines before token ``i`` (the salience window)."""
        starts = self.line_starts
        k = bisect_right(starts, i) - 1
        return starts[max(0, k - 2)] if starts else 0


class QuotesExtractor:
    """spaCy component: fills ``doc._.factx_quotes``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not Doc.has_extension("factx_quotes"):
            Doc.set_extension("factx_quotes", default=None)
        if not Doc.has_extension("factx_entities"):
            Doc.set_extension("factx_entities", default=None)

    def __call__(self, doc: Doc) -> Doc:
        try:
            doc._.factx_quotes = extract_quotes(doc)
        except Exception:  # noqa: BLE001 - a quote problem must never fail a document
            text = doc.text
            doc._.factx_quotes = [
                Quote(text[q.start : q.end], q.start, q.end, kind="speech")
                for q in scan_quotes(text)
            ]
        return doc


# --------------------------------------------------------------------------------------
# Attribution
# --------------------------------------------------------------------------------------


# the hyphens that join a double-barrelled name ('Kilroy-Silk')
_NAME_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# A bracketed note in a transcript: '(CROSSTALK.)', '[LAUGHTER]'.
_STAGE_DIRECTION = re.compile(r"\([^()]*\)[.,]?|\[[^\[\]]*\][.,]?")
# A speaker label opening a quoted transcript turn: 'WALLACE: ', 'MR. PENCE: '.
_TRANSCRIPT_TURN = re.compile(r"((?:Mc|Mac)?[A-Z][A-Z'’.\- ]{1,40}):\s")  # ('McALLISTER:')


def _unknown_transcript_label(label: str) -> Speaker | None:
    """The speaker a transcript label names when no entity matches it ('WALLACE' is
    "Wallace"): name-like words, not a heading ('UPDATE', 'EDITOR'S NOTE', 'Q')."""
    words = label.replace(".", " ").split()
    if not words or len(words) > 3 or len(label.replace(" ", "")) < 3:
        return None
    if any(is_common_word(w.lower()) and w.lower().rstrip(".") not in TITLES for w in words):
        return None
    last = words[-1]
    if last.lower() in TITLES or not (is_surname(last) or is_known_name(last.title())):
        return None  # 'ICYMI:', 'CNN:', 'POTUS:': letters, not a name the lists know
    return Speaker(name=_display_name(label.strip().title()), label="PERSON")


# verbs by which a first-person piece's lead says someone looks back ('X remembers')
_RECOLLECTION_VERBS = frozenset({"remember", "recall", "reminisce"})
# a headline that gives someone's words: 'David Blunkett in quotes'
_WORDS_OF_ONE = re.compile(r"\s*(.+?) in (?:quotes|(?:his|her|their) own words)\W*", re.IGNORECASE)
# an aside set off between a name and its verb (' - Marley's former head of press - ')
_ASIDE = re.compile(r"\s*(?:[-\u2013\u2014,][^.;]*[-\u2013\u2014,])?\s*")


# verbs by which someone is put on trial ('a bookkeeper accused of stealing', 'is charged')
_CHARGING_VERBS = frozenset({"accuse", "charge", "convict", "indict", "suspect"})
# verbs by which words are given out: 'the answer given by X', 'the promise X made'
_GIVING_VERBS = frozenset("give make deliver issue offer utter send put".split())


_CHILD_AGE_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen""".split()
)


def _aged_as_children(doc: Doc, end: int) -> bool:
    """The names ending at token ``end`` are given ages all under 18 right after them
    (', aged 10 and seven,')."""
    i = end + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ != "aged":
        return False
    ages = []
    for t in doc[i + 1 : i + 8]:
        if t.lower_ in ("and", ","):
            continue
        if t.text.isdigit():
            ages.append(int(t.text) < 18)
        elif t.lower_ in _CHILD_AGE_WORDS:
            ages.append(True)
        else:
            break
    return len(ages) >= 2 and all(ages)


def _head_is_place(body: Speaker) -> bool:
    """A body of one word that is a town's name ('Shrewsbury', tagged a body)."""
    return " " not in body.name and is_place_name(body.name)


def _role_restated(name: Token, role: str) -> bool:
    """The name's relative clause says again the role of the one described before ('Sarah
    Mensah, who has been the show's executive producer since 2016,', 'Sinéad Clarke, who
    has led the engineering team' for 'the lead engineer'), or an appositive gives it ('Eilidh
    MacRae, the SNP MSP for X,' for 'the local MSP'), or the name is set beside it ('The
    head teacher, Morven X,' for 'the head teacher')."""
    return (
        _appositive_of_role(name, role)
        or any(clause.dep_ == "appos" and clause.lemma_.lower() == role for clause in name.children)
        or any(
            clause.dep_ == "relcl"
            and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in clause.children)
            and any(
                t.lemma_.lower() == role or (len(role) >= 5 and t.lower_.startswith(role))
                for t in clause.subtree
                if t.pos_ == "NOUN"
            )
            for clause in name.children
        )
    )


def _says_again(role: Token, described: set[str]) -> bool:
    """A definite role noun whose words before it are all the description's ('The
    official,' for 'A union official')."""
    return role.left_edge.lower_ == "the" and all(
        t.dep_ == "det" or t.lower_ in described for t in role.subtree if t.i < role.i
    )


def _appositive_of_role(name: Token, role: str) -> bool:
    """The name stands in apposition to a noun of that role ('The head teacher, Morven X,')."""
    return name.dep_ == "appos" and name.head.lemma_.lower() == role and name.head.i < name.i


def _role_reported(name: Token, role: str) -> bool:
    """The name reports that he or she is, or was, the one of that role ('Stuart X said he
    had been the only ranger on duty')."""
    verb = name.head
    return name.dep_ == "nsubj" and any(
        clause.dep_ == "ccomp"
        and any(g.dep_ == "nsubj" and g.lower_ in ("he", "she") for g in clause.children)
        and any(
            g.dep_ == "attr" and g.pos_ == "NOUN" and g.lemma_.lower() == role
            for g in clause.children
        )
        for clause in verb.children
    )


def _office_after_the(token: Token) -> bool:
    """A capitalised role word alone after "the" ('The Bishop said', 'the Chancellor'): an
    office, whoever bears it as a surname."""
    doc = token.doc
    return (
        token.i > 0
        and doc[token.i - 1].lower_ == "the"
        and token.is_title
        and token.lower_ in ROLE_WORDS
        and (token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "PROPN")
    )


def _hung_from_the_words_of(prep: Token, verb: Token) -> bool:
    """``prep`` hangs from what ``verb`` describes with ('branded "a tax" by X') or from
    the object of a preposition on it ('described at the time by X as "..."')."""
    holder = prep.head
    return (holder.dep_ in ("dobj", "oprd") and holder.head.i == verb.i) or (
        holder.dep_ == "pobj" and holder.head.dep_ == "prep" and holder.head.head.i == verb.i
    )


def _described_by_someone(verb: Token) -> bool:
    """A passive verb of describing with an agent: 'branded "..." by opposition MLAs',
    with the "by" hung from the verb or from the words it describes with."""
    if verb.lemma_.lower() not in _DESCRIBING_VERBS:
        return False
    return any(c.dep_ == "agent" for c in verb.children) or any(
        g.dep_ == "prep" and g.lower_ == "by" and _hung_from_the_words_of(g, verb)
        for g in verb.subtree
    )


def _pointed_sources(named_as: Token) -> list[Token]:
    """Who a pointing sentence says the words were from, in the places that say so: 'the
    words of X' (not 'the verdict of voters in Hartlepool, where X won'), 'the promise X
    made', 'the answer given by X', 'how X described it' (not 'the question facing X')."""
    found: list[Token] = []
    if named_as.pos_ in ("VERB", "AUX"):
        found += [c for c in named_as.children if c.dep_ == "nsubj"]  # 'how X described'
        return found
    for c in named_as.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "by"):
            found += [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ == "to":
            # 'the message to patients from X', 'from' hung from the ones addressed
            found += [
                o
                for g in c.children
                if g.dep_ == "pobj"
                for p in g.children
                if p.dep_ == "prep" and p.lower_ == "from"
                for o in p.children
                if o.dep_ == "pobj"
            ]
        elif c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _GIVING_VERBS | REPORTING_VERBS:
            found += [g for g in c.children if g.dep_ == "nsubj"]
            for agent in (g for g in c.children if g.dep_ == "agent"):
                found += [g for g in agent.children if g.dep_ == "pobj"]
    return found


# Adjectives whose subject does what their infinitive says ('It was keen to point out'),
# unlike 'it was difficult to think of'.
_CONTROL_ADJECTIVES = frozenset(
    """keen quick eager anxious careful happy glad willing reluctant unwilling prepared ready
    determined swift slow pleased delighted first last""".split()
)
# Pieces a paper runs, which speak for the paper named with them ('a review in the Times').
_PUBLISHED_PIECES = frozenset("headline editorial review column article".split())
# Nouns for a paper or broadcaster that runs a piece.
_PUBLICATION_NOUNS = frozenset("newspaper paper daily tabloid magazine website".split())


def _publication(tok: Token) -> bool:
    """``tok`` names a paper, magazine or site ('Saturday's Western Mail newspaper', 'the New
    York Times'), not a time or a place ('on Saturday', 'in London')."""
    return tok.lemma_.lower() in _PUBLICATION_NOUNS or (
        tok.ent_type_ in ("ORG", "WORK_OF_ART") and tok.pos_ == "PROPN"
    )


def _on_behalf_of(prep: Token) -> Token | None:
    """Whom 'on behalf of X' names, given its 'on'."""
    return next(
        (
            g
            for behalf in prep.children
            if behalf.dep_ == "pobj" and behalf.lower_ == "behalf"
            for of in behalf.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for g in of.children
            if g.dep_ == "pobj"
        ),
        None,
    )


# Offices that face a witness, a defendant or a candidate: who asks, judges or opposes.
_COUNTERPART_ROLES = frozenset(
    """chairman chairwoman chair chairperson senator congressman congresswoman representative
    judge justice prosecutor lawyer attorney counsel critic opponent rival moderator
    member""".split()
)
_SIBLINGS = ("brother", "sister")
# A parent's kin nouns for a child and a child's for a parent ('her father' of the one
# named as 'Ciaran's daughter').
_GENERATIONS = {
    **dict.fromkeys(("father", "mother"), ("son", "daughter")),
    **dict.fromkeys(("son", "daughter"), ("father", "mother")),
}
# Those who share a venture with someone ('her business partner', 'his co-founder').
_ASSOCIATE_NOUNS = frozenset(
    """partner co-founder cofounder colleague teammate team-mate clubmate classmate
    flatmate housemate roommate workmate cellmate""".split()
)
# Lawyers, whose client is the one they were named as the lawyer of.
_LAWYER_NOUNS = _COUNSEL_ROLES | frozenset("solicitor attorney advocate".split())
# Offices by the words that name them, for matching a description with a title.
_OFFICE_NAMES = {
    "rep": ("representative",),
    "congressman": ("representative",),
    "congresswoman": ("representative",),
    "sen": ("senator",),
    "gov": ("governor",),
    "lawmaker": ("representative", "senator", "legislator"),
    "legislator": ("representative", "senator", "legislator"),
    "democratic": ("democrat",),
    "republican": ("republican",),
}
# Words that say nothing of which office ('a former top official', 'a four-term member').
_NO_OFFICE_WORDS = frozenset(
    """former top senior high ranking longtime veteran new then year years term month day
    time people official officer member person man woman one""".split()
)
# Heads of something, and the verbs whose subject is one ('who has led the firm since 2021').
_HEAD_NOUNS = frozenset(
    "executive chief head leader boss chairman chairwoman chair president director".split()
)
_LEADING_VERBS = frozenset("lead head run chair".split())
# Who passes sentence, and the verbs they do it with ('X jailed him for four years').
_SENTENCING_ROLES = frozenset("judge sheriff".split())
_SENTENCING_VERBS = frozenset("sentence jail imprison".split())
# What a body's leader or boss may be called ('the union's leader', 'the firm's boss'), and
# the offices at the top of a body one of them holds ('Its general secretary, X').
_BODY_HEAD_NOUNS = frozenset("leader boss head".split())
_TOP_OFFICES = (
    frozenset({"general", "secretary"}),
    frozenset({"chief", "executive"}),
    frozenset({"ceo"}),
    frozenset({"chairman"}),
    frozenset({"chairwoman"}),
    frozenset({"chair"}),
    frozenset({"president"}),
)
# Modifiers that make a source description one person's office ('the top official').
_ONE_HOLDER_WORDS = frozenset("top highest-ranking".split())
# Words for questioning a witness, whose "by" names the one who asks.
# What a sentence announcing a transcript calls it ('This is part of their exchange').
_EXCHANGE_NOUNS = frozenset("exchange interview conversation transcript excerpt".split())
_EXAMINING_WORDS = frozenset(
    """questioning question cross-examination examination interrogation quizzing ask quiz
    grill press""".split()
)
# Verbs whose agent got hold of a document someone else made ('obtained by the AP').
_RECEIVING_VERBS = frozenset("obtain see review acquire receive get examine read".split())
# Verbs whose subject makes a document ('a letter she filed', 'guidance the office issued').
_ISSUING_VERBS = frozenset(
    "issue reissue file write publish release send post sign circulate distribute draft "
    "submit prepare".split()
)


def _named_before_absolute(verb: Token) -> Token | None:
    """The subject of a reporting participle in an absolute clause, which the parser
    leaves without one: the person named right before it, when it took the participle
    for a noun's modifier ('with finance minister Herve Gaymard telling parliament:'), or
    the object of the "with" that ends right before it, by the name set beside it if any
    ('with the shadow home secretary, Marmaduke Everitt, telling MPs:')."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    last = verb.i - 1
    while last > 0 and doc[last].text == ",":
        last -= 1
    before = doc[last]
    if verb.dep_ in ("amod", "compound", "nmod"):
        if last != verb.i - 1 or before.ent_type_ != "PERSON" or before.pos_ != "PROPN":
            return None
        start = last
        while start > 0 and doc[start - 1].ent_type_ == "PERSON":
            start -= 1
        return before if any(t.lower_ == "with" for t in doc[max(0, start - 4) : start]) else None
    if verb.dep_ not in ("advcl", "acl", "conj", "xcomp"):
        return None
    for w in doc[max(0, last - 15) : last]:
        if w.lower_ != "with" or w.dep_ != "prep":
            continue
        held = next((c for c in w.children if c.dep_ == "pobj"), None)
        if held is None or not last <= held.right_edge.i < verb.i:
            continue
        named = [
            c
            for c in held.children
            if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
        ]
        if named:
            return named[-1]
        # ('with a spokesperson saying:'; not 'with an election challenge to Labour,
        # saying', a phrase of the clause before and its own verb's)
        if last == verb.i - 1 and (held.ent_type_ == "PERSON" or held.lemma_.lower() in ROLE_WORDS):
            return held
        return None
    return None


def _issued_by(issued: Token) -> Token | None:
    """Who a participle of issuing names as the issuer: 'issued by X', 'issued on behalf
    of X'."""
    for c in issued.children:
        if c.dep_ == "agent":
            found = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif c.dep_ == "prep" and c.lower_ == "on":
            found = _on_behalf_of(c)
        else:
            continue
        if found is not None:
            return found
    return None


def _office_of(prep: Token) -> bool:
    """'of state' in 'the secretary of state': "of" and a bare lower-case noun, part of
    the office's name (not 'the president of the Royal Society', a body of its own)."""
    if prep.lower_ != "of":
        return False
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return (
        len(objects) == 1
        and objects[0].is_lower
        and not list(objects[0].children)
        and objects[0].i == prep.i + 1
    )


def _one_of(tok: Token) -> bool:
    """'One of them', 'one of the officials': someone of a group, though tagged a number."""
    return tok.lower_ == "one" and any(
        c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1 for c in tok.children
    )


def _place_of(prep: Token) -> str | None:
    """The place an office is 'of' or 'from' ('of Utah', 'from New York'), in lower case."""
    if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
        return None
    place = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if place is None or place.ent_type_ != "GPE":
        return None
    return prep.doc[place.left_edge.i : place.i + 1].text.lower()


def _subject_in_brackets_after(span: Span) -> bool:
    """A bracket right after the name holds the clause's subject as parsed ('Rep. Jason
    Chaffetz (R-Utah) said': "Utah" heads the subject)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "(":
        return False
    for tok in doc[span.end + 1 : span.end + 8]:
        if tok.text == ")":
            return False
        if tok.dep_ in SUBJECT_DEPS:
            return True
    return False


def _after_a_bare_question(text: str, at: int) -> bool:
    """The line before the one opening at ``at`` is a question in no quotation marks (an
    interviewer's, in a question-and-answer piece)."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1  # (no copy of the text before: this may run for every quotation)
    line = text[text.rfind("\n", 0, end) + 1 : end].strip()
    return line.endswith("?") and _MARKS.search(line) is None


def _opens_line(text: str, mark: int) -> bool:
    """Only spaces stand between the start of the line and the quotation mark at ``mark``."""
    line_start = text.rfind("\n", 0, mark) + 1
    return not text[line_start:mark].strip()


def _a_turn_of_its_own(text: str, q: RawQuote) -> bool:
    """A quotation that fills its paragraph and ends a sentence: a turn in an exchange,
    however short ('"No."', '"Yes, Senator."')."""
    return _fills_its_paragraph(text, q) and text[q.start : q.end].rstrip()[-1:] in (".", "!")


def _askers_named(asked: Token) -> Iterable[Token]:
    """The words that may name who put a question 'Asked by ...': the agent, what is set
    beside it ('by the evening's host, the comedian Jess Ferreira'), and the names set
    beside those."""
    agents = [
        pobj
        for by in asked.children
        if by.dep_ == "agent"
        for pobj in by.children
        if pobj.dep_ == "pobj"
    ]
    if not agents:
        return
    beside = [c for c in asked.children if c.dep_ in ("npadvmod", "appos")]
    for agent in agents:
        for who in (agent, *(c for c in agent.children if c.dep_ == "appos"), *beside):
            yield who
            yield from (c for c in who.children if c.dep_ == "appos")


def _fills_its_paragraph(text: str, q: RawQuote) -> bool:
    """The quotation, closed, is the whole of its paragraph."""
    if q.close_mark < 0 or not _opens_line(text, q.open_mark):
        return False
    line_end = text.find("\n", q.close_mark)
    return not text[q.close_mark + 1 : len(text) if line_end < 0 else line_end].strip()


def _token_at(starts: list[int], char: int) -> int:
    return max(0, bisect_right(starts, char) - 1)


def _lost_mark_attribution(doc: Doc, first: int, last: int) -> range:
    """The tokens of a quotation left open that are the next quotation's attribution: its
    last sentence when that names someone and ends in a reporting verb and a colon ('"Of
    course he'll learn. ... Gunners boss Arsene Wenger said: "Freddie is ...'). The
    quotation keeps its span; only who says the next one changes."""
    end = last
    while end > first and (doc[end].is_space or doc[end].text in ('"', "“", "”")):
        end -= 1
    if doc[end].text != ":" or end < 2:
        return range(0)
    verb = doc[end - 1]
    if verb.lemma_.lower() not in REPORTING_VERBS or verb.lemma_.lower() in WEAK_VERBS:
        return range(0)
    sent_start = verb.sent.start
    if sent_start <= first or not any(t.ent_type_ == "PERSON" for t in doc[sent_start : verb.i]):
        return range(0)
    return range(sent_start, last + 1)


def extract_quotes(doc: Doc) -> list[Quote]:
    """Find and attribute every quotation of ``doc``."""
    text = doc.text
    raw = scan_quotes(text)
    if not raw or not len(doc):
        return [Quote(text[q.start : q.end], q.start, q.end) for q in raw]
    starts = [t.idx for t in doc]
    n = len(doc)
    person_mentions = [
        m
        for e in (getattr(doc._, "factx_entities", None) or [])
        if e.label == "PERSON"
        for m in e.mentions
    ]
    quote_of_token = [-1] * n
    spans: list[tuple[int, int]] = []  # token ranges incl. marks, inclusive
    # 'Marcia "Cia" Price': quoted words that are part of a name
    nicknames = [_nickname(text, q, _WORDS.findall(text[q.start : q.end])) for q in raw]
    for k, q in enumerate(raw):
        first = _token_at(starts, q.open_mark)
        last_char = q.close_mark if q.close_mark >= 0 else q.end - 1
        last = _token_at(starts, last_char)
        spans.append((first, last))
        if nicknames[k] and any(
            m.start < q.open_mark and q.close_mark < m.end for m in person_mentions
        ):
            continue  # part of a person's name found, not a quotation to step over
        for i in range(first, last + 1):
            quote_of_token[i] = k
        if q.close_mark < 0:
            for i in _lost_mark_attribution(doc, first, last):
                quote_of_token[i] = -1
    index = _DocIndex(doc, quote_of_token, text)
    index.spans = spans
    index.token_starts = starts
    index.ends_stop = [text[q.start : q.end].rstrip()[-1:] in (".", "!", "?") for q in raw]
    line_starts: list[int] = [0]
    line_of_token = [0] * n
    line = 0
    for t in doc:
        newlines = t.text.count("\n") + (t.whitespace_.count("\n"))
        line_of_token[t.i] = line
        if newlines:
            line += 1
            if t.i + 1 < n:
                line_starts.append(t.i + 1)
    index.line_starts = line_starts
    sent_of_token = [0] * n
    sent_first: list[int] = []
    for sent in doc.sents:
        before = doc[sent.start - 1] if sent.start > 0 else None
        if before is not None and before.is_alpha and "\n" not in before.whitespace_:
            # 'Mr Howard told the Today programme Mr Blair had refused ...': a sentence the
            # parser split where no punctuation ends one goes on
            sent_of_token[sent.start : sent.end] = [len(sent_first) - 1] * len(sent)
            continue
        sent_first.append(sent.start)
        sent_of_token[sent.start : sent.end] = [len(sent_first) - 1] * len(sent)
    index.sent_of_token = sent_of_token
    index.sent_first = sent_first

    # quoted transcript turns: '"WALLACE: Let's start ...' at the start of a line
    turn_labels = [
        found.group(1)
        for q in raw
        if (found := _TRANSCRIPT_TURN.match(text, q.start)) is not None
        and _opens_line(text, q.open_mark)
    ]
    transcript_turns = len(turn_labels)
    # a transcript names its speakers: some label is a person's ('"ICYMI: ..."' is not one)
    transcript_named = transcript_turns >= 2 and any(
        index.transcript_speaker(label) is not None or _unknown_transcript_label(label)
        for label in turn_labels
    )
    results: list[Quote] = []
    # the speaker and cue word of each quotation whose cue stands before it
    fronted_speaker: list[tuple[Speaker, str | None] | None] = []
    said_by_cue: dict[int, Speaker] = {}
    interviewee: Speaker | None = None  # the one a question-and-answer piece interviews
    # each run of words of a quotation whose speaker was named: the latest such speaker
    named_runs: dict[tuple[str, ...], tuple[int, Speaker]] = {}
    previous: Speaker | None = None
    prev_text: str | None = None
    prev_at = -1
    prev_line = -10
    # whether each quotation belongs to a run of open quotations that began with a cue
    cued_runs: list[bool] = []
    put_back: list[int] = []  # quotations inside a question put to the speaker
    for k, q in enumerate(raw):
        first, last = spans[k]
        # the quotation before was left open and runs on into this one
        runs_on = (
            k > 0 and raw[k - 1].close_mark < 0 and not text[raw[k - 1].end : q.open_mark].strip()
        )
        in_cued_run = (
            runs_on
            and cued_runs[k - 1]
            and results[k - 1].kind == "speech"
            and results[k - 1].speaker is not None
            and previous is not None
        )
        quote_text = text[q.start : q.end]
        words = _WORDS.findall(quote_text)
        # the words of the quotations left open that run on into this one, then its own
        run_text = quote_text
        j = k - 1
        while (
            j >= 0 and raw[j].close_mark < 0 and not text[raw[j].end : raw[j + 1].open_mark].strip()
        ):
            run_text = text[raw[j].start : raw[j].end] + " " + run_text
            j -= 1
        index.named_in_quote = index.spoken_of(_outside_inner_quotes(quote_text), first) | (
            index.reported_topics(first, run_text)
        )
        ctx = _Context(doc, index, quote_of_token, line_of_token, k, first, last, q, text)
        cue, cue_word = ctx.find_cue()
        speaker: Speaker | None = None
        inherited = False
        kind = "speech"
        if cue is not None:
            asker = ctx.asker_before_reply(cue, quote_text)
            if asker is not None:
                # 'Asked on stage by the host, Jess Ferreira, "Is Dot in the book?", the
                # author replied:': the question is the asker's
                cue, cue_word, speaker = ctx.cue_token, "Asked", asker
            else:
                speaker = ctx.speaker_for_cue(cue, previous, prev_at)
            if speaker is None:
                speaker = ctx.accuser_named_next(cue) or ctx.asker_spoken_to(cue)
        if speaker is None and cue is not None and _said_by_oneself(cue):
            # 'DELAHUNT: ... I called my agent and said, "If someone else gets this, I'm
            # leaving."': in a transcript's turn, "I" is the one whose turn it is
            own = _TRANSCRIPT_TURN.match(text, text.rfind("\n", 0, q.open_mark) + 1)
            if own is not None:
                speaker = index.transcript_speaker(own.group(1)) or (
                    _unknown_transcript_label(own.group(1)) if transcript_turns >= 2 else None
                )
        turn = _TRANSCRIPT_TURN.match(quote_text) if cue is None else None
        label = index.transcript_speaker(turn.group(1)) if turn is not None else None
        if label is None and turn is not None and transcript_turns >= 2:
            # a label the article names nowhere else ('WALLACE:' with no Chris Wallace)
            # in a transcript of several turns: the label itself names the speaker
            label = _unknown_transcript_label(turn.group(1))
        if turn is not None and label is not None and _opens_line(text, q.open_mark):
            # a quoted transcript: '"WALLACE: Let's start with ...' - the label speaks
            speaker, cue_word = label, turn.group(0).strip()
            ctx.speaker_token = None
        elif turn is not None and transcript_named and _opens_line(text, q.open_mark):
            # a turn whose label names nobody known ('OKONJO:'): someone, but not the
            # previous turn's speaker
            speaker, cue_word = None, turn.group(0).strip()
            ctx.speaker_token = None
        else:
            turn = None
        owned = ctx.speech_noun_owner(previous, prev_at) if turn is None else None
        if owned is None and cue is None and turn is None:
            owned = ctx.copular_owner(previous, prev_at)
        if owned is not None:
            # "Trump's claim that there have been "..."": the words are the claim's owner's
            speaker, cue_word = owned
            cue = ctx.cue_token
        sentence_like = _sentence_like(doc, first, last, words)
        if turn is None and _STAGE_DIRECTION.fullmatch(quote_text.strip()):
            cue, speaker, kind = None, None, "other"  # '"(CROSSTALK.)': not anyone's words
        elif turn is None and (nicknames[k] or _markup_value(text, q)):
            cue, speaker, kind = None, None, "other"
        elif turn is None and (
            (
                _not_speech(quote_text, words)
                and (_title_position(text, q) or ctx.described_object())
            )
            or _name_or_title_given(
                text,
                q,
                words,
                cue is not None and cue.i < first,
                cue is not None and _in_clausal_complement(cue, first),
            )
        ):
            cue, speaker, kind = None, None, "other"
        if cue is None and kind == "speech" and turn is None:
            starts_sentence = ctx.starts_sentence()
            near = previous is not None and line_of_token[first] - prev_line <= 1
            # a quotation opening a sentence in the paragraph of the last one, and the
            # subject of the sentence between them, if any
            follows_voice = (
                starts_sentence and previous is not None and line_of_token[first] == prev_line
            )
            voice_subject = (
                ctx.previous_sentence_subject(prev_at, previous) if follows_voice else None
            )
            dashed = ctx.dash_attribution()
            verbless = ctx.verbless_name() if dashed is None else None
            labelled = ctx.colon_label() if dashed is None and verbless is None else None
            # words quoted inside a transcript's unquoted turn ('McALLISTER: It's a "let's
            # see the numbers."'): the one whose turn it is
            line_turn = _TRANSCRIPT_TURN.match(text, text.rfind("\n", 0, q.open_mark) + 1)
            line_speaker = (
                index.transcript_speaker(line_turn.group(1))
                if line_turn is not None and line_turn.end() <= q.open_mark
                else None
            )
            if dashed is not None:
                speaker, cue_word = dashed, "—"
            elif verbless is not None:
                speaker = verbless
            elif labelled is not None:
                speaker = labelled
                cue_word = ":" if first > 0 and doc[first - 1].text == ":" else None
            elif line_speaker is not None:
                speaker, cue_word = line_speaker, line_turn.group(0).strip()
            elif (
                not any(doc[i].is_alpha or doc[i].is_digit for i in ctx.pre)
                and sentence_like
                and index.narrator is not None
                and not any(r.cue is not None for r in results if r.kind == "speech")
            ):
                # a first-person piece ('Rob Partridge ... remembers the man behind the
                # legend'), its quotations with no cue at all: the one who looks back
                speaker = index.narrator
            elif ctx.unnamed_headline_label:
                cue_word = ":"  # words the headline gives someone it does not name
            elif in_cued_run:
                # '"PENCE: ... basketball.¶"But the truth is ...': a paragraph going on from
                # one left open is the same turn, whoever spoke before it
                speaker = previous
                inherited = True
            elif not sentence_like and ctx.prenominal():
                kind = "other"  # 'the "fact-checking" website': a label, not speech
            elif follows_voice and voice_subject is None:
                speaker = previous  # the same voice goes on in the same paragraph
                inherited = True
            elif (
                _not_speech(quote_text, words)
                and not (starts_sentence and sentence_like)
                # (a short answer in a paragraph of its own right after a question is
                # speech: '"How many are still waiting?"¶"About 12,000, Mr. Chairman."')
                and not (
                    starts_sentence
                    and near
                    and line_of_token[first] != prev_line
                    and index.recent_speakers[-1][2]
                    and (
                        _vocatives(quote_text)
                        # ('"Out of?"¶"Out of 310."': a bare answer to a bare question)
                        or (
                            index.recent_speakers[-1][0] in index.bare_turns
                            and _a_turn_of_its_own(text, q)
                        )
                    )
                )
                # (or right after a question the sentence before reports: 'Treadway asked
                # whether she would provide a list.¶"Yes, Senator."')
                and not (
                    starts_sentence
                    and _vocatives(quote_text)
                    and _a_turn_of_its_own(text, q)
                    and ctx.answerer_of_reported_question(previous, prev_at) is not None
                )
                # (but title-case words after a sentence of the same voice's own are still
                # its words: '"Here he comes," she said, clapping. "The Donald. Big Daddy."';
                # a sentence of its own, not the subject of one: '"Hopes And Fears" went
                # straight to number one')
                and not (
                    follows_voice
                    and voice_subject is not None
                    and previous is not None
                    and voice_subject.key != ""
                    and voice_subject.key == previous.key
                    and quote_text.rstrip()[-1:] in (".", "!", "?")
                )
            ):
                kind = "other"
            elif starts_sentence and (pointed := ctx.named_in_a_pointer_after()) is not None:
                speaker, cue_word = pointed  # '"..." That was the promise Ebele Vasquez made.'
            elif starts_sentence and (
                newcomer := ctx.introduced_right_after() or ctx.speaking_in_the_next_paragraph()
            ):
                speaker = newcomer  # '"..." Darlene Haskins, 58, stood in her front yard.'
            elif (
                starts_sentence
                and quote_text.rstrip().endswith("?")
                and _opens_line(text, q.open_mark)
                and (examiner := ctx.examiner_before(previous, prev_at)) is not None
            ):
                speaker = examiner
            elif (
                starts_sentence
                and (sentence_like or _a_turn_of_its_own(text, q))
                and not quote_text.rstrip().endswith("?")
                and (answered := ctx.answerer_of_reported_question(previous, prev_at)) is not None
            ):
                speaker, asker = answered
                if asker is not None:
                    # the one who asked may put the next question ('"And if it doesn't
                    # come?"')
                    index.recent_speakers.append((first - 1, asker, True))
            elif starts_sentence:
                named = ctx.previous_sentence_subject(prev_at, previous) if sentence_like else None
                carried = ctx.previous_sentence_cue() if named is None and not near else None
                if (
                    named is not None
                    and previous is not None
                    and named.key == previous.key
                    and near
                    and line_of_token[first] != prev_line
                    and (answering := index.asked_answering(previous, quote_text)) is not None
                ):
                    # the sentence before is the last quotation's own attribution, split off
                    # by the parser ('"Is that on the table?" the reporter asked.¶"I'm not
                    # going to ..."'): an answer to it, as below
                    speaker = answering
                    ctx.speaker_token = None
                elif (
                    named is not None
                    and previous is not None
                    and named.key == previous.key
                    and quote_text.rstrip().endswith("?")
                    and _fills_its_paragraph(text, q)
                    and (asker := index.last_asker_before(previous)) is not None
                ):
                    # '"...?" Mbeki asked.¶"...," Ostrowski-Grant said.¶She said the
                    # department had made 412 arrests.¶"And how many of those 412 are back
                    # on the street?"': the one who asks goes on asking
                    speaker = asker
                elif named is not None:
                    speaker = named
                elif (
                    near
                    and line_of_token[first] != prev_line
                    and quote_text.rstrip().endswith("?")
                    and (asker := index.asker_answered_by(previous)) is not None
                ):
                    # '"Did you ever ask?" Quarles asked.¶"Not personally," Voss replied.¶
                    # "Not once? In three years?"': a further question is the asker's
                    speaker = asker
                elif (
                    near
                    and line_of_token[first] != prev_line
                    and (answering := index.asked_answering(previous, quote_text)) is not None
                ):
                    # '"Without conditions?" Jernigan asked.¶"Without conditions, senator."':
                    # an answer addressed to the asker is the one asked
                    speaker = answering
                elif (
                    near
                    and line_of_token[first] != prev_line
                    and (voice := ctx.paragraph_voice(previous, prev_at)) is not None
                ):
                    speaker = voice
                elif near:
                    speaker = previous
                    inherited = True
                elif carried is not None:
                    speaker = ctx.speaker_for_cue(carried[0], previous, prev_at)
                elif not sentence_like:
                    kind = "other"
                elif (
                    not near
                    and (earlier := ctx.earlier_sentence_cue()) is not None
                    and (found := ctx.speaker_for_cue(earlier, previous, prev_at)) is not None
                    and found.label == "PERSON"
                ):
                    speaker = found
                elif (
                    previous is not None
                    and line_of_token[first] - prev_line <= 2
                    and index.no_person_between(prev_at, first, previous)
                ):
                    # a feature's one voice: nobody else named since the last quotation
                    speaker = previous
                    inherited = True
            elif not sentence_like and ctx.renames_a_noun():
                kind = "other"  # 'a restaurant - a "philanthropub"': a term, not speech
            else:
                governor = ctx.governor_subject(previous, prev_at)
                # 'X compared Trump to a coach who is "..." in hopes that "...": a later
                # quotation of the same sentence, with no cue of its own, is the same voice
                same_sentence = (
                    previous is not None
                    and prev_at >= 0
                    and index.sent_of_token[prev_at] == index.sent_of_token[first]
                    # the quotation just before is that voice's ('shouldn't "fund" music -
                    # it should "invest" in music': a writer's own words, not a speaker's)
                    and bool(results)
                    and results[-1].kind == "speech"
                    and results[-1].speaker is not None
                    and results[-1].cue is not None
                )
                carried = (
                    ctx.previous_sentence_cue() if governor is None and not same_sentence else None
                )
                if governor is not None:
                    speaker = governor
                elif same_sentence:
                    speaker = previous
                    inherited = True
                    cue_word = results[-1].cue  # the cue the earlier quotation had
                elif carried is not None:
                    cue_tok, cue_word = carried
                    speaker = ctx.speaker_for_cue(cue_tok, previous, prev_at)
                elif (
                    previous is not None
                    and results
                    and results[-1].kind == "speech"
                    and results[-1].cue is not None
                    and results[-1].speaker is not None
                    and index.sent_of_token[prev_at] == index.sent_of_token[first] - 1
                    and line_of_token[prev_at] == line_of_token[first]
                    and doc[index.sent_first[index.sent_of_token[first]]].lower_ in ("and", "but")
                ):
                    # 'But he said many objections were based on a "...". And "intense
                    # discussions" were taking place': the report goes on
                    speaker = previous
                    inherited = True
                    cue_word = results[-1].cue
                elif not sentence_like and not ctx.governed_by_a_person_pronoun():
                    # (but 'He made the criticism while showing support for X's "..."':
                    # someone's words, whoever "he" is)
                    kind = "other"
        if (
            speaker is not None
            and (
                speaker.key.startswith("DESC:")
                # 'the Welsh Secretary', a capitalised title read as a name
                or (
                    speaker.entity_id is None
                    and ctx.speaker_token is not None
                    and ctx.speaker_token.lemma_.lower() in SOURCE_NOUNS
                )
            )
            and ctx.speaker_token is not None
            and not inherited
        ):
            speaker = (
                index.lead_identity(ctx.speaker_token)
                or index.named_next(ctx.speaker_token)
                or speaker
            )
        by_pronoun = ctx.speaker_token is not None and ctx.speaker_token.lower_ in _SUBJECT_PRONOUNS
        if kind == "speech" and speaker is not None and cue is not None and cue.i in said_by_cue:
            speaker = said_by_cue[cue.i]  # 'he said' between two quotations: one decision
        elif kind == "speech" and speaker is not None and (inherited or by_pronoun):
            # 'Stam told the magazine: "I was settled at United, but they wanted to sell me."'
            # ... 'Ferguson insisted ... "I was settled at United, ..." he said': a passage
            # quoted again is the same person's, whoever the pronoun seems nearest to
            echoed = max(
                (named_runs[run] for run in _word_runs(quote_text) if run in named_runs),
                key=lambda found: found[0],
                default=(-1, None),
            )[1]
            pronoun_token = None if inherited else ctx.speaker_token
            pronoun_at = first if pronoun_token is None else pronoun_token.i
            if (
                echoed is not None
                and echoed.label == speaker.label
                # 'Team-mate Frank Lampard agreed. He said: "..."': the sentence before
                # is about the one the pronoun means; the echo is agreement, not the same voice
                and not index.subject_just_before(speaker, pronoun_at)
            ):
                speaker = echoed
        if (
            kind == "speech"
            and speaker is not None
            and cue is None
            and speaker.label == "PERSON"
            and _opens_line(text, q.open_mark)
            and _addresses(quote_text, speaker, index.held_roles(speaker))
        ):
            # '"And in the meantime, Mr. Satriani, what happens ...?"': nobody speaks to
            # themselves; the last other voice does
            other = next(
                (
                    sp
                    for _, sp, _ in reversed(index.recent_speakers)
                    if sp.key != speaker.key
                    and sp.label == "PERSON"
                    and not _addresses(quote_text, sp, index.held_roles(sp))
                ),
                None,
            )
            if other is not None:
                speaker = other
                ctx.speaker_token = None
        if (
            kind == "speech"
            and speaker is None
            and cue is None
            and _opens_line(text, q.open_mark)
            and _after_a_bare_question(text, q.open_mark)
        ):
            # 'BBC News spoke to her ... ¶ Is the story based on your own family? ¶ "People
            # always ask that ..."': an interview's answers are the interviewee's
            speaker = interviewee = ctx.interviewee() or interviewee
        if kind == "speech" and speaker is not None and cue is not None:
            said_by_cue[cue.i] = speaker
        if kind == "speech" and speaker is not None and not inherited and not by_pronoun:
            named_runs.update(dict.fromkeys(_word_runs(quote_text), (k, speaker)))
        if (
            k > 0
            and kind == "speech"
            and fronted_speaker[k - 1] is not None
            and _coordinated_quotes(text, raw[k - 1], q)
        ):
            # 'went on about "...," and "..." and "...," Melanie said yes': quotations joined
            # by "and" share the cue that governs the first
            speaker, cue_word = fronted_speaker[k - 1]
            inherited = True
            fronted_speaker.append(fronted_speaker[k - 1])
        else:
            fronted_speaker.append(
                (speaker, cue_word)
                if kind == "speech" and speaker is not None and cue is not None and cue.i < first
                else None
            )
        result = Quote(
            text=quote_text,
            start=q.start,
            end=q.end,
            speaker=_display_name(speaker.name) if speaker else None,
            speaker_id=speaker.entity_id if speaker else None,
            speaker_text=(prev_text if inherited else ctx.speaker_text()) if speaker else None,
            cue=cue_word if kind == "speech" else None,
            kind=kind,  # type: ignore[arg-type]
        )
        if kind == "other":
            result.speaker = result.speaker_id = result.speaker_text = None
        # ('"...," Greer said. "I have not seen a lot of money given back.¶"So my question
        # ...': a quotation going on from a cued one in its paragraph is the cued turn too)
        goes_on_from_cue = (
            cue is None
            and k > 0
            and results[k - 1].cue is not None
            and results[k - 1].speaker == result.speaker
            and line_of_token[first] == prev_line
        )
        if kind == "speech" and _put_in_a_question(doc[first]):
            put_back.append(k)
        results.append(result)
        cued_runs.append(
            kind == "speech"
            and speaker is not None
            and (
                cue is not None
                or turn is not None
                or (inherited and in_cued_run)
                or goes_on_from_cue
            )
        )
        if kind == "speech" and speaker is not None:
            if cue is not None and _opens_line(text, q.open_mark) and not inherited:
                # 'Councillor X asked how many had come.¶"About 4,000," Mr L said.': the
                # question, reported, was a turn of the exchange too
                asker = ctx.reported_asker(speaker, previous, prev_at)
                if asker is not None:
                    index.recent_speakers.append((first - 1, asker, True))
            index.recent_speakers.append((last, speaker, _a_question(quote_text, cue)))
            told = (
                next(
                    (
                        c.lower_
                        for c in cue.children
                        if c.dep_ in ("dative", "dobj") and c.lower_ in ("him", "her")
                    ),
                    None,
                )
                if cue is not None and cue.lemma_.lower() in _TELLING_VERBS
                else None
            )
            if told is not None:
                index.not_the_teller_sex[last] = "m" if told == "him" else "f"
            elif (
                cue is not None
                and speaker.key.startswith("DESC:")
                and cue.dep_ == "ccomp"
                and cue.head.lemma_.lower() in REPORTING_VERBS
                and (reporter := next((c for c in cue.head.children if c.dep_ == "nsubj"), None))
                is not None
                and reporter.lower_ in ("he", "she")
            ):
                # 'He said a council official had told a meeting of parents that closure was
                # "a done deal"': the "he" who reports it is not the official
                index.not_the_teller_sex[last] = "m" if reporter.lower_ == "he" else "f"
            if cue is not None and (
                cue.lemma_.lower() in _QUESTION_VERBS
                # ('Kowalski-Reid pressed him: "... Are they wrong?"')
                or (cue.lemma_.lower() in _PRESSING_VERBS and _a_question(quote_text, cue))
            ):
                index.asked_with_cue.add(last)
            index.quote_text_at[last] = quote_text
            after = last + 1
            while after < n and doc[after].is_space:
                after += 1
            if (
                cue is None
                and (first == 0 or line_of_token[first - 1] != line_of_token[first])
                and (after >= n or line_of_token[after] != line_of_token[last])
            ):
                index.bare_turns.add(last)
            if not (sentence_like and ctx.starts_sentence()):
                index.fragment_ends.add(last)
            previous = speaker
            prev_text = result.speaker_text
            prev_at = last
            prev_line = line_of_token[last]
        elif kind == "speech":
            prev_line = line_of_token[last]
            if by_pronoun and cue is not None:
                # '"...," she says. "..."': a voice that could not be resolved goes on; the
                # quotation after it is not the last resolved speaker's
                previous, prev_text, prev_at = None, None, last
    _attribute_run_ons(text, raw, results)
    _attribute_from_later_quoting(results, index.headlines)
    _attribute_words_put_back(results, put_back)
    lines = getattr(doc._, "factx_lines", None) or []
    footer = next((ln.start for ln in lines if ln.kind == "boilerplate"), None)
    for result in results:
        if footer is not None and result.start >= footer:
            # the page's footer ('"Follow Pam Key on Twitter @pamkeyNEN."'): nobody's words
            result.kind, result.speaker, result.speaker_id = "other", None, None
            result.cue = result.speaker_text = None
    return results


def _bracket_then_comma(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a short bracket ('(D-Minn.)') that a comma follows."""
    if doc[i].text != "(":
        return False
    close = next((j for j in range(i + 1, min(len(doc) - 1, i + 10)) if doc[j].text == ")"), None)
    return close is not None and doc[close + 1].text == ","


def _pronoun_subject_dep(token: Token) -> bool:
    """A subject, or the passive subject of a sentence's main verb ('He was joined on the
    final leg by his son, Alan.': the sentence is still about him)."""
    return token.dep_ == "nsubj" or (token.dep_ == "nsubjpass" and token.head.dep_ == "ROOT")


def _said_by_oneself(cue: Token) -> bool:
    """The cue's subject is "I" or "we", its own or that of the verb it is coordinated
    with ('I read it ... and said')."""
    verb = cue
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject.lower_ in ("i", "we")
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head


def _put_in_a_question(token: Token) -> bool:
    """``token`` stands in the clause of a question put to the sentence's subject ('Asked
    whether she accepted the fishermen's claim that the scheme was "a land grab at sea", Ms
    Okonjo told ...')."""
    return any(
        a.lower_ == "asked" and a.tag_ == "VBN" and a.dep_ == "advcl" and a.i < token.i
        for a in token.ancestors
    )


def _attribute_words_put_back(results: list[Quote], put_back: list[int]) -> None:
    """Words a question puts back to a speaker that the text quoted before from someone
    else ('"a land grab at sea," said the fishermen's secretary ... Asked whether she
    accepted the claim that the scheme was "a land grab at sea", the minister said') are
    still the first speaker's."""
    for k in put_back:
        quote = results[k]
        words = " ".join(_WORDS.findall(quote.text.lower()))
        if len(words.split()) < 3:
            continue
        first = next(
            (
                earlier
                for earlier in reversed(results[:k])
                if earlier.kind == "speech"
                and f" {words} " in " {} ".format(" ".join(_WORDS.findall(earlier.text.lower())))
            ),
            None,
        )
        if first is not None and first.speaker_id is not None:
            quote.speaker, quote.speaker_id = first.speaker, first.speaker_id
            quote.speaker_text, quote.cue = first.speaker_text, first.cue


def _brought_in_unnamed(noun: Token) -> bool:
    """The noun brings someone in with "a", "an" or "one" ('An older man', 'one resident'),
    or as someone's so brought in ('One patient's daughter')."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an"))
        or (c.dep_ == "nummod" and c.lower_ == "one")
        or (c.dep_ == "poss" and c.pos_ == "NOUN" and _brought_in_unnamed(c))
        for c in noun.children
    )


def _one_of_people(subject: Token) -> Token:
    """For 'One of her former clubmates', the people it is one of; else ``subject``."""
    if subject.lower_ in ("one", "another"):
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                people = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if people is not None and people.tag_ == "NNS":
                    return people
    return subject


def _misparsed_subject(token: Token) -> bool:
    """A name right before a finite verb that has no subject, parsed as a modifier ('Near the
    end of the interview, Tolliver offered ...', 'Tolliver' an adverb): the subject."""
    verb = token.head
    return (
        token.pos_ == "PROPN"
        and token.dep_ in ("advmod", "npadvmod", "dep")
        and verb.i == token.i + 1
        and verb.tag_ in ("VBD", "VBZ")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )


def _attribute_from_later_quoting(
    results: list[Quote], headlines: Sequence[tuple[int, int]] = ()
) -> None:
    """'The government has been accused of "closing hospitals by stealth" ... X, who first
    used the phrase "closing hospitals by stealth" in a speech': words quoted with no one
    to say them, that the text quotes again later as a named speaker's, are that
    speaker's. A headline's quotation goes to the speaker of the same words below it when
    the headline named nobody ('Islanders "feel forgotten", MSP tells Holyrood' over
    'Kirsty Drummond ... said her constituents "feel forgotten"')."""
    later: dict[str, Quote] = {}
    said_below: list[tuple[str, Quote]] = []
    for quote in reversed(results):
        words = " ".join(_WORDS.findall(quote.text.lower()))
        if not words or quote.kind != "speech":
            continue
        key = " ".join(quote.text.lower().strip(" ,.\"'").split())
        # (a headline's one word too: 'Judge blocks purge, citing "sloppy" matching')
        if quote.speaker_id is None and any(lo <= quote.start < hi for lo, hi in headlines):
            found = next(
                (
                    q
                    # (the first such words below: said_below runs from the text's end)
                    for w, q in reversed(said_below)
                    if f" {words} " in f" {w} "
                    # (or the words below within the headline's, when there are a few)
                    or (len(w.split()) > 2 and f" {w} " in f" {words} ")
                ),
                None,
            )
            if found is not None:
                quote.speaker, quote.speaker_id = found.speaker, found.speaker_id
                quote.speaker_text = found.speaker_text
            continue
        if quote.speaker is not None:
            said_below.append((words, quote))
        if len(words.split()) < 2:
            continue
        if quote.speaker is None and key in later and len(key.split()) > 2:
            found = later[key]
            quote.speaker, quote.speaker_id = found.speaker, found.speaker_id
            quote.speaker_text = found.speaker_text
        elif quote.speaker_id is not None:
            later[key] = quote


def _vocatives(quote_text: str) -> list[str]:
    """The names and titles a quotation addresses someone by, set off by a comma at its
    start or at the end of a sentence ('Mr. Munroe, how many ...', '..., Madam Chair.')."""
    # ('"Not to my satisfaction, Senator," General X said': the comma before the cue
    # ends the words as a stop would)
    found = [m.group(1) for m in _VOCATIVE.finditer(quote_text.strip().removesuffix(","))]
    found += [m.group(1) for m in _VOCATIVE_INSIDE.finditer(quote_text)]
    found += [m.group(1) for m in _VOCATIVE_OFFICE.finditer(quote_text)]
    alone = _VOCATIVE_ALONE.match(quote_text)
    if alone is not None:
        found.append(alone.group(1))  # '"Mr. Engebretsen?"': a turn handed over by name
    start = _VOCATIVE_START.match(quote_text)
    if start is not None:
        found.append(start.group(1))
    # (not an honorific whose full stop looked like a sentence's end: ', Mr. Satriani')
    return [v for f in found if (v := f.replace(".", "")).lower() not in HONORIFICS]


def _office_word(word: str) -> str:
    """An office without its sex ('chairwoman', 'chairman' and 'chair' are one office)."""
    word = word.lower().rstrip(".")
    word = TITLE_ABBREVIATIONS.get(word, word)
    for ending in ("woman", "man", "person"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _addresses(quote_text: str, person: Speaker, roles: set[str]) -> bool:
    """The quotation addresses ``person`` by name or by one of their ``roles`` ('..., Madam
    Chair.' to the committee's chairwoman)."""
    names = {w.lower() for w in person.name.split()}
    offices = {_office_word(r) for r in roles}
    for words in (v.lower().split() for v in _vocatives(quote_text)):
        if words[-1] in names or words[-1] in roles or _office_word(words[-1]) in offices:
            return True
    # ('You're the chief operating officer. You don't know ...?': told what they are)
    return any(
        _office_word(m.group(1).split()[-1]) in offices for m in _YOU_ARE_THE.finditer(quote_text)
    )


# "You're the chief operating officer.": words telling the one addressed what they are.
_YOU_ARE_THE = re.compile(r"\b[Yy]ou(?:'re|’re| are) the ((?:[a-z]+ ){0,3}[a-z]+)[.,!?]")


def _follow_up(text: str) -> bool:
    """Words that put a question again: a question, a sentence to the one answering that
    opens with 'and', 'so' or 'but' ('And you want 6,000.'), or one that rejects the answer
    ('That is not an answer.')."""
    text = text.strip()
    return (
        text.endswith("?")
        or (_FOLLOW_UP.match(text) is not None and _SECOND_PERSON.search(text) is not None)
        # ('That is not an answer.', 'You haven't answered my question.')
        or _ANSWER_REJECTED.search(text) is not None
        # ('That's not the same thing.': the answer turned back)
        or _NOT_THAT.match(text) is not None
    )


_NOT_THAT = re.compile(r"(?:That|This)(?:'s|’s| is) not\b")


_FOLLOW_UP = re.compile(r"(?:And|So|But)\b")
# An answer opening with yes or no ('Yes.', 'No, sir.').
_YES_OR_NO = re.compile(r"(?:Yes|No|Yeah|Nope)\b")
# Words that deny what was just said ("That's just not accurate.", "That is false.").
_DENIAL = re.compile(
    r"(?:That|This|It)(?:'s|’s| is| was)(?: just| simply| also)? (?:not (?:true|accurate|"
    r"correct|right|fair|what)|untrue|false|wrong|a lie|nonsense|ridiculous)\b",
    re.IGNORECASE,
)
_ANSWER_REJECTED = re.compile(
    r"\b(?:not|n't|never|no)\b[^.?!]*\b(?:answer|answered|question)\b", re.IGNORECASE
)
_SECOND_PERSON = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)


def _sentence_opening(text: str) -> bool:
    """Quoted words that begin as a sentence does, with a capital letter."""
    return text[:1].isupper()


def _description_head(speaker: Speaker) -> str | None:
    """The head noun of an unnamed speaker's description ('a spokesman for distributor
    Toho': spokesman), None for a named speaker."""
    if not speaker.key.startswith("DESC:"):
        return None
    written = [w.strip(",;:") for w in speaker.name.split()]
    words = [w.lower() for w in written]
    if not words:
        return None
    cut = next(
        (
            j
            for j, w in enumerate(words)
            if j
            and w in _HEAD_ENDS
            # not the "of" inside a name before the head ('A Department of Health
            # spokesman')
            and not (
                j > 1
                and j + 1 < len(words)
                and written[j - 1][:1].isupper()
                and written[j + 1][:1].isupper()
                and written[-1].islower()
                and (words[-1] in UNNAMED_SOURCE_NOUNS or words[-1].endswith(("man", "woman")))
            )
        ),
        len(words),
    )
    return words[cut - 1]


def _person_described(speaker: Speaker) -> str | None:
    """The head noun of an unnamed speaker's description when it names a person, a role
    or a relative ('a spokesman for distributor Toho': spokesman; 'One drayman')."""
    head = _description_head(speaker)
    return head if head is not None and _one_persons_noun(head) else None


def _owns_main_subject(name: Token) -> bool:
    """The name owns the subject of its sentence's main verb, and that subject is no
    person's name or pronoun ('Mr Haddad's first words to the crew were simple')."""
    owned = name.head
    return (
        name.dep_ == "poss"
        and owned.dep_ in ("nsubj", "nsubjpass")
        and owned.head.dep_ == "ROOT"
        and owned.pos_ == "NOUN"
        and owned.ent_type_ != "PERSON"
        # (not 'Mr Begg's father', 'Smith's lawyer': someone else)
        and not _person_noun(owned.lemma_.lower())
    )


def _unnamed_by_request(noun: Token) -> bool:
    """A relative clause in the noun's phrase says its referent would not be named ('who
    asked not to be named', 'who declined to be identified', 'who declined to give his
    name'): a person."""
    return any(
        c.dep_ == "relcl"
        and any(
            (t.lower_ in ("named", "identified") and t.tag_ == "VBN")
            # ('who asked to remain anonymous')
            or (t.lower_ == "anonymous" and t.head.lemma_.lower() in ("remain", "stay"))
            or (
                t.lemma_.lower() == "name"
                and t.pos_ == "NOUN"
                and t.head.lemma_.lower() in ("give", "provide", "disclose", "share", "reveal")
                and (
                    any(g.dep_ == "neg" for g in t.head.children)
                    or any(a.lemma_.lower() in ("decline", "refuse") for a in t.head.ancestors)
                )
            )
            for t in c.subtree
        )
        for c in noun.subtree
    )


def _reduced_relative_calling(verb: Token) -> bool:
    """'a claim the Salcedo campaign called "recycled garbage"', parsed as the campaign in
    apposition to the claim and "called" as a participle naming it: a relative clause with
    no "that", whose subject calls the claim so."""
    return (
        verb.lemma_.lower() in _DESCRIBING_VERBS
        and verb.head.dep_ == "appos"
        and verb.head.head.i < verb.head.i
        and any(c.dep_ == "det" and c.lower_ == "the" for c in verb.head.children)
        and any(c.dep_ == "oprd" for c in verb.children)
    )


def _subject_of_participle_clause(verb: Token, quoted: list[int]) -> Token | None:
    """'One woman loading photo albums into her pickup said', parsed as a clause ("woman
    loading ...") that is the subject or the words reported ('A man filling gas cans at the
    next pump, who declined to give his name, said'): the noun the participle describes
    speaks."""
    for c in verb.children:
        if (
            c.dep_ in ("csubj", "ccomp")
            and c.tag_ == "VBG"
            and c.i < verb.i
            and quoted[c.i] < 0
            and not any(g.dep_ == "mark" for g in c.children)
        ):
            noun = next((g for g in c.children if g.dep_ == "nsubj" and g.i < c.i), None)
            if noun is not None and noun.pos_ in ("NOUN", "PROPN") and quoted[noun.i] < 0:
                return noun
    return None


def _identified_as(name: Token, lemma: str, pronouns: bool = True) -> bool:
    """The name is given by 'was identified as' / 'was named as' to a pronoun or to the
    noun of a description ('She was later identified as Marguerite X', 'The woman was
    named as X')."""
    if name.dep_ != "pobj" or name.head.lower_ != "as":
        return False
    # (the verb above 'as', wherever the parser hung it: 'identified in the messages and by
    # two people familiar with the campaign as Brent X')
    verb = next((a for a in name.head.ancestors if a.pos_ in ("VERB", "AUX")), name.head.head)
    if verb.lemma_.lower() not in _NAMING_VERBS:
        return False
    # ('The aide, identified in the messages ... as Brent X, 36, is ...': the noun itself;
    # with ``pronouns``, 'She was later identified as X' too)
    return (verb.dep_ == "acl" and verb.head.lemma_.lower() == lemma) or any(
        c.dep_ == "nsubjpass"
        and ((pronouns and c.lower_ in ("he", "she")) or c.lemma_.lower() == lemma)
        for c in verb.children
    )


def _conjunct_set_off(root: Token, first: int) -> bool:
    """A name the parser made a conjunct of the noun set off before it, with no "and" or
    "or" between: an apposition ("The industry's main lobbying group, the Pharmaceutical
    Research and Manufacturers of America,")."""
    doc = root.doc
    # (past a title: "The subcommittee's chairwoman, Rep. Dolores X, R-Ohio,")
    while (
        first > 1
        and doc[first - 1].is_title
        and doc[first - 1].lower_.rstrip(".") in HONORIFICS | TITLE_ABBREVIATIONS.keys()
    ):
        first -= 1
    comma = first - 1 if first > 0 and doc[first - 1].text == "," else first - 2
    return (
        root.dep_ == "conj"
        and root.head.pos_ == "NOUN"
        and comma > root.head.i
        and doc[comma].text == ","
        and (comma == first - 1 or doc[first - 1].lower_ == "the")
        and not any(t.dep_ == "cc" for t in doc[root.head.i + 1 : first])
    )


def _of_something_unnamed(noun: Token) -> bool:
    """The noun's "of" phrase names no one: 'The chief executive of a rural hospital', 'The
    daughter of one patient'."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj"
            and any(
                (d.dep_ == "det" and d.lower_ in ("a", "an"))
                or (d.dep_ == "nummod" and d.lower_ == "one")
                for d in g.children
            )
            for g in c.children
        )
        for c in noun.children
    )


def _owned_by_subject_sex(subject: Token) -> str | None:
    """The sex of the "his" or "her" owning the object of the subject's verb ('The clerk
    ... has since left her job'): 'm' or 'f', else None."""
    for c in subject.head.children:
        if c.dep_ in ("dobj", "attr"):
            for g in c.children:
                if g.dep_ == "poss" and g.lower_ in ("his", "her"):
                    return "m" if g.lower_ == "his" else "f"
    return None


def _runs_into_a_verb(appos: Token) -> bool:
    """An apposition a finite verb follows with no comma, the next clause's subject the
    parser hung from a name ("by Ms Quinlan's barrister, Fiona Tarrant, the witness
    accepted"); not one whose closing comma the parser took in ("X, a meteorologist ... in
    Lake Charles, La., told")."""
    edge = appos.right_edge
    return edge.text != "," and finite_verb_at(appos.doc, edge.i + 1)


def _person_noun(lemma: str) -> bool:
    """A noun for a person or people: a relative, a role, a source ('lawyer',
    'spokesman'), or people ('police')."""
    return _one_persons_noun(lemma) or lemma in SOURCE_NOUNS or lemma in _PEOPLE_NOUNS


# Trades and walks of life that name one person ('A school cook who swapped ... the cook
# added', 'the pensioner said'), beyond the offices and professions of ROLE_WORDS.
_WALKS_OF_LIFE = frozenset(
    """
    cook baker butcher cleaner carer caretaker shopkeeper plumber electrician builder
    mechanic pilot waiter waitress landlord landlady publican hairdresser gardener miner
    nanny childminder dentist vet pharmacist optician accountant receptionist pensioner
    retiree owner homeowner householder tenant victim mum dad mom auditor examiner client
    teller cashier labourer laborer bystander porter courier shepherd rancher janitor
    custodian bartender barista tailor cobbler jeweller jeweler bookkeeper welder carpenter
    roofer decorator plasterer surveyor steward stewardess usher attendant lifeguard bouncer
    """.split()
)


def _one_persons_noun(lemma: str) -> bool:
    """A noun for one person: a role, a relative, an unnamed source or one of the people a
    story leaves unnamed ('spokesman', 'sister', 'colleague', 'dealer', 'drayman')."""
    return (
        lemma in ROLE_WORDS
        or lemma in _WALKS_OF_LIFE
        or lemma in UNNAMED_SOURCE_NOUNS
        or lemma in _UNNAMED_PERSON_NOUNS
        or lemma in _KIN
        or lemma in _ASSOCIATE_NOUNS
        or lemma.endswith(("man", "woman"))
        # (the endings of trades and callings: 'technician', 'economist', 'analyst')
        or (len(lemma) > 5 and lemma.endswith(("ician", "ist", "yst")))
    )


def _headline_closing_verb(t: Token) -> bool:
    """A reporting verb in the -s form, tagged a plural noun, that ends its line after a
    quotation, a comma and a noun or two ('"tragic accident", coroner rules')."""
    doc = t.doc
    if t.tag_ != "NNS" or t.lemma_.lower() not in REPORTING_VERBS or t.i < 3:
        return False
    if t.i + 1 < len(doc) and not doc[t.i + 1].is_space:
        return False
    k = t.i - 1
    while k > 0 and t.i - k <= 3 and doc[k].pos_ in ("NOUN", "PROPN", "ADJ"):
        k -= 1
    return k < t.i - 1 and doc[k].text == "," and doc[k - 1].is_quote


def _a_persons_noun(noun: Token) -> bool:
    """A noun for one person by its word, or by the "who" of its relative clause ('A
    senior carer, who has worked at the home for 17 years,')."""
    return _one_persons_noun(noun.lemma_.lower()) or any(
        c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
        for c in noun.children
    )


def _a_question(quote_text: str, cue: Token | None) -> bool:
    """The quotation puts a question: it ends with a question mark, or is asked or put to
    someone ('"Your rivals will say you are selling at a loss," the presenter put to him')."""
    if quote_text.rstrip().endswith("?"):
        return True
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    lemma = cue.lemma_.lower()
    return lemma in _QUESTION_VERBS or (
        lemma == "put"
        and any(
            c.dep_ in ("prep", "dative")
            and c.lower_ == "to"
            and any(g.pos_ == "PRON" or g.ent_type_ == "PERSON" for g in c.children)
            for c in cue.children
        )
    )


def _questioner(speaker: Speaker) -> bool:
    """An unnamed speaker described as someone whose job is to ask ('the reporter')."""
    return _description_head(speaker) in _QUESTIONER_NOUNS


def _questioner_or_body(speaker: Speaker) -> bool:
    """A questioner, or a body that asks through its reporters ('The BBC asked Mrs X about
    the hardest moments.¶"Was there a point ...?"¶"In 2020, ..."')."""
    return _questioner(speaker) or speaker.label == "ORG"


def _clause_subject(name: Token) -> Token:
    """The subject token a name stands for: itself, or the subject it is in apposition to
    ('The top Democrat, Rep. Isaiah Nabors, asked')."""
    if name.dep_ == "appos" and name.head.dep_ == "nsubj":
        return name.head
    return name


# what works for someone in their name ('a memo circulated by Umstead's office')
_OWN_STAFF_NOUNS = frozenset("office campaign staff team administration".split())


def _by_author(noun: Token) -> Token | None:
    """Who a document is by: 'a report by the Commons committee', or set off after it as
    the subject, where the parser hangs the phrase on the verb ('The report, by retired
    judge Sir Gordon Elstob, said')."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        preps += [
            c
            for c in noun.head.children
            if c.dep_ == "prep" and c.lower_ == "by" and noun.i < c.i < noun.head.i
        ]
    for prep in preps:
        found = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if found is not None:
            return found
    return None


def _had_aux(verb: Token) -> bool:
    """The verb is in the past perfect ('had told')."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _pronoun_sex(word: str) -> str | None:
    """'m' for 'he'/'him'/'his', 'f' for 'she'/'her', else None."""
    return "m" if word in MALE_PRONOUNS else "f" if word in FEMALE_PRONOUNS else None


def _opening_owned_noun(noun: Token) -> bool:
    """The noun is owned by the name that opens its sentence ("Donal's older brother"),
    whatever the parser made of the owner."""
    doc = noun.doc
    k = noun.i - 1
    while k > 0 and doc[k].pos_ == "ADJ":
        k -= 1
    if k < 1 or doc[k].tag_ != "POS" or doc[k - 1].pos_ != "PROPN":
        return False
    start = k - 1
    while start > noun.sent.start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start == noun.sent.start


def _writer_of_the_subject(name: Token) -> bool:
    """The name owns the writing that is its clause's subject ("Mr Campbell's e-mail
    suggested ...")."""
    head = name.head
    if name.dep_ != "poss" or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    doc = name.doc
    word = head.lower_
    if head.i + 2 < len(doc) and doc[head.i + 1].text == "-":
        word = f"{word}-{doc[head.i + 2].lower_}"  # "e-mail", split by the tokenizer
    return word in _WRITINGS or head.lemma_.lower() in _WRITINGS


def _concessive(tok: Token) -> bool:
    """The token stands in a concession ('despite having X out injured', 'although X
    scored')."""
    for a in tok.ancestors:
        if a.dep_ == "prep" and a.lower_ in ("despite", "notwithstanding"):
            return True
        if a.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("although", "though") for c in a.children
        ):
            return True
    return False


def _opening_name_of_subjectless_verb(span: Span) -> bool:
    """A name opening its sentence before a comma, which the parser hung as an adjunct
    from a main verb that has no subject ('Okonjo, seeking a third term, said ...')."""
    doc = span.doc
    root = span.root
    verb = root.head
    return (
        span.start == root.sent.start
        and span.end < len(doc)
        and doc[span.end].text == ","
        and root.dep_ in ("advcl", "npadvmod", "dep", "advmod", "nmod")
        and verb.dep_ == "ROOT"
        and verb.pos_ in ("VERB", "AUX")
        and verb.i > span.end
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _name_after_opening_phrase(span: Span) -> bool:
    """A name after a fronted phrase and its comma, right before the main verb (or an age or
    apposition set off by commas and then the verb), which has no subject of its own: the
    parser joined the name to the phrase ('In Bayou Clement, Rosalind Thibodeaux, 71, sat
    on her porch steps')."""
    doc = span.doc
    sent = span.root.sent
    verb = sent.root
    if (
        span.start < 2
        or doc[span.start - 1].text != ","
        or doc[sent.start].pos_ != "ADP"
        or not span.end <= verb.i < span.end + 8
        or verb.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        return False
    between = doc[span.end : verb.i]
    return not between or (between[0].text == "," and between[-1].text == ",")


def _name_before_subjectless_verb(span: Span) -> bool:
    """A name joined after 'and' right before a past-tense verb that has no subject of its
    own, which the parser hung elsewhere ('... a win at Carrow Road and Keegan sympathised
    with Norwich boss Nigel Worthington')."""
    doc = span.doc
    root = span.root
    if span.end >= len(doc) or span.start == 0:
        return False
    verb = doc[span.end]
    return (
        verb.tag_ == "VBD"
        and root.dep_ == "conj"
        and doc[span.start - 1].lower_ == "and"
        and root.head.i != verb.i
        and verb.dep_ in ("advcl", "conj", "relcl", "ccomp")
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _name_before_closing_report(span: Span) -> bool:
    """A name right before the reporting verb that ends its sentence, which has no subject
    of its own: the parser joined the name to what was reported ('Others targeted include
    Oliver Letwin and Theresa May, elections chief Lord Rennard said.')."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    verb = doc[span.end]
    return (
        verb.dep_ == "ROOT"
        and verb.lemma_.lower() in REPORTING_VERBS
        and verb.tag_ in ("VBD", "VBZ")
        and doc[span.end + 1].text in SENTENCE_END
        and span.root.head.i != verb.i
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _speaks_in_relative_clause(name: Token) -> bool:
    """A relative clause on the name, or on its apposition, reports the person speaking
    ('Gethin Pryor-Lloyd, a former crime reporter, who said much of the story ...')."""
    heads = [name, *(c for c in name.children if c.dep_ == "appos")]
    return any(
        clause.dep_ == "relcl"
        and clause.lemma_.lower() in REPORTING_VERBS
        and clause.lemma_.lower() not in WEAK_VERBS
        and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
        for head in heads
        for clause in head.children
    )


def _role_read_as_verb(name: Token) -> bool:
    """A name the parser made the object of the lower-case word right before it, a bare
    verb standing as a subject: a role noun read as a verb ('Her neighbour, butcher Ray
    Fairweather, said')."""
    head = name.head
    return (
        name.dep_ == "dobj"
        and head.tag_ == "VB"
        and head.is_lower
        and head.dep_ in ("nsubj", "nsubjpass")
        and all(t.pos_ == "PROPN" for t in name.doc[head.i + 1 : name.i + 1])
    )


def _verb_read_as_noun(name: Token) -> bool:
    """A name opening its sentence before a present-tense verb the parser took for a plural
    noun it modifies ('Tegid shrugs when she hears this.'), the sentence's only head."""
    head = name.head
    return (
        name.dep_ in ("compound", "amod", "nmod")
        and all(t.pos_ == "PROPN" for t in name.doc[name.sent.start : name.i])
        and head.i == name.i + 1
        and head.dep_ == "ROOT"
        and head.tag_ == "NNS"
        and head.is_lower
        and head.i + 1 < len(head.doc)
        and not head.doc[head.i + 1].is_punct
    )


def _in_noun_phrase(tok: Token, head: Token) -> bool:
    """``tok`` belongs to the noun phrase of ``head`` itself, not to a clause inside it
    ("His former partner at Lenox, Lawrence Cummings," but not "The difference this
    standard, IPv6, will make", nor an appositive of an appositive)."""
    appositives = 0
    while tok.i != head.i:
        appositives += tok.dep_ == "appos"
        if tok.dep_ in ("relcl", "acl", "ccomp", "advcl") or tok.head.i == tok.i or appositives > 1:
            return False
        tok = tok.head
    return True


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it"})
_ECHO_WORDS = 6  # a run of this many words in common is a passage quoted again


# a quotation inside a quotation: 'His claim that the Tories were planning 'a period of ...''
_INNER_QUOTE = re.compile(r"(?<!\w)['‘][^'‘’\n]{3,}?['’](?!\w)")


def _word_runs(quote_text: str) -> set[tuple[str, ...]]:
    """The quotation's runs of ``_ECHO_WORDS`` words, lower-cased, leaving out the words it
    quotes from someone else: what a passage quoted again shares with its first quoting."""
    words = [w.lower() for w in _WORDS.findall(_INNER_QUOTE.sub(" ", quote_text))]
    return {tuple(words[i : i + _ECHO_WORDS]) for i in range(len(words) - _ECHO_WORDS + 1)}


def _coordinated_quotes(text: str, before: RawQuote, after: RawQuote) -> bool:
    """Only "and" or "or" (and a comma) stand between the two quotations."""
    if before.close_mark < 0:
        return False
    between = text[before.close_mark + 1 : after.open_mark].replace(",", " ").split()
    return between in (["and"], ["or"])


def _names_surname(quote_text: str, speaker: str) -> bool:
    """The quotation names the speaker's surname, as narration or a third party would."""
    surname = speaker.split()[-1]
    return (
        len(speaker.split()) >= 2
        and surname[:1].isupper()
        and re.search(rf"\b{re.escape(surname)}\b", quote_text) is not None
    )


def _attribute_run_ons(text: str, raw: list[RawQuote], results: list[Quote]) -> None:
    """A quotation left open and followed at once by another is one quotation going on
    ('"He was sent off ... whistle. "We don't know ...," said an SFA statement'): without a
    cue of its own, it takes the attribution that ends the whole, unless the run began with
    a cue of its own ('Mido added: "... "... "...'): then it is that speaker's throughout."""

    def runs_on(k: int) -> bool:
        return raw[k].close_mark < 0 and not text[raw[k].end : raw[k + 1].open_mark].strip()

    # where the run of open quotations each one belongs to begins
    run_head = list(range(len(raw)))
    for k in range(1, len(raw)):
        if runs_on(k - 1):
            run_head[k] = run_head[k - 1]
    for k in range(len(raw) - 2, -1, -1):
        here, after = results[k], results[k + 1]
        head = results[run_head[k]]
        if (
            runs_on(k)
            and (run_head[k] == k or head.cue is None or head.kind != "speech")
            and here.kind == "speech"
            and here.cue is None
            and after.kind == "speech"
            and after.cue is not None
            and after.speaker is not None
            # '"... I am fit enough. Bosvelt joined City ... impressed manager Kevin Keegan.
            # "...," said Keegan': a closing mark lost before narration that names the next
            # speaker, who does not name themself
            and not _names_surname(here.text, after.speaker)
        ):
            here.speaker, here.speaker_id = after.speaker, after.speaker_id
            here.speaker_text, here.cue = after.speaker_text, after.cue


_REPORT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "dative", "parataxis", "attr", "oprd"})


def _where_something_happened(name: Token) -> bool:
    """The name is the place of a preposition of place on a verb ('waited ... in A&E',
    'queued at Tesco')."""
    prep = name.head
    return (
        name.dep_ == "pobj"
        and prep.lower_ in ("in", "at", "inside", "outside")
        and prep.head.pos_ in ("VERB", "AUX")
    )


def _in_own_report(pronoun: Token, name: Token) -> bool:
    """Binding principle C: a name inside what a pronoun's own verb reports, or its object,
    is not what the pronoun refers to ('Labour will lose, he said', 'he told Smith')."""
    if pronoun.dep_ not in SUBJECT_DEPS or _named_by_oneself(name):
        return False  # (but 'he identified himself as Gary Pruszynski' names him)
    verb = pronoun.head
    subject = name.head if name.dep_ == "appos" else name
    if (
        subject.dep_ == "nsubj"
        and subject.head.lemma_.lower() in REPORTING_VERBS
        and subject.head.dep_ == "ccomp"
        and subject.head.head.i == verb.i
        and subject.left_edge.i == subject.sent.start
        # (the name's own report, the pronoun's words going on with it; not 'Sean Long ...
        # has expressed doubts about his future "I think Sean's situation ...," he said')
        and any(c.dep_ == "ccomp" for c in subject.head.children)
    ):
        # 'A lawyer for the church, Imran Siddiqui, said the township had spent $275,000 -
        # "...," he said': a sentence whose report says twice who reports it
        return False
    path = [name, *name.ancestors]
    if verb in path:
        below = path[path.index(verb) - 1]
        # 'Of Hepburn, she said': the object of a preposition on the verb as well
        return below.dep_ in _REPORT_DEPS or (below.dep_ == "prep" and name.head == below)
    # 'Labour will lose, he said' parsed with 'said' hanging off the reported verb
    return (
        verb.head in path
        and verb.lemma_ in REPORTING_VERBS
        and pronoun.i > 0
        and pronoun.nbor(-1).text == ","
        and verb.dep_ in ("parataxis", "ccomp")
    )


def _post_nominal_after(span: Span) -> bool:
    """Letters after a name ('MSP', 'QC') follow the span, and no other name after them."""
    doc = span.doc
    end = span.end
    return (
        end < len(doc)
        and doc[end].text in POST_NOMINALS
        and not (end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN")
    )


def _hyphened_role_after(tok: Token) -> bool:
    """A hyphened role word follows the name ('the Sale full-back', 'the Bath fly-half')."""
    doc = tok.doc
    i = tok.i
    if i + 3 >= len(doc) or doc[i + 2].text != "-":
        return False
    if doc[i + 1].whitespace_ or doc[i + 2].whitespace_:
        return False
    return f"{doc[i + 1].lower_}-{doc[i + 3].lower_}" in ROLE_WORDS


def _in_controlled_adjunct(name: Token, pronoun: Token) -> bool:
    """The name is inside a participle clause with no subject of its own that modifies the
    pronoun's verb: the pronoun is that clause's understood subject, so not the name
    ('Standing next to Mr Blair, he added')."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj":
        return False
    for clause in verb.children:
        if (
            clause.dep_ == "advcl"
            and clause.tag_ in ("VBG", "VBN")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            and clause.left_edge.i <= name.i <= clause.right_edge.i
        ):
            return True
    return False


def _set_off_before(name: Token, verb: Token) -> bool:
    """The name's phrase runs up to the verb, past punctuation only ('Maureen Pilling,
    whose mother was one of the customers, said')."""
    return all(t.is_punct for t in name.doc[name.right_edge.i + 1 : verb.i])


def _in_fronted_phrase(name: Token, pronoun: Token) -> bool:
    """The name is inside a prepositional phrase put before the subject of the pronoun's
    clause, or of the clause reporting it with the same pronoun as its subject: the
    pronoun is not the name ('Under questioning from his barrister, Paul Emeka, he
    accepted he had told ...')."""
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("he", "she"):
        return False
    subject, verb = pronoun, pronoun.head
    while True:
        for phrase in verb.children:
            if (
                phrase.dep_ == "prep"
                and phrase.i < subject.i
                and phrase.left_edge.i <= name.i <= phrase.right_edge.i
                # (not 'In a statement from X, she said': X's own writing)
                and not any(
                    g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_NOUNS | AUTHORED_NOUNS
                    for g in phrase.children
                )
            ):
                return True
        if verb.dep_ != "ccomp":
            return False
        upper = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if upper is None or upper.lower_ != pronoun.lower_:
            return False
        subject, verb = upper, verb.head


# Verbs of an answer or a view that a clause after "but" may open with ("but Y rejected
# his comments", "but captain Y sees hope").
_ANSWERING_VERBS = frozenset(
    "reject dismiss dispute deny counter defend disagree believe think feel see hope fear".split()
)


def _reported_pronoun(name: Token) -> Token | None:
    """The "he" or "she" the name reports something of ("Beverley Knight said she sang
    ..."): the pronoun is most likely the name's own."""
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        for c in clause.children:
            if c.dep_ == "nsubj" and c.lower_ in ("he", "she"):
                return c
    return None


def _wh_clause_verb(verb: Token) -> bool:
    """ "(whether an individual is) who they say they are": a reporting verb inside a
    clause that a question word opens reports nothing."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        verb.dep_ != "ROOT"
        and subject is not None
        and any(
            # (but 'what he told MPs': the question word is the verb's own object)
            c.tag_ in ("WP", "WDT")
            and c.i < subject.i
            and c.dep_ not in ("nsubj", "dobj", "dative")
            for c in verb.children
        )
    )


def _relative_clause_of(pronoun: Token, name: Token) -> bool:
    """The pronoun is the subject of a relative clause on the name, whose relative word
    stands for something else the clause says ("Andy Robinson, who he believes was the only
    choice"): the pronoun is someone other than the name."""
    verb = pronoun.head
    return (
        pronoun.dep_ == "nsubj"
        and verb.dep_ == "relcl"
        and verb.head.i == name.i
        and any(
            t.tag_ in ("WP", "WDT") and name.i < t.i < pronoun.i and t.head.i != verb.i
            for t in verb.subtree
        )
    )


def _contrasted_clause_subject(token: Token) -> bool:
    """The subject of a clause joined by 'but' to an earlier one with another subject ('X
    said ..., but Y rejected his comments')."""
    if token.dep_ == "appos" and token.head.dep_ == "nsubj":
        token = token.head  # 'but the club's chairman, Peter Lowe, rejected'
    verb = token.head
    if token.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i >= verb.i:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in REPORTING_VERBS and lemma not in _ANSWERING_VERBS:
        return False  # not "..., but referee Mike Riley had a good game"
    first = verb.head
    return any(
        c.dep_ == "cc" and c.lower_ == "but" for c in (*first.children, *verb.children)
    ) and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i for c in first.children)


def _put_to_someone(verb: Token) -> bool:
    """The verb has a personal pronoun for the one spoken to ('put to him', 'asked her')."""
    return any(
        (c.dep_ in ("dobj", "dative") and c.lower_ in ("him", "her", "them"))
        or (
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(g.lower_ in ("him", "her", "them") for g in c.children)
        )
        for c in verb.children
    )


def _inside_a_report(verb: Token) -> bool:
    """The verb stands in a clause another verb reports ('said that Mr Ebbers ordered ...,
    telling him')."""
    return any(
        a.dep_ == "ccomp" and a.head.lemma_.lower() in REPORTING_VERBS
        for a in (verb, *verb.ancestors)
    )


def _begun_work(verb: Token) -> bool:
    """'begun construction', 'continued its work': begin or continue with an object that
    is no speech."""
    return verb.lemma_.lower() in ("begin", "continue") and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in SPEECH_NOUNS
        for c in verb.children
    )


def _objects_of(head: Token, preposition: str) -> Iterable[tuple[Token, Token]]:
    """Each preposition ``preposition`` hung from ``head`` with its object ('with' and
    'a statement' of 'responded with a statement')."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == preposition:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    yield prep, pobj


def _lower_case_name_tag(tok: Token) -> bool:
    """A lower-case word the tagger took for a proper noun ('the forward', 'ministry'), or
    for an adverb or adjective though it is a subject with an article ('said the
    forward'): a common noun, whatever its tag."""
    return tok.is_lower and (
        tok.pos_ == "PROPN"
        or (
            tok.pos_ in ("ADV", "ADJ")
            and tok.dep_ in ("nsubj", "nsubjpass")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        )
    )


# Prepositions that open a phrase of manner or circumstance ('with an eye on ...').
_MANNER_PREPOSITIONS = frozenset("with without despite".split())
# Initials a headline gives an office by, and the office's words.
_OFFICE_INITIALS = {
    "pm": "prime minister",
    "ceo": "chief executive",
    "fm": "first minister",
    "ag": "attorney general",
}


def _office_initials(tok: Token) -> bool:
    """An office's initials with an article ('An island MSP', 'the local MP'): a common
    noun, though tagged a proper one."""
    return (
        tok.is_upper
        and len(tok) > 1
        and tok.lower_ in ROLE_WORDS
        and any(c.dep_ == "det" for c in tok.children)
    )


def _noun_key(noun: Token) -> str:
    """A noun's lemma, with the word a hyphen joins before it ('centre-half', split by the
    tokenizer into 'centre', '-', 'half')."""
    doc = noun.doc
    if (
        noun.i >= 2
        and doc[noun.i - 1].text == "-"
        and not doc[noun.i - 1].whitespace_
        and not doc[noun.i - 2].whitespace_
    ):
        return f"{doc[noun.i - 2].lower_}-{noun.lemma_.lower()}"
    return noun.lemma_.lower()


_OBJECT_FORMS = {"she": "her", "he": "him", "they": "them", "i": "me", "we": "us"}


def _passes_sentence(verb: Token) -> bool:
    """The verb passes sentence ('jailed him') or has an opening 'Sentencing ...'."""
    return verb.lemma_.lower() in _SENTENCING_VERBS or any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() == "sentence"
        for c in verb.children
    )


def _gives_evidence(verb: Token) -> bool:
    """The verb testifies or gives evidence."""
    return verb.lemma_.lower() == "testify" or (
        verb.lemma_.lower() == "give"
        and any(c.dep_ == "dobj" and c.lower_ == "evidence" for c in verb.children)
    )


def _report_above(verb: Token) -> Token:
    """The reporting verb whose report holds ``verb`` (through conjuncts), else ``verb``."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_VERBS:
        return clause.head
    return verb


def _tells_the_reporter(verb: Token, report: Token) -> bool:
    """``verb`` tells its object the pronoun that stands for the subject of ``report``
    ('She said ... an agent told her'): the reporter is told, so does not speak."""
    reporter = next((c for c in report.children if c.dep_ == "nsubj"), None)
    told = _OBJECT_FORMS.get(reporter.lower_) if reporter is not None else None
    return told is not None and any(
        c.dep_ in ("dobj", "dative") and c.lower_ == told for c in verb.children
    )


# Verbs by which someone is charged with something in words ('has been accused of "..."').
_ACCUSING_VERBS = frozenset("accuse criticise criticize condemn attack brand label".split())
# What a sentence after such a charge calls it ('The charge was made by X').
_ACCUSATION_NOUNS = frozenset("charge accusation claim criticism attack jibe allegation".split())
# Nouns for the one who answers a charge in a court report.
_DEFENDANT_NOUNS = frozenset({"defendant", "accused"})
# Charges a defendant "denies" in a court report ('X denies murder').
_CHARGE_NOUNS = frozenset(
    """charge charges count counts murder manslaughter assault rape robbery burglary theft
    fraud offence offences offense offenses""".split()
)


def _plea(verb: Token) -> bool:
    """A plea to a charge, which reports nothing ('Ferreira pleaded guilty', 'X, 41, denies
    attempting to murder Y', 'denies two counts of fraud')."""
    lemma = verb.lemma_.lower()
    if lemma == "plead":
        return any(c.lower_ in ("guilty", "innocent") for c in verb.children)
    if lemma == "admit":
        # ('X, 61, admitted fraud by abuse of position')
        return any(c.dep_ == "dobj" and c.lower_ in _CHARGE_NOUNS for c in verb.children)
    return lemma == "deny" and any(
        (c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG")
        or (c.dep_ == "dobj" and c.lower_ in _CHARGE_NOUNS)
        for c in verb.children
    )


def _naming_itself(name: Token) -> Token | None:
    """The subject a name is given for in its own relative clause ('A neighbor of hers, who
    gave only his first name, Lionel, said', 'A neighbour, who gave her name only as Maria,
    said', 'Her neighbor, who asked to be identified only by his first name, Kwame, said'):
    the subject's noun, else None."""
    verb = name.head
    if name.dep_ == "appos" and verb.lemma_.lower() == "name" and verb.pos_ == "NOUN":
        # ('identified by his first name, Kwame'): up to the verb of identifying
        path = [t for t in verb.ancestors][:4]
        identifying = next(
            (t for t in path if t.lemma_.lower() in ("identify", "know", "call", "name")), None
        )
        if identifying is not None:
            return _identified_in_relative_clause(identifying)
    for _ in range(2):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    if verb.lemma_.lower() not in NAME_GIVING_VERBS:
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in ("name", "names") for c in verb.children):
        return None
    while verb.dep_ == "conj":  # ('who took part in a trial, and who gave her name as')
        verb = verb.head
    if verb.dep_ != "relcl":
        return None
    noun = verb.head
    for _ in range(4):  # (the clause hung from a noun inside the subject's phrase)
        if noun.dep_ in SUBJECT_DEPS:
            return noun
        # ('One regular passenger, a retired teacher who gave her name only as Mair,')
        if noun.dep_ not in ("pobj", "prep", "appos"):
            return None
        noun = noun.head
    return None


def _identified_in_relative_clause(verb: Token) -> Token | None:
    """The subject noun whose relative clause holds the verb of identifying ('who asked to
    be identified only by his first name'), else None."""
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head  # 'who asked to be identified'
    if verb.dep_ != "relcl":
        return None
    noun = verb.head
    if noun.dep_ == "appos" and noun.head.dep_ in SUBJECT_DEPS:
        noun = noun.head  # 'Another student, a senior who asked to be identified ...'
    return noun if noun.dep_ in SUBJECT_DEPS else None


def _named_by_oneself(name: Token) -> bool:
    """The name after "as" of 'identified himself as X', 'introduced herself as X' or
    'gave his name as X': the subject's own."""
    prep = name.head
    if name.dep_ not in ("pobj", "appos") or prep.lower_ != "as" or prep.dep_ != "prep":
        return False
    verb = prep.head
    return (
        verb.lemma_.lower() in ("identify", "introduce", "call")
        and any(c.dep_ == "dobj" and c.lower_ in ("himself", "herself") for c in verb.children)
    ) or (
        verb.lemma_.lower() == "give"
        and any(c.dep_ == "dobj" and c.lemma_.lower() == "name" for c in verb.children)
    )


def _identified(name: Token) -> bool:
    """The name completes 'be' after a subject that is no name ('One of them is Mariam',
    'The new head is Ines Caro')."""
    return (
        name.dep_ == "attr"
        and name.head.lemma_ == "be"
        and any(
            c.dep_ == "nsubj"
            and c.pos_ in ("NOUN", "NUM", "PRON")
            and c.lower_ not in ("it", "this", "that")
            for c in name.head.children
        )
    )


def _rank_tagged_alone(ent: Span) -> bool:
    """A rank or its abbreviation the model tagged as a person of its own, before a name
    ('Col' of 'Col. Jin-ho Park')."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 1:
        return False
    word = ent[0].lower_.rstrip(".")
    if word not in TITLE_ABBREVIATIONS and word not in ROLE_WORDS:
        return False
    j = ent.end
    if j < len(doc) and doc[j].text == ".":
        j += 1
    return j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title


def _in_a_title(ent: Span, person_at: dict[int, Entity]) -> bool:
    """The model's entity is part of the title a person was given right after it ('Home'
    of 'Home Secretary Charles Clarke')."""
    doc = ent.doc
    j = ent.end
    while j < len(doc) and j - ent.end < 4 and j not in person_at and doc[j].is_title:
        j += 1
    person = person_at.get(j)
    if (
        person is not None
        and j == ent.end
        and all(t.lower_ in ROLE_WORDS or t.lower_.rstrip(".") in TITLE_ABBREVIATIONS for t in ent)
    ):
        # 'Councillor' of 'Councillor Parminder Gill', tagged a person alone; 'Det Ch Insp'
        # of 'Det Ch Insp Louise X'
        return True
    title = doc[ent.start : j].text
    return person is not None and j > ent.end and any(title in role for role in person.roles)


# Verbs of attacking something in words, beside the reporting verbs.
_ATTACKING_VERBS = frozenset({"attack", "blast", "lambast", "savage", "hit"})
# People a story leaves unnamed by what they do or are ('one dealer, who asked not to be
# named, told Reuters ... "...," he said'), beside the role words and sources
_UNNAMED_PERSON_NOUNS = frozenset(
    "dealer fan resident voter worker passenger shopper customer neighbour eyewitness"
    " neighbor motorist driver commuter villager local visitor patient parent survivor supporter"
    " protester employee member staffer investor shareholder juror spectator onlooker"
    " attendee volunteer defendant claimant plaintiff complainant appellant holder tenant"
    " homeowner householder pensioner student pupil".split()
)
# Words of a spokesperson's job ('Jane Smith, head of press at Tesco')
_PRESS_WORDS = frozenset({"press", "communications", "media", "publicity"})
# Nouns for calling someone something ('X's description of him as "..."')
_DESCRIBING_NOUNS = frozenset({"description", "characterisation", "characterization"})
# verbs that say what something is: 'described X as "..."', 'called X "..."'
_DESCRIBING_VERBS = frozenset(
    "describe call label dub brand term characterise characterize hail praise".split()
)
# Writings that 'read' what they say ('his message read', 'the sign read').
_WRITINGS = (
    DOCUMENT_NOUNS
    | AUTHORED_NOUNS
    | frozenset(
        "message post tweet text sign banner placard caption inscription notice card".split()
    )
)


def _may_speak(noun: Token) -> bool:
    """A noun for someone, a body, a writing, a recording or words, which may say things
    ('a statement saying', 'a sign reading'); not 'the proposals' or 'a plan'."""
    lemma = noun.lemma_.lower()
    return (
        lemma in _WRITINGS
        or lemma in SPEECH_NOUNS
        or lemma in MEDIA_NOUNS
        or lemma in SOURCE_NOUNS
        or lemma in BODY_NOUNS
        or lemma in LEGAL_DOCUMENT_NOUNS
        or lemma in _PEOPLE_NOUNS
        or lemma in _UNNAMED_PERSON_NOUNS
        or lemma.endswith(("man", "woman", "er", "ist", "ant", "ent"))
    )


# People whose findings are reported ('Inspectors found pupils were "not safe"').
_INVESTIGATORS = frozenset(
    "mp inspector investigator researcher scientist auditor examiner assessor reviewer".split()
)
# What a study or survey does with its findings ('The survey "showed ..."')
_FINDING_VERBS = frozenset({"show", "find"})
# Verbs of thinking and feeling, not of saying: words quoted after them in a relative clause
# are the reporter's ('urging people who feel "taken for granted"')
_THOUGHT_VERBS = frozenset({"feel", "think", "believe", "fear", "worry", "hope"})


def _name_head(name: str) -> str:
    """The noun a body's name is headed by, in lower case: its last word, or the word before
    "of", "on" or "for" ("commission" of "Commission on Presidential Debates")."""
    words = name.lower().split()
    for i, word in enumerate(words[1:], start=1):
        if word in ("of", "on", "for"):
            return words[i - 1]
    return words[-1] if words else ""


def _self_named_body(tok: Token) -> bool:
    """A body noun with a proper name among its modifiers ('the Commons standards
    committee', 'the Commons work and pensions committee'), or owned by one and named by a
    word of its own ('The Scottish Parliament's enterprise committee')."""
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children) and any(
        c.dep_ == "compound" and c.i < tok.i and c.pos_ == "NOUN" for c in tok.children
    ):
        return True
    return any(
        c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children
    ) or any(
        c.dep_ == "compound"
        and c.i < tok.i
        and any(g.dep_ == "compound" and g.pos_ == "PROPN" for g in c.children)
        for c in tok.children
    )


# Words that introduce siblings named together ('twins Mhairi and Fraser Gunn').
_SIBLING_GROUP_WORDS = frozenset("twins twin brothers sisters siblings".split())

# A sports side, as a text calls it after naming it once ('the team said').
_TEAM_NOUNS = frozenset("team club side franchise".split())
# What is broadcast or posted and says things ('the ad says', 'the video shows').
_BROADCAST_NOUNS = frozenset("ad advert advertisement commercial spot video clip post".split())

# Verbs whose doer a role noun names ("directed by X" ... "the director").
_DEED_DOERS = {
    "direct": "director",
    "write": "writer",
    "produce": "producer",
    "compose": "composer",
    "design": "designer",
    "found": "founder",
    "edit": "editor",
    "choreograph": "choreographer",
    "illustrate": "illustrator",
    "photograph": "photographer",
    "conduct": "conductor",
    "create": "creator",
    "invent": "inventor",
    "narrate": "narrator",
    "translate": "translator",
    "curate": "curator",
    "organise": "organiser",
    "organize": "organizer",
    "sculpt": "sculptor",
    "author": "author",
    "operate": "operator",
    "own": "owner",
    "publish": "publisher",
    "manufacture": "manufacturer",
    "supply": "supplier",
    "provide": "provider",
    "broadcast": "broadcaster",
    "develop": "developer",
    "build": "builder",
    "employ": "employer",
}

# Verbs and nouns by which someone passes on another's words ('relaying his words').
_RELAYING_VERBS = frozenset("relay translate read interpret".split())
_RELAYED_NOUNS = frozenset("word words statement message letter remark remarks".split())

# Nouns for a person by age: epithets for someone in view ('The youngster said').
_YOUNG_NOUNS = frozenset("youngster teenager teen schoolboy schoolgirl".split())
_AGE_NOUNS = _YOUNG_NOUNS | frozenset("octogenarian nonagenarian centenarian".split())


# Parents counted by their children: 'the father-of-two', 'the grandmother of seven'.
_PARENT_NOUNS = frozenset("father mother grandfather grandmother parent grandparent".split())


def _children_counted(prep: Token) -> bool:
    """'of two' in 'the father-of-two' or 'the grandmother of seven': a parent's count of
    children (not 'the mother of two of the victims')."""
    return (
        prep.lower_ == "of"
        and prep.head.lemma_.lower() in _PARENT_NOUNS
        and any(
            o.dep_ == "pobj" and o.like_num and not any(c.dep_ == "prep" for c in o.children)
            for o in prep.children
        )
    )


def _epithet(tok: Token) -> bool:
    """A description that stands for a person in view: 'the 55-year-old Frenchman', 'the
    Liberal Democrat leader', 'the Tory MP', 'the Ballymena-born actor', 'the father-of-two'."""
    before = tok.doc[tok.left_edge.i : tok.i].text
    return (
        tok.text[:1].isupper()
        or tok.lemma_.lower() in _AGE_NOUNS  # 'the youngster said'
        or any(c.dep_ == "prep" and _children_counted(c) for c in tok.children)
        or "-old" in before
        or "year old" in before
        or any(
            c.dep_ in ("compound", "amod")
            and c.i < tok.i
            and any(w.text[:1].isupper() for w in c.subtree)  # 'the Oscar-nominated actor'
            for c in tok.children
        )
    )


def _name_it_calls_itself(tok: Token, quote_of_token: list[int]) -> str | None:
    """'The group that claimed responsibility, which calls itself the "Ijaw Freedom
    Vanguard", said': the name in quotation marks a body gives itself, if any."""
    for clause in tok.subtree:  # (however deep the parser hung the clause)
        if clause.dep_ != "relcl" or clause.lemma_.lower() != "call":
            continue
        if not any(c.dep_ == "dobj" and c.lower_ == "itself" for c in clause.children):
            continue
        words = [
            t for t in tok.doc[clause.i + 1 : clause.right_edge.i + 1] if quote_of_token[t.i] >= 0
        ]
        if words and all(t.is_title for t in words if t.is_alpha):
            return tok.doc[words[0].i : words[-1].i + 1].text.strip('"“” ')
    return None


def _before_honorifics(doc: Doc, i: int) -> int:
    """The index of the token before the honorifics ending at token ``i`` ("Dr" of "his
    daughter, Dr Mei Lin"), or ``i`` when there are none."""
    while i > 0 and doc[i].lower_.rstrip(".") in HONORIFICS:
        i -= 1
    return i


def _according_to_source(tok: Token) -> bool:
    """``tok`` is who 'according to' gives as the source ('according to a person familiar
    with the investigation')."""
    head = tok.head
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "to"
        and head.i > 0
        and tok.doc[head.i - 1].lower_ == "according"
    )


# Nouns that only stand in for a person at a meeting or on a call ('Another speaker, a
# retired teacher ..., said'): what is set beside them describes the person.
_STAND_IN_NOUNS = frozenset("speaker caller participant attendee".split())


def _fuller_description(tok: Token, quote_of_token: list[int]) -> Token | None:
    """The noun that describes a stand-in speaker better: one set beside it ('Another
    speaker, a retired teacher from Montbello, said') or what they gave themselves as
    ('Another speaker, who identified herself only as a grandmother of four')."""
    if tok.lemma_.lower() not in _STAND_IN_NOUNS:
        return None
    for c in tok.children:
        if (
            c.dep_ == "appos"
            and c.pos_ == "NOUN"
            and quote_of_token[c.i] < 0
            and c.lemma_.lower() not in _STAND_IN_NOUNS | {"man", "woman", "person"}
        ):
            return c
        if c.dep_ == "relcl" and c.lemma_.lower() in ("identify", "describe", "introduce"):
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ == "as":
                    role = next((p for p in g.children if p.dep_ == "pobj"), None)
                    if role is not None and role.pos_ == "NOUN" and quote_of_token[role.i] < 0:
                        return role
    return None


def _described_again_beside(tok: Token, quote_of_token: list[int]) -> Token | None:
    """A second description set beside an indefinite one ('Another victim, a 19-year-old
    student from Leeds,'), which then gives both."""
    if not (
        tok.pos_ == "NOUN"
        and _one_persons_noun(tok.lemma_.lower())
        and any(
            c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one")
            for c in tok.children
        )
        # (both are given only when the first is whole, outside the quotation)
        and all(quote_of_token[i] < 0 for i in range(tok.left_edge.i, tok.i + 1))
    ):
        return None
    return next(
        (
            c
            for c in tok.children
            if c.dep_ == "appos"
            and c.pos_ == "NOUN"
            and c.i > tok.i
            and tok.doc[c.left_edge.i - 1].text == ","
            and _one_persons_noun(c.lemma_.lower())
            # (not one that says no more: 'Another speaker, a man')
            and c.lemma_.lower() not in ("man", "woman", "person")
            and quote_of_token[c.i] < 0
        ),
        None,
    )


def describe(tok: Token, quote_of_token: list[int]) -> Speaker | None:
    """An unnamed speaker as described: 'a spokesman for Mr Blair'."""
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "PRON") and not (
        # ('One steward, who asked not to be named, said', 'steward' tagged an adverb)
        tok.dep_ == "nsubj" and tok.is_lower and _one_persons_noun(tok.lower_)
    ):
        return None
    one = _one_of_them(tok, quote_of_token) or _one_of_those_counted(tok, quote_of_token)
    if one is not None:
        return one
    fuller = _fuller_description(tok, quote_of_token)
    if fuller is not None:
        return describe(fuller, quote_of_token)
    called = _name_it_calls_itself(tok, quote_of_token)
    if called is not None:
        return Speaker(called, None, "ORG", key=f"ORG:{called.lower()}")
    beside = _described_again_beside(tok, quote_of_token)
    second = describe(beside, quote_of_token) if beside is not None else None
    if beside is not None and second is not None:
        first = tok.doc[tok.left_edge.i : beside.left_edge.i - 1].text.strip()
        head = tok.doc[tok.left_edge.i : tok.i + 1].text
        if second.name.lower().startswith(first.lower()):
            return second  # (both given already: 'Another victim, a 19-year-old student')
        # (the head's words given with the second already: 'One volunteer, a retired nurse')
        rest = second.name[len(head) + 2 :] if second.name.startswith(head + ", ") else second.name
        name = f"{first}, {rest}"
        return Speaker(name, None, None, key=f"DESC:{name.lower()}", gender=second.gender)
    keep: list[int] = []
    for t in tok.subtree:
        if quote_of_token[t.i] >= 0:
            continue
        keep.append(t.i)
    if not keep:
        return None
    # cut at a relative clause, an appositive or punctuation after the head
    lo = tok.left_edge.i
    hi = tok.i
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ in ("amod", "compound", "nummod", "cc", "conj") or (
            c.dep_ == "prep"
            and (c.lower_ in DESCRIPTIVE_PREPS or (c.lower_ == "in" and tok.pos_ == "PRON"))
        ):  # ('some in the industry')
            hi = max(hi, max(x.i for x in c.subtree))
    lo = max(lo, tok.i - 6)
    while (
        hi + 2 < len(tok.doc)
        and tok.doc[hi + 1].text == "-"
        and not tok.doc[hi].whitespace_
        and not tok.doc[hi + 1].whitespace_
        and tok.doc[hi + 2].is_alpha
        and quote_of_token[hi + 2] < 0
    ):
        hi += 2  # 'A former co-worker', the parser's head on the first part of the word
    if hi > tok.i + 10:
        # too long: up to the comma that sets off what follows ('The mayor of one coastal
        # town, who asked not to be named because ...'), else ten words on
        comma = next((i for i in range(tok.i + 1, tok.i + 11) if tok.doc[i].text == ","), None)
        hi = comma - 1 if comma is not None else tok.i + 10
    cut = lo > tok.left_edge.i
    # (not from inside a hyphenated word cut at the start: "hand-written, four-page lawsuit")
    while lo < tok.i and (
        tok.doc[lo].is_punct
        or quote_of_token[lo] >= 0
        or (cut and tok.doc[lo - 1].text == "-" and not tok.doc[lo - 1].whitespace_)
    ):
        lo += 1
    if (
        hi > tok.i
        and tok.doc[hi].ent_type_ in ("DATE", "TIME")
        and tok.doc[hi].dep_ == "pobj"
        and tok.doc[hi].head.dep_ == "prep"
        and tok.doc[hi].head.i > tok.i
    ):
        # ('The Democratic nominee for Arizona governor on Monday demanded': when, not who)
        hi = tok.doc[hi].head.i - 1
    while hi > tok.i and (tok.doc[hi].is_punct or quote_of_token[hi] >= 0):
        hi -= 1
    span = tok.doc[lo : hi + 1]
    text = span.text.strip()
    if not text:
        return None
    head = tok.head
    if (
        tok.dep_ == "appos"
        and head.i < tok.i
        and head.pos_ == "NOUN"
        and _one_persons_noun(head.lemma_.lower())
        and any(c.dep_ in ("det", "nummod") for c in head.children)
        and all(quote_of_token[i] < 0 for i in range(head.left_edge.i, head.i + 1))
    ):
        # 'One resident, a mother of three who asked not to be named,': both descriptions
        text = f"{tok.doc[head.left_edge.i : head.i + 1].text}, {text}"
    # ('one resident, a retired postman': the sex the apposition gives, if any)
    sex = next(
        (
            found
            for c in tok.children
            if c.dep_ == "appos" and c.pos_ == "NOUN" and (found := _role_noun_sex(c.lower_))
        ),
        None,
    )
    return Speaker(text, None, None, key=f"DESC:{text.lower()}", gender=sex)


# Places whose government speaks as the place ("The city said in a statement").
_MUNICIPAL_NOUNS = frozenset("city town county borough".split())
# Places and fields whose body a description may name ("the country's biggest retailer").
_PLACES_AND_FIELDS = frozenset(
    "country nation state city town county region world island province industry sector"
    " market league sport area".split()
)
# Verbs by which someone brings a filing to a court or a regulator.
_FILING_VERBS = frozenset({"file", "bring", "lodge", "launch", "submit"})
# A family as one voice: whose statement it is ('a statement from Mr X's family').
_FAMILY_NOUNS = frozenset({"family", "relative", "parent"})


def _officers_office(tok: Token | None) -> bool:
    """An officer's own office, by the office ('the inspector general's office', 'The New
    York attorney general's office')."""
    return (
        tok is not None
        and tok.lemma_.lower() == "office"
        and any(
            c.dep_ == "poss" and c.pos_ != "PRON" and _compound_head(c).lemma_.lower() in ROLE_WORDS
            for c in tok.children
        )
    )


def _two_sentences_before(tok: Token) -> int:
    """The first token of the sentence two before ``tok``'s (its window for 'one of')."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(2):
        start = doc[start - 1].sent.start if start > 0 else start
    return start


def _one_of_them(tok: Token, quote_of_token: list[int]) -> Speaker | None:
    """'Fans flooded the comments. "...," one wrote.', 'Another was more forgiving:': one of
    the people the sentence before, or this one, was about ('one fan', 'another fan')."""
    if tok.lower_ not in ("one", "another"):
        return None
    them = any(
        c.dep_ == "prep" and c.lower_ == "of" and [g.lower_ for g in c.children] == ["them"]
        for c in tok.children
    )
    if not them and any(c.dep_ == "prep" for c in tok.children):
        return None
    if tok.dep_ not in ("nsubj", "nsubjpass") and not (
        tok.dep_ in ("dobj", "attr", "npadvmod") and tok.i > 0 and tok.head.i < tok.i
    ):
        return None
    doc = tok.doc
    if tok.lower_ == "another" and not them:
        for t in doc[tok.sent.start : tok.i]:
            if (
                t.dep_ in ("nsubj", "nsubjpass")
                and t.pos_ == "NOUN"
                and quote_of_token[t.i] < 0
                and doc[t.left_edge.i].lower_ == "one"
                and t.left_edge.i < t.i
            ):
                # 'One games magazine called it "...", while another described her as "..."':
                # another of the kind its own sentence counted one of
                kind = " ".join(w.lower_ for w in doc[t.left_edge.i + 1 : t.i + 1])
                text = f"{tok.text} {kind}"
                return Speaker(text, None, None, key=f"DESC:{text.lower()}")
    found: list[tuple[int, Token]] = []  # (how directly they spoke, the plural noun)
    for t in reversed(doc[_two_sentences_before(tok) : tok.i]):
        if t.tag_ != "NNS" or t.dep_ not in ("nsubj", "nsubjpass") or quote_of_token[t.i] >= 0:
            continue
        if t.lemma_.lower() in _UNNAMED_PERSON_NOUNS or t.lemma_.lower() in _PEOPLE_NOUNS:
            found.append((0, t))
        # 'Two schedulers ... said ... "...," one of them said': people who spoke (who
        # spoke, not who were told: 'Campaign aides were told to stand down')
        elif them and t.dep_ == "nsubj" and t.head.lemma_.lower() in REPORTING_VERBS:
            found.append((0, t))
        # (or the clause they head: 'Two schedulers interviewed ... said'; after those who
        # spoke: not 'Two employees ... said ... managers had denied layoffs were coming')
        elif them and t.dep_ == "nsubj" and t.head.head.lemma_.lower() in REPORTING_VERBS:
            found.append((1, t))
    if not found:
        return None
    # (the least embedded of a sentence's speakers: 'Two employees ... said ... managers
    # had repeatedly denied it')
    t = min(found, key=lambda item: (item[0], _depth(item[1])))[1]
    if not them:
        text = f"{tok.text} {t.lemma_.lower()}"
        return Speaker(text, None, None, key=f"DESC:{text.lower()}")
    # ('Two people familiar with the talks, who ...': what picks them out, not the aside)
    end = max(
        (
            c.right_edge.i
            for c in t.children
            if c.i == t.i + 1
            and c.dep_ in ("amod", "acl", "prep")
            and all(quote_of_token[i] < 0 for i in range(c.i, c.right_edge.i + 1))
        ),
        default=t.i,
    )
    end = next((i - 1 for i in range(t.i + 1, end + 1) if doc[i].text == ","), end)
    text = f"{tok.text} of the {t.lower_}{doc[t.i : end + 1].text[len(t.text) :]}"
    return Speaker(text, None, None, key=f"DESC:{text.lower()}")


def _one_of_those_counted(tok: Token, quote_of_token: list[int]) -> Speaker | None:
    """'One of the people' after 'two people briefed on the meeting': one of those, as the
    text counted and described them ('One of the people briefed on the meeting')."""
    if tok.lower_ not in ("one", "another"):
        return None
    group = next(
        (
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj" and g.tag_ == "NNS"
        ),
        None,
    )
    if group is None or [c.lower_ for c in group.children] != ["the"]:
        return None
    doc = tok.doc
    for t in reversed(doc[_two_sentences_before(tok) : tok.i]):
        if (
            t.lemma_ == group.lemma_
            and t.tag_ == "NNS"
            and quote_of_token[t.i] < 0
            and any(c.dep_ == "nummod" for c in t.children)
            and any(c.dep_ in ("acl", "prep", "amod") for c in t.children)
        ):
            # the noun and what follows it up to a comma ('people briefed on the meeting')
            end = max(
                [t.i] + [c.right_edge.i for c in t.children if c.i > t.i and c.dep_ != "relcl"]
            )
            end = min(end, t.i + 10)
            comma = next((i for i in range(t.i + 1, end + 1) if doc[i].text == ","), None)
            if comma is not None:
                end = comma - 1
            if any(quote_of_token[i] >= 0 for i in range(t.i, end + 1)):
                return None
            text = f"{tok.text} of the {doc[t.i : end + 1].text}"
            return Speaker(text, None, None, key=f"DESC:{text.lower()}")
    return None


def _ours(tok: Token) -> bool:
    """ "our correspondent": the paper's own."""
    return any(c.dep_ == "poss" and c.lower_ == "our" for c in tok.children)


def _ex_prefix(tok: Token) -> bool:
    """ "ex" of "the ex-Wallaby", taken by the parser for the head of the phrase."""
    doc = tok.doc
    return (
        tok.lower_ == "ex"
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and doc[tok.i + 2].head.i == tok.head.i
        and doc[tok.i + 2].dep_ == tok.dep_
        and tok.i > 0
        and doc[tok.i - 1].lower_ == "the"
    )


_PARTY_WORDS = {"republican": "R", "democrat": "D", "democratic": "D"}
# What candidates stand in ('the Democrat in the race').
_CONTEST_NOUNS = frozenset("race contest election primary runoff".split())
# a member's party and state after the name: ' (D-Calif.)', ', R-Texas,', ' (R., Ohio)'
_PARTY_BRACKET = re.compile(
    r"\s*[(,]\s*([RDI])\.?\s*[-\u2013,]\s*([A-Z][A-Za-z.]*(?: ?[A-Z][A-Za-z.]*){0,2})\s*[),]"
)
# ', a Democrat from Ohio,', ', the Texas Republican,', ', a Democratic senator from Iowa'
_PARTY_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+((?:[A-Z][a-z.]+ ){0,2})(Republican|Democrat|Democratic)\b"
    r"(?:[^,.;()]{0,30}?\bfrom\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
)


def _party_epithet(tok: Token) -> tuple[str, str] | None:
    """'the Ohio Republican', 'the New York Democrat', 'the Republican from Texas': a
    party member described by party and state, as (party letter, state)."""
    if (
        tok.lower_ not in ("republican", "democrat")
        or not tok.text[:1].isupper()
        or tok.tag_ not in ("NN", "NNP")
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    ):
        return None
    modifiers = [t for t in tok.doc[tok.left_edge.i : tok.i] if t.dep_ != "det"]
    place = " ".join(t.text for t in modifiers) if modifiers else None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from" and c.i > tok.i:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                place = tok.doc[pobj.left_edge.i : pobj.i + 1].text
    state = us_state(place) if place and place[:1].isupper() and len(place) > 2 else None
    if state is None:
        # 'the Liberal Democrat', 'the veteran Republican'; 'the Republican' alone names a
        # party's member in too many ways ('also a Republican', 'GOP Rep. X') to pick one
        return None
    return _PARTY_WORDS[tok.lower_], state


def _nation_word(word: str) -> bool:
    """A word that gives a nation ('Dutchman', 'Irish', 'Briton'), in any case."""
    title = word[:1].upper() + word[1:]
    return is_demonym(title) or title in DEMONYMS


_COMPASS_POINTS = frozenset({"north", "south", "east", "west", "central"})


def _demonym_description(tok: Token) -> bool:
    """'the Dutchman', 'an Irishwoman': a nationality noun with an article describes a
    person, whatever the tagger makes of it."""
    return (
        (
            tok.lower_.endswith(("man", "woman", "men", "women"))
            or tok.text in NATIONALITY_NOUNS  # "the Briton", "the Swede"
            # "the Dubliner", not "The New Yorker"
            or (is_demonym(tok.text) and not any(c.dep_ == "compound" for c in tok.children))
            # "the New Zealander": a demonym of two words, whose head is none by itself
            or (
                not is_demonym(tok.text)
                and is_demonym(tok.doc[tok.left_edge.i + 1 : tok.i + 1].text)
            )
            # "the South African": a compass point before a people's name (but "The New
            # Yorker" is a magazine)
            or (
                is_demonym(tok.text)
                and tok.i > 0
                and tok.doc[tok.i - 1].lower_ in _COMPASS_POINTS
                and tok.doc[tok.i - 1].dep_ in ("compound", "amod")
            )
        )
        and tok.text[:1].isupper()
        and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children)
    )


def _said_words(tok: Token) -> set[str]:
    """The lower-case words of the description ``tok`` heads."""
    return {t.lower_ for t in tok.subtree}


_INNER_OPENERS = frozenset(' \t\n(\u2014\u2013-"\u201c')
_INNER_CLOSERS = frozenset(' \t\n.,;:!?)"\u201d\u2014\u2013')


def _outside_inner_quotes(quote_text: str) -> str:
    """The quotation with the words it quotes in single marks blanked out: in 'My agent said
    to me, 'Cole, you've done the gun thing.'' the name is the one spoken to, often the
    speaker himself, not someone he speaks of."""
    chars = list(quote_text)
    opened = -1
    for i, ch in enumerate(quote_text):
        if ch not in ("'", "\u2018", "\u2019"):
            continue
        before = quote_text[i - 1] if i > 0 else " "
        after = quote_text[i + 1] if i + 1 < len(quote_text) else " "
        if opened < 0 and ch != "\u2019" and before in _INNER_OPENERS and after.isalnum():
            opened = i
        elif opened >= 0 and ch != "\u2018" and after in _INNER_CLOSERS and not before.isspace():
            chars[opened : i + 1] = " " * (i + 1 - opened)
            opened = -1
    return "".join(chars)


def _naming_participle(noun: Token) -> Token | None:
    """'named', 'called' or 'identified as' after a description, giving its name: 'a miner
    named X', 'a woman identified as X'."""
    return next(
        (
            c
            for c in noun.children
            # (not 'a statement calling Davis "..."', which calls him something; but 'a
            # group calling itself the Ijaw Freedom Brigade' names itself)
            if c.dep_ == "acl"
            and (
                (c.lemma_.lower() in ("name", "call") and (c.tag_ != "VBG" or _self_naming(c)))
                or (c.lemma_.lower() == "identify" and c.tag_ == "VBN")
            )
            # (not 'The coach called Moritz "a gamer"', read as a clause: someone called
            # something)
            and (
                _self_naming(c)
                or sum(g.dep_ in ("oprd", "dobj", "attr", "xcomp") for g in c.children) < 2
            )
        ),
        None,
    )


def _self_naming(verb: Token) -> bool:
    """'calling itself', 'calling themselves': the reflexive object of a naming verb."""
    return any(
        c.dep_ == "dobj" and c.lower_ in ("itself", "themselves", "himself", "herself")
        for c in verb.children
    )


# Reporting verbs that answer words rather than say them ("X rejected that").
_REBUTTING_VERBS = frozenset(
    "reject deny dispute dismiss challenge contest rebut refute counter contradict".split()
)
# Verbs that, in an "as" clause right after a quotation, say whose words it was.
_AS_IT_WAS_SAID_VERBS = frozenset("say write note observe remark declare insist".split())


def _as_put_it(verb: Token) -> bool:
    """'As Sen. X put it in a speech, "..."', 'as one fan summed it up': the clause gives
    whose words follow."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    if verb.lemma_.lower() in ("put", "sum"):
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    # ('"...," as Judge Lydia Fenwick wrote for the majority': what was written, left out)
    return verb.lemma_.lower() in _AS_IT_WAS_SAID_VERBS and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children
    )


def _compound_head(token: Token) -> Token:
    """The token a chain of compounds ends in ('Peter' and 'Ainsworth' in 'Peter Ainsworth
    MP': 'MP')."""
    steps = 0
    while token.dep_ == "compound" and token.head.i != token.i and steps < 6:
        token, steps = token.head, steps + 1
    return token


def _depth(tok: Token) -> int:
    """Steps from a token up to the root of its sentence."""
    steps = 0
    while tok.head.i != tok.i and steps < 50:
        tok = tok.head
        steps += 1
    return steps


def _description_words(tok: Token) -> list[str]:
    """The words of a noun phrase up to its head ('the shadow chancellor')."""
    return [t.lower_ for t in tok.doc[tok.left_edge.i : tok.i + 1]]


def _beside_the_leads_subject(noun: Token) -> bool:
    """``noun`` is the subject of a clause under its sentence's main verb, whose own subject
    is a different description ('The director ... has defended ..., after a critic
    described ...')."""
    verb = noun.head
    root = noun.sent.root
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb is root:
        return False
    main = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return main is not None and main.pos_ == "NOUN" and main.lemma_ != noun.lemma_


def _passive(verb: Token) -> bool:
    """A passive verb without a by-agent ('was described as', 'being told')."""
    children = list(verb.children)
    return any(c.dep_ == "auxpass" for c in children) and not any(
        c.dep_ == "agent" for c in children
    )


_WH_WORDS = frozenset("how what why when where which who whom".split())


def _asked(name: Token) -> bool:
    """The person a question is put to: the object of 'ask' with a question of its own
    ('asked Ashby whether'); not the subject of the question ('asked whether Reed was fit':
    the asker may well go on)."""
    head = name.head
    return (
        name.dep_ in ("dobj", "dative")
        and head.lemma_.lower() in _QUESTION_VERBS
        # a question put to them ('ask Ashby whether', 'asked Whaley how much he had been
        # paid'), not one asked about them
        and any(
            c.dep_ == "ccomp"
            and c.i > name.i
            and (
                any(g.lower_ in ("whether", "if") for g in c.children)
                or c.left_edge.tag_ in ("WRB", "WP", "WDT")
                or (c.left_edge.i > 0 and c.doc[c.left_edge.i].lower_ in _WH_WORDS)
            )
            for c in head.children
        )
    )


def _goes_on(verb: Token) -> bool:
    """A verb of going on speaking: 'added', 'continued', 'went on'."""
    lemma = verb.lemma_.lower()
    return lemma in _GOING_ON_VERBS or (
        lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
    )


def _agent_of(verb: Token) -> Token | None:
    """The noun of a passive verb's by-agent ('presenter Rachel Devereux' of 'was asked by
    presenter Rachel Devereux')."""
    return next(
        (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
        None,
    )


def _asked_by_someone(verb: Token) -> bool:
    """A passive participle of asking with its asker ('Asked by a reporter,')."""
    return (
        verb.lemma_.lower() in _QUESTION_VERBS
        and verb.tag_ == "VBN"
        and _agent_of(verb) is not None
    )


def _asking_agent(name: Token) -> bool:
    """The one asking in a passive question: 'was asked by presenter Tom Riordan'."""
    return (
        name.dep_ == "pobj"
        and name.head.dep_ == "agent"
        and name.head.head.lemma_.lower() in _QUESTION_VERBS
    )


def _asked_pronoun(verb: Token, sex: str) -> bool:
    """'asked him': a question put to someone of that sex named by a pronoun."""
    wanted = MALE_PRONOUNS if sex == "m" else FEMALE_PRONOUNS
    return verb.lemma_.lower() in _QUESTION_VERBS | _PRESSING_VERBS and any(
        c.dep_ in ("dobj", "dative") and c.lower_ in wanted for c in verb.children
    )


# Abbreviated ranks and titles the tokenizer may split from their full stop ('Brig.').
_RANK_ABBREVIATIONS = frozenset(TITLE_ABBREVIATIONS) | {"brig", "maj", "cpl", "dr", "rev"}


def _abbreviation_stop(doc: Doc, i: int) -> bool:
    """The full stop at ``i`` ends an abbreviated rank before a name ('Air Force Brig.
    Gen. Patrick Ryland told reporters'), not a sentence."""
    return (
        doc[i].text == "."
        and i > 0
        and i + 1 < len(doc)
        and doc[i - 1].lower_ in _RANK_ABBREVIATIONS
        and doc[i - 1].is_title
        and doc[i + 1].is_title
        and doc[i].idx == doc[i - 1].idx + len(doc[i - 1].text)
    )


def _written_reads(verb: Token) -> bool:
    """'"...," Morquendi's message read': a writing that reads so speaks those words."""
    return verb.lower_ in ("read", "reads") and any(
        c.dep_ in ("nsubj", "compound") and c.i < verb.i and c.lemma_.lower() in _WRITINGS
        for c in verb.children
    )


def _state_body(tok: Token) -> bool:
    """'The UK's data watchdog', 'the country's TV regulatory agency': a body a place owns,
    not the body last talked about, unless an epithet ranks it ('the country's biggest
    retailer') or calls it a trading kind."""
    lemma = tok.lemma_.lower()
    return (
        lemma not in _TRADING_NOUNS
        and any(
            c.dep_ == "poss"
            and (c.ent_type_ in ("GPE", "LOC") or c.lemma_.lower() in ("country", "nation"))
            for c in tok.children
        )
        and not any(c.tag_ == "JJS" or c.ent_type_ == "ORDINAL" for c in tok.subtree if c.i < tok.i)
    )


# Nouns for things and bodies, never "he" or "she" ('A report told ...').
_NEVER_PERSON_NOUNS = BODY_NOUNS | NOT_PERSON_NOUNS | AUTHORED_NOUNS | SPEECH_NOUNS

# Verbs that give someone an office ('named X as interim chancellor').
_APPOINTING_VERBS = frozenset(
    "name appoint elect install choose select hire tap pick nominate promote confirm".split()
)


def _office_member(member: Token) -> bool:
    """A member of a body named by its kind, who holds a brief ('the cabinet member for
    transport', 'the board member for finance')."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in member.children) and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in member.children
    )


def _role_nouns_own_words(office: Token) -> set[str]:
    """The words before a role noun that are its office's own: compounds ('the head
    teacher') and, for an office one person holds at a time, a rank ('the department's
    assistant secretary')."""
    return {
        g.lemma_.lower()
        for g in office.children
        if g.i < office.i
        and (
            g.dep_ == "compound"
            or (
                g.dep_ == "amod"
                and g.lower_ in _LESSER_RANKS - {"former"}
                and office.lemma_.lower() in _OFFICES
            )
        )
    }


def _finding_of_a_body(verb: Token) -> bool:
    """'found' reporting what a body, a document or a group of investigators concluded ('The
    MPs found the system was ...', 'The report found ...'), not what a person came upon."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return False
    lemma = subject.lemma_.lower()
    if not any(c.dep_ == "ccomp" for c in verb.children):
        # 'A 2019 review by the county's auditor found "no evidence of ..."': what an
        # inquiry's writing found
        return lemma in DOCUMENT_NOUNS | _INQUIRY_NOUNS and any(
            c.dep_ == "dobj" for c in verb.children
        )
    return (
        lemma in BODY_NOUNS
        # 'An audit released last month by the state auditor found that ...'
        or lemma in _INQUIRY_NOUNS
        or subject.ent_type_ == "ORG"
        or (subject.tag_ == "NNS" and (lemma in ROLE_WORDS or lemma in _INVESTIGATORS))
        # 'Mr Justice Hargreaves found that ...', 'the coroner found': a judgment
        or lemma in _JUDGING
        or any(c.dep_ == "compound" and c.lower_ in _JUDGING for c in subject.children)
        # 'The department's inspector general ... found that', 'the state auditor found'
        or lemma in _AUDITING_OFFICES
        or any(c.dep_ == "compound" and c.lower_ in _AUDITING_OFFICES for c in subject.children)
    )


# A government department's adjectives, which tell ministers apart ('the foreign
# minister', 'the defence secretary').
_PORTFOLIOS = frozenset("foreign defense defence home interior finance prime first".split())
# The policy areas a party's spokesperson speaks on ('the Conservatives' health spokesman').
_POLICY_AREAS = _PORTFOLIOS | frozenset(
    """health education finance justice transport housing environment economy treasury
    energy business rural welfare policing immigration culture""".split()
)


def _party_portfolio(role: Token) -> bool:
    """A spokesperson of someone's on a policy area ('the Conservatives' health spokesman',
    "Labour's education spokeswoman"): an office its holder is named in, not an anonymous
    press officer."""
    return any(c.dep_ == "poss" for c in role.children) and any(
        c.dep_ in ("compound", "amod") and c.i < role.i and c.lower_ in _POLICY_AREAS
        for c in role.children
    )


# Officers whose job is to examine, whose findings are reported ('the inspector general
# found that ...').
_AUDITING_OFFICES = frozenset("inspector auditor ombudsman comptroller examiner".split())
# Those whose findings are a judgment ('Judge X found that ...').
_JUDGING = frozenset("judge justice coroner magistrate sheriff jury tribunal".split())
# Names for one piece of research ('a report', 'the study', 'the survey').
_STUDY_NOUNS = frozenset("report study survey review research analysis".split())
# Inquiries whose findings are reported ('An audit found "serious failings"').
_INQUIRY_NOUNS = frozenset("audit inquiry investigation inspection probe".split())
# plural nouns for people who may speak together ('Experts say ...')
_PEOPLE_NOUNS = frozenset(
    "people expert critic fan parent voter police scientist doctor official source".split()
)


def _plural_reporter(token: Token) -> Token | None:
    """For 'they' as the subject of a clause reported by a verb whose own subject is a plural
    noun ('The two governments said they had agreed ...'), or of a verb closing the report
    of a plural noun's clause ('The manufacturers want ..., they say'): that noun."""
    if token.lower_ != "they" or token.dep_ != "nsubj":
        return None
    verb = token.head
    if verb.dep_ in ("ROOT", "parataxis") and verb.lemma_.lower() in REPORTING_VERBS:
        # '... to get the "true impact" of HD, they say': a report closing the sentence
        # of the plural noun that is its reported clause's subject
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i), None)
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause else None
        if (
            subject is not None
            and subject.tag_ in ("NNS", "NNPS")
            # people or bodies ('manufacturers', 'experts'), not 'Prices will rise, they say'
            and (
                subject.lemma_.lower() in _PEOPLE_NOUNS | ROLE_WORDS | ORG_NOUNS
                or subject.lemma_.lower().endswith(("er", "ist", "ant", "ent"))
            )
        ):
            return subject
        return None
    if token.head.dep_ != "ccomp":
        return None
    verb = token.head.head
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ not in ("NNS", "NNPS") or subject.i > token.i:
        return None
    return subject


def _dateline_credit(span: Span) -> bool:
    """``span`` is the wire service in brackets of a dateline ('LONDON, March 3 (Reuters) -')."""
    doc = span.doc
    if not (0 < span.start and span.end < len(doc)):
        return False
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    i = span.start - 1
    while i > 0 and "\n" not in doc[i - 1].text and span.start - i < 10:
        i -= 1
    return (i == 0 or "\n" in doc[i - 1].text) and _dateline(doc[i])


def _dateline(tok: Token) -> bool:
    """``tok`` is the place name in capitals that opens a line and a dash ends
    ('WASHINGTON —', 'TOPEKA, Kan. —', 'NEW YORK (AP) —')."""
    doc = tok.doc
    start = tok.left_edge.i
    if not (start == 0 or "\n" in doc[start - 1].text):
        return False
    if not (tok.is_upper and len(tok.text) > 1):
        return False
    # a place ('NEW YORK —'), not a body in capitals with an aside ('NASA — which has ...'),
    # unless a wire service credits it ('KASTOR, March 3 (Reuters) -')
    known = is_place_name(doc[start : tok.i + 1].text.title())
    credited = False
    for t in doc[tok.i + 1 : tok.i + 10]:
        if t.text in DATELINE_DASHES:
            return known or credited or _state_after_town(doc[tok.i + 1 : t.i])
        if t.pos_ in ("VERB", "AUX") or "\n" in t.text:
            return False
        if (
            t.text == ")"
            and t.i >= 2
            and doc[t.i - 2].text == "("
            and doc[t.i - 1].text[:1].isupper()
        ):
            credited = True  # '(Reuters)', '(AP)'
    return False


def _in_a_dateline(span: Span) -> bool:
    """``span`` stands in the dateline that opens its line, before its dash ('BROOKHAVEN,
    Ohio —', 'PHOENIX —')."""
    doc = span.doc
    start = span.start
    while start > 0 and "\n" not in doc[start - 1].text and span.start - start < 6:
        start -= 1
    if not _dateline(doc[start]):
        return False

    def spaced_dash(t: Token) -> bool:
        # (not the hyphen of 'Sen. X (D-Pa.)')
        return t.text in DATELINE_DASHES and bool(doc[t.i - 1].whitespace_)

    if any(spaced_dash(t) for t in doc[start + 1 : span.start]):
        return False  # 'PITTSBURGH — Sen. Evelyn X (D-Pa.) and ...': after the dateline
    return any(spaced_dash(t) for t in doc[span.end : span.end + 4])


def _ends_dateline(dash: Token) -> bool:
    """``dash`` ends the dateline that opens its line ('SALMON, Idaho — "The nearest ...'),
    which is no part of the sentence after it."""
    doc = dash.doc
    start = dash.i
    while start > 0 and "\n" not in doc[start - 1].text and dash.i - start < 12:
        start -= 1
    return any(_dateline(t) for t in doc[start : dash.i] if t.is_upper)


# A state's abbreviation in a dateline, as one token: "N.J.", "D.C.", "Calif.", "Tenn.".
_STATE_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.")


def _state_after_town(words: Span) -> bool:
    """ "SALMON, Idaho —": the words between a town in capitals and the dash of a dateline
    are a comma and a known place or a state's abbreviation ("Kan.")."""
    if len(words) < 2 or words[0].text != ",":
        return False
    place = words[1:]
    if len(place) == 2 and place[1].text == "." and not place[0].whitespace_:
        return place[0].is_title and len(place[0]) <= 5  # "Kan" "."
    if len(place) == 1 and _STATE_ABBREVIATION.fullmatch(place[0].text):
        return True  # "N.J.", "Calif."
    return all(t.is_title for t in place) and is_place_name(place.text)


def _own_sentence(quoted: str) -> bool:
    """Quoted words that make a sentence of their own: a capital first, a stop last."""
    quoted = quoted.strip()
    return quoted[:1].isupper() and quoted[-1:] in (".", "!", "?")


def _hyphened_word_end(tok: Token) -> Token:
    """The last part of a hyphened word the parser split, when a name stands in apposition
    to it ('co' of "Quillon's co-founder and chief executive, Arjun Seetharam" is read as
    'founder', whose apposition names the person)."""
    doc = tok.doc
    end = tok
    while (
        end.i + 2 < len(doc)
        and not end.whitespace_
        and doc[end.i + 1].text == "-"
        and not doc[end.i + 1].whitespace_
        and doc[end.i + 2].is_alpha
    ):
        end = doc[end.i + 2]
    return end if end is not tok and _named_in_apposition(end) else tok


def _named_in_apposition(noun: Token) -> bool:
    """A name stands in apposition to the noun ('his wife, Cherie,'), not a description
    ('His wife, a teaching assistant,'), however the parser hung the name ('His widow,
    Folake Adebanjo, said' with two subjects)."""
    if any(
        c.dep_ == "appos"
        and (c.ent_type_ == "PERSON" or (c.pos_ == "PROPN" and c.ent_type_ != "NORP"))
        for c in noun.children
    ):
        return True
    doc = noun.doc
    at = noun.i + 2
    if at >= len(doc) or doc[noun.i + 1].text != "," or doc[at].ent_iob_ != "B":
        return False
    end = at + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[at].ent_type_ == "PERSON" and end < len(doc) and doc[end].text == ","


def _age_epithet(tok: Token) -> bool:
    """'the 28-year-old', 'the 55-year-old Frenchman': an age used as a person epithet; a
    rank is one too ('The world number one was forced to go the distance')."""
    if tok.lower_ == "old" or tok.lower_.endswith("-old"):
        return True
    if _rank_epithet(tok):
        return True
    return tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "-" and tok.doc[tok.i - 2].lower_ == "old"


_RANKS = frozenset("one two three four five six seven eight nine ten 1 2 3 4 5 6 7 8 9 10".split())
# words right before an age given in a clause ('who is also 22', 'aged 22', 'now 22')
_AGE_LEADS = frozenset("is was also aged age now turned turns both".split())
_AGE_WORD = re.compile(r"(\d{1,3})-year-old", re.IGNORECASE)


def _age_number(token: Token) -> int | None:
    """A whole number that may be a person's age."""
    if not token.text.isdecimal() or len(token.text) > 3:
        return None
    age = int(token.text)
    return age if 1 <= age <= 115 else None


def _year_old_age(doc: Doc, old: int) -> int | None:
    """The age of '34-year-old' whose "old" (or single token) is at ``old``."""
    if (m := _AGE_WORD.fullmatch(doc[old].text)) is not None:
        return int(m.group(1))
    if doc[old].lower_ != "old" or old < 4:
        return None
    if [t.lower_ for t in doc[old - 3 : old]] != ["-", "year", "-"]:
        return None
    return _age_number(doc[old - 4])


def _age_in_epithet(token: Token) -> int | None:
    """The age an epithet gives: 34 for 'the 34-year-old' or 'the 34-year-old Frenchman'."""
    for k in range(token.i, max(-1, token.i - 4), -1):
        age = _year_old_age(token.doc, k)
        if age is not None:
            return age
        if k < token.i and token.doc[k].pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
    return None


def _age_beside(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """The age given beside a name, and the index of the token giving it: 'Akinola, 34,',
    'Smith, aged 40,' or '34-year-old Ruth Akinola'."""
    after = doc[last + 1 : last + 5]
    if len(after) >= 3 and after[0].text == ",":
        number = after[2] if after[1].lower_ == "aged" and len(after) >= 4 else after[1]
        closing = doc[number.i + 1] if number.i + 1 < len(doc) else None
        if closing is not None and closing.text in (",", ".", ";", ")", "-", "–", "—"):
            age = _age_number(number)
            if age is not None:
                return age, number.i
    age = _year_old_age(doc, first - 1) if first > 0 else None
    return (age, first - 1) if age is not None else None


def _bare_number(doc: Doc, i: int) -> int | None:
    """The whole number at token ``i`` when it reads as an age given some other way ('who
    is also 22', 'aged 22'; not '22 previous convictions', '23 March')."""
    t = doc[i]
    if not t.text.isdecimal() or len(t.text) > 3 or i == 0:
        return None
    if doc[i - 1].lower_ not in _AGE_LEADS:
        return None
    if i + 1 < len(doc) and not (doc[i + 1].is_punct or doc[i + 1].lower_ in ("years", "and")):
        return None
    return int(t.text)


def _closes_aside(clause: Token, conjunct: Token) -> bool:
    """A dash or closing bracket between a relative clause and its conjunct ends the
    clause as an aside ('Factory - which lasted 14 years - but conceded')."""
    return any(
        t.text in ("-", "–", "—", ")") for t in clause.doc[clause.i + 1 : conjunct.i]
    ) and any(t.text in ("-", "–", "—", "(") for t in clause.doc[clause.head.i : clause.i])


def _rank_epithet(tok: Token) -> bool:
    """'number one' or 'number two' ending its noun phrase ('the world number one', not
    'the number one priority')."""
    doc = tok.doc
    if (
        tok.text != "number"  # not "Number 10", Downing Street
        or tok.i + 1 >= len(doc)
        or doc[tok.i + 1].lower_ not in _RANKS
    ):
        return False
    return tok.i + 2 >= len(doc) or doc[tok.i + 2].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _sentence_like(doc: Doc, first: int, last: int, words: list[str]) -> bool:
    """A clause (a verb with some content) or a long stretch of words."""
    if len(words) >= 6:
        return True
    if len(words) < 3:
        return False
    # a clause verb, not a participle modifying a noun ('a "targeted employment area"')
    return any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "nmod")
        for t in doc[first : last + 1]
    )


def _not_speech(quote: str, words: list[str]) -> bool:
    """Quoted words that are a title, a name, a link or a code rather than speech."""
    if not words:
        return True
    stripped = quote.strip()
    if " " not in stripped and ("/" in stripped or "@" in stripped or stripped.isdigit()):
        return True
    if len(words) > 10:
        return False
    bare = stripped.rstrip(",.;:")
    if bare[-1:] in ("!", "?"):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) < 2:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content)


_TITLE_CONTEXT = frozenset(
    "of on in at during from for to a an the his her its their our my your 's ’s".split()
)


def _title_position(text: str, q: RawQuote) -> bool:
    """A title-like quotation inside a noun phrase or after a preposition ('on "Meet the
    Press"', 'MSNBC's "Morning Joe"', 'a "Commander-in-Chief Forum"')."""
    before = text[max(0, q.open_mark - 20) : q.open_mark].rstrip()
    if before.endswith(("'s", "’s")):
        return True
    words = before.split()
    return bool(words) and words[-1].lower() in _TITLE_CONTEXT


# what comes right before a name or a title the text gives, not words anyone said:
# 'nicknamed "El Tigre"', 'known online as "Dracula"', 'his memoir, "Walking to Kampala"'
# (lower case: not a title-case headline's 'Adele Says Album "Saved My Life"')
_NAME_GIVEN_BEFORE = re.compile(
    r"\b(?:nicknamed|dubbed|christened|known(?: \w+){0,4} as|billed as|call(?:s|ed)? (?:him|"
    r"her|it|them|themselves|himself|herself)|[Rr]eferred to(?: (?:in|by) \w+(?: \w+){0,2})? as)"
    r"\s*$"
)
# 'has deemed Tuesday "Free Mojtaba and Arash Day"': a day or a thing given a name of
# several title-case words, whoever gives it
_NAMING_VERB_BEFORE = re.compile(
    r"\b(?:deem|declar|designat|proclaim)(?:s|ed|es)?(?: \w+){1,2}\s*$"
)
# a name given to someone, which stays a name even when it is an ordinary word ('nicknamed
# "Hurricane"', 'under the pen name "Operator 7"'); not 'called it "Pathetic"'
_NICKNAMED_BEFORE = re.compile(
    r"\b(?:nicknamed|christened|known(?: \w+){0,4} as|(?:pen|stage|code|screen|user|ring) ?name|"
    r"nickname|alias|moniker|[Rr]eferred to(?: (?:in|by) \w+(?: \w+){0,2})? as)\s*$"
)
# kinds of work whose titles follow them, though a comma after one may end a phrase instead
_WORK_KINDS = "drama|comedy|sitcom|soap|programme|blog|magazine|podcast|poem|anthology|opera|ballet"
_TITLE_GIVEN_BEFORE = re.compile(
    r"\b(?:memoir|autobiography|book|novel|album|single|song|film|movie|play|documentary|"
    r"musical|series|exhibition|debut|(?:pen|stage|code|screen|user|ring) ?name|nickname|"
    r"alias|moniker),?\s*$"
    # a kind of work right before the title, or with a comma when it opens its phrase ('Her
    # blog, "Diary Of A Doorstep Mum", attracts'; not 'Writing on his blog, "Shame On You
    # All," the MP attacked', his words)
    rf"|\b(?:{_WORK_KINDS})\s*$"
    r"|(?<!\bon )(?<!\bin )(?<!\bof )(?<!\bto )(?<!\babout )\b(?i:his|her|their|its|the|a|"
    rf"new|latest|hit) (?:\w+ )?(?:{_WORK_KINDS}),\s*$"
)


# a word, a slogan or a motto cited as such ('the term "lawfare"'), not one that someone is
# said to have used or coined ('coined the phrase "liberati"', 'his phrase "..."')
_TERM_BEFORE = re.compile(
    r"(?<!coined )(?<!coining )(?<!used )(?<!using )(?<!uttered )(?<!repeated )"
    r"(?<!repeating )(?<!chanted )(?<!chanting )(?<!shouted )(?<!shouting )"
    r"\bthe (?:term|word|phrase|expression|slogan|motto|catchphrase|hashtag|acronym)\s*$"
)
# a term or a name given with no one said to give it ('a small program, known as an
# "aggregator"', 'known to his team-mates as "the Professor"', 'in what has been dubbed
# "rugby's version of Rocky II"', 'campaigned on a slogan of "Say no to Europe"'), whatever
# its case; not 'what he called "bullying"'
_TERM_GIVEN_BEFORE = re.compile(
    r"\b(?:billed as|known(?: (?:to|by|among|in) [\w'’-]+(?: [\w'’-]+){0,3})? as|"
    r"slogan(?: of)?|(?:terms|words) like|"
    r"what(?:['’]s| is| are| was| were| has been| have been| had been| will be) "
    r"(?:called|dubbed|known as|termed|billed as))(?: (?:a|an|the))?\s*$"
)
# ... and outside a reported clause, whose speaker may be the one naming it ('Clinton says
# the Ohio native nicknamed "King James" is ...')
_TERM_NAMED_BEFORE = re.compile(r"\b(?:nicknamed|dubbed|christened)(?: (?:a|an|the))?\s*$")
# 'the so-called "finfluencers"', 'a group calling itself "NightHarvest"': a name or a term
# held at a distance, whoever is reporting
_SO_CALLED_BEFORE = re.compile(r"\bso[- ]called\s*$", re.IGNORECASE)
# 'a group calling itself "NightHarvest"': a name taken (not 'called himself "lucky"')
_SELF_NAMED_BEFORE = re.compile(r"\bcall(?:s|ed|ing)? (?:itself|himself|herself|themselves)\s*$")
# punctuation inside a quotation that makes it more than a cited word or phrase
_INNER_PUNCTUATION = re.compile(r"[.!?,;:]")
# a participle that gives a work its title, whatever its case and punctuation (not "is
# entitled", "felt entitled": a right)
# a kind of work set off after a title-case quotation ('"The Cloakroom," a weekly
# politics podcast hosted by X')
_WORK_SET_OFF_AFTER = re.compile(
    r",?\s*,?\s*(?:a|an|the|her|his|their)\s+(?:[\w-]+\s+){0,3}"
    r"(?:podcast|show|programme|program|series|book|memoir|novel|film|documentary|album"
    r"|song|play|musical|newsletter|blog|column|website|magazine)\b"
)
_TITLED_BEFORE = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bfelt )(?<!\bfeel )"
    r"(?<!\bfeels )(?<!\bbeen )\b(?:titled|entitled|subtitled)\s*:?\s*$"
)


def _in_clausal_complement(verb: Token, i: int) -> bool:
    """Token ``i`` lies in a clause the verb reports ('Clinton says [the Ohio native
    nicknamed "King James" is ...]'), not in its object ('pointed to the adaptor, nicknamed')."""
    return any(
        c.dep_ in ("ccomp", "xcomp") and c.left_edge.i <= i <= c.right_edge.i for c in verb.children
    )


def _name_or_title_given(
    text: str, q: RawQuote, words: list[str], reported: bool, said_within: bool = False
) -> bool:
    """Capitalised words right after a work's noun (a title: 'his memoir, "Walking to
    Kampala"') or, outside reported words, a naming verb (a nickname: 'Arancibia, nicknamed
    "El Tigre", will'); not 'called him "a disgrace"', nor the nickname someone is reported
    using ('Clinton says the Ohio native nicknamed "King James" is ...')."""
    if q.close_mark < 0 or not words:
        return False
    lo = max(0, q.open_mark - 40)
    if len(words) <= 15 and _TITLED_BEFORE.search(text, lo, q.open_mark) is not None:
        return True  # 'a memoir titled "Hoosier Grit: A Life in Public Service."'
    if (
        len(words) <= 5
        and _INNER_PUNCTUATION.search(text[q.start : q.end].rstrip(" .,")) is None
        and _TERM_BEFORE.search(text, lo, q.open_mark) is not None
    ):
        return True  # 'embraced the term "lawfare"', 'the slogan "Britain is Working"'
    if (
        len(words) <= 5
        and _INNER_PUNCTUATION.search(text[q.start : q.end].rstrip(" .,")) is None
        and (
            _SO_CALLED_BEFORE.search(text, lo, q.open_mark) is not None
            or (
                _SELF_NAMED_BEFORE.search(text, lo, q.open_mark) is not None
                and all(w[:1].isupper() for w in words if w.lower() not in _SMALL_WORDS)
            )
        )
    ):
        return True  # 'the so-called "finfluencers"', 'a group calling itself "NightHarvest"'
    if (
        len(words) <= 8
        and _INNER_PUNCTUATION.search(text[q.start : q.end].rstrip(" .,")) is None
        and (
            _TERM_GIVEN_BEFORE.search(text, lo, q.open_mark) is not None
            or (not said_within and _TERM_NAMED_BEFORE.search(text, lo, q.open_mark) is not None)
        )
    ):
        return True  # 'a small computer program, known as an "aggregator"'
    if len(words) > 6:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content or not all(w[0].isupper() or w[0].isdigit() for w in content):
        return False
    if _WORK_SET_OFF_AFTER.match(text, q.close_mark + 1 if q.close_mark >= 0 else q.end):
        return True  # 'on "The Cloakroom," a weekly politics podcast': a work's title
    if (
        len(content) == 1
        and is_common_word(content[0])
        and _NICKNAMED_BEFORE.search(text, lo, q.open_mark) is None
    ):
        return False  # 'called it "Pathetic"': a word said of it
    quote = text[q.start : q.end].rstrip()
    if quote[-1:] in ("!", "?", "."):
        return False
    if _TITLE_GIVEN_BEFORE.search(text, lo, q.open_mark) is not None:
        return True
    if len(content) >= 2 and _NAMING_VERB_BEFORE.search(text, lo, q.open_mark) is not None:
        return True
    return not reported and _NAME_GIVEN_BEFORE.search(text, lo, q.open_mark) is not None


def _markup_value(text: str, q: RawQuote) -> bool:
    """An attribute value in left-over markup: author="name"."""
    return q.open_mark > 0 and text[q.open_mark - 1] == "="


def _nickname(text: str, q: RawQuote, words: list[str]) -> bool:
    """'Marcia "Cia" Price': one or two capitalised words between parts of a name."""
    if q.close_mark < 0 or len(words) > 2 or not all(w[0].isupper() for w in words):
        return False
    before = text[max(0, q.open_mark - 30) : q.open_mark].split()
    after = text[q.close_mark + 1 : q.close_mark + 30].split()
    if not (before and after and after[0][:1].isupper()):
        return False
    if (
        (
            before[-1][-1:] in ".!?:;"
            and before[-1].rstrip(".").lower() not in HONORIFICS
            and not (len(before[-1]) == 2 and before[-1][0].isupper())  # 'Robert C. "Bobby"'
        )
        or "\n" in text[max(0, q.open_mark - 3) : q.open_mark]
        or text[q.start : q.end].rstrip()[-1:] in ",.!?"
    ):
        return False  # '... not in Wisconsin.¶"Yes," Holloway said.': a sentence's words
    # 'Marcia "Cia" Price', 'the "New" Labour manifesto'
    return before[-1][:1].isupper() or before[-1].lower() in PRENOMINAL_DETERMINERS


# prepositions that open a participle's time clause before the main one ('After saying')
_TIME_PREPOSITIONS = frozenset({"after", "before", "while", "since", "on", "upon", "when"})


class _Context:
    """The words around one quotation: its sentence outside the marks."""

    def __init__(
        self,
        doc: Doc,
        index: _DocIndex,
        quote_of_token: list[int],
        line_of_token: list[int],
        k: int,
        first: int,
        last: int,
        raw: RawQuote,
        text: str,
    ) -> None:
        self.doc = doc
        self.index = index
        self.quote_of_token = quote_of_token
        self.line_of_token = line_of_token
        self.k = k
        self.first = first
        self.last = last
        self.raw = raw
        self.text = text
        self.inner = raw.end - 1
        while self.inner > raw.start and text[self.inner].isspace():
            self.inner -= 1
        self.speaker_token: Token | None = None
        # a headline's 'X Defends Suit: "..."', whose words before the colon name no one
        self.unnamed_headline_label = False
        self.cue_token: Token | None = None
        self.pre = self._pre_tokens()
        self.post = self._post_tokens()

    def starts_sentence(self) -> bool:
        """Nothing of its sentence before the opening mark."""
        return not self.pre

    def described_object(self) -> bool:
        """The quotation is what a describing verb describes, not the description: 'described
        "Tower Block Hymns" as "..."', 'called "Red Mesa" "a triumph"'."""
        doc = self.doc
        heads = [
            t
            for t in doc[self.first : self.last + 1]
            if not t.is_punct and not self.first <= t.head.i <= self.last
        ]
        if len(heads) != 1 or heads[0].dep_ != "dobj":
            return False
        verb = heads[0].head
        return verb.lemma_.lower() in _DESCRIBING_VERBS and any(
            c.i > self.last and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as"))
            for c in verb.children
        )

    def _pre_tokens(self) -> list[int]:
        """Tokens of the quotation's sentence before its opening mark, nearest first; skips
        other quotations that do not end a sentence; crosses to the previous line only when
        that line ends with a colon."""
        doc, line = self.doc, self.line_of_token[self.first]
        quote_of, spans, ends_stop = self.quote_of_token, self.index.spans, self.index.ends_stop
        out: list[int] = []
        crossed = False
        i = self.first - 1
        while i >= 0 and len(out) < 80:
            t = doc[i]
            if t.is_space:
                i -= 1
                continue
            if self.line_of_token[i] != line:
                if out or crossed or t.text != ":":
                    break
                crossed = True
                line = self.line_of_token[i]
            qk = quote_of[i]
            if qk >= 0:
                if ends_stop[qk] or self.line_of_token[spans[qk][0]] != line:
                    break
                i = spans[qk][0] - 1
                continue
            if t.text in SENTENCE_END or (t.text in DATELINE_DASHES and _ends_dateline(t)):
                break
            out.append(i)
            i -= 1
        return out

    def _post_tokens(self) -> list[int]:
        """Tokens of the quotation's sentence after its closing mark, nearest first."""
        doc, line = self.doc, self.line_of_token[self.last]
        quote_of, spans, ends_stop = self.quote_of_token, self.index.spans, self.index.ends_stop
        out: list[int] = []
        if self.raw.close_mark < 0:
            return out
        i = self.last + 1
        if ends_stop[self.k]:
            # '..."' followed by a capitalised word starts a new sentence.
            j = i
            while j < len(doc) and doc[j].is_space and self.line_of_token[j] == line:
                j += 1
            if j >= len(doc) or self.line_of_token[j] != line:
                return out
            if (
                doc[j].text[:1].isupper()
                and not self._short_attribution(j, line)
                and not self._asker_after(j)
            ):
                return out
            if quote_of[j] >= 0 or (j + 1 < len(doc) and quote_of[j + 1] >= 0):
                # '"... them?" "This is the day," said X': the sentence ended; the next
                # quotation's words and speaker are its own
                return out
        while i < len(doc) and len(out) < 80:
            t = doc[i]
            if self.line_of_token[i] != line:
                break
            qk = quote_of[i]
            if qk >= 0:
                if ends_stop[qk]:
                    break
                i = spans[qk][1] + 1
                continue
            if t.text in SENTENCE_END and not _abbreviation_stop(doc, i):
                break
            if not t.is_space:
                out.append(i)
            i += 1
        return out

    def _asker_after(self, j: int) -> bool:
        """'"Where in the statute ...?" Judge Adeline Moreau asked the board's lawyer early
        in the argument.': after a question, a sentence that opens with its subject and
        whose verb asks, reporting nothing of its own, is the question's attribution."""
        doc = self.doc
        if self.inner < 0 or self.text[self.inner] != "?":
            return False
        sent = doc[j].sent
        root = sent.root
        return (
            sent.start == j
            and root.lemma_.lower() in _QUESTION_VERBS
            and any(c.dep_ == "nsubj" and c.left_edge.i == j for c in root.children)
            and not any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in root.children)
            and not any(self.quote_of_token[i] >= 0 for i in range(j, sent.end))
        )

    def _short_attribution(self, j: int, line: int) -> bool:
        """'"...." Hailey later recalled.': a short sentence after a closed quotation that
        is only a name and a reporting verb."""
        doc = self.doc
        end = j
        while end < len(doc) and self.line_of_token[end] == line and end - j <= 8:
            if doc[end].text in SENTENCE_END or doc[end].text == ",":
                break
            if self.quote_of_token[end] >= 0:
                break
            end += 1
        # '"...?" Trump said, looking out on the crowd.' - a participle may follow
        if (
            end - j > 8
            or end >= len(doc)
            or (doc[end].text not in SENTENCE_END and doc[end].text != ",")
        ):
            return False
        if doc[j].pos_ == "SCONJ":
            return False  # '"..." If admitted into the EU, Turkey would ...': a new clause
        if doc[end].text == "," and self._speaker_sentence(j, line):
            return True
        return any(
            (
                (
                    doc[i].lemma_.lower() in REPORTING_VERBS
                    and doc[i].lemma_.lower() not in WEAK_VERBS
                )
                # ('"...?" McAllister shot back.')
                or (
                    doc[i].lemma_.lower() in _RETORT_VERBS
                    and any(c.lower_ == "back" for c in doc[i].children)
                )
            )
            and doc[i].pos_ == "VERB"
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in doc[i].children)
            # someone speaks: a subject, or one named after the verb ("added Mr Frost")
            and (
                any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[i].children)
                or (i + 1 < end and doc[i + 1].pos_ in ("PROPN", "DET", "PRON"))
            )
            for i in range(j, end)
        )

    def _speaker_sentence(self, j: int, line: int) -> bool:
        """'"...!" The party's new chairman, Tim Smith, told reporters.': a whole sentence
        after the quotation that is a described speaker and a reporting verb with nothing
        said of its own - what was said is the quotation."""
        doc = self.doc
        sent = doc[j].sent
        root = sent.root
        last = next(t for t in reversed(sent) if not t.is_space)
        if self.k > 0 and self.line_of_token[self.index.spans[self.k - 1][1]] == line:
            return False  # '"..." "...!" Barcelona's coach, X, disagreed.': a voice goes on
        if (
            sent.start != j
            or self.line_of_token[last.i] != line
            or last.text not in (".", "!")
            or any(self.quote_of_token[i] >= 0 for i in range(j, last.i + 1))
            or root.pos_ != "VERB"
            or root.lemma_.lower() not in _SPEAKING_VERBS
        ):
            return False  # not a reaction ('responded', 'disagreed', 'laughed')
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.left_edge.i != j or subject.pos_ == "PRON":
            return False
        for c in root.children:
            if c.dep_ in ("ccomp", "xcomp", "advcl", "conj", "dative"):
                return False  # something said, or done, of its own
            if c.dep_ == "dobj" and not (
                root.lemma_.lower() == "tell" and c.pos_ in ("NOUN", "PROPN", "PRON")
            ):
                return False  # only the listener: 'told reporters'
        return True

    # ---- cues ----------------------------------------------------------------------
    def _person_set_off_after_party(self, subject: Token) -> Token | None:
        """ "The panel's top Republican, Rep. Dwight Harkness of Texas, accused": the person
        set off after a party word the model tagged as a people, however the parser hung
        the name (in apposition or as a conjunct)."""
        found = self.index.speaker_of_token(subject)
        if found is None or found.label != "NORP" or self.doc[subject.i + 1].text != ",":
            return None
        for c in subject.children:
            if (
                c.dep_ in ("appos", "conj")
                and c.i > subject.i
                and not any(t.dep_ == "cc" for t in self.doc[subject.i + 1 : c.i])
                and self.quote_of_token[c.i] < 0
                and (sp := self.index.speaker_of_token(c)) is not None
                and sp.label == "PERSON"
            ):
                return c
        return None

    def _root_of_verbless_sentence(self, verb: Token) -> Token | None:
        """'Rep. X, a Democrat whose district includes the former Y Base, where ...,
        called the rule "..."': a verb after a comma that the parser hung on the last noun
        of a long apposition, in a sentence it left without a verb, is the verb of the
        person named first, whom this gives."""
        if (
            verb.dep_ != "acl"
            or verb.tag_ not in ("VBD", "VBN")
            or self.doc[verb.i - 1].text != ","
        ):
            return None
        root = verb.sent.root
        named = self.index.entity_of_token.get(root.i)
        if (
            root.pos_ == "PROPN"
            and root.i < verb.head.i
            and named is not None
            and named.label == "PERSON"
            and self.quote_of_token[root.i] < 0
        ):
            return root
        role = verb.head
        if (
            role.pos_ == "NOUN"
            and _one_persons_noun(role.lemma_.lower())
            and (role.i == root.i or self.quote_of_token[role.head.i] >= 0)
        ):
            # 'Its chairwoman, Menna X, 64, a retired midwife, posted on X shortly after the
            # vote: "..."': the participle hung on the role noun the sentence is (or the
            # subject of the quotation's verb); the one named
            return next(
                (
                    c
                    for c in role.children
                    if c.dep_ == "appos"
                    and c.i < verb.i
                    and self.quote_of_token[c.i] < 0
                    and (sp := self.index.entity_of_token.get(c.i)) is not None
                    and sp.label == "PERSON"
                ),
                None,
            )
        return None

    def _is_cue(self, t: Token) -> str | None:
        if t.is_upper and t.is_alpha and len(t) > 1:
            return None  # 'SANTANGELO: "..."': a label in capitals, whatever its tag
        if t.lower_ == "according" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "to":
            return "according to"
        verbal = t.pos_ == "VERB" or t.tag_.startswith("VB")
        if not verbal and _headline_closing_verb(t) and self.index.in_headline(t.i):
            # ('... was "tragic accident", coroner rules': the verb ending a headline,
            # tagged a plural noun)
            verbal = True
        if not verbal and t.pos_ == "NOUN" and t.dep_ == "ROOT":
            # a verb the tagger read as a noun ('", a BBC statement read.', '"...,"
            # Morquendi's message read.')
            verbal = any(c.dep_ == "nsubj" for c in t.children) or _written_reads(t)
        if (
            t.lemma_.lower() == "go"
            and any(c.dep_ == "prt" and c.lower_ == "on" for c in t.children)
            and any(c.dep_ == "prep" and c.lower_ == "about" for c in t.children)
        ):
            return t.text  # 'as Trump went on about "..."': talking at length
        if (
            t.lemma_.lower() in ("speak", "talk")
            and verbal
            and any(
                c.dep_ == "prep"
                and c.lower_ in ("of", "about")
                and c.i < self.first
                and c.right_edge.i >= self.first
                # (or hung on its adverb: "talking darkly of")
                for c in (
                    *t.children,
                    *(g for a in t.children if a.dep_ == "advmod" for g in a.children),
                )
            )
        ):
            return t.text  # 'officials talking darkly of a "river of Islam"': words used
        if (
            t.lemma_.lower() in _RETORT_VERBS
            and verbal
            and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in t.children)
        ):
            return t.text  # '"It is in the record," Ngata fired back.'
        if (
            t.lemma_.lower() in ("quote", "cite")
            and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in t.children)
            and not any(c.dep_ == "dobj" for c in t.children)
        ):
            return None  # 'The president said, and I'm quoting here, "...': not the quoter's
        if (
            t.lemma_.lower() == "pose"
            and not any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("question", "query") for c in t.children
            )
            and not self.doc[self.first : self.last + 1].text.rstrip(" \"'”’").endswith("?")
        ):
            return None  # 'a proposed rule posed "an existential threat"': no question put
        if (
            t.lemma_.lower() in ("text", "texte")
            and self.last - self.first <= 3
            and any(c.dep_ == "prep" and c.lower_ == "to" and c.i > self.last for c in t.children)
        ):
            return None  # 'by texting "Donate" to a short code number': a keyword sent
        if (
            t.lemma_.lower() == "call"
            and not any(c.dep_ == "oprd" for c in t.children)
            and any(
                (c.dep_ == "prep" and c.lower_ in ("into", "back"))
                or (c.dep_ in ("prt", "advmod") and c.lower_ in ("in", "up", "off", "back", "over"))
                for c in t.children
            )
        ):
            return None  # 'had called him into his office', 'called in the police': summoned
        if t.lemma_.lower() == "press" and any(
            # (words of the quotation hung on it are no object: '"For how long?" the
            # reporter pressed.')
            c.dep_ in ("dobj", "prep", "prt", "xcomp", "ccomp") and self.quote_of_token[c.i] < 0
            for c in t.children
        ):
            return None  # "pressed for a winner", "pressed the government": no speech
        if t.lemma_.lower() == "ask" and any(
            c.dep_ == "prep"
            and c.lower_ == "for"
            and c.i < self.first
            and c.right_edge.i >= self.first
            for c in t.children
        ):
            return None  # 'had asked for "verification rights ..."': a thing asked for
        if (
            # (by the word: the lemmatiser makes 'rated' 'rat')
            t.lower_ in ("rate", "rates", "rated", "rating", "grade", "grades", "graded")
            and verbal
            and any(
                c.dep_ in ("oprd", "xcomp") and c.i >= self.first and c.i <= self.last
                for c in t.children
            )
            and any(c.dep_ == "nsubj" for c in t.children)
        ):
            return t.text  # 'Inspectors rated the academy "inadequate"': their verdict
        if (
            t.lemma_.lower() == "read"
            and not any(c.lower_ in ("out", "aloud") for c in t.children)
            and any(
                c.dep_ == "dobj"
                and self.quote_of_token[c.i] < 0
                and c.lemma_.lower() not in DOCUMENT_NOUNS | SPEECH_NOUNS | AUTHORED_NOUNS
                for c in t.children
            )
        ):
            return None  # 'her son had read the novel last year': reading, not speaking
        if (
            t.lemma_.lower() == "refer"
            and verbal
            and any(c.dep_ == "nsubj" for c in t.children)
            and any(
                c.dep_ == "prep" and c.lower_ == "as" and c.i < self.first <= c.right_edge.i
                for c in t.children
            )
        ):
            return t.text  # 'showed X referring to the payments as "the tax"': X's words
        if (
            verbal
            # (inside another's report: not 'Mr X forecast growth "with an operating margin"')
            and t.dep_ == "ccomp"
            and t.head.lemma_.lower() in REPORTING_VERBS
            and any(c.dep_ == "dobj" and self.quote_of_token[c.i] < 0 for c in t.children)
            and any(
                c.dep_ == "prep"
                and c.lower_ in _MANNER_PREPOSITIONS
                and self.first <= c.i <= self.first + 1
                for c in t.children
            )
        ):
            # 'the judge had written the opinion "with an eye on the appeals court"': how
            # something was done, in someone else's words, not what was written
            return None
        if verbal and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _EXCHANGE_NOUNS for c in t.children
        ):
            return None  # 'The exchange continued: "..." Ms Ambrose asked.': no one speaking
        if t.lemma_.lower() == "find" and verbal and _finding_of_a_body(t):
            return t.text  # 'The MPs found the system was "nowhere near ..."'
        if t.lemma_.lower() in REPORTING_VERBS and verbal:
            if t.i >= 2 and self.doc[t.i - 1].text == "-" and self.doc[t.i - 2].lower_ == "so":
                return None  # "so-called"
            if (
                t.dep_ in ("amod", "compound", "nmod")
                and t.tag_ in ("VBG", "VBN")
                and _named_before_absolute(t) is None
            ):
                return None  # a participle modifying a noun: "challenging conditions"
            if (
                t.dep_ == "acl"
                and t.tag_ == "VBN"
                and t.head.pos_ == "NOUN"  # not "Writer X, from Y, asked:", misparsed
                and not any(c.dep_ == "agent" for c in t.children)
                # (a participle with an object of its own is a misread finite verb: 'The
                # judges, chaired by X, described "Title" as "..."')
                and not any(c.dep_ == "dobj" for c in t.children)
                and self.quote_of_token[t.head.i] < 0
                and self._root_of_verbless_sentence(t) is None
                and not _reduced_relative_calling(t)
            ):
                return None  # "an interview published in the Radio Times": what was published
            if (
                t.tag_ == "VBN"
                and t.lemma_.lower() in ISSUE_VERBS
                and t.i >= 2
                and self.doc[t.i - 1].text == ","
                and self.doc[t.i - 2].pos_ == "NOUN"
                and not any(
                    c.dep_ in ("agent", "dobj", "nsubj", "nsubjpass", "ccomp") for c in t.children
                )
                # (set off by commas on both sides)
                and t.right_edge.i + 1 < len(self.doc)
                and self.doc[t.right_edge.i + 1].text == ","
            ):
                return None  # 'According to the report, published on Tuesday,': the report's
            if t.lemma_.lower() in ("begin", "continue") and any(
                c.dep_ == "xcomp" and c.tag_ == "VBG" for c in t.children
            ):
                return None  # 'would begin throwing "in the next 10 days"': a deed begun
            return t.text
        return None

    def _office_of_someone_named(self, subject: Token) -> bool:
        """'the speaker' (an office, with the article) whose holder the text named with
        that title ('House Speaker Douglas Armitage')."""
        lemma = subject.lemma_.lower()
        if (
            lemma not in ROLE_WORDS
            or lemma in ORG_NOUNS
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        ):
            return False
        hi = bisect_left(self.index.mention_ends, subject.i)
        return any(
            m.speaker.label == "PERSON" and lemma in self.index._roles(m)
            for m in self.index.mentions[:hi]
        )

    def find_cue(self) -> tuple[Token | None, str | None]:
        """The reporting verb nearest the quotation, preferring one that governs it."""
        doc = self.doc
        governing = self._governors()
        candidates: list[tuple[int, int, Token, str]] = []
        j = self.raw.open_mark - 1
        while j >= 0 and self.text[j].isspace():
            j -= 1
        colon_before = j >= 0 and self.text[j] == ":"
        comma_inside = self.text[self.inner] == "," if self.inner >= 0 else False
        if (
            comma_inside
            and self.pre
            and self._governed_from_before(governing)
            and not (
                self.post
                and self._short_attribution(self.post[0], self.line_of_token[self.last])
                # (a clause opened by a subordinator ends at the comma: 'When Kessler said
                # "...," the audience laughed')
                and not self._subordinate_governor(governing)
            )
        ):
            # 'as Trump went on about "...," Melanie said yes': the comma ends a fragment of
            # a clause begun before the quotation, not a quotation put before its speaker
            # (unless only a speaker and a bare reporting verb follow: 'the loopholes he
            # cited are "...," The Hill reported.')
            comma_inside = False
        inside = self._quoted_predicate()
        if inside is not None:
            return inside, inside.text  # 'A Tory spokesman "totally refuted" any wrongdoing'
        # words quoted as a manner adverb ('he had "cleverly" not asked') are not what the
        # verb they modify reports
        quoted = [t for t in doc[self.first : self.last + 1] if not t.is_punct]
        manner = {
            t.head.i
            for t in quoted
            if self.quote_of_token[t.head.i] != self.k and t.dep_ == "advmod"
        }
        if (
            not all(t.pos_ in ("ADV", "CCONJ") for t in quoted)
            # an answer of its own ('he replied: "Of course."', '"Never," she said', 'Nowak
            # said, "Of course."'), not a word in his sentence
            or colon_before
            or not self.pre
            or _own_sentence(self.text[self.raw.start : self.inner + 1])
        ):
            manner = set()
        for side, tokens in (("pre", self.pre), ("post", self.post)):
            for dist, i in enumerate(tokens):
                t = doc[i]
                if i in manner:
                    continue
                word = self._is_cue(t)
                if word is None:
                    continue
                lemma = t.lemma_.lower()
                governs = i in governing
                # 'should be recognized as "..."': nobody is said to speak; a last resort
                # (and so is 'had been written "by people who ..."', its agent the words)
                passive = _passive(t) or (
                    any(c.dep_ == "auxpass" for c in t.children)
                    and all(self.quote_of_token[c.i] >= 0 for c in t.children if c.dep_ == "agent")
                )
                if (
                    lemma in WEAK_VERBS
                    and not governs
                    and not (side == "pre" and colon_before)
                    and not _as_put_it(t)
                    and not _written_reads(t)
                ):
                    continue
                if passive and not governs:
                    continue
                if lemma in _EVIDENCE_VERBS and any(
                    c.dep_ in ("nsubj", "nsubjpass")
                    and c.left_edge.i <= self.first
                    and self.last <= c.right_edge.i
                    # (a described speaker stays one: 'A "very reliable" source said')
                    and c.lemma_.lower() not in SOURCE_NOUNS | ORG_NOUNS
                    and self.index.speaker_of_token(c) is None
                    for c in t.children
                ):
                    # 'the "friendly and easy" first meeting indicated that ...': words
                    # describing the verb's subject are not what the verb reports
                    continue
                if (
                    lemma == "put"
                    and t.i < self.first
                    and (
                        any(c.dep_ in ("prep", "prt") and c.i > self.last for c in t.children)
                        # ('would put "every dollar we can find" into data centers', the
                        # place hung inside the quoted words)
                        or (
                            any(
                                c.dep_ == "dobj" and self.first <= c.i <= self.last
                                for c in t.children
                            )
                            and any(
                                w.dep_ == "prep" and self.last < w.i <= self.last + 2
                                for w in t.subtree
                            )
                        )
                    )
                ):
                    continue  # 'had put "reputation before patients" in its handling': placed
                if lemma == "put" and any(c.dep_ == "prt" for c in t.children):
                    continue  # 'had put up fences ..., but these had been "..."': built
                if side == "post" and not governs and self._introduces_next(t):
                    continue  # '"...?" Responding, Mr Pugh said: "..."': the next one's cue
                # ('have been branded "..." by opposition MLAs': a describing passive with
                # its describer, however the "by" was hung, is no last resort)
                penalty = dist + (200 if passive and not _described_by_someone(t) else 0)
                if governs or (side == "pre" and self._open_slot(t, tokens[:dist])):
                    penalty -= 50
                if side == "pre" and colon_before:
                    penalty -= 30
                if side == "post" and comma_inside:
                    penalty -= 30
                if (
                    side == "pre"
                    and _asked_by_someone(t)
                    # (its phrase runs up to the quotation: nothing else between)
                    and t.right_edge.i >= tokens[0] - 1
                    and self.text[self.raw.start : self.raw.end].rstrip().endswith("?")
                ):
                    # 'Asked by a reporter, "Are you running again?" she laughed.': the
                    # question is the asker's
                    penalty -= 60
                if side == "post" and dist <= 4 and _as_put_it(t):
                    # 'say they are on speaking terms - "just about", as Alan put it': the
                    # clause right after the words says whose they are
                    penalty -= 60
                candidates.append((penalty, dist, t, word))
        if not candidates:
            if colon_before and self.pre:
                # 'X made the following comment:' - the clause before the colon
                colon = self.doc[self.pre[0]]
                verb = colon.head if colon.text == ":" else None
                steps = 0
                while verb is not None and verb.pos_ not in ("VERB", "AUX") and steps < 3:
                    verb = verb.head if verb.head.i != verb.i else None
                    steps += 1
                if verb is not None and verb.is_upper and len(verb) > 1:
                    return None, None  # 'SANTANGELO: "..."': a transcript's label
                if verb is not None and verb.pos_ in ("VERB", "AUX") and verb.i in self.pre:
                    return verb, verb.text
                # the colon attached into the quotation: the main verb of the clause before
                pre = set(self.pre)
                for i in self.pre:
                    t = self.doc[i]
                    if t.pos_ in ("VERB", "AUX") and (
                        t.dep_ == "ROOT"
                        or t.head.i not in pre
                        # ("X's father, Y, posted on Instagram:", the verb hung on the
                        # subject as a participle)
                        or (
                            t.dep_ == "acl"
                            and t.head.dep_ == "ROOT"
                            and t.head.i < t.i
                            and t.lemma_.lower() in REPORTING_VERBS
                        )
                    ):
                        return t, t.text
            return None, None
        if any(c[2].i in governing and not _begun_work(c[2]) for c in candidates):
            # 'The GAO reported that the Navy had begun construction on the lead ship
            # "before ...": a thing begun is no speech begun, when a report governs too
            candidates = [c for c in candidates if not _begun_work(c[2])]
        governors = [c[2] for c in candidates if c[2].i in governing]
        if len(governors) > 1:
            # a speech verb just before the quotation that takes it as the object of its own
            # preposition holds it below any verb higher up ('as Trump went on about "...,"
            # Melanie said yes')
            candidates = [
                (c[0] - 5, *c[1:])
                if c[2].i in self.pre[:4]
                and c[2].i in governing
                and any(
                    ch.dep_ == "prep" and ch.i in governing and ch.i in self.pre[:2]
                    for ch in c[2].children
                )
                and any(g.i != c[2].i and g.is_ancestor(c[2]) for g in governors)
                else c
                for c in candidates
            ]
        candidates.sort(key=lambda c: (c[0], c[1]))
        _, _, tok, word = candidates[0]
        if (
            tok.i > self.last
            and tok.dep_ == "ROOT"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        ):
            # 'Treasury secretary says shutdown would cost economy "real money," urges quick
            # deal': a headline's second verb, with no subject, above the first one's
            # clause; the first verb, with its subject, reports the words
            inner = next(
                (
                    (other, other_word)
                    for _, _, other, other_word in candidates[1:]
                    if other.i < self.first
                    and other.i in governing
                    and other.head.i == tok.i
                    and any(c.dep_ == "nsubj" for c in other.children)
                ),
                None,
            )
            if inner is not None:
                tok, word = inner
        if tok.i > self.last and tok.dep_ == "ROOT" and self.raw.close_mark >= 0:
            # 'A former bookkeeper ... texted a friend that the fund was "basically a piggy
            # bank at this point," a prosecutor told jurors': the words are the one's whose
            # report the teller relays
            relayed = next(
                (
                    (other, other_word)
                    for _, _, other, other_word in candidates[1:]
                    if other.i < self.first
                    and other.i in governing
                    and other.dep_ == "ccomp"
                    and other.head.i == tok.i
                    and other.lemma_.lower() not in WEAK_VERBS
                    # (words reported, not a deed proposed: 'The government had initially
                    # proposed to take this institution and "smash it to pieces," Mr Grieve
                    # said')
                    and not any(
                        c.dep_ == "xcomp" and c.i < self.first <= c.right_edge.i
                        for c in other.children
                    )
                    and any(
                        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in other.children
                    )
                    # (told to someone, not done to something: 'A nurse deliberately added
                    # insulin to a drip because she was "fed up", a prosecutor told a jury')
                    and all(
                        c.pos_ == "PRON"
                        or _person_noun(c.lemma_.lower())
                        or _one_persons_noun(c.lemma_.lower())
                        or c.lemma_.lower() in ("friend", "neighbour", "neighbor")
                        for c in other.children
                        if c.dep_ == "dobj"
                    )
                ),
                None,
            )
            if relayed is not None:
                tok, word = relayed
        if colon_before and tok.i in governing and tok.i in self.pre:
            # 'The News of the World reports that Anelka told a French magazine: "..."': the
            # parser hung the words on the outer report; the named teller nearer the colon
            # said them
            nearer = next(
                (
                    (c[2], c[3])
                    for c in candidates
                    if c[2].i in self.pre
                    and c[2].i > tok.i
                    and c[2].dep_ == "ccomp"
                    and c[2].head.i == tok.i
                    and c[2].lemma_.lower() not in WEAK_VERBS
                    and any(
                        s.dep_ == "nsubj" and s.pos_ in ("PROPN", "PRON") for s in c[2].children
                    )
                ),
                None,
            )
            if nearer is not None:
                tok, word = nearer
        if word != "according to" and tok.i in governing:
            # 'X said the report highlighted "..."': a named reporter above a common noun
            subject = self._subject_of(tok)
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not (
                # ('prompting the county's top doctor to warn that ...': someone made to speak)
                tok.dep_ == "xcomp"
                and tok.head.lemma_.lower() in _CAUSING_VERBS
                and subject is not None
                and subject.head.i == tok.head.i
                and subject.dep_ == "dobj"
            )
            # (a role with the person's name beside it is no thing: 'their leader, Senator
            # Emeka Obiora, dismissed ..., calling the threat "..."')
            inanimate = (
                subject is not None
                and (
                    (
                        subject.pos_ == "NOUN"
                        # (not someone a role describes calling something so: 'despite
                        # what its boss called "the toughest trading year"')
                        and not (
                            tok.lemma_.lower() in _DESCRIBING_VERBS
                            and subject.lemma_.lower() in ROLE_WORDS
                        )
                        # (not a person's office or campaign: 'a proposal that Ms. Khoury's
                        # office called "..."', 'a claim the Salcedo campaign called')
                        and not (
                            subject.lemma_.lower() in ORG_NOUNS
                            and any(
                                c.dep_ in ("poss", "compound")
                                and (owner := self.index.speaker_of_token(c)) is not None
                                and owner.label == "PERSON"
                                for c in subject.children
                            )
                        )
                        # (nor someone's document the clause is about: 'He called the
                        # department's initial statement, which said the officer had
                        # "perceived a threat," a "fiction"')
                        and not (
                            tok.dep_ == "relcl"
                            and tok.head.i == subject.i
                            and subject.lemma_.lower() in DOCUMENT_NOUNS | AUTHORED_NOUNS
                            and any(
                                c.dep_ == "nsubj" and c.lower_ in ("which", "that")
                                for c in tok.children
                            )
                            and any(c.dep_ == "poss" for c in subject.children)
                        )
                        # (nor a person who put it so, right before a colon: 'X said a fish
                        # farmer in her constituency had put it to her simply: "..."')
                        and not (
                            colon_before
                            and tok.i in self.pre
                            and subject.lemma_.lower() in ROLE_WORDS
                            # (a spokesperson speaks for the body above: 'Downing Street
                            # defended the decision, with a spokesperson saying: "..."')
                            and subject.lemma_.lower() not in UNNAMED_SOURCE_NOUNS
                        )
                        # (nor a body that described something so: 'put it to him that the
                        # union had described the company's offer as "an insult"')
                        and not (
                            subject.lemma_.lower() in ORG_NOUNS
                            and tok.lemma_.lower() in _DESCRIBING_VERBS
                            and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
                        )
                        # (another one of a kind as the subject of a clause no verb reports: 'The
                        # Standard called it "...", while another reviewer said it had "..."')
                        and not (
                            tok.dep_ not in ("ccomp", "xcomp")
                            and any(c.lower_ in ("another", "one") for c in subject.children)
                        )
                        and not (
                            any(
                                c.dep_ == "appos"
                                and (sp := self.index.speaker_of_token(c)) is not None
                                and sp.label == "PERSON"
                                for c in subject.children
                            )
                            and not _inside_a_report(tok)
                        )
                        # (nor an office its holder was named with: 'Barros said the
                        # speaker had urged members to "..."' after 'House Speaker X')
                        and not self._office_of_someone_named(subject)
                        # (nor someone unnamed who told it: 'She said a state auditor had
                        # told the board that its reserves were "..."')
                        and not (
                            tok.dep_ == "ccomp"
                            and tok.lemma_.lower() in REPORTING_VERBS
                            and tok.lemma_.lower() not in WEAK_VERBS
                            and _one_persons_noun(subject.lemma_.lower())
                            # (a spokesperson speaks for the body above, as below; not 'a
                            # council official had told a meeting of parents that ...')
                            and not subject.lemma_.lower().startswith("spokes")
                            and (
                                any(
                                    (c.dep_ == "det" and c.lower_ in ("a", "an"))
                                    # ('The inspection report says one aide told
                                    # inspectors she had been "running all night"')
                                    or (c.dep_ == "nummod" and c.lower_ == "one")
                                    for c in subject.children
                                )
                                # (or one described who is named: 'He said ... the
                                # defendant had told her the figures were "..."')
                                or (
                                    [c.lower_ for c in subject.children] == ["the"]
                                    and (told := self.index.resolve_description(subject, None, -1))
                                    is not None
                                    and told.label == "PERSON"
                                )
                            )
                        )
                        # (nor whoever told it: 'had been told by the developer that the
                        # building was "beyond saving"')
                        and not (
                            subject.head.dep_ == "agent"
                            and subject.head.head.i == tok.i
                            and tok.lemma_.lower() in _TELLING_VERBS
                            and (
                                _one_persons_noun(subject.lemma_.lower())
                                or subject.lemma_.lower() in ORG_NOUNS
                            )
                        )
                    )
                    or subject.lower_ == "it"
                )
                and not _tells_the_reporter(tok, _report_above(tok))
            )
            # (but 'She said ... an agent handed her papers and told her, "..."': who tells
            # the reporter something is no thing)
            # 'Mr Straw said the US had agreed to release them after "...": the words are
            # inside what was agreed to be done, not what was agreed
            controls = any(
                c.dep_ == "xcomp"
                and c.i in governing
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                for c in tok.children
            )
            # 'Mr Blair said that Labour would publish "a rich agenda"', 'the Croatian said
            # she had felt "a little pain"': what someone would do, or felt, in the words of
            # whoever reports it
            unspoken = (
                tok.dep_ == "ccomp"
                and tok.head.i in governing
                and tok.head.lemma_.lower() in REPORTING_VERBS | _FINDING_VERBS
                and (
                    (
                        tok.lemma_.lower() in _THOUGHT_VERBS
                        and subject is not None
                        and (
                            subject.lower_ in ("he", "she", "they")
                            or subject.pos_ == "PROPN"
                            # ('inspectors found some pupils felt "unsafe"')
                            or (subject.tag_ == "NNS" and _person_noun(subject.lemma_.lower()))
                        )
                    )
                    or (
                        tok.lemma_.lower() not in _SPEAKING_VERBS | _DESCRIBING_VERBS
                        and any(
                            (c.dep_ == "aux" and c.tag_ == "MD")
                            # 'said the leave was agreed by a psychiatric adviser "in
                            # conjunction with officials"': what was done, in her words
                            or c.dep_ == "agent"
                            for c in tok.children
                        )
                    )
                )
            )
            # 'Judge X wrote that the city's notices, posted ..., had told residents that
            # ... "...": a verb the parser left hanging with no subject, under one that
            # has a named subject
            orphaned = subject is None and tok.dep_ == "dep"
            if infinitive or inanimate or controls or unspoken or orphaned:
                for _, _, other, other_word in candidates[1:]:
                    outer = self._subject_of(other)
                    # 'Mr. Obama said, a majority have come to believe "..."': a
                    # parenthetical reporting clause on a clause above the cue
                    parenthetical = other.dep_ == "parataxis" and (
                        other.head == tok or other.head.is_ancestor(tok)
                    )
                    # (not a clause joined to the cue's with its own subject: 'She did not
                    # comment, but the referees' association, X, said it was "..."')
                    conjoined = tok.dep_ == "conj" and tok.head.i == other.i and subject is not None
                    # (nor a clause of its own before a semicolon the parser hung under the
                    # next one: 'A group of local pastors called the film "..." in a letter;
                    # its director has said ...')
                    conjoined = conjoined or (
                        subject is not None
                        and other.i > tok.i
                        and any(t.text == ";" for t in self.doc[tok.i : other.i])
                    )
                    if (
                        (other.i in governing and other.is_ancestor(tok) or parenthetical)
                        and not conjoined
                        and other_word != "according to"
                        and other.lemma_.lower() not in ("quote", "cite")
                        and outer is not None
                        and (
                            infinitive
                            or unspoken
                            or outer.pos_ in ("PROPN", "PRON")
                            or (orphaned and outer.pos_ == "NOUN")
                            # 'Residents ... have condemned a series, saying it portrays
                            # them as "scroungers and criminals"': people, above a thing
                            or (
                                inanimate
                                and subject is not None
                                and subject.lower_ == "it"
                                and outer.pos_ == "NOUN"
                                and outer.tag_ == "NNS"
                                and outer.dep_ == "nsubj"
                                and _person_noun(outer.lemma_.lower())
                            )
                            # 'The letter said an investigation found that X "showed clear
                            # signs of a concussion"', 'The league said ... an investigation
                            # had found "no evidence"': a writing or a body reports what a
                            # thing found
                            or (
                                inanimate
                                and outer.pos_ == "NOUN"
                                and outer.lemma_.lower()
                                in AUTHORED_NOUNS | DOCUMENT_NOUNS | ORG_NOUNS
                                and subject is not None
                                # (a thing, not a body's 'it': 'The watchdog said BT had
                                # apologised for what it described as "..."')
                                and subject.pos_ == "NOUN"
                                and subject.lemma_.lower() not in ORG_NOUNS
                                and subject.lemma_.lower() not in AUTHORED_NOUNS | DOCUMENT_NOUNS
                            )
                            # 'The prime minister said the government would publish'
                            or (
                                outer.pos_ == "NOUN"
                                and outer.lemma_.lower() in ROLE_WORDS
                                and subject is not None
                                and subject.lemma_.lower()
                                in (ORG_NOUNS | STATE_NOUNS) - DOCUMENT_NOUNS
                            )
                        )
                    ):
                        tok, word = other, other_word
                        break
        if word != "according to":
            word = self._cue_phrase(tok)
        return tok, word

    def _introduces_next(self, cue: Token) -> bool:
        """A colon follows the cue in its sentence right before the next quotation: the cue
        announces that one."""
        doc = self.doc
        for i in range(cue.i + 1, min(len(doc), cue.i + 12)):
            if self.quote_of_token[i] >= 0:
                return False
            if doc[i].text == ":":
                return i + 1 < len(doc) and self.quote_of_token[i + 1] > self.k
            if doc[i].is_sent_start or doc[i].text in (".", "!", "?"):
                return False
        return False

    def _quoted_predicate(self) -> Token | None:
        """A reporting verb inside the quotation whose subject stands before it, outside
        ('A Tory spokesman "totally refuted" any wrongdoing'): the quotation is the act."""
        for t in self.doc[self.first : self.last + 1]:
            lemma = t.lemma_.lower()
            if (
                t.pos_ == "VERB"
                and (lemma in REPORTING_VERBS or lemma in _FINDING_VERBS)
                and lemma not in WEAK_VERBS
                and not (t.head.i != t.i and t.head.lemma_.lower() in REPORTING_VERBS)
                # (not a participle a clause outside hangs it from: 'the result showed
                # voters "rejecting the Democrats' extreme agenda"')
                and not (t.tag_ == "VBG" and t.head.i != t.i and t.head.i < self.first)
                # 'said in a statement that the bill would "add paperwork"': what the
                # statement says
                and not (t.dep_ == "acl" and t.head.lemma_.lower() in DOCUMENT_NOUNS | SPEECH_NOUNS)
                # 'stressed in its announcement that the decision "does not itself indicate
                # ..."': a clause reported, whatever the parser hung it on
                and not any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
                and any(
                    c.dep_ == "nsubj"
                    and c.i < self.first
                    and self.quote_of_token[c.i] < 0
                    and c.lower_ not in ("it", "this", "that", "which", "what")
                    # (not 'told reporters that her son was "a big talker" who "says stuff
                    # to look tough."': a relative clause inside someone else's report)
                    and not (
                        c.lower_ == "who"
                        and any(
                            a.i < self.first
                            and a.lemma_.lower() in REPORTING_VERBS
                            and a.lemma_.lower() not in WEAK_VERBS
                            for a in t.ancestors
                        )
                    )
                    # 'The survey of 500 people "showed ..."': what a study finds, it says
                    and (lemma in REPORTING_VERBS or c.lemma_.lower() in DOCUMENT_NOUNS)
                    for c in t.children
                )
            ):
                return t
        return None

    def _subordinate_governor(self, governing: set[int]) -> bool:
        """A reporting verb before the quotation that governs it inside a clause opened by a
        subordinator ('When X said "..."', 'After she told reporters "..."')."""
        return any(
            i in governing
            and self.doc[i].lemma_.lower() in REPORTING_VERBS
            and any(
                c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ == "when")
                for c in self.doc[i].children
            )
            for i in self.pre
        )

    def _governed_from_before(self, governing: set[int]) -> bool:
        """One of the three tokens before the quotation is a preposition or verb that
        governs it below the root of the sentence (a clause begun before the opening mark)."""
        pre = self.pre[:3]
        return any(
            i in governing and self.doc[i].pos_ in ("ADP", "VERB") and self.doc[i].dep_ != "ROOT"
            for i in pre
        )

    def _open_slot(self, verb: Token, between: list[int]) -> bool:
        """A speech verb just before the quotation whose content slot is empty, so that the
        quotation fills it even where the parser hung it elsewhere ('footage of Trump saying
        during the debate, "..."')."""
        if verb.dep_ == "conj" or (verb.i > 0 and self.doc[verb.i - 1].text == ","):
            return False  # 'The singer, laughing, "..." told the crowd': a parenthesis
        perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children)
        # 'what X used to say at party dinners: "..."', 'would say'
        infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" for c in verb.children)
        if verb.lemma_.lower() in WEAK_VERBS or not (
            perfect or infinitive or verb.tag_ in ("VBG", "VBD", "VBZ", "VBP")
        ):
            return False
        for c in verb.children:
            if c.dep_ in ("ccomp", "xcomp", "attr"):
                return False
            # the object of 'tell' is its addressee ('had once told Mr Blair: "..."')
            if c.dep_ == "dobj" and not (
                verb.lemma_.lower() == "tell" and c.pos_ in ("PROPN", "PRON")
            ):
                return False
        if not between or self.doc[between[0]].text not in (",", ":"):
            return False  # the quotation must follow a comma or colon
        return not any(self.doc[i].pos_ in ("VERB", "AUX") for i in between)

    def _cue_phrase(self, verb: Token) -> str:
        """The verb with its particle/auxiliaries and a recipient ("told the BBC")."""
        lo = hi = verb.i
        for c in verb.children:
            if self.quote_of_token[c.i] >= 0:
                continue
            if c.dep_ in ("aux", "auxpass", "neg", "prt") and abs(c.i - verb.i) <= 3:
                lo, hi = min(lo, c.i), max(hi, c.i)
            elif c.dep_ in ("dative", "dobj") and verb.lemma_.lower() == "tell" and c.i > verb.i:
                right = max(x.i for x in c.subtree)
                if right - verb.i <= 5 and all(
                    self.quote_of_token[x] < 0 for x in range(verb.i, right + 1)
                ):
                    hi = max(hi, right)
        return self.doc[lo : hi + 1].text

    def _governors(self) -> set[int]:
        """Tokens outside the quotation that govern it (ancestors of its roots)."""
        out: set[int] = set()
        doc = self.doc
        for i in range(self.first, self.last + 1):
            t = doc[i]
            if self.quote_of_token[t.head.i] == self.k and t.head.i != t.i:
                continue
            head = t.head
            steps = 0
            while steps < 8:
                if self.quote_of_token[head.i] != self.k:
                    out.add(head.i)
                if head.head.i == head.i:
                    break
                head = head.head
                steps += 1
        return out

    def previous_sentence_cue(self) -> tuple[Token, str] | None:
        """A reporting verb in the sentence just before (for a cue-less partial quote)."""
        sent = self._previous_sentence()
        if sent is None:
            return None
        found = self._last_cue(sent[0], sent[1])
        if found is None:
            return None
        t, word = found
        return t, word if word == "according to" else self._cue_phrase(t)

    def _last_cue(self, lo: int, hi: int) -> tuple[Token, str] | None:
        """The last reporting word of tokens ``lo``..``hi`` outside quotation marks that
        reports something: not a weak or passive verb, nor one in a question-word clause."""
        for i in range(hi, lo - 1, -1):
            t = self.doc[i]
            if self.quote_of_token[i] >= 0:
                continue
            word = self._is_cue(t)
            if (
                word
                and t.lemma_.lower() not in WEAK_VERBS
                and not _passive(t)
                and not _wh_clause_verb(t)
            ):
                return t, word
        return None

    def earlier_sentence_cue(self) -> Token | None:
        """A reporting verb two sentences back in the same paragraph, when the sentence
        between reports nothing and names no one ('Steve Ash told the BBC News website there
        are two parts to the process. The most difficult is to ascertain ...¶"The end
        solution is ..."')."""
        sent = self._previous_sentence()
        if sent is None or sent[0] < 2:
            return None
        doc = self.doc
        between = range(sent[0], sent[1] + 1)
        if any(
            (self._is_cue(doc[i]) and not _wh_clause_verb(doc[i]))
            or doc[i].ent_type_ in ("PERSON", "ORG", "NORP")
            # a main subject that could be someone else whose words these are ('The
            # opposition has long been hostile', 'Critics were not convinced'), not 'The most
            # difficult is to ...'
            or (
                doc[i].dep_ in ("nsubj", "nsubjpass")
                and _depth(doc[i]) <= 2
                and doc[i].pos_ in ("PRON", "PROPN", "NOUN")
            )
            for i in between
        ):
            return None
        end = sent[0] - 1
        while end >= 0 and (doc[end].is_space or doc[end].text in SENTENCE_END):
            end -= 1
        if end < 0 or self.line_of_token[end] != self.line_of_token[sent[0]]:
            return None
        i = end
        while (
            i >= 0
            and not (doc[i].text in SENTENCE_END and doc[i].pos_ == "PUNCT")
            and self.line_of_token[i] == self.line_of_token[end]
        ):
            if self.quote_of_token[i] >= 0:
                return None
            i -= 1
        found = self._last_cue(i + 1, end)
        return found[0] if found is not None and found[0].dep_ == "ROOT" else None

    def examiner_before(self, previous: Speaker | None, prev_at: int) -> Speaker | None:
        """Who puts a bare quoted question in a paragraph of its own, when the sentence
        before names them as questioning someone ('Under questioning by Assistant Attorney
        General Khalil Barraza, Woodruff said ...¶"After the election, did ...?"')."""
        sent = self._previous_sentence()
        if sent is None or self.line_of_token[sent[1]] == self.line_of_token[self.first]:
            return None
        if (
            sent[0] > 0
            and self.doc[sent[0]].lower_ in ("this", "here", "what")
            and any(t.lemma_.lower() in _EXCHANGE_NOUNS for t in self.doc[sent[0] : sent[1] + 1])
            and not any(self.index.entity_of_token.get(i) for i in range(sent[0], sent[1] + 1))
        ):
            # 'X was questioned ... by Y on ... programme. This is part of their exchange.':
            # past the sentence that announces the exchange, to the one that sets it up
            i = sent[0] - 1
            while i > 0 and (self.doc[i].is_space or self.doc[i].text in SENTENCE_END):
                i -= 1
            lo = self.index.sent_first[self.index.sent_of_token[i]]
            sent = (lo, i)
        for t in self.doc[sent[0] : sent[1] + 1]:
            interviewer = self._spoken_to(t, previous, prev_at)
            if interviewer is not None:
                # 'Okafor spoke to BBC Sport's Marisol Vega after her lap of honour.¶"What's
                # different about you this year?"': the interviewer asks
                subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
                questioned = self.resolve(subject, previous, prev_at) if subject else None
                return self._examining(interviewer, questioned)
            if t.lemma_.lower() not in _EXAMINING_WORDS or self.quote_of_token[t.i] >= 0:
                continue
            # ('was questioned about the delay by Morag X', the "by" hung from the delay)
            hung = [g for g in t.subtree if g.lower_ == "by" and _hung_from_the_words_of(g, t)]
            for prep in [*t.children, *hung]:
                if prep.dep_ not in ("prep", "agent") or prep.lower_ != "by":
                    continue
                by = next((g for g in prep.children if g.dep_ == "pobj"), None)
                found = self.resolve(by, previous, prev_at) if by is not None else None
                if found is None or found.label != "PERSON":
                    continue
                # the one questioned: the subject of the clause the phrase belongs to
                clause = t.head if t.dep_ == "pobj" else t
                while clause.dep_ not in ("ROOT", "ccomp", "advcl") and clause.head is not clause:
                    clause = clause.head
                subject = next(
                    (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None
                )
                questioned = (
                    self.resolve(subject, previous, prev_at) if subject is not None else None
                )
                return self._examining(found, questioned)
            if t.head.dep_ == "prep" and t.head.lower_ in ("on", "under", "during", "in"):
                # 'On cross-examination, defense lawyer Carmelita Fogarty showed Woodruff a
                # stack of timesheets': the subject examines the one the clause is done to
                clause = t.head.head
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                examiner = self.resolve(subject, previous, prev_at) if subject is not None else None
                if examiner is None or examiner.label != "PERSON":
                    continue
                examined = next(
                    (
                        found
                        for c in clause.children
                        if c.dep_ in ("dobj", "dative")
                        and (found := self.index.speaker_of_token(c)) is not None
                        and found.label == "PERSON"
                    ),
                    None,
                )
                return self._examining(examiner, examined)
        return None

    def _spoken_to(self, verb: Token, previous: Speaker | None, prev_at: int) -> Speaker | None:
        """The person a subject 'spoke to' or 'talked to' (an interview's other party)."""
        if (
            verb.lemma_.lower() not in ("speak", "talk")
            or verb.dep_ != "ROOT"
            or self.quote_of_token[verb.i] >= 0
            or not any(c.dep_ == "nsubj" for c in verb.children)
        ):
            return None
        addressed = self._person_addressed(verb)
        return addressed[1] if addressed is not None else None

    def _person_addressed(self, verb: Token, beside: bool = False) -> tuple[Token, Speaker] | None:
        """The named person after "to" or "with" on ``verb`` ('spoke to X'), or, with
        ``beside``, the name set beside the noun there ('speaking to touchline reporter
        X'): the name's token and the person."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "with"):
                continue
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                names = [pobj, *(c for c in pobj.children if c.dep_ == "appos")]
                for named in names if beside else names[:1]:
                    found = self.index.speaker_of_token(named)
                    if found is not None and found.label == "PERSON":
                        return named, found
        return None

    def _examining(self, examiner: Speaker, examined: Speaker | None) -> Speaker:
        """Note whom ``examiner`` questions, if someone else, for the answers; the
        examiner puts the question."""
        if examined is not None and examined.key != examiner.key:
            self.index.examined[examiner.key] = examined
        return examiner

    def reported_asker(
        self, answerer: Speaker, previous: Speaker | None, prev_at: int
    ) -> Speaker | None:
        """The person whose question, reported in the sentence before, ``answerer``
        answers."""
        reported = self._reported_question(previous, prev_at)
        asker = reported[2] if reported is not None else None
        if asker is None or asker.key == answerer.key or asker.label != "PERSON":
            return None
        return asker

    def _reported_question(
        self, previous: Speaker | None, prev_at: int
    ) -> tuple[Token, Token | None, Speaker | None] | None:
        """The verb of the question the sentence before reports, in a paragraph of its own,
        with the asker's token and who the asker is."""
        sent = self._previous_sentence()
        if sent is None or self.line_of_token[sent[1]] == self.line_of_token[self.first]:
            return None
        root = next((t for t in self.doc[sent[0] : sent[1] + 1] if t.dep_ == "ROOT"), None)
        verb = root
        if root is None or root.lemma_.lower() not in _QUESTION_VERBS:
            # the question in a conjunct or a relative clause ('A reporter noted that ...
            # and asked whether ...', 'The sharpest exchange came with Rep. Jiwoo
            # Baskerville, who asked Munroe whether ...')
            verb = next(
                (
                    t
                    for t in self.doc[sent[0] : sent[1] + 1]
                    if t.lemma_.lower() in _QUESTION_VERBS
                    # ('Gwinn ended the hearing by asking Truong whether ...')
                    and t.dep_ in ("conj", "relcl", "pcomp", "advcl", "xcomp")
                ),
                None,
            )
        if (
            verb is None
            or verb.lemma_.lower() not in _QUESTION_VERBS
            or _passive(verb)
            # not 'asked him to go', nor '"How much longer?" she asked': reported, not quoted
            or not any(c.dep_ == "ccomp" and self.quote_of_token[c.i] < 0 for c in verb.children)
        ):
            return None
        if any(c.dep_ == "auxpass" for c in verb.children):
            # 'she was asked by presenter Rachel Devereux whether ...': the agent asks
            asker = _agent_of(verb)
            if asker is None:
                return None
            return verb, asker, self.resolve(asker, previous, prev_at)
        asker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if asker is None and verb.dep_ == "conj":
            # (the subject the conjoined verbs share is the main clause's, however deep the
            # parser hung the second verb)
            asker = next((c for c in verb.sent.root.children if c.dep_ == "nsubj"), None)
        elif asker is not None and verb.dep_ == "relcl" and asker.tag_ == "WP":
            asker = verb.head  # '..., who asked': the one the clause is about
        asked_by = None
        if asker is not None:
            named = next(
                (
                    found
                    for c in asker.children
                    if c.dep_ == "appos"
                    and (found := self.index.speaker_of_token(c)) is not None
                    and found.label == "PERSON"
                ),
                None,
            )
            asked_by = (
                # ('The moderator, Priya X of WTMJ-TV, asked both candidates whether')
                named
                if named is not None
                else describe(asker, self.quote_of_token)
                if asker.lemma_.lower() in _QUESTIONER_NOUNS
                else self.resolve(asker, previous, prev_at)
            )
        return verb, asker, asked_by

    def answerer_of_reported_question(
        self, previous: Speaker | None, prev_at: int
    ) -> tuple[Speaker, Speaker | None] | None:
        """Who answers, in a paragraph of their own, the question the sentence before
        reports: the one it was put to ('A reporter asked the governor whether ...¶"We've
        asked for help ..."'), else, when a questioner asked, the last speaker ('A
        reporter asked why the agency had ...¶"Because the law ..."'); with the asker, if
        known, who may put the next question."""
        reported = self._reported_question(previous, prev_at)
        if reported is None:
            return None
        verb, asker, asked_by = reported
        sent = self._previous_sentence()
        if sent is None:
            return None
        questioner = asker is not None and asker.lemma_.lower() in _QUESTIONER_NOUNS
        put_to = next((c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")), None)
        if put_to is not None:
            found = self.resolve(put_to, previous, prev_at)
            if found is not None and (found.label == "PERSON" or found.key.startswith("DESC:")):
                self.speaker_token = put_to
                return found, asked_by
            return None
        if questioner or (asked_by is not None and asked_by.label == "PERSON"):
            # ('The committee's chairman, Rep. Isidro Waldrip, asked why ...', 'A reporter
            # noted that Whisnant had promised to "..." and asked whether ...': the one who
            # last spoke sentences of their own, before the question, answers it)
            for at, speaker, _ in reversed(self.index.recent_speakers):
                if at >= sent[0]:
                    continue
                if (
                    at in self.index.fragment_ends
                    and asker is not None
                    and self.index.sent_of_token[at] == self.index.sent_of_token[asker.i]
                ):
                    # words only quoted in the asker's own sentence ('A reporter noted that
                    # Gov. Ottilie Braddock had promised to "..." and asked whether ...')
                    continue
                if asked_by is not None and speaker.key == asked_by.key:
                    continue  # the asker's own words before the question
                if (
                    speaker.label == "PERSON" or speaker.key.startswith("DESC:")
                ) and not _questioner(speaker):
                    return speaker, asked_by
                break
        if questioner and previous is not None and 0 <= prev_at < sent[0]:
            return previous, asked_by
        return None

    def paragraph_voice(self, previous: Speaker | None, prev_at: int) -> Speaker | None:
        """Someone other than the last speaker whom this quotation's paragraph, before it
        and with no quotation between, reports as speaking in a main clause ('A BBC
        spokeswoman said ... She said that ... The show will ... "We think ..."'): the
        voice the paragraph brought in."""
        line = self.line_of_token[self.first]
        doc = self.doc
        i = (self.pre[0] if self.pre else self.first) - 1
        while i >= 0 and self.line_of_token[i] == line:
            t = doc[i]
            if self.quote_of_token[i] >= 0:
                return None
            if (
                (t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT"))
                and t.lemma_.lower() in _SPEAKING_VERBS
                and not _passive(t)
                and not _wh_clause_verb(t)
            ):
                found = self.speaker_for_cue(t, previous, prev_at)
                if found is None or (previous is not None and found.key == previous.key):
                    return None
                return found
            i -= 1
        return None

    def _previous_sentence(self) -> tuple[int, int] | None:
        """Token range (inclusive) of the sentence before this quote's sentence, same or
        previous line."""
        i = self.pre[-1] if self.pre else self.first
        i -= 1
        doc = self.doc
        stopped = False
        while i >= 0 and (
            doc[i].is_space or doc[i].text in SENTENCE_END or self.quote_of_token[i] >= 0
        ):
            if self.quote_of_token[i] >= 0:
                return None
            stopped = stopped or doc[i].text in SENTENCE_END
            i -= 1
        if i < 0 or self.line_of_token[self.first] - self.line_of_token[i] > 1:
            return None
        # ('... just after 11 p.m.': an abbreviation's point ends the sentence too)
        stopped = stopped or (
            len(doc[i].text) > 1 and doc[i].text.endswith(".") and doc[i].text[0].islower()
        )
        if self.line_of_token[i] != self.line_of_token[self.first] and not stopped:
            return None  # a headline, not a sentence
        end = i
        while (
            i >= 0
            and not (doc[i].text in SENTENCE_END and doc[i].pos_ == "PUNCT")
            and self.quote_of_token[i] < 0
            and self.line_of_token[i] == self.line_of_token[end]
        ):
            i -= 1
        return i + 1, end

    def _introduced_at_end(self, sent: tuple[int, int], previous: Speaker | None) -> Speaker | None:
        """A person named for the first time, after a role, as the last words of the
        sentence spanning tokens ``sent``, which reports nothing ('... grew out of research
        done by the company's research director Dr Alastair Sibbald. "..."'): the one the
        words after it are by."""
        last = sent[1]
        while last > sent[0] and (self.doc[last].is_punct or self.doc[last].is_space):
            last -= 1
        person = self.index.entity_of_token.get(last)
        bounds = self.index.mention_span.get(last)
        if person is None or person.label != "PERSON" or bounds is None:
            return None
        if previous is not None and person.key == previous.key:
            return None
        first = bounds[0]
        if any(m.speaker.key == person.key and m.first < first for m in self.index.mentions):
            return None  # named before: no one introduced here
        before = first - 1
        if before >= 0 and self.doc[before].lower_.rstrip(".") in HONORIFICS:
            before -= 1
        if before < sent[0] or not (
            self.doc[before].is_lower and self.doc[before].lower_ in ROLE_WORDS
        ):
            return None
        if any(
            t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB"
            for t in self.doc[sent[0] : sent[1] + 1]
        ):
            return None  # ('He said the decision was made by chief executive X.')
        return person

    def previous_sentence_subject(
        self, prev_at: int, previous: Speaker | None = None
    ) -> Speaker | None:
        """The named subject of the sentence just before, when it comes after the previous
        quotation (a speaker introduced right before their words)."""
        sent = self._previous_sentence()
        if sent is None or sent[0] <= prev_at:
            return None
        found = self._sentence_subject(sent, prev_at, previous) or self._introduced_at_end(
            sent, previous
        )
        root = next((t for t in self.doc[sent[0] : sent[1] + 1] if t.dep_ == "ROOT"), None)
        if root is not None and (relayed := self._whose_words_relayed(root, previous, prev_at)):
            return relayed  # '"...," she said, relaying his words. "..."': still his
        if root is not None and (author := self._author_of_writing_read(root)) is not None:
            return author  # '"...," Goldfarb read from the letter. "..."': still the writer's
        if found is None and root is not None and (owner := self._owner_of_reply(root)):
            return owner  # 'Her reply came just after 11 p.m.¶"Wendell, I hear you."'
        if (
            found is not None
            and previous is not None
            and self.speaker_token is not None
            and self.speaker_token.head.lemma_.lower() in ("quote", "cite")
            and 0 <= prev_at < sent[0]
            and all(self.doc[j].is_punct for j in range(prev_at + 1, sent[0]))
        ):
            # '"...," Reuters quoted a central bank official as saying. "..."': the one
            # quoted goes on, not the one quoting
            self.speaker_token = None
            return previous
        # the sentence is the previous quotation's own attribution, split off by the
        # parser ('"...," said the Sale full-back. "..."'): its speaker as resolved there,
        # unless the subject names someone that resolution did not
        if (
            previous is None
            or (found is not None and found.key == previous.key)
            or prev_at < 0
            or not all(self.doc[j].is_punct for j in range(prev_at + 1, sent[0]))
            # (the quotation ends on a comma: '"...," said X.', not '"...." X admitted ...')
            or not any(self.doc[j].text == "," for j in range(max(0, prev_at - 1), sent[0]))
            # a name found there beats a description, and a person any body
            or (
                found is not None
                and found.entity_id is not None
                and (found.label == "PERSON" or previous.entity_id is None)
            )
        ):
            return found
        subject = next(
            (
                t
                for t in self.doc[sent[0] : sent[1] + 1]
                if t.dep_ in ("nsubj", "nsubjpass")
                and t.head.dep_ == "ROOT"
                and t.head.lemma_.lower() in REPORTING_VERBS
            ),
            None,
        )
        if subject is None:
            return found
        self.speaker_token = subject
        return previous

    def asker_before_reply(self, cue: Token, quote_text: str) -> Speaker | None:
        """For a question quoted before a verb of replying ('Asked by the host, X, "...?",
        the author replied'), the person named as the one who asked."""
        if cue.lemma_.lower() not in _REPLY_VERBS or not quote_text.rstrip(" ,").endswith("?"):
            return None
        if not all(t.i < cue.i for t in self.doc[self.first : self.last + 1]):
            return None
        for asked in self.doc[cue.sent.start : self.first]:
            if asked.dep_ != "advcl" or asked.lower_ != "asked" or asked.tag_ != "VBN":
                continue
            for t in _askers_named(asked):
                found = self.index.speaker_of_token(t)
                if found is not None and found.label == "PERSON":
                    self.cue_token, self.speaker_token = asked, t
                    return found
        return None

    def _owner_of_reply(self, root: Token) -> Speaker | None:
        """The person whose reply, answer or message a sentence's subject is ('Her reply came
        just after 11 p.m.'), when the sentence says no more than that it came."""
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if (
            subject is None
            or subject.lemma_.lower() not in _ANSWER_NOUNS | {"message", "email", "text"}
            or root.lemma_.lower() not in ("come", "arrive", "be", "read", "land")
            or any(c.dep_ in ("dobj", "ccomp") for c in root.children)
        ):
            return None
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is None or self.quote_of_token[owner.i] >= 0:
            return None
        found = self.resolve(owner, None, -1)
        return found if found is not None and found.label == "PERSON" else None

    def _sentence_subject(
        self, sent: tuple[int, int], prev_at: int, previous: Speaker | None
    ) -> Speaker | None:
        """The named subject of the sentence spanning tokens ``sent``."""
        for i in range(sent[0], sent[1] + 1):
            t = self.doc[i]
            if (
                t.dep_ == "ROOT"
                and t.pos_ == "PROPN"
                and self.quote_of_token[i] < 0
                and any(
                    c.dep_ == "acl" and c.i > i and c.tag_ in ("VBD", "VBN") for c in t.children
                )
            ):
                # 'Mr. X, a Democrat from New Mexico, cut in before ...', parsed as a name
                # with a participle: the name is the subject
                sp = self.index.speaker_of_token(t)
                if sp is not None and sp.label == "PERSON":
                    self.speaker_token = t
                    return sp
            if (
                t.dep_ in ("nsubj", "nsubjpass") or _misparsed_subject(t)
            ) and t.head.dep_ == "ROOT":
                sp = self.index.speaker_of_token(t)
                if (
                    sp is None
                    and t.lower_ in ("he", "she")
                    and t.head.lemma_.lower() in REPORTING_VERBS
                    and t.head.lemma_.lower() not in WEAK_VERBS
                ):
                    # 'He said on Friday he hoped to be elected. "I think ..."'
                    sp = self.index.resolve_pronoun(t, previous, prev_at)
                elif (
                    sp is None
                    and t.lower_ in ("he", "she")
                    and previous is not None
                    and t.head.pos_ == "VERB"
                ):
                    # '"...," Tavares said. He dedicated the victory to his former coach,
                    # X. "He always told me ..."': the voice the pronoun carries on
                    found = self.index.resolve_pronoun(t, previous, prev_at)
                    if found is not None and (
                        found.key == previous.key
                        # 'Ms. Eze turned to face him. "...," she said. He shook his head.
                        # "..."': a pronoun the last voice cannot be is someone new acting
                        or self.index.sex_of(previous) not in (None, _pronoun_sex(t.lower_))
                    ):
                        sp = found
                if (sp is None or sp.label != "PERSON") and t.pos_ in ("NOUN", "PROPN"):
                    # 'His former partner, Lawrence Cummings, called him a master.';
                    # 'Director of Public Prosecutions, Ken Macdonald, said'; 'The
                    # committee's ranking Republican, Sen. Perry Harkey, opened with ...'
                    not_a_person = sp  # ('Republican', 'Democrat': a party or a nation)
                    appos = next(
                        (
                            a
                            for a in t.subtree
                            if a.dep_ == "appos"
                            and _in_noun_phrase(a, t)
                            and self.quote_of_token[a.i] < 0
                            and a.i in self.index.entity_of_token
                            and (
                                t.pos_ == "NOUN"
                                or self.index.entity_of_token[a.i].label == "PERSON"
                            )
                        ),
                        None,
                    )
                    if appos is not None:
                        sp = self.index.speaker_of_token(appos)
                        if sp is not None and sp.label != "PERSON":
                            sp = self._bracketed_after_person(appos) or sp
                        if not_a_person is not None and (
                            sp is None
                            or sp.label != "PERSON"
                            # (set off by a comma: not 'Scotland forward Simon Taylor')
                            or t.i + 1 >= len(self.doc)
                            or self.doc[t.i + 1].text != ","
                        ):
                            sp = not_a_person
                if sp is None:
                    sp = self._named_after_title_of_field(t)
                if (
                    sp is None
                    and t.pos_ == "PROPN"
                    and t.text[:1].isupper()  # not 'the first minister', tagged a name
                    and t.ent_type_ not in NOT_SPEAKER_ENTS
                ):
                    sp = self.index.name_from_tokens(t)
                if sp is None and t.pos_ == "NOUN" and t.lower_ in _KIN:
                    # 'Her father shrugged. "She's right."': the relative named before
                    sp = self.index.relative_of(t, previous, prev_at)
                if sp is not None and sp.label != "PERSON" and _demonym_description(t):
                    return None  # 'the Dutchman said.': an epithet for the voice going on
                if sp is not None and sp.label == "ORG" and self._employs(sp, previous, sent[0]):
                    return None  # 'Ian Pearson, BT's futurologist, ... BT was one of ...'
                if (
                    sp is not None
                    and sp.label == "ORG"
                    and previous is not None
                    and previous.label == "PERSON"
                    and t.head.lemma_.lower() not in REPORTING_VERBS
                    and t.head.lemma_.lower() not in _STANCE_VERBS
                ):
                    # '"...," Kirsten Pfeifer told the BBC. The show featured the pick of
                    # 2005's products. "..."': a body doing something does not take the word
                    # from the person speaking
                    return None
                if sp is not None and sp.label in ("PERSON", "ORG"):
                    self.speaker_token = t
                    return sp
                if (
                    sp is None
                    and t.pos_ == "NOUN"
                    and (
                        t.lemma_.lower() in ROLE_WORDS
                        # 'A Labour party spokesman', someone new
                        or (
                            t.lemma_.lower() in SOURCE_NOUNS
                            and self.doc[t.left_edge.i].lower_ in ("a", "an")
                        )
                    )
                    and any(
                        v.lemma_.lower() in REPORTING_VERBS and v.lemma_.lower() not in WEAK_VERBS
                        # 'A Labour party spokesman played down ... and said ...'
                        for v in [t.head, *(c for c in t.head.children if c.dep_ == "conj")]
                    )
                ):
                    # '..., the spokesman said. "What is happening is ..."': a described
                    # speaker introduced right before the words ('said Nortel president and
                    # chief executive Bill Owens': the person the title names)
                    named = next(
                        (
                            sp
                            for a in t.subtree
                            if (sp := self.index.speaker_of_token(a)) is not None
                            and sp.label == "PERSON"
                        ),
                        None,
                    )
                    # ('The chairwoman of the subcommittee, Rep. Hyejin Overholt, said',
                    # the name parsed as a second subject)
                    named = named or self._name_set_off_after(t)
                    if named is not None:
                        self.speaker_token = t
                        return named
                    # (someone new when indefinite: 'A Labour party spokesman')
                    # ('One paramedic in Glasgow, who asked not to be named, described ...')
                    indefinite = self.doc[t.left_edge.i].lower_ in ("a", "an") or (
                        _brought_in_unnamed(t)
                    )
                    described = (
                        None if indefinite else self.index.resolve_description(t, previous, prev_at)
                    )
                    # ('a senior official told reporters ... The official said ...': the
                    # one introduced so)
                    described = (
                        described
                        or (None if indefinite else self._introduced_source(t))
                        or describe(t, self.quote_of_token)
                    )
                    if described is not None:
                        self.speaker_token = t
                    return described
                return None
        return None

    def _employs(self, body: Speaker, person: Speaker | None, before: int) -> bool:
        """``body`` is named within a few words after the last mention of ``person`` before
        token ``before`` ("Ian Pearson, BT's futurologist"): the person speaks for it."""
        if person is None or person.label != "PERSON":
            return False
        index = self.index
        hi = bisect_left(index.mention_ends, before)
        for k in range(hi - 1, -1, -1):
            m = index.mentions[k]
            if m.speaker is person:
                for i in range(m.last + 1, min(m.last + 9, before)):
                    if index.entity_of_token.get(i) is body:
                        return True
                return False
        return False

    def _inner_root(self) -> Token | None:
        """The first word inside the marks whose head lies outside them: where the quoted
        words attach to the sentence."""
        quoted = self.quote_of_token
        return next(
            (
                t
                for t in self.doc[self.first : self.last + 1]
                if not t.is_punct and quoted[t.head.i] != self.k
            ),
            None,
        )

    def prenominal(self) -> bool:
        """The quoted words modify a noun right after the closing mark ('the "sex tape"
        reference', 'its "national enterprise reporter" Jane Doe')."""
        doc = self.doc
        inner = [t for t in doc[self.first : self.last + 1] if not t.is_punct]
        if not inner or self.raw.close_mark < 0 or self.first == 0:
            return False
        before = self.first - 1
        while before > 0 and doc[before].is_space:
            before -= 1  # 'the\xa0"fact-checking" website'
        if self.pre and doc[before].lower_ not in PRENOMINAL_DETERMINERS:
            return False  # after a determiner, or opening the sentence
        root = self._inner_root()
        if root is None or root.dep_ not in ("amod", "compound", "nmod"):
            return False
        if (
            root.pos_ in ("ADJ", "ADV")
            or root.tag_ == "VBN"
            or (len(inner) == 1 and root.tag_ == "VBG")
        ):
            return False  # 'a "slim" chance': an evaluative word is usually someone's
        head = root.head
        return head.i > self.last and head.pos_ in ("NOUN", "PROPN") and head.i - self.last <= 4

    def speech_noun_owner(
        self, previous: Speaker | None, prev_at: int
    ) -> tuple[Speaker, str] | None:
        """The owner of a speech noun that governs the quotation before any speech verb
        does ('Trump's claim that there have been "..."', 'the claim by X that "..."')."""
        quoted = self.quote_of_token
        root = self._inner_root()
        if root is None:
            return None
        below, head, steps = root, root.head, 0
        while steps < 4 and quoted[head.i] != self.k:
            if head.pos_ == "VERB" and head.lemma_.lower() in REPORTING_VERBS:
                return None  # a speech verb is nearer: the ordinary cue
            if (
                head.lemma_ == "be"
                and head.dep_ == "ROOT"  # not 'insisted his comments were "..."'
                and below.dep_ in ("xcomp", "attr")
                and below.i > head.i
            ):
                # 'His advice for one young contestant was to "get a haircut"': the words
                # are what the owner of the advice said
                noun = next((c for c in head.children if c.dep_ == "nsubj"), None)
                found = self._owner_of_words(noun, previous, prev_at) if noun else None
                if found is None or found.label != "PERSON":
                    return None
                self.cue_token = noun
                return found, noun.text
            # 'Peter Hain's description of him as an "attack mongrel"': what the owner called
            # someone
            described_as = (
                head.lemma_.lower() in _DESCRIBING_NOUNS
                and below.dep_ == "prep"
                and below.lower_ == "as"
            )
            if (
                head.pos_ == "NOUN"
                and head.lemma_.lower() in _ANSWER_NOUNS
                and below.dep_ in ("appos", "acl")
                and any(t.text == ":" for t in self.doc[max(self.first - 2, 0) : self.first])
            ):
                # 'texted the elder Castellano and received a one-word reply: "..."': the
                # answer is from whoever was got in touch with
                answerer = self._answerer(head)
                if answerer is None:
                    return None
                found = self.resolve(answerer, previous, prev_at)
                if found is None or found.label != "PERSON":
                    return None
                self.speaker_token, self.cue_token = answerer, head
                return found, head.text
            if head.pos_ == "NOUN" and (head.lemma_.lower() in SPEECH_NOUNS or described_as):
                if not described_as and (
                    below.dep_ not in ("acl", "ccomp")
                    or not any(
                        c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in below.children
                    )
                ):
                    return None  # 'Apple's threat to the "walled garden"': not its content
                owner = next((c for c in head.children if c.dep_ == "poss"), None)
                if owner is None:
                    by = next(
                        (c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"), None
                    )
                    owner = next((g for g in by.children if g.dep_ == "pobj"), None) if by else None
                if owner is None or quoted[owner.i] >= 0:
                    return None
                found = self.resolve(owner, previous, prev_at)
                if found is None or found.label not in ("PERSON", "ORG"):
                    return None
                self.speaker_token, self.cue_token = owner, head
                return found, head.text
            if head.head.i == head.i:
                return None
            below, head, steps = head, head.head, steps + 1
        return None

    def _answerer(self, answer: Token) -> Token | None:
        """Who an answer someone received came from: its owner ('his reply'), its source
        ('a reply from X'), or the one the receiver got in touch with ('texted X ... and
        received a reply')."""
        quoted = self.quote_of_token
        owner = next((c for c in answer.children if c.dep_ == "poss"), None)
        if owner is None:
            owner = next((pobj for _, pobj in _objects_of(answer, "from")), None)
        if owner is not None:
            return owner if quoted[owner.i] < 0 and owner.lower_ not in ("my", "our") else None
        verb = answer.head
        if answer.dep_ != "dobj" or verb.lemma_.lower() not in ("receive", "get"):
            return None
        owner = next((pobj for _, pobj in _objects_of(verb, "from")), None)
        if owner is not None:
            return owner if quoted[owner.i] < 0 else None
        contacts = [c for c in verb.children if c.dep_ == "conj"]
        if verb.dep_ == "conj":
            contacts.append(verb.head)
        for contact in contacts:
            if contact.lemma_.lower() not in _CONTACTING_VERBS:
                continue
            whom = next((c for c in contact.children if c.dep_ in ("dobj", "dative")), None)
            if whom is None:
                whom = next((pobj for _, pobj in _objects_of(contact, "to")), None)
            if whom is not None and quoted[whom.i] < 0:
                return whom
        return None

    def copular_owner(self, previous: Speaker | None, prev_at: int) -> tuple[Speaker, str] | None:
        """'"...," is the dry assessment of Graham Lane', '"..." was Mr Smith's response':
        the quotation is what a verdict noun after 'is/was' names, and its owner said it."""
        doc = self.doc
        j = self.last + 1
        while j < len(doc) and doc[j].is_punct and doc[j].text in ",":
            j += 1
        if j >= len(doc) or doc[j].lemma_ != "be" or doc[j].lower_ not in ("is", "was"):
            return None
        be = doc[j] if doc[j].dep_ != "aux" else doc[j].head
        for noun in be.children:
            if (
                noun.dep_ not in ("attr", "nsubj")
                or noun.i < j
                or noun.pos_ != "NOUN"
                or noun.lemma_.lower() not in SPEECH_NOUNS | VERDICT_NOUNS
            ):
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is None:
                prep = next(
                    (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")),
                    None,
                )
                owner = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
            if owner is None or self.quote_of_token[owner.i] >= 0:
                return None
            if owner.pos_ == "PROPN" or owner.i in self.index.entity_of_token:
                found = self.resolve(owner, previous, prev_at)
                if found is None or found.label not in ("PERSON", "ORG"):
                    return None
            else:
                found = self._describe(owner)  # 'the message from the pilot'
                if found is None:
                    return None
            self.speaker_token, self.cue_token = owner, noun
            return found, noun.text
        return None

    def renames_a_noun(self) -> bool:
        """The quoted words are a noun phrase in apposition to, or coordinated with, an
        unquoted noun ('a restaurant - a "philanthropub"', 'a rural area or a "targeted
        employment area"', 'Tea Party "super PACs"')."""
        quoted = self.quote_of_token
        root = self._inner_root()
        if root is None or root.pos_ not in ("NOUN", "PROPN") or root.dep_ not in ("appos", "conj"):
            return False
        head = root.head
        if any(t.lower_ in _CONTRASTING_WORDS for t in self.doc[head.i + 1 : self.first]):
            return False  # 'fair taxation rather than the "complete mess"': set against it
        return head.i < self.first and head.pos_ in ("NOUN", "PROPN") and quoted[head.i] < 0

    def _after_close(self) -> int:
        """The first token after the quotation's closing mark that is no space."""
        j = self.last + 1
        while j < len(self.doc) and self.doc[j].is_space:
            j += 1
        return j

    def _sentence_after_opening_quotation(self) -> int | None:
        """The first token after this quotation, when it opens its line and ends a sentence
        and a sentence outside quotation marks follows it."""
        if (
            self.raw.close_mark < 0
            or not self.index.ends_stop[self.k]
            or not _opens_line(self.text, self.raw.open_mark)
        ):
            return None
        j = self._after_close()
        return None if j >= len(self.doc) or self.quote_of_token[j] >= 0 else j

    def introduced_right_after(self) -> Speaker | None:
        """'"My granddaddy built that house in 1952." Darlene Haskins, 58, stood in what had
        been her front yard': a quotation opening its paragraph, and the sentence right after
        it, in the same paragraph, opening with a person the text names there for the first
        time as its subject: the newcomer's words, as a feature introduces a voice."""
        doc, index = self.doc, self.index
        j = self._sentence_after_opening_quotation()
        if j is None:
            return None
        if (
            j + 3 < len(doc)
            and doc[j].lower_ == "the"
            and doc[j + 1].lower_ in ("speaker", "voice")
            and doc[j + 2].text == ","
            and (named := index.speaker_of_token(doc[j + 3])) is not None
            and named.label == "PERSON"
        ):
            # '"I counted my own precinct's ballots ..."¶The speaker, Eugene Park, 71, is'
            self.speaker_token = doc[j + 3]
            return named
        found = index.speaker_of_token(doc[j])
        if found is None or found.label != "PERSON":
            return None
        # (or the next paragraph, when the quotation is a paragraph of its own and that one
        # goes on to report the newcomer speaking: '"I heard the wind ..."¶Delphine X, 58,
        # spent the night in the hallway ... By then water had reached the porch, she said.')
        next_paragraph = "\n" in doc[self.last : j].text_with_ws
        if next_paragraph and not (
            self.line_of_token[j] - self.line_of_token[self.last] <= 2
            and self._reports_them_speaking(j, found)
        ):
            return None
        if next_paragraph and self._runs_on_from_quotation_before():
            return None  # '"...," he said.¶"This is a good scheme ..."¶Robin Hall, ...'

        def names_them(t: Token) -> bool:
            return (sp := index.speaker_of_token(t)) is not None and sp.key == found.key

        subject = next((t for t in doc[j : j + 6] if t.dep_ == "nsubj" and names_them(t)), None)
        if subject is None or not all(names_them(t) for t in doc[j : subject.i + 1]):
            return None
        if not next_paragraph and (subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ","):
            return None  # introduced with an age or a description set off by commas
        sentence = doc[j : subject.sent.end]
        if any(self.quote_of_token[t.i] >= 0 or t.text == ":" for t in sentence):
            return None  # ('Jo Bell, the chair, said: "..."': the newcomer's own quotation)
        if any(m.speaker.key == found.key and m.first < j for m in index.mentions):
            return None  # named before: someone already in the story
        self.speaker_token = subject
        return found

    def _runs_on_from_quotation_before(self) -> bool:
        """The paragraph before this quotation's ends in another quotation and its cue, with
        no sentence of narrative after it: the same voice running on."""
        if self.k == 0:
            return False
        before = self.index.spans[self.k - 1][1]
        first = self.first
        while first > 0 and self.doc[first - 1].is_space:
            first -= 1
        tail = self.doc[before:first]
        return (
            "\n" in self.doc[before : self.first].text_with_ws
            and len(tail) <= 8
            and all(t.sent.start <= before for t in tail)
            # its cue after it ('," he said.'), not a phrase quoted inside a sentence
            and any(t.pos_ == "VERB" for t in tail)
        )

    def _reports_them_speaking(self, j: int, found: Speaker) -> bool:
        """The paragraph opening at token ``j`` reports ``found`` speaking, by name or by a
        pronoun of their sex ('..., she said.')."""
        doc, index = self.doc, self.index
        line = self.line_of_token[j]
        sex = index.sex_of(found)
        k = j
        while k < len(doc) and self.line_of_token[k] == line:
            t = doc[k]
            if (
                t.lemma_.lower() in ("say", "tell", "add", "recall", "explain")
                and t.pos_ == "VERB"
                and self.quote_of_token[k] < 0
            ):
                for c in t.children:
                    if c.dep_ != "nsubj":
                        continue
                    said = index.speaker_of_token(c)
                    if said is not None and said.key == found.key:
                        return True
                    pronoun = _pronoun_sex(c.lower_)
                    if pronoun is not None and sex in (None, pronoun):
                        return True
            k += 1
        return False

    def speaking_in_the_next_paragraph(self) -> Speaker | None:
        """'"I read the book when I was 14 ..."¶Darragh Fitzgerald was speaking at the launch
        of ...': a paragraph that is only a quotation, and the next one opening by telling
        where a person named there was speaking."""
        doc, index = self.doc, self.index
        j = self._sentence_after_opening_quotation()
        if j is None or "\n" not in doc[self.last : j].text_with_ws:  # (the next paragraph)
            return None
        verb = doc[j].sent.root
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (
            verb.lemma_.lower() not in ("speak", "talk")
            or verb.tag_ != "VBG"
            or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
            or subject is None
            or subject.left_edge.i != j
            or subject.pos_ != "PROPN"
        ):
            return None
        found = index.speaker_of_token(subject)
        if found is None or found.label != "PERSON":
            return None
        self.speaker_token = subject
        return found

    def named_in_a_pointer_after(self) -> tuple[Speaker, str] | None:
        """'"We will have the votes." That was the promise Rep. Ebele Vasquez made', 'Those
        were the words of Olamide Torvik', 'That was how Henrike Achebe described it': the
        sentence right after the quotation points back to it and names whose words they
        were."""
        doc = self.doc
        if self.raw.close_mark < 0 or not self.index.ends_stop[self.k]:
            return None
        j = self._after_close()
        if j >= len(doc):
            return None
        inverted = self._inverted_report_after(j) or self._words_came_from_after(j)
        if inverted is not None:
            return inverted
        remark = (
            self._remark_from_after(j)
            or self._said_it_after(j)
            or self._words_were_those_of(j)
            or self._one_speaking_was(j)
        )
        if remark is not None:
            return remark
        if doc[j].lower_ not in ("that", "this", "those", "these"):
            return None
        pointer = doc[j]
        verb = pointer.head
        if pointer.dep_ != "nsubj" or verb.lemma_ != "be" or self.quote_of_token[j] >= 0:
            return None
        named_as = next(
            (
                c
                for c in verb.children
                if (c.dep_ == "attr" and c.lemma_.lower() in SPEECH_NOUNS | _POINTED_WORDS)
                or (
                    c.dep_ in ("advcl", "ccomp")
                    and (
                        c.lemma_.lower() in REPORTING_VERBS
                        # 'That was how X summed up the race', 'how X put it'
                        or (c.lemma_.lower() == "sum" and any(g.lower_ == "up" for g in c.children))
                        or (c.lemma_.lower() == "put" and any(g.lower_ == "it" for g in c.children))
                    )
                    and (
                        any(g.lower_ == "how" for g in c.children)
                        # ('how' hung from the name: 'That was how Jerome Battle, 45, ...')
                        or (verb.i + 1 < c.i and doc[verb.i + 1].lower_ == "how")
                    )
                )
            ),
            None,
        )
        how = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if named_as is None and how is not None and how.lower_ == "how":
            # ('That was how Delphine X, a courts reporter ..., described learning of the
            # cuts', the verb hung from a noun after it: the 'how' it has marks it)
            verb_of_how = how.head
            if (
                verb_of_how.pos_ == "VERB"
                and verb_of_how.lemma_.lower() in REPORTING_VERBS
                and verb.is_ancestor(verb_of_how)
            ):
                named_as = verb_of_how
        if named_as is None:
            return self._someone_speaking(verb) or self._how_someone_put_it(j)
        for t in _pointed_sources(named_as):
            if self.quote_of_token[t.i] >= 0:
                continue
            # ('the insistence of the state's commissioner for information, Tonye Alabo':
            # the name set beside the role)
            # (and the name beside that: 'the jury president, the French director
            # Isabelle Faure-Marchand')
            beside = [c for c in t.children if c.dep_ == "appos"]
            beside += [g for c in beside for g in c.children if g.dep_ == "appos"]
            for source in (t, *beside):
                found = (
                    self.index.speaker_of_token(source)
                    or self._bracketed_after_person(source)
                    or self._name_set_off_after(source)
                )
                if found is not None and found.label in ("PERSON", "ORG"):
                    self.speaker_token = source
                    return found, named_as.text
        return None

    def _someone_speaking(self, verb: Token) -> tuple[Speaker, str] | None:
        """'That was Dr Kwame Mensah-Boateng, the trust's chief executive, speaking at a
        packed public meeting': the person the pointer is, speaking."""
        for c in verb.children:
            found = self.index.speaker_of_token(c) if c.dep_ == "attr" else None
            if found is None or found.label != "PERSON" or self.quote_of_token[c.i] >= 0:
                continue
            speaking = next(
                (
                    g
                    for g in c.children
                    if g.dep_ in ("acl", "advcl")
                    and g.tag_ == "VBG"
                    and g.lemma_.lower() in ("speak", "talk", "write", "reply", "respond")
                ),
                None,
            )
            if speaking is not None:
                self.speaker_token = c
                return found, speaking.text
            end = self.index.mention_span.get(c.i, (c.i, c.i))[1] + 1
            if verb.lower_ == "was" and end < len(self.doc) and self.doc[end].text in (",", "."):
                # 'That was Crestwood North coach Dariusz Nowicki, whose team finished ...':
                # the person the quotation just before is, named alone
                self.speaker_token = c
                return found, verb.text
        return None

    def _how_someone_put_it(self, j: int) -> tuple[Speaker, str] | None:
        """'That was how Rhodri ap Dafydd, the economy minister, described the plan', read
        from the words when the parse is lost: the person named right after "how", who the
        sentence's first reporting verb says spoke."""
        doc = self.doc
        if j + 4 >= len(doc) or doc[j + 1].lemma_ != "be" or doc[j + 2].lower_ != "how":
            return None
        found = self.index.speaker_of_token(doc[j + 3])
        if found is None or found.label != "PERSON":
            return None
        lo, hi = self.index.mention_span.get(doc[j + 3].i, (j + 3, j + 3))
        if lo != j + 3:
            return None
        verb = next(
            (
                t
                for t in doc[hi + 1 : min(len(doc), hi + 20)]
                if t.tag_ in ("VBD", "VBZ") and not t.is_sent_start
            ),
            None,
        )
        if verb is None or verb.lemma_.lower() not in REPORTING_VERBS or verb.sent != doc[j].sent:
            return None
        self.speaker_token = doc[j + 3]
        return found, verb.text

    def _one_speaking_was(self, j: int) -> tuple[Speaker, str] | None:
        """'"..."¶The woman speaking was Linda Sorensen, 58,': a sentence right after the
        quotation that names the one speaking."""
        doc = self.doc
        if doc[j].lower_ != "the" or j + 3 >= len(doc):
            return None
        noun, verb = doc[j + 1], doc[j + 1].head
        speaking = next(
            (c for c in noun.children if c.dep_ == "acl" and c.lemma_ in ("speak", "talk")), None
        )
        if (
            speaking is None
            or speaking.i != noun.i + 1
            or noun.dep_ != "nsubj"
            or verb.lemma_ != "be"
            or not _one_persons_noun(noun.lemma_.lower())
        ):
            return None
        for c in verb.children:
            if c.dep_ == "attr" and c.i > speaking.i:
                found = self.index.speaker_of_token(c)
                if found is not None and found.label == "PERSON":
                    self.speaker_token = c
                    return found, speaking.text
        return None

    def _words_were_those_of(self, j: int) -> tuple[Speaker, str] | None:
        """'"..." The words were those of Margaret X, 71,': a sentence right after the
        quotation whose subject is the words themselves, said to be someone's."""
        doc = self.doc
        if doc[j].lower_ != "the" or j + 2 >= len(doc):
            return None
        noun, verb = doc[j + 1], doc[j + 2]
        if (
            noun.lemma_.lower() not in SPEECH_NOUNS | _POINTED_WORDS
            or noun.dep_ != "nsubj"
            or noun.head.i != verb.i
            or verb.lemma_ != "be"
        ):
            return None
        source = next(
            (
                g
                for those in verb.children
                if those.dep_ == "attr" and those.lower_ in ("those", "that")
                for c in those.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj" and self.quote_of_token[g.i] < 0
            ),
            None,
        )
        if source is None:
            return None
        # (or the name set beside a role: 'those of the union's health and safety officer,
        # Morven Gallacher')
        for named in (source, *(c for c in source.children if c.dep_ == "appos")):
            found = self.index.speaker_of_token(named)
            if found is not None and found.label in ("PERSON", "ORG"):
                self.speaker_token = named
                return found, noun.text
        return None

    def _said_it_after(self, j: int) -> tuple[Speaker, str] | None:
        """'"It is a lie, and he knows it is a lie." Obi-Castellano said it again and again',
        '"..." Rosa Morales spoke those words on the courthouse steps', '"..." Mayor Connie
        Whitlock, standing in front of the library, made the plea at a briefing': a sentence
        right after the quotation whose subject says "it" or "those words", or gives "the
        plea" (the words)."""
        doc = self.doc
        subject = next((t for t in doc[j : j + 6] if t.dep_ == "nsubj"), None)
        if subject is None or any(
            t.pos_ != "PROPN" and t.text not in _NAME_HYPHENS for t in doc[j : subject.i]
        ):
            return None
        verb = subject.head
        giving = verb.lemma_.lower() in _GIVING_VERBS
        pointers = (
            ("this", "that", "these", "those", "the")
            if giving
            else ("this", "that", "these", "those")
        )
        if (
            subject.dep_ != "nsubj"
            or (
                verb.lemma_.lower() not in REPORTING_VERBS
                and verb.lemma_.lower() not in ("speak", "utter")
                and not giving
            )
            or verb.lemma_.lower() in WEAK_VERBS
            # ('"It's a self-fulfilling prophecy."¶Mrs Ibbotson rejected that.': a reply to
            # the words, not their repetition)
            or verb.lemma_.lower() in _REBUTTING_VERBS
            or self.quote_of_token[verb.i] >= 0
            or not any(
                c.dep_ == "dobj"
                and (
                    (c.lower_ in ("it", "this", "that") and not giving)
                    # 'Rosa Morales spoke those words on the courthouse steps'
                    or (
                        c.lemma_.lower() in SPEECH_NOUNS | _POINTED_WORDS
                        and any(g.dep_ == "det" and g.lower_ in pointers for g in c.children)
                    )
                )
                for c in verb.children
            )
            # (commas only round the subject's own apposition: 'Curtis Ellery, DeShawn's
            # father, repeated those words')
            or (doc[j : verb.i].text.count(",") > 0 and subject.right_edge.i + 1 != verb.i)
            # (nor a verb with quoted words of its own: 'Sen. Wendell Ashby called it "a
            # blank check"' is about the bill)
            or any(
                self.quote_of_token[t.i] >= 0
                for c in verb.children
                if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "attr", "acomp")
                for t in c.subtree
            )
        ):
            return None
        found = self.index.speaker_of_token(subject)
        if found is None or found.label != "PERSON":
            return None
        self.speaker_token = subject
        return found, verb.text

    def _remark_from_after(self, j: int) -> tuple[Speaker, str] | None:
        """'"... It is a prayer." The remark, from Sen. Curtis Hargrove (R-Okla.), drew
        nods', '"..." Those words, from testimony Tamika Rhodes gave to the committee, were
        read aloud': a sentence right after the quotation whose subject is the words
        themselves, "the remark" or "those words", set beside whom they came from."""
        doc = self.doc
        if doc[j].lower_ not in ("the", "those", "these") or j + 2 >= len(doc):
            return None
        noun = doc[j + 1]
        if (
            noun.lemma_.lower() not in _POINTED_WORDS | SPEECH_NOUNS
            or noun.dep_ not in ("nsubj", "nsubjpass")
            or doc[j + 2].text != ","
        ):
            return None
        for t in _pointed_sources(noun):
            found = self.index.speaker_of_token(t) or self._bracketed_after_person(t)
            if found is not None and found.label in ("PERSON", "ORG"):
                self.speaker_token = t
                return found, noun.text
        return None

    def _inverted_report_after(self, j: int) -> tuple[Speaker, str] | None:
        """'"We came here to work." ¶ So says Agnieszka Wrobel, a 29-year-old from Lublin':
        a sentence opening with an inverted reporting verb ('So says X', 'Says X') names
        whose the words before it are."""
        doc = self.doc
        verb = doc[j + 1] if doc[j].lower_ in ("so", "thus") and j + 1 < len(doc) else doc[j]
        if (
            verb.dep_ != "ROOT"
            or verb.lemma_ not in REPORTING_VERBS
            or verb.tag_ not in ("VBZ", "VBD")
            or (verb.i != j and doc[j].head.i != verb.i)
            or self.quote_of_token[verb.i] >= 0
        ):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        if subject is None:
            return None
        found = self.index.speaker_of_token(subject)
        if found is None or found.label not in ("PERSON", "ORG"):
            return None
        self.speaker_token = subject
        return found, verb.text

    def _words_came_from_after(self, j: int) -> tuple[Speaker, str] | None:
        """'"Hospitals cannot keep treating every outbreak as a surprise." ¶ The warning
        came from Dr Lakshmi Venkataraman': the words, taken up by a definite noun for
        them, came from whoever the sentence names."""
        doc = self.doc
        noun = doc[j].head
        verb = noun.head
        if (
            doc[j].lower_ not in ("the", "that", "this", "those", "these")
            or doc[j].dep_ != "det"
            or noun.dep_ != "nsubj"
            or noun.lemma_.lower() not in SPEECH_NOUNS | _POINTED_WORDS
            or verb.lemma_ != "come"
            or verb.dep_ != "ROOT"
            or self.quote_of_token[verb.i] >= 0
        ):
            return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            for source in prep.children:
                found = self.index.speaker_of_token(source) if source.dep_ == "pobj" else None
                if found is not None and found.label in ("PERSON", "ORG"):
                    self.speaker_token = source
                    return found, f"{noun.text} came from"
        return None

    def interviewee(self) -> Speaker | None:
        """Who the text says was interviewed before the quotation: the person spoken or
        talked to ('BBC News spoke to her'), or interviewed."""
        doc = self.doc
        for t in reversed(doc[: self.first]):
            lemma = t.lemma_.lower()
            targets: list[Token] = []
            if lemma in ("speak", "talk") and t.pos_ == "VERB":
                targets = [
                    g
                    for c in t.children
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
                if t.tag_ == "VBG" and t.dep_ == "advcl":
                    # 'Speaking to the BBC by telephone, Ms Gallagher said ...': the one
                    # speaking, the subject of the clause the participle opens
                    targets += [c for c in t.head.children if c.dep_ == "nsubj"]
            elif lemma == "interview" and t.pos_ == "VERB":
                targets = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
            for target in targets:
                if self.quote_of_token[target.i] >= 0:
                    continue
                found = self.resolve(target, None, -1)
                if found is not None and found.label == "PERSON":
                    return found
        return None

    def interview_turn(self, question: bool) -> Speaker | None:
        """The interviewer (``question``) or the interviewee of the interview the text
        reports before a transcript's turns ('In an interview on ..., Achebe-Larkin told
        host Sam Kuznetsov that ...'): the one with a questioner's title, told or spoken to,
        or interviewing; the one interviewed, or the sentence's subject."""
        doc, index = self.doc, self.index
        for t in reversed(doc[: self.first]):
            lemma = t.lemma_.lower()
            if self.quote_of_token[t.i] >= 0 or not (
                lemma == "interview" or (lemma in ("speak", "talk") and t.pos_ == "VERB")
            ):
                continue
            asker: Speaker | None = None
            answerer: Speaker | None = None
            for u in t.sent:
                if self.quote_of_token[u.i] >= 0:
                    continue
                found = index.speaker_of_token(u)
                if found is None or found.label != "PERSON":
                    continue
                head = u.head
                if (
                    index._asks_for_a_living(found)
                    # 'told host X', 'interviewed by X'
                    or (u.dep_ in ("dative", "dobj") and head.lemma_.lower() == "tell")
                    or (
                        u.dep_ == "pobj"
                        and head.lower_ == "by"
                        and head.head.lemma_.lower() == "interview"
                    )
                ):
                    asker = asker or found
                elif (u.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() == "interview") or (
                    # 'BBC News spoke to her', as ``interviewee`` reads it
                    u.dep_ == "pobj"
                    and head.lower_ == "to"
                    and head.head.lemma_.lower() in ("speak", "talk")
                ):
                    answerer = answerer or found
            if answerer is None:
                subject = next(
                    (c for c in t.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None
                )
                found = self.resolve(subject, None, -1) if subject is not None else None
                if found is not None and found.label == "PERSON":
                    answerer = found
            if answerer is not None and asker is not None and answerer.key == asker.key:
                answerer = None
            if asker is not None or answerer is not None:
                return asker if question else answerer
        return None

    def colon_label(self) -> Speaker | None:
        """'- Brentford boss Martin Allen: "..."': a name, with its title, set before a colon
        with no verb, as in a list of pre-match comments."""
        doc, first = self.doc, self.first
        colon = first >= 2 and doc[first - 1].text == ":"
        last = first - 2 if colon else first - 1
        if last < 0 or self.quote_of_token[last] >= 0:
            return None
        if not colon and self.index.speaker_of_token(doc[last]) is None:
            return None  # no colon: the name must stand right before the mark
        line = self.line_of_token[first]
        if colon:
            # 'SANTANGELO: "..."': a transcript's label in capitals, opening its line
            start = last
            while (
                start > 0 and self.line_of_token[start - 1] == line and not doc[start - 1].is_space
            ):
                start -= 1
            label = doc[start : last + 1]
            if label.text in _TURN_LABELS:
                # 'Q: "Are you?"' ... 'A: "No."': a question-and-answer transcript's turns
                self.speaker_token = None
                return self.interview_turn(label.text == "Q")
            if any(t.is_alpha for t in label) and all(t.is_upper or not t.is_alpha for t in label):
                labelled = self.index.transcript_speaker(label.text)
                if labelled is not None:
                    self.speaker_token = doc[last]
                    return labelled
        found: Speaker | None = None
        found_token = doc[last]
        i = last
        bulleted = False
        while i >= 0 and self.line_of_token[i] == line and self.quote_of_token[i] < 0:
            tok = doc[i]
            if tok.text in SENTENCE_END or tok.text in _BULLETS:
                bulleted = tok.text in _BULLETS and all(
                    t.is_space for t in doc[i - 1 : i] if self.line_of_token[t.i] == line
                )
                break
            if tok.pos_ in ("VERB", "AUX") or tok.pos_ == "PRON":
                return None
            sp = self.index.speaker_of_token(tok)
            if found is None and sp is not None and sp.label == "PERSON":
                found = sp
                found_token = tok
            i -= 1
        if found is None or (
            not colon
            and not (
                # '- Bolton boss Sam Allardyce "I am bitterly disappointed ...': a bulleted
                # line that opens with the speaker's name and then the words (not a title:
                # '- Steven Spielberg "Jaws" (1975)')
                bulleted
                and self.index.speaker_of_token(doc[last]) is found
                and not all(
                    w[0].isupper() for w in _WORDS.findall(self.text[self.raw.start : self.raw.end])
                )
            )
        ):
            return None
        if found.entity_id is None and self.index.in_headline(first):
            self.unnamed_headline_label = True
            return None  # 'Attorney General Defends Suit: "..."': a headline's title case
        self.speaker_token = found_token
        return found

    def verbless_name(self) -> Speaker | None:
        """'"...," Mr Bootle.': a person's name alone after the quotation's comma, its
        reporting verb dropped."""
        quote = self.text[self.raw.start : self.raw.end].rstrip()
        if not quote.endswith(",") or self.raw.close_mark < 0:
            return None
        words = [i for i in self.post if not self.doc[i].is_punct]
        if not words or len(words) > 4:
            return None
        found = self.index.speaker_of_token(self.doc[words[-1]])
        if found is None or found.label != "PERSON":
            return None
        for i in words:
            tok = self.doc[i]
            title = tok.lower_.rstrip(".") in TITLES
            if self.index.speaker_of_token(tok) is not found and not title:
                return None
        after = words[-1] + 1
        if after < len(self.doc) and self.doc[after].text not in SENTENCE_END:
            return None
        self.speaker_token = self.doc[words[-1]]
        return found

    def dash_attribution(self) -> Speaker | None:
        """'"..." ― Name': a name after a dash following the closing mark."""
        j = self.raw.close_mark + 1 if self.raw.close_mark >= 0 else self.raw.end
        text = self.text
        while j < len(text) and text[j] in " \u00a0\t":
            j += 1
        if j >= len(text) or text[j] not in "―—–" or self.raw.close_mark < 0:
            # a signature closing the line signs every quotation on it
            line_end = text.find("\n", j)
            line_end = len(text) if line_end < 0 else line_end
            sign = _SIGNATURE.search(text, j, line_end)
            if sign is None:
                return None
            j = sign.start(1)
        doc = self.doc
        i = self.last + 1
        line = self.line_of_token[self.last]
        while (
            i < len(doc)
            and self.line_of_token[i] == line
            and (doc[i].idx <= j or doc[i].is_space or doc[i].is_punct)
        ):
            i += 1
        if i >= len(doc) or self.line_of_token[i] != line or doc[i].pos_ != "PROPN":
            return None
        if self.quote_of_token[i] >= 0:
            return None
        while i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and self.quote_of_token[i + 1] < 0:
            i += 1
        return self._named(doc[i])

    def governor_subject(self, previous: Speaker | None, prev_at: int) -> Speaker | None:
        """For a cue-less partial quotation: the named subject of the nearest clause that
        governs it ('Mrs K called for the tragedy to be "..."')."""
        verbs = [v for v in self._governor_chain() if v.pos_ in ("VERB", "AUX")][:3]
        for n, verb in enumerate(verbs):
            subject = self._subject_of(verb)
            if subject is None:
                if verb.lemma_.lower() in REPORTING_VERBS and _passive(verb):
                    return None  # 'being told he was a "..."': an unnamed source
                continue
            if (
                subject.lower_ in ("he", "she")
                and verb.dep_ == "ccomp"
                and n + 1 < len(verbs)
                and verbs[n + 1] == verb.head
                and verb.head.lemma_.lower() in REPORTING_VERBS
                and not _passive(verb.head)
            ):
                continue  # 'X posted that he was "awake"': the words are the poster's
            told = self.doc[subject.i - 1] if subject.i > 0 else None
            if (
                told is not None
                and told.tag_ == "VBN"
                and told.lemma_.lower() in REPORTING_VERBS
                and any(c.dep_ == "auxpass" for c in told.children)
            ):
                return None  # the same, however parsed: 'told he was', not "he"'s words
            sp = self.resolve(subject, previous, prev_at)
            if sp is not None and sp.label == "ORG":
                # 'Mr Milburn ..., speaking of the campaign the party hoped to stage in the
                # "coming weeks"': the words are the speaker's, not the inner clause's body's
                speaker = self._speaking_person(verbs[n + 1 :], previous, prev_at)
                if speaker is not None:
                    return speaker
            if sp is not None and sp.label in ("PERSON", "ORG"):
                self.speaker_token, self.cue_token = subject, verb
                return sp
            return None
        return None

    def _speaking_person(
        self, verbs: list[Token], previous: Speaker | None, prev_at: int
    ) -> Speaker | None:
        """The person subject of the first verb of speaking among ``verbs``."""
        for verb in verbs:
            lemma = verb.lemma_.lower()
            if lemma in ("speak", "talk") or (lemma in REPORTING_VERBS and lemma not in WEAK_VERBS):
                subject = self._subject_of(verb)
                sp = self.resolve(subject, previous, prev_at) if subject is not None else None
                if sp is not None and sp.label == "PERSON":
                    self.speaker_token, self.cue_token = subject, verb
                    return sp
                return None
        return None

    def governed_by_a_person_pronoun(self) -> bool:
        """The nearest subject of a verb governing the quotation is "he" or "she", and the
        quotation is no subject itself ('The "run" he is now capable of')."""
        root = self._inner_root()
        if root is None or root.dep_ in ("nsubj", "nsubjpass"):
            return False
        for verb in [v for v in self._governor_chain() if v.pos_ in ("VERB", "AUX")][:3]:
            subject = self._subject_of(verb)
            if subject is not None:
                return subject.lower_ in ("he", "she")
        return False

    def _governor_chain(self) -> list[Token]:
        """Ancestors outside the quotation of its root tokens, nearest first."""
        doc, k = self.doc, self.k
        out: list[Token] = []
        seen: set[int] = set()
        for i in range(self.first, self.last + 1):
            t = doc[i]
            if self.quote_of_token[t.head.i] == k and t.head.i != t.i:
                continue
            head = t.head
            steps = 0
            while steps < 8 and head.i not in seen:
                if self.quote_of_token[head.i] != k:
                    seen.add(head.i)
                    out.append(head)
                if head.head.i == head.i:
                    break
                head = head.head
                steps += 1
        return out

    # ---- speakers ------------------------------------------------------------------
    def _named_after_role(self, role: Token) -> Token | None:
        """A person's name set off by commas right after a role noun, however the parser
        hung it, when a clause with its own subject follows ('Okafor's agent, Ray
        Lindqvist, the player is'; not 'his lawyer, John Smith, 45, denies')."""
        doc = self.doc
        at = role.i + 1
        if (
            role.pos_ != "NOUN"
            or role.lemma_.lower() in BODY_NOUNS  # 'According to the report, X, ...'
            or at + 1 >= len(doc)
            or doc[at].text != ","
        ):
            return None
        span = self.index.mention_span.get(at + 1)
        if span is None or span[0] != at + 1:
            return None
        found = self.index.entity_of_token.get(span[1])
        end = span[1] + 1
        if (
            found is None
            or found.label != "PERSON"
            or end >= len(doc)
            or doc[end].text != ","
            or self.quote_of_token[span[1]] >= 0
            or not any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[end + 1 : end + 4])
        ):
            return None
        return doc[span[1]]

    def _names_inside(self, tok: Token) -> bool:
        """A person is named in the phrase ``tok`` heads."""
        return any(
            (sp := self.index.speaker_of_token(t)) is not None and sp.label == "PERSON"
            for t in tok.subtree
        )

    def _person_shown(self, subject: Token, cue: Token) -> Token | None:
        """A person a recording in the cue's sentence shows ('The video shows X', 'a clip of
        X', 'The ad ends with X'), when the subject found names nobody."""
        if subject.pos_ != "NOUN" or self.index.speaker_of_token(subject) is not None:
            return None
        sent = cue.sent
        quoted = self.quote_of_token
        if not any(t.lemma_.lower() in _RECORDING_NOUNS and quoted[t.i] < 0 for t in sent):
            return None
        for t in sent:
            found = self.index.speaker_of_token(t) if quoted[t.i] < 0 else None
            if found is None or found.label != "PERSON" or t.dep_ not in ("dobj", "pobj"):
                continue
            head = t.head
            if (t.dep_ == "dobj" and head.lemma_.lower() in _SHOWING_VERBS) or (
                t.dep_ == "pobj"
                and head.lower_ in ("of", "with")
                and head.head.lemma_.lower() in _RECORDING_NOUNS | _SHOWING_VERBS
            ):
                return t
        return None

    def _aged_before_relative(self, cue: Token) -> Token | None:
        """The age epithet before a relative clause set off by commas that ends right
        before ``cue`` ('the 27-year-old, whose debut album ..., said')."""
        doc = self.doc
        if cue.i < 4 or doc[cue.i - 1].text != ",":
            return None
        sent_start = self.index.sent_first[self.index.sent_of_token[cue.i]]
        for i in range(cue.i - 2, max(sent_start, cue.i - 30), -1):
            if doc[i].text == "," and doc[i + 1].lower_ in ("who", "whose"):
                before = doc[i - 1]
                if _age_epithet(before) and self.quote_of_token[before.i] < 0:
                    return before
                return None
            if self.quote_of_token[i] < 0 and doc[i].text in (";", ":"):
                return None
        return None

    def asker_spoken_to(self, cue: Token) -> Speaker | None:
        """For 'Speaking to touchline reporter Leah Osei, Delgado was asked: "...?"', the
        person the one asked was speaking or talking to: a passive question verb with no
        agent, and a participle of speaking to a named person on it."""
        if cue.lemma_.lower() not in _QUESTION_VERBS or not _passive(cue):
            return None
        for clause in cue.children:
            if clause.dep_ != "advcl" or clause.lemma_.lower() not in ("speak", "talk"):
                continue
            # (or the name set beside: "BBC Two's touchline reporter Leah Osei")
            addressed = self._person_addressed(clause, beside=True)
            if addressed is not None:
                self.speaker_token = addressed[0]
                return addressed[1]
        return None

    def accuser_named_next(self, cue: Token) -> Speaker | None:
        """Whoever the next sentence says made the charge a passive cue with no agent
        reports: 'The Scottish government has been accused of "sailing blind" ... The
        charge was made at First Minister's Questions by Ewan Strand'."""
        if not _passive(cue) or cue.lemma_.lower() not in _ACCUSING_VERBS:
            return None
        if any(c.dep_ == "agent" for c in cue.children):
            return None
        after = self.index.sent_of_token[cue.i] + 1
        if after >= len(self.index.sent_first):
            return None
        start = self.index.sent_first[after]
        pointer = self.doc[start + 1] if start + 1 < len(self.doc) else None
        if (
            pointer is None
            or self.doc[start].lower_ not in ("the", "this", "that")
            or pointer.lemma_.lower() not in _ACCUSATION_NOUNS
            or pointer.dep_ not in ("nsubj", "nsubjpass")
            or self.quote_of_token[pointer.i] >= 0
        ):
            return None
        verb = pointer.head
        sources = [
            g
            for c in verb.subtree
            # (the "by" hung wherever: 'made at First Minister's Questions by X')
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for source in sources:
            for named in (source, *(c for c in source.children if c.dep_ == "appos")):
                found = self.index.speaker_of_token(named)
                if found is not None and found.label in ("PERSON", "ORG", "NORP"):
                    self.speaker_token = named
                    return found
        return None

    def speaker_for_cue(self, cue: Token, previous: Speaker | None, prev_at: int) -> Speaker | None:
        """Who speaks by ``cue``: its subject, resolved; but for a country or a thing
        ('Mr Kennedy pointed out that the Netherlands ... have announced their withdrawal
        "..."', 'He said the recent experience of Wales indicated ...'), the person whose
        report holds the cue's clause."""
        found = self._speaker_for_cue(cue, previous, prev_at)
        relayed = self._whose_words_relayed(cue, previous, prev_at)
        if relayed is not None and (found is None or relayed.key != found.key):
            # '"He was a gentle son," she said, relaying his words': the one whose words
            # they are, not the one who relays them
            self.speaker_token = None
            return relayed
        if (
            found is not None
            and (
                found.label == "GPE"
                or (
                    found.key.startswith("DESC:")
                    and (head := _description_head(found)) is not None
                    and not _person_noun(head)
                    # (nor people in the plural: 'several council leaders had described')
                    and not (head.endswith("s") and _person_noun(head[:-1]))
                    and head not in ORG_NOUNS | BODY_NOUNS | DOCUMENT_NOUNS | AUTHORED_NOUNS
                )
            )
        ):
            reporter = self.reporter_of_a_report(cue, previous, prev_at)
            if reporter is not None:
                self.speaker_token = None
                return reporter
        return found

    def _whose_words_relayed(
        self, cue: Token, previous: Speaker | None, prev_at: int
    ) -> Speaker | None:
        """The person whose words a participle on ``cue`` says are relayed ('she said,
        relaying his words', 'he said, reading her statement')."""
        for c in cue.children:
            if c.dep_ != "advcl" or c.tag_ != "VBG" or c.lemma_.lower() not in _RELAYING_VERBS:
                continue
            for obj in c.children:
                if obj.dep_ != "dobj" or obj.lemma_.lower() not in _RELAYED_NOUNS:
                    continue
                owner = next(
                    (g for g in obj.children if g.dep_ == "poss" and g.lower_ in ("his", "her")),
                    None,
                )
                if owner is not None:
                    found = self.index.resolve_pronoun(owner, previous, prev_at)
                    if found is not None and found.label == "PERSON":
                        return found
        return None

    def _speaker_for_cue(
        self, cue: Token, previous: Speaker | None, prev_at: int
    ) -> Speaker | None:
        if cue.lower_ == "according":
            to = self.doc[cue.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None and cue.i + 2 < len(self.doc):
                pobj = self.doc[cue.i + 2]
            if pobj is None:
                return None
            named = self._named_after_role(pobj)
            if named is not None:
                pobj = named  # 'According to Okafor's agent, Ray Lindqvist, the player is'
            self.speaker_token = pobj
            return self.resolve(pobj, previous, prev_at)
        before = self.doc[cue.i - 1] if cue.i > 0 else None
        with_person = (
            self.index.speaker_of_token(before)
            if before is not None
            and cue.tag_ == "VBG"
            and before.dep_ == "pobj"
            and before.head.lower_ == "with"
            and self.quote_of_token[before.i] < 0
            else None
        )
        if with_person is not None and with_person.label == "PERSON":
            # 'with Rovers boss Mark Hughes claiming it had been "..."': the person the
            # participle goes with speaks, whatever the parser hung it from
            self.speaker_token = before
            self.cue_token = cue
            return with_person
        author = self._author_of_writing_read(cue)
        if author is not None:
            # '"...," Goldfarb read from the letter': a letter written by his wife, whose
            # words they are
            self.cue_token = cue
            return author
        subject = self._subject_of(cue)
        shown = self._person_shown(subject, cue) if subject is not None else None
        if shown is not None:
            # 'The video shows X at a rally saying ...', 'The ad ends with X looking at the
            # camera:': the person a recording shows speaks, not the recording
            self.speaker_token = shown
            self.cue_token = cue
            return self.index.speaker_of_token(shown)
        if (
            subject is not None
            and cue.lemma_ == "be"
            and subject.pos_ == "NOUN"
            and not _person_noun(subject.lemma_.lower())
            and subject.lemma_.lower() not in BODY_NOUNS
            and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in subject.children)
            and self.raw.open_mark > 0
            and self.text[: self.raw.open_mark].rstrip().endswith(":")
        ):
            # 'Her frustration is plain: "..."': the one whose feeling it is speaks
            owner = next(c for c in subject.children if c.dep_ == "poss")
            found = self.resolve(owner, previous, prev_at)
            if found is not None and found.label == "PERSON":
                self.speaker_token = owner
                return found
        described = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
        if (
            subject is None
            and _passive(cue)
            and described is not None
            and described.lower_ not in ("it", "there")  # 'it was put to X that'
        ):
            return self._passive_speaker(cue, previous, prev_at)
        if subject is None:
            found = self._adjacent_name(cue)
            if found is None:
                found = self._inverted_description(cue)  # '"...," said one official, who'
            if (
                found is None
                and cue.dep_ == "conj"
                and cue.head.dep_ == "ROOT"
                and cue.head.pos_ == "PROPN"
                and cue.head.i < cue.i
            ):
                # 'Attorney General Blaine Whitlock, a Republican ..., called the rule "..."
                # and said ...', parsed with the name as the root: the name is the subject
                named = self.index.speaker_of_token(cue.head)
                if named is not None and named.label == "PERSON":
                    self.speaker_token = cue.head
                    self.cue_token = cue
                    found = named
            if (
                found is None
                and cue.i in self.post
                and cue.i > 0
                and _age_epithet(self.doc[cue.i - 1])
                and self.quote_of_token[cue.i - 1] < 0
            ):
                # '"...," the 67-year-old told reporters', the verb misparsed as a modifier
                found = self.index.aged_holder(self.doc[cue.i - 1], previous, prev_at)
            if found is None and (epithet := self._aged_before_relative(cue)) is not None:
                # 'the 27-year-old, whose debut album sold two million copies, said', the
                # relative clause parsed as the main one
                found = self.index.aged_holder(epithet, previous, prev_at)
            if found is None and cue.tag_ == "VBG":
                # 'Then, lowering her voice: "..."': whoever 'her' is
                owner = next(
                    (
                        g
                        for c in cue.children
                        if c.dep_ == "dobj"
                        for g in c.children
                        if g.dep_ == "poss" and g.lower_ in ("his", "her")
                    ),
                    None,
                )
                if owner is not None:
                    self.speaker_token = owner
                    self.cue_token = cue
                    found = self.index.resolve_pronoun(owner, previous, prev_at)
            return found
        named_after = (
            self.index.speaker_of_token(self.doc[cue.i + 1]) if cue.i + 1 < len(self.doc) else None
        )
        if (
            subject.i < cue.i
            and cue.lemma_.lower() in ("say", "add")
            and self.doc[cue.i - 1].text == ","
            and subject.pos_ == "NOUN"
            and subject.lemma_.lower() not in ROLE_WORDS
            and named_after is not None
            and named_after.label == "PERSON"
            and self.quote_of_token[cue.i + 1] < 0
            and not self._named_in_the_report(cue)
            # (a writing says what follows: 'The lawsuit, filed Monday, says Declan Furlong
            # ... was subjected to "..."')
            and subject.lemma_.lower() not in LEGAL_DOCUMENT_NOUNS | _STUDY_NOUNS
        ):
            # 'The ministers' comments, said Junya Tanase of JPMorgan, were "...": the
            # person named after the verb said it, not the comments
            self.speaker_token = self.doc[cue.i + 1]
            self.cue_token = cue
            return named_after
        # "His message to the chancellor was: "..."": the message's owner speaks
        found = self._owner_of_words(subject, previous, prev_at)
        if found is not None:
            self.cue_token = cue
            return found
        self.speaker_token = subject
        self.cue_token = cue
        found = self.resolve(subject, previous, prev_at)
        if found is not None and found.label in ("GPE", "LOC", "ORG"):
            # 'Salford and Irwell MP Hannah Obi-Walters ... called', the seat parsed as the
            # subject and the member as its conjunct: the member
            member = self._member_for_seat(subject)
            if member is not None:
                return member
        if found is None and subject.i > cue.i:
            # 'said Swedish trades union official Ulf Carlsson', with "trades" taken for a
            # verb: the person named in the words after the cue
            named = next(
                (
                    sp
                    for t in subject.subtree
                    if self.quote_of_token[t.i] < 0
                    and _in_noun_phrase(t, subject)
                    and (sp := self.index.speaker_of_token(t)) is not None
                    and sp.label == "PERSON"
                ),
                None,
            )
            if named is not None:
                return named
        return found

    def _member_for_seat(self, subject: Token) -> Speaker | None:
        """The person a role word sets after a place the parser made the subject and the
        name its conjunct ('Salford and Irwell MP Hannah Obi-Walters')."""
        for c in subject.conjuncts:
            span = self.index.mention_span.get(c.i)
            found = self.index.speaker_of_token(c)
            if (
                span is not None
                and found is not None
                and found.label == "PERSON"
                and span[0] > subject.i + 1
                and self.doc[span[0] - 1].lower_ in ROLE_WORDS
            ):
                self.speaker_token = c
                return found
        return None

    def _owner_of_words(
        self, noun: Token, previous: Speaker | None, prev_at: int
    ) -> Speaker | None:
        """The named owner of a speech or verdict noun ("his message", "Blair's advice"),
        who said the words it names; sets the speaker token."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SPEECH_NOUNS | VERDICT_NOUNS:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if (
            owner is None
            or owner.pos_ not in ("PROPN", "PRON")
            or self.quote_of_token[owner.i] >= 0
        ):
            return None
        found = self.resolve(owner, previous, prev_at)
        if found is None or found.entity_id is None:
            return None
        self.speaker_token = owner
        return found

    def _passive_speaker(
        self, cue: Token, previous: Speaker | None, prev_at: int
    ) -> Speaker | None:
        """What a passive cue describes does not speak ('Keane's album was described as a
        "..."'). The speaker is the by-phrase's, even where the parser hangs it on the
        quoted words ('dismissed as "ridiculous" by Justice David Souter'); else the one
        whose views the sentence before gives ('Q Magazine also had praise ...'); else the
        body whose report the sentence names ('In a report compiled by Transparency
        International, graft was said to be "..."')."""
        doc = self.doc
        by = next((i for i in self.post[:4] if doc[i].lower_ == "by"), None)
        if by is not None:
            agent = next((c for c in doc[by].children if c.dep_ == "pobj"), None)
            if agent is None and by + 1 < len(doc):
                agent = doc[by + 1]
            if agent is not None:
                self.speaker_token = agent
                return self.resolve(agent, previous, prev_at)
        writer = next(
            (
                found
                for c in cue.children
                if c.dep_ == "prep" and c.lower_ in ("in", "by", "via")
                for g in c.children
                if g.dep_ == "pobj"
                and g.lemma_.lower() in AUTHORED_NOUNS
                and (found := self.index._author_phrase(g)) is not None
            ),
            None,
        )
        if (
            writer is not None
            and self.quote_of_token[writer.i] < 0
            # (not 'from the vice-chancellor' parsed as three objects)
            and not (writer.i + 1 < len(doc) and doc[writer.i + 1].text == "-")
        ):
            # 'Staff were told in an email from the vice-chancellor that ...': the writer
            self.speaker_token = writer
            return self.resolve(writer, previous, prev_at)
        found = self.previous_sentence_subject(prev_at, previous)
        if found is None and any(
            t.lemma_.lower() in DOCUMENT_NOUNS for t in doc[cue.sent.start : cue.i]
        ):
            found = self._adjacent_name(cue)
        return found

    def speaker_text(self) -> str | None:
        """The speaker as the attribution words it: the subject phrase with its title,
        appositive or relative clause, outside any quotation."""
        tok = self.speaker_token
        if tok is None:
            return None
        quoted = self.quote_of_token
        cue = self.cue_token
        skip: set[int] = set()
        for c in tok.children:
            adverbial = c.dep_ == "prep" and c.lower_ not in DESCRIPTIVE_PREPS and c.i > tok.i
            if adverbial or (cue is not None and c.i <= cue.i <= c.right_edge.i and c.i > tok.i):
                skip.update(range(c.left_edge.i, c.right_edge.i + 1))
        lo = hi = tok.i
        for t in tok.subtree:
            if quoted[t.i] >= 0 or abs(t.i - tok.i) > 30 or t.i in skip:
                continue
            lo, hi = min(lo, t.i), max(hi, t.i)
        for i in range(tok.i, hi + 1):
            if quoted[i] >= 0 or self.doc[i].is_space or self.doc[i].text in (".", "!", "?"):
                hi = i - 1  # (a full stop ends it where the parser ran two sentences on)
                break
        for i in range(tok.i, lo - 1, -1):
            if quoted[i] >= 0 or self.doc[i].is_space:
                lo = i + 1
                break
        doc = self.doc
        if lo == tok.i and lo >= 2 and doc[lo - 1].text == "-" and not doc[lo - 2].whitespace_:
            # "Quillon's co-founder ..., Arjun Seetharam": the whole hyphened word and what
            # it opened with
            start = doc[lo - 2]
            lo = min([start.i, *(c.left_edge.i for c in start.children if c.i < start.i)])
        while lo < tok.i and (doc[lo].is_punct or doc[lo].dep_ in ("cc", "prep", "advmod")):
            lo += 1
        while hi > tok.i and doc[hi].is_punct:
            hi -= 1
        text = doc[lo : hi + 1].text.strip()
        return text or None

    def _adjacent_name(self, cue: Token) -> Speaker | None:
        """A misparsed clause ('", Tulsa police Chief Chuck Jordan said'): the person
        opening the words after the quotation, else the entity mention in the quotation's
        context nearest the cue, people first."""
        if cue.i in self.post:
            # '"...," Jeff Joseph, from the Consumer Electronics Association, told': the
            # person opening the words after the quotation, however long the appositive
            first = next((i for i in self.post if not self.doc[i].is_punct), None)
            sp = self.index.speaker_of_token(self.doc[first]) if first is not None else None
            if sp is not None and sp.label == "PERSON" and first < cue.i:
                return sp
        best: tuple[int, int, Speaker] | None = None
        for i in (*self.pre, *self.post):
            if abs(i - cue.i) > 8:
                continue
            phrase = _compound_head(self.doc[i])
            if cue.tag_ == "VBG" and phrase.head.i == cue.i and phrase.dep_ in ("dobj", "dative"):
                continue  # 'after calling Estrada "very biased"': the one called, not the caller
            sp = self.index.speaker_of_token(self.doc[i])
            if sp is None or sp.label not in ("PERSON", "ORG"):
                continue
            rank = (0 if sp.label == "PERSON" else 1, abs(i - cue.i))
            if best is None or rank < best[:2]:
                best = (rank[0], rank[1], sp)
        if best is None and cue.i > 0:
            before = self.doc[cue.i - 1]
            if before.pos_ == "PROPN" and self.quote_of_token[before.i] < 0:
                return self.index.name_from_tokens(before)  # "... Hingis admitted:"
            known = self.index.person_by_surname(before)
            if known is not None and self.quote_of_token[before.i] < 0:
                return known  # '"...," May wrote': Brian May, though "May" was taken for "may"
        return best[2] if best else None

    def _named_in_the_report(self, cue: Token) -> bool:
        """The name right after a reporting verb belongs to what it reports: the subject of
        the reported clause, with no comma closing the name off ('One GOP consultant ...,
        said Kessler was running "..."'), or an owner in it ('says Kessler's tax plan is')."""
        head = _compound_head(self.doc[cue.i + 1])
        if head.dep_ == "poss":
            return True
        return (
            head.dep_ in SUBJECT_DEPS
            and cue.is_ancestor(head.head)
            and not any(t.text == "," for t in self.doc[head.i + 1 : head.head.i])
        )

    def _inverted_description(self, cue: Token) -> Speaker | None:
        """'"...," said one transition official, who ...': the noun phrase right after a
        reporting verb that follows the quotation, parsed as a subject elsewhere."""
        doc = self.doc
        if cue.i not in self.post or cue.i == 0 or doc[cue.i - 1].text not in ('"', "”", ","):
            return None
        for t in doc[cue.i + 1 : min(cue.i + 7, cue.sent.end)]:
            if self.quote_of_token[t.i] >= 0:
                return None
            if t.pos_ == "NOUN" and t.tag_ in ("NN", "NNS"):
                after = doc[t.i + 1] if t.i + 1 < len(doc) else None
                if after is not None and after.pos_ in ("NOUN", "PROPN"):
                    continue  # 'transition official': the compound goes on
                if after is None or after.is_punct or after.lower_ in RELATIVE_PRONOUNS:
                    self.speaker_token = t
                    self.cue_token = cue
                    return self._describe(t)
                return None
            if t.dep_ not in ("det", "nummod", "amod", "compound") and t.pos_ not in (
                "DET",
                "NUM",
                "ADJ",
            ):
                return None
        return None

    def _person_in_title(self, subject: Token, verb: Token) -> Token | None:
        """The person a subject that is only a title or a body goes on to name: 'Chairman of
        the Environmental Audit Committee Peter Ainsworth MP, said', '"...," said Treasury
        Under Secretary John Taylor'."""
        index = self.index
        named = index.speaker_of_token(subject)
        if named is not None and named.label == "PERSON":
            return None
        after = subject.i + 1
        if (
            subject.pos_ == "NOUN"
            and subject.lemma_.lower() in ROLE_WORDS
            and after < verb.i
            and (sp := index.speaker_of_token(self.doc[after])) is not None
            and sp.label == "PERSON"
            and index.mention_span.get(after, (-1, -1))[0] == after
            and index.mention_span[after][1] < verb.i
            and self.quote_of_token[after] < 0
        ):
            # 'Managing director Ifor Wyn Roberts said', the parser taking "Ifor" for a
            # preposition: the name right after the title
            return self.doc[index.mention_span[after][1]]
        # (an agent's rank too: 'said Special Agent in Charge Deborah Kwiatkowski')
        titled = subject.lemma_.lower() in ROLE_WORDS | {"agent"} and subject.is_title
        body = named is not None and named.label == "ORG" and verb.i < subject.i
        if not (titled or body):
            return None
        if titled:
            # a person inside the title's own phrase, one of the text's people first (not
            # the model's "the Rt Rev Dr" before "Tom Wright")
            found = [
                (sp.entity_id is None, t.i)
                for t in subject.subtree
                if t.i > subject.i
                and self.quote_of_token[t.i] < 0
                and (sp := index.speaker_of_token(t)) is not None
                and sp.label == "PERSON"
                # set off in apposition, not inside the body's name ('The Chairman of Tony
                # Blair's Labour Party', 'the Tony Blair fan club')
                and (
                    _compound_head(t).dep_ == "appos"
                    # (or ending a title of several words: 'said Special Agent in Charge
                    # Deborah Kwiatkowski', 'Secretary of State Hillary Clinton')
                    or (
                        _compound_head(t).dep_ == "pobj"
                        and _compound_head(t).i == subject.right_edge.i
                        and _compound_head(t).head.head.i == subject.i
                        # (the name itself, not a thing named after someone: 'The
                        # Secretary of the Tony Blair fan club')
                        and index.speaker_of_token(_compound_head(t)) == sp
                    )
                )
            ]
            # (the whole name, not its first word: 'Sir Anthony Blaydon', not 'Anthony')
            return _compound_head(self.doc[min(found)[1]]) if found else None
        # 'said Treasury Under Secretary John Taylor': title-case words, then the person
        for t in self.doc[subject.i + 1 : min(subject.i + 7, subject.sent.end)]:
            sp = index.speaker_of_token(t)
            if sp is not None and sp.label == "PERSON" and self.quote_of_token[t.i] < 0:
                return t
            if not (t.is_title or t.is_upper or sp is named):
                return None
        return None

    def _named_in_own_report(self, subject: Token, found: Speaker) -> bool:
        """``found`` is a person named in what ``subject`` reports, and so not ``subject``
        ('the prime minister said Mr Tarrant had been "a loyal colleague"': not Tarrant)."""
        if found.label != "PERSON" or subject.dep_ != "nsubj":
            return False
        for clause in subject.head.children:
            if clause.dep_ != "ccomp" or clause.left_edge.i < subject.head.i:
                continue  # (a clause before the verb is no report of its)
            for t in clause.subtree:
                # a subject in the report ('said Mr Tarrant had been', 'said it was "..."
                # that Mr Kennedy missed'), not an owner in it ('The chancellor said Mr
                # Brown's own plan was': maybe himself)
                if (
                    t.dep_ in ("nsubj", "nsubjpass")
                    and self.quote_of_token[t.i] < 0
                    and (named := self.index.entity_of_token.get(t.i)) is not None
                    and named.key == found.key
                ):
                    return True
        return False

    def _person_owning_place(self, head: Token) -> Token | None:
        """The person a place or a body ending their phrase belongs to, for a 'who' that
        cannot mean the place: 'Kieran Barnes from Watford, who said', 'Matthew Baker,
        retail analyst at Bryce Weston, who said'."""
        named = self.index.speaker_of_token(head)
        if named is None or named.label not in ("GPE", "LOC", "ORG", "FAC"):
            return None
        token = head
        for _ in range(4):
            if token.dep_ != "pobj" or token.head.dep_ != "prep":
                return None
            token = token.head.head  # the noun the phrase of 'from Watford' hangs from
            if token.dep_ == "appos" and token.pos_ == "NOUN":
                token = token.head  # 'Matthew Baker, retail analyst at ...'
            sp = self.index.speaker_of_token(token)
            if sp is not None and sp.label == "PERSON" and self.quote_of_token[token.i] < 0:
                return token
            if sp is not None:
                return None
        return None

    def _opening_phrase(self, noun: Token, verb: Token) -> bool:
        """``noun``, opening the verb's sentence with no article, owner or name, is an
        adverbial phrase the parser took for a subject ('Outside court,')."""
        index = self.index
        return (
            noun.pos_ == "NOUN"
            and noun.tag_ == "NN"  # (not 'Others, however, who had stayed out, warned')
            and noun.left_edge.i == index.sent_first[index.sent_of_token[verb.i]]
            and noun.i not in index.entity_of_token
            and not any(g.dep_ in ("det", "poss") for g in noun.children)
            and noun.i + 1 < len(self.doc)
            and self.doc[noun.i + 1].text == ","
        )

    def _statement_from(self, verb: Token) -> Token | None:
        """The person a statement the verb answers or speaks with comes from ('the campaign
        responded with a statement from its spokesman, Jordan Feeney:')."""
        for _, noun in _objects_of(verb, "with"):
            if noun.i < verb.i or noun.lemma_.lower() not in SPEECH_NOUNS:
                continue
            who = self._person_sent_from(noun)
            if who is not None:
                return who
        return None

    def _person_sent_from(self, noun: Token) -> Token | None:
        """The person a statement or message comes from, named or set beside its source
        ('a statement from its spokesman, Jordan Feeney', 'The message from its chief
        executive, Helen Ferreira,')."""
        for _, source in _objects_of(noun, "from"):
            if self.quote_of_token[source.i] >= 0:
                continue
            for who in (source, *(c for c in source.children if c.dep_ == "appos")):
                person = self.index.speaker_of_token(who)
                if person is not None and person.label == "PERSON":
                    return who
        return None

    def _name_under_verb_subject(self, subject: Token, verb: Token) -> Token | None:
        """A person named under a subject the tagger took for a verb, a capitalised word or
        a role ('Derbyshire coach Martin Greaves said', 'Former Wales lock Bryn X, writing
        in the Western Mail, described', 'Derbyshire' and 'lock' read as verbs whose
        object is the name); or a participle opening the sentence, set off by a comma, that
        the parser made the subject ('Writing on X, the party's finance spokesman, Philip
        McIlwaine, said')."""
        # (the participle's phrase ends at a comma; what follows is the subject)
        opening = subject.tag_ == "VBG" and subject.is_sent_start
        if subject.pos_ not in ("VERB", "AUX") or not (
            subject.is_title
            or subject.lower_ in ROLE_WORDS
            or subject.lower_ in _ROLE_KINDS
            or opening
        ):
            return None
        for c in subject.children:
            if c.dep_ not in ("dobj", "appos") or c.i >= verb.i or self.quote_of_token[c.i] >= 0:
                continue
            if opening and self.doc[c.left_edge.i - 1].text != ",":
                continue  # ('Praising the plan, X said': the participle's own object)
            for named in (c, *(g for g in c.children if opening and g.dep_ == "appos")):
                person = self.index.speaker_of_token(named)
                if person is not None and person.label == "PERSON":
                    return named
        return None

    def reporter_of_a_report(
        self, cue: Token, previous: Speaker | None, prev_at: int
    ) -> Speaker | None:
        """The person whose report holds the clause of ``cue`` ('Mr Kennedy pointed out
        that the Netherlands have announced', 'He said the recent experience of Wales
        indicated'), if the report is no quotation's."""
        if cue.dep_ != "ccomp" or cue.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        if self.quote_of_token[cue.head.i] >= 0:
            return None
        subject = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
        if subject is None or self.quote_of_token[subject.i] >= 0:
            return None
        found = self.resolve(subject, previous, prev_at)
        return found if found is not None and found.label == "PERSON" else None

    def _named_second_description(self, subject: Token) -> Token | None:
        """'the consumer campaigner and former Dragons' Den contestant Jess Moorcroft told':
        two descriptions under one article, the second ending in the name, are one person's
        (two people would each have their own: 'the minister and the campaigner X')."""
        if (
            subject.pos_ != "NOUN"
            or self.index.speaker_of_token(subject) is not None
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
            or not any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children)
        ):
            return None
        for c in subject.children:
            if c.dep_ != "conj" or c.pos_ != "PROPN" or self.quote_of_token[c.i] >= 0:
                continue
            person = self.index.speaker_of_token(c)
            titled = any(
                t.pos_ == "NOUN" and t.is_lower and self.index.speaker_of_token(t) is None
                for t in self.doc[c.left_edge.i : c.i]
            )
            if (
                person is not None
                and person.label == "PERSON"
                and titled
                and self.doc[c.left_edge.i].lower_ not in PRENOMINAL_DETERMINERS
                and not any(g.dep_ in ("cc", "conj") for g in c.children)
            ):
                return c
        return None

    def _named_after_whom_they_serve(self, subject: Token) -> Token | None:
        """'A lawyer for Shane Ruckert, Oluwaseun Adebayo, said', the name parsed in
        apposition to the client: another person set beside a person is no apposition to
        them, but the name of the one the subject describes."""
        if subject.pos_ != "NOUN" or self.index.speaker_of_token(subject) is not None:
            return None
        for prep in subject.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "to"):
                continue
            for pobj in prep.children:
                client = self.index.speaker_of_token(pobj)
                if pobj.dep_ != "pobj" or client is None or client.label != "PERSON":
                    continue
                for name in pobj.children:
                    named = self.index.speaker_of_token(name)
                    if (
                        name.dep_ == "appos"
                        and named is not None
                        and named.label == "PERSON"
                        and named.key != client.key
                        and self.doc[name.left_edge.i - 1].text == ","
                        and self.quote_of_token[name.i] < 0
                    ):
                        return name
        return None

    def _subject_of_verb_in_apposition(self, verb: Token) -> Token | None:
        """'Graham Robb, spokesman for North East Says No, said', the name parsed as the
        subject of a verb inside its apposition: the person who opens the sentence, set off
        by commas right before the reporting verb, speaks."""
        if verb.i < 4 or self.doc[verb.i - 1].text != ",":
            return None
        for inner in verb.children:
            if inner.i >= verb.i or inner.pos_ not in ("VERB", "AUX"):
                continue
            name = next((c for c in inner.children if c.dep_ == "nsubj" and c.i < inner.i), None)
            if (
                name is None
                or self.quote_of_token[name.i] >= 0
                or self.doc[name.i + 1].text != ","
                or name.left_edge.i != verb.sent.start
                or (sp := self.index.speaker_of_token(name)) is None
                or sp.label != "PERSON"
            ):
                continue
            return name
        return None

    def _subject_of(self, verb: Token, depth: int = 0) -> Token | None:
        """The speaker token of a reporting verb."""
        quoted = self.quote_of_token
        named = _named_before_absolute(verb)
        if named is not None:
            return named  # 'with finance minister Herve Gaymard telling parliament:'
        giver = self._statement_from(verb)
        if giver is not None:
            return giver  # 'responded with a statement from its spokesman, Jordan Feeney:'
        agent_obj = None
        subject = None
        passive_subject = None
        for c in verb.children:
            if c.dep_ == "nsubj" and subject is None and _one_of(c) and quoted[c.i] < 0:
                # 'One of the kayakers, Tomasz X, 21, from Gdansk in Poland, said': the one
                # named in apposition
                subject = next(
                    (
                        a
                        for a in c.children
                        # (however the parser hung it: 'npadvmod')
                        if a.dep_ in ("appos", "npadvmod")
                        and self.doc[a.left_edge.i - 1].text == ","
                        and quoted[a.i] < 0
                        and (sp := self.index.speaker_of_token(a)) is not None
                        and sp.label == "PERSON"
                    ),
                    None,
                )
                if subject is not None:
                    continue
            if quoted[c.i] >= 0 or (
                c.ent_type_ in NOT_SPEAKER_ENTS
                # (a number word inside a name: 'Wyoming Taxpayers First')
                and c.i not in self.index.entity_of_token
                and not _age_epithet(c)
                # 'One of them said'; not 'one of their lawyers, Michalis X, said' (the name)
                and not (_one_of(c) and not self._names_inside(c))
                and _one_of_them(c, quoted) is None  # 'Fans flooded ... "...," one wrote'
            ):
                continue
            if not _ALNUM.search(c.text):
                continue  # a dash or bracket the parser made a subject
            if c.dep_ == "nsubj" and _dateline_credit(self.doc[c.i : c.i + 1]):
                continue  # 'WASHINGTON (AP) — The Pentagon's top spokesman said'
            if c.dep_ == "nsubj" and _dateline(c):
                # 'TOPEKA, Kan. - Gov. Amy Lincoln vetoed': the place of the report; the
                # subject after the dash, if the parser hung it from the place
                dash = next(
                    (t.i for t in self.doc[c.i : c.i + 12] if t.text in DATELINE_DASHES), None
                )
                after = [
                    a for a in c.children if a.dep_ == "appos" and dash is not None and a.i > dash
                ]
                if after and subject is None:
                    subject = after[-1]
                continue
            if c.dep_ == "nsubj" and subject is None:
                subject = (
                    self._name_under_verb_subject(c, verb)
                    or self._named_second_description(c)
                    or _hyphened_word_end(c)
                )
            elif (
                c.dep_ == "compound"
                and subject is None
                and verb.pos_ == "NOUN"
                and _written_reads(verb)
                and c.i == verb.i - 1
            ):
                # "Morquendi's message read", with 'read' tagged a noun: the writer named
                # as its owner, else the writing
                owner = next((p for p in verb.children if p.dep_ == "poss" and p.i < c.i), None)
                subject = owner if owner is not None and owner.pos_ == "PROPN" else c
            elif (
                c.dep_ == "nsubj"
                and subject.i < c.i < verb.i
                and self.doc[subject.right_edge.i + 1].text == ","
                and self._opening_phrase(subject, verb)
            ):
                # 'Outside court, a statement from the family said': an opening phrase the
                # parser made a subject; the one after its comma says it
                subject = c
            elif (
                c.dep_ == "nsubj"
                and subject.i < c.i < verb.i
                and any(
                    t.dep_ == "cc" and t.head.i in (subject.i, verb.i)
                    for t in self.doc[subject.i + 1 : c.i]
                )
            ):
                # "Sale host Bath on Friday, but the Frenchman has endured": a clause the
                # parser hung on this verb, then its own subject
                subject = c
            elif (
                c.dep_ == "nsubj"
                and subject.i < verb.i < c.i
                and c.left_edge.i == verb.i + 1
                and self.doc[verb.i - 1].text == ","
            ):
                # '... the department suffered from an "...", said the Constitutional Affairs
                # Select Committee': the reported clause's subject hung on "said"; the name
                # after the comma's "said" is its subject
                subject = c
            elif c.dep_ == "nsubj" and (sp := self._named_subject(c)) is not None:
                if (
                    sp.label == "PERSON"
                    # 'Supermarket chain Marchbank has rejected': a body right after its kind
                    # (of several words too: 'The utility Gulf Meridian Power said')
                    or (
                        sp.label == "ORG"
                        and c.left_edge.i == subject.i + 1
                        and subject.pos_ == "NOUN"
                    )
                ) and (
                    (first := self.index.speaker_of_token(subject)) is None
                    # 'RTWU general secretary Brendan O'Hare said', the body parsed as a
                    # subject of its own: the person whose title it opens
                    or (
                        first.label == "ORG"
                        and sp.label == "PERSON"
                        and c.left_edge.i == subject.right_edge.i + 1
                    )
                ):
                    # 'The chairman of the Bar Council, Guy Mansfield QC warned', parsed as
                    # two subjects: the named one
                    subject = c
            elif c.dep_ == "nsubjpass" and passive_subject is None:
                passive_subject = c
            elif c.dep_ == "agent":
                agent_obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if subject is not None and (named := self._named_after_whom_they_serve(subject)):
            subject = named  # 'A lawyer for Shane Ruckert, Oluwaseun Adebayo, said'
        if subject is not None and self._opening_phrase(subject, verb):
            # "Outside court, Ms X's manager, Y, said", the manager parsed in apposition to
            # the court: the appositive is the subject
            set_off = next(
                (
                    c
                    for c in subject.children
                    if c.dep_ == "appos"
                    and c.i > subject.i
                    and self.doc[c.left_edge.i - 1].text == ","
                    and quoted[c.i] < 0
                ),
                None,
            )
            if set_off is not None:
                subject = set_off
        if subject is None and passive_subject is None and agent_obj is None:
            subject = self._subject_of_verb_in_apposition(verb) or _subject_of_participle_clause(
                verb, quoted
            )
        if subject is None and verb.tag_ == "VBG" and verb.i > 1:
            # 'with Keddington pressing X and Wrenfield accusing', the second name misparsed
            # as a conjunct of the object before it: the name right before the participle
            before = self.doc[verb.i - 1]
            named = self.index.speaker_of_token(before)
            if (
                named is not None
                and named.label in ("PERSON", "ORG", "GPE")
                and before.dep_ == "conj"
                and self.doc[before.left_edge.i - 1].lower_ == "and"
                and quoted[before.i] < 0
            ):
                return before
        if subject is None:
            # 'Mr. Baptiste, asked on Friday whether ..., said': the participle read as a
            # clause of its own, with the speaker for its subject
            asked = next(
                (
                    c
                    for c in verb.children
                    if c.i < verb.i
                    and c.tag_ in ("VBN", "VBD")
                    and c.lemma_.lower() in _QUESTION_VERBS
                    and c.dep_ in ("ccomp", "advcl", "parataxis")
                    and quoted[c.i] < 0
                ),
                None,
            )
            inner = (
                next((c for c in asked.children if c.dep_ == "nsubj" and c.i < asked.i), None)
                if asked is not None
                else None
            )
            if inner is not None and self.doc[asked.i - 1].text == ",":
                subject = inner
        lemma = verb.lemma_.lower()
        as_saying = any(
            c.dep_ == "prep"
            and c.lower_ == "as"
            and any(g.lemma_.lower() in REPORTING_VERBS for g in c.children)
            for c in verb.children
        )
        if (lemma in ("quote", "cite") and (as_saying or depth > 0)) or (
            lemma == "report" and as_saying
        ):
            # "X was quoted (by the paper) as saying"; "the paper quoted X as saying"; "Reuters
            # reports a union source as saying"
            if passive_subject is not None:
                return passive_subject
            obj = next((c for c in verb.children if c.dep_ == "dobj" and quoted[c.i] < 0), None)
            named = next(
                (
                    c
                    for c in (
                        *(obj.children if obj is not None else ()),
                        # (or hung from the verb: 'quoted a senior official at the Dubai
                        # prosecutor's office, Counsellor X, as saying')
                        *(
                            c
                            for c in verb.children
                            if obj is not None
                            and c.dep_ == "npadvmod"
                            and c.i > obj.i
                            and self.doc[c.left_edge.i - 1].text == ","
                        ),
                    )
                    if c.dep_ in ("appos", "npadvmod")
                    and quoted[c.i] < 0
                    and (sp := self.index.speaker_of_token(c)) is not None
                    and sp.label == "PERSON"
                ),
                None,
            )
            if named is not None:
                return named  # 'quoted a senior official ..., Counsellor X, as saying'
            if obj is not None and not (
                obj.pos_ == "NOUN"
                # a thing of the subject's own, not people it quotes ('several lawmakers')
                and any(c.dep_ == "poss" for c in obj.children)
                and obj.lower_ not in SOURCE_NOUNS
                and self.index.speaker_of_token(obj) is None
                and subject is not None
                and self.index.speaker_of_token(subject) is not None
            ):
                return obj
            if obj is not None:
                return subject  # "Des Browne quoted its five-year plan as saying": he speaks
        if (
            agent_obj is None
            and subject is None
            and (
                verb.dep_ == "acl"
                or (
                    verb.dep_ == "advcl"
                    and verb.tag_ in ("VBN", "VBD")
                    and verb.lemma_.lower() in _DESCRIBING_VERBS
                )
                # ('Plans ... have been branded "a tax on the kitchen tap" by opposition
                # MLAs')
                or (
                    passive_subject is not None
                    and verb.tag_ == "VBN"
                    and verb.lemma_.lower() in _DESCRIBING_VERBS
                )
            )
        ):
            # 'a move branded a "humiliating retreat" by the Tories', the "by" hung from the
            # object: the participle's agent all the same
            agent_obj = next(
                (
                    g
                    for c in verb.subtree
                    if c.dep_ == "prep" and c.lower_ == "by" and _hung_from_the_words_of(c, verb)
                    for g in c.children
                    if g.dep_ == "pobj" and quoted[g.i] < 0
                ),
                None,
            )
        if agent_obj is not None:
            if (
                lemma in _QUESTION_VERBS
                and verb.dep_ == "advcl"
                and verb.tag_ == "VBN"
                and verb.head.pos_ in ("VERB", "AUX")
                # (the words after the answer's verb, not the question asked: 'Asked by a
                # reporter, "Do you think ...?" he paused')
                and verb.head.i < self.first
                and depth < 3
            ):
                # 'Asked by NME whether the band might re-form, Rodrigo was non-committal:':
                # the one asked answers, not the asker
                answerer = self._subject_of(verb.head, depth + 1)
                if answerer is not None:
                    return answerer
            return agent_obj
        if passive_subject is not None and subject is None:
            return None  # "X was accused/told": X is not the speaker
        if subject is None and _passive(verb):
            return None  # 'despite being told he was "..."': nobody named
        if (
            subject is not None
            and subject.i < verb.i - 1
            # the body tagged or not ('A Department for Work and Pensions spokeswoman')
            and (subject.ent_type_ == "ORG" or (subject.pos_ == "PROPN" and not subject.ent_type_))
            and self.doc[verb.i - 1].pos_ == "NOUN"
            and self.doc[verb.i - 1].lemma_.lower() in SOURCE_NOUNS
            and subject.left_edge.i <= verb.i - 1 <= subject.right_edge.i
            and quoted[verb.i - 1] < 0
        ):
            # 'A Department for Education and Skills spokeswoman said', parsed with the
            # department as the subject: the spokeswoman speaks, not her department
            subject = self.doc[verb.i - 1]
        if subject is not None and subject.ent_type_ != "PERSON":
            person = next(
                (
                    c
                    for c in subject.lefts
                    if c.dep_ in ("nmod", "compound")
                    and c.ent_type_ == "PERSON"
                    and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
                ),
                None,
            )
            if person is not None:
                subject = person  # 'Brett Lock of gay group OutRage! said', misparsed
        if (
            subject is not None
            and subject.pos_ == "PROPN"
            and subject.i == subject.sent.start
            and subject.i not in self.index.entity_of_token
            and subject.i + 1 < len(self.doc)
            and self.doc[subject.i + 1].text == ","
            # an ordinary word, no name ('Marsh, the author of ..., wrote')
            and is_common_word(subject.text)
            and not is_surname(subject.text)
            and not is_known_name(subject.text)
        ):
            # 'Backstage, the 22-year-old from Hackney said': an opening adverb taken for the
            # subject, with the real one in apposition after its comma
            described = next(
                (
                    c
                    for c in subject.children
                    if c.dep_ == "appos"
                    and quoted[c.i] < 0
                    and (_age_epithet(c) or any(g.lower_ == "the" for g in c.children))
                ),
                None,
            )
            if described is not None:
                subject = described
        if subject is not None:
            if subject.lower_ == "it" and verb.lemma_ == "be":
                return None  # "it is wrong to ...": an expletive, not a speaker
            if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                if subject.lower_ == "who":
                    # 'backed by Culture Secretary Tessa Jowell who said': the person
                    head = verb.head
                    # (the name a description in apposition describes: 'Maj X, L/Cpl Y's
                    # company commander, who said')
                    edge = (
                        head.head.left_edge.i
                        if head.dep_ == "appos" and verb.lemma_.lower() in REPORTING_VERBS
                        else head.left_edge.i
                    )
                    reach = 12
                    if head.ent_type_ in ("GPE", "LOC", "FAC"):
                        # ('Sen. X, a former Army officer who served two tours in Kandahar,
                        # who asked': no place asks; the person named before it in the
                        # sentence)
                        edge, reach = verb.sent.start, 40
                    for i in range(subject.i - 1, max(edge, subject.i - reach) - 1, -1):
                        sp = self.index.entity_of_token.get(i)
                        if (
                            sp is not None
                            and sp.label == "PERSON"
                            and quoted[i] < 0
                            # (not the owner in 'Maj X, L/Cpl Y's company commander, who')
                            and self.doc[i].dep_ != "poss"
                        ):
                            return self.doc[i]
                    person = self._person_owning_place(head)
                    if person is not None:
                        return person
                    prior = self.doc[max(subject.i - 1, 0)]
                    body = self.index.entity_of_token.get(prior.i)
                    if (
                        prior.i not in (head.i, subject.i)
                        and body is not None
                        and body.label in ("ORG", "NORP")
                        and quoted[prior.i] < 0
                        and self.index.speaker_of_token(head) is None
                    ):
                        # 'labelled a "big misjudgement" by the Conservatives who said',
                        # the clause hung on the noun before: the body right before "who"
                        return prior
                outer = verb.head.head
                if (
                    verb.lemma_.lower() in _THOUGHT_VERBS
                    and verb.head.dep_ == "dobj"
                    and outer.lemma_.lower() in REPORTING_VERBS
                    and self.index.speaker_of_token(verb.head) is None
                    and depth < 3
                ):
                    # 'urging people who feel "taken for granted"': how those people feel,
                    # in the words of whoever urges them
                    climbed = outer
                    while climbed.tag_ == "VBG" and climbed.dep_ in ("acl", "advcl"):
                        # 'X is to make a pitch for the vote urging people': the participle
                        # hangs from a noun; the clause above has the subject
                        climbed = climbed.head
                        while climbed.pos_ not in ("VERB", "AUX") and climbed.head.i != climbed.i:
                            climbed = climbed.head
                    return self._subject_of(climbed, depth + 1)
                head = verb.head
                if (
                    quoted[head.i] >= 0
                    and head.dep_ == "oprd"
                    and head.head.lemma_.lower() in ("title", "entitle", "call", "name")
                    and head.head.dep_ == "acl"
                    and quoted[head.head.head.i] < 0
                ):
                    # 'a report by the Carrow Institute titled "Harvest Season," which
                    # described': the thing titled, not its quoted title
                    head = head.head.head
                if (
                    head.dep_ == "pobj"
                    and head.lemma_.lower() not in _WRITINGS
                    and head.head.head.dep_ == "acl"
                    and head.head.head.head.lemma_.lower() in _WRITINGS
                ):
                    # 'a note written on a napkin that said': the writing, not what it is on
                    return head.head.head.head
                return head
            if subject.lower_ not in ("which", "that"):
                return (
                    self._person_in_title(subject, verb)
                    or self._person_set_off_after_party(subject)
                    or self._person_right_before(subject, verb, quoted)
                    or subject
                )
            # a relative clause misread as adverbial ('care - which is on offer in
            # Wales, saying ...'): the clause it hangs from
        if subject is None and verb.i > 0 and self.doc[verb.i - 1].text in ('"', "”", ","):
            # '"...," added the 30-year-old': the age taken for the verb's object
            for c in verb.children:
                if c.dep_ == "dobj" and c.i > verb.i and _age_epithet(c) and quoted[c.i] < 0:
                    return c
        if subject is None and verb.i > 0:
            # '"...," Tully told BBC Sport', the surname tagged as an adverb: a person's
            # name right before the verb is its subject
            before = self.doc[verb.i - 1]
            if (
                before.head.i == verb.i
                and before.dep_ in ("advmod", "npadvmod", "dep", "compound")
                and before.is_title
                and quoted[before.i] < 0
                and (named := self.index.person_by_surname(before)) is not None
                and named.label == "PERSON"
            ):
                return before
        if (
            subject is None
            and verb.dep_ == "ROOT"
            and verb.lemma_.lower() in REPORTING_VERBS
            and verb.i > 0
            and self.doc[verb.i - 1].text == ","
            and self.index.in_headline(verb.i)
        ):
            # 'Commerce secretary defends chip tariffs, says price increases will be
            # "modest"', the first clause read as what is said: a headline's two verbs share
            # the subject of the first
            done = next(
                (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i),
                None,
            )
            first = (
                next((c for c in done.children if c.dep_ == "nsubj"), None)
                if done is not None
                else None
            )
            if first is not None and quoted[first.i] < 0:
                return first
        if subject is None and verb.dep_ != "conj" and verb.tag_ in ("VBD", "VBZ"):
            # 'PITTSBURGH — Standing in front of a plant, the Republican candidate Brendan
            # Kilgallon on Monday called for ...', the parser losing the subject: the name
            # right before the verb, past a time phrase
            j = verb.i - 1
            while j > verb.sent.start and (
                self.doc[j].ent_type_ in ("DATE", "TIME")
                or (self.doc[j].dep_ == "prep" and self.doc[j].head.i == verb.i)
            ):
                j -= 1
            before = self.doc[j]
            named = self.index.speaker_of_token(before)
            if (
                j < verb.i - 1
                and named is not None
                and named.label == "PERSON"
                and before.dep_ not in ("dobj", "pobj", "dative", "poss")
                and quoted[before.i] < 0
            ):
                return before
        if subject is None:
            # '"...," the 23-year-old said', the age parsed as a modifier of the verb: the
            # age is the subject
            for c in verb.children:
                if (
                    c.dep_ in ("amod", "npadvmod", "dep")
                    and c.i == verb.i - 1
                    and _age_epithet(c)
                    and quoted[c.i] < 0
                ):
                    return c
        if subject is None:
            # 'Welcoming the ruling, Maeve Sherlock, chief executive of X, said:': the parser
            # hung the name from the opening participle it stands after
            for c in verb.children:
                if c.dep_ in ("csubj", "advcl") and c.tag_ == "VBG" and c.i < verb.i:
                    for g in c.subtree:
                        sp = self.index.speaker_of_token(g)
                        if (
                            g.i > c.i
                            and g.dep_ in ("dep", "npadvmod", "appos", "nsubj")
                            and quoted[g.i] < 0
                            and sp is not None
                            and sp.label == "PERSON"
                            # (a child of the participle, or deeper when the name's phrase
                            # runs up to the verb: 'Giving evidence by video link, Maureen
                            # Pilling, whose mother was ..., said')
                            and (g.head == c or _set_off_before(g, verb))
                        ):
                            return g
        if (
            subject is None
            and verb.dep_ == "acl"
            and verb.head.lemma_.lower() in AUTHORED_NOUNS | DOCUMENT_NOUNS
        ):
            # 'In a statement posted on social media, Lindahl's agent, Birgitta Holmqvist,
            # called the deal "..."', parsed with the verb describing the statement: the
            # name set off right before the verb
            for g in reversed(self.doc[verb.head.i + 1 : verb.i]):
                sp = self.index.speaker_of_token(g)
                if (
                    sp is not None
                    and sp.label == "PERSON"
                    and quoted[g.i] < 0
                    and _set_off_before(g, verb)
                ):
                    return g
        if subject is None:
            # 'Size, whose New Forms album won the 1997 Mercury Music Prize, said', parsed
            # with the relative clause as a fronted report: the name before "whose" speaks
            for c in verb.children:
                if c.dep_ != "ccomp" or c.i > verb.i or quoted[c.i] >= 0:
                    continue
                for g in c.children:
                    if g.dep_ != "nsubj" or quoted[g.i] >= 0:
                        continue
                    named = self.index.speaker_of_token(g)
                    relative = any(
                        t.lower_ in ("whose", "who") for t in self.doc[g.i + 1 : min(g.i + 3, c.i)]
                    )
                    if relative and named is not None and named.label == "PERSON":
                        return g
        if subject is None and verb.tag_ in ("VBN", "VBD"):
            # 'he pointed to how Tony Blair had in 1997 complained about "..."', parsed with
            # the auxiliary as a verb of its own: the auxiliary's subject
            for j in range(verb.i - 1, max(verb.sent.start, verb.i - 6) - 1, -1):
                t = self.doc[j]
                if t.pos_ == "AUX" and t.lemma_ in ("have", "be") and t.head.i != verb.i:
                    named = next((c for c in t.children if c.dep_ == "nsubj"), None)
                    if (
                        named is not None
                        and quoted[named.i] < 0
                        and named.i < t.i
                        # 'The event was carefully stage-managed to underline ...': a thing
                        # speaks no words
                        and not (
                            named.pos_ == "NOUN"
                            and named.lemma_.lower() not in SOURCE_NOUNS
                            and named.lemma_.lower() not in BODY_NOUNS
                        )
                    ):
                        return named
                    break
                if not (t.dep_ in ("prep", "pobj", "advmod", "npadvmod") or t.is_punct):
                    break
        if (
            subject is None
            and verb.dep_ == "ROOT"
            and verb.tag_ in ("VBZ", "VBD", "VBP")
            and verb.i > 1
            and self.doc[verb.i - 1].text == ","
        ):
            # 'In an article for the Times newspaper, Ms Dunwoody, who chairs the Transport
            # Select Committee, says:', parsed with the name in apposition to the paper: the
            # person whose phrase ends at the comma before the verb (the innermost: 'In a
            # statement read by the family's solicitor, X, Mrs Y's son, Z, said')
            sent_start = verb.sent.start
            for c in reversed(self.doc[sent_start : verb.i - 1]):
                named = self.index.speaker_of_token(c)
                if (
                    c.dep_ == "appos"
                    and c.right_edge.i == verb.i - 2
                    and quoted[c.i] < 0
                    and named is not None
                    and named.label == "PERSON"
                ):
                    return c
        if (
            subject is None
            and verb.dep_ == "conj"
            and verb.tag_ == "VBD"
            and verb.head.dep_ == "ccomp"
            and verb.head.tag_ != "VBD"
            and verb.head.head.tag_ == "VBD"
            and verb.head.head.lemma_.lower() in REPORTING_VERBS
        ):
            # 'X said that Iran "will respond ..." and dismissed the reports as "...",
            # parsed with the second verb inside the report: it goes with the one who said
            outer = next(
                (c for c in verb.head.head.children if c.dep_ == "nsubj" and quoted[c.i] < 0),
                None,
            )
            if outer is not None:
                return outer
        if subject is None and verb.dep_ in ("dep", "conj") and verb.head.tag_ in ("VBN", "VBD"):
            # 'Sterling Mayhew, asked about the standoff, said only that ...', parsed with
            # "asked" as the main verb: the subject the parser gave the participle speaks
            named = next(
                (c for c in verb.head.children if c.dep_ == "nsubj" and quoted[c.i] < 0), None
            )
            sp = self.index.speaker_of_token(named) if named is not None else None
            if (
                named is not None
                and sp is not None
                and sp.label == "PERSON"
                and named.i < verb.head.i
                and self.doc[verb.head.i - 1].text == ","
            ):
                return named
            if self.doc[verb.i - 1].text == ",":
                # 'Dr Brian Gibbons, on his first full day in the job after Jane Hutt was
                # sacked, admitted ...', parsed with "sacked" as the main verb: the person
                # the commas set the adjunct off from, not the one inside it
                for c in verb.head.children:
                    if (
                        c.dep_ in ("nsubj", "nsubjpass")
                        and c.i < verb.i
                        and quoted[c.i] < 0
                        and c.right_edge.i + 1 < verb.i
                        and self.doc[c.right_edge.i + 1].text == ","
                        and (sp := self.index.speaker_of_token(c)) is not None
                        and sp.label == "PERSON"
                    ):
                        return c
        if (
            verb.dep_ == "xcomp"
            and quoted[verb.head.i] < 0
            and verb.head.lemma_.lower() in _CAUSING_VERBS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        ):
            # 'prompting the county's top doctor to warn that ...': the one made to speak
            made = next(
                (c for c in verb.head.children if c.dep_ == "dobj" and quoted[c.i] < 0), None
            )
            if made is not None and (
                _one_persons_noun(made.lemma_.lower())
                or ((sp := self.index.speaker_of_token(made)) is not None and sp.label == "PERSON")
            ):
                return made
        if verb.dep_ == "xcomp" and quoted[verb.head.i] < 0:
            # 'he is seen asking', 'she was forced to admit': the raised passive subject
            raised = next(
                (c for c in verb.head.children if c.dep_ == "nsubjpass" and quoted[c.i] < 0),
                None,
            )
            if raised is not None:
                return raised
            shared = (
                next(
                    (c for c in verb.head.head.children if c.dep_ == "nsubj" and quoted[c.i] < 0),
                    None,
                )
                if verb.head.dep_ == "conj"
                and verb.head.lemma_.lower() in PERCEPTION_VERBS
                and any(c.dep_ == "auxpass" for c in verb.head.children)
                else None
            )
            if shared is not None:
                # 'Marsh is standing ... and can be heard saying': the subject the passive
                # shares with the clause it is joined to
                return shared
        if (
            subject is None
            and verb.dep_ == "xcomp"
            and verb.head.dep_ == "acomp"
            and verb.head.lemma_.lower() in _CONTROL_ADJECTIVES
            and quoted[verb.head.i] < 0
        ):
            # 'It was keen to point out that ...', 'He was quick to add': the one so keen
            keen = next(
                (c for c in verb.head.head.children if c.dep_ == "nsubj" and quoted[c.i] < 0),
                None,
            )
            if keen is not None:
                return keen
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and verb.head.dep_ == "pobj"
            and verb.head.pos_ == "NOUN"
            and self.index.speaker_of_token(verb.head) is None
        ):
            # 'Roger Knapman attacked the plans for pensioners saying they needed': the
            # participle the parser hung on an unnamed noun in a phrase of the clause is
            # said by that clause's named subject
            clause = verb.head.head
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            named = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            sp = self.index.speaker_of_token(named) if named is not None else None
            if (
                named is not None
                and (
                    (sp is not None and sp.label == "PERSON")
                    # 'the Tory leader will argue against positive discrimination saying':
                    # a person's office, resolved as any subject is
                    or (sp is None and named.lemma_.lower() in ROLE_WORDS)
                    or named.lower_ in ("he", "she")
                )
                and quoted[named.i] < 0
                # a verb of saying or judging ('attacked the plans'), not 'met families'
                and (
                    clause.lemma_.lower() in REPORTING_VERBS
                    or clause.lemma_.lower() in _ATTACKING_VERBS
                )
            ):
                return named
        if (
            verb.dep_ == "acl"
            and verb.head.pos_ == "NOUN"
            and verb.lemma_.lower() in REPORTING_VERBS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ == "prep" and c.lower_ == "by" for c in verb.head.children)
            and verb.head.lemma_.lower() not in SOURCE_NOUNS
            and verb.head.lemma_.lower() not in ROLE_WORDS
            and self.index.speaker_of_token(verb.head) is None
            and depth < 3
        ):
            # 'took the opportunity to call the scheme "..."', 'her decision to call it':
            # the one whose chance or decision it is
            owner = next((c for c in verb.head.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner
            if verb.head.dep_ in ("dobj", "pobj", "attr") and verb.head.head.pos_ in (
                "VERB",
                "AUX",
            ):
                return self._subject_of(verb.head.head, depth + 1)
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and verb.head.dep_ == "pobj"
            and verb.head.lemma_.lower() in _OCCASION_NOUNS
            and depth < 3
        ):
            # 'intervened twice, at one point telling MPs:': a time is no speaker; the
            # clause the phrase belongs to says it
            clause = verb.head.head
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            return self._subject_of(clause, depth + 1) if clause.pos_ in ("VERB", "AUX") else None
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and verb.lemma_.lower() in _SPEAKING_VERBS
            and verb.head.pos_ == "NOUN"
            and verb.head.dep_ == "dobj"
            and verb.head.head.pos_ == "VERB"
            and not _may_speak(verb.head)
            and self.index.speaker_of_token(verb.head) is None
            and depth < 3
        ):
            # 'Plus.net also backed the proposals saying "...": who backed them says so
            return self._subject_of(verb.head.head, depth + 1)
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and verb.head.dep_ == "pobj"
            and verb.head.pos_ == "NOUN"
            and verb.head.i not in self.index.entity_of_token
            and not _person_noun(verb.head.lemma_.lower())
            # (not what can say things: 'following a BBC story claiming', 'stories warning')
            and not _may_speak(verb.head)
            and not verb.head.lemma_.lower().endswith("or")  # 'with a narrator asking'
            and verb.head.lemma_.lower() not in ("story", "piece", "item", "language", "wording")
            and depth < 3
        ):
            # 'Delegates rose from their seats chanting "..."', 'issued a statement during
            # the debate mocking them as "..."': a place or a time does not speak; the
            # clause the phrase belongs to does
            clause = verb.head.head.head
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            if clause.pos_ in ("VERB", "AUX") and quoted[clause.i] < 0:
                return self._subject_of(clause, depth + 1)
        named_root = self._root_of_verbless_sentence(verb)
        if named_root is not None:
            return named_root
        if (
            verb.dep_ in ("acl", "compound")
            and verb.head.pos_ in ("PROPN", "NOUN")
            and quoted[verb.head.i] < 0
        ):
            return verb.head  # "Writer X, from Y, asked"; "Said X:"
        if verb.tag_ == "VBG" and verb.i > 0 and quoted[verb.i - 1] < 0:
            # 'footage of X saying', 'heard X saying': the name right before the gerund,
            # when the gerund hangs from it or it is the object of 'of' or of a perception
            before = self.doc[verb.i - 1]
            named = self.index.entity_of_token.get(before.i)
            if (
                named is not None
                and named.label in ("PERSON", "ORG")
                and (
                    (verb.dep_ == "acl" and verb.head.i == before.i)
                    or (before.dep_ == "pobj" and before.head.lower_ == "of")
                    or (before.dep_ == "dobj" and before.head.lemma_.lower() in PERCEPTION_VERBS)
                )
            ):
                return before
        if (
            verb.dep_ == "xcomp"
            and verb.head.lemma_.lower() not in SUBJECT_CONTROL
            and quoted[verb.head.i] < 0
        ):
            # object control: 'led viewers to complain', 'urged voters to say'
            obj = next(
                (c for c in verb.head.children if c.dep_ == "dobj" and quoted[c.i] < 0), None
            )
            body = (
                verb.tag_ == "VBG"
                and obj is not None
                and (
                    obj.ent_type_ in ("ORG", "GPE", "NORP", "FAC")
                    or obj.lemma_.lower() in BODY_NOUNS
                )
            )
            if obj is not None and obj.i < verb.i and not body:
                return obj
            # (not 'Mr Hockney also left UKIP saying ...': the one who left says it)
        if verb.tag_ == "VBD" and verb.i > 0 and quoted[verb.i - 1] < 0:
            # 'Bullock donated $1m to the Red Cross and actor Leonardo DiCaprio pledged a
            # "..." contribution', the name misparsed as a conjunct: a person's name right
            # before a past-tense verb with no subject of its own is that subject
            before = self.doc[verb.i - 1]
            if before.text == "," and verb.i > 1 and self.doc[verb.i - 2].dep_ == "appos":
                # 'but his lawyer, Antony Townsden, told': the name set off by commas
                before = self.doc[verb.i - 2]
            if before.text == ")":
                # 'and Rep. Shannon Kowalczyk (R-Pa.) said': past the party's bracket
                opening = next(
                    (
                        j
                        for j in range(before.i - 1, max(before.i - 8, 0), -1)
                        if self.doc[j].text == "("
                    ),
                    None,
                )
                if opening is not None and opening > 0:
                    before = self.doc[opening - 1]
            named = self.index.entity_of_token.get(before.i)
            if (
                named is not None
                and named.label == "PERSON"
                and before.dep_ in ("conj", "pobj", "dobj", "appos")
                and before.head.i != verb.i
                and quoted[before.i] < 0
            ):
                return before
        # inverted order without an nsubj: a name right after the verb, the verb right
        # after the quotation ('"...," said X') or opening the sentence ('Said X: "..."')
        index = self.index
        inverted_place = (
            verb.i in self.post[:3] or index.sent_first[index.sent_of_token[verb.i]] == verb.i
        )
        for c in verb.children:
            if not inverted_place:
                break
            if c.i > verb.i and quoted[c.i] < 0 and c.dep_ in INVERTED_DEPS:
                if c.ent_type_ in NOT_SPEAKER_ENTS or c.lower_ in NOT_INVERTED_PRONOUNS:
                    continue
                inverted_noun = (
                    c.pos_ == "NOUN"
                    and verb.i in self.post[:2]
                    and c.left_edge.i <= verb.i + 2
                    # ('"real money," urges quick deal': a headline's object, nobody)
                    and any(ch.dep_ in ("det", "poss", "nummod") for ch in c.children)
                )
                if c.pos_ in ("PROPN", "PRON") or c.ent_type_ in SPEAKER_LABELS or inverted_noun:
                    return c  # '"...," replied the witness' / 'said M&S'
        if inverted_place and verb.i + 1 < len(self.doc) and quoted[verb.i + 1] < 0:
            # '"...," said Nick Ross, deputy editor at PC Pro. Apple's work ..., he said':
            # two sentences parsed as one hang the name elsewhere; the name right after
            # the inverted verb is still its subject
            after = self.doc[verb.i + 1]
            named = index.entity_of_token.get(after.i)
            if named is not None and named.label == "ORG":
                # 'said House Speaker Dominic Reinholt, a Republican ...': the person the
                # body's office names, past the title
                k = after.i
                while k < min(len(self.doc) - 1, after.i + 3) and (
                    self.doc[k].dep_ == "compound" and self.doc[k].is_title and quoted[k] < 0
                ):
                    k += 1
                    held = index.entity_of_token.get(k)
                    if held is not None and held is not named:
                        if held.label == "PERSON":
                            after, named = self.doc[k], held
                        break
            if named is not None and named.label in ("PERSON", "ORG") and after.pos_ == "PROPN":
                while after.dep_ == "compound" and index.entity_of_token.get(after.head.i) is named:
                    after = after.head  # the name's last word: 'Nick' -> 'Ross'
                return after

        mark = next((c for c in verb.children if c.dep_ == "mark" and c.i < verb.i), None)
        if verb.dep_ == "advcl" and mark is not None:
            # 'His comments come as the co-chairman of the party, Liam Fox, on Saturday
            # called him "...": the subject the parser took for the object of 'as'
            for i in range(verb.i - 1, mark.i, -1):
                sp = self.index.entity_of_token.get(i)
                if sp is not None and sp.label == "PERSON" and quoted[i] < 0:
                    return self.doc[i]
        if (
            verb.dep_ == "pcomp"
            and verb.tag_ == "VBG"
            and verb.head.lower_ in _TIME_PREPOSITIONS
            and verb.head.i < verb.i
        ):
            # 'After saying it was "...", she was "whisked off"': whoever the main clause
            # is about, said to be done to or quoted in its verb, did the saying
            main = verb.head.head
            surface = next(
                (
                    c
                    for c in main.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i and quoted[c.i] < 0
                ),
                None,
            )
            owner = (
                next((c for c in surface.children if c.dep_ == "poss"), None) if surface else None
            )
            if owner is not None and quoted[owner.i] < 0:
                surface = owner  # 'Mr Smith's car was driven away': the owner said it
            if surface is not None and (
                surface.lower_ in _PERSONAL_PRONOUNS
                or (
                    (found := self.index.speaker_of_token(surface)) is not None
                    and found.label in ("PERSON", "ORG")
                )
                or surface.lemma_.lower() in ROLE_WORDS
            ):
                return surface  # someone who can say things, not 'his plan'
        if (
            depth < 4
            and verb.dep_ == "conj"
            and verb.lemma_.lower() in _APPEALING_VERBS
            # ('called for', 'called on'; not 'called the players "lazy"')
            and (
                verb.lemma_.lower() != "call"
                or any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in verb.children)
            )
            and verb.head.dep_ in ("ccomp", "relcl", "acl")
            and verb.head.lemma_.lower() not in REPORTING_VERBS
        ):
            # 'X said in a statement that its members "have cooperated" and called for
            # "federal dollars"', 'said that the officer "followed his training" and urged
            # the public "not to rush"': an appeal joined to the report's clause (however
            # much of it is quoted) is the reporter's
            outer = next(
                (
                    a
                    for a in verb.head.ancestors
                    if a.lemma_.lower() in REPORTING_VERBS and quoted[a.i] < 0
                ),
                None,
            )
            found = self._subject_of(outer, depth + 1) if outer is not None else None
            if found is not None and found.lower_ not in RELATIVE_PRONOUNS:
                return found
        if depth < 4 and verb.head.i != verb.i and quoted[verb.head.i] < 0:
            head = verb.head
            if verb.dep_ in ("pcomp", "pobj") and head.dep_ == "prep":
                head = head.head
            reported = head
            if (
                verb.dep_ == "advcl"
                and verb.tag_ == "VBG"
                and verb.lemma_.lower() in _GOING_ON_VERBS
                and self.doc[verb.i - 1].text == ","
            ):
                # 'The complaint quotes a message in which a product manager wrote that
                # ..., adding: "..."': who goes on is the writer of the relative clause
                # that ends at the comma, not the subject the parser hung it from
                writing = next(
                    (
                        w
                        for w in self.doc[head.i + 1 : verb.i - 1]
                        if w.dep_ == "relcl"
                        and w.lemma_.lower() in REPORTING_VERBS
                        and w.right_edge.i == verb.i - 2
                        and quoted[w.i] < 0
                    ),
                    None,
                )
                found = self._subject_of(writing, depth + 1) if writing is not None else None
                if found is not None and found.lower_ not in RELATIVE_PRONOUNS:
                    return found
            if verb.dep_ == "advcl" and verb.tag_ == "VBG" and self.doc[verb.i - 1].text == ",":
                # 'It warned that it could be five years before the CSA was "...", describing
                # it as': past the clauses the participle follows, to the report
                # (and past an adverb whose clause it is: '... waited months longer than
                # they should have for housing aid, telling a Senate committee')
                while (
                    reported.dep_ in ("advcl", "conj", "advmod") and reported.head.i != reported.i
                ):
                    reported = reported.head
            if (
                ((verb.dep_ == "advcl" and verb.tag_ == "VBG") or verb.dep_ == "conj")
                and verb.lemma_.lower() in REPORTING_VERBS
                and reported.dep_ == "ccomp"
                # (or a finding: 'X found that the shares were held ..., and called the
                # claim "..."')
                and reported.head.lemma_.lower() in REPORTING_VERBS | _FINDING_VERBS
                and quoted[reported.head.i] < 0
                # (not a conjunct in the report's own tense, telling the reporter: 'X said
                # Dewberry had called to concede and had told her, "..."')
                and not (
                    verb.dep_ == "conj"
                    and _had_aux(verb)
                    and _had_aux(reported)
                    and any(
                        c.dep_ in ("dobj", "dative") and c.lower_ in ("him", "her", "them", "me")
                        for c in verb.children
                    )
                )
                # (nor one telling the reporter by the pronoun for them: 'She said that ...
                # a Border Patrol agent handed her papers and told her, "..."')
                and not (verb.dep_ == "conj" and _tells_the_reporter(verb, reported.head))
            ):
                head = reported
                # 'He said Mr Blair had spoken with "such sincerity", adding: "..."', 'Sir
                # John said progress had been made, adding that', 'said his team had reached
                # a view, but admitted it was "..."': the reporting participle or conjunct
                # the parser hung from the report is the reporter's
                outer = self._subject_of(head.head, depth + 2)
                if outer is not None:
                    return outer
            if (
                verb.dep_ == "advcl"
                and verb.tag_ == "VBG"
                and self.doc[verb.i - 1].text == ","
                and head.dep_ == "relcl"
                # (a relative clause with a speaker of its own keeps it: 'a nickname his
                # campaign has used, citing ...')
                and (
                    any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in head.children)
                    # 'Novak defended the tariff that Marchetti voted against, calling it
                    # "...": an object relative clause, closed by the comma
                    or (
                        self.doc[head.left_edge.i].lower_ in ("that", "which")
                        and head.left_edge.i > head.head.i
                    )
                )
            ):
                # 'Fitch vetoed a bill that would have replaced the brackets with a flat
                # rate, calling it "..."': the participle after the comma goes with the
                # clause that holds the relative clause's noun, not with the noun
                main = head.head
                while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
                    main = main.head
                if main.pos_ in ("VERB", "AUX") and quoted[main.i] < 0:
                    outer = self._subject_of(main, depth + 1)
                    if outer is not None:
                        return outer
            if verb.dep_ == "conj" and head.dep_ == "relcl" and _closes_aside(head, verb):
                # 'Wilson has tried to resurrect Factory - which lasted 14 years - but
                # conceded': the aside ends at the dash, the conjunct is the main clause's
                main = head.head
                while main.dep_ != "ROOT" and main.pos_ not in ("VERB", "AUX"):
                    main = main.head
                while main.dep_ in ("xcomp", "ccomp") and main.head.i != main.i:
                    main = main.head
                outer = self._subject_of(main, depth + 2)
                if outer is not None:
                    return outer
            if (
                verb.dep_ == "relcl"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                and head.dep_ in ("dobj", "attr")
                and head.head.pos_ in ("VERB", "AUX")
            ):
                # 'he has nothing to apologize for after calling X "..."': an infinitive's
                # doer is the subject of the clause that holds its noun (not 'It had nothing
                # to do with putting "..."')
                doer = self._subject_of(head.head, depth + 1)
                return doer if doer is not None and doer.lower_ not in ("it", "there") else None
            if (
                verb.dep_ == "acomp"
                and verb.lemma_.lower() in _SPEAKING_ADJECTIVES
                and head.pos_ in ("AUX", "VERB")
            ):
                # '"...," he was due to say', 'was quick to add': the copula's subject says
                # it (not the 'it' of 'it is fair to say')
                found = self._subject_of(head, depth + 1)
                return found if found is None or found.lower_ not in ("it", "there") else None
            if (
                verb.dep_ == "advcl"
                and verb.tag_ == "VBG"
                and self.doc[verb.i - 1].text == ","
                and head.dep_ == "xcomp"
                and any(c.dep_ == "dobj" for c in head.head.children)
                and head.head.pos_ in ("VERB", "AUX")
                and quoted[head.head.i] < 0
            ):
                # 'she asked the show's producers to kill off her character ..., describing
                # the final months as "...": the participle after the comma goes with the
                # asking, not with the infinitive whose doer is the one asked
                head = head.head
            if (
                verb.dep_ == "advcl"
                and verb.tag_ == "VBG"
                and self.doc[verb.i - 1].text == ","
                and head.dep_ == "acl"
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
                and head.head.head.pos_ in ("VERB", "AUX")
                and quoted[head.head.head.i] < 0
            ):
                # 'Mr Balls rejected the allegation that Mr Brown had been sidelined,
                # saying he was playing a "different" role': the participle after the
                # comma goes with the clause that holds the noun, not with its complement
                head = head.head.head
            if verb.dep_ in ("conj", "xcomp", "advcl", "pcomp", "pobj", "ccomp", "prep") or (
                # 'Its manager, Brendan X, a former aide ... who ... now oversees a staff of
                # about 90, called the poll "..."': a finite verb after a comma the parser
                # left hanging from the clause inside the long apposition
                verb.dep_ == "dep"
                and verb.tag_ in ("VBD", "VBZ")
                and self.doc[verb.i - 1].text == ","
                and head.i < verb.i
            ):
                if (
                    verb.tag_ == "VBG"
                    and verb.dep_ in ("advcl", "pcomp")
                    and verb.lemma_.lower() in REPORTING_VERBS | _DESCRIBING_VERBS
                ):
                    # 'X has been charged by the FA after describing the performance as
                    # "...": the one the passive is about does the describing, not its agent
                    main = head.head if verb.dep_ == "pcomp" and head.dep_ == "prep" else head
                    while (
                        main.dep_ == "advcl"
                        and main.tag_ == "VBG"
                        and self.doc[main.i - 1].text == ","
                        and main.head.i != main.i
                    ):
                        # 'X was named best female, sending a message ... saying': through
                        # the participles, to the passive they go on from
                        main = main.head
                    passive = next((c for c in main.children if c.dep_ == "nsubjpass"), None)
                    # (the sentence's own passive, not one inside what it reports: 'X
                    # rejected the allegation that Mr Brown had been sidelined, saying')
                    if (
                        passive is not None
                        and main.dep_ == "ROOT"
                        and quoted[passive.i] < 0
                        and (
                            passive.pos_ == "PROPN"
                            or (
                                (named := self.index.speaker_of_token(passive)) is not None
                                and named.label == "PERSON"
                            )
                        )
                    ):
                        return passive
                found = self._subject_of(head, depth + 1)
                if (
                    verb.dep_ == "advcl"
                    and verb.tag_ == "VBG"
                    and found is not None
                    and found.pos_ == "NOUN"
                    and self.index.speaker_of_token(found) is None
                    # 'Church ministers are trying to prevent rapper Nelly performing,
                    # saying ...': people, not a thing, are the subject that speaks (but
                    # 'The poster shows Mr Howard ..., saying' is a thing)
                    and found.lemma_.lower() not in ROLE_WORDS
                ):
                    # 'The trouble began, with Maria Hutchings marching up, saying "..."':
                    # an inanimate main subject; the nearest named person subject speaks
                    sent_start = self.index.sent_first[self.index.sent_of_token[verb.i]]
                    for i in range(verb.i - 1, sent_start - 1, -1):
                        t = self.doc[i]
                        sp = self.index.speaker_of_token(t)
                        if t.dep_ == "nsubj" and sp is not None and sp.label == "PERSON":
                            return t
                if (
                    (found is None or (found.pos_ == "PRON" and found.i > head.head.i))
                    and verb.dep_ == "advcl"
                    and verb.tag_ == "VBG"
                    and self.doc[verb.i - 1].text == ","
                    and head.dep_ == "advcl"
                    and any(c.dep_ == "mark" for c in head.children)
                    and head.head.pos_ in ("VERB", "AUX")
                    and quoted[head.head.i] < 0
                    and (main := self._subject_of(head.head, depth + 1)) is not None
                ):
                    # 'The head of an NHS trust has apologised after a laptop was stolen,
                    # calling the loss "...": past a subordinate clause with no speaker of
                    # its own, or only a pronoun ('dismissed the governor's objections
                    # before she had announced them, calling the threat "..."'), to the
                    # main clause
                    return main
                return found
        return None

    def _person_right_before(self, subject: Token, verb: Token, quoted: list[int]) -> Token | None:
        """A named person right before the verb (only auxiliaries between) inside the
        subject's own phrase, when the subject names no one: the parser hung the verb on
        the wrong noun ('The four-piece, whose debut ..., split after a row during the
        recording of what singer Niamh O'Sullivan has called their "cursed" third record')."""
        if subject.pos_ != "NOUN" or self.index.speaker_of_token(subject) is not None:
            return None
        i = verb.i - 1
        while i > subject.i and self.doc[i].dep_ in ("aux", "neg", "advmod"):
            i -= 1
        name = self.doc[i]
        sp = self.index.entity_of_token.get(i)
        if (
            i > subject.right_edge.i
            or i <= subject.i
            or sp is None
            or sp.label != "PERSON"
            or quoted[i] >= 0
            # (a name set beside a noun, not one the subject's own clause acts on: 'The
            # barrister who had represented Mr Martin had said')
            or _compound_head(name).dep_ != "appos"
        ):
            return None
        return name

    def _author_of_writing_read(self, cue: Token) -> Speaker | None:
        """For 'read from the letter', the named person who wrote that letter, as a
        sentence up to three before said ('a letter written by his wife, Maureen X', 'a
        letter from X')."""
        if cue.lemma_.lower() != "read":
            return None
        writing = next(
            (
                g
                for c in cue.children
                if c.dep_ == "prep" and c.lower_ == "from"
                for g in c.children
                if g.dep_ == "pobj"
                and g.lemma_.lower() in ("letter", "statement", "note", "email", "message")
                and any(d.dep_ == "det" and d.lower_ == "the" for d in g.children)
            ),
            None,
        )
        if writing is None or self.quote_of_token[writing.i] >= 0:
            return None
        index = self.index
        sent = index.sent_of_token[cue.i]
        lo = index._sentence_bounds(max(0, sent - 3))[0]
        for t in reversed(self.doc[lo : writing.i]):
            if t.lemma_ != writing.lemma_ or self.quote_of_token[t.i] >= 0:
                continue
            source = index._author_phrase(t)
            if source is None:
                return None
            # ('his wife, Maureen X': the name set beside the kin noun)
            named = next((a for a in source.children if a.dep_ == "appos"), source)
            found = index.speaker_of_token(named)
            if found is None or found.label != "PERSON":
                return None
            self.speaker_token = named
            return found
        return None

    def _writer_read_before(
        self, pronoun: Token, previous: Speaker | None, prev_at: int
    ) -> Speaker | None:
        """The relative a writing in the sentence before came from ('read out a statement
        from her father'), when the pronoun writes and is of their sex."""
        index = self.index
        sent = index.sent_of_token[pronoun.i]
        if sent == 0 or pronoun.head.lemma_.lower() not in ("write", "say"):
            return None
        # the sentence before the quotation the pronoun's cue attributes
        before = sent - 1
        while before > 0 and sent - before < 4:
            first = index._first_word(before)
            if first is not None and self.quote_of_token[first.i] < 0:
                break
            before -= 1
        lo, hi = index._sentence_bounds(before)
        for t in self.doc[lo:hi]:
            if (
                t.lemma_.lower() not in DOCUMENT_NOUNS | AUTHORED_NOUNS
                or t.pos_ != "NOUN"
                or self.quote_of_token[t.i] >= 0
            ):
                continue
            for prep in t.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("from", "by"):
                    continue
                source = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if source is None or source.lower_ not in _KIN:
                    continue
                sex = _pronoun_sex(pronoun.lower_)
                if kin_sex(source.lower_) != sex:
                    continue
                found = index.relative_of(source, previous, prev_at)
                if found is None and source.lower_ in _GENERATIONS:
                    # ('The director's daughter, Shirin X, read out a statement from her
                    # father'): the one other person of that surname and sex
                    owner = next((c for c in source.children if c.dep_ == "poss"), None)
                    partner = (
                        index.resolve_pronoun(owner, previous, prev_at)
                        if owner is not None and owner.pos_ == "PRON"
                        else None
                    )
                    sharing = index._sharing_surname(partner, sex) if partner is not None else []
                    found = sharing[0] if len(sharing) == 1 else None
                if found is not None and index.sex_of(found) in (None, sex):
                    return found
        return None

    def _filer_of(self, filing: Token) -> Speaker | None:
        """The named person or body that filed the latest filing of that kind before
        ``filing`` ('The Michigan Democratic Party filed a complaint with the FEC ... The
        complaint alleges')."""
        lemma = filing.lemma_.lower()
        kinds = {"lawsuit", "suit"} if lemma in ("lawsuit", "suit") else {lemma}
        for t in reversed(self.doc[max(0, filing.i - 300) : filing.i]):
            if t.lemma_.lower() not in kinds or t.pos_ != "NOUN" or self.quote_of_token[t.i] >= 0:
                continue
            verb = t.head
            if t.dep_ != "dobj" or verb.lemma_.lower() not in _FILING_VERBS:
                return None
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            found = self.index.speaker_of_token(subject) if subject is not None else None
            return found if found is not None and found.label in ("PERSON", "ORG") else None
        return None

    def _document_subject_before(self, pronoun: Token) -> Token | None:
        """The writing that is the main subject of the sentence before the one a reporting
        'it' opens ('A statement from the family was read outside court. It said:')."""
        index = self.index
        sent = index.sent_of_token[pronoun.i]
        if (
            sent == 0
            or pronoun.dep_ != "nsubj"
            or pronoun.head.lemma_.lower() not in REPORTING_VERBS
            or pronoun.i != index.sent_first[sent]
        ):
            return None
        lo, hi = index._sentence_bounds(sent - 1)
        return next(
            (
                t
                for t in self.doc[lo:hi]
                if t.dep_ in ("nsubj", "nsubjpass")
                and t.head.dep_ == "ROOT"
                and t.pos_ == "NOUN"
                and t.lemma_.lower() in DOCUMENT_NOUNS
                and self.quote_of_token[t.i] < 0
            ),
            None,
        )

    def _writer_of_writing_before(self, pronoun: Token) -> Speaker | None:
        """The writer of the one writing the sentence before a quotation names with its
        writer, when a reporting 'it' follows the quotation ('Staff were told in a letter
        from its chief executive, Chen Weiming. "Dear colleague," it began.')."""
        index = self.index
        if pronoun.dep_ != "nsubj" or pronoun.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        j = pronoun.i - 1
        while j >= 0 and (self.quote_of_token[j] >= 0 or self.doc[j].is_punct):
            j -= 1
        if j < 0 or j == pronoun.i - 1 or self.quote_of_token[j + 1] < 0:
            return None  # no quotation right before the pronoun
        lo, hi = index._sentence_bounds(index.sent_of_token[j])
        if hi > j + 1 and self.quote_of_token[hi - 1] < 0 and not self.doc[hi - 1].is_punct:
            return None  # the quotation does not open a sentence of its own
        writings = [
            t
            for t in self.doc[lo:hi]
            if t.pos_ == "NOUN"
            and t.lemma_.lower() in DOCUMENT_NOUNS
            and self.quote_of_token[t.i] < 0
        ]
        return index.writer_of(writings[0]) if len(writings) == 1 else None

    def resolve(
        self, tok: Token, previous: Speaker | None, prev_at: int, depth: int = 0
    ) -> Speaker | None:
        """Speaker for a subject token: entity, pronoun, appositive, by/such-as, name,
        description."""
        index = self.index
        if self.quote_of_token[tok.i] >= 0:
            return None
        personal = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS
        if (
            tok.lower_.rstrip(".") in HONORIFICS
            and tok.i + 1 < len(self.doc)
            and self.doc[tok.i + 1].lower_ == "and"
            and any(
                c.dep_ == "conj"
                and c.is_title
                and self.doc[c.left_edge.i].lower_.rstrip(".") in HONORIFICS
                for c in tok.children
            )
        ):
            return self._describe(tok)  # 'Mr and Mrs Ashworth said': the couple
        if tok.lower_ == "it" and depth == 0:
            reporter = self._reporting_body_above(tok)
            if reporter is not None:
                # 'The report said much of the rise came from what it described as "..."'
                found = self.resolve(reporter, previous, prev_at, depth + 1)
                if found is not None:
                    return found
            head = _description_head(previous) if previous is not None else None
            if (
                tok.head.lemma_.lower() in _GOING_ON_VERBS
                and previous is not None
                and head is not None
                and (head in DOCUMENT_NOUNS or previous.name.split()[-1].lower() in DOCUMENT_NOUNS)
                and index.sent_of_token[tok.i] - 1 <= index.sent_of_token[max(prev_at, 0)]
            ):
                # 'An Army board of inquiry report ... concluded that it had been "...". It
                # added:': the writing that spoke last goes on
                return previous
            document = self._document_subject_before(tok)
            if document is not None:
                # 'A statement from Mr X's family was read by their solicitor. It said:'
                if previous is not None and _description_head(previous) == document.lemma_.lower():
                    return previous  # 'An Army board of inquiry report concluded "..."'
                found = self.resolve(document, previous, prev_at, depth + 1)
                if found is not None:
                    return found
            writer = self._writer_of_writing_before(tok)
            if writer is not None:
                return writer  # '... in a letter from X. "Dear colleague," it began.'
        if tok.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS and depth == 0:
            writer = self._writer_read_before(tok, previous, prev_at)
            if writer is not None:
                # "The director's daughter ... read out a statement from her father.¶'...,'
                # he wrote.": the one whose writing was read out
                return writer
        if (
            tok.dep_ == "nsubj"
            and tok.pos_ in ("DET", "PRON", "NUM")
            and tok.i + 2 < len(self.doc)
            and self.doc[tok.i + 1].text == ","
            and (named := index.speaker_of_token(self.doc[tok.i + 2])) is not None
            and named.label == "PERSON"
            and any(
                (t.head == tok.head and t.dep_ == "nsubj") or (t.head == tok and t.dep_ == "appos")
                for t in self.doc[tok.i + 2 : tok.i + 6]
                if index.speaker_of_token(t) is named
            )
        ):
            return named  # 'Another, Donna Whelan, 29, said': the one named beside it
        if tok.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS and depth == 0:
            unnamed = self._unnamed_person_before(tok) or self._unnamed_subject_of_aside(tok)
            if unnamed is not None:
                described = self._describe(unnamed)
                if (
                    described is not None
                    and previous is not None
                    and previous.key.startswith("DESC:")
                    and previous.name.lower().startswith(described.name.lower())
                    and unnamed.sent.start <= prev_at < unnamed.sent.end
                ):
                    # the one whose words their sentence quoted, as fully described there
                    # ('One investor, a retired teacher from Harrogate')
                    return previous
                if unnamed.pos_ == "NOUN" and (
                    (named := self._named_in_own_phrase(unnamed)) is not None
                    or (named := index.named_next(unnamed)) is not None
                ):
                    # ('One regular passenger, a retired teacher who gave her name only as
                    # Mair, said ...¶"...," she said'; 'A union official ... told the BBC
                    # ...¶"...," he said.¶The official, Gareth X, is ...': the one
                    # described, as named in their own phrase or after)
                    return named
                if described is not None and unnamed.pos_ == "NOUN":
                    fuller = index.resolve_pronoun(tok, previous, prev_at)
                    if (
                        fuller is not None
                        and fuller.key.startswith("DESC:")
                        and fuller.name.lower().startswith(described.name.lower())
                    ):
                        # ('One prospective juror, a retired Border Patrol agent, said he
                        # ...'): as fully described where they spoke
                        return fuller
                return described
            reporter = index.reporter_going_on(
                tok, prev_at, self.text[self.raw.start : self.raw.end]
            )
            if reporter is not None:
                return reporter
        if tok.lower_ in personal:
            found = index.resolve_pronoun(tok, previous, prev_at)
            if (
                tok.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS
                and depth == 0
                and (described := self._unnamed_person_before(tok, definite=True)) is not None
                and (found is None or not index.titled_as(found, described))
            ):
                # 'Its chief executive, who has been in post since June, said ...¶"...," he
                # said.¶Robert Findlater added ...': the one described, as named after (not
                # the last person named, whom the text never called that)
                named = index.named_next(described)
                if named is None and any(
                    # (a role, not one relative to someone: 'Her sister')
                    c.dep_ == "det" and c.lower_ == "the"
                    for c in described.children
                ):
                    holder = index.resolve_description(described, previous, prev_at)
                    if (
                        holder is not None
                        and holder.label == "PERSON"
                        and (index.gender.get(holder.key) or index.name_gender.get(holder.key))
                        in (None, _pronoun_sex(tok.lower_))
                        and index.titled_as(holder, described)
                    ):
                        # ('Redtails coach Rudy Castellano ... General manager Tobias
                        # Wrenfield ... the coach bristled. "...," he said': the coach)
                        return holder
                if named is not None or found is not None:
                    return named or found
                return index.resolve_description(described, previous, prev_at) or self._describe(
                    described
                )
            return found
        if tok.lower_ == "who" and tok.dep_ == "nsubj" and tok.head.dep_ != "relcl":
            # 'Sen. Lyle Dunmore (R-Wyo.), who called ...', the clause hung elsewhere: the
            # person named right before, past a comma and a bracket
            i = tok.i - 1
            if i >= 0 and self.doc[i].text == ",":
                i -= 1
            if i >= 0 and self.doc[i].text == ")":
                while i >= 0 and self.doc[i].text != "(" and tok.i - i < 12:
                    i -= 1
                i -= 1
            named = index.speaker_of_token(self.doc[i]) if i >= 0 else None
            if named is not None and named.label == "PERSON" and self.quote_of_token[i] < 0:
                self.speaker_token = self.doc[i]
                return named
        if tok.pos_ == "PRON":
            if tok.lower_ in RELATIVE_PRONOUNS or tok.lower_ in NOT_SPEAKER_PRONOUNS:
                return None
            return self._describe(tok)  # "those behind the negotiations", "some analysts"
        if tok.pos_ == "NOUN":
            named = self._named_in_own_phrase(tok)
            if named is not None:
                # 'a retired paper mill worker named Frank Dobrowski told me', 'Her mother,
                # who gave her name only as Mrs Sung, told the BBC'
                return named
            named = self._name_set_off_after(tok)
            if named is not None:
                return named  # "Weatherby's campaign chair, Penelope Toliver, said"
            after = tok.i + 1
            if (
                tok.lemma_.lower() in ORG_NOUNS
                and after < len(self.doc)
                and self.quote_of_token[after] < 0
                and index.mention_span.get(after, (-1,))[0] == after
                and (named := index.speaker_of_token(self.doc[after])) is not None
                and named.label == "ORG"
            ):
                # 'the campaign group Keep Ashdene Moving', however parsed: the body named
                # right after its kind
                return named
            author = self._document_author(tok, previous, prev_at)
            if author is not None:
                return author  # 'A memo circulated by Umstead's office ... described'
            if tok.lemma_.lower() in LEGAL_DOCUMENT_NOUNS and any(
                c.dep_ == "det" and c.lower_ == "the" for c in tok.children
            ):
                # 'The lawsuit, filed Monday in Pierce County Superior Court, says ...': a
                # filing no maker is named with speaks as itself, not for whoever is near;
                # one a name filed speaks for its filer
                return self._filer_of(tok) or self._describe(tok)
            owner = next(
                (c for c in tok.children if c.dep_ == "poss" and c.lower_ == "its"),
                None,
            )
            if owner is not None and tok.lemma_.lower() in DOCUMENT_NOUNS:
                # 'the Local Government Association said ... Its report said': the body's
                found = index.resolve_pronoun(owner, previous, prev_at, labels={"ORG"})
                if found is not None:
                    return found
            relative = index.relative_of(tok, previous, prev_at)
            if relative is not None:
                return relative  # 'Mrs Clegg said ... "...," her husband added'
            associate = index.associate_of(tok, previous, prev_at)
            if associate is not None:
                return associate  # 'started by Halla X and Raghav Y ... Her business partner'
            client = index.client_of(tok, previous, prev_at)
            if client is not None:
                return client  # 'His solicitor, Declan X, told the panel his client had said'
        if _ex_prefix(tok):
            # "the ex-Wallaby added", "the ex-international said", parsed with "ex" as the
            # subject: a description of the person in view; who goes on is who spoke last
            if (
                tok.head.lemma_.lower() in _GOING_ON_VERBS
                and previous is not None
                and previous.label == "PERSON"
            ):
                return previous
            person = index.resolve_pronoun(tok, previous, prev_at, labels={"PERSON"})
            if person is not None:
                return person
        aged = _age_epithet(tok) and tok.pos_ in ("ADJ", "NOUN")
        if not aged and tok.pos_ == "NOUN" and tok.i not in index.entity_of_token:
            # 'The 31-year-old admitted interest ... was immense, calling it "..."': the
            # parser took the epithet into a longer noun phrase opening the sentence
            lead = tok.left_edge
            aged = (
                lead.i == tok.sent.start
                and lead.lower_ == "the"
                and any(_age_epithet(t) for t in tok.doc[lead.i + 1 : min(tok.i, lead.i + 7)])
            )
        if aged:
            # '"...," said the 28-year-old': the salient person, else the one person named
            # so far ('the comedian Rob Nuttall ... [two paragraphs on venues] ... the
            # 52-year-old said'); 'The 51-year-old chief executive said': the office holder
            person = index.aged_holder(tok, previous, prev_at) or index.only_person_before(tok.i)
            if person is not None:
                return person
        party = _party_epithet(tok)
        if party is not None:
            # '"...," the Ohio Republican said': the member the text gave that party and state
            member = index.party_member(tok, *party)
            if member is not None:
                return member
            salient = index.resolve_pronoun(tok, previous, prev_at, labels={"PERSON"})
            if salient is not None and not index.of_another_party(salient, *party):
                return salient
            return self._describe(tok)  # nobody of that party and state: as described
        if (
            tok.lower_ in ("republican", "democrat")
            and tok.text[:1].isupper()
            and tok.tag_ in ("NN", "NNP")
            and [c.lower_ for c in tok.children if c.i < tok.i] == ["the"]
            # (the party's one candidate in a race; 'the Republican' alone names a member in
            # too many ways to pick one: 'Speaker Gail X, also a Republican')
            and any(
                c.dep_ == "prep"
                and c.lower_ == "in"
                and any(g.lemma_.lower() in _CONTEST_NOUNS for g in c.children)
                for c in tok.children
            )
            and (member := index.only_member_of(_PARTY_WORDS[tok.lower_])) is not None
        ):
            return member  # 'the Democrat in the race called ...': the one the text gives so
        sp = index.speaker_of_token(tok)
        if (sp is None or sp.label not in SPEAKER_LABELS) and tok.pos_ in ("NOUN", "PROPN"):
            # 'Will Davies, senior research fellow at the IPPR told': the surname of someone
            # named, whatever the tagger made of the name here
            known = index.person_by_surname(tok)
            if known is not None:
                return known
        if tok.pos_ == "PROPN" and (sp is None or sp.label != "PERSON"):
            titled = self._titled_conjunct(tok)
            if titled is not None:
                return titled
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if (
            (sp is not None or _demonym_description(tok))
            and (
                sp is None  # 'The Welshman said', tagged as nothing
                or sp.label == "NORP"
                or (sp.label != "PERSON" and _demonym_description(tok))
                # "said the Sale full-back": a club and a position the parser split
                or (sp.label != "PERSON" and _hyphened_role_after(tok))
            )
            and definite
            and tok.tag_ in ("NN", "NNP")
        ):
            # "the Scot", "the Frenchman" (even tagged ORG): a nationality used as an
            # epithet for a person, the one the text gave that nation if only one
            person = index.person_of_nation(
                tok, index.resolve_pronoun(tok, previous, prev_at, labels={"PERSON"})
            )
            if person is not None:
                return person
        # "The Foreign Secretary": a title of office words only, capitalised
        office = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.is_title]
        office_words = " ".join([*(c.lower_ for c in office), tok.lower_])
        if (
            tok.pos_ == "PROPN"
            and (tok.is_upper or tok.is_title)
            and tok.lower_ in ROLE_WORDS
            and (tok.is_upper or all(c.lower_ in ROLE_WORDS for c in office))
            and definite
            # not tagged, or tagged as a body of those words ("the Bishop" as ORG)
            and (
                sp is None
                or (sp.label != "PERSON" and sp.name.lower() in (tok.lower_, office_words))
            )
            # "the Bishop" alone, not a title with its own words ("the Bishop of Durham")
            # and not one of several ("The Queen and Duke of Edinburgh said")
            and (
                tok.is_upper
                or not any(
                    c.dep_ in ("prep", "conj", "cc") or (c.dep_ == "compound" and c not in office)
                    for c in tok.children
                )
            )
        ):
            # 'The MP, who is consulting his lawyers, told BBC News', 'the Bishop said': a
            # title the tagger took for a name describes someone the text gave that title
            # (not 'Tony Blair spoke ... The Chancellor said')
            found = index.resolve_description(tok, previous, prev_at)
            if found is not None and (tok.is_upper or index.titled_as(found, tok)):
                return found
        if sp is not None and sp.label in SPEAKER_LABELS:
            if sp.label in ("GPE", "NORP") and tok.pos_ != "PROPN":
                sp = None
            elif sp.label == "NORP" and any(
                c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another")
                for c in tok.children
            ):
                # 'One Senate Republican, who spoke on condition of anonymity, said': one
                # party member, unnamed
                return self._describe(tok)
            else:
                if sp.label != "PERSON":
                    # "The Roman Catholic Archbishop of Cardiff, the Most Reverend Peter
                    # Smith, told": the office the model tagged, then the person holding it
                    # (the appositive's own head, not "the company founded by Bill Gates")
                    held = index.appositive_name(tok, "PERSON")
                    if held is not None:
                        return held
                    # 'Federation of Small Businesses spokesman Stephen Alambritis said'
                    held = self._role_named_at_edge(tok)
                    if held is not None:
                        return held
                return sp
        if depth < 3:
            for c in tok.children:
                if self.quote_of_token[c.i] >= 0:
                    continue
                appositive = c.dep_ == "appos" or (
                    # "The head of X, Acting Chief Superintendent, Y Z, said": a comma-joined
                    # "conj" without and/or is an appositive the parser misread
                    c.dep_ == "conj" and not any(g.dep_ == "cc" for g in tok.children)
                )
                if appositive and (named := self._named_by_participle(c)) is not None:
                    return named  # "Labour's candidate, a local GP called Dr Anna Price,"
                if (
                    appositive
                    # (but 'His father, a miner named Dai Evans, said')
                    and _naming_participle(c) is None
                    and any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children)
                    and (
                        c.pos_ == "NOUN"
                        or (
                            (tagged := index.speaker_of_token(c)) is not None
                            and tagged.label in ("NORP", "ORG", "GPE")
                        )
                    )
                ):
                    # 'My late father, a Marine, used to tell me', 'The winner, a Briton,
                    # said': the subject as described (but 'Her lawyer, a Mr Jones, said');
                    # a body is the one it describes ('The company, a Microsoft unit,')
                    if tok.lemma_.lower() in ORG_NOUNS:
                        continue
                    named = index.appositive_name(c, "PERSON")
                    if named is not None:
                        # 'One of them, a former deputy minister, Yoon Sang-ho, had told
                        # the court': the name the description is given
                        return named
                    if tok.lower_ == "one" and c.pos_ == "NOUN":
                        # 'said one of them, a senior adviser to the campaign': the role
                        return self._describe(c)
                    return self._describe(tok)
                if appositive and not any(
                    g.dep_ == "det" and g.text == "The" and g.i > tok.i for g in c.children
                ):  # 'the actor, whose films include ... Star Wars: The Phantom Menace'
                    found = self._named(c)
                    if found is not None:
                        return found
                if c.dep_ == "prep" and c.lower_ == "by" and tok.pos_ == "NOUN":
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if (
                        pobj is not None
                        and pobj.pos_ == "NOUN"
                        and any(
                            g.dep_ == "poss"
                            and (
                                g.pos_ == "NOUN"
                                or (
                                    (owner := index.speaker_of_token(g)) is not None
                                    and owner.label in ("ORG", "GPE")
                                )
                            )
                            for g in pobj.children
                        )
                        and index.first_noun_at.get(_noun_key(pobj), pobj.i) >= pobj.i
                    ):
                        # 'A review by the county's internal auditor': a body's officer,
                        # unnamed, not the person the text is about
                        described = self._describe(pobj)
                        if described is not None:
                            return described
                    elif pobj is not None:
                        found = self.resolve(pobj, previous, prev_at, depth + 1)
                        if found is not None:
                            return found
                if c.dep_ == "prep" and c.lower_ in EXAMPLE_PREPS and tok.pos_ == "NOUN":
                    if (
                        c.lower_ != "as"
                        or any(g.lower_ == "such" for g in c.children)
                        or (c.i > 0 and self.doc[c.i - 1].lower_ == "such")
                    ):
                        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                        if pobj is not None:
                            found = self._named(pobj)
                            if found is not None:
                                return found
            if tok.pos_ == "NOUN":
                found = index.named_beside_body(tok)
                if found is not None:
                    return found
                if tok.lemma_.lower() in DOCUMENT_NOUNS | _PUBLISHED_PIECES | LEGAL_DOCUMENT_NOUNS:
                    # "the IMF's report", "a statement from Acme", "a report by the OECD"
                    for c in tok.children:
                        if c.dep_ == "poss":
                            owner: Token | None = c
                        elif c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i:
                            owner = c  # "a BBC statement"
                        elif c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
                            owner = next((g for g in c.children if g.dep_ == "pobj"), None)
                        elif c.dep_ == "prep" and c.lower_ == "on" and (behalf := _on_behalf_of(c)):
                            owner = behalf  # 'a statement on behalf of the family'
                        elif c.dep_ == "prep" and c.lower_ in ("in", "on"):
                            # 'the front page headline on Saturday's Western Mail newspaper',
                            # 'A review in the New York Times': the paper that ran it
                            owner = next((g for g in c.children if g.dep_ == "pobj"), None)
                            if owner is not None and not _publication(owner):
                                continue
                        elif c.dep_ == "acl" and c.lemma_.lower() in ISSUE_VERBS:
                            owner = _issued_by(c)  # 'a statement issued (on behalf of) by X'
                        else:
                            continue
                        if (
                            owner is not None
                            and owner.pos_ == "NOUN"
                            and owner.lemma_.lower() in _FAMILY_NOUNS
                            and self.quote_of_token[owner.i] < 0
                        ):
                            # 'a statement from Mr Nowak's family': the family, not the man
                            # it is his family
                            return self._describe(owner)
                        found = self._named(owner) if owner is not None else None
                        if (
                            found is None
                            and owner is not None
                            and owner.pos_ == "NOUN"
                            and owner.lemma_.lower() in ORG_NOUNS
                            and any(g.dep_ == "det" and g.lower_ == "the" for g in owner.children)
                        ):
                            # 'a statement from the discount phone firm': the firm it means
                            found = self.resolve(owner, previous, prev_at, depth + 1)
                            # (or a body named by its own description: 'The Scottish
                            # Parliament's enterprise committee ... the committee's report')
                            if (
                                found is not None
                                and found.entity_id is None
                                and not (found.label == "ORG" and found.key.startswith("ORG:"))
                            ):
                                found = None
                        if found is not None:
                            return found
                    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ISSUE_VERBS:
                        # 'the Council issued a statement calling ...': the issuer
                        issuer = self._subject_of(tok.head, depth + 1)
                        if issuer is not None and issuer.i != tok.i:
                            found = self.resolve(issuer, previous, prev_at, depth + 1)
                            if found is not None:
                                return found
                if tok.lemma_.lower() in MEDIA_NOUNS:
                    for c in tok.children:
                        if c.dep_ == "prep" and c.lower_ == "of":
                            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                            found = self._named(pobj) if pobj is not None else None
                            if found is not None and found.label == "PERSON":
                                return found
                # "the chief executive, Geoff Dixon," / "spokesman John Smith"
                for c in tok.children:
                    if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > tok.i:
                        return self._named(c)
                titled = self._name_closing_title(tok)
                if titled is not None:
                    return titled
        # 'the secretary of state said' with "secretary" tagged a proper noun: a lower-case
        # role is a description, whatever the tagger made of it
        # ('the forward', "Russia's foreign ministry")
        common_role = (
            _lower_case_name_tag(tok)
            and (tok.lower_ in ROLE_WORDS or tok.lower_ in _ROLE_KINDS or tok.lower_ in BODY_NOUNS)
        ) or _office_initials(tok)
        if (
            tok.is_upper
            and tok.lower_ in _OFFICE_INITIALS
            and index.in_headline(tok.i)
            and (holder := index.resolve_description(tok, previous, prev_at)) is not None
        ):
            return holder  # 'PM says ...' over 'Prime Minister Tony Blair said ...'
        if tok.pos_ == "PROPN" and not common_role:
            return (
                self._owned_person(tok)
                # 'Chief Secretary to the Treasury Paul Broadbent said', the name parsed
                # into the office's phrase
                or self._name_closing_title(tok)
                or self._role_named_at_edge(tok)
                # 'Rep. X (D-Colo.) defended ...', the parser heading the subject in brackets
                or self._bracketed_after_person(tok)
                or index.name_from_tokens(tok)
            )
        if (
            ((tok.pos_ == "NOUN" and tok.tag_ == "NN") or common_role)
            and (
                any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                or tok.left_edge.lower_ == "the"
                # 'our correspondent added': the paper's own, named before
                or _ours(tok)
                # 'Commerce secretary defends ...': a headline drops its articles
                or (
                    tok.lower_ in ROLE_WORDS
                    and index.in_headline(tok.i)
                    and not any(c.dep_ in ("det", "poss") for c in tok.children)
                )
            )
            and not any(
                # a restrictive clause or phrase picks someone out ('the man who attacked
                # him'); one set off by a comma only describes ('the actor, whose films
                # include ...', 'The committee, led by its chairman, ...', 'the Democratic
                # governor, now in his second term,')
                (
                    c.dep_ in ("relcl", "appos", "acl", "prep")
                    and self.doc[c.left_edge.i - 1].text not in ",:(—–"
                    and not (c.dep_ == "prep" and _office_of(c) and tok.lower_ in ROLE_WORDS)
                    # ('the father-of-two', 'the grandmother of seven': a parent's epithet)
                    and not (c.dep_ == "prep" and _children_counted(c))
                )
                for c in tok.children
            )
        ):
            linked = index.resolve_description(tok, previous, prev_at)
            if linked is not None and not self._named_in_own_report(tok, linked):
                return linked
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in AUTHORED_NOUNS | SPEECH_NOUNS:
            who = self._person_sent_from(tok)
            if who is not None:
                # 'The message from its chief executive, Helen Ferreira, was blunt:'
                return index.speaker_of_token(who)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in AUTHORED_NOUNS:
            writer = index.writer_of(tok)  # 'X endorsed Y in an editorial that called'
            if writer is not None:
                return writer
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in AUTHORED_NOUNS | SPEECH_NOUNS:
            issuer = self._issuer_of_earlier_writing(tok, previous, prev_at, depth)
            if issuer is not None:
                return issuer
        if tok.pos_ == "NOUN" and (
            tok.lemma_.lower() in SPEECH_NOUNS
            or (
                # 'his report', 'her letter'; not 'His post-mortem report', 'his newspaper'
                tok.lemma_.lower() in DOCUMENT_NOUNS - {"newspaper", "paper", "study", "survey"}
                and not any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children)
            )
        ):
            owner = next(
                (c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")),
                None,
            )
            if owner is not None:
                # 'His sales pitch adds: "..."': whoever 'his' is speaks through it
                found = index.resolve_pronoun(owner, previous, prev_at)
                if found is not None:
                    return found
        if (
            tok.pos_ == "NOUN"
            and tok.lower_ in ROLE_WORDS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            # 'the president of the Royal Society' names a body of its own; 'the governor of
            # Utah' a place's office
            and not any(
                c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "from") and not _place_of(c)
                for c in tok.children
            )
        ):
            # 'said the director behind JFK and Platoon' after 'Director Oliver Stone': a
            # restrictive description that only one person named before holds
            holder = index.unique_role_holder(tok)
            if holder is not None:
                return holder
        if tok.pos_ == "NOUN" and (
            (named := index.kin_named_later(tok)) is not None
            # ('The senior detective now in charge of the case said she had "fresh lines of
            # inquiry"...¶"...," said Det Ch Insp Louise X': an office picked out, named next)
            or (named := index.named_next(tok)) is not None
        ):
            return named
        return self._owned_person(tok) or self._introduced_source(tok) or self._describe(tok)

    def _named_in_own_phrase(self, tok: Token) -> Speaker | None:
        """The person a description's own phrase names ('a retired paper mill worker named
        Frank X', 'Her mother, who gave her name only as Mrs Sung')."""
        index = self.index
        return self._named_by_participle(tok) or next(
            (
                person
                for x in tok.subtree
                if x.i > tok.i
                and (person := index.speaker_of_token(x)) is not None
                and person.label == "PERSON"
                and _naming_itself(x) == tok
            ),
            None,
        )

    def _issuer_of_earlier_writing(
        self, tok: Token, previous: Speaker | None, prev_at: int, depth: int
    ) -> Speaker | None:
        """'the statement said' after 'In a statement issued through its spokeswoman, the
        hospital said ...': who said or wrote in the statement the text introduced just
        before (within the salience window)."""
        if depth > 2 or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        lo = self.index.line_window_start(tok.i)
        for t in reversed(self.doc[lo : tok.i]):
            if t.lemma_ != tok.lemma_ or t.pos_ != "NOUN" or self.quote_of_token[t.i] >= 0:
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                return None  # the last one mentioned is not the one introduced
            if any(
                self.quote_of_token[k] < 0 and not (self.doc[k].is_space or self.doc[k].is_punct)
                for k in range(t.sent.end, tok.sent.start)
            ):
                return None  # a sentence between: 'X said in a statement ... The club thanked him.'
            found = self.index.writer_of(t)
            verb = t.head.head
            if (
                found is None
                and t.dep_ == "pobj"
                and t.head.lower_ == "in"
                and (
                    verb.lemma_.lower() in REPORTING_VERBS and verb.lemma_.lower() not in WEAK_VERBS
                )
            ):
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    found = self.resolve(subject, previous, prev_at, depth + 1)
            return found
        return None

    def _reporting_body_above(self, pronoun: Token) -> Token | None:
        """The body whose words hold 'it' ('The report said ... what it described as'): the
        subject, a document or a body, of a clause above the pronoun's. Of two, the nearer
        when it is named ('The watchdog said BT had apologised for what it described as');
        two only described ('The union said the company had made what it called') may be
        either, so neither."""
        bodies: list[Token] = []
        node = pronoun.head
        for _ in range(10):
            if node.head.i == node.i:
                break
            dep, node = node.dep_, node.head
            if dep not in ("ccomp", "pcomp", "pobj", "relcl", "advcl", "prep", "dobj", "xcomp"):
                break
            bodies.extend(
                c
                for c in node.children
                if c.dep_ in ("nsubj", "nsubjpass")
                and c.i < pronoun.i
                and self.quote_of_token[c.i] < 0
                and (
                    (c.pos_ == "NOUN" and c.lemma_.lower() in BODY_NOUNS)
                    or (
                        (sp := self.index.speaker_of_token(c)) is not None
                        and sp.label in ("ORG", "GPE", "NORP")
                    )
                )
            )
        if not bodies:
            return None
        if bodies[0].pos_ == "PROPN" or len(bodies) == 1:
            return bodies[0]
        return None

    def _document_author(
        self, noun: Token, previous: Speaker | None, prev_at: int
    ) -> Speaker | None:
        """The person or body a participle names as the maker of the document ``noun``
        ('A memo circulated Thursday by Umstead's office', 'The lawsuit, led by Missouri
        Attorney General Tillie Crowder'), or the subject of a relative clause of issuing
        ('a travel advisory the department reissued on Sunday', 'a letter she filed with
        the court'): whose words it gives."""
        index = self.index
        for clause in noun.children:
            if clause.dep_ != "relcl" or clause.lemma_.lower() not in _ISSUING_VERBS:
                continue
            for sub in clause.children:
                if (
                    sub.dep_ != "nsubj"
                    or sub.lower_ in RELATIVE_PRONOUNS
                    or self.quote_of_token[sub.i] >= 0
                ):
                    continue
                if sub.pos_ == "PRON":
                    found = index.resolve_pronoun(sub, previous, prev_at)
                elif sub.pos_ == "NOUN" and sub.left_edge.lower_ == "the":
                    found = index.resolve_description(sub, previous, prev_at)
                else:
                    found = index.speaker_of_token(sub)
                if found is not None and found.label in ("PERSON", "ORG"):
                    return found
        if (
            noun.lemma_.lower()
            not in DOCUMENT_NOUNS | AUTHORED_NOUNS | LEGAL_DOCUMENT_NOUNS | _INQUIRY_NOUNS
        ):
            return None
        makers = [
            _issued_by(c)
            for c in noun.children
            if c.dep_ == "acl"
            and c.tag_ == "VBN"
            # (not who got hold of it: 'A memo from the campaign, obtained by The
            # Associated Press')
            and c.lemma_.lower() not in _RECEIVING_VERBS
        ]
        # 'A memo from the Army's planning staff': the one it came from
        senders = [
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for by in [*makers, _by_author(noun), *senders]:
            if by is None or self.quote_of_token[by.i] >= 0:
                continue
            found = self.index.speaker_of_token(by)
            if found is None and by.lemma_.lower() in _OWN_STAFF_NOUNS:
                # 'by Umstead's office': the one whose office it is
                owner = next((g for g in by.children if g.dep_ == "poss"), None)
                found = self.index.speaker_of_token(owner) if owner is not None else None
            if found is None and by.pos_ == "NOUN" and by.lower_ in ROLE_WORDS:
                found = self._named_later_as(by)
            if found is None and by.pos_ == "NOUN":
                # 'paid for by a political action committee called Pruett Forward': the body
                # the maker is called
                found = next(
                    (
                        sp
                        for c in by.children
                        if c.dep_ == "acl" and c.lemma_.lower() in ("call", "name")
                        for g in c.children
                        if g.dep_ == "oprd" and (sp := self.index.speaker_of_token(g)) is not None
                    ),
                    None,
                )
            if found is not None and found.label in ("PERSON", "ORG"):
                return found  # (worded as the document: 'A memo circulated by ...')
        return None

    def _named_later_as(self, role: Token) -> Speaker | None:
        """The person a later sentence names in apposition to the same description ('The
        memo, written by the city's corporation counsel, ...' ... 'The city's corporation
        counsel, Beatriz Amaral, told the council')."""
        wording = _wording(role)
        owner = next((c.lower_ for c in role.children if c.dep_ == "poss"), None)
        for t in self.doc[role.i + 1 : role.i + 2000]:
            if (
                t.lemma_ == role.lemma_
                and t.pos_ == "NOUN"
                and self.quote_of_token[t.i] < 0
                and _wording(t) == wording
                and next((c.lower_ for c in t.children if c.dep_ == "poss"), None) == owner
            ):
                named = self._named_set_off(t)
                if named is not None:
                    return named
        return None

    def _named_set_off(self, noun: Token) -> Speaker | None:
        """The person named in apposition to ``noun``."""
        for c in noun.children:
            if c.dep_ == "appos" and self.quote_of_token[c.i] < 0:
                found = self.index.speaker_of_token(c)
                if found is not None and found.label == "PERSON":
                    return found
        return None

    def _name_set_off_after(self, noun: Token) -> Speaker | None:
        """A person's name set off by commas right after a role noun and its prepositional
        phrases, whatever the parser hung it from ("Weatherby's campaign chair, Penelope
        Toliver, said"; "The chairwoman of the House subcommittee, Rep. Hyejin Overholt,
        said")."""
        doc = self.doc
        if noun.lemma_.lower() in ORG_NOUNS and noun.lemma_.lower() not in SOURCE_NOUNS:
            return self.index.body_set_off_after(noun)
        end = max([noun.i] + [c.right_edge.i for c in noun.rights if c.dep_ == "prep"])
        # ('The author of "Two Mothers, One Kitchen," Min-seo Kang, wrote': a title in
        # quotation marks closes with the comma inside them)
        titled = next(
            (
                i
                for i in range(noun.i + 2, min(end + 1, len(doc) - 1))
                if doc[i].text in ('"', "\u201d")
                and doc[i - 1].text == ","
                and self.quote_of_token[i - 1] >= 0
                and self.quote_of_token[i + 1] < 0
            ),
            None,
        )
        if (
            # (any noun for one person: 'another investor, Claire Donnelly of ...'; any noun
            # at all before a titled name: 'Its chief sponsor, Sen. Ruth Andersen-Maki,')
            not (
                _one_persons_noun(noun.lemma_.lower())
                or (end + 2 < len(doc) and doc[end + 2].lower_.rstrip(".") in TITLES)
            )
            or end + 2 >= len(doc)
            or (doc[end + 1].text != "," and titled is None)
            or any(c.dep_ == "appos" for c in noun.children)
        ):
            return None
        start = end + 2 if titled is None else titled + 1
        while start + 1 < len(doc) and (
            doc[start].lower_.rstrip(".") in TITLES
            # (or a role in lower case: 'the club's longest-serving player, defender X')
            or (doc[start].is_lower and doc[start].lower_ in ROLE_WORDS)
        ):
            start += 1  # an honorific before the name ('Rep.', 'Dr')
        index = self.index
        for m in index.mentions[bisect_left(index.mention_ends, start) :]:
            if m.first > start:
                break
            if (
                # (the honorific may open the mention: 'Sen. Ruth Andersen-Maki')
                (m.first == start or (titled is None and end + 2 <= m.first < start))
                and m.speaker.label == "PERSON"
                and m.last + 1 < len(doc)
                # ('said the BPI's general counsel, Roisin Fennelly.': the sentence may end
                # with the name after an inverted verb)
                and (
                    doc[m.last + 1].text == ","
                    or (noun.head.i < noun.i and doc[m.last + 1].text in (".", ";"))
                    # ('another investor, Claire Donnelly of Greenbank Ventures,': her body)
                    or (doc[m.last + 1].lower_ == "of" and m.speaker.entity_id is not None)
                    # ('Its chief sponsor, Sen. Ruth Andersen-Maki (D-Minn.), said')
                    or _bracket_then_comma(doc, m.last + 1)
                )
                and self.quote_of_token[m.first] < 0
            ):
                return m.speaker
        return None

    def _named_by_participle(self, noun: Token) -> Speaker | None:
        """The person 'named' or 'called' right after a description: 'a retired worker
        named Frank Dobrowski'."""
        naming = _naming_participle(noun)
        if naming is None:
            return None
        named = [
            *(g for g in naming.children if g.dep_ in ("oprd", "dobj", "attr", "xcomp")),
            # 'identified as X'
            *(
                n
                for g in naming.children
                if g.dep_ == "prep" and g.lower_ == "as"
                for n in g.children
                if n.dep_ == "pobj"
            ),
        ]
        for g in named:
            if self.quote_of_token[g.i] < 0:
                found = self.index.speaker_of_token(g)
                if found is not None and (
                    found.label == "PERSON" or (found.label == "ORG" and _self_naming(naming))
                ):
                    return found
        return None

    def _introduced_source(self, tok: Token) -> Speaker | None:
        """'A spokesman for Sen. X said ... "...," the spokesman said': a bare definite
        source noun is the one introduced a few sentences before, as described there."""
        lemma = tok.lemma_.lower()
        if (
            # ('a person familiar with the investigation ... the person said')
            (lemma not in UNNAMED_SOURCE_NOUNS and lemma != "person")
            or tok.pos_ != "NOUN"
            or [c.lower_ for c in tok.children] != ["the"]
        ):
            return None
        sent = self.index.sent_of_token[tok.i]
        earlier = [
            i
            for i in self.index.indefinite_uses.get(lemma, ())
            if i < tok.i and self.index.sent_of_token[i] >= sent - 4
        ]
        if not earlier or not (
            (self.doc[earlier[-1]].dep_ == "nsubj" and lemma != "person")
            or _according_to_source(self.doc[earlier[-1]])
        ):
            return None
        if any(
            t.lemma_.lower() == lemma
            and t.pos_ == "NOUN"
            and self.quote_of_token[t.i] < 0
            # described otherwise than by "the" alone: someone else
            and [c.lower_ for c in t.children] != ["the"]
            for t in self.doc[earlier[-1] + 1 : tok.i]
        ):
            return None  # 'The club's spokesman said ...' came between
        found = self._describe(self.doc[earlier[-1]])
        if found is None or len(found.name.split()) <= 2:
            return None  # 'a witness' says no more than 'the witness'
        text = found.name
        if text.split()[0] in ("A", "An"):
            text = text[0].lower() + text[1:]  # the sentence's capital is not the name's
        return Speaker(text, None, None, key=f"DESC:{text.lower()}")

    def _name_closing_title(self, tok: Token) -> Speaker | None:
        """'Labour's deputy minister for women Jacqui Smith accused ...': a role 'for' a
        portfolio that ends in a name is that person's title (but 'a spokesman for Tony
        Blair' speaks for Blair)."""
        if tok.lower_ not in ROLE_WORDS:
            return None
        edge = self._person_at_right_edge(tok)
        if edge is None:
            return None
        found, first = edge
        before = self.doc[first - 1] if first > tok.i + 1 else None
        if before is None or before.lower_ in ROLE_WORDS:
            return None  # 'an associate of Yukos boss X': X's own title
        between = {t.lower_ for t in self.doc[tok.i + 1 : before.i]}
        if before.pos_ == "NOUN" and before.is_lower and "for" in between:
            return found  # 'minister for women X', 'spokesman for sport X': a portfolio
        if (
            tok.is_title
            and before.pos_ == "PROPN"
            and before.is_title
            and before.ent_type_ != "PERSON"
            and between & {"for", "to", "of"}
        ):
            return found  # 'Chief Secretary to the Treasury Paul Broadbent': a titled office
        return None

    def _named_after_title_of_field(self, title: Token) -> Speaker | None:
        """The person a title of a field names ('Director of cricket Neil Pennock', the name
        parsed inside the 'of' phrase after the field's lower-case words), not the one an
        'of' phrase names as someone's relation ('The wife of Neil Pennock')."""
        if title.lower_ not in ROLE_WORDS or not title.is_title:
            return None
        for prep, pobj in _objects_of(title, "of"):
            if self.quote_of_token[pobj.i] >= 0:
                continue
            person = self.index.speaker_of_token(pobj)
            if person is None or person.label != "PERSON":
                continue
            first = self.index.mention_span.get(pobj.i, (pobj.i, pobj.i))[0]
            field = self.doc[prep.i + 1 : first]
            if len(field) and all(t.is_lower and t.pos_ == "NOUN" for t in field):
                return person
        return None

    def _person_at_right_edge(self, tok: Token) -> tuple[Speaker, int] | None:
        """The person named at the end of ``tok``'s phrase, outside quotation marks, with
        the first token of that name."""
        right = tok.right_edge
        found = self.index.speaker_of_token(right)
        if found is None or found.label != "PERSON" or self.quote_of_token[right.i] >= 0:
            return None
        return found, self.index.mention_span.get(right.i, (right.i, right.i))[0]

    def _role_named_at_edge(self, tok: Token) -> Speaker | None:
        """'Federation of Small Businesses spokesman Stephen Alambritis said', parsed with
        the body's name as the subject: the person a role after the body's name names at
        the subject's end (not 'the wife of Labour leader X', nor 'a spokesman for X')."""
        if (
            not tok.is_title
            or tok.tag_ != "NNP"  # not 'Supporters of Labour leader X', 'Friends of X'
            or (tok.lower_.endswith("s") and not tok.lower_.endswith("ss"))  # 'Neighbours'
            or tok.lower_ in ROLE_WORDS
            or tok.dep_ not in SUBJECT_DEPS
        ):
            return None
        edge = self._person_at_right_edge(tok)
        if edge is None or tok.right_edge.i + 1 != tok.head.i:
            return None
        found, first = edge
        j = first - 1
        while j > tok.i and self.doc[j].is_lower and self.doc[j].lower_ in ROLE_WORDS:
            j -= 1
        if j == first - 1 or j <= tok.i:
            return None
        body = self.doc[j]
        return found if body.pos_ == "PROPN" and body.is_title else None

    def _named(self, tok: Token) -> Speaker | None:
        """A name at or inside ``tok``: a person first, then a proper-noun name in
        apposition, then an organisation."""
        index = self.index
        sp = index.speaker_of_token(tok)
        if sp is not None and sp.label in SPEAKER_LABELS:
            if sp.label != "PERSON":
                return self._owned_person(tok) or self._bracketed_after_person(tok) or sp
            return sp
        # names inside a relative clause ('the actor, whose films include X') are not his
        skip = {t.i for c in tok.children if c.dep_ == "relcl" for t in c.subtree}
        subtree = [t for t in tok.subtree if self.quote_of_token[t.i] < 0 and t.i not in skip]
        found = [index.speaker_of_token(t) for t in subtree if t.i in index.entity_of_token]
        person = next((f for f in found if f is not None and f.label == "PERSON"), None)
        if person is not None:
            return person
        if tok.pos_ == "PROPN" and tok.lower_ not in TITLES and not _lower_case_name_tag(tok):
            # (not a lower-case word the tagger took for a name: 'the forward said')
            return index.name_from_tokens(tok)
        for t in subtree:
            if (
                t.dep_ == "appos"
                and t.pos_ == "PROPN"
                and t.lower_ not in TITLES
                and not any(c.dep_ == "det" for c in t.children)  # 'The Phantom Menace'
            ):
                return index.name_from_tokens(t)
        return next((f for f in found if f is not None and f.label == "ORG"), None)

    def _titled_conjunct(self, tok: Token) -> Speaker | None:
        """'Only Fools and Horses star David Jason criticised ...', misparsed as "Fools and
        ... Jason": the person after the role noun is the subject; the words before it name
        a show, a team or a party qualifying the role."""
        for c in tok.children:
            if c.dep_ != "conj" or c.ent_type_ != "PERSON":
                continue
            before = self.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
            if before is not None and before.is_lower and before.lower_ in ROLE_WORDS:
                found = self._named(c)
                if found is not None and found.label == "PERSON":
                    return found
        return None

    def _owned_person(self, tok: Token) -> Speaker | None:
        """A person named with a possessive inside the phrase of a non-person head: "War
        on Want's John Hilary", which the parser often heads with the group."""
        for t in tok.subtree:
            if (
                t.i > tok.i
                and self.quote_of_token[t.i] < 0
                # (not 'The committee, led by ... its ranking Democrat, Rep. X,': a pronoun
                # owner names nobody's body)
                and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in t.children)
            ):
                found = self.index.speaker_of_token(t)
                if found is not None and found.label == "PERSON":
                    return found
        return None

    def _named_subject(self, tok: Token) -> Speaker | None:
        """The name a subject is or has in apposition: 'His collaborator, the actress Ingrid
        Solberg, said', parsed as two subjects, the second naming the speaker."""
        found = self.index.speaker_of_token(tok)
        if found is not None or tok.pos_ != "NOUN":
            return found
        for c in tok.children:
            if c.dep_ == "appos" and c.i > tok.i and self.quote_of_token[c.i] < 0:
                found = self.index.speaker_of_token(c)
                if found is not None and found.label == "PERSON":
                    return found
        return None

    def _bracketed_after_person(self, tok: Token) -> Speaker | None:
        """The person a bracket holding ``tok`` follows: 'Marcia Price (D-Newport News)',
        'Rep. Ebele Vasquez (D-Calif.) made', where the parser may head the phrase, or the
        clause's subject, with what the bracket holds."""
        doc = self.doc
        first = self.index.mention_span.get(tok.i, (tok.i, tok.i))[0]
        for i in range(first - 1, max(0, first - 6), -1):
            if doc[i].text == ")":
                return None
            if doc[i].text == "(":
                if self.quote_of_token[i - 1] >= 0:
                    return None
                found = self.index.speaker_of_token(doc[i - 1])
                return found if found is not None and found.label == "PERSON" else None
        return None

    def _unnamed_subject_of_aside(self, pronoun: Token) -> Token | None:
        """'One father ... asked why the board had paid for a study that, he said, "..."':
        a 'he said' set in the sentence as an aside is the sentence's subject's, when that
        is someone unnamed brought in with "a", "an" or "one" and no one else is named."""
        if pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "parataxis":
            return None
        root = pronoun.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if (
            subject is None
            or subject.i > pronoun.i
            or subject.tag_ != "NN"
            or not _one_persons_noun(subject.lemma_.lower())
            or _noun_sex(subject.lemma_.lower()) not in (None, _pronoun_sex(pronoun.lower_))
            or not _brought_in_unnamed(subject)
        ):
            return None
        for t in self.doc[pronoun.sent.start : pronoun.i]:
            found = self.index.speaker_of_token(t)
            if found is not None and found.label == "PERSON":
                return None  # someone named there may be who speaks
        return subject

    def _unnamed_person_before(self, pronoun: Token, definite: bool = False) -> Token | None:
        """'An older man in a seed-company cap was next. "...?" he asked.': a pronoun
        subject opening its clause right after a sentence whose subject brings in an
        unnamed person with "a", "an" or "one" (no one named, no words quoted there or
        before the pronoun, but for the person's own reported words: 'One season-ticket
        holder ... said the sacking was "overdue".¶"...," he said.', 'A senior carer, who
        has worked at the home for 17 years, said the staff had been offered jobs ...¶"...,"
        she said.') is that person; when ``definite``, one described by a role with "the"
        or a possessive instead ('Its chief executive')."""
        doc = self.doc
        sent = pronoun.sent
        pronoun_sex = _pronoun_sex(pronoun.lower_)
        if pronoun.dep_ != "nsubj" or sent.start == 0 or pronoun_sex is None:
            return None
        k = sent.start - 1
        while k > 0 and (
            doc[k].is_space
            # (or back past the quotation's own earlier sentences: '"This town has been
            # here since 1902. We will be here after this, too," she said.')
            or (
                self.quote_of_token[k] >= 0
                and self.quote_of_token[k] == self.quote_of_token[sent.start]
            )
        ):
            k -= 1  # past a blank line between the paragraphs
        before = doc[k].sent
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None) or next(
            (
                # ('One technician, who has worked ... and asked that ..., said', the
                # subject hung from the verb of its relative clause run on)
                t
                for t in before
                if t.dep_ == "nsubj"
                and t.left_edge.i == before.start
                and t.head.dep_ in ("advcl", "ccomp", "conj")
                and t.head.head == before.root
                and t.head.i < before.root.i
            ),
            None,
        )
        if subject is None and before.root.lemma_.lower() in REPORTING_VERBS:
            # ('In Treforgan, a mother of three who has spent ... said', the person parsed
            # as set beside the place opening the sentence)
            subject = next(
                (
                    t
                    for c in before.root.children
                    if c.dep_ == "prep" and c.i < before.root.i
                    for g in c.children
                    if g.dep_ == "pobj"
                    for t in g.children
                    if t.dep_ == "appos" and t.pos_ == "NOUN" and _a_persons_noun(t)
                ),
                None,
            )
        if subject is None and not definite:
            # ('His concerns were shared by one resident of nearby Brackenfold, who asked
            # not to be named.': the one brought in as the passive's doer)
            subject = next(
                (
                    g
                    for c in before.root.children
                    if c.dep_ == "agent"
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                None,
            )
        if not definite and (subject is None or not _a_persons_noun(subject)):
            # ('A single gift of £50,000 came from a retired farmer who asked to remain
            # anonymous.': someone brought in unnamed, by request, wherever in the sentence)
            subject = next(
                (
                    t
                    for t in before
                    if t.pos_ == "NOUN"
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
                    and _unnamed_by_request(t)
                ),
                subject,
            )
        if subject is None:
            return None
        # ('One of her former clubmates at X said ...': one of several unnamed)
        people = _one_of_people(subject)
        brought_in = people is not subject or _brought_in_unnamed(subject)
        if definite:
            brought_in = subject.lemma_.lower() in ROLE_WORDS and any(
                (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss"
                for c in subject.children
            )
        # (with all that stands between it and its verb: its description, however parsed)
        own_words = set(range(subject.left_edge.i, max(subject.right_edge.i + 1, before.root.i)))
        introduced, subject = subject, people
        # (one who speaks there says more, unless they asked: '"Is she angry?" a reporter
        # asked.' is a turn)
        verb = before.root.lemma_.lower()
        reported = verb in REPORTING_VERBS
        if (
            not brought_in
            # (a turn of a dialogue: '"That's not a no," a reporter pointed out.¶"...," she
            # replied')
            or (
                reported
                and (
                    verb in _QUESTION_VERBS
                    or pronoun.head.lemma_.lower() in _REPLY_VERBS
                    or any(self.quote_of_token[i] >= 0 for i in range(before.start, introduced.i))
                )
            )
            or subject.tag_ not in ("NN", "NNS")
            or not _a_persons_noun(subject)
            or self.line_of_token[subject.i] < self.line_of_token[pronoun.i] - 1
        ):
            return None
        sex = _noun_sex(subject.lemma_.lower())
        if sex is not None and sex != pronoun_sex:
            return None
        # ('Asked whether the change was about saving his job, the coach bristled': an
        # opening clause with no subject of its own is the subject's, and so its "his")
        opening = [
            c
            for c in before.root.children
            if c.dep_ == "advcl"
            # (a participle opening it, whatever its tag: 'Asked ...')
            and c.tag_ in ("VBN", "VBG", "VBD")
            and c.left_edge.i == c.i
            and c.right_edge.i < introduced.left_edge.i
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ]
        own_words.update(
            t.i
            for c in opening
            for t in c.subtree
            if t.tag_ == "PRP$" and _pronoun_sex(t.lower_) == pronoun_sex
        )
        # (or the root's conjunct, where the root is a participle set off after the subject:
        # 'One teller at the branch, robbed on Aug. 9, said she still jumps')
        reports = [before.root] if reported else []
        if before.root.tag_ == "VBN" and doc[before.root.i - 1].text == ",":
            reports += [
                c
                for c in before.root.children
                if c.dep_ == "conj" and c.lemma_.lower() in REPORTING_VERBS and c.i > introduced.i
            ]
        if reports:
            # ('a mother of three ... said she had almost given up hope': her own report,
            # with every word of hers in it: 'said he planned to stay in his home')
            own_words.update(
                w.i
                for report in reports
                for c in report.children
                if c.dep_ == "ccomp"
                and any(
                    g.dep_ == "nsubj" and _pronoun_sex(g.lower_) == pronoun_sex for g in c.children
                )
                for w in c.subtree
                if w.pos_ == "PRON" and _pronoun_sex(w.lower_) == pronoun_sex
            )
        for t in doc[before.start : pronoun.i]:
            if self.quote_of_token[t.i] >= 0:
                if t.i <= k and not reported:
                    return None
                continue
            found = self.index.speaker_of_token(t)
            if (
                (found is not None and found.label == "PERSON")
                or (t.i >= sent.start and t.pos_ == "PRON" and t.dep_ == "nsubj")
                # ('As she left the stage, a reporter asked whether she would ...': someone
                # else in view; not 'One of her clubmates')
                # (of the pronoun's sex: 'His concerns were shared by one resident ...¶"...,"
                # she said' is the resident)
                or (_pronoun_sex(t.lower_) == pronoun_sex and t.i not in own_words)
            ):
                return None
        return introduced

    def _describe(self, tok: Token) -> Speaker | None:
        """An unnamed speaker as described: 'a spokesman for Mr Blair'; a body's bare 'the
        ministry' as the text first described it ('the culture ministry has announced ...
        the ministry said')."""
        lemma = tok.lemma_.lower()
        if (
            tok.pos_ == "NOUN"
            and lemma in ORG_NOUNS | STATE_NOUNS
            and [c.lower_ for c in tok.children] == ["the"]
        ):
            for t in reversed(self.doc[max(0, tok.i - 400) : tok.i]):
                if (
                    t.lower_ == tok.lower_
                    and t.is_lower  # (however the tagger read it: 'the culture ministry')
                    and self.quote_of_token[t.i] < 0
                    and t.left_edge.lower_ == "the"
                    and any(c.dep_ in ("compound", "amod") and c.i < t.i for c in t.children)
                ):
                    return describe(t, self.quote_of_token)
        if tok.pos_ == "NOUN" and [c.lower_ for c in tok.children] == ["the"]:
            # 'A person familiar with the decision, who spoke on the condition of
            # anonymity, said ... "...," the person said': the one introduced so
            intro = max(
                (i for i in self.index.indefinite_uses.get(lemma, ()) if i < tok.i), default=-1
            )
            earlier = self.doc[intro] if intro >= 0 else None
            if (
                earlier is not None
                and tok.i - intro < 200
                and earlier.dep_ == "nsubj"
                and earlier.head.lemma_.lower() in REPORTING_VERBS
                and any(c.dep_ in ("prep", "amod", "acl") for c in earlier.children)
                # (the last of its kind: not past 'The club's spokesman said')
                and not any(
                    t.lemma_.lower() == lemma and self.quote_of_token[t.i] < 0
                    for t in self.doc[intro + 1 : tok.i]
                )
            ):
                return describe(earlier, self.quote_of_token)
        return describe(tok, self.quote_of_token)


@Language.factory("factx_quotes", assigns=["doc._.factx_quotes"], default_config={})
def make_quotes(nlp: Language, name: str) -> QuotesExtractor:
    """Direct quotations with speaker, cue and kind."""
    return QuotesExtractor(nlp, name)
