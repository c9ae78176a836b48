"""Server-sent event streams that survive disconnects: exact resume, no gap, no duplicate.

``StreamCore`` is the pure part of a stream: it builds each request (from the generated
operation, with ``Last-Event-ID``), checks each response, turns frames (``_sse``) into items,
de-duplicates them by sequence, and decides, when a connection ends, whether the stream is
over, when to reconnect, or when to give up (as a flow, see ``_flow``). The shells
(``EventStream``, ``AsyncEventStream``) only move bytes and run its flows.
"""

from __future__ import annotations

import logging
import random
import time
import uuid
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Generic, Protocol, TypeVar

import httpx

from . import _retry
from ._calls import TERMINAL_STATUSES, get_execution, status_name, within
from ._config import MAX_RETRY_AFTER, STREAM_MAX_RECONNECTS, STREAM_RECONNECT_JITTER
from ._context import CallContext
from ._events import (
    Ending,
    StreamEvent,
    UnknownLogRecord,
    frame_json,
    parse_event,
    parse_log_record,
    sequence_of,
    terminal_status,
)
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    StreamError,
    StreamReconnectError,
)
from ._flow import Flow, Sleep
from ._operations import STREAM_EXECUTION, STREAM_EXECUTION_LOGS, Operation
from ._request_flow import build_request, status_error
from ._sse import Frame

if TYPE_CHECKING:
    from mistral_workflows_api.models import ExecutionLogRecord, WorkflowExecutionResponse

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

logger = logging.getLogger("mistral_workflows")

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


class _Kind(Protocol[T_co]):
    """What differs between the event stream and the log stream."""

    def parse(self, text: str, sse_id: str) -> tuple[T_co, int | None, str]:
        """The item of a frame, its sequence (to de-duplicate; None if unknown) and its id.

        Never raises: a payload that cannot be typed becomes an "unknown" item."""
        ...

    def ending(self, item: Any) -> str | None:
        """The execution's final status if this item ends the stream."""
        ...


class _EventKind:
    def __init__(self, execution_id: str) -> None:
        self._execution_id = execution_id

    def parse(self, text: str, sse_id: str) -> tuple[StreamEvent, int | None, str]:
        event = parse_event(text, sse_id)
        return event, event.broker_sequence, event.id

    def ending(self, item: Any) -> str | None:
        return terminal_status(item, self._execution_id)


class _LogKind:
    def parse(self, text: str, sse_id: str) -> tuple[ExecutionLogRecord | UnknownLogRecord, int | None, str]:
        return parse_log_record(text, sse_id), sequence_of(sse_id), sse_id

    def ending(self, item: Any) -> None:
        return None


class ServerErrorFrame(Exception):
    """An ``event: error`` frame ended the connection (the server's ``StreamError`` inside)."""

    def __init__(self, error: StreamError) -> None:
        super().__init__(str(error))
        self.error = error


