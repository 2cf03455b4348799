"""The Vétélevage tab as a package of panels: the visits review, the products to map, the
clinic catalogue, the acts, export and reconciliation, and the mapping dialog; each panel
shows read models from ``app.integrations.vetelevage.views`` and calls the workflows."""

from __future__ import annotations

from app.ui.vetelevage.tab import VetelevageTab

__all__ = ["VetelevageTab"]
