"""The API spec this package was generated from: ``mistral_workflows.__api_spec__``.

The same facts are in the distribution's metadata (``Keywords``), written by hatch_build.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from mistral_workflows_api._generation import GENERATION


@dataclass(frozen=True)
class ApiSpec:
    """Which ``openapi.yaml`` the generated ``mistral_workflows_api`` comes from."""

    version: str
    """``info.version`` of the spec."""
    sha256: str
    """SHA-256 of the spec file's bytes."""
    generator: str
    """The generator and its version, e.g. ``openapi-python-client 0.29.1``."""


API_SPEC = ApiSpec(
    version=GENERATION["spec_version"],
    sha256=GENERATION["spec_sha256"],
    generator=f"{GENERATION['generator']} {GENERATION['generator_version']}",
)


# The package exports these from its own namespace and names them so (tracebacks and reprs say
# ``mistral_workflows.Name``); it loads this module on first use, after renaming the classes
# it imports eagerly, so they are named here, as they are made.
for _exported in (ApiSpec,):
    _exported.__module__ = "mistral_workflows"
del _exported
