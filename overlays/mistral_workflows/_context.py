"""What every call runs in: the client's settings, the per-call options, the resolved context.

``ClientSettings`` is what a client shares with its handles (the generated client and the
defaults); ``CallOptions`` are the keyword-only options every method takes; ``CallContext``
is the two resolved for one call. Also the ``JSON`` type of free-form payloads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeAlias, TypedDict, TypeVar

import httpx

from mistral_workflows_api.client import AuthenticatedClient

from ._config import REQUEST_ID_HEADERS, to_timeout

R = TypeVar("R")

#: A free-form JSON value: what executions take as input and give as results.
JSON: TypeAlias = "dict[str, JSON] | list[JSON] | str | int | float | bool | None"


class ResultOptions(TypedDict, total=False):
    """Per-call options of ``result()``, whose ``timeout`` is the whole wait instead."""

    #: Retries after the first attempt (for what is safe to retry).
    max_retries: int
    #: Headers added to the requests of this call.
    extra_headers: Mapping[str, str]


class CallOptions(ResultOptions, total=False):
    """Keyword-only options of every call; each overrides the client's setting for that call."""

    #: Seconds (or an ``httpx.Timeout``) for each HTTP request of the call; None: no limit.
    timeout: float | httpx.Timeout | None


@dataclass(frozen=True, slots=True)
class CallContext:
    """What every call needs besides its own arguments: the client and per-call options."""

    api: AuthenticatedClient
    timeout: httpx.Timeout
    max_retries: int
    extra_headers: Mapping[str, str] | None = None
    #: The httpx client is the caller's: it knows neither our base URL nor our headers, and
    #: must not be told the key for good; each request carries them instead.
    foreign_http: bool = False

    def redact(self, text: str) -> str:
        """``text`` with the API key blanked out, wherever it appears.

        Keys shorter than 8 characters (test keys) are left alone: blanking every "k" of a
        message would destroy it and protect nothing.
        """
        token = self.api.token
        return text.replace(token, "[REDACTED]") if len(token) >= 8 else text


@dataclass(frozen=True)
class ClientSettings:
    """The settings a client shares with its handles: the generated client and the defaults."""

    api: AuthenticatedClient
    timeout: httpx.Timeout
    max_retries: int
    #: The httpx client was passed in by the caller (see ``CallContext.foreign_http``).
    foreign_http: bool = False
    #: Headers added to every request of this client (``with_options(extra_headers=...)``).
    extra_headers: Mapping[str, str] | None = None

    def context(self, options: CallOptions | ResultOptions) -> CallContext:
        """Resolve per-call options against the defaults."""
        if not options:
            return CallContext(
                self.api, self.timeout, self.max_retries, self.extra_headers, self.foreign_http
            )
        given: Mapping[str, Any] = options
        timeout = to_timeout(given["timeout"]) if "timeout" in given else self.timeout
        max_retries = options.get("max_retries", self.max_retries)
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        headers = options.get("extra_headers")
        if self.extra_headers:
            headers = {**self.extra_headers, **(headers or {})}
        return CallContext(self.api, timeout, max_retries, headers, self.foreign_http)

    def evolve(
        self,
        timeout: httpx.Timeout | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ClientSettings:
        return replace(
            self,
            timeout=self.timeout if timeout is None else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            extra_headers={**(self.extra_headers or {}), **extra_headers}
            if extra_headers
            else self.extra_headers,
        )


@dataclass(frozen=True, slots=True)
class QueryResult:
    """The answer to a query: its ``name`` and the workflow's ``result``."""

    name: str
    result: JSON


@dataclass(frozen=True, slots=True)
class UpdateResult:
    """The answer to an update: its ``name`` and what the update returned (``result``)."""

    name: str
    result: JSON


@dataclass(frozen=True)
class RawResponse(Generic[R]):
    """A call's value (``parsed``) with the HTTP responses it got (``with_raw_response``)."""

    #: What the call returns.
    parsed: R
    #: Every HTTP response of the call, in order: retries, pages and follow-up requests included.
    http_responses: tuple[httpx.Response, ...]

    @property
    def http_response(self) -> httpx.Response:
        """The last HTTP response of the call."""
        if not self.http_responses:
            raise LookupError("the call sent no request")
        return self.http_responses[-1]

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's request id of the last response, if it sent one."""
        for name in REQUEST_ID_HEADERS:
            value = self.http_response.headers.get(name)
            if value:
                return str(value)
        return None
