"""Fixtures shared by the spec and generated-client tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def anyio_backend() -> str:
    """Run the async tests on asyncio only: the generated client is used with asyncio."""
    return "asyncio"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def openapi_document() -> dict[str, Any]:
    """openapi.yaml as loaded by PyYAML (which also resolves its `<<:` merge keys)."""
    loaded = yaml.safe_load((REPO_ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded
