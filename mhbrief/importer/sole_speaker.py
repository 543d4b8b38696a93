"""The one person a text quotes: when every quote the text attributes is one named
person's, nobody else is named, and no quote was given to a body or an unnamed
speaker, the quotes nothing attributes are that person's too ("“…”, zegt Anna Smit."
¶ "… “…”" with no attribution of its own). A quote whose paragraph has someone else
say something ("zegt een slachtoffer", "the charity states") is left unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mhbrief.importer.attribution import PLACEHOLDER_SPEAKER, Found
from mhbrief.importer.carryover import People
from mhbrief.importer.mentions import mentions
from mhbrief.importer.others_words import asked_question, quoted_writing, unnamed_witness
from mhbrief.importer.paragraphs import Paragraph
from mhbrief.importer.roles import PRONOUNS, SAY, THINK, is_org_word

#: A quote, in any of the marks the importer reads.
QUOTED = re.compile(r"[“„\"‘'][^“”„\"‘’]{1,2000}[”\"’']")
#: "zegt een slachtoffer", "the charity states", "de organisatie laat weten", "the
#: sheriff's office said": someone unnamed or a body as the one saying, with the words
#: that say who (a body of up to three words before the verb, a possessive included).
#: After "told" ("told the agency", "tells a reporter") is whom it was said to, not who.
_OTHER_SAYS = re.compile(
    rf"(?:\b(?!(?:told|tells|tell)\b)(?:{SAY})\s+(?P<article>de|het|een|the|a|an)\s+"
    rf"(?P<after>[\w-]+)"
    rf"|\b(?P<first>de|het|een|the|a|an)\s+(?P<before>[\w'’-]+(?:\s+[\w'’-]+){{0,2}}?)"
    rf"\s+(?:{SAY})\b)",
    re.IGNORECASE,
)
#: "zegt een woordvoerder", "said a spokesperson": someone the text does not name, even
#: where the one person it names has that role.
_INDEFINITE = frozenset({"een", "a", "an"})


def sole_speaker_quotes(found: Found, paragraphs: Sequence[Paragraph]) -> None:
    """Give the quotes with no speaker to the one person the text quotes and names."""
    named = {entry["speaker"] for entry in found.quotes if "speaker" in entry}
    named.discard(PLACEHOLDER_SPEAKER)
    if len(named) != 1:
        return  # nobody, several people, or a body ("") quoted
    (name,) = named
    if name.startswith("TODO") or len(name.split()) < 2:
        return
    if any(other not in name for other in found.people.roles):
        return  # someone else named: a quote may be theirs
    role = found.people.roles.get(name) or next(
        (entry["role"] for entry in found.quotes if entry.get("role")), None
    )
    attributed = {
        found.paragraph_of[number]
        for number, entry in enumerate(found.quotes[: len(found.paragraph_of)])
        if entry.get("speaker") != PLACEHOLDER_SPEAKER
    }
    maybes = maybe_named(found.notes)
    for number, entry in enumerate(found.quotes):
        if entry.get("speaker") != PLACEHOLDER_SPEAKER:
            continue
        where = found.paragraph_of[number] if number < len(found.paragraph_of) else None
        if where is None or where in attributed or entry["id"] in maybes:
            continue  # the walk would not carry a speaker within that paragraph
        if where > 0 and label_above(paragraphs[where - 1].text, name, found.people.common):
            continue  # "• Shelter Alliance (SA)" above the quote: whose words they are
        if someone_else_says(paragraphs[where].text, role):
            continue
        after = paragraphs[where + 1].text if where + 1 < len(paragraphs) else ""
        if quoted_writing(paragraphs[where].text, entry.get("text", "")) or unnamed_witness(after):
            continue  # "He quoted a text saying “…”", "“…” ¶ Dit is de getuigenis van een …"
        if asked_question(paragraphs[where].text, entry.get("text", "")):
            continue  # "Vaak krijgt ze de vraag ‘Waarom …?’": someone else asks it
        if subject_of_quote(paragraphs[where].text, entry.get("text", ""), name, role):
            continue  # "Toronto police called it “…”": the sentence's own sayer
        if unnamed_subject(paragraphs[where].text, entry.get("text", ""), role):
            continue  # "A nurse raised the alarm after noticing he was “…”"
        body = named_body_acts(paragraphs[where].text, name, role)
        if body is not None:  # "De Nationaal Rapporteur herkent het beeld. “…”"
            found.notes.append(f"{entry['id']}: maybe: {body} (the paragraph's subject)")
            continue
        if where > 0 and alone_after_others(paragraphs, where, name):
            continue  # "Police believe … ¶ “…”": the paragraph before speaks of others
        if where > 0 and (sayer := goes_on_from_other(paragraphs, where, role)):
            found.notes.append(f"{entry['id']}: maybe: {sayer} (who says the quote before it)")
            continue  # "“…,” the experts said. ¶ “…”": the same unnamed sayer goes on
        nearby = [paragraphs[at].text for at in (where - 1, where) if at >= 0]
        if any(other_name(text, name, found.people) for text in nearby):
            continue  # "Piet Bos leidt het team. “…”": someone the text did not read as named
        give_speaker(found, number, name, role, "the one person the text quotes and names")


def give_speaker(found: Found, number: int, name: str, role: str | None, why: str) -> None:
    """Quote ``number`` is ``name``'s (with ``role`` where it has none); its notes of a
    missing speaker give way to one saying why."""
    entry = found.quotes[number]
    ident = entry.pop("id")
    entry.pop("speaker")
    extra = {"role": role} if role and "role" not in entry else {}
    found.quotes[number] = {"id": ident, "speaker": name, **extra, **entry}
    found.notes = [note for note in found.notes if not note.startswith(f"{ident}: ")]
    found.notes.append(f"{ident}: said by {name}, {why}")


#: The sentence a quote stands in, up to the quote: its subject, then a verb of saying or
#: of naming ("Toronto police called trafficking “…”", "De gemeente noemt het „…”", "The
#: judge spoke of “…”").
_SUBJECT_SAYS = re.compile(
    rf"(?:^|[.!?]\s+)(?P<subject>(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+"
    rf"(?:{SAY}|calls|called|terms|termed|dubs|dubbed|labels|labell?ed|brands|branded|"
    # "The judge spoke of “…”", "De rechter sprak van „…”": words the subject uses
    rf"spoke|speaks|spreekt|sprak|spraken|described|describes|beschreef|beschrijft)\b"
    rf"[^.!?]*$",
    re.IGNORECASE,
)


def subject_of_quote(text: str, quote: str, name: str, role: str | None) -> bool:
    """The quote's own sentence, before it, has a subject other than ``name``, their
    role or a pronoun say or call something: "Toronto police called trafficking “…”"."""
    at = text.find(quote[:60]) if quote else -1
    if at <= 0:
        return False
    # The last few hundred characters only: a sentence's opening, at bounded cost.
    match = _SUBJECT_SAYS.search(text[max(0, at - _SENTENCE_CHARS) : at].rstrip(" “„\"‘'"))
    if match is None:
        return False
    words = {word.lower() for word in match["subject"].split()}
    own = {word.lower() for word in f"{name} {role or ''}".replace("-", " ").split()}
    return bool(words - own - PRONOUNS - ARTICLE_WORDS)  # "Toronto" is no word of hers


#: The quote's sentence opens with someone unnamed: "A nurse raised the alarm after …",
#: "Een buurvrouw belde …" (an indefinite article, then up to three words).
_UNNAMED_OPENS = re.compile(
    r"(?:^|[.!?]\s+)(?:A|An|Een)\s+(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s+[a-z][^.!?]*$"
)


def unnamed_subject(text: str, quote: str, role: str | None) -> bool:
    """The quote's own sentence, before it, has someone unnamed as its subject ("A nurse
    raised the alarm after noticing he was “…”"), not by the person's role ("A
    spokesperson …" when that is theirs): what they saw or said, not the person's."""
    at = text.find(quote[:60]) if quote else -1
    if at <= 0:
        return False
    match = _UNNAMED_OPENS.search(text[max(0, at - _SENTENCE_CHARS) : at].rstrip(" “„\"‘'"))
    own = {word.lower() for word in (role or "").replace("-", " ").split()}
    return match is not None and not set(match["who"].lower().split()) <= own


