"""signal_many, query_many, update_many: one call per execution, results and failures per id,
with the sync and the async client."""

from __future__ import annotations

import uuid

import pytest

from mistral_workflows import AsyncWorkflows, BatchError, Workflows
from mistral_workflows_emulator import RunningEmulator

from ..support import resolve
from ._support import start_many, statuses

#: Every test here drives the emulator's built-in workflows.
pytestmark = [pytest.mark.emulator_only]


@pytest.mark.anyio
async def test_update_and_query_many_give_each_executions_own_result(
    any_client: Workflows | AsyncWorkflows, wf: Workflows
) -> None:
    counters = start_many(wf, "counter", 20)
    wf.execution(counters[0]).update("increment", {"by": 5})
    unknown = f"unknown-{uuid.uuid4()}"

    updated = await resolve(any_client.update_many([*counters, unknown, counters[3]], "increment", {"by": 2}))
    queried = await resolve(any_client.query_many([unknown, *counters], "value", max_concurrency=4))

    assert list(updated.results) == [*counters, unknown]
    assert updated.duplicates == 1
    assert updated.results[counters[0]] == 7 and updated.results[counters[1]] == 2
    assert updated.succeeded == counters
    assert set(updated.failed) == {unknown}
    assert updated.failed[unknown].status_code == 404
    assert list(queried.results) == [unknown, *counters]
    assert [queried.results[c] for c in counters] == [7] + [2] * 19
    assert queried.failed[unknown].status_code == 404


@pytest.mark.anyio
async def test_per_id_failures_keep_their_own_status(
    any_client: Workflows | AsyncWorkflows, wf: Workflows
) -> None:
    running = start_many(wf, "counter", 2)
    ended = start_many(wf, "counter", 1)[0]
    wf.execution(ended).terminate()
    forever = start_many(wf, "forever", 1)[0]

    report = await resolve(any_client.update_many([running[0], ended, forever, running[1]], "increment"))

    assert report.succeeded == running
    assert report.failed[ended].status_code == 409  # finished
    assert report.failed[forever].status_code == 422  # a forever execution has no "increment" update
    with pytest.raises(BatchError) as caught:
        await resolve(any_client.update_many([ended], "increment", raise_on_failure=True))
    assert set(caught.value.report.failed) == {ended}


@pytest.mark.anyio
async def test_signal_many_delivers_to_each_and_reports_failures(
    any_client: Workflows | AsyncWorkflows, wf: Workflows
) -> None:
    counters = start_many(wf, "counter", 10)
    unknown = f"unknown-{uuid.uuid4()}"
    progress: list[tuple[int, int | None]] = []

    report = await resolve(
        any_client.signal_many([*counters, unknown], "finish", on_progress=lambda *a: progress.append(a))
    )

    assert report.results == {**dict.fromkeys(counters), unknown: report.failed[unknown]}
    assert report.failed[unknown].status_code == 404
    assert progress[-1] == (11, 11)
    for execution_id in counters:
        wf.execution(execution_id).result(timeout=10)
    assert set(statuses(wf, counters).values()) == {"COMPLETED"}


@pytest.mark.anyio
async def test_a_signal_is_not_resent_after_a_503(
    any_client: Workflows | AsyncWorkflows, wf: Workflows, emulator: RunningEmulator, sleeps: list[float]
) -> None:
    """Signals are not idempotent: the overlay's policy sends them once; the report says why."""
    counters = start_many(wf, "counter", 3)
    emulator.options.fail_first = 1
    report = await resolve(any_client.signal_many(counters, "finish", max_concurrency=1))
    assert list(report.failed) == [counters[0]]
    assert report.failed[counters[0]].status_code == 503
    assert report.succeeded == counters[1:]
    assert sleeps == []


def test_ids_that_cannot_be_sent_fail_alone_and_none_is_refused(emulator: RunningEmulator) -> None:
    with Workflows(api_key="test-key", base_url=emulator.base_url) as wf:
        counter = wf.execute("counter")
        report = wf.query_many([counter.execution_id, "", ".."], "value")
        assert list(report.results) == [counter.execution_id, "", ".."]
        assert report.succeeded == [counter.execution_id]
        assert set(report.failed) == {"", ".."}
        assert "invalid execution id" in report.failed[""].message
        with pytest.raises(TypeError, match="must be strings"):
            wf.cancel_many([counter.execution_id, None, "b"])  # type: ignore[list-item]
        counter.terminate()
