"""How the generated models parse (templates/model_parsers.jinja): unions pick their member
by its discriminator instead of trying members in turn, and parsing leaves its input alone (a
model that is only a map keeps the dict it is given, as an ``Any`` field keeps its value).

The dispatch tests count ``from_dict`` calls: trying members in order (the generator's own
templates) builds and throws away other classes first, which these tests refuse.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, cast

import pytest

from mistral_workflows_api import models
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
    JSONPatchAdd,
    JSONPatchAppend,
    JSONPatchPayloadResponse,
    JSONPatchRemove,
    JSONPatchReplace,
    StreamEventSsePayload,
    UnknownWorkflowEvent,
    WorkflowBulkArchiveRequest,
    WorkflowExecutionCanceledResponse,
    WorkflowExecutionCompletedResponse,
    WorkflowExecutionContinuedAsNewResponse,
    WorkflowExecutionFailedResponse,
    WorkflowExecutionProgressTraceEvent,
    WorkflowExecutionStartedResponse,
    WorkflowExecutionTraceEvent,
    WorkflowExecutionTraceEventAttributes,
    WorkflowExecutionTraceEventsResponse,
    WorkflowExecutionWithoutResultResponse,
    WorkflowTaskFailedResponse,
    WorkflowTaskTimedOutResponse,
)

EXECUTION = {
    "workflow_name": "countdown",
    "execution_id": "exec-7f3a",
    "root_execution_id": "exec-7f3a",
    "status": "RUNNING",
    "start_time": "2026-01-05T10:00:00+00:00",
    "end_time": None,
    "result": None,
}
FRAME = {
    "stream": "workflow.exec-7f3a",
    "workflow_context": {
        "namespace": "default",
        "workflow_name": "countdown",
        "workflow_exec_id": "exec-7f3a",
    },
    "broker_sequence": 12,
}
EVENT_BASE = {
    "event_id": "evt-12",
    "event_timestamp": 1767607200000000000,
    "root_workflow_exec_id": "exec-7f3a",
    "parent_workflow_exec_id": None,
    "continued_run_id": None,
    "first_execution_run_id": "run-1",
    "schedule_id": None,
    "workflow_exec_id": "exec-7f3a",
    "workflow_run_id": "run-1",
    "workflow_name": "countdown",
}
PAYLOAD = {"type": "json", "value": {"n": 5}}
FAILURE = {"message": "division by zero"}
TASK = {"custom_task_id": "ct-1", "custom_task_type": "llm_call"}
ACTIVITY = {"task_id": "a-3", "activity_name": "tick"}
KNOWN_EVENTS: list[tuple[str, type, dict[str, Any]]] = [
    (
        "WORKFLOW_EXECUTION_STARTED",
        WorkflowExecutionStartedResponse,
        {"task_id": "t", "workflow_name": "w", "input": PAYLOAD},
    ),
    ("WORKFLOW_EXECUTION_COMPLETED", WorkflowExecutionCompletedResponse, {"task_id": "t", "result": PAYLOAD}),
    ("WORKFLOW_EXECUTION_FAILED", WorkflowExecutionFailedResponse, {"task_id": "t", "failure": FAILURE}),
    ("WORKFLOW_EXECUTION_CANCELED", WorkflowExecutionCanceledResponse, {"task_id": "t"}),
    (
        "WORKFLOW_EXECUTION_CONTINUED_AS_NEW",
        WorkflowExecutionContinuedAsNewResponse,
        {"task_id": "t", "new_execution_run_id": "run-2", "workflow_name": "w", "input": PAYLOAD},
    ),
    ("WORKFLOW_TASK_TIMED_OUT", WorkflowTaskTimedOutResponse, {"task_id": "t"}),
    ("WORKFLOW_TASK_FAILED", WorkflowTaskFailedResponse, {"task_id": "t", "failure": FAILURE}),
    ("CUSTOM_TASK_STARTED", CustomTaskStartedResponse, TASK | {"payload": PAYLOAD}),
    (
        "CUSTOM_TASK_IN_PROGRESS",
        CustomTaskInProgressResponse,
        TASK | {"payload": {"type": "json_patch", "value": [{"op": "replace", "path": "/n", "value": 1}]}},
    ),
    ("CUSTOM_TASK_COMPLETED", CustomTaskCompletedResponse, TASK | {"payload": PAYLOAD}),
    ("CUSTOM_TASK_FAILED", CustomTaskFailedResponse, TASK | {"failure": FAILURE}),
    ("CUSTOM_TASK_TIMED_OUT", CustomTaskTimedOutResponse, TASK),
    ("CUSTOM_TASK_CANCELED", CustomTaskCanceledResponse, TASK),
    ("ACTIVITY_TASK_STARTED", ActivityTaskStartedResponse, ACTIVITY | {"input": PAYLOAD}),
    ("ACTIVITY_TASK_COMPLETED", ActivityTaskCompletedResponse, ACTIVITY | {"result": PAYLOAD}),
    ("ACTIVITY_TASK_RETRYING", ActivityTaskRetryingResponse, ACTIVITY | {"attempt": 1, "failure": FAILURE}),
    ("ACTIVITY_TASK_FAILED", ActivityTaskFailedResponse, ACTIVITY | {"attempt": 3, "failure": FAILURE}),
]
PROGRESS_EVENT = {
    "type": "EVENT_PROGRESS",
    "name": "download",
    "id": "4",
    "timestamp_unix_nano": 1767607202000000000,
    "attributes": {"bytes": 1024},
    "status": "RUNNING",
    "start_time_unix_ms": 1767607202000,
    "end_time_unix_ms": None,
    "error": None,
}

SCHEMAS = "#/components/schemas/"
EVENT_CLASSES = [model for _, model, _ in KNOWN_EVENTS] + [UnknownWorkflowEvent]
PATCH_CLASSES = [JSONPatchAppend, JSONPatchAdd, JSONPatchReplace, JSONPatchRemove]


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """Counts the ``from_dict`` calls of the event, trace-event and patch classes, by class."""
    calls: Counter[str] = Counter()
    for cls in [
        *EVENT_CLASSES,
        *PATCH_CLASSES,
        WorkflowExecutionTraceEvent,
        WorkflowExecutionProgressTraceEvent,
    ]:
        original = cls.from_dict.__func__  # type: ignore[attr-defined]

        def counting(klass: type[Any], src: Mapping[str, Any], _original: Any = original) -> Any:
            calls[klass.__name__] += 1
            return _original(klass, src)

        monkeypatch.setattr(cls, "from_dict", classmethod(counting))
    yield calls


# ----- the document's discriminators ----------------------------------------------------------


def _discriminated_unions(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "discriminator" in node:
            yield where, node
        for key, value in node.items():
            yield from _discriminated_unions(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _discriminated_unions(value, f"{where}/{index}")


def _pinned(document: dict[str, Any], ref: str, name: str) -> Any:
    """The const that schema ``ref`` (or one of its allOf parts) gives property ``name``."""
    schema = document["components"]["schemas"][ref.removeprefix(SCHEMAS)]
    parts = [schema, *schema.get("allOf", [])]
    for part in parts:
        prop = part.get("properties", {}).get(name)
        if prop is not None and "const" in prop:
            assert name in part.get("required", []), f"{ref}: {name} is not required"
            return prop["const"]
    return None


def test_the_event_and_patch_unions_have_discriminators(openapi_document: dict[str, Any]) -> None:
    found = {
        where: union["discriminator"]["propertyName"]
        for where, union in _discriminated_unions(openapi_document)
    }
    assert found == {
        "/components/schemas/StreamEventSsePayload/properties/data": "event_type",
        "/components/schemas/ListWorkflowEventResponse/properties/events/items": "event_type",
        "/components/schemas/JSONPatch": "op",
    }


def test_each_discriminator_value_is_the_const_its_schema_pins(openapi_document: dict[str, Any]) -> None:
    """The generated parser dispatches on the members' consts; the mapping must say the same."""
    for where, union in _discriminated_unions(openapi_document):
        name = union["discriminator"]["propertyName"]
        mapping = union["discriminator"]["mapping"]
        members = [member["$ref"] for member in union["anyOf"]]
        unmapped = [ref for ref in members if ref not in mapping.values()]
        assert all(ref.startswith(f"{SCHEMAS}Unknown") for ref in unmapped), where
        assert sorted(mapping.values()) == sorted(ref for ref in members if ref not in unmapped), where
        for value, ref in mapping.items():
            assert _pinned(openapi_document, ref, name) == value, f"{where}: {ref}"


