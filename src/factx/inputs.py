"""Reading inputs: path expansion, decoding of bytes into text, HTML main-text extraction.

Every way an input can be unusable ends in :class:`InputError` whose message is one line
meant for ``factx: PATH: <message>`` on stderr.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
STDIN = "-"
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: the UTF-32 LE BOM starts like UTF-16's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that do not occur in text (tab, newlines, form feed and ESC do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
# When the detector finds several encodings equally likely, an English news text is most
# probably in the Windows Western code page (a superset of latin-1's printable range).
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
_SAMPLE = 8192
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)


class InputError(Exception):
    """An input that cannot be read as text; the message is one line for stderr."""


@dataclass
class LoadedText:
    """The decoded text of one input; ``is_html`` when it was extracted from HTML."""

    source: str
    text: str
    is_html: bool = False


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Yield inputs in order. A directory is walked recursively in sorted order and yields
    its files with a supported suffix (hidden files and folders skipped); a directory with
    none is yielded itself, so that reading it reports the problem in its place. Other
    names (files, missing paths, ``-``) are yielded as given."""
    for name in paths:
        if name == STDIN or not os.path.isdir(name):
            yield name
            continue
        found: list[str] = []
        for root, dirs, files in os.walk(name):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            found.extend(
                os.path.join(root, f)
                for f in files
                if f.lower().endswith(SUPPORTED_SUFFIXES) and not f.startswith(".")
            )
        if found:
            yield from sorted(found)
        else:
            yield name


def read_path_list(list_file: str) -> Iterator[str]:
    """Paths from a ``--files-from`` file, one per line (``-`` is stdin); blank lines are
    skipped, other lines are taken verbatim (paths may contain spaces)."""
    if list_file == STDIN:
        lines: Iterable[str] = sys.stdin
    elif os.path.isdir(list_file):
        raise InputError("is a directory, not a list of paths")
    else:
        lines = decode(read_bytes(list_file)).splitlines()
    for line in lines:
        line = line.rstrip("\r\n")
        if line.strip():
            yield line


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or many control bytes near its start."""
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(sample) // 100)


def _detect(data: bytes) -> str:
    runs = _HIGH_RUN.findall(data)
    in_runs = sum(len(run) for run in runs if len(run) > 1)
    if in_runs * 3 <= sum(map(len, runs)):
        # Non-ASCII bytes standing mostly alone (an accented letter, a "£", a curly quote
        # between ASCII letters) mark Western 8-bit text; alphabets like Cyrillic or Greek
        # and multi-byte encodings come in runs. Detectors guess poorly from a few such
        # bytes (a lone "£" is read as Japanese), so the Windows Western code page goes first.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise InputError("not text (no known encoding fits; binary data?)")
    for match in results:
        if (
            match.encoding in _WESTERN
            and match.chaos <= best.chaos + 1e-6
            and match.coherence >= best.coherence - 1e-6
        ):
            return str(match)
    return str(best)


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode bytes as text: BOMs first (UTF-8, UTF-16, UTF-32), then strict UTF-8, then
    charset-normalizer's guess for legacy 8-bit text (ties go to Windows-1252). Binary data
    raises :class:`InputError`."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"not valid {encoding.upper()} text despite its byte-order mark "
                    f"(byte {error.start})"
                ) from error
    if looks_binary(data):
        raise InputError("not text (binary data)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return _detect(data)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first kilobytes (``<meta charset=...>``)."""
    match = _META_CHARSET.search(data, 0, 4096)
    return match.group(1).decode("ascii").lower() if match else None


def looks_like_html(text: str) -> bool:
    """True when text read from stdin is an HTML page."""
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        "<html" in head and "<body" in text[:65536].lower()
    )


def html_to_text(html: str) -> str:
    """The article's main text (trafilatura, boilerplate removed), paragraphs separated by a
    blank line like factx's plain-text input."""
    import trafilatura

    # trafilatura reports unparsable pages through logging; here they become an InputError.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        extracted = trafilatura.extract(
            html, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception as error:  # noqa: BLE001 - any parser failure is a bad input
        raise InputError(f"cannot parse HTML: {error}") from error
    lines = [line.strip() for line in (extracted or "").splitlines()]
    return "\n\n".join(line for line in lines if line)


def read_bytes(source: str) -> bytes:
    """The raw bytes of a path or of stdin (``-``)."""
    if source == STDIN:
        return sys.stdin.buffer.read()
    try:
        with open(source, "rb") as handle:
            return handle.read()
    except IsADirectoryError as error:
        raise InputError("directory with no .txt, .md, .html or .htm files") from error
    except FileNotFoundError as error:
        raise InputError("no such file or directory") from error
    except OSError as error:
        raise InputError((error.strerror or str(error)).lower()) from error


def load(source: str) -> LoadedText:
    """Read, decode and (for HTML) extract the text of one input (a path or ``-``)."""
    data = read_bytes(source)
    if not data:
        raise InputError("empty file" if source != STDIN else "empty input")
    is_html = source.lower().endswith(HTML_SUFFIXES)
    text = decode(data, declared_charset(data) if is_html or source == STDIN else None)
    if not text.strip():
        raise InputError("no text (only whitespace)")
    is_html = is_html or (source == STDIN and looks_like_html(text))
    if is_html:
        text = html_to_text(text)
        if not text:
            raise InputError("no article text found in the HTML")
    return LoadedText(source=source, text=text, is_html=is_html)
