"""factx quotes component (placeholder until implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuotesExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not Doc.has_extension("factx_quotes"):
            Doc.set_extension("factx_quotes", default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.factx_quotes = []
        return doc


@Language.factory("factx_quotes", assigns=["doc._.factx_quotes"], default_config={})
def make_quotes(nlp: Language, name: str) -> QuotesExtractor:
    return QuotesExtractor(nlp, name)
