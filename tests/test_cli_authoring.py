"""`mhbrief import` and `mhbrief new` as a user runs them."""

from __future__ import annotations

import io
import os
import re
import stat
import tomllib
from pathlib import Path

import pytest
from shared import BRIEFING, CKM_SOURCE_PATH, THEMES, deny_writing

from mhbrief import cli
from mhbrief.problems import display_path

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
CKM = CKM_SOURCE_PATH


@pytest.fixture
def briefings(tmp_path: Path) -> Path:
    folder = tmp_path / "briefings"
    folder.mkdir()
    (folder / "themes.toml").write_text(THEMES.lstrip(), encoding="utf-8")
    return folder


def files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_import_ckm_writes_a_briefing_that_validates(
    briefings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not CKM.exists():
        pytest.skip(f"the CKM statement is not present ({CKM})")
    assert cli.main(["import", str(CKM), "--briefings", str(briefings)]) == 0
    name = "2018-11-13-mensenhandel-ambitie-kabinet.toml"
    assert files(briefings) == [name, f"sources/{CKM.name}", "themes.toml"]
    out, err = capsys.readouterr()
    assert f"wrote {display_path(briefings / name)}: 3 quotes, 4 points" in out
    assert "`mhbrief validate` accepts" in out
    assert "note: left out 5 line(s) of site boilerplate" in err
    data = tomllib.loads((briefings / name).read_text(encoding="utf-8"))
    assert [q["speaker"] for q in data["quotes"]] == ["Shamir Ceuleers"] * 3
    assert data["source_text"] == f"sources/{CKM.name}"
    # The digital-investment point is matched to the collection's "digitaal" theme.
    assert data["points"][1]["themes"] == ["digitaal"]
    assert cli.main(["validate", "--briefings", str(briefings)]) == 0


def test_import_refuses_to_overwrite(
    briefings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = FIXTURES / "en-says-director.txt"
    args = ["import", str(source), "--briefings", str(briefings)]
    assert cli.main(args) == 0
    written = briefings / "2022-11-03-alliance-urges-faster-action-on-child.toml"
    written.write_text(written.read_text(encoding="utf-8") + "# edited by hand\n", "utf-8")
    before = files(briefings)
    capsys.readouterr()
    # Another version of the statement (same headline and date): the same file name.
    revised = tmp_path / "revised.txt"
    revised.write_text(source.read_text(encoding="utf-8") + "\nA line added later.\n", "utf-8")
    assert cli.main(["import", str(revised), "--briefings", str(briefings)]) == 1
    err = capsys.readouterr().err
    assert f"{written} already exists; nothing was written" in err
    assert written.read_text(encoding="utf-8").endswith("# edited by hand\n")
    assert files(briefings) == before


def test_import_to_stdout_writes_no_file(
    briefings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = FIXTURES / "nl-na-de-quote.txt"
    args = ["import", str(source), "-o", "-", "--briefings", str(briefings)]
    assert cli.main([*args, "--id", "skn-toezicht"]) == 0
    data = tomllib.loads(capsys.readouterr().out)
    assert data["id"] == "skn-toezicht"
    assert "source_text" not in data
    assert len(data["quotes"]) == 4
    assert files(briefings) == ["themes.toml"]


def test_import_with_organisation_option(tmp_path: Path, briefings: Path) -> None:
    out = tmp_path / "drafts" / "cijfers.toml"
    source = FIXTURES / "nl-geen-citaten.txt"
    args = ["import", str(source), "-o", str(out), "--organisation", "Stichting Voorbeeld"]
    assert cli.main([*args, "--briefings", str(briefings)]) == 0
    data = tomllib.loads(out.read_text(encoding="utf-8"))
    assert data["organisation"] == "Stichting Voorbeeld"
    assert data["source_text"] == f"sources/{source.name}"
    assert (out.parent / "sources" / source.name).read_bytes() == source.read_bytes()


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary\xff", b"caf\xe9\n"])
def test_import_refuses_unusable_sources_and_writes_nothing(
    tmp_path: Path, briefings: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source.txt"
    source.write_bytes(content)
    assert cli.main(["import", str(source), "--briefings", str(briefings)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("mhbrief import: error: ")
    assert "nothing was written" in err
    assert files(briefings) == ["themes.toml"]


def test_import_rejects_a_bad_id(briefings: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = str(FIXTURES / "nl-na-de-quote.txt")
    assert cli.main(["import", source, "--id", "Not An Id", "--briefings", str(briefings)]) == 2
    assert "--id" in capsys.readouterr().err
    assert files(briefings) == ["themes.toml"]


def test_new_prints_a_template_and_writes_only_new_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert cli.main(["new", "--kind", "plan"]) == 0
    assert tomllib.loads(capsys.readouterr().out)["kind"] == "plan"
    target = tmp_path / "nieuw.toml"
    assert cli.main(["new", "-o", str(target)]) == 0
    assert tomllib.loads(target.read_text(encoding="utf-8"))["kind"] == "briefing"
    target.write_text("# mine\n", encoding="utf-8")
    assert cli.main(["new", "-o", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "# mine\n"
    # A --briefings folder that is not there is an error, as for every command.
    assert cli.main(["new", "--briefings", str(tmp_path / "nope"), "-o", "-"]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_new_interactive_writes_into_the_briefings_folder(
    briefings: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    answers = "\n".join(["Titel", "2024-05-02", "", "Stichting Voorbeeld", "", "", "", "", "", ""])
    monkeypatch.setattr("sys.stdin", Terminal(answers + "\n"))
    assert cli.main(["new", "--briefings", str(briefings)]) == 0
    assert files(briefings) == ["2024-05-02-titel.toml", "themes.toml"]
    assert "fill in each TODO" in capsys.readouterr().out
    # no quote or point was given: the placeholder quote keeps validate red until filled
    assert cli.main(["validate", "--briefings", str(briefings)]) == 1
    assert "placeholder left in 'speaker'" in capsys.readouterr().out


def test_new_interactive_writes_beside_the_organisations_other_briefings(
    briefings: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As import does: a new briefing of an organisation with a folder goes into it."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    (briefings / "sv").mkdir()
    (briefings / "sv" / "2023-older.toml").write_text(
        'format = 1\nkind = "briefing"\nid = "sv-older"\ntitle = "Ouder"\n'
        'published = 2023-01-02\norganisation = "Stichting Voorbeeld"\n'
        'source_type = "press-statement"\n',
        encoding="utf-8",
    )
    organisation = "stichting voorbeeld"  # as typed: any case
    answers = "\n".join(["Titel", "2024-05-02", "", organisation, "", "", "", "", "", ""])
    monkeypatch.setattr("sys.stdin", Terminal(answers + "\n"))
    assert cli.main(["new", "--briefings", str(briefings)]) == 0
    assert (briefings / "sv" / "2024-05-02-titel.toml").is_file()
    assert not (briefings / "2024-05-02-titel.toml").exists()


def test_import_to_stdout_is_a_draft_too(
    briefings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = FIXTURES / "nl-na-de-quote.txt"
    args = ["import", str(source), "-o", "-", "--briefings", str(briefings)]
    assert cli.main(args) == 0
    assert tomllib.loads(capsys.readouterr().out)["draft"] is True


def test_import_says_the_file_is_a_draft_and_how_to_publish_it(
    briefings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = FIXTURES / "nl-na-de-quote.txt"
    assert cli.main(["import", str(source), "--briefings", str(briefings)]) == 0
    out = capsys.readouterr().out
    assert ": note: draft: not reviewed yet" in out
    assert "delete its line 'draft = true' to publish it" in out


def test_new_writes_a_file_with_the_permissions_of_any_new_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    target = tmp_path / "nieuw.toml"
    old = os.umask(0o077)
    try:
        assert cli.main(["new", "-o", str(target)]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_import_writes_into_the_folder_of_the_organisations_briefings(
    tmp_path: Path, briefings: Path
) -> None:
    first = briefings / "voorbeeld" / "eerste.toml"
    args = ["--organisation", "Stichting Voorbeeld", "--briefings", str(briefings)]
    source = FIXTURES / "nl-geen-citaten.txt"
    assert cli.main(["import", str(source), "-o", str(first), *args]) == 0
    second = tmp_path / "tweede.txt"
    second.write_text(
        "Nieuwe cijfers\n\nDe stichting meldt vandaag nieuwe cijfers over uitbuiting in de "
        "regio, met meer meldingen dan vorig jaar.\n",
        encoding="utf-8",
    )
    assert cli.main(["import", str(second), *args]) == 0
    assert (briefings / "voorbeeld" / "nieuwe-cijfers.toml").exists()
    assert not (briefings / "nieuwe-cijfers.toml").exists()


def test_import_into_a_folder_it_cannot_write_says_so_before_any_work(
    briefings: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import mhbrief.importer

    (briefings / "sources").mkdir()
    deny_writing(monkeypatch, briefings / "sources")

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the import's work was done before the check")

    monkeypatch.setattr(mhbrief.importer, "import_source", never)
    source = FIXTURES / "nl-na-de-quote.txt"
    assert cli.main(["import", str(source), "--briefings", str(briefings)]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"mhbrief import: error: cannot write to {briefings / 'sources'} (permission denied); "
        "use -o FILE to write the draft elsewhere\n"
    )
    assert files(briefings) == ["themes.toml"]
    elsewhere = briefings.parent / "drafts"
    elsewhere.mkdir()
    deny_writing(monkeypatch, elsewhere)
    draft = elsewhere / "draft.toml"
    assert cli.main(["import", str(source), "--briefings", str(briefings), "-o", str(draft)]) == 1
    assert f"cannot write to {elsewhere} (permission denied); choose -o FILE in a folder" in (
        capsys.readouterr().err
    )


def test_import_into_an_organisations_own_folder_is_not_refused_for_the_top_folder(
    briefings: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shared folder whose top only an editor may write: a draft of an organisation
    whose briefings have a folder of their own goes there, so the early check lets it be."""
    skn = briefings / "skn"
    skn.mkdir()
    own = BRIEFING.replace('"Centrum"', '"Stichting Kinderrechten Noord"').replace(
        'responds_to = ["plan-a"]\n', ""
    )
    (skn / "earlier.toml").write_text(own.split("[[quotes]]")[0], encoding="utf-8")
    deny_writing(monkeypatch, briefings)
    source = FIXTURES / "nl-na-de-quote.txt"
    assert cli.main(["import", str(source), "--briefings", str(briefings)]) == 0, (
        capsys.readouterr().err
    )
    # The draft and its source beside the organisation's other briefing; nothing at the top.
    assert [name.split("/")[0] for name in files(skn)] == [
        "2021-03-02-meer-toezicht-nodig-op-online-werving.toml",
        "earlier.toml",
        "sources",
    ]
    assert files(briefings) == [f"skn/{name}" for name in files(skn)] + ["themes.toml"]


def test_a_failed_write_never_shows_the_temporary_file(
    briefings: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def denied(path: str | Path, flags: int, mode: int = 0o777, **kwargs: object) -> int:
        if str(path).endswith(".tmp"):  # the write itself fails, as in a folder not ours
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denied)
    source = FIXTURES / "nl-na-de-quote.txt"
    assert cli.main(["import", str(source), "--briefings", str(briefings)]) == 1
    err = capsys.readouterr().err
    assert ".tmp" not in err and "Errno" not in err
    assert f"cannot write to {briefings / 'sources'} (permission denied)" in err
    assert files(briefings) == ["themes.toml"]


def test_a_long_texts_notes_are_cut_on_the_terminal_and_kept_in_the_draft(
    briefings: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # every quote without a speaker has a note: a long paste had 30,000 on the terminal
    source = tmp_path / "long.txt"
    unnamed = "".join(f"Er werd gezegd: “Zin nummer {n} is van iemand.”\n\n" for n in range(120))
    source.write_text("Een lange verklaring\n\n" + unnamed, encoding="utf-8")
    assert cli.main(["import", str(source), "--briefings", str(briefings)]) == 0
    err = capsys.readouterr().err
    printed = [line for line in err.splitlines() if ": note: " in line]
    assert len(printed) == 41
    assert re.search(r"note: … and [\d,]+ more notes \(all are in the draft's header\)$", err)
    written = next(p for p in briefings.rglob("*.toml") if p.name != "themes.toml")
    header = written.read_text(encoding="utf-8")
    assert header.count("no speaker found") == 120


def test_import_help_says_where_the_source_is_archived_and_it_goes_there(
    briefings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["import", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "archived in the briefings folder's sources/ folder" in said
    assert "also when the draft goes into an organisation's folder such as ckm/" in said
    assert "beside the new file" not in said
    # And so it does: a draft in ckm/ has its source in the briefings folder's sources/.
    source = FIXTURES / "nl-geen-citaten.txt"
    draft = briefings / "ckm" / "nieuw.toml"
    args = ["--organisation", "CKM", "--briefings", str(briefings)]
    assert cli.main(["import", str(source), "-o", str(draft), *args]) == 0
    assert (briefings / "sources" / source.name).read_bytes() == source.read_bytes()
    assert not (briefings / "ckm" / "sources").exists()
