"""The body whose experts a text reports on: "Independent Harbour Union rights experts
today called on governments …", "two Harbour Union experts have warned …".

News copy about a body's appointed experts (rapporteurs, panels that speak for it) opens
with them as the subject of what was said: the body's name, a few plain words ("human
rights", "independent") and "experts", with a verb of saying in the same sentence. That
body is the one whose statement the text reports, even when another body it names (an
agency whose report the experts cite) is named more often.

A country's or a people's adjective ("Dutch experts", "Leading British experts") is no
body: the name counts only when it has a word of an organisation's kind or when the text
also writes it by its initials ("UN experts" in the headline). Only the text's opening is
read (a bounded window), and only its first such sentence.
"""

from __future__ import annotations

import re

from mhbrief.importer.roles import is_org_word

#: How much of the text's start is read: the headline and the first paragraphs.
_OPENING = 1500

_WORD = r"[A-Z][\w&'’-]*"
#: "(Independent) United Nations human rights experts", "Council of Europe experts".
_EXPERTS = re.compile(
    rf"(?:(?<=[\s(])|^)(?:[Ii]ndependent\s+)?(?P<body>{_WORD}(?:[^\S\n]+(?:of[^\S\n]+)?{_WORD}){{0,4}})"
    r"[^\S\n]+(?:[a-z-]+[^\S\n]+){0,3}?(?:experts|deskundigen)\b(?P<rest>[^.!?\n]{0,200})",
    re.MULTILINE,
)
#: A verb of saying after the experts: what they said is the text's statement.
_SAID = re.compile(
    r"\b(?:have\s+|has\s+|today\s+|on\s+\w+day\s+)?(?:said|say|says|warned|warn|warns|"
    r"called|call|calls|urged|urge|urges|stressed|stress|expressed|voiced|raised|"
    r"welcomed|welcome|condemned|condemn|appealed|demanded|noted|"
    r"zeggen|zeiden|waarschuwen|waarschuwden|roepen|riepen)\b"
)
#: Words that open a sentence without naming a body.
_OPENERS = frozenset(["The", "Two", "Three", "Several", "Leading", "Top", "Senior", "De", "Het"])


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _written_out(short: str, opening: str) -> str:
    """The name the opening writes ``short`` out as ("Harbour Union" for "HU"), else
    ``short``."""
    for run in re.finditer(rf"{_WORD}(?:[^\S\n]+{_WORD}){{1,5}}", opening):
        words = run[0].split()
        for start in range(len(words) - len(short) + 1):
            part = words[start : start + len(short)]
            if _initials(" ".join(part)) == short:
                return " ".join(part)
    return short


def body_of_experts(text: str) -> tuple[str, str | None] | None:
    """The body (and its initials, when the text writes them) whose experts the text's
    opening has speak: "two Harbour Union rights experts have warned" (and "HU experts"
    in the headline)."""
    opening = text[:_OPENING]
    for match in _EXPERTS.finditer(opening):
        if not _SAID.search(match["rest"]):
            continue
        words = match["body"].split()
        while words and words[0] in _OPENERS:
            words = words[1:]
        if not words or words[-1] == "of":
            return None
        body = " ".join(words)
        short = _initials(body)
        written = len(short) >= 2 and re.search(rf"\b{short}\b", text) is not None
        if body.isupper() and 2 <= len(body) <= 6:
            return _written_out(body, opening), body
        if len(words) > 1 and (written or any(is_org_word(word) for word in words)):
            return body, short if written else None
        return None  # the first sentence with experts saying names no body
    return None
