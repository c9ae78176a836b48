"""Listing runs and reading the global event stream, against the floor of raw httpx + json.loads.

    python bench/listing_and_events.py [--runs 10000] [--events 20000] [--rounds 7] [--json PATH]

Listing: ``wf.runs.list(page_size=100)`` goes through 10,000 runs (100 pages), reading each
run's ``execution_id`` and ``status``; the floor asks for the same pages with the same query,
``json.loads`` each body, reads the same two fields from the dicts and follows
``next_page_token``. Both sides talk to one ``httpx.MockTransport`` answering realistic
WorkflowExecutionListResponse pages, built once up front (the token is an opaque string, as
the emulator's), so only client overhead is measured.

Global stream: ``wf.events.stream()`` reads a stream of small events (~230 B each, framed as
the emulator's global stream frames them: ``id:`` and ``broker_sequence`` the global sequence,
events of several executions interleaved), reading each envelope's ``event_type`` and
``broker_sequence``; the floor is httpx-sse (``iter_sse`` / ``aiter_sse``) + json.loads reading
the same fields. The global stream never ends by itself, so both sides stop after the last
event of the body (``break``) and close the connection: the same work on both sides. The body
comes in 4 KiB pieces, or one piece per event (as a live stream's events arrive).

Sync and async each have their floor. The contenders take turns round by round (the order
rotating), and each ratio (floor time / ours, higher is better) is the median of the
per-round ratios, so a machine that slows down mid-run slows both sides alike. ``--json PATH``
writes the rows (``workload``, ``size``, ``ratio``, ``target``, ``met``) for bench/report.py.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import statistics
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import Any

import httpx
import httpx_sse

BASE = "https://api.bench"
RUNS_PATH = "/v1/workflows/runs"
EVENTS_PATH = "/v1/workflows/events/stream"
PAGE_SIZE = 100
CHUNK = 4096
LISTING_TARGET = 0.8
EVENTS_TARGET = 0.8
#: What the overlay sends with ``wf.runs.list(page_size=100)`` and the floor sends too.
LIST_QUERY = {
    "include_internal": "true",
    "sort_by": "start_time",
    "order": "desc",
    "page_size": str(PAGE_SIZE),
}
STATUSES = ("COMPLETED",) * 6 + ("RUNNING", "RUNNING", "FAILED", "CANCELED")
WORKFLOWS = ("invoice-reconciliation", "nightly-ledger-sync", "customer-onboarding")


# ----- the runs listing ---------------------------------------------------------------------------
def run_row(i: int) -> dict[str, Any]:
    """Run ``i`` as a WorkflowExecutionWithoutResultResponse, newest first (the emulator's layout)."""
    execution_id = f"exec-{i:08x}-5b8a-4c1e-9f6b-2a7d3c9e8b10"
    status = STATUSES[i % len(STATUSES)]
    started = 1767607200 - i * 37
    ended = status != "RUNNING"
    return {
        "workflow_name": WORKFLOWS[i % len(WORKFLOWS)],
        "workflow_id": "6f1c2e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
        "deployment_name": "production-eu-west",
        "execution_id": execution_id,
        "parent_execution_id": None,
        "root_execution_id": execution_id,
        "run_id": f"3b0c8a4e-6f1d-4b5e-9c57-{i:012x}",
        "user_id": "user-7d2c9a41",
        "status": status,
        "start_time": _iso(started),
        "end_time": _iso(started + 271) if ended else None,
        "total_duration_ms": 271531 if ended else None,
    }


def _iso(seconds: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S.123456Z", time.gmtime(seconds))


def _token(row: dict[str, Any]) -> str:
    """An opaque keyset token, as the emulator makes them (base64 of the last row's sort key)."""
    raw = json.dumps({"by": "start_time", "desc": True, "key": [row["start_time"], row["execution_id"]]})
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def run_pages(total: int) -> dict[str | None, bytes]:
    """The body answering each ``next_page_token`` (None: the first page)."""
    pages: dict[str | None, bytes] = {}
    token: str | None = None
    for start in range(0, total, PAGE_SIZE):
        rows = [run_row(i) for i in range(start, min(start + PAGE_SIZE, total))]
        next_token = _token(rows[-1]) if start + PAGE_SIZE < total else None
        pages[token] = json.dumps({"executions": rows, "next_page_token": next_token}).encode()
        token = next_token
    return pages


def listing_transport(total: int) -> tuple[httpx.MockTransport, int]:
    """A transport serving the listing of ``total`` runs, and the average page size in bytes."""
    pages = run_pages(total)
    headers = {"content-type": "application/json"}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=pages[request.url.params.get("next_page_token")], headers=headers)

    return httpx.MockTransport(answer), sum(map(len, pages.values())) // len(pages)


def listing_contenders(
    total: int, loop: asyncio.AbstractEventLoop
) -> tuple[dict[str, Callable[[], int]], int]:
    """Sync and async, floor and overlay, each listing the ``total`` runs once per call."""
    from mistral_workflows import AsyncWorkflows, Workflows

    transport, page_bytes = listing_transport(total)
    floor_http = httpx.Client(base_url=BASE, transport=transport)
    floor_ahttp = httpx.AsyncClient(base_url=BASE, transport=transport)
    wf = Workflows(api_key="k", base_url=BASE, http_client=httpx.Client(base_url=BASE, transport=transport))
    awf = AsyncWorkflows(
        api_key="k", base_url=BASE, http_client=httpx.AsyncClient(base_url=BASE, transport=transport)
    )

    def sync_floor() -> int:
        count = 0
        params = dict(LIST_QUERY)
        while True:
            page = json.loads(floor_http.get(RUNS_PATH, params=params).content)
            for run in page["executions"]:
                run["execution_id"]
                run["status"]
                count += 1
            token = page.get("next_page_token")
            if not token:
                return count
            params["next_page_token"] = token

    def sync_overlay() -> int:
        count = 0
        for run in wf.runs.list(page_size=PAGE_SIZE):
            run.execution_id  # noqa: B018 - the reads the floor does
            run.status  # noqa: B018
            count += 1
        return count

    async def async_floor() -> int:
        count = 0
        params = dict(LIST_QUERY)
        while True:
            page = json.loads((await floor_ahttp.get(RUNS_PATH, params=params)).content)
            for run in page["executions"]:
                run["execution_id"]
                run["status"]
                count += 1
            token = page.get("next_page_token")
            if not token:
                return count
            params["next_page_token"] = token

    async def async_overlay() -> int:
        count = 0
        async for run in awf.runs.list(page_size=PAGE_SIZE):
            run.execution_id  # noqa: B018 - the reads the floor does
            run.status  # noqa: B018
            count += 1
        return count

    contenders: dict[str, Callable[[], int]] = {
        "sync floor": sync_floor,
        "sync overlay": sync_overlay,
        "async floor": lambda: run_async(loop, async_floor),
        "async overlay": lambda: run_async(loop, async_overlay),
    }
    return contenders, page_bytes


# ----- the global event stream --------------------------------------------------------------------
#: Executions whose events interleave on the global stream.
EXECUTIONS = tuple(f"exec-{n:x}7f3a9c2" for n in range(1, 5))


def global_frame(sequence: int) -> bytes:
    """Event ``sequence`` of the global stream, ~230 B framed: an activity start or end of one
    of a few executions in turn; ``id:`` and ``broker_sequence`` are the global sequence."""
    execution_id = EXECUTIONS[sequence % len(EXECUTIONS)]
    event_type = "ACTIVITY_TASK_STARTED" if sequence % 2 else "ACTIVITY_TASK_COMPLETED"
    payload = {
        "stream": execution_id,
        "timestamp": "2026-01-05T10:00:00.123Z",
        "data": {
            "event_id": str(sequence),
            "event_type": event_type,
            "workflow_exec_id": execution_id,
            "attributes": {"task_id": str(sequence // 2)},
        },
        "broker_sequence": sequence,
    }
    return f"id: {sequence}\ndata: {json.dumps(payload, separators=(',', ':'))}\n\n".encode()


def rechunk(frames: Iterator[bytes]) -> Iterator[bytes]:
    """``frames`` as one byte stream cut into CHUNK-byte pieces."""
    buffer = bytearray()
    for data in frames:
        buffer += data
        while len(buffer) >= CHUNK:
            yield bytes(buffer[:CHUNK])
            del buffer[:CHUNK]
    if buffer:
        yield bytes(buffer)


class _Body(httpx.SyncByteStream):
    def __init__(self, pieces: list[bytes]) -> None:
        self._pieces = pieces

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._pieces)


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(self, pieces: list[bytes]) -> None:
        self._pieces = pieces

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._pieces:
            yield piece


def event_contenders(
    total: int, per_event: bool, loop: asyncio.AbstractEventLoop
) -> tuple[dict[str, Callable[[], int]], int]:
    """Sync and async, floor and overlay, each reading the ``total`` events once per call;
    and the average frame size in bytes."""
    from mistral_workflows import AsyncWorkflows, Workflows

    frames = [global_frame(sequence) for sequence in range(1, total + 1)]
    size = sum(map(len, frames)) // total
    pieces = frames if per_event else list(rechunk(iter(frames)))
    headers = {"content-type": "text/event-stream"}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=_Body(pieces))

    def aanswer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=_AsyncBody(pieces))

    sync_http = httpx.Client(base_url=BASE, transport=httpx.MockTransport(answer))
    async_http = httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(aanswer))
    wf = Workflows(api_key="k", base_url=BASE, http_client=sync_http)
    awf = AsyncWorkflows(api_key="k", base_url=BASE, http_client=async_http)

    def sync_floor() -> int:
        count = 0
        with sync_http.stream("GET", EVENTS_PATH) as response:
            for sse in httpx_sse.EventSource(response).iter_sse():
                event = json.loads(sse.data)
                event["data"]["event_type"]
                event["broker_sequence"]
                count += 1
                if count == total:
                    break
        return count

    def sync_overlay() -> int:
        count = 0
        with wf.events.stream() as events:
            for event in events:
                event.event_type  # noqa: B018 - the reads the floor does
                event.broker_sequence  # noqa: B018
                count += 1
                if count == total:
                    break
        return count

    async def async_floor() -> int:
        count = 0
        async with async_http.stream("GET", EVENTS_PATH) as response:
            async for sse in httpx_sse.EventSource(response).aiter_sse():
                event = json.loads(sse.data)
                event["data"]["event_type"]
                event["broker_sequence"]
                count += 1
                if count == total:
                    break
        return count

    async def async_overlay() -> int:
        count = 0
        async with awf.events.stream() as events:
            async for event in events:
                event.event_type  # noqa: B018 - the reads the floor does
                event.broker_sequence  # noqa: B018
                count += 1
                if count == total:
                    break
        return count

    contenders: dict[str, Callable[[], int]] = {
        "sync floor": sync_floor,
        "sync overlay": sync_overlay,
        "async floor": lambda: run_async(loop, async_floor),
        "async overlay": lambda: run_async(loop, async_overlay),
    }
    return contenders, size


