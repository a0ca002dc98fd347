#!/usr/bin/env python3
"""fit_write: writes a FIT activity file per the FIT protocol, for the tests.

Usage: fit_write.py OUT START_ISO MINUTES HR_BASE [--serial N] [--sport N]
                    [--no-session] [--cut N] [--flip N]
Records every 10 s (heart rate HR_BASE + i % 5, 3 m/s north from 52.5 N
13.4 E), one lap and one session message with their averages; --cut keeps
the first N bytes, --flip N inverts one bit of byte N (after the CRC).
"""
import argparse
import datetime
import struct

FIT_EPOCH = datetime.datetime(1989, 12, 31, tzinfo=datetime.timezone.utc)
CRC_TABLE = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
             0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400]


def crc16(data, crc=0):
    for byte in data:
        for nibble in (byte & 0xF, byte >> 4):
            tmp = CRC_TABLE[crc & 0xF]
            crc = (crc >> 4) & 0x0FFF
            crc = crc ^ tmp ^ CRC_TABLE[nibble]
    return crc


def definition(local, global_num, fields):
    """fields: (number, size, base type); little-endian."""
    out = struct.pack("<BBBHB", 0x40 | local, 0, 0, global_num, len(fields))
    for num, size, base in fields:
        out += struct.pack("<BBB", num, size, base)
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("start")
    p.add_argument("minutes", type=int)
    p.add_argument("hr", type=int)
    p.add_argument("--serial", type=int, default=3912345678)
    p.add_argument("--sport", type=int, default=1)
    p.add_argument("--no-session", action="store_true")
    p.add_argument("--cut", type=int)
    p.add_argument("--flip", type=int)
    a = p.parse_args()
    start = datetime.datetime.fromisoformat(a.start.replace("Z", "+00:00"))
    t0 = int((start - FIT_EPOCH).total_seconds())
    body = definition(0, 0, [(0, 1, 0x00), (1, 2, 0x84), (3, 4, 0x8C), (4, 4, 0x86)])
    body += struct.pack("<BBHII", 0, 4, 1, a.serial, t0)            # file_id: activity, Garmin
    body += definition(1, 20, [(253, 4, 0x86), (0, 4, 0x85), (1, 4, 0x85), (3, 1, 0x02),
                               (5, 4, 0x86)])
    n = a.minutes * 6 + 1
    hrs = []
    for i in range(n):
        hr = a.hr + i % 5
        hrs.append(hr)
        lat = round((52.5 + i * 30 / 111195.0) * 2**31 / 180)      # 30 m per 10 s
        lon = round(13.4 * 2**31 / 180)
        body += struct.pack("<BIiiBI", 1, t0 + 10 * i, lat, lon, hr, 3000 * i)
    secs, dist = (n - 1) * 10, (n - 1) * 3000
    avg, mx = round(sum(hrs) / n), max(hrs)
    # lap: timestamp, start_time, elapsed, timer (ms), distance (cm), avg/max hr, sport
    body += definition(2, 19, [(253, 4, 0x86), (2, 4, 0x86), (7, 4, 0x86), (8, 4, 0x86),
                               (9, 4, 0x86), (15, 1, 0x02), (16, 1, 0x02), (25, 1, 0x00)])
    body += struct.pack("<BIIIIIBBB", 2, t0 + secs, t0, secs * 1000, secs * 1000, dist, avg, mx,
                        a.sport)
    if not a.no_session:
        body += definition(3, 18, [(253, 4, 0x86), (2, 4, 0x86), (7, 4, 0x86), (8, 4, 0x86),
                                   (9, 4, 0x86), (16, 1, 0x02), (17, 1, 0x02), (5, 1, 0x00)])
        body += struct.pack("<BIIIIIBBB", 3, t0 + secs, t0, secs * 1000, secs * 1000, dist, avg,
                            mx, a.sport)
    header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(body), b".FIT")
    header += struct.pack("<H", crc16(header))
    data = header + body
    data += struct.pack("<H", crc16(data))
    if a.flip is not None:
        data = bytearray(data)
        data[a.flip] ^= 0x10
        data = bytes(data)
    if a.cut is not None:
        data = data[:a.cut]
    open(a.out, "wb").write(data)


if __name__ == "__main__":
    main()
