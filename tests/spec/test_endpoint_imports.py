"""What a generated operation module imports when it loads, and what it leaves to its error
answers (templates/endpoint_module.py.jinja): the models of non-2xx answers are imported by
the branch that parses one, since the overlay turns every error status into an exception
before ``_parse_response`` runs. ``_parse_response`` still returns them as before."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from mistral_workflows._operations import ALL_OPERATIONS
from mistral_workflows_api.client import Client
from mistral_workflows_api.models import ErrorResponse, HTTPValidationError

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
ERROR_MODELS: dict[str, type[ErrorResponse | HTTPValidationError]] = {
    "ErrorResponse": ErrorResponse,
    "HTTPValidationError": HTTPValidationError,
}
BODIES: dict[str, Any] = {
    "ErrorResponse": {"detail": "no such execution"},
    "HTTPValidationError": {"detail": [{"loc": ["path", "id"], "msg": "bad", "type": "value_error"}]},
}


def error_answers() -> list[tuple[str, int, str]]:
    """(operationId, status, model name) of every non-2xx answer the spec documents."""
    spec = yaml.safe_load(SPEC.read_text())
    shared = spec["components"]["responses"]
    found = []
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            for status, answer in op["responses"].items():
                if str(status).startswith("2"):
                    continue
                if "$ref" in answer:
                    answer = shared[answer["$ref"].rsplit("/", 1)[1]]
                schema = answer["content"]["application/json"]["schema"]
                found.append((op["operationId"], int(status), schema["$ref"].rsplit("/", 1)[1]))
    return found


def test_every_error_answer_is_an_error_model() -> None:
    """The spec's error answers all use the two models this module checks."""
    assert {model for _, _, model in error_answers()} == set(ERROR_MODELS)


def test_parse_response_still_returns_the_error_models() -> None:
    modules = {op.name: op.module for op in ALL_OPERATIONS}
    client = Client(base_url="https://api.test")
    answers = error_answers()
    assert len(answers) == 175
    for operation, status, model in answers:
        response = httpx.Response(status, json=BODIES[model])
        parsed = modules[operation]._parse_response(client=client, response=response)
        assert isinstance(parsed, ERROR_MODELS[model]), (operation, status)
        assert parsed.to_dict() == BODIES[model]


@pytest.mark.parametrize(
    ("module", "loaded"),
    [
        ("executions.get_execution", "workflow_execution_response"),
        ("workflows.execute_workflow", "workflow_execution_request"),
    ],
)
def test_an_operation_module_loads_only_the_models_of_its_success(module: str, loaded: str) -> None:
    code = (
        "import json, sys\n"
        f"import mistral_workflows_api.api.{module}\n"
        "prefix = 'mistral_workflows_api.models.'\n"
        "print(json.dumps(sorted(m[len(prefix):] for m in sys.modules if m.startswith(prefix))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    models = json.loads(done.stdout)
    assert loaded in models
    errors = {"error_response", "http_validation_error", "validation_error", "validation_error_ctx"}
    assert not errors & set(models)
