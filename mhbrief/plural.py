"""Counted nouns in English, as the interface says them: "1 quote", "3 quotes"."""

from __future__ import annotations


def counted(count: int, word: str, plural: str | None = None) -> str:
    """``count`` and ``word``, in the plural unless there is exactly one."""
    if count == 1:
        return f"1 {word}"
    return f"{count} {plural if plural is not None else word + 's'}"
