"""Finding quotations: the spans between quotation marks, and one left open at the end.

Marks: ‘…’, “…”, "…", "…” (a straight opening mark, a curly closing one), '…’ and
‘…' (the same with single marks), "…', zegt (a copy that mixed them), „…”,
„…" (a straight closing mark), ,,…” and ,,…'' (two commas, the Dutch newspaper
habit, closed by two apostrophes online), “…’’ and „…’’, '…' and «…»; a quotation
closed with an opening mark (“…“) counts too. A quotation inside another (“Zij zei:
‘nee’.”) stays part of the outer one.

The scan is linear in the text: each opening mark looks up the next closing mark
that fits it (a sorted list of positions per kind of quotation), so a line of 100,000
unbalanced marks costs no more than reading it. A quotation does not run over a
line break.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

#: A quotation opened and not closed before the end of its paragraph.
_UNCLOSED = re.compile(
    r"(?<![\w])(?:[“‘„«\"]|,,|'')\s*(?P<inner>(?:[^“”‘’„«»\"]|(?<=\w)[’'](?=\w)){12,})$"
)
#: The same with a quotation inside it: “I say ‘silent’ because … (left open), or
#: “The term "modern slavery" covers … (a straight pair inside).
_UNCLOSED_DOUBLE = re.compile(r"[“„«\"]\s*(?P<inner>(?:[^“”„«»\"]|\"[^“”„«»\"\n]{1,80}\"){12,})$")
#: A paragraph opened by a straight single mark before a capital and left open, as
#: British copy opens each paragraph of a long quotation: 'The plan is weak. …
_UNCLOSED_SINGLE = re.compile(r"'(?=[A-Z])(?P<inner>(?:[^“”‘’„«»\"'\n]|(?<=\w)['’](?=\w)){12,})$")
#: A paragraph that opens with a quotation whose opening mark was lost: text, then a
#: closing mark and an attribution ("…, we were made to work,” said a worker).
_UNOPENED = re.compile(r"(?P<inner>[^“”„«»\"\n]{30,2000}?[.,!?])”(?=\s*,|\s+[a-z])")
#: A whole paragraph closed by a mark it never opened, with no other mark in it: a
#: statement whose “ was lost (its name on the line under it).
_UNOPENED_WHOLE = re.compile(
    r"(?P<inner>(?:[^“”„«»\"‘’'\n,]|,(?!,)|(?<=\w)[’'](?=\w)){30,2000}[.!?])”\s*"
)
#: The rest of a quotation left open in the paragraph before: text up to a closing mark,
#: with no opening mark before it.
_GOES_ON = re.compile(r"(?P<inner>[^“”„«»\"‘’\n]{12,2000}?[.,!?…])[”’](?=\s|$)")
#: A closing mark no quotation opened, after a sentence's end and before a capital: typed
#: for the opening mark of the next part ("…,” X said in a release.” When kids …”).
_STRAY_OPENING = re.compile(r"[.!?]”\s(?=[A-Z])")
#: An opening mark after a sentence's end and before a word, inside a quotation.
_REOPENED = re.compile(r"[.!?…]\s+“(?=\w)")
_OPENINGS = re.compile(r"[‘“„\"'«”´]|,,")
_UNCLOSED_MARKS = re.compile(r"[“”‘„«»\"]|(?<!\w)’|’(?!\w)|(?<!\w)''(?=\w)")
_COMMAS = re.compile(r"(?<![\w,]),,")
_CLOSING = re.compile(r"(?:[”’»\"]|'')\s*$")


@dataclass(frozen=True)
class _Kind:
    """One kind of quotation: its opening mark and what closes it."""

    opening: str
    #: The closing marks that fit; a closing mark that could open the next quotation
    #: or be an apostrophe ("it's") must not precede a letter.
    closing: re.Pattern[str]
    #: The opening mark must not follow a letter.
    word_bound: bool = False
    #: Characters that must not precede the opening mark.
    not_after: str = ""
    #: The opening mark must be followed by a letter or digit (a mark that also closes).
    before_word: bool = False


_KINDS = (
    # ‘…' and '…’: a straight mark where the other side is curly, after a sentence's end
    # or before the comma of an attribution ("‘…land', licht X toe")
    _Kind(
        "‘",
        re.compile(r"’(?!\w)|‘(?![\w\s])|(?<=[.!?…])'(?!\w)|(?<=\w)'(?=,\s+[a-z])"),
        word_bound=True,
    ),
    # “…’’: closed by two apostrophes, as some papers print ”
    _Kind("“", re.compile(r"”|“(?!\w)|\"(?!\w)|’’(?!\w)|''(?!\w)")),
    # „…’’: the same two apostrophes after a low opening mark; „…" closed by a
    # straight mark, as a site's editor types the closing one
    _Kind("„", re.compile(r"”|“(?!\w)|\"(?!\w)|’’(?!\w)|''(?!\w)")),
    # "…', zegt X: a straight double mark closed by a single one before the attribution
    # "…’’: a straight opening mark closed by two apostrophes, as some releases print ”
    _Kind(
        '"',
        re.compile(
            r'"(?!\w)|”|(?<=[\w.!?])\'(?=,\s)|(?<=[.,!?])(?:’’|\'\')(?!\w)|(?<=\w)(?:’’|\'\')(?=,\s)'
        ),
        word_bound=True,
    ),
    # ''…'': two straight apostrophes for each mark, as typed on some sites; a pair
    # before a word opens the next part of the quotation (the last one left open); some
    # close it with one straight double mark (''…")
    _Kind("''", re.compile(r"''|\"(?!\w)"), word_bound=True),
    _Kind("'", re.compile(r"'(?!\w)|’(?!\w)"), word_bound=True),
    _Kind("«", re.compile(r"»")),
    _Kind(",,", re.compile(r"[”\"]|“(?!\w)|''|’’"), word_bound=True, not_after=","),
    # ”…”: some sites print the closing mark on both sides; it opens only after a space
    # and before a word, where no closing mark stands
    _Kind("”", re.compile(r"”(?!\w)"), word_bound=True, before_word=True),
    # ´…´: an acute accent typed for a quotation mark
    _Kind("´", re.compile(r"´(?!\w)"), word_bound=True, before_word=True),
)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


class _Closings:
    """The positions of the closing marks of each kind, to find the next one by bisection."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.positions = {
            kind.opening: [m.start() for m in kind.closing.finditer(text)] for kind in _KINDS
        }

    def next(self, kind: _Kind, after: int) -> int | None:
        """The first closing mark of ``kind`` at or after ``after`` on the same line."""
        positions = self.positions[kind.opening]
        at = bisect.bisect_left(positions, after)
        if at == len(positions):
            return None
        line = bisect.bisect_left(self.breaks, after)
        line_end = self.breaks[line] if line < len(self.breaks) else len(self.text)
        return positions[at] if positions[at] < line_end else None