# ----- stream events ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event_type", "model", "attributes"), KNOWN_EVENTS, ids=[e[0] for e in KNOWN_EVENTS]
)
def test_an_event_builds_only_the_class_of_its_event_type(
    built: Counter[str], event_type: str, model: type, attributes: dict[str, Any]
) -> None:
    data = EVENT_BASE | {"event_type": event_type, "attributes": attributes}
    parsed = StreamEventSsePayload.from_dict(FRAME | {"data": data})
    assert type(parsed.data) is model
    events_built = {name: n for name, n in built.items() if name not in {c.__name__ for c in PATCH_CLASSES}}
    assert events_built == {model.__name__: 1}


def test_an_unknown_event_type_builds_only_the_unknown_event(built: Counter[str]) -> None:
    data = EVENT_BASE | {"event_type": "WORKFLOW_EXECUTION_PAUSED", "attributes": {"by": "ops"}}
    parsed = StreamEventSsePayload.from_dict(FRAME | {"data": data})
    assert isinstance(parsed.data, UnknownWorkflowEvent)
    assert built == {"UnknownWorkflowEvent": 1}


def test_a_known_event_type_that_does_not_fit_its_class_falls_back_to_the_unknown_event(
    built: Counter[str],
) -> None:
    data = EVENT_BASE | {"event_type": "WORKFLOW_EXECUTION_COMPLETED"}  # no attributes
    parsed = StreamEventSsePayload.from_dict(FRAME | {"data": data})
    assert isinstance(parsed.data, UnknownWorkflowEvent)
    assert parsed.data.event_type == "WORKFLOW_EXECUTION_COMPLETED"
    assert built == {"WorkflowExecutionCompletedResponse": 1, "UnknownWorkflowEvent": 1}


