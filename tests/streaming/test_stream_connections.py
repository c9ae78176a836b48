"""A stream's connection after the stream: reused when the body has ended, closed otherwise.

After the terminal event the server ends the body; the stream reads that end (a few bytes),
so that its connection goes back to the pool and the client's next stream, or ``result()``
wait, reuses it instead of opening another. A body that does not end is read for a bounded
number of bytes (and, async, of seconds), then closed. A stream left early (``break``, with
or without ``async with``) closes its connection, and nothing it read the body with is left
to the garbage collector (warnings are errors here: a generator collected unexhausted under
trio would fail the test).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import httpx
import pytest

from mistral_workflows import AsyncEventStream, AsyncWorkflows, StreamEvent, Workflows, _streaming
from mistral_workflows._config import STREAM_DRAIN_BYTES
from mistral_workflows_emulator import RunningEmulator

from ..chaos_proxy import ChaosProxy
from ..support import resolve, wait_until_async
from ._support import BASE_URL, EXECUTION_ID, Connection, FakeServer, frames, read_all
from .conftest import Client

pytestmark = pytest.mark.anyio

COUNTDOWN = {"n": 3, "interval": 1.0}


def in_use(client: Client) -> int:
    """Connections of the client's stream pool that are open and not idle (httpcore's pool)."""
    pool = getattr(client._stream_http()._transport, "_pool")  # noqa: B009 (httpx's private pool)
    return sum(1 for c in pool.connections if not c.is_closed() and not c.is_idle())


def client_of(flavour: str, base_url: str, api_key: str) -> Client:
    if flavour == "sync":
        return Workflows(api_key=api_key, base_url=base_url)
    return AsyncWorkflows(api_key=api_key, base_url=base_url)


async def close(client: Client) -> None:
    await resolve(client.close())


# ----- reuse, on a real server --------------------------------------------------------------------


@pytest.mark.emulator_only
async def test_consecutive_streams_and_a_result_wait_share_one_connection(
    flavour: str, emulator: RunningEmulator, api_key: str
) -> None:
    with ChaosProxy(emulator.base_url, seed=16) as proxy:
        client = client_of(flavour, proxy.base_url, api_key)
        try:
            handle = await resolve(client.execute("countdown", input=COUNTDOWN))
            live = await read_all(handle.stream())
            replay = await read_all(handle.stream())
            result = await resolve(handle.result())
            assert in_use(client) == 0
        finally:
            await close(client)
    assert live[-1].event_type == "WORKFLOW_EXECUTION_COMPLETED"
    assert [e.id for e in replay] == [e.id for e in live]
    assert result is not None
    streams = [r.connection for r in proxy.records if r.kind == "stream"]
    assert len(streams) == 3
    assert len(set(streams)) == 1, f"stream requests went over connections {streams}"


# ----- bodies that do not end ---------------------------------------------------------------------


class EndlessBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Events up to the terminal one, then keep-alive comments for ever (or, with ``stall``,
    nothing for ever): a server that does not end the body after the terminal event."""

    def __init__(self, chunks: list[bytes], *, stall: bool = False) -> None:
        self.chunks = chunks
        self.stall = stall
        self.sent = 0
        self.closed = False

    def _next(self, index: int) -> bytes:
        chunk = self.chunks[index] if index < len(self.chunks) else b": keep-alive\n\n" * 64
        self.sent += len(chunk)
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        index = 0
        while not self.closed:
            yield self._next(index)
            index += 1

    def __aiter__(self) -> AsyncIterator[bytes]:
        return _EndlessAsync(self)

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class _EndlessAsync:
    def __init__(self, body: EndlessBody) -> None:
        self._body = body
        self._index = 0

    def __aiter__(self) -> _EndlessAsync:
        return self

    async def __anext__(self) -> bytes:
        body = self._body
        if body.closed:
            raise StopAsyncIteration
        if body.stall and self._index >= len(body.chunks):
            await anyio.sleep_forever()
        self._index += 1
        return body._next(self._index - 1)


