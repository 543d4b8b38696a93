"""Picture captions: a caption with its credit, a name tag, an alt text and its copy."""

from __future__ import annotations

import re

from mhbrief.importer.roles import is_role_word
from mhbrief.importer.slash_credits import credit_or_its_caption

#: A caption that credits its picture at the end: "Nationaal rapporteur X (foto: Omroep Y)".
_CREDITED_CAPTION = re.compile(
    r"\((?:foto|beeld|fotografie|photo|image|picture)s?(?:\s+credit)?\s*[:©]?\s+[^()]{1,60}\)\.?"
    # an enlarge button after it: "… (foto ANP/Martijn Beekman) vergroot"
    r"(?:\s*(?:vergroot|vergroten|enlarge|zoom))?$",
    re.IGNORECASE,
)
#: A photographer and agency in parentheses at a caption's end: "(Peter Macdiarmid/Getty
#: Images)", "(Patrick Semansky / AP)".
_SLASH_CREDIT = re.compile(
    r"\((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*/\s*(?:[A-Z][\w.'’-]*\s?){1,3}\)\.?$"
)
#: A caption's credit after its last sentence: "… bij Guatemala-Stad. Beeld AFP".
_TRAILING_CREDIT = re.compile(
    # "… in Zeebrugge.Beeld BELGA": the copy may lose the space before the credit
    # "… Channel crossings | Photo: X": or after a bar
    # "… Hendrika de Vries. FOTO ANN LEE": a paper's credit in capitals
    r"(?:(?<=[.!?])\s*|\s+\|\s*)(?:Beeld|Foto|Fotografie|Fotograaf|Photograph|Photo|Image|Picture|"
    r"Illustration|Illustratie|BEELD|FOTO|PHOTO)"
    r"\s*:?\s+"
    r"[A-Z][\w .'’/&-]{1,60}$"
    # "… at the site. - Credit: Harbour Police", "… in de haven. | Fotocredit: X"
    r"|(?:(?<=[.!?])\s*|\s+[|\-–—]\s*)(?i:(?:photo|picture|image|foto)\s*)?(?i:credits?)\s*:\s+"
    r"[A-Z][\w .'’/&-]{1,60}$"
    # "… such as Kuwait Credit: AFP": a caption with no stop, its credit run on (the
    # credit's holder in capitals only, no sentence after it)
    r"|(?<=[a-z\d])\s+(?:Credit|Photo|Picture|Image|Foto|Beeld)s?\s*:\s+"
    r"[A-Z][\w'’.&/-]*(?:\s+(?:[A-Z][\w'’.&/-]*|/)){0,3}$"
)
#: A picture's credit anywhere in a short line: "… © Track Media", "(Foto: X)", "Photo: X".
_CREDIT_INSIDE = re.compile(
    r"(?:^|\s)©\s*[\w'’]"
    r"|\((?i:foto|beeld|photo|image|picture)s?\s*:\s*[^()]{1,60}\)"
    r"|(?:^|\s)(?:Foto|Beeld|Photo|Image|Picture)s?\s*:\s+[A-Z]"
)
#: A line with a credit inside is a caption up to this many words.
_CREDITED_WORDS = 30
#: Where a person stands in the picture: "(left)", "(rechts)", "(second from left)".
_PLACED = re.compile(
    r"\((?:(?:second|third|tweede|derde)\s+(?:from|van)\s+)?(?:left|right|centre|center|"
    r"middle|links|rechts|midden|l|r)\)",
    re.IGNORECASE,
)
_PICTURE_CREDIT = re.compile(
    r"^(?:©.*|(?:foto|beeld|photo|image|picture|video)s?\s*(?::|©).*|.*\b(?:photo|foto|video)\s*$)",
    re.IGNORECASE,
)
#: A picture's credit glued to its caption: "….(ABC: Emily Piesse)", "…campaign(Jan Smit)".
_GLUED_CREDIT = re.compile(
    r"(?<=[\w.])\((?:[A-Z][\w]{1,20}(?:\s+[A-Z][\w]{1,20})?\s*:\s*)?[A-Z][\w'’-]+(?:\s+(?:van|de|der)?\s*[A-Z][\w'’-]+){1,2}\)$"
)
#: A quotation mark of any style: a line with one holds someone's words, no caption.
QUOTE_MARKS = re.compile(r"[“”„«»\"]|,,")


