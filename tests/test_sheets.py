"""Prep sheets: pinned items, changed/missing/superseded, notes and order, export."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from shared import WriteFile

from mhbrief.citation import cite_item
from mhbrief.loader import load_collection
from mhbrief.model import Collection, Quote
from mhbrief.sheet_export import export_markdown, export_text
from mhbrief.sheets import (
    EntryState,
    SheetError,
    Sheets,
    pin,
    review,
    state_label,
)
from mhbrief.state import StateError, StateStore

DAY = date(2026, 12, 1)
Q1 = "org-2018-stelling/q1"
P1 = "org-2018-stelling/p1"

EXPECTED_MD = """\
# Interview RTL

Voorbereiding, 1 december 2026

## 1. Citaat · Anna de Vries (woordvoerder) · Een stelling \\[oud\\]

**Notitie:** opening line

> Wij missen een digitale aanpak.

Bronvermelding: “Wij missen een digitale aanpak.” — Anna de Vries, woordvoerder, Centrum, \
13 november 2018 (Een stelling)

Planonderdelen:

- 1 Basisaanpak (Plan A)

## 2. Samenvatting · Centrum · Een stelling \\[oud\\]

> Er komt geen extra geld.

Bronvermelding: Samenvatting door de redactie, geen citaat: Er komt geen extra geld. — Centrum, \
13 november 2018 (Een stelling)

Standpunt: kritisch

Planonderdelen:

