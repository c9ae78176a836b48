"""SSE throughput and memory: the overlay's execution stream against httpx-sse + json.loads
(the floor), the generated models and the official SDK, side by side in one run.

    python bench/sse_throughput.py [--events 20000] [--rounds 5] [--memory-events 1000000] [--json PATH]

Every client reads the same realistic event stream from an in-process mock transport, in
4 KiB chunks, so only parsing and client overhead is measured. The envelope rows read a
stream of small (~230 B) events without touching ``.data``, sync and async, each against
its own floor (httpx-sse's ``iter_sse`` / ``aiter_sse`` + json.loads): there the reader's
own per-event cost shows most. The memory check streams 1,000,000 then 10,000 events through
the overlay, each in a fresh interpreter, and compares their peak RSS (target: within 10 MB).
``--json PATH`` also writes the rows with a target as JSON (ratio = floor time / ours).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import httpx_sse

BASE = "https://api.bench"
EXECUTION_ID = "exec-0d4f6c1e-5b8a-4c1e-9f6b-2a7d3c9e8b10"
RUN_ID = "3b0c8a4e-6f1d-4b5e-9c57-2d9e8f1a0b11"
CHUNK = 4096
TARGET_FLOOR_RATIO = 0.5
#: The issue's target for the envelope rows (small events, ``.data`` untouched).
TARGET_ENVELOPE_RATIO = 0.9
SMALL_EXECUTION_ID = "exec-7f3a9c21"
TARGET_OFFICIAL_RATIO = 20.0
MEMORY_LIMIT_MB = 10.0


# ----- a realistic stream -------------------------------------------------------------------------
def _payload(value: Any) -> dict[str, Any]:
    return {"type": "json", "value": value}


def _attributes(event_type: str, sequence: int) -> dict[str, Any]:
    step = sequence // 4
    if event_type == "WORKFLOW_EXECUTION_STARTED":
        return {
            "task_id": "1",
            "workflow_name": "invoice-reconciliation",
            "input": _payload({"ledger": "eu-west", "batch_size": 100, "dry_run": False}),
        }
    if event_type == "ACTIVITY_TASK_STARTED":
        return {
            "task_id": str(sequence),
            "activity_name": "reconcile_batch",
            "input": _payload({"batch": f"batch-{step:05d}", "rows": 100, "currency": "EUR"}),
        }
    if event_type == "ACTIVITY_TASK_COMPLETED":
        return {
            "task_id": str(sequence - 1),
            "activity_name": "reconcile_batch",
            "result": _payload({"batch": f"batch-{step:05d}", "matched": 97, "unmatched": 3, "ok": True}),
        }
    if event_type == "CUSTOM_TASK_IN_PROGRESS":
        return {
            "custom_task_id": "custom-2",
            "custom_task_type": "progress",
            "payload": {
                "type": "json_patch",
                "value": [{"op": "replace", "path": "/done", "value": step}],
            },
        }
    if event_type == "CUSTOM_TASK_STARTED":
        return {
            "custom_task_id": "custom-2",
            "custom_task_type": "progress",
            "payload": _payload({"done": 0}),
        }
    return {"task_id": str(sequence), "result": _payload({"matched": 97 * step, "currency": "EUR"})}


#: The repeating part of the stream: what a long-running reconciliation sends per batch.
CYCLE = (
    "ACTIVITY_TASK_STARTED",
    "CUSTOM_TASK_IN_PROGRESS",
    "ACTIVITY_TASK_COMPLETED",
    "CUSTOM_TASK_IN_PROGRESS",
)


def event_type_of(sequence: int, total: int) -> str:
    if sequence == 1:
        return "WORKFLOW_EXECUTION_STARTED"
    if sequence == 2:
        return "CUSTOM_TASK_STARTED"
    if sequence == total:
        return "WORKFLOW_EXECUTION_COMPLETED"
    return CYCLE[sequence % 4]


def frame(sequence: int, total: int) -> bytes:
    event_type = event_type_of(sequence, total)
    timestamp_ns = 1767607200_000000000 + sequence * 1_000_000
    payload = {
        "stream": EXECUTION_ID,
        "timestamp": "2026-01-05T10:00:00.123456Z",
        "broker_sequence": sequence,
        "workflow_context": {
            "namespace": "default",
            "workflow_name": "invoice-reconciliation",
            "workflow_exec_id": EXECUTION_ID,
            "parent_workflow_exec_id": None,
            "root_workflow_exec_id": EXECUTION_ID,
        },
        "metadata": {"run_id": RUN_ID},
        "data": {
            "event_id": str(sequence),
            "event_timestamp": timestamp_ns,
            "root_workflow_exec_id": EXECUTION_ID,
            "parent_workflow_exec_id": None,
            "continued_run_id": None,
            "first_execution_run_id": RUN_ID,
            "schedule_id": None,
            "workflow_exec_id": EXECUTION_ID,
            "workflow_run_id": RUN_ID,
            "workflow_name": "invoice-reconciliation",
            "event_type": event_type,
            "attributes": _attributes(event_type, sequence),
        },
    }
    return f"id: {sequence}\ndata: {json.dumps(payload, separators=(',', ':'))}\n\n".encode()


def chunks_of(total: int) -> Iterator[bytes]:
    """The stream of ``total`` events, made as it is read, in CHUNK-byte pieces."""
    return rechunk(frame(sequence, total) for sequence in range(1, total + 1))


def small_frame(sequence: int, total: int) -> bytes:
    """A small event (~230 B framed): an activity start, the last one the execution's end."""
    event_type = "WORKFLOW_EXECUTION_COMPLETED" if sequence == total else "ACTIVITY_TASK_STARTED"
    payload = {
        "stream": SMALL_EXECUTION_ID,
        "timestamp": "2026-01-05T10:00:00.123Z",
        "broker_sequence": sequence,
        "data": {
            "event_id": str(sequence),
            "event_type": event_type,
            "workflow_exec_id": SMALL_EXECUTION_ID,
            "attributes": {"task_id": str(sequence)},
        },
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


class Body(httpx.SyncByteStream):
    def __init__(self, chunks: Callable[[], Iterator[bytes]]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks()


def httpx_client(chunks: Callable[[], Iterator[bytes]]) -> httpx.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=Body(chunks))

    return httpx.Client(base_url=BASE, transport=httpx.MockTransport(handler))


class AsyncBody(httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk


def async_httpx_client(chunks: list[bytes]) -> httpx.AsyncClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=AsyncBody(chunks))

    return httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(handler))


