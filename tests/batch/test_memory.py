"""100,000 ids from a generator: what the call holds besides the report does not grow with
the input (tracemalloc, against a mock server)."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Iterator

import httpx
import pytest

from ..support import resolve
from ._support import mock_client

N = 100_000


def answer_all(request: httpx.Request) -> httpx.Response:
    ids = json.loads(request.content)["execution_ids"]
    return httpx.Response(200, json={"results": {i: {"status": "success", "error": None} for i in ids}})


def ids() -> Iterator[str]:
    return (f"execution-{i:08d}" for i in range(N))


@pytest.mark.slow
@pytest.mark.anyio
async def test_100000_ids_from_a_generator_keep_memory_flat(flavour: str) -> None:
    async with mock_client(flavour, answer_all) as wf:
        await resolve(wf.cancel_many(["warm-up"]))  # lazy imports, connection pool
        tracemalloc.start()
        try:
            report = await resolve(wf.cancel_many(ids()))
            retained, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert report.ok and len(report) == N and next(iter(report.results)) == "execution-00000000"
    # The report itself: the id strings and one dict entry each (successes share None).
    assert retained / N < 160
    # Besides the report, only the chunks in flight (8 x 100 ids): a few hundred kB, whatever
    # N is. Materialising the input's requests or per-id answer objects would take tens of MB.
    assert peak - retained < 3_000_000
