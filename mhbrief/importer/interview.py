"""Interviews: questions without quotation marks, each followed by ``Name: “answer”``,
or by an answer in quotation marks alone when the text says whom it interviews
("Interview met Anna Smit, onderzoeker bij Y", "In gesprek met …", "Interview with …",
"Wij spraken …", "We spoke to …")
or the first answer introduces its speaker ("“Hello, I’m Ann Lee, an adviser at X.").

The questions are neither quotes nor points; each becomes the ``context`` of the
answers under it. A text is an interview when at least two questions are
answered this way.
"""

from __future__ import annotations

import itertools
import re

from mhbrief.importer.carryover import People
from mhbrief.importer.mentions import mentions
from mhbrief.importer.paragraphs import Paragraph, is_answer
from mhbrief.importer.speakers import Person, parse_person

_QUOTE_MARK = re.compile(r"[“”„«»‘]|,,|(?<!\w)[\"']")
_MAX_QUESTION_WORDS = 60
_INTERVIEW_WITH = re.compile(
    r"\b(?i:interview met|in gesprek met|een gesprek met|interview with|in conversation with|"
    # "Wij spraken Anna Smit, onderzoeker bij Y.", "We spoke to Ann Lee, …": whom it asks
    r"(?:wij|we|ik)\s+spra(?:ken|k)(?:\s+met)?|(?:we|I)\s+(?:spoke|talked)\s+(?:to|with))\s+"
    r"(?P<who>[^.!?:;()“”„\"]{3,100})"
)
#: A headline that quotes one person: "Maarten Noordzij: ‘Mensenhandel stopt …’".
_NAME_THEN_QUOTE = re.compile(
    r"^(?P<who>[A-Z][\w'’-]+(?:\s+(?:(?:van|de|der|den|ter|te)\s+)*[A-Z][\w'’-]+){1,3})\s*:\s*[‘“„\"']"
)
_OPENS_QUOTED = re.compile(r"^(?:[“„«‘\"']|,,)")
#: An answer that introduces its speaker: "“Hello, I’m Ann Lee, an adviser at X.",
#: "‘Ik ben Anna Smit, onderzoeker bij Y.".
_SELF_INTRODUCED = re.compile(
    r"^(?:[“„«‘\"']|,,)\s*(?:(?i:hello|hi|hallo|hoi|goedendag|good morning)[,!.]?\s+)?"
    r"(?i:i[’']m|i am|my name is|ik ben|mijn naam is)\s+(?P<who>[A-Z][^.!?;:“”„\"]{2,120})"
)


#: A question and its answer in one paragraph: "Hoe moet dat? “Ik begin met …”".
_ASKED_AND_ANSWERED = re.compile(r"^(?P<question>[^“”„«»‘’\"\n]{3,400}?\?)\s*(?:[“„«‘\"]|,,)")


def asked_inline(text: str) -> str | None:
    """The question a paragraph opens with when its answer follows in quotation marks."""
    match = _ASKED_AND_ANSWERED.match(text)
    return match["question"] if match and is_question(match["question"]) else None


def is_question(text: str) -> bool:
    """A paragraph that asks, without quotation marks: the interviewer's words."""
    return (
        text.rstrip().endswith("?")
        and len(text.split()) <= _MAX_QUESTION_WORDS
        and _QUOTE_MARK.search(text) is None
    )


def interviewee(
    paragraphs: list[Paragraph], title: str | None = None, kickers: tuple[str, ...] = ()
) -> Person | None:
    """The one person the text says it interviews, with a role if given; else ``None``.
    ``kickers``: the first lines cleaning left out as the page's (a section's label may
    have taken "interview> Interview met X" with it)."""
    # the line may stand as a subheading over the first paragraphs
    openings = (t for p in paragraphs[:3] for t in (p.context or "", p.text))
    for text in [title or "", *kickers, *openings]:
        found = _INTERVIEW_WITH.search(text)
        if found:
            person = parse_person(found["who"])
            if person.name and len(person.name.split()) >= 2:
                return person
    if title and (quoted := _NAME_THEN_QUOTE.match(title)):
        person = parse_person(quoted["who"])  # "Maarten Noordzij: ‘Mensenhandel stopt …’"
        if person.name and len(person.name.split()) >= 2:
            return person
    for paragraph in paragraphs[:4]:
        if introduced := _SELF_INTRODUCED.match(paragraph.text):
            person = parse_person(introduced["who"])
            if person.name and len(person.name.split()) >= 2:
                return person
    if _quoted_answers(paragraphs) >= 2:
        return _one_person_introduced(paragraphs[:4])
    return None


def _quoted_answers(paragraphs: list[Paragraph]) -> int:
    """How many questions are answered by a paragraph in quotation marks alone."""
    return sum(
        1
        for before, after in itertools.pairwise(paragraphs)
        if is_question(before.text) and _OPENS_QUOTED.match(after.text)
    )


def _one_person_introduced(paragraphs: list[Paragraph]) -> Person | None:
    """The one person the opening paragraphs name with a role ("wil commissaris Walter
    van Kleef niet te veel zeggen"): whom an interview without names asks."""
    people = People()
    named: dict[str, Person] = {}
    for paragraph in paragraphs:
        for mention in mentions(paragraph.text, people):
            name = mention.person.name
            if mention.sure and name and len(name.split()) >= 2:
                named.setdefault(name, mention.person)
    found = list(named.values())
    return found[0] if len(found) == 1 and found[0].role else None


def questions(paragraphs: list[Paragraph], answered_by: Person | None = None) -> frozenset[int]:
    """The indexes of the questions, when the text is an interview; else none. With
    ``answered_by``, an answer may be quotation marks alone."""

    def answer(text: str) -> bool:
        return is_answer(text) or (
            answered_by is not None and _OPENS_QUOTED.match(text) is not None
        )

    asked = frozenset(
        index
        for index, paragraph in enumerate(paragraphs[:-1])
        if is_question(paragraph.text) and answer(paragraphs[index + 1].text)
    )
    # one question is enough when the text names whom it asks
    return asked if len(asked) >= (1 if answered_by is not None else 2) else frozenset()
