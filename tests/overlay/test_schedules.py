"""``wf.schedules`` and ``wf.schedule(id)``: create from cron strings, intervals and calendars,
list lazily across pages, read, update, pause, resume, trigger and delete, with the sync and the
async client against the emulator; bad arguments fail before any request."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import anyio
import pytest

from mistral_workflows import (
    AsyncScheduleHandle,
    AsyncWorkflows,
    NotFoundError,
    ScheduleHandle,
    Workflows,
)
from mistral_workflows_api.models import (
    ScheduleDefinitionOutput,
    ScheduleOverlapPolicy,
    WorkflowScheduleListResponse,
)
from mistral_workflows_emulator import RunningEmulator

from ..support import collect, resolve

pytestmark = [pytest.mark.anyio, pytest.mark.emulator_only]

Client = Workflows | AsyncWorkflows
YEARLY = "0 0 1 1 *"


def _id() -> str:
    return f"sched-{uuid.uuid4().hex[:8]}"


async def test_create_from_cron_interval_and_calendar_then_read(any_client: Client) -> None:
    start = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)
    handle = await resolve(
        any_client.schedules.create(
            "countdown",
            cron=YEARLY,
            interval=datetime.timedelta(days=30),
            calendar={"hour": 9, "day_of_week": range(1, 6), "comment": "weekdays"},
            input={"n": 1},
            start_at=start,
            jitter=datetime.timedelta(seconds=5),
            overlap="skip",
            pause_on_failure=True,
            max_executions=3,
            schedule_id=_id(),
        )
    )
    assert isinstance(handle, ScheduleHandle | AsyncScheduleHandle)
    got = await resolve(handle.get())
    assert isinstance(got, ScheduleDefinitionOutput)
    schedule: Any = got  # its optional members are read as the emulator sends them
    assert schedule.schedule_id == handle.schedule_id and schedule.workflow_name == "countdown"
    assert schedule.cron_expressions == [YEARLY]
    assert schedule.intervals[0].every in ("PT2592000S", "P30D")
    assert [r.start for r in schedule.calendars[0].hour] == [9]
    assert (schedule.calendars[0].day_of_week[0].start, schedule.calendars[0].day_of_week[0].end) == (1, 5)
    assert schedule.policy.overlap == ScheduleOverlapPolicy.SKIP and schedule.policy.pause_on_failure
    assert schedule.input_ == {"n": 1} and not schedule.paused
    assert await resolve(any_client.schedules.get(handle.schedule_id)) == schedule
    await resolve(handle.delete())


async def test_update_pause_resume_trigger_delete(any_client: Client) -> None:
    handle = await resolve(
        any_client.schedules.create(
            "countdown", cron=YEARLY, input={"n": 0, "interval": 0.01}, schedule_id=_id()
        )
    )
    await resolve(handle.update(cron=["0 0 2 1 *"], time_zone="Europe/Paris"))
    updated = await resolve(handle.get())
    assert updated.cron_expressions == ["0 0 2 1 *"] and updated.time_zone_name == "Europe/Paris"

    await resolve(handle.pause(note="maintenance"))
    paused = await resolve(handle.get())
    assert paused.paused and paused.note == "maintenance"
    assert handle.schedule_id in [
        s.schedule_id for s in await collect(any_client.schedules.list(status="paused"))
    ]
    await resolve(any_client.schedules.resume(handle.schedule_id))
    assert not (await resolve(handle.get())).paused

    await resolve(handle.trigger(overlap=ScheduleOverlapPolicy.ALLOW_ALL))

    for _ in range(500):  # the execution starts in the emulator's background
        if (await resolve(handle.get())).recent_executions:
            break
        await anyio.sleep(0.01)
    assert (await resolve(handle.get())).recent_executions
    await resolve(any_client.schedules.delete(handle.schedule_id))
    with pytest.raises(NotFoundError):
        await resolve(handle.get())


async def test_the_listing_goes_through_every_page_lazily(
    any_client: Client, emulator: RunningEmulator
) -> None:
    tag = uuid.uuid4().hex[:8]
    ids = [f"sched-{tag}-{i}" for i in range(5)]
    for schedule_id in ids:
        await resolve(any_client.schedules.create("countdown", cron=YEARLY, schedule_id=schedule_id))
    path = ("GET", "/v1/workflows/schedules")
    before = emulator.stats.requests_by_path[path]

    listing = any_client.schedules.list(search=tag, page_size=2)
    assert emulator.stats.requests_by_path[path] == before
    schedules = await collect(listing)
    pages = await collect(listing.pages())

    assert sorted(s.schedule_id for s in schedules) == ids
    assert [len(page.schedules) for page in pages] == [2, 2, 1]
    assert all(isinstance(page, WorkflowScheduleListResponse) for page in pages)
    for schedule_id in ids:
        await resolve(any_client.schedule(schedule_id).delete())


async def test_a_handle_sends_no_request(any_client: Client, emulator: RunningEmulator) -> None:
    before = sum(emulator.stats.requests_by_path.values())
    handle = any_client.schedule("some-id")
    assert handle.schedule_id == "some-id" and "some-id" in repr(handle)
    assert sum(emulator.stats.requests_by_path.values()) == before


@pytest.mark.parametrize(
    ("call", "error", "names"),
    [
        (lambda wf: wf.schedules.create("countdown"), ValueError, "cron"),
        (lambda wf: wf.schedules.create(cron=YEARLY), ValueError, "workflow"),
        (lambda wf: wf.schedules.create("x", cron=[3]), TypeError, "cron"),
        (lambda wf: wf.schedules.create("x", interval=5), TypeError, "interval"),
        (lambda wf: wf.schedules.create("x", interval="1h"), ValueError, "interval"),
        (lambda wf: wf.schedules.create("x", interval=datetime.timedelta(0)), ValueError, "interval"),
        (lambda wf: wf.schedules.create("x", calendar={"hours": 9}), ValueError, "calendar"),
        (lambda wf: wf.schedules.create("x", calendar={"hour": "9"}), TypeError, "calendar"),
        (lambda wf: wf.schedules.create("x", cron=YEARLY, overlap="sometimes"), ValueError, "overlap"),
        (
            lambda wf: wf.schedules.create("x", cron=YEARLY, start_at=datetime.datetime(2030, 1, 1)),
            ValueError,
            "start_at",
        ),
        (lambda wf: wf.schedules.create("x", cron=YEARLY, max_executions=0), ValueError, "max_executions"),
        (lambda wf: wf.schedules.list(status="sleeping"), ValueError, "status"),
        (lambda wf: wf.schedules.list(page_size=0), ValueError, "page_size"),
        (lambda wf: wf.schedule(""), ValueError, "schedule_id"),
        (lambda wf: wf.schedule("s").update(), ValueError, "nothing to update"),
        (lambda wf: wf.schedule("s").trigger(overlap=9), ValueError, "overlap"),
    ],
)
async def test_bad_arguments_fail_before_any_request(
    any_client: Client, emulator: RunningEmulator, call: Any, error: type[Exception], names: str
) -> None:
    before = sum(emulator.stats.requests_by_path.values())
    with pytest.raises(error, match=names):
        await resolve(call(any_client))
    assert sum(emulator.stats.requests_by_path.values()) == before
