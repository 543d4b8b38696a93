"""Unpickling that can only build the classes a stored file legitimately holds.

A pickle is a program: unpickling one written by somebody else can call any
function (``os.system`` through ``__reduce__``). Whoosh's TOC and segment files
and our parse cache are pickles, and a file can be planted, swapped or raced in
however carefully its folder is checked. So they are read with an unpickler
whose :meth:`~RestrictedUnpickler.find_class` answers only from an allow-list of
exact ``(module, name)`` pairs; anything else raises :class:`Refused` (an
``UnpicklingError``), which the callers treat as a damaged index or a cache miss.

The allowed objects are given as the objects themselves, never imported by name
from the pickle, so a pickle cannot make us import a module either.
"""

from __future__ import annotations

import io
import pickle
from collections.abc import Mapping
from typing import IO, Any

#: ``(module, name)`` as a pickle names a global, and the object it stands for.
Allowed = Mapping[tuple[str, str], Any]


class Refused(pickle.UnpicklingError):
    """The pickle names a global that is not on the allow-list."""


class RestrictedUnpickler(pickle.Unpickler):
    """A ``pickle.Unpickler`` that resolves globals only from ``allowed``."""

    def __init__(self, file: IO[bytes], allowed: Allowed) -> None:
        super().__init__(file)
        self._allowed = allowed

    def find_class(self, module: str, name: str) -> Any:
        try:
            return self._allowed[(module, name)]
        except KeyError:
            raise Refused(f"refused to unpickle {module}.{name}: not a stored class") from None

    def persistent_load(self, pid: Any) -> Any:
        raise Refused("refused to unpickle a persistent id")


def load(file: IO[bytes], allowed: Allowed) -> Any:
    """``pickle.load``, building only the ``allowed`` globals."""
    return RestrictedUnpickler(file, allowed).load()


def loads(data: bytes, allowed: Allowed) -> Any:
    """``pickle.loads``, building only the ``allowed`` globals."""
    return RestrictedUnpickler(io.BytesIO(data), allowed).load()


def latin1_encode(text: str, encoding: str = "latin1", errors: str = "strict") -> bytes:
    """What protocol-2 pickles call (``_codecs.encode``) to rebuild a ``bytes`` value;
    any codec other than Latin-1 is refused."""
    if encoding == "latin1" and errors == "strict" and type(text) is str:
        # What every such pickle says: a posting block holds thousands (a search at
        # 100k items rebuilt 186,000), so this case is answered first.
        return text.encode("latin-1")
    if encoding.replace("-", "").replace("_", "").lower() not in ("latin1", "iso88591"):
        raise Refused(f"refused to unpickle bytes in the {encoding!r} encoding")
    if not isinstance(text, str):
        raise Refused("refused to unpickle bytes from a non-text value")
    return text.encode("latin-1", errors if errors == "strict" else "strict")
