"""Batch extraction: many inputs in order, in constant memory, in one or several processes."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from .document import Document
from .inputs import InputError, LoadedText, load


@dataclass
class Outcome:
    """The result for one input: a document, or the one-line reason it failed."""

    source: str
    document: Document | None = None
    error: str | None = None


def _read(source: str) -> LoadedText | Outcome:
    try:
        return load(source)
    except InputError as error:
        return Outcome(source, error=str(error))


def _batched(items: Iterable[str], size: int) -> Iterator[list[str]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _extract_in_process(
    sources: Iterable[str], model: str | None, include_text: bool, batch_size: int
) -> Iterator[Outcome]:
    from .pipeline import load as load_model
    from .pipeline import model_label, parse_many, to_document

    nlp = load_model(model)
    label = model_label(nlp)
    for batch in _batched(sources, batch_size):
        loaded = [_read(source) for source in batch]
        texts = [item for item in loaded if isinstance(item, LoadedText)]
        try:
            docs = list(parse_many(nlp, (t.text for t in texts), batch_size=batch_size))
        except Exception:  # one bad document must not sink the batch: redo one by one
            docs = None
        parsed = iter(docs) if docs is not None else None
        for item in loaded:
            if isinstance(item, Outcome):
                yield item
                continue
            try:
                doc = next(parsed) if parsed is not None else next(parse_many(nlp, [item.text]))
                yield Outcome(
                    item.source, to_document(doc, item.source, label, include_text or item.is_html)
                )
            except Exception as error:  # noqa: BLE001 - reported per input, never a traceback
                yield Outcome(item.source, error=f"extraction failed: {error}")


_WORKER: dict[str, object] = {}


def _init_worker(model: str | None, include_text: bool) -> None:
    from .pipeline import load as load_model
    from .pipeline import model_label

    nlp = load_model(model)
    _WORKER.update(nlp=nlp, label=model_label(nlp), include_text=include_text)


def _extract_one(source: str) -> Outcome:
    from .pipeline import parse, to_document

    item = _read(source)
    if isinstance(item, Outcome):
        return item
    try:
        doc = parse(_WORKER["nlp"], item.text)  # type: ignore[arg-type]
        include = bool(_WORKER["include_text"]) or item.is_html
        return Outcome(source, to_document(doc, source, str(_WORKER["label"]), include))
    except Exception as error:  # noqa: BLE001
        return Outcome(source, error=f"extraction failed: {error}")


def extract_many(
    sources: Iterable[str],
    *,
    model: str | None = None,
    jobs: int = 1,
    include_text: bool = False,
    batch_size: int = 16,
) -> Iterator[Outcome]:
    """Yield one :class:`Outcome` per source, in input order, as soon as each is ready."""
    sources = list(sources)  # paths are small; the texts are read lazily
    if jobs <= 1 or "-" in sources:  # stdin can only be read in this process
        yield from _extract_in_process(sources, model, include_text, batch_size)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with context.Pool(jobs, initializer=_init_worker, initargs=(model, include_text)) as pool:
        yield from pool.imap(_extract_one, sources, chunksize=2)
