"""``mhbrief speakers``, ``related`` and ``show --source`` as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from shared import count_parses

from mhbrief import cli

FIXTURES = Path(__file__).parent / "fixtures" / "browse"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "briefings")
    return tmp_path / "briefings"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def index_args(folder: Path) -> list[str]:
    return ["--briefings", str(folder), "--index", str(folder.parent / "index")]


# --- speakers --------------------------------------------------------------------


def test_speakers_json(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "speakers", "--briefings", str(folder), "--json")
    assert code == 0
    data = json.loads(out)
    assert [s["name"] for s in data] == ["Anna de Vries", "Piet Bakker"]
    assert data[0] == {
        "name": "Anna de Vries",
        "organisations": ["Centrum tegen Uitbuiting"],
        "roles": [
            {"role": "directeur", "first": "2023-06-01", "last": "2023-06-01"},
            {"role": "woordvoerder", "first": "2018-11-13", "last": "2018-11-13"},
        ],
        "count": 4,
        "themes": {"geld": 2, "zorg": 2, "digitaal": 1},
    }


def test_speakers_for_people(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "speakers", "--briefings", str(folder))
    assert code == 0
    assert "Anna de Vries  (4 quotes)" in out
    assert "    woordvoerder: 2018-11-13" in out
    assert "Piet Bakker  (1 quote)" in out


def test_speakers_answer_from_the_parse_cache(
    capsys: pytest.CaptureFixture[str], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 20k items parsing every file again took 5-7 s; ``search`` already used the cache."""
    assert run(capsys, *index_args(folder), "index")[0] == 0
    parsed = count_parses(monkeypatch)
    code, out, _ = run(capsys, *index_args(folder), "speakers")
    assert code == 0
    assert "Anna de Vries  (4 quotes)" in out
    assert parsed == []
    changed = folder / "network-2024.toml"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("Piet Bakker", "Piet Bakkers"),
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "speakers", *index_args(folder))  # --index after it too
    assert "Piet Bakkers  (1 quote)" in out
    assert parsed == [changed]  # only the changed file


# --- related ----------------------------------------------------------------------


