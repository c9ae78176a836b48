"""Encoded payloads: what the official SDK's workers and clients encrypt, compress and offload.

An encoded payload travels as ``{"b64payload": "...", "encoding_options": [...]}``: the
base64 of bytes made from the JSON text by the options, in order, each undone in reverse:

- ``encrypted-partial``: every ``{"field_type": "__encrypted_str__", "data": s}`` in the JSON
  has ``data`` replaced by the base64 of its encryption (the rest stays readable);
- ``compressed``: zstd, framed in msgpack as ``{"compression": {"algorithm": "zstd",
  "level": n}, "payload": bytes}`` (only when it makes the bytes smaller);
- ``offloaded``: the bytes go to a blob store under
  ``temporal-payload/<namespace>/<execution id>/sha256:<hex>``; the payload is ``{"key": ...}``;
- ``encrypted``: AES-GCM, a random 12-byte nonce before the ciphertext.

``PayloadCodec`` holds one configuration and does both directions; the calls of the client use
it wherever a payload crosses the wire. cryptography, zstandard and msgpack (the ``encoding``
extra) are imported only by a codec that needs them: a client without one never loads them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import threading
import urllib.parse
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol, runtime_checkable

from mistral_workflows_api.types import json_loads

from ._exceptions import (
    BlobNotFoundError,
    PayloadCorruptError,
    PayloadDependencyError,
    PayloadError,
    PayloadKeyError,
)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

#: The encoding options, as they travel.
ENCRYPTED: Final = "encrypted"
PARTIALLY_ENCRYPTED: Final = "encrypted-partial"
COMPRESSED: Final = "compressed"
OFFLOADED: Final = "offloaded"
#: The marker of a field that partial encryption encrypts.
ENCRYPTED_STR: Final = "__encrypted_str__"
#: The marker of an encrypted value in a partially encrypted JSON-patch event payload.
ENCRYPTED_PATCH: Final = "__encrypted__"
#: The first segment of every offloaded payload's key.
BLOB_KEY_PREFIX: Final = "temporal-payload"
#: The execution id in the context of a schedule's input (no execution exists yet).
SCHEDULE_EXECUTION_ID: Final = "__scheduled_workflow__"
#: The environment variables the keys are read from when not given.
KEY_ENV: Final = "MISTRAL_WORKFLOWS_PAYLOAD_KEY"
SECONDARY_KEY_ENV: Final = "MISTRAL_WORKFLOWS_PAYLOAD_SECONDARY_KEY"
DEFAULT_THRESHOLD: Final = 1024 * 1024

_NONCE_SIZE = 12
_ENVELOPE_KEYS = frozenset({"b64payload", "encoding_options", "empty", "input_hash"})
_SCHEDULE_HASH_LABEL = b"schedule-input-hash"


def _require(module: str, what: str) -> Any:
    """Import ``module`` for ``what``, or say which extra brings it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise PayloadDependencyError(
            f"{what} needs the {module} package: pip install 'mistral-workflows[encoding]'",
            package=module,
        ) from None


