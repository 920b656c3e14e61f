"""Benchmarks for the case queue as the agent sees it: the lazy Qt model and a real table
view over 100,000 cases (run:
``uv run pytest tests/benchmarks/test_bench_queue_gui.py --benchmark-only``).

The cases are the ones ``test_bench_queue.py`` bulk-inserts (same fixture, both
databases). Measured end to end, through the TaskRunner's thread pool and the Qt event
loop, as in the app:

- a filter change: ``set_filter`` until the new ids are in the model and the rows of
  the first visible page have arrived;
- a scroll to the end of all 100,000 cases: ``scrollToBottom`` until the rows of the
  last page have arrived.

Target: under 100 ms each. Timings never fail a test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QTableView
from pytest_benchmark.fixture import BenchmarkFixture

from clb4u_desk.domain.rights import Right
from clb4u_desk.gui.cases.queue_model import CaseQueueModel
from clb4u_desk.gui.tasks import TaskRunner
from clb4u_desk.services.cases.queue import QueueFilter, QueueService
from tests.benchmarks.test_bench_queue import CASES, queue  # noqa: F401 - the 100,000 cases
from tests.gui.helpers import RecordingPresenter

ALL = QueueFilter(states=frozenset())
# Filter changes an agent makes, taken in turn so that every round is a real change.
FILTERS = (
    QueueFilter(),
    QueueFilter(right=Right.ERASURE),
    QueueFilter(overdue=True),
    QueueFilter(due_within_days=7),
    QueueFilter(assignee_id=7),
)


def _wait(model: CaseQueueModel, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the event loop until ``condition`` holds, checked whenever the model hears back.

    One ``exec`` rather than a loop of ``processEvents`` calls: PySide6 6.12 on Python
    3.11 drops a reference to None on every call of a void Qt function from Python, and
    a few thousand such calls abort the interpreter ("deallocating None").
    """
    if condition():
        return
    loop = QEventLoop()

    def check(*_args: object) -> None:
        if condition():
            loop.quit()

    model.ids_loaded.connect(check)
    model.page_loaded.connect(check)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(int(timeout * 1000))
    loop.exec()
    model.ids_loaded.disconnect(check)
    model.page_loaded.disconnect(check)
    if not condition():
        raise TimeoutError("the queue did not answer in time")


class QueueView:
    """A model and a table view as the queue page sets them up."""

    def __init__(self, service: QueueService) -> None:
        self.presenter = RecordingPresenter()
        self.runner = TaskRunner(presenter=self.presenter)
        self.model = CaseQueueModel(service, self.runner)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.resize(1000, 700)  # about 28 rows: one page on screen
        self.view.show()

    def first_row_loaded(self) -> bool:
        return (
            not self.model.loading_ids
            and self.model.rowCount() > 0
            and self.model.is_page_loaded(0)
        )

    def last_row_loaded(self) -> bool:
        last = self.model.rowCount() - 1
        return self.model.is_page_loaded(self.model.page_of(last))

    def close(self) -> None:
        self.view.close()
        self.view.deleteLater()
        self.runner.shutdown()
        assert not self.presenter.crashes
        assert not self.presenter.domain_errors


@pytest.fixture
def queue_view(qapp: QApplication, queue: QueueService) -> Iterator[QueueView]:  # noqa: F811
    shown = QueueView(queue)
    yield shown
    shown.close()


def test_bench_filter_change(benchmark: BenchmarkFixture, queue_view: QueueView) -> None:
    """New ids in the model and the first visible page of rows shown."""
    turn = iter(range(1_000_000))

    def change() -> int:
        queue_view.model.set_filter(FILTERS[next(turn) % len(FILTERS)])
        _wait(queue_view.model, queue_view.first_row_loaded)
        return queue_view.model.rowCount()

    change()  # warm-up: connections opened, statements prepared
    benchmark.pedantic(change, rounds=25, iterations=1)  # type: ignore[no-untyped-call]
    # Each round fetched ids and one screen of rows, never the whole list.
    assert queue_view.model.cached_rows <= 2 * 100
    assert queue_view.model.index(0, 0).data().startswith("DSR-")


def test_bench_scroll_to_the_end(benchmark: BenchmarkFixture, queue_view: QueueView) -> None:
    """All 100,000 cases: scrolled to the bottom and the last page of rows shown."""
    model, view = queue_view.model, queue_view.view

    def reload() -> tuple[tuple[object, ...], dict[str, object]]:
        # Fresh ids and an empty cache each round, the view back at the top.
        view.scrollToTop()
        model.set_filter(ALL)
        _wait(queue_view.model, queue_view.first_row_loaded)
        return (), {}

    def scroll() -> None:
        view.scrollToBottom()
        _wait(queue_view.model, queue_view.last_row_loaded)

    reload()
    assert model.rowCount() == CASES
    benchmark.pedantic(scroll, setup=reload, rounds=25, iterations=1)  # type: ignore[no-untyped-call]
    last = model.rowCount() - 1
    assert model.index(last, 0).data().startswith("DSR-")
    # Only the first and last pages were fetched: nothing in between.
    assert model.cached_rows <= 2 * 100
