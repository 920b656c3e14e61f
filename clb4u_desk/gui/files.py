"""Saving a file the agent chose, through Qt's QSaveFile: the GUI's one atomic writer.

QSaveFile writes to a temporary file beside the target, syncs it and renames it over
the target on commit (keeping a replaced file's permissions), so a failure or a crash
never leaves half a file behind. Outside the GUI, :mod:`clb4u_desk.adapters.files` does
the same. Safe in a worker thread (the QSaveFile lives and dies there).
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile


def save_file(path: Path, content: bytes) -> None:
    """Replace ``path`` with ``content`` in one step; raises OSError (with Qt's reason)
    and leaves ``path`` untouched when it cannot."""
    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise _error(file, path)
    if file.write(content) != len(content):
        error = _error(file, path)
        file.cancelWriting()
        file.commit()  # after cancelWriting: removes the temporary file, keeps path
        raise error
    if not file.commit():
        raise _error(file, path)


def _error(file: QSaveFile, path: Path) -> OSError:
    # The reason only: callers show it, and the path may hold a person's name.
    reason = file.errorString().replace(str(path), "").replace(path.name, "").strip()
    return OSError(errno.EIO, reason or "error")
