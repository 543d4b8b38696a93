"""The footer of every screen: its keys, fitted to narrow terminals.

At 60 columns the detail page's keys ran under the command palette's key at the
right (``b▏^p palette``). Below 80 columns the keys are drawn compact (less space
around each); below 72 the palette's key is left out too (``ctrl+p`` still opens it,
and the help, F1, lists it), so the screen's own keys are read whole.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Footer

#: Below this width the keys are drawn compact.
COMPACT_BELOW = 80
#: Below this width the command palette's key is not shown.
PALETTE_KEY_FROM = 72


class FitFooter(Footer):
    """Textual's footer, compact (and without the palette's key) when narrow."""

    def on_resize(self, event: events.Resize) -> None:
        width = event.size.width
        self.compact = width < COMPACT_BELOW
        palette = width >= PALETTE_KEY_FROM
        if palette != self.show_command_palette:
            self.show_command_palette = palette
            self.refresh(recompose=True)
