"""`reset_points`: the ids a reset accepts, read from histories in either enum style."""

from __future__ import annotations

from typing import Any

import pytest

from mistral_workflows import Workflows
from mistral_workflows._history import reset_points
from mistral_workflows_emulator import running_emulator

PROTO = {
    "events": [
        {"eventId": "1", "eventType": "EVENT_TYPE_WORKFLOW_EXECUTION_STARTED"},
        {"eventId": "2", "eventType": "EVENT_TYPE_WORKFLOW_TASK_SCHEDULED"},
        {"eventId": "3", "eventType": "EVENT_TYPE_WORKFLOW_TASK_STARTED"},
        {"eventId": "4", "eventType": "EVENT_TYPE_WORKFLOW_TASK_TIMED_OUT"},
        {"eventId": "5", "eventType": "EVENT_TYPE_WORKFLOW_TASK_SCHEDULED"},
        {"eventId": "6", "eventType": "EVENT_TYPE_WORKFLOW_TASK_STARTED"},
        {"eventId": "7", "eventType": "EVENT_TYPE_WORKFLOW_TASK_FAILED"},
        {"eventId": "8", "eventType": "EVENT_TYPE_WORKFLOW_TASK_SCHEDULED"},
        {"eventId": "9", "eventType": "EVENT_TYPE_WORKFLOW_TASK_STARTED"},
        {"eventId": "10", "eventType": "EVENT_TYPE_WORKFLOW_TASK_COMPLETED"},
        {"eventId": "11", "eventType": "EVENT_TYPE_ACTIVITY_TASK_SCHEDULED"},
        {"eventId": "12", "eventType": "EVENT_TYPE_ACTIVITY_TASK_STARTED"},
        {"eventId": "13", "eventType": "EVENT_TYPE_ACTIVITY_TASK_COMPLETED"},
        {"eventId": "14", "eventType": "EVENT_TYPE_WORKFLOW_TASK_SCHEDULED"},
        {"eventId": "15", "eventType": "EVENT_TYPE_WORKFLOW_TASK_STARTED"},
        {"eventId": "16", "eventType": "EVENT_TYPE_WORKFLOW_TASK_COMPLETED"},
        {"eventId": "17", "eventType": "EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED"},
    ]
}
EXPECTED = [3, 4, 6, 7, 9, 10, 15, 16]


def _pascal(event_type: str) -> str:
    return "".join(word.capitalize() for word in event_type.removeprefix("EVENT_TYPE_").split("_"))


SHORT = {
    "events": [
        {"eventId": int(event["eventId"]), "eventType": _pascal(event["eventType"])}
        for event in PROTO["events"]
    ]
}


def test_the_proto_style() -> None:
    assert reset_points(PROTO) == EXPECTED


def test_the_short_style_with_numeric_ids() -> None:
    assert SHORT["events"][9] == {"eventId": 10, "eventType": "WorkflowTaskCompleted"}
    assert reset_points(SHORT) == EXPECTED


def test_mixed_styles_and_spellings() -> None:
    history = {
        "events": [
            {"eventId": 3, "eventType": "EVENT_TYPE_WORKFLOW_TASK_STARTED"},
            {"eventId": "4", "eventType": "WorkflowTaskCompleted"},
            {"event_id": "5", "event_type": "WORKFLOW_TASK_FAILED"},
            {"eventId": " 6 ", "eventType": "workflow_task_timed_out"},
        ]
    }

    assert reset_points(history) == [3, 4, 5, 6]


def test_a_get_history_answer_is_read_too() -> None:
    assert reset_points({"history": PROTO}) == EXPECTED


@pytest.mark.parametrize(
    "event",
    [
        {"eventId": "20", "eventType": "EVENT_TYPE_SOMETHING_NEW"},
        {"eventId": "21", "eventType": "SomethingNew"},
        {"eventId": "22", "eventType": 7},
        {"eventId": "23"},
        {"eventType": "EVENT_TYPE_WORKFLOW_TASK_COMPLETED"},
        {"eventId": None, "eventType": "EVENT_TYPE_WORKFLOW_TASK_COMPLETED"},
        {"eventId": "x", "eventType": "EVENT_TYPE_WORKFLOW_TASK_COMPLETED"},
        {"eventId": "-3", "eventType": "EVENT_TYPE_WORKFLOW_TASK_COMPLETED"},
        {"eventId": 0, "eventType": "EVENT_TYPE_WORKFLOW_TASK_COMPLETED"},
        {"eventId": True, "eventType": "EVENT_TYPE_WORKFLOW_TASK_COMPLETED"},
        {"eventId": 2.5, "eventType": "EVENT_TYPE_WORKFLOW_TASK_COMPLETED"},
        {"eventId": "24", "eventType": "EVENT_TYPE_WORKFLOW_TASK_SCHEDULED"},
        "not an event",
        None,
    ],
)
def test_events_it_cannot_read_are_skipped(event: Any) -> None:
    history = {"events": [*PROTO["events"][:3], event, *PROTO["events"][3:]]}

    assert reset_points(history) == EXPECTED


@pytest.mark.parametrize("history", [{}, {"events": None}, {"events": "abc"}, {"events": {}}, {"history": 3}])
def test_a_history_without_events_has_no_reset_points(history: Any) -> None:
    assert reset_points(history) == []


@pytest.mark.parametrize("style", ["proto", "short"])
def test_the_emulator_accepts_every_reset_point_it_finds(style: str) -> None:
    with (
        running_emulator(speed=50, history_style=style) as emulator,
        Workflows(api_key="k", base_url=emulator.base_url) as workflows,
    ):
        handle = workflows.execute("countdown", input={"n": 2, "interval": 0.1})
        assert handle.result(timeout=30) == {"counted": 2}
        history = handle.history()
        points = reset_points(history)
        assert points == [3, 4, 9, 10, 15, 16]

        handle.reset(points[-1], reason="again")

        assert handle.result(timeout=30) == {"counted": 2}
        after = reset_points(handle.history())
        # The reset shows as a failed workflow task (one more reset point) before the task re-runs.
        assert after == [3, 4, 9, 10, 15, 16, 18, 19]
