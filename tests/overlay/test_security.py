"""The API key never leaks: not in repr, str, logs or exceptions, nor across hosts."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from mistral_workflows import AsyncWorkflows, Workflows, WorkflowsError

SECRET = "sk-very-secret-key-0123456789"


def test_repr_and_str_hide_the_key() -> None:
    for client in (Workflows(api_key=SECRET), AsyncWorkflows(api_key=SECRET)):
        for text in (repr(client), str(client), repr(client.api), str(client.api)):
            assert SECRET not in text
        assert SECRET not in repr(client.execution("e1"))


@pytest.mark.emulator_only
def test_logs_and_errors_never_contain_the_key(caplog: pytest.LogCaptureFixture, emulator: Any) -> None:
    caplog.set_level(logging.DEBUG)
    errors: list[str] = []
    with Workflows(api_key=SECRET, base_url=emulator.base_url, max_retries=1) as wf:
        handle = wf.execute("countdown", input={"n": 1})
        handle.get()
        emulator.options.fail_first = 2
        for call in (handle.get, wf.execution("missing").get):
            try:
                call()
            except WorkflowsError as exc:
                errors.append(f"{exc!s} {exc!r} {vars(exc)}")
    emulator.reset_faults()
    assert len(errors) == 2
    log_text = "\n".join(f"{r.getMessage()} {r.args}" for r in caplog.records)
    assert "request GET" in log_text and "response 200" in log_text
    for text in [*errors, log_text]:
        assert SECRET not in text


def test_a_server_echoing_the_key_is_redacted() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"detail": f"bad key {request.headers['authorization']}"})

    http = httpx.Client(base_url="https://api.test", transport=httpx.MockTransport(handler))
    with (
        Workflows(api_key=SECRET, base_url="https://api.test", http_client=http) as wf,
        pytest.raises(WorkflowsError) as caught,
    ):
        wf.execution("e1").get()
    assert SECRET not in str(caught.value)
    assert SECRET not in getattr(caught.value, "body", "")
    assert SECRET not in str(getattr(caught.value, "detail", ""))


def test_key_is_not_sent_after_a_redirect_to_another_host() -> None:
    seen: dict[str, str | None] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen[request.url.host] = request.headers.get("authorization")
        if request.url.host == "api.test":
            return httpx.Response(
                307, headers={"Location": "https://elsewhere.test/v1/workflows/executions/e1"}
            )
        return httpx.Response(
            200,
            json={
                "workflow_name": "w",
                "execution_id": "e1",
                "root_execution_id": "e1",
                "status": "RUNNING",
                "start_time": "2026-01-01T00:00:00Z",
                "end_time": None,
                "result": None,
            },
        )

    with Workflows(api_key=SECRET, base_url="https://api.test") as wf:
        wf.api.get_httpx_client()._transport = httpx.MockTransport(handler)
        assert wf.execution("e1").get().execution_id == "e1"
    assert seen["api.test"] == f"Bearer {SECRET}"
    assert "elsewhere.test" in seen
    assert seen["elsewhere.test"] is None


def test_tls_verification_is_on_by_default() -> None:
    with Workflows(api_key=SECRET) as wf:
        assert wf.api._verify_ssl is True


def test_build_api_client_hides_the_key() -> None:
    from mistral_workflows import build_api_client

    api = build_api_client(SECRET)
    assert SECRET not in repr(api)
    assert api.token == SECRET


@pytest.mark.emulator_only
def test_a_callers_http_client_is_used_as_it_is(emulator: Any) -> None:
    http = httpx.Client()  # no base_url, no headers: the client must not need them
    with Workflows(api_key=SECRET, base_url=emulator.base_url, http_client=http) as wf:
        handle = wf.execute("countdown", input={"n": 1})
        assert handle.result(timeout=30) == {"counted": 1}
        with handle.stream() as events:
            assert [e.event_type for e in events][-1] == "WORKFLOW_EXECUTION_COMPLETED"
        assert "authorization" not in http.headers
    assert not http.is_closed
    http.close()


@pytest.mark.anyio
@pytest.mark.emulator_only
async def test_a_callers_async_http_client_is_used_as_it_is(emulator: Any) -> None:
    http = httpx.AsyncClient()
    async with AsyncWorkflows(api_key=SECRET, base_url=emulator.base_url, http_client=http) as wf:
        handle = await wf.execute("countdown", input={"n": 1})
        assert await handle.result(timeout=30) == {"counted": 1}
        assert "authorization" not in http.headers
    assert not http.is_closed
    await http.aclose()


@pytest.mark.emulator_only
def test_without_a_base_url_of_its_own_the_client_uses_the_callers(emulator: Any) -> None:
    http = httpx.Client(base_url=emulator.base_url)
    with Workflows(api_key=SECRET, http_client=http) as wf:
        assert wf.base_url == emulator.base_url
        assert wf.execute("countdown", input={"n": 1}).result(timeout=30) == {"counted": 1}
    http.close()
