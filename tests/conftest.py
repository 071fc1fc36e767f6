"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "us-japan-alliance.txt"
GOLD = ROOT / "data" / "gold"


@pytest.fixture(scope="session")
def nlp():
    """The default factx pipeline (spaCy model plus factx components)."""
    from factx.pipeline import load

    return load()


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_document(nlp, example_text):
    from factx.pipeline import extract

    return extract(example_text, nlp=nlp, source=str(EXAMPLE))
