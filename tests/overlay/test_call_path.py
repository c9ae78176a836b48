"""The cost of a call on the client's own httpx client, and of importing the package.

What a call hands httpx (an absolute URL, so httpx does not merge it with its base URL on
every request), one resolved context shared by the calls that give no option, and what
``import mistral_workflows`` leaves out (asyncio, anyio, the batch and streaming code) while
leaving httpx as it is: each is checked here as behaviour; the time they save is measured in
bench/overhead.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import httpx
import pytest

from mistral_workflows import AsyncWorkflows, Workflows

from .conftest import resolve

pytestmark = pytest.mark.anyio

KEY = "sk-call-path-0123456789"
EXECUTION = {
    "workflow_name": "wf",
    "execution_id": "ex-1",
    "root_execution_id": "ex-1",
    "status": "RUNNING",
    "start_time": "2026-01-05T10:00:00Z",
    "end_time": None,
    "result": None,
}


def _record_what_httpx_is_handed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict[str, Any]]]:
    """Answer every ``request`` of httpx's clients with an execution (and no trace events),
    recording the URL and the other keyword arguments each was handed."""
    handed: list[tuple[str, dict[str, Any]]] = []

    def answer(self: Any, method: str, url: Any, **kwargs: Any) -> httpx.Response:
        handed.append((url, kwargs))
        body: dict[str, Any] = EXECUTION if "trace" not in url else EXECUTION | {"events": []}
        return httpx.Response(200, json=body, request=httpx.Request(method, url))

    async def answer_async(self: Any, method: str, url: Any, **kwargs: Any) -> httpx.Response:
        return answer(self, method, url, **kwargs)

    monkeypatch.setattr(httpx.Client, "request", answer)
    monkeypatch.setattr(httpx.AsyncClient, "request", answer_async)
    return handed


@pytest.mark.parametrize("flavour", [Workflows, AsyncWorkflows])
async def test_the_own_client_is_handed_absolute_urls(
    flavour: type[Workflows | AsyncWorkflows], monkeypatch: pytest.MonkeyPatch
) -> None:
    handed = _record_what_httpx_is_handed(monkeypatch)
    wf = flavour(api_key=KEY, base_url="https://api.test/prefix/")
    await resolve(wf.execution("ex 1").get())
    await resolve(wf.execution("ex-2").get(timeout=5))
    assert [url for url, _ in handed] == [
        "https://api.test/prefix/v1/workflows/executions/ex%201",
        "https://api.test/prefix/v1/workflows/executions/ex-2",
    ]


@pytest.mark.parametrize("flavour", [Workflows, AsyncWorkflows])
async def test_a_call_without_a_query_hands_httpx_no_params(
    flavour: type[Workflows | AsyncWorkflows], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty ``params={}`` makes httpx rebuild and re-check the URL (a second parse, about
    a sixth of a GET on a mock transport); a query still goes as ``params``."""
    handed = _record_what_httpx_is_handed(monkeypatch)
    wf = flavour(api_key=KEY, base_url="https://api.test")
    await resolve(wf.execution("ex-1").get())
    await resolve(wf.execution("ex-1").trace.events(merge_same_id_events=True))
    assert "params" not in handed[0][1]
    assert handed[1][1]["params"] == {"merge_same_id_events": True, "include_internal_events": False}


def test_calls_without_options_share_one_resolved_context() -> None:
    wf = Workflows(api_key=KEY, max_retries=4)
    shared = wf._ctx({})
    assert wf.execution("ex-1")._ctx({}) is shared
    assert (shared.max_retries, shared.timeout, shared.api) == (4, wf.timeout, wf.api)
    given = wf._ctx({"max_retries": 1})
    assert given is not shared and given.max_retries == 1
    assert wf._ctx({}).max_retries == 4
    copy = wf.with_options(max_retries=0, extra_headers={"X-Team": "a"})
    assert copy._ctx({}) is copy._ctx({})
    assert (copy._ctx({}).max_retries, copy._ctx({}).extra_headers) == (0, {"X-Team": "a"})


