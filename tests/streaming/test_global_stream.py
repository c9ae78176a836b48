"""The global event stream (``wf.events.stream`` and ``handle.stream(include_children=True)``):
resumed through cuts and error frames with no event lost or repeated across a parent and its
children, by the emulator and by a scripted server (frames without ids, quiet closes, a root
terminated without an event of its own)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from mistral_workflows import AsyncWorkflows, StreamReconnectError, Workflows
from mistral_workflows_emulator import RunningEmulator

from ..support import collect, resolve
from ._support import (
    BASE_URL,
    EXECUTION_ID,
    Connection,
    FakeServer,
    error_frame,
    event_payload,
    frame,
    read_all,
)
from .conftest import Client

pytestmark = pytest.mark.anyio

TREE = {"children": 3, "n": 10, "interval": 0.005}


def _stored_sequences(events: list[Any]) -> list[int]:
    return [event.broker_sequence for event in events]


@pytest.mark.emulator_only
@pytest.mark.parametrize(
    "fault", [{"drop_sse_every": 3}, {"sse_error_every": 4}], ids=["cut-every-3", "error-frame-every-4"]
)
async def test_a_tree_through_cuts_loses_and_repeats_nothing(
    client: Client, emulator: RunningEmulator, sleeps: list[float], fault: dict[str, int]
) -> None:
    for option, value in fault.items():
        setattr(emulator.options, option, value)
    handle = await resolve(client.execute("parent", input=TREE))
    events = await read_all(handle.stream(include_children=True, max_reconnects=2))

    root = handle.execution_id
    stored = await collect(client.events.list(root_execution_id=root, page_size=50))
    assert len(stored) > 3 * 20  # the children's events, and the parent's
    assert _stored_sequences(events) == sorted(set(_stored_sequences(events)))
    assert [e.raw_data["event_id"] for e in events] == [e.event_id for e in stored]
    assert {e.raw_data["workflow_exec_id"] for e in events} == {root} | {
        f"{root}-child-{i}" for i in range(3)
    }
    assert events[-1].event_type == "WORKFLOW_EXECUTION_COMPLETED"
    assert events[-1].raw_data["workflow_exec_id"] == root
    requests = emulator.stats.requests_by_path[("GET", "/v1/workflows/events/stream")]
    assert requests >= len(events) // 4


@pytest.mark.emulator_only
async def test_the_global_stream_resumes_by_sequence_through_cuts(
    client: Client, emulator: RunningEmulator, sleeps: list[float]
) -> None:
    handle = await resolve(client.execute("parent", input=TREE))
    await resolve(handle.result(timeout=30))
    stored = await collect(client.events.list(root_execution_id=handle.execution_id))
    emulator.options.drop_sse_every = 5

    stream = client.events.stream(root_execution_id=handle.execution_id)
    events = await _read_n(stream, len(stored))
    assert [e.raw_data["event_id"] for e in events] == [e.event_id for e in stored]
    assert stream.last_event_id == events[-1].id


async def _read_n(stream: Any, count: int) -> list[Any]:
    """The first ``count`` items of a stream that does not end by itself; then it is closed."""
    items: list[Any] = []
    if hasattr(stream, "__aiter__"):
        async with stream:
            async for item in stream:
                items.append(item)
                if len(items) == count:
                    break
    else:
        with stream:
            for item in stream:
                items.append(item)
                if len(items) == count:
                    break
    return items


# ----- a scripted server --------------------------------------------------------------------------
def _child(sequence: int, event_type: str, child: str) -> dict[str, Any]:
    """An event of ``child``, a child of EXECUTION_ID, numbered by the global sequence."""
    payload = event_payload(sequence, event_type, execution_id=child)
    payload["workflow_context"].update(
        root_workflow_exec_id=EXECUTION_ID, parent_workflow_exec_id=EXECUTION_ID
    )
    payload["data"].update(root_workflow_exec_id=EXECUTION_ID, parent_workflow_exec_id=EXECUTION_ID)
    return payload


@pytest.fixture
async def scripted(flavour: str) -> AsyncIterator[Callable[[FakeServer], Client]]:
    """``scripted(server)``: a client of a scripted server (MockTransport)."""
    opened: list[Client] = []

    def connect(server: FakeServer) -> Client:
        transport = httpx.MockTransport(server)
        wf: Client
        if flavour == "sync":
            wf = Workflows(api_key="k", http_client=httpx.Client(transport=transport, base_url=BASE_URL))
        else:
            wf = AsyncWorkflows(
                api_key="k", http_client=httpx.AsyncClient(transport=transport, base_url=BASE_URL)
            )
        opened.append(wf)
        return wf

    yield connect
    for wf in opened:
        if isinstance(wf, AsyncWorkflows):
            await wf.api.get_async_httpx_client().aclose()
        else:
            wf.api.get_httpx_client().close()


async def test_frames_without_ids_resume_at_the_next_sequence(
    scripted: Callable[[FakeServer], Client], sleeps: list[float]
) -> None:
    server = FakeServer(
        [
            Connection([frame(event_payload(s), id="") for s in (7, 8)], error=httpx.ReadError("cut")),
            Connection(
                [
                    frame(event_payload(8), id=""),
                    frame(_child(9, "WORKFLOW_EXECUTION_COMPLETED", "kid"), id=""),
                ]
            ),
            Connection([error_frame("read_error")]),
            Connection([frame(event_payload(10, "WORKFLOW_EXECUTION_COMPLETED"), id="")]),
        ]
    )
    wf = scripted(server)
    stream = wf.execution(EXECUTION_ID).stream(include_children=True)
    events = await read_all(stream)

    assert [e.broker_sequence for e in events] == [7, 8, 9, 10]  # 8 repeated by the server: dropped
    assert stream.ending is not None and stream.ending.status == "COMPLETED"
    starts = [r.url.params.get("start_seq") for r in server.stream_requests]
    assert starts == ["0", "9", "10", "10"]  # the spec's default first
    assert all(r.url.params["root_workflow_exec_id"] == EXECUTION_ID for r in server.stream_requests)


async def test_a_root_terminated_without_an_event_ends_the_tree_stream(
    scripted: Callable[[FakeServer], Client], sleeps: list[float]
) -> None:
    server = FakeServer(
        [Connection([frame(event_payload(1, "WORKFLOW_EXECUTION_STARTED"))]), Connection([])],
        statuses=["RUNNING", "TERMINATED"],
    )
    stream = scripted(server).execution(EXECUTION_ID).stream(include_children=True)
    events = await read_all(stream)

    assert [e.broker_sequence for e in events] == [1]
    assert stream.ending is not None and stream.ending.status == "TERMINATED"
    assert server.get_requests == 2


async def test_quiet_closes_of_the_global_stream_are_reopened_uncounted(
    scripted: Callable[[FakeServer], Client], sleeps: list[float]
) -> None:
    server = FakeServer(
        [
            Connection([]),
            Connection([]),
            Connection([]),
            Connection([frame(event_payload(s)) for s in (1, 2)]),
        ]
    )
    wf = scripted(server)
    events = await _read_n(wf.events.stream(workflow="countdown", max_reconnects=0), 2)

    assert [e.broker_sequence for e in events] == [1, 2]
    assert len(server.stream_requests) == 4
    assert server.get_requests == 0  # no execution to ask about
    assert len(sleeps) == 3 and sleeps[0] < sleeps[2]  # backing off
    assert server.stream_requests[0].url.params["workflow_name"] == "countdown"


async def test_cuts_of_the_global_stream_count_toward_max_reconnects(
    scripted: Callable[[FakeServer], Client], sleeps: list[float]
) -> None:
    server = FakeServer([Connection([], error=httpx.ReadError("cut")) for _ in range(3)])
    with pytest.raises(StreamReconnectError, match="2 attempts in a row"):
        await _read_n(scripted(server).events.stream(max_reconnects=1), 1)
