"""The command palette: jumping to sections, briefings, themes and speakers."""

from __future__ import annotations

from pathlib import Path

from mhbrief.tui.screens.speaker import SpeakerScreen
from mhbrief.tui.widgets.search_box import SearchBox

from .helpers import SIZES, MakeApp, make_draft, result_ids, settle


@SIZES
async def test_palette_jumps_to_a_section_a_briefing_a_theme_and_a_speaker(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)

        async def palette(text: str) -> None:
            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press(*text)
            await pilot.pause(0.5)  # the palette searches in its own worker
            await pilot.press("enter")
            await settle(pilot)

        await palette("Meldpunt online")
        assert app.main.detail_id == "plan-veilig/actielijn-2.1"
        # By its id, typed the way people say it: spaces need not match literally.
        await palette("actielijn 2.1")
        assert app.main.detail_id == "plan-veilig/actielijn-2.1"
        await palette("Section: Samenwerking")
        assert app.main.detail_id == "plan-veilig/actielijn-1"
        await palette("Briefing: Drie jaar")
        assert app.main.detail_id == "centrum-2021"
        await palette("Theme: Financiering")
        assert app.main.query_one(SearchBox).value.strip() == "theme:geld"
        assert set(result_ids(app.main)) >= {"centrum-2018/geld", "plan-veilig/geld"}
        await palette("Speaker: Carol")
        assert app.screen.query_one("#speaker-facts-text")  # the speaker's page
        await pilot.press("s")  # and from there, a search for their quotes
        await settle(pilot)
        assert app.main.query_one(SearchBox).value.strip() == 'speaker:"Carol White"'
        assert result_ids(app.main) == ["network-2026/platforms"]


async def test_the_palette_marks_a_draft_briefing(briefings: Path, make_app: MakeApp) -> None:
    from mhbrief.tui.commands import BriefingJump

    make_draft(briefings / "centrum-2018.toml")
    app = make_app(briefings)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        jump = BriefingJump(app.screen, None)
        names = {target.text: target.help for target in jump.targets()}
        drafts = [text for text in names if text.endswith("[draft]")]
        assert len(drafts) == 1 and drafts[0].startswith("Briefing: Reactie op Veilig en samen")
        assert names[drafts[0]].startswith("A draft, not reviewed yet")


@SIZES
async def test_the_palette_opens_a_speaker_page(
    folder: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(folder)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Speaker: Piet")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen)
        assert app.screen.speaker.name == "Piet Bakker"
        await pilot.press("escape")
        assert app.screen is app.main
