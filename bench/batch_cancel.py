"""Cancelling 10,000 executions: cancel_many against the loops a user would write by hand.

    python bench/batch_cancel.py [--ids 10000] [--latency 0.02] [--cap 100] [--sample 300] [--json PATH]

Against the emulator on loopback, with ``--latency`` seconds added to every request and at
most ``--cap`` ids per batch request. The ideal is ``ceil(ids / cap) / max_concurrency *
latency``: every batch request in flight at once, nothing else costing time.

What is timed, and what is kept out:

- Each method gets a fresh emulator in its own process holding only its own running
  ``forever`` executions. In this process the server's work (its event loop, the unwinding of
  every cancelled workflow) would share one interpreter lock with the client, and a full
  garbage collection over tens of thousands of executions (about a second) would land in
  whichever run happened to trigger it.
- Before a run the server is settled (heartbeats over, setup objects collected and frozen out
  of later collections) and the client is warmed up (its connections open, its lazily imported
  code loaded) with a batch of unknown ids.
- The loop of single cancels is timed on ``--sample`` ids and extrapolated.
- Two floors say what bounds cancel_many: the emulator at 0 ms (the server's own work, one
  core) and an in-process mock server that only waits ``--latency`` (the client's own cost).

``--json PATH`` also writes the rows that have a target, as the other bench scripts do:
``{"workload", "size", "ratio", "target", "met"}``, here cancel_many's time against the ideal
(ratio = ours / ideal, target "<= 1.3x the ideal") and the loop of single cancels against
cancel_many (ratio = loop / cancel_many, target ">= 20x").
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import math
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import httpx

from mistral_workflows import AsyncWorkflows, BatchReport, Workflows
from mistral_workflows._config import DEFAULT_BATCH_CONCURRENCY
from mistral_workflows_api.api.executions import batch_cancel_executions
from mistral_workflows_api.models import BatchExecutionBody, BatchExecutionResponse

API_KEY = "bench-key"
CANCEL_PATH = ("POST", "/v1/workflows/executions/cancel")
#: Long enough for a fresh ``forever`` execution's heartbeats (3 beats of 1 s at speed 10).
SETTLE_SECONDS = 0.5
#: The targets: cancel_many within this factor of the ideal, single cancels this much slower.
IDEAL_TARGET = 1.3
SINGLE_TARGET = 20.0


# ----- the emulator, in its own process --------------------------------------------------------
def serve(cap: int) -> None:
    """The child process: an emulator driven by one-line commands on stdin."""
    from mistral_workflows_emulator import EmulatorOptions, running_emulator

    with running_emulator(EmulatorOptions(speed=10.0, batch_cap=cap)) as emu:
        print(emu.base_url, flush=True)
        for line in sys.stdin:
            command, _, argument = line.strip().partition(" ")
            if command == "settle":
                time.sleep(SETTLE_SECONDS)
                gc.collect()
                gc.freeze()
                emu.options.latency = float(argument)
            elif command != "count":
                raise SystemExit(f"unknown command: {line!r}")
            print(emu.stats.requests_by_path[CANCEL_PATH], flush=True)


class EmulatorProcess:
    """The parent's handle on a ``serve`` child."""

    def __init__(self, process: subprocess.Popen[str], stdin: IO[str], stdout: IO[str]) -> None:
        self.process = process
        self._stdin = stdin
        self._stdout = stdout
        self.base_url = stdout.readline().strip()
        if not self.base_url:
            raise SystemExit("the emulator did not start")

    def _command(self, line: str) -> int:
        self._stdin.write(line + "\n")
        self._stdin.flush()
        return int(self._stdout.readline())

    def settle(self, latency: float) -> None:
        """Let setup work end, keep setup objects out of collections, then add ``latency``."""
        self._command(f"settle {latency}")

    def batch_requests(self) -> int:
        """How many batch cancel requests the emulator has answered."""
        return self._command("count")


@contextmanager
def emulator_process(cap: int) -> Iterator[EmulatorProcess]:
    command = [sys.executable, __file__, "--serve", "--cap", str(cap)]
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdin is not None and process.stdout is not None
    try:
        yield EmulatorProcess(process, process.stdin, process.stdout)
    finally:
        process.stdin.close()
        if process.wait(timeout=30) != 0:
            raise SystemExit(f"the emulator exited with {process.returncode}")


# ----- helpers ------------------------------------------------------------------------------
def start_forever(wf: Workflows, count: int) -> list[str]:
    prefix = uuid.uuid4().hex[:8]
    with ThreadPoolExecutor(8) as pool:
        return list(
            pool.map(lambda i: wf.execute("forever", execution_id=f"{prefix}-{i}").execution_id, range(count))
        )


