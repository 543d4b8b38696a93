"""Folders nobody else can have written, opened so the check and the use see the same one.

An index folder is trusted only when no other user can have put anything in it
or swapped it for another: every folder on its path must be owned by the
current user or root, and writable by nobody else (a sticky folder such as
``/tmp`` is fine on the way: others cannot rename or delete what is ours in it).
The index root, its version folder and each file in it must be ours (or root's)
and writable by nobody else at all.

Checking a path and then opening it by name leaves a gap in which a folder on
the way can be swapped. So :func:`open_checked` walks the path one folder at a
time from ``/``, each opened relative to the one before with ``O_NOFOLLOW`` and
checked with ``fstat`` on the open handle, and hands back that handle: its
:attr:`CheckedDir.path` (``/proc/self/fd/N``) names the checked folder itself,
whatever happens to the names meanwhile.
"""

from __future__ import annotations

import contextlib
import errno
import os
import pwd
import stat
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

#: A folder's handle, through which files in it are opened by name (Linux).
PROC_FD = Path("/proc/self/fd")
_DIR_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_DIRECTORY", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_OTHERS_WRITE = stat.S_IWGRP | stat.S_IWOTH
_HAS_PROC = PROC_FD.is_dir()


class IndexUnsafe(Exception):
    """An index folder not to be read: others may have written it, or it is not open
    to the current user (another user's index)."""


class CheckedDir:
    """An open handle on a checked folder; :attr:`path` reaches it through the handle.

    Keep the object for as long as anything uses :attr:`path`: closing it (or losing
    the last reference) closes the handle.
    """

    def __init__(self, fd: int, shown: Path) -> None:
        self.fd = fd
        #: The folder's name, for messages.
        self.shown = shown
        #: The folder through its handle (its name where there is no ``/proc``).
        self.path = PROC_FD / str(fd) if _HAS_PROC else shown

    def close(self) -> None:
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = -1

    def __del__(self) -> None:
        self.close()

    def __enter__(self) -> CheckedDir:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def private_to(info: os.stat_result, uid: int | None = None) -> bool:
    """True when the user owns it and nobody else may write it."""
    owner = os.geteuid() if uid is None else uid
    return info.st_uid == owner and not info.st_mode & _OTHERS_WRITE


def other_user(uid: int) -> str:
    """``another user, walker2 (uid 1001)``; ``another user (uid 1001)`` when the uid has
    no name on this machine."""
    try:
        name = pwd.getpwuid(uid).pw_name
    except (KeyError, OSError):
        return f"another user (uid {uid})"
    return f"another user, {name} (uid {uid})"


def _refuse_on_the_way(folder: Path, info: os.stat_result, uid: int, root: Path) -> None:
    """A folder above the index root: ours or root's, and nobody else may rename in it."""
    mode = stat.S_IMODE(info.st_mode)
    if info.st_uid not in (uid, 0):
        raise IndexUnsafe(
            f"refusing the index at {root}: its folder {folder} belongs to "
            f"{other_user(info.st_uid)}, who could replace the index; "
            "use --index with a folder of your own"
        )
    if info.st_mode & _OTHERS_WRITE and not info.st_mode & stat.S_ISVTX:
        raise IndexUnsafe(
            f"refusing the index at {root}: its folder {folder} can be written by "
            f"other users (mode {mode:o}), who could replace the index; "
            f"make it yours only (chmod go-w {folder}) or use --index with a folder of your own"
        )


def refuse_unless_ours(path: Path, info: os.stat_result, uid: int) -> None:
    """The index root, its version folder and their files: ours or root's, and writable
    by nobody else (not even with the sticky bit: others could add files).

    Nothing stored runs code when read (:mod:`mhbrief.safepickle`), but whoever can
    write the index can alter what it answers: quotes, speakers, citations."""
    what = "folder" if stat.S_ISDIR(info.st_mode) else "file"
    if info.st_uid not in (uid, 0):
        raise IndexUnsafe(
            f"refusing the index at {path}: the {what} belongs to {other_user(info.st_uid)}, "
            "who could have altered what the index answers (mhbrief reads only an index "
            "nobody else can write); use --index with a folder of your own, or delete this one"
        )
    if info.st_mode & _OTHERS_WRITE:
        raise IndexUnsafe(
            f"refusing the index at {path}: the {what} is writable by other users "
            f"(mode {stat.S_IMODE(info.st_mode):o}), who could have altered what the index "
            f"answers; make it yours only (chmod go-w {path}) or use --index with a folder "
            "of your own"
        )


