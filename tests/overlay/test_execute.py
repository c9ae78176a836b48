"""execute(): every field of the API's request, the start answer kept, wait_for_result honoured."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from mistral_workflows import AsyncWorkflows, ExecutionFailed, ExecutionTerminated, Workflows
from mistral_workflows_api.models import WorkflowExecutionResponse, WorkflowExecutionSyncResponse

from ..support import resolve

pytestmark = pytest.mark.anyio

Client = Workflows | AsyncWorkflows
BASE_URL = "http://fake.test"


def execution_json(execution_id: str, status: str, result: Any = None) -> dict[str, Any]:
    return {
        "workflow_name": "wf",
        "execution_id": execution_id,
        "root_execution_id": execution_id,
        "status": status,
        "start_time": "2026-01-05T10:00:00Z",
        "end_time": None if status == "RUNNING" else "2026-01-05T10:00:05Z",
        "result": result,
    }


class StartServer:
    """Answers execute with ``answer(execution_id)``; records every request."""

    def __init__(self, answer: Callable[[str], dict[str, Any]], stream: bytes = b"") -> None:
        self.answer = answer
        self.stream = stream
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path.endswith("/execute"):
            execution_id = json.loads(request.content)["execution_id"]
            return httpx.Response(200, json=self.answer(execution_id))
        if request.url.path.endswith("/stream"):
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=self.stream)
        return httpx.Response(404, json={"detail": "no route"})


@pytest.fixture
async def connect(flavour: str) -> AsyncIterator[Callable[[StartServer], Client]]:
    """``connect(server)``: a client of the flavour whose requests ``server`` answers; its
    connections (the caller's, which the client leaves open) are closed after the test."""
    opened: list[httpx.Client | httpx.AsyncClient] = []

    def make(server: StartServer) -> Client:
        transport = httpx.MockTransport(server)
        if flavour == "sync":
            http = httpx.Client(transport=transport, base_url=BASE_URL)
            opened.append(http)
            return Workflows(api_key="k", http_client=http)
        ahttp = httpx.AsyncClient(transport=transport, base_url=BASE_URL)
        opened.append(ahttp)
        return AsyncWorkflows(api_key="k", http_client=ahttp)

    yield make
    for http in opened:
        if isinstance(http, httpx.AsyncClient):
            await http.aclose()
        else:
            http.close()


async def test_every_field_of_the_request_is_sent(connect: Callable[[StartServer], Client]) -> None:
    server = StartServer(lambda i: execution_json(i, "RUNNING"))
    client = connect(server)
    with pytest.warns(DeprecationWarning, match="deployment_name"):
        await resolve(
            client.execute(
                "wf",
                {"n": 1},
                execution_id="e-1",
                wait_for_result=True,
                timeout_seconds=12.5,
                deployment_name="prod",
                custom_tracing_attributes={"team": "ops"},
                force_new_trace=True,
                extensions={"plugin": {"x": 1}},
                task_queue="legacy-queue",
            )
        )
    body = json.loads(server.requests[0].content)
    assert body == {
        "execution_id": "e-1",
        "input": {"n": 1},
        "wait_for_result": True,
        "timeout_seconds": 12.5,
        "deployment_name": "prod",
        "custom_tracing_attributes": {"team": "ops"},
        "force_new_trace": True,
        "extensions": {"plugin": {"x": 1}},
        "task_queue": "legacy-queue",
    }


async def test_without_options_only_the_id_and_input_are_sent(
    connect: Callable[[StartServer], Client],
) -> None:
    server = StartServer(lambda i: execution_json(i, "RUNNING"))
    handle = await resolve(connect(server).execute("wf"))
    body = json.loads(server.requests[0].content)
    assert set(body) <= {"execution_id", "input", "wait_for_result", "force_new_trace"}
    assert body.get("wait_for_result", False) is False
    assert isinstance(handle.started, WorkflowExecutionResponse)
    assert handle.started.status == "RUNNING"


async def test_a_waited_result_comes_back_without_another_request(
    connect: Callable[[StartServer], Client],
) -> None:
    server = StartServer(lambda i: {"workflow_name": "wf", "execution_id": i, "result": {"answer": 42}})
    handle = await resolve(connect(server).execute("wf", wait_for_result=True, timeout_seconds=5))
    assert isinstance(handle.started, WorkflowExecutionSyncResponse)
    assert await resolve(handle.result()) == {"answer": 42}
    assert len(server.requests) == 1


async def test_a_waited_failure_raises_without_waiting_again(
    connect: Callable[[StartServer], Client],
) -> None:
    failed = {
        "stream": "x",
        "broker_sequence": 3,
        "workflow_context": {},
        "data": {
            "event_type": "WORKFLOW_EXECUTION_FAILED",
            "workflow_exec_id": "e-2",
            "attributes": {"failure": {"message": "boom"}},
        },
    }
    stream = f"event: workflow.event\ndata: {json.dumps(failed)}\n\n".encode()
    server = StartServer(lambda i: execution_json(i, "FAILED"), stream)
    handle = await resolve(connect(server).execute("wf", execution_id="e-2", wait_for_result=True))
    with pytest.raises(ExecutionFailed) as caught:
        await resolve(handle.result())
    assert caught.value.failure == {"message": "boom"}
    # The start, then only the replay that reads the failure's details.
    assert [r.url.path.rsplit("/", 1)[-1] for r in server.requests] == ["execute", "stream"]
    assert server.requests[1].url.params["event_source"] == "DATABASE"


async def test_a_waited_terminated_execution_raises(connect: Callable[[StartServer], Client]) -> None:
    server = StartServer(lambda i: execution_json(i, "TERMINATED"))
    handle = await resolve(connect(server).execute("wf", wait_for_result=True))
    with pytest.raises(ExecutionTerminated):
        await resolve(handle.result())
    assert len(server.requests) == 1


@pytest.mark.parametrize(("timeout_seconds", "read"), [(None, 5.0), (5.0, 15.0), (300.0, 310.0)])
async def test_a_waiting_start_reads_long_enough(
    connect: Callable[[StartServer], Client], timeout_seconds: float | None, read: float
) -> None:
    server = StartServer(lambda i: execution_json(i, "RUNNING"))
    await resolve(connect(server).execute("wf", wait_for_result=True, timeout_seconds=timeout_seconds))
    assert server.requests[0].extensions["timeout"]["read"] == read


@pytest.mark.emulator_only
async def test_the_emulator_answers_a_waited_result(any_client: Client, emulator: Any) -> None:
    before = emulator.stats.requests
    handle = await resolve(
        any_client.execute("countdown", {"n": 2}, wait_for_result=True, timeout_seconds=30)
    )
    assert isinstance(handle.started, WorkflowExecutionSyncResponse)
    assert await resolve(handle.result(timeout=30)) == {"counted": 2}
    assert emulator.stats.requests == before + 1


@pytest.mark.emulator_only
async def test_the_emulator_answers_the_state_when_the_wait_runs_out(
    any_client: Client, emulator: Any
) -> None:
    handle = await resolve(any_client.execute("forever", wait_for_result=True, timeout_seconds=0.5))
    assert isinstance(handle.started, WorkflowExecutionResponse)
    assert handle.started.status == "RUNNING"
    await resolve(handle.terminate())
    with pytest.raises(ExecutionTerminated):
        await resolve(handle.result(timeout=30))