# ----- contenders: each reads the whole stream once and returns the number of events ------------
def read_floor(client: httpx.Client, execution_id: str = EXECUTION_ID) -> int:
    count = 0
    with client.stream("GET", f"/v1/workflows/executions/{execution_id}/stream") as response:
        for sse in httpx_sse.EventSource(response).iter_sse():
            json.loads(sse.data)
            count += 1
    return count


def read_generated(client: httpx.Client) -> int:
    from mistral_workflows_api.models import StreamEventSsePayload

    count = 0
    with client.stream("GET", f"/v1/workflows/executions/{EXECUTION_ID}/stream") as response:
        for sse in httpx_sse.EventSource(response).iter_sse():
            StreamEventSsePayload.from_dict(json.loads(sse.data))
            count += 1
    return count


def overlay_reader(touch_data: bool) -> Callable[[httpx.Client], int]:
    from mistral_workflows import Workflows

    def read(client: httpx.Client) -> int:
        wf = Workflows(api_key="k", base_url=BASE, http_client=client)
        count = 0
        with wf.execution(EXECUTION_ID).stream() as events:
            for event in events:
                if touch_data:
                    event.data  # noqa: B018 - builds the typed model
                count += 1
        return count

    return read


async def aread_floor(client: httpx.AsyncClient, execution_id: str) -> int:
    count = 0
    async with client.stream("GET", f"/v1/workflows/executions/{execution_id}/stream") as response:
        async for sse in httpx_sse.EventSource(response).aiter_sse():
            json.loads(sse.data)
            count += 1
    return count


