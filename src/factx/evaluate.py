"""Score extraction against answer keys (the format of data/gold/README.md).

Scores are micro-averaged over all articles of a gold directory:

- quotes: a predicted speech quote matches a gold speech quote when their spans overlap by
  at least half of the gold span (one prediction may match several gold quotes);
  predictions overlapping only ``other`` gold quotes are ignored, the rest are false
  positives. "Attributed" counts a match as right only when the predicted speaker
  contains one of the gold aliases (whole word, case-insensitive); gold quotes with a
  null speaker are left out of it.
- figures: a prediction matches the first unmatched gold figure whose span it overlaps;
  value accuracy is over matches (equal within 1e-6 relative).
- people: a predicted PERSON entity is right if its name contains an alias of a gold person
  not yet matched; a second entity for the same person is a false positive.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .document import Document


@dataclass
class Score:
    """Counts behind precision, recall and F1."""

    true_positives: int = 0
    predicted: int = 0
    gold: int = 0
    gold_found: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.true_positives += other.true_positives
        self.predicted += other.predicted
        self.gold += other.gold
        self.gold_found += other.gold_found

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positives": self.true_positives,
            "predicted": self.predicted,
            "gold": self.gold,
            "gold_found": self.gold_found,
        }


@dataclass
class ArticleResult:
    """Scores and mismatches for one answer key."""

    name: str
    quotes: Score = field(default_factory=Score)
    attributed: Score = field(default_factory=Score)
    attributed_worded: Score = field(default_factory=Score)
    figures: Score = field(default_factory=Score)
    values_right: int = 0
    values_matched: int = 0
    people: Score = field(default_factory=Score)
    errors: list[str] = field(default_factory=list)


@dataclass
class Report:
    """Micro-averaged scores over a gold directory."""

    articles: list[ArticleResult]
    sections: list[str] = field(default_factory=lambda: ["figures", "people", "quotes"])

    def total(self, section: str) -> Score:
        score = Score()
        for article in self.articles:
            score.add(getattr(article, section))
        return score

    def scored(self, section: str) -> bool:
        """Whether the answer keys annotate ``section`` (attribution goes with quotes)."""
        return ("quotes" if section.startswith("attributed") else section) in self.sections

    @property
    def value_accuracy(self) -> float:
        matched = sum(a.values_matched for a in self.articles)
        return sum(a.values_right for a in self.articles) / matched if matched else 1.0

    def as_dict(self, details: bool = False) -> dict[str, Any]:
        sections: dict[str, Any] = {
            s: self.total(s).as_dict() if self.scored(s) else None
            for s in ("quotes", "attributed", "figures", "people")
        }
        if self.scored("quotes"):
            sections["attributed_worded"] = self.total("attributed_worded").as_dict()
        if sections["figures"] is not None:
            sections["figures"]["value_accuracy"] = round(self.value_accuracy, 4)
        out: dict[str, Any] = {"articles": len(self.articles), **sections}
        if details:
            out["per_article"] = [
                {
                    "name": a.name,
                    **{
                        s: asdict(getattr(a, s))
                        for s in ("quotes", "attributed", "figures", "people")
                    },
                    "errors": a.errors,
                }
                for a in self.articles
            ]
        return out


_OPENING_MARKS = '"“”„«»'


def _locate_all(
    text: str, needles: Iterable[str], after_mark: bool = False
) -> list[tuple[int, int] | None]:
    """Find each needle in order of appearance, searching on from the previous hit. With
    ``after_mark`` an occurrence right after a double quotation mark is preferred (a gold
    quote is the text inside the marks, not the same words in a headline)."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for needle in needles:
        if not needle:
            spans.append(None)
            continue
        at = text.find(needle, cursor)
        if at < 0:
            at = text.find(needle)
        if after_mark and at >= 0:
            probe = at
            while probe >= 0 and not (probe > 0 and text[probe - 1] in _OPENING_MARKS):
                probe = text.find(needle, probe + 1)
            if probe >= 0:
                at = probe
        if at < 0:
            spans.append(None)
            continue
        spans.append((at, at + len(needle)))
        cursor = at + 1
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def alias_matches(aliases: Iterable[str], predicted: str | None) -> bool:
    """True when any alias occurs as a whole word in ``predicted`` (case-insensitive)."""
    if not predicted:
        return False
    for alias in aliases:
        alias = alias.strip()
        if alias and re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", predicted, re.IGNORECASE):
            return True
    return False


