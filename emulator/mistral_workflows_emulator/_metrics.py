"""A workflow's metrics (`GET /v1/workflows/{workflow_name}/metrics`), computed from its runs.

The executions counted are the workflow's (children included) started within the optional
`start_time` / `end_time` range. `success_count` counts the COMPLETED ones, `error_count` the
FAILED and TIMED_OUT ones (a cancel or a terminate is the caller's doing, not an error).
`average_latency_ms` is the mean duration of the finished ones (0 without any), and
`latency_over_time` that mean per minute of their end, as `[epoch seconds, ms]` pairs, oldest
first. `retry_rate` is the share of executions in which an activity was retried.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ._engine import EventType, Execution, Status
from ._requests import query_datetime

_ERRORS = frozenset({Status.FAILED, Status.TIMED_OUT})
_MINUTE_NS = 60 * 1_000_000_000


def workflow_metrics(workflow_name: str, params: Any, executions: Iterable[Execution]) -> dict[str, Any]:
    """A WorkflowMetrics for the query `params` (Starlette QueryParams)."""
    start = query_datetime(params, "start_time")
    end = query_datetime(params, "end_time")
    chosen = [
        execution
        for execution in executions
        if execution.workflow_name == workflow_name
        and (start is None or execution.start_ns >= start)
        and (end is None or execution.start_ns <= end)
    ]
    finished = [execution for execution in chosen if execution.end_ns is not None]
    latencies = [((execution.end_ns or 0) - execution.start_ns) / 1e6 for execution in finished]
    by_minute: defaultdict[int, list[float]] = defaultdict(list)
    for execution, latency in zip(finished, latencies, strict=True):
        by_minute[(execution.end_ns or 0) // _MINUTE_NS * 60].append(latency)
    retried = sum(
        1
        for execution in chosen
        if any(event.event_type is EventType.ACTIVITY_TASK_RETRYING for event in execution.events)
    )
    count = len(chosen)
    return {
        "execution_count": {"value": count},
        "success_count": {"value": sum(1 for e in chosen if e.status is Status.COMPLETED)},
        "error_count": {"value": sum(1 for e in chosen if e.status in _ERRORS)},
        "average_latency_ms": {"value": sum(latencies) / len(latencies) if latencies else 0},
        "latency_over_time": {
            "value": [[minute, sum(values) / len(values)] for minute, values in sorted(by_minute.items())]
        },
        "retry_rate": {"value": retried / count if count else 0},
    }
