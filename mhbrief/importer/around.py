"""The words around one quotation that say who said it: a lead-in ending in a colon
before it (``X: “…”``, ``X zegt:``, ``She said, “…”``) or an attribution after it
(``“…”, zegt X.``, ``aldus X``, ``said X``, ``“…”, vult X aan``, ``“…” — X``), and
whether the clause right after it names someone at all (:func:`named_after`)."""

from __future__ import annotations

import re

from mhbrief.importer.adding import said_adding
from mhbrief.importer.as_puts_it import as_puts_it
from mhbrief.importer.carryover import People
from mhbrief.importer.mentions import mentions
from mhbrief.importer.outlets import is_outlet
from mhbrief.importer.roles import (
    RANK,
    SAY,
    SEPARABLE_FILLER,
    SEPARABLE_PARTICLE,
    SEPARABLE_VERB,
    THINK,
    TITLE,
    is_role_word,
    separable,
    with_title_spaces,
)
from mhbrief.importer.speakers import Person, parse_person, plausible_name

#: An abbreviation whose full stops end no sentence: "U.S.", "U.K." before a role, "Jr."
#: after a name, an initial before one ("J. Smit") or before its particle ("Ann Q. van Dam").
_ABBREVIATION = (
    r"(?-i:\b(?:[A-Z]\.){2,}(?=\s+[\w-])|\b(?:Jr|Sr)\.(?=\s*[,\w]))"
    r"|(?-i:\b[A-Z]\.(?=\s?[A-Z]|\s(?:van|de|der|den|ter|von|da|le|la)\s))"
)
_WHO = rf"(?:{TITLE}|{RANK}|{_ABBREVIATION}|’t\b|(?<=\w)’(?=\w)|[^.!?;“”„\"‘’«»])"
#: "beaamt ook X", "zegt daarbij X", "said also X": a word between the verb and the name.
_ADVERB = r"(?:(?:ook|nog|daarbij|bovendien|verder|also|too)\s+)?"
#: "zegt X daarover – …", "said X afterwards.": a word after the name that is no part of it;
#: then the sentence ends, or a dash opens the writer's own aside.
_ADVERB_AFTER = r"(?:daarover|daarbij|erover|hierover|erbij|achteraf|nu|dan|afterwards|later)"
#: Verbs that attribute only right after a quote ("“…”, besluit X."): elsewhere
#: "besluit" is a decision.
_AFTER_ONLY = r"(?:besluit|besloot)"
_AFTER = re.compile(
    rf"^\s*[,.]?\s*(?:zo\s+(?:weet|wist)|(?:zo\s+)?(?:{SAY}|{_AFTER_ONLY}))\s+{_ADVERB}"
    rf"(?P<who>{_WHO}+?)"
    rf"(?:\s+{_ADVERB_AFTER})?\s*(?:[.!?;]|$|(?<=\w{{3}})\s[–—-]\s)",
    re.IGNORECASE,
)
#: "“…”, legt Janety Menheere uit.", "“…”, vult Kees Mol aan, die …": a separable verb
#: (:data:`roles.SEPARABLE`) with the speaker inside it.
_AFTER_SPLIT = re.compile(
    rf"^\s*[,.]?\s*(?P<verb>{SEPARABLE_VERB})\s+(?P<who>{_WHO}+?)(?:\s+{SEPARABLE_FILLER}){{0,3}}"
    rf"\s+(?P<particle>{SEPARABLE_PARTICLE})(?P<tail>,[^.!?;“”„\"‘’«»]*)?\s*(?:[.!?;]|$)",
    re.IGNORECASE,
)
#: Whom or where it was said to, after the verb: "X told reporters", "X said in a
#: statement", "X zei tegen de NOS", "X said on Monday".
_TOLD = (
    r"(?:\s+(?:(?:reporters|journalists|the\s+(?:press|media|bbc|guardian)|(?-i:[A-Z]\w+))|"
    r"(?:in|on|at|to|during|tegenover|tegen|op|in|bij)\s+(?:\S+\s+){0,3}?\S+))?"
)
#: "agency chief X told reporters": up to two lowercase words before a capital.
_LOWER_LEAD = r"(?-i:(?:[a-z][\w-]*\s+){1,2}[A-Z])"
#: "X said as the two groups signed an agreement …": what happened while it was said,
#: a clause that may run longer than other words after the verb.
_WHILE = r"\s+(?:as|when|while)\s[^.!?;“”„\"‘’«»]{0,300}?"
_AFTER_NAME_FIRST = re.compile(
    # "U.S. Attorney Jane Roe said": an initialism's first letter and full stop
    rf"^\s*,?\s*(?P<who>(?:{TITLE}|{RANK}|(?-i:[A-Z]\.(?=[A-Z]\.)|[A-Z])|"
    rf"(?:the|de|het|our|onze|a|an|een)\s|"
    rf"{_LOWER_LEAD})"
    rf"{_WHO}*?)\s+{SAY}"
    rf"(?:{_TOLD}|{_WHILE}|\s+[^.!?;“”„\"‘’«»]{{0,120}}?)\s*(?:[.!?;,]|$)",
    re.IGNORECASE,
)
#: "“…”, begint Anna* haar verhaal.", "“…”, vervolgt Piet zijn verhaal": whose story it is
#: (an asterisk marks a name the text made up).
_AFTER_STORY = re.compile(
    r"^\s*,\s*(?:begint|vervolgt|vertelt|besluit|eindigt)\s+"
    r"(?P<who>(?-i:[A-Z])[\w'’-]{1,30}(?:\s+(?-i:[A-Z])[\w'’-]{1,30}){0,2})\*?\s+"
    r"(?:zijn|haar|hun)\s+verhaal\b[^.!?]{0,80}[.!?]",
    re.IGNORECASE,
)
#: "„…” Dat zegt directeur X tegen de NOS.": the next sentence says who.
AFTER_SENTENCE = re.compile(
    rf"^\s*(?:dat|dit|that|this|zo)\s+{SAY}\s+(?P<who>{_WHO}+?)\s*(?:[.!?;]|$)", re.IGNORECASE
)
#: Where, when or about what it was said, after the name: "tegen de NOS", "to Reuters",
#: "op woensdag", "over de uitspraak".
WHO_TAIL = re.compile(
    r"\s+(?:tegenover|tegen|to|tijdens|during|in\s+(?:een|an?|the|het|de|zijn|haar|his|her)|"
    r"op\s+basis\s+van|naar\s+aanleiding\s+van|in\s+reactie\s+op|based\s+on|"
    r"in\s+response\s+to|"
    # how it was said: "said X in opening remarks", "in written comments"
    r"in\s+(?:(?:opening|closing|prepared|written|brief|further|his|her|its|their)\s+)?"
    r"(?:remarks|comments|testimony|evidence|opmerkingen)|"
    # what it was said about: "zegt X over de uitspraak", "said X about the ruling"
    r"over\s+(?:het|de|een|zijn|haar|hun|dit|dat|deze|die)|"
    r"about\s+(?:the|a|an|his|her|their|this|that|these|those)|"
    r"op\s+(?:een|zijn|haar)|on\s+(?:a|the)|gisteren|vandaag|yesterday|today|"
    r"(?:op\s+|on\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday))\b.*$",
    re.IGNORECASE,
)
#: "said Ms. Lee at the start of her address": where, after a name with no apposition.
_OCCASION_TAIL = re.compile(r"\s+(?:at|during|before|after)\s+(?:the|a|an|his|her|its|their)\b.*$")


