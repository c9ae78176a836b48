"""Schedules: create, list, get, update, delete, pause, resume, trigger; they fire on the
emulator's clock.

The clock. Schedules run on a virtual clock that starts at the real time when the emulator
starts and runs `speed` times faster (it follows live changes of `speed`): at speed 60 an
hourly cron fires every real minute. `scheduled_at` (future and recent executions) is in that
clock; an execution's own times stay real.

Firing. When its next action time comes (see `_timespec`; plus a random jitter up to `jitter`,
seeded), a schedule that is not paused, within `start_at` / `end_at`, and with executions left
(`max_executions`, counted down in `remaining_executions`) starts its workflow with its input
and deployment, as execution `<schedule_id>-<scheduled time, RFC 3339>` whose events carry
`schedule_id`; it then appears in the runs listing like any execution. Its overlap policy
(Temporal's: 1 SKIP, 2 BUFFER_ONE, 3 BUFFER_ALL, 4 CANCEL_OTHER, 5 TERMINATE_OTHER,
6 ALLOW_ALL) says what happens when its previous execution still runs: skip the action, keep
one (or all) to start when it ends, cancel or terminate it first, or start anyway.
`pause_on_failure` pauses the schedule when one of its executions fails. A workflow archived
meanwhile is skipped. `trigger` starts one now (paused or not, with its own overlap override),
outside `max_executions`.

Errors: 404 for an unknown schedule, 409 for a schedule id already taken, 422 for malformed
input, and 422 `workflow_refused` for what no schema can describe: no or an unknown workflow
(by name, id or registration), an archived one, an unreadable cron expression, duration, range
or time zone. Listing: filters `workflow_name`, `status` (active / paused), `search` (in the
schedule id and workflow name), `user_id` ("current" only); keyset `next_page_token`.
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ._catalog import Catalog
from ._engine import Conflict, Engine, Execution, Invalid, NotFound, Refused, Status, iso_timestamp
from ._paging import decode_token, encode_token, keyset_page
from ._requests import check_encodable, parse_json_object, query_choice, query_int
from ._timespec import TimeSpec, duration, time_spec

OVERLAP_POLICIES = (1, 2, 3, 4, 5, 6)
SKIP, BUFFER_ONE, BUFFER_ALL, CANCEL_OTHER, TERMINATE_OTHER, ALLOW_ALL = OVERLAP_POLICIES
_SCHEDULE_FIELDS = (
    "input",
    "calendars",
    "intervals",
    "cron_expressions",
    "skip",
    "start_at",
    "end_at",
    "jitter",
    "time_zone_name",
    "policy",
    "max_executions",
)
_RECENT = 10
_FAILED = frozenset({Status.FAILED, Status.TIMED_OUT})


class Clock:
    """The emulator's virtual clock (epoch seconds), `speed()` times faster than real time."""

    def __init__(self, speed: Callable[[], float]) -> None:
        self._speed = speed
        self._real = self._virtual = time.time()
        self._rate = speed()

    def now(self) -> float:
        real, rate = time.time(), self._speed()
        if rate != self._rate:
            self._virtual += (real - self._real) * self._rate
            self._real, self._rate = real, rate
        return self._virtual + (real - self._real) * rate

    def real_seconds(self, virtual_seconds: float) -> float:
        return max(virtual_seconds, 0.0) / self._speed()


def _iso(moment: float) -> str:
    return iso_timestamp(int(moment * 1e6) * 1000)


def _datetime(value: Any, loc: tuple[str, ...]) -> float | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise Invalid(loc, "Input should be a valid datetime", value, "datetime_type")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise Invalid(loc, "Input should be a valid datetime", value, "datetime_parsing") from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


@dataclass
class Schedule:
    schedule_id: str
    workflow_name: str
    deployment_name: str | None
    definition: dict[str, Any]
    spec: TimeSpec
    created: int
    paused: bool = False
    note: str | None = None
    remaining: int | None = None
    recent: list[dict[str, Any]] = field(default_factory=list)
    buffered: int = 0
    last_execution: Execution | None = None
    task: asyncio.Task[None] | None = None

    @property
    def policy(self) -> Mapping[str, Any]:
        policy = self.definition.get("policy")
        return policy if isinstance(policy, Mapping) else {}

    @property
    def overlap(self) -> int:
        value = self.policy.get("overlap")
        return value if isinstance(value, int) and value in OVERLAP_POLICIES else SKIP


