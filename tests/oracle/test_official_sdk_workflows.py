"""The official SDK as an oracle of the whole Workflows API: every method it has runs on the emulator.

The official ``mistralai`` SDK (a test-only dependency) was generated from the real service's
contract and parses every answer with its own models. Here each public method of
``client.workflows`` and of its namespaces (executions, runs, events, schedules, deployments,
metrics) is called once with realistic arguments against the emulator, on resources made for it
(executions of the built-in workflows, a schedule, deployments), and its answer must be what the
method declares, parsed by the SDK: a wrong status, a missing field or a wrong shape fails here.
Streams are read for a few frames, then closed.

``SYNC_CALLS`` says how to call each method; the SDK's namespaces are walked to check that the
table covers every method they have, so that a method a newer SDK adds fails this module until
it is exercised. Each ``_async`` method mirrors its sync twin; a handful of them run too.
"""

from __future__ import annotations

import dataclasses
import inspect
import itertools
import typing
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from mistral_workflows_emulator import EmulatorOptions, RunningEmulator

mistralai_client = pytest.importorskip("mistralai.client")
sdk_basesdk = pytest.importorskip("mistralai.client.basesdk")
sdk_eventstreaming = pytest.importorskip("mistralai.client.utils.eventstreaming")

pytestmark = [
    # get_workflows builds its query from its own request model, reading the field it marks
    # deprecated (`sort_by`) itself: the SDK's warning, not the caller's.
    pytest.mark.filterwarnings(r"ignore:warning. \*\* DEPRECATED \*\*:DeprecationWarning"),
]

#: The namespaces of the SDK's workflows API: "" is ``client.workflows`` itself.
NAMESPACES = ("", "executions", "runs", "events", "schedules", "deployments", "metrics")
#: The emulator's own deployment (its task queue), which hosts every built-in workflow.
BUILT_IN_DEPLOYMENT = "workflows-emulator"
#: How many frames of a stream are read before it is closed.
FRAMES = 3


@pytest.fixture(scope="module")
def emulator_options() -> EmulatorOptions:
    return EmulatorOptions(speed=100.0)


@pytest.fixture(scope="module")
def emulator(local_emulator: RunningEmulator) -> RunningEmulator:
    """The emulator is what the oracle checks: a local one, even in a live run."""
    return local_emulator


# ----- the resources the calls need -------------------------------------------------------------


@dataclass
class World:
    """A client of the emulator, and what the calls act on (made once per module)."""

    sdk: Any
    #: A countdown that has completed, its run, and the registration of `countdown`.
    finished: str = ""
    finished_run: str = ""
    registration: str = ""
    #: A counter that keeps running (it takes signals, queries and updates).
    counter: str = ""
    #: A parent that has completed, with its children: the root of an execution tree.
    parent: str = ""
    #: A schedule of `countdown` and a managed deployment, both left in place.
    schedule: str = ""
    deployment: str = ""
    names: Iterator[int] = field(default_factory=itertools.count)

    @property
    def wf(self) -> Any:
        return self.sdk.workflows

    def unique(self, prefix: str) -> str:
        return f"oracle-{prefix}-{next(self.names)}-{uuid.uuid4().hex[:8]}"

    def start(self, workflow: str, input: dict[str, Any], *, wait: bool = False) -> str:
        """Starts an execution of a built-in workflow; its id."""
        execution_id = self.unique(workflow)
        self.wf.execute_workflow(
            workflow_identifier=workflow,
            execution_id=execution_id,
            input=input,
            wait_for_result=wait,
            timeout_seconds=30 if wait else None,
        )
        return execution_id

    def countdown(self) -> str:
        """A countdown that has completed."""
        return self.start("countdown", {"n": 2, "interval": 0.01}, wait=True)

    def forever(self) -> str:
        """A running execution that never ends by itself."""
        return self.start("forever", {"interval": 0.01, "beats": 1})

    def new_schedule(self) -> str:
        response = self.wf.schedules.schedule_workflow(
            workflow_identifier="countdown",
            schedule_id=self.unique("schedule"),
            schedule={
                "input": {"n": 1, "interval": 0.01},
                "intervals": [{"every": "PT1H"}],
                "policy": {"overlap": 1},
            },
        )
        schedule_id: str = response.schedule_id
        return schedule_id

    def new_deployment(self, *, archive: bool = False, hardened: bool = False) -> str:
        name = self.unique("deployment")
        source = (
            {"archive_id": str(uuid.uuid4())}
            if archive
            else {"github_url": "https://github.com/example/workers", "revision": "main"}
        )
        self.wf.deployments.create_deployment(
            name=name, spec=source, resources={"replicas": 1}, hardened=hardened
        )
        return name

    def reset_point(self, execution_id: str) -> int:
        """A workflow task completed event of the execution's Temporal history."""
        history = self.wf.executions.get_workflow_execution_history(execution_id=execution_id)
        return next(
            int(event["eventId"])
            for event in history["events"]
            if event["eventType"] == "EVENT_TYPE_WORKFLOW_TASK_COMPLETED"
        )


