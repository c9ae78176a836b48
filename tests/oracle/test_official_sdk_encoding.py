"""The official SDK as an oracle of payload encoding: with its encoding configured, it runs
against the emulator's encoding workers as against real ones (namespace from whoami, inputs
it encodes read by the workflows, results the workers encode read back)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from mistral_workflows import PayloadCodec, Workflows
from mistral_workflows_emulator import RunningEmulator, running_emulator

from ..support import wait_until

mistralai_client = pytest.importorskip("mistralai.client")
encoding = pytest.importorskip("mistralai.extra.workflows.encoding")
pytest.importorskip("zstandard")

KEY = "0f" * 32
pytestmark = pytest.mark.emulator_only


@pytest.fixture(scope="module")
def encoded_emulator() -> Iterator[RunningEmulator]:
    """Workers that encrypt and compress everything (threshold 0)."""
    with running_emulator(
        speed=100.0, encryption_key=KEY, compression_level=5, compression_threshold=0, namespace="oracle-ns"
    ) as emu:
        yield emu


def official_sdk(emulator: RunningEmulator, mode: str | None = "full") -> Any:
    sdk = mistralai_client.Mistral(api_key="oracle-key", server_url=emulator.base_url)
    config = encoding.WorkflowEncodingConfig(
        payload_encryption=None
        if mode is None
        else encoding.PayloadEncryptionConfig(mode=mode, main_key=KEY),
        payload_compression=encoding.PayloadCompressionConfig(min_size_bytes=0),
    )

    async def configure() -> None:
        await encoding.configure_workflow_encoding(config, client=sdk)  # asks whoami
        # Its async connections belong to this event loop, which ends here: close them in it.
        await sdk.sdk_configuration.async_client.aclose()

    asyncio.run(configure())
    return sdk


def test_the_official_sdk_runs_encoded_executions_on_the_emulator(encoded_emulator: RunningEmulator) -> None:
    with official_sdk(encoded_emulator) as sdk:
        started = sdk.workflows.execute_workflow(workflow_identifier="counter", input={"start": 4})
        execution_id = started.execution_id
        executions = sdk.workflows.executions
        executions.signal_workflow_execution(execution_id=execution_id, name="add", input={"by": 3})
        assert executions.query_workflow_execution(execution_id=execution_id, name="value").result == 7
        executions.signal_workflow_execution(execution_id=execution_id, name="finish")

        def done() -> bool:
            return str(executions.get_workflow_execution(execution_id=execution_id).status) == "COMPLETED"

        wait_until(done, timeout=30)
        assert executions.get_workflow_execution(execution_id=execution_id).result == {"value": 7}
    # The namespace was asked of whoami, and the result travels encoded: our client decodes it.
    assert encoded_emulator.stats.requests_by_path[("GET", "/v1/workflows/workers/whoami")] >= 1
    with Workflows(api_key="k", base_url=encoded_emulator.base_url) as plain:
        envelope = plain.execution(execution_id).get().result
    assert isinstance(envelope, dict)
    assert envelope["encoding_options"] == ["encrypted"]  # too small to gain from compression
    assert PayloadCodec(encryption="full", key=KEY).decode(envelope) == {"value": 7}


def test_the_emulator_reads_the_official_sdks_compressed_inputs(encoded_emulator: RunningEmulator) -> None:
    with official_sdk(encoded_emulator) as sdk:
        answer = sdk.workflows.execute_workflow(
            workflow_identifier="countdown",
            input={"n": 2, "interval": 0.01, "padding": "x" * 5000},
            wait_for_result=True,
            timeout_seconds=30,
        )
    assert answer.result == {"counted": 2}


@pytest.mark.parametrize("mode", ["full", "partial", None])
def test_schedule_input_hashes_match_the_official_hooks(encoded_emulator: RunningEmulator, mode: Any) -> None:
    """The same input scheduled by the official SDK and by us carries the same ``input_hash``
    (keyed under the main key when encrypting, plain SHA-256 otherwise, our codec holding a
    key or not), and each side reads the input the other scheduled."""
    value: Any = {"b": [1, 2.5, None], "a": "é€😀", "z": {"y": True}}
    ours = PayloadCodec(encryption=mode, key=KEY, compression_level=3, compression_threshold=0)
    with official_sdk(encoded_emulator, mode) as sdk:
        theirs_id = sdk.workflows.schedules.schedule_workflow(
            workflow_identifier="countdown", schedule={"input": value, "cron_expressions": ["0 0 1 1 *"]}
        ).schedule_id
    with Workflows(api_key="k", base_url=encoded_emulator.base_url, payloads=ours) as wf:
        ours_id = wf.schedules.create("countdown", input=value, cron="0 0 1 1 *").schedule_id
        assert wf.schedules.get(theirs_id).input_ == value
    with Workflows(api_key="k", base_url=encoded_emulator.base_url) as plain:
        theirs, mine = plain.schedules.get(theirs_id).input_, plain.schedules.get(ours_id).input_
    assert isinstance(theirs, dict) and isinstance(mine, dict)
    assert len(theirs["input_hash"]) == 64 and mine["input_hash"] == theirs["input_hash"]