#: "X, chef van een team dat slachtoffers opspoort": a relative clause in the apposition.
_RELATIVE = re.compile(r"(,[^,]*?)\s+(?:dat|die|wat|who|which|that)\s+[^,]*$")


_ADVERB_TAIL = re.compile(r"\s+(?:dan|ook|nog|weer|daarbij|altijd|then|also|again)$")
#: A relative clause right after the first comma, however long: "Ms. Pillay, who was
#: joined by Ann Lee, an activist, and …".
_CLAUSE_AFTER_NAME = re.compile(r"^([^,]{2,60}),\s+(?:who|die|which|wie)\b.*$", re.DOTALL)


#: A relative clause right after a bare name, with no comma: "aldus De Boer die het
#: pleidooi van X steunt", "said Lee who led the raid".
_NAME_THEN_RELATIVE = re.compile(
    r"^((?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|van|de|der|den|ter|von)){0,4})"
    r"\s+(?:die|who)\s+(?-i:[a-z]).*$",
    re.DOTALL,
)


#: What the speaker calls it, after the name: "noemt woordvoerder X de cijfers".
_OBJECT_TAIL = re.compile(
    r"(?<=[a-z])\s+(?:de|het|dit|dat|die|the|it|this|that)(?:\s+[a-z]\S*){0,3}$"
)