@pytest.fixture(scope="module")
def world(emulator: RunningEmulator) -> Iterator[World]:
    with mistralai_client.Mistral(api_key="oracle-key", server_url=emulator.base_url) as sdk:
        made = World(sdk)
        made.finished = made.countdown()
        made.finished_run = made.wf.executions.get_workflow_execution(execution_id=made.finished).run_id
        # By `workflow_name`, a filter the SDK has and the contract does not (the emulator keeps it).
        registrations = made.wf.get_workflow_registrations(workflow_name="countdown")
        (registration,) = registrations.workflow_registrations
        assert registration.workflow_id == _workflow_id(made, "countdown")
        made.registration = registration.id
        made.counter = made.start("counter", {"start": 1})
        made.parent = made.start("parent", {"children": 2, "n": 1, "interval": 0.01}, wait=True)
        made.schedule = made.new_schedule()
        made.deployment = made.new_deployment()
        yield made


# ----- how each method is called ----------------------------------------------------------------

Call = Callable[[World], Any]
HOUR_AGO = datetime.now(UTC) - timedelta(hours=1)


def _archived(w: World, workflow: str) -> str:
    """Archives a workflow (that no other call uses) for a call that unarchives it; its id."""
    archived = w.wf.archive_workflow(workflow_identifier=workflow)
    workflow_id: str = archived.workflow.id
    return workflow_id


def _workflow_id(w: World, workflow: str) -> str:
    workflow_id: str = w.wf.get_workflow(workflow_identifier=workflow).workflow.id
    return workflow_id


def _reset(w: World, execution_id: str) -> Any:
    """Resets a finished execution to its first workflow task: what reset_workflow answers."""
    return w.wf.executions.reset_workflow(
        execution_id=execution_id, event_id=w.reset_point(execution_id), reason="oracle"
    )


def _stopped(w: World) -> str:
    name = w.new_deployment()
    w.wf.deployments.stop_deployment(name=name)
    return name


def _hardened_id(w: World) -> str:
    name = w.new_deployment(hardened=True)
    deployment_id: str = w.wf.deployments.get_deployment(name=name).id
    return deployment_id


