"""Fixtures of the overlay tests: one emulator per module, and a client of each flavour."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from mistral_workflows import AsyncWorkflows, Workflows
from mistral_workflows_emulator import EmulatorOptions, running_emulator

from ..conftest import FLAVOURS

#: Fast enough for tests, slow enough that a running execution stays running for a while.
SPEED = 20.0


@pytest.fixture(scope="module")
def emulator() -> Iterator[Any]:
    with running_emulator(EmulatorOptions(speed=SPEED)) as emu:
        yield emu


@pytest.fixture(autouse=True)
def _clean_faults(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "emulator" in request.fixturenames:
        request.getfixturevalue("emulator").reset_faults()


@pytest.fixture(params=FLAVOURS)
async def any_client(
    request: pytest.FixtureRequest, emulator: Any
) -> AsyncIterator[Workflows | AsyncWorkflows]:
    """The same test, once with ``Workflows`` and once with ``AsyncWorkflows``."""
    if request.param == "sync":
        with Workflows(api_key="test-key", base_url=emulator.base_url) as wf:
            yield wf
    else:
        async with AsyncWorkflows(api_key="test-key", base_url=emulator.base_url) as awf:
            yield awf


async def resolve(value: Any) -> Any:
    """Await ``value`` if the async client returned a coroutine."""
    return await value if inspect.isawaitable(value) else value


async def collect(items: Any) -> list[Any]:
    """Every item of a sync or async iterator."""
    if hasattr(items, "__aiter__"):
        return [item async for item in items]
    return list(items)
