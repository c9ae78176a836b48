"""Batch calls under stress: a second Ctrl-C keeps the partial report, concurrency is capped
and threads are started only as needed, failures say when their outcome is unknown."""

from __future__ import annotations

import json
import pickle
import signal
import threading
import time
from typing import Any

import httpx
import pytest

from mistral_workflows import BatchFailure, BatchInterrupted, Workflows
from mistral_workflows._config import MAX_BATCH_CONCURRENCY

from ..support import resolve, wait_until
from ._support import API_KEY, MOCK_URL, mock_client

pytestmark = pytest.mark.anyio


def _ctrl_c() -> None:
    """What pressing Ctrl-C does: SIGINT to the main thread."""
    signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)


def _batch_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("mistral-batch-")]


@pytest.fixture
def default_sigint() -> None:
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        pytest.skip("SIGINT does not raise KeyboardInterrupt here")


def test_a_second_ctrl_c_while_waiting_keeps_the_partial_report(default_sigint: None) -> None:
    """The first Ctrl-C waits for the requests in flight; a second one stops waiting, and the
    KeyboardInterrupt still carries the report, the ids in flight marked outcome unknown."""
    release = threading.Event()
    in_flight: list[list[str]] = []
    lock = threading.Lock()

    def slow(request: httpx.Request) -> httpx.Response:
        ids = json.loads(request.content)["execution_ids"]
        with lock:
            in_flight.append(ids)
            first = len(in_flight) == 1
        if first:
            _ctrl_c()  # the first Ctrl-C, while this request is in flight
            threading.Timer(0.3, _ctrl_c).start()  # the second, while the call waits for it
        release.wait(10)
        return httpx.Response(200, json={"results": {i: {"status": "success", "error": None} for i in ids}})

    ids = [f"ex-{i}" for i in range(40)]
    http = httpx.Client(base_url=MOCK_URL, transport=httpx.MockTransport(slow))
    wf = Workflows(api_key=API_KEY, http_client=http)
    started = time.monotonic()
    try:
        with pytest.raises(KeyboardInterrupt) as caught:
            wf.cancel_many(ids, chunk_size=5, max_concurrency=2)
        elapsed = time.monotonic() - started
    finally:
        release.set()
    assert elapsed < 5, "the second Ctrl-C did not stop the wait"
    cause = caught.value.__cause__
    assert isinstance(cause, BatchInterrupted)
    report = cause.report
    assert not report.complete and not report.ok
    sent = [i for job in in_flight for i in job]
    assert set(ids[:5]) <= set(sent)
    assert set(sent) <= set(report.results)  # every id sent is reported, with an unknown outcome
    assert set(report.failed) == set(report.results)
    for failure in report.failed.values():
        assert failure.outcome_unknown is True
        assert "in flight" in failure.message
    assert set(report.not_sent).isdisjoint(sent)
    assert any("mistral_workflows:" in note for note in getattr(caught.value, "__notes__", []))
    wait_until(lambda: not _batch_threads(), message="the batch threads to end once released")
    http.close()


def test_a_single_ctrl_c_still_waits_for_the_requests_in_flight(default_sigint: None) -> None:
    def interrupting(request: httpx.Request) -> httpx.Response:
        ids = json.loads(request.content)["execution_ids"]
        if "ex-0" in ids:
            _ctrl_c()
            time.sleep(0.2)  # the call waits for this answer
        return httpx.Response(200, json={"results": {i: {"status": "success", "error": None} for i in ids}})

    http = httpx.Client(base_url=MOCK_URL, transport=httpx.MockTransport(interrupting))
    with Workflows(api_key=API_KEY, http_client=http) as wf, pytest.raises(KeyboardInterrupt) as caught:
        wf.cancel_many([f"ex-{i}" for i in range(20)], chunk_size=5, max_concurrency=1)
    http.close()
    cause = caught.value.__cause__
    assert isinstance(cause, BatchInterrupted)
    assert cause.report.results == {f"ex-{i}": None for i in range(5)}


@pytest.mark.parametrize("max_concurrency", [0, -1, MAX_BATCH_CONCURRENCY + 1, 20_000])
async def test_max_concurrency_out_of_range_is_refused(flavour: str, max_concurrency: int) -> None:
    def never(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent")

    async with mock_client(flavour, never) as wf:
        with pytest.raises(ValueError, match="max_concurrency"):
            await resolve(wf.cancel_many(["a"], max_concurrency=max_concurrency))
        with pytest.raises(ValueError, match="max_concurrency"):
            await resolve(wf.signal_many(["a"], "s", max_concurrency=max_concurrency))


@pytest.mark.parametrize("max_concurrency", [2.5, "8", True])
async def test_max_concurrency_must_be_an_int(flavour: str, max_concurrency: Any) -> None:
    async with mock_client(flavour, lambda r: httpx.Response(500)) as wf:
        with pytest.raises(TypeError, match="max_concurrency"):
            await resolve(wf.cancel_many(["a"], max_concurrency=max_concurrency))


def test_one_id_takes_one_thread() -> None:
    seen: list[list[str]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(_batch_threads())
        return httpx.Response(202, json={"message": "Signal accepted"})

    http = httpx.Client(base_url=MOCK_URL, transport=httpx.MockTransport(answer))
    with Workflows(api_key=API_KEY, http_client=http) as wf:
        report = wf.signal_many(["only"], "s", max_concurrency=MAX_BATCH_CONCURRENCY)
    http.close()
    assert report.ok
    assert seen == [["mistral-batch-0"]]


async def test_a_signal_name_that_is_not_a_string_is_a_type_error(flavour: str) -> None:
    async with mock_client(flavour, lambda r: httpx.Response(500)) as wf:
        with pytest.raises(TypeError, match="name"):
            await resolve(wf.signal_many(["a"], 7))  # type: ignore[arg-type]


def test_a_batch_failure_keeps_its_unknown_outcome_through_pickling() -> None:
    failure = BatchFailure("lost", outcome_unknown=True)
    assert pickle.loads(pickle.dumps(failure)).outcome_unknown is True
    assert BatchFailure("x").outcome_unknown is False


async def test_a_chunk_whose_answer_was_lost_says_so(flavour: str, sleeps: list[float]) -> None:
    def lost(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("cut", request=request)

    async with mock_client(flavour, lost, max_retries=1) as wf:
        report = await resolve(wf.cancel_many(["a", "b"]))
    assert {i: f.outcome_unknown for i, f in report.failed.items()} == {"a": True, "b": True}
