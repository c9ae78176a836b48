"""Knobs of one emulator instance (time scale, faults, limits) and the counters it keeps."""

from __future__ import annotations

import collections
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from mistral_workflows import PayloadCodec

HistoryStyle = Literal["proto", "short"]
HISTORY_STYLES: tuple[HistoryStyle, ...] = ("proto", "short")


@dataclass
class EmulatorOptions:
    """How an emulator behaves; the running server reads it on every request, so it may change live.

    Times are in seconds. `speed` scales the workflows' own clock only (10 = ten times faster);
    `latency` and `retry_after` are real seconds.
    """

    api_key: str | None = None
    """None: any non-empty bearer key is accepted."""
    speed: float = 1.0
    latency: float = 0.0
    """Added to every request before it is answered."""
    drop_sse_every: int | None = None
    """The server ends each SSE connection after this many events sent on it."""
    fail_first: int = 0
    """Answer the next N requests with `fail_status` (counted down across the whole server)."""
    fail_fraction: float = 0.0
    """Answer this fraction of requests (seeded RNG) with `fail_status`."""
    fail_status: int = 503
    """429 or 503; a 429 carries Retry-After."""
    retry_after: float = 1.0
    batch_cap: int = 100
    """Most ids accepted by one batch cancel/terminate (422 beyond)."""
    seed: int = 0
    keepalive: float = 15.0
    """Seconds between SSE keep-alive comments (0 disables them)."""
    header_timeout: float = 10.0
    """A connection that has not sent its first request head within this many seconds is closed."""
    sse_error_every: int | None = None
    """The server ends each SSE connection after this many events sent on it with an `event: error`
    frame (StreamEventSseErrorData) whose reason is drawn (seeded RNG) among `read_error`,
    `stream_error` and `internal_error`, as the real service may. With `drop_sse_every` too, the
    smaller count wins (the error frame on a tie)."""
    sse_event_name: str = "workflow.event"
    """The `event:` name of the execution stream's item frames, as the real service sends them;
    "" sends them unnamed (`message`). Log-stream frames are always `event: log`."""
    sse_line_ending: str = "\n"
    """The line separator of every SSE frame and keep-alive: "\\n", "\\r\\n" or "\\r"."""
    events_stream_idle_close: float | None = None
    """The global event stream (`/v1/workflows/events/stream`) follows live events without end;
    with this, the server ends it cleanly after this many real seconds without a frame, as an
    idle proxy may (the client resumes with `start_seq`). None: never."""
    history_style: HistoryStyle = "proto"
    """How /history writes Temporal's enums and int64s: "proto" as protobuf's JSON mapping does
    (`EVENT_TYPE_WORKFLOW_TASK_COMPLETED`, ids as strings), "short" as the older tctl / Temporal
    Web JSON (`WorkflowTaskCompleted`, PascalCase enum values, ids as numbers)."""
    encryption_key: str | None = field(default=None, repr=False)
    """Hex AES key: the built-in workflows decrypt their inputs and encrypt their results and
    event payloads, as workers with the official SDK's payload encryption do. Never shown."""
    encryption_mode: Literal["full", "partial"] = "full"
    """With `encryption_key`: encrypt whole payloads, or only fields marked `__encrypted_str__`."""
    compression_level: int | None = None
    """zstd level (1-22) of the results and event payloads of `compression_threshold` bytes or more."""
    compression_threshold: int = 1024 * 1024
    blob_dir: str | None = None
    """A directory where results of `offload_threshold` bytes or more are offloaded."""
    offload_threshold: int = 1024 * 1024
    namespace: str = "default"
    """What `GET /v1/workflows/workers/whoami` answers, and the namespace of offloaded blob keys."""
    _codec: tuple[tuple[Any, ...], PayloadCodec | None] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def codec(self) -> PayloadCodec | None:
        """The workers' payload codec for the current encoding options (None: payloads plain).

        Built on first use and again whenever an encoding option changes."""
        settings = (
            self.encryption_key,
            self.encryption_mode,
            self.compression_level,
            self.compression_threshold,
            self.blob_dir,
            self.offload_threshold,
            self.namespace,
        )
        if self._codec is None or self._codec[0] != settings:
            codec = None
            if self.encryption_key or self.compression_level is not None or self.blob_dir:
                # The client package's codec: the emulator plays workers using the same format.
                from mistral_workflows import LocalBlobStore, PayloadCodec

                codec = PayloadCodec(
                    encryption=self.encryption_mode if self.encryption_key else None,
                    key=self.encryption_key,
                    compression_level=self.compression_level,
                    compression_threshold=self.compression_threshold,
                    blob_store=LocalBlobStore(self.blob_dir) if self.blob_dir else None,
                    offload_threshold=self.offload_threshold,
                    namespace=self.namespace,
                )
            self._codec = (settings, codec)
        return self._codec[1]

    def __post_init__(self) -> None:
        if self.speed <= 0:
            raise ValueError("speed must be positive")
        if self.fail_status not in (429, 503):
            raise ValueError("fail_status must be 429 or 503")
        if not 0.0 <= self.fail_fraction <= 1.0:
            raise ValueError("fail_fraction must be between 0 and 1")
        if self.drop_sse_every is not None and self.drop_sse_every < 1:
            raise ValueError("drop_sse_every must be at least 1")
        if self.sse_error_every is not None and self.sse_error_every < 1:
            raise ValueError("sse_error_every must be at least 1")
        if self.sse_event_name == "error" or any(c in self.sse_event_name for c in "\r\n"):
            raise ValueError("sse_event_name must not be 'error' nor hold a line break")
        if self.sse_line_ending not in ("\n", "\r\n", "\r"):
            raise ValueError("sse_line_ending must be one of '\\n', '\\r\\n', '\\r'")
        if self.events_stream_idle_close is not None and self.events_stream_idle_close <= 0:
            raise ValueError("events_stream_idle_close must be positive")
        if self.header_timeout <= 0:
            raise ValueError("header_timeout must be positive")
        if self.batch_cap < 1:
            raise ValueError("batch_cap must be at least 1")
        if self.history_style not in HISTORY_STYLES:
            raise ValueError("history_style must be 'proto' or 'short'")
        if self.encryption_mode not in ("full", "partial"):
            raise ValueError("encryption_mode must be 'full' or 'partial'")
        if not self.namespace:
            raise ValueError("namespace must not be empty")
        self.codec()  # a bad key or level is refused now, not at the first request

    def reset_faults(self) -> None:
        """Turn every injected fault off (latency included)."""
        self.fail_first = 0
        self.fail_fraction = 0.0
        self.drop_sse_every = None
        self.sse_error_every = None
        self.latency = 0.0


@dataclass
class EmulatorStats:
    """What the server has seen; written by the server thread, read by tests."""

    requests: int = 0
    """Every request, those answered by fault injection included."""
    requests_by_path: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)
    """(method, raw URL path) -> count."""
    sse_disconnects: int = 0
    """SSE connections that the client closed before the server ended the stream."""
    client_disconnects: int = 0
    """Requests whose client went away while sending the body (not server errors)."""
    executions_created: int = 0
    """Executions created by the execute operation (child executions are not counted)."""
