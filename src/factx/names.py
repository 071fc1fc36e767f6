"""Given names and the sex of most of their bearers (US Census Bureau 1990 lists), and
ordinary English words (SCOWL)."""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def _given_names() -> dict[str, tuple[str | None, bool]]:
    """name -> (sex or None, whether it is also an ordinary English word)."""
    text = files("factx").joinpath("data/given_names.tsv").read_text(encoding="utf-8")
    names: dict[str, tuple[str | None, bool]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, sex, *rest = line.split("\t")
            names[name] = (sex if sex in ("m", "f") else None, rest == ["word"])
    return names


def given_name_gender(word: str) -> str | None:
    """'m' or 'f' when ``word`` is a given name borne mostly (90%+) by men or by women."""
    found = _given_names().get(word.lower())
    return found[0] if found else None


def is_given_name(word: str) -> bool:
    """True when ``word`` is a common given name and not also an ordinary word ('Star',
    'Grace', 'Bill' are left out: capitalised, they may start a title or a name alike)."""
    found = _given_names().get(word.lower())
    return found is not None and not found[1]


def is_known_name(word: str) -> bool:
    """True when ``word`` is a common given name, even one that is also an ordinary word."""
    return word.lower() in _given_names()


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The lower-case words of an English spelling list (SCOWL, see the file's header)."""
    data = files("factx").joinpath("data/common_words.txt.gz").read_bytes()
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_common_word(word: str) -> bool:
    """True when ``word`` in lower case is an ordinary English word."""
    return word.lower() in _common_words()
