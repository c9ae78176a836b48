"""mistral-workflows: a typed client for Mistral's Workflows Executions API.

    from mistral_workflows import Workflows

    with Workflows() as wf:                       # key from MISTRAL_API_KEY
        ex = wf.execute("my-workflow", input={"n": 5})
        print(ex.result(timeout=60))

``AsyncWorkflows`` is the same with ``await``. The low-level generated operations live in
``mistral_workflows_api``; ``wf.api`` is a ready client for them.
"""

from ._api_client import build_api_client
from ._async_client import AsyncEventStream, AsyncExecutionHandle, AsyncTrace, AsyncWorkflows
from ._context import JSON, CallOptions, QueryResult, RawResponse, ResultOptions, UpdateResult
from ._events import Ending, StreamEvent, UnknownEvent, UnknownLogRecord
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ExecutionCanceled,
    ExecutionError,
    ExecutionFailed,
    ExecutionTerminated,
    ExecutionTimedOut,
    InternalServerError,
    InvalidAPIKeyError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResultTimeoutError,
    StreamError,
    StreamReconnectError,
    UnprocessableEntityError,
    ValidationErrorDetail,
    WorkflowsError,
)
from ._history import reset_points
from ._logging import configure_from_env
from ._metadata import API_SPEC as __api_spec__
from ._metadata import ApiSpec
from ._report import BatchError, BatchFailure, BatchInterrupted, BatchReport, ProgressCallback
from ._streaming import ReconnectAttempt
from ._sync_client import EventStream, ExecutionHandle, Trace, Workflows
from ._version import __version__

__all__ = [  # noqa: RUF022 - plain sorted order, which test_public_api checks
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ApiSpec",
    "AsyncEventStream",
    "AsyncExecutionHandle",
    "AsyncTrace",
    "AsyncWorkflows",
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "BatchFailure",
    "BatchInterrupted",
    "BatchReport",
    "CallOptions",
    "ConflictError",
    "Ending",
    "EventStream",
    "ExecutionCanceled",
    "ExecutionError",
    "ExecutionFailed",
    "ExecutionHandle",
    "ExecutionTerminated",
    "ExecutionTimedOut",
    "InternalServerError",
    "InvalidAPIKeyError",
    "JSON",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "ProgressCallback",
    "QueryResult",
    "RateLimitError",
    "RawResponse",
    "ReconnectAttempt",
    "ResultOptions",
    "ResultTimeoutError",
    "StreamError",
    "StreamEvent",
    "StreamReconnectError",
    "Trace",
    "UnknownEvent",
    "UnknownLogRecord",
    "UnprocessableEntityError",
    "UpdateResult",
    "ValidationErrorDetail",
    "Workflows",
    "WorkflowsError",
    "__api_spec__",
    "__version__",
    "build_api_client",
    "reset_points",
]

configure_from_env()

# Tracebacks and reprs name the public module, not the private one a class is defined in.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type) and _value.__module__.startswith("mistral_workflows._"):
        _value.__module__ = __name__
del _name, _value
