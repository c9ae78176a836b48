"""``wf.deployments`` and ``wf.deployment(name)``: create, list lazily across pages, read,
update, stop, start, restart, workers, logs (paged, and a stream resumed through cuts), archive,
unharden and delete, with the sync and the async client against the emulator; bad arguments
fail before any request."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import anyio
import pytest

from mistral_workflows import (
    AsyncEventStream,
    AsyncWorkflows,
    ConflictError,
    NotFoundError,
    UnprocessableEntityError,
    Workflows,
)
from mistral_workflows_api.models import (
    DeploymentDetailResponse,
    DeploymentListResponse,
    DeploymentLogRecord,
    DeploymentWorkerResponse,
    ManagedDeploymentResponse,
)
from mistral_workflows_emulator import RunningEmulator

from ..support import collect, resolve

pytestmark = [pytest.mark.anyio, pytest.mark.emulator_only]

Client = Workflows | AsyncWorkflows
BUILT_IN = "workflows-emulator"
REPO = "https://github.com/example/workers"


def _name() -> str:
    return f"dep-{uuid.uuid4().hex[:8]}"


async def _running(client: Client, name: str) -> DeploymentDetailResponse:
    """The deployment once its workers run (the emulator builds and rolls out on its clock)."""
    for _ in range(500):
        deployment = await resolve(client.deployment(name).get())
        if deployment.active_worker_count:
            return deployment  # type: ignore[no-any-return]
        await anyio.sleep(0.01)
    raise AssertionError(f"{name} never ran")


async def _read(stream: Any, count: int) -> list[Any]:
    items: list[Any] = []
    if isinstance(stream, AsyncEventStream):
        async with stream:
            async for item in stream:
                items.append(item)
                if len(items) == count:
                    break
    else:
        with stream:
            for item in stream:
                items.append(item)
                if len(items) == count:
                    break
    return items


async def test_the_life_of_a_deployment(any_client: Client) -> None:
    name = _name()
    created = await resolve(
        any_client.deployments.create(name, github_url=REPO, revision="v1", resources={"replicas": 2})
    )
    assert isinstance(created, ManagedDeploymentResponse) and created.name == name
    deployment = await _running(any_client, name)
    assert isinstance(deployment, DeploymentDetailResponse) and deployment.active_worker_count == 2
    assert (await resolve(any_client.deployments.get(name))).name == name

    handle = any_client.deployment(name)
    updated = await resolve(handle.update(resources={"replicas": 1}))
    assert updated.resources.replicas == 1
    stopped = await resolve(handle.stop())
    assert stopped.stopped
    with pytest.raises(ConflictError):
        await resolve(handle.restart())
    assert not (await resolve(handle.start())).stopped
    await _running(any_client, name)
    await resolve(handle.restart())

    workers = await collect(handle.workers())
    assert workers and all(isinstance(w, DeploymentWorkerResponse) for w in workers)
    active = await collect(handle.workers(status="active", page_size=1))
    assert len(active) >= 1
    with pytest.raises(NotFoundError):
        await resolve(handle.archive())  # a github deployment has no archive

    last = await resolve(any_client.deployments.delete(name))
    assert last.name == name
    with pytest.raises(NotFoundError):
        await resolve(handle.get())


async def test_the_listing_goes_through_every_page_lazily(
    any_client: Client, emulator: RunningEmulator
) -> None:
    tag = uuid.uuid4().hex[:6]
    names = [f"{tag}-list-{i}" for i in range(3)]
    for name in names:
        await resolve(any_client.deployments.create(name, github_url=REPO))
    path = ("GET", "/v1/workflows/deployments")
    before = emulator.stats.requests_by_path[path]

    listing = any_client.deployments.list(search=tag, active_only=False, page_size=2)
    assert emulator.stats.requests_by_path[path] == before
    found = await collect(listing)
    pages = await collect(listing.pages())

    assert sorted(d.name for d in found) == names
    assert [len(p.deployments) for p in pages] == [2, 1]
    assert all(isinstance(p, DeploymentListResponse) for p in pages)
    for name in names:
        await resolve(any_client.deployment(name).delete())


async def test_unharden_a_hardened_deployment(any_client: Client) -> None:
    name = _name()
    created = await resolve(any_client.deployments.create(name, github_url=REPO, hardened=True))
    assert created.is_hardened
    await resolve(any_client.deployments.unharden(name))
    with pytest.raises(ConflictError):
        await resolve(any_client.deployments.unharden(name))
    await resolve(any_client.deployment(name).delete())


async def test_the_built_in_deployment_is_not_managed(any_client: Client) -> None:
    with pytest.raises(UnprocessableEntityError):
        await resolve(any_client.deployment(BUILT_IN).stop())


async def test_logs_page_by_page_and_a_stream_resumed_through_cuts(
    any_client: Client, emulator: RunningEmulator, sleeps: list[float]
) -> None:
    handle = await resolve(any_client.execute("countdown", input={"n": 3, "interval": 0.01}))
    await resolve(handle.result(timeout=30))
    logs = any_client.deployment(BUILT_IN).logs(workflow="countdown", page_size=5)
    records = await collect(logs)
    pages = await collect(logs.pages())
    assert len(records) >= 8 and all(isinstance(r, DeploymentLogRecord) for r in records)
    assert all(len(page.results) == 5 for page in pages[:-1])
    assert sum(len(page.results) for page in pages) == len(records)
    since = records[0].timestamp
    assert len(await collect(any_client.deployment(BUILT_IN).logs(workflow="countdown", after=since))) == len(
        records
    )

    emulator.options.drop_sse_every = 3
    stream = any_client.deployment(BUILT_IN).stream_logs(workflow="countdown")
    streamed = await _read(stream, len(records))
    assert [(r.timestamp, r.body) for r in streamed] == [(r.timestamp, r.body) for r in records]
    assert stream.last_event_id is not None


@pytest.mark.parametrize(
    ("call", "error", "names"),
    [
        (lambda wf: wf.deployments.list(page_size=101), ValueError, "page_size"),
        (lambda wf: wf.deployments.list(sort_by="name"), ValueError, "sort_by"),
        (lambda wf: wf.deployments.list(workspace_id="x"), ValueError, "workspace_id"),
        (lambda wf: wf.deployments.create("x", github_url=""), ValueError, "github_url"),
        (
            lambda wf: wf.deployments.create("x", github_url=REPO, resources={"gpus": 1}),
            ValueError,
            "resources",
        ),
        (lambda wf: wf.deployments.create("", github_url=REPO), ValueError, "name"),
        (lambda wf: wf.deployment("x").update(), ValueError, "nothing to update"),
        (lambda wf: wf.deployment("x").workers(status="busy"), ValueError, "status"),
        (lambda wf: wf.deployment("x").logs(order="up"), ValueError, "order"),
        (lambda wf: wf.deployment("x").logs(after=datetime.datetime(2026, 1, 1)), ValueError, "after"),
        (lambda wf: wf.deployment("x").stream_logs(last_event_id="1\r"), ValueError, "last_event_id"),
        (lambda wf: wf.deployment(".."), ValueError, "name"),
    ],
)
async def test_bad_arguments_fail_before_any_request(
    any_client: Client, emulator: RunningEmulator, call: Any, error: type[Exception], names: str
) -> None:
    before = sum(emulator.stats.requests_by_path.values())
    with pytest.raises(error, match=names):
        await resolve(call(any_client))
    assert sum(emulator.stats.requests_by_path.values()) == before
