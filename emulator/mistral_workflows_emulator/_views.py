"""Wire views of an execution, all derived from its one event log (and notes) so that they agree.

- history: the current run's Temporal history (`_engine.temporal_history`) in Temporal's JSON
  form, what protobuf's MessageToDict gives of a `History` (temporalio's
  `WorkflowHistory.to_json()`): camelCase keys, `eventType` "EVENT_TYPE_WORKFLOW_TASK_COMPLETED",
  int64 ids as strings, payloads as `{"payloads": [{"metadata": {"encoding": <base64>}, "data":
  <base64>}]}` (json/plain; binary/null for null). The "short" style is the older tctl /
  Temporal Web one: "WorkflowTaskCompleted" and PascalCase enum values ("StartToClose"), ids as
  numbers; temporalio's `WorkflowHistory.from_json` reads both. With `decode_payloads`, each
  payload is its decoded JSON value instead.
- logs: one record per kept event (all runs), `id` = the event's broker_sequence;
  `log_attributes.activity_id` is the activity's task id (a decimal) for activity events.
- trace: one trace per execution; a root span for the execution (workflow-level events are its
  span events), one child span per activity (by task id) and per custom task (by custom task
  id), with the retry / progress events as span events. trace/otel, trace/summary and
  trace/events render that same span list. Workflow-level events are the "internal" trace
  events; `merge_same_id_events` folds each task's events into one progress event.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from ._engine import (
    Event,
    EventType,
    Execution,
    HistoryEvent,
    Payloads,
    Run,
    Status,
    TemporalEnum,
    iso_timestamp,
    temporal_history,
)
from ._options import HistoryStyle

_FAILURE_EVENTS = frozenset(
    {
        EventType.WORKFLOW_EXECUTION_FAILED,
        EventType.WORKFLOW_TASK_FAILED,
        EventType.CUSTOM_TASK_FAILED,
        EventType.ACTIVITY_TASK_FAILED,
    }
)
_WARNING_EVENTS = frozenset(
    {
        EventType.WORKFLOW_TASK_TIMED_OUT,
        EventType.CUSTOM_TASK_TIMED_OUT,
        EventType.CUSTOM_TASK_CANCELED,
        EventType.WORKFLOW_EXECUTION_CANCELED,
        EventType.ACTIVITY_TASK_RETRYING,
    }
)
_TASK_ENDS = {
    EventType.ACTIVITY_TASK_COMPLETED: "COMPLETED",
    EventType.ACTIVITY_TASK_FAILED: "FAILED",
    EventType.CUSTOM_TASK_COMPLETED: "COMPLETED",
    EventType.CUSTOM_TASK_FAILED: "FAILED",
    EventType.CUSTOM_TASK_TIMED_OUT: "FAILED",
    EventType.CUSTOM_TASK_CANCELED: "FAILED",
}
_WORKFLOW_ID_NAMESPACE = uuid.UUID("6f1c3a52-3b7e-4f0e-9d8a-1e2f3a4b5c6d")


def _hex_id(*parts: str, size: int) -> str:
    return hashlib.blake2b("\x00".join(parts).encode(), digest_size=size).hexdigest()


def trace_id(execution: Execution) -> str:
    return _hex_id("trace", execution.execution_id, size=16)


# ----- executions -----------------------------------------------------------------------------


def execution_fields(execution: Execution) -> dict[str, Any]:
    """A WorkflowExecutionResponse."""
    end_ns = execution.end_ns
    return {
        "workflow_name": execution.workflow_name,
        "workflow_id": str(uuid.uuid5(_WORKFLOW_ID_NAMESPACE, execution.workflow_name)),
        "deployment_name": execution.deployment_name,
        "execution_id": execution.execution_id,
        "parent_execution_id": execution.parent_execution_id,
        "root_execution_id": execution.root_execution_id,
        "run_id": execution.run.run_id,
        "user_id": None,
        "status": execution.status.value,
        "start_time": iso_timestamp(execution.start_ns),
        "end_time": iso_timestamp(end_ns) if end_ns is not None else None,
        "total_duration_ms": (end_ns - execution.start_ns) // 1_000_000 if end_ns else None,
        "result": execution.result,
    }


def run_fields(execution: Execution, run: Run | None = None) -> dict[str, Any]:
    """A WorkflowExecutionWithoutResultResponse: a row of the runs listing (of `run` if given)."""
    fields = execution_fields(execution)
    del fields["result"]
    if run is not None:
        fields["run_id"] = run.run_id
        fields["status"] = run.status.value
    return fields


def sync_response(execution: Execution) -> dict[str, Any]:
    """A WorkflowExecutionSyncResponse."""
    return {
        "workflow_name": execution.workflow_name,
        "execution_id": execution.execution_id,
        "result": execution.result,
    }


def history(
    execution: Execution,
    *,
    style: HistoryStyle = "proto",
    decode_payloads: bool = False,
    run: Run | None = None,
) -> dict[str, Any]:
    """The Temporal history of the current run (or `run`), `events` beside the execution's ids."""
    render = _HistoryRenderer(style, decode_payloads)
    return {
        "execution_id": execution.execution_id,
        "run_id": (run or execution.run).run_id,
        "workflow_name": execution.workflow_name,
        "events": [render.event(event) for event in temporal_history(execution, run)],
    }