#: A name tag under a picture: "Paul Smit - Burgemeester Breda", "Ann Lee | Director".
_NAME_TAG = re.compile(
    r"^(?:[A-Z][\w'’-]+\s+(?:(?:van|de|der|den|ter)\s+)*){1,3}[A-Z][\w'’-]+\s+[-–|]\s+"
    r"(?P<role>[\w-]+)(?:\s+[\w'’-]+){0,4}$"
)


#: A caption is at most this long (a paragraph is longer).
_CAPTION_WORDS = 40


def _printed_twice(line: str) -> bool:
    """The same text twice in a row on one line: "Ann Lee speaks. Photo: X Ann Lee speaks.
    Photo: X"."""
    half = len(line) // 2
    return len(line) >= 40 and any(
        line[:cut].strip() == line[cut:].strip() for cut in range(half - 1, half + 2)
    )


def is_copied_caption(line: str, other: str) -> bool:
    """A picture's alt text and its caption on lines next to each other, one the start of
    the other ("Rechercheur Ann Lee" over "Rechercheur Ann Lee in de verhoorkamer", or glued:
    "In gesprek met Ann LeeStichting X"): neither is a sentence of the text."""
    short, long = sorted((line.strip(), other.strip()), key=len)
    return (
        len(short.split()) >= 3
        and len(long) > len(short)
        and long.startswith(short)
        and len(long.split()) <= 25
        and (not long.endswith((".", "!", "?", ":")) or _printed_twice(long))
        and QUOTE_MARKS.search(long) is None
    )


