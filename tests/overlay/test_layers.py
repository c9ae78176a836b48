"""The overlay's house: four layers whose imports point one way only, and no import cycle.

1. foundation: configuration, errors, events, payload types and encoding, retry policy, SSE decoding, the
   sans-I/O flow primitives, one call as a flow;
2. ``_calls``: every API operation as a plain flow;
3. streaming, batch and what the two shells share, built on the calls;
4. the shells: ``_async_client`` (by hand) and ``_sync_client`` (generated from it);
5. the command line, ``cli/``: on top of everything, through the public API only
   (``from mistral_workflows import ...``), never a private module; nothing below imports it.

Every import counts, those inside functions and under ``TYPE_CHECKING`` included.
"""

from __future__ import annotations

import ast
from pathlib import Path

import mistral_workflows

PACKAGE = Path(mistral_workflows.__file__).parent

LAYERS: dict[str, int] = {
    **dict.fromkeys(
        [
            "_api_client",
            "_config",
            "_context",
            "_events",
            "_exceptions",
            "_flow",
            "_history",
            "_logging",
            "_metadata",
            "_operations",
            "_payloads",
            "_record",
            "_report",
            "_request_flow",
            "_results",
            "_retry",
            "_sse",
            "_version",
        ],
        1,
    ),
    "_calls": 2,
    **dict.fromkeys(["_batch", "_client_base", "_streaming"], 3),
    **dict.fromkeys(["_async_client", "_sync_client"], 4),
}


def imports_of(module: str) -> set[str]:
    """The package's modules that ``module`` imports, wherever the import stands."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                found.add(node.module.split(".")[0])
            elif node.level == 1:
                found.update(alias.name for alias in node.names)
            elif node.module and node.module.startswith("mistral_workflows."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("mistral_workflows."):
                    found.add(alias.name.split(".")[1])
    return found & set(LAYERS)


GRAPH = {module: imports_of(module) for module in LAYERS}


def test_every_module_has_a_layer() -> None:
    modules = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    assert modules == set(LAYERS)


def test_no_import_points_up_a_layer() -> None:
    upward = [
        f"{module} (layer {LAYERS[module]}) imports {target} (layer {LAYERS[target]})"
        for module, targets in GRAPH.items()
        for target in targets
        if LAYERS[target] > LAYERS[module]
    ]
    assert upward == []


def test_no_import_cycle() -> None:
    state: dict[str, int] = {}
    path: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(GRAPH[module]):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)
    assert cycles == []


def test_the_check_sees_a_cycle_when_there_is_one() -> None:
    """The cycle finder itself: a loop drawn by hand is found."""
    saved = dict(GRAPH)
    try:
        GRAPH["_config"] = {"_flow"}
        GRAPH["_flow"] = {"_config"}
        try:
            test_no_import_cycle()
        except AssertionError:
            return
        raise AssertionError("a cycle went unnoticed")
    finally:
        GRAPH.clear()
        GRAPH.update(saved)


# ----- the command line: a top layer on the public API --------------------------------------------
CLI = PACKAGE / "cli"
CLI_MODULE = "mistral_workflows.cli"


def private_imports(source: str) -> list[str]:
    """The imports of ``source`` (a module of ``cli/``) that reach past the public API: a private
    module of the overlay, or the overlay's package through a relative import."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level >= 2:
                found.append(f"from {'.' * node.level}{module} import ...")
            elif (
                node.level == 0
                and module.startswith("mistral_workflows.")
                and not module.startswith(CLI_MODULE)
            ):
                found.append(f"from {module} import ...")
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
            found += [n for n in names if n.startswith("mistral_workflows.") and not n.startswith(CLI_MODULE)]
    return found


def test_the_command_line_uses_only_the_public_api() -> None:
    modules = sorted(CLI.glob("*.py"))
    assert modules, "no cli/ package"
    reaching = {path.name: private_imports(path.read_text()) for path in modules}
    assert {name: found for name, found in reaching.items() if found} == {}


def test_nothing_below_imports_the_command_line() -> None:
    for module in LAYERS:
        tree = ast.parse((PACKAGE / f"{module}.py").read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert not (node.level == 1 and (node.module or "").startswith("cli")), module
                assert not (node.module or "").startswith("mistral_workflows.cli"), module


def test_the_check_sees_a_private_import() -> None:
    assert private_imports("from mistral_workflows._calls import execute") == [
        "from mistral_workflows._calls import ..."
    ]
    assert private_imports("from .._streaming import StreamCore") == ["from .._streaming import ..."]
    assert private_imports("import mistral_workflows._batch") == ["mistral_workflows._batch"]
    assert private_imports("from mistral_workflows import Workflows\nfrom ._common import state") == []
