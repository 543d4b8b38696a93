"""The main screen's answer on screen: result rows, the rows around them, the status line.

Rows drawn for the last answer are kept by what they show and reused as they are, so
an unchanged row (or list) is neither built nor measured again; the "more",
"did you mean" and "nothing found" rows; and the status line's count, sort and notes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import OptionList

from mhbrief import query_tokens
from mhbrief.model import Kind
from mhbrief.plural import counted
from mhbrief.results import MAX_EXPANSIONS, Hit, SearchResponse, Sort
from mhbrief.sanitize import sanitize_line
from mhbrief.tui.rendering import ERROR, hit_flags, section_title
from mhbrief.tui.screens.syncing import follow_problems
from mhbrief.tui.widgets.results import MORE, NOTE, SUGGEST, ResultsList
from mhbrief.tui.widgets.search_box import SearchBox
from mhbrief.tui.widgets.status import Part, StatusBar
from mhbrief.tui.widgets.themes import ThemesList

if TYPE_CHECKING:
    from mhbrief.tui.screens.main import MainScreen

WARNING = "$text-warning"
MUTED = "$text-muted"


class ResultsView:
    """The result list and status line of one main screen."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        #: The rows of the last answer, by what they show (see hit_rows).
        self._rows: dict[object, Content] = {}
        self._more: Content | None = None

    def show(self, response: SearchResponse, *, restoring: str | None = None) -> None:
        """Draw ``response``: its rows, the themes' counts, the status line, and the detail
        of the highlighted row (or of the step Back or Fwd brought back)."""
        screen = self.screen
        app = screen.mhbrief
        collection = app.library.collection
        results = screen.query_one(ResultsList)
        # A reload, a re-sort or the next page keeps the highlighted row; a new
        # query starts at its best hit, as in any search-as-you-type list.
        same_query = screen.response is not None and screen.response.query == response.query
        to_top, screen.to_top = screen.to_top, False
        keep = results.highlighted_id if same_query and not to_top else None
        keep = restoring or keep
        screen.response = response
        screen.hits = {hit.id: hit for hit in response.hits}
        rows = self.hit_rows(response.hits)
        if response.total > len(response.hits):
            more = counted_about(response.total - len(response.hits), response.total_exact)
            rows.append((MORE, self.more_row(f"… {more} more: Enter shows them")))
        if response.suggestion and not response.hits:
            rows.append(
                (
                    SUGGEST,
                    Content.assemble(
                        ("Did you mean ", "italic"),
                        (response.suggestion, "bold $text-accent"),
                        ("? Enter searches for it", "italic"),
                    ),
                )
            )
        if not rows and screen.synced:
            rows.append((NOTE, self.empty_note(response)))
        # The highlighted row is previewed here, not by the event a new highlight
        # posts: handled later, that would draw the detail a second time, in a
        # frame of its own after the results.
        with results.prevent(OptionList.OptionHighlighted):
            results.show(rows, keep=keep)
        if to_top:
            results.scroll_home(animate=False)
        screen.prep.show_marks()
        results.border_title = f"Results {counted_about(response.total, response.total_exact)}"
        counts = None if response.facets_pending else response.facets.get("theme", {})
        screen.query_one(ThemesList).show(collection.themes, counts, screen.active_themes())
        self.update_status()
        follow_problems(screen, collection)  # F8, if open, counts as the status line does
        highlighted = results.highlighted_id
        if restoring is not None:  # Back retraces what was opened, not the best hit
            screen.show_detail(restoring)
            return
        # After a sort or new items, with the focus elsewhere, the open item stays.
        follow = not (to_top and not results.has_focus) or screen.detail_id is None
        if follow and highlighted is not None and highlighted in screen.hits:
            screen.preview(highlighted)
        elif screen.detail_id is not None:
            screen.show_detail(screen.detail_id)

    def hit_rows(self, hits: Sequence[Hit]) -> list[tuple[str, Content]]:
        """A row per hit; a row drawn for the last answer is reused as it is.

        The list then skips an unchanged row (or all of them) and reuses its
        measured height, which for long rows costs more than building it.
        """
        app = self.screen.mhbrief
        collection = app.library.collection
        previous, self._rows = self._rows, {}
        rows = []
        for hit in hits:
            flagged = hit_flags(hit, collection, app.today, app.old_after_days)
            title = section_title(collection, hit.id) if hit.kind is Kind.SECTION else None
            # What a row shows: the hit as found (not its score) and how it is drawn.
            key = (replace(hit, score=0.0), flagged, title, self.screen.reading.mode(hit))
            prompt = previous.get(key) or self.screen.reading.prompt(hit, flagged, title)
            self._rows[key] = prompt
            rows.append((hit.id, prompt))
        return rows

    def more_row(self, text: str) -> Content:
        """The italic "more" row: the same object while its text stays the same."""
        if self._more is None or self._more.plain != text:
            self._more = Content.styled(text, "italic")
        return self._more

    def empty_note(self, response: SearchResponse) -> Content:
        """What to do when there is nothing to show."""
        collection = self.screen.mhbrief.library.collection
        if not collection.briefings and not collection.plans:
            folder = sanitize_line(str(self.screen.mhbrief.library.briefings))
            lines: list[str | tuple[str, str]] = [
                ("No briefings or plans here yet", "bold"),
                (f" ({folder}).\n", "$text-muted"),
                "Add TOML files (docs/briefing-format.md; `mhbrief new` writes a template)\n"
                "or press i to import a press statement.",
            ]
            if collection.error_count:
                lines.append(("\nSome files failed to load: F8 lists why.", "$text-warning"))
            return Content.assemble(*lines)
        if response.query.strip() in ("", "*"):
            return Content.styled("Nothing to show yet.", "italic")
        return Content.assemble(
            ("Nothing found", "bold"),
            (" for this query.\n", "$text-muted"),
            nothing_found_tips(response.query, response.prefix),
            *self._left_out_lines(response),
        )

    @staticmethod
    def _left_out_lines(response: SearchResponse) -> tuple[tuple[str, str], ...]:
        """Under "Nothing found": the files no search can find until they are fixed."""
        if not response.left_out:
            return ()
        count = len(response.left_out)
        files = ", ".join(response.left_out[:3]) + (" …" if count > 3 else "")
        return (
            (f"\n{count} file{'s' if count != 1 else ''} with errors left out: ", ERROR),
            (files, "$text-muted"),
            ("\nF8 lists what to fix.", "$text-warning"),
        )

    def update_status(self) -> None:
        """The status line's parts, each with shorter forms for a narrow terminal
        (:func:`~mhbrief.tui.widgets.status.fit_status` picks what fits)."""
        screen = self.screen
        parts = self._response_parts(screen.response) if screen.response is not None else []
        if screen.reading.bad_added:
            parts.append(
                Part.of(WARNING, ("added: wants a date: 2026-11, 2026-11-01..", 45), "added: date?")
            )
        if screen.sync_note:
            parts.append(Part.of(MUTED, (screen.sync_note, 25), ""))
        if screen.prep.marks:
            marked = f"{len(screen.prep.marks)} marked"
            parts.append(Part.of("bold $text-success", (screen.prep.status(), 28), marked))
        screen.query_one(StatusBar).set_text(parts)

    def _response_parts(self, response: SearchResponse) -> list[Part]:
        """Count and sort, then what the answer warns about, most important first."""
        browsing = not self.screen.query_one(SearchBox).value.strip()
        sort = Sort.NEWEST if browsing else self.screen.sort  # as run_search does
        total = counted_about(response.total, response.total_exact)
        parts = [
            Part.of("", f"{total} result{'s' if response.total != 1 else ''}"),
            Part.of(MUTED, (sort.value, 20), ""),
        ]
        if response.fallback:  # what could not be read, short: "date:2018-13 is not a date"
            why = response.syntax.split(";")[0]
            read = f"{why}: read as plain words" if why else "read as plain words"
            parts.append(Part.of(WARNING, (read, 50), "read as plain words"))
        if response.capped:  # while typing: a long prefix searched its commonest words
            parts.append(
                Part.of(WARNING, (f"prefix capped at {MAX_EXPANSIONS} words", 40), "prefix capped")
            )
        if response.limits:  # left out to bound the query's cost: the first reason
            parts.append(Part.of(WARNING, (response.limits[0], 45), "query limited"))
        if response.stale:
            parts.append(Part.of(WARNING, ("index may be out of date", 55), "index stale"))
        if response.left_out:  # files with errors that no search can find (F8)
            files = counted(len(response.left_out), "file")
            parts.append(
                Part.of(ERROR, (f"{files} left out", 32), f"{len(response.left_out)} left out")
            )
        return parts


