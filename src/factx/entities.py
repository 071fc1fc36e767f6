"""factx entities component (placeholder until implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EntitiesExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not Doc.has_extension("factx_entities"):
            Doc.set_extension("factx_entities", default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.factx_entities = []
        return doc


@Language.factory("factx_entities", assigns=["doc._.factx_entities"], default_config={})
def make_entities(nlp: Language, name: str) -> EntitiesExtractor:
    return EntitiesExtractor(nlp, name)
