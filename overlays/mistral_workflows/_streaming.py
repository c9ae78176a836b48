"""Server-sent event streams that survive disconnects: exact resume, no gap, no duplicate.

``StreamCore`` is the pure part of a stream: it builds each request (from the generated
operation, with ``Last-Event-ID``), checks each response, turns the bytes of its body into
items in one step (UTF-8, frames of ``_sse``, typed envelopes, de-duplicated by sequence),
and decides, when a connection ends, whether the stream is over, when to reconnect, or when
to give up (as a flow, see ``_flow``). The shells (``EventStream``, ``AsyncEventStream``)
only move bytes, hand out the items and run its flows; the helpers at the end open, drain
and close a connection's body for them.
"""

from __future__ import annotations

import codecs
import logging
import random
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, Protocol, TypeVar

import httpx

from . import _retry
from ._calls import TERMINAL_STATUSES, get_execution, status_name, within
from ._config import (
    MAX_RETRY_AFTER,
    STREAM_DRAIN_BYTES,
    STREAM_DRAIN_TIMEOUT,
    STREAM_MAX_RECONNECTS,
    STREAM_READ_TIMEOUT,
    STREAM_RECONNECT_JITTER,
    STREAM_SILENT_CONNECTIONS,
)
from ._context import CallContext
from ._events import (
    Ending,
    StreamEvent,
    UnknownLogRecord,
    frame_json,
    parse_deployment_log_record,
    parse_event,
    parse_log_record,
    sequence_of,
    terminal_status,
)
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    StreamError,
    StreamReconnectError,
)
from ._flow import Flow, Sleep
from ._logging import logger
from ._operations import (
    STREAM_DEPLOYMENT_LOGS,
    STREAM_EVENTS,
    STREAM_EXECUTION,
    STREAM_EXECUTION_LOGS,
    Operation,
)
from ._request_flow import build_request, safe_cause, status_error, transport_error
from ._sse import FrameDecoder

if TYPE_CHECKING:
    from mistral_workflows_api.models import (
        DeploymentLogRecord,
        ExecutionLogRecord,
        WorkflowExecutionResponse,
    )

    from ._payloads import PayloadCodec

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


#: What result() treats as "streaming is unavailable here": it polls instead.
STREAM_UNAVAILABLE: Final = (StreamError, StreamReconnectError, APIStatusError, APIResponseValidationError)


class DeadlineReached(Exception):
    """result(timeout=...) ran out while streaming; one last status check then says how it stands."""


@dataclass(frozen=True, slots=True)
class ReconnectAttempt:
    """What ``on_reconnect`` is told before the stream reconnects."""

    #: Connections ended early in a row since the last new event (1: the first reconnection).
    attempt: int
    #: The id the new connection resumes after (None: from the start).
    last_event_id: str | None
    #: Seconds waited before reconnecting.
    delay: float
    #: Why the previous connection ended.
    reason: str


@dataclass(frozen=True, slots=True)
class Reconnection:
    """How a stream resumes after a cut: the options every stream method takes, in one value."""

    #: Resume after a cut (False: raise at the first one).
    reconnect: bool = True
    #: Connections in a row that may end without a new event (None: the default in _config).
    max_reconnects: int | None = None
    #: Told of each reconnection before it happens.
    on_reconnect: Callable[[ReconnectAttempt], None] | None = None
    #: Seconds a connection may receive nothing before it is dropped and resumed (None: no
    #: limit, and a silent connection is never noticed); see ``STREAM_READ_TIMEOUT``.
    read_timeout: float | None = STREAM_READ_TIMEOUT


class _Kind(Protocol[T_co]):
    """What differs between the event stream and the log stream."""

    def read(self, text: str, sse_id: str) -> tuple[T_co, int | None, str, str | None]:
        """The item of a frame, its sequence (to de-duplicate; None if unknown), its id, and
        the execution's final status if the item ends the stream (else None).

        Never raises: a payload that cannot be typed becomes an "unknown" item."""
        ...


