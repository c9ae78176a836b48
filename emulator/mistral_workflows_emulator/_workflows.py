"""The built-in workflows. Their names, inputs and events are part of the product.

Every input is optional; times are workflow seconds (divided by the emulator's speed). An
activity's time is spent in the activity (`ctx.work`); only `forever` and `slow` sleep in the
workflow itself, on Temporal timers (`ctx.sleep`): their histories show TIMER_STARTED / _FIRED.
Every workflow also takes `"search_keys": {"key": "value", ...}` (strings), which it sets as
its search attributes when it starts, as a real workflow upserts its own: `GET
/v1/workflows/runs` filters on them (`search_key=key:value`), `GET
.../executions/{id}?include_search_keys=true` answers them.

- `countdown` {"n": 5, "interval": 1.0, "custom_tasks": true}: per step an ACTIVITY_TASK_STARTED
  and, `interval` later, an ACTIVITY_TASK_COMPLETED (activity "tick", result {"remaining": k});
  then WORKFLOW_EXECUTION_COMPLETED with result {"counted": n}. With custom tasks, a "progress"
  custom task wraps the steps: CUSTOM_TASK_STARTED first, one CUSTOM_TASK_IN_PROGRESS per step
  (whole JSON and JSON-patch payloads in turn), CUSTOM_TASK_COMPLETED last. Event count: 2n + 2
  with {"custom_tasks": false}, 3n + 4 with custom tasks. Query `remaining`.
- `approval` {}: waits for the signal `approve` or `reject` (input {"by": str}); completes with
  {"approved": bool, "by": str | null}.
- `counter` {"start": 0}: query `value`; update `increment` {"by": 1} returns the new value;
  signal `add` {"by": 1} adds without answering; signal `finish` completes with {"value": v}.
- `flaky` {"message": "boom", "delay": 0.2}: an activity that is retried once
  (ACTIVITY_TASK_RETRYING) then fails (ACTIVITY_TASK_FAILED, CUSTOM_TASK_FAILED), then
  WORKFLOW_EXECUTION_FAILED whose failure message is `message`.
- `forever` {"interval": 1.0, "beats": 3}: a "heartbeat" custom task with `beats` progress
  events, each after a timer of `interval`, then waits until cancelled (CUSTOM_TASK_CANCELED,
  WORKFLOW_EXECUTION_CANCELED) or terminated (no event).
- `parent` {"children": 2, "n": 3, "interval": 0.1}: starts child executions of `countdown`
  (ids "<parent id>-child-<i>", input {"n": n, "interval": interval, "custom_tasks": false}),
  one "child_workflow" custom task each, waits for them all; result {"children": [ids]}.
- `renew` {"times": 2, "interval": 0.1}: one activity per run, continues as new `times` times
  (the next run's input adds "runs_done"), then completes with {"runs": times + 1}.
- `slow` {"duration": 3600, "timeout": 2}: a workflow task times out and one fails, a custom
  task times out (after a timer of 0.1), then it sleeps `duration` (a timer). Its run times
  out (status TIMED_OUT, no event) after `timeout` workflow seconds. (The execute request's
  `timeout_seconds` is not a run timeout: it bounds how long `wait_for_result` waits.)
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, ClassVar

from ._engine import (
    ContinueAsNew,
    EventType,
    Refused,
    Workflow,
    WorkflowContext,
    WorkflowFailure,
    json_patch_payload,
    json_payload,
)

_MAX_STEPS = 10_000
_MAX_SECONDS = 86_400.0


def _int(source: Mapping[str, Any], key: str, default: int, low: int, high: int, loc: str = "input") -> int:
    value = source.get(key, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        raise Refused(("body", loc, key), "Input should be a valid integer", value)
    if not low <= value <= high:
        raise Refused(("body", loc, key), f"Input should be between {low} and {high}", value)
    return value


def _seconds(source: Mapping[str, Any], key: str, default: float) -> float:
    value = source.get(key, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise Refused(("body", "input", key), "Input should be a valid number", value)
    if not 0 <= value <= _MAX_SECONDS:
        raise Refused(("body", "input", key), f"Input should be between 0 and {_MAX_SECONDS}", value)
    return float(value)


def _bool(source: Mapping[str, Any], key: str, default: bool) -> bool:
    value = source.get(key, default)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise Refused(("body", "input", key), "Input should be a valid boolean", value)
    return value


def _str(source: Mapping[str, Any], key: str, default: str | None, loc: str = "input") -> str | None:
    value = source.get(key, default)
    if value is not None and not isinstance(value, str):
        raise Refused(("body", loc, key), "Input should be a valid string", value)
    return value


async def _activity(ctx: WorkflowContext, name: str, *, input: Any, result: Any, duration: float) -> None:
    started = ctx.emit(EventType.ACTIVITY_TASK_STARTED, {"activity_name": name, "input": json_payload(input)})
    await ctx.work(duration)
    ctx.emit(
        EventType.ACTIVITY_TASK_COMPLETED,
        {
            "task_id": started.attributes["task_id"],
            "activity_name": name,
            "result": json_payload(result),
        },
    )


class Countdown(Workflow):
    name = "countdown"
    queries: ClassVar[frozenset[str]] = frozenset({"remaining"})

    def __init__(self, ctx: WorkflowContext, input: Mapping[str, Any]) -> None:
        super().__init__(ctx, input)
        self.n = _int(input, "n", 5, 0, _MAX_STEPS)
        self.interval = _seconds(input, "interval", 1.0)
        self.custom_tasks = _bool(input, "custom_tasks", True)
        self.remaining = self.n

    async def run(self) -> Any:
        progress_id = None
        if self.custom_tasks:
            started = self.ctx.emit(
                EventType.CUSTOM_TASK_STARTED,
                {
                    "custom_task_type": "progress",
                    "payload": json_payload({"done": 0, "total": self.n}),
                },
            )
            progress_id = started.attributes["custom_task_id"]
        for step in range(1, self.n + 1):
            await _activity(
                self.ctx,
                "tick",
                input={"remaining": self.remaining},
                result={"remaining": self.remaining - 1},
                duration=self.interval,
            )
            self.remaining -= 1
            if progress_id is not None:
                payload = (
                    json_payload({"done": step, "total": self.n})
                    if step % 2
                    else json_patch_payload([{"op": "replace", "path": "/done", "value": step}])
                )
                self.ctx.emit(
                    EventType.CUSTOM_TASK_IN_PROGRESS,
                    {"custom_task_id": progress_id, "custom_task_type": "progress", "payload": payload},
                )
        if progress_id is not None:
            self.ctx.emit(
                EventType.CUSTOM_TASK_COMPLETED,
                {
                    "custom_task_id": progress_id,
                    "custom_task_type": "progress",
                    "payload": json_payload({"done": self.n, "total": self.n}),
                },
            )
        return {"counted": self.n}

    def query(self, name: str, arg: Mapping[str, Any]) -> Any:
        return self.remaining


class Approval(Workflow):
    name = "approval"
    signals: ClassVar[frozenset[str]] = frozenset({"approve", "reject"})

    def __init__(self, ctx: WorkflowContext, input: Mapping[str, Any]) -> None:
        super().__init__(ctx, input)

    def check_signal(self, name: str, arg: Mapping[str, Any]) -> None:
        _str(arg, "by", None)

    async def run(self) -> Any:
        decision = await self.ctx.wait_signal(self.signals)
        return {"approved": decision.name == "approve", "by": decision.input.get("by")}


class Counter(Workflow):
    name = "counter"
    signals: ClassVar[frozenset[str]] = frozenset({"add", "finish"})
    queries: ClassVar[frozenset[str]] = frozenset({"value"})
    updates: ClassVar[frozenset[str]] = frozenset({"increment"})
    _LIMIT = 10**15

    def __init__(self, ctx: WorkflowContext, input: Mapping[str, Any]) -> None:
        super().__init__(ctx, input)
        self.value = _int(input, "start", 0, -self._LIMIT, self._LIMIT)

    def check_signal(self, name: str, arg: Mapping[str, Any]) -> None:
        _int(arg, "by", 1, -self._LIMIT, self._LIMIT)

    async def run(self) -> Any:
        while (signal := await self.ctx.wait_signal(self.signals)).name == "add":
            self.value += _int(signal.input, "by", 1, -self._LIMIT, self._LIMIT)
        return {"value": self.value}

    def query(self, name: str, arg: Mapping[str, Any]) -> Any:
        return self.value

    def update(self, name: str, arg: Mapping[str, Any]) -> Any:
        by = _int(arg, "by", 1, -self._LIMIT, self._LIMIT)
        if abs(self.value + by) > self._LIMIT:
            raise Refused(("body", "input", "by"), "the counter would overflow", by)
        self.value += by
        return self.value


class Flaky(Workflow):
    name = "flaky"

    def __init__(self, ctx: WorkflowContext, input: Mapping[str, Any]) -> None:
        super().__init__(ctx, input)
        self.message = _str(input, "message", "boom") or "boom"
        self.delay = _seconds(input, "delay", 0.2)

    async def run(self) -> Any:
        failure = {"message": self.message}
        operation = self.ctx.emit(
            EventType.CUSTOM_TASK_STARTED,
            {"custom_task_type": "operation", "payload": json_payload({"attempts": 2})},
        )
        operation_id = operation.attributes["custom_task_id"]
        call = self.ctx.emit(
            EventType.ACTIVITY_TASK_STARTED,
            {"activity_name": "flaky_call", "input": json_payload({"attempt": 1})},
        )
        task_id = call.attributes["task_id"]
        await self.ctx.work(self.delay)
        self.ctx.emit(
            EventType.ACTIVITY_TASK_RETRYING,
            {"task_id": task_id, "activity_name": "flaky_call", "attempt": 1, "failure": failure},
        )
        await self.ctx.work(self.delay)
        self.ctx.emit(
            EventType.ACTIVITY_TASK_FAILED,
            {"task_id": task_id, "activity_name": "flaky_call", "attempt": 2, "failure": failure},
        )
        self.ctx.emit(
            EventType.CUSTOM_TASK_FAILED,
            {"custom_task_id": operation_id, "custom_task_type": "operation", "failure": failure},
        )
        raise WorkflowFailure(self.message)


class Forever(Workflow):
    name = "forever"

    def __init__(self, ctx: WorkflowContext, input: Mapping[str, Any]) -> None:
        super().__init__(ctx, input)
        self.interval = _seconds(input, "interval", 1.0)
        self.beats = _int(input, "beats", 3, 0, _MAX_STEPS)

    async def run(self) -> Any:
        heartbeat = self.ctx.emit(
            EventType.CUSTOM_TASK_STARTED,
            {"custom_task_type": "heartbeat", "payload": json_payload({"beats": 0})},
        )
        heartbeat_id = heartbeat.attributes["custom_task_id"]
        try:
            for beat in range(1, self.beats + 1):
                await self.ctx.sleep(self.interval)
                self.ctx.emit(
                    EventType.CUSTOM_TASK_IN_PROGRESS,
                    {
                        "custom_task_id": heartbeat_id,
                        "custom_task_type": "heartbeat",
                        "payload": json_payload({"beats": beat}),
                    },
                )
            await self.ctx.wait_forever()
        except BaseException:
            if self.ctx.cancel_requested:
                self.ctx.emit(
                    EventType.CUSTOM_TASK_CANCELED,
                    {
                        "custom_task_id": heartbeat_id,
                        "custom_task_type": "heartbeat",
                        "reason": "execution canceled",
                    },
                )
            raise


class Parent(Workflow):
    name = "parent"

    def __init__(self, ctx: WorkflowContext, input: Mapping[str, Any]) -> None:
        super().__init__(ctx, input)
        self.children = _int(input, "children", 2, 0, 50)
        self.child_input = {
            "n": _int(input, "n", 3, 0, _MAX_STEPS),
            "interval": _seconds(input, "interval", 0.1),
            "custom_tasks": False,
        }

    async def run(self) -> Any:
        started: list[tuple[str, str]] = []
        for index in range(self.children):
            child_id = self.ctx.start_child(
                "countdown", f"{self.ctx.execution_id}-child-{index}", self.child_input
            )
            task = self.ctx.emit(
                EventType.CUSTOM_TASK_STARTED,
                {"custom_task_type": "child_workflow", "payload": json_payload({"execution_id": child_id})},
            )
            started.append((child_id, task.attributes["custom_task_id"]))
        for child_id, task_id in started:
            status = await self.ctx.wait_closed(child_id)
            self.ctx.emit(
                EventType.CUSTOM_TASK_COMPLETED,
                {
                    "custom_task_id": task_id,
                    "custom_task_type": "child_workflow",
                    "payload": json_payload({"execution_id": child_id, "status": status.value}),
                },
            )
        return {"children": [child_id for child_id, _ in started]}


class Renew(Workflow):
    name = "renew"

    def __init__(self, ctx: WorkflowContext, input: Mapping[str, Any]) -> None:
        super().__init__(ctx, input)
        self.input = dict(input)
        self.times = _int(input, "times", 2, 0, 100)
        self.interval = _seconds(input, "interval", 0.1)
        self.runs_done = _int(input, "runs_done", 0, 0, 100)

    async def run(self) -> Any:
        this_run = self.runs_done + 1
        await _activity(
            self.ctx, "renew_step", input={"run": this_run}, result={"run": this_run}, duration=self.interval
        )
        if self.runs_done < self.times:
            return ContinueAsNew({**self.input, "runs_done": this_run})
        return {"runs": this_run}


class Slow(Workflow):
    name = "slow"
    DEFAULT_TIMEOUT = 2.0

    def __init__(self, ctx: WorkflowContext, input: Mapping[str, Any]) -> None:
        super().__init__(ctx, input)
        self.duration = _seconds(input, "duration", 3600.0)
        self.time_limit = _seconds(input, "timeout", self.DEFAULT_TIMEOUT)

    def run_timeout(self) -> float | None:
        return self.time_limit

    async def run(self) -> Any:
        self.ctx.emit(EventType.WORKFLOW_TASK_TIMED_OUT, {"timeout_type": "START_TO_CLOSE"})
        self.ctx.emit(EventType.WORKFLOW_TASK_FAILED, {"failure": {"message": "workflow worker lost"}})
        deadline = self.ctx.emit(
            EventType.CUSTOM_TASK_STARTED,
            {"custom_task_type": "deadline", "payload": json_payload({"seconds": 0.1})},
        )
        await self.ctx.sleep(0.1)
        self.ctx.emit(
            EventType.CUSTOM_TASK_TIMED_OUT,
            {
                "custom_task_id": deadline.attributes["custom_task_id"],
                "custom_task_type": "deadline",
                "timeout_type": "SCHEDULE_TO_CLOSE",
            },
        )
        await self.ctx.sleep(self.duration)
        return {"slept": self.duration}


BUILTIN_WORKFLOWS: dict[str, type[Workflow]] = {
    workflow.name: workflow
    for workflow in (Countdown, Approval, Counter, Flaky, Forever, Parent, Renew, Slow)
}