def is_caption(line: str, previous: str, following: str) -> bool:
    """A picture's caption: a line that ends with its picture's credit ("… (foto: X)"),
    a name tag ("Paul Smit - Burgemeester Breda"), or one line right under a picture
    credit ("© UNICEF video") standing alone."""
    words = len(line.split())
    if not line or QUOTE_MARKS.search(line):
        return False
    limit = _CAPTION_WORDS
    if _printed_twice(line):  # a picture's alt text and its caption, run together
        line = line[: len(line) // 2].strip()
        words = len(line.split())
        limit = 2 * _CAPTION_WORDS  # printed twice: a caption, even a long one
    if words > limit:
        return False
    if (
        _CREDITED_CAPTION.search(line)
        or _SLASH_CREDIT.search(line)
        or _TRAILING_CREDIT.search(line)
    ):
        return True  # "… (foto: X)", "… (Patrick Semansky / AP)"
    if words <= _CREDITED_WORDS and _CREDIT_INSIDE.search(line):
        return True  # "Agents at the check. © Ann Lee", "Ann Lee (Photo: X) at the launch"
    if _PLACED.search(line) and not line.rstrip().endswith(("?", ":")):
        return True  # "Guy Ryder (left) and Dilma Roussef (right) inaugurated …"
    if (tag := _NAME_TAG.match(line)) and is_role_word(tag["role"]):
        return True
    if limit > _CAPTION_WORDS and _named_with_role(line):
        return True  # "Ann Lee, director of X.Ann Lee, director of X.": alt text and caption
    if _GLUED_CREDIT.search(line):
        return True  # "Police escort people from a property.(ABC: Emily Piesse)"
    if following and following.startswith(line) and _credited(following, len(line)):
        return True  # the same caption, the line above its credited copy
    if _alt_over_credited(line, following) or _caption_on_two_lines(line, previous, following):
        return True
    if credit_or_its_caption(line, previous, following):
        return True  # "The mayor opens the shelter" ¶ "Ann Lee/RADIO 900 NEWS"
    return bool(previous) and not following and _PICTURE_CREDIT.match(previous.strip()) is not None


#: A picture's alt text has at most this many words.
_ALT_WORDS = 20
#: A caption printed on two lines in a row has at least this many words.
_TWICE_WORDS = 4


def _alt_over_credited(line: str, following: str) -> bool:
    """A picture's alt text right over its caption that ends with the credit ("The sun
    sets over the port" ¶ "Boats in the harbour at dawn Credit: AFP"): a line with no
    stop, glued to the caption with no blank line between."""
    words = len(line.split())
    return (
        bool(following)
        and 3 <= words <= _ALT_WORDS
        and line[:1].isupper()
        and not line.rstrip().endswith((".", "!", "?", ":", ";", ","))
        and len(following.split()) <= _CAPTION_WORDS
        and QUOTE_MARKS.search(following) is None
        and _TRAILING_CREDIT.search(following) is not None
    )


def _caption_on_two_lines(line: str, previous: str, following: str) -> bool:
    """A picture's alt text and its caption, the same sentences on two lines in a row
    ("Fishing gear: a net dries in the sun." twice): prose is never printed twice back to
    back. A line with no stop (a headline printed twice) is left to the headline rules."""
    text = line.strip()
    return (
        _TWICE_WORDS <= len(text.split()) <= _CAPTION_WORDS
        and text.endswith((".", "!"))
        and text in (previous.strip(), following.strip())
    )


def _credited(copy: str, end: int) -> bool:
    """What a caption's copy adds after its first ``end`` characters is its picture's
    credit alone ("….(ABC: Ann Lee)", "…. FOTO ANN LEE")."""
    credit = _GLUED_CREDIT.search(copy) or _TRAILING_CREDIT.search(copy)
    return credit is not None and credit.start() >= end - 1


#: A name with a role, as a caption under a picture: "Sjoerd van Bemmel, onderzoeker bij
#: Centrum Kinderhandel Mensenhandel", "Ann Lee – director of X".
_NAME_CAPTION = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+(?:(?:van|de|der|den|ter|te|von|da|du|le|la|el|al)\s+)*){1,3}"
    r"[A-Z][\w'’-]+\s*(?:,|\s[-–—|])\s*(?P<role>[^.!?:;“”„\"‘’«»()]{3,100})$"
)


#: A caption in title case, a full stop after it: "Dame Ann Lee, Director-General,
#: National Agency for Fair Work (NAFW)." Every word capitalised but the small ones, so
#: that a sentence ("Ann Lee, director of X, welcomed it.") is never one.
_TITLED_CAPTION = re.compile(
    r"^(?:(?:Dame|Sir|Dr|Prof|Mr|Mrs|Ms|Lord|Lady)\.?\s+)?(?:[A-Z][\w'’.-]+\s+){1,3}"
    r"[A-Z][\w'’-]+\s*,\s*(?P<role>(?:(?:[A-Z][\w'’&-]*|of|for|the|and|in|on|against|van|voor|"
    r"de|het|en|tegen)[\s,]+)*(?:[A-Z][\w'’&-]*|\([A-Z][\w&-]{1,10}\)))\.?$"
)


#: A picture's caption of a name and an organisation, with no punctuation: "Neil Wain
#: from Hope for Justice", "Anna de Vries van Stichting Veilig Werk".
_NAME_FROM_ORG = re.compile(
    r"^(?:[A-Z][\w'’-]+\s+(?:(?:van|de|der|den|ter|te|von)\s+)*){1,2}[A-Z][\w'’-]+"
    r"\s+(?:from|of|at|van|bij)\s+(?:(?:the|de|het)\s+)?[A-Z][\w'’&-]*"
    r"(?:\s+(?:[A-Z][\w'’&-]*|for|of|and|against|voor|tegen|en|van)){0,6}$"
)
_QUOTE_ENDS = ("”", "’", '"', "'", "»")
_QUOTE_OPENS = ("“", "‘", '"', "'", "„", "«", ",,")


