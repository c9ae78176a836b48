"""The other areas of the API: schedules, deployments, workflows, metrics."""

from __future__ import annotations

import datetime
from typing import Any, Literal, cast

import click

from ._common import (
    WHEN,
    cell_text,
    emit_document,
    emit_items,
    example,
    fields,
    info,
    input_option,
    limited,
    output_mode,
    output_option,
    parse_duration,
    state,
)

ActiveOrPaused = Literal["active", "paused"] | None
ActiveOrNot = Literal["active", "inactive"] | None

LIMIT = click.option(
    "-n",
    "--limit",
    type=click.IntRange(min=0),
    default=100,
    show_default=True,
    help="At most this many (0: all).",
)


def _done(message: str, document: dict[str, Any]) -> None:
    """The outcome of a command that changes something: a line for people, or a document."""
    if output_mode() == "table":
        click.echo(message)
    else:
        emit_document(document)


def _schedule_times(schedule: Any) -> str:
    """When a schedule runs: its crons and intervals."""
    crons = schedule.cron_expressions if isinstance(schedule.cron_expressions, list) else []
    intervals = schedule.intervals if isinstance(schedule.intervals, list) else []
    return ", ".join([*crons, *(f"every {interval.every}" for interval in intervals)])


def _next_run(schedule: Any) -> Any:
    future = schedule.future_executions if isinstance(schedule.future_executions, list) else []
    return future[0].scheduled_at if future else None


# ----- schedules ----------------------------------------------------------------------------------
@click.group(
    "schedules", epilog=example("mistral-workflows schedules create countdown --every 1h --id hourly")
)
def schedules() -> None:
    """Schedules: executions started on cron expressions or intervals."""


@schedules.command("list", epilog=example("mistral-workflows schedules list --workflow nightly"))
@click.option("-w", "--workflow", help="Only this workflow's schedules.")
@click.option("--status", type=click.Choice(["active", "paused"]), help="Only active or paused ones.")
@LIMIT
@output_option
def schedules_list(workflow: str | None, status: str | None, limit: int, output: str | None) -> None:
    """List schedules."""
    listing = state().client().schedules.list(workflow=workflow, status=cast(ActiveOrPaused, status))
    emit_items(
        limited(listing, limit),
        [
            ("SCHEDULE ID", lambda s: s.schedule_id),
            ("WORKFLOW", lambda s: s.workflow_name),
            ("WHEN", _schedule_times),
            ("PAUSED", lambda s: "yes" if s.paused else "no"),
            ("NEXT (UTC)", _next_run),
        ],
    )


@schedules.command(
    "create",
    epilog=example("mistral-workflows schedules create nightly --cron '0 2 * * *' --input '{\"n\": 3}'"),
)
@click.argument("workflow")
@click.option("--cron", "crons", multiple=True, help="A cron expression (repeat for several).")
@click.option(
    "--every",
    "intervals",
    multiple=True,
    help="An interval: 90s, 15m, 2h, 1d or ISO 8601 (PT1H); repeatable.",
)
@input_option
@click.option("--id", "schedule_id", help="The schedule's id (default: the server's).")
@click.option("--time-zone", help="IANA time zone of the cron expressions.")
@click.option(
    "--overlap",
    type=click.Choice(["skip", "buffer_one", "buffer_all", "cancel_other", "terminate_other", "allow_all"]),
    help="What to do when the previous execution still runs.",
)
@click.option("--deployment", help="Run the executions on this deployment.")
@output_option
def schedules_create(
    workflow: str,
    crons: tuple[str, ...],
    intervals: tuple[str, ...],
    input_: Any,
    schedule_id: str | None,
    time_zone: str | None,
    overlap: str | None,
    deployment: str | None,
    output: str | None,
) -> None:
    """Run WORKFLOW on a schedule (--cron and/or --every)."""
    if not crons and not intervals:
        raise click.UsageError("say when: --cron and/or --every")
    every: list[datetime.timedelta | str | Any] = []
    for text in intervals:
        if text.upper().startswith("P"):
            every.append(text.upper())  # an ISO 8601 duration, as the API takes it
            continue
        try:
            every.append(parse_duration(text))
        except ValueError:
            raise click.BadParameter(
                f"{text} is not a duration such as 90s, 15m, 2h, 1d or PT1H", param_hint="--every"
            ) from None
    handle = (
        state()
        .client()
        .schedules.create(
            workflow,
            cron=list(crons) or None,
            interval=every or None,
            input=input_,
            schedule_id=schedule_id,
            time_zone=time_zone,
            overlap=overlap,
            deployment_name=deployment,
        )
    )
    _done(handle.schedule_id, {"schedule_id": handle.schedule_id, "workflow_name": workflow})