#: Where the speaker lives, after the name: "Ana Popescu (34) uit Zwolle", "Ana Popescu,
#: 34, from Romania" (the place is no part of the name).
_HOME_TAIL = re.compile(
    r"(?:\s*\(\d{1,3}\))?,?\s+(?:uit|from)\s+(?-i:[A-Z][\w'’-]+)(?:\s+[\w'’-]+){0,2}$"
)


#: A spaced dash after the speaker: the writer's own words go on after it.
_DASH_TAIL = re.compile(r"\s+[—–-]\s.*$")


#: "zegt X in Radio 1", "vertelt X tegen de NOS", "said X on BBC Radio 4": the medium
#: it was said in, after the speaker.
_MEDIUM_TAIL = re.compile(
    r"\s+(?:in|tegenover|tegen|on|to|bij)\s+(?:(?:het|de|een|the|a|an)\s+)?(?P<medium>[\w.-].{0,60})$"
)
_MEDIUM_WORDS = frozenset(
    [
        "radio",
        "tv",
        "televisie",
        "podcast",
        "interview",
        "gesprek",
        "programma",
        "uitzending",
        "talkshow",
        "journaal",
        "show",
        "programme",
        "broadcast",
        "radioprogramma",
        "tv-programma",
    ]
)


def _without_medium(who: str) -> str:
    tail = _MEDIUM_TAIL.search(who)
    if tail is None:
        return who
    medium = tail["medium"]
    first = medium.split()[0].lower()
    if tail[0].split()[0] == "bij" and is_role_word((who[: tail.start()].split() or [""])[-1]):
        return who  # "verslaggever bij NOS": where the speaker works, not a medium
    if is_outlet(medium) or first in _MEDIUM_WORDS:
        return who[: tail.start()]
    before = who[: tail.start()]
    named = medium[:1].isupper() or medium[:1].isdigit()  # never "in 't Veld"
    if (
        tail[0].split()[0] == "in"
        and named
        and "," not in before
        and _NAME_BEFORE_IN.search(before)
    ):
        return before  # "vertelt Schepens in L1mburg Centraal": where, not who
    return who


#: A name's last word right before "in <Capitalised>": a surname ("Schepens"), not a role.
_NAME_BEFORE_IN = re.compile(r"(?:^|\s)(?-i:[A-Z])[\w'’-]+$")


#: A participle's clause after a comma at the end: "…, speaking at the launch in X".
_PARTICIPLE_TAIL = re.compile(
    r",\s+(?:speaking|writing|addressing|commenting|responding|reacting|sprekend)\b.*$",
    re.DOTALL,
)
#: When, after a comma at the end: "…, which led the raid, last Wednesday".
_WHEN_AFTER_COMMA = re.compile(
    r",\s+(?:(?:last|this|on|next|vorige|afgelopen|op|deze)\s+)?(?:maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|week|weekend|month|maand|year|jaar|gisteren|vandaag|yesterday|today)$",
    re.IGNORECASE,
)


def without_tail(who: str) -> str:
    """The speaker's words without where or when it was said, nor a relative clause,
    nor what they call it, nor where they live, nor the medium they said it in."""
    who = _WHEN_AFTER_COMMA.sub("", who)
    who = _PARTICIPLE_TAIL.sub("", who)  # "X, speaking ahead of the summit": when, not who
    who = _without_medium(_DASH_TAIL.sub("", who))  # "zegt de wethouder – en ook de stad wil …"
    who = _CLAUSE_AFTER_NAME.sub(r"\1", who)  # "Ms. Pillay, who was joined by X, Y, …"
    who = _NAME_THEN_RELATIVE.sub(r"\1", who)  # "aldus Jansen die het pleidooi steunt"
    who = _ADVERB_TAIL.sub("", who)  # "waarschuwt hij dan", "said she again"
    who = _HOME_TAIL.sub("", _RELATIVE.sub(r"\1", WHO_TAIL.sub("", who)))
    called = _OBJECT_TAIL.search(who)
    if called and who[: called.start()].split()[-1][:1].isupper():  # after the name only
        who = who[: called.start()]
    return who if "," in who else _OCCASION_TAIL.sub("", who)


