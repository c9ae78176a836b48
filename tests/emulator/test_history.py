"""The execution history in Temporal's JSON shape, Temporal's reset rule, queries on finished executions."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mistral_workflows_api import AuthenticatedClient
from mistral_workflows_emulator import EmulatorOptions, RunningEmulator
from mistral_workflows_emulator import _views as views
from mistral_workflows_emulator.__main__ import _parser

from ..support import wait_until
from .support import new_id, wait_for_status

EXECUTIONS = "/v1/workflows/executions"
WT = ["WORKFLOW_TASK_SCHEDULED", "WORKFLOW_TASK_STARTED", "WORKFLOW_TASK_COMPLETED"]
RESET_KINDS = (
    "WORKFLOW_TASK_COMPLETED",
    "WORKFLOW_TASK_STARTED",
    "WORKFLOW_TASK_FAILED",
    "WORKFLOW_TASK_TIMED_OUT",
)
_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3}|\.\d{6}|\.\d{9})?Z$")


# ----- helpers ----------------------------------------------------------------------------------


def _start(http: httpx.Client, workflow: str, input: dict[str, Any] | None = None, **body: Any) -> str:
    execution_id = new_id(workflow)
    response = http.post(
        f"/v1/workflows/{workflow}/execute", json={"execution_id": execution_id, "input": input or {}, **body}
    )
    assert response.status_code == 200, response.text
    return execution_id


def _run(http: httpx.Client, workflow: str, input: dict[str, Any] | None = None, **body: Any) -> str:
    """Start and wait until the execution has finished, whatever its end."""
    execution_id = _start(http, workflow, input, **body)
    _wait(http, execution_id, {"COMPLETED", "FAILED", "CANCELED", "TERMINATED", "TIMED_OUT"})
    return execution_id


def _wait(http: httpx.Client, execution_id: str, statuses: set[str], timeout: float = 10.0) -> dict[str, Any]:
    """The execution, once its status is one of ``statuses``."""
    seen: list[dict[str, Any]] = []

    def reached() -> dict[str, Any] | None:
        seen.append(http.get(f"{EXECUTIONS}/{execution_id}").json())
        return seen[-1] if seen[-1]["status"] in statuses else None

    return wait_until(reached, timeout=timeout, message=lambda: f"{execution_id} stayed {seen[-1]['status']}")


def _history(http: httpx.Client, execution_id: str, *, decode: bool = True) -> dict[str, Any]:
    params = {"decode_payloads": "true"} if decode else {}
    response = http.get(f"{EXECUTIONS}/{execution_id}/history", params=params)
    assert response.status_code == 200, response.text
    history: dict[str, Any] = response.json()
    return history


def _events(http: httpx.Client, execution_id: str, *, decode: bool = True) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = _history(http, execution_id, decode=decode)["events"]
    return events


def _type(event: dict[str, Any]) -> str:
    event_type: str = event["eventType"]
    return event_type.removeprefix("EVENT_TYPE_")


def _types(events: list[dict[str, Any]]) -> list[str]:
    return [_type(event) for event in events]


def _attributes(event: dict[str, Any]) -> dict[str, Any]:
    (attributes,) = (value for key, value in event.items() if key.endswith("EventAttributes"))
    return dict(attributes)


def _of_type(events: list[dict[str, Any]], event_type: str) -> list[dict[str, Any]]:
    return [event for event in events if _type(event) == event_type]


def _ids(events: list[dict[str, Any]], event_type: str) -> list[int]:
    return [int(event["eventId"]) for event in _of_type(events, event_type)]


def _payload(value: dict[str, Any]) -> Any:
    """The one decoded value of a decoded Payloads."""
    (item,) = value["payloads"]
    return item


def _reset(http: httpx.Client, execution_id: str, event_id: int, **flags: bool) -> httpx.Response:
    return http.post(f"{EXECUTIONS}/{execution_id}/reset", json={"event_id": event_id, **flags})


def _signal(http: httpx.Client, execution_id: str, name: str, **input: Any) -> None:
    response = http.post(f"{EXECUTIONS}/{execution_id}/signals", json={"name": name, "input": input})
    assert response.status_code == 202, response.text


def _update(http: httpx.Client, execution_id: str, by: int) -> Any:
    response = http.post(
        f"{EXECUTIONS}/{execution_id}/updates", json={"name": "increment", "input": {"by": by}}
    )
    assert response.status_code == 200, response.text
    return response.json()["result"]


def _query(http: httpx.Client, execution_id: str, name: str) -> httpx.Response:
    return http.post(f"{EXECUTIONS}/{execution_id}/queries", json={"name": name})


def _wait_for_types(
    http: httpx.Client, execution_id: str, *wanted: str, count: int = 1
) -> list[dict[str, Any]]:
    """The history once it has `count` events of each wanted type."""
    seen: list[list[dict[str, Any]]] = []

    def complete() -> list[dict[str, Any]] | None:
        seen.append(_events(http, execution_id))
        return seen[-1] if all(_types(seen[-1]).count(kind) >= count for kind in wanted) else None

    return wait_until(complete, message=lambda: f"{count} of each of {wanted} in {_types(seen[-1])}")


@pytest.fixture
def short_style(emulator: RunningEmulator) -> Iterator[None]:
    emulator.options.history_style = "short"
    try:
        yield
    finally:
        emulator.options.history_style = "proto"


# ----- the shape --------------------------------------------------------------------------------


def test_a_countdown_history_is_temporal_json(http: httpx.Client) -> None:
    execution_id = _run(http, "countdown", {"n": 2, "interval": 0.1})

    history = _history(http, execution_id)
    events = history["events"]

    execution = http.get(f"{EXECUTIONS}/{execution_id}").json()
    assert {key: history[key] for key in ("execution_id", "run_id", "workflow_name")} == {
        "execution_id": execution_id,
        "run_id": execution["run_id"],
        "workflow_name": "countdown",
    }
    step = ["ACTIVITY_TASK_SCHEDULED", "ACTIVITY_TASK_STARTED", "ACTIVITY_TASK_COMPLETED", *WT]
    assert _types(events) == ["WORKFLOW_EXECUTION_STARTED", *WT, *step, *step, "WORKFLOW_EXECUTION_COMPLETED"]
    assert [event["eventId"] for event in events] == [str(n) for n in range(1, len(events) + 1)]
    times = [event["eventTime"] for event in events]
    assert all(_TIME.match(moment) for moment in times)
    assert times == sorted(times)
    for event in events:
        name = "".join(word.capitalize() for word in _type(event).split("_"))
        attributes_key = f"{name[0].lower()}{name[1:]}EventAttributes"
        assert set(event) == {"eventId", "eventTime", "eventType", "taskId", attributes_key}
        assert event["eventType"].startswith("EVENT_TYPE_")
        assert isinstance(event["taskId"], str)

    started = _attributes(events[0])
    assert started["workflowType"] == {"name": "countdown"}
    assert started["workflowId"] == execution_id
    assert started["firstExecutionRunId"] == started["originalExecutionRunId"] == execution["run_id"]
    assert _payload(started["input"]) == {"n": 2, "interval": 0.1}
    by_id = {event["eventId"]: event for event in events}
    for event in _of_type(events, "WORKFLOW_TASK_COMPLETED"):
        attributes = _attributes(event)
        assert _type(by_id[attributes["scheduledEventId"]]) == "WORKFLOW_TASK_SCHEDULED"
        assert _type(by_id[attributes["startedEventId"]]) == "WORKFLOW_TASK_STARTED"
    scheduled = _of_type(events, "ACTIVITY_TASK_SCHEDULED")
    assert [_attributes(e)["activityType"] for e in scheduled] == [{"name": "tick"}] * 2
    assert [_payload(_attributes(e)["input"]) for e in scheduled] == [{"remaining": 2}, {"remaining": 1}]
    for event in scheduled:
        completed_by = by_id[_attributes(event)["workflowTaskCompletedEventId"]]
        assert _type(completed_by) == "WORKFLOW_TASK_COMPLETED"
    completed = _of_type(events, "ACTIVITY_TASK_COMPLETED")
    assert [_payload(_attributes(e)["result"]) for e in completed] == [{"remaining": 1}, {"remaining": 0}]
    assert [_attributes(e)["scheduledEventId"] for e in completed] == [e["eventId"] for e in scheduled]
    closing = _attributes(events[-1])
    assert _payload(closing["result"]) == {"counted": 2}
    assert closing["workflowTaskCompletedEventId"] == events[-2]["eventId"]


def test_payloads_are_temporal_payloads_unless_decoded(http: httpx.Client) -> None:
    execution_id = _run(http, "countdown", {"n": 1, "interval": 0})

    encoded = _events(http, execution_id, decode=False)
    decoded = _events(http, execution_id, decode=True)

    payloads = _attributes(encoded[-1])["result"]["payloads"]
    assert len(payloads) == 1
    assert base64.b64decode(payloads[0]["metadata"]["encoding"]) == b"json/plain"
    assert json.loads(base64.b64decode(payloads[0]["data"])) == {"counted": 1}
    assert _attributes(decoded[-1])["result"] == {"payloads": [{"counted": 1}]}
    started = _attributes(encoded[0])["input"]["payloads"][0]
    assert json.loads(base64.b64decode(started["data"])) == {"n": 1, "interval": 0}
    assert len(encoded) == len(decoded)


def test_a_null_payload_is_binary_null() -> None:
    rendered = views._HistoryRenderer("proto", decode_payloads=False)._payload(None)
    assert rendered == {"metadata": {"encoding": base64.b64encode(b"binary/null").decode()}}
    assert views._HistoryRenderer("proto", decode_payloads=True)._payload(None) is None


@pytest.mark.usefixtures("short_style")
def test_the_short_style_is_the_older_tctl_json(http: httpx.Client) -> None:
    execution_id = _run(http, "flaky", {"delay": 0})

    events = _events(http, execution_id)

    assert [event["eventType"] for event in events] == [
        "WorkflowExecutionStarted",
        "WorkflowTaskScheduled",
        "WorkflowTaskStarted",
        "WorkflowTaskCompleted",
        "ActivityTaskScheduled",
        "ActivityTaskStarted",
        "ActivityTaskFailed",
        "WorkflowTaskScheduled",
        "WorkflowTaskStarted",
        "WorkflowTaskCompleted",
        "WorkflowExecutionFailed",
    ]
    assert [event["eventId"] for event in events] == list(range(1, 12))
    failed = events[-1]["workflowExecutionFailedEventAttributes"]
    assert failed["retryState"] == "RetryPolicyNotSet"
    assert failed["workflowTaskCompletedEventId"] == 10
    assert events[0]["workflowExecutionStartedEventAttributes"]["taskQueue"]["kind"] == "Normal"


def test_both_styles_hold_the_same_history(http: httpx.Client, emulator: RunningEmulator) -> None:
    execution_id = _run(http, "slow", {"timeout": 5.0})
    proto = _events(http, execution_id)
    emulator.options.history_style = "short"
    try:
        short = _events(http, execution_id)
    finally:
        emulator.options.history_style = "proto"

    def upper(name: str) -> str:
        return re.sub(r"(?<!^)([A-Z])", r"_\1", name).upper()

    assert [upper(event["eventType"]) for event in short] == _types(proto)
    assert [event["eventId"] for event in short] == [int(event["eventId"]) for event in proto]
    timed_out = _of_type(proto, "WORKFLOW_TASK_TIMED_OUT")[0]
    assert _attributes(timed_out)["timeoutType"] == "TIMEOUT_TYPE_START_TO_CLOSE"
    short_timed_out = short[int(timed_out["eventId"]) - 1]["workflowTaskTimedOutEventAttributes"]
    assert short_timed_out["timeoutType"] == "StartToClose"


def test_the_history_style_is_an_option_and_a_flag() -> None:
    assert EmulatorOptions().history_style == "proto"
    with pytest.raises(ValueError, match="history_style"):
        EmulatorOptions(history_style="xml")  # type: ignore[arg-type]
    assert _parser().parse_args(["--history-style", "short"]).history_style == "short"
    assert _parser().parse_args([]).history_style == "proto"


# ----- each built-in workflow -------------------------------------------------------------------


def test_a_signal_is_signaled_then_a_workflow_task(http: httpx.Client) -> None:
    execution_id = _start(http, "approval")
    _signal(http, execution_id, "approve", by="ops")
    _wait(http, execution_id, {"COMPLETED"})

    events = _events(http, execution_id)

    assert _types(events) == [
        "WORKFLOW_EXECUTION_STARTED",
        *WT,
        "WORKFLOW_EXECUTION_SIGNALED",
        *WT,
        "WORKFLOW_EXECUTION_COMPLETED",
    ]
    signaled = _attributes(events[4])
    assert signaled["signalName"] == "approve"
    assert _payload(signaled["input"]) == {"by": "ops"}
    assert _payload(_attributes(events[-1])["result"]) == {"approved": True, "by": "ops"}


def test_an_update_is_accepted_and_completed_after_its_workflow_task(http: httpx.Client) -> None:
    execution_id = _start(http, "counter", {"start": 1})
    assert _update(http, execution_id, 2) == 3
    _signal(http, execution_id, "add", by=10)
    _signal(http, execution_id, "finish")
    _wait(http, execution_id, {"COMPLETED"})

    events = _events(http, execution_id)

    assert _types(events) == [
        "WORKFLOW_EXECUTION_STARTED",
        *WT,
        *WT,
        "WORKFLOW_EXECUTION_UPDATE_ACCEPTED",
        "WORKFLOW_EXECUTION_UPDATE_COMPLETED",
        "WORKFLOW_EXECUTION_SIGNALED",
        *WT,
        "WORKFLOW_EXECUTION_SIGNALED",
        *WT,
        "WORKFLOW_EXECUTION_COMPLETED",
    ]
    accepted, completed = _attributes(events[7]), _attributes(events[8])
    update_id = accepted["acceptedRequest"]["meta"]["updateId"]
    assert accepted["protocolInstanceId"] == update_id
    assert accepted["acceptedRequest"]["input"]["name"] == "increment"
    assert _payload(accepted["acceptedRequest"]["input"]["args"]) == {"by": 2}
    assert completed["meta"]["updateId"] == update_id
    assert completed["acceptedEventId"] == events[7]["eventId"]
    assert _payload(completed["outcome"]["success"]) == 3
    assert [_attributes(e)["signalName"] for e in _of_type(events, "WORKFLOW_EXECUTION_SIGNALED")] == [
        "add",
        "finish",
    ]
    assert _payload(_attributes(events[-1])["result"]) == {"value": 13}


def test_a_failing_activity_shows_its_attempts_then_the_workflow_fails(http: httpx.Client) -> None:
    execution_id = _run(http, "flaky", {"message": "no luck", "delay": 0})

    events = _events(http, execution_id)

    started = _attributes(_of_type(events, "ACTIVITY_TASK_STARTED")[0])
    assert started["attempt"] == 2
    assert started["lastFailure"]["message"] == "no luck"
    failed = _attributes(_of_type(events, "ACTIVITY_TASK_FAILED")[0])
    assert failed["failure"]["message"] == "no luck"
    assert failed["retryState"] == "RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED"
    assert _types(events)[-4:] == [*WT, "WORKFLOW_EXECUTION_FAILED"]
    closing = _attributes(events[-1])
    assert closing["failure"]["message"] == "no luck"
    assert closing["retryState"] == "RETRY_STATE_RETRY_POLICY_NOT_SET"


def test_sleeps_are_timers_and_cancel_is_requested_then_canceled(http: httpx.Client) -> None:
    execution_id = _start(http, "forever", {"beats": 2, "interval": 0.5})
    _wait_for_types(http, execution_id, "TIMER_FIRED", count=2)
    assert http.post(f"{EXECUTIONS}/{execution_id}/cancel").status_code == 204
    _wait(http, execution_id, {"CANCELED"})

    events = _events(http, execution_id)

    timer = ["TIMER_STARTED", "TIMER_FIRED", *WT]
    assert _types(events) == [
        "WORKFLOW_EXECUTION_STARTED",
        *WT,
        *timer,
        *timer,
        "WORKFLOW_EXECUTION_CANCEL_REQUESTED",
        *WT,
        "WORKFLOW_EXECUTION_CANCELED",
    ]
    started = _of_type(events, "TIMER_STARTED")
    assert [_attributes(e)["startToFireTimeout"] for e in started] == ["0.500s", "0.500s"]
    fired = _of_type(events, "TIMER_FIRED")
    assert [_attributes(e)["startedEventId"] for e in fired] == [e["eventId"] for e in started]
    assert [_attributes(e)["timerId"] for e in fired] == ["1", "2"]


def test_a_cancel_during_a_timer_cancels_the_timer(http: httpx.Client) -> None:
    execution_id = _start(http, "forever", {"beats": 1, "interval": 1000})
    _wait_for_types(http, execution_id, "TIMER_STARTED")
    http.post(f"{EXECUTIONS}/{execution_id}/cancel")
    _wait(http, execution_id, {"CANCELED"})

    events = _events(http, execution_id)

    assert _types(events)[-7:] == [
        "TIMER_STARTED",
        "WORKFLOW_EXECUTION_CANCEL_REQUESTED",
        *WT,
        "TIMER_CANCELED",
        "WORKFLOW_EXECUTION_CANCELED",
    ]
    assert _attributes(events[-2])["startedEventId"] == events[-7]["eventId"]


def test_a_cancel_during_an_activity_requests_its_cancellation(http: httpx.Client) -> None:
    execution_id = _start(http, "countdown", {"n": 5, "interval": 1000, "custom_tasks": False})
    _wait_for_types(http, execution_id, "ACTIVITY_TASK_SCHEDULED")
    http.post(f"{EXECUTIONS}/{execution_id}/cancel")
    _wait(http, execution_id, {"CANCELED"})

    events = _events(http, execution_id)

    assert _types(events)[-6:] == [
        "WORKFLOW_EXECUTION_CANCEL_REQUESTED",
        *WT,
        "ACTIVITY_TASK_CANCEL_REQUESTED",
        "WORKFLOW_EXECUTION_CANCELED",
    ]
    scheduled = _of_type(events, "ACTIVITY_TASK_SCHEDULED")[0]
    assert _attributes(events[-2])["scheduledEventId"] == scheduled["eventId"]


def test_terminate_closes_the_history_with_terminated(http: httpx.Client) -> None:
    execution_id = _start(http, "forever", {"beats": 0})
    _wait_for_types(http, execution_id, "WORKFLOW_TASK_COMPLETED")
    assert http.post(f"{EXECUTIONS}/{execution_id}/terminate").status_code == 204

    events = _events(http, execution_id)

    assert _types(events) == ["WORKFLOW_EXECUTION_STARTED", *WT, "WORKFLOW_EXECUTION_TERMINATED"]
    assert _attributes(events[-1])["reason"] == "terminated"


def test_a_timeout_closes_the_history_with_timed_out(http: httpx.Client) -> None:
    execution_id = _run(http, "slow", {"timeout": 5.0})

    events = _events(http, execution_id)

    assert _types(events) == [
        "WORKFLOW_EXECUTION_STARTED",
        "WORKFLOW_TASK_SCHEDULED",
        "WORKFLOW_TASK_STARTED",
        "WORKFLOW_TASK_TIMED_OUT",
        "WORKFLOW_TASK_SCHEDULED",
        "WORKFLOW_TASK_STARTED",
        "WORKFLOW_TASK_FAILED",
        *WT,
        "TIMER_STARTED",
        "TIMER_FIRED",
        *WT,
        "TIMER_STARTED",
        "WORKFLOW_EXECUTION_TIMED_OUT",
    ]
    scheduled = _of_type(events, "WORKFLOW_TASK_SCHEDULED")
    assert [_attributes(e)["attempt"] for e in scheduled] == [1, 2, 3, 1]
    failed = _attributes(_of_type(events, "WORKFLOW_TASK_FAILED")[0])
    assert failed["cause"] == "WORKFLOW_TASK_FAILED_CAUSE_WORKFLOW_WORKER_UNHANDLED_FAILURE"
    assert failed["failure"]["message"] == "workflow worker lost"
    assert _attributes(events[0])["workflowRunTimeout"] == "5s"
    assert _attributes(events[-1])["retryState"] == "RETRY_STATE_TIMEOUT"


def test_children_are_initiated_started_and_completed(http: httpx.Client) -> None:
    execution_id = _run(http, "parent", {"children": 2, "n": 1, "interval": 0.1})

    events = _events(http, execution_id)

    assert _types(events)[:11] == [
        "WORKFLOW_EXECUTION_STARTED",
        *WT,
        "START_CHILD_WORKFLOW_EXECUTION_INITIATED",
        "START_CHILD_WORKFLOW_EXECUTION_INITIATED",
        "CHILD_WORKFLOW_EXECUTION_STARTED",
        "CHILD_WORKFLOW_EXECUTION_STARTED",
        *WT,
    ]
    assert _types(events)[11:] == [
        "CHILD_WORKFLOW_EXECUTION_COMPLETED",
        *WT,
        "CHILD_WORKFLOW_EXECUTION_COMPLETED",
        *WT,
        "WORKFLOW_EXECUTION_COMPLETED",
    ]
    children = [f"{execution_id}-child-{i}" for i in range(2)]
    initiated = _of_type(events, "START_CHILD_WORKFLOW_EXECUTION_INITIATED")
    assert [_attributes(e)["workflowId"] for e in initiated] == children
    assert [_payload(_attributes(e)["input"]) for e in initiated] == [
        {"n": 1, "interval": 0.1, "custom_tasks": False}
    ] * 2
    started = _of_type(events, "CHILD_WORKFLOW_EXECUTION_STARTED")
    assert [_attributes(e)["initiatedEventId"] for e in started] == [e["eventId"] for e in initiated]
    for event in _of_type(events, "CHILD_WORKFLOW_EXECUTION_COMPLETED"):
        attributes = _attributes(event)
        child = attributes["workflowExecution"]["workflowId"]
        index = children.index(child)
        assert attributes["initiatedEventId"] == initiated[index]["eventId"]
        assert attributes["startedEventId"] == started[index]["eventId"]
        assert _payload(attributes["result"]) == {"counted": 1}
        run_id = http.get(f"{EXECUTIONS}/{child}").json()["run_id"]
        assert attributes["workflowExecution"]["runId"] == run_id
    child_started = _attributes(_events(http, children[0])[0])
    parent_run = http.get(f"{EXECUTIONS}/{execution_id}").json()["run_id"]
    assert child_started["parentWorkflowExecution"] == {"workflowId": execution_id, "runId": parent_run}
    assert child_started["parentWorkflowNamespace"] == "default"
    assert child_started["rootWorkflowExecution"] == {"workflowId": execution_id}


def test_a_cancelled_child_shows_in_its_own_history(http: httpx.Client) -> None:
    execution_id = _start(http, "parent", {"children": 1, "n": 5, "interval": 1000})
    _wait_for_types(http, execution_id, "CHILD_WORKFLOW_EXECUTION_STARTED")
    http.post(f"{EXECUTIONS}/{execution_id}/cancel")
    _wait(http, execution_id, {"CANCELED"})
    child = f"{execution_id}-child-0"
    _wait(http, child, {"CANCELED"})

    assert _types(_events(http, execution_id))[-5:] == [
        "WORKFLOW_EXECUTION_CANCEL_REQUESTED",
        *WT,
        "WORKFLOW_EXECUTION_CANCELED",
    ]
    assert _types(_events(http, child))[-3:] == [
        "WORKFLOW_TASK_COMPLETED",
        "ACTIVITY_TASK_CANCEL_REQUESTED",
        "WORKFLOW_EXECUTION_CANCELED",
    ]


def test_continue_as_new_closes_a_run_and_starts_the_next(
    http: httpx.Client, emulator: RunningEmulator
) -> None:
    execution_id = _run(http, "renew", {"times": 2, "interval": 0.1})
    execution = emulator.app.state.emulator.engine.get(execution_id)
    runs = [run.run_id for run in execution.runs]

    first = views.history(execution, run=execution.runs[0], decode_payloads=True)["events"]
    last = _events(http, execution_id)

    assert len(runs) == 3
    assert _types(first) == [
        "WORKFLOW_EXECUTION_STARTED",
        *WT,
        "ACTIVITY_TASK_SCHEDULED",
        "ACTIVITY_TASK_STARTED",
        "ACTIVITY_TASK_COMPLETED",
        *WT,
        "WORKFLOW_EXECUTION_CONTINUED_AS_NEW",
    ]
    renewed = _attributes(first[-1])
    assert renewed["newExecutionRunId"] == runs[1]
    assert _payload(renewed["input"]) == {"times": 2, "interval": 0.1, "runs_done": 1}
    assert renewed["initiator"] == "CONTINUE_AS_NEW_INITIATOR_WORKFLOW"
    started = _attributes(last[0])
    assert started["continuedExecutionRunId"] == runs[1]
    assert started["firstExecutionRunId"] == runs[0]
    assert started["originalExecutionRunId"] == runs[2]
    assert _types(last)[-1] == "WORKFLOW_EXECUTION_COMPLETED"
    assert last[0]["eventId"] == "1"


# ----- reset, Temporal's rule -------------------------------------------------------------------


def test_reset_points_are_the_workflow_task_events(http: httpx.Client) -> None:
    execution_id = _run(http, "slow", {"timeout": 5.0})
    events = _events(http, execution_id)
    points = sorted(id for kind in RESET_KINDS for id in _ids(events, kind))
    refused = [id for id in range(1, len(events) + 1) if id not in points]

    for event_id in [*refused, 0, len(events) + 1, 10**12]:
        response = _reset(http, execution_id, event_id)
        assert response.status_code == 422, (event_id, response.text)
        (detail,) = response.json()["detail"]
        assert detail["loc"] == ["body", "event_id"]
        assert f"valid: {', '.join(map(str, points))}" in detail["msg"]
        assert detail["input"] == event_id
    assert http.get(f"{EXECUTIONS}/{execution_id}").json()["status"] == "TIMED_OUT"


def test_an_activity_event_is_no_reset_point(http: httpx.Client) -> None:
    execution_id = _run(http, "countdown", {"n": 1, "interval": 0})
    events = _events(http, execution_id)

    response = _reset(http, execution_id, _ids(events, "ACTIVITY_TASK_COMPLETED")[0])

    assert response.status_code == 422
    assert response.json()["detail"][0]["msg"].endswith("valid: 3, 4, 9, 10)")


@pytest.mark.parametrize("kind", ["WORKFLOW_TASK_COMPLETED", "WORKFLOW_TASK_STARTED"])
def test_reset_at_a_workflow_task_reruns_it(http: httpx.Client, kind: str) -> None:
    execution_id = _run(http, "countdown", {"n": 2, "interval": 0.1, "custom_tasks": False})
    before = _events(http, execution_id)
    old_run = http.get(f"{EXECUTIONS}/{execution_id}").json()["run_id"]
    point = _ids(before, kind)[1]
    scheduled = point - 1 if kind == "WORKFLOW_TASK_STARTED" else point - 2

    assert _reset(http, execution_id, point).status_code == 204
    final = _wait(http, execution_id, {"COMPLETED"})

    after = _events(http, execution_id)
    assert final["run_id"] != old_run
    assert final["result"] == {"counted": 2}
    # Kept: up to the task's start; then the reset fails it and the task runs again.
    assert after[: scheduled + 1] == before[: scheduled + 1]
    reset = _attributes(after[scheduled + 1])
    assert _type(after[scheduled + 1]) == "WORKFLOW_TASK_FAILED"
    assert reset["cause"] == "WORKFLOW_TASK_FAILED_CAUSE_RESET_WORKFLOW"
    assert (reset["baseRunId"], reset["newRunId"]) == (old_run, final["run_id"])
    assert _types(after)[scheduled + 2 :] == _types(before)[scheduled - 1 :]
    assert len(_of_type(after, "ACTIVITY_TASK_COMPLETED")) == 2


@pytest.mark.parametrize("kind", ["WORKFLOW_TASK_TIMED_OUT", "WORKFLOW_TASK_FAILED"])
def test_reset_at_a_failed_or_timed_out_workflow_task_retries_it(http: httpx.Client, kind: str) -> None:
    execution_id = _run(http, "slow", {"timeout": 5.0})
    before = _events(http, execution_id)
    point = _ids(before, kind)[0]

    assert _reset(http, execution_id, point).status_code == 204
    _wait(http, execution_id, {"TIMED_OUT"})

    after = _events(http, execution_id)
    kept = point - 3  # the failed task's scheduled event is the first one not kept as it was
    assert after[: kept + 2] == before[: kept + 2]
    assert _type(after[kept + 2]) == "WORKFLOW_TASK_FAILED"
    assert _attributes(after[kept + 2])["cause"] == "WORKFLOW_TASK_FAILED_CAUSE_RESET_WORKFLOW"
    assert _types(after)[kept + 3 :] == _types(before)[kept:]


def test_a_reset_point_of_a_reset_run_can_be_reset_again(http: httpx.Client) -> None:
    execution_id = _run(http, "countdown", {"n": 2, "interval": 0, "custom_tasks": False})
    second_task = _ids(_events(http, execution_id), "WORKFLOW_TASK_COMPLETED")[1]
    assert _reset(http, execution_id, second_task).status_code == 204
    _wait(http, execution_id, {"COMPLETED"})
    once = _events(http, execution_id)
    reset_failure = _ids(once, "WORKFLOW_TASK_FAILED")
    assert len(reset_failure) == 1

    # At the reset's own failed task: the same point again, still one reset in the history.
    assert _reset(http, execution_id, reset_failure[0]).status_code == 204
    _wait(http, execution_id, {"COMPLETED"})
    again = _events(http, execution_id)
    assert _types(again) == _types(once)
    # Later than the first reset: both show.
    last_task = _ids(again, "WORKFLOW_TASK_COMPLETED")[-1]
    assert _reset(http, execution_id, last_task).status_code == 204
    _wait(http, execution_id, {"COMPLETED"})
    twice = _events(http, execution_id)
    assert len(_ids(twice, "WORKFLOW_TASK_FAILED")) == 2
    assert _payload(_attributes(twice[-1])["result"]) == {"counted": 2}


def test_a_finished_failed_execution_can_be_reset(http: httpx.Client, client: AuthenticatedClient) -> None:
    execution_id = _run(http, "flaky", {"delay": 0.5})
    old = http.get(f"{EXECUTIONS}/{execution_id}").json()
    assert old["status"] == "FAILED"

    assert (
        _reset(
            http, execution_id, _ids(_events(http, execution_id), "WORKFLOW_TASK_COMPLETED")[0]
        ).status_code
        == 204
    )

    running = http.get(f"{EXECUTIONS}/{execution_id}").json()
    assert running["status"] == "RUNNING"
    assert running["run_id"] != old["run_id"]
    assert running["end_time"] is None
    final = wait_for_status(client, execution_id, {"FAILED"})
    assert final.run_id == running["run_id"]
    events = _events(http, execution_id)
    assert _types(events)[:8] == [
        "WORKFLOW_EXECUTION_STARTED",
        "WORKFLOW_TASK_SCHEDULED",
        "WORKFLOW_TASK_STARTED",
        "WORKFLOW_TASK_FAILED",
        *WT,
        "ACTIVITY_TASK_SCHEDULED",
    ]
    assert _types(events)[-1] == "WORKFLOW_EXECUTION_FAILED"


def _counter(http: httpx.Client) -> tuple[str, list[dict[str, Any]]]:
    """A counter from 0: update +1, then signal add 10; its history."""
    execution_id = _start(http, "counter", {"start": 0})
    _update(http, execution_id, 1)
    _signal(http, execution_id, "add", by=10)
    events = _wait_for_types(http, execution_id, "WORKFLOW_EXECUTION_SIGNALED")
    assert len(_of_type(events, "WORKFLOW_TASK_COMPLETED")) == 3
    return execution_id, events


@pytest.mark.parametrize(
    ("task", "flags", "value", "signals"),
    [
        # At the first task, both came after the point.
        (0, {}, 11, 1),
        (0, {"exclude_signals": True}, 1, 0),
        (0, {"exclude_updates": True}, 10, 1),
        # At the update's own task: the update is after the point, the signal too.
        (1, {"exclude_updates": True}, 10, 1),
        # At the task after the signal: the signal is before the point, so it stays.
        (2, {"exclude_signals": True, "exclude_updates": True}, 11, 1),
    ],
)
def test_exclude_signals_and_updates_drop_those_after_the_point(
    http: httpx.Client, task: int, flags: dict[str, bool], value: int, signals: int
) -> None:
    execution_id, events = _counter(http)
    point = _ids(events, "WORKFLOW_TASK_COMPLETED")[task]

    assert _reset(http, execution_id, point, **flags).status_code == 204

    assert _query(http, execution_id, "value").json()["result"] == value
    after = _events(http, execution_id)
    assert len(_of_type(after, "WORKFLOW_EXECUTION_SIGNALED")) == signals
    updates = 0 if flags.get("exclude_updates") and task < 2 else 1
    assert len(_of_type(after, "WORKFLOW_EXECUTION_UPDATE_COMPLETED")) == updates
    _signal(http, execution_id, "finish")
    assert _wait(http, execution_id, {"COMPLETED"})["result"] == {"value": value}


def test_signals_after_the_point_come_again_after_the_reset(http: httpx.Client) -> None:
    execution_id, events = _counter(http)
    first_task = _ids(events, "WORKFLOW_TASK_COMPLETED")[0]

    assert _reset(http, execution_id, first_task).status_code == 204

    after = _events(http, execution_id)
    reset = _ids(after, "WORKFLOW_TASK_FAILED")[0]
    (signaled,) = _of_type(after, "WORKFLOW_EXECUTION_SIGNALED")
    assert int(signaled["eventId"]) > reset
    assert _payload(_attributes(signaled)["input"]) == {"by": 10}


def test_a_cancel_request_before_the_point_cancels_the_new_run(http: httpx.Client) -> None:
    execution_id = _start(http, "forever", {"beats": 1, "interval": 0.1})
    _wait_for_types(http, execution_id, "TIMER_FIRED")
    http.post(f"{EXECUTIONS}/{execution_id}/cancel")
    _wait(http, execution_id, {"CANCELED"})
    events = _events(http, execution_id)
    after_cancel = _ids(events, "WORKFLOW_TASK_COMPLETED")[-1]
    before_cancel = _ids(events, "WORKFLOW_TASK_COMPLETED")[-2]

    assert _reset(http, execution_id, after_cancel).status_code == 204
    _wait(http, execution_id, {"CANCELED"})
    assert len(_of_type(_events(http, execution_id), "WORKFLOW_EXECUTION_CANCEL_REQUESTED")) == 1

    kept_tasks = len([i for i in _ids(events, "WORKFLOW_TASK_COMPLETED") if i < before_cancel])
    assert _reset(http, execution_id, before_cancel).status_code == 204
    # A cancel request carried over would act at the new run's first workflow task: once that
    # task has completed, the run must still be running.
    rerun = _wait_for_types(http, execution_id, "WORKFLOW_TASK_COMPLETED", count=kept_tasks + 1)
    assert http.get(f"{EXECUTIONS}/{execution_id}").json()["status"] == "RUNNING"
    assert "WORKFLOW_EXECUTION_CANCEL_REQUESTED" not in _types(rerun)
    assert _types(rerun).count("TIMER_FIRED") == 1
    http.post(f"{EXECUTIONS}/{execution_id}/terminate")


def test_a_reset_parent_adopts_its_children(http: httpx.Client) -> None:
    execution_id = _run(http, "parent", {"children": 2, "n": 1, "interval": 0.1})
    before = _events(http, execution_id)
    point = _ids(before, "WORKFLOW_TASK_COMPLETED")[1]  # the task after the children started

    assert _reset(http, execution_id, point).status_code == 204
    final = _wait(http, execution_id, {"COMPLETED"})

    after = _events(http, execution_id)
    assert final["result"] == {"children": [f"{execution_id}-child-{i}" for i in range(2)]}
    assert len(_of_type(after, "START_CHILD_WORKFLOW_EXECUTION_INITIATED")) == 2
    assert len(_of_type(after, "CHILD_WORKFLOW_EXECUTION_COMPLETED")) == 2
    first_task = _ids(_events(http, execution_id), "WORKFLOW_TASK_COMPLETED")[0]

    # Before the children were started: they are adopted, not started again.
    assert _reset(http, execution_id, first_task).status_code == 204
    _wait(http, execution_id, {"COMPLETED"})
    again = _events(http, execution_id)
    assert len(_of_type(again, "START_CHILD_WORKFLOW_EXECUTION_INITIATED")) == 2
    assert len(_of_type(again, "CHILD_WORKFLOW_EXECUTION_COMPLETED")) == 2


def test_a_timer_kept_by_a_reset_is_not_slept_again(http: httpx.Client) -> None:
    execution_id = _start(http, "forever", {"beats": 2, "interval": 0.1})
    events = _wait_for_types(http, execution_id, "TIMER_FIRED")
    after_timer = _ids(events, "WORKFLOW_TASK_COMPLETED")[1]

    assert _reset(http, execution_id, after_timer).status_code == 204

    rerun = _wait_for_types(http, execution_id, "TIMER_FIRED", count=2)
    assert _types(rerun).count("TIMER_STARTED") == 2
    assert [_attributes(e)["timerId"] for e in _of_type(rerun, "TIMER_FIRED")] == ["1", "2"]
    http.post(f"{EXECUTIONS}/{execution_id}/terminate")


# ----- queries on finished executions ------------------------------------------------------------


def test_queries_answer_on_a_finished_execution_other_actions_conflict(http: httpx.Client) -> None:
    execution_id = _start(http, "counter", {"start": 5})
    _update(http, execution_id, 2)
    _signal(http, execution_id, "finish")
    _wait(http, execution_id, {"COMPLETED"})

    answer = _query(http, execution_id, "value")

    assert answer.status_code == 200
    assert answer.json() == {"query_name": "value", "result": 7}
    assert _query(http, execution_id, "nope").status_code == 422
    assert http.post(f"{EXECUTIONS}/{execution_id}/signals", json={"name": "add"}).status_code == 409
    assert http.post(f"{EXECUTIONS}/{execution_id}/updates", json={"name": "increment"}).status_code == 409
    assert http.post(f"{EXECUTIONS}/{execution_id}/cancel").status_code == 409
    assert http.post(f"{EXECUTIONS}/{execution_id}/terminate").status_code == 409


def test_a_failed_or_terminated_execution_answers_its_last_state(http: httpx.Client) -> None:
    execution_id = _start(http, "countdown", {"n": 5, "interval": 1000})
    _wait_for_types(http, execution_id, "ACTIVITY_TASK_SCHEDULED")
    http.post(f"{EXECUTIONS}/{execution_id}/terminate")

    assert _query(http, execution_id, "remaining").json()["result"] == 5
