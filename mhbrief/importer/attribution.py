"""Attribution: each quotation with the person who said it; what is left are points.

A quotation is attributed, in this order, by the words around it: a lead-in
ending in a colon before it (``X: “…”``, ``X zegt:``), an attribution after it
(``“…”, zegt X.``, ``aldus X``, ``said X``), the sentence before it when that
names someone with a verb of saying or thinking (``X vermoedt echter dat … “…”``),
or a lead-in ending the paragraph before. Pronouns, "Deze" and "de woordvoerder"
are the person named last or named with that role (:mod:`.carryover`); people
named in the prose (:mod:`.mentions`) count as named. A quotation with no
attribution keeps the speaker of the one before it in the same paragraph, or of
the quotation it goes on from; otherwise its speaker stays unknown.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from mhbrief.importer.around import (
    AFTER_SENTENCE,
    SENTENCE_END,
    WHO_TAIL,
    attribution,
    lead_in_end,
    named_after,
    subject_after,
    without_say,
)
from mhbrief.importer.carryover import People, better_role, with_name
from mhbrief.importer.fuller_names import FullerNames, read_words, surname_alone
from mhbrief.importer.interview import asked_inline, is_question
from mhbrief.importer.mentions import Mention, last_sentence, mentions, role_subjects
from mhbrief.importer.name_lines import bullet_name, name_line
from mhbrief.importer.named_things import a_name_or_term
from mhbrief.importer.nested import cite_nested
from mhbrief.importer.paragraphs import Paragraph
from mhbrief.importer.quoted_labels import not_someones_words
from mhbrief.importer.quotes import goes_on_whole, is_left_open, quote_spans
from mhbrief.importer.relative import relative_speaker
from mhbrief.importer.released import issued_by_a_body
from mhbrief.importer.repeated_quotes import said_again
from mhbrief.importer.role_phrases import unnamed_says
from mhbrief.importer.role_subject import role_subject
from mhbrief.importer.roles import SAY, SPLIT_SAYS, THINK, is_role_word, with_title_spaces
from mhbrief.importer.sentence_ends import ended_by, inside_a_sentence
from mhbrief.importer.speakers import Person, is_rank_or_office, parse_person
from mhbrief.importer.statement_by import statement_by
from mhbrief.importer.unattributed import explainer, first_person, one_person_named
from mhbrief.importer.words import SPACE, WORD, WordCounts

PLACEHOLDER_SPEAKER = "TODO: who said this"

#: ", toen ik hem sprak over …", ", when asked …": a clause after the speaker.
_CLAUSE_TAIL = re.compile(r",\s*(?:toen|terwijl|nadat|when|while|after)\b.*$", re.IGNORECASE)
_PRONOUN = r"(?:zij|hij|ze|deze|she|he|they)"
_PRONOUN_SAYS = re.compile(
    rf"^(?:{_PRONOUN}\s+(?:\w+\s+)?(?:{THINK}|wil|wilde|wants|wanted)|\w+\s+(?:{THINK})\s+{_PRONOUN}"
    rf"|(?:volgens|according to)\s+(?:haar|hem|hen|her|him|them)|{SPLIT_SAYS}"
    # "Dat er dwang is, vindt ze niet terzake doen.": a clause, then verb and pronoun
    rf"|[^,]{{1,300}},\s*(?:{THINK})\s+{_PRONOUN})\b"
    # "Waar ze het meest trots op is? ‘…’": a question about her, answered by her words
    rf"|^(?:waar|wat|waarom|hoe|what|why|how)\s+{_PRONOUN}\s[^?“”‘’„\"]{{1,120}}\?\s*$",
    re.IGNORECASE,
)
#: "During the sentencing, the judge said this was a": an unnamed role as the subject.
_ROLE_SAYS = re.compile(
    rf"^(?:[^,]{{0,80}},\s*)?(?:the|de|het)\s+(?P<role>[\w-]+)\s+(?:{SAY})\b", re.IGNORECASE
)
#: "Volgens De Wit is het probleem groter. “…”": the person the sentence is from.
_ACCORDING = re.compile(
    r"^\W*(?:[\w-]+\s+){0,2}(?:volgens|according to)\s+(?:\S+\s+){0,3}$", re.IGNORECASE
)
#: "Voor Depla is mensenhandel …": the person whose view the sentence gives.
_VIEWPOINT = re.compile(r"^\W*(?:voor|for)\s+$", re.IGNORECASE)
_COPULA = re.compile(r"\s+(?:is|zijn|was|waren|blijft|bleef|staat|stond|telt|telde)\b")
_THINK_BEFORE = re.compile(rf"\b(?:{THINK})\s*$", re.IGNORECASE)

#: A role ending in "van Santbrink": a one-word organisation, or a name's end.
_VAN_WORD = re.compile(r"(?:^|\s)van\s+(?P<word>[A-Z][\w'’-]+)$")
#: Offices held "van" a place or a ministry: "burgemeester X van Utrecht".
_OFFICE = re.compile(
    r"(?i)\b(?:wethouder|burgemeester|minister|staatssecretaris|gedeputeerde|commissaris|"
    r"gouverneur|mayor|governor|minister)\b"
)
#: How much text before and after a quote its attribution is looked for in.
_LEAD_WINDOW = 2000

#: ``(name, role)`` of a quotation's speaker; ``name`` is ``None`` when unknown.
Speaker = tuple[str | None, str | None]


@dataclass
class Found:
    """The quotations found (as draft entries), the paragraphs' other text, and notes."""

    quotes: list[dict[str, Any]] = field(default_factory=list)
    rests: list[Paragraph] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    people: People = field(default_factory=People)
    #: The index of the paragraph each quote was found in.
    paragraph_of: list[int] = field(default_factory=list)


