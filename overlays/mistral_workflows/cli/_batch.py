"""``cancel`` and ``terminate``: many executions at once, by id, from stdin, or selected by the
runs filters; through the client's ``cancel_many`` / ``terminate_many`` (the batch endpoint)."""

from __future__ import annotations

import datetime
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from ._common import (
    EXIT_BATCH_FAILED,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    WHEN,
    emit_document,
    info,
    output_mode,
    output_option,
    state,
    stdout_is_terminal,
)
from ._listing import select_runs

#: Batches larger than one request (the server's limit of 100 ids) get a progress bar.
PROGRESS_FROM = 101
#: The failures listed one per line for people (``-o json`` has them all).
FAILURES_SHOWN = 20


def report_document(report: Any) -> dict[str, Any]:
    """A ``BatchReport`` as JSON: what was done, which ids succeeded, which failed and why."""
    return {
        "action": report.action,
        "ok": report.ok,
        "complete": report.complete,
        "succeeded": report.succeeded,
        "failed": {
            execution_id: {
                "message": failure.message,
                "status_code": failure.status_code,
                "server_status": failure.server_status,
                "outcome_unknown": failure.outcome_unknown,
            }
            for execution_id, failure in report.failed.items()
        },
        "duplicates": report.duplicates,
        "not_sent": report.not_sent,
    }


def print_report(report: Any) -> None:
    """The report: one JSON document, or a summary and one line per failed id (on stderr for
    people, so that stdout can still be piped)."""
    if output_mode() != "table":
        emit_document(report_document(report))
        return
    click.echo(report.summary())
    failed = list(report.failed.items())
    for execution_id, failure in failed[:FAILURES_SHOWN]:
        code = failure.status_code or failure.server_status or "-"
        unknown = " (outcome unknown)" if failure.outcome_unknown else ""
        click.echo(f"  failed {execution_id}: {code}: {failure.message}{unknown}", err=True)
    if len(failed) > FAILURES_SHOWN:
        click.echo(f"  ... and {len(failed) - FAILURES_SHOWN} more failed (-o json lists them all)", err=True)
    if report.not_sent:
        click.echo(
            f"  not sent ({len(report.not_sent)}): {' '.join(report.not_sent[:10])}"
            f"{' ...' if len(report.not_sent) > 10 else ''}",
            err=True,
        )


def people_watching() -> bool:
    """Both stdout and stderr are terminals: a progress bar is for people, never for a pipe."""
    err_tty = getattr(sys.stderr, "isatty", None)
    return stdout_is_terminal() and bool(err_tty and err_tty())


@contextmanager
def progress(total: int, action: str) -> Iterator[Callable[[int, int | None], None] | None]:
    """A progress bar on stderr for a long batch, only when people are looking (both outputs
    terminals, table output); else no callback at all."""
    if total < PROGRESS_FROM or output_mode() != "table" or not people_watching():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from ._common import console

    with Progress(
        f"{action}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console(stderr=True)
    ) as bar:
        task = bar.add_task(action, total=total)

        def advance(done: int, known_total: int | None) -> None:
            bar.update(task, completed=done, total=known_total)

        yield advance


def _read_ids(ids: tuple[str, ...]) -> list[str]:
    """The ids given as arguments; ``-`` reads more from stdin (whitespace separated)."""
    found: list[str] = []
    for value in ids:
        if value == "-":
            found += sys.stdin.read().split()
        else:
            found.append(value)
    return found


