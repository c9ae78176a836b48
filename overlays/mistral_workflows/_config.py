"""Every default of the client, in one place. All durations are in seconds."""

from __future__ import annotations

import enum
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

#: Ids per batch cancel/terminate request: the server's documented per-request limit. A
#: server that refuses a chunk as too large gets it again in halves.
DEFAULT_BATCH_CHUNK_SIZE: Final = 100
#: Batch requests in flight at once (cancel_many, terminate_many).
DEFAULT_BATCH_CONCURRENCY: Final = 8
#: Single calls in flight at once (signal_many, query_many, update_many).
DEFAULT_FAN_OUT_CONCURRENCY: Final = 16
#: While a batch call is interrupted, its retry waits are checked this often (and given up).
BATCH_STOP_POLL: Final = 0.25

#: How many characters of an error body an exception keeps.
ERROR_BODY_EXCERPT: Final = 500
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


def to_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """Normalise a caller's timeout: seconds, an ``httpx.Timeout``, or ``None`` for no limit."""
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(value)
