"""Bytes → text for plain-text inputs, without ever returning mojibake.

Order matters: a BOM is certain, strict UTF-8 almost certain (random cp1256 bytes are rarely valid
UTF-8); UTF-16 without a BOM shows itself by NULs in every other byte; only then Windows-1256, and
only if the result actually reads as Arabic. charset-normalizer is the last resort because it
misdetects short Arabic texts (cp1256 guessed as cp1252, KOI8, …).
"""

from __future__ import annotations

import codecs
import re

from marsad.ingest.errors import DecodeFailure

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_ARABIC_LETTERS = tuple(chr(c) for c in range(0x0621, 0x064B))
_NON_ARABIC_LETTER_RE = re.compile(r"[^\W\d_\u0600-\u06FF\u0750-\u077F\uFB50-\uFEFF]")
# C0 controls other than tab, newline, carriage return, form feed: their presence means binary.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MIN_ARABIC_SHARE = 0.5
_MAX_CONTROL_SHARE = 0.01
_MAX_BAD_UTF8_SHARE = 0.005
_SAMPLE = 64_000


def decode_text(data: bytes) -> tuple[str, str]:
    """Decoded text and the encoding used; ``DecodeFailure`` with a one-line reason otherwise."""
    if not data.strip():
        raise DecodeFailure("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom):].decode(enc), enc), enc
            except UnicodeDecodeError as e:
                raise DecodeFailure(f"starts with a {enc} byte-order mark but is not {enc}") from e
    enc16 = _utf16_without_bom(data)  # before UTF-8: UTF-16 text is often valid UTF-8 bytes
    if enc16:
        try:
            return _checked(data.decode(enc16), enc16), enc16
        except (UnicodeDecodeError, DecodeFailure):
            pass
    try:
        return _checked(data.decode("utf-8"), "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:_SAMPLE]:
        raise DecodeFailure("binary data, not text (NUL bytes)")
    # UTF-8 with a few broken bytes (a truncated copy, a stray byte) is still UTF-8: reading it as
    # cp1256 would turn every Arabic letter into two wrong ones ("ط§ظ„" for "ال").
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= _MAX_BAD_UTF8_SHARE * len(lenient):
        return _checked(lenient, "utf-8"), "utf-8 (with invalid bytes replaced)"
    text = data.decode("cp1256", errors="replace")
    if arabic_share(text) >= _MIN_ARABIC_SHARE:
        return _checked(text, "cp1256"), "cp1256"
    return _charset_normalizer_guess(data)


def arabic_share(text: str, sample_chars: int = _SAMPLE) -> float:
    """Share of letters that are Arabic — a decoding that yields mostly Arabic letters is right.

    Arabic letters are counted with ``str.count`` per letter (C loops, no match objects): this
    runs once per article, and a regex ``findall`` over Arabic text was the ingest's top cost.
    """
    sample = text[:sample_chars]
    arabic = sum(sample.count(c) for c in _ARABIC_LETTERS)
    other = len(_NON_ARABIC_LETTER_RE.findall(sample))
    if not arabic + other:
        return 0.0
    return arabic / (arabic + other)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    # Arabic in UTF-16 has 0x06 as its high byte, not 0x00: look for the high byte pattern too.
    even_06 = sample[0::2].count(6) / (len(sample) / 2)
    odd_06 = sample[1::2].count(6) / (len(sample) / 2)
    if odd + odd_06 > 0.6 and even < 0.1:
        return "utf-16-le"
    if even + even_06 > 0.6 and odd < 0.1:
        return "utf-16-be"
    return None


def _checked(text: str, enc: str) -> str:
    sample = text[:_SAMPLE]
    if sample and len(_CONTROL_RE.findall(sample)) / len(sample) > _MAX_CONTROL_SHARE:
        raise DecodeFailure(f"binary data, not text (control characters after {enc} decoding)")
    if not text.strip():
        raise DecodeFailure("empty file")
    return text


def _charset_normalizer_guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # lazy: only reached for odd encodings

    best = from_bytes(data[:_SAMPLE]).best()
    if best is None or best.encoding is None:
        raise DecodeFailure("unknown text encoding (not UTF-8, UTF-16 or Windows-1256)")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as e:
        raise DecodeFailure(f"unknown text encoding (best guess {best.encoding} fails)") from e
    return _checked(text, best.encoding), best.encoding
