"""What every command shares: exit codes, the output modes, time and input parameters.

Only click is imported with this module (``--help`` must start fast); rich, json and the
client are imported by the functions that need them.
"""

from __future__ import annotations

import datetime
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

if TYPE_CHECKING:
    from rich.console import Console

    from mistral_workflows import Workflows

F = TypeVar("F", bound=Callable[..., Any])

# ----- exit codes ---------------------------------------------------------------------------------
#: Success.
EXIT_OK = 0
#: An API or connection error (any HTTP error but 404, a timeout, a broken stream).
EXIT_API_ERROR = 1
#: A usage error: a bad option or argument, no API key (click's own code for usage errors).
EXIT_USAGE = 2
#: The execution, run, schedule, deployment or workflow does not exist (HTTP 404).
EXIT_NOT_FOUND = 3
#: The execution ended FAILED.
EXIT_FAILED = 4
#: The execution ended CANCELED.
EXIT_CANCELED = 5
#: The execution ended TERMINATED.
EXIT_TERMINATED = 6
#: The execution ended TIMED_OUT (its own time limit).
EXIT_TIMED_OUT = 7
#: A batch (cancel, terminate) did not succeed for every id.
EXIT_BATCH_FAILED = 8
#: ``--wait-timeout`` ran out before the execution ended (as timeout(1) does).
EXIT_WAIT_TIMEOUT = 124
#: Interrupted (Ctrl-C): 128 + SIGINT.
EXIT_INTERRUPTED = 130

#: Final status -> exit code (COMPLETED and anything unknown to us: 0).
STATUS_EXIT_CODES = {
    "FAILED": EXIT_FAILED,
    "CANCELED": EXIT_CANCELED,
    "TERMINATED": EXIT_TERMINATED,
    "TIMED_OUT": EXIT_TIMED_OUT,
}

EXIT_CODES_HELP = (
    "Exit status: 0 ok; 1 API or connection error; 2 usage error; 3 not found; "
    "4/5/6/7 the execution FAILED/CANCELED/TERMINATED/TIMED_OUT; 8 a batch had failures; "
    "124 --wait-timeout ran out; 130 interrupted."
)

TERMINAL_STATUSES = frozenset(
    {"COMPLETED", "FAILED", "CANCELED", "TERMINATED", "TIMED_OUT", "CONTINUED_AS_NEW"}
)

OUTPUT_MODES = ("table", "json", "jsonl")

#: The width of tables written to a file or a pipe: wider than any row.
UNBOUNDED_WIDTH = 10_000


def status_text(status: object) -> str:
    """A status (an enum member, a string the client kept, or None) as plain text."""
    value = getattr(status, "value", status)
    return "" if value is None else str(value)


# ----- the state of one invocation ----------------------------------------------------------------
class State:
    """The root options of one invocation and the client they configure, built on first use."""

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float | None,
        max_retries: int | None,
        output: str,
        debug: bool,
    ) -> None:
        self._api_key = api_key
        self.base_url = base_url
        self.timeout = timeout
        self.max_retries = max_retries
        self.output = output
        self.debug = debug
        self._client: Workflows | None = None

    def __repr__(self) -> str:  # never the key
        return f"State(base_url={self.base_url!r}, output={self.output!r})"

    def client(self) -> Workflows:
        """The client of this invocation (made on first use, closed when the command ends)."""
        if self._client is None:
            from mistral_workflows import Workflows

            options: dict[str, Any] = {}
            if self.timeout is not None:
                options["timeout"] = self.timeout
            if self.max_retries is not None:
                options["max_retries"] = self.max_retries
            self._client = Workflows(api_key=self._api_key, base_url=self.base_url, **options)
            click.get_current_context().call_on_close(self._client.close)
        return self._client


def state() -> State:
    """The current invocation's ``State``."""
    return click.get_current_context().find_object(State) or _no_state()


def _no_state() -> NoReturn:
    raise RuntimeError("no mistral-workflows State in the click context")


def output_mode() -> str:
    """table, json or jsonl: the command's ``-o`` if given, else the root's."""
    ctx = click.get_current_context()
    mode = ctx.params.get("output")
    return mode if isinstance(mode, str) else state().output


