"""The plan pane: each plan's sections as a tree; Enter opens a section."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from mhbrief.model import Collection, Plan, Section


def section_label(section: Section) -> Text:
    # rich Text built from plain strings: a title like "[b]" stays literal.
    title = f"{section.number} {section.title}" if section.number else section.title
    return Text(title)


class PlanTree(Tree[str]):
    """Plans and their (nested) sections; node data is the plan id or section ref."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Open section", id="plan.open")
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text("Plans"), id=id)
        self.show_root = False
        self.auto_expand = False

    def show(self, collection: Collection) -> None:
        cursor = self.cursor_node.data if self.cursor_node else None
        self.clear()
        for plan in sorted(collection.plans.values(), key=lambda p: p.published, reverse=True):
            node = self.root.add(Text(plan.title, style="bold"), data=plan.id, expand=True)
            self._add_sections(node, plan, None)
        if cursor is not None:
            self.select_id(cursor)

    def _add_sections(self, node: TreeNode[str], plan: Plan, parent: str | None) -> None:
        for section in plan.children(parent):
            children = plan.children(section.id)
            if children:
                branch = node.add(section_label(section), data=section.ref, expand=True)
                self._add_sections(branch, plan, section.id)
            else:
                node.add_leaf(section_label(section), data=section.ref)

    def select_id(self, target: str) -> bool:
        """Move the cursor to the node for ``target``; False if there is none."""
        for line in range(self.last_line + 1):
            node = self.get_node_at_line(line)
            if node is not None and node.data == target:
                self.cursor_line = line
                return True
        return False
