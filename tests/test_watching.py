"""Live reload's watching: only what the loader reads is watched, and a watch that fails
falls back to polling and says so, never stopping silently."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncGenerator, AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from second_user import VICTIM, needs_setpriv, switch
from shared import deny_listing
from watchfiles import Change, awatch

from mhbrief import watching
from mhbrief.watching import Changed, Folders, Polling, Watching, what_changed

#: Generous: a hang fails, a slow machine does not.
PATIENCE = 30.0


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """Briefings with a private folder, a hidden one, and a link to a folder outside."""
    folder = tmp_path / "briefings"
    for sub in ("org", "prive", ".git", "org/sources"):
        (folder / sub).mkdir(parents=True)
    (folder / "org" / "a.toml").write_text("format = 1\n", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (folder / "org" / "etc-dir").symlink_to(outside, target_is_directory=True)
    return folder


@pytest.fixture
def locked_out(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[str]]:
    """Folders listed here cannot be listed (as another user's ``chmod 700`` folder)."""
    yield deny_listing(monkeypatch)


def strict_awatch(denied: set[str], watched: list[str]) -> watching.Watcher:
    """The real watch, failing as the system would for a folder it may not read (root
    reads every folder), and remembering what it was asked to watch."""

    def watcher(*paths: str, **options: Any) -> AsyncGenerator[set[tuple[Any, str]], None]:
        watched[:] = paths
        recursive = options.get("recursive", True)
        for path in paths:
            below = [d for d in denied if recursive and Path(d).is_relative_to(path)]
            if below or any(Path(path).is_relative_to(d) for d in denied):
                raise PermissionError(f'Permission denied (os error 13) about ["{path}"]')
        return awatch(*paths, **options)

    return watcher


async def next_event(events: AsyncIterator[watching.Event], *kinds: type) -> watching.Event:
    """The next event of one of ``kinds`` (others skipped), within :data:`PATIENCE`."""

    async def find() -> watching.Event:
        async for event in events:
            if isinstance(event, kinds):
                return event
        raise AssertionError("the events ended")

    return await asyncio.wait_for(find(), PATIENCE)


def test_the_folders_watched_are_the_folders_the_loader_reads(
    root: Path, locked_out: set[str]
) -> None:
    locked_out.add(str(root / "prive"))
    folders = Folders.of(root)
    assert folders.watched == (str(root), str(root / "org"), str(root / "org" / "sources"))
    assert folders.unreadable == {str(root / "prive")}


def test_what_a_batch_of_changes_asks_for(root: Path, tmp_path: Path) -> None:
    folders = Folders.of(root)
    org = root / "org"
    assert what_changed({(Change.modified, str(org / "a.toml"))}, folders) == (True, False)
    assert what_changed({(Change.added, str(org / "sources" / "s.txt"))}, folders) == (True, False)
    assert what_changed({(Change.added, str(org / ".a.toml.swp"))}, folders) == (False, False)
    assert what_changed({(Change.added, str(org / "notes.md"))}, folders) == (False, False)
    # A link to a folder is not followed, so it changes nothing read.
    (org / "more").symlink_to(tmp_path / "outside", target_is_directory=True)
    assert what_changed({(Change.added, str(org / "more"))}, folders) == (False, False)
    # A new folder, one gone, and the private one made readable: watch again.
    (org / "new").mkdir()
    assert what_changed({(Change.added, str(org / "new"))}, folders) == (True, True)
    assert what_changed({(Change.deleted, str(org / "sources"))}, folders) == (True, True)
    private = Folders(folders.watched, frozenset({str(root / "prive")}))
    assert what_changed({(Change.modified, str(root / "prive"))}, private) == (True, True)


async def test_an_unreadable_folder_and_a_link_outside_do_not_stop_reloads(
    root: Path, tmp_path: Path, locked_out: set[str]
) -> None:
    """The walk's findings: a private folder stopped the recursive watch for the
    whole session, and a link to /etc was walked into."""
    locked_out.add(str(root / "prive"))
    watched: list[str] = []
    strict = strict_awatch({str(root / "prive"), str(tmp_path / "outside")}, watched)
    events = watching.events(root, watcher=strict)
    try:
        assert isinstance(await next_event(events, Watching, Polling), Watching)
        assert str(root / "prive") not in watched
        assert not any("outside" in path or "etc-dir" in path for path in watched)
        (root / "org" / "a.toml").write_text("format = 1\n# edited\n", encoding="utf-8")
        assert isinstance(await next_event(events, Changed, Polling), Changed)
    finally:
        await events.aclose()  # type: ignore[attr-defined]


async def test_a_folder_added_is_watched_too(root: Path) -> None:
    events = watching.events(root)
    try:
        await next_event(events, Watching)
        (root / "nieuw").mkdir()
        await next_event(events, Changed)
        await next_event(events, Watching)  # again, over the new folder too
        (root / "nieuw" / "b.toml").write_text("format = 1\n", encoding="utf-8")
        await next_event(events, Changed)
    finally:
        await events.aclose()  # type: ignore[attr-defined]


async def test_a_failing_watch_falls_back_to_polling_and_says_why(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(watching, "RETRY_SECONDS", 0.0)
    tries: list[int] = []

    def broken(*paths: str, **options: Any) -> AsyncGenerator[set[tuple[Any, str]], None]:
        tries.append(1)
        raise OSError("OS file watch limit reached")

    events = watching.events(root, watcher=broken, poll_seconds=0.05)
    try:
        polling = await next_event(events, Polling, Watching)
        assert isinstance(polling, Polling)
        assert polling.reason == "OSError: OS file watch limit reached"
        assert len(tries) == watching.ATTEMPTS
        await next_event(events, Changed)  # a first look: what changed while it failed
        (root / "org" / "a.toml").write_text("format = 1\n# edited again\n", encoding="utf-8")
        await next_event(events, Changed)
        (root / "org" / "etc-dir" / "x.toml").write_text("", encoding="utf-8")  # outside
        assert watching.snapshot(root) == watching.snapshot(root)
        assert not any("etc-dir" in path for path, *_ in watching.snapshot(root))
    finally:
        await events.aclose()  # type: ignore[attr-defined]


async def test_while_polling_the_watch_is_tried_again_and_taken_back_once_it_works(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A watch limit reached (another tool held the watches) frees up later: polling
    is not for the rest of the session, and no change is lost on the way back."""
    monkeypatch.setattr(watching, "RETRY_SECONDS", 0.0)
    tries: list[int] = []

    def limited(*paths: str, **options: Any) -> AsyncGenerator[set[tuple[Any, str]], None]:
        tries.append(1)
        if len(tries) <= watching.ATTEMPTS + 1:  # the first round and one try again
            raise OSError("OS file watch limit reached")
        return awatch(*paths, **options)

    events = watching.events(root, watcher=limited, poll_seconds=0.05, rewatch_seconds=0.2)
    try:
        assert isinstance(await next_event(events, Polling, Watching), Polling)
        await next_event(events, Changed)  # the first look
        # One failed try again says nothing new; the one after it watches.
        assert isinstance(await next_event(events, Polling, Watching), Watching)
        assert len(tries) == watching.ATTEMPTS + 2
        (root / "org" / "a.toml").write_text("format = 1\n# watched again\n", encoding="utf-8")
        assert isinstance(await next_event(events, Changed, Polling), Changed)
    finally:
        await events.aclose()  # type: ignore[attr-defined]


async def test_a_look_that_finds_nothing_new_is_no_change(root: Path) -> None:
    looked: list[frozenset[tuple[str, int, int, int]]] = []
    first = [event async for event in watching.polled(root, 0.01, until=0.05, looked=looked)]
    assert first == [Changed()]  # the first look: what changed while the watch failed
    again = [event async for event in watching.polled(root, 0.01, until=0.05, looked=looked)]
    assert again == []  # the same files: no reload every time polling resumes


WATCH_AS_USER = """\
import asyncio, sys
from pathlib import Path
from mhbrief import watching

async def main(root, edit):
    async for event in watching.events(Path(root)):
        print(type(event).__name__, getattr(event, "reason", ""), flush=True)
        if isinstance(event, watching.Watching):
            Path(edit).write_text("format = 1\\n# edited\\n")
        else:
            return

asyncio.run(asyncio.wait_for(main(*sys.argv[1:]), 60))
"""


@needs_setpriv
def test_a_second_user_watches_past_a_folder_only_root_may_read(world: Path) -> None:
    """The walk's case itself: another user's ``chmod 700`` folder in a shared folder."""
    root = world / "briefings"
    (root / "prive").mkdir(parents=True)
    (root / "prive").chmod(0o700)
    (root / "org").mkdir()
    edit = root / "org" / "a.toml"
    edit.write_text("format = 1\n", encoding="utf-8")
    os.chown(edit, VICTIM, VICTIM)
    (root / "org" / "etc-dir").symlink_to("/etc", target_is_directory=True)
    result = subprocess.run(
        [*switch(VICTIM), sys.executable, "-c", WATCH_AS_USER, str(root), str(edit)],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["Watching", "Changed"], result.stdout
