"""No wait without end: silent stream connections, the stream read timeout, an exhausted pool.

A connection accepted (200, headers) that then receives no byte at all until its read timeout
is *silent*: a buffering proxy in the way does that to every connection. The first one is
resumed at once, as a dead connection would be; from the second in a row on, the stream
checks the execution's status: it ends when the execution has ended, and each further silent
connection counts toward ``max_reconnects``. A connection that received anything, a keep-alive
comment included, is merely quiet and is never counted. Against a scripted server
(MockTransport), once per client flavour.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from mistral_workflows import APITimeoutError, ReconnectAttempt, StreamReconnectError, Workflows
from mistral_workflows._config import STREAM_READ_TIMEOUT, STREAM_SILENT_CONNECTIONS
from mistral_workflows_emulator import RunningEmulator

from ..support import resolve
from ._support import Connection, FakeServer, consume, frames, read_all
from .conftest import Client, Handle

pytestmark = pytest.mark.anyio

Connect = Callable[[FakeServer], Handle]


def silent() -> Connection:
    """200 and headers, then nothing until the read timeout."""
    return Connection([], error=httpx.ReadTimeout("timed out"))


def quiet() -> Connection:
    """Only a keep-alive comment, then nothing until the read timeout."""
    return Connection([b": keep-alive\n\n"], error=httpx.ReadTimeout("timed out"))


def sequences(items: list[Any]) -> list[int]:
    return [item.broker_sequence for item in items]


def test_the_defaults_bound_the_silence() -> None:
    assert 0 < STREAM_READ_TIMEOUT < float("inf")
    assert STREAM_SILENT_CONNECTIONS >= 1


async def test_silent_connections_of_an_ended_execution_resume_for_its_last_events(
    fake: Connect, sleeps: list[float]
) -> None:
    """Ended, yes, but the events not delivered yet only come from a connection: no gap."""
    connections = [silent() for _ in range(STREAM_SILENT_CONNECTIONS)]
    connections.append(Connection(frames([1, 2], "WORKFLOW_EXECUTION_COMPLETED")))
    server = FakeServer(connections, statuses=["COMPLETED"])
    stream = fake(server).stream()
    assert sequences(await read_all(stream)) == [1, 2, 3]
    assert server.get_requests == 1
    assert stream.ending is not None and stream.ending.status == "COMPLETED"


async def test_an_ended_execution_whose_connections_all_stay_silent_is_an_error(
    fake: Connect, sleeps: list[float]
) -> None:
    server = FakeServer([silent() for _ in range(20)], statuses=["COMPLETED"], result={"counted": 3})
    with pytest.raises(StreamReconnectError) as caught:
        await read_all(fake(server).stream(max_reconnects=2))
    assert len(server.stream_requests) == STREAM_SILENT_CONNECTIONS + 2
    assert "ended (COMPLETED)" in str(caught.value)
    assert caught.value.last_event_id is None


async def test_silent_connections_of_a_running_execution_spend_the_budget(
    fake: Connect, sleeps: list[float]
) -> None:
    server = FakeServer([silent() for _ in range(20)], statuses=["RUNNING"])
    seen: list[ReconnectAttempt] = []
    items: list[Any] = []
    with pytest.raises(StreamReconnectError) as caught:
        await consume(fake(server).stream(max_reconnects=2, on_reconnect=seen.append), items)
    # The first silent connections are resumed uncounted; then each one checks the status
    # and counts, until the budget of 2 is spent.
    assert len(server.stream_requests) == STREAM_SILENT_CONNECTIONS + 2
    assert server.get_requests == 3
    assert caught.value.attempts == 3
    assert "silent" in str(caught.value)
    assert [a.attempt for a in seen] == [0] * (STREAM_SILENT_CONNECTIONS - 1) + [1, 2]
    assert sum(sleeps) == 0  # the silence was the wait: no back-off on top


async def test_a_new_event_resets_the_silent_count(fake: Connect, sleeps: list[float]) -> None:
    connections = [silent(), silent(), Connection(frames([1]), error=httpx.ReadTimeout("t")), silent()]
    connections += [silent(), Connection(frames([2], "WORKFLOW_EXECUTION_COMPLETED"))]
    server = FakeServer(connections, statuses=["RUNNING"])
    items = await read_all(fake(server).stream(max_reconnects=1))
    assert sequences(items) == [1, 2, 3]
    assert server.get_requests == 2


async def test_keep_alive_comments_make_a_connection_quiet_not_silent(
    fake: Connect, sleeps: list[float]
) -> None:
    """The legit long wait (for a signal, say): read timeouts on connections that heard a
    keep-alive are never counted and never check the status, however many there are."""
    connections = [quiet() for _ in range(12)]
    connections.append(Connection(frames([1], "WORKFLOW_EXECUTION_COMPLETED")))
    server = FakeServer(connections, statuses=["RUNNING"])
    items = await read_all(fake(server).stream(max_reconnects=0))
    assert sequences(items) == [1, 2]
    assert server.get_requests == 0
    assert sum(sleeps) == 0


async def test_a_quiet_connection_breaks_a_run_of_silent_ones(fake: Connect, sleeps: list[float]) -> None:
    connections = [silent(), quiet()] * 6
    connections.append(Connection(frames([1], "WORKFLOW_EXECUTION_COMPLETED")))
    server = FakeServer(connections, statuses=["RUNNING"])
    items = await read_all(fake(server).stream(max_reconnects=0))
    assert sequences(items) == [1, 2]
    assert server.get_requests == (0 if STREAM_SILENT_CONNECTIONS > 1 else 6)


# ----- result() behind a proxy that stalls every stream ------------------------------------------


async def test_result_returns_when_every_stream_connection_is_silent(
    fake: Connect, sleeps: list[float]
) -> None:
    """No timeout given: result() must still return once the execution has COMPLETED."""
    server = FakeServer(
        [silent() for _ in range(50)], statuses=["RUNNING", "RUNNING", "COMPLETED"], result={"ok": 1}
    )
    assert await resolve(fake(server).result()) == {"ok": 1}
    assert server.get_requests == 3
    assert len(server.stream_requests) == STREAM_SILENT_CONNECTIONS + 2


async def test_result_polls_once_silent_streams_have_spent_the_budget(
    fake: Connect, sleeps: list[float]
) -> None:
    """Still running after the whole budget of silent connections: result() polls, and returns."""
    from mistral_workflows._config import STREAM_MAX_RECONNECTS

    checks = STREAM_MAX_RECONNECTS + 1  # the status checks of the stream, the last one giving up
    server = FakeServer(
        [silent() for _ in range(50)], statuses=["RUNNING"] * (checks + 2) + ["COMPLETED"], result=7
    )
    assert await resolve(fake(server).result()) == 7
    assert len(server.stream_requests) == STREAM_SILENT_CONNECTIONS - 1 + checks
    assert server.get_requests == checks + 3  # then polls: RUNNING, RUNNING, COMPLETED


# ----- the read timeout of stream connections ------------------------------------------------------


def read_timeouts(server: FakeServer) -> list[float | None]:
    return [request.extensions["timeout"]["read"] for request in server.stream_requests]


async def test_stream_connections_have_their_own_finite_read_timeout(
    fake: Connect, sleeps: list[float]
) -> None:
    done = Connection(frames([1], "WORKFLOW_EXECUTION_COMPLETED"))
    server = FakeServer([done, done, Connection([]), done], statuses=["COMPLETED"])
    handle = fake(server)
    await read_all(handle.stream())
    await read_all(handle.stream(read_timeout=7.5, timeout=3))
    await read_all(handle.stream_logs(read_timeout=2.5))
    await resolve(handle.result(read_timeout=4.0))
    assert read_timeouts(server) == [STREAM_READ_TIMEOUT, 7.5, 2.5, 4.0]
    # ``timeout=`` still bounds connecting (and waiting for a pooled connection).
    assert server.stream_requests[1].extensions["timeout"]["connect"] == 3


async def test_a_deadline_caps_the_stream_read_timeout(fake: Connect, sleeps: list[float]) -> None:
    server = FakeServer([Connection(frames([1], "WORKFLOW_EXECUTION_COMPLETED"))])
    await resolve(fake(server).result(timeout=5, read_timeout=30))
    (read,) = read_timeouts(server)
    assert read is not None and 0 < read <= 5


async def test_the_read_timeout_is_checked(fake: Connect) -> None:
    handle = fake(FakeServer([]))
    with pytest.raises(ValueError, match="read_timeout"):
        handle.stream(read_timeout=0)
    with pytest.raises(ValueError, match="read_timeout"):
        handle.stream_logs(read_timeout=-1)


# ----- an exhausted connection pool --------------------------------------------------------------------


async def test_a_pool_timeout_on_a_stream_is_a_clear_error_not_a_cut(
    fake: Connect, sleeps: list[float]
) -> None:
    """Waiting for a free connection is not the stream failing: no reconnection, no back-off,
    an ``APITimeoutError`` that says the pool is exhausted and how to raise its limit."""

    class Exhausted(FakeServer):
        def __call__(self, request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("/stream"):
                self.stream_requests.append(request)
                raise httpx.PoolTimeout("timed out waiting for a connection", request=request)
            return super().__call__(request)

    server = Exhausted([])
    seen: list[ReconnectAttempt] = []
    with pytest.raises(APITimeoutError) as caught:
        await read_all(fake(server).stream(on_reconnect=seen.append))
    assert not isinstance(caught.value, StreamReconnectError)
    message = str(caught.value)
    assert "pool" in message and "limits" in message
    assert isinstance(caught.value.__cause__, httpx.PoolTimeout)
    assert len(server.stream_requests) == 1 and seen == [] and sleeps == []
    # result() says the same, instead of polling on an exhausted pool.
    with pytest.raises(APITimeoutError, match="pool"):
        await resolve(fake(server).result())


# ----- against the emulator: the legit long wait ---------------------------------------------------------


@pytest.mark.emulator_only
async def test_keep_alives_carry_a_long_wait_through_short_read_timeouts(
    client: Client, emulator: RunningEmulator, api_key: str
) -> None:
    """Waiting for a signal for several read timeouts: the keep-alives (every 0.1 s here)
    keep the one connection alive; no reconnection, no status check, no budget spent."""
    emulator.options.keepalive = 0.1
    handle = await resolve(client.execute("approval"))
    other = Workflows(api_key=api_key, base_url=emulator.base_url)
    target = other.execution(handle.execution_id)
    # From another thread, whatever the flavour: the sync stream blocks this one.
    approve = threading.Timer(2.0, lambda: target.signal("approve", {"by": "late"}, timeout=10))
    safety = threading.Timer(20.0, lambda: target.terminate(timeout=10))  # should the approval fail
    approve.start()
    safety.start()
    try:
        events = await read_all(handle.stream(read_timeout=0.5, max_reconnects=0))
    finally:
        approve.cancel()
        safety.cancel()
        approve.join()
        other.close()
    assert events[-1].event_type == "WORKFLOW_EXECUTION_COMPLETED"
    counts = emulator.stats.requests_by_path
    assert counts[("GET", f"/v1/workflows/executions/{handle.execution_id}/stream")] == 1
    assert counts[("GET", f"/v1/workflows/executions/{handle.execution_id}")] == 0
