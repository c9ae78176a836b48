"""Many concurrent event streams: CPU per event and peak memory of the client, the overlay's
``AsyncWorkflows`` against a floor of raw ``httpx.AsyncClient`` + httpx-sse + json.loads.

    python bench/concurrent_streams.py [--streams 1,10,100,500] [--events 200] [--rounds 3] [--json PATH]

Both read the same streams from one loopback HTTP/1.1 server (a process of its own, so its
work is not counted): each stream is ``--events`` small (~230 B) events, the last one the
execution's end, sent in chunked encoding as a real server does, and the connection is kept
alive for the next request. Each client runs in a fresh interpreter of its own, so that its
peak RSS is its own; it reads ``N`` streams at once, round after round (each round's streams
on the connections the previous round left, if the client kept them), and reports its
process CPU time per event (not wall time: the machine is shared) and its peak RSS. The
sides take turns, ``--rounds`` times; the best CPU per event of each is kept. Both sides
use the same connection limits (the overlay's stream pool defaults). The server counts the
connections each side opened: a client that reuses its connections opens about ``N``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import time
from typing import Any

import httpx

EXECUTION_ID = "exec-7f3a9c21"
STREAM_PATH = f"/v1/workflows/executions/{EXECUTION_ID}/stream"
CHUNK = 4096
#: The issue's targets: CPU per event at least 0.8 of the floor's efficiency (floor CPU /
#: ours), and peak RSS at most twice the floor's.
TARGET_CPU_RATIO = 0.8
TARGET_RSS_FACTOR = 2.0
#: Each client reads at least this many events in all (rounds of N streams), so that a
#: single stream is measured over as many events as 500 are.
MIN_EVENTS_PER_RUN = 40_000


# ----- the server ------------------------------------------------------------------------------
def small_frame(sequence: int, total: int) -> bytes:
    event_type = "WORKFLOW_EXECUTION_COMPLETED" if sequence == total else "ACTIVITY_TASK_STARTED"
    payload = {
        "stream": EXECUTION_ID,
        "timestamp": "2026-01-05T10:00:00.123Z",
        "broker_sequence": sequence,
        "data": {
            "event_id": str(sequence),
            "event_type": event_type,
            "workflow_exec_id": EXECUTION_ID,
            "attributes": {"task_id": str(sequence)},
        },
    }
    return f"id: {sequence}\ndata: {json.dumps(payload, separators=(',', ':'))}\n\n".encode()


def chunked_body(events: int) -> list[bytes]:
    """The stream of ``events`` events as HTTP chunks of about CHUNK bytes, then the last chunk."""
    body = b"".join(small_frame(sequence, events) for sequence in range(1, events + 1))
    pieces = [body[i : i + CHUNK] for i in range(0, len(body), CHUNK)]
    return [b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces] + [b"0\r\n\r\n"]


class Server:
    """A minimal HTTP/1.1 server: the event stream (chunked), ``/stats`` (connections opened)."""

    def __init__(self, events: int) -> None:
        self.chunks = chunked_body(events)
        self.connections = 0

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ", 2)[1].decode()
                if path.startswith(STREAM_PATH):
                    writer.write(
                        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
                        b"cache-control: no-store\r\ntransfer-encoding: chunked\r\n\r\n"
                    )
                    for chunk in self.chunks:
                        writer.write(chunk)
                        await writer.drain()
                else:
                    body = json.dumps({"connections": self.connections}).encode()
                    status = b"200 OK" if path == "/stats" else b"404 Not Found"
                    writer.write(
                        b"HTTP/1.1 %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s"
                        % (status, len(body), body)
                    )
                    await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


async def run_server(events: int) -> None:
    server = Server(events)
    listener = await asyncio.start_server(server.serve, "127.0.0.1", 0, backlog=4096)
    port = listener.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with listener:
        await listener.serve_forever()


# ----- the clients (each in its own interpreter) -----------------------------------------------
def limits() -> httpx.Limits:
    from mistral_workflows._config import DEFAULT_STREAM_LIMITS

    return DEFAULT_STREAM_LIMITS


async def floor_rounds(base_url: str, streams: int, rounds: int) -> int:
    import httpx_sse

    async def one(client: httpx.AsyncClient) -> int:
        count = 0
        async with httpx_sse.aconnect_sse(client, "GET", STREAM_PATH) as source:
            async for sse in source.aiter_sse():
                json.loads(sse.data)
                count += 1
        return count

    timeout = httpx.Timeout(60.0, connect=5.0)
    async with httpx.AsyncClient(base_url=base_url, limits=limits(), timeout=timeout) as client:
        total = 0
        for _ in range(rounds):
            total += sum(await asyncio.gather(*(one(client) for _ in range(streams))))
        return total


async def overlay_rounds(base_url: str, streams: int, rounds: int) -> int:
    from mistral_workflows import AsyncWorkflows

    async def one(wf: AsyncWorkflows) -> int:
        count = 0
        async with wf.execution(EXECUTION_ID).stream() as events:
            async for _ in events:
                count += 1
        return count

    async with AsyncWorkflows(api_key="k", base_url=base_url) as wf:
        total = 0
        for _ in range(rounds):
            total += sum(await asyncio.gather(*(one(wf) for _ in range(streams))))
        return total


def peak_rss_kib() -> int:
    """This process's peak RSS (``VmHWM``: ``ru_maxrss`` would count the parent it forked from)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def client_child(side: str, base_url: str, streams: int, rounds: int) -> None:
    """One client run: a warm-up round of the same width, then ``rounds`` rounds measured;
    prints events, CPU seconds and peak RSS in KiB as JSON."""
    read = floor_rounds if side == "floor" else overlay_rounds

    async def main() -> tuple[int, float]:
        await read(base_url, min(streams, 10), 1)  # imports, first connections
        started = time.process_time()
        events = await read(base_url, streams, rounds)
        return events, time.process_time() - started

    events, cpu = asyncio.run(main())
    print(json.dumps({"events": events, "cpu": cpu, "rss_kib": peak_rss_kib()}))


