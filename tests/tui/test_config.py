"""Settings: defaults, a good file, and bad files that only cause notices."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mhbrief.config import EXAMPLE, Settings, load_settings
from mhbrief.library import Library
from mhbrief.locations import Location, Origin
from mhbrief.tui import run

from .helpers import MakeApp


def test_a_missing_file_gives_the_defaults_quietly(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.toml") == (Settings(), [])


def test_the_example_file_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(EXAMPLE, encoding="utf-8")
    assert load_settings(path) == (Settings(), [])


def test_values_from_the_file_are_used(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('old_after_days = 30\ntheme = "nord"\neditor = "vi"\n', encoding="utf-8")
    settings, notices = load_settings(path)
    assert notices == []
    assert settings == Settings(old_after_days=30, theme="nord", editor="vi")


def test_a_broken_file_gives_defaults_and_says_where(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("old_after_days = = 3\n", encoding="utf-8")
    settings, notices = load_settings(path)
    assert settings == Settings()
    assert len(notices) == 1
    assert str(path) in notices[0]
    assert "line 1" in notices[0]


def test_bad_values_keep_their_defaults_and_the_good_ones_apply(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        'old_after_dayz = 3\nold_after_days = "a year"\nlive_reload = 1\ntheme = "nord"\n',
        encoding="utf-8",
    )
    settings, notices = load_settings(path)
    assert settings == Settings(theme="nord")
    assert any("did you mean 'old_after_days'" in n for n in notices)
    assert any("'old_after_days' should be a whole number" in n for n in notices)
    assert any("'live_reload' should be true or false" in n for n in notices)


def test_binary_junk_is_a_notice_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"\xff\xfe\x00junk")
    settings, notices = load_settings(path)
    assert settings == Settings()
    assert notices and "UTF-8" in notices[0]


def test_a_settings_fifo_is_a_notice_not_a_hang(
    tmp_path: Path, fifo: Callable[[Path], Path]
) -> None:
    """Refused, not read: a reader blocked on the pipe would be woken by the ``fifo``
    fixture's writer (the hang guard) and find it empty, giving no notice at all."""
    path = fifo(tmp_path / "config.toml")
    settings, notices = load_settings(path)
    assert settings == Settings()
    assert notices == [f"{path}: not a regular file; using default settings"]


def test_an_editor_with_an_open_quote_is_a_settings_problem(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('editor = "vim \'"\ntheme = "nord"\n', encoding="utf-8")
    settings, notices = load_settings(path)
    assert settings == Settings(theme="nord")
    assert len(notices) == 1
    assert "'editor' cannot be read as a command (no closing quotation)" in notices[0]
    assert str(path) in notices[0]


def test_an_editor_env_with_an_open_quote_is_a_notice_at_start(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("EDITOR", "vim '")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # no editor, nano or vi to fall back on
    seen: dict[str, object] = {}

    def fake_app(library: Library, **options: object) -> object:
        seen.update(options)
        raise SystemExit(0)

    monkeypatch.setattr(run, "create_app", fake_app)
    with pytest.raises(SystemExit):
        run.run_app(Location(tmp_path, Origin.OPTION), tmp_path / "index")
    settings = seen["settings"]
    assert isinstance(settings, Settings) and settings.editor is None
    assert "$EDITOR cannot be read as a command (no closing quotation)" in str(seen["notice"])


async def test_e_with_a_broken_editor_notifies_instead_of_crashing(
    make_app: MakeApp, briefings: Path
) -> None:
    app = make_app(briefings, editor="vim '")
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_in_editor(briefings / "x.toml", 3)
        await pilot.pause()
        assert app.is_running
        messages = [str(n.message) for n in app._notifications]
        assert any("Settings problem: editor" in m for m in messages)
