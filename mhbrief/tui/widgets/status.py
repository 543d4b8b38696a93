"""The status line (results, sync, problems) and the bar that shows what was copied."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static


class StatusBar(Horizontal):
    """Left: what the results are; right: whether live reload is slow or off, and
    problems with the files, if any."""

    _text: Content | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="status-text")
        reload = Static("", id="status-reload")
        reload.display = False
        yield reload
        yield Static("", id="status-problems")

    def set_reload(self, mark: Content | None) -> None:
        """A lasting mark while live reload is slow or off (never cut: its own width)."""
        widget = self.query_one("#status-reload", Static)
        widget.update(mark or "")
        widget.display = mark is not None

    def set_text(self, text: Content) -> None:
        if self._text is not None and self._text.is_same(text):
            return  # unchanged: an update would lay out the screen again
        self._text = text
        # One row whose width is the bar's rest (1fr): the text never changes its
        # size, so no layout of the screen (a reflow on every answer otherwise).
        self.query_one("#status-text", Static).update(text, layout=False)

    def set_problems(self, errors: int, warnings: int) -> None:
        widget = self.query_one("#status-problems", Static)
        if not errors and not warnings:
            widget.update("")
            widget.display = False
            return
        parts = []
        if errors:
            parts.append(f"{errors} error{'s' if errors != 1 else ''}")
        if warnings:
            parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
        style = "bold $text-error" if errors else "bold $text-warning"
        widget.update(Content.assemble((f"⚠ {', '.join(parts)}", style), " F8 lists them"))
        widget.display = True
        widget.set_class(bool(errors), "-errors")


class CopiedBar(Static):
    """The exact text last copied, where the terminal's own selection can take it."""

    def show_copied(self, what: str, text: str) -> None:
        self.update(
            Content.assemble(
                (f"Copied {what}", "bold $text-success"),
                (" (if your terminal did not take it, select it here):\n", "$text-muted"),
                text,
            )
        )
        self.display = True

    def hide(self) -> None:
        self.display = False

    def fits(self) -> bool:
        """True when everything shown fits the bar as laid out (else it is cut off)."""
        region = self.content_region
        screen = self.screen.size
        return self.get_content_height(screen, screen, region.width) <= region.height
