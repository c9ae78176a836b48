"""Bad arguments fail fast, before any request, with a TypeError or ValueError naming them."""

from __future__ import annotations

import contextlib
import math
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from mistral_workflows import AsyncWorkflows, Workflows, build_api_client
from mistral_workflows._calls import check_last_event_id

from ..support import resolve

pytestmark = pytest.mark.anyio

BASE = "https://args.test"
Client = Workflows | AsyncWorkflows


class NothingSent:
    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return httpx.Response(500, json={"detail": "nothing should have been sent"})


@contextlib.asynccontextmanager
async def client_of(flavour: str) -> AsyncIterator[tuple[Client, NothingSent]]:
    server = NothingSent()
    transport = httpx.MockTransport(server)
    if flavour == "sync":
        with httpx.Client(base_url=BASE, transport=transport) as http:
            yield Workflows(api_key="args-test-key", http_client=http), server
    else:
        async with httpx.AsyncClient(base_url=BASE, transport=transport) as ahttp:
            yield AsyncWorkflows(api_key="args-test-key", http_client=ahttp), server
    assert server.sent == [], "a bad argument let a request out"


BAD_TIMEOUTS: list[tuple[Any, type[Exception]]] = [
    (0, ValueError),
    (-1, ValueError),
    (math.inf, ValueError),
    (math.nan, ValueError),
    (httpx.Timeout(0), ValueError),
    (httpx.Timeout(5, connect=-1), ValueError),
    (httpx.Timeout(5, read=math.inf), ValueError),
    ("5", TypeError),
    (True, TypeError),
]


@pytest.mark.parametrize(("timeout", "error"), BAD_TIMEOUTS, ids=repr)
async def test_a_bad_timeout_is_refused_everywhere(
    flavour: str, timeout: Any, error: type[Exception]
) -> None:
    make = Workflows if flavour == "sync" else AsyncWorkflows
    with pytest.raises(error, match="timeout"):
        make(api_key="args-test-key", timeout=timeout)
    with pytest.raises(error, match="timeout"):
        build_api_client("args-test-key", timeout=timeout)
    async with client_of(flavour) as (wf, _):
        with pytest.raises(error, match="timeout"):
            wf.with_options(timeout=timeout)
        with pytest.raises(error, match="timeout"):
            await resolve(wf.execution("e1").get(timeout=timeout))
        if not isinstance(timeout, httpx.Timeout):
            with pytest.raises(error, match="timeout"):
                await resolve(wf.execution("e1").result(timeout=timeout))
            with pytest.raises(error, match="timeout_seconds"):
                await resolve(wf.execute("w", wait_for_result=True, timeout_seconds=timeout))


async def test_no_timeout_at_all_is_still_allowed(flavour: str) -> None:
    make = Workflows if flavour == "sync" else AsyncWorkflows
    assert make(api_key="args-test-key", timeout=None).timeout == httpx.Timeout(None)


@pytest.mark.parametrize(
    ("max_retries", "error"), [(-1, ValueError), (1.5, TypeError), ("2", TypeError), (None, TypeError)]
)
async def test_a_bad_max_retries_is_refused(flavour: str, max_retries: Any, error: type[Exception]) -> None:
    async with client_of(flavour) as (wf, _):
        with pytest.raises(error, match="max_retries"):
            await resolve(wf.execution("e1").get(max_retries=max_retries))
    if max_retries is not None:
        with pytest.raises(error, match="max_retries"):
            Workflows(api_key="args-test-key", max_retries=max_retries)


@pytest.mark.parametrize("typo", ["timout", "max_retry", "extra_header", "headers"])
async def test_an_unknown_option_is_a_type_error_naming_it(flavour: str, typo: str) -> None:
    wrong: dict[str, Any] = {typo: 5}
    async with client_of(flavour) as (wf, _):
        handle = wf.execution("e1")
        for call in (
            lambda: handle.get(**wrong),
            lambda: handle.signal("s", **wrong),
            lambda: wf.execute("w", **wrong),
            lambda: handle.result(**wrong),
            lambda: wf.cancel_many(["a"], **wrong),
        ):
            with pytest.raises(TypeError, match=repr(typo)) as caught:
                await resolve(call())
            if typo != "headers":
                assert "did you mean" in str(caught.value)


async def test_a_stream_refuses_an_unknown_option_at_once(flavour: str) -> None:
    async with client_of(flavour) as (wf, _):
        with pytest.raises(TypeError, match="timout"):
            wf.execution("e1").stream(timout=5)  # type: ignore[call-arg]


@pytest.mark.parametrize("bad", [5, None, b"e1", ["e1"]], ids=repr)
async def test_an_execution_id_that_is_not_a_string_is_a_type_error(flavour: str, bad: Any) -> None:
    async with client_of(flavour) as (wf, _):
        with pytest.raises(TypeError, match="execution_id"):
            wf.execution(bad)
        if bad is not None:  # None: generate one
            with pytest.raises(TypeError, match="execution_id"):
                await resolve(wf.execute("w", execution_id=bad))


