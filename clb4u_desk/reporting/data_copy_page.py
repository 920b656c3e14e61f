"""The data copy's pages: geometry, the furniture drawn on every page, and the outline.

* Page geometry: A4 with the margins below; :func:`frame_width` is the width the story
  flows in.
* :class:`Footer` is what every page shows: the header line, "Trang x / y" (or
  "Page x / y"), the case reference and the document fingerprint.
* :func:`canvas_maker` gives the canvas that holds pages back until the end, so that the
  page count is known when the footers are drawn, and writes the outline.
* :func:`bookmark` is a zero-size flowable that adds a PDF destination and an outline entry.

reportlab is imported on first use only, so importing this module stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

# --- page geometry (points) ---------------------------------------------------------

MM = 72 / 25.4
MARGIN_X = 15 * MM
MARGIN_TOP = 20 * MM
MARGIN_BOTTOM = 20 * MM


def frame_width() -> float:
    from reportlab.lib.pagesizes import A4

    return float(A4[0]) - 2 * MARGIN_X


# --- footer, outline and canvas -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Footer:
    left: str
    right: str
    header: str
    page: str
    font: str


def bookmark(key: str, title: str, level: int) -> Flowable:
    """A zero-size marker: a PDF destination ``key`` plus an outline entry at ``level``."""
    flowable: Flowable = _classes().bookmark(key, title, level)
    return flowable


def canvas_maker(footer: Footer) -> Callable[..., Any]:
    """The ``canvasmaker`` for ``SimpleDocTemplate.build``: numbered pages with ``footer``."""
    canvas_class = _classes().numbered_canvas

    def make_canvas(*args: Any, **kwargs: Any) -> Any:
        return canvas_class(*args, footer=footer, **kwargs)

    return make_canvas


@dataclass(frozen=True, slots=True)
class _Classes:
    bookmark: type[Any]
    numbered_canvas: type[Any]


@cache
def _classes() -> _Classes:
    """The reportlab subclasses, defined on first use so importing this module stays cheap."""
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable as Base

    class Bookmark(Base):
        """A zero-size marker: a PDF destination plus an outline (bookmark) entry."""

        def __init__(self, key: str, title: str, level: int) -> None:
            super().__init__()
            self.key, self.title, self.level = key, title, level
            self.width = self.height = 0

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            self.canv.bookmarkPage(self.key)
            self.canv.addOutlineEntry(self.title, self.key, self.level)

    class NumberedCanvas(Canvas):
        """A canvas that holds pages back until the end to print "page x / y" in one pass.

        Bookmarks are replayed when each page is really emitted: a destination refers to the
        page being written, which only exists then.
        """

        def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._footer = footer
            self._held_pages: list[dict[str, Any]] = []
            self._page_bookmarks: list[str] = []

        # Returns nothing: the destination is made when the held page is emitted (save).
        def bookmarkPage(self, key: str, **kwargs: Any) -> None:  # type: ignore[override]
            self._page_bookmarks.append(key)

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._page_bookmarks = []
            self._startPage()  # type: ignore[attr-defined]  # reportlab-internal, unstubbed

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                for key in self._page_bookmarks:
                    super().bookmarkPage(key)
                self._draw_furniture(total)
                super().showPage()
            self.showOutline()
            super().save()

        def _draw_furniture(self, total: int) -> None:
            from reportlab.lib.pagesizes import A4

            f = self._footer
            width, height = float(A4[0]), float(A4[1])
            self.saveState()
            self.setFont(f.font, 7.5)
            self.setFillColor("#555555")
            self.drawString(MARGIN_X, height - MARGIN_TOP + 14, f.header)
            baseline = MARGIN_BOTTOM - 22
            self.drawString(MARGIN_X, baseline, f.left)
            self.drawCentredString(
                width / 2, baseline, f.page.format(page=self.getPageNumber(), pages=total)
            )
            self.drawRightString(width - MARGIN_X, baseline, f.right)
            self.setStrokeColor("#BBBBBB")
            self.setLineWidth(0.4)
            self.line(MARGIN_X, baseline + 10, width - MARGIN_X, baseline + 10)
            self.restoreState()

    return _Classes(Bookmark, NumberedCanvas)
