"""The exceptions of mistral_workflows: one tree, rooted in ``WorkflowsError``.

    WorkflowsError
    ├── MissingAPIKeyError          no api_key= and no MISTRAL_API_KEY (also a ValueError)
    │   └── InvalidAPIKeyError      a key that is not printable ASCII (the message never shows it)
    ├── APIConnectionError          the request got no HTTP answer
    │   ├── APITimeoutError         ... because a timeout expired
    │   └── StreamReconnectError    an event stream broke and could not be resumed
    │                               (.last_event_id: where to resume later)
    ├── APIResponseValidationError  a success answer whose body is not what the spec says
    ├── APIStatusError              an HTTP error answer (any status >= 400, even non-standard)
    │   ├── BadRequestError             400
    │   ├── AuthenticationError         401
    │   ├── PermissionDeniedError       403
    │   ├── NotFoundError               404
    │   ├── ConflictError               409
    │   ├── UnprocessableEntityError    422  (.errors: parsed loc/msg/type details)
    │   ├── RateLimitError              429  (.retry_after)
    │   └── InternalServerError         5xx
    ├── BatchError                  a batch call (cancel_many, ...) had failures, with
    │   │                           raise_on_failure=True (.report: the BatchReport; in _report)
    │   └── BatchInterrupted        the partial report of an interrupted batch call: set as
    │                               the __cause__ of the KeyboardInterrupt / CancelledError,
    │                               which is re-raised as is
    ├── ExecutionError              the execution ended without a result (from result())
    │   ├── ExecutionFailed             FAILED (.failure: the failure payload)
    │   ├── ExecutionCanceled           CANCELED
    │   ├── ExecutionTerminated         TERMINATED
    │   └── ExecutionTimedOut           TIMED_OUT
    ├── ResultTimeoutError          result(timeout=...) ran out before the execution ended
    │                               (also a builtin TimeoutError)
    ├── StreamError                 ``event: error`` frames ended the stream past the reconnect
    │                               budget (.error, .reason, .last_event_id)
    └── PayloadError                an encoded payload could not be encoded or decoded
        ├── PayloadKeyError             no key, a malformed key, or a payload that decrypts
        │                               with none of the keys (the key is never shown)
        ├── PayloadCorruptError         a payload that is not what its encoding options say
        ├── BlobNotFoundError           an offloaded payload's blob is not in the store (.key)
        └── PayloadDependencyError      the encoding extra is not installed (.package; also
                                        an ImportError)

Transport and status errors say the method, the URL requested, the status, an excerpt of
the body and the server's request id when it sent one. None of them ever contains the API key
(see ``CallContext.redact``), not even when the server echoes it.

``outcome_unknown`` (on ``APIConnectionError`` and ``APIStatusError``) is True when a call
that is not safe to repeat (execute, signal, update, reset) failed after a request of it may
have been carried out: its answer was lost (a cut or a timeout after sending) or was a 5xx
other than a 503 with ``Retry-After``. ``execution_id`` is set on the errors of ``execute()``:
the id it used, to re-attach with ``wf.execution(id)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BlobNotFoundError",
    "ConflictError",
    "ExecutionCanceled",
    "ExecutionError",
    "ExecutionFailed",
    "ExecutionTerminated",
    "ExecutionTimedOut",
    "InternalServerError",
    "InvalidAPIKeyError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PayloadCorruptError",
    "PayloadDependencyError",
    "PayloadError",
    "PayloadKeyError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResultTimeoutError",
    "StreamError",
    "StreamReconnectError",
    "UnprocessableEntityError",
    "ValidationErrorDetail",
    "WorkflowsError",
]


class WorkflowsError(Exception):
    """Base of every error raised by mistral_workflows."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors defeat pickle's default; rebuild from args and attributes,
        # so that errors cross process pools and multiprocessing intact.
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[WorkflowsError], args: tuple[Any, ...], state: dict[str, Any]) -> WorkflowsError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class MissingAPIKeyError(WorkflowsError, ValueError):
    """No API key: neither ``api_key=`` nor the ``MISTRAL_API_KEY`` environment variable."""


class InvalidAPIKeyError(MissingAPIKeyError):
    """The API key is not printable ASCII (a control character, a space, a non-ASCII letter):
    no usable key. Surrounding whitespace (a key read from a file) is stripped, not refused."""


class APIConnectionError(WorkflowsError):
    """The request got no usable HTTP answer (DNS, refused or dropped connection, protocol
    error, too many redirects, an undecodable body, a URL that cannot be sent)."""

    #: A request of this call may have been carried out (only for calls not safe to repeat).
    outcome_unknown: bool = False
    #: The execution id ``execute()`` used (None for other calls): ``wf.execution(id)``.
    execution_id: str | None = None

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""