def _check_definition(schedule: Any, *, partial: bool) -> dict[str, Any]:
    loc = ("body", "schedule")
    if not isinstance(schedule, dict):
        if schedule is None:
            raise Invalid(loc, "Field required", None, "missing")
        raise Invalid(loc, "Input should be a valid dictionary", schedule, "dict_type")
    if not partial and "input" not in schedule:
        raise Invalid((*loc, "input"), "Field required", None, "missing")
    for key in ("calendars", "intervals", "cron_expressions", "skip"):
        value = schedule.get(key)
        if value is not None and not isinstance(value, list):
            raise Invalid((*loc, key), "Input should be a valid list", value, "list_type")
    for key in ("start_at", "end_at"):
        _datetime(schedule.get(key), (*loc, key))
    if schedule.get("jitter") is not None:
        duration(schedule["jitter"], (*loc, "jitter"))
    maximum = schedule.get("max_executions")
    if maximum is not None and (not isinstance(maximum, int) or isinstance(maximum, bool)):
        raise Invalid((*loc, "max_executions"), "Input should be a valid integer", maximum, "int_type")
    policy = schedule.get("policy")
    if policy is not None:
        if not isinstance(policy, dict):
            raise Invalid((*loc, "policy"), "Input should be a valid dictionary", policy, "dict_type")
        overlap = policy.get("overlap")
        if overlap is not None and overlap not in OVERLAP_POLICIES:
            raise Invalid((*loc, "policy", "overlap"), "Input should be 1, 2, 3, 4, 5 or 6", overlap, "enum")
    return schedule


def _optional_body(raw: bytes) -> dict[str, Any]:
    """A body the contract makes optional (`anyOf [object, null]`): empty or null is {}."""
    if not raw.strip() or raw.strip() == b"null":
        return {}
    return parse_json_object(raw)


