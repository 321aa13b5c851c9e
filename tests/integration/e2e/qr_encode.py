"""A minimal QR code writer (byte mode, error correction level L, versions 1-5, mask 0) and a
PNG writer, standard library only. The tests use it to make QR pictures of texts the server
would never put in a link code (a web address, a foreign scheme); it is checked against zbarimg
by the tests that use it."""
import struct
import zlib

# (data codewords, error correction codewords) at level L; one block for versions 1-5.
_CAPACITY_L = {1: (19, 7), 2: (34, 10), 3: (55, 15), 4: (80, 20), 5: (108, 26)}
_ALIGNMENT = {1: None, 2: 18, 3: 22, 4: 26, 5: 30}


def _gf_tables():
    exp, log = [0] * 512, [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x <<= 1
        if x & 0x100:
            x ^= 0x11D
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    return exp, log


_EXP, _LOG = _gf_tables()


def _gf_mul(a, b):
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


def _rs_remainder(data, degree):
    generator = [1]
    for i in range(degree):  # product of (x - a^i)
        nxt = [0] * (len(generator) + 1)
        for j, coef in enumerate(generator):
            nxt[j] ^= coef
            nxt[j + 1] ^= _gf_mul(coef, _EXP[i])
        generator = nxt
    remainder = [0] * degree
    for byte in data:
        factor = byte ^ remainder[0]
        remainder = remainder[1:] + [0]
        for j in range(degree):
            remainder[j] ^= _gf_mul(generator[j + 1], factor)
    return remainder


def qr_matrix(text):
    """The modules (True = dark) of a QR code holding `text` (UTF-8, at most 106 bytes)."""
    payload = text.encode("utf-8")
    version = next((v for v, (data, _) in sorted(_CAPACITY_L.items()) if len(payload) + 2 <= data),
                   None)
    if version is None:
        raise ValueError("text too long for this small QR writer")
    data_words, ec_words = _CAPACITY_L[version]
    bits = [0, 1, 0, 0] + [int(b) for b in format(len(payload), "08b")]
    for byte in payload:
        bits += [int(b) for b in format(byte, "08b")]
    bits += [0] * min(4, data_words * 8 - len(bits))
    bits += [0] * (-len(bits) % 8)
    words = [int("".join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(words) < data_words:
        words.append(pad)
        pad ^= 0xEC ^ 0x11
    codewords = words + _rs_remainder(words, ec_words)

    size = 17 + 4 * version
    modules = [[False] * size for _ in range(size)]
    function = [[False] * size for _ in range(size)]

    def put(x, y, dark):
        modules[y][x] = dark
        function[y][x] = True

    for i in range(size):  # timing patterns
        put(6, i, i % 2 == 0)
        put(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):  # finders with separators
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    dist = max(abs(dx), abs(dy))
                    put(x, y, dist not in (2, 4))
    if _ALIGNMENT[version]:
        c = _ALIGNMENT[version]
        for dy in range(-2, 3):
            for dx in range(-2, 3):
                put(c + dx, c + dy, max(abs(dx), abs(dy)) != 1)

    def format_bits(mask):
        data = (1 << 3) | mask  # level L is 01
        rem = data
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        return ((data << 10) | rem) ^ 0x5412

    def draw_format(mask):
        f = format_bits(mask)
        bit = lambda i: (f >> i) & 1 == 1  # noqa: E731
        for i in range(6):
            put(8, i, bit(i))
        put(8, 7, bit(6))
        put(8, 8, bit(7))
        put(7, 8, bit(8))
        for i in range(9, 15):
            put(14 - i, 8, bit(i))
        for i in range(8):
            put(size - 1 - i, 8, bit(i))
        for i in range(8, 15):
            put(8, size - 15 + i, bit(i))
        put(8, size - 8, True)  # the dark module

    draw_format(0)  # reserves the format areas
    index = 0
    total_bits = len(codewords) * 8
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                upward = ((right + 1) & 2) == 0
                y = size - 1 - vert if upward else vert
                if not function[y][x]:
                    dark = False
                    if index < total_bits:
                        dark = (codewords[index >> 3] >> (7 - (index & 7))) & 1 == 1
                        index += 1
                    modules[y][x] = dark != ((x + y) % 2 == 0)  # mask 0
        right -= 2
    return modules


def png_bytes(rows):
    """An 8-bit greyscale PNG of `rows` (lists of 0-255 values)."""
    height, width = len(rows), len(rows[0])
    raw = b"".join(b"\x00" + bytes(row) for row in rows)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" +
            chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def qr_png(text, scale=8, quiet=4):
    matrix = qr_matrix(text)
    size = len(matrix) + 2 * quiet
    rows = []
    for y in range(size):
        row = []
        for x in range(size):
            mx, my = x - quiet, y - quiet
            dark = 0 <= mx < len(matrix) and 0 <= my < len(matrix) and matrix[my][mx]
            row.extend([0 if dark else 255] * scale)
        rows.extend([row] * scale)
    return png_bytes(rows)


def blank_png(width=200, height=200, value=255):
    return png_bytes([[value] * width for _ in range(height)])
