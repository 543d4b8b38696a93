"""Strip what must never reach a terminal from untrusted text.

Textual hands escape sequences in widget text straight to the terminal, so
every string read from a briefing file (and every file name or key that ends
up in a message) passes through here once, at load time.
"""

from __future__ import annotations

import re

# ESC-introduced sequences: CSI, OSC, DCS/SOS/PM/APC strings, and the short
# two-byte escapes. Their 8-bit C1 forms are handled the same way.
_CSI = r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
_STRING = r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]).*?(?:\x07|\x1b\\|\x9c|$)"
_SHORT = r"\x1b[ -/]*[0-~]"
_SEQUENCE = re.compile(f"{_CSI}|{_STRING}|{_SHORT}", re.DOTALL)

# C0 controls except tab and newline, a lone ESC, DEL, C1 controls, and the
# Unicode bidi embeddings, overrides and isolates (the "Trojan Source" set).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Invisible format characters: inside a word they hide it from search
# ("mensen\u200bhandel") and travel along into copied citations. Folded away.
INVISIBLE = "\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
# What an identifier shown in a message must make visible instead of hiding.
_HIDDEN = re.compile(f"[{INVISIBLE}\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")
# Lone surrogates: how Python spells the bytes of a file name that is not UTF-8.
# Nothing can print or encode them, so they show as the replacement character.
_SURROGATES = re.compile("[\ud800-\udfff]")


def sanitize_text(text: str) -> str:
    """Multi-line text with line endings normalised and controls removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SEQUENCE.sub("", _SURROGATES.sub("\ufffd", text))
    return _INVISIBLE.sub("", _CONTROLS.sub("", text))


def invisible_in(text: str) -> list[str]:
    """The invisible format characters in ``text``, as ``U+200B`` (each once, in order)."""
    return list(dict.fromkeys(f"U+{ord(ch):04X}" for ch in _INVISIBLE.findall(text)))


#: How many characters of one control sequence a warning shows.
_SEQUENCE_SHOWN = 8
_NAMES = {"\x1b": "ESC", "\x07": "BEL", "\x9b": "CSI", "\x9c": "ST", "\x9d": "OSC"}


def controls_in(text: str) -> list[str]:
    """The terminal control sequences and control characters :func:`sanitize_text`
    removes from ``text``, as a person can read them (``ESC[31m``, ``ESC]52;…``,
    ``U+0007``), each once, in order. Tabs and line endings are not counted."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    found = [_shown_control(m.group()) for m in _SEQUENCE.finditer(text)]
    found += [_shown_control(ch) for ch in _CONTROLS.findall(_SEQUENCE.sub("", text))]
    return list(dict.fromkeys(found))


def _shown_control(sequence: str) -> str:
    if len(sequence) == 1 and sequence not in _NAMES:
        return f"U+{ord(sequence):04X}"
    head = sequence[:_SEQUENCE_SHOWN]
    shown = "".join(
        _NAMES.get(ch, f"\\u{ord(ch):04x}" if _CONTROLS.match(ch) else ch) for ch in head
    )
    return shown + ("…" if len(sequence) > len(head) else "")


def escape_hidden(text: str) -> str:
    """``text`` with invisible and bidi format characters written as ``\\u202e``:
    an identifier in a message must not look like another one."""
    return _HIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


#: The most of one identifier, key or typed value a message echoes: an id pasted by
#: mistake (100 KB) is not printed back whole.
SHOWN_CHARS = 100


def shown_id(text: str) -> str:
    """An identifier, key or typed value as a message shows it: one line, nothing hidden,
    at most :data:`SHOWN_CHARS` characters (longer is cut with an ellipsis)."""
    shown = shown_message(text[: SHOWN_CHARS * 8])  # what folds away is bounded too
    return shown if len(shown) <= SHOWN_CHARS else shown[: SHOWN_CHARS - 1].rstrip() + "…"


def shown_message(text: str) -> str:
    """A whole message as it is shown: one line, nothing hidden (the values it quotes
    went through :func:`shown_id`)."""
    return sanitize_line(escape_hidden(text))


def sanitize_line(text: str) -> str:
    """One-line text (names, titles, ids in messages): whitespace folded."""
    return _SPACES.sub(" ", sanitize_text(text)).strip()


def has_controls(text: str) -> bool:
    """True when ``text`` holds anything :func:`sanitize_text` would remove."""
    return sanitize_text(text) != text.replace("\r\n", "\n").replace("\r", "\n")