#: "“…” — Jane Roe, director of X": the speaker after a dash.
_AFTER_DASH = re.compile(r"^\s*[—–-]\s*(?P<who>(?-i:[A-Z])[^.!?;“”„\"‘’«»]*?)\s*(?:[.!?;]|$)")
#: "“…,” she told the conference in London on Wednesday.": a pronoun, its verb, and
#: whom, where or when, up to the sentence's end.
_AFTER_PRONOUN_FIRST = re.compile(
    # "tells": not among the verbs of saying, where the name after it is whom it was told
    rf"^\s*,?\s*(?P<who>(?:zij|hij|ze|she|he|they))\s+(?:{SAY}|tells)"
    r"(?:\s+[^.!?;“”„\"‘’«»]{0,120}?)?\s*(?:[.!?;,]|$)",
    re.IGNORECASE,
)

#: "Hij wil af van het stigma:": a pronoun as the subject of the lead-in, with a verb
#: of saying, thinking or wanting.
_PRONOUN_LEAD = re.compile(
    rf"^(?:hij|zij|she|he)\s+(?:{THINK[3:-1]}|wil|wilde|wants|wanted|hoopt|hoped|hopes|"
    r"pleit|pleitte|is\s+duidelijk|was\s+duidelijk|is\s+clear|was\s+clear)\b",
    re.IGNORECASE,
)
#: "Hij is chef van de afdeling zeden:", "She is the charity's director:": a pronoun and
#: the role it holds, as a quote's lead-in.
_PRONOUN_IS = re.compile(
    r"^(?:hij|zij|she|he)\s+(?:is|was)\s+(?:(?:de|het|the|a|an|een)\s+)?(?P<role>[^:;]{3,120})$",
    re.IGNORECASE,
)
SAY_WORD = re.compile(rf"\s+{SAY}\b.*$", re.IGNORECASE)
_TITLE_DOT = re.compile(r"\.(?=\u00a0)")
_SAY_FIRST = re.compile(rf"^\s*{SAY}\s+(?=[A-Z])", re.IGNORECASE)


#: "X made the following appeal:", "X deed de volgende oproep:": a lead-in announcing
#: the words, cut off after the subject.
_FOLLOWING = re.compile(
    r"\s+(?:made|makes|issued|issues|gave|gives|released|releases|had|has|deed|doet|gaf|"
    r"geeft|had)\s+(?:the\s+following|this\s+to\s+say|de\s+volgende|het\s+volgende)\b.*$",
    re.IGNORECASE,
)
#: "Speaking about the operation, X said": the occasion before the speaker's phrase.
_OCCASION_FIRST = re.compile(
    r"^(?:Speaking|Commenting|Reacting|Responding|Talking|Writing|Reflecting)\s[^,]{0,80},\s*"
)


def without_say(lead: str) -> str:
    """A lead-in's speaker phrase: its verb of saying and what follows cut off, or the
    verb before it ("Says Justine Carter, Director of X"), or the occasion before it
    ("Speaking at the launch, X said")."""
    lead = _FOLLOWING.sub("", _OCCASION_FIRST.sub("", lead))
    return SAY_WORD.sub("", _SAY_FIRST.sub("", lead))


def lead_in_end(paragraph: str) -> bool:
    """The paragraph introduces the quote under it: it ends with a colon, or with a verb
    of saying and a comma ("Colm Noonan of the Garda said,")."""
    stripped = paragraph.rstrip()
    return stripped.endswith(":") or bool(
        _SAID_COMMA.search(stripped, max(0, len(stripped) - _SAID_REACH))
    )


#: "Directeur X is verheugd over de samenwerking:": the lead-in's verb after its subject,
#: cut off with what follows it (the subject is the speaker phrase).
_STATE_WORD = re.compile(
    r"(?<=[\w)])\s+(?:is|was|zijn|waren|are|were|blijft|bleef|toont\s+zich|toonde\s+zich|"
    r"heeft|had|has|have|kijkt|keek|spreekt|sprak|reageert|reageerde|vat|vatte|sums|summed|"
    r"put\s+it|puts\s+it)\b.*$"
)
#: "Jane Roe who was brought here from X explained:": the relative clause after the name.
_WHO_CLAUSE = re.compile(r"(?<=[a-z])\s+(?:who|die)(?:\s.*)?$")
SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\b[A-Z]\.)[ \t\n]+"
)  # not at a no-break space, nor after an initial

