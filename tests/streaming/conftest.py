"""Fixtures of the streaming tests: the emulator, clients of both flavours, recorded sleeps."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest

from mistral_workflows import AsyncExecutionHandle, AsyncWorkflows, ExecutionHandle, Workflows, _flow
from mistral_workflows_emulator import EmulatorOptions, RunningEmulator, running_emulator

from ..conftest import FLAVOURS
from ._support import BASE_URL, EXECUTION_ID, FRAME_STYLES, FakeServer, FrameStyle, current_style

Handle = ExecutionHandle | AsyncExecutionHandle
Client = Workflows | AsyncWorkflows


@pytest.fixture(scope="module")
def emulator() -> Iterator[RunningEmulator]:
    with running_emulator(EmulatorOptions(speed=200.0)) as emu:
        yield emu


@pytest.fixture(autouse=True)
def _clean_faults(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "emulator" in request.fixturenames:
        request.getfixturevalue("emulator").reset_faults()


@pytest.fixture(params=FLAVOURS)
def flavour(request: pytest.FixtureRequest) -> str:
    flavour: str = request.param
    return flavour


@pytest.fixture
async def client(flavour: str, emulator: RunningEmulator) -> AsyncIterator[Client]:
    """A client of the emulator, once per flavour."""
    if flavour == "sync":
        with Workflows(api_key="test-key", base_url=emulator.base_url) as wf:
            yield wf
    else:
        async with AsyncWorkflows(api_key="test-key", base_url=emulator.base_url) as awf:
            yield awf


@pytest.fixture
async def fake(flavour: str) -> AsyncIterator[Callable[[FakeServer], Handle]]:
    """``fake(server)``: a handle on execution ``ex-1`` of a scripted server (MockTransport)."""
    opened: list[Client] = []

    def connect(server: FakeServer) -> Handle:
        transport = httpx.MockTransport(server)
        if flavour == "sync":
            wf = Workflows(api_key="k", http_client=httpx.Client(transport=transport, base_url=BASE_URL))
            opened.append(wf)
            return wf.execution(EXECUTION_ID)
        awf = AsyncWorkflows(
            api_key="k", http_client=httpx.AsyncClient(transport=transport, base_url=BASE_URL)
        )
        opened.append(awf)
        return awf.execution(EXECUTION_ID)

    yield connect
    for wf in opened:
        if isinstance(wf, AsyncWorkflows):
            await wf.api.get_async_httpx_client().aclose()
        else:
            wf.api.get_httpx_client().close()


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every delay the drivers were asked to sleep, recorded instead of waited."""
    recorded: list[float] = []

    async def record_async(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(_flow, "sync_sleep", recorded.append)
    monkeypatch.setattr(_flow, "async_sleep", record_async)
    return recorded


@pytest.fixture(params=FRAME_STYLES, ids=str)
def frame_style(request: pytest.FixtureRequest) -> Iterator[FrameStyle]:
    """Runs a test once per frame style (name and line ending) that ``frame()`` writes."""
    style: FrameStyle = request.param
    current_style.style = style
    yield style
    current_style.style = FrameStyle()
