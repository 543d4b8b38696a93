"""Live reload in the app: it keeps working past a folder it may not read and a link out
of the folder, and when watching fails the status line says so for as long as it lasts
(not only a note that goes), and F8 says why."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Iterator
from pathlib import Path
from typing import Any

import pytest
from shared import deny_listing
from watchfiles import awatch

from mhbrief import watching
from mhbrief.tui.screens.live_reload import Reload
from mhbrief.tui.screens.problems import ProblemsScreen

from .helpers import NEW_BRIEFING, MakeApp, result_ids, screen_lines, settle, type_text, wait_for

Batches = AsyncGenerator[set[tuple[Any, str]], None]


@pytest.fixture
def locked_out(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[str]]:
    """Folders that cannot be listed, and the watch refusing them, as the system does for
    another user's ``chmod 700`` folder (root, who runs the tests, reads every folder)."""
    denied = deny_listing(monkeypatch)

    def strict(*paths: str, **options: Any) -> Batches:
        recursive = options.get("recursive", True)
        for path in paths:
            below = [d for d in denied if recursive and Path(d).is_relative_to(path)]
            if path in denied or below:
                raise PermissionError(f'Permission denied (os error 13) about ["{path}"]')
        return awatch(*paths, **options)

    monkeypatch.setattr(watching, "_awatch", lambda: strict)
    yield denied


@pytest.fixture
def broken_watch(monkeypatch: pytest.MonkeyPatch) -> None:
    """The system's watch cannot be had (here: its limit of watches reached)."""

    def broken(*paths: str, **options: Any) -> Batches:
        raise OSError("OS file watch limit reached")

    monkeypatch.setattr(watching, "_awatch", lambda: broken)
    monkeypatch.setattr(watching, "RETRY_SECONDS", 0.0)
    monkeypatch.setattr(watching, "POLL_SECONDS", 0.1)


def status_line(app: Any) -> str:
    return screen_lines(app)[-2]  # above the footer


async def test_an_unreadable_folder_and_a_link_outside_do_not_stop_live_reload(
    briefings: Path, make_app: MakeApp, tmp_path: Path, locked_out: set[str]
) -> None:
    private = briefings / "prive"
    private.mkdir()
    locked_out.add(str(private))
    outside = tmp_path / "etc"
    outside.mkdir()
    (briefings / "etc-dir").symlink_to(outside, target_is_directory=True)
    app = make_app(briefings, live_reload=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "zeldzaamheidsonderzoek")
        await wait_for(pilot, lambda: app.main.live_reload.watching, "the watch to be set up")
        (briefings / "nieuw-2026.toml").write_text(NEW_BRIEFING, encoding="utf-8")
        await wait_for(pilot, lambda: "nieuw-2026/vandaag" in result_ids(app.main), "the edit")
        assert app.main.live_reload.state is Reload.WATCHING
        assert "live reload" not in status_line(app)
        assert not any("failed" in str(n.message) for n in app._notifications)


async def test_a_failing_watch_polls_and_says_so_in_the_status_line_and_f8(
    briefings: Path, make_app: MakeApp, broken_watch: None
) -> None:
    app = make_app(briefings, live_reload=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "zeldzaamheidsonderzoek")
        await wait_for(pilot, lambda: app.main.live_reload.state is Reload.POLLING, "polling")
        await settle(pilot)
        assert "live reload slow: ctrl+r reloads" in status_line(app)
        # Slower, not off: an edit still shows up by itself.
        (briefings / "nieuw-2026.toml").write_text(NEW_BRIEFING, encoding="utf-8")
        await wait_for(pilot, lambda: "nieuw-2026/vandaag" in result_ids(app.main), "the edit")
        app._notifications.clear()  # the mark lasts when the note has gone
        await settle(pilot)
        assert "live reload slow: ctrl+r reloads" in status_line(app)
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        note = " ".join(" ".join(screen_lines(app)).split())
        assert "Live reload is slower: watching the briefings folder failed" in note
        assert "OSError: OS file watch limit reached" in note


async def test_when_the_watch_works_again_the_mark_goes(
    briefings: Path, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    tries: list[int] = []

    def limited(*paths: str, **options: Any) -> Batches:
        tries.append(1)
        if len(tries) <= watching.ATTEMPTS:
            raise OSError("OS file watch limit reached")
        return awatch(*paths, **options)

    monkeypatch.setattr(watching, "_awatch", lambda: limited)
    monkeypatch.setattr(watching, "RETRY_SECONDS", 0.0)
    monkeypatch.setattr(watching, "POLL_SECONDS", 0.1)
    monkeypatch.setattr(watching, "REWATCH_SECONDS", 0.5)
    app = make_app(briefings, live_reload=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "zeldzaamheidsonderzoek")
        await wait_for(pilot, lambda: len(tries) > watching.ATTEMPTS, "a try after polling")
        await wait_for(pilot, lambda: app.main.live_reload.watching, "watching again")
        await settle(pilot)
        assert "live reload" not in status_line(app)
        said = [str(n.message) for n in app._notifications]
        assert any(message.startswith("Live reload is slower") for message in said), said
        assert "Live reload watches the folder again" in said, said
        (briefings / "nieuw-2026.toml").write_text(NEW_BRIEFING, encoding="utf-8")
        await wait_for(pilot, lambda: "nieuw-2026/vandaag" in result_ids(app.main), "the edit")


async def test_when_polling_fails_too_live_reload_is_off_and_ctrl_r_reloads(
    briefings: Path, make_app: MakeApp, broken_watch: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def polled(root: Path, seconds: float, **options: Any) -> Batches:
        raise RuntimeError("no looking either")
        yield set()  # pragma: no cover (an async generator)

    monkeypatch.setattr(watching, "polled", polled)
    app = make_app(briefings, live_reload=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "zeldzaamheidsonderzoek")
        await wait_for(pilot, lambda: app.main.live_reload.state is Reload.OFF, "reload off")
        await settle(pilot)
        assert "live reload off: ctrl+r reloads" in status_line(app)
        (briefings / "nieuw-2026.toml").write_text(NEW_BRIEFING, encoding="utf-8")
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: "nieuw-2026/vandaag" in result_ids(app.main), "ctrl+r")
        assert "live reload off: ctrl+r reloads" in status_line(app)  # still off
        await pilot.press("f8")
        await pilot.pause()
        note = " ".join(" ".join(screen_lines(app)).split())
        assert "Live reload is off: watching the briefings folder failed" in note
        assert "RuntimeError: no looking either" in note


async def test_without_live_reload_nothing_is_marked(briefings: Path, make_app: MakeApp) -> None:
    app = make_app(briefings)  # live_reload = false: ctrl+r only, as chosen
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.main.live_reload.state is Reload.UNWATCHED
        assert "live reload" not in status_line(app)
        await pilot.press("f8")
        await pilot.pause()
        assert "Live reload" not in " ".join(screen_lines(app))
