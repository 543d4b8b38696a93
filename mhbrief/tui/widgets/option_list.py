"""An ``OptionList`` that can be measured at no width at all.

While the app switches from the wide layout to tabs (a terminal made narrower), Textual
may ask an option list with ``height: auto`` for its height at width 0. Textual's own
``get_content_height`` then wraps each option at width 0 or less, which raises in Rich's
``chop_cells`` (``range() arg 3 must not be zero``) and quits the app mid-resize. At such
a width nothing can be shown anyway: the list says one row an option until it is laid
out again at its real width.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.widgets import OptionList as TextualOptionList


class OptionList(TextualOptionList):
    """Textual's ``OptionList``, measured safely at any width."""

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        padding = self.get_component_styles("option-list--option").padding.width
        if width - padding < 1:
            return self.option_count
        return super().get_content_height(container, viewport, width)
