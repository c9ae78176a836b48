"""PayloadCodec on its own: typed errors, secrets kept out of sight, blob stores, lazy imports."""

from __future__ import annotations

import base64
import json
import logging
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mistral_workflows import (
    BlobNotFoundError,
    FsspecBlobStore,
    LocalBlobStore,
    PayloadCodec,
    PayloadCorruptError,
    PayloadDependencyError,
    PayloadError,
    PayloadKeyError,
)

KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
OTHER = "aa" * 32


def test_a_wrong_key_is_a_key_error_that_does_not_show_either_key() -> None:
    envelope = PayloadCodec(encryption="full", key=OTHER).encode({"x": 1})
    with pytest.raises(PayloadKeyError, match="does not decrypt with the main key") as caught:
        PayloadCodec(encryption="full", key=KEY).decode(envelope)
    assert KEY not in str(caught.value) and OTHER not in str(caught.value)


def test_without_a_key_an_encrypted_payload_is_a_key_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MISTRAL_WORKFLOWS_PAYLOAD_KEY", raising=False)
    envelope = PayloadCodec(encryption="full", key=KEY).encode([1])
    with pytest.raises(PayloadKeyError, match="no key"):
        PayloadCodec().decode(envelope)
    with pytest.raises(PayloadKeyError, match="needs a key"):
        PayloadCodec(encryption="full")


@pytest.mark.parametrize("bad", ["zz" * 32, "abcd", KEY + "00"])
def test_a_malformed_key_is_refused_without_being_shown(bad: str) -> None:
    with pytest.raises(PayloadKeyError) as caught:
        PayloadCodec(encryption="full", key=bad)
    assert bad not in str(caught.value)


def test_keys_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_WORKFLOWS_PAYLOAD_KEY", KEY)
    monkeypatch.setenv("MISTRAL_WORKFLOWS_PAYLOAD_SECONDARY_KEY", OTHER)
    old = PayloadCodec(encryption="full", key=OTHER).encode("v")
    assert PayloadCodec(encryption="full").decode(old) == "v"


def test_repr_logs_and_pickle_never_show_the_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    codec = PayloadCodec(encryption="full", key=KEY, secondary_key=OTHER)
    with pytest.raises(PayloadKeyError):
        codec.decode(PayloadCodec(encryption="full", key="bb" * 32).encode(1))
    for text in (repr(codec), str(vars(codec)), caplog.text):
        assert KEY not in text and OTHER not in text
        assert KEY.upper() not in text
    assert "keys=2" in repr(codec)
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(codec)


@pytest.mark.parametrize(
    ("envelope", "message"),
    [
        ({"b64payload": "not base64!", "encoding_options": []}, "not valid base64"),
        (
            {"b64payload": base64.b64encode(b"{}").decode(), "encoding_options": ["rot13"]},
            "unknown encoding option",
        ),
        (
            {"b64payload": base64.b64encode(b"\x01\x02").decode(), "encoding_options": ["compressed"]},
            "compressed",
        ),
        (
            # A msgpack frame whose "compression" is not a map: {"compression": ["zstd"], "payload": b"x"}
            {
                "b64payload": base64.b64encode(
                    b"\x82\xabcompression\x91\xa4zstd\xa7payload\xc4\x01x"
                ).decode(),
                "encoding_options": ["compressed"],
            },
            "frame",
        ),
        ({"b64payload": base64.b64encode(b"short").decode(), "encoding_options": ["encrypted"]}, "too short"),
        ({"b64payload": base64.b64encode(b"{not json").decode(), "encoding_options": []}, "not JSON"),
    ],
)
def test_a_corrupt_payload_is_a_corrupt_error(envelope: dict[str, object], message: str) -> None:
    with pytest.raises(PayloadCorruptError, match=message):
        PayloadCodec(encryption="full", key=KEY).decode(envelope)


