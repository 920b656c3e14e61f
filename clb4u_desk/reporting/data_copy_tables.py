"""The record tables of the data copy: column widths, line wrapping, row heights, drawing.

One :class:`RecordTableLayout` per category measures the cells, chooses the column widths
and wraps each row; :meth:`RecordTableLayout.table` makes the flowable for a run of rows.
:func:`grid_style` is the shaded-header, banded look, for the small reportlab tables too.

Why the tables are built this way:

* Cells are plain strings, wrapped here into lines (:func:`wrap_text`) to column widths
  measured from the content; plain strings are drawn without markup parsing, several
  times faster than a Paragraph per cell, and need no escaping.
* ``PagedTable`` (in :func:`_paged_table_class`) splits page by page from precomputed row
  heights, repeats the header row on every page, and draws each page's rows in one text
  object. reportlab's ``LongTable`` re-measures and copies the remaining rows at every
  page break (quadratic) and draws each cell in its own text block: 10,000 rows took over
  7 s with it; this draws them in under 2 s.
* A record with a cell longer than :data:`MAX_CELL_LINES` lines cannot sit in a table row
  (a row cannot split across pages); :meth:`RecordTableLayout.wrap_row` says so, and the
  renderer shows it as a list instead. Nothing is truncated.

reportlab is imported on first use only, so importing this module stays cheap.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from clb4u_desk.reporting.data_copy_page import frame_width
from clb4u_desk.reporting.document import CategorySection, Language
from clb4u_desk.reporting.markup import visible_text

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

# --- type sizes and colours (points) ------------------------------------------------

CELL_SIZE = 7.5
CELL_LEADING = 9.2
CELL_PAD_X = 3.0
CELL_PAD_Y = 1.8
MAX_CELL_LINES = 24
"""A cell wrapping to more lines than this makes its record a list instead of a table row."""
FIT_SLACK = 0.01
"""Room a line may exceed its column by: a column sized to its widest cell loses a few
millionths of a point in ``width + pad - pad``, which must not wrap that cell."""

_BAND = "#F2F4F7"
_HEADER_BG = "#DCE3EC"
_RULE = "#8A96A6"


@dataclass(slots=True)
class RecordTableLayout:
    """Column widths for one category and the wrapped lines of each of its rows."""

    section: CategorySection
    header: list[str]
    header_height: float
    widths: list[float]
    cells: list[list[str]]  # visible text per row (with the record number first)
    cell_widths: list[list[float]]
    wrapped: dict[int, list[str]]
    heights: dict[int, float]
    measure: TextMeasure
    bold_measure: TextMeasure

    @property
    def bold_font(self) -> str:
        return self.bold_measure.font

    @classmethod
    def build(
        cls, section: CategorySection, lang: Language, regular_font: str, bold_font: str
    ) -> RecordTableLayout:
        measure, measure_bold = TextMeasure(regular_font), TextMeasure(bold_font)
        titles = ["#", *(visible_text(c.title(lang)) for c in section.columns)]
        cells = [
            [str(i + 1), *(visible_text(v) for v in row)]
            for i, row in enumerate(section.shown_rows)
        ]
        cell_widths = [[measure.widest_line(v) for v in row] for row in cells]
        widths = _column_widths(titles, cell_widths, measure_bold)
        header = [
            wrap_text(title, widths[j] - 2 * CELL_PAD_X + FIT_SLACK, measure_bold)
            for j, title in enumerate(titles)
        ]
        header_lines = max(len(lines) for lines in header)
        return cls(
            section,
            ["\n".join(lines) for lines in header],
            _row_height(header_lines),
            widths,
            cells,
            cell_widths,
            {},
            {},
            measure,
            measure_bold,
        )

    def wrap_row(self, index: int) -> list[str] | None:
        """The row's cells as wrapped plain strings, or None when a cell is too long."""
        out: list[str] = []
        lines = 1
        for j, (text, width) in enumerate(
            zip(self.cells[index], self.cell_widths[index], strict=True)
        ):
            room = self.widths[j] - 2 * CELL_PAD_X + FIT_SLACK
            if width <= room and "\n" not in text:
                out.append(text)
                continue
            if width > room * MAX_CELL_LINES:
                return None  # too long even before counting breaks
            cell = wrap_text(text, room, self.measure)
            if len(cell) > MAX_CELL_LINES:
                return None
            lines = max(lines, len(cell))
            out.append("\n".join(cell))
        self.wrapped[index] = out
        self.heights[index] = _row_height(lines)
        return out

    def table(self, indices: list[int]) -> Flowable:
        rows = [self.wrapped[i] for i in indices]
        heights = [self.heights[i] for i in indices]
        table: Flowable = _paged_table_class()(self, rows, heights, first_index=indices[0])
        return table


