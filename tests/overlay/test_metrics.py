"""``wf.metrics(workflow, start=..., end=...)`` with the sync and the async client against the
emulator; bad arguments fail before any request."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from mistral_workflows import AsyncWorkflows, NotFoundError, Workflows
from mistral_workflows_api.models import WorkflowMetrics
from mistral_workflows_emulator import RunningEmulator

from ..support import resolve

pytestmark = [pytest.mark.anyio, pytest.mark.emulator_only]

Client = Workflows | AsyncWorkflows


async def test_metrics_count_the_executions_in_the_window(any_client: Client) -> None:
    before = await resolve(any_client.metrics("counter"))
    start = datetime.datetime.now(datetime.UTC) - datetime.timedelta(seconds=1)
    handle = await resolve(any_client.execute("countdown", input={"n": 0, "interval": 0.01}))
    await resolve(handle.result(timeout=30))

    windowed = await resolve(any_client.metrics("countdown", start=start))
    later = await resolve(
        any_client.metrics(
            "countdown", start=start + datetime.timedelta(hours=1), end=start + datetime.timedelta(hours=2)
        )
    )

    assert isinstance(windowed, WorkflowMetrics) and isinstance(before, WorkflowMetrics)
    assert windowed.execution_count.value >= 1 and windowed.success_count.value >= 1
    assert later.execution_count.value == 0
    with pytest.raises(NotFoundError):
        await resolve(any_client.metrics("no-such-workflow"))


@pytest.mark.parametrize(
    ("kwargs", "error", "names"),
    [
        ({"start": datetime.datetime(2026, 1, 1)}, ValueError, "start"),
        ({"end": "today"}, TypeError, "end"),
        (
            {
                "start": datetime.datetime(2026, 2, 1, tzinfo=datetime.UTC),
                "end": datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
            },
            ValueError,
            "end",
        ),
    ],
)
async def test_bad_arguments_fail_before_any_request(
    any_client: Client, emulator: RunningEmulator, kwargs: dict[str, Any], error: type[Exception], names: str
) -> None:
    before = sum(emulator.stats.requests_by_path.values())
    with pytest.raises(error, match=names):
        await resolve(any_client.metrics("countdown", **kwargs))
    with pytest.raises(ValueError, match="workflow"):
        await resolve(any_client.metrics(""))
    assert sum(emulator.stats.requests_by_path.values()) == before
