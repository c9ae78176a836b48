"""Every built-in workflow, driven through the generated client over loopback HTTP."""

from __future__ import annotations

import pytest

from mistral_workflows_api import AuthenticatedClient
from mistral_workflows_api.api.executions import (
    cancel_execution,
    get_execution,
    query_execution,
    signal_execution,
    terminate_execution,
    update_execution,
)
from mistral_workflows_api.api.workflows import execute_workflow
from mistral_workflows_api.models import (
    ActivityTaskCompletedResponse,
    CustomTaskInProgressResponse,
    ErrorResponse,
    JSONPatchPayloadResponse,
    JSONPayloadResponse,
    QueryInvocationBody,
    QueryWorkflowResponse,
    SignalInvocationBody,
    SignalInvocationBodyInputType1,
    SignalWorkflowResponse,
    StreamEventSsePayload,
    UnknownWorkflowEvent,
    UpdateInvocationBody,
    UpdateInvocationBodyInputType1,
    UpdateWorkflowResponse,
    WorkflowExecutionContinuedAsNewResponse,
    WorkflowExecutionFailedResponse,
    WorkflowExecutionRequest,
    WorkflowExecutionResponse,
    WorkflowExecutionStartedResponse,
    WorkflowExecutionSyncResponse,
)

from .support import (
    event_types,
    history_events,
    new_id,
    parsed,
    run_to_end,
    start,
    status_of,
    stream_frames,
    wait_for_status,
)


def _signal(client: AuthenticatedClient, execution_id: str, name: str, **input: object) -> int:
    body = SignalInvocationBody(name=name, input_=SignalInvocationBodyInputType1.from_dict(input))
    return signal_execution.sync_detailed(execution_id, client=client, body=body).status_code


def _query(client: AuthenticatedClient, execution_id: str, name: str) -> object:
    response = query_execution.sync_detailed(execution_id, client=client, body=QueryInvocationBody(name=name))
    return parsed(response, QueryWorkflowResponse).result


def _increment(client: AuthenticatedClient, execution_id: str, by: int) -> object:
    body = UpdateInvocationBody(name="increment", input_=UpdateInvocationBodyInputType1.from_dict({"by": by}))
    response = update_execution.sync_detailed(execution_id, client=client, body=body)
    return parsed(response, UpdateWorkflowResponse).result


def test_countdown_without_custom_tasks_emits_two_events_per_step(
    client: AuthenticatedClient,
) -> None:
    execution = start(client, "countdown", {"n": 4, "interval": 0.1, "custom_tasks": False})

    frames = stream_frames(client, execution.execution_id)

    payloads = [StreamEventSsePayload.from_dict(frame.json()) for frame in frames]
    assert not any(isinstance(p.data, UnknownWorkflowEvent) for p in payloads)
    assert [p.broker_sequence for p in payloads] == list(range(1, 11))
    assert [frame.id for frame in frames] == [str(n) for n in range(1, 11)]
    assert event_types(frames) == [
        "WORKFLOW_EXECUTION_STARTED",
        *["ACTIVITY_TASK_STARTED", "ACTIVITY_TASK_COMPLETED"] * 4,
        "WORKFLOW_EXECUTION_COMPLETED",
    ]
    ticks = [p.data for p in payloads if isinstance(p.data, ActivityTaskCompletedResponse)]
    assert [t.attributes.activity_name for t in ticks] == ["tick"] * 4
    assert [t.attributes.result.value for t in ticks] == [{"remaining": k} for k in (3, 2, 1, 0)]
    assert isinstance(payloads[0].data, WorkflowExecutionStartedResponse)
    assert payloads[0].workflow_context.workflow_exec_id == execution.execution_id
    final = parsed(
        get_execution.sync_detailed(execution.execution_id, client=client),
        WorkflowExecutionResponse,
    )
    assert final.status == "COMPLETED"
    assert final.result == {"counted": 4}
    assert final.end_time is not None


def test_countdown_with_custom_tasks_reports_progress_in_both_payload_forms(
    client: AuthenticatedClient,
) -> None:
    execution = start(client, "countdown", {"n": 3, "interval": 0})

    frames = stream_frames(client, execution.execution_id)

    assert len(frames) == 3 * 3 + 4
    types = event_types(frames)
    assert types[1] == "CUSTOM_TASK_STARTED"
    assert types.count("CUSTOM_TASK_IN_PROGRESS") == 3
    assert types[-2:] == ["CUSTOM_TASK_COMPLETED", "WORKFLOW_EXECUTION_COMPLETED"]
    progress = [
        p.data
        for p in (StreamEventSsePayload.from_dict(frame.json()) for frame in frames)
        if isinstance(p.data, CustomTaskInProgressResponse)
    ]
    kinds = [type(event.attributes.payload) for event in progress]
    assert kinds == [JSONPayloadResponse, JSONPatchPayloadResponse, JSONPayloadResponse]


