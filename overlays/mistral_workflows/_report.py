"""What a batch call reports: one entry per distinct input id, in input order. No I/O.

``BatchReport`` and ``BatchFailure`` are the accounting; ``BatchError`` and
``BatchInterrupted`` the errors that carry a report (they live here, beside what they carry,
so that the error tree needs nothing from the batch machinery).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._context import JSON
from ._exceptions import WorkflowsError

#: ``on_progress(done, total)``: ``done`` input ids accounted for (duplicates included);
#: ``total`` is ``len(ids)`` when the input has a length, else None.
ProgressCallback = Callable[[int, int | None], object]


@dataclass(frozen=True, slots=True)
class BatchFailure:
    """Why one id failed.

    ``status_code`` is the HTTP status of the failed request (None when there was no HTTP
    answer); ``server_status`` the server's own per-id status in a batch answer (e.g.
    ``"failure"``), None otherwise. ``error`` is the exception behind an HTTP-level failure,
    shared by the ids of its request. ``outcome_unknown`` is True when the request may have
    been carried out although it failed (its answer was lost, or the call was interrupted
    while it was in flight): the execution may have been signalled, updated, cancelled, ...
    """

    message: str
    status_code: int | None = None
    server_status: str | None = None
    error: WorkflowsError | None = field(default=None, compare=False, repr=False)
    outcome_unknown: bool = False

    @classmethod
    def from_error(
        cls, error: WorkflowsError, prefix: str = "", *, outcome_unknown: bool | None = None
    ) -> BatchFailure:
        """The failure an error stands for (``outcome_unknown`` by default the error's own)."""
        status = getattr(error, "status_code", None)
        if outcome_unknown is None:
            outcome_unknown = bool(getattr(error, "outcome_unknown", False))
        return cls(
            prefix + str(error),
            status if isinstance(status, int) else None,
            error=error,
            outcome_unknown=outcome_unknown,
        )


class _Pending:
    """Marks an id taken from the input whose answer has not come yet."""

    def __repr__(self) -> str:
        return "<pending>"


_PENDING = _Pending()


class BatchReport:
    """The outcome of a batch call: one entry per distinct input id, in input order.

    ``results[id]`` is the value of a success (a query's or update's result; None for cancel,
    terminate and signal) or a ``BatchFailure``. A report of an interrupted call
    (``complete`` False) holds only the ids that were sent and answered; ``not_sent`` lists
    those taken from the input that were not.
    """

    def __init__(self, action: str) -> None:
        #: What was done: "cancel", "terminate", "signal 'approve'", ...
        self.action = action
        #: Id -> value, ``BatchFailure`` or ``_PENDING`` (taken, not answered yet).
        self._results: dict[str, Any] = {}
        self._failed: dict[str, BatchFailure] = {}
        self._answered = 0
        #: How many input ids repeated an earlier one (each id is acted on once).
        self.duplicates = 0
        #: False when the call was interrupted before every id was handled.
        self.complete = True
        #: Ids taken from the input but never answered (only when interrupted).
        self.not_sent: list[str] = []

    @property
    def results(self) -> dict[str, JSON | BatchFailure]:
        """Id -> success value or ``BatchFailure``, in input order."""
        return self._results

    @property
    def failed(self) -> dict[str, BatchFailure]:
        """Id -> why it failed, in the order failures arrived."""
        return self._failed

    @property
    def succeeded(self) -> list[str]:
        """The ids that succeeded, in input order."""
        return [i for i, value in self._results.items() if not isinstance(value, BatchFailure | _Pending)]

    @property
    def ok(self) -> bool:
        """Every id succeeded and none was left out."""
        return self.complete and not self._failed

    def __len__(self) -> int:
        return len(self._results)

    def __repr__(self) -> str:
        return f"<BatchReport {self.summary()}>"

    def summary(self) -> str:
        """One line: what was done, to how many ids, how it went."""
        text = (
            f"{self.action}: {len(self._results)} ids, {len(self._results) - len(self._failed)} succeeded, "
            f"{len(self._failed)} failed, {self.duplicates} duplicates collapsed"
        )
        if not self.complete:
            text += f"; interrupted, {len(self.not_sent)} taken but not sent"
        return text

    # ----- accounting (used by BatchRun only) ----------------------------------------------
    def _register(self, execution_id: str) -> bool:
        """Take one input id; False (and counted) when it repeats an earlier one."""
        if execution_id in self._results:
            self.duplicates += 1
            return False
        self._results[execution_id] = _PENDING
        return True

    def _record(self, execution_id: str, value: JSON | BatchFailure) -> None:
        if self._results.get(execution_id) is not _PENDING:
            return  # not sent by us, or answered already: keep the first answer
        self._results[execution_id] = value
        self._answered += 1
        if isinstance(value, BatchFailure):
            self._failed[execution_id] = value

    def _close(self, interrupted: bool) -> None:
        """Drop the ids never answered (listing them in ``not_sent``)."""
        if interrupted:
            self.complete = False
        unanswered = [i for i, value in self._results.items() if value is _PENDING]
        for execution_id in unanswered:
            del self._results[execution_id]
        self.not_sent.extend(unanswered)


class BatchError(WorkflowsError):
    """A batch call did not succeed for every id; ``report`` says which and why."""

    def __init__(self, message: str, *, report: BatchReport) -> None:
        super().__init__(message)
        self.report = report


class BatchInterrupted(BatchError):
    """A batch call was interrupted; ``report`` lists the ids that were sent and answered.

    Ctrl-C and task cancellation keep their meaning: the ``KeyboardInterrupt`` or
    ``CancelledError`` itself is re-raised, with this exception as its ``__cause__``::

        except KeyboardInterrupt as exc:
            if isinstance(exc.__cause__, BatchInterrupted):
                partial = exc.__cause__.report
    """


# The package exports these from its own namespace and names them so (tracebacks and reprs say
# ``mistral_workflows.Name``); it loads this module on first use, after renaming the classes
# it imports eagerly, so they are named here, as they are made.
for _exported in (BatchFailure, BatchReport, BatchError, BatchInterrupted):
    _exported.__module__ = "mistral_workflows"
del _exported
