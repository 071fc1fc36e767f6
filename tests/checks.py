"""Assertions shared by the CLI, batch and property tests: schema validity and offsets."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator

from factx.document import json_schema

VALIDATOR = Draft202012Validator(json_schema())


def spans(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every offset-bearing item of a document dict: mentions, figures and quotes."""
    found = [m for entity in document["entities"] for m in entity["mentions"]]
    return found + document["figures"] + document["quotes"]


def assert_document(document: dict[str, Any], text: str | None = None) -> None:
    """``document`` validates against the schema and, when the analysed text is known (given,
    or included in the document), every item's offsets select exactly its text."""
    errors = sorted(VALIDATOR.iter_errors(document), key=str)
    assert not errors, [e.message for e in errors]
    text = document.get("text", text)
    if text is None:
        return
    for item in spans(document):
        assert 0 <= item["start"] <= item["end"] <= len(text), item
        assert text[item["start"] : item["end"]] == item["text"], item
