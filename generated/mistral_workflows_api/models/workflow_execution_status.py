from enum import StrEnum


class WorkflowExecutionStatus(StrEnum):
    CANCELED = "CANCELED"
    COMPLETED = "COMPLETED"
    CONTINUED_AS_NEW = "CONTINUED_AS_NEW"
    FAILED = "FAILED"
    RETRYING_AFTER_ERROR = "RETRYING_AFTER_ERROR"
    RUNNING = "RUNNING"
    TERMINATED = "TERMINATED"
    TIMED_OUT = "TIMED_OUT"

    def __str__(self) -> str:
        return str(self.value)