class _EventKind:
    def __init__(self, execution_id: str, codec: PayloadCodec | None = None) -> None:
        self._execution_id = execution_id
        self._codec = codec

    def read(self, text: str, sse_id: str) -> tuple[StreamEvent, int | None, str, str | None]:
        event = parse_event(text, sse_id, self._codec)
        return event, event.broker_sequence, event.id, terminal_status(event, self._execution_id)


class _LogKind:
    def read(
        self, text: str, sse_id: str
    ) -> tuple[ExecutionLogRecord | UnknownLogRecord, int | None, str, None]:
        return parse_log_record(text, sse_id), sequence_of(sse_id), sse_id, None


class _DeploymentLogKind:
    def read(
        self, text: str, sse_id: str
    ) -> tuple[DeploymentLogRecord | UnknownLogRecord, int | None, str, None]:
        return parse_deployment_log_record(text, sse_id), sequence_of(sse_id), sse_id, None


#: What a stream's end says about an execution: ``"execution"``, the stream of one execution
#: (the server ends it with the execution); ``"tree"``, the global stream watching a root and its
#: descendants (the server never ends it: only the root's end does); None, a stream that ends
#: only when its reader stops (the global stream, a deployment's logs).
Watch = Literal["execution", "tree"] | None

#: Final statuses that no event of the stream announces: a status check is the only way to
#: see them (the server ends an execution stream there; the global stream goes on).
SILENT_ENDINGS: Final = frozenset({"TERMINATED", "TIMED_OUT"})


class ServerErrorFrame(Exception):
    """An ``event: error`` frame ended the connection (the server's ``StreamError`` inside)."""

    def __init__(self, error: StreamError) -> None:
        super().__init__(str(error))
        self.error = error