SYNC_CALLS: dict[str, Call] = {
    # client.workflows: the catalog, registrations, execute.
    "execute_workflow": lambda w: w.wf.execute_workflow(
        workflow_identifier="countdown", execution_id=w.unique("countdown"), input={"n": 1, "interval": 0.01}
    ),
    "execute_workflow_and_wait": lambda w: w.wf.execute_workflow_and_wait(
        "countdown", input={"n": 1, "interval": 0.01}, polling_interval=0, max_attempts=10_000
    ),
    "wait_for_workflow_completion": lambda w: w.wf.wait_for_workflow_completion(
        w.start("countdown", {"n": 1, "interval": 0.01}), polling_interval=0, max_attempts=10_000
    ),
    "execute_workflow_registration": lambda w: w.wf.execute_workflow_registration(
        workflow_registration_id=w.registration,
        input={"n": 1, "interval": 0.01},
        wait_for_result=True,
        timeout_seconds=30,
    ),
    "get_workflows": lambda w: w.wf.get_workflows(limit=5, order="desc", include_shared=True),
    "get_workflow": lambda w: w.wf.get_workflow(workflow_identifier="countdown"),
    "update_workflow": lambda w: w.wf.update_workflow(
        workflow_identifier="counter", display_name="Counter", description="Counts.", tags=["oracle"]
    ),
    "add_workflow_tags": lambda w: w.wf.add_workflow_tags(workflow_identifier="countdown", tags=["oracle"]),
    "archive_workflow": lambda w: w.wf.archive_workflow(workflow_identifier="approval"),
    "unarchive_workflow": lambda w: w.wf.unarchive_workflow(workflow_identifier=_archived(w, "flaky")),
    "bulk_archive_workflows": lambda w: w.wf.bulk_archive_workflows(workflow_ids=[_workflow_id(w, "slow")]),
    "bulk_unarchive_workflows": lambda w: w.wf.bulk_unarchive_workflows(workflow_ids=[_archived(w, "renew")]),
    "get_workflow_registrations": lambda w: w.wf.get_workflow_registrations(with_workflow=True, limit=5),
    "get_workflow_registration": lambda w: w.wf.get_workflow_registration(
        workflow_registration_id=w.registration, with_workflow=True
    ),
    # executions
    "executions.get_workflow_execution": lambda w: w.wf.executions.get_workflow_execution(
        execution_id=w.finished, include_search_keys=True
    ),
    "executions.get_workflow_execution_history": lambda w: w.wf.executions.get_workflow_execution_history(
        execution_id=w.finished, decode_payloads=True
    ),
    "executions.signal_workflow_execution": lambda w: w.wf.executions.signal_workflow_execution(
        execution_id=w.counter, name="add", input={"by": 2}
    ),
    "executions.query_workflow_execution": lambda w: w.wf.executions.query_workflow_execution(
        execution_id=w.counter, name="value"
    ),
    "executions.update_workflow_execution": lambda w: w.wf.executions.update_workflow_execution(
        execution_id=w.counter, name="increment", input={"by": 1}
    ),
    "executions.terminate_workflow_execution": lambda w: w.wf.executions.terminate_workflow_execution(
        execution_id=w.forever()
    ),
    "executions.batch_terminate_workflow_executions": lambda w: (
        w.wf.executions.batch_terminate_workflow_executions(execution_ids=[w.forever(), w.forever()])
    ),
    "executions.cancel_workflow_execution": lambda w: w.wf.executions.cancel_workflow_execution(
        execution_id=w.forever()
    ),
    "executions.batch_cancel_workflow_executions": lambda w: w.wf.executions.batch_cancel_workflow_executions(
        execution_ids=[w.forever(), w.forever()]
    ),
    "executions.reset_workflow": lambda w: _reset(w, w.countdown()),
    "executions.get_workflow_execution_trace_info": lambda w: (
        w.wf.executions.get_workflow_execution_trace_info(execution_id=w.finished)
    ),
    "executions.get_workflow_execution_trace_otel": lambda w: (
        w.wf.executions.get_workflow_execution_trace_otel(execution_id=w.finished)
    ),
    "executions.get_workflow_execution_trace_summary": lambda w: (
        w.wf.executions.get_workflow_execution_trace_summary(execution_id=w.finished)
    ),
    "executions.get_workflow_execution_trace_events": lambda w: (
        w.wf.executions.get_workflow_execution_trace_events(
            execution_id=w.finished, merge_same_id_events=True, include_internal_events=True
        )
    ),
    "executions.stream": lambda w: w.wf.executions.stream(execution_id=w.finished, event_source="DATABASE"),
    "executions.get_workflow_execution_logs": lambda w: w.wf.executions.get_workflow_execution_logs(
        execution_id=w.finished, order="desc", limit=5
    ),
    "executions.stream_workflow_execution_logs": lambda w: w.wf.executions.stream_workflow_execution_logs(
        execution_id=w.finished
    ),
    # runs
    "runs.list_runs": lambda w: w.wf.runs.list_runs(workflow_identifier="countdown", page_size=5),
    "runs.get_run": lambda w: w.wf.runs.get_run(run_id=w.finished_run),
    "runs.get_run_history": lambda w: w.wf.runs.get_run_history(run_id=w.finished_run),
    # events
    "events.get_workflow_events": lambda w: w.wf.events.get_workflow_events(
        root_workflow_exec_id=w.parent, limit=5
    ),
    "events.get_stream_events": lambda w: w.wf.events.get_stream_events(root_workflow_exec_id=w.parent),
    # schedules
    "schedules.schedule_workflow": lambda w: w.wf.schedules.schedule_workflow(
        workflow_identifier="countdown",
        schedule={
            "input": {"n": 1, "interval": 0.01},
            "cron_expressions": ["0 9 * * 1-5"],
            "time_zone_name": "Europe/Paris",
            "jitter": "PT1M",
            "max_executions": 3,
        },
    ),
    "schedules.get_schedules": lambda w: w.wf.schedules.get_schedules(workflow_name="countdown", page_size=5),
    "schedules.get_schedule": lambda w: w.wf.schedules.get_schedule(schedule_id=w.schedule),
    "schedules.update_schedule": lambda w: w.wf.schedules.update_schedule(
        schedule_id=w.schedule, schedule={"intervals": [{"every": "PT2H"}]}
    ),
    "schedules.pause_schedule": lambda w: w.wf.schedules.pause_schedule(
        schedule_id=w.new_schedule(), note="oracle"
    ),
    "schedules.resume_schedule": lambda w: w.wf.schedules.resume_schedule(
        schedule_id=w.schedule, note="oracle"
    ),
    "schedules.trigger_schedule": lambda w: w.wf.schedules.trigger_schedule(
        schedule_id=w.schedule, overlap=6
    ),
    "schedules.unschedule_workflow": lambda w: w.wf.schedules.unschedule_workflow(
        schedule_id=w.new_schedule()
    ),
    # deployments
    "deployments.list_deployments": lambda w: w.wf.deployments.list_deployments(active_only=False, limit=5),
    "deployments.create_deployment": lambda w: w.wf.deployments.create_deployment(
        name=w.unique("deployment"),
        spec={"github_url": "https://github.com/example/workers", "revision": "v1"},
        resources={"replicas": 2},
    ),
    "deployments.get_deployment": lambda w: w.wf.deployments.get_deployment(name=w.deployment),
    "deployments.update_deployment": lambda w: w.wf.deployments.update_deployment(
        name=w.deployment, resources={"replicas": 2}
    ),
    "deployments.stop_deployment": lambda w: w.wf.deployments.stop_deployment(name=w.new_deployment()),
    "deployments.start_deployment": lambda w: w.wf.deployments.start_deployment(name=_stopped(w)),
    "deployments.restart_deployment": lambda w: w.wf.deployments.restart_deployment(name=w.new_deployment()),
    "deployments.delete_deployment": lambda w: w.wf.deployments.delete_deployment(name=w.new_deployment()),
    "deployments.list_deployment_workers": lambda w: w.wf.deployments.list_deployment_workers(
        name=BUILT_IN_DEPLOYMENT, limit=5
    ),
    "deployments.get_deployment_archive": lambda w: w.wf.deployments.get_deployment_archive(
        name=w.new_deployment(archive=True)
    ),
    "deployments.get_deployment_logs": lambda w: w.wf.deployments.get_deployment_logs(
        name=BUILT_IN_DEPLOYMENT, log_type="runtime", after=HOUR_AGO, limit=5
    ),
    "deployments.stream_deployment_logs": lambda w: w.wf.deployments.stream_deployment_logs(
        name=BUILT_IN_DEPLOYMENT, after=HOUR_AGO
    ),
    "deployments.unharden_deployment": lambda w: w.wf.deployments.unharden_deployment(
        deployment_id=_hardened_id(w)
    ),
    # metrics
    "metrics.get_workflow_metrics": lambda w: w.wf.metrics.get_workflow_metrics(
        workflow_name="countdown", start_time=HOUR_AGO, end_time=datetime.now(UTC) + timedelta(minutes=1)
    ),
}