# ----- timing -----------------------------------------------------------------------------------
def run_async(loop: asyncio.AbstractEventLoop, read: Callable[[], Coroutine[Any, Any, int]]) -> int:
    """``read()`` on ``loop``, then one more turn of the loop: httpx leaves the generators that
    fed a closed body (``aiter_raw``, ...) to the loop's async-generator finalizer, whose tasks
    run there, inside the timed call, rather than on the next contender's time."""

    async def read_then_settle() -> int:
        count = await read()
        await asyncio.sleep(0)
        return count

    return loop.run_until_complete(read_then_settle())


def timings(contenders: dict[str, Callable[[], int]], expected: int, rounds: int) -> dict[str, list[float]]:
    """Seconds of each call of each contender, one per round; they take turns in each round,
    the order rotating. One untimed call each first warms up and checks the count."""
    for name, run in contenders.items():
        got = run()
        if got != expected:
            raise SystemExit(f"{name} read {got} items, expected {expected}")
    names = list(contenders)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(rounds):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            started = time.perf_counter()
            contenders[name]()
            times[name].append(time.perf_counter() - started)
    return times


def median_ratio(floor: list[float], ours: list[float]) -> float:
    """The median of the per-round ratios floor time / ours."""
    return statistics.median(a / b for a, b in zip(floor, ours, strict=True))


