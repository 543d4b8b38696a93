"""News copy shows the outlet that published it, and `c` copies it in the citation."""

from __future__ import annotations

from pathlib import Path

import pytest

from mhbrief import cli

from .helpers import SIZES, MakeApp, detail_text, settle, type_text

NEWS = """\
format = 1
kind = "briefing"
id = "anp-2023-opvang"
title = "Opvang schiet tekort"
published = 2023-05-03
organisation = "Centrum"
source_type = "news-article"
outlet = "ANP"

[[quotes]]
id = "q1"
speaker = "Ann de Wit"
role = "directeur"
text = "Er zijn te weinig bedden voor slachtoffers."
"""


@SIZES
async def test_a_news_quote_shows_and_copies_its_outlet(
    briefings: Path,
    make_app: MakeApp,
    size: tuple[int, int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    (briefings / "anp-2023-opvang.toml").write_text(NEWS, encoding="utf-8")
    assert cli.main(["show", "anp-2023-opvang/q1", "--cite", "--briefings", str(briefings)]) == 0
    printed = capsys.readouterr().out.rstrip("\n")
    assert printed.endswith("(Opvang schiet tekort, ANP)")
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await type_text(pilot, "bedden")
        await pilot.press("enter", "enter")
        await settle(pilot)
        screen = app.main
        assert screen.detail_id == "anp-2023-opvang/q1"
        assert "outlet: ANP" in detail_text(screen)
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard == printed
