"""The sans-I/O core shared by the sync and async clients.

Every operation is written once, as a generator (a *flow*) that yields actions and
receives their outcome: ``Send`` an HTTP request (gets the ``httpx.Response``, or has the
``httpx.RequestError`` or ``httpx.InvalidURL`` thrown in), ``Sleep`` (backoff, polling),
``Emit`` items to the caller (a page of a listing at a time), ``Blocking`` work (a blob store's
I/O: run as is by the sync drivers, in a worker thread by the async ones; what it raises is
thrown in). Four small drivers run flows: ``run_sync`` /
``iter_sync`` on an ``httpx.Client``, ``run_async`` / ``iter_async`` on an
``httpx.AsyncClient`` (any event loop anyio runs on: asyncio or trio). This is how httpx's
``Auth.auth_flow`` serves both of its clients from one piece of logic. ``watched`` wraps a flow
to observe its replies and give it up at a retry wait once told to stop.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Sequence
from typing import Any, Generic, TypeVar

import httpx

from ._record import Record

T = TypeVar("T")
R = TypeVar("R")


class Send(Record):
    """Send one request: keyword arguments of ``httpx.Client.request``."""

    __slots__ = ("request",)
    request: dict[str, Any]

    def __init__(self, request: dict[str, Any]) -> None:
        object.__setattr__(self, "request", request)


class Sleep(Record):
    """Wait this many seconds (retry backoff, result polling)."""

    __slots__ = ("seconds",)
    seconds: float

    def __init__(self, seconds: float) -> None:
        object.__setattr__(self, "seconds", seconds)


class Blocking(Record):
    """Call ``call()`` (blocking I/O) and reply with what it returns."""

    __slots__ = ("call",)
    call: Callable[[], Any]

    def __init__(self, call: Callable[[], Any]) -> None:
        object.__setattr__(self, "call", call)


class Emit(Record, Generic[T]):
    """Hand these items, in order, to the caller of an iterating driver: one action for a
    whole page, so the flow is resumed once a page, not once an item."""

    __slots__ = ("items",)
    items: Sequence[T]

    def __init__(self, items: Sequence[T]) -> None:
        object.__setattr__(self, "items", items)


#: What sending a request may raise besides an answer: thrown into the flow that sent it.
#: ``httpx.InvalidURL`` is not an ``httpx.RequestError``, but a URL httpx will not send (too
#: long, say) is a failure of that request like the others.
SEND_ERRORS = (httpx.RequestError, httpx.InvalidURL)
SendError = httpx.RequestError | httpx.InvalidURL

Action = Send | Sleep | Blocking | Emit[Any]
#: A flow yields actions, is sent their outcomes, and returns its result.
Flow = Generator[Action, Any, R]


async def _anyio_sleep(seconds: float) -> None:
    """``anyio.sleep``, anyio imported at the first wait rather than with the package."""
    import anyio

    await anyio.sleep(seconds)


#: The sleeps the drivers use; tests replace them to record delays instead of waiting.
sync_sleep: Callable[[float], None] = time.sleep
async_sleep: Callable[[float], Any] = _anyio_sleep


#: The responses a ``capture_responses()`` block has seen so far (None outside one).
_captured: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "mistral_workflows_captured", default=None
)


@contextlib.contextmanager
def capture_responses() -> Iterator[list[httpx.Response]]:
    """Collect every HTTP response the drivers receive in this block (and the tasks it starts)."""
    seen: list[httpx.Response] = []
    token = _captured.set(seen)
    try:
        yield seen
    finally:
        _captured.reset(token)


def _seen(response: httpx.Response) -> httpx.Response:
    captured = _captured.get()
    if captured is not None:
        captured.append(response)
    return response


def _step_sync(action: Send | Sleep | Blocking, http: httpx.Client) -> tuple[Any, BaseException | None]:
    if isinstance(action, Send):
        try:
            return _seen(http.request(**action.request)), None
        except SEND_ERRORS as exc:
            return None, exc
    if isinstance(action, Blocking):
        try:
            return action.call(), None
        except Exception as exc:
            return None, exc
    sync_sleep(action.seconds)
    return None, None


def run_sync(flow: Flow[R], http: httpx.Client) -> R:
    """Drive a flow that emits nothing on ``http`` and return its result."""
    reply: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                action = flow.send(reply) if error is None else flow.throw(error)
            except StopIteration as stop:
                result: R = stop.value
                return result
            if isinstance(action, Emit):
                raise TypeError("run_sync() cannot drive a flow that emits items")
            reply, error = _step_sync(action, http)
    finally:
        flow.close()


def iter_sync(flow: Flow[Any], http: httpx.Client) -> Iterator[Any]:
    """Drive ``flow`` on ``http``, yielding what it emits (its return value is dropped)."""
    reply: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                action = flow.send(reply) if error is None else flow.throw(error)
            except StopIteration:
                return
            reply, error = None, None
            if isinstance(action, Emit):
                yield from action.items
            else:
                reply, error = _step_sync(action, http)
    finally:
        flow.close()


async def _step_async(
    action: Send | Sleep | Blocking, http: httpx.AsyncClient
) -> tuple[Any, BaseException | None]:
    if isinstance(action, Send):
        try:
            return _seen(await http.request(**action.request)), None
        except SEND_ERRORS as exc:
            return None, exc
    if isinstance(action, Blocking):
        import anyio.to_thread

        try:
            return await anyio.to_thread.run_sync(action.call), None
        except Exception as exc:
            return None, exc
    await async_sleep(action.seconds)
    return None, None


async def run_async(flow: Flow[R], http: httpx.AsyncClient) -> R:
    """The async twin of ``run_sync``."""
    reply: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                action = flow.send(reply) if error is None else flow.throw(error)
            except StopIteration as stop:
                result: R = stop.value
                return result
            if isinstance(action, Emit):
                raise TypeError("run_async() cannot drive a flow that emits items")
            reply, error = await _step_async(action, http)
    finally:
        flow.close()


async def iter_async(flow: Flow[Any], http: httpx.AsyncClient) -> AsyncIterator[Any]:
    """The async twin of ``iter_sync`` (the flow's return value is dropped)."""
    reply: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                action = flow.send(reply) if error is None else flow.throw(error)
            except StopIteration:
                return
            reply, error = None, None
            if isinstance(action, Emit):
                for item in action.items:
                    yield item
            else:
                reply, error = await _step_async(action, http)
    finally:
        flow.close()


class FlowAbandoned(Exception):
    """``watched`` gave a flow up at a retry wait, because it was told to stop."""


def watched(
    flow: Flow[R],
    *,
    on_reply: Callable[[httpx.Response | SendError], None],
    stopping: Callable[[], bool],
    poll: float,
) -> Flow[R]:
    """Run ``flow``, telling ``on_reply`` of each answer (or transport error) it gets; once
    ``stopping()`` is true, raise ``FlowAbandoned`` at its next wait instead of waiting.

    Waits are cut into slices of ``poll`` seconds, so that a stop is noticed quickly.
    """
    reply: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                action = flow.send(reply) if error is None else flow.throw(error)
            except StopIteration as stop:
                result: R = stop.value
                return result
            reply, error = None, None
            if isinstance(action, Sleep):
                left = action.seconds
                while left > 0 and not stopping():
                    step = min(left, poll)
                    yield Sleep(step)
                    left -= step
                if stopping():
                    raise FlowAbandoned
                continue
            try:
                reply = yield action
            except SEND_ERRORS as exc:
                error = exc
                on_reply(exc)
            else:
                if isinstance(action, Send) and isinstance(reply, httpx.Response):
                    on_reply(reply)
    finally:
        flow.close()
