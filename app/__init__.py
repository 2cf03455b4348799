"""Passerelle: a desktop companion linking a clinic to Vétélevage, Provet Cloud, Omnidoc and TOTVS."""

from __future__ import annotations

import time as _time

__version__ = "0.1.0"
STARTED_AT = _time.perf_counter()  # start-up time is measured from here
APP_NAME = "Passerelle"
APP_ID = "passerelle"
