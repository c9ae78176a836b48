"""Build the generated ``AuthenticatedClient`` with sane defaults."""

from __future__ import annotations

import os
import platform
from collections.abc import Mapping

import httpx
from attrs import define

from mistral_workflows_api.client import AuthenticatedClient

from ._config import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    NOT_GIVEN,
    NotGiven,
    default_timeout,
    to_timeout,
)
from ._exceptions import MissingAPIKeyError
from ._version import __version__

#: Who is calling, on every request: the package, Python and httpx versions.
USER_AGENT = f"mistral-workflows/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"


@define(repr=False)
class _RedactingClient(AuthenticatedClient):
    """The generated client, with a ``repr`` that never shows the API key."""

    def __repr__(self) -> str:
        return f"AuthenticatedClient(base_url={self._base_url!r}, token='[REDACTED]')"


def build_api_client(
    api_key: str | None = None,
    *,
    base_url: str | None = None,
    timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    default_headers: Mapping[str, str] | None = None,
) -> AuthenticatedClient:
    """Return the generated ``AuthenticatedClient``, ready to pass as ``client=`` to any operation.

    The key comes from ``api_key`` or the ``MISTRAL_API_KEY`` environment variable, the base
    URL from ``base_url``, else ``MISTRAL_BASE_URL``, else ``https://api.mistral.ai``; its
    ``repr`` never shows the key. Unlike the bare generated client, which waits forever, it
    has a finite timeout unless told otherwise: ``timeout`` seconds (or an ``httpx.Timeout``;
    None for no limit), by default 60 s with 5 s to connect. Every request says who is calling
    (``User-Agent``, unless ``default_headers`` has one). Redirects are followed; httpx drops
    the key when one leaves the API's host.
    """
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not key:
        raise MissingAPIKeyError(f"no API key: pass api_key= or set the {API_KEY_ENV} environment variable")
    url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    headers = {"User-Agent": USER_AGENT}
    headers.update(default_headers or {})
    return _RedactingClient(
        base_url=url.rstrip("/"),
        token=key,
        timeout=default_timeout() if isinstance(timeout, NotGiven) else to_timeout(timeout),
        headers=headers,
        follow_redirects=True,
    )
