"""A local emulator of the Mistral Workflows Executions API, for tests, demos and users' own tests.

It implements every operation of openapi.yaml in memory, on loopback, with built-in workflows
(see `_workflows`), a time scale, and fault injection:

    from mistral_workflows_emulator import EmulatorOptions, running_emulator

    with running_emulator(speed=50) as emu:
        client = AuthenticatedClient(base_url=emu.base_url, token="any-key")
        ...
        emu.options.fail_first = 2      # the next two requests get fail_status
        emu.stats.requests              # what the server has seen

From a shell: `python -m mistral_workflows_emulator --port 8765 [--speed 10] [fault flags]`.
The rules of the state machine (runs, cancel, terminate, reset points) are in `_engine`, the
derived views (history, logs, traces) in `_views`, the HTTP and SSE behaviour in `_app`.
"""

try:
    from ._app import EmulatorApp, create_app
    from ._options import EmulatorOptions, EmulatorStats
    from ._server import RunningEmulator, running_emulator
    from ._workflows import BUILTIN_WORKFLOWS
except ModuleNotFoundError as missing:
    # starlette, uvicorn and sse-starlette are what the `emulator` extra installs.
    if (missing.name or "").partition(".")[0] not in {"starlette", "uvicorn", "sse_starlette"}:
        raise
    raise ModuleNotFoundError(
        f"mistral_workflows_emulator needs {missing.name!r}, which comes with the emulator extra: "
        "pip install 'mistral-workflows[emulator]'",
        name=missing.name,
    ) from missing

__all__ = [
    "BUILTIN_WORKFLOWS",
    "EmulatorApp",
    "EmulatorOptions",
    "EmulatorStats",
    "RunningEmulator",
    "create_app",
    "running_emulator",
]
