"""A paragraph that is a quote and nothing attributes, right after a paragraph whose
quote a named person said ("“…,” laat advocaat Piet Bos weten. Volgens Bos …" ¶ "“…”"):
the same person goes on speaking, when nobody else is named between the two quotes,
in the quote's paragraph, or at the start of the paragraph after it. So does the quote
of the next paragraph whose sentence has a pronoun say it first ("It was hoped …, he
added, to send out “…”", "De straf moet afschrikken, zegt ze, en „…”").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER, Found
from mhbrief.importer.paragraphs import Paragraph
from mhbrief.importer.roles import SAY
from mhbrief.importer.sole_speaker import (
    QUOTED,
    alone_after_others,
    give_speaker,
    label_above,
    maybe_named,
    other_name,
    someone_else_says,
)

#: A paragraph that opens with a quote mark.
_OPENS_QUOTED = re.compile(r"^\s*[“„\"‘']")
#: The most paragraphs between the quote a person said and the one read as theirs.
_MOST_APART = 2
#: In a quote's sentence, before it: a pronoun says ("he added", "zegt ze", "she said").
_PRONOUN_SAYS = re.compile(
    rf"\b(?:(?:he|she|hij|zij|ze)\s+(?:{SAY})|(?:{SAY})\s+(?:he|she|hij|zij|ze))\b"
    r"[^.!?“”„\"‘’]{0,80}$",
    re.IGNORECASE,
)


def last_speaker_quotes(found: Found, paragraphs: Sequence[Paragraph]) -> None:
    """Give a quote paragraph with no speaker the speaker of the quote before it."""
    maybes = maybe_named(found.notes)
    for number in range(1, min(len(found.quotes), len(found.paragraph_of))):
        entry, before = found.quotes[number], found.quotes[number - 1]
        name = before.get("speaker") or ""
        if entry.get("speaker") != PLACEHOLDER_SPEAKER or not _a_full_name(name):
            continue
        where, was = found.paragraph_of[number], found.paragraph_of[number - 1]
        if not 0 < where - was <= _MOST_APART or entry["id"] in maybes:
            continue
        text = paragraphs[where].text
        if not (_OPENS_QUOTED.match(text) or (where - was == 1 and _said_by_pronoun(text, entry))):
            continue
        if not _nobody_else(found, paragraphs, name, was, where):
            continue
        role = found.people.roles.get(name) or before.get("role")
        if where - 1 > was and alone_after_others(paragraphs, where, name):
            continue  # "“…,” said Lee. ¶ Police believe … ¶ “…”": the police's, maybe
        give_speaker(found, number, name, role, "who said the quote before it")


def _said_by_pronoun(text: str, entry: dict[str, object]) -> bool:
    """The quote's sentence, before it, has a pronoun say it: "…, he added, “…”"."""
    quote = str(entry.get("text", ""))
    at = text.find(quote[:60]) if quote else -1
    if at <= 0 or QUOTED.search(text[:at]):
        return False  # the paragraph quotes before: its own reading holds
    sentence = re.split(r"(?<=[.!?])\s+", text[:at].rstrip(" “„\"‘'"))[-1]
    return _PRONOUN_SAYS.search(sentence) is not None


def _a_full_name(name: str) -> bool:
    return not name.startswith("TODO") and len(name.split()) >= 2


def _nobody_else(
    found: Found, paragraphs: Sequence[Paragraph], name: str, was: int, where: int
) -> bool:
    """Between the person's last mention and the quote, in the quote's paragraph and in
    the first sentence of the paragraph after it (unless that opens with a quote of its
    own), nobody else is named or says a thing."""
    people = found.people
    role = people.roles.get(name)
    since = _after_last_mention(paragraphs[was].text, name, people)
    between = [since, *(paragraphs[at].text for at in range(was + 1, where))]
    texts = [*between, paragraphs[where].text]
    if where + 1 < len(paragraphs) and not _OPENS_QUOTED.match(paragraphs[where + 1].text):
        following = QUOTED.sub(" ", paragraphs[where + 1].text)
        texts.append(re.split(r"(?<=[.!?])\s", following.strip(), maxsplit=1)[0])
    if any(other_name(text, name, people) or someone_else_says(text, role) for text in texts):
        return False
    return not label_above(paragraphs[where - 1].text, name, people.common)


def _after_last_mention(text: str, name: str, people: object) -> str:
    """``text`` after the last mention of a word of ``name`` ("… volgens Bos is het …")."""
    words = [re.escape(word) for word in name.split() if word[:1].isupper()]
    ends = [match.end() for match in re.finditer(rf"\b(?:{'|'.join(words)})\b", text)]
    return text[ends[-1] :] if ends else text
