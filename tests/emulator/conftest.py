"""Fixtures of the emulator tests: one emulator per module (a local one, even in a live run:
it is what these tests test), a generated client and a raw one per test."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from mistral_workflows_api import AuthenticatedClient
from mistral_workflows_emulator import EmulatorOptions, RunningEmulator

#: Workflow time runs 50 times faster: a countdown step of 1 s takes 20 ms.
SPEED = 50.0


@pytest.fixture(scope="module")
def emulator_options() -> EmulatorOptions:
    return EmulatorOptions(speed=SPEED)


@pytest.fixture(scope="module")
def emulator(local_emulator: RunningEmulator) -> RunningEmulator:
    return local_emulator


@pytest.fixture
def client(emulator: RunningEmulator) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(
        base_url=emulator.base_url, token="test-key", timeout=httpx.Timeout(30.0)
    ) as client:
        yield client


@pytest.fixture
def http(emulator: RunningEmulator) -> Iterator[httpx.Client]:
    """A raw client, for what the generated one cannot send (malformed bodies, odd headers)."""
    with httpx.Client(
        base_url=emulator.base_url,
        headers={"Authorization": "Bearer test-key"},
        timeout=httpx.Timeout(30.0),
    ) as http:
        yield http
