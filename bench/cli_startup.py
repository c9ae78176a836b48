"""Cold start of the command line: ``mistral-workflows --help`` against ``python -c "import httpx"``.

    python bench/cli_startup.py [--runs 20] [--json PATH]

Each command runs in a fresh process, ours and the floor in turn (interleaved, so that a
machine slowing down mid-run slows both alike); the ratio is the median of the pairs' ratios of
CPU time (user + system: other processes on the machine count less than in wall time), the
wall-time ratio printed beside it. Bytecode is compiled first (the package directories, then
one untimed run of each command with bytecode writing on), as an installed package would be.
The commands: ``--help``, a subcommand's ``--help`` and ``--version``, each with the target.

Each runs twice: as in an install of the ``[cli]`` extra, and in this venv as it is. ``import
httpx`` also loads whichever of its optional companions are installed: its command line with
click and rich (the ``[cli]`` extra brings them, so both sides pay for them there), trio for
httpcore (and attrs through it), the brotli and zstd decoders. This venv has trio (the async
tests), which the floor then pays for and the client shares; the ``[cli]`` install hides trio,
brotli, zstandard, h2 and socksio from both sides (``sys.modules[name] = None``), as a
``pip install 'mistral-workflows[cli]'`` has none of them.

``--json PATH`` also writes the rows, as the other bench scripts do:
``{"workload", "size", "ratio", "target", "met"}`` (ratio = ours / floor, target "<= 1.5x").
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

TARGET = 1.5
HIDDEN = ("trio", "brotli", "brotlicffi", "zstandard", "h2", "socksio")
#: What runs before each command, per install: (floor command, our command's prefix).
INSTALLS = {
    "cli install": f"import sys\nsys.modules.update(dict.fromkeys({HIDDEN!r}))\n",
    "this venv": "",
}
#: What is timed: (workload, arguments of mistral-workflows); each within TARGET of the floor.
WORKLOADS = [
    ("cli cold start, --help", ["--help"]),
    ("cli cold start, runs list --help", ["runs", "list", "--help"]),
    ("cli cold start, --version", ["--version"]),
]


def script(prelude: str) -> list[str]:
    """The installed console script (beside this interpreter) as it is, or what it runs
    (``mistral_workflows.cli:main``) after ``prelude``."""
    if prelude:
        return [sys.executable, "-c", prelude + "from mistral_workflows.cli import main\nmain()\n"]
    beside = Path(sys.executable).parent / "mistral-workflows"
    found = str(beside) if beside.exists() else shutil.which("mistral-workflows")
    return [found] if found else [sys.executable, "-m", "mistral_workflows.cli"]


def compile_packages() -> None:
    """Bytecode for our packages (an installed wheel has it; an editable install may not)."""
    for package in ("mistral_workflows", "mistral_workflows_api"):
        spec = importlib.util.find_spec(package)
        for location in (spec.submodule_search_locations or []) if spec else []:
            compileall.compile_dir(location, quiet=2)


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one fresh process running ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=env, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {done.stderr.decode()[-300:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def median_ratio(ours: list[float], floor: list[float]) -> float:
    """The median of the pairwise ratios of two interleaved series."""
    return statistics.median(a / b for a, b in zip(ours, floor, strict=True))


def timed(install: str, prelude: str, runs: int) -> list[dict[str, Any]]:
    """Time every workload against the floor, as in ``install``; print them, return the rows."""
    floor = [sys.executable, "-c", prelude + "import httpx"]
    ours = script(prelude)
    writing = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    commands = {name: [*ours, *arguments] for name, arguments in WORKLOADS}
    for command in [floor, *commands.values()]:
        run_once(command, writing)  # untimed: writes the bytecode of whatever it imports
    env = dict(os.environ)
    floor_cpu: dict[str, list[float]] = {name: [] for name in commands}
    floor_wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    wall: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            base = run_once(floor, env)
            mine = run_once(command, env)
            floor_cpu[name].append(base[0])
            floor_wall[name].append(base[1])
            cpu[name].append(mine[0])
            wall[name].append(mine[1])

    print(
        f"Cold start, {install}: mistral-workflows vs python -c 'import httpx', "
        f"{runs} interleaved pairs each\n"
    )
    print(f"  {'workload':36} {'ours ms':>8} {'floor ms':>9} {'cpu ratio':>10} {'wall ratio':>11}")
    rows: list[dict[str, Any]] = []
    for name, _ in WORKLOADS:
        ratio = median_ratio(cpu[name], floor_cpu[name])
        wall_ratio = median_ratio(wall[name], floor_wall[name])
        print(
            f"  {name:36} {statistics.median(wall[name]) * 1000:8.0f} "
            f"{statistics.median(floor_wall[name]) * 1000:9.0f} {ratio:9.2f}x {wall_ratio:10.2f}x"
        )
        rows.append(
            {
                "workload": name,
                "size": install,
                "ratio": round(ratio, 3),
                "target": f"<= {TARGET}x",
                "met": ratio <= TARGET,
            }
        )
    print()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=20, help="fresh processes per command")
    parser.add_argument("--json", metavar="PATH", help="also write the rows as JSON")
    args = parser.parse_args()

    compile_packages()
    rows: list[dict[str, Any]] = []
    for install, prelude in INSTALLS.items():
        rows += timed(install, prelude, args.runs)
    print(f"target: each within {TARGET}x of the floor (CPU time, median of pairs)")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
