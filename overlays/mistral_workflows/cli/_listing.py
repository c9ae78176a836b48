"""``runs list`` and ``events stream``: listings across executions, read lazily."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import Any, Literal, cast

import click

from ._common import (
    KEY_VALUE,
    SEARCH_KEY,
    WHEN,
    cell_text,
    duration_text,
    emit_items,
    emit_line,
    example,
    limited,
    output_mode,
    output_option,
    state,
    status_text,
)

Scope = Literal["workflow", "activity", "*"] | None

#: The statuses the runs listing knows (others pass through: the server may add some).
STATUSES = ("RUNNING", "COMPLETED", "FAILED", "CANCELED", "TERMINATED", "CONTINUED_AS_NEW", "TIMED_OUT")

RUN_COLUMNS: list[tuple[str, Callable[[Any], Any]]] = [
    ("EXECUTION ID", lambda run: run.execution_id),
    ("WORKFLOW", lambda run: run.workflow_name),
    ("STATUS", lambda run: status_text(run.status)),
    ("STARTED (UTC)", lambda run: run.start_time),
    ("DURATION", lambda run: duration_text(run.start_time, run.end_time) if run.end_time else "running"),
]


def status_values(values: Iterable[str]) -> list[str] | None:
    """``--status`` values, upper-cased (None when none was given)."""
    found = [value.upper() for value in values]
    return found or None


def select_runs(
    *,
    workflow: str | None,
    statuses: Iterable[str],
    since: datetime.datetime | None,
    until: datetime.datetime | None,
    tags: Iterable[str] = (),
    search_keys: Iterable[str] = (),
    deployment: str | None = None,
    page_size: int | None = None,
) -> Any:
    """The lazy runs listing these filters select (newest first)."""
    return (
        state()
        .client()
        .runs.list(
            workflow=workflow,
            status=status_values(statuses),
            started_after=since,
            started_before=until,
            tags=list(tags) or None,
            search_keys=list(search_keys) or None,
            deployment=deployment,
            page_size=page_size,
        )
    )


@click.group("runs", epilog=example("mistral-workflows runs list --status RUNNING --since 1h"))
def runs() -> None:
    """Runs across workflows."""


@runs.command(
    "list",
    epilog=example("mistral-workflows runs list --workflow nightly --status FAILED --since 1d -o jsonl"),
)
@click.option("-w", "--workflow", help="Only this workflow (name or id).")
@click.option(
    "-s",
    "--status",
    "statuses",
    multiple=True,
    metavar="STATUS",
    help="RUNNING, FAILED, ... (repeat for several).",
)
@click.option("--since", type=WHEN, help="Started at or after: 2h, 1d (ago) or an ISO date/time.")
@click.option("--until", type=WHEN, help="Started before: 2h, 1d (ago) or an ISO date/time.")
@click.option("--tag", "tags", multiple=True, help="Only runs with this tag (repeat: all of them).")
@click.option(
    "--search-key",
    "search_keys",
    type=SEARCH_KEY,
    multiple=True,
    help="key=value (a similar value), key==value (exact), key (has it), key== (null); repeat: all.",
)
@click.option("--deployment", help="Only runs of this deployment.")
@click.option(
    "-n",
    "--limit",
    type=click.IntRange(min=0),
    default=50,
    show_default=True,
    help="At most this many (0: all).",
)
@output_option
def runs_list(
    workflow: str | None,
    statuses: tuple[str, ...],
    since: datetime.datetime | None,
    until: datetime.datetime | None,
    tags: tuple[str, ...],
    search_keys: tuple[str, ...],
    deployment: str | None,
    limit: int,
    output: str | None,
) -> None:
    """List runs, newest first, fetching pages only as they are shown."""
    listing = select_runs(
        workflow=workflow,
        statuses=statuses,
        since=since,
        until=until,
        tags=tags,
        search_keys=search_keys,
        deployment=deployment,
        page_size=min(limit, 100) if limit else 100,
    )
    emit_items(limited(listing, limit), RUN_COLUMNS)


@click.group("events", epilog=example("mistral-workflows events stream --workflow countdown -o jsonl"))
def events() -> None:
    """Events across executions."""


@events.command(
    "stream",
    epilog=example(
        "mistral-workflows events stream --workflow nightly --event-type WORKFLOW_EXECUTION_FAILED"
    ),
)
@click.option("-w", "--workflow", help="Only this workflow's events.")
@click.option("--execution-id", help="Only this execution's events.")
@click.option("--root-execution-id", help="A whole execution tree.")
@click.option("--parent-execution-id", help="The children of this execution.")
@click.option("--activity-name", help="Only this activity's events.")
@click.option("--activity-id", help="Only this activity's events.")
@click.option(
    "-t", "--event-type", "event_types", multiple=True, help="Only this event type (repeat for several)."
)
@click.option(
    "--scope", type=click.Choice(["workflow", "activity", "*"]), help="Workflow or activity events."
)
@click.option("--metadata", type=KEY_VALUE, multiple=True, help="key=value the events carry (repeat: all).")
@click.option("--start-seq", type=click.IntRange(min=0), help="Start at this global sequence.")
@click.option("--from", "from_", metavar="EVENT_ID", help="Resume after this event id.")
@click.option(
    "-n", "--limit", type=click.IntRange(min=0), default=0, help="Stop after this many events (0: never)."
)
@output_option
def events_stream(
    workflow: str | None,
    execution_id: str | None,
    root_execution_id: str | None,
    parent_execution_id: str | None,
    activity_name: str | None,
    activity_id: str | None,
    event_types: tuple[str, ...],
    scope: str | None,
    metadata: tuple[tuple[str, str], ...],
    start_seq: int | None,
    from_: str | None,
    limit: int,
    output: str | None,
) -> None:
    """Follow the global event stream, stored then live, until Ctrl-C (or --limit)."""
    stream = (
        state()
        .client()
        .events.stream(
            workflow=workflow,
            execution_id=execution_id,
            root_execution_id=root_execution_id,
            parent_execution_id=parent_execution_id,
            activity_name=activity_name,
            activity_id=activity_id,
            event_types=list(event_types) or None,
            scope=cast(Scope, scope),
            metadata=dict(metadata) or None,
            start_seq=start_seq,
            last_event_id=from_,
            on_reconnect=reconnect_note,
        )
    )
    with stream:
        for event in limited(stream, limit):
            print_event(event, with_execution=True)


def reconnect_note(attempt: Any) -> None:
    """Say on stderr that a stream is being resumed (people see why it paused)."""
    if output_mode() == "table":
        click.echo(f"(connection lost: {attempt.reason}; resuming after {attempt.last_event_id})", err=True)


def event_summary(event: Any) -> str:
    """A few words on what an event is about: its activity, task or failure."""
    data = event.raw_data if isinstance(event.raw_data, dict) else {}
    attributes = data.get("attributes") if isinstance(data.get("attributes"), dict) else data
    parts: list[str] = []
    for key in ("activity_name", "custom_task_type", "attempt"):
        value = attributes.get(key) if isinstance(attributes, dict) else None
        if value is not None:
            parts.append(f"{key.split('_')[-1] if key != 'activity_name' else 'activity'}={value}")
    failure = attributes.get("failure") if isinstance(attributes, dict) else None
    if isinstance(failure, dict) and failure.get("message"):
        parts.append(f"failure: {failure['message']}")
    return " ".join(parts)


def print_event(event: Any, *, with_execution: bool) -> None:
    """One event: a JSON line (its frame as received) or a line for people."""
    if output_mode() != "table":
        emit_line(event.raw)
        return
    when = event.timestamp
    clock = when.astimezone(datetime.UTC).strftime("%H:%M:%S.%f")[:-3] if when else "--:--:--.---"
    owner = ""
    if with_execution:
        owner = str(event.raw_data.get("workflow_exec_id") or "") if isinstance(event.raw_data, dict) else ""
    kind = event.event_type or "?"
    line = f"{clock}  #{cell_text(event.broker_sequence):>6}  {kind:<36} {owner}  {event_summary(event)}"
    click.echo(line.rstrip())


COMMANDS = [runs, events]
