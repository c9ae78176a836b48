"""The emulator's in-memory state machine: executions, runs, events, signals, updates, resets.

No HTTP here. Everything runs on one asyncio event loop (the server's); the workflow code of
each run is a task on that loop. Each state change appends an event to the execution's log,
with a strictly increasing `broker_sequence` that is also the event's `event_id`.

Runs. An execution has one or more runs. Continue-as-new closes a run (its last event is
WORKFLOW_EXECUTION_CONTINUED_AS_NEW) and starts the next with a new run_id and a fresh
history. A run's status is RUNNING until it closes; the execution's status is its latest run's.

Cancel is graceful: the workflow code sees the cancellation, may clean up (emit events), and
the run ends with WORKFLOW_EXECUTION_CANCELED. Terminate and timeout are immediate and emit
no event. When an execution closes, its running children are cancelled (parent CANCELED) or
terminated (parent FAILED, TERMINATED or TIMED_OUT).

Reset. Valid reset points are the event ids of the current run's history (`history()`) of a
running or finished execution (re-running a failed execution is the common case). A reset keeps
the events up to and including the reset point, drops the rest, and starts a new run (new
run_id, status RUNNING) that re-runs the workflow code from the start in replay mode: while
replaying, emitted events are matched against the kept ones instead of being appended and
sleeps return at once; after the last kept event the run goes live. Signals and updates
received before the reset point are always redelivered to the new run; those received after it
are redelivered unless `exclude_signals` / `exclude_updates`. Event ids are never reused, so a
stream sees the new run's events after the old ones.
"""

from __future__ import annotations

import abc
import asyncio
import bisect
import json
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar, Literal

NAMESPACE = "default"


class EventType(StrEnum):
    """The 17 event types of the API."""

    WORKFLOW_EXECUTION_STARTED = "WORKFLOW_EXECUTION_STARTED"
    WORKFLOW_EXECUTION_COMPLETED = "WORKFLOW_EXECUTION_COMPLETED"
    WORKFLOW_EXECUTION_FAILED = "WORKFLOW_EXECUTION_FAILED"
    WORKFLOW_EXECUTION_CANCELED = "WORKFLOW_EXECUTION_CANCELED"
    WORKFLOW_EXECUTION_CONTINUED_AS_NEW = "WORKFLOW_EXECUTION_CONTINUED_AS_NEW"
    WORKFLOW_TASK_TIMED_OUT = "WORKFLOW_TASK_TIMED_OUT"
    WORKFLOW_TASK_FAILED = "WORKFLOW_TASK_FAILED"
    CUSTOM_TASK_STARTED = "CUSTOM_TASK_STARTED"
    CUSTOM_TASK_IN_PROGRESS = "CUSTOM_TASK_IN_PROGRESS"
    CUSTOM_TASK_COMPLETED = "CUSTOM_TASK_COMPLETED"
    CUSTOM_TASK_FAILED = "CUSTOM_TASK_FAILED"
    CUSTOM_TASK_TIMED_OUT = "CUSTOM_TASK_TIMED_OUT"
    CUSTOM_TASK_CANCELED = "CUSTOM_TASK_CANCELED"
    ACTIVITY_TASK_STARTED = "ACTIVITY_TASK_STARTED"
    ACTIVITY_TASK_COMPLETED = "ACTIVITY_TASK_COMPLETED"
    ACTIVITY_TASK_RETRYING = "ACTIVITY_TASK_RETRYING"
    ACTIVITY_TASK_FAILED = "ACTIVITY_TASK_FAILED"


class Status(StrEnum):
    """Status of a run (and of an execution: its latest run's)."""

    RUNNING = "RUNNING"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    CANCELED = "CANCELED"
    TERMINATED = "TERMINATED"
    CONTINUED_AS_NEW = "CONTINUED_AS_NEW"
    TIMED_OUT = "TIMED_OUT"


