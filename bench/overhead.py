"""Per-call overhead and cold start: the overlay against raw httpx (the floor), the generated
code and the official SDK, side by side in one run (ratios; this machine is noisy).

    python bench/overhead.py [--calls 2000] [--rounds 7] [--cold-runs 10] [--json PATH]

Per call: every client talks to an in-process mock transport answering a realistic ~1 KB
WorkflowExecutionResponse, so only client overhead is measured. The clients take turns round
by round (the order rotating), and each ratio is the median of the per-round ratios, so a
machine that slows down mid-run slows every client alike. The overlay is timed on both of its
paths: its own httpx client (the default; the bench hands that client a mock transport
through the generated client's ``httpx_args``, the one private seam it uses) and a caller's
client (``http_client=``).

Cold start: a fresh interpreter imports the client, builds it and makes one request; each side
builds its first real httpx client (the TLS context included), the request itself going to a
mock transport mounted for the API's URL. Bytecode is compiled first (the package directories,
then one untimed run of each script with bytecode writing on), as an installed package would
be. The two sides run in turn, and the ratio is the median of the pairs' ratios of CPU time
(user + system: the other processes on the machine count less than in wall time).

Cold start runs twice: as in a plain install, and in this venv as it is. ``import httpx`` also
loads whichever of its optional companions are installed: its command line when click is
(click, rich), trio for httpcore when trio is (and, through trio, attrs), the brotli and zstd
decoders. This venv has click and trio (the dev tools, the [cli] extra), a plain ``pip install
mistral-workflows`` has none of them, and the floor pays for them here while the client needs
attrs anyway, which flatters the client. The plain run hides them from both sides
(``sys.modules[name] = None``: httpx and httpcore then skip them), which is what most programs
using the client pay.

``--json PATH`` also writes the rows that have a target, as the other bench scripts do:
``{"workload", "size", "ratio", "target", "met"}`` (per call, ratio = floor time / ours; cold
start, ratio = ours / floor, target "<= 1.1x").
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

BASE = "https://api.bench"
EXECUTION_ID = "exec-0d4f6c1e-5b8a-4c1e-9f6b-2a7d3c9e8b10"
PATH = f"/v1/workflows/executions/{EXECUTION_ID}"
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

#: The targets of the issue, as ratios to the floor.
GET_TARGET = 0.9
HTTP_CLIENT_TARGET = 0.8
OFFICIAL_TARGET = 5.0
COLD_TARGET = 1.1

FLOOR = "raw httpx + json.loads (floor)"
DEFAULT = "mistral_workflows handle.get() (own client)"
HTTP_CLIENT = "mistral_workflows handle.get() (http_client=)"
GENERATED = "generated get_execution.sync"
OFFICIAL = "official SDK get_workflow_execution"

Row = dict[str, Any]


def httpx_handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BODY, headers={"content-type": "application/json"})


def mock() -> httpx.MockTransport:
    return httpx.MockTransport(httpx_handler)


# ----- per call ---------------------------------------------------------------------------------
def floor_call() -> Callable[[], object]:
    client = httpx.Client(base_url=BASE, transport=mock())
    return lambda: json.loads(client.get(PATH).content)


def default_path_call() -> Callable[[], object]:
    from mistral_workflows import Workflows

    wf = Workflows(api_key="bench-key-0123456789", base_url=BASE)
    # The client builds its httpx client on first use from these arguments: a mock transport
    # in place of the network, nothing else changed.
    wf.api._httpx_args["transport"] = mock()
    return wf.execution(EXECUTION_ID).get


def http_client_call() -> Callable[[], object]:
    from mistral_workflows import Workflows

    wf = Workflows(api_key="bench-key-0123456789", base_url=BASE, http_client=httpx.Client(transport=mock()))
    return wf.execution(EXECUTION_ID).get


def generated_call() -> Callable[[], object]:
    from mistral_workflows_api.api.executions import get_execution
    from mistral_workflows_api.client import AuthenticatedClient

    api = AuthenticatedClient(base_url=BASE, token="k")
    api.set_httpx_client(httpx.Client(base_url=BASE, transport=mock()))
    return lambda: get_execution.sync(EXECUTION_ID, client=api)


def official_call() -> Callable[[], object] | str:
    try:
        import httpx2
        from mistralai.client import Mistral
    except ImportError as exc:
        return f"not installed ({exc.name}); pip install --group bench (make bench)"

    def handler(request: Any) -> Any:
        return httpx2.Response(200, content=BODY, headers={"content-type": "application/json"})

    sdk = Mistral(api_key="k", server_url=BASE, client=httpx2.Client(transport=httpx2.MockTransport(handler)))
    executions = sdk.workflows.executions
    return lambda: executions.get_workflow_execution(execution_id=EXECUTION_ID)


def per_call(calls: int, rounds: int) -> dict[str, list[float] | str]:
    """Seconds per call of each client in each round, the clients taking turns."""
    makers: dict[str, Callable[[], Callable[[], object] | str]] = {
        FLOOR: floor_call,
        DEFAULT: default_path_call,
        HTTP_CLIENT: http_client_call,
        GENERATED: generated_call,
        OFFICIAL: official_call,
    }
    clients: dict[str, Callable[[], object]] = {}
    results: dict[str, list[float] | str] = {}
    for name, make in makers.items():
        made = make()
        if isinstance(made, str):
            results[name] = made
        else:
            made()  # warm-up: connections, lazily imported code
            clients[name] = made
            results[name] = []
    names = list(clients)
    for round_ in range(rounds):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            call = clients[name]
            started = time.perf_counter()
            for _ in range(calls):
                call()
            seconds = (time.perf_counter() - started) / calls
            times = results[name]
            assert isinstance(times, list)
            times.append(seconds)
    return results


def median_ratio(numerators: list[float], denominators: list[float]) -> float:
    """The median of the pairwise ratios of two interleaved series."""
    return statistics.median(a / b for a, b in zip(numerators, denominators, strict=True))


# ----- cold start -------------------------------------------------------------------------------
_HANDLER = (
    "def handler(request):\n"
    "    return httpx.Response(200, content=BODY, headers={'content-type': 'application/json'})\n"
)
_PRELUDE = f"BODY = {BODY!r}\n{_HANDLER}"

COLD_FLOOR = (
    "import json\nimport httpx\n"
    + _PRELUDE
    + (
        f"client = httpx.Client(base_url={BASE!r}, mounts={{{BASE!r}: httpx.MockTransport(handler)}})\n"
        f"json.loads(client.get({PATH!r}).content)\n"
    )
)
COLD: dict[str, str] = {
    DEFAULT: "import mistral_workflows\nimport httpx\n"
    + _PRELUDE
    + (
        f"wf = mistral_workflows.Workflows(api_key='bench-key-0123456789', base_url={BASE!r})\n"
        f"wf.api._httpx_args['mounts'] = {{{BASE!r}: httpx.MockTransport(handler)}}\n"
        f"wf.execution({EXECUTION_ID!r}).get()\n"
    ),
    HTTP_CLIENT: "import mistral_workflows\nimport httpx\n"
    + _PRELUDE
    + (
        f"http = httpx.Client(mounts={{{BASE!r}: httpx.MockTransport(handler)}})\n"
        "wf = mistral_workflows.Workflows(\n"
        f"    api_key='bench-key-0123456789', base_url={BASE!r}, http_client=http\n"
        ")\n"
        f"wf.execution({EXECUTION_ID!r}).get()\n"
    ),
}


def compile_packages() -> None:
    """Bytecode for our packages (an installed wheel has it; an editable install may not)."""
    for package in ("mistral_workflows", "mistral_workflows_api"):
        spec = importlib.util.find_spec(package)
        for location in (spec.submodule_search_locations or []) if spec else []:
            compileall.compile_dir(location, quiet=2)


def run_child(code: str, env: dict[str, str]) -> float:
    """CPU seconds (user + system) of a fresh interpreter running ``code``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1])
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


