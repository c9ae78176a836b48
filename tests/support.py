"""Helpers shared by every test directory (fixtures live in ``tests/conftest.py``).

- ``resolve`` and ``collect`` let one test body drive the sync and the async client alike.
- ``wait_until`` and ``wait_until_async`` wait for something to happen: they poll a condition
  until it holds or a deadline passes, instead of sleeping a fixed time and hoping.
- ``free_port`` and ``wait_until_serving`` start an emulator in a process of its own.
"""

from __future__ import annotations

import inspect
import socket
import subprocess
import time
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import httpx

T = TypeVar("T")

#: How long a condition may take to hold before the test fails (seconds).
WAIT_TIMEOUT = 10.0
#: How often a condition is polled (seconds).
WAIT_INTERVAL = 0.01


async def resolve(value: Any) -> Any:
    """Await ``value`` when the async client returned a coroutine; the sync client's value as is."""
    return await value if inspect.isawaitable(value) else value


async def collect(items: Any) -> list[Any]:
    """Every item of a sync or an async iterator."""
    if hasattr(items, "__aiter__"):
        return [item async for item in items]
    return list(items)


def _timed_out(timeout: float, message: str | Callable[[], str] | None) -> AssertionError:
    said = message() if callable(message) else message
    return AssertionError(f"{said or 'the condition'} did not hold within {timeout} s")


def wait_until(
    condition: Callable[[], T | None],
    *,
    timeout: float = WAIT_TIMEOUT,
    interval: float = WAIT_INTERVAL,
    message: str | Callable[[], str] | None = None,
) -> T:
    """Poll ``condition()`` until it returns a true value, and return that value.

    Raises ``AssertionError`` (with ``message``, or what ``message()`` says at that moment) if
    it still does not hold after ``timeout`` seconds. The condition is called at least once.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise _timed_out(timeout, message)
        time.sleep(interval)


async def wait_until_async(
    condition: Callable[[], T | None],
    *,
    timeout: float = WAIT_TIMEOUT,
    interval: float = WAIT_INTERVAL,
    message: str | Callable[[], str] | None = None,
) -> T:
    """``wait_until`` for async tests: polls without blocking the event loop (asyncio or trio)."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise _timed_out(timeout, message)
        await anyio.sleep(interval)


def free_port() -> int:
    """A loopback port nothing listens on right now (for a server process to take)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_serving(process: subprocess.Popen[Any], base_url: str) -> None:
    """Until the server ``process`` answers at ``base_url``; it must not exit meanwhile."""

    def answering() -> bool:
        assert process.poll() is None, "the emulator exited"
        try:
            httpx.get(base_url, timeout=1)
        except httpx.TransportError:
            return False
        return True

    wait_until(answering, timeout=20, interval=0.05, message="the emulator's first answer")