def counted_about(count: int, exact: bool) -> str:
    """``12,345``; an estimate as one, to two figures: ``about 12,000``."""
    if exact:
        return f"{count:,}"
    figures = max(0, len(str(count)) - 2)
    return f"about {round(count, -figures):,}"


def nothing_found_tips(query: str, prefix: str = "") -> str:
    """What to try when ``query`` found nothing: only the tips that apply to it (fewer
    words when there are several, ``prefix`` (a prefix of a word typed whole that, the
    engine found, does find something), a phrase's quotes, the filters it holds, by name)."""
    typed = query_tokens.words(query)
    tips = []
    if len(typed) > 1:
        tips.append("fewer words")
    if prefix:
        tips.append(f"a prefix such as {prefix}")
    if any(word.startswith('"') for word in typed):
        tips.append("the words without quotes")
    said = [f"Try {_listed(tips, 'or')}."] if tips else []
    names = query_tokens.filters(query)
    if names:
        named = _listed([f"{name}:" for name in names], "and")
        plural = "s" if len(names) > 1 else ""
        said.append(f"{'Or t' if tips else 'T'}ake off the {named} filter{plural}.")
    return " ".join(said) or "Check the spelling, or try another word."


def _listed(items: list[str], last: str) -> str:
    """``a, b or c``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {last} {items[-1]}"
