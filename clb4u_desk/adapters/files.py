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
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

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
