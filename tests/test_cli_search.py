"""``mhbrief index``, ``search`` and ``show`` as a user runs them."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mhbrief import cli
from mhbrief.cli import search as cli_search
from mhbrief.engine import store

FIXTURES = Path(__file__).parent / "fixtures" / "search"
REPO_BRIEFINGS = Path(__file__).resolve().parents[1] / "briefings"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "briefings")
    return tmp_path / "briefings"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_index_prints_a_summary(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "index", "--briefings", str(folder))
    assert code == 0
    assert "15 documents added, 0 updated, 0 removed; 0 errors" in out
    code, out, _ = run(capsys, "index", "--briefings", str(folder))
    assert "0 documents added, 0 updated, 0 removed" in out
    code, out, _ = run(capsys, "index", "--briefings", str(folder), "--rebuild")
    assert "index rebuilt: 15 documents added, 0 updated, 0 removed" in out  # not 15 updated
    code, out, _ = run(capsys, "index", "--briefings", str(folder), "--rebuild", "--json")
    data = json.loads(out)
    assert (data["added"] + data["updated"], data["rebuilt"], data["stale"]) == (15, True, False)


def test_index_reports_problems(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    (folder / "bad.toml").write_text("format = 1\nkind = [", encoding="utf-8")
    code, out, err = run(capsys, "index", "--briefings", str(folder))
    assert code == 0
    assert "bad.toml" in err and "error" in err
    assert "1 error" in out


def test_search_prints_results_for_people(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, err = run(capsys, "search", "--briefings", str(folder), "financiele", "middelen")
    assert code == 0
    assert "centrum-2018/geld  point · critical · Centrum tegen Uitbuiting · 2018-11-13" in out
    # Piped (as capsys is): the text as it is, without markers inside the quoted words.
    assert "\n    Er is geen financiële zekerheid: het plan noemt geen extra middelen.\n" in out
    assert "*" not in out
    assert "1 result" in out
    assert err == ""


def test_search_json_shape(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    code, out, _ = run(
        capsys,
        "search",
        "--briefings",
        str(folder),
        "--index",
        str(tmp_path / "shared-index"),
        "--json",
        "--limit",
        "1",
        "slachtoffers",
    )
    assert code == 0
    data = json.loads(out)
    assert data["query"] == "slachtoffers"
    assert data["total"] == 3
    assert (data["suggestion"], data["stale"], data["fallback"]) == (None, False, False)
    assert len(data["results"]) == 1
    result = data["results"][0]
    for key in ("id", "kind", "score", "briefing", "title", "speaker", "role", "organisation"):
        assert key in result
    assert result["date"] in {"2018-11-12", "2018-11-13"}
    assert all(isinstance(s["match"], bool) for frag in result["highlights"] for s in frag["spans"])
    assert set(data["facets"]) == {"theme", "speaker", "organisation", "kind"}
    assert (tmp_path / "shared-index").is_dir()


def test_search_finds_nothing_exits_one_with_suggestion(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    # As grep: 1 says "nothing found", so a script can tell it from found (0) and errors (2).
    code, out, _ = run(capsys, "search", "--briefings", str(folder), "mensenhndel")
    assert code == 1
    assert "no results" in out
    assert "did you mean: mensenhandel" in out
    code, out, _ = run(capsys, "search", "--briefings", str(folder), "--json", "mensenhndel")
    assert code == 1
    assert json.loads(out)["suggestion"] == "mensenhandel"


def test_search_exit_codes_are_documented_in_its_help(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["search", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "0 when something was found, 1 when nothing was (as grep), 2 on an error" in out
    # The date range as the README writes it, not Whoosh's own form.
    assert "date:2018..2020" in out and " TO " not in out


def test_search_errors_exit_two(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, _, err = run(capsys, "search", "--briefings", str(folder), "--limit", "0", "klant")
    assert code == 2 and "--limit must be at least 1" in err
    code, _, err = run(capsys, "search", "--briefings", str(folder), "--saved", "nergens")
    assert code == 2 and "no saved search called 'nergens'" in err


def test_malformed_query_says_so(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, err = run(capsys, "search", "--briefings", str(folder), "--json", '"klant')
    assert code == 0
    assert json.loads(out)["fallback"] is True
    assert "plain words" in err
    assert json.loads(out)["syntax"] == 'a " is not closed'


@pytest.mark.parametrize(
    ("query", "said"),
    [
        (
            "date:2018-13",
            "date:2018-13 is not a date; use date:2018, date:2018-11, date:2018-11-13",
        ),
        ("date:2018-02-30 klant", "date:2018-02-30 is not a date"),
        ("datum:2018 klant", "datum: is not a filter; filters: theme:, speaker:"),
        ("klant AND", "AND, OR and NOT need words on both sides"),
    ],
)
def test_a_query_read_as_plain_words_says_what_could_not_be_read(
    capsys: pytest.CaptureFixture[str], folder: Path, query: str, said: str
) -> None:
    code, out, err = run(capsys, "search", "--briefings", str(folder), query)
    assert code == (0 if "klant" in query else 1)  # read as plain words: no error (2)
    assert f"mhbrief: {said}" in err and "searched the plain words" in err
    assert "could not read the query syntax" not in err
    code, out, _ = run(capsys, "search", "--briefings", str(folder), "--json", query)
    assert said in json.loads(out)["syntax"]


def test_a_search_among_draft_briefings_keeps_stderr_clear_and_validate_notes_them(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    for path in folder.rglob("*.toml"):
        text = path.read_text(encoding="utf-8")
        if 'kind = "briefing"' in text:
            path.write_text(text.replace('kind = "briefing"', 'kind = "briefing"\ndraft = true'))
    for _ in range(2):  # the first search builds the index, the second reads it
        code, out, err = run(capsys, "search", "--briefings", str(folder), "klant")
        assert code == 0 and "[draft]" in out  # each draft result says so, on its row
        assert err == ""
    code, out, err = run(capsys, "validate", "--briefings", str(folder))
    assert "note: draft: not reviewed yet" in out + err
    drafts = out.count("note: draft")
    code, out, err = run(capsys, "index", "--briefings", str(folder))
    assert code == 0 and "note: draft" not in err  # counted once, not repeated each run
    assert err.splitlines() == [
        f"mhbrief: {drafts} notes (drafts not reviewed yet) not listed here; "
        f"mhbrief validate --briefings {folder} lists them"
    ]


def test_search_finding_nothing_offers_a_prefix_only_when_it_finds_something(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    code, out, _ = run(capsys, "search", "--briefings", str(folder), "platformenzzz")
    assert code == 1
    assert "try a prefix: platformen*" in out
    code, out, _ = run(capsys, "search", "--briefings", str(folder), "platformen*")
    assert code == 0  # the prefix offered does find
    code, out, _ = run(capsys, "search", "--briefings", str(folder), "zzzqqqxx")
    assert code == 1
    assert "prefix" not in out  # zzzqq* finds nothing either


def test_quoted_filter_value_searches_its_words_and_says_so(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    code, out, err = run(
        capsys, "search", "--briefings", str(folder), 'theme:"financiele middelen"'
    )
    assert code == 0
    assert "centrum-2018/geld" in out
    assert "plain words" in err
    code, out, err = run(capsys, "search", "--briefings", str(folder), 'section:"x y"')
    assert code == 1
    assert "no results" in out and "plain words" in err


HOLD_LOCK = """
import sys
from whoosh.util.filelock import FileLock
lock = FileLock(sys.argv[1])
assert lock.acquire()
print("locked", flush=True)
sys.stdin.read()
"""


def test_search_while_another_process_updates_the_index(
    capsys: pytest.CaptureFixture[str], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "index", "--briefings", str(folder))[0] == 0
    lock_path = store.store_dir(cli_search.Library(folder).index_dir) / store.LOCK_NAME
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        (folder / "briefings" / "network-2020.toml").unlink()  # something to update
        code, out, err = run(capsys, "search", "--briefings", str(folder), "--json", "funding")
        assert code == 0
        data = json.loads(out)
        assert data["stale"] is True
        assert [r["id"] for r in data["results"]] == ["network-2020/funding"]
        assert "stale" in err and "another mhbrief process" in err
        monkeypatch.setattr(cli_search, "INDEX_LOCK_TIMEOUT", 0.2)
        code, out, err = run(capsys, "index", "--briefings", str(folder))
        assert code == 1
        assert "the index was not updated: another mhbrief process" in err
        # It does not claim a sync, nor talk like a search.
        assert "index synced" not in out and "as it stands" not in err
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)


def test_show_a_quote_with_its_sections(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(capsys, "show", "--briefings", str(folder), "centrum-2018/gemeente")
    assert code == 0
    assert "Elke gemeente moet weten wie slachtoffers opvangt." in out
    assert "plan-veilig/actielijn-1  Samenwerking met gemeenten" in out


def test_show_a_section_with_backlinks_and_stance(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    code, out, _ = run(
        capsys, "show", "--briefings", str(folder), "--json", "plan-veilig/actielijn-1"
    )
    assert code == 0
    data = json.loads(out)
    assert data["kind"] == "section"
    # The section's own title, without its number: the model's Section.title, not .heading.
    assert data["section_title"] == "Samenwerking met gemeenten"
    assert "heading" not in data
    links = {link["id"]: link["stance"] for link in data["backlinks"]}
    assert links == {
        "centrum-2018/gemeente": None,
        "centrum-2018/zorg": "positive",
        "centrum-2021/klanten": None,
    }
    code, out, _ = run(capsys, "show", "--briefings", str(folder), "plan-veilig/actielijn-1")
    assert "centrum-2018/zorg  [positive]" in out


def test_show_cite_prints_the_house_citation(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    code, out, _ = run(
        capsys, "show", "--briefings", str(folder), "centrum-2018/gemeente", "--cite"
    )
    assert code == 0
    assert out.strip() == (
        "“Elke gemeente moet weten wie slachtoffers opvangt.” — Anna de Vries, woordvoerder, "
        "Centrum tegen Uitbuiting, 13 november 2018 (Reactie op Veilig en samen)"
    )


def test_show_unknown_id_exits_1_with_did_you_mean(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    code, _, err = run(capsys, "show", "--briefings", str(folder), "centrum-2018/gemeent")
    assert code == 1
    assert "did you mean 'centrum-2018/gemeente'?" in err


def _has_ckm_briefing() -> bool:
    from mhbrief.loader import load_collection

    return REPO_BRIEFINGS.is_dir() and any(
        briefing.startswith("ckm") for briefing in load_collection(REPO_BRIEFINGS).briefings
    )


@pytest.mark.skipif(not _has_ckm_briefing(), reason="the CKM briefing is not in briefings/ yet")
@pytest.mark.parametrize(
    ("query", "quote"),
    [
        ("klanten minderjarigen", True),
        ("digitale handelswijze", True),
        ("digitale platformen", False),
        ("extra middelen", False),
    ],
)
def test_repository_briefings_find_the_ckm_statement(
    capsys: pytest.CaptureFixture[str], query: str, quote: bool
) -> None:
    code, out, _ = run(capsys, "search", "--briefings", str(REPO_BRIEFINGS), "--json", query)
    assert code == 0
    results = json.loads(out)["results"]
    ckm = [r for r in results if "ckm" in r["id"].split("/")[0]]
    assert ckm, f"no CKM result for {query!r}"
    if quote:
        # The spokesperson's own words come before a paraphrase of them.
        assert results[0]["kind"] == "quote", [r["id"] for r in results]


def test_show_an_item_whose_file_has_problems_uses_the_last_indexed_version(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    where = ("--briefings", str(folder), "--index", str(tmp_path / "idx"))
    run(capsys, "index", *where)
    path = folder / "briefings" / "centrum-2018.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\nbroken = [\n", encoding="utf-8")
    run(capsys, "index", *where)  # keeps the last good documents
    code, out, err = run(capsys, "show", *where, "centrum-2018/gemeente", "--cite")
    assert code == 0
    assert out.strip() == (
        "“Elke gemeente moet weten wie slachtoffers opvangt.” — Anna de Vries, woordvoerder, "
        "Centrum tegen Uitbuiting, 13 november 2018 (Reactie op Veilig en samen) "
        "[LET OP: uit de laatste goede versie van een bestand dat nu problemen heeft]"
    )
    assert "its file has problems (see mhbrief validate)" in err
    code, out, err = run(capsys, "show", *where, "centrum-2018/gemeente", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["from_problem_file"] is True
    assert data["speaker"] == "Anna de Vries"
    assert "its file has problems" in err


def test_show_an_id_neither_loaded_nor_from_a_problem_file_is_unknown(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    where = ("--briefings", str(folder), "--index", str(tmp_path / "idx"))
    run(capsys, "index", *where)
    path = folder / "briefings" / "centrum-2018.toml"
    path.unlink()  # gone, not failing: the index may lag, the answer may not
    code, _, err = run(capsys, "show", *where, "centrum-2018/gemeente", "--cite")
    assert code == 1
    assert "no item with id" in err


def test_show_an_id_of_a_file_broken_before_it_was_indexed_names_that_file(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    path = folder / "briefings" / "centrum-2018.toml"
    path.write_text(path.read_text(encoding="utf-8") + '\nbroken = "open\n', encoding="utf-8")
    where = ("--briefings", str(folder), "--index", str(tmp_path / "never-built"))
    code, _, err = run(capsys, "show", *where, "centrum-2018/gemeente", "--cite")
    assert code == 1
    assert "centrum-2018.toml does not load" in err and "mhbrief validate" in err


def test_show_never_offers_an_id_that_differs_only_in_its_number(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    """``actielijn-2.9`` is not a typo of ``actielijn-2.1``: that is another section."""
    code, _, err = run(capsys, "show", "--briefings", str(folder), "plan-veilig/actielijn-2.9")
    assert code == 1
    assert "no item with id 'plan-veilig/actielijn-2.9'" in err
    assert "did you mean" not in err


@pytest.mark.skipif(not _has_ckm_briefing(), reason="the CKM briefing is not in briefings/ yet")
@pytest.mark.parametrize("query", ["NGO's", "ngo’s", "ngo"])
def test_a_typed_apostrophe_finds_the_typographic_one(
    capsys: pytest.CaptureFixture[str], query: str
) -> None:
    code, out, _ = run(capsys, "search", "--briefings", str(REPO_BRIEFINGS), "--json", query)
    assert code == 0
    results = json.loads(out)["results"]
    assert "ckm-2018-11-13-mensenhandel-ambitie/ngo-betrokkenheid" in [r["id"] for r in results]
    marked = [s["text"] for r in results for f in r["highlights"] for s in f["spans"] if s["match"]]
    assert "NGO’s" in marked


ATTRIBUTION = Path(__file__).parent / "fixtures" / "attribution"


@pytest.fixture
def attribution(tmp_path: Path) -> Path:
    shutil.copytree(ATTRIBUTION, tmp_path / "attribution")
    return tmp_path / "attribution"


class Terminal(io.StringIO):
    """Standard output as a terminal."""

    def isatty(self) -> bool:
        return True


def test_a_result_shows_its_own_words_then_each_other_field_labelled(
    capsys: pytest.CaptureFixture[str], attribution: Path
) -> None:
    code, out, _ = run(capsys, "search", "--briefings", str(attribution), "innovatie")
    assert code == 0
    assert out == (
        "centrum-2018/taak-kamer  quote · Shamir Ceuleers (woordvoerder) · "
        "Centrum tegen Uitbuiting · 2018-11-13\n"
        "    Wij zien een belangrijke taak voor de Tweede Kamer om bij te sturen.\n"
        "    context: Te weinig innovatie\n"
        "\n"
        "1 result\n"
    )
    _, out, _ = run(capsys, "search", "--briefings", str(attribution), "financiering")
    assert "    theme: Financiering\n" in out


def _search_on(
    stdout: io.StringIO, monkeypatch: pytest.MonkeyPatch, folder: Path, *query: str
) -> str:
    monkeypatch.setattr(sys, "stdout", stdout)
    assert cli.main(["search", "--briefings", str(folder), *query]) == 0
    return stdout.getvalue()


def test_matches_are_bold_on_a_terminal_only_and_never_with_no_color(
    monkeypatch: pytest.MonkeyPatch, attribution: Path
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    # Wide enough that nothing wraps: only the marks differ (wrapping: test_cli_output).
    monkeypatch.setattr(shutil, "get_terminal_size", lambda *_: os.terminal_size((200, 24)))
    out = _search_on(Terminal(), monkeypatch, attribution, "tweede", "innovatie")
    assert "de \x1b[1mTweede\x1b[0m Kamer" in out
    assert "context:\x1b[0m Te weinig \x1b[1minnovatie\x1b[0m" in out
    piped = _search_on(io.StringIO(), monkeypatch, attribution, "tweede", "innovatie")
    assert "\x1b" not in piped and "*" not in piped
    assert "voor de Tweede Kamer om" in piped
    monkeypatch.setenv("NO_COLOR", "1")
    assert _search_on(Terminal(), monkeypatch, attribution, "tweede", "innovatie") == piped


def test_json_suggestion_is_the_whole_corrected_query(
    capsys: pytest.CaptureFixture[str], attribution: Path
) -> None:
    where = ("--briefings", str(attribution))
    _, out, _ = run(capsys, "search", *where, "--json", "theme:financieel")
    assert json.loads(out)["suggestion"] == "theme:financiering"
    _, out, _ = run(capsys, "search", *where, "speaker:ceulers")
    assert "no results\ndid you mean: speaker:ceuleers\n" in out


def _search_json(capsys: pytest.CaptureFixture[str], query: str) -> dict[str, Any]:
    code, out, _ = run(capsys, "search", "--briefings", str(REPO_BRIEFINGS), "--json", query)
    data: dict[str, Any] = json.loads(out)
    assert code == (0 if data["total"] else 1)
    return data


@pytest.mark.skipif(not _has_ckm_briefing(), reason="the CKM briefing is not in briefings/ yet")
def test_the_issue_10_searches_on_the_repository_briefings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # "innovatie" is a subheading: never shown as Ceuleers' words.
    for result in _search_json(capsys, "innovatie")["results"]:
        assert [h["field"] for h in result["highlights"]] == ["context"]
    # The theme's name finds every item that carries it, after what says "financiering".
    by_theme = {r["id"] for r in _search_json(capsys, "theme:financiering")["results"]}
    found = [r["id"] for r in _search_json(capsys, "financiering")["results"]]
    assert set(found) >= by_theme - {"ckm-2018-11-13-mensenhandel-ambitie"}
    assert found[0] == "samen-tegen-mensenhandel/financiering"
    assert _search_json(capsys, "theme:financieel")["suggestion"] == "theme:financiering"
    assert _search_json(capsys, "speaker:ceulers")["suggestion"] == "speaker:ceuleers"
    assert _search_json(capsys, "meisje")["suggestion"] is None
    short = _search_json(capsys, "section:actielijn-3")
    whole = _search_json(capsys, "section:samen-tegen-mensenhandel/actielijn-3")
    assert short["total"] == whole["total"] > 0


def _make_draft(folder: Path) -> None:
    path = folder / "briefings" / "centrum-2018.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('kind = "briefing"\n', 'kind = "briefing"\ndraft = true\n'))


def test_search_json_always_says_whether_a_result_is_a_draft(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    _make_draft(folder)
    code, out, _ = run(capsys, "search", "--briefings", str(folder), "--json", "gemeente")
    assert code == 0
    results = json.loads(out)["results"]
    assert all(isinstance(r["draft"], bool) for r in results)
    drafts = {r["id"] for r in results if r["draft"]}
    assert "centrum-2018/gemeente" in drafts
    assert all(ident.startswith("centrum-2018") for ident in drafts)
    code, out, _ = run(capsys, "search", "--briefings", str(folder), "gemeente")
    assert "[draft]" in out


def test_show_cite_of_a_draft_ends_with_its_flag(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    _make_draft(folder)
    code, out, _ = run(
        capsys, "show", "--briefings", str(folder), "centrum-2018/gemeente", "--cite"
    )
    assert code == 0
    assert out.strip().endswith("(Reactie op Veilig en samen) [LET OP: concept, niet nagekeken]")
    code, out, _ = run(capsys, "show", "--briefings", str(folder), "centrum-2018/gemeente")
    assert "draft: not reviewed yet" in out
    code, out, _ = run(capsys, "show", "--briefings", str(folder), "plan-veilig/actielijn-1")
    assert "[draft]" in out  # its backlink from the draft says so


def test_show_cite_of_a_section_says_whose_words_and_where_from(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    code, out, _ = run(
        capsys, "show", "--briefings", str(folder), "plan-veilig/actielijn-1", "--cite"
    )
    assert code == 0
    assert out.strip() == (
        "Samenvatting door de redactie, niet de tekst van het plan: Alle gemeenten krijgen een "
        "vaste aanpak en betere zorgcoördinatie voor slachtoffers. — § 1 Samenwerking met "
        "gemeenten, Veilig en samen, Ministerie van Justitie, 12 november 2018"
    )
    code, out, _ = run(capsys, "show", "--briefings", str(folder), "plan-veilig", "--cite")
    assert code == 0  # the plan itself, as the app's c copies it on the plan's page
    assert out.strip() == "Veilig en samen, Ministerie van Justitie, 12 november 2018"


def test_show_cite_of_a_section_whose_plan_has_problems_uses_the_index(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    where = ("--briefings", str(folder), "--index", str(tmp_path / "idx"))
    run(capsys, "index", *where)
    path = folder / "plans" / "plan-veilig.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\nbroken = [\n", encoding="utf-8")
    code, out, _ = run(capsys, "show", *where, "plan-veilig/actielijn-1", "--cite")
    assert code == 0
    assert out.startswith("Samenvatting door de redactie, niet de tekst van het plan: Alle")
    assert "— § 1 Samenwerking met gemeenten, Veilig en samen, Ministerie van Justitie" in out
    assert out.strip().endswith("dat nu problemen heeft]")


def test_search_names_a_file_with_errors_that_no_search_can_find(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    broken = folder / "briefings" / "centrum-2018.toml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace(
            "published = 2018-11-13", "published = 2018-11-31"
        ),
        encoding="utf-8",
    )
    index = str(tmp_path / "fresh-index")
    code, out, err = run(capsys, "search", "--briefings", str(folder), "--index", index, "klant")
    assert code == 0
    assert (
        "mhbrief: 1 file left out of every search, it has errors and none of its items is "
        "indexed: "
        "briefings/centrum-2018.toml; mhbrief validate says what to fix"
    ) in err
    code, out, err = run(
        capsys, "search", "--briefings", str(folder), "--index", index, "--json", "klant"
    )
    assert json.loads(out)["left_out"] == ["briefings/centrum-2018.toml"]


def test_a_file_given_an_id_another_file_keeps_is_named_while_its_items_are_gone(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    # Its items were dropped from the index (they would be found under the other file's
    # id): a search for them said only "no results", as if nothing had been said.
    where = ("--briefings", str(folder), "--index", str(tmp_path / "index"))
    code, out, _ = run(capsys, "search", *where, "customers")
    assert code == 0 and "network-2020/" in out
    path = folder / "briefings" / "network-2020.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('id = "network-2020"', 'id = "centrum-2021"', 1), "utf-8")
    for _ in range(2):  # after the load, then from the stored facts
        code, out, err = run(capsys, "search", *where, "customers")
        assert "network-2020/" not in out
        assert (
            "1 file left out of every search, it has errors and none of its items is "
            "indexed: briefings/network-2020.toml"
        ) in err
        code, out, _ = run(capsys, "search", *where, "--json", "customers")
        assert json.loads(out)["left_out"] == ["briefings/network-2020.toml"]
    path.write_text(text, "utf-8")  # its own id again: found again, nothing left out
    code, out, err = run(capsys, "search", *where, "customers")
    assert "network-2020/" in out and "left out" not in err


def _superseded_with_a_source(folder: Path) -> None:
    """centrum-2018: superseded by centrum-2021, its source holding the first quote only."""
    path = folder / "briefings" / "centrum-2018.toml"
    text = path.read_text(encoding="utf-8").replace(
        'responds_to = ["plan-veilig"]\n',
        'responds_to = ["plan-veilig"]\nstatus = "superseded"\nsuperseded_by = "centrum-2021"\n'
        'source_text = "centrum-2018.txt"\n',
    )
    path.write_text(text, encoding="utf-8")
    (folder / "briefings" / "centrum-2018.txt").write_text(
        "Anna de Vries: “Elke gemeente moet weten wie slachtoffers opvangt.”\n", encoding="utf-8"
    )


def test_search_json_says_whether_a_quote_is_verbatim_and_keeps_kind(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    _superseded_with_a_source(folder)
    results = {}
    for query in ("Anna de Vries", "financiële zekerheid"):
        code, out, _ = run(capsys, "search", "--briefings", str(folder), "--json", query)
        assert code == 0
        results.update({r["id"]: r for r in json.loads(out)["results"]})
    assert results["centrum-2018/gemeente"]["verbatim"] is True
    assert results["centrum-2018/klant"]["verbatim"] is False
    assert results["centrum-2018/geld"]["kind"] == "point"
    assert results["centrum-2018/geld"]["verbatim"] is None  # not a quote


def test_show_cite_of_a_point_says_it_is_a_summary_not_a_quote(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    code, out, _ = run(capsys, "show", "--briefings", str(folder), "centrum-2018/geld", "--cite")
    assert code == 0
    assert out.startswith("Samenvatting door de redactie, geen citaat: Er is geen financiële")
    assert "“" not in out


def test_the_last_indexed_citation_keeps_not_verbatim_and_the_successor(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    where = ("--briefings", str(folder), "--index", str(tmp_path / "idx"))
    _superseded_with_a_source(folder)
    code, loaded, _ = run(capsys, "show", *where, "centrum-2018/klant", "--cite")
    run(capsys, "index", *where)
    path = folder / "briefings" / "centrum-2018.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("published = 2018-11-13", "published = 2018-13-13"), "utf-8")
    code, out, err = run(capsys, "show", *where, "centrum-2018/klant", "--cite")
    assert code == 0
    assert "showing the last indexed version" in err
    problem = " [LET OP: uit de laatste goede versie van een bestand dat nu problemen heeft]"
    assert out.strip() == loaded.strip().replace(
        " [LET OP: niet woordelijk gevonden in de bron]",
        " [LET OP: niet woordelijk gevonden in de bron]" + problem,
    )
    assert "[LET OP: vervangen door centrum-2021]" in out
    # Its source is read through the briefing, which does not load: said, not faked.
    code, out, err = run(capsys, "show", *where, "centrum-2018/klant", "--source")
    assert code == 1 and not out
    assert "cannot be shown while its file has problems" in err
    code, out, _ = run(capsys, "search", *where, "--json", "klant minderjarigen")
    hit = next(r for r in json.loads(out)["results"] if r["id"] == "centrum-2018/klant")
    assert hit["verbatim"] is False and hit["from_problem_file"] is True


def test_a_pasted_paragraph_finds_the_passage_it_came_from(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    pasted = (
        "Volgens de woordvoerder moet elke gemeente in Nederland weten wie de slachtoffers "
        "opvangt, en dat is nu niet zo."
    )
    code, out, err = run(capsys, "search", "--briefings", str(folder), "--json", pasted)
    assert code == 0 and "plain words" not in err
    data = json.loads(out)
    assert data["fallback"] is False
    assert data["results"][0]["id"] == "centrum-2018/gemeente"
    # A question of a few words still wants every word.
    code, out, _ = run(capsys, "search", "--briefings", str(folder), "--json", "gemeente geld")
    assert json.loads(out)["total"] == 0


@pytest.mark.parametrize(
    ("argv", "usage"),
    [
        (["search", "--bogus", "x"], "usage: mhbrief search "),
        (["sheet", "show", "--bogus", "x"], "usage: mhbrief sheet show "),
        (["--bogus"], "usage: mhbrief [-h]"),
    ],
)
def test_an_unknown_option_is_told_with_the_usage_of_its_command(
    capsys: pytest.CaptureFixture[str], argv: list[str], usage: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(usage), err
    assert "unrecognized arguments: --bogus" in err


def test_search_help_names_every_filter_the_readme_lists(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``added:`` was in the README's query table but not in ``search --help``."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = [line for line in readme.splitlines() if line.startswith("| `")]
    listed = {m for line in table for m in re.findall(r"`([a-z]+):", line.split(" | ")[0])}
    assert {"theme", "added", "date", "section"} <= listed  # the table was read
    with pytest.raises(SystemExit):
        cli.main(["search", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert not [f for f in sorted(listed) if f"{f}:" not in shown], shown
