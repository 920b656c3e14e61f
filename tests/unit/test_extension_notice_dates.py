"""The English extension notice names the month in English, whatever the machine's locale
(Qt sets the process locale to the user's, e.g. Vietnamese): a fixed month table, as in
the acknowledgement, never strftime's %B."""

from __future__ import annotations

import locale
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from clb4u_desk.domain.deadlines import extension_notice
from clb4u_desk.domain.rights import Right

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SOURCES = Path("/usr/share/i18n/locales/vi_VN")
# Locales whose month names are not English, tried in turn.
FOREIGN = (
    "vi_VN.UTF-8",
    "vi_VN.utf8",
    "vi_VN",
    "de_DE.UTF-8",
    "de_DE.utf8",
    "fr_FR.UTF-8",
    "fr_FR.utf8",
    "es_ES.UTF-8",
    "ru_RU.UTF-8",
)


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_is_named_in_english_with_a_plain_day(month: int) -> None:
    notice = extension_notice(Right.ACCESS, date(2026, month, 5), "Nhiều hệ thống")
    assert f"until the end of 5 {MONTHS[month - 1]} 2026. " in notice.text_en
    assert "05/" in notice.text_vi  # the Vietnamese one keeps dd/mm/yyyy


def _try_foreign(names: tuple[str, ...]) -> str | None:
    """Switch LC_TIME to the first of ``names`` with non-English month names."""
    for name in names:
        try:
            locale.setlocale(locale.LC_TIME, name)
        except locale.Error:
            continue
        if date(2026, 3, 5).strftime("%B") != "March":
            return name
    return None


@pytest.fixture
def foreign_time_locale(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    saved = locale.setlocale(locale.LC_TIME)
    try:
        name = _try_foreign(FOREIGN)
        if name is None and shutil.which("localedef") and SOURCES.is_file():
            # None installed (a bare container): build a Vietnamese one for this test.
            folder = tmp_path_factory.mktemp("locales")
            built = subprocess.run(
                ["localedef", "-i", "vi_VN", "-f", "UTF-8", str(folder / "vi_VN.UTF-8")],
                capture_output=True,
                check=False,
                timeout=120,
            )
            if built.returncode in (0, 1):  # 1: built, with warnings
                monkeypatch.setenv("LOCPATH", str(folder))
                name = _try_foreign(("vi_VN.UTF-8",))
        if name is None:
            pytest.skip("no non-English locale is installed or can be built here")
        yield name
    finally:
        locale.setlocale(locale.LC_TIME, saved)


def test_the_month_stays_english_under_a_foreign_locale(foreign_time_locale: str) -> None:
    notice = extension_notice(Right.ERASURE, date(2026, 3, 23), "Reason")
    assert "until the end of 23 March 2026. " in notice.text_en, foreign_time_locale
