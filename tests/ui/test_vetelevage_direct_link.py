"""The tab's web-directe link in SaaS mode opens the account chosen beside the button (issue 14 item 8)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.ui.vetelevage import VetelevageTab
from tests.waiting import wait_until as wait_for

pytestmark = [pytest.mark.ui, pytest.mark.e2e]


async def test_saas_link_lists_the_accounts_then_opens_the_chosen_one(
    qtbot: QtBot, vet_ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    vet_ctx.settings.vetelevage.mode = "saas"
    vet_ctx.settings.vetelevage.compte = "all"
    opened: list[str] = []
    monkeypatch.setattr(VetelevageTab, "_open_url", staticmethod(lambda url: opened.append(url or "")))
    tab = VetelevageTab(vet_ctx)
    qtbot.addWidget(tab)
    tab.show()
    await tab.wait_loaded()
    assert tab.link_account.isVisible() and tab.link_account.count() == 0
    tab.link_button.click()  # first: the linked accounts are listed, and the user is asked to choose
    await wait_for(lambda: tab.link_account.count() == 2)
    assert [tab.link_account.itemData(i) for i in range(2)] == ["C123", "C456"]
    assert "Monts d'Arrée (C456)" in tab.link_account.itemText(1)
    await wait_for(lambda: "Choose the account" in tab.error_bar.label.text())
    assert opened == []
    tab.link_account.setCurrentIndex(1)
    tab.link_button.click()
    await wait_for(lambda: bool(opened))
    assert "compte=C456" in opened[0]


async def test_veterinaire_mode_needs_no_account_choice(
    qtbot: QtBot, vet_ctx: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(VetelevageTab, "_open_url", staticmethod(lambda url: opened.append(url or "")))
    tab = VetelevageTab(vet_ctx)
    qtbot.addWidget(tab)
    tab.show()
    await tab.wait_loaded()
    assert not tab.link_account.isVisible()
    tab.link_button.click()
    await wait_for(lambda: bool(opened))
    assert "compte=C123" in opened[0]
