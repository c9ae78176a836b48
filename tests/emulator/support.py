"""Helpers of the emulator tests: typed unwrapping of generated responses, SSE frames."""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, TypeVar

from mistral_workflows_api import AuthenticatedClient
from mistral_workflows_api.api.executions import (
    get_execution,
    get_execution_history,
    stream_execution,
)
from mistral_workflows_api.api.workflows import execute_workflow
from mistral_workflows_api.models import (
    WorkflowExecutionRequest,
    WorkflowExecutionRequestInputType0,
    WorkflowExecutionResponse,
    WorkflowExecutionSyncResponse,
)
from mistral_workflows_api.types import UNSET, Response, Unset

from ..support import wait_until

T = TypeVar("T")


def parsed(response: Response[Any], kind: type[T], status: int = 200) -> T:
    """The parsed body, checked to be of this status and model."""
    assert response.status_code == status, (response.status_code, response.content)
    assert isinstance(response.parsed, kind), response.parsed
    return response.parsed


def new_id(prefix: str = "exec") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def start(
    client: AuthenticatedClient,
    workflow: str,
    input: dict[str, Any] | None = None,
    *,
    execution_id: str | None = None,
    timeout_seconds: float | Unset = UNSET,
) -> WorkflowExecutionResponse:
    body = WorkflowExecutionRequest(
        execution_id=execution_id or new_id(workflow),
        input_=WorkflowExecutionRequestInputType0.from_dict(input or {}),
        timeout_seconds=timeout_seconds,
    )
    response = execute_workflow.sync_detailed(workflow, client=client, body=body)
    return parsed(response, WorkflowExecutionResponse)


def run_to_end(
    client: AuthenticatedClient,
    workflow: str,
    input: dict[str, Any] | None = None,
    *,
    execution_id: str | None = None,
    timeout_seconds: float | Unset = UNSET,
) -> WorkflowExecutionResponse | WorkflowExecutionSyncResponse:
    """Execute with wait_for_result."""
    body = WorkflowExecutionRequest(
        execution_id=execution_id or new_id(workflow),
        input_=WorkflowExecutionRequestInputType0.from_dict(input or {}),
        wait_for_result=True,
        timeout_seconds=timeout_seconds,
    )
    response = execute_workflow.sync_detailed(workflow, client=client, body=body)
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, WorkflowExecutionResponse | WorkflowExecutionSyncResponse)
    return response.parsed


def status_of(client: AuthenticatedClient, execution_id: str) -> str:
    execution = parsed(get_execution.sync_detailed(execution_id, client=client), WorkflowExecutionResponse)
    return str(execution.status)


def wait_for_status(
    client: AuthenticatedClient, execution_id: str, statuses: Collection[str], timeout: float = 10.0
) -> WorkflowExecutionResponse:
    """The execution, once its status is one of ``statuses``."""
    seen: list[WorkflowExecutionResponse] = []

    def reached() -> WorkflowExecutionResponse | None:
        execution = parsed(
            get_execution.sync_detailed(execution_id, client=client), WorkflowExecutionResponse
        )
        seen.append(execution)
        return execution if str(execution.status) in statuses else None

    return wait_until(reached, timeout=timeout, message=lambda: f"{execution_id} stayed {seen[-1].status}")


@dataclass(frozen=True)
class Frame:
    """One server-sent event."""

    event: str | None
    id: str | None
    data: str

    def json(self) -> Any:
        return json.loads(self.data)


def parse_sse(text: str) -> tuple[list[Frame], list[str]]:
    """The frames and the comment lines of an event-stream body."""
    frames: list[Frame] = []
    comments: list[str] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        event = frame_id = None
        data: list[str] = []
        for line in block.split("\n"):
            if line.startswith(":"):
                comments.append(line[1:].strip())
            elif line.startswith("event:"):
                event = line[len("event:") :].strip()
            elif line.startswith("id:"):
                frame_id = line[len("id:") :].strip()
            elif line.startswith("data:"):
                data.append(line[len("data:") :].strip())
        if data:
            frames.append(Frame(event, frame_id, "\n".join(data)))
    return frames, comments


def stream_frames(client: AuthenticatedClient, execution_id: str, **kwargs: Any) -> list[Frame]:
    """The whole /stream body (it ends once the execution has finished), as frames."""
    response = stream_execution.sync_detailed(execution_id, client=client, **kwargs)
    body = parsed(response, str)
    assert response.headers["content-type"].startswith("text/event-stream")
    return parse_sse(body)[0]


def history_events(client: AuthenticatedClient, execution_id: str) -> list[dict[str, Any]]:
    """The events of the execution's current run, from /history."""
    response = get_execution_history.sync_detailed(execution_id, client=client, decode_payloads=True)
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, dict)
    events: list[dict[str, Any]] = response.parsed["events"]
    return events


def event_types(frames: list[Frame]) -> list[str]:
    return [frame.json()["data"]["event_type"] for frame in frames]