def test_an_altered_ciphertext_does_not_decrypt() -> None:
    codec = PayloadCodec(encryption="full", key=KEY)
    envelope = codec.encode({"n": 1})
    sealed = bytearray(base64.b64decode(envelope["b64payload"]))
    sealed[-1] ^= 1
    with pytest.raises(PayloadKeyError, match="altered"):
        codec.decode({**envelope, "b64payload": base64.b64encode(bytes(sealed)).decode()})


def test_a_missing_blob_names_its_key(tmp_path: Path) -> None:
    codec = PayloadCodec(blob_store=LocalBlobStore(tmp_path), offload_threshold=0)
    envelope = codec.encode({"big": "x"}, namespace="ns", execution_id="e")
    for path in tmp_path.rglob("sha256:*"):
        path.unlink()
    with pytest.raises(BlobNotFoundError) as caught:
        codec.decode(envelope)
    assert caught.value.key.startswith("temporal-payload/ns/e/sha256:")


def test_an_offloaded_payload_without_a_store_is_a_payload_error(tmp_path: Path) -> None:
    envelope = PayloadCodec(blob_store=LocalBlobStore(tmp_path), offload_threshold=0).encode(
        1, namespace="ns", execution_id="e"
    )
    with pytest.raises(PayloadError, match="blob_store="):
        PayloadCodec().decode(envelope)


def test_below_the_thresholds_nothing_is_compressed_or_offloaded(tmp_path: Path) -> None:
    codec = PayloadCodec(compression_level=3, blob_store=LocalBlobStore(tmp_path))
    envelope = codec.encode({"small": "x" * 100}, namespace="ns", execution_id="e")
    assert envelope["encoding_options"] == []
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize("key", ["../escape", "/etc/passwd", "a//b", "a/./b"])
def test_a_local_store_refuses_keys_that_leave_its_directory(tmp_path: Path, key: str) -> None:
    store = LocalBlobStore(tmp_path / "blobs")
    envelope = {
        "b64payload": base64.b64encode(json.dumps({"key": key}).encode()).decode(),
        "encoding_options": ["offloaded"],
    }
    with pytest.raises(PayloadCorruptError, match="plain segments"):
        PayloadCodec(blob_store=store).decode(envelope)


def test_a_local_store_keeps_the_official_prefix_layout(tmp_path: Path) -> None:
    store = LocalBlobStore(tmp_path, prefix="payloads")
    store.put("temporal-payload/ns/e/sha256:ab", b"data")
    assert (tmp_path / "payloads" / "temporal-payload" / "ns" / "e" / "sha256:ab").read_bytes() == b"data"
    assert store.get("payloads/temporal-payload/ns/e/sha256:ab") == b"data"


def test_an_fsspec_store_round_trips_through_a_filesystem() -> None:
    pytest.importorskip("fsspec")
    codec = PayloadCodec(
        encryption="full",
        key=KEY,
        compression_level=3,
        compression_threshold=0,
        blob_store=FsspecBlobStore("memory://bucket/prefix"),
        offload_threshold=0,
    )
    envelope = codec.encode({"data": list(range(100))}, namespace="ns", execution_id="e1")
    assert envelope["encoding_options"] == ["compressed", "offloaded", "encrypted"]
    assert codec.decode(envelope) == {"data": list(range(100))}
    import fsspec

    assert fsspec.filesystem("memory").ls("/bucket/prefix/temporal-payload/ns/e1", detail=False)
    with pytest.raises(BlobNotFoundError):
        FsspecBlobStore("memory://bucket/other").get("temporal-payload/ns/e1/sha256:00")


def test_an_fsspec_store_without_its_filesystem_package_says_which_extra() -> None:
    pytest.importorskip("fsspec")
    try:
        import gcsfs  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("gcsfs is installed")
    with pytest.raises(PayloadDependencyError, match="gcs"):
        FsspecBlobStore("gs://bucket/prefix")


def run_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True, timeout=120
    )
    return result.stdout.strip()