def _schedule_action(name: str, doc: str, past: str) -> click.Command:
    @click.command(name, epilog=example(f"mistral-workflows schedules {name} SCHEDULE_ID"))
    @click.argument("schedule_id")
    @output_option
    def command(schedule_id: str, output: str | None) -> None:
        getattr(state().client().schedule(schedule_id), name)()
        _done(f"{past} {schedule_id}", {"schedule_id": schedule_id, "action": name})

    command.help = doc
    return command


for _name, _doc, _past in (
    ("pause", "Stop a schedule starting executions until resumed.", "paused"),
    ("resume", "Start executions on a paused schedule's times again.", "resumed"),
    ("trigger", "Start an execution of a schedule now.", "triggered"),
    ("delete", "Delete a schedule (its executions are left alone).", "deleted"),
):
    schedules.add_command(_schedule_action(_name, _doc, _past))


# ----- deployments --------------------------------------------------------------------------------
@click.group("deployments", epilog=example("mistral-workflows deployments logs my-deployment -f"))
def deployments() -> None:
    """Deployments: the workers that run workflows."""


@deployments.command("list", epilog=example("mistral-workflows deployments list --all"))
@click.option("--all", "include_inactive", is_flag=True, help="Inactive deployments too.")
@click.option("-w", "--workflow", help="Only those serving this workflow.")
@LIMIT
@output_option
def deployments_list(include_inactive: bool, workflow: str | None, limit: int, output: str | None) -> None:
    """List deployments."""
    listing = state().client().deployments.list(active_only=not include_inactive, workflow=workflow)
    emit_items(
        limited(listing, limit),
        [
            ("NAME", lambda d: d.name),
            ("ACTIVE", lambda d: "yes" if d.is_active else "no"),
            ("WORKERS", lambda d: f"{d.active_worker_count}/{d.worker_count}"),
            ("UPDATED (UTC)", lambda d: d.updated_at),
        ],
    )


@deployments.command("show", epilog=example("mistral-workflows deployments show my-workers"))
@click.argument("name")
@output_option
def deployments_show(name: str, output: str | None) -> None:
    """A deployment and its workers."""
    detail = state().client().deployment(name).get()
    if output_mode() != "table":
        emit_document(detail)
        return
    fields(
        [
            ("name", detail.name),
            ("id", detail.id),
            ("active", "yes" if detail.is_active else "no"),
            ("hardened", "yes" if detail.is_hardened is True else "no"),
            ("workers", f"{detail.active_worker_count} active of {detail.worker_count}"),
            ("created", detail.created_at),
            ("updated", detail.updated_at),
            ("heartbeat", detail.last_heartbeat),
        ]
    )


@deployments.command("workers", epilog=example("mistral-workflows deployments workers my-workers"))
@click.argument("name")
@click.option("--status", type=click.Choice(["active", "inactive"]), help="Only active or inactive workers.")
@LIMIT
@output_option
def deployments_workers(name: str, status: str | None, limit: int, output: str | None) -> None:
    """List a deployment's workers."""
    listing = state().client().deployment(name).workers(status=cast(ActiveOrNot, status))
    emit_items(
        limited(listing, limit),
        [
            ("WORKER", lambda w: w.name),
            ("ACTIVE", lambda w: "yes" if w.is_active else "no"),
            ("HEARTBEAT (UTC)", lambda w: w.last_heartbeat),
            ("CREATED (UTC)", lambda w: w.created_at),
        ],
    )


