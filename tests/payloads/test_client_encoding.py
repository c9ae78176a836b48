"""Payload encoding end to end: our client with a codec against the emulator playing workers
with the same encoding (encrypted, compressed, offloaded), in each flavour."""

from __future__ import annotations

import base64
import json
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from mistral_workflows import (
    JSON,
    AsyncWorkflows,
    LocalBlobStore,
    PayloadCodec,
    PayloadKeyError,
    Workflows,
)
from mistral_workflows_emulator import EmulatorOptions, RunningEmulator, running_emulator

from ..support import collect, resolve

pytest.importorskip("zstandard")
pytestmark = [pytest.mark.anyio, pytest.mark.emulator_only]

KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
WRONG = "ff" * 32
Client = Workflows | AsyncWorkflows


@pytest.fixture(scope="module")
def blob_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("blobs")


@pytest.fixture(scope="module")
def encoded_emulator(blob_dir: Path) -> Iterator[RunningEmulator]:
    """An emulator whose workers encrypt, compress (from 64 bytes) and offload (from 200)."""
    options = EmulatorOptions(
        speed=50.0,
        encryption_key=KEY,
        compression_level=3,
        compression_threshold=64,
        blob_dir=str(blob_dir),
        offload_threshold=200,
        namespace="team-ns",
    )
    with running_emulator(options) as emu:
        yield emu


def codec(blob_dir: Path, key: str = KEY) -> PayloadCodec:
    return PayloadCodec(
        encryption="full",
        key=key,
        compression_level=3,
        compression_threshold=64,
        blob_store=LocalBlobStore(blob_dir),
        offload_threshold=200,
    )


@pytest.fixture
async def client(flavour: str, encoded_emulator: RunningEmulator, blob_dir: Path) -> AsyncIterator[Client]:
    url = encoded_emulator.base_url
    if flavour == "sync":
        with Workflows(api_key="k", base_url=url, payloads=codec(blob_dir)) as wf:
            yield wf
    else:
        async with AsyncWorkflows(api_key="k", base_url=url, payloads=codec(blob_dir)) as awf:
            yield awf


async def test_an_encrypted_execution_reads_its_input_and_gives_its_result(
    client: Client, encoded_emulator: RunningEmulator
) -> None:
    handle = await resolve(client.execute("countdown", {"n": 2, "interval": 0.01, "pad": "p" * 300}))
    assert await resolve(handle.result(timeout=30)) == {"counted": 2}
    assert (await resolve(handle.get())).result == {"counted": 2}
    # On the wire, the result is an envelope: a client without the codec sees it so.
    with Workflows(api_key="k", base_url=encoded_emulator.base_url) as plain:
        raw = plain.execution(handle.execution_id).get().result
    assert isinstance(raw, dict)
    assert raw["encoding_options"] == ["encrypted"]
    assert "counted" not in base64.b64decode(raw["b64payload"]).decode("latin-1")


async def test_the_input_travels_encoded_compressed_and_offloaded(
    client: Client, encoded_emulator: RunningEmulator, blob_dir: Path
) -> None:
    """The input was sent as ``encoded_input`` (the emulator read n=3 from it) and, being
    large, offloaded under the namespace that whoami answered."""
    pad = os.urandom(3000).hex()  # still above the offload threshold once compressed
    handle = await resolve(client.execute("countdown", {"n": 3, "interval": 0.01, "pad": pad}))
    assert await resolve(handle.result(timeout=30)) == {"counted": 3}
    blobs = list((blob_dir / "temporal-payload" / "team-ns" / handle.execution_id).iterdir())
    assert len(blobs) == 1 and blobs[0].name.startswith("sha256:")
    whoami = encoded_emulator.stats.requests_by_path[("GET", "/v1/workflows/workers/whoami")]
    assert whoami >= 1


async def test_signals_queries_and_updates_carry_encrypted_inputs(client: Client) -> None:
    handle = await resolve(client.execute("counter", {"start": 5}))
    await resolve(handle.signal("add", {"by": 2}))
    assert (await resolve(handle.query("value"))).result == 7
    assert (await resolve(handle.update("increment", {"by": 3}))).result == 10
    await resolve(handle.signal("finish"))
    assert await resolve(handle.result(timeout=30)) == {"value": 10}


