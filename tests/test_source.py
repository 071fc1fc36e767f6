"""The package's own source: no module binds a top-level name twice (the later binding
silently replaces the earlier one for every caller)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import factx

SOURCES = sorted(Path(factx.__file__).parent.glob("*.py"))


def top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(source):
    tree = ast.parse(source.read_text(encoding="utf-8"))
    twice = [name for name, n in Counter(top_level_names(tree)).items() if n > 1]
    assert twice == []


def test_the_check_finds_a_name_bound_twice():
    tree = ast.parse("A = 1\ndef f(): return A\nA = 2\n")
    assert Counter(top_level_names(tree))["A"] == 2