def name_caption(line: str, before: str, after: str = "") -> bool:
    """A paragraph that is only a name and a role (a function in its first words), or a
    name and an organisation, not under a quotation nor over one (there it says who
    spoke: :mod:`.attribution` reads it)."""
    line = line.strip()
    if before.rstrip().endswith(_QUOTE_ENDS):
        return False
    if _NAME_FROM_ORG.match(line):
        return not after.lstrip().startswith(_QUOTE_OPENS)
    match = _NAME_CAPTION.match(line) or _TITLED_CAPTION.match(line)
    if match is None:
        return False
    words = match["role"].split()
    return len(words) <= 14 and any(is_role_word(word) for word in words[:4])


#: A name and a role "of" an organisation, with a full stop: "Ann Lee, director of the
#: Harbour Trust." Its last word before the stop is a name's, so no verb ends it.
_NAME_ROLE_OF = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+\s*,\s*(?P<role>(?:[\w-]+\s+){1,3}"
    r"(?:of|at|for|with|van|bij|voor)\s+(?:(?:the|de|het)\s+)?"
    r"(?:[A-Z][\w'’&-]*\s+(?:(?:of|for|and|van|voor|en)\s+)?){0,5}[A-Z][\w'’&-]*)\.?$"
)


def _named_with_role(line: str) -> bool:
    """A name and a role, as a caption: "Ann Lee, director of the Harbour Trust."."""
    match = _NAME_CAPTION.match(line) or _NAME_ROLE_OF.match(line)
    return match is not None and any(is_role_word(w) for w in match["role"].split()[:4])


def caption_person(line: str) -> str:
    """The name and the function a name caption gives, for the person's quotes: a caption
    in title case is cut after its first function ("Ann Lee, Director-General, National
    Agency for Fair Work (NAFW)." gives "Ann Lee, Director-General"), as its organisation
    is no part of the role."""
    line = line.strip()
    if _NAME_CAPTION.match(line) or not _TITLED_CAPTION.match(line):
        return line
    name, role = line.split(",", 1)
    return f"{name.strip()}, {role.split(',', 1)[0].strip().rstrip('.')}"


#: A pull quote's attribution with the name run into the role when copied: "Ann
#: LeeDirector of Fair Work" (the name and the role were two lines of the page).
_GLUED_SIGNATURE = re.compile(
    r"^(?P<name>(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][a-z'’-]+)(?P<role>[A-Z][\w'’-]*(?:\s+[\w'’&-]+){0,7})$"
)


def unglued_signature(line: str, before: str) -> str | None:
    """ "Ann Lee, Director of Fair Work" of "Ann LeeDirector of Fair Work" right under a
    quotation (its attribution, read as the speaker's by :mod:`.attribution`), else None."""
    if not before.rstrip().endswith(("”", '"', "’", "»")):
        return None
    match = _GLUED_SIGNATURE.match(line.strip())
    if match is None or not any(is_role_word(word) for word in match["role"].split()):
        return None
    return f"{match['name']}, {match['role']}"


def credited_person(line: str) -> str | None:
    """The name and function of a name caption that credits its picture at the end
    ("Ann de Wit, staatssecretaris van Justitie. Beeld ANP"), for the person's quotes."""
    rest = _TRAILING_CREDIT.sub("", line.strip()).strip().rstrip(".")
    if rest == line.strip().rstrip("."):
        return None
    match = _NAME_CAPTION.match(rest) or _TITLED_CAPTION.match(rest)
    if match is None or not any(is_role_word(w) for w in match["role"].split()[:4]):
        return None
    return caption_person(rest)
