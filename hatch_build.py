"""Hatchling metadata hook: put the API spec's version and hash into the package metadata.

They become two entries of the standard ``Keywords`` field (``api-spec-version=1.0.0``,
``api-spec-sha256=<hex>``), readable with ``importlib.metadata.metadata("mistral-workflows")``
and shown by index pages. The facts come from generated/GENERATION.json, the record of the
spec the shipped code was generated from.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hatchling.metadata.plugin.interface import MetadataHookInterface

KEYWORDS = ["mistral", "workflows", "openapi", "api-client"]


class ApiSpecMetadataHook(MetadataHookInterface):
    """Adds the API spec facts to ``Keywords``."""

    PLUGIN_NAME = "custom"

    def update(self, metadata: dict[str, Any]) -> None:
        root = Path(self.root)
        generation = json.loads((root / "generated" / "GENERATION.json").read_text())
        # No refusal here when openapi.yaml moved on: an editable install must work between a
        # spec edit and `make generate`. `make dist` / `make publish` run the drift check.
        metadata["keywords"] = [
            *KEYWORDS,
            f"api-spec-version={generation['spec_version']}",
            f"api-spec-sha256={generation['spec_sha256']}",
        ]
