"""Issue 15 item 11: every tab, sub-page and dialog of the demo, in French and in Brazilian
Portuguese, with failures switched on (the Demo menu's outages, an invalid Omnidoc form, a
failing connection test), shows no English source text and no internal identifier.

The walk drives the window as a user would (tabs clicked, menu entries triggered, buttons
clicked, dialogs opened non-modally) and keeps the GUI-thread SQL guard on; it waits on the
app's own tasks and jobs, never on a fixed delay. The rules are in tests/i18n/walker.py.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.core import tasks as core_tasks
from app.core.qt import QtCore, QtGui, QtWidgets
from tests.i18n.walker import Shown, problems, shown_texts
from tests.waiting import wait_until

pytestmark = pytest.mark.ui

# Data the demo shows on purpose, whatever the UI's language (each with its reason): a text
# matched whole by one of these is never a failure.
ALLOWED = [
    re.compile(p)
    for p in (
        r".*\bd_[0-9a-f]{12}\b.*",  # an Omnidoc draft id (Omnidoc's own identifier, quoted)
        r".*\bHTTPS_PROXY\b.*",  # the environment variable IT sets, named in the proxy hint
        r"(Bilan sanitaire|Visite) d'\w+.*",  # the demo clinic's own act labels, as it typed them
    )
]
# Places whose texts are data, not sentences: the About dialog's table of components (names,
# versions such as 2.2, licences such as LGPL-3.0).
PLACES = [re.compile(p) for p in (r"AboutDialog/QTreeWidget cell \d+,[12]$",)]


def _seed(ctx: Any, server: Any) -> None:
    """The demo's sample data, put in from a worker thread as the app does after its first paint
    (the test's loop must not run the seeding coroutines: they are not the window's work)."""
    import asyncio as aio

    from app.ops.demo import seed_demo

    errors: list[BaseException] = []

    def run() -> None:
        try:
            aio.run(seed_demo(ctx, server))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=run, name="demo-seed")
    thread.start()
    thread.join(300)
    assert not thread.is_alive() and not errors, errors


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, Any]]:
    """The whole demo (every sandbox, sample data) in a throwaway folder, the window's
    translations read from a copy (a .qm recompiled meanwhile by scripts/i18n.py is not this run's)."""
    import shutil

    from app.core.resources import resource
    from app.ops.demo import start_demo
    from app.ui import i18n as ui_i18n

    copy = tmp_path / "translations"
    shutil.copytree(resource("translations"), copy)
    monkeypatch.setattr(
        ui_i18n,
        "resource",
        lambda *parts: copy.joinpath(*parts[1:]) if parts[0] == "translations" else resource(*parts),
    )

    ctx, server = start_demo(tmp_path / "demo")
    try:
        _seed(ctx, server)
        yield ctx, server
    finally:
        ctx.close()
        server.stop()


def _busy(ctx: Any) -> bool:
    return bool(ctx.jobs.running) or any(g.running() for g in list(core_tasks._groups))


async def settle(ctx: Any, quiet_turns: int = 30, timeout: float = 60.0) -> None:
    """Until no widget task and no job has run for ``quiet_turns`` turns of the loop in a row (a
    finished read may start the next one from a zero-delay timer)."""
    quiet = [0]

    def calm() -> bool:
        quiet[0] = 0 if _busy(ctx) else quiet[0] + 1
        return quiet[0] >= quiet_turns

    await wait_until(calm, timeout=timeout, what="the window's reads and jobs to finish")


class Walk:
    """Collects what the window and its dialogs show, page by page."""

    def __init__(self, window: Any, ctx: Any) -> None:
        self.window = window
        self.ctx = ctx
        self.seen: list[Shown] = []

    def read(self, root: QtWidgets.QWidget, label: str) -> None:
        if os.environ.get("WALK_TRACE"):
            print("walk:", label, file=sys.stderr, flush=True)
        self.seen.extend(Shown(s.text, f"[{label}] {s.where}") for s in shown_texts(root))

    async def tabs_of(
        self, root: QtWidgets.QWidget, label: str, inside: QtWidgets.QWidget | None = None
    ) -> None:
        """``root`` read once loaded, then every page of every tab widget under ``inside`` (or
        ``root``), each shown and read once loaded."""
        await settle(self.ctx)
        self.read(root, label)
        for tabs in (inside or root).findChildren(QtWidgets.QTabWidget):
            if not tabs.isVisible():
                continue
            start = tabs.currentIndex()
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                await settle(self.ctx)
                self.read(tabs.widget(index), f"{label} › {tabs.tabText(index)}")
            tabs.setCurrentIndex(start)

    async def main_tabs(self, label: str) -> None:
        tabs = self.window.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            await self.tabs_of(self.window, f"{label} {tabs.tabText(index)}", tabs.widget(index))

    async def dialog(self, opened: QtWidgets.QWidget | None, label: str) -> QtWidgets.QWidget:
        """Read a dialog opened by the app (non-modally) and every page of it."""
        assert opened is not None, f"{label}: no dialog opened"
        await wait_until(opened.isVisible, what=f"{label} shown")
        await self.tabs_of(opened, label)
        return opened


def _dialogs() -> list[QtWidgets.QDialog]:
    return [
        w
        for w in QtWidgets.QApplication.topLevelWidgets()
        if isinstance(w, QtWidgets.QDialog) and w.isVisible()
    ]


def opened_by(trigger: Any) -> QtWidgets.QDialog:
    """The dialog that ``trigger()`` (a click, a menu entry) opened."""
    before = set(_dialogs())
    trigger()
    new = [d for d in _dialogs() if d not in before]
    assert len(new) == 1, f"{trigger}: {len(new)} dialogs opened"
    return new[0]


def _menu_action(window: QtWidgets.QMainWindow, source: str, context: str = "MainWindow") -> QtGui.QAction:
    wanted = QtCore.QCoreApplication.translate(context, source)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            if action.text() == wanted:
                return action
    raise AssertionError(f"no menu entry {wanted!r}")


async def walk_everything(qtbot: QtBot, demo: tuple[Any, Any], lang: str) -> dict[str, str]:
    from app.integrations import available
    from app.ui.demo_menu import add_demo_menu
    from app.ui.i18n import install
    from app.ui.main_window import MainWindow

    ctx, server = demo
    app = QtWidgets.QApplication.instance()
    assert app is not None
    install(app, lang)
    window = MainWindow(ctx, available())
    qtbot.addWidget(window)
    menu = add_demo_menu(window, server)
    window.show()
    walk = Walk(window, ctx)
    try:
        # 1. Every tab and sub-page with the demo data.
        await walk.main_tabs("demo")
        # 2. The dialogs of the menus.
        for source in ("&Connections…", "Storage and backups…", "&About Passerelle"):
            dialog = await walk.dialog(opened_by(_menu_action(window, source).trigger), source)
            if source == "&Connections…":
                await connection_tests(walk, dialog)
                opening_hours_shown(walk, dialog)
            assert dialog is not None
            dialog.close()
        # 3. The dialogs and forms of the tabs, and an Omnidoc form typed wrong.
        await tab_dialogs(walk)
        await invalid_omnidoc_form(walk)
        # 4. Failures: every simulator down, then every tab again.
        for action in menu.actions():
            action.setChecked(True)
        await demo_runs_done(window, ctx)
        await walk.main_tabs("outage")
        dialog = await walk.dialog(
            opened_by(_menu_action(window, "&Connections…").trigger), "Connections (outage)"
        )
        assert dialog is not None
        await connection_tests(walk, dialog)
        dialog.close()
        await tab_dialogs(walk, outage=True)
        await omnidoc_prefill_fails(walk)
        await omnidoc_send_fails(walk)
        await actions_fail(walk)
        for action in menu.actions():
            action.setChecked(False)
        await demo_runs_done(window, ctx)
        await settle(ctx)
    finally:
        install(app, "en")
    return problems(walk.seen, lang, ALLOWED, PLACES)


async def demo_runs_done(window: Any, ctx: Any, timeout: float = 240.0) -> None:
    """Until the Demo menu's runs (every schedule of each integration, then a connection test)
    and the jobs they started have ended; on a timeout, say which are still running."""
    from app.ui.tasks import tasks_of

    try:
        await wait_until(lambda: not tasks_of(window).running() and not ctx.jobs.running, timeout=timeout)
    except AssertionError as exc:
        jobs = [getattr(j, "title", repr(j)) for j in ctx.jobs.running]
        tasks = [t.get_name() for t in tasks_of(window)]
        raise AssertionError(f"{exc}; jobs still running: {jobs}; demo tasks: {tasks}") from None


def _tab(window: Any, key: str) -> Any:
    window.tabs.setCurrentIndex(window.tab_index[key])
    return window.tabs.currentWidget()


async def tab_dialogs(walk: Walk, outage: bool = False) -> None:
    """The dialogs a tab opens: mapping, set aside, change mapping, new prescription (sent
    empty), the retry preview of Needs attention, the shared-database dialog."""
    window, ctx = walk.window, walk.ctx
    when = "outage" if outage else "demo"
    vet = _tab(window, "vetelevage")
    vet.tabs.setCurrentWidget(vet.unmapped)
    await settle(ctx)
    await _read_and_close(walk, vet.unmapped.open_mapping(), f"{when} mapping dialog")
    vet.tabs.setCurrentWidget(vet.visits)
    await settle(ctx)
    vet.visits.view.selectRow(0)
    await settle(ctx)
    walk.read(vet, f"{when} visit selected")
    await _read_and_close(walk, vet.visits.set_aside_selected(), f"{when} set aside")
    for row in range(vet.visits.source_model.rowCount()):
        vet.visits.source_view.selectRow(row)
        if vet.visits.change_button.isEnabled():
            await _read_and_close(walk, vet.visits.change_mapping(), f"{when} change mapping")
            break
    saude = _tab(window, "totvs_saude")
    await settle(ctx)
    dialog = saude.new_prescription()
    await settle(ctx)
    dialog.send_button.click()
    await settle(ctx)
    await _read_and_close(walk, dialog, f"{when} new prescription sent empty")
    attention = _tab(window, "attention")
    await settle(ctx)
    attention.view.selectAll()
    attention.retry_selected()
    await settle(ctx)
    walk.read(attention, f"{when} retry asked")
    preview = getattr(attention, "_dialog", None)
    if not outage:  # the demo holds one honest item to send again (an Omnidoc request)
        assert preview is not None and preview.isVisible(), "the demo offers no item to retry"
        resend = preview.resend_text.toPlainText()
        assert resend.startswith("Omnidoc — ") and "(" in resend, resend
    if preview is not None and preview.isVisible():
        await _read_and_close(walk, preview, f"{when} retry preview")
    if not outage:
        connections = opened_by(_menu_action(window, "&Connections…").trigger)
        for button in connections.findChildren(QtWidgets.QPushButton):
            if button.text() == QtCore.QCoreApplication.translate(
                "SharedDatabaseDialog", "Use a shared clinic database…"
            ):
                connections.open_section("database")
                await _read_and_close(walk, opened_by(button.click), "shared database dialog")
                break
        else:
            raise AssertionError("no shared-database button in Connections")
        connections.close()


async def _read_and_close(walk: Walk, dialog: QtWidgets.QWidget | None, label: str) -> None:
    opened = await walk.dialog(dialog, label)
    assert opened is not None
    opened.close()
    await settle(walk.ctx)


def _type(widget: QtWidgets.QWidget, text: str) -> None:
    """Select what the field holds and type ``text`` over it, key by key."""
    widget.setFocus()
    QtBot.keyClick(widget, QtCore.Qt.Key.Key_A, QtCore.Qt.KeyboardModifier.ControlModifier)
    QtBot.keyClick(widget, QtCore.Qt.Key.Key_Delete)
    if text:
        QtBot.keyClicks(widget, text)


async def invalid_omnidoc_form(walk: Walk) -> None:
    """Wrong NIR, RPPS and birth date typed in the Omnidoc form: the messages beside the fields."""
    omnidoc = _tab(walk.window, "omnidoc")
    omnidoc.tabs.setCurrentIndex(0)
    await settle(walk.ctx)
    for name, text in (
        ("patient_nir", "1 80 01 75 108 001 00"),
        ("recipient_rpps", "1234"),
        ("patient_birth_date", "31/02/1990"),
        ("patient_first_name", "Jeanne"),
    ):
        _type(omnidoc.inputs[name], text)
    await settle(walk.ctx)
    walk.read(omnidoc, "Omnidoc invalid form")
    _type(omnidoc.inputs["patient_birth_date"], "1990-03-12")
    await settle(walk.ctx)
    walk.read(omnidoc, "Omnidoc ISO birth date")


async def omnidoc_prefill_fails(walk: Walk) -> None:
    """The Omnidoc form's "Fill from Provet" while Provet Cloud is down: the failure in its bar."""
    omnidoc = _tab(walk.window, "omnidoc")
    omnidoc.tabs.setCurrentIndex(0)
    await settle(walk.ctx)
    if not omnidoc.provet_button.isVisible():
        return
    _type(omnidoc.provet_id, "1")
    omnidoc.provet_button.click()
    await wait_until(omnidoc.provet_button.isEnabled, timeout=60, what="the Provet prefill to end")
    await settle(walk.ctx)
    walk.read(omnidoc, "Omnidoc prefill while Provet is down")


async def omnidoc_send_fails(walk: Walk) -> None:
    """A valid Omnidoc form sent ("Create draft with files") while Omnidoc is down: its failure."""
    omnidoc = _tab(walk.window, "omnidoc")
    omnidoc.tabs.setCurrentIndex(0)
    await settle(walk.ctx)
    for name, text in (
        ("patient_first_name", "Jeanne"),
        ("patient_last_name", "Dupuis"),
        ("patient_birth_date", "02/04/1961"),
        ("recipient_rpps", "10002170750"),
        ("patient_nir", ""),
        ("text", "Avis dermatologique."),
    ):
        _type(omnidoc.inputs[name], text)
    await settle(walk.ctx)
    assert omnidoc.api_button.isEnabled(), "the Omnidoc form typed is not valid"
    omnidoc.api_button.click()
    await settle(walk.ctx)
    await wait_until(omnidoc.error_bar.isVisible, timeout=60, what="the Omnidoc failure")
    walk.read(omnidoc, "Omnidoc send while down")


async def actions_fail(walk: Walk) -> None:
    """What a user clicks while every service is down: Vétélevage import, a Provet search, a TOTVS
    Saúde search, a TOTVS RH load of changes; each tab read once its job has ended."""
    window, ctx = walk.window, walk.ctx
    from app.integrations.totvs.sandbox import DEMO_SUBSCRIBER

    vet = _tab(window, "vetelevage")
    await settle(ctx)
    vet.import_button.click()
    await settle(ctx)
    walk.read(vet, "Vétélevage import while down")
    assert _bar_shown(vet), "Vétélevage import while down: no message bar"
    provet = _tab(window, "provet")
    provet.tabs.setCurrentWidget(provet.browse)
    await settle(ctx)
    provet.browse.search_button.click()
    await settle(ctx)
    walk.read(provet, "Provet search while down")
    assert _bar_shown(provet), "Provet search while down: no message bar"
    saude = _tab(window, "totvs_saude")
    await settle(ctx)
    _type(saude.subscriber_edit, DEMO_SUBSCRIBER)
    saude.search_button.click()
    await settle(ctx)
    walk.read(saude, "TOTVS Saúde search while down")
    assert _bar_shown(saude), "TOTVS Saúde search while down: no message bar"
    rh = _tab(window, "totvs_rh")
    await settle(ctx)
    rh.incremental_button.click()
    await settle(ctx)
    walk.read(rh, "TOTVS RH load while down")
    walk.read(window, "status bar after the failures")


def opening_hours_shown(walk: Walk, dialog: Any) -> None:
    """The Operations page shows the opening hours as days to tick, named in the UI's language
    (never the settings' ``mon-fri 08:00-19:00``), with the demo's hours ticked; a wrong span is
    refused in words, and every text of the editor is read."""
    from app.core.settings import SECTIONS
    from app.ui.opening_hours_editor import OpeningHoursEditor

    dialog.open_section("ops")
    (editor,) = dialog.findChildren(OpeningHoursEditor)
    assert editor.isVisible()
    monday = QtCore.QLocale().standaloneDayName(1, QtCore.QLocale.FormatType.LongFormat)
    assert editor.rows[0].open.text().lower() == monday.lower() and editor.rows[0].open.isChecked()
    assert not editor.rows[6].open.isChecked()  # closed on Sunday
    assert editor.text() == walk.ctx.settings.ops.opening_hours
    row = editor.rows[1]
    row.times[1].setTime(QtCore.QTime(7, 0))  # closes before it opens
    walk.read(dialog, f"Connections › {dialog.pages_list.item(SECTIONS.index('ops')).text()} (wrong hours)")
    assert editor.problem() and editor.problem_label.text() == editor.problem()
    row.times[1].setTime(QtCore.QTime(19, 0))
    assert editor.problem() is None and editor.text() == walk.ctx.settings.ops.opening_hours


def _bar_shown(root: QtWidgets.QWidget) -> bool:
    """Whether a message bar (common.ErrorBar) under ``root`` says something: the walk saw the failure."""
    return any(bar.isVisible() for bar in root.findChildren(QtWidgets.QFrame, "errorBar"))


async def connection_tests(walk: Walk, dialog: Any) -> None:
    """Click every "Test connection" button of the Connections dialog and read each result."""
    for row in range(dialog.pages_list.count()):
        dialog.pages_list.setCurrentRow(row)
        page = dialog.pages.currentWidget()
        for button in page.findChildren(QtWidgets.QPushButton):
            if button.objectName().startswith("test."):
                section = button.objectName().removeprefix("test.")
                label = dialog.test_results[section]
                button.click()
                await wait_until(
                    lambda lb=label: (
                        lb.text()
                        and lb.text() != QtCore.QCoreApplication.translate("ConnectionsDialog", "Testing…")
                    ),
                    timeout=60,
                    what=f"the {section} connection test",
                )
        await settle(walk.ctx)
        walk.read(dialog, f"Connections › {dialog.pages_list.item(row).text()}")


# Known leftovers, each in an area another change is working on: (text pattern, where pattern,
# why). Strict: a leftover no longer shown fails the test too, so the list only shrinks. Empty
# today; e.g. ("[a-z]+(_[a-z]+)*_id", "WebhooksPage/QGroupBox/QListWidget", "Provet parameters").
KNOWN: dict[str, list[tuple[str, str, str]]] = {"fr": [], "pt_BR": []}


def leftovers(found: dict[str, str], lang: str) -> tuple[dict[str, str], list[str]]:
    """(the failures no known leftover explains, the known leftovers that no longer show)."""
    unknown = dict(found)
    gone = []
    for text, where, why in KNOWN[lang]:
        matched = [
            t for t, w in found.items() if re.fullmatch(text, t) and re.search(where, w.split(" — ", 1)[-1])
        ]
        for t in matched:
            unknown.pop(t, None)
        if not matched:
            gone.append(why)
    return unknown, gone


@pytest.mark.timeout(600)  # the whole demo, walked twice (with and without outages)
@pytest.mark.parametrize("lang", ["fr", "pt_BR"])
async def test_no_english_and_no_internal_code_anywhere(
    qtbot: QtBot, demo: tuple[Any, Any], lang: str
) -> None:
    found = await walk_everything(qtbot, demo, lang)
    unknown, gone = leftovers(found, lang)
    listing = "\n".join(f"  {text!r}: {why}" for text, why in sorted(unknown.items()))
    assert not unknown, f"{len(unknown)} texts still English or internal ({lang}):\n{listing}"
    assert not gone, f"fixed, remove from KNOWN: {gone}"
