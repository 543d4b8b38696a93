"""Names in quotation marks that nobody said: a report's, an exhibition's or an
operation's name ("getiteld '…'", "de tentoonstelling '…'", "during '…'")."""

from __future__ import annotations

import re

from mhbrief.importer.roles import THINK, with_title_spaces

#: A report's or a programme's title after the word that says it is one: "een rapport,
#: getiteld 'Daders vrijuit, slachtoffers niet geholpen.'".
_TITLED = re.compile(
    r"(?i)\b(?:getiteld|met\s+de\s+titel|onder\s+de\s+titel|genaamd|titled|entitled|"
    r"under\s+the\s+title)\s*:?\s*$"
)
#: The word before a name in quotes: "vanwege 'De dag van de betaalde liefde'".
_BEFORE_A_NAME = re.compile(
    r"(?i)\b(?:vanwege|tijdens|van|het|de|the|of|during|for|voor|called|heet|heette)\s*$"
)


#: A common noun for a kind of work, event or plan, written before its name in quotes:
#: "de tentoonstelling 'Zie de mens'", "the campaign 'Look Closer'".
_KINDS = (
    r"(?:tentoonstelling|campagne|expositie|voorstelling|documentaire|film|boek|rapport|"
    r"project|operatie|actie|programma|podcast|serie|exhibition|campaign|documentary|book|"
    r"report|project|operation|programme|program|series|initiative|initiatief|kop|"
    r"krantenkop|headline|slogan|motto|roman|novel|album|lied|song|convenant|verdrag|akkoord|"
    r"protocol|covenant|treaty|accord|pact)"
)
#: ("een preventie- en voorlichtingscampagne, 'Kijk uit',": a comma before it, and the
#: kind's words joined by a hyphen and "en").
_KIND_BEFORE = re.compile(
    rf"(?i)\b(?:de|het|the|a|an|een|deze|this|our|onze)\s+(?:[\w-]+\s+){{0,3}}?[\w-]*{_KINDS}"
    r"\s*,?\s*$"
)
#: The kind named right after the quoted name: "‘Zie de mens’ ging in première, een
#: documentaire over …", "“Open Doors”, a report by …".
_KIND_AFTER = re.compile(
    rf"(?i)^(?:\s*\w+){{0,3}}?\s*,\s*(?:de|het|the|a|an|een)\s+(?:\w+\s+)?[\w-]*{_KINDS}\b"
)


def named_thing(before: str, quote_text: str, after: str = "") -> bool:
    """A report's, an event's or a programme's name in quotes, not words someone said:
    after "getiteld", a short capitalised phrase right after a noun for its kind ("het
    boek “Ja, meneer”") or followed by one (", een documentaire"), or without
    punctuation after an article or a preposition."""
    if _TITLED.search(before):
        return True
    # a name ends without the comma or full stop a sentence someone said ends with
    short = (
        len(quote_text.split()) <= 8 and quote_text[:1].isupper() and quote_text[-1:] not in ",.;:"
    )
    clause = re.split(r"[.!?;]", after, maxsplit=1)[0]
    kind_after = _KIND_AFTER.match(after) is not None and _SAYING.search(clause) is None
    if short and (_KIND_BEFORE.search(before) or kind_after):
        return True
    if (
        len(quote_text.split()) <= _TERM_WORDS
        and not re.search(r"[.!?,;:]", quote_text)
        and _KIND_BEFORE.search(before) is not None
    ):
        return True  # "een convenant ‘veilige haven en schone kade’": its name, in lowercase
    return (
        len(quote_text.split()) <= 8
        and quote_text[:1].isupper()
        and not re.search(r"[.!?,;:]", quote_text)
        and _BEFORE_A_NAME.search(before) is not None
    )


