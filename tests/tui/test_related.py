"""The related list in the detail: what it shows and when."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from mhbrief.tui.widgets.detail import LinkList

from .helpers import (
    SIZES,
    MakeApp,
    open_item,
    option_ids,
    screen_rows,
    settle,
    type_text,
)


@SIZES
async def test_the_detail_lists_related_items_and_enter_opens_one(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await open_item(pilot, "elke gemeente", "centrum-2018/gemeente")
        related = app.main.query_one("#related", OptionList)
        assert related.display
        assert option_ids(related)[0] == "network-2024/opvang"
        assert "centrum-2018/klant" not in option_ids(related)
        assert "Related, other briefings" in screen_rows(app)
        assert isinstance(app.focused, LinkList)
        await pilot.press("tab")
        assert app.focused is related
        await pilot.press("enter")
        await settle(pilot)
        assert app.main.detail_id == "network-2024/opvang"
        assert "centrum-2018/gemeente" in option_ids(related)


async def test_at_80x24_related_waits_until_the_detail_is_shown(
    folder: Path, make_app: MakeApp
) -> None:
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "opvang")
        await pilot.press("down", "down", "down")  # browsing the results: previews only
        await settle(pilot)
        assert not [w for w in app.workers if w.group == "related"]
        related = app.main.query_one("#related", OptionList)
        assert related.option_count == 0
        await pilot.press("enter")  # the detail page: now the list is filled
        await settle(pilot)
        await settle(pilot)
        assert related.option_count > 0


async def test_a_section_has_no_related_list(folder: Path, make_app: MakeApp) -> None:
    app = make_app(folder)
    async with app.run_test(size=(160, 48)) as pilot:
        await open_item(pilot, "gemeenten", "plan-veilig/actielijn-1")
        assert not app.main.query_one("#related").display
