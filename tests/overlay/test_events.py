"""``wf.events``: the lazy events listing and its pages, the global stream with its filters, and
``handle.stream(include_children=True)``, with the sync and the async client against the emulator."""

from __future__ import annotations

from typing import Any

import pytest

from mistral_workflows import AsyncEventStream, AsyncWorkflows, StreamEvent, Workflows
from mistral_workflows_api.models import (
    ListWorkflowEventResponse,
    WorkflowEventType,
    WorkflowExecutionCompletedResponse,
    WorkflowExecutionStartedResponse,
)
from mistral_workflows_emulator import RunningEmulator

from ..support import collect, resolve

pytestmark = [pytest.mark.anyio, pytest.mark.emulator_only]

Client = Workflows | AsyncWorkflows

LIST_EVENTS = ("GET", "/v1/workflows/events/list")
#: countdown without custom tasks sends 2n + 2 events.
SMALL = {"n": 4, "interval": 0.01, "custom_tasks": False}


async def read(stream: Any, limit: int | None = None) -> list[StreamEvent]:
    """The events of ``stream`` until it ends, or its first ``limit``; the stream is closed."""
    events: list[StreamEvent] = []
    if isinstance(stream, AsyncEventStream):
        async with stream:
            async for event in stream:
                events.append(event)
                if len(events) == limit:
                    break
    else:
        with stream:
            for event in stream:
                events.append(event)
                if len(events) == limit:
                    break
    return events


async def test_the_listing_goes_through_every_page_lazily(
    any_client: Client, emulator: RunningEmulator
) -> None:
    handle = await resolve(any_client.execute("countdown", input=SMALL))
    await resolve(handle.result(timeout=30))
    before = emulator.stats.requests_by_path[LIST_EVENTS]

    listing = any_client.events.list(root_execution_id=handle.execution_id, page_size=4)
    sent_before_iterating = emulator.stats.requests_by_path[LIST_EVENTS] - before
    events = await collect(listing)
    pages = await collect(listing.pages())

    assert sent_before_iterating == 0
    assert len(events) == 10
    assert isinstance(events[0], WorkflowExecutionStartedResponse)
    assert isinstance(events[-1], WorkflowExecutionCompletedResponse)
    assert {event.workflow_exec_id for event in events} == {handle.execution_id}
    assert [len(page.events) for page in pages] == [4, 4, 2]
    assert all(isinstance(page, ListWorkflowEventResponse) for page in pages)
    assert emulator.stats.requests_by_path[LIST_EVENTS] - before == 6
    by_execution = await collect(any_client.events.list(execution_id=handle.execution_id))
    assert len(by_execution) == 10


async def test_the_global_stream_filters_by_type_and_execution(any_client: Client) -> None:
    handle = await resolve(any_client.execute("countdown", input=SMALL))
    await resolve(handle.result(timeout=30))

    stream = any_client.events.stream(
        execution_id=handle.execution_id,
        event_types=[WorkflowEventType.WORKFLOW_EXECUTION_STARTED, "WORKFLOW_EXECUTION_COMPLETED"],
        scope="workflow",
    )
    events = await read(stream, limit=2)

    assert [event.event_type for event in events] == [
        "WORKFLOW_EXECUTION_STARTED",
        "WORKFLOW_EXECUTION_COMPLETED",
    ]
    assert all(isinstance(event, StreamEvent) for event in events)
    assert events[0].broker_sequence is not None and events[1].broker_sequence is not None
    assert events[0].broker_sequence < events[1].broker_sequence
    assert stream.last_event_id == events[1].id
    activities = await read(
        any_client.events.stream(execution_id=handle.execution_id, scope="activity"), limit=1
    )
    assert activities[0].event_type == "ACTIVITY_TASK_STARTED"


async def test_a_global_stream_resumes_from_a_last_event_id_or_a_start_seq(any_client: Client) -> None:
    handle = await resolve(any_client.execute("countdown", input=SMALL))
    await resolve(handle.result(timeout=30))
    first = any_client.events.stream(root_execution_id=handle.execution_id)
    head = await read(first, limit=4)

    rest = await read(
        any_client.events.stream(root_execution_id=handle.execution_id, last_event_id=first.last_event_id),
        limit=6,
    )
    assert head[-1].broker_sequence is not None
    from_seq = await read(
        any_client.events.stream(
            root_execution_id=handle.execution_id, start_seq=head[-1].broker_sequence + 1
        ),
        limit=6,
    )

    everything = [e.broker_sequence or 0 for e in head + rest]
    assert everything == sorted(set(everything)) and len(everything) == 10
    assert [e.broker_sequence for e in from_seq] == [e.broker_sequence for e in rest]
    assert rest[-1].event_type == "WORKFLOW_EXECUTION_COMPLETED"


async def test_include_children_watches_the_tree_and_ends_on_the_roots_end(any_client: Client) -> None:
    handle = await resolve(any_client.execute("parent", input={"children": 2, "n": 3, "interval": 0.01}))
    stream = handle.stream(include_children=True)
    events = await read(stream)

    root = handle.execution_id
    owners = [event.raw_data.get("workflow_exec_id") for event in events]
    sequences = [event.broker_sequence or 0 for event in events]
    assert set(owners) == {root, f"{root}-child-0", f"{root}-child-1"}
    assert sequences == sorted(set(sequences))  # global order, no repeat
    child_ends = [
        event
        for event in events
        if event.event_type == "WORKFLOW_EXECUTION_COMPLETED"
        and event.raw_data.get("workflow_exec_id") != root
    ]
    assert len(child_ends) == 2  # a child's end did not end the stream
    assert events[-1].event_type == "WORKFLOW_EXECUTION_COMPLETED" and owners[-1] == root
    assert stream.ending is not None and stream.ending.status == "COMPLETED"
    stored = await collect(any_client.events.list(root_execution_id=root))
    assert len(stored) == len(events)


@pytest.mark.parametrize(
    ("call", "error", "names"),
    [
        (lambda wf: wf.events.list(page_size=0), ValueError, "page_size"),
        (lambda wf: wf.events.list(run_id="nope"), ValueError, "run_id"),
        (lambda wf: wf.events.list(execution_id=3), TypeError, "execution_id"),
        (lambda wf: wf.events.stream(event_types=["DONE"]), ValueError, "event_types"),
        (lambda wf: wf.events.stream(scope="everything"), ValueError, "scope"),
        (lambda wf: wf.events.stream(start_seq=-1), ValueError, "start_seq"),
        (lambda wf: wf.events.stream(metadata=["a"]), TypeError, "metadata"),
        (lambda wf: wf.events.stream(last_event_id="1\n2"), ValueError, "last_event_id"),
        (
            lambda wf: wf.execution("x").stream(include_children=True, event_source="LIVE"),
            ValueError,
            "event_source",
        ),
    ],
)
async def test_bad_arguments_fail_before_any_request(
    any_client: Client, emulator: RunningEmulator, call: Any, error: type[Exception], names: str
) -> None:
    before = sum(emulator.stats.requests_by_path.values())
    with pytest.raises(error, match=names):
        call(any_client)
    assert sum(emulator.stats.requests_by_path.values()) == before