# ----- the driver -------------------------------------------------------------------------------
def connections(base_url: str) -> int:
    count: int = httpx.get(f"{base_url}/stats").json()["connections"]
    return count


def run_client(side: str, base_url: str, streams: int, rounds: int) -> dict[str, Any]:
    before = connections(base_url)
    proc = subprocess.run(
        [sys.executable, __file__, "--child", side, base_url, str(streams), str(rounds)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{side} client failed:\n{proc.stderr}")
    result: dict[str, Any] = json.loads(proc.stdout)
    result["connections"] = connections(base_url) - before - 1  # the /stats request itself
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--streams", default="1,10,100,500", help="comma-separated widths")
    parser.add_argument("--events", type=int, default=200, help="events per stream")
    parser.add_argument("--rounds", type=int, default=3, help="turns of each side per width")
    parser.add_argument("--json", metavar="PATH", help="also write the rows as JSON")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--server", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.server:
        asyncio.run(run_server(args.server))
        return
    if args.child:
        side, base_url, streams, rounds = args.child
        client_child(side, base_url, int(streams), int(rounds))
        return

    server = subprocess.Popen(
        [sys.executable, __file__, "--server", str(args.events)], stdout=subprocess.PIPE, text=True
    )
    rows: list[dict[str, object]] = []
    try:
        assert server.stdout is not None
        base_url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        frame_size = len(small_frame(args.events // 2, args.events))
        print(
            f"Concurrent streams: {args.events} events of ~{frame_size} B per stream, loopback server, "
            f"best of {args.rounds} turns per side\n"
        )
        print(
            f"{'streams':>7} {'floor us/ev':>12} {'ours us/ev':>11} {'ratio':>6}  "
            f"{'floor RSS':>9} {'ours RSS':>9} {'x floor':>8}  {'conns floor/ours':>17}"
        )
        for width in (int(n) for n in args.streams.split(",")):
            rounds = max(1, MIN_EVENTS_PER_RUN // (width * args.events))
            best: dict[str, dict[str, Any]] = {}
            for _ in range(args.rounds):
                for side in ("floor", "overlay"):
                    result = run_client(side, base_url, width, rounds)
                    result["us"] = result["cpu"] / result["events"] * 1e6
                    if side not in best or result["us"] < best[side]["us"]:
                        best[side] = result
            floor, ours = best["floor"], best["overlay"]
            ratio = floor["us"] / ours["us"]
            rss_factor = ours["rss_kib"] / floor["rss_kib"]
            print(
                f"{width:7} {floor['us']:12.2f} {ours['us']:11.2f} {ratio:6.2f}  "
                f"{floor['rss_kib'] / 1024:7.1f}MB {ours['rss_kib'] / 1024:7.1f}MB {rss_factor:7.2f}x  "
                f"{floor['connections']:>8}/{ours['connections']}"
            )
            rows.append(
                {
                    "workload": "concurrent async streams, CPU per event",
                    "size": f"{width} streams",
                    "ratio": round(ratio, 3),
                    "target": f">= {TARGET_CPU_RATIO}",
                    "met": ratio >= TARGET_CPU_RATIO,
                }
            )
            rows.append(
                {
                    "workload": "concurrent async streams, client peak RSS",
                    "size": f"{width} streams",
                    "ratio": round(rss_factor, 3),
                    "target": f"<= {TARGET_RSS_FACTOR}x",
                    "met": rss_factor <= TARGET_RSS_FACTOR,
                }
            )
        print(
            f"\ntargets: CPU ratio (floor us / ours) >= {TARGET_CPU_RATIO}, "
            f"peak RSS <= {TARGET_RSS_FACTOR}x the floor's"
        )
    finally:
        server.terminate()
        server.wait()
    if args.json:
        with open(args.json, "w") as out:
            json.dump(rows, out, indent=2)


if __name__ == "__main__":
    main()