@deployments.command("logs", epilog=example("mistral-workflows deployments logs my-workers -f"))
@click.argument("name")
@click.option("-f", "--follow", is_flag=True, help="Follow the log stream (until Ctrl-C).")
@click.option("--worker", help="Only this worker's records.")
@click.option("--since", type=WHEN, help="Records after: 2h, 1d (ago) or an ISO date/time.")
@LIMIT
@output_option
def deployments_logs(
    name: str,
    follow: bool,
    worker: str | None,
    since: datetime.datetime | None,
    limit: int,
    output: str | None,
) -> None:
    """A deployment's log records (-f follows them live, resuming after cuts)."""
    handle = state().client().deployment(name)
    if follow:
        from ._listing import reconnect_note

        with handle.stream_logs(worker=worker, after=since, on_reconnect=reconnect_note) as stream:
            for record in limited(stream, limit):
                _log_line(record)
        return
    records = limited(handle.logs(worker=worker, after=since), limit)
    if output_mode() != "table":
        emit_items(records, [])
        return
    for record in records:
        _log_line(record)


def _log_line(record: Any) -> None:
    if output_mode() != "table":
        from ._common import emit_line

        emit_line(record if hasattr(record, "to_dict") else getattr(record, "raw", {}))
    elif hasattr(record, "severity_text"):
        click.echo(f"{cell_text(record.timestamp)}  {record.severity_text:<5}  {record.body}")
    else:
        click.echo(getattr(record, "text", ""))


# ----- workflows and metrics ----------------------------------------------------------------------
@click.group("workflows", epilog=example("mistral-workflows workflows show countdown -o json"))
def workflows() -> None:
    """The workflows themselves."""


@workflows.command("list", epilog=example("mistral-workflows workflows list --search count"))
@click.option("--search", help="Text in the name.")
@click.option("--tag", "tags", multiple=True, help="Only workflows with this tag (repeat: all of them).")
@click.option("--archived", is_flag=True, default=None, help="Only archived ones.")
@LIMIT
@output_option
def workflows_list(
    search: str | None, tags: tuple[str, ...], archived: bool | None, limit: int, output: str | None
) -> None:
    """List workflows."""
    listing = state().client().workflows.list(search=search, tags=list(tags) or None, archived=archived)
    emit_items(
        limited(listing, limit),
        [
            ("NAME", lambda w: w.name),
            ("DISPLAY NAME", lambda w: w.display_name),
            ("ARCHIVED", lambda w: "yes" if w.archived else "no"),
            ("TAGS", lambda w: ", ".join(w.tags) if isinstance(w.tags, list) else ""),
        ],
    )


@workflows.command("show", epilog=example("mistral-workflows workflows show countdown"))
@click.argument("workflow")
@output_option
def workflows_show(workflow: str, output: str | None) -> None:
    """A workflow (by name or id), and whether a worker serves it."""
    found = state().client().workflows.get(workflow)
    if output_mode() != "table":
        emit_document(found)
        return
    fields(
        [
            ("name", found.name),
            ("id", found.id),
            ("display name", found.display_name),
            ("description", found.description),
            ("served", "yes" if found.active else "no (no active worker)"),
            ("archived", "yes" if found.archived is True else "no"),
            ("tags", ", ".join(found.tags) if isinstance(found.tags, list) else ""),
        ]
    )


@click.command("metrics", epilog=example("mistral-workflows metrics countdown --since 1d"))
@click.argument("workflow")
@click.option("--since", type=WHEN, help="Executions started after: 2h, 1d (ago) or an ISO date/time.")
@click.option("--until", type=WHEN, help="Executions started before.")
@output_option
def metrics(
    workflow: str, since: datetime.datetime | None, until: datetime.datetime | None, output: str | None
) -> None:
    """Counts, error rate and latency of WORKFLOW's executions."""
    found = state().client().metrics(workflow, start=since, end=until)
    if output_mode() != "table":
        emit_document(found)
        return
    fields(
        [
            ("executions", found.execution_count.value),
            ("succeeded", found.success_count.value),
            ("failed", found.error_count.value),
            ("average latency ms", f"{found.average_latency_ms.value:.1f}"),
            ("retry rate", f"{found.retry_rate.value:.3f}"),
        ]
    )
    if not found.execution_count.value:
        info("(no executions in that window)")


COMMANDS = [schedules, deployments, workflows, metrics]