#: 'She said, "…"', 'Hij zei, „…”': a verb of saying, then a comma, right before a quote.
_SAID_COMMA = re.compile(rf"(?<=\s)(?:{SAY})\s*,$|(?<=^)(?:{SAY})\s*,$", re.IGNORECASE)
#: How far from the end of the text before a quote such a verb and its comma are looked for.
_SAID_REACH = 80


def _tail(match: re.Match[str]) -> str | None:
    """What follows a separable verb's particle up to the sentence end: ", die ook
    meeloopt", ", directeur van X" (an apposition of the speaker)."""
    return match.groupdict().get("tail")


def attribution(before: str, after: str) -> tuple[Person | None, str, int]:
    """The person a quote is attributed to, the text before it to keep, and how much
    of the text after it the attribution used."""
    stripped = before.rstrip()
    if as_clause := as_puts_it(stripped):  # "Zoals voorzitter X het samenvat “…”"
        return as_clause[0], as_clause[1], 0
    if adding := said_adding(stripped):  # "…, he said, adding: “…”"
        return adding[0], adding[1], 0
    # Only the end can hold it: searched from near the end, not through the whole window
    # (a search from the window's start cost 50 µs a quote, 1.6 s for 33,000 empty quotes).
    said = _SAID_COMMA.search(stripped, max(0, len(stripped) - _SAID_REACH))
    if said:  # 'She said, "…"': a lead-in with a comma is one with a colon
        stripped = stripped[: said.start()] + stripped[said.start() :].replace(",", ":", 1)
    if stripped.endswith(":"):
        # "Directeur mr. Pieter de Groot:" is one sentence.
        sentences = SENTENCE_END.split(with_title_spaces(stripped))
        lead = sentences[-1].removesuffix(":").replace("\u00a0", " ")
        if (occasion := _OCCASION_LEAD.match(lead)) and not _titled(occasion[0]):
            lead = lead[occasion.end() :]  # "In her remarks at X Court, Judge Y said:"
        held = _PRONOUN_IS.match(lead)
        if not lead.lower().startswith(("volgens", "according")):
            lead = _WHO_CLAUSE.sub("", _STATE_WORD.sub("", without_say(lead)))
        if held and is_role_word(held["role"].split()[0]):
            # "Hij is chef van de afdeling zeden:": the one named last, and the role
            kept = stripped[: len(stripped) - len(sentences[-1])]
            return Person(None, held["role"], back=True), kept, 0
        if _PRONOUN_LEAD.match(lead):
            return Person(None, None, back=True), stripped[: len(stripped) - len(sentences[-1])], 0
        if according := _ACCORDING_IN.search(sentences[-1].replace("\u00a0", " ")):
            # "Er zijn volgens Hedda meerdere oorzaken:": whose view the lead-in gives
            person = parse_person(according["who"])
            if person.name:
                weak = " " not in person.name  # a first name alone: only one named before
                kept = stripped[: len(stripped) - len(sentences[-1])]
                return Person(person.name, person.role, weak=weak), kept, 0
        if len(lead.split()) <= 12:
            person = parse_person(lead)
            if person.name and not person.role and len(person.name.split()) == 1:
                person = Person(person.name, None, weak=True)
            if person.name or person.role or person.back:
                kept = stripped[: len(stripped) - len(sentences[-1])]
                return person, kept, 0
    if _CONJUNCTION_FIRST.match(after):
        # "Critics called it “…” but Piet Bos said “…”": who is named after "but" says
        # the next quote, not this one
        return None, before, 0
    patterns = (
        *(_AFTER_SPLIT, _AFTER, _AFTER_NAME_FIRST, _AFTER_PRONOUN_FIRST, AFTER_SENTENCE),
        _AFTER_STORY,
    )
    # "stressed Ms. Pillay, who …": a title's full stop ends no sentence (same length)
    guarded = _TITLE_DOT.sub("\u2024", with_title_spaces(after))
    for pattern in (*patterns, _AFTER_DASH):
        match = pattern.match(guarded)
        if match and pattern is _AFTER_SPLIT and not separable(match["verb"], match["particle"]):
            match = None  # "vult … toe" is no verb of saying
        who = match["who"] + (_tail(match) or "") if match else ""
        who = without_tail(who.replace("\u00a0", " ").replace("\u2024", "."))
        who = _DESCRIBED.sub("", who) if who.count(",") >= 2 else who
        if match and len(who.split()) <= (22 if _NAME_COMMA.match(who) else 14):
            person = parse_person(who)
            role_only = (
                pattern not in (_AFTER_NAME_FIRST, _AFTER_DASH) or match["who"][:1].islower()
            )
            if person.name or person.back or (role_only and person.role):
                return person, before, match.end()
    return _after_a_phrase(before, after)


