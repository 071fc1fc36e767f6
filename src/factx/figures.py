"""factx figures component (placeholder until implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class FiguresExtractor:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        if not Doc.has_extension("factx_figures"):
            Doc.set_extension("factx_figures", default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.factx_figures = []
        return doc


@Language.factory("factx_figures", assigns=["doc._.factx_figures"], default_config={})
def make_figures(nlp: Language, name: str) -> FiguresExtractor:
    return FiguresExtractor(nlp, name)
