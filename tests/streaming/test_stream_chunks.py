"""Chunk boundaries anywhere: any split of a valid byte stream yields the same events."""

from __future__ import annotations

import itertools
import json
from typing import Any

import httpx
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mistral_workflows import Workflows

from ._support import BASE_URL, EXECUTION_ID, Connection, FakeServer, event_payload, frame


def valid_stream() -> bytes:
    """Frames with what a chunk boundary can fall inside: multi-byte UTF-8, CRLF, CR, comments,
    pings, a retry field, data split over two ``data:`` lines, an unknown event type."""
    parts = [b": hello\n\n", frame(event_payload(1, "WORKFLOW_EXECUTION_STARTED"), retry=1000)]
    accented = event_payload(2, attributes={"task_id": "2", "activity_name": "café ☕ 日本 🚀"})
    parts.append(frame(accented).replace(b"\n", b"\r\n"))
    parts.append(b"id: 2\r\r")
    split = json.dumps(event_payload(3), indent=None).replace(', "data": ', ',\ndata:  "data": ', 1)
    parts.append(f"id: 3\ndata: {split}\n\n".encode())
    parts.append(frame(event_payload(4, "SOMETHING_NEW", attributes={"emoji": "🧪"})).replace(b"\n", b"\r"))
    parts.append(b":\n\n")
    parts.append(frame(event_payload(5, "WORKFLOW_EXECUTION_COMPLETED")))
    return b"".join(parts)


BODY = valid_stream()


def split_at(body: bytes, cuts: list[int]) -> list[bytes]:
    bounds = [0, *sorted(set(cuts)), len(body)]
    return [body[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def events_of(chunks: list[bytes]) -> list[tuple[str, int | None, str | None, dict[str, Any]]]:
    server = FakeServer([Connection(chunks)])
    transport = httpx.MockTransport(server)
    with Workflows(api_key="k", http_client=httpx.Client(transport=transport, base_url=BASE_URL)) as wf:
        items = list(wf.execution(EXECUTION_ID).stream())
        wf.api.get_httpx_client().close()
    return [(e.id, e.broker_sequence, e.event_type, e.raw) for e in items]


REFERENCE = events_of([BODY])


def test_the_reference_stream_is_read_whole() -> None:
    assert [sequence for _, sequence, _, _ in REFERENCE] == [1, 2, 3, 4, 5]
    assert REFERENCE[1][3]["data"]["attributes"]["activity_name"] == "café ☕ 日本 🚀"
    assert REFERENCE[3][2] == "SOMETHING_NEW"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=len(BODY) - 1), max_size=40))
@example(list(range(1, len(BODY))))  # one byte per chunk
def test_any_split_yields_the_same_events(cuts: list[int]) -> None:
    assert events_of(split_at(BODY, cuts)) == REFERENCE
