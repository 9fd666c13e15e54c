"""A small PNG reader (stdlib only) for checking that a screenshot shows something."""

from __future__ import annotations

import struct
import zlib
from collections import Counter

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _add_bytes(a: bytes, b: bytes) -> bytes:
    """``(a[i] + b[i]) % 256`` for every ``i`` at C speed: 16-bit lanes of two big integers."""
    size = len(a)
    wide_a = bytearray(2 * size)
    wide_a[1::2] = a
    wide_b = bytearray(2 * size)
    wide_b[1::2] = b
    total = int.from_bytes(wide_a, "big") + int.from_bytes(wide_b, "big")
    # One extra leading byte for the top lane's carry; every low byte is a sum modulo 256.
    return total.to_bytes(2 * size + 1, "big")[2::2]


def _unfilter(kind: int, line: bytes, prev: bytes, bpp: int) -> bytes:
    if kind == 0:
        return line
    if kind == 2:  # Up: the most common filter in browser screenshots, done in bulk
        return _add_bytes(line, prev)
    out = bytearray(line)
    if kind == 1:  # Sub
        for i in range(bpp, len(out)):
            out[i] = (out[i] + out[i - bpp]) & 0xFF
    elif kind == 3:  # Average
        for i in range(len(out)):
            left = out[i - bpp] if i >= bpp else 0
            out[i] = (out[i] + ((left + prev[i]) >> 1)) & 0xFF
    elif kind == 4:  # Paeth
        for i in range(len(out)):
            a = out[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            predictor = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
            out[i] = (out[i] + predictor) & 0xFF
    else:
        raise ValueError(f"unknown PNG filter type {kind}")
    return bytes(out)


def pixel_histogram(data: bytes, step: int = 2) -> tuple[int, int, Counter[bytes]]:
    """Width, height and a histogram of RGB colours of every ``step``-th pixel and row.

    Supports what Chromium writes: 8-bit RGB or RGBA, not interlaced.
    """
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG file")
    pos = len(PNG_SIGNATURE)
    chunks = []
    width = height = bpp = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour_type not in (2, 6) or interlace:
                raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour_type}")
            bpp = 3 if colour_type == 2 else 4
        elif kind == b"IDAT":
            chunks.append(body)
        elif kind == b"IEND":
            break
    raw = zlib.decompress(b"".join(chunks))
    stride = width * bpp
    if len(raw) != height * (stride + 1):
        raise ValueError("PNG data has the wrong size")
    histogram: Counter[bytes] = Counter()
    prev = bytes(stride)
    for y in range(height):
        start = y * (stride + 1)
        row = _unfilter(raw[start], raw[start + 1 : start + 1 + stride], prev, bpp)
        if y % step == 0:
            histogram.update(row[i : i + 3] for i in range(0, stride, bpp * step))
        prev = row
    return width, height, histogram
