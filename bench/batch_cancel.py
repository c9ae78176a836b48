"""Cancelling 10,000 executions: cancel_many against the loops a user would write by hand.

    python bench/batch_cancel.py [--ids 10000] [--latency 0.02] [--cap 100] [--sample 300]

Against the emulator on loopback, with ``--latency`` seconds added to every request and at
most ``--cap`` ids per batch request. Each method cancels its own running ``forever``
executions. The loop of single cancels is timed on ``--sample`` ids and extrapolated (at
20 ms a request, 10,000 of them take minutes). The ideal is
``ceil(ids / cap) / max_concurrency * latency``: every batch request in flight at once.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx

from mistral_workflows import AsyncWorkflows, BatchReport, Workflows
from mistral_workflows._config import DEFAULT_BATCH_CONCURRENCY
from mistral_workflows_api.api.executions import batch_cancel_executions
from mistral_workflows_api.models import BatchExecutionBody, BatchExecutionResponse
from mistral_workflows_emulator import EmulatorOptions, RunningEmulator, running_emulator

API_KEY = "bench-key"


def start_forever(wf: Workflows, count: int) -> list[str]:
    prefix = uuid.uuid4().hex[:8]
    with ThreadPoolExecutor(8) as pool:
        return list(
            pool.map(lambda i: wf.execute("forever", execution_id=f"{prefix}-{i}").execution_id, range(count))
        )


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def check(report: BatchReport, expected: int) -> None:
    if not report.ok or len(report) != expected:
        raise SystemExit(f"batch did not succeed: {report}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ids", type=int, default=10_000)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--cap", type=int, default=100)
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=DEFAULT_BATCH_CONCURRENCY)
    args = parser.parse_args()
    n, cap, latency, concurrency = args.ids, args.cap, args.latency, args.concurrency

    with (
        running_emulator(EmulatorOptions(speed=10.0, batch_cap=cap)) as emu,
        Workflows(api_key=API_KEY, base_url=emu.base_url, max_retries=0) as wf,
    ):
        print(f"starting {4 * n + args.sample} forever executions ...", flush=True)
        for_sync, for_loop, sample = (
            start_forever(wf, n),
            start_forever(wf, n),
            start_forever(wf, args.sample),
        )
        for_async = start_forever(wf, n)
        emu.options.latency = latency
        rows: list[tuple[str, float, str]] = []

        report_holder: list[BatchReport] = []
        seconds = timed(lambda: report_holder.append(wf.cancel_many(for_sync, max_concurrency=concurrency)))
        check(report_holder[-1], n)
        rows.append((f"cancel_many (sync, {concurrency} in flight)", seconds, "measured"))

        seconds = timed(lambda: report_holder.append(asyncio.run(_cancel_async(emu, for_async, concurrency))))
        check(report_holder[-1], n)
        rows.append((f"cancel_many (async, {concurrency} in flight)", seconds, "measured"))

        def batch_loop() -> None:
            """What a user writes without the helper: the generated batch call, chunk after chunk."""
            for start in range(0, n, cap):
                chunk = for_loop[start : start + cap]
                answer = batch_cancel_executions.sync(
                    client=wf.api, body=BatchExecutionBody(execution_ids=chunk)
                )
                if not isinstance(answer, BatchExecutionResponse) or len(answer.to_dict()["results"]) != len(
                    chunk
                ):
                    raise SystemExit(f"batch call failed: {answer!r}")

        rows.append((f"loop of {cap}-id batch calls", timed(batch_loop), "measured"))

        def single_loop() -> None:
            for execution_id in sample:
                wf.execution(execution_id).cancel()

        per_call = timed(single_loop) / len(sample)
        rows.append(("loop of single cancels", per_call * n, f"{len(sample)} timed, extrapolated"))
        requests = emu.stats.requests_by_path[("POST", "/v1/workflows/executions/cancel")]

        # What bounds cancel_many here: the emulator's own work, then the client's.
        emu.options.latency = 0.0
        floor_ids = start_forever(wf, n)
        seconds = timed(lambda: check(wf.cancel_many(floor_ids, max_concurrency=concurrency), n))
        rows.append(("cancel_many, emulator at 0 ms", seconds, "the emulator's own work: a floor"))
    seconds = timed(lambda: check(_cancel_on_mock(n, latency, concurrency), n))
    rows.append(
        (f"cancel_many, mock server at {latency * 1000:.0f} ms", seconds, "no server work: the client")
    )

    ideal = math.ceil(n / cap) / concurrency * latency
    best = rows[0][1]
    client_only = rows[-1][1]
    print()
    print(f"{n} cancels, {latency * 1000:.0f} ms per request, at most {cap} ids per request")
    print(f"ideal: ceil({n}/{cap}) / {concurrency} x {latency * 1000:.0f} ms = {ideal * 1000:.0f} ms")
    print()
    print(f"{'method':<36} {'seconds':>9} {'vs sync cancel_many':>20}  note")
    for name, seconds, note in rows:
        print(f"{name:<36} {seconds:9.3f} {seconds / best:19.1f}x  {note}")
    print()
    print(f"sync cancel_many vs ideal: {best / ideal:.2f}x against the emulator (target <= 1.3x),")
    print(f"  {client_only / ideal:.2f}x against a server that does no work (the client's own share)")
    print(f"single cancels vs sync cancel_many: {rows[3][1] / best:.0f}x (target >= 20x)")
    print(f"(batch requests the emulator answered: {requests})")


def _cancel_on_mock(n: int, latency: float, concurrency: int) -> BatchReport:
    """cancel_many against a server that answers after ``latency`` and does nothing else."""

    def answer(request: httpx.Request) -> httpx.Response:
        time.sleep(latency)
        ids = json.loads(request.content)["execution_ids"]
        return httpx.Response(200, json={"results": {i: {"status": "success", "error": None} for i in ids}})

    with (
        httpx.Client(base_url="http://bench.mock", transport=httpx.MockTransport(answer)) as http,
        Workflows(api_key=API_KEY, http_client=http, max_retries=0) as wf,
    ):
        return wf.cancel_many((f"mock-{i}" for i in range(n)), max_concurrency=concurrency)


async def _cancel_async(emu: RunningEmulator, ids: list[str], concurrency: int) -> BatchReport:
    async with AsyncWorkflows(api_key=API_KEY, base_url=emu.base_url, max_retries=0) as awf:
        return await awf.cancel_many(ids, max_concurrency=concurrency)


if __name__ == "__main__":
    main()
