"""Helpers of the streaming tests: SSE frames, a scripted fake server, either client flavour."""

from __future__ import annotations

import json
import random
import string
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from mistral_workflows import AsyncEventStream, EventStream

EXECUTION_ID = "ex-1"
BASE_URL = "http://fake.test"


def event_payload(
    sequence: int,
    event_type: str = "ACTIVITY_TASK_STARTED",
    *,
    execution_id: str = EXECUTION_ID,
    attributes: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A StreamEventSsePayload as the API sends it."""
    if attributes is None:
        attributes = _attributes(event_type, sequence)
    return {
        "stream": execution_id,
        "timestamp": "2026-01-05T10:00:00Z",
        "broker_sequence": sequence,
        "workflow_context": {
            "namespace": "default",
            "workflow_name": "countdown",
            "workflow_exec_id": execution_id,
            "parent_workflow_exec_id": None,
            "root_workflow_exec_id": execution_id,
        },
        "metadata": {"run_id": "run-1"},
        "data": {
            "event_id": str(sequence),
            "event_timestamp": 1767607200000000000 + sequence,
            "root_workflow_exec_id": execution_id,
            "parent_workflow_exec_id": None,
            "continued_run_id": None,
            "first_execution_run_id": "run-1",
            "schedule_id": None,
            "workflow_exec_id": execution_id,
            "workflow_run_id": "run-1",
            "workflow_name": "countdown",
            "event_type": event_type,
            "attributes": attributes,
        },
    }


def _attributes(event_type: str, sequence: int) -> dict[str, Any]:
    task = {"task_id": str(sequence)}
    if event_type == "ACTIVITY_TASK_STARTED":
        return {**task, "activity_name": "tick", "input": {"type": "json", "value": {"remaining": sequence}}}
    if event_type == "ACTIVITY_TASK_COMPLETED":
        return {**task, "activity_name": "tick", "result": {"type": "json", "value": {"remaining": sequence}}}
    if event_type == "WORKFLOW_EXECUTION_COMPLETED":
        return {**task, "result": {"type": "json", "value": {"counted": sequence}}}
    if event_type == "WORKFLOW_EXECUTION_FAILED":
        return {**task, "failure": {"message": "disk on fire"}}
    return task


@dataclass(frozen=True)
class FrameStyle:
    """How a server writes item frames: their ``event:`` name (None: unnamed) and line ending."""

    name: str | None = None
    newline: str = "\n"

    def __str__(self) -> str:
        ending = {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}[self.newline]
        return f"{self.name or 'unnamed'}-{ending}"


#: A name no server uses today: any name but ``error`` is an item frame.
RANDOM_NAME = "x-" + "".join(random.Random(20261130).choices(string.ascii_lowercase, k=8))
#: The frame names a server may give item frames, by the facts we have (see README).
FRAME_NAMES: tuple[str | None, ...] = (None, "message", "workflow.event", RANDOM_NAME)
NEWLINES = ("\n", "\r\n", "\r")
#: Every name with every line ending.
FRAME_STYLES = tuple(FrameStyle(name, newline) for name in FRAME_NAMES for newline in NEWLINES)


class _StyleHolder:
    """The style ``frame()`` gives frames whose name is not given (set by the ``frame_style``
    fixture; a plain global, so that async tests see it whatever task runs them)."""

    style = FrameStyle()


current_style = _StyleHolder()


def frame(
    payload: dict[str, Any] | str,
    *,
    id: str | None = None,
    event: str | None = None,
    retry: int | None = None,
) -> bytes:
    """One SSE frame; ``id`` defaults to the payload's broker_sequence ("" sends no ``id:``).

    Without ``event``, the frame is named (or not) and its lines ended as ``current_style`` says.
    """
    style = current_style.style
    lines = []
    if event is None:
        event = style.name
    if event is not None:
        lines.append(f"event: {event}")
    if id is None and isinstance(payload, dict) and "broker_sequence" in payload:
        id = str(payload["broker_sequence"])
    if id:
        lines.append(f"id: {id}")
    if retry is not None:
        lines.append(f"retry: {retry}")
    data = payload if isinstance(payload, str) else json.dumps(payload)
    lines.extend(f"data: {line}" for line in data.split("\n"))
    newline = style.newline
    return (newline.join(lines) + newline + newline).encode()


def error_frame(reason: str, error: str = "stream interrupted") -> bytes:
    """An ``event: error`` frame (StreamEventSseErrorData), in the current line ending."""
    return frame(json.dumps({"error": error, "reason": reason}), event="error")


def frames(sequences: Sequence[int], terminal: str | None = None, **kw: Any) -> list[bytes]:
    """Frames of activity events ``sequences``, then optionally a terminal event of type ``terminal``."""
    out = [frame(event_payload(s), **kw) for s in sequences]
    if terminal is not None:
        out.append(frame(event_payload(max(sequences, default=0) + 1, terminal), **kw))
    return out


class ScriptedBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body sent in the given chunks, then ended cleanly or by ``error``."""

    def __init__(self, chunks: Sequence[bytes], error: Exception | None = None) -> None:
        self.chunks = list(chunks)
        self.error = error
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if self.error is not None:
            raise self.error

    def __aiter__(self) -> AsyncIterator[bytes]:
        # Not an async generator: the client closes what it reads the body with (httpx's
        # aiter_bytes), but httpx does not close the transport's generators beneath it, and
        # trio warns for each one collected unexhausted (see pyproject.toml). A real transport's
        # are httpcore's, ignored there; this stands for one.
        return _AsyncChunks(iter(self.chunks), self.error)

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class _AsyncChunks:
    """``ScriptedBody``'s chunks, read asynchronously, then its error if it has one."""

    def __init__(self, chunks: Iterator[bytes], error: Exception | None) -> None:
        self._chunks = chunks
        self._error = error

    def __aiter__(self) -> _AsyncChunks:
        return self

    async def __anext__(self) -> bytes:
        chunk = next(self._chunks, None)
        if chunk is not None:
            return chunk
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        raise StopAsyncIteration


@dataclass
class Connection:
    """What the fake server answers to one stream request."""

    chunks: Sequence[bytes] = ()
    status: int = 200
    #: Raised after the chunks (a cut connection); None: a clean end.
    error: Exception | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/event-stream"


@dataclass
class FakeServer:
    """A scripted API: stream requests get the next ``Connection``; GET execution gets ``statuses``."""

    connections: list[Connection]
    #: Status of each successive GET of the execution (the last one repeats); "UNREACHABLE"
    #: makes that GET fail to connect.
    statuses: list[str] = field(default_factory=lambda: ["RUNNING"])
    #: The execution's result in GET answers.
    result: Any = None
    stream_requests: list[httpx.Request] = field(default_factory=list)
    get_requests: int = 0
    bodies: list[ScriptedBody] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/stream"):
            self.stream_requests.append(request)
            conn = self.connections.pop(0) if self.connections else Connection()
            if conn.status != 200:
                return httpx.Response(
                    conn.status, json={"detail": f"status {conn.status}"}, headers=conn.headers
                )
            body = ScriptedBody(conn.chunks, conn.error)
            self.bodies.append(body)
            return httpx.Response(
                200, headers={"content-type": conn.content_type, **conn.headers}, stream=body
            )
        if request.method == "GET" and path == f"/v1/workflows/executions/{EXECUTION_ID}":
            self.get_requests += 1
            status = self.statuses[min(self.get_requests, len(self.statuses)) - 1]
            if status == "UNREACHABLE":
                raise httpx.ConnectError("connection refused", request=request)
            return httpx.Response(200, json=execution_json(status, self.result))
        return httpx.Response(404, json={"detail": f"no route {request.method} {path}"})

    def resumed_from(self) -> list[str | None]:
        """The Last-Event-ID each stream request carried."""
        return [r.headers.get("last-event-id") for r in self.stream_requests]


def execution_json(status: str, result: Any = None) -> dict[str, Any]:
    return {
        "workflow_name": "countdown",
        "execution_id": EXECUTION_ID,
        "root_execution_id": EXECUTION_ID,
        "status": status,
        "start_time": "2026-01-05T10:00:00Z",
        "end_time": None,
        "result": result,
    }


async def consume(stream: EventStream[Any] | AsyncEventStream[Any], into: list[Any]) -> None:
    """Read ``stream`` to its end into ``into`` (so that a test sees what came before an error)."""
    if isinstance(stream, AsyncEventStream):
        async with stream:
            async for item in stream:
                into.append(item)
    else:
        with stream:
            for item in stream:
                into.append(item)


async def read_all(stream: EventStream[Any] | AsyncEventStream[Any]) -> list[Any]:
    items: list[Any] = []
    await consume(stream, items)
    return items