class StreamCore(Generic[T]):
    """The resume state of one stream and every decision about it; performs no I/O itself."""

    def __init__(
        self,
        execution_id: str | None,
        ctx: CallContext,
        op: Operation,
        args: Mapping[str, Any],
        kind: _Kind[T],
        *,
        url: str,
        last_event_id: str | None = None,
        replay_only: bool = False,
        reconnection: Reconnection = Reconnection(),
        deadline: float | None = None,
        pool_size: int | None = None,
        outcome_only: bool = False,
        watch: Watch = "execution",
        resume: Callable[[str | None, int | None], Mapping[str, Any]] | None = None,
    ) -> None:
        if watch is not None and execution_id is None:
            raise ValueError("a stream that watches an execution needs its id")
        self._execution_id = execution_id
        #: What the stream's end says (see ``Watch``).
        self.watch: Watch = watch
        #: The request arguments that resume after (last event id, last sequence); by default
        #: the ``Last-Event-ID`` header.
        self._resume = resume or _resume_by_header
        #: Connections in a row that a stream which never ends by itself (``watch`` not
        #: "execution") saw closed cleanly with nothing new: they back off, uncounted.
        self.empty_closes = 0
        self._ctx = ctx
        read_timeout = reconnection.read_timeout
        if read_timeout is not None and not read_timeout > 0:
            raise ValueError(f"read_timeout must be > 0 seconds (or None for no limit), not {read_timeout!r}")
        self.read_timeout = read_timeout
        #: The call context of the stream's own connections: the read timeout is the stream's;
        #: connecting, writing and waiting for a pooled connection are bounded as for any call.
        t = ctx.timeout
        self._stream_ctx = ctx.replace(
            timeout=httpx.Timeout(connect=t.connect, read=read_timeout, write=t.write, pool=t.pool)
        )
        #: How many connections the pool the stream draws from allows (None: unknown), for
        #: the message of an exhausted pool.
        self._pool_size = pool_size
        self._op = op
        self._args = dict(args)
        self._kind = kind
        #: The server replays what is stored and closes (``event_source="DATABASE"``): its
        #: clean close is the end of the stream, not a cut.
        self.replay_only = replay_only
        self.reconnect = reconnection.reconnect
        max_reconnects = reconnection.max_reconnects
        self.max_reconnects = STREAM_MAX_RECONNECTS if max_reconnects is None else max_reconnects
        if self.max_reconnects < 0:
            raise ValueError("max_reconnects must be >= 0")
        self._on_reconnect = reconnection.on_reconnect
        #: result(timeout=...) only: when to stop waiting.
        self._deadline = deadline
        #: Read for the execution's outcome only (``result()``), not for every event: a status
        #: check that finds it ended may end the stream.
        self.outcome_only = outcome_only
        #: The id of the last item delivered: where a new connection resumes.
        self.last_event_id = last_event_id
        #: The highest sequence delivered so far.
        self.last_sequence = sequence_of(last_event_id)
        #: The highest sequence delivered before the current connection: what it repeats of
        #: earlier ones (at or below it) is dropped; nothing else ever is.
        self.resume_floor = self.last_sequence
        #: The server's ``retry:`` advice, in seconds.
        self.retry_delay: float | None = None
        #: Connections in a row that ended without delivering a new item.
        self.failures = 0
        #: Connections in a row that were accepted, then received no byte until the read timeout.
        self.silent = 0
        #: New items delivered on the current connection.
        self.delivered = 0
        #: The current connection was accepted (a 200 event stream).
        self.accepted = False
        #: The current connection's decoders (its bytes to text, its text to frames).
        self._utf8 = _UTF8()
        self._frames = FrameDecoder()
        #: The ``event: error`` frame that ended the current connection, once its items before
        #: it are out (``feed`` stops there; the shell then ends the connection).
        self.cut: ServerErrorFrame | None = None
        #: ``last_event_id`` after each item the last ``feed`` returned, after the one before
        #: them first: what the stream says while some of them are still undelivered.
        self.marks: list[str | None] = [last_event_id]
        self.finished = False
        self.ending: Ending | None = None
        self._refused: APIStatusError | None = None
        #: The execution's state as the last status check found it.
        self._last_status: WorkflowExecutionResponse | None = None
        self._retry_after: float | None = None
        self.url = url

    @property
    def body_ends(self) -> bool:
        """The server ends the body after the last item (an execution's stream): once the
        stream is over, what is left of it is read and the connection reused. The global
        stream's body never ends: its connection is closed."""
        return self.watch == "execution"

    # ----- one connection ---------------------------------------------------
    def request(self) -> dict[str, Any]:
        """Keyword arguments of ``httpx.Client.build_request`` for the next connection."""
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("request GET %s (event stream, after event %s)", self.url, self.last_event_id)
        args = self._args
        if self.last_event_id is not None or self.last_sequence is not None:
            args = {**args, **self._resume(self.last_event_id, self.last_sequence)}
        request = build_request(self._op, self._stream_ctx, args)
        headers = request.setdefault("headers", {})
        headers.setdefault("Accept", "text/event-stream")
        headers.setdefault("Cache-Control", "no-store")
        if self._deadline is not None:
            request["timeout"] = self._bounded_timeout()
        return request

    def accept(self, response: httpx.Response) -> bool:
        """True to read ``response`` as the stream; False to reconnect; raises what is final.

        An error response must have been read already (``read()`` / ``aread()``).
        """
        self.delivered = 0
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("response %d GET %s (event stream)", response.status_code, self.url)
        if response.is_success:
            content_type = response.headers.get("content-type", "")
            if "text/event-stream" not in content_type:
                raise APIResponseValidationError(
                    f"{response.status_code} answer to GET {response.request.url} is {content_type!r}, "
                    "not an event stream",
                    method="GET",
                    url=str(response.request.url),
                    status_code=response.status_code,
                    body="",
                )
            self.accepted = True
            self._utf8 = _UTF8()
            self._frames = FrameDecoder()
            return True
        error = status_error(response, self._ctx)
        if self.reconnect and _retry.is_retryable_status(response.status_code):
            self._refused = error
            self._retry_after = _retry.retry_after_seconds(response.headers)
            return False
        raise error

    def feed(self, chunk: bytes) -> list[T]:
        """The new items a piece of the body completes: decoded, framed, typed and
        de-duplicated in one pass (it runs for every event). Never raises.

        Every frame not named ``error`` is an item frame, whatever its name (none, ``message``,
        ``workflow.event``, ...): its payload says what it is. An ``error`` frame ends the
        connection: it is kept as ``cut`` and nothing after it is read. The item that ends
        the execution is the last one (``finished``). Frames without data (pings) and what
        a resumed connection repeats (sequences up to ``resume_floor``) give no item.
        """
        items: list[T] = []
        marks = [self.last_event_id]
        read = self._kind.read
        floor = self.resume_floor
        for event, data, sse_id, retry in self._frames.feed(self._utf8.decode(chunk)):
            if retry is not None:
                self.retry_delay = min(retry / 1000.0, MAX_RETRY_AFTER)
            if event == "error":
                self.cut = ServerErrorFrame(self._stream_error(data))
                break
            if not data:
                continue
            item, sequence, item_id, status = read(data, sse_id)
            if sequence is not None:
                if floor is not None and sequence <= floor:
                    continue
                last = self.last_sequence
                if last is None or sequence > last:
                    self.last_sequence = sequence
                else:
                    logger.debug(
                        "stream %s: sequence %d arrived after %d on the same connection; delivered",
                        self.url,
                        sequence,
                        last,
                    )
            if item_id:
                self.last_event_id = item_id
            items.append(item)
            marks.append(self.last_event_id)
            if status is not None:
                self.finished = True
                self.ending = Ending(status, item if isinstance(item, StreamEvent) else None)
                break
        if items:
            self.delivered += len(items)
            self.failures = 0
            self.empty_closes = 0
            self.marks = marks
        return items

    def mendable(self, exc: httpx.RequestError | httpx.InvalidURL) -> httpx.RequestError:
        """``exc`` when a new connection may mend it (a cut, a timeout: the caller reconnects);
        otherwise raise its typed error (an invalid URL or scheme, too many redirects, a body
        that cannot be decoded: another connection would fail the same way)."""
        if isinstance(exc, httpx.RequestError) and _retry.is_retryable_transport_error(exc, idempotent=True):
            return exc
        raise transport_error(exc, "GET", self.url, self._ctx) from safe_cause(exc, self._ctx)

    # ----- between connections ----------------------------------------------
    def after_connection_flow(self, error: BaseException | None, received: int = 0) -> Flow[None]:
        """A connection ended (``error``: how, None: the server closed it; ``received``: the
        bytes its body brought, keep-alive comments included): end, wait or give up."""
        self.resume_floor = self.last_sequence
        self.cut = None
        if self.finished:
            return
        self._check_deadline(0.0)
        if isinstance(error, httpx.PoolTimeout):
            # No connection was free: not the stream failing, and retrying would only wait again.
            raise self._pool_exhausted() from error
        progressed, self.delivered = self.delivered > 0, 0
        accepted, self.accepted = self.accepted, False
        if received:
            self.silent = 0
        if error is None and accepted and self.replay_only:
            # A DATABASE stream has replayed everything stored: that is its end.
            self.finished = True
            return
        if isinstance(error, httpx.ReadTimeout) and accepted and self.reconnect:
            yield from self._after_read_timeout(received)
            return
        server_error = error.error if isinstance(error, ServerErrorFrame) else None
        cause: BaseException | None = error if error is not None else self._refused
        self._refused = None
        retry_after, self._retry_after = self._retry_after, None
        if server_error is not None:
            cause = server_error
            reason = f"the server sent an error frame: {server_error.error} ({server_error.reason})"
        elif cause is not None:
            reason = self._ctx.redact(f"{type(cause).__name__}: {cause}")
        elif progressed and self.reconnect:
            # Cut early, or ended after a TERMINATED / TIMED_OUT (which have no event of their
            # own): the next connection tells, by delivering more or nothing.
            reason = "the server closed the stream before the terminal event"
        elif self.watch != "execution" and self.reconnect:
            # A stream the server never ends for good (it may close a quiet one): resume, with
            # back-off when closes come without news, uncounted; a watched root that ended
            # without an event of its own (terminated, timed out) ends it.
            if accepted and self.watch == "tree":
                yield from self._tree_status_flow()
                if self.finished:
                    return
            self.empty_closes += 1
            delay = self.retry_delay or _retry.backoff_delay(self.empty_closes - 1)
            yield from self._pause(
                retry_after if retry_after is not None else delay, "the server closed the stream"
            )
            return
        else:
            status, cause = yield from self._status_flow()
            if self.finished:
                return
            closed = f"the server closed the stream while the execution is {status}"
            reason = closed if cause is None else str(cause)
        if not self.reconnect:
            if server_error is not None:
                raise server_error
            raise self._give_up(reason, "reconnect=False") from cause
        self.failures += 1
        if self.failures > self.max_reconnects:
            why = f"{self.failures} attempts in a row"
            if server_error is not None:
                server_error.attempts = self.failures
                raise server_error
            raise self._give_up(reason, why) from cause
        yield from self._pause(self._delay(retry_after), reason)

    def _after_read_timeout(self, received: int) -> Flow[None]:
        """An accepted connection got nothing more within the read timeout.

        Having received anything (a keep-alive comment will do), it was merely quiet, as a
        stream waiting for a signal is: resume at once, uncounted. Having received nothing at
        all, it was silent: the first time, resume at once, uncounted (a dead connection);
        from the ``STREAM_SILENT_CONNECTIONS``-th in a row on (a buffering proxy, say), check
        the status and count toward ``max_reconnects``. When the execution has ended, a
        stream read for its outcome only (``result()``) ends there; one read for its events
        goes on, since the events it has not delivered yet can only come from a connection
        (the server replays them and closes): ending would leave a gap.
        """
        if self.watch != "execution":
            # Quiet is normal for a stream of many executions; a watched root that ended
            # without an event of its own (terminated, timed out) ends it.
            if self.watch == "tree":
                yield from self._tree_status_flow()
                if self.finished:
                    return
            yield from self._pause(0.0, "no data within the read timeout")
            return
        if received:
            yield from self._pause(0.0, "no data within the read timeout")
            return
        self.silent += 1
        reason = (
            f"{self.silent} connection(s) in a row accepted but silent for the read timeout "
            f"({self.read_timeout}s): no event, no keep-alive (a proxy buffering the stream?)"
        )
        if self.silent < STREAM_SILENT_CONNECTIONS:
            yield from self._pause(0.0, reason)
            return
        status, cause = yield from self._status_flow(end=self.outcome_only)
        if self.finished:
            return
        if cause is None and status in TERMINAL_STATUSES:
            reason += f"; the execution has ended ({status}), but its last events could not be read"
        elif cause is None:
            reason += f"; the execution is {status}"
        self.failures += 1
        if self.failures > self.max_reconnects:
            raise self._give_up(reason, f"{self.failures} attempts in a row") from cause
        # The silence was the wait: no back-off on top of it.
        yield from self._pause(0.0, reason)

    def _tree_status_flow(self) -> Flow[None]:
        """The watched root's status: a stream of its tree ends when it ended without a final
        event of its own (its other endings arrive as events: the stream waits for them)."""
        status, _ = yield from self._status_flow(end=False)
        if status in SILENT_ENDINGS:
            self.finished = True
            self.ending = Ending(status or "", None, self._last_status)

    def _status_flow(self, end: bool = True) -> Flow[tuple[str | None, APIConnectionError | None]]:
        """Ask for the execution's status; when it has ended (and ``end``), the stream ends
        with it (``finished``). Returns the status, or the connection error that kept it unknown."""
        if self._execution_id is None:
            return None, None
        try:
            execution: WorkflowExecutionResponse = yield from get_execution(
                within(self._ctx, self._deadline), self._execution_id
            )
        except APIConnectionError as exc:
            return None, exc
        self._last_status = execution
        status = status_name(execution.status)
        if end and status in TERMINAL_STATUSES:
            self.finished = True
            self.ending = Ending(status or "", None, execution)
        return status, None

    def _delay(self, retry_after: float | None) -> float:
        """The wait before the next connection: the server's advice, else jitter, then backoff."""
        if retry_after is not None:
            return retry_after
        if self.failures == 1:
            if self.retry_delay is not None:
                return self.retry_delay
            return random.uniform(0, STREAM_RECONNECT_JITTER)
        return max(self.retry_delay or 0.0, _retry.backoff_delay(self.failures - 2))

    def _pause(self, delay: float, reason: str) -> Flow[None]:
        self._check_deadline(delay)
        attempt = ReconnectAttempt(self.failures, self.last_event_id, delay, reason)
        logger.debug(
            "stream %s ended (%s); resuming after event %s in %.2fs",
            self.url,
            reason,
            self.last_event_id,
            delay,
        )
        if self._on_reconnect is not None:
            self._on_reconnect(attempt)
        if delay > 0:
            yield Sleep(delay)

    # ----- errors and time --------------------------------------------------
    def _give_up(self, reason: str, why: str) -> StreamReconnectError:
        return StreamReconnectError(
            f"stream {self.url} could not be resumed ({why}); last event id "
            f"{self.last_event_id!r}; last failure: {reason}",
            method="GET",
            url=self.url,
            last_event_id=self.last_event_id,
            attempts=self.failures,
        )

    def _pool_exhausted(self) -> APITimeoutError:
        """The error of a stream that found no free connection within the pool timeout."""
        waited = self._stream_ctx.timeout.pool
        if self._ctx.foreign_http:
            pool = "the http_client you passed in"
            remedy = "raise its limits (httpx.Limits(max_connections=...))"
        else:
            size = "" if self._pool_size is None else f" (max_connections={self._pool_size})"
            pool = f"the client's stream pool{size}"
            remedy = (
                "raise stream_limits, e.g. Workflows(stream_limits=httpx.Limits(max_connections=2000)), "
                "or hold fewer streams and result() waits at once"
            )
        return APITimeoutError(
            f"GET {self.url}: every connection of {pool} is in use: no connection became free "
            f"within the pool timeout ({waited}s); {remedy}",
            method="GET",
            url=self.url,
        )

    def _stream_error(self, data: str) -> StreamError:
        """The ``StreamError`` of an error frame (``{"error": ..., "reason": ...}``)."""
        error, reason = data, ""
        try:
            body = frame_json(data)
        except ValueError:
            body = None
        if isinstance(body, dict):
            error, reason = str(body.get("error", data)), str(body.get("reason", ""))
        return StreamError(
            self._ctx.redact(f"stream {self.url} failed: {error}" + (f" ({reason})" if reason else "")),
            error=self._ctx.redact(error),
            reason=self._ctx.redact(reason),
            last_event_id=self.last_event_id,
        )

    def _check_deadline(self, delay: float) -> None:
        if self._deadline is not None and time.monotonic() + delay >= self._deadline:
            raise DeadlineReached

    def _bounded_timeout(self) -> httpx.Timeout:
        self._check_deadline(0.0)
        return within(self._stream_ctx, self._deadline, floor=0.001).timeout


