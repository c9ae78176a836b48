"""``wf.workflows`` and ``wf.registrations``: the lazy listings and their pages, reading,
updating, tagging and archiving workflows, executing a registration, with the sync and the async
client against the emulator; bad arguments fail before any request."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from mistral_workflows import (
    AsyncExecutionHandle,
    AsyncWorkflows,
    ExecutionHandle,
    UnprocessableEntityError,
    Workflows,
)
from mistral_workflows_api.models import (
    WorkflowBasicDefinition,
    WorkflowBulkArchiveResponse,
    WorkflowListResponse,
    WorkflowRegistration,
    WorkflowRegistrationListResponse,
)
from mistral_workflows_emulator import RunningEmulator

from ..support import collect, resolve

pytestmark = [pytest.mark.anyio, pytest.mark.emulator_only]

Client = Workflows | AsyncWorkflows
LIST_WORKFLOWS = ("GET", "/v1/workflows")


async def test_the_listing_goes_through_every_page_lazily(
    any_client: Client, emulator: RunningEmulator
) -> None:
    everything = await collect(any_client.workflows.list())
    before = emulator.stats.requests_by_path[LIST_WORKFLOWS]

    listing = any_client.workflows.list(page_size=3)
    sent_before_iterating = emulator.stats.requests_by_path[LIST_WORKFLOWS] - before
    workflows = await collect(listing)
    pages = await collect(listing.pages())

    assert sent_before_iterating == 0
    assert len(everything) >= 6 and all(isinstance(w, WorkflowBasicDefinition) for w in workflows)
    assert [w.name for w in workflows] == [w.name for w in everything]
    assert all(isinstance(page, WorkflowListResponse) for page in pages)
    assert sum(len(page.workflows) for page in pages) == len(everything)
    assert len(pages) == -(-len(everything) // 3) and pages[-1].next_cursor is None
    found = await collect(any_client.workflows.list(search="approv"))
    assert [w.name for w in found] == ["approval"]
    assert [w.name for w in await collect(any_client.workflows.list(order="desc"))] == [
        w.name for w in reversed(everything)
    ]


async def test_get_update_and_tag_a_workflow(any_client: Client) -> None:
    workflow = await resolve(any_client.workflows.get("approval"))
    assert workflow.name == "approval"
    by_id = await resolve(any_client.workflows.get(str(workflow.id)))
    assert by_id.id == workflow.id
    tag = f"t-{uuid.uuid4().hex[:6]}"
    try:
        updated = await resolve(any_client.workflows.update("approval", display_name="Approval!", tags=[tag]))
        assert updated.display_name == "Approval!"
        await resolve(any_client.workflows.add_tags("approval", ["extra", tag]))
        tagged = await collect(any_client.workflows.list(tags=[tag, "extra"]))
        assert [w.name for w in tagged] == ["approval"]
    finally:
        await resolve(any_client.workflows.update("approval", display_name=workflow.display_name, tags=[]))


async def test_archive_and_unarchive_one_and_many(any_client: Client) -> None:
    target = await resolve(any_client.workflows.get("slow"))
    try:
        archived = await resolve(any_client.workflows.archive("slow"))
        assert archived.archived
        with pytest.raises(UnprocessableEntityError):
            await resolve(any_client.execute("slow"))
        assert "slow" in [w.name for w in await collect(any_client.workflows.list(archived=True))]
        back = await resolve(any_client.workflows.unarchive("slow"))
        assert not back.archived

        bulk = await resolve(any_client.workflows.archive_many([target.id]))
        assert isinstance(bulk, WorkflowBulkArchiveResponse)
        assert [w.name for w in bulk.archived] == ["slow"]
        unbulk = await resolve(any_client.workflows.unarchive_many([str(target.id)]))
        assert [w.name for w in unbulk.unarchived] == ["slow"]
    finally:
        await resolve(any_client.workflows.unarchive("slow"))


async def test_registrations_list_get_and_execute(any_client: Client) -> None:
    countdown = await resolve(any_client.workflows.get("countdown"))
    listing = any_client.registrations.list(workflow_id=countdown.id, with_workflow=True)
    registrations = await collect(listing)
    assert len(registrations) == 1 and isinstance(registrations[0], WorkflowRegistration)
    pages = await collect(any_client.registrations.list(page_size=2).pages())
    assert all(isinstance(page, WorkflowRegistrationListResponse) for page in pages) and len(pages) >= 3

    registration = await resolve(any_client.registrations.get(registrations[0].id, with_workflow=True))
    assert registration.workflow_id == countdown.id

    handle = await resolve(any_client.registrations.execute(str(registration.id), {"n": 1, "interval": 0.01}))
    assert isinstance(handle, ExecutionHandle | AsyncExecutionHandle)
    assert await resolve(handle.result(timeout=30)) == {"counted": 1}
    assert (await resolve(handle.get())).workflow_name == "countdown"


@pytest.mark.parametrize(
    ("call", "error", "names"),
    [
        (lambda wf: wf.workflows.list(page_size=1001), ValueError, "page_size"),
        (lambda wf: wf.workflows.list(deployment_status="busy"), ValueError, "deployment_status"),
        (lambda wf: wf.workflows.list(sort_by="size"), ValueError, "sort_by"),
        (lambda wf: wf.workflows.list(order="up"), ValueError, "order"),
        (lambda wf: wf.workflows.list(tags=[1]), TypeError, "tags"),
        (lambda wf: wf.workflows.list(archived="yes"), TypeError, "archived"),
        (lambda wf: wf.workflows.get(""), ValueError, "workflow"),
        (lambda wf: wf.workflows.archive_many("not-a-list"), TypeError, "workflow_ids"),
        (lambda wf: wf.workflows.archive_many(["nope"]), ValueError, "workflow_ids"),
        (lambda wf: wf.workflows.archive_many([]), ValueError, "workflow_ids"),
        (lambda wf: wf.workflows.add_tags("x", []), ValueError, "tags"),
        (lambda wf: wf.workflows.update("x", display_name=3), TypeError, "display_name"),
        (lambda wf: wf.registrations.list(workflow_id="nope"), ValueError, "workflow_id"),
        (lambda wf: wf.registrations.get(7), TypeError, "registration_id"),
        (lambda wf: wf.registrations.execute("nope"), ValueError, "registration_id"),
    ],
)
async def test_bad_arguments_fail_before_any_request(
    any_client: Client, emulator: RunningEmulator, call: Any, error: type[Exception], names: str
) -> None:
    before = sum(emulator.stats.requests_by_path.values())
    with pytest.raises(error, match=names):
        await resolve(call(any_client))
    assert sum(emulator.stats.requests_by_path.values()) == before
