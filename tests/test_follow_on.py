"""A themes or plan file that does not load: its own error first, the references it
would have answered counted once at it, not listed one by one as unknown."""

from __future__ import annotations

from pathlib import Path

from shared import BRIEFING, PLAN, THEMES, WriteFile

from mhbrief.loader import load_collection, validate_paths

BROKEN_THEMES = THEMES.replace('label = "Digitaal"', 'label = "Digitaal')


def test_a_broken_themes_file_comes_first_and_its_follow_on_errors_are_counted(
    good_folder: Path, write: WriteFile
) -> None:
    themes = write("themes.toml", BROKEN_THEMES)
    collection = load_collection(good_folder)
    shown = [(p.path.name, p.line, p.message) for p in collection.problems]
    assert shown[0][:2] == ("themes.toml", 5)
    assert shown[0][2].startswith("this text is not closed")
    assert shown[1:] == [
        (
            "themes.toml",
            5,
            "3 references to themes in 2 other files not checked: this themes file did not "
            "load, so each would be reported as unknown; fix its error first (they are "
            "checked once it loads)",
        )
    ]
    assert not any("unknown theme" in p.message for p in collection.problems)
    assert collection.held_back[good_folder / "briefing.toml"] == (themes,)


def test_a_broken_plan_holds_back_only_the_references_to_its_id(
    good_folder: Path, write: WriteFile
) -> None:
    write("plans/plan-a.toml", PLAN.replace('title = "Plan A"', 'title = "Plan A'))
    write("other.toml", BRIEFING.replace('"org-2018-stelling"', '"b2"').replace("plan-a", "plan-b"))
    collection = load_collection(good_folder)
    messages = [p.message for p in collection.problems]
    assert messages[0].startswith("this text is not closed")
    assert messages[1].startswith("3 references to plan 'plan-a' in 1 other file not checked")
    # plan-b never existed: those stay listed, each where it is written
    assert sum("names unknown plan 'plan-b'" in m for m in messages) == 3
    assert not any("names unknown plan 'plan-a'" in m for m in messages)


def test_validating_one_file_shows_the_file_that_held_its_references_back(
    good_folder: Path, write: WriteFile
) -> None:
    write("themes.toml", BROKEN_THEMES)
    collection = load_collection(good_folder)
    problems = validate_paths(collection, [good_folder / "briefing.toml"])
    assert [(p.path.name, p.is_error) for p in problems] == [
        ("themes.toml", True),
        ("themes.toml", True),
    ]
    assert "references to themes in 2 other files" in problems[1].message


def test_a_broken_briefing_holds_nothing_back(good_folder: Path, write: WriteFile) -> None:
    write("briefing.toml", BRIEFING.replace('title = "Een stelling"', 'title = "Een'))
    write("other.toml", BRIEFING.replace('"org-2018-stelling"', '"b2"').replace("digitaal", "x"))
    collection = load_collection(good_folder)
    assert sum("unknown theme 'x'" in p.message for p in collection.problems) == 1
    assert collection.held_back == {}