# ----- building cores ---------------------------------------------------------
def _stream_url(op: Operation, ctx: CallContext, args: Mapping[str, Any]) -> str:
    """The stream's URL, for messages (the query string is left out)."""
    url = str(build_request(op, ctx, args)["url"])
    return url if "://" in url else f"{str(ctx.api._base_url).rstrip('/')}{url}"


def event_stream_core(
    ctx: CallContext,
    execution_id: str,
    reconnection: Reconnection,
    *,
    last_event_id: str | None = None,
    event_source: Any = None,
    deadline: float | None = None,
    pool_size: int | None = None,
    outcome_only: bool = False,
) -> StreamCore[StreamEvent]:
    """The core of ``handle.stream()`` (and of ``result()``: ``outcome_only``, with a ``deadline``)."""
    args: dict[str, Any] = {"execution_id": execution_id}
    if event_source is not None:
        from mistral_workflows_api.models.event_source import EventSource

        args["event_source"] = EventSource(event_source)
    return StreamCore(
        execution_id,
        ctx,
        STREAM_EXECUTION,
        args,
        _EventKind(execution_id, None if ctx.encoding is None else ctx.encoding.codec),
        url=_stream_url(STREAM_EXECUTION, ctx, args),
        last_event_id=last_event_id,
        replay_only=args.get("event_source") == "DATABASE",
        reconnection=reconnection,
        deadline=deadline,
        pool_size=pool_size,
        outcome_only=outcome_only,
    )


