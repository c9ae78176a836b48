"""A fault-injecting TCP proxy for tests: put it between a client and a server (the emulator)
and it breaks some exchanges, as networks and middleboxes do.

    with ChaosProxy(emu.base_url, seed=7, streams=Faults(cut=0.3, stall=0.1)) as proxy:
        wf = Workflows(api_key="k", base_url=proxy.base_url)
        ...
    proxy.records    # what happened to each exchange

It listens on 127.0.0.1 (a free port) and serves from an asyncio loop in a daemon thread, so
any client works through it: sync or async, asyncio or trio. It reads no more HTTP than the
first line of each request: an *exchange* is a request and its response on one connection
(HTTP/1.1 without pipelining: a request that comes after response bytes starts the next one).
Each exchange gets one fault, drawn from its own RNG (seeded by ``seed``, the connection's
index and the exchange's number on it, so a run is reproducible as long as the client makes
its requests in the same order), from the ``Faults`` of its kind: ``streams`` when the request
asks for an event stream (a path ending in ``/stream``), ``calls`` otherwise. Faults act on the
response (server to client) only:

- ``cut``: forward its first N bytes (N drawn up to ``max_cut_bytes``), then close the
  connection, both sides;
- ``stall``: forward the response head (status line and headers), then hold everything else
  until the client gives up (``hold`` seconds at most, then close), as a buffering proxy does;
- ``corrupt``: flip the bits of one byte among its first ``corrupt_within`` (a random mask);
- ``delay``: wait up to ``max_delay`` seconds before forwarding it, then forward it as is.

Bounded in time: a stalled connection is closed after ``hold`` seconds, and the proxy stops by
itself ``lifetime`` seconds after it started (every connection closed, the port refused), so a
client that would wait on it for ever cannot hang a test run; ``stop()`` (or leaving the
``with`` block) stops it sooner.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import random
import socket
import threading
from dataclasses import dataclass, field
from types import TracebackType
from typing import Literal, Self
from urllib.parse import urlsplit

FaultKind = Literal["none", "cut", "stall", "corrupt", "delay"]

_READ_SIZE = 65536
_HEAD_END = b"\r\n\r\n"


@dataclass(frozen=True)
class Fault:
    """What the proxy does to one connection's response."""

    kind: FaultKind = "none"
    #: ``cut``: response bytes forwarded before the cut; ``corrupt``: the offset of the byte.
    at: int = 0
    #: ``corrupt``: the mask the byte is XORed with (never 0).
    mask: int = 0
    #: ``delay``: seconds before the first byte is forwarded.
    seconds: float = 0.0


@dataclass(frozen=True)
class Faults:
    """The chance of each fault for a connection (the rest of the time: none)."""

    cut: float = 0.0
    stall: float = 0.0
    corrupt: float = 0.0
    delay: float = 0.0
    max_cut_bytes: int = 4000
    corrupt_within: int = 2000
    max_delay: float = 0.3

    def __post_init__(self) -> None:
        chances = (self.cut, self.stall, self.corrupt, self.delay)
        if any(p < 0 for p in chances) or sum(chances) > 1.0 + 1e-9:
            raise ValueError("fault chances must be >= 0 and add up to at most 1")

    def draw(self, rng: random.Random) -> Fault:
        """One connection's fault."""
        roll = rng.random()
        kind: FaultKind = "none"
        choices: tuple[tuple[FaultKind, float], ...] = (
            ("cut", self.cut),
            ("stall", self.stall),
            ("corrupt", self.corrupt),
            ("delay", self.delay),
        )
        for candidate, chance in choices:
            if roll < chance:
                kind = candidate
                break
            roll -= chance
        if kind == "none":
            return Fault()
        if kind == "cut":
            return Fault("cut", at=rng.randint(0, self.max_cut_bytes))
        if kind == "stall":
            return Fault("stall")
        if kind == "corrupt":
            return Fault("corrupt", at=rng.randrange(self.corrupt_within), mask=rng.randrange(1, 256))
        return Fault("delay", seconds=rng.uniform(0, self.max_delay))


NO_FAULTS = Faults()


@dataclass
class ExchangeRecord:
    """What happened to one request's response."""

    #: The index of the connection (in accepting order) and of the exchange on it.
    connection: int
    number: int
    #: "stream" or "call".
    kind: str
    #: The first line of the request.
    request_line: str
    fault: Fault
    #: Response bytes forwarded to the client.
    sent: int = 0
    #: The fault took effect (the cut or corrupted byte was reached, the stall began).
    applied: bool = False