async def aread_overlay(client: httpx.AsyncClient, execution_id: str) -> int:
    from mistral_workflows import AsyncWorkflows

    wf = AsyncWorkflows(api_key="k", base_url=BASE, http_client=client)
    count = 0
    async with wf.execution(execution_id).stream() as events:
        async for _ in events:
            count += 1
    return count


def envelope_readers(total: int, per_event: bool) -> dict[str, Callable[[], int]]:
    """The four envelope contenders on a stream of ``total`` small events: the floor and the
    overlay, sync and async (the async ones on one event loop, kept for every round). The
    body comes in CHUNK-byte pieces, or (``per_event``) one piece per event, as a live
    stream's events arrive when the server writes each as it happens."""
    events = (small_frame(sequence, total) for sequence in range(1, total + 1))
    body = list(events) if per_event else list(rechunk(events))
    sync_client = httpx_client(lambda: iter(body))
    async_client = async_httpx_client(body)
    loop = asyncio.new_event_loop()

    def sync_overlay() -> int:
        from mistral_workflows import Workflows

        wf = Workflows(api_key="k", base_url=BASE, http_client=sync_client)
        with wf.execution(SMALL_EXECUTION_ID).stream() as events:
            return sum(1 for _ in events)

    return {
        "sync floor": lambda: read_floor(sync_client, SMALL_EXECUTION_ID),
        "sync overlay": sync_overlay,
        "async floor": lambda: loop.run_until_complete(aread_floor(async_client, SMALL_EXECUTION_ID)),
        "async overlay": lambda: loop.run_until_complete(aread_overlay(async_client, SMALL_EXECUTION_ID)),
    }


def official_reader(chunks: Callable[[], Iterator[bytes]]) -> Callable[[], int] | str:
    try:
        import httpx2
        from mistralai.client import Mistral
    except ImportError as exc:
        return f"not installed ({exc.name}); pip install --group bench (make bench)"

    class Body2(httpx2.SyncByteStream):  # type: ignore[misc, unused-ignore]  # Any without the bench group
        def __iter__(self) -> Iterator[bytes]:
            return chunks()

    def handler(request: Any) -> Any:
        return httpx2.Response(200, headers={"content-type": "text/event-stream"}, stream=Body2())

    sdk = Mistral(api_key="k", server_url=BASE, client=httpx2.Client(transport=httpx2.MockTransport(handler)))

    def read() -> int:
        count = 0
        with sdk.workflows.executions.stream(execution_id=EXECUTION_ID) as events:
            for _ in events:
                count += 1
        return count

    return read


def rates(readers: dict[str, Callable[[], int]], expected: int, rounds: int) -> dict[str, float]:
    """Events per second of each reader, best of ``rounds``; the readers take turns in each
    round, so that a noisy moment of the machine does not favour one of them."""
    best = dict.fromkeys(readers, float("inf"))
    for _ in range(rounds):
        for name, read in readers.items():
            started = time.perf_counter()
            got = read()
            best[name] = min(best[name], time.perf_counter() - started)
            if got != expected:
                raise SystemExit(f"{name} read {got} events, expected {expected}")
    return {name: expected / seconds for name, seconds in best.items()}


# ----- memory ---------------------------------------------------------------------------------
def memory_child(total: int) -> None:
    """Stream ``total`` events through the overlay; print the count and the peak RSS in KiB."""
    read = overlay_reader(touch_data=False)
    count = read(httpx_client(lambda: chunks_of(total)))
    print(count, peak_rss_kib())


