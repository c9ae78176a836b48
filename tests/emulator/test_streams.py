"""The SSE streams: replay, live, resume, forced disconnects, keep-alives and error frames."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from mistral_workflows_api import AuthenticatedClient
from mistral_workflows_api.api.executions import (
    stream_execution,
    terminate_execution,
)
from mistral_workflows_api.models import (
    EventSource,
    HTTPValidationError,
    StreamEventSseErrorData,
    StreamEventSsePayload,
)
from mistral_workflows_api.types import UNSET
from mistral_workflows_emulator import RunningEmulator, running_emulator

from .support import (
    Frame,
    event_types,
    history_events,
    parse_sse,
    parsed,
    start,
    stream_frames,
    wait_for_status,
)

TERMINAL = {"WORKFLOW_EXECUTION_COMPLETED", "WORKFLOW_EXECUTION_FAILED", "WORKFLOW_EXECUTION_CANCELED"}


def _wait_until(condition: object, timeout: float = 10.0) -> None:
    assert callable(condition)
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition never held"
        time.sleep(0.01)


def test_a_500_event_stream_resumes_after_each_forced_disconnect_without_gap_or_duplicate(
    client: AuthenticatedClient, emulator: RunningEmulator
) -> None:
    execution = start(client, "countdown", {"n": 249, "interval": 0.02, "custom_tasks": False})
    emulator.options.drop_sse_every = 7
    disconnects_before = emulator.stats.sse_disconnects
    path = f"/v1/workflows/executions/{execution.execution_id}/stream"
    received: list[Frame] = []
    connections = 0

    while not received or received[-1].json()["data"]["event_type"] not in TERMINAL:
        last_id = received[-1].id if received else None
        response = stream_execution.sync_detailed(
            execution.execution_id,
            client=client,
            last_event_id_header=last_id if last_id is not None else UNSET,
        )
        frames = parse_sse(parsed(response, str))[0]
        connections += 1
        assert 1 <= len(frames) <= 7
        received += frames

    assert [int(frame.id or 0) for frame in received] == list(range(1, 501))
    assert connections >= 500 // 7
    assert emulator.stats.requests_by_path[("GET", path)] == connections
    assert emulator.stats.sse_disconnects == disconnects_before


def test_the_header_wins_over_the_query_parameter(client: AuthenticatedClient) -> None:
    execution = start(client, "countdown", {"n": 3, "interval": 0, "custom_tasks": False})
    wait_for_status(client, execution.execution_id, {"COMPLETED"})

    both = stream_frames(client, execution.execution_id, last_event_id_query="2", last_event_id_header="5")
    query_only = stream_frames(client, execution.execution_id, last_event_id_query="2")

    assert [frame.id for frame in both] == ["6", "7", "8"]
    assert [frame.id for frame in query_only] == [str(n) for n in range(3, 9)]


def test_a_stream_opened_while_running_follows_live_events_to_the_end(
    client: AuthenticatedClient,
) -> None:
    execution = start(client, "countdown", {"n": 20, "interval": 0.5})

    frames = stream_frames(client, execution.execution_id)

    assert [frame.json()["data"] for frame in frames] == history_events(client, execution.execution_id)
    assert event_types(frames)[-1] == "WORKFLOW_EXECUTION_COMPLETED"
    assert len(frames) == 3 * 20 + 4


def test_database_source_sends_the_stored_events_and_ends(client: AuthenticatedClient) -> None:
    execution = start(client, "forever", {"beats": 0})

    frames = stream_frames(client, execution.execution_id, event_source=EventSource.DATABASE)

    assert event_types(frames) == ["WORKFLOW_EXECUTION_STARTED", "CUSTOM_TASK_STARTED"]


def test_live_source_skips_the_stored_events(client: AuthenticatedClient) -> None:
    execution = start(client, "forever", {"beats": 0})
    result: list[list[Frame]] = []
    reader = threading.Thread(
        target=lambda: result.append(
            stream_frames(client, execution.execution_id, event_source=EventSource.LIVE)
        )
    )
    reader.start()
    time.sleep(0.2)

    terminate_execution.sync_detailed(execution.execution_id, client=client)
    reader.join(10)

    assert result == [[]]


def test_a_terminated_execution_ends_its_open_streams(client: AuthenticatedClient) -> None:
    execution = start(client, "forever", {"beats": 1, "interval": 0.1})
    result: list[list[Frame]] = []
    reader = threading.Thread(target=lambda: result.append(stream_frames(client, execution.execution_id)))
    reader.start()
    time.sleep(0.2)

    terminate_execution.sync_detailed(execution.execution_id, client=client)
    reader.join(10)

    assert not reader.is_alive()
    assert event_types(result[0]) == [
        "WORKFLOW_EXECUTION_STARTED",
        "CUSTOM_TASK_STARTED",
        "CUSTOM_TASK_IN_PROGRESS",
    ]


def test_a_client_that_leaves_early_is_counted(
    client: AuthenticatedClient, emulator: RunningEmulator
) -> None:
    execution = start(client, "forever", {"beats": 0})
    before = emulator.stats.sse_disconnects
    http = client.get_httpx_client()

    with http.stream("GET", f"/v1/workflows/executions/{execution.execution_id}/stream") as response:
        first_line = next(response.iter_lines())

    assert first_line == "id: 1"
    _wait_until(lambda: emulator.stats.sse_disconnects == before + 1)


def test_keepalive_comments_flow_while_nothing_happens() -> None:
    with running_emulator(keepalive=0.05) as emu:
        headers = {"Authorization": "Bearer k"}
        with httpx.Client(base_url=emu.base_url, headers=headers, timeout=10) as http:
            http.post("/v1/workflows/forever/execute", json={"execution_id": "f", "input": {"beats": 0}})
            with http.stream("GET", "/v1/workflows/executions/f/stream") as response:
                lines = response.iter_lines()
                comments = [line for line in (next(lines) for _ in range(8)) if line.startswith(":")]

    assert comments


def test_shutdown_during_a_stream_sends_an_error_frame() -> None:
    bodies: list[str] = []
    with running_emulator() as emu:
        client = AuthenticatedClient(base_url=emu.base_url, token="k", timeout=httpx.Timeout(10))
        execution = start(client, "forever", {"beats": 0})
        reader = threading.Thread(
            target=lambda: bodies.append(
                parsed(stream_execution.sync_detailed(execution.execution_id, client=client), str)
            )
        )
        reader.start()
        _wait_until(
            lambda: emu.stats.requests_by_path[
                ("GET", f"/v1/workflows/executions/{execution.execution_id}/stream")
            ]
        )
        time.sleep(0.1)
    reader.join(10)

    frames = parse_sse(bodies[0])[0]
    assert frames[-1].event == "error"
    error = StreamEventSseErrorData.from_dict(frames[-1].json())
    assert error.error == "unavailable"
    assert all(
        isinstance(StreamEventSsePayload.from_dict(frame.json()), StreamEventSsePayload)
        for frame in frames[:-1]
    )


@pytest.mark.parametrize("bad", ["abc", "-1", "1.5", "٣"])
def test_a_malformed_resume_id_is_refused(client: AuthenticatedClient, bad: str) -> None:
    execution = start(client, "countdown", {"n": 1, "interval": 0})

    response = stream_execution.sync_detailed(execution.execution_id, client=client, last_event_id_query=bad)

    assert parsed(response, HTTPValidationError, 422).to_dict()["detail"][0]["loc"] == [
        "query",
        "last_event_id",
    ]
