"""Output: terminal safety of tables, JSON escaping, streaming writers, the emitter."""

from __future__ import annotations

import io
import json
import re

import pytest
from checks import assert_document

from factx.batch import Outcome
from factx.document import Document, Entity, Figure, Mention, Quote
from factx.render import Emitter, make_console, render_tables, sanitize, to_json, write_json

HOSTILE = "[bold red]Boss[/] \x1b]0;pwned\x07\x1b[31mRed\x1b[0m \x9b2J\rEnd\x07"
SGR = re.compile(r"\x1b\[[0-9;]*m")


class Terminal(io.StringIO):
    """A StringIO that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def hostile_document() -> Document:
    text = f"{HOSTILE} said “{HOSTILE}” on 5% of days."
    start = text.index("“") + 1
    end = text.index("”")
    return Document(
        source="evil\x1b[2J.txt",
        model="en_core_web_sm 3.8.0",
        entities=[
            Entity(
                id="e1",
                name=HOSTILE,
                label="PERSON",
                count=1,
                roles=[HOSTILE],
                mentions=[Mention(HOSTILE, 0, len(HOSTILE))],
            )
        ],
        figures=[
            Figure("5%", text.index("5%"), text.index("5%") + 2, 5.0, "%", "percent", about=HOSTILE)
        ],
        quotes=[Quote(text[start:end], start, end, speaker=HOSTILE, cue="said")],
        text=text,
    )


def plain_document() -> Document:
    return Document(source="a.txt", model="en_core_web_sm 3.8.0")


def render(document: Document, **console_options) -> str:
    stream = io.StringIO()
    render_tables(document, make_console(stream, width=200, **console_options))
    return stream.getvalue()


# ---------------------------------------------------------------- sanitize


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\x1b]0;new title\x07b", "ab"),  # OSC title, BEL-terminated
        ("a\x1b]2;new title\x1b\\b", "ab"),  # OSC title, ST-terminated
        ("a\x1b[31mred\x1b[0mb", "aredb"),  # SGR colour
        ("a\x1b[2J\x1b[Hb", "ab"),  # clear screen, cursor home
        ("a\x9b31mb", "ab"),  # 8-bit CSI
        ("a\x1bPq#0;2;0;0;0\x1b\\b", "ab"),  # DCS (sixel) string
        ("a\x1bcb", "ab"),  # full reset
        ("a\rb\x08c\x07d\x00e\x7ff\x85g", "abcdefg"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("Zürich £5 “quoted” – 日本 🙂", "Zürich £5 “quoted” – 日本 🙂"),
        ("caf\udce9.txt", "caf\ufffd.txt"),  # an undecodable file name
    ],
)
def test_sanitize(raw, clean):
    assert sanitize(raw) == clean


# ---------------------------------------------------------------- tables


def test_tables_escape_markup_and_strip_escape_sequences():
    out = render(hostile_document())
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out and "\r" not in out
    assert "[bold red]Boss[/]" in out  # markup shown literally, not interpreted
    assert "0;pwnedRed" not in out and "pwned" not in out  # the OSC payload went with it
    assert "evil.txt" in out


def test_tables_on_a_colour_terminal_only_carry_rich_styles():
    out = render(hostile_document(), force_terminal=True)
    assert "\x1b[" in out  # styled (bold headers)
    rest = SGR.sub("", out)
    assert "\x1b" not in rest and "\x07" not in rest and "\x9b" not in rest
    assert "[bold red]Boss[/]" in rest


def test_no_color_gives_plain_text_even_on_a_terminal(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    out = render(hostile_document(), force_terminal=True)
    assert "\x1b" not in out
    assert "Entities" in out and "[bold red]Boss[/]" in out


def test_empty_tables_say_so():
    out = render(plain_document())
    assert "a.txt  (en_core_web_sm 3.8.0)" in out
    assert "Entities: no entities found" in out
    assert "Figures: no figures found" in out
    assert "Quotes: no quotes found" in out


def test_tables_show_every_section():
    out = render(hostile_document())
    for heading in (
        "Entities",
        "Name",
        "Label",
        "Mentions",
        "Roles",
        "Figures",
        "Quotes",
        "Speaker",
    ):
        assert heading in out
    assert "PERSON" in out and "5%" in out and "percent" in out and "said" in out


# ---------------------------------------------------------------- JSON


def test_json_escapes_terminal_controls_and_line_separators():
    document = hostile_document()
    document.quotes[0].cue = "said\u2028now\x85"
    line = to_json(document)
    assert "\n" not in line
    for raw in ("\x1b", "\x07", "\x9b", "\x85", "\u2028", "\r"):
        assert raw not in line
    assert "\\u009b" in line and "\\u2028" in line
    back = json.loads(line)
    assert back == document.to_dict()  # lossless
    assert_document(back)


def test_json_of_an_undecodable_file_name_is_writable_and_lossless():
    document = Document(source="caf\udce9.txt", model="m")
    line = to_json(document)
    line.encode("utf-8")  # no lone surrogate left to fail the write
    assert '"caf\\udce9.txt"' in line
    assert json.loads(line)["source"] == "caf\udce9.txt"


def test_json_keeps_other_unicode_readable():
    document = Document(source="Zürich £5 – 日本.txt", model="m")
    assert '"Zürich £5 – 日本.txt"' in to_json(document)


def test_write_json_single_object_array_and_empty():
    one = io.StringIO()
    write_json([plain_document()], one, single=True)
    assert json.loads(one.getvalue())["source"] == "a.txt"
    many = io.StringIO()
    write_json([plain_document(), hostile_document()], many, single=False)
    assert [d["source"] for d in json.loads(many.getvalue())] == ["a.txt", "evil\x1b[2J.txt"]
    assert many.getvalue().startswith("[\n{") and many.getvalue().endswith("}\n]\n")
    none = io.StringIO()
    write_json([], none, single=False)
    assert json.loads(none.getvalue()) == []


# ---------------------------------------------------------------- emitter


def outcomes() -> list[Outcome]:
    return [
        Outcome("a.txt", plain_document()),
        Outcome("bad\x1b]0;x\x07.txt", error="not text\n(binary data)"),
        Outcome("c.txt", Document(source="c.txt", model="m")),
    ]


@pytest.mark.parametrize("output_format", ["jsonl", "json", "table"])
def test_emitter_writes_documents_and_one_line_per_failure(output_format):
    out, err = io.StringIO(), io.StringIO()
    failed = Emitter(output_format, 3, out, err).run(outcomes())
    assert failed == 1
    assert err.getvalue() == "factx: bad.txt: not text (binary data)\n"
    if output_format == "jsonl":
        assert [json.loads(line)["source"] for line in out.getvalue().splitlines()] == [
            "a.txt",
            "c.txt",
        ]
    elif output_format == "json":
        assert [d["source"] for d in json.loads(out.getvalue())] == ["a.txt", "c.txt"]
    else:
        assert out.getvalue().count("Entities: no entities found") == 2
    assert "\x1b" not in out.getvalue()


def test_emitter_single_input_json_is_one_object():
    out = io.StringIO()
    assert Emitter("json", 1, out, io.StringIO()).run(outcomes()[:1]) == 0
    assert json.loads(out.getvalue())["source"] == "a.txt"


def test_no_progress_bar_when_stderr_is_not_a_terminal():
    err = io.StringIO()
    Emitter("jsonl", 3, io.StringIO(), err).run(outcomes())
    assert "extracting" not in err.getvalue()


def test_progress_bar_on_a_terminal_stderr_keeps_stdout_clean(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    out, err = io.StringIO(), Terminal()
    Emitter("jsonl", 3, out, err).run(outcomes())
    assert "extracting" in err.getvalue()
    assert "factx: bad.txt: not text (binary data)" in err.getvalue()
    lines = out.getvalue().splitlines()
    assert [json.loads(line)["source"] for line in lines] == ["a.txt", "c.txt"]


def test_no_progress_bar_for_a_single_input():
    err = Terminal()
    Emitter("jsonl", 1, io.StringIO(), err).run(outcomes()[:1])
    assert err.getvalue() == ""


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown format"):
        Emitter("xml", 1, io.StringIO(), io.StringIO())
