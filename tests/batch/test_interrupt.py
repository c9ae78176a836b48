"""Ctrl-C and task cancellation mid-way: scheduling stops, the requests in flight finish, and
the original exception goes on with the partial report of exactly the ids sent and answered."""

from __future__ import annotations

import asyncio
import signal
import threading
import time
from typing import Any

import anyio
import httpx
import pytest

from mistral_workflows import AsyncWorkflows, BatchInterrupted, Workflows, _flow
from mistral_workflows_emulator import RunningEmulator

from ._support import API_KEY, mock_client, start_many, statuses

CANCEL = "/v1/workflows/executions/cancel"


def _ctrl_c() -> None:
    """What pressing Ctrl-C does: SIGINT to the main thread."""
    signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)


@pytest.fixture(autouse=True)
def _default_sigint() -> None:
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        pytest.skip("SIGINT does not raise KeyboardInterrupt here")


def _check_partial(report: Any, ids: list[str], wf: Workflows, requests_sent: int) -> None:
    answered = list(report.results)
    assert not report.complete and not report.ok and report.failed == {}
    assert answered == [i for i in ids if i in set(answered)]  # input order
    assert set(report.not_sent).isdisjoint(answered)
    # Exactly the ids the server acted on: those are canceled, every other one still runs.
    now = statuses(wf, ids)
    assert {i for i, status in now.items() if status == "CANCELED"} == set(answered)
    assert {i for i, status in now.items() if status == "RUNNING"} == set(ids) - set(answered)
    assert len(answered) == 10 * requests_sent
    assert 60 <= len(answered) < 300


@pytest.mark.slow
@pytest.mark.emulator_only
def test_ctrl_c_stops_a_sync_cancel_many_with_the_partial_report(
    wf: Workflows, emulator: RunningEmulator
) -> None:
    ids = start_many(wf, "forever", 300)
    emulator.options.latency = 0.02
    sent: list[str] = []

    def on_request(request: httpx.Request) -> None:
        if request.url.path == CANCEL:
            sent.append(request.url.path)
            if len(sent) == 6:
                _ctrl_c()

    with Workflows(api_key=API_KEY, base_url=emulator.base_url) as client:
        client.api.get_httpx_client().event_hooks["request"].append(on_request)
        with pytest.raises(KeyboardInterrupt) as caught:
            client.cancel_many(ids, chunk_size=10, max_concurrency=3)
    emulator.reset_faults()
    assert isinstance(caught.value.__cause__, BatchInterrupted)
    _check_partial(caught.value.__cause__.report, ids, wf, len(sent))


@pytest.mark.slow
@pytest.mark.emulator_only
@pytest.mark.anyio
async def test_cancelling_the_task_stops_an_async_cancel_many_with_the_partial_report(
    wf: Workflows, emulator: RunningEmulator
) -> None:
    ids = start_many(wf, "forever", 300)
    emulator.options.latency = 0.02
    sent: list[str] = []
    tasks: list[asyncio.Task[Any]] = []

    async def on_request(request: httpx.Request) -> None:
        if request.url.path == CANCEL:
            sent.append(request.url.path)
            if len(sent) == 6:
                tasks[0].cancel()

    async with AsyncWorkflows(api_key=API_KEY, base_url=emulator.base_url) as client:
        client.api.get_async_httpx_client().event_hooks["request"].append(on_request)
        tasks.append(asyncio.create_task(client.cancel_many(ids, chunk_size=10, max_concurrency=3)))
        with pytest.raises(asyncio.CancelledError) as caught:
            await tasks[0]
    emulator.reset_faults()
    assert tasks[0].cancelled()
    assert isinstance(caught.value.__cause__, BatchInterrupted)
    _check_partial(caught.value.__cause__.report, ids, wf, len(sent))


@pytest.mark.anyio
async def test_an_interruption_gives_up_retry_waits(flavour: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A chunk waiting to retry (Retry-After: 30) is reported failed at once, not retried."""
    requests: list[httpx.Request] = []
    scopes: list[anyio.CancelScope] = []

    def busy(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        if len(requests) == 2:
            _ctrl_c() if flavour == "sync" else scopes[0].cancel()
        return httpx.Response(429, headers={"Retry-After": "30"}, json={"detail": "slow down"})

    async def short_async_sleep(seconds: float) -> None:
        await anyio.sleep(min(seconds, 0.01))

    monkeypatch.setattr(_flow, "sync_sleep", lambda seconds: time.sleep(min(seconds, 0.01)))
    monkeypatch.setattr(_flow, "async_sleep", short_async_sleep)
    ids = [f"ex-{i}" for i in range(20)]
    cancellations: list[BaseException] = []
    async with mock_client(flavour, busy, max_retries=5) as wf:
        if isinstance(wf, Workflows):
            with pytest.raises(KeyboardInterrupt) as caught:
                wf.cancel_many(ids, chunk_size=5, max_concurrency=2)
            cause = caught.value.__cause__
        else:
            with anyio.CancelScope() as scope:
                scopes.append(scope)
                try:
                    await wf.cancel_many(ids, chunk_size=5, max_concurrency=2)
                except anyio.get_cancelled_exc_class() as exc:
                    cancellations.append(exc)
                    raise
            assert scope.cancelled_caught and len(cancellations) == 1
            cause = cancellations[0].__cause__
    assert isinstance(cause, BatchInterrupted)
    report = cause.report
    assert len(requests) == 2  # the two chunks in flight, each sent once
    assert list(report.results) == ids[:10], (report.not_sent, [r.content for r in requests])
    assert report.not_sent == []
    failure = report.failed["ex-0"]
    assert failure.status_code == 429
    assert failure.message.startswith("not retried, the batch call was interrupted: 429")
