"""Abbreviations of a kind of organisation, not of one: "Non-Governmental Organization
(NGO)", "civil society organisation (CSO)". Written out with their short form they look
like a name, but "an NGO named X" names X; the kind is no organisation of the text."""

from __future__ import annotations

_KINDS = frozenset(["NGO", "INGO", "CSO", "CBO", "NPO", "PVO", "FBO"])


def is_kind_of_organisation(short: str) -> bool:
    """``NGO``, ``NGOs``, ``CSO``: a kind of body's abbreviation."""
    folded = short.strip().upper().replace("’", "").replace("'", "")
    return folded in _KINDS or folded.removesuffix("S") in _KINDS
