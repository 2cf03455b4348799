"""The table-model base: columns declared once, the in-memory model, the background pager."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass
from typing import Any

import pytest

from app.core.qt import Qt, QtCore, QtGui, QtWidgets
from app.ui.models.table import Column, Page, PagedModel, TableModel, offset_pages

pytestmark = pytest.mark.ui


@dataclass
class Animal:
    name: str
    weight: float
    ill: bool = False


class Upper(QtCore.QTranslator):
    """A translator that upper-cases what it translates in one context (a stand-in for a .qm)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return source.upper() if context == "Farm" else ""


def animal_columns() -> list[Column[Animal]]:
    return [
        Column("Name", key="name", context="Farm", tooltip=lambda a: f"the animal {a.name}"),
        Column("Weight", key="weight", format=lambda w: f"{w:.1f} kg", align_right=True),
        Column("State", lambda a: "ill" if a.ill else "well", colour=lambda a: "#b00020" if a.ill else None),
    ]


def test_columns_declare_text_alignment_tooltip_colour_and_translated_titles(
    qapp: Any, qtmodeltester: Any
) -> None:
    model = TableModel(animal_columns())
    model.set_rows([Animal("Marguerite", 612.25), Animal("Noiraude", 540, ill=True)])
    qtmodeltester.check(model)
    assert [model.index(1, c).data() for c in range(3)] == ["Noiraude", "540.0 kg", "ill"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "the animal Marguerite"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) == QtGui.QColor("#b00020")
    assert model.index(1, 0).data(Qt.ItemDataRole.UserRole) is model.record(1)
    # A title with a context is translated when the header is drawn; one without is shown as given.
    translator = Upper()
    qapp.installTranslator(translator)
    try:
        assert model.headerData(0, Qt.Orientation.Horizontal) == "NAME"
        assert model.headerData(1, Qt.Orientation.Horizontal) == "Weight"
    finally:
        qapp.removeTranslator(translator)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_keys_read_mappings_and_tuples_and_edits_are_signalled(qtmodeltester: Any) -> None:
    model: TableModel[dict[str, Any]] = TableModel(
        [Column("Code", key="code", editable=True), Column("Missing", key="nope")]
    )
    model.set_rows([{"code": "A1"}, {"code": None}])
    qtmodeltester.check(model)
    assert (
        model.index(0, 0).data() == "A1" and model.index(1, 0).data() == "" and model.index(0, 1).data() == ""
    )
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    edits: list[tuple[int, int, object]] = []
    model.edited.connect(lambda r, c, v: edits.append((r, c, v)))
    assert model.setData(model.index(1, 0), "B2") and not model.setData(model.index(1, 1), "x")
    assert edits == [(1, 0, "B2")]


def test_append_is_one_signal_per_batch() -> None:
    model = TableModel(animal_columns())
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.append_rows([Animal(f"A{i}", i) for i in range(500)])
    model.append_rows([])
    model.append_rows([Animal("last", 1)])
    assert inserted == [(0, 499), (500, 500)] and model.rowCount() == 501
    model.remove_row(0)
    model.remove_row(999)
    assert model.rowCount() == 500 and model.record(0).name == "A1"


class Source:
    """A paged source whose answers the test releases one by one."""

    def __init__(self, name: str, pages: int, size: int = 3) -> None:
        self.name, self.pages, self.size = name, pages, size
        self.asked: list[int] = []
        self.gates: dict[int, asyncio.Event] = {}
        self.fail_once: set[int] = set()

    def gate(self, page: int) -> asyncio.Event:
        return self.gates.setdefault(page, asyncio.Event())

    async def fetch(self, page: int) -> Page[Animal]:
        self.asked.append(page)
        await self.gate(page).wait()
        if page in self.fail_once:
            self.fail_once.discard(page)
            raise ConnectionError("down")
        rows = [Animal(f"{self.name}{page}.{i}", i) for i in range(self.size)]
        return Page(rows, page + 1 if page < self.pages else None, total=self.pages * self.size)


async def test_pages_load_on_demand_in_batches(qtmodeltester: Any) -> None:
    model = PagedModel(animal_columns())
    source = Source("a", pages=3)
    for page in (1, 2, 3):
        source.gate(page).set()
    inserted: list[tuple[int, int]] = []
    totals: list[int] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.total_changed.connect(totals.append)
    model.set_source(source.fetch, 1)
    assert model.loading and not model.canFetchMore()  # one load at a time
    await model.wait_idle()
    assert model.rowCount() == 3 and model.total == 9 and totals == [9] and source.asked == [1]
    assert model.canFetchMore()
    model.fetchMore()
    await model.wait_idle()
    qtmodeltester.check(model)  # the tester scrolls: it may load the last page itself
    await model.wait_idle()
    model.fetchMore()
    await model.wait_idle()
    assert model.rowCount() == 9 and not model.canFetchMore() and source.asked == [1, 2, 3]
    assert inserted == [(0, 2), (3, 5), (6, 8)]  # one insert signal per page, never one per row