def peak_rss_kib() -> int:
    """This process's peak RSS. ``ru_maxrss`` survives exec on Linux (it would count the parent
    that forked us), so the kernel's per-address-space high-water mark comes first."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def peak_rss_mb(total: int) -> float:
    proc = subprocess.run(
        [sys.executable, __file__, "--memory-child", str(total)], capture_output=True, text=True, check=True
    )
    count, peak_kib = proc.stdout.split()
    if int(count) != total:
        raise SystemExit(f"memory run read {count} events, expected {total}")
    return int(peak_kib) / 1024


# ----- main -------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--memory-events", type=int, default=1_000_000)
    parser.add_argument("--envelope-events", type=int, default=20_000)
    parser.add_argument("--json", metavar="PATH", help="also write the rows with a target as JSON")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child)
        return
    rows: list[dict[str, object]] = []

    small = args.envelope_events
    size = len(small_frame(small // 2, small))
    print(f"Stream envelopes: {small:,} events of ~{size} B, .data untouched\n")
    print(f"{'flavour':10} {'pieces':14} {'floor events/s':>15} {'overlay events/s':>17} {'x floor':>8}")
    for per_event in (False, True):
        pieces = "1 per event" if per_event else f"{CHUNK} B"
        envelope = rates(envelope_readers(small, per_event), small, args.rounds)
        for flavour in ("sync", "async"):
            floor_rate, ours = envelope[f"{flavour} floor"], envelope[f"{flavour} overlay"]
            ratio = ours / floor_rate
            print(f"{flavour:10} {pieces:14} {floor_rate:15,.0f} {ours:17,.0f} {ratio:8.2f}")
            rows.append(
                {
                    "workload": "stream envelopes, ~230 B events",
                    "size": f"{flavour}, {pieces} pieces",
                    "ratio": round(ratio, 3),
                    "target": f">= {TARGET_ENVELOPE_RATIO}",
                    "met": ratio >= TARGET_ENVELOPE_RATIO,
                }
            )
    print(f"target: >= {TARGET_ENVELOPE_RATIO} x floor\n")

    total = args.events
    body = list(chunks_of(total))
    size = sum(map(len, body))
    print(
        f"SSE throughput: {total:,} events, {size / total:.0f} bytes each, {CHUNK} B chunks, mock transport\n"
    )

    def chunks() -> Iterator[bytes]:
        return iter(body)

    client = httpx_client(chunks)
    readers: dict[str, Callable[[], int]] = {
        "httpx-sse + json.loads (floor)": lambda: read_floor(client),
        "httpx-sse + generated models": lambda: read_generated(client),
        "overlay ex.stream()": lambda: overlay_reader(False)(client),
        "overlay ex.stream(), reading .data": lambda: overlay_reader(True)(client),
    }
    results: dict[str, float | str] = {**rates(readers, total, args.rounds)}
    official = official_reader(chunks)
    results["official SDK workflows.executions.stream"] = (
        official if isinstance(official, str) else rates({"official": official}, total, 1)["official"]
    )
    floor = results["httpx-sse + json.loads (floor)"]
    assert isinstance(floor, float)
    print(f"{'reader':44} {'events/s':>12} {'x floor':>9}")
    for name, value in results.items():
        if isinstance(value, str):
            print(f"{name:44} {value}")
        else:
            print(f"{name:44} {value:12,.0f} {value / floor:9.2f}")
    overlay = results["overlay ex.stream()"]
    assert isinstance(overlay, float)
    print(f"\noverlay / floor: {overlay / floor:.2f} (target >= {TARGET_FLOOR_RATIO})")
    rows.append(
        {
            "workload": "stream events, ~1 KB",
            "size": f"{total} events",
            "ratio": round(overlay / floor, 3),
            "target": f">= {TARGET_FLOOR_RATIO}",
            "met": overlay / floor >= TARGET_FLOOR_RATIO,
        }
    )
    if isinstance(official, str):
        print("overlay / official SDK: not measured (official SDK not installed)")
    else:
        ratio = overlay / float(results["official SDK workflows.executions.stream"])
        print(f"overlay / official SDK: {ratio:.1f} (target >= {TARGET_OFFICIAL_RATIO})")

    if args.memory_events:
        small = 10_000
        print(f"\nPeak RSS, overlay stream, each in a fresh interpreter ({CHUNK} B chunks):")
        low = peak_rss_mb(small)
        high = peak_rss_mb(args.memory_events)
        print(f"  {small:>9,} events: {low:7.1f} MB")
        print(f"  {args.memory_events:>9,} events: {high:7.1f} MB")
        verdict = "ok" if high - low <= MEMORY_LIMIT_MB else "OVER"
        print(f"  difference: {high - low:+.1f} MB (target within {MEMORY_LIMIT_MB:.0f} MB: {verdict})")
    if args.json:
        with open(args.json, "w") as out:
            json.dump(rows, out, indent=2)


if __name__ == "__main__":
    main()