async def test_stream_events_and_event_listings_are_decoded(client: Client) -> None:
    handle = await resolve(client.execute("countdown", {"n": 2, "interval": 0.01}))
    await resolve(handle.result(timeout=30))
    events = await collect(handle.stream())
    payloads = [
        event.raw_data["attributes"]["payload"]
        for event in events
        if "payload" in (event.raw_data.get("attributes") or {})
    ]
    assert payloads[0] == {"type": "json", "value": {"done": 0, "total": 2}, "encoding_options": []}
    patches = [payload for payload in payloads if payload["type"] == "json_patch"]
    assert patches == [
        {
            "type": "json_patch",
            "value": [{"op": "replace", "path": "/done", "value": 2}],
            "encoding_options": [],
        }
    ]
    completed = [event for event in events if event.event_type == "WORKFLOW_EXECUTION_COMPLETED"]
    assert completed[0].raw_data["attributes"]["result"]["value"] == {"counted": 2}
    listed = await collect(client.events.list(execution_id=handle.execution_id))
    last = listed[-1].to_dict()
    assert last["attributes"]["result"]["value"] == {"counted": 2}


async def test_history_with_decoded_payloads_is_decoded(client: Client) -> None:
    handle = await resolve(client.execute("countdown", {"n": 1, "interval": 0.01}))
    await resolve(handle.result(timeout=30))
    history = await resolve(handle.history(decode_payloads=True))
    assert {"counted": 1} in _values(history)
    assert "b64payload" not in json.dumps(history)


def _values(value: Any) -> list[Any]:
    found = [value]
    if isinstance(value, dict):
        for item in value.values():
            found += _values(item)
    elif isinstance(value, list):
        for item in value:
            found += _values(item)
    return found


async def test_a_wrong_key_is_a_clear_error(
    flavour: str, encoded_emulator: RunningEmulator, blob_dir: Path
) -> None:
    with Workflows(api_key="k", base_url=encoded_emulator.base_url) as plain:
        execution_id = plain.execute("countdown", {"n": 1, "interval": 0.01}).execution_id
        plain.execution(execution_id).result(timeout=30)
    wrong = codec(blob_dir, key=WRONG)
    if flavour == "sync":
        with Workflows(api_key="k", base_url=encoded_emulator.base_url, payloads=wrong) as wf:
            with pytest.raises(PayloadKeyError, match="does not decrypt"):
                wf.execution(execution_id).result(timeout=30)
            with pytest.raises(PayloadKeyError):
                list(wf.execution(execution_id).stream())
    else:
        async with AsyncWorkflows(api_key="k", base_url=encoded_emulator.base_url, payloads=wrong) as awf:
            with pytest.raises(PayloadKeyError, match="does not decrypt"):
                await awf.execution(execution_id).result(timeout=30)
            with pytest.raises(PayloadKeyError):
                await collect(awf.execution(execution_id).stream())


async def test_schedule_inputs_are_encoded_with_their_hash(
    client: Client, encoded_emulator: RunningEmulator
) -> None:
    handle = await resolve(client.schedules.create("countdown", input={"n": 1}, cron="0 0 1 1 *"))
    schedule_id = handle.schedule_id
    with Workflows(api_key="k", base_url=encoded_emulator.base_url) as plain:
        raw = plain.schedules.get(schedule_id).input_
    assert raw["encoding_options"] == ["encrypted"] and len(raw["input_hash"]) == 64
    assert (await resolve(client.schedules.get(schedule_id))).input_ == {"n": 1}


async def test_batch_queries_and_updates_decode_each_answer(client: Client) -> None:
    handles = [await resolve(client.execute("counter", {"start": start})) for start in (1, 2)]
    ids = [handle.execution_id for handle in handles]
    updated = await resolve(client.update_many(ids, "increment", {"by": 10}))
    assert updated.results == {ids[0]: 11, ids[1]: 12}
    queried = await resolve(client.query_many(ids, "value"))
    assert queried.results == {ids[0]: 11, ids[1]: 12}
    for handle in handles:
        await resolve(handle.signal("finish"))


