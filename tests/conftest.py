"""Fixtures shared by every test directory.

The async flavour of each client test runs on both event loops anyio supports: a test whose
parameters include "trio" (the third client flavour, beside "sync" and "async") runs on trio,
every other async test on asyncio.
"""

from __future__ import annotations

import pytest

#: The client flavours of a parametrized test: the sync client, the async client on asyncio,
#: the async client on trio.
FLAVOURS = ["sync", "async", "trio"]


@pytest.fixture
def anyio_backend(request: pytest.FixtureRequest) -> str:
    callspec = getattr(request.node, "callspec", None)
    if callspec is not None and "trio" in callspec.params.values():
        return "trio"
    return "asyncio"
