"""How a person's name is dressed: a form of address before it ("Dame", "Mr", "HHJ") and
letters after it ("MP", "OBE", "PhD"), neither part of the name itself."""

from __future__ import annotations

import re

#: Letters after a name that say an office or honour: "Vernon Coaker MP", "Ann Lee OBE".
POSTNOMINAL = re.compile(
    r"^(?P<name>[A-Z][\w.'’ -]{1,80}?[a-z][\w'’-]*)\s+(?P<letters>(?-i:MP|MEP|MSP|OBE|CBE|MBE|"
    r"DBE|KBE|GBE|CMG|KC|QC|AO|AC|PhD))$"
)


#: A British form of address before a full name (given name and surname), no part of it.
HONORIFIC = re.compile(r"(?<!\S)(?:Dame|Sir|Baroness|Mrs?|Ms)\.?\s+(?=[A-Z][\w'’-]*\s+[A-Z])")


#: A British judge's form of address before the name ("the judge HHJ Ann Roe"): the role.
HIS_HONOUR = re.compile(
    r"(?:(?:the\s+)?judge\s+)?\b(?:HHJ|His\s+Honour\s+Judge|Her\s+Honour\s+Judge)\s+(?=[A-Z])",
    re.IGNORECASE,
)


#: An academic degree written after the name, before the role: "Ann Roe, PhD, director of
#: X" (the letters are the name's, not the post's).
DEGREE_FIRST = re.compile(
    r"^(?-i:PhD|Ph\.\s?D\.?|DPhil|EdD|MD|M\.D\.|JD|MBA|MSc|MSW|LCSW|RN)\s*,\s+(?=\S)"
)
