"""Settings: defaults, a good file, and bad files that only cause notices."""

from __future__ import annotations

from pathlib import Path

from mhbrief.config import EXAMPLE, Settings, load_settings


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
