"""Who a person is, in brackets right after their name: "Fatima El Amrani (Universiteit
Utrecht)", "Ann Lee (directeur)", "Kamerlid Jan Smit (PvdA)".

An age ("(46)") is read elsewhere; a place, a picture's position ("(links op de foto)")
or any other aside is no role, so only an organisation's name (a word of an
organisation's kind), a short form ("(CKM)", "(CoMensha)") or a role word counts.
"""

from __future__ import annotations

import re

from mhbrief.importer.roles import is_org_word, is_role_word

#: A bracketed aside right after the name, short and within the sentence.
BRACKETED = re.compile(r"[ \u00a0]?\((?P<inner>[^()\n.!?;:“”\"]{2,60})\)")
#: "CKM", "CoMensha", "IJM": a short form of one word, capitals first and last or mixed.
_SHORT = re.compile(r"[A-Z][A-Za-z&]{0,9}[A-Z][a-z]*|[A-Z]{2,8}")


def whom_for(inner: str) -> bool:
    """Whether a bracketed aside after a name says whom the person speaks for or what
    they are: an organisation, a short form or a role."""
    words = inner.split()
    if not words:
        return False
    if len(words) == 1 and _SHORT.fullmatch(words[0]):
        return True
    if is_role_word(words[0]):
        return True
    return words[0][:1].isupper() and any(is_org_word(word) for word in words)
