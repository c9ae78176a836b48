"""Reading execution histories: what `ExecutionHandle.history()` returns is Temporal's JSON history.

The service runs Temporal executions, and a reset takes the id of one of their events: Temporal
accepts a workflow task completed, started, failed or timed-out event. `reset_points` finds them
in a history, whichever way a server writes it:

- event types as protobuf's JSON mapping names them (`EVENT_TYPE_WORKFLOW_TASK_COMPLETED`), as
  the older tctl / Temporal Web JSON does (`WorkflowTaskCompleted`), or in snake case;
- ids as strings (protobuf's JSON form of an int64) or as numbers;
- camelCase keys (`eventId`, `eventType`) or the proto's own names (`event_id`, `event_type`);
- `{"events": [...]}`, or a GetWorkflowExecutionHistory answer `{"history": {"events": [...]}}`.

Events it cannot read (an unknown type, no id) are skipped, and so is a history that is not a
JSON object: it never raises on them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ._context import JSON

__all__ = ["reset_points"]

_RESET_POINT_TYPES = frozenset(
    {"workflowtaskcompleted", "workflowtaskstarted", "workflowtaskfailed", "workflowtasktimedout"}
)
_PREFIX = "eventtype"


def reset_points(history: JSON | Mapping[str, Any]) -> list[int]:
    """The ids of the events of `history` that a reset accepts, in history order.

    >>> reset_points({"events": [
    ...     {"eventId": "1", "eventType": "EVENT_TYPE_WORKFLOW_EXECUTION_STARTED"},
    ...     {"eventId": "2", "eventType": "EVENT_TYPE_WORKFLOW_TASK_SCHEDULED"},
    ...     {"eventId": "3", "eventType": "EVENT_TYPE_WORKFLOW_TASK_STARTED"},
    ...     {"eventId": 4, "eventType": "WorkflowTaskCompleted"},
    ... ]})
    [3, 4]
    """
    points: list[int] = []
    for event in _events(history):
        if not isinstance(event, Mapping):
            continue
        event_type = _first(event, "eventType", "event_type")
        event_id = _event_id(_first(event, "eventId", "event_id"))
        if event_id is not None and _is_reset_point(event_type):
            points.append(event_id)
    return points


def _events(history: object) -> Sequence[Any]:
    if not isinstance(history, Mapping):
        return ()
    events = history.get("events")
    if events is None and isinstance(history.get("history"), Mapping):
        events = history["history"].get("events")
    if isinstance(events, Sequence) and not isinstance(events, str | bytes):
        return events
    return ()


def _first(event: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        if key in event:
            return event[key]
    return None


def _is_reset_point(event_type: Any) -> bool:
    if not isinstance(event_type, str):
        return False
    name = "".join(char for char in event_type if char.isalnum()).lower()
    if name.startswith(_PREFIX):
        name = name[len(_PREFIX) :]
    return name in _RESET_POINT_TYPES


def _event_id(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit():
            number = int(text)
            return number if number > 0 else None
    return None
