"""mistral-workflows: a typed client for Mistral's Workflows Executions API.

The low-level operations live in the generated ``mistral_workflows_api`` package;
``build_api_client`` gives them a client with a finite default timeout.
"""

from ._api_client import build_api_client
from ._version import __version__

__all__ = ["__version__", "build_api_client"]