@pytest.mark.parametrize("bad", ["", ".", ".."])
async def test_a_workflow_name_that_is_a_path_step_is_refused(flavour: str, bad: str) -> None:
    async with client_of(flavour) as (wf, _):
        with pytest.raises(ValueError, match="workflow"):
            await resolve(wf.execute(bad))


@pytest.mark.parametrize("bad", [5, None, b"w"], ids=repr)
async def test_a_workflow_name_that_is_not_a_string_is_a_type_error(flavour: str, bad: Any) -> None:
    async with client_of(flavour) as (wf, _):
        with pytest.raises(TypeError, match="workflow"):
            await resolve(wf.execute(bad))


@pytest.mark.parametrize("call", ["signal", "query", "update"])
async def test_an_invocation_name_that_is_not_a_string_is_a_type_error(flavour: str, call: str) -> None:
    async with client_of(flavour) as (wf, _):
        with pytest.raises(TypeError, match="name"):
            await resolve(getattr(wf.execution("e1"), call)(5))


@pytest.mark.parametrize("bad", ["12\r\nX-Injected: 1", "12\n", "1\r2", "1\x002"], ids=repr)
def test_a_last_event_id_with_a_line_break_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="last_event_id"):
        check_last_event_id(bad)
    assert check_last_event_id("12-3") == "12-3"
    with pytest.raises(TypeError, match="last_event_id"):
        check_last_event_id(12)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["12\r\nX-Injected: 1", "12\n"], ids=repr)
async def test_a_stream_never_sends_a_last_event_id_with_a_line_break(flavour: str, bad: str) -> None:
    async with client_of(flavour) as (wf, _):
        with pytest.raises(ValueError, match="last_event_id"):
            stream = wf.execution("e1").stream(last_event_id=bad, reconnect=False)
            if isinstance(stream, AsyncIterator):
                async with stream:
                    await anext(stream)
            else:
                with stream:
                    next(stream)


BAD_HEADERS: list[tuple[Any, type[Exception]]] = [
    ({"X-A": "a\r\nX-Injected: 1"}, ValueError),
    ({"X-A": "a\nb"}, ValueError),
    ({"X A": "b"}, ValueError),
    ({"": "b"}, ValueError),
    ({"X-A": "é"}, ValueError),
    ({"X-A": 5}, TypeError),
    (["X-A"], TypeError),
]


@pytest.mark.parametrize(("headers", "error"), BAD_HEADERS, ids=repr)
async def test_bad_headers_are_refused(flavour: str, headers: Any, error: type[Exception]) -> None:
    async with client_of(flavour) as (wf, _):
        with pytest.raises(error, match="extra_headers"):
            await resolve(wf.execution("e1").get(extra_headers=headers))
        with pytest.raises(error, match="extra_headers"):
            wf.with_options(extra_headers=headers)
    with pytest.raises(error, match="default_headers"):
        Workflows(api_key="args-test-key", default_headers=headers)


@pytest.mark.parametrize(
    ("base_url", "error"),
    [
        ("api.mistral.ai", ValueError),
        ("ftp://api.test", ValueError),
        ("https://", ValueError),
        # paths are appended to it: a query or fragment would swallow them
        ("https://gw.test/mistral?code=abc", ValueError),
        ("https://gw.test/mistral?", ValueError),
        ("https://gw.test/mistral#v1", ValueError),
        (5, TypeError),
    ],
    ids=repr,
)
def test_a_bad_base_url_is_refused_at_construction(base_url: Any, error: type[Exception]) -> None:
    for make in (Workflows, AsyncWorkflows, build_api_client):
        with pytest.raises(error, match="base_url"):
            make(api_key="args-test-key", base_url=base_url)


def test_a_callers_client_whose_base_url_has_a_query_is_refused() -> None:
    """Its ``base_url`` becomes the API's, each call's path appended: not after a query."""
    with (
        httpx.Client(base_url="https://gw.test/mistral?code=abc") as http,
        pytest.raises(ValueError, match="base_url may not have a query"),
    ):
        Workflows(api_key="args-test-key", http_client=http)
    with httpx.Client(base_url="https://gw.test/mistral") as http:
        assert Workflows(api_key="args-test-key", http_client=http).base_url == "https://gw.test/mistral"


def test_arguments_checks_keep_their_messages() -> None:
    wf = Workflows(api_key="args-test-key")
    with pytest.raises(ValueError, match="invalid execution id"):
        wf.execution("..")
    make: Callable[..., Any] = wf.execution
    with pytest.raises(TypeError, match="must be a string"):
        make(7)
