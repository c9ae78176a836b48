"""Every handle method, with the sync and the async client, against the emulator (or, in a live
run, the tests that need no emulator-only feature against the live server)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from mistral_workflows import (
    AsyncWorkflows,
    ConflictError,
    NotFoundError,
    QueryResult,
    UpdateResult,
    Workflows,
)
from mistral_workflows_api.models import (
    ExecutionLogRecord,
    ExecutionTraceInfoResponse,
    SignalWorkflowResponse,
    WorkflowExecutionResponse,
    WorkflowExecutionStatus,
    WorkflowExecutionTraceEventsResponse,
    WorkflowExecutionTraceOTelResponse,
    WorkflowExecutionTraceSummaryResponse,
)

from ..conftest import WorkflowRun
from ..support import collect, resolve

pytestmark = pytest.mark.anyio

Client = Workflows | AsyncWorkflows


async def finished(client: Client, workflow: str, input: dict[str, Any] | None = None) -> Any:
    handle = await resolve(client.execute(workflow, input=input))
    await resolve(handle.result(timeout=30))
    return handle


async def test_execute_returns_a_handle_and_get_reads_the_execution(
    any_client: Client, workflow: WorkflowRun
) -> None:
    handle = await resolve(any_client.execute(workflow.name, input=workflow.input))
    assert handle.workflow_name == workflow.name
    assert handle.execution_id
    execution = await resolve(handle.get())
    assert isinstance(execution, WorkflowExecutionResponse)
    assert execution.execution_id == handle.execution_id
    assert execution.workflow_name == workflow.name


async def test_execute_honours_a_custom_execution_id_with_odd_characters(
    any_client: Client, workflow: WorkflowRun
) -> None:
    odd = "team/\u00e9t\u00e9 \u03b2?#%-" + uuid.uuid4().hex[:8]
    handle = await resolve(any_client.execute(workflow.name, input=workflow.input, execution_id=odd))
    assert handle.execution_id == odd
    assert (await resolve(handle.get())).execution_id == odd
    with pytest.raises(ConflictError):
        await resolve(any_client.execute(workflow.name, input=workflow.input, execution_id=odd))


@pytest.mark.emulator_only
async def test_execution_makes_no_request(any_client: Client, emulator: Any) -> None:
    before = emulator.stats.requests
    handle = any_client.execution("does-not-exist")
    assert emulator.stats.requests == before
    with pytest.raises(NotFoundError):
        await resolve(handle.get())


@pytest.mark.emulator_only
async def test_result_of_a_completed_execution(any_client: Client) -> None:
    handle = await resolve(any_client.execute("countdown", input={"n": 3}))
    assert await resolve(handle.result(timeout=30)) == {"counted": 3}
    execution = await resolve(handle.get())
    assert execution.status == WorkflowExecutionStatus.COMPLETED


async def test_history(any_client: Client, workflow: WorkflowRun) -> None:
    handle = await finished(any_client, workflow.name, workflow.input)
    history = await resolve(handle.history())
    assert history is not None
    decoded = await resolve(handle.history(decode_payloads=True))
    assert decoded is not None


@pytest.mark.emulator_only
async def test_signal_approves(any_client: Client) -> None:
    handle = await resolve(any_client.execute("approval"))
    answer = await resolve(handle.signal("approve", {"by": "ops"}))
    assert isinstance(answer, SignalWorkflowResponse)
    result = await resolve(handle.result(timeout=30))
    assert result["approved"] is True
    assert result["by"] == "ops"


@pytest.mark.emulator_only
async def test_query_and_update_a_counter(any_client: Client) -> None:
    handle = await resolve(any_client.execute("counter", input={"start": 1}))
    value = await resolve(handle.query("value"))
    assert isinstance(value, QueryResult) and value.name == "value"
    assert value.result == 1
    updated = await resolve(handle.update("increment", {"by": 2}))
    assert isinstance(updated, UpdateResult) and updated.name == "increment"
    assert updated.result == 3
    assert (await resolve(handle.query("value"))).result == 3
    await resolve(handle.signal("finish"))
    assert await resolve(handle.result(timeout=30)) == {"value": 3}


@pytest.mark.emulator_only
async def test_cancel_and_terminate(any_client: Client) -> None:
    canceled = await resolve(any_client.execute("forever"))
    assert await resolve(canceled.cancel()) is None
    terminated = await resolve(any_client.execute("forever"))
    assert await resolve(terminated.terminate()) is None
    for handle, status in ((canceled, "CANCELED"), (terminated, "TERMINATED")):
        with pytest.raises(Exception) as caught:
            await resolve(handle.result(timeout=30))
        assert getattr(caught.value, "status", None) == status
    with pytest.raises(ConflictError):
        await resolve(terminated.cancel())


@pytest.mark.emulator_only
async def test_reset_starts_a_new_run(any_client: Client) -> None:
    handle = await finished(any_client, "countdown", {"n": 2})
    before = await resolve(handle.get())
    history = await resolve(handle.history())
    first_task = next(
        int(event["eventId"])
        for event in history["events"]
        if event["eventType"] == "EVENT_TYPE_WORKFLOW_TASK_COMPLETED"
    )
    await resolve(handle.reset(first_task, reason="test", exclude_signals=True, exclude_updates=True))
    after = await resolve(handle.get())
    assert after.run_id != before.run_id
    assert after.status in (WorkflowExecutionStatus.RUNNING, WorkflowExecutionStatus.COMPLETED)


async def test_trace_views(any_client: Client, workflow: WorkflowRun) -> None:
    handle = await finished(any_client, workflow.name, workflow.input)
    info = await resolve(handle.trace.info())
    assert isinstance(info, ExecutionTraceInfoResponse)
    otel = await resolve(handle.trace.otel())
    assert isinstance(otel, WorkflowExecutionTraceOTelResponse)
    summary = await resolve(handle.trace.summary())
    assert isinstance(summary, WorkflowExecutionTraceSummaryResponse)
    events = await resolve(handle.trace.events(merge_same_id_events=True, include_internal_events=True))
    assert isinstance(events, WorkflowExecutionTraceEventsResponse)
    assert events.execution_id == handle.execution_id


@pytest.mark.emulator_only
async def test_logs_iterate_every_page_in_order(any_client: Client) -> None:
    handle = await finished(any_client, "countdown", {"n": 6})
    one_page = await collect(handle.logs(page_size=100))
    assert one_page and all(isinstance(r, ExecutionLogRecord) for r in one_page)
    paged = await collect(handle.logs(page_size=2))
    assert [r.to_dict() for r in paged] == [r.to_dict() for r in one_page]
    newest_first = await collect(handle.logs(order="desc", page_size=3))
    assert [r.to_dict() for r in newest_first] == [r.to_dict() for r in reversed(one_page)]


async def test_with_options_and_per_call_options(any_client: Client, workflow: WorkflowRun) -> None:
    configured = any_client.with_options(timeout=5, max_retries=0)
    assert configured.max_retries == 0
    assert configured.timeout.read == 5
    assert any_client.max_retries == 2
    handle = await resolve(
        configured.execute(workflow.name, input=workflow.input, extra_headers={"X-Trace": "t"})
    )
    assert (await resolve(handle.get(timeout=3, max_retries=1))).execution_id == handle.execution_id


@pytest.mark.emulator_only
async def test_children_carry_their_parent(any_client: Client) -> None:
    parent = await resolve(any_client.execute("parent", input={"children": 2}))
    result = await resolve(parent.result(timeout=30))
    children = result["children"] if isinstance(result, dict) else result
    assert len(children) == 2
    for child_id in children:
        child = await resolve(any_client.execution(child_id).get())
        assert child.parent_execution_id == parent.execution_id
        assert child.root_execution_id == parent.execution_id


async def test_a_finished_executions_stream_and_its_replay_agree(
    any_client: Client, workflow: WorkflowRun
) -> None:
    handle = await finished(any_client, workflow.name, workflow.input)
    streamed = await collect(handle.stream())
    replayed = await collect(handle.stream(event_source="DATABASE"))
    assert streamed, "a finished execution's stream holds its stored events"
    assert streamed[-1].event_type == "WORKFLOW_EXECUTION_COMPLETED"
    sequences = [event.broker_sequence for event in streamed]
    assert sequences == sorted(set(sequences))
    assert [event.broker_sequence for event in replayed] == sequences


def test_closing_a_configured_copy_keeps_the_original_open(
    emulator: Any, api_key: str, workflow: WorkflowRun
) -> None:
    with Workflows(api_key=api_key, base_url=emulator.base_url) as wf:
        handle = wf.execute(workflow.name, input=workflow.input)
        with wf.with_options(timeout=5) as quick:
            quick.execution(handle.execution_id).get()
        assert wf.execution(handle.execution_id).get().execution_id == handle.execution_id
