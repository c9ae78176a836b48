"""Commands on one execution: show, result, history, trace, logs, watch, execute, signal,
query, update, reset."""

from __future__ import annotations

from typing import Any

import click

from ._common import (
    EXIT_API_ERROR,
    EXIT_OK,
    STATUS_EXIT_CODES,
    TERMINAL_STATUSES,
    cell_text,
    duration_text,
    emit_document,
    emit_items,
    emit_line,
    example,
    fields,
    input_option,
    output_mode,
    output_option,
    state,
    status_text,
)
from ._listing import print_event, reconnect_note

WAIT_TIMEOUT = click.option(
    "--wait-timeout",
    type=click.FloatRange(min=0),
    default=None,
    help="Give up waiting after this many seconds (exit 124).",
)


def _failure_of(handle: Any) -> Any:
    """The failure payload of an execution that ended FAILED (None for other endings)."""
    from mistral_workflows import ExecutionError, ExecutionFailed

    try:
        handle.result(timeout=30)
    except ExecutionFailed as exc:
        return exc.failure
    except ExecutionError:
        return None
    return None


@click.command("show", epilog=example("mistral-workflows show 3f2a9c1e-... -o json"))
@click.argument("execution_id")
@output_option
def show(execution_id: str, output: str | None) -> None:
    """An execution: status, times, parent and root, result or failure."""
    handle = state().client().execution(execution_id)
    execution = handle.get()
    status = status_text(execution.status)
    failure = _failure_of(handle) if status == "FAILED" else None
    if output_mode() != "table":
        document = execution.to_dict()
        if failure is not None:
            document["failure"] = failure
        emit_document(document)
        return
    end = execution.end_time
    fields(
        [
            ("execution", execution.execution_id),
            ("workflow", execution.workflow_name),
            ("status", status),
            ("run", execution.run_id),
            ("started", execution.start_time),
            ("ended", end),
            ("duration", duration_text(execution.start_time, end) if end else "running"),
            ("parent", execution.parent_execution_id),
            (
                "root",
                execution.root_execution_id
                if execution.root_execution_id != execution.execution_id
                else None,
            ),
            ("deployment", execution.deployment_name),
            ("user", execution.user_id),
            ("result", execution.result if status == "COMPLETED" else None),
            ("failure", failure),
        ]
    )


@click.command("result", epilog=example("mistral-workflows result 3f2a9c1e-... --wait"))
@click.argument("execution_id")
@click.option("--wait", is_flag=True, help="Wait for the execution to end.")
@WAIT_TIMEOUT
@output_option
def result(execution_id: str, wait: bool, wait_timeout: float | None, output: str | None) -> None:
    """The result of an execution; the exit status says how it ended (4 failed, 5 canceled, ...)."""
    handle = state().client().execution(execution_id)
    if not wait:
        status = status_text(handle.get().status)
        if status not in TERMINAL_STATUSES:
            click.echo(
                f"mistral-workflows: {execution_id} is {status}: no result yet (--wait waits)", err=True
            )
            raise click.exceptions.Exit(EXIT_API_ERROR)
    value = handle.result(timeout=wait_timeout)
    if output_mode() == "table":
        click.echo(value if isinstance(value, str) else _pretty(value))
    else:
        emit_document(value)


def _pretty(value: Any) -> str:
    from ._common import dumps

    return dumps(value, indent=2)


def _history_events(history: Any) -> list[Any]:
    events = history.get("events") if isinstance(history, dict) else None
    return events if isinstance(events, list) else []


@click.command("history", epilog=example("mistral-workflows history 3f2a9c1e-... -o jsonl | jq .eventType"))
@click.argument("execution_id")
@click.option("--run", "run_id", help="The history of this run (default: the current one).")
@output_option
def history(execution_id: str, run_id: str | None, output: str | None) -> None:
    """The event history of the current run (Temporal's JSON; payloads decoded)."""
    client = state().client()
    document = (
        client.runs.history(run_id, decode_payloads=True)
        if run_id
        else client.execution(execution_id).history(decode_payloads=True)
    )
    mode = output_mode()
    if mode == "json":
        emit_document(document)
        return

    def attributes(event: dict[str, Any]) -> str:
        found = next((v for k, v in event.items() if k.endswith("Attributes") and isinstance(v, dict)), None)
        return cell_text(found)[:100] if found else ""

    emit_items(
        _history_events(document),
        [
            ("ID", lambda e: str(e.get("eventId", ""))),
            ("TIME (UTC)", lambda e: str(e.get("eventTime", "")).replace("T", " ")[:19]),
            ("TYPE", lambda e: str(e.get("eventType", "")).removeprefix("EVENT_TYPE_")),
            ("DETAILS", attributes),
        ],
    )


