"""``Record``, the private values' base: what ``@dataclass(frozen=True, slots=True)`` gave them."""

from __future__ import annotations

import httpx
import pytest

from mistral_workflows import build_api_client
from mistral_workflows._context import ClientSettings
from mistral_workflows._flow import Send, Sleep
from mistral_workflows._operations import GET_EXECUTION, Operation


def test_records_compare_hash_and_show_their_fields() -> None:
    assert Sleep(1.5) == Sleep(1.5)
    assert Sleep(1.5) != Sleep(2)
    assert Sleep(1.5) != Send({"seconds": 1.5})
    assert hash(Sleep(1.5)) == hash(Sleep(1.5))
    assert repr(Sleep(1.5)) == "Sleep(seconds=1.5)"
    with pytest.raises(TypeError):
        hash(Send({"method": "GET"}))  # a dict field: unhashable, as in a frozen dataclass


def test_records_cannot_be_changed_only_copied() -> None:
    sleep = Sleep(1.0)
    with pytest.raises(AttributeError):
        sleep.seconds = 2.0
    with pytest.raises(AttributeError):
        del sleep.seconds
    with pytest.raises(AttributeError):
        sleep.other = 1
    assert sleep.replace(seconds=2.0) == Sleep(2.0)
    assert sleep == Sleep(1.0)
    with pytest.raises(TypeError, match="no field 'second'"):
        sleep.replace(second=2.0)


def test_private_state_is_not_a_field() -> None:
    """An underscored slot (a cache) is left out of equality, the repr and ``replace``."""
    fresh = Operation("executions", "get_execution", idempotent=True, returns="WorkflowExecutionResponse")
    GET_EXECUTION.module  # noqa: B018 - loads it
    assert fresh == GET_EXECUTION.replace(decodes=None)
    assert "_loaded" not in repr(GET_EXECUTION)
    settings = ClientSettings(build_api_client("k"), httpx.Timeout(5), 2)
    assert settings.default_context is settings.default_context
    copy = settings.replace(max_retries=3)
    assert copy.default_context.max_retries == 3
    assert copy.replace(max_retries=2) == settings
