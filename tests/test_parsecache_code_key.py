"""The parse cache's code key covers every module whose code shapes a parsed file.

A cached parse is reused while the key is unchanged: a module left out of
``_PARSER_MODULES`` could change its messages or its model and the cache would go on
serving what the old code produced.
"""

from __future__ import annotations

import ast
from pathlib import Path

from mhbrief import parsecache

PACKAGE = Path(parsecache.__file__).resolve().parent


def _module_file(name: str) -> Path | None:
    for path in (PACKAGE / f"{name.replace('.', '/')}.py", PACKAGE / name / "__init__.py"):
        if path.is_file():
            return path
    return None


def _package_modules(name: str) -> set[str]:
    """Every module of package ``name`` (none for a plain module): they are the parser too."""
    folder = PACKAGE.joinpath(*name.split("."))
    if not (folder / "__init__.py").is_file():
        return set()
    return {f"{name}.{path.stem}" for path in folder.glob("*.py") if path.stem != "__init__"}


def _imported(path: Path) -> set[str]:
    """The mhbrief modules one file imports, at any depth of its code."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "mhbrief":
                found.add("__init__")
                found.update(alias.name for alias in node.names if _module_file(alias.name))
            elif node.module.startswith("mhbrief."):
                found.add(node.module.removeprefix("mhbrief."))
        elif isinstance(node, ast.Import):
            found.update(
                alias.name.removeprefix("mhbrief.")
                for alias in node.names
                if alias.name.startswith("mhbrief.")
            )
    return found


def parser_modules() -> set[str]:
    """``format``, the modules of its package, and every mhbrief module it reaches."""
    seen: set[str] = set()
    todo = ["format"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        path = _module_file(name)
        if path is not None:
            todo.extend(_imported(path) - seen)
        todo.extend(_package_modules(name) - seen)
    return seen


def test_the_code_key_names_every_module_the_parser_imports() -> None:
    missing = parser_modules() - set(parsecache._PARSER_MODULES)
    assert not missing, (
        f"parsecache._PARSER_MODULES misses {sorted(missing)}: the parser imports them, so a "
        "change to them must invalidate cached parses"
    )


def test_the_code_key_finds_the_file_of_every_module_it_names() -> None:
    """A name the code key cannot find is skipped: its changes would keep stale parses."""
    lost = [
        name
        for name in parsecache._PARSER_MODULES
        if not parsecache.module_path(PACKAGE, name).is_file()
    ]
    assert not lost, f"parsecache._PARSER_MODULES names modules with no file: {lost}"


def test_the_code_key_follows_the_format_package() -> None:
    assert {"format", "format.checker", "format.reading"} <= parser_modules()