def log_stream_core(
    ctx: CallContext,
    execution_id: str,
    reconnection: Reconnection,
    *,
    filters: Mapping[str, Any],
    last_event_id: str | None,
    pool_size: int | None = None,
) -> StreamCore[ExecutionLogRecord | UnknownLogRecord]:
    """The core of ``handle.stream_logs()``."""
    args: dict[str, Any] = {"execution_id": execution_id}
    args.update({k: v for k, v in filters.items() if v is not None})
    if isinstance(args.get("run_id"), str):
        args["run_id"] = uuid.UUID(args["run_id"])
    return StreamCore(
        execution_id,
        ctx,
        STREAM_EXECUTION_LOGS,
        args,
        _LogKind(),
        url=_stream_url(STREAM_EXECUTION_LOGS, ctx, args),
        last_event_id=last_event_id,
        reconnection=reconnection,
        pool_size=pool_size,
    )


def _resume_by_header(last_event_id: str | None, last_sequence: int | None) -> dict[str, Any]:
    return {} if last_event_id is None else {"last_event_id_header": last_event_id}


def _resume_global(last_event_id: str | None, last_sequence: int | None) -> dict[str, Any]:
    """The global stream resumes at the sequence after the last one (``start_seq``, as the
    official SDK does), and says the last id too (``Last-Event-ID``) when it has one."""
    args: dict[str, Any] = {}
    if last_sequence is not None:
        args["start_seq"] = last_sequence + 1
    if last_event_id is not None:
        args["last_event_id"] = last_event_id
    return args