def _in_a_fresh_interpreter(code: str) -> Any:
    """What ``code`` prints as JSON, run by a new interpreter (whose imports start afresh)."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_importing_the_package_leaves_async_batch_and_stream_code_out() -> None:
    code = (
        "import json, sys\n"
        "import mistral_workflows\n"
        "mistral_workflows.Workflows(api_key='k').execution('ex-1')\n"
        "left_out = ['asyncio', 'anyio', 'trio', 'hmac', 'mistral_workflows._batch',\n"
        "            'mistral_workflows._streaming', 'mistral_workflows._async_client',\n"
        "            'mistral_workflows._metadata', 'mistral_workflows._report',\n"
        "            'mistral_workflows._results']\n"
        "print(json.dumps([name for name in left_out if name in sys.modules]))\n"
    )
    assert _in_a_fresh_interpreter(code) == []


def test_a_plain_call_loads_no_async_batch_or_stream_code() -> None:
    code = (
        "import json, sys\n"
        "import httpx, mistral_workflows\n"
        f"answer = httpx.Response(200, json={EXECUTION!r})\n"
        "wf = mistral_workflows.Workflows(api_key='k', base_url='https://api.test')\n"
        "wf.api._httpx_args['transport'] = httpx.MockTransport(lambda request: answer)\n"
        "assert wf.execution('ex-1').get().status == 'RUNNING'\n"
        "left_out = ['asyncio', 'hmac', 'mistral_workflows._batch', 'mistral_workflows._streaming',\n"
        "            'mistral_workflows._async_client', 'mistral_workflows._metadata',\n"
        "            'mistral_workflows._report', 'mistral_workflows._results']\n"
        "print(json.dumps([name for name in left_out if name in sys.modules]))\n"
    )
    assert _in_a_fresh_interpreter(code) == []


def test_names_of_code_loaded_on_first_use_are_still_exported() -> None:
    code = (
        "import json, mistral_workflows\n"
        "from mistral_workflows import ReconnectAttempt, AsyncWorkflows\n"
        "handle = AsyncWorkflows(api_key='k').execution('ex-1')\n"
        "print(json.dumps([ReconnectAttempt.__module__, 'ReconnectAttempt' in dir(mistral_workflows),\n"
        "                  AsyncWorkflows.__module__, type(handle).__module__,\n"
        "                  type(handle) is mistral_workflows.AsyncExecutionHandle,\n"
        "                  hasattr(mistral_workflows, 'NoSuchName')]))\n"
    )
    assert _in_a_fresh_interpreter(code) == [
        "mistral_workflows",
        True,
        "mistral_workflows",
        "mistral_workflows",
        True,
        False,
    ]


def test_httpx_is_left_as_it_is() -> None:
    """No patching of a dependency for speed: httpx's namespace is what httpx made it."""
    code = (
        "import json\n"
        "import mistral_workflows, httpx\n"
        "print(json.dumps(['main' in vars(httpx), '__getattr__' in vars(httpx)]))\n"
    )
    assert _in_a_fresh_interpreter(code) == [True, False]


def trace_answer(events: int) -> dict[str, Any]:
    row = {"type": "EVENT", "name": "step", "timestamp_unix_nano": 1, "attributes": {"k": "v"}}
    return EXECUTION | {"events": [row | {"id": str(i)} for i in range(events)]}


