"""The public surface: exported names, and the private seams of generated code we rely on."""

from __future__ import annotations

import inspect

import mistral_workflows
from mistral_workflows._operations import ALL_OPERATIONS

EXPORTED = {
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
    "InternalServerError",
    "InvalidAPIKeyError",
    "JSON",
    "Listing",
    "MissingAPIKeyError",
    "NotFoundError",
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
    "BlobNotFoundError",
    "BlobStore",
    "FsspecBlobStore",
    "LocalBlobStore",
    "PayloadCodec",
    "PayloadCorruptError",
    "PayloadDependencyError",
    "PayloadError",
    "PayloadKeyError",
    "__api_spec__",
    "__version__",
    "build_api_client",
    "reset_points",
}


def test_exported_names_are_pinned() -> None:
    assert set(mistral_workflows.__all__) == EXPORTED
    assert sorted(mistral_workflows.__all__) == mistral_workflows.__all__
    for name in mistral_workflows.__all__:
        assert hasattr(mistral_workflows, name), name


def test_every_operation_module_offers_the_seams_the_overlay_calls() -> None:
    assert len(ALL_OPERATIONS) == 57
    for op in ALL_OPERATIONS:
        module = op.module
        get_kwargs = inspect.signature(module._get_kwargs)
        assert all(
            p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) for p in get_kwargs.parameters.values()
        ), op.name
        parse = inspect.signature(module._parse_response)
        assert list(parse.parameters) == ["client", "response"], op.name
        if op.returns is not None:
            assert op.success_model() is not None


def test_importing_the_overlay_loads_no_generated_model() -> None:
    import subprocess
    import sys

    code = (
        "import sys, mistral_workflows; mistral_workflows.Workflows(api_key='x');"
        "print(any(m.startswith('mistral_workflows_api.models') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
