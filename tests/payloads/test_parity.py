"""Parity with the official encoder: what it encodes, we decode, and the other way round.

The official ``mistralai`` SDK (a test-only dependency) is the reference implementation of the
payload format. Every option and combination (full and partial encryption, compression,
offloading to a local directory, key rotation) is checked both ways on hypothesis-generated
JSON values.
"""

from __future__ import annotations

import asyncio
import base64
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mistral_workflows import LocalBlobStore, PayloadCodec

encoding = pytest.importorskip("mistralai.extra.workflows.encoding")
pytest.importorskip("zstandard")
pytest.importorskip("msgpack")
from mistralai.extra.workflows.encoding.models import WorkflowContext  # noqa: E402
from mistralai.extra.workflows.encoding.storage import blob_storage as official_storage  # noqa: E402

KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
OLD_KEY = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100"
NAMESPACE = "team/ns"
EXECUTION = "exec-1"

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=20,
)
#: Inputs with fields marked for partial encryption somewhere inside.
marked = st.builds(
    lambda plain, secret, more: {
        "plain": plain,
        "secret": {"field_type": "__encrypted_str__", "data": secret},
        "list": [more, {"field_type": "__encrypted_str__", "data": secret * 2}],
    },
    json_values,
    st.text(),
    json_values,
)


class DirectoryStorage(official_storage.BlobStorage):
    """The official encoder's blob storage interface over a directory, keyed as ours is."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root.joinpath(*key.split("/"))

    async def upload_blob(self, key: str, content: bytes) -> str:
        self._path(key).parent.mkdir(parents=True, exist_ok=True)
        self._path(key).write_bytes(content)
        return key

    async def get_blob(self, key: str) -> bytes:
        if not self._path(key).exists():
            raise official_storage.BlobNotFoundError(key)
        return self._path(key).read_bytes()

    async def get_blob_properties(self, key: str) -> dict[str, Any] | None:
        return {"size": self._path(key).stat().st_size} if self._path(key).exists() else None

    async def delete_blob(self, key: str) -> None:
        self._path(key).unlink()

    async def blob_exists(self, key: str) -> bool:
        return self._path(key).exists()


@pytest.fixture
def blob_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory both encoders offload to (the official one through ``DirectoryStorage``)."""
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def storage(config: Any) -> Any:
        yield DirectoryStorage(tmp_path)

    monkeypatch.setattr("mistralai.extra.workflows.encoding.payload_encoder.get_blob_storage", storage)
    return tmp_path


def official(
    mode: str | None,
    *,
    key: str = KEY,
    secondary: str | None = None,
    level: int | None = None,
    offload: bool = False,
) -> Any:
    config = encoding.WorkflowEncodingConfig(
        payload_encryption=None
        if mode is None
        else encoding.PayloadEncryptionConfig(mode=mode, main_key=key, secondary_key=secondary),
        payload_compression=None
        if level is None
        else encoding.PayloadCompressionConfig(
            min_size_bytes=0, algorithm_config=encoding.ZstdCompressionConfig(level=level)
        ),
        payload_offloading=encoding.PayloadOffloadingConfig(
            min_size_bytes=0, storage_config=encoding.BlobStorageConfig(bucket_name="unused")
        )
        if offload
        else None,
    )
    return encoding.PayloadEncoder(config)


def theirs_encode(encoder: Any, value: Any) -> dict[str, Any]:
    context = WorkflowContext(namespace=NAMESPACE, execution_id=EXECUTION)
    envelope = asyncio.run(encoder.encode_network_input(value, context))
    dumped: dict[str, Any] = envelope.model_dump(mode="json")
    return dumped


def theirs_decode(encoder: Any, envelope: dict[str, Any]) -> Any:
    return asyncio.run(encoder.decode_network_result(envelope))


def ours(
    mode: Any,
    *,
    key: str = KEY,
    secondary: str | None = None,
    level: int | None = None,
    store: Path | None = None,
) -> PayloadCodec:
    return PayloadCodec(
        encryption=mode,
        key=key if mode else None,
        secondary_key=secondary,
        compression_level=level,
        compression_threshold=0,
        blob_store=None if store is None else LocalBlobStore(store),
        offload_threshold=0,
        namespace=NAMESPACE,
    )


CASES = [
    pytest.param("full", None, False, id="full"),
    pytest.param("partial", None, False, id="partial"),
    pytest.param(None, 3, False, id="compressed"),
    pytest.param("full", 19, False, id="full+compressed"),
    pytest.param("partial", 1, False, id="partial+compressed"),
    pytest.param(None, None, True, id="offloaded"),
    pytest.param("full", 3, True, id="full+compressed+offloaded"),
    pytest.param("partial", 3, True, id="partial+compressed+offloaded"),
]
SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.mark.parametrize(("mode", "level", "offload"), CASES)
@SETTINGS
@given(value=json_values | marked)
def test_ours_decode_theirs(mode: Any, level: int | None, offload: bool, value: Any, blob_dir: Path) -> None:
    envelope = theirs_encode(official(mode, level=level, offload=offload), value)
    codec = ours(mode, level=level, store=blob_dir if offload else None)
    assert codec.decode(envelope) == value


