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

#: A dispatched frame as the decoder hands it out: ``(event, data, id, retry)``, the fields of
#: ``Frame`` (a plain tuple: the stream reader unpacks one per event, a class would cost more).
RawFrame = tuple[str, str, str, int | None]


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
    frames each chunk completes (as ``RawFrame`` tuples). A frame not ended by a blank line is
    never dispatched."""

    __slots__ = ("_after_cr", "_data", "_event", "_id", "_partial", "_retry", "_started")

    def __init__(self) -> None:
        self._partial = ""
        self._after_cr = False
        self._started = False
        self._event = ""
        self._data: list[str] = []
        self._id = ""
        self._retry: int | None = None

    def feed(self, text: str) -> list[RawFrame]:
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
        frames: list[RawFrame] = []
        # One loop over the lines with the frame in locals: this runs for every line of every
        # event, so the field parsing and the dispatch are written out here, not called.
        event, data, id, retry = self._event, self._data, self._id, self._retry
        for line in lines:
            if line:
                name, colon, value = line.partition(":")
                if colon and value[:1] == " ":
                    value = value[1:]
                if name == "data":
                    data.append(value)
                elif name == "id":
                    if "\0" not in value:
                        id = value
                elif name == "event":
                    event = value
                elif name == "retry" and value.isascii() and value.isdigit():
                    retry = int(value)
                # anything else, a comment (no name) included, is ignored
            else:
                # The spec dispatches nothing without data; a lone ``retry:`` still counts (it
                # takes effect as soon as it is read), so it goes out as a frame without data.
                if data:
                    frames.append((event, data[0] if len(data) == 1 else "\n".join(data), id, retry))
                    data = []
                elif retry is not None:
                    frames.append(("", "", id, retry))
                event, id, retry = "", "", None
        self._event, self._data, self._id, self._retry = event, data, id, retry
        return frames


def decode_all(text: str) -> list[Frame]:
    """Every frame of a whole stream body."""
    return [Frame(*raw) for raw in FrameDecoder().feed(text)]
