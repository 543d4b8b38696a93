"""Where things live: the briefings folder, the index, the config file."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import platformdirs

APP_NAME = "mhbrief"
ENV_BRIEFINGS = "MHBRIEF_BRIEFINGS"


class LocationError(Exception):
    """A folder the user named does not exist."""


class Origin(StrEnum):
    OPTION = "option"
    ENV = "env"
    CWD = "cwd"
    EXAMPLES = "examples"


@dataclass(frozen=True)
class Location:
    path: Path
    origin: Origin

    @property
    def is_examples(self) -> bool:
        return self.origin is Origin.EXAMPLES


def examples_dir() -> Path:
    """The example briefings shipped inside the package (the repository's briefings/)."""
    package = Path(__file__).resolve().parent
    installed = package / "examples"
    checkout = package.parent / "briefings"  # a source checkout or an editable install
    if not installed.is_dir() and checkout.is_dir():
        return checkout
    return installed


def resolve_briefings(arg: str | None, env: dict[str, str] | None = None) -> Location:
    """``--briefings``, else ``$MHBRIEF_BRIEFINGS``, else ``./briefings``, else the examples."""
    environ = os.environ if env is None else env
    if arg:
        return Location(_existing(Path(arg), f"--briefings {arg}"), Origin.OPTION)
    if environ.get(ENV_BRIEFINGS):
        value = environ[ENV_BRIEFINGS]
        return Location(_existing(Path(value), f"{ENV_BRIEFINGS}={value}"), Origin.ENV)
    local = Path("briefings")
    if local.is_dir():
        return Location(local.resolve(), Origin.CWD)
    return Location(examples_dir(), Origin.EXAMPLES)


def _existing(path: Path, named: str) -> Path:
    path = path.expanduser()
    if not path.is_dir():
        what = "is not a folder" if path.exists() else "does not exist"
        raise LocationError(f"{named}: {path} {what}; name a folder of briefing files")
    return path.resolve()


def cache_dir() -> Path:
    """The per-user cache folder (honours XDG_CACHE_HOME)."""
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def folder_key(briefings: Path) -> str:
    """A folder name for per-folder files: its name and a hash of its resolved path."""
    resolved = briefings.resolve()
    key = hashlib.sha256(str(resolved).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in resolved.name)[:40]
    return f"{safe or 'root'}-{key}"


def index_dir_for(briefings: Path) -> Path:
    """The per-user index folder for a briefings folder, keyed by its absolute path."""
    return cache_dir() / "indexes" / folder_key(briefings)


def config_path() -> Path:
    """The user's settings file (honours XDG_CONFIG_HOME)."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "config.toml"
