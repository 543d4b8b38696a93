"""The lines an e-mail alert service puts around its message (a police force's or a
council's "community messaging" alerts, copied from the web page or the e-mail):

- its buttons: "Reply to this message", "Forward this alert", "Unsubscribe from these
  alerts";
- the sender's tag in brackets under the sender's name: "(Police, Communications
  officer, Corporate Communications)" (short parts in capitals, commas between, no
  sentence).

Neither is a sentence of the message.
"""

from __future__ import annotations

import re

#: An alert's button: "Reply to this message", "Beantwoord dit bericht".
_BUTTON = re.compile(
    r"^(?i:reply\s+to|forward|share|rate|report|unsubscribe\s+from|beantwoord|"
    r"stuur\s+door|reageer\s+op|meld\s+je\s+af\s+voor)\s+"
    r"(?i:this|these|dit|deze)\s+(?i:message|messages|alert|alerts|e-?mail|bericht|"
    r"berichten|melding|meldingen)$"
)
#: A sender's tag: "(Police, Communications officer, Corporate Communications)".
_SENDER_TAG = re.compile(
    r"^\((?P<parts>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3}"
    r"(?:\s*,\s*[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3}){2,4})\)$"
)


def alert_button(line: str) -> bool:
    """An alert's button: "Reply to this message"."""
    return _BUTTON.match(line.strip().rstrip(".")) is not None


def sender_tag(line: str) -> bool:
    """A sender's tag in brackets, three to five short parts: "(Police, Officer, Unit)"."""
    return _SENDER_TAG.match(line.strip()) is not None


def is_alert_line(line: str) -> bool:
    """Any of the lines above."""
    return alert_button(line) or sender_tag(line)
