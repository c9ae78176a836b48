"""mistral-workflows: a typed client for Mistral's Workflows Executions API.

    from mistral_workflows import Workflows

    with Workflows() as wf:                       # key from MISTRAL_API_KEY
        ex = wf.execute("my-workflow", input={"n": 5})
        print(ex.result(timeout=60))

``AsyncWorkflows`` is the same with ``await``. The low-level generated operations live in
``mistral_workflows_api``; ``wf.api`` is a ready client for them.
"""

from ._api_client import build_api_client
from ._batch import BatchFailure, BatchReport, ProgressCallback
from ._client import AsyncWorkflows, Workflows
from ._events import StreamEvent, UnknownEvent, UnknownLogRecord
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BatchError,
    BatchInterrupted,
    ConflictError,
    ExecutionCanceled,
    ExecutionError,
    ExecutionFailed,
    ExecutionTerminated,
    ExecutionTimedOut,
    InternalServerError,
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
from ._handle import AsyncExecutionHandle, AsyncTrace, ExecutionHandle, Trace
from ._metadata import API_SPEC as __api_spec__
from ._metadata import ApiSpec
from ._options import CallOptions, ResultOptions
from ._streaming import AsyncEventStream, Ending, EventStream, ReconnectAttempt
from ._version import __version__

__all__ = [
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
    "NotFoundError",
    "PermissionDeniedError",
    "ProgressCallback",
    "RateLimitError",
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
    "ValidationErrorDetail",
    "Workflows",
    "WorkflowsError",
    "__api_spec__",
    "__version__",
    "build_api_client",
]
