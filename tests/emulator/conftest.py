"""Fixtures of the emulator tests: one emulator per module, a generated client per test."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from mistral_workflows_api import AuthenticatedClient
from mistral_workflows_emulator import RunningEmulator, running_emulator

#: Workflow time runs 50 times faster: a countdown step of 1 s takes 20 ms.
SPEED = 50.0


@pytest.fixture(scope="module")
def emulator() -> Iterator[RunningEmulator]:
    with running_emulator(speed=SPEED) as emu:
        yield emu


@pytest.fixture
def client(emulator: RunningEmulator) -> Iterator[AuthenticatedClient]:
    emulator.reset_faults()
    with AuthenticatedClient(
        base_url=emulator.base_url, token="test-key", timeout=httpx.Timeout(30.0)
    ) as client:
        yield client
    emulator.reset_faults()


@pytest.fixture
def http(emulator: RunningEmulator) -> Iterator[httpx.Client]:
    """A raw client, for what the generated one cannot send (malformed bodies, odd headers)."""
    with httpx.Client(
        base_url=emulator.base_url,
        headers={"Authorization": "Bearer test-key"},
        timeout=httpx.Timeout(30.0),
    ) as http:
        yield http
