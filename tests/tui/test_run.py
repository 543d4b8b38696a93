"""Starting the app: which editor ``e`` in F8 opens when the settings name none."""

from __future__ import annotations

from mhbrief.tui.run import choose_editor


def on_path(*programs: str):  # type: ignore[no-untyped-def]
    return lambda name: f"/usr/bin/{name}" if name in programs else None


def test_visual_then_editor_then_an_editor_on_path_as_git_does() -> None:
    env = {"VISUAL": "code -w", "EDITOR": "vim"}
    assert choose_editor(env, on_path("nano")) == ("code -w", [])
    assert choose_editor({"EDITOR": "vim"}, on_path("nano")) == ("vim", [])
    assert choose_editor({}, on_path("nano", "vi")) == ("nano", [])
    assert choose_editor({}, on_path("editor", "nano")) == ("editor", [])
    assert choose_editor({}, on_path("vi")) == ("vi", [])
    assert choose_editor({}, on_path()) == (None, [])


def test_a_variable_that_is_no_command_is_said_and_passed_over() -> None:
    editor, notices = choose_editor({"VISUAL": "'vim", "EDITOR": "   "}, on_path("vi"))
    assert editor == "vi"
    assert len(notices) == 1 and notices[0].startswith("$VISUAL cannot be read as a command")
