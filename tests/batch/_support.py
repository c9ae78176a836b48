"""Helpers of the batch tests: set up executions, read their statuses, await either flavour."""

from __future__ import annotations

import contextlib
import json
import threading
import uuid
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from mistral_workflows import AsyncWorkflows, Workflows


def start_many(wf: Workflows, workflow: str, count: int, input: dict[str, Any] | None = None) -> list[str]:
    """Start ``count`` executions (8 at a time) and return their ids in order."""
    prefix = uuid.uuid4().hex[:8]
    with ThreadPoolExecutor(8) as pool:
        return list(
            pool.map(
                lambda i: wf.execute(workflow, input, execution_id=f"{prefix}-{i}").execution_id,
                range(count),
            )
        )


def statuses(wf: Workflows, ids: list[str]) -> dict[str, str]:
    """Each execution's current status."""
    with ThreadPoolExecutor(8) as pool:
        found = pool.map(lambda i: str(getattr(wf.execution(i).get().status, "value", "")), ids)
        return dict(zip(ids, found, strict=True))


API_KEY = "batch-test-key"
MOCK_URL = "http://batch.test"


@contextlib.asynccontextmanager
async def mock_client(
    flavour: str, handler: Callable[[httpx.Request], Any], **settings: Any
) -> AsyncIterator[Workflows | AsyncWorkflows]:
    """A client of the given flavour whose requests are answered by ``handler``."""
    transport = httpx.MockTransport(handler)
    if flavour == "sync":
        with (
            httpx.Client(base_url=MOCK_URL, transport=transport) as http,
            Workflows(api_key=API_KEY, http_client=http, **settings) as wf,
        ):
            yield wf
    else:
        async with (
            httpx.AsyncClient(base_url=MOCK_URL, transport=transport) as ahttp,
            AsyncWorkflows(api_key=API_KEY, http_client=ahttp, **settings) as awf,
        ):
            yield awf


class FakeBatchServer:
    """Answers batch cancel/terminate like the API; records the ids of every request it answered.

    ``cap``: more ids get a 422 "too long"; ``unknown``: ids reported "execution not found";
    ``omit``: ids left out of the answer; ``extra``: an id added to every answer;
    ``unavailable``: a request holding one of these ids gets a 503.
    """

    def __init__(
        self,
        *,
        cap: int = 100,
        unknown: frozenset[str] = frozenset(),
        omit: frozenset[str] = frozenset(),
        extra: str | None = None,
        unavailable: frozenset[str] = frozenset(),
        on_request: Callable[[list[str]], None] | None = None,
    ) -> None:
        self.cap = cap
        self.unknown = unknown
        self.omit = omit
        self.extra = extra
        self.unavailable = unavailable
        self.on_request = on_request
        self.requests: list[list[str]] = []
        self.answered: list[str] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        ids: list[str] = json.loads(request.content)["execution_ids"]
        with self._lock:
            self.requests.append(ids)
        if self.on_request is not None:
            self.on_request(ids)
        if len(ids) > self.cap:
            detail = [
                {
                    "loc": ["body", "execution_ids"],
                    "msg": f"List should have at most {self.cap} items, not {len(ids)}",
                    "type": "too_long",
                }
            ]
            return httpx.Response(422, json={"detail": detail})
        if self.unavailable.intersection(ids):
            return httpx.Response(503, json={"detail": "service unavailable"})
        results = {
            i: {"status": "failure", "error": "execution not found"}
            if i in self.unknown
            else {"status": "success", "error": None}
            for i in ids
            if i not in self.omit
        }
        if self.extra is not None:
            results[self.extra] = {"status": "success", "error": None}
        with self._lock:
            self.answered.extend(ids)
        return httpx.Response(200, json={"results": results})
