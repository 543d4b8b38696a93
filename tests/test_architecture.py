"""The shape of the package that the import-linter contracts cannot see, and of its tests."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "mhbrief"
TESTS = Path(__file__).resolve().parent
MAX_LINES = 100
#: Lines a module may have: past this it does several jobs (docs/architecture.md).
MAX_MODULE_LINES = 600


def test_no_function_in_the_package_is_over_100_lines() -> None:
    long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_LINES:
                    long.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.name}")
    assert not long, f"split these into smaller functions: {long}"


def test_no_two_classes_in_the_package_share_a_name() -> None:
    """Two classes of one name make a reader, a traceback and an import guess which one is
    meant: each class, at the top of a module or nested (a widget's messages), has a name
    no other class in the package has."""
    homes: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                homes.setdefault(node.name, []).append(str(path.relative_to(PACKAGE.parent)))
    shared = {name: paths for name, paths in homes.items() if len(paths) > 1}
    assert not shared, f"give each of these classes a name of its own: {shared}"


MAX_MODULE_LINES = 600


def test_each_engine_module_is_short_and_says_its_one_job() -> None:
    """The engine package (issue 24): no module over 600 lines, each with a docstring."""
    engine = PACKAGE / "engine"
    modules = sorted(engine.glob("*.py"))
    assert len(modules) > 10, modules
    long = [p.name for p in modules if len(p.read_text().splitlines()) > MAX_MODULE_LINES]
    assert not long, f"split these engine modules (over {MAX_MODULE_LINES} lines): {long}"
    silent = [p.name for p in modules if not ast.get_docstring(ast.parse(p.read_text()))]
    assert not silent, f"say each module's one job in its first docstring line: {silent}"


def test_no_module_in_the_package_is_over_600_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE.parent)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not long, f"split these by concern, each module one job: {long}"


def _imported(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            names.add(base)
            if not base:  # from . import x
                names.update(alias.name for alias in node.names)
    return names


def _puts_bench_on_the_path(tree: ast.AST) -> bool:
    """A ``sys.path.insert(...)`` or ``append`` whose argument names "bench"."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("insert", "append")
            and ast.unparse(node.func.value) == "sys.path"
        ):
            for part in ast.walk(node):
                if isinstance(part, ast.Constant) and part.value == "bench":
                    return True
    return False


def test_no_test_imports_another_test_module_a_conftest_or_the_bench() -> None:
    """What tests share is in plain modules (tests/shared.py, tests/hostile_files.py...);
    the bench may import those, never the reverse (issue 24)."""
    wrong = {}
    for path in sorted(TESTS.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        parts = {p for name in _imported(ast.parse(text)) for p in name.split(".")}
        bad = sorted(p for p in parts if p.startswith(("test_", "bench")) or p == "conftest")
        if _puts_bench_on_the_path(ast.parse(text)):
            bad.append("bench/ on sys.path")
        if bad:
            wrong[str(path.relative_to(TESTS))] = bad
    assert not wrong, f"move what these share into a plain module under tests/: {wrong}"
