"""Pins the private seams of the generated code that streaming relies on, and the event table."""

from __future__ import annotations

import inspect
import json
import typing

import attrs
import pytest

import mistral_workflows_api.models as models
from mistral_workflows import APIResponseValidationError
from mistral_workflows._events import EVENT_MODELS, TERMINAL_EVENT_STATUSES, model_class, parse_event
from mistral_workflows_api.api.executions import stream_execution, stream_execution_logs
from mistral_workflows_api.models import EventSource, StreamEventSsePayload, WorkflowExecutionStatus

from ._support import event_payload


def parameters(function: typing.Callable[..., object]) -> list[tuple[str, str]]:
    return [(p.name, p.kind.name) for p in inspect.signature(function).parameters.values()]


def test_stream_execution_get_kwargs_signature() -> None:
    assert parameters(stream_execution._get_kwargs) == [
        ("execution_id", "POSITIONAL_OR_KEYWORD"),
        ("event_source", "KEYWORD_ONLY"),
        ("last_event_id_query", "KEYWORD_ONLY"),
        ("last_event_id_header", "KEYWORD_ONLY"),
    ]


def test_stream_execution_logs_get_kwargs_signature() -> None:
    assert parameters(stream_execution_logs._get_kwargs) == [
        ("execution_id", "POSITIONAL_OR_KEYWORD"),
        ("run_id", "KEYWORD_ONLY"),
        ("activity_id", "KEYWORD_ONLY"),
        ("after", "KEYWORD_ONLY"),
        ("last_event_id_query", "KEYWORD_ONLY"),
        ("last_event_id_header", "KEYWORD_ONLY"),
    ]


def test_get_kwargs_puts_the_resume_id_in_the_header() -> None:
    request = stream_execution._get_kwargs("a/b", event_source=EventSource.LIVE, last_event_id_header="42")
    assert request["url"] == "/v1/workflows/executions/a%2Fb/stream"
    assert request["headers"] == {"Last-Event-ID": "42"}
    assert request["params"] == {"event_source": "LIVE"}
    logs = stream_execution_logs._get_kwargs("x", activity_id="3", last_event_id_header="7")
    assert logs["url"] == "/v1/workflows/executions/x/logs/stream"
    assert logs["headers"] == {"Last-Event-ID": "7"}
    assert logs["params"] == {"activity_id": "3"}


def union_members() -> list[type]:
    names = {name: getattr(models, name) for name in models.__all__}  # the models load lazily
    hints = typing.get_type_hints(StreamEventSsePayload, localns=names)
    return list(typing.get_args(hints["data"]))


def test_the_event_table_is_the_union_of_the_spec() -> None:
    """Each member of StreamEventSsePayload.data with a fixed event_type is in the table, and no other."""
    from_spec: dict[str, type] = {}
    for cls in union_members():
        default = attrs.fields_dict(cls)["event_type"].default
        if isinstance(default, str):
            from_spec[default] = cls
    assert set(from_spec) == set(EVENT_MODELS)
    for event_type, cls in from_spec.items():
        assert model_class(event_type) is cls


def test_terminal_event_types_are_final_statuses() -> None:
    assert set(TERMINAL_EVENT_STATUSES) <= set(EVENT_MODELS)
    assert {WorkflowExecutionStatus(s) for s in TERMINAL_EVENT_STATUSES.values()} == {
        WorkflowExecutionStatus.COMPLETED,
        WorkflowExecutionStatus.FAILED,
        WorkflowExecutionStatus.CANCELED,
    }


def test_the_typed_model_is_built_on_first_access_only() -> None:
    """A known event whose attributes do not match the spec streams fine; reading .data says so."""
    raw = event_payload(5, "ACTIVITY_TASK_COMPLETED", attributes={"task_id": "5"})
    event = parse_event(json.dumps(raw), "5")
    assert (event.id, event.broker_sequence, event.event_type) == ("5", 5, "ACTIVITY_TASK_COMPLETED")
    assert event.raw == raw
    with pytest.raises(APIResponseValidationError, match="does not match the spec"):
        _ = event.data
