"""Deployments and their workers: list, create, get, update, delete, start, stop, restart,
workers, logs (paged and streamed), the source archive and unharden.

The built-in deployment. The emulator's own workers form the deployment named after its task
queue (`workflows-emulator`): self-hosted (`managed` is null, location `local`), always
active with one worker, serving every built-in workflow. The platform does not manage it:
update, delete, start, stop and restart refuse it (422 `workflow_refused`).

Managed deployments (created by the API) go through phases on the emulator's clock (`speed`
times faster than real time): `BUILDING` (build_state `RUNNING`, BUILD_SECONDS), `DEPLOYING`
(build `SUCCEEDED`; rollout `IN_PROGRESS`, ROLLOUT_SECONDS), then `RUNNING` (rollout
`COMPLETED`) with `resources.replicas` (default 1) active workers `<name>-g<generation>-<i>`,
which replace the previous ones only then (a rolling update). `stop` retires the workers at
once (`STOPPED`, `stopped: true`; stopping a stopped one changes nothing); `start` rolls out
again (building first when the source changed while stopped); `restart` rolls out fresh
workers of the same build (a 409 when stopped); `update` rebuilds when the source changes,
rolls out again when only the resources do. `delete` retires the workers and removes the
deployment; the answer is its last state. Gone workers stay listed as inactive (the last
MAX_GONE_WORKERS of them): a stopped deployment has no active worker. A deployment created
with an `archive_id` instead of a `github_url` (as the official SDK 3.7 allows) has a source
archive (GET /archive; any other deployment answers 404), with a download URL on the reserved
`.invalid` domain. `hardened` deployments are unhardened by id (or name): 204, then a 409 as
there is nothing left to do.

Which workflows a deployment serves: the built-in one all the built-in workflows; any one the
workflows of the executions started with its name as `deployment_name` (an execution started
without one runs on the built-in deployment). The emulator runs every execution whatever the
state of its deployment.

Logs. A deployment's records are numbered from 1 in order, with non-decreasing timestamps:
runtime records, written by its workers (each of its executions' events, logged by the active
worker its execution id hashes to; none while it has no active worker), and lifecycle records
(workers started and stopped); build records (`log_type=build`, from the official SDK 3.7)
tell a managed deployment's builds. The listing pages by keyset cursor, which carries the
window (`after` inclusive, `before` exclusive), the order and the log type: with a cursor these
parameters are ignored; `worker_name` and `workflow_name` filter every page. The stream sends
the runtime records as `event: log` frames (id: the record's number), from the deployment's
start, from `after`, or after the resume id (`Last-Event-ID`, else `last_event_id`; one the
emulator never issued is a 422 `workflow_refused`), then follows new ones. It ends when the
deployment is deleted, on shutdown (an `event: error` frame, `stream_error`), by fault
injection as the execution streams do, or after `events_stream_idle_close` quiet seconds (as
an idle proxy would); it never ends by itself otherwise.

Listing: `active_only` (default true: deployments with an active worker), `is_hardened`,
`workflow_name` (those serving it), `search` (a prefix of the name or id), `order_by`
(`created_at`, `updated_at`; without it, active ones first, managed ones first within them,
each group by creation time), `order` (default desc), `workspace_id` (another workspace has
no deployments); keyset `next_cursor`.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import json
import time
import uuid
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import _views as views
from ._catalog import CUSTOMER_ID, WORKSPACE_ID
from ._engine import TASK_QUEUE, Conflict, Engine, Event, Execution, Invalid, NotFound, Refused, iso_timestamp
from ._paging import decode_token, encode_token, keyset_page
from ._requests import (
    check_encodable,
    last_event_id,
    query_choice,
    query_datetime,
    query_int,
    query_optional_bool,
    query_uuid,
)

#: Virtual seconds (the emulator's clock) a managed build and a rollout take.
BUILD_SECONDS = 10.0
ROLLOUT_SECONDS = 2.0
MAX_REPLICAS = 20
MAX_GONE_WORKERS = 20
DEFAULT_RESOURCES: Mapping[str, Any] = {
    "replicas": 1,
    "cpu_request": "500m",
    "cpu_limit": "1",
    "memory_request": "512Mi",
    "memory_limit": "1Gi",
}
_ID_NAMESPACE = uuid.UUID("4d0b7f7e-2a55-4b8e-9a39-3f3c1d9e6a21")
_USER = "user-emulator"
_SOURCE_FIELDS = ("github_url", "revision", "entrypoint", "working_dir")


def _now_ns() -> int:
    return time.time_ns() // 1000 * 1000


def _iso(ns: int | None) -> str | None:
    return None if ns is None else iso_timestamp(ns)


@dataclass
class Worker:
    name: str
    created_ns: int
    location: Mapping[str, Any]
    gone_ns: int | None = None

    @property
    def active(self) -> bool:
        return self.gone_ns is None


@dataclass(slots=True)
class Record:
    """One log record: a lifecycle or build message, or an execution's event (rendered late)."""

    sequence: int
    timestamp_ns: int
    kind: str
    worker_name: str | None
    workflow_name: str | None
    message: str | None = None
    severity: str = "INFO"
    execution: Execution | None = None
    event: Event | None = None

    def render(self, deployment: Deployment) -> dict[str, Any]:
        """A DeploymentLogRecord."""
        attributes = {"deployment_name": deployment.name, "log_type": self.kind}
        if self.worker_name is not None:
            attributes["worker_name"] = self.worker_name
        if self.execution is not None and self.event is not None:
            record = views.log_entry(self.execution, self.event).record
            attributes.update(record["log_attributes"])
            attributes["workflow_name"] = self.execution.workflow_name
            attributes["execution_id"] = self.execution.execution_id
            return {**record, "timestamp": iso_timestamp(self.timestamp_ns), "log_attributes": attributes}
        seed = f"{deployment.id}/{self.sequence}".encode()
        return {
            "timestamp": iso_timestamp(self.timestamp_ns),
            "trace_id": hashlib.sha256(seed).hexdigest()[:32],
            "span_id": hashlib.sha256(seed + b"/span").hexdigest()[:16],
            "severity_text": self.severity,
            "body": self.message or "",
            "log_attributes": attributes,
        }