_JSON_PLAIN = base64.b64encode(b"json/plain").decode()
_BINARY_NULL = base64.b64encode(b"binary/null").decode()
_TASK_ID_BASE = 1_048_576


def _pascal(name: str) -> str:
    """UPPER_SNAKE to PascalCase: "WORKFLOW_TASK_COMPLETED" -> "WorkflowTaskCompleted"."""
    return "".join(word.capitalize() for word in name.split("_"))


def proto_timestamp(timestamp_ns: int) -> str:
    """A google.protobuf.Timestamp in its JSON form (0, 3, 6 or 9 fractional digits)."""
    seconds, nanos = divmod(timestamp_ns, 1_000_000_000)
    whole = iso_timestamp(seconds * 1_000_000_000)[:19]
    if nanos == 0:
        return f"{whole}Z"
    if nanos % 1_000_000 == 0:
        return f"{whole}.{nanos // 1_000_000:03d}Z"
    if nanos % 1000 == 0:
        return f"{whole}.{nanos // 1000:06d}Z"
    return f"{whole}.{nanos:09d}Z"


class _HistoryRenderer:
    """Renders HistoryEvents in one style, payloads encoded or decoded."""

    def __init__(self, style: HistoryStyle, decode_payloads: bool) -> None:
        self.proto = style == "proto"
        self.decode = decode_payloads

    def event(self, event: HistoryEvent) -> dict[str, Any]:
        name = _pascal(event.event_type)
        return {
            "eventId": self._int64(event.event_id),
            "eventTime": proto_timestamp(event.timestamp_ns),
            "eventType": f"EVENT_TYPE_{event.event_type}" if self.proto else name,
            "taskId": self._int64(_TASK_ID_BASE + event.event_id),
            f"{name[0].lower()}{name[1:]}EventAttributes": self._value(event.attributes),
        }

    def _int64(self, value: int) -> str | int:
        return str(value) if self.proto else value

    def _value(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {
                key: self._int64(item)
                if isinstance(item, int) and key.endswith("EventId")
                else self._value(item)
                for key, item in value.items()
            }
        if isinstance(value, Payloads):
            return {"payloads": [self._payload(item) for item in value.values]}
        if isinstance(value, TemporalEnum):
            return f"{value.prefix}_{value.value}" if self.proto else _pascal(value.value)
        if isinstance(value, list | tuple):
            return [self._value(item) for item in value]
        return value

    def _payload(self, value: Any) -> Any:
        if self.decode:
            return value
        if value is None:
            return {"metadata": {"encoding": _BINARY_NULL}}
        data = json.dumps(value, separators=(",", ":"), sort_keys=True).encode()
        return {"metadata": {"encoding": _JSON_PLAIN}, "data": base64.b64encode(data).decode()}


# ----- logs ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LogEntry:
    """A log record with what it is filtered and paged by."""

    sequence: int
    timestamp_ns: int
    run_id: str
    activity_id: str | None
    record: dict[str, Any]


def _task_key(event: Event) -> str | None:
    """The activity task id or custom task id an event belongs to, if any."""
    if event.event_type.value.startswith("ACTIVITY_TASK_"):
        return f"activity:{event.attributes['task_id']}"
    if event.event_type.value.startswith("CUSTOM_TASK_"):
        return f"custom:{event.attributes['custom_task_id']}"
    return None


def _span_id(execution: Execution, key: str | None) -> str:
    return _hex_id("span", execution.execution_id, key or "root", size=8)


def _describe(execution: Execution, event: Event) -> str:
    attributes = event.attributes
    kind = event.event_type.value.lower().replace("_", " ")
    if "activity_name" in attributes:
        return f"{kind}: {attributes['activity_name']}"
    if "custom_task_type" in attributes:
        return f"{kind}: {attributes['custom_task_type']}"
    failure = attributes.get("failure")
    if isinstance(failure, dict):
        return f"{kind}: {failure.get('message')}"
    return f"{kind}: {execution.workflow_name}"


def log_entry(execution: Execution, event: Event) -> LogEntry:
    """The log record of one event."""
    if event.event_type in _FAILURE_EVENTS:
        severity = "ERROR"
    elif event.event_type in _WARNING_EVENTS:
        severity = "WARNING"
    else:
        severity = "INFO"
    activity_id = (
        str(event.attributes["task_id"]) if event.event_type.value.startswith("ACTIVITY_TASK_") else None
    )
    attributes = {
        "event_id": str(event.sequence),
        "event_type": event.event_type.value,
        "run_id": event.run_id,
    }
    if activity_id is not None:
        attributes["activity_id"] = activity_id
    record = {
        "timestamp": iso_timestamp(event.timestamp_ns),
        "trace_id": trace_id(execution),
        "span_id": _span_id(execution, _task_key(event)),
        "severity_text": severity,
        "body": _describe(execution, event),
        "log_attributes": attributes,
    }
    return LogEntry(event.sequence, event.timestamp_ns, event.run_id, activity_id, record)


# ----- trace -----------------------------------------------------------------------------------


@dataclass
class Span:
    """A span of the execution's trace."""

    key: str | None
    span_id: str
    name: str
    start_ns: int
    end_ns: int | None
    attributes: dict[str, str | int | bool]
    events: list[Event] = field(default_factory=list)
    status: str = "RUNNING"
    error: str | None = None


def spans(execution: Execution) -> list[Span]:
    """The root span first, then one span per task in order of start."""
    root = Span(
        key=None,
        span_id=_span_id(execution, None),
        name=execution.workflow_name,
        start_ns=execution.start_ns,
        end_ns=execution.end_ns,
        attributes={
            "workflow.name": execution.workflow_name,
            "workflow.execution_id": execution.execution_id,
            "workflow.status": execution.status.value,
        },
        status=_span_status(execution.status),
    )
    tasks: dict[str, Span] = {}
    for event in execution.events:
        key = _task_key(event)
        if key is None:
            root.events.append(event)
            continue
        span = tasks.get(key)
        if span is None:
            attributes = event.attributes
            name = str(attributes.get("activity_name") or attributes.get("custom_task_type"))
            span = Span(
                key=key,
                span_id=_span_id(execution, key),
                name=name,
                start_ns=event.timestamp_ns,
                end_ns=None,
                attributes={"task.kind": key.split(":")[0], "task.id": key.split(":")[1]},
            )
            tasks[key] = span
        span.events.append(event)
        status = _TASK_ENDS.get(event.event_type)
        if status is not None:
            span.end_ns = event.timestamp_ns
            span.status = status
            failure = event.attributes.get("failure")
            if isinstance(failure, dict):
                span.error = str(failure.get("message"))
            elif status == "FAILED":
                span.error = event.event_type.value
    return [root, *tasks.values()]


def _span_status(status: Status) -> str:
    if status is Status.RUNNING:
        return "RUNNING"
    return "COMPLETED" if status is Status.COMPLETED else "FAILED"


def _event_attributes(event: Event) -> dict[str, Any]:
    attributes: dict[str, Any] = {"event_type": event.event_type.value, "event_id": str(event.sequence)}
    for key, value in event.attributes.items():
        if isinstance(value, str | int | float | bool) or value is None:
            attributes[key] = value
        elif isinstance(value, dict) and "value" in value:
            inner = value["value"]
            if isinstance(inner, dict):
                for inner_key, inner_value in inner.items():
                    if isinstance(inner_value, str | int | float | bool):
                        attributes[inner_key] = inner_value
        elif isinstance(value, dict) and "message" in value:
            attributes[f"{key}.message"] = str(value["message"])
    return attributes


def _trace_event(span: Span, event: Event, internal: bool) -> dict[str, Any]:
    return {
        "type": "EVENT",
        "name": span.name if span.key else event.event_type.value,
        "id": span.key.split(":")[1] if span.key else str(event.sequence),
        "timestamp_unix_nano": event.timestamp_ns,
        "attributes": _event_attributes(event),
        "internal": internal,
    }


def trace_events(execution: Execution, *, merge: bool, include_internal: bool) -> list[dict[str, Any]]:
    root, *tasks = spans(execution)
    items: list[tuple[int, dict[str, Any]]] = []
    if include_internal:
        items += [(e.sequence, _trace_event(root, e, True)) for e in root.events]
    for span in tasks:
        if merge:
            last = span.events[-1]
            items.append(
                (
                    span.events[0].sequence,
                    {
                        "type": "EVENT_PROGRESS",
                        "name": span.name,
                        "id": span.key.split(":")[1] if span.key else span.span_id,
                        "timestamp_unix_nano": last.timestamp_ns,
                        "attributes": _event_attributes(last),
                        "internal": False,
                        "status": span.status,
                        "start_time_unix_ms": span.start_ns // 1_000_000,
                        "end_time_unix_ms": span.end_ns // 1_000_000 if span.end_ns else None,
                        "error": span.error,
                    },
                )
            )
        else:
            items += [(e.sequence, _trace_event(span, e, False)) for e in span.events]
    return [item for _, item in sorted(items, key=lambda pair: pair[0])]


def _otel_value(value: str | int | bool) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"boolValue": value}
    if isinstance(value, int):
        return {"intValue": str(value)}
    return {"stringValue": value}


