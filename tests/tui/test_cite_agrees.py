"""``c`` on a briefing's or a plan's own page copies what ``mhbrief show ID --cite`` prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from mhbrief import cli

from .helpers import SIZES, MakeApp, settle


@SIZES
@pytest.mark.parametrize("item_id", ["centrum-2018", "plan-veilig"])
async def test_c_on_a_briefing_or_plan_page_copies_what_show_cite_prints(
    briefings: Path,
    make_app: MakeApp,
    size: tuple[int, int],
    item_id: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    code = cli.main(["show", item_id, "--cite", "--briefings", str(briefings)])
    printed = capsys.readouterr().out
    assert code == 0 and printed.strip()
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert app.main.open(item_id)
        app.main.query_one("#detail-scroll").focus()  # the page's own item, not a link
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard == printed.rstrip("\n")
