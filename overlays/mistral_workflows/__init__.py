"""mistral-workflows: a typed client for Mistral's Workflows Executions API.

    from mistral_workflows import Workflows

    with Workflows() as wf:                       # key from MISTRAL_API_KEY
        ex = wf.execute("my-workflow", input={"n": 5})
        print(ex.result(timeout=60))

``AsyncWorkflows`` is the same with ``await``. The low-level generated operations live in
``mistral_workflows_api``; ``wf.api`` is a ready client for them.
"""

from typing import TYPE_CHECKING, Any

from ._api_client import build_api_client
from ._context import JSON, CallOptions, ResultOptions
from ._events import Ending, StreamEvent, UnknownEvent, UnknownLogRecord
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BlobNotFoundError,
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
    PayloadCorruptError,
    PayloadDependencyError,
    PayloadError,
    PayloadKeyError,
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
from ._payloads import BlobStore, FsspecBlobStore, LocalBlobStore, PayloadCodec
from ._sync_client import (
    DeploymentHandle,
    Deployments,
    Events,
    EventStream,
    ExecutionHandle,
    Listing,
    Registrations,
    Runs,
    ScheduleHandle,
    Schedules,
    Trace,
    WorkflowCatalog,
    Workflows,
)
from ._version import __version__

if TYPE_CHECKING:
    from ._async_client import (
        AsyncDeploymentHandle,
        AsyncDeployments,
        AsyncEvents,
        AsyncEventStream,
        AsyncExecutionHandle,
        AsyncListing,
        AsyncRegistrations,
        AsyncRuns,
        AsyncScheduleHandle,
        AsyncSchedules,
        AsyncTrace,
        AsyncWorkflowCatalog,
        AsyncWorkflows,
    )
    from ._metadata import API_SPEC as __api_spec__
    from ._metadata import ApiSpec
    from ._report import BatchError, BatchFailure, BatchInterrupted, BatchReport, ProgressCallback
    from ._results import QueryResult, RawResponse, UpdateResult
    from ._streaming import ReconnectAttempt

__all__ = [  # noqa: RUF022 - plain sorted order, which test_public_api checks
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ApiSpec",
    "AsyncDeploymentHandle",
    "AsyncDeployments",
    "AsyncEventStream",
    "AsyncEvents",
    "AsyncExecutionHandle",
    "AsyncListing",
    "AsyncRegistrations",
    "AsyncRuns",
    "AsyncScheduleHandle",
    "AsyncSchedules",
    "AsyncTrace",
    "AsyncWorkflowCatalog",
    "AsyncWorkflows",
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "BatchFailure",
    "BatchInterrupted",
    "BatchReport",
    "BlobNotFoundError",
    "BlobStore",
    "CallOptions",
    "ConflictError",
    "DeploymentHandle",
    "Deployments",
    "Ending",
    "EventStream",
    "Events",
    "ExecutionCanceled",
    "ExecutionError",
    "ExecutionFailed",
    "ExecutionHandle",
    "ExecutionTerminated",
    "ExecutionTimedOut",
    "FsspecBlobStore",
    "InternalServerError",
    "InvalidAPIKeyError",
    "JSON",
    "Listing",
    "LocalBlobStore",
    "MissingAPIKeyError",
    "NotFoundError",
    "PayloadCodec",
    "PayloadCorruptError",
    "PayloadDependencyError",
    "PayloadError",
    "PayloadKeyError",
    "PermissionDeniedError",
    "ProgressCallback",
    "QueryResult",
    "RateLimitError",
    "RawResponse",
    "ReconnectAttempt",
    "Registrations",
    "ResultOptions",
    "ResultTimeoutError",
    "Runs",
    "ScheduleHandle",
    "Schedules",
    "StreamError",
    "StreamEvent",
    "StreamReconnectError",
    "Trace",
    "UnknownEvent",
    "UnknownLogRecord",
    "UnprocessableEntityError",
    "UpdateResult",
    "ValidationErrorDetail",
    "WorkflowCatalog",
    "Workflows",
    "WorkflowsError",
    "__api_spec__",
    "__version__",
    "build_api_client",
    "reset_points",
]

#: Exported names whose module is imported on first access (``__getattr__``), not with the
#: package, which keeps ``import mistral_workflows`` light for the common sync program: the
#: async client loads when one of its names is asked for, the streaming code with the first
#: stream or when ``ReconnectAttempt`` is, the batch accounting with the first batch call, the
#: results of queries, updates and raw responses with the first of them.
_LAZY = {
    **dict.fromkeys([name for name in __all__ if name.startswith("Async")], "._async_client"),
    "ReconnectAttempt": "._streaming",
    **dict.fromkeys(["ApiSpec", "__api_spec__"], "._metadata"),
    **dict.fromkeys(
        ["BatchError", "BatchFailure", "BatchInterrupted", "BatchReport", "ProgressCallback"], "._report"
    ),
    **dict.fromkeys(["QueryResult", "RawResponse", "UpdateResult"], "._results"),
}
#: Lazily exported names that their module calls otherwise.
_NAMED = {"__api_spec__": "API_SPEC"}


def _public(value: Any) -> Any:
    """``value``, a class of ours renamed to the public module: tracebacks and reprs name
    ``mistral_workflows``, not the private module it is defined in."""
    if isinstance(value, type) and value.__module__.startswith("mistral_workflows._"):
        value.__module__ = __name__
    return value


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module = importlib.import_module(_LAZY[name], __name__)
    for exported, home in _LAZY.items():
        if home == _LAZY[name]:
            globals()[exported] = _public(getattr(module, _NAMED.get(exported, exported)))
    return globals()[name]


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


configure_from_env()

for _name in __all__:
    if _name not in _LAZY:
        _public(globals()[_name])
del _name