class _TreeKind:
    """Events of the global stream watching ``root``: the root's terminal event ends it."""

    def __init__(self, root: str | None, codec: PayloadCodec | None = None) -> None:
        self._root = root
        self._codec = codec

    def read(self, text: str, sse_id: str) -> tuple[StreamEvent, int | None, str, str | None]:
        event = parse_event(text, sse_id, self._codec)
        status = None if self._root is None else _root_terminal(event, self._root)
        return event, event.broker_sequence, event.id, status


def _root_terminal(event: StreamEvent, root: str) -> str | None:
    """The final status ``event`` gives ``root`` itself: a descendant's end does not count."""
    status = terminal_status(event, root)
    if status is None:
        return None
    context = event.raw.get("workflow_context")
    owner = context.get("workflow_exec_id") if isinstance(context, dict) else None
    if owner is None:
        owner = event.raw_data.get("workflow_exec_id")
    return status if owner == root else None


def global_stream_core(
    ctx: CallContext,
    reconnection: Reconnection,
    *,
    filters: Mapping[str, Any],
    root: str | None = None,
    start_seq: int | None = None,
    last_event_id: str | None = None,
    pool_size: int | None = None,
) -> StreamCore[StreamEvent]:
    """The core of ``wf.events.stream()`` (``filters``: the generated ``stream_events``
    arguments), and with ``root`` of ``handle.stream(include_children=True)``: the events of
    ``root`` and of every descendant, until the root's own terminal event."""
    args: dict[str, Any] = {k: v for k, v in filters.items() if v is not None}
    if root is not None:
        args["root_workflow_exec_id"] = root
    if start_seq is not None:
        args["start_seq"] = start_seq
    return StreamCore(
        root,
        ctx,
        STREAM_EVENTS,
        args,
        _TreeKind(root, None if ctx.encoding is None else ctx.encoding.codec),
        url=_stream_url(STREAM_EVENTS, ctx, args),
        last_event_id=last_event_id,
        reconnection=reconnection,
        pool_size=pool_size,
        watch=None if root is None else "tree",
        resume=_resume_global,
    )


