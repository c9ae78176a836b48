"""The sync shell is generated from the async one (scripts/unasync.py) and kept current."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("unasync_script", ROOT / "scripts" / "unasync.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["unasync_script"] = module
    spec.loader.exec_module(module)
    return module


unasync = load_script()


def test_the_committed_sync_shell_is_what_the_script_makes() -> None:
    assert unasync.TARGET.read_text() == unasync.render()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("    async def get(self) -> X:\n", "    def get(self) -> X:\n"),
        ("        return await self._run(flow)\n", "        return self._run(flow)\n"),
        ("        async with stream:\n", "        with stream:\n"),
        ("            async for item in stream:\n", "            for item in stream:\n"),
        ("class AsyncWorkflows(ClientBase):\n", "class Workflows(ClientBase):\n"),
        ("    def _http(self) -> httpx.AsyncClient:\n", "    def _http(self) -> httpx.Client:\n"),
        ("        await response.aclose()\n", "        response.close()\n"),
        ("        return await anext(self._items)\n", "        return next(self._items)\n"),
        ("    ) -> AsyncGenerator[T, None]:\n", "    ) -> Generator[T, None, None]:\n"),
        ("    await run_batch_async(run)\n", "    run_batch_sync(run)\n"),
        ("    async def __aenter__(self) -> Self:\n", "    def __enter__(self) -> Self:\n"),
        ("            raise StopAsyncIteration\n", "            raise StopIteration\n"),
        ('    """The asynchronous client."""\n', '    """The synchronous client."""\n'),
    ],
)
def test_each_rule(line: str, expected: str) -> None:
    assert unasync.unasync(line) == unasync.HEADER + expected


def test_a_line_marked_async_only_is_left_out() -> None:
    assert unasync.unasync("    close = aclose  # async only\n") == unasync.HEADER


def test_check_fails_on_a_hand_edit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    edited = tmp_path / "_sync_client.py"
    edited.write_text(unasync.render().replace("def get(", "def get_it(", 1))
    monkeypatch.setattr(unasync, "TARGET", edited)
    monkeypatch.setattr(unasync, "ROOT", tmp_path)
    monkeypatch.setattr(sys, "argv", ["unasync.py", "--check"])
    assert unasync.main() == 1
    edited.write_text(unasync.render())
    assert unasync.main() == 0