def output_option(func: F) -> F:
    """``-o/--output`` on a command (it overrides the one given before the command)."""
    return click.option(
        "-o",
        "--output",
        type=click.Choice(OUTPUT_MODES),
        default=None,
        help="table (people), json (one document; streams: a value per line) or jsonl (a value per line).",
    )(func)


# ----- rendering ----------------------------------------------------------------------------------
def stdout_is_terminal() -> bool:
    isatty = getattr(sys.stdout, "isatty", None)
    return bool(isatty and isatty())


def console(*, stderr: bool = False) -> Console:
    """A rich console on stdout (or stderr): colour only on a terminal and without NO_COLOR;
    lines as long as they need when the output is not a terminal, so that no table is folded
    or cut (whatever COLUMNS says) for the program reading it."""
    from rich.console import Console

    terminal = stdout_is_terminal()
    width = None if terminal else UNBOUNDED_WIDTH
    return Console(
        stderr=stderr,
        width=width,
        no_color=bool(os.environ.get("NO_COLOR")) or not terminal,
        highlight=False,
        soft_wrap=not terminal,
    )


def to_jsonable(value: Any) -> Any:
    """A model, dataclass-like value, datetime, UUID or enum as plain JSON values."""
    import enum
    import uuid

    if value is None or isinstance(value, str | int | float | bool):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_jsonable(to_dict())
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if isinstance(value, uuid.UUID):
        return str(value)
    return str(value)


def dumps(value: Any, *, indent: int | None = None) -> str:
    import json

    return json.dumps(to_jsonable(value), indent=indent, ensure_ascii=False)


def emit_document(value: Any) -> None:
    """``value`` as one JSON document on stdout: indented for ``-o json``, on one line for
    ``-o jsonl`` (one JSON value per line, whatever the command)."""
    click.echo(dumps(value, indent=None if output_mode() == "jsonl" else 2))


def emit_line(value: Any) -> None:
    """``value`` as one JSON line on stdout, flushed (streams are read as they come)."""
    click.echo(dumps(value))
    sys.stdout.flush()


def emit_items(
    items: Iterable[Any], columns: Sequence[tuple[str, Callable[[Any], Any]]], title: str = ""
) -> int:
    """A listing in the current output mode: a table (rows read to the end first), one JSON
    array, or one JSON line per item as it comes. Returns how many items there were."""
    mode = output_mode()
    count = 0
    if mode == "jsonl":
        for item in items:
            emit_line(item)
            count += 1
        return count
    if mode == "json":
        values = [to_jsonable(item) for item in items]
        emit_document(values)
        return len(values)
    rows = [[cell_text(get(item)) for _, get in columns] for item in items]
    table(rows, [name for name, _ in columns], title)
    return len(rows)


def table(rows: Sequence[Sequence[str]], headers: Sequence[str], title: str = "") -> None:
    """A rich table on stdout (``(none)`` for no rows)."""
    from rich import box
    from rich.table import Table

    out = console()
    if not rows:
        out.print(f"{title + ': ' if title else ''}(none)")
        return
    grid = Table(title=title or None, box=box.SIMPLE_HEAD, title_justify="left", pad_edge=False)
    for index, header in enumerate(headers):
        # the first column is what people copy (an id, a name): never folded over two lines
        grid.add_column(header, no_wrap=index == 0)
    for row in rows:
        grid.add_row(*(escape(cell) for cell in row))
    out.print(grid)


