"""The ASGI application: routing, fault injection, auth, and the HTTP face of the engine.

Requests are routed on the raw (still percent-encoded) path, so that execution ids with any
characters, an encoded "/" included, reach the handlers intact. Each request is, in order:
counted, delayed by `latency`, possibly answered by fault injection (`fail_first`, then
`fail_fraction`), checked for a bearer key, then handled.

Answers. execute with `wait_for_result` answers a WorkflowExecutionSyncResponse once the
execution has COMPLETED, and a WorkflowExecutionResponse (whose status tells) when it ended
otherwise or is still running after `timeout_seconds` (real seconds). /history is the
current run's Temporal history (see `_views`), in `history_style`, its payloads decoded with
`decode_payloads`. A query on a finished execution answers from its workflow's last state, and
a finished execution may be reset (204). Errors: 401 without a valid bearer key; 404 for an
unknown execution or workflow; 409 for an execution id already taken, or an action (signal,
update, cancel, terminate) on a finished execution; 422 (HTTPValidationError) for malformed
input, an unknown signal/query/update name or a reset `event_id` that is not a reset point of
the current run's history (a workflow task completed, started, failed or timed-out event; the
message lists the valid ids). 429/503 come only from fault injection.

Runs. /v1/workflows/runs lists one row per execution (its current run, without the result),
filtered, ordered and paged by opaque keyset tokens (see `_runs`); /runs/{run_id} and its
/history answer for any run of an execution, current or past (continued-as-new, reset).

SSE. /stream sends `id: <broker_sequence>`, `event: <sse_event_name>` and
`data: <StreamEventSsePayload>` frames: named `workflow.event` by default, as the real service
names them, unnamed (`message`) when `sse_event_name` is "". /logs/stream sends `event: log`
frames (the contract's name) with the same ids and an ExecutionLogRecord as data. Both replay
the stored events after the resume point (Last-Event-ID header, else `last_event_id`), then
follow live ones, and close once the execution has finished. `event_source=DATABASE` sends the
stored events only, then closes (no error frame: its end is not a disconnect); `LIVE` skips
them; `HYBRID`, like no `event_source`, does both. Every line, keep-alive comments included,
ends with `sse_line_ending` (LF, CRLF or CR).

A stream may end with an `event: error` frame whose data is a StreamEventSseErrorData,
`{"error": <message>, "reason": <reason>}`, with the real service's reasons: `internal_error`
when the server fails during a stream, `stream_error` when it shuts down, and, with
`sse_error_every` = K, after K frames of each connection, one drawn from the seeded RNG among
`read_error`, `stream_error` and `internal_error`. With `drop_sse_every` = K the server just
closes each connection after K frames. Either way a client resumes with Last-Event-ID.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import random
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any, Protocol, TypeVar
from urllib.parse import unquote

from sse_starlette import EventSourceResponse
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from . import _views as views
from ._catalog import Catalog
from ._deployments import Deployment, Deployments, Record
from ._engine import (
    TASK_QUEUE,
    BatchAction,
    Conflict,
    Engine,
    Event,
    Invalid,
    NotFound,
    Status,
)
from ._events import list_events, parse_stream_query
from ._metrics import workflow_metrics
from ._options import EmulatorOptions, EmulatorStats
from ._requests import (
    decimal,
    last_event_id,
    parse_batch,
    parse_execute,
    parse_invocation,
    parse_json_object,
    parse_reset,
    query_bool,
    query_choice,
    query_datetime,
    query_int,
    query_uuid,
)
from ._runs import list_page, parse_run_query
from ._schedules import Clock, Schedules
from ._workflows import BUILTIN_WORKFLOWS

logger = logging.getLogger("mistral_workflows_emulator")

Handler = Callable[[Request, dict[str, str]], Awaitable[Response]]
_EXECUTIONS = ("v1", "workflows", "executions")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class _Followed(Protocol[T_co]):
    """What a stream follows: an execution, the engine's event log, or a deployment's log."""

    @property
    def last_sequence(self) -> int: ...

    def changed(self) -> asyncio.Event: ...

    def events_after(self, sequence: int) -> Sequence[T_co]: ...


def _sequence(event: Event) -> int:
    return event.sequence


def _global_sequence(event: Event) -> int:
    return event.global_sequence


def _record_sequence(record: Record) -> int:
    return record.sequence


def _error(status: int, detail: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


def _validation_error(error: Invalid) -> JSONResponse:
    item: dict[str, Any] = {"loc": list(error.loc), "msg": error.message, "type": error.kind}
    if error.value is not None:
        item["input"] = error.value
    return JSONResponse({"detail": [item]}, status_code=422)


#: The reasons of the real service's `event: error` frames.
SSE_ERROR_REASONS = ("read_error", "stream_error", "internal_error")
_INJECTED_ERRORS = {
    "read_error": "could not read the event stream (injected fault)",
    "stream_error": "the event stream was interrupted (injected fault)",
    "internal_error": "internal error while streaming (injected fault)",
}


@functools.lru_cache(maxsize=16)
def _event_renderer(name: str, sep: str) -> Callable[[Event], str]:
    """The /stream frame of an event, for one event name and line ending (strings built once)."""
    middle = f"{sep}event: {name}{sep}data: " if name else f"{sep}data: "
    end = sep + sep

    def render(event: Event) -> str:
        return f"id: {event.sequence}{middle}{event.stream_payload}{end}"

    return render


def _error_frame(error: str, reason: str, sep: str) -> str:
    data = json.dumps({"error": error, "reason": reason}, separators=(",", ":"))
    return f"event: error{sep}data: {data}{sep}{sep}"


class EmulatorApp:
    """The emulator's request handling, over one engine, one set of options and one set of stats."""

    def __init__(self, options: EmulatorOptions) -> None:
        self.options = options
        self.stats = EmulatorStats()
        self.engine = Engine(BUILTIN_WORKFLOWS, speed=lambda: options.speed, codec=options.codec)
        self.deployments = Deployments(self.engine, BUILTIN_WORKFLOWS)
        self.catalog = Catalog(
            BUILTIN_WORKFLOWS,
            deployment_name=TASK_QUEUE,
            deployment_id=self.deployments.id_of,
            is_active=self.deployments.is_active,
        )
        self.schedules = Schedules(self.engine, self.catalog, Clock(lambda: options.speed), options.seed)
        self._random = random.Random(options.seed)
        by_execution = (*_EXECUTIONS, "{execution_id}")
        workflows = ("v1", "workflows")
        by_workflow = (*workflows, "{workflow_identifier}")
        by_registration = (*workflows, "registrations", "{workflow_registration_id}")
        by_schedule = (*workflows, "schedules", "{schedule_id}")
        deployments = (*workflows, "deployments")
        by_deployment = (*deployments, "{name}")
        # Literal paths first: /v1/workflows/runs is not the workflow named "runs".
        self._routes: list[tuple[str, tuple[str, ...], Handler]] = [
            ("GET", workflows, self._list_workflows),
            ("GET", deployments, self._list_deployments),
            ("POST", deployments, self._create_deployment),
            ("GET", by_deployment, self._get_deployment),
            ("PATCH", by_deployment, self._update_deployment),
            ("DELETE", by_deployment, self._delete_deployment),
            ("POST", (*by_deployment, "start"), self._start_deployment),
            ("POST", (*by_deployment, "stop"), self._stop_deployment),
            ("POST", (*by_deployment, "restart"), self._restart_deployment),
            ("GET", (*by_deployment, "workers"), self._list_deployment_workers),
            ("GET", (*by_deployment, "logs"), self._list_deployment_logs),
            ("GET", (*by_deployment, "logs", "stream"), self._stream_deployment_logs),
            ("GET", (*by_deployment, "archive"), self._get_deployment_archive),
            ("POST", (*deployments, "{deployment_id}", "unharden"), self._unharden_deployment),
            ("GET", (*workflows, "workers", "whoami"), self._whoami),
            ("PUT", (*workflows, "archive"), self._bulk_archive),
            ("PUT", (*workflows, "unarchive"), self._bulk_unarchive),
            ("GET", (*workflows, "schedules"), self._list_schedules),
            ("POST", (*workflows, "schedules"), self._create_schedule),
            ("GET", by_schedule, self._get_schedule),
            ("PATCH", by_schedule, self._update_schedule),
            ("DELETE", by_schedule, self._delete_schedule),
            ("POST", (*by_schedule, "pause"), self._pause_schedule),
            ("POST", (*by_schedule, "resume"), self._resume_schedule),
            ("POST", (*by_schedule, "trigger"), self._trigger_schedule),
            ("GET", (*workflows, "registrations"), self._list_registrations),
            ("GET", by_registration, self._get_registration),
            ("POST", (*by_registration, "execute"), self._execute_registration),
            ("POST", (*_EXECUTIONS, "cancel"), self._batch_cancel),
            ("POST", (*_EXECUTIONS, "terminate"), self._batch_terminate),
            ("GET", by_execution, self._get_execution),
            ("GET", (*by_execution, "history"), self._history),
            ("POST", (*by_execution, "signals"), self._signal),
            ("POST", (*by_execution, "queries"), self._query),
            ("POST", (*by_execution, "updates"), self._update),
            ("POST", (*by_execution, "cancel"), self._cancel),
            ("POST", (*by_execution, "terminate"), self._terminate),
            ("POST", (*by_execution, "reset"), self._reset),
            ("GET", (*by_execution, "trace", "info"), self._trace_info),
            ("GET", (*by_execution, "trace", "otel"), self._trace_otel),
            ("GET", (*by_execution, "trace", "summary"), self._trace_summary),
            ("GET", (*by_execution, "trace", "events"), self._trace_events),
            ("GET", (*by_execution, "stream"), self._stream),
            ("GET", (*by_execution, "logs"), self._logs),
            ("GET", (*by_execution, "logs", "stream"), self._logs_stream),
            ("GET", ("v1", "workflows", "events", "list"), self._list_events),
            ("GET", ("v1", "workflows", "events", "stream"), self._events_stream),
            ("GET", ("v1", "workflows", "runs"), self._list_runs),
            ("GET", ("v1", "workflows", "runs", "{run_id}"), self._get_run),
            ("GET", ("v1", "workflows", "runs", "{run_id}", "history"), self._run_history),
            ("POST", (*by_workflow, "execute"), self._execute),
            ("GET", by_workflow, self._get_workflow),
            ("PUT", by_workflow, self._update_workflow),
            ("PUT", (*by_workflow, "archive"), self._archive),
            ("PUT", (*by_workflow, "unarchive"), self._unarchive),
            ("POST", (*by_workflow, "tags"), self._add_tags),
            ("GET", (*workflows, "{workflow_name}", "metrics"), self._metrics),
        ]

    # ----- the request pipeline -----------------------------------------------------------

    async def dispatch(self, request: Request) -> Response:
        raw_path: bytes = request.scope.get("raw_path") or request.url.path.encode()
        path = raw_path.decode("latin-1")
        self.stats.requests += 1
        self.stats.requests_by_path[(request.method, path)] += 1
        if self.options.latency > 0:
            await asyncio.sleep(self.options.latency)
        injected = self._injected_failure()
        if injected is not None:
            return injected
        if not self._authorized(request):
            return _error(401, "missing or invalid API key", {"WWW-Authenticate": "Bearer"})
        try:
            handler, params, allowed = self._match(request.method, path)
            if handler is None:
                if allowed:
                    return _error(405, "Method Not Allowed", {"Allow": ", ".join(allowed)})
                return _error(404, "Not Found")
            return await handler(request, params)
        except Invalid as error:
            return _validation_error(error)
        except NotFound as error:
            return _error(404, str(error))
        except Conflict as error:
            return _error(409, str(error))
        except ClientDisconnect:
            # The client went away while sending its body: nobody to answer, nothing wrong here.
            self.stats.client_disconnects += 1
            return Response(status_code=499)
        except Exception:
            logger.exception("unexpected error on %s %s", request.method, path)
            return _error(500, "internal error of the emulator")

    def _injected_failure(self) -> Response | None:
        options = self.options
        if options.fail_first > 0:
            options.fail_first -= 1
        elif not (options.fail_fraction > 0 and self._random.random() < options.fail_fraction):
            return None
        if options.fail_status == 429:
            retry_after = format(options.retry_after, "g")
            return _error(429, "rate limited (injected fault)", {"Retry-After": retry_after})
        return _error(options.fail_status, "service unavailable (injected fault)")

    def _authorized(self, request: Request) -> bool:
        scheme, _, key = request.headers.get("authorization", "").partition(" ")
        key = key.strip()
        if scheme.lower() != "bearer" or not key:
            return False
        return self.options.api_key is None or key == self.options.api_key

    def _match(self, method: str, path: str) -> tuple[Handler | None, dict[str, str], list[str]]:
        """The handler and path parameters, or (None, {}, the methods the path allows)."""
        segments = path.split("/")[1:]
        allowed: list[str] = []
        for route_method, pattern, handler in self._routes:
            if len(pattern) != len(segments):
                continue
            params: dict[str, str] = {}
            for expected, actual in zip(pattern, segments, strict=True):
                if expected.startswith("{"):
                    params[expected[1:-1]] = unquote(actual)
                elif expected != actual:
                    break
            else:
                if route_method == method:
                    return handler, params, []
                allowed.append(route_method)
        return None, {}, allowed

    async def _body(self, request: Request) -> dict[str, Any]:
        return parse_json_object(await request.body())

    # ----- workflows and executions --------------------------------------------------------

    async def _execute(self, request: Request, params: dict[str, str]) -> Response:
        entry = self.catalog.executable(params["workflow_identifier"])
        return await self._start(request, entry.name)

    async def _execute_registration(self, request: Request, params: dict[str, str]) -> Response:
        entry = self.catalog.registration(params["workflow_registration_id"])
        return await self._start(request, self.catalog.executable(entry.name).name)

    async def _start(self, request: Request, workflow_name: str) -> Response:
        body = parse_execute(await self._body(request))
        execution = self.engine.start(
            workflow_name,
            execution_id=body.execution_id,
            input=body.input,
            deployment_name=body.deployment_name,
        )
        self.stats.executions_created += 1
        if body.wait_for_result:
            # timeout_seconds bounds the wait for the answer (real seconds), not the run.
            await execution.wait_finished(body.timeout_seconds)
            if execution.status is Status.COMPLETED:
                return JSONResponse(views.sync_response(execution))
        return JSONResponse(views.execution_fields(execution))

    async def _get_execution(self, request: Request, params: dict[str, str]) -> Response:
        execution = self.engine.get(params["execution_id"])
        fields = views.execution_fields(execution)
        if query_bool(request.query_params, "include_search_keys"):
            fields["search_keys"] = dict(execution.search_keys)
        return JSONResponse(fields)

    async def _history(self, request: Request, params: dict[str, str]) -> Response:
        decode = query_bool(request.query_params, "decode_payloads")
        execution = self.engine.get(params["execution_id"])
        style = self.options.history_style
        return JSONResponse(views.history(execution, style=style, decode_payloads=decode))

    async def _signal(self, request: Request, params: dict[str, str]) -> Response:
        invocation = parse_invocation(await self._body(request))
        self.engine.signal(params["execution_id"], invocation.name, invocation.input)
        return JSONResponse({"message": "Signal accepted"}, status_code=202)

    async def _query(self, request: Request, params: dict[str, str]) -> Response:
        invocation = parse_invocation(await self._body(request))
        result = self.engine.query(params["execution_id"], invocation.name, invocation.input)
        return JSONResponse({"query_name": invocation.name, "result": result})

    async def _update(self, request: Request, params: dict[str, str]) -> Response:
        invocation = parse_invocation(await self._body(request))
        result = self.engine.update(params["execution_id"], invocation.name, invocation.input)
        return JSONResponse({"update_name": invocation.name, "result": result})

    async def _cancel(self, request: Request, params: dict[str, str]) -> Response:
        self.engine.cancel(params["execution_id"])
        return Response(status_code=204)

    async def _terminate(self, request: Request, params: dict[str, str]) -> Response:
        self.engine.terminate(params["execution_id"])
        return Response(status_code=204)

    async def _reset(self, request: Request, params: dict[str, str]) -> Response:
        body = parse_reset(await self._body(request))
        self.engine.reset(
            params["execution_id"],
            body.event_id,
            exclude_signals=body.exclude_signals,
            exclude_updates=body.exclude_updates,
        )
        return Response(status_code=204)

    async def _batch(self, request: Request, action: BatchAction) -> Response:
        ids = parse_batch(await self._body(request), self.options.batch_cap)
        outcome = self.engine.batch(ids, action)
        results = {
            execution_id: {"status": "failure" if error else "success", "error": error}
            for execution_id, error in outcome.items()
        }
        return JSONResponse({"results": results})

    async def _batch_cancel(self, request: Request, params: dict[str, str]) -> Response:
        return await self._batch(request, "cancel")

    async def _batch_terminate(self, request: Request, params: dict[str, str]) -> Response:
        return await self._batch(request, "terminate")

    # ----- the catalog: workflows and registrations ----------------------------------------

    async def _list_workflows(self, request: Request, params: dict[str, str]) -> Response:
        listing = self.catalog.list_workflows(request.query_params, self.engine.executions.values())
        return JSONResponse(listing)

    async def _get_workflow(self, request: Request, params: dict[str, str]) -> Response:
        entry = self.catalog.get(params["workflow_identifier"])
        return JSONResponse({"workflow": self.catalog.workflow_with_status(entry)})

    async def _update_workflow(self, request: Request, params: dict[str, str]) -> Response:
        body = await self._body(request)
        entry = self.catalog.update(params["workflow_identifier"], body)
        return JSONResponse({"workflow": self.catalog.workflow(entry)})

    async def _archive(self, request: Request, params: dict[str, str]) -> Response:
        entry = self.catalog.set_archived(params["workflow_identifier"], True)
        return JSONResponse({"workflow": self.catalog.workflow(entry)})

    async def _unarchive(self, request: Request, params: dict[str, str]) -> Response:
        entry = self.catalog.set_archived(params["workflow_identifier"], False)
        return JSONResponse({"workflow": self.catalog.workflow(entry)})

    async def _bulk_archive(self, request: Request, params: dict[str, str]) -> Response:
        done, errored = self.catalog.bulk(await self._body(request), True)
        return JSONResponse({"archived": [self.catalog.workflow(e) for e in done], "errored": errored})

    async def _bulk_unarchive(self, request: Request, params: dict[str, str]) -> Response:
        done, errored = self.catalog.bulk(await self._body(request), False)
        return JSONResponse({"unarchived": [self.catalog.workflow(e) for e in done], "errored": errored})

    async def _add_tags(self, request: Request, params: dict[str, str]) -> Response:
        self.catalog.add_tags(params["workflow_identifier"], await self._body(request))
        return Response(status_code=204)

    async def _metrics(self, request: Request, params: dict[str, str]) -> Response:
        entry = self.catalog.get(params["workflow_name"])
        executions = self.engine.executions.values()
        return JSONResponse(workflow_metrics(entry.name, request.query_params, executions))

    async def _list_registrations(self, request: Request, params: dict[str, str]) -> Response:
        return JSONResponse(self.catalog.list_registrations(request.query_params))

    async def _get_registration(self, request: Request, params: dict[str, str]) -> Response:
        with_workflow = query_bool(request.query_params, "with_workflow")
        query_bool(request.query_params, "include_shared")
        entry = self.catalog.registration(params["workflow_registration_id"])
        registration = self.catalog.registration_fields(entry, with_workflow=with_workflow)
        return JSONResponse({"workflow_registration": registration, "workflow_version": registration})

    # ----- schedules ------------------------------------------------------------------------

    async def _list_schedules(self, request: Request, params: dict[str, str]) -> Response:
        return JSONResponse(self.schedules.list(request.query_params))

    async def _create_schedule(self, request: Request, params: dict[str, str]) -> Response:
        schedule = self.schedules.create(await self._body(request))
        return JSONResponse({"schedule_id": schedule.schedule_id}, status_code=201)

    async def _get_schedule(self, request: Request, params: dict[str, str]) -> Response:
        return JSONResponse(self.schedules.output(self.schedules.get(params["schedule_id"])))

    async def _update_schedule(self, request: Request, params: dict[str, str]) -> Response:
        schedule = self.schedules.update(params["schedule_id"], await self._body(request))
        return JSONResponse({"schedule_id": schedule.schedule_id})

    async def _delete_schedule(self, request: Request, params: dict[str, str]) -> Response:
        self.schedules.delete(params["schedule_id"])
        return Response(status_code=204)

    async def _pause_schedule(self, request: Request, params: dict[str, str]) -> Response:
        self.schedules.set_paused(params["schedule_id"], await request.body(), True)
        return Response(status_code=204)

    async def _resume_schedule(self, request: Request, params: dict[str, str]) -> Response:
        self.schedules.set_paused(params["schedule_id"], await request.body(), False)
        return Response(status_code=204)

    async def _trigger_schedule(self, request: Request, params: dict[str, str]) -> Response:
        self.schedules.trigger(params["schedule_id"], await request.body())
        return Response(status_code=204)

    # ----- deployments ---------------------------------------------------------------------

    async def _list_deployments(self, request: Request, params: dict[str, str]) -> Response:
        executions = self.engine.executions.values()
        return JSONResponse(self.deployments.list(request.query_params, executions))

    async def _create_deployment(self, request: Request, params: dict[str, str]) -> Response:
        deployment = self.deployments.create(await self._body(request))
        return JSONResponse(self.deployments.managed_fields(deployment), status_code=202)

    async def _get_deployment(self, request: Request, params: dict[str, str]) -> Response:
        workflow_name = request.query_params.get("workflow_name")
        executions = self.engine.executions.values()
        return JSONResponse(self.deployments.detail(params["name"], workflow_name, executions))

    async def _update_deployment(self, request: Request, params: dict[str, str]) -> Response:
        deployment = self.deployments.update(params["name"], await self._body(request))
        return JSONResponse(self.deployments.managed_fields(deployment), status_code=202)

    async def _managed_change(self, change: Callable[[str], Deployment], name: str) -> Response:
        return JSONResponse(self.deployments.managed_fields(change(name)), status_code=202)

    async def _delete_deployment(self, request: Request, params: dict[str, str]) -> Response:
        return await self._managed_change(self.deployments.delete, params["name"])

    async def _start_deployment(self, request: Request, params: dict[str, str]) -> Response:
        return await self._managed_change(self.deployments.start, params["name"])

    async def _stop_deployment(self, request: Request, params: dict[str, str]) -> Response:
        return await self._managed_change(self.deployments.stop, params["name"])

    async def _restart_deployment(self, request: Request, params: dict[str, str]) -> Response:
        return await self._managed_change(self.deployments.restart, params["name"])

    async def _list_deployment_workers(self, request: Request, params: dict[str, str]) -> Response:
        return JSONResponse(self.deployments.list_workers(params["name"], request.query_params))

    async def _list_deployment_logs(self, request: Request, params: dict[str, str]) -> Response:
        return JSONResponse(self.deployments.list_logs(params["name"], request.query_params))

    async def _whoami(self, request: Request, params: dict[str, str]) -> Response:
        return JSONResponse(
            {"scheduler_url": f"{request.url.hostname}:7233", "namespace": self.options.namespace}
        )

    async def _get_deployment_archive(self, request: Request, params: dict[str, str]) -> Response:
        return JSONResponse(self.deployments.archive(params["name"]))

    async def _unharden_deployment(self, request: Request, params: dict[str, str]) -> Response:
        workspace = (
            query_uuid(request.query_params, "workspace_id")
            if request.query_params.get("workspace_id")
            else None
        )
        self.deployments.unharden(params["deployment_id"], workspace)
        return Response(status_code=204)

    async def _stream_deployment_logs(self, request: Request, params: dict[str, str]) -> Response:
        query = request.query_params
        worker_name = query.get("worker_name")
        workflow_name = query.get("workflow_name")
        deployment, after = self.deployments.stream_start(params["name"], query, request.headers)
        sep = self.options.sse_line_ending
        head, middle, end = f"event: log{sep}id: ", f"{sep}data: ", sep + sep

        def render(record: Record) -> str | None:
            if record.kind != "runtime" or (worker_name is not None and record.worker_name != worker_name):
                return None
            if workflow_name is not None and record.workflow_name != workflow_name:
                return None
            data = json.dumps(record.render(deployment), separators=(",", ":"))
            return f"{head}{record.sequence}{middle}{data}{end}"

        async def frames() -> AsyncIterator[bytes]:
            self.deployments.stream_opened()
            try:
                async for chunk in self._follow(
                    deployment,
                    after,
                    render,
                    sep,
                    follow=True,
                    position=_record_sequence,
                    finished=lambda: deployment.deleted,
                    idle=self.options.events_stream_idle_close,
                    label=f"deployment {deployment.name} logs",
                ):
                    yield chunk
            finally:
                self.deployments.stream_closed()

        return self._sse(frames(), sep)

    # ----- traces ------------------------------------------------------------------------

    async def _trace_info(self, request: Request, params: dict[str, str]) -> Response:
        execution = self.engine.get(params["execution_id"])
        return JSONResponse(
            {"otel_trace_id": views.trace_id(execution), "has_trace_data": bool(execution.events)}
        )

    async def _trace_otel(self, request: Request, params: dict[str, str]) -> Response:
        execution = self.engine.get(params["execution_id"])
        return JSONResponse(
            {
                **views.execution_fields(execution),
                "data_source": "emulator",
                "otel_trace_id": views.trace_id(execution),
                "otel_trace_data": views.otel_trace(execution),
            }
        )

    async def _trace_summary(self, request: Request, params: dict[str, str]) -> Response:
        execution = self.engine.get(params["execution_id"])
        return JSONResponse({**views.execution_fields(execution), "span_tree": views.summary_tree(execution)})

    async def _trace_events(self, request: Request, params: dict[str, str]) -> Response:
        merge = query_bool(request.query_params, "merge_same_id_events")
        internal = query_bool(request.query_params, "include_internal_events")
        execution = self.engine.get(params["execution_id"])
        events = views.trace_events(execution, merge=merge, include_internal=internal)
        return JSONResponse({**views.execution_fields(execution), "events": events})

    # ----- logs --------------------------------------------------------------------------

    def _log_filter(self, request: Request) -> Callable[[views.LogEntry], bool]:
        query = request.query_params
        run_id = query_uuid(query, "run_id")
        activity_id = query.get("activity_id")
        if activity_id is not None and not (activity_id.isascii() and activity_id.isdigit()):
            raise Invalid(
                ("query", "activity_id"),
                "String should match pattern '^\\d+$'",
                activity_id,
                "string_pattern_mismatch",
            )
        after = query_datetime(query, "after")
        before = query_datetime(query, "before")

        def keep(entry: views.LogEntry) -> bool:
            return (
                (run_id is None or entry.run_id == run_id)
                and (activity_id is None or entry.activity_id == activity_id)
                and (after is None or entry.timestamp_ns > after)
                and (before is None or entry.timestamp_ns < before)
            )

        return keep

    async def _logs(self, request: Request, params: dict[str, str]) -> Response:
        query = request.query_params
        keep = self._log_filter(request)
        descending = query_choice(query, "order", ("asc", "desc")) == "desc"
        cursor = decimal(query.get("cursor"), ("query", "cursor"))
        limit = query_int(query, "limit", 50, 1, 100)
        execution = self.engine.get(params["execution_id"])
        entries = [views.log_entry(execution, event) for event in execution.events]
        entries = [entry for entry in entries if keep(entry)]
        if descending:
            entries.reverse()
        if cursor is not None:
            entries = [
                entry
                for entry in entries
                if (entry.sequence < cursor if descending else entry.sequence > cursor)
            ]
        page = entries[:limit]
        next_cursor = str(page[-1].sequence) if len(entries) > limit else None
        return JSONResponse({"results": [entry.record for entry in page], "next_cursor": next_cursor})

    # ----- events -------------------------------------------------------------------------

    async def _list_events(self, request: Request, params: dict[str, str]) -> Response:
        return JSONResponse(list_events(request.query_params, self.engine.log))

    # ----- runs ---------------------------------------------------------------------------

    async def _list_runs(self, request: Request, params: dict[str, str]) -> Response:
        query = parse_run_query(request.query_params, self.catalog.tags_of)
        return JSONResponse(list_page(query, self.engine.executions.values(), views.run_fields))

    async def _get_run(self, request: Request, params: dict[str, str]) -> Response:
        execution, run = self.engine.get_run(params["run_id"])
        fields = views.execution_fields(execution)
        fields.update(run_id=run.run_id, status=run.status.value)
        return JSONResponse(fields)

    async def _run_history(self, request: Request, params: dict[str, str]) -> Response:
        decode = query_bool(request.query_params, "decode_payloads")
        execution, run = self.engine.get_run(params["run_id"])
        style = self.options.history_style
        return JSONResponse(views.history(execution, style=style, decode_payloads=decode, run=run))

    # ----- streams -----------------------------------------------------------------------

    async def _stream(self, request: Request, params: dict[str, str]) -> Response:
        source = query_choice(request.query_params, "event_source", ("DATABASE", "LIVE", "HYBRID"))
        after = last_event_id(request.headers, request.query_params) or 0
        execution = self.engine.get(params["execution_id"])
        if source == "LIVE":
            after = max(after, execution.last_sequence)
        sep = self.options.sse_line_ending
        render = _event_renderer(self.options.sse_event_name, sep)
        frames = self._follow(
            execution,
            after,
            render,
            sep,
            follow=source != "DATABASE",
            position=_sequence,
            finished=lambda: execution.finished,
            label=execution.execution_id,
        )
        return self._sse(frames, sep)

    async def _events_stream(self, request: Request, params: dict[str, str]) -> Response:
        query = parse_stream_query(request.query_params, request.headers)
        sep = self.options.sse_line_ending
        name = self.options.sse_event_name
        middle = f"{sep}event: {name}{sep}data: " if name else f"{sep}data: "
        end = sep + sep

        def render(event: Event) -> str | None:
            if not query.keep(event):
                return None
            return f"id: {event.global_sequence}{middle}{event.global_payload}{end}"

        frames = self._follow(
            self.engine.log,
            query.after,
            render,
            sep,
            follow=True,
            position=_global_sequence,
            finished=lambda: False,
            idle=self.options.events_stream_idle_close,
            label="events",
        )
        return self._sse(frames, sep)

    async def _logs_stream(self, request: Request, params: dict[str, str]) -> Response:
        keep = self._log_filter(request)
        after = last_event_id(request.headers, request.query_params) or 0
        execution = self.engine.get(params["execution_id"])
        sep = self.options.sse_line_ending
        head, middle, end = f"event: log{sep}id: ", f"{sep}data: ", sep + sep

        def render(event: Event) -> str | None:
            entry = views.log_entry(execution, event)
            if not keep(entry):
                return None
            data = json.dumps(entry.record, separators=(",", ":"))
            return f"{head}{entry.sequence}{middle}{data}{end}"

        frames = self._follow(
            execution,
            after,
            render,
            sep,
            follow=True,
            position=_sequence,
            finished=lambda: execution.finished,
            label=execution.execution_id,
        )
        return self._sse(frames, sep)

    def _sse(self, frames: AsyncIterator[bytes], sep: str) -> Response:
        return EventSourceResponse(
            frames,
            ping=self.options.keepalive,
            sep=sep,
            headers={"Cache-Control": "no-store"},
        )

    async def _follow(
        self,
        source: _Followed[T],
        after: int,
        render: Callable[[T], str | None],
        sep: str,
        *,
        follow: bool,
        position: Callable[[T], int],
        finished: Callable[[], bool],
        idle: float | None = None,
        label: str,
    ) -> AsyncIterator[bytes]:
        """Frames of the items after `after` (by `position`), then of live ones until
        `finished()`: an execution's end, a deployment's deletion; the global event log never
        finishes. Any stream also ends on shutdown, by fault injection, or after `idle`
        seconds without an item.

        The frames ready at one time go out as one chunk: far fewer sends under load. After
        `drop_sse_every` or `sse_error_every` frames (the smaller; the error on a tie) the
        connection ends, with an injected `event: error` frame in the second case.
        """
        limit = self.options.drop_sse_every
        error_every = self.options.sse_error_every
        erroring = error_every is not None and (limit is None or error_every <= limit)
        if erroring:
            limit = error_every
        sent = 0
        ended_by_server = False
        try:
            while True:
                changed = source.changed()
                chunk: list[str] = []
                ending = False
                for item in source.events_after(after):
                    after = position(item)
                    frame = render(item)
                    if frame is not None:
                        chunk.append(frame)
                        sent += 1
                        ending = sent == limit
                        if ending:
                            break
                if chunk:
                    if ending and erroring:
                        reason = self._random.choice(SSE_ERROR_REASONS)
                        chunk.append(_error_frame(_INJECTED_ERRORS[reason], reason, sep))
                    ended_by_server = ending or (finished() and after == source.last_sequence)
                    yield "".join(chunk).encode()
                    if ending:
                        return
                if finished() or not follow:
                    ended_by_server = True
                    return
                if self.engine.closing:
                    ended_by_server = True
                    yield _error_frame("the emulator is shutting down", "stream_error", sep).encode()
                    return
                try:
                    await asyncio.wait_for(changed.wait(), idle)
                except TimeoutError:
                    ended_by_server = True
                    return
        except Exception as error:
            logger.exception("stream of %s failed", label)
            ended_by_server = True
            message = f"internal error of the emulator: {type(error).__name__}: {error}"
            yield _error_frame(message, "internal_error", sep).encode()
        finally:
            if not ended_by_server:
                self.stats.sse_disconnects += 1


def create_app(options: EmulatorOptions | None = None) -> Starlette:
    """A fresh emulator (empty state) as an ASGI app; `app.state.emulator` is its EmulatorApp."""
    emulator = EmulatorApp(options if options is not None else EmulatorOptions())

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        emulator.schedules.shutdown()
        emulator.engine.shutdown()
        emulator.deployments.shutdown()  # after the engine: its log streams see it closing

    async def handle(scope: Scope, receive: Receive, send: Send) -> None:
        response = await emulator.dispatch(Request(scope, receive))
        await response(scope, receive, send)

    app = Starlette(lifespan=lifespan)
    # Every request goes to the emulator's own router: Starlette's matches decoded paths only.
    app.router.default = handle
    app.state.emulator = emulator
    return app