@dataclass(eq=False)
class Deployment:
    name: str
    created_ns: int
    managed: bool
    hardened: bool = False
    spec: dict[str, Any] = field(default_factory=dict)
    resources: dict[str, Any] = field(default_factory=dict)
    phase: str | None = None
    rollout_status: str | None = None
    generation: int = 0
    build: dict[str, Any] | None = None
    pending_build: bool = False
    deployed_revision: str | None = None
    deployed_ns: int | None = None
    updated_ns: int = 0
    workers: list[Worker] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    deleted: bool = False
    timer: asyncio.TimerHandle | None = None
    _changed: asyncio.Event | None = None

    @property
    def id(self) -> str:
        return str(uuid.uuid5(_ID_NAMESPACE, f"{self.name}/{self.created_ns}"))

    @property
    def stopped(self) -> bool:
        return self.phase == "STOPPED"

    @property
    def location(self) -> dict[str, Any]:
        return {"location_type": "managed" if self.managed else "local"}

    def active_workers(self) -> list[Worker]:
        return [worker for worker in self.workers if worker.active]

    @property
    def active(self) -> bool:
        return any(worker.active for worker in self.workers)

    # ----- the log, as `_app`'s stream follows it ----------------------------------------

    @property
    def last_sequence(self) -> int:
        return len(self.records)

    def events_after(self, sequence: int) -> Sequence[Record]:
        return self.records[max(sequence, 0) :]

    def changed(self) -> asyncio.Event:
        """An asyncio.Event set at the next record (or deletion)."""
        if self._changed is None:
            self._changed = asyncio.Event()
        return self._changed

    def notify(self) -> None:
        changed, self._changed = self._changed, None
        if changed is not None:
            changed.set()


# ----- request bodies ----------------------------------------------------------------------


def _object(value: Any, loc: tuple[str, ...], *, nullable: bool) -> dict[str, Any] | None:
    if value is None:
        if nullable:
            return None
        raise Invalid(loc, "Field required", None, "missing")
    if not isinstance(value, dict):
        raise Invalid(loc, "Input should be a valid dictionary", value, "dict_type")
    return value