def test_countdown_query_tells_the_remaining_steps(client: AuthenticatedClient) -> None:
    execution = start(client, "countdown", {"n": 1000, "interval": 10})

    assert _query(client, execution.execution_id, "remaining") == 1000


@pytest.mark.parametrize(("signal", "approved"), [("approve", True), ("reject", False)])
def test_approval_completes_on_its_signal(client: AuthenticatedClient, signal: str, approved: bool) -> None:
    execution = start(client, "approval")
    assert status_of(client, execution.execution_id) == "RUNNING"

    assert _signal(client, execution.execution_id, signal, by="ada") == 202

    final = wait_for_status(client, execution.execution_id, {"COMPLETED"})
    assert final.result == {"approved": approved, "by": "ada"}


def test_signal_answers_the_acknowledgement_model(client: AuthenticatedClient) -> None:
    execution = start(client, "approval")
    body = SignalInvocationBody(name="approve")

    response = signal_execution.sync_detailed(execution.execution_id, client=client, body=body)

    assert parsed(response, SignalWorkflowResponse, 202).message == "Signal accepted"


def test_counter_answers_queries_and_updates_then_finishes(client: AuthenticatedClient) -> None:
    execution = start(client, "counter", {"start": 10})

    assert _query(client, execution.execution_id, "value") == 10
    assert _increment(client, execution.execution_id, 5) == 15
    assert _increment(client, execution.execution_id, -2) == 13
    assert _signal(client, execution.execution_id, "add", by=7) == 202
    assert _signal(client, execution.execution_id, "finish") == 202

    final = wait_for_status(client, execution.execution_id, {"COMPLETED"})
    assert final.result == {"value": 20}


def test_flaky_fails_with_its_message_after_one_retry(client: AuthenticatedClient) -> None:
    execution = start(client, "flaky", {"message": "disk on fire"})

    frames = stream_frames(client, execution.execution_id)

    types = event_types(frames)
    assert types.count("ACTIVITY_TASK_RETRYING") == 1
    assert "ACTIVITY_TASK_FAILED" in types
    assert "CUSTOM_TASK_FAILED" in types
    last = StreamEventSsePayload.from_dict(frames[-1].json()).data
    assert isinstance(last, WorkflowExecutionFailedResponse)
    assert last.attributes.failure.message == "disk on fire"
    assert status_of(client, execution.execution_id) == "FAILED"


def test_forever_cancel_is_graceful(client: AuthenticatedClient) -> None:
    execution = start(client, "forever", {"interval": 0.1, "beats": 2})
    wait = cancel_execution.sync_detailed(execution.execution_id, client=client)
    assert wait.status_code == 204

    frames = stream_frames(client, execution.execution_id)

    assert event_types(frames)[-2:] == ["CUSTOM_TASK_CANCELED", "WORKFLOW_EXECUTION_CANCELED"]
    assert status_of(client, execution.execution_id) == "CANCELED"


def test_forever_terminate_is_immediate_and_silent(client: AuthenticatedClient) -> None:
    execution = start(client, "forever", {"beats": 0})

    response = terminate_execution.sync_detailed(execution.execution_id, client=client)

    assert response.status_code == 204
    assert status_of(client, execution.execution_id) == "TERMINATED"
    frames = stream_frames(client, execution.execution_id)
    assert event_types(frames) == ["WORKFLOW_EXECUTION_STARTED", "CUSTOM_TASK_STARTED"]


def test_parent_starts_children_and_completes_with_their_ids(
    client: AuthenticatedClient,
) -> None:
    parent_id = new_id("parent")

    result = run_to_end(client, "parent", {"children": 3, "n": 2, "interval": 0.1}, execution_id=parent_id)

    assert isinstance(result, WorkflowExecutionSyncResponse)
    children = [f"{parent_id}-child-{i}" for i in range(3)]
    assert result.result == {"children": children}
    for child_id in children:
        child = parsed(get_execution.sync_detailed(child_id, client=client), WorkflowExecutionResponse)
        assert (child.parent_execution_id, child.root_execution_id) == (parent_id, parent_id)
        assert child.status == "COMPLETED"
        first = stream_frames(client, child_id)[0].json()
        assert first["data"]["parent_workflow_exec_id"] == parent_id
        assert first["workflow_context"]["root_workflow_exec_id"] == parent_id


@pytest.mark.parametrize(
    ("close", "parent_status", "child_status"),
    [
        (cancel_execution.sync_detailed, "CANCELED", "CANCELED"),
        (terminate_execution.sync_detailed, "TERMINATED", "TERMINATED"),
    ],
)
def test_closing_a_parent_closes_its_running_children(
    client: AuthenticatedClient, close: object, parent_status: str, child_status: str
) -> None:
    parent = start(client, "parent", {"children": 2, "n": 1000, "interval": 10})
    assert callable(close)

    assert close(parent.execution_id, client=client).status_code == 204

    wait_for_status(client, parent.execution_id, {parent_status})
    for index in range(2):
        wait_for_status(client, f"{parent.execution_id}-child-{index}", {child_status})


