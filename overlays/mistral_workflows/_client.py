"""``Workflows`` and ``AsyncWorkflows``: the entry points of the overlay.

Both are thin shells over ``_WorkflowsCore``, which owns the configuration and the flows
of client-level calls; the shells differ only in how a flow is run (see ``_flow``).
"""

from __future__ import annotations

import copy
import dataclasses
import uuid
import warnings
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from types import TracebackType
from typing import Any, Self, Unpack

import attrs
import httpx

from mistral_workflows_api.client import AuthenticatedClient

from . import _operations as ops
from ._api_client import build_api_client
from ._batch import (
    BatchReport,
    BatchRun,
    ProgressCallback,
    cancel_action,
    run_batch_async,
    run_batch_sync,
    single_call_action,
)
from ._config import (
    DEFAULT_BATCH_CHUNK_SIZE,
    DEFAULT_BATCH_CONCURRENCY,
    DEFAULT_FAN_OUT_CONCURRENCY,
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    NotGiven,
    default_timeout,
    to_timeout,
)
from ._flow import Flow, iter_async, iter_sync, run_async, run_sync
from ._handle import AsyncExecutionHandle, ExecutionHandle, StartResponse, _HandleCore, check_execution_id
from ._options import CallOptions, OptionsHolder
from ._transport import CallContext, build_request, parse_response, request_flow

Timeout = float | httpx.Timeout | None

#: The read timeout of a start that waits for the result is the server's wait plus this.
WAIT_FOR_RESULT_MARGIN = 10.0


def _waiting(ctx: CallContext, timeout_seconds: float | None) -> CallContext:
    """``ctx`` with a read timeout long enough for a start that waits ``timeout_seconds``."""
    read = ctx.timeout.read
    if read is None:
        return ctx
    wait = read if timeout_seconds is None else max(read, timeout_seconds + WAIT_FOR_RESULT_MARGIN)
    t = ctx.timeout
    return dataclasses.replace(
        ctx, timeout=httpx.Timeout(connect=t.connect, read=wait, write=t.write, pool=t.pool)
    )


def _deprecated_task_queue(task_queue: str | None) -> str | None:
    if task_queue is not None:
        warnings.warn(
            "task_queue is deprecated by the API: use deployment_name", DeprecationWarning, stacklevel=4
        )
    return task_queue