def _batch_command(action: str) -> click.Command:
    verb = "Cancel" if action == "cancel" else "Terminate"
    doing = "cancelling" if action == "cancel" else "terminating"

    @click.command(
        action,
        epilog="\b\nExamples:\n"
        f"  mistral-workflows {action} 3f2a9c1e-... 7b01d2c4-...\n"
        f"  mistral-workflows runs list --status RUNNING -o jsonl | jq -r .execution_id \\\n"
        f"    | mistral-workflows {action} - --yes\n"
        f"  mistral-workflows {action} --where-workflow nightly --where-status RUNNING --since 1h --dry-run",
    )
    @click.argument("ids", nargs=-1)
    @click.option("--where-workflow", help="Select the runs of this workflow.")
    @click.option(
        "--where-status",
        "where_statuses",
        multiple=True,
        metavar="STATUS",
        help="Select runs in this status (repeat for several).",
    )
    @click.option(
        "--since", type=WHEN, help="Select runs started at or after: 2h, 1d (ago) or an ISO date/time."
    )
    @click.option("--until", type=WHEN, help="Select runs started before.")
    @click.option("--dry-run", is_flag=True, help="List what would be touched, touch nothing.")
    @click.option("-y", "--yes", is_flag=True, help="Do not ask for confirmation.")
    @click.option(
        "--chunk-size", type=click.IntRange(1, 100), help="Ids per request (default: the server's limit)."
    )
    @click.option(
        "--concurrency", type=click.IntRange(min=1), default=4, show_default=True, help="Requests in flight."
    )
    @output_option
    def command(
        ids: tuple[str, ...],
        where_workflow: str | None,
        where_statuses: tuple[str, ...],
        since: datetime.datetime | None,
        until: datetime.datetime | None,
        dry_run: bool,
        yes: bool,
        chunk_size: int | None,
        concurrency: int,
        output: str | None,
    ) -> None:
        selecting = bool(where_workflow or where_statuses or since or until)
        if ids and selecting:
            raise click.UsageError("give ids, or --where-*/--since/--until filters, not both")
        if not ids and not selecting:
            raise click.UsageError(
                f"nothing to {action}: give ids (- reads stdin) or --where-*/--since filters"
            )
        targets = _read_ids(ids)
        if selecting:
            listing = select_runs(
                workflow=where_workflow, statuses=where_statuses, since=since, until=until, page_size=1000
            )
            targets = [run.execution_id for run in listing]
        # an id given twice is one execution (the client collapses it and counts the duplicate)
        distinct = list(dict.fromkeys(targets))
        if dry_run:
            if output_mode() == "table":
                for execution_id in distinct:
                    click.echo(execution_id)
                info(f"would {action} {len(distinct)} execution(s)")
            else:
                emit_document({"action": action, "dry_run": True, "ids": distinct})
            return
        if not targets:
            info(f"nothing to {action}: no execution selected")
            return
        if len(distinct) > 1 and not yes:
            if "-" in ids:  # stdin held the ids: there is no one to ask
                raise click.UsageError(
                    f"{len(distinct)} executions selected: add --yes to {action} them without asking"
                )
            try:
                click.confirm(f"{verb} {len(distinct)} executions?", abort=True, err=True)
            except click.Abort as exc:  # "no" (exit 1), or Ctrl-C at the question: 130 as documented
                if isinstance(exc.__context__, KeyboardInterrupt):
                    info("\ninterrupted: nothing was sent")
                    raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
                raise
        client = state().client()
        run = client.cancel_many if action == "cancel" else client.terminate_many
        try:
            with progress(len(targets), doing) as on_progress:
                report = run(
                    targets, chunk_size=chunk_size, max_concurrency=concurrency, on_progress=on_progress
                )
        except KeyboardInterrupt as exc:
            from mistral_workflows import BatchInterrupted

            cause = exc.__cause__
            if isinstance(cause, BatchInterrupted):
                print_report(cause.report)
            info("interrupted: the report above holds only the ids that were answered")
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
        print_report(report)
        if not report.ok:
            raise click.exceptions.Exit(EXIT_BATCH_FAILED)

    command.help = (
        f"{verb} executions: the ids given (- reads them from stdin), or the runs the --where-* "
        f"filters and --since/--until select. Asks before touching more than one unless --yes; "
        f"exits 0 only when every id succeeded (8 otherwise; {EXIT_INTERRUPTED} on Ctrl-C, "
        f"after printing the partial report; {EXIT_USAGE} on a usage error)."
    )
    return command


cancel = _batch_command("cancel")
terminate = _batch_command("terminate")

COMMANDS = [cancel, terminate]
