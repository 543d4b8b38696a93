"""The import dialog at 80x24: Tab completes paths and visits only what is shown, the path
is not replaced by a stray key, the draft scrolls, and the footer shows the dialog's keys."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Input

from mhbrief.tui.screens.import_source import (
    ImportSourceScreen,
    complete_organisation,
    complete_path,
)
from mhbrief.tui.screens.main import MainScreen

from .helpers import (
    FIXTURES,
    MakeApp,
    screen_lines,
    settle,
    wait_for,
)

SOURCE = FIXTURES.parents[1] / "fixtures" / "sources" / "en-says-director.txt"


async def import_path(pilot, source: Path) -> None:  # type: ignore[no-untyped-def]
    """From the results, open the import dialog and give it ``source``."""
    await pilot.press("down", "i")
    await pilot.pause()
    await pilot.press(*str(source), "enter")


def test_a_path_completes_as_far_as_the_names_agree(tmp_path: Path) -> None:
    (tmp_path / "statement-nl.txt").write_text("x")
    (tmp_path / "statement-en.txt").write_text("x")
    (tmp_path / "oud").mkdir()
    (tmp_path / ".verborgen").write_text("x")
    assert complete_path(f"{tmp_path}/sta") == (
        f"{tmp_path}/statement-",
        ["statement-en.txt", "statement-nl.txt"],
    )
    assert complete_path(f"{tmp_path}/statement-n")[0] == f"{tmp_path}/statement-nl.txt"
    assert complete_path(f"{tmp_path}/o")[0] == f"{tmp_path}/oud/"  # a folder gets its /
    assert complete_path(f"{tmp_path}/x") == (f"{tmp_path}/x", [])
    assert complete_path(f"{tmp_path}/.v")[0] == f"{tmp_path}/.verborgen"
    assert ".verborgen" not in complete_path(f"{tmp_path}/")[1]  # hidden only when asked
    assert complete_path(f"{tmp_path}/nergens/a") == (f"{tmp_path}/nergens/a", [])


async def test_the_import_dialog_is_reviewable_at_80x24(
    briefings: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    folder = tmp_path / "bronnen"
    folder.mkdir()
    shutil.copy(SOURCE, folder / "statement-en.txt")
    (folder / "statement-nl.txt").write_text("Nog niets.\n", encoding="utf-8")
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "i")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ImportSourceScreen)
        lines = screen_lines(app)
        footer = lines[-1]
        assert "Save draft" in footer and "Cancel" in footer and "Copy cite" not in footer
        # The box reaches the footer: no pane border of the screen behind shows under it.
        bottoms = [n for n, line in enumerate(lines) if line.lstrip().startswith("╰")]
        assert bottoms == [len(lines) - 2], lines[-4:]
        path = screen.query_one("#import-path", Input)
        review = screen.query_one("#import-review", VerticalScroll)
        await pilot.press(*f"{folder}/sta", "tab")
        assert path.value == f"{folder}/statement-"
        await pilot.press("tab")  # several names: they are shown, the focus stays
        assert "statement-en.txt, statement-nl.txt" in str(
            screen.query_one("#import-hint").render()
        )
        assert app.focused is path  # the empty review is not shown, so not visited
        await pilot.press("e", "tab")
        assert path.value == f"{folder}/statement-en.txt"
        await pilot.press("enter")
        await wait_for(pilot, lambda: review.display and app.focused is review, "the draft")
        await pilot.pause()
        assert review.max_scroll_y > 0  # longer than the box at 80x24
        await pilot.press("pagedown")
        await pilot.pause()
        assert review.scroll_y > 0
        await pilot.press("shift+tab")  # back to the path: it stays whole, typing edits it
        assert app.focused is path
        assert path.selection.is_empty
        await pilot.press("x")
        assert path.value == f"{folder}/statement-en.txtx"


async def test_import_a_source_text_from_the_app(briefings: Path, make_app: MakeApp) -> None:
    source = FIXTURES.parents[1] / "fixtures" / "sources" / "en-says-director.txt"
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await import_path(pilot, source)
        await wait_for(
            pilot, lambda: app.screen.query_one("#import-draft").render() != "", "the draft"
        )
        review = str(app.screen.query_one("#import-draft").render())
        assert re.search(r"\b\d+ quotes?\b", review), review
        assert "source: press-statement" in review
        before = set(briefings.glob("*.toml"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert len(set(briefings.glob("*.toml")) - before) == 1
        # Title, date and organisation were all found: nothing to fill in, so it says so.
        said = [str(notification.message) for notification in app._notifications]
        assert any("check it against the source" in message for message in said), said
        assert not any("TODO" in message for message in said), said


async def test_the_app_refuses_a_statement_imported_before(
    briefings: Path, make_app: MakeApp
) -> None:
    source = FIXTURES.parents[1] / "fixtures" / "sources" / "en-says-director.txt"
    (briefings / "sources").mkdir()
    (briefings / "sources" / "alliance.txt").write_bytes(source.read_bytes())
    (briefings / "alliance.toml").write_text(
        'format = 1\nkind = "briefing"\nid = "csa-alliance"\ntitle = "Alliance"\n'
        'published = 2022-11-03\norganisation = "Child Safety Alliance"\n'
        'source_type = "press-statement"\nsource_text = "sources/alliance.txt"\n',
        encoding="utf-8",
    )
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await import_path(pilot, source)
        hint = app.screen.query_one("#import-hint")
        await wait_for(pilot, lambda: "Cannot import" in str(hint.render()), "the refusal")
        shown = str(hint.render())
        assert "imported before" in shown and "csa-alliance" in shown, shown
        before = sorted(briefings.rglob("*"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert sorted(briefings.rglob("*")) == before


def test_the_saved_message_counts_the_placeholders_left() -> None:
    from mhbrief.tui.screens.import_source import placeholders

    data = {
        "title": "TODO: the headline",
        "quotes": [{"speaker": "TODO: who said this", "text": "Wij"}, {"speaker": "An"}],
        "published": "2025-03-03",
    }
    assert placeholders(data) == 2
    assert placeholders({"title": "Een titel", "quotes": []}) == 0


async def test_the_app_saves_a_draft_beside_its_organisations_other_briefings(
    briefings: Path, make_app: MakeApp
) -> None:
    """As ``mhbrief import`` does: the organisation's folder, when it has one."""
    source = SOURCE
    (briefings / "csa").mkdir()
    (briefings / "csa" / "2021-older.toml").write_text(
        'format = 1\nkind = "briefing"\nid = "csa-older"\ntitle = "An older statement"\n'
        'published = 2021-05-03\norganisation = "Child Safety Alliance"\n'
        'source_type = "press-statement"\n',
        encoding="utf-8",
    )
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await import_path(pilot, source)
        await wait_for(
            pilot, lambda: app.screen.query_one("#import-draft").render() != "", "the draft"
        )
        assert "organisation: Child Safety Alliance" in str(
            app.screen.query_one("#import-draft").render()
        )
        at_root = set(briefings.glob("*.toml"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        written = set((briefings / "csa").glob("*.toml")) - {briefings / "csa" / "2021-older.toml"}
        assert len(written) == 1, sorted(p.name for p in briefings.rglob("*.toml"))
        assert set(briefings.glob("*.toml")) == at_root  # nothing at the folder's root


async def test_saving_into_a_folder_it_cannot_write_says_which_and_writes_nothing(
    briefings: Path, make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As ``mhbrief import`` says it: the folder and why, never a temporary file's name."""
    (briefings / "sources").mkdir()
    real_access = os.access

    def access(path: str | Path, mode: int, **kwargs: object) -> bool:
        # As for a user who may not write there (the tests run as root in CI).
        if mode & os.W_OK and Path(path) == briefings / "sources":
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await import_path(pilot, SOURCE)
        await wait_for(
            pilot, lambda: app.screen.query_one("#import-draft").render() != "", "the draft"
        )
        before = sorted(briefings.rglob("*"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ImportSourceScreen)  # still open, to cancel or retry
        said = [str(notification.message) for notification in app._notifications]
        expected = f"cannot write to {briefings / 'sources'} (permission denied)"
        assert any(expected in message for message in said), said
        assert not any(".tmp" in message or "Errno" in message for message in said), said
        assert sorted(briefings.rglob("*")) == before


UNSIGNED = (
    "Shelters for children stay full\n\n"
    "Every shelter place for child victims was taken this winter, CSA counted.\n\n"
    "“We turn children away every single week,” a coordinator said.\n"
)


async def draft_unsigned(pilot, tmp_path: Path) -> Input:  # type: ignore[no-untyped-def]
    """Import a text that names no publisher; the organisation field, once shown."""
    source = tmp_path / "unsigned.txt"
    source.write_text(UNSIGNED, encoding="utf-8")
    await settle(pilot)
    await import_path(pilot, source)
    field = pilot.app.screen.query_one("#import-organisation", Input)
    await wait_for(pilot, lambda: field.parent.display, "the organisation field")
    return field


def test_the_organisation_field_completes_from_the_known_ones() -> None:
    known = ("Child Safety Alliance", "Centrum tegen Uitbuiting", "Stichting Veilig")
    assert complete_organisation("", known) == ("Child Safety Alliance", list(known))
    assert complete_organisation("st", known) == ("Stichting Veilig", ["Stichting Veilig"])
    assert complete_organisation("c", known) == (  # two agree on one letter only: listed
        "c",
        ["Child Safety Alliance", "Centrum tegen Uitbuiting"],
    )
    assert complete_organisation("ch", known)[0] == "Child Safety Alliance"
    assert complete_organisation("uitb", known)[0] == "Centrum tegen Uitbuiting"
    assert complete_organisation("Nergens", known) == ("Nergens", [])
    assert complete_organisation("x", ()) == ("x", [])


async def test_a_text_that_does_not_say_who_published_it_asks_and_offers_the_known_ones(
    briefings: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    """The organisation is left to the person, not guessed; Tab offers the one the text
    names by a short form the folder's briefings give; saving files it in its folder."""
    (briefings / "csa").mkdir()
    (briefings / "csa" / "2021-older.toml").write_text(
        'format = 1\nkind = "briefing"\nid = "csa-older"\ntitle = "An older statement"\n'
        'published = 2021-05-03\norganisation = "Child Safety Alliance"\n'
        'organisation_short = "CSA"\nsource_type = "press-statement"\n',
        encoding="utf-8",
    )
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        field = await draft_unsigned(pilot, tmp_path)
        hint = str(app.screen.query_one("#import-hint").render())
        assert "does not say who published it" in hint and "Child Safety Alliance" in hint
        assert field.value == ""
        assert "organisation: TODO" in str(app.screen.query_one("#import-draft").render())
        assert app.focused is field  # asked for, so the keys go there
        await pilot.press("tab")
        assert field.value == "Child Safety Alliance"
        await pilot.press("ctrl+s")  # drafts again with it, then saves
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), "the save")
    written = set((briefings / "csa").glob("*.toml")) - {briefings / "csa" / "2021-older.toml"}
    assert len(written) == 1, sorted(p.name for p in briefings.rglob("*.toml"))
    saved = next(iter(written)).read_text(encoding="utf-8")
    assert 'organisation = "Child Safety Alliance"' in saved


async def test_an_organisation_typed_and_entered_redrafts_the_review(
    briefings: Path, make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        field = await draft_unsigned(pilot, tmp_path)
        await pilot.press(*"Stichting Opvang", "enter")  # typed where it is asked for
        draft = app.screen.query_one("#import-draft")
        await wait_for(
            pilot, lambda: "organisation: Stichting Opvang" in str(draft.render()), "the redraft"
        )
        assert field.value == "Stichting Opvang"
        assert app.screen.query_one("#import-organisation") is field


def test_the_dialog_opens_without_loading_the_importer_on_the_ui_thread() -> None:
    """Pressing `i` imports the dialog's module on the UI thread; the importer (most of
    a second compiling its patterns) is loaded in a worker instead, so the dialog opens
    at once and keys typed into it are not lost."""
    import subprocess
    import sys

    code = (
        "import sys; import mhbrief.tui.screens.import_source; "
        "print('mhbrief.importer' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_the_review_names_a_quoted_persons_own_organisation() -> None:
    """The draft's review shows whom a quote is cited for: a police spokesman quoted in a
    stichting's statement for the police, as the saved briefing will cite him."""
    from mhbrief.importer import import_source
    from mhbrief.tui.screens.import_source import draft_content

    draft = import_source(
        "Kinderwacht vraagt om bescherming\n\n"
        "Utrecht, 3 december 2026 – Stichting Kinderwacht vraagt het kabinet om meer "
        "bescherming.\n\n"
        "„Dit moet anders”, zegt directeur Ann de Wit van Stichting Kinderwacht.\n\n"
        "„We zien het ook”, zegt politiewoordvoerder Kees Mol.\n"
    )
    shown = str(draft_content(draft))
    assert "— Ann de Wit, directeur van Stichting Kinderwacht\n" in shown
    assert "— Kees Mol, politiewoordvoerder, politie\n" in shown
