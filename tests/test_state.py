"""The per-user state store: where it lives, what survives, and damaged files left alone."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from mhbrief.locations import config_path, index_dir_for
from mhbrief.problems import display_path
from mhbrief.state import (
    HISTORY_LIMIT,
    MAX_STATE_BYTES,
    StateError,
    StateStore,
    data_dir,
    state_dir_for,
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "briefings"
    path.mkdir()
    return path


def test_state_lives_in_xdg_data_home_keyed_like_the_index(folder: Path, tmp_path: Path) -> None:
    data_home = Path(os.environ["XDG_DATA_HOME"])
    assert data_dir() == data_home / "mhbrief"
    state = state_dir_for(folder)
    assert state.parent == data_home / "mhbrief" / "collections"
    assert state.name == index_dir_for(folder).name  # the same key as the index
    # The same folder named another way is the same state; another folder is not.
    assert state_dir_for(folder / ".." / "briefings") == state
    other = tmp_path / "other"
    other.mkdir()
    assert state_dir_for(other) != state


def test_saved_documents_are_private_toml_and_never_config(folder: Path) -> None:
    store = StateStore(folder)
    store.remember_query("mensenhandel")
    path = store.path("history")
    assert path.is_file() and path.parent == state_dir_for(folder)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert 'queries = [\n    "mensenhandel",\n]' in path.read_text(encoding="utf-8")
    assert not config_path().exists()
    # No temp files left; the lock file only ever holds a lock.
    assert sorted(p.name for p in path.parent.iterdir()) == [".lock", "history.toml"]


def test_history_survives_a_new_store_capped_without_repeats_in_a_row(folder: Path) -> None:
    store = StateStore(folder)
    for query in ["a", "b", "b", "  b ", "a", ""]:
        store.remember_query(query)
    assert StateStore(folder).history() == ["a", "b", "a"]
    for number in range(HISTORY_LIMIT + 5):
        store.remember_query(f"q{number}")
    history = StateStore(folder).history()
    assert len(history) == HISTORY_LIMIT
    assert history[-1] == f"q{HISTORY_LIMIT + 4}"


def test_saved_searches_keep_order_replace_by_name_and_forget(folder: Path) -> None:
    store = StateStore(folder)
    store.save_search("geld", "theme:financiering")
    store.save_search("rtl interview", 'speaker:"de Vries"')
    store.save_search("geld", "geld OR subsidie")
    assert StateStore(folder).saved_searches() == {
        "rtl interview": 'speaker:"de Vries"',
        "geld": "geld OR subsidie",
    }
    assert store.forget_search("geld") is True
    assert store.forget_search("geld") is False
    assert StateStore(folder).saved_searches() == {"rtl interview": 'speaker:"de Vries"'}
    with pytest.raises(StateError):
        store.save_search("  ", "x")


def test_display_choices_and_first_seen_dates(folder: Path) -> None:
    store = StateStore(folder)
    store.set_display("compact", True)
    store.set_display("sort", "date")
    assert StateStore(folder).display_choices() == {"compact": True, "sort": "date"}

    assert store.note_first_seen(["b/q1", "b/q2"], date(2026, 11, 1)) == 2
    assert store.first_seen() == {"b/q1": date(2026, 11, 1), "b/q2": date(2026, 11, 1)}
    assert store.note_first_seen(["b/q2", "c/p1"], date(2026, 12, 1)) == 1
    later = store.first_seen()
    assert later["b/q2"] == date(2026, 11, 1)
    assert later["c/p1"] == date(2026, 12, 1)
    assert StateStore(folder).first_seen() == later


def test_generic_documents_for_other_features(folder: Path) -> None:
    store = StateStore(folder)
    store.save("sheets/interview", {"name": "Interview", "items": [{"id": "b/q1"}]})
    store.save("sheets/other", {"name": "Other"})
    assert store.names("sheets") == ["sheets/interview", "sheets/other"]
    assert StateStore(folder).load("sheets/interview") == {
        "name": "Interview",
        "items": [{"id": "b/q1"}],
    }
    store.delete("sheets/other")
    assert store.names("sheets") == ["sheets/interview"]
    assert store.load("missing") == {}
    with pytest.raises(ValueError):
        store.path("../escape")


def test_a_damaged_file_is_reported_with_its_line_and_left_untouched(folder: Path) -> None:
    store = StateStore(folder)
    store.save_search("geld", "geld")
    store.remember_query("eerst")
    history = store.path("history")
    damaged = 'version = 1\nqueries = [\n  "a",\n  "b\n]\n'
    history.write_text(damaged, encoding="utf-8")

    fresh = StateStore(folder)
    assert fresh.history() == []
    with pytest.raises(StateError, match="left untouched"):
        fresh.remember_query("nieuw")
    assert history.read_text(encoding="utf-8") == damaged
    [problem] = fresh.problems
    assert problem.path == history
    assert problem.line == 4
    assert problem.format().startswith(f"{display_path(history)}:4:")
    # Everything else still works.
    assert fresh.saved_searches() == {"geld": "geld"}
    fresh.save_search("hulp", "slachtofferhulp")
    assert list(StateStore(folder).saved_searches()) == ["geld", "hulp"]


def test_a_value_of_the_wrong_type_is_damage_with_its_line(folder: Path) -> None:
    store = StateStore(folder)
    path = store.path("searches")
    path.parent.mkdir(parents=True)
    text = "version = 1\n\n[searches.geld]\nquery = 3\n"
    path.write_text(text, encoding="utf-8")
    assert store.saved_searches() == {}
    [problem] = store.problems
    assert problem.line == 3
    with pytest.raises(StateError):
        store.save_search("x", "y")
    assert path.read_text(encoding="utf-8") == text
    # Fixed by hand: the store picks it up again and the problem is gone.
    path.write_text('version = 1\n[searches.geld]\nquery = "geld"\n', encoding="utf-8")
    assert store.saved_searches() == {"geld": "geld"}
    assert store.problems == []


def test_newer_versions_huge_files_and_non_regular_files_are_not_read(
    folder: Path, fifo: object
) -> None:
    store = StateStore(folder)
    store.folder.mkdir(parents=True)
    store.path("display").write_text("version = 99\n[display]\ncompact = true\n", "utf-8")
    assert store.display_choices() == {}
    big = store.path("searches")
    big.write_bytes(b"# " + b"x" * MAX_STATE_BYTES + b"\n")
    assert store.saved_searches() == {}
    os.mkfifo(store.path("history"))
    assert store.history() == []  # returns at once: a FIFO is never opened for reading
    messages = {p.path.name: p.message for p in store.problems}
    assert "newer mhbrief" in messages["display.toml"]
    assert "larger than" in messages["searches.toml"]
    assert "not a regular file" in messages["history.toml"]


def test_a_symlinked_state_file_is_not_followed(folder: Path, tmp_path: Path) -> None:
    store = StateStore(folder)
    store.folder.mkdir(parents=True)
    outside = tmp_path / "elsewhere.toml"
    outside.write_text('queries = ["secret"]\n', encoding="utf-8")
    store.path("history").symlink_to(outside)
    assert store.history() == []
    assert store.problems


def test_text_read_back_is_sanitised(folder: Path) -> None:
    store = StateStore(folder)
    store.folder.mkdir(parents=True)
    store.path("history").write_text(
        'queries = ["geld\\u001b[31m rood", "a [/b"]\n', encoding="utf-8"
    )
    assert store.history() == ["geld rood", "a [/b"]


def test_a_failed_write_changes_nothing(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = StateStore(folder)
    store.remember_query("eerst")
    before = store.path("history").read_bytes()

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("mhbrief.state.documents.replace_file", full)
    with pytest.raises(StateError, match="No space left"):
        store.remember_query("tweede")
    assert store.path("history").read_bytes() == before


def test_a_hostile_dotted_key_is_refused_before_tomllib_reads_it(folder: Path) -> None:
    store = StateStore(folder)
    store.folder.mkdir(parents=True)
    path = store.path("display")
    path.write_text("version = 1\n" + ".".join(["a"] * 20_000) + " = 1\n", encoding="utf-8")
    assert store.display_choices() == {}
    [problem] = store.problems
    assert problem.line == 2 and "dotted parts" in problem.message


def test_two_stores_on_one_folder_see_each_others_writes(folder: Path) -> None:
    app, cli = StateStore(folder), StateStore(folder)
    app.save_search("a", "eerste")
    assert cli.saved_searches() == {"a": "eerste"}
    cli.save_search("b", "tweede")  # app's cached copy is now old
    app.save_search("c", "derde")
    assert list(cli.saved_searches()) == ["a", "b", "c"]
    returned = app.load("searches")
    returned["searches"].clear()  # a caller changing what it got changes nothing stored
    assert list(app.saved_searches()) == ["a", "b", "c"]


def test_two_processes_saving_at_once_lose_nothing(folder: Path) -> None:
    script = (
        "import sys; from pathlib import Path; from mhbrief.state import StateStore\n"
        "store = StateStore(Path(sys.argv[1]))\n"
        "for n in range(40): store.remember_query(f'{sys.argv[2]}{n}')\n"
    )
    runs = [
        subprocess.Popen([sys.executable, "-c", script, str(folder), prefix])
        for prefix in ("a", "b")
    ]
    assert [run.wait(timeout=60) for run in runs] == [0, 0]
    history = StateStore(folder).history()
    assert sorted(history) == sorted([f"a{n}" for n in range(40)] + [f"b{n}" for n in range(40)])


def test_a_document_changed_by_its_reader_stays_as_saved(folder: Path) -> None:
    """Each read is the reader's own copy, down to nested lists and tables: the store's
    memory of what it wrote (or read) never changes behind its back."""
    store = StateStore(folder)
    saved = {"name": "Interview", "items": [{"id": "b/q1", "seen": date(2026, 11, 1)}]}
    store.save("sheets/interview", saved)
    saved["items"][0]["id"] = "changed after saving"  # type: ignore[index]
    for _ in range(2):  # from what it wrote, then from what it read
        read = store.load("sheets/interview")
        assert read == {"name": "Interview", "items": [{"id": "b/q1", "seen": date(2026, 11, 1)}]}
        read["items"][0]["id"] = "changed by a reader"
        read["items"].append({"id": "more"})
        read["name"] = "Other"
    assert StateStore(folder).load("sheets/interview")["items"] == [
        {"id": "b/q1", "seen": date(2026, 11, 1)}
    ]


# --- private state: made private, read only when private -------------------------------

ATTACKER = 12345


def test_state_folders_and_files_are_private_whatever_the_umask(folder: Path) -> None:
    old = os.umask(0o002)  # a shared group's umask
    try:
        store = StateStore(folder)
        store.save("sheets/interview", {"name": "Interview"})
        store.remember_query("mensenhandel")
    finally:
        os.umask(old)
    state = state_dir_for(folder)
    for path in (data_dir(), data_dir() / "collections", state, state / "sheets"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700, path
    for path in (state / "history.toml", state / "sheets" / "interview.toml", state / ".lock"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


@pytest.mark.parametrize("where", ["file", "folder", "data folder"])
def test_state_others_may_write_is_not_read_and_says_so(folder: Path, where: str) -> None:
    store = StateStore(folder)
    store.save_search("geld", "funding")
    path = store.path("searches")
    shared = {"file": path, "folder": path.parent, "data folder": data_dir()}[where]
    shared.chmod(0o664 if where == "file" else 0o775)
    again = StateStore(folder)
    assert again.saved_searches() == {}
    problem = again.problem("searches")
    assert problem is not None and "\n" not in problem.format()
    assert f"{shared} can be written by other users" in problem.format()
    assert f"chmod go-w {shared}" in problem.format()
    with pytest.raises(StateError, match="can be written by other users"):
        again.save_search("x", "y")  # never written into either


@pytest.mark.skipif(os.geteuid() != 0, reason="chown to another user needs root")
def test_a_sheet_planted_by_another_user_is_not_read(folder: Path) -> None:
    store = StateStore(folder)
    store.save("sheets/interview", {"name": "Interview"})
    planted = store.path("sheets/planted")
    planted.write_text('name = "Planted"\n', encoding="utf-8")
    planted.chmod(0o600)
    os.chown(planted, ATTACKER, ATTACKER)
    again = StateStore(folder)
    assert again.names("sheets") == ["sheets/interview", "sheets/planted"]
    assert again.load("sheets/planted") == {}
    problem = again.problem("sheets/planted")
    assert problem is not None
    assert f"the file {planted} belongs to another user (uid {ATTACKER})" in problem.format()
    assert again.load("sheets/interview") == {"name": "Interview"}


def test_an_unreadable_sheets_folder_is_a_problem_not_none_yet(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = StateStore(folder)
    store.save("sheets/interview", {"name": "Interview"})
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if isinstance(path, int):  # the checked sheets folder, as for another user
            raise PermissionError(13, "Permission denied")
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    assert store.names("sheets") == []
    problem = store.problem("sheets")
    assert problem is not None
    assert problem.format().endswith(
        "cannot read this folder (permission denied); nothing in it was used"
    )
