"""Writing drafts: new files only, atomic, with the source archived and checked verbatim."""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path

import pytest
from shared import deny_writing

from mhbrief.importer import Draft, import_source
from mhbrief.loader import load_collection
from mhbrief.writer import (
    SOURCES_FOLDER,
    NotWritableError,
    TargetExistsError,
    WriteError,
    WriteFailedError,
    draft_unwritable,
    render,
    replace_file,
    write_draft,
    write_new,
)

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
SOURCE = FIXTURES / "nl-na-de-quote.txt"


@pytest.fixture
def draft() -> Draft:
    return import_source(SOURCE)


def files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_draft_written_into_the_briefings_folder(draft: Draft, tmp_path: Path) -> None:
    briefings = tmp_path / "briefings"
    briefings.mkdir()
    path = write_draft(draft, briefings, None, SOURCE)
    assert path == briefings / draft.suggested_filename
    assert files(briefings) == [draft.suggested_filename, f"{SOURCES_FOLDER}/{SOURCE.name}"]
    assert (briefings / SOURCES_FOLDER / SOURCE.name).read_bytes() == SOURCE.read_bytes()
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Draft imported by `mhbrief import` from nl-na-de-quote.txt.")
    data = tomllib.loads(text)
    assert data == {**draft.data, "draft": True, "source_text": f"sources/{SOURCE.name}"}
    # The written file loads without a single problem: valid, and every quote verbatim;
    # only a note says it is a draft.
    collection = load_collection(briefings)
    assert [p.format() for p in collection.problems if p.severity.value != "note"] == []
    briefing = collection.briefings[draft.id]
    assert briefing.source_text == "sources/nl-na-de-quote.txt"
    assert [q.text for q in briefing.quotes] == [q.text for q in draft.quotes]
    assert collection.unverified == frozenset()


def test_misquote_after_import_is_caught_against_the_archived_source(
    draft: Draft, tmp_path: Path
) -> None:
    path = write_draft(draft, tmp_path, None, SOURCE)
    text = path.read_text(encoding="utf-8").replace("steeds vaker", "vaak")
    path.unlink()
    path.write_text(text, encoding="utf-8")
    collection = load_collection(tmp_path)
    assert collection.unverified == {f"{draft.id}/quote-1"}


def test_output_file_elsewhere_gets_its_own_sources_folder(draft: Draft, tmp_path: Path) -> None:
    briefings = tmp_path / "briefings"
    briefings.mkdir()
    out = tmp_path / "elsewhere" / "mine.toml"
    path = write_draft(draft, briefings, out, SOURCE)
    assert path == out
    assert files(briefings) == []
    assert files(out.parent) == ["mine.toml", f"sources/{SOURCE.name}"]
    assert tomllib.loads(out.read_text(encoding="utf-8"))["source_text"] == "sources/" + SOURCE.name


def test_a_draft_in_an_organisations_folder_archives_in_the_folders_sources(
    draft: Draft, tmp_path: Path
) -> None:
    """One place for every source, as the format doc says: the app and the CLI put a
    draft beside its organisation's briefings, never a second ``sources/`` there."""
    briefings = tmp_path / "briefings"
    (briefings / "fairwork").mkdir(parents=True)
    path = write_draft(draft, briefings, briefings / "fairwork", SOURCE)
    assert path.parent == briefings / "fairwork"
    assert (briefings / SOURCES_FOLDER / SOURCE.name).read_bytes() == SOURCE.read_bytes()
    assert not (briefings / "fairwork" / SOURCES_FOLDER).exists()
    source_text = tomllib.loads(path.read_text(encoding="utf-8"))["source_text"]
    assert source_text == f"../{SOURCES_FOLDER}/{SOURCE.name}"
    assert not [p for p in load_collection(briefings).problems if p.is_error]
    assert not load_collection(briefings).unverified  # the quotes found in that source


def test_output_folder_uses_the_suggested_name(draft: Draft, tmp_path: Path) -> None:
    path = write_draft(draft, tmp_path / "b", tmp_path, SOURCE)
    assert path == tmp_path / draft.suggested_filename


