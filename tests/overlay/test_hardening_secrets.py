"""The API key: cleaned or refused at construction, and never echoed back to the caller.

A hostile server (a ``MockTransport``) echoes the key in every way it can, in headers, bodies,
URLs and transport errors, raw and escaped; none of it may reach a message, a traceback, a
pickle, a log line or an error attribute.
"""

from __future__ import annotations

import html
import json
import logging
import pickle
import traceback
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from mistral_workflows import (
    AsyncWorkflows,
    MissingAPIKeyError,
    Workflows,
    WorkflowsError,
    build_api_client,
)
from mistral_workflows._context import CallContext

#: Printable ASCII with every character that an escaping rewrites: quotes, backslash, slash,
#: plus, percent, ampersand, angle brackets.
KEY = "sk-Ab/cd+ef\"gh\\ij'kl%mn&op<qr>st"
BASE = "https://api.test"


def renderings(key: str) -> set[str]:
    """Every way the key may be written in text we produce."""
    forms = {
        key,
        repr(key)[1:-1],
        key.replace("\\", "\\\\").replace("'", "\\'"),
        key.replace("\\", "\\\\").replace('"', '\\"'),
        json.dumps(key)[1:-1],
        json.dumps(key)[1:-1].replace("/", "\\/"),
        urllib.parse.quote(key, safe=""),
        urllib.parse.quote(key),
        urllib.parse.quote_plus(key),
        html.escape(key),
    }
    forms |= {form.lower() for form in forms if "%" in form}
    forms |= {json.dumps(form)[1:-1] for form in list(forms)} | {repr(form)[1:-1] for form in list(forms)}
    return forms


def assert_no_key(text: str | bytes, what: str) -> None:
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    for form in renderings(KEY):
        assert form not in text, f"the key ({form!r}) leaks into {what}: {text[:300]!r}"


def assert_error_is_clean(exc: BaseException) -> None:
    assert_no_key(str(exc), "str(exc)")
    assert_no_key(repr(exc), "repr(exc)")
    assert_no_key("".join(traceback.format_exception(exc)), "the traceback")
    assert_no_key(pickle.dumps(exc), "the pickle")
    for name in ("body", "text", "detail", "request_id", "url", "failure", "last_status", "status"):
        value = getattr(exc, name, None)
        assert_no_key(json.dumps(value, default=str), f".{name}")
    assert_no_key(repr(getattr(exc, "__notes__", "")), "the notes")


def mocked(handler: Callable[[httpx.Request], httpx.Response], **kw: Any) -> Workflows:
    http = httpx.Client(base_url=BASE, transport=httpx.MockTransport(handler))
    return Workflows(api_key=KEY, base_url=BASE, http_client=http, max_retries=0, **kw)


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG, logger="mistral_workflows")
    yield caplog
    records = caplog.get_records("call")
    assert records, "the client logged nothing"
    assert_no_key("\n".join(f"{r.getMessage()} {r.args!r}" for r in records), "the logs")


def auth_of(request: httpx.Request) -> str:
    return str(request.headers.get("authorization", ""))


# ----- a server echoing the key -------------------------------------------------------------------


def echo_everything(status: int) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        key = auth_of(request).removeprefix("Bearer ")
        escaped = " ".join(sorted(renderings(key)))
        body = {
            "detail": f"key {auth_of(request)} rejected; {escaped}",
            "echo": [key, {"again": key}, escaped],
        }
        return httpx.Response(status, json=body, headers={"X-Request-Id": f"req-{key}"})

    return handler


@pytest.mark.parametrize("status", [400, 401, 404, 409, 422, 429, 500, 503])
def test_an_error_answer_echoing_the_key_is_redacted_everywhere(
    status: int, logs: pytest.LogCaptureFixture
) -> None:
    with mocked(echo_everything(status)) as wf, pytest.raises(WorkflowsError) as caught:
        wf.execution("e1").get()
    assert_error_is_clean(caught.value)
    assert "[REDACTED]" in str(caught.value)


def test_a_text_body_echoing_the_key_in_every_escaping_is_redacted(logs: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        key = auth_of(request).removeprefix("Bearer ")
        return httpx.Response(500, text="\n".join(sorted(renderings(key))))

    with mocked(handler) as wf, pytest.raises(WorkflowsError) as caught:
        wf.execution("e1").get()
    assert_error_is_clean(caught.value)


def test_the_key_cut_by_the_excerpt_does_not_leak_its_start() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, text="x" * 490 + auth_of(request).removeprefix("Bearer "))

    with mocked(handler) as wf, pytest.raises(WorkflowsError) as caught:
        wf.execution("e1").get()
    text = getattr(caught.value, "text", "")
    assert KEY[:10] not in text and KEY[:10] not in str(caught.value)


