"""execute() starts an execution exactly once, and says how to find it when it cannot tell.

A retried start whose 409 says the id is taken resolves to that execution only when it is
provably the one an earlier attempt started (same workflow, started at or after the first
attempt); an unknown outcome carries the id and the way back to it.
"""

from __future__ import annotations

import contextlib
import email.utils
import json
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from mistral_workflows import (
    APIConnectionError,
    APITimeoutError,
    AsyncWorkflows,
    ConflictError,
    InternalServerError,
    RateLimitError,
    Workflows,
)
from mistral_workflows_emulator import RunningEmulator

from ..support import resolve

pytestmark = pytest.mark.anyio

BASE = "http://start.test"
Client = Workflows | AsyncWorkflows


def iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class StartServer:
    """Starts executions like the API (a 409 for a taken id), with one fault per start attempt.

    Faults: "429" (refused, Retry-After), "503" (no Retry-After), "connect" (never arrives),
    "cut" / "timeout" (arrives, is carried out, the answer is lost), "502" (carried out, then a
    gateway error). ``clock`` shifts the server's clock (its start times and ``Date``).
    """

    def __init__(self, faults: list[str], *, clock: float = 0.0, send_date: bool = False) -> None:
        self.faults = list(faults)
        self.clock = clock
        self.send_date = send_date
        self.executions: dict[str, dict[str, Any]] = {}
        self.created = 0
        self.requests: list[str] = []

    def now(self) -> float:
        return time.time() + self.clock

    def add(self, execution_id: str, workflow: str, started: float) -> None:
        self.executions[execution_id] = {
            "workflow_name": workflow,
            "execution_id": execution_id,
            "root_execution_id": execution_id,
            "status": "RUNNING",
            "start_time": iso(started),
            "end_time": None,
            "result": None,
        }

    def answer(self, status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
        headers = dict(headers or {})
        if self.send_date:
            headers["Date"] = email.utils.formatdate(self.now(), usegmt=True)
        return httpx.Response(status, json=body, headers=headers)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/execute"):
            self.requests.append("execute")
            execution_id = json.loads(request.content)["execution_id"]
            workflow = path.split("/")[-2]
            fault = self.faults.pop(0) if self.faults else None
            if fault == "429":
                return self.answer(429, {"detail": "slow down"}, {"Retry-After": "1"})
            if fault == "503":
                return self.answer(503, {"detail": "unavailable"})
            if fault == "connect":
                raise httpx.ConnectError("refused", request=request)
            if execution_id in self.executions:
                if fault in ("cut", "timeout"):
                    raise httpx.ReadError("cut", request=request)
                return self.answer(409, {"detail": f"execution {execution_id} already exists"})
            self.add(execution_id, workflow, self.now())
            self.created += 1
            if fault == "cut":
                raise httpx.ReadError("connection cut before the answer", request=request)
            if fault == "timeout":
                raise httpx.ReadTimeout("no answer in time", request=request)
            if fault == "502":
                return self.answer(502, {"detail": "bad gateway"})
            return self.answer(200, self.executions[execution_id])
        self.requests.append("get")
        execution_id = path.rsplit("/", 1)[-1]
        if execution_id in self.executions:
            return self.answer(200, self.executions[execution_id])
        return self.answer(404, {"detail": "no such execution"})


@contextlib.asynccontextmanager
async def client_of(flavour: str, server: StartServer, **settings: Any) -> AsyncIterator[Client]:
    transport = httpx.MockTransport(server)
    if flavour == "sync":
        with httpx.Client(base_url=BASE, transport=transport) as http:
            yield Workflows(api_key="start-test-key", http_client=http, **settings)
    else:
        async with httpx.AsyncClient(base_url=BASE, transport=transport) as ahttp:
            yield AsyncWorkflows(api_key="start-test-key", http_client=ahttp, **settings)


# ----- a taken id ------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["503", "cut", "429", "connect"])
@pytest.mark.parametrize("age", [3600.0, 0.002])
async def test_a_retry_refused_for_someone_elses_execution_raises_conflict(
    flavour: str, sleeps: list[float], fault: str, age: float
) -> None:
    server = StartServer([fault])
    server.add("taken", "countdown", time.time() - age)
    async with client_of(flavour, server) as wf:
        with pytest.raises(ConflictError) as caught:
            await resolve(wf.execute("countdown", {"n": 1}, execution_id="taken"))
    assert server.created == 0
    assert caught.value.execution_id == "taken"
    assert caught.value.outcome_unknown is False
    assert "wf.execution('taken')" in str(caught.value)


async def test_a_retry_refused_for_another_workflows_later_execution_raises_conflict(
    flavour: str, sleeps: list[float]
) -> None:
    server = StartServer(["cut"])
    server.add("taken", "other-workflow", time.time() + 60)
    async with client_of(flavour, server) as wf:
        with pytest.raises(ConflictError):
            await resolve(wf.execute("countdown", execution_id="taken"))


@pytest.mark.parametrize("fault", ["429", "connect"])
async def test_a_conflict_after_attempts_that_surely_did_nothing_is_not_looked_up(
    flavour: str, sleeps: list[float], fault: str
) -> None:
    server = StartServer([fault])
    server.add("taken", "countdown", time.time() + 60)  # would pass every check
    async with client_of(flavour, server) as wf:
        with pytest.raises(ConflictError):
            await resolve(wf.execute("countdown", execution_id="taken"))
    assert server.requests == ["execute", "execute"]


# ----- our own execution, its answer lost ------------------------------------------------------------


@pytest.mark.parametrize("fault", ["cut", "timeout", "502"])
@pytest.mark.parametrize("execution_id", ["mine", None])
async def test_a_retry_finds_the_execution_its_lost_attempt_started(
    flavour: str, sleeps: list[float], fault: str, execution_id: str | None
) -> None:
    server = StartServer([fault])
    async with client_of(flavour, server) as wf:
        handle = await resolve(wf.execute("countdown", {"n": 1}, execution_id=execution_id))
    assert server.created == 1
    assert list(server.executions) == [handle.execution_id]
    assert handle.started is not None and handle.started.execution_id == handle.execution_id
    assert server.requests == ["execute", "execute", "get"]


@pytest.mark.parametrize("clock", [-30.0, -3.5, 45.0])
async def test_a_server_clock_apart_from_ours_is_allowed_for(
    flavour: str, sleeps: list[float], clock: float
) -> None:
    """Its Date header tells how far behind ours its clock is."""
    server = StartServer(["cut"], clock=clock, send_date=True)
    async with client_of(flavour, server) as wf:
        handle = await resolve(wf.execute("countdown", execution_id="mine"))
    assert handle.execution_id == "mine" and server.created == 1


async def test_someone_elses_execution_is_not_taken_for_ours_despite_a_late_server_clock(
    flavour: str, sleeps: list[float]
) -> None:
    server = StartServer(["cut"], clock=-30.0, send_date=True)
    server.add("taken", "countdown", server.now() - 5)
    async with client_of(flavour, server) as wf:
        with pytest.raises(ConflictError):
            await resolve(wf.execute("countdown", execution_id="taken"))


# ----- an unknown outcome ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("faults", "error", "unknown"),
    [
        (["timeout"], APITimeoutError, True),
        (["cut"], APIConnectionError, True),
        (["502"], InternalServerError, True),
        (["429", "429"], RateLimitError, False),
        (["connect", "connect"], APIConnectionError, False),
    ],
)
async def test_a_failed_start_carries_its_id_and_whether_it_may_have_started(
    flavour: str, sleeps: list[float], faults: list[str], error: type[Exception], unknown: bool
) -> None:
    server = StartServer(faults)
    async with client_of(flavour, server, max_retries=len(faults) - 1) as wf:
        with pytest.raises(error) as caught:
            await resolve(wf.execute("countdown"))
        exc = caught.value
        assert isinstance(exc, APIConnectionError | InternalServerError | RateLimitError)
        sent = list(server.executions) or None
        assert exc.execution_id is not None
        assert exc.outcome_unknown is unknown
        if unknown:
            assert sent == [exc.execution_id]
            message = str(exc)
            assert f"wf.execution({exc.execution_id!r})" in message
            assert f"execution_id={exc.execution_id!r}" in message
            # Re-attaching works; starting again with the id cannot make a second one.
            again = await resolve(wf.execution(exc.execution_id).get())
            assert again.execution_id == exc.execution_id
            with pytest.raises(ConflictError) as conflict:
                await resolve(wf.execute("countdown", execution_id=exc.execution_id))
            assert f"wf.execution({exc.execution_id!r})" in str(conflict.value)
            assert server.created == 1
        else:
            assert sent is None


# ----- on the emulator (a real server on loopback) -------------------------------------------------


@pytest.mark.emulator_only
def test_the_emulator_refuses_a_retried_start_of_a_taken_id(
    emulator: RunningEmulator, api_key: str, sleeps: list[float]
) -> None:
    """Started a millisecond before, on the same clock: still not ours."""
    with Workflows(api_key=api_key, base_url=emulator.base_url) as wf:
        for attempt in range(1, 4):
            taken = wf.execute("countdown", {"n": 1}).execution_id
            created = emulator.stats.executions_created
            emulator.options.fail_first = 1  # the first attempt gets a 503, the retry a 409
            with pytest.raises(ConflictError) as caught:
                wf.execute("countdown", {"n": 1}, execution_id=taken)
            assert caught.value.execution_id == taken
            assert emulator.stats.executions_created == created
            assert len(sleeps) == attempt
