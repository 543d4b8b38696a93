"""The keys, on one screen (F1 or ?)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from mhbrief.tui.hanging import Hanging
from mhbrief.tui.widgets.footer import FitFooter

KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Anywhere",
        (
            ("ctrl+q", "quit"),
            ("F1, ?", "this help (? only when not typing)"),
            ("ctrl+p", "command palette: jump to a theme, section, briefing or speaker"),
            ("/ or Esc", "back to the search box, the query selected: typing replaces it"),
            ("F2 F3 F4 F5", "results, detail, themes, plan (tabs on narrow screens)"),
            ("t, p", "themes pane, plan pane"),
            ("alt+← [ b", "back"),
            ("alt+→ ] f", "forward"),
            (
                "c",
                "copy with its citation: the open item, the highlighted backlink or speaker "
                "quote (not on the Themes tab, which shows none)",
            ),
            ("C, y", "copy the bare text"),
            ("s, F6", "sort by relevance or newest first"),
            ("!, F8", "problems with the briefing files"),
            ("ctrl+r", "reload the folder now (it also reloads by itself)"),
            ("i", "import a source text as a draft briefing"),
            ("S", "the open quote's speaker: roles, themes, all their quotes"),
            ("o", "source of the open quote (speaker page: the highlighted one)"),
            ("v", "compact results: one line each (remembered)"),
        ),
    ),
    (
        "Search box",
        (
            ("type", "search as you type"),
            ("↓, Enter", "into the results"),
            ("↑", "earlier queries, each left standing a second (↓ forward again)"),
            ("ctrl+s", "save the query under a name (ctrl+p: run, rename, delete)"),
            ("Esc", "clear the query"),
            ("filters", "theme:id speaker:name org:name kind:quote stance:critical date:2021"),
            ("added:", "first seen by you: added:2026-11, added:2026-11-01.."),
            ("syntax", '"exact phrase"  a OR b  NOT word  prefix*  word~ (fuzzy)'),
        ),
    ),
    (
        "Interview prep",
        (
            ("space", "mark or unmark the highlighted quote or point (results, links)"),
            ("U", "clear the marks"),
            ("m", "copy the marked items with citations, in the order a adds them"),
            ("a", "add the marked items (else the open one) to the current sheet"),
            ("w, F7", "the sheet; ctrl+p: new, rename, switch sheets, saved searches"),
            ("J K", "on the sheet: move the item down, up (also shift+↓ shift+↑)"),
            ("n, x", "on the sheet: note, remove"),
            ("u, ctrl+z", "on the sheet: undo the last edits (remove, move, note, rename)"),
            ("e, c", "on the sheet: export to a file (.md or .txt), copy as Markdown"),
            ("s, N, r", "on the sheet: other sheets, a new sheet, rename"),
            ("P", "on the sheet: pin the new text and cite of an item marked CHANGED"),
        ),
    ),
    (
        "Results, links, themes, plan",
        (
            ("↑ ↓ PgUp PgDn", "move"),
            ("Enter", "open the result / follow the link / filter by theme / open the section"),
            ("PgDn in links", "scroll the open text"),
            ("Tab", "from the links to the Related list (other briefings)"),
        ),
    ),
)


#: Where the descriptions start: two columns in, then the keys.
KEY_COLUMNS = 18


def help_content() -> Content:
    lines: list[Content] = []
    for title, keys in KEYS:
        lines.append(Content.styled(title, "bold $text-accent"))
        for key, what in keys:
            lines.append(Content.assemble((f"  {key:<{KEY_COLUMNS - 2}}", "bold"), what))
        lines.append(Content(""))
    lines.append(Content.styled("Esc, q or F1 closes this help.", "$text-muted"))
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """A list of every key."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,f1,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "mhbrief keys"
            # A wrapped description continues under its text, not under the keys.
            yield Static(Hanging(help_content(), KEY_COLUMNS), id="help-text")
        yield FitFooter()  # its own: the keys that close it, not the main screen's
