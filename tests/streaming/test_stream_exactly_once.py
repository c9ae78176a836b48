"""Exactly once, in order: random events in random frame styles, chunkings, cuts and error frames.

A server that resumes as the real one does (after the Last-Event-ID it is sent, sometimes
replaying a little earlier), written afresh by hypothesis for each example: each connection
sends some events in frames of random names (none, ``message``, ``workflow.event``, anything
but ``error``), with or without ``id:`` lines, LF / CRLF / CR line endings, data split over
several ``data:`` lines, in random chunks; then ends with a cut, an ``event: error`` frame of a
random reason, or a clean close. Whatever it does, the client must deliver every event once,
in order, and end on the terminal event.
"""

from __future__ import annotations

import itertools
import json
import random
from dataclasses import dataclass, field
from typing import Any
from unittest import mock

import anyio
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mistral_workflows import AsyncWorkflows, StreamEvent, UnknownEvent, Workflows, _flow

from ._support import BASE_URL, EXECUTION_ID, RANDOM_NAME, ScriptedBody, event_payload, execution_json

CUT = httpx.RemoteProtocolError("peer closed connection without sending complete message body")
ITEM_NAMES = (None, "message", "workflow.event", RANDOM_NAME, "log", "event.v2")
ERROR_REASONS = ("read_error", "stream_error", "internal_error", "reason-not-yet-invented")
EVENT_TYPES = (
    "ACTIVITY_TASK_STARTED",
    "ACTIVITY_TASK_COMPLETED",
    "CUSTOM_TASK_IN_PROGRESS",
    "WORKFLOW_EXECUTION_CONTINUED_AS_NEW",
    "A_TYPE_FROM_THE_FUTURE",
)
TEXT = st.text(st.characters(codec="utf-8"), max_size=12)


@dataclass
class ResumingServer:
    """Serves ``events`` (payloads) on the stream, resuming after Last-Event-ID like the real one."""

    events: list[dict[str, Any]]
    rng: random.Random
    #: How each connection ends after its events: "cut", "error" or "close".
    endings: list[str] = field(default_factory=list)
    requests: int = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/stream"):
            return httpx.Response(200, json=execution_json("RUNNING"))
        self.requests += 1
        after = int(request.headers.get("last-event-id") or 0)
        rng = self.rng
        start = max(0, after - rng.choice((0, 0, 0, 1, 3)))  # sometimes replays a little
        count = rng.randint(1, 6) + (after - start)
        batch = self.events[start : start + count]
        ending = rng.choice(("cut", "error", "close"))
        if start + count >= len(self.events):
            ending = "close"
        self.endings.append(ending)
        body = b"".join(self._frame(payload) for payload in batch)
        if ending == "error":
            reason = rng.choice(ERROR_REASONS)
            body += self._lines(["event: error", "data: " + json.dumps({"error": "lost", "reason": reason})])
        chunks = _split(body, rng)
        stream = ScriptedBody(chunks, CUT if ending == "cut" else None)
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=stream)

    def _frame(self, payload: dict[str, Any]) -> bytes:
        rng = self.rng
        lines = []
        name = rng.choice(ITEM_NAMES)
        if name is not None:
            lines.append(f"event: {name}")
        if rng.random() < 0.7:
            lines.append(f"id: {payload['broker_sequence']}")
        text = json.dumps(payload, indent=rng.choice((None, None, 1)), ensure_ascii=rng.random() < 0.5)
        lines.extend(f"data: {line}" for line in text.split("\n"))
        return self._lines(lines)

    def _lines(self, lines: list[str]) -> bytes:
        newline = self.rng.choice(("\n", "\r\n", "\r"))
        return (newline.join(lines) + newline + newline).encode()


def _split(body: bytes, rng: random.Random) -> list[bytes]:
    cuts = sorted(rng.sample(range(1, len(body)), k=min(len(body) - 1, rng.randint(0, 8))))
    bounds = [0, *cuts, len(body)]
    return [body[a:b] for a, b in itertools.pairwise(bounds) if b > a]


@st.composite
def executions(draw: st.DrawFn) -> list[dict[str, Any]]:
    """The events of one execution: random types and attributes, then COMPLETED."""
    count = draw(st.integers(min_value=1, max_value=30))
    events = []
    for sequence in range(1, count + 1):
        event_type = draw(st.sampled_from(EVENT_TYPES))
        attributes = {"task_id": str(sequence), "note": draw(TEXT)}
        events.append(event_payload(sequence, event_type, attributes=attributes))
    events.append(event_payload(count + 1, "WORKFLOW_EXECUTION_COMPLETED"))
    return events


def _read_sync(server: ResumingServer) -> list[Any]:
    http = httpx.Client(transport=httpx.MockTransport(server), base_url=BASE_URL)
    with Workflows(api_key="k", http_client=http) as wf, wf.execution(EXECUTION_ID).stream() as events:
        items = list(events)
    http.close()
    return items


async def _read_async(server: ResumingServer) -> list[Any]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server), base_url=BASE_URL)
    async with (
        AsyncWorkflows(api_key="k", http_client=http) as wf,
        wf.execution(EXECUTION_ID).stream() as events,
    ):
        items = [item async for item in events]
    await http.aclose()
    return items


def _check(items: list[Any], events: list[dict[str, Any]]) -> None:
    assert [item.broker_sequence for item in items] == [e["broker_sequence"] for e in events]
    assert [item.raw for item in items] == events
    for item, event in zip(items, events, strict=True):
        known = event["data"]["event_type"] != "A_TYPE_FROM_THE_FUTURE"
        assert type(item) is (StreamEvent if known else UnknownEvent)


async def _no_sleep(seconds: float) -> None:
    return None


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events=executions(), seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_every_event_arrives_exactly_once_in_order(events: list[dict[str, Any]], seed: int) -> None:
    server = ResumingServer(events, random.Random(seed))
    with mock.patch.object(_flow, "sync_sleep", lambda seconds: None):
        items = _read_sync(server)
    _check(items, events)


@pytest.mark.parametrize("seed", range(40))
def test_the_async_stream_too(seed: int) -> None:
    """The async shell over the same kind of scripted server (fixed seeds)."""
    rng = random.Random(seed)
    count = rng.randint(1, 40)
    events = [
        event_payload(n, rng.choice(EVENT_TYPES), attributes={"task_id": str(n)}) for n in range(1, count + 1)
    ]
    events.append(event_payload(count + 1, "WORKFLOW_EXECUTION_COMPLETED"))
    server = ResumingServer(events, rng)
    with mock.patch.object(_flow, "async_sleep", _no_sleep):
        items = anyio.run(_read_async, server)
    _check(items, events)
    assert server.requests == len(server.endings)
