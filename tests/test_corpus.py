"""The whole BBC corpus, end to end through the CLI (slow: run with ``pytest -m slow``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from checks import assert_document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no corpus at {CORPUS}"),
]


def test_the_whole_corpus_runs_without_a_single_error():
    expected = sorted(
        str(p) for p in CORPUS.rglob("*") if p.suffix in (".txt", ".md", ".html", ".htm")
    )
    assert len(expected) >= 2095
    process = subprocess.run(
        [sys.executable, "-m", "factx", "extract", str(CORPUS), "-f", "jsonl", "-j", "2",
         "--include-text"],
        capture_output=True,
        timeout=3600,
        cwd=ROOT,
    )  # fmt: skip
    assert process.stderr.decode() == ""
    assert process.returncode == 0
    documents = [json.loads(line) for line in process.stdout.decode().splitlines()]
    assert sorted(d["source"] for d in documents) == expected
    for document in documents:
        assert_document(document)  # schema, and offsets against the included text
    assert sum(len(d["quotes"]) for d in documents) > 1000


def test_a_long_article_completes_and_yields_its_quotes(tmp_path):
    """~1.3 MB: longer than a chunk, so it is parsed in paragraph-aligned pieces."""
    parts, size = [], 0
    for path in sorted(CORPUS.glob("*/*.txt")):
        parts.append(path.read_text(encoding="utf-8").strip())
        size += len(parts[-1].encode("utf-8")) + 2
        if size >= 1_300_000:
            break
    text = "\n\n".join(parts) + "\n"
    article = tmp_path / "long.txt"
    article.write_text(text, encoding="utf-8")
    process = subprocess.run(
        [sys.executable, "-m", "factx", "extract", str(article), "-f", "json"],
        capture_output=True,
        timeout=1800,
        cwd=ROOT,
    )
    assert process.returncode == 0, process.stderr.decode()
    document = json.loads(process.stdout)
    assert_document(document, text)
    last_part = len(text) - len(parts[-1]) - 1
    assert len(document["quotes"]) > 500
    assert any(q["start"] >= last_part for q in document["quotes"]) or '"' not in parts[-1]