@click.command("trace", epilog=example("mistral-workflows trace 3f2a9c1e-..."))
@click.argument("execution_id")
@output_option
def trace(execution_id: str, output: str | None) -> None:
    """The execution's span tree, with each span's duration."""
    summary = state().client().execution(execution_id).trace.summary()
    if output_mode() != "table":
        emit_document(summary)
        return
    from rich.tree import Tree

    from ._common import console, escape

    def label(span: Any) -> str:
        start, end = span.start_time_unix_nano, span.end_time_unix_nano
        took = (
            f"{(end - start) / 1e6:.1f} ms" if isinstance(end, int) and isinstance(start, int) else "running"
        )
        return f"{escape(str(span.name))}  [dim]{took}[/dim]"

    def grow(node: Tree, span: Any) -> None:
        for child in span.children if isinstance(span.children, list) else []:
            grow(node.add(label(child)), child)

    span = summary.span_tree
    if span is None or not hasattr(span, "name"):
        click.echo("(no trace data yet)")
        return
    root = Tree(label(span))
    grow(root, span)
    console().print(root)


@click.command("logs", epilog=example("mistral-workflows logs 3f2a9c1e-... -f"))
@click.argument("execution_id")
@click.option("-f", "--follow", is_flag=True, help="Follow the log stream until the execution ends.")
@click.option("--activity-id", help="Only this activity's records.")
@output_option
def logs(execution_id: str, follow: bool, activity_id: str | None, output: str | None) -> None:
    """The execution's log records (every page; -f follows them live, resuming after cuts)."""
    handle = state().client().execution(execution_id)
    if not follow:
        records = handle.logs(activity_id=activity_id)
        if output_mode() != "table":
            emit_items(records, [])
            return
        for record in records:
            _print_log(record)
        return
    with handle.stream_logs(activity_id=activity_id, on_reconnect=reconnect_note) as stream:
        for streamed in stream:
            if output_mode() != "table":
                emit_line(streamed if hasattr(streamed, "to_dict") else getattr(streamed, "raw", {}))
            else:
                _print_log(streamed)


def _print_log(record: Any) -> None:
    if not hasattr(record, "severity_text"):  # an UnknownLogRecord: shown as it came
        click.echo(getattr(record, "text", ""))
        return
    clock = cell_text(record.timestamp)
    click.echo(f"{clock}  {record.severity_text:<5}  {record.body}")


@click.command("watch", epilog=example("mistral-workflows watch 3f2a9c1e-... --children"))
@click.argument("execution_id")
@click.option("--children", is_flag=True, help="Also the events of its child executions (and theirs).")
@click.option("--from", "from_", metavar="EVENT_ID", help="Resume after this event id.")
@output_option
def watch(execution_id: str, children: bool, from_: str | None, output: str | None) -> None:
    """Follow an execution's events live until it ends, resuming after dropped connections.
    The exit status is its final status (0 completed, 4 failed, 5 canceled, 6 terminated, 7 timed out)."""
    handle = state().client().execution(execution_id)
    stream = handle.stream(include_children=children, last_event_id=from_, on_reconnect=reconnect_note)
    with stream:
        for event in stream:
            print_event(event, with_execution=children)
    ending = stream.ending
    status = ending.status if ending is not None else status_text(handle.get().status)
    if output_mode() == "table":
        click.echo(f"{execution_id} ended {status}", err=True)
    raise click.exceptions.Exit(STATUS_EXIT_CODES.get(status, EXIT_OK))