class StreamReconnectError(APIConnectionError):
    """An event stream was cut and reconnecting failed too often in a row (or was not allowed).

    ``last_event_id`` is the id of the last event delivered: pass it as ``last_event_id=``
    to a new stream to go on from there. The last failure is the ``__cause__``.
    """

    def __init__(
        self, message: str, *, method: str, url: str, last_event_id: str | None, attempts: int
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.last_event_id = last_event_id
        #: Connections ended early in a row since the last new event.
        self.attempts = attempts


class APIResponseValidationError(WorkflowsError):
    """A success status whose body does not parse as the spec says it should."""

    def __init__(self, message: str, *, method: str, url: str, status_code: int, body: str) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.status_code = status_code
        self.body = body


class APIStatusError(WorkflowsError):
    """The server answered with an error status (>= 400).

    ``status_code``, ``request_id``, ``body`` (the parsed JSON body, None when it was not
    JSON), ``text`` (the start of the body as text), ``detail`` (its ``detail`` member), and
    the ``response`` and ``request`` themselves (not kept when the error is pickled).
    """

    #: A request of this call may have been carried out (only for calls not safe to repeat).
    outcome_unknown: bool = False
    #: The execution id ``execute()`` used (None for other calls): ``wf.execution(id)``.
    execution_id: str | None = None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str,
        url: str,
        body: object = None,
        text: str = "",
        request_id: str | None,
        detail: Any = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.method = method
        self.url = url
        #: The response body parsed as JSON (the API key blanked out), None if it was not JSON.
        self.body = body
        #: The start of the response body, as text.
        self.text = text
        self.request_id = request_id
        #: The ``detail`` member of a JSON error body, when there was one.
        self.detail = detail
        #: The HTTP response (None after unpickling).
        self.response = response

    @property
    def request(self) -> httpx.Request | None:
        """The HTTP request that got this answer (None after unpickling)."""
        return None if self.response is None else self.response.request

    def __reduce__(self) -> tuple[Any, ...]:
        # An httpx.Response does not pickle: the error travels without it.
        return (_rebuild, (type(self), self.args, {**self.__dict__, "response": None}))


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or was rejected."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404: no such execution or workflow."""


class ConflictError(APIStatusError):
    """409: the request does not fit the execution's state (finished, or id already taken)."""


@dataclass(frozen=True)
class ValidationErrorDetail:
    """One problem of a 422 answer: where (``loc``), what (``msg``) and its kind (``type``)."""

    loc: tuple[str | int, ...]
    msg: str
    type: str


class UnprocessableEntityError(APIStatusError):
    """422: the request was malformed; ``errors`` says where and why."""

    def __init__(self, message: str, *, errors: list[ValidationErrorDetail], **kw: Any) -> None:
        super().__init__(message, **kw)
        self.errors = errors


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` is the server's advice in seconds, if any."""

    def __init__(self, message: str, *, retry_after: float | None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """Any 5xx."""


class ExecutionError(WorkflowsError):
    """The execution ended without a result; raised by ``result()``."""

    def __init__(self, message: str, *, execution_id: str, status: str) -> None:
        super().__init__(message)
        self.execution_id = execution_id
        self.status = status


class ExecutionFailed(ExecutionError):
    """The execution FAILED; ``failure`` is the failure payload (e.g. ``{"message": ...}``)."""

    def __init__(self, message: str, *, failure: dict[str, Any] | None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.failure = failure


class ExecutionCanceled(ExecutionError):
    """The execution was CANCELED."""


class ExecutionTerminated(ExecutionError):
    """The execution was TERMINATED."""


class ExecutionTimedOut(ExecutionError):
    """The execution TIMED_OUT (its own time limit, not the caller's)."""


class ResultTimeoutError(WorkflowsError, TimeoutError):
    """``result(timeout=...)`` gave up waiting; the execution may still finish later."""

    def __init__(self, message: str, *, execution_id: str, last_status: str | None) -> None:
        super().__init__(message)
        self.execution_id = execution_id
        self.last_status = last_status


class StreamError(WorkflowsError):
    """The server reported a failure of the stream itself (an ``event: error`` frame).

    A stream resumes after such a frame like after any cut; this is raised when it can't:
    with ``reconnect=False``, or when the connections in a row that ended so without a new
    event exceed the reconnect budget (``attempts``).
    """

    def __init__(
        self, message: str, *, error: str, reason: str, last_event_id: str | None, attempts: int = 0
    ) -> None:
        super().__init__(message)
        #: The server's ``error`` and ``reason`` (``read_error``, ``stream_error``,
        #: ``internal_error``, or one this client does not know).
        self.error = error
        self.reason = reason
        #: The id of the last event delivered before the error frame.
        self.last_event_id = last_event_id
        #: Connections in a row that ended without a new event (0: the first one, reconnect=False).
        self.attempts = attempts


class PayloadError(WorkflowsError):
    """An encoded payload could not be encoded or decoded (see ``PayloadCodec``)."""


class PayloadKeyError(PayloadError):
    """No key, a key that is not AES-sized hex, or a payload no configured key decrypts.

    The message names which key (main, secondary), never its value."""


class PayloadCorruptError(PayloadError):
    """A payload that is not what its encoding options say: bad base64, a broken
    compression frame, an unknown option, an offload envelope without a key."""


class BlobNotFoundError(PayloadError):
    """An offloaded payload's blob is not in the blob store."""

    def __init__(self, message: str, *, key: str) -> None:
        super().__init__(message)
        #: The blob's key in the store.
        self.key = key


class PayloadDependencyError(PayloadError, ImportError):
    """Encoding needs a package that is not installed (the ``encoding`` extra, or a cloud
    blob store's: ``s3``, ``gcs``, ``azure``)."""

    def __init__(self, message: str, *, package: str) -> None:
        super().__init__(message)
        #: The missing package.
        self.package = package