def owner_of(path: Path) -> int | None:
    """The uid that owns ``path`` (not followed), None when it cannot be seen."""
    try:
        return os.stat(path, follow_symlinks=False).st_uid
    except OSError:
        return None


def not_open_to_you(index_dir: Path, exc: PermissionError) -> IndexUnsafe:
    """What to do about an index folder the current user may not read (most often
    another user's index): a refusal that says what to do, not a bare EACCES."""
    denied = Path(exc.filename) if exc.filename else index_dir
    owner = owner_of(denied)
    if owner is None or owner == os.geteuid():
        fix = f"let yourself in (chmod u+rwx {denied}) or use --index with a folder of your own"
        return IndexUnsafe(
            f"cannot read the index at {index_dir}: the folder {denied} is not open to you "
            f"(permission denied); {fix}"
        )
    return IndexUnsafe(
        f"cannot read the index at {index_dir}: the folder {denied} belongs to "
        f"{other_user(owner)}, and is not open to you (permission denied); an index is "
        "never shared between users: use --index with a folder of your own"
    )


Refuse = Callable[[Path, os.stat_result, int], None]


def open_checked(
    folder: Path,
    *,
    strict: int = 2,
    create: bool = False,
    above: bool = True,
    refuse: Refuse = refuse_unless_ours,
) -> CheckedDir:
    """Open ``folder`` one folder at a time from ``/``, checking each before going in.

    The last ``strict`` folders (an index root and its version folder) must be ours
    alone (``refuse``, by default :func:`refuse_unless_ours`), every one above them
    (unless not ``above``) ours or root's and writable by nobody else unless sticky.
    ``create`` makes missing folders, mode 0700 whatever the umask. Raises
    :class:`IndexUnsafe` (or what ``refuse`` raises), or ``OSError`` (a missing
    folder: ``FileNotFoundError``).
    """
    target = Path(os.path.realpath(folder))
    parts = target.parts
    uid = os.geteuid()
    root = Path(*parts[: max(len(parts) - strict + 1, 1)])
    fd = os.open(parts[0], _DIR_FLAGS)
    try:
        current = Path(parts[0])
        for depth, name in enumerate(parts[1:], start=1):
            if above and depth <= len(parts) - strict:
                _refuse_on_the_way(current, os.fstat(fd), uid, root)
            child = _open_child(fd, name, create=create, shown=current / name, root=root)
            os.close(fd)
            fd, current = child, current / name
            if depth >= len(parts) - strict:
                refuse(current, os.fstat(fd), uid)
    except BaseException:
        os.close(fd)
        raise
    return CheckedDir(fd, folder)


def _open_child(parent: int, name: str, *, create: bool, shown: Path, root: Path) -> int:
    try:
        try:
            return os.open(name, _DIR_FLAGS, dir_fd=parent)
        except FileNotFoundError:
            if not create:
                raise
            with contextlib.suppress(FileExistsError):
                os.mkdir(name, 0o700, dir_fd=parent)
                made = os.open(name, _DIR_FLAGS, dir_fd=parent)
                os.fchmod(made, 0o700)
                return made
            return os.open(name, _DIR_FLAGS, dir_fd=parent)
    except PermissionError as exc:  # named in full: the caller says what to do about it
        raise PermissionError(exc.errno, exc.strerror, str(shown)) from exc
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR):
            raise IndexUnsafe(
                f"refusing {root}: {shown} is not a folder any more "
                "(replaced by a link or a file while it was checked)"
            ) from exc
        raise


def check_entries(handle: CheckedDir, skip: frozenset[str] = frozenset()) -> None:
    """Every file in the checked folder is ours (or root's) and writable by nobody else."""
    uid = os.geteuid()
    try:
        entries = list(os.scandir(handle.fd))
    except OSError:
        return
    for entry in entries:
        if entry.name in skip:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue  # removed by a commit meanwhile
        refuse_unless_ours(handle.shown / entry.name, info, uid)