def endless_client(flavour: str, body: EndlessBody) -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=body)

    transport = httpx.MockTransport(handler)
    if flavour == "sync":
        return Workflows(api_key="k", http_client=httpx.Client(transport=transport, base_url=BASE_URL))
    return AsyncWorkflows(api_key="k", http_client=httpx.AsyncClient(transport=transport, base_url=BASE_URL))


async def close_endless(client: Client) -> None:
    if isinstance(client, AsyncWorkflows):
        await client.api.get_async_httpx_client().aclose()
    else:
        client.api.get_httpx_client().close()


async def test_a_body_that_goes_on_after_the_end_is_read_a_little_then_closed(flavour: str) -> None:
    events = frames([1, 2], "WORKFLOW_EXECUTION_COMPLETED")
    body = EndlessBody(events)
    client = endless_client(flavour, body)
    try:
        with anyio.fail_after(10):
            items = await read_all(client.execution(EXECUTION_ID).stream())
    finally:
        await close_endless(client)
    assert [e.broker_sequence for e in items] == [1, 2, 3]
    assert body.closed
    beyond = body.sent - sum(map(len, events))
    assert 0 < beyond <= STREAM_DRAIN_BYTES + 64 * len(b": keep-alive\n\n")


@pytest.mark.parametrize("flavour", ["async", "trio"])
async def test_an_async_body_silent_after_the_end_is_closed_after_the_drain_timeout(
    flavour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_streaming, "STREAM_DRAIN_TIMEOUT", 0.01)
    body = EndlessBody(frames([1], "WORKFLOW_EXECUTION_COMPLETED"), stall=True)
    client = endless_client(flavour, body)
    try:
        with anyio.fail_after(10):
            items = await read_all(client.execution(EXECUTION_ID).stream())
    finally:
        await close_endless(client)
    assert [e.event_type for e in items] == ["ACTIVITY_TASK_STARTED", "WORKFLOW_EXECUTION_COMPLETED"]
    assert body.closed


# ----- leaving a stream early ---------------------------------------------------------------------


async def test_leaving_within_a_piece_of_the_body_says_the_last_event_delivered(
    fake: Any, flavour: str
) -> None:
    """Five events in one piece, two of them read: the stream stopped after the second, and
    resuming from there delivers the other three, once."""
    chunk = b"".join(frames([1, 2, 3, 4], "WORKFLOW_EXECUTION_COMPLETED"))
    server = FakeServer([Connection([chunk]), Connection([chunk])])
    handle = fake(server)
    first: list[StreamEvent] = []
    stream = handle.stream()
    if isinstance(stream, AsyncEventStream):
        async with stream:
            async for event in stream:
                first.append(event)
                if len(first) == 2:
                    break
    else:
        with stream:
            for event in stream:
                first.append(event)
                if len(first) == 2:
                    break
    assert stream.last_event_id == "2"
    assert stream.ending is None
    rest = await read_all(handle.stream(last_event_id=stream.last_event_id))
    assert [e.broker_sequence for e in first + rest] == [1, 2, 3, 4, 5]
    assert server.bodies[0].closed


@pytest.mark.emulator_only
@pytest.mark.parametrize("flavour", ["async", "trio"])
@pytest.mark.parametrize("with_block", [True, False], ids=["async-with", "bare"])
async def test_breaking_out_early_releases_the_connection(
    flavour: str, with_block: bool, emulator: RunningEmulator, api_key: str
) -> None:
    async with AsyncWorkflows(api_key=api_key, base_url=emulator.base_url) as wf:
        handle = await wf.execute("forever")
        disconnects = emulator.stats.sse_disconnects
        if with_block:
            async with handle.stream() as events:
                async for _ in events:
                    break
            assert in_use(wf) == 0  # at once: aclose() closed it
        else:
            async for _ in handle.stream():
                break
            await wait_until_async(lambda: in_use(wf) == 0, message="the dropped stream's connection is open")
        await wait_until_async(
            lambda: emulator.stats.sse_disconnects > disconnects, message="the server saw no disconnect"
        )
        await handle.cancel()
