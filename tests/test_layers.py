"""The layering contracts of the package, checked on its source (see README, "Layout").

tui -> session -> core, export -> model, config -> text -> language: a module imports only
from its own layer or the layers below; the core and the exporters do not import each other;
only the TUI imports Textual or Rich. And the parser's English lives in language/en/*.yaml:
no word of English stands as a string literal in core/.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "briefing"
# A module's layer: the first match of its dotted name, most specific first.
LAYERS = [
    ("briefing.cli", 6), ("briefing.__main__", 6),
    ("briefing.tui", 5),
    ("briefing.session", 4), ("briefing.learn", 4),
    ("briefing.core", 3), ("briefing.export", 3),
    ("briefing.model", 2), ("briefing.config", 2),
    ("briefing.text", 1),
    ("briefing.language", 0),
    ("briefing", 0),  # the package itself: its version
]
PEERS_APART = {"briefing.core": "briefing.export", "briefing.export": "briefing.core"}
UI_LIBRARIES = ("textual", "rich")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer(name: str) -> int:
    return next(rank for prefix, rank in LAYERS if name == prefix or name.startswith(prefix + "."))


def imports(path: Path) -> list[str]:
    """Every module a file imports, anywhere in it (functions too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
            found += [f"{node.module}.{alias.name}" for alias in node.names
                      if node.module == "briefing"]
    return found


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: module_name(p))
def test_imports_run_only_downward(path: Path) -> None:
    name = module_name(path)
    own = layer(name)
    for target in imports(path):
        top = target.split(".")[0]
        if top in UI_LIBRARIES:
            assert name.startswith("briefing.tui"), f"{name} imports {target}"
        if top != "briefing" or target == "briefing":
            continue
        assert layer(target) <= own, f"{name} (layer {own}) imports {target} ({layer(target)})"
        for side, other in PEERS_APART.items():
            if name.startswith(side):
                assert not target.startswith(other), f"{name} imports its peer {target}"


def test_the_contract_can_fail() -> None:
    assert layer("briefing.core.pipeline") < layer("briefing.session.corpus")
    assert layer("briefing.text.phrases") < layer("briefing.config")


# -- English in the core -------------------------------------------------------------------

WORDS = re.compile(r"^[a-z]+(?:['’][a-z]+)?(?: [a-z]+(?:['’][a-z]+)?)*$", re.IGNORECASE)
# Calls whose string arguments name things (lexicon sections and keys, regex groups), not
# words of the text.
NAMING_CALLS = {"get", "cached", "words", "span", "group", "start", "end", "setdefault",
                "getattr", "normalize", "decode", "encode", "open", "fdopen", "need",
                "packaged_section", "TypeVar"}
# Names the core uses that look like words: lexicon sections, the kinds of statement, TIMEX3
# units and codes, file formats, and the resolvers' regex groups.
ALLOWED = {
    "agreed", "dispute", "clause", "object", "upcoming", "sentence",
    "day", "week", "month", "year", "quarter", "half", "season", "range", "unit",
    "last", "XXXX", "SE", "NFKD",
    # Unicode general categories.
    "Cn", "Co", "Cf", "Mn", "Me",
    "wire", "markdown", "plain", "unreadable", "date", "title", "source",
    "Merged", "Day", "Tables", "Timex", "tables",
    # What decided a person's side (model.SIDE_BASES), names the merge weighs.
    "role", "office", "around", "place", "article",
    # Warnings shown on an article, not words the parser looks for.
    "no such file or folder", "no article text found", "a YAML tag that safe loading refuses",
    "cannot be read",
}


def word_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                and body and isinstance(body[0], ast.Expr)):
            skip.add(id(body[0].value))  # docstrings
        if isinstance(node, ast.Subscript):
            skip.update(id(n) for n in ast.walk(node.slice))
        if isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in NAMING_CALLS:
                skip.update(id(a) for a in node.args)
        if isinstance(node, ast.Compare):  # `"m" in rx.groupindex`
            skip.update(id(n) for n in [node.left, *node.comparators]
                        if isinstance(n, ast.Constant))
        if isinstance(node, ast.Dict):  # keys name slots and resolvers
            skip.update(id(k) for k in node.keys if k is not None)
        if isinstance(node, (ast.Raise, ast.keyword)):
            skip.update(id(n) for n in ast.walk(node))
    return [(n.lineno, n.value) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in skip
            and WORDS.match(n.value) and n.value not in ALLOWED]


@pytest.mark.parametrize("path", sorted((PACKAGE / "core").rglob("*.py")),
                         ids=lambda p: module_name(p))
def test_no_english_words_in_the_core(path: Path) -> None:
    assert word_literals(path) == [], "move these words to briefing/language/en/*.yaml"


def test_the_word_check_can_fail(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('STOP = {"the", "of"}\nx = lexicon["grammar"]\n', encoding="utf-8")
    assert word_literals(sample) == [(1, "the"), (1, "of")]


# -- sizes a newcomer can read ----------------------------------------------------------------

MAX_MODULE_LINES = 400
MAX_CORE_FUNCTION_LINES = 60


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: module_name(p))
def test_modules_stay_readable(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{module_name(path)}: {lines} lines; split it by concern"


def long_functions(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(n.name, n.end_lineno - n.lineno + 1) for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.end_lineno
            and n.end_lineno - n.lineno + 1 > MAX_CORE_FUNCTION_LINES]


@pytest.mark.parametrize("path", sorted((PACKAGE / "core").rglob("*.py")),
                         ids=lambda p: module_name(p))
def test_core_functions_stay_short(path: Path) -> None:
    assert long_functions(path) == []


def test_the_size_check_can_fail(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n" + "    x = 1\n" * 70, encoding="utf-8")
    assert long_functions(sample) == [("f", 71)]
