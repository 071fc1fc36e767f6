"""Given names and the sex of most of their bearers (US Census Bureau 1990 lists)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    text = files("factx").joinpath("data/given_names.tsv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, sex = line.partition("\t")
            names[name] = sex
    return names


def given_name_gender(word: str) -> str | None:
    """'m' or 'f' when ``word`` is a given name borne mostly (90%+) by men or by women."""
    return _given_names().get(word.lower())


def is_given_name(word: str) -> bool:
    """True when ``word`` is a common given name (of either sex)."""
    return word.lower() in _given_names()
