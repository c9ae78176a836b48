"""Logging: the ``mistral_workflows`` logger, and ``MISTRAL_WORKFLOWS_LOG`` to turn it on.

The client writes one DEBUG line per request and per response (and per stream reconnection)
to the logger ``mistral_workflows``, which, like every library logger, says nothing until the
application configures logging. ``MISTRAL_WORKFLOWS_LOG=debug`` (or ``info``) does it without
code: a stderr handler on that logger at that level, as ``OPENAI_LOG`` does for OpenAI's SDK.
"""

from __future__ import annotations

import logging
import os
from typing import TextIO

from ._config import LOG_ENV

logger = logging.getLogger("mistral_workflows")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


class _EnvHandler(logging.StreamHandler[TextIO]):
    """The stderr handler ``MISTRAL_WORKFLOWS_LOG`` adds (once)."""


def configure_from_env() -> None:
    """Attach a stderr handler when ``MISTRAL_WORKFLOWS_LOG`` says ``debug`` or ``info``."""
    level = _LEVELS.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None or any(isinstance(h, _EnvHandler) for h in logger.handlers):
        return
    handler = _EnvHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
