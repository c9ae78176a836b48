"""cancel_many / terminate_many against the emulator: per-id outcomes, adapting to the
server's cap, and every id accounted for under injected 503s and dropped connections."""

from __future__ import annotations

import random
import threading
import uuid
from typing import Any

import httpx
import pytest

from mistral_workflows import AsyncWorkflows, BatchError, BatchFailure, Workflows
from mistral_workflows_emulator import RunningEmulator

from ..support import resolve
from ._support import start_many, statuses

CANCEL_PATH = ("POST", "/v1/workflows/executions/cancel")
TERMINATE_PATH = ("POST", "/v1/workflows/executions/terminate")


@pytest.mark.emulator_only
@pytest.mark.anyio
@pytest.mark.parametrize(("action", "final"), [("cancel", "CANCELED"), ("terminate", "TERMINATED")])
async def test_running_finished_unknown_and_duplicate_ids_are_each_reported(
    any_client: Workflows | AsyncWorkflows, wf: Workflows, action: str, final: str
) -> None:
    running = start_many(wf, "forever", 3)
    completed = wf.execute("countdown", {"n": 1, "interval": 0.01})
    completed.result(timeout=10)
    terminated = start_many(wf, "forever", 1)[0]
    wf.execution(terminated).terminate()
    unknown = f"unknown-{uuid.uuid4()}"
    finished = completed.execution_id
    ids = [running[0], finished, running[1], unknown, running[0], terminated, running[2], unknown]

    report = await resolve(getattr(any_client, f"{action}_many")(ids))

    assert list(report.results) == [
        running[0],
        completed.execution_id,
        running[1],
        unknown,
        terminated,
        running[2],
    ]
    assert report.duplicates == 2
    assert report.succeeded == running
    assert [report.results[i] for i in running] == [None, None, None]
    assert set(report.failed) == {completed.execution_id, unknown, terminated}
    assert report.failed[unknown] == BatchFailure("execution not found", server_status="failure")
    assert report.failed[completed.execution_id].server_status == "failure"
    assert "already finished (COMPLETED)" in report.failed[completed.execution_id].message
    assert "already finished (TERMINATED)" in report.failed[terminated].message
    assert report.results[unknown] is report.failed[unknown]
    assert not report.ok and report.complete
    assert report.not_sent == []
    assert set(statuses(wf, running).values()) == {final}


@pytest.mark.emulator_only
@pytest.mark.anyio
async def test_a_batch_cap_below_chunk_size_is_adapted_to(
    any_client: Workflows | AsyncWorkflows, wf: Workflows, emulator: RunningEmulator
) -> None:
    ids = start_many(wf, "forever", 60)
    emulator.options.batch_cap = 7
    before = emulator.stats.requests_by_path[TERMINATE_PATH]

    report = await resolve(any_client.terminate_many(ids, chunk_size=50, max_concurrency=3))

    assert report.ok
    assert list(report.results) == ids
    assert set(statuses(wf, ids).values()) == {"TERMINATED"}
    requests = emulator.stats.requests_by_path[TERMINATE_PATH] - before
    # 50 -> 25 -> 13 -> 7 refused as too large (1 + 2 + 4 + 8 at most), then chunks of 7 fit.
    assert requests <= 15 + 60 // 7 + 2


@pytest.mark.emulator_only
@pytest.mark.anyio
async def test_chunk_size_sets_the_ids_per_request(
    any_client: Workflows | AsyncWorkflows, wf: Workflows, emulator: RunningEmulator
) -> None:
    ids = start_many(wf, "forever", 45)
    before = emulator.stats.requests_by_path[CANCEL_PATH]
    progress: list[tuple[int, int | None]] = []

    report = await resolve(
        any_client.cancel_many(ids, chunk_size=10, on_progress=lambda *args: progress.append(args))
    )

    assert report.ok and list(report.results) == ids
    assert emulator.stats.requests_by_path[CANCEL_PATH] - before == 5
    assert progress[-1] == (45, 45)
    assert [done for done, _ in progress] == sorted({done for done, _ in progress})


@pytest.mark.anyio
async def test_raise_on_failure_carries_the_report(any_client: Workflows | AsyncWorkflows) -> None:
    unknown = f"unknown-{uuid.uuid4()}"
    with pytest.raises(BatchError) as caught:
        await resolve(any_client.cancel_many([unknown], raise_on_failure=True))
    assert list(caught.value.report.failed) == [unknown]
    assert "1 failed" in str(caught.value)


class _Dropper:
    """Loses a fraction of connections: half before the request is sent, half after the server
    acted on it (the answer never arrives)."""

    def __init__(self, fraction: float, seed: int) -> None:
        self.fraction = fraction
        self._random = random.Random(seed)
        self._lock = threading.Lock()
        self.before = 0
        self.after = 0

    def roll(self, request: httpx.Request) -> bool:
        """Raise for a drop before sending; True when the answer is to be dropped."""
        with self._lock:
            value = self._random.random()
            if value < self.fraction / 2:
                self.before += 1
                raise httpx.ConnectError("connection dropped (test)", request=request)
            if value < self.fraction:
                self.after += 1
                return True
        return False


class DroppingTransport(httpx.BaseTransport):
    def __init__(self, dropper: _Dropper) -> None:
        self.dropper = dropper
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        drop_answer = self.dropper.roll(request)
        response = self._inner.handle_request(request)
        if drop_answer:
            response.read()
            response.close()
            raise httpx.ReadError("connection dropped after the request (test)", request=request)
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncDroppingTransport(httpx.AsyncBaseTransport):
    def __init__(self, dropper: _Dropper) -> None:
        self.dropper = dropper
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        drop_answer = self.dropper.roll(request)
        response = await self._inner.handle_async_request(request)
        if drop_answer:
            await response.aread()
            await response.aclose()
            raise httpx.ReadError("connection dropped after the request (test)", request=request)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.mark.emulator_only
@pytest.mark.slow
@pytest.mark.anyio
@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_5000_cancels_through_503s_and_dropped_connections_all_succeed_once(
    flavour: str, wf: Workflows, emulator: RunningEmulator, sleeps: list[float]
) -> None:
    ids = start_many(wf, "forever", 5000)
    dropper = _Dropper(0.1, seed=6)
    emulator.options.fail_fraction = 0.1
    emulator.options.fail_status = 503
    before = emulator.stats.requests_by_path[CANCEL_PATH]
    options: dict[str, Any] = {"api_key": "batch-test-key", "max_retries": 12}

    if flavour == "sync":
        client = httpx.Client(base_url=emulator.base_url, transport=DroppingTransport(dropper))
        with client, Workflows(**options, http_client=client) as sync_wf:
            report = sync_wf.cancel_many(ids)
    else:
        aclient = httpx.AsyncClient(base_url=emulator.base_url, transport=AsyncDroppingTransport(dropper))
        async with aclient, AsyncWorkflows(**options, http_client=aclient) as async_wf:
            report = await async_wf.cancel_many(ids)

    emulator.reset_faults()
    assert list(report.results) == ids
    assert report.failed == {}
    assert report.ok and len(report.succeeded) == 5000 and report.duplicates == 0
    # The faults did happen: retries were needed, and some answers were lost after the server acted.
    assert emulator.stats.requests_by_path[CANCEL_PATH] - before > 50
    assert dropper.before > 0 and dropper.after > 0
    assert sleeps
    assert set(statuses(wf, ids).values()) == {"CANCELED"}
