"""`python -m mistral_workflows_emulator`: serve the emulator until interrupted."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

import uvicorn

from mistral_workflows import PayloadError

from ._app import create_app
from ._options import HISTORY_STYLES, EmulatorOptions
from ._protocol import protocol_with

_LINE_ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}
#: Where the key is read from when --encryption-key is not given (a command line is visible to
#: every user of the machine; the environment is not).
ENCRYPTION_KEY_ENV = "MISTRAL_WORKFLOWS_EMULATOR_ENCRYPTION_KEY"


def _parser(prog: str = "python -m mistral_workflows_emulator") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="A local emulator of the Mistral Workflows Executions API.",
        epilog="Example: %(prog)s --port 8765 --speed 10",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--api-key", help="accept only this bearer key (default: any)")
    parser.add_argument("--speed", type=float, default=1.0, help="workflow time scale (10: 10x faster)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every request")
    parser.add_argument("--drop-sse-every", type=int, metavar="K", help="end each SSE stream after K events")
    parser.add_argument(
        "--sse-error-every",
        type=int,
        metavar="K",
        help="end each SSE stream after K events with an `event: error` frame (a random reason)",
    )
    parser.add_argument(
        "--sse-event-name",
        default="workflow.event",
        metavar="NAME",
        help="`event:` name of the execution stream's frames (default workflow.event; '' for unnamed)",
    )
    parser.add_argument(
        "--sse-line-ending",
        choices=tuple(_LINE_ENDINGS),
        default="lf",
        help="line separator of SSE frames (default lf)",
    )
    parser.add_argument(
        "--events-stream-idle-close",
        type=float,
        metavar="SECONDS",
        help="end the global event stream after this many seconds without an event (default: never)",
    )
    parser.add_argument(
        "--history-style",
        choices=HISTORY_STYLES,
        default="proto",
        help="enums and ids of /history: proto (EVENT_TYPE_WORKFLOW_TASK_COMPLETED, string ids, "
        "the default) or short (WorkflowTaskCompleted, numbers: the older tctl JSON)",
    )
    parser.add_argument("--fail-first", type=int, default=0, metavar="N", help="fail the first N requests")
    parser.add_argument("--fail-fraction", type=float, default=0.0, help="fail this fraction of requests")
    parser.add_argument("--fail-status", type=int, choices=(429, 503), default=503)
    parser.add_argument("--retry-after", type=float, default=1.0, help="Retry-After of a 429, in seconds")
    parser.add_argument("--batch-cap", type=int, default=100, help="most ids per batch request")
    parser.add_argument("--seed", type=int, default=0, help="seed of --fail-fraction")
    parser.add_argument("--keepalive", type=float, default=15.0, help="seconds between SSE keep-alives")
    parser.add_argument(
        "--header-timeout",
        type=float,
        default=10.0,
        help="close a connection whose request head is this late",
    )
    parser.add_argument(
        "--encryption-key",
        metavar="HEX",
        help="AES key (hex) of the built-in workflows' payload encryption (default: "
        "$MISTRAL_WORKFLOWS_EMULATOR_ENCRYPTION_KEY; none: payloads are not encrypted)",
    )
    parser.add_argument("--encryption-mode", choices=("full", "partial"), default="full")
    parser.add_argument(
        "--compression-level",
        type=int,
        metavar="LEVEL",
        help="zstd-compress results and event payloads (1-22)",
    )
    parser.add_argument(
        "--compression-threshold",
        type=int,
        default=1024 * 1024,
        metavar="BYTES",
        help="compress from this size",
    )
    parser.add_argument("--blob-dir", help="offload large results to blobs in this directory")
    parser.add_argument(
        "--offload-threshold", type=int, default=1024 * 1024, metavar="BYTES", help="offload from this size"
    )
    parser.add_argument("--namespace", default="default", help="the namespace whoami answers")
    parser.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))
    return parser


def main(argv: Sequence[str] | None = None, *, prog: str | None = None) -> None:
    """Serve until interrupted (``argv``: the options; ``prog``: the name usage messages show)."""
    parser = _parser(prog) if prog else _parser()
    args = parser.parse_args(argv)
    try:
        options = EmulatorOptions(
            api_key=args.api_key,
            speed=args.speed,
            latency=args.latency,
            drop_sse_every=args.drop_sse_every,
            sse_error_every=args.sse_error_every,
            sse_event_name=args.sse_event_name,
            sse_line_ending=_LINE_ENDINGS[args.sse_line_ending],
            history_style=args.history_style,
            events_stream_idle_close=args.events_stream_idle_close,
            fail_first=args.fail_first,
            fail_fraction=args.fail_fraction,
            fail_status=args.fail_status,
            retry_after=args.retry_after,
            batch_cap=args.batch_cap,
            seed=args.seed,
            keepalive=args.keepalive,
            header_timeout=args.header_timeout,
            encryption_key=args.encryption_key or os.environ.get(ENCRYPTION_KEY_ENV) or None,
            encryption_mode=args.encryption_mode,
            compression_level=args.compression_level,
            compression_threshold=args.compression_threshold,
            blob_dir=args.blob_dir,
            offload_threshold=args.offload_threshold,
            namespace=args.namespace,
        )
    except (ValueError, ImportError, PayloadError) as error:
        parser.error(str(error))
    uvicorn.run(
        create_app(options),
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        ws="none",
        http=protocol_with(options.header_timeout),
        timeout_graceful_shutdown=3,
    )


if __name__ == "__main__":
    main()
