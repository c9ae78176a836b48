"""The conventions users of the best SDKs expect: environment, User-Agent, raw responses,
rich status errors, public exception names, a missing key's error, close(), with_options."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from typing import Any

import httpx
import pytest

from mistral_workflows import (
    AsyncWorkflows,
    MissingAPIKeyError,
    NotFoundError,
    RawResponse,
    Workflows,
    WorkflowsError,
    __version__,
)

from .conftest import resolve

pytestmark = pytest.mark.anyio

KEY = "sk-conventions-0123456789"
EXECUTION = {
    "workflow_name": "wf",
    "execution_id": "ex-1",
    "root_execution_id": "ex-1",
    "status": "RUNNING",
    "start_time": "2026-01-05T10:00:00Z",
    "end_time": None,
    "result": None,
}


class Recorder:
    """A MockTransport handler: answers ``answers`` in turn (the last repeats), records requests."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers) or [httpx.Response(200, json=EXECUTION)]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)


def sync_client(recorder: Recorder, **kw: Any) -> Workflows:
    http = httpx.Client(transport=httpx.MockTransport(recorder), base_url="http://api.test")
    return Workflows(api_key=KEY, http_client=http, **kw)


# ----- environment and identity -------------------------------------------------------------------
def test_the_base_url_comes_from_the_keyword_then_the_environment_then_the_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("MISTRAL_BASE_URL", raising=False)
    assert Workflows(api_key=KEY).base_url == "https://api.mistral.ai"
    monkeypatch.setenv("MISTRAL_BASE_URL", "https://workflows.internal.test/")
    assert Workflows(api_key=KEY).base_url == "https://workflows.internal.test"
    assert Workflows(api_key=KEY, base_url="http://127.0.0.1:9").base_url == "http://127.0.0.1:9"


def test_a_missing_key_says_which_variable_to_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MISTRAL_API_KEY", raising=False)
    with pytest.raises(MissingAPIKeyError, match="MISTRAL_API_KEY") as caught:
        Workflows()
    assert isinstance(caught.value, WorkflowsError) and isinstance(caught.value, ValueError)


def test_every_request_names_the_client_python_and_httpx() -> None:
    recorder = Recorder()
    with sync_client(recorder) as wf:
        wf.execution("ex-1").get()
    agent = recorder.requests[0].headers["user-agent"]
    assert agent.startswith(f"mistral-workflows/{__version__} python/")
    assert f"httpx/{httpx.__version__}" in agent


def test_default_headers_may_set_the_user_agent() -> None:
    recorder = Recorder()
    with sync_client(recorder, default_headers={"User-Agent": "my-tool/2"}) as wf:
        wf.execution("ex-1").get()
    assert recorder.requests[0].headers["user-agent"] == "my-tool/2"


def test_mistral_workflows_log_turns_on_debug_logging() -> None:
    code = (
        "import httpx, mistral_workflows as m\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(404, json={'detail': 'no'}))\n"
        "wf = m.Workflows(api_key='k', http_client=httpx.Client(transport=t, base_url='http://x.test'))\n"
        "try:\n    wf.execution('ex-9').get()\nexcept m.NotFoundError:\n    pass\n"
    )
    env = {**os.environ, "MISTRAL_WORKFLOWS_LOG": "debug"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert "mistral_workflows DEBUG request GET http://x.test/v1/workflows/executions/ex-9" in out.stderr
    assert "response 404" in out.stderr
    quiet = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={k: v for k, v in env.items() if k != "MISTRAL_WORKFLOWS_LOG"},
        check=True,
    )
    assert quiet.stderr == ""


# ----- raw responses and status errors ------------------------------------------------------------
async def test_with_raw_response_gives_the_http_responses_beside_the_value() -> None:
    recorder = Recorder(
        httpx.Response(503, json={"detail": "busy"}),
        httpx.Response(200, json=EXECUTION, headers={"x-request-id": "req-7"}),
    )
    transport = httpx.MockTransport(recorder)
    async with AsyncWorkflows(
        api_key=KEY, http_client=httpx.AsyncClient(transport=transport, base_url="http://api.test")
    ) as awf:
        handle = awf.execution("ex-1")
        raw = await awf.with_raw_response(handle.get)(max_retries=1)
    assert isinstance(raw, RawResponse)
    assert raw.parsed.execution_id == "ex-1"
    assert [r.status_code for r in raw.http_responses] == [503, 200]
    assert (raw.status_code, raw.request_id) == (200, "req-7")