def _otel_attributes(attributes: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {"key": key, "value": _otel_value(value if isinstance(value, str | int | bool) else str(value))}
        for key, value in attributes.items()
        if value is not None
    ]


def _span_end(execution: Execution, span: Span) -> int:
    if span.end_ns is not None:
        return span.end_ns
    return execution.last_timestamp_ns or span.start_ns


def otel_trace(execution: Execution) -> dict[str, Any]:
    """A TempoGetTraceResponse."""
    root, *tasks = spans(execution)
    the_trace_id = trace_id(execution)
    rendered = []
    for span in (root, *tasks):
        rendered.append(
            {
                "traceId": the_trace_id,
                "spanId": span.span_id,
                "parentSpanId": None if span is root else root.span_id,
                "name": span.name,
                "kind": "SPAN_KIND_INTERNAL",
                "startTimeUnixNano": str(span.start_ns),
                "endTimeUnixNano": str(_span_end(execution, span)),
                "attributes": _otel_attributes(span.attributes),
                "events": [
                    {
                        "name": event.event_type.value,
                        "timeUnixNano": str(event.timestamp_ns),
                        "attributes": _otel_attributes(_event_attributes(event)),
                    }
                    for event in span.events
                ],
            }
        )
    return {
        "batches": [
            {
                "resource": {
                    "attributes": [{"key": "service.name", "value": {"stringValue": "workflows-emulator"}}]
                },
                "scopeSpans": [{"scope": {"name": "workflows"}, "spans": rendered}],
            }
        ]
    }


def summary_tree(execution: Execution) -> dict[str, Any]:
    """A WorkflowExecutionTraceSummarySpan: the root span with the task spans as children."""
    root, *tasks = spans(execution)

    def render(span: Span, children: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "span_id": span.span_id,
            "name": span.name,
            "start_time_unix_nano": span.start_ns,
            "end_time_unix_nano": span.end_ns,
            "attributes": dict(span.attributes),
            "events": [_trace_event(span, event, span is root) for event in span.events],
            "children": children,
        }

    return render(root, [render(span, []) for span in tasks])