def quote_spans(text: str, goes_on: bool = False) -> list[tuple[int, int, str]]:
    """``(start, end, inner text)`` of each quotation, and of one left open at the end.

    English quotes running over paragraphs leave the first one open:
    ``Jane Doe said: “The plan is weak.`` then ``“We call on …”``. With ``goes_on``
    (the paragraph before left one open), a paragraph that closes a quotation it
    never opened goes on with it: ``Er moet meer geld bij.”``.
    """
    closings = _Closings(text)
    spans: list[tuple[int, int, str]] = []
    position = 0
    if goes_on and (rest := _GOES_ON.match(text)):
        spans.append((0, rest.end(), rest["inner"]))
        position = rest.end()
    elif unopened := _UNOPENED.match(text) or _UNOPENED_WHOLE.fullmatch(text):
        # “ lost in the copy: "For months we worked unpaid,” said a worker."
        spans.append((0, unopened.end(), unopened["inner"]))
        position = unopened.end()
    while (opening := _OPENINGS.search(text, position)) is not None:
        span = _span_at(text, opening.start(), closings)
        if span is None:
            position = opening.start() + 1
            continue
        spans.append(span)
        position = span[1]
    tail_start = spans[-1][1] if spans else 0
    unclosed = _unclosed(text, tail_start)
    if unclosed:
        spans.append((unclosed.start(), len(text), unclosed["inner"]))
        return spans
    # “I say ‘silent’ tragedies because …: left open, with only ‘…’ pairs inside it
    double = max(text.rfind(mark) for mark in "“„«")
    if double < 0 and text.startswith('"') and text.count('"') == 1 and "”" not in text:
        double = 0  # "First part. He said 'no'. … (a straight mark opens a paragraph, left open)
    inside = any(begin <= double < end for begin, end, _ in spans)
    if double >= 0 and not inside and (found := _UNCLOSED_DOUBLE.match(text, double)):
        spans = [span for span in spans if span[1] <= double]
        spans.append((double, len(text), found["inner"]))
    return spans


