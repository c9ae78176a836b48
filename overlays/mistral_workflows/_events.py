"""The typed events of an execution stream: a cheap envelope, the typed model built on demand.

Parsing a frame is one ``json_loads`` (the generated code's JSON reader) and a few dictionary
reads. The generated
``StreamEventSsePayload.from_dict`` would build the frame's every nested model at once;
instead ``event_type`` picks the class from a table, and only when ``.data`` is first read
(the generated parser of that class then picks JSON-patch operations by ``op`` the same way).
An event type missing from the table (the server added one), or a payload this
client cannot read at all, arrives as an ``UnknownEvent``, which keeps what came and never
raises: a stream never drops or refuses a frame it does not understand.
"""

from __future__ import annotations

import datetime
import importlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, TypeAlias

from mistral_workflows_api.types import json_loads

from ._context import JSON
from ._exceptions import APIResponseValidationError

if TYPE_CHECKING:
    from mistral_workflows_api.models import (
        ActivityTaskCompletedResponse,
        ActivityTaskFailedResponse,
        ActivityTaskRetryingResponse,
        ActivityTaskStartedResponse,
        CustomTaskCanceledResponse,
        CustomTaskCompletedResponse,
        CustomTaskFailedResponse,
        CustomTaskInProgressResponse,
        CustomTaskStartedResponse,
        CustomTaskTimedOutResponse,
        DeploymentLogRecord,
        ExecutionLogRecord,
        StreamEventWorkflowContext,
        UnknownWorkflowEvent,
        WorkflowExecutionCanceledResponse,
        WorkflowExecutionCompletedResponse,
        WorkflowExecutionContinuedAsNewResponse,
        WorkflowExecutionFailedResponse,
        WorkflowExecutionResponse,
        WorkflowExecutionStartedResponse,
        WorkflowExecutionSyncResponse,
        WorkflowTaskFailedResponse,
        WorkflowTaskTimedOutResponse,
    )

    from ._payloads import PayloadCodec

    #: The generated model of an event's ``data``, by its ``event_type``.
    EventData: TypeAlias = (
        ActivityTaskCompletedResponse
        | ActivityTaskFailedResponse
        | ActivityTaskRetryingResponse
        | ActivityTaskStartedResponse
        | CustomTaskCanceledResponse
        | CustomTaskCompletedResponse
        | CustomTaskFailedResponse
        | CustomTaskInProgressResponse
        | CustomTaskStartedResponse
        | CustomTaskTimedOutResponse
        | UnknownWorkflowEvent
        | WorkflowExecutionCanceledResponse
        | WorkflowExecutionCompletedResponse
        | WorkflowExecutionContinuedAsNewResponse
        | WorkflowExecutionFailedResponse
        | WorkflowExecutionStartedResponse
        | WorkflowTaskFailedResponse
        | WorkflowTaskTimedOutResponse
    )

#: event_type -> generated model (module, class) under ``mistral_workflows_api.models``.
EVENT_MODELS: Final[dict[str, tuple[str, str]]] = {
    "WORKFLOW_EXECUTION_STARTED": ("workflow_execution_started_response", "WorkflowExecutionStartedResponse"),
    "WORKFLOW_EXECUTION_COMPLETED": (
        "workflow_execution_completed_response",
        "WorkflowExecutionCompletedResponse",
    ),
    "WORKFLOW_EXECUTION_FAILED": ("workflow_execution_failed_response", "WorkflowExecutionFailedResponse"),
    "WORKFLOW_EXECUTION_CANCELED": (
        "workflow_execution_canceled_response",
        "WorkflowExecutionCanceledResponse",
    ),
    "WORKFLOW_EXECUTION_CONTINUED_AS_NEW": (
        "workflow_execution_continued_as_new_response",
        "WorkflowExecutionContinuedAsNewResponse",
    ),
    "WORKFLOW_TASK_TIMED_OUT": ("workflow_task_timed_out_response", "WorkflowTaskTimedOutResponse"),
    "WORKFLOW_TASK_FAILED": ("workflow_task_failed_response", "WorkflowTaskFailedResponse"),
    "CUSTOM_TASK_STARTED": ("custom_task_started_response", "CustomTaskStartedResponse"),
    "CUSTOM_TASK_IN_PROGRESS": ("custom_task_in_progress_response", "CustomTaskInProgressResponse"),
    "CUSTOM_TASK_COMPLETED": ("custom_task_completed_response", "CustomTaskCompletedResponse"),
    "CUSTOM_TASK_FAILED": ("custom_task_failed_response", "CustomTaskFailedResponse"),
    "CUSTOM_TASK_TIMED_OUT": ("custom_task_timed_out_response", "CustomTaskTimedOutResponse"),
    "CUSTOM_TASK_CANCELED": ("custom_task_canceled_response", "CustomTaskCanceledResponse"),
    "ACTIVITY_TASK_STARTED": ("activity_task_started_response", "ActivityTaskStartedResponse"),
    "ACTIVITY_TASK_COMPLETED": ("activity_task_completed_response", "ActivityTaskCompletedResponse"),
    "ACTIVITY_TASK_RETRYING": ("activity_task_retrying_response", "ActivityTaskRetryingResponse"),
    "ACTIVITY_TASK_FAILED": ("activity_task_failed_response", "ActivityTaskFailedResponse"),
}