- Onderdeel (Plan A)
"""


@pytest.fixture
def sheets(good_folder: Path) -> Sheets:
    return Sheets(StateStore(good_folder))


def _built(sheets: Sheets, collection: Collection) -> None:
    sheets.add("Interview RTL", [pin(collection, P1, DAY), pin(collection, Q1, DAY)], DAY)
    sheets.move("interview rtl", Q1, -1)
    sheets.set_note("Interview RTL", Q1, "opening line")


def test_a_sheet_exports_text_citation_stance_sections_and_note(
    sheets: Sheets, good_folder: Path
) -> None:
    collection = load_collection(good_folder)
    _built(sheets, collection)
    sheet = Sheets(StateStore(good_folder)).get("Interview RTL")  # read back from disk
    assert sheet is not None
    assert export_markdown(sheet, collection, DAY) == EXPECTED_MD
    text = export_text(sheet, collection, DAY)
    assert text.startswith(
        "Interview RTL\n=============\nVoorbereiding, 1 december 2026\n\n"
        "1. Citaat · Anna de Vries (woordvoerder) · Een stelling [oud]\n"
    )
    assert (
        "   Notitie: opening line\n   Wij missen een digitale aanpak.\n   Bronvermelding: “Wij"
        in text
    )
    assert "   Standpunt: kritisch\n   Planonderdelen:\n   - Onderdeel (Plan A)" in text
    assert "Cite:" not in text and "Stance:" not in text


def test_the_citation_is_the_one_show_cite_prints(sheets: Sheets, good_folder: Path) -> None:
    collection = load_collection(good_folder)
    item = collection.get(Q1)
    assert isinstance(item, Quote)
    sheets.add("s", [pin(collection, Q1, DAY)], DAY)
    [entry] = review(sheets.get("s"), collection)  # type: ignore[arg-type]
    assert entry.citation == cite_item(collection, item) == entry.pin.citation


def test_a_changed_item_keeps_both_texts_and_a_removed_one_stays_pinned(
    sheets: Sheets, good_folder: Path, write: WriteFile
) -> None:
    from shared import BRIEFING

    collection = load_collection(good_folder)
    _built(sheets, collection)
    write("briefing.toml", BRIEFING.replace("digitale aanpak", "digitale strategie"))
    changed = load_collection(good_folder)
    sheet = sheets.get("Interview RTL")
    assert sheet is not None
    first, second = review(sheet, changed)
    assert first.state is EntryState.CHANGED
    assert first.text == "Wij missen een digitale strategie."
    assert first.pin.text == "Wij missen een digitale aanpak."
    assert second.state is EntryState.CURRENT
    markdown = export_markdown(sheet, changed, DAY)
    assert "**GEWIJZIGD sinds het op 2026-12-01 werd toegevoegd**" in markdown
    assert "> Wij missen een digitale strategie.\n" in markdown
    assert "Tekst toen het werd toegevoegd:\n\n> Wij missen een digitale aanpak.\n" in markdown

    (good_folder / "briefing.toml").unlink()
    gone = load_collection(good_folder)
    entries = review(sheets.get("Interview RTL"), gone)  # type: ignore[arg-type]
    assert [e.state for e in entries] == [EntryState.MISSING, EntryState.MISSING]
    assert entries[0].text == "Wij missen een digitale aanpak."
    assert entries[0].citation.startswith("“Wij missen een digitale aanpak.” — Anna de Vries")
    text = export_text(sheets.get("Interview RTL"), gone, DAY)  # type: ignore[arg-type]
    assert text.count("ONTBREEKT nu in de briefings") == 2
    assert "Notitie: opening line" in text
    assert len(sheets.get("Interview RTL").pins) == 2  # type: ignore[union-attr]


def test_a_superseded_item_is_flagged_with_its_successor(
    good_folder: Path, write: WriteFile
) -> None:
    from shared import BRIEFING

    write(
        "briefing.toml",
        BRIEFING.replace(
            'responds_to = ["plan-a"]',
            'responds_to = ["plan-a"]\nstatus = "superseded"\nsuperseded_by = "org-2020-nieuw"',
        ),
    )
    write(
        "nieuw.toml",
        """
        format = 1
        kind = "briefing"
        id = "org-2020-nieuw"
        title = "Nieuw"
        published = 2020-01-01
        organisation = "Centrum"
        source_type = "press-statement"
        """,
    )
    collection = load_collection(good_folder)
    assert not [p for p in collection.problems if p.is_error]
    sheets = Sheets(StateStore(good_folder))
    sheets.add("s", [pin(collection, Q1, DAY)], DAY)
    [entry] = review(sheets.get("s"), collection)  # type: ignore[arg-type]
    assert entry.superseded and entry.superseded_by == "org-2020-nieuw"
    markdown = export_markdown(sheets.get("s"), collection, DAY)  # type: ignore[arg-type]
    assert "**VERVANGEN door org-2020-nieuw**" in markdown
    assert "\\[LET OP: vervangen door org-2020-nieuw\\]" in markdown


def test_add_again_sets_the_note_and_unknown_ids_are_refused(
    sheets: Sheets, good_folder: Path
) -> None:
    collection = load_collection(good_folder)
    sheets.add("s", [pin(collection, Q1, DAY)], DAY, note="eerst")
    sheets.add("s", [pin(collection, P1, DAY), pin(collection, Q1, DAY)], DAY)
    sheet = sheets.add("s", [pin(collection, Q1, DAY)], DAY, note="als gevraagd naar geld")
    assert [(p.id, p.note) for p in sheet.pins] == [(Q1, "als gevraagd naar geld"), (P1, "")]
    with pytest.raises(SheetError, match="no quote or point with id 'org-2018-stelling/q9'"):
        pin(collection, "org-2018-stelling/q9", DAY)
    with pytest.raises(SheetError, match="not a quote or point"):
        pin(collection, "plan-a/actielijn-1", DAY)


def test_order_remove_rename_create_and_current(sheets: Sheets, good_folder: Path) -> None:
    collection = load_collection(good_folder)
    sheets.add("Een", [pin(collection, Q1, DAY), pin(collection, P1, DAY)], DAY)
    assert [p.id for p in sheets.move("Een", P1, -5).pins] == [P1, Q1]
    assert [p.id for p in sheets.move("Een", P1, 1).pins] == [Q1, P1]
    assert [p.id for p in sheets.remove("Een", Q1).pins] == [P1]
    with pytest.raises(SheetError, match="not on the sheet"):
        sheets.remove("Een", Q1)
    sheets.set_current("Een")
    sheets.rename("Een", "Twee")
    assert sheets.names() == ["Twee"]
    assert sheets.current() == "Twee"
    assert [p.id for p in sheets.get("twee").pins] == [P1]  # type: ignore[union-attr]
    sheets.create("Drie", DAY)
    with pytest.raises(SheetError, match="already"):
        sheets.create("drie", DAY)
    with pytest.raises(SheetError, match="already"):
        sheets.rename("Drie", "TWEE")
    with pytest.raises(SheetError, match="no sheet called 'Vier'"):
        sheets.remove("Vier", Q1)
    sheets.delete("Drie")
    assert sheets.names() == ["Twee"]


def test_a_damaged_sheet_is_reported_and_left_untouched(sheets: Sheets, good_folder: Path) -> None:
    collection = load_collection(good_folder)
    sheets.add("Goed", [pin(collection, Q1, DAY)], DAY)
    sheets.add("Kapot", [pin(collection, Q1, DAY)], DAY)
    path = sheets.store.path("sheets/kapot")
    damaged = path.read_text(encoding="utf-8").replace('kind = "quote"', "kind = quote")
    path.write_text(damaged, encoding="utf-8")

    fresh = Sheets(StateStore(good_folder))
    assert fresh.names() == ["Goed"]
    [problem] = fresh.problems
    assert problem.path == path and problem.line == 7
    with pytest.raises(SheetError, match=r"kapot\.toml:7:"):
        fresh.remove("Kapot", Q1)
    with pytest.raises(StateError, match="left untouched"):
        fresh.add("Kapot", [pin(collection, P1, DAY)], DAY)
    assert path.read_text(encoding="utf-8") == damaged
    fresh.add("Goed", [pin(collection, P1, DAY)], DAY)
    assert len(fresh.get("Goed").pins) == 2  # type: ignore[union-attr]


def test_hostile_text_stays_text_in_the_export(good_folder: Path, write: WriteFile) -> None:
    from shared import BRIEFING

    hostile = 'text = "Wij missen <script>alert(1)</script> een [/b] \\u001b[31maanpak."'
    write("briefing.toml", BRIEFING.replace('text = "Wij missen een digitale aanpak."', hostile))
    collection = load_collection(good_folder)
    sheets = Sheets(StateStore(good_folder))
    sheets.add("s\x1b[2J", [pin(collection, Q1, DAY)], DAY, note="<img src=x>")
    [name] = sheets.names()
    assert name == "s"
    markdown = export_markdown(sheets.get("s"), collection, DAY)  # type: ignore[arg-type]
    assert "<script>" not in markdown and "<img" not in markdown
    assert "&lt;script&gt;alert(1)&lt;/script&gt; een \\[/b\\] aanpak." in markdown
    assert "\x1b" not in markdown


def test_a_draft_item_is_flagged_on_the_sheet_and_in_its_citation(
    good_folder: Path, write: WriteFile
) -> None:
    from shared import BRIEFING

    write(
        "briefing.toml",
        BRIEFING.replace('kind = "briefing"\n', 'kind = "briefing"\ndraft = true\n'),
    )
    collection = load_collection(good_folder)
    sheets = Sheets(StateStore(good_folder))
    sheets.add("s", [pin(collection, Q1, DAY)], DAY)
    [entry] = review(sheets.get("s"), collection)  # type: ignore[arg-type]
    assert entry.draft
    markdown = export_markdown(sheets.get("s"), collection, DAY)  # type: ignore[arg-type]
    assert "CONCEPT: nog niet nagekeken" in markdown
    assert "(Een stelling) \\[LET OP: concept, niet nagekeken\\]" in markdown
    assert (
        "## 1. Citaat · Anna de Vries (woordvoerder) · Een stelling \\[oud\\] \\[concept\\]"
        in markdown
    )


def test_different_names_get_different_sheets_and_old_files_are_still_found(
    good_folder: Path,
) -> None:
    from mhbrief.sheets import slug

    collection = load_collection(good_folder)
    store = StateStore(good_folder)
    sheets = Sheets(store)
    long = "Voorbereiding op het interview met de omroep over mensenhandel, deel "
    cyrillic = ("Интервью", "Встреча")
    for name in (long + "A", long + "B", *cyrillic):
        sheets.create(name, DAY)
    sheets.add(long + "A", [pin(collection, Q1, DAY)], DAY)
    assert len(store.names("sheets")) == 4
    assert sheets.get(long + "B").pins == ()  # type: ignore[union-attr]
    assert [p.id for p in sheets.get(long + "A").pins] == [Q1]  # type: ignore[union-attr]
    assert sheets.get(cyrillic[0]).name == cyrillic[0]  # type: ignore[union-attr]
    assert sheets.get("ИНТЕРВЬЮ").name == cyrillic[0]  # type: ignore[union-attr]
    assert sheets.get("interview rtl") is None
    # A sheet written under the old scheme (the bare slug) is found by its name.
    store.save(f"sheets/{slug('Café Oost')}", {"name": "Café Oost", "created": DAY, "items": []})
    assert sheets.get("café oost").name == "Café Oost"  # type: ignore[union-attr]
    sheets.add("Café Oost", [pin(collection, Q1, DAY)], DAY)
    assert len(Sheets(store).get("Café Oost").pins) == 1  # type: ignore[union-attr]
    assert "Café Oost" in sheets.names()
    # ... and not by a name that only folds to the same slug.
    assert sheets.get("Cafe Oost") is None
    sheets.create("Cafe Oost", DAY)  # its own file, next to the old one
    assert Sheets(store).get("Cafe Oost").pins == ()  # type: ignore[union-attr]
    assert len(Sheets(store).get("Café Oost").pins) == 1  # type: ignore[union-attr]


def test_the_markdown_export_escapes_what_briefing_text_could_inject(
    good_folder: Path, write: WriteFile
) -> None:
    from shared import BRIEFING

    hostile = (
        BRIEFING.replace('speaker = "Anna de Vries"', 'speaker = "<img src=x onerror=alert(1)>"')
        .replace(
            "Wij missen een digitale aanpak.",
            "Zie ![x](https://evil.example/p.png) en [klik](javascript:alert(1))",
        )
        .replace('title = "Een stelling"', 'title = "# [t](javascript:alert(2))"')
    )
    write("briefing.toml", hostile)
    collection = load_collection(good_folder)
    sheets = Sheets(StateStore(good_folder))
    sheets.add("s", [pin(collection, Q1, DAY)], DAY)
    markdown = export_markdown(sheets.get("s"), collection, DAY)  # type: ignore[arg-type]
    assert "<img" not in markdown
    assert not re.search(r"(?<!\\)\]\(", markdown)  # no link or image is left to open
    assert "\\!\\[x\\](https://evil.example/p.png)" in markdown
    assert "\\[klik\\](javascript:alert(1))" in markdown
    assert (
        "## 1. Citaat · &lt;img src=x onerror=alert(1)&gt; (woordvoerder) · # \\[t\\]" in markdown
    )


def test_an_item_whose_file_has_problems_is_shown_as_pinned_not_missing(
    sheets: Sheets, good_folder: Path, write: WriteFile
) -> None:
    from shared import BRIEFING

    collection = load_collection(good_folder)
    sheets.add("s", [pin(collection, Q1, DAY)], DAY)
    legacy = Sheets(StateStore(good_folder))  # a pin written before pins said who and where
    sheet = sheets.get("s")
    assert sheet is not None and sheet.pins[0].who == "Anna de Vries (woordvoerder)"
    write("briefing.toml", BRIEFING.replace("published = 2018-11-13", "published = 2018-13-13"))
    failing = load_collection(good_folder)
    [entry] = review(sheet, failing)
    assert entry.state is EntryState.PROBLEM_FILE
    assert entry.who == "Anna de Vries (woordvoerder)"
    assert entry.text == "Wij missen een digitale aanpak."
    assert "file has problems (F8)" in state_label(entry) and "MISSING" not in state_label(entry)
    old_pin = replace(sheet.pins[0], who="", source="")
    legacy.store.save("sheets/s", replace(sheet, pins=(old_pin,)).to_toml())
    [entry] = review(legacy.get("s"), failing)  # type: ignore[arg-type]
    assert entry.state is EntryState.PROBLEM_FILE and entry.who == "Anna de Vries"
    (good_folder / "briefing.toml").unlink()
    [entry] = review(sheet, load_collection(good_folder))
    assert entry.state is EntryState.MISSING


def test_english_items_get_english_labels(good_folder: Path, write: WriteFile) -> None:
    from shared import BRIEFING

    write(
        "briefing.toml",
        BRIEFING.replace('title = "Een stelling"', 'title = "A statement"\nlanguage = "en"'),
    )
    collection = load_collection(good_folder)
    sheets = Sheets(StateStore(good_folder))
    sheets.add("s", [pin(collection, Q1, DAY), pin(collection, P1, DAY)], DAY)
    markdown = export_markdown(sheets.get("s"), collection, DAY)  # type: ignore[arg-type]
    assert markdown.startswith("# s\n\nPrep sheet, 1 December 2026\n\n")
    assert "## 1. Quote · Anna de Vries (woordvoerder) · A statement \\[old\\]\n" in markdown
    assert "## 2. Summary · Centrum · A statement \\[old\\]\n" in markdown
    assert "\nCite: Editors' summary, not a quote: Er komt geen extra geld." in markdown
    assert "\nStance: critical\n" in markdown and "Bronvermelding" not in markdown


def test_a_new_speaker_or_date_marks_the_item_changed_with_the_cite_as_pinned(
    sheets: Sheets, good_folder: Path, write: WriteFile
) -> None:
    """The words alone are not all a sheet vouches for: who said it and when are part of
    what staff repeat, so an attribution changed since pinning is flagged too."""
    from shared import BRIEFING

    collection = load_collection(good_folder)
    _built(sheets, collection)
    pinned = sheets.get("Interview RTL").pins[0].citation  # type: ignore[union-attr]
    assert "Anna de Vries" in BRIEFING and "2018-11-13" in BRIEFING
    write("briefing.toml", BRIEFING.replace("Anna de Vries", "Piet Jansen"))
    entries = review(sheets.get("Interview RTL"), load_collection(good_folder))  # type: ignore[arg-type]
    quote = next(e for e in entries if e.id == Q1)
    assert quote.state is EntryState.CHANGED
    assert quote.citation_changed and not quote.text_changed
    assert "Piet Jansen" in quote.citation and quote.pin.citation == pinned
    text = export_text(sheets.get("Interview RTL"), load_collection(good_folder), DAY)  # type: ignore[arg-type]
    assert "GEWIJZIGD sinds het op 2026-12-01 werd toegevoegd" in text
    assert f"Bronvermelding toen het werd toegevoegd: {pinned}" in text
    assert "Tekst toen het werd toegevoegd" not in text  # the words are the same

    write("briefing.toml", BRIEFING.replace("digitale aanpak", "digitale strategie"))
    entries = review(sheets.get("Interview RTL"), load_collection(good_folder))  # type: ignore[arg-type]
    quote = next(e for e in entries if e.id == Q1)
    assert quote.text_changed and not quote.citation_changed  # the words, not who or when


def test_a_quote_not_verbatim_is_flagged_in_its_heading_and_above_its_text(
    good_folder: Path,
) -> None:
    loaded = load_collection(good_folder)
    collection = replace(loaded, unverified=frozenset({Q1}))  # its source says otherwise
    sheets = Sheets(StateStore(good_folder))
    sheets.add("s", [pin(collection, Q1, DAY), pin(collection, P1, DAY)], DAY)
    first, second = review(sheets.get("s"), collection)  # type: ignore[arg-type]
    assert first.unverified and not second.unverified
    markdown = export_markdown(sheets.get("s"), collection, DAY)  # type: ignore[arg-type]
    assert (
        "## 1. Citaat · Anna de Vries (woordvoerder) · Een stelling "
        "\\[niet woordelijk\\] \\[oud\\]\n\n"
        "**NIET WOORDELIJK GEVONDEN in de bron: controleer het citaat**\n\n"
        "> Wij missen een digitale aanpak." in markdown
    )
    assert markdown.count("NIET WOORDELIJK GEVONDEN") == 1  # the point is not flagged
    text = export_text(sheets.get("s"), collection, DAY)  # type: ignore[arg-type]
    assert (
        "1. Citaat · Anna de Vries (woordvoerder) · Een stelling [niet woordelijk] [oud]\n"
        "   NIET WOORDELIJK GEVONDEN in de bron: controleer het citaat\n"
        "   Wij missen een digitale aanpak." in text
    )
