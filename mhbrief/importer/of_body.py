"""A full name then "of" and a body's name as a quote's attribution: "“…,” said Ann Lee
of Harbourwatch", "Ann Lee of Harbourwatch said: “…”".

In English "of" is no part of a person's name (Dutch "van" may be, and Dutch "of" means
"or"), so the rule reads only next to an English verb of saying: the name (two or three
capitalised words, no office's or body's word among them) is the speaker and the body
(one to four capitalised words, perhaps after "the") their role, as "zegt X van CKM" is
read, so the draft's organisation is read from it too. It only fills a speaker left TODO.
"""

from __future__ import annotations

import re
from typing import Any

from mhbrief.importer.acronym_body import acronym_body
from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER, Found
from mhbrief.importer.roles import is_org_word, is_role_word

_WORD = r"[A-Z][\w'’.-]{0,30}"
_NAME = rf"(?P<name>{_WORD}(?: {_WORD}){{1,2}})"
_BODY = rf"(?:the )?(?P<body>{_WORD}(?: {_WORD}){{0,3}})"
_NAME2 = rf"(?P<name2>{_WORD}(?: {_WORD}){{1,2}})"
_BODY2 = rf"(?:the )?(?P<body2>{_WORD}(?: {_WORD}){{0,3}})"
_SAY = r"(?:said|says|added|adds|explained|explains|warned|warns|told [a-z]+(?: [a-z]+)?)"
#: Right after the quote: ``,” said Ann Lee of Harbourwatch.`` (or ``Ann Lee of … said``).
_AFTER = re.compile(
    rf"[,.!?]?\s?[\"”’']\s?,?\s(?:{_SAY} {_NAME} of {_BODY}|{_NAME2} of {_BODY2} {_SAY})"
    r"\s?[.,;:]"
)
#: Right before the quote, in its sentence: ``Ann Lee of Harbourwatch said: “`` or ``Ann
#: Lee of Harbourwatch said the plan was “``.
_BEFORE = re.compile(
    rf"(?:^|[.!?]\s|\n){_NAME} of {_BODY},? {_SAY}\b[^.!?\n\"“”]{{0,120}}[\"“]\s?$"
)
#: Room looked at around the quote: an attribution is short.
_ROOM = 220


def of_body_speakers(found: Found, text: str) -> None:
    """Fill a TODO speaker from "said Ann Lee of Harbourwatch" beside its quote."""
    for entry in found.quotes:
        if entry.get("speaker") != PLACEHOLDER_SPEAKER:
            continue
        quote = entry["text"]
        at = text.find(quote)
        if at < 0:
            continue
        after = _AFTER.match(text, at + len(quote), at + len(quote) + _ROOM)
        before = _BEFORE.search(text[max(0, at - _ROOM) : at])
        for match in (after, before):
            if match is not None and (named := _named(match, "name2", "body2")):
                _fill(found, entry, *named)
                _drop_rest(found, match[0].strip(" ,.;:!?\"“”’'\n"))
                break


#: What may stay of a rest once the attribution is cut out of it: punctuation only.
_ONLY_MARKS = re.compile(r"[\s,.;:!?\"“”‘’'-]*")


def _drop_rest(found: Found, words: str) -> None:
    """The rest of the quote's paragraph that is only the attribution ("said Ann Lee of
    Harbourwatch."): no point of the draft."""
    for rest in list(found.rests):
        if words and words in rest.text and _ONLY_MARKS.fullmatch(rest.text.replace(words, "")):
            found.rests.remove(rest)
            return


def _named(match: re.Match[str], name2: str, body2: str) -> tuple[str, str] | None:
    name = match["name"] or match.groupdict().get(name2)
    body = match["body"] or match.groupdict().get(body2)
    if not name or not body:
        return None
    if any(is_role_word(w) or is_org_word(w) for w in name.split()):
        return None  # "Director Lee of X", "Council Leader of X": an office, not a name
    return name, body


def _fill(found: Found, entry: dict[str, Any], name: str, body: str) -> None:
    """The speaker, and the body as the role (as "zegt X van CKM" is read), right after
    the speaker; the notes that said no speaker was found are dropped."""
    ident = entry["id"]
    entry["speaker"] = name
    if not entry.get("role"):
        items = [item for item in entry.items() if item[0] != "role"]
        entry.clear()
        entry.update([*items[:2], ("role", body), *items[2:]])
    if not found.people.roles.get(name):
        found.people.roles[name] = body
    found.notes[:] = [
        n
        for n in found.notes
        if not n.startswith(f"{ident}: ")
        or not (n.endswith("no speaker found; fill in 'speaker'") or ": maybe: " in n)
    ]
    found.notes.append(f"{ident}: said by {name} of {body} (the words beside the quote)")


def body_of_speakers(quotes: list[dict[str, Any]], text: str) -> str | None:
    """The one body all of a text's named speakers are "of" ("said Ann Lee of
    Harbourwatch", "Tom Bell of Harbourwatch said"), as their role, or the letters they
    are all of ("zegt Ann Lee van de HVZ", :func:`.acronym_body.acronym_body`)."""
    return _body_of_speakers(quotes, text) or acronym_body(quotes, text)


def _body_of_speakers(quotes: list[dict[str, Any]], text: str) -> str | None:
    pairs = {(q.get("speaker", ""), q.get("role", "")) for q in quotes}
    if not pairs or any(not s or s.startswith("TODO") or not r for s, r in pairs):
        return None
    bodies = {r for _, r in pairs}
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    named = all(f"{s} of {body}" in text or f"{s} of the {body}" in text for s, _ in pairs)
    return body if named and _BODY_ALONE.fullmatch(body) else None


#: A body's name as the rule reads it: one to four capitalised words.
_BODY_ALONE = re.compile(rf"{_WORD}(?: {_WORD}){{0,3}}")