@pytest.mark.parametrize(("mode", "level", "offload"), CASES)
@SETTINGS
@given(value=json_values | marked)
def test_theirs_decode_ours(mode: Any, level: int | None, offload: bool, value: Any, blob_dir: Path) -> None:
    codec = ours(mode, level=level, store=blob_dir if offload else None)
    envelope = codec.encode(value, namespace=NAMESPACE, execution_id=EXECUTION)
    assert theirs_decode(official(mode, level=level, offload=offload), envelope) == value


def test_the_options_are_applied_in_the_official_order(blob_dir: Path) -> None:
    value = {"s": {"field_type": "__encrypted_str__", "data": "x" * 200}, "pad": "y" * 200}
    for mode, expected in (
        ("partial", ["encrypted-partial", "compressed", "offloaded"]),
        ("full", ["compressed", "offloaded", "encrypted"]),
    ):
        ours_options = ours(mode, level=3, store=blob_dir).encode(
            value, namespace=NAMESPACE, execution_id=EXECUTION
        )
        theirs_options = theirs_encode(official(mode, level=3, offload=True), value)
        assert ours_options["encoding_options"] == theirs_options["encoding_options"] == expected


def test_offloaded_blobs_share_the_official_key_layout(blob_dir: Path) -> None:
    """Both encoders store the same bytes under the same key: either finds the other's blob."""
    value = {"big": "z" * 1000}
    theirs_encode(official(None, offload=True), value)
    theirs_keys = sorted(p.relative_to(blob_dir).as_posix() for p in blob_dir.rglob("*") if p.is_file())
    for path in blob_dir.rglob("*"):
        if path.is_file():
            path.unlink()
    ours(None, store=blob_dir).encode(value, namespace=NAMESPACE, execution_id=EXECUTION)
    ours_keys = sorted(p.relative_to(blob_dir).as_posix() for p in blob_dir.rglob("*") if p.is_file())
    assert ours_keys == theirs_keys
    assert ours_keys[0].startswith("temporal-payload/team%2Fns/exec-1/sha256:")


@pytest.mark.parametrize("mode", ["full", "partial"])
@SETTINGS
@given(value=marked)
def test_key_rotation_both_ways(mode: str, value: Any) -> None:
    """Encoded under the old key, decoded by a codec whose main key is new and secondary old."""
    old_envelope = theirs_encode(official(mode, key=OLD_KEY), value)
    assert ours(mode, key=KEY, secondary=OLD_KEY).decode(old_envelope) == value
    our_old = ours(mode, key=OLD_KEY).encode(value)
    assert theirs_decode(official(mode, key=KEY, secondary=OLD_KEY), our_old) == value


def test_partial_encryption_leaves_the_rest_readable() -> None:
    value = {"name": "visible", "ssn": {"field_type": "__encrypted_str__", "data": "123-45-6789"}}
    envelope = ours("partial").encode(value)
    text = base64.b64decode(envelope["b64payload"]).decode()
    assert '"name":"visible"' in text
    assert "123-45-6789" not in text
    assert envelope["encoding_options"] == ["encrypted-partial"]


def test_schedule_input_hash_matches_the_official_hook() -> None:
    """The keyed hash of a schedule's input, as the official hook computes it."""
    import hashlib
    import hmac
    import json

    value = {"b": [1, 2], "a": "é"}
    canonical = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    hash_key = hmac.new(bytes.fromhex(KEY), b"schedule-input-hash", hashlib.sha256).digest()
    assert (
        ours("full").encode_schedule_input(value)["input_hash"]
        == hmac.new(hash_key, canonical, hashlib.sha256).hexdigest()
    )
    assert ours(None).encode_schedule_input(value)["input_hash"] == hashlib.sha256(canonical).hexdigest()
    assert (
        "offloaded" not in ours(None, store=Path(os.devnull)).encode_schedule_input(value)["encoding_options"]
    )


def test_without_encryption_the_input_hash_is_plain_even_with_a_key_at_hand(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The official hook keys the hash only when encryption is on: a codec that does not
    encrypt (only decodes with a key given, or finds one in the environment) sends the plain
    SHA-256 that an official client without encryption sends for the same plain input."""
    import hashlib
    import json

    value = {"b": [1, 2], "a": "é"}
    canonical = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    plain = hashlib.sha256(canonical).hexdigest()
    assert PayloadCodec(key=KEY).encode_schedule_input(value)["input_hash"] == plain
    monkeypatch.setenv("MISTRAL_WORKFLOWS_PAYLOAD_KEY", KEY)
    assert PayloadCodec(compression_level=3).encode_schedule_input(value)["input_hash"] == plain