#: Event types that end an execution. CONTINUED_AS_NEW is not one: the next run follows.
TERMINAL_EVENT_STATUSES: Final = {
    "WORKFLOW_EXECUTION_COMPLETED": "COMPLETED",
    "WORKFLOW_EXECUTION_FAILED": "FAILED",
    "WORKFLOW_EXECUTION_CANCELED": "CANCELED",
}

_classes: dict[str, type[Any]] = {}
_NOT_BUILT: Final[Any] = object()


def model_class(event_type: str) -> type[Any]:
    """The generated class of ``event_type`` (imported on first use, then cached)."""
    cls = _classes.get(event_type)
    if cls is None:
        module, name = EVENT_MODELS[event_type]
        cls = getattr(importlib.import_module(f"mistral_workflows_api.models.{module}"), name)
        _classes[event_type] = cls
    return cls


class StreamEvent:
    """One event of an execution's stream.

    ``id`` (the SSE id, to resume from), ``broker_sequence``, ``event_type`` and ``raw`` (the
    frame's JSON) are read when the frame arrives; ``data`` (the generated model of the
    event type), ``workflow_context`` and ``timestamp`` are built on first access.
    ``broker_sequence`` is None only for an ``UnknownEvent`` whose frame carried no sequence.
    """

    __slots__ = ("_context", "_data", "broker_sequence", "event_type", "id", "raw")

    def __init__(
        self, id: str, raw: dict[str, Any], event_type: str | None, broker_sequence: int | None
    ) -> None:
        self.id = id
        self.raw = raw
        self.event_type = event_type
        self.broker_sequence = broker_sequence
        self._data: Any = _NOT_BUILT
        self._context: Any = _NOT_BUILT

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(id={self.id!r}, event_type={self.event_type!r}, "
            f"broker_sequence={self.broker_sequence})"
        )

    @property
    def stream(self) -> str:
        """Name of the stream the event was read from."""
        return str(self.raw.get("stream", ""))

    @property
    def timestamp(self) -> datetime.datetime | None:
        """When the event was published, if the server said."""
        value = self.raw.get("timestamp")
        return datetime.datetime.fromisoformat(value) if isinstance(value, str) else None

    @property
    def metadata(self) -> dict[str, JSON]:
        value = self.raw.get("metadata")
        return value if isinstance(value, dict) else {}

    @property
    def raw_data(self) -> dict[str, JSON]:
        """The event itself (the frame's ``data`` member) as plain JSON."""
        value = self.raw.get("data")
        return value if isinstance(value, dict) else {}

    @property
    def workflow_context(self) -> StreamEventWorkflowContext:
        """Which execution the event belongs to (a child's events carry the child's id)."""
        if self._context is _NOT_BUILT:
            from mistral_workflows_api.models.stream_event_workflow_context import (
                StreamEventWorkflowContext,
            )

            self._context = self._build(StreamEventWorkflowContext, self.raw.get("workflow_context"))
        context: StreamEventWorkflowContext = self._context
        return context

    @property
    def data(self) -> EventData:
        """The generated model of this event type, e.g. ``ActivityTaskCompletedResponse``."""
        if self._data is _NOT_BUILT:
            self._data = self._build(self._data_class(), self.raw_data)
        data: EventData = self._data
        return data

    def _data_class(self) -> type[Any]:
        return model_class(self.event_type or "")

    def _build(self, cls: type[Any], value: Any) -> Any:
        try:
            return cls.from_dict(value)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise APIResponseValidationError(
                f"event {self.id} ({self.event_type}) does not match the spec: {type(exc).__name__}: {exc}",
                method="GET",
                url=f"stream {self.stream}",
                status_code=200,
                body=repr(value)[:500],
            ) from exc


class UnknownEvent(StreamEvent):
    """An event this client cannot type: an ``event_type`` it does not know, or a payload that
    is not a stream event at all. ``raw`` keeps the JSON object that came ({} when the payload
    was not one) and ``text`` the frame's data exactly as sent.

    ``data`` is the generated ``UnknownWorkflowEvent``, which holds every member it came with.
    """

    __slots__ = ("text",)

    def __init__(
        self,
        id: str,
        raw: dict[str, Any],
        event_type: str | None,
        broker_sequence: int | None,
        text: str = "",
    ) -> None:
        super().__init__(id, raw, event_type, broker_sequence)
        self.text = text

    def _data_class(self) -> type[Any]:
        from mistral_workflows_api.models.unknown_workflow_event import UnknownWorkflowEvent

        return UnknownWorkflowEvent