def deployment_log_stream_core(
    ctx: CallContext,
    name: str,
    reconnection: Reconnection,
    *,
    filters: Mapping[str, Any],
    last_event_id: str | None,
    pool_size: int | None = None,
) -> StreamCore[DeploymentLogRecord | UnknownLogRecord]:
    """The core of ``deployment.stream_logs()``: it ends when its reader stops."""
    args: dict[str, Any] = {"name": name}
    args.update({k: v for k, v in filters.items() if v is not None})
    return StreamCore(
        None,
        ctx,
        STREAM_DEPLOYMENT_LOGS,
        args,
        _DeploymentLogKind(),
        url=_stream_url(STREAM_DEPLOYMENT_LOGS, ctx, args),
        last_event_id=last_event_id,
        reconnection=reconnection,
        pool_size=pool_size,
        watch=None,
    )


# ----- a connection's body: reading it, draining it, closing it ------------------------------------
class _UTF8:
    """The text of a body read piece by piece: an event stream is UTF-8, whatever its headers
    say; a character cut between pieces waits for the next, what is not UTF-8 becomes U+FFFD."""

    __slots__ = ("decode",)

    def __init__(self) -> None:
        self.decode: Callable[[bytes], str] = codecs.getincrementaldecoder("utf-8")("replace").decode


