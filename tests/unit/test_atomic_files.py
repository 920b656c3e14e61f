"""The one atomic file writer outside the GUI: all of the new content or none of it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from clb4u_desk.adapters import files
from clb4u_desk.adapters.files import (
    PRIVATE,
    leftover_stagings,
    publish,
    stage,
    write_atomically,
)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_is_private_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "copy.pdf"
    write_atomically(target, b"%PDF")
    assert target.read_bytes() == b"%PDF"
    if os.name == "posix":
        assert _mode(target) == PRIVATE
        shared = tmp_path / "shared.txt"
        write_atomically(shared, b"x", mode=0o644)
        assert _mode(shared) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["copy.pdf", *(["shared.txt"] if os.name == "posix" else [])]
    )


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert _mode(target) == 0o640


def test_a_failure_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copy.pdf"
    target.write_bytes(b"old")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", fail)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["copy.pdf"]


def test_a_live_staging_is_no_leftover_and_publish_never_overwrites(tmp_path: Path) -> None:
    staging = stage(tmp_path, {"a.pdf": b"%PDF", "b.json": b"{}"})
    with staging:
        # Another issue into the same folder must not take it for a killed one's.
        assert leftover_stagings(tmp_path) == []
    assert leftover_stagings(tmp_path) == [staging.path]
    (tmp_path / "b.json").write_bytes(b"earlier")
    with pytest.raises(FileExistsError):
        publish(staging.path, tmp_path)
    assert (tmp_path / "b.json").read_bytes() == b"earlier"
    (tmp_path / "b.json").unlink()
    assert publish(staging.path, tmp_path) == [tmp_path / "b.json"]  # a.pdf moved already
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.json"]