class TextMeasure:
    """String widths in the table font, remembered: dates, statuses and words repeat a lot."""

    def __init__(self, font: str) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.font = font
        self._string_width = stringWidth
        self._known: dict[str, float] = {}

    def __call__(self, text: str) -> float:
        width = self._known.get(text)
        if width is None:
            width = self._known[text] = float(self._string_width(text, self.font, CELL_SIZE))
        return width

    def widest_line(self, text: str) -> float:
        if "\n" in text:
            return max(self(line) for line in text.split("\n"))
        return self(text)


def _row_height(lines: int) -> float:
    return lines * CELL_LEADING + 2 * CELL_PAD_Y + 1.0  # + 1: room for descenders


def _column_widths(
    titles: list[str], cell_widths: list[list[float]], measure_bold: TextMeasure
) -> list[float]:
    """Widths that fit the frame: narrow columns get their natural width, wide ones share.

    The natural width is the widest cell (capped at the frame width); a column is never
    narrower than its heading on two lines (when all headings fit so; else than the
    longest word of its heading): a narrow column of short values under a heading of
    three words ("Mức thu nhập") would otherwise break the heading into a word per line.
    """
    avail = frame_width()
    pad = 2 * CELL_PAD_X
    minimum = [max(measure_bold(w) for w in (t.split() or [""])) + pad for t in titles]
    two_lines = [
        max(m, _two_line_width(t, measure_bold) + pad) for m, t in zip(minimum, titles, strict=True)
    ]
    if sum(two_lines) <= avail:
        minimum = two_lines
    natural = [
        min(avail, max((row[j] for row in cell_widths), default=0.0) + pad)
        for j in range(len(titles))
    ]
    want = [max(n, m) for n, m in zip(natural, minimum, strict=True)]
    # With room to spare, headings stay on one line too.
    roomy = [max(w, measure_bold(t) + pad) for w, t in zip(want, titles, strict=True)]
    if sum(roomy) <= avail:
        want = roomy
    total = sum(want)
    if total <= avail:  # everything fits on one line: spread the spare room over the data
        spare = (avail - total) / (total - want[0])
        return [want[0], *(w + w * spare for w in want[1:])]
    return _share(want, minimum, avail)


def _two_line_width(title: str, measure: TextMeasure) -> float:
    """The narrowest line that :func:`wrap_text` fits ``title`` on in at most two lines."""
    words = title.split()
    if len(words) < 2:
        return measure(title)
    widths = [measure(w) for w in words]
    space = measure(" ")

    def line(part: list[float]) -> float:
        return sum(part) + space * (len(part) - 1)

    return min(max(line(widths[:cut]), line(widths[cut:])) for cut in range(1, len(widths)))


def _share(want: list[float], minimum: list[float], avail: float) -> list[float]:
    widths: dict[int, float] = {}
    remaining = avail
    open_columns = set(range(len(want)))
    while open_columns:
        fair = remaining / len(open_columns)
        narrow = [j for j in open_columns if want[j] <= fair]
        if not narrow:
            break
        for j in narrow:
            widths[j] = want[j]
            remaining -= want[j]
            open_columns.discard(j)
    wide_total = sum(want[j] for j in open_columns)
    for j in open_columns:
        widths[j] = max(minimum[j], remaining * want[j] / wide_total)
    result = [widths[j] for j in range(len(want))]
    scale = min(1.0, avail / sum(result))  # headings alone too wide: shrink all alike
    return [w * scale for w in result]


def wrap_text(text: str, width: float, measure: TextMeasure) -> list[str]:
    """Greedy line breaking at spaces; a word wider than the line is broken anywhere."""
    lines: list[str] = []
    space = measure(" ")
    for paragraph in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for word in paragraph.split(" "):
            w = measure(word)
            extra = w + (space if current else 0.0)
            if used + extra <= width:
                current.append(word)
                used += extra
                continue
            if current:
                lines.append(" ".join(current))
            pieces = list(_break_word(word, width, measure)) if w > width else [word]
            lines.extend(pieces[:-1])
            current = [pieces[-1]]
            used = measure(pieces[-1])
        lines.append(" ".join(current))
    return lines


def _break_word(word: str, width: float, measure: TextMeasure) -> Iterator[str]:
    start = 0
    used = 0.0
    for i, ch in enumerate(word):
        w = measure(ch)
        if used + w > width and i > start:
            yield word[start:i]
            start, used = i, 0.0
        used += w
    yield word[start:]


