"""Rendering documents as Rich tables, JSON or JSON Lines."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import IO, Any

from .document import Document

FORMATS = ("table", "json", "jsonl")
# C0/C1 control characters and escape sequences (CSI, OSC...) that must never reach a
# terminal from article text; tab and newline are kept.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|.?)"
    r"|\x9b[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


def sanitize(text: str) -> str:
    """Remove escape sequences and control characters; keep tab and newline."""
    return _ESCAPE_SEQUENCE.sub("", text)


def to_json(document: Document) -> str:
    return json.dumps(document.to_dict(), ensure_ascii=False)


def write_json(documents: Iterable[Document], stream: IO[str], single: bool) -> None:
    """One input: one object; several: an array, written element by element."""
    if single:
        for document in documents:
            json.dump(document.to_dict(), stream, ensure_ascii=False, indent=2)
            stream.write("\n")
        return
    stream.write("[")
    first = True
    for document in documents:
        stream.write("\n" if first else ",\n")
        stream.write(json.dumps(document.to_dict(), ensure_ascii=False, indent=2))
        first = False
    stream.write("\n]\n" if not first else "]\n")


def _short(text: str | None, width: int = 90) -> str:
    text = sanitize(" ".join((text or "").split()))
    return text if len(text) <= width else text[: width - 1] + "…"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


def _meaning(figure: Any) -> str:
    parts = []
    if figure.approx:
        parts.append(figure.approx)
    if figure.low is not None and figure.high is not None:
        parts.append(f"range {_number(figure.low)}–{_number(figure.high)}")
    if figure.total is not None:
        parts.append(f"of {_number(figure.total)}")
    if figure.of:
        parts.append(f"of {figure.of}")
    if figure.direction:
        change = figure.direction
        if figure.from_value is not None:
            change += f" from {_number(figure.from_value)}"
        if figure.to_value is not None:
            change += f" to {_number(figure.to_value)}"
        parts.append(change)
    if figure.when:
        parts.append(figure.when)
    if figure.about:
        parts.append(f"({figure.about})")
    return "; ".join(_short(p, 60) for p in parts)


def render_tables(document: Document, console: Any) -> None:
    """Print the Entities, Figures and Quotes tables of one document."""
    from rich.markup import escape
    from rich.table import Table

    def cell(text: str | None, width: int = 90) -> str:
        return escape(_short(text, width))

    console.print(f"[bold]{escape(sanitize(document.source))}[/bold]  ({escape(document.model)})")
    entities = Table(title="Entities", title_justify="left", expand=False)
    for column in ("Name", "Label", "Mentions", "Roles"):
        entities.add_column(column)
    for entity in document.entities:
        entities.add_row(
            cell(entity.name, 40), entity.label, str(entity.count), cell("; ".join(entity.roles), 70)
        )
    if not document.entities:
        entities.caption = "no entities found"
    console.print(entities)

    figures = Table(title="Figures", title_justify="left")
    for column in ("Figure", "Value", "Unit", "Kind", "Meaning"):
        figures.add_column(column)
    for figure in document.figures:
        figures.add_row(
            cell(figure.text, 30),
            _number(figure.value),
            cell(figure.unit, 20),
            figure.kind,
            escape(_meaning(figure)),
        )
    if not document.figures:
        figures.caption = "no figures found"
    console.print(figures)

    quotes = Table(title="Quotes", title_justify="left")
    for column in ("Speaker", "Quote", "Cue", "Position"):
        quotes.add_column(column)
    for quote in document.quotes:
        speaker = quote.speaker or ("(not speech)" if quote.kind == "other" else "(unknown)")
        quotes.add_row(cell(speaker, 30), cell(quote.text, 80), cell(quote.cue, 20), f"{quote.start}–{quote.end}")
    if not document.quotes:
        quotes.caption = "no quotes found"
    console.print(quotes)
