"""Every default of the client, in one place. All durations are in seconds."""

from __future__ import annotations

import enum
import math
from typing import Final

import httpx

DEFAULT_BASE_URL: Final = "https://api.mistral.ai"
#: Where the key and the base URL come from when not given (after the keyword, before the default).
API_KEY_ENV: Final = "MISTRAL_API_KEY"
BASE_URL_ENV: Final = "MISTRAL_BASE_URL"
#: ``debug`` or ``info``: log the client's requests to stderr (see ``_logging``).
LOG_ENV: Final = "MISTRAL_WORKFLOWS_LOG"

#: Whole-request timeout (read, write, pool).
DEFAULT_TIMEOUT: Final = 60.0
#: Time allowed to open a connection.
DEFAULT_CONNECT_TIMEOUT: Final = 5.0

#: Retries after the first attempt, for calls that are safe to retry.
DEFAULT_MAX_RETRIES: Final = 2
#: First backoff delay; doubles with each retry, with jitter, up to MAX_RETRY_DELAY.
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
#: A server's Retry-After is honoured up to this many seconds.
MAX_RETRY_AFTER: Final = 60.0
#: Statuses worth retrying for idempotent operations (besides every 5xx).
RETRYABLE_STATUSES: Final = frozenset({408, 429})
#: ``execute()``: a 409 to a retry is the execution an earlier attempt created only if that
#: execution (same workflow) started at or after the first attempt, in the server's clock.
#: Clock skew: when the server's ``Date`` header shows our clock surely ahead of its own, the
#: first attempt's time is moved back by as much as our clock may be ahead (so the leeway is
#: then ``DATE_HEADER_LAG``). A smaller skew is covered by the request's transit time, and
#: else only by this slack, for rounding: with agreeing clocks, an execution started earlier
#: (someone else's, even a millisecond before) is never taken for ours. A skew that cannot be
#: told makes the start raise ``ConflictError`` (carrying the id, to attach to) rather than
#: resolve to another's.
EXECUTE_CLOCK_SKEW: Final = 0.0001
#: How far a server's ``Date`` header may lag its clock: it has a one-second resolution, and
#: servers (uvicorn, for one) refresh it about once a second.
DATE_HEADER_LAG: Final = 2.5

#: ExecutionHandle.result() polling: first interval, growth factor and ceiling.
RESULT_POLL_INITIAL: Final = 0.2
RESULT_POLL_FACTOR: Final = 1.5
RESULT_POLL_MAX: Final = 2.0
#: result(timeout=...) caps each request at the time left, but never below this.
RESULT_MIN_REQUEST_TIMEOUT: Final = 1.0
#: The read timeout of a start that waits for the result is the server's wait plus this.
WAIT_FOR_RESULT_MARGIN: Final = 10.0

#: Event streams: reconnections in a row without a new event before giving up.
STREAM_MAX_RECONNECTS: Final = 6
#: Event streams: the first reconnection after a connection that delivered events waits a
#: random time up to this (unless the server sent ``retry:``); later ones back off.
STREAM_RECONNECT_JITTER: Final = 0.05
#: Event streams: the read timeout of each connection (``read_timeout=`` of ``stream()``,
#: ``stream_logs()`` and ``result()``): a connection that receives no byte for this long is
#: dropped and resumed. Four times the 15 s between the keep-alive comments servers commonly
#: send (the emulator's default), so a quiet but live stream is never taken for a dead one.
STREAM_READ_TIMEOUT: Final = 60.0
#: Event streams: a connection accepted (200 and headers) that then receives no byte at all
#: until its read timeout is *silent*, as every connection is behind a buffering proxy. From
#: this many silent connections in a row on, each one checks the execution's status: the
#: stream ends if the execution has ended, else the connection counts toward
#: ``max_reconnects``. The first is resumed at once without counting (a dead connection).
STREAM_SILENT_CONNECTIONS: Final = 2
#: Event streams: after the terminal event, the rest of the body (the server ends it there)
#: is read, up to this many bytes and this many seconds, so that the connection goes back to
#: the pool for the next stream instead of being closed; past either, it is closed.
STREAM_DRAIN_BYTES: Final = 65536
STREAM_DRAIN_TIMEOUT: Final = 1.0

#: Connections of a client's calls (its own httpx client): httpx's defaults.
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=100, max_keepalive_connections=20)
#: Connections of a client's event streams, a pool of their own: a stream holds its
#: connection as long as the execution runs, so sharing the calls' pool would let enough
#: ``result()`` waits starve every other call. As many as the OpenAI and Anthropic SDKs allow
#: a client; past it a stream waits for a free one for the pool timeout, then raises.
DEFAULT_STREAM_LIMITS: Final = httpx.Limits(max_connections=1000, max_keepalive_connections=20)

#: Ids per batch cancel/terminate request: the server's documented per-request limit. A
#: server that refuses a chunk as too large gets it again in halves.
DEFAULT_BATCH_CHUNK_SIZE: Final = 100
#: Batch requests in flight at once (cancel_many, terminate_many).
DEFAULT_BATCH_CONCURRENCY: Final = 8
#: Single calls in flight at once (signal_many, query_many, update_many).
DEFAULT_FAN_OUT_CONCURRENCY: Final = 16
#: The most ``max_concurrency`` a batch call accepts (threads, for the sync client): more
#: would only wait for a connection of the pool (100 by default).
MAX_BATCH_CONCURRENCY: Final = 64
#: While a batch call is interrupted, its retry waits are checked this often (and given up).
BATCH_STOP_POLL: Final = 0.25

#: How many characters of an error body an exception keeps.
ERROR_BODY_EXCERPT: Final = 500
#: Keys shorter than this (test keys such as "k") are not blanked out of messages: blanking
#: every "k" of a text would destroy it and protect nothing.
REDACT_MIN_KEY_LENGTH: Final = 8
#: Response headers that carry the server's request id, in order of preference.
REQUEST_ID_HEADERS: Final = ("x-request-id", "request-id", "x-correlation-id")


class NotGiven(enum.Enum):
    """Tells "argument not given" from an explicit ``None`` (which means "no timeout")."""

    NOT_GIVEN = enum.auto()

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven.NOT_GIVEN


def default_timeout() -> httpx.Timeout:
    """The timeout used when the caller gives none (the generated client has none at all)."""
    return httpx.Timeout(DEFAULT_TIMEOUT, connect=DEFAULT_CONNECT_TIMEOUT)


def check_seconds(value: object, name: str, *, allow_none: bool = True) -> float | None:
    """``value`` as seconds: a positive, finite number (or None when allowed), else a
    ``TypeError`` / ``ValueError`` naming the argument ``name``."""
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        expected = "a number of seconds or None" if allow_none else "a number of seconds"
        raise TypeError(f"{name} must be {expected}, not {type(value).__name__}")
    seconds = float(value)
    if not math.isfinite(seconds) or seconds <= 0:
        hint = " (None for no limit)" if allow_none else ""
        raise ValueError(f"{name} must be a positive, finite number of seconds{hint}, not {value!r}")
    return seconds


def to_timeout(value: float | httpx.Timeout | None, name: str = "timeout") -> httpx.Timeout:
    """Normalise a caller's timeout: seconds, an ``httpx.Timeout``, or ``None`` for no limit.

    Zero, negative, infinite and NaN durations are refused (``ValueError``), as is what is not
    a duration (``TypeError``), naming the argument ``name``."""
    if isinstance(value, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            check_seconds(getattr(value, part), f"{name}.{part}")
        return value
    return httpx.Timeout(check_seconds(value, name))