def test_with_raw_response_sync_and_for_client_calls() -> None:
    recorder = Recorder(httpx.Response(200, json=EXECUTION, headers={"request-id": "r-1"}))
    with sync_client(recorder) as wf:
        raw = wf.with_raw_response(wf.execute)("wf", {"n": 1}, execution_id="ex-1")
    assert raw.parsed.execution_id == "ex-1"
    assert raw.headers["request-id"] == "r-1"


def test_a_status_error_carries_the_response_the_request_and_the_parsed_body() -> None:
    body = {"detail": f"execution not found (key {KEY})", "code": 404}
    recorder = Recorder(httpx.Response(404, json=body, headers={"x-request-id": "req-404"}))
    with sync_client(recorder) as wf, pytest.raises(NotFoundError) as caught:
        wf.execution("ex-1").get()
    error = caught.value
    assert error.status_code == 404 and error.request_id == "req-404"
    assert error.response is not None and error.response.status_code == 404
    assert error.request is not None and error.request.url.path.endswith("/executions/ex-1")
    assert error.body == {"detail": "execution not found (key [REDACTED])", "code": 404}
    assert KEY not in error.text and KEY not in str(error)
    assert "execution not found" in str(error)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.body, copy.request_id, copy.response) == (
        NotFoundError,
        error.body,
        "req-404",
        None,
    )


def test_exceptions_show_their_public_module() -> None:
    assert NotFoundError.__module__ == "mistral_workflows"
    assert repr(NotFoundError("x", status_code=404, method="GET", url="u", request_id=None)).startswith(
        "NotFoundError("
    )
    code = (
        "import mistral_workflows as m\n"
        "raise m.NotFoundError('gone', status_code=404, method='GET', url='u', request_id=None)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "mistral_workflows.NotFoundError: gone" in out.stderr


# ----- closing and configured copies ------------------------------------------------------------------
async def test_await_close_works_like_aclose() -> None:
    awf = AsyncWorkflows(api_key=KEY)
    http = awf.api.get_async_httpx_client()
    await awf.close()
    assert http.is_closed


def test_a_callers_http_client_keeps_its_timeout_unless_one_is_given() -> None:
    recorder = Recorder()
    http = httpx.Client(transport=httpx.MockTransport(recorder), base_url="http://api.test", timeout=3.0)
    with Workflows(api_key=KEY, http_client=http) as wf:
        assert wf.timeout == httpx.Timeout(3.0)
        wf.execution("ex-1").get()
    with Workflows(api_key=KEY, http_client=http, timeout=7.0) as wf:
        wf.execution("ex-1").get()
    assert [r.extensions["timeout"]["read"] for r in recorder.requests] == [3.0, 7.0]
    http.close()


def test_with_options_changes_the_key_and_base_url_on_the_callers_client() -> None:
    recorder = Recorder()
    with sync_client(recorder) as wf:
        other = wf.with_options(api_key="sk-other-key-987654321", base_url="http://elsewhere.test")
        other.execution("ex-1").get()
        wf.execution("ex-1").get()
    first, second = recorder.requests
    assert (first.url.host, first.headers["authorization"]) == (
        "elsewhere.test",
        "Bearer sk-other-key-987654321",
    )
    assert (second.url.host, second.headers["authorization"]) == ("api.test", f"Bearer {KEY}")


def test_with_options_gives_a_new_key_its_own_connections_and_closes_them() -> None:
    wf = Workflows(api_key=KEY, base_url="http://api.test")
    other = wf.with_options(api_key="sk-other-key-987654321")
    assert other.api.get_httpx_client() is not wf.api.get_httpx_client()
    assert other.api.token == "sk-other-key-987654321" and other.base_url == "http://api.test"
    other.close()
    assert other.api.get_httpx_client().is_closed and not wf.api.get_httpx_client().is_closed
    shared = wf.with_options(timeout=5)
    shared.close()
    assert not wf.api.get_httpx_client().is_closed
    wf.close()


def test_with_options_can_swap_in_another_http_client() -> None:
    first, second = Recorder(), Recorder()
    with sync_client(first) as wf:
        http = httpx.Client(transport=httpx.MockTransport(second), base_url="http://second.test")
        wf.with_options(http_client=http).execution("ex-1").get()
        assert not http.is_closed
        http.close()
    assert (len(first.requests), len(second.requests)) == (0, 1)
    assert second.requests[0].url.host == "second.test"


async def test_async_with_options_too() -> None:
    recorder = Recorder()
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder), base_url="http://api.test")
    async with AsyncWorkflows(api_key=KEY, http_client=http) as awf:
        await awf.with_options(base_url="http://other.test").execution("ex-1").get()
        assert await resolve(awf.execution("ex-1").get()) is not None
    assert [r.url.host for r in recorder.requests] == ["other.test", "api.test"]
    await http.aclose()
