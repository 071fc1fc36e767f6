"""Model resolution, chunking of long texts, the library entry point."""

from __future__ import annotations

import pytest

from factx import pipeline


def test_resolve_model_prefers_argument_then_environment(monkeypatch):
    monkeypatch.setenv("FACTX_MODEL", "from_env")
    assert pipeline.resolve_model_name("given") == "given"
    assert pipeline.resolve_model_name() == "from_env"
    monkeypatch.delenv("FACTX_MODEL")
    assert pipeline.resolve_model_name() in pipeline.PREFERRED_MODELS


def test_missing_model_says_what_to_install():
    with pytest.raises(pipeline.ModelNotFoundError, match="not installed"):
        pipeline.load("no_such_model_xyz")


@pytest.mark.parametrize("size", [50, 200, 1000])
def test_paragraph_chunks_rejoin_exactly(size):
    text = "\n\n".join(f"Paragraph {i} " + "word " * (i % 17) for i in range(120))
    chunks = pipeline.paragraph_chunks(text, size)
    assert "".join(chunks) == text
    assert all(len(c) <= size for c in chunks)
    if size >= 200:  # paragraphs are under 100 characters: a break is always in reach
        assert all(c.endswith("\n\n") for c in chunks[:-1])


def test_long_text_is_processed_whole_with_global_offsets(nlp, monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 400)
    paragraph = (
        'Mr Frost met David Frost\'s aides. "We will win," said David Frost, adding that '
        "turnout rose 12%.\n\n"
    )
    text = paragraph * 12
    doc = pipeline.parse(nlp, text)
    assert doc.text == text
    document = pipeline.to_document(doc, "-", "m 1")
    frost = [e for e in document.entities if e.name == "David Frost"]
    assert len(frost) == 1
    assert frost[0].count >= 24
    for mention in frost[0].mentions:
        assert text[mention.start : mention.end] == mention.text
    last = max(m.start for m in frost[0].mentions)
    assert last > len(text) - len(paragraph)


def test_extract_is_the_library_entry_point(nlp):
    import factx

    document = factx.extract("Angela Merkel visited Paris.", nlp=nlp, source="inline")
    assert document.source == "inline"
    assert [e.name for e in document.entities if e.label == "PERSON"] == ["Angela Merkel"]


def test_empty_text_gives_an_empty_document(nlp):
    document = pipeline.extract("", nlp=nlp)
    assert (document.entities, document.figures, document.quotes) == ([], [], [])


def test_factories_are_registered_as_entry_points():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(pipeline.FACTX_COMPONENTS) <= names


def test_load_is_cached_per_resolved_name(nlp, monkeypatch):
    monkeypatch.delenv("FACTX_MODEL", raising=False)
    assert pipeline.load() is nlp
    assert pipeline.load(None) is nlp
    assert pipeline.load(pipeline.resolve_model_name()) is nlp
