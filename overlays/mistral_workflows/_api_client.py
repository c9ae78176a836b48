"""Build the generated ``AuthenticatedClient`` with sane defaults."""

from __future__ import annotations

import os

import httpx

from mistral_workflows_api.client import AuthenticatedClient

from ._config import API_KEY_ENV, DEFAULT_BASE_URL, default_timeout


def build_api_client(
    api_key: str | None = None,
    *,
    base_url: str = DEFAULT_BASE_URL,
    timeout: float | httpx.Timeout | None = None,
) -> AuthenticatedClient:
    """Return the generated ``AuthenticatedClient``, ready to pass as ``client=`` to any operation.

    The key comes from ``api_key`` or the ``MISTRAL_API_KEY`` environment variable. Unlike
    the bare generated client, which waits forever, it always has a finite timeout:
    ``timeout`` seconds, or the defaults of ``mistral_workflows._config`` when not given.
    """
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not key:
        raise ValueError(f"no API key: pass api_key= or set {API_KEY_ENV}")
    if timeout is None:
        resolved = default_timeout()
    elif isinstance(timeout, httpx.Timeout):
        resolved = timeout
    else:
        resolved = httpx.Timeout(timeout)
    return AuthenticatedClient(base_url=base_url, token=key, timeout=resolved)