#: A verb of saying or calling anywhere in a sentence, singular or plural.
_SAYING = re.compile(
    rf"(?i)\b(?:{THINK}|zeiden|noemden|vonden|stelden|schreven|called|call|calls|noemen)\b"
)
#: The most words of a term in quotation marks inside a sentence ("scare quotes").
_TERM_WORDS = 5


def scare_quote(before: str, quote_text: str, after: str) -> bool:
    """A few words in quotation marks inside a sentence, in lowercase and without
    punctuation ("worden met “subtiele vormen van dwang” gedwongen"): the writer's term
    for something, not words someone said."""
    head = before.rstrip()
    if not (
        len(quote_text.split()) <= _TERM_WORDS
        and quote_text[:1].islower()
        and not re.search(r"[.!?,;:]", quote_text)
        and bool(head)
        and head[-1] not in ".!?:;,"
        and re.match(r"\s+[a-z]", after) is not None
    ):
        return False
    # "Critics called it “…”", "“…” with “…,” X said": words someone said, in part
    ends = r"[.!?](?:[ \t\n]|$)"  # a rank's or title's guarded space ends no sentence
    sentence = (
        re.split(ends, with_title_spaces(head))[-1]
        + " "
        + re.split(ends, with_title_spaces(after))[0]
    )
    return _SAYING.search(sentence) is None


#: An article or a possessive right before the opening mark: the quoted words are a
#: noun phrase of the sentence ("vormen ze een “goed georganiseerde, professionele bende”").
_DETERMINER = re.compile(
    r"(?i)\b(?:een|de|het|hun|zijn|haar|deze|dit|a|an|the|their|his|her|its|this|that)\s*$"
)


def quoted_phrase(before: str, quote_text: str, after: str) -> bool:
    """A few words in quotation marks after an article, in lowercase and without a
    sentence end: a description the sentence quotes, not words someone said (its source
    stays with it in the point)."""
    return (
        len(quote_text.split()) <= _TERM_WORDS
        and quote_text[:1].islower()
        and not re.search(r"[.!?]", quote_text)
        and _DETERMINER.search(before) is not None
        and _DETERMINER.search(quote_text.split()[0]) is None  # "noemden het “een …”"
        and _CALLING.search(before[-120:]) is None  # "called it a “…”": someone's words
        and re.match(r"\s*(?:[.,;:)]|[a-z]|$)", after) is not None
    )


_CALLING = re.compile(r"(?i)\b(?:noem\w*|call(?:s|ed)?|term(?:s|ed)?|described?)\b[^.!?]*$")


#: A document that binds rather than speaks, as the sentence's source of the words:
#: "Volgens zijn contract moet hij ‘…’", "according to the tenancy agreement, ‘…’".
_DOCUMENT_SAYS = re.compile(
    r"(?i)\b(?:volgens|in|according\s+to|under)\s+(?:zijn|haar|hun|het|de|dit|dat|die|the|"
    r"his|her|their|its|this|that)\s+(?:\w+\s+)?[\w-]*(?:contract|overeenkomst|cao|reglement|"
    r"huisregels|statuten|vacature|advertentie|wetsartikel|agreement|statute|clause|advert|"
    r"terms)\b[^.!?]*$"
)


def from_a_document(before: str) -> bool:
    """Words quoted from a contract, an agreement or an advert, as the sentence says
    ("Volgens zijn contract wordt hij geacht ‘…’"): a document's wording, nobody's words."""
    return _DOCUMENT_SAYS.search(before[-200:]) is not None


def a_name_or_term(before: str, quote_text: str, after: str, rest: str) -> bool:
    """Words in quotation marks no one is named for that are a name ("getiteld '…'"), a
    term ("met “subtiele vormen van dwang” gedwongen"), a description the sentence
    quotes ("vormen ze een “goed georganiseerde bende”") or a contract's wording: not a
    quote."""
    return (
        from_a_document(before)
        or named_thing(before, quote_text, after)
        or scare_quote(before, quote_text, rest[:300])
        or quoted_phrase(before, quote_text, rest[:3])
    )