class StreamCore(Generic[T]):
    """The resume state of one stream and every decision about it; performs no I/O itself."""

    def __init__(
        self,
        execution_id: str,
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
    ) -> None:
        self._execution_id = execution_id
        self._ctx = ctx
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
        #: New items delivered on the current connection.
        self.delivered = 0
        #: The current connection was accepted (a 200 event stream).
        self.accepted = False
        self.finished = False
        self.ending: Ending | None = None
        self._refused: APIStatusError | None = None
        self._retry_after: float | None = None
        self.url = url

    # ----- one connection ---------------------------------------------------
    def request(self) -> dict[str, Any]:
        """Keyword arguments of ``httpx.Client.build_request`` for the next connection."""
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("request GET %s (event stream, after event %s)", self.url, self.last_event_id)
        args = self._args
        if self.last_event_id is not None:
            args = {**args, "last_event_id_header": self.last_event_id}
        request = build_request(self._op, self._ctx, args)
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
            return True
        error = status_error(response, self._ctx)
        if self.reconnect and _retry.is_retryable_status(response.status_code):
            self._refused = error
            self._retry_after = _retry.retry_after_seconds(response.headers)
            return False
        raise error

    def frame(self, sse: Frame) -> T | None:
        """The new item a frame carries, or None (ping, repeat of a resumed connection).

        Every frame not named ``error`` is an item frame, whatever its name (none, ``message``,
        ``workflow.event``, ...): its payload says what it is. An ``error`` frame ends the
        connection (``ServerErrorFrame``), to be resumed like any cut.
        """
        if sse.retry is not None:
            self.retry_delay = min(sse.retry / 1000.0, MAX_RETRY_AFTER)
        if sse.event == "error":
            raise ServerErrorFrame(self._stream_error(sse.data))
        data = sse.data
        if not data:
            return None
        item, sequence, item_id = self._kind.parse(data, sse.id)
        if sequence is not None:
            floor = self.resume_floor
            if floor is not None and sequence <= floor:
                return None
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
        self.delivered += 1
        self.failures = 0
        status = self._kind.ending(item)
        if status is not None:
            self.finished = True
            self.ending = Ending(status, item if isinstance(item, StreamEvent) else None)
        return item

    # ----- between connections ----------------------------------------------
    def after_connection_flow(self, error: BaseException | None) -> Flow[None]:
        """A connection ended (``error``: how, None: the server closed it): end, wait or give up."""
        self.resume_floor = self.last_sequence
        if self.finished:
            return
        self._check_deadline(0.0)
        progressed, self.delivered = self.delivered > 0, 0
        accepted, self.accepted = self.accepted, False
        if error is None and accepted and self.replay_only:
            # A DATABASE stream has replayed everything stored: that is its end.
            self.finished = True
            return
        if isinstance(error, httpx.ReadTimeout) and accepted and self.reconnect:
            # A quiet stream (waiting for a signal, say) is not a failing one: resume at once,
            # without counting a failure.
            yield from self._pause(0.0, "no data within the read timeout")
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
        else:
            try:
                execution: WorkflowExecutionResponse = yield from get_execution(self._ctx, self._execution_id)
            except APIConnectionError as exc:
                cause, reason = exc, str(exc)
            else:
                status = status_name(execution.status)
                if status in TERMINAL_STATUSES:
                    self.finished = True
                    self.ending = Ending(status or "", None, execution)
                    return
                reason = f"the server closed the stream while the execution is {status}"
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
        return within(self._ctx, self._deadline, floor=0.001).timeout


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
) -> StreamCore[StreamEvent]:
    """The core of ``handle.stream()`` (and of ``result()``, with a ``deadline``)."""
    args: dict[str, Any] = {"execution_id": execution_id}
    if event_source is not None:
        from mistral_workflows_api.models.event_source import EventSource

        args["event_source"] = EventSource(event_source)
    return StreamCore(
        execution_id,
        ctx,
        STREAM_EXECUTION,
        args,
        _EventKind(execution_id),
        url=_stream_url(STREAM_EXECUTION, ctx, args),
        last_event_id=last_event_id,
        replay_only=args.get("event_source") == "DATABASE",
        reconnection=reconnection,
        deadline=deadline,
    )


def log_stream_core(
    ctx: CallContext,
    execution_id: str,
    reconnection: Reconnection,
    *,
    filters: Mapping[str, Any],
    last_event_id: str | None,
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
    )


# ----- dropping a stream that was never closed --------------------------------------------------
def discard_sync(first: httpx.Response | None, items: Generator[Any, None, None] | None) -> None:
    """A sync stream dropped without ``close()``: close its connection now."""
    if first is not None:
        first.close()
    if items is not None:
        items.close()


def discard_async(first: httpx.Response | None, items: AsyncGenerator[Any, None] | None) -> None:
    """An async stream dropped without ``aclose()`` after ``__aenter__``: close its open
    response on the running asyncio loop, if there is one (an iterated stream's generator is
    finalised by the loop's own hooks)."""
    if first is not None:
        import asyncio

        asyncio.get_running_loop().create_task(first.aclose())