def parse_event(text: str, sse_id: str, codec: PayloadCodec | None = None) -> StreamEvent:
    """Read the envelope of one ``data:`` payload; the typed model waits for ``.data``.

    What cannot be read as a stream event becomes an ``UnknownEvent``. With a ``codec``, the
    event's encoded payloads are decoded first: one it cannot decode raises its
    ``PayloadError`` (a wrong key is not a frame to pass over).
    """
    try:
        raw = _loads(text)
        if codec is not None:
            from ._payloads import decode_event

            decode_event(codec, raw.get("data"))
        event_type = raw["data"].get("event_type")
        if event_type is not None and type(event_type) is not str:
            raise TypeError("event_type is not a string")
        sequence = raw["broker_sequence"]
        if type(sequence) is not int:
            sequence = int(sequence)
    except (ValueError, KeyError, TypeError, AttributeError):
        return _unreadable_event(text, sse_id)
    if event_type in EVENT_MODELS:
        return StreamEvent(sse_id or str(sequence), raw, event_type, sequence)
    return UnknownEvent(sse_id or str(sequence), raw, event_type, sequence, text)


def _unreadable_event(text: str, sse_id: str) -> UnknownEvent:
    """A payload without the envelope of a stream event, kept whole; it has a sequence only
    if it says one (the SSE id in force may be an earlier frame's: the spec keeps it)."""
    try:
        value = frame_json(text)
    except ValueError:
        value = None
    raw: dict[str, Any] = value if isinstance(value, dict) else {}
    data = raw.get("data")
    event_type = data.get("event_type") if isinstance(data, dict) else None
    if not isinstance(event_type, str):
        event_type = None
    sequence = raw.get("broker_sequence")
    if type(sequence) is not int:
        sequence = None
    event_id = sse_id or ("" if sequence is None else str(sequence))
    return UnknownEvent(event_id, raw, event_type, sequence, text)


def sequence_of(event_id: str | None) -> int | None:
    """The sequence an SSE id stands for (our ids are broker sequences), or None."""
    return int(event_id) if event_id and event_id.isascii() and event_id.isdigit() else None


class UnknownLogRecord:
    """A log-stream frame this client cannot read as an ``ExecutionLogRecord``, kept as it came:
    ``raw`` is its JSON object ({} when it was not one), ``text`` the frame's data as sent."""

    __slots__ = ("id", "raw", "text")

    def __init__(self, id: str, raw: dict[str, Any], text: str) -> None:
        self.id = id
        self.raw = raw
        self.text = text

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, text={self.text[:80]!r})"


def parse_log_record(text: str, sse_id: str) -> ExecutionLogRecord | UnknownLogRecord:
    """The log record of one ``data:`` payload; never raises (see ``UnknownLogRecord``)."""
    from mistral_workflows_api.models.execution_log_record import ExecutionLogRecord

    try:
        value = json_loads(text, frame_json)
    except ValueError:
        return UnknownLogRecord(sse_id, {}, text)
    if not isinstance(value, dict):
        return UnknownLogRecord(sse_id, {}, text)
    try:
        return ExecutionLogRecord.from_dict(value)
    except (ValueError, KeyError, TypeError, AttributeError):
        return UnknownLogRecord(sse_id, value, text)


def parse_deployment_log_record(text: str, sse_id: str) -> DeploymentLogRecord | UnknownLogRecord:
    """The deployment log record of one ``data:`` payload; never raises (see ``UnknownLogRecord``)."""
    from mistral_workflows_api.models.deployment_log_record import DeploymentLogRecord

    try:
        value = json_loads(text, frame_json)
    except ValueError:
        return UnknownLogRecord(sse_id, {}, text)
    if not isinstance(value, dict):
        return UnknownLogRecord(sse_id, {}, text)
    try:
        return DeploymentLogRecord.from_dict(value)
    except (ValueError, KeyError, TypeError, AttributeError):
        return UnknownLogRecord(sse_id, value, text)


def terminal_status(event: StreamEvent, execution_id: str) -> str | None:
    """The final status this event gives ``execution_id``, or None (a child's events do not count)."""
    status = TERMINAL_EVENT_STATUSES.get(event.event_type or "")
    if status is None:
        return None
    context = event.raw.get("workflow_context")
    owner = context.get("workflow_exec_id") if isinstance(context, dict) else None
    if owner is None:
        owner = event.raw_data.get("workflow_exec_id")
    return status if owner is None or owner == execution_id else None


#: Frame payloads are read with ``strict=False``: data sent over several ``data:`` lines is
#: joined with LF, which may leave a literal newline inside a JSON string.
frame_json: Final = json.JSONDecoder(strict=False).decode


def _loads(text: str) -> dict[str, Any]:
    value = json_loads(text, frame_json)
    if not isinstance(value, dict):
        raise TypeError(f"expected a JSON object, got {type(value).__name__}")
    return value


@dataclass(frozen=True, slots=True)
class Ending:
    """How a stream (or a start that waited) learnt that its execution ended."""

    status: str
    #: The terminal event, when the stream saw it.
    event: StreamEvent | None = None
    #: The execution's state as the server told it (a status check, or the answer to a start
    #: that waited for the result).
    execution: WorkflowExecutionResponse | WorkflowExecutionSyncResponse | None = None
