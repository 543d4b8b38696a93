"""What several test modules share: the repository's paths and small briefing texts.

A plain module, not a conftest: tests import these names from here (``from shared
import BRIEFING``), and the fixtures in ``conftest.py`` use them too.
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mhbrief import format as format_module

REPO = Path(__file__).resolve().parents[1]
SHARED_SOURCES = REPO.parent / "shared" / "sources"
CKM_NAME = "ckm-2018-11-13-mensenhandel-ambitie.txt"
#: The CKM statement: the shared original where this checkout sits beside it, else the
#: copy archived in briefings/sources (byte-identical: test_repository_briefings checks
#: that whenever the original is present), so a clone elsewhere still runs these tests.
CKM_SOURCE_PATH = (
    SHARED_SOURCES / CKM_NAME
    if (SHARED_SOURCES / CKM_NAME).is_file()
    else REPO / "briefings" / "sources" / CKM_NAME
)


#: Writes a dedented text file below the test's briefings folder (the ``write`` fixture).
WriteFile = Callable[[str, str], Path]

THEMES = """
format = 1
kind = "themes"

[themes.digitaal]
label = "Digitaal"
description = "Online werving en digitale opsporing"

[themes.financiering]
label = "Financiering"
"""

PLAN = """
format = 1
kind = "plan"
id = "plan-a"
title = "Plan A"
published = 2018-11-13

[[sections]]
id = "actielijn-1"
number = "1"
title = "Basisaanpak"
text = "Samenvatting van actielijn 1."
themes = ["digitaal"]

[[sections]]
id = "actielijn-1.1"
title = "Onderdeel"
text = "Een onderdeel."
parent = "actielijn-1"
"""

BRIEFING = """
format = 1
kind = "briefing"
id = "org-2018-stelling"
title = "Een stelling"
published = 2018-11-13
organisation = "Centrum"
organisation_short = "C"
source_type = "press-statement"
responds_to = ["plan-a"]

[[quotes]]
id = "q1"
speaker = "Anna de Vries"
role = "woordvoerder"
context = "Te weinig innovatie"
text = "Wij missen een digitale aanpak."
themes = ["digitaal"]
sections = ["plan-a/actielijn-1"]

[[points]]
id = "p1"
stance = "critical"
text = "Er komt geen extra geld."
themes = ["financiering"]
sections = ["plan-a/actielijn-1.1"]
"""

#: A big collection for concurrency and build tests: FILES briefings of QUOTES quotes each.
FILES = 30
QUOTES = 10
#: A word for each revision of the collection.
REVISIONS = ("alfa", "bravo", "charlie", "delta", "echo", "foxtrot")


def write_collection(root: Path, revision: int) -> None:
    """FILES briefings of QUOTES quotes each; every quote names ``REVISIONS[revision]``."""
    root.mkdir(parents=True, exist_ok=True)
    for number in range(FILES):
        quotes = "".join(
            textwrap.dedent(
                f"""
                [[quotes]]
                id = "q{q}"
                speaker = "Spreker {q}"
                text = "Citaat {q} uit stuk {number}, revisie {REVISIONS[revision]}."
                """
            )
            for q in range(QUOTES)
        )
        (root / f"doc-{number:02d}.toml").write_text(
            textwrap.dedent(
                f"""
                format = 1
                kind = "briefing"
                id = "doc-{number:02d}"
                title = "Stuk {number}"
                published = 2020-01-{1 + number % 28:02d}
                organisation = "Org"
                source_type = "report"
                """
            )
            + quotes,
            encoding="utf-8",
        )


#: The search tests' fixture folder.
SEARCH_FIXTURES = REPO / "tests" / "fixtures" / "search"
#: Points in the briefing :func:`many_words` writes, each with a word of its own.
WORDS = 1111


def many_words(folder: Path) -> None:
    """A briefing with WORDS points, each holding its own word woord12<n>."""
    head = (SEARCH_FIXTURES / "briefings" / "network-2020.toml").read_text(encoding="utf-8")
    head = head.split("[[quotes]]")[0].replace("network-2020", "woorden-2020")
    points = "".join(
        f'[[points]]\nid = "p{n}"\nstance = "critical"\ntext = "Punt met woord12{n:04d}."\n'
        for n in range(WORDS)
    )
    (folder / "woorden.toml").write_text(head + points, encoding="utf-8")


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The briefing files parsed (TOML read and checked) from now on."""
    parsed: list[Path] = []
    real = format_module._parse

    def counting(path: Path, data: bytes) -> object:
        parsed.append(path)
        return real(path, data)

    monkeypatch.setattr(format_module, "_parse", counting)
    return parsed


def deny_writing(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """``folder`` as ``os.access`` answers for a user who may not write it (the tests run
    as root in CI, where no folder's mode stops a write)."""
    real_access = os.access

    def access(path: str | Path, mode: int, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(path) == folder:
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)


def deny_listing(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The folders put in the returned set cannot be listed, as another user's
    ``chmod 700`` folder (root, who runs the tests, lists every folder)."""
    denied: set[str] = set()
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if not isinstance(path, int) and os.fspath(path) in denied:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return denied


#: A quote of someone from another organisation than the briefing's: a professor quoted in
#: a statement (appended to a briefing file of a fixture folder).
GUEST = """
[[quotes]]
id = "hoogleraar"
speaker = "Fatima El Amrani"
role = "hoogleraar jeugdrecht"
organisation = "Universiteit Utrecht"
text = "Kinderen die worden uitgebuit verdienen bescherming, geen boete."
"""
