"""What the user asked and chose: the query history, saved searches and display choices."""

from __future__ import annotations

from mhbrief.sanitize import sanitize_line
from mhbrief.state.documents import Document, DocumentStore, StateError
from mhbrief.toml_positions import KeyPath

#: Queries kept in the history, newest last.
HISTORY_LIMIT = 200

HISTORY = "history"
SEARCHES = "searches"
DISPLAY = "display"

DisplayValue = str | bool | int


class UserChoices(DocumentStore):
    """The history, saved searches and display choices kept in a state folder."""

    # -- query history ----------------------------------------------------------------

    def history(self) -> list[str]:
        """Earlier queries, oldest first (empty when the file is damaged)."""
        return [sanitize_line(q) for q in self.load(HISTORY, _check_history).get("queries", [])]

    def remember_query(self, query: str) -> list[str]:
        """Add ``query`` to the history (capped; never twice in a row); the history now."""
        query = sanitize_line(query)

        def change(data: Document) -> Document | None:
            queries: list[str] = list(data.get("queries", []))
            if not query or (queries and queries[-1] == query):
                return None
            return {**data, "queries": [*queries, query][-HISTORY_LIMIT:]}

        return list(self.update(HISTORY, change, _check_history).get("queries", []))

    # -- saved searches ----------------------------------------------------------------

    def saved_searches(self) -> dict[str, str]:
        """Saved queries by name, in the order they were saved."""
        table = self.load(SEARCHES, _check_searches).get("searches", {})
        return {sanitize_line(name): sanitize_line(entry["query"]) for name, entry in table.items()}

    def saved_query(self, name: str) -> str | None:
        """The query saved as ``name`` (case aside), or None."""
        searches = self.saved_searches()
        if name in searches:
            return searches[name]
        folded = {key.casefold(): query for key, query in searches.items()}
        return folded.get(sanitize_line(name).casefold())

    def save_search(self, name: str, query: str) -> None:
        """Save ``query`` as ``name`` (replacing a search of that name)."""
        name, query = sanitize_line(name), sanitize_line(query)
        if not name or not query:
            raise StateError("a saved search needs a name and a query")

        def change(data: Document) -> Document:
            searches = dict(data.get("searches", {}))
            searches.pop(name, None)
            searches[name] = {"query": query}
            return {**data, "searches": searches}

        self.update(SEARCHES, change, _check_searches)

    def rename_search(self, old: str, new: str) -> None:
        """Call the saved search ``old`` ``new``, in its place in the list; a search already
        called ``new`` is not replaced (:class:`StateError` says so)."""
        new = sanitize_line(new)
        if not new:
            raise StateError("a saved search needs a name")

        def change(data: Document) -> Document | None:
            searches = dict(data.get("searches", {}))
            if old not in searches:
                raise StateError(f"there is no saved search '{sanitize_line(old)}'")
            if new == old:
                return None
            if new in searches:
                raise StateError(f"a saved search is already called '{new}'; pick another name")
            renamed = {(new if name == old else name): entry for name, entry in searches.items()}
            return {**data, "searches": renamed}

        self.update(SEARCHES, change, _check_searches)

    def forget_search(self, name: str) -> bool:
        """Remove the saved search ``name``; False when there is none."""

        found: list[bool] = []

        def change(data: Document) -> Document | None:
            searches = dict(data.get("searches", {}))
            found.append(searches.pop(name, None) is not None)
            return {**data, "searches": searches} if found[-1] else None

        self.update(SEARCHES, change, _check_searches)
        return found[-1]

    # -- display choices ---------------------------------------------------------------

    def display_choices(self) -> dict[str, DisplayValue]:
        """Display choices by key (compact mode, sort...), as last set."""
        return dict(self.load(DISPLAY, _check_display).get("display", {}))

    def set_display(self, key: str, value: DisplayValue) -> None:
        def change(data: Document) -> Document | None:
            choices = dict(data.get("display", {}))
            if choices.get(key) == value and type(choices.get(key)) is type(value):
                return None
            choices[key] = value
            return {**data, "display": choices}

        self.update(DISPLAY, change, _check_display)


def _check_history(data: Document) -> list[tuple[KeyPath, str]]:
    queries = data.get("queries", [])
    if not isinstance(queries, list) or not all(isinstance(q, str) for q in queries):
        return [(("queries",), "'queries' should be a list of texts")]
    return []


def _check_searches(data: Document) -> list[tuple[KeyPath, str]]:
    searches = data.get("searches", {})
    if not isinstance(searches, dict):
        return [(("searches",), "'searches' should be a table of saved searches")]
    for name, entry in searches.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("query"), str):
            return [(("searches", name), 'a saved search should have query = "..."')]
    return []


def _check_display(data: Document) -> list[tuple[KeyPath, str]]:
    choices = data.get("display", {})
    if not isinstance(choices, dict):
        return [(("display",), "'display' should be a table of choices")]
    for key, value in choices.items():
        if not isinstance(value, str | bool | int):
            return [(("display", key), "a display choice should be a text, number or true/false")]
    return []
