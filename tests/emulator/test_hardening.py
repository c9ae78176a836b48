"""The emulator under hostile input: text that is not Unicode, clients that vanish mid-body,
unsupported methods, sockets that never send a request."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from mistral_workflows_emulator import EmulatorOptions, RunningEmulator, running_emulator

HEADERS = {"Authorization": "Bearer hardening"}


@pytest.fixture(scope="module")
def emulator() -> Iterator[RunningEmulator]:
    with running_emulator(EmulatorOptions(speed=100.0, header_timeout=0.5)) as emu:
        yield emu


@pytest.fixture
def http(emulator: RunningEmulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emulator.base_url, headers=HEADERS) as client:
        yield client


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/workflows/countdown/execute", b'{"execution_id": "bad-\\ud800-id"}'),
        ("/v1/workflows/countdown/execute", b'{"execution_id": "ok", "input": {"note": "\\udfff"}}'),
        ("/v1/workflows/executions/cancel", b'{"execution_ids": ["a", "\\ud83d"]}'),
        ("/v1/workflows/executions/x/signals", b'{"name": "\\ud800"}'),
    ],
)
def test_text_that_is_not_unicode_is_refused_before_anything_is_created(
    http: httpx.Client, emulator: RunningEmulator, path: str, body: bytes
) -> None:
    created = emulator.stats.executions_created
    response = http.post(path, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "string_unicode"
    assert emulator.stats.executions_created == created


def test_a_path_id_that_is_not_utf8_is_simply_not_found(http: httpx.Client) -> None:
    """Percent-decoding replaces what is not UTF-8: such an id names no execution."""
    assert http.get("/v1/workflows/executions/%ED%A0%80-id").status_code == 404


def test_a_surrogate_pair_is_fine(http: httpx.Client) -> None:
    body = json.dumps({"execution_id": "emoji-\U0001f600", "input": {"n": 1}}).encode()
    response = http.post(
        "/v1/workflows/countdown/execute", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 200
    assert response.json()["execution_id"] == "emoji-\U0001f600"


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("DELETE", "/v1/workflows/executions/x", "GET"),
        ("PUT", "/v1/workflows/countdown/execute", "POST"),
        ("GET", "/v1/workflows/executions/x/signals", "POST"),
    ],
)
def test_an_unsupported_method_is_405_with_allow(
    http: httpx.Client, method: str, path: str, allowed: str
) -> None:
    response = http.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allowed


def test_an_unknown_path_is_still_404(http: httpx.Client) -> None:
    assert http.get("/v1/workflows/nowhere/at/all/x").status_code == 404


def test_a_client_that_leaves_mid_body_is_not_a_server_error(
    emulator: RunningEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    host, port = emulator.base_url.removeprefix("http://").split(":")
    before = emulator.stats.client_disconnects
    with socket.create_connection((host, int(port))) as sock:
        sock.sendall(
            b"POST /v1/workflows/countdown/execute HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n"
            b'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"execution_id": '
        )
        time.sleep(0.2)
    deadline = time.monotonic() + 5
    while emulator.stats.client_disconnects == before and time.monotonic() < deadline:
        time.sleep(0.02)
    assert emulator.stats.client_disconnects == before + 1
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]


def test_a_socket_that_never_sends_a_request_is_closed(emulator: RunningEmulator) -> None:
    host, port = emulator.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(b"GET /v1/workflows/executions/x HTTP/1.1\r\n")  # never finishes the head
        started = time.monotonic()
        assert sock.recv(1024) == b""  # closed by the server
        assert time.monotonic() - started < 3


def test_a_slow_but_complete_request_is_answered(emulator: RunningEmulator) -> None:
    host, port = emulator.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(b"GET /v1/workflows/executions/x HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n\r\n")
        assert sock.recv(1024).startswith(b"HTTP/1.1 404")
