"""What to do about a TOML syntax error: the common mistakes, in words a person can act on.

``tomllib`` says *where* it gave up (``Expected newline or end of document after a
statement``), not what went wrong. For the mistakes people make most in briefing
files this module says what to write instead, at the place to edit:

- a date in Dutch order (``published = 12-03-2024``): dates are ``YYYY-MM-DD``;
- a double quote inside a ``"..."`` text (``title = "Het "goede" plan"``, or a stray one
  after it: ``title = "Het plan" extra"``): use single quotes around the value or
  write ``\\"``;
- a text that is never closed: reported where it opened, not where the parser noticed;
- a raw control character (an ESC byte): remove it, or write it as an escape such as
  ``\\u001b`` inside a ``"..."`` text.

Only called for a file that failed to parse; every scan here is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from mhbrief.sanitize import sanitize_line


@dataclass(frozen=True)
class Hint:
    """A message that says what to do, at a 1-based line and column."""

    message: str
    line: int
    column: int


_KEY_VALUE = re.compile(r"^(?P<indent>\s*)(?P<key>[A-Za-z0-9_.\"'-]+)\s*=\s*(?P<value>.*)$")
_OTHER_DATE = re.compile(
    r"(?P<a>\d{1,4})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})\s*(?:#.*)?$"
)
#: ``12 maart 2024``, ``12 March 2024``: month names, Dutch and English, and their
#: common short forms, to month numbers.
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "januari january jan",
            "februari february feb",
            "maart march mrt mar",
            "april apr",
            "mei may",
            "juni june jun",
            "juli july jul",
            "augustus august aug",
            "september sep sept",
            "oktober october okt oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_NAMED_DATE = re.compile(r"(?P<a>\d{1,2})\s+(?P<month>[A-Za-z]+)\.?\s+(?P<c>\d{4})\s*(?:#.*)?$")
#: Values longer than this are not repeated in a suggestion.
_SHOWN = 60


def explain(text: str, line: int | None, column: int | None) -> Hint | None:
    """A message that says what to do about a syntax error the parser found at
    ``line``:``column`` (None: at the end of the document), if one of ours applies."""
    lines = text.split("\n")
    if line is not None and 1 <= line <= len(lines):
        source_line = lines[line - 1]
        hint = (
            _control_hint(source_line, line, column)
            or _date_hint(source_line, line)
            or _inner_quote_hint(source_line, line, column)
            or _unquoted_hint(source_line, line, column)
        )
        if hint is not None:
            return hint
    found = unclosed_string(text)
    # A text left open is where the parser gave up, or before it; one that seems to
    # open later is the closing quote of a text that swallowed the lines between.
    if found is not None and (line is None or (found.line, found.column) <= (line, column or 1)):
        return found
    return _swallowed(text, line, column) or unclosed_list(text, line, column)


def unclosed_list(text: str, line: int | None, column: int | None) -> Hint | None:
    """A list (``themes = [``) or table header (``[[quotes]``) opened and never closed,
    where it opens, when that is at or before where the parser gave up (it notices a
    list left open only lines later)."""
    opened: list[int] = []
    for start, end in _outside_strings(text):
        for match in re.finditer(r"[\[\]]", text[start:end]):
            if match.group() == "[":
                opened.append(start + match.start())
            elif opened:
                opened.pop()
    if not opened:
        return None
    offset = opened[0]
    line_start = text.rfind("\n", 0, offset) + 1
    at_line = text.count("\n", 0, offset) + 1
    at_column = offset - line_start + 1
    if line is not None and (at_line, at_column) > (line, column or 1):
        return None
    if not text[line_start:offset].strip():
        message = "this table header is not closed: end it with ] (]] after [[)"
    else:
        message = (
            "this list is not closed: the [ opened here has no closing ]; end the list "
            "with ] after its last item (items are separated by commas)"
        )
    return Hint(message, at_line, at_column)


def _outside_strings(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each stretch of ``text`` outside strings and comments."""
    at = 0
    for start, end, _ in _Strings(text).strings():
        yield from _without_comments(text, at, start)
        if end is None:
            return
        at = end
    yield from _without_comments(text, at, len(text))


def _without_comments(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    at = start
    while at < end:
        hash_at = text.find("#", at, end)
        if hash_at < 0:
            yield at, end
            return
        yield at, hash_at
        newline = text.find("\n", hash_at, end)
        at = end if newline < 0 else newline


def _control_hint(source_line: str, line: int, column: int | None) -> Hint | None:
    """A raw control character (an ESC pasted from a terminal, a bell): the parser names it
    as ``'\\x1b'`` and says nothing of what to do."""
    if column is None or not 1 <= column <= len(source_line):
        return None
    char = source_line[column - 1]
    if not ((char < " " and char != "\t") or char == "\x7f"):
        return None
    code = f"{ord(char):04x}"
    return Hint(
        f"TOML syntax: control character U+{code.upper()} here; remove the control character, "
        f'or write it as \\u{code} inside a "..." string if it is meant',
        line,
        column,
    )


#: A month without its day: ``2019-09``, ``09-2019``, ``september 2019``.
_MONTH_ONLY = re.compile(
    r"(?:(?P<year>\d{4})[-/.](?P<month>\d{1,2})|(?P<month2>\d{1,2})[-/.](?P<year2>\d{4})"
    r"|(?P<name>[A-Za-z]+)\.?\s+(?P<year3>\d{4}))\s*(?:#.*)?$"
)


def looks_like_a_date(value: str) -> bool:
    """``12-03-2024``, ``2024-3-12``, ``12 maart 2024``, a month alone (``2019-09``): a date
    in a form TOML does not read."""
    named = _NAMED_DATE.match(value)
    return bool(
        _OTHER_DATE.match(value)
        or (named and named["month"].lower() in _MONTHS)
        or meant_month(value)
    )


def meant_month(value: str) -> tuple[int, int] | None:
    """The (year, month) of a month written without its day, if ``value`` is one."""
    found = _MONTH_ONLY.match(value)
    if not found:
        return None
    year = found["year"] or found["year2"] or found["year3"]
    month = found["month"] or found["month2"] or _MONTHS.get((found["name"] or "").lower())
    if not month or not 1 <= int(month) <= 12:
        return None
    return int(year), int(month)


def meant_date(value: str) -> date | None:
    """The date a person meant by ``value`` (see :func:`looks_like_a_date`), if it is one."""
    found = _OTHER_DATE.match(value)
    if found:
        return _as_date(found["a"], found["b"], found["c"])
    named = _NAMED_DATE.match(value)
    if named and named["month"].lower() in _MONTHS:
        return _as_date(named["a"], str(_MONTHS[named["month"].lower()]), named["c"])
    return None


def date_advice(key: str, value: str) -> str:
    """What to write instead of ``value``, a date in another form."""
    written = sanitize_line(value.split("#")[0].strip())
    if month := meant_month(value):
        first = date(month[0], month[1], 1).isoformat()
        return (
            f"a date needs its day: write YYYY-MM-DD, not '{written}'; if only the month "
            f"is known, write {key} = {first} (the first of the month), without quotes, and "
            "say so in a comment after it (# day not known)"
        )
    day = meant_date(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", written) and day is None:
        return (
            f"'{written}' is not a date in the calendar: write YYYY-MM-DD, e.g. {key} = 2024-03-12"
        )
    example = f"write {key} = {day.isoformat()}" if day else f"e.g. {key} = 2024-03-12"
    return (
        f"dates are written YYYY-MM-DD (year, month, day), not '{written}': "
        f"{example}, without quotes"
    )


def _date_hint(source_line: str, line: int) -> Hint | None:
    match = _KEY_VALUE.match(source_line)
    if not match or not looks_like_a_date(match["value"]):
        return None
    words = any(c.isalpha() for c in match["value"].split("#")[0])
    if words and meant_month(match["value"]) and not re.search("date|published", match["key"]):
        return None  # "title = september 2019": a text without quotes, said elsewhere
    return Hint(date_advice(match["key"], match["value"]), line, match.start("value") + 1)


_CURLY = "“”„‟‘’‚‛«»"


def _unquoted_hint(source_line: str, line: int, column: int | None) -> Hint | None:
    """``title = “Het plan”`` (curly quotes, as a word processor writes them) or
    ``title = Het plan`` (no quotes): the parser only says "Invalid value"."""
    match = _KEY_VALUE.match(source_line)
    if not match or column != match.start("value") + 1:
        return None
    value = match["value"].split(" #")[0].strip()
    key = match["key"]
    if not value:  # ("" is in every string: it was read as a curly quote)
        return Hint(
            f"'{key} =' has no value; write it after the = (text in quotes: {key} = \"...\")",
            line,
            column,
        )
    if value[0] in _CURLY:
        inner = value.strip(_CURLY + " ")
        example = f': {key} = "{sanitize_line(inner)}"' if len(inner) <= _SHOWN else ""
        return Hint(
            f"text must be in straight quotes (\" or '), not curly ones like {value[0]}{example}",
            line,
            column,
        )
    if value.lower() in ("true", "false"):
        return Hint(
            f"true and false are written in lowercase: {key} = {value.lower()}", line, column
        )
    if value[:1].isalpha() and value.split()[0] not in ("true", "false", "inf", "nan"):
        example = f': {key} = "{sanitize_line(value)}"' if len(value) <= _SHOWN else ""
        return Hint(f"text must be in quotes{example}", line, column)
    return None


def _as_date(a: str, b: str, c: str) -> date | None:
    """The date meant by ``a-b-c``: day first when the year comes last, as in Dutch."""
    try:
        if len(c) == 4:
            return date(int(c), int(b), int(a))
        if len(a) == 4:
            return date(int(a), int(b), int(c))
    except ValueError:
        return None
    return None


def _inner_quote_hint(source_line: str, line: int, column: int | None) -> Hint | None:
    """``key = "a "b" c"`` or ``key = "a" b"``: the parser stopped just after the quote that
    ended the text early (or at the word after it)."""
    match = _KEY_VALUE.match(source_line)
    if not match or column is None:
        return None
    value = match["value"].rstrip()
    start = match.start("value")
    quote = value[:1]
    if quote not in ("'", '"') or value[:3] == quote * 3:
        return None
    end = column - 2  # the 0-based index of the quote just before the error
    while start < end < len(source_line) and source_line[end] in " \t":
        end -= 1  # ``"a" b"``: a space between the early end and the stray word
    if end <= start or end >= len(source_line) or source_line[end] != quote:
        return None
    rest = source_line[end + 1 :]
    if quote not in rest:
        return None
    last = source_line.rindex(quote)
    inner = source_line[start + 1 : last]
    key = match["key"]
    other = "'" if quote == '"' else '"'
    if quote == '"':
        advice = 'put the value in single quotes or write \\" for each quote inside it'
    else:
        advice = "put the value in double quotes or use ’ for the apostrophe"
    example = ""
    if len(inner) <= _SHOWN and "\\" not in inner:
        shown = sanitize_line(inner)
        if other not in inner:
            example = f": {key} = {other}{shown}{other}"
        elif quote == '"':
            escaped = shown.replace('"', '\\"')
            example = f': {key} = "{escaped}"'
    kind = "double" if quote == '"' else "single"
    return Hint(
        f"a {kind} quote inside the text ends it early; {advice}{example}",
        line,
        end + 1,
    )


def unclosed_string(text: str) -> Hint | None:
    """The first text value (or quoted key) that is opened and never closed, where it opens."""
    scanner = _Strings(text)
    found = scanner.first_unclosed()
    if found is None:
        return None
    offset, quote = found
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    if len(quote) == 3:
        message = (
            f"this text is not closed: the {quote} opened here has no closing {quote}; "
            f"end the text with {quote}"
        )
    else:
        message = (
            f"this text is not closed: the {quote} opened here has no closing {quote} "
            f"on the same line; add it at the end of the value (for text over several "
            f'lines use """ ... """)'
        )
    return Hint(message, line, column)


_SWALLOWED_KEY = re.compile(r"\n\s*[A-Za-z0-9_-]+\s*=")


def _swallowed(text: str, line: int | None, column: int | None) -> Hint | None:
    """A multi-line text left open that ran on until the next text's opening quotes."""
    if line is None or column is None:
        return None
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    if line > len(starts):
        return None
    error = starts[line - 1] + column - 1
    last = _Strings(text).last_closed_before(error)
    if last is None:
        return None
    start, end, quote = last
    body = text[start + 3 : end]
    if len(quote) != 3 or end < starts[line - 1] or not _SWALLOWED_KEY.search(body):
        return None
    opened = text.count("\n", 0, start) + 1
    return Hint(
        f"this text is not closed: the {quote} opened here runs on to line {line}, "
        f"taking the keys between as text; end the text with {quote}",
        opened,
        start - starts[opened - 1] + 1,
    )


class _Strings:
    """Finds strings in TOML text: comments skipped, escapes honoured, one pass."""

    def __init__(self, text: str) -> None:
        self.text = text

    def first_unclosed(self) -> tuple[int, str] | None:
        for start, end, quote in self.strings():
            if end is None:
                return start, quote
        return None

    def last_closed_before(self, offset: int) -> tuple[int, int, str] | None:
        """``(start, end of content, quote)`` of the last string closed before ``offset``."""
        last = None
        for start, end, quote in self.strings():
            if end is None or end > offset:
                break
            last = (start, end, quote)
        return last

    def strings(self) -> Iterator[tuple[int, int | None, str]]:
        """``(start, end, quote)`` of each string; ``end`` (just past it) None if unclosed."""
        text, n, i = self.text, len(self.text), 0
        while i < n:
            ch = text[i]
            if ch == "#":
                end = text.find("\n", i)
                i = n if end < 0 else end
            elif ch in "\"'":
                quote = ch * 3 if text.startswith(ch * 3, i) else ch
                close = self._close(i, quote)
                yield i, close, quote
                if close is None:
                    return
                i = close
            else:
                i += 1

    def _close(self, start: int, quote: str) -> int | None:
        """The offset just after the string opened at ``start``; None if it never closes."""
        text, n = self.text, len(self.text)
        i = start + len(quote)
        escapes = quote[0] == '"'
        while i < n:
            ch = text[i]
            if escapes and ch == "\\":
                i += 2
                continue
            if len(quote) == 1 and ch == "\n":
                return None
            if text.startswith(quote, i):
                i += len(quote)
                while len(quote) == 3 and i < n and text[i] == quote[0]:
                    i += 1  # up to two quotes may end a multi-line text
                return i
            i += 1
        return None