@click.command(
    "execute",
    epilog=example("mistral-workflows execute countdown --input '{\"n\": 3}' --wait"),
)
@click.argument("workflow")
@input_option
@click.option(
    "--id", "execution_id", help="The execution's id (default: a new one); makes the start idempotent."
)
@click.option("--deployment", help="Run it on this deployment.")
@click.option("--wait", is_flag=True, help="Wait for the result; the exit status says how it ended.")
@WAIT_TIMEOUT
@output_option
def execute(
    workflow: str,
    input_: Any,
    execution_id: str | None,
    deployment: str | None,
    wait: bool,
    wait_timeout: float | None,
    output: str | None,
) -> None:
    """Start an execution of WORKFLOW (its input: a JSON object)."""
    if input_ is not None and not isinstance(input_, dict):
        raise click.BadParameter("the input of an execution is a JSON object", param_hint="--input")
    handle = state().client().execute(workflow, input_, execution_id=execution_id, deployment_name=deployment)
    document: dict[str, Any] = {"execution_id": handle.execution_id, "workflow_name": workflow}
    if not wait:
        if output_mode() == "table":
            click.echo(handle.execution_id)
        else:
            emit_document(document)
        return
    from mistral_workflows import ExecutionError, ResultTimeoutError

    if output_mode() == "table":
        click.echo(f"started {workflow} as {handle.execution_id}; waiting", err=True)
    try:
        value = handle.result(timeout=wait_timeout)
    except ExecutionError as exc:
        if output_mode() != "table":
            emit_document({**document, "status": exc.status, "failure": getattr(exc, "failure", None)})
        raise
    except ResultTimeoutError as exc:  # programs still learn which execution is left running
        if output_mode() != "table":
            emit_document({**document, "status": exc.last_status})
        raise
    if output_mode() == "table":
        click.echo(value if isinstance(value, str) else _pretty(value))
    else:
        emit_document({**document, "status": "COMPLETED", "result": value})


def _answer(value: Any) -> None:
    if output_mode() == "table":
        click.echo(value if isinstance(value, str) else _pretty(value))
    else:
        emit_document(value)


@click.command(
    "signal", epilog=example('mistral-workflows signal 3f2a9c1e-... approve --input \'{"by": "me"}\'')
)
@click.argument("execution_id")
@click.argument("name")
@input_option
@output_option
def signal(execution_id: str, name: str, input_: Any, output: str | None) -> None:
    """Send signal NAME to an execution."""
    state().client().execution(execution_id).signal(name, input_)
    if output_mode() == "table":
        click.echo(f"sent {name} to {execution_id}", err=True)
    else:
        emit_document({"execution_id": execution_id, "signal": name, "sent": True})


@click.command("query", epilog=example("mistral-workflows query 3f2a9c1e-... value"))
@click.argument("execution_id")
@click.argument("name")
@input_option
@output_option
def query(execution_id: str, name: str, input_: Any, output: str | None) -> None:
    """Run query NAME on an execution and print its answer."""
    _answer(state().client().execution(execution_id).query(name, input_).result)


@click.command(
    "update", epilog=example("mistral-workflows update 3f2a9c1e-... increment --input '{\"by\": 2}'")
)
@click.argument("execution_id")
@click.argument("name")
@input_option
@output_option
def update(execution_id: str, name: str, input_: Any, output: str | None) -> None:
    """Run update NAME on an execution and print what it returned."""
    _answer(state().client().execution(execution_id).update(name, input_).result)


@click.command("reset", epilog=example("mistral-workflows reset 3f2a9c1e-... --event-id 4 --exclude-signals"))
@click.argument("execution_id")
@click.option(
    "--event-id", type=click.IntRange(min=1), required=True, help="A workflow-task event of the history."
)
@click.option("--reason", help="Why (kept in the history).")
@click.option("--exclude-signals", is_flag=True, help="Do not replay the signals received after it.")
@click.option("--exclude-updates", is_flag=True, help="Do not replay the updates received after it.")
@output_option
def reset(
    execution_id: str,
    event_id: int,
    reason: str | None,
    exclude_signals: bool,
    exclude_updates: bool,
    output: str | None,
) -> None:
    """Start a new run of an execution from event --event-id of its history."""
    handle = state().client().execution(execution_id)
    handle.reset(event_id, reason=reason, exclude_signals=exclude_signals, exclude_updates=exclude_updates)
    run_id = handle.get().run_id
    if output_mode() == "table":
        click.echo(f"reset {execution_id} to event {event_id}: new run {cell_text(run_id)}")
    else:
        emit_document(
            {"execution_id": execution_id, "event_id": event_id, "run_id": cell_text(run_id) or None}
        )


COMMANDS = [show, result, history, trace, logs, watch, execute, signal, query, update, reset]
