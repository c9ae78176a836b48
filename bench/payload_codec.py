"""Decoding throughput of PayloadCodec against the floor: raw AES-GCM and zstd on the same bytes.

    python bench/payload_codec.py [--rounds 7] [--json rows.json]

Each workload is a JSON value of the given size encoded by the codec (full encryption, and
zstd level 3 from the first byte, or encryption alone). The floor does only the cryptography
and the decompression, on the very bytes the codec reads: ``AESGCM.decrypt`` of the same
ciphertext, then ``ZstdDecompressor.decompress`` of the same zstd frame (taken out of its
msgpack envelope beforehand, a cost the floor does not pay). The codec's ``decode_bytes`` adds
the msgpack frame and its checks; ``decode`` adds base64 and ``json.loads``, which the floor
then pays too. Rounds interleave the contenders; each keeps its best round. Ratio = floor
time / codec time (higher is better), with the throughput of each in MB/s of JSON.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import time
from collections.abc import Callable
from typing import Any

from mistral_workflows import PayloadCodec

KEY = "a5" * 32
SIZES = {"16 KB": 16 * 1024, "256 KB": 256 * 1024, "4 MB": 4 * 1024 * 1024}
TARGET = 0.8


def value_of_size(size: int) -> list[dict[str, Any]]:
    """Records of an API result, about ``size`` bytes of JSON, compressible as real ones are."""
    rng = random.Random(size)
    records: list[dict[str, Any]] = []
    written = 2
    while written < size:
        record = {
            "id": len(records),
            "customer": f"customer-{rng.randrange(10**6):06d}",
            "amount": round(rng.uniform(0, 10_000), 2),
            "status": rng.choice(["paid", "pending", "refunded"]),
            "note": "".join(rng.choice("abcdefghij klmnop") for _ in range(40)),
        }
        records.append(record)
        written += len(json.dumps(record)) + 1
    return records


def contenders(size: int, compressed: bool) -> tuple[dict[str, Callable[[], Any]], int]:
    """The floor and the codec's two levels for one workload, and its JSON size."""
    import zstandard
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    value = value_of_size(size)
    text = json.dumps(value, separators=(",", ":"))
    codec = PayloadCodec(
        encryption="full", key=KEY, compression_level=3 if compressed else None, compression_threshold=0
    )
    envelope = codec.encode(value)
    options = envelope["encoding_options"]
    assert options == (["compressed", "encrypted"] if compressed else ["encrypted"]), options
    sealed = base64.b64decode(envelope["b64payload"])
    cipher = AESGCM(bytes.fromhex(KEY))
    frame = cipher.decrypt(sealed[:12], sealed[12:], None)
    zstd_bytes = codec._msgpack.unpackb(frame)["payload"] if compressed else b""
    decompressor = zstandard.ZstdDecompressor()

    def floor_bytes() -> bytes:
        view = memoryview(sealed)  # no copy of the ciphertext
        plain = cipher.decrypt(view[:12], view[12:], None)
        return decompressor.decompress(zstd_bytes) if compressed else plain

    def floor_value() -> Any:
        view = memoryview(base64.b64decode(envelope["b64payload"]))
        plain = cipher.decrypt(view[:12], view[12:], None)
        return json.loads(decompressor.decompress(zstd_bytes) if compressed else plain)

    assert codec.decode_bytes(sealed, options) == floor_bytes() == text.encode()
    assert codec.decode(envelope) == floor_value() == value
    return {
        "floor bytes": floor_bytes,
        "decode_bytes": lambda: codec.decode_bytes(sealed, options),
        "floor value": floor_value,
        "decode": lambda: codec.decode(envelope),
    }, len(text)


def best_times(calls: dict[str, Callable[[], Any]], repeat: int, rounds: int) -> dict[str, float]:
    """Each contender's best time per call over ``rounds`` interleaved rounds."""
    best = dict.fromkeys(calls, float("inf"))
    for _ in range(rounds):
        for name, call in calls.items():
            started = time.perf_counter()
            for _ in range(repeat):
                call()
            best[name] = min(best[name], (time.perf_counter() - started) / repeat)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--json", metavar="PATH", help="also write the rows as JSON here")
    args = parser.parse_args()

    rows: list[dict[str, Any]] = []
    print(f"{'workload':52} {'size':>7} {'floor MB/s':>11} {'codec MB/s':>11} {'ratio':>6}  target")
    for label, size in SIZES.items():
        repeat = max(1, (8 * 1024 * 1024) // size)
        for compressed in (True, False):
            calls, length = contenders(size, compressed)
            times = best_times(calls, repeat, args.rounds)
            what = "AES-GCM + zstd" if compressed else "AES-GCM"
            for level, floor in (("decode_bytes", "floor bytes"), ("decode", "floor value")):
                ratio = times[floor] / times[level]
                workload = f"{level}() vs raw {what}" + (" + base64 + json" if level == "decode" else "")
                rows.append(
                    {
                        "workload": workload,
                        "size": label,
                        "ratio": round(ratio, 3),
                        "target": f">= {TARGET}",
                        "met": ratio >= TARGET,
                    }
                )
                floor_mbs = length / times[floor] / 1e6
                codec_mbs = length / times[level] / 1e6
                verdict = "ok" if ratio >= TARGET else "SHORT"
                print(
                    f"{workload:52} {label:>7} {floor_mbs:11.0f} {codec_mbs:11.0f} {ratio:6.2f}  "
                    f">= {TARGET} {verdict}",
                    flush=True,
                )
    if args.json:
        with open(args.json, "w") as out:
            json.dump(rows, out, indent=2)
            out.write("\n")


if __name__ == "__main__":
    main()
