"""The browser: search box, results, detail, and a side pane of themes or plan sections.

Wide terminals show the three panes side by side; narrow ones (80x24) show one
pane at a time under a row of tabs (F2-F5), so nothing is cut off.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Header, Input, OptionList, Tab, Tabs, Tree
from textual.worker import Worker, WorkerState, get_current_worker

from mhbrief.library import Cancelled
from mhbrief.model import Quote
from mhbrief.results import Hit, SearchResponse, Sort
from mhbrief.sanitize import sanitize_line
from mhbrief.tui.messages import FilesChanged, Request, SearchDone, SyncDone, SyncProgress
from mhbrief.tui.reading import Reading
from mhbrief.tui.rendering import Detail, build_detail
from mhbrief.tui.screens import quote_pages
from mhbrief.tui.screens.copying import copy_detail, hide_bar_after, highlighted_link
from mhbrief.tui.screens.live_reload import LiveReload
from mhbrief.tui.screens.prep import Prep
from mhbrief.tui.screens.results_view import ResultsView
from mhbrief.tui.screens.retracing import Retracing
from mhbrief.tui.screens.settling import Settling
from mhbrief.tui.screens.syncing import FIRST_SYNC_WAIT, after_sync
from mhbrief.tui.widgets.detail import DetailPane, LinkList
from mhbrief.tui.widgets.footer import FitFooter
from mhbrief.tui.widgets.marks import show_marks
from mhbrief.tui.widgets.page_tabs import PageTabs
from mhbrief.tui.widgets.plan_tree import PlanTree
from mhbrief.tui.widgets.related import RelatedList
from mhbrief.tui.widgets.results import MORE, NOTE, SUGGEST, ResultsList
from mhbrief.tui.widgets.search_box import SearchBox
from mhbrief.tui.widgets.status import CopiedBar, StatusBar
from mhbrief.tui.widgets.themes import ThemesList

if TYPE_CHECKING:
    from mhbrief.tui.app import MHBriefApp

#: Rows fetched per page of results; "show more" fetches the next page. About
#: three screens of a tall terminal: every row is highlighted, built and measured
#: on each key, so rows nobody scrolls to would cost every keystroke.
PAGE = 50
PAGES = ("results", "detail", "themes", "plan")
PAGE_WIDGETS = {
    "results": "#results",
    "detail": "#links",
    "themes": "#themes",
    "plan": "#plan",
}
PAGE_KEYS = {"results": "F2", "detail": "F3", "themes": "F4", "plan": "F5"}


class MainScreen(Screen[None]):
    """Search, results, detail, themes, plan."""

    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (a Screen instance attribute in Textual)
        (0, "-narrow"),
        (120, "-wide"),
    ]
    #: Under 22 rows (60x20) the open item's words need every row: see app.tcss.
    VERTICAL_BREAKPOINTS = [  # noqa: RUF012 (a Screen instance attribute in Textual)
        (0, "-short"),
        (22, "-tall"),
    ]

    # The footer shows only what each pane needs most, to fit 80 columns
    # (the tabs row shows F2-F5); the help screen (F1) lists every key.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "page('results')", "Results", show=False, id="page.results"),
        Binding("f3", "page('detail')", "Detail", show=False, id="page.detail"),
        Binding("t,f4", "page('themes')", "Themes", show=False, id="page.themes"),
        Binding("p,f5", "page('plan')", "Plan", show=False, id="page.plan"),
        Binding("slash", "focus_search", "Search", show=False, id="search.focus"),
        Binding("escape", "focus_search", "Search", show=False, id="search.escape"),
        Binding("c", "copy(True)", "Copy cite", id="copy.cite"),
        Binding("C,y", "copy(False)", "Copy text", show=False, id="copy.bare"),
        Binding("b,alt+left,left_square_bracket", "back", "Back", id="history.back"),
        Binding("alt+right,right_square_bracket,f", "forward", "Fwd", show=False, id="history.fwd"),
        Binding("f6,s", "toggle_sort", "Sort", show=False, id="sort"),
        Binding("f8,exclamation_mark", "problems", "Problems", show=False, id="problems"),
        Binding("ctrl+r", "resync", "Reload", show=False, id="resync"),
        Binding("question_mark", "app.help", "Help", show=False, id="help.key"),
        Binding("i", "app.import_source", "Import", show=False, id="import"),
        # Interview prep (screens/prep.py): marks, sheets, saved searches.
        Binding("space", "mark", "Mark", show=False, id="prep.mark"),
        Binding("U", "clear_marks", "Clear marks", show=False, id="prep.clear"),
        # Shown in the footer, with how many it copies, while something is marked.
        Binding("m", "copy_marked", "Copy marked", show=False, id="prep.copy_marked"),
        Binding("a", "add_to_sheet", "Add to sheet", show=False, id="prep.add"),
        Binding("w,f7", "sheet", "Sheet", show=False, id="prep.sheet"),
        Binding("ctrl+s", "save_search", "Save search", show=False, id="prep.save_search"),
        Binding("S", "speaker", "Speaker", show=False, id="speaker"),
        Binding("o", "source", "Source", show=False, id="source"),
        Binding("v", "toggle_compact", "Compact", show=False, id="compact"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.retracing = Retracing(self)
        self.prep = Prep(self)
        self.reading = Reading(self)
        #: The next results start at their first row (after a sort, or new items).
        self.to_top = False
        self.sort = Sort.RELEVANCE
        self.limit = PAGE
        self.response: SearchResponse | None = None
        self.hits: dict[str, Hit] = {}
        self.detail_id: str | None = None
        self.page = "results"
        self._wanted: Request | None = None
        self.results_view = ResultsView(self)
        self.settling = Settling(self)
        self.live_reload = LiveReload(self)
        #: What the index is doing, for the status line ("" when nothing to say).
        self.sync_note = ""
        #: True once the first sync is done (before it, an empty list says nothing).
        self.synced = False
        self.sync_begun = False
        self.last_sync_message: str | None = None

    @property
    def mhbrief(self) -> MHBriefApp:
        return cast("MHBriefApp", self.app)

    # --- layout ---------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        yield SearchBox(id="search")
        yield PageTabs(
            *(Tab(f"{PAGE_KEYS[name]} {name.capitalize()}", id=f"tab-{name}") for name in PAGES),
            id="tabs",
        )
        with Horizontal(id="panes", classes="-page-results"):
            with Vertical(id="results-pane"):
                yield ResultsList(id="results")
            yield DetailPane(id="detail-pane")
            with Vertical(id="side"), ContentSwitcher(id="side-switcher", initial="themes"):
                yield ThemesList(id="themes")
                yield PlanTree(id="plan")
        yield CopiedBar(id="copied")
        yield StatusBar(id="status")
        yield FitFooter()

    def on_mount(self) -> None:
        self.query_one("#results-pane").border_title = "Results"
        self.query_one("#detail-pane").border_title = "Detail"
        self.query_one("#side").border_title = "Themes"
        self.query_one(CopiedBar).hide()
        self.query_one(StatusBar).set_problems(0, 0)
        self.query_one(SearchBox).focus()
        self.prep.mount()
        self.reading.mount()
        self.sub_title = sanitize_line(str(self.mhbrief.library.briefings))  # a folder name
        # The first answer comes from the index as it stands; the sync (seconds at 100k)
        # and the first-seen dates are read once it is drawn, not competing with it.
        self.sync_note = "syncing the index…"
        self.start_search()
        self.set_timer(FIRST_SYNC_WAIT, self.first_sync)
        self.live_reload.start()

    def action_page(self, page: str) -> None:
        self.show_page(page, focus=True)

    def show_page(self, page: str, *, focus: bool) -> None:
        panes = self.query_one("#panes")
        panes.remove_class(*(f"-page-{name}" for name in PAGES))
        panes.add_class(f"-page-{page}")
        self.page = page
        self.query_one(PageTabs).active = f"tab-{page}"
        if page in ("themes", "plan"):
            self.query_one(ContentSwitcher).current = page
            self.query_one("#side").border_title = page.capitalize()
        if focus:
            target = self.query_one(PAGE_WIDGETS[page])
            if page == "detail" and not self.query_one(LinkList).option_count:
                target = self.query_one("#detail-scroll")
            target.focus()

    @on(Tabs.TabActivated, "#tabs")
    def tab_clicked(self, event: Tabs.TabActivated) -> None:
        if event.tabs.active != event.tab.id:
            return  # stale: the page changed again since (we set tabs ourselves)
        page = (event.tab.id or "tab-results").removeprefix("tab-")
        if page != self.page:
            self.show_page(page, focus=True)

    def on_descendant_focus(self) -> None:
        """Keep the page (and its tab) in step with where the focus went."""
        focused = self.focused
        if focused is None:
            return
        if not isinstance(focused, SearchBox):
            self.query_one(RelatedList).resume()  # put off while a query was typed
        for page, selector in PAGE_WIDGETS.items():
            pane = self.query_one(selector)
            if focused is pane or pane in focused.ancestors:
                if page != self.page:
                    self.show_page(page, focus=False)
                return
        if focused.id in ("detail-scroll", "related") and self.page != "detail":
            self.show_page("detail", focus=False)

    def action_focus_search(self) -> None:
        """Esc or ``/``: back to the search box, the query selected (typing replaces it)."""
        self.query_one(SearchBox).come_back()

    # --- searching ------------------------------------------------------------

    @on(Input.Changed, "#search")
    def query_changed(self) -> None:
        self.limit = PAGE
        self.start_search(exact=False)  # more keys may follow (screens/settling.py)
        self.prep.query_typed()
        if self.page != "results" and self.query_one(SearchBox).has_focus:
            # Typing a new search from another tab (80x24): show what it finds.
            self.show_page("results", focus=False)

    @on(Input.Submitted, "#search")
    def query_submitted(self) -> None:
        """Enter: into the results, or, when the query found nothing and a spelling is
        suggested for it ("Did you mean …? Enter searches for it"), search for that."""
        box = self.query_one(SearchBox)
        response = self.response
        if (
            response is not None
            and response.suggestion
            and not response.hits
            and response.query.strip() == box.value.strip()
        ):
            box.replace_text(response.suggestion)
            return
        self.into_results()

    @on(SearchBox.ToResults)
    def into_results(self) -> None:
        self.prep.remember_query()
        self.settling.now()  # the query is typed: its exact figures, without the wait
        self.show_page("results", focus=True)

    @on(ResultsList.ToSearchBox)
    def out_of_results(self) -> None:
        self.query_one(SearchBox).focus()

    def current_request(self, exact: bool = True) -> Request:
        query = self.query_one(SearchBox).value
        return Request(query, self.sort, self.limit, exact)

    @property
    def wanted(self) -> Request | None:
        """The search whose answer is to be shown (any other is stale)."""
        return self._wanted

    def start_search(self, *, exact: bool = True) -> None:
        self.settling.stop()
        request = self.current_request(exact)
        self._wanted = request
        # A more-like-this search still running would hold the index: it gives way.
        for worker in self.app.workers:
            if worker.group == "related" and not worker.is_finished:
                worker.cancel()
        self.run_search(request)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, request: Request) -> None:
        # A trailing space says the last word is finished: the library reads it.
        query = request.query.lstrip()
        added, only = self.reading.added(query)  # added:2026-11, from the per-user state
        query = added.rest
        # An empty box browses everything, newest first.
        browsing = not query.strip()
        sort = Sort.NEWEST if browsing else request.sort
        worker = get_current_worker()
        try:
            response = self.mhbrief.library.search(
                "*" if browsing else query,
                limit=request.limit,
                sort=sort,
                as_you_type=True,
                cancelled=lambda: worker.is_cancelled,  # a newer key: let it have the index
                only=only,
                # Before the first sync no theme is loaded to show a count beside: the
                # first answer comes without them, sooner (the sync searches again).
                facets=self.synced,
                exact=request.exact,
            )
        except Cancelled:
            return
        if not worker.is_cancelled:
            self.post_message(SearchDone(request, response))

    @on(SearchDone)
    def search_done(self, message: SearchDone) -> None:
        if message.request != self._wanted:
            return  # the user has typed on since: drop it
        restoring = self.retracing.taken(message.request.query)
        self.show_response(message.response, restoring=restoring)
        self.settling.shown(message.request, message.response)
        if not self.sync_begun:
            self.call_after_refresh(self.first_sync)

    def show_response(self, response: SearchResponse, *, restoring: str | None = None) -> None:
        """Draw ``response`` in the result list (see :class:`ResultsView`)."""
        self.results_view.show(response, restoring=restoring)

    def active_themes(self) -> set[str]:
        words = self.query_one(SearchBox).value.split()
        return {word.removeprefix("theme:") for word in words if word.startswith("theme:")}

    def update_status(self) -> None:
        self.results_view.update_status()

    def action_toggle_compact(self) -> None:
        self.reading.toggle_compact()

    def action_toggle_sort(self) -> None:
        self.sort = Sort.NEWEST if self.sort is Sort.RELEVANCE else Sort.RELEVANCE
        self.notify(f"Sorted by {self.sort.value}", timeout=2, markup=False)
        self.to_top = True  # another order: read it from its first row
        self.start_search()

    # --- opening things ---------------------------------------------------------

    @on(OptionList.OptionHighlighted, "#results")
    def result_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id in self.hits:
            self.preview(event.option.id)

    @on(OptionList.OptionSelected, "#results")
    def result_selected(self, event: OptionList.OptionSelected) -> None:
        target = event.option.id
        if target == MORE:
            self.limit += PAGE * 5
            self.start_search()
        elif target == SUGGEST and self.response and self.response.suggestion:
            self.query_one(SearchBox).replace_text(self.response.suggestion)
        elif target is not None and target != NOTE:
            self.open(target)

    @on(OptionList.OptionSelected, "#links")
    @on(OptionList.OptionSelected, "#related")
    def link_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.open(event.option.id)

    @on(OptionList.OptionSelected, "#themes")
    def theme_selected(self, event: OptionList.OptionSelected) -> None:
        theme = event.option.id
        if theme is None:
            return
        box = self.query_one(SearchBox)
        if self.query_one(ThemesList).count_of(theme) == (0, False) and box.value.strip():
            # no result has it: added to the words it would find nothing, so the
            # theme alone, and say so
            box.replace_text(f"theme:{theme} ")
            self.notify("No result had this theme: showing everything on it", markup=False)
            return
        box.toggle_token(f"theme:{theme}")

    @on(Tree.NodeSelected, "#plan")
    def section_selected(self, event: Tree.NodeSelected[str]) -> None:
        if event.node.data is not None:
            self.open(event.node.data)

    def jump_to_theme(self, theme_id: str) -> None:
        """Show everything on a theme: the query becomes ``theme:<id>``."""
        self.query_one(SearchBox).value = f"theme:{theme_id} "
        self.query_one(ContentSwitcher).current = "themes"
        self.query_one("#side").border_title = "Themes"
        self.show_page("results", focus=True)

    def jump_to_speaker(self, speaker: str) -> None:
        name = " ".join(speaker.replace('"', " ").split())
        self.query_one(SearchBox).value = f'speaker:"{name}" '
        self.show_page("results", focus=True)

    def detail_of(self, target: str) -> Detail | None:
        app = self.mhbrief
        return build_detail(
            app.library.collection,
            target,
            terms=self.response.terms if self.response else (),
            today=app.today,
            old_after_days=app.old_after_days,
            hit=self.hits.get(target),
        )

    def preview(self, target: str) -> None:
        """Show ``target`` in the detail pane without making it a history step."""
        self.show_detail(target)

    def open(self, target: str, *, focus: bool = True) -> bool:
        """Open ``target`` (any global id) as a new step in the history, at its top."""
        if not self.show_detail(target, top=True):
            self.notify(f"Not found: {target}", severity="warning", markup=False)
            return False
        self.retracing.visit(target)
        self.prep.remember_query()
        if target.count("/") == 1 and self.mhbrief.library.collection.section(target):
            self.query_one(PlanTree).select_id(target)
        if focus:
            self.show_page("detail", focus=True)
        return True

    def show_detail(self, target: str, *, top: bool = False) -> bool:
        """Show ``target`` in the detail pane; ``top``: at its first line even where it
        is open already (opening an item again reads it from the start)."""
        detail = self.detail_of(target)
        if detail is None:
            if target == self.detail_id:  # the open item went (a reload): say so
                self.query_one(CopiedBar).hide()
                self.query_one(DetailPane).show_gone(target)
            return False
        if target != self.detail_id:
            self.query_one(CopiedBar).hide()
        self.detail_id = target
        pane = self.query_one(DetailPane)
        pane.show(detail)
        if top:
            pane.scroll_to_top()
        show_marks(self.query_one(LinkList), self.prep.marks)
        return True

    def action_back(self) -> None:
        self.retracing.back()

    def action_forward(self) -> None:
        self.retracing.forward()

    # --- speaker page and source (screens of their own) ------------------------

    def open_quote(self) -> Quote | None:
        """The quote open in the detail pane, if a quote is open (else says why not)."""
        return quote_pages.open_quote(self)

    def action_speaker(self) -> None:
        quote = self.open_quote()
        if quote is not None:
            self.open_speaker(quote.speaker)

    def open_speaker(self, name: str) -> None:
        quote_pages.open_speaker(self, name)

    def action_source(self) -> None:
        quote = self.open_quote()
        if quote is not None:
            quote_pages.open_source(self, quote)

    # --- copying ----------------------------------------------------------------

    def action_copy(self, citation: bool) -> None:
        """``c`` (``C``/``y``: the bare text): the highlighted backlink, else the open item;
        never the marks (``m`` copies those)."""
        pane = self.query_one(DetailPane)
        detail = highlighted_link(self) or pane.detail
        if detail is None:
            gone = pane.gone is not None
            told = "It is no longer in the briefings: nothing to copy" if gone else ""
            self.notify(told or "Open a quote first", severity="warning", timeout=3)
            return
        if self.has_class("-narrow") and self.page == "themes":
            self.show_page("detail", focus=False)  # what is copied is on the screen
        copy_detail(self, detail, citation=citation)

    def key_pressed(self, key: str) -> None:
        """Any key but a copy of the selection puts the copied bar away: it gave the
        reader's rows to the copy only until the next key (the clipboard keeps it)."""
        hide_bar_after(self, key)
        self.clear_synced_note()

    def clear_synced_note(self) -> None:
        """ "synced 3 changes" is news once: gone at the next key (or after a while)."""
        if self.sync_note.startswith("synced"):
            self.sync_note = ""
            self.update_status()

    # --- interview prep (screens/prep.py) ---------------------------------------

    def action_mark(self) -> None:
        self.prep.toggle_mark()

    def action_copy_marked(self) -> None:
        self.prep.copy_marked()

    def action_clear_marks(self) -> None:
        self.prep.clear_marks()

    def action_add_to_sheet(self) -> None:
        self.prep.add_to_sheet()

    def action_sheet(self) -> None:
        from mhbrief.tui.screens.sheet import open_sheet

        open_sheet(self.mhbrief)

    def action_save_search(self) -> None:
        self.prep.save_search()

    # --- problems -----------------------------------------------------------------

    def action_problems(self) -> None:
        from mhbrief.tui.screens.problems import ProblemsScreen, problem_files

        collection = self.mhbrief.library.collection
        note = self.live_reload.note()  # why live reload is slow or off, if it is
        searched = self.response.left_out if self.response is not None else None
        files = problem_files(collection, searched)  # as the status line counts them
        self.app.push_screen(ProblemsScreen(collection.problems, files, collection.root, note))

    # --- sync and live reload (screens/live_reload.py) --------------------------------------

    def action_resync(self) -> None:
        self.start_sync()

    def first_sync(self) -> None:
        if not self.sync_begun:
            self.start_sync()

    def start_sync(self) -> None:
        self.sync_begun = True
        self.reading.read_first_seen()
        self.sync_note = "syncing the index…"
        self.update_status()
        self.run_sync()

    @work(thread=True, exclusive=True, group="sync", exit_on_error=False)
    def run_sync(self) -> None:
        def progress(done: int, total: int) -> None:
            self.post_message(SyncProgress(done, total))

        report = self.mhbrief.library.sync(progress=progress)
        self.post_message(SyncDone(report))

    @on(SyncProgress)
    def sync_progress(self, message: SyncProgress) -> None:
        self.sync_note = f"indexing {message.done}/{message.total}…"
        self.update_status()

    @on(SyncDone)
    def sync_done(self, message: SyncDone) -> None:
        after_sync(self, message.report)

    @on(FilesChanged)
    def files_changed(self) -> None:
        self.start_sync()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            group = event.worker.group
            error = event.worker.error
            if group == "watch":  # a lasting mark and F8, not only a note that goes
                self.live_reload.failed(error)
                return
            self.notify(
                f"{group} failed: {error!r}"[:500],
                title="Something went wrong",
                severity="error",
                markup=False,
                timeout=10,
            )
            if group == "sync":
                self.sync_note = "sync failed"
                self.update_status()

    @property
    def today(self) -> datetime.date:
        return self.mhbrief.today