async def test_listed_schedules_have_their_inputs_decoded(client: Client) -> None:
    handle = await resolve(
        client.schedules.create("countdown", input={"n": 2, "tag": "listed"}, cron="0 0 1 1 *")
    )
    listed = await collect(client.schedules.list())
    mine = [schedule for schedule in listed if schedule.schedule_id == handle.schedule_id]
    assert mine[0].input_ == {"n": 2, "tag": "listed"}


def test_partial_encryption_hides_only_the_marked_fields_end_to_end() -> None:
    """Workers in partial mode: the marked field of the input is encrypted on the wire (in the
    STARTED event the workers send back), the rest readable; the codec restores it."""
    card: JSON = {"field_type": "__encrypted_str__", "data": "4111 1111 1111 1111"}
    partial = PayloadCodec(encryption="partial", key=KEY)
    with running_emulator(speed=50.0, encryption_key=KEY, encryption_mode="partial") as emu:
        with Workflows(api_key="k", base_url=emu.base_url, payloads=partial) as wf:
            handle = wf.execute("countdown", {"n": 1, "interval": 0.01, "card": card})
            assert handle.result(timeout=30) == {"counted": 1}
            started = next(e for e in handle.stream() if e.event_type == "WORKFLOW_EXECUTION_STARTED")
            assert started.raw["data"]["attributes"]["input"]["value"]["card"] == card
        with Workflows(api_key="k", base_url=emu.base_url) as plain:
            raw = next(e for e in plain.execution(handle.execution_id).stream())
    payload = raw.raw["data"]["attributes"]["input"]
    assert payload["encoding_options"] == ["encrypted-partial"]
    text = base64.b64decode(payload["value"]).decode()
    assert '"n":1' in text and "__encrypted_str__" in text
    assert "4111" not in text


def test_whoami_is_asked_once_per_client_and_key(encoded_emulator: RunningEmulator, blob_dir: Path) -> None:
    path = ("GET", "/v1/workflows/workers/whoami")
    before = encoded_emulator.stats.requests_by_path[path]
    with Workflows(api_key="k", base_url=encoded_emulator.base_url, payloads=codec(blob_dir)) as wf:
        for n in range(3):
            wf.execute("countdown", {"n": n, "interval": 0.01}).result(timeout=30)
        assert encoded_emulator.stats.requests_by_path[path] == before + 1
        wf.with_options(timeout=5).execute("countdown", {"n": 0}).result(timeout=30)
        assert encoded_emulator.stats.requests_by_path[path] == before + 1  # same key: same namespace
        other = wf.with_options(api_key="another-key")
        other.execute("countdown", {"n": 0}).result(timeout=30)
        assert encoded_emulator.stats.requests_by_path[path] == before + 2
        other.close()
    configured = PayloadCodec(
        encryption="full", key=KEY, blob_store=LocalBlobStore(blob_dir), namespace="team-ns"
    )
    with Workflows(api_key="k", base_url=encoded_emulator.base_url, payloads=configured) as wf:
        wf.execute("countdown", {"n": 0}).result(timeout=30)
    assert encoded_emulator.stats.requests_by_path[path] == before + 2


def test_an_empty_namespace_is_asked_of_whoami(encoded_emulator: RunningEmulator, blob_dir: Path) -> None:
    """``namespace=""`` (an unset environment variable, say) is no namespace, as for the
    official SDK: the client asks whoami rather than writing blob keys with an empty segment."""
    empty = PayloadCodec(
        encryption="full", key=KEY, blob_store=LocalBlobStore(blob_dir), offload_threshold=200, namespace=""
    )
    with Workflows(api_key="k", base_url=encoded_emulator.base_url, payloads=empty) as wf:
        handle = wf.execute("countdown", {"n": 1, "interval": 0.01, "pad": "e" * 500})
        assert handle.result(timeout=30) == {"counted": 1}
    assert (blob_dir / "temporal-payload" / "team-ns" / handle.execution_id).is_dir()


async def test_the_traces_of_an_execution_carry_its_result_decoded(client: Client) -> None:
    """The trace answers (summary, OpenTelemetry, events) repeat the execution with its result:
    decoded there too, as by ``get()``."""
    handle = await resolve(client.execute("countdown", {"n": 1, "interval": 0.01}))
    assert await resolve(handle.result(timeout=30)) == {"counted": 1}
    for trace in (handle.trace.summary, handle.trace.otel, handle.trace.events):
        assert (await resolve(trace())).result == {"counted": 1}
