"""The source at the quote: the archived statement, scrolled to the quote, the quote marked.

``o`` on a quote opens it. The file is read in a thread worker (group
``source``); only a file inside the briefings folder is read. A quote not
found verbatim shows the closest passage and says so; without an archived
source the screen says so and shows the briefing's URL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static
from textual.worker import get_current_worker

from mhbrief.model import Quote
from mhbrief.source_passage import Match, Passage, SourceUnavailable, passage
from mhbrief.tui.rendering import DIM, WARN
from mhbrief.tui.widgets.footer import FitFooter

if TYPE_CHECKING:
    from mhbrief.tui.app import MHBriefApp

#: Paragraphs shown before and after the quote's (a long source is not laid out whole).
CONTEXT_PARAGRAPHS = 30
QUOTE_STYLE = "bold reverse"
#: Lines of what came before the quote kept in view above it.
LINES_BEFORE = 3


def paragraph_content(found: Passage, number: int) -> Content:
    """One paragraph of the source as plain text, the quote's part styled."""
    start, end = found.paragraphs[number]
    lo, hi = max(start, found.start), min(end, found.end)
    text = found.text
    if lo >= hi:
        return Content(text[start:end])
    return Content.assemble(text[start:lo], (text[lo:hi], QUOTE_STYLE), text[hi:end])


def note_content(found: Passage) -> Content:
    name = found.path.name
    if found.match is Match.VERBATIM:
        return Content.assemble(("Source: ", DIM), name, (" · the quote is highlighted", DIM))
    if found.match is Match.CLOSEST:
        return Content.assemble(
            ("⚠ Not found verbatim in ", WARN),
            (name, WARN),
            (": the closest passage is highlighted", WARN),
        )
    return Content.assemble(("⚠ None of the quote's words are in ", WARN), (name, WARN))


def unavailable_content(error: SourceUnavailable) -> Content:
    lines = [Content.styled(f"⚠ {error.reason}", WARN)]
    if error.url:
        lines.append(Content.assemble(("The source online: ", DIM), error.url))
    else:
        lines.append(Content.styled("The briefing names no URL either.", DIM))
    return Content("\n").join(lines)


class SourceScreen(Screen[None]):
    """The archived source of one quote."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,b,o,q", "app.pop_screen", "Back", id="source.close"),
    ]

    def __init__(self, quote: Quote) -> None:
        super().__init__()
        self.quote = quote
        self.passage: Passage | None = None
        self.quote_paragraph: Static | None = None

    @property
    def mhbrief(self) -> MHBriefApp:
        return cast("MHBriefApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        yield Static(Content.styled("Reading the source…", DIM), id="source-note")
        yield VerticalScroll(id="source-scroll")
        yield FitFooter()

    def on_mount(self) -> None:
        self.sub_title = f"Source · {self.quote.global_id}"
        scroll = self.query_one("#source-scroll", VerticalScroll)
        scroll.border_title = "Source"
        scroll.focus()
        self.load()

    @work(thread=True, exclusive=True, group="source", exit_on_error=False)
    def load(self) -> None:
        try:
            found: Passage | SourceUnavailable = passage(
                self.mhbrief.library.collection, self.quote
            )
        except SourceUnavailable as error:
            found = error
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show, found)

    def show(self, found: Passage | SourceUnavailable) -> None:
        note = self.query_one("#source-note", Static)
        scroll = self.query_one("#source-scroll", VerticalScroll)
        if isinstance(found, SourceUnavailable):
            note.update(unavailable_content(found))
            scroll.mount(Static(Content.styled("No archived source text to show.", DIM)))
            return
        self.passage = found
        text = note_content(found)
        briefing = self.mhbrief.library.collection.briefings.get(self.quote.briefing_id)
        if briefing is not None and briefing.draft:
            text = Content("\n").join([Content.styled("⚠ draft: not reviewed yet", WARN), text])
        note.update(text)
        shown = found.around(CONTEXT_PARAGRAPHS, CONTEXT_PARAGRAPHS)
        quote_at = found.paragraph_at(found.start)
        widgets = []
        for number in shown:
            paragraph = Static(paragraph_content(found, number), classes="source-paragraph")
            if number == quote_at and found.match is not Match.NONE:
                paragraph.add_class("-quote")
                self.quote_paragraph = paragraph
            widgets.append(paragraph)
        scroll.mount_all(widgets)
        if self.quote_paragraph is not None:
            self.call_after_refresh(self.scroll_to_quote)

    def scroll_to_quote(self) -> None:
        """The quote's first line near the top, a few lines of what came before above it."""
        found, paragraph = self.passage, self.quote_paragraph
        if found is None or paragraph is None:
            return
        start = found.paragraphs[found.paragraph_at(found.start)][0]
        before = found.text[start : found.start]
        width = paragraph.content_region.width
        # The lines of the paragraph above the quote's first word, as the widget wraps them.
        line = len(Content(before + "x").wrap(width)) - 1 if before and width > 0 else 0
        scroll = self.query_one("#source-scroll", VerticalScroll)
        top = paragraph.virtual_region.y + line - LINES_BEFORE
        scroll.scroll_to(y=max(0, top), animate=False, immediate=True)
