"""What a query, an update and ``with_raw_response`` return: ``QueryResult``, ``UpdateResult``,
``RawResponse``.

Imported on first use, not with the package: building these dataclasses is most of this
module's import, and a program that never queries, updates or asks for raw responses does
not pay for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

from ._config import REQUEST_ID_HEADERS
from ._context import JSON

R = TypeVar("R")


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


# The package exports these from its own namespace and names them so (tracebacks and reprs say
# ``mistral_workflows.Name``); it loads this module on first use, after renaming the classes
# it imports eagerly, so they are named here, as they are made.
for _exported in (QueryResult, UpdateResult, RawResponse):
    _exported.__module__ = "mistral_workflows"
del _exported
