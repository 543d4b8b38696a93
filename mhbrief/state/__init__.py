"""Per-user state: what mhbrief remembers between sessions, per briefings folder.

Each user has one folder per briefings folder (keyed by its resolved path, as
the index is) in the user data folder, ``$XDG_DATA_HOME/mhbrief/collections/
<name>-<hash>/``. Every document there is a small TOML file that only the app
writes (tomli-w, atomic replace, mode 0600): ``history``, ``searches``,
``display``, one ``sheets/<stem>`` per prep sheet (see :mod:`mhbrief.sheets`)
and the first-seen dates as ``first-seen/<day>-<n>``: the ids first seen that
day, at most :data:`FIRST_SEEN_CHUNK` a document, so a write costs what the
day added, never the whole collection. None of it ever goes into ``config.toml``, which stays
the user's hand-written settings file.

Reading is bounded: regular files only, at most :data:`MAX_STATE_BYTES`. A
damaged document (bad TOML, not UTF-8, too big, a value of the wrong type) is
reported as a :class:`~mhbrief.problems.Problem` with its line and left
untouched: loading it gives the default, saving it raises :class:`StateError`,
and every other document keeps working.

Thread-safe within a process (one lock per store); between processes the last
writer of a document wins, and a reader never sees half a file.
"""

from __future__ import annotations

from mhbrief.state.choices import (
    DISPLAY,
    HISTORY,
    HISTORY_LIMIT,
    SEARCHES,
    DisplayValue,
    UserChoices,
)
from mhbrief.state.documents import (
    LOCK_NAME,
    LOCK_WAIT,
    MAX_STATE_BYTES,
    STATE_VERSION,
    Check,
    Document,
    NotPrivate,
    StateError,
    data_dir,
    state_dir_for,
)
from mhbrief.state.first_seen import (
    FIRST_SEEN,
    FIRST_SEEN_CHUNK,
    LEGACY_FIRST_SEEN_BYTES,
    FirstSeenDates,
)

__all__ = [
    "DISPLAY",
    "FIRST_SEEN",
    "FIRST_SEEN_CHUNK",
    "HISTORY",
    "HISTORY_LIMIT",
    "LEGACY_FIRST_SEEN_BYTES",
    "LOCK_NAME",
    "LOCK_WAIT",
    "MAX_STATE_BYTES",
    "SEARCHES",
    "STATE_VERSION",
    "Check",
    "DisplayValue",
    "Document",
    "NotPrivate",
    "StateError",
    "StateStore",
    "data_dir",
    "state_dir_for",
]


class StateStore(UserChoices, FirstSeenDates):
    """One user's state for one briefings folder: named documents (:mod:`.documents`),
    the history, saved searches and display choices (:mod:`.choices`) and the
    first-seen dates (:mod:`.first_seen`)."""
