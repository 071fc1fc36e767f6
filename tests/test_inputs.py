"""Reading inputs: path expansion, decoding, HTML extraction, and every refusal message."""

from __future__ import annotations

import codecs
import io
import os
import sys

import pytest

from factx.inputs import (
    InputError,
    declared_charset,
    decode,
    expand_paths,
    html_to_text,
    load,
    looks_binary,
    read_path_list,
)

ARTICLE = (
    "Shell is to pay $1m (£522,000) to the ex-finance chief.\n\n"
    "“We are pleased,” said Judy Boynton, who left the firm.\n"
)
HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Shell payout</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/business">Business</a> | <a href="/login">Sign in</a></nav>
<article>
<h1>Payoff for former Shell boss</h1>
<p>Shell is to pay $1m to the ex-finance chief who stepped down from her post in April 2004
after the firm over-stated its reserves, the company said on Monday.</p>
<p>“She was leaving by mutual agreement to pursue other career opportunities,” the firm said
in a statement released to investors in London.</p>
<p>Judy Boynton finally left the firm on 31 December, having spent the intervening time as a
special advisor to the chief executive.</p>
</article>
<footer><p>Copyright 2024 Example News Ltd. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/cookies">Cookie settings</a></footer>
</body></html>
"""


def write(path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


# ---------------------------------------------------------------- paths


def test_directories_are_walked_recursively_in_sorted_order(tmp_path):
    for name in ("b.txt", "a.md", "sub/z.html", "sub/c.htm", "A/x.TXT", "skip.json", ".hidden.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("x", encoding="utf-8")
    found = [os.path.relpath(p, tmp_path) for p in expand_paths([str(tmp_path)])]
    assert found == ["A/x.TXT", "a.md", "b.txt", "sub/c.htm", "sub/z.html"]


def test_other_names_pass_through_in_order(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "one.txt").write_text("x", encoding="utf-8")
    names = ["missing.txt", "-", str(tmp_path / "d"), "notes.json"]
    assert list(expand_paths(names)) == [
        "missing.txt",
        "-",
        str(tmp_path / "d" / "one.txt"),
        "notes.json",
    ]


def test_a_directory_without_articles_is_reported_in_its_place(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "data.csv").write_text("a,b", encoding="utf-8")
    assert list(expand_paths([str(tmp_path / "empty")])) == [str(tmp_path / "empty")]
    with pytest.raises(InputError, match=r"^directory with no \.txt, \.md, \.html or \.htm files$"):
        load(str(tmp_path / "empty"))


def test_path_list_skips_blank_lines_and_keeps_spaces(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_bytes(b"first file.txt\r\n\n  \nsecond.txt\n")
    assert list(read_path_list(str(listing))) == ["first file.txt", "second.txt"]


def test_path_list_from_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("a.txt\n\nb.txt\n"))
    assert list(read_path_list("-")) == ["a.txt", "b.txt"]


def test_missing_path_list_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        list(read_path_list(str(tmp_path / "nope.txt")))


# ---------------------------------------------------------------- decoding


def test_utf8_with_and_without_bom():
    assert decode(ARTICLE.encode("utf-8")) == ARTICLE
    assert decode(codecs.BOM_UTF8 + ARTICLE.encode("utf-8")) == ARTICLE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(encoding):
    data = ARTICLE.encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    elif encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    assert decode(data) == ARTICLE


def test_truncated_utf16_is_refused_with_its_encoding():
    with pytest.raises(InputError, match=r"^not valid UTF-16 text despite its byte-order mark"):
        decode("abc".encode("utf-16") + b"\x00")


@pytest.mark.parametrize(
    "text",
    [
        "The price is £100 for the tickets.\n",
        "£5\n",
        "£",
        "Café au lait costs £3 in Zürich, said José.\n",
        "“Hello”, he said – and left…\n",  # cp1252 quotes, dash and ellipsis
    ],
)
def test_legacy_western_text(text):
    encoding = "latin-1" if "“" not in text else "cp1252"
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Привет, как дела? Это тест кодировки для программы.", "cp1251"),
        ("Ελληνικά κείμενα είναι εδώ για δοκιμή.", "iso8859_7"),
        ("日本語のテキストです。これはテストです。", "shift_jis"),
    ],
)
def test_other_legacy_encodings_go_to_the_detector(text, encoding):
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        bytes(range(256)) * 4,
        b"%PDF-1.7\n" + bytes([0x01, 0x02, 0x03, 0x04, 0x05, 0x06]) * 100,
        "plain text".encode("utf-16-le"),  # UTF-16 without a BOM: NUL bytes
    ],
)
def test_binary_data_is_not_text(data):
    assert looks_binary(data)
    with pytest.raises(InputError, match=r"^not text \(binary data\)$"):
        decode(data)


def test_escape_characters_are_text_not_binary():
    text = "Title \x1b]0;pwned\x07 and \x1b[31mred\x1b[0m words.\n"
    assert decode(text.encode("utf-8")) == text


def test_declared_html_charset():
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
    assert declared_charset(page.encode("ascii")) == "iso-8859-1"
    assert declared_charset(b"<p>no declaration</p>") is None
    assert decode("Zürich £".encode("latin-1"), "iso-8859-1") == "Zürich £"
    assert decode("ok".encode("ascii"), "no-such-codec") == "ok"


# ---------------------------------------------------------------- loading


def test_load_plain_text(tmp_path):
    loaded = load(write(tmp_path / "a.txt", ARTICLE.encode("utf-8")))
    assert (loaded.text, loaded.is_html) == (ARTICLE, False)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n  \n", "no text (only whitespace)"),
        ("\u3000\n\u00a0".encode(), "no text (only whitespace)"),
        (b"\x00\x01\x02binary", "not text (binary data)"),
    ],
)
def test_unusable_files_are_refused_with_one_line(tmp_path, data, message):
    with pytest.raises(InputError) as caught:
        load(write(tmp_path / "bad.txt", data))
    assert str(caught.value) == message


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match=r"^no such file or directory$"):
        load(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match=r"^directory with no"):
        load(str(tmp_path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("x", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(InputError, match=r"^permission denied$"):
        load(str(path))


def test_html_main_text_without_boilerplate(tmp_path):
    loaded = load(write(tmp_path / "page.html", HTML.encode("utf-8")))
    assert loaded.is_html
    assert "Shell is to pay $1m" in loaded.text
    assert "“She was leaving by mutual agreement" in loaded.text
    for furniture in ("Sign in", "Privacy policy", "Cookie settings", "<p>", "Copyright"):
        assert furniture not in loaded.text
    # one paragraph per block, separated by a blank line like plain-text articles
    assert "\n\n“She was leaving" in loaded.text


def test_html_in_a_legacy_encoding_uses_its_declaration(tmp_path):
    page = HTML.replace('charset="utf-8"', 'charset="windows-1252"').replace("$1m", "£1m")
    loaded = load(write(tmp_path / "page.htm", page.encode("cp1252")))
    assert "Shell is to pay £1m" in loaded.text


def test_html_without_article_text_is_refused(tmp_path):
    with pytest.raises(InputError, match=r"^no article text found in the HTML$"):
        page = b"<html><head><title>x</title><script>var a = 1;</script></head><body></body></html>"
        load(write(tmp_path / "blank.html", page))


def test_html_extraction_never_logs(caplog):
    html_to_text("<html><body></body></html>")
    html_to_text("<<<>>>\x00")
    assert not [r for r in caplog.records if r.name.startswith("trafilatura")]


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text_and_html(monkeypatch):
    _stdin(monkeypatch, ARTICLE.encode("utf-16"))
    assert load("-").text == ARTICLE
    _stdin(monkeypatch, HTML.encode("utf-8"))
    loaded = load("-")
    assert loaded.is_html and loaded.text.startswith("Payoff for former Shell boss")


def test_empty_stdin(monkeypatch):
    _stdin(monkeypatch, b"")
    with pytest.raises(InputError, match=r"^empty input$"):
        load("-")
