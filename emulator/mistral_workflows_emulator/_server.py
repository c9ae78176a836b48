"""Serving the emulator from a background thread, for tests and for users' own tests."""

from __future__ import annotations

import asyncio
import dataclasses
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from starlette.applications import Starlette

from ._app import EmulatorApp, create_app
from ._options import EmulatorOptions, EmulatorStats
from ._protocol import protocol_with

_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 10.0


class RunningEmulator:
    """A started emulator: where it listens, its live options and what it has seen."""

    def __init__(self, base_url: str, app: Starlette) -> None:
        self.base_url = base_url
        self.app = app
        self._emulator: EmulatorApp = app.state.emulator

    @property
    def options(self) -> EmulatorOptions:
        """The options the server reads on every request: change them to change its faults."""
        return self._emulator.options

    @property
    def stats(self) -> EmulatorStats:
        return self._emulator.stats

    def reset_faults(self) -> None:
        """Turn every injected fault off (fail_first, fail_fraction, drop_sse_every,
        sse_error_every, latency)."""
        self._emulator.options.reset_faults()


@contextmanager
def running_emulator(
    options: EmulatorOptions | None = None, /, **overrides: Any
) -> Iterator[RunningEmulator]:
    """Serve a fresh emulator on a free 127.0.0.1 port in a background thread.

    `running_emulator(speed=50)` builds the options from keywords; with an `options` object,
    keywords override its fields. The server stops, and its streams end, when the block exits.
    """
    if options is None:
        options = EmulatorOptions(**overrides)
    elif overrides:
        options = dataclasses.replace(options, **overrides)
    app = create_app(options)
    emulator: EmulatorApp = app.state.emulator
    # An explicit IPPROTO_TCP: asyncio turns Nagle off only on sockets that say they are TCP.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        loop="asyncio",
        ws="none",
        http=protocol_with(options.header_timeout),
        timeout_graceful_shutdown=3,
    )
    server = uvicorn.Server(config)
    loops: list[asyncio.AbstractEventLoop] = []

    def serve() -> None:
        loop = asyncio.new_event_loop()
        loops.append(loop)
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(server.serve(sockets=[listener]))
        finally:
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

    thread = threading.Thread(target=serve, name=f"workflows-emulator-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + _START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            listener.close()
            raise RuntimeError("the workflows emulator did not start")
        time.sleep(0.005)
    try:
        yield RunningEmulator(f"http://127.0.0.1:{port}", app)
    finally:
        if loops and not loops[0].is_closed():
            loops[0].call_soon_threadsafe(emulator.engine.shutdown)
        server.should_exit = True
        thread.join(_STOP_TIMEOUT)
        listener.close()
