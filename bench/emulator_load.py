"""Load on the emulator (not a test): many SSE streams plus as many reads as it can take.

Starts `python -m mistral_workflows_emulator` on a free loopback port (its own process, so the
server and this client do not share one interpreter), then for `--seconds`: `--streams`
concurrent streams, each following a countdown execution (a new one when the last ended), and
`--readers` keep-alive connections issuing GET execution as fast as they can. Prints
requests/s (every non-stream request), events/s (SSE frames received) and errors.

Streams and reads use bare HTTP/1.1 on asyncio sockets: measured with httpx's AsyncClient,
its connection pool, not the server, was the limit (about 220 requests/s with 16 tasks).

    .venv/bin/python bench/emulator_load.py [--streams 200] [--seconds 10] [--interval 0.1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import subprocess
import sys
import time
from dataclasses import dataclass

import httpx

HEADERS = {"Authorization": "Bearer load"}


@dataclass
class Tally:
    requests: int = 0
    events: int = 0
    errors: int = 0
    streams_opened: int = 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def _wait_ready(client: httpx.AsyncClient, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 20
    while True:
        try:
            await client.get("/")
            return
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the emulator did not start") from None
            await asyncio.sleep(0.05)


async def _request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, head: bytes) -> int:
    """Send one request on a keep-alive connection; read its (Content-Length) answer."""
    writer.write(head)
    await writer.drain()
    status_line, *headers = (await reader.readuntil(b"\r\n\r\n")).split(b"\r\n")
    length = next(int(line.split(b":")[1]) for line in headers if line.lower().startswith(b"content-length"))
    await reader.readexactly(length)
    return int(status_line.split()[1])


def _head(method: str, path: str, body: bytes = b"") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: load", f"Authorization: {HEADERS['Authorization']}"]
    if body:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _follow(port: int, index: int, interval: float, stop_at: float, tally: Tally) -> None:
    run = 0
    while time.monotonic() < stop_at:
        run += 1
        execution_id = f"load-{index}-{run}"
        body = json.dumps({"execution_id": execution_id, "input": {"n": 10_000, "interval": interval}})
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            status = await _request(
                reader, writer, _head("POST", "/v1/workflows/countdown/execute", body.encode())
            )
            tally.requests += 1
            if status != 200:
                tally.errors += 1
                continue
            writer.write(_head("GET", f"/v1/workflows/executions/{execution_id}/stream"))
            tally.streams_opened += 1
            head = await reader.readuntil(b"\r\n\r\n")
            if not head.startswith(b"HTTP/1.1 200"):
                tally.errors += 1
                continue
            tail = b""
            while time.monotonic() < stop_at:
                chunk = await reader.read(65536)
                if not chunk:
                    break
                window = tail + chunk
                tally.events += window.count(b"\nid: ")
                tail = window[-4:]
            writer.close()
        except (OSError, asyncio.IncompleteReadError, ValueError):
            tally.errors += 1


async def _read(port: int, stop_at: float, tally: Tally) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = _head("GET", "/v1/workflows/executions/load-read-target")
    while time.monotonic() < stop_at:
        try:
            status = await _request(reader, writer, head)
            tally.requests += 1
            if status != 200:
                tally.errors += 1
        except (OSError, asyncio.IncompleteReadError, ValueError):
            tally.errors += 1
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.close()


async def _load(port: int, args: argparse.Namespace, process: subprocess.Popen[bytes]) -> None:
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", headers=HEADERS) as client:
        await _wait_ready(client, process)
        await client.post(
            "/v1/workflows/countdown/execute",
            json={"execution_id": "load-read-target", "input": {"n": 10_000}},
        )
    tally = Tally()
    started = time.monotonic()
    stop_at = started + args.seconds
    await asyncio.gather(
        *(_follow(port, i, args.interval, stop_at, tally) for i in range(args.streams)),
        *(_read(port, stop_at, tally) for _ in range(args.readers)),
    )
    elapsed = time.monotonic() - started
    print(f"streams      {args.streams} concurrent ({tally.streams_opened} opened)")
    print(f"duration     {elapsed:.1f} s")
    print(f"requests     {tally.requests} ({tally.requests / elapsed:.0f} requests/s)")
    print(f"events       {tally.events} ({tally.events / elapsed:.0f} events/s)")
    print(f"errors       {tally.errors}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=200)
    parser.add_argument("--readers", type=int, default=16, help="concurrent GET loops")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--interval", type=float, default=0.1, help="countdown step, seconds")
    args = parser.parse_args()
    port = _free_port()
    command = [sys.executable, "-m", "mistral_workflows_emulator", "--port", str(port)]
    process = subprocess.Popen([*command, "--log-level", "warning"])
    try:
        asyncio.run(_load(port, args, process))
    finally:
        process.terminate()
        process.wait(10)


if __name__ == "__main__":
    main()