@pytest.mark.parametrize("event_type", [None, 7, ["WORKFLOW_EXECUTION_COMPLETED"]])
def test_an_event_type_that_is_not_a_string_is_an_unknown_event(event_type: object) -> None:
    data = EVENT_BASE | {"event_type": event_type, "attributes": {}}
    parsed = StreamEventSsePayload.from_dict(FRAME | {"data": data})
    assert isinstance(parsed.data, UnknownWorkflowEvent)


# ----- JSON patch operations --------------------------------------------------------------------

PATCH_OPS: list[tuple[dict[str, Any], type]] = [
    ({"op": "append", "path": "/text", "value": " more"}, JSONPatchAppend),
    ({"op": "add", "path": "/rows/0", "value": {"ok": True}}, JSONPatchAdd),
    ({"op": "replace", "path": "/done", "value": 3}, JSONPatchReplace),
    ({"op": "remove", "path": "/rows/0", "value": None}, JSONPatchRemove),
]


def _patch(*ops: dict[str, Any]) -> JSONPatchPayloadResponse:
    return JSONPatchPayloadResponse.from_dict({"type": "json_patch", "value": list(ops)})


@pytest.mark.parametrize(("op", "model"), PATCH_OPS, ids=[op["op"] for op, _ in PATCH_OPS])
def test_a_patch_operation_builds_only_the_class_of_its_op(
    built: Counter[str], op: dict[str, Any], model: type
) -> None:
    ops = _patch(op).value
    assert isinstance(ops, list)
    [parsed] = ops
    assert type(parsed) is model
    assert parsed.to_dict() == op
    assert built == {model.__name__: 1}


def test_an_unknown_op_does_not_fail_the_payload() -> None:
    """RFC 6902 has `move`, `copy` and `test` too. The document has no member for them, so
    the list is kept as sent, plain dicts (as the generator's own templates did)."""
    ops = [PATCH_OPS[0][0], {"op": "move", "from": "/a", "path": "/b"}]
    payload = _patch(*ops)
    kept: object = payload.value
    assert kept == ops
    data = EVENT_BASE | {
        "event_type": "CUSTOM_TASK_IN_PROGRESS",
        "attributes": TASK | {"payload": {"type": "json_patch", "value": ops}},
    }
    event = StreamEventSsePayload.from_dict(FRAME | {"data": data}).data
    assert isinstance(event, CustomTaskInProgressResponse)
    assert isinstance(event.attributes.payload, JSONPatchPayloadResponse)
    kept = cast(object, event.attributes.payload.value)
    assert kept == ops


# ----- trace events -----------------------------------------------------------------------------

PLAIN_EVENT = {
    "type": "EVENT",
    "name": "tick",
    "id": "3",
    "timestamp_unix_nano": 1767607201000000000,
    "attributes": {"remaining": 2, "tags": ["a"]},
    "internal": False,
}


