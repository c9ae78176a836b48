"""Server-sent events, decoded as the WHATWG spec reads them: text in, frames out. No I/O.

Ours rather than httpx-sse's decoder (0.4.3), which holds back a CR that ends a chunk until
more bytes arrive, to see whether an LF follows: a frame whose lines end in CR is delivered
only when the next chunk comes (a keep-alive later, on a quiet stream), and is lost for that
connection when it is cut first. Here a CR ends its line at once, and an LF that starts the
next chunk is then skipped. Lines end in LF, CRLF or CR, and only those (not the other
characters ``str.splitlines`` knows, which may stand inside JSON strings).
"""

from __future__ import annotations

from typing import Final


class Frame:
    """One dispatched frame: its ``event`` name ("" when unnamed), ``data`` (its ``data:``
    lines joined by LF), its own ``id`` ("" when it had no ``id:`` line) and its ``retry``
    advice in milliseconds (None if it had none).

    The spec keeps an id in force until the next ``id:`` line, for the browser's reconnect;
    here a frame without an ``id:`` line has no id, so that an event is never named after an
    earlier one (the stream then resumes from the event's own sequence).
    """

    __slots__ = ("data", "event", "id", "retry")

    def __init__(self, event: str, data: str, id: str, retry: int | None) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def __repr__(self) -> str:
        return f"Frame(event={self.event!r}, id={self.id!r}, retry={self.retry!r}, data={self.data[:60]!r})"


_BOM: Final = "\ufeff"


class FrameDecoder:
    """Feed it the text of a stream, chunk by chunk, however the chunks fall; it returns the
    frames each chunk completes. A frame not ended by a blank line is never dispatched."""

    __slots__ = ("_after_cr", "_data", "_event", "_id", "_partial", "_retry", "_started")

    def __init__(self) -> None:
        self._partial = ""
        self._after_cr = False
        self._started = False
        self._event = ""
        self._data: list[str] = []
        self._id = ""
        self._retry: int | None = None

    def feed(self, text: str) -> list[Frame]:
        if not self._started and text:
            self._started = True
            if text.startswith(_BOM):
                text = text[1:]
        if self._after_cr:
            self._after_cr = False
            if text.startswith("\n"):
                text = text[1:]
        if not text:
            return []
        if "\r" in text:
            self._after_cr = text.endswith("\r")
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines = text.split("\n")
        if self._partial:
            lines[0] = self._partial + lines[0]
        self._partial = lines.pop()
        frames: list[Frame] = []
        for line in lines:
            if line:
                self._field(line)
            else:
                self._dispatch(frames)
        return frames

    def _dispatch(self, frames: list[Frame]) -> None:
        # The spec dispatches nothing without data; a lone ``retry:`` still counts (it takes
        # effect as soon as it is read), so it goes out as a frame without data.
        if self._data:
            frames.append(Frame(self._event, "\n".join(self._data), self._id, self._retry))
        elif self._retry is not None:
            frames.append(Frame("", "", self._id, self._retry))
        self._event = ""
        self._data = []
        self._id = ""
        self._retry = None

    def _field(self, line: str) -> None:
        name, colon, value = line.partition(":")
        if not name:
            return  # a comment
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)


def decode_all(text: str) -> list[Frame]:
    """Every frame of a whole stream body."""
    return FrameDecoder().feed(text)
