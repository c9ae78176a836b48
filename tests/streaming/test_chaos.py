"""Chaos: the client through a proxy that cuts, stalls, corrupts and delays connections.

Through ``tests/chaos_proxy.py`` in front of the emulator, with fixed seeds, once per client
flavour:

- a live stream delivers every event exactly once, in order: the same events as an unproxied
  ``DATABASE`` replay of the same execution, whatever happens to its connections;
- every call either succeeds or raises a ``WorkflowsError`` subclass, never a raw httpx (or
  any other) exception, even when a byte of its answer is corrupted;
- ``result()`` without a timeout returns for a COMPLETED execution even when every stream
  connection stalls (a buffering proxy: 200 and headers, then nothing).

Back-off waits are capped at a few milliseconds, so that many faults fit in a short run.
"""

from __future__ import annotations

import random
import time
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import httpx
import pytest

from mistral_workflows import (
    AsyncEventStream,
    AsyncWorkflows,
    EventStream,
    StreamEvent,
    Workflows,
    WorkflowsError,
    _flow,
)
from mistral_workflows_emulator import RunningEmulator

from ..chaos_proxy import ChaosProxy, Faults
from ..support import collect, resolve, wait_until, wait_until_async
from ._support import read_all
from .conftest import Client

pytestmark = [pytest.mark.anyio, pytest.mark.emulator_only]

#: At the streaming tests' speed (200), a tick every 50 ms: about 40 events in 0.6 s.
COUNTDOWN = {"n": 12, "interval": 10.0}
#: What may happen to a stream connection, and to the status checks a stream makes.
STREAM_FAULTS = Faults(cut=0.6, stall=0.2, delay=0.1, max_cut_bytes=6000)
STATUS_FAULTS = Faults(cut=0.15, delay=0.15, max_cut_bytes=1500)
#: What may happen to any connection of the calls test: corruption too.
CALL_FAULTS = Faults(cut=0.15, stall=0.03, corrupt=0.25, delay=0.1, max_cut_bytes=1500, corrupt_within=1200)
#: A stalled stream connection is given up after this long.
READ_TIMEOUT = 0.4