#: How far before a quote its sentence's subject is looked for.
_SENTENCE_CHARS = 300
ARTICLE_WORDS = frozenset({"the", "a", "an", "de", "het", "een"})


def other_name(text: str, name: str, people: People) -> bool:
    """``text``, its quotes left out, names someone other than ``name``, also by a
    name the walk did not record ("Kramer vindt …", "Piet Bos leidt het team.")."""
    own = set(name.split())
    return any(
        mention.person.name and not set(mention.person.name.split()) <= own
        for mention in mentions(QUOTED.sub(" ", text), people)
    )


def maybe_named(notes: list[str]) -> set[str]:
    """The quotes the walk named a candidate for and did not take ("quote-3: maybe:
    Maria …"), by id: read once before a pass over the quotes, as a look at every note
    for every quote made a text of thousands of quotes take minutes."""
    return {note.partition(": maybe:")[0] for note in notes if ": maybe:" in note}


def label_above(text: str, name: str, common: frozenset[str]) -> bool:
    """A line with no full stop that names something other than ``name`` in capitals
    after its first word: a label over the quote, not a heading."""
    words = text.strip(" •*-–").split()
    if not words or len(words) > 8 or text.rstrip()[-1:] in ".!?:":
        return False
    own = set(name.split())
    return any(word[:1].isupper() and word not in common and word not in own for word in words[1:])


def someone_else_says(text: str, role: str | None) -> bool:
    """The paragraph, its quotes left out, has an unnamed person or a body say
    something, and not by the quoted person's role ("zegt de rapporteur"); the body a
    role names is not the person ("The police said" beside a Commissioner of Police)."""
    return other_says(text, role) is not None


