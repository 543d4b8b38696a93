"""Textual's terminal driver for Linux and macOS, with Esc answered at once.

A terminal sends a lone Esc byte for Esc, and the same byte first in every arrow or
function key: the parser waits ``$ESCDELAY`` for the rest before it calls it Esc. It
finds out only when the input thread next looks, and Textual's looks every tenth of a
second while no key comes: Esc took some 110 ms more than any other key (150-170 ms
against 46-53 ms for ctrl+u, the same clear, measured in tmux). Here the thread looks
again after ``ESCDELAY`` (20 ms, see ``mhbrief.cli.main.quick_escape``).

:meth:`QuickEscapeDriver.run_input_thread` is Textual 8.2.8's own, with that one
timeout changed; tests/test_canaries.py fails when Textual's changes.

It also ends the app when the terminal goes away. Textual's thread reads end-of-file
from a hung-up terminal, breaks, and selects again at once, for ever: an app started
through ``su`` in a tmux window that was then killed got no SIGHUP and spun a core at
90-100% for hours on a shared server. Here end-of-file, or an error reading the
terminal, asks the app to exit as SIGHUP does (exit code 129) and the thread waits
for the exit instead of reading again.
"""

from __future__ import annotations

import os
import selectors
import signal
from codecs import getincrementaldecoder

from textual import constants
from textual._loop import loop_last
from textual._parser import ParseError
from textual._xterm_parser import XTermParser
from textual.drivers.linux_driver import LinuxDriver

#: The exit code when the terminal went away: what a hang-up (SIGHUP) gives.
TERMINAL_GONE = 128 + signal.SIGHUP

#: Textual's own wait for input, kept while no Esc is pending.
IDLE_POLL = 0.1


class QuickEscapeDriver(LinuxDriver):
    """:class:`LinuxDriver`, looking for input again within ``ESCDELAY``."""

    def run_input_thread(self) -> None:
        """Wait for input and dispatch events."""
        selector = selectors.SelectSelector()
        selector.register(self.fileno, selectors.EVENT_READ)
        fileno = self.fileno
        event_read = selectors.EVENT_READ
        parser = XTermParser(self._debug)
        feed = parser.feed
        tick = parser.tick
        decode = getincrementaldecoder("utf-8")().decode
        poll = min(IDLE_POLL, constants.ESCAPE_DELAY)

        def process_selector_events(
            selector_events: list[tuple[selectors.SelectorKey, int]], final: bool = False
        ) -> bool:
            """Dispatch what came in; False once the terminal has gone (end of file)."""
            for last, (_selector_key, mask) in loop_last(selector_events):
                if mask & event_read:
                    try:
                        data = os.read(fileno, 1024 * 4)
                    except OSError:
                        return False  # EIO: the terminal hung up
                    if not data:
                        return False  # end of file: hung up, or stdin was a pipe
                    for event in feed(decode(data, final=final and last)):
                        self.process_message(event)
            for event in tick():
                self.process_message(event)
            return True

        try:
            while not self.exit_event.is_set():
                if not process_selector_events(selector.select(poll)):
                    self._terminal_gone()
                    return
            selector.unregister(self.fileno)
            process_selector_events(selector.select(IDLE_POLL), final=True)
        finally:
            selector.close()
            try:
                for _event in feed(""):
                    pass
            except (EOFError, ParseError):
                pass

    def _terminal_gone(self) -> None:
        """Ask the app to exit as a hang-up would, and wait for it without reading."""
        try:
            self._loop.call_soon_threadsafe(self._app.exit, None, TERMINAL_GONE)
        except RuntimeError:
            return  # the loop has closed: the app is ending already
        self.exit_event.wait()
