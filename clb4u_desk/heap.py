"""The app's heap: what lives as long as the app is kept out of the collector's way."""

from __future__ import annotations

import gc


def freeze_long_lived_objects() -> None:
    """Keep what lives as long as the app (modules, services, the main window) out of
    the cyclic garbage collector's full passes.

    A full pass holds the GIL while it walks every tracked object, so when a worker's
    big load (a 10,000-record profile) happened to trigger one, the GUI thread stood
    still for 100+ ms. Frozen objects are skipped: a pass then walks only what was
    made since, a few milliseconds' work.
    """
    gc.collect()
    gc.freeze()
