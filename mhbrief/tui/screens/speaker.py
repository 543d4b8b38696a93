"""A speaker's page: organisations, every role with its dates, themes, and all their quotes.

Reached with ``S`` from any quote and from the command palette. Enter opens a
quote in the main screen; ``c`` copies the highlighted quote with its citation (``C``:
the bare text), as ``c`` does on every list; ``o`` shows it in its source; ``s``
searches their quotes there; Esc or ``b`` goes back.

The page follows a reload as the detail pane does: it is drawn again from the collection
loaded now, and says so when the speaker is gone. ``c`` copies only from the collection
the page was drawn from, so what is copied is what is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Label, Static
from textual.widgets.option_list import Option

from mhbrief.highlight import word_start
from mhbrief.model import Briefing, Collection, Quote, speaks_for
from mhbrief.plural import counted
from mhbrief.speakers import Speaker, speaker
from mhbrief.tui.rendering import DIM, LABEL, WARN, is_old
from mhbrief.tui.screens.copying import copy_detail
from mhbrief.tui.widgets.footer import FitFooter
from mhbrief.tui.widgets.option_list import OptionList
from mhbrief.tui.widgets.status import CopiedBar

if TYPE_CHECKING:
    from mhbrief.tui.app import MHBriefApp

ROW_CHARS = 300


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= ROW_CHARS:
        return text
    cut = word_start(text, ROW_CHARS - 1, limit=ROW_CHARS - 1)  # never half a word
    return text[: cut or ROW_CHARS - 1].rstrip() + "…"


def speaker_facts(speaker: Speaker, collection: Collection) -> Content:
    """Name, organisations, roles with their first and last dates, quotes per theme."""
    lines = [
        Content.styled(speaker.name, LABEL),
        Content.assemble(("organisation: ", DIM), "; ".join(speaker.organisations)),
    ]
    for role in speaker.roles:
        span = role.first.isoformat()
        if role.last != role.first:
            span += f" – {role.last.isoformat()}"
        lines.append(Content.assemble(("role: ", DIM), role.role, (f"  {span}", DIM)))
    if speaker.themes:
        counts = ", ".join(
            f"{collection.themes[t].label if t in collection.themes else t} {n}"
            for t, n in speaker.themes.items()
        )
        lines.append(Content.assemble(("themes: ", DIM), counts))
    return Content("\n").join(lines)


def quote_prompt(quote: Quote, briefing: Briefing, flags: list[str]) -> Content:
    """A quote row: date, organisation and role, flags, then the text."""
    organisation, short = speaks_for(quote, briefing)
    parts: list[str | tuple[str, str]] = [
        (briefing.published.isoformat(), DIM),
        (" · ", DIM),
        short or organisation,
    ]
    if quote.role:
        parts += [(" · ", DIM), quote.role]
    for flag in flags:
        parts += [" ", (f"[{flag}]", WARN)]
    return Content("\n").join(
        [Content.assemble(*parts), Content("  “" + _one_line(quote.text) + "”")]
    )


def gone_note(name: str) -> Content:
    """What the page says when the speaker has no quotes left in the briefings."""
    return Content.assemble(
        ("⚠ no longer in the briefings: ", "bold $text-error"),
        name,
        "\nNo quote by this name is left: the files were edited or removed since the page "
        "was opened. Esc goes back; search again to find what is there now.",
    )


class SpeakerScreen(Screen[None]):
    """One speaker, all their quotes newest first."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,b,q", "app.pop_screen", "Back", id="speaker.close"),
        Binding("c", "copy(True)", "Copy cite", id="speaker.copy"),
        Binding("C,y", "copy(False)", "Copy text", show=False, id="speaker.copy_bare"),
        Binding("s", "search", "Search their quotes", id="speaker.search"),
        Binding("o", "source", "Source", id="speaker.source"),
        Binding("ctrl+r", "resync", "Reload", show=False, id="speaker.resync"),
    ]

    def __init__(self, speaker: Speaker) -> None:
        super().__init__()
        self.speaker: Speaker | None = speaker
        self.speaker_name = speaker.name
        #: The collection the page was drawn from (``c`` copies from no other).
        self.shown_from: Collection | None = None

    @property
    def mhbrief(self) -> MHBriefApp:
        return cast("MHBriefApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with VerticalScroll(id="speaker-facts"):
            yield Static(id="speaker-facts-text")
        yield Label(id="speaker-quotes-title")
        yield OptionList(id="speaker-quotes")
        yield CopiedBar(id="copied")
        yield FitFooter()

    def draw(self) -> None:
        """The page as the collection loaded now has it; the highlight stays on its quote."""
        collection = self.mhbrief.library.collection
        self.shown_from = collection
        quotes = self.query_one("#speaker-quotes", OptionList)
        option = quotes.highlighted_option
        keep = option.id if option is not None else None
        found = speaker(collection, self.speaker_name)
        self.speaker = found
        facts = self.query_one("#speaker-facts-text", Static)
        title = self.query_one("#speaker-quotes-title", Label)
        if found is None:
            facts.update(gone_note(self.speaker_name))
            title.update("")
            quotes.clear_options()
            return
        facts.update(speaker_facts(found, collection))
        title.update(Content.styled(f"{counted(found.count, 'quote')}, newest first", DIM))
        quotes.set_options(
            Option(quote_prompt(quote, briefing, self.flags(quote, briefing)), id=quote.global_id)
            for quote, briefing in found.quotes
        )
        ids = [quote.global_id for quote, _ in found.quotes]
        quotes.highlighted = ids.index(keep) if keep in ids else 0

    def reload(self) -> None:
        """The briefings were read again: draw the page from them (the copied bar goes,
        it spoke of the page before)."""
        self.query_one(CopiedBar).hide()
        self.draw()

    def flags(self, quote: Quote, briefing: Briefing) -> list[str]:
        app = self.mhbrief
        found = []
        if briefing.draft:
            found.append("draft")
        if briefing.superseded:
            found.append("superseded")
        if quote.global_id in app.library.collection.unverified:
            found.append("not verbatim")
        if is_old(briefing.published, app.today, app.old_after_days):
            found.append("old")
        return found

    def on_mount(self) -> None:
        self.sub_title = f"Speaker · {' '.join(self.speaker_name.split())}"
        self.query_one("#speaker-facts").border_title = "Speaker"
        self.query_one(CopiedBar).hide()
        self.draw()
        self.query_one("#speaker-quotes", OptionList).focus()

    def action_copy(self, citation: bool) -> None:
        """``c``: the highlighted quote with its citation (``C``: the bare text), built
        as the main screen builds every copy."""
        if self.shown_from is not self.mhbrief.library.collection:
            # Read again since the page was drawn (the reload's redraw is on its way):
            # copy nothing the page does not show.
            self.reload()
            self.notify(
                "The briefings changed: the page shows them now; press c again to copy",
                severity="warning",
                timeout=4,
                markup=False,
            )
            return
        option = self.query_one("#speaker-quotes", OptionList).highlighted_option
        detail = self.mhbrief.main.detail_of(option.id) if option and option.id else None
        if detail is None:
            gone = self.speaker is None
            told = "They are no longer in the briefings: nothing to copy" if gone else ""
            self.notify(told or "Highlight a quote first", severity="warning", timeout=3)
            return
        copy_detail(self, detail, citation=citation)

    def action_resync(self) -> None:
        """ctrl+r here too: the folder read again; the page follows when it is."""
        self.mhbrief.main.start_sync()

    def action_search(self) -> None:
        """Back to the results, searching ``speaker:"name"`` (to combine with other words)."""
        app = self.mhbrief
        self.dismiss()
        app.main.jump_to_speaker(self.speaker_name)

    def action_source(self) -> None:
        """The highlighted quote in its archived source (Esc comes back here)."""
        from mhbrief.tui.screens.source import SourceScreen

        option = self.query_one("#speaker-quotes", OptionList).highlighted_option
        quote = self.mhbrief.library.collection.get(option.id or "") if option else None
        if isinstance(quote, Quote):
            self.app.push_screen(SourceScreen(quote))

    @on(OptionList.OptionSelected, "#speaker-quotes")
    def open_quote(self) -> None:
        option = self.query_one("#speaker-quotes", OptionList).highlighted_option
        if option is None or option.id is None:
            return
        app = self.mhbrief
        self.dismiss()
        app.main.open(option.id)
