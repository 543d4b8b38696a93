"""How problem paths read: the same file the same way, from wherever mhbrief runs."""

from __future__ import annotations

from pathlib import Path

from mhbrief.problems import Problem, by_severity, display_path, tally


def test_a_path_below_the_current_folder_is_shown_relative(tmp_path: Path) -> None:
    assert display_path(tmp_path / "briefings" / "x.toml", tmp_path) == "briefings/x.toml"


def test_a_path_outside_the_current_folder_is_shown_whole(tmp_path: Path) -> None:
    # CI runs from a clone in some folder; tests and users see one spelling of a path.
    here = tmp_path / "checkout"
    elsewhere = tmp_path / "pytest-of-root" / "x.toml"
    assert display_path(elsewhere, here) == str(elsewhere)


def test_a_note_counts_as_neither_error_nor_warning(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    problems = [
        Problem.error(path, "e"),
        Problem.warning(path, "w"),
        Problem.note(path, "n"),
    ]
    counts = tally(problems)
    assert (counts.errors, counts.warnings, counts.notes) == (1, 1, 1)


def test_a_files_problems_are_listed_by_line_and_files_keep_their_order(tmp_path: Path) -> None:
    first, second = tmp_path / "z-holds-back.toml", tmp_path / "a.toml"
    problems = [
        Problem.error(first, "later", 16, 11),
        Problem.warning(first, "a warning", 2, 1),
        Problem.error(first, "earlier", 15, 13),
        Problem.error(second, "other file", 3, 1),
        Problem.error(first, "no line"),
    ]
    shown = [(p.path.name, p.message) for p in by_severity(problems)]
    assert shown == [
        ("z-holds-back.toml", "no line"),
        ("z-holds-back.toml", "earlier"),
        ("z-holds-back.toml", "later"),
        ("a.toml", "other file"),
        ("z-holds-back.toml", "a warning"),
    ]
