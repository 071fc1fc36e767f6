"""Batch extraction: order, per-input failures, worker processes, worker crashes."""

from __future__ import annotations

import io
import os
import sys

import pytest
from checks import assert_document

from factx import batch, pipeline
from factx.batch import Outcome, extract_batch, extract_many

STORY = "Plan backed\n\n“We will win the vote,” said {name}, the party leader.\n"
NAMES = ["John Smith", "Mary Jones", "Ann Lee", "Tom Hardy", "Kate Bush", "Bob Marley", "Sue Ryder"]


@pytest.fixture
def corpus(tmp_path) -> list[str]:
    """Seven good articles with two bad inputs among them."""
    paths = []
    for i, name in enumerate(NAMES):
        path = tmp_path / f"{i}.txt"
        path.write_text(STORY.format(name=name), encoding="utf-8")
        paths.append(str(path))
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\x03")
    paths.insert(2, str(tmp_path / "bin.txt"))
    paths.insert(5, str(tmp_path / "missing.txt"))
    return paths


def summary(outcomes: list[Outcome]) -> list[tuple[str, str]]:
    return [
        (
            os.path.basename(o.source),
            o.error or ",".join(q.speaker or "?" for q in o.document.quotes),  # type: ignore[union-attr]
        )
        for o in outcomes
    ]


EXPECTED = [
    ("0.txt", "John Smith"),
    ("1.txt", "Mary Jones"),
    ("bin.txt", "not text (binary data)"),
    ("2.txt", "Ann Lee"),
    ("3.txt", "Tom Hardy"),
    ("missing.txt", "no such file or directory"),
    ("4.txt", "Kate Bush"),
    ("5.txt", "Bob Marley"),
    ("6.txt", "Sue Ryder"),
]


@pytest.mark.parametrize("batch_size", [1, 3, 16])
def test_in_process_keeps_input_order(nlp, corpus, batch_size):
    outcomes = list(extract_many(corpus, batch_size=batch_size))
    assert summary(outcomes) == EXPECTED
    for outcome in outcomes:
        if outcome.document is not None:
            assert outcome.document.source == outcome.source
            text = open(outcome.source, encoding="utf-8").read()
            assert_document(outcome.document.to_dict(), text)


def test_worker_processes_give_the_same_results_in_order(nlp, corpus):
    single = list(extract_many(corpus, batch_size=2))
    pooled = list(extract_many(corpus, jobs=2, batch_size=2))
    assert summary(pooled) == EXPECTED
    assert [o.document for o in pooled] == [o.document for o in single]


def test_extract_many_is_lazy(nlp, corpus):
    outcomes = extract_many(corpus, batch_size=2)
    assert summary([next(outcomes)]) == EXPECTED[:1]


def test_one_failing_document_does_not_sink_its_batch(nlp, corpus, monkeypatch):
    original = pipeline.to_document

    def fragile(doc, source, model, include_text=False):
        if "Ann Lee" in doc.text:
            raise RuntimeError("component\nexploded")
        return original(doc, source, model, include_text)

    monkeypatch.setattr(pipeline, "to_document", fragile)
    expected = list(EXPECTED)
    expected[3] = ("2.txt", "extraction failed: component exploded")
    assert summary(list(extract_many(corpus, batch_size=16))) == expected


def test_a_pipeline_error_midway_is_retried_document_by_document(nlp, corpus, monkeypatch):
    def broken_pipe(*args, **kwargs):
        raise RuntimeError("batch failed")
        yield  # pragma: no cover

    monkeypatch.setattr(pipeline, "parse_many", broken_pipe)
    assert summary(list(extract_many(corpus, batch_size=16))) == EXPECTED


def test_include_text(nlp, corpus):
    label = pipeline.model_label(nlp)
    outcome = extract_batch(nlp, label, corpus[:1], include_text=True)[0]
    assert outcome.document is not None
    assert outcome.document.text == STORY.format(name="John Smith")


def test_a_crashing_worker_fails_only_its_input(nlp, corpus, monkeypatch):
    original = batch.extract_batch

    def crash_on_ann(nlp, label, sources, include_text=False):
        if any(open(s, "rb").read().find(b"Ann Lee") >= 0 for s in sources if os.path.isfile(s)):
            os._exit(3)  # the worker dies as if killed; fork carries this patch into it
        return original(nlp, label, sources, include_text)

    monkeypatch.setattr(batch, "extract_batch", crash_on_ann)
    expected = list(EXPECTED)
    expected[3] = ("2.txt", "the worker process died while extracting it")
    assert summary(list(extract_many(corpus, jobs=2, batch_size=2))) == expected


def test_stdin_among_files_with_workers(nlp, corpus, monkeypatch):
    text = STORY.format(name="Jim Beam").encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text), encoding="utf-8"))
    outcomes = list(extract_many([corpus[0], "-", corpus[1]], jobs=2, batch_size=1))
    assert summary(outcomes) == [EXPECTED[0], ("-", "Jim Beam"), EXPECTED[1]]
