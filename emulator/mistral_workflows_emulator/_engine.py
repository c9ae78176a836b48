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

Notes. What a Temporal history holds besides our API events is kept as notes beside the event
log: signals and updates received, timers (`WorkflowContext.sleep`; `work` is an activity's
time, no timer), children started and closed, cancel requests. A note's `position` is the last
event id issued before it; events and notes together are ordered by `(position, order)`, an
event being `(event_id, 0)` and `order` counting the execution's notes from 1. Such a key, a
`Cut`, also names a point between two items.

The Temporal history (`temporal_history`) of the current run is derived from those items, the
same way each time: the STARTED event, then a workflow task (scheduled, started, completed) after
every wake-up of the workflow code (its start, an activity's result, a timer fired, a signal, a
child started or closed, a cancel request; an update gets its own task, followed by its accepted
and completed events), and after each task the commands the code gave before blocking again:
activities scheduled (ACTIVITY_TASK_STARTED), timers, children, the closing event. Custom-task
events and activity retries are not history events (retries show as the activity's attempt).
Our WORKFLOW_TASK_TIMED_OUT / _FAILED events are failed attempts of the task they start.
Terminate and timeout close the history with WORKFLOW_EXECUTION_TERMINATED / _TIMED_OUT.

Reset, Temporal's rule. A reset point is the id, in the current run's Temporal history, of a
workflow task completed, started, failed or timed-out event, of a running or finished execution
(re-running a failed execution is the common case). Each such event maps to the cut just before
what its task produced: a reset keeps the events and notes up to that cut, drops the rest, and
starts a new run (new run_id, status RUNNING) that re-runs the workflow code from the start in
replay mode: while replaying, emitted events are matched against the kept ones instead of being
appended, and sleeps, timers and children kept are matched against their notes (a timer that
fired returns at once); after the last kept item the run goes live, its history showing the reset
as a WORKFLOW_TASK_FAILED (cause RESET_WORKFLOW) before the task re-runs. Signals and updates
kept are redelivered to the new run; those after the cut are delivered again (as new ones)
unless `exclude_signals` / `exclude_updates`. A cancel request kept cancels the new run once it
goes live. Event ids are never reused, so a stream sees the new run's events after the old ones.
"""

from __future__ import annotations

import abc
import asyncio
import base64
import bisect
import contextlib
import heapq
import json
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Literal

# The payload format is the client's (same distribution): the workers the emulator plays encode
# and decode with the codec the client uses, whose parity with the official SDK is tested.
from mistral_workflows import PayloadError
from mistral_workflows import _payloads as encoding

if TYPE_CHECKING:
    from mistral_workflows import PayloadCodec

NAMESPACE = "default"
TASK_QUEUE = "workflows-emulator"
"""The task queue of executions started without a deployment (a deployment's name otherwise)."""
IDENTITY = "workflows-emulator"
"""The worker and client identity in Temporal histories."""


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


class Refused(Invalid):
    """A request the document allows, refused for what the execution or its workflow is: an
    unknown handler name, an input the workflow cannot take, an event that is not a reset point.
    No schema can say these in advance; their `type` tells them from malformed requests."""

    KIND = "workflow_refused"

    def __init__(self, loc: Sequence[str | int], message: str, value: Any = None) -> None:
        super().__init__(loc, message, value, self.KIND)


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
    global_sequence: int = 0
    """Its place in the engine's `EventLog`, across executions: the global stream's id."""
    _stream_json: str | None = field(default=None, init=False, repr=False, compare=False)
    _global_json: str | None = field(default=None, init=False, repr=False, compare=False)

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

    @property
    def global_payload(self) -> str:
        """The StreamEventSsePayload of the global stream: `broker_sequence` is the global one."""
        if self._global_json is None:
            fields = self._stream_fields()
            fields["broker_sequence"] = self.global_sequence
            self._global_json = json.dumps(fields, separators=(",", ":"))
        return self._global_json

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


Cut = tuple[int, int]
"""A point of a run's items: those whose `(position, order)` key is at most this are before it."""

NoteKind = Literal[
    "signal",
    "update",
    "timer_started",
    "timer_fired",
    "timer_canceled",
    "child_initiated",
    "child_closed",
    "cancel_requested",
]
_REPLAYED_NOTES = frozenset({"timer_started", "timer_fired", "child_initiated"})
"""The notes that workflow code makes, matched (not made again) while a run replays."""
_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Note:
    """A fact of a run's Temporal history that is no API event (see the module docstring).

    `position` is the last event id issued before it, `order` its rank among the execution's
    notes. `name` is a signal's or update's name, or a child's execution id; `input` a signal's
    or update's input; `data` what else the kind has (an update's result and id, a timer's
    seconds, a child's workflow, input, run id and final state).
    """

    kind: NoteKind
    position: int
    order: int
    timestamp_ns: int
    name: str = ""
    input: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    data: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)

    @property
    def key(self) -> Cut:
        return (self.position, self.order)


@dataclass(frozen=True, slots=True)
class ResetMark:
    """A reset of the execution at this cut, from run `base_run_id` to run `new_run_id`."""

    cut: Cut
    base_run_id: str
    new_run_id: str
    timestamp_ns: int


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
        raise Refused(("body", "name"), f"unknown query {name!r}", name)

    def update(self, name: str, arg: Mapping[str, Any]) -> Any:
        raise Refused(("body", "name"), f"unknown update {name!r}", name)

    def run_timeout(self) -> float | None:
        """The run's time limit in workflow seconds (None: none). Only some workflows have one."""
        return None


def search_keys_of(input: Mapping[str, Any]) -> dict[str, str | None]:
    """The search attributes a built-in workflow sets from its input's `search_keys` (string
    or null values by string keys), as a real workflow upserts its own: how the runs listing's
    `search_key` filter has something to find."""
    search_keys = input.get("search_keys")
    if search_keys is None:
        return {}
    loc = ("body", "input", "search_keys")
    if not isinstance(search_keys, Mapping):
        raise Refused(loc, "Input should be a valid dictionary", search_keys)
    for key, value in search_keys.items():
        if (
            not key
            or ":" in key
            or key.endswith("==")
            or not (value is None or (isinstance(value, str) and value))
        ):
            message = (
                "Search keys are non-empty strings without ':' (nor a final '=='), values strings or null"
            )
            raise Refused((*loc, key), message, value)
    return dict(search_keys)


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

    async def work(self, seconds: float) -> None:
        """Let an activity run for this long in workflow time (divided by the speed): no timer.

        No wait while replaying.
        """
        if self._run.replay or seconds <= 0:
            await asyncio.sleep(0)
        else:
            self._go_live()
            await asyncio.sleep(seconds / self._engine.speed())

    async def sleep(self, seconds: float) -> None:
        """A workflow timer of this many workflow seconds (a TimerStarted, then a TimerFired).

        While replaying, a timer kept by the reset is not started again, and returns at once
        if it had fired.
        """
        engine, execution, run = self._engine, self._execution, self._run
        if engine._replayed(run, "timer_started") is None:
            engine._note_of(execution, run, "timer_started", data={"seconds": seconds})
        elif engine._replayed(run, "timer_fired") is not None:
            await asyncio.sleep(0)
            return
        try:
            self._go_live()
            await asyncio.sleep(seconds / engine.speed() if seconds > 0 else 0)
        except asyncio.CancelledError:
            if run.is_open and run.cancel_requested:
                engine._note(execution, "timer_canceled")
            raise
        engine._note_of(execution, run, "timer_fired")

    async def wait_signal(self, names: Iterable[str]) -> Note:
        """The next signal with one of these names, in arrival order."""
        wanted = frozenset(names)
        while True:
            for delivery in self._run.inbox:
                if delivery.name in wanted:
                    self._run.inbox.remove(delivery)
                    return delivery
            self._go_live()
            self._run.inbox_changed.clear()
            await self._run.inbox_changed.wait()

    async def wait_forever(self) -> None:
        self._go_live()
        await asyncio.get_running_loop().create_future()

    def start_child(self, workflow_name: str, execution_id: str, input: Mapping[str, Any]) -> str:
        """Start a child execution, or adopt it when a replay meets it already started."""
        engine, execution, run = self._engine, self._execution, self._run
        replayed = engine._replayed(run, "child_initiated")
        if replayed is not None and replayed.name == execution_id:
            return execution_id
        child = engine.executions.get(execution_id)
        if child is not None:
            if child.parent_execution_id != self.execution_id:
                raise WorkflowFailure(f"child execution id {execution_id!r} is already taken")
        else:
            child = engine.start(workflow_name, execution_id=execution_id, input=input, parent=execution)
        engine._note_of(
            execution,
            run,
            "child_initiated",
            name=execution_id,
            data={"workflow_name": workflow_name, "input": dict(input), "run_id": child.runs[0].run_id},
        )
        return execution_id

    async def wait_closed(self, execution_id: str) -> Status:
        """Wait until that execution has finished; return its status."""
        child = self._engine.get(execution_id)
        if not child.finished:
            self._go_live()
            await child.wait_finished(None)
        self._engine._note_child_closed(self._execution, child)
        return child.status

    def _go_live(self) -> None:
        """Called where the workflow code is about to block for real, i.e. live.

        A reset that kept a cancel request cancels the new run here: where the old one was
        blocked when the request came.
        """
        if self._run.cancel_pending:
            self._run.cancel_pending = False
            raise asyncio.CancelledError


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
    cancel_pending: bool = False
    """Set on a reset run that kept a cancel request: it is cancelled once it goes live."""
    time_limit: float | None = None
    """The run's timeout in workflow seconds, if it has one."""
    replay: deque[Event] = field(default_factory=deque)
    replay_notes: deque[Note] = field(default_factory=deque)
    """Kept notes that the workflow code makes (timers, children), matched while replaying."""
    inbox: deque[Note] = field(default_factory=deque)
    inbox_changed: asyncio.Event = field(default_factory=asyncio.Event)
    workflow: Workflow | None = None
    task: asyncio.Task[None] | None = None
    timeout: asyncio.TimerHandle | None = None

    @property
    def is_open(self) -> bool:
        return self.status is Status.RUNNING


@dataclass(eq=False)
class Execution:
    """An execution, its event log and its notes (all kept ones of all its runs)."""

    execution_id: str
    workflow_name: str
    parent_execution_id: str | None
    root_execution_id: str
    deployment_name: str | None
    start_ns: int
    parent_run_id: str | None = None
    """The run of the parent that started this child."""
    schedule_id: str | None = None
    """The schedule that started it (its events carry it)."""
    search_keys: dict[str, str | None] = field(default_factory=dict)
    """Its search attributes, as its workflow set them (see `search_keys_of`)."""
    runs: list[Run] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    last_sequence: int = 0
    last_timestamp_ns: int = 0
    result: Any = None
    end_ns: int | None = None
    notes: list[Note] = field(default_factory=list)
    note_count: int = 0
    resets: list[ResetMark] = field(default_factory=list)
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
        """The current run's events."""
        start = bisect.bisect_left(self.events, self.run.history_from, key=_sequence)
        return self.events[start:]

    def run_notes(self) -> list[Note]:
        """The current run's notes."""
        start = bisect.bisect_left(self.notes, self.run.history_from, key=_position)
        return self.notes[start:]

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


class EventLog:
    """Every event of every execution, in emission order, numbered by `global_sequence` from 1.

    What the global event stream and the events listing read. An event that a reset's replay
    later voids stays here: it was broadcast.
    """

    def __init__(self) -> None:
        self.events: list[Event] = []
        self._changed: asyncio.Event | None = None

    @property
    def last_sequence(self) -> int:
        return len(self.events)

    def append(self, event: Event) -> None:
        event.global_sequence = len(self.events) + 1
        self.events.append(event)
        changed, self._changed = self._changed, None
        if changed is not None:
            changed.set()

    def events_after(self, sequence: int) -> list[Event]:
        return self.events[max(sequence, 0) :]

    def changed(self) -> asyncio.Event:
        """An asyncio.Event set at the next event."""
        if self._changed is None:
            self._changed = asyncio.Event()
        return self._changed

    def wake(self) -> None:
        """Wake the waiters without an event (shutdown)."""
        changed, self._changed = self._changed, None
        if changed is not None:
            changed.set()


def _position(note: Note) -> int:
    return note.position


def _key(item: Event | Note) -> Cut:
    return (item.sequence, 0) if isinstance(item, Event) else item.key


BatchAction = Literal["cancel", "terminate"]


class Engine:
    """All executions of one emulator, and the operations on them."""

    def __init__(
        self,
        workflows: Mapping[str, type[Workflow]],
        *,
        speed: Callable[[], float],
        codec: Callable[[], PayloadCodec | None] = lambda: None,
    ) -> None:
        self.workflows = dict(workflows)
        self.speed = speed
        #: The workers' payload codec (None: payloads plain): inputs are decoded before the
        #: workflows see them, results and event payloads encoded as they leave them.
        self.codec = codec
        self.executions: dict[str, Execution] = {}
        self.log = EventLog()
        self.closing = False

    # ----- lookups ----------------------------------------------------------------------

    def get(self, execution_id: str) -> Execution:
        execution = self.executions.get(execution_id)
        if execution is None:
            raise NotFound(f"execution not found: {execution_id}")
        return execution

    def get_run(self, run_id: str) -> tuple[Execution, Run]:
        """The execution that has run `run_id` (current or past), and that run."""
        try:
            wanted = str(uuid.UUID(run_id))
        except ValueError:
            raise Invalid(
                ("path", "run_id"), "Input should be a valid UUID", run_id, "uuid_parsing"
            ) from None
        for execution in self.executions.values():
            for run in execution.runs:
                if run.run_id == wanted:
                    return execution, run
        raise NotFound(f"run not found: {run_id}")

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
        deployment_name: str | None = None,
        parent: Execution | None = None,
        schedule_id: str | None = None,
    ) -> Execution:
        """Create and start an execution; its STARTED event is stored before this returns."""
        workflow_class = self.workflows.get(workflow_name)
        if workflow_class is None:
            raise NotFound(f"workflow not found: {workflow_name}")
        if execution_id is None:
            execution_id = str(uuid.uuid4())
        elif execution_id in self.executions:
            raise Conflict(f"execution {execution_id} already exists")
        run_input = dict(self.decoded_input(input) or {})
        search_keys = search_keys_of(run_input)
        now = time.time_ns() // 1000 * 1000
        execution = Execution(
            execution_id=execution_id,
            workflow_name=workflow_name,
            parent_execution_id=parent.execution_id if parent else None,
            root_execution_id=parent.root_execution_id if parent else execution_id,
            deployment_name=deployment_name,
            start_ns=now,
            parent_run_id=parent.run.run_id if parent else None,
            schedule_id=schedule_id,
            search_keys=search_keys,
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

    # ----- payload encoding -------------------------------------------------------------------

    def decoded_input(self, value: Any) -> Any:
        """An input as the workflow reads it: an encoded envelope decoded with the workers' codec.

        One the codec cannot decode (no codec, a wrong key) reaches the workflow as it was sent,
        as with a real worker that cannot read it."""
        codec = self.codec()
        if codec is None or not isinstance(value, Mapping) or not encoding.is_encoded(dict(value)):
            return value
        try:
            return codec.decode(dict(value))
        except PayloadError:
            return value

    def encoded_output(self, value: Any, execution_id: str) -> Any:
        """A result as workers with the codec send it: an envelope (plain without a codec)."""
        codec = self.codec()
        if codec is None:
            return value
        return codec.encode(value, namespace=codec.namespace, execution_id=execution_id)

    def _encoded_attributes(self, attributes: dict[str, Any]) -> dict[str, Any]:
        """Event attributes with each JSON payload encoded as workers send event payloads:
        never offloaded, the value the base64 of the encoded JSON text (plain when no option
        applied, e.g. partial encryption of a payload without marked fields)."""
        codec = self.codec()
        if codec is None:
            return attributes
        for name, item in attributes.items():
            if isinstance(item, Mapping) and item.get("type") in ("json", "json_patch") and "value" in item:
                data, options = codec.encode_bytes(encoding.dumps(item["value"]), offload=False)
                if options:
                    value = base64.b64encode(data).decode()
                    attributes[name] = {"type": item["type"], "value": value, "encoding_options": options}
        return attributes

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
        assert run.workflow is not None
        timeout = run.workflow.run_timeout()
        run.time_limit = timeout
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
        full_attributes = self._encoded_attributes(dict(attributes))
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
            "schedule_id": execution.schedule_id,
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
        self.log.append(event)
        execution.notify()
        return event

    # ----- notes ----------------------------------------------------------------------------

    def _note(
        self,
        execution: Execution,
        kind: NoteKind,
        *,
        name: str = "",
        input: Mapping[str, Any] = _EMPTY,
        data: Mapping[str, Any] = _EMPTY,
    ) -> Note:
        execution.note_count += 1
        timestamp_ns = max(time.time_ns() // 1000 * 1000, execution.last_timestamp_ns)
        note = Note(kind, execution.last_sequence, execution.note_count, timestamp_ns, name, input, data)
        execution.notes.append(note)
        return note

    def _note_of(
        self,
        execution: Execution,
        run: Run,
        kind: NoteKind,
        *,
        name: str = "",
        data: Mapping[str, Any] = _EMPTY,
    ) -> Note:
        """A note made by the workflow code of this run (which must still be open)."""
        if not run.is_open:
            raise RunClosed(run.run_id)
        return self._note(execution, kind, name=name, data=data)

    def _replayed(self, run: Run, kind: NoteKind) -> Note | None:
        """The next kept note of this kind, taken, when a replay is at one."""
        if run.replay_notes and run.replay_notes[0].kind == kind:
            return run.replay_notes.popleft()
        return None

    def _note_child_closed(self, parent: Execution, child: Execution) -> None:
        """Note that a child has closed, once per child started by the parent's current run."""
        run = parent.run
        if not run.is_open or not child.finished:
            return
        for note in reversed(parent.notes):
            if note.position < run.history_from:
                return
            if note.name == child.execution_id and note.kind == "child_closed":
                return
            if note.name == child.execution_id and note.kind == "child_initiated":
                break
        else:
            return
        last = child.events[-1] if child.events else None
        failure = last.attributes.get("failure") if last is not None else None
        data = {"status": child.status.value, "result": child.result, "failure": failure}
        self._note(parent, "child_closed", name=child.execution_id, data=data)

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
            execution.result = (
                result if result is None else self.encoded_output(result, execution.execution_id)
            )
            execution.end_ns = max(time.time_ns() // 1000 * 1000, execution.last_timestamp_ns)
            self._close_children(execution, status)
            if execution.parent_execution_id is not None:
                parent = self.executions.get(execution.parent_execution_id)
                if parent is not None:
                    self._note_child_closed(parent, execution)
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
        self._note(execution, "cancel_requested")
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
            raise Refused(
                ("body", "name"), f"workflow {execution.workflow_name} has no signal {name!r}", name
            )
        arg = self.decoded_input(arg)
        workflow.check_signal(name, arg)
        self._deliver_signal(execution, execution.run, name, arg)

    def _deliver_signal(self, execution: Execution, run: Run, name: str, arg: Mapping[str, Any]) -> None:
        run.inbox.append(self._note(execution, "signal", name=name, input=dict(arg)))
        run.inbox_changed.set()

    def query(self, execution_id: str, name: str, arg: Mapping[str, Any]) -> Any:
        """A query's answer; a finished execution answers too (its workflow's last state)."""
        execution = self.get(execution_id)
        workflow = self._workflow_of(execution)
        if name not in workflow.queries:
            raise Refused(("body", "name"), f"workflow {execution.workflow_name} has no query {name!r}", name)
        return self.encoded_output(workflow.query(name, self.decoded_input(arg)), execution_id)

    def update(self, execution_id: str, name: str, arg: Mapping[str, Any]) -> Any:
        execution = self._get_open(execution_id)
        workflow = self._workflow_of(execution)
        if name not in workflow.updates:
            raise Refused(
                ("body", "name"),
                f"workflow {execution.workflow_name} has no update {name!r}",
                name,
            )
        result = self._apply_update(execution, workflow, name, self.decoded_input(arg), str(uuid.uuid4()))
        return self.encoded_output(result, execution_id)

    def _apply_update(
        self, execution: Execution, workflow: Workflow, name: str, arg: Mapping[str, Any], update_id: str
    ) -> Any:
        result = workflow.update(name, arg)
        data = {"result": result, "update_id": update_id}
        self._note(execution, "update", name=name, input=dict(arg), data=data)
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

    def reset_points(self, execution_id: str) -> dict[int, Cut]:
        """The ids of the current run's Temporal history that reset accepts, and their cuts."""
        return _HistoryBuilder(self.get(execution_id)).build()[1]

    def reset(
        self,
        execution_id: str,
        event_id: int,
        *,
        exclude_signals: bool = False,
        exclude_updates: bool = False,
    ) -> Run:
        """Start a new run from the workflow task of `event_id` (see the module docstring)."""
        execution = self.get(execution_id)
        points = self.reset_points(execution_id)
        cut = points.get(event_id)
        if cut is None:
            raise Refused(
                ("body", "event_id"),
                f"event {event_id} is not a reset point of the current run: a reset point is a "
                f"workflow task completed, started, failed or timed-out event ({_id_list(points)})",
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
        del execution.events[bisect.bisect_right(execution.events, cut[0], key=_sequence) :]
        split = bisect.bisect_right(execution.notes, cut, key=_note_key)
        later = execution.notes[split:]
        del execution.notes[split:]
        execution.resets = [mark for mark in execution.resets if mark.cut < cut]
        run = Run(
            run_id=str(uuid.uuid4()),
            input=old.input,
            first_run_id=old.first_run_id,
            continued_run_id=old.continued_run_id,
            history_from=old.history_from,
            replay=deque(execution.history()),
        )
        execution.runs.append(run)
        now = max(time.time_ns() // 1000 * 1000, execution.last_timestamp_ns)
        execution.resets.append(ResetMark(cut, old.run_id, run.run_id, now))
        workflow = self.workflows[execution.workflow_name](WorkflowContext(self, execution, run), run.input)
        run.workflow = workflow
        for note in execution.run_notes():
            if note.kind in _REPLAYED_NOTES:
                run.replay_notes.append(note)
            elif note.kind == "signal":
                run.inbox.append(note)
            elif note.kind == "update":
                with contextlib.suppress(Invalid):
                    workflow.update(note.name, note.input)
            elif note.kind == "cancel_requested":
                run.cancel_requested = run.cancel_pending = True
        for note in later:
            if note.kind == "signal" and not exclude_signals:
                self._deliver_signal(execution, run, note.name, note.input)
            elif note.kind == "update" and not exclude_updates:
                with contextlib.suppress(Invalid):
                    self._apply_update(execution, workflow, note.name, note.input, note.data["update_id"])
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
        self.log.wake()


def _note_key(note: Note) -> Cut:
    return note.key


def _id_list(points: Mapping[int, Cut], most: int = 200) -> str:
    ids = sorted(points)
    shown = ", ".join(map(str, ids[:most]))
    more = f" and {len(ids) - most} more" if len(ids) > most else ""
    return f"valid: {shown}{more}" if ids else "none is valid"


# ----- the Temporal history ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Payloads:
    """Values sent as Temporal payloads; `_views.history` renders them encoded or decoded."""

    values: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class TemporalEnum:
    """A value of a Temporal enum, e.g. ("TIMEOUT_TYPE", "START_TO_CLOSE"); rendered per style."""

    prefix: str
    value: str


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    """One event of a Temporal history, before rendering.

    `event_type` is Temporal's EventType name without its prefix ("WORKFLOW_TASK_COMPLETED");
    `attributes` use the proto's JSON (camelCase) names; values are JSON values, Payloads and
    TemporalEnum; the int64 ones (ids: the keys ending in "EventId") are Python ints.
    """

    event_id: int
    event_type: str
    timestamp_ns: int
    attributes: dict[str, Any]


def temporal_history(execution: Execution, run: Run | None = None) -> list[HistoryEvent]:
    """The Temporal history (see the module docstring) of the current run, or of `run`.

    `run` may be the current run or one that continued as new (runs replaced by a reset have
    no history of their own any more).
    """
    return _HistoryBuilder(execution, run).build()[0]


def proto_duration(seconds: float) -> str:
    """A google.protobuf.Duration in its JSON form: "10s", "0.100s"."""
    whole, nanos = divmod(round(seconds * 1_000_000_000), 1_000_000_000)
    if nanos == 0:
        return f"{whole}s"
    if nanos % 1_000_000 == 0:
        return f"{whole}.{nanos // 1_000_000:03d}s"
    if nanos % 1000 == 0:
        return f"{whole}.{nanos // 1000:06d}s"
    return f"{whole}.{nanos:09d}s"


_WORKFLOW_TASK_TIMEOUT = "10s"
_ACTIVITY_TIMEOUT = "60s"
_RETRY_POLICY = {"initialInterval": "1s", "backoffCoefficient": 2.0, "maximumInterval": "100s"}
_CHILD_CLOSED = {
    "COMPLETED": "CHILD_WORKFLOW_EXECUTION_COMPLETED",
    "FAILED": "CHILD_WORKFLOW_EXECUTION_FAILED",
    "CANCELED": "CHILD_WORKFLOW_EXECUTION_CANCELED",
    "TERMINATED": "CHILD_WORKFLOW_EXECUTION_TERMINATED",
    "TIMED_OUT": "CHILD_WORKFLOW_EXECUTION_TIMED_OUT",
}


def _failure(message: Any, failure_type: str) -> dict[str, Any]:
    return {"message": str(message), "applicationFailureInfo": {"type": failure_type}}


def _retry_state(value: str) -> TemporalEnum:
    return TemporalEnum("RETRY_STATE", value)


@dataclass
class _Activity:
    scheduled_id: int
    attempt: int = 1
    last_failure: Any = None


@dataclass
class _Child:
    initiated_id: int
    note: Note
    started_id: int = 0


class _HistoryBuilder:
    """Derives the Temporal history of an execution's current run and the cut of each reset point.

    One pass over the run's events and notes in key order. A wake-up leaves a workflow task
    pending (with the cut after the wake-up); the task is written before the next command or
    wake-up, or at the end.
    """

    def __init__(self, execution: Execution, run: Run | None = None) -> None:
        run = execution.run if run is None else run
        self.execution = execution
        self.run = run
        later = [other.history_from for other in execution.runs if other.history_from > run.history_from]
        self.end = min(later, default=execution.last_sequence + 1)
        """Where the next run's history starts (the items of this one are before)."""
        self.task_queue = {
            "name": execution.deployment_name or TASK_QUEUE,
            "kind": TemporalEnum("TASK_QUEUE_KIND", "NORMAL"),
        }
        self.workflow_type = {"name": execution.workflow_name}
        self.events: list[HistoryEvent] = []
        self.points: dict[int, Cut] = {}
        self.marks = {
            mark.cut: mark for mark in execution.resets if (run.history_from, 0) <= mark.cut < (self.end, 0)
        }
        self.last_ns = 0
        self.last_key: Cut = (run.history_from, 0)
        self.pending: tuple[Cut, int] | None = None
        """The cut and time of a wake-up whose workflow task is not written yet."""
        self.completed_id = 0
        """The last WORKFLOW_TASK_COMPLETED: the task that gave the commands that follow."""
        self.attempt = 1
        self.activities: dict[str, _Activity] = {}
        self.activity_count = 0
        self.timer: tuple[str, int] | None = None
        self.timer_count = 0
        self.children: dict[str, _Child] = {}
        self.unstarted: list[_Child] = []

    def build(self) -> tuple[list[HistoryEvent], dict[int, Cut]]:
        execution, run = self.execution, self.run
        start, end = self.run.history_from, self.end
        events: list[Event | Note] = [
            event
            for event in execution.events[bisect.bisect_left(execution.events, start, key=_sequence) :]
            if event.sequence < end
        ]
        notes: list[Event | Note] = [
            note
            for note in execution.notes[bisect.bisect_left(execution.notes, start, key=_position) :]
            if note.position < end
        ]
        for item in heapq.merge(events, notes, key=_key):
            if isinstance(item, Event):
                self._event(item)
            else:
                self._note(item)
            self.last_key = _key(item)
        self._before_wakeup()
        end_ns = execution.end_ns or self.last_ns
        if run.status is Status.TERMINATED:
            self._add("WORKFLOW_EXECUTION_TERMINATED", end_ns, {"reason": "terminated", "identity": IDENTITY})
        elif run.status is Status.TIMED_OUT:
            self._add("WORKFLOW_EXECUTION_TIMED_OUT", end_ns, {"retryState": _retry_state("TIMEOUT")})
        return self.events, self.points

    # ----- writing ------------------------------------------------------------------------

    def _add(self, event_type: str, timestamp_ns: int, attributes: dict[str, Any]) -> int:
        event_id = len(self.events) + 1
        self.last_ns = max(self.last_ns, timestamp_ns)
        self.events.append(HistoryEvent(event_id, event_type, self.last_ns, attributes))
        return event_id

    def _task_start(self, timestamp_ns: int, cut: Cut) -> tuple[int, int]:
        scheduled = self._add(
            "WORKFLOW_TASK_SCHEDULED",
            timestamp_ns,
            {
                "taskQueue": self.task_queue,
                "startToCloseTimeout": _WORKFLOW_TASK_TIMEOUT,
                "attempt": self.attempt,
            },
        )
        started = self._add(
            "WORKFLOW_TASK_STARTED", timestamp_ns, {"scheduledEventId": scheduled, "identity": IDENTITY}
        )
        self.points[started] = cut
        return scheduled, started

    def _workflow_task(self, cut: Cut, timestamp_ns: int, failed_by: Event | None = None) -> None:
        """A workflow task (its failed attempt when `failed_by`), after a reset's one at this cut."""
        mark = self.marks.pop(cut, None)
        if mark is not None:
            scheduled, started = self._task_start(timestamp_ns, cut)
            reset = self._add(
                "WORKFLOW_TASK_FAILED",
                mark.timestamp_ns,
                {
                    "scheduledEventId": scheduled,
                    "startedEventId": started,
                    "cause": TemporalEnum("WORKFLOW_TASK_FAILED_CAUSE", "RESET_WORKFLOW"),
                    "failure": {"message": "reset", "resetWorkflowFailureInfo": {}},
                    "identity": IDENTITY,
                    "baseRunId": mark.base_run_id,
                    "newRunId": mark.new_run_id,
                },
            )
            self.points[reset] = cut
            timestamp_ns = mark.timestamp_ns
        scheduled, started = self._task_start(timestamp_ns, cut)
        ids = {"scheduledEventId": scheduled, "startedEventId": started}
        if failed_by is None:
            ended = self._add("WORKFLOW_TASK_COMPLETED", timestamp_ns, {**ids, "identity": IDENTITY})
            self.completed_id = ended
            self.attempt = 1
        elif failed_by.event_type is EventType.WORKFLOW_TASK_TIMED_OUT:
            timeout_type = str(failed_by.attributes.get("timeout_type") or "START_TO_CLOSE")
            ended = self._add(
                "WORKFLOW_TASK_TIMED_OUT",
                failed_by.timestamp_ns,
                {**ids, "timeoutType": TemporalEnum("TIMEOUT_TYPE", timeout_type)},
            )
            self.attempt += 1
        else:
            failure = failed_by.attributes.get("failure") or {}
            ended = self._add(
                "WORKFLOW_TASK_FAILED",
                failed_by.timestamp_ns,
                {
                    **ids,
                    "cause": TemporalEnum("WORKFLOW_TASK_FAILED_CAUSE", "WORKFLOW_WORKER_UNHANDLED_FAILURE"),
                    "failure": _failure(failure.get("message"), "WorkflowTaskFailure"),
                    "identity": IDENTITY,
                },
            )
            self.attempt += 1
        self.points[ended] = cut

    def _before_command(self) -> None:
        if self.pending is not None:
            cut, timestamp_ns = self.pending
            self.pending = None
            self._workflow_task(cut, timestamp_ns)

    def _before_wakeup(self) -> None:
        """Write the pending task, then the children started by the last one and their task."""
        self._before_command()
        if self.unstarted:
            timestamp_ns = 0
            for child in self.unstarted:
                note = child.note
                child.started_id = self._add(
                    "CHILD_WORKFLOW_EXECUTION_STARTED",
                    note.timestamp_ns,
                    {
                        "namespace": NAMESPACE,
                        "initiatedEventId": child.initiated_id,
                        "workflowExecution": {"workflowId": note.name, "runId": note.data["run_id"]},
                        "workflowType": {"name": note.data["workflow_name"]},
                    },
                )
                self.children[note.name] = child
                timestamp_ns = note.timestamp_ns
            self.unstarted = []
            self._workflow_task(self.last_key, timestamp_ns)

    def _wakeup(self, key: Cut, timestamp_ns: int) -> None:
        self.pending = (key, timestamp_ns)

    # ----- events -------------------------------------------------------------------------

    def _event(self, event: Event) -> None:
        kind = event.event_type
        attributes = event.attributes
        key = (event.sequence, 0)
        at = event.timestamp_ns
        if kind is EventType.WORKFLOW_EXECUTION_STARTED:
            self._add("WORKFLOW_EXECUTION_STARTED", at, self._started(event))
            self._wakeup(key, at)
        elif kind is EventType.ACTIVITY_TASK_STARTED:
            self._before_command()
            self.activity_count += 1
            scheduled = self._add(
                "ACTIVITY_TASK_SCHEDULED",
                at,
                {
                    "activityId": str(self.activity_count),
                    "activityType": {"name": attributes.get("activity_name")},
                    "taskQueue": self.task_queue,
                    "input": Payloads((_value(attributes.get("input")),)),
                    "startToCloseTimeout": _ACTIVITY_TIMEOUT,
                    "workflowTaskCompletedEventId": self.completed_id,
                    "retryPolicy": _RETRY_POLICY,
                },
            )
            self.activities[str(attributes["task_id"])] = _Activity(scheduled)
        elif kind is EventType.ACTIVITY_TASK_RETRYING:
            retried = self.activities.get(str(attributes.get("task_id")))
            if retried is not None:
                retried.attempt = int(attributes.get("attempt", retried.attempt)) + 1
                retried.last_failure = attributes.get("failure")
        elif kind in (EventType.ACTIVITY_TASK_COMPLETED, EventType.ACTIVITY_TASK_FAILED):
            self._activity_closed(event, key)
        elif kind in (EventType.WORKFLOW_TASK_TIMED_OUT, EventType.WORKFLOW_TASK_FAILED):
            if self.pending is not None:
                cut, scheduled_at = self.pending
                self.pending = None
            else:
                self._before_wakeup()
                cut, scheduled_at = self.last_key, self.last_ns
            self._workflow_task(cut, scheduled_at, failed_by=event)
            self._wakeup(key, at)
        elif kind is EventType.WORKFLOW_EXECUTION_COMPLETED:
            self._before_command()
            self._add(
                "WORKFLOW_EXECUTION_COMPLETED",
                at,
                {
                    "result": Payloads((_value(attributes.get("result")),)),
                    "workflowTaskCompletedEventId": self.completed_id,
                },
            )
        elif kind is EventType.WORKFLOW_EXECUTION_FAILED:
            self._before_command()
            failure = attributes.get("failure") or {}
            self._add(
                "WORKFLOW_EXECUTION_FAILED",
                at,
                {
                    "failure": _failure(failure.get("message"), "WorkflowFailure"),
                    "retryState": _retry_state("RETRY_POLICY_NOT_SET"),
                    "workflowTaskCompletedEventId": self.completed_id,
                },
            )
        elif kind is EventType.WORKFLOW_EXECUTION_CANCELED:
            self._before_command()
            for activity in self.activities.values():
                self._add(
                    "ACTIVITY_TASK_CANCEL_REQUESTED",
                    at,
                    {
                        "scheduledEventId": activity.scheduled_id,
                        "workflowTaskCompletedEventId": self.completed_id,
                    },
                )
            self.activities.clear()
            self._add("WORKFLOW_EXECUTION_CANCELED", at, {"workflowTaskCompletedEventId": self.completed_id})
        elif kind is EventType.WORKFLOW_EXECUTION_CONTINUED_AS_NEW:
            self._before_command()
            renewed: dict[str, Any] = {
                "newExecutionRunId": attributes.get("new_execution_run_id"),
                "workflowType": self.workflow_type,
                "taskQueue": self.task_queue,
                "input": Payloads((_value(attributes.get("input")),)),
            }
            if self.run.time_limit is not None:
                renewed["workflowRunTimeout"] = proto_duration(self.run.time_limit)
            renewed["workflowTaskTimeout"] = _WORKFLOW_TASK_TIMEOUT
            renewed["workflowTaskCompletedEventId"] = self.completed_id
            renewed["initiator"] = TemporalEnum("CONTINUE_AS_NEW_INITIATOR", "WORKFLOW")
            self._add("WORKFLOW_EXECUTION_CONTINUED_AS_NEW", at, renewed)
        # Custom-task events are no Temporal history events.

    def _started(self, event: Event) -> dict[str, Any]:
        execution, run = self.execution, self.run
        started: dict[str, Any] = {"workflowType": self.workflow_type}
        if execution.parent_execution_id is not None:
            started["parentWorkflowNamespace"] = NAMESPACE
            parent = {"workflowId": execution.parent_execution_id}
            if execution.parent_run_id is not None:
                parent["runId"] = execution.parent_run_id
            started["parentWorkflowExecution"] = parent
        started["taskQueue"] = self.task_queue
        started["input"] = Payloads((_value(event.attributes.get("input")),))
        if run.time_limit is not None:
            started["workflowRunTimeout"] = proto_duration(run.time_limit)
        started["workflowTaskTimeout"] = _WORKFLOW_TASK_TIMEOUT
        if run.continued_run_id is not None:
            started["continuedExecutionRunId"] = run.continued_run_id
            started["initiator"] = TemporalEnum("CONTINUE_AS_NEW_INITIATOR", "WORKFLOW")
        started["originalExecutionRunId"] = event.run_id
        started["identity"] = IDENTITY
        started["firstExecutionRunId"] = run.first_run_id
        started["attempt"] = 1
        started["workflowId"] = execution.execution_id
        if execution.parent_execution_id is not None:
            started["rootWorkflowExecution"] = {"workflowId": execution.root_execution_id}
        return started

    def _activity_closed(self, event: Event, key: Cut) -> None:
        attributes = event.attributes
        activity = self.activities.pop(str(attributes.get("task_id")), None)
        if activity is None:
            return
        self._before_wakeup()
        at = event.timestamp_ns
        started: dict[str, Any] = {
            "scheduledEventId": activity.scheduled_id,
            "identity": IDENTITY,
            "attempt": int(attributes.get("attempt", activity.attempt)),
        }
        if activity.last_failure is not None:
            started["lastFailure"] = _failure(activity.last_failure.get("message"), "ActivityError")
        started_id = self._add("ACTIVITY_TASK_STARTED", at, started)
        ids = {"scheduledEventId": activity.scheduled_id, "startedEventId": started_id}
        if event.event_type is EventType.ACTIVITY_TASK_COMPLETED:
            result = Payloads((_value(attributes.get("result")),))
            self._add("ACTIVITY_TASK_COMPLETED", at, {"result": result, **ids, "identity": IDENTITY})
        else:
            failure = attributes.get("failure") or {}
            self._add(
                "ACTIVITY_TASK_FAILED",
                at,
                {
                    "failure": _failure(failure.get("message"), "ActivityError"),
                    **ids,
                    "identity": IDENTITY,
                    "retryState": _retry_state("MAXIMUM_ATTEMPTS_REACHED"),
                },
            )
        self._wakeup(key, at)

    # ----- notes --------------------------------------------------------------------------

    def _note(self, note: Note) -> None:
        kind = note.kind
        at = note.timestamp_ns
        if kind == "signal":
            self._before_wakeup()
            self._add(
                "WORKFLOW_EXECUTION_SIGNALED",
                at,
                {"signalName": note.name, "input": Payloads((dict(note.input),)), "identity": IDENTITY},
            )
            self._wakeup(note.key, at)
        elif kind == "update":
            self._update(note)
        elif kind == "timer_started":
            self._before_command()
            self.timer_count += 1
            timer_id = str(self.timer_count)
            started = self._add(
                "TIMER_STARTED",
                at,
                {
                    "timerId": timer_id,
                    "startToFireTimeout": proto_duration(float(note.data.get("seconds", 0))),
                    "workflowTaskCompletedEventId": self.completed_id,
                },
            )
            self.timer = (timer_id, started)
        elif kind == "timer_fired" and self.timer is not None:
            self._before_wakeup()
            timer_id, started = self.timer
            self.timer = None
            self._add("TIMER_FIRED", at, {"timerId": timer_id, "startedEventId": started})
            self._wakeup(note.key, at)
        elif kind == "timer_canceled" and self.timer is not None:
            self._before_command()
            timer_id, started = self.timer
            self.timer = None
            self._add(
                "TIMER_CANCELED",
                at,
                {
                    "timerId": timer_id,
                    "startedEventId": started,
                    "workflowTaskCompletedEventId": self.completed_id,
                    "identity": IDENTITY,
                },
            )
        elif kind == "child_initiated":
            self._child_initiated(note)
        elif kind == "child_closed":
            self._before_wakeup()
            child = self.children.get(note.name)
            if child is not None:
                self._child_closed(child, note)
                self._wakeup(note.key, at)
        elif kind == "cancel_requested":
            self._before_wakeup()
            self._add("WORKFLOW_EXECUTION_CANCEL_REQUESTED", at, {"identity": IDENTITY})
            self._wakeup(note.key, at)

    def _update(self, note: Note) -> None:
        """An update has its own workflow task, whose cut is before it: a reset there redoes it."""
        self._before_wakeup()
        at = note.timestamp_ns
        self._workflow_task(self.last_key, at)
        update_id = note.data["update_id"]
        accepted = self._add(
            "WORKFLOW_EXECUTION_UPDATE_ACCEPTED",
            at,
            {
                "protocolInstanceId": update_id,
                "acceptedRequestMessageId": f"{update_id}/request",
                "acceptedRequestSequencingEventId": self.completed_id - 2,
                "acceptedRequest": {
                    "meta": {"updateId": update_id, "identity": IDENTITY},
                    "input": {"name": note.name, "args": Payloads((dict(note.input),))},
                },
            },
        )
        self._add(
            "WORKFLOW_EXECUTION_UPDATE_COMPLETED",
            at,
            {
                "meta": {"updateId": update_id, "identity": IDENTITY},
                "acceptedEventId": accepted,
                "outcome": {"success": Payloads((note.data.get("result"),))},
            },
        )

    def _child_initiated(self, note: Note) -> None:
        self._before_command()
        initiated = self._add(
            "START_CHILD_WORKFLOW_EXECUTION_INITIATED",
            note.timestamp_ns,
            {
                "namespace": NAMESPACE,
                "workflowId": note.name,
                "workflowType": {"name": note.data["workflow_name"]},
                "taskQueue": self.task_queue,
                "input": Payloads((note.data["input"],)),
                "workflowTaskTimeout": _WORKFLOW_TASK_TIMEOUT,
                "parentClosePolicy": TemporalEnum("PARENT_CLOSE_POLICY", "TERMINATE"),
                "workflowTaskCompletedEventId": self.completed_id,
                "workflowIdReusePolicy": TemporalEnum("WORKFLOW_ID_REUSE_POLICY", "ALLOW_DUPLICATE"),
            },
        )
        self.unstarted.append(_Child(initiated, note))

    def _child_closed(self, child: _Child, note: Note) -> None:
        status = str(note.data.get("status"))
        started = child.note
        closed: dict[str, Any] = {}
        if status == "COMPLETED":
            closed["result"] = Payloads((note.data.get("result"),))
        elif status == "FAILED":
            failure = note.data.get("failure") or {}
            closed["failure"] = _failure(failure.get("message"), "WorkflowFailure")
        closed.update(
            {
                "namespace": NAMESPACE,
                "workflowExecution": {"workflowId": started.name, "runId": started.data["run_id"]},
                "workflowType": {"name": started.data["workflow_name"]},
                "initiatedEventId": child.initiated_id,
                "startedEventId": child.started_id,
            }
        )
        if status == "FAILED":
            closed["retryState"] = _retry_state("RETRY_POLICY_NOT_SET")
        elif status == "TIMED_OUT":
            closed["retryState"] = _retry_state("TIMEOUT")
        event_type = _CHILD_CLOSED.get(status, "CHILD_WORKFLOW_EXECUTION_TERMINATED")
        self._add(event_type, note.timestamp_ns, closed)


def _value(payload: Any) -> Any:
    """The value of one of our JSON payloads ({"type": "json", "value": ...}); an encoded one
    as the envelope its value and options make (what a codec-less reader of the history sees)."""
    if isinstance(payload, Mapping):
        if payload.get("encoding_options"):
            return {"b64payload": payload.get("value"), "encoding_options": list(payload["encoding_options"])}
        return payload.get("value")
    return payload
