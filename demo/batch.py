"""The batch part of `make demo`: cancel a few hundred executions at once, with a progress bar.

The bar uses rich (the ``demo`` extra) when it is installed, plain lines otherwise.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

from mistral_workflows import BatchReport, Workflows

COUNT = 300
CHUNK = 25
LATENCY = 0.05


def demo_batch(wf: Workflows, emu: Any) -> None:
    """Start COUNT ``forever`` executions, cancel them with ``cancel_many``, print the report."""
    prefix = uuid.uuid4().hex[:6]
    with ThreadPoolExecutor(8) as pool:
        ids = list(
            pool.map(lambda i: wf.execute("forever", execution_id=f"{prefix}-{i}").execution_id, range(COUNT))
        )
    print(f"   started {len(ids)} 'forever' executions ({ids[0]} ... {ids[-1]})")
    # Two unknown ids and a few repeated ones, to show how the report accounts for them.
    targets = [*ids, "no-such-execution", *ids[:5], "not-this-one-either"]
    print(f"   cancel_many: {len(targets)} ids (2 unknown, 5 repeated), {CHUNK} per request, 4 in flight")
    saved = emu.options.latency if emu is not None else None
    if emu is not None:
        emu.options.latency = LATENCY  # so that the bar has time to move
    try:
        with progress_bar(len(targets)) as on_progress:
            report = wf.cancel_many(targets, chunk_size=CHUNK, max_concurrency=4, on_progress=on_progress)
    finally:
        if emu is not None:
            emu.options.latency = saved
    print_report(report)
    sample = wf.execution(ids[0]).get().status
    print(f"   {ids[0]} is now {getattr(sample, 'value', sample)}")


def print_report(report: BatchReport) -> None:
    print(f"   report: {report.summary()}")
    print(f"   ok: {report.ok}; first ids in input order: {list(report.results)[:3]} ...")
    for execution_id, failure in report.failed.items():
        print(f"   failed {execution_id}: {failure.status_code or failure.server_status}: {failure.message}")


@contextmanager
def progress_bar(total: int) -> Iterator[Callable[[int, int | None], None]]:
    """An ``on_progress`` callback drawing a bar (rich) or printing every quarter (plain)."""
    try:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
    except ImportError:
        printed = [0]

        def plain(done: int, known_total: int | None) -> None:
            if done * 4 // total > printed[0] or done == total:
                printed[0] = done * 4 // total
                print(f"   ... {done}/{known_total if known_total is not None else '?'} ids done")

        yield plain
        return
    with Progress(
        "   [progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    ) as progress:
        task = progress.add_task("cancelling", total=total)

        def bar(done: int, known_total: int | None) -> None:
            progress.update(task, completed=done, total=known_total)

        yield bar
