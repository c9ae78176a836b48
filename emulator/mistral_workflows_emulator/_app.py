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
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import unquote

from sse_starlette import EventSourceResponse
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from . import _views as views
from ._engine import BatchAction, Conflict, Engine, Event, Execution, Invalid, NotFound, Status
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
from ._workflows import BUILTIN_WORKFLOWS

logger = logging.getLogger("mistral_workflows_emulator")

Handler = Callable[[Request, dict[str, str]], Awaitable[Response]]
_EXECUTIONS = ("v1", "workflows", "executions")


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
        self.engine = Engine(BUILTIN_WORKFLOWS, speed=lambda: options.speed)
        self._random = random.Random(options.seed)
        by_execution = (*_EXECUTIONS, "{execution_id}")
        self._routes: list[tuple[str, tuple[str, ...], Handler]] = [
            ("POST", ("v1", "workflows", "{workflow_identifier}", "execute"), self._execute),
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
            ("GET", ("v1", "workflows", "runs"), self._list_runs),
            ("GET", ("v1", "workflows", "runs", "{run_id}"), self._get_run),
            ("GET", ("v1", "workflows", "runs", "{run_id}", "history"), self._run_history),
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
        body = parse_execute(await self._body(request))
        execution = self.engine.start(
            params["workflow_identifier"],
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
        return JSONResponse(views.execution_fields(self.engine.get(params["execution_id"])))

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

    # ----- runs ---------------------------------------------------------------------------

    async def _list_runs(self, request: Request, params: dict[str, str]) -> Response:
        query = parse_run_query(request.query_params)
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
        return self._sse(self._follow(execution, after, render, sep, follow=source != "DATABASE"), sep)

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

        return self._sse(self._follow(execution, after, render, sep, follow=True), sep)

    def _sse(self, frames: AsyncIterator[bytes], sep: str) -> Response:
        return EventSourceResponse(
            frames,
            ping=self.options.keepalive,
            sep=sep,
            headers={"Cache-Control": "no-store"},
        )

    async def _follow(
        self,
        execution: Execution,
        after: int,
        render: Callable[[Event], str | None],
        sep: str,
        *,
        follow: bool,
    ) -> AsyncIterator[bytes]:
        """Frames of the events after `after`, then of live ones until the execution finishes.

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
                changed = execution.changed()
                chunk: list[str] = []
                ending = False
                for event in execution.events_after(after):
                    after = event.sequence
                    frame = render(event)
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
                    last = execution.finished and after == execution.last_sequence
                    ended_by_server = ending or last
                    yield "".join(chunk).encode()
                    if ending:
                        return
                if execution.finished or not follow:
                    ended_by_server = True
                    return
                if self.engine.closing:
                    ended_by_server = True
                    yield _error_frame("the emulator is shutting down", "stream_error", sep).encode()
                    return
                await changed.wait()
        except Exception as error:
            logger.exception("stream of %s failed", execution.execution_id)
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
        emulator.engine.shutdown()

    async def handle(scope: Scope, receive: Receive, send: Send) -> None:
        response = await emulator.dispatch(Request(scope, receive))
        await response(scope, receive, send)

    app = Starlette(lifespan=lifespan)
    # Every request goes to the emulator's own router: Starlette's matches decoded paths only.
    app.router.default = handle
    app.state.emulator = emulator
    return app
