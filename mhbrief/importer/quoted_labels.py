"""Words in quotation marks that are a label or a claim the sentence quotes, not words
someone said: a slogan named as one ("de boodschap “…”"), a title ("National Slavery
Prevention Month"), what a case "has been described as" ("what has been described as
the ‘biggest fraud of the decade’"), or a phrase the writer's own clause runs through
("dat zich tot “een van de grootste werkgevers van de stad” ontwikkelde"), where no verb
of saying is near."""

from __future__ import annotations

import re

from mhbrief.importer.quotes import is_a_title
from mhbrief.importer.roles import THINK

#: Said of a thing by nobody named: "has been described as the", "wordt omschreven als
#: een", "is often dubbed the".
_DESCRIBED = re.compile(
    r"(?i)\b(?:been|is|was|are|were|be|being|wordt|werd|worden|werden|zijn|is)\s+"
    r"(?:\w+\s+)?(?:described|dubbed|billed|branded|labelled|labeled|hailed|touted|"
    r"omschreven|beschreven|bestempeld|betiteld|aangeduid|neergezet)\s+(?:as|als)\s+"
    r"(?:the|a|an|de|het|een)?\s*$"
)
#: A campaign's words named by their kind right before them, no colon between: "de
#: boodschap “…”", "met de slogan ‘…’", "under the motto “…”": a slogan, nobody's speech.
_SLOGAN = re.compile(
    r"(?i)\b(?:de|het|een|haar|zijn|hun|the|a|its|their)\s+(?:boodschap|slogan|motto|leus|"
    r"campagnetekst|message|tagline|catchphrase)\s*$"
)
#: The most words of a label or a phrase in a clause.
_MOST_WORDS = 12
_PHRASE_WORDS = 8
_SAYING = re.compile(rf"(?i)\b(?:{THINK}|zeiden|noemde|noemden|noemt|called|calls|call)\b")
#: The clause goes on after the closing mark for a word or three, then ends.
_CLAUSE_GOES_ON = re.compile(r"^\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*(?:[.!?,;]|$)")


def _described(before: str, quote_text: str) -> bool:
    return (
        len(quote_text.split()) <= _MOST_WORDS
        and not re.search(r"[.!?]", quote_text)
        and _DESCRIBED.search(before[-80:]) is not None
    )


def _in_a_clause(before: str, quote_text: str, rest: str) -> bool:
    """A lowercase phrase without punctuation between two words of one clause that has
    no verb of saying: the writer's words in marks ("dat zich tot “…” ontpopte")."""
    head = before.rstrip()
    goes_on = _CLAUSE_GOES_ON.match(rest[:80])
    if not (
        goes_on
        and len(quote_text.split()) <= _PHRASE_WORDS
        and quote_text[:1].islower()
        and not re.search(r"[.!?,;:]", quote_text)
        and head[-1:].isalpha()
    ):
        return False
    clause = re.split(r"[.!?,;:”\"»]", head)[-1] + " " + goes_on[0]
    return _SAYING.search(clause) is None


def not_someones_words(before: str, quote_text: str, rest: str) -> bool:
    """``quote_text``, between ``before`` and the ``rest`` of its paragraph, is a title, a
    label or a phrase of the writer's, not a quote."""
    return (
        is_a_title(quote_text)
        or _described(before, quote_text)
        or (len(quote_text.split()) <= _MOST_WORDS and _SLOGAN.search(before[-40:]) is not None)
        or _in_a_clause(before, quote_text, rest)
    )
