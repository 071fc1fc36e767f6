"""The output contract: the dataclasses factx returns and the JSON Schema derived from them.

Every span-bearing item carries ``text``, ``start`` and ``end`` where ``start``/``end`` are
Unicode code-point offsets into the text exactly as decoded, so that
``text[start:end] == item.text`` always holds.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, Union

SCHEMA_VERSION = "1"


@dataclass
class Mention:
    """One occurrence of an entity in the text."""

    text: str
    start: int
    end: int


@dataclass
class Entity:
    """One real-world thing (person, organisation, place...) with all its mentions."""

    id: str
    name: str
    label: str
    count: int
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Figure:
    """A numeric fact: the number, its unit and what the sentence says it means."""

    text: str
    start: int
    end: int
    value: float | None
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


@dataclass
class Quote:
    """A direct quotation, the words inside the marks, with its speaker."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_id: str | None = None
    cue: str | None = None
    kind: Literal["speech", "other"] = "speech"
    speaker_text: str | None = None


@dataclass
class Document:
    """Everything factx extracted from one input."""

    source: str
    model: str
    entities: list[Entity] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    text: str | None = None
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict with ``schema_version`` first; ``text`` only when set."""
        data = dataclasses.asdict(self)
        ordered: dict[str, Any] = {"schema_version": data.pop("schema_version")}
        text = data.pop("text")
        ordered.update(data)
        if text is not None:
            ordered["text"] = text
        return ordered


FIELD_DOCS: dict[str, str] = {
    "start": "Start offset (Unicode code points) into the decoded text.",
    "end": "End offset (exclusive); text[start:end] == the item's text.",
    "value": "The normalised number (5000000 for 'five million', 4.75 for '4.75%').",
    "unit": "ISO 4217 code for money, '%' for percentages, else the counted noun or unit.",
    "kind": "Category of the item.",
    "approx": "Qualifier: about, more than, less than, up to, at least...",
    "total": "For ratios ('355 out of 366'): the whole.",
    "share": "For ratios: value / total.",
    "of": "Base of a percentage or share ('2% of GDP' -> 'GDP').",
    "when": "Time the figure refers to ('by 2027', 'last year').",
    "direction": "For changes: 'up' or 'down'.",
    "about": "Short phrase saying what is measured.",
    "speaker": "Canonical name of the speaker entity, or a description of an unnamed one.",
    "speaker_id": "Id of the speaker entity in 'entities', when the speaker is one.",
    "cue": "The reporting verb or phrase that attributes the quote.",
    "speaker_text": "The speaker as the article words it (with title or appositive).",
    "model": "spaCy pipeline used: '<name> <version>'.",
    "source": "Path as given on the command line, or '-' for stdin.",
    "text": "For the document: the text the offsets refer to (HTML input, or --include-text).",
}


def _type_schema(tp: Any) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (Union, types.UnionType):
        non_none = [a for a in args if a is not type(None)]
        inner = [_type_schema(a) for a in non_none]
        if len(non_none) < len(args):
            inner.append({"type": "null"})
        return inner[0] if len(inner) == 1 else {"anyOf": inner}
    if origin is Literal:
        return {"enum": list(args)}
    if origin is list:
        return {"type": "array", "items": _type_schema(args[0])}
    if dataclasses.is_dataclass(tp):
        return {"$ref": f"#/$defs/{tp.__name__}"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if tp in simple:
        return {"type": simple[tp]}
    raise TypeError(f"no JSON Schema mapping for {tp!r}")


def _dataclass_schema(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for f in dataclasses.fields(cls):
        prop = _type_schema(hints[f.name])
        if f.name in FIELD_DOCS:
            prop = {**prop, "description": FIELD_DOCS[f.name]}
        properties[f.name] = prop
        optional_text = cls is Document and f.name == "text"
        if not optional_text:
            required.append(f.name)
    return {
        "type": "object",
        "description": (cls.__doc__ or "").strip(),
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one output document, derived from the dataclasses."""
    defs = {c.__name__: _dataclass_schema(c) for c in (Mention, Entity, Figure, Quote)}
    root = _dataclass_schema(Document)
    root["properties"]["schema_version"] = {"const": SCHEMA_VERSION}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://factx.invalid/schema/document-1.json",
        "title": "factx document",
        **root,
        "$defs": defs,
    }