class ChaosProxy:
    """A TCP proxy on 127.0.0.1 in front of ``upstream`` (an ``http://host:port`` URL)."""

    def __init__(
        self,
        upstream: str,
        *,
        seed: int,
        streams: Faults = NO_FAULTS,
        calls: Faults = NO_FAULTS,
        hold: float = 30.0,
        lifetime: float = 120.0,
    ) -> None:
        parts = urlsplit(upstream)
        if parts.scheme != "http" or parts.hostname is None or parts.port is None:
            raise ValueError(f"upstream must be http://host:port, not {upstream!r}")
        self._upstream = (parts.hostname, parts.port)
        self.seed = seed
        self.streams = streams
        self.calls = calls
        self.hold = hold
        self.lifetime = lifetime
        self.records: list[ExchangeRecord] = []
        self._counter = itertools.count()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(256)
        self.port: int = self._listener.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name=f"chaos-proxy-{self.port}", daemon=True)
        self._tasks: set[asyncio.Task[None]] = set()

    # ----- life cycle ---------------------------------------------------------------------------
    def start(self) -> Self:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the chaos proxy did not start")
        return self

    def stop(self) -> None:
        """Close every connection and the port; returns once the proxy has stopped."""
        loop, stopping = self._loop, self._stopping
        if loop is not None and stopping is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(stopping.set)
        if self._thread.is_alive():
            self._thread.join(10)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def faults(self, kind: str | None = None) -> list[FaultKind]:
        """The faults that took effect, in order (on one kind of exchange, if given)."""
        return [r.fault.kind for r in list(self.records) if r.applied and kind in (None, r.kind)]

    # ----- the loop thread ----------------------------------------------------------------------
    def _serve(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        finally:
            loop.close()

    async def _main(self) -> None:
        self._stopping = asyncio.Event()
        server = await asyncio.start_server(self._accept, sock=self._listener)
        self._ready.set()
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.lifetime)
        finally:
            server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            await server.wait_closed()

    async def _accept(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        connection = _Connection(next(self._counter))
        upstream_writer: asyncio.StreamWriter | None = None
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self._upstream)
            pumps = [
                asyncio.ensure_future(self._requests(connection, client_reader, upstream_writer)),
                asyncio.ensure_future(self._responses(connection, upstream_reader, client_writer)),
            ]
            try:
                await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for pump in pumps:
                    pump.cancel()
                await asyncio.gather(*pumps, return_exceptions=True)
        except (OSError, asyncio.CancelledError):
            pass
        finally:
            for writer in (client_writer, upstream_writer):
                if writer is not None:
                    writer.close()
            self._tasks.discard(task)

    async def _requests(
        self, connection: _Connection, client: asyncio.StreamReader, upstream: asyncio.StreamWriter
    ) -> None:
        """Client to server, unchanged; each request draws the fault of its response."""
        while True:
            data = await client.read(_READ_SIZE)
            if not data:
                return
            current = connection.current
            if current is None or current.sent > 0:
                connection.current = self._exchange(connection, data)
                connection.head_tail = b""
                connection.started.set()
            await self._forward(upstream, data)

    def _exchange(self, connection: _Connection, data: bytes) -> ExchangeRecord:
        line = data.split(b"\r\n", 1)[0].decode("latin-1")
        parts = line.split(" ")
        path = parts[1].split("?", 1)[0] if len(parts) > 1 else ""
        kind = "stream" if path.endswith("/stream") else "call"
        number = connection.exchanges
        connection.exchanges += 1
        rng = random.Random(f"{self.seed}/{connection.index}/{number}")
        fault = (self.streams if kind == "stream" else self.calls).draw(rng)
        record = ExchangeRecord(connection.index, number, kind, line, fault)
        self.records.append(record)
        return record

    async def _responses(
        self, connection: _Connection, upstream: asyncio.StreamReader, client: asyncio.StreamWriter
    ) -> None:
        """Server to client, through the fault of the current exchange."""
        while True:
            data = await upstream.read(_READ_SIZE)
            if not data:
                return
            await connection.started.wait()
            record = connection.current
            assert record is not None
            fault = record.fault
            if fault.kind == "delay" and not record.applied:
                record.applied = True
                await asyncio.sleep(fault.seconds)
            elif fault.kind == "cut" and record.sent + len(data) >= fault.at:
                record.applied = True
                await self._send(record, client, data[: fault.at - record.sent])
                return
            elif fault.kind == "corrupt" and not record.applied and record.sent + len(data) > fault.at:
                record.applied = True
                offset = fault.at - record.sent
                data = data[:offset] + bytes([data[offset] ^ fault.mask]) + data[offset + 1 :]
            elif fault.kind == "stall" and not record.applied:
                seen = connection.head_tail + data
                end = seen.find(_HEAD_END)
                if end >= 0:
                    record.applied = True
                    await self._send(record, client, data[: end + len(_HEAD_END) - len(connection.head_tail)])
                    await asyncio.sleep(self.hold)
                    return
                connection.head_tail = seen[-(len(_HEAD_END) - 1) :]
            await self._send(record, client, data)

    @staticmethod
    async def _send(record: ExchangeRecord, client: asyncio.StreamWriter, data: bytes) -> None:
        if data:
            record.sent += len(data)
            await ChaosProxy._forward(client, data)

    @staticmethod
    async def _forward(writer: asyncio.StreamWriter, data: bytes) -> None:
        writer.write(data)
        await writer.drain()


@dataclass
class _Connection:
    """One proxied connection: its index and the exchange under way."""

    index: int
    current: ExchangeRecord | None = None
    exchanges: int = 0
    #: The last bytes of the response so far, to find a head's end across reads (stall).
    head_tail: bytes = b""
    #: Set once the first request has come (a response never comes before it).
    started: asyncio.Event = field(default_factory=asyncio.Event)
