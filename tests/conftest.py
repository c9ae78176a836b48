"""Fixtures shared by every test directory.

The async flavour of each client test runs on both event loops anyio supports: a test whose
parameters include "trio" (the third client flavour, beside "sync" and "async") runs on trio,
every other async test on asyncio.

The client tests talk to ``emulator``: one local emulator per module, whose options
(``emulator_options``, overridden by a directory that wants another speed) are put back after
every test, so that faults injected by one test never reach the next. ``any_client`` is a
client of it, once per flavour.

**Live mode.** ``pytest --live`` (or ``MISTRAL_WORKFLOWS_LIVE=1``) runs the client suites
against a real server instead: ``MISTRAL_BASE_URL`` and ``MISTRAL_API_KEY`` say which and with
what key, ``MISTRAL_WORKFLOWS_LIVE_WORKFLOW`` names a workflow that the tests may run to its
end (with ``MISTRAL_WORKFLOWS_LIVE_INPUT``, a JSON object, as its input; ``{}`` by default).
``emulator`` is then that server (``LiveServer``): the client fixtures point at it; the tests
marked ``emulator_only`` (fault injection, the built-in workflows' behaviour, the emulator's
counters) are skipped; the tests of the emulator itself keep their own (``local_emulator``).
"""

from __future__ import annotations

import copy
import dataclasses
import gc
import json
import os
import ssl
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn

import httpx
import pytest

from mistral_workflows import AsyncWorkflows, Workflows, _flow
from mistral_workflows_emulator import EmulatorOptions, EmulatorStats, RunningEmulator, running_emulator

#: The client flavours of a parametrized test: the sync client, the async client on asyncio,
#: the async client on trio.
FLAVOURS = ["sync", "async", "trio"]

#: The key the client fixtures send to the local emulator (which accepts any key).
EMULATOR_API_KEY = "test-key"

LIVE_ENV = "MISTRAL_WORKFLOWS_LIVE"
LIVE_WORKFLOW_ENV = "MISTRAL_WORKFLOWS_LIVE_WORKFLOW"
LIVE_INPUT_ENV = "MISTRAL_WORKFLOWS_LIVE_INPUT"
API_KEY_ENV = "MISTRAL_API_KEY"
BASE_URL_ENV = "MISTRAL_BASE_URL"


@pytest.fixture
def anyio_backend(request: pytest.FixtureRequest) -> str:
    callspec = getattr(request.node, "callspec", None)
    if callspec is not None and "trio" in callspec.params.values():
        return "trio"
    return "asyncio"


@pytest.fixture(scope="session", autouse=True)
def _one_default_ssl_context() -> Iterator[None]:
    """httpx builds a new SSL context for every client, loading the whole CA bundle each time
    (about 35 ms), and the suite builds thousands of clients: the default verifying context is
    built once and shared instead (an SSL context may serve many connections; verification stays
    on). Any other ``verify=`` is left to httpx."""
    build = httpx.create_ssl_context
    built: dict[tuple[bool, str | None, str | None], ssl.SSLContext] = {}

    def create_ssl_context(
        verify: ssl.SSLContext | str | bool = True, cert: Any = None, trust_env: bool = True
    ) -> ssl.SSLContext:
        if verify is not True or cert is not None:
            return build(verify=verify, cert=cert, trust_env=trust_env)
        # What the default context is made of: the CA bundle httpx picks.
        source = (trust_env, os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
        if source not in built:
            built[source] = build(trust_env=trust_env)
        return built[source]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("httpx._transports.default.create_ssl_context", create_ssl_context)
        yield


# ----- live mode --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Live:
    """The real server of a live run."""

    base_url: str
    api_key: str = field(repr=False)
    #: A workflow the tests may run to its end; None: the tests that need one are skipped.
    workflow: str | None
    input: dict[str, Any]


LIVE = pytest.StashKey[Live | None]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--live",
        action="store_true",
        help=(
            f"run the client suites against the server at ${BASE_URL_ENV} with ${API_KEY_ENV} "
            f"instead of the emulator (as does {LIVE_ENV}=1); ${LIVE_WORKFLOW_ENV} names a workflow "
            f"they may run, ${LIVE_INPUT_ENV} its JSON input; tests marked emulator_only are skipped"
        ),
    )


def live_settings(option: bool, env: Mapping[str, str]) -> Live | None:
    """The live server a run targets (``option``: ``--live`` was given; ``env``: the environment),
    or None: the emulator. A usage error when the server is not fully named."""
    if not option and env.get(LIVE_ENV, "").strip().lower() not in ("1", "true", "yes"):
        return None
    missing = [name for name in (BASE_URL_ENV, API_KEY_ENV) if not env.get(name)]
    if missing:
        raise pytest.UsageError(f"a live run (--live or {LIVE_ENV}=1) needs {' and '.join(missing)}")
    try:
        workflow_input = json.loads(env.get(LIVE_INPUT_ENV) or "{}")
    except json.JSONDecodeError as exc:
        raise pytest.UsageError(f"{LIVE_INPUT_ENV} is not JSON: {exc}") from None
    if not isinstance(workflow_input, dict):
        raise pytest.UsageError(f"{LIVE_INPUT_ENV} must be a JSON object")
    return Live(
        base_url=env[BASE_URL_ENV].rstrip("/"),
        api_key=env[API_KEY_ENV],
        workflow=env.get(LIVE_WORKFLOW_ENV) or None,
        input=workflow_input,
    )


