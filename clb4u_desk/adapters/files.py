"""Writing a file so that no reader ever sees half of it: the one atomic writer outside the
GUI (the GUI writes through Qt's QSaveFile, which does the same).

The bytes go to a temporary file in the target's own folder (a rename is only atomic
within one file system), are flushed and synced to the disk, and the temporary file is
renamed over the target. The folder is synced too, so the rename itself survives a power
cut (POSIX; Windows has no folder sync and makes the rename durable by itself).

Permissions: a file that is replaced keeps its mode (as QSaveFile does); a new file gets
``mode``, by default :data:`PRIVATE` (owner only): what this app writes is personal data
or sits beside secrets, and the temporary file is created with that mode, so it is never
readable by others even for a moment. (The umask is not consulted: reading it means
changing it, for every thread of the process.)

A set of files that must appear together, and only once something else has been done (a
data copy appears only once its record is committed), is *staged*: written into a hidden
folder beside the targets (:func:`stage`), then moved into place (:func:`publish`). A
process that dies before the move leaves only the hidden folder, which the next caller
finds with :func:`leftover_stagings` and either publishes or discards. While a staging
is in use its lock file is held (``flock`` on POSIX; on Windows the open handle keeps the
folder from being deleted), so a second process never takes a live staging for a
leftover.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Mapping
from contextlib import suppress
from pathlib import Path
from typing import IO

STAGING_PREFIX = ".clb4u-partial-"
_LOCK_NAME = ".lock"

PRIVATE = 0o600
"""Owner read and write only: for files that hold or sit beside secrets."""


def write_atomically(path: Path, content: bytes, *, mode: int = PRIVATE) -> None:
    """Replace ``path`` with ``content`` in one step; on any failure ``path`` is untouched
    and no temporary file is left behind."""
    folder = path.parent
    wanted = _existing_mode(path) or mode
    handle, temporary_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    temporary = Path(temporary_name)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        if wanted != PRIVATE:  # mkstemp made it PRIVATE
            os.chmod(temporary, wanted)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(folder)


def sync_folder(folder: Path) -> None:
    """Make the renames in ``folder`` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _existing_mode(path: Path) -> int | None:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return None


# --------------------------------------------------------------------------- staging


class Staging:
    """A staging folder, locked until :meth:`close` (or the end of a ``with`` block)."""

    def __init__(self, path: Path, lock: IO[bytes]) -> None:
        self.path = path
        self._lock = lock

    def close(self) -> None:
        self._lock.close()

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def stage(folder: Path, contents: Mapping[str, bytes]) -> Staging:
    """Write ``contents`` (name -> bytes) into a new hidden staging folder in ``folder``,
    synced to the disk and locked; on any failure the staging folder is removed.

    What happens to the staging next is the caller's: :func:`publish` or :func:`discard`,
    then :meth:`Staging.close`."""
    path = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))  # mode 0o700
    lock: IO[bytes] | None = None
    try:
        lock = open(path / _LOCK_NAME, "wb")  # noqa: SIM115 - held until close()
        _lock(lock)
        for name, content in contents.items():
            _write_new(path / name, content)
        sync_folder(path)
        sync_folder(folder)
    except BaseException:
        if lock is not None:
            lock.close()
        discard(path)
        raise
    return Staging(path, lock)


def publish(staging: Path, folder: Path) -> list[Path]:
    """Move every staged file into ``folder`` under its own name, never over an existing
    file, then remove the staging folder. Returns the files moved. Safe to call again
    after an interruption: what was moved already is no longer in the staging."""
    moved: list[Path] = []
    for source in sorted(_staged_files(staging)):
        target = folder / source.name
        if target.exists():
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
        _move(source, target)
        moved.append(target)
    sync_folder(folder)
    discard(staging)
    return moved


def discard(staging: Path) -> None:
    """Remove a staging folder and what it holds."""
    shutil.rmtree(staging, ignore_errors=True)
    if os.name == "posix" and staging.parent.exists():
        with suppress(OSError):
            sync_folder(staging.parent)


def staged_files(staging: Path) -> dict[str, bytes]:
    """The files a staging holds (name -> content)."""
    return {path.name: path.read_bytes() for path in _staged_files(staging)}


def leftover_stagings(folder: Path) -> list[Path]:
    """Staging folders in ``folder`` that no running process holds: left by one that
    died (or was killed) between :func:`stage` and :func:`publish`."""
    found: list[Path] = []
    for candidate in sorted(folder.glob(f"{STAGING_PREFIX}*")):
        if candidate.is_dir() and not _held(candidate):
            found.append(candidate)
    return found


def _staged_files(staging: Path) -> list[Path]:
    return [p for p in staging.iterdir() if p.name != _LOCK_NAME and p.is_file()]


def _write_new(path: Path, content: bytes) -> None:
    """Write a new file (never an existing one), flushed and synced to the disk."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, PRIVATE)
    with os.fdopen(descriptor, "wb") as file:
        file.write(content)
        file.flush()
        os.fsync(file.fileno())


def _move(source: Path, target: Path) -> None:
    os.replace(source, target)


def _lock(file: IO[bytes]) -> None:
    if os.name == "posix":
        import fcntl

        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _held(staging: Path) -> bool:
    """Whether a live process holds the staging's lock."""
    lock = staging / _LOCK_NAME
    if os.name != "posix":
        # Windows: a file another process holds open cannot be removed.
        try:
            lock.unlink(missing_ok=True)
        except PermissionError:
            return True
        return False
    import fcntl

    try:
        file = open(lock, "rb")  # noqa: SIM115
    except FileNotFoundError:
        return False  # died before locking: a leftover
    with file:
        try:
            fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(file.fileno(), fcntl.LOCK_UN)
        return False