FINAL_STATUSES = frozenset(
    {Status.COMPLETED, Status.FAILED, Status.CANCELED, Status.TERMINATED, Status.TIMED_OUT}
)
RUN_CLOSING_EVENTS = frozenset(
    {
        EventType.WORKFLOW_EXECUTION_COMPLETED,
        EventType.WORKFLOW_EXECUTION_FAILED,
        EventType.WORKFLOW_EXECUTION_CANCELED,
        EventType.WORKFLOW_EXECUTION_CONTINUED_AS_NEW,
    }
)
_WORKFLOW_TASK_EVENTS = frozenset(
    {
        EventType.WORKFLOW_EXECUTION_STARTED,
        *RUN_CLOSING_EVENTS,
        EventType.WORKFLOW_TASK_TIMED_OUT,
        EventType.WORKFLOW_TASK_FAILED,
    }
)


# ----- errors ---------------------------------------------------------------------------


class EngineError(Exception):
    """A request the state machine refuses."""


class NotFound(EngineError):
    """No execution (or workflow) with this name."""


class Conflict(EngineError):
    """The request does not fit the execution's state."""


class Invalid(EngineError):
    """A malformed request: `loc` says where, as in a validation error."""

    def __init__(
        self, loc: Sequence[str | int], message: str, value: Any = None, kind: str = "value_error"
    ) -> None:
        super().__init__(message)
        self.loc = tuple(loc)
        self.message = message
        self.value = value
        self.kind = kind


class WorkflowFailure(Exception):
    """Raised by workflow code to fail its execution with this message."""


class RunClosed(Exception):
    """Workflow code acted on a run that has already closed (terminated, timed out, reset)."""


# ----- records --------------------------------------------------------------------------


def json_payload(value: Any) -> dict[str, Any]:
    """A JSONPayloadResponse."""
    return {"type": "json", "value": value}


def json_patch_payload(operations: list[dict[str, Any]]) -> dict[str, Any]:
    """A JSONPatchPayloadResponse."""
    return {"type": "json_patch", "value": operations}


def iso_timestamp(timestamp_ns: int) -> str:
    """RFC 3339 UTC with microseconds (our timestamps are whole microseconds)."""
    moment = datetime.fromtimestamp(timestamp_ns // 1000 / 1_000_000, tz=UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(slots=True)
class Event:
    """One stored event; `data` is its wire form (a WorkflowEventBase plus type and attributes).

    Never changed once emitted (not frozen only because building frozen ones costs more): its
    stream form can therefore wait until it is first read.
    """

    sequence: int
    event_type: EventType
    timestamp_ns: int
    run_id: str
    data: Mapping[str, Any]
    _stream_json: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def attributes(self) -> Mapping[str, Any]:
        attributes: Mapping[str, Any] = self.data["attributes"]
        return attributes

    @property
    def stream_payload(self) -> str:
        """The StreamEventSsePayload of this event, as JSON (encoded on first read, then kept).

        Most events are never streamed: encoding each at emit time was most of an emit's cost.
        """
        if self._stream_json is None:
            self._stream_json = json.dumps(self._stream_fields(), separators=(",", ":"))
        return self._stream_json

    def _stream_fields(self) -> dict[str, Any]:
        data = self.data
        return {
            "stream": data["workflow_exec_id"],
            "timestamp": iso_timestamp(self.timestamp_ns),
            "data": data,
            "workflow_context": {
                "namespace": NAMESPACE,
                "workflow_name": data["workflow_name"],
                "workflow_exec_id": data["workflow_exec_id"],
                "parent_workflow_exec_id": data["parent_workflow_exec_id"],
                "root_workflow_exec_id": data["root_workflow_exec_id"],
            },
            "metadata": {"run_id": self.run_id},
            "broker_sequence": self.sequence,
        }


@dataclass(frozen=True, slots=True)
class Delivery:
    """A signal or update as received; `position` is the last event id issued before it."""

    name: str
    input: Mapping[str, Any]
    position: int


@dataclass(frozen=True, slots=True)
class ContinueAsNew:
    """Returned by workflow code to continue as a new run with this input."""

    input: Mapping[str, Any]


# ----- workflow code contract -------------------------------------------------------------


class Workflow(abc.ABC):
    """Base of the built-in workflows. The constructor validates the input (raising Invalid)."""

    name: ClassVar[str]
    signals: ClassVar[frozenset[str]] = frozenset()
    queries: ClassVar[frozenset[str]] = frozenset()
    updates: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, ctx: WorkflowContext, input: Mapping[str, Any]) -> None:
        self.ctx = ctx

    @abc.abstractmethod
    async def run(self) -> Any:
        """The workflow body: returns its result or a ContinueAsNew, raises WorkflowFailure."""

    def check_signal(self, name: str, arg: Mapping[str, Any]) -> None:  # noqa: B027
        """Validate a signal's input before it is accepted (raise Invalid)."""

    def query(self, name: str, arg: Mapping[str, Any]) -> Any:
        raise Invalid(("body", "name"), f"unknown query {name!r}", name)

    def update(self, name: str, arg: Mapping[str, Any]) -> Any:
        raise Invalid(("body", "name"), f"unknown update {name!r}", name)

    @classmethod
    def run_timeout(cls, requested: float | None) -> float | None:
        """The run's time limit in workflow seconds (None: none). Only some workflows have one."""
        return None


