"""Did-you-mean for a query, from what the index holds, and short section ids.

A word gets a suggestion only when the index holds neither it nor its stem: ``meisje``
matched ``meisjes`` through its stem and needs no correction. A filter value gets the
closest known value of its field (:func:`mhbrief.suggest.closest_value`: never an id that
differs only in digits). The suggestion is always the whole query, corrected.

Works on a Whoosh reader passed in by :mod:`mhbrief.engine.query` and
:mod:`mhbrief.engine.search`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from mhbrief.engine.analysis import LANGUAGES, STOP_WORDS, fold, stem, words
from mhbrief.engine.index import TEXT_FIELDS
from mhbrief.engine.store import has_live_documents
from mhbrief.suggest import closest_value

#: Unknown words of one query that get a did-you-mean lookup.
MAX_SUGGEST_WORDS = 8
#: Filters whose values get a did-you-mean; each is the index field of the same name.
VALUE_FILTERS = ("theme", "speaker", "org", "kind", "stance", "section")
#: Filters whose values are words of a name (analysed), not whole ids.
WORD_FILTERS = frozenset({"speaker", "org"})
#: Any ``field:value`` token, as :func:`mhbrief.engine.search.plain_words` skips them.
_FIELD_TOKEN = re.compile(r"(?:^|(?<=[\s(]))(\w+):(\"[^\"]*\"?|\[[^\]]*\]?|[^\s)]*)")
_WILDCARD = frozenset("*?~[]{}")


def live_terms(reader: Any, fieldname: str) -> list[str]:
    """The terms of ``fieldname`` that a document not deleted holds."""
    if fieldname not in reader.schema:
        return []
    return [
        term.decode("utf-8") if isinstance(term, bytes) else str(term)
        for term in reader.lexicon(fieldname)
        if has_live_documents(reader, fieldname, term)
    ]


def resolve_sections(reader: Any, section_id: str) -> list[str]:
    """The full refs (``plan/section``) of every plan section with the id ``section_id``."""
    suffix = "/" + section_id
    return [ref for ref in live_terms(reader, "section") if ref.endswith(suffix)]


def known_word(reader: Any, word: str) -> bool:
    """True when a query word matches something: as typed, or through its stem."""
    if has_live_documents(reader, "words", word):
        return True
    return any(
        has_live_documents(reader, f"{name}_{language}", stem(word, language))
        for language in LANGUAGES
        for name in TEXT_FIELDS
    )


def suggest(text: str, typed: Sequence[str], reader: Any) -> str | None:
    """``text`` with unknown words and filter values replaced by close known ones, or None."""
    replacements = _word_replacements(typed, reader)
    pieces: list[str] = []
    last = 0
    for match in _FIELD_TOKEN.finditer(text):
        pieces.append(_replace_words(text[last : match.start()], replacements))
        name, value = match.group(1), match.group(2)
        fixed = _fix_value(name, value, reader) if name in VALUE_FILTERS else None
        pieces.append(f"{name}:{fixed}" if fixed else match.group(0))
        last = match.end()
    pieces.append(_replace_words(text[last:], replacements))
    suggestion = "".join(pieces)
    return suggestion if suggestion != text else None


def _word_replacements(typed: Sequence[str], reader: Any) -> dict[str, str]:
    replacements: dict[str, str] = {}
    looked_up = 0
    for word in typed:
        folded = fold(word)
        if len(folded) < 4 or folded in STOP_WORDS or known_word(reader, folded):
            continue
        looked_up += 1
        if looked_up > MAX_SUGGEST_WORDS:
            break  # a pasted paragraph: each lookup costs a Levenshtein automaton
        best = _closest_word(folded, reader)
        if best:
            replacements[word] = best
    return replacements


def _replace_words(segment: str, replacements: dict[str, str]) -> str:
    for word, better in replacements.items():
        segment = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", better, segment)
    return segment


def _closest_word(word: str, reader: Any) -> str | None:
    for distance in (1, 2):
        candidates = [
            c.decode("utf-8") if isinstance(c, bytes) else str(c)
            for c in reader.terms_within("words", word, distance, prefix=1)
        ]
        # The lexicon still holds words of deleted documents: suggest live ones only.
        # Never a stop word or a word much shorter ("hun" for "human").
        candidates = [
            c
            for c in candidates
            if c != word
            and c not in STOP_WORDS
            and len(c) >= len(word) - 1
            and has_live_documents(reader, "words", c)
        ]
        if candidates:
            return max(candidates, key=lambda c: (reader.doc_frequency("words", c), c))
    return None


def _fix_value(name: str, value: str, reader: Any) -> str | None:
    """The corrected value of one filter, or None when it is known or has no close match."""
    quoted = value.startswith('"')
    inner = value.strip('"')
    if not inner or _WILDCARD & set(inner):
        return None
    if name in WORD_FILTERS:
        fixed = _fix_name_words(inner, live_terms(reader, name))
        if fixed is None:
            return None
        return f'"{fixed}"' if quoted else fixed
    if quoted:
        return None
    typed = inner.lower()
    known = live_terms(reader, name)
    if name == "section" and "/" not in typed:
        # A section id without its plan, as the search resolves it.
        known = sorted({ref.rpartition("/")[2] for ref in known})
    return closest_value(typed, known) if typed not in known else None


def _fix_name_words(value: str, known: list[str]) -> str | None:
    """``value`` with each unknown word of a name replaced by the closest known word."""
    out: list[str] = []
    last = 0
    changed = False
    for start, end, folded in _name_words(value):
        better = None if folded in known else closest_value(folded, known)
        if better and value[start].isupper():
            better = better[:1].upper() + better[1:]  # "Ceulers" -> "Ceuleers", as typed
        out.append(value[last:start])
        out.append(better or value[start:end])
        changed = changed or better is not None
        last = end
    out.append(value[last:])
    return "".join(out) if changed else None


def _name_words(value: str) -> Iterator[tuple[int, int, str]]:
    return ((start, end, word) for start, end, word in words(value) if word not in STOP_WORDS)
