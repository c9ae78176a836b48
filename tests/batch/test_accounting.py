"""Every id accounted for, against a mock server: missing and unasked-for answers, failing
chunks, answers off the spec, chunks too large, duplicates, laziness, progress."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from mistral_workflows import BatchFailure
from mistral_workflows._config import BATCH_STOP_POLL, INITIAL_RETRY_DELAY

from ..support import resolve
from ._support import FakeBatchServer, mock_client


def ids_of(n: int, prefix: str = "ex") -> list[str]:
    return [f"{prefix}-{i}" for i in range(n)]


@pytest.mark.anyio
async def test_an_id_missing_from_the_answer_is_failed_and_an_unasked_one_ignored(flavour: str) -> None:
    server = FakeBatchServer(omit=frozenset({"ex-3"}), extra="never-asked", unknown=frozenset({"ex-5"}))
    async with mock_client(flavour, server) as wf:
        report = await resolve(wf.cancel_many(ids_of(8)))
    assert list(report.results) == ids_of(8)
    assert report.failed == {
        "ex-3": BatchFailure("no result returned"),
        "ex-5": BatchFailure("execution not found", server_status="failure"),
    }
    assert "never-asked" not in report.results
    assert len(report.succeeded) == 6


@pytest.mark.anyio
async def test_a_chunk_failing_after_its_retries_fails_only_its_own_ids(
    flavour: str, sleeps: list[float]
) -> None:
    server = FakeBatchServer(unavailable=frozenset({"ex-4"}))
    async with mock_client(flavour, server, max_retries=2) as wf:
        report = await resolve(wf.terminate_many(ids_of(9), chunk_size=3))
    assert list(report.results) == ids_of(9)
    assert set(report.failed) == {"ex-3", "ex-4", "ex-5"}
    failure = report.failed["ex-4"]
    assert failure.status_code == 503 and "service unavailable" in failure.message
    assert failure.error is not None and report.failed["ex-3"].error is failure.error
    assert report.succeeded == ["ex-0", "ex-1", "ex-2", "ex-6", "ex-7", "ex-8"]
    assert sum(1 for ids in server.requests if "ex-4" in ids) == 3  # the first attempt + 2 retries
    # Two backoff waits (cut into slices so an interruption is noticed), as the retry policy says.
    first_two = INITIAL_RETRY_DELAY * (1 + 2)
    assert 0.75 * first_two <= sum(sleeps) <= first_two
    assert max(sleeps) <= BATCH_STOP_POLL


@pytest.mark.anyio
async def test_an_answer_off_the_spec_fails_the_ids_of_its_request(flavour: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        ids = json.loads(request.content)["execution_ids"]
        if "ex-0" in ids:
            return httpx.Response(200, json={"results": {"ex-0": {"error": "no status"}}})
        return httpx.Response(200, json={"results": {i: {"status": "success"} for i in ids}})

    async with mock_client(flavour, handler) as wf:
        report = await resolve(wf.cancel_many(ids_of(4), chunk_size=2))
    assert set(report.failed) == {"ex-0", "ex-1"}
    assert "does not match the spec" in report.failed["ex-1"].message
    assert report.succeeded == ["ex-2", "ex-3"]


@pytest.mark.anyio
async def test_chunks_refused_as_too_large_are_halved_until_they_fit(flavour: str) -> None:
    server = FakeBatchServer(cap=30)
    async with mock_client(flavour, server) as wf:
        report = await resolve(wf.cancel_many(ids_of(1000), max_concurrency=2))
    assert report.ok and list(report.results) == ids_of(1000)
    sizes = [len(ids) for ids in server.requests]
    refused = [size for size in sizes if size > 30]
    assert sorted(server.answered) == sorted(ids_of(1000))
    # 100 is refused, and so are its halves (50), and theirs (25 fits)...
    assert set(refused) <= {100, 50} and len(refused) <= 2 + 4 + 4
    # ...after which new chunks are sized to what fitted, not halved further.
    assert max(sizes[-10:]) == 25


@pytest.mark.anyio
async def test_a_422_that_is_not_about_size_fails_the_chunk_without_splitting(flavour: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        detail = [{"loc": ["body", "execution_ids", 0], "msg": "Input should be a valid string", "type": "x"}]
        return httpx.Response(422, json={"detail": detail})

    async with mock_client(flavour, handler) as wf:
        report = await resolve(wf.cancel_many(ids_of(5)))
    assert set(report.failed) == set(ids_of(5))
    assert report.failed["ex-0"].status_code == 422


@pytest.mark.anyio
async def test_a_generator_with_duplicates_is_read_lazily_and_collapsed_in_order(flavour: str) -> None:
    pulled: list[str] = []
    pulled_at_requests: list[int] = []

    def ids() -> Iterator[str]:
        for i in range(300):
            for execution_id in (f"ex-{i}", f"ex-{i // 2}"):
                pulled.append(execution_id)
                yield execution_id

    server = FakeBatchServer(on_request=lambda _: pulled_at_requests.append(len(pulled)))
    progress: list[tuple[int, int | None]] = []
    async with mock_client(flavour, server) as wf:
        report = await resolve(
            wf.cancel_many(ids(), chunk_size=10, max_concurrency=2, on_progress=lambda *a: progress.append(a))
        )
    assert list(report.results) == ids_of(300)
    assert report.duplicates == 300
    assert report.ok
    # No more than two chunks' worth of new ids (each pulled with its duplicate) ahead of the server.
    assert pulled_at_requests[0] <= 2 * 10 * 2 + 2
    assert progress[-1] == (600, None)
    assert all(total is None for _, total in progress)


@pytest.mark.anyio
async def test_a_sized_input_reports_its_length_as_the_total(flavour: str) -> None:
    progress: list[tuple[int, int | None]] = []
    async with mock_client(flavour, FakeBatchServer()) as wf:
        await resolve(wf.cancel_many(("a", "b", "a"), on_progress=lambda *a: progress.append(a)))
    assert progress == [(3, 3)]


@pytest.mark.anyio
async def test_arguments_are_checked(flavour: str) -> None:
    async with mock_client(flavour, FakeBatchServer()) as wf:
        with pytest.raises(ValueError, match="chunk_size"):
            await resolve(wf.cancel_many(["a"], chunk_size=0))
        with pytest.raises(ValueError, match="max_concurrency"):
            await resolve(wf.cancel_many(["a"], max_concurrency=0))
        with pytest.raises(TypeError, match="not a single string"):
            await resolve(wf.cancel_many("abc"))
        with pytest.raises(TypeError, match="must be strings"):
            await resolve(wf.cancel_many(["a", 7]))  # type: ignore[list-item]
