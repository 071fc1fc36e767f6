"""Writing results: Rich tables, JSON or JSON Lines on stdout, one line per failure on stderr,
and a progress bar on a terminal's stderr.

Article text never reaches a terminal raw: tables strip control characters and escape
sequences and escape Rich markup; JSON escapes every control character.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

from .document import Document, Figure

if TYPE_CHECKING:
    from rich.console import Console

    from .batch import Outcome

FORMATS = ("table", "json", "jsonl")
# Escape sequences (CSI, OSC, DCS/SOS/PM/APC strings, two-character ESC sequences, 8-bit
# CSI) and every C0/C1 control character except tab and newline.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|.?)"
    r"|\x9b[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
# json.dumps escapes C0 controls itself; these it leaves raw with ensure_ascii=False. DEL and
# C1 controls could drive a terminal, U+2028/U+2029 split lines for some JSON Lines readers.
# Lone surrogates (from undecodable file names) cannot be written as UTF-8 at all.
_JSON_RAW = str.maketrans(
    {c: f"\\u{c:04x}" for c in [*range(0x7F, 0xA0), 0x2028, 0x2029, *range(0xD800, 0xE000)]}
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def sanitize(text: str) -> str:
    """Remove escape sequences and control characters, keep tab and newline; lone surrogates
    (from undecodable file names) become U+FFFD."""
    return _SURROGATE.sub("\ufffd", _ESCAPE_SEQUENCE.sub("", text))


def to_json(document: Document, indent: int | None = None) -> str:
    """The document as JSON text (one line unless ``indent``), safe to print on a terminal."""
    return json.dumps(document.to_dict(), ensure_ascii=False, indent=indent).translate(_JSON_RAW)


def write_json(documents: Iterable[Document], stream: IO[str], single: bool) -> None:
    """One input: one object; several: an array, written element by element as they come.
    Every write ends a line (an element is written when the next one, or the end, is known)."""
    if single:
        for document in documents:
            stream.write(to_json(document, indent=2) + "\n")
        return
    stream.write("[\n")
    previous: str | None = None
    for document in documents:
        if previous is not None:
            stream.write(previous + ",\n")
            stream.flush()
        previous = to_json(document, indent=2)
    stream.write("]\n" if previous is None else previous + "\n]\n")


def no_color() -> bool:
    """True when the NO_COLOR convention (https://no-color.org) asks for plain output."""
    return bool(os.environ.get("NO_COLOR"))


def make_console(stream: IO[str], **options: Any) -> Console:
    """A Rich console on ``stream``: styled only on a terminal without NO_COLOR, never
    interpreting emoji codes or highlighting numbers."""
    from rich.console import Console

    return Console(
        file=stream,
        color_system=None if no_color() else "auto",
        no_color=no_color(),
        highlight=False,
        emoji=False,
        **options,
    )


def _short(text: str | None, width: int = 90) -> str:
    text = sanitize(" ".join((text or "").split()))
    return text if len(text) <= width else text[: width - 1] + "…"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


def _meaning(figure: Figure) -> str:
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


def render_tables(document: Document, console: Console) -> None:
    """Print the Entities, Figures and Quotes tables of one document; an empty one says so."""
    from rich.markup import escape
    from rich.table import Table

    def cell(text: str | None, width: int = 90) -> str:
        return escape(_short(text, width))

    def show(title: str, table: Table, rows: int, noun: str) -> None:
        if rows:
            console.print(table)
        else:
            console.print(f"[bold]{title}[/bold]: no {noun} found")

    console.print(f"[bold]{cell(document.source, 200)}[/bold]  ({cell(document.model, 60)})")

    entities = Table(title="Entities", title_justify="left", title_style="bold")
    for column in ("Name", "Label", "Mentions", "Roles"):
        entities.add_column(column, justify="right" if column == "Mentions" else "left")
    for entity in document.entities:
        entities.add_row(
            cell(entity.name, 40),
            cell(entity.label, 12),
            str(entity.count),
            cell("; ".join(entity.roles), 70),
        )
    show("Entities", entities, len(document.entities), "entities")

    figures = Table(title="Figures", title_justify="left", title_style="bold")
    for column in ("Figure", "Value", "Unit", "Kind", "Meaning"):
        figures.add_column(column, justify="right" if column == "Value" else "left")
    for figure in document.figures:
        figures.add_row(
            cell(figure.text, 30),
            _number(figure.value),
            cell(figure.unit, 20),
            cell(figure.kind, 12),
            escape(_meaning(figure)),
        )
    show("Figures", figures, len(document.figures), "figures")

    quotes = Table(title="Quotes", title_justify="left", title_style="bold")
    for column in ("Speaker", "Quote", "Cue", "Offsets"):
        quotes.add_column(column)
    for quote in document.quotes:
        speaker = quote.speaker or ("(not speech)" if quote.kind == "other" else "(unknown)")
        quotes.add_row(
            cell(speaker, 30),
            cell(quote.text, 80),
            cell(quote.cue, 20),
            f"{quote.start}–{quote.end}",
        )
    show("Quotes", quotes, len(document.quotes), "quotes")


def _same_terminal(a: IO[str], b: IO[str]) -> bool:
    try:
        if not (a.isatty() and b.isatty()):
            return False
        return os.fstat(a.fileno()).st_rdev == os.fstat(b.fileno()).st_rdev
    except (OSError, ValueError, AttributeError):
        return False


class Emitter:
    """Writes outcomes as they come: documents to ``out`` in the chosen format, failures as
    ``factx: PATH: reason`` lines to ``err``; counts the failures.

    With more than one input and ``err`` a terminal, a Rich progress bar runs on ``err``
    (started after the first result, so worker processes are forked before its thread). When
    ``out`` is the same terminal, documents are printed through the bar's console so that
    they scroll above it instead of being overwritten."""

    def __init__(self, output_format: str, total: int, out: IO[str], err: IO[str]) -> None:
        if output_format not in FORMATS:
            raise ValueError(f"unknown format {output_format!r}")
        self.format = output_format
        self.total = total
        self.out = out
        self.err = err
        self.failed = 0
        self._progress: Any = None
        self._task: Any = None
        self._console: Console | None = None  # for tables, and for everything under a bar

    def run(self, outcomes: Iterable[Outcome]) -> int:
        """Write every outcome; return the number of failed inputs."""
        try:
            if self.format == "json":
                write_json(self._documents(outcomes), self, single=self.total == 1)
            else:
                for document in self._documents(outcomes):
                    if self.format == "jsonl":
                        self.write(to_json(document) + "\n")
                        self.flush()
                    else:
                        if self._console is None:
                            self._console = make_console(self.out)
                        render_tables(document, self._console)
        finally:
            if self._progress is not None:
                self._progress.stop()
        return self.failed

    def write(self, text: str) -> None:
        """Write whole lines of output (through the progress bar's console when it shares
        the terminal with the output)."""
        if self._console is not None and self._progress is not None:
            self._console.out(text, end="", highlight=False)
        else:
            self.out.write(text)

    def flush(self) -> None:
        self.out.flush()

    def _documents(self, outcomes: Iterable[Outcome]) -> Iterator[Document]:
        for outcome in outcomes:
            self._advance()
            if outcome.error is not None or outcome.document is None:
                self.failed += 1
                self._error(outcome.source, outcome.error or "no result")
                continue
            yield outcome.document

    def _advance(self) -> None:
        if self._progress is None and self.total > 1 and self.err.isatty():
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            console = make_console(self.err, stderr=True)
            self._progress = Progress(
                TextColumn("extracting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=console,
                transient=True,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self._task = self._progress.add_task("extracting", total=self.total)
            self._progress.start()
            if _same_terminal(self.out, self.err):
                self._console = console
        if self._progress is not None:
            self._progress.advance(self._task)

    def _error(self, source: str, reason: str) -> None:
        line = f"factx: {sanitize(source)}: {sanitize(' '.join(reason.split()))}"
        if self._progress is not None:
            self._progress.console.out(line, highlight=False)
        else:
            self.err.write(line + "\n")
            self.err.flush()