def namespace(w: World, qualified: str) -> tuple[Any, str]:
    """The SDK object a table key names a method of, and the method's name."""
    space, _, method = qualified.rpartition(".")
    return (getattr(w.wf, space) if space else w.wf), method


def sdk_namespaces() -> dict[str, Any]:
    """The SDK's workflows namespaces, found by walking ``client.workflows``: "" is itself, then
    each attribute that is a sub-SDK (as its ``executions``, ``runs``...)."""
    with mistralai_client.Mistral(api_key="k") as sdk:
        workflows = sdk.workflows
    found = {"": workflows}
    for name, value in vars(workflows).items():
        if not name.startswith("_") and name != "parent_ref" and isinstance(value, sdk_basesdk.BaseSDK):
            found[name] = value
    return found


def sdk_methods() -> set[str]:
    """Every public method of the SDK's workflows namespaces, qualified as the table's keys."""
    found = set()
    for space, sdk in sdk_namespaces().items():
        for name, member in vars(type(sdk)).items():
            if name.startswith("_") or not callable(member) or hasattr(sdk_basesdk.BaseSDK, name):
                continue
            found.add(f"{space}.{name}" if space else name)
    return found


def declared(method: Any) -> Any:
    """What a method says it returns (inspect.Signature.empty: it says nothing, it returns None)."""
    kind = typing.get_type_hints(method).get("return", inspect.Signature.empty)
    # A named union (``ResponseExecuteWorkflow... = TypeAliasType(...)``) is what it names.
    return getattr(kind, "__value__", kind)


