"""Fixtures of the batch tests: a sync client to set executions up (the emulator, the client of
each flavour and the recorded sleeps come from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mistral_workflows import Workflows
from mistral_workflows_emulator import RunningEmulator


@pytest.fixture
def wf(emulator: RunningEmulator, api_key: str) -> Iterator[Workflows]:
    """A sync client, also used to set up executions for the async tests."""
    with Workflows(api_key=api_key, base_url=emulator.base_url) as client:
        yield client
