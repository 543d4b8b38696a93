"""Command palette entries for interview prep: sheets (open, switch, new, rename) and saved
searches (run). Names come from the user's own state files and are shown as plain text."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from mhbrief.sheets import Sheets
from mhbrief.tui.commands import Target, _Jump
from mhbrief.tui.screens.sheet import new_sheet, open_sheet, rename_sheet, switch_sheet


class SheetCommands(_Jump):
    def targets(self) -> Iterator[Target]:
        app = self.mhbrief
        yield Target(
            "Sheet: open the current sheet (w)", "Its items in order", partial(open_sheet, app)
        )
        yield Target("Sheet: new…", "Start another named sheet", partial(new_sheet, app))
        yield Target("Sheet: rename…", "Rename the current sheet", partial(rename_sheet, app))
        for name in Sheets(app.state).names():
            yield Target(
                f"Sheet: switch to {name}",
                "Make it the current sheet (a adds to it) and open it",
                partial(switch_sheet, app, name),
            )


class SavedSearches(_Jump):
    def targets(self) -> Iterator[Target]:
        app = self.mhbrief
        for name, query in app.state.saved_searches().items():
            yield Target(
                f"Saved search: {name} · {query}",
                "Run this search (ctrl+s saves the current one)",
                partial(app.main.prep.run_saved, query),
            )
