#!/usr/bin/env python3
"""Markdown table of bench/security/run.sh's runs.tsv: medians per case, and ratios paired within each round."""
import csv
import statistics
import sys

LABELS = {
    "ping-basic": "system.ping, /api/rpc, Basic (cached login, roles checked)",
    "ping-dispatch": "system.ping, /bench/dispatch (same dispatcher, fixed admin, no authentication)",
    "ping-bearer": "system.ping, /api/rpc, Bearer token",
    "touch-basic-audit": "bench.touch, /api/rpc, Basic, auditor present (1 INSERT per call)",
    "touch-dispatch-audit": "bench.touch, /bench/dispatch, auditor present",
    "touch-basic-noaudit": "bench.touch, /api/rpc, Basic, DispatcherAudit disabled",
    "touch-dispatch-noaudit": "bench.touch, /bench/dispatch, DispatcherAudit disabled (no security at all)",
    "touch-basic-group": "bench.touch, /api/rpc, Basic, group-commit prototype instead of DispatcherAudit",
    "touch-dispatch-group": "bench.touch, /bench/dispatch, group-commit prototype instead of DispatcherAudit",
    "touch-basic-behind": "bench.touch, /api/rpc, Basic, write-behind prototype instead of DispatcherAudit",
    "touch-dispatch-behind": "bench.touch, /bench/dispatch, write-behind prototype instead of DispatcherAudit",
}
PAIRS = [
    ("authentication + authorisation, ping: Basic vs none", "ping-basic", "ping-dispatch"),
    ("authentication, ping: Bearer vs none", "ping-bearer", "ping-dispatch"),
    ("Bearer vs Basic, ping", "ping-bearer", "ping-basic"),
    ("audit, touch over /api/rpc: on vs off", "touch-basic-audit", "touch-basic-noaudit"),
    ("audit alone, touch over /bench/dispatch: on vs off", "touch-dispatch-audit", "touch-dispatch-noaudit"),
    ("authentication, touch without audit: Basic vs none", "touch-basic-noaudit", "touch-dispatch-noaudit"),
    ("all security, touch: /api/rpc + audit vs /bench/dispatch without", "touch-basic-audit", "touch-dispatch-noaudit"),
    ("group-commit audit, touch over /api/rpc: on vs off", "touch-basic-group", "touch-basic-noaudit"),
    ("group-commit audit alone, touch over /bench/dispatch: on vs off", "touch-dispatch-group", "touch-dispatch-noaudit"),
    ("all security with group commit: /api/rpc + group audit vs /bench/dispatch without", "touch-basic-group", "touch-dispatch-noaudit"),
    ("group commit vs the platform's auditor, /api/rpc", "touch-basic-group", "touch-basic-audit"),
    ("write-behind audit, touch over /api/rpc: on vs off", "touch-basic-behind", "touch-basic-noaudit"),
    ("write-behind audit alone, touch over /bench/dispatch: on vs off", "touch-dispatch-behind", "touch-dispatch-noaudit"),
    ("all security with write-behind: /api/rpc + audit vs /bench/dispatch without", "touch-basic-behind", "touch-dispatch-noaudit"),
]


def num(v):
    try:
        return float(v)
    except ValueError:
        return None


rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
by_case, by_round = {}, {}
for r in rows:
    by_case.setdefault(r["case"], []).append(r)
    by_round.setdefault(r["round"], {})[r["case"]] = r


def med(case, field):
    vals = [num(r[field]) for r in by_case.get(case, []) if num(r[field]) is not None]
    return statistics.median(vals) if vals else None


print("| case | calls/s (median) | runs calls/s | p99 ms | server CPU us/call | context switches/call | errors | 1-min load during the runs | emp.mv.db growth bytes/call |")
print("|---|---:|---|---:|---:|---:|---:|---|---:|")
for case, label in LABELS.items():
    if case not in by_case:
        continue
    runs = by_case[case]
    growth = med(case, "db_bytes_per_call") if "db_bytes_per_call" in runs[0] else None
    print("| %s | %.0f | %s | %.2f | %.1f | %.2f | %d | %s | %s |" % (
        label, med(case, "req_s"), " / ".join(r["req_s"] for r in runs), med(case, "p99_ms"), med(case, "cpu_us"),
        med(case, "ctx"), sum(int(r["errors"]) for r in runs), " / ".join(r["load1"] for r in runs),
        "-" if growth is None else "%.0f" % growth))

print()
print("Ratios within each round (same minute of the machine), then their median; the CPU cost is the difference")
print("of the server CPU per call within each round, median. Cost share = extra CPU per call / CPU per call without.")
print()
print("| comparison | calls/s ratio per round | median ratio | extra server CPU us/call (median) | cost share of CPU | throughput lost |")
print("|---|---|---:|---:|---:|---:|")
for label, a, b in PAIRS:
    ratios, extra, share = [], [], []
    for rnd, cases in sorted(by_round.items()):
        if a in cases and b in cases and num(cases[b]["req_s"]):
            ratios.append(num(cases[a]["req_s"]) / num(cases[b]["req_s"]))
            ca, cb = num(cases[a]["cpu_us"]), num(cases[b]["cpu_us"])
            if ca is not None and cb:
                extra.append(ca - cb)
                share.append((ca - cb) / cb)
    if not ratios:
        continue
    r = statistics.median(ratios)
    print("| %s | %s | %.3f | %.1f | %+.0f %% | %.0f %% |" % (
        label, " / ".join("%.3f" % x for x in ratios), r, statistics.median(extra), 100 * statistics.median(share),
        100 * (1 - r)))