def _text(body: Mapping[str, Any], key: str, loc: tuple[str, ...]) -> str | None:
    value = body.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise Invalid((*loc, key), "Input should be a valid string", value, "string_type")
    return check_encodable(value, (*loc, key))


def _resources(value: Any, loc: tuple[str, ...]) -> dict[str, Any]:
    """The fields of a DeploymentResourceConfig(Update) that are set (absent or null: unset)."""
    body = _object(value, loc, nullable=True) or {}
    changes: dict[str, Any] = {}
    replicas = body.get("replicas")
    if replicas is not None:
        if not isinstance(replicas, int) or isinstance(replicas, bool):
            raise Invalid((*loc, "replicas"), "Input should be a valid integer", replicas, "int_type")
        if not 0 <= replicas <= MAX_REPLICAS:
            raise Refused(
                (*loc, "replicas"),
                f"the emulator runs 0 to {MAX_REPLICAS} replicas, not {replicas}",
                replicas,
            )
        changes["replicas"] = replicas
    for key in ("cpu_request", "cpu_limit", "memory_request", "memory_limit"):
        text = _text(body, key, loc)
        if text is not None:
            changes[key] = text
    return changes


def _source(value: Any, loc: tuple[str, ...], *, partial: bool) -> dict[str, Any]:
    """The source fields of a DeploymentWorkerSpecInput (or its update) that are set."""
    body = _object(value, loc, nullable=partial) or {}
    # An empty string is still a value (the contract sets no minimum length): kept, not dropped.
    changes = {
        key: text for key in (*_SOURCE_FIELDS, "archive_id") if (text := _text(body, key, loc)) is not None
    }
    if not partial and "github_url" not in changes and "archive_id" not in changes:
        raise Invalid((*loc, "github_url"), "Field required", None, "missing")
    return changes


# ----- the deployments ---------------------------------------------------------------------