@pytest.mark.slow
def test_a_client_without_a_codec_imports_no_encoding_package() -> None:
    """httpx itself imports zstandard when it is installed (to decode zstd responses): what
    counts is what our package adds to what httpx loads."""
    out = run_python(
        """
        import sys
        import httpx
        before = set(sys.modules)
        from mistral_workflows import Workflows
        with Workflows(api_key="k", base_url="http://127.0.0.1:9") as wf:
            repr(wf)
        added = set(sys.modules) - before
        heavy = ("cryptography", "zstandard", "msgpack", "fsspec")
        print(sorted(m for m in added if m.split(".")[0] in heavy))
        """
    )
    assert out == "[]"


@pytest.mark.slow
def test_a_missing_extra_is_a_dependency_error() -> None:
    out = run_python(
        """
        import sys
        sys.modules["zstandard"] = None  # as if the encoding extra were not installed
        from mistral_workflows import PayloadCodec, PayloadDependencyError
        try:
            PayloadCodec(compression_level=3)
        except PayloadDependencyError as exc:
            print(type(exc).__name__, isinstance(exc, ImportError), exc.package, "[encoding]" in str(exc))
        """
    )
    assert out == "PayloadDependencyError True zstandard True"


def test_a_partially_encrypted_json_patch_decrypts_each_marked_value() -> None:
    """The official workers' partial encryption of a JSON patch: the operations stay, each
    encrypted value is ``{"type": "__encrypted__", "value": base64}``."""
    codec = PayloadCodec(encryption="partial", key=KEY)
    sealed = base64.b64encode(codec._encrypt(json.dumps({"secret": [1, 2]}).encode())).decode()
    payload = {
        "type": "json_patch",
        "value": [
            {"op": "add", "path": "/a", "value": {"type": "__encrypted__", "value": sealed}},
            {"op": "replace", "path": "/b", "value": 3},
        ],
        "encoding_options": ["encrypted-partial"],
    }
    assert codec.decode_event_payload(payload) == {
        "type": "json_patch",
        "value": [
            {"op": "add", "path": "/a", "value": {"secret": [1, 2]}},
            {"op": "replace", "path": "/b", "value": 3},
        ],
        "encoding_options": [],
    }


def test_an_encrypted_event_payload_decodes_to_its_value() -> None:
    codec = PayloadCodec(encryption="full", key=KEY, compression_level=3, compression_threshold=0)
    data, options = codec.encode_bytes(
        json.dumps([{"op": "replace", "path": "/x", "value": "y" * 100}]).encode()
    )
    payload = {"type": "json_patch", "value": base64.b64encode(data).decode(), "encoding_options": options}
    decoded = codec.decode_event_attributes({"payload": payload, "other": 1})
    assert decoded == {
        "payload": {
            "type": "json_patch",
            "value": [{"op": "replace", "path": "/x", "value": "y" * 100}],
            "encoding_options": [],
        },
        "other": 1,
    }


@pytest.mark.slow
def test_one_codec_compresses_and_decompresses_in_many_threads_at_once() -> None:
    """The async client decodes in worker threads, several at a time, and a sync client may be
    shared by threads: zstd contexts must not be (python-zstandard's are not thread safe; a
    shared one corrupts frames or crashes the interpreter). In a child process, so that a
    crash fails this test rather than the test run."""
    out = run_python(
        """
        import os, threading
        from mistral_workflows import PayloadCodec
        codec = PayloadCodec(compression_level=3, compression_threshold=0)
        values = [{"i": i, "pad": os.urandom(50_000).hex() + "a" * 100_000} for i in range(8)]
        envelopes = [codec.encode(value) for value in values]
        errors = []

        def work(i):
            try:
                for _ in range(20):
                    assert codec.decode(envelopes[i]) == values[i]
                    assert codec.decode(codec.encode(values[i])) == values[i]
            except Exception as exc:
                errors.append(repr(exc))

        threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(errors)
        """
    )
    assert out == "[]"
