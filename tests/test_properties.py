"""Property tests: any text gives a schema-valid document whose offsets all hold; decoding and
output escaping never fail or leak."""

from __future__ import annotations

import json
import re

import pytest
from checks import assert_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factx import pipeline
from factx.document import Document
from factx.inputs import InputError, decode
from factx.render import sanitize, to_json

# Derandomized: the same examples on every run, so a CI run is reproducible (a random
# example once failed CI on a fresh machine); wider random searches are run by hand with
# tests/fuzz_documents.py.
PROPERTY = settings(
    max_examples=50,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

WORDS = [
    "the",
    "minister",
    "said",
    "told",
    "reporters",
    "John",
    "Smith",
    "Mr",
    "Brown",
    "Dr.",
    "U.S.",
    "BBC",
    "Labour",
    "£5m",
    "$1.2bn",
    "5%",
    "2,000",
    "one",
    "million",
    "per",
    "cent",
    "on",
    "Tuesday",
    "in",
    "London",
    "he",
    "she",
    "they",
    "added",
    "according",
    "to",
    "up",
    "from",
    "rose",
    "fell",
    "by",
    "last",
    "year",
    "–",
    "—",
    "(",
    ")",
    ",",
    ".",
    ":",
    ";",
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    "«",
    "»",
    "...",
    "…",
    "?",
    "!",
    "-",
    "&",
    "@",
    "#",
    "Zürich",
    "José",
    "日本",
    "🙂",
    "\u200b",
    "\u00a0",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\u2028",
]
sentences = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400
)  # any code point but lone surrogates (not encodable, never decoded from a file)
articles = st.lists(st.one_of(sentences, any_text), max_size=8).map("\n\n".join)


@PROPERTY
@given(text=st.one_of(articles, any_text, sentences))
def test_any_text_gives_a_valid_document_with_exact_offsets(nlp, text):
    document = pipeline.extract(text, nlp=nlp, source="prop.txt")
    assert_document(json.loads(to_json(document)), text)


@PROPERTY
@given(paragraphs=st.lists(sentences, min_size=2, max_size=12))
def test_chunked_texts_keep_global_offsets(nlp, paragraphs):
    text = "\n\n".join(paragraphs)
    saved = pipeline.CHUNK_CHARS
    pipeline.CHUNK_CHARS = 120  # every text over 120 characters is parsed in chunks
    try:
        document = pipeline.extract(text, nlp=nlp, source="long.txt")
    finally:
        pipeline.CHUNK_CHARS = saved
    assert_document(document.to_dict(), text)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(data=st.binary(max_size=2000))
def test_any_bytes_decode_or_are_refused_cleanly(data):
    try:
        text = decode(data)
    except InputError as error:
        assert "\n" not in str(error) and str(error)
    else:
        assert isinstance(text, str)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(text=any_text)
def test_utf8_text_round_trips(text):
    data = text.encode("utf-8")
    try:
        assert decode(data) == text
    except InputError as error:  # only control-heavy text may look binary
        assert str(error) == "not text (binary data)"
        assert re.search(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]", text)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(text=st.text(max_size=200))
def test_sanitized_text_has_no_controls(text):
    clean = sanitize(text)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", clean)
    assert sanitize(clean) == clean


@settings(max_examples=200, deadline=None, derandomize=True)
@given(source=st.text(max_size=100), model=st.text(max_size=20))
def test_json_is_one_safe_line_and_lossless(source, model):
    document = Document(source=source, model=model)
    line = to_json(document)
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", line)
    assert json.loads(line) == document.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        *("", " ", "\n\n\n", "“", "”“", "\"'\"'", "\x00", "a" * 5000),
        # an unassigned code point the tagger took for a name (CI found it)
        "\U0001ad71",
        # superscript digits are digits to str.isdigit but no number to int()
        "1 ¹",
        "John Holliday, ³, a huntsman, said: “Yes.”",
        "Anna Bell, ², of Leeds said “no” and the ¹-year-old agreed, aged ².",
    ],
)
def test_edge_texts(nlp, text):
    assert_document(pipeline.extract(text, nlp=nlp).to_dict(), text)
