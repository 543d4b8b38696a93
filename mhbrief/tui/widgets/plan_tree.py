"""The plan pane: each plan's sections as a tree; Enter opens a section.

Each section shows how many quotes and points answer it; a section that nobody
has answered (nor any of its subsections) stands out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from mhbrief.model import Collection, Plan, Section
from mhbrief.plan_answers import answer_counts, answered_below

UNANSWERED_MARK = "○ "


def section_label(section: Section, count: int = 0, answered: bool = True) -> Text:
    """``1 Title  3``; an unanswered section marked and styled to stand out."""
    # rich Text built from plain strings: a title like "[b]" stays literal.
    title = section.heading
    if not answered:
        return Text.assemble((UNANSWERED_MARK + title, "italic"), ("  0", "bold reverse"))
    return Text.assemble(title, (f"  {count}", "dim" if count else "dim italic"))


class PlanTree(Tree[str]):
    """Plans and their (nested) sections; node data is the plan id or section ref."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open section", id="plan.open"),
        # Over the screen's "c Copy cite": c copies the highlighted section (or plan),
        # the row the reader is on, not the item open in the detail pane.
        Binding("c", "copy_section", "Cite section", id="plan.copy"),
    ]
    #: What ``check_action`` last said of ``copy_section``: the footer was built for it.
    _copies_section = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text("Plans"), id=id)
        self.show_root = False
        self.auto_expand = False
        self._counts: Mapping[str, int] = {}
        self._answered: frozenset[str] = frozenset()

    def show(self, collection: Collection) -> None:
        cursor = self.cursor_node.data if self.cursor_node else None
        self.clear()
        self._counts = answer_counts(collection)
        for plan in sorted(collection.plans.values(), key=lambda p: p.published, reverse=True):
            answered = answered_below(plan, self._counts)
            self._answered = answered
            done = sum(1 for section in plan.sections if self._counts.get(section.ref))
            label = Text.assemble(
                (plan.title, "bold"), (f"  {done}/{len(plan.sections)} answered", "dim")
            )
            node = self.root.add(label, data=plan.id, expand=True)
            self._add_sections(node, plan, None)
        if cursor is not None:
            self.select_id(cursor)

    def _add_sections(self, node: TreeNode[str], plan: Plan, parent: str | None) -> None:
        for section in plan.children(parent):
            children = plan.children(section.id)
            label = section_label(
                section, self._counts.get(section.ref, 0), section.ref in self._answered
            )
            if children:
                branch = node.add(label, data=section.ref, expand=True)
                self._add_sections(branch, plan, section.id)
            else:
                node.add_leaf(label, data=section.ref)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "copy_section":
            node = self.cursor_node
            return node is not None and bool(node.data)  # else the screen's c
        return True

    async def action_copy_section(self) -> None:
        await self.screen.run_action("copy(True)")

    def watch_cursor_line(self, previous_line: int, line: int) -> None:
        super().watch_cursor_line(previous_line, line)
        node = self.cursor_node
        copies = node is not None and bool(node.data)
        if copies != self._copies_section:  # the footer is built again only when its c
            self._copies_section = copies  # changes, not on every row moved over
            self.refresh_bindings()

    def select_id(self, target: str) -> bool:
        """Move the cursor to the node for ``target``; False if there is none."""
        for line in range(self.last_line + 1):
            node = self.get_node_at_line(line)
            if node is not None and node.data == target:
                self.cursor_line = line
                return True
        return False
