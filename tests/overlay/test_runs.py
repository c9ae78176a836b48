"""``wf.runs``: the lazy runs listing and its pages, a run and its history, with the sync and the
async client against the emulator; and a listing feeding a batch call lazily."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import httpx
import pytest

from mistral_workflows import AsyncWorkflows, NotFoundError, Workflows
from mistral_workflows_api.models import (
    WorkflowExecutionListResponse,
    WorkflowExecutionResponse,
    WorkflowExecutionStatus,
    WorkflowExecutionWithoutResultResponse,
)
from mistral_workflows_api.types import Unset
from mistral_workflows_emulator import RunningEmulator

from ..support import collect, resolve

pytestmark = [pytest.mark.anyio, pytest.mark.emulator_only]

Client = Workflows | AsyncWorkflows


def _deployment() -> str:
    return f"runs-{uuid.uuid4().hex[:8]}"


async def _started(client: Client, workflow: str, deployment: str, count: int, **input: Any) -> list[str]:
    ids = []
    for _ in range(count):
        handle = await resolve(client.execute(workflow, input=input or None, deployment_name=deployment))
        ids.append(handle.execution_id)
    return ids


LIST_RUNS = ("GET", "/v1/workflows/runs")


async def test_the_listing_goes_through_every_page_lazily(
    any_client: Client, emulator: RunningEmulator
) -> None:
    deployment = _deployment()
    ids = await _started(any_client, "forever", deployment, 7)
    before = emulator.stats.requests_by_path[LIST_RUNS]

    listing = any_client.runs.list(deployment=deployment, page_size=3)
    sent_before_iterating = emulator.stats.requests_by_path[LIST_RUNS] - before
    runs = await collect(listing)
    pages = await collect(listing.pages())

    assert sent_before_iterating == 0
    assert emulator.stats.requests_by_path[LIST_RUNS] - before == 6  # 3 pages, twice
    assert [run.execution_id for run in runs] == list(reversed(ids))
    assert all(isinstance(run, WorkflowExecutionWithoutResultResponse) for run in runs)
    assert [len(page.executions) for page in pages] == [3, 3, 1]
    assert all(isinstance(page, WorkflowExecutionListResponse) for page in pages)
    assert pages[-1].next_page_token is None
    await resolve(any_client.terminate_many(ids))


async def test_filters_take_python_types(any_client: Client) -> None:
    deployment = _deployment()
    (done,) = await _started(
        any_client,
        "countdown",
        deployment,
        1,
        n=0,
        search_keys={"customer": "Acme Corp", "region": "eu", "tier": None},
    )
    await resolve(any_client.execution(done).result(timeout=30))
    (running,) = await _started(any_client, "forever", deployment, 1)
    now = datetime.datetime.now(datetime.UTC)

    async def ids(**filters: Any) -> list[str]:
        return [
            run.execution_id for run in await collect(any_client.runs.list(deployment=deployment, **filters))
        ]

    assert await ids(status="COMPLETED") == [done]
    assert await ids(status=WorkflowExecutionStatus.RUNNING) == [running]
    assert set(await ids(status=["COMPLETED", WorkflowExecutionStatus.RUNNING])) == {done, running}
    assert await ids(workflow="countdown") == [done]
    assert await ids(order="asc") == [done, running]
    assert await ids(started_after=now + datetime.timedelta(hours=1)) == []
    assert await ids(ended_before=now + datetime.timedelta(hours=1)) == [done]
    assert await ids(search_keys={"customer": "acme"}) == [done]
    assert await ids(search_keys=["customer:acme", "region:eu"]) == [done]
    assert await ids(search_keys={"customer": "acme", "region": "us"}) == []
    assert await ids(search_keys=["customer==:Acme Corp", "region"]) == [done]
    assert set(await ids(search_keys={"tier": None})) == {done, running}
    await resolve(any_client.execution(running).terminate())


async def test_search_keys_come_with_an_execution_when_asked_for(any_client: Client) -> None:
    (tagged,) = await _started(
        any_client, "countdown", _deployment(), 1, n=0, search_keys={"customer": "acme"}
    )
    handle = any_client.execution(tagged)
    assert (await resolve(handle.get(include_search_keys=True))).search_keys.to_dict() == {"customer": "acme"}
    assert isinstance((await resolve(handle.get())).search_keys, Unset)


@pytest.mark.parametrize(
    ("filters", "error", "names"),
    [
        ({"status": "DONE"}, ValueError, "status"),
        ({"started_after": datetime.datetime(2026, 1, 1)}, ValueError, "started_after"),
        ({"ended_before": "yesterday"}, TypeError, "ended_before"),
        ({"page_size": 0}, ValueError, "page_size"),
        ({"page_size": 1001}, ValueError, "page_size"),
        ({"order": "sideways"}, ValueError, "order"),
        ({"sort_by": "name"}, ValueError, "sort_by"),
        ({"search_keys": [":acme"]}, ValueError, "search_keys"),
        ({"search_keys": ["customer:"]}, ValueError, "search_keys"),
        ({"timout": 3}, TypeError, "timout"),
    ],
)
async def test_bad_filters_fail_before_any_request(
    any_client: Client, filters: dict[str, Any], error: type[Exception], names: str
) -> None:
    with pytest.raises(error, match=names):
        any_client.runs.list(**filters)


async def test_a_run_and_its_history(any_client: Client) -> None:
    handle = await resolve(any_client.execute("renew", input={"times": 1}))
    await resolve(handle.result(timeout=30))
    execution = await resolve(handle.get())
    assert execution.run_id

    run = await resolve(any_client.runs.get(execution.run_id))
    by_uuid = await resolve(any_client.runs.get(uuid.UUID(execution.run_id)))
    history = await resolve(any_client.runs.history(execution.run_id))

    assert isinstance(run, WorkflowExecutionResponse)
    assert run.execution_id == by_uuid.execution_id == handle.execution_id
    assert history == await resolve(handle.history())


async def test_an_unknown_run_is_not_found_and_a_bad_id_fails_fast(any_client: Client) -> None:
    with pytest.raises(NotFoundError):
        await resolve(any_client.runs.get(uuid.uuid4()))
    with pytest.raises(ValueError, match="run_id"):
        await resolve(any_client.runs.get("not-a-uuid"))
    with pytest.raises(TypeError, match="run_id"):
        await resolve(any_client.runs.history(42))  # type: ignore[arg-type]


async def test_a_listing_feeds_cancel_many_lazily(any_client: Client, emulator: RunningEmulator) -> None:
    deployment = _deployment()
    ids = await _started(any_client, "forever", deployment, 12)
    before = emulator.stats.requests_by_path[LIST_RUNS]

    listing: Any = any_client.runs.list(deployment=deployment, status="RUNNING", page_size=5)
    pages_read_at_progress: list[int] = []

    def progress(done: int, total: int | None) -> None:
        pages_read_at_progress.append(emulator.stats.requests_by_path[LIST_RUNS] - before)

    report = await resolve(
        any_client.cancel_many(listing, chunk_size=5, max_concurrency=1, on_progress=progress)
    )

    assert sorted(report.succeeded) == sorted(ids)
    assert report.ok
    assert emulator.stats.requests_by_path[LIST_RUNS] - before == 3  # page by page: 5 + 5 + 2
    assert pages_read_at_progress[0] == 1  # the first chunk was cancelled before page 2 was read


async def test_an_async_listing_is_refused_by_the_sync_batch_with_a_clear_error(
    emulator: RunningEmulator, api_key: str
) -> None:
    async with AsyncWorkflows(api_key=api_key, base_url=emulator.base_url) as awf:
        listing = awf.runs.list()
        with (
            Workflows(api_key=api_key, base_url=emulator.base_url) as wf,
            pytest.raises(TypeError, match="async"),
        ):
            wf.cancel_many(listing)  # type: ignore[arg-type]


def test_a_listing_error_midway_keeps_the_partial_report(emulator: RunningEmulator, api_key: str) -> None:
    """The listing's own failure surfaces, with what was done so far noted on it."""

    def ids() -> Any:
        yield "batch-known-1"
        raise httpx.ReadError("listing cut")

    with (
        Workflows(api_key=api_key, base_url=emulator.base_url) as wf,
        pytest.raises(httpx.ReadError) as caught,
    ):
        wf.cancel_many(ids())

    assert any("mistral_workflows:" in note for note in getattr(caught.value, "__notes__", []))


@pytest.mark.slow
def test_thousands_of_runs_across_pages_with_filters(emulator: RunningEmulator, api_key: str) -> None:
    """2,000 runs of one deployment, half of them finished: every page, every run once, in order;
    a status filter splits them exactly; and terminate_many takes the running half lazily."""
    deployment = _deployment()
    with Workflows(api_key=api_key, base_url=emulator.base_url) as wf:
        running = [wf.execute("forever", deployment_name=deployment).execution_id for _ in range(1000)]
        done = [
            wf.execute(
                "countdown", input={"n": 0}, deployment_name=deployment, wait_for_result=True
            ).execution_id
            for _ in range(1000)
        ]

        every = [run.execution_id for run in wf.runs.list(deployment=deployment, page_size=100, order="asc")]
        pages = list(wf.runs.list(deployment=deployment, page_size=100).pages())
        completed = {run.execution_id for run in wf.runs.list(deployment=deployment, status="COMPLETED")}
        report = wf.terminate_many(wf.runs.list(deployment=deployment, status="RUNNING", page_size=100))

    assert every == running + done  # oldest first, each once
    assert [len(page.executions) for page in pages] == [100] * 20
    assert completed == set(done)
    assert report.ok
    assert sorted(report.succeeded) == sorted(running)