#: Cold start variants: what runs before each script.
HIDDEN = ("click", "trio", "brotli", "brotlicffi", "zstandard", "h2", "socksio")
INSTALLS = {
    "plain install": f"import sys\nsys.modules.update(dict.fromkeys({HIDDEN!r}))\n",
    "this venv": "",
}


def cold_start(runs: int, prelude: str) -> dict[str, list[float] | str]:
    """CPU seconds of each cold start script per run, the floor's first, the scripts in turn."""
    compile_packages()
    writing = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    scripts = {name: prelude + code for name, code in {FLOOR: COLD_FLOOR, **COLD}.items()}
    results: dict[str, list[float] | str] = {}
    for name, code in scripts.items():
        try:
            run_child(code, writing)  # untimed: writes the bytecode of whatever it imports
            results[name] = []
        except RuntimeError as exc:
            results[name] = f"failed: {exc}"
    env = dict(os.environ)
    for _ in range(runs):
        for name, code in scripts.items():
            times = results[name]
            if isinstance(times, list):
                times.append(run_child(code, env))
    return results


# ----- the report -------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=2000, help="calls per client per round")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--cold-runs", type=int, default=10, help="fresh interpreters per script")
    parser.add_argument("--json", metavar="PATH", help="also write the rows with a target as JSON")
    args = parser.parse_args()
    rows: list[Row] = []

    print(
        f"Per-call overhead: {args.rounds} rounds of {args.calls} get calls per client, "
        f"~{len(BODY)} byte body, mock transport\n"
    )
    results = per_call(args.calls, args.rounds)
    floor = results[FLOOR]
    assert isinstance(floor, list)
    official = results[OFFICIAL]
    print(f"  {'client':48} {'us/call':>8} {'vs floor':>9} {'vs official':>12}")
    for name, times in results.items():
        if isinstance(times, str):
            print(f"  {name:48} {times}")
            continue
        vs_floor = median_ratio(floor, times)
        vs_official = f"{median_ratio(official, times):11.2f}x" if isinstance(official, list) else "n/a"
        print(f"  {name:48} {statistics.median(times) * 1e6:8.1f} {vs_floor:8.2f}x {vs_official:>12}")
    targets = [
        (DEFAULT, GET_TARGET, "GET, default path (own client)"),
        (HTTP_CLIENT, HTTP_CLIENT_TARGET, "GET, http_client= path"),
    ]
    for name, target, workload in targets:
        times = results[name]
        assert isinstance(times, list)
        ratio = median_ratio(floor, times)
        rows.append(row(workload, f"~{len(BODY)} B body", ratio, f">= {target}", ratio >= target))
    if isinstance(official, list):
        ours = results[DEFAULT]
        assert isinstance(ours, list)
        ratio = median_ratio(official, ours)
        rows.append(
            row(
                "GET vs the official SDK",
                f"~{len(BODY)} B body",
                ratio,
                f">= {OFFICIAL_TARGET:g}x",
                ratio >= OFFICIAL_TARGET,
            )
        )
    print(
        f"  target: own client >= {GET_TARGET}x the floor, http_client= >= {HTTP_CLIENT_TARGET}x, "
        f">= {OFFICIAL_TARGET:g}x the official SDK\n"
    )

    for install, prelude in INSTALLS.items():
        print(
            f"Cold start, {install} (import, client, first request): "
            f"{args.cold_runs} fresh interpreters per script\n"
        )
        rows += cold_start_rows(cold_start(args.cold_runs, prelude), install)
    print(f"  target: <= {COLD_TARGET}x the floor (import httpx, httpx.Client(), one GET + json.loads)\n")

    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")


def cold_start_rows(cold: dict[str, list[float] | str], install: str) -> list[Row]:
    """Print one cold start table; its rows with a target."""
    rows: list[Row] = []
    cold_floor = cold[FLOOR]
    print(f"  {'what':48} {'CPU ms':>8} {'vs floor':>9}")
    for name, times in cold.items():
        if isinstance(times, str) or isinstance(cold_floor, str):
            print(f"  {name:48} {times if isinstance(times, str) else 'floor ' + str(cold_floor)}")
            continue
        ratio = median_ratio(times, cold_floor)
        print(f"  {name:48} {statistics.median(times) * 1000:8.0f} {ratio:8.2f}x")
        if name != FLOOR:
            path = "default path" if name == DEFAULT else "http_client= path"
            rows.append(
                row(f"cold start, {path}", install, ratio, f"<= {COLD_TARGET}x", ratio <= COLD_TARGET)
            )
    print()
    return rows


def row(workload: str, size: str, ratio: float, target: str, met: bool) -> Row:
    return {"workload": workload, "size": size, "ratio": round(ratio, 3), "target": target, "met": met}


if __name__ == "__main__":
    main()
