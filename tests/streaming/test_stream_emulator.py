"""Streams against the emulator: 500 events through a connection cut every 7, resume, break."""

from __future__ import annotations

import gc
import inspect
from typing import Any

import pytest

from mistral_workflows import (
    AsyncEventStream,
    AsyncExecutionHandle,
    AsyncWorkflows,
    ExecutionCanceled,
    ExecutionError,
    ExecutionFailed,
    ExecutionHandle,
    ExecutionTerminated,
    ExecutionTimedOut,
    ResultTimeoutError,
    StreamEvent,
    Workflows,
)
from mistral_workflows_api.models import StreamEventSsePayload
from mistral_workflows_emulator import RunningEmulator

from ..support import resolve, wait_until, wait_until_async
from ._support import RANDOM_NAME, read_all
from .conftest import Client

#: Every test here reads the emulator's built-in workflows, faults or counters.
pytestmark = [pytest.mark.anyio, pytest.mark.emulator_only]

#: The tests that cut streams (up to a hundred times each) take ``sleeps``: the client's
#: back-off before each reconnection is recorded, not waited, since none of them is about timing.

#: countdown without custom tasks sends 2n + 2 events: 500 for n = 249.
FIVE_HUNDRED = {"n": 249, "interval": 0.01, "custom_tasks": False}


def stream_requests(emulator: RunningEmulator, execution_id: str) -> int:
    return emulator.stats.requests_by_path[("GET", f"/v1/workflows/executions/{execution_id}/stream")]


def status_requests(emulator: RunningEmulator, execution_id: str) -> int:
    return emulator.stats.requests_by_path[("GET", f"/v1/workflows/executions/{execution_id}")]


async def test_500_events_through_a_connection_cut_every_7(
    client: Client, emulator: RunningEmulator, sleeps: list[float]
) -> None:
    emulator.options.drop_sse_every = 7
    handle = await resolve(client.execute("countdown", input=FIVE_HUNDRED))
    events = await read_all(handle.stream())
    assert [e.broker_sequence for e in events] == list(range(1, 501))
    assert [e.id for e in events] == [str(n) for n in range(1, 501)]
    assert events[0].event_type == "WORKFLOW_EXECUTION_STARTED"
    assert events[-1].event_type == "WORKFLOW_EXECUTION_COMPLETED"
    assert events[-1].data.attributes.result.value == {"counted": 249}
    assert stream_requests(emulator, handle.execution_id) >= 500 // 7
    assert emulator.stats.sse_disconnects == 0


SERVER_STYLES = [
    pytest.param({"sse_event_name": "workflow.event", "sse_line_ending": "\n"}, id="workflow.event-LF"),
    pytest.param({"sse_event_name": "", "sse_line_ending": "\r\n"}, id="unnamed-CRLF"),
    pytest.param({"sse_event_name": "message", "sse_line_ending": "\r"}, id="message-CR"),
    pytest.param({"sse_event_name": RANDOM_NAME, "sse_line_ending": "\n"}, id="random-name-LF"),
]


@pytest.mark.slow
@pytest.mark.parametrize("style", SERVER_STYLES)
async def test_500_events_through_error_frames_every_5_in_each_frame_style(
    client: Client, emulator: RunningEmulator, style: dict[str, str], sleeps: list[float]
) -> None:
    for option, value in style.items():
        setattr(emulator.options, option, value)
    emulator.options.sse_error_every = 5
    try:
        handle = await resolve(client.execute("countdown", input=FIVE_HUNDRED))
        events = await read_all(handle.stream(max_reconnects=2))
        assert [e.broker_sequence for e in events] == list(range(1, 501))
        assert events[-1].event_type == "WORKFLOW_EXECUTION_COMPLETED"
        assert stream_requests(emulator, handle.execution_id) >= 500 // 5
        logs = await read_all(handle.stream_logs())
        assert len(logs) == 500 and len({record.body for record in logs}) > 1
        finished = await resolve(client.execute("countdown", input={"n": 20, "interval": 0.01}))
        assert await resolve(finished.result(timeout=30)) == {"counted": 20}
    finally:
        emulator.options.sse_event_name = "workflow.event"
        emulator.options.sse_line_ending = "\n"


