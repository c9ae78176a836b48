"""Per-call overhead and cold start: the overlay against the generated code, raw httpx and
the official SDK, side by side in one run (ratios; this machine is noisy).

    python bench/overhead.py [--calls 3000] [--cold-runs 5]

Every client talks to an in-process mock transport answering a realistic ~1 KB
WorkflowExecutionResponse, so only client overhead is measured.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx

BASE = "https://api.bench"
EXECUTION_ID = "exec-0d4f6c1e-5b8a-4c1e-9f6b-2a7d3c9e8b10"
BODY = json.dumps(
    {
        "workflow_name": "invoice-reconciliation",
        "workflow_id": "6f1c2e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
        "deployment_name": "production-eu-west",
        "execution_id": EXECUTION_ID,
        "parent_execution_id": None,
        "root_execution_id": EXECUTION_ID,
        "run_id": "3b0c8a4e-6f1d-4b5e-9c57-2d9e8f1a0b11",
        "user_id": "user-7d2c9a41",
        "status": "COMPLETED",
        "start_time": "2026-01-05T10:00:00.123456Z",
        "end_time": "2026-01-05T10:04:31.654321Z",
        "total_duration_ms": 271531,
        "result": {
            "matched": 1412,
            "unmatched": 17,
            "currency": "EUR",
            "batches": [{"id": f"batch-{i:03d}", "rows": 100 + i, "ok": i % 7 != 0} for i in range(8)],
            "notes": "Reconciled against ledger snapshot 2026-01-05T09:59:00Z; 17 rows need review.",
        },
    }
).encode()


def httpx_handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BODY, headers={"content-type": "application/json"})


def bench_floor(calls: int) -> float:
    client = httpx.Client(base_url=BASE, transport=httpx.MockTransport(httpx_handler))
    url = f"/v1/workflows/executions/{EXECUTION_ID}"
    return timed(calls, lambda: json.loads(client.get(url).content))


def bench_generated(calls: int) -> float:
    from mistral_workflows_api.api.executions import get_execution
    from mistral_workflows_api.client import AuthenticatedClient

    api = AuthenticatedClient(base_url=BASE, token="k")
    api.set_httpx_client(httpx.Client(base_url=BASE, transport=httpx.MockTransport(httpx_handler)))
    return timed(calls, lambda: get_execution.sync(EXECUTION_ID, client=api))


def bench_overlay(calls: int) -> float:
    from mistral_workflows import Workflows

    http = httpx.Client(base_url=BASE, transport=httpx.MockTransport(httpx_handler))
    wf = Workflows(api_key="k", base_url=BASE, http_client=http)
    handle = wf.execution(EXECUTION_ID)
    return timed(calls, handle.get)


def bench_official(calls: int) -> float | str:
    try:
        import httpx2
        from mistralai.client import Mistral
    except ImportError as exc:
        return f"not installed ({exc.name}); pip install --group bench (make bench)"

    def handler(request: Any) -> Any:
        return httpx2.Response(200, content=BODY, headers={"content-type": "application/json"})

    client = httpx2.Client(transport=httpx2.MockTransport(handler))
    sdk = Mistral(api_key="k", server_url=BASE, client=client)
    executions = sdk.workflows.executions
    return timed(calls, lambda: executions.get_workflow_execution(execution_id=EXECUTION_ID))


def timed(calls: int, call: Callable[[], object]) -> float:
    """Calls per second, best of three rounds (after a warm-up call)."""
    call()
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _ in range(calls):
            call()
        best = min(best, time.perf_counter() - started)
    return calls / best


COLD = {
    "import httpx; httpx.Client() (floor)": "import httpx; httpx.Client()",
    "mistral_workflows: Workflows(api_key='x')": (
        "import mistral_workflows; mistral_workflows.Workflows(api_key='x')"
    ),
    "generated: import get_execution": "import mistral_workflows_api.api.executions.get_execution",
    "official SDK: Mistral(...).workflows.executions": (
        "from mistralai.client import Mistral; Mistral(api_key='x').workflows.executions"
    ),
}


def cold_start(code: str, runs: int) -> float | str:
    """Median wall time of a fresh interpreter running ``code``, in ms."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        if proc.returncode != 0:
            return "failed: " + proc.stderr.strip().splitlines()[-1]
        times.append(elapsed * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--cold-runs", type=int, default=5)
    args = parser.parse_args()

    print(f"Per-call overhead: {args.calls} get calls, ~{len(BODY)} byte body, mock transport\n")
    results: dict[str, float | str] = {
        "raw httpx + json.loads (floor)": bench_floor(args.calls),
        "generated get_execution.sync": bench_generated(args.calls),
        "mistral_workflows handle.get()": bench_overlay(args.calls),
        "official SDK get_workflow_execution": bench_official(args.calls),
    }
    floor = results["raw httpx + json.loads (floor)"]
    official = results["official SDK get_workflow_execution"]
    print(f"  {'client':42} {'calls/s':>10} {'vs floor':>9} {'vs official':>12}")
    for name, rate in results.items():
        if isinstance(rate, str):
            print(f"  {name:42} {rate}")
            continue
        vs_floor = rate / floor if isinstance(floor, float) else float("nan")
        vs_official = f"{rate / official:11.2f}x" if isinstance(official, float) else "        n/a"
        print(f"  {name:42} {rate:10.0f} {vs_floor:8.2f}x {vs_official}")
    print("  target: overlay >= 0.80x floor and >= 5x official\n")

    print(f"Cold start: median of {args.cold_runs} fresh interpreters\n")
    cold = {name: cold_start(code, args.cold_runs) for name, code in COLD.items()}
    cold_floor = cold["import httpx; httpx.Client() (floor)"]
    print(f"  {'what':48} {'ms':>8} {'vs floor':>9}")
    for name, ms in cold.items():
        if isinstance(ms, str):
            print(f"  {name:48} {ms}")
            continue
        ratio = ms / cold_floor if isinstance(cold_floor, float) else float("nan")
        print(f"  {name:48} {ms:8.0f} {ratio:8.2f}x")
    print("  target: mistral_workflows <= 1.25x floor")


if __name__ == "__main__":
    main()
