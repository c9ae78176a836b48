"""openapi.yaml checked against its sources.

* it is a valid OpenAPI 3.1 document whose examples fit their schemas;
* it covers every operation and response field of the seed page (the French API reference);
* it keeps to the public contract (official-executions.yaml, and for the operations beyond
  executions their part of official-workflows.yaml: all 53), except for the deliberate
  differences listed in the ``ALLOWED_*`` tables below;
* it has the three operations the official SDK 3.7 calls beyond the contract, as the SDK's
  own models describe them (``SDK_*`` tables);
* what the contract deprecates stays, marked deprecated.

The facts are transcribed from ../shared into the tables of this module: nothing is read from
there at run time. Schema shapes are compared as "kinds": the set of alternatives a value may
take (``string``, ``string:date-time``, ``null``, ``any``, a component name, ``array[...]``,
``map[...]`` for an object with typed additionalProperties, ``const:...``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import OpenAPIV31SpecValidator

Node = Mapping[str, Any]
SCHEMAS_PREFIX = "#/components/schemas/"


# ----- reading the document -------------------------------------------------------------


def deref(document: Node, node: Node) -> Node:
    """Follow local ``$ref``s (schemas, responses, parameters) to the node they name."""
    while "$ref" in node:
        ref = node["$ref"]
        assert isinstance(ref, str) and ref.startswith("#/"), ref
        target: Any = document
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def schema(document: Node, name: str) -> Node:
    found = document["components"]["schemas"].get(name)
    assert found is not None, f"openapi.yaml has no schema {name}"
    assert isinstance(found, Mapping)
    return found


def object_view(document: Node, node: Node) -> tuple[dict[str, Node], set[str]]:
    """Properties and required names of an object schema, with $ref and allOf resolved."""
    node = deref(document, node)
    properties: dict[str, Node] = {}
    required: set[str] = set()
    for part in node.get("allOf", []):
        part_properties, part_required = object_view(document, part)
        properties.update(part_properties)
        required |= part_required
    properties.update(node.get("properties", {}))
    required |= set(node.get("required", []))
    return properties, required


def kinds(node: Node) -> frozenset[str]:
    """The alternatives a value of this schema may take (see the module docstring)."""
    if "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith(SCHEMAS_PREFIX), ref
        return frozenset({ref.removeprefix(SCHEMAS_PREFIX)})
    for union in ("anyOf", "oneOf"):
        if union in node:
            return frozenset().union(*(kinds(member) for member in node[union]))
    assert "allOf" not in node, f"allOf inside a property is not compared: {node}"
    declared = node.get("type")
    if declared is None:
        return frozenset({"any"})
    if isinstance(declared, list):
        return frozenset().union(*(kinds({**node, "type": one}) for one in declared))
    if "const" in node:
        return frozenset({f"const:{node['const']}"})
    if declared == "string" and "format" in node:
        return frozenset({f"string:{node['format']}"})
    if declared == "array":
        return frozenset({f"array[{'|'.join(sorted(kinds(node.get('items', {}))))}]"})
    extra = node.get("additionalProperties")
    if declared == "object" and isinstance(extra, Mapping):
        return frozenset({f"map[{'|'.join(sorted(kinds(extra)))}]"})
    return frozenset({str(declared)})


def operations(document: Node) -> dict[tuple[str, str], Node]:
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return {
        (method, path): operation
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in methods
    }


def responses(document: Node, operation: Node) -> dict[int, Node]:
    return {int(code): deref(document, r) for code, r in operation["responses"].items()}


def success_responses(document: Node, operation: Node) -> dict[int, Node]:
    return {code: r for code, r in responses(document, operation).items() if 200 <= code < 300}


def parameter_names(document: Node, operation: Node, location: str) -> list[str]:
    params = [deref(document, p) for p in operation.get("parameters", [])]
    return [p["name"] for p in params if p["in"] == location]


# ----- 1. the document is valid -----------------------------------------------------------


def test_openapi_yaml_is_a_valid_openapi_3_1_document(openapi_document: dict[str, Any]) -> None:
    assert openapi_document["openapi"].startswith("3.1.")
    errors = [str(e) for e in OpenAPIV31SpecValidator(openapi_document).iter_errors()]
    assert errors == []


def test_every_operation_uses_the_bearer_scheme_and_the_mistral_server(
    openapi_document: dict[str, Any],
) -> None:
    assert openapi_document["servers"][0]["url"] == "https://api.mistral.ai"
    scheme = openapi_document["components"]["securitySchemes"]["BearerAuth"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    assert openapi_document["security"] == [{"BearerAuth": []}]
    overriding = [key for key, op in operations(openapi_document).items() if "security" in op]
    assert overriding == []


def _examples(document: Node) -> list[tuple[str, Node, Any]]:
    found = []
    for (method, path), operation in operations(document).items():
        for code, response in responses(document, operation).items():
            for media_type, media in response.get("content", {}).items():
                found.append((f"{method} {path} {code} {media_type}", media, media.get("example")))
    return found


def test_every_response_body_has_an_example(openapi_document: dict[str, Any]) -> None:
    missing = [where for where, media, _ in _examples(openapi_document) if "example" not in media]
    assert missing == []


def test_every_json_example_fits_its_schema(openapi_document: dict[str, Any]) -> None:
    components = {"components": openapi_document["components"]}
    failures = []
    for where, media, example in _examples(openapi_document):
        if "application/json" not in where:
            continue
        # The components ride along in the root so that "#/components/..." refs resolve.
        validator = OAS31Validator(
            {**media["schema"], **components}, format_checker=OAS31Validator.FORMAT_CHECKER
        )
        failures += [f"{where}: {error.message}" for error in validator.iter_errors(example)]
    assert failures == []


# ----- 2. seed coverage -------------------------------------------------------------------


@dataclass(frozen=True)
class SeedField:
    """A response field as the seed page shows it: ``*`` marks it required, ``|`` separates
    the alternatives, quoted words are enum values."""

    name: str
    shown_type: str
    required: bool
    default: object = None


@dataclass(frozen=True)
class SeedOperation:
    method: str
    path: str
    # None: the page shows neither a status nor a body (a no-content success).
    success: int | None
    fields: tuple[SeedField, ...] = ()
    # "any" (free-form JSON) or "text/event-stream" when the page shows no fields.
    body: str | None = None
    # Top-level keys of the request body of the page's curl example.
    request_keys: tuple[str, ...] = ()
    # The success body of the page's playground example.
    examples: tuple[object, ...] = ()


SEED_STATUS = (
    '"RUNNING"|"COMPLETED"|"FAILED"|"CANCELED"|"TERMINATED"|"CONTINUED_AS_NEW"|"TIMED_OUT"'
    '|"RETRYING_AFTER_ERROR"'
)
# Listed identically on the get, trace/summary and trace/events sections. (The page also
# describes "the root span" and "the events" there, without naming those fields.)
SEED_EXECUTION_FIELDS = (
    SeedField("end_time", "date-time|null", required=True),
    SeedField("execution_id", "string", required=True),
    SeedField("parent_execution_id", "string|null", required=False),
    SeedField("result", "any|null", required=True),
    SeedField("root_execution_id", "string", required=True),
    SeedField("start_time", "date-time", required=True),
    SeedField("status", SEED_STATUS, required=True),
    SeedField("total_duration_ms", "integer|null", required=False),
    SeedField("workflow_name", "string", required=True),
)
SEED_EXECUTION_EXAMPLE = {
    "end_time": None,
    "execution_id": "ipsum eiusmod",
    "result": None,
    "root_execution_id": "consequat do",
    "start_time": "2025-10-07T20:56:01.974Z",
    "status": "RUNNING",
    "workflow_name": "reprehenderit ut dolore",
}
EXECUTION = "/v1/workflows/executions/{execution_id}"

SEED_OPERATIONS = (
    SeedOperation("get", EXECUTION, 200, SEED_EXECUTION_FIELDS, examples=(SEED_EXECUTION_EXAMPLE,)),
    SeedOperation("get", f"{EXECUTION}/history", 200, body="any", examples=(None,)),
    SeedOperation(
        "post",
        f"{EXECUTION}/signals",
        202,
        (SeedField("message", "string", required=False, default="Signal accepted"),),
        request_keys=("name",),
        examples=({},),
    ),
    SeedOperation(
        "post",
        f"{EXECUTION}/queries",
        200,
        (SeedField("query_name", "string", True), SeedField("result", "any", True)),
        request_keys=("name",),
        examples=({"query_name": "ipsum eiusmod", "result": None},),
    ),
    SeedOperation("post", f"{EXECUTION}/terminate", None),
    # The batch sections describe their body only as "a mapping from execution_id to a
    # result with a status and an optional error message", naming no field.
    SeedOperation(
        "post",
        "/v1/workflows/executions/terminate",
        200,
        request_keys=("execution_ids",),
        examples=({},),
    ),
    SeedOperation("post", f"{EXECUTION}/cancel", None),
    SeedOperation(
        "post",
        "/v1/workflows/executions/cancel",
        200,
        request_keys=("execution_ids",),
        examples=({},),
    ),
    SeedOperation("post", f"{EXECUTION}/reset", None, request_keys=("event_id",)),
    SeedOperation(
        "post",
        f"{EXECUTION}/updates",
        200,
        (SeedField("result", "any", True), SeedField("update_name", "string", True)),
        request_keys=("name",),
        examples=({"result": None, "update_name": "ipsum eiusmod"},),
    ),
    SeedOperation(
        "get",
        f"{EXECUTION}/trace/otel",
        200,
        (
            SeedField("data_source", "string", required=True),
            SeedField("otel_trace_data", "TempoGetTraceResponse|null", required=False),
            SeedField("otel_trace_id", "string|null", required=False),
            *SEED_EXECUTION_FIELDS,
        ),
        examples=(
            {
                "data_source": "ipsum eiusmod",
                "end_time": None,
                "execution_id": "consequat do",
                "result": None,
                "root_execution_id": "reprehenderit ut dolore",
                "start_time": "2025-10-07T20:56:01.974Z",
                "status": "RUNNING",
                "workflow_name": "occaecat dolor sit",
            },
        ),
    ),
    SeedOperation(
        "get",
        f"{EXECUTION}/trace/summary",
        200,
        SEED_EXECUTION_FIELDS,
        examples=(SEED_EXECUTION_EXAMPLE,),
    ),
    SeedOperation(
        "get",
        f"{EXECUTION}/trace/events",
        200,
        SEED_EXECUTION_FIELDS,
        examples=(SEED_EXECUTION_EXAMPLE,),
    ),
    # The page shows the playground answer of the stream as `null`: not a body, so no example.
    SeedOperation("get", f"{EXECUTION}/stream", 200, body="text/event-stream"),
)
SEED_WORDS = {"date-time": "string:date-time"}


def test_the_seed_table_has_the_fourteen_operations_of_the_page() -> None:
    assert len({(op.method, op.path) for op in SEED_OPERATIONS}) == 14


def _seed_id(op: SeedOperation) -> str:
    return f"{op.method} {op.path}"


def _success_response(document: Node, op: SeedOperation) -> tuple[int, Node]:
    operation = operations(document).get((op.method, op.path))
    assert operation is not None, f"openapi.yaml has no {op.method.upper()} {op.path}"
    successes = success_responses(document, operation)
    assert len(successes) == 1, successes
    [(code, response)] = successes.items()
    return code, response


@pytest.mark.parametrize("op", SEED_OPERATIONS, ids=_seed_id)
def test_seed_operation_has_its_success_status(openapi_document: dict[str, Any], op: SeedOperation) -> None:
    code, response = _success_response(openapi_document, op)
    if op.success is None:
        assert "content" not in response, "the page shows no body for this operation"
        assert code == 204
    else:
        assert code == op.success


@pytest.mark.parametrize("op", SEED_OPERATIONS, ids=_seed_id)
def test_seed_operation_has_every_response_field(openapi_document: dict[str, Any], op: SeedOperation) -> None:
    _, response = _success_response(openapi_document, op)
    if op.success is None:
        return
    content = response["content"]
    if op.body == "text/event-stream":
        assert list(content) == ["text/event-stream"]
        return
    body_schema = content["application/json"]["schema"]
    if op.body == "any":
        assert kinds(body_schema) == {"any"}
    properties, required = object_view(openapi_document, body_schema)
    problems = []
    for seed in op.fields:
        ours = properties.get(seed.name)
        if ours is None:
            problems.append(f"{seed.name}: missing")
            continue
        if (seed.name in required) != seed.required:
            problems.append(f"{seed.name}: required should be {seed.required}")
        shown = seed.shown_type.split("|")
        enum_values = [word.strip('"') for word in shown if word.startswith('"')]
        shown_kinds = {SEED_WORDS.get(w, w) for w in shown if not w.startswith('"')}
        our_kinds = kinds(ours)
        # The page's alternatives must all be accepted; ours may accept more (an open enum
        # also takes any string, and the contract lets `status` be null).
        if not shown_kinds <= our_kinds:
            problems.append(f"{seed.name}: {sorted(shown_kinds)} not within {sorted(our_kinds)}")
        if enum_values:
            enums = [
                schema(openapi_document, k)["enum"]
                for k in our_kinds
                if "enum" in openapi_document["components"]["schemas"].get(k, {})
            ]
            if [sorted(e) for e in enums] != [sorted(enum_values)]:
                problems.append(f"{seed.name}: enum {enums} should be {enum_values}")
        if seed.default is not None and ours.get("default") != seed.default:
            problems.append(f"{seed.name}: default {ours.get('default')!r}")
    assert problems == []


@pytest.mark.parametrize("op", [op for op in SEED_OPERATIONS if op.request_keys], ids=_seed_id)
def test_seed_request_example_keys_are_request_body_fields(
    openapi_document: dict[str, Any], op: SeedOperation
) -> None:
    operation = operations(openapi_document)[(op.method, op.path)]
    body = deref(openapi_document, operation["requestBody"])
    properties, _ = object_view(openapi_document, body["content"]["application/json"]["schema"])
    assert set(op.request_keys) <= set(properties)


@pytest.mark.parametrize("op", [op for op in SEED_OPERATIONS if op.examples], ids=_seed_id)
def test_seed_playground_answers_fit_our_schema(openapi_document: dict[str, Any], op: SeedOperation) -> None:
    _, response = _success_response(openapi_document, op)
    root = {**response["content"]["application/json"]["schema"]}
    root["components"] = openapi_document["components"]
    validator = OAS31Validator(root, format_checker=OAS31Validator.FORMAT_CHECKER)
    for example in op.examples:
        assert [e.message for e in validator.iter_errors(example)] == []


# ----- 3. contract fidelity ---------------------------------------------------------------


@dataclass(frozen=True)
class ObjectFacts:
    fields: dict[str, tuple[str, ...]]
    required: tuple[str, ...]


@dataclass(frozen=True)
class SseBody:
    """A text/event-stream success; ``frames`` are the schemas of its frames' data."""

    frames: tuple[str, ...]