def check_answer(method: Any, answer: Any) -> None:
    """The answer is what the method declares: its model (parsed by the SDK), JSON, None, or a
    stream whose first frames are its event model."""
    kind = declared(method)
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if kind is inspect.Signature.empty:
        assert answer is None
    elif kind is Any:
        assert isinstance(answer, dict | list)
    elif origin is typing.Union:
        models = tuple(arg for arg in args if arg is not type(None))
        assert isinstance(answer, models), (answer, models)
    elif origin is sdk_eventstreaming.EventStream:
        with answer:
            frames = list(itertools.islice(answer, FRAMES))
        assert frames, "the stream sent no frame"
        for frame in frames:
            assert isinstance(frame, args[0]), frame
    else:
        assert isinstance(answer, kind), (answer, kind)


# ----- the tests --------------------------------------------------------------------------------


def test_the_table_calls_every_method_of_the_sdk() -> None:
    """Each sync method the SDK's workflows namespaces have is in SYNC_CALLS (and nothing else),
    and each has its ``_async`` twin, which behaves alike."""
    assert set(sdk_namespaces()) == set(NAMESPACES)
    methods = sdk_methods()
    sync = {name for name in methods if not name.endswith("_async")}
    assert sync == set(SYNC_CALLS), {
        "not called": sorted(sync - set(SYNC_CALLS)),
        "not in the SDK": sorted(set(SYNC_CALLS) - sync),
    }
    assert methods - sync == {f"{name}_async" for name in sync}
    assert set(ASYNC_CALLS) <= methods - sync


@pytest.mark.parametrize("qualified", sorted(SYNC_CALLS))
def test_every_sdk_method_runs_on_the_emulator(world: World, qualified: str) -> None:
    owner, name = namespace(world, qualified)
    check_answer(getattr(owner, name), SYNC_CALLS[qualified](world))


#: The async twins that run: one per namespace at least, streams included.
ASYNC_CALLS: dict[str, Callable[[World], Any]] = {
    "get_workflow_async": lambda w: w.wf.get_workflow_async(workflow_identifier="counter"),
    "get_workflows_async": lambda w: w.wf.get_workflows_async(limit=2),
    "executions.get_workflow_execution_async": lambda w: w.wf.executions.get_workflow_execution_async(
        execution_id=w.finished
    ),
    "executions.query_workflow_execution_async": lambda w: w.wf.executions.query_workflow_execution_async(
        execution_id=w.counter, name="value"
    ),
    "executions.stream_async": lambda w: w.wf.executions.stream_async(execution_id=w.finished),
    "runs.list_runs_async": lambda w: w.wf.runs.list_runs_async(page_size=2),
    "events.get_workflow_events_async": lambda w: w.wf.events.get_workflow_events_async(
        workflow_exec_id=w.finished
    ),
    "events.get_stream_events_async": lambda w: w.wf.events.get_stream_events_async(
        workflow_exec_id=w.finished
    ),
    "schedules.get_schedule_async": lambda w: w.wf.schedules.get_schedule_async(schedule_id=w.schedule),
    "deployments.list_deployments_async": lambda w: w.wf.deployments.list_deployments_async(
        active_only=False
    ),
    "deployments.get_deployment_async": lambda w: w.wf.deployments.get_deployment_async(
        name=BUILT_IN_DEPLOYMENT
    ),
    "metrics.get_workflow_metrics_async": lambda w: w.wf.metrics.get_workflow_metrics_async(
        workflow_name="counter"
    ),
}


async def first_frames(stream: Any) -> list[Any]:
    """The first FRAMES frames of an async stream, which is then closed."""
    async with stream:
        frames: list[Any] = []
        async for frame in stream:
            frames.append(frame)
            if len(frames) == FRAMES:
                break
        return frames


@pytest.mark.anyio
@pytest.mark.parametrize("qualified", sorted(ASYNC_CALLS))
async def test_async_sdk_methods_run_on_the_emulator(
    emulator: RunningEmulator, world: World, qualified: str
) -> None:
    # A client of its own, closed on this loop: the module's one would keep its async connections
    # on an earlier test's loop.
    async with mistralai_client.Mistral(api_key="oracle-key", server_url=emulator.base_url) as sdk:
        await run_async_method(dataclasses.replace(world, sdk=sdk), qualified)


async def run_async_method(world: World, qualified: str) -> None:
    owner, name = namespace(world, qualified)
    kind = declared(getattr(owner, name))
    answer = await ASYNC_CALLS[qualified](world)
    if typing.get_origin(kind) is sdk_eventstreaming.EventStreamAsync:
        frames = await first_frames(answer)
        assert frames and all(isinstance(frame, typing.get_args(kind)[0]) for frame in frames)
    else:
        # The async twin answers with the model its sync twin declares.
        check_answer(getattr(owner, name.removesuffix("_async")), answer)
