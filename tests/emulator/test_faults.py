"""Fault injection: failed requests (503, 429 with Retry-After), by count and by seeded fraction."""

from __future__ import annotations

import httpx
import pytest

from mistral_workflows_api import AuthenticatedClient, Client
from mistral_workflows_api.api.executions import get_execution
from mistral_workflows_emulator import EmulatorOptions, RunningEmulator, running_emulator

from .support import start


def _statuses(emulator: RunningEmulator, count: int) -> list[int]:
    with AuthenticatedClient(base_url=emulator.base_url, token="k") as client:
        return [get_execution.sync_detailed("x", client=client).status_code for _ in range(count)]


def test_the_first_requests_fail_then_the_server_answers(emulator: RunningEmulator) -> None:
    emulator.options.fail_first = 2
    before = emulator.stats.requests

    statuses = _statuses(emulator, 3)

    assert statuses == [503, 503, 404]
    assert emulator.stats.requests == before + 3


def test_injected_failures_come_before_auth_and_are_json(emulator: RunningEmulator) -> None:
    emulator.options.fail_first = 1
    with Client(base_url=emulator.base_url) as anonymous:
        failed = get_execution.sync_detailed("x", client=anonymous)
        refused = get_execution.sync_detailed("x", client=anonymous)

    assert failed.status_code == 503
    assert httpx.Response(503, content=failed.content).json()["detail"]
    assert refused.status_code == 401


def test_a_429_carries_retry_after() -> None:
    with (
        running_emulator(fail_first=1, fail_status=429, retry_after=0.25) as emu,
        httpx.Client(base_url=emu.base_url, headers={"Authorization": "Bearer k"}) as http,
    ):
        limited = http.get("/v1/workflows/executions/x")
        served = http.get("/v1/workflows/executions/x")

    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "0.25"
    assert "detail" in limited.json()
    assert served.status_code == 404


def test_a_fraction_of_requests_fails_the_same_way_for_the_same_seed() -> None:
    runs = []
    for _ in range(2):
        with running_emulator(EmulatorOptions(fail_fraction=0.5, seed=7)) as emu:
            runs.append(_statuses(emu, 40))

    assert runs[0] == runs[1]
    assert set(runs[0]) == {503, 404}


def test_faults_may_change_while_running_and_reset(
    client: AuthenticatedClient, emulator: RunningEmulator
) -> None:
    start(client, "approval")
    emulator.options.fail_fraction = 1.0
    emulator.options.latency = 0.01
    emulator.options.drop_sse_every = 3
    assert _statuses(emulator, 2) == [503, 503]

    emulator.reset_faults()

    assert (emulator.options.fail_fraction, emulator.options.latency) == (0.0, 0.0)
    assert emulator.options.drop_sse_every is None
    assert _statuses(emulator, 2) == [404, 404]


def test_execute_counts_created_executions(client: AuthenticatedClient, emulator: RunningEmulator) -> None:
    before = emulator.stats.executions_created

    start(client, "parent", {"children": 2, "n": 1, "interval": 0})

    assert emulator.stats.executions_created == before + 1


@pytest.mark.parametrize(
    "options",
    [
        {"fail_status": 500},
        {"speed": 0},
        {"fail_fraction": 1.5},
        {"drop_sse_every": 0},
        {"batch_cap": 0},
    ],
)
def test_impossible_options_are_refused(options: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        EmulatorOptions(**options)  # type: ignore[arg-type]
