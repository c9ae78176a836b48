from enum import StrEnum


class TempoTraceScopeKind(StrEnum):
    SPAN_KIND_CLIENT = "SPAN_KIND_CLIENT"
    SPAN_KIND_INTERNAL = "SPAN_KIND_INTERNAL"
    SPAN_KIND_SERVER = "SPAN_KIND_SERVER"

    def __str__(self) -> str:
        return str(self.value)
