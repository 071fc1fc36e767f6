"""factx: entities, figures and attributed quotes from news articles, with exact offsets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Document", "__version__", "extract", "json_schema", "load"]

if TYPE_CHECKING:
    from .document import Document, json_schema
    from .pipeline import extract, load


def __getattr__(name: str) -> Any:
    """Import lazily so that ``import factx`` (and ``factx --help``) stays free of spaCy."""
    if name in ("extract", "load"):
        from . import pipeline

        return getattr(pipeline, name)
    if name in ("Document", "json_schema"):
        from . import document

        return getattr(document, name)
    raise AttributeError(f"module 'factx' has no attribute {name!r}")
