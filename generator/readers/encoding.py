"""Turning a file's bytes into text: the encoding is detected, never assumed."""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UnreadableFile(ValueError):
    """The file is not text this tool can read; the message says why and what to do."""


def decode(data: bytes) -> str:
    """Decode `data`, trying a BOM, then UTF-8, then charset detection.

    Raises UnreadableFile for empty or binary content.
    """
    if not data.strip():
        raise UnreadableFile("the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _normalise_newlines(data.decode(encoding, errors="replace"))
    if b"\x00" in data[:4096]:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return _normalise_newlines(utf16)
        raise UnreadableFile("the file looks binary (it holds NUL bytes); give a text, HTML, JSON or feed file")
    try:
        return _normalise_newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return _normalise_newlines(mostly_utf8)
    western = _as_western(data)
    if western is not None:
        return _normalise_newlines(western)
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise UnreadableFile("the encoding could not be detected; save the file as UTF-8")
    text = data.decode(best.encoding, errors="replace")
    if _control_ratio(text) > 0.05:
        raise UnreadableFile("the file looks binary; give a text, HTML, JSON or feed file")
    return _normalise_newlines(text)


# Characters that Windows-1252 text in a Western language is made of, beyond ASCII.
_WESTERN = set("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
               "‘’“”–—…€£¥©®°±²³´µ·¹º»«¼½¾¿¡ §¨ªÅšŠžŽœŒŸƒ†‡•™")


def _as_western(data: bytes) -> str | None:
    """Windows-1252 (a superset of Latin-1), when every non-ASCII character it gives is plausible.

    Statistical detection is unreliable on a short article; English news is most often in this
    encoding when it is not UTF-8.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    unusual = [ch for ch in text if ord(ch) > 127 and ch not in _WESTERN]
    return text if not unusual else None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray bytes (a pasted Latin-1 "é"): decoded as UTF-8, the stray
    bytes replaced by U+FFFD, rather than the whole file read in a wrong encoding."""
    text = data.decode("utf-8", errors="replace")
    stray = text.count("\ufffd")
    well_formed = sum(1 for ch in text if ord(ch) > 127) - stray
    return text if well_formed > 0 and stray <= max(3, well_formed // 20) else None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark (some Windows tools do): Latin-script text then has a
    NUL in every other byte, on the same side; binary files have NULs on both sides."""
    if len(data) < 8:
        return None
    pairs = min(len(data), 4096) // 2
    sample = data[:2 * pairs]
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    if zeros_odd > 0.6 * pairs and zeros_even < 0.02 * pairs:
        encoding = "utf-16-le"
    elif zeros_even > 0.6 * pairs and zeros_odd < 0.02 * pairs:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data[: len(data) // 2 * 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    return text if _control_ratio(text) <= 0.01 else None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _control_ratio(text: str) -> float:
    sample = text[:10_000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(1, len(sample))