#: ", an organization that promotes …": what the body in a speaker's role is, after it.
_DESCRIBED = re.compile(
    r",\s+(?:an?|een)\s+(?:[\w-]+\s+){0,3}(?:that|which|whose|die|dat|wiens)\s.*$", re.IGNORECASE
)


#: "Ann de Vries, …", "Ann de Vries van de AVIM, …": a name (and the body it is of) and a
#: comma, so a long role or description after it is an apposition.
_NAME_COMMA = re.compile(
    r"^(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){0,3}"
    r"(?:\s+(?:van|of|bij)\s+(?:(?:de|het|the)\s+)?(?-i:[A-Z])[\w’'.&-]*"
    r"(?:\s+(?-i:[A-Z])[\w’'.&-]*){0,4})?,\s"
)


#: Where or when, before the speaker of a lead-in: "In her sentencing remarks at
#: Birmingham Crown Court, ", "Tijdens de zitting op dinsdag, ", "Speaking at the launch, ".
_OCCASION_LEAD = re.compile(
    r"^(?:in|at|on|during|after|speaking|addressing|in een|op|tijdens|bij|na|na afloop van|"
    # a participle's clause: "Sentencing them at Luton Crown Court, Judge X said:"
    r"(?-i:[A-Z][a-z]{2,}ing))"
    r"\s[^,:;“”„\"‘’]{2,120},\s+(?=[A-Z])",
    re.IGNORECASE,
)


def _titled(occasion: str) -> bool:
    """ "Acting Detective Inspector X, of Y, said:", "Managing Director X, …": a word in
    -ing before a title in Title Case is part of that title, no occasion's participle."""
    words = occasion.split()
    return len(words) > 1 and words[1][:1].isupper() and is_role_word(words[1])


#: "volgens (woordvoerder) X" inside a lead-in: the person whose view follows.
_ACCORDING_IN = re.compile(
    r"(?:^|\s)(?:volgens|according to)\s+(?P<who>(?:[a-z][\w-]{1,40}\s+){0,2}"
    r"(?-i:[A-Z])[\w'’.-]{0,40}(?:\s+(?:(?:van|de|der|den|ter|te)\s+){0,3}(?-i:[A-Z])[\w'’.-]{0,40}){0,3})",
    re.IGNORECASE,
)


#: A conjunction right after a quote: what follows is another clause, with its own subject.
_CONJUNCTION_FIRST = re.compile(
    r"^[\s,]*(?:but|maar|while|whereas|terwijl|yet|doch|whilst|although|hoewel)\s", re.IGNORECASE
)


#: "“…” over the last five years, Andrew Forrest, chairman of X, said": a few lowercase
#: words that end the sentence the quote began, before the speaker.
_PHRASE = re.compile(r"^\s*(?:[a-z0-9][\w'’-]*\s+){0,5}[a-z0-9][\w'’-]*\s*,(?=\s*[A-Z])")


_NAME_SAYS = re.compile(
    rf"^\s*(?P<who>(?-i:[A-Z])[^.!?;“”„\"‘’«»]{{2,150}}?)\s+{SAY}"
    r"(?:\s+[^.!?;“”„\"‘’«»]{0,120}?)?\s*(?:[.!?;]|$)",
    re.IGNORECASE,
)


