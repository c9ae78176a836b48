"""Demo section: payload encoding end to end, with workers that encrypt (the emulator's)."""

from __future__ import annotations

import os
from typing import Any

from mistral_workflows import PayloadCodec, PayloadKeyError, Workflows


def demo_payloads(wf: Workflows, emu: Any) -> None:
    """An execution whose input, signal and result travel encrypted, read with the key, seen
    without it, and refused with the wrong one."""
    key = os.urandom(32).hex()
    emu.options.encryption_key = key  # the emulator's workers now use this key
    try:
        codec = PayloadCodec(encryption="full", key=key)
        with Workflows(api_key="demo-key", base_url=emu.base_url, payloads=codec) as secure:
            approval = secure.execute("approval", input={"invoice": "INV-2041", "amount": 1250})
            approval.signal("approve", {"by": "cfo@example.com"})
            print(f"   with the key     -> result: {approval.result(timeout=60)}")
        raw = wf.execution(approval.execution_id).get().result
        print(f"   without the key  -> {str(raw)[:74]}...")
        wrong = PayloadCodec(encryption="full", key=os.urandom(32).hex())
        with Workflows(api_key="demo-key", base_url=emu.base_url, payloads=wrong) as other:
            try:
                other.execution(approval.execution_id).result(timeout=60)
            except PayloadKeyError as exc:
                print(f"   with another key -> PayloadKeyError: {exc}")
    finally:
        emu.options.encryption_key = None