@pytest.fixture
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every wait of the drivers (back-off, polling) capped at 10 ms."""
    real_sync, real_async = _flow.sync_sleep, _flow.async_sleep

    async def capped(seconds: float) -> None:
        await real_async(min(seconds, 0.01))

    monkeypatch.setattr(_flow, "sync_sleep", lambda seconds: real_sync(min(seconds, 0.01)))
    monkeypatch.setattr(_flow, "async_sleep", capped)


Through = Callable[..., Client]


@pytest.fixture
async def through(flavour: str, api_key: str) -> AsyncIterator[Through]:
    """``through(proxy, **settings)``: a client of this flavour whose requests go through ``proxy``."""
    opened: list[Client] = []

    def connect(proxy: ChaosProxy, **settings: Any) -> Client:
        wf: Client
        if flavour == "sync":
            wf = Workflows(api_key=api_key, base_url=proxy.base_url, **settings)
        else:
            wf = AsyncWorkflows(api_key=api_key, base_url=proxy.base_url, **settings)
        opened.append(wf)
        return wf

    yield connect
    for wf in opened:
        await resolve(wf.close())


def raw_events(items: list[Any]) -> list[Any]:
    assert all(isinstance(item, StreamEvent) for item in items)
    return [item.raw for item in items]


# ----- streams: every event once, in order ------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("seed", [11, 12, 13])
async def test_a_stream_through_chaos_delivers_every_event_once_in_order(
    client: Client, emulator: RunningEmulator, through: Through, seed: int, quick_backoff: None
) -> None:
    handle = await resolve(client.execute("countdown", input=COUNTDOWN))
    with ChaosProxy(
        emulator.base_url, seed=seed, streams=STREAM_FAULTS, calls=STATUS_FAULTS, hold=5, lifetime=30
    ) as proxy:
        wf = through(proxy, timeout=5)
        stream = wf.execution(handle.execution_id).stream(read_timeout=READ_TIMEOUT, max_reconnects=50)
        events = await read_all(stream)
    replay = await read_all(client.execution(handle.execution_id).stream(event_source="DATABASE"))
    assert raw_events(events) == raw_events(replay)
    assert events[-1].event_type == "WORKFLOW_EXECUTION_COMPLETED"
    assert proxy.faults("stream"), "no fault hit the stream: the seed tests nothing"


# ----- calls: success or a WorkflowsError ---------------------------------------------------------------


async def _attempt(outcomes: list[str], call: Callable[[], Any]) -> None:
    """Run one call (a value, a coroutine, an iterator or a stream) to its end; only a
    ``WorkflowsError`` may come out of it."""
    try:
        value = call()
        if isinstance(value, EventStream | AsyncEventStream):
            await read_all(value)
        elif hasattr(value, "__aiter__") or hasattr(value, "__next__"):
            await collect(value)
        else:
            await resolve(value)
    except WorkflowsError as exc:
        outcomes.append(type(exc).__name__)
    else:
        outcomes.append("ok")


@pytest.mark.slow
@pytest.mark.parametrize("seed", [21, 22, 23])
async def test_calls_through_chaos_succeed_or_raise_a_workflows_error(
    client: Client, emulator: RunningEmulator, through: Through, seed: int, quick_backoff: None
) -> None:
    async def start(workflow: str, **input: Any) -> str:
        started = await resolve(client.execute(workflow, input=input))
        return str(started.execution_id)

    counter = await start("counter", start=1)
    done = await start("countdown", n=2, interval=1.0)
    await resolve(client.execution(done).result(timeout=30))
    outcomes: list[str] = []
    proxy = ChaosProxy(
        emulator.base_url, seed=seed, streams=CALL_FAULTS, calls=CALL_FAULTS, hold=5, lifetime=40
    )
    with proxy:
        wf = through(proxy, timeout=1.0)
        h, d = wf.execution(counter), wf.execution(done)
        for _ in range(2):
            stoppable = [await start("forever") for _ in range(4)]

            def cancel_the_rest(ids: list[str] = stoppable) -> Any:
                return wf.cancel_many(ids[2:])

            calls: list[Callable[[], Any]] = [
                lambda: wf.execute("countdown", input={"n": 1}),
                h.get,
                h.history,
                lambda: h.query("value"),
                lambda: h.update("increment", {"by": 1}),
                lambda: h.signal("add", {"by": 1}),
                d.logs,
                d.trace.info,
                d.trace.summary,
                lambda: d.stream(event_source="DATABASE", read_timeout=1.0),
                lambda: d.stream(read_timeout=1.0),
                lambda: d.stream_logs(read_timeout=1.0),
                lambda: d.result(timeout=10, read_timeout=1.0),
                wf.execution(stoppable[0]).cancel,
                wf.execution(stoppable[1]).terminate,
                cancel_the_rest,
            ]
            for call in calls:
                await _attempt(outcomes, call)
    assert len(outcomes) == 32
    assert outcomes.count("ok") >= 8, outcomes
    assert proxy.faults(), "no fault took effect: the seed tests nothing"


# ----- result() behind a proxy that stalls every stream -------------------------------------------------


@pytest.mark.slow
async def test_result_returns_through_a_proxy_that_stalls_every_stream(
    client: Client, emulator: RunningEmulator, through: Through, flavour: str
) -> None:
    handle = await resolve(client.execute("approval"))
    with ChaosProxy(emulator.base_url, seed=0, streams=Faults(stall=1.0), hold=30, lifetime=30) as proxy:
        wf = through(proxy, timeout=5)

        def stalled_twice() -> bool:
            return len(proxy.faults("stream")) >= 2

        async def approve() -> float:
            await resolve(client.execution(handle.execution_id).signal("approve", {"by": "chaos"}))
            return time.monotonic()

        if isinstance(wf, Workflows):
            with ThreadPoolExecutor(1) as pool:
                # No timeout: only the stream's own rules may end this wait.
                waiting = pool.submit(wf.execution(handle.execution_id).result, read_timeout=READ_TIMEOUT)
                wait_until(stalled_twice, timeout=10)
                assert not waiting.done()
                approved_at = await approve()
                result = waiting.result(timeout=15)
        else:
            proxied = wf.execution(handle.execution_id)
            outcome: list[Any] = []

            async def wait() -> None:
                outcome.append(await proxied.result(read_timeout=READ_TIMEOUT))

            with anyio.fail_after(15):
                async with anyio.create_task_group() as tasks:
                    tasks.start_soon(wait)
                    await wait_until_async(stalled_twice, timeout=10)
                    assert not outcome
                    approved_at = await approve()
            (result,) = outcome
        took = time.monotonic() - approved_at
    assert result == {"approved": True, "by": "chaos"}
    # Found at the next silent connection's status check: within a read timeout or two.
    assert took < 10 * READ_TIMEOUT + 2
    streams = [r for r in proxy.records if r.kind == "stream"]
    assert streams and all(r.fault.kind == "stall" for r in streams)


# ----- the proxy itself ----------------------------------------------------------------------------------


def test_faults_are_drawn_from_the_seed() -> None:
    faults = Faults(cut=0.2, stall=0.2, corrupt=0.2, delay=0.2)
    first = [faults.draw(random.Random(seed)) for seed in range(200)]
    assert first == [faults.draw(random.Random(seed)) for seed in range(200)]
    assert {f.kind for f in first} == {"none", "cut", "stall", "corrupt", "delay"}
    assert all(f.mask != 0 for f in first if f.kind == "corrupt")
    with pytest.raises(ValueError):
        Faults(cut=0.6, stall=0.6)


def test_the_proxy_forwards_then_stops_by_itself(emulator: RunningEmulator, api_key: str) -> None:
    headers = {"Authorization": f"Bearer {api_key}"}
    with ChaosProxy(emulator.base_url, seed=1, lifetime=1.0) as proxy:
        answer = httpx.get(f"{proxy.base_url}/v1/workflows/executions/nope", headers=headers)
        assert answer.status_code == 404
        assert [(r.kind, r.fault.kind) for r in proxy.records] == [("call", "none")]
        wait_until(lambda: not proxy.running, timeout=10)
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{proxy.base_url}/v1/workflows/executions/nope", headers=headers)


def test_a_stall_forwards_the_head_and_holds_the_rest(emulator: RunningEmulator, api_key: str) -> None:
    headers = {"Authorization": f"Bearer {api_key}"}
    with ChaosProxy(emulator.base_url, seed=1, calls=Faults(stall=1.0), hold=5) as proxy:
        with httpx.stream(
            "GET", f"{proxy.base_url}/v1/workflows/executions/nope", headers=headers, timeout=0.3
        ) as answer:
            assert answer.status_code == 404  # the head came through
            with pytest.raises(httpx.ReadTimeout):
                answer.read()  # the body never does
        assert proxy.faults() == ["stall"]


def test_a_cut_and_a_corrupted_byte(emulator: RunningEmulator, api_key: str) -> None:
    headers = {"Authorization": f"Bearer {api_key}"}
    url = "/v1/workflows/executions/nope"
    with (
        ChaosProxy(emulator.base_url, seed=1, calls=Faults(cut=1.0, max_cut_bytes=0)) as proxy,
        pytest.raises(httpx.RemoteProtocolError),
    ):
        httpx.get(proxy.base_url + url, headers=headers)
    with ChaosProxy(emulator.base_url, seed=1, calls=Faults(corrupt=1.0, corrupt_within=1)) as proxy:
        with pytest.raises(httpx.RemoteProtocolError):  # "HTTP/1.1" no longer starts with H
            httpx.get(proxy.base_url + url, headers=headers)
        assert proxy.records[0].applied
