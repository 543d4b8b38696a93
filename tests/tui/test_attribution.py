"""Result rows and the detail say where a matched word stands: the words said, or a label."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.content import Content
from textual.widgets import OptionList

from mhbrief.tui.app import MHBriefApp
from mhbrief.tui.rendering import DIM, MATCH
from mhbrief.tui.widgets.search_box import SearchBox

from .helpers import SIZES, MakeApp, detail_text, result_ids, settle, type_text

ATTRIBUTION = Path(__file__).parents[1] / "fixtures" / "attribution"


def _row(app: MHBriefApp, row_id: str) -> Content:
    prompt = app.main.query_one("#results", OptionList).get_option(row_id).prompt
    assert isinstance(prompt, Content)
    return prompt


def _styles(content: Content) -> dict[str, str]:
    return {content.plain[s.start : s.end]: str(s.style) for s in content.spans}


@SIZES
async def test_a_context_match_shows_under_the_quote_labelled_not_as_its_words(
    tmp_path: Path, make_app: MakeApp, size: tuple[int, int]
) -> None:
    shutil.copytree(ATTRIBUTION, tmp_path / "briefings")
    app = make_app(tmp_path / "briefings")
    async with app.run_test(size=size) as pilot:
        await type_text(pilot, "innovatie ")
        assert result_ids(app.main) == ["centrum-2018/taak-kamer"]
        prompt = _row(app, "centrum-2018/taak-kamer")
        lines = str(prompt).split("\n")
        assert lines[1].strip() == (
            "Wij zien een belangrijke taak voor de Tweede Kamer om bij te sturen."
        )
        assert lines[2].strip() == "context: Te weinig innovatie"
        styles = _styles(prompt)
        assert styles["context: "] == DIM
        assert styles["innovatie"] == MATCH
        # The detail marks the word in the line it stands in, not in the quote.
        body = app.main.query_one("#detail-body").render()
        assert isinstance(body, Content)
        assert _styles(body).get("innovatie") == MATCH
        assert "under: Te weinig innovatie" in detail_text(app.main)


async def test_a_theme_name_finds_its_items_in_the_app(tmp_path: Path, make_app: MakeApp) -> None:
    shutil.copytree(ATTRIBUTION, tmp_path / "briefings")
    app = make_app(tmp_path / "briefings")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "financiering ")
        found = result_ids(app.main)
        assert found[-1] == "centrum-2018/taak-kamer"  # by its theme: last
        assert "theme: Financiering" in str(_row(app, "centrum-2018/taak-kamer"))
        app.main.query_one(SearchBox).value = "theme:financieel"
        await settle(pilot)
        results = app.main.query_one("#results", OptionList)
        prompts = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        assert any("Did you mean theme:financiering?" in p for p in prompts), prompts


async def test_a_section_heading_match_is_marked_in_the_detail(
    tmp_path: Path, make_app: MakeApp
) -> None:
    shutil.copytree(ATTRIBUTION, tmp_path / "briefings")
    app = make_app(tmp_path / "briefings")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "geld ")
        assert result_ids(app.main) == ["plan-a/actielijn-5"]
        assert "context: 5 Geld" in str(_row(app, "plan-a/actielijn-5"))
        body = app.main.query_one("#detail-body").render()
        assert isinstance(body, Content)
        assert body.plain.startswith("§ 5 Geld")
        assert MATCH in _styles(body)["Geld"]


async def test_a_hostile_field_line_is_shown_literally(tmp_path: Path, make_app: MakeApp) -> None:
    shutil.copytree(Path(__file__).parent / "fixtures" / "hostile", tmp_path / "hostile")
    app = make_app(tmp_path / "hostile")
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "mallory vet ")
        prompt = str(_row(app, "hostile/markup"))
        assert "speaker: [bold]Mallory[/bold]" in prompt
        assert "\x1b" not in prompt
        assert app.is_running
