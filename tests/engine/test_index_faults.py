"""Faults of the index are answered, not crashed: a full disk, damaged segments,
an index that grows with every bulk update."""

from __future__ import annotations

import errno
import os
import random
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mhbrief import cli
from mhbrief.engine import index, index_files
from mhbrief.engine import store as index_store
from mhbrief.library import Library

FIXTURES = Path(__file__).parents[1] / "fixtures" / "search"
EXTRA = (FIXTURES / "briefings" / "network-2020.toml").read_text(encoding="utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "briefings")
    return tmp_path / "briefings"


def add_extra(folder: Path, name: str = "extra", words: str = "Wijkagent") -> None:
    text = EXTRA.replace("network-2020", f"{name}-2020").replace("Funding", words)
    (folder / f"{name}.toml").write_text(text, encoding="utf-8")


def lines(err: str) -> list[str]:
    """stderr without progress lines (a loaded machine may draw some)."""
    return [line for line in err.splitlines() if not line.startswith("mhbrief: indexing ")]


def listing(index_dir: Path) -> set[str]:
    return {p.name for p in index_store.store_dir(index_dir).iterdir()} - {index_store.LOCK_NAME}


# --- a full disk ---------------------------------------------------------------------


class _Full:
    """A file object whose writes fail once the disk's budget is spent."""

    def __init__(self, raw: Any, budget: list[int]) -> None:
        self._raw = raw
        self._budget = budget

    def write(self, data: bytes) -> int:
        if len(data) > self._budget[0]:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._budget[0] -= len(data)
        return int(self._raw.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every file the index creates writes into a shared budget of free bytes."""
    budget = [1 << 40]
    original = index_store.OwnerOnlyStorage.create_file

    def create_file(self: Any, name: str, *args: Any, **kwargs: Any) -> Any:
        handle = original(self, name, *args, **kwargs)
        handle.file = _Full(handle.file, budget)
        return handle

    monkeypatch.setattr(index_store.OwnerOnlyStorage, "create_file", create_file)
    return budget


@pytest.mark.parametrize("free", [0, 2000, 60_000], ids=["no byte", "2 kB", "60 kB"])
def test_index_on_a_full_disk_says_so_in_one_line_and_leaves_nothing(
    capsys: pytest.CaptureFixture[str],
    folder: Path,
    tmp_path: Path,
    full_disk: list[int],
    free: int,
) -> None:
    where = tmp_path / "index"
    assert run(capsys, "index", "--briefings", str(folder), "--index", str(where))[0] == 0
    before = listing(where)
    for n in range(30):
        add_extra(folder, f"extra{n}")
    full_disk[0] = free
    code, out, err = run(capsys, "index", "--briefings", str(folder), "--index", str(where))
    assert code == 1
    assert out == ""
    assert len(lines(err)) == 1 and "Traceback" not in err
    assert "the index was not updated: cannot write the index: the disk holding" in err
    assert "is full" in err
    assert listing(where) == before  # no temporary or half-written file stays
    # search answers from the index as it stands, exit 0, one line on stderr
    code, out, err = run(
        capsys, "search", "--briefings", str(folder), "--index", str(where), "funding"
    )
    assert code == 0
    assert "network-2020/funding" in out
    assert len(lines(err)) == 1 and "is full" in err and "as it stands" in err
    assert listing(where) == before


@pytest.fixture
def tiny_tmpfs() -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    where = Path(tempfile.mkdtemp(prefix="mhbrief-full-"))
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=400k,mode=0700", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        where.rmdir()
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield where
    finally:
        # Lazily: a segment file still mapped by a closed-over reader keeps it busy.
        subprocess.run(["umount", "--lazy", str(where)], check=False)
        shutil.rmtree(where, ignore_errors=True)


def test_a_real_full_disk_small_tmpfs(
    capsys: pytest.CaptureFixture[str], folder: Path, tiny_tmpfs: Path
) -> None:
    where = tiny_tmpfs / "index"
    assert run(capsys, "index", "--briefings", str(folder), "--index", str(where))[0] == 0
    before = listing(where)
    words = " ".join(f"woord{n}" for n in range(400))
    for n in range(60):
        add_extra(folder, f"extra{n}", f"{words} extra{n}")
    code, out, err = run(capsys, "index", "--briefings", str(folder), "--index", str(where))
    assert (code, out) == (1, "")
    assert len(lines(err)) == 1 and "is full" in err
    assert listing(where) == before
    code, out, err = run(
        capsys, "search", "--briefings", str(folder), "--index", str(where), "funding"
    )
    assert code == 0 and "network-2020/funding" in out and len(lines(err)) == 1


# --- damaged segments ----------------------------------------------------------------


def damage(where: Path, seed: int) -> None:
    """Overwrite a few random bytes inside the largest segment file."""
    store = index_store.store_dir(where)
    segment = max(
        (p for p in store.iterdir() if p.suffix == ".seg"), key=lambda p: p.stat().st_size
    )
    rng = random.Random(seed)
    data = bytearray(segment.read_bytes())
    for _ in range(8):
        at = rng.randrange(len(data) // 8, len(data))
        data[at] = rng.randrange(256)
    segment.write_bytes(bytes(data))


@pytest.mark.parametrize("seed", range(6))
def test_damage_inside_a_segment_never_ends_a_search_in_a_traceback(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path, seed: int
) -> None:
    where = tmp_path / "index"
    assert run(capsys, "index", "--briefings", str(folder), "--index", str(where))[0] == 0
    damage(where, seed)
    with Library(folder, where) as library:
        for query in ("funding", "klant*", "theme:zorg", "progress OR customer", "plan~"):
            response = library.search(query)  # no sync: the index as it stands
            if response.stale:
                assert library.stale_message and "cannot be read" in library.stale_message
    # index verifies every segment, rebuilds, and the answers are whole again
    code, out, err = run(capsys, "index", "--briefings", str(folder), "--index", str(where))
    assert code == 0, err
    assert "index rebuilt" in out
    assert "failed their checksum; it was rebuilt from the briefing files" in err
    code, out, _ = run(
        capsys, "search", "--briefings", str(folder), "--index", str(where), "funding"
    )
    assert "network-2020/funding" in out


@pytest.mark.parametrize("seed", range(6))
def test_a_search_over_a_damaged_segment_answers_without_a_traceback(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path, seed: int
) -> None:
    where = tmp_path / "index"
    assert run(capsys, "index", "--briefings", str(folder), "--index", str(where))[0] == 0
    damage(where, seed)
    for query in ("funding", "theme:zorg", "klant*"):
        code, _, err = run(
            capsys, "search", "--briefings", str(folder), "--index", str(where), query
        )
        # Found or not in the index as it stands (0 or 1), never an error (2).
        assert code in (0, 1) and "Traceback" not in err and err.count("\n") <= 1


def test_an_intact_index_passes_its_checksums(folder: Path, tmp_path: Path) -> None:
    where = tmp_path / "index"
    with Library(folder, where) as library:
        library.sync()
        add_extra(folder)
        library.sync()
        store = index_store.store_dir(where)
        storage = index_store.OwnerOnlyStorage(str(store))
        _, names = index_files.current_files(storage, index_store.INDEX_NAME, index.SCHEMA)
        recorded = set(index_files._load(store))
        assert names and recorded == set(names)
        report = library.sync(verify=True)
        assert not report.rebuilt and report.message is None


# --- size ----------------------------------------------------------------------------


def store_size(where: Path) -> int:
    return sum(p.stat().st_size for p in index_store.store_dir(where).iterdir() if p.is_file())


def test_bulk_updates_keep_the_index_within_twice_its_live_size(
    folder: Path, tmp_path: Path
) -> None:
    for n in range(40):
        add_extra(folder, f"extra{n}", f"Wijkagent {n}")
    where = tmp_path / "index"
    with Library(folder, where) as library:
        library.sync(rebuild=True)
        fresh = store_size(where)
        for round_ in range(4):
            for path in folder.rglob("*.toml"):
                text = path.read_text(encoding="utf-8")
                path.write_text(text.replace("Evaluation", f"Evaluation {round_}"), "utf-8")
                path.write_text(path.read_text("utf-8") + f"\n# round {round_}\n", "utf-8")
            report = library.sync()
            assert not report.stale and report.updated > 0
            assert store_size(where) <= 2.2 * fresh, (round_, store_size(where), fresh)
        assert [h.id for h in library.search("wijkagent 7").hits][:1] == ["extra7-2020/funding"]
