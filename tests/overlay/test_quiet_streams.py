"""A stream that is merely quiet (waiting for a signal) is not a failing one."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from mistral_workflows import Workflows
from mistral_workflows_emulator import EmulatorOptions, running_emulator


@pytest.fixture
def silent_emulator() -> Iterator[Any]:
    """No keep-alive comments: an idle stream sends nothing at all."""
    with running_emulator(EmulatorOptions(speed=20, keepalive=3600)) as emu:
        yield emu


@pytest.mark.slow
def test_an_idle_stream_outlasts_many_read_timeouts(silent_emulator: Any) -> None:
    with Workflows(api_key="test-key", base_url=silent_emulator.base_url, timeout=0.2) as wf:
        handle = wf.execute("approval")
        other = wf.execution(handle.execution_id)
        approve = threading.Timer(2.0, lambda: other.signal("approve", {"by": "late"}, timeout=10))
        # Should the approval fail, end the execution anyway so the stream cannot hang the suite.
        safety = threading.Timer(30.0, lambda: other.terminate(timeout=10))
        approve.start()
        safety.start()
        try:
            with handle.stream(max_reconnects=2) as events:
                types = [event.event_type for event in events]
        finally:
            for timer in (approve, safety):
                timer.cancel()
                # A timer that has fired finishes its request before the client is closed.
                timer.join(15)
    assert types[0] == "WORKFLOW_EXECUTION_STARTED"
    assert types[-1] == "WORKFLOW_EXECUTION_COMPLETED"