def grid_style(rows: int, first_index: int, font: str) -> Any:
    """The table look: shaded header, banded rows; few commands, so cheap per page.

    ``font`` is the cells' font: a reportlab Table sets its cell font (Helvetica unless
    told) even where every cell is a Paragraph, which would put a font in the PDF that is
    not embedded and has no Vietnamese.
    """
    from reportlab.platypus import TableStyle

    # Keep the banding continuous across pages: the parity follows the record number.
    bands = ["white", _BAND] if first_index % 2 == 0 else [_BAND, "white"]
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), font, CELL_SIZE, CELL_LEADING),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), _HEADER_BG),
            ("ROWBACKGROUNDS", (0, 1), (-1, rows - 1), bands),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, _RULE),
            ("BOX", (0, 0), (-1, -1), 0.4, _RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
        ]
    )


@cache
def _paged_table_class() -> type[Any]:
    """The reportlab subclass, defined on first use so importing this module stays cheap."""
    from reportlab.platypus import Flowable as Base

    class PagedTable(Base):
        """Rows of one category that split page by page, each page a small Table with header.

        The rows arrive wrapped with their heights, so a split is a binary search over the
        running heights and costs nothing in proportion to the rows left.
        """

        def __init__(
            self,
            layout: RecordTableLayout,
            rows: list[list[str]],
            heights: list[float],
            first_index: int,
        ) -> None:
            super().__init__()
            self.layout, self.rows, self.heights = layout, rows, heights
            self.first_index = first_index
            self.tops = [0.0, *accumulate(heights)]
            self.width = sum(layout.widths)
            self.height = layout.header_height + self.tops[-1]

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            fits = bisect_right(self.tops, avail_height - self.layout.header_height) - 1
            if fits < 1:
                return []  # not even one row here: the frame moves us to the next page
            if fits >= len(self.rows):
                return [self]
            return [self._part(0, fits), self._part(fits, len(self.rows))]

        def _part(self, start: int, end: int) -> PagedTable:
            return PagedTable(
                self.layout, self.rows[start:end], self.heights[start:end], self.first_index + start
            )

        def draw(self) -> None:
            # Drawn directly rather than through a reportlab Table: one text object per page
            # instead of a BT/ET block per cell halves the drawing time of big tables.
            canvas, layout = self.canv, self.layout
            xs = [0.0, *accumulate(layout.widths)]
            top = self.height - layout.header_height
            canvas.saveState()
            self._draw_bands(top)
            text = canvas.beginText()
            text.setFont(layout.bold_font, CELL_SIZE, CELL_LEADING)
            self._draw_row(text, layout.header, self.height, xs, layout.bold_measure)
            text.setFont(layout.measure.font, CELL_SIZE, CELL_LEADING)
            for row, height in zip(self.rows, self.heights, strict=True):
                self._draw_row(text, row, top, xs, layout.measure)
                top -= height
            canvas.setFillColor("black")
            canvas.drawText(text)
            canvas.restoreState()

        def _draw_bands(self, top: float) -> None:
            canvas, width = self.canv, self.width
            canvas.setFillColor(_HEADER_BG)
            canvas.rect(0, top, width, self.layout.header_height, stroke=0, fill=1)
            canvas.setFillColor(_BAND)
            y = top
            for offset, height in enumerate(self.heights):
                y -= height
                if (self.first_index + offset) % 2:  # banding follows the record number
                    canvas.rect(0, y, width, height, stroke=0, fill=1)
            canvas.setStrokeColor(_RULE)
            canvas.setLineWidth(0.6)
            canvas.line(0, top, width, top)
            canvas.setLineWidth(0.4)
            canvas.rect(0, 0, width, self.height, stroke=1, fill=0)

        @staticmethod
        def _draw_row(
            text: Any, cells: Sequence[str], top: float, xs: list[float], measure: TextMeasure
        ) -> None:
            baseline = top - CELL_PAD_Y - CELL_SIZE
            for j, cell in enumerate(cells):
                if not cell:
                    continue
                if j == 0:  # record numbers, right-aligned
                    text.setTextOrigin(xs[1] - CELL_PAD_X - measure.widest_line(cell), baseline)
                else:
                    text.setTextOrigin(xs[j] + CELL_PAD_X, baseline)
                if "\n" in cell:
                    text.textLines(cell, trim=0)
                else:
                    text.textOut(cell)

    return PagedTable
