"""Nothing outside the briefings folder is read: source texts and .toml links.

A ``source_text`` resolving outside the folder would let a briefing probe any
readable file (the verbatim warning tells how many words matched); a ``.toml``
link to a file outside would load and index it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from mhbrief import cli, verbatim
from mhbrief.library import Library
from mhbrief.loader import LinkMemo, load_collection
from mhbrief.problems import display_path

FIXTURES = Path(__file__).parent / "fixtures" / "search"
OUTSIDE_TEXT = (
    "The national plan is a work in progress and the customers of exploitation stay out of sight."
)
OUTSIDE_MESSAGE = "is outside the briefings folder; it is not read"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "briefings")
    return tmp_path / "briefings"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A readable file outside the folder that holds a quote's words."""
    path = tmp_path / "secret.txt"
    path.write_text(f"secret: {OUTSIDE_TEXT}\n", encoding="utf-8")
    return path


def with_source(folder: Path, value: str) -> Path:
    path = folder / "briefings" / "network-2020.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('language = "en"\n', f'language = "en"\nsource_text = "{value}"\n'),
        encoding="utf-8",
    )
    return path


def source_problems(folder: Path) -> list[str]:
    collection = load_collection(folder)
    return [p.format() for p in collection.problems if "source_text" in p.message]


@pytest.mark.parametrize("relative", [True, False], ids=["dot-dot", "absolute"])
def test_a_source_text_outside_the_folder_is_not_read(
    folder: Path, secret: Path, relative: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    value = "../../secret.txt" if relative else str(secret)
    path = with_source(folder, value)
    opened: list[Path] = []
    real = verbatim.read_capped
    monkeypatch.setattr(verbatim, "read_capped", lambda p: opened.append(p) or real(p))
    (problem,) = source_problems(folder)
    assert problem == (
        f"{display_path(path)}:9: warning: source_text '{value}' {OUTSIDE_MESSAGE}; "
        "the quotes cannot be checked against their source"
    )
    assert opened == []
    # Not even which words matched: the file was never opened.
    assert "after" not in problem and "opening words" not in problem


def test_the_same_message_whether_the_outside_file_exists_or_not(folder: Path) -> None:
    with_source(folder, "../../secret.txt")
    exists = [p.format() for p in load_collection(folder).problems]
    with_source_path = folder / "briefings" / "network-2020.toml"
    text = with_source_path.read_text(encoding="utf-8")
    with_source_path.write_text(text.replace("secret.txt", "nothing.txt"), encoding="utf-8")
    missing = [p.format() for p in load_collection(folder).problems]
    assert len(exists) == 1
    assert [m.replace("nothing", "secret") for m in missing] == exists


def test_a_source_text_link_inside_the_folder_to_outside_is_not_read(
    folder: Path, secret: Path
) -> None:
    (folder / "sources").mkdir()
    (folder / "sources" / "statement.txt").symlink_to(secret)
    with_source(folder, "../sources/statement.txt")
    (problem,) = source_problems(folder)
    assert OUTSIDE_MESSAGE in problem


def test_a_source_text_inside_the_folder_is_still_checked(folder: Path) -> None:
    (folder / "sources").mkdir()
    (folder / "sources" / "statement.txt").write_text(f"{OUTSIDE_TEXT}", encoding="utf-8")
    with_source(folder, "../sources/statement.txt")
    problems = [p.message for p in load_collection(folder).problems]
    assert len(problems) == 1 and "quote 'scattered' is not verbatim" in problems[0]


def test_an_unreadable_source_text_says_permission_denied(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / "sources").mkdir()
    (folder / "sources" / "statement.txt").write_text(OUTSIDE_TEXT, encoding="utf-8")
    with_source(folder, "../sources/statement.txt")

    def denied(path: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(verbatim, "read_capped", denied)
    (problem,) = source_problems(folder)
    assert "cannot read source_text '../sources/statement.txt' (permission denied)" in problem
    assert "not found" not in problem


def test_a_file_named_outside_any_folder_reads_only_its_own_folder(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path, secret: Path
) -> None:
    lone = tmp_path / "lone" / "b.toml"
    lone.parent.mkdir()
    shutil.copy(folder / "briefings" / "network-2020.toml", lone)
    text = lone.read_text(encoding="utf-8").replace("network-2020", "lone-2020")
    lone.write_text(
        text.replace('language = "en"\n', 'language = "en"\nsource_text = "../secret.txt"\n')
    )
    cli.main(["validate", "--briefings", str(folder), str(lone)])
    out, err = capsys.readouterr()
    assert f"source_text '../secret.txt' {OUTSIDE_MESSAGE}" in out + err


@pytest.mark.parametrize("target_exists", [True, False], ids=["target", "dangling"])
def test_a_toml_link_to_a_file_outside_is_an_error_and_not_loaded(
    folder: Path, tmp_path: Path, target_exists: bool
) -> None:
    outside = tmp_path / "elsewhere.toml"
    original = (folder / "briefings" / "network-2020.toml").read_text(encoding="utf-8")
    if target_exists:
        outside.write_text(
            original.replace("network-2020", "elsewhere-2020").replace("Funding", "Wijkagent"),
            encoding="utf-8",
        )
    link = folder / "briefings" / "linked.toml"
    link.symlink_to(outside)
    collection = load_collection(folder)
    (problem,) = [p for p in collection.problems if p.path == link]
    assert problem.is_error
    assert problem.format() == (
        f"{display_path(link)}: error: links outside the briefings folder; it is not loaded. "
        "Copy the file into the folder instead of linking to it"
    )
    assert "elsewhere-2020" not in collection.briefings
    with Library(folder, tmp_path / "index") as library:
        library.sync()
        assert library.search("wijkagent").hits == ()


def test_a_toml_link_inside_the_folder_still_loads(folder: Path) -> None:
    (folder / "briefings" / "network-2020.toml").rename(folder / "network.real")
    (folder / "briefings" / "network-2020.toml").symlink_to(folder / "network.real")
    collection = load_collection(folder)
    assert "network-2020" in collection.briefings
    assert collection.problems == ()


def test_a_reload_sees_a_source_folder_link_pointed_outside(
    folder: Path, secret: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's reloads remember each verbatim check by the source's real place: a
    folder link re-pointed outside (to the same file, linked there) is not read, and
    says so, as on a fresh load."""
    inside = folder / "archive"
    inside.mkdir()
    (inside / "statement.txt").write_text(OUTSIDE_TEXT, encoding="utf-8")
    os.utime(inside / "statement.txt", (1_000_000_000, 1_000_000_000))
    (folder / "sources").symlink_to(inside)
    with_source(folder, "../sources/statement.txt")
    memo = LinkMemo()

    def problems() -> list[str]:
        found = load_collection(folder, memo=memo).problems
        assert found == load_collection(folder).problems
        return [p.message for p in found if "source_text" in p.message or "verbatim" in p.message]

    (checked,) = problems()
    assert "quote 'scattered' is not verbatim" in checked  # inside: read and compared
    os.link(inside / "statement.txt", secret.with_name("statement.txt"))  # the same file
    (folder / "sources").unlink()
    (folder / "sources").symlink_to(secret.parent)
    opened: list[Path] = []
    real = verbatim.read_capped
    monkeypatch.setattr(verbatim, "read_capped", lambda p: opened.append(p) or real(p))
    (message,) = problems()
    assert OUTSIDE_MESSAGE in message
    assert opened == []
