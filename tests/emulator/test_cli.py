"""`python -m mistral_workflows_emulator`: it serves, and a countdown can be watched to its end."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from .support import parse_sse


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "mistral_workflows_emulator", "--port", str(port)),
            *("--speed", "100", "--api-key", "cli-key", "--log-level", "warning"),
        ],
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(base_url, timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, "the emulator exited"
                assert time.monotonic() < deadline, "the emulator did not start"
                time.sleep(0.05)
        yield base_url
    finally:
        process.terminate()
        process.wait(10)


def test_the_cli_serves_a_countdown_to_its_end(served: str) -> None:
    headers = {"Authorization": "Bearer cli-key"}
    with httpx.Client(base_url=served, headers=headers, timeout=30) as http:
        started = http.post(
            "/v1/workflows/countdown/execute", json={"execution_id": "cli", "input": {"n": 3}}
        )
        with http.stream("GET", "/v1/workflows/executions/cli/stream") as response:
            body = response.read().decode()

    assert started.status_code == 200
    frames = parse_sse(body)[0]
    assert frames[-1].json()["data"]["event_type"] == "WORKFLOW_EXECUTION_COMPLETED"
    assert [frame.id for frame in frames] == [str(n) for n in range(1, 14)]


def test_the_cli_enforces_its_api_key(served: str) -> None:
    response = httpx.get(f"{served}/v1/workflows/executions/cli", headers={"Authorization": "Bearer wrong"})

    assert response.status_code == 401


def test_the_cli_refuses_impossible_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mistral_workflows_emulator", "--speed", "0"],
        capture_output=True,
        text=True,
        timeout=30,
    )

    assert result.returncode == 2
    assert "speed must be positive" in result.stderr
