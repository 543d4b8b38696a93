"""An index folder is trusted only when nobody else can have written it.

Whoosh unpickles its TOC files, so a TOC planted by another user would run code as
whoever searches. Two defences: every pickle is read by a restricted unpickler
(a planted TOC is a damaged index, rebuilt, never code run); and as git's
``safe.directory``, the index root and everything in it must be owned by the
current user or root and not writable by group or others, every folder above it
too unless sticky, and the index is read through the handle of the folder that
was checked. Otherwise mhbrief refuses with one line and answers nothing from it.
"""

from __future__ import annotations

import io
import os
import pickle
import shutil
import stat
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from second_user import (
    ATTACKER,
    MAIN,
    SETPRIV,
    VICTIM,
    Payload,
    as_user,
    needs_setpriv,
    plant_toc,
    switch,
)

from mhbrief import cli, trust
from mhbrief.engine import index
from mhbrief.engine import store as index_store
from mhbrief.library import Library

FIXTURES = Path(__file__).parents[1] / "fixtures" / "search"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "briefings")
    return tmp_path / "briefings"


def test_an_index_in_a_folder_others_can_write_without_sticky_bit_is_refused(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    code, _, err = run(capsys, "index", "--briefings", str(folder), "--index", str(shared / "mine"))
    assert code == 1 and err.count("\n") == 1
    assert f"its folder {shared} can be written by other users (mode 777)" in err
    shared.chmod(0o1777)  # sticky, as /tmp: nobody can rename what is yours
    code, _, _ = run(capsys, "index", "--briefings", str(folder), "--index", str(shared / "mine"))
    assert code == 0


@pytest.mark.parametrize("mode", [0o777, 0o1777, 0o775])
def test_an_index_root_others_can_write_is_refused(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path, mode: int
) -> None:
    shared = tmp_path / "shared"
    assert run(capsys, "index", "--briefings", str(folder), "--index", str(shared))[0] == 0
    shared.chmod(mode)
    code, out, err = run(
        capsys, "search", "--briefings", str(folder), "--index", str(shared), "funding"
    )
    assert code == 2  # refused: an error, not 'nothing found'
    assert out == ""
    assert err.count("\n") == 1
    assert f"refusing the index at {shared}" in err
    assert "writable by other users" in err and "chmod go-w" in err
    code, _, err = run(capsys, "index", "--briefings", str(folder), "--index", str(shared))
    assert code == 1 and err.count("\n") == 1 and "refusing the index" in err


def test_a_planted_toc_in_a_folder_others_can_write_never_runs(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    marker = tmp_path / "pwned"
    plant_toc(index_store.store_dir(shared), marker)
    shared.chmod(0o1777)
    code, out, err = run(
        capsys, "search", "--briefings", str(folder), "--index", str(shared), "funding"
    )
    assert (code, out) == (2, "")
    assert "refusing the index" in err
    assert not marker.exists()
    with Library(folder, shared) as library:
        library.sync()
        assert library.refused and library.search("funding").hits == ()
    assert not marker.exists()


def test_a_planted_toc_in_our_own_index_runs_nothing_and_the_index_is_rebuilt(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    """Whatever got it there (a race, a swap, a restored backup), a TOC naming anything
    but Whoosh's segment classes is refused by the restricted unpickler."""
    mine = tmp_path / "mine"
    assert run(capsys, "index", "--briefings", str(folder), "--index", str(mine))[0] == 0
    marker = tmp_path / "pwned"
    plant_toc(index_store.store_dir(mine), marker, generation=99)
    with Library(folder, mine) as library:
        assert library.search("funding").hits == ()  # unreadable: stale and empty
        assert library.stale and "cannot be read" in (library.stale_message or "")
        report = library.sync()
        assert report.rebuilt and not library.refused
        assert library.search("funding").hits
    assert not marker.exists()
    plant_toc(index_store.store_dir(mine), marker, generation=199)
    code, out, _ = run(
        capsys, "search", "--briefings", str(folder), "--index", str(mine), "funding"
    )
    assert code == 0 and "funding" in out
    assert not marker.exists()


def test_every_pickle_whoosh_reads_is_restricted(tmp_path: Path) -> None:
    """Not only the TOC: compound directories, block headers and inlined postings."""
    import whoosh.codec.whoosh3
    import whoosh.columns
    import whoosh.filedb.structfile

    marker = tmp_path / "pwned"
    planted = pickle.dumps(Payload(marker))
    for load in (whoosh.codec.whoosh3.loads, whoosh.columns.loads):
        with pytest.raises(pickle.UnpicklingError):
            load(planted)
    with pytest.raises(pickle.UnpicklingError):
        whoosh.filedb.structfile.StructFile(io.BytesIO(planted)).read_pickle()
    assert not marker.exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="chown to another user needs root")
def test_an_index_file_of_another_user_is_refused(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    mine = tmp_path / "mine"
    assert run(capsys, "index", "--briefings", str(folder), "--index", str(mine))[0] == 0
    toc = next(index_store.store_dir(mine).glob("*.toc"))
    os.chown(toc, ATTACKER, ATTACKER)
    code, _, err = run(capsys, "search", "--briefings", str(folder), "--index", str(mine), "x")
    assert code == 2  # refused: an error, not 'nothing found'
    assert f"refusing the index at {toc}: the file belongs to another user" in err


def test_files_of_the_index_are_owner_writable_only_whatever_the_umask(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    old = os.umask(0o002)
    try:
        mine = tmp_path / "mine"
        assert run(capsys, "index", "--briefings", str(folder), "--index", str(mine))[0] == 0
        network = folder / "briefings" / "network-2020.toml"
        (folder / "extra.toml").write_text(
            network.read_text().replace("network-2020", "extra-2020")
        )
        assert run(capsys, "index", "--briefings", str(folder), "--index", str(mine))[0] == 0
        code, out, _ = run(
            capsys, "search", "--briefings", str(folder), "--index", str(mine), "funding"
        )
        assert code == 0 and "extra-2020/funding" in out
    finally:
        os.umask(old)
    for path in index_store.store_dir(mine).iterdir():
        if path.name != index_store.LOCK_NAME:
            assert path.stat().st_mode & 0o022 == 0, path


@pytest.mark.parametrize("mode", [0o775, 0o2775, 0o777])
def test_a_folder_anywhere_on_the_path_others_can_write_is_refused(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path, mode: int
) -> None:
    """A staff share (2775) two levels up: a group member could rename the index away."""
    share = tmp_path / "share"
    deep = share / "team" / "mine"
    assert run(capsys, "index", "--briefings", str(folder), "--index", str(deep))[0] == 0
    share.chmod(mode)
    code, out, err = run(
        capsys, "search", "--briefings", str(folder), "--index", str(deep), "funding"
    )
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert f"its folder {share} can be written by other users (mode {mode:o})" in err
    assert f"chmod go-w {share}" in err
    share.chmod(mode | 0o1000)  # sticky, as /tmp: nobody can rename what is ours in it
    code, out, _ = run(
        capsys, "search", "--briefings", str(folder), "--index", str(deep), "funding"
    )
    assert code == 0 and "funding" in out


def test_the_default_cache_under_a_group_writable_cache_folder_is_refused(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    cache = Path(os.environ["XDG_CACHE_HOME"])
    cache.mkdir(parents=True, exist_ok=True)
    cache.chmod(0o775)  # ~/.cache made under umask 002
    code, out, err = run(capsys, "search", "--briefings", str(folder), "funding")
    assert (code, out) == (2, "")
    assert f"its folder {cache} can be written by other users (mode 775)" in err
    cache.chmod(0o755)
    assert run(capsys, "search", "--briefings", str(folder), "funding")[0] == 0


def test_folders_made_for_the_index_are_private_whatever_the_umask(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    old = os.umask(0o002)
    try:
        deep = tmp_path / "new" / "deeper" / "mine"
        assert run(capsys, "index", "--briefings", str(folder), "--index", str(deep))[0] == 0
    finally:
        os.umask(old)
    store = index_store.store_dir(deep)
    for path in (tmp_path / "new", tmp_path / "new" / "deeper", deep, store):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700, path
    for path in store.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


def test_the_index_read_is_the_folder_that_was_checked(
    capsys: pytest.CaptureFixture[str],
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A folder swapped in between the check and the open is never read: Whoosh reads
    through the handle of the folder that was checked."""
    mine, other = tmp_path / "mine", tmp_path / "other"
    assert run(capsys, "index", "--briefings", str(folder), "--index", str(mine))[0] == 0
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run(capsys, "index", "--briefings", str(empty), "--index", str(other))[0] == 0
    checked = index_store.trust.check_entries

    def swap_after_check(
        handle: index_store.CheckedDir, skip: frozenset[str] = frozenset()
    ) -> None:
        checked(handle, skip)
        mine.rename(tmp_path / "mine.old")  # the race: another index put in its place
        other.rename(mine)

    monkeypatch.setattr(index_store.trust, "check_entries", swap_after_check)
    ix = index_store.open_index(index_store.store_dir(mine))
    monkeypatch.undo()
    with ix.searcher() as searcher:
        assert searcher.doc_count() > 0  # the checked index, not the empty one
    assert (
        index_store.open_index(index_store.store_dir(mine)).doc_count() == 0
    )  # what the name holds now


def test_a_new_index_version_removes_the_old_version_folders_that_are_ours(
    capsys: pytest.CaptureFixture[str],
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mine = tmp_path / "mine"
    assert run(capsys, "index", "--briefings", str(folder), "--index", str(mine))[0] == 0
    old = index_store.store_dir(mine)
    (mine / "v1-1").mkdir(mode=0o700)
    (mine / "v1-1" / "_MAIN_1.toc").write_bytes(b"old")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep", encoding="utf-8")
    (mine / "v2-2").symlink_to(outside, target_is_directory=True)
    (mine / "notes").mkdir()
    (mine / "v3-3.keep").mkdir()
    theirs = mine / "v0-9"
    theirs.mkdir(mode=0o700)
    if os.geteuid() == 0:
        os.chown(theirs, ATTACKER, ATTACKER)
    monkeypatch.setattr(index, "SCHEMA_VERSION", index.SCHEMA_VERSION + 1)
    new = index_store.store_dir(mine)
    assert new != old
    code, out, _ = run(
        capsys, "search", "--briefings", str(folder), "--index", str(mine), "funding"
    )
    assert code == 0 and "funding" in out
    left = sorted(p.name for p in mine.iterdir())
    assert left == sorted(
        [new.name, "v2-2", "notes", "v3-3.keep", *(["v0-9"] if os.geteuid() == 0 else [])]
    )
    assert (outside / "keep.txt").read_text(encoding="utf-8") == "keep"


# --- a second user, as an attacker and a victim (setpriv) ----------------------------


def victims_world(world: Path, folder: Path) -> tuple[Path, Path]:
    """A briefings folder everyone may read, and the victim's own home."""
    briefings = world / "briefings"
    shutil.copytree(folder, briefings)
    home = world / "victim"
    home.mkdir()
    os.chown(home, VICTIM, VICTIM)
    return briefings, home


@needs_setpriv
def test_another_user_replacing_the_index_in_a_shared_folder_runs_nothing(
    world: Path, folder: Path
) -> None:
    briefings, home = victims_world(world, folder)
    shared = world / "shared"  # writable by all, no sticky bit
    shared.mkdir()
    shared.chmod(0o777)
    own = shared / "index"
    first = as_user(VICTIM, home, "index", "--briefings", str(briefings), "--index", str(own))
    # Refused from the start: others could replace the index between checks.
    assert first.returncode == 1
    assert f"its folder {shared} can be written by other users (mode 777)" in first.stderr
    index_store.store_dir(own).mkdir(parents=True, exist_ok=True)  # there all the same
    os.chown(own, VICTIM, VICTIM)
    os.chown(index_store.store_dir(own), VICTIM, VICTIM)
    # The attacker renames the victim's index away and plants their own.
    marker = world / "pwned"
    attacker_home = world / "attacker"
    attacker_home.mkdir()
    os.chown(attacker_home, ATTACKER, ATTACKER)
    plant = (
        "import os, sys; sys.path.insert(0, sys.argv[3]);"
        "from tests.second_user import plant_toc; from pathlib import Path;"
        "os.rename(sys.argv[1], sys.argv[1] + '.old');"
        "plant_toc(Path(sys.argv[2]), Path(sys.argv[4]))"
    )
    store = index_store.store_dir(own)
    repo = str(Path(__file__).resolve().parents[2])
    planted = subprocess.run(
        [*switch(ATTACKER), sys.executable, "-c", plant, str(own), str(store), repo, str(marker)],
        env={"HOME": str(attacker_home), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert planted.returncode == 0, planted.stderr
    assert store.stat().st_uid == ATTACKER
    searched = as_user(
        VICTIM, home, "search", "--briefings", str(briefings), "--index", str(own), "funding"
    )
    assert searched.returncode == 2
    assert searched.stdout == ""
    assert searched.stderr.count("\n") == 1
    assert "refusing the index" in searched.stderr
    assert not marker.exists()


@needs_setpriv
def test_a_victim_refuses_an_index_root_of_another_user(world: Path, folder: Path) -> None:
    briefings, home = victims_world(world, folder)
    theirs = world / "theirs"
    marker = world / "pwned"
    plant_toc(index_store.store_dir(theirs), marker)
    for path in (theirs, *theirs.rglob("*")):
        os.chown(path, ATTACKER, ATTACKER)
    result = as_user(
        VICTIM, home, "search", "--briefings", str(briefings), "--index", str(theirs), "x"
    )
    assert result.returncode == 2, result.stderr
    assert f"refusing the index at {theirs}: the folder belongs to another user" in result.stderr
    assert not marker.exists()


@needs_setpriv
def test_a_group_share_is_refused_before_a_group_member_can_swap_the_index(
    world: Path, folder: Path
) -> None:
    """The issue's case: ``--index`` in a 2775 staff share. A group member could rename the
    victim's index away and put a planted one in its place; the victim refuses the share
    from the start, so there is nothing to swap, and nothing runs."""
    staff = 4242
    briefings, home = victims_world(world, folder)
    share = world / "share"
    share.mkdir()
    os.chown(share, 0, staff)
    share.chmod(0o2775)
    own = share / "victim-index"
    argv = ["index", "--briefings", str(briefings), "--index", str(own)]
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home)}
    env |= {"XDG_CACHE_HOME": str(home / "cache"), "PYTHONDONTWRITEBYTECODE": "1"}
    member = [SETPRIV, f"--reuid={VICTIM}", f"--regid={VICTIM}", f"--groups={staff}", "--"]
    result = subprocess.run(
        [*member, sys.executable, "-c", MAIN, *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1
    assert f"its folder {share} can be written by other users (mode 2775)" in result.stderr
    assert not own.exists()  # nothing written where a group member could swap it


# --- what the refusals say ----------------------------------------------------------


def _stat(uid: int, mode: int) -> os.stat_result:
    return os.stat_result((stat.S_IFDIR | mode, 1, 1, 1, uid, uid, 0, 0, 0, 0))


def _named(monkeypatch: pytest.MonkeyPatch, uid: int, name: str) -> None:
    def getpwuid(asked: int) -> types.SimpleNamespace:
        if asked != uid:
            raise KeyError(asked)
        return types.SimpleNamespace(pw_name=name)

    monkeypatch.setattr(trust.pwd, "getpwuid", getpwuid)


def test_another_users_index_is_refused_by_their_name_and_for_the_true_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nothing stored runs code (the restricted unpickler): the reason is that its owner
    could have altered what it answers, and the owner is named, not only numbered."""
    _named(monkeypatch, 4242, "walker2")
    with pytest.raises(trust.IndexUnsafe) as caught:
        trust.refuse_unless_ours(Path("/shared/idx"), _stat(4242, 0o700), 4343)
    message = str(caught.value)
    assert "the folder belongs to another user, walker2 (uid 4242), who could have altered" in (
        message
    )
    assert "use --index with a folder of your own" in message
    assert "runs code" not in message
    with pytest.raises(trust.IndexUnsafe) as caught:
        trust.refuse_unless_ours(Path("/shared/idx"), _stat(4343, 0o775), 4343)
    assert "writable by other users (mode 775), who could have altered" in str(caught.value)
    assert "runs code" not in str(caught.value)


def test_a_user_without_a_name_is_named_by_uid(monkeypatch: pytest.MonkeyPatch) -> None:
    _named(monkeypatch, 1, "daemon")
    assert trust.other_user(4242) == "another user (uid 4242)"
    assert trust.other_user(1) == "another user, daemon (uid 1)"


def test_an_index_folder_not_open_to_you_says_to_use_one_of_your_own(
    capsys: pytest.CaptureFixture[str],
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another user's index (simulated: root reads every folder) is one line with what to
    do, never a bare "Permission denied" from deep inside."""
    theirs = tmp_path / "theirs"
    assert run(capsys, "index", "--briefings", str(folder), "--index", str(theirs))[0] == 0
    version = index_store.store_dir(theirs)
    real_open_child = trust._open_child

    def denied(parent: int, name: str, **options: Any) -> int:
        if options["shown"] == version:
            raise PermissionError(13, "Permission denied", str(version))
        return real_open_child(parent, name, **options)

    monkeypatch.setattr(trust, "_open_child", denied)
    monkeypatch.setattr(trust, "owner_of", lambda path: 4242)
    _named(monkeypatch, 4242, "walker2")
    for command in (["search", "x"], ["index"]):
        argv = [command[0], "--briefings", str(folder), "--index", str(theirs), *command[1:]]
        code, out, err = run(capsys, *argv)
        assert code == (2 if command[0] == "search" else 1), err  # search: 1 is "none found"
        assert out == ""
        assert err.count("\n") == 1, err
        assert f"cannot read the index at {theirs}: the folder {version} belongs to another " in err
        assert "walker2 (uid 4242)" in err
        assert "use --index with a folder of your own" in err
    monkeypatch.setattr(trust, "owner_of", lambda path: os.geteuid())  # your own, shut
    code, _, err = run(capsys, "search", "--briefings", str(folder), "--index", str(theirs), "x")
    assert code == 2
    assert f"not open to you (permission denied); let yourself in (chmod u+rwx {version})" in err


@needs_setpriv
def test_a_second_user_reading_roots_index_is_told_to_use_their_own(
    world: Path, folder: Path
) -> None:
    briefings, home = victims_world(world, folder)
    roots = world / "roots"
    assert cli.main(["index", "--briefings", str(briefings), "--index", str(roots)]) == 0
    assert stat.S_IMODE(roots.stat().st_mode) == 0o700
    result = as_user(
        VICTIM, home, "search", "--briefings", str(briefings), "--index", str(roots), "x"
    )
    assert result.returncode == 2, result.stderr  # search's error code (1: none found)
    assert result.stderr.count("\n") == 1, result.stderr
    assert f"cannot read the index at {roots}: the folder {roots} belongs to another user, " in (
        result.stderr
    )
    assert "root (uid 0)" in result.stderr
    assert "use --index with a folder of your own" in result.stderr
