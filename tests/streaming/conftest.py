"""Fixtures of the streaming tests: a faster emulator, scripted servers, frame styles (the
client of each flavour and the recorded sleeps come from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest

from mistral_workflows import AsyncExecutionHandle, AsyncWorkflows, ExecutionHandle, Workflows
from mistral_workflows_emulator import EmulatorOptions

from ._support import BASE_URL, EXECUTION_ID, FRAME_STYLES, FakeServer, FrameStyle, current_style

Handle = ExecutionHandle | AsyncExecutionHandle
Client = Workflows | AsyncWorkflows


@pytest.fixture(scope="module")
def emulator_options() -> EmulatorOptions:
    return EmulatorOptions(speed=200.0)


@pytest.fixture
def client(any_client: Client) -> Client:
    """A client of the emulator, once per flavour."""
    return any_client


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


#: The frame style the real service writes: the one ``make test-fast`` keeps; the rest of the
#: matrix (a thousand and more resume tests, each quick) runs in the whole suite only.
SERVICE_STYLE = FrameStyle("workflow.event", "\n")


@pytest.fixture(
    params=[
        pytest.param(style, id=str(style), marks=() if style == SERVICE_STYLE else pytest.mark.slow)
        for style in FRAME_STYLES
    ]
)
def frame_style(request: pytest.FixtureRequest) -> Iterator[FrameStyle]:
    """Runs a test once per frame style (name and line ending) that ``frame()`` writes."""
    style: FrameStyle = request.param
    current_style.style = style
    yield style
    current_style.style = FrameStyle()
