"""The desktop user interface (the only package that imports Qt).

Where things are:

- ``launch.run_gui``: the app's start (workspace opened in the background, sign-in,
  main window).
- ``tasks.TaskRunner``: the one way to call a service; never call one on the GUI thread.
- ``pages.PAGES``: the main window's pages; a feature adds or replaces one entry there.
- ``errors``: domain-error message boxes and the crash dialog.
- ``i18n``: translations; every visible string goes through ``self.tr("...")`` or
  ``QCoreApplication.translate("Context", "...")`` with literal English text, then
  ``uv run python packaging/update_translations.py`` and translate the Vietnamese.

Widgets are built in code rather than loaded from Qt Designer ``.ui`` files, so that
mypy checks them and lupdate finds their strings.
"""
