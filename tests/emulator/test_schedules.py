"""Schedules fire on the emulator's clock (50 times faster here): intervals, cron expressions,
max executions, pause / resume / trigger, overlap policies, updates, deletion, and refusals."""

from __future__ import annotations

import itertools
import uuid
from datetime import datetime
from typing import Any

import httpx
import pytest

from ..support import wait_until

SCHEDULES = "/v1/workflows/schedules"


def _create(http: httpx.Client, workflow: str = "countdown", **schedule: Any) -> str:
    schedule_id = f"sched-{uuid.uuid4().hex[:8]}"
    body = {
        "schedule_id": schedule_id,
        "workflow_identifier": workflow,
        "schedule": {"input": {"n": 1, "interval": 0.1}, **schedule},
    }
    response = http.post(SCHEDULES, json=body)
    assert response.status_code == 201, response.text
    assert response.json() == {"schedule_id": schedule_id}
    return schedule_id


def _get(http: httpx.Client, schedule_id: str) -> dict[str, Any]:
    response = http.get(f"{SCHEDULES}/{schedule_id}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _runs(http: httpx.Client, schedule_id: str) -> list[dict[str, Any]]:
    rows = http.get("/v1/workflows/runs", params={"search": schedule_id, "page_size": 1000}).json()
    return [row for row in rows["executions"] if row["execution_id"].startswith(schedule_id)]


def test_an_interval_schedule_fires_its_executions_then_stops(http: httpx.Client) -> None:
    schedule_id = _create(http, intervals=[{"every": "PT10S"}], max_executions=3)

    wait_until(lambda: _get(http, schedule_id)["remaining_executions"] == 0)
    schedule = _get(http, schedule_id)
    runs = _runs(http, schedule_id)

    assert len(schedule["recent_executions"]) == 3 == len(runs)
    assert schedule["future_executions"] == []
    assert {row["workflow_name"] for row in runs} == {"countdown"}
    first = schedule["recent_executions"][0]["execution_id"]
    events = http.get("/v1/workflows/events/list", params={"workflow_exec_id": first}).json()["events"]
    assert events and {event["schedule_id"] for event in events} == {schedule_id}
    times = [datetime.fromisoformat(r["scheduled_at"]) for r in schedule["recent_executions"]]
    assert [(b - a).total_seconds() for a, b in itertools.pairwise(times)] == [10.0, 10.0]


def test_a_cron_schedule_lists_its_next_times(http: httpx.Client) -> None:
    schedule_id = _create(http, cron_expressions=["0 */6 * * *"], time_zone_name="Europe/Paris")
    http.post(f"{SCHEDULES}/{schedule_id}/pause", json={"note": "just looking"})

    resumed = http.post(f"{SCHEDULES}/{schedule_id}/resume")  # no body: the contract allows it
    schedule = _get(http, schedule_id)

    assert resumed.status_code == 204
    future = [datetime.fromisoformat(item["scheduled_at"]) for item in schedule["future_executions"]]
    assert len(future) == 10
    assert {(b - a).total_seconds() for a, b in itertools.pairwise(future)} <= {
        21600.0,
        18000.0,
        25200.0,
    }
    assert schedule["cron_expressions"] == ["0 */6 * * *"]
    assert schedule["paused"] is False and schedule["note"] is None
    http.delete(f"{SCHEDULES}/{schedule_id}")


def test_pause_stops_firing_and_trigger_still_starts_one(http: httpx.Client) -> None:
    schedule_id = _create(http, cron_expressions=["* * * * * *"])
    wait_until(lambda: len(_runs(http, schedule_id)) >= 2)
    assert http.post(f"{SCHEDULES}/{schedule_id}/pause", json={"note": "maintenance"}).status_code == 204
    paused = _get(http, schedule_id)
    count = len(_runs(http, schedule_id))

    listed = http.get(SCHEDULES, params={"status": "paused", "search": schedule_id}).json()["schedules"]
    triggered = http.post(f"{SCHEDULES}/{schedule_id}/trigger", json={"overlap": 6})

    assert paused["paused"] is True and paused["note"] == "maintenance"
    assert paused["future_executions"] == []
    assert [item["schedule_id"] for item in listed] == [schedule_id]
    assert triggered.status_code == 204
    assert len(_runs(http, schedule_id)) == count + 1
    http.delete(f"{SCHEDULES}/{schedule_id}")


def test_overlap_skip_keeps_one_running_and_terminate_other_replaces_it(http: httpx.Client) -> None:
    skipping = _create(http, "forever", intervals=[{"every": "PT5S"}], policy={"overlap": 1})
    replacing = _create(http, "forever", intervals=[{"every": "PT5S"}], policy={"overlap": 5})

    wait_until(lambda: len(_runs(http, replacing)) >= 3)
    http.post(f"{SCHEDULES}/{skipping}/pause")
    http.post(f"{SCHEDULES}/{replacing}/pause")

    skipped = _runs(http, skipping)
    replaced = _runs(http, replacing)
    assert len(skipped) == 1 and skipped[0]["status"] == "RUNNING"
    statuses = [row["status"] for row in sorted(replaced, key=lambda row: row["start_time"])]
    assert set(statuses[:-1]) == {"TERMINATED"}
    for row in [*skipped, *replaced]:
        http.post(f"/v1/workflows/executions/{row['execution_id']}/terminate")


def test_update_and_delete(http: httpx.Client) -> None:
    schedule_id = _create(http, cron_expressions=["0 0 1 1 *"])

    updated = http.patch(
        f"{SCHEDULES}/{schedule_id}", json={"schedule": {"input": {"n": 7}, "max_executions": 2}}
    )
    schedule = _get(http, schedule_id)
    deleted = http.delete(f"{SCHEDULES}/{schedule_id}")

    assert updated.json() == {"schedule_id": schedule_id}
    assert schedule["input"] == {"n": 7} and schedule["remaining_executions"] == 2
    assert schedule["cron_expressions"] == ["0 0 1 1 *"]
    assert deleted.status_code == 204
    assert http.get(f"{SCHEDULES}/{schedule_id}").status_code == 404


def test_listing_pages_by_token(http: httpx.Client) -> None:
    mine = [_create(http, "counter", cron_expressions=["0 0 1 1 *"]) for _ in range(5)]
    seen: list[str] = []
    token: str | None = None
    while True:
        params: dict[str, Any] = {"workflow_name": "counter", "page_size": 2}
        if token:
            params["next_page_token"] = token
        body = http.get(SCHEDULES, params=params).json()
        seen += [item["schedule_id"] for item in body["schedules"]]
        token = body["next_page_token"]
        if token is None:
            break

    assert [item for item in seen if item in mine] == mine
    for schedule_id in mine:
        http.delete(f"{SCHEDULES}/{schedule_id}")


@pytest.mark.parametrize(
    ("body", "status", "kind"),
    [
        ({"workflow_identifier": "no-such-workflow", "schedule": {"input": {}}}, 422, "workflow_refused"),
        ({"schedule": {"input": {}}}, 422, "workflow_refused"),
        (
            {"workflow_identifier": "countdown", "schedule": {"input": {}, "cron_expressions": ["often"]}},
            422,
            "workflow_refused",
        ),
        (
            {"workflow_identifier": "countdown", "schedule": {"input": {}, "time_zone_name": "Mars/Olympus"}},
            422,
            "workflow_refused",
        ),
        (
            {"workflow_identifier": "countdown", "schedule": {"input": {}, "intervals": [{"every": "soon"}]}},
            422,
            "workflow_refused",
        ),
        ({"workflow_identifier": "countdown", "schedule": {}}, 422, "missing"),
        (
            {"workflow_identifier": "countdown", "schedule": {"input": {}, "policy": {"overlap": 9}}},
            422,
            "enum",
        ),
    ],
)
def test_refusals(http: httpx.Client, body: dict[str, Any], status: int, kind: str) -> None:
    response = http.post(SCHEDULES, json=body)

    assert response.status_code == status, response.text
    assert response.json()["detail"][0]["type"] == kind


def test_unknown_taken_and_forged(http: httpx.Client) -> None:
    schedule_id = _create(http, cron_expressions=["0 0 1 1 *"])
    again = http.post(
        SCHEDULES,
        json={"schedule_id": schedule_id, "workflow_identifier": "countdown", "schedule": {"input": {}}},
    )

    assert again.status_code == 409
    assert http.post(f"{SCHEDULES}/no-such-schedule/pause").status_code == 404
    assert http.get(SCHEDULES, params={"next_page_token": "forged"}).status_code == 422
    http.delete(f"{SCHEDULES}/{schedule_id}")
