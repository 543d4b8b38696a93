"""What the tune-round tests read of a draft: its data, and all the text it keeps."""

from __future__ import annotations

from typing import Any

from mhbrief.importer import import_source


def draft_data(text: str) -> dict[str, Any]:
    """The draft of ``text`` as the TOML file will hold it."""
    return import_source(text).data


def kept_text(draft: dict[str, Any]) -> str:
    """All the text a draft keeps: its summary, quotes (with their context) and points."""
    parts = [draft.get("summary", "")]
    parts += [q["text"] + q.get("context", "") for q in draft["quotes"]]
    return "\n".join(parts + [p["text"] for p in draft.get("points", [])])
