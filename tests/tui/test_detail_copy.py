"""Reading a long quote and copying at 80x24: the attribution on the first screen, an
item opened again from its top, and a copied bar that gives the rows back at the next key."""

from __future__ import annotations

from pathlib import Path

from textual.containers import VerticalScroll

from mhbrief.tui.screens.copied import CopiedScreen
from mhbrief.tui.widgets.status import CopiedBar

from .helpers import (
    NARROW,
    SIZES,
    MakeApp,
    make_draft,
    pane_text,
    screen_text,
    settle,
    type_text,
)

LONG = " ".join(f"Zin {n} over online uitbuiting en advertenties." for n in range(150))


def lengthen_platforms(briefings: Path) -> None:
    """The network's quote becomes 150 sentences long: longer than any detail pane."""
    path = briefings / "network-2026.toml"
    old = 'text = "Platforms must remove exploitative advertisements within a day."'
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, f'text = "{LONG}"'), encoding="utf-8")


@SIZES
async def test_a_long_quote_shows_who_said_it_and_when_on_its_first_screen(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    lengthen_platforms(briefings)
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "advertenties")
        await pilot.press("down", "enter")
        await settle(pilot)
        shown = pane_text(app, "#detail-pane")  # wide: the detail pane beside the results
        assert "Carol White, director · Anti-Trafficking Network · 4 May 2026" in shown
        assert "Zin 0 over online uitbuiting" in shown
        assert "Zin 149 over" not in shown  # the text runs on below: the facts came first


@SIZES
async def test_an_item_opened_again_starts_at_its_top(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    lengthen_platforms(briefings)
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "advertenties")
        await pilot.press("down", "enter", "pagedown", "pagedown")
        await settle(pilot)
        scroll = app.main.query_one("#detail-scroll", VerticalScroll)
        assert scroll.scroll_y > 0
        assert "Carol White, director" not in screen_text(app)  # scrolled past it
        await pilot.press("f2", "enter")  # the same result, opened again
        await settle(pilot)
        assert scroll.scroll_y == 0
        assert "Carol White, director · Anti-Trafficking Network" in screen_text(app)


@SIZES
async def test_the_copied_bar_gives_the_reader_the_rows_back_at_the_next_key(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "exploitative")
        await pilot.press("down", "enter")
        await settle(pilot)
        pane = app.main.query_one("#detail-pane")
        rows = pane.size.height
        await pilot.press("c")
        await pilot.pause()
        bar = app.main.query_one(CopiedBar)
        assert bar.display
        assert "Copied citation" in screen_text(app)
        assert "Platforms must remove" in str(bar.render())
        assert pane.size.height < rows  # the bar took rows from the detail
        await pilot.press("pagedown")  # reading on
        await pilot.pause()
        assert not bar.display
        assert pane.size.height == rows
        assert app.clipboard.startswith("“Platforms must remove")  # still copied


async def test_copying_three_marked_items_at_80x24_shows_all_of_them(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await type_text(pilot, "slachtoffers")
        await settle(pilot)
        await pilot.press("down", "space", "down", "space", "slash", "ctrl+u")
        await type_text(pilot, "platforms")
        await pilot.press("down", "space", "m")
        await pilot.pause()
        await pilot.pause()
        copied = app.clipboard.split("\n\n")
        assert len(copied) == 3
        # Longer than the bar can hold: a screen of its own with every word on it.
        assert isinstance(app.screen, CopiedScreen)
        assert " ".join(app.clipboard.split()) in screen_text(app)
        assert not app.main.query_one(CopiedBar).display


@SIZES
async def test_a_role_that_names_the_organisation_shows_it_once_as_its_citation_does(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    path = briefings / "network-2026.toml"
    text = path.read_text(encoding="utf-8")
    assert 'role = "director"' in text
    path.write_text(
        text.replace('role = "director"', 'role = "director of the Anti-Trafficking Network"', 1),
        encoding="utf-8",
    )
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "advertisements")
        await pilot.press("down", "enter")
        await settle(pilot)
        shown = pane_text(app, "#detail-pane")  # wide: the detail pane beside the results
        assert "Carol White, director of the Anti-Trafficking Network · 4 May 2026" in shown, shown
        assert "Network · Anti-Trafficking Network" not in shown
        await pilot.press("c")
        await pilot.pause()
        assert "director of the Anti-Trafficking Network, 4 May 2026" in app.clipboard


async def test_an_open_quote_removed_from_its_file_is_taken_down_and_not_copied(
    briefings: Path, make_app: MakeApp
) -> None:
    """A quote deleted while it is open: the pane says it is gone, c copies nothing, and
    Back to it says why it does not open (it once stayed up, and c copied it as current)."""
    from mhbrief.tui.widgets.detail import DetailPane

    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await type_text(pilot, "advertisements")
        assert app.main.open("network-2026/platforms")
        await settle(pilot)
        assert "Platforms must remove" in screen_text(app)
        app.copy_to_clipboard("before")
        (briefings / "network-2026.toml").unlink()
        app.main.start_sync()
        await settle(pilot)
        pane = app.main.query_one(DetailPane)
        assert pane.detail is None and pane.gone == "network-2026/platforms"
        shown = screen_text(app)
        assert "no longer in the briefings" in shown
        assert "Platforms must remove" not in shown
        app._notifications.clear()
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard == "before"
        told = [str(n.message) for n in app._notifications]
        assert any("no longer in the briefings: nothing to copy" in m for m in told), told


async def test_back_to_an_item_removed_since_says_it_is_gone(
    briefings: Path, make_app: MakeApp
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=NARROW) as pilot:
        await type_text(pilot, "advertisements")
        assert app.main.open("network-2026/platforms")
        await settle(pilot)
        assert app.main.open("plan-veilig/actielijn-2.1")
        await settle(pilot)
        (briefings / "network-2026.toml").unlink()
        app.main.start_sync()
        await settle(pilot)
        app._notifications.clear()
        app.main.action_back()
        await settle(pilot)
        told = [str(n.message) for n in app._notifications]
        assert any("network-2026/platforms is no longer in the briefings" in m for m in told)
        assert "Platforms must remove" not in screen_text(app)


@SIZES
async def test_the_bare_text_of_a_draft_says_it_is_a_draft_as_its_citation_does(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    make_draft(briefings / "network-2026.toml")
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert app.main.open("network-2026/platforms")
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        text = "Platforms must remove exploitative advertisements within a day."
        assert app.clipboard == f"{text} [NOTE: draft, not reviewed]"
        bar = str(app.main.query_one(CopiedBar).render())
        assert "Copied draft text" in bar
        assert app.clipboard in bar
        # A reviewed item's bare text stays as it is.
        assert app.main.open("centrum-2018/gemeente")
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        assert "[" not in app.clipboard
        assert "Copied text" in str(app.main.query_one(CopiedBar).render())
