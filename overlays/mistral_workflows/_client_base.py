"""What the sync and async shells share: a client's configuration and a handle's identity.

``ClientBase`` builds and holds the ``ClientSettings`` (the generated client, the defaults),
makes configured copies and plans batch runs; ``StreamPool`` holds the connections of its
event streams, apart from those of its calls; ``HandleBase`` is an execution id bound to
those settings. The shells (``_async_client``, and ``_sync_client`` generated from it) add only
the calls, each a line that runs a flow of ``_calls``.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

import attrs
import httpx

from mistral_workflows_api.client import AuthenticatedClient

from . import _calls as calls
from ._api_client import build_api_client, check_base_url
from ._config import (
    DEFAULT_BATCH_CHUNK_SIZE,
    DEFAULT_LIMITS,
    DEFAULT_STREAM_LIMITS,
    NotGiven,
    default_timeout,
    to_timeout,
)
from ._context import (
    JSON,
    CallContext,
    CallOptions,
    ClientSettings,
    ResultOptions,
    check_headers,
    check_max_retries,
)
from ._payloads import Encoding

if TYPE_CHECKING:
    from ._batch import AsyncExecutionIds, BatchRun
    from ._payloads import PayloadCodec
    from ._report import ProgressCallback

Timeout = float | httpx.Timeout | None


def _with_limits(api: AuthenticatedClient, limits: httpx.Limits) -> AuthenticatedClient:
    """``api`` building its httpx client with ``limits``."""
    return attrs.evolve(api, httpx_args={**api._httpx_args, "limits": limits})


class StreamPool:
    """The connections of a client's event streams: an httpx client of their own.

    A stream holds its connection as long as the execution runs, a call for a few
    milliseconds: in one pool, enough ``result()`` waits would leave no connection to the
    other calls. A stream that has delivered the execution's end reads its body to the end
    and gives the connection back, so that the next stream or ``result()`` wait reuses it
    (``limits.max_keepalive_connections`` of them are kept idle). Built on first use, with
    the generated client's settings (base URL, headers and key, cookies, TLS, redirects) and
    ``limits`` (default ``DEFAULT_STREAM_LIMITS``); closed by the client that owns it.
    """

    def __init__(self, limits: httpx.Limits) -> None:
        self.limits = limits
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        self._async: httpx.AsyncClient | None = None

    def _settings(self, api: AuthenticatedClient) -> dict[str, Any]:
        """What the generated client gives its own httpx client, with our limits."""
        token = f"{api.prefix} {api.token}" if api.prefix else api.token
        return {
            "base_url": api._base_url,
            "cookies": api._cookies,
            "headers": {**api._headers, api.auth_header_name: token},
            "timeout": api._timeout,
            "verify": api._verify_ssl,
            "follow_redirects": api._follow_redirects,
            **api._httpx_args,
            "limits": self.limits,
        }

    def http_sync(self, api: AuthenticatedClient) -> httpx.Client:
        with self._lock:  # a sync client may be shared by threads: build one, once
            if self._sync is None:
                self._sync = httpx.Client(**self._settings(api))
            return self._sync

    def http_async(self, api: AuthenticatedClient) -> httpx.AsyncClient:
        with self._lock:
            if self._async is None:
                self._async = httpx.AsyncClient(**self._settings(api))
            return self._async

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()


class ClientBase:
    """Configuration and client-level plans shared by ``Workflows`` and ``AsyncWorkflows``."""

    _settings: ClientSettings
    #: Serialises the first use of the generated client's lazily built httpx client (and the
    #: stream pool): one per process is enough, the sections are short.
    _first_use = threading.Lock()

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: Timeout | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        limits: httpx.Limits | None = None,
        stream_limits: httpx.Limits | None = None,
        payloads: PayloadCodec | None = None,
    ) -> None:
        check_max_retries(max_retries)
        resolved = default_timeout() if isinstance(timeout, NotGiven) else to_timeout(timeout)
        api = build_api_client(api_key, base_url=base_url, timeout=resolved, default_headers=default_headers)
        self._limits_given = limits is not None or stream_limits is not None
        self._limits = DEFAULT_LIMITS if limits is None else limits
        self._streams = StreamPool(DEFAULT_STREAM_LIMITS if stream_limits is None else stream_limits)
        encoding = None if payloads is None else Encoding(payloads)
        self._settings = ClientSettings(
            _with_limits(api, self._limits), resolved, max_retries, encoding=encoding
        )
        self._owns_http = True

    def _adopt(
        self, http_client: httpx.Client | httpx.AsyncClient, base_url: str | None, timeout: Timeout | NotGiven
    ) -> None:
        """Use the caller's httpx client without changing it: every request carries the
        absolute URL and our headers (the key among them), and ``close()`` leaves it open.
        Without a ``base_url`` of our own, the client's ``base_url`` (if it has one) is the
        API's; without a ``timeout`` of our own, the client's timeout is kept."""
        api = self._settings.api
        if base_url is None and str(http_client.base_url):
            api = attrs.evolve(api, base_url=check_base_url(str(http_client.base_url)))
        if self._limits_given:
            raise ValueError(
                "limits and stream_limits size the client's own connection pools: with "
                "http_client=, set the limits on your httpx client (its streams share it)"
            )
        own_timeout = http_client.timeout if isinstance(timeout, NotGiven) else self._settings.timeout
        self._owns_http = False
        self._settings = self._settings.replace(api=api, timeout=own_timeout, foreign_http=True)

    @property
    def api(self) -> AuthenticatedClient:
        """The generated ``AuthenticatedClient``: pass it as ``client=`` to any generated operation."""
        return self._settings.api

    @property
    def base_url(self) -> str:
        return str(self._settings.api._base_url)

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of each HTTP request."""
        return self._settings.timeout

    @property
    def payloads(self) -> PayloadCodec | None:
        """The payload codec given as ``payloads=`` (None: payloads travel as they are)."""
        encoding = self._settings.encoding
        return None if encoding is None else encoding.codec

    @property
    def max_retries(self) -> int:
        """The default number of retries."""
        return self._settings.max_retries

    @property
    def limits(self) -> httpx.Limits | None:
        """The connection pool of the calls (None: the ``http_client`` passed in has its own)."""
        return None if self._settings.foreign_http else self._limits

    @property
    def stream_limits(self) -> httpx.Limits | None:
        """The connection pool of the event streams, ``result()`` waits included (None: they
        share the ``http_client`` passed in)."""
        return None if self._settings.foreign_http else self._streams.limits

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"

    def _stream_pool_size(self) -> int | None:
        """How many connections the streams may hold at once (None: the caller's client decides)."""
        return None if self._settings.foreign_http else self._streams.limits.max_connections

    def _ctx(self, options: CallOptions | ResultOptions) -> CallContext:
        return self._settings.context(options)

    def _copy_with(
        self,
        timeout: Timeout | NotGiven,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
        api_key: str | None = None,
        base_url: str | None = None,
    ) -> Self:
        """A copy with other settings. It shares this client's connections, unless a new key or
        base URL needs a connection pool of its own (then it owns and closes that one)."""
        if max_retries is not None:
            check_max_retries(max_retries)
        check_headers(extra_headers, "extra_headers")
        clone = copy.copy(self)
        clone._limits_given = False  # the copy's connections are this client's (or http_client=)
        settings = self._settings.evolve(
            None if isinstance(timeout, NotGiven) else to_timeout(timeout), max_retries, extra_headers
        )
        # By default the copy shares the connections: closing it must not close them.
        clone._owns_http = False
        if api_key is not None or base_url is not None:
            old = settings.api
            api = build_api_client(
                api_key if api_key is not None else old.token,
                base_url=base_url if base_url is not None else str(old._base_url),
                timeout=settings.timeout,
                default_headers=old._headers,
            )
            settings = settings.replace(api=api)
            if settings.encoding is not None:
                # Another key may be another namespace: the copy asks for its own.
                settings = settings.replace(encoding=Encoding(settings.encoding.codec))
            if settings.foreign_http:
                # The caller's httpx client goes on serving the copy (requests carry URL and key).
                clone._share_http(self, api)
            else:
                settings = settings.replace(api=_with_limits(api, self._limits))
                clone._streams = StreamPool(self._streams.limits)
                clone._owns_http = True
        clone._settings = settings
        return clone

    def _share_http(self, original: ClientBase, api: AuthenticatedClient) -> None:
        """Make ``api`` use ``original``'s httpx client (each shell knows which flavour)."""
        raise NotImplementedError

    def _cancel_run(
        self,
        ids: AsyncExecutionIds,
        terminate: bool,
        chunk_size: int | None,
        on_progress: ProgressCallback | None,
        options: CallOptions,
    ) -> BatchRun:
        from ._batch import BatchRun, cancel_action  # batch code loads on first use

        return BatchRun(
            cancel_action(terminate),
            ids,
            chunk_size=DEFAULT_BATCH_CHUNK_SIZE if chunk_size is None else chunk_size,
            ctx=self._ctx(options),
            on_progress=on_progress,
        )

    def _single_call_run(
        self,
        ids: AsyncExecutionIds,
        kind: str,
        name: str,
        input: JSON,
        on_progress: ProgressCallback | None,
        options: CallOptions,
    ) -> BatchRun:
        from ._batch import BatchRun, single_call_action  # batch code loads on first use

        return BatchRun(
            single_call_action(kind, name, input),
            ids,
            chunk_size=1,
            ctx=self._ctx(options),
            on_progress=on_progress,
        )


