"""A stream event's typed ``.data``: the patch operations of a progress event are typed by
their ``op``, and an operation this client does not know leaves ``.data`` readable."""

from __future__ import annotations

import json
from typing import Any, cast

from mistral_workflows._events import parse_event
from mistral_workflows_api.models import (
    CustomTaskInProgressResponse,
    JSONPatchAdd,
    JSONPatchAppend,
    JSONPatchPayloadResponse,
    JSONPatchRemove,
    JSONPatchReplace,
)

OPS: list[dict[str, Any]] = [
    {"op": "append", "path": "/text", "value": " and more"},
    {"op": "add", "path": "/rows/0", "value": {"ok": True}},
    {"op": "replace", "path": "/done", "value": 3},
    {"op": "remove", "path": "/rows/1", "value": None},
]


def progress_frame(ops: list[dict[str, Any]]) -> str:
    return json.dumps(
        {
            "stream": "exec-1",
            "broker_sequence": 7,
            "workflow_context": {"namespace": "default", "workflow_name": "w", "workflow_exec_id": "exec-1"},
            "data": {
                "event_id": "7",
                "event_timestamp": 1767607200000000000,
                "root_workflow_exec_id": "exec-1",
                "parent_workflow_exec_id": None,
                "continued_run_id": None,
                "first_execution_run_id": "run-1",
                "schedule_id": None,
                "workflow_exec_id": "exec-1",
                "workflow_run_id": "run-1",
                "workflow_name": "w",
                "event_type": "CUSTOM_TASK_IN_PROGRESS",
                "attributes": {
                    "custom_task_id": "ct-1",
                    "custom_task_type": "progress",
                    "payload": {"type": "json_patch", "value": ops},
                },
            },
        }
    )


def payload_of(ops: list[dict[str, Any]]) -> JSONPatchPayloadResponse:
    data = parse_event(progress_frame(ops), "7").data
    assert isinstance(data, CustomTaskInProgressResponse)
    payload = data.attributes.payload
    assert isinstance(payload, JSONPatchPayloadResponse)
    return payload


def test_patch_operations_are_typed_by_their_op() -> None:
    value = payload_of(OPS).value
    assert isinstance(value, list)
    assert [type(op) for op in value] == [JSONPatchAppend, JSONPatchAdd, JSONPatchReplace, JSONPatchRemove]
    assert [op.to_dict() for op in value] == OPS


def test_an_unknown_op_keeps_the_operations_as_sent() -> None:
    ops: list[dict[str, Any]] = [*OPS, {"op": "copy", "from": "/rows/0", "path": "/rows/2"}]
    assert cast(object, payload_of(ops).value) == ops