def test_pasted_text_is_archived_under_the_draft_name(tmp_path: Path) -> None:
    draft = import_source(SOURCE.read_text(encoding="utf-8"))
    path = write_draft(draft, tmp_path)
    archived = Path(draft.suggested_filename).stem + ".txt"
    assert files(tmp_path) == [draft.suggested_filename, f"sources/{archived}"]
    assert tomllib.loads(path.read_text(encoding="utf-8"))["source_text"] == f"sources/{archived}"


def test_same_source_is_reused_and_a_different_one_is_numbered(tmp_path: Path) -> None:
    first = import_source(SOURCE)
    write_draft(first, tmp_path, tmp_path / "one.toml", SOURCE)
    write_draft(first, tmp_path, tmp_path / "two.toml", SOURCE)
    assert files(tmp_path) == ["one.toml", f"sources/{SOURCE.name}", "two.toml"]
    other = tmp_path / "other" / SOURCE.name
    other.parent.mkdir()
    other.write_bytes(SOURCE.read_bytes().replace(b"Doneer", b"Doneer nu"))
    path = write_draft(import_source(other), tmp_path, tmp_path / "three.toml", other)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["source_text"] == (
        "sources/nl-na-de-quote-2.txt"
    )
    assert (tmp_path / "sources" / "nl-na-de-quote-2.txt").read_bytes() == other.read_bytes()


def test_existing_target_is_never_overwritten(draft: Draft, tmp_path: Path) -> None:
    target = tmp_path / draft.suggested_filename
    target.write_text("# someone's work\n", encoding="utf-8")
    with pytest.raises(TargetExistsError, match="already exists; nothing was written"):
        write_draft(draft, tmp_path, None, SOURCE)
    assert target.read_text(encoding="utf-8") == "# someone's work\n"
    assert files(tmp_path) == [draft.suggested_filename]  # no source copy, no temp file


def test_write_new_refuses_an_existing_file_even_when_it_appears_late(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "x.toml"
    real_link = os.link

    def racing_link(src: str | Path, dst: str | Path) -> None:
        Path(dst).write_text("written meanwhile\n", encoding="utf-8")
        real_link(src, dst)

    monkeypatch.setattr(os, "link", racing_link)
    with pytest.raises(TargetExistsError):
        write_new(target, b"mine\n")
    assert target.read_text(encoding="utf-8") == "written meanwhile\n"
    assert files(tmp_path) == ["x.toml"]


def test_failure_while_writing_leaves_no_partial_file(
    draft: Draft, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            calls.append(fd)
        if len(calls) == 2:  # the source copy succeeds, the briefing's flush fails
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="No space left"):
        write_draft(draft, tmp_path, None, SOURCE)
    assert files(tmp_path) == []  # neither the briefing, nor its temp file, nor the source copy


def test_failure_when_publishing_leaves_no_partial_file_on_a_filesystem_without_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: str | Path, dst: str | Path) -> None:
        raise OSError(1, "Operation not permitted")

    def failing_replace(src: str | Path, dst: str | Path) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "link", no_links)
    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="Input/output"):
        write_new(tmp_path / "x.toml", b"content\n")
    assert files(tmp_path) == []


def test_fallback_without_hard_links_still_writes_and_still_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: str | Path, dst: str | Path) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "x.toml"
    write_new(target, b"first\n")
    assert target.read_bytes() == b"first\n"
    with pytest.raises(TargetExistsError):
        write_new(target, b"second\n")
    assert target.read_bytes() == b"first\n"
    assert files(tmp_path) == ["x.toml"]


def test_render_orders_keys_and_comments_the_header() -> None:
    text = render({"quotes": [], "kind": "briefing", "format": 1}, ["line one", "", "ev\nil"])
    assert text.splitlines()[:4] == ["# line one", "#", "# ev il", ""]
    assert tomllib.loads(text) == {"format": 1, "kind": "briefing", "quotes": []}
    assert text.index("format") < text.index("kind") < text.index("quotes")


