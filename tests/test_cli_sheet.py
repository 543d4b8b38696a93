"""``mhbrief sheet list|show|add|remove|rename|export`` as a user runs them."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from shared import count_parses

from mhbrief import cli
from mhbrief.citation import format_date
from mhbrief.problems import display_path
from mhbrief.state import StateStore, state_dir_for

Q1 = "org-2018-stelling/q1"
P1 = "org-2018-stelling/p1"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sheet(capsys: pytest.CaptureFixture[str], good_folder: Path) -> Path:
    """The sheet 'Interview RTL' with q1 (noted) and p1."""
    folder = str(good_folder)
    assert (
        run(
            capsys,
            "sheet",
            "add",
            "Interview RTL",
            Q1,
            "--note",
            "opening line",
            "--briefings",
            folder,
        )[0]
        == 0
    )
    assert run(capsys, "--briefings", folder, "sheet", "add", "interview rtl", P1)[0] == 0
    return good_folder


def test_add_creates_the_sheet_and_a_second_add_sets_the_note(
    capsys: pytest.CaptureFixture[str], sheet: Path
) -> None:
    code, out, _ = run(capsys, "sheet", "show", "Interview RTL", "--briefings", str(sheet))
    assert code == 0
    assert out.splitlines()[:4] == [
        "Interview RTL  (2 items)",
        "",
        f"1. {Q1}  [quote]",
        "   note: opening line",
    ]
    assert f"2. {P1}  [point, critical]" in out
    code, out, _ = run(
        capsys,
        "sheet",
        "add",
        "Interview RTL",
        P1,
        "--note",
        "if asked about money",
        "--briefings",
        str(sheet),
    )
    assert (code, out) == (0, "Interview RTL: 2 items\n")
    code, out, _ = run(
        capsys, "sheet", "show", "interview-rtl", "--json", "--briefings", str(sheet)
    )
    data = json.loads(out)
    assert [(i["id"], i["note"], i["state"]) for i in data["items"]] == [
        (Q1, "opening line", "current"),
        (P1, "if asked about money", "current"),
    ]
    assert data["items"][1]["stance"] == "critical"
    assert data["items"][0]["sections"] == [
        {"ref": "plan-a/actielijn-1", "number": "1", "title": "Basisaanpak"}
    ]


def test_add_with_an_unknown_id_exits_1_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], good_folder: Path
) -> None:
    code, out, err = run(
        capsys, "sheet", "add", "Nieuw", "org-2018-stelling/q2", "--briefings", str(good_folder)
    )
    assert code == 1 and out == ""
    assert "no quote or point with id 'org-2018-stelling/q2'" in err
    assert "did you mean" in err
    assert not state_dir_for(good_folder).exists()


def test_list_and_show_mark_changed_and_missing_items_and_keep_them(
    capsys: pytest.CaptureFixture[str], sheet: Path
) -> None:
    run(capsys, "sheet", "add", "Tweede", Q1, "--briefings", str(sheet))
    text = (sheet / "briefing.toml").read_text(encoding="utf-8")
    (sheet / "briefing.toml").write_text(text.replace("geen extra geld", "weinig geld"), "utf-8")
    code, out, _ = run(capsys, "sheet", "list", "--briefings", str(sheet))
    assert code == 0
    assert out == "* Interview RTL  2 items (1 changed)\n  Tweede  1 item\n"
    code, out, _ = run(capsys, "sheet", "show", "Interview RTL", "--briefings", str(sheet))
    assert "   CHANGED since it was pinned on" in out
    assert "   Samenvatting door de redactie, geen citaat: Er komt weinig geld. — Centrum" in out
    assert "   text when pinned: Er komt geen extra geld." in out

    (sheet / "briefing.toml").unlink()
    code, out, _ = run(capsys, "sheet", "list", "--json", "--briefings", str(sheet))
    rows = json.loads(out)["sheets"]
    assert [(r["name"], r["items"], r["missing"], r["current"]) for r in rows] == [
        ("Interview RTL", 2, 2, True),
        ("Tweede", 1, 1, False),
    ]
    code, out, _ = run(
        capsys, "sheet", "show", "Interview RTL", "--json", "--briefings", str(sheet)
    )
    items = json.loads(out)["items"]
    assert [i["state"] for i in items] == ["missing", "missing"]
    assert items[1]["text"] == items[1]["pinned_text"] == "Er komt geen extra geld."
    code, out, _ = run(capsys, "sheet", "export", "Interview RTL", "--briefings", str(sheet))
    assert out.count("**ONTBREEKT nu in de briefings") == 2
    assert "> Wij missen een digitale aanpak." in out


def test_list_reports_a_damaged_sheet_with_its_line_and_lists_the_rest(
    capsys: pytest.CaptureFixture[str], sheet: Path
) -> None:
    run(capsys, "sheet", "add", "Kapot", Q1, "--briefings", str(sheet))
    path = StateStore(sheet).path("sheets/kapot")
    damaged = path.read_text(encoding="utf-8").replace("created = ", "created = nope #")
    path.write_text(damaged, encoding="utf-8")
    code, out, err = run(capsys, "sheet", "list", "--briefings", str(sheet))
    assert code == 0
    assert out == "* Interview RTL  2 items\n"
    assert err.startswith(f"{display_path(path)}:3:")
    code, _, err = run(capsys, "sheet", "add", "Kapot", P1, "--briefings", str(sheet))
    assert code == 1 and "left untouched" in err
    assert path.read_text(encoding="utf-8") == damaged


def test_remove_and_rename(capsys: pytest.CaptureFixture[str], sheet: Path) -> None:
    code, out, _ = run(capsys, "sheet", "remove", "Interview RTL", Q1, "--briefings", str(sheet))
    assert (code, out) == (0, "Interview RTL: 1 item\n")
    code, _, err = run(capsys, "sheet", "remove", "Interview RTL", Q1, "--briefings", str(sheet))
    assert code == 1 and "is not on the sheet" in err
    code, _, err = run(capsys, "sheet", "remove", "Geen", Q1, "--briefings", str(sheet))
    assert code == 1 and "no sheet called 'Geen' (sheets: 'Interview RTL')" in err
    code, out, _ = run(capsys, "sheet", "rename", "Interview RTL", "NOS", "--briefings", str(sheet))
    assert (code, out) == (0, "renamed to NOS\n")
    code, out, _ = run(capsys, "sheet", "list", "--briefings", str(sheet))
    assert out == "* NOS  1 item\n"


def test_export_markdown_to_stdout_uses_show_cite_citations(
    capsys: pytest.CaptureFixture[str], sheet: Path
) -> None:
    _, cited, _ = run(capsys, "show", Q1, "--cite", "--briefings", str(sheet))
    code, out, _ = run(capsys, "sheet", "export", "Interview RTL", "--briefings", str(sheet))
    assert code == 0
    today = format_date(date.today(), "nl")
    # Dutch items: Dutch labels, speaker and briefing title as the heading, no ids.
    assert out.startswith(
        f"# Interview RTL\n\nVoorbereiding, {today}\n\n"
        "## 1. Citaat · Anna de Vries (woordvoerder) · Een stelling \\[oud\\]\n"
    )
    assert f"\nBronvermelding: {cited}" in out
    assert "**Notitie:** opening line" in out
    assert "Standpunt: kritisch" in out
    assert "- 1 Basisaanpak (Plan A)\n" in out
    assert "Cite:" not in out and "Stance:" not in out and Q1 not in out


def test_export_text_to_a_new_file_and_never_over_an_existing_one(
    capsys: pytest.CaptureFixture[str], sheet: Path, tmp_path: Path
) -> None:
    target = tmp_path / "rtl.txt"
    code, out, err = run(
        capsys,
        "sheet",
        "export",
        "Interview RTL",
        "--format",
        "txt",
        "-o",
        str(target),
        "--briefings",
        str(sheet),
    )
    assert (code, out) == (0, "")
    assert f"wrote {target}" in err
    text = target.read_text(encoding="utf-8")
    assert text.startswith("Interview RTL\n=============\n")
    assert "   Notitie: opening line\n" in text
    target.write_text("mine", encoding="utf-8")
    code, _, err = run(
        capsys, "sheet", "export", "Interview RTL", "-o", str(target), "--briefings", str(sheet)
    )
    assert code == 1 and "already exists" in err
    assert target.read_text(encoding="utf-8") == "mine"
    code, _, err = run(capsys, "sheet", "export", "Geen", "--briefings", str(sheet))
    assert code == 1 and "no sheet called 'Geen'" in err


def test_sheet_without_a_subcommand_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], good_folder: Path
) -> None:
    code, _, err = run(capsys, "sheet", "--briefings", str(good_folder))
    assert code == 2 and "SUBCOMMAND" in err
    code, out, _ = run(capsys, "sheet", "--briefings", str(good_folder), "list")
    assert (code, out) == (0, "no sheets yet; add one with: mhbrief sheet add NAME ID\n")


def test_search_saved_runs_a_saved_query(
    capsys: pytest.CaptureFixture[str], good_folder: Path
) -> None:
    StateStore(good_folder).save_search("Geld", "theme:financiering")
    folder = str(good_folder)
    code, saved, _ = run(capsys, "search", "--saved", "geld", "--json", "--briefings", folder)
    _, typed, _ = run(capsys, "search", "theme:financiering", "--json", "--briefings", folder)
    assert code == 0
    assert P1 in [h["id"] for h in json.loads(saved)["results"]]
    assert json.loads(saved) == json.loads(typed)
    code, _, err = run(capsys, "search", "geld", "--saved", "Geld", "--briefings", folder)
    assert code == 2 and "not both" in err
    code, _, err = run(capsys, "search", "--briefings", folder)
    assert code == 2 and "--saved NAME" in err
    code, _, err = run(capsys, "search", "--saved", "Gled", "--briefings", folder)
    assert code == 2 and "no saved search called 'Gled'" in err and "did you mean" in err


@pytest.mark.parametrize(("umask", "mode"), [(0o077, 0o600), (0o027, 0o640), (0o022, 0o644)])
def test_an_export_gets_the_permissions_of_any_new_file(
    capsys: pytest.CaptureFixture[str], sheet: Path, tmp_path: Path, umask: int, mode: int
) -> None:
    """A confidential note exported under umask 077 stays the user's own."""
    target = tmp_path / "rtl.md"
    old = os.umask(umask)
    try:
        code, _, _ = run(
            capsys, "sheet", "export", "Interview RTL", "-o", str(target), "--briefings", str(sheet)
        )
    finally:
        os.umask(old)
    assert code == 0
    assert stat.S_IMODE(target.stat().st_mode) == mode


