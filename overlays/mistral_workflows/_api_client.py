"""Build the generated ``AuthenticatedClient`` with sane defaults."""

from __future__ import annotations

import os
from collections.abc import Mapping

import httpx
from attrs import define

from mistral_workflows_api.client import AuthenticatedClient

from ._config import API_KEY_ENV, DEFAULT_BASE_URL, NOT_GIVEN, NotGiven, default_timeout, to_timeout


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

    The key comes from ``api_key`` or the ``MISTRAL_API_KEY`` environment variable; its
    ``repr`` never shows it. Unlike the bare generated client, which waits forever, it has a
    finite timeout unless told otherwise: ``timeout`` seconds (or an ``httpx.Timeout``; None
    for no limit), by default 60 s with 5 s to connect. Redirects are followed; httpx drops
    the key when one leaves the API's host.
    """
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not key:
        raise ValueError(f"no API key: pass api_key= or set the {API_KEY_ENV} environment variable")
    return _RedactingClient(
        base_url=(base_url or DEFAULT_BASE_URL).rstrip("/"),
        token=key,
        timeout=default_timeout() if isinstance(timeout, NotGiven) else to_timeout(timeout),
        headers=dict(default_headers or {}),
        follow_redirects=True,
    )
