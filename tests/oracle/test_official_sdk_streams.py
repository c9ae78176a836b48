"""The official SDK as an oracle: it reads the emulator's streams as it reads the real service's.

If our emulator and our client shared a wrong guess about frames, the client's own tests could
not tell. The official ``mistralai`` SDK (a test-only dependency) was written against the real
service: here it reads the emulator's execution stream in each frame style the emulator can
send, and its error-frame hook must recognise the emulator's error frames and their reasons.
"""

from __future__ import annotations

from typing import Any

import pytest

from mistral_workflows import Workflows
from mistral_workflows_emulator import EmulatorOptions, RunningEmulator

mistralai_client = pytest.importorskip("mistralai.client")
sdk_exceptions = pytest.importorskip("mistralai.extra.exceptions")


@pytest.fixture(scope="module")
def emulator_options() -> EmulatorOptions:
    return EmulatorOptions(speed=100.0)


@pytest.fixture(scope="module")
def emulator(local_emulator: RunningEmulator) -> RunningEmulator:
    """The emulator is what the oracle checks: a local one, even in a live run (the frame
    styles and faults each test sets are put back after it by tests/conftest.py)."""
    return local_emulator


def finished_countdown(emulator: RunningEmulator, n: int) -> tuple[str, list[int]]:
    """A finished countdown's id and the broker sequences our client reads from its stream."""
    with Workflows(api_key="k", base_url=emulator.base_url) as wf:
        handle = wf.execute("countdown", {"n": n, "interval": 0.01})
        handle.result(timeout=30)
        return handle.execution_id, [event.broker_sequence or 0 for event in handle.stream()]


def sdk_frames(emulator: RunningEmulator, execution_id: str, **kw: Any) -> Any:
    sdk = mistralai_client.Mistral(api_key="k", server_url=emulator.base_url)
    return sdk.workflows.executions.stream(execution_id=execution_id, **kw)


def sdk_stream(emulator: RunningEmulator, execution_id: str, **kw: Any) -> list[Any]:
    return list(sdk_frames(emulator, execution_id, **kw))


@pytest.mark.parametrize(
    ("name", "newline"),
    [("workflow.event", "\n"), ("", "\r\n"), ("message", "\r"), ("x-brand-new", "\n")],
)
def test_the_sdk_reads_every_frame_style_of_the_emulator(
    emulator: RunningEmulator, name: str, newline: str
) -> None:
    emulator.options.sse_event_name = name
    emulator.options.sse_line_ending = newline
    execution_id, ours = finished_countdown(emulator, 5)
    theirs = sdk_stream(emulator, execution_id)
    assert [frame.data.broker_sequence for frame in theirs] == ours
    assert theirs[-1].data.data.event_type == "WORKFLOW_EXECUTION_COMPLETED"


def test_the_sdk_takes_the_emulators_error_frames_for_disconnects(emulator: RunningEmulator) -> None:
    execution_id, ours = finished_countdown(emulator, 5)
    emulator.options.sse_error_every = 4
    reasons = set()
    last: str | None = None
    received: list[int] = []
    for _ in range(len(ours)):
        try:
            for frame in sdk_frames(emulator, execution_id, last_event_id=last):
                received.append(frame.data.broker_sequence)
                last = str(frame.data.broker_sequence)
        except sdk_exceptions.StreamDisconnectedError as disconnect:
            reasons.add(disconnect.reason)
            continue
        break
    assert received == ours
    assert reasons and reasons <= {"read_error", "stream_error", "internal_error"}


def test_the_sdk_reads_a_database_replay_to_its_end(emulator: RunningEmulator) -> None:
    execution_id, ours = finished_countdown(emulator, 3)
    theirs = sdk_stream(emulator, execution_id, event_source="DATABASE")
    assert [frame.data.broker_sequence for frame in theirs] == ours
