"""mistral-workflows: a typed client for Mistral's Workflows Executions API.

    from mistral_workflows import Workflows

    with Workflows() as wf:                       # key from MISTRAL_API_KEY
        ex = wf.execute("my-workflow", input={"n": 5})
        print(ex.result(timeout=60))

``AsyncWorkflows`` is the same with ``await``. The low-level generated operations live in
``mistral_workflows_api``; ``wf.api`` is a ready client for them.
"""

from ._api_client import build_api_client
from ._client import AsyncWorkflows, Workflows
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
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResultTimeoutError,
    UnprocessableEntityError,
    ValidationErrorDetail,
    WorkflowsError,
)
from ._handle import AsyncExecutionHandle, AsyncTrace, ExecutionHandle, Trace
from ._options import CallOptions
from ._version import __version__

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncExecutionHandle",
    "AsyncTrace",
    "AsyncWorkflows",
    "AuthenticationError",
    "BadRequestError",
    "CallOptions",
    "ConflictError",
    "ExecutionCanceled",
    "ExecutionError",
    "ExecutionFailed",
    "ExecutionHandle",
    "ExecutionTerminated",
    "ExecutionTimedOut",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResultTimeoutError",
    "Trace",
    "UnprocessableEntityError",
    "ValidationErrorDetail",
    "Workflows",
    "WorkflowsError",
    "__version__",
    "build_api_client",
]
