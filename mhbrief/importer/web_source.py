"""A source given as a web address or a saved web page: the one entry for both front
ends (``mhbrief import`` and the app's import screen).

:func:`page_of` says whether a source is a page (an ``http(s)://`` address, fetched with
:func:`~mhbrief.importer.webpage.fetch`'s timeout and size cap, or a saved ``.html``
file) and returns its main text; :func:`with_page` makes the draft of that text
remember its address and archive the extracted text, not the HTML. Both do I/O: run
them off a UI thread.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from mhbrief.importer.assembly import Draft
from mhbrief.importer.source import MAX_SOURCE_BYTES
from mhbrief.importer.webpage import Page, fetch, is_html, is_url, read_page
from mhbrief.importer.words import slugify


def page_of(source: str) -> Page | None:
    """The main text of a web page when ``source`` is a URL or a saved page; else ``None``
    (a text file, or a file that cannot be read: :func:`import_source` says why).

    ``source`` is the string typed, never a :class:`~pathlib.Path` first: a path folds
    the two slashes of ``http://``."""
    if is_url(source):
        return read_page(fetch(source), source)
    path = Path(source)
    if not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_SOURCE_BYTES + 1)
    except OSError:
        return None
    return read_page(raw) if is_html(path, raw) else None


def with_page(draft: Draft, page: Page) -> Draft:
    """The draft of a page: its address kept, the extracted text archived as its source."""
    if page.url:
        draft.data["url"] = page.url
    stem = slugify(page.title or "") or "page"
    draft.warnings.append(
        "main text extracted from the web page"
        + (f" {page.url}" if page.url else "")
        + (f" ({page.sitename})" if page.sitename else "")
        + "; the extracted text is archived as the source"
    )
    return dataclasses.replace(draft, source_name=f"{stem}.txt")