class HandleBase:
    """An execution id bound to a client's settings; making one sends no request."""

    def __init__(
        self,
        settings: ClientSettings,
        execution_id: str,
        workflow_name: str | None = None,
        started: calls.StartResponse | None = None,
    ) -> None:
        self._settings = settings
        self.execution_id = calls.check_execution_id(execution_id)
        #: Known when the handle came from ``execute()``; None for ``execution(id)``.
        self.workflow_name = workflow_name
        #: The server's answer to ``execute()`` (None for ``execution(id)``): the execution's
        #: state, or with ``wait_for_result=True`` and a COMPLETED run, its result.
        self.started = started

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(execution_id={self.execution_id!r}, workflow_name={self.workflow_name!r})"
        )

    def _ctx(self, options: CallOptions | ResultOptions) -> CallContext:
        return self._settings.context(options)


class ScheduleHandleBase:
    """A schedule id bound to a client's settings; making one sends no request."""

    def __init__(self, settings: ClientSettings, schedule_id: str) -> None:
        self._settings = settings
        self.schedule_id = calls.check_identifier(schedule_id, "schedule_id", "schedule id")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(schedule_id={self.schedule_id!r})"

    def _ctx(self, options: CallOptions) -> CallContext:
        return self._settings.context(options)


class DeploymentHandleBase:
    """A deployment name bound to a client's settings; making one sends no request."""

    def __init__(self, settings: ClientSettings, name: str) -> None:
        self._settings = settings
        self.name = calls.check_identifier(name, "name", "deployment name")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"

    def _ctx(self, options: CallOptions) -> CallContext:
        return self._settings.context(options)
