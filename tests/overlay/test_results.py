"""result() for every way an execution can end, and across continue-as-new."""

from __future__ import annotations

from typing import Any

import pytest

from mistral_workflows import (
    AsyncWorkflows,
    ExecutionCanceled,
    ExecutionError,
    ExecutionFailed,
    ExecutionTerminated,
    ExecutionTimedOut,
    ResultTimeoutError,
    Workflows,
)

from ..support import resolve

#: Every ending here is one of a built-in workflow of the emulator.
pytestmark = [pytest.mark.anyio, pytest.mark.emulator_only]

Client = Workflows | AsyncWorkflows


async def test_completed(any_client: Client) -> None:
    handle = await resolve(any_client.execute("countdown", input={"n": 2}))
    assert await resolve(handle.result(timeout=30)) == {"counted": 2}


async def test_failed_carries_the_failure_payload(any_client: Client) -> None:
    handle = await resolve(any_client.execute("flaky", input={"message": "disk on fire"}))
    with pytest.raises(ExecutionFailed) as caught:
        await resolve(handle.result(timeout=30))
    assert caught.value.failure is not None
    assert caught.value.failure["message"] == "disk on fire"
    assert "disk on fire" in str(caught.value)
    assert caught.value.execution_id == handle.execution_id


@pytest.mark.parametrize(
    ("action", "error"), [("cancel", ExecutionCanceled), ("terminate", ExecutionTerminated)]
)
async def test_canceled_and_terminated(any_client: Client, action: str, error: type[ExecutionError]) -> None:
    handle = await resolve(any_client.execute("forever"))
    await resolve(getattr(handle, action)())
    with pytest.raises(error):
        await resolve(handle.result(timeout=30))


async def test_timed_out(any_client: Client) -> None:
    handle = await resolve(any_client.execute("slow", {"timeout": 0.5}))
    with pytest.raises(ExecutionTimedOut) as caught:
        await resolve(handle.result(timeout=60))
    assert caught.value.status == "TIMED_OUT"


async def test_follows_continue_as_new_to_the_final_run(any_client: Client) -> None:
    handle = await resolve(any_client.execute("renew", input={"times": 2}))
    assert await resolve(handle.result(timeout=60)) == {"runs": 3}


async def test_gives_up_after_its_timeout(any_client: Client) -> None:
    handle = await resolve(any_client.execute("forever"))
    with pytest.raises(ResultTimeoutError) as caught:
        await resolve(handle.result(timeout=0.3))
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.last_status == "RUNNING"
    await resolve(handle.terminate())


def test_emulator_fixture_is_loopback(emulator: Any) -> None:
    assert emulator.base_url.startswith("http://127.0.0.1:")
