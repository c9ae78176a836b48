"""Each error class, from real emulator answers and from mocked ones."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from mistral_workflows import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    Workflows,
    WorkflowsError,
)

from ..conftest import WorkflowRun

Handler = Callable[[httpx.Request], httpx.Response]


def mocked(handler: Handler, **kw: Any) -> Workflows:
    http = httpx.Client(base_url="https://api.test", transport=httpx.MockTransport(handler))
    return Workflows(api_key="test-key", base_url="https://api.test", http_client=http, max_retries=0, **kw)


# ----- from the emulator ------------------------------------------------------


@pytest.mark.emulator_only
def test_401_without_a_valid_key(emulator: Any) -> None:
    emulator.options.api_key = "the-right-key"
    try:
        with (
            Workflows(api_key="a-wrong-key", base_url=emulator.base_url) as wf,
            pytest.raises(AuthenticationError) as caught,
        ):
            wf.execution("x").get()
        assert caught.value.status_code == 401
        assert caught.value.method == "GET"
        assert "/v1/workflows/executions/x" in caught.value.url
    finally:
        emulator.options.api_key = None


def test_404_for_an_unknown_execution(emulator: Any, api_key: str) -> None:
    with (
        Workflows(api_key=api_key, base_url=emulator.base_url) as wf,
        pytest.raises(NotFoundError) as caught,
    ):
        wf.execution("no-such-execution").get()
    assert caught.value.status_code == 404
    assert caught.value.detail
    assert "404" in str(caught.value)


def test_409_when_acting_on_a_finished_execution(emulator: Any, api_key: str, workflow: WorkflowRun) -> None:
    with Workflows(api_key=api_key, base_url=emulator.base_url) as wf:
        handle = wf.execute(workflow.name, input=workflow.input)
        handle.result(timeout=30)
        for act in (handle.cancel, handle.terminate, lambda: handle.signal("approve")):
            with pytest.raises(ConflictError) as caught:
                act()
            assert caught.value.status_code == 409


def test_422_has_parsed_details(emulator: Any, api_key: str, workflow: WorkflowRun) -> None:
    with Workflows(api_key=api_key, base_url=emulator.base_url) as wf:
        handle = wf.execute(workflow.name, input=workflow.input)
        with pytest.raises(UnprocessableEntityError) as caught:
            list(handle.logs(page_size=1000))
    assert caught.value.status_code == 422
    assert caught.value.errors
    first = caught.value.errors[0]
    assert first.loc and first.msg and first.type


# ----- from mocks ---------------------------------------------------------------

CASES: list[tuple[int, type[APIStatusError]]] = [
    (400, BadRequestError),
    (403, PermissionDeniedError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
    (499, APIStatusError),
    (529, InternalServerError),
    (418, APIStatusError),
]


@pytest.mark.parametrize(("status", "error"), CASES)
def test_status_maps_to_its_class(status: int, error: type[APIStatusError]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, json={"detail": f"status {status}"}, headers={"x-request-id": "req-123"}
        )

    with mocked(handler) as wf, pytest.raises(error) as caught:
        wf.execution("e1").get()
    assert type(caught.value) is error
    assert caught.value.status_code == status
    assert caught.value.request_id == "req-123"
    assert caught.value.detail == f"status {status}"
    assert caught.value.method == "GET"
    assert caught.value.url == "https://api.test/v1/workflows/executions/e1"
    assert "req-123" in str(caught.value)


def test_rate_limit_carries_retry_after() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, json={"detail": "slow down"}, headers={"Retry-After": "7"})

    with mocked(handler) as wf, pytest.raises(RateLimitError) as caught:
        wf.execution("e1").get()
    assert caught.value.retry_after == 7.0


def test_an_html_error_page() -> None:
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text=page, headers={"content-type": "text/html"})

    with mocked(handler) as wf, pytest.raises(InternalServerError) as caught:
        wf.execution("e1").get()
    assert caught.value.text == page
    assert caught.value.body is None  # not JSON
    assert caught.value.detail is None
    assert "Bad Gateway" in str(caught.value)


def test_a_long_error_body_is_cut() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, text="x" * 10_000)

    with mocked(handler) as wf, pytest.raises(InternalServerError) as caught:
        wf.execution("e1").get()
    assert len(caught.value.text) == 500


def test_malformed_json_in_a_success_answer() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="{not json", headers={"content-type": "application/json"})

    with mocked(handler) as wf, pytest.raises(APIResponseValidationError) as caught:
        wf.execution("e1").get()
    assert caught.value.status_code == 200
    assert caught.value.body == "{not json"


def test_a_success_answer_missing_required_fields() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"execution_id": "e1"})

    with mocked(handler) as wf, pytest.raises(APIResponseValidationError):
        wf.execution("e1").get()


def test_malformed_json_in_an_error_answer() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, text="{oops", headers={"content-type": "application/json"})

    with mocked(handler) as wf, pytest.raises(NotFoundError) as caught:
        wf.execution("e1").get()
    assert (caught.value.text, caught.value.body) == ("{oops", None)


@pytest.mark.parametrize(
    ("raised", "error"),
    [
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.RemoteProtocolError("bad"), APIConnectionError),
    ],
)
def test_transport_errors(raised: Exception, error: type[APIConnectionError]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise raised

    with mocked(handler) as wf, pytest.raises(error) as caught:
        wf.execution("e1").get()
    assert type(caught.value) is error
    assert caught.value.method == "GET"
    assert isinstance(caught.value, WorkflowsError)
    assert caught.value.__cause__ is raised


def test_unknown_status_value_parses() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={
                "workflow_name": "w",
                "execution_id": "e1",
                "root_execution_id": "e1",
                "status": "HIBERNATING",
                "start_time": "2026-01-01T00:00:00Z",
                "end_time": None,
                "result": None,
            },
        )

    with mocked(handler) as wf:
        assert wf.execution("e1").get().status == "HIBERNATING"


def test_missing_api_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MISTRAL_API_KEY", raising=False)
    with pytest.raises(ValueError, match="MISTRAL_API_KEY"):
        Workflows()


def test_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "from-env")
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return httpx.Response(204)

    http = httpx.Client(base_url="https://api.test", transport=httpx.MockTransport(handler))
    with Workflows(base_url="https://api.test", http_client=http) as wf:
        wf.execution("e1").cancel()
    assert seen == ["Bearer from-env"]


@pytest.mark.parametrize("bad", ["", ".", ".."])
def test_ids_that_are_path_steps_are_refused(bad: str) -> None:
    wf = Workflows(api_key="k")
    with pytest.raises(ValueError, match="invalid execution id"):
        wf.execution(bad)
    with pytest.raises(ValueError, match="invalid execution id"):
        wf.execute("countdown", execution_id=bad)


def test_errors_survive_pickling() -> None:
    import pickle

    from mistral_workflows import ExecutionFailed

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            422, json={"detail": [{"loc": ["body", "name"], "msg": "required", "type": "missing"}]}
        )

    with mocked(handler) as wf, pytest.raises(UnprocessableEntityError) as caught:
        wf.execution("e1").signal("x")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is UnprocessableEntityError
    assert str(copy) == str(caught.value)
    assert copy.status_code == 422 and copy.errors == caught.value.errors
    failed = ExecutionFailed("ended FAILED", failure={"message": "boom"}, execution_id="e1", status="FAILED")
    assert pickle.loads(pickle.dumps(failed)).failure == {"message": "boom"}


def test_too_many_redirects_is_a_typed_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": str(request.url)})

    with Workflows(api_key="test-key", base_url="https://api.test") as wf:
        wf.api.get_httpx_client()._transport = httpx.MockTransport(handler)
        with pytest.raises(APIConnectionError) as caught:
            wf.execution("e1").get()
    assert isinstance(caught.value.__cause__, httpx.TooManyRedirects)


def test_with_options_extra_headers_reach_every_request_and_merge_with_per_call_ones() -> None:
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append({k: v for k, v in request.headers.items() if k.startswith("x-")})
        return httpx.Response(204)

    with mocked(handler) as wf:
        team = wf.with_options(extra_headers={"X-Team": "ops", "X-Trace": "default"})
        team.execution("e1").cancel()
        team.execution("e1").cancel(extra_headers={"X-Trace": "call"})
        wf.execution("e1").cancel()
    assert seen == [{"x-team": "ops", "x-trace": "default"}, {"x-team": "ops", "x-trace": "call"}, {}]
