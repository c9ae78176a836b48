"""``mistral-workflows``: the command line for the people who operate workflows.

Installed with the ``cli`` extra (``pip install 'mistral-workflows[cli]'``: click and rich).
Every command runs on the public client (``mistral_workflows.Workflows``), nothing else; only
click is imported before a command runs, so that ``--help`` starts about as fast as
``import httpx``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import cli

#: What the ``cli`` extra installs.
EXTRA_MODULES = frozenset({"click", "rich"})


def missing_extra(error: ModuleNotFoundError) -> str | None:
    """What to tell when ``error`` is a module of the ``cli`` extra not installed (else None)."""
    name = (error.name or "").partition(".")[0]
    if name not in EXTRA_MODULES:
        return None
    return (
        f"mistral-workflows needs {name!r}, which comes with the cli extra: "
        "pip install 'mistral-workflows[cli]'"
    )


def main(argv: list[str] | None = None) -> None:
    """The ``mistral-workflows`` console script."""
    try:
        from ._app import main as run
    except ModuleNotFoundError as error:
        message = missing_extra(error)
        if message is None:
            raise
        sys.stderr.write(message + "\n")
        raise SystemExit(1) from None
    run(argv)


def __getattr__(name: str) -> Any:
    if name == "cli":  # the click group, for tests and for embedding
        from ._app import cli

        return cli
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["cli", "main"]