@pytest.mark.parametrize(("events", "paused"), [(3, False), (2_000, True)])
@pytest.mark.parametrize("flavour", [Workflows, AsyncWorkflows])
async def test_a_large_answer_is_parsed_with_the_garbage_collector_paused(
    flavour: type[Workflows | AsyncWorkflows], events: int, paused: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parsing thousands of rows makes no garbage cycles: the cyclic collector waits (its
    passes over the fresh rows cost a fifth of the parse) and is on again afterwards."""
    import gc

    from mistral_workflows_api.models import WorkflowExecutionTraceEventsResponse

    body = json.dumps(trace_answer(events)).encode()
    assert (len(body) >= 64 * 1024) is paused
    collector_on: list[bool] = []
    parse = WorkflowExecutionTraceEventsResponse.from_dict.__func__  # type: ignore[attr-defined]

    def spy(cls: Any, data: Any) -> Any:
        collector_on.append(gc.isenabled())
        return parse(cls, data)

    monkeypatch.setattr(WorkflowExecutionTraceEventsResponse, "from_dict", classmethod(spy))
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    wf = flavour(api_key=KEY, base_url="https://api.test", http_client=_http(flavour, transport))
    trace = await resolve(wf.execution("ex-1").trace.events())
    assert len(trace.events) == events
    assert collector_on == [not paused]
    assert gc.isenabled()


@pytest.mark.parametrize("flavour", [Workflows, AsyncWorkflows])
async def test_the_collector_stays_as_the_program_left_it(flavour: type[Workflows | AsyncWorkflows]) -> None:
    """Off stays off after a large answer; on is on again after one that fails to parse."""
    import gc

    from mistral_workflows import APIResponseValidationError

    good = json.dumps(trace_answer(2_000)).encode()
    bad = json.dumps(trace_answer(2_000) | {"events": [{"no": "fields"}] * 5_000}).encode()
    bodies = iter([good, bad])
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=next(bodies)))
    wf = flavour(api_key=KEY, base_url="https://api.test", http_client=_http(flavour, transport))
    gc.disable()
    try:
        await resolve(wf.execution("ex-1").trace.events())
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(APIResponseValidationError):
        await resolve(wf.execution("ex-1").trace.events())
    assert gc.isenabled()


def _http(flavour: type[Workflows | AsyncWorkflows], transport: httpx.MockTransport) -> Any:
    if flavour is Workflows:
        return httpx.Client(transport=transport)
    return httpx.AsyncClient(transport=transport)


#: The dataclasses the package builds when it is imported and makes its first call: public values,
#: which stay dataclasses (``dataclasses.fields``, ``asdict`` and ``replace`` work on them); the
#: others' modules load on first use.
PUBLIC_DATACLASSES = ["Ending", "ValidationErrorDetail"]


def test_the_first_call_builds_few_classes() -> None:
    """Building a dataclass or an attrs class compiles its methods (about 0.5 ms each): the
    private values are ``Record``s, and the package builds no attrs class of its own."""
    code = (
        "import json, dataclasses\n"
        "built = []\n"
        "process = dataclasses._process_class\n"
        "def spy(cls, *args, **kwargs):\n"
        "    if cls.__module__.startswith('mistral_workflows'):\n"
        "        built.append(cls.__name__)\n"
        "    return process(cls, *args, **kwargs)\n"
        "dataclasses._process_class = spy\n"
        "import attr._make\n"
        "attrs_built = []\n"
        "build = attr._make._ClassBuilder.__init__\n"
        "def attrs_spy(self, cls, *args, **kwargs):\n"
        "    attrs_built.append(cls.__module__)\n"
        "    build(self, cls, *args, **kwargs)\n"
        "attr._make._ClassBuilder.__init__ = attrs_spy\n"
        "import httpx, mistral_workflows\n"
        f"answer = httpx.Response(200, json={EXECUTION!r})\n"
        "wf = mistral_workflows.Workflows(api_key='k', base_url='https://api.test')\n"
        "wf.api._httpx_args['transport'] = httpx.MockTransport(lambda request: answer)\n"
        "wf.execution('ex-1').get()\n"
        "print(json.dumps([sorted(built), [m for m in attrs_built if m.startswith('mistral_workflows.')]]))\n"
    )
    assert _in_a_fresh_interpreter(code) == [PUBLIC_DATACLASSES, []]
