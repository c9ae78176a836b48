"""The events of every execution: the listing with its cursor, and the global stream with its
filters, its global sequence (children included), resume by `start_seq` or Last-Event-ID, and
the same frame styles and error frames as the execution stream."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest

from mistral_workflows_emulator import EmulatorOptions, RunningEmulator

from ..support import wait_until
from .conftest import SPEED
from .support import Frame, parse_sse

EVENTS = "/v1/workflows/events/list"
STREAM = "/v1/workflows/events/stream"
TERMINAL = {"WORKFLOW_EXECUTION_COMPLETED", "WORKFLOW_EXECUTION_FAILED", "WORKFLOW_EXECUTION_CANCELED"}


@pytest.fixture(scope="module")
def emulator_options() -> EmulatorOptions:
    # The global stream never ends by itself: here it ends after a quiet 0.4 s.
    return EmulatorOptions(speed=SPEED, events_stream_idle_close=0.4)


def _finished(http: httpx.Client, workflow: str, input: dict[str, Any]) -> str:
    execution_id = f"{workflow}-{uuid.uuid4().hex[:8]}"
    body = {"execution_id": execution_id, "input": input, "wait_for_result": True}
    response = http.post(f"/v1/workflows/{workflow}/execute", json=body)
    assert response.status_code == 200, response.text
    return execution_id


def _family(http: httpx.Client) -> str:
    """A finished `parent` with two countdown children."""
    return _finished(http, "parent", {"children": 2, "n": 2, "interval": 0.1})


def _frames(http: httpx.Client, headers: dict[str, str] | None = None, **params: Any) -> list[Frame]:
    response = http.get(STREAM, params=params, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/event-stream")
    return parse_sse(response.text)[0]


def _list_all(http: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        response = http.get(EVENTS, params={**params, **({"cursor": cursor} if cursor else {})})
        assert response.status_code == 200, response.text
        body = response.json()
        events += body["events"]
        cursor = body["next_cursor"]
        if cursor is None:
            return events


def test_a_root_stream_holds_the_children_s_events_in_one_global_sequence(http: httpx.Client) -> None:
    root = _family(http)

    frames = _frames(http, root_workflow_exec_id=root)
    payloads = [frame.json() for frame in frames]

    ids = [int(frame.id or 0) for frame in frames]
    assert ids == sorted(set(ids))
    assert [payload["broker_sequence"] for payload in payloads] == ids
    assert {frame.event for frame in frames} == {"workflow.event"}
    executions = {payload["data"]["workflow_exec_id"] for payload in payloads}
    assert executions == {root, f"{root}-child-0", f"{root}-child-1"}
    terminal = [p["data"]["workflow_exec_id"] for p in payloads if p["data"]["event_type"] in TERMINAL]
    assert terminal[-1] == root and sorted(terminal[:-1]) == [f"{root}-child-0", f"{root}-child-1"]
    for payload in payloads:
        data = payload["data"]
        assert payload["workflow_context"]["root_workflow_exec_id"] == root
        assert payload["stream"] == data["workflow_exec_id"]
        assert payload["metadata"] == {"run_id": data["workflow_run_id"]}


def test_the_stream_resumes_at_start_seq_or_after_last_event_id(http: httpx.Client) -> None:
    root = _family(http)
    frames = _frames(http, root_workflow_exec_id=root)
    middle = frames[len(frames) // 2].json()["broker_sequence"]

    by_start_seq = _frames(http, root_workflow_exec_id=root, start_seq=middle + 1)
    by_header = _frames(http, headers={"Last-Event-ID": str(middle)}, root_workflow_exec_id=root)

    rest = [frame.id for frame in frames if int(frame.id or 0) > middle]
    assert [frame.id for frame in by_start_seq] == rest
    assert [frame.id for frame in by_header] == rest


@pytest.mark.slow  # 15 streams, each read until the emulator ends it: ~6 s
def test_the_filters_narrow_the_stream(http: httpx.Client) -> None:
    root = _family(http)
    every = [frame.json() for frame in _frames(http, root_workflow_exec_id=root)]
    child = f"{root}-child-1"
    child_run = next(p["data"]["workflow_run_id"] for p in every if p["data"]["workflow_exec_id"] == child)

    def ids(**params: Any) -> list[int]:
        return [
            frame.json()["broker_sequence"] for frame in _frames(http, root_workflow_exec_id=root, **params)
        ]

    def expected(keep: Any) -> list[int]:
        return [p["broker_sequence"] for p in every if keep(p["data"])]

    assert ids(workflow_exec_id=child) == expected(lambda d: d["workflow_exec_id"] == child)
    assert ids(stream=child) == expected(lambda d: d["workflow_exec_id"] == child)
    assert ids(parent_workflow_exec_id=root) == expected(lambda d: d["parent_workflow_exec_id"] == root)
    assert ids(workflow_name="countdown") == expected(lambda d: d["workflow_name"] == "countdown")
    assert ids(scope="activity") == expected(lambda d: d["event_type"].startswith("ACTIVITY_"))
    assert ids(scope="workflow") == expected(lambda d: d["event_type"].startswith("WORKFLOW_"))
    assert ids(activity_name="tick") == expected(lambda d: d["event_type"].startswith("ACTIVITY_"))
    assert ids(activity_name="no-such-activity") == []
    types = ["WORKFLOW_EXECUTION_STARTED", "WORKFLOW_EXECUTION_COMPLETED"]
    assert ids(workflow_event_types=types) == expected(lambda d: d["event_type"] in types)
    by_run = expected(lambda d: d["workflow_run_id"] == child_run)
    assert ids(metadata_filters=json.dumps({"run_id": child_run})) == by_run
    assert ids(metadata_filters=f"run_id,{child_run}") == by_run
    assert ids(run_id=child_run) == by_run  # an exploded form object: one parameter per pair
    assert ids(color="blue") == []
    assert ids(workflow_exec_id="*", parent_workflow_exec_id="*") == [p["broker_sequence"] for p in every]


def test_a_stream_follows_live_events_of_new_executions(http: httpx.Client) -> None:
    execution_id = f"live-{uuid.uuid4().hex[:8]}"
    seen: list[dict[str, Any]] = []
    start = http.get(EVENTS, params={"limit": 1000}).json()  # only to know the stream is up
    assert "events" in start
    with http.stream("GET", STREAM, params={"workflow_exec_id": execution_id}) as response:
        assert response.status_code == 200
        http.post("/v1/workflows/countdown/execute", json={"execution_id": execution_id, "input": {"n": 2}})
        buffer = ""
        for text in response.iter_text():
            buffer += text
            seen = [frame.json() for frame in parse_sse(buffer)[0]]
            if seen and seen[-1]["data"]["event_type"] in TERMINAL:
                break

    assert seen[0]["data"]["event_type"] == "WORKFLOW_EXECUTION_STARTED"
    assert seen[-1]["data"]["event_type"] == "WORKFLOW_EXECUTION_COMPLETED"
    assert {p["data"]["workflow_exec_id"] for p in seen} == {execution_id}


def test_error_frames_end_connections_and_start_seq_resumes_without_loss(
    http: httpx.Client, emulator: RunningEmulator
) -> None:
    root = _family(http)
    whole = [frame.id for frame in _frames(http, root_workflow_exec_id=root)]
    emulator.options.sse_error_every = 4
    emulator.options.sse_event_name = ""
    emulator.options.sse_line_ending = "\r\n"

    got: list[str] = []
    reasons: set[str] = set()
    start_seq = 0
    while len(got) < len(whole):
        response = http.get(STREAM, params={"root_workflow_exec_id": root, "start_seq": start_seq})
        assert "\r\n" in response.text
        frames = parse_sse(response.text)[0]
        items = [frame for frame in frames if frame.event != "error"]
        assert {frame.event for frame in items} <= {None}
        assert len(items) <= 4
        reasons |= {frame.json()["reason"] for frame in frames if frame.event == "error"}
        got += [frame.id or "" for frame in items]
        start_seq = items[-1].json()["broker_sequence"] + 1

    assert got == whole
    assert reasons <= {"read_error", "stream_error", "internal_error"} and reasons


def test_the_listing_pages_by_cursor_in_emission_order(http: httpx.Client) -> None:
    root = _family(http)
    streamed = [frame.json()["data"] for frame in _frames(http, root_workflow_exec_id=root)]

    first = http.get(EVENTS, params={"root_workflow_exec_id": root, "limit": 3}).json()
    _finished(http, "countdown", {"n": 1})  # events of another root while paging: not in this one
    paged = first["events"] + _list_all(
        http, root_workflow_exec_id=root, cursor=first["next_cursor"], limit=3
    )

    assert len(first["events"]) == 3
    assert paged == streamed
    child = f"{root}-child-0"
    assert _list_all(http, workflow_exec_id=child) == [e for e in streamed if e["workflow_exec_id"] == child]
    run_id = streamed[0]["workflow_run_id"]
    assert _list_all(http, workflow_run_id=run_id) == [e for e in streamed if e["workflow_run_id"] == run_id]


def test_the_listing_keeps_its_place_while_events_are_added(http: httpx.Client) -> None:
    execution_id = f"countdown-{uuid.uuid4().hex[:8]}"
    http.post("/v1/workflows/countdown/execute", json={"execution_id": execution_id, "input": {"n": 20}})
    page = http.get(EVENTS, params={"workflow_exec_id": execution_id, "limit": 2}).json()
    assert page["next_cursor"] is not None  # the STARTED event and the first activity's, at least
    wait_until(lambda: http.get(f"/v1/workflows/executions/{execution_id}").json()["status"] != "RUNNING")

    rest = _list_all(http, workflow_exec_id=execution_id, cursor=page["next_cursor"])
    whole = _list_all(http, workflow_exec_id=execution_id)

    assert page["events"] + rest == whole
    assert whole[-1]["event_type"] == "WORKFLOW_EXECUTION_COMPLETED"


@pytest.mark.parametrize(
    ("path", "params", "where"),
    [
        (EVENTS, {"cursor": "not-a-cursor"}, ["query", "cursor"]),
        (EVENTS, {"limit": "0"}, ["query", "limit"]),
        (STREAM, {"scope": "everything"}, ["query", "scope"]),
        (STREAM, {"workflow_event_types": "NOT_A_TYPE"}, ["query", "workflow_event_types"]),
        (STREAM, {"start_seq": "soon"}, ["query", "start_seq"]),
        (STREAM, {"metadata_filters": "a,b,c"}, ["query", "metadata_filters"]),
    ],
)
def test_malformed_requests_are_422(
    http: httpx.Client, path: str, params: dict[str, str], where: list[str]
) -> None:
    response = http.get(path, params=params)

    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["loc"] == where
