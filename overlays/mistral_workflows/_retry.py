"""When to retry, and how long to wait: pure functions, no I/O.

A maintained library (tenacity, stamina) would want to own the loop and to call the
operation itself, in a sync and an async flavour. Our loop lives in one sans-I/O flow
shared by both clients (see ``_flow``), so the retry *decisions* are all we need here.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Mapping

import httpx

from ._config import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, RETRYABLE_STATUSES

#: Errors raised before any byte of the request could reach the server: no connection, or a
#: request httpx refused to send (a URL it cannot send, an unsupported scheme, a header h11
#: refuses).
NEVER_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
    httpx.InvalidURL,
)
#: Errors that sending the same request again would only meet again.
_NOT_TRANSIENT = (
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
    httpx.InvalidURL,
    httpx.TooManyRedirects,
    httpx.DecodingError,
)


def backoff_delay(retry_number: int) -> float:
    """Delay before retry ``retry_number`` (0-based): exponential, capped, with jitter."""
    base = min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2.0**retry_number)
    return base * (1.0 - 0.25 * random.random())


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """The server's ``Retry-After`` (seconds or an HTTP date) in seconds, capped; None if absent."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return max(0.0, min(seconds, MAX_RETRY_AFTER))


def is_retryable_status(status_code: int) -> bool:
    """Statuses after which an idempotent request is worth sending again."""
    return status_code in RETRYABLE_STATUSES or 500 <= status_code <= 599


def refused_without_acting(response: httpx.Response) -> bool:
    """The server refused the request without carrying it out: a 429, or a 503 with a
    ``Retry-After``. Any call may send it again (after the advised wait)."""
    status = response.status_code
    return status == 429 or (status == 503 and retry_after_seconds(response.headers) is not None)


def may_have_acted(reply: httpx.Response | httpx.RequestError | httpx.InvalidURL) -> bool:
    """Whether the server may have carried out a request that failed so: an error answer
    after the request was received (a 5xx but a 503 with ``Retry-After``), or a failure once
    the request may have left (its answer lost)."""
    if isinstance(reply, httpx.Response):
        return 500 <= reply.status_code <= 599 and not refused_without_acting(reply)
    return not isinstance(reply, NEVER_SENT)


def is_retryable_transport_error(error: httpx.RequestError | httpx.InvalidURL, *, idempotent: bool) -> bool:
    """Idempotent requests retry on any transient transport error; others only if surely
    never sent. Errors that would happen again (a URL httpx cannot send, too many redirects,
    an undecodable body) are never retried."""
    if isinstance(error, _NOT_TRANSIENT) or not isinstance(error, httpx.TransportError):
        return False
    return idempotent or isinstance(error, NEVER_SENT)
