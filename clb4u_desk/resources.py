"""Where the shipped resources (fonts, translations, policies, holidays) are found.

From a source checkout they sit in the top-level ``resources/`` folder; in a wheel they
are packed as ``clb4u_desk/_resources``; in a PyInstaller build they sit beside the
executable's bundle (``sys._MEIPASS``). The first that exists wins.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    candidates = [
        _PACKAGE_DIR / "_resources",
        _PACKAGE_DIR.parent / "resources",
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("The application's resources folder is missing; reinstall the app.")


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