def chunks_sync(response: httpx.Response) -> Iterator[bytes]:
    """The body of ``response`` as it arrives (content-decoded): read by ``StreamCore.feed``."""
    return response.iter_bytes()


def chunks_async(response: httpx.Response) -> AsyncIterator[bytes]:
    """The async twin of ``chunks_sync``."""
    return response.aiter_bytes()


def release_sync(response: httpx.Response, chunks: Iterator[bytes], *, drain: bool) -> None:
    """Close a connection's body; with ``drain`` (the stream is over), read what is left of it
    first, so that the connection goes back to the pool instead of being closed.

    The server ends the body right after the terminal event, so there is little to read: at
    most ``STREAM_DRAIN_BYTES``, and no more once ``STREAM_DRAIN_TIMEOUT`` has passed (each
    read may wait up to the stream's read timeout: a sync read cannot be interrupted sooner).
    A body that does not end within that is closed with its connection, as is one that fails.
    """
    try:
        if drain:
            budget = STREAM_DRAIN_BYTES
            give_up = time.monotonic() + STREAM_DRAIN_TIMEOUT
            for chunk in chunks:
                budget -= len(chunk)
                if budget < 0 or time.monotonic() > give_up:
                    break
    except httpx.HTTPError:
        pass  # the connection is closed below, as it would have been without draining
    finally:
        try:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()
        finally:
            response.close()


async def release_async(response: httpx.Response, chunks: AsyncIterator[bytes], *, drain: bool) -> None:
    """The async twin of ``release_sync``; its drain stops at ``STREAM_DRAIN_TIMEOUT`` sharp
    (asyncio or trio), and the body generator httpx reads with is closed, not left to the GC."""
    try:
        if drain:
            import anyio  # httpx's own dependency, loaded by then

            with anyio.move_on_after(STREAM_DRAIN_TIMEOUT):
                budget = STREAM_DRAIN_BYTES
                async for chunk in chunks:
                    budget -= len(chunk)
                    if budget < 0:
                        break
    except httpx.HTTPError:
        pass
    finally:
        try:
            aclose = getattr(chunks, "aclose", None)
            if aclose is not None:
                await aclose()
        finally:
            await response.aclose()


# ----- dropping a stream that was never closed --------------------------------------------------
def discard_sync(response: httpx.Response | None, chunks: Iterator[bytes] | None) -> None:
    """A sync stream dropped without ``close()``: close its connection now."""
    if response is not None and chunks is not None:
        release_sync(response, chunks, drain=False)
    elif response is not None:
        response.close()


def discard_async(response: httpx.Response | None, chunks: AsyncIterator[bytes] | None) -> None:
    """An async stream dropped without ``aclose()`` (``break`` out of ``async for`` without
    ``async with``): close its connection, and the generator reading it, in a task of the
    running asyncio loop; under trio, in a system task (trio has no loop to hand it to)."""
    if response is None:
        return

    async def close() -> None:
        try:
            if chunks is None:
                await response.aclose()
            else:
                await release_async(response, chunks, drain=False)
        except Exception as exc:  # nobody is left to tell; a task must not fail with it
            logger.debug("closing a dropped stream's connection failed: %r", exc)

    import asyncio
    import sys

    try:
        asyncio.get_running_loop().create_task(close())
        return
    except RuntimeError:
        pass
    trio = sys.modules.get("trio")
    if trio is not None:
        trio.lowlevel.spawn_system_task(close)