def dumps(value: Any) -> bytes:
    """The JSON text a payload encodes: compact, UTF-8 (as the official SDK writes it)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def is_encoded(value: object) -> bool:
    """``value`` is an encoded payload envelope (``b64payload`` and nothing foreign)."""
    return (
        isinstance(value, dict)
        and isinstance(value.get("b64payload"), str)
        and isinstance(value.get("encoding_options", []), list)
        and value.keys() <= _ENVELOPE_KEYS
    )


def blob_key(namespace: str, execution_id: str, data: bytes) -> str:
    """Where an offloaded payload is stored: ``temporal-payload/<ns>/<execution>/sha256:<hex>``.

    The same bytes of one execution always land on the same key (uploads are idempotent)."""
    quote = urllib.parse.quote
    return "/".join(
        [
            BLOB_KEY_PREFIX,
            quote(namespace, safe=""),
            quote(execution_id, safe=""),
            f"sha256:{hashlib.sha256(data).hexdigest()}",
        ]
    )


# ----- blob stores ------------------------------------------------------------------------------
@runtime_checkable
class BlobStore(Protocol):
    """Where offloaded payloads live. Calls are blocking; the async client runs them in a
    worker thread. ``get`` raises ``BlobNotFoundError`` for a key that holds nothing."""

    def get(self, key: str) -> bytes: ...

    def put(self, key: str, data: bytes) -> None: ...

    def exists(self, key: str) -> bool: ...


def _prefixed(prefix: str, key: str) -> str:
    """``key`` under ``prefix``, as the official stores join them (a key already under it stays)."""
    if not prefix or key.startswith(prefix):
        return key
    return f"{prefix}/{key}"


class LocalBlobStore:
    """A directory as a blob store: each key a file below ``root`` (``prefix/`` first, if given).

    A key that would leave ``root`` (``..``, an absolute path) is refused: keys come from
    payloads, which come from the server."""

    def __init__(self, root: str | os.PathLike[str], prefix: str = "") -> None:
        self.root = Path(root)
        self.prefix = prefix.strip("/")

    def __repr__(self) -> str:
        return f"LocalBlobStore({str(self.root)!r}, prefix={self.prefix!r})"

    def _path(self, key: str) -> Path:
        full = _prefixed(self.prefix, key)
        parts = full.split("/")
        if not full or full.startswith("/") or any(part in ("", ".", "..") for part in parts):
            raise PayloadCorruptError(f"blob key {key!r} is not a relative path of plain segments")
        return self.root.joinpath(*parts)

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            raise BlobNotFoundError(f"no blob {key!r} in {self.root}", key=key) from None

    def put(self, key: str, data: bytes) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write aside, then rename: a reader never sees half a blob.
        partial = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.part")
        partial.write_bytes(data)
        partial.replace(path)

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()


class FsspecBlobStore:
    """S3, GCS, Azure (or any fsspec filesystem) as a blob store, from a URL such as
    ``s3://bucket/prefix``, ``gs://bucket/prefix`` or ``az://container/prefix``.

    Needs fsspec and the filesystem's package (the ``s3``, ``gcs`` or ``azure`` extra:
    s3fs, gcsfs, adlfs). ``storage_options`` go to the filesystem (credentials, endpoint,
    region); they are never shown by ``repr``."""

    def __init__(self, url: str, **storage_options: Any) -> None:
        fsspec_core = _require("fsspec.core", "a cloud blob store")
        try:
            self._fs, root = fsspec_core.url_to_fs(url, **storage_options)
        except ImportError as exc:
            raise PayloadDependencyError(
                f"the blob store {url.split('://')[0]}:// needs its filesystem package "
                f"(the s3, gcs or azure extra of mistral-workflows): {exc}",
                package=getattr(exc, "name", None) or "fsspec",
            ) from None
        self.url = url
        self._root = str(root).rstrip("/")

    def __repr__(self) -> str:
        return f"FsspecBlobStore({self.url!r})"

    def _path(self, key: str) -> str:
        if any(part in (".", "..") for part in key.split("/")):
            raise PayloadCorruptError(f"blob key {key!r} is not a relative path of plain segments")
        return f"{self._root}/{key}" if self._root else key

    def get(self, key: str) -> bytes:
        try:
            data: bytes = self._fs.cat_file(self._path(key))
        except FileNotFoundError:
            raise BlobNotFoundError(f"no blob {key!r} in {self.url}", key=key) from None
        return data

    def put(self, key: str, data: bytes) -> None:
        self._fs.pipe_file(self._path(key), data)

    def exists(self, key: str) -> bool:
        return bool(self._fs.exists(self._path(key)))


# ----- the codec --------------------------------------------------------------------------------
def _cipher(hex_key: str, which: str) -> AESGCM:
    """An AES-GCM cipher from a hex key; the key is never part of a message."""
    try:
        raw = bytes.fromhex(hex_key.strip())
    except (ValueError, AttributeError):
        raise PayloadKeyError(f"the {which} key is not hexadecimal") from None
    if len(raw) not in (16, 24, 32):
        raise PayloadKeyError(
            f"the {which} key has {len(raw)} bytes: AES-GCM takes 16, 24 or 32 (32, 48 or 64 hex digits)"
        )
    aead = _require("cryptography.hazmat.primitives.ciphers.aead", "payload encryption")
    cipher: AESGCM = aead.AESGCM(raw)
    return cipher


def _b64decode(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise PayloadCorruptError(f"{what} is not a base64 string")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise PayloadCorruptError(f"{what} is not valid base64") from None


class PayloadCodec:
    """How this client encodes the payloads it sends and decodes those it receives.

    ``encryption``: ``"full"`` (the whole payload) or ``"partial"`` (fields marked
    ``{"field_type": "__encrypted_str__", "data": ...}``), with ``key`` (hex; default: the
    ``MISTRAL_WORKFLOWS_PAYLOAD_KEY`` environment variable) encrypting, and ``key`` and
    ``secondary_key`` (default: ``MISTRAL_WORKFLOWS_PAYLOAD_SECONDARY_KEY``) decrypting, so
    that keys can be rotated. A codec without encryption still decodes encrypted payloads
    when given a key. ``compression_level`` (zstd 1-22) turns compression on for payloads of
    ``compression_threshold`` bytes or more; ``blob_store`` turns offloading on for those of
    ``offload_threshold`` bytes or more. ``namespace`` names the blob keys' namespace (by
    default, or when empty, the client asks ``GET /v1/workflows/workers/whoami`` once).

    The keys are never shown: not by ``repr``, not in a message, not in a log line.
    """

    def __init__(
        self,
        *,
        encryption: Literal["full", "partial"] | None = None,
        key: str | None = None,
        secondary_key: str | None = None,
        compression_level: int | None = None,
        compression_threshold: int = DEFAULT_THRESHOLD,
        blob_store: BlobStore | None = None,
        offload_threshold: int = DEFAULT_THRESHOLD,
        namespace: str | None = None,
    ) -> None:
        if encryption not in (None, "full", "partial"):
            raise ValueError(f"encryption must be 'full', 'partial' or None, not {encryption!r}")
        if compression_level is not None and (
            isinstance(compression_level, bool)
            or not isinstance(compression_level, int)
            or not 1 <= compression_level <= 22
        ):
            raise ValueError(f"compression_level must be an int from 1 to 22, not {compression_level!r}")
        for name, threshold in (
            ("compression_threshold", compression_threshold),
            ("offload_threshold", offload_threshold),
        ):
            if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 0:
                raise ValueError(f"{name} must be an int >= 0, not {threshold!r}")
        if blob_store is not None and not isinstance(blob_store, BlobStore):
            raise TypeError(
                f"blob_store must have get, put and exists methods, not {type(blob_store).__name__}"
            )
        key = key if key is not None else os.environ.get(KEY_ENV) or None
        secondary_key = (
            secondary_key if secondary_key is not None else os.environ.get(SECONDARY_KEY_ENV) or None
        )
        if encryption is not None and not key:
            raise PayloadKeyError(f"encryption={encryption!r} needs a key: key= or {KEY_ENV}")
        self.encryption = encryption
        self.compression_level = compression_level
        self.compression_threshold = compression_threshold
        self.blob_store = blob_store
        self.offload_threshold = offload_threshold
        self.namespace = namespace or None  # empty: none given, as for the official SDK
        self._main = None if not key else _cipher(key, "main")
        self._invalid_tag: type[Exception] = Exception
        if self._main is not None:
            from cryptography.exceptions import InvalidTag

            self._invalid_tag = InvalidTag
        self._secondary = None if not secondary_key else _cipher(secondary_key, "secondary")
        # Derived once: the key of schedule input hashes (HMAC of a label under the main key),
        # as the official hook keys them: only when encryption is on.
        self._hash_key: bytes | None = None
        if key and encryption is not None:
            import hmac  # here, not at import: only an encrypting codec needs it

            self._hash_key = hmac.new(
                bytes.fromhex(key.strip()), _SCHEDULE_HASH_LABEL, hashlib.sha256
            ).digest()
        self._zstd: Any = None
        self._msgpack: Any = None
        # zstd contexts are not thread safe: each thread gets its own (the async client decodes
        # in worker threads, several at once; a sync client may be shared by threads).
        self._contexts = threading.local()
        if compression_level is not None:
            self._load_compression()

    def __repr__(self) -> str:
        shown = [
            f"encryption={self.encryption!r}",
            f"keys={(self._main is not None) + (self._secondary is not None)}",
            f"compression_level={self.compression_level!r}",
            f"blob_store={self.blob_store!r}",
        ]
        return f"PayloadCodec({', '.join(shown)})"

    def __reduce__(self) -> Any:
        raise TypeError("a PayloadCodec holds keys: it cannot be pickled")

    @property
    def offloads(self) -> bool:
        """Payloads may go to the blob store: encoding them needs a namespace."""
        return self.blob_store is not None

    def _load_compression(self) -> Any:
        """zstandard (and msgpack), imported on first need; returns zstandard."""
        if self._zstd is None:
            zstd = _require("zstandard", "payload compression")
            self._msgpack = _require("msgpack", "payload compression")
            self._zstd = zstd  # last: another thread that sees it set finds msgpack set too
        return self._zstd

    def _compressor(self) -> Any:
        """This thread's zstd compressor."""
        compressor = getattr(self._contexts, "compressor", None)
        if compressor is None:
            compressor = self._zstd.ZstdCompressor(level=self.compression_level)
            self._contexts.compressor = compressor
        return compressor

    def _decompressor(self) -> Any:
        """This thread's zstd decompressor."""
        decompressor = getattr(self._contexts, "decompressor", None)
        if decompressor is None:
            decompressor = self._load_compression().ZstdDecompressor()
            self._contexts.decompressor = decompressor
        return decompressor

    # --- encryption -----------------------------------------------------------------------------
    def _encrypt(self, data: bytes) -> bytes:
        if self._main is None:
            raise PayloadKeyError("encrypting a payload needs a key: key= or " + KEY_ENV)
        nonce = os.urandom(_NONCE_SIZE)
        return nonce + self._main.encrypt(nonce, data, None)

    def _decrypt(self, data: bytes) -> bytes:
        if self._main is None:
            raise PayloadKeyError(f"the payload is encrypted and this codec has no key: key= or {KEY_ENV}")
        if len(data) < _NONCE_SIZE + 16:
            raise PayloadCorruptError(f"an encrypted payload of {len(data)} bytes is too short for AES-GCM")
        # Views, not copies: the ciphertext may be megabytes.
        view = memoryview(data)
        nonce, sealed = view[:_NONCE_SIZE], view[_NONCE_SIZE:]
        try:
            plain: bytes = self._main.decrypt(nonce, sealed, None)
            return plain
        except self._invalid_tag:
            pass
        if self._secondary is not None:
            try:
                plain = self._secondary.decrypt(nonce, sealed, None)
                return plain
            except self._invalid_tag:
                pass
        keys = "the main key" if self._secondary is None else "the main key nor the secondary key"
        raise PayloadKeyError(f"the payload does not decrypt with {keys}: wrong key, or altered payload")

    def _fields(self, value: Any, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The partial-encryption markers in ``value``, outermost first (their data not searched)."""
        if isinstance(value, dict):
            if value.get("field_type") == ENCRYPTED_STR:
                found.append(value)
                return found
            for item in value.values():
                if isinstance(item, dict | list):
                    self._fields(item, found)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict | list):
                    self._fields(item, found)
        return found

    def _encrypt_fields(self, data: bytes) -> tuple[bytes, bool]:
        try:
            value = json_loads(data)
        except ValueError:
            return data, False
        fields = self._fields(value, [])
        for field in fields:
            plain = field.get("data")
            if not isinstance(plain, str):
                raise TypeError(
                    f"an {ENCRYPTED_STR} field's data must be a string, not {type(plain).__name__}"
                )
            field["data"] = base64.b64encode(self._encrypt(plain.encode())).decode()
        return (dumps(value) if fields else data), bool(fields)

    def _decrypt_fields(self, data: bytes) -> bytes:
        try:
            value = json_loads(data)
        except ValueError:
            raise PayloadCorruptError("a partially encrypted payload is not JSON") from None
        for field in self._fields(value, []):
            sealed = _b64decode(field.get("data"), f"an {ENCRYPTED_STR} field")
            try:
                field["data"] = self._decrypt(sealed).decode()
            except UnicodeDecodeError:
                raise PayloadCorruptError(f"an {ENCRYPTED_STR} field does not decrypt to text") from None
        return dumps(value)

    # --- compression ------------------------------------------------------------------------------
    def _compress(self, data: bytes) -> tuple[bytes, bool]:
        if self.compression_level is None or len(data) < self.compression_threshold:
            return data, False
        packed: bytes = self._compressor().compress(data)
        if len(packed) >= len(data):
            return data, False
        framed: bytes = self._msgpack.packb(
            {"compression": {"algorithm": "zstd", "level": self.compression_level}, "payload": packed},
            use_bin_type=True,
        )
        return framed, True

    def _decompress(self, data: bytes) -> bytes:
        self._load_compression()
        try:
            frame = self._msgpack.unpackb(data, raw=False)
        except Exception:
            raise PayloadCorruptError("a compressed payload is not a msgpack frame") from None
        header = frame.get("compression") if isinstance(frame, dict) else None
        algorithm = header.get("algorithm") if isinstance(header, dict) else None
        packed = frame.get("payload") if isinstance(frame, dict) else None
        if algorithm != "zstd" or not isinstance(packed, bytes):
            raise PayloadCorruptError(
                f"a compressed payload's frame is not zstd with bytes (algorithm {algorithm!r})"
            )
        try:
            plain: bytes = self._decompressor().decompress(packed)
        except self._zstd.ZstdError:
            raise PayloadCorruptError("a compressed payload does not decompress with zstd") from None
        return plain

    # --- offloading ---------------------------------------------------------------------------------
    def _offload(self, data: bytes, namespace: str, execution_id: str) -> bytes:
        assert self.blob_store is not None
        key = blob_key(namespace, execution_id, data)
        if not self.blob_store.exists(key):
            self.blob_store.put(key, data)
        return json.dumps({"key": key}, separators=(",", ":")).encode()

    def _fetch(self, data: bytes) -> bytes:
        if self.blob_store is None:
            raise PayloadError(
                "the payload is offloaded to a blob store and this codec has none: blob_store="
            )
        try:
            envelope = json_loads(data)
        except ValueError:
            envelope = None
        key = envelope.get("key") if isinstance(envelope, dict) else None
        if not isinstance(key, str):
            raise PayloadCorruptError("an offloaded payload holds no blob key")
        return self.blob_store.get(key)

    # --- both directions ----------------------------------------------------------------------------
    def encode_bytes(
        self,
        data: bytes,
        *,
        namespace: str | None = None,
        execution_id: str | None = None,
        offload: bool = True,
    ) -> tuple[bytes, list[str]]:
        """``data`` encoded, and the options applied in order (partial encryption, compression,
        offloading, full encryption). Offloading needs ``namespace`` and ``execution_id``."""
        options: list[str] = []
        if self.encryption == "partial":
            data, done = self._encrypt_fields(data)
            if done:
                options.append(PARTIALLY_ENCRYPTED)
        data, done = self._compress(data)
        if done:
            options.append(COMPRESSED)
        if offload and self.blob_store is not None and len(data) >= self.offload_threshold:
            if namespace is None or execution_id is None:
                raise PayloadError("offloading a payload needs its namespace and execution id")
            data = self._offload(data, namespace, execution_id)
            options.append(OFFLOADED)
        if self.encryption == "full":
            data = self._encrypt(data)
            options.append(ENCRYPTED)
        return data, options

    def decode_bytes(self, data: bytes, options: list[str]) -> bytes:
        """The bytes ``encode_bytes`` was given, from what it made and its options."""
        for option in reversed(options):
            if option == ENCRYPTED:
                data = self._decrypt(data)
            elif option == COMPRESSED:
                data = self._decompress(data)
            elif option == OFFLOADED:
                data = self._fetch(data)
            elif option == PARTIALLY_ENCRYPTED:
                data = self._decrypt_fields(data)
            else:
                raise PayloadCorruptError(f"unknown encoding option {option!r}")
        return data

    def encode(
        self,
        value: Any,
        *,
        namespace: str | None = None,
        execution_id: str | None = None,
        offload: bool = True,
    ) -> dict[str, Any]:
        """``value`` as an encoded payload envelope (``b64payload``, ``encoding_options``)."""
        data, options = self.encode_bytes(
            dumps(value), namespace=namespace, execution_id=execution_id, offload=offload
        )
        return {"b64payload": base64.b64encode(data).decode(), "encoding_options": options, "empty": False}

    def encode_schedule_input(self, value: Any) -> dict[str, Any]:
        """A schedule's input: encoded without offloading, with the ``input_hash`` that tells
        schedules apart (an HMAC under the main key when encrypting, else SHA-256)."""
        envelope = self.encode(value, offload=False)
        canonical = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
        if self._hash_key is None:
            envelope["input_hash"] = hashlib.sha256(canonical).hexdigest()
        else:
            import hmac

            envelope["input_hash"] = hmac.new(self._hash_key, canonical, hashlib.sha256).hexdigest()
        return envelope

    def decode(self, value: Any) -> Any:
        """The JSON value an encoded envelope holds; anything else is returned as it is."""
        if not is_encoded(value):
            return value
        data = self.decode_bytes(
            _b64decode(value["b64payload"], "b64payload"), _options(value.get("encoding_options"))
        )
        try:
            return json_loads(data)
        except ValueError:
            raise PayloadCorruptError("a decoded payload is not JSON") from None

    def needs_io(self, value: Any) -> bool:
        """Decoding ``value`` reads the blob store (worth a worker thread in async code)."""
        return is_encoded(value) and OFFLOADED in (value.get("encoding_options") or [])

    def decode_event_payload(self, payload: Any) -> Any:
        """An event's ``{"type", "value", "encoding_options"}`` payload with its value decoded.

        Full encoding: ``value`` is the base64 of the encoded JSON text. A partially encrypted
        JSON patch keeps its operations, each encrypted value ``{"type": "__encrypted__",
        "value": base64}``."""
        if not isinstance(payload, dict):
            return payload
        options = payload.get("encoding_options")
        if not options:
            return payload
        options = _options(options)
        value = payload.get("value")
        if PARTIALLY_ENCRYPTED in options and isinstance(value, list):
            return {
                **payload,
                "value": [self._decrypt_patch(patch) for patch in value],
                "encoding_options": [],
            }
        data = self.decode_bytes(_b64decode(value, "an event payload's value"), options)
        try:
            decoded = json_loads(data)
        except ValueError:
            raise PayloadCorruptError("a decoded event payload is not JSON") from None
        return {**payload, "value": decoded, "encoding_options": []}

    def _decrypt_patch(self, patch: Any) -> Any:
        inner = patch.get("value") if isinstance(patch, dict) else None
        if not isinstance(inner, dict) or inner.get("type") != ENCRYPTED_PATCH:
            return patch
        plain = self._decrypt(_b64decode(inner.get("value"), "an encrypted patch value"))
        try:
            return {**patch, "value": json_loads(plain)}
        except ValueError:
            raise PayloadCorruptError("an encrypted patch value is not JSON") from None

    def decode_event_attributes(self, attributes: Mapping[str, Any]) -> dict[str, Any]:
        """An event's attributes, every encoded ``{"type": "json"|"json_patch", ...}`` payload decoded."""
        decoded = dict(attributes)
        for name, item in attributes.items():
            if (
                isinstance(item, dict)
                and item.get("type") in ("json", "json_patch")
                and "value" in item
                and item.get("encoding_options")
            ):
                decoded[name] = self.decode_event_payload(item)
        return decoded


def _options(options: object) -> list[str]:
    if options is None:
        return []
    if not isinstance(options, list) or not all(isinstance(option, str) for option in options):
        raise PayloadCorruptError("encoding_options is not a list of strings")
    return list(options)


class Encoding:
    """A client's codec and the namespace it encodes for: the codec's, or the one
    ``GET /v1/workflows/workers/whoami`` answers (asked once, when a payload may be offloaded)."""

    __slots__ = ("codec", "namespace")

    def __init__(self, codec: PayloadCodec) -> None:
        if not isinstance(codec, PayloadCodec):
            raise TypeError(f"payloads must be a PayloadCodec, not {type(codec).__name__}")
        self.codec = codec
        self.namespace = codec.namespace

    def __repr__(self) -> str:
        return f"Encoding({self.codec!r}, namespace={self.namespace!r})"


# ----- where payloads sit in request and response bodies -----------------------------------------
#: How an operation's request body carries its input (``Operation.encodes``).
EncodeKind = Literal["execute", "invocation", "schedule_create", "schedule_update"]
#: Where an operation's answer carries payloads (``Operation.decodes``).
DecodeKind = Literal["result", "events", "schedule", "schedules", "history"]


def offloads_input(codec: PayloadCodec, kind: str) -> bool:
    """Encoding this kind of request may offload its input (schedules' inputs never are)."""
    return codec.offloads and kind in ("execute", "invocation")


def encode_body(
    kind: str, codec: PayloadCodec, body: dict[str, Any], namespace: str | None, execution_id: str | None
) -> None:
    """Encode the input of a request body in place, where the official SDK does.

    execute: ``input`` goes to ``encoded_input`` (``input`` null); signal, query and update:
    ``input`` becomes the envelope; schedules: ``schedule.input``, never offloaded, with the
    ``input_hash`` on create. A null input stays null."""
    if kind == "execute" or kind == "invocation":
        value = body.get("input")
        if value is None:
            return
        envelope = codec.encode(value, namespace=namespace, execution_id=execution_id)
        if kind == "execute":
            body["encoded_input"] = envelope
            body["input"] = None
        else:
            body["input"] = envelope
        return
    schedule = body.get("schedule")
    if not isinstance(schedule, dict) or schedule.get("input") is None:
        return
    if kind == "schedule_create":
        schedule["input"] = codec.encode_schedule_input(schedule["input"])
    else:
        schedule["input"] = codec.encode(schedule["input"], offload=False)


def decode_body(kind: str, codec: PayloadCodec, body: Any) -> bool:
    """Decode the payloads of an answer's JSON body in place; True when one was."""
    if not isinstance(body, dict):
        return False
    if kind == "result":
        return _decode_key(codec, body, "result")
    if kind == "schedule":
        return _decode_key(codec, body, "input")
    if kind == "schedules":
        items = body.get("schedules")
        return (
            any([_decode_key(codec, item, "input") for item in items if isinstance(item, dict)])
            if isinstance(items, list)
            else False
        )
    if kind == "events":
        events = body.get("events")
        return any([decode_event(codec, event) for event in events]) if isinstance(events, list) else False
    return _decode_tree(codec, body)


def _decode_key(codec: PayloadCodec, holder: dict[str, Any], key: str) -> bool:
    value = holder.get(key)
    if not is_encoded(value):
        return False
    holder[key] = codec.decode(value)
    return True


def _decode_tree(codec: PayloadCodec, value: Any) -> bool:
    """Decode every envelope anywhere in ``value`` (a history with ``decode_payloads``)."""
    changed = False
    if isinstance(value, dict):
        for key, item in value.items():
            if is_encoded(item):
                value[key] = codec.decode(item)
                changed = True
            elif isinstance(item, dict | list):
                changed = _decode_tree(codec, item) or changed
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if is_encoded(item):
                value[index] = codec.decode(item)
                changed = True
            elif isinstance(item, dict | list):
                changed = _decode_tree(codec, item) or changed
    return changed


def decode_event(codec: PayloadCodec, event: Any) -> bool:
    """Decode the payloads of one event (``{"attributes": {...}}``) in place; True when one was."""
    attributes = event.get("attributes") if isinstance(event, dict) else None
    if not isinstance(attributes, dict):
        return False
    decoded = codec.decode_event_attributes(attributes)
    if decoded == attributes:
        return False
    event["attributes"] = decoded
    return True