def rows_of(
    workload: str, size: str, times: dict[str, list[float]], items: int, target: float, unit: str
) -> list[dict[str, Any]]:
    """One row per flavour (sync, async), printed as it is made."""
    rows = []
    for flavour in ("sync", "async"):
        floor, ours = times[f"{flavour} floor"], times[f"{flavour} overlay"]
        ratio = median_ratio(floor, ours)
        floor_rate = items / statistics.median(floor)
        our_rate = items / statistics.median(ours)
        verdict = "ok" if ratio >= target else "SHORT"
        print(
            f"  {flavour:6} {size:22} floor {floor_rate:10,.0f} {unit}/s  overlay {our_rate:10,.0f} {unit}/s"
            f"  ratio {ratio:5.2f}  (>= {target}: {verdict})",
            flush=True,
        )
        rows.append(
            {
                "workload": workload,
                "size": f"{flavour}, {size}",
                "ratio": round(ratio, 3),
                "target": f">= {target}",
                "met": ratio >= target,
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--only", choices=["listing", "events"], action="append")
    parser.add_argument("--json", metavar="PATH", help="also write the rows as JSON here")
    args = parser.parse_args()
    only = set(args.only or ["listing", "events"])
    loop = asyncio.new_event_loop()
    rows: list[dict[str, Any]] = []

    if "listing" in only:
        contenders, page_bytes = listing_contenders(args.runs, loop)
        print(
            f"wf.runs.list(page_size={PAGE_SIZE}): {args.runs:,} runs, pages of ~{page_bytes // 1000} KB, "
            "reading execution_id and status"
        )
        times = timings(contenders, args.runs, args.rounds)
        rows += rows_of("runs listing", f"{args.runs} runs", times, args.runs, LISTING_TARGET, "runs")
    if "events" in only:
        print(f"wf.events.stream(): {args.events:,} events, reading event_type and broker_sequence")
        for per_event in (False, True):
            contenders, size = event_contenders(args.events, per_event, loop)
            pieces = "1 per event" if per_event else f"{CHUNK} B"
            times = timings(contenders, args.events, args.rounds)
            rows += rows_of(
                f"global stream envelopes, ~{size} B events",
                f"{pieces} pieces",
                times,
                args.events,
                EVENTS_TARGET,
                "events",
            )
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
    if args.json:
        with open(args.json, "w") as out:
            json.dump(rows, out, indent=2)
            out.write("\n")


if __name__ == "__main__":
    main()
