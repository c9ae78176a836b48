from enum import StrEnum


class EncodedPayloadOptions(StrEnum):
    COMPRESSED = "compressed"
    ENCRYPTED = "encrypted"
    ENCRYPTED_PARTIAL = "encrypted-partial"
    OFFLOADED = "offloaded"

    def __str__(self) -> str:
        return str(self.value)
