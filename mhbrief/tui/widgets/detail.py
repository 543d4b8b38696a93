"""The detail pane: the full text with its facts, and a list of links to follow."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Label, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from mhbrief.model import Point, Quote
from mhbrief.tui.rendering import Detail
from mhbrief.tui.widgets.option_list import OptionList
from mhbrief.tui.widgets.related import RelatedList

if TYPE_CHECKING:
    from mhbrief.tui.app import MHBriefApp

EMPTY = Content.styled("Nothing open. Pick a result and press Enter.", "$text-muted")


class LinkList(OptionList):
    """Where the open item leads: Enter follows the highlighted link."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Follow link", id="links.follow"),
        Binding("pagedown", "scroll_text(1)", "Scroll text", id="links.scroll_down"),
        Binding("pageup", "scroll_text(-1)", "Scroll up", show=False, id="links.scroll_up"),
        # Over the screen's "c Copy cite" while a backlink quote or point is highlighted
        # (a plan section's page): c copies that one, not the open item, and says so.
        Binding("c", "copy_link", "Cite link", id="links.copy"),
    ]
    #: What ``check_action`` last said of ``copy_link``: the footer was built for it.
    _copies_link = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "copy_link":
            return self.highlights_an_item()  # else the screen's c (the open item)
        return True

    def highlights_an_item(self) -> bool:
        """True when the highlighted link is a quote or point: what ``c`` copies then."""
        option = self.highlighted_option
        if option is None or option.id is None:
            return False
        app = cast("MHBriefApp", self.app)
        return isinstance(app.library.collection.get(option.id), Quote | Point)

    async def action_copy_link(self) -> None:
        await self.screen.run_action("copy(True)")

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        copies = self.highlights_an_item()
        if copies != self._copies_link:  # the footer's c follows the highlight, and the
            self._copies_link = copies  # footer is built again only when c changes: not
            self.refresh_bindings()  # on every key typed, as each search opens an item

    def highlight_target(self, target: str) -> None:
        """Highlight the link to ``target``, if there is one (Back lands on the link
        that was followed, as a browser does: ``c`` then copies that one)."""
        with contextlib.suppress(OptionDoesNotExist):
            self.highlighted = self.get_option_index(target)

    def action_scroll_text(self, direction: int) -> None:
        body = self.screen.query_one("#detail-scroll", VerticalScroll)
        if direction > 0:
            body.scroll_page_down()
        else:
            body.scroll_page_up()


class DetailPane(Vertical):
    """Shows one :class:`Detail`; the links sit under the text."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.detail: Detail | None = None
        #: The id of an item that was open and is no longer in the briefings.
        self.gone: str | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail-scroll"):
            yield Static(EMPTY, id="detail-body")
        yield Label("", id="links-title")
        yield LinkList(id="links")
        yield Label("", id="related-title")
        yield RelatedList(id="related")

    def on_show(self) -> None:
        self.query_one(RelatedList).resume()

    def show(self, detail: Detail | None) -> None:
        self.gone = None
        if self.detail is not None and detail is not None and same_detail(self.detail, detail):
            # The next key's preview of the same item, highlighted the same: nothing
            # to redraw (an update would lay out and repaint the pane all the same).
            self.detail = detail
            return
        self.detail = detail
        self.query_one(RelatedList).load(detail.id if detail else None)
        body = self.query_one("#detail-body", Static)
        links = self.query_one(LinkList)
        title = self.query_one("#links-title", Label)
        if detail is None:
            body.update(EMPTY)
            links.clear_options()
            title.update("")
            self.border_title = "Detail"
            return
        self.border_title = Content(detail.heading)
        body.update(detail.body)
        self.query_one("#detail-scroll", VerticalScroll).scroll_home(animate=False)
        title.update(Content.styled(f"{detail.links_title} ({len(detail.links)})", "$text-muted"))
        links.set_options(Option(link.label, id=link.target) for link in detail.links)
        links.display = bool(detail.links)
        if detail.links:
            links.highlighted = 0

    def show_gone(self, target: str) -> None:
        """The item open is no longer in the briefings (its file or the item was removed or
        renamed): its words are taken down, never left up to be read or copied as current."""
        self.show(None)
        self.gone = target
        self.border_title = "Gone"
        self.query_one("#detail-body", Static).update(
            Content.assemble(
                ("⚠ no longer in the briefings: ", "bold $text-error"),
                target,
                "\nIts file, or the item in it, was removed or renamed since it was opened. "
                "Search again to find what is there now.",
            )
        )

    def scroll_to_top(self) -> None:
        """The text from its first line (the links from their first)."""
        self.query_one("#detail-scroll", VerticalScroll).scroll_home(animate=False)


def same_detail(shown: Detail, new: Detail) -> bool:
    """True when ``new`` looks exactly like ``shown``: the same text, styles and links."""
    return (
        shown.id == new.id
        and shown.heading == new.heading
        and shown.links_title == new.links_title
        and shown.body.is_same(new.body)
        and len(shown.links) == len(new.links)
        and all(
            a.target == b.target and a.label.is_same(b.label)
            for a, b in zip(shown.links, new.links, strict=True)
        )
    )
