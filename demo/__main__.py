"""`make demo`: a short tour of mistral-workflows on the built-in emulator.

With ``DEMO_BASE_URL`` (and ``MISTRAL_API_KEY``, ``DEMO_WORKFLOW``) set, it runs a smaller
tour against that server instead: the real API has no built-in workflows to play with.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from mistral_workflows import ExecutionFailed, ExecutionHandle, Workflows, WorkflowsError, reset_points
from mistral_workflows_api.models import WorkflowExecutionTraceSummarySpan

from .batch import demo_batch
from .cli import demo_cli
from .payloads import demo_payloads
from .streaming import demo_streaming


def section(title: str) -> None:
    print(f"\n== {title} " + "=" * max(0, 66 - len(title)))


def status_of(handle: ExecutionHandle) -> str:
    status = handle.get().status
    return str(getattr(status, "value", status))


def print_span(span: WorkflowExecutionTraceSummarySpan, depth: int = 0) -> None:
    end = span.end_time_unix_nano
    took = f"{(end - span.start_time_unix_nano) / 1e6:8.1f} ms" if isinstance(end, int) else "  running"
    print(f"   {took}  {'   ' * depth}{span.name}")
    for child in span.children if isinstance(span.children, list) else []:
        print_span(child, depth + 1)


def tour(wf: Workflows, emu: Any) -> None:
    section("1. Start an execution and wait for its result")
    countdown = wf.execute("countdown", input={"n": 3})
    print(f"   started {countdown.workflow_name} as {countdown.execution_id}")
    print(f"   result: {countdown.result(timeout=60)}")

    section("2. Signal an approval")
    approval = wf.execute("approval")
    print(f"   {approval.execution_id} is {status_of(approval)}, waiting for a signal")
    approval.signal("approve", {"by": "ops@example.com"})
    print(f"   sent 'approve' -> result: {approval.result(timeout=60)}")

    section("3. Query and update a counter")
    counter = wf.execute("counter", input={"start": 10})
    print(f"   query value     -> {counter.query('value').result}")
    print(f"   update increment by 5 -> {counter.update('increment', {'by': 5}).result}")
    print(f"   query value     -> {counter.query('value').result}")
    counter.signal("finish")
    print(f"   signal finish   -> result: {counter.result(timeout=60)}")

    section("4. The trace of the countdown, as a span tree")
    summary = countdown.trace.summary()
    if isinstance(summary.span_tree, WorkflowExecutionTraceSummarySpan):
        print_span(summary.span_tree)
    info = countdown.trace.info()
    print(f"   trace id {info.otel_trace_id}, has data: {info.has_trace_data}")

    section("5. Logs, page by page")
    for record in list(countdown.logs(page_size=2))[:4]:
        print(f"   {record.timestamp:%H:%M:%S.%f} {record.severity_text:5} {record.body}")

    section("6. Cancel (graceful) and terminate (immediate)")
    for action in ("cancel", "terminate"):
        forever = wf.execute("forever")
        getattr(forever, action)()
        try:
            forever.result(timeout=60)
        except WorkflowsError as exc:
            print(f"   {action:9} -> {type(exc).__name__}: {exc}")

    section("7. Reset an execution to an earlier point")
    before = countdown.get()
    points = reset_points(countdown.history())  # the workflow-task events a reset accepts
    print(f"   reset points of the run: {points}")
    countdown.reset(points[0], reason="demo: run it again")
    after = countdown.get()
    print(f"   run {before.run_id} -> new run {after.run_id}, status {after.status}")
    print(f"   result of the new run: {countdown.result(timeout=60)}")

    section("8. A failing execution")
    flaky = wf.execute("flaky", input={"message": "the payment provider said no"})
    try:
        flaky.result(timeout=60)
    except ExecutionFailed as exc:
        print(f"   ExecutionFailed: {exc}")
        print(f"   failure payload: {exc.failure}")

    section("9. Errors are typed")
    try:
        wf.execution("no-such-execution").get()
    except WorkflowsError as exc:
        print(f"   {type(exc).__name__}: {exc}")

    section("10. Stream an execution live, across a dropped connection")
    demo_streaming(wf, emu)

    section("11. Cancel hundreds of executions at once")
    demo_batch(wf, emu)

    section("12. Encrypted payloads, end to end")
    demo_payloads(wf, emu)
    section("13. The same from the shell: mistral-workflows")
    demo_cli(emu.base_url)


def real_tour(wf: Workflows, workflow: str) -> None:
    section(f"Against {wf.base_url}: {workflow}")
    handle = wf.execute(workflow)
    print(f"   started {handle.execution_id}; status {status_of(handle)}")
    summary = handle.trace.summary()
    if isinstance(summary.span_tree, WorkflowExecutionTraceSummarySpan):
        print_span(summary.span_tree)
    print(f"   result: {handle.result(timeout=300)}")


@contextmanager
def emulator() -> Iterator[Any]:
    from mistral_workflows_emulator import EmulatorOptions, running_emulator

    with running_emulator(EmulatorOptions(speed=10)) as emu:
        yield emu


def main() -> int:
    base_url = os.environ.get("DEMO_BASE_URL")
    started = time.monotonic()
    if base_url:
        workflow = os.environ.get("DEMO_WORKFLOW")
        if not workflow or not os.environ.get("MISTRAL_API_KEY"):
            print(
                "DEMO_BASE_URL needs MISTRAL_API_KEY and DEMO_WORKFLOW=<a workflow of yours>", file=sys.stderr
            )
            return 2
        print(f"mistral-workflows demo against the REAL API at {base_url}")
        with Workflows(base_url=base_url) as wf:
            real_tour(wf, workflow)
    else:
        with emulator() as emu:
            print(f"mistral-workflows demo on the built-in emulator at {emu.base_url} (10x speed)")
            with Workflows(api_key="demo-key", base_url=emu.base_url) as wf:
                tour(wf, emu)
    print(f"\nDone in {time.monotonic() - started:.1f}s.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
