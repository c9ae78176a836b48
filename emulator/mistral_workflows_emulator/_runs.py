"""The runs listing: filters, orderings and page tokens over the engine's executions.

One row per execution (its current run), as `GET /v1/workflows/runs` answers. Paging is by
keyset, not offset: a token holds the sort key of the last row sent, so rows started while a
client pages (they sort before it in the default newest-first order, or after the last page in
oldest-first order) never shift a page nor repeat a row. A token also holds the ordering it was
made for; one the emulator did not issue, or issued for another ordering, is a 422.

`workflow_tags` keeps the runs of workflows that have every tag given (the catalog's tags, see
`_catalog`). `search_key` keeps the runs whose search attributes (set by the built-in workflows
from their input's `search_keys`) match every entry: `key:value`, the value by similarity
(here: the value given is in the run's, ignoring case); `key==:value`, the value exactly; a
bare `key`, any value but null; `key==`, a null value or none. The key always matches
exactly. The emulator has no users or internal workflows: `user_id` matches only "current"
(every run is the caller's), and `include_internal` changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._engine import Execution, Invalid, Status
from ._paging import decode_token, encode_token, keyset_page
from ._requests import query_bool, query_choice, query_datetime, query_int

SORT_FIELDS = ("start_time", "end_time")
ORDERS = ("asc", "desc")
MAX_PAGE_SIZE = 1000
MAX_TAGS = 20
MAX_SEARCH_KEYS = 3
#: Every status the contract names: the emulator's, and one its executions never take.
_STATUSES = (*(status.value for status in Status), "RETRYING_AFTER_ERROR")
#: A running execution has no end time: it sorts after every ended one.
_NO_END = 2**63

SortKey = tuple[int, str]


@dataclass(frozen=True, slots=True)
class RunQuery:
    """A parsed runs listing request."""

    keep: Callable[[Execution], bool]
    sort_by: str
    descending: bool
    page_size: int
    after: SortKey | None
    """The sort key of the last row of the previous page (None: the first page)."""

    def key(self, execution: Execution) -> SortKey:
        if self.sort_by == "end_time":
            return (_NO_END if execution.end_ns is None else execution.end_ns, execution.execution_id)
        return (execution.start_ns, execution.execution_id)

    @property
    def ordering(self) -> tuple[str, bool]:
        """What a page token is issued for: a token of another ordering is refused."""
        return (self.sort_by, self.descending)


def _list(params: Any, key: str) -> list[str]:
    values: list[str] = params.getlist(key)
    return values


def parse_statuses(params: Any) -> set[str] | None:
    values = _list(params, "status")
    for value in values:
        if value not in _STATUSES:
            message = f"Input should be one of {', '.join(_STATUSES)}"
            raise Invalid(("query", "status"), message, value, "enum")
    return set(values) or None


def _tags(params: Any) -> list[str]:
    tags = _list(params, "workflow_tags")
    if len(tags) > MAX_TAGS:
        message = f"List should have at most {MAX_TAGS} items"
        raise Invalid(("query", "workflow_tags"), message, tags, "too_long")
    return tags


SearchKeyTest = Callable[[Mapping[str, "str | None"]], bool]


def _search_key_test(entry: str) -> SearchKeyTest | None:
    """What one `search_key` entry asks of a run's search attributes (None: not an entry)."""
    name, colon, value = entry.partition(":")
    if colon:
        if not (name and value):
            return None
        if name.endswith("=="):
            exact = name[:-2]
            return lambda keys: exact in keys and keys[exact] == value
        similar = value.casefold()
        return lambda keys: (found := keys.get(name)) is not None and similar in found.casefold()
    if not name:
        return None
    if name.endswith("=="):
        null = name[:-2]
        return lambda keys: keys.get(null) is None
    return lambda keys: keys.get(name) is not None


def _search_keys(params: Any) -> list[SearchKeyTest]:
    keys = _list(params, "search_key")
    if len(keys) > MAX_SEARCH_KEYS:
        raise Invalid(
            ("query", "search_key"), f"List should have at most {MAX_SEARCH_KEYS} items", keys, "too_long"
        )
    tests: list[SearchKeyTest] = []
    for entry in keys:
        test = _search_key_test(entry)
        if test is None:
            raise Invalid(
                ("query", "search_key"),
                "String should match pattern '^[^:]+(:.+)?$'",
                entry,
                "string_pattern_mismatch",
            )
        tests.append(test)
    return tests


def parse_run_query(params: Any, tags_of: Callable[[str], Sequence[str]] = lambda name: ()) -> RunQuery:
    """The listing request in `params` (Starlette QueryParams); `tags_of` gives a workflow's tags."""
    workflow = params.get("workflow_identifier")
    root = params.get("root_execution_id")
    search = params.get("search")
    deployment = params.get("deployment_name")
    user_id = params.get("user_id")
    statuses = parse_statuses(params)
    started_after = query_datetime(params, "start_time_after")
    started_before = query_datetime(params, "start_time_before")
    ended_after = query_datetime(params, "end_time_after")
    ended_before = query_datetime(params, "end_time_before")
    tags = _tags(params)
    search_keys = _search_keys(params)
    query_bool(params, "include_internal")
    sort_by = query_choice(params, "sort_by", SORT_FIELDS) or "start_time"
    descending = (query_choice(params, "order", ORDERS) or "desc") == "desc"
    page_size = query_int(params, "page_size", 50, 1, MAX_PAGE_SIZE)
    after = decode_token(
        params.get("next_page_token"), (sort_by, descending), ("query", "next_page_token"), (int, str)
    )
    needle = search.casefold() if search else None

    def keep(execution: Execution) -> bool:
        if workflow is not None and workflow != execution.workflow_name:
            return False
        if root is not None and root != execution.root_execution_id:
            return False
        if needle is not None and not (
            needle in execution.workflow_name.casefold() or needle in execution.execution_id.casefold()
        ):
            return False
        if statuses is not None and execution.status.value not in statuses:
            return False
        if deployment is not None and deployment != execution.deployment_name:
            return False
        if user_id is not None and user_id != "current":
            return False
        if search_keys and not all(test(execution.search_keys) for test in search_keys):
            return False
        if tags and not all(tag in tags_of(execution.workflow_name) for tag in tags):
            return False
        start, end = execution.start_ns, execution.end_ns
        if started_after is not None and start < started_after:
            return False
        if started_before is not None and start > started_before:
            return False
        if ended_after is not None and (end is None or end < ended_after):
            return False
        return not (ended_before is not None and (end is None or end > ended_before))

    return RunQuery(keep, sort_by, descending, page_size, after)


def list_page(
    query: RunQuery, executions: Iterable[Execution], render: Callable[[Execution], Mapping[str, Any]]
) -> dict[str, Any]:
    """One page of a WorkflowExecutionListResponse."""
    page, last = keyset_page(
        (execution for execution in executions if query.keep(execution)),
        query.key,
        descending=query.descending,
        after=query.after,
        limit=query.page_size,
    )
    return {
        "executions": [render(execution) for execution in page],
        "next_page_token": None if last is None else encode_token(query.ordering, last),
    }