def unknown_ids(count: int) -> list[str]:
    """Ids no server knows: a warm-up whose every request is answered, per id, "not found"."""
    return [f"warm-up-{uuid.uuid4().hex}" for _ in range(count)]


def timed(action: Callable[[], object]) -> float:
    gc.collect()
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def check(report: BatchReport, expected: int) -> None:
    if not report.ok or len(report) != expected:
        raise SystemExit(f"batch did not succeed: {report}")


Row = tuple[str, float, str]


# ----- the methods, each against its own emulator ------------------------------------------------
def bench_sync(args: argparse.Namespace, latency: float) -> tuple[float, int]:
    """cancel_many on ``Workflows``: seconds, and how many batch requests it made."""
    with (
        emulator_process(args.cap) as emu,
        Workflows(api_key=API_KEY, base_url=emu.base_url, max_retries=0) as wf,
    ):
        ids = start_forever(wf, args.ids)
        wf.cancel_many(unknown_ids(args.cap * args.concurrency), max_concurrency=args.concurrency)
        emu.settle(latency)
        before = emu.batch_requests()
        seconds = timed(lambda: check(wf.cancel_many(ids, max_concurrency=args.concurrency), args.ids))
        return seconds, emu.batch_requests() - before


def bench_async(args: argparse.Namespace) -> float:
    with (
        emulator_process(args.cap) as emu,
        Workflows(api_key=API_KEY, base_url=emu.base_url, max_retries=0) as wf,
    ):
        ids = start_forever(wf, args.ids)

        async def cancel() -> float:
            async with AsyncWorkflows(api_key=API_KEY, base_url=emu.base_url, max_retries=0) as awf:
                await awf.cancel_many(
                    unknown_ids(args.cap * args.concurrency), max_concurrency=args.concurrency
                )
                emu.settle(args.latency)
                return await timed_async(
                    lambda: awf.cancel_many(ids, max_concurrency=args.concurrency), args.ids
                )

        return asyncio.run(cancel())


async def timed_async(action: Callable[[], Awaitable[BatchReport]], expected: int) -> float:
    gc.collect()
    started = time.perf_counter()
    check(await action(), expected)
    return time.perf_counter() - started


def bench_batch_loop(args: argparse.Namespace) -> float:
    """What a user writes without the helper: the generated batch call, chunk after chunk."""
    with (
        emulator_process(args.cap) as emu,
        Workflows(api_key=API_KEY, base_url=emu.base_url, max_retries=0) as wf,
    ):
        ids = start_forever(wf, args.ids)
        batch_cancel_executions.sync(client=wf.api, body=BatchExecutionBody(execution_ids=unknown_ids(1)))
        emu.settle(args.latency)

        def batch_loop() -> None:
            for start in range(0, len(ids), args.cap):
                chunk = ids[start : start + args.cap]
                answer = batch_cancel_executions.sync(
                    client=wf.api, body=BatchExecutionBody(execution_ids=chunk)
                )
                if not isinstance(answer, BatchExecutionResponse) or len(answer.to_dict()["results"]) != len(
                    chunk
                ):
                    raise SystemExit(f"batch call failed: {answer!r}")

        return timed(batch_loop)


def bench_single_loop(args: argparse.Namespace) -> float:
    """The official SDK user's path: one cancel call per execution (seconds per call)."""
    with (
        emulator_process(args.cap) as emu,
        Workflows(api_key=API_KEY, base_url=emu.base_url, max_retries=0) as wf,
    ):
        ids = start_forever(wf, args.sample + 1)
        wf.execution(ids.pop()).cancel()
        emu.settle(args.latency)

        def single_loop() -> None:
            for execution_id in ids:
                wf.execution(execution_id).cancel()

        return timed(single_loop) / len(ids)


def _mock_answer(ids: list[str]) -> httpx.Response:
    return httpx.Response(200, json={"results": {i: {"status": "success", "error": None} for i in ids}})


def bench_mock_sync(args: argparse.Namespace) -> float:
    """cancel_many against a server that answers after ``latency`` and does nothing else."""

    def answer(request: httpx.Request) -> httpx.Response:
        time.sleep(args.latency)
        return _mock_answer(json.loads(request.content)["execution_ids"])

    with (
        httpx.Client(base_url="http://bench.mock", transport=httpx.MockTransport(answer)) as http,
        Workflows(api_key=API_KEY, http_client=http, max_retries=0) as wf,
    ):
        wf.cancel_many(unknown_ids(args.cap * args.concurrency), max_concurrency=args.concurrency)
        return timed(
            lambda: check(
                wf.cancel_many((f"mock-{i}" for i in range(args.ids)), max_concurrency=args.concurrency),
                args.ids,
            )
        )


