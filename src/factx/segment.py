"""Text segmentation: lines classified as body, heading, list item or boilerplate.

Articles arrive as plain text with one paragraph (or heading, or list item) per line. The
segmenter classifies each line so that the extractors can keep entities inside one line,
ignore list enumerators and skip page furniture such as share buttons and author bios.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc, Token

from .names import TITLE_ABBREVIATIONS

LineKind = Literal["title", "body", "heading", "list", "boilerplate"]

_TERMINAL = tuple(".!?:;\"”’'…)")
_ENUMERATOR = re.compile(r"(\d{1,2})(?:[.)]\s+|\s+(?=[A-Z“\"]))")
_WORD = re.compile(r"\w+")
_BULLET = re.compile(r"[-*•–—]\s+(?=\S)")
# Page furniture of web articles: a short line like these in the last part of a page marks
# the start of the footer (share buttons, navigation, "about the author").
_FOOTER_CUE = re.compile(
    r"^(share( this( article| story)?)?|exit mobile version|advertisement"
    r"|related( articles| stories)?|read more|more on this story"
    r"|about the author|tags?:.*"
    r"|print|email|comments?|leave a (comment|reply))\W*$",
    re.IGNORECASE,
)
# "Follow us on ...", "Subscribe to ...", a writer's "Follow Pam Key on Twitter
# @pamkeyNEN" (quoted, where a transcript ran on): only a short line of its own
# ("Subscribers to Wanadoo's broadband service will ..." is a paragraph of the story).
_FOOTER_LEAD = re.compile(
    r"^[\"“]?(follow us|subscribe|follow (\w+\s+){1,4}on (twitter|facebook|instagram)\b)\b.*$",
    re.IGNORECASE,
)
_FOOTER_WORDS = 12


@dataclass(frozen=True)
class Line:
    """One non-empty line of the text; ``start``/``end`` exclude the newline."""

    start: int
    end: int
    kind: LineKind
    paragraph: int


def is_heading(line: str) -> bool:
    words = _WORD.findall(line)
    if not words or len(words) > 14 or line.count(",") >= 2:
        return False
    stripped = line.rstrip()
    if stripped.endswith(_TERMINAL[:1]) or stripped.endswith(("!", ";", ",")):
        return False
    if stripped.endswith(('"', "”", "’", "'")):
        return False
    # A heading is short and either has no sentence punctuation at its end or is a short
    # question/label; most of its content words are capitalised or it is very short.
    capitalised = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return capitalised / len(words) >= 0.5 or len(words) <= 4


def _set_apart_headline(line: str, raw: list[tuple[int, int, int]]) -> bool:
    """A first line in sentence case ('Wales coach elated with win') is still a headline
    when it is short, ends without sentence punctuation and stands in its own paragraph."""
    words = _WORD.findall(line)
    stripped = line.rstrip()
    if stripped.endswith(('"', "”")):
        # 'Attorney General Defends Suit: "We Followed the Money"': a quotation ending the
        # headline, with no stop of its own inside the marks
        stripped = stripped[:-1].rstrip()
        if stripped.endswith(('"', "”")) or not stripped:
            return False
    return (
        0 < len(words) <= 14
        and raw[1][2] != raw[0][2]
        and not stripped.endswith((".", "!", "?", ";", ",", ":"))
    )


def segment_lines(text: str) -> list[Line]:
    """Split ``text`` into classified non-empty lines."""
    raw: list[tuple[int, int, int]] = []
    paragraph = 0
    pos = 0
    blank_before = False
    for piece in text.splitlines(keepends=True):
        body = piece.rstrip("\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85")
        content = body.strip()
        if content:
            lead = len(body) - len(body.lstrip())
            if blank_before and raw:
                paragraph += 1
            raw.append((pos + lead, pos + len(body.rstrip()), paragraph))
            blank_before = False
        else:
            blank_before = True
        pos += len(piece)

    kinds: list[LineKind] = []
    numbers: list[int | None] = []
    bullets: list[bool] = []
    for start, end, _ in raw:
        match = _ENUMERATOR.match(text, start, end)
        numbers.append(int(match.group(1)) if match else None)
        bullets.append(_BULLET.match(text, start, end) is not None)
    for i, (start, end, _para) in enumerate(raw):
        line = text[start:end]
        number = numbers[i]
        neighbours = {numbers[j] for j in (i - 1, i + 1) if 0 <= j < len(raw)}
        bulleted = bullets[i] and any(bullets[j] for j in (i - 1, i + 1) if 0 <= j < len(raw))
        if bulleted or (
            number is not None and (number - 1 in neighbours or number + 1 in neighbours)
        ):
            kinds.append("list")  # "1. ...", "2. ..." or "- ...", "- ...": items, not headings
        elif i == 0 and len(raw) > 1 and (is_heading(line) or _set_apart_headline(line, raw)):
            kinds.append("title")
        elif is_heading(line) and len(raw) > 1:
            kinds.append("heading")
        else:
            kinds.append("body")

    footer_from = len(raw)
    for i in range(max(1, len(raw) // 2), len(raw)):
        start, end, _ = raw[i]
        line = text[start:end].strip()
        if _FOOTER_CUE.match(line) or (
            _FOOTER_LEAD.match(line) and len(_WORD.findall(line)) <= _FOOTER_WORDS
        ):
            footer_from = i
            break
    return [
        Line(start, end, "boilerplate" if i >= footer_from else kinds[i], para)
        for i, (start, end, para) in enumerate(raw)
    ]


def line_index(lines: list[Line], length: int) -> list[int]:
    """Map each character offset to the index of its line (-1 between lines)."""
    index = [-1] * (length + 1)
    for i, line in enumerate(lines):
        index[line.start : line.end] = [i] * (line.end - line.start)
    return index


class Segmenter:
    """Stores the classified lines in ``doc._.factx_lines`` and starts a sentence at each line."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not Doc.has_extension("factx_lines"):
            Doc.set_extension("factx_lines", default=None)

    def __call__(self, doc: Doc) -> Doc:
        lines = segment_lines(doc.text)
        doc._.factx_lines = lines
        starts = {line.start for line in lines}
        parsed = doc.has_annotation("DEP")
        for token in doc[1:]:
            if parsed:
                break
            if token.idx in starts:
                token.is_sent_start = True
            elif _inside_dotted_name(token):
                token.is_sent_start = False  # "Halo.Bungie.Org": one name, not three sentences
            elif _after_a_title(token):
                token.is_sent_start = False  # "said Sgt. Tomas Aguilar-Beck": one sentence
            elif _opens_after_a_clock_time(token):
                token.is_sent_start = True  # "from 9 a.m. to 3 p.m. She said": two sentences
        return doc


