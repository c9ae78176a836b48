"""Connection pools: a client waiting on many results still serves its other calls.

Event streams hold their connection for as long as the execution runs; a call holds one for
a few milliseconds. A client's own streams therefore draw from a pool of their own
(``stream_limits``), so that no number of ``result()`` waits can starve a ``get()``; and a
stream that finds its pool exhausted says so, with the limit to raise.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import httpx
import pytest

from mistral_workflows import (
    APITimeoutError,
    AsyncWorkflows,
    ExecutionCanceled,
    Workflows,
)
from mistral_workflows._config import DEFAULT_LIMITS, DEFAULT_STREAM_LIMITS
from mistral_workflows_emulator import RunningEmulator

from ..support import wait_until, wait_until_async

pytestmark = pytest.mark.anyio

WAITS = 150


def streams_opened(emulator: RunningEmulator, ids: list[str]) -> int:
    """How many of ``ids`` have had their event stream requested."""
    counts = emulator.stats.requests_by_path
    return sum(1 for i in ids if counts[("GET", f"/v1/workflows/executions/{i}/stream")] > 0)


def outcome(result: Any) -> str:
    if isinstance(result, ExecutionCanceled):
        return "canceled"
    assert result == {"approved": True, "by": "pool-test"}, result
    return "approved"


@pytest.mark.emulator_only
@pytest.mark.slow
@pytest.mark.parametrize("loop", ["async", "trio"])
async def test_150_result_waits_leave_room_for_a_get(
    emulator: RunningEmulator, api_key: str, loop: str
) -> None:
    async with AsyncWorkflows(api_key=api_key, base_url=emulator.base_url) as wf:
        kinds = ["approval" if i % 2 else "forever" for i in range(WAITS)]
        handles = [await wf.execute(kind) for kind in kinds]
        ids = [h.execution_id for h in handles]
        results: dict[str, Any] = {}

        async def wait(index: int) -> None:
            try:
                results[ids[index]] = await handles[index].result()
            except ExecutionCanceled as exc:
                results[ids[index]] = exc

        with anyio.fail_after(60):
            async with anyio.create_task_group() as tasks:
                for index in range(WAITS):
                    tasks.start_soon(wait, index)
                await wait_until_async(
                    lambda: streams_opened(emulator, ids) == WAITS,
                    timeout=20,
                    message=lambda: f"only {streams_opened(emulator, ids)} of {WAITS} streams opened",
                )
                started = time.monotonic()
                got = await wf.execution(ids[0]).get(timeout=3)
                assert got.status == "RUNNING"
                assert time.monotonic() - started < 3
                assert not results  # every wait is still on its stream
                approvals = [i for i, kind in zip(ids, kinds, strict=True) if kind == "approval"]
                forevers = [i for i, kind in zip(ids, kinds, strict=True) if kind == "forever"]
                signals = await wf.signal_many(approvals, "approve", {"by": "pool-test"})
                assert signals.ok, signals.summary()
                cancels = await wf.cancel_many(forevers)
                assert cancels.ok, cancels.summary()
    assert sorted(outcome(results[i]) for i in ids) == sorted(
        "approved" if kind == "approval" else "canceled" for kind in kinds
    )


@pytest.mark.emulator_only
@pytest.mark.slow
def test_150_result_waits_in_threads_leave_room_for_a_get(emulator: RunningEmulator, api_key: str) -> None:
    with Workflows(api_key=api_key, base_url=emulator.base_url) as wf:
        handles = [wf.execute("approval") for _ in range(WAITS)]
        ids = [h.execution_id for h in handles]
        with ThreadPoolExecutor(WAITS) as pool:
            futures = [pool.submit(h.result) for h in handles]
            try:
                wait_until(
                    lambda: streams_opened(emulator, ids) == WAITS,
                    timeout=20,
                    message=lambda: f"only {streams_opened(emulator, ids)} of {WAITS} streams opened",
                )
                started = time.monotonic()
                assert wf.execution(ids[0]).get(timeout=3).status == "RUNNING"
                assert time.monotonic() - started < 3
            finally:
                wf.signal_many(ids, "approve", {"by": "pool-test"})
            assert [f.result(timeout=30) for f in futures] == [{"approved": True, "by": "pool-test"}] * WAITS


# ----- an exhausted stream pool ----------------------------------------------------------------------


@pytest.mark.emulator_only
async def test_an_exhausted_stream_pool_is_a_clear_error_and_calls_still_pass(
    emulator: RunningEmulator, api_key: str
) -> None:
    limits = httpx.Limits(max_connections=2)
    timeout = httpx.Timeout(10, pool=0.3)
    async with AsyncWorkflows(
        api_key=api_key, base_url=emulator.base_url, stream_limits=limits, timeout=timeout
    ) as wf:
        assert wf.stream_limits == limits
        handles = [await wf.execute("forever") for _ in range(3)]
        first, second = handles[0].stream(), handles[1].stream()
        async with first, second:
            await anext(first)
            await anext(second)
            started = time.monotonic()
            with pytest.raises(APITimeoutError) as caught:
                async with handles[2].stream() as third:
                    await anext(third)
            assert time.monotonic() - started < 5
            message = str(caught.value)
            assert "pool" in message and "stream_limits" in message and "2" in message
            assert (await handles[2].get()).status == "RUNNING"
        await wf.cancel_many([h.execution_id for h in handles])


@pytest.mark.emulator_only
def test_an_exhausted_stream_pool_in_the_sync_client(emulator: RunningEmulator, api_key: str) -> None:
    limits = httpx.Limits(max_connections=1)
    with Workflows(
        api_key=api_key, base_url=emulator.base_url, stream_limits=limits, timeout=httpx.Timeout(10, pool=0.3)
    ) as wf:
        handles = [wf.execute("forever") for _ in range(2)]
        with handles[0].stream() as first:
            next(first)
            with pytest.raises(APITimeoutError, match="stream_limits"):
                handles[1].result()
            assert handles[1].get().status == "RUNNING"
        wf.cancel_many([h.execution_id for h in handles])


# ----- configuration -----------------------------------------------------------------------------------


def test_default_limits() -> None:
    assert DEFAULT_LIMITS.max_connections is not None and DEFAULT_LIMITS.max_connections >= 100
    assert DEFAULT_STREAM_LIMITS.max_connections is not None and DEFAULT_STREAM_LIMITS.max_connections >= 500
    with Workflows(api_key="test-key", base_url="http://api.test") as wf:
        assert wf.limits == DEFAULT_LIMITS and wf.stream_limits == DEFAULT_STREAM_LIMITS


def pool_size(http: httpx.Client | httpx.AsyncClient) -> int:
    pool = getattr(http._transport, "_pool")  # noqa: B009 (httpx's private pool, for this check only)
    size: int = getattr(pool, "_max_connections")  # noqa: B009
    return size


def test_limits_reach_the_connection_pools() -> None:
    calls, streams = httpx.Limits(max_connections=7), httpx.Limits(max_connections=3)
    with Workflows(api_key="test-key", base_url="http://api.test", limits=calls, stream_limits=streams) as wf:
        assert pool_size(wf.api.get_httpx_client()) == 7
        assert pool_size(wf._stream_http()) == 3
        assert wf._stream_http() is not wf._http()


async def test_async_limits_reach_the_connection_pools() -> None:
    calls, streams = httpx.Limits(max_connections=5), httpx.Limits(max_connections=4)
    async with AsyncWorkflows(
        api_key="test-key", base_url="http://api.test", limits=calls, stream_limits=streams
    ) as wf:
        assert pool_size(wf.api.get_async_httpx_client()) == 5
        assert pool_size(wf._stream_http()) == 4


def test_limits_are_for_the_clients_own_connections() -> None:
    http = httpx.Client()
    with pytest.raises(ValueError, match="limits"):
        Workflows(api_key="test-key", http_client=http, stream_limits=httpx.Limits(max_connections=3))
    with Workflows(api_key="test-key", http_client=http) as wf:
        assert wf._stream_http() is http  # streams share the caller's client
        assert wf.limits is None and wf.stream_limits is None
    http.close()


def test_copies_share_the_stream_pool_and_a_new_key_gets_its_own() -> None:
    wf = Workflows(api_key="test-key", base_url="http://api.test")
    shared = wf.with_options(timeout=5)
    assert shared._stream_http() is wf._stream_http()
    shared.close()
    assert not wf._stream_http().is_closed
    other = wf.with_options(api_key="sk-other-key-987654321")
    assert other._stream_http() is not wf._stream_http()
    assert other.stream_limits == wf.stream_limits
    other.close()
    assert other._stream_http().is_closed and not wf._stream_http().is_closed
    wf.close()
    assert wf._stream_http().is_closed


async def test_aclose_closes_the_stream_pool() -> None:
    wf = AsyncWorkflows(api_key="test-key", base_url="http://api.test")
    streams = wf._stream_http()
    await wf.aclose()
    assert streams.is_closed


@pytest.mark.emulator_only
def test_the_stream_pool_sends_the_key_and_headers(emulator: RunningEmulator, api_key: str) -> None:
    with Workflows(api_key=api_key, base_url=emulator.base_url, default_headers={"X-Team": "ops"}) as wf:
        handle = wf.execute("countdown", input={"n": 1})
        events = list(handle.stream())
        assert events[-1].event_type == "WORKFLOW_EXECUTION_COMPLETED"
        headers = wf._stream_http().headers
        assert headers["authorization"] == f"Bearer {api_key}" and headers["x-team"] == "ops"


def test_a_copy_of_a_client_with_limits_may_take_an_http_client() -> None:
    wf = Workflows(
        api_key="test-key", base_url="http://api.test", stream_limits=httpx.Limits(max_connections=3)
    )
    http = httpx.Client()
    mine = wf.with_options(http_client=http)
    assert mine._stream_http() is http and mine.stream_limits is None
    http.close()
    wf.close()