def other_says(text: str, role: str | None) -> re.Match[str] | None:
    """Where :func:`someone_else_says` finds its sayer ("the experts stressed"), or None."""
    words = set((role or "").lower().replace("-", " ").split())
    for match in _OTHER_SAYS.finditer(QUOTED.sub(" ", text)):
        who = set(re.sub(r"['’]s\b|-", " ", (match["after"] or match["before"]).lower()).split())
        if (match["article"] or match["first"]).lower() in _INDEFINITE:
            return match  # "zegt een woordvoerder": unnamed, whatever their role
        if not who <= words or all(is_org_word(word) for word in who):
            return match
    return None


def goes_on_from_other(paragraphs: Sequence[Paragraph], where: int, role: str | None) -> str:
    """The quote stands alone in its paragraph and the paragraph before quotes someone
    unnamed or a body ("“…,” the experts stressed."): the words go on with theirs. Who
    says them there, or "" when the quote is not such a run."""
    if QUOTED.sub("", paragraphs[where].text).strip(" .,;:–-"):
        return ""
    before = paragraphs[where - 1].text
    if not QUOTED.search(before):
        return ""
    match = other_says(before, role)
    if match is None:
        return ""
    return (
        f"{match['first']} {match['before']}"
        if match["first"]
        else match["article"] + " " + match["after"]
    )


#: A pronoun that may stand for the one person quoted.
_THEIRS = re.compile(r"\b(?:he|she|his|her|hij|zij|ze|haar|zijn)\b", re.IGNORECASE)


def alone_after_others(paragraphs: Sequence[Paragraph], where: int, name: str) -> bool:
    """The quote stands alone in its paragraph, and the paragraph before neither quotes
    anyone nor names the person (a word of their name, a pronoun), and has someone else
    say or think something ("Police believe that …", their role's body too): the words
    may be theirs."""
    text = paragraphs[where].text
    if QUOTED.sub("", text).strip(" .,;:–-"):
        return False  # the quote's paragraph says more: the other guards read it
    before = paragraphs[where - 1].text
    if QUOTED.search(before) or before.lstrip()[:1] in "“„\"‘'":
        return False  # a quote goes on from the one before it (or runs over paragraphs)
    own = {word for word in name.replace("-", " ").split() if word[:1].isupper()}
    words = set(re.findall(r"[\w'’]+", before))
    if own & words or _THEIRS.search(before):
        return False
    return bool(_OTHERS_THINK.search(before))  # not "IJM is an organisation that …"


#: A sentence whose subject (a few words) says or thinks something: "Police believe
#: that …", "Officials said …", "De politie vermoedt dat …" (the shared lexicon, and the
#: plural forms a body as subject takes).
_OTHERS_THINK = re.compile(
    rf"(?:^|[.!?]\s+)(?:[\w'’-]+\s+){{0,3}}?(?:{THINK}|believe|think|suspect|fear|expect|"
    rf"estimates?|denken|vermoeden|geloven|verwachten|schatten|schat)\b",
    re.IGNORECASE,
)


#: A sentence whose subject is a body or office named in capitals after an article:
#: "De Nationaal Rapporteur Mensenhandel herkent het beeld.", "The Salvation Army
#: agrees.", "Het OM eist …" (up to four capitalised words, then a word in lower case).
_BODY_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+)(?:De|Het|The)\s+(?P<body>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)"
    r"\s+[a-z]"
)


#: A sentence whose subject is two nouns joined by "en"/"and", with no article, then a
#: word in lower case (the verb): "Politie en OM hameren erop …", "Police and
#: prosecutors stress …", "OM en politie zeggen …": bodies or several people acting.
_PAIR_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+)(?P<body>[A-Z][\w'’-]*\s+(?:en|and|&)\s+[\w'’-]+)\s+[a-z]"
)


def named_body_acts(text: str, name: str, role: str | None) -> str | None:
    """The body or office named in capitals that is the subject of a sentence of the
    quote's paragraph (its quotes left out), or two nouns joined by "en"/"and" as one
    ("Politie en OM hameren erop"), when it is not the person's own (no word of their
    name or role, no pronoun): the quote there may be its words. None if there is none."""
    own = {word.lower() for word in f"{name} {role or ''}".replace("-", " ").split()}
    bare = QUOTED.sub(" ", text)
    for match in _BODY_SUBJECT.finditer(bare):
        words = {word.lower() for word in match["body"].replace("-", " ").split()}
        if words - own:
            return match["body"]
    for match in _PAIR_SUBJECT.finditer(bare):  # "Dekker en zijn team": theirs, maybe
        words = set(match["body"].lower().replace("-", " ").split()) - _AND
        if not words & (own | PRONOUNS | _POSSESSIVES):
            return match["body"]
    return None


_AND = frozenset({"en", "and", "&"})
_POSSESSIVES = frozenset({"zijn", "haar", "hun", "his", "her", "their"})
