"""Shared fixtures of the TOTVS widget tests: the UI in Brazilian Portuguese, as a clerk sees it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.qt import QtWidgets


@pytest.fixture
def pt_br() -> Iterator[None]:
    """Install the pt_BR translation for the test, then put English back."""
    from app.ui.i18n import install

    app = QtWidgets.QApplication.instance()
    assert app is not None
    install(app, "pt_BR")
    try:
        yield
    finally:
        install(app, "en")
