"""Run every bench script and print one table of the results against their targets.

    python bench/report.py [--quiet] [--only NAME ...] [--json PATH]

Each script runs in its own interpreter with ``--json PATH`` (its rows: ``workload``, ``size``,
``ratio``, ``target``, ``met``), its own report shown as it goes unless ``--quiet``; the table
at the end gathers every row. A script that is not there is named as skipped; one that fails
is named as failed, and the exit status is then 1. A target not met is reported, not an error:
benchmarks inform, the tests decide. ``--json`` writes the gathered rows too. ``make bench``
runs this.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

#: The bench scripts, in the order they run; each takes ``--json PATH``.
SCRIPTS = [
    "overhead.py",
    "sse_throughput.py",
    "typed_data.py",
    "concurrent_streams.py",
    "batch_cancel.py",
    "listing_and_events.py",
    "payload_codec.py",
    "cli_startup.py",
]

COLUMNS = ("workload", "size", "ratio", "target", "met")


def run(script: str, quiet: bool) -> tuple[list[dict[str, Any]], str | None]:
    """The rows ``script`` reports, and what went wrong (None when it ran through)."""
    path = HERE / script
    if not path.exists():
        return [], "skipped: not in bench/"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.json"
        print(f"===== {script} " + "=" * max(0, 70 - len(script)), flush=True)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(path), "--json", str(out)],
            stdout=subprocess.DEVNULL if quiet else None,
            stderr=subprocess.PIPE if quiet else None,
            text=True,
            check=False,
        )
        print(f"({script}: {time.perf_counter() - started:.0f} s)\n", flush=True)
        if done.returncode != 0:
            if quiet and done.stderr:
                sys.stderr.write(done.stderr)
            return [], f"failed: exit status {done.returncode}"
        if not out.exists():
            return [], "failed: wrote no --json rows"
        rows: list[dict[str, Any]] = json.loads(out.read_text())
    return rows, None


def table(rows: list[dict[str, Any]]) -> str:
    """``rows`` as an aligned plain-text table."""
    cells = [[_cell(row.get(column)) for column in COLUMNS] for row in rows]
    widths = [max(len(column), *(len(line[i]) for line in cells)) for i, column in enumerate(COLUMNS)]
    lines = ["  ".join(column.ljust(width) for column, width in zip(COLUMNS, widths, strict=True))]
    lines.append("  ".join("-" * width for width in widths))
    lines += [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) for line in cells
    ]
    return "\n".join(line.rstrip() for line in lines)


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        return f"{value:.2f}"
    return "" if value is None else str(value)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quiet", action="store_true", help="show only the table, not each script's report")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these scripts (e.g. overhead.py)")
    parser.add_argument("--json", metavar="PATH", help="also write the gathered rows as JSON")
    args = parser.parse_args()
    scripts = (
        SCRIPTS if not args.only else [name if name.endswith(".py") else f"{name}.py" for name in args.only]
    )

    rows: list[dict[str, Any]] = []
    notes: list[str] = []
    failed = False
    for script in scripts:
        found, problem = run(script, args.quiet)
        rows += [{**row, "script": script} for row in found]
        if problem is not None:
            notes.append(f"{script}: {problem}")
            failed |= problem.startswith("failed")

    print("Ratios to each workload's floor (higher is better; for 'x the floor' targets, lower is)\n")
    print(table(rows) if rows else "(no rows)")
    met = sum(1 for row in rows if row.get("met") is True)
    print(f"\n{met} of {len(rows)} targets met")
    for note in notes:
        print(f"  {note}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