def test_sheet_commands_answer_from_the_parse_cache(
    capsys: pytest.CaptureFixture[str], sheet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 20k items parsing every file again took 5-7 s a command; ``search`` used the cache."""
    folder = str(sheet)
    assert run(capsys, "--briefings", folder, "index")[0] == 0
    parsed = count_parses(monkeypatch)
    for command in (["list"], ["show", "Interview RTL"], ["export", "Interview RTL"]):
        code, out, _ = run(capsys, "--briefings", folder, "sheet", *command)
        assert code == 0
        assert Q1 in out or "Interview RTL  2 items" in out or "· Anna de Vries" in out
    assert run(capsys, "--briefings", folder, "sheet", "add", "Other", P1)[0] == 0
    assert parsed == []


def test_a_sheets_folder_others_may_write_is_said_not_none_yet(
    capsys: pytest.CaptureFixture[str], sheet: Path
) -> None:
    folder = state_dir_for(sheet) / "sheets"
    folder.chmod(0o775)  # made under umask 002 by an older mhbrief, or by someone else
    code, out, err = run(capsys, "sheet", "list", "--briefings", str(sheet))
    assert code == 1
    assert "no sheets yet" not in out and "Interview RTL" not in out
    assert err.count("\n") == 1
    assert f"not read: the folder {folder} can be written by other users (mode 775)" in err
    folder.chmod(0o700)
    code, out, _ = run(capsys, "sheet", "list", "--briefings", str(sheet))
    assert code == 0 and "Interview RTL" in out


def test_saved_searches_others_may_write_are_said_not_none_saved(
    capsys: pytest.CaptureFixture[str], good_folder: Path
) -> None:
    store = StateStore(good_folder)
    store.save_search("Geld", "theme:financiering")
    store.path("searches").chmod(0o666)
    code, out, err = run(capsys, "search", "--saved", "geld", "--briefings", str(good_folder))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert "none yet" not in err and "no saved search" not in err
    assert f"{store.path('searches')} can be written by other users (mode 666)" in err


def test_an_item_whose_file_has_problems_is_not_called_missing(
    capsys: pytest.CaptureFixture[str], sheet: Path
) -> None:
    path = sheet / "briefing.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("published = 2018-11-13", "published = 2018-13-13"), "utf-8")
    code, out, _ = run(capsys, "sheet", "list", "--briefings", str(sheet))
    assert (code, out) == (0, "* Interview RTL  2 items (2 from a file with problems (F8))\n")
    code, out, _ = run(capsys, "sheet", "show", "Interview RTL", "--briefings", str(sheet))
    assert out.count("file has problems (F8)") == 2 and "MISSING" not in out
    code, out, _ = run(capsys, "sheet", "export", "Interview RTL", "--briefings", str(sheet))
    assert code == 0
    assert "## 1. Citaat · Anna de Vries (woordvoerder) · Een stelling\n" in out
    assert out.count("**BESTAND HEEFT PROBLEMEN (F8)") == 2 and "ONTBREEKT" not in out
    assert "> Wij missen een digitale aanpak." in out


def test_export_refuses_a_name_of_another_kind_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], sheet: Path, tmp_path: Path
) -> None:
    target = tmp_path / "rtl.docx"
    code, out, err = run(
        capsys, "sheet", "export", "Interview RTL", "-o", str(target), "--briefings", str(sheet)
    )
    assert code == 1 and out == ""
    assert "a sheet is exported as Markdown (.md) or plain text (.txt), not .docx" in err
    assert not target.exists()


def test_a_missing_item_pinned_without_who_names_its_id_once(
    capsys: pytest.CaptureFixture[str], sheet: Path
) -> None:
    from dataclasses import replace

    from mhbrief.sheets import Sheets

    sheets = Sheets(StateStore(sheet))
    old = sheets.get("Interview RTL")
    assert old is not None
    legacy = tuple(replace(pin, who="", title="", language="") for pin in old.pins)
    sheets.store.save("sheets/interview-rtl", replace(old, pins=legacy).to_toml())
    (sheet / "briefing.toml").unlink()
    code, out, _ = run(
        capsys, "sheet", "export", "Interview RTL", "--format", "txt", "--briefings", str(sheet)
    )
    assert code == 0
    headings = [line for line in out.splitlines() if line[:3] in ("1. ", "2. ")]
    assert len(headings) == 2
    assert headings[1].count(P1) == 1
