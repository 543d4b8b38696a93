"""The body a news item opens with as its subject, after a place's dateline: the police
("LEEUWARDEN - De politie heeft vijf verdachten aangehouden"), a regional force by its
adjective ("HAVENSTAD – De Havenstadse politie krijgt …"), or a government body by its
name ("The Harbour Police Department, with other agencies, held …", "Het parket van
Oost-Veld doet een oproep"). The last resort when no rule about quoted people found one."""

from __future__ import annotations

import re

from mhbrief.importer.forces import named_force

#: A news item that opens with what the police did, maybe a regional force's adjective
#: before it ("De Havenstadse politie", "De Zeeuwse politie").
_POLICE_OPENS = re.compile(
    r"^(?:[A-Z][\w'’./ -]{1,40}?\s*[-–—]{1,2}\s+)?(?:(?i:de|the)\s+)?"
    r"(?:(?P<region>[A-Z][a-zà-ÿ-]{2,30}(?:se|sche))\s+)?(?P<police>(?i:politie|police))\s"
)
#: A news item that opens with a government body by its name as the subject.
_BODY_OPENS = re.compile(
    r"^(?:[A-Z][\w'’.,/ -]{1,40}?\s*[-–—]{1,2}\s+)?(?:(?i:de|het|the)\s+)?"
    r"(?P<body>(?:[A-Z][\w'’.-]*\s+){1,4}(?:Police Department|Police Service|Police|Department|"
    r"Sheriff[’']s Office|Prosecutor[’']s Office|Attorney[’']s Office)|"
    r"(?:parket|arbeidsauditoraat|auditoraat|inspectie|Inspectie)\s+(?:van\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?=\s*,|\s+[a-z])"
)


def opening_body(opening: str, text: str) -> tuple[str, str] | None:
    """The body ``opening`` (the first paragraph) has as its subject, and why."""
    if police := _POLICE_OPENS.match(opening):
        if police["region"]:  # the force the adjective names, not one named elsewhere
            force = f"{police['region']} {police['police'].lower()}"
        else:
            force = named_force(text) or police["police"].lower()
        return force, "the police its news opens with"
    if body := _BODY_OPENS.match(opening):
        return body["body"], "its first subject"
    return None