class Schedules:
    """Every schedule of one emulator, and their firing tasks."""

    def __init__(self, engine: Engine, catalog: Catalog, clock: Clock, seed: int) -> None:
        self.engine = engine
        self.catalog = catalog
        self.clock = clock
        self.schedules: dict[str, Schedule] = {}
        self._random = random.Random(seed)
        self._created = 0

    def get(self, schedule_id: str) -> Schedule:
        schedule = self.schedules.get(schedule_id)
        if schedule is None:
            raise NotFound(f"schedule not found: {schedule_id}")
        return schedule

    # ----- operations ----------------------------------------------------------------------

    def create(self, body: Mapping[str, Any]) -> Schedule:
        definition = _check_definition(body.get("schedule"), partial=False)
        workflow_name = self._workflow_of(body)
        schedule_id = body.get("schedule_id") or definition.get("schedule_id") or str(uuid.uuid4())
        if not isinstance(schedule_id, str):
            raise Invalid(
                ("body", "schedule_id"), "Input should be a valid string", schedule_id, "string_type"
            )
        check_encodable(schedule_id, ("body", "schedule_id"))
        if schedule_id in self.schedules:
            raise Conflict(f"schedule {schedule_id} already exists")
        deployment = body.get("deployment_name") or body.get("workflow_task_queue")
        if deployment is not None and not isinstance(deployment, str):
            raise Invalid(
                ("body", "deployment_name"), "Input should be a valid string", deployment, "string_type"
            )
        spec = time_spec(definition)
        stored = {key: definition[key] for key in _SCHEDULE_FIELDS if key in definition}
        maximum = definition.get("max_executions")
        self._created += 1
        schedule = Schedule(schedule_id, workflow_name, deployment, stored, spec, self._created)
        schedule.remaining = max(maximum, 0) if isinstance(maximum, int) else None
        self.schedules[schedule_id] = schedule
        self._restart(schedule)
        return schedule

    def update(self, schedule_id: str, body: Mapping[str, Any]) -> Schedule:
        schedule = self.get(schedule_id)
        changes = _check_definition(body.get("schedule"), partial=True)
        merged = {**schedule.definition, **{k: changes[k] for k in _SCHEDULE_FIELDS if k in changes}}
        schedule.spec = time_spec(merged)
        schedule.definition = merged
        if "max_executions" in changes:
            maximum = changes["max_executions"]
            schedule.remaining = max(maximum, 0) if isinstance(maximum, int) else None
        self._restart(schedule)
        return schedule

    def delete(self, schedule_id: str) -> None:
        schedule = self.get(schedule_id)
        if schedule.task is not None:
            schedule.task.cancel()
        del self.schedules[schedule_id]

    def set_paused(self, schedule_id: str, raw: bytes, paused: bool) -> None:
        body = _optional_body(raw)
        note = body.get("note")
        if note is not None and not isinstance(note, str):
            raise Invalid(("body", "note"), "Input should be a valid string", note, "string_type")
        schedule = self.get(schedule_id)
        schedule.paused = paused
        schedule.note = note
        self._restart(schedule)

    def trigger(self, schedule_id: str, raw: bytes) -> None:
        body = _optional_body(raw)
        overlap = body.get("overlap")
        if overlap is not None and overlap not in OVERLAP_POLICIES:
            raise Invalid(("body", "overlap"), "Input should be 1, 2, 3, 4, 5 or 6", overlap, "enum")
        schedule = self.get(schedule_id)
        self.catalog.executable(schedule.workflow_name)
        self._act(schedule, self.clock.now(), overlap or schedule.overlap)

    def shutdown(self) -> None:
        for schedule in self.schedules.values():
            if schedule.task is not None:
                schedule.task.cancel()

    # ----- firing ----------------------------------------------------------------------------

    def _workflow_of(self, body: Mapping[str, Any]) -> str:
        registration = body.get("workflow_registration_id") or body.get("workflow_version_id")
        identifier = body.get("workflow_identifier")
        try:
            if isinstance(registration, str):
                return self.catalog.executable(self.catalog.registration(registration).name).name
            if isinstance(identifier, str):
                return self.catalog.executable(identifier).name
        except (NotFound, Invalid) as error:
            raise Refused(("body", "workflow_identifier"), str(error), identifier or registration) from None
        raise Refused(
            ("body", "workflow_identifier"),
            "name the workflow to schedule: workflow_identifier or workflow_registration_id",
        )

    def _next(self, schedule: Schedule, after: float) -> float | None:
        start = _datetime(schedule.definition.get("start_at"), ("schedule", "start_at"))
        end = _datetime(schedule.definition.get("end_at"), ("schedule", "end_at"))
        if start is not None and after < start:
            after = start - 1
        moment = schedule.spec.next_after(datetime.fromtimestamp(after, tz=UTC))
        if moment is None:
            return None
        at = moment.timestamp()
        return None if end is not None and at > end else at

    def future(self, schedule: Schedule, count: int = 10) -> list[float]:
        if schedule.paused or schedule.remaining == 0:
            return []
        times: list[float] = []
        after = self.clock.now()
        while len(times) < count:
            at = self._next(schedule, after)
            if at is None:
                break
            times.append(at)
            after = at
        return times

    def _restart(self, schedule: Schedule) -> None:
        if schedule.task is not None:
            schedule.task.cancel()
        schedule.task = asyncio.get_running_loop().create_task(self._run(schedule))

    async def _run(self, schedule: Schedule) -> None:
        """Fire the schedule at each action time, until it has none left, is paused or deleted."""
        while not schedule.paused and schedule.remaining != 0:
            at = self._next(schedule, self.clock.now())
            if at is None:
                return
            jitter = schedule.definition.get("jitter")
            delay = self._random.uniform(0, duration(jitter, ("jitter",))) if jitter else 0.0
            while (left := at + delay - self.clock.now()) > 0:
                await asyncio.sleep(min(self.clock.real_seconds(left), 0.5))
            archived = self.catalog.get(schedule.workflow_name).archived
            started = not archived and self._act(schedule, at, schedule.overlap)
            if started and schedule.remaining is not None:
                schedule.remaining -= 1

    def _act(self, schedule: Schedule, scheduled_at: float, overlap: int) -> bool:
        """One action of the schedule under this overlap policy; whether it started (or buffered)."""
        running = schedule.last_execution
        if running is not None and not running.finished and overlap != ALLOW_ALL:
            if overlap == SKIP:
                return False
            if overlap in (BUFFER_ONE, BUFFER_ALL):
                if overlap == BUFFER_ALL or schedule.buffered == 0:
                    schedule.buffered += 1
                    asyncio.get_running_loop().create_task(self._start_after(schedule, running, scheduled_at))
                    return True
                return False
            if overlap == CANCEL_OTHER:
                self.engine.cancel(running.execution_id)
            else:
                self.engine.terminate(running.execution_id)
        self._start(schedule, scheduled_at)
        return True

    async def _start_after(self, schedule: Schedule, running: Execution, scheduled_at: float) -> None:
        await running.wait_finished(None)
        schedule.buffered -= 1
        if schedule.schedule_id in self.schedules and not self.engine.closing:
            latest = schedule.last_execution
            if latest is not None and latest is not running and not latest.finished:
                await latest.wait_finished(None)
            self._start(schedule, scheduled_at)

    def _start(self, schedule: Schedule, scheduled_at: float) -> None:
        base = f"{schedule.schedule_id}-{_iso(scheduled_at)[:19]}Z"
        execution_id, suffix = base, 1
        while execution_id in self.engine.executions:
            suffix += 1
            execution_id = f"{base}-{suffix}"
        raw_input = schedule.definition.get("input")
        execution = self.engine.start(
            schedule.workflow_name,
            execution_id=execution_id,
            input=raw_input if isinstance(raw_input, dict) else {},
            deployment_name=schedule.deployment_name,
            schedule_id=schedule.schedule_id,
        )
        schedule.last_execution = execution
        schedule.recent.append(
            {
                "scheduled_at": _iso(scheduled_at),
                "started_at": _iso(time.time()),
                "execution_id": execution_id,
            }
        )
        del schedule.recent[:-_RECENT]
        if schedule.policy.get("pause_on_failure") is True:
            asyncio.get_running_loop().create_task(self._pause_on_failure(schedule, execution))

    async def _pause_on_failure(self, schedule: Schedule, execution: Execution) -> None:
        await execution.wait_finished(None)
        if execution.status in _FAILED and schedule.schedule_id in self.schedules:
            schedule.paused = True
            schedule.note = f"paused: execution {execution.execution_id} {execution.status.value}"
            if schedule.task is not None:
                schedule.task.cancel()

    # ----- renderings and listing -------------------------------------------------------

    def output(self, schedule: Schedule) -> dict[str, Any]:
        """A ScheduleDefinitionOutput."""
        return {
            **schedule.definition,
            "input": schedule.definition.get("input"),
            "schedule_id": schedule.schedule_id,
            "remaining_executions": schedule.remaining,
            "workflow_name": schedule.workflow_name,
            "deployment_name": schedule.deployment_name,
            "paused": schedule.paused,
            "note": schedule.note,
            "future_executions": [{"scheduled_at": _iso(at)} for at in self.future(schedule)],
            "recent_executions": list(schedule.recent),
        }

    def list(self, params: Any) -> dict[str, Any]:
        """One page of a WorkflowScheduleListResponse."""
        workflow_name = params.get("workflow_name")
        user_id = params.get("user_id")
        status = query_choice(params, "status", ("active", "paused"))
        search = (params.get("search") or "").casefold()
        page_size = query_int(params, "page_size", 50, 1, 1000) if params.get("page_size") else 50
        context = ("schedules",)
        after = decode_token(params.get("next_page_token"), context, ("query", "next_page_token"), (int,))

        def keep(schedule: Schedule) -> bool:
            return (
                (workflow_name is None or schedule.workflow_name == workflow_name)
                and (user_id is None or user_id == "current")
                and (status is None or schedule.paused is (status == "paused"))
                and search in f"{schedule.schedule_id}\n{schedule.workflow_name}".casefold()
            )

        rows = [schedule for schedule in self.schedules.values() if keep(schedule)]
        page, last = keyset_page(rows, lambda s: (s.created,), descending=False, after=after, limit=page_size)
        return {
            "schedules": [self.output(schedule) for schedule in page],
            "next_page_token": encode_token(context, last) if last is not None else None,
        }
