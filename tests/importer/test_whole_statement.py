"""Import reads the whole statement: links from the lead, press-office lines and site
names left out, and a statement imported before refused (CLI, ``-o -``, the app)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shared import CKM_SOURCE_PATH, REPO

from mhbrief import cli
from mhbrief.importer import DuplicateSourceError, import_source
from mhbrief.loader import load_collection

PLAN_TITLE = "Samen tegen mensenhandel"


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def repo_briefings(tmp_path: Path) -> Path:
    """The bundled briefings (with the CKM briefing and its archived source), copied."""
    return Path(shutil.copytree(REPO / "briefings", tmp_path / "briefings"))


def test_plan_named_in_the_lead_is_linked_and_its_address_is_not_the_url(
    repo_briefings: Path,
) -> None:
    collection = load_collection(repo_briefings)
    plan_id = next(p.id for p in collection.plans.values() if p.title == PLAN_TITLE)
    text = (
        "Reactie op het plan\n\n13 maart 2024\n\n"
        f"De stichting reageert op het programma {PLAN_TITLE}, te lezen op "
        "https://www.example.org/plan.pdf. Het plan is te vaag.\n\n"
        "Tweede alinea zonder link of plan, over iets anders dan het programma.\n\n"
        "Derde alinea, ook zonder verwijzing, over de opvang van slachtoffers."
    )
    draft = import_source(text, collection=collection)
    assert "url" not in draft.data  # the plan's document, not where this was published
    assert any("https://www.example.org/plan.pdf" in w for w in draft.warnings)
    assert draft.data["responds_to"] == [plan_id]


def test_press_office_lines_are_left_out_and_listed() -> None:
    text = (
        "Nieuwe opvang geopend\n\n4 april 2024\n\n"
        "De stichting opent vandaag een nieuwe opvang voor slachtoffers in Utrecht.\n\n"
        "Noot voor de redactie (niet voor publicatie): bel Anna de Vries via 06-12345678.\n"
        "© 2021 Stichting Vrij · Privacyverklaring · Cookies\n"
        "Steun ons werk: doneer nu\n\n"
        "Notes to editors\n\n"
        "1. The foundation was set up in 1999 and works in twelve cities.\n\n"
        "For press enquiries: press@example.org, +44 20 7946 0000\n"
        "Donate\n"
    )
    draft = import_source(text)
    kept = [draft.summary or "", *(p.text for p in draft.points)]
    assert kept == ["De stichting opent vandaag een nieuwe opvang voor slachtoffers in Utrecht."]
    assert len(draft.dropped) == 7
    note = next(w for w in draft.warnings if w.startswith("left out 7 line(s)"))
    assert "Noot voor de redactie" in note and "For press enquiries" in note


def test_a_paragraph_opening_like_a_contact_line_stays() -> None:
    sentence = (
        "Voor meer informatie over de pers en de rol van media bij mensenhandel verwijst de "
        "stichting naar haar jaarverslag, dat volgende maand verschijnt en ook de cijfers van "
        "vorig jaar bevat."
    )
    draft = import_source(f"Kop van het bericht\n\n{sentence}")
    assert draft.summary == sentence
    assert draft.dropped == ()


@pytest.mark.parametrize(
    ("site", "headline"),
    [
        ("NOS Nieuws", "Politie rolt netwerk op in vier steden"),
        ("Stichting Vrij Werk | Nieuws", "Meer meldingen van uitbuiting in de bouw"),
        ("Dagblad van het Oosten", "Loverboys werven via gameplatforms"),
    ],
)
def test_a_site_name_on_the_first_line_is_not_the_title(site: str, headline: str) -> None:
    text = f"{site}\n\n{headline}\n\n3 maart 2024\n\nDe eerste alinea van het bericht, met tekst."
    draft = import_source(text)
    assert draft.data["title"] == headline
    assert any(site in warning and "site's name" in warning for warning in draft.warnings)


def test_a_short_headline_with_a_subtitle_stays_the_title() -> None:
    text = (
        "“Wij waren hun eigendom”\n\nSlachtoffers vertellen hun verhaal\n\n3 maart 2024\n\nTekst."
    )
    assert import_source(text).data["title"] == "“Wij waren hun eigendom”"


def test_the_same_statement_is_not_imported_twice(repo_briefings: Path) -> None:
    collection = load_collection(repo_briefings)
    # Another name, a BOM and Windows line endings: the same statement.
    raw = b"\xef\xbb\xbf" + CKM_SOURCE_PATH.read_bytes().replace(b"\n", b"\r\n")
    with pytest.raises(DuplicateSourceError) as refused:
        import_source(raw, collection=collection)
    message = str(refused.value)
    assert "ckm-2018-11-13-mensenhandel-ambitie" in message
    assert "2018-11-13-mensenhandel-ambitie.toml" in message
    # One changed word is another statement.
    changed = CKM_SOURCE_PATH.read_bytes().replace(b"Kabinet", b"kabinet", 1)
    assert import_source(changed, collection=collection).quotes


@pytest.mark.parametrize("output", [None, "-"])
def test_the_cli_refuses_a_second_import_and_writes_nothing(
    repo_briefings: Path,
    tmp_path: Path,
    output: str | None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    renamed = tmp_path / "persbericht-kopie.txt"
    renamed.write_bytes(CKM_SOURCE_PATH.read_bytes().replace(b"\n", b"\r\n"))
    before = tree(repo_briefings)
    args = ["import", str(renamed), "--briefings", str(repo_briefings)]
    assert cli.main([*args, "-o", output] if output else args) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "briefing 'ckm-2018-11-13-mensenhandel-ambitie'" in err
    assert "ckm/2018-11-13-mensenhandel-ambitie.toml" in err
    assert "nothing was written" in err
    assert tree(repo_briefings) == before


def test_a_draft_that_does_not_load_still_counts(tmp_path: Path) -> None:
    folder = tmp_path / "briefings"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "a.txt").write_bytes(b"Kop\n\nEen verklaring van de stichting.\n")
    (folder / "drafts").mkdir()
    (folder / "drafts" / "a.toml").write_text(
        'format = 1\nkind = "briefing"\nid = "concept-a"\n'
        'published = "TODO: publication date"\nsource_text = "sources/a.txt"\n',
        encoding="utf-8",
    )  # moved into drafts/ after the import: its source_text now resolves from the top
    with pytest.raises(DuplicateSourceError, match="concept-a"):
        import_source(
            b"Kop\r\n\r\nEen verklaring van de stichting.", collection=load_collection(folder)
        )