def bench_mock_async(args: argparse.Namespace) -> float:
    async def answer(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(args.latency)
        return _mock_answer(json.loads(request.content)["execution_ids"])

    async def cancel() -> float:
        async with (
            httpx.AsyncClient(base_url="http://bench.mock", transport=httpx.MockTransport(answer)) as http,
            AsyncWorkflows(api_key=API_KEY, http_client=http, max_retries=0) as awf,
        ):
            await awf.cancel_many(unknown_ids(args.cap * args.concurrency), max_concurrency=args.concurrency)
            return await timed_async(
                lambda: awf.cancel_many(
                    (f"mock-{i}" for i in range(args.ids)), max_concurrency=args.concurrency
                ),
                args.ids,
            )

    return asyncio.run(cancel())


# ----- the table ----------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ids", type=int, default=10_000)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--cap", type=int, default=100)
    parser.add_argument("--sample", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=DEFAULT_BATCH_CONCURRENCY)
    parser.add_argument("--json", metavar="PATH", help="also write the rows with a target as JSON")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.cap)
        return
    n, cap, latency, concurrency = args.ids, args.cap, args.latency, args.concurrency
    ms = f"{latency * 1000:.0f} ms"

    print(f"each method on a fresh emulator process with its own {n} executions ...", flush=True)
    sync_seconds, requests = bench_sync(args, latency)
    rows: list[Row] = [
        (f"cancel_many (sync, {concurrency} in flight)", sync_seconds, "measured"),
        (f"cancel_many (async, {concurrency} in flight)", bench_async(args), "measured"),
        (f"loop of {cap}-id batch calls", bench_batch_loop(args), "measured"),
        ("loop of single cancels", bench_single_loop(args) * n, f"{args.sample} timed, extrapolated"),
    ]
    server_floor, _ = bench_sync(args, 0.0)
    rows += [
        ("cancel_many (sync), emulator at 0 ms", server_floor, "the emulator's own work: a floor"),
        (f"cancel_many (sync), mock at {ms}", bench_mock_sync(args), "no server work: the client"),
        (f"cancel_many (async), mock at {ms}", bench_mock_async(args), "no server work: the client"),
    ]

    ideal = math.ceil(n / cap) / concurrency * latency
    by_name = {name: seconds for name, seconds, _ in rows}
    best = rows[0][1]
    print()
    print(f"{n} cancels, {ms} per request, at most {cap} ids per request")
    print(f"ideal: ceil({n}/{cap}) / {concurrency} x {ms} = {ideal * 1000:.0f} ms")
    print()
    print(f"{'method':<40} {'seconds':>9} {'vs sync cancel_many':>20} {'vs ideal':>9}  note")
    for name, seconds, note in rows:
        print(f"{name:<40} {seconds:9.3f} {seconds / best:19.1f}x {seconds / ideal:8.2f}x  {note}")
    print()
    size = f"{n} ids, {ms}/request"
    targets: list[dict[str, Any]] = []
    for kind in ("sync", "async"):
        emulator = by_name[f"cancel_many ({kind}, {concurrency} in flight)"]
        mock = by_name[f"cancel_many ({kind}), mock at {ms}"]
        print(
            f"{kind} cancel_many vs ideal: {emulator / ideal:.2f}x against the emulator "
            f"(target <= {IDEAL_TARGET}x), {mock / ideal:.2f}x against a server that does no work"
        )
        ratio = emulator / ideal
        targets.append(
            target_row(
                f"cancel_many ({kind}) vs ideal",
                size,
                ratio,
                f"<= {IDEAL_TARGET}x the ideal",
                ratio <= IDEAL_TARGET,
            )
        )
    print(
        f"the emulator's own work: {server_floor:.3f} s for {n} cancels at 0 ms "
        f"({server_floor / n * 1e6:.0f} us per id on one core); against it no client beats "
        f"max(ideal, that) = {max(ideal, server_floor) / ideal:.2f}x ideal"
    )
    single = rows[3][1] / best
    print(f"single cancels vs sync cancel_many: {single:.0f}x (target >= {SINGLE_TARGET:g}x)")
    print(f"(batch requests the emulator answered in the sync run: {requests})")
    targets.append(
        target_row(
            "single cancels vs cancel_many", size, single, f">= {SINGLE_TARGET:g}x", single >= SINGLE_TARGET
        )
    )
    if args.json:
        Path(args.json).write_text(json.dumps(targets, indent=2) + "\n")


def target_row(workload: str, size: str, ratio: float, target: str, met: bool) -> dict[str, Any]:
    return {"workload": workload, "size": size, "ratio": round(ratio, 3), "target": target, "met": met}


if __name__ == "__main__":
    main()
