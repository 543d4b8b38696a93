"""A paragraph pasted into the search box finds the passage it came from."""

from __future__ import annotations

from pathlib import Path

from .helpers import SIZES, MakeApp, result_ids, screen_text, type_text

#: The quote "Elke gemeente moet weten wie slachtoffers opvangt." as a journalist might
#: paste it from an article: more words, not all of them in the quote.
PASTED = "Zij zei dat elke gemeente in Nederland moet weten wie de slachtoffers opvangt en helpt"


@SIZES
async def test_a_pasted_paragraph_finds_its_passage_first(
    briefings: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(briefings)
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, PASTED)
        assert result_ids(app.main)[0] == "centrum-2018/gemeente"
        shown = screen_text(app)
        assert "0 results" not in shown
        assert "read as plain words" not in shown
