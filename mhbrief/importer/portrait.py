"""A portrait's answers: the opening introduces one person and says they tell their
story ("… gaf Anna Smit (47) geen voldoening. … Hier vertelt ze hoe …", "Ann Lee (44)
… She tells us how …"), a label line may give the role ("Beroep: Directeur X",
"Job: Director of X"), and the answers follow, each after a label of its own
("Uren: ‘…’", "Tip: ‘…’") with no name.

When the text names nobody else, the answers nothing attributes are that person's; a
quote someone else says ("zegt een bewoonster"), a quoted question ("de vraag ‘…?’")
or quoted writing is left open. When the opening introduces two or more people, or
someone else is named later, the answers stay open with a note naming the candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER, Found
from mhbrief.importer.carryover import People
from mhbrief.importer.mentions import mentions
from mhbrief.importer.others_words import asked_question, quoted_writing, unnamed_witness
from mhbrief.importer.paragraphs import Paragraph
from mhbrief.importer.sole_interviewee import portrait_speakers
from mhbrief.importer.sole_speaker import (
    QUOTED,
    give_speaker,
    maybe_named,
    someone_else_says,
    subject_of_quote,
)
from mhbrief.importer.speakers import Person

#: How many paragraphs the opening holds.
_OPENING = 3
#: The opening says the person tells their story: "Hier vertelt ze hoe …", "Aan VIVA
#: vertelt ze over …", "She tells us how …", "He explains why …" (a story to the reader,
#: not "she told officers she …").
_TELLS = re.compile(
    r"\b(?:vertel(?:t|len)\s+(?:ze|zij|hij)|(?:ze|zij|hij)\s+vertel(?:t|len)"
    r"|legt\s+(?:ze|zij|hij)\s+uit|(?:ze|zij|hij)\s+legt\s+uit)"
    r"\s+(?:\w+\s+){0,2}?(?:hoe|over|waarom|wat|wie)\b"
    r"|\b(?i:she|he|they)\s+(?:tells?|explains?|talks?|describes?)\s+"
    r"(?:(?:us|readers|[A-Z][\w-]+)\s+)?(?:how|about|why|what)\b"
)
#: A line that gives the person's post: "Beroep: Directeur Stichting X", "Job: Director".
_ROLE_LINE = re.compile(
    r"^(?i:beroep|functie|baan|job|role|occupation|position)\s*:\s*"
    r"(?P<role>[^“”„«»‘’\"':;?!]{3,100}?)[.\s]*$"
)


def portraits(
    found: Found,
    paragraphs: Sequence[Paragraph],
    answering: Person | None,
    *,
    interview: bool,
    inline: bool,
) -> None:
    """The answers of a text that talks to one person: the one it says it talks to
    (outside an interview's questions), or else the one its opening introduces."""
    portrait_speakers(found, None if interview or inline else answering)
    if answering is None and not interview:
        portrait_answers(found, paragraphs)  # "… Anna Smit (47) … Hier vertelt ze hoe …"


def portrait_answers(found: Found, paragraphs: Sequence[Paragraph]) -> None:
    """Give the unattributed answers of a portrait to the one person its opening
    introduces; with more candidates, note them on each answer left open."""
    opening = paragraphs[:_OPENING]
    if not any(_TELLS.search(p.text) for p in opening):
        return
    introduced = _named(p.text for p in opening)
    if not introduced:
        return
    others = set(_named(QUOTED.sub(" ", p.text) for p in paragraphs))
    others |= {name for name in found.people.roles if len(name.split()) >= 2}
    candidates = sorted(introduced) + sorted(
        name for name in others if not any(set(name.split()) <= set(i.split()) for i in introduced)
    )
    if len(candidates) > 1:
        _note_candidates(found, candidates[:3])
        return
    (name,) = candidates
    role = _role_line(paragraphs) or found.people.roles.get(name) or introduced[name]
    maybes = maybe_named(found.notes)
    for number, entry in enumerate(found.quotes[: len(found.paragraph_of)]):
        if entry.get("speaker") != PLACEHOLDER_SPEAKER or entry["id"] in maybes:
            continue
        where = found.paragraph_of[number]
        if not _an_answer(paragraphs, where, entry.get("text", ""), name, role):
            continue
        give_speaker(found, number, name, role, "whom the portrait's opening introduces")


def _an_answer(
    paragraphs: Sequence[Paragraph], where: int, quote: str, name: str, role: str | None
) -> bool:
    """The quote reads as the person's answer: nobody else says it, it is no question
    put to them, and no message or witness they quote."""
    text = paragraphs[where].text
    if someone_else_says(text, role) or quoted_writing(text, quote):
        return False
    if subject_of_quote(text, quote, name, role):
        return False
    after = paragraphs[where + 1].text if where + 1 < len(paragraphs) else ""
    if unnamed_witness(after):
        return False
    return not asked_question(text, quote)  # "de vraag ‘Waarom …?’": someone asks it


def _named(texts: Iterable[str]) -> dict[str, str | None]:
    """The people of two or more words the texts name, with a role if they give one."""
    people = People()
    named: dict[str, str | None] = {}
    for text in texts:
        for mention in mentions(text, people):
            name = mention.person.name
            if name and len(name.split()) >= 2:
                named[name] = named.get(name) or mention.person.role
    return named


def _role_line(paragraphs: Sequence[Paragraph]) -> str | None:
    """The role a "Beroep:" or "Job:" line near the top gives."""
    for paragraph in paragraphs[: _OPENING + 5]:
        if found := _ROLE_LINE.match(paragraph.text.strip()):
            return found["role"].strip()
    return None


def _note_candidates(found: Found, candidates: list[str]) -> None:
    """Each answer left open names the people it may be from."""
    who = " or ".join(candidates)
    maybes = maybe_named(found.notes)
    for entry in found.quotes:
        ident = str(entry.get("id"))
        if entry.get("speaker") != PLACEHOLDER_SPEAKER or ident in maybes:
            continue
        found.notes.append(f"{ident}: maybe: {who} (the people a portrait's opening names)")
