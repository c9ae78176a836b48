"""A workflow's metrics, computed from its runs, within a time range."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from ..support import wait_until


def _metrics(http: httpx.Client, name: str, **params: str) -> dict[str, float]:
    response = http.get(f"/v1/workflows/{name}/metrics", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert all(point[0] % 60 == 0 and point[1] >= 0 for point in body["latency_over_time"]["value"])
    return {key: value["value"] for key, value in body.items() if key != "latency_over_time"}


def test_counts_latency_and_retries_come_from_the_runs(http: httpx.Client) -> None:
    since = datetime.now(UTC).isoformat()
    for _ in range(2):
        http.post("/v1/workflows/flaky/execute", json={"input": {"delay": 0}, "wait_for_result": True})
    http.post("/v1/workflows/flaky/execute", json={"input": {"delay": 60}})  # still running

    def measured() -> dict[str, float] | None:
        metrics = _metrics(http, "flaky", start_time=since)
        return metrics if metrics["execution_count"] == 3 else None

    metrics = wait_until(measured)
    assert metrics["success_count"] == 0
    assert metrics["error_count"] == 2
    assert metrics["average_latency_ms"] > 0
    assert metrics["retry_rate"] > 0
    future = datetime.now(UTC).replace(year=2100).isoformat()
    assert _metrics(http, "flaky", start_time=future) == {
        "execution_count": 0,
        "success_count": 0,
        "error_count": 0,
        "average_latency_ms": 0,
        "retry_rate": 0,
    }
    assert (
        _metrics(http, "flaky", end_time=since)["execution_count"]
        <= _metrics(http, "flaky")["execution_count"] - 3
    )


def test_successes_are_counted(http: httpx.Client) -> None:
    since = datetime.now(UTC).isoformat()
    http.post("/v1/workflows/countdown/execute", json={"input": {"n": 1}, "wait_for_result": True})

    metrics = _metrics(http, "countdown", start_time=since)

    assert (metrics["execution_count"], metrics["success_count"], metrics["error_count"]) == (1, 1, 0)


def test_unknown_workflow_and_bad_times(http: httpx.Client) -> None:
    assert http.get("/v1/workflows/no-such-workflow/metrics").status_code == 404
    assert http.get("/v1/workflows/countdown/metrics", params={"start_time": "yesterday"}).status_code == 422
