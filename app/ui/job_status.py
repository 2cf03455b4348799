"""The status bar's view of running jobs: title, progress, cancel; several at once."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.core.jobs import Job, JobState
from app.core.qt import QtCore, QtWidgets
from app.ui.layouts import no_margins

if TYPE_CHECKING:
    from app.core.context import AppContext


class _JobRow(QtWidgets.QWidget):
    def __init__(self, job: Job[Any], parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        layout = no_margins(QtWidgets.QHBoxLayout(self))
        self.label = QtWidgets.QLabel(job.title, self)
        self.bar = QtWidgets.QProgressBar(self)
        self.bar.setMaximumWidth(140)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel = QtWidgets.QToolButton(self)
        self.cancel.setText("✕")
        self.cancel.setAutoRaise(True)
        self.cancel.setToolTip(self.tr("Cancel"))
        self.cancel.setEnabled(job.cancellable)
        self.cancel.clicked.connect(job.cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.refresh()

    def refresh(self) -> None:
        p = self.job.progress
        if p.total:
            self.bar.setRange(0, p.total)
            self.bar.setValue(min(p.done, p.total))
        else:
            self.bar.setRange(0, 0)  # busy indicator
        text = self.job.title + (f" — {p.text}" if p.text else "")
        self.label.setText(text)
        if self.job.cancel_requested:
            self.cancel.setEnabled(False)


class JobStatus(QtWidgets.QWidget):
    """Observes ``ctx.jobs``; listener calls may come from any coroutine, always on the Qt thread."""

    job_finished = QtCore.Signal(object)

    def __init__(self, ctx: AppContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[int, _JobRow] = {}
        self._layout = no_margins(QtWidgets.QHBoxLayout(self))
        ctx.jobs.subscribe(self._on_job)

    def _on_job(self, job: Job[Any]) -> None:
        row = self._rows.get(job.id)
        if job.state in (JobState.PENDING, JobState.RUNNING):
            if row is None:
                row = _JobRow(job, self)
                self._rows[job.id] = row
                self._layout.addWidget(row)
            row.refresh()
            return
        if row is not None:
            self._layout.removeWidget(row)
            row.deleteLater()
            del self._rows[job.id]
        self.job_finished.emit(job)

    @property
    def running_titles(self) -> list[str]:
        return [row.job.title for row in self._rows.values()]