async def test_a_database_replay_ends_with_the_stored_events(
    client: Client, emulator: RunningEmulator
) -> None:
    handle = await resolve(client.execute("approval"))
    await resolve(handle.signal("approve", {"by": "ops"}))
    await resolve(handle.result(timeout=30))
    live = await read_all(handle.stream())
    replay = await read_all(handle.stream(event_source="DATABASE"))
    assert [e.broker_sequence for e in replay] == [e.broker_sequence for e in live]
    running = await resolve(client.execute("forever"))
    stored = await read_all(running.stream(event_source="DATABASE"))
    assert stored and stored[0].event_type == "WORKFLOW_EXECUTION_STARTED"
    await resolve(running.terminate())


async def test_a_new_client_resumes_from_a_stored_last_event_id(
    client: Client, emulator: RunningEmulator, sleeps: list[float]
) -> None:
    emulator.options.drop_sse_every = 7
    handle = await resolve(client.execute("countdown", input=FIVE_HUNDRED))
    first: list[StreamEvent] = []
    stream = handle.stream()
    if isinstance(stream, AsyncEventStream):
        async with stream:
            async for event in stream:
                first.append(event)
                if len(first) == 100:
                    break
    else:
        with stream:
            for event in stream:
                first.append(event)
                if len(first) == 100:
                    break
    stored = stream.last_event_id
    assert stored == "100"
    with Workflows(api_key="another-key", base_url=emulator.base_url) as other:
        rest = list(other.execution(handle.execution_id).stream(last_event_id=stored))
    assert [e.broker_sequence for e in rest] == list(range(101, 501))


async def test_break_closes_the_connection(client: Client, emulator: RunningEmulator) -> None:
    handle = await resolve(client.execute("forever", input={"beats": 1}))
    before = emulator.stats.sse_disconnects
    stream = handle.stream()
    if isinstance(stream, AsyncEventStream):
        async with stream:
            async for _ in stream:
                break
    else:
        with stream:
            for _ in stream:
                break
    # The server notices a disconnect on its own time.
    await wait_until_async(lambda: emulator.stats.sse_disconnects == before + 1, message="the disconnect")
    await resolve(handle.terminate())


def test_a_dropped_stream_closes_its_connection(emulator: RunningEmulator) -> None:
    """``for event in ex.stream(): break`` without ``with``: dropping the stream closes it."""
    with Workflows(api_key="k", base_url=emulator.base_url) as wf:
        handle = wf.execute("forever", input={"beats": 1})
        before = emulator.stats.sse_disconnects
        for _ in handle.stream():
            break
        gc.collect()
        wait_until(lambda: emulator.stats.sse_disconnects == before + 1, message="the disconnect")
        handle.terminate()


async def test_a_dropped_async_stream_closes_its_connection(emulator: RunningEmulator) -> None:
    """``async for ... break`` without ``async with``: the event loop finalises the stream."""
    async with AsyncWorkflows(api_key="k", base_url=emulator.base_url) as wf:
        handle = await wf.execute("forever", input={"beats": 1})
        before = emulator.stats.sse_disconnects
        async for _ in handle.stream():
            break
        gc.collect()
        await wait_until_async(lambda: emulator.stats.sse_disconnects == before + 1, message="the disconnect")
        await handle.terminate()


async def test_stream_logs_through_cut_connections(
    client: Client, emulator: RunningEmulator, sleeps: list[float]
) -> None:
    handle = await resolve(client.execute("countdown", input={"n": 20, "interval": 0.01}))
    await resolve(handle.result(timeout=30))
    listed = await read_all_logs(handle.logs())
    emulator.options.drop_sse_every = 3
    streamed = await read_all(handle.stream_logs())
    assert len(listed) > 6
    assert [r.to_dict() for r in streamed] == [r.to_dict() for r in listed]


