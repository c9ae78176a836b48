"""The README's runnable snippets run (against the emulator instead of the real API)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mistral_workflows_emulator import running_emulator

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
SNIPPETS = re.findall(r"```python\n(.*?)```", README, flags=re.S)


def snippet_with(marker: str) -> str:
    found: list[str] = [s for s in SNIPPETS if marker in s]
    assert len(found) == 1, marker
    return found[0]


def test_the_emulator_snippet_runs() -> None:
    exec(compile(snippet_with("running_emulator(EmulatorOptions("), "README.md", "exec"), {})


def test_the_generated_operations_snippet_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    code = snippet_with("build_api_client()")
    monkeypatch.setenv("MISTRAL_API_KEY", "readme-key")
    with running_emulator(speed=50) as emu:
        code = code.replace("build_api_client()", f"build_api_client(base_url={emu.base_url!r})")
        code = code.replace('"my-workflow"', '"countdown"')
        exec(compile(code, "README.md", "exec"), {})


def test_the_streams_snippet_runs() -> None:
    exec(compile(snippet_with("sse_error_every=3"), "README.md", "exec"), {})