class WorkflowContext:
    """What workflow code may do; bound to one run."""

    def __init__(self, engine: Engine, execution: Execution, run: Run) -> None:
        self._engine = engine
        self._execution = execution
        self._run = run

    @property
    def execution_id(self) -> str:
        return self._execution.execution_id

    @property
    def cancel_requested(self) -> bool:
        return self._run.cancel_requested

    def emit(self, event_type: EventType, attributes: Mapping[str, Any]) -> Event:
        return self._engine._emit(self._execution, self._run, event_type, attributes)

    async def sleep(self, seconds: float) -> None:
        """Sleep in workflow time (divided by the speed); no wait while replaying."""
        if self._run.replay or seconds <= 0:
            await asyncio.sleep(0)
        else:
            await asyncio.sleep(seconds / self._engine.speed())

    async def wait_signal(self, names: Iterable[str]) -> Delivery:
        """The next signal with one of these names, in arrival order."""
        wanted = frozenset(names)
        while True:
            for delivery in self._run.inbox:
                if delivery.name in wanted:
                    self._run.inbox.remove(delivery)
                    return delivery
            self._run.inbox_changed.clear()
            await self._run.inbox_changed.wait()

    async def wait_forever(self) -> None:
        await asyncio.get_running_loop().create_future()

    def start_child(self, workflow_name: str, execution_id: str, input: Mapping[str, Any]) -> str:
        """Start a child execution, or adopt it when a replay meets it already started."""
        existing = self._engine.executions.get(execution_id)
        if existing is not None:
            if existing.parent_execution_id != self.execution_id:
                raise WorkflowFailure(f"child execution id {execution_id!r} is already taken")
            return execution_id
        self._engine.start(workflow_name, execution_id=execution_id, input=input, parent=self._execution)
        return execution_id

    async def wait_closed(self, execution_id: str) -> Status:
        """Wait until that execution has finished; return its status."""
        execution = self._engine.get(execution_id)
        await execution.wait_finished(None)
        return execution.status


# ----- executions ---------------------------------------------------------------------------


@dataclass(eq=False)
class Run:
    """One run of an execution."""

    run_id: str
    input: Mapping[str, Any]
    first_run_id: str
    continued_run_id: str | None
    history_from: int
    """Event id where this run's history starts (a reset run inherits its predecessor's)."""
    status: Status = Status.RUNNING
    started: bool = False
    """Whether its task has begun `Engine._drive` (which then closes the run however it ends)."""
    cancel_requested: bool = False
    replay: deque[Event] = field(default_factory=deque)
    inbox: deque[Delivery] = field(default_factory=deque)
    inbox_changed: asyncio.Event = field(default_factory=asyncio.Event)
    workflow: Workflow | None = None
    task: asyncio.Task[None] | None = None
    timeout: asyncio.TimerHandle | None = None

    @property
    def is_open(self) -> bool:
        return self.status is Status.RUNNING


