"""Fixtures of the overlay tests: the emulator and the client of each flavour come from
tests/conftest.py; ``resolve`` and ``collect`` from tests/support.py (re-exported here for the
modules that import them from this file)."""

from __future__ import annotations

from ..support import collect as collect
from ..support import resolve as resolve