def _after_a_phrase(before: str, after: str) -> tuple[Person | None, str, int]:
    phrase = _PHRASE.match(after)
    if phrase is None or SAY_WORD.search(phrase[0]):
        return None, before, 0
    rest = after[phrase.end() :]
    match = _NAME_SAYS.match(rest)
    if match is None:
        return None, before, 0
    who = without_tail(match["who"].rstrip(" ,"))
    person = parse_person(who) if len(who.split()) <= 14 else None
    if person is None or not person.name:
        return None, before, 0
    return person, before, phrase.end() + match.end()


def named_after(quote: str, after: str, people: People) -> str | None:
    """The person the clause right after a quote names, when its words were not read as
    an attribution ("“…”, grinnikt Kees Mol, die …"): such a quote never takes a speaker
    from elsewhere. The clause runs from the closing mark (and a comma) to the end of
    the sentence; a new sentence after a quote that ended its own ("“… goed.” Kees Mol
    knikt.") is no such clause."""
    clause = after.lstrip()
    if not clause.startswith(",") and quote.rstrip()[-1:] in (".", "!", "?", "…"):
        return None
    clause = SENTENCE_END.split(with_title_spaces(clause), maxsplit=1)[0]
    for mention in mentions(clause, people):
        name = mention.person.name
        if name and plausible_name(name) and people.looks_like_a_name(name):
            return name
    # "“…,” added Police Superintendent Maria": a verb of saying and a capitalised word
    # after it name someone, even when that name is not read
    said_by = _SAID_BY.match(clause) or _SAID_BY_BODY.match(clause)
    if said_by:
        return said_by["who"].strip()
    # "“…,” noemden critici het plan", "“…,” said critics": someone unnamed said it
    unnamed = _SAID_BY_UNNAMED.match(clause)
    if unnamed and unnamed["who"].lower() not in _NO_SUBJECT:
        return unnamed["who"]
    return None


def subject_after(quote: str, after: str, people: People) -> Person | None:
    """The person the sentence after a quote opens with, named with a verb of saying or
    thinking ("“… zeker.” Jan Bos, raadslid voor X, maakt zich zorgen over hen."): a
    quote that ended its own sentence, then its speaker introduced, and nobody else."""
    clause = after.lstrip()
    if quote.rstrip()[-1:] not in (".", "!", "?", "…") or not clause[:1].isupper():
        return None
    sentence = SENTENCE_END.split(with_title_spaces(clause), maxsplit=1)[0]
    found = [m for m in mentions(sentence, people) if m.person.name]
    if not found or found[0].start > 0 or not (found[0].sure and found[0].says):
        return None
    if any(m.person.name != found[0].person.name for m in found[1:]):
        return None
    return found[0].person


_SAID_BY = re.compile(
    rf"^\s*[,.]?\s*{SAY}\s+(?P<who>(?:(?-i:[A-Z])[\w.'’-]*\s*){{1,5}})(?:[,.;!?]|$)",
    re.IGNORECASE,
)
#: "“…”, schrijft het Centrum in het rapport", "“…,” says the Trust in its report": a body
#: or a document with its article as the subject: no person's words.
_SAID_BY_BODY = re.compile(
    rf"^\s*[,.]?\s*{SAY}\s+(?:de|het|the)\s+(?P<who>(?-i:[A-Z])[\w&'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w&'’-]*){0,5})(?![\w&'’-])",
    re.IGNORECASE,
)
#: Past plurals of verbs of saying ("zeiden", "noemden"), beside :data:`SAY`.
_SAID_PLURAL = (
    r"(?:zeiden|vertelden|stelden|noemden|schreven|meldden|waarschuwden|benadrukten|vonden)"
)
_SAID_BY_UNNAMED = re.compile(
    rf"^\s*,?\s*(?:{SAY}|{_SAID_PLURAL})\s+(?:(?:de|het|the|some|sommige|veel|many|several)\s+)?"
    r"(?P<who>(?-i:[a-z])[\w-]{3,40})\b",
    re.IGNORECASE,
)
#: Words after a verb of saying that are no one who says it.
_NO_SUBJECT = frozenset(
    [
        *("that", "this", "then", "also", "later", "earlier", "today", "yesterday", "once"),
        *("dat", "dit", "toen", "ook", "later", "eerder", "vandaag", "gisteren", "echter"),
        *("daarover", "erover", "hierover", "daarop", "tegen", "over", "about", "with"),
    ]
)
