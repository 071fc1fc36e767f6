"""Batch extraction: many inputs in order, in bounded memory, in one or several processes.

Inputs are read and parsed in batches of ``batch_size`` (``nlp.pipe`` batching); each
batch becomes plain :class:`~factx.document.Document` objects before the next one is read,
so memory does not grow with the number of inputs. With ``jobs > 1`` batches go to worker
processes, at most ``2 * jobs`` batches in flight, and results come back in input order.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from .document import Document
from .inputs import InputError, LoadedText, load

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

BATCH_SIZE = 16
BATCH_CHARS = 24_000
IN_FLIGHT_PER_JOB = 2


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
    except Exception as error:  # noqa: BLE001 - an unexpected reader failure is per input
        return Outcome(source, error=f"cannot read: {_one_line(error)}")


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 300 else text[:299] + "…"


def _batched(items: Iterable[str], size: int) -> Iterator[list[str]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _by_size(texts: list[LoadedText], budget: int) -> Iterator[list[LoadedText]]:
    """Consecutive groups of at most ``budget`` characters (a longer text forms its own)."""
    group: list[LoadedText] = []
    size = 0
    for item in texts:
        if group and size + len(item.text) > budget:
            yield group
            group, size = [], 0
        group.append(item)
        size += len(item.text)
    if group:
        yield group


def _memory_zone(nlp: Language) -> AbstractContextManager[object]:
    """spaCy's memory zone (3.8+): the strings and lexemes the group's documents add to the
    vocabulary are freed afterwards, so the vocabulary does not grow with the corpus. The
    group's Docs are turned into plain Documents inside the zone and never used after it."""
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else nullcontext()


def extract_batch(
    nlp: Language, label: str, sources: list[str], include_text: bool = False
) -> list[Outcome]:
    """Read, parse and convert one batch of inputs, in order.

    Texts go through ``nlp.pipe`` in groups of at most :data:`BATCH_CHARS` characters: the
    parser's working memory grows with the tokens of a group, so this bounds peak memory
    whatever the articles' lengths. An exception in the pipeline fails only the document
    that raised it: after a failure the rest of its group is parsed one document at a time.
    """
    loaded = [_read(source) for source in sources]
    texts = [item for item in loaded if isinstance(item, LoadedText)]
    converted: dict[int, Outcome] = {}
    for group in _by_size(texts, BATCH_CHARS):
        with _memory_zone(nlp):
            outcomes = _extract_group(nlp, label, group, include_text)
        for item, outcome in zip(group, outcomes, strict=True):
            converted[id(item)] = outcome
    return [item if isinstance(item, Outcome) else converted[id(item)] for item in loaded]


def _extract_group(
    nlp: Language, label: str, group: list[LoadedText], include_text: bool
) -> list[Outcome]:
    from .pipeline import parse, parse_many, to_document

    def convert(item: LoadedText, doc: Doc) -> Outcome:
        include = include_text or item.is_html
        return Outcome(item.source, to_document(doc, item.source, label, include))

    outcomes: list[Outcome] = []
    try:
        docs = parse_many(nlp, (item.text for item in group), len(group))
        for item, doc in zip(group, docs, strict=False):
            outcomes.append(convert(item, doc))
    except Exception:  # noqa: BLE001 - find the culprit below, one document at a time
        for item in group[len(outcomes) :]:
            try:
                outcomes.append(convert(item, parse(nlp, item.text)))
            except Exception as error:  # noqa: BLE001 - reported per input, never a traceback
                outcomes.append(
                    Outcome(item.source, error=f"extraction failed: {_one_line(error)}")
                )
    return outcomes


def _extract_in_process(
    sources: Iterable[str], model: str | None, include_text: bool, batch_size: int
) -> Iterator[Outcome]:
    from .pipeline import load as load_model
    from .pipeline import model_label

    nlp = load_model(model)
    label = model_label(nlp)
    for batch in _batched(sources, batch_size):
        yield from extract_batch(nlp, label, batch, include_text)


_WORKER: dict[str, object] = {}


def _init_worker(model: str | None, include_text: bool) -> None:
    """Worker start: Ctrl-C is the parent's to handle; the model is inherited (fork) or
    loaded once (spawn)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .pipeline import load as load_model
    from .pipeline import model_label

    nlp = load_model(model)
    _WORKER.update(nlp=nlp, label=model_label(nlp), include_text=include_text)


def _run_task(sources: list[str]) -> list[Outcome]:
    """One batch in a worker process."""
    return extract_batch(
        _WORKER["nlp"],  # type: ignore[arg-type]
        str(_WORKER["label"]),
        sources,
        bool(_WORKER["include_text"]),
    )


def _executor(jobs: int, model: str | None, include_text: bool) -> ProcessPoolExecutor:
    methods = multiprocessing.get_all_start_methods()
    # fork shares the already loaded model with the workers; elsewhere each loads it once.
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_init_worker, initargs=(model, include_text)
    )


def _extract_pooled(
    sources: Iterable[str], model: str | None, jobs: int, include_text: bool, batch_size: int
) -> Iterator[Outcome]:
    tasks = _batched(sources, batch_size)
    pending: deque[tuple[list[str], Future[list[Outcome]]]] = deque()
    executor = _executor(jobs, model, include_text)
    finished = False
    try:
        while True:
            while len(pending) < jobs * IN_FLIGHT_PER_JOB:
                batch = next(tasks, None)
                if batch is None:
                    break
                pending.append((batch, executor.submit(_run_task, batch)))
            if not pending:
                finished = True
                return
            batch, future = pending.popleft()
            try:
                yield from future.result()
                continue
            except BrokenProcessPool:
                pass
            # A worker died (killed, out of memory, crashed in native code): every batch in
            # flight failed with it. Keep what finished, then run each remaining input alone
            # in a fresh worker so that only the culprit is reported.
            executor.shutdown(wait=True, cancel_futures=True)
            suspects = list(batch)
            for other_batch, other in pending:
                if other.done() and other.exception() is None:
                    if suspects:
                        yield from _isolate(suspects, model, include_text)
                        suspects = []
                    yield from other.result()
                else:
                    suspects.extend(other_batch)
            pending.clear()
            yield from _isolate(suspects, model, include_text)
            executor = _executor(jobs, model, include_text)
    finally:
        # Wait for the idle workers when every batch is done: an executor left running at
        # exit can make the interpreter's own shutdown hook write to a closed pipe ("Exception
        # ignored ... Bad file descriptor" on stderr). A reader that stopped early does not wait.
        executor.shutdown(wait=finished, cancel_futures=True)


def _isolate(sources: list[str], model: str | None, include_text: bool) -> Iterator[Outcome]:
    for source in sources:
        executor = _executor(1, model, include_text)
        try:
            yield from executor.submit(_run_task, [source]).result()
        except BrokenProcessPool:
            yield Outcome(source, error="the worker process died while extracting it")
        finally:
            executor.shutdown(wait=True, cancel_futures=True)


def extract_many(
    sources: Iterable[str],
    *,
    model: str | None = None,
    jobs: int = 1,
    include_text: bool = False,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Outcome]:
    """Yield one :class:`Outcome` per source, in input order, each batch as soon as it is
    ready. Sources are paths or ``-`` (stdin, read in this process)."""
    sources = list(sources)
    if jobs <= 1 or len(sources) <= batch_size or "-" in sources:
        yield from _extract_in_process(sources, model, include_text, batch_size)
    else:
        yield from _extract_pooled(sources, model, min(jobs, 64), include_text, batch_size)
