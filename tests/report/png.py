"""png: reads the screenshots Chromium writes (8-bit RGB or RGBA, not
interlaced) with the standard library only: size, colours, a crop."""
import struct
import sys
import zlib


def read(path):
    """Returns (width, height, channels, rows): rows are bytes, unfiltered."""
    data = open(path, 'rb').read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError(path + ': not a PNG')
    pos, idat, head = 8, b'', None
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            head = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
        pos += 12 + n
    width, height, depth, colour, _, _, interlace = head
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(path + ': only 8-bit RGB/RGBA, not interlaced')
    ch = 3 if colour == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * ch, [], bytearray(width * ch)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - ch] if i >= ch else 0
            b, c = prev[i], prev[i - ch] if i >= ch else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, ch, rows


def colours(path, step=3):
    """The distinct colours of every step-th pixel of every step-th row."""
    w, h, ch, rows = read(path)
    seen = set()
    for y in range(0, h, step):
        r = rows[y]
        for x in range(0, w, step):
            seen.add(r[x * ch:x * ch + 3])
    return seen


def crop(path, out, top, height):
    """Writes rows top..top+height of path to out as RGB PNG."""
    w, h, ch, rows = read(path)
    rows = rows[top:top + height]
    raw = b''.join(b'\0' + bytes(b for i in range(0, len(r), ch) for b in r[i:i + 3]) for r in rows)
    def chunk(kind, body):
        return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body))
    open(out, 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, len(rows), 8, 2, 0, 0, 0))
                          + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


if __name__ == '__main__':
    # png.py crop IN OUT TOP HEIGHT | png.py colours IN | png.py size IN
    if sys.argv[1] == 'crop':
        crop(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
    elif sys.argv[1] == 'colours':
        print(len(colours(sys.argv[2])))
    else:
        w, h, _, _ = read(sys.argv[2])
        print(w, h)