async def read_all_logs(items: Any) -> list[Any]:
    if hasattr(items, "__aiter__"):
        return [item async for item in items]
    return list(items)


async def test_the_event_table_agrees_with_the_generated_union_parser(client: Client) -> None:
    """Every event type the emulator sends gets the class the generated parser would pick."""
    handles = [
        await resolve(client.execute("countdown", input={"n": 2, "interval": 0.01})),
        await resolve(client.execute("flaky", input={"delay": 0.01})),
        await resolve(client.execute("renew", input={"times": 1, "interval": 0.01})),
        await resolve(client.execute("slow", {"timeout": 0.3})),
    ]
    forever = await resolve(client.execute("forever", input={"beats": 1, "interval": 0.01}))
    await resolve(forever.cancel())
    seen: set[str] = set()
    for handle in [*handles, forever]:
        for event in await read_all(handle.stream()):
            expected = StreamEventSsePayload.from_dict(event.raw)
            assert type(event.data) is type(expected.data), event.event_type
            assert event.data.to_dict() == expected.data.to_dict()
            assert event.workflow_context == expected.workflow_context
            assert event.timestamp == expected.timestamp
            seen.add(event.event_type or "")
    assert len(seen) >= 14, sorted(seen)


# ----- result() on the stream -----------------------------------------------------------------


async def test_result_waits_on_the_stream_not_by_polling(client: Client, emulator: RunningEmulator) -> None:
    handle = await resolve(client.execute("countdown", input={"n": 5, "interval": 0.5}))
    assert await resolve(handle.result(timeout=30)) == {"counted": 5}
    assert status_requests(emulator, handle.execution_id) == 0
    assert stream_requests(emulator, handle.execution_id) == 1


@pytest.mark.parametrize(
    ("workflow", "input", "action", "error"),
    [
        ("flaky", {"message": "disk on fire", "delay": 0.01}, None, ExecutionFailed),
        ("forever", {"beats": 1}, "cancel", ExecutionCanceled),
        ("forever", {"beats": 1}, "terminate", ExecutionTerminated),
        ("slow", {"timeout": 0.5}, None, ExecutionTimedOut),
    ],
    ids=["failed", "canceled", "terminated", "timed-out"],
)
async def test_result_for_every_way_to_end(
    client: Client, workflow: str, input: dict[str, Any], action: str | None, error: type[ExecutionError]
) -> None:
    handle = await resolve(client.execute(workflow, input=input))
    if action is not None:
        await resolve(getattr(handle, action)())
    with pytest.raises(error) as caught:
        await resolve(handle.result(timeout=30))
    assert caught.value.execution_id == handle.execution_id
    if isinstance(caught.value, ExecutionFailed):
        assert caught.value.failure is not None and caught.value.failure["message"] == "disk on fire"


async def test_result_follows_continue_as_new(
    client: Client, emulator: RunningEmulator, sleeps: list[float]
) -> None:
    emulator.options.drop_sse_every = 2
    handle = await resolve(client.execute("renew", input={"times": 3, "interval": 0.01}))
    assert await resolve(handle.result(timeout=30)) == {"runs": 4}


async def test_result_timeout_while_streaming(client: Client) -> None:
    handle = await resolve(client.execute("forever", input={"beats": 1}))
    with pytest.raises(ResultTimeoutError) as caught:
        await resolve(handle.result(timeout=0.5))
    assert caught.value.execution_id == handle.execution_id
    assert caught.value.last_status == "RUNNING"
    await resolve(handle.terminate())


def test_both_handle_flavours_take_the_same_stream_arguments() -> None:
    for name in ("stream", "stream_logs", "result"):
        sync_params = inspect.signature(getattr(ExecutionHandle, name)).parameters
        async_params = inspect.signature(getattr(AsyncExecutionHandle, name)).parameters
        assert list(sync_params) == list(async_params), name