def test_a_success_answer_echoing_the_key_in_a_bad_field_is_redacted(logs: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        key = auth_of(request).removeprefix("Bearer ")
        return httpx.Response(
            200,
            json={
                "workflow_name": "w",
                "execution_id": "e1",
                "root_execution_id": "e1",
                "status": "RUNNING",
                "start_time": key,
                "end_time": None,
                "result": None,
            },
        )

    with mocked(handler) as wf, pytest.raises(WorkflowsError) as caught:
        wf.execution("e1").get()
    assert_error_is_clean(caught.value)


def test_a_transport_error_quoting_the_key_is_redacted(logs: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError(f"peer sent garbage after {auth_of(request)!r}", request=request)

    with mocked(handler) as wf, pytest.raises(WorkflowsError) as caught:
        wf.execution("e1").get()
    assert_error_is_clean(caught.value)


def test_a_redirect_to_a_url_holding_the_key_is_redacted(logs: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/e1"):
            query = urllib.parse.urlencode({"key": KEY})
            return httpx.Response(307, headers={"Location": f"{BASE}/elsewhere/{KEY}?{query}"})
        return httpx.Response(404, json={"detail": f"nothing at {request.url}"})

    with Workflows(api_key=KEY, base_url=BASE, max_retries=0) as wf:  # follows redirects
        wf.api.get_httpx_client()._transport = httpx.MockTransport(handler)
        with pytest.raises(WorkflowsError) as caught:
            wf.execution("e1").get()
    assert_error_is_clean(caught.value)
    assert caught.value.url == f"{BASE}/v1/workflows/executions/e1"  # type: ignore[attr-defined]


def test_a_failure_payload_echoing_the_key_is_redacted() -> None:
    failed = {
        "workflow_name": "w",
        "execution_id": "e1",
        "root_execution_id": "e1",
        "status": "FAILED",
        "start_time": "2026-01-01T00:00:00Z",
        "end_time": "2026-01-01T00:00:01Z",
        "result": None,
    }
    event = {
        "stream": "s",
        "broker_sequence": 1,
        "workflow_context": {},
        "data": {
            "event_type": "WORKFLOW_EXECUTION_FAILED",
            "workflow_exec_id": "e1",
            "attributes": {"failure": {"message": f"bad key {KEY}", "details": [KEY]}},
        },
    }

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/stream"):
            text = f"data: {json.dumps(event)}\n\n"
            return httpx.Response(200, text=text, headers={"content-type": "text/event-stream"})
        return httpx.Response(200, json=failed)

    with mocked(handler) as wf, pytest.raises(WorkflowsError) as caught:
        wf.execution("e1").result(timeout=10)
    assert_error_is_clean(caught.value)


def test_a_batch_answer_echoing_the_key_is_redacted() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        ids = json.loads(request.content)["execution_ids"]
        results = {i: {"status": f"no-{KEY}", "error": f"key {KEY} may not"} for i in ids}
        return httpx.Response(200, json={"results": results})

    with mocked(handler) as wf:
        report = wf.cancel_many(["a", "b"])
    assert set(report.failed) == {"a", "b"}
    for failure in report.failed.values():
        assert_no_key(repr(failure), "a BatchFailure")
        assert_no_key(failure.message, "a BatchFailure's message")
        assert_no_key(str(failure.server_status), "a BatchFailure's server status")
    assert_no_key(pickle.dumps(report), "a pickled report")


# ----- the key as given -----------------------------------------------------------------------------


def sent_authorization(wf: Workflows) -> str:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(auth_of(request))
        return httpx.Response(204)

    wf.api.get_httpx_client()._transport = httpx.MockTransport(handler)
    wf.execution("e1").cancel()
    return seen[0]


@pytest.mark.parametrize("padded", [f"{KEY}\n", f"  {KEY}\r\n", f"\t{KEY} "])
def test_surrounding_whitespace_is_stripped(padded: str) -> None:
    with Workflows(api_key=padded, base_url=BASE) as wf:
        assert sent_authorization(wf) == f"Bearer {KEY}"
        assert wf.api.token == KEY


def test_a_key_read_from_a_file_with_its_newline_works(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", KEY + "\n")
    with Workflows(base_url=BASE) as wf:
        assert sent_authorization(wf) == f"Bearer {KEY}"
    assert build_api_client(KEY + "\n").token == KEY


@pytest.mark.parametrize("blank", ["", "   ", "\n"])
def test_a_blank_key_is_a_missing_key(blank: str) -> None:
    with pytest.raises(MissingAPIKeyError):
        Workflows(api_key=blank)


@pytest.mark.parametrize(
    "bad",
    [
        "sk-abcdef\nX-Injected: yes",
        "sk-abc\rdef0123",
        "sk-abc\x00def0123",
        "sk-abc\x7fdef0123",
        "sk-abcdéf0123",
        "sk-abc def0123",
        "sk-abc\u2028def0123",
    ],
)
@pytest.mark.parametrize("make", [Workflows, AsyncWorkflows, build_api_client])
def test_a_key_that_is_not_printable_ascii_is_refused_without_being_shown(
    bad: str, make: Callable[..., Any]
) -> None:
    with pytest.raises(WorkflowsError) as caught:
        make(api_key=bad)
    assert isinstance(caught.value, ValueError)
    assert "API key" in str(caught.value)
    text = "".join(traceback.format_exception(caught.value))
    for part in (bad, repr(bad), bad.split()[0][:9], bad[4:10]):
        assert part not in text


def test_a_bad_key_in_with_options_is_refused_too() -> None:
    with Workflows(api_key=KEY, base_url=BASE) as wf, pytest.raises(WorkflowsError):
        wf.with_options(api_key="sk-abc\ndef0123")


@pytest.mark.parametrize("bad", [123, b"sk-bytes-key-0123", ["sk"]])
def test_a_key_that_is_not_a_string_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="api_key"):
        Workflows(api_key=bad)  # type: ignore[arg-type]


def test_short_keys_are_not_redacted_long_ones_are() -> None:
    short = CallContext(build_api_client("k3y"), httpx.Timeout(1), 0)
    assert short.redact("a k3y b") == "a k3y b"
    long = CallContext(build_api_client(KEY), httpx.Timeout(1), 0)
    for form in renderings(KEY):
        assert form not in long.redact(f"before {form} after"), form
