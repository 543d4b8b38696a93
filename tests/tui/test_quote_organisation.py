"""A quote's own organisation in the app: the detail, the results and the copy name it."""

from __future__ import annotations

from pathlib import Path

from shared import GUEST

from .helpers import SIZES, MakeApp, detail_text, settle, type_text


@SIZES
async def test_a_guest_speaker_is_shown_and_copied_for_her_own_organisation(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    path = briefings / "centrum-2021.toml"
    path.write_text(path.read_text(encoding="utf-8") + GUEST, encoding="utf-8")
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await type_text(pilot, "uitgebuit boete")
        await pilot.press("down", "enter")
        await settle(pilot)
        shown = detail_text(app.main)
        assert "Fatima El Amrani, hoogleraar jeugdrecht · Universiteit Utrecht · " in shown
        assert "Centrum tegen Uitbuiting" not in shown.split("Kinderen")[0]
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard.startswith(
            "“Kinderen die worden uitgebuit verdienen bescherming, geen boete.” — "
            "Fatima El Amrani, hoogleraar jeugdrecht, Universiteit Utrecht, "
        )
        assert "Centrum tegen Uitbuiting" not in app.clipboard
