"""Typed parsing against the floor: trace.events(), logs() and typed stream ``.data``, each
side by side with raw httpx + json.loads reading the same fields from plain dicts.

    python bench/typed_data.py [--rounds 7] [--json rows.json]

Both sides get the same bytes from the same kind of in-process mock transport, and both
touch every item: the floor reads the fields from the dicts that ``json.loads`` made, the
client reads the same fields from its typed objects (so a client that defers parsing pays
for it here). Rounds interleave the contenders; each keeps its best round. Ratio = floor
time / client time, higher is better.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import httpx_sse

BASE = "https://api.bench"
EXECUTION_ID = "exec-0d4f6c1e-5b8a-4c1e-9f6b-2a7d3c9e8b10"
RUN_ID = "3b0c8a4e-6f1d-4b5e-9c57-2d9e8f1a0b11"
EXECUTION = {
    "workflow_name": "invoice-reconciliation",
    "workflow_id": "6f1c2e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
    "deployment_name": "production-eu-west",
    "execution_id": EXECUTION_ID,
    "parent_execution_id": None,
    "root_execution_id": EXECUTION_ID,
    "run_id": RUN_ID,
    "user_id": "user-7d2c9a41",
    "status": "COMPLETED",
    "start_time": "2026-01-05T10:00:00.123456Z",
    "end_time": "2026-01-05T10:04:31.654321Z",
    "total_duration_ms": 271531,
    "result": {"matched": 1412, "unmatched": 17},
}
SIZES = (10, 100, 1_000, 10_000)
LOG_PAGE = 100  # the API's largest page
TRACE_TARGET = 0.8
STREAM_TARGET = 0.5
#: Items timed per round and contender (so that small sizes repeat the call).
ITEMS_PER_ROUND = 20_000


def _json_response(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"content-type": "application/json"})


# ----- trace.events() -------------------------------------------------------------------------
def trace_event(i: int, merged: bool) -> dict[str, Any]:
    """One trace event as the server sends it (the emulator's layout)."""
    attributes = {
        "event_type": "ACTIVITY_TASK_COMPLETED",
        "event_id": str(i),
        "activity_name": "reconcile_batch",
        "batch": f"batch-{i:05d}",
        "matched": 97,
    }
    event: dict[str, Any] = {
        "type": "EVENT",
        "name": "reconcile_batch",
        "id": str(i),
        "timestamp_unix_nano": 1767607200_000000000 + i * 1_000_000,
        "attributes": attributes,
        "internal": False,
    }
    if merged:
        event |= {
            "type": "EVENT_PROGRESS",
            "status": "COMPLETED",
            "start_time_unix_ms": 1767607200_000 + i,
            "end_time_unix_ms": 1767607200_000 + i + 40,
            "error": None,
        }
    return event


def trace_body(size: int, merged: bool) -> bytes:
    events = [trace_event(i, merged) for i in range(size)]
    return json.dumps(EXECUTION | {"events": events}).encode()


def trace_contenders(size: int, merged: bool) -> dict[str, Callable[[], int]]:
    from mistral_workflows import Workflows

    body = trace_body(size, merged)
    transport = httpx.MockTransport(lambda request: _json_response(body))
    path = f"/v1/workflows/executions/{EXECUTION_ID}/trace/events"
    params = {"merge_same_id_events": str(merged).lower(), "include_internal_events": "false"}
    floor_http = httpx.Client(base_url=BASE, transport=transport)
    wf = Workflows(api_key="k", base_url=BASE, http_client=httpx.Client(base_url=BASE, transport=transport))
    trace = wf.execution(EXECUTION_ID).trace

    def floor() -> int:
        parsed = json.loads(floor_http.get(path, params=params).content)
        count = 0
        for event in parsed["events"]:
            event.get("type")
            event["timestamp_unix_nano"]
            event["attributes"]["event_type"]
            count += 1
        return count

    def client() -> int:
        events = trace.events(merge_same_id_events=merged).events
        assert isinstance(events, list)
        count = 0
        for event in events:
            event.type_  # noqa: B018 - the reads the floor does
            event.timestamp_unix_nano  # noqa: B018
            event.attributes["event_type"]
            count += 1
        return count

    return {"floor": floor, "client": client}


# ----- logs() ---------------------------------------------------------------------------------
def log_record(i: int) -> dict[str, Any]:
    return {
        "timestamp": f"2026-01-05T10:{i // 60 % 60:02d}:{i % 60:02d}.{i % 1000:03d}123Z",
        "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736",
        "span_id": "00f067aa0ba902b7",
        "severity_text": "WARNING" if i % 10 == 0 else "INFO",
        "body": f"reconciled batch-{i:05d}: 97 matched, 3 need review",
        "log_attributes": {"activity_id": str(i // 4), "logger": "reconcile"},
    }


def log_pages(size: int) -> dict[str | None, bytes]:
    """The answer to each cursor (None: the first page)."""
    pages: dict[str | None, bytes] = {}
    starts = range(0, size, LOG_PAGE)
    for number, start in enumerate(starts):
        records = [log_record(i) for i in range(start, min(start + LOG_PAGE, size))]
        last = number == len(starts) - 1
        next_cursor = None if last else f"cursor-{number + 1}"
        cursor = None if number == 0 else f"cursor-{number}"
        pages[cursor] = json.dumps({"results": records, "next_cursor": next_cursor}).encode()
    return pages


def logs_contenders(size: int) -> dict[str, Callable[[], int]]:
    from mistral_workflows import Workflows

    pages = log_pages(size)

    def answer(request: httpx.Request) -> httpx.Response:
        return _json_response(pages[request.url.params.get("cursor")])

    transport = httpx.MockTransport(answer)
    path = f"/v1/workflows/executions/{EXECUTION_ID}/logs"
    floor_http = httpx.Client(base_url=BASE, transport=transport)
    wf = Workflows(api_key="k", base_url=BASE, http_client=httpx.Client(base_url=BASE, transport=transport))
    handle = wf.execution(EXECUTION_ID)

    def floor() -> int:
        count = 0
        params: dict[str, str] = {"order": "asc", "limit": str(LOG_PAGE)}
        while True:
            page = json.loads(floor_http.get(path, params=params).content)
            for record in page["results"]:
                record["timestamp"]
                record["severity_text"]
                record["body"]
                count += 1
            if not page["next_cursor"]:
                return count
            params["cursor"] = page["next_cursor"]

    def client() -> int:
        count = 0
        for record in handle.logs(page_size=LOG_PAGE):
            record.timestamp  # noqa: B018 - the reads the floor does
            record.severity_text  # noqa: B018
            record.body  # noqa: B018
            count += 1
        return count

    return {"floor": floor, "client": client}


# ----- stream events, reading .data -----------------------------------------------------------
def _patch_ops(count: int, step: int) -> list[dict[str, Any]]:
    kinds = ("append", "replace", "add", "append")
    ops: list[dict[str, Any]] = []
    for i in range(count):
        op = kinds[i % 4]
        if op == "append":
            ops.append({"op": op, "path": "/summary", "value": f" batch-{step:05d} row {i}: 97 matched;"})
        elif op == "replace":
            ops.append({"op": op, "path": "/done", "value": step * 100 + i})
        else:
            ops.append({"op": op, "path": f"/rows/{i}", "value": {"row": i, "ok": i % 7 != 0}})
    return ops


def _rows(count: int, step: int) -> list[dict[str, Any]]:
    return [{"id": f"row-{step:05d}-{i:04d}", "amount": 1200 + i, "currency": "EUR"} for i in range(count)]


def stream_event(sequence: int, total: int, scale: int) -> dict[str, Any]:
    """Event ``sequence``: activity started / progress patch / activity completed / progress
    patch in turn, the last one completing the execution; ``scale`` sets the payload size."""
    step = sequence // 4
    event_type = ("ACTIVITY_TASK_STARTED", "CUSTOM_TASK_IN_PROGRESS", "ACTIVITY_TASK_COMPLETED")[
        sequence % 4 if sequence % 4 < 3 else 1
    ]
    attributes: dict[str, Any]
    if sequence == total:
        event_type = "WORKFLOW_EXECUTION_COMPLETED"
        attributes = {"task_id": "1", "result": {"type": "json", "value": {"matched": 97 * step}}}
    elif event_type == "CUSTOM_TASK_IN_PROGRESS":
        attributes = {
            "custom_task_id": "custom-2",
            "custom_task_type": "progress",
            "payload": {"type": "json_patch", "value": _patch_ops(scale, step)},
        }
    else:
        key = "input" if event_type == "ACTIVITY_TASK_STARTED" else "result"
        attributes = {
            "task_id": str(sequence),
            "activity_name": "reconcile_batch",
            key: {"type": "json", "value": {"batch": f"batch-{step:05d}", "rows": _rows(scale, step)}},
        }
    return {
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
            "event_timestamp": 1767607200_000000000 + sequence * 1_000_000,
            "root_workflow_exec_id": EXECUTION_ID,
            "parent_workflow_exec_id": None,
            "continued_run_id": None,
            "first_execution_run_id": RUN_ID,
            "schedule_id": None,
            "workflow_exec_id": EXECUTION_ID,
            "workflow_run_id": RUN_ID,
            "workflow_name": "invoice-reconciliation",
            "event_type": event_type,
            "attributes": attributes,
        },
    }


def stream_chunks(total: int, scale: int) -> list[bytes]:
    """The whole stream in 4 KiB chunks."""
    text = "".join(
        f"id: {n}\ndata: {json.dumps(stream_event(n, total, scale), separators=(',', ':'))}\n\n"
        for n in range(1, total + 1)
    ).encode()
    return [text[i : i + 4096] for i in range(0, len(text), 4096)]


class _Body(httpx.SyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._chunks)


def read_dict(data: dict[str, Any]) -> None:
    """The floor's reads of one event, the same as ``read_typed`` does on the model."""
    data["event_type"]
    data["event_id"]
    attributes = data["attributes"]
    payload = attributes.get("payload")
    if payload is not None:
        for op in payload["value"]:
            op["op"]
            op["path"]
    else:
        attributes.get("activity_name")


def read_typed(data: Any) -> None:
    data.event_type  # noqa: B018
    data.event_id  # noqa: B018
    attributes = data.attributes
    payload = getattr(attributes, "payload", None)
    if payload is not None:
        for op in payload.value:
            op.op  # noqa: B018
            op.path  # noqa: B018
    else:
        getattr(attributes, "activity_name", None)


def stream_contenders(event_bytes: int) -> tuple[dict[str, Callable[[], int]], int, int]:
    from mistral_workflows import Workflows

    def cycle_size(scale: int) -> float:  # average over one cycle of event types, as sent
        cycle = [stream_event(n, 100, scale) for n in range(4, 8)]
        return sum(len(json.dumps(event, separators=(",", ":"))) for event in cycle) / len(cycle)

    scale = 1
    while cycle_size(scale) < event_bytes:
        scale += 1
    total = max(50, 4_000_000 // event_bytes)
    chunks = stream_chunks(total, scale)
    average = sum(map(len, chunks)) // total

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=_Body(chunks))

    transport = httpx.MockTransport(answer)
    path = f"/v1/workflows/executions/{EXECUTION_ID}/stream"
    floor_http = httpx.Client(base_url=BASE, transport=transport)
    wf = Workflows(api_key="k", base_url=BASE, http_client=httpx.Client(base_url=BASE, transport=transport))
    handle = wf.execution(EXECUTION_ID)

    def floor() -> int:
        count = 0
        with floor_http.stream("GET", path) as response:
            for sse in httpx_sse.EventSource(response).iter_sse():
                read_dict(json.loads(sse.data)["data"])
                count += 1
        return count

    def client() -> int:
        count = 0
        with handle.stream() as events:
            for event in events:
                read_typed(event.data)
                count += 1
        return count

    return {"floor": floor, "client": client}, total, average


# ----- timing ---------------------------------------------------------------------------------
def best_times(
    contenders: dict[str, Callable[[], int]], expected: int, repeat: int, rounds: int
) -> dict[str, float]:
    """Best seconds per call of each contender; contenders take turns within every round."""
    for name, run in contenders.items():  # warm-up, and a check that both read everything
        got = run()
        if got != expected:
            raise SystemExit(f"{name} read {got} items, expected {expected}")
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(rounds):
        for name, run in contenders.items():
            started = time.perf_counter()
            for _ in range(repeat):
                run()
            best[name] = min(best[name], (time.perf_counter() - started) / repeat)
    return best


def row(workload: str, size: str, floor: float, client: float, target: float) -> dict[str, Any]:
    ratio = floor / client
    return {
        "workload": workload,
        "size": size,
        "ratio": round(ratio, 3),
        "target": f">= {target}",
        "met": ratio >= target,
        "floor_us": round(floor * 1e6, 1),
        "client_us": round(client * 1e6, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--only", choices=["trace", "merged", "logs", "stream"], action="append")
    parser.add_argument("--json", metavar="PATH", help="also write the rows as JSON here")
    args = parser.parse_args()
    only = set(args.only or ["trace", "merged", "logs", "stream"])

    rows: list[dict[str, Any]] = []
    print(f"{'workload':44} {'size':>8} {'floor us':>11} {'client us':>11} {'ratio':>6}  target")

    def show(entry: dict[str, Any]) -> None:
        rows.append(entry)
        verdict = "ok" if entry["met"] else "SHORT"
        print(
            f"{entry['workload']:44} {entry['size']:>8} {entry['floor_us']:11.1f} "
            f"{entry['client_us']:11.1f} {entry['ratio']:6.2f}  {entry['target']} {verdict}",
            flush=True,
        )

    for size in args.sizes:
        repeat = max(1, ITEMS_PER_ROUND // size)
        for merged in (False, True):
            if ("merged" if merged else "trace") not in only:
                continue
            name = "trace.events(merge_same_id_events=True)" if merged else "trace.events()"
            times = best_times(trace_contenders(size, merged), size, repeat, args.rounds)
            show(row(name, str(size), times["floor"], times["client"], TRACE_TARGET))
        if "logs" in only:
            times = best_times(logs_contenders(size), size, repeat, args.rounds)
            show(row("logs()", str(size), times["floor"], times["client"], TRACE_TARGET))
    if "stream" in only:
        for event_bytes in (2_000, 20_000):
            contenders, total, average = stream_contenders(event_bytes)
            times = best_times(contenders, total, 1, args.rounds)
            size = f"{event_bytes // 1000} KB"
            print(f"  ({size}: {total} events averaging {average} B, one stream per call)")
            show(
                row(
                    "stream events, reading .data (typed)",
                    size,
                    times["floor"],
                    times["client"],
                    STREAM_TARGET,
                )
            )

    if args.json:
        with open(args.json, "w") as out:
            json.dump(rows, out, indent=2)
            out.write("\n")


if __name__ == "__main__":
    main()