@dataclass(eq=False)
class Execution:
    """An execution and its event log (all kept events of all its runs)."""

    execution_id: str
    workflow_name: str
    parent_execution_id: str | None
    root_execution_id: str
    deployment_name: str | None
    start_ns: int
    requested_timeout: float | None = None
    runs: list[Run] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    last_sequence: int = 0
    last_timestamp_ns: int = 0
    result: Any = None
    end_ns: int | None = None
    signals: list[Delivery] = field(default_factory=list)
    updates: list[Delivery] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    abandoned: bool = False
    """Set when the emulator shuts down: waiters stop waiting."""
    _changed: asyncio.Event | None = None
    """What `changed()` handed out since the last change; None while nobody waits."""

    @property
    def run(self) -> Run:
        return self.runs[-1]

    @property
    def status(self) -> Status:
        return self.run.status

    @property
    def finished(self) -> bool:
        return self.status in FINAL_STATUSES

    def history(self) -> list[Event]:
        """The current run's history."""
        start = bisect.bisect_left(self.events, self.run.history_from, key=_sequence)
        return self.events[start:]

    def events_after(self, sequence: int) -> list[Event]:
        return self.events[bisect.bisect_right(self.events, sequence, key=_sequence) :]

    def changed(self) -> asyncio.Event:
        """An asyncio.Event set at the next change of this execution."""
        if self._changed is None:
            self._changed = asyncio.Event()
        return self._changed

    def notify(self) -> None:
        """Wake whoever waits on `changed()`; free when nobody does (most changes)."""
        changed, self._changed = self._changed, None
        if changed is not None:
            changed.set()

    async def wait_finished(self, timeout: float | None) -> bool:
        """Wait (real seconds, None: forever) until finished; True when it has."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.finished and not self.abandoned:
            changed = self.changed()
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                return False
            try:
                await asyncio.wait_for(changed.wait(), remaining)
            except TimeoutError:
                return self.finished
        return self.finished


def _sequence(event: Event) -> int:
    return event.sequence


BatchAction = Literal["cancel", "terminate"]


class Engine:
    """All executions of one emulator, and the operations on them."""

    def __init__(
        self,
        workflows: Mapping[str, type[Workflow]],
        *,
        speed: Callable[[], float],
    ) -> None:
        self.workflows = dict(workflows)
        self.speed = speed
        self.executions: dict[str, Execution] = {}
        self.closing = False

    # ----- lookups ----------------------------------------------------------------------

    def get(self, execution_id: str) -> Execution:
        execution = self.executions.get(execution_id)
        if execution is None:
            raise NotFound(f"execution not found: {execution_id}")
        return execution

    def _get_open(self, execution_id: str) -> Execution:
        execution = self.get(execution_id)
        if execution.finished:
            raise Conflict(f"execution {execution_id} is already {execution.status.value}")
        return execution

    def _workflow_of(self, execution: Execution) -> Workflow:
        workflow = execution.run.workflow
        assert workflow is not None
        return workflow

    # ----- start ----------------------------------------------------------------------

    def start(
        self,
        workflow_name: str,
        *,
        execution_id: str | None = None,
        input: Mapping[str, Any] | None = None,
        requested_timeout: float | None = None,
        deployment_name: str | None = None,
        parent: Execution | None = None,
    ) -> Execution:
        """Create and start an execution; its STARTED event is stored before this returns."""
        workflow_class = self.workflows.get(workflow_name)
        if workflow_class is None:
            raise NotFound(f"workflow not found: {workflow_name}")
        if execution_id is None:
            execution_id = str(uuid.uuid4())
        elif execution_id in self.executions:
            raise Conflict(f"execution {execution_id} already exists")
        run_input = dict(input or {})
        now = time.time_ns() // 1000 * 1000
        execution = Execution(
            execution_id=execution_id,
            workflow_name=workflow_name,
            parent_execution_id=parent.execution_id if parent else None,
            root_execution_id=parent.root_execution_id if parent else execution_id,
            deployment_name=deployment_name,
            start_ns=now,
            requested_timeout=requested_timeout,
        )
        run_id = str(uuid.uuid4())
        run = Run(
            run_id=run_id,
            input=run_input,
            first_run_id=run_id,
            continued_run_id=None,
            history_from=1,
        )
        execution.runs.append(run)
        # Built before registration so that bad input leaves no trace.
        run.workflow = workflow_class(WorkflowContext(self, execution, run), run_input)
        self.executions[execution_id] = execution
        if parent is not None:
            parent.children.append(execution_id)
        self._begin(execution, run)
        return execution

    def _begin(self, execution: Execution, run: Run) -> None:
        self._emit(
            execution,
            run,
            EventType.WORKFLOW_EXECUTION_STARTED,
            {
                "workflow_name": execution.workflow_name,
                "input": json_payload(dict(run.input)),
                "attempt": 1,
            },
        )
        loop = asyncio.get_running_loop()
        timeout = self.workflows[execution.workflow_name].run_timeout(execution.requested_timeout)
        if timeout is not None:
            run.timeout = loop.call_later(timeout / self.speed(), self._time_out, execution, run)
        run.task = loop.create_task(self._drive(execution, run))

    # ----- events -------------------------------------------------------------------------

    def _emit(
        self,
        execution: Execution,
        run: Run,
        event_type: EventType,
        attributes: Mapping[str, Any],
    ) -> Event:
        if not run.is_open:
            raise RunClosed(run.run_id)
        if run.replay:
            expected = run.replay.popleft()
            if expected.event_type is event_type:
                return expected
            # The workflow took another path than the kept history: the rest of it is void.
            del execution.events[execution.events.index(expected) :]
            run.replay.clear()
        sequence = execution.last_sequence + 1
        execution.last_sequence = sequence
        timestamp_ns = max(time.time_ns() // 1000 * 1000, execution.last_timestamp_ns + 1000)
        execution.last_timestamp_ns = timestamp_ns
        full_attributes = dict(attributes)
        if event_type in _WORKFLOW_TASK_EVENTS or event_type is EventType.ACTIVITY_TASK_STARTED:
            full_attributes.setdefault("task_id", str(sequence))
        if event_type is EventType.CUSTOM_TASK_STARTED:
            full_attributes.setdefault("custom_task_id", f"custom-{sequence}")
        data = {
            "event_id": str(sequence),
            "event_timestamp": timestamp_ns,
            "root_workflow_exec_id": execution.root_execution_id,
            "parent_workflow_exec_id": execution.parent_execution_id,
            "continued_run_id": run.continued_run_id,
            "first_execution_run_id": run.first_run_id,
            "schedule_id": None,
            "workflow_exec_id": execution.execution_id,
            "workflow_run_id": run.run_id,
            "workflow_name": execution.workflow_name,
            "event_type": event_type.value,
            "attributes": full_attributes,
        }
        event = Event(
            sequence=sequence,
            event_type=event_type,
            timestamp_ns=timestamp_ns,
            run_id=run.run_id,
            data=data,
        )
        execution.events.append(event)
        execution.notify()
        return event

    # ----- the workflow task ----------------------------------------------------------------

    async def _drive(self, execution: Execution, run: Run) -> None:
        run.started = True
        try:
            await self._run_workflow(execution, run)
        finally:
            self._after_task(execution, run)

    async def _run_workflow(self, execution: Execution, run: Run) -> None:
        workflow = run.workflow
        assert workflow is not None
        try:
            outcome = await workflow.run()
        except asyncio.CancelledError:
            if run.is_open and run.cancel_requested:
                self._close_canceled(execution, run)
            return
        except RunClosed:
            return
        except WorkflowFailure as failure:
            if run.is_open:
                self._close_failed(execution, run, str(failure))
            return
        except Exception as error:  # a bug in workflow code fails its execution, not the server
            if run.is_open:
                self._close_failed(execution, run, f"{type(error).__name__}: {error}")
            return
        if not run.is_open:
            return
        if isinstance(outcome, ContinueAsNew):
            self._continue_as_new(execution, run, outcome.input)
        else:
            self._emit(
                execution,
                run,
                EventType.WORKFLOW_EXECUTION_COMPLETED,
                {"result": json_payload(outcome), "attempt": 1},
            )
            self._close(execution, run, Status.COMPLETED, result=outcome)

    def _after_task(self, execution: Execution, run: Run) -> None:
        """Close a run whose task ended without closing it (e.g. cancelled before it began)."""
        if not run.is_open or self.closing:
            return
        if run.cancel_requested:
            self._close_canceled(execution, run)
        else:
            self._close_failed(execution, run, "the workflow task ended unexpectedly")

    def _close_canceled(self, execution: Execution, run: Run) -> None:
        self._emit(
            execution,
            run,
            EventType.WORKFLOW_EXECUTION_CANCELED,
            {"reason": "cancellation requested", "attempt": 1},
        )
        self._close(execution, run, Status.CANCELED)

    def _close_failed(self, execution: Execution, run: Run, message: str) -> None:
        self._emit(
            execution,
            run,
            EventType.WORKFLOW_EXECUTION_FAILED,
            {"failure": {"message": message}, "attempt": 1},
        )
        self._close(execution, run, Status.FAILED)

    def _continue_as_new(self, execution: Execution, run: Run, new_input: Mapping[str, Any]) -> None:
        new_run_id = str(uuid.uuid4())
        self._emit(
            execution,
            run,
            EventType.WORKFLOW_EXECUTION_CONTINUED_AS_NEW,
            {
                "new_execution_run_id": new_run_id,
                "workflow_name": execution.workflow_name,
                "input": json_payload(dict(new_input)),
            },
        )
        self._close(execution, run, Status.CONTINUED_AS_NEW)
        next_run = Run(
            run_id=new_run_id,
            input=dict(new_input),
            first_run_id=run.first_run_id,
            continued_run_id=run.run_id,
            history_from=execution.last_sequence + 1,
        )
        execution.runs.append(next_run)
        workflow_class = self.workflows[execution.workflow_name]
        next_run.workflow = workflow_class(WorkflowContext(self, execution, next_run), next_run.input)
        self._begin(execution, next_run)

    def _close(self, execution: Execution, run: Run, status: Status, result: Any = None) -> None:
        run.status = status
        if run.timeout is not None:
            run.timeout.cancel()
        if status in FINAL_STATUSES:
            execution.result = result
            execution.end_ns = max(time.time_ns() // 1000 * 1000, execution.last_timestamp_ns)
            self._close_children(execution, status)
        execution.notify()

    def _close_children(self, execution: Execution, status: Status) -> None:
        if status is Status.COMPLETED:
            return
        for child_id in execution.children:
            child = self.executions[child_id]
            if child.finished:
                continue
            if status is Status.CANCELED:
                self._request_cancel(child)
            else:
                self._stop(child, Status.TERMINATED)

    def _stop(self, execution: Execution, status: Status) -> None:
        """End the current run at once, without an event (terminate, timeout)."""
        run = execution.run
        self._close(execution, run, status)
        if run.task is not None:
            run.task.cancel()

    def _time_out(self, execution: Execution, run: Run) -> None:
        if run.is_open and run is execution.run:
            self._stop(execution, Status.TIMED_OUT)

    def _request_cancel(self, execution: Execution) -> None:
        run = execution.run
        if run.cancel_requested:
            return
        run.cancel_requested = True
        task = run.task
        if task is not None:
            if not run.started:
                # A task cancelled before its first step never enters `_drive`.
                task.add_done_callback(lambda _: self._after_task(execution, run))
            task.cancel()

    # ----- operations ---------------------------------------------------------------------

    def signal(self, execution_id: str, name: str, arg: Mapping[str, Any]) -> None:
        execution = self._get_open(execution_id)
        workflow = self._workflow_of(execution)
        if name not in workflow.signals:
            raise Invalid(
                ("body", "name"), f"workflow {execution.workflow_name} has no signal {name!r}", name
            )
        workflow.check_signal(name, arg)
        delivery = Delivery(name, dict(arg), execution.last_sequence)
        execution.signals.append(delivery)
        execution.run.inbox.append(delivery)
        execution.run.inbox_changed.set()

    def query(self, execution_id: str, name: str, arg: Mapping[str, Any]) -> Any:
        execution = self._get_open(execution_id)
        workflow = self._workflow_of(execution)
        if name not in workflow.queries:
            raise Invalid(("body", "name"), f"workflow {execution.workflow_name} has no query {name!r}", name)
        return workflow.query(name, arg)

    def update(self, execution_id: str, name: str, arg: Mapping[str, Any]) -> Any:
        execution = self._get_open(execution_id)
        workflow = self._workflow_of(execution)
        if name not in workflow.updates:
            raise Invalid(
                ("body", "name"),
                f"workflow {execution.workflow_name} has no update {name!r}",
                name,
            )
        result = workflow.update(name, arg)
        execution.updates.append(Delivery(name, dict(arg), execution.last_sequence))
        return result

    def cancel(self, execution_id: str) -> None:
        self._request_cancel(self._get_open(execution_id))

    def terminate(self, execution_id: str) -> None:
        self._stop(self._get_open(execution_id), Status.TERMINATED)

    def batch(self, execution_ids: Sequence[str], action: BatchAction) -> dict[str, str | None]:
        """Apply the action to each id; map each id to None (done) or why it was not."""
        outcome: dict[str, str | None] = {}
        for execution_id in execution_ids:
            try:
                if action == "cancel":
                    self.cancel(execution_id)
                else:
                    self.terminate(execution_id)
            except NotFound:
                outcome[execution_id] = "execution not found"
            except Conflict:
                status = self.executions[execution_id].status.value
                outcome[execution_id] = f"execution already finished ({status})"
            else:
                outcome[execution_id] = None
        return outcome

    def reset(
        self,
        execution_id: str,
        event_id: int,
        *,
        exclude_signals: bool = False,
        exclude_updates: bool = False,
    ) -> Run:
        """Start a new run from just after `event_id` (see the module docstring)."""
        execution = self.get(execution_id)
        history = execution.history()
        kept = [event for event in history if event.sequence <= event_id]
        if not kept or kept[-1].sequence != event_id:
            valid = f"{history[0].sequence}..{history[-1].sequence}" if history else "none"
            raise Invalid(
                ("body", "event_id"),
                f"event {event_id} is not a reset point of the current run (valid: {valid})",
                event_id,
            )
        old = execution.run
        if old.status is Status.RUNNING:
            # Only the run ends here: the execution goes on in the new run.
            old.status = Status.TERMINATED
        if old.timeout is not None:
            old.timeout.cancel()
        if old.task is not None:
            old.task.cancel()
        del execution.events[bisect.bisect_right(execution.events, event_id, key=_sequence) :]
        execution.signals = _kept(execution.signals, event_id, exclude_signals)
        execution.updates = _kept(execution.updates, event_id, exclude_updates)
        run = Run(
            run_id=str(uuid.uuid4()),
            input=old.input,
            first_run_id=old.first_run_id,
            continued_run_id=old.continued_run_id,
            history_from=old.history_from,
            replay=deque(kept),
            inbox=deque(_of_run(execution.signals, old)),
        )
        execution.runs.append(run)
        workflow = self.workflows[execution.workflow_name](WorkflowContext(self, execution, run), run.input)
        run.workflow = workflow
        for delivery in _of_run(execution.updates, old):
            workflow.update(delivery.name, delivery.input)
        execution.result = None
        execution.end_ns = None
        self._begin(execution, run)
        return run

    # ----- lifecycle -------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop every workflow task and wake every waiter (streams end)."""
        self.closing = True
        for execution in self.executions.values():
            task = execution.run.task
            if task is not None and not task.done():
                task.cancel()
            execution.abandoned = True
            execution.notify()


def _of_run(deliveries: list[Delivery], run: Run) -> list[Delivery]:
    return [d for d in deliveries if d.position >= run.history_from - 1]


def _kept(deliveries: list[Delivery], event_id: int, exclude_later: bool) -> list[Delivery]:
    return [d for d in deliveries if d.position < event_id or not exclude_later]
