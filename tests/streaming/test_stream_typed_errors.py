"""Streams never let a raw httpx error escape, and refuse a header-breaking resume id at once."""

from __future__ import annotations

import httpx
import pytest

from mistral_workflows import APIConnectionError, AsyncWorkflows, Workflows

from ._support import BASE_URL, EXECUTION_ID

pytestmark = pytest.mark.anyio

RAISED = [
    httpx.TooManyRedirects("too many redirects"),
    httpx.DecodingError("bad gzip"),
    httpx.UnsupportedProtocol("no such scheme"),
]


@pytest.mark.parametrize("raised", RAISED, ids=lambda e: type(e).__name__)
def test_a_request_error_that_reconnecting_cannot_mend_is_typed_sync(raised: Exception) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise raised

    http = httpx.Client(transport=httpx.MockTransport(handler), base_url=BASE_URL)
    with Workflows(api_key="k", http_client=http) as wf, pytest.raises(APIConnectionError) as caught:
        list(wf.execution(EXECUTION_ID).stream())
    assert type(raised).__name__ in str(caught.value)
    http.close()


@pytest.mark.parametrize("raised", RAISED, ids=lambda e: type(e).__name__)
async def test_a_request_error_that_reconnecting_cannot_mend_is_typed_async(raised: Exception) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise raised

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler), base_url=BASE_URL)
    async with AsyncWorkflows(api_key="k", http_client=http) as wf:
        stream = wf.execution(EXECUTION_ID).stream()
        with pytest.raises(APIConnectionError):
            async with stream:
                async for _ in stream:
                    pass
    await http.aclose()


@pytest.mark.parametrize("bad", ["12\r\nX-Injected: 1", "7\n", "3\x00"])
def test_a_resume_id_that_would_break_the_header_is_refused_at_the_call(bad: str) -> None:
    with Workflows(api_key="k", base_url=BASE_URL) as wf:
        with pytest.raises(ValueError, match="last_event_id"):
            wf.execution(EXECUTION_ID).stream(last_event_id=bad)
        with pytest.raises(ValueError, match="last_event_id"):
            wf.execution(EXECUTION_ID).stream_logs(last_event_id=bad)
