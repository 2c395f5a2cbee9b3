#!/usr/bin/env python3
"""readings.append over HTTP: N readings in batches of B, one POST after the other on one keep-alive connection.

Patterns (quarter-hour DELTA readings of meters BM-00000..):
  interval   each batch is one timestamp of every meter (B meters x 1 quarter hour), as a polling head-end sends
  meterday   each batch is whole days of 96 values of B // 96 meters, as a daily load-profile download sends

Every body is built before the clock starts, so the client's JSON work is not in the figure. Prints one line per
batch to stderr and a RESULT line: readings/s over the whole load, and per-batch p50/p99/max in ms.
"""
import argparse
import base64
import http.client
import json
import os
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone

TYPE = "energy.active.forward.delta"
START = datetime(2026, 3, 1, tzinfo=timezone.utc)
QUARTER = timedelta(minutes=15)


def meter(i):
    return "BM-%05d" % i


def value(m, q):
    # 0.000..2.499 kWh, deterministic, varying from one quarter hour to the next as real profiles do
    return "%d.%03d" % divmod((m * 7919 + q * 104729) % 2500, 1000)


def stamp(q):
    return (START + QUARTER * (q + 1)).strftime("%Y-%m-%dT%H:%M:%SZ")


def readings(pattern, meters, total, batch):
    """Yields lists of (meter index, quarter-hour index), each list one batch."""
    if pattern == "interval":
        per_batch = min(batch, meters)
        q, sent = 0, 0
        while sent < total:
            n = min(per_batch, total - sent)
            yield [(m, q) for m in range(n)]
            sent += n
            q += 1
    else:
        meters_per_batch = max(1, batch // 96)
        sent, day, m = 0, 0, 0
        while sent < total:
            rows = []
            for _ in range(meters_per_batch):
                rows.extend((m, day * 96 + k) for k in range(96))
                m += 1
                if m == meters:
                    m, day = 0, day + 1
            rows = rows[: total - sent]
            yield rows
            sent += len(rows)


def body(rows, request_id):
    # values are raw JSON numbers (exact decimals); built as text so no float is on the way
    items = ",".join('{"meter":"%s","readingType":"%s","at":"%s","value":%s}' % (meter(m), TYPE, stamp(q), value(m, q))
                     for m, q in rows)
    return ('{"jsonrpc":"2.0","id":%d,"method":"readings.append","params":{"readings":[%s]}}'
            % (request_id, items)).encode()


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--pattern", choices=["interval", "meterday"], required=True)
    p.add_argument("--meters", type=int, default=10000)
    p.add_argument("--readings", type=int, default=1_000_000)
    p.add_argument("--batch", type=int, default=10_000)
    p.add_argument("--user", default="admin")
    p.add_argument("--password-env", default="OPENEMP_ADMIN_PASSWORD")
    a = p.parse_args()
    if a.batch < 1 or a.batch > 10_000:
        p.error("--batch must be 1..10000 (the store's limit)")
    auth = base64.b64encode(("%s:%s" % (a.user, os.environ[a.password_env])).encode()).decode()
    bodies = [body(rows, i + 1) for i, rows in enumerate(readings(a.pattern, a.meters, a.readings, a.batch))]
    counts = [b.count(b'"meter"') for b in bodies]
    print("%d batches, %d readings, %.1f MB of JSON" % (len(bodies), sum(counts), sum(map(len, bodies)) / 1e6),
          file=sys.stderr)
    conn = http.client.HTTPConnection("127.0.0.1", a.port, timeout=120)
    headers = {"Content-Type": "application/json", "Authorization": "Basic " + auth}
    times, inserted = [], 0
    t0 = time.perf_counter()
    for i, b in enumerate(bodies):
        t = time.perf_counter()
        conn.request("POST", "/api/rpc", b, headers)
        resp = conn.getresponse()
        answer = json.loads(resp.read())
        times.append((time.perf_counter() - t) * 1000)
        if resp.status != 200 or "result" not in answer:
            sys.exit("batch %d refused (HTTP %d): %s" % (i, resp.status, json.dumps(answer)[:400]))
        if answer["result"]["received"] != counts[i]:
            sys.exit("batch %d: received %s of %d" % (i, answer["result"]["received"], counts[i]))
        inserted += answer["result"]["inserted"]
        if i % 10 == 0 or i == len(bodies) - 1:
            print("batch %d/%d: %.0f ms, %s" % (i + 1, len(bodies), times[-1], answer["result"]), file=sys.stderr)
    elapsed = time.perf_counter() - t0
    total = sum(counts)
    times.sort()
    print("RESULT pattern=%s readings=%d inserted=%d batches=%d seconds=%.2f readings_per_s=%.0f batch_p50_ms=%.0f "
          "batch_p99_ms=%.0f batch_max_ms=%.0f" % (a.pattern, total, inserted, len(bodies), elapsed, total / elapsed,
                                                  statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))],
                                                  times[-1]))


if __name__ == "__main__":
    main()
