"""Text with a hanging indent: a wrapped line continues under its text, not at the edge.

Textual wraps a line back to column 0, which in a list of keys, themes or problems
made a continuation read like the next entry (``speaker`` under ``ctrl+p``). A
:class:`Hanging` wraps each line's first row at the full width and the rest
``indent`` columns in; the text is :class:`~textual.content.Content`, so it stays
literal (never markup). A problem's ``path:line:col:`` at the start of its first line is
kept whole (a path too long for a row is broken inside the path, at a ``/`` or ``-``).
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

from mhbrief.problems import fold_location


class Hanging(Visual):
    """``content`` with its wrapped rows ``indent`` columns in."""

    def __init__(self, content: Content, indent: int, head: tuple[int, int] | None = None) -> None:
        self.content = content
        self.indent = indent
        #: ``(length, path length)`` of a ``path:line:col:`` the first line starts with:
        #: broken only inside its path, never in ``:52:1:`` (see ``fold_location``).
        self.head = head
        self._laid: dict[int, Content] = {}  # by width: measured, then drawn

    def __str__(self) -> str:
        return self.content.plain

    def laid_out(self, width: int) -> Content:
        """The content with its line breaks and indents for ``width`` columns (at least
        one: while the app switches layouts a pane can be measured at no width at all)."""
        width = max(1, width)
        if width not in self._laid:
            self._laid[width] = _lay_out(self.content, self.indent, width, self.head)
        return self._laid[width]

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        if width < 1:
            return []
        return self.laid_out(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.content.get_minimal_width(rules) + self.indent

    def get_height(self, rules: RulesMap, width: int) -> int:
        width = max(1, width)
        return self.laid_out(width).get_height(rules, width)


def _lay_out(content: Content, indent: int, width: int, head: tuple[int, int] | None) -> Content:
    indent = min(indent, max(0, width - 10))  # a very narrow pane: the text comes first
    rows: list[Content] = []
    for number, line in enumerate(content.split("\n", allow_blank=True)):
        if number == 0 and head is not None:
            line = _fold_head(line, head, indent, width, rows)
        first, *_ = line.wrap(width) or [line]
        rows.append(first)
        rest = line[len(first.plain) :]
        rest = rest[len(rest.plain) - len(rest.plain.lstrip()) :]
        if rest.plain:
            pad = Content(" " * indent)
            rows += [pad + row for row in rest.wrap(max(1, width - indent))]
    return Content("\n").join(rows)


def _fold_head(
    line: Content, head: tuple[int, int], indent: int, width: int, rows: list[Content]
) -> Content:
    """The rows of ``line``'s head (``path:line:col:``) that do not fit, added to ``rows``
    (broken inside the path only); what is left of ``line``, indented if any were."""
    length, path_end = head
    *folded, _last = fold_location(line.plain[:length], path_end, width, indent)
    start = 0
    for row in folded:
        rows.append(Content(" " * indent if rows else "") + line[start : start + len(row)])
        start += len(row)
    return Content(" " * indent) + line[start:] if folded else line