def test_renew_continues_as_new_under_the_same_execution_id(
    client: AuthenticatedClient,
) -> None:
    result = run_to_end(client, "renew", {"times": 2, "interval": 0.1})
    assert isinstance(result, WorkflowExecutionSyncResponse)
    assert result.result == {"runs": 3}

    payloads = [
        StreamEventSsePayload.from_dict(frame.json()).data
        for frame in stream_frames(client, result.execution_id)
    ]

    starts = [e for e in payloads if isinstance(e, WorkflowExecutionStartedResponse)]
    renewals = [e for e in payloads if isinstance(e, WorkflowExecutionContinuedAsNewResponse)]
    run_ids = [e.workflow_run_id for e in starts]
    assert len(set(run_ids)) == 3
    assert [e.attributes.new_execution_run_id for e in renewals] == run_ids[1:]
    assert [e.continued_run_id for e in starts] == [None, *run_ids[:2]]
    assert {e.first_execution_run_id for e in starts} == {run_ids[0]}
    known = [e for e in payloads if not isinstance(e, UnknownWorkflowEvent)]
    assert len(known) == len(payloads)
    assert {e.workflow_exec_id for e in known} == {result.execution_id}
    final = parsed(
        get_execution.sync_detailed(result.execution_id, client=client),
        WorkflowExecutionResponse,
    )
    assert final.run_id == run_ids[-1]
    started = history_events(client, result.execution_id)[0]["workflowExecutionStartedEventAttributes"]
    assert (started["continuedExecutionRunId"], started["firstExecutionRunId"]) == (run_ids[-2], run_ids[0])


def test_slow_times_out_after_its_input_timeout(client: AuthenticatedClient) -> None:
    result = run_to_end(client, "slow", {"timeout": 1.0}, timeout_seconds=5.0)

    assert isinstance(result, WorkflowExecutionResponse)
    assert result.status == "TIMED_OUT"
    assert result.end_time is not None
    types = event_types(stream_frames(client, result.execution_id))
    assert "WORKFLOW_TASK_TIMED_OUT" in types
    assert "CUSTOM_TASK_TIMED_OUT" in types
    assert not [t for t in types if t.startswith("WORKFLOW_EXECUTION_") and t != types[0]]


def test_timeout_seconds_bounds_the_wait_not_the_run(client: AuthenticatedClient) -> None:
    """The contract: timeout_seconds is how long wait_for_result waits for the answer."""
    result = run_to_end(client, "forever", timeout_seconds=0.2)

    assert isinstance(result, WorkflowExecutionResponse)
    assert result.status == "RUNNING"
    assert terminate_execution.sync_detailed(result.execution_id, client=client).status_code == 204


def test_slow_times_out_by_default(client: AuthenticatedClient) -> None:
    execution = start(client, "slow")

    wait_for_status(client, execution.execution_id, {"TIMED_OUT"})


def test_wait_for_result_answers_the_sync_response(client: AuthenticatedClient) -> None:
    result = run_to_end(client, "countdown", {"n": 2, "interval": 0.1})

    assert isinstance(result, WorkflowExecutionSyncResponse)
    assert (result.workflow_name, result.result) == ("countdown", {"counted": 2})


def test_wait_for_result_of_a_failure_shows_the_status(client: AuthenticatedClient) -> None:
    result = run_to_end(client, "flaky", {"delay": 0})

    assert isinstance(result, WorkflowExecutionResponse)
    assert result.status == "FAILED"


@pytest.mark.slow
def test_wait_for_result_gives_up_after_timeout_seconds(client: AuthenticatedClient) -> None:
    result = run_to_end(client, "approval", timeout_seconds=1.0)

    assert isinstance(result, WorkflowExecutionResponse)
    assert result.status == "RUNNING"


def test_executing_an_existing_id_again_is_a_conflict(client: AuthenticatedClient) -> None:
    execution = start(client, "approval")
    body = WorkflowExecutionRequest(execution_id=execution.execution_id)

    response = execute_workflow.sync_detailed("countdown", client=client, body=body)

    assert "already exists" in parsed(response, ErrorResponse, 409).detail
    assert status_of(client, execution.execution_id) == "RUNNING"


def test_unknown_workflow_is_not_found(client: AuthenticatedClient) -> None:
    response = execute_workflow.sync_detailed(
        "no-such-workflow", client=client, body=WorkflowExecutionRequest()
    )

    assert "no-such-workflow" in parsed(response, ErrorResponse, 404).detail


def test_execute_without_id_makes_one(client: AuthenticatedClient) -> None:
    response = execute_workflow.sync_detailed("approval", client=client, body=WorkflowExecutionRequest())

    execution = parsed(response, WorkflowExecutionResponse)
    assert execution.execution_id
    assert execution.root_execution_id == execution.execution_id
    assert execution.parent_execution_id is None
