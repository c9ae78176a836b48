"""The SSE streams: replay, live, resume, forced disconnects, keep-alives and error frames."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import httpx_sse
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
from mistral_workflows_emulator import EmulatorOptions, RunningEmulator, running_emulator

from ..support import wait_until
from .support import (
    Frame,
    event_types,
    parse_sse,
    parsed,
    start,
    status_of,
    stream_frames,
    wait_for_status,
)

TERMINAL = {"WORKFLOW_EXECUTION_COMPLETED", "WORKFLOW_EXECUTION_FAILED", "WORKFLOW_EXECUTION_CANCELED"}


class _Reader:
    """Reads a stream in a background thread: ``opened`` is set once the response has begun (the
    server has chosen where the stream starts), ``text`` grows as the frames arrive."""

    def __init__(self, http: httpx.Client, path: str, params: dict[str, str] | None = None) -> None:
        self.opened = threading.Event()
        self._chunks: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(http, path, params or {}))
        self._thread.start()

    def _read(self, http: httpx.Client, path: str, params: dict[str, str]) -> None:
        with http.stream("GET", path, params=params) as response:
            assert response.status_code == 200, response.read()
            self.opened.set()
            for chunk in response.iter_text():
                self._chunks.append(chunk)

    @property
    def text(self) -> str:
        return "".join(self._chunks)

    def frames(self) -> list[Frame]:
        """The frames of the whole body, once the stream has ended."""
        self._thread.join(10)
        assert not self._thread.is_alive(), "the stream did not end"
        return parse_sse(self.text)[0]


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

    assert [frame.json()["broker_sequence"] for frame in frames] == list(range(1, 3 * 20 + 5))
    assert event_types(frames)[-1] == "WORKFLOW_EXECUTION_COMPLETED"
    assert len(frames) == 3 * 20 + 4


def test_database_source_sends_the_stored_events_and_ends(client: AuthenticatedClient) -> None:
    execution = start(client, "forever", {"beats": 0})

    frames = stream_frames(client, execution.execution_id, event_source=EventSource.DATABASE)

    assert event_types(frames) == ["WORKFLOW_EXECUTION_STARTED", "CUSTOM_TASK_STARTED"]


def test_live_source_skips_the_stored_events(client: AuthenticatedClient, http: httpx.Client) -> None:
    execution = start(client, "forever", {"beats": 0})
    reader = _Reader(http, _stream_path(execution.execution_id), {"event_source": "LIVE"})
    wait_until(reader.opened.is_set, message="the stream's response")

    terminate_execution.sync_detailed(execution.execution_id, client=client)

    assert reader.frames() == []


def test_a_terminated_execution_ends_its_open_streams(
    client: AuthenticatedClient, http: httpx.Client
) -> None:
    execution = start(client, "forever", {"beats": 1, "interval": 0.1})
    reader = _Reader(http, _stream_path(execution.execution_id))
    wait_until(lambda: "CUSTOM_TASK_IN_PROGRESS" in reader.text, message="the beat, on the open stream")

    terminate_execution.sync_detailed(execution.execution_id, client=client)

    assert event_types(reader.frames()) == [
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
    wait_until(lambda: emulator.stats.sse_disconnects == before + 1, message="the disconnect")


def test_keepalive_comments_flow_while_nothing_happens() -> None:
    with running_emulator(keepalive=0.05) as emu:
        headers = {"Authorization": "Bearer k"}
        with httpx.Client(base_url=emu.base_url, headers=headers, timeout=10) as http:
            http.post("/v1/workflows/forever/execute", json={"execution_id": "f", "input": {"beats": 0}})
            with http.stream("GET", "/v1/workflows/executions/f/stream") as response:
                lines = response.iter_lines()
                comments = [line for line in (next(lines) for _ in range(12)) if line.startswith(":")]

    assert comments


def test_shutdown_during_a_stream_sends_an_error_frame() -> None:
    with httpx.Client(headers={"Authorization": "Bearer k"}, timeout=10) as http:
        with running_emulator() as emu:
            http.post(
                f"{emu.base_url}/v1/workflows/forever/execute",
                json={"execution_id": "s", "input": {"beats": 0}},
            )
            reader = _Reader(http, f"{emu.base_url}{_stream_path('s')}")
            wait_until(lambda: "CUSTOM_TASK_STARTED" in reader.text, message="the stored frames")
        frames = reader.frames()

    assert frames[-1].event == "error"
    error = StreamEventSseErrorData.from_dict(frames[-1].json())
    assert error.reason == "stream_error"
    assert error.error == "the emulator is shutting down"
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


# ----- frames as the real service sends them: names, line endings, error frames -------------

REASONS = {"read_error", "stream_error", "internal_error"}


@contextmanager
def _raw_emulator(**options: Any) -> Iterator[tuple[RunningEmulator, httpx.Client]]:
    """A dedicated emulator (50x) with these options, and a raw client of it."""
    with (
        running_emulator(speed=50, **options) as emu,
        httpx.Client(base_url=emu.base_url, headers={"Authorization": "Bearer k"}, timeout=10) as http,
    ):
        yield emu, http


def _finished(http: httpx.Client, workflow: str, execution_id: str, input: dict[str, Any]) -> None:
    """Run an execution to its end (wait_for_result)."""
    body = {"execution_id": execution_id, "input": input, "wait_for_result": True}
    response = http.post(f"/v1/workflows/{workflow}/execute", json=body)
    assert response.status_code == 200, response.content
    assert "result" in response.json(), response.json()  # a WorkflowExecutionSyncResponse: COMPLETED


def _raw(http: httpx.Client, path: str, **kwargs: Any) -> bytes:
    with http.stream("GET", path, **kwargs) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        return response.read()


def _sse(http: httpx.Client, path: str, **kwargs: Any) -> list[httpx_sse.ServerSentEvent]:
    with httpx_sse.connect_sse(http, "GET", path, **kwargs) as source:
        return list(source.iter_sse())


def _blocks(raw: bytes, ending: bytes) -> list[list[str]]:
    """The lines of each frame of a body, split on exactly this line ending, and no other."""
    assert raw.endswith(ending * 2), raw[-20:]
    assert b"\r" not in raw.replace(ending, b"") and b"\n" not in raw.replace(ending, b"")
    return [block.decode().split(ending.decode()) for block in raw[: -2 * len(ending)].split(ending * 2)]


def _stream_path(execution_id: str) -> str:
    return f"/v1/workflows/executions/{execution_id}/stream"


def _logs_path(execution_id: str) -> str:
    return f"/v1/workflows/executions/{execution_id}/logs/stream"


def test_item_frames_are_named_workflow_event_by_default(
    client: AuthenticatedClient, http: httpx.Client
) -> None:
    assert EmulatorOptions().sse_event_name == "workflow.event"
    execution = start(client, "countdown", {"n": 2, "interval": 0})
    wait_for_status(client, execution.execution_id, {"COMPLETED"})

    raw = _raw(http, _stream_path(execution.execution_id))
    events = _sse(http, _stream_path(execution.execution_id))

    blocks = _blocks(raw, b"\n")
    assert [block[:2] for block in blocks] == [[f"id: {n}", "event: workflow.event"] for n in range(1, 11)]
    assert {event.event for event in events} == {"workflow.event"}
    assert [event.data for event in events] == [block[2].removeprefix("data: ") for block in blocks]
    assert [event.json()["broker_sequence"] for event in events] == list(range(1, 11))


@pytest.mark.parametrize("name", ["workflow.event", "", "message", "workflow.event.v2"])
def test_the_item_frame_name_is_an_option_and_log_frames_stay_log(name: str) -> None:
    with _raw_emulator(sse_event_name=name) as (_, http):
        _finished(http, "countdown", "c", {"n": 2, "interval": 0})
        raw = _raw(http, _stream_path("c"))
        events = _sse(http, _stream_path("c"))
        log_events = _sse(http, _logs_path("c"))

    named = [f"event: {name}"] if name else []
    for n, block in enumerate(_blocks(raw, b"\n"), start=1):
        assert block[0] == f"id: {n}"
        assert block[1:-1] == named
        assert block[-1].startswith('data: {"stream":"c",')
    assert [event.event for event in events] == [name or "message"] * 10
    assert [event.id for event in events] == [str(n) for n in range(1, 11)]
    assert {event.event for event in log_events} == {"log"}
    assert len(log_events) == 10


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_every_frame_and_keepalive_uses_the_configured_line_ending(ending: str) -> None:
    sep = ending.encode()
    with _raw_emulator(sse_line_ending=ending, keepalive=0.05) as (emu, http):
        _finished(http, "countdown", "c", {"n": 3, "interval": 0})
        raw = _raw(http, _stream_path("c"))
        events = _sse(http, _stream_path("c"))
        raw_logs = _raw(http, _logs_path("c"))
        log_events = _sse(http, _logs_path("c"))
        emu.options.sse_error_every = 4
        raw_erroring = _raw(http, _stream_path("c"))
        erroring = _sse(http, _stream_path("c"))
        emu.options.sse_error_every = None
        http.post("/v1/workflows/forever/execute", json={"execution_id": "f", "input": {"beats": 0}})
        pings = b""
        with http.stream("GET", _stream_path("f")) as response:
            for piece in response.iter_raw():
                pings += piece
                if re.search(rb": ping - [^\r\n]*" + re.escape(sep * 2), pings):
                    break

    blocks = _blocks(raw, sep)
    assert [block[:2] for block in blocks] == [[f"id: {n}", "event: workflow.event"] for n in range(1, 14)]
    assert [(event.event, event.id) for event in events] == [("workflow.event", str(n)) for n in range(1, 14)]
    assert [event.data for event in events] == [block[2].removeprefix("data: ") for block in blocks]
    assert all(StreamEventSsePayload.from_dict(event.json()) for event in events)

    log_blocks = _blocks(raw_logs, sep)
    assert [block[:2] for block in log_blocks] == [["event: log", f"id: {n}"] for n in range(1, 14)]
    assert [(event.event, event.id) for event in log_events] == [("log", str(n)) for n in range(1, 14)]

    error_blocks = _blocks(raw_erroring, sep)
    assert len(error_blocks) == 5
    assert error_blocks[-1][0] == "event: error"
    assert json.loads(error_blocks[-1][1].removeprefix("data: "))["reason"] in REASONS
    assert [event.event for event in erroring] == ["workflow.event"] * 4 + ["error"]

    ping = re.search(rb": ping - [^\r\n]*" + re.escape(sep * 2), pings)
    assert ping is not None
    _blocks(pings[: ping.end()], sep)


def test_a_failure_during_a_stream_sends_an_internal_error_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    from mistral_workflows_emulator import _views

    def failing_log_entry(*args: Any) -> _views.LogEntry:
        raise RuntimeError("boom")

    with _raw_emulator(sse_line_ending="\r\n") as (_, http):
        _finished(http, "countdown", "c", {"n": 1, "interval": 0})
        with monkeypatch.context() as patch:
            patch.setattr(_views, "log_entry", failing_log_entry)
            raw = _raw(http, _logs_path("c"))
        after = _sse(http, _logs_path("c"))

    [block] = _blocks(raw, b"\r\n")
    assert block[0] == "event: error"
    error = StreamEventSseErrorData.from_dict(json.loads(block[1].removeprefix("data: ")))
    assert error.reason == "internal_error"
    assert "RuntimeError: boom" in error.error
    assert [event.id for event in after] == [str(n) for n in range(1, 8)]


def _resume_through_errors(
    http: httpx.Client, path: str, every: int, done: Any
) -> tuple[list[httpx_sse.ServerSentEvent], list[StreamEventSseErrorData], int]:
    """Reconnect with Last-Event-ID after each error frame until `done(items)`.

    The items, the error frames and the number of connections.
    """
    items: list[httpx_sse.ServerSentEvent] = []
    errors: list[StreamEventSseErrorData] = []
    connections = 0
    while not done(items):
        headers = {"Last-Event-ID": items[-1].id} if items else {}
        events = _sse(http, path, headers=headers)
        connections += 1
        got = [event for event in events if event.event != "error"]
        assert len(got) <= every
        if len(events) > len(got):
            assert [event.event for event in events[every:]] == ["error"], events
            error = StreamEventSseErrorData.from_dict(events[-1].json())
            assert error.error
            errors.append(error)
        items += got
    return items, errors, connections


def test_error_frames_end_each_connection_after_k_frames_and_a_resume_loses_nothing() -> None:
    with _raw_emulator(seed=3, sse_error_every=3) as (emu, http):
        http.post("/v1/workflows/countdown/execute", json={"execution_id": "c", "input": {"n": 20}})

        def done(items: list[httpx_sse.ServerSentEvent]) -> bool:
            return bool(items) and items[-1].json()["data"]["event_type"] in TERMINAL

        items, errors, connections = _resume_through_errors(http, _stream_path("c"), 3, done)
        disconnects = emu.stats.sse_disconnects

    assert [event.id for event in items] == [str(n) for n in range(1, 65)]
    assert {event.event for event in items} == {"workflow.event"}
    assert len(errors) in (connections, connections - 1)
    assert len(errors) >= 64 // 3
    assert {error.reason for error in errors} == REASONS
    assert disconnects == 0


def test_the_error_reasons_follow_the_seed() -> None:
    runs: list[list[str]] = []
    for _ in range(2):
        with _raw_emulator(seed=11, sse_error_every=1) as (_, http):
            _finished(http, "countdown", "c", {"n": 3, "interval": 0})
            items, errors, _ = _resume_through_errors(
                http, _stream_path("c"), 1, lambda items: len(items) == 13
            )
        assert [event.id for event in items] == [str(n) for n in range(1, 14)]
        runs.append([error.reason for error in errors])

    assert runs[0] == runs[1]
    assert set(runs[0]) == REASONS


def test_the_log_stream_ends_with_error_frames_too_and_resumes_without_loss(
    client: AuthenticatedClient, emulator: RunningEmulator, http: httpx.Client
) -> None:
    execution = start(client, "countdown", {"n": 5, "interval": 0})
    wait_for_status(client, execution.execution_id, {"COMPLETED"})
    path = _logs_path(execution.execution_id)
    whole = _sse(http, path)
    emulator.options.sse_error_every = 5

    items, errors, _ = _resume_through_errors(http, path, 5, lambda items: len(items) == len(whole))

    assert len(whole) == 19
    assert [(event.event, event.id, event.data) for event in items] == [
        (event.event, event.id, event.data) for event in whole
    ]
    assert len(errors) == 3
    assert {error.reason for error in errors} <= REASONS


@pytest.mark.parametrize(
    ("drop", "error", "items", "error_frame"),
    [(2, 5, 2, False), (5, 2, 2, True), (3, 3, 3, True), (None, 4, 4, True), (4, None, 4, False)],
)
def test_with_both_faults_the_smaller_count_ends_the_connection(
    client: AuthenticatedClient,
    emulator: RunningEmulator,
    http: httpx.Client,
    drop: int | None,
    error: int | None,
    items: int,
    error_frame: bool,
) -> None:
    execution = start(client, "countdown", {"n": 3, "interval": 0})
    wait_for_status(client, execution.execution_id, {"COMPLETED"})
    emulator.options.drop_sse_every = drop
    emulator.options.sse_error_every = error

    events = _sse(http, _stream_path(execution.execution_id))

    assert [event.event for event in events] == ["workflow.event"] * items + ["error"] * error_frame


def test_sse_error_every_is_a_fault_that_reset_faults_turns_off(emulator: RunningEmulator) -> None:
    emulator.options.sse_error_every = 2

    emulator.reset_faults()

    assert emulator.options.sse_error_every is None


@pytest.mark.parametrize(
    "options",
    [
        {"sse_error_every": 0},
        {"sse_line_ending": "\n\n"},
        {"sse_line_ending": ""},
        {"sse_event_name": "error"},
        {"sse_event_name": "workflow\nevent"},
    ],
)
def test_impossible_sse_options_are_refused(options: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        EmulatorOptions(**options)


def test_database_replays_the_stored_events_and_closes_cleanly(
    client: AuthenticatedClient, emulator: RunningEmulator, http: httpx.Client
) -> None:
    execution = start(client, "approval")
    path = _stream_path(execution.execution_id)
    disconnects = emulator.stats.sse_disconnects

    raw = _raw(http, path, params={"event_source": "DATABASE"})
    resumed = _raw(http, path, params={"event_source": "DATABASE"}, headers={"Last-Event-ID": "1"})

    assert [block[:2] for block in _blocks(raw, b"\n")] == [["id: 1", "event: workflow.event"]]
    assert b"event: error" not in raw
    assert resumed == b""
    assert status_of(client, execution.execution_id) == "RUNNING"
    assert emulator.stats.sse_disconnects == disconnects


@pytest.mark.parametrize(("source", "ids"), [("LIVE", ["2"]), ("HYBRID", ["1", "2"]), (None, ["1", "2"])])
def test_live_and_hybrid_follow_the_new_events_to_the_end(
    client: AuthenticatedClient,
    http: httpx.Client,
    source: str | None,
    ids: list[str],
) -> None:
    execution = start(client, "approval")
    params = {"event_source": source} if source else {}
    reader = _Reader(http, _stream_path(execution.execution_id), params)
    # Once the response has begun, the server has chosen where the stream starts (for LIVE:
    # after the events stored so far), so the signal's events are new ones.
    wait_until(reader.opened.is_set, message="the stream's response")

    signaled = http.post(
        f"/v1/workflows/executions/{execution.execution_id}/signals",
        json={"name": "approve", "input": {"by": "me"}},
    )
    frames = reader.frames()

    assert signaled.status_code == 202
    assert [frame.id for frame in frames] == ids
    assert {frame.event for frame in frames} == {"workflow.event"}
    assert frames[-1].json()["data"]["event_type"] == "WORKFLOW_EXECUTION_COMPLETED"