async def test_an_older_request_is_dropped() -> None:
    model = PagedModel(animal_columns())
    old, new = Source("old", pages=2), Source("new", pages=1)
    model.set_source(old.fetch, 1)
    await asyncio.sleep(0)  # the old request is on its way
    assert old.asked == [1]
    first_generation = model.generation
    model.set_source(new.fetch, 1)
    assert model.generation == first_generation + 1
    new.gate(1).set()
    await model.wait_idle()
    old.gate(1).set()  # too late: its task was cancelled and its answer would be dropped
    await asyncio.sleep(0)
    assert [a.name for a in model.rows] == ["new1.0", "new1.1", "new1.2"]
    assert not model.loading and not model.canFetchMore()


async def test_a_stale_answer_that_still_arrives_is_dropped() -> None:
    """Even when the old fetch ignores cancellation and returns, its rows never land."""
    model = PagedModel(animal_columns())
    released = asyncio.Event()

    async def stubborn(_cursor: Any) -> Page[Animal]:
        try:
            await released.wait()
        except asyncio.CancelledError:
            await released.wait()  # finishes anyway
        return Page([Animal("stale", 1)], None, total=1)

    model.set_source(stubborn, 0)
    await asyncio.sleep(0)
    stale_task = model._task
    new = Source("fresh", pages=1)
    new.gate(1).set()
    model.set_source(new.fetch, 1)
    await model.wait_idle()
    released.set()
    assert stale_task is not None
    await asyncio.wait([stale_task])
    assert [a.name for a in model.rows] == ["fresh1.0", "fresh1.1", "fresh1.2"] and model.total == 3


async def test_a_failed_page_waits_for_retry() -> None:
    model = PagedModel(animal_columns())
    source = Source("a", pages=2)
    source.fail_once.add(2)
    for page in (1, 2):
        source.gate(page).set()
    errors: list[object] = []
    model.failed.connect(errors.append)
    model.set_source(source.fetch, 1)
    await model.wait_idle()
    model.fetchMore()
    await model.wait_idle()
    assert len(errors) == 1 and isinstance(errors[0], ConnectionError)
    assert not model.loading and not model.canFetchMore()  # no new request on every scroll
    model.retry()
    await model.wait_idle()
    assert model.rowCount() == 6 and source.asked == [1, 2, 2]


async def test_clear_and_no_source() -> None:
    model = PagedModel(animal_columns())
    assert not model.canFetchMore() and model.rowCount() == 0
    source = Source("a", pages=1)
    source.gate(1).set()
    model.set_source(source.fetch, 1)
    await model.wait_idle()
    model.clear()
    assert model.rowCount() == 0 and model.total is None and not model.loading and not model.canFetchMore()


async def test_offset_pages_read_in_a_worker_thread_with_the_count_once() -> None:
    data = [Animal(f"n{i}", i) for i in range(450)]
    threads: set[int] = set()
    counted: list[int] = []

    def rows(offset: int, limit: int) -> list[Animal]:
        threads.add(threading.get_ident())
        return data[offset : offset + limit]

    def count() -> int:
        counted.append(1)
        return len(data)

    model = PagedModel(animal_columns())
    model.set_source(offset_pages(rows, count, batch=200), 0)
    await model.wait_idle()
    assert model.rowCount() == 200 and model.total == 450
    while model.canFetchMore():
        model.fetchMore()
        await model.wait_idle()
    assert [a.name for a in model.rows] == [a.name for a in data]
    assert counted == [1] and threading.get_ident() not in threads