def _span_at(text: str, position: int, closings: _Closings) -> tuple[int, int, str] | None:
    """The quotation opening at ``position``, the first kind that fits (as the marks are
    listed in :data:`_KINDS`)."""
    previous = text[position - 1] if position else ""
    for kind in _KINDS:
        if not text.startswith(kind.opening, position):
            continue
        if (kind.word_bound and _is_word(previous)) or (previous and previous in kind.not_after):
            continue
        stray = kind.opening == "”" and _STRAY_OPENING.match(text, max(0, position - 1))
        if kind.before_word and not _is_word(text[position + 1 : position + 2]) and not stray:
            continue
        inner_start = position + len(kind.opening)
        close = closings.next(kind, inner_start + 1)  # at least one character inside
        if close is not None and kind.opening == "“" and _closes_inner(text, inner_start, close):
            # “The term "modern slavery" covers …: the straight mark closes the inner pair
            close = closings.next(kind, close + 1)
            if close is not None and text[close] == '"':
                close = None
        if close is None:
            continue
        doubled = text[close : close + 2] in ("’’", "''")  # two apostrophes for one ”
        end = close + (2 if kind.opening in (",,", "“", "„", '"') and doubled else 1)
        if kind.opening == "“" and (reopened := _REOPENED.search(text, inner_start, close)):
            # “First part. “Second part,” she said: a new part opened, the first never closed
            return position, reopened.start() + 1, text[inner_start : reopened.start() + 1]
        if kind.opening == "''" and text[close] == "'":
            # ''… ''Next part: a pair before a word opens the next part, no closing
            end = close if _is_word(text[close + 2 : close + 3]) else close + 2
        inner = text[inner_start:close]
        if stray and "“" in inner:
            continue  # a closing mark left over, then a quotation of its own: not one
        if stray:
            inner = inner.lstrip()
        if kind.opening == "«":
            inner = inner.strip() or inner
        return position, end, inner
    return None


def _closes_inner(text: str, inner_start: int, close: int) -> bool:
    """The straight mark at ``close`` ends a pair opened inside the quotation: a straight
    mark after a space and before a word, between ``inner_start`` and ``close``."""
    if text[close] != '"':
        return False
    # an inner term is short: looked for just before the mark, so a line of marks stays linear
    opening = text.rfind('"', max(inner_start, close - 100), close)
    return opening > inner_start and text[opening - 1].isspace() and _is_word(text[opening + 1])


def _unclosed(text: str, start: int) -> re.Match[str] | None:
    """A quotation opened after the last closed one and running to the end: it can only
    start at the last quotation mark or at the first ``,,`` after it (one try each)."""
    if start == 0 and (single := _UNCLOSED_SINGLE.match(text)):
        return single  # 'The plan is weak. (a British paragraph of a quotation, left open)
    # "X said: 'The plan is weak. …": the first paragraph of such a quotation, after a colon
    colon = text.rfind(": '", start)
    if colon >= 0 and (single := _UNCLOSED_SINGLE.match(text, colon + 2)):
        return single
    last = None
    for mark in _UNCLOSED_MARKS.finditer(text, start):
        last = mark
    begin = last.start() if last else start
    if last is not None and (found := _UNCLOSED.match(text, begin)):
        return found
    commas = _COMMAS.search(text, begin)
    return _UNCLOSED.match(text, commas.start()) if commas else None


def goes_on_whole(text: str, following: list[str]) -> bool:
    """A paragraph with no quotation mark in the middle of a quotation over several
    paragraphs: one of the next two closes it without opening it."""
    return not _ANY_MARK.search(text) and any(_GOES_ON.match(later) for later in following[:2])


_ANY_MARK = re.compile(r"[“”‘’„«»\"]|,,")


def is_left_open(text: str, start: int, end: int) -> bool:
    """True when the quotation at ``start`` runs to the end of ``text`` unclosed."""
    if text[start : start + 1] == "'" and _STRAIGHT_CLOSED.search(text, start + 1):
        return False  # "'Deze plek is mooi'": a straight mark closes what one opened
    return end == len(text) and not _CLOSING.search(text, start)


#: A straight single mark after a word or a sentence's end, closing the paragraph.
_STRAIGHT_CLOSED = re.compile(r"[\w.!?]'\s*$")


_SMALL_WORDS = frozenset(
    [
        "and",
        "or",
        "of",
        "the",
        "for",
        "in",
        "on",
        "to",
        "a",
        "an",
        "against",
        "en",
        "of",
        "van",
        "de",
        "het",
        "voor",
        "in",
        "op",
        "tegen",
        "met",
    ]
)


def is_a_title(text: str) -> bool:
    """Three or more capitalised words and no sentence in them: the title of a plan, a
    report or a campaign (``National Slavery and Human Trafficking Prevention Month``)."""
    text = text.rstrip(",.")
    words = text.replace(":", " ").split()
    if re.search(r"[.!?;]", text) or text.count(":") > 1:
        return False
    # "United Front for Children: Global Efforts to Combat …": a title and its subtitle
    longest = 20 if ":" in text else 14
    capitalised = [w for w in words if w[:1].isupper()]
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return len(capitalised) >= 3 and len(capitalised) >= len(content) and len(words) <= longest