def test_a_plain_trace_event_is_not_first_tried_as_a_progress_event(built: Counter[str]) -> None:
    body = EXECUTION | {"events": [PLAIN_EVENT, PROGRESS_EVENT]}
    parsed = WorkflowExecutionTraceEventsResponse.from_dict(body)
    assert isinstance(parsed.events, list)
    assert [type(event) for event in parsed.events] == [
        WorkflowExecutionTraceEvent,
        WorkflowExecutionProgressTraceEvent,
    ]
    assert built == {"WorkflowExecutionTraceEvent": 1, "WorkflowExecutionProgressTraceEvent": 1}
    assert parsed.to_dict() == body


def test_a_progress_event_that_does_not_fit_still_falls_back_to_a_plain_event() -> None:
    odd = PROGRESS_EVENT | {"start_time_unix_ms": None, "end_time_unix_ms": [1]}
    [event] = WorkflowExecutionTraceEventsResponse.from_dict(EXECUTION | {"events": [odd]}).events  # type: ignore[misc]
    assert isinstance(event, WorkflowExecutionProgressTraceEvent | WorkflowExecutionTraceEvent)


# ----- the input is left alone --------------------------------------------------------------------


def test_parsing_neither_changes_nor_keeps_its_input() -> None:
    """A model with declared properties reads its input and keeps its own dicts."""
    source = PLAIN_EVENT | {"region": "eu-west"}
    snapshot = {key: value for key, value in source.items()}
    event = WorkflowExecutionTraceEvent.from_dict(source)
    assert source == snapshot
    assert event.additional_properties == {"region": "eu-west"}
    event.additional_properties["region"] = "us-east"
    event.additional_properties["new"] = 1
    assert source == snapshot


def test_a_model_that_is_only_a_map_keeps_the_dict_it_is_given() -> None:
    """As an ``Any`` field keeps its value: copying every row's map was a tenth of parsing
    10,000 trace events. Any other mapping is copied into a dict."""
    attributes = {"event_type": "ACTIVITY_TASK_COMPLETED", "matched": 97}
    event = WorkflowExecutionTraceEvent.from_dict(PLAIN_EVENT | {"attributes": attributes})
    assert event.attributes.additional_properties is attributes
    proxy = MappingProxyType(dict(attributes))
    parsed = WorkflowExecutionTraceEventAttributes.from_dict(proxy)
    assert parsed.additional_properties == attributes
    assert type(parsed.additional_properties) is dict
    detached = WorkflowExecutionTraceEventAttributes.from_dict(dict(attributes))
    detached["matched"] = 0
    assert attributes["matched"] == 97


def test_any_mapping_parses() -> None:
    event = WorkflowExecutionTraceEvent.from_dict(MappingProxyType(PLAIN_EVENT | {"region": "eu"}))
    assert event.id == "3"
    assert event.additional_properties == {"region": "eu"}


def test_a_missing_required_field_still_raises_key_error() -> None:
    with pytest.raises(KeyError):
        WorkflowExecutionCompletedResponse.from_dict(
            EVENT_BASE | {"event_type": "WORKFLOW_EXECUTION_COMPLETED"}
        )


def test_every_model_parses_without_importing_at_call_time() -> None:
    """Model modules import the models they build once, at module level (templates/model.py.jinja)."""
    import inspect

    classes = [getattr(models, name) for name in models.__all__]
    parsers = [cls.from_dict for cls in classes if hasattr(cls, "from_dict")]
    assert len(parsers) > 80
    assert [p.__qualname__ for p in parsers if "import " in inspect.getsource(p)] == []


def test_a_repeated_uuid_is_parsed_once_and_shared() -> None:
    """A listing repeats ids (a workflow's id on every run of it): the models parse each UUID
    string once (an LRU cache per module) and share the immutable result."""
    workflow_id = "6f1c2e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b"
    runs = [
        WorkflowExecutionWithoutResultResponse.from_dict(EXECUTION | {"workflow_id": workflow_id})
        for _ in range(3)
    ]
    assert runs[0].workflow_id == uuid.UUID(workflow_id)
    assert runs[0].workflow_id is runs[1].workflow_id is runs[2].workflow_id


@pytest.mark.parametrize("not_a_uuid", ["", "6f1c2e0a", "6f1c2e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5g"])
def test_an_invalid_uuid_is_still_refused_every_time(not_a_uuid: str) -> None:
    for _ in range(2):
        with pytest.raises(ValueError):
            WorkflowBulkArchiveRequest.from_dict({"workflow_ids": [not_a_uuid]})
