"""A quote's own organisation: someone quoted who does not speak for the briefing's.

A statement of one organisation often quotes others (a professor, a minister), and a
news article quotes the police beside the organisation it is about. Each must be
cited, shown and listed for their own organisation, never for the publisher's.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from shared import GUEST

from mhbrief import cli
from mhbrief.library import Library

FIXTURES = Path(__file__).parent / "fixtures" / "browse"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "briefings")
    briefing = tmp_path / "briefings" / "network-2024.toml"
    briefing.write_text(briefing.read_text(encoding="utf-8") + GUEST, encoding="utf-8")
    return tmp_path / "briefings"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_found_cited_and_listed_for_her_own_organisation(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library(folder, folder.parent / "index") as library:
        library.sync()
        publisher = library.collection.briefings["network-2024"].organisation
        (hit,) = library.search("uitgebuit boete", limit=5).hits
        assert hit.organisation == "Universiteit Utrecht"
        assert hit.organisation_short is None  # not the publisher's short form
    loc = ["--briefings", str(folder), "--index", str(folder.parent / "index")]
    code, out, _ = run(capsys, "show", "network-2024/hoogleraar", "--cite", *loc)
    assert code == 0
    assert "— Fatima El Amrani, hoogleraar jeugdrecht, Universiteit Utrecht, " in out
    assert publisher not in out
    code, out, _ = run(capsys, "search", "uitgebuit", "boete", *loc)
    assert "Universiteit Utrecht" in out and publisher not in out
    code, out, _ = run(capsys, "speakers", "--json", *loc)
    (speaker,) = [s for s in json.loads(out) if s["name"] == "Fatima El Amrani"]
    assert speaker["organisations"] == ["Universiteit Utrecht"]


def test_a_wrong_type_is_an_error_at_its_line(folder: Path) -> None:
    briefing = folder / "network-2024.toml"
    text = briefing.read_text(encoding="utf-8").replace(
        'organisation = "Universiteit Utrecht"', "organisation = 3"
    )
    briefing.write_text(text, encoding="utf-8")
    with Library(folder, folder.parent / "index") as library:
        library.sync()
        (problem,) = [p for p in library.collection.problems if p.path == briefing]
    line = text.splitlines().index("organisation = 3") + 1
    assert problem.line == line and "'organisation'" in problem.message
