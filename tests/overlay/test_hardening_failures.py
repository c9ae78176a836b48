"""Failures are typed and precise: every httpx error becomes a WorkflowsError, a lost answer
of a call that is not safe to repeat says so, a refusal (429, 503 + Retry-After) is retried by
every call, and messages name the URL requested."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from mistral_workflows import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncWorkflows,
    BatchFailure,
    ConflictError,
    InternalServerError,
    RateLimitError,
    Workflows,
    WorkflowsError,
)

from ..support import collect, resolve

pytestmark = pytest.mark.anyio

BASE = "https://api.test"
Client = Workflows | AsyncWorkflows
Handler = Callable[[httpx.Request], httpx.Response]

EXECUTION = {
    "workflow_name": "w",
    "execution_id": "e1",
    "root_execution_id": "e1",
    "status": "RUNNING",
    "start_time": "2026-01-01T00:00:00Z",
    "end_time": None,
    "result": None,
}


def success(request: httpx.Request) -> httpx.Response:
    """What the API answers each call of these tests when all goes well."""
    path = request.url.path
    if path.endswith("/signals"):
        return httpx.Response(202, json={"message": "Signal accepted"})
    if path.endswith("/updates"):
        return httpx.Response(200, json={"update_name": "u", "result": 1})
    if path.endswith("/queries"):
        return httpx.Response(200, json={"query_name": "q", "result": 1})
    if path.endswith(("/reset", "/cancel", "/terminate")):
        return httpx.Response(204)
    if path.endswith("/execute"):
        return httpx.Response(
            200, json={**EXECUTION, "execution_id": json.loads(request.content)["execution_id"]}
        )
    if path.endswith("/logs"):
        return httpx.Response(200, json={"results": [], "next_cursor": None})
    if path.endswith("/executions/cancel"):
        ids = json.loads(request.content)["execution_ids"]
        return httpx.Response(200, json={"results": {i: {"status": "success", "error": None} for i in ids}})
    return httpx.Response(200, json=EXECUTION)


@contextlib.asynccontextmanager
async def client_of(flavour: str, handler: Handler, **settings: Any) -> AsyncIterator[Client]:
    transport = httpx.MockTransport(handler)
    if flavour == "sync":
        with httpx.Client(base_url=BASE, transport=transport) as http:
            yield Workflows(api_key="failures-test-key", http_client=http, **settings)
    else:
        async with httpx.AsyncClient(base_url=BASE, transport=transport) as ahttp:
            yield AsyncWorkflows(api_key="failures-test-key", http_client=ahttp, **settings)


CALLS: dict[str, Callable[[Client], Any]] = {
    "get": lambda wf: wf.execution("e1").get(),
    "query": lambda wf: wf.execution("e1").query("q"),
    "cancel": lambda wf: wf.execution("e1").cancel(),
    "signal": lambda wf: wf.execution("e1").signal("s", {"x": 1}),
    "update": lambda wf: wf.execution("e1").update("u", {"x": 1}),
    "reset": lambda wf: wf.execution("e1").reset(3),
    "execute": lambda wf: wf.execute("w", execution_id="e1"),
}
NOT_SAFE_TO_REPEAT = ["signal", "update", "reset"]


class Script:
    """Answers each request with the next step of a script, then with ``success``."""

    def __init__(self, *steps: int | BaseException | tuple[int, dict[str, str]]) -> None:
        self.steps = list(steps)
        self.sent = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        if not self.steps:
            return success(request)
        step = self.steps.pop(0)
        if isinstance(step, BaseException):
            raise step
        status, headers = step if isinstance(step, tuple) else (step, {})
        return httpx.Response(status, json={"detail": f"status {status}"}, headers=headers)


# ----- every httpx error is ours ----------------------------------------------------------------

HTTPX_ERRORS: list[Callable[[], BaseException]] = [
    lambda: httpx.DecodingError("bad gzip"),
    lambda: httpx.TooManyRedirects("loop"),
    lambda: httpx.InvalidURL("URL too long"),
    lambda: httpx.LocalProtocolError("illegal header"),
    lambda: httpx.UnsupportedProtocol("gopher"),
    lambda: httpx.RemoteProtocolError("garbage"),
    lambda: httpx.ProxyError("proxy said no"),
    lambda: httpx.ReadError("reset"),
    lambda: httpx.WriteError("broken pipe"),
    lambda: httpx.CloseError("close"),
    lambda: httpx.ConnectError("refused"),
    lambda: httpx.ConnectTimeout("slow connect"),
    lambda: httpx.ReadTimeout("slow read"),
    lambda: httpx.WriteTimeout("slow write"),
    lambda: httpx.PoolTimeout("no connection free"),
]


@pytest.mark.parametrize("make", HTTPX_ERRORS, ids=lambda make: type(make()).__name__)
@pytest.mark.parametrize("call", ["get", "signal"])
async def test_every_httpx_error_becomes_a_workflows_error(
    flavour: str, sleeps: list[float], make: Callable[[], BaseException], call: str
) -> None:
    raised = make()
    script = Script(raised, raised, raised)
    async with client_of(flavour, script, max_retries=2) as wf:
        with pytest.raises(WorkflowsError) as caught:
            await resolve(CALLS[call](wf))
    assert isinstance(caught.value, APIConnectionError)
    assert isinstance(caught.value, APITimeoutError) == isinstance(raised, httpx.TimeoutException)
    assert type(raised).__name__ in str(caught.value)
    assert f"{BASE}/v1/workflows/executions/e1" in str(caught.value)
    deterministic = (httpx.DecodingError, httpx.TooManyRedirects, httpx.InvalidURL)
    if isinstance(raised, (*deterministic, httpx.LocalProtocolError, httpx.UnsupportedProtocol)):
        assert script.sent == 1  # it would only happen again


async def test_a_url_httpx_will_not_send_is_a_workflows_error(flavour: str) -> None:
    async with client_of(flavour, success) as wf:
        with pytest.raises(APIConnectionError, match="InvalidURL"):
            await resolve(wf.execution("x" * 70_000).get())


async def test_an_undecodable_body_is_a_workflows_error(flavour: str) -> None:
    def gzip_lies(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip"))

    async with client_of(flavour, gzip_lies) as wf:
        with pytest.raises(APIConnectionError, match="DecodingError"):
            await resolve(wf.execution("e1").get())


# ----- a lost answer of a call not safe to repeat -------------------------------------------------


@pytest.mark.parametrize("call", NOT_SAFE_TO_REPEAT)
@pytest.mark.parametrize(
    "lost",
    [
        httpx.ReadError("cut"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("half an answer"),
        500,
        502,
        504,
    ],
    ids=repr,
)
async def test_a_lost_answer_says_the_outcome_is_unknown(
    flavour: str, sleeps: list[float], call: str, lost: int | BaseException
) -> None:
    script = Script(lost)
    async with client_of(flavour, script) as wf:
        with pytest.raises((APIConnectionError, InternalServerError)) as caught:
            await resolve(CALLS[call](wf))
    assert getattr(caught.value, "outcome_unknown", None) is True
    assert script.sent == 1


@pytest.mark.parametrize("call", NOT_SAFE_TO_REPEAT)
@pytest.mark.parametrize("failure", [400, 404, 409, httpx.ConnectError("refused")], ids=repr)
async def test_a_failure_that_did_nothing_says_the_outcome_is_known(
    flavour: str, sleeps: list[float], call: str, failure: int | BaseException
) -> None:
    async with client_of(flavour, Script(failure), max_retries=0) as wf:
        with pytest.raises((APIConnectionError, APIStatusError)) as caught:
            await resolve(CALLS[call](wf))
    assert getattr(caught.value, "outcome_unknown", None) is False


async def test_a_refusal_then_a_lost_answer_is_unknown(flavour: str, sleeps: list[float]) -> None:
    async with client_of(flavour, Script(429, httpx.ReadError("cut"))) as wf:
        with pytest.raises(APIConnectionError) as caught:
            await resolve(wf.execution("e1").signal("s"))
    assert caught.value.outcome_unknown is True


@pytest.mark.parametrize(
    ("kind", "failure", "unknown"),
    [
        ("signal", httpx.ReadError("cut"), True),
        ("update", 502, True),
        ("signal", 404, False),
        ("query", httpx.ReadError("cut"), False),
    ],
    ids=repr,
)
async def test_a_batch_report_says_which_outcomes_are_unknown(
    flavour: str, sleeps: list[float], kind: str, failure: int | BaseException, unknown: bool
) -> None:
    script = Script(*[failure] * 3)
    async with client_of(flavour, script, max_retries=0) as wf:
        method = getattr(wf, f"{kind}_many")
        report = await resolve(method(["a"], "n", max_concurrency=1))
    entry = report.results["a"]
    assert isinstance(entry, BatchFailure)
    assert entry.outcome_unknown is unknown


# ----- refusals are retried by every call -----------------------------------------------------------


@pytest.mark.parametrize("call", list(CALLS))
@pytest.mark.parametrize("refusal", [(429, {"Retry-After": "2"}), (503, {"Retry-After": "2"})], ids=repr)
async def test_a_refusal_is_retried_by_every_call_after_retry_after(
    flavour: str, sleeps: list[float], call: str, refusal: tuple[int, dict[str, str]]
) -> None:
    script = Script(refusal)
    async with client_of(flavour, script) as wf:
        await resolve(CALLS[call](wf))
    assert script.sent == 2
    assert sleeps == [2.0]


@pytest.mark.parametrize("call", NOT_SAFE_TO_REPEAT)
async def test_refusals_are_retried_within_max_retries(flavour: str, sleeps: list[float], call: str) -> None:
    script = Script(*[(429, {"Retry-After": "1"})] * 5)
    async with client_of(flavour, script, max_retries=2) as wf:
        with pytest.raises(RateLimitError) as caught:
            await resolve(CALLS[call](wf))
    assert script.sent == 3 and sleeps == [1.0, 1.0]
    assert caught.value.outcome_unknown is False


@pytest.mark.parametrize("call", NOT_SAFE_TO_REPEAT)
async def test_a_503_without_retry_after_is_not_resent_by_a_call_not_safe_to_repeat(
    flavour: str, sleeps: list[float], call: str
) -> None:
    script = Script(503)
    async with client_of(flavour, script) as wf:
        with pytest.raises(InternalServerError):
            await resolve(CALLS[call](wf))
    assert script.sent == 1


async def test_a_signal_batch_retries_a_refusal(flavour: str, sleeps: list[float]) -> None:
    script = Script((429, {"Retry-After": "1"}))
    async with client_of(flavour, script) as wf:
        report = await resolve(wf.signal_many(["a"], "s"))
    assert report.ok and script.sent == 2


# ----- the URL requested, once ----------------------------------------------------------------------


def failing(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/cut"):
        raise httpx.ReadError("cut", request=request)
    if request.url.path.endswith("/bad"):
        return httpx.Response(200, json={"unexpected": True})
    return httpx.Response(404, json={"detail": "no such thing"})


@pytest.mark.parametrize(
    ("base_url", "http_base", "own_http"),
    [
        ("https://api.test", None, True),
        ("https://api.test/prefix", None, True),
        ("https://api.test", "https://api.test", False),
        ("https://api.test/prefix", "https://api.test/prefix", False),
        (None, "https://api.test/prefix", False),
        ("https://api.test", None, False),
        ("https://api.test", "https://elsewhere.test/other", False),
    ],
)
@pytest.mark.parametrize("execution_id", ["missing", "cut", "bad"])
async def test_messages_name_the_url_requested_once(
    flavour: str,
    base_url: str | None,
    http_base: str | None,
    own_http: bool,
    execution_id: str,
) -> None:
    expected = f"{base_url or http_base}/v1/workflows/executions/{execution_id}"
    transport = httpx.MockTransport(failing)
    options: dict[str, Any] = {"api_key": "url-test-key", "base_url": base_url, "max_retries": 0}
    with contextlib.ExitStack() as stack:
        wf: Client
        if flavour == "sync":
            if own_http:
                wf = stack.enter_context(Workflows(**options))
                wf.api.get_httpx_client()._transport = transport
            else:
                kw: dict[str, Any] = {} if http_base is None else {"base_url": http_base}
                http = stack.enter_context(httpx.Client(transport=transport, **kw))
                wf = Workflows(http_client=http, **options)
        else:
            if own_http:
                wf = AsyncWorkflows(**options)
                wf.api.get_async_httpx_client()._transport = transport
            else:
                akw: dict[str, Any] = {} if http_base is None else {"base_url": http_base}
                wf = AsyncWorkflows(http_client=httpx.AsyncClient(transport=transport, **akw), **options)
        clients = [wf, wf.with_options(timeout=5)]
        if not own_http:  # a copy with another key has a pool of its own: not the mock's
            clients.append(wf.with_options(api_key="another-url-test-key"))
        for client in clients:
            with pytest.raises(WorkflowsError) as caught:
                await resolve(client.execution(execution_id).get())
            message = str(caught.value)
            assert message.count("https://") == 1, message
            assert expected in message, message
            assert getattr(caught.value, "url", None) == expected
        if isinstance(wf, AsyncWorkflows):
            await wf._http().aclose()


async def test_a_logs_error_names_its_query(flavour: str) -> None:
    async with client_of(flavour, failing) as wf:
        with pytest.raises(APIStatusError) as caught:
            await collect(wf.execution("e1").logs(order="desc", page_size=5))
    assert caught.value.url == f"{BASE}/v1/workflows/executions/e1/logs?order=desc&limit=5"


async def test_a_first_attempt_conflict_is_still_a_conflict(flavour: str) -> None:
    async with client_of(flavour, Script(409)) as wf:
        with pytest.raises(ConflictError):
            await resolve(wf.execution("e1").cancel())