async def test_load_reads_in_a_worker_thread_and_the_latest_wins() -> None:
    model = TableModel(animal_columns())
    release_old = threading.Event()
    threads: list[int] = []
    seen: list[int] = []

    def old() -> list[Animal]:
        release_old.wait(5)
        return [Animal("old", 1)]

    def new() -> list[Animal]:
        threads.append(threading.get_ident())
        return [Animal("new", 1), Animal("newer", 2)]

    model.load(old, then=lambda rows: seen.append(len(rows)))
    model.load(new, then=lambda rows: seen.append(len(rows)))
    await asyncio.sleep(0)
    release_old.set()
    await model.wait_loaded()
    assert [a.name for a in model.rows] == ["new", "newer"] and seen == [2]
    assert threads and threading.get_ident() not in threads
    errors: list[object] = []
    model.failed.connect(errors.append)

    def broken() -> list[Animal]:
        raise OSError("disk")

    model.load(broken)
    await model.wait_loaded()
    assert len(errors) == 1 and isinstance(errors[0], OSError) and model.rowCount() == 2


def test_load_without_a_running_loop_reads_at_once() -> None:
    model = TableModel(animal_columns())
    model.load(lambda: [Animal("now", 1)], then=lambda rows: None)
    assert [a.name for a in model.rows] == ["now"]


async def test_load_async_cancels_the_older_load_and_drops_its_answer() -> None:
    model = TableModel(animal_columns())
    started, released = asyncio.Event(), asyncio.Event()

    async def stubborn() -> list[Animal]:
        started.set()
        try:
            await released.wait()
        except asyncio.CancelledError:
            await released.wait()  # finishes anyway, late
        return [Animal("stale", 1)]

    async def fresh() -> list[Animal]:
        return [Animal("fresh", 1)]

    model.load_async(stubborn())
    await started.wait()
    model.load_async(fresh())
    released.set()
    await model.wait_loaded()
    assert [a.name for a in model.rows] == ["fresh"]


class _Delegate(QtWidgets.QStyledItemDelegate):
    """What a view's delegate reads of a cell to paint it (through ``multiData``)."""

    def shown(self, index: QtCore.QModelIndex) -> tuple[str, bool, str]:
        option = QtWidgets.QStyleOptionViewItem()
        self.initStyleOption(option, index)
        right = bool(option.displayAlignment & Qt.AlignmentFlag.AlignRight)
        return option.text, right, option.palette.color(QtGui.QPalette.ColorRole.Text).name()


def test_a_cell_is_painted_from_one_call_and_formatted_once(qapp: Any) -> None:
    formatted: list[float] = []

    def weight(w: float) -> str:
        formatted.append(w)
        return f"{w:.1f} kg"

    columns = [*animal_columns()[:1], Column("Weight", key="weight", format=weight, align_right=True)]
    columns.append(animal_columns()[2])
    model = TableModel(columns)
    model.set_rows([Animal("Marguerite", 612.25), Animal("Noiraude", 540, ill=True)])
    delegate = _Delegate()
    assert delegate.shown(model.index(1, 1))[:2] == ("540.0 kg", True)
    assert delegate.shown(model.index(1, 2))[0] == "ill"
    assert delegate.shown(model.index(1, 2))[2] == "#b00020"
    for _ in range(3):  # painted again and again: formatted once
        assert delegate.shown(model.index(1, 1))[0] == "540.0 kg"
    assert formatted == [540]
    one = QtCore.QModelRoleData(int(Qt.ItemDataRole.DisplayRole))
    model.index(0, 0).multiData(one)
    assert one.data() == "Marguerite"


def test_kept_texts_follow_changes_edits_and_new_rows(qapp: Any) -> None:
    names = {"1": "Marguerite"}
    model: TableModel[dict[str, Any]] = TableModel(
        [Column("Name", lambda r: names.get(r["id"], "?")), Column("Code", key="code", editable=True)]
    )
    model.set_rows([{"id": "1", "code": "A"}, {"id": "2", "code": "B"}])
    assert [model.index(r, 0).data() for r in range(2)] == ["Marguerite", "?"]
    names["2"] = "Noiraude"  # a name that arrived: the model says so with dataChanged
    model.dataChanged.emit(model.index(1, 0), model.index(1, 1), [Qt.ItemDataRole.DisplayRole])
    assert model.index(1, 0).data() == "Noiraude"
    model.edited.connect(lambda row, _c, value: model.rows[row].update(code=value))
    assert model.setData(model.index(0, 1), "Z")
    assert model.index(0, 1).data() == "Z"
    model.set_rows([{"id": "2", "code": "C"}])
    assert [model.index(0, c).data() for c in range(2)] == ["Noiraude", "C"]
    model.rows[0] = {"id": "1", "code": "D"}  # another record in the row: formatted again
    assert model.index(0, 0).data() == "Marguerite"
    model.remove_row(0)
    model.append_rows([{"id": "1", "code": "E"}])
    assert model.index(0, 1).data() == "E"
