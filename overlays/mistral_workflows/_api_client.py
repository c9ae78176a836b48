"""Build the generated ``AuthenticatedClient`` with sane defaults."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

import httpx

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
from ._context import check_headers
from ._exceptions import InvalidAPIKeyError, MissingAPIKeyError
from ._version import __version__

#: Who is calling, on every request: the package, Python and httpx versions.
_PYTHON = ".".join(map(str, sys.version_info[:3]))  # platform.python_version(), without importing platform
USER_AGENT = f"mistral-workflows/{__version__} python/{_PYTHON} httpx/{httpx.__version__}"


class _RedactingClient(AuthenticatedClient):
    """The generated client, with a ``repr`` that never shows the API key.

    A plain subclass: it adds no field, so it keeps the attrs methods it inherits (``__init__``,
    equality, ``attrs.evolve``, pickling) rather than having attrs build them again (about a
    millisecond at import).
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"AuthenticatedClient(base_url={self._base_url!r}, token='[REDACTED]')"


def check_api_key(key: object) -> str:
    """The key to send: stripped of surrounding whitespace, and only printable ASCII.

    Raises ``MissingAPIKeyError`` when there is none (or only whitespace), ``InvalidAPIKeyError``
    when it holds anything else than visible ASCII (its message says where, never what), and
    ``TypeError`` when it is not a string.
    """
    if key is None:
        raise MissingAPIKeyError(f"no API key: pass api_key= or set the {API_KEY_ENV} environment variable")
    if not isinstance(key, str):
        raise TypeError(f"api_key must be a string, not {type(key).__name__}")
    key = key.strip()
    if not key:
        raise MissingAPIKeyError(
            f"the API key is empty or blank: pass api_key= or set the {API_KEY_ENV} environment variable"
        )
    bad = [index for index, char in enumerate(key) if not "!" <= char <= "~"]
    if bad:
        where = ", ".join(str(index) for index in bad[:5]) + (", ..." if len(bad) > 5 else "")
        raise InvalidAPIKeyError(
            f"the API key is not usable: it may hold only printable ASCII characters, without "
            f"spaces, but {len(bad)} character(s) of it (at position {where}) are not; check "
            f"api_key= or {API_KEY_ENV}"
        )
    return key


def check_base_url(url: str) -> str:
    """``url`` without its trailing slash, once known to be an absolute http(s) URL."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"base_url {url!r} is not a valid URL: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"base_url must be an absolute http:// or https:// URL, not {url!r}")
    if "?" in url or "#" in url:
        # Each call appends its path to the base URL: it would land in the query or fragment.
        raise ValueError(f"base_url may not have a query (?) or fragment (#): {url!r}")
    return url.rstrip("/")


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

    Whitespace around the key (a key read from a file ends with a newline) is stripped; a key
    with any other character that is not printable ASCII is refused (``InvalidAPIKeyError``,
    whose message does not show the key), as is a base URL that is not absolute http(s).
    """
    key = check_api_key(api_key if api_key is not None else os.environ.get(API_KEY_ENV))
    if base_url is not None and not isinstance(base_url, str):
        raise TypeError(f"base_url must be a string, not {type(base_url).__name__}")
    url = check_base_url(base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL)
    headers = {"User-Agent": USER_AGENT}
    headers.update(check_headers(default_headers, "default_headers") or {})
    return _RedactingClient(
        base_url=url,
        token=key,
        timeout=default_timeout() if isinstance(timeout, NotGiven) else to_timeout(timeout),
        headers=headers,
        follow_redirects=True,
    )