def _gold_aliases(item: dict[str, Any], name_key: str, alias_key: str) -> list[str]:
    names = [item.get(name_key) or ""] + list(item.get(alias_key) or [])
    return [n for n in names if n]


def score_quotes(gold: dict[str, Any], text: str, doc: Document, result: ArticleResult) -> None:
    gold_quotes = gold.get("quotes") or []
    spans = _locate_all(text, (q["text"] for q in gold_quotes), after_mark=True)
    speech: list[tuple[tuple[int, int], dict[str, Any]]] = []
    other: list[tuple[int, int]] = []
    for quote, span in zip(gold_quotes, spans, strict=True):
        if span is None:
            result.errors.append(f"gold quote not found in text: {quote['text'][:60]!r}")
        if quote.get("kind", "speech") == "speech":
            speech.append((span or (-1, -1), quote))
        elif span is not None:
            other.append(span)
    predictions = [q for q in doc.quotes if q.kind == "speech"]
    found = [False] * len(speech)
    attributed_found = [False] * len(speech)
    worded_found = [False] * len(speech)
    for pred in predictions:
        p_span = (pred.start, pred.end)
        matched = [
            i
            for i, (span, _) in enumerate(speech)
            if span[0] >= 0 and _overlap(p_span, span) * 2 >= span[1] - span[0]
        ]
        if not matched:
            only_other = any(_overlap(p_span, s) for s in other) and not any(
                _overlap(p_span, span) for span, _ in speech
            )
            if not only_other:
                result.quotes.predicted += 1
                result.attributed.predicted += 1
                result.attributed_worded.predicted += 1
                result.errors.append(f"extra quote: {pred.text[:60]!r}")
            continue
        result.quotes.predicted += 1
        result.quotes.true_positives += 1
        named = [i for i in matched if speech[i][1].get("speaker")]
        if matched and not named:
            pass  # matches only quotes whose speaker the article does not give
        else:
            result.attributed.predicted += 1
            right = [
                i
                for i in named
                if alias_matches(
                    _gold_aliases(speech[i][1], "speaker", "speaker_aliases"), pred.speaker
                )
            ]
            if right:
                result.attributed.true_positives += 1
            else:
                want = speech[named[0]][1].get("speaker")
                result.errors.append(
                    f"speaker {pred.speaker!r} for {pred.text[:40]!r}, expected {want!r}"
                )
            for i in right:
                attributed_found[i] = True
            # diagnostic only: the speaker as the article words it ("X, a professor at Y")
            worded = " ".join(filter(None, (pred.speaker, getattr(pred, "speaker_text", None))))
            worded_right = [
                i
                for i in named
                if alias_matches(_gold_aliases(speech[i][1], "speaker", "speaker_aliases"), worded)
            ]
            result.attributed_worded.predicted += 1
            result.attributed_worded.true_positives += bool(worded_right)
            for i in worded_right:
                worded_found[i] = True
        for i in matched:
            found[i] = True
    result.quotes.gold += len(speech)
    result.quotes.gold_found += sum(found)
    result.attributed.gold += sum(1 for _, q in speech if q.get("speaker"))
    result.attributed.gold_found += sum(attributed_found)
    result.attributed_worded.gold += sum(1 for _, q in speech if q.get("speaker"))
    result.attributed_worded.gold_found += sum(worded_found)
    for i, (_, quote) in enumerate(speech):
        if not found[i]:
            result.errors.append(f"missed quote: {quote['text'][:60]!r}")


