"""Hostile text that is not an escape sequence: invisible format characters inside
words, ids that look like other ids, and escape sequences typed into a query."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mhbrief import cli
from mhbrief.citation import cite, cite_hit
from mhbrief.library import Library
from mhbrief.loader import load_collection
from mhbrief.model import Point
from mhbrief.sanitize import escape_hidden

FIXTURES = Path(__file__).parent / "fixtures" / "search"
INVISIBLE = [
    "\u00ad", "\u061c", "\u180e", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f",
    "\u2060", "\u2061", "\u2062", "\u2063", "\u2064", "\ufeff",
]  # fmt: skip


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "briefings")
    return tmp_path / "briefings"


def network(folder: Path) -> Path:
    return folder / "briefings" / "network-2020.toml"


def hide(folder: Path, char: str) -> bytes:
    """Put ``char`` inside the word 'Funding' of the point 'funding'; returns the bytes."""
    path = network(folder)
    text = path.read_text(encoding="utf-8").replace("Funding for", f"Fun{char}ding for")
    path.write_text(text, encoding="utf-8")
    return path.read_bytes()


@pytest.mark.parametrize("char", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_an_invisible_character_inside_a_word_hides_it_from_nothing(
    folder: Path, tmp_path: Path, char: str
) -> None:
    before = hide(folder, char)
    with Library(folder, tmp_path / "index") as library:
        library.sync()
        hits = library.search("funding").hits
        assert [hit.id for hit in hits] == ["network-2020/funding"]
        assert char not in hits[0].text
        # The query may hold one too (pasted from a web page).
        assert [h.id for h in library.search(f"fun{char}ding").hits] == ["network-2020/funding"]
        assert char not in cite_hit(hits[0])
    collection = load_collection(folder)
    point = collection.get("network-2020/funding")
    assert isinstance(point, Point)
    assert char not in cite(point, collection.briefing_of(point))
    assert network(folder).read_bytes() == before  # the file stays as it is


def test_validate_warns_where_invisible_characters_are(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    hide(folder, "\u200b")
    code = cli.main(["validate", "--briefings", str(folder)])
    out, err = capsys.readouterr()
    assert code == 0  # a warning: the briefing loads
    line = next(
        n
        for n, text in enumerate(network(folder).read_text().splitlines(), start=1)
        if "Fun\u200bding" in text
    )
    assert (
        f"network-2020.toml:{line}:1: warning: 'text' contains invisible characters (U+200B); "
        "they are ignored in search and citations; delete them from the file"
    ) in out + err


def test_validate_warns_where_control_sequences_were_removed_from_a_quote(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    # Written as TOML escapes, so the file parses: the sequences reach the value.
    path = network(folder)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("Funding for", "Fun\\u001b]52;c;aGk=\\u0007ding \\u001b[31mfor"),
        encoding="utf-8",
    )
    code = cli.main(["validate", "--briefings", str(folder)])
    out = capsys.readouterr().out
    assert code == 0  # a warning: the briefing loads, shown without them
    line = next(
        n for n, text in enumerate(path.read_text().splitlines(), start=1) if "Fun\\u001b" in text
    )
    assert (
        f"network-2020.toml:{line}:1: warning: 'text' contains terminal control sequences "
        "(ESC]52;c;a…, ESC[31m); they are not shown, searched or copied (nor is the text "
        "inside an ESC ] sequence); delete them from the file"
    ) in out
    assert "\x1b" not in out
    assert out.endswith("0 errors, 1 warning\n")


@pytest.mark.parametrize("char", ["\u202e", "\u200b", "\u2066"])
def test_an_id_with_a_hidden_character_is_shown_escaped(folder: Path, char: str) -> None:
    path = network(folder)
    path.write_text(
        path.read_text(encoding="utf-8").replace('id = "funding"', f'id = "fun{char}ding"'),
        encoding="utf-8",
    )
    messages = [p.message for p in load_collection(folder).problems if p.path == path]
    assert any(f"'fun{escape_hidden(char)}ding'" in m for m in messages), messages
    assert all("'funding'" not in m for m in messages)
    assert escape_hidden(char) == f"\\u{ord(char):04x}"


HOSTILE_QUERY = "\x1b]52;c;aGFjaw==\x07 fundng \x1b[2J\x9b31m"


def test_a_query_with_escape_sequences_is_never_echoed_raw(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    code = cli.main(["search", "--briefings", str(folder), HOSTILE_QUERY])
    out, err = capsys.readouterr()
    assert code == 1  # nothing found
    assert "did you mean: funding" in out
    for stream in (out, err):
        assert "\x1b" not in stream and "\x07" not in stream and "\x9b" not in stream
    cli.main(["search", "--json", "--briefings", str(folder), HOSTILE_QUERY])
    out, _ = capsys.readouterr()
    assert "\\u001b" not in out and "\x1b" not in out and "\\u0007" not in out


def test_the_library_cleans_a_query_for_every_front_end(folder: Path, tmp_path: Path) -> None:
    with Library(folder, tmp_path / "index") as library:
        library.sync()
        response = library.search(HOSTILE_QUERY)
    assert response.suggestion is not None
    assert "\x1b" not in response.suggestion and "\x1b" not in response.query


def test_show_escapes_a_hidden_character_in_an_unknown_id(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    code = cli.main(["show", "--briefings", str(folder), "network-2020/fun\u202eding"])
    _, err = capsys.readouterr()
    assert code == 1
    assert "'network-2020/fun\\u202eding'" in err


def test_folders_typed_on_the_command_line_are_never_echoed_raw(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    code = cli.main(["search", "--briefings", str(tmp_path / "no\x1b]52;c;QQ==\x07pe"), "x"])
    _, err = capsys.readouterr()
    assert code == 2 and "\x1b" not in err and "\x07" not in err and "does not exist" in err
    shared = tmp_path / "sh\x1b[2Jared"
    assert cli.main(["index", "--briefings", str(folder), "--index", str(shared)]) == 0
    shared.chmod(0o777)
    capsys.readouterr()
    code = cli.main(["search", "--briefings", str(folder), "--index", str(shared), "funding"])
    _, err = capsys.readouterr()
    assert code == 2 and "refusing the index" in err and "\x1b" not in err  # an error
