"""Command palette entries for interview prep: sheets (open, switch, new, rename) and saved
searches (run, rename, delete). Names come from the user's own state files, read off the UI
thread when the palette opens, and are shown as plain text."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from functools import partial

from mhbrief.sheets import Sheets
from mhbrief.tui.commands import Target, _Jump
from mhbrief.tui.screens.sheet import new_sheet, open_sheet, rename_sheet, switch_sheet


class SheetCommands(_Jump):
    names: list[str] = []  # noqa: RUF012 (set per palette opening, in startup)

    async def startup(self) -> None:
        self.names = await asyncio.to_thread(Sheets(self.mhbrief.state).names)
        self.mhbrief.main.prep.report_problems()  # a folder not read: said, not "no sheets"

    def targets(self) -> Iterator[Target]:
        app = self.mhbrief
        yield Target("Sheet: open the current sheet (w)", "Its items", partial(open_sheet, app))
        yield Target("Sheet: new…", "Start another named sheet", partial(new_sheet, app))
        yield Target("Sheet: rename…", "Rename the current sheet", partial(rename_sheet, app))
        for name in self.names:
            yield Target(
                f"Sheet: switch to {name}",
                "Make it the current sheet (a adds to it) and open it",
                partial(switch_sheet, app, name),
            )


class SavedSearches(_Jump):
    saved: dict[str, str] = {}  # noqa: RUF012 (set per palette opening, in startup)

    async def startup(self) -> None:
        self.saved = await asyncio.to_thread(self.mhbrief.state.saved_searches)
        self.mhbrief.main.prep.report_problems()  # a file not read: said, not "none saved"

    def targets(self) -> Iterator[Target]:
        app = self.mhbrief
        for name, query in self.saved.items():
            yield Target(
                f"Saved search: {name} · {query}",
                "Run this search (ctrl+s saves the current one)",
                partial(app.main.prep.run_saved, query),
            )
            yield Target(
                f"Saved search: rename {name}…",
                f"Give the search '{query}' another name",
                partial(app.main.prep.rename_saved, name),
            )
            yield Target(
                f"Saved search: delete {name}",
                f"Forget the search '{query}' (ctrl+s can save it again)",
                partial(app.main.prep.delete_saved, name, query),
            )
