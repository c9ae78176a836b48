"""Every default of the client, in one place, in seconds."""

from __future__ import annotations

import httpx

DEFAULT_BASE_URL = "https://api.mistral.ai"
API_KEY_ENV = "MISTRAL_API_KEY"

#: Whole-request timeout (read, write, pool), in seconds.
DEFAULT_TIMEOUT = 60.0
#: Time allowed to open a connection, in seconds.
DEFAULT_CONNECT_TIMEOUT = 5.0


def default_timeout() -> httpx.Timeout:
    """The timeout used when the caller gives none (the generated client has none at all)."""
    return httpx.Timeout(DEFAULT_TIMEOUT, connect=DEFAULT_CONNECT_TIMEOUT)
