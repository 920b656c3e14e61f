"""Test-wide setup. Qt must be told to run offscreen before it is imported anywhere."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
