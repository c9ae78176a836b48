"""Conformance: schemathesis drives every operation of openapi.yaml against a running emulator
and checks each answer against the document (status codes, content types, schemas), and that
none is a server error. Bounded examples with a fixed seed keep it quick and repeatable.
Its `positive_data_acceptance` check holds the emulator to the document's strictness: a
request the document allows is not refused. Its `negative_data_rejection` check is left out on
purpose: like the real API, the emulator ignores unknown query parameters and body fields
(test_bad_input covers malformed input).

Two allowances. A built-in workflow may refuse what the document allows but cannot describe
(an unknown handler name, an input it cannot take, an event that is not a reset point): a 422
whose every detail has the type `workflow_refused` is not held against the emulator. And
resume ids and page cursors are opaque strings that only the server can issue, which no schema
can describe either: the emulator refuses one it never issued (422, documented in openapi.yaml),
so generated ones are replaced by issued ones or dropped.

Random ids almost never name an execution, so a share of the cases is aimed at real ones: a
finished countdown, a fresh running counter, and the `countdown` workflow for execute.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, seed, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from mistral_workflows_api.models import (
    ExecutionLogRecord,
    StreamEventSseErrorData,
    StreamEventSsePayload,
    UnknownWorkflowEvent,
)
from mistral_workflows_emulator import RunningEmulator, running_emulator
from mistral_workflows_emulator._engine import Refused

from .support import parse_sse

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
HEADERS = {"Authorization": "Bearer conformance"}
FINISHED = "conformance-finished"
STREAMS = ("/stream", "/logs/stream")


@schemathesis.check
def positive_data_within_the_schema(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case[Any]
) -> bool | None:
    """positive_data_acceptance, except for a built-in workflow's own refusals."""
    if response.status_code == 422:
        details = response.json().get("detail")
        if isinstance(details, list) and details and all(d.get("type") == Refused.KIND for d in details):
            return None
    return positive_data_acceptance(ctx, response, case)


CHECKS = [
    not_a_server_error,
    positive_data_within_the_schema,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]

#: schemathesis applies a text/event-stream schema to each event, and ours is the whole
#: stream's ({type: string}): the frames are checked by _validate_frames instead.
STREAM_CHECKS = [check for check in CHECKS if check is not response_schema_conformance]

#: Each operation's examples take about a second: 57 operations.
pytestmark = pytest.mark.slow

schema = schemathesis.openapi.from_path(SPEC)
_aim = itertools.cycle(["generated", "finished", "running"])


@pytest.fixture(scope="module")
def emulator() -> Iterator[RunningEmulator]:
    # The global and deployment-log streams never end by themselves: close them when quiet.
    with running_emulator(speed=1000, events_stream_idle_close=0.3) as emu:
        with httpx.Client(base_url=emu.base_url, headers=HEADERS) as http:
            http.post(
                "/v1/workflows/countdown/execute",
                json={"execution_id": FINISHED, "input": {"n": 2}, "wait_for_result": True},
            ).raise_for_status()
        yield emu


def _running_counter(emulator: RunningEmulator) -> str:
    execution_id = f"conformance-{uuid.uuid4().hex[:8]}"
    with httpx.Client(base_url=emulator.base_url, headers=HEADERS) as http:
        http.post("/v1/workflows/counter/execute", json={"execution_id": execution_id}).raise_for_status()
    return execution_id


#: Where the server's opaque resume ids and page cursors go: generated values become an id
#: the emulator issues (its ids are event sequence numbers, 1 is always valid) or are dropped.
ISSUED_CURSORS = {
    ("query", "last_event_id"): "1",
    ("header", "Last-Event-ID"): "1",
    ("query", "cursor"): None,
    ("query", "next_page_token"): None,
}


def _use_issued_cursors(case: schemathesis.Case[Any]) -> None:
    for (location, name), issued in ISSUED_CURSORS.items():
        values = case.query if location == "query" else case.headers
        if values and values.get(name):
            if issued is None:
                del values[name]
            else:
                values[name] = issued


def _aim_at_real_executions(case: schemathesis.Case[Any], emulator: RunningEmulator) -> None:
    _use_issued_cursors(case)
    target = next(_aim)
    parameters = case.path_parameters or {}
    if "execution_id" in parameters and target != "generated":
        streaming = case.path.endswith(STREAMS)
        if target == "finished" or streaming:
            parameters["execution_id"] = FINISHED
        else:
            parameters["execution_id"] = _running_counter(emulator)
    if "workflow_identifier" in parameters and target != "generated":
        parameters["workflow_identifier"] = "countdown"
        if isinstance(case.body, dict):
            case.body["wait_for_result"] = False


def test_every_operation_of_the_document_is_driven() -> None:
    """The emulator serves all 57 operations: none is left out of the run below."""
    driven = set()
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result
        driven.add(result.ok().definition.raw["operationId"])
    assert len(driven) == 57
    assert all(operation_id for operation_id in driven)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
@seed(20260105)
def test_every_answer_conforms_to_the_document(
    case: schemathesis.Case[Any], emulator: RunningEmulator
) -> None:
    _aim_at_real_executions(case, emulator)

    if not case.path.endswith(STREAMS):
        case.call_and_validate(base_url=emulator.base_url, headers=HEADERS, checks=CHECKS, timeout=30)
        return
    response = case.call(base_url=emulator.base_url, headers=HEADERS, timeout=30)
    case.validate_response(response, checks=STREAM_CHECKS, headers=HEADERS)
    if response.status_code == 200:
        _validate_frames(case.path, response.text)


def _validate_frames(path: str, body: str) -> None:
    """Each frame's data against its component schema, through the generated models."""
    frames = parse_sse(body)[0]
    ids = [int(frame.id or 0) for frame in frames]
    assert ids == sorted(set(ids))
    for frame in frames:
        if frame.event == "error":
            StreamEventSseErrorData.from_dict(frame.json())
        elif path.endswith("/logs/stream"):
            assert frame.event == "log"
            ExecutionLogRecord.from_dict(frame.json())
        else:
            payload = StreamEventSsePayload.from_dict(frame.json())
            assert not isinstance(payload.data, UnknownWorkflowEvent)
            assert str(payload.broker_sequence) == frame.id
