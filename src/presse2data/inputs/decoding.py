"""Bytes to article text: UTF-8 (a byte order mark kept), UTF-16 with a byte order mark,
else Windows-1252 when the bytes read as text; newlines normalized, nothing else changed.

Shared by plain-text files (:mod:`presse2data.inputs.reading`) and saved web pages
(:mod:`presse2data.inputs.webpages`).
"""

from __future__ import annotations

import re

WINDOWS_1252 = "windows-1252"  # the one name `encoding` gives a legacy file


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; nothing else changes (the contract's article text)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def _has_control_chars(text: str) -> bool:
    return any((ord(c) < 32 and c not in "\n\r\t\f") or 0x7F <= ord(c) < 0xA0 for c in text)


def decode(data: bytes) -> tuple[str, str]:
    """Decode an article's bytes: UTF-16 after its byte order mark, UTF-8, else Windows-1252
    when the bytes read as text.

    Returns ``(text, encoding)``; raises ``ValueError`` with a message for the user.
    A UTF-8 byte order mark stays in the text as U+FEFF: the contract's text is the
    file decoded as UTF-8 with nothing else changed, so offsets agree with any reader.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 byte order mark (Windows editors)
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ValueError(f"UTF-16 byte order mark, but not valid UTF-16 (at byte {exc.start})") from None
    if _looks_binary(data):
        raise ValueError("binary file (NUL bytes): not a text article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode(WINDOWS_1252)
        except UnicodeDecodeError:
            text = None
        if text is None or _has_control_chars(text):
            raise ValueError(
                f"not UTF-8 (invalid byte at offset {utf8_error.start}) and not readable as "
                "Windows-1252/Latin-1 text"
            ) from None
        if _UTF8_SEQUENCE.search(data):
            raise ValueError(
                f"mixed encodings: UTF-8 text with an invalid byte at offset {utf8_error.start}; "
                "re-save the file as UTF-8"
            ) from None
        return text, WINDOWS_1252


# a two-byte UTF-8 letter (é = C3 A9): Windows-1252 text almost never holds one
_UTF8_SEQUENCE = re.compile(rb"[\xc3\xc5][\x80-\xbf]")
