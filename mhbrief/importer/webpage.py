"""A saved web page or a URL as a source: its main text, title, date and site name.

The main-text extraction is trafilatura's (the established library for it: it drops
navigation, share bars, footers and comments by the page's structure, which a
line-by-line reading of copied text cannot see). What it extracts is turned into the
plain text the importer reads anyway (headline, date line, paragraphs), so the
quote and attribution phases are the same as for a pasted text, and that text is
what is archived as the briefing's ``source_text``.

Fetching is bounded: only ``http`` and ``https``, a timeout, and a size cap (the
importer's :data:`~mhbrief.importer.source.MAX_SOURCE_BYTES`); every failure is a
:class:`~mhbrief.importer.source.SourceError` with a message for the user.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.site_lines import SITE_WORDS
from mhbrief.importer.source import MAX_SOURCE_BYTES, SourceError
from mhbrief.importer.words import detect_language

#: Seconds to wait for a server to connect and to send each part of the page.
FETCH_TIMEOUT = 15.0
_USER_AGENT = "mhbrief-import/1 (+briefing import; one page on request)"
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.I | re.S)


@dataclass(frozen=True)
class Page:
    """The main text of a page, as plain text for the importer, and where it came from."""

    text: str
    url: str | None
    title: str | None
    date: str | None
    sitename: str | None


def is_url(source: str) -> bool:
    """``https://…`` or ``http://…``: a page to fetch, not a file name."""
    return re.match(r"(?i)^https?://\S+$", source) is not None


def is_html(path: Path, raw: bytes) -> bool:
    """A saved web page: an ``.html``/``.htm`` file, or content that starts as HTML."""
    return path.suffix.lower() in (".html", ".htm", ".xhtml") or bool(_HTML_START.match(raw[:2048]))


def fetch(url: str, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_SOURCE_BYTES) -> bytes:
    """The page at ``url`` (at most ``max_bytes``), or a :class:`SourceError`."""
    if not is_url(url):
        raise SourceError(f"{url} is not a web address (http:// or https://)")
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw: bytes = response.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        raise SourceError(
            f"cannot fetch {url}: the server answered {exc.code} {exc.reason}"
        ) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise SourceError(
            f"cannot fetch {url}: {reason}; check the address and the network "
            "(offline? save the page as .html or copy its text into a file and import that)"
        ) from exc
    if len(raw) > max_bytes:
        raise SourceError(
            f"{url} is larger than {max_bytes // 1024} KiB; save the statement's text into a "
            "file and import that"
        )
    return raw


def read_page(raw: bytes, url: str | None = None) -> Page:
    """The main text of the HTML page ``raw``, as the importer's plain text."""
    import trafilatura  # imported here: only page imports pay for loading it

    if len(raw) > MAX_SOURCE_BYTES:
        raise SourceError(f"the page is larger than {MAX_SOURCE_BYTES // 1024} KiB")
    html = raw.decode("utf-8", errors="replace")
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    body = getattr(document, "text", None) if document is not None else None
    if not body or not body.strip():
        raise SourceError(
            f"no main text found in {url or 'the page'}; copy the statement's text into a "
            "plain-text file and import that"
        )
    title = _clean(getattr(document, "title", None))
    date = _clean(getattr(document, "date", None))
    sitename = _clean(getattr(document, "sitename", None))
    head = [_outlet_line(sitename), title, date, _byline(getattr(document, "author", None), body)]
    return Page(
        _as_text(head, title, body),
        url or _clean(getattr(document, "url", None)),
        title,
        date,
        sitename,
    )


def _clean(value: object) -> str | None:
    return " ".join(str(value).split()) or None if value else None


def _as_text(head: list[str | None], title: str | None, body: str) -> str:
    """The head's lines (an outlet, the headline, the date, a byline) and the paragraphs
    (one per line of trafilatura's text, a blank line between): the shape of a text
    copied from the page, read by the same rules."""
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    if title and paragraphs and " ".join(paragraphs[0].split()) == title:
        paragraphs = paragraphs[1:]  # the headline repeated at the top of the text
    return "\n\n".join([*(line for line in head if line), *paragraphs]) + "\n"


def _outlet_line(sitename: str | None) -> str | None:
    """The site's name above the headline, when it is a news outlet's ("Westland
    Nieuws", "Trouw"), as a reader's copy of the page starts: the importer reads it as
    the outlet, so a news article is not drafted as the quoted body's own statement.
    An organisation's own site name is left out (its page is its statement)."""
    if not sitename or len(sitename) > 80:
        return None
    return sitename if is_outlet(sitename) or SITE_WORDS.search(sitename) else None


#: A byline's own word before the name ("Door", "By", "Tekst:").
_BYLINE_WORD = re.compile(r"(?i)^(?:door|by|tekst|text|auteur|author)\b:?\s*")


def _byline(author: object, body: str) -> str | None:
    """The page's author as its byline ("Door Sanne Visser"), which the extracted text
    loses: the importer reads it as news copy's, as in a copied page."""
    name = _clean(author)
    if not name or len(name) > 100:
        return None
    name = _BYLINE_WORD.sub("", name.strip(" ·|•-–—,;")).strip(" ·|•-–—,;")
    if not name or name.lower() in body.lower()[:300]:
        return None  # the text gives it already
    word = "Door" if detect_language(body) == "nl" else "By"
    return f"{word} {name}"
