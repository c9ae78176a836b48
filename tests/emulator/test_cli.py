"""`python -m mistral_workflows_emulator`: it serves, and a countdown can be watched to its end."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import httpx_sse
import pytest

from ..support import free_port, wait_until_serving
from .support import parse_sse

#: Each test starts `python -m mistral_workflows_emulator` as a process of its own.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    with _serving() as base_url:
        yield base_url


@contextmanager
def _serving(*flags: str) -> Iterator[str]:
    """`python -m mistral_workflows_emulator` (key cli-key, 100x) with these flags: its URL."""
    port = free_port()
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "mistral_workflows_emulator", "--port", str(port)),
            *("--speed", "100", "--api-key", "cli-key", "--log-level", "warning", *flags),
        ],
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(process, base_url)
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
    assert {frame.event for frame in frames} == {"workflow.event"}


def test_the_cli_enforces_its_api_key(served: str) -> None:
    response = httpx.get(f"{served}/v1/workflows/executions/cli", headers={"Authorization": "Bearer wrong"})

    assert response.status_code == 401


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (("--speed", "0"), "speed must be positive"),
        (("--sse-error-every", "0"), "sse_error_every must be at least 1"),
        (("--sse-event-name", "error"), "sse_event_name must not be 'error'"),
        (("--sse-line-ending", "\\n"), "invalid choice"),
        (("--encryption-key", "abcd"), "AES-GCM takes 16, 24 or 32"),
        (("--compression-level", "30"), "compression_level must be an int from 1 to 22"),
    ],
)
def test_the_cli_refuses_impossible_options(flags: tuple[str, ...], message: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mistral_workflows_emulator", *flags],
        capture_output=True,
        text=True,
        timeout=30,
    )

    assert result.returncode == 2
    assert message in result.stderr


@pytest.mark.parametrize(
    ("name", "ending", "sep"),
    [("", "crlf", b"\r\n"), ("custom.name", "cr", b"\r")],
)
def test_the_cli_shapes_the_sse_frames(name: str, ending: str, sep: bytes) -> None:
    flags = ("--sse-event-name", name, "--sse-line-ending", ending, "--sse-error-every", "5")
    with (
        _serving(*flags) as base_url,
        httpx.Client(base_url=base_url, headers={"Authorization": "Bearer cli-key"}, timeout=30) as http,
    ):
        body = {"execution_id": "cli", "input": {"n": 3}, "wait_for_result": True}
        assert http.post("/v1/workflows/countdown/execute", json=body).status_code == 200
        with http.stream("GET", "/v1/workflows/executions/cli/stream") as response:
            raw = response.read()
        with httpx_sse.connect_sse(http, "GET", "/v1/workflows/executions/cli/stream") as source:
            events = list(source.iter_sse())

    blocks = [block.split(sep) for block in raw.split(sep * 2)]
    assert blocks[-1] == [b""]
    assert b"\r" not in raw.replace(sep, b"") and b"\n" not in raw.replace(sep, b"")
    named = [f"event: {name}".encode()] if name else []
    assert [block[1:-1] for block in blocks[:5]] == [named] * 5
    assert blocks[5][0] == b"event: error"
    assert [event.event for event in events] == [name or "message"] * 5 + ["error"]
    assert events[-1].json()["reason"] in {"read_error", "stream_error", "internal_error"}


def test_the_cli_encrypts_results_with_its_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The key read from the environment (not the command line) encrypts what workers send;
    whoami answers the namespace."""
    from mistral_workflows import PayloadCodec, Workflows

    key = "42" * 32
    monkeypatch.setenv("MISTRAL_WORKFLOWS_EMULATOR_ENCRYPTION_KEY", key)
    with _serving("--namespace", "cli-ns") as base_url:
        with Workflows(api_key="cli-key", base_url=base_url) as plain:
            handle = plain.execute("countdown", {"n": 1, "interval": 0.01})
            handle.result(timeout=30)
            envelope = plain.execution(handle.execution_id).get().result
            assert isinstance(envelope, dict)
            assert envelope["encoding_options"] == ["encrypted"]
            assert (
                httpx.get(
                    f"{base_url}/v1/workflows/workers/whoami", headers={"Authorization": "Bearer cli-key"}
                ).json()["namespace"]
                == "cli-ns"
            )
        codec = PayloadCodec(encryption="full", key=key)
        with Workflows(api_key="cli-key", base_url=base_url, payloads=codec) as wf:
            assert wf.execution(handle.execution_id).result(timeout=30) == {"counted": 1}
