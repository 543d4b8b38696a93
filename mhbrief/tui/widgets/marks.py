"""Marked items: an ordered set of ids, and the mark shown at the start of a marked row.

Marks belong to the main screen and survive a new query; any OptionList whose
option ids are item ids (results, backlinks) shows them through :func:`show_marks`,
which changes only the rows whose mark changed.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator

from textual.content import Content
from textual.widgets import OptionList

MARK_TEXT = "✓ "
MARK = Content.styled(MARK_TEXT, "bold $text-success")


class MarkedIds:
    """Ids in the order they were marked."""

    def __init__(self) -> None:
        self._ids: dict[str, None] = {}

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def toggle(self, item_id: str) -> bool:
        """Mark ``item_id``, or unmark it; True when it is marked now."""
        if item_id in self._ids:
            del self._ids[item_id]
            return False
        self._ids[item_id] = None
        return True

    def clear(self) -> None:
        self._ids.clear()

    def in_order(self, shown: Iterable[str]) -> list[str]:
        """The marked ids in the order ``shown`` lists them, then the rest as marked."""
        first = [item_id for item_id in dict.fromkeys(shown) if item_id in self._ids]
        return first + [item_id for item_id in self._ids if item_id not in set(first)]


def show_marks(options: OptionList, marked: Container[str]) -> None:
    """Put the mark on the rows of marked ids and take it off the others."""
    for index, option in enumerate(options.options):
        prompt = option.prompt
        if not isinstance(prompt, Content) or option.id is None:
            continue
        has = prompt.plain.startswith(MARK_TEXT)
        wanted = option.id in marked
        if has and not wanted:
            options.replace_option_prompt_at_index(index, prompt[len(MARK_TEXT) :])
        elif wanted and not has:
            options.replace_option_prompt_at_index(index, MARK + prompt)
