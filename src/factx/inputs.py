"""Reading inputs: path expansion, decoding of bytes into text, HTML main-text extraction."""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
STDIN = "-"


class InputError(Exception):
    """An input that cannot be read as text; the message is one line for stderr."""


@dataclass
class LoadedText:
    """The decoded text of one input; ``is_html`` when it was extracted from HTML."""

    source: str
    text: str
    is_html: bool = False


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Yield inputs in order; directories are walked recursively in sorted order and yield
    their files with a supported suffix. Missing paths are yielded as given so that
    reading them reports the error in its place."""
    for name in paths:
        if name != STDIN and os.path.isdir(name):
            found: list[str] = []
            for root, dirs, files in os.walk(name):
                dirs.sort()
                found.extend(
                    os.path.join(root, f)
                    for f in files
                    if f.lower().endswith(SUPPORTED_SUFFIXES) and not f.startswith(".")
                )
            yield from sorted(found)
        else:
            yield name


def read_path_list(list_file: str) -> Iterator[str]:
    """Paths from a ``--files-from`` file, one per line (``-`` is stdin); blanks skipped."""
    if list_file == STDIN:
        stream: Iterable[str] = sys.stdin
    else:
        try:
            stream = Path(list_file).read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise InputError(f"{list_file}: {error.strerror or error}") from error
    for line in stream:
        line = line.rstrip("\r\n")
        if line.strip():
            yield line


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(2, len(sample) // 100)


def decode(data: bytes) -> str:
    """Decode bytes as text: BOMs first (UTF-8, UTF-16, UTF-32), then strict UTF-8, then a
    charset-normalizer guess for legacy 8-bit text. Binary data raises :class:`InputError`."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(f"cannot decode text as {encoding}: {error.reason}") from error
    if _looks_binary(data):
        raise InputError("not text (binary data)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot decode text: unknown encoding")
    return str(best)


def looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<html" in head and "<body" in text[:65536].lower())


def html_to_text(html: str) -> str:
    """The article's main text, boilerplate removed, one paragraph per line."""
    import trafilatura

    extracted = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True
    )
    return (extracted or "").replace("\n", "\n\n")


def load(source: str) -> LoadedText:
    """Read and decode one input (a path or ``-`` for stdin)."""
    if source == STDIN:
        data = sys.stdin.buffer.read()
    else:
        try:
            with open(source, "rb") as handle:
                data = handle.read()
        except IsADirectoryError as error:
            raise InputError("is a directory") from error
        except OSError as error:
            raise InputError(error.strerror or str(error)) from error
    text = decode(data)
    is_html = source.lower().endswith(HTML_SUFFIXES) or (
        source == STDIN and looks_like_html(text)
    )
    if is_html:
        text = html_to_text(text)
    return LoadedText(source=source, text=text, is_html=is_html)
