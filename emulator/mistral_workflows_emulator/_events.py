"""The events of every execution: the listing (`GET /v1/workflows/events/list`) and the filters
of the global stream (`GET /v1/workflows/events/stream`), both over the engine's `EventLog`.

Both number events by their global sequence (from 1, across executions, never reused): it is
the global stream's `id:` and `broker_sequence`, and what a listing cursor holds. Child
executions emit their own events, so a root's filter (`root_workflow_exec_id`) sees its whole
tree. A listing is in emission order; its cursor is opaque and keyset (events added while a
client pages only ever come after it), and one the emulator did not issue is a 422.

Stream filters. Each text filter is "*" (the default: anything) or the exact value: `workflow_name`,
`workflow_exec_id`, `stream` (the payload's `stream`, the execution id), `root_workflow_exec_id`,
`parent_workflow_exec_id`, and for activity events `activity_name` and `activity_id` (the
activity's `task_id`; a filter on either keeps only activity events). `scope` `workflow` keeps the
WORKFLOW_* events, `activity` the ACTIVITY_* ones. `workflow_event_types` keeps the listed types.
`metadata_filters` keeps events whose payload `metadata` (the emulator's holds `run_id`) has
every given key with the given value. openapi.yaml sends it as an exploded form object, one
query parameter per pair: so on this operation every parameter that is not one of the named
ones is a metadata pair (`?run_id=...`). A `metadata_filters` parameter itself is read as a
JSON object, or as the comma-separated `key,value,...` of an unexploded form object. The
stream starts at `start_seq` (the official SDK resumes with the last `broker_sequence` + 1),
or after the `Last-Event-ID` header's sequence, whichever is later.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._engine import Event, EventLog, EventType, Invalid
from ._requests import decimal, query_choice, query_int

MAX_LIMIT = 1000
SCOPES = ("activity", "workflow", "*")
_EVENT_TYPES = tuple(event_type.value for event_type in EventType)
_ANY = "*"
#: The stream's named query parameters; any other is a metadata filter pair.
_NAMED = frozenset(
    {
        "scope",
        "activity_name",
        "activity_id",
        "workflow_name",
        "workflow_exec_id",
        "root_workflow_exec_id",
        "parent_workflow_exec_id",
        "stream",
        "start_seq",
        "metadata_filters",
        "workflow_event_types",
    }
)


# ----- the listing ------------------------------------------------------------------------------


def _decode_cursor(raw: str | None) -> int:
    if raw is None or raw == "":
        return 0
    try:
        decoded = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        after = decoded["after"]
        if not (isinstance(decoded, dict) and isinstance(after, int) and after >= 0):
            raise ValueError
    except (binascii.Error, ValueError, TypeError, KeyError, RecursionError):
        raise Invalid(
            ("query", "cursor"),
            "not a cursor of this listing (cursors are opaque; pass back next_cursor)",
            raw,
        ) from None
    return after


def _cursor(after: int) -> str:
    raw = json.dumps({"after": after}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def list_events(params: Any, log: EventLog) -> dict[str, Any]:
    """One page of a ListWorkflowEventResponse, for the query `params` (Starlette QueryParams)."""
    root = params.get("root_workflow_exec_id")
    execution_id = params.get("workflow_exec_id")
    run_id = params.get("workflow_run_id")
    limit = query_int(params, "limit", 100, 1, MAX_LIMIT)
    after = _decode_cursor(params.get("cursor"))
    page: list[Event] = []
    more = False
    for event in log.events_after(after):
        data = event.data
        if (
            (root is None or data["root_workflow_exec_id"] == root)
            and (execution_id is None or data["workflow_exec_id"] == execution_id)
            and (run_id is None or event.run_id == run_id)
        ):
            if len(page) == limit:
                more = True
                break
            page.append(event)
    return {
        "events": [event.data for event in page],
        "next_cursor": _cursor(page[-1].global_sequence) if more else None,
    }


# ----- the global stream's filters -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StreamQuery:
    """A parsed global stream request: which events, from where."""

    keep: Callable[[Event], bool]
    after: int
    """Send the events whose global sequence is above this."""


def _metadata_filters(raw: str | None) -> dict[str, Any]:
    if raw is None or raw == "" or raw == "null":
        return {}
    try:
        decoded = json.loads(raw)
    except (ValueError, RecursionError):
        decoded = None
    if isinstance(decoded, dict):
        return decoded
    parts = raw.split(",")
    if len(parts) % 2 == 0:
        return dict(zip(parts[::2], parts[1::2], strict=True))
    raise Invalid(
        ("query", "metadata_filters"),
        "Input should be a valid dictionary (a JSON object, or key,value,... pairs)",
        raw,
        "dict_type",
    )


def _event_types(params: Any) -> frozenset[str] | None:
    values: list[str] = params.getlist("workflow_event_types")
    for value in values:
        if value not in _EVENT_TYPES:
            message = f"Input should be one of {', '.join(_EVENT_TYPES)}"
            raise Invalid(("query", "workflow_event_types"), message, value, "enum")
    return frozenset(values) or None


def _start_seq(params: Any) -> int:
    raw = params.get("start_seq")
    if raw is None or raw == "":
        return 0
    try:
        return int(raw)
    except ValueError:
        raise Invalid(("query", "start_seq"), "Input should be a valid integer", raw, "int_parsing") from None


def _matches(wanted: str, actual: Any) -> bool:
    return wanted in (_ANY, actual)


def parse_stream_query(params: Any, headers: Mapping[str, str]) -> StreamQuery:
    """The global stream request in `params` (QueryParams) and `headers`."""
    scope = query_choice(params, "scope", SCOPES) or _ANY
    texts = {
        name: params.get(name) or _ANY
        for name in (
            "workflow_name",
            "workflow_exec_id",
            "root_workflow_exec_id",
            "parent_workflow_exec_id",
            "stream",
            "activity_name",
            "activity_id",
        )
    }
    metadata = _metadata_filters(params.get("metadata_filters"))
    for key, value in params.multi_items():
        if key not in _NAMED:
            metadata.setdefault(key, value)
    event_types = _event_types(params)
    start = _start_seq(params)
    last_id = decimal(headers.get("last-event-id"), ("header", "last-event-id"))
    after = max(start - 1, last_id or 0, 0)
    activity_only = scope == "activity" or texts["activity_name"] != _ANY or texts["activity_id"] != _ANY

    def keep(event: Event) -> bool:
        data = event.data
        kind = event.event_type.value
        if event_types is not None and kind not in event_types:
            return False
        if scope == "workflow" and not kind.startswith("WORKFLOW_"):
            return False
        if activity_only:
            if not kind.startswith("ACTIVITY_"):
                return False
            attributes = event.attributes
            if not (
                _matches(texts["activity_name"], attributes.get("activity_name"))
                and _matches(texts["activity_id"], attributes.get("task_id"))
            ):
                return False
        if not (
            _matches(texts["workflow_name"], data["workflow_name"])
            and _matches(texts["workflow_exec_id"], data["workflow_exec_id"])
            and _matches(texts["stream"], data["workflow_exec_id"])
            and _matches(texts["root_workflow_exec_id"], data["root_workflow_exec_id"])
            and _matches(texts["parent_workflow_exec_id"], data["parent_workflow_exec_id"])
        ):
            return False
        return all(_metadata_value(event, key) == value for key, value in metadata.items())

    return StreamQuery(keep, after)


def _metadata_value(event: Event, key: str) -> Any:
    return event.run_id if key == "run_id" else None