@dataclass(frozen=True)
class OperationFacts:
    query: tuple[str, ...]
    headers: tuple[str, ...]
    success: tuple[int, ...]
    # status -> schema of its JSON body (None: the contract documents no body)
    errors: dict[int, str | None]
    request_body: str | None
    # kinds of the JSON success body, an SseBody, or None for no body
    success_body: tuple[str, ...] | SseBody | None = field(default=None)
    # The request body may be left out, or sent as JSON null (`anyOf: [request_body, null]`).
    optional_body: bool = False
    deprecated: bool = False


# Transcribed from official-executions.yaml (components.schemas and paths) with a throwaway
# script; the 17 event schemas repeat the same ten leading fields, factored out here.
CONTRACT_EVENT_BASE_FIELDS: dict[str, tuple[str, ...]] = {
    "event_id": ("string",),
    "event_timestamp": ("integer",),
    "root_workflow_exec_id": ("string",),
    "parent_workflow_exec_id": ("null", "string"),
    "continued_run_id": ("null", "string"),
    "first_execution_run_id": ("null", "string"),
    "schedule_id": ("null", "string"),
    "workflow_exec_id": ("string",),
    "workflow_run_id": ("string",),
    "workflow_name": ("string",),
}
CONTRACT_EVENT_BASE_REQUIRED = (
    "event_id",
    "event_timestamp",
    "root_workflow_exec_id",
    "parent_workflow_exec_id",
    "continued_run_id",
    "first_execution_run_id",
    "schedule_id",
    "workflow_exec_id",
    "workflow_run_id",
    "workflow_name",
)
CONTRACT_OBJECTS: dict[str, ObjectFacts] = {
    "ActivityTaskCompletedAttributesResponse": ObjectFacts(
        fields={
            "task_id": ("string",),
            "activity_name": ("string",),
            "result": ("JSONPayloadResponse",),
        },
        required=("task_id", "activity_name", "result"),
    ),
    "ActivityTaskCompletedResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:ACTIVITY_TASK_COMPLETED",),
            "attributes": ("ActivityTaskCompletedAttributesResponse",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "ActivityTaskFailedAttributes": ObjectFacts(
        fields={
            "task_id": ("string",),
            "activity_name": ("string",),
            "attempt": ("integer",),
            "failure": ("Failure",),
        },
        required=("task_id", "activity_name", "attempt", "failure"),
    ),
    "ActivityTaskFailedResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:ACTIVITY_TASK_FAILED",),
            "attributes": ("ActivityTaskFailedAttributes",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "ActivityTaskRetryingAttributes": ObjectFacts(
        fields={
            "task_id": ("string",),
            "activity_name": ("string",),
            "attempt": ("integer",),
            "failure": ("Failure",),
        },
        required=("task_id", "activity_name", "attempt", "failure"),
    ),
    "ActivityTaskRetryingResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:ACTIVITY_TASK_RETRYING",),
            "attributes": ("ActivityTaskRetryingAttributes",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "ActivityTaskStartedAttributesResponse": ObjectFacts(
        fields={
            "task_id": ("string",),
            "activity_name": ("string",),
            "input": ("JSONPayloadResponse",),
        },
        required=("task_id", "activity_name", "input"),
    ),
    "ActivityTaskStartedResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:ACTIVITY_TASK_STARTED",),
            "attributes": ("ActivityTaskStartedAttributesResponse",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "BatchExecutionBody": ObjectFacts(
        fields={
            "execution_ids": ("array[string]",),
        },
        required=("execution_ids",),
    ),
    "BatchExecutionResponse": ObjectFacts(
        fields={
            "results": ("map[BatchExecutionResult]",),
        },
        required=(),
    ),
    "BatchExecutionResult": ObjectFacts(
        fields={
            "status": ("string",),
            "error": ("null", "string"),
        },
        required=("status",),
    ),
    "CustomTaskCanceledAttributes": ObjectFacts(
        fields={
            "custom_task_id": ("string",),
            "custom_task_type": ("string",),
            "reason": ("null", "string"),
        },
        required=("custom_task_id", "custom_task_type"),
    ),
    "CustomTaskCanceledResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:CUSTOM_TASK_CANCELED",),
            "attributes": ("CustomTaskCanceledAttributes",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "CustomTaskCompletedAttributesResponse": ObjectFacts(
        fields={
            "custom_task_id": ("string",),
            "custom_task_type": ("string",),
            "payload": ("JSONPayloadResponse",),
        },
        required=("custom_task_id", "custom_task_type", "payload"),
    ),
    "CustomTaskCompletedResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:CUSTOM_TASK_COMPLETED",),
            "attributes": ("CustomTaskCompletedAttributesResponse",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "CustomTaskFailedAttributes": ObjectFacts(
        fields={
            "custom_task_id": ("string",),
            "custom_task_type": ("string",),
            "failure": ("Failure",),
        },
        required=("custom_task_id", "custom_task_type", "failure"),
    ),
    "CustomTaskFailedResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:CUSTOM_TASK_FAILED",),
            "attributes": ("CustomTaskFailedAttributes",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "CustomTaskInProgressAttributesResponse": ObjectFacts(
        fields={
            "custom_task_id": ("string",),
            "custom_task_type": ("string",),
            "payload": ("JSONPatchPayloadResponse", "JSONPayloadResponse"),
        },
        required=("custom_task_id", "custom_task_type", "payload"),
    ),
    "CustomTaskInProgressResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:CUSTOM_TASK_IN_PROGRESS",),
            "attributes": ("CustomTaskInProgressAttributesResponse",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "CustomTaskStartedAttributesResponse": ObjectFacts(
        fields={
            "custom_task_id": ("string",),
            "custom_task_type": ("string",),
            "payload": ("JSONPayloadResponse",),
        },
        required=("custom_task_id", "custom_task_type"),
    ),
    "CustomTaskStartedResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:CUSTOM_TASK_STARTED",),
            "attributes": ("CustomTaskStartedAttributesResponse",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "CustomTaskTimedOutAttributes": ObjectFacts(
        fields={
            "custom_task_id": ("string",),
            "custom_task_type": ("string",),
            "timeout_type": ("null", "string"),
        },
        required=("custom_task_id", "custom_task_type"),
    ),
    "CustomTaskTimedOutResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:CUSTOM_TASK_TIMED_OUT",),
            "attributes": ("CustomTaskTimedOutAttributes",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "EncryptedPatchValue": ObjectFacts(
        fields={
            "type": ("const:__encrypted__",),
            "value": ("string",),
        },
        required=("type", "value"),
    ),
    "ExecutionLogRecord": ObjectFacts(
        fields={
            "timestamp": ("string:date-time",),
            "trace_id": ("string",),
            "span_id": ("string",),
            "severity_text": ("string",),
            "body": ("string",),
            "log_attributes": ("map[string]",),
        },
        required=("timestamp", "trace_id", "span_id", "severity_text", "body", "log_attributes"),
    ),
    "ExecutionLogSearchResponse": ObjectFacts(
        fields={
            "results": ("array[ExecutionLogRecord]",),
            "next_cursor": ("null", "string"),
        },
        required=("results",),
    ),
    "ExecutionTraceInfoResponse": ObjectFacts(
        fields={
            "otel_trace_id": ("null", "string"),
            "has_trace_data": ("boolean",),
        },
        required=(),
    ),
    "Failure": ObjectFacts(
        fields={
            "message": ("string",),
        },
        required=("message",),
    ),
    "HTTPValidationError": ObjectFacts(
        fields={
            "detail": ("array[ValidationError]",),
        },
        required=(),
    ),
    "JSONPatchAdd": ObjectFacts(
        fields={
            "path": ("string",),
            "value": ("any",),
            "op": ("const:add",),
        },
        required=("path", "value", "op"),
    ),
    "JSONPatchAppend": ObjectFacts(
        fields={
            "path": ("string",),
            "value": ("EncryptedPatchValue", "string"),
            "op": ("const:append",),
        },
        required=("path", "value", "op"),
    ),
    "JSONPatchPayloadResponse": ObjectFacts(
        fields={
            "type": ("const:json_patch",),
            "value": ("JSONPatchPayloadValueResponse",),
            "encoding_options": ("array[EncodedPayloadOptions]", "null"),
        },
        required=("type", "value"),
    ),
    "JSONPatchRemove": ObjectFacts(
        fields={
            "path": ("string",),
            "value": ("any",),
            "op": ("const:remove",),
        },
        required=("path", "value", "op"),
    ),
    "JSONPatchReplace": ObjectFacts(
        fields={
            "path": ("string",),
            "value": ("any",),
            "op": ("const:replace",),
        },
        required=("path", "value", "op"),
    ),
    "JSONPayloadResponse": ObjectFacts(
        fields={
            "type": ("const:json",),
            "value": ("any",),
            "encoding_options": ("array[EncodedPayloadOptions]", "null"),
        },
        required=("type", "value"),
    ),
    "NetworkEncodedInput": ObjectFacts(
        fields={
            "b64payload": ("string",),
            "encoding_options": ("array[EncodedPayloadOptions]",),
            "empty": ("boolean",),
        },
        required=("b64payload",),
    ),
    "QueryInvocationBody": ObjectFacts(
        fields={
            "name": ("string",),
            "input": ("NetworkEncodedInput", "null", "object"),
        },
        required=("name",),
    ),
    "QueryWorkflowResponse": ObjectFacts(
        fields={
            "query_name": ("string",),
            "result": ("any",),
        },
        required=("query_name", "result"),
    ),
    "ResetInvocationBody": ObjectFacts(
        fields={
            "event_id": ("integer",),
            "reason": ("null", "string"),
            "exclude_signals": ("boolean",),
            "exclude_updates": ("boolean",),
        },
        required=("event_id",),
    ),
    "SignalInvocationBody": ObjectFacts(
        fields={
            "name": ("string",),
            "input": ("NetworkEncodedInput", "null", "object"),
        },
        required=("name",),
    ),
    "SignalWorkflowResponse": ObjectFacts(
        fields={
            "message": ("string",),
        },
        required=(),
    ),
    "StreamError": ObjectFacts(
        fields={
            "error": ("string",),
            "reason": ("string",),
        },
        required=("error", "reason"),
    ),
    "StreamEventSseErrorData": ObjectFacts(
        fields={
            "error": ("string",),
            "reason": ("string",),
        },
        required=("error", "reason"),
    ),
    "StreamEventSsePayload": ObjectFacts(
        fields={
            "stream": ("string",),
            "timestamp": ("string:date-time",),
            "data": (
                "ActivityTaskCompletedResponse",
                "ActivityTaskFailedResponse",
                "ActivityTaskRetryingResponse",
                "ActivityTaskStartedResponse",
                "CustomTaskCanceledResponse",
                "CustomTaskCompletedResponse",
                "CustomTaskFailedResponse",
                "CustomTaskInProgressResponse",
                "CustomTaskStartedResponse",
                "CustomTaskTimedOutResponse",
                "WorkflowExecutionCanceledResponse",
                "WorkflowExecutionCompletedResponse",
                "WorkflowExecutionContinuedAsNewResponse",
                "WorkflowExecutionFailedResponse",
                "WorkflowExecutionStartedResponse",
                "WorkflowTaskFailedResponse",
                "WorkflowTaskTimedOutResponse",
            ),
            "workflow_context": ("StreamEventWorkflowContext",),
            "metadata": ("object",),
            "broker_sequence": ("integer",),
        },
        required=("stream", "data", "workflow_context", "broker_sequence"),
    ),
    "StreamEventWorkflowContext": ObjectFacts(
        fields={
            "namespace": ("string",),
            "workflow_name": ("string",),
            "workflow_exec_id": ("string",),
            "parent_workflow_exec_id": ("null", "string"),
            "root_workflow_exec_id": ("null", "string"),
        },
        required=("namespace", "workflow_name", "workflow_exec_id"),
    ),
    "TempoGetTraceResponse": ObjectFacts(
        fields={
            "batches": ("array[TempoTraceBatch]",),
        },
        required=(),
    ),
    "TempoTraceAttribute": ObjectFacts(
        fields={
            "key": ("string",),
            "value": (
                "TempoTraceAttributeArrayValue",
                "TempoTraceAttributeBoolValue",
                "TempoTraceAttributeIntValue",
                "TempoTraceAttributeStringValue",
            ),
        },
        required=("key", "value"),
    ),
    "TempoTraceAttributeArrayContainer": ObjectFacts(
        fields={
            "values": ("array[TempoTraceAttributeArrayElement]",),
        },
        required=(),
    ),
    "TempoTraceAttributeArrayElement": ObjectFacts(
        fields={
            "stringValue": ("null", "string"),
            "intValue": ("null", "string"),
            "boolValue": ("boolean", "null"),
        },
        required=(),
    ),
    "TempoTraceAttributeArrayValue": ObjectFacts(
        fields={
            "arrayValue": ("TempoTraceAttributeArrayContainer",),
        },
        required=("arrayValue",),
    ),
    "TempoTraceAttributeBoolValue": ObjectFacts(
        fields={
            "boolValue": ("boolean",),
        },
        required=("boolValue",),
    ),
    "TempoTraceAttributeIntValue": ObjectFacts(
        fields={
            "intValue": ("string",),
        },
        required=("intValue",),
    ),
    "TempoTraceAttributeStringValue": ObjectFacts(
        fields={
            "stringValue": ("string",),
        },
        required=("stringValue",),
    ),
    "TempoTraceBatch": ObjectFacts(
        fields={
            "resource": ("TempoTraceResource",),
            "scopeSpans": ("array[TempoTraceScopeSpan]",),
        },
        required=("resource",),
    ),
    "TempoTraceEvent": ObjectFacts(
        fields={
            "name": ("string",),
            "timeUnixNano": ("string",),
            "attributes": ("array[TempoTraceAttribute]",),
        },
        required=("name", "timeUnixNano"),
    ),
    "TempoTraceResource": ObjectFacts(
        fields={
            "attributes": ("array[TempoTraceAttribute]",),
        },
        required=(),
    ),
    "TempoTraceScope": ObjectFacts(
        fields={
            "name": ("string",),
        },
        required=("name",),
    ),
    "TempoTraceScopeSpan": ObjectFacts(
        fields={
            "scope": ("TempoTraceScope",),
            "spans": ("array[TempoTraceSpan]",),
        },
        required=("scope",),
    ),
    "TempoTraceSpan": ObjectFacts(
        fields={
            "traceId": ("string",),
            "spanId": ("string",),
            "parentSpanId": ("null", "string"),
            "name": ("string",),
            "kind": ("TempoTraceScopeKind",),
            "startTimeUnixNano": ("string",),
            "endTimeUnixNano": ("string",),
            "attributes": ("array[TempoTraceAttribute]",),
            "events": ("array[TempoTraceEvent]",),
        },
        required=("traceId", "spanId", "name", "kind", "startTimeUnixNano", "endTimeUnixNano"),
    ),
    "UpdateInvocationBody": ObjectFacts(
        fields={
            "name": ("string",),
            "input": ("NetworkEncodedInput", "null", "object"),
        },
        required=("name",),
    ),
    "UpdateWorkflowResponse": ObjectFacts(
        fields={
            "update_name": ("string",),
            "result": ("any",),
        },
        required=("update_name", "result"),
    ),
    "ValidationError": ObjectFacts(
        fields={
            "loc": ("array[integer|string]",),
            "msg": ("string",),
            "type": ("string",),
            "input": ("any",),
            "ctx": ("object",),
        },
        required=("loc", "msg", "type"),
    ),
    "WorkflowExecutionCanceledAttributes": ObjectFacts(
        fields={
            "task_id": ("string",),
            "reason": ("null", "string"),
            "attempt": ("integer",),
        },
        required=("task_id",),
    ),
    "WorkflowExecutionCanceledResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:WORKFLOW_EXECUTION_CANCELED",),
            "attributes": ("WorkflowExecutionCanceledAttributes",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "WorkflowExecutionCompletedAttributesResponse": ObjectFacts(
        fields={
            "task_id": ("string",),
            "result": ("JSONPayloadResponse",),
            "attempt": ("integer",),
        },
        required=("task_id", "result"),
    ),
    "WorkflowExecutionCompletedResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:WORKFLOW_EXECUTION_COMPLETED",),
            "attributes": ("WorkflowExecutionCompletedAttributesResponse",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "WorkflowExecutionContinuedAsNewAttributesResponse": ObjectFacts(
        fields={
            "task_id": ("string",),
            "new_execution_run_id": ("string",),
            "workflow_name": ("string",),
            "input": ("JSONPayloadResponse",),
        },
        required=("task_id", "new_execution_run_id", "workflow_name", "input"),
    ),
    "WorkflowExecutionContinuedAsNewResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:WORKFLOW_EXECUTION_CONTINUED_AS_NEW",),
            "attributes": ("WorkflowExecutionContinuedAsNewAttributesResponse",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "WorkflowExecutionFailedAttributes": ObjectFacts(
        fields={
            "task_id": ("string",),
            "failure": ("Failure",),
            "attempt": ("integer",),
        },
        required=("task_id", "failure"),
    ),
    "WorkflowExecutionFailedResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:WORKFLOW_EXECUTION_FAILED",),
            "attributes": ("WorkflowExecutionFailedAttributes",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "WorkflowExecutionProgressTraceEvent": ObjectFacts(
        fields={
            "type": ("EventType",),
            "name": ("string",),
            "id": ("string",),
            "timestamp_unix_nano": ("integer",),
            "attributes": ("map[WorkflowExecutionTraceSummaryAttributesValues]",),
            "internal": ("boolean",),
            "status": ("EventProgressStatus",),
            "start_time_unix_ms": ("integer",),
            "end_time_unix_ms": ("integer", "null"),
            "error": ("null", "string"),
        },
        required=("name", "id", "timestamp_unix_nano", "attributes", "start_time_unix_ms"),
    ),
    "WorkflowExecutionRequest": ObjectFacts(
        fields={
            "execution_id": ("null", "string"),
            "input": ("null", "object"),
            "wait_for_result": ("boolean",),
            "timeout_seconds": ("null", "number"),
            "custom_tracing_attributes": ("map[string]", "null"),
            "force_new_trace": ("boolean",),
            "extensions": ("null", "object"),
            "task_queue": ("null", "string"),
            "deployment_name": ("null", "string"),
        },
        required=(),
    ),
    # runs (official-workflows.yaml)
    "WorkflowExecutionListResponse": ObjectFacts(
        fields={
            "executions": ("array[WorkflowExecutionWithoutResultResponse]",),
            "next_page_token": ("null", "string"),
        },
        required=("executions",),
    ),
    "WorkflowExecutionWithoutResultResponse": ObjectFacts(
        fields={
            "workflow_name": ("string",),
            "workflow_id": ("null", "string:uuid"),
            "deployment_name": ("null", "string"),
            "execution_id": ("string",),
            "parent_execution_id": ("null", "string"),
            "root_execution_id": ("string",),
            "run_id": ("null", "string"),
            "user_id": ("null", "string"),
            "status": ("WorkflowExecutionStatus", "null"),
            "start_time": ("string:date-time",),
            "end_time": ("null", "string:date-time"),
            "total_duration_ms": ("integer", "null"),
        },
        required=("workflow_name", "execution_id", "root_execution_id", "status", "start_time", "end_time"),
    ),
    "WorkflowExecutionResponse": ObjectFacts(
        fields={
            "workflow_name": ("string",),
            "workflow_id": ("null", "string:uuid"),
            "deployment_name": ("null", "string"),
            "execution_id": ("string",),
            "parent_execution_id": ("null", "string"),
            "root_execution_id": ("string",),
            "run_id": ("null", "string"),
            "user_id": ("null", "string"),
            "status": ("WorkflowExecutionStatus", "null"),
            "start_time": ("string:date-time",),
            "end_time": ("null", "string:date-time"),
            "total_duration_ms": ("integer", "null"),
            "result": ("any", "null"),
        },
        required=(
            "workflow_name",
            "execution_id",
            "root_execution_id",
            "status",
            "start_time",
            "end_time",
            "result",
        ),
    ),
    "WorkflowExecutionStartedAttributesResponse": ObjectFacts(
        fields={
            "task_id": ("string",),
            "workflow_name": ("string",),
            "display_name": ("null", "string"),
            "input": ("JSONPayloadResponse",),
            "attempt": ("integer",),
        },
        required=("task_id", "workflow_name", "input"),
    ),
    "WorkflowExecutionStartedResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:WORKFLOW_EXECUTION_STARTED",),
            "attributes": ("WorkflowExecutionStartedAttributesResponse",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "WorkflowExecutionSyncResponse": ObjectFacts(
        fields={
            "workflow_name": ("string",),
            "execution_id": ("string",),
            "result": ("any",),
        },
        required=("workflow_name", "execution_id", "result"),
    ),
    "WorkflowExecutionTraceEvent": ObjectFacts(
        fields={
            "type": ("EventType",),
            "name": ("string",),
            "id": ("string",),
            "timestamp_unix_nano": ("integer",),
            "attributes": ("map[WorkflowExecutionTraceSummaryAttributesValues]",),
            "internal": ("boolean",),
        },
        required=("name", "id", "timestamp_unix_nano", "attributes"),
    ),
    "WorkflowExecutionTraceEventsResponse": ObjectFacts(
        fields={
            "workflow_name": ("string",),
            "workflow_id": ("null", "string:uuid"),
            "deployment_name": ("null", "string"),
            "execution_id": ("string",),
            "parent_execution_id": ("null", "string"),
            "root_execution_id": ("string",),
            "run_id": ("null", "string"),
            "user_id": ("null", "string"),
            "status": ("WorkflowExecutionStatus", "null"),
            "start_time": ("string:date-time",),
            "end_time": ("null", "string:date-time"),
            "total_duration_ms": ("integer", "null"),
            "result": ("any", "null"),
            "events": ("array[WorkflowExecutionProgressTraceEvent|WorkflowExecutionTraceEvent]",),
        },
        required=(
            "workflow_name",
            "execution_id",
            "root_execution_id",
            "status",
            "start_time",
            "end_time",
            "result",
        ),
    ),
    "WorkflowExecutionTraceOTelResponse": ObjectFacts(
        fields={
            "workflow_name": ("string",),
            "workflow_id": ("null", "string:uuid"),
            "deployment_name": ("null", "string"),
            "execution_id": ("string",),
            "parent_execution_id": ("null", "string"),
            "root_execution_id": ("string",),
            "run_id": ("null", "string"),
            "user_id": ("null", "string"),
            "status": ("WorkflowExecutionStatus", "null"),
            "start_time": ("string:date-time",),
            "end_time": ("null", "string:date-time"),
            "total_duration_ms": ("integer", "null"),
            "result": ("any", "null"),
            "data_source": ("string",),
            "otel_trace_id": ("null", "string"),
            "otel_trace_data": ("TempoGetTraceResponse", "null"),
        },
        required=(
            "workflow_name",
            "execution_id",
            "root_execution_id",
            "status",
            "start_time",
            "end_time",
            "result",
            "data_source",
        ),
    ),
    "WorkflowExecutionTraceSummaryResponse": ObjectFacts(
        fields={
            "workflow_name": ("string",),
            "workflow_id": ("null", "string:uuid"),
            "deployment_name": ("null", "string"),
            "execution_id": ("string",),
            "parent_execution_id": ("null", "string"),
            "root_execution_id": ("string",),
            "run_id": ("null", "string"),
            "user_id": ("null", "string"),
            "status": ("WorkflowExecutionStatus", "null"),
            "start_time": ("string:date-time",),
            "end_time": ("null", "string:date-time"),
            "total_duration_ms": ("integer", "null"),
            "result": ("any", "null"),
            "span_tree": ("WorkflowExecutionTraceSummarySpan", "null"),
        },
        required=(
            "workflow_name",
            "execution_id",
            "root_execution_id",
            "status",
            "start_time",
            "end_time",
            "result",
        ),
    ),
    "WorkflowExecutionTraceSummarySpan": ObjectFacts(
        fields={
            "span_id": ("string",),
            "name": ("string",),
            "start_time_unix_nano": ("integer",),
            "end_time_unix_nano": ("integer", "null"),
            "attributes": ("map[WorkflowExecutionTraceSummaryAttributesValues]",),
            "events": ("array[WorkflowExecutionTraceEvent]",),
            "children": ("array[WorkflowExecutionTraceSummarySpan]",),
        },
        required=("span_id", "name", "start_time_unix_nano", "end_time_unix_nano", "attributes", "events"),
    ),
    "WorkflowTaskFailedAttributes": ObjectFacts(
        fields={
            "task_id": ("string",),
            "failure": ("Failure",),
        },
        required=("task_id", "failure"),
    ),
    "WorkflowTaskFailedResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:WORKFLOW_TASK_FAILED",),
            "attributes": ("WorkflowTaskFailedAttributes",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    "WorkflowTaskTimedOutAttributes": ObjectFacts(
        fields={
            "task_id": ("string",),
            "timeout_type": ("null", "string"),
        },
        required=("task_id",),
    ),
    "WorkflowTaskTimedOutResponse": ObjectFacts(
        fields={
            **CONTRACT_EVENT_BASE_FIELDS,
            "event_type": ("const:WORKFLOW_TASK_TIMED_OUT",),
            "attributes": ("WorkflowTaskTimedOutAttributes",),
        },
        required=(*CONTRACT_EVENT_BASE_REQUIRED, "event_type", "attributes"),
    ),
    # workflows, registrations, events, schedules, deployments, metrics (official-workflows.yaml)
    "CreateDeploymentRequest": ObjectFacts(
        fields={
            "name": ("string",),
            "spec": ("DeploymentWorkerSpecInput",),
            "resources": ("DeploymentResourceConfig", "null"),
            "hardened": ("boolean",),
        },
        required=("name", "spec"),
    ),
    "DeploymentBuildState": ObjectFacts(
        fields={
            "phase": ("null", "string"),
            "commit_sha": ("null", "string"),
            "image": ("null", "string"),
            "message": ("null", "string"),
            "started_at": ("null", "string:date-time"),
            "finished_at": ("null", "string:date-time"),
        },
        required=(),
    ),
    "DeploymentDetailResponse": ObjectFacts(
        fields={
            "id": ("string:uuid",),
            "name": ("string",),
            "is_active": ("boolean",),
            "is_hardened": ("boolean",),
            "created_at": ("string:date-time",),
            "updated_at": ("string:date-time",),
            "location": ("DeploymentLocation", "null"),
            "worker_count": ("integer",),
            "active_worker_count": ("integer",),
            "locations": ("array[LocationType]",),
            "managed": ("ManagedDeploymentResponse", "null"),
            "workers": ("array[DeploymentWorkerResponse]",),
        },
        required=("id", "name", "is_active", "created_at", "updated_at", "workers"),
    ),
    "DeploymentListResponse": ObjectFacts(
        fields={
            "deployments": ("array[DeploymentResponse]",),
            "next_cursor": ("null", "string"),
            "workspace_id": ("string:uuid",),
        },
        required=("deployments", "next_cursor", "workspace_id"),
    ),
    "DeploymentLocation": ObjectFacts(
        fields={
            "location_type": ("LocationType",),
            "k8s_cluster": ("null", "string"),
            "k8s_namespace": ("null", "string"),
        },
        required=("location_type",),
    ),
    "DeploymentLogRecord": ObjectFacts(
        fields={
            "timestamp": ("string:date-time",),
            "trace_id": ("string",),
            "span_id": ("string",),
            "severity_text": ("string",),
            "body": ("string",),
            "log_attributes": ("map[string]",),
        },
        required=("timestamp", "trace_id", "span_id", "severity_text", "body", "log_attributes"),
    ),
    "DeploymentLogSearchResponse": ObjectFacts(
        fields={
            "results": ("array[DeploymentLogRecord]",),
            "next_cursor": ("null", "string"),
        },
        required=("results",),
    ),
    "DeploymentObservedState": ObjectFacts(
        fields={
            "phase": ("null", "string"),
            "available_replicas": ("integer",),
            "ready_replicas": ("integer",),
            "endpoint": ("null", "string"),
            "message": ("null", "string"),
            "last_seen": ("null", "string:date-time"),
            "deployed_revision": ("null", "string"),
            "generation": ("integer", "null"),
            "build_state": ("DeploymentBuildState", "null"),
        },
        required=(),
    ),
    "DeploymentResourceConfig": ObjectFacts(
        fields={
            "replicas": ("integer", "null"),
            "cpu_request": ("null", "string"),
            "cpu_limit": ("null", "string"),
            "memory_request": ("null", "string"),
            "memory_limit": ("null", "string"),
        },
        required=(),
    ),
    "DeploymentResourceConfigUpdate": ObjectFacts(
        fields={
            "replicas": ("integer", "null"),
            "cpu_request": ("null", "string"),
            "cpu_limit": ("null", "string"),
            "memory_request": ("null", "string"),
            "memory_limit": ("null", "string"),
        },
        required=(),
    ),
    "DeploymentResponse": ObjectFacts(
        fields={
            "id": ("string:uuid",),
            "name": ("string",),
            "is_active": ("boolean",),
            "is_hardened": ("boolean",),
            "created_at": ("string:date-time",),
            "updated_at": ("string:date-time",),
            "location": ("DeploymentLocation", "null"),
            "worker_count": ("integer",),
            "active_worker_count": ("integer",),
            "locations": ("array[LocationType]",),
            "managed": ("ManagedDeploymentResponse", "null"),
        },
        required=("id", "name", "is_active", "created_at", "updated_at"),
    ),
    "DeploymentWorkerListResponse": ObjectFacts(
        fields={
            "workers": ("array[DeploymentWorkerResponse]",),
            "next_cursor": ("null", "string"),
        },
        required=("workers", "next_cursor"),
    ),
    "DeploymentWorkerResponse": ObjectFacts(
        fields={
            "name": ("string",),
            "created_at": ("string:date-time",),
            "updated_at": ("string:date-time",),
            "is_active": ("boolean",),
            "location": ("DeploymentLocation", "null"),
        },
        required=("name", "created_at", "updated_at", "is_active"),
    ),
    "DeploymentWorkerSpecInput": ObjectFacts(
        fields={
            "github_url": ("string",),
            "revision": ("null", "string"),
            "entrypoint": ("null", "string"),
            "working_dir": ("null", "string"),
        },
        required=("github_url",),
    ),
    "DeploymentWorkerSpecResponse": ObjectFacts(
        fields={
            "github_url": ("string",),
            "type": ("string",),
            "revision": ("null", "string"),
            "entrypoint": ("null", "string"),
            "working_dir": ("null", "string"),
            "restarted_at": ("null", "string"),
            "commit_sha": ("null", "string"),
            "commit": ("GitCommitMetadata", "null"),
        },
        required=("github_url",),
    ),
    "GitCommitAuthor": ObjectFacts(
        fields={
            "name": ("null", "string"),
            "username": ("null", "string"),
            "html_url": ("null", "string"),
        },
        required=(),
    ),
    "GitCommitMetadata": ObjectFacts(
        fields={
            "sha": ("string",),
            "message": ("null", "string"),
            "author": ("GitCommitAuthor", "null"),
            "html_url": ("null", "string"),
        },
        required=("sha",),
    ),
    "ListWorkflowEventResponse": ObjectFacts(
        fields={
            "events": (
                "array[ActivityTaskCompletedResponse|ActivityTaskFailedResponse|ActivityTaskRetryingResponse|ActivityTaskStartedResponse|CustomTaskCanceledResponse|CustomTaskCompletedResponse|CustomTaskFailedResponse|CustomTaskInProgressResponse|CustomTaskStartedResponse|CustomTaskTimedOutResponse|WorkflowExecutionCanceledResponse|WorkflowExecutionCompletedResponse|WorkflowExecutionContinuedAsNewResponse|WorkflowExecutionFailedResponse|WorkflowExecutionStartedResponse|WorkflowTaskFailedResponse|WorkflowTaskTimedOutResponse]",
            ),
            "next_cursor": ("null", "string"),
        },
        required=("events",),
    ),
    "ManagedDeploymentResponse": ObjectFacts(
        fields={
            "service_id": ("string",),
            "name": ("string",),
            "spec": ("DeploymentWorkerSpecResponse",),
            "resources": ("DeploymentResourceConfig",),
            "status": ("DeploymentObservedState",),
            "created_at": ("string:date-time",),
            "updated_at": ("string:date-time",),
            "stopped": ("boolean",),
            "rollout_status": ("null", "string"),
            "created_by": ("null", "string"),
            "updated_by": ("null", "string"),
            "deployed_by": ("null", "string"),
            "deployed_at": ("null", "string:date-time"),
            "is_hardened": ("boolean",),
        },
        required=("service_id", "name", "spec", "resources", "status", "created_at", "updated_at"),
    ),
    "PartialScheduleDefinition": ObjectFacts(
        fields={
            "input": ("any",),
            "calendars": ("array[ScheduleCalendar]",),
            "intervals": ("array[ScheduleInterval]",),
            "cron_expressions": ("array[string]",),
            "skip": ("array[ScheduleCalendar]",),
            "start_at": ("null", "string:date-time"),
            "end_at": ("null", "string:date-time"),
            "jitter": ("null", "string:duration"),
            "time_zone_name": ("null", "string"),
            "policy": ("SchedulePolicy",),
            "max_executions": ("integer", "null"),
        },
        required=(),
    ),
    "QueryDefinition": ObjectFacts(
        fields={
            "name": ("string",),
            "description": ("null", "string"),
            "input_schema": ("object",),
            "output_schema": ("null", "object"),
        },
        required=("name", "input_schema"),
    ),
    "ScalarMetric": ObjectFacts(
        fields={
            "value": ("integer", "number"),
        },
        required=("value",),
    ),
    "ScheduleCalendar": ObjectFacts(
        fields={
            "second": ("array[ScheduleRange]",),
            "minute": ("array[ScheduleRange]",),
            "hour": ("array[ScheduleRange]",),
            "day_of_month": ("array[ScheduleRange]",),
            "month": ("array[ScheduleRange]",),
            "year": ("array[ScheduleRange]",),
            "day_of_week": ("array[ScheduleRange]",),
            "comment": ("null", "string"),
        },
        required=(),
    ),
    "ScheduleDefinition": ObjectFacts(
        fields={
            "input": ("any",),
            "calendars": ("array[ScheduleCalendar]",),
            "intervals": ("array[ScheduleInterval]",),
            "cron_expressions": ("array[string]",),
            "skip": ("array[ScheduleCalendar]",),
            "start_at": ("null", "string:date-time"),
            "end_at": ("null", "string:date-time"),
            "jitter": ("null", "string:duration"),
            "time_zone_name": ("null", "string"),
            "policy": ("SchedulePolicy",),
            "max_executions": ("integer", "null"),
            "schedule_id": ("null", "string"),
        },
        required=("input",),
    ),
    "ScheduleDefinitionOutput": ObjectFacts(
        fields={
            "input": ("any",),
            "calendars": ("array[ScheduleCalendar]",),
            "intervals": ("array[ScheduleInterval]",),
            "cron_expressions": ("array[string]",),
            "skip": ("array[ScheduleCalendar]",),
            "start_at": ("null", "string:date-time"),
            "end_at": ("null", "string:date-time"),
            "jitter": ("null", "string:duration"),
            "time_zone_name": ("null", "string"),
            "policy": ("SchedulePolicy",),
            "schedule_id": ("string",),
            "remaining_executions": ("integer", "null"),
            "workflow_name": ("string",),
            "deployment_name": ("null", "string"),
            "paused": ("boolean",),
            "note": ("null", "string"),
            "future_executions": ("array[ScheduleFutureExecution]",),
            "recent_executions": ("array[ScheduleRecentExecution]",),
        },
        required=("input", "schedule_id", "workflow_name", "paused"),
    ),
    "ScheduleFutureExecution": ObjectFacts(
        fields={
            "scheduled_at": ("string:date-time",),
        },
        required=("scheduled_at",),
    ),
    "ScheduleInterval": ObjectFacts(
        fields={
            "every": ("string:duration",),
            "offset": ("null", "string:duration"),
        },
        required=("every",),
    ),
    "SchedulePolicy": ObjectFacts(
        fields={
            "catchup_window_seconds": ("integer",),
            "overlap": ("ScheduleOverlapPolicy",),
            "pause_on_failure": ("boolean",),
        },
        required=(),
    ),
    "ScheduleRange": ObjectFacts(
        fields={
            "start": ("integer",),
            "end": ("integer",),
            "step": ("integer",),
        },
        required=("start",),
    ),
    "ScheduleRecentExecution": ObjectFacts(
        fields={
            "scheduled_at": ("string:date-time",),
            "started_at": ("string:date-time",),
            "execution_id": ("string",),
        },
        required=("scheduled_at", "started_at", "execution_id"),
    ),
    "SignalDefinition": ObjectFacts(
        fields={
            "name": ("string",),
            "description": ("null", "string"),
            "input_schema": ("object",),
        },
        required=("name", "input_schema"),
    ),
    "TimeSeriesMetric": ObjectFacts(
        fields={
            "value": ("array[array[any]]",),
        },
        required=("value",),
    ),
    "UpdateDefinition": ObjectFacts(
        fields={
            "name": ("string",),
            "description": ("null", "string"),
            "input_schema": ("object",),
            "output_schema": ("null", "object"),
        },
        required=("name", "input_schema"),
    ),
    "UpdateDeploymentRequest": ObjectFacts(
        fields={
            "spec": ("WorkflowsWorkerSpecUpdate", "null"),
            "resources": ("DeploymentResourceConfigUpdate", "null"),
        },
        required=(),
    ),
    "Workflow": ObjectFacts(
        fields={
            "id": ("string:uuid",),
            "name": ("string",),
            "display_name": ("string",),
            "type": ("WorkflowType",),
            "description": ("null", "string"),
            "customer_id": ("string:uuid",),
            "workspace_id": ("string:uuid",),
            "shared_namespace": ("null", "string"),
            "available_in_chat_assistant": ("boolean",),
            "is_technical": ("boolean",),
            "archived": ("boolean",),
            "tags": ("array[string]",),
        },
        required=("id", "name", "display_name", "type", "customer_id", "workspace_id"),
    ),
    "WorkflowArchiveResponse": ObjectFacts(
        fields={
            "workflow": ("Workflow",),
        },
        required=("workflow",),
    ),
    "WorkflowBasicDefinition": ObjectFacts(
        fields={
            "id": ("string:uuid",),
            "name": ("string",),
            "display_name": ("string",),
            "description": ("null", "string"),
            "metadata": ("WorkflowMetadata",),
            "archived": ("boolean",),
            "tags": ("array[string]",),
        },
        required=("id", "name", "display_name", "archived"),
    ),
    "WorkflowBulkArchiveRequest": ObjectFacts(
        fields={
            "workflow_ids": ("array[string:uuid]",),
        },
        required=("workflow_ids",),
    ),
    "WorkflowBulkArchiveResponse": ObjectFacts(
        fields={
            "archived": ("array[Workflow]",),
            "errored": ("array[WorkflowBulkError]",),
        },
        required=("archived",),
    ),
    "WorkflowBulkError": ObjectFacts(
        fields={
            "workflow_id": ("string:uuid",),
            "workflow": ("Workflow", "null"),
            "message": ("string",),
        },
        required=("workflow_id", "message"),
    ),
    "WorkflowBulkUnarchiveRequest": ObjectFacts(
        fields={
            "workflow_ids": ("array[string:uuid]",),
        },
        required=("workflow_ids",),
    ),
    "WorkflowBulkUnarchiveResponse": ObjectFacts(
        fields={
            "unarchived": ("array[Workflow]",),
            "errored": ("array[WorkflowBulkError]",),
        },
        required=("unarchived",),
    ),
    "WorkflowCodeDefinition": ObjectFacts(
        fields={
            "input_schema": ("object",),
            "output_schema": ("null", "object"),
            "signals": ("array[SignalDefinition]",),
            "queries": ("array[QueryDefinition]",),
            "updates": ("array[UpdateDefinition]",),
            "enforce_determinism": ("boolean",),
            "on_behalf_of": ("boolean",),
            "execution_timeout": ("number",),
            "plugin_metadata": ("null", "object"),
        },
        required=("input_schema",),
    ),
    "WorkflowGetResponse": ObjectFacts(
        fields={
            "workflow": ("WorkflowWithWorkerStatus",),
        },
        required=("workflow",),
    ),
    "WorkflowListResponse": ObjectFacts(
        fields={
            "workflows": ("array[WorkflowBasicDefinition]",),
            "next_cursor": ("null", "string"),
        },
        required=("workflows", "next_cursor"),
    ),
    "WorkflowMetadata": ObjectFacts(
        fields={
            "shared_namespace": ("null", "string"),
        },
        required=(),
    ),
    "WorkflowMetrics": ObjectFacts(
        fields={
            "execution_count": ("ScalarMetric",),
            "success_count": ("ScalarMetric",),
            "error_count": ("ScalarMetric",),
            "average_latency_ms": ("ScalarMetric",),
            "latency_over_time": ("TimeSeriesMetric",),
            "retry_rate": ("ScalarMetric",),
        },
        required=(
            "execution_count",
            "success_count",
            "error_count",
            "average_latency_ms",
            "latency_over_time",
            "retry_rate",
        ),
    ),
    "WorkflowRegistration": ObjectFacts(
        fields={
            "id": ("string:uuid",),
            "deployment_id": ("null", "string:uuid"),
            "task_queue": ("null", "string"),
            "definition": ("WorkflowCodeDefinition",),
            "workflow_id": ("string:uuid",),
            "workflow": ("Workflow", "null"),
            "deployment_name": ("null", "string"),
            "compatible_with_chat_assistant": ("boolean",),
        },
        required=("id", "definition", "workflow_id"),
    ),
    "WorkflowRegistrationGetResponse": ObjectFacts(
        fields={
            "workflow_registration": ("WorkflowRegistrationWithWorkerStatus",),
            "workflow_version": ("WorkflowRegistrationWithWorkerStatus",),
        },
        required=("workflow_registration", "workflow_version"),
    ),
    "WorkflowRegistrationListResponse": ObjectFacts(
        fields={
            "workflow_registrations": ("array[WorkflowRegistration]",),
            "next_cursor": ("null", "string"),
            "workflow_versions": ("array[WorkflowRegistration]",),
        },
        required=("workflow_registrations", "next_cursor", "workflow_versions"),
    ),
    "WorkflowRegistrationWithWorkerStatus": ObjectFacts(
        fields={
            "id": ("string:uuid",),
            "deployment_id": ("null", "string:uuid"),
            "task_queue": ("null", "string"),
            "definition": ("WorkflowCodeDefinition",),
            "workflow_id": ("string:uuid",),
            "workflow": ("Workflow", "null"),
            "deployment_name": ("null", "string"),
            "compatible_with_chat_assistant": ("boolean",),
            "active": ("boolean",),
        },
        required=("id", "definition", "workflow_id", "active"),
    ),
    "WorkflowScheduleListResponse": ObjectFacts(
        fields={
            "schedules": ("array[ScheduleDefinitionOutput]",),
            "next_page_token": ("null", "string"),
        },
        required=("schedules",),
    ),
    "WorkflowSchedulePauseRequest": ObjectFacts(
        fields={
            "note": ("null", "string"),
        },
        required=(),
    ),
    "WorkflowScheduleRequest": ObjectFacts(
        fields={
            "schedule": ("ScheduleDefinition",),
            "workflow_registration_id": ("null", "string:uuid"),
            "workflow_version_id": ("null", "string:uuid"),
            "workflow_identifier": ("null", "string"),
            "workflow_task_queue": ("null", "string"),
            "schedule_id": ("null", "string"),
            "deployment_name": ("null", "string"),
        },
        required=("schedule",),
    ),
    "WorkflowScheduleResponse": ObjectFacts(
        fields={
            "schedule_id": ("string",),
        },
        required=("schedule_id",),
    ),
    "WorkflowScheduleTriggerRequest": ObjectFacts(
        fields={
            "overlap": ("ScheduleOverlapPolicy", "null"),
        },
        required=(),
    ),
    "WorkflowScheduleUpdateRequest": ObjectFacts(
        fields={
            "schedule": ("PartialScheduleDefinition",),
        },
        required=("schedule",),
    ),
    "WorkflowUnarchiveResponse": ObjectFacts(
        fields={
            "workflow": ("Workflow",),
        },
        required=("workflow",),
    ),
    "WorkflowUpdateRequest": ObjectFacts(
        fields={
            "display_name": ("null", "string"),
            "description": ("null", "string"),
            "available_in_chat_assistant": ("boolean", "null"),
            "tags": ("array[string]", "null"),
        },
        required=(),
    ),
    "WorkflowUpdateResponse": ObjectFacts(
        fields={
            "workflow": ("Workflow",),
        },
        required=("workflow",),
    ),
    "WorkflowWithWorkerStatus": ObjectFacts(
        fields={
            "id": ("string:uuid",),
            "name": ("string",),
            "display_name": ("string",),
            "type": ("WorkflowType",),
            "description": ("null", "string"),
            "customer_id": ("string:uuid",),
            "workspace_id": ("string:uuid",),
            "shared_namespace": ("null", "string"),
            "available_in_chat_assistant": ("boolean",),
            "is_technical": ("boolean",),
            "archived": ("boolean",),
            "tags": ("array[string]",),
            "active": ("boolean",),
        },
        required=("id", "name", "display_name", "type", "customer_id", "workspace_id", "active"),
    ),
    "WorkflowsWorkerSpecUpdate": ObjectFacts(
        fields={
            "github_url": ("null", "string"),
            "revision": ("null", "string"),
            "entrypoint": ("null", "string"),
            "working_dir": ("null", "string"),
        },
        required=(),
    ),
}
CONTRACT_ENUMS: dict[str, tuple[str | int, ...]] = {
    "EncodedPayloadOptions": ("offloaded", "encrypted", "encrypted-partial", "compressed"),
    "EventProgressStatus": ("RUNNING", "COMPLETED", "FAILED"),
    "EventSource": ("DATABASE", "LIVE", "HYBRID"),
    "EventType": ("EVENT", "EVENT_PROGRESS"),
    "TempoTraceScopeKind": ("SPAN_KIND_INTERNAL", "SPAN_KIND_SERVER", "SPAN_KIND_CLIENT"),
    "WorkflowExecutionStatus": (
        "RUNNING",
        "COMPLETED",
        "FAILED",
        "CANCELED",
        "TERMINATED",
        "CONTINUED_AS_NEW",
        "TIMED_OUT",
        "RETRYING_AFTER_ERROR",
    ),
    # official-workflows.yaml
    "LocationType": (
        "local",
        "k8s",
        "managed",
    ),
    "ScheduleOverlapPolicy": (
        1,
        2,
        3,
        4,
        5,
        6,
    ),
    "WorkflowEventType": (
        "WORKFLOW_EXECUTION_STARTED",
        "WORKFLOW_EXECUTION_COMPLETED",
        "WORKFLOW_EXECUTION_FAILED",
        "WORKFLOW_EXECUTION_CANCELED",
        "WORKFLOW_EXECUTION_CONTINUED_AS_NEW",
        "WORKFLOW_TASK_TIMED_OUT",
        "WORKFLOW_TASK_FAILED",
        "CUSTOM_TASK_STARTED",
        "CUSTOM_TASK_IN_PROGRESS",
        "CUSTOM_TASK_COMPLETED",
        "CUSTOM_TASK_FAILED",
        "CUSTOM_TASK_TIMED_OUT",
        "CUSTOM_TASK_CANCELED",
        "ACTIVITY_TASK_STARTED",
        "ACTIVITY_TASK_COMPLETED",
        "ACTIVITY_TASK_RETRYING",
        "ACTIVITY_TASK_FAILED",
    ),
    "WorkflowType": ("code",),
}
CONTRACT_UNIONS: dict[str, tuple[str, ...]] = {
    "JSONPatch": ("JSONPatchAdd", "JSONPatchAppend", "JSONPatchRemove", "JSONPatchReplace"),
    "JSONPatchPayloadValueResponse": ("array[JSONPatch]", "string"),
    "WorkflowExecutionTraceSummaryAttributesValues": (
        "array[any]",
        "boolean",
        "integer",
        "null",
        "number",
        "string",
    ),
}
CONTRACT_OPERATIONS: dict[tuple[str, str], OperationFacts] = {
    ("get", "/v1/workflows/executions/{execution_id}"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("WorkflowExecutionResponse",),
    ),
    # runs (official-workflows.yaml)
    ("get", "/v1/workflows/runs"): OperationFacts(
        query=(
            "workflow_identifier",
            "root_execution_id",
            "search",
            "status",
            "deployment_name",
            "sort_by",
            "order",
            "start_time_after",
            "start_time_before",
            "end_time_after",
            "end_time_before",
            "user_id",
            "workflow_tags",
            "include_internal",
            "page_size",
            "next_page_token",
            "search_key",
        ),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("WorkflowExecutionListResponse",),
    ),
    ("get", "/v1/workflows/runs/{run_id}"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("WorkflowExecutionResponse",),
    ),
    ("get", "/v1/workflows/runs/{run_id}/history"): OperationFacts(
        query=("decode_payloads",),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("any",),
    ),
    ("get", "/v1/workflows/executions/{execution_id}/history"): OperationFacts(
        query=("decode_payloads",),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("any",),
    ),
    ("post", "/v1/workflows/executions/{execution_id}/signals"): OperationFacts(
        query=(),
        headers=(),
        success=(202,),
        errors={422: "HTTPValidationError"},
        request_body="SignalInvocationBody",
        success_body=("SignalWorkflowResponse",),
    ),
    ("post", "/v1/workflows/executions/{execution_id}/queries"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body="QueryInvocationBody",
        success_body=("QueryWorkflowResponse",),
    ),
    ("post", "/v1/workflows/executions/{execution_id}/terminate"): OperationFacts(
        query=(),
        headers=(),
        success=(204,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=None,
    ),
    ("post", "/v1/workflows/executions/terminate"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body="BatchExecutionBody",
        success_body=("BatchExecutionResponse",),
    ),
    ("post", "/v1/workflows/executions/{execution_id}/cancel"): OperationFacts(
        query=(),
        headers=(),
        success=(204,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=None,
    ),
    ("post", "/v1/workflows/executions/cancel"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body="BatchExecutionBody",
        success_body=("BatchExecutionResponse",),
    ),
    ("post", "/v1/workflows/executions/{execution_id}/reset"): OperationFacts(
        query=(),
        headers=(),
        success=(204,),
        errors={422: "HTTPValidationError"},
        request_body="ResetInvocationBody",
        success_body=None,
    ),
    ("post", "/v1/workflows/executions/{execution_id}/updates"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body="UpdateInvocationBody",
        success_body=("UpdateWorkflowResponse",),
    ),
    ("get", "/v1/workflows/executions/{execution_id}/trace/info"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("ExecutionTraceInfoResponse",),
    ),
    ("get", "/v1/workflows/executions/{execution_id}/trace/otel"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("WorkflowExecutionTraceOTelResponse",),
    ),
    ("get", "/v1/workflows/executions/{execution_id}/trace/summary"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("WorkflowExecutionTraceSummaryResponse",),
    ),
    ("get", "/v1/workflows/executions/{execution_id}/trace/events"): OperationFacts(
        query=("merge_same_id_events", "include_internal_events"),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("WorkflowExecutionTraceEventsResponse",),
    ),
    ("get", "/v1/workflows/executions/{execution_id}/stream"): OperationFacts(
        query=("event_source", "last_event_id"),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=SseBody(frames=("StreamEventSseErrorData", "StreamEventSsePayload")),
    ),
    ("get", "/v1/workflows/executions/{execution_id}/logs"): OperationFacts(
        query=("run_id", "activity_id", "after", "before", "order", "cursor", "limit"),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("ExecutionLogSearchResponse",),
    ),
    ("get", "/v1/workflows/executions/{execution_id}/logs/stream"): OperationFacts(
        query=("run_id", "activity_id", "after", "last_event_id"),
        headers=("Last-Event-ID",),
        success=(200,),
        errors={404: None, 422: "HTTPValidationError", 503: None},
        request_body=None,
        success_body=SseBody(frames=("ExecutionLogRecord", "StreamError")),
    ),
    ("post", "/v1/workflows/{workflow_identifier}/execute"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body="WorkflowExecutionRequest",
        success_body=("WorkflowExecutionResponse", "WorkflowExecutionSyncResponse"),
    ),
    # workflows, registrations, events, schedules, deployments, metrics (official-workflows.yaml)
    ("get", "/v1/workflows"): OperationFacts(
        query=(
            "status",
            "include_shared",
            "available_in_chat_assistant",
            "deployment_name",
            "deployment_status",
            "archived",
            "tags",
            "sort_by",
            "order",
            "cursor",
            "limit",
            "active_only",
            "search",
        ),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("WorkflowListResponse",),
    ),
    ("put", "/v1/workflows/archive"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body="WorkflowBulkArchiveRequest",
        success_body=("WorkflowBulkArchiveResponse",),
    ),
    ("get", "/v1/workflows/deployments"): OperationFacts(
        query=(
            "active_only",
            "is_hardened",
            "workflow_name",
            "search",
            "order_by",
            "order",
            "limit",
            "cursor",
            "workspace_id",
        ),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("DeploymentListResponse",),
    ),
    ("post", "/v1/workflows/deployments"): OperationFacts(
        query=(),
        headers=(),
        success=(202,),
        errors={422: "HTTPValidationError"},
        request_body="CreateDeploymentRequest",
        success_body=("ManagedDeploymentResponse",),
    ),
    ("patch", "/v1/workflows/deployments/{name}"): OperationFacts(
        query=(),
        headers=(),
        success=(202,),
        errors={422: "HTTPValidationError"},
        request_body="UpdateDeploymentRequest",
        success_body=("ManagedDeploymentResponse",),
    ),
    ("delete", "/v1/workflows/deployments/{name}"): OperationFacts(
        query=(),
        headers=(),
        success=(202,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("ManagedDeploymentResponse",),
    ),
    ("get", "/v1/workflows/deployments/{name}"): OperationFacts(
        query=("workflow_name",),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("DeploymentDetailResponse",),
    ),
    ("get", "/v1/workflows/deployments/{name}/logs"): OperationFacts(
        query=("worker_name", "workflow_name", "after", "before", "order", "cursor", "limit"),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("DeploymentLogSearchResponse",),
    ),
    ("get", "/v1/workflows/deployments/{name}/logs/stream"): OperationFacts(
        query=("worker_name", "workflow_name", "after", "last_event_id"),
        headers=("Last-Event-ID",),
        success=(200,),
        errors={404: None, 422: "HTTPValidationError", 503: None},
        request_body=None,
        success_body=SseBody(frames=("DeploymentLogRecord", "StreamError")),
    ),
    ("post", "/v1/workflows/deployments/{name}/restart"): OperationFacts(
        query=(),
        headers=(),
        success=(202,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("ManagedDeploymentResponse",),
    ),
    ("post", "/v1/workflows/deployments/{name}/start"): OperationFacts(
        query=(),
        headers=(),
        success=(202,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("ManagedDeploymentResponse",),
    ),
    ("post", "/v1/workflows/deployments/{name}/stop"): OperationFacts(
        query=(),
        headers=(),
        success=(202,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("ManagedDeploymentResponse",),
    ),
    ("get", "/v1/workflows/deployments/{name}/workers"): OperationFacts(
        query=("worker_status", "limit", "cursor"),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("DeploymentWorkerListResponse",),
    ),
    ("get", "/v1/workflows/events/list"): OperationFacts(
        query=("root_workflow_exec_id", "workflow_exec_id", "workflow_run_id", "limit", "cursor"),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("ListWorkflowEventResponse",),
    ),
    ("get", "/v1/workflows/events/stream"): OperationFacts(
        query=(
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
        ),
        headers=("last-event-id",),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=SseBody(frames=("StreamEventSseErrorData", "StreamEventSsePayload")),
    ),
    ("get", "/v1/workflows/registrations"): OperationFacts(
        query=(
            "workflow_id",
            "task_queue",
            "active_only",
            "include_shared",
            "workflow_search",
            "archived",
            "with_workflow",
            "available_in_chat_assistant",
            "limit",
            "cursor",
        ),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("WorkflowRegistrationListResponse",),
    ),
    ("get", "/v1/workflows/registrations/{workflow_registration_id}"): OperationFacts(
        query=("with_workflow", "include_shared"),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("WorkflowRegistrationGetResponse",),
    ),
    ("post", "/v1/workflows/registrations/{workflow_registration_id}/execute"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body="WorkflowExecutionRequest",
        deprecated=True,
        success_body=("WorkflowExecutionResponse", "WorkflowExecutionSyncResponse"),
    ),
    ("get", "/v1/workflows/schedules"): OperationFacts(
        query=("workflow_name", "user_id", "status", "search", "page_size", "next_page_token"),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("WorkflowScheduleListResponse",),
    ),
    ("post", "/v1/workflows/schedules"): OperationFacts(
        query=(),
        headers=(),
        success=(201,),
        errors={422: "HTTPValidationError"},
        request_body="WorkflowScheduleRequest",
        success_body=("WorkflowScheduleResponse",),
    ),
    ("get", "/v1/workflows/schedules/{schedule_id}"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("ScheduleDefinitionOutput",),
    ),
    ("delete", "/v1/workflows/schedules/{schedule_id}"): OperationFacts(
        query=(),
        headers=(),
        success=(204,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=None,
    ),
    ("patch", "/v1/workflows/schedules/{schedule_id}"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body="WorkflowScheduleUpdateRequest",
        success_body=("WorkflowScheduleResponse",),
    ),
    ("post", "/v1/workflows/schedules/{schedule_id}/pause"): OperationFacts(
        query=(),
        headers=(),
        success=(204,),
        errors={422: "HTTPValidationError"},
        request_body="WorkflowSchedulePauseRequest",
        optional_body=True,
        success_body=None,
    ),
    ("post", "/v1/workflows/schedules/{schedule_id}/resume"): OperationFacts(
        query=(),
        headers=(),
        success=(204,),
        errors={422: "HTTPValidationError"},
        request_body="WorkflowSchedulePauseRequest",
        optional_body=True,
        success_body=None,
    ),
    ("post", "/v1/workflows/schedules/{schedule_id}/trigger"): OperationFacts(
        query=(),
        headers=(),
        success=(204,),
        errors={422: "HTTPValidationError"},
        request_body="WorkflowScheduleTriggerRequest",
        optional_body=True,
        success_body=None,
    ),
    ("put", "/v1/workflows/unarchive"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body="WorkflowBulkUnarchiveRequest",
        success_body=("WorkflowBulkUnarchiveResponse",),
    ),
    ("get", "/v1/workflows/{workflow_identifier}"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("WorkflowGetResponse",),
    ),
    ("put", "/v1/workflows/{workflow_identifier}"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body="WorkflowUpdateRequest",
        success_body=("WorkflowUpdateResponse",),
    ),
    ("put", "/v1/workflows/{workflow_identifier}/archive"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("WorkflowArchiveResponse",),
    ),
    ("put", "/v1/workflows/{workflow_identifier}/unarchive"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("WorkflowUnarchiveResponse",),
    ),
    ("get", "/v1/workflows/{workflow_name}/metrics"): OperationFacts(
        query=("start_time", "end_time"),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("WorkflowMetrics",),
    ),
}


# ----- beyond the contract: what the official SDK 3.7 calls ------------------------------

# The official SDK (3.7) was generated from a later service than the public contract. These
# facts are transcribed from its models and operations (mistralai/client/workflows.py and
# deployments.py, models/workflowtagsaddrequest.py, deploymentarchiveresponse.py and
# unharden_deployment_..._postop.py).
SDK_OBJECTS: dict[str, ObjectFacts] = {
    "WorkflowTagsAddRequest": ObjectFacts(
        fields={"tags": ("array[string]",)},
        required=("tags",),
    ),
    "DeploymentArchiveResponse": ObjectFacts(
        fields={"archive_id": ("string",), "download_url": ("null", "string")},
        required=("archive_id",),
    ),
    # mistralai/extra/workflows/helpers.py (WorkerInfo, get_scheduler_namespace).
    "WorkerInfo": ObjectFacts(
        fields={"scheduler_url": ("string",), "namespace": ("string",)},
        required=("scheduler_url", "namespace"),
    ),
}
SDK_OPERATIONS: dict[tuple[str, str], OperationFacts] = {
    # Called by the official SDK's payload encoding for the namespace (helpers.py).
    ("get", "/v1/workflows/workers/whoami"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("WorkerInfo",),
    ),
    ("post", "/v1/workflows/{workflow_identifier}/tags"): OperationFacts(
        query=(),
        headers=(),
        success=(204,),
        errors={422: "HTTPValidationError"},
        request_body="WorkflowTagsAddRequest",
        success_body=None,
    ),
    ("get", "/v1/workflows/deployments/{name}/archive"): OperationFacts(
        query=(),
        headers=(),
        success=(200,),
        errors={422: "HTTPValidationError"},
        request_body=None,
        success_body=("DeploymentArchiveResponse",),
    ),
    ("post", "/v1/workflows/deployments/{deployment_id}/unharden"): OperationFacts(
        query=("workspace_id",),
        headers=(),
        success=(204,),
        # The SDK names 403, 404, 409 and 422 and reads them without a schema; our 422 is an
        # HTTPValidationError like every other operation's.
        errors={403: None, 404: None, 409: None, 422: "HTTPValidationError"},
        request_body=None,
        success_body=None,
    ),
}

# Fields and parameters the contract marks deprecated (ours may mark more: the contract only
# says so in the descriptions of `workflow_version`, `workflow_versions` and
# `workflow_version_id`).
CONTRACT_DEPRECATED_FIELDS = (
    ("DeploymentDetailResponse", "location"),
    ("DeploymentResponse", "location"),
    ("DeploymentWorkerSpecResponse", "commit_sha"),
    ("WorkflowExecutionRequest", "task_queue"),
    ("WorkflowRegistration", "deployment_id"),
    ("WorkflowRegistration", "task_queue"),
    ("WorkflowRegistrationWithWorkerStatus", "deployment_id"),
    ("WorkflowRegistrationWithWorkerStatus", "task_queue"),
    ("WorkflowScheduleRequest", "workflow_task_queue"),
)
CONTRACT_DEPRECATED_PARAMETERS = (("get", "/v1/workflows", "active_only"),)


# ----- deliberate differences from the contract -------------------------------------------

# Schemas the contract does not have.
ALLOWED_EXTRA_SCHEMAS = {
    # Body of our documented 401/403/404/409/503 answers.
    "ErrorResponse",
    # Last member of the event union: an event type this document does not know still parses.
    "UnknownWorkflowEvent",
    # The ten fields every event shares; compared below with the contract's shared fields.
    "WorkflowEventBase",
    # Inline enums of the contract's query parameters, named here so that the generated
    # classes get readable names: the runs listing's `sort_by`, the workflows listing's
    # `deployment_status` and the workers listing's `worker_status` (ActivityFilter), the
    # workflows listing's `sort_by`, the deployments listing's `order_by`, the schedules
    # listing's `status` and the global event stream's `scope`.
    "RunSortField",
    "ActivityFilter",
    "WorkflowSortField",
    "DeploymentSortField",
    "ScheduleStatus",
    "EventScope",
    # The deployment log listing's `log_type` (named as in the SDK's models): sent by the
    # official SDK 3.7, not in the contract.
    "DeploymentLogType",
}

# Fields the contract does not have: newer services send them, and the official SDK 3.7
# requires them (its deployment models fail to parse a body without them). Optional here, so
# that bodies of either version parse.
ALLOWED_EXTRA_FIELDS: dict[tuple[str, str], tuple[str, ...]] = {
    ("DeploymentResponse", "last_heartbeat"): ("string:date-time",),
    ("DeploymentDetailResponse", "last_heartbeat"): ("string:date-time",),
    ("DeploymentWorkerResponse", "last_heartbeat"): ("string:date-time",),
    # A union in the SDK (Mistral Cloud or Kubernetes, told apart by `type`); kept as an object.
    ("DeploymentWorkerSpecResponse", "backend_spec"): ("object",),
    # Sent by the official SDK 3.7, not in the contract (both execute operations take this body).
    ("WorkflowExecutionRequest", "traceparent"): ("null", "string"),
    # Sent by the official SDK 3.7 with payload encoding on, instead of `input`
    # (client/_hooks/workflow_encoding_hook.py), not in the contract.
    ("WorkflowExecutionRequest", "encoded_input"): ("NetworkEncodedInput", "null"),
    # Sent by the official SDK 3.7, not in the contract (read by it; answered with include_search_keys).
    ("WorkflowExecutionResponse", "search_keys"): ("map[null|string]", "null"),
    # Sent by the official SDK 3.7, not in the contract: a source archive instead of a repository,
    # the build backend's settings (an object here, a Mistral Cloud spec in the SDK) and roles.
    ("DeploymentWorkerSpecInput", "archive_id"): ("null", "string"),
    ("DeploymentWorkerSpecInput", "backend_spec"): ("null", "object"),
    ("DeploymentWorkerSpecInput", "requested_roles"): ("array[string]", "null"),
    # Sent by the official SDK 3.7, not in the contract (the same three, on update).
    ("WorkflowsWorkerSpecUpdate", "archive_id"): ("null", "string"),
    ("WorkflowsWorkerSpecUpdate", "backend_spec"): ("null", "object"),
    ("WorkflowsWorkerSpecUpdate", "requested_roles"): ("array[string]", "null"),
}

# Fields the contract requires that ours leaves optional. Sent by the official SDK 3.7, not in
# the contract: a deployment built from `archive_id` has no `github_url`. The schema still
# requires github_url when archive_id is absent (if/else; checked below).
ALLOWED_OPTIONAL_FIELDS = {("DeploymentWorkerSpecInput", "github_url")}

# Query parameters the contract does not have, all optional.
ALLOWED_EXTRA_QUERY: dict[tuple[str, str], tuple[str, ...]] = {
    # Sent by the official SDK 3.7, not in the contract.
    ("get", "/v1/workflows/executions/{execution_id}"): ("include_search_keys",),
    # Sent by the official SDK 3.7, not in the contract.
    ("get", "/v1/workflows/deployments/{name}/logs"): ("log_type",),
    # Sent by the official SDK 3.7, not in the contract.
    ("get", "/v1/workflows/deployments"): (
        "created_by",
        "owner",
        "location_types",
        "repository_url",
        "dockerfile_path",
    ),
    # Sent by the official SDK 3.7, not in the contract.
    ("get", "/v1/workflows/registrations"): ("workflow_name",),
}

# The contract repeats the shared fields in each of the 17 event schemas; ours writes each as
# `allOf: [WorkflowEventBase, {event_type, attributes}]`. They are compared on the merged view.
EVENT_SCHEMAS = (
    "ActivityTaskCompletedResponse",
    "ActivityTaskFailedResponse",
    "ActivityTaskRetryingResponse",
    "ActivityTaskStartedResponse",
    "CustomTaskCanceledResponse",
    "CustomTaskCompletedResponse",
    "CustomTaskFailedResponse",
    "CustomTaskInProgressResponse",
    "CustomTaskStartedResponse",
    "CustomTaskTimedOutResponse",
    "WorkflowExecutionCanceledResponse",
    "WorkflowExecutionCompletedResponse",
    "WorkflowExecutionContinuedAsNewResponse",
    "WorkflowExecutionFailedResponse",
    "WorkflowExecutionStartedResponse",
    "WorkflowTaskFailedResponse",
    "WorkflowTaskTimedOutResponse",
)

# Open enums: where the contract has a plain $ref to an enum, ours is
# `anyOf: [{$ref: Enum}, {type: string}]` (`Enum | str` in Python), so a value the server adds
# later parses. Only the added `string` is forgiven; the enum's values are compared in
# test_enum_values_match_the_contract. (ScheduleOverlapPolicy stays closed: an integer enum,
# Temporal's fixed set of overlap policies, shared with the request bodies.)
ALLOWED_OPEN_ENUMS: dict[tuple[str, str], str] = {
    ("WorkflowExecutionResponse", "status"): "WorkflowExecutionStatus",
    ("WorkflowExecutionWithoutResultResponse", "status"): "WorkflowExecutionStatus",
    ("WorkflowExecutionTraceOTelResponse", "status"): "WorkflowExecutionStatus",
    ("WorkflowExecutionTraceSummaryResponse", "status"): "WorkflowExecutionStatus",
    ("WorkflowExecutionTraceEventsResponse", "status"): "WorkflowExecutionStatus",
    ("WorkflowExecutionTraceEvent", "type"): "EventType",
    ("WorkflowExecutionProgressTraceEvent", "type"): "EventType",
    ("WorkflowExecutionProgressTraceEvent", "status"): "EventProgressStatus",
    ("TempoTraceSpan", "kind"): "TempoTraceScopeKind",
    ("Workflow", "type"): "WorkflowType",
    ("WorkflowWithWorkerStatus", "type"): "WorkflowType",
    ("DeploymentLocation", "location_type"): "LocationType",
    # A list of them: the items are open.
    ("JSONPayloadResponse", "encoding_options"): "EncodedPayloadOptions",
    ("JSONPatchPayloadResponse", "encoding_options"): "EncodedPayloadOptions",
    ("DeploymentResponse", "locations"): "LocationType",
    ("DeploymentDetailResponse", "locations"): "LocationType",
}

# The contract's event unions are `oneOf`s; ours are `anyOf`s with one extra, last member.
# (Kinds do not tell oneOf from anyOf: the generator treats both alike, trying members in order.)
ALLOWED_EXTRA_UNION_MEMBERS: dict[tuple[str, str], str] = {
    ("StreamEventSsePayload", "data"): "UnknownWorkflowEvent",
    # The items of a list.
    ("ListWorkflowEventResponse", "events"): "UnknownWorkflowEvent",
}

# Error answers the contract does not document, all with an ErrorResponse body; where the
# contract documents a status without a body (404/503 of the log streams) ours adds that body.
ALLOWED_EXTRA_ERRORS = {401: "ErrorResponse", 404: "ErrorResponse", 409: "ErrorResponse"}
ALLOWED_ERROR_BODY = "ErrorResponse"

# The execution event stream also takes the standard SSE resume header, like logs/stream does
# in the contract.
ALLOWED_EXTRA_HEADERS: dict[tuple[str, str], tuple[str, ...]] = {
    ("get", "/v1/workflows/executions/{execution_id}/stream"): ("Last-Event-ID",),
}

# Optional bodies whose JSON-null alternative is left out: null says what no body says, and
# the generator would send an unset `X | None` body as JSON (it sends none for `X` alone).
ALLOWED_OPTIONAL_BODIES_WITHOUT_NULL = {
    ("post", "/v1/workflows/schedules/{schedule_id}/pause"),
    ("post", "/v1/workflows/schedules/{schedule_id}/resume"),
    ("post", "/v1/workflows/schedules/{schedule_id}/trigger"),
}

ALL_OPERATION_FACTS = CONTRACT_OPERATIONS | SDK_OPERATIONS
ALL_OBJECT_FACTS = CONTRACT_OBJECTS | SDK_OBJECTS


def close_open_enum(ours: frozenset[str], enum: str) -> frozenset[str]:
    """Our kinds with the open-enum widening undone: ``Enum|string`` back to ``Enum``."""
    opened_list = f"array[{'|'.join(sorted((enum, 'string')))}]"
    closed = set(ours)
    if enum in closed:
        closed.discard("string")
    if opened_list in closed:
        closed.remove(opened_list)
        closed.add(f"array[{enum}]")
    return frozenset(closed)


def drop_union_member(ours: frozenset[str], member: str) -> frozenset[str]:
    """Our kinds without ``member``, a member of the union itself or of its list's items."""
    if member in ours:
        return ours - {member}
    dropped = set()
    for kind in ours:
        if kind.startswith("array[") and member in kind[len("array[") : -1].split("|"):
            items = [k for k in kind[len("array[") : -1].split("|") if k != member]
            kind = f"array[{'|'.join(items)}]"
        dropped.add(kind)
    assert dropped != set(ours), f"{member} is not a member of {sorted(ours)}"
    return frozenset(dropped)


def test_schema_names_match_the_contract(openapi_document: dict[str, Any]) -> None:
    contract = set(CONTRACT_OBJECTS) | set(CONTRACT_ENUMS) | set(CONTRACT_UNIONS)
    ours = set(openapi_document["components"]["schemas"])
    assert sorted(contract - ours) == [], "contract schemas missing from openapi.yaml"
    assert sorted(ours - contract - set(SDK_OBJECTS)) == sorted(ALLOWED_EXTRA_SCHEMAS)
    assert sorted(set(SDK_OBJECTS) - ours) == [], "SDK schemas missing from openapi.yaml"


@pytest.mark.parametrize("name", sorted(ALL_OBJECT_FACTS))
def test_object_schema_matches_the_contract(openapi_document: dict[str, Any], name: str) -> None:
    facts = ALL_OBJECT_FACTS[name]
    extra_fields = {f: k for (owner, f), k in ALLOWED_EXTRA_FIELDS.items() if owner == name}
    optional = {f for owner, f in ALLOWED_OPTIONAL_FIELDS if owner == name}
    properties, required = object_view(openapi_document, schema(openapi_document, name))
    assert sorted(properties) == sorted([*facts.fields, *extra_fields]), "field names"
    assert sorted(required) == sorted(set(facts.required) - optional), "required fields"
    assert optional <= set(facts.required), "an allowed optional field the contract does not require"
    ours = {name: kinds(node) for name, node in properties.items()}
    assert sorted(f for f, k in ours.items() if "null" in k and f not in extra_fields) == sorted(
        f for f, k in facts.fields.items() if "null" in k
    ), "nullable fields"
    mismatches = []
    for field_name, contract_kinds in (facts.fields | extra_fields).items():
        got = ours[field_name]
        enum = ALLOWED_OPEN_ENUMS.get((name, field_name))
        if enum is not None:
            closed = close_open_enum(got, enum)
            assert closed != got, f"{field_name} is listed as an open enum but is not open"
            got = closed
        extra = ALLOWED_EXTRA_UNION_MEMBERS.get((name, field_name))
        if extra is not None:
            got = drop_union_member(got, extra)
        if got != frozenset(contract_kinds):
            mismatches.append(f"{field_name}: ours {sorted(got)}, contract {contract_kinds}")
    assert mismatches == []


def test_every_allowance_names_a_field_of_openapi_yaml(openapi_document: dict[str, Any]) -> None:
    """A stale allowance would forgive nothing; each must name a field of ours."""
    for name, field_name in [
        *ALLOWED_OPEN_ENUMS,
        *ALLOWED_EXTRA_UNION_MEMBERS,
        *ALLOWED_EXTRA_FIELDS,
        *ALLOWED_OPTIONAL_FIELDS,
    ]:
        properties, _ = object_view(openapi_document, schema(openapi_document, name))
        assert field_name in properties, f"{name}.{field_name}"
    for key, names in ALLOWED_EXTRA_QUERY.items():
        assert not set(names) & set(ALL_OPERATION_FACTS[key].query), f"{key}: already in the contract"


@pytest.mark.parametrize(
    ("spec", "valid"),
    [
        ({"github_url": "https://github.com/acme/w"}, True),
        ({"archive_id": "arc-1"}, True),
        ({"archive_id": "arc-1", "revision": None}, True),
        ({}, False),
        ({"revision": "main"}, False),
        ({"archive_id": None}, False),
    ],
)
def test_a_deployment_spec_needs_a_repository_or_an_archive(
    openapi_document: dict[str, Any], spec: dict[str, Any], valid: bool
) -> None:
    """github_url is optional (ALLOWED_OPTIONAL_FIELDS) only when archive_id is given."""
    validator = OAS31Validator(
        {"$ref": f"{SCHEMAS_PREFIX}DeploymentWorkerSpecInput", "components": openapi_document["components"]}
    )
    assert validator.is_valid(spec) is valid


@pytest.mark.parametrize("name", sorted(CONTRACT_ENUMS))
def test_enum_values_match_the_contract(openapi_document: dict[str, Any], name: str) -> None:
    ours = schema(openapi_document, name)
    values = CONTRACT_ENUMS[name]
    assert ours["type"] == ("integer" if all(isinstance(v, int) for v in values) else "string")
    assert sorted(ours["enum"]) == sorted(values)


@pytest.mark.parametrize("name", sorted(CONTRACT_UNIONS))
def test_union_schema_matches_the_contract(openapi_document: dict[str, Any], name: str) -> None:
    assert kinds(schema(openapi_document, name)) == frozenset(CONTRACT_UNIONS[name])


def test_event_base_holds_the_fields_the_contract_repeats_in_every_event(
    openapi_document: dict[str, Any],
) -> None:
    properties, required = object_view(openapi_document, schema(openapi_document, "WorkflowEventBase"))
    assert {k: sorted(kinds(v)) for k, v in properties.items()} == {
        k: sorted(v) for k, v in CONTRACT_EVENT_BASE_FIELDS.items()
    }
    assert sorted(required) == sorted(CONTRACT_EVENT_BASE_REQUIRED)


@pytest.mark.parametrize("name", EVENT_SCHEMAS)
def test_event_schema_extends_the_event_base(openapi_document: dict[str, Any], name: str) -> None:
    base, own = schema(openapi_document, name)["allOf"]
    assert base == {"$ref": f"{SCHEMAS_PREFIX}WorkflowEventBase"}
    assert set(own["properties"]) == {"event_type", "attributes"}


@pytest.mark.parametrize(
    ("owner", "path"),
    [("StreamEventSsePayload", ("data",)), ("ListWorkflowEventResponse", ("events", "items"))],
)
def test_unknown_event_is_the_last_member_of_the_event_union(
    openapi_document: dict[str, Any], owner: str, path: tuple[str, ...]
) -> None:
    union: Any = schema(openapi_document, owner)["properties"]
    for key in path:
        union = union[key]
    assert "oneOf" not in union
    members = [kinds(m) for m in union["anyOf"]]
    assert members[-1] == {"UnknownWorkflowEvent"}
    assert sorted(k for m in members[:-1] for k in m) == sorted(EVENT_SCHEMAS)
    mapping = union["discriminator"]["mapping"]
    assert sorted(mapping.values()) == sorted(f"{SCHEMAS_PREFIX}{name}" for name in EVENT_SCHEMAS)
    unknown = schema(openapi_document, "UnknownWorkflowEvent")
    assert unknown.get("additionalProperties") is True


def test_operations_match_the_contract_and_the_sdk(openapi_document: dict[str, Any]) -> None:
    assert len(CONTRACT_OPERATIONS) == 53
    assert sorted(operations(openapi_document)) == sorted(ALL_OPERATION_FACTS)


def _operation_id(key: tuple[str, str]) -> str:
    return f"{key[0]} {key[1]}"


@pytest.mark.parametrize("key", sorted(ALL_OPERATION_FACTS), ids=_operation_id)
def test_operation_matches_the_contract(openapi_document: dict[str, Any], key: tuple[str, str]) -> None:
    facts = ALL_OPERATION_FACTS[key]
    operation = operations(openapi_document)[key]
    extra_query = ALLOWED_EXTRA_QUERY.get(key, ())
    assert sorted(parameter_names(openapi_document, operation, "query")) == sorted(facts.query + extra_query)
    for parameter in operation.get("parameters", []):
        parameter = deref(openapi_document, parameter)
        if parameter["name"] in extra_query:
            assert parameter.get("required", False) is False, parameter["name"]
    # Header names are case-insensitive (the contract spells one `last-event-id`).
    assert sorted(name.lower() for name in parameter_names(openapi_document, operation, "header")) == sorted(
        name.lower() for name in facts.headers + ALLOWED_EXTRA_HEADERS.get(key, ())
    )
    assert operation.get("deprecated", False) is facts.deprecated

    if facts.request_body is None:
        assert "requestBody" not in operation
    else:
        body = deref(openapi_document, operation["requestBody"])
        assert body.get("required", False) is not facts.optional_body
        expected = {facts.request_body}
        if facts.optional_body and key not in ALLOWED_OPTIONAL_BODIES_WITHOUT_NULL:
            expected.add("null")
        assert kinds(body["content"]["application/json"]["schema"]) == expected

    successes = success_responses(openapi_document, operation)
    assert sorted(successes) == sorted(facts.success)
    [success] = successes.values()
    if facts.success_body is None:
        assert "content" not in success
    elif isinstance(facts.success_body, SseBody):
        assert list(success["content"]) == ["text/event-stream"]
        # Declared as a string for the generator; the frames' schemas must still be there.
        for frame in facts.success_body.frames:
            schema(openapi_document, frame)
    else:
        assert kinds(success["content"]["application/json"]["schema"]) == frozenset(facts.success_body)

    errors = {code: r for code, r in responses(openapi_document, operation).items() if code >= 400}
    error_bodies = {
        code: next(iter(kinds(r["content"]["application/json"]["schema"])), None) if "content" in r else None
        for code, r in errors.items()
    }
    for code, contract_body in facts.errors.items():
        assert code in error_bodies, f"{code} missing"
        assert error_bodies[code] == (contract_body or ALLOWED_ERROR_BODY), code
    extra = {code: body for code, body in error_bodies.items() if code not in facts.errors}
    assert extra.items() <= ALLOWED_EXTRA_ERRORS.items()


def test_deprecated_fields_and_parameters_stay_marked(openapi_document: dict[str, Any]) -> None:
    unmarked = []
    for name, field_name in CONTRACT_DEPRECATED_FIELDS:
        properties, _ = object_view(openapi_document, schema(openapi_document, name))
        if properties[field_name].get("deprecated") is not True:
            unmarked.append(f"{name}.{field_name}")
    for method, path, parameter in CONTRACT_DEPRECATED_PARAMETERS:
        operation = operations(openapi_document)[(method, path)]
        params = [deref(openapi_document, p) for p in operation["parameters"]]
        [found] = [p for p in params if p["name"] == parameter]
        if found.get("deprecated") is not True:
            unmarked.append(f"{method} {path} {parameter}")
    assert unmarked == []


# The tag of each operation is the package of its generated module (api/<tag>/<operationId>).
OPERATION_TAGS = {
    "executions",
    "workflows",
    "runs",
    "events",
    "registrations",
    "schedules",
    "deployments",
    "metrics",
    "workers",
}


def test_every_operation_has_one_declared_tag_and_a_snake_case_id(openapi_document: dict[str, Any]) -> None:
    declared = [tag["name"] for tag in openapi_document["tags"]]
    assert sorted(declared) == sorted(OPERATION_TAGS)
    ids = []
    for key, operation in operations(openapi_document).items():
        assert len(operation["tags"]) == 1 and operation["tags"][0] in declared, key
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", operation["operationId"]), key
        ids.append(operation["operationId"])
    assert len(ids) == len(set(ids))
    assert {op["tags"][0] for op in operations(openapi_document).values()} == OPERATION_TAGS
