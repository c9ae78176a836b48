"""Malformed requests on every operation: always a 4xx JSON answer, never a 500, and the
server keeps serving. Sent raw, since the generated client cannot send malformed input."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from mistral_workflows_emulator import RunningEmulator

EXECUTIONS = "/v1/workflows/executions"
EXECUTE = "/v1/workflows/countdown/execute"
INVOCATIONS = [f"{EXECUTIONS}/{{id}}/{kind}" for kind in ("signals", "queries", "updates")]
RESET = f"{EXECUTIONS}/{{id}}/reset"
BATCHES = [f"{EXECUTIONS}/cancel", f"{EXECUTIONS}/terminate"]
#: Bodies no operation accepts.
MALFORMED_BODIES: list[bytes] = [
    b"",
    b"{not json",
    b"[]",
    b'"a string"',
    b"null",
    b"{" * 5000 + b"}" * 5000,
    b"x" * 5_000_000,
]
#: Bodies with a wrong type, a missing field or a value out of range, per operation.
BAD_BODIES: list[tuple[str, bytes]] = [
    *[
        (EXECUTE, body)
        for body in (
            b'{"execution_id": 7}',
            b'{"execution_id": "' + b"x" * 300 + b'"}',
            b'{"wait_for_result": "yes"}',
            b'{"timeout_seconds": "soon"}',
            b'{"input": [1]}',
            b'{"input": {"n": 10000000000}}',
            b'{"input": {"n": -1}}',
            b'{"input": {"interval": "slow"}}',
            b'{"input": {"custom_tasks": "no"}}',
            b'{"custom_tracing_attributes": {"a": 1}}',
            b'{"force_new_trace": null}',
            b'{"deployment_name": 5}',
        )
    ],
    *[
        (operation, body)
        for operation in INVOCATIONS
        for body in (
            b"{}",
            b'{"name": 42}',
            b'{"name": null}',
            b'{"name": "value", "input": [1]}',
            b'{"name": "' + b"n" * 1_000_000 + b'"}',
        )
    ],
    *[
        (RESET, body)
        for body in (
            b"{}",
            b'{"event_id": "one"}',
            b'{"event_id": true}',
            b'{"event_id": 1.5}',
            b'{"event_id": 100000000000000000000000000000}',
            b'{"event_id": 1, "exclude_signals": "no"}',
            b'{"event_id": 1, "reason": 3}',
        )
    ],
    *[
        (operation, body)
        for operation in BATCHES
        for body in (
            b"{}",
            b'{"execution_ids": "abc"}',
            b'{"execution_ids": []}',
            b'{"execution_ids": [1]}',
            b'{"execution_ids": null}',
            b'{"execution_ids": ["' + b'", "'.join(b"id%d" % i for i in range(101)) + b'"]}',
        )
    ],
    (f"{EXECUTIONS}/{{id}}/updates", b'{"name": "increment", "input": {"by": "two"}}'),
    (f"{EXECUTIONS}/{{id}}/updates", b'{"name": "increment", "input": {"by": 10000000000000000}}'),
    (f"{EXECUTIONS}/{{id}}/signals", b'{"name": "add", "input": {"by": [1]}}'),
]
GET_OPERATIONS = [
    "",
    "/history",
    "/trace/info",
    "/trace/otel",
    "/trace/summary",
    "/trace/events",
    "/stream",
    "/logs",
    "/logs/stream",
]
BAD_QUERIES: list[dict[str, str]] = [
    {"limit": "0"},
    {"limit": "1000"},
    {"limit": "ten"},
    {"order": "sideways"},
    {"cursor": "not-a-cursor"},
    {"run_id": "not-a-uuid"},
    {"activity_id": "12a"},
    {"after": "yesterday"},
    {"before": "2026-13-45T99:00:00Z"},
    {"last_event_id": "x"},
    {"event_source": "ELSEWHERE"},
    {"merge_same_id_events": "perhaps"},
    {"include_internal_events": "2"},
    {"decode_payloads": "maybe"},
]


def _assert_clean_4xx(response: httpx.Response) -> None:
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
    assert response.headers["content-type"] == "application/json"
    detail = response.json()["detail"]
    if response.status_code == 422:
        assert detail and {"loc", "msg", "type"} <= set(detail[0])
    else:
        assert isinstance(detail, str)


@pytest.fixture(scope="module")
def targets(emulator: RunningEmulator) -> dict[str, str]:
    """A running and a finished execution to aim at."""
    headers = {"Authorization": "Bearer k"}
    with httpx.Client(base_url=emulator.base_url, headers=headers, timeout=30) as http:
        http.post("/v1/workflows/counter/execute", json={"execution_id": "bad-input-running"})
        http.post(
            "/v1/workflows/countdown/execute",
            json={"execution_id": "bad-input-done", "input": {"n": 1}, "wait_for_result": True},
        )
    return {"running": "bad-input-running", "finished": "bad-input-done"}


@pytest.mark.parametrize("body", MALFORMED_BODIES, ids=lambda body: repr(body[:20]))
@pytest.mark.parametrize("operation", [EXECUTE, *INVOCATIONS, RESET, *BATCHES])
def test_malformed_bodies_are_refused(
    http: httpx.Client, targets: dict[str, str], operation: str, body: bytes
) -> None:
    response = http.post(operation.format(id=targets["running"]), content=body)

    assert response.status_code == 422
    _assert_clean_4xx(response)


@pytest.mark.parametrize(("operation", "body"), BAD_BODIES, ids=lambda v: repr(v[:50]))
def test_bad_fields_are_refused(
    http: httpx.Client, targets: dict[str, str], operation: str, body: bytes
) -> None:
    response = http.post(operation.format(id=targets["running"]), content=body)

    assert response.status_code == 422
    _assert_clean_4xx(response)


@pytest.mark.parametrize("query", BAD_QUERIES, ids=lambda query: "&".join(query))
@pytest.mark.parametrize("suffix", GET_OPERATIONS)
def test_bad_query_parameters_never_break_a_read(
    http: httpx.Client, targets: dict[str, str], suffix: str, query: dict[str, str]
) -> None:
    response = http.get(f"{EXECUTIONS}/{targets['finished']}{suffix}", params=query)

    if response.status_code == 200:  # the parameter does not belong to this operation: ignored
        assert next(iter(query)) not in _PARAMETERS_OF.get(suffix, set())
    else:
        _assert_clean_4xx(response)


_PARAMETERS_OF = {
    "/history": {"decode_payloads"},
    "/trace/events": {"merge_same_id_events", "include_internal_events"},
    "/stream": {"last_event_id", "event_source"},
    "/logs": {"limit", "order", "cursor", "run_id", "activity_id", "after", "before"},
    "/logs/stream": {"run_id", "activity_id", "after", "last_event_id"},
}


@pytest.mark.parametrize(
    "odd_id",
    ["%00", "%FF%FE", "%2F%2F", "a%2F..%2Fb", "x" * 10_000, "%20", "%25", "emoji-%F0%9F%98%80"],
)
@pytest.mark.parametrize("suffix", [*GET_OPERATIONS, "/cancel", "/terminate"])
def test_odd_unknown_ids_are_not_found(http: httpx.Client, suffix: str, odd_id: str) -> None:
    method = "POST" if suffix in ("/cancel", "/terminate") else "GET"

    response = http.request(method, f"{EXECUTIONS}/{odd_id}{suffix}")

    assert response.status_code == 404
    _assert_clean_4xx(response)


def test_unknown_fields_and_parameters_are_ignored(http: httpx.Client, targets: dict[str, str]) -> None:
    started = http.post(
        "/v1/workflows/countdown/execute",
        params={"surprise": "1"},
        json={"input": {"n": 1, "extra": True}, "not_in_the_spec": {"x": 1}},
    )
    queried = http.post(
        f"{EXECUTIONS}/{targets['running']}/queries",
        json={"name": "value", "input": {"unused": 1}, "more": None},
    )

    assert started.status_code == 200
    assert queried.json() == {"query_name": "value", "result": 0}


def test_an_empty_execution_id_is_none_and_a_negative_wait_no_wait(http: httpx.Client) -> None:
    """The contract sets no minimum on either: the emulator does not invent one."""
    response = http.post(
        EXECUTE, json={"execution_id": "", "input": {"n": 1}, "wait_for_result": True, "timeout_seconds": -1}
    )

    assert response.status_code == 200
    body = response.json()
    assert body["execution_id"]
    assert http.get(f"{EXECUTIONS}/{body['execution_id']}").status_code == 200


@pytest.mark.parametrize(
    "encoded",
    [
        {"b64payload": "AAEC", "encoding_options": ["encrypted"]},
        {"b64payload": "KLUv/QBYUQAA", "encoding_options": ["compressed", "encrypted-partial"]},
        {"b64payload": "%%%"},
        {"b64payload": "WzFd"},  # [1]: base64 JSON, but not an object
    ],
)
def test_inputs_the_workflows_cannot_read_are_relayed_not_refused(
    http: httpx.Client, targets: dict[str, str], encoded: dict[str, Any]
) -> None:
    """The server relays inputs to workers without reading them, so an encoded input reaches the
    workflow as sent (the counter's handlers take a missing `by` as 1)."""
    running = f"{EXECUTIONS}/{targets['running']}"
    before = http.post(f"{running}/queries", json={"name": "value"}).json()["result"]

    signaled = http.post(f"{running}/signals", json={"name": "add", "input": encoded})
    queried = http.post(f"{running}/queries", json={"name": "value", "input": encoded})
    updated = http.post(f"{running}/updates", json={"name": "increment", "input": encoded})

    assert signaled.status_code == 202
    assert queried.status_code == 200
    assert updated.status_code == 200
    assert updated.json()["result"] > before


def test_a_plain_base64_input_is_decoded(http: httpx.Client, targets: dict[str, str]) -> None:
    running = f"{EXECUTIONS}/{targets['running']}"
    before = http.post(f"{running}/queries", json={"name": "value"}).json()["result"]

    updated = http.post(
        f"{running}/updates", json={"name": "increment", "input": {"b64payload": "eyJieSI6IDV9"}}
    )

    assert updated.json()["result"] == before + 5


def test_wrong_methods_and_paths_are_json_errors(http: httpx.Client) -> None:
    wrong_method = http.delete(f"{EXECUTIONS}/x")
    wrong_path = http.get("/v1/elsewhere")

    assert wrong_method.status_code == 405
    assert wrong_path.status_code == 404
    for response in (wrong_method, wrong_path):
        _assert_clean_4xx(response)


def test_the_server_still_serves_after_all_that(
    http: httpx.Client, targets: dict[str, str], emulator: RunningEmulator
) -> None:
    response = http.get(f"{EXECUTIONS}/{targets['finished']}")

    body: dict[str, Any] = response.json()
    assert response.status_code == 200
    assert body["result"] == {"counted": 1}