def score_figures(gold: dict[str, Any], text: str, doc: Document, result: ArticleResult) -> None:
    gold_figures = gold.get("figures") or []
    spans = _locate_all(text, (f["text"] for f in gold_figures))
    used = [False] * len(gold_figures)
    for figure, span in zip(gold_figures, spans, strict=True):
        if span is None:
            result.errors.append(f"gold figure not found in text: {figure['text']!r}")
    for pred in doc.figures:
        result.figures.predicted += 1
        hit = next(
            (
                i
                for i, span in enumerate(spans)
                if span and not used[i] and _overlap((pred.start, pred.end), span)
            ),
            None,
        )
        if hit is None:
            result.errors.append(f"extra figure: {pred.text!r}")
            continue
        used[hit] = True
        result.figures.true_positives += 1
        result.values_matched += 1
        want = gold_figures[hit].get("value")
        if _same_value(pred.value, want):
            result.values_right += 1
        else:
            result.errors.append(f"figure {pred.text!r} value {pred.value!r}, expected {want!r}")
    result.figures.gold += len(gold_figures)
    result.figures.gold_found += sum(used)
    for i, figure in enumerate(gold_figures):
        if not used[i]:
            result.errors.append(f"missed figure: {figure['text']!r}")


def _same_value(predicted: float | None, wanted: Any) -> bool:
    if predicted is None or wanted is None:
        return predicted is None and wanted is None
    try:
        wanted = float(wanted)
    except (TypeError, ValueError):
        return False
    return math.isclose(float(predicted), wanted, rel_tol=1e-6, abs_tol=1e-9)


def score_people(gold: dict[str, Any], doc: Document, result: ArticleResult) -> None:
    people = gold.get("people")
    if people is None:
        return
    used = [False] * len(people)
    for entity in doc.entities:
        if entity.label != "PERSON":
            continue
        result.people.predicted += 1
        hit = next(
            (
                i
                for i, person in enumerate(people)
                if not used[i]
                and alias_matches(_gold_aliases(person, "name", "aliases"), entity.name)
            ),
            None,
        )
        if hit is None:
            result.errors.append(f"extra person: {entity.name!r}")
            continue
        used[hit] = True
        result.people.true_positives += 1
    result.people.gold += len(people)
    result.people.gold_found += sum(used)
    for i, person in enumerate(people):
        if not used[i]:
            result.errors.append(f"missed person: {person['name']!r}")


def gold_files(gold_dir: Path) -> list[Path]:
    """The answer keys of a directory (or of its ``gold/`` subdirectory), sorted."""
    found = sorted(p for p in gold_dir.glob("*.json") if p.is_file())
    if not found and (gold_dir / "gold").is_dir():
        found = sorted(p for p in (gold_dir / "gold").glob("*.json") if p.is_file())
    return found


def default_articles_dir(gold_dir: Path) -> Path:
    """``GOLD_DIR/articles``, or the ``articles`` beside a ``gold/`` subdirectory."""
    keys = gold_files(gold_dir)
    if keys and keys[0].parent != gold_dir and (gold_dir / "articles").is_dir():
        return gold_dir / "articles"
    if (gold_dir / "articles").is_dir():
        return gold_dir / "articles"
    return gold_dir.parent / "articles"


def evaluate(
    gold_dir: Path,
    extract_text: Callable[[str, str], Document],
    articles_dir: Path | None = None,
) -> Report:
    """Score ``extract_text(text, source)`` on every answer key of ``gold_dir``."""
    articles_dir = articles_dir or default_articles_dir(gold_dir)
    keys = [(path, json.loads(path.read_text(encoding="utf-8"))) for path in gold_files(gold_dir)]
    # A section that is empty in every key of the directory was not annotated there (the
    # PolNeAR conversion has quotes only): it is not scored.
    annotated = {
        section
        for section in ("quotes", "figures", "people")
        if any(gold.get(section) for _, gold in keys)
    }
    results: list[ArticleResult] = []
    for path, gold in keys:
        article = articles_dir / gold.get("article", path.with_suffix(".txt").name)
        text = article.read_text(encoding="utf-8")
        doc = extract_text(text, str(article))
        result = ArticleResult(name=path.stem)
        if "quotes" in annotated:
            score_quotes(gold, text, doc, result)
        if "figures" in annotated:
            score_figures(gold, text, doc, result)
        if "people" in annotated:
            score_people(gold, doc, result)
        results.append(result)
    return Report(results, sorted(annotated))