def attribute(
    paragraphs: list[Paragraph],
    questions: frozenset[int] = frozenset(),
    interviewee: Person | None = None,
    title: str | None = None,
    captions: Iterable[str] = (),
) -> Found:
    """Quotations with their speakers, in source order, and the rest of each paragraph.

    ``questions`` are the indexes of an interview's questions: neither quotes nor
    points, they become the ``context`` of the answers under them. People the
    ``title`` names with a role count as named (no pronoun means them)."""
    walk = _Walk(paragraphs)
    read_words(walk.people, [p.text for p in paragraphs])
    captions = list(captions)  # a name caption names its person too ("X, director")
    for named in [title, *captions] if title else captions:
        walk._note_mentions(named)
        walk.people.last, walk.people.beside = None, ()
    walk.interviewee = interviewee
    walk.statement_by = statement_by(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        if index in questions:
            walk.question = paragraph.text
            continue
        if index in walk.signatures:
            continue  # the speaker's name on its own line under the quote: read already
        walk.paragraph(index, paragraph)
    _roles_named_later(walk.found, captions)
    return walk.found


def _roles_named_later(found: Found, captions: Iterable[str] = ()) -> None:
    """A role the text gives a speaker after their quotes ("“…”, zegt Menheere. Menheere
    is aandachtsfunctionaris bij de gemeente Goes.") goes with those quotes too, as does
    one a picture's caption gives ("Sjoerd van Bemmel, onderzoeker bij CKM"), and either
    replaces a role that only named the organisation ("van het CKM")."""
    for caption in captions:
        person = parse_person(caption)
        known = found.people.known(person.name) if person.name else None
        if known and person.role:
            found.people.give_role(known, person.role)
    for n, entry in enumerate(found.quotes):
        name = entry["speaker"]
        role = found.people.roles.get(name)
        if role and entry.get("role") and better_role(entry["role"], role):
            entry["role"] = role
            found.notes.append(f"{entry['id']}: role '{role}' taken from a later mention of {name}")
        elif "role" not in entry and role:
            ident, speaker = entry.pop("id"), entry.pop("speaker")
            found.quotes[n] = {"id": ident, "speaker": speaker, "role": role, **entry}
            found.notes.append(f"{ident}: role '{role}' taken from a later mention of {name}")


#: A name in the possessive ends so: it says whose the speaker is, not who.
_POSSESSIVE = ("’s", "'s", "’", "'")


class _Walk:
    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.paragraphs = paragraphs
        self.found = Found()
        self.people = self.found.people
        #: The speaker of a quote left open at the end of the paragraph before.
        self.continued: Speaker | None = None
        #: The interview question the next answers stand under.
        self.question: str | None = None
        #: The person an interview says it talks to: the speaker of unnamed answers.
        self.interviewee: Person | None = None
        #: Paragraphs that are only the name of the speaker of the quote above them.
        self.signatures: set[int] = set()
        #: Quotes without a speaker in a quotation left open, that the next paragraph
        #: goes on with: its attribution at the end names them all.
        self.open_unnamed: list[int] = []
        #: The person a "Statement by X" line names: the speaker of unattributed quotes.
        self.statement_by: Person | None = None
        #: The paragraph whose last quote's speaker is named last in it, and that speaker.
        self.chained: tuple[int, Speaker] | None = None
        #: The words of the quotes so far: the same again is a pull quote.
        self.said: list[str] = []
        #: Who answers the questions of an interview introduced as "X legt het uit."
        self.answerer: Person | None = None
        #: All paragraphs' text and its words, read when a name's end may be taken for
        #: an organisation.
        self._uses: WordCounts | None = None
        #: The index of the paragraph being read.
        self.at = 0

    def paragraph(self, index: int, paragraph: Paragraph) -> None:
        self.at = index
        text = paragraph.text
        kept: list[str] = []
        cursor = 0
        noted = 0  # the text up to here has been read for people's names
        last: Speaker | None = None
        carried, self.continued = self.continued, None
        unnamed, self.open_unnamed = self.open_unnamed, []
        spans = quote_spans(text, goes_on=bool(carried or unnamed))
        later = [p.text for p in self.paragraphs[index + 1 : index + 3]]
        if (carried or unnamed) and not spans and goes_on_whole(text, later):
            spans = [(0, len(text), text)]  # “… ¶ … ¶ …”: the middle of one quotation
        for number, (start, end, inner) in enumerate(spans):
            quote_text = SPACE.sub(" ", inner).strip().removesuffix(",").strip()
            # Only the last stretch before a quote can attribute it: each part of the
            # paragraph is read a bounded number of times, however many quotes it holds.
            window = max(cursor, start - _LEAD_WINDOW)
            before = text[window:start]
            self._note_mentions(text[max(noted, cursor) : start])
            noted = max(noted, start)
            next_start = spans[number + 1][0] if number + 1 < len(spans) else len(text)
            after = text[end : min(next_start, end + _LEAD_WINDOW)]
            person, before_kept, after_used = attribution(before, after)
            person = self._surname_kept(person)
            if person is not None and person.back:  # "X, …, who … and said: “…”"
                person = relative_speaker(before, self.people) or person
            if issued_by_a_body(person, before, after, self.people.known):
                person = Person(None, None, unnamed=True)  # "zegt Acme in een persbericht"
            opens = number == 0 and not text[:start].strip()  # the quote opens the paragraph
            ident = f"quote-{len(self.found.quotes) + 1}"
            # "“…”, grinnikt Kees Mol.": named right after, by words not read; nobody else
            unread = named_after(quote_text, after, self.people) if person is None else None
            if unread:
                self.found.notes.append(
                    f"{ident}: maybe: {unread} (named right after the quote, in words not"
                    " read as an attribution)"
                )
            inline = asked_inline(text) if number == 0 else None
            if person is None and not unread and inline and self.interviewee:
                person = self.interviewee  # "Hoe moet dat? “…”": the answer of an interview
            if person is None and not unread:
                at_end = number == len(spans) - 1 and not text[end:].strip()
                person = self._nearby(index, before, quote_text, opens, at_end)
                if person is None and last is None:  # no quote before it in the paragraph
                    person = self._subject_after(quote_text, after)
            goes_on = carried is not None and person is None and opens and not unread
            if person is None and not goes_on and not unread:
                person = self._unattributed(index, before, quote_text, opens and not last)
            if person is None and not (goes_on or unread) and last is None and self.statement_by:
                person = self.statement_by
                self.found.notes.append(f"{ident}: speaker taken from the 'Statement by' line")
            if len(quote_text.split()) < 3 or (
                person is None and not goes_on and len(quote_text.split()) < 4
            ):
                # a word or two, no quote; who said them may say the next ("‘x’, zegt X. „…”")
                last = self._short_quote_speaker(person) or last
                continue
            if (
                not_someones_words(text[max(0, start - 200) : start], quote_text, text[end:])
                or said_again(quote_text, self.found.quotes, opens)
                or (person is None and a_name_or_term(before, quote_text, after, text[end:]))
            ):
                continue  # "het 'Plan Veilig Werk'", "met “subtiele vormen van dwang”"
            alone = person is None and opens and not text[end:].strip()
            kicker = alone and index == 0 and quote_text.endswith("?")
            if alone and (kicker or any(quote_text in said for said in self.said[-50:])):
                # a pull quote (words quoted before, standing alone) or a question in
                # quotes over the text: the page's layout, neither a quote nor a point
                self.found.notes.append(f"'{quote_text}' left out: a pull quote or kicker")
                kept.append(text[cursor:window] + before_kept)
                cursor = end
                continue
            self.said.append(quote_text)
            kept.append(text[cursor:window] + before_kept)
            if after_used == 0 and inside_a_sentence(before_kept, text[end : end + 3]):
                # "Partijen tekenen het „…” vandaag.": cutting it out would leave
                # "tekenen het vandaag."; the point keeps it, marks and all.
                kept.append(text[start:end])
            cursor = end + after_used
            last = self._speaker(person, carried if goes_on else None, None if unread else last)
            self._add(last, self.question or paragraph.context, quote_text)
            cite_nested(self.found, quote_text, self.people)  # “X declared ‘…’ …”: X's words
            chain = unnamed if opens and number == 0 else []
            if chain and person is not None and last[0]:
                self._name_earlier(chain, last)  # “… ¶ “…,” Ryder said.: the whole quotation
                chain = []
            if is_left_open(text, start, end) and last[0]:
                self.continued = last
            elif is_left_open(text, start, end):
                self.open_unnamed = [*chain, len(self.found.quotes) - 1]
        # After the last quote (cursor is past every quote's start): read once, for both.
        tail = self._note_mentions(text[cursor:])
        kept.append(text[cursor:])
        others = {self.people.known(m.person.name or "") for m in tail}
        # the speaker of its last quote, when nobody else is named after it
        self.chained = (index, last) if last and last[0] and others <= {last[0]} else None
        rest = SPACE.sub(" ", " ".join(part.strip() for part in kept)).strip()
        if len(WORD.findall(rest)) >= 3:
            self.found.rests.append(Paragraph(rest, paragraph.context))

    def _surname_kept(self, person: Person | None) -> Person | None:
        """ "directeur Albert Jaap van Santbrink": read as "Albert Jaap" of an organisation
        "Santbrink", but a one-word organisation the text never names again is the end of
        the name ("directeur Linda Terpstra van Fier … Fier-directeur" stays split)."""
        if person is None or not person.name or not person.role:
            return person
        tail = _VAN_WORD.search(person.role)
        word = tail["word"] if tail else ""
        shaped = word.isupper() or any(c.isupper() for c in word[1:])  # "CKM", "CoMensha"
        if tail is None or shaped or _OFFICE.search(person.role):
            return person  # "wethouder Karin Smulders van Utrecht": an office of a place
        if self._uses is None:
            self._uses = WordCounts("\n".join(p.text for p in self.paragraphs))
        word = tail["word"]
        if self._uses(word) != 1 or not self._uses.after(word, f"{person.name} van "):
            return person
        role = person.role[: tail.start()].strip() or None
        return Person(f"{person.name} van {word}", role)

    def _nearby(
        self, index: int, before: str, quote_text: str, opens: bool, at_end: bool
    ) -> Person | None:
        """A quote's speaker from the sentence before it, an interview's question, the
        paragraph before it (a lead-in, a name line, a sentence ending with its speaker)
        or the one after it (``Dit zei X …``)."""
        ident = f"quote-{len(self.found.quotes) + 1}"
        person = None
        if len(quote_text.split()) >= 4:
            person = self._sentence_before(before)
            if person is not None:
                self.found.notes.append(f"{ident}: speaker taken from the sentence before it")
        if person is None and opens and self.question and self.interviewee:
            person = self.interviewee  # an answer under a question of an interview
        named = self.interviewee.name if self.interviewee else None
        if person is None and opens and named and named in quote_text:
            person = self.interviewee  # "“Hello, I’m Ann Lee, …": the answer introducing her
        if person is None and opens and index > 0:
            person = self._lead_in(self.paragraphs[index - 1].text)
        if person is None and opens and index > 0:
            person = self._name_above(self.paragraphs[index - 1].text)
        previous = self.paragraphs[index - 1] if index > 0 else None
        if (
            person is None
            and opens
            and previous is not None
            and not previous.text.endswith(":")
            and previous.context == self.paragraphs[index].context
        ):
            # "… , legt de adviseur uit." ending the paragraph before: said by the same
            person = ended_by(last_sentence(previous.text))
            if person is None and len(quote_text.split()) >= 4:
                person = self._reported_before(last_sentence(previous.text), ident)
        if person is None and at_end:
            person = self._said_next(index)
        return person

    def _subject_after(self, quote_text: str, after: str) -> Person | None:
        person = subject_after(quote_text, after, self.people)
        if person is not None:
            ident = f"quote-{len(self.found.quotes) + 1}"
            self.found.notes.append(f"{ident}: speaker named in the sentence after it")
        return person

    def _reported_before(self, sentence: str, ident: str) -> Person | None:
        """The speaker of reported speech ending the paragraph before ("She added that …",
        "Jane Roe, director of X, says that …"): the quote opening the next one is theirs."""
        if _PRONOUN_SAYS.match(sentence):
            person = Person(None, None, back=True)
        else:
            found = [m for m in mentions(sentence, self.people) if m.person.name]
            if not found or found[0].start > 0 or not (found[0].sure and found[0].says):
                return None
            if any(m.person.name != found[0].person.name for m in found[1:]):
                return None  # "X says that Y …": the sentence names someone else too
            person = found[0].person
        self.found.notes.append(f"{ident}: speaker taken from the reported speech before it")
        return person

    def _note_mentions(self, text: str) -> list[Mention]:
        """Record the people named in ``text``, with who else each sentence names; the
        mentions read, in order."""
        sentence = -1
        beside: tuple[str, ...] = ()
        guarded = with_title_spaces(text)
        ends = [m.start() for m in SENTENCE_END.finditer(guarded)]
        by_role = role_subjects(guarded, ends, self.people)
        read: list[Mention] = []
        for mention in mentions(text, self.people):
            read.append(mention)
            number = bisect.bisect_right(ends, mention.start)
            if number != sentence:
                sentence, beside = number, by_role.get(number, ())
            if not mention.sure:
                self.people.maybe(mention.person, fresh=not beside)
                continue
            name = self.people.mention(mention.person, beside, says=mention.says)
            beside = with_name(beside, name) if name else beside
        return read

    def _unattributed(self, index: int, before: str, quote_text: str, opens: bool) -> Person | None:
        """An answer under a question, said by whom the paragraph above the question
        names as explaining; a quote in the first person in a paragraph naming one
        person (:mod:`.unattributed`)."""
        ident = f"quote-{len(self.found.quotes) + 1}"
        pulled = any(quote_text in said for said in self.said[-50:])
        if opens and self.chained and self.chained[0] == index - 1 and not pulled:
            name, role = self.chained[1]  # “…” Dat zegt X, chef van Y. ¶ “…”
            self.found.notes.append(f"{ident}: said by {name}, quoted last in the paragraph before")
            return Person(name, role)
        if opens and index >= 2 and is_question(self.paragraphs[index - 1].text):
            person = self.answerer or explainer(self.paragraphs[index - 2].text, self.people)
            if person is not None:
                self.answerer = person
                self.found.notes.append(
                    f"{ident}: an answer under a question, taken to be {person.name}'s"
                )
                return person
        if first_person(quote_text) and (person := one_person_named(before, self.people)):
            self.found.notes.append(
                f"{ident}: in the first person, in a paragraph that names only {person.name}"
            )
            return person
        return None

    def _lead_in(self, previous: str) -> Person | None:
        """The person of a lead-in ending the paragraph before: ``Zij zei het zo:``,
        ``Jane Doe, director of X, issued the following statement:``."""
        if not lead_in_end(previous):
            return None
        lead = SENTENCE_END.split(with_title_spaces(previous))[-1].replace("\u00a0", " ")
        short = without_say(lead.rstrip().removesuffix(":").removesuffix(","))
        if len(short.split()) <= 12:
            person = parse_person(short)
            if not (person.name or person.role or person.back) and "," in short:
                # "In his strategy, the Commissioner makes clear …:": after the phrase
                person = parse_person(short.rsplit(",", 1)[1])
            return person
        sure = [m.person for m in mentions(lead, self.people) if m.sure and m.person.name]
        return sure[0] if len({p.name for p in sure}) == 1 else None

    def _name_above(self, previous: str) -> Person | None:
        """A bullet line that is only a name above the quote: "• Jane Roe (NGO Y)"."""
        return bullet_name(previous, self.people)

    def _said_next(self, index: int) -> Person | None:
        """A paragraph of quotes said by the one the next paragraph names first:
        ``“…”`` then ``Dit zei advocaat X, voorzitter van Y, tegen …``."""
        if index + 1 >= len(self.paragraphs):
            return None
        following = self.paragraphs[index + 1]
        heading = following.context if following.context != self.paragraphs[index].context else None
        # "Jane Roe, director of X" on its own line: a paragraph, or read as a subheading
        for line, alone in ((following.text, True), (heading, False)):
            person = name_line(line, self.people) if line else None
            if person is not None:
                if alone:
                    self.signatures.add(index + 1)
                else:  # a name line read as a subheading: no heading of what follows
                    for later in self.paragraphs[index + 1 :]:
                        if later.context != heading:
                            break
                        later.context = None
                return person
        match = AFTER_SENTENCE.match(following.text)
        if not match or len(match["who"].split()) > 20:
            return None
        person = parse_person(WHO_TAIL.sub("", _CLAUSE_TAIL.sub("", match["who"])))
        return person if person.name else None

    def _sentence_before(self, before: str) -> Person | None:
        """The person of "X vermoedt echter dat …", "Zij legt uit dat …" right before."""
        sentence = last_sentence(before)
        if not sentence:
            return None
        if _PRONOUN_SAYS.match(sentence):
            return Person(None, None, back=True)
        role_says = _ROLE_SAYS.match(sentence)
        if role_says and is_role_word(role_says["role"]):
            return Person(None, role_says["role"])  # "the Judge said this was a “…”"
        if unnamed := unnamed_says(sentence):
            return unnamed  # "a Court Service spokesman said it was a “…”"
        if ended := ended_by(sentence):
            return ended
        found = list(mentions(sentence, self.people))
        for number, mention in enumerate(found):
            joined = sentence[found[number - 1].end : mention.start] if number else ""
            if joined.strip(" ,") in ("en", "and", "&"):
                return None  # "Jane Roe and John Doe said": two speakers, or one of them
            lead = sentence[: mention.start]
            role = mention.person.role
            if role and lead.rstrip().endswith(role):  # "roept burgemeester X op"
                lead = lead.rstrip()[: -len(role)]
            viewpoint = _VIEWPOINT.match(lead) and _COPULA.match(sentence, mention.end)
            if (
                mention.sure and (mention.says or _ACCORDING.match(lead) or viewpoint)
            ) or _THINK_BEFORE.search(lead):
                return mention.person
        # "Professor X, hoogleraar aan Y, deelt die mening. „…”": the subject of the
        # sentence right before, the one person it names, with a role.
        sure = [m for m in found if m.sure]
        if (
            before.rstrip().endswith((".", "!", "?"))
            and len(found) == 1
            and len(sure) == 1
            and sure[0].person.role
            and not sentence[: sure[0].start].strip()
        ):
            return sure[0].person
        return None if found else role_subject(sentence)  # "… bracht de X-directeur …"

    def _name_earlier(self, indexes: list[int], speaker: Speaker) -> None:
        """The speaker named at the end of a quotation over several paragraphs is the
        speaker of its first paragraphs too."""
        name, role = speaker
        for index in indexes:
            entry = self.found.quotes[index]
            entry["speaker"] = name
            if role and "role" not in entry:
                entry["role"] = role
            ident = entry["id"]
            self.found.notes = [
                n for n in self.found.notes if n != f"{ident}: no speaker found; fill in 'speaker'"
            ]
            self.found.notes.append(
                f"{ident}: speaker {name} named where the quotation ends, paragraphs later"
            )

    def _short_quote_speaker(self, person: Person | None) -> Speaker | None:
        if person is None or not (person.name or person.back):
            return None
        name, role, _ = self.people.resolve(person)
        return (name, role) if name and self.people.looks_like_a_name(name) else None

    def _speaker(
        self, person: Person | None, carried: Speaker | None, last: Speaker | None
    ) -> Speaker:
        ident = f"quote-{len(self.found.quotes) + 1}"
        usable = person is not None and (person.name or person.back or person.role)
        if person is not None and usable and (person.name or person.back or last is None):
            name, role, notes = self.people.resolve(person)
        elif carried is not None:
            (name, role), notes = (
                carried,
                ["speaker carried over: the quote goes on from the paragraph before"],
            )
        elif last is not None:
            (name, role), notes = (
                last,
                ["speaker carried over from the quote before it in the same paragraph"],
            )
        else:
            name, role, notes = None, None, []
        if name is not None and not self.people.looks_like_a_name(name):
            notes = [f"maybe: {name} (a word of it is written in lowercase elsewhere)"]
            name = None
        if name is not None and name.endswith(_POSSESSIVE):
            # "James' barrister said", "Tom Baker's lawyer told the court": whose, not who
            whose = name.removesuffix("s").rstrip("’'")
            notes = [f"maybe: the {role or 'representative'} of {whose} (not named)"]
            name = None
        if name is None and person is not None and person.role:
            name, notes = self._rank_and_surname(person, notes)
        if name is not None and surname_alone(name) and self.people.known(name) == name:
            name, notes = self._fuller_names.complete(name, notes)  # "Wolf": "Chad Wolf"
        self.found.notes += [f"{ident}: {note}" for note in notes]
        if name is None:
            self.found.notes.append(f"{ident}: no speaker found; fill in 'speaker'")
        return name, role

    @cached_property
    def _fuller_names(self) -> FullerNames:
        """Fuller names of a surname alone, each looked for once."""
        return FullerNames("\n".join(p.text for p in self.paragraphs))

    def _rank_and_surname(self, person: Person, notes: list[str]) -> tuple[str | None, list[str]]:
        """ "Det Insp Jackson added:", "zegt burgemeester Halsema": a rank or an office and
        one word, where the text writes that word in no longer name: the name as the text
        gives it. With a fuller name in the text ("Sarah Jackson", "Jackson Smith"), the
        speaker stays TODO unless that fuller name is the only one."""
        one = person.name
        if not one or " " in one or not is_rank_or_office(person.role or ""):
            return None, notes
        if f"maybe: {one} (only one word of the name)" not in notes:
            return None, notes
        if self._fuller_names.leads_a_name(one):
            return None, notes  # the word leads a longer name: a first name, maybe
        kept = [n for n in notes if not n.startswith("maybe: ")]
        name, notes = self._fuller_names.complete(one, kept)
        if name == one:
            notes = [*notes, f"'{one}' after the rank or office '{person.role}': no fuller name"]
        return name, notes

    def _add(self, speaker: Speaker, context: str | None, text: str) -> None:
        name, role = speaker
        entry: dict[str, Any] = {
            "id": f"quote-{len(self.found.quotes) + 1}",
            "speaker": name or PLACEHOLDER_SPEAKER,
        }
        if role:
            entry["role"] = role
        if context:
            entry["context"] = context
        entry["text"] = text
        self.found.quotes.append(entry)
        self.found.paragraph_of.append(self.at)
