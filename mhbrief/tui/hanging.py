"""Text with a hanging indent: a wrapped line continues under its text, not at the edge.

Textual wraps a line back to column 0, which in a list of keys, themes or problems
made a continuation read like the next entry (``speaker`` under ``ctrl+p``). A
:class:`Hanging` wraps each line's first row at the full width and the rest
``indent`` columns in; the text is :class:`~textual.content.Content`, so it stays
literal (never markup).
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class Hanging(Visual):
    """``content`` with its wrapped rows ``indent`` columns in."""

    def __init__(self, content: Content, indent: int) -> None:
        self.content = content
        self.indent = indent
        self._laid: dict[int, Content] = {}  # by width: measured, then drawn

    def __str__(self) -> str:
        return self.content.plain

    def laid_out(self, width: int) -> Content:
        """The content with its line breaks and indents for ``width`` columns."""
        if width not in self._laid:
            self._laid[width] = _lay_out(self.content, self.indent, width)
        return self._laid[width]

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.laid_out(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.content.get_minimal_width(rules) + self.indent

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.laid_out(width).get_height(rules, width)


def _lay_out(content: Content, indent: int, width: int) -> Content:
    indent = min(indent, max(0, width - 10))  # a very narrow pane: the text comes first
    rows: list[Content] = []
    for line in content.split("\n", allow_blank=True):
        first, *_ = line.wrap(width) or [line]
        rows.append(first)
        rest = line[len(first.plain) :]
        rest = rest[len(rest.plain) - len(rest.plain.lstrip()) :]
        if rest.plain:
            pad = Content(" " * indent)
            rows += [pad + row for row in rest.wrap(max(1, width - indent))]
    return Content("\n").join(rows)
