"""The Library facade: what the app and CLI rely on, from several threads."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from mhbrief.library import Cancelled, Library

FIXTURES = Path(__file__).parent / "fixtures" / "search"


def copy(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "briefings")
    return tmp_path / "briefings"


def test_before_the_first_sync_the_collection_is_empty_and_search_is_stale(
    tmp_path: Path,
) -> None:
    library = Library(copy(tmp_path), tmp_path / "index")
    assert list(library.collection.items()) == []
    response = library.search("klant")
    assert (response.total, response.stale) == (0, True)
    library.sync()
    assert library.collection.get("centrum-2018/klant") is not None
    assert library.search("klant").total > 0
    library.close()
    library.close()  # closing twice is fine
    assert library.search("klant").total > 0  # and it reopens on demand


def test_progress_is_reported_per_file(tmp_path: Path) -> None:
    library = Library(copy(tmp_path), tmp_path / "index")
    seen: list[tuple[int, int]] = []
    library.sync(progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (4, 4)  # the plan and three briefings; the themes file has no documents
    library.close()


def test_searches_from_many_threads_while_another_thread_syncs(tmp_path: Path) -> None:
    folder = copy(tmp_path)
    library = Library(folder, tmp_path / "index")
    library.sync()
    errors: list[BaseException] = []
    totals: set[int] = set()
    done = threading.Event()

    def searcher() -> None:
        try:
            while not done.is_set():
                totals.add(library.search("kind:quote", limit=100).total)
                library.search("gem", as_you_type=True)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=searcher) for _ in range(4)]
    for thread in threads:
        thread.start()
    path = folder / "briefings" / "centrum-2021.toml"
    original = path.read_text(encoding="utf-8")
    try:
        for round_ in range(6):
            path.write_text(original.replace("Bram Jansen", f"Bram Jansen {round_}"), "utf-8")
            assert not library.sync().stale
    finally:
        done.set()
        for thread in threads:
            thread.join(timeout=30)
    assert errors == []
    assert totals == {5}  # never half an update
    assert library.search("speaker:jansen").hits[0].speaker == "Bram Jansen 5"
    library.close()


def test_a_search_nobody_waits_for_stops_and_frees_the_index(tmp_path: Path) -> None:
    library = Library(copy(tmp_path), tmp_path / "index")
    library.sync()
    with pytest.raises(Cancelled):
        library.search("klant", cancelled=lambda: True)
    assert library.search("klant", cancelled=lambda: False).total > 0
    library.close()


def _break_date(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("published = 2018-11-13", "published = 2018-11-31"), "utf-8")


def test_a_file_with_errors_never_indexed_is_named_as_left_out(tmp_path: Path) -> None:
    folder = copy(tmp_path)
    _break_date(folder / "briefings" / "centrum-2018.toml")
    library = Library(folder, tmp_path / "index")
    library.sync()
    response = library.search("klant")
    assert response.left_out == ("briefings/centrum-2018.toml",)
    assert all(not hit.id.startswith("centrum-2018/") for hit in response.hits)
    assert response.to_json()["left_out"] == ["briefings/centrum-2018.toml"]
    library.close()


def test_a_file_indexed_before_it_broke_is_not_left_out(tmp_path: Path) -> None:
    folder = copy(tmp_path)
    library = Library(folder, tmp_path / "index")
    library.sync()
    _break_date(folder / "briefings" / "centrum-2018.toml")
    library.sync()
    response = library.search("klant")
    assert response.left_out == ()  # its last good items are still found, flagged
    assert any(hit.id == "centrum-2018/klant" for hit in response.hits)
    (folder / "briefings" / "centrum-2018.toml").unlink()
    library.sync()
    assert library.search("klant").left_out == ()
    library.close()