class _WorkflowsCore:
    """Configuration and client-level flows shared by the sync and async clients."""

    _options: OptionsHolder

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: Timeout | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        resolved = default_timeout() if isinstance(timeout, NotGiven) else to_timeout(timeout)
        api = build_api_client(api_key, base_url=base_url, timeout=resolved, default_headers=default_headers)
        self._options = OptionsHolder(api, resolved, max_retries)
        self._owns_http = True

    def _adopt(self, http_client: httpx.Client | httpx.AsyncClient, base_url: str | None) -> None:
        """Use the caller's httpx client without changing it: every request carries the
        absolute URL and our headers (the key among them), and ``close()`` leaves it open.
        Without a ``base_url`` of our own, the client's ``base_url`` (if it has one) is the API's."""
        api = self._options.api
        if base_url is None and str(http_client.base_url):
            api = attrs.evolve(api, base_url=str(http_client.base_url).rstrip("/"))
        self._owns_http = False
        self._options = dataclasses.replace(self._options, api=api, foreign_http=True)

    @property
    def api(self) -> AuthenticatedClient:
        """The generated ``AuthenticatedClient``: pass it as ``client=`` to any generated operation."""
        return self._options.api

    @property
    def base_url(self) -> str:
        return str(self._options.api._base_url)

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of each HTTP request."""
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        """The default number of retries."""
        return self._options.max_retries

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"

    def _copy_with(
        self, timeout: Timeout | NotGiven, max_retries: int | None, extra_headers: Mapping[str, str] | None
    ) -> Self:
        if max_retries is not None and max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        clone = copy.copy(self)
        clone._options = self._options.evolve(
            None if isinstance(timeout, NotGiven) else to_timeout(timeout), max_retries, extra_headers
        )
        # The copy shares the connections: closing it must not close them under the original.
        clone._owns_http = False
        return clone

    def _execute_flow(
        self,
        ctx: CallContext,
        workflow: str,
        input: Mapping[str, Any] | None,
        execution_id: str | None,
        **request_fields: Any,
    ) -> Flow[tuple[str, StartResponse | None]]:
        """Start an execution; returns its id and what the server answered about it.

        The request always carries an execution id (made here when the caller gives none),
        so it is safe to retry: a 409 to a retry means an earlier attempt created it, and
        the answer is then the execution's state. With ``wait_for_result``, each HTTP
        request may last as long as the server waits (``timeout_seconds``).
        """
        from mistral_workflows_api.models.workflow_execution_request import WorkflowExecutionRequest
        from mistral_workflows_api.models.workflow_execution_response import (
            WorkflowExecutionResponse,
        )
        from mistral_workflows_api.models.workflow_execution_sync_response import (
            WorkflowExecutionSyncResponse,
        )

        execution_id = str(uuid.uuid4()) if execution_id is None else check_execution_id(execution_id)
        fields = {k: v for k, v in request_fields.items() if v is not None}
        body = WorkflowExecutionRequest.from_dict({"execution_id": execution_id, "input": input, **fields})
        if fields.get("wait_for_result"):
            ctx = _waiting(ctx, fields.get("timeout_seconds"))
        request = build_request(ops.EXECUTE_WORKFLOW, ctx, {"workflow_identifier": workflow, "body": body})
        response = yield from request_flow(
            ops.EXECUTE_WORKFLOW, ctx, request, idempotent=True, conflict_after_retry=True
        )
        if response.status_code == 409:
            existing = yield from _HandleCore(self._options, execution_id)._get_flow(ctx)
            return execution_id, existing
        started = parse_response(ops.EXECUTE_WORKFLOW, ctx, response)
        if isinstance(started, WorkflowExecutionResponse | WorkflowExecutionSyncResponse):
            return execution_id, started
        return execution_id, None

    def _cancel_run(
        self,
        ids: Iterable[str],
        terminate: bool,
        chunk_size: int | None,
        on_progress: ProgressCallback | None,
        options: CallOptions,
    ) -> BatchRun:
        return BatchRun(
            cancel_action(terminate),
            ids,
            chunk_size=DEFAULT_BATCH_CHUNK_SIZE if chunk_size is None else chunk_size,
            ctx=self._options.context(options),
            on_progress=on_progress,
        )

    def _single_call_run(
        self,
        ids: Iterable[str],
        kind: str,
        name: str,
        input: Any,
        on_progress: ProgressCallback | None,
        options: CallOptions,
    ) -> BatchRun:
        return BatchRun(
            single_call_action(self._options, kind, name, input),
            ids,
            chunk_size=1,
            ctx=self._options.context(options),
            on_progress=on_progress,
        )


class Workflows(_WorkflowsCore):
    """The synchronous client.

    ``Workflows()`` reads the key from ``MISTRAL_API_KEY``; ``base_url`` defaults to
    ``https://api.mistral.ai``; ``timeout`` (seconds per HTTP request, default 60 s with
    a 5 s connect limit; None for none) and ``max_retries`` (default 2) apply to every call
    unless a call overrides them. Use it as a context manager, or call ``close()``.
    ``http_client`` lets you bring your own ``httpx.Client`` (your TLS, proxies, transport):
    it is used as it is (each request carries the absolute URL and the key; the client is
    not changed) and is not closed by ``close()``.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        if http_client is not None:
            self._adopt(http_client, base_url)
            self._options.api.set_httpx_client(http_client)

    def _run(self, flow: Flow[Any]) -> Any:
        return run_sync(flow, self._options.api.get_httpx_client())

    def _iter(self, flow: Flow[Any]) -> Iterator[Any]:
        return iter_sync(flow, self._options.api.get_httpx_client())

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other defaults (``extra_headers`` are added to every request of the
        copy), sharing this client's connections."""
        return self._copy_with(timeout, max_retries, extra_headers)

    def execution(self, execution_id: str, *, workflow_name: str | None = None) -> ExecutionHandle:
        """A handle on an existing execution. Sends no request."""
        return ExecutionHandle(self, execution_id, workflow_name)

    def execute(
        self,
        workflow: str,
        input: Mapping[str, Any] | None = None,
        *,
        execution_id: str | None = None,
        wait_for_result: bool = False,
        timeout_seconds: float | None = None,
        deployment_name: str | None = None,
        custom_tracing_attributes: Mapping[str, str] | None = None,
        force_new_trace: bool | None = None,
        extensions: Mapping[str, Any] | None = None,
        task_queue: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ExecutionHandle:
        """Start an execution of ``workflow`` and return its handle.

        ``execution_id`` makes the start idempotent; when not given one is generated, so
        that a retried start never creates a second execution. ``wait_for_result=True`` asks
        the server to answer once the execution has ended (for at most ``timeout_seconds``):
        ``handle.result()`` then returns at once, without another request, when it did.
        ``deployment_name`` routes the execution; ``custom_tracing_attributes``,
        ``force_new_trace`` and ``extensions`` go to the workflow's context as the API says;
        ``task_queue`` is deprecated by the API in favour of ``deployment_name``. The server's
        answer is kept as ``handle.started``.
        """
        flow = self._execute_flow(
            self._options.context(options),
            workflow,
            input,
            execution_id,
            wait_for_result=wait_for_result or None,
            timeout_seconds=timeout_seconds,
            deployment_name=deployment_name,
            custom_tracing_attributes=custom_tracing_attributes,
            force_new_trace=force_new_trace,
            extensions=extensions,
            task_queue=_deprecated_task_queue(task_queue),
        )
        started_id, started = self._run(flow)
        return ExecutionHandle(self, started_id, workflow, started=started)

    # ----- many executions at once (see _batch) ----------------------------------------
    def _run_batch(self, run: BatchRun, max_concurrency: int, raise_on_failure: bool) -> BatchReport:
        return run_batch_sync(run, self._options.api.get_httpx_client(), max_concurrency, raise_on_failure)

    def cancel_many(
        self,
        ids: Iterable[str],
        *,
        chunk_size: int | None = None,
        max_concurrency: int = DEFAULT_BATCH_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Cancel many executions through the batch endpoint; returns a report with every id.

        ``ids`` may be any iterable, a generator included (read lazily; duplicates collapsed).
        Chunks of ``chunk_size`` ids (default: the server's limit of 100; halved when the
        server says a chunk is too large) go out ``max_concurrency`` at a time, each retried
        under the client's retry policy. ``on_progress(done, total_or_None)`` is called as
        chunks finish. ``raise_on_failure`` raises ``BatchError`` unless every id succeeded.
        Ctrl-C waits for the requests in flight, then re-raises with the partial report
        attached (see ``BatchInterrupted``).
        """
        run = self._cancel_run(ids, False, chunk_size, on_progress, options)
        return self._run_batch(run, max_concurrency, raise_on_failure)

    def terminate_many(
        self,
        ids: Iterable[str],
        *,
        chunk_size: int | None = None,
        max_concurrency: int = DEFAULT_BATCH_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Terminate many executions through the batch endpoint (see ``cancel_many``)."""
        run = self._cancel_run(ids, True, chunk_size, on_progress, options)
        return self._run_batch(run, max_concurrency, raise_on_failure)

    def signal_many(
        self,
        ids: Iterable[str],
        name: str,
        input: Any = None,
        *,
        max_concurrency: int = DEFAULT_FAN_OUT_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Send signal ``name`` to many executions, ``max_concurrency`` calls at a time.

        The report maps each id to None (sent) or a ``BatchFailure``; see ``cancel_many``.
        """
        run = self._single_call_run(ids, "signal", name, input, on_progress, options)
        return self._run_batch(run, max_concurrency, raise_on_failure)

    def query_many(
        self,
        ids: Iterable[str],
        name: str,
        input: Any = None,
        *,
        max_concurrency: int = DEFAULT_FAN_OUT_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Run query ``name`` on many executions; ``report.results[id]`` is each answer."""
        run = self._single_call_run(ids, "query", name, input, on_progress, options)
        return self._run_batch(run, max_concurrency, raise_on_failure)

    def update_many(
        self,
        ids: Iterable[str],
        name: str,
        input: Any = None,
        *,
        max_concurrency: int = DEFAULT_FAN_OUT_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Run update ``name`` on many executions; ``report.results[id]`` is each result."""
        run = self._single_call_run(ids, "update", name, input, on_progress, options)
        return self._run_batch(run, max_concurrency, raise_on_failure)

    def close(self) -> None:
        """Close the connections (not those of an ``http_client`` you passed in)."""
        if self._owns_http:
            self._options.api.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncWorkflows(_WorkflowsCore):
    """The asynchronous client: the same calls as ``Workflows``, with ``await``.

    Use it as ``async with AsyncWorkflows() as wf:``, or ``await wf.aclose()``.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        if http_client is not None:
            self._adopt(http_client, base_url)
            self._options.api.set_async_httpx_client(http_client)

    async def _run(self, flow: Flow[Any]) -> Any:
        return await run_async(flow, self._options.api.get_async_httpx_client())

    def _iter(self, flow: Flow[Any]) -> AsyncIterator[Any]:
        return iter_async(flow, self._options.api.get_async_httpx_client())

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other defaults (``extra_headers`` are added to every request of the
        copy), sharing this client's connections."""
        return self._copy_with(timeout, max_retries, extra_headers)

    def execution(self, execution_id: str, *, workflow_name: str | None = None) -> AsyncExecutionHandle:
        """A handle on an existing execution. Sends no request."""
        return AsyncExecutionHandle(self, execution_id, workflow_name)

    async def execute(
        self,
        workflow: str,
        input: Mapping[str, Any] | None = None,
        *,
        execution_id: str | None = None,
        wait_for_result: bool = False,
        timeout_seconds: float | None = None,
        deployment_name: str | None = None,
        custom_tracing_attributes: Mapping[str, str] | None = None,
        force_new_trace: bool | None = None,
        extensions: Mapping[str, Any] | None = None,
        task_queue: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncExecutionHandle:
        """Start an execution of ``workflow`` and return its handle (see ``Workflows.execute``)."""
        flow = self._execute_flow(
            self._options.context(options),
            workflow,
            input,
            execution_id,
            wait_for_result=wait_for_result or None,
            timeout_seconds=timeout_seconds,
            deployment_name=deployment_name,
            custom_tracing_attributes=custom_tracing_attributes,
            force_new_trace=force_new_trace,
            extensions=extensions,
            task_queue=_deprecated_task_queue(task_queue),
        )
        started_id, started = await self._run(flow)
        return AsyncExecutionHandle(self, started_id, workflow, started=started)

    # ----- many executions at once (see _batch) ----------------------------------------
    async def _run_batch(self, run: BatchRun, max_concurrency: int, raise_on_failure: bool) -> BatchReport:
        return await run_batch_async(
            run, self._options.api.get_async_httpx_client(), max_concurrency, raise_on_failure
        )

    async def cancel_many(
        self,
        ids: Iterable[str],
        *,
        chunk_size: int | None = None,
        max_concurrency: int = DEFAULT_BATCH_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Cancel many executions (see ``Workflows.cancel_many``).

        When the task is cancelled, the requests in flight are waited for, then the
        ``CancelledError`` goes on with the partial report attached (see ``BatchInterrupted``).
        """
        run = self._cancel_run(ids, False, chunk_size, on_progress, options)
        return await self._run_batch(run, max_concurrency, raise_on_failure)

    async def terminate_many(
        self,
        ids: Iterable[str],
        *,
        chunk_size: int | None = None,
        max_concurrency: int = DEFAULT_BATCH_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Terminate many executions through the batch endpoint (see ``cancel_many``)."""
        run = self._cancel_run(ids, True, chunk_size, on_progress, options)
        return await self._run_batch(run, max_concurrency, raise_on_failure)

    async def signal_many(
        self,
        ids: Iterable[str],
        name: str,
        input: Any = None,
        *,
        max_concurrency: int = DEFAULT_FAN_OUT_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Send signal ``name`` to many executions, ``max_concurrency`` calls at a time.

        The report maps each id to None (sent) or a ``BatchFailure``; see ``cancel_many``.
        """
        run = self._single_call_run(ids, "signal", name, input, on_progress, options)
        return await self._run_batch(run, max_concurrency, raise_on_failure)

    async def query_many(
        self,
        ids: Iterable[str],
        name: str,
        input: Any = None,
        *,
        max_concurrency: int = DEFAULT_FAN_OUT_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Run query ``name`` on many executions; ``report.results[id]`` is each answer."""
        run = self._single_call_run(ids, "query", name, input, on_progress, options)
        return await self._run_batch(run, max_concurrency, raise_on_failure)

    async def update_many(
        self,
        ids: Iterable[str],
        name: str,
        input: Any = None,
        *,
        max_concurrency: int = DEFAULT_FAN_OUT_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Run update ``name`` on many executions; ``report.results[id]`` is each result."""
        run = self._single_call_run(ids, "update", name, input, on_progress, options)
        return await self._run_batch(run, max_concurrency, raise_on_failure)

    async def aclose(self) -> None:
        """Close the connections (not those of an ``http_client`` you passed in)."""
        if self._owns_http:
            await self._options.api.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
