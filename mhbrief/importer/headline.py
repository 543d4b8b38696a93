"""A quote a headline holds: "Ann de Wit: ‘Uitbuiting stopt pas …’", or the quote alone
over an interview, when the body does not repeat it and the text says who said it."""

from __future__ import annotations

import re

from mhbrief.importer.attribution import Found
from mhbrief.importer.speakers import Person, parse_person
from mhbrief.importer.words import fold_text

#: A headline that is a quote, with its speaker's name before it or not.
_HEADLINE_QUOTE = re.compile(
    r"^(?:(?P<who>[A-Z][\w'’-]+(?:\s+(?:(?:van|de|der|den|ter|te)\s+)*[A-Z][\w'’-]+){1,3})"
    r"\s*:\s*)?[‘“„\"'](?P<words>[^‘’“”„\"]{10,300})[’”\"']$"
)
#: A headline that ends in a quote after a topic or an organisation: "Zorgen over X: ‘…’",
#: "OM: ‘…’".
_TOPIC_QUOTE = re.compile(
    r"^(?P<topic>[^:‘’“”„\"]{2,150}?)\s*:\s*[‘“„\"'](?P<words>[^‘’“”„\"]{10,300})[’”\"']$"
)
#: The fewest words a headline's quote has (a shorter one is a title in quotes).
_MIN_WORDS = 4


def add_headline_quote(found: Found, title: str | None, interviewee: Person | None) -> None:
    """Append the headline's quote to ``found`` (with a note), said by the person the
    headline names or, over an interview, by the interviewee."""
    match = _HEADLINE_QUOTE.match(title or "")
    topic = _TOPIC_QUOTE.match(title or "")
    if match is None and topic is not None:
        by_nobody = parse_person(topic["topic"])
        if not (by_nobody.name or by_nobody.role or by_nobody.back):
            match = topic  # "OM: ‘…’", "Zorgen over X: ‘…’": not a person's name
    if match is None or len(match["words"].split()) < _MIN_WORDS:
        return
    words = match["words"].strip()
    folded = fold_text(words)
    if any(_repeats(folded, fold_text(quote["text"])) for quote in found.quotes):
        return  # the body says it again (in full perhaps): the quote is there already
    people = found.people
    # "Ann de Wit: ‘…’" names her; "Directie Alexandra: ‘…’" or "Minister Bos: ‘…’" a role
    # and one word, no full name
    who = parse_person(match["who"]).name if match.groupdict().get("who") else None
    named = (people.known(who) or who) if who else None
    if match.groupdict().get("who") and named is None:
        return
    if match is topic:
        named = _only_speaker(found)  # the one person the body quotes, if only one
    if named is None and interviewee is not None:
        named = interviewee.name
    if not named or len(named.split()) < 2:
        return
    entry = {"id": f"quote-{len(found.quotes) + 1}", "speaker": named}
    if role := people.roles.get(named):
        entry["role"] = role
    entry["text"] = words
    found.quotes.append(entry)
    found.notes.append(f"{entry['id']}: the headline's quote")


def _only_speaker(found: Found) -> str | None:
    """The speaker of all the body's quotes, when they have one and the same and the
    first paragraph names them (it gives the headline's words as theirs, "Dat zegt X");
    a lead that names only an organisation ("Dat meldt Stichting X") gives them as its."""
    speakers: set[str] = {str(quote["speaker"]) for quote in found.quotes}
    if len(speakers) != 1 or not found.rests:
        return None
    (speaker,) = speakers
    if not found.people.known(speaker) or speaker.split()[-1] not in found.rests[0].text:
        return None
    guessed = {note.split(":", 1)[0] for note in found.notes if _GUESSED in note}
    if all(quote["id"] in guessed for quote in found.quotes):
        return None  # the body's speaker is read from "ik" beside one name: no second guess
    return speaker


#: The note of a quote whose speaker was read from its first person (:mod:`.unattributed`).
_GUESSED = ": in the first person, in a paragraph that names only "


def _repeats(headline: str, quote: str) -> bool:
    """The headline's words are the quote's, in order, some left out: "We moeten mensen
    wegsturen" over "We moeten elke week mensen wegsturen die …"."""
    words = iter(re.findall(r"\w+", quote))
    return all(word in words for word in re.findall(r"\w+", headline))
