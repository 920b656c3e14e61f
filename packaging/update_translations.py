"""Update the translation sources and compile them.

Run: ``uv run python packaging/update_translations.py``

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate()`` string
   under ``clb4u_desk/gui``, and every ``QT_TRANSLATE_NOOP()`` message of a domain error
   in the rest of the package (domain, services, adapters, policies, ``app.py``, ...; see
   ``clb4u_desk.domain.errors``), into ``resources/translations/clb4u_desk_<lang>.ts``,
   keeping existing translations, marking new strings unfinished and dropping removed ones.
2. English is the source language: its file translates every string to itself, so this
   script fills it in. Vietnamese entries are translated by people (Qt Linguist, or any
   editor); ``tests/gui/test_translations.py`` fails while one is unfinished.
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads. The ``.qm``
   files are committed, so a fresh checkout runs without this step.

``--check`` changes nothing and exits 1 when the ``.ts`` or ``.qm`` files are out of date.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The whole package: the GUI's tr() strings and the domain errors' messages, which are
# raised outside the GUI (without Qt) and translated by it when shown.
SOURCES = ROOT / "clb4u_desk"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("vi", "en")
SOURCE_LANGUAGE = "en"


def tool(name: str) -> str:
    """A Qt tool from the environment that runs this script (the project's venv)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; run this with 'uv run python {Path(__file__).name}'")
    return found


def ts_path(directory: Path, language: str) -> Path:
    return directory / f"clb4u_desk_{language}.ts"


def run_lupdate(ts_files: list[Path]) -> None:
    sources = sorted(str(path) for path in SOURCES.rglob("*.py"))
    # Locations are left out so that moving code around does not change the .ts files.
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources,
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            *map(str, ts_files),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )


def fill_identity(path: Path) -> int:
    """Translate every unfinished message of the source language to itself."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = source
        else:
            translation.text = source
        del translation.attrib["type"]
        filled += 1
    if filled:
        # lupdate writes <?xml?> and <!DOCTYPE TS>; keep the same header.
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return filled


def set_language_attribute(path: Path, language: str) -> None:
    tree = ET.parse(path)
    root = tree.getroot()
    if root.get("language") == language and root.get("sourcelanguage") == SOURCE_LANGUAGE:
        return
    root.set("language", language)
    root.set("sourcelanguage", SOURCE_LANGUAGE)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )


def update(directory: Path) -> list[Path]:
    """Update the .ts and .qm files in ``directory``; returns the .ts files."""
    ts_files = [ts_path(directory, language) for language in LANGUAGES]
    for language, path in zip(LANGUAGES, ts_files, strict=True):
        if not path.exists():
            path.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}" '
                f'sourcelanguage="{SOURCE_LANGUAGE}"></TS>\n',
                encoding="utf-8",
            )
    run_lupdate(ts_files)
    for language, path in zip(LANGUAGES, ts_files, strict=True):
        set_language_attribute(path, language)
        if language == SOURCE_LANGUAGE:
            fill_identity(path)
        run_lrelease(path, path.with_suffix(".qm"))
    return ts_files


def check() -> int:
    """1 if running the update would change any committed file."""
    with tempfile.TemporaryDirectory() as temp:
        scratch = Path(temp)
        for path in TRANSLATIONS.glob("clb4u_desk_*.*"):
            shutil.copy2(path, scratch / path.name)
        update(scratch)
        stale = [
            path.name
            for path in sorted(scratch.iterdir())
            if not (TRANSLATIONS / path.name).exists()
            or not filecmp.cmp(path, TRANSLATIONS / path.name, shallow=False)
        ]
    if stale:
        print(f"out of date: {', '.join(stale)}; run packaging/update_translations.py")
        return 1
    print("translations are up to date")
    return 0


def unfinished(path: Path) -> int:
    return sum(1 for t in ET.parse(path).iter("translation") if t.get("type") == "unfinished")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args()
    if args.check:
        return check()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for path in update(TRANSLATIONS):
        left = unfinished(path)
        note = f"{left} unfinished: translate them and run this again" if left else "complete"
        print(f"{path.relative_to(ROOT)}: {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