# Words that open a sentence, never a clock time's zone or day ("3 p.m. ET", "p.m. Monday").
_SENTENCE_OPENERS = frozenset(
    "he she it they we i you the this that these those there his her their its our but".split()
)


def _opens_after_a_clock_time(token: Token) -> bool:
    """A capitalised pronoun or determiner right after "a.m." or "p.m.", whose stop also
    ends the sentence."""
    before = token.doc[token.i - 1]
    return (
        token.is_title and token.lower_ in _SENTENCE_OPENERS and before.lower_ in ("a.m.", "p.m.")
    )


def _after_a_title(token: Token) -> bool:
    """The token is a capitalised word after a title written with its stop ("Sgt.")."""
    before = token.doc[token.i - 1]
    return (
        token.is_title
        and before.text.endswith(".")
        and before.text[:1].isupper()
        and before.text[:-1].lower() in TITLE_ABBREVIATIONS
    )


def _inside_dotted_name(token: Token) -> bool:
    """The token follows a dot glued to the words on both sides ("Bungie" in
    "Halo.Bungie.Org")."""
    doc = token.doc
    i = token.i
    return (
        i >= 2
        and doc[i - 1].text == "."
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_alpha
        and token.is_alpha
    )


@Language.factory(
    "factx_segmenter",
    assigns=["doc._.factx_lines", "token.is_sent_start"],
    default_config={},
)
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    """Line segmentation; put it before the parser so sentences never cross a line."""
    return Segmenter(nlp, name)
