"""What the detail shows is labelled as what is copied: a point or a summarised plan
section says it is the editors' summary, in the briefing's language, before its words."""

from __future__ import annotations

from pathlib import Path

from .helpers import SIZES, MakeApp, detail_text, result_ids, settle, type_text

POINT = "Samenvatting door de redactie, geen citaat: Er is geen financiële zekerheid"
SECTION = "Samenvatting door de redactie, niet de tekst van het plan:"


@SIZES
async def test_a_point_reads_as_the_editors_summary_on_screen_and_on_the_clipboard(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "financiële zekerheid ")
        assert result_ids(app.main)[0] == "centrum-2018/geld"
        await pilot.press("down", "enter")
        await settle(pilot)
        assert POINT in detail_text(app.main)
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard.startswith(POINT)


@SIZES
async def test_a_summarised_section_says_so_above_its_text(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        app.main.open("plan-veilig/geld")
        await settle(pilot)
        assert SECTION in detail_text(app.main)