def test_a_source_with_control_characters_in_a_quote_still_checks_as_verbatim(
    tmp_path: Path,
) -> None:
    source = tmp_path / "hostile.txt"
    source.write_text(
        "Kop van het bericht\n\n13 november 2018\n\n"
        "Woordvoerder Anna de Vries: ‘Dit is een \x1b[31mgevaarlijk\x1b[0m plan \u202evoor\u202c "
        "kinderen.’\n",
        encoding="utf-8",
    )
    briefings = tmp_path / "briefings"
    briefings.mkdir()
    write_draft(import_source(source, organisation="Stichting"), briefings, None, source)
    collection = load_collection(briefings)
    assert [p.format() for p in collection.problems if p.severity.value != "note"] == []
    (briefing,) = collection.briefings.values()
    assert briefing.quotes[0].text == "Dit is een gevaarlijk plan voor kinderen."
    assert collection.unverified == frozenset()


def test_a_source_name_with_controls_is_archived_under_the_name_read_back(
    tmp_path: Path,
) -> None:
    source = tmp_path / "evil\x1b[31mname .txt"
    source.write_bytes(SOURCE.read_bytes())
    briefings = tmp_path / "briefings"
    briefings.mkdir()
    write_draft(import_source(source), briefings, None, source)
    collection = load_collection(briefings)
    assert [p.format() for p in collection.problems if p.severity.value != "note"] == []
    (briefing,) = collection.briefings.values()
    assert briefing.source_text == "sources/evilname.txt"


def test_a_file_called_sources_is_a_clear_error_and_nothing_is_written(
    draft: Draft, tmp_path: Path
) -> None:
    (tmp_path / SOURCES_FOLDER).write_text("mine\n", encoding="utf-8")
    with pytest.raises(WriteError, match="is a file, not a folder"):
        write_draft(draft, tmp_path, None, SOURCE)
    assert files(tmp_path) == [SOURCES_FOLDER]


def test_an_import_is_written_as_a_draft_that_deleting_the_line_publishes(
    draft: Draft, tmp_path: Path
) -> None:
    briefings = tmp_path / "briefings"
    briefings.mkdir()
    path = write_draft(draft, briefings, None, SOURCE)
    text = path.read_text(encoding="utf-8")
    assert tomllib.loads(text)["draft"] is True
    assert "delete the line 'draft = true'" in text
    [loaded] = load_collection(briefings).briefings.values()
    assert loaded.draft
    path.write_text(text.replace("draft = true\n", ""), encoding="utf-8")
    [loaded] = load_collection(briefings).briefings.values()
    assert not loaded.draft


def test_a_folder_this_user_cannot_write_is_refused_before_anything_is_written(
    draft: Draft, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / SOURCES_FOLDER).mkdir()
    deny_writing(monkeypatch, tmp_path / SOURCES_FOLDER)
    with pytest.raises(NotWritableError) as refused:
        write_draft(draft, tmp_path, None, SOURCE)
    assert str(refused.value) == (
        f"cannot write to {tmp_path / SOURCES_FOLDER} (permission denied); nothing was written"
    )
    assert files(tmp_path) == []
    monkeypatch.undo()
    deny_writing(monkeypatch, tmp_path)  # the briefing's own folder
    with pytest.raises(NotWritableError, match=f"cannot write to {tmp_path} "):
        write_draft(draft, tmp_path, None, SOURCE)
    assert draft_unwritable(tmp_path / "new" / "folder") == tmp_path  # where it would be made


def test_a_failed_write_names_the_target_folder_never_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def denied(path: str | Path, flags: int, mode: int = 0o777, **kwargs: object) -> int:
        if str(path).endswith(".tmp"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    deny_writing(monkeypatch, tmp_path)
    with pytest.raises(WriteFailedError) as failed:
        write_new(tmp_path / "x.toml", b"content\n")
    message = str(failed.value)
    assert message == f"cannot write to {tmp_path} (permission denied); nothing was written"
    assert ".tmp" not in message
    # Still an OSError, for callers that say it their own way (the state files).
    assert isinstance(failed.value, OSError) and failed.value.errno == 13
    assert failed.value.filename == str(tmp_path / "x.toml")
    with pytest.raises(OSError, match="cannot write to"):
        replace_file(tmp_path / "state.toml", b"x = 1\n")
    assert files(tmp_path) == []


def test_a_full_disk_names_the_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(WriteFailedError) as failed:
        write_new(tmp_path / "x.toml", b"content\n")
    assert str(failed.value) == (
        f"cannot write {tmp_path / 'x.toml'} (No space left on device); nothing was written"
    )
    assert files(tmp_path) == []
