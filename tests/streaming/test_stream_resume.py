"""Resume rules against a scripted server (MockTransport): cut connections, error frames, ids,
retry:, give-up, replays. Every test runs once per frame style (item frames unnamed, ``message``,
``workflow.event`` or a name never seen; lines ended by LF, CRLF or CR) and client flavour."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from mistral_workflows import (
    APIResponseValidationError,
    AsyncEventStream,
    AuthenticationError,
    ExecutionFailed,
    ExecutionTerminated,
    NotFoundError,
    ReconnectAttempt,
    StreamError,
    StreamEvent,
    StreamReconnectError,
    UnknownEvent,
)
from mistral_workflows._config import STREAM_RECONNECT_JITTER
from mistral_workflows_api.models import ExecutionLogRecord, UnknownWorkflowEvent

from ..support import resolve
from ._support import (
    Connection,
    FakeServer,
    consume,
    error_frame,
    event_payload,
    frame,
    frames,
    read_all,
)
from .conftest import Handle

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("frame_style")]

Connect = Callable[[FakeServer], Handle]
CUT = httpx.RemoteProtocolError("peer closed connection without sending complete message body")


def sequences(items: list[Any]) -> list[int]:
    return [item.broker_sequence for item in items]


async def test_a_cut_connection_resumes_after_the_last_event(fake: Connect, sleeps: list[float]) -> None:
    server = FakeServer(
        [Connection(frames([1, 2, 3]), error=CUT), Connection(frames([4, 5], "WORKFLOW_EXECUTION_COMPLETED"))]
    )
    seen: list[ReconnectAttempt] = []
    stream = fake(server).stream(on_reconnect=seen.append)
    items = await read_all(stream)
    assert sequences(items) == [1, 2, 3, 4, 5, 6]
    assert all(type(item) is StreamEvent for item in items)
    assert server.resumed_from() == [None, "3"]
    assert stream.last_event_id == "6"
    assert len(sleeps) == 1 and 0 <= sleeps[0] <= STREAM_RECONNECT_JITTER
    assert [(a.attempt, a.last_event_id) for a in seen] == [(1, "3")]
    assert "RemoteProtocolError" in seen[0].reason
    assert server.get_requests == 0


@pytest.mark.parametrize(
    "error",
    [httpx.ReadTimeout("read timed out"), httpx.ReadError("connection reset"), CUT],
    ids=["read-timeout", "read-error", "protocol-error"],
)
async def test_transport_errors_mid_stream_reconnect(
    fake: Connect, sleeps: list[float], error: Exception
) -> None:
    server = FakeServer(
        [Connection(frames([1, 2]), error=error), Connection(frames([3], "WORKFLOW_EXECUTION_COMPLETED"))]
    )
    assert sequences(await read_all(fake(server).stream())) == [1, 2, 3, 4]
    assert server.resumed_from() == [None, "2"]


async def test_a_server_resuming_at_the_id_yields_no_duplicate(fake: Connect, sleeps: list[float]) -> None:
    server = FakeServer(
        [
            Connection(frames([1, 2, 3]), error=CUT),
            Connection(frames([3, 4], "WORKFLOW_EXECUTION_COMPLETED")),
        ]
    )
    assert sequences(await read_all(fake(server).stream())) == [1, 2, 3, 4, 5]


async def test_a_server_replaying_from_the_start_yields_no_duplicate(
    fake: Connect, sleeps: list[float]
) -> None:
    server = FakeServer(
        [
            Connection(frames([1, 2, 3]), error=CUT),
            Connection(frames([1, 2, 3, 4], "WORKFLOW_EXECUTION_COMPLETED")),
        ]
    )
    assert sequences(await read_all(fake(server).stream())) == [1, 2, 3, 4, 5]


async def test_a_server_that_never_sends_ids_resumes_from_broker_sequence(
    fake: Connect, sleeps: list[float]
) -> None:
    server = FakeServer(
        [
            Connection(frames([1, 2, 3], id=""), error=CUT),
            Connection(frames([4], "WORKFLOW_EXECUTION_COMPLETED", id="")),
        ]
    )
    items = await read_all(fake(server).stream())
    assert sequences(items) == [1, 2, 3, 4, 5]
    assert [item.id for item in items] == ["1", "2", "3", "4", "5"]
    assert server.resumed_from() == [None, "3"]


async def test_a_stored_last_event_id_is_sent_and_dedupes(fake: Connect, sleeps: list[float]) -> None:
    server = FakeServer([Connection(frames([7, 8], "WORKFLOW_EXECUTION_COMPLETED"))])
    items = await read_all(fake(server).stream(last_event_id="7", event_source="LIVE"))
    assert sequences(items) == [8, 9]
    assert server.resumed_from() == ["7"]
    request = server.stream_requests[0]
    assert request.url.path == "/v1/workflows/executions/ex-1/stream"
    assert request.url.params["event_source"] == "LIVE"
    assert request.headers["accept"] == "text/event-stream"
    assert request.headers["authorization"] == "Bearer k"


async def test_the_retry_field_sets_the_reconnection_delay(fake: Connect, sleeps: list[float]) -> None:
    first = [frame(event_payload(1), retry=2500), *frames([2])]
    server = FakeServer(
        [
            Connection(first, error=CUT),
            Connection([], error=CUT),
            Connection(frames([3], "WORKFLOW_EXECUTION_COMPLETED")),
        ]
    )
    assert sequences(await read_all(fake(server).stream())) == [1, 2, 3, 4]
    assert sleeps[0] == 2.5
    assert sleeps[1] >= 2.5


async def test_gives_up_after_consecutive_failures_saying_the_last_id(
    fake: Connect, sleeps: list[float]
) -> None:
    server = FakeServer(
        [Connection(frames([1, 2]), error=CUT)] + [Connection([], error=httpx.ConnectError("refused"))] * 5
    )
    items: list[Any] = []
    with pytest.raises(StreamReconnectError) as caught:
        await consume(fake(server).stream(max_reconnects=3), items)
    assert sequences(items) == [1, 2]
    assert caught.value.last_event_id == "2"
    assert caught.value.attempts == 4
    assert "'2'" in str(caught.value)
    assert len(server.stream_requests) == 4
    assert len(sleeps) == 3
    assert sleeps[2] > sleeps[1] > 0


async def test_failures_in_a_row_are_counted_from_the_last_new_event(
    fake: Connect, sleeps: list[float]
) -> None:
    """Each connection delivers something before it is cut: the stream never gives up."""
    connections = [Connection(frames([n]), error=CUT) for n in range(1, 9)]
    connections.append(Connection(frames([9], "WORKFLOW_EXECUTION_COMPLETED")))
    server = FakeServer(connections)
    assert sequences(await read_all(fake(server).stream(max_reconnects=1))) == list(range(1, 11))


async def test_reconnect_false_raises_at_the_first_cut(fake: Connect, sleeps: list[float]) -> None:
    server = FakeServer([Connection(frames([1, 2]), error=CUT), Connection(frames([3]))])
    items: list[Any] = []
    with pytest.raises(StreamReconnectError) as caught:
        await consume(fake(server).stream(reconnect=False), items)
    assert sequences(items) == [1, 2]
    assert caught.value.last_event_id == "2"
    assert len(server.stream_requests) == 1
    assert sleeps == []


@pytest.mark.parametrize(
    "reason", ["read_error", "stream_error", "internal_error", "a reason not yet invented"]
)
async def test_an_error_frame_is_a_cut_resumed_after_the_last_event(
    fake: Connect, sleeps: list[float], reason: str
) -> None:
    server = FakeServer(
        [
            Connection([*frames([1, 2]), error_frame(reason), *frames([3])]),
            Connection(frames([3, 4], "WORKFLOW_EXECUTION_COMPLETED")),
        ]
    )
    seen: list[ReconnectAttempt] = []
    items = await read_all(fake(server).stream(on_reconnect=seen.append))
    assert sequences(items) == [1, 2, 3, 4, 5]
    assert server.resumed_from() == [None, "2"]
    assert len(seen) == 1 and reason in seen[0].reason
    assert len(sleeps) == 1 and 0 <= sleeps[0] <= STREAM_RECONNECT_JITTER
    assert server.get_requests == 0


async def test_error_frames_past_the_budget_raise_stream_error_with_the_servers_words(
    fake: Connect, sleeps: list[float]
) -> None:
    server = FakeServer(
        [Connection([*frames([1, 2]), error_frame("read_error")])]
        + [Connection([error_frame("internal_error", "broker down")])] * 5
    )
    items: list[Any] = []
    with pytest.raises(StreamError) as caught:
        await consume(fake(server).stream(max_reconnects=2), items)
    assert sequences(items) == [1, 2]
    assert (caught.value.error, caught.value.reason) == ("broker down", "internal_error")
    assert caught.value.last_event_id == "2"
    assert caught.value.attempts == 3
    assert len(server.stream_requests) == 3
    assert len(sleeps) == 2


async def test_error_frames_and_cuts_share_one_reconnect_budget(fake: Connect, sleeps: list[float]) -> None:
    server = FakeServer(
        [
            Connection([*frames([1]), error_frame("stream_error")]),
            Connection([error_frame("read_error")]),
            Connection([], error=CUT),
            Connection(frames([2], "WORKFLOW_EXECUTION_COMPLETED")),
        ]
    )
    with pytest.raises(StreamReconnectError):
        await consume(fake(server).stream(max_reconnects=2), [])
    assert len(server.stream_requests) == 3


async def test_with_reconnect_false_an_error_frame_raises_stream_error(
    fake: Connect, sleeps: list[float]
) -> None:
    error = frame('{"error": "internal", "reason": "broker unavailable"}', event="error")
    server = FakeServer([Connection([*frames([1, 2]), error, *frames([3])])])
    items: list[Any] = []
    with pytest.raises(StreamError) as caught:
        await consume(fake(server).stream(reconnect=False), items)
    assert sequences(items) == [1, 2]
    assert (caught.value.error, caught.value.reason) == ("internal", "broker unavailable")
    assert caught.value.last_event_id == "2"
    assert len(server.stream_requests) == 1


async def test_an_error_frame_that_is_not_json_is_resumed_too(fake: Connect, sleeps: list[float]) -> None:
    server = FakeServer(
        [
            Connection([*frames([1]), frame("upstream went away", event="error")]),
            Connection(frames([2], "WORKFLOW_EXECUTION_COMPLETED")),
        ]
    )
    assert sequences(await read_all(fake(server).stream())) == [1, 2, 3]


async def test_a_frame_with_an_unknown_name_and_a_valid_payload_is_delivered(
    fake: Connect, sleeps: list[float]
) -> None:
    chunks = [
        frame(event_payload(1), event="workflow.event.v2"),
        frame(event_payload(2), event="log"),
        frame(event_payload(3, "WORKFLOW_EXECUTION_COMPLETED"), event="something.else"),
    ]
    items = await read_all(fake(FakeServer([Connection(chunks)])).stream())
    assert sequences(items) == [1, 2, 3]
    assert all(type(item) is StreamEvent for item in items)
    assert items[-1].event_type == "WORKFLOW_EXECUTION_COMPLETED"


async def test_data_over_several_lines_may_hold_literal_newlines(fake: Connect, sleeps: list[float]) -> None:
    """Lines of one ``data:`` field are joined with LF, even inside a JSON string."""
    payload = event_payload(1, attributes={"task_id": "1", "note": "NOTE"})
    first, second = json.dumps(payload).split("NOTE")
    text = f"{first}first line\nsecond line{second}"
    chunks = [frame(text), *frames([2], "WORKFLOW_EXECUTION_COMPLETED")]
    items = await read_all(fake(FakeServer([Connection(chunks)])).stream())
    assert type(items[0]) is StreamEvent
    assert items[0].raw["data"]["attributes"]["note"] == "first line\nsecond line"


async def test_events_out_of_order_on_one_connection_are_all_delivered(
    fake: Connect, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG", logger="mistral_workflows")
    server = FakeServer(
        [
            Connection(frames([1, 3, 2]), error=CUT),
            # The resumed connection repeats 2 and 3 (at or below the last delivered): dropped.
            Connection(frames([2, 3, 4, 5], "WORKFLOW_EXECUTION_COMPLETED")),
        ]
    )
    items = await read_all(fake(server).stream())
    assert sequences(items) == [1, 3, 2, 4, 5, 6]
    assert server.resumed_from() == [None, "2"]
    assert any("sequence 2 arrived after 3" in record.getMessage() for record in caplog.records)


async def test_a_database_replay_ends_when_the_server_closes(fake: Connect, sleeps: list[float]) -> None:
    server = FakeServer([Connection(frames([1, 2, 3]))])
    stream = fake(server).stream(event_source="DATABASE")
    assert sequences(await read_all(stream)) == [1, 2, 3]
    assert server.stream_requests[0].url.params["event_source"] == "DATABASE"
    assert len(server.stream_requests) == 1
    assert server.get_requests == 0
    assert sleeps == []
    assert stream.ending is None


async def test_a_database_replay_resumes_through_cuts_and_error_frames(
    fake: Connect, sleeps: list[float]
) -> None:
    server = FakeServer(
        [
            Connection(frames([1, 2]), error=CUT),
            Connection([*frames([2, 3]), error_frame("read_error")]),
            Connection(frames([3, 4, 5])),
        ]
    )
    assert sequences(await read_all(fake(server).stream(event_source="DATABASE"))) == [1, 2, 3, 4, 5]
    assert server.resumed_from() == [None, "2", "3"]


async def test_a_database_replay_of_a_finished_execution_ends_at_its_terminal_event(
    fake: Connect, sleeps: list[float]
) -> None:
    server = FakeServer([Connection(frames([1, 2], "WORKFLOW_EXECUTION_COMPLETED"))])
    stream = fake(server).stream(event_source="DATABASE")
    assert sequences(await read_all(stream)) == [1, 2, 3]
    assert stream.ending is not None and stream.ending.status == "COMPLETED"


async def test_a_live_stream_closed_by_the_server_is_resumed_not_ended(
    fake: Connect, sleeps: list[float]
) -> None:
    server = FakeServer([Connection(frames([1, 2])), Connection(frames([3], "WORKFLOW_EXECUTION_COMPLETED"))])
    assert sequences(await read_all(fake(server).stream(event_source="LIVE"))) == [1, 2, 3, 4]
    assert len(server.stream_requests) == 2


async def test_empty_data_frames_and_comments_are_skipped(fake: Connect, sleeps: list[float]) -> None:
    chunks = [
        b": keep-alive\n\n",
        frame(event_payload(1)),
        b"id: 1\n\n",  # a ping after an id: httpx-sse yields a frame with empty data
        b"data:\n\n",
        b"retry: 100\n\n",
        b": ping\r\n\r\n",
        *frames([2], "WORKFLOW_EXECUTION_COMPLETED"),
    ]
    server = FakeServer([Connection(chunks)])
    assert sequences(await read_all(fake(server).stream())) == [1, 2, 3]


async def test_an_unknown_event_type_is_yielded_with_its_raw_dict(fake: Connect, sleeps: list[float]) -> None:
    novel = event_payload(2, "WORKFLOW_EXECUTION_PAUSED", attributes={"task_id": "2", "until": "noon"})
    chunks = [
        *frames([1]),
        frame(novel),
        frame('{"beat": 1}', event="heartbeat"),
        *frames([3], "WORKFLOW_EXECUTION_COMPLETED"),
    ]
    items = await read_all(fake(FakeServer([Connection(chunks)])).stream())
    assert sequences(items) == [1, 2, None, 3, 4]
    unknown = items[1]
    assert isinstance(unknown, UnknownEvent)
    assert unknown.event_type == "WORKFLOW_EXECUTION_PAUSED"
    assert unknown.raw == novel
    assert isinstance(unknown.data, UnknownWorkflowEvent)
    assert unknown.data.event_type == "WORKFLOW_EXECUTION_PAUSED"
    assert unknown.data["attributes"] == {"task_id": "2", "until": "noon"}
    assert unknown.workflow_context.workflow_exec_id == "ex-1"
    heartbeat = items[2]
    assert isinstance(heartbeat, UnknownEvent)
    assert (heartbeat.raw, heartbeat.text, heartbeat.event_type) == ({"beat": 1}, '{"beat": 1}', None)


async def test_an_unknown_execution_status_keeps_the_stream_going(fake: Connect, sleeps: list[float]) -> None:
    server = FakeServer(
        [
            Connection(frames([1, 2])),  # ended by the server, no terminal event
            Connection([]),  # nothing new: the status decides
            Connection(frames([3], "WORKFLOW_EXECUTION_COMPLETED")),
        ],
        statuses=["PAUSED"],
    )
    assert sequences(await read_all(fake(server).stream())) == [1, 2, 3, 4]
    assert server.get_requests == 1
    assert server.resumed_from() == [None, "2", "2"]


async def test_terminated_ends_the_stream_after_a_status_check(fake: Connect, sleeps: list[float]) -> None:
    server = FakeServer([Connection(frames([1, 2])), Connection([])], statuses=["TERMINATED"])
    stream = fake(server).stream()
    assert sequences(await read_all(stream)) == [1, 2]
    assert stream.ending is not None and stream.ending.status == "TERMINATED"
    assert server.get_requests == 1
    assert len(server.stream_requests) == 2


async def test_a_failed_status_check_counts_as_a_failed_connection(
    fake: Connect, sleeps: list[float]
) -> None:
    server = FakeServer(
        [Connection([]), Connection(frames([1], "WORKFLOW_EXECUTION_COMPLETED"))],
        statuses=["UNREACHABLE"] * 3 + ["RUNNING"],
    )
    seen: list[ReconnectAttempt] = []
    assert sequences(await read_all(fake(server).stream(on_reconnect=seen.append))) == [1, 2]
    assert server.get_requests == 3  # the status check's own retries
    assert len(seen) == 1 and "refused" in seen[0].reason


@pytest.mark.parametrize(("status", "error"), [(401, AuthenticationError), (404, NotFoundError)])
async def test_an_error_status_instead_of_a_stream_raises_the_typed_error(
    fake: Connect, sleeps: list[float], status: int, error: type[Exception]
) -> None:
    server = FakeServer([Connection(status=status)])
    with pytest.raises(error) as caught:
        await consume(fake(server).stream(), [])
    assert f"status {status}" in str(caught.value)
    assert len(server.stream_requests) == 1


@pytest.mark.parametrize("status", [429, 503])
async def test_a_retryable_status_is_retried_after_retry_after(
    fake: Connect, sleeps: list[float], status: int
) -> None:
    server = FakeServer(
        [
            Connection(status=status, headers={"Retry-After": "2"}),
            Connection(frames([1], "WORKFLOW_EXECUTION_COMPLETED")),
        ]
    )
    assert sequences(await read_all(fake(server).stream())) == [1, 2]
    assert sleeps == [2.0]


async def test_a_success_that_is_not_an_event_stream_is_a_validation_error(
    fake: Connect, sleeps: list[float]
) -> None:
    server = FakeServer([Connection([b'{"hello": 1}'], content_type="application/json")])
    with pytest.raises(APIResponseValidationError):
        await consume(fake(server).stream(), [])


async def test_a_frame_that_is_not_a_stream_event_arrives_as_an_unknown_event(
    fake: Connect, sleeps: list[float]
) -> None:
    chunks = [
        *frames([1]),
        frame('{"data": {}}', id="2"),
        frame("not json at all", id=""),
        frame('["a", "list"]', id="x7"),
        frame('{"broker_sequence": "three", "data": []}', id=""),
        *frames([3], "WORKFLOW_EXECUTION_COMPLETED"),
    ]
    items = await read_all(fake(FakeServer([Connection(chunks)])).stream())
    assert [type(item).__name__ for item in items] == ["StreamEvent"] + ["UnknownEvent"] * 4 + [
        "StreamEvent"
    ] * 2
    assert sequences(items) == [1, None, None, None, None, 3, 4]
    # A frame without an id: line has no id (not the previous frame's, which the spec keeps).
    assert [item.id for item in items[1:5]] == ["2", "", "x7", ""]
    assert items[1].raw == {"data": {}} and items[2].raw == {} and items[2].text == "not json at all"
    assert isinstance(items[1].data, UnknownWorkflowEvent)


async def test_a_child_terminal_event_does_not_end_the_stream(fake: Connect, sleeps: list[float]) -> None:
    child_done = event_payload(2, "WORKFLOW_EXECUTION_COMPLETED", execution_id="ex-1-child-0")
    chunks = [*frames([1]), frame(child_done), *frames([3], "WORKFLOW_EXECUTION_COMPLETED")]
    assert sequences(await read_all(fake(FakeServer([Connection(chunks)])).stream())) == [1, 2, 3, 4]


async def test_continue_as_new_is_not_terminal(fake: Connect, sleeps: list[float]) -> None:
    chunks = [
        *frames([1]),
        frame(event_payload(2, "WORKFLOW_EXECUTION_CONTINUED_AS_NEW")),
        *frames([3], "WORKFLOW_EXECUTION_COMPLETED"),
    ]
    items = await read_all(fake(FakeServer([Connection(chunks)])).stream())
    assert [item.event_type for item in items][1:] == [
        "WORKFLOW_EXECUTION_CONTINUED_AS_NEW",
        "ACTIVITY_TASK_STARTED",
        "WORKFLOW_EXECUTION_COMPLETED",
    ]


async def test_the_connection_is_closed_after_break(fake: Connect, sleeps: list[float]) -> None:
    server = FakeServer([Connection(frames(range(1, 50)))])
    stream = fake(server).stream()
    if isinstance(stream, AsyncEventStream):
        async with stream:
            async for _ in stream:
                break
    else:
        with stream:
            for _ in stream:
                break
    assert server.bodies[0].closed
    assert len(server.stream_requests) == 1


async def test_logs_resume_and_end_with_the_execution(fake: Connect, sleeps: list[float]) -> None:
    def log(n: int) -> bytes:
        record = {
            "timestamp": "2026-01-05T10:00:01Z",
            "trace_id": "t",
            "span_id": "s",
            "severity_text": "INFO",
            "body": f"tick {n}",
            "log_attributes": {},
        }
        return frame(record, id=str(n), event="log")

    server = FakeServer(
        [
            Connection([log(1), log(2)], error=CUT),
            Connection([log(2), log(3)]),
            Connection([]),
        ],
        statuses=["COMPLETED"],
    )
    stream = fake(server).stream_logs(activity_id="3")
    records = await read_all(stream)
    assert all(isinstance(r, ExecutionLogRecord) for r in records)
    assert [r.body for r in records] == ["tick 1", "tick 2", "tick 3"]
    assert server.resumed_from() == [None, "2", "3"]
    assert server.stream_requests[0].url.params["activity_id"] == "3"
    assert stream.last_event_id == "3"


# ----- result() on the stream ---------------------------------------------------------------------


async def test_result_comes_from_the_terminal_event_without_polling(
    fake: Connect, sleeps: list[float]
) -> None:
    server = FakeServer([Connection(frames([1, 2], "WORKFLOW_EXECUTION_COMPLETED"))])
    assert await resolve(fake(server).result(timeout=5)) == {"counted": 3}
    assert server.get_requests == 0


async def test_result_raises_the_failure_of_the_terminal_event(fake: Connect, sleeps: list[float]) -> None:
    server = FakeServer([Connection(frames([1], "WORKFLOW_EXECUTION_FAILED"))])
    with pytest.raises(ExecutionFailed) as caught:
        await resolve(fake(server).result(timeout=5))
    assert caught.value.failure == {"message": "disk on fire"}
    assert len(server.stream_requests) == 1 and server.get_requests == 0


async def test_result_of_a_terminated_execution(fake: Connect, sleeps: list[float]) -> None:
    server = FakeServer([Connection(frames([1]))], statuses=["RUNNING", "TERMINATED"])
    with pytest.raises(ExecutionTerminated):
        await resolve(fake(server).result(timeout=5))


async def test_result_polls_when_streaming_is_unavailable(fake: Connect, sleeps: list[float]) -> None:
    server = FakeServer([Connection(status=405)], statuses=["RUNNING", "COMPLETED"], result={"counted": 5})
    handle = fake(server)
    assert await resolve(handle.result(timeout=30)) == {"counted": 5}
    assert server.get_requests == 2
    assert len(sleeps) == 1
