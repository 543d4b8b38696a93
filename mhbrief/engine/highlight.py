"""Highlighting: which words of a text a query matched, and the fragments around them.

Pure text work on plain types (:mod:`mhbrief.results`); the words and stems come from
:mod:`mhbrief.engine.analysis`, so a word found through its stem is marked too.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

from mhbrief.engine.analysis import fold, stem, words
from mhbrief.results import Highlight, Hit, Span

FRAGMENT_CHARS = 220
MAX_FRAGMENTS = 2
#: Characters of an item's own text that human output shows under its byline.
OWN_TEXT_CHARS = 100


def highlight_text(text: str, terms: Sequence[str], language: str) -> tuple[Span, ...]:
    """The whole ``text`` as spans, words matching ``terms`` marked.

    A term ending in ``*`` is a prefix; other terms match any word with the
    same stem in ``language`` (accents and case never matter).
    """
    plain, stems, prefix_tuple = _term_sets(tuple(terms), language)
    spans: list[Span] = []
    last = 0
    for start, end, word, word_stem in _analysed(text, language):
        if not (word in plain or word_stem in stems or word.startswith(prefix_tuple or "\0")):
            continue
        if start > last:
            spans.append(Span(text[last:start], False))
        spans.append(Span(text[start:end], True))
        last = end
    if last < len(text):
        spans.append(Span(text[last:], False))
    return tuple(spans)


@lru_cache(maxsize=256)
def _analysed(text: str, language: str) -> tuple[tuple[int, int, str, str], ...]:
    """Each word of ``text`` with its place, folded form and stem.

    While typing, the same hits come back with every key and only the terms
    change: this is the part of marking them that does not. Five pages of hits
    are kept (bench/README.md).
    """
    return tuple((start, end, word, stem(word, language)) for start, end, word in words(text))


@lru_cache(maxsize=256)
def _term_sets(
    terms: tuple[str, ...], language: str
) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """What :func:`highlight_text` compares words with: folded terms, their stems, prefixes."""
    plain: set[str] = set()
    stems: set[str] = set()
    prefixes: list[str] = []
    for term in terms:
        if term.endswith("*"):
            if term[:-1]:
                prefixes.append(fold(term[:-1]))
            continue
        folded = fold(term)
        plain.add(folded)
        stems.add(stem(folded, language))
    return frozenset(plain), frozenset(stems), tuple(prefixes)


@lru_cache(maxsize=4096)
def _highlight_short(text: str, terms: tuple[str, ...], language: str) -> tuple[Span, ...]:
    """:func:`highlight_text` for the short fields many hits share (title, organisation...)."""
    return highlight_text(text, terms, language)


def fragments(
    spans: Sequence[Span], width: int = FRAGMENT_CHARS, limit: int = MAX_FRAGMENTS
) -> tuple[tuple[Span, ...], ...]:
    """Up to ``limit`` windows of about ``width`` characters around matches."""
    text = "".join(s.text for s in spans)
    if len(text) <= width:
        return (tuple(spans),) if any(s.match for s in spans) else ()
    offsets = []
    position = 0
    for span in spans:
        offsets.append(position)
        position += len(span.text)
    windows: list[tuple[int, int]] = []
    for span, offset in zip(spans, offsets, strict=True):
        if not span.match or any(a <= offset < b for a, b in windows):
            continue
        start = word_start(text, max(0, offset - width // 3), limit=offset)
        end = word_end(text, min(len(text), start + width), floor=offset + len(span.text))
        windows.append((start, end))
        if len(windows) >= limit:
            break
    return tuple(_cut(spans, offsets, a, b, len(text)) for a, b in windows)


#: How far a cut moves to reach a word's edge; a longer word (a URL) is cut inside.
WORD_REACH = 30


def word_start(text: str, at: int, *, limit: int | None = None) -> int:
    """``at``, or the start of the word it falls in, so a fragment never begins with
    half a word ("…et CKM" from "Het CKM"): back to that word's start, or (a word
    longer than :data:`WORD_REACH`) on to the next word, never past ``limit``."""
    limit = len(text) if limit is None else limit
    if at <= 0:
        return 0
    if at >= len(text) or text[at - 1].isspace():
        return at
    back = at
    while back > 0 and not text[back - 1].isspace() and at - back < WORD_REACH:
        back -= 1
    if back == 0 or text[back - 1].isspace():
        return back
    ahead = at
    while ahead < limit and not text[ahead].isspace():
        ahead += 1
    while ahead < limit and text[ahead].isspace():
        ahead += 1
    return ahead


def word_end(text: str, at: int, *, floor: int = 0) -> int:
    """``at``, or the end of the word it falls in, so a fragment never ends with half
    a word: on to that word's end, or (a word longer than :data:`WORD_REACH`) back to
    the end of the word before, never before ``floor``."""
    if at >= len(text):
        return len(text)
    if at <= 0 or text[at].isspace() or text[at - 1].isspace():
        return at
    ahead = at
    while ahead < len(text) and not text[ahead].isspace() and ahead - at < WORD_REACH:
        ahead += 1
    if ahead == len(text) or text[ahead].isspace():
        return ahead
    back = at
    while back > floor and not text[back - 1].isspace():
        back -= 1
    if back > floor:
        return back - 1  # at the space after the word before
    return back if back > 0 else at


def _cut(
    spans: Sequence[Span], offsets: Sequence[int], start: int, end: int, length: int
) -> tuple[Span, ...]:
    cut: list[Span] = [Span("…", False)] if start > 0 else []
    for span, offset in zip(spans, offsets, strict=True):
        lo, hi = max(start, offset), min(end, offset + len(span.text))
        if lo < hi:
            cut.append(Span(span.text[lo - offset : hi - offset], span.match))
    if end < length:
        cut.append(Span("…", False))
    return tuple(cut)


def _field_texts(data: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """``(field, text)`` of each field a query word can match, in :data:`HIGHLIGHT_FIELDS` order."""
    texts = {name: data.get(name) for name in ("text", "context", "title", "speaker", "role")}
    if data.get("kind") == "briefing" and texts["text"] == texts["title"]:
        texts["text"] = None  # a briefing without summary: its text is its title
    organisation, short = data.get("organisation"), data.get("organisation_short")
    if isinstance(organisation, str) and isinstance(short, str) and short not in organisation:
        organisation = f"{organisation} ({short})"
    texts["organisation"] = organisation
    for name, value in texts.items():
        if isinstance(value, str) and value:
            yield name, value
    for label in data.get("theme_labels") or ():
        if isinstance(label, str) and label:
            yield "theme", label


def record_highlights(
    data: Mapping[str, Any], terms: Sequence[str], language: str
) -> tuple[Highlight, ...]:
    """Fragments around the matched words, each with the field it comes from.

    When no field matched (a filter-only query), the start of the text stands in.
    """
    found: list[Highlight] = []
    if terms:
        shared = tuple(terms)
        for name, value in _field_texts(data):
            if name == "text":
                spans = highlight_text(value, shared, language)
                found += (Highlight(name, f) for f in fragments(spans))
            elif any(span.match for span in _highlight_short(value, shared, language)):
                spans = _highlight_short(value, shared, language)
                found += (Highlight(name, f) for f in fragments(spans, limit=1))
    text = str(data.get("text") or "")
    if not found and text:
        found.append(Highlight("text", (Span(_lead(text, FRAGMENT_CHARS), False),)))
    return tuple(found)


def _lead(text: str, width: int) -> str:
    """The start of ``text``, cut after a whole word near ``width`` characters."""
    if len(text) <= width:
        return text
    space = text.rfind(" ", 0, width + 1)
    cut = space if space > width * 2 // 3 else width
    return text[:cut].rstrip() + "…"


def own_text(hit: Hit, width: int = OWN_TEXT_CHARS) -> tuple[Span, ...]:
    """About ``width`` characters of the item's own text: around its first match, if any."""
    for highlight in hit.highlights:
        if highlight.field == "text" and any(span.match for span in highlight.spans):
            window = fragments(highlight.spans, width=width, limit=1)
            if window:
                return window[0]
    return (Span(_lead(" ".join(hit.text.split()), width), False),) if hit.text else ()


def attributed(hit: Hit) -> tuple[Highlight, ...]:
    """The fragments from fields other than the item's own text, to show with their label."""
    return tuple(h for h in hit.highlights if h.field != "text")
