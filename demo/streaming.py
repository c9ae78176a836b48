"""The streaming part of the tour: one execution's events, live, through a dropped connection."""

from __future__ import annotations

import json
from typing import Any

from mistral_workflows import ReconnectAttempt, StreamEvent, Workflows

#: countdown with custom tasks sends 3n + 4 events.
STEPS = 6


def summary(event: StreamEvent) -> str:
    """A short line about an event: what ran, and its input, result, progress or failure."""
    attributes = event.raw_data.get("attributes")
    if not isinstance(attributes, dict):
        return ""
    what = str(attributes.get("activity_name") or attributes.get("custom_task_type") or "")
    for key in ("failure", "result", "payload", "input"):
        value = attributes.get(key)
        if isinstance(value, dict):
            shown = value.get("message", value) if key == "failure" else value.get("value", value)
            text = json.dumps(shown, separators=(",", ":"))
            return f"{what} {key}={text[:60]}".strip()
    return what


def demo_streaming(wf: Workflows, emu: Any) -> None:
    """Stream a countdown live while the emulator drops the connection once, half-way."""
    total = 3 * STEPS + 4
    emu.options.drop_sse_every = total // 2 + 1
    try:
        handle = wf.execute("countdown", input={"n": STEPS, "interval": 0.3})
        print(f"   streaming {handle.execution_id} ({total} events; the server cuts the connection once)")

        def resumed(attempt: ReconnectAttempt) -> None:
            print(
                f"   -- connection lost ({attempt.reason}); resuming after event "
                f"{attempt.last_event_id} in {attempt.delay * 1000:.0f} ms"
            )

        with handle.stream(on_reconnect=resumed) as events:
            for event in events:
                when = f"{event.timestamp:%H:%M:%S.%f}"[:-3] if event.timestamp else "--:--:--.---"
                print(f"   {when}  #{event.id:>3}  {event.event_type or '?':30} {summary(event)}")
        print(f"   done: last event id {events.last_event_id} (pass it as last_event_id= to resume later)")
    finally:
        emu.options.drop_sse_every = None


if __name__ == "__main__":
    from mistral_workflows_emulator import running_emulator

    with (
        running_emulator(speed=5.0) as emulator,
        Workflows(api_key="demo", base_url=emulator.base_url) as client,
    ):
        demo_streaming(client, emulator)
