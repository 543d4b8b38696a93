"""Esc and the next key arriving together, read apart again.

A terminal sends Alt+X as ESC followed by X, so Textual reads ESC and a key that arrive
within its escape delay (``ESCDELAY``, 100 ms), or in one read (keys typed quickly over SSH
often travel in one packet), as ``alt+x``. mhbrief binds no Alt+letter, so such a key is
what was typed: Esc (close, back to the search box), then the key itself. Alt with
an arrow or another named key (``alt+left``, back) carries no character and stays as it is.
"""

from __future__ import annotations

from typing import Any

from textual import events

_ALT = "alt+"
#: How long the keys after such an Esc wait for it to act (a dialog it closes to be
#: gone): Textual's own escape delay, the gap at which they would have been read apart.
GAP = 0.1


def apart(event: events.Key) -> tuple[events.Key, events.Key] | None:
    """Esc and the key for an ``alt+<character>`` key; None for any other key."""
    character = event.character
    if not event.key.startswith(_ALT) or character is None or len(character) != 1:
        return None
    if not character.isprintable():
        return None
    # The key's own name, as Textual reads it without Esc: "alt+slash" is "slash", and
    # "alt+shift+c" (Esc, then C) is "C".
    name = event.key.removeprefix(_ALT)
    if name.startswith("shift+") and character.isupper():
        name = character
    return events.Key("escape", "\x1b"), events.Key(name, character)


class Replay:
    """The keys after an Esc read apart, held until it has acted, then sent in order."""

    def __init__(self, app: Any) -> None:
        self._app = app
        self._held: list[events.Key] | None = None

    def holding(self, event: events.Key) -> bool:
        """Hold ``event`` (True) while the keys after an Esc wait; else False."""
        if self._held is None:
            return False
        self._held.append(event)
        return True

    def after_escape(self, key: events.Key) -> None:
        """Send ``key``, and the keys that arrive while it waits, once Esc has acted."""
        self._held = [key]
        self._app.set_timer(GAP, self._release)

    def _release(self) -> None:
        held, self._held = self._held or [], None
        for key in held:
            self._app.post_message(key)
