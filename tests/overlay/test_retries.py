"""Retries: what is retried, how long it waits, and that nothing is sent twice unsafely."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from mistral_workflows import (
    APIConnectionError,
    AsyncWorkflows,
    ConflictError,
    InternalServerError,
    RateLimitError,
    Workflows,
)
from mistral_workflows._retry import backoff_delay, retry_after_seconds

from ..support import resolve

Client = Workflows | AsyncWorkflows


def path_count(emulator: Any, method: str, suffix: str) -> int:
    return sum(
        n for (m, p), n in emulator.stats.requests_by_path.items() if m == method and p.endswith(suffix)
    )


@pytest.mark.emulator_only
@pytest.mark.anyio
async def test_idempotent_call_waits_what_retry_after_says(
    any_client: Client, emulator: Any, sleeps: list[float]
) -> None:
    handle = await resolve(any_client.execute("countdown", input={"n": 1}))
    emulator.options.fail_status = 429
    emulator.options.retry_after = 3
    emulator.options.fail_first = 2
    execution = await resolve(handle.get())
    assert execution.execution_id == handle.execution_id
    assert sleeps == [3.0, 3.0]


@pytest.mark.emulator_only
@pytest.mark.anyio
async def test_idempotent_call_survives_503s(any_client: Client, emulator: Any, sleeps: list[float]) -> None:
    handle = await resolve(any_client.execute("countdown", input={"n": 1}))
    emulator.options.fail_status = 503
    emulator.options.fail_first = 2
    before = path_count(emulator, "GET", handle.execution_id)
    await resolve(handle.get())
    assert path_count(emulator, "GET", handle.execution_id) - before == 3
    assert len(sleeps) == 2


@pytest.mark.emulator_only
def test_gives_up_after_max_retries(emulator: Any, sleeps: list[float]) -> None:
    with Workflows(api_key="k", base_url=emulator.base_url, max_retries=2) as wf:
        handle = wf.execute("countdown", input={"n": 1})
        emulator.options.fail_status = 429
        emulator.options.retry_after = 1
        emulator.options.fail_first = 3
        with pytest.raises(RateLimitError) as caught:
            handle.get()
    assert caught.value.retry_after == 1.0
    assert len(sleeps) == 2


@pytest.mark.emulator_only
def test_max_retries_zero_sends_once(emulator: Any, sleeps: list[float]) -> None:
    with Workflows(api_key="k", base_url=emulator.base_url) as wf:
        handle = wf.execute("countdown", input={"n": 1})
        emulator.options.fail_status = 503
        emulator.options.fail_first = 1
        with pytest.raises(InternalServerError):
            handle.get(max_retries=0)
    assert sleeps == []


@pytest.mark.emulator_only
@pytest.mark.parametrize("method", ["signal", "update"])
def test_non_idempotent_calls_are_not_resent_after_an_error_status(
    emulator: Any, sleeps: list[float], method: str
) -> None:
    with Workflows(api_key="k", base_url=emulator.base_url) as wf:
        handle = wf.execute("counter")
        suffix = "/signals" if method == "signal" else "/updates"
        before = path_count(emulator, "POST", suffix)
        emulator.options.fail_status = 503
        emulator.options.fail_first = 1
        with pytest.raises(InternalServerError):
            getattr(handle, method)("increment" if method == "update" else "finish", {"by": 1})
        assert path_count(emulator, "POST", suffix) - before == 1
        handle.terminate()
    assert sleeps == []


@pytest.mark.emulator_only
def test_reset_is_not_resent_after_an_error_status(emulator: Any, sleeps: list[float]) -> None:
    with Workflows(api_key="k", base_url=emulator.base_url) as wf:
        handle = wf.execute("countdown", input={"n": 1})
        handle.result(timeout=30)
        before = path_count(emulator, "POST", "/reset")
        emulator.options.fail_status = 503
        emulator.options.fail_first = 1
        with pytest.raises(InternalServerError):
            handle.reset(1)
        assert path_count(emulator, "POST", "/reset") - before == 1


class _Flaky(httpx.BaseTransport):
    """Forwards to the real server, but fails the chosen attempts of requests whose path ends so."""

    def __init__(self, suffix: str, *, lose_answer: set[int], refuse: set[int]) -> None:
        self._real = httpx.HTTPTransport()
        self._suffix = suffix
        self._lose_answer = lose_answer
        self._refuse = refuse
        self.attempts = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith(self._suffix):
            return self._real.handle_request(request)
        self.attempts += 1
        if self.attempts in self._refuse:
            raise httpx.ConnectError("connection refused", request=request)
        response = self._real.handle_request(request)
        if self.attempts in self._lose_answer:
            response.read()
            raise httpx.ReadError("connection dropped before the answer arrived", request=request)
        return response

    def close(self) -> None:
        self._real.close()


@pytest.mark.emulator_only
def test_execute_retried_after_a_lost_answer_creates_exactly_one_execution(
    emulator: Any, sleeps: list[float]
) -> None:
    transport = _Flaky("/execute", lose_answer={1}, refuse=set())
    created = emulator.stats.executions_created
    with (
        httpx.Client(base_url=emulator.base_url, transport=transport) as http,
        Workflows(api_key="k", base_url=emulator.base_url, http_client=http) as wf,
    ):
        handle = wf.execute("countdown", input={"n": 1})
        assert transport.attempts == 2
        assert emulator.stats.executions_created - created == 1
        assert handle.get().execution_id == handle.execution_id
        assert handle.result(timeout=30) == {"counted": 1}
    assert len(sleeps) == 1


@pytest.mark.emulator_only
def test_non_idempotent_call_is_retried_when_it_surely_never_left(emulator: Any, sleeps: list[float]) -> None:
    transport = _Flaky("/signals", lose_answer=set(), refuse={1})
    with (
        httpx.Client(base_url=emulator.base_url, transport=transport) as http,
        Workflows(api_key="k", base_url=emulator.base_url, http_client=http) as wf,
    ):
        handle = wf.execute("approval")
        handle.signal("approve", {"by": "retry"})
        assert transport.attempts == 2
        result = handle.result(timeout=30)
        assert isinstance(result, dict) and result["by"] == "retry"


@pytest.mark.emulator_only
def test_non_idempotent_call_is_not_retried_when_the_answer_was_lost(
    emulator: Any, sleeps: list[float]
) -> None:
    transport = _Flaky("/signals", lose_answer={1}, refuse=set())
    with (
        httpx.Client(base_url=emulator.base_url, transport=transport) as http,
        Workflows(api_key="k", base_url=emulator.base_url, http_client=http) as wf,
    ):
        handle = wf.execute("approval")
        with pytest.raises(APIConnectionError):
            handle.signal("approve", {"by": "once"})
        assert transport.attempts == 1
        result = handle.result(timeout=30)
        assert isinstance(result, dict) and result["by"] == "once"


def test_backoff_grows_and_is_capped() -> None:
    delays = [backoff_delay(n) for n in range(12)]
    assert 0.375 <= delays[0] <= 0.5
    assert 0.75 <= delays[1] <= 1.0
    assert all(d <= 8.0 for d in delays)
    assert delays[-1] >= 6.0


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("3", 3.0),
        ("0.5", 0.5),
        ("-4", 0.0),
        ("100000", 60.0),
        ("Wed, 21 Oct 2015 07:28:10 GMT", 10.0),
        ("soon", None),
        ("nan", None),
    ],
)
def test_retry_after_forms(header: str, expected: float | None) -> None:
    now = 1445412480.0  # 2015-10-21 07:28:00 UTC
    assert retry_after_seconds(httpx.Headers({"Retry-After": header}), now=now) == expected
    assert retry_after_seconds(httpx.Headers({})) is None


@pytest.mark.emulator_only
@pytest.mark.parametrize(("action", "status"), [("terminate", "TERMINATED"), ("cancel", "CANCELED")])
def test_a_stop_whose_answer_was_lost_succeeds_on_retry(
    emulator: Any, sleeps: list[float], action: str, status: str
) -> None:
    transport = _Flaky(f"/{action}", lose_answer={1}, refuse=set())
    with (
        httpx.Client(base_url=emulator.base_url, transport=transport) as http,
        Workflows(api_key="k", base_url=emulator.base_url, http_client=http) as wf,
    ):
        handle = wf.execute("forever")
        getattr(handle, action)()
        assert transport.attempts == 2
        with pytest.raises(Exception) as caught:
            handle.result(timeout=30)
        assert getattr(caught.value, "status", None) == status


@pytest.mark.emulator_only
def test_a_stop_conflicting_with_another_ending_still_raises(emulator: Any, sleeps: list[float]) -> None:
    with Workflows(api_key="k", base_url=emulator.base_url) as wf:
        handle = wf.execute("countdown", input={"n": 1})
        handle.result(timeout=30)
        with pytest.raises(ConflictError):
            handle.terminate()