def test_related_json_is_the_search_object(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    code, out, _ = run(capsys, "related", *index_args(folder), "centrum-2018/gemeente", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {
        "query",
        "total",
        "suggestion",
        "stale",
        "fallback",
        "syntax",
        "results",
        "facets",
        "left_out",
    }
    assert (data["query"], data["suggestion"], data["stale"]) == (
        "centrum-2018/gemeente",
        None,
        False,
    )
    assert data["results"][0]["id"] == "network-2024/opvang"
    assert all(result["highlights"] == [] for result in data["results"])
    assert all(result["briefing"] != "centrum-2018" for result in data["results"])


def test_related_limit_and_text(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(
        capsys, "related", *index_args(folder), "centrum-2018/gemeente", "--limit", "1"
    )
    assert code == 0
    assert out.startswith("network-2024/opvang  quote · Piet Bakker (voorzitter)")
    assert "Elke gemeente moet slachtoffers opvangen" in out
    assert "1 of 2 related items" in out


@pytest.mark.parametrize("item_id", ["centrum-2018", "plan-veilig/actielijn-1", "plan-veilig"])
def test_related_refuses_sections_and_briefings(
    capsys: pytest.CaptureFixture[str], folder: Path, item_id: str
) -> None:
    code, _, err = run(capsys, "related", *index_args(folder), item_id)
    assert code == 2
    assert "related works for quotes and points" in err


def test_related_unknown_id(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, err = run(capsys, "related", *index_args(folder), "centrum-2018/gemeent")
    assert (code, out) == (1, "")
    assert "no item with id 'centrum-2018/gemeent' (did you mean 'centrum-2018/gemeente'?)" in err


def test_related_bad_limit(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, _, err = run(
        capsys, "related", *index_args(folder), "centrum-2018/gemeente", "--limit", "0"
    )
    assert code == 2 and "--limit" in err


# --- show --source ----------------------------------------------------------------


def test_show_source_marks_the_quote_in_its_paragraph(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    code, out, err = run(
        capsys, "show", "--briefings", str(folder), "centrum-2018/gemeente", "--source"
    )
    assert (code, err) == (0, "")
    assert out == (
        "Het Centrum tegen Uitbuiting reageert vandaag op het plan Veilig en samen.\n\n"
        "Woordvoerder Anna de Vries: “*Elke gemeente   moet weten wie\n"
        "slachtoffers opvangt.*” Dat is nu niet zo.\n\n"
        "Vraagkant\n"
        "Anna de Vries: ‘De klant van minderjarigen blijft buiten beeld, terwijl mensenhandel "
        "online groeit.’\n"
    )


def test_show_source_not_verbatim(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, err = run(
        capsys, "show", "--briefings", str(folder), "centrum-2018/geld", "--source"
    )
    assert code == 0
    assert "not found verbatim in centrum-2018.txt; showing the closest passage" in err
    assert "*zonder extra middelen voor de opvang dit plan een belofte op papier* blijft." in out


def test_show_source_without_an_archived_source(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    code, out, err = run(
        capsys, "show", "--briefings", str(folder), "network-2024/opvang", "--source"
    )
    assert (code, out) == (1, "")
    assert "no archived source text" in err and "https://example.net/reactie" in err


def test_show_source_is_for_quotes(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, _, err = run(
        capsys, "show", "--briefings", str(folder), "centrum-2018/middelen", "--source"
    )
    assert code == 2 and "--source works for quotes; this is a point" in err


def test_show_source_never_reads_outside_the_folder(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    (folder.parent / "secret.txt").write_text("GEHEIM Elke gemeente", encoding="utf-8")
    toml = folder / "centrum-2018.toml"
    text = toml.read_text(encoding="utf-8").replace("sources/centrum-2018.txt", "../secret.txt")
    toml.write_text(text, encoding="utf-8")
    code, out, err = run(
        capsys, "show", "--briefings", str(folder), "centrum-2018/gemeente", "--source"
    )
    assert (code, out) == (1, "")
    assert "outside the briefings folder" in err and "GEHEIM" not in err


# --- hostile text -------------------------------------------------------------------

HOSTILE_QUOTE = """
[[quotes]]
id = "boos"
speaker = "[bold]Mallory\\u001b[31m[/bold]"
role = "a [/] b\\u001b]52;c;ZXZpbA==\\u0007"
text = "Elke gemeente moet [@click=app.quit]klik[/] weten \\u001b[2J wie slachtoffers opvangt."
themes = ["zorg"]
sections = ["plan-veilig/actielijn-1"]
"""


@pytest.fixture
def hostile(folder: Path) -> Path:
    network = folder / "network-2024.toml"
    network.write_text(network.read_text(encoding="utf-8") + HOSTILE_QUOTE, encoding="utf-8")
    source = folder / "sources" / "centrum-2018.txt"
    source.write_text(
        "\x1b]0;pwned\x07Kop [bold]\n\nWoordvoerder: “Elke gemeente moet weten wie "
        "slachtoffers opvangt.” \x1b[31m[/]\n",
        encoding="utf-8",
    )
    return folder


def test_hostile_text_is_printed_literally(
    capsys: pytest.CaptureFixture[str], hostile: Path
) -> None:
    outputs = []
    for argv in (
        ["speakers", "--briefings", str(hostile)],
        ["speakers", "--briefings", str(hostile), "--json"],
        ["related", *index_args(hostile), "centrum-2018/gemeente"],
        ["related", *index_args(hostile), "network-2024/boos", "--json"],
        ["show", "--briefings", str(hostile), "centrum-2018/gemeente", "--source"],
    ):
        code, out, err = run(capsys, *argv)
        assert code == 0, (argv, err)
        outputs.append(out + err)
    joined = "".join(outputs)
    assert "\x1b" not in joined and "\x07" not in joined
    assert "[bold]Mallory[/bold]" in outputs[0]
    assert "[@click=app.quit]klik[/]" in outputs[2]
    assert outputs[4].startswith("Kop [bold]\n\n")


# --- added: in mhbrief search -------------------------------------------------------


def test_search_added_uses_this_users_first_seen_dates(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    from datetime import date

    from mhbrief.loader import load_collection
    from mhbrief.state import StateStore
    from mhbrief.whatsnew import collection_ids

    ids = list(collection_ids(load_collection(folder)))
    store = StateStore(folder)
    store.note_first_seen([i for i in ids if i != "centrum-2023/opvang"], date(2026, 10, 1))
    store.note_first_seen(["centrum-2023/opvang"], date(2026, 11, 3))
    code, out, _ = run(capsys, "search", *index_args(folder), "added:2026-11", "--json")
    data = json.loads(out)
    assert code == 0 and data["query"] == "added:2026-11"
    assert [r["id"] for r in data["results"]] == ["centrum-2023/opvang"]
    code, out, _ = run(capsys, "search", *index_args(folder), "added:..2026-10", "opvang", "--json")
    found = [r["id"] for r in json.loads(out)["results"]]
    assert "network-2024/opvang" in found and "centrum-2023/opvang" not in found
    code, _, err = run(capsys, "search", *index_args(folder), "added:november")
    assert code == 2 and "added:november is not a date" in err
