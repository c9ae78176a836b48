"""Fixtures of the batch tests: an emulator per module, clients of each flavour, helpers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from mistral_workflows import AsyncWorkflows, Workflows, _flow
from mistral_workflows_emulator import EmulatorOptions, RunningEmulator, running_emulator

from ..conftest import FLAVOURS
from ._support import API_KEY


@pytest.fixture(scope="module")
def emulator() -> Iterator[RunningEmulator]:
    with running_emulator(EmulatorOptions(speed=20.0)) as emu:
        yield emu


@pytest.fixture(autouse=True)
def _clean_emulator(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "emulator" in request.fixturenames:
        emu: RunningEmulator = request.getfixturevalue("emulator")
        emu.reset_faults()
        emu.options.batch_cap = 100


@pytest.fixture(params=FLAVOURS)
def flavour(request: pytest.FixtureRequest) -> str:
    """Which client a mock-transport test uses."""
    return str(request.param)


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry waits are recorded instead of slept."""
    slept: list[float] = []

    async def async_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(_flow, "sync_sleep", slept.append)
    monkeypatch.setattr(_flow, "async_sleep", async_sleep)
    return slept


@pytest.fixture
def wf(emulator: RunningEmulator) -> Iterator[Workflows]:
    """A sync client, also used to set up executions for the async tests."""
    with Workflows(api_key=API_KEY, base_url=emulator.base_url) as client:
        yield client


@pytest.fixture(params=FLAVOURS)
async def any_client(
    request: pytest.FixtureRequest, emulator: RunningEmulator
) -> AsyncIterator[Workflows | AsyncWorkflows]:
    """The same test with ``Workflows`` and with ``AsyncWorkflows``."""
    if request.param == "sync":
        with Workflows(api_key=API_KEY, base_url=emulator.base_url) as client:
            yield client
    else:
        async with AsyncWorkflows(api_key=API_KEY, base_url=emulator.base_url) as aclient:
            yield aclient
