"""The body a release speaks as "our"/"we"/"us" by its own name: "Harbour Aid’s team at
our new office has helped …", "Harbour Aid became involved when a friend contacted us".

A charity's or a company's own news is written in the first person plural, and the
sender names itself in the same sentence as the "our" or "we" it speaks with: its name
with the possessive ("X’s team at our …"), or as the subject of a sentence whose "we",
"us" or "our" is its own ("X first heard of it when her friend contacted us"). The body
so named is the release's sender when the text names it at least twice outside its
quotations, no person is so named (a name of two words needs a joining word or a word of an
organisation's kind), and only one body is.

One pass over the sentences outside quotation marks of the text's first pages, a bounded
number of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.roles import is_org_word

#: How many sentences are read: a bound on the cost.
_SENTENCES = 300

_WORD = r"[A-Z][\w&'’-]*"
_JOIN = r"(?:for|of|and|&|against|in|on)"
#: A body's name, possessive or as a sentence's subject: "Hope for Harbours’s team".
_NAME = rf"(?P<name>{_WORD}(?:[^\S\n]+(?:{_JOIN}[^\S\n]+)?{_WORD}){{0,5}})"
_POSSESSIVE = re.compile(rf"(?:^|(?<=\s)){_NAME}['’]s[^\S\n]+[a-z]")
_SUBJECT = re.compile(rf"^{_NAME}[^\S\n]+(?:first[^\S\n]+|has[^\S\n]+|had[^\S\n]+)?[a-z]+ed\b")
#: The first person plural of the sender.
_WE = re.compile(r"\b(?:our|we|us|ours)\b")
#: Text inside straight quotation marks on one line: a quoted person's "we" is theirs.
_QUOTED = re.compile(r"\"[^\"\n]{0,3000}\"")
#: How much of the text is read: a release's sender speaks in its first pages.
_REACH = 50_000
_SENTENCE = re.compile(r"[^.!?\n]+")


def _unquoted(text: str) -> str:
    """``text`` without what stands between curly quotation marks (one pass: an opening
    mark without a closing one ends the search)."""
    parts: list[str] = []
    at = 0
    while (start := text.find("“", at)) != -1 and (end := text.find("”", start)) != -1:
        parts.extend((text[at:start], " "))
        at = end + 1
    parts.append(text[at:])
    return "".join(parts)


def _plain(name: str) -> str:
    words = name.split()
    while words and words[0] in ("The", "Our", "We"):
        words = words[1:]
    return " ".join(words)


def _not_a_persons(name: str) -> bool:
    """A name no person has: a joining word in it ("Hope for Harbours"), a word of an
    organisation's kind, or three words or more; "Ann Lee’s family told us" is a
    person's."""
    words = name.split()
    if len(words) < 2:
        return False
    joined = any(re.fullmatch(_JOIN, word) for word in words)
    return joined or len(words) >= 3 or any(is_org_word(word) for word in words)


def body_speaking_as_we(text: str, is_person: Callable[[str], bool]) -> str | None:
    """The one body the text names in a sentence of its own "our"/"we"/"us" (outside
    quotations): "Harbour Aid’s team at our office", when it names it twice."""
    plain = _QUOTED.sub(" ", _unquoted(text[:_REACH]))
    found: set[str] = set()
    for number, sentence in enumerate(_SENTENCE.finditer(plain)):
        if number >= _SENTENCES:
            break
        part = sentence[0].strip()
        if not _WE.search(part):
            continue
        for match in (*_POSSESSIVE.finditer(part), _SUBJECT.match(part)):
            if match is None or not _WE.search(part, match.end()):
                continue
            name = _plain(match["name"])
            if _not_a_persons(name) and not is_person(name) and not is_outlet(name):
                found.add(name)
    if len(found) != 1:
        return None
    name = found.pop()
    return name if plain.count(name) >= 2 else None