def fields(pairs: Sequence[tuple[str, Any]]) -> None:
    """Name/value lines for one object (empty values left out)."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for name, value in pairs:
        text = cell_text(value)
        if text:
            grid.add_row(name, escape(text))
    console().print(grid)


def escape(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def cell_text(value: Any) -> str:
    """One value as table text: times to the second in UTC, JSON as compact JSON."""
    import enum

    from mistral_workflows_api.types import Unset

    if value is None or isinstance(value, Unset):
        return ""
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, str):
        return value
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dict | list):
        return dumps(value)
    return str(value)


def duration_text(start: Any, end: Any) -> str:
    """How long from ``start`` to ``end`` (both datetimes), e.g. ``1.5s`` or ``2m03s``."""
    if not isinstance(start, datetime.datetime) or not isinstance(end, datetime.datetime):
        return ""
    seconds = (end - start).total_seconds()
    if seconds < 60:
        return f"{seconds:.1f}s"
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m{secs:02d}s" if hours else f"{minutes}m{secs:02d}s"


def limited(items: Iterable[Any], limit: int) -> Iterator[Any]:
    """The first ``limit`` items (all of them for 0), read lazily."""
    for count, item in enumerate(items, 1):
        yield item
        if count == limit:
            return


def info(message: str) -> None:
    """A note for people on stderr (outputs meant for programs stay clean)."""
    click.echo(message, err=True)


# ----- parameters ---------------------------------------------------------------------------------
_RELATIVE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d|w)\s*$", re.IGNORECASE)
_UNITS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_when(text: str, now: datetime.datetime | None = None) -> datetime.datetime:
    """``2h``, ``30m``, ``1d`` (that long ago) or an ISO 8601 date or time (without a zone:
    local time) as an aware datetime. ValueError when it is neither."""
    match = _RELATIVE.match(text)
    if match:
        seconds = float(match.group(1)) * _UNITS[match.group(2).lower()]
        return (now or datetime.datetime.now(datetime.UTC)) - datetime.timedelta(seconds=seconds)
    value = datetime.datetime.fromisoformat(text.strip())
    return value if value.tzinfo is not None else value.astimezone()


def parse_duration(text: str) -> datetime.timedelta:
    """``90s``, ``5m``, ``2h``, ``1d`` as a timedelta. ValueError otherwise."""
    match = _RELATIVE.match(text)
    if not match:
        raise ValueError(text)
    return datetime.timedelta(seconds=float(match.group(1)) * _UNITS[match.group(2).lower()])


class When(click.ParamType):  # type: ignore[type-arg]  # subscripted, it fails on older click
    """A point in time: ``2h`` / ``1d`` ago, or an ISO 8601 date or time."""

    name = "WHEN"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, datetime.datetime):
            return value
        try:
            return parse_when(str(value))
        except ValueError:
            self.fail(f"{value!r} is neither a duration ago (2h, 30m, 1d) nor an ISO 8601 date or time")


class JsonInput(click.ParamType):  # type: ignore[type-arg]
    """A JSON value given inline, or ``@file`` (``@-``: standard input)."""

    name = "JSON|@FILE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        import json

        if not isinstance(value, str):
            return value
        text = value
        if value.startswith("@"):
            path = value[1:]
            try:
                if path == "-":
                    text = sys.stdin.read()
                else:
                    with open(path, encoding="utf-8") as handle:
                        text = handle.read()
            except OSError as exc:
                self.fail(f"cannot read {path}: {exc.strerror}")
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            self.fail(f"not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})")


class KeyValue(click.ParamType):  # type: ignore[type-arg]
    """``key=value`` (also ``key:value``)."""

    name = "KEY=VALUE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, tuple):
            return value
        for separator in ("=", ":"):
            key, found, rest = str(value).partition(separator)
            if found and key:
                return (key, rest)
        self.fail(f"{value!r} is not KEY=VALUE")


class SearchKey(click.ParamType):  # type: ignore[type-arg]
    """A runs listing search key, as the server's ``search_key`` entry: ``key=value`` (a
    similar value), ``key==value`` (the exact value), ``key`` (has the key), ``key==`` (null);
    the server's own forms (``key:value``, ``key==:value``) pass as they are."""

    name = "KEY=VALUE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        text = str(value)
        key, colon, rest = text.partition(":")
        if colon:
            entry = text if key and rest else None
        elif "==" in text:
            key, _, rest = text.partition("==")
            entry = (f"{key}==:{rest}" if rest else f"{key}==") if key else None
        elif "=" in text:
            key, _, rest = text.partition("=")
            entry = f"{key}:{rest}" if key and rest else None
        else:
            entry = text or None
        if entry is None:
            self.fail(f"{value!r} is not KEY=VALUE, KEY==VALUE, KEY or KEY==")
        return entry


WHEN = When()
JSON_INPUT = JsonInput()
KEY_VALUE = KeyValue()
SEARCH_KEY = SearchKey()


def input_option(func: F) -> F:
    """``--input JSON|@file``."""
    return click.option(
        "-i", "--input", "input_", type=JSON_INPUT, default=None, help="JSON, or @file (@- reads stdin)."
    )(func)


def example(text: str) -> str:
    """A help epilog with one example, kept as written (\\b stops click rewrapping it)."""
    return "\b\nExample:\n  " + text