def pytest_configure(config: pytest.Config) -> None:
    config.stash[LIVE] = live_settings(bool(config.getoption("--live")), os.environ)


def pytest_collection_finish(session: pytest.Session) -> None:
    # The heap is now mostly what collection imported (the official SDK's models, hypothesis,
    # schemathesis, the generated client): frozen, it is no longer scanned by every garbage
    # collection that follows (the automatic ones, and those of _collect_leaked_sockets), each
    # of which took tens of milliseconds.
    gc.freeze()


def pytest_report_header(config: pytest.Config) -> str | None:
    live = config.stash.get(LIVE, None)
    if live is None:
        return None
    return f"live: {live.base_url}, workflow {live.workflow or '(none: the tests needing one skip)'}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    live = config.stash.get(LIVE, None)
    if live is None:
        return
    skip = pytest.mark.skip(reason=f"emulator_only: needs the emulator, not the live server {live.base_url}")
    for item in items:
        if item.get_closest_marker("emulator_only") is not None:
            item.add_marker(skip)


def _emulator_only(what: str) -> NoReturn:
    pytest.fail(f"a live server has no {what}: mark the test @pytest.mark.emulator_only", pytrace=False)


class LiveServer(RunningEmulator):
    """The live server in the emulator's place: its base URL, and nothing the emulator adds.

    A test that reaches for the emulator's options, counters or faults fails, saying it should
    be marked ``emulator_only``.
    """

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    @property
    def options(self) -> EmulatorOptions:
        _emulator_only("options (fault injection, limits)")

    @property
    def stats(self) -> EmulatorStats:
        _emulator_only("request counters (stats)")

    def reset_faults(self) -> None:
        _emulator_only("faults to reset")


@pytest.fixture(scope="session")
def live(request: pytest.FixtureRequest) -> Live | None:
    """The live server of a ``--live`` run; None when the tests run on the emulator."""
    return request.config.stash[LIVE]


@pytest.fixture(scope="session")
def api_key(live: Live | None) -> str:
    """The key the client fixtures send."""
    return EMULATOR_API_KEY if live is None else live.api_key


@dataclass(frozen=True)
class WorkflowRun:
    """A workflow the server can run to its end, and the input to give it."""

    name: str
    input: dict[str, Any]


@pytest.fixture(scope="session")
def workflow(live: Live | None) -> WorkflowRun:
    """Any workflow that ends on its own: the emulator's countdown, or the live one."""
    if live is None:
        return WorkflowRun("countdown", {"n": 2})
    if live.workflow is None:
        pytest.skip(f"{LIVE_WORKFLOW_ENV} names no workflow for the live run")
    return WorkflowRun(live.workflow, dict(live.input))


# ----- the emulator -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def emulator_options() -> EmulatorOptions:
    """The options of the module's emulator. Fast enough for tests, slow enough that a running
    execution stays running for a while (a directory may override this)."""
    return EmulatorOptions(speed=20.0)


@pytest.fixture(scope="module")
def local_emulator(emulator_options: EmulatorOptions) -> Iterator[RunningEmulator]:
    """A local emulator for the module, live run or not."""
    with running_emulator(emulator_options) as emu:
        yield emu


@pytest.fixture(scope="module")
def emulator(request: pytest.FixtureRequest, live: Live | None) -> RunningEmulator:
    """The server the module's client tests talk to: the local emulator, or the live server."""
    if live is not None:
        return LiveServer(live.base_url)
    emu: RunningEmulator = request.getfixturevalue("local_emulator")
    return emu


@pytest.fixture(autouse=True)
def _restore_emulator_options(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a test, its module's emulator gets back the options it had before: faults off,
    limits, frame styles and keys as they were."""
    if "emulator" not in request.fixturenames:
        yield
        return
    emu: RunningEmulator = request.getfixturevalue("emulator")
    if isinstance(emu, LiveServer):
        yield
        return
    before = copy.copy(emu.options)
    yield
    for option in dataclasses.fields(before):
        setattr(emu.options, option.name, getattr(before, option.name))


# ----- clients ----------------------------------------------------------------------------------


@pytest.fixture(params=FLAVOURS)
def flavour(request: pytest.FixtureRequest) -> str:
    """Which client a test uses: "sync", "async" (on asyncio) or "trio" (async, on trio)."""
    flavour: str = request.param
    return flavour


@pytest.fixture
async def any_client(
    flavour: str, emulator: RunningEmulator, api_key: str
) -> AsyncIterator[Workflows | AsyncWorkflows]:
    """A client of ``emulator``, once per flavour: ``Workflows`` or ``AsyncWorkflows``."""
    if flavour == "sync":
        with Workflows(api_key=api_key, base_url=emulator.base_url) as wf:
            yield wf
    else:
        async with AsyncWorkflows(api_key=api_key, base_url=emulator.base_url) as awf:
            yield awf


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every delay the drivers were asked to sleep (retry back-off, reconnections, polls),
    recorded instead of waited."""
    recorded: list[float] = []

    async def record_async(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(_flow, "sync_sleep", recorded.append)
    monkeypatch.setattr(_flow, "async_sleep", record_async)
    return recorded