class Deployments:
    """Every deployment of one emulator: the built-in one and the managed ones."""

    def __init__(self, engine: Engine, workflow_names: Iterable[str]) -> None:
        self.engine = engine
        self.workflow_names = frozenset(workflow_names)
        self.deployments: dict[str, Deployment] = {}
        self._synced = 0
        self._streams = 0
        self._follower: asyncio.Task[None] | None = None
        now = _now_ns()
        builtin = Deployment(name=TASK_QUEUE, created_ns=now, managed=False, updated_ns=now)
        builtin.workers.append(Worker(f"{TASK_QUEUE}-worker-0", now, builtin.location))
        self.deployments[TASK_QUEUE] = builtin
        self._log(builtin, f"worker {TASK_QUEUE}-worker-0 started: polling task queue {TASK_QUEUE}")

    # ----- lookups -----------------------------------------------------------------------

    def get(self, name: str) -> Deployment:
        deployment = self.deployments.get(name)
        if deployment is None:
            raise NotFound(f"deployment not found: {name}")
        return deployment

    def id_of(self, name: str) -> str | None:
        deployment = self.deployments.get(name)
        return None if deployment is None else deployment.id

    def is_active(self, name: str) -> bool:
        deployment = self.deployments.get(name)
        return deployment is not None and deployment.active

    def _managed(self, name: str) -> Deployment:
        deployment = self.get(name)
        if not deployment.managed:
            raise Refused(
                ("path", "name"),
                f"deployment {name} is self-hosted: its workers are not managed by the platform",
                name,
            )
        return deployment

    def serves(self, deployment: Deployment, workflow_name: str, executions: Iterable[Execution]) -> bool:
        if not deployment.managed and workflow_name in self.workflow_names:
            return True
        return any(
            execution.workflow_name == workflow_name
            and (execution.deployment_name or TASK_QUEUE) == deployment.name
            for execution in executions
        )

    # ----- operations ----------------------------------------------------------------------

    def create(self, body: Mapping[str, Any]) -> Deployment:
        name = body.get("name")
        if name is None:
            raise Invalid(("body", "name"), "Field required", None, "missing")
        if not isinstance(name, str):
            raise Invalid(("body", "name"), "Input should be a valid string", name, "string_type")
        check_encodable(name, ("body", "name"))
        source = _source(body.get("spec"), ("body", "spec"), partial=False)
        resources = _resources(body.get("resources"), ("body", "resources"))
        hardened = body.get("hardened", False)
        if not isinstance(hardened, bool):
            raise Invalid(("body", "hardened"), "Input should be a valid boolean", hardened, "bool_type")
        if not name:
            raise Refused(("body", "name"), "a deployment needs a name (it is its address)", name)
        if name in self.deployments:
            raise Conflict(f"deployment {name} already exists")
        self.sync()
        now = _now_ns()
        spec = {"github_url": "", "revision": "main", "entrypoint": "worker:main", "working_dir": None}
        deployment = Deployment(
            name=name,
            created_ns=now,
            managed=True,
            hardened=hardened,
            spec={**spec, **source, "restarted_at": None},
            resources={**DEFAULT_RESOURCES, **resources},
            updated_ns=now,
        )
        self.deployments[name] = deployment
        self._rollout(deployment, build=True)
        return deployment

    def update(self, name: str, body: Mapping[str, Any]) -> Deployment:
        source = _source(body.get("spec"), ("body", "spec"), partial=True)
        resources = _resources(body.get("resources"), ("body", "resources"))
        deployment = self._managed(name)
        self.sync()
        rebuild = any(deployment.spec.get(key) != value for key, value in source.items())
        rescale = any(deployment.resources.get(key) != value for key, value in resources.items())
        deployment.spec.update(source)
        deployment.resources.update(resources)
        deployment.updated_ns = _now_ns()
        if deployment.stopped:
            deployment.pending_build = deployment.pending_build or rebuild
        elif rebuild or rescale:
            self._rollout(deployment, build=rebuild)
        return deployment

    def delete(self, name: str) -> Deployment:
        deployment = self._managed(name)
        self.sync()
        self._cancel_timer(deployment)
        self._retire(deployment, "the deployment is deleted")
        deployment.phase = "STOPPED"
        deployment.rollout_status = None
        deployment.deleted = True
        del self.deployments[name]
        self._log(deployment, f"deployment {name} deleted")
        return deployment

    def start(self, name: str) -> Deployment:
        deployment = self._managed(name)
        if deployment.stopped:
            self.sync()
            self._log(deployment, f"deployment {name} started")
            built = deployment.build is not None and deployment.build["phase"] == "SUCCEEDED"
            self._rollout(deployment, build=deployment.pending_build or not built)
        return deployment

    def stop(self, name: str) -> Deployment:
        deployment = self._managed(name)
        if not deployment.stopped:
            self.sync()
            self._cancel_timer(deployment)
            self._retire(deployment, "the deployment is stopped")
            if deployment.build is not None and deployment.build["phase"] == "RUNNING":
                deployment.build.update(phase="CANCELLED", message="build cancelled: the deployment stopped")
            deployment.phase = "STOPPED"
            deployment.rollout_status = None
            deployment.updated_ns = _now_ns()
            self._log(deployment, f"deployment {name} stopped")
        return deployment

    def restart(self, name: str) -> Deployment:
        deployment = self._managed(name)
        if deployment.stopped:
            raise Conflict(f"deployment {name} is stopped: start it")
        self.sync()
        deployment.spec["restarted_at"] = iso_timestamp(_now_ns())
        self._log(deployment, f"deployment {name} restarting")
        if deployment.phase != "BUILDING":
            self._rollout(deployment, build=False)
        return deployment

    def unharden(self, deployment_id: str, workspace_id: str | None) -> None:
        found = None
        if workspace_id is None or workspace_id == WORKSPACE_ID:
            found = next((d for d in self.deployments.values() if deployment_id in (d.id, d.name)), None)
        if found is None:
            raise NotFound(f"deployment not found: {deployment_id}")
        if not found.hardened:
            raise Conflict(f"deployment {found.name} is not hardened")
        found.hardened = False
        found.updated_ns = _now_ns()

    def archive(self, name: str) -> dict[str, Any]:
        """A DeploymentArchiveResponse."""
        deployment = self.get(name)
        archive_id = deployment.spec.get("archive_id")
        if not archive_id:
            raise NotFound(f"deployment {name} is not built from an archive")
        expires = int(time.time()) + 3600
        url = f"https://archives.emulator.invalid/{archive_id}?expires={expires}"
        return {"archive_id": archive_id, "download_url": url}

    def shutdown(self) -> None:
        """Stop the timers and wake the log streams (which then end: the engine is closing)."""
        for deployment in self.deployments.values():
            self._cancel_timer(deployment)
            deployment.notify()
        if self._follower is not None:
            self._follower.cancel()

    # ----- phases ------------------------------------------------------------------------

    def _after(
        self, deployment: Deployment, virtual_seconds: float, step: Callable[[Deployment], None]
    ) -> None:
        self._cancel_timer(deployment)
        delay = virtual_seconds / self.engine.speed()
        deployment.timer = asyncio.get_running_loop().call_later(delay, step, deployment)

    def _cancel_timer(self, deployment: Deployment) -> None:
        if deployment.timer is not None:
            deployment.timer.cancel()
            deployment.timer = None

    def _rollout(self, deployment: Deployment, *, build: bool) -> None:
        now = _now_ns()
        deployment.generation += 1
        deployment.pending_build = False
        deployment.updated_ns = now
        if build:
            deployment.phase, deployment.rollout_status = "BUILDING", None
            sha = hashlib.sha1(
                f"{deployment.spec.get('github_url')}@{deployment.spec.get('revision')}".encode()
            ).hexdigest()
            deployment.build = {
                "phase": "RUNNING",
                "commit_sha": sha,
                "image": None,
                "message": "building image",
                "started_at": iso_timestamp(now),
                "finished_at": None,
            }
            source = deployment.spec.get("github_url") or f"archive {deployment.spec.get('archive_id')}"
            self._log(deployment, f"building {source} at {deployment.spec.get('revision')}", kind="build")
            self._after(deployment, BUILD_SECONDS, self._built)
        else:
            self._deploying(deployment)

    def _built(self, deployment: Deployment) -> None:
        self.sync()
        assert deployment.build is not None
        sha = deployment.build["commit_sha"]
        deployment.build.update(
            phase="SUCCEEDED",
            image=f"registry.emulator.invalid/{deployment.name}:{sha[:12]}",
            message="image built",
            finished_at=iso_timestamp(_now_ns()),
        )
        self._log(deployment, f"image {deployment.build['image']} built", kind="build")
        self._deploying(deployment)

    def _deploying(self, deployment: Deployment) -> None:
        deployment.phase, deployment.rollout_status = "DEPLOYING", "IN_PROGRESS"
        self._after(deployment, ROLLOUT_SECONDS, self._running)

    def _running(self, deployment: Deployment) -> None:
        self.sync()
        deployment.timer = None
        self._retire(deployment, "replaced")
        now = _now_ns()
        for index in range(deployment.resources.get("replicas") or 0):
            name = f"{deployment.name}-g{deployment.generation}-{index}"
            deployment.workers.append(Worker(name, now, deployment.location))
            self._log(deployment, f"worker {name} started: polling task queue {deployment.name}", worker=name)
        deployment.phase, deployment.rollout_status = "RUNNING", "COMPLETED"
        deployment.deployed_revision = deployment.spec.get("revision")
        deployment.deployed_ns = now
        deployment.updated_ns = now

    def _retire(self, deployment: Deployment, why: str) -> None:
        now = _now_ns()
        for worker in deployment.active_workers():
            worker.gone_ns = now
            self._log(deployment, f"worker {worker.name} stopped: {why}", worker=worker.name)
        gone = [worker for worker in deployment.workers if not worker.active]
        for worker in gone[:-MAX_GONE_WORKERS]:
            deployment.workers.remove(worker)

    # ----- logs ----------------------------------------------------------------------------

    def _append(self, deployment: Deployment, record: Record) -> None:
        last = deployment.records[-1].timestamp_ns if deployment.records else 0
        record.timestamp_ns = max(record.timestamp_ns, last)
        deployment.records.append(record)
        deployment.notify()

    def _log(
        self, deployment: Deployment, message: str, *, kind: str = "runtime", worker: str | None = None
    ) -> None:
        sequence = deployment.last_sequence + 1
        record = Record(sequence, _now_ns(), kind, worker, None, message)
        self._append(deployment, record)

    def sync(self) -> None:
        """Log the engine's new events to the deployments their executions run on."""
        events = self.engine.log.events_after(self._synced)
        if not events:
            return
        self._synced = events[-1].global_sequence
        for event in events:
            execution = self.engine.executions.get(event.data["workflow_exec_id"])
            if execution is None:
                continue
            deployment = self.deployments.get(execution.deployment_name or TASK_QUEUE)
            if deployment is None:
                continue
            workers = deployment.active_workers()
            if not workers:
                continue
            worker = workers[zlib.crc32(execution.execution_id.encode()) % len(workers)]
            record = Record(
                deployment.last_sequence + 1,
                event.timestamp_ns,
                "runtime",
                worker.name,
                execution.workflow_name,
                execution=execution,
                event=event,
            )
            self._append(deployment, record)

    async def _follow_engine(self) -> None:
        """While a log stream is open, log the engine's events as they come (waking it)."""
        while self._streams > 0 and not self.engine.closing:
            changed = self.engine.log.changed()
            self.sync()
            await changed.wait()
        if self.engine.closing:  # the engine's shutdown woke us: wake the streams, which end
            for deployment in self.deployments.values():
                deployment.notify()

    def stream_opened(self) -> None:
        self._streams += 1
        if self._follower is None or self._follower.done():
            self._follower = asyncio.get_running_loop().create_task(self._follow_engine())

    def stream_closed(self) -> None:
        self._streams -= 1

    def list_logs(self, name: str, params: Any) -> dict[str, Any]:
        """One page of a DeploymentLogSearchResponse."""
        worker_name = params.get("worker_name")
        workflow_name = params.get("workflow_name")
        limit = query_int(params, "limit", 50, 1, 100)
        deployment = self.get(name)
        loc = ("query", "cursor")
        raw = params.get("cursor")
        if raw:
            context = _token_context(raw, loc)
            if len(context) != 6 or context[:2] != ["deployment-logs", deployment.id]:
                raise _bad_cursor(raw, loc)
            _, _, descending, after, before, log_type = context
            if not isinstance(descending, bool) or log_type not in ("runtime", "build"):
                raise _bad_cursor(raw, loc)
            if not all(value is None or type(value) is int for value in (after, before)):
                raise _bad_cursor(raw, loc)
            cursor = decode_token(raw, context, loc, (int,))
        else:
            descending = query_choice(params, "order", ("asc", "desc")) == "desc"
            after = query_datetime(params, "after")
            before = query_datetime(params, "before")
            log_type = query_choice(params, "log_type", ("runtime", "build")) or "runtime"
            if log_type == "build" and not deployment.managed:
                raise Refused(
                    ("query", "log_type"), f"deployment {name} is self-hosted: it has no build", log_type
                )
            context = ["deployment-logs", deployment.id, descending, after, before, log_type]
            cursor = None
        self.sync()

        def keep(record: Record) -> bool:
            return (
                record.kind == log_type
                and (after is None or record.timestamp_ns >= after)
                and (before is None or record.timestamp_ns < before)
                and (worker_name is None or record.worker_name == worker_name)
                and (workflow_name is None or record.workflow_name == workflow_name)
            )

        rows = [record for record in deployment.records if keep(record)]
        page, last = keyset_page(
            rows, lambda r: (r.sequence,), descending=descending, after=cursor, limit=limit
        )
        return {
            "results": [record.render(deployment) for record in page],
            "next_cursor": encode_token(context, last) if last is not None else None,
        }

    def stream_start(self, name: str, params: Any, headers: Mapping[str, str]) -> tuple[Deployment, int]:
        """The deployment of a log stream and the record number it resumes after."""
        resume = last_event_id(headers, params)
        after = query_datetime(params, "after")
        deployment = self.get(name)
        self.sync()
        if resume is not None:
            if resume > deployment.last_sequence:
                loc = (
                    ("header", "Last-Event-ID")
                    if headers.get("last-event-id")
                    else ("query", "last_event_id")
                )
                raise Refused(
                    loc, f"not an event id of this stream (the last is {deployment.last_sequence})", resume
                )
            return deployment, resume
        if after is not None:
            earlier = [record.sequence for record in deployment.records if record.timestamp_ns < after]
            return deployment, max(earlier, default=0)
        return deployment, 0

    # ----- renderings and listings --------------------------------------------------------

    def managed_fields(self, deployment: Deployment) -> dict[str, Any]:
        """A ManagedDeploymentResponse."""
        spec = deployment.spec
        sha = deployment.build["commit_sha"] if deployment.build else None
        github_url = spec.get("github_url") or ""
        commit = None
        if sha is not None:
            commit = {
                "sha": sha,
                "message": f"revision {spec.get('revision')}",
                "author": {"name": "Emulator", "username": "emulator", "html_url": None},
                "html_url": f"{github_url}/commit/{sha}" if github_url else None,
            }
        active = len(deployment.active_workers())
        return {
            "service_id": f"svc-{deployment.id[:8]}",
            "name": deployment.name,
            "spec": {
                "github_url": github_url,
                "type": "workflows_worker",
                "revision": spec.get("revision"),
                "entrypoint": spec.get("entrypoint"),
                "working_dir": spec.get("working_dir"),
                "archive_id": spec.get("archive_id"),
                "restarted_at": spec.get("restarted_at"),
                "commit_sha": sha,
                "commit": commit,
                "backend_spec": {"type": "mistral_cloud"},
            },
            "resources": dict(deployment.resources),
            "status": {
                "phase": deployment.phase,
                "available_replicas": active,
                "ready_replicas": active,
                "endpoint": None,
                "message": {"BUILDING": "building image", "DEPLOYING": "rolling out"}.get(
                    deployment.phase or ""
                ),
                "last_seen": iso_timestamp(_now_ns()),
                "deployed_revision": deployment.deployed_revision,
                "generation": deployment.generation,
                "build_state": dict(deployment.build) if deployment.build else None,
            },
            "created_at": iso_timestamp(deployment.created_ns),
            "updated_at": iso_timestamp(deployment.updated_ns),
            "stopped": deployment.stopped,
            "rollout_status": deployment.rollout_status,
            "created_by": _USER,
            "updated_by": _USER,
            "deployed_by": _USER if deployment.deployed_ns is not None else None,
            "deployed_at": _iso(deployment.deployed_ns),
            "is_hardened": deployment.hardened,
        }

    def worker_fields(self, worker: Worker) -> dict[str, Any]:
        """A DeploymentWorkerResponse: a live worker heartbeats all the time."""
        heartbeat = iso_timestamp(_now_ns() if worker.gone_ns is None else worker.gone_ns)
        return {
            "name": worker.name,
            "created_at": iso_timestamp(worker.created_ns),
            "updated_at": heartbeat,
            "last_heartbeat": heartbeat,
            "is_active": worker.active,
            "location": dict(worker.location),
        }

    def fields(self, deployment: Deployment, workers: Sequence[Worker] | None = None) -> dict[str, Any]:
        """A DeploymentResponse (of these workers: all of them by default)."""
        workers = deployment.workers if workers is None else workers
        active = [worker for worker in workers if worker.active]
        beats = [worker.gone_ns or 0 for worker in workers]
        heartbeat = _now_ns() if active else max([deployment.updated_ns, *beats])
        return {
            "id": deployment.id,
            "name": deployment.name,
            "is_active": bool(active),
            "is_hardened": deployment.hardened,
            "created_at": iso_timestamp(deployment.created_ns),
            "updated_at": iso_timestamp(deployment.updated_ns),
            "last_heartbeat": iso_timestamp(heartbeat),
            "owner": CUSTOMER_ID,
            "location": deployment.location,
            "worker_count": len(workers),
            "active_worker_count": len(active),
            "locations": [deployment.location["location_type"]],
            "managed": self.managed_fields(deployment) if deployment.managed else None,
        }

    def detail(self, name: str, workflow_name: str | None, executions: Iterable[Execution]) -> dict[str, Any]:
        """A DeploymentDetailResponse; scoped to a workflow it does not serve, it has no worker."""
        deployment = self.get(name)
        workers: Sequence[Worker] = deployment.workers
        if workflow_name is not None and not self.serves(deployment, workflow_name, executions):
            workers = []
        return {**self.fields(deployment, workers), "workers": [self.worker_fields(w) for w in workers]}

    def list(self, params: Any, executions: Iterable[Execution]) -> dict[str, Any]:
        """One page of a DeploymentListResponse."""
        active_only = query_optional_bool(params, "active_only")
        active_only = True if active_only is None else active_only
        hardened = query_optional_bool(params, "is_hardened")
        workflow_name = params.get("workflow_name")
        search = (params.get("search") or "").casefold()
        order_by = (
            query_choice(params, "order_by", ("updated_at", "created_at")) if params.get("order_by") else None
        )
        descending = (query_choice(params, "order", ("asc", "desc")) or "desc") == "desc"
        limit = query_int(params, "limit", 50, 1, 100) if params.get("limit") else 50
        workspace = query_uuid(params, "workspace_id") if params.get("workspace_id") else None
        context = ("deployments", order_by or "", descending)
        kinds: tuple[type, ...] = (int, str) if order_by else (int, int, int, str)
        after = decode_token(params.get("cursor"), context, ("query", "cursor"), kinds)
        listed = list(executions) if workflow_name is not None else []
        sign = -1 if descending else 1

        def keep(deployment: Deployment) -> bool:
            return (
                (deployment.active or not active_only)
                and (hardened is None or deployment.hardened is hardened)
                and (workflow_name is None or self.serves(deployment, workflow_name, listed))
                and (deployment.name.casefold().startswith(search) or deployment.id.startswith(search))
            )

        def key(deployment: Deployment) -> tuple[Any, ...]:
            if order_by is not None:
                moment = deployment.updated_ns if order_by == "updated_at" else deployment.created_ns
                return (sign * moment, deployment.name)
            group = (0 if deployment.active else 1, 0 if deployment.managed else 1)
            return (*group, sign * deployment.created_ns, deployment.name)

        rows = []
        if workspace is None or workspace == WORKSPACE_ID:
            rows = [deployment for deployment in self.deployments.values() if keep(deployment)]
        page, last = keyset_page(rows, key, descending=False, after=after, limit=limit)
        return {
            "deployments": [self.fields(deployment) for deployment in page],
            "next_cursor": encode_token(context, last) if last is not None else None,
            "workspace_id": workspace or WORKSPACE_ID,
        }

    def list_workers(self, name: str, params: Any) -> dict[str, Any]:
        """One page of a DeploymentWorkerListResponse, oldest first."""
        status = (
            query_choice(params, "worker_status", ("active", "inactive"))
            if params.get("worker_status")
            else None
        )
        limit = query_int(params, "limit", 50, 1, 100)
        deployment = self.get(name)
        context = ("workers", deployment.id, status or "")
        after = decode_token(params.get("cursor"), context, ("query", "cursor"), (int, str))
        rows = [w for w in deployment.workers if status is None or w.active is (status == "active")]
        page, last = keyset_page(
            rows, lambda w: (w.created_ns, w.name), descending=False, after=after, limit=limit
        )
        return {
            "workers": [self.worker_fields(worker) for worker in page],
            "next_cursor": encode_token(context, last) if last is not None else None,
        }


def _bad_cursor(raw: str, loc: tuple[str, str]) -> Invalid:
    return Invalid(
        loc,
        "not a page token of this listing (tokens are opaque; pass back the last answer's cursor)",
        raw,
    )


def _token_context(raw: str, loc: tuple[str, str]) -> list[Any]:
    """The context a logs cursor carries (its window and order), read before its key is checked."""
    try:
        decoded = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        context = decoded["for"]
    except (binascii.Error, ValueError, TypeError, KeyError, RecursionError):
        raise _bad_cursor(raw, loc) from None
    if not isinstance(context, list):
        raise _bad_cursor(raw, loc)
    return context
