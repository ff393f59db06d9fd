"""The extractor's modules bind each top-level name once: a second binding silently replaces the first for every
function that reads it (a second `_surname_like` in coreference.py, a second `_ADJECTIVE_SUFFIX` in mentions.py
had done so)."""

import ast
from pathlib import Path

import pytest

EXTRACTION = Path(__file__).resolve().parent.parent / "quotes" / "extraction"


def top_level_names(tree: ast.Module) -> list[str]:
    """The names a module binds at its top level with def, class or a plain assignment."""
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [t.id for t in targets if isinstance(t, ast.Name)]
    return names


@pytest.mark.parametrize("module", sorted(EXTRACTION.glob("*.py")), ids=lambda p: p.name)
def test_each_top_level_name_is_bound_once(module):
    names = top_level_names(ast.parse(module.read_text(encoding="utf-8")))
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_a_second_binding_is_found():
    tree = ast.parse("def f():\n    pass\n\nX = 1\n\ndef f():\n    pass\n")
    assert top_level_names(tree) == ["f", "X", "f"]
